"""Value shapes for the fifth blind mining set (make-unseen5.py). draw(r, spec, ts) returns one value for a `{spec}` slot.

A spec is a kind name (below), `=a|b|c` (a word that takes one of a few values), or `kind?` (the value is empty on
about one line in five: an empty field as real logs print it).
"""
import datetime
import string

B62 = string.ascii_letters + string.digits
HEXD = "0123456789abcdef"
USERS = ["alice", "bob", "carol", "dave", "jdoe2", "svc-backup", "deploy", "mkowalski", "ops01", "root", "www-data",
         "priya.n", "t.nguyen", "admin", "ci-runner", "hana", "li_wei", "oracle", "postgres", "k8s-node7"]
HOSTS = ["db01", "web-3", "cache-a", "node17", "app-7f", "lb2", "kvm04", "ingest", "worker-12", "mq1", "gw",
         "build-agent-5", "ap-lobby", "storage3b", "edge"]
DOMAINS = ["example.com", "corp.example.net", "int.acme.io", "lan", "prod.internal"]
ERRORS = ["connection refused", "connection reset by peer", "i/o timeout", "no such file or directory",
          "context deadline exceeded", "permission denied", "broken pipe", "no route to host", "EOF",
          "too many open files", "certificate has expired or is not yet valid", "network is unreachable",
          "resource temporarily unavailable", "name resolution failed", "operation not permitted"]
JEXC = ["java.io.IOException: Connection reset by peer", "java.net.SocketTimeoutException: Read timed out",
        "java.lang.IllegalStateException: Not started", "org.apache.zookeeper.KeeperException$SessionExpiredException: "
        "KeeperErrorCode = Session expired", "java.util.concurrent.TimeoutException", "java.io.EOFException",
        "java.lang.OutOfMemoryError: Java heap space", "javax.jms.JMSException: Could not connect to broker URL"]
WORDS = ["alpha", "orders", "billing", "events", "metrics", "audit", "inventory", "sessions", "payments", "users",
         "logs", "catalog", "search", "reports", "ledger", "clicks"]
TITLES = ["Nightly backup", "Weekly report generation", "Rotate TLS certs", "DB vacuum", "Cache warmup",
          "Sync LDAP groups", "Cleanup old artifacts", "Reindex search", "Deploy staging", "Smoke tests"]
PATH_DIRS = ["/var/lib", "/srv/data", "/opt/app", "/home", "/tmp", "/var/log", "/etc", "/mnt/nfs", "/data/vol1"]
EXTS = [".log", ".conf", ".db", ".json", ".tar.gz", ".sock", ".pid", ".yaml", "", ".img", ".qcow2"]
REALMS = ["EXAMPLE.COM", "CORP.EXAMPLE.NET", "AD.ACME.IO"]
MACS = "0123456789abcdef"


def _hex(r, n):
    return "".join(r.choice(HEXD) for _ in range(n))


def _b62(r, n):
    return "".join(r.choice(B62) for _ in range(n))


def _ip(r):
    first = r.choice([10, 10, 172, 192, 203, 198, 100, 52, 34])
    if first == 192:
        return f"192.168.{r.randint(0, 255)}.{r.randint(1, 254)}"
    return f"{first}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"


def _host(r):
    return r.choice(HOSTS) if r.random() < 0.5 else f"{r.choice(HOSTS)}.{r.choice(DOMAINS)}"


def _dur(r):
    k = r.random()
    if k < 0.3:
        return f"{r.uniform(0.05, 999):.3f}ms"
    if k < 0.6:
        return f"{r.uniform(0.001, 59):.6f}s".rstrip("0")
    if k < 0.8:
        return f"{r.randint(1, 999)}.{r.randint(0, 999)}µs"
    return f"{r.randint(1, 59)}m{r.randint(0, 59)}.{r.randint(0, 9)}s"


def _path(r):
    depth = r.randint(1, 3)
    parts = [r.choice(WORDS + HOSTS) for _ in range(depth)]
    return r.choice(PATH_DIRS) + "/" + "/".join(parts) + r.choice(EXTS)


def _iso(ts, r, fmt):
    t = ts - datetime.timedelta(seconds=r.randint(0, 86400 * 3))
    return t.strftime(fmt)


def draw(r, spec, ts):
    optional = spec.endswith("?")
    if optional:
        spec = spec[:-1]
        if r.random() < 0.2:
            return ""
    if spec.startswith("="):
        return r.choice(spec[1:].split("|"))
    f = KINDS.get(spec)
    if f is None:
        raise KeyError(f"unknown value kind {spec!r}")
    return f(r, ts)


def expand(r, text, ts):
    """Fills `{kind}` slots of a header field (a component such as `imap(user)<pid><session>`) with drawn values."""
    import re
    return re.sub(r"\{([^{}]+)\}", lambda m: draw(r, m.group(1), ts), text)


KINDS = {
    "ip": lambda r, ts: _ip(r),
    "ip6": lambda r, ts: f"fd00:{_hex(r, 4)}:{r.randint(1, 0xffff):x}::{r.randint(1, 0xfff):x}",
    "port": lambda r, ts: str(r.choice([r.randint(1024, 65535), 443, 80, 22, 5432, 8080, 6379, 9092, 4222])),
    "eport": lambda r, ts: str(r.randint(32768, 60999)),
    "int": lambda r, ts: str(r.choice([0, 1, 2, 3, r.randint(4, 64)])),
    "num": lambda r, ts: str(int(r.lognormvariate(6, 2.5)) + 1),
    "big": lambda r, ts: str(r.randint(10 ** 8, 10 ** 11)),
    "pid": lambda r, ts: str(r.randint(300, 4194000)),
    "pct": lambda r, ts: f"{r.uniform(0, 100):.{r.choice([0, 1, 2])}f}",
    "float": lambda r, ts: f"{r.uniform(0, 50):.{r.choice([1, 2, 3, 6])}f}",
    "hex8": lambda r, ts: _hex(r, 8),
    "hex12": lambda r, ts: _hex(r, 12),
    "hex16": lambda r, ts: _hex(r, 16),
    "hex32": lambda r, ts: _hex(r, 32),
    "hex40": lambda r, ts: _hex(r, 40),
    "hex64": lambda r, ts: _hex(r, 64),
    "0x": lambda r, ts: f"0x{r.randint(1, 16 ** r.choice([4, 8, 12])):x}",
    "uuid": lambda r, ts: f"{_hex(r, 8)}-{_hex(r, 4)}-{_hex(r, 4)}-{_hex(r, 4)}-{_hex(r, 12)}",
    "UUID": lambda r, ts: f"{_hex(r, 8)}-{_hex(r, 4)}-{_hex(r, 4)}-{_hex(r, 4)}-{_hex(r, 12)}".upper(),
    "b62": lambda r, ts: _b62(r, r.choice([8, 10, 12, 16, 22])),
    "b62_8": lambda r, ts: _b62(r, 8),
    "mac": lambda r, ts: ":".join(_hex(r, 2) for _ in range(6)),
    "macd": lambda r, ts: "-".join(_hex(r, 2) for _ in range(6)).upper(),
    "ms": lambda r, ts: f"{r.randint(0, 9999)}ms",
    "ims": lambda r, ts: f"{r.choice([0, 1, 2, 3, r.randint(4, 64)])}ms",
    "nums": lambda r, ts: f"{int(r.lognormvariate(6, 2.5)) + 1}s",
    "dur": lambda r, ts: _dur(r),
    "secs": lambda r, ts: f"{r.uniform(0, 120):.{r.choice([1, 3, 6])}f}",
    "sizeg": lambda r, ts: f"{r.uniform(0.1, 999):.1f}{r.choice(['K', 'M', 'G'])}",
    "bytes": lambda r, ts: str(r.choice([0, r.randint(1, 100), r.randint(100, 10 ** 7)])),
    "path": lambda r, ts: _path(r),
    "dir": lambda r, ts: r.choice(PATH_DIRS) + "/" + r.choice(WORDS),
    "user": lambda r, ts: r.choice(USERS),
    "user3": lambda r, ts: r.choice(["root", "guest", "test"]),
    "host": lambda r, ts: _host(r),
    "short": lambda r, ts: r.choice(HOSTS),
    "fqdn": lambda r, ts: f"{r.choice(HOSTS)}.{r.choice(DOMAINS)}",
    "realm": lambda r, ts: r.choice(REALMS),
    "princ": lambda r, ts: f"{r.choice(USERS[:10])}@{r.choice(REALMS)}",
    "email": lambda r, ts: f"{r.choice(USERS[:12])}@{r.choice(DOMAINS[:3])}",
    "err": lambda r, ts: r.choice(ERRORS),
    "jexc": lambda r, ts: r.choice(JEXC),
    "word": lambda r, ts: r.choice(WORDS),
    "title": lambda r, ts: r.choice(TITLES),
    "iso": lambda r, ts: _iso(ts, r, "%Y-%m-%dT%H:%M:%SZ"),
    "isoms": lambda r, ts: _iso(ts, r, "%Y-%m-%dT%H:%M:%S.") + f"{r.randint(0, 999):03d}Z",
    "sqldate": lambda r, ts: _iso(ts, r, "%Y-%m-%d %H:%M:%S +0000"),
    "ctime": lambda r, ts: _iso(ts, r, "%a %b ") + f"{int(_iso(ts, r, '%d')):2d}" + _iso(ts, r, " %H:%M:%S %Y"),
    "date": lambda r, ts: _iso(ts, r, "%Y-%m-%d"),
    "epoch": lambda r, ts: str(int(ts.timestamp()) - r.randint(0, 90000)),
    "epochms": lambda r, ts: str(int(ts.timestamp() * 1000) - r.randint(0, 9000000)),
    "ver": lambda r, ts: f"{r.randint(0, 12)}.{r.randint(0, 30)}.{r.randint(0, 40)}",
    "url": lambda r, ts: f"https://{_host(r)}/{r.choice(WORDS)}/{r.randint(1, 9999)}",
    "apipath": lambda r, ts: f"/api/{r.choice(['v1', 'v2'])}/{r.choice(WORDS)}/{r.randint(1, 99999)}",
    "status": lambda r, ts: str(r.choice([200, 200, 200, 201, 204, 301, 302, 304, 400, 401, 403, 404, 500, 502, 503])),
    "method": lambda r, ts: r.choice(["GET", "GET", "GET", "POST", "PUT", "DELETE", "HEAD", "PATCH"]),
    "sha": lambda r, ts: "sha256:" + _hex(r, 64),
    "image": lambda r, ts: f"{r.choice(['docker.io/library', 'registry.example.com/team', 'ghcr.io/acme'])}/"
                           f"{r.choice(WORDS)}:{r.choice(['latest', 'v1.2.3', '3.19', 'stable', '2026.12'])}",
    "pod": lambda r, ts: f"{r.choice(WORDS)}-{_hex(r, 10)[:r.choice([9, 10])]}-{_b62(r, 5).lower()}",
    "table": lambda r, ts: f"{r.choice(['default', 'analytics', 'system', 'prod'])}.{r.choice(WORDS)}",
    "region": lambda r, ts: f"{r.choice(WORDS)},{_hex(r, 4)},{r.randint(10 ** 12, 10 ** 13)}.{_hex(r, 32)}.",
    "vm": lambda r, ts: r.choice(["win2019-ad", "ubuntu22", "build7", "db-replica", "k8s-master-1", "test vm",
                                  "pfsense", "nas"]),
    "resource": lambda r, ts: r.choice(["vip-web", "pgsql", "fs_data", "drbd0", "nginx-clone", "ping", "stonith-ipmi2"]),
    "node": lambda r, ts: r.choice(["node1", "node2", "node3", "pcmk-a", "pcmk-b"]),
    "iface": lambda r, ts: r.choice(["eth0", "eth1", "ens192", "bond0", "br-lan", "vlan100"]),
    "vrrp": lambda r, ts: f"VI_{r.randint(1, 9)}",
    "gluster_vol": lambda r, ts: r.choice(["gv0", "data", "home-vol", "vmstore", "backup2"]),
    "brick": lambda r, ts: f"{r.choice(HOSTS)}:/bricks/{r.choice(['b1', 'brick2', 'data'])}/{r.choice(['gv0', 'data'])}",
    "jid": lambda r, ts: ts.strftime("%Y%m%d%H%M%S") + f"{r.randint(0, 999999):06d}",
    "minion": lambda r, ts: r.choice(HOSTS) + r.choice(["", ".example.com"]),
    "saltfun": lambda r, ts: r.choice(["state.apply", "test.ping", "cmd.run", "pkg.upgrade", "grains.items",
                                       "state.highstate", "saltutil.sync_all"]),
    "sid": lambda r, ts: _b62(r, 16),
    "qid": lambda r, ts: f"{r.choice(WORDS)[:4]}-{_hex(r, 8)}-{_hex(r, 4)}",
    "rid": lambda r, ts: f"{_hex(r, 8)}-{_hex(r, 4)}-{_hex(r, 4)}-{_hex(r, 4)}-{_hex(r, 12)}",
    "cmd": lambda r, ts: r.choice(["/usr/bin/systemctl restart nginx", "/bin/bash", "/usr/bin/apt-get update",
                                   "/usr/bin/journalctl -u kubelet -n 200", "/usr/sbin/reboot", "/bin/cat /etc/shadow",
                                   "/usr/bin/docker ps -a", "/usr/bin/vim /etc/hosts"]),
    "tty": lambda r, ts: r.choice(["pts/0", "pts/1", "pts/3", "pts/12", "tty1", "unknown"]),
    "ctl": lambda r, ts: r.choice(["Users", "Admin::Dashboard", "Api::V1::Orders", "Sessions", "Reports"]) + "Controller",
    "action": lambda r, ts: r.choice(["index", "show", "create", "update", "destroy"]),
    "rpath": lambda r, ts: r.choice(["/", "/login", "/users/", "/orders/", "/api/v1/orders/", "/reports/"]) +
                           r.choice(["", str(r.randint(1, 99999))]),
    "sql": lambda r, ts: r.choice(["SELECT count() FROM events WHERE day = today()", "INSERT INTO logs FORMAT Native",
                                   "SELECT * FROM system.parts", "OPTIMIZE TABLE metrics FINAL",
                                   "SELECT 1", "ALTER TABLE clicks DELETE WHERE ts < now() - INTERVAL 30 DAY"]),
    "topic": lambda r, ts: r.choice(["orders.created", "metrics.>", "events.*.eu", "_INBOX.", "telemetry"]) +
                           r.choice(["", _b62(r, 6)]),
    "queue": lambda r, ts: r.choice(["orders", "DLQ.orders", "billing.invoices", "ActiveMQ.Advisory.Connection",
                                     "events.audit", "reports"]),
    "client": lambda r, ts: r.choice(["ap-lobby", "wlc-2", "vpn-gw", "switch3", "nas01"]),
    "kv": lambda r, ts: r.choice(["secret/", "kv/", "pki/", "database/", "transit/", "aws/"]),
    "acct": lambda r, ts: r.choice(USERS[:8]),
    "res": lambda r, ts: r.choice(["success", "failed"]),
    "libvirt_err": lambda r, ts: r.choice(["End of file from qemu monitor", "Domain not found",
                                           "Cannot access storage file", "operation failed: domain is already running",
                                           "Timed out during operation: cannot acquire state change lock"]),
    "anonpw": lambda r, ts: r.choice(["mozilla@", "anonymous@", "guest@example.com", "IEUser@", "-wget@"]),
    "json": lambda r, ts: '{"' + r.choice(WORDS) + '":' + str(r.randint(0, 999)) + ',"ok":' +
                          r.choice(["true", "false"]) + "}",
}
