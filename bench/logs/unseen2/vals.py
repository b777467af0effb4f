"""Value generators for make-unseen2.py: each takes a random.Random and returns one value as text."""
import string
from datetime import datetime, timedelta

MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]


def pick(*values):
    return lambda r: r.choice(values)


def weighted(*pairs):
    """pairs of (value, weight): a rarely varying value."""
    values = [v for v, _ in pairs]
    weights = [w for _, w in pairs]
    return lambda r: r.choices(values, weights)[0]


def num(lo, hi):
    return lambda r: r.randint(lo, hi)


def zipnum(hi):
    """Small numbers far more often than large ones (counts, retries)."""
    return lambda r: min(hi, int(r.paretovariate(1.2)) - 1)


def flt(lo, hi, nd=3):
    return lambda r: "%.*f" % (nd, r.uniform(lo, hi))


def hexs(n):
    return lambda r: "".join(r.choice("0123456789abcdef") for _ in range(n))


def ip(prefix=None):
    def g(r):
        if prefix:
            return prefix + ".%d.%d" % (r.randint(0, 31), r.randint(2, 254))
        return "%d.%d.%d.%d" % (r.choice([10, 172, 192, 34, 52, 185, 91]), r.randint(0, 255), r.randint(0, 255),
                                r.randint(1, 254))
    return g


def port(r):
    return r.choice([r.randint(32768, 60999), r.randint(1024, 65535)])


def uuid(r):
    h = hexs(32)(r)
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], "4" + h[13:16], "a" + h[17:20], h[20:])


def fqdn(r):
    return "%s%d.%s" % (r.choice(["web", "app", "db", "cache", "api", "worker"]), r.randint(1, 40),
                        r.choice(["prod.example.net", "int.acme.io", "eu-west-1.compute.internal"]))


def word(r, n=None):
    n = n or r.randint(4, 9)
    return "".join(r.choice(string.ascii_lowercase) for _ in range(n))


def alnum(n):
    return lambda r: "".join(r.choice(string.ascii_lowercase + string.digits) for _ in range(n))


def b64(n):
    return lambda r: "".join(r.choice(string.ascii_letters + string.digits + "+/") for _ in range(n))


def dur_ms(r):
    return r.choice(["%dms" % r.randint(0, 999), "%.1fs" % r.uniform(1, 60), "%dms" % r.randint(1, 20)])


def mib(r):
    return r.choice(["%.3fMiB" % r.uniform(0.01, 900), "%.3fKiB" % r.uniform(1, 1000), "%.3fGiB" % r.uniform(1, 9)])


def date_iso(r):
    d = datetime(2026, 11, 20) + timedelta(seconds=r.randint(0, 20 * 86400))
    return d.strftime("%Y-%m-%dT%H:%M:%SZ")


def date_ctime(r):
    """'Sun Nov 29 04:12:09 2026' (day padded with a space like ctime): several tokens."""
    d = datetime(2026, 11, 20) + timedelta(seconds=r.randint(0, 20 * 86400))
    return "%s %s %2d %s %d" % (DAYS[d.weekday()], MONTHS[d.month - 1], d.day, d.strftime("%H:%M:%S"), d.year)


def date_space(r):
    d = datetime(2026, 11, 20) + timedelta(seconds=r.randint(0, 20 * 86400), microseconds=r.randint(0, 999999))
    return d.strftime("%Y-%m-%d %H:%M:%S")


def time_of_day(r):
    return "%02d:%02d:%02d.%03d" % (r.randint(0, 23), r.randint(0, 59), r.randint(0, 59), r.randint(0, 999))


def path(*roots):
    def g(r):
        root = r.choice(roots)
        return root + "/".join(word(r) for _ in range(r.randint(1, 3)))
    return g
