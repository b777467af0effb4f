"""Value shapes of the fourteenth blind set: draw(r, spec, ts) returns one value of a statement's `{spec}` slot (`{=a|b}` is a
word with a few values, drawn as one of them). Shapes shared by several systems live here; each system module adds its own
to SHAPES."""
import datetime

NAMES = ["jdoe", "asmith", "mgarcia", "lwang", "okafor", "svc_deploy", "admin", "t.nguyen", "pkumar", "e.rossi", "bob",
         "k8s-reader", "ci_bot2", "USERID", "helpdesk01", "maria.lopez"]
DOMAINS = ["example.com", "corp.example.net", "acme.io", "mail.example.org", "eu.acme-shop.de"]
WORDS = ["orders", "billing", "inventory", "payments", "auth", "search", "reports", "catalog", "users", "events"]
ERRORS = ["connection refused", "connection reset by peer", "i/o timeout", "no route to host", "context deadline exceeded",
          "broken pipe", "TLS handshake timeout", "EOF", "permission denied", "no such host",
          "too many open files", "certificate has expired or is not yet valid"]


def hexs(r, n, upper=False):
    s = "".join(r.choice("0123456789abcdef") for _ in range(n))
    return s.upper() if upper else s


def uuid(r):
    return f"{hexs(r, 8)}-{hexs(r, 4)}-4{hexs(r, 3)}-{r.choice('89ab')}{hexs(r, 3)}-{hexs(r, 12)}"


def ip(r):
    return r.choice([f"10.{r.randint(0, 40)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
                     f"192.168.{r.randint(0, 20)}.{r.randint(1, 254)}",
                     f"172.{r.randint(16, 31)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
                     f"{r.randint(23, 203)}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"])


def ip6(r):
    return r.choice([f"2001:db8:{hexs(r, 4)}::{hexs(r, r.randint(1, 4))}", f"fd00:{hexs(r, 2)}::{r.randint(1, 99)}",
                     f"fe80::{hexs(r, 4)}:{hexs(r, 2)}ff:fe{hexs(r, 2)}:{hexs(r, 4)}"])


def host(r):
    return r.choice([f"{r.choice(WORDS)}-{r.randint(1, 30):02d}.{r.choice(DOMAINS)}", f"node{r.randint(1, 64)}",
                     f"ip-10-{r.randint(0, 40)}-{r.randint(0, 255)}-{r.randint(1, 254)}.ec2.internal",
                     f"{r.choice(WORDS)}{r.randint(1, 9)}", f"db-{r.choice(['primary', 'replica'])}-{r.randint(0, 3)}"])


def user(r):
    return r.choice(NAMES)


def email(r):
    return f"{r.choice(NAMES).lower()}@{r.choice(DOMAINS)}"


def mac(r, sep=":"):
    return sep.join(hexs(r, 2) for _ in range(6))


def godur(r):
    return r.choice([f"{r.randint(1, 999)}ms", f"{r.uniform(0.1, 59):.3f}s", f"{r.randint(1, 59)}m{r.randint(0, 59)}s",
                     f"{r.uniform(1, 999):.4f}ms", f"{r.randint(10, 999)}.{r.randint(0, 999)}µs", f"{r.randint(1, 9)}s"])


def size(r):
    return r.choice([f"{r.uniform(0.1, 999):.1f}{u}" for u in ("KB", "MB", "GB")] + [f"{r.randint(1, 999)}{u}" for u in ("KiB", "MiB", "GiB")])


def path(r):
    return r.choice([f"/var/lib/{r.choice(WORDS)}/{hexs(r, 8)}.dat", f"/etc/{r.choice(WORDS)}/config.yaml",
                     f"/srv/{r.choice(WORDS)}/releases/{r.randint(100, 999)}/app.js", f"/tmp/{r.choice(WORDS)}-{r.randint(1, 9999)}",
                     f"/home/{r.choice(NAMES)}/My Documents/export {r.randint(1, 9)}.csv", f"/data/{r.choice(WORDS)}"])


def winpath(r):
    return r.choice([f"E:\\Backups\\{r.choice(WORDS)}\\{r.choice(WORDS)}D{ts_tag(r)}.vbk", f"C:\\ProgramData\\Veeam\\Backup\\{r.choice(WORDS)}.log",
                     f"\\\\nas01\\repo\\{r.choice(WORDS)} weekly\\{r.choice(WORDS)}.vib"])


def ts_tag(r):
    return f"2026-12-{r.randint(1, 7):02d}T{r.randint(0, 23):02d}{r.randint(0, 59):02d}{r.randint(0, 59):02d}"


def uri(r):
    w = r.choice(WORDS)
    return r.choice([f"/api/v1/{w}/{r.randint(1, 99999)}", f"/api/v1/{w}?page={r.randint(1, 40)}&limit={r.choice([10, 50, 100])}",
                     f"/{w}/", "/healthz", "/metrics", f"/static/js/main.{hexs(r, 8)}.js", f"/api/v2/{w}/{uuid(r)}/items",
                     "/favicon.ico", f"/login?next=%2F{w}"])


def iso(ts, r, back_min=0):
    t = ts - datetime.timedelta(minutes=r.randint(0, back_min)) if back_min else ts
    return t.strftime("%Y-%m-%dT%H:%M:%S") + f".{r.randint(0, 999):03d}Z"


def draw(r, spec, ts):
    if spec.startswith("="):
        return r.choice(spec[1:].split("|"))
    fn = SHAPES.get(spec)
    if fn is None:
        raise KeyError(f"unknown value shape {spec!r}")
    return fn(r, ts)


SHAPES = {
    "n": lambda r, ts: str(r.randint(0, 99)),
    "int": lambda r, ts: str(r.randint(0, 9999)),
    "big": lambda r, ts: str(r.randint(10000, 99999999)),
    "neg": lambda r, ts: str(r.choice([-1, -2, -110, -104, -32, r.randint(-9999, -1)])),
    "float": lambda r, ts: f"{r.uniform(0, 100):.{r.choice([1, 2, 3])}f}",
    "pct": lambda r, ts: f"{r.uniform(0, 100):.{r.choice([0, 1])}f}%",
    "port": lambda r, ts: str(r.choice([r.randint(1024, 65535), 443, 80, 8080, 5432, 3306])),
    "ip": lambda r, ts: ip(r),
    "ip6": lambda r, ts: ip6(r),
    "anyip": lambda r, ts: ip(r) if r.random() < 0.7 else ip6(r),
    "host": lambda r, ts: host(r),
    "user": lambda r, ts: user(r),
    "email": lambda r, ts: email(r),
    "uuid": lambda r, ts: uuid(r),
    "hex8": lambda r, ts: hexs(r, 8),
    "hex16": lambda r, ts: hexs(r, 16),
    "hex32": lambda r, ts: hexs(r, 32),
    "mac": lambda r, ts: mac(r),
    "dur": lambda r, ts: godur(r),
    "ms": lambda r, ts: f"{r.randint(0, 9999)}ms",
    "secs": lambda r, ts: f"{r.randint(0, 600)}s",
    "size": lambda r, ts: size(r),
    "path": lambda r, ts: path(r),
    "winpath": lambda r, ts: winpath(r),
    "uri": lambda r, ts: uri(r),
    "err": lambda r, ts: r.choice(ERRORS),
    "word": lambda r, ts: r.choice(WORDS),
    "iso": lambda r, ts: iso(ts, r, 300),
    "hms": lambda r, ts: f"{r.randint(0, 5):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}",
    "method": lambda r, ts: r.choice(["GET", "GET", "POST", "PUT", "DELETE", "PATCH"]),
    "status": lambda r, ts: r.choice(["200", "200", "201", "204", "301", "400", "401", "403", "404", "500", "502", "503"]),
}
