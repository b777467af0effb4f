"""Value shapes of the fifteenth blind set: `draw(r, spec, ts)` turns a statement slot into a value.

`{=a|b|c}` is a word with a few values (one value: a constant number the convention reads as a value); every other spec
is `kind` or `kind:arg`, drawn from the table below."""
import datetime
import string

HEX = "0123456789abcdef"
FIRST = ["alice", "bob", "carol", "dmitri", "eve", "farid", "grace", "hiro", "ines", "jamal", "kofi", "lena", "mateo",
         "nadia", "oskar", "priya", "quinn", "rosa", "sven", "tariq", "uma", "viktor", "wen", "yusuf", "zoe"]
SVC = ["svc-batch", "deploy-bot", "backup01", "jenkins", "ci-runner7", "monitoring", "root", "admin", "guest", "app"]
DOMAINS = ["example.com", "corp.example.net", "acme.io", "mail.example.org", "eu-west.internal", "lab.local"]
WORDS = ["orders", "billing", "inventory", "payments", "search", "ledger", "catalog", "auth", "reports", "events",
         "shipping", "profiles", "metrics", "audit", "sessions", "checkout"]
ERRORS = ["connection refused", "connection reset by peer", "i/o timeout", "no route to host", "broken pipe",
          "certificate has expired or is not yet valid", "permission denied", "no such file or directory",
          "context deadline exceeded", "TLS handshake timeout", "network is unreachable", "too many open files",
          "unexpected EOF", "resource temporarily unavailable", "operation timed out", "host is down"]
REASONS = ["quota exceeded", "manual stop requested", "dependency failed", "node drained for maintenance",
           "out of memory", "lease expired", "upstream unavailable", "configuration changed", "health check failed",
           "disk pressure", "superseded by a newer run", "user cancelled"]
SENT = ["Disk usage above threshold on data volume", "Nightly sync of customer records", "Rotate TLS certificates",
        "Quarterly finance export", "Rebuild search index", "Weekly security patching", "Purge old snapshots",
        "Deploy release candidate", "Migrate tenant data", "Smoke tests"]
TITLES = ["Incident Runbook", "Release Notes 4.2", "Onboarding Checklist", "On-call Handbook", "Q3 Planning",
          "Architecture Decision Records", "Postmortem 2026-11-30 API outage", "Team Home", "Meeting notes",
          "How to rotate secrets"]
AGENTS = ["Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36",
          "curl/8.5.0", "Go-http-client/2.0", "kube-probe/1.29", "python-requests/2.31.0",
          "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_2) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.2 Safari/605.1.15",
          "Prometheus/2.48.1", "okhttp/4.12.0"]
MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
DAY = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]


def hexs(r, n):
    return "".join(r.choice(HEX) for _ in range(n))


def ip(r):
    a = r.choice([10, 10, 172, 192, 100, 203])
    if a == 192:
        return f"192.168.{r.randint(0, 30)}.{r.randint(1, 254)}"
    if a == 172:
        return f"172.{r.randint(16, 31)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
    if a == 203:
        return f"203.0.113.{r.randint(1, 254)}"
    return f"{a}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"


def ip6(r):
    return r.choice([f"2001:db8:{hexs(r, 3)}::{hexs(r, r.randint(1, 4))}",
                     f"fd00:{hexs(r, 4)}:{hexs(r, 2)}::{r.randint(1, 99)}",
                     f"fe80::{hexs(r, 3)}:{hexs(r, 4)}:fe{hexs(r, 2)}:{hexs(r, 4)}",
                     f"2001:db8::{r.randint(1, 999)}"])


def host(r):
    return r.choice([f"{r.choice(WORDS)}-{r.randint(1, 40):02d}.{r.choice(DOMAINS)}", f"node{r.randint(1, 300)}",
                     f"ip-10-{r.randint(0, 255)}-{r.randint(0, 255)}-{r.randint(1, 254)}.ec2.internal",
                     f"{r.choice(WORDS)}{r.randint(1, 9)}", f"db-{r.choice(['primary', 'replica'])}-{r.randint(0, 3)}"])


def user(r):
    return r.choice([r.choice(FIRST), f"{r.choice(FIRST)}.{r.choice(FIRST)}", r.choice(SVC), f"{r.choice(FIRST)}{r.randint(1, 99)}"])


def email(r):
    return f"{r.choice(FIRST)}{r.choice(['', '.' + r.choice(FIRST), str(r.randint(1, 9))])}@{r.choice(DOMAINS)}"


def path(r):
    return r.choice([f"/var/lib/{r.choice(WORDS)}/{hexs(r, 8)}.dat", f"/etc/{r.choice(WORDS)}/{r.choice(WORDS)}.conf",
                     f"/srv/data/{r.choice(WORDS)}/{r.randint(2020, 2026)}/{r.choice(MON).lower()}/part-{r.randint(0, 999):05d}",
                     f"/home/{r.choice(FIRST)}/My Documents/{r.choice(WORDS)} report.xlsx", f"/tmp/{hexs(r, 12)}",
                     f"/opt/{r.choice(WORDS)}/current/lib"])


def winpath(r):
    return r.choice([f"C:\\ProgramData\\{r.choice(WORDS).title()}\\logs\\{r.choice(WORDS)}.log",
                     f"D:\\Data\\{r.choice(WORDS).title()} Exports\\{r.randint(1000, 9999)}.csv",
                     f"\\\\fs{r.randint(1, 9)}\\share\\{r.choice(WORDS)}\\{hexs(r, 6)}.bin",
                     f"C:\\Program Files\\Contoso\\{r.choice(WORDS).title()}\\config.json"])


def uri(r):
    return r.choice([f"/api/v{r.randint(1, 3)}/{r.choice(WORDS)}/{r.randint(1, 99999)}",
                     f"/api/v1/{r.choice(WORDS)}?page={r.randint(1, 40)}&limit={r.choice([10, 50, 100])}",
                     "/", "/healthz", f"/static/js/main.{hexs(r, 8)}.js", f"/{r.choice(WORDS)}/{r.choice(WORDS)}",
                     f"/oauth2/callback?code={hexs(r, 20)}&state={hexs(r, 16)}"])


def url(r):
    return r.choice([f"https://{host(r)}{uri(r)}", f"http://{ip(r)}:{r.choice([80, 8080, 9000])}{uri(r)}",
                     f"https://{r.choice(WORDS)}.{r.choice(DOMAINS)}/", f"https://{r.choice(DOMAINS)}:8443{uri(r)}"])


def when(r, ts, kind):
    t = ts - datetime.timedelta(seconds=r.randint(0, 86400 * 3))
    if kind == "iso":
        return t.strftime("%Y-%m-%dT%H:%M:%S") + r.choice(["Z", "+00:00", "+01:00", ".%03dZ" % r.randint(0, 999)])
    if kind == "ctime":
        return f"{DAY[t.weekday()]} {MON[t.month - 1]} {t.day:2d} {t:%H:%M:%S} {t.year}"
    if kind == "us":
        return t.strftime("%m/%d/%Y %I:%M:%S ") + ("AM" if t.hour < 12 else "PM")
    if kind == "date":
        return t.strftime("%Y-%m-%d")
    if kind == "hms":
        return t.strftime("%H:%M:%S")
    if kind == "rfc":
        return f"{DAY[t.weekday()]}, {t.day:02d} {MON[t.month - 1]} {t.year} {t:%H:%M:%S} +0000"
    return t.strftime("%Y-%m-%d %H:%M:%S")


def dur(r, kind):
    if kind == "ms":
        return r.choice([f"{r.randint(0, 999)}ms", f"{r.uniform(0, 90):.3f}ms"])
    if kind == "go":
        return r.choice([f"{r.uniform(0, 999):.3f}ms", f"{r.uniform(0, 59):.6f}s", f"{r.randint(1, 59)}m{r.uniform(0, 59):.1f}s",
                         f"{r.randint(1, 999)}.{r.randint(0, 999)}µs", f"{r.randint(1, 5)}h{r.randint(0, 59)}m{r.randint(0, 59)}s"])
    if kind == "s":
        return f"{r.uniform(0, 120):.{r.choice([1, 2, 3])}f}s"
    return str(r.randint(0, 5000))


def size(r):
    return r.choice([f"{r.uniform(0, 999):.1f}MB", f"{r.randint(1, 999)}KB", f"{r.uniform(0, 64):.2f}GB",
                     f"{r.randint(1, 9999)}B", f"{r.uniform(0, 9):.1f}GiB", f"{r.randint(1, 900)}MiB"])


def draw(r, spec, ts):
    if spec.startswith("="):
        return r.choice(spec[1:].split("|"))
    kind, _, arg = spec.partition(":")
    if kind == "int":
        lo, _, hi = (arg or "0-99999").partition("-")
        return str(r.randint(int(lo), int(hi)))
    if kind == "num":
        return r.choice([str(r.randint(0, 9)), str(r.randint(10, 999)), str(r.randint(1000, 10 ** 7))])
    if kind == "neg":
        return str(r.choice([-1, 0, r.randint(-9999, 9999)]))
    if kind == "float":
        return f"{r.uniform(0, 1000):.{r.choice([1, 2, 3])}f}"
    if kind == "pct":
        return r.choice([f"{r.randint(0, 100)}%", f"{r.uniform(0, 100):.1f}%"])
    if kind == "dur":
        return dur(r, arg)
    if kind == "size":
        return size(r)
    if kind == "hex":
        return hexs(r, int(arg or 8))
    if kind == "HEX":
        return hexs(r, int(arg or 8)).upper()
    if kind == "0x":
        return "0x" + format(r.getrandbits(r.randint(4, 4 * int(arg or 8))), "x")
    if kind == "uuid":
        u = f"{hexs(r, 8)}-{hexs(r, 4)}-4{hexs(r, 3)}-{r.choice('89ab')}{hexs(r, 3)}-{hexs(r, 12)}"
        return u.upper() if arg == "U" else u
    if kind == "ip":
        return ip(r)
    if kind == "ip6":
        return ip6(r)
    if kind == "ipany":
        return ip6(r) if r.random() < 0.25 else ip(r)
    if kind == "port":
        return str(r.choice([r.randint(1024, 65535), r.randint(1024, 65535), 443, 80, 22, 25, 587, 993, 3306, 5432]))
    if kind == "mac":
        return ":".join(hexs(r, 2) for _ in range(6))
    if kind == "wwn":
        return "20:" + ":".join(hexs(r, 2) for _ in range(7))
    if kind == "host":
        return host(r)
    if kind == "user":
        return user(r)
    if kind == "email":
        return email(r)
    if kind == "path":
        return path(r)
    if kind == "winpath":
        return winpath(r)
    if kind == "uri":
        return uri(r)
    if kind == "url":
        return url(r)
    if kind == "when":
        return when(r, ts, arg)
    if kind == "err":
        return r.choice(ERRORS)
    if kind == "reason":
        return r.choice(REASONS)
    if kind == "sent":
        return r.choice(SENT)
    if kind == "title":
        return r.choice(TITLES)
    if kind == "agent":
        return r.choice(AGENTS)
    if kind == "word":
        return r.choice(WORDS)
    if kind == "name":
        return f"{r.choice(WORDS)}-{r.choice(['api', 'worker', 'db', 'cache', 'web', 'sync'])}{r.choice(['', '-' + str(r.randint(1, 9))])}"
    if kind == "ver":
        return f"{r.randint(0, 12)}.{r.randint(0, 40)}.{r.randint(0, 20)}"
    if kind == "pick":
        return r.choice(arg.split(","))
    if kind == "list":
        # a list of varying length: `list:SEP:KIND`, 1-6 items
        sep, _, item = arg.partition("~")
        return sep.join(draw(r, item, ts) for _ in range(r.randint(1, 6)))
    if kind == "empty":
        # a value that is often empty
        return "" if r.random() < 0.4 else draw(r, arg, ts)
    if kind == "alnum":
        return "".join(r.choice(string.ascii_letters + string.digits) for _ in range(int(arg or 12)))
    if kind == "sys":
        name, _, sub = arg.partition(":")
        return SYSTEM_VALUES[name](r, ts) if not sub else SYSTEM_VALUES[name](r, ts, sub)
    raise ValueError(spec)


def stripe(r, ts, prefix):
    # Stripe object ids: a type prefix and a random tail, generated whole
    return prefix + "_" + "".join(r.choice(string.ascii_letters + string.digits) for _ in range(24 if prefix in ("evt", "ch", "re") else 14))


SYSTEM_VALUES = {"stripe": stripe}
