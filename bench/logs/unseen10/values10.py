"""Value shapes of the tenth blind set: `draw(r, spec, ts)` turns a statement's `{spec}` into a value. `{=a|b}` is a word with a
few values (one of them); any other spec names a shape of SHAPES (the systems' modules add their own)."""
import datetime

NAMES = ["jdoe", "asmith", "mgarcia", "lwang", "okafor", "root", "admin", "svc_deploy", "b.schmidt", "kpatel", "ci-bot",
         "r.oconnor", "yuki", "tester2", "ops"]
WORDS = ["orders", "payments", "inventory", "users", "billing", "search", "catalog", "audit", "metrics", "ledger",
         "shipping", "sessions", "events", "telemetry", "reports"]
DOMAINS = ["example.com", "corp.example.net", "prod.acme.io", "lan", "int.contoso.org", "dc1.example.org"]
MAILDOM = ["example.com", "gmail.com", "outlook.com", "acme.io", "mail.example.org", "yahoo.co.jp", "uni-bonn.de"]
HEX = "0123456789abcdef"
ALNUM = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
NET_ERRORS = ["Connection refused", "Connection reset by peer", "Connection timed out", "No route to host",
              "Broken pipe", "Network is unreachable", "Name or service not known"]


def hexs(r, n, upper=False):
    s = "".join(r.choice(HEX) for _ in range(n))
    return s.upper() if upper else s


def alnum(r, n):
    return "".join(r.choice(ALNUM) for _ in range(n))


def uuid(r, upper=False):
    s = "-".join(hexs(r, k) for k in (8, 4, 4, 4, 12))
    return s.upper() if upper else s


def ip(r):
    return r.choice([f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
                     f"192.168.{r.randint(0, 255)}.{r.randint(1, 254)}",
                     f"172.{r.randint(16, 31)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
                     f"{r.randint(11, 223)}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"])


def ip6(r):
    return r.choice([f"2001:db8:{r.randint(0, 0xffff):x}::{r.randint(1, 0xffff):x}",
                     f"fe80::{hexs(r, 4).lstrip('0') or '1'}:{hexs(r, 2)}ff:fe{hexs(r, 2)}:{hexs(r, 4).lstrip('0') or '1'}",
                     f"2a02:{r.randint(0x1000, 0xffff):x}:{r.randint(0, 0xffff):x}:{r.randint(0, 0xffff):x}::{r.randint(1, 0xff):x}",
                     "::1", f"fd00:{hexs(r, 2)}::{r.randint(1, 200)}"])


def anyip(r):
    return ip6(r) if r.random() < 0.25 else ip(r)


def host(r):
    return r.choice([f"{r.choice(['web', 'db', 'app', 'node', 'worker', 'cache', 'k8s-node'])}{r.randint(1, 40):02d}.{r.choice(DOMAINS)}",
                     f"{r.choice(['ip', 'host'])}-{r.randint(10, 172)}-{r.randint(0, 255)}-{r.randint(0, 255)}-{r.randint(1, 254)}.{r.choice(DOMAINS)}",
                     f"{r.choice(WORDS)}-{r.choice(['api', 'svc', 'db'])}.{r.choice(DOMAINS)}"])


def short_host(r):
    return f"{r.choice(['web', 'db', 'app', 'node', 'srv', 'esx', 'nas', 'gw'])}{r.randint(1, 40):02d}"


def user(r):
    return r.choice(NAMES)


def email(r):
    return f"{r.choice(NAMES + ['info', 'no-reply', 'billing', 'hr.team'])}@{r.choice(MAILDOM)}"


def when(ts, r, minutes):
    return ts + datetime.timedelta(seconds=r.randint(-60 * minutes, 60 * minutes))


def dur(r, unit):
    x = r.choice([r.uniform(0, 5), r.uniform(5, 200), r.uniform(200, 90000)])
    if unit == "ms":
        return f"{int(x)}ms"
    if unit == "msf":
        return f"{x:.3f}ms"
    if unit == "s":
        return f"{x / 1000:.3f}s"
    if unit == "go":
        sec = x / 10
        if sec >= 60:
            return f"{int(sec // 60)}m{sec % 60:.{r.randint(0, 6)}f}s".replace(".s", "s")
        if sec >= 1:
            return f"{sec:.{r.choice([3, 6, 9])}f}s"
        return f"{x * 10:.{r.choice([3, 6])}f}{r.choice(['ms', 'µs'])}"
    raise ValueError(unit)


def path(r):
    return r.choice(["/var/lib/", "/data/", "/opt/app/", "/srv/", "/mnt/backup/", "/home/"]) + "/".join(
        r.choice(WORDS + ["2026-12", "tmp", "shard-3", "current", "v2", "archive"]) for _ in range(r.randint(1, 4)))


def winpath(r):
    return r.choice(["C:\\Windows\\ccmcache\\", "C:\\Program Files\\", "D:\\Sources\\", "\\\\fs01\\deploy$\\",
                     "C:\\Windows\\Temp\\"]) + "\\".join(r.choice(["Office 365", "x64", "7z2301-x64.msi", "setup.exe",
                                                                       "Content_" + uuid(r), "App", "Microsoft Edge", "Update"])
                                                              for _ in range(r.randint(1, 3)))


def listof(r, items, lo, hi, sep=", "):
    return sep.join(r.sample(items, r.randint(lo, min(hi, len(items)))))


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
    "huge": lambda r, ts: str(r.randint(10 ** 9, 10 ** 13)),
    "neg": lambda r, ts: str(r.choice([-1, -r.randint(2, 9999), r.randint(0, 9999)])),
    "bytes": lambda r, ts: str(r.choice([r.randint(0, 999), r.randint(1000, 10 ** 10)])),
    "pid": lambda r, ts: str(r.randint(300, 4194303)),
    "pct": lambda r, ts: str(r.randint(0, 100)),
    "pctf": lambda r, ts: f"{r.uniform(0, 100):.{r.choice([1, 2])}f}",
    "float": lambda r, ts: f"{r.uniform(0, 50):.2f}",
    "secs": lambda r, ts: f"{r.uniform(0, 60):.3f}",
    "ms": lambda r, ts: dur(r, "ms"),
    "msf": lambda r, ts: dur(r, "msf"),
    "s": lambda r, ts: dur(r, "s"),
    "go": lambda r, ts: dur(r, "go"),
    "ip": lambda r, ts: ip(r),
    "ip6": lambda r, ts: ip6(r),
    "anyip": lambda r, ts: anyip(r),
    "port": lambda r, ts: str(r.choice([r.randint(1024, 65535), 443, 80, 8443, 8080])),
    "eport": lambda r, ts: str(r.randint(32768, 60999)),
    "host": lambda r, ts: host(r),
    "shost": lambda r, ts: short_host(r),
    "user": lambda r, ts: user(r),
    "email": lambda r, ts: email(r),
    "word": lambda r, ts: r.choice(WORDS),
    "hex4": lambda r, ts: hexs(r, 4),
    "hex8": lambda r, ts: hexs(r, 8),
    "HEX8": lambda r, ts: hexs(r, 8, True),
    "hex12": lambda r, ts: hexs(r, 12),
    "hex16": lambda r, ts: hexs(r, 16),
    "hex32": lambda r, ts: hexs(r, 32),
    "hex40": lambda r, ts: hexs(r, 40),
    "0x8": lambda r, ts: "0x" + hexs(r, 8),
    "0x12": lambda r, ts: "0x" + hexs(r, 12),
    "uuid": lambda r, ts: uuid(r),
    "UUID": lambda r, ts: uuid(r, True),
    "path": lambda r, ts: path(r),
    "winpath": lambda r, ts: winpath(r),
    "neterr": lambda r, ts: r.choice(NET_ERRORS),
    "version": lambda r, ts: f"{r.randint(1, 9)}.{r.randint(0, 30)}.{r.randint(0, 20)}",
    "iso": lambda r, ts: when(ts, r, 600).strftime("%Y-%m-%dT%H:%M:%SZ"),
    "isoms": lambda r, ts: when(ts, r, 60).strftime("%Y-%m-%dT%H:%M:%S.") + f"{r.randint(0, 999):03d}Z",
    "isooff": lambda r, ts: when(ts, r, 600).strftime("%Y-%m-%dT%H:%M:%S") + r.choice(["+00:00", "+01:00", "-05:00", "+05:30"]),
    "ymdhms": lambda r, ts: when(ts, r, 3000).strftime("%Y-%m-%d %H:%M:%S"),
    "ctime": lambda r, ts: when(ts, r, 3000).strftime("%a %b ") + f"{when(ts, r, 0).day:2d}" + when(ts, r, 3000).strftime(" %H:%M:%S %Y"),
    "mac": lambda r, ts: ":".join(hexs(r, 2, True) for _ in range(6)),
    "b62_8": lambda r, ts: alnum(r, 8),
    "word_or_empty": lambda r, ts: r.choice(["", "", r.choice(WORDS)]),
}
