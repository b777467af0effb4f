"""Value shapes of the sixteenth blind mining set: `draw(r, spec, ts)` returns one value for a statement slot `{spec}`.
`{=a|b|c}` is a word with a few values (one drawn per line); any other spec names a shape below."""
import datetime
import string

WORDS = ["orders", "billing", "payments", "catalog", "search", "auth", "inventory", "ledger", "events", "reports",
         "checkout", "profile", "shipping", "notify", "analytics", "metrics", "gateway", "accounts"]
FIRST = ["alice", "bob", "carol", "dave", "erin", "frank", "grace", "heidi", "ivan", "judy", "mallory", "oscar",
         "peggy", "rupert", "sybil", "trent", "victor", "walter", "yusuf", "zoe"]
LAST = ["smith", "nguyen", "garcia", "muller", "kowalski", "okafor", "tanaka", "silva", "oconnor", "ivanova"]
DOMAINS = ["example.com", "corp.example.net", "acme.io", "mail.example.org", "contoso.com", "shop.example.co.uk"]
REASONS = ["connection reset by peer", "context deadline exceeded", "i/o timeout", "no route to host",
           "broken pipe", "EOF", "certificate has expired or is not yet valid", "permission denied",
           "too many open files", "connection refused", "unexpected end of stream",
           "the remote host closed the connection", "no space left on device", "operation timed out",
           "TLS handshake timeout", "read: connection timed out"]
PHRASES = ["Nightly ETL", "Refresh Sales Cube", "daily backup", "Rebuild search index", "Export to S3",
           "Rotate certs", "weekly report", "Sync LDAP groups", "Vacuum analytics", "Purge old sessions"]
AGENTS = ["Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36",
          "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_1) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.1 Safari/605.1.15",
          "okta-auth-js/7.4.1", "curl/8.4.0", "python-requests/2.31.0", "Okta Verify/9.12.0 (iPhone; iOS 17.1.2)",
          "Mozilla/5.0 (X11; Linux x86_64; rv:120.0) Gecko/20100101 Firefox/120.0"]
CITIES = [("Amsterdam", "North Holland", "Netherlands"), ("New York", "New York", "United States"),
          ("Sao Paulo", "Sao Paulo", "Brazil"), ("Frankfurt am Main", "Hesse", "Germany"),
          ("Tokyo", "Tokyo", "Japan"), ("Dublin", "Leinster", "Ireland"), ("Austin", "Texas", "United States")]


MEMO = {}  # a value drawn for a slot that the same statement prints again (a name and its namespace twice)


def remember(key, value):
    MEMO[key] = value
    return value


def hexs(r, n):
    return "".join(r.choice("0123456789abcdef") for _ in range(n))


def uuid(r):
    h = hexs(r, 32)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{r.choice('89ab')}{h[17:20]}-{h[20:]}"


def ip(r):
    return r.choice([f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
                     f"192.168.{r.randint(0, 255)}.{r.randint(1, 254)}",
                     f"172.{r.randint(16, 31)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
                     f"203.0.113.{r.randint(1, 254)}", f"198.51.100.{r.randint(1, 254)}"])


def ip6(r):
    return r.choice([f"2001:db8:{r.randint(0, 0xffff):x}::{r.randint(1, 0xffff):x}",
                     f"fd00:{r.randint(0, 0xffff):x}:{r.randint(0, 0xffff):x}::{r.randint(1, 0xff):x}",
                     f"fe80::{hexs(r, 4)}:{hexs(r, 2)}ff:fe{hexs(r, 2)}:{hexs(r, 4)}",
                     f"2a02:{r.randint(0x1000, 0xffff):x}:{r.randint(0, 0xffff):x}:{r.randint(0, 0xffff):x}::1"])


def anyip(r):
    return ip6(r) if r.random() < 0.25 else ip(r)


def host(r):
    return r.choice([f"{r.choice(WORDS)}-{r.randint(1, 40)}.{r.choice(DOMAINS)}",
                     f"ip-10-{r.randint(0, 255)}-{r.randint(0, 255)}-{r.randint(1, 254)}.ec2.internal",
                     f"node{r.randint(1, 64):02d}", f"{r.choice(WORDS)}-db-{r.choice('abc')}{r.randint(1, 9)}",
                     f"k8s-worker-{hexs(r, 5)}"])


def user(r):
    f, l = r.choice(FIRST), r.choice(LAST)
    return r.choice([f, f"{f}.{l}", f"{f[0]}{l}", f"{f}{r.randint(1, 99)}", f"svc-{r.choice(WORDS)}"])


def email(r):
    return f"{r.choice(FIRST)}.{r.choice(LAST)}@{r.choice(DOMAINS)}"


def dur(r, kind):
    if kind == "ms":
        return f"{r.randint(0, 4000)}ms"
    if kind == "msf":
        return f"{r.uniform(0, 900):.3f}ms"
    if kind == "s":
        return f"{r.uniform(0, 90):.{r.choice([1, 2, 3])}f}s"
    if kind == "go":  # Go's Duration.String()
        c = r.random()
        if c < 0.3:
            return f"{r.uniform(0.1, 999):.6g}ms"
        if c < 0.6:
            return f"{r.uniform(1, 59):.9g}s"
        if c < 0.8:
            return f"{r.randint(1, 59)}m{r.uniform(0, 59):.6g}s"
        return f"{r.randint(1, 900)}.{r.randint(0, 999999):06d}µs"
    raise KeyError(kind)


def size(r):
    return r.choice([f"{r.randint(1, 999)}B", f"{r.uniform(1, 999):.1f}KiB", f"{r.uniform(1, 999):.2f}MiB",
                     f"{r.uniform(1, 64):.1f}GiB", f"{r.randint(1, 9)}.{r.randint(0, 9)}G", f"{r.randint(1, 999)}M"])


def path(r):
    return r.choice([f"/var/lib/{r.choice(WORDS)}/{hexs(r, 2)}/{hexs(r, 8)}.dat",
                     f"/srv/data/{r.choice(WORDS)}/{r.choice(PHRASES).replace(' ', '_').lower()}.parquet",
                     f"/home/{r.choice(FIRST)}/My Documents/{r.choice(WORDS)}.xlsx",
                     f"/etc/{r.choice(WORDS)}/{r.choice(WORDS)}.yaml", f"/tmp/{hexs(r, 12)}"])


def winpath(r):
    return r.choice([f"C:\\ClusterStorage\\Volume{r.randint(1, 9)}\\VMs\\{r.choice(WORDS)}-{r.randint(1, 20)}\\Virtual Hard Disks\\disk{r.randint(0, 3)}.vhdx",
                     f"\\\\?\\Volume{{{uuid(r)}}}\\", f"C:\\Windows\\Cluster\\Reports\\{r.choice(WORDS)}.log",
                     f"E:\\SQLData\\{r.choice(WORDS).capitalize()}.mdf"])


def jlist(r, items, sep=", ", lo=0, hi=4, br="[]"):
    n = r.randint(lo, hi)
    return br[0] + sep.join(items(r) for _ in range(n)) + br[1]


def iso(ts, r):
    d = ts - datetime.timedelta(seconds=r.randint(0, 86400 * 30))
    return d.strftime("%Y-%m-%dT%H:%M:%S") + f".{r.randint(0, 999):03d}Z"


def word_caps(r):
    return "".join(r.choice(string.ascii_uppercase + string.digits) for _ in range(r.randint(6, 10)))


SHAPES = {
    "int": lambda r, ts: str(r.randint(0, 999)),
    "n": lambda r, ts: str(r.randint(1, 64)),
    "small": lambda r, ts: str(r.randint(0, 9)),
    "big": lambda r, ts: str(r.randint(1000, 99999999)),
    "neg": lambda r, ts: str(r.choice([r.randint(-99, -1), r.randint(0, 999)])),
    "bytes": lambda r, ts: str(r.choice([r.randint(0, 999), r.randint(1000, 10 ** 10)])),
    "pid": lambda r, ts: str(r.randint(300, 4194303)),
    "pct": lambda r, ts: str(r.randint(0, 100)),
    "pctf": lambda r, ts: f"{r.uniform(0, 100):.{r.choice([1, 2])}f}%",
    "float": lambda r, ts: f"{r.uniform(0, 500):.{r.choice([1, 2, 3, 4])}f}",
    "secs": lambda r, ts: f"{r.uniform(0, 60):.3f}",
    "ms": lambda r, ts: dur(r, "ms"),
    "msf": lambda r, ts: dur(r, "msf"),
    "s": lambda r, ts: dur(r, "s"),
    "go": lambda r, ts: dur(r, "go"),
    "size": lambda r, ts: size(r),
    "ip": lambda r, ts: ip(r),
    "ip6": lambda r, ts: ip6(r),
    "anyip": lambda r, ts: anyip(r),
    "port": lambda r, ts: str(r.choice([r.randint(1024, 65535), 443, 80, 8443, 5432])),
    "eport": lambda r, ts: str(r.randint(32768, 60999)),
    "host": lambda r, ts: host(r),
    "user": lambda r, ts: user(r),
    "email": lambda r, ts: email(r),
    "uuid": lambda r, ts: uuid(r),
    "UUID": lambda r, ts: uuid(r).upper(),
    "hex4": lambda r, ts: hexs(r, 4),
    "hex8": lambda r, ts: hexs(r, 8),
    "HEX8": lambda r, ts: hexs(r, 8).upper(),
    "hex12": lambda r, ts: hexs(r, 12),
    "hex16": lambda r, ts: hexs(r, 16),
    "hex32": lambda r, ts: hexs(r, 32),
    "hex40": lambda r, ts: hexs(r, 40),
    "hex64": lambda r, ts: hexs(r, 64),
    "ktime": lambda r, ts: f"{r.uniform(5, 99999):.6f}",
    "0x": lambda r, ts: "0x" + hexs(r, r.choice([4, 8, 16])),
    "path": lambda r, ts: path(r),
    "winpath": lambda r, ts: winpath(r),
    "reason": lambda r, ts: r.choice(REASONS),
    "phrase": lambda r, ts: r.choice(PHRASES),
    "word": lambda r, ts: r.choice(WORDS),
    "agent": lambda r, ts: r.choice(AGENTS),
    "iso": lambda r, ts: iso(ts, r),
    "version": lambda r, ts: r.choice(["2.1.4", "2.1.5", "v2.2.0", "2.3.0-rc.1", "1.18.11", "3.0.2"]),
    "city": lambda r, ts: r.choice(CITIES)[0],
    "caps": lambda r, ts: word_caps(r),
}


def draw(r, spec, ts):
    if spec.startswith("="):
        return r.choice(spec[1:].split("|"))
    fn = SHAPES.get(spec)
    if fn is None:
        raise KeyError(f"unknown value shape {spec!r}")
    return fn(r, ts)
