"""Value shapes for the unseen3 generator: each kind is a function of a random.Random returning one value string.

A statement slot `{kind}` draws from KINDS[kind]; `{=a|b|c}` picks one of the listed words (the first ones far more
often, as rarely varying values do in real logs); `{?kind}` is empty about a fifth of the time.
"""
import string

FIRST = ["alice", "bob", "carol", "dave", "erin", "frank", "grace", "heidi", "ivan", "judy", "mallory", "oscar",
         "peggy", "trent", "victor", "walter", "svc-deploy", "ci-runner", "backup", "monitor", "jdoe", "asmith",
         "u1023", "user42", "ops2", "k8s-admin", "build7", "qa_tester"]
WORDS = ["orders", "billing", "payments", "catalog", "search", "users", "inventory", "auth", "gateway", "reports",
         "analytics", "ledger", "notify", "checkout", "media", "profile", "session", "audit", "metrics", "events"]
TLDS = ["example.com", "example.net", "corp.internal", "svc.cluster.local", "prod.acme.io", "eu-west-1.compute.internal"]
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
EXT = ["log", "json", "yaml", "conf", "tar.gz", "db", "jar", "war", "pem", "sock"]


def _ip(r):
    first = r.choice([10, 10, 10, 172, 192, 203, 198, 100, 52, 34])
    return f"{first}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"


def _host(r):
    w = r.choice(WORDS)
    shape = r.randint(0, 5)
    if shape == 0:
        return f"{w}-{r.randint(1, 40):02d}.{r.choice(TLDS)}"
    if shape == 1:
        return f"{w}.{r.choice(TLDS)}"
    if shape == 2:
        return f"ip-10-{r.randint(0, 255)}-{r.randint(0, 255)}-{r.randint(1, 254)}.ec2.internal"
    if shape == 3:
        return f"{w}{r.randint(1, 9)}"
    if shape == 4:
        return r.choice(["gateway", "bastion", "ns", "mx", "vpn", "proxy", "ldap"])
    return f"{w}-{r.choice(['a', 'b', 'c'])}.{r.choice(TLDS)}"


def _shost(r):
    return r.choice([f"{r.choice(WORDS)}{r.randint(1, 30):02d}", f"{r.choice(WORDS)}-{r.randint(1, 9)}",
                     r.choice(["primary", "replica", "edge", "worker", "gateway"])])


def _hex(n):
    return lambda r: "".join(r.choice("0123456789abcdef") for _ in range(n))


def _uuid(r):
    h = _hex(32)(r)
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def _ms(r):
    shape = r.randint(0, 4)
    if shape == 0:
        return f"{r.randint(1, 999)}ms"
    if shape == 1:
        return f"{r.uniform(0.1, 999):.3f}ms"
    if shape == 2:
        return f"{r.uniform(1, 59):.3f}s"
    if shape == 3:
        return f"{r.randint(1, 999)}.{r.randint(0, 999999):06d}µs"
    return f"{r.randint(1, 9)}m{r.uniform(0, 59):.1f}s"


def _size(r):
    return r.choice([f"{r.uniform(0.1, 999):.1f}{u}" for u in ("KiB", "MiB", "GiB", "kB", "MB")])


def _path(r):
    base = r.choice(["/var/lib", "/opt", "/srv/data", "/home", "/etc", "/tmp", "/var/log", "/data"])
    parts = [r.choice(WORDS + FIRST[:6]) for _ in range(r.randint(1, 3))]
    return f"{base}/{'/'.join(parts)}.{r.choice(EXT)}"


def _date_ctime(r):
    # weekday and a day of month padded with a space, as ctime() prints it
    return f"{r.choice(DAYS)} {r.choice(MONTHS)} {r.randint(1, 28):2d} {r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d} 2026"


def _date_iso(r):
    return f"2026-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}T{r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}Z"


def _date_rfc(r):
    return f"{r.choice(DAYS)}, {r.randint(1, 28):02d} {r.choice(MONTHS)} 2026 {r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d} GMT"


def _date_sql(r):
    return f"2026-{r.randint(1, 12):02d}-{r.randint(1, 28):02d} {r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}"


def _url(r):
    return f"{r.choice(['http', 'https'])}://{_host(r)}/{r.choice(WORDS)}/{r.randint(1, 9999)}"


def _email(r):
    return f"{r.choice(FIRST).replace('_', '.')}@{r.choice(TLDS)}"


def _word(r):
    return r.choice(WORDS)


def _ident(r):
    return f"{r.choice(WORDS)}-{r.choice(WORDS)}"


def _version(r):
    return f"{r.randint(0, 9)}.{r.randint(0, 30)}.{r.randint(0, 20)}"


def _token(r):
    return "".join(r.choice(string.ascii_letters + string.digits) for _ in range(r.randint(10, 22)))


KINDS = {
    "ip": _ip,
    "ipp": lambda r: f"{_ip(r)}:{r.randint(1024, 65535)}",
    "port": lambda r: str(r.choice([80, 443, 8080, 5432, 6379, 9092, r.randint(1024, 65535)])),
    "host": _host,
    "shost": _shost,
    "user": lambda r: r.choice(FIRST),
    "email": _email,
    "url": _url,
    "uuid": _uuid,
    "hex8": _hex(8),
    "hex12": _hex(12),
    "hex16": _hex(16),
    "hex40": _hex(40),
    "hex64": _hex(64),
    "0x": lambda r: "0x" + _hex(r.choice([8, 12]))(r),
    "n1": lambda r: str(r.randint(0, 9)),
    "n2": lambda r: str(r.randint(0, 99)),
    "n3": lambda r: str(r.randint(0, 999)),
    "n5": lambda r: str(r.randint(0, 99999)),
    "n9": lambda r: str(r.randint(10000, 999999999)),
    "float": lambda r: f"{r.uniform(0, 100):.2f}",
    "pct": lambda r: f"{r.uniform(0, 100):.1f}%",
    "ms": _ms,
    "size": _size,
    "bytes": lambda r: str(r.randint(0, 5000000)),
    "path": _path,
    "word": _word,
    "ident": _ident,
    "version": _version,
    "token": _token,
    "ctime": _date_ctime,
    "iso": _date_iso,
    "rfc": _date_rfc,
    "sqldate": _date_sql,
    "sqldatef": lambda r: f"{_date_sql(r)}.{r.randint(0, 999999):06d}",
    "isec": lambda r: f"{r.randint(1, 300)}s",
    "pid": lambda r: str(r.randint(100, 65000)),
}


def draw(r, spec):
    """Draws one value for a slot spec: 'kind', '=a|b|c' (skewed choice) or '?kind' (sometimes empty)."""
    if spec.startswith("="):
        options = spec[1:].split("|")
        weights = [1.0 / (i + 1) ** 2 for i in range(len(options))]
        return r.choices(options, weights)[0]
    if spec.startswith("?"):
        return "" if r.random() < 0.2 else KINDS[spec[1:]](r)
    return KINDS[spec](r)
