"""Value shapes of the thirteenth blind check set: `draw(r, spec, ts)` returns one value for a statement slot `{spec}`.
`{=a|b|c}` is a word (or phrase) with a few values; every other spec names a shape below."""
import datetime
import string

HEX = "0123456789abcdef"
B32 = string.ascii_lowercase + string.digits


def hexs(r, n, upper=False):
    s = "".join(r.choice(HEX) for _ in range(n))
    return s.upper() if upper else s


def ip4(r):
    return r.choice([f"10.{r.randint(0, 40)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
                     f"192.168.{r.randint(0, 20)}.{r.randint(1, 254)}",
                     f"172.{r.randint(16, 31)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
                     f"203.0.113.{r.randint(1, 254)}", f"198.51.100.{r.randint(1, 254)}"])


def ip6(r):
    return r.choice([f"2001:db8:{r.randint(1, 0xffff):x}::{r.randint(1, 0xffff):x}",
                     f"fe80::{hexs(r, 4)}:{hexs(r, 2)}ff:fe{hexs(r, 2)}:{hexs(r, 4)}",
                     f"fd00:{r.randint(1, 0xff):x}::{r.randint(1, 0x1ff):x}",
                     f"2001:db8:0:{r.randint(1, 0xfff):x}:{hexs(r, 4)}:{hexs(r, 4)}:{hexs(r, 3)}:{hexs(r, 4)}"])


def uuid(r, upper=False):
    u = f"{hexs(r, 8)}-{hexs(r, 4)}-4{hexs(r, 3)}-{r.choice('89ab')}{hexs(r, 3)}-{hexs(r, 12)}"
    return u.upper() if upper else u


def mac(r, sep=":", upper=False):
    m = sep.join(hexs(r, 2) for _ in range(6))
    return m.upper() if upper else m


HOSTS = ["cb-data-01", "cb-idx-02", "app03", "web-eu-1", "db7", "edge-fra-04", "k8s-worker-12", "ip-10-0-4-17",
         "mx2", "imap-a", "nas01", "vbox-build", "ucs-fi-a", "ise-psn-02", "gw-branch-17", "lb1"]
DOMAINS = ["example.com", "corp.example.net", "prod.internal", "eu-west-1.compute.internal", "lab.local"]
USERS = ["alice", "bob.smith", "jdoe", "svc_backup", "admin", "deploy", "m.garcia", "ops-bot", "kchen42", "root",
         "Administrator", "t.nguyen", "build_agent7", "fritz"]
FIRST = ["Alice", "Bob", "Carol", "Dmitri", "Eve", "Fatima", "Guo", "Hiro", "Ines"]
LAST = ["Smith", "Okafor", "Lindqvist", "Nakamura", "Rossi", "van der Berg", "O'Neil", "Ng"]
ERRORS = ["connection refused", "i/o timeout", "context deadline exceeded", "no such host", "broken pipe",
          "connection reset by peer", "EOF", "permission denied", "TLS handshake timeout",
          "certificate has expired or is not yet valid", "unexpected end of JSON input", "too many open files",
          "no space left on device", "read-only file system", "Temporary failure in name resolution"]
WORDS = ["orders", "payments", "billing", "inventory", "users", "audit", "events", "metrics", "search", "sessions",
         "catalog", "shipping", "ledger", "notifications", "reports"]
PROJECTS = ["Customer Portal", "Payments API", "Data Warehouse Loader", "Mobile Backend", "Website", "Billing",
            "Intranet (Legacy)", "Order Service v2", "Reporting"]
ENVS = ["Production", "Staging", "Test", "Dev", "DR Site", "UAT - Europe"]
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def word(r):
    return r.choice(WORDS)


def host(r):
    return r.choice(HOSTS)


def fqdn(r):
    return f"{r.choice(HOSTS)}.{r.choice(DOMAINS)}"


def dur_go(r):
    k = r.random()
    if k < 0.3:
        return f"{r.randint(1, 999)}.{r.randint(0, 999999)}µs"
    if k < 0.6:
        return f"{r.randint(1, 999)}.{r.randint(0, 999999)}ms"
    if k < 0.85:
        return f"{r.randint(1, 59)}.{r.randint(0, 999999999)}s"
    return f"{r.randint(1, 59)}m{r.randint(0, 59)}.{r.randint(0, 999)}s"


def size_h(r):
    return r.choice([f"{r.randint(1, 1023)} B", f"{r.uniform(1, 1023):.1f} KiB", f"{r.uniform(1, 1023):.1f} MiB",
                     f"{r.uniform(1, 64):.2f} GiB"])


def epoch_ns(r, ts):
    return f"{int(ts.timestamp())}{r.randint(0, 999999999):09d}"


def winpath(r):
    return r.choice([f"C:\\Octopus\\Files\\{r.choice(WORDS)}.{r.randint(1, 9)}.{r.randint(0, 40)}.{r.randint(0, 999)}.nupkg",
                     f"C:\\Octopus\\Applications\\{r.choice(ENVS).replace(' ', '')}\\{r.choice(WORDS).title()}\\1.{r.randint(0, 9)}.{r.randint(0, 300)}",
                     f"D:\\Octopus\\Work\\{r.randint(20261201000000, 20261207999999)}-{r.randint(1000, 99999)}-{r.randint(10, 999)}",
                     f"\\\\fs01\\deploy$\\{r.choice(WORDS)}\\drop"])


def unix_path(r):
    return r.choice([f"/var/lib/{r.choice(WORDS)}/{hexs(r, 2)}/{hexs(r, 8)}", f"/opt/nifi/data/{r.choice(WORDS)} in/{r.randint(1, 999)}.json",
                     f"/srv/{r.choice(WORDS)}", f"/home/{r.choice(USERS)}/VirtualBox VMs/{r.choice(VMS)}/{r.choice(VMS)}.vbox",
                     f"/mnt/data/{r.choice(WORDS)}/{r.choice(WORDS)}-{r.randint(1, 99)}.parquet"])


VMS = ["win11-test", "Ubuntu 24.04 Desktop", "build-agent", "Kali", "dev box 2", "centos9", "WinServer2022-DC"]
TOPICS = ["TopicTest", "order_created", "PAYMENT-EVENTS", "%RETRY%cg_billing", "rmq_sys_TRACE_DATA", "inventory.sync",
          "%DLQ%cg_notify"]
GROUPS_MQ = ["cg_billing", "cg_notify", "please_rename_unique_group_name", "GID_ORDER", "CID_ONSAPI_OWNER"]
NIFI_PROC = ["PutFile", "ConsumeKafka_2_6", "InvokeHTTP", "PutDatabaseRecord", "ExecuteSQL", "ListSFTP", "MergeContent",
             "UpdateAttribute", "ConvertRecord", "PublishKafkaRecord_2_6"]
THANOS_COMP = ["compactor", "store", "receive", "query", "rule", "sidecar"]
PREFECT_FLOWS = ["etl-daily", "sync-crm", "backfill orders", "refresh_dashboards", "ml-train", "ingest-s3"]
ADJ = ["amber", "brave", "crimson", "daring", "eager", "fancy", "gentle", "hilarious", "icy", "jolly", "khaki"]
ANIMALS = ["otter", "panda", "lynx", "badger", "heron", "wombat", "marmot", "ibis", "gecko", "moose"]
REASONS_ISE = ["24408 User authentication against Active Directory failed since user has entered the wrong password",
               "22056 Subject not found in the applicable identity store(s)",
               "5440 Endpoint abandoned EAP session and started new",
               "12514 EAP-TLS failed SSL/TLS handshake because of an unknown CA in the client certificates chain",
               "15039 Rejected per authorization profile"]


def iso_z(ts):
    return ts.strftime("%Y-%m-%dT%H:%M:%S.") + f"{ts.microsecond // 1000:03d}Z"


def draw(r, spec, ts):
    if spec.startswith("="):
        return r.choice(spec[1:].split("|"))
    f = KINDS.get(spec)
    assert f is not None, f"no value shape {spec!r}"
    return f(r, ts)


def list_of(r, gen, lo, hi, sep=", "):
    return sep.join(gen() for _ in range(r.randint(lo, hi)))


KINDS = {
    # numbers
    "n": lambda r, ts: str(r.randint(0, 60)),
    "n1": lambda r, ts: str(r.randint(1, 9)),
    "num": lambda r, ts: str(r.choice([r.randint(0, 99), r.randint(100, 9999), r.randint(10000, 9999999)])),
    "big": lambda r, ts: str(r.randint(10 ** 6, 10 ** 12)),
    "neg": lambda r, ts: str(r.choice([-1, r.randint(-99999, 99999)])),
    "float": lambda r, ts: f"{r.uniform(0, 1000):.{r.randint(1, 6)}f}",
    "frac": lambda r, ts: f"{r.random():.6f}",
    "pct": lambda r, ts: f"{r.uniform(0, 100):.{r.choice([0, 1, 2])}f}%",
    "pid": lambda r, ts: str(r.randint(100, 65535)),
    "port": lambda r, ts: str(r.choice([r.randint(1024, 65535), 443, 80, 53, 8080, 1812])),
    "offset": lambda r, ts: str(r.randint(0, 2 ** 40)),
    "bytes": lambda r, ts: str(r.choice([0, r.randint(1, 1500), r.randint(1500, 10 ** 9)])),
    "commas": lambda r, ts: f"{r.randint(0, 10 ** 10):,}",
    # time and durations
    "ms": lambda r, ts: f"{r.randint(0, 30000)}ms",
    "msn": lambda r, ts: str(r.randint(0, 30000)),
    "secs": lambda r, ts: f"{r.uniform(0, 300):.3f}",
    "godur": lambda r, ts: dur_go(r),
    "isoz": lambda r, ts: iso_z(ts - datetime.timedelta(seconds=r.randint(0, 86400 * 3))),
    "iso_off": lambda r, ts: (ts - datetime.timedelta(hours=r.randint(0, 48))).strftime("%Y-%m-%dT%H:%M:%S") + r.choice(["+00:00", "+01:00", "-05:00", "+05:30"]),
    "date_ctime": lambda r, ts: (ts + datetime.timedelta(days=r.randint(-400, 400))).strftime("%a %b %d %H:%M:%S %Y"),
    "date_dmy": lambda r, ts: (ts - datetime.timedelta(days=r.randint(0, 30))).strftime("%d/%m/%Y %H:%M:%S"),
    "epoch": lambda r, ts: str(int(ts.timestamp()) - r.randint(0, 86400)),
    "epoch_ms": lambda r, ts: str(int(ts.timestamp() * 1000) - r.randint(0, 86400000)),
    "epoch_ns": lambda r, ts: epoch_ns(r, ts),
    "hms": lambda r, ts: f"{r.randint(0, 99):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}",
    # addresses and names
    "ip4": lambda r, ts: ip4(r),
    "ip6": lambda r, ts: ip6(r),
    "ip": lambda r, ts: ip4(r) if r.random() < 0.8 else ip6(r),
    "mac": lambda r, ts: mac(r),
    "MACDASH": lambda r, ts: mac(r, "-", True),
    "MAC": lambda r, ts: mac(r, ":", True),
    "host": lambda r, ts: host(r),
    "fqdn": lambda r, ts: fqdn(r),
    "user": lambda r, ts: r.choice(USERS),
    "email": lambda r, ts: f"{r.choice(USERS)}@{r.choice(DOMAINS)}",
    "domuser": lambda r, ts: f"{r.choice(['CORP', 'EXAMPLE', 'LAB'])}\\{r.choice(USERS)}",
    "fullname": lambda r, ts: f"{r.choice(FIRST)} {r.choice(LAST)}",
    "uuid": lambda r, ts: uuid(r),
    "UUID": lambda r, ts: uuid(r, True),
    "hex8": lambda r, ts: hexs(r, 8),
    "hex12": lambda r, ts: hexs(r, 12),
    "hex16": lambda r, ts: hexs(r, 16),
    "HEX16": lambda r, ts: hexs(r, 16, True),
    "hex32": lambda r, ts: hexs(r, 32),
    "HEX32": lambda r, ts: hexs(r, 32, True),
    "sha": lambda r, ts: hexs(r, 40),
    "sha7": lambda r, ts: hexs(r, 7),
    "0x": lambda r, ts: "0x" + hexs(r, r.choice([4, 8, 16])),
    "0x8": lambda r, ts: "0x" + hexs(r, 8),
    "word": lambda r, ts: word(r),
    "path": lambda r, ts: unix_path(r),
    "winpath": lambda r, ts: winpath(r),
    "err": lambda r, ts: r.choice(ERRORS),
    "url": lambda r, ts: r.choice([f"https://{fqdn(r)}/api/v{r.randint(1, 3)}/{word(r)}", f"http://{ip4(r)}:{r.randint(1024, 9999)}/{word(r)}/health",
                                   f"https://hooks.slack.com/services/T{hexs(r, 8, True)}/B{hexs(r, 8, True)}/{hexs(r, 12)}",
                                   f"s3://{word(r)}-bucket/{word(r)}/dt={ts:%Y-%m-%d}/"]),
    "version": lambda r, ts: f"{r.randint(1, 9)}.{r.randint(0, 30)}.{r.randint(0, 20)}",
    "semver_build": lambda r, ts: f"{r.randint(1, 4)}.{r.randint(0, 30)}.{r.randint(0, 20)}-{r.choice(['rc1', 'beta.2', 'ci.' + str(r.randint(1, 9999)), 'hotfix'])}",
    # Couchbase
    "erlpid": lambda r, ts: f"<0.{r.randint(100, 99999)}.0>",
    "cbnode": lambda r, ts: f"ns_1@{r.choice(['10.0.1.' + str(r.randint(2, 60)), 'cb-data-01.prod.internal', 'cb-idx-02.prod.internal', '127.0.0.1'])}",
    "bucket": lambda r, ts: r.choice(["travel-sample", "orders", "sessions", "default", "beer-sample", "user_profiles"]),
    "vbid": lambda r, ts: str(r.randint(0, 1023)),
    "cbnodes": lambda r, ts: "[" + ",".join(f"'ns_1@10.0.1.{r.randint(2, 60)}'" for _ in range(r.randint(1, 5))) + "]",
    "vblist": lambda r, ts: "[" + ",".join(str(r.randint(0, 1023)) for _ in range(r.randint(1, 9))) + "]",
    "erlterm": lambda r, ts: r.choice(["{error,timeout}", "{badmatch,{error,not_found}}", "{noproc,{gen_server,call,[ns_config,get]}}",
                                       f"{{exit,{{shutdown,{r.randint(1, 99)}}}}}", "econnrefused", "{error,{conn_closed,einval}}"]),
    # RocketMQ
    "topic": lambda r, ts: r.choice(TOPICS),
    "cg": lambda r, ts: r.choice(GROUPS_MQ),
    "broker": lambda r, ts: r.choice(["broker-a", "broker-b", "broker-c", "RaftNode00", "broker-a-s"]),
    "msgid": lambda r, ts: hexs(r, 32, True),
    "mq": lambda r, ts: f"MessageQueue [topic={r.choice(TOPICS)}, brokerName=broker-{r.choice('abc')}, queueId={r.randint(0, 15)}]",
    "ipport": lambda r, ts: f"{ip4(r)}:{r.choice([10911, 10909, 9876, r.randint(30000, 65535)])}",
    "clientid": lambda r, ts: f"{ip4(r)}@{r.randint(1, 99999)}#{r.randint(10 ** 9, 10 ** 10)}#{r.randint(10 ** 8, 10 ** 9)}#{r.randint(10 ** 13, 10 ** 14)}",
    # Varnish
    "vcl": lambda r, ts: r.choice(["boot", "reload_20261207_040012_1234", "vcl_prod_v42", "varnish_reload_vcl_2"]),
    "backend": lambda r, ts: r.choice(["default", "web1", "api_pool_3", "img_origin", "legacy-php"]),
    "probe": lambda r, ts: r.choice(["---X-RH", "4--X-RH", "4--X-R-", "-------", "4--X---", "------H"]),
    "httpstatus": lambda r, ts: r.choice(["HTTP/1.1 200 OK", "HTTP/1.1 503 Service Unavailable", "HTTP/1.0 404 Not Found",
                                          "HTTP/1.1 500 Internal Server Error", "HTTP/1.1 301 Moved Permanently"]),
    # Tekton
    "k8sname": lambda r, ts: f"{word(r)}-{r.choice(['build', 'deploy', 'test', 'lint'])}-{''.join(r.choice(B32) for _ in range(5))}",
    "ns": lambda r, ts: r.choice(["default", "ci", "tekton-builds", "team-a", "payments-ci"]),
    "image": lambda r, ts: r.choice([f"gcr.io/tekton-releases/github.com/tektoncd/pipeline/cmd/entrypoint:v0.{r.randint(50, 60)}.{r.randint(0, 5)}@sha256:{hexs(r, 64)}",
                                     f"docker.io/library/golang:1.{r.randint(19, 23)}", f"registry.example.com/ci/kaniko:{hexs(r, 7)}"]),
    "k8serr": lambda r, ts: r.choice(['pods "x-pod" is forbidden: exceeded quota: compute-resources, requested: limits.cpu=2, used: limits.cpu=8, limited: limits.cpu=8',
                                      'Operation cannot be fulfilled on taskruns.tekton.dev \\"build-abc\\": the object has been modified; please apply your changes to the latest version and try again',
                                      'failed to get Pipeline: pipelines.tekton.dev \\"deploy\\" not found',
                                      'context deadline exceeded']),
    "steps": lambda r, ts: "[" + ",".join(f'\\"{s}\\"' for s in r.sample(["clone", "build", "test", "push", "scan", "lint", "deploy"], r.randint(1, 5))) + "]",
    # Octopus
    "project": lambda r, ts: r.choice(PROJECTS),
    "env": lambda r, ts: r.choice(ENVS),
    "release": lambda r, ts: r.choice([f"{r.randint(1, 9)}.{r.randint(0, 40)}.{r.randint(0, 999)}", f"2026.12.{r.randint(1, 7)}.{r.randint(1, 9)}",
                                       f"{r.randint(1, 3)}.{r.randint(0, 9)}.{r.randint(0, 9)}-beta{r.randint(1, 9)}"]),
    "octoid": lambda r, ts: f"{r.choice(['ServerTasks', 'Deployments', 'Releases', 'Machines', 'Projects'])}-{r.randint(1, 99999)}",
    "tentacle": lambda r, ts: r.choice(["https://web01.corp.example.net:10933/", "poll://abcdefghijklmnop/",
                                        f"https://{ip4(r)}:10933/", "https://sql-prod-2:10933/"]),
    "thumb": lambda r, ts: hexs(r, 40, True),
    "machines": lambda r, ts: ", ".join(r.sample(["web01", "web02", "web03", "app-eu-1", "SQL01", "worker-7", "FS01"], r.randint(1, 5))),
    # DRBD
    "res": lambda r, ts: r.choice(["r0", "r1", "pgdata", "vm-101-disk-0", "nfs_export"]),
    "peer": lambda r, ts: r.choice(["node-b", "storage2", "pve03", "drbd-peer-01"]),
    "minor": lambda r, ts: str(r.randint(0, 31)),
    "drbdstate": lambda r, ts: r.choice(["UpToDate", "Outdated", "Inconsistent", "Consistent", "DUnknown", "Diskless"]),
    "connstate": lambda r, ts: r.choice(["StandAlone", "Unconnected", "Connecting", "Connected", "Disconnecting", "TearDown", "NetworkFailure", "BrokenPipe"]),
    "role": lambda r, ts: r.choice(["Primary", "Secondary", "Unknown"]),
    "drbduuid": lambda r, ts: hexs(r, 16, True),
    "uuidset": lambda r, ts: ":".join(hexs(r, 16, True) for _ in range(4)),
    "sector": lambda r, ts: str(r.randint(0, 2 ** 34)),
    "kib": lambda r, ts: f"{r.randint(0, 10 ** 9)}",
    "blockdev": lambda r, ts: r.choice(["/dev/sdb1", "/dev/nvme0n1p3", "/dev/vg0/lv_data", "/dev/mapper/pve-data", "/dev/md127"]),
    # Check Point
    "cpuuid": lambda r, ts: "{" + ",".join("0x" + hexs(r, 8) for _ in range(4)) + "}",
    "cprule": lambda r, ts: r.choice(["Allow DNS", "Cleanup rule", "Block Tor", "web_access", "Guest Wi-Fi to Internet", "VPN users"]),
    "cpapp": lambda r, ts: r.choice(["Facebook", "YouTube", "Microsoft Office 365", "Dropbox", "Tor", "BitTorrent", "Zoom"]),
    "cpcat": lambda r, ts: r.choice(["Social Networking", "Media Streams", "File Storage and Sharing", "Anonymizer", "Business Application"]),
    "cpsvc": lambda r, ts: str(r.choice([443, 80, 53, 22, 3389, 8443, r.randint(1024, 65535)])),
    "gw": lambda r, ts: r.choice(["gw-hq", "CP-GW-01", "fw-branch17", "vsx-ctx-3"]),
    "ifdir": lambda r, ts: r.choice(["inbound", "outbound"]),
    "iface": lambda r, ts: r.choice(["eth1", "eth2", "bond0.120", "Mgmt", "eth3-01", "wrp128"]),
    "proto": lambda r, ts: r.choice(["6", "17", "1"]),
    "attack": lambda r, ts: r.choice(["Microsoft Windows SMB Remote Code Execution (MS17-010)", "Apache Log4j Remote Code Execution (CVE-2021-44228)",
                                      "SQL Injection", "Nmap Scan", "HTTP Directory Traversal"]),
    "sev": lambda r, ts: r.choice(["Low", "Medium", "High", "Critical"]),
    "country": lambda r, ts: r.choice(["United States", "Germany", "Netherlands", "Korea, Republic of", "Russian Federation", "Brazil"]),
    # Meraki
    "mxname": lambda r, ts: r.choice(["MX84_HQ", "MX67-Branch12", "MR42-Lobby", "MS225-Floor3", "Z3-Home-ajones"]),
    "pattern": lambda r, ts: r.choice(["allow all", "deny all", "1 all", "0 all", "allow tcp dst port 443", "deny udp dst 0.0.0.0/0"]),
    "ssid": lambda r, ts: r.choice(["Corp", "Guest Wi-Fi", "IoT", "Staff-5G", "Café Guests"]),
    "vap": lambda r, ts: str(r.randint(0, 14)),
    "rssi": lambda r, ts: str(r.randint(5, 60)),
    "radio": lambda r, ts: str(r.randint(0, 1)),
    "channel": lambda r, ts: str(r.choice([1, 6, 11, 36, 40, 44, 149, 157])),
    "urlfull": lambda r, ts: r.choice([f"https://www.{r.choice(['example', 'news', 'shop'])}.com/{word(r)}?id={r.randint(1, 9999)}",
                                       f"http://{ip4(r)}/", f"https://cdn.example.net/static/{hexs(r, 8)}.js", "-"]),
    "agent": lambda r, ts: r.choice(['"Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36"', '"curl/8.5.0"',
                                     '"Microsoft-CryptoAPI/10.0"', '"okhttp/4.12.0"']),
    # NiFi
    "nifiproc": lambda r, ts: f"{r.choice(NIFI_PROC)}[id={uuid(r)}]",
    "ffuuid": lambda r, ts: uuid(r),
    "ffid": lambda r, ts: str(r.randint(1, 10 ** 7)),
    "claim": lambda r, ts: f"StandardResourceClaim[id={int(ts.timestamp() * 1000)}-{r.randint(1, 99999)}, container=default, section={r.randint(0, 1023)}]",
    "nifierr": lambda r, ts: r.choice(["java.net.SocketTimeoutException: Read timed out", "org.apache.kafka.common.errors.TimeoutException: Topic orders not present in metadata after 60000 ms.",
                                       "java.sql.SQLTransientConnectionException: HikariPool-1 - Connection is not available, request timed out after 30000ms.",
                                       "java.io.IOException: No space left on device", "org.apache.nifi.processor.exception.ProcessException: IOException thrown from PutFile"]),
    "thread": lambda r, ts: r.choice([f"Timer-Driven Process Thread-{r.randint(1, 40)}", f"NiFi Web Server-{r.randint(10, 400)}",
                                      "Cleanup Archive for default", f"pool-{r.randint(1, 30)}-thread-{r.randint(1, 9)}", "main", "Flow Service Tasks Thread-1"]),
    "prov": lambda r, ts: str(r.randint(1, 10 ** 8)),
    # Thanos
    "ulid": lambda r, ts: "01" + "".join(r.choice("0123456789ABCDEFGHJKMNPQRSTVWXYZ") for _ in range(24)),
    "ulids": lambda r, ts: "[" + " ".join("01" + "".join(r.choice("0123456789ABCDEFGHJKMNPQRSTVWXYZ") for _ in range(24)) for _ in range(r.randint(1, 4))) + "]",
    "caller": lambda r, ts: f"{r.choice(['compact', 'fetcher', 'block', 'bucket', 'receive', 'handler', 'intrumentation'])}.go:{r.randint(30, 1500)}",
    "extlabels": lambda r, ts: "{" + ", ".join(f'{k}=\\"{v}\\"' for k, v in r.sample([("cluster", "eu1"), ("replica", "0"), ("tenant_id", "team-a"), ("prometheus", "monitoring/k8s"), ("region", "us-east-1")], r.randint(1, 4))) + "}",
    "mint": lambda r, ts: str(int(ts.timestamp() * 1000) - r.randint(2, 400) * 3600000),
    "series": lambda r, ts: str(r.randint(0, 10 ** 7)),
    "tenant": lambda r, ts: r.choice(["default-tenant", "team-a", "payments", "anonymous", "7f3c2e"]),
    # Prefect
    "flowrun": lambda r, ts: f"{r.choice(ADJ)}-{r.choice(ANIMALS)}",
    "flow": lambda r, ts: r.choice(PREFECT_FLOWS),
    "task": lambda r, ts: f"{r.choice(['extract', 'transform', 'load', 'notify', 'fetch_page', 'write_parquet'])}-{r.randint(0, 999)}",
    "state": lambda r, ts: r.choice(["Completed", "Failed", "Crashed", "Cancelled", "Running", "Pending", "Scheduled"]),
    "pyexc": lambda r, ts: r.choice(["KeyError('customer_id')", "ValueError: invalid literal for int() with base 10: ''", "httpx.ReadTimeout: timed out",
                                     "FileNotFoundError: [Errno 2] No such file or directory: '/tmp/x.csv'", "ZeroDivisionError: division by zero"]),
    "pool": lambda r, ts: r.choice(["default-agent-pool", "k8s-pool", "gpu", "process pool 2"]),
    "queue": lambda r, ts: r.choice(["default", "high-priority", "etl"]),
    "deployment": lambda r, ts: f"{r.choice(PREFECT_FLOWS)}/{r.choice(['prod', 'nightly', 'adhoc', 'hourly sync'])}",
    # Ghost
    "urlpath": lambda r, ts: r.choice(["/", f"/ghost/api/admin/posts/?limit={r.randint(1, 50)}&page={r.randint(1, 9)}", f"/{r.choice(['hello-world', 'release-notes-2026', 'about', 'tag/news'])}/",
                                       "/ghost/api/content/settings/?key=" + hexs(r, 26), "/members/api/member/", "/rss/", f"/content/images/2026/12/{hexs(r, 6)}.png"]),
    "method": lambda r, ts: r.choice(["GET", "POST", "PUT", "DELETE", "HEAD"]),
    "status": lambda r, ts: str(r.choice([200, 200, 201, 204, 301, 304, 404, 422, 500, 503])),
    "title": lambda r, ts: r.choice(["Hello World", "Release notes: December 2026", "Why we moved to Postgres", "Q&A with the team", "Untitled"]),
    "slug": lambda r, ts: r.choice(["hello-world", "release-notes-december-2026", "why-we-moved", "qa-with-the-team", "untitled-2"]),
    "objid": lambda r, ts: hexs(r, 24),
    # Cyrus
    "mbox": lambda r, ts: r.choice(["user.alice", "user.bob^smith", "user.jdoe.Sent", "user.admin.Trash", "shared.support", "user.m^garcia.Archive.2025",
                                    "user.kchen42.Sent Items"]),
    "sessid": lambda r, ts: f"<cyrus-{r.randint(10 ** 9, 10 ** 10)}-{r.randint(1000, 99999)}-{r.randint(1, 99)}-{r.randint(10 ** 18, 10 ** 19)}>",
    "msgidmail": lambda r, ts: f"<{hexs(r, 16)}.{r.randint(10 ** 5, 10 ** 6)}@{r.choice(DOMAINS)}>",
    "mech": lambda r, ts: r.choice(["plaintext", "plaintext+TLS", "PLAIN+TLS", "LOGIN", "XOAUTH2+TLS", "GSSAPI"]),
    "tlsinfo": lambda r, ts: r.choice(["TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits new) no authentication",
                                       "TLSv1.2 with cipher ECDHE-RSA-AES256-GCM-SHA384 (256/256 bits reused) no authentication",
                                       "TLSv1.3 with cipher TLS_CHACHA20_POLY1305_SHA256 (256/256 bits new) no authentication"]),
    "mhost": lambda r, ts: r.choice([f"{fqdn(r)} [{ip4(r)}]", f"[{ip4(r)}]", f"localhost [127.0.0.1]", f"unknown [{ip4(r)}]"]),
    "quota": lambda r, ts: str(r.choice([-1, r.randint(0, 10 ** 7)])),
    "uidv": lambda r, ts: str(r.randint(10 ** 9, 2 * 10 ** 9)),
    # Cisco ISE
    "iseid": lambda r, ts: str(r.randint(10 ** 9, 2 * 10 ** 9)),
    "nas": lambda r, ts: r.choice(["SW-ACCESS-01", "WLC-HQ", "ASA-VPN", "sw-floor3-stack", "Branch17-MX"]),
    "devtype": lambda r, ts: r.choice(["All Device Types#Switches#Access", "All Device Types#Wireless", "All Device Types#Firewall#VPN"]),
    "location": lambda r, ts: r.choice(["All Locations#HQ#Building A", "All Locations#Branch 17", "All Locations#DC-West"]),
    "policy": lambda r, ts: r.choice(["Wired_802.1X", "Wireless 802.1X", "VPN >> Default", "MAB", "Default >> Basic_Authenticated_Access", "Guest Portal"]),
    "authz": lambda r, ts: r.choice(["PermitAccess", "Employee_VLAN", "DenyAccess", "Guest_Redirect", "Quarantine dACL"]),
    "ise_reason": lambda r, ts: r.choice(REASONS_ISE),
    "nasport": lambda r, ts: r.choice([f"GigabitEthernet1/0/{r.randint(1, 48)}", f"{r.randint(50000, 60000)}", "capwap_9000000f", ""]),
    "idstore": lambda r, ts: r.choice(["AD-CORP", "Internal Users", "Internal Endpoints", "LDAP-Lab", "Certificate_Profile"]),
    "epgroup": lambda r, ts: r.choice(["Workstation", "Cisco-IP-Phone", "Unknown", "Apple-iPhone", "Profiled"]),
    "sgt": lambda r, ts: r.choice(["Employees", "Guests", "Contractors", "Quarantined_Systems", "Unknown"]),
    # VirtualBox
    "vmname": lambda r, ts: r.choice(VMS),
    "vbuptime": lambda r, ts: f"{r.randint(0, 99):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}.{r.randint(0, 999999):06d}",
    "vbrc": lambda r, ts: r.choice(["VERR_NOT_FOUND", "VERR_ACCESS_DENIED", "VERR_VD_IMAGE_READ_ONLY", "VERR_NEM_MISSING_KERNEL_API_2",
                                    "VERR_SUPDRV_COMPONENT_NOT_FOUND", "VERR_INTERRUPTED"]),
    "vbrcn": lambda r, ts: str(r.choice([-102, -5, -3202, -1908, -4, -39])),
    "gpa": lambda r, ts: "%" + hexs(r, 16),
    "vdisk": lambda r, ts: r.choice(["/home/alice/VirtualBox VMs/win11-test/win11-test.vdi", "C:\\Users\\bob\\VirtualBox VMs\\Kali\\Kali-disk001.vmdk",
                                     "/srv/vbox/build-agent/build-agent.vdi", "/home/kchen42/VirtualBox VMs/Ubuntu 24.04 Desktop/Ubuntu 24.04 Desktop.vdi"]),
    "nic": lambda r, ts: r.choice(["e1000", "virtio-net", "pcnet"]),
    "vbsize": lambda r, ts: f"{r.randint(1, 4096)} MB",
    "cpus": lambda r, ts: str(r.choice([1, 2, 4, 8, 16])),
    "guestos": lambda r, ts: r.choice(["Windows 11 (64-bit)", "Ubuntu (64-bit)", "Debian (64-bit)", "Other Linux (32-bit)", "Windows Server 2022 (64-bit)"]),
    # Cisco UCS
    "dn": lambda r, ts: r.choice([f"sys/chassis-{r.randint(1, 8)}/blade-{r.randint(1, 8)}", f"sys/rack-unit-{r.randint(1, 16)}", f"sys/switch-{r.choice('AB')}/slot-1/switch-ether/port-{r.randint(1, 48)}",
                                  f"sys/chassis-{r.randint(1, 8)}/psu-{r.randint(1, 4)}", f"org-root/org-{r.choice(['Prod', 'Dev', 'VDI'])}/ls-{r.choice(['esx', 'sql', 'vdi'])}{r.randint(1, 40):02d}",
                                  f"sys/chassis-{r.randint(1, 8)}/fan-module-1-{r.randint(1, 8)}/fan-{r.randint(1, 2)}"]),
    "faultid": lambda r, ts: f"F{r.randint(1, 2000):04d}",
    "eventid": lambda r, ts: f"E{r.randint(4190000, 4199999)}",
    "txid": lambda r, ts: str(r.randint(100000, 9999999)),
    "ucssev": lambda r, ts: r.choice(["critical", "major", "minor", "warning", "info", "cleared"]),
    "fsm": lambda r, ts: r.choice(["Discover", "Association", "PowerOff", "BiosRecovery", "UpdateConnectivity", "ConfigSol"]),
    "fsmstage": lambda r, ts: r.choice(["PreSanitize", "Sanitize", "SetupVmediaLocal", "BiosPostCompletion", "BmcConfigPnuOS", "hagPowerOff"]),
    "pid_ucs": lambda r, ts: r.choice(["UCSB-B200-M5", "UCSC-C240-M6SX", "UCSB-B480-M5", "UCSX-210C-M7"]),
    "serial": lambda r, ts: "".join(r.choice(string.ascii_uppercase + string.digits) for _ in range(11)),
    "fwver": lambda r, ts: f"{r.randint(3, 4)}.{r.randint(0, 3)}({r.randint(1, 5)}{r.choice('abcde')})",
    "temp": lambda r, ts: str(r.randint(20, 95)),
    "volt": lambda r, ts: f"{r.uniform(0.8, 12.6):.2f}",
    "ucsuser": lambda r, ts: r.choice(["admin", "internal", "ucs-CORP\\jdoe", "ucs-ldap\\netops"]),
    # shared lists
    "iplist": lambda r, ts: list_of(r, lambda: ip4(r), 1, 5, ","),
    "userlist": lambda r, ts: list_of(r, lambda: r.choice(USERS), 1, 4, ", "),
    "wordlist": lambda r, ts: list_of(r, lambda: word(r), 1, 6, ","),
    "empty": lambda r, ts: r.choice(["", "", r.choice(USERS)]),
    "sizeh": lambda r, ts: size_h(r),
}


def flowfile(r, ts):
    n = r.randint(1, 10 ** 6)
    return (f"StandardFlowFileRecord[uuid={uuid(r)},claim=StandardContentClaim [resourceClaim=StandardResourceClaim[id="
            f"{int(ts.timestamp() * 1000) - r.randint(0, 10 ** 7)}-{r.randint(1, 9999)}, container=default, section={r.randint(0, 1023)}], "
            f"offset={r.randint(0, 10 ** 6)}, length={n}],offset=0,name={r.choice(WORDS)}-{r.randint(1, 999)}.{r.choice(['json', 'csv', 'avro'])},size={n}]")


def sysflags(r):
    return " ".join(r.sample(["\\Seen", "\\Answered", "\\Flagged", "\\Draft", "\\Deleted"], r.randint(0, 3)))


EXTRA = {
    "vxid": lambda r, ts: str(r.choice([0, r.randint(1, 10 ** 7)])),
    "vclpath": lambda r, ts: r.choice(["/etc/varnish/default.vcl", "/etc/varnish/prod/main.vcl", "/tmp/reload_vcl.1733552412.vcl"]),
    "banexpr": lambda r, ts: r.choice([f"req.url ~ ^/{r.choice(WORDS)}/", f"obj.http.x-url ~ {r.choice(WORDS)} && obj.http.x-host == www.example.com",
                                       f"obj.http.xkey == product-{r.randint(1, 99999)}", "req.http.host == static.example.net"]),
    "cburl": lambda r, ts: r.choice(["/pools/default/buckets", f"/pools/default/buckets/{r.choice(['orders', 'sessions'])}/stats", "/controller/rebalance",
                                     "/settings/autoFailover", f"/pools/default/serverGroups/{r.randint(0, 9)}"]),
    "cbkeys": lambda r, ts: ",".join(r.sample(["buckets", "nodes_wanted", "server_groups", "{local_changes_count,<<\"" + hexs(r, 32) + "\">>}",
                                               "{node,'ns_1@10.0.1.11',membership}", "cluster_compat_version", "counters"], r.randint(1, 4))),
    "tagexpr": lambda r, ts: r.choice(["*", "TagA || TagB", "order", "TagA || TagB || TagC", "pay_ok"]),
    "tagset": lambda r, ts: ", ".join(r.sample(["TagA", "TagB", "TagC", "order", "pay_ok"], r.randint(0, 3))),
    "intlist": lambda r, ts: ", ".join(str(r.randint(-2 ** 31, 2 ** 31)) for _ in range(r.randint(0, 3))),
    "jexc": lambda r, ts: r.choice(["java.io.IOException: Connection reset by peer", "io.netty.handler.codec.DecoderException: java.lang.IllegalArgumentException: illegal length field",
                                    "java.io.IOException: Broken pipe", "io.netty.handler.codec.TooLongFrameException: Adjusted frame length exceeds 16777216: 1347375956 - discarded"]),
    "tkmsg": lambda r, ts: r.choice(["All Steps have completed executing", "Not all Steps in the Task have finished executing",
                                     "build-step exited with code 1", "TaskRun build-xyz failed to finish within 1h0m0s",
                                     f"Tasks Completed: {r.randint(1, 9)} (Failed: {r.randint(0, 3)}, Cancelled 0), Skipped: {r.randint(0, 4)}", ""]),
    "k8suser": lambda r, ts: r.choice(["system:serviceaccount:tekton-pipelines:tekton-pipelines-controller", "kubernetes-admin", "oidc:alice@example.com"]),
    "octourl": lambda r, ts: r.choice([f"https://octopus.corp.example.net/api/Spaces-{r.randint(1, 9)}/tasks?skip={r.randint(0, 90)}&take=30",
                                       f"https://octopus.corp.example.net/api/Spaces-1/projects/Projects-{r.randint(1, 999)}/releases",
                                       f"http://localhost:8065/api/Spaces-1/deployments/Deployments-{r.randint(1, 99999)}", "https://octopus.corp.example.net/api/serverstatus/health"]),
    "timespan": lambda r, ts: f"{r.randint(0, 2):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}.{r.randint(0, 9999999):07d}",
    "octoerr": lambda r, ts: r.choice(["The step failed: Activity Deploy web app on web01 failed with error 'The remote script failed with exit code 1'.",
                                       "Octopus.Server.Orchestration.ServerTasks.Deploy.DeploymentTargetsMissingException: The following deployment targets are offline: web03",
                                       "Package Payments.Api 2.4.1 could not be found in feed Octopus Server (built-in)",
                                       "Task was canceled because a newer deployment was queued"]),
    "winerr": lambda r, ts: r.choice(["No connection could be made because the target machine actively refused it. 10061",
                                      "A connection attempt failed because the connected party did not properly respond after a period of time, or established connection failed because connected host has failed to respond.",
                                      "The remote certificate is invalid according to the validation procedure.", "No such host is known."]),
    "isodate": lambda r, ts: f"{ts.year}-{r.randint(1, 11):02d}-{r.randint(1, 28):02d} {r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}",
    "drbdflags": lambda r, ts: " ".join(["TRIM"] + r.sample(["THIN_RESYNC", "WRITE_SAME", "WRITE_ZEROES", "RESYNC_DAGTAG"], r.randint(0, 4))),
    "mgmt": lambda r, ts: r.choice(["mgmt-hq..7x2k4q", "cp-sms..abcdef", "smart1-cloud..9zq1"]),
    "cpprops": lambda r, ts: ", ".join(r.sample(["High Bandwidth", "Supports File Transfer", "Share links", "Instant Chat", "Media Sharing", "Anonymizer"], r.randint(1, 4))),
    "hexid": lambda r, ts: f"{r.randint(1000000, 9999999)}",
    "ikeids": lambda r, ts: f"{hexs(r, 16)}-{hexs(r, 16)}",
    "adgroups": lambda r, ts: ";".join(r.sample(["Domain Users", "VPN Users", "Finance", "IT Ops", "All Staff (EU)"], r.randint(1, 4))),
    "adgroupsn": lambda r, ts: ", ".join(r.sample(["nifi-admins", "data-eng", "readers", "ops"], r.randint(0, 3))),
    "cpfile": lambda r, ts: r.choice(["invoice_2026-12.exe", "Q4 report.docx", "setup.zip", "scan0001.pdf", "payment advice.pdf.exe"]),
    "dnslist": lambda r, ts: ", ".join(r.sample(["8.8.8.8", "8.8.4.4", "1.1.1.1", "10.0.0.53", "208.67.222.222"], r.randint(1, 3))),
    "flowfile": flowfile,
    "javadate": lambda r, ts: (ts - datetime.timedelta(milliseconds=r.randint(0, 5000))).strftime("%Y-%m-%d %H:%M:%S,") + f"{r.randint(0, 999):03d}",
    "nifiident": lambda r, ts: r.choice([f"<{r.choice(USERS)}><CN=nifi-node-{r.randint(1, 3)}, OU=NIFI>", f"<{r.choice(USERS)}>", "<anonymous>",
                                         f"<CN={r.choice(USERS)}, OU=Users, O=Example>"]),
    "nifires": lambda r, ts: r.choice(["Processor with ID " + uuid(r), "the user interface", "Process Group with ID " + uuid(r), "the controller", "Provenance Events"]),
    "kafkaoffsets": lambda r, ts: "{" + ", ".join(f"{r.choice(TOPICS)}-{r.randint(0, 11)}=OffsetAndMetadata{{offset={r.randint(0, 10 ** 7)}, leaderEpoch=null, metadata=''}}" for _ in range(r.randint(1, 3))) + "}",
    "sysflags": lambda r, ts: sysflags(r),
    "isesteps": lambda r, ts: ", ".join(f"Step={s}" for s in sorted(r.sample(["11001", "11017", "15049", "15008", "15048", "11507", "12500", "12625", "11018", "12301", "24210", "22037", "24715", "15036", "11002"], r.randint(3, 9)))),
    "oui": lambda r, ts: r.choice(["Apple, Inc.", "Cisco Systems, Inc", "Dell Inc.", "Hewlett Packard", "Intel Corporate", "Samsung Electronics Co.,Ltd"]),
    "epprops": lambda r, ts: r.choice([f"StaticAssignment=false\\,PostureApplicable=Yes\\,BYODRegistration=Unknown\\,EndPointPolicyID={uuid(r)}",
                                       f"LastNmapScanTime={r.randint(0, 10 ** 12)}\\,OUI=Cisco Systems\\, Inc", "IdentityGroupID=" + uuid(r)]),
    "iseops": lambda r, ts: "Counters=" + ";".join(f"{k}:{r.randint(0, 99999)}" for k in r.sample(["RadiusRequest", "Passed", "Failed", "Dropped", "Accounting", "CoA"], r.randint(2, 6))),
    "0x16": lambda r, ts: "0x" + f"{r.randint(0, 2 ** 32):016x}",
    "cfgstr": lambda r, ts: r.choice(["080027" + hexs(r, 6, True), "win11-test", "/home/alice/VirtualBox VMs/win11-test/win11-test.vdi", "VDI", "VMDK", "Ubuntu 24.04 Desktop"]),
    "vbsrc": lambda r, ts: r.choice(["/home/vbox/src/VBox/Main/src-client/ConsoleImpl.cpp", "/home/vbox/src/VBox/Devices/Storage/DrvVD.cpp",
                                     "/home/vbox/src/VBox/VMM/VMMR3/NEMR3Native-linux.cpp"]),
    "vbfunc": lambda r, ts: r.choice(["int drvvdConstruct(PPDMDRVINS, PCFGMNODE, uint32_t)", "virtual int Console::i_configConstructorInner(PUVM, PVM, PCVMMR3VTABLE, AutoWriteLock*)",
                                      "nemR3NativeInit"]),
    "svcprof": lambda r, ts: f"org-root/org-{r.choice(['Prod', 'Dev', 'VDI'])}/ls-{r.choice(['esx', 'sql', 'vdi'])}{r.randint(1, 40):02d}",
    "svcname": lambda r, ts: f"{r.choice(['esx', 'sql', 'vdi', 'ESXi-Host-'])}{r.randint(1, 40):02d}",
    "ucsqual": lambda r, ts: r.choice(["insufficient-resources", "compute-unavailable,insufficient-resources", "connection-placement", "vnic-capacity,connection-placement,compute-unavailable"]),
    "ucsremote": lambda r, ts: r.choice(["ucs-CORP\\jdoe", "ucs-ldap\\netops", "ucs-RADIUS\\alice"]),
    "ucsmods": lambda r, ts: r.choice(["assoc-state", "desc", "usr-lbl", "assoc-state,config-state", "descr,usr-lbl,policy-owner"]),
}
KINDS.update(EXTRA)
