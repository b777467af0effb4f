"""Value shapes of the twelfth blind set: `draw(r, spec, ts)` turns a statement's slot spec into one value.

A spec is a kind name (`ip`, `uuid`, `dur_ms` …), `=a|b|c` (a word with a few values; `=N` one value shown always),
`int:LO-HI`, `hex:N` (N hex digits), `HEX:N`, `list:KIND:LO-HI:SEP` (a list of LO-HI values of KIND joined by SEP),
`pick:NAME` (one entry of the named table below, most of them several words)."""
import datetime
import string

MONTHS = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()
DAYS = "Mon Tue Wed Thu Fri Sat Sun".split()

TABLES = {
    "first": "alice bob carol dave erin frank grace heidi ivan judy mallory oscar peggy trent victor walter".split(),
    "user": ["admin", "jsmith", "svc_backup", "netops", "a.kowalski", "deploy-bot", "root", "mchen2", "operator",
             "helpdesk01", "t.nguyen", "ci"],
    "host": ["web01", "web02", "db-prod-3", "app07", "ip-10-0-3-17", "k8s-node-12", "edge-lon-2", "cache01",
             "build-agent-5", "mx2", "fs01.corp.example.com", "api.internal", "node042", "ldn-sql-01"],
    "fqdn": ["www.example.com", "api.example.org", "login.microsoftonline.com", "cdn.jsdelivr.net",
             "repo1.maven.org", "registry.npmjs.org", "updates.contoso.net", "mail.example.net", "s3.eu-west-1.amazonaws.com",
             "github.com", "time.cloudflare.com"],
    "domain": ["example.com", "example.org", "contoso.net", "fabrikam.io", "corp.example.com", "mail.example.net"],
    "err": ["Connection reset by peer", "Connection refused", "No route to host", "Broken pipe", "timed out",
            "No space left on device", "Permission denied", "Resource temporarily unavailable",
            "certificate has expired", "Name or service not known", "Input/output error",
            "Too many open files", "unexpected EOF", "i/o timeout"],
    "javaexc": ["java.net.SocketTimeoutException: Read timed out",
                "java.io.IOException: Broken pipe",
                "org.apache.http.conn.ConnectTimeoutException: Connect to repo1.maven.org:443 failed: connect timed out",
                "java.lang.IllegalStateException: Connection pool shut down",
                "javax.net.ssl.SSLHandshakeException: PKIX path building failed",
                "null"],
    "dotnetexc": ["System.TimeoutException: The operation has timed out.",
                  "System.Net.Http.HttpRequestException: Connection refused (orders-api:8080)",
                  "Microsoft.Data.SqlClient.SqlException (0x80131904): Execution Timeout Expired.  The timeout period "
                  "elapsed prior to completion of the operation or the server is not responding.",
                  "System.InvalidOperationException: Sequence contains no elements",
                  "System.IO.IOException: The process cannot access the file 'C:\\data\\in\\batch.csv' because it is "
                  "being used by another process.",
                  "System.NullReferenceException: Object reference not set to an instance of an object."],
    "customer": ["Contoso Ltd", "Fabrikam Inc.", "Northwind Traders", "Adventure Works Cycles", "Tailspin Toys",
                 "Wide World Importers", "Litware", "A. Datum Corporation"],
    "city": ["London", "New York", "Sao Paulo", "Frankfurt am Main", "Tokyo", "Kuala Lumpur", "Paris"],
    "ua": ["Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36",
           "curl/8.4.0", "python-requests/2.31.0", "Meilisearch Python (v0.28.0)", "okhttp/4.12.0",
           "Mozilla/5.0 (iPhone; CPU iPhone OS 17_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148",
           "Go-http-client/1.1", "-"],
    "winprog": ["C:\\Program Files\\sqldeveloper\\sqldeveloper\\bin\\sqldeveloper64W.exe",
                "C:\\app\\client\\product\\19.0.0\\client_1\\bin\\sqlplus.exe", "sqlplus", "JDBC Thin Client",
                "oracle", "python3.11", "w3wp.exe", "C:\\Program Files\\Toad for Oracle 2023\\Toad.exe"],
    "volume": ["Vol-0001", "Vol-0012", "Full-0042", "Incr-0137", "Diff-0009", "MON-WEEKLY-07", "A00017L8"],
    "bjob": ["BackupCatalog", "web01-daily", "db prod nightly", "Client1", "fileserver-weekly", "RestoreFiles",
             "mail archive"],
    "fileset": ["Full Set", "Catalog", "Linux All", "Windows C drive", "etc-only"],
    "bpath": ["/var/lib/mysql/ibdata1", "/home/alice/My Documents/report final.docx", "/etc/ssl/private/key.pem",
              "C:/Users/bob/AppData/Local/Temp/~DF12AB.tmp", "/srv/share/Projects 2026/plan.xlsx", "/var/log/syslog.1"],
    "iface": ["Ethernet1", "Ethernet12", "Ethernet49/1", "Ethernet54/4", "Port-Channel10", "Port-Channel1000",
              "Vlan100", "Vlan4094", "Management1", "Loopback0", "Vxlan1"],
    "vrf": ["default", "MGMT", "prod", "tenant-a"],
    "model": ["QSFP-100G-SR4", "SFP-10G-LR", "QSFP-100G-CWDM4", "SFP-25G-SR", "QSFP28-100G-LR4"],
    "vendor": ["Arista Networks", "FINISAR CORP.", "Amphenol", "CISCO-AVAGO", "Mellanox"],
    "bgpreason": ["Cease/administrative shutdown", "Hold Timer Expired", "Cease/peer de-configured",
                  "Cease/other configuration change", "Cease/connection rejected", "Update Message Error/malformed AS_PATH"],
    "bgpstate": "Idle Connect Active OpenSent OpenConfirm Established".split(),
    "bgpevent": ["Stop", "HoldTimerExpired", "RecvNotify", "BGPOpen", "RecvKeepAlive", "Start", "TcpConnectionFails"],
    "swapp": ["General HTTPS", "General DNS", "Microsoft Office 365", "SSH", "General SMB", "Windows Update",
              "YouTube", "Unknown"],
    "swproto": ["tcp/https", "udp/dns", "tcp/ssh", "tcp/http", "udp/ntp", "tcp/445", "icmp"],
    "swrule": ["5 (LAN->WAN)", "12 (WAN->DMZ)", "7 (LAN->LAN)", "31 (VPN->LAN)", "2 (SSLVPN->LAN)"],
    "swzone": ["X0", "X1", "X2", "X3:V100", "X0:V20", "U0"],
    "webcat": ["Information Technology/Computers", "Search Engines and Portals", "Social Networking",
               "Malware", "Not Rated", "Business and Economy", "Streaming Media/MP3"],
    "ips": ["WEB-ATTACKS Apache Log4j Remote Code Execution 4", "ICMP Echo Request", "SCAN Nmap TCP Scan",
            "MALWARE Emotet Activity 12", "DNS-ATTACKS DNS Amplification Attack"],
    "dotnetlog": ["Contoso.Orders.Worker.OrderProcessor", "Contoso.Orders.Api.Controllers.OrdersController",
                  "Contoso.Billing.InvoiceService", "Microsoft.EntityFrameworkCore.Database.Command",
                  "Contoso.Shared.Messaging.ServiceBusPublisher", "Hangfire.Server.Worker"],
    "queue": ["orders-inbound", "invoices", "payments.retry", "email-outbox", "audit-events"],
    "sku": ["SKU-12345", "AB-77-X", "100200300", "WIDGET-BLUE-L"],
    "jfrepo": ["libs-release-local", "libs-snapshot-local", "maven-remote", "npm-remote", "docker-local",
               "pypi-remote", "generic-builds"],
    "jfpath": ["org/springframework/spring-core/6.1.2/spring-core-6.1.2.pom",
               "com/example/app/1.4.0-SNAPSHOT/app-1.4.0-20261206.101112-3.jar", "lodash/-/lodash-4.17.21.tgz",
               "library/nginx/1.25.3/manifest.json", "builds/release 2026.12/app setup.exe",
               "requests/2.31.0/requests-2.31.0-py3-none-any.whl"],
    "jfthread": ["main", "art-exec-12", "http-nio-8081-exec-3", "http-nio-8081-exec-17", "pool-33-thread-1",
                 "replication-worker-2", "art-init"],
    "jflogger": ["o.a.r.s.ArtifactoryServer", "o.a.r.r.RemoteRepoBase", "o.a.r.s.db.DbStorageServiceImpl",
                 "o.a.r.a.AccessServiceImpl", "o.a.r.r.HttpRepo", "o.a.r.s.StorageServiceImpl",
                 "o.a.r.a.r.ReplicationJob", "o.a.r.w.s.RepoFilter", "o.a.r.s.b.GarbageCollectorStrategy"],
    "index": ["movies", "products", "products_v2", "customer-addresses", "logs-2026-12", "docs"],
    "milerr": ["Index `movies` not found.", "Document doesn't have a `id` attribute: `{\"title\":\"Heat\"}`.",
               "The primary key inference failed as the engine did not find any field ending with `id` in its name. "
               "Please specify the primary key manually using the `primaryKey` query parameter.",
               "Attribute `release_date` is not filterable. Available filterable attributes are: `genre, year`.",
               "Payload too large. The provided payload reached the size limit."],
    "djpath": ["/api/v1/orders/", "/api/v1/orders/1234/", "/admin/login/", "/wp-login.php", "/static/css/site.css",
               "/accounts/password/reset/", "/healthz", "/api/v1/users/me/", "/.env"],
    "djsql": ["SELECT \"auth_user\".\"id\", \"auth_user\".\"username\" FROM \"auth_user\" WHERE \"auth_user\".\"id\" = 12 LIMIT 21",
              "SELECT COUNT(*) AS \"__count\" FROM \"shop_order\" WHERE \"shop_order\".\"status\" = 'pending'",
              "UPDATE \"django_session\" SET \"expire_date\" = '2026-12-21T01:02:03'::timestamp WHERE \"session_key\" = 'x'",
              "INSERT INTO \"shop_event\" (\"kind\", \"payload\") VALUES ('login', '{}') RETURNING \"id\""],
    "djargs": ["(12,)", "('pending',)", "()", "(1234, 'alice', True)", "None"],
    "djexc": ["ValueError: invalid literal for int() with base 10: 'abc'", "KeyError: 'customer_id'",
              "django.db.utils.OperationalError: could not connect to server: Connection refused",
              "TimeoutError: [Errno 110] Connection timed out", "redis.exceptions.ConnectionError: Error 111 connecting to cache01:6379. Connection refused."],
    "djtask": ["shop.tasks.send_receipt", "shop.tasks.sync_inventory", "accounts.tasks.expire_sessions",
               "reports.tasks.build_monthly_report"],
    "amtests": ["BAYES_99=3.5", "BAYES_00=-1.9", "DKIM_SIGNED=0.1", "DKIM_VALID=-0.1", "HTML_MESSAGE=0.001",
                "URIBL_BLOCKED=0.001", "RCVD_IN_DNSWL_NONE=-0.0001", "SPF_PASS=-0.001", "MIME_HTML_ONLY=0.1",
                "RDNS_NONE=0.793", "FREEMAIL_FROM=0.001"],
    "amvirus": ["Eicar-Signature", "Win.Trojan.Agent-1234567", "Doc.Dropper.Emotet-9870", "Html.Phishing.Bank-456"],
    "amvia": ["RelayedInbound", "RelayedOutbound", "RelayedInternal", "Discarded", "DiscardedInbound",
              "RejectedInbound", "RelayedTaggedInbound", "QuarantinedInbound"],
    "amctype": ["text/plain", "text/html", "multipart/alternative", "application/pdf", "image/png",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document"],
    "tty": ["tty1", "tty0", "vty0", "vty3", "ttyS0", "unknown", "0"],
    "tacsvc": ["shell", "ppp", "exec", "arap", "raccess"],
    "taccmd": ["show running-config <cr>", "configure terminal <cr>", "interface GigabitEthernet0/1 <cr>",
               "reload <cr>", "show ip bgp summary <cr>", "write memory <cr>"],
    "sgeq": ["all.q", "gpu.q", "long.q", "short.q", "interactive"],
    "sgesig": ["KILL", "TERM", "SEGV", "XCPU", "USR2"],
    "sgelist": ["cluster queue", "execution host", "complex entry", "parallel environment", "user set"],
    "sgeerr": ["can't find connection", "endpoint is not unique error", "got select error (Connection refused)",
               "got read error (closing \"execd/1\")", "access denied"],
    "vmstate": ["Down", "Up", "Paused", "Migration Source", "Migration Destination", "Powering down", "WaitForLaunch"],
    "vmreason": ["Admin shut down from the engine", "User shut down from within the guest", "Exit message: Lost connection with qemu process",
                 "VM terminated with error", "Migration succeeded"],
    "vdsmverb": ["getStats", "getAllVmStats", "getVolumeInfo", "repoStats", "getStorageDomainInfo", "getSpmStatus",
                 "prepareImage", "teardownImage", "getDeviceList"],
    "vdsmrpc": ["Host.getStats", "Host.getAllVmStats", "VM.getStats", "StorageDomain.getInfo", "Host.ping2",
                "Host.getCapabilities", "Image.prepare"],
    "taskstate": ["init", "preparing", "running", "finished", "aborting", "failed"],
    "ilouser": ["Administrator", "admin", "hpadmin", "svc-oneview", "j.doe"],
    "ilodns": ["DNS name not found", "mgmt-ws01.corp.example.com", "oneview01.corp.example.com", "jump01"],
    "ilolocation": ["System", "CPU 1", "CPU 2", "Power Supply Bay", "I/O Board", "Chipset"],
    "ilotemp": ["CPU 1", "P1 DIMM 1-6", "Inlet Ambient", "Chipset", "HD Max", "PCI 1 Zone"],
    "ilofw": ["iLO 5 v2.78", "System ROM U30 v2.90 (08/29/2023)", "Intelligent Platform Abstraction Data v11.3.0",
              "Smart Array P408i-a SR Gen10 v5.32", "Innovation Engine v1.0.0.35"],
    "orasvc": ["orcl", "ORCLPDB1", "prod.example.com", "sales_rw", "REPORTING", "orcl_DGMGRL"],
    "orahost": ["app01", "APP-SRV-07", "__jdbc__", "WORKSTATION12", "ip-10-0-3-17.ec2.internal", "localhost"],
    "orauser": ["oracle", "jsmith", "SYSTEM", "svc_etl", "", "a.kowalski"],
    "tnserr": ["TNS-12535: TNS:operation timed out", "TNS-12560: TNS:protocol adapter error",
               "TNS-00505: Operation timed out", "TNS-12537: TNS:connection closed"],
    "ntprov": ["ntt2: Linux Error: 110: Connection timed out", "nt secondary err code: 104",
               "nt secondary err code: 0"],
    "rptopic": ["kafka/orders/3", "kafka/payments/0", "kafka/__consumer_offsets/17", "redpanda/controller/0",
                "kafka/_schemas/0", "kafka/clicks.raw/11", "kafka_internal/tx/5"],
    "rpmsg": ["Connection reset by peer", "Broken pipe", "std::system_error (error system:104, read: Connection reset by peer)",
              "seastar::gate_closed_exception (gate closed)", "rpc::errc::client_request_timeout",
              "std::out_of_range (Unknown topic)"],
    "cctype": ["git", "time", "registry-image", "s3", "semver", "slack-notification"],
    "ccjob": ["build", "unit", "deploy-staging", "deploy prod", "integration-tests", "publish-image"],
    "ccpipe": ["platform", "web-app", "infra", "release-2026.12", "docs site"],
    "ccres": ["repo", "version", "image", "every-5m", "nightly", "src master"],
    "ccteam": ["main", "payments", "sre", "data-eng"],
    "ccerr": ["exit status 1", "checking failed", "resource config creds evaluation failed: secret not found",
              "failed to create volume: no space left on device", "Get \\\"https://registry-1.docker.io/v2/\\\": net/http: TLS handshake timeout",
              "worker stalled"],
    "msicomp": ["MainExecutable", "ConfigFiles", "RegistryEntries", "StartMenuShortcut", "ServiceInstall", "VCRuntime"],
    "msiaction": ["InstallFiles", "InstallValidate", "CostFinalize", "RemoveExistingProducts", "WriteRegistryValues",
                  "InstallServices", "StartServices", "PublishProduct", "InstallFinalize", "CustomAction_SetProperties"],
    "msiprop": ["INSTALLDIR", "ProductName", "SourceDir", "ARPINSTALLLOCATION", "CLIENTUILEVEL", "SERVICEACCOUNT",
                "Privileged", "TARGETDIR"],
    "msival": ["C:\\Program Files\\Contoso\\Agent\\", "Contoso Agent", "C:\\Users\\jsmith\\Downloads\\",
               "1", "NT AUTHORITY\\LocalService", "0", "C:\\"],
    "msistate": ["Absent", "Local", "Null", "Source", "Advertise"],
    "msiproduct": ["Contoso Agent", "Microsoft Visual C++ 2022 X64 Minimum Runtime - 14.38.33130", "Fabrikam Reporting Tools",
                   "Git"],
    "msimanuf": ["Contoso Ltd.", "Microsoft Corporation", "Fabrikam, Inc.", "The Git Development Community"],
}


def _ip(r):
    return r.choice([f"10.{r.randint(0, 40)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
                     f"192.168.{r.randint(0, 20)}.{r.randint(1, 254)}",
                     f"172.{r.randint(16, 31)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
                     f"203.0.113.{r.randint(1, 254)}", f"198.51.100.{r.randint(1, 254)}",
                     f"{r.randint(11, 223)}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"])


def _ip6(r):
    return r.choice([f"2001:db8:{r.randint(0, 0xffff):x}::{r.randint(1, 0xffff):x}",
                     f"fd00:{r.randint(0, 0xff):x}::{r.randint(1, 0xff):x}",
                     f"fe80::{r.randint(0, 0xffff):x}:{r.randint(0, 0xffff):x}:{r.randint(0, 0xffff):x}:{r.randint(0, 0xffff):x}",
                     "::1"])


def _hex(r, n, upper=False):
    s = "".join(r.choice("0123456789abcdef") for _ in range(n))
    return s.upper() if upper else s


def _uuid(r):
    return f"{_hex(r, 8)}-{_hex(r, 4)}-4{_hex(r, 3)}-{r.choice('89ab')}{_hex(r, 3)}-{_hex(r, 12)}"


def _word_id(r, n, alphabet=string.ascii_letters + string.digits):
    return "".join(r.choice(alphabet) for _ in range(n))


def draw(r, spec, ts):
    if spec.startswith("="):
        return r.choice(spec[1:].split("|"))
    head, _, rest = spec.partition(":")
    if head == "int":
        lo, hi = (int(x) for x in rest.split("-"))
        return str(r.randint(lo, hi))
    if head == "hex":
        return _hex(r, int(rest))
    if head == "HEX":
        return _hex(r, int(rest), True)
    if head == "pick":
        return r.choice(TABLES[rest])
    if head == "list":
        kind, span, sep = rest.rsplit(":", 2)
        lo, hi = (int(x) for x in span.split("-"))
        return sep.join(draw(r, kind, ts) for _ in range(r.randint(lo, hi)))
    if head == "float":
        lo, hi, nd = rest.split("-")
        return f"{r.uniform(float(lo), float(hi)):.{int(nd)}f}"
    return KINDS[spec](r, ts)


def _dur_words(r):
    m, s = r.randint(0, 59), r.randint(0, 59)
    if r.random() < 0.3:
        return f"{r.randint(1, 5)} hour{'s' if r.random() < 0.6 else ''} {m} mins {s} secs"
    if m:
        return f"{m} min{'s' if m != 1 else ''} {s} sec{'s' if s != 1 else ''}"
    return f"{s} sec{'s' if s != 1 else ''}"


def _size_words(r):
    return r.choice([f"{r.randint(1, 999)},{r.randint(0, 999):03d},{r.randint(0, 999):03d} (%s MB)" % r.randint(1, 999),
                     f"{r.randint(1, 999)} (%s B)" % r.randint(1, 999),
                     f"{r.randint(1, 99)},{r.randint(0, 999):03d} (%s KB)" % r.randint(1, 99)])


def _email(r):
    return f"{r.choice(TABLES['first'])}{r.choice(['', '.smith', '+news', str(r.randint(1, 99))])}@{r.choice(TABLES['domain'])}"


def _oradate(r, ts):
    t = ts - datetime.timedelta(seconds=r.randint(0, 86400 * 30))
    return t.strftime("%d-") + MONTHS[t.month - 1].upper() + t.strftime("-%Y %H:%M:%S")


KINDS = {
    "ip": lambda r, ts: _ip(r),
    "ip6": lambda r, ts: _ip6(r),
    "anyip": lambda r, ts: _ip6(r) if r.random() < 0.2 else _ip(r),
    "mapped": lambda r, ts: r.choice(["::ffff:" + _ip(r), "::1", _ip(r)]),
    "port": lambda r, ts: str(r.choice([r.randint(1024, 65535), r.randint(1024, 65535), 443, 22, 8080])),
    "eport": lambda r, ts: str(r.randint(32768, 60999)),
    "small": lambda r, ts: str(r.choice([r.randint(0, 9), r.randint(0, 99)])),
    "num": lambda r, ts: str(r.choice([r.randint(0, 999), r.randint(1000, 99999), r.randint(1, 9)])),
    "big": lambda r, ts: str(r.randint(10 ** 5, 10 ** 10)),
    "neg": lambda r, ts: str(r.choice([r.randint(-99, -1), r.randint(0, 999)])),
    "uuid": lambda r, ts: _uuid(r),
    "UUID": lambda r, ts: _uuid(r).upper(),
    "mac": lambda r, ts: ":".join(_hex(r, 2) for _ in range(6)),
    "dotmac": lambda r, ts: ".".join(_hex(r, 4) for _ in range(3)),
    "host": lambda r, ts: r.choice(TABLES["host"]),
    "fqdn": lambda r, ts: r.choice(TABLES["fqdn"]),
    "user": lambda r, ts: r.choice(TABLES["user"]),
    "email": lambda r, ts: _email(r),
    "err": lambda r, ts: r.choice(TABLES["err"]),
    "ms": lambda r, ts: str(r.choice([r.randint(0, 99), r.randint(100, 9999), r.randint(1, 9)])),
    "dur_ms": lambda r, ts: r.choice([f"{r.randint(1, 999)}ms", f"{r.uniform(0, 99):.3f}ms", f"{r.randint(1, 59)}s",
                                      f"{r.randint(1, 9)}m{r.randint(0, 59)}s", f"{r.uniform(0, 9):.2f}s"]),
    "secs": lambda r, ts: r.choice([f"{r.uniform(0, 9):.2f}", f"{r.uniform(10, 999):.2f}", f"{r.randint(0, 60)}.00"]),
    "sec3": lambda r, ts: f"{r.uniform(0, 120):.3f}",
    "frac": lambda r, ts: f"{r.uniform(0, 2):.6f}",
    "dur_words": lambda r, ts: _dur_words(r),
    "size": lambda r, ts: r.choice([f"{r.uniform(0, 999):.2f} GB", f"{r.uniform(0, 999):.2f} MB", f"{r.randint(1, 999)} KB",
                                    f"{r.uniform(0, 9):.2f} TB"]),
    "gsize": lambda r, ts: r.choice([f"{r.uniform(0, 999):.1f}GB", f"{r.randint(1, 999)}MB", f"{r.randint(1, 999)}KiB",
                                     f"{r.uniform(0, 9):.2f}TiB"]),
    "size_words": lambda r, ts: _size_words(r),
    "pct": lambda r, ts: f"{r.uniform(0, 100):.1f}%",
    "score": lambda r, ts: f"{r.uniform(-3, 25):.3f}",
    "iso": lambda r, ts: (ts - datetime.timedelta(seconds=r.randint(0, 86400))).strftime("%Y-%m-%dT%H:%M:%S.") + f"{r.randint(0, 999):03d}Z",
    "oradate": _oradate,
    "ctime": lambda r, ts: (ts - datetime.timedelta(minutes=r.randint(0, 9999))).strftime("%a %b %d %H:%M:%S %Y"),
    "usdate": lambda r, ts: (ts + datetime.timedelta(days=r.randint(0, 400))).strftime("%m/%d/%Y"),
    "hhmmss": lambda r, ts: (ts - datetime.timedelta(seconds=r.randint(0, 600))).strftime("%-H:%M:%S"),
    "bjobname": lambda r, ts: (r.choice(["BackupCatalog", "web01-daily", "Client1", "fileserver-weekly", "RestoreFiles"])
                               + (ts - datetime.timedelta(minutes=r.randint(0, 99))).strftime(".%Y-%m-%d_%H.%M.%S_")
                               + f"{r.randint(1, 99):02d}"),
    "winpath": lambda r, ts: r.choice(["C:\\Program Files\\Contoso\\Agent\\agent.exe", "C:\\Windows\\Installer\\1a2b3c.msi",
                                       "C:\\Users\\jsmith\\AppData\\Local\\Temp\\MSI4F2A.tmp",
                                       "C:\\ProgramData\\Contoso\\config\\agent settings.json",
                                       "\\\\fs01\\deploy$\\agents\\ContosoAgent-4.2.1.msi"]),
    "guidb": lambda r, ts: "{" + _uuid(r).upper() + "}",
    "ver": lambda r, ts: r.choice([f"{r.randint(1, 9)}.{r.randint(0, 20)}.{r.randint(0, 99)}",
                                   f"{r.randint(1, 19)}.{r.randint(0, 9)}.{r.randint(0, 9999)}.{r.randint(0, 999)}",
                                   f"v{r.randint(1, 3)}.{r.randint(0, 30)}.{r.randint(0, 9)}"]),
    "sha1": lambda r, ts: _hex(r, 40),
    "b64id": lambda r, ts: _word_id(r, 12, string.ascii_letters + string.digits + "-_"),
    "qid": lambda r, ts: _word_id(r, r.randint(10, 12), "0123456789BCDFGHJKLMNPQRSTVWXYZ"),
    "msgid": lambda r, ts: r.choice([f"<{_hex(r, 16)}@{r.choice(TABLES['domain'])}>",
                                     f"<CA+{_word_id(r, 20)}@mail.gmail.com>",
                                     f"<{_uuid(r)}@{r.choice(TABLES['fqdn'])}>"]),
    "amid": lambda r, ts: f"{r.randint(1000, 99999):05d}-{r.randint(1, 99):02d}",
    "amid2": lambda r, ts: f"{r.randint(1000, 99999):05d}-{r.randint(1, 99):02d}-{r.randint(1, 9)}",
    "url": lambda r, ts: r.choice([f"https://{r.choice(TABLES['fqdn'])}/", f"https://{r.choice(TABLES['fqdn'])}/maven2/",
                                   f"http://{_ip(r)}:{r.randint(1024, 9999)}/artifactory/api/",
                                   f"https://{r.choice(TABLES['fqdn'])}/artifactory/libs-release/"]),
    "rpnode": lambda r, ts: str(r.randint(0, 4)),
    "term": lambda r, ts: str(r.randint(1, 40)),
    "offset": lambda r, ts: str(r.choice([r.randint(0, 9999), r.randint(10 ** 5, 10 ** 9), -9223372036854775808])),
    "sess": lambda r, ts: f"{r.randint(1, 99)}.{r.randint(1, 9)}.{r.randint(1, 99)}",
    "ccver": lambda r, ts: r.choice(['{\\"ref\\":\\"' + _hex(r, 40) + '\\"}', '{\\"number\\":\\"' + str(r.randint(1, 300)) + '\\"}',
                                     '{\\"digest\\":\\"sha256:' + _hex(r, 64) + '\\"}', '{\\"time\\":\\"' + ts.strftime('%Y-%m-%dT%H:%M:%S') + 'Z\\"}']),
    "sgejob": lambda r, ts: str(r.randint(100000, 999999)),
    "node": lambda r, ts: f"node{r.randint(1, 256):03d}" + r.choice(["", ".cluster", ".hpc.example.org"]),
    "vol": lambda r, ts: r.choice(["/rhev/data-center/mnt/nfs01.example.com:_export_data", "/rhev/data-center/mnt/blockSD",
                                   "/rhev/data-center/mnt/glusterSD/gl01:_vmstore", "/rhev/data-center/mnt/10.0.0.5:_data_ovirt"]),
    "dict": lambda r, ts: r.choice(["{'code': 0, 'message': 'Done'}", "{'code': 100, 'message': 'General Exception: (\"Down\",)'}",
                                    "{'code': 358, 'message': 'Storage domain does not exist'}"]),
    "pyrepr": lambda r, ts: r.choice(["[]", "['" + _uuid(r) + "']", "['" + _uuid(r) + "', '" + _uuid(r) + "']"]),
    "ilomem": lambda r, ts: f"Processor {r.randint(1, 2)}, Memory Module {r.randint(1, 12)}",
    "tempc": lambda r, ts: f"{r.randint(30, 105)}C",
    "reqline": lambda r, ts: f"{r.choice(['GET', 'POST', 'PUT', 'DELETE', 'PATCH'])} {r.choice(['/indexes', '/indexes/movies/search', '/indexes/products/documents', '/tasks?statuses=failed', '/health', '/keys', '/indexes/docs/settings/filterable-attributes'])} HTTP/1.1",
    "djreq": lambda r, ts: f"{r.choice(['GET', 'POST', 'HEAD'])} {r.choice(TABLES['djpath'])}{r.choice(['', '?page=2', '?q=blue%20shoes&sort=-price'])} HTTP/1.1",
    "status": lambda r, ts: r.choice(["200", "200", "201", "202", "204", "301", "304", "400", "401", "403", "404", "500", "503"]),
    "orapid": lambda r, ts: str(r.randint(1000, 65000)),
    "connid": lambda r, ts: _word_id(r, 22, string.ascii_letters + string.digits + "+/") + "==",
    "rpseg": lambda r, ts: (f"/var/lib/redpanda/data/{r.choice(['kafka', 'kafka', 'kafka_internal', 'redpanda'])}/"
                            f"{r.choice(['orders', 'payments', 'clicks.raw', 'tx', 'controller'])}/{r.randint(0, 23)}_{r.randint(10, 999)}/"
                            f"{r.randint(0, 10 ** r.randint(1, 9))}-{r.randint(1, 40)}-v1.log"),
    "rpkey": lambda r, ts: (f"{_hex(r, 8)}/kafka/{r.choice(['orders', 'payments', 'clicks.raw'])}/{r.randint(0, 23)}_{r.randint(10, 999)}/"
                            f"{r.randint(0, 10 ** r.randint(1, 9))}-{r.randint(1, 40)}-v1.log.{r.randint(1, 40)}"),
    "vdsmpeer": lambda r, ts: r.choice(["::1", "::ffff:" + _ip(r), "::ffff:" + _ip(r)]),
    "jfurl": lambda r, ts: r.choice(["https://repo1.maven.org/maven2/", "https://registry.npmjs.org/", "https://files.pythonhosted.org/packages/",
                                     "https://registry-1.docker.io/v2/", "http://nexus.old.corp:8081/repository/releases/"]) + r.choice(TABLES["jfpath"]),
    "ltemail": lambda r, ts: "<" + _email(r) + ">",
    "timing": lambda r, ts: f"{r.choice(['SMTP greeting', 'SMTP EHLO', 'SMTP pre-MAIL', 'mkdir tempdir', 'create email.txt', 'SMTP DATA', 'check_init', 'digest_hdr', 'gen_mail_id', 'mime_decode', 'get-file-type2', 'parts_decode', 'AV-scan-1', 'spam-wb-list', 'SA check', 'decide_mail_destiny', 'fwd-connect', 'fwd-data-chkpnt', 'unlink-2-files', 'rundown'])}: {r.randint(0, 999)} ({r.randint(0, 99)}%){r.randint(0, 100)}",
    "hexaddr": lambda r, ts: "0x" + _hex(r, 7).lstrip("0"),
    "hms0": lambda r, ts: f"{r.randint(0, 5):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}",
    "bdate": lambda r, ts: (ts + datetime.timedelta(minutes=r.randint(0, 600))).strftime("%d-%b-%Y %H:%M"),
    "sqldate": lambda r, ts: (ts + datetime.timedelta(minutes=r.randint(0, 600))).strftime("%Y-%m-%d %H:%M:%S"),
    "cnum": lambda r, ts: f"{r.randint(1, 10 ** r.randint(1, 12)):,}",
    "efparam": lambda r, ts: r.choice([f"@__orderId_0='{r.randint(1, 999999)}'", f"@p{r.randint(0, 9)}='{r.choice(['Pending', 'Shipped', 'Cancelled'])}' (Nullable = false) (Size = 4000)",
                                       f"@__customerName_1='{r.choice(TABLES['customer'])}' (Size = 4000)", "@p3=NULL (DbType = DateTime2)",
                                       f"@__p_2='{r.randint(1, 50)}'"]),
    "cachekey": lambda r, ts: r.choice([f"customer:{r.randint(1, 99999)}", f"order:{r.randint(100000, 999999)}:lines",
                                        f"price-list:{r.choice(['EUR', 'USD'])}", f"session:{_uuid(r)}"]),
}
