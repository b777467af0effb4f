"""Value shapes for make-unseen4.py. draw(r, spec, ts) returns one value for a slot spec:
  =a|b|c       one of the words (a single =word is a fixed value that is still a value in the truth)
  n:LO-HI      an integer in [LO, HI]
  f:LO~HI:D    a decimal with D places
  any name below (ip, port, hex8, uuid, host, user, path, dur_ms, iso ...)
"""
import datetime
import string

B62 = string.ascii_letters + string.digits
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]


def _hex(r, n, upper=False):
    s = "".join(r.choice("0123456789abcdef") for _ in range(n))
    return s.upper() if upper else s


def _ip(r):
    a = r.choice([10, 10, 172, 192, 34, 52, 91, 185, 203])
    if a == 192:
        return f"192.168.{r.randint(0, 20)}.{r.randint(1, 254)}"
    if a == 172:
        return f"172.{r.randint(16, 31)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
    return f"{a}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"


def _ip6(r):
    return r.choice(["2001:db8::" + _hex(r, 4).lstrip("0"), "fe80::" + _hex(r, 4) + ":" + _hex(r, 4), "::1",
                     "2a01:4f8:" + _hex(r, 3) + "::" + _hex(r, 2)])


def _host(r):
    return r.choice([
        f"web-{r.randint(1, 12)}.prod.example.com", f"db{r.randint(1, 9):02d}", "mail.example.org", "cache",
        f"ns{r.randint(1, 4)}.corp.local", "gateway", f"app{r.randint(1, 30)}-eu-west", "backup.internal",
        f"k8s-worker-{r.choice('abc')}{r.randint(1, 9)}", "fileserver", f"ip-10-0-{r.randint(0, 9)}-{r.randint(1, 250)}",
        "api.example.net", "ldap.corp.local", f"edge{r.randint(1, 5):02d}.cdn.example.com"])


def _user(r):
    return r.choice(["alice", "bob", "jenkins", "svc_backup", "deploy", "m.garcia", f"user{r.randint(1, 99)}",
                     "oracle", "www-data", "k.nakamura", "admin", "postgres", "ci-runner", "jdoe"])


def _domain(r):
    return r.choice(["example.com", "example.org", "corp.local", "shop.example.net", "mail.example.co.uk",
                     "api.example.io", f"cdn{r.randint(1, 9)}.example.com", "internal.lan", "x.y.example.com"])


def _path(r):
    return r.choice([
        f"/var/lib/app/data/{_hex(r, 6)}.db", f"/home/{_user(r)}/reports/q{r.randint(1, 4)}.csv", "/etc/app/config.yaml",
        f"/srv/www/htdocs/img/{r.randint(100, 999)}.png", f"/tmp/upload-{_hex(r, 8)}", "/opt/tools/bin/run",
        f"/data/export/{r.randint(2020, 2026)}/{r.randint(1, 12):02d}/dump.tar.gz", "/var/log/messages"])


def _dur(r, unit):
    if unit == "ms":
        return f"{r.randint(0, 9999)}ms"
    if unit == "s":
        return f"{r.uniform(0, 60):.{r.choice([1, 2, 3])}f}s"
    if unit == "go":
        return r.choice([f"{r.uniform(0, 999):.3f}ms", f"{r.uniform(0, 59):.6f}s", f"{r.randint(1, 9)}m{r.uniform(0, 59):.1f}s",
                         f"{r.randint(1, 999)}.{r.randint(100, 999)}µs"])
    raise ValueError(unit)


def _date(r, ts, shape):
    d = ts - datetime.timedelta(seconds=r.randint(0, 86400 * 3))
    if shape == "iso":
        return d.strftime("%Y-%m-%dT%H:%M:%S.") + f"{d.microsecond // 1000:03d}Z"
    if shape == "isoz6":
        return d.strftime("%Y-%m-%dT%H:%M:%S.%f") + "+0000"
    if shape == "sql":
        return d.strftime("%Y-%m-%d %H:%M:%S")
    if shape == "sqltz":
        return d.strftime("%Y-%m-%d %H:%M:%S.%f") + "+00:00"
    if shape == "ctime":
        return f"{DAYS[d.weekday()]} {MONTHS[d.month - 1]} {d.day:2d} {d.strftime('%H:%M:%S')} {d.year}"
    if shape == "hms":
        return d.strftime("%H:%M:%S")
    if shape == "ymd":
        return d.strftime("%Y-%m-%d")
    if shape == "ciscotime":
        return f"{d.strftime('%H:%M:%S')} UTC {DAYS[d.weekday()]} {MONTHS[d.month - 1]} {d.day} {d.year}"
    if shape == "runid":
        return "scheduled__" + d.strftime("%Y-%m-%dT%H:00:00+00:00")
    raise ValueError(shape)


KINDS = {
    "ip": _ip,
    "ip6": _ip6,
    "port": lambda r: str(r.choice([r.randint(1024, 65535), r.randint(30000, 61000)])),
    "pid": lambda r: str(r.randint(300, 99999)),
    "hex4": lambda r: _hex(r, 4),
    "hex6": lambda r: _hex(r, 6),
    "hex8": lambda r: _hex(r, 8),
    "hex12": lambda r: _hex(r, 12),
    "hex16": lambda r: _hex(r, 16),
    "hex32": lambda r: _hex(r, 32),
    "hex40": lambda r: _hex(r, 40),
    "hex64": lambda r: _hex(r, 64),
    "HEX8": lambda r: _hex(r, 8, True),
    "0xhex": lambda r: "0x" + _hex(r, r.choice([4, 6, 8, 12])),
    "ptr": lambda r: "0x7f" + _hex(r, 10),
    "uuid": lambda r: f"{_hex(r, 8)}-{_hex(r, 4)}-{_hex(r, 4)}-{_hex(r, 4)}-{_hex(r, 12)}",
    "GUID": lambda r: "{" + f"{_hex(r, 8)}-{_hex(r, 4)}-{_hex(r, 4)}-{_hex(r, 4)}-{_hex(r, 12)}".upper() + "}",
    "b62_14": lambda r: "".join(r.choice(B62) for _ in range(14)),
    "host": _host,
    "domain": _domain,
    "user": _user,
    "email": lambda r: f"{_user(r).replace('_', '.')}@{_domain(r)}",
    "path": _path,
    "dur_ms": lambda r: _dur(r, "ms"),
    "dur_s": lambda r: _dur(r, "s"),
    "dur_go": lambda r: _dur(r, "go"),
    "bytes": lambda r: str(r.choice([r.randint(0, 999), r.randint(1000, 99999), r.randint(100000, 99999999)])),
    "mac": lambda r: ":".join(_hex(r, 2) for _ in range(6)),
    "ciscomac": lambda r: ".".join(_hex(r, 4) for _ in range(3)),
}


def draw(r, spec, ts):
    if spec.startswith("="):
        return r.choice(spec[1:].split("|"))
    if spec.startswith("n:"):
        lo, hi = spec[2:].split("-")
        return str(r.randint(int(lo), int(hi)))
    if spec.startswith("f:"):
        rng, places = spec[2:].rsplit(":", 1)
        lo, hi = rng.split("~")
        return f"{r.uniform(float(lo), float(hi)):.{int(places)}f}"
    if spec == "date:slashtime":
        return _slashtime(r, ts)
    if spec.startswith("date:"):
        return _date(r, ts, spec[5:])
    if spec == "n":
        return str(r.randint(0, 99))
    return KINDS[spec](r)


def _relpath(r):
    return r.choice([f"img/{r.randint(100, 999)}.png", "index.html", f"api/v2/items/{r.randint(1, 99999)}",
                     f"static/js/app.{_hex(r, 8)}.js", "favicon.ico", f"downloads/setup-{r.randint(1, 9)}.{r.randint(0, 9)}.exe",
                     f"search?q={r.choice(['shoes', 'red+car', 'a%20b', ''])}", "wp-login.php"])


def _pg(r):
    return f"{r.randint(1, 12)}.{r.choice([_hex(r, 1), _hex(r, 2)]).lstrip('0') or '0'}"


def _hobj(r):
    return f"{r.randint(1, 12)}:{_hex(r, 8)}:::rbd_data.{_hex(r, 12)}.{_hex(r, 16)}:head"


def _idlist(r):
    return ",".join(str(r.randint(0, 23)) for _ in range(r.randint(1, 4)))


def _words(r):
    return r.choice(["Connection refused", "No route to host", "connection reset by peer", "i/o timeout",
                     "context deadline exceeded", "EOF", "broken pipe", "TLS handshake timeout",
                     "certificate has expired or is not yet valid", "no such host"])


KINDS.update({
    "relpath": _relpath,
    "pg": _pg,
    "hobj": _hobj,
    "idlist": _idlist,
    "err": _words,
    "reqid": lambda r: f"client.{r.randint(4100, 99999)}.0:{r.randint(1, 999999)}",
    "epoch": lambda r: str(r.randint(20000, 29999)),
    "osd": lambda r: str(r.randint(0, 23)),
})


def _slashtime(r, ts):
    d = ts - datetime.timedelta(seconds=r.randint(0, 600))
    return d.strftime("%Y/%m/%d-%H:%M:%S.%f")


KINDS.update({
    "dag": lambda r: r.choice(["etl_daily_sales", "ml_feature_refresh", "s3_to_redshift", "hourly_metrics_v2",
                               "cleanup", "dbt_run", "export_partner_feeds", "backfill_2025"]),
    "task": lambda r: r.choice(["extract", "load_to_warehouse", "run_dbt_models", "notify_slack", "wait_for_file",
                                "transform.partition_3", "sensor_s3_key", "train", "validate_schema"]),
    "cname": lambda r: r.choice(["whoami", "db", "redis", "worker", "api"]) + "-" + _hex(r, 12),
    "cname2": lambda r: r.choice(["shop-whoami-1", "shop-worker-2", "billing-api-1", "monitoring-grafana-1",
                                  "shop-worker-1"]),
})
KINDS["urlpath"] = lambda r: "/" + _relpath(r)
KINDS.update({
    "client": lambda r: r.choice(["account-console", "grafana", "security-admin-console", "webshop-frontend",
                                  "cli-tool", "argo-cd", "gitlab"]),
    "member": lambda r: f"keycloak-{r.randint(0, 2)}-{r.randint(10000, 65000)}",
    "members": lambda r: ", ".join(f"keycloak-{i}-{r.randint(10000, 65000)}" for i in range(r.randint(1, 3))),
    "jexc": lambda r: r.choice([
        "java.lang.NullPointerException: Cannot invoke \"org.keycloak.models.UserModel.getId()\" because \"user\" is null",
        "java.lang.IllegalStateException: Session/EntityManager is closed",
        "jakarta.persistence.PersistenceException: org.hibernate.exception.JDBCConnectionException: Unable to acquire JDBC Connection",
        "java.lang.RuntimeException: Could not create authenticator"]),
    "pool": lambda r: r.choice(["tank", "backup", "rpool", "data01"]),
    "vdev": lambda r: r.choice(["/dev/sda1", "/dev/sdb1", "/dev/disk/by-id/ata-WDC_WD40EFRX-68N32N0_WD-WCC7K" + str(r.randint(1000000, 9999999)) + "-part1",
                                "/dev/nvme0n1p3", "/dev/disk/by-id/wwn-0x5000c500" + _hex(r, 8) + "-part1"]),
    "zedlet": lambda r: r.choice(["all-syslog.sh", "history_event-zfs-list-cacher.sh", "scrub_finish-notify.sh",
                                  "statechange-led.sh", "statechange-notify.sh", "resilver_finish-start-scrub.sh",
                                  "data-notify.sh", "zed-functions.sh"]),
    "ms13": lambda r: str(r.randint(1759000000000, 1759999999999)),
    "ulid": lambda r: "01J" + "".join(r.choice("0123456789ABCDEFGHJKMNPQRSTVWXYZ") for _ in range(23)),
    "ulids": lambda r: " ".join("01J" + "".join(r.choice("0123456789ABCDEFGHJKMNPQRSTVWXYZ") for _ in range(23))
                                for _ in range(r.randint(2, 3))),
    "job": lambda r: r.choice(["node", "kubernetes-pods", "blackbox-http", "cadvisor", "postgres-exporter", "app"]),
    "group": lambda r: r.choice(["node.rules", "kube-apiserver-availability.rules", "app-alerts", "slo:checkout"]),
    "hex10": lambda r: _hex(r, 10),
    "chunk": lambda r: f"{r.randint(1, 9)}-{r.randint(1759000000, 1759999999)}.{r.randint(100000000, 999999999)}.flb",
    "containerlog": lambda r: "/var/log/containers/" + r.choice(["api", "web", "coredns", "fluent-bit", "worker"]) + "-" + _hex(r, 10)
    + "-" + "".join(r.choice(string.ascii_lowercase + string.digits) for _ in range(5)) + "_" + r.choice(["default", "kube-system", "prod"])
    + "_" + r.choice(["api", "web", "coredns", "fluent-bit"]) + "-" + _hex(r, 64) + ".log",
    "cronuser": lambda r: r.choice(["root", "www-data", "backup", "alice", "nextcloud"]),
    "cronuid": lambda r: str(r.choice([0, 33, 34, 1000, 1001])),
    "croncmd": lambda r: r.choice([
        "   cd / && run-parts --report /etc/cron.hourly", "command -v debian-sa1 > /dev/null && debian-sa1 1 1",
        "/usr/local/bin/backup.sh --full >> /var/log/backup.log 2>&1",
        "[ -x /usr/lib/php/sessionclean ] && if [ ! -d /run/systemd/system ]; then /usr/lib/php/sessionclean; fi",
        "php -f /var/www/nextcloud/cron.php", "test -x /usr/sbin/anacron || ( cd / && run-parts --report /etc/cron.daily )",
        "/usr/bin/certbot -q renew", "/usr/lib/sysstat/sa1 1 1", "flock -n /tmp/sync.lock rsync -a /srv/ backup:/srv/"]),
    "cronjob": lambda r: r.choice(["cron.daily", "cron.weekly", "cron.monthly"]),
})
KINDS["dur_zfs"] = lambda r: f"{r.uniform(0, 0.5):.6f}s"
KINDS.update({
    "ext": lambda r: str(r.choice([100, 101, 102, 200, 201, 305, 4001, 7000])),
    "chan": lambda r: f"PJSIP/{r.choice(['100', '101', '200', '305', 'trunk-out', 'siptrunk_a'])}-{_hex(r, 8)}",
    "ctx": lambda r: r.choice(["from-internal", "from-trunk", "default", "ivr-main", "macro-dial-one"]),
    "ciscoif": lambda r: r.choice([f"GigabitEthernet0/{r.randint(0, 24)}", f"GigabitEthernet1/0/{r.randint(1, 48)}",
                                   f"TenGigabitEthernet1/1/{r.randint(1, 4)}", f"Vlan{r.randint(1, 400)}", "Port-channel1",
                                   f"FastEthernet0/{r.randint(1, 24)}", "Tunnel0", "Loopback0"]),
    "ciscoshort": lambda r: r.choice([f"Gi0/{r.randint(1, 24)}", f"Gi1/0/{r.randint(1, 48)}", f"Fa0/{r.randint(1, 24)}"]),
    "proto": lambda r: r.choice(["tcp", "udp", "icmp"]),
    "vertex": lambda r: r.choice(["Source: orders-kafka -> Filter -> Map", "Window(TumblingEventTimeWindows(60000), EventTimeTrigger, AggFn)",
                                  "Sink: Writer -> Sink: Committer", "Source: clicks", "KeyedProcess -> Sink: jdbc-sink",
                                  "Join(joinType=[InnerJoin], where=[(id = id0)])"]),
    "jobname": lambda r: r.choice(["orders-enrichment", "click-sessionizer", "fraud-scoring v2", "CDC pipeline"]),
    "tm": lambda r: f"{_ip(r)}:{r.randint(30000, 60000)}-{_hex(r, 6)}",
    "qid": lambda r: "".join(r.choice(B62) for _ in range(8)) + f"{r.randint(0, 999999):06d}",
    "fpmpool": lambda r: r.choice(["www", "api", "nextcloud", "shop"]),
    "script": lambda r: r.choice(["/var/www/html/index.php", "/var/www/nextcloud/cron.php", "/srv/shop/public/index.php",
                                  "/var/www/html/wp-admin/admin-ajax.php"]),
    "spthread": lambda r: r.choice([f"nio-8080-exec-{r.randint(1, 10)}", "main", f"scheduling-{r.randint(1, 3)}",
                                    f"task-{r.randint(1, 20)}", "SpringApplicationShutdownHook", "HikariPool-1 housekeeper"]),
    "svcname": lambda r: r.choice(["Windows Update", "Background Intelligent Transfer Service", "Print Spooler",
                                   "WinHTTP Web Proxy Auto-Discovery Service", "Windows Modules Installer", "Microsoft Defender Antivirus Service",
                                   "Volume Shadow Copy", "Software Protection", "Delivery Optimization"]),
    "kb": lambda r: f"KB{r.randint(5020000, 5049999)}",
    "winhost": lambda r: r.choice(["WKS-0142", "SRV-FILE01", "DESKTOP-7QJ2K9L", "DC02", "LAPTOP-ANNA"]),
    "exe": lambda r: r.choice(["chrome.exe", "OUTLOOK.EXE", "svchost.exe_BITS", "java.exe", "TeamViewer_Service.exe", "w3wp.exe"]),
    "winver": lambda r: f"{r.randint(1, 130)}.{r.randint(0, 9)}.{r.randint(0, 30000)}.{r.randint(0, 9999)}",
})
KINDS.update({
    "attemptid": lambda r: f"{_hex(r, 32)}_{_hex(r, 32)}_{r.randint(0, 7)}_{r.randint(0, 3)}",
    "vertexid": lambda r: f"{_hex(r, 32)}_{r.randint(0, 7)}",
    "tmreason": lambda r: r.choice(["The TaskExecutor is shutting down.",
                                    f"Heartbeat of TaskManager with id {_ip(r)}:{r.randint(30000, 60000)}-{_hex(r, 6)} timed out.",
                                    "TaskExecutor lost leadership.", "Connection to the TaskExecutor was lost."]),
    "addr": lambda r: r.choice(["<>", f"<{_user(r).replace('_', '.')}@{_domain(r)}>", "<MAILER-DAEMON>", f"<bounce-{r.randint(1000, 99999)}@{_domain(r)}>"]),
    "msgid": lambda r: f"<{r.randint(202610010000, 202610319999)}.{_hex(r, 8).upper()}@{_domain(r)}>",
    "hms": lambda r: f"{r.choice(['00', '00', '01', '1+02'])}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}",
    "smstat": lambda r: r.choice([f"Ok: queued as {_hex(r, 10).upper()}", f"{''.join(r.choice(B62) for _ in range(14))} Message accepted for delivery",
                                  f"OK id=1q{''.join(r.choice(B62) for _ in range(4))}-000{r.randint(100, 999)}-Ab", "Ok"]),
    "fpmerr": lambda r: r.choice([
        "NOTICE: PHP message: PHP Warning:  Undefined variable $user in /var/www/html/index.php on line " + str(r.randint(1, 400)),
        "NOTICE: PHP message: PHP Fatal error:  Allowed memory size of 134217728 bytes exhausted (tried to allocate 20480 bytes) in /srv/shop/vendor/x.php on line 88",
        "NOTICE: PHP message: PHP Deprecated:  strlen(): Passing null to parameter #1 ($string) of type string is deprecated",
        "Cannot connect to database"]),
    "ms30": lambda r: f"{r.randint(30000, 30100)}ms",
    "sexc": lambda r: r.choice([
        "java.lang.NullPointerException: Cannot invoke \"com.example.shop.Cart.getItems()\" because \"cart\" is null",
        "org.springframework.dao.DataIntegrityViolationException: could not execute statement",
        "java.lang.IllegalArgumentException: No enum constant com.example.shop.Status.SHIPPED_",
        "org.springframework.orm.ObjectOptimisticLockingFailureException: Row was updated or deleted by another transaction"]),
    "isowin": lambda r: f"2026-10-{r.randint(10, 13)}T{r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}.{r.randint(0, 999999999):09d}Z",
    "macdash": lambda r: "-".join(_hex(r, 2).upper() for _ in range(6)),
    "sipfrom": lambda r: r.choice([f"\"{r.randint(100, 999)}\" <sip:{r.randint(100, 999)}@{_ip(r)}>", f"<sip:{r.choice(['admin', '100', 'test', '1001'])}@{_ip(r)}>",
                                   f"\"sipvicious\" <sip:{r.randint(100, 9999)}@{_ip(r)}:5060>"]),
    "dialarg": lambda r: r.choice([f"PJSIP/{r.randint(100, 305)},30,tT", "", "custom/welcome", "CALLERID(name)=Reception", f"{r.randint(100, 305)}@default,u",
                                   "PJSIP/${EXTEN}@siptrunk_a,60"]),
})
KINDS.update({
    "pgpool": lambda r: str(r.randint(1, 12)),
    "pgseed": lambda r: _hex(r, r.choice([1, 2])).lstrip("0") or "0",
    "kcuser": lambda r: r.choice(["null", f"{_hex(r, 8)}-{_hex(r, 4)}-{_hex(r, 4)}-{_hex(r, 4)}-{_hex(r, 12)}"]),
    "zclass": lambda r: r.choices(["history_event", "config_sync", "scrub_start", "scrub_finish", "resilver_start",
                                   "resilver_finish", "trim_start", "trim_finish", "pool_import"],
                                  [40, 12, 8, 6, 3, 5, 4, 3, 2])[0],
    "chanres": lambda r: r.choice(["100", "101", "200", "305", "trunk-out", "siptrunk_a"]),
})
