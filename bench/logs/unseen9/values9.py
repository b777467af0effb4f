"""Value shapes of the ninth blind set: draw(r, spec, ts) returns one value of a statement's `{spec}` slot (`{=a|b}` is a word
with a few values, drawn as one of them). Shapes shared by several systems live here; each system module adds its own."""
import datetime

NAMES = ["jdoe", "asmith", "mgarcia", "lwang", "okafor", "root", "admin", "svc_backup", "deploy", "t.nguyen", "pkumar",
         "e.rossi", "hmueller", "jsato", "build", "ci-bot", "b.dubois", "analyst7", "sre-oncall"]
WORDS = ["orders", "payments", "inventory", "users", "billing", "search", "catalog", "audit", "reports", "ledger", "shipping",
         "events", "metrics", "sessions", "notify", "archive", "pricing", "fraud", "loyalty", "media"]
DOMAINS = ["example.com", "corp.example.net", "prod.acme.io", "lan", "int.contoso.org", "eu-central-1.compute.internal"]
MAIL = ["example.com", "corp.example.net", "gmail.com", "outlook.com", "acme.io", "uni.example.edu"]
HEX = "0123456789abcdef"
B32 = "0123456789ABCDEFGHIJKLMNOPQRSTUV"
ALNUM = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
NET_ERRORS = ["connection refused", "connection reset by peer", "i/o timeout", "no route to host", "broken pipe",
              "network is unreachable", "TLS handshake timeout", "EOF"]


def hexs(r, n, upper=False):
    s = "".join(r.choice(HEX) for _ in range(n))
    return s.upper() if upper else s


def uuid(r, upper=False):
    s = f"{hexs(r, 8)}-{hexs(r, 4)}-4{hexs(r, 3)}-{r.choice('89ab')}{hexs(r, 3)}-{hexs(r, 12)}"
    return s.upper() if upper else s


def ip(r):
    return r.choice([f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
                     f"192.168.{r.randint(0, 255)}.{r.randint(1, 254)}",
                     f"172.{r.randint(16, 31)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
                     f"{r.choice([203, 198, 45, 81, 151])}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"])


def ip6(r):
    groups = [f"{r.randint(0, 0xffff):x}" for _ in range(r.randint(2, 4))]
    return r.choice(["2001:db8:", "fd00:", "2a01:4f8:"]) + ":".join(groups) + r.choice(["", "::1"])


def anyip(r):
    return ip6(r) if r.random() < 0.15 else ip(r)


def host(r):
    base = r.choice(["web", "db", "app", "node", "backup", "ci-runner", "mta", "edge", "k8s-worker", "storage", "jump"])
    n = r.randint(1, 40)
    return r.choice([f"{base}{n:02d}.{r.choice(DOMAINS)}", f"{base}-{n}", f"{base}{n:02d}", f"{base}-{r.choice(WORDS)}-{n}.{r.choice(DOMAINS)}"])


def short_host(r):
    return f"{r.choice(['node', 'cn', 'gpu', 'compute', 'hpc'])}{r.randint(1, 128):03d}"


def user(r):
    return r.choice(NAMES) if r.random() < 0.8 else f"{r.choice(['u', 'user', 'x'])}{r.randint(1000, 99999)}"


def email(r):
    return f"{r.choice(NAMES).replace('_', '.')}{r.choice(['', '', str(r.randint(1, 99))])}@{r.choice(MAIL)}"


def dur(r, unit):
    if unit == "ms":
        return f"{r.choice([r.randint(0, 99), r.randint(100, 99999)])}ms"
    if unit == "msf":
        return f"{r.uniform(0, 5000):.4f}ms"
    if unit == "s":
        return f"{r.uniform(0, 120):.3f}s"
    if unit == "go":
        return r.choice([f"{r.uniform(1, 999):.3f}ms", f"{r.uniform(1, 59):.2f}s", f"{r.randint(1, 59)}m{r.randint(0, 59)}s",
                         f"{r.randint(10, 999)}.{r.randint(100, 999)}µs"])
    raise KeyError(unit)


def path(r):
    return r.choice([f"/var/lib/{r.choice(WORDS)}/{r.choice(WORDS)}-{r.randint(1, 999)}.dat",
                     f"/srv/{r.choice(WORDS)}/{r.choice(['current', 'shared', 'releases/' + str(r.randint(20260101, 20261206))])}",
                     f"/home/{r.choice(NAMES)}/{r.choice(['data', 'projects', '.cache'])}/{r.choice(WORDS)}.{r.choice(['csv', 'tar.gz', 'json', 'log'])}",
                     f"/mnt/{r.choice(['nfs', 'backup', 'scratch'])}/{r.choice(WORDS)}/{r.choice(WORDS)}"])


def relpath(r):
    return r.choice([f"{r.choice(WORDS)}/{r.choice(WORDS)}-{r.randint(20260101, 20261206)}.sql.gz",
                     f"{r.choice(WORDS)}/{r.choice(['2026', '2025'])}/{r.randint(1, 12):02d}/{r.choice(WORDS)}.{r.choice(['parquet', 'json', 'csv'])}",
                     f"home/{r.choice(NAMES)}/.bash_history", f"etc/{r.choice(['nginx', 'ssh', 'cron.d'])}/{r.choice(WORDS)}.conf",
                     f"photos/{r.choice(['IMG', 'DSC'])}_{r.randint(1000, 9999)}.JPG", f"{r.choice(WORDS)}/Quarterly Report {r.choice(['Q1', 'Q3'])}.xlsx"])


def when(ts, r, minutes):
    return ts + datetime.timedelta(seconds=r.randint(-60 * minutes, 60 * minutes))


def draw(r, spec, ts):
    if spec.startswith("="):
        return r.choice(spec[1:].split("|"))
    fn = SHAPES.get(spec)
    if fn is None:
        raise KeyError(f"unknown value shape {spec!r}")
    return fn(r, ts)


SHAPES = {
    "int": lambda r, ts: str(r.randint(0, 999)),
    "n": lambda r, ts: str(r.randint(1, 64)),
    "small": lambda r, ts: str(r.randint(0, 9)),
    "big": lambda r, ts: str(r.randint(1000, 99999999)),
    "bytes": lambda r, ts: str(r.choice([r.randint(0, 999), r.randint(1000, 10 ** 10)])),
    "pid": lambda r, ts: str(r.randint(300, 4194303)),
    "pct": lambda r, ts: str(r.randint(0, 100)),
    "secs": lambda r, ts: f"{r.uniform(0, 60):.3f}",
    "ms": lambda r, ts: dur(r, "ms"),
    "msf": lambda r, ts: dur(r, "msf"),
    "s": lambda r, ts: dur(r, "s"),
    "go": lambda r, ts: dur(r, "go"),
    "ip": lambda r, ts: ip(r),
    "ip6": lambda r, ts: ip6(r),
    "anyip": lambda r, ts: anyip(r),
    "port": lambda r, ts: str(r.choice([r.randint(1024, 65535), 443, 80, 8443, 5432])),
    "eport": lambda r, ts: str(r.randint(32768, 60999)),
    "host": lambda r, ts: host(r),
    "shost": lambda r, ts: short_host(r),
    "user": lambda r, ts: user(r),
    "email": lambda r, ts: email(r),
    "word": lambda r, ts: r.choice(WORDS),
    "hex8": lambda r, ts: hexs(r, 8),
    "HEX8": lambda r, ts: hexs(r, 8, True),
    "hex12": lambda r, ts: hexs(r, 12),
    "hex16": lambda r, ts: hexs(r, 16),
    "hex32": lambda r, ts: hexs(r, 32),
    "hex40": lambda r, ts: hexs(r, 40),
    "uuid": lambda r, ts: uuid(r),
    "UUID": lambda r, ts: uuid(r, True),
    "path": lambda r, ts: path(r),
    "relpath": lambda r, ts: relpath(r),
    "neterr": lambda r, ts: r.choice(NET_ERRORS),
    "version": lambda r, ts: f"{r.randint(1, 9)}.{r.randint(0, 30)}.{r.randint(0, 20)}",
    "iso": lambda r, ts: when(ts, r, 600).strftime("%Y-%m-%dT%H:%M:%SZ"),
    "isoms": lambda r, ts: when(ts, r, 60).strftime("%Y-%m-%dT%H:%M:%S.") + f"{r.randint(0, 999):03d}Z",
    "ymdhms": lambda r, ts: when(ts, r, 3000).strftime("%Y-%m-%d %H:%M:%S"),
    "mac": lambda r, ts: ":".join(hexs(r, 2) for _ in range(6)),
    "b62_6": lambda r, ts: "".join(r.choice(ALNUM) for _ in range(6)),
    "word_or_empty": lambda r, ts: r.choice(["", "", r.choice(WORDS)]),
}
