"""Value shapes of the eleventh blind set: draw(r, spec, ts) returns one value of a statement slot (`{=a|b}` is a word
with a few values, drawn as one of them; any other spec names a shape of SHAPES). Shapes used by one system only are
added to SHAPES by that system's module."""
import datetime

NAMES = ["jdoe", "asmith", "mgarcia", "lwang", "okafor", "root", "admin", "svc_deploy", "p.novak", "kfischer", "tnguyen",
         "r.silva", "dkim", "backup", "jenkins", "m.rossi", "ahmed.k", "sysadmin", "ops-bot", "ljohansson"]
WORDS = ["orders", "payments", "ledger", "profile", "cart", "shipping", "auth", "reports", "media", "catalog", "audit",
         "invoices", "tickets", "feeds", "geo", "rewards", "quotes", "stock"]
DOMAINS = ["example.com", "corp.example.org", "prod.acme.io", "lan", "eu-west.internal", "contoso.local"]
MAIL = ["example.com", "corp.example.org", "gmail.com", "yahoo.co.uk", "acme.io", "mail.ru"]
HEX = "0123456789abcdef"
ALNUM = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
COUNTRIES = ["United States", "Germany", "Netherlands", "Korea, Republic of", "Russian Federation", "Brazil",
             "United Kingdom", "China", "10.0.0.0-10.255.255.255", "France"]
NET_ERRORS = ["connection refused", "connection reset by peer", "i/o timeout", "no route to host", "broken pipe",
              "network is unreachable", "TLS handshake timeout", "context deadline exceeded", "EOF"]


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
                     f"{r.choice([203, 198, 45, 91, 185, 62])}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"])


def ip6(r):
    groups = [f"{r.randint(0, 0xffff):x}" for _ in range(r.randint(2, 5))]
    return r.choice(["2001:db8:", "fd12:3456:", "2a02:6b8:", "fe80::"]) + ":".join(groups) + r.choice(["", "", "::1"])


def anyip(r):
    return ip6(r) if r.random() < 0.2 else ip(r)


def host(r):
    base = r.choice(["web", "db", "app", "api", "cache", "build-agent", "mx", "files", "edge", "k8s-worker"])
    n = r.randint(1, 60)
    return r.choice([f"{base}{n:02d}.{r.choice(DOMAINS)}", f"{base}-{n}", f"{base}{n}", f"{base}-{n}.{r.choice(DOMAINS)}"])


def user(r):
    return r.choice(NAMES) if r.random() < 0.8 else f"{r.choice(['u', 'usr', 'x'])}{r.randint(100, 99999)}"


def email(r):
    return f"{r.choice(NAMES).replace('_', '.')}{r.choice(['', '', str(r.randint(1, 99))])}@{r.choice(MAIL)}"


def when(ts, r, minutes):
    return ts + datetime.timedelta(seconds=r.randint(-60 * minutes, 60 * minutes))


def path(r):
    return r.choice([f"/var/lib/{r.choice(WORDS)}/{r.choice(WORDS)}-{r.randint(1, 999)}.db",
                     f"/opt/{r.choice(WORDS)}/releases/{r.randint(20260101, 20261206)}",
                     f"/home/{r.choice(NAMES)}/{r.choice(['work', 'My Documents', '.local/share'])}/{r.choice(WORDS)}.{r.choice(['xlsx', 'tgz', 'json'])}",
                     f"/mnt/{r.choice(['nfs', 'scratch', 'gpfs'])}/{r.choice(WORDS)}/{r.choice(WORDS)}"])


def dur(r, unit):
    if unit == "ms":
        return f"{r.choice([r.randint(0, 99), r.randint(100, 99999)])}ms"
    if unit == "s":
        return f"{r.uniform(0, 300):.3f}s"
    if unit == "go":
        return r.choice([f"{r.uniform(1, 999):.4f}ms", f"{r.uniform(1, 59):.6f}s", f"{r.randint(1, 59)}m{r.randint(0, 59)}.{r.randint(0, 999)}s",
                         f"{r.randint(10, 999)}.{r.randint(100, 999)}µs"])
    raise KeyError(unit)


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
    "float": lambda r, ts: f"{r.uniform(0, 100):.{r.randint(1, 3)}f}",
    "ms": lambda r, ts: dur(r, "ms"),
    "s": lambda r, ts: dur(r, "s"),
    "go": lambda r, ts: dur(r, "go"),
    "ip": lambda r, ts: ip(r),
    "ip6": lambda r, ts: ip6(r),
    "anyip": lambda r, ts: anyip(r),
    "port": lambda r, ts: str(r.choice([r.randint(1024, 65535), 443, 80, 8443, 22])),
    "eport": lambda r, ts: str(r.randint(32768, 60999)),
    "host": lambda r, ts: host(r),
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
    "neterr": lambda r, ts: r.choice(NET_ERRORS),
    "version": lambda r, ts: f"{r.randint(1, 9)}.{r.randint(0, 30)}.{r.randint(0, 20)}",
    "iso": lambda r, ts: when(ts, r, 600).strftime("%Y-%m-%dT%H:%M:%SZ"),
    "isooff": lambda r, ts: when(ts, r, 600).strftime("%Y-%m-%dT%H:%M:%S") + r.choice(["+00:00", "-05:00", "+01:00"]),
    "ymdhms": lambda r, ts: when(ts, r, 3000).strftime("%Y-%m-%d %H:%M:%S"),
    "ctime": lambda r, ts: when(ts, r, 3000).strftime("%a %b ") + f"{when(ts, r, 0).day:2d}" + when(ts, r, 3000).strftime(" %H:%M:%S %Y"),
    "mac": lambda r, ts: ":".join(hexs(r, 2) for _ in range(6)),
    "country": lambda r, ts: r.choice(COUNTRIES),
    "b62_8": lambda r, ts: "".join(r.choice(ALNUM) for _ in range(8)),
    "empty_or_word": lambda r, ts: r.choice(["", "", r.choice(WORDS)]),
}
