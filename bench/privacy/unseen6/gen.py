"""Value drawers for unseen6: secrets, keys, tokens, network addresses, identifiers. Every function takes a random.Random."""
import base64
import json
import string

ALNUM = string.ascii_letters + string.digits
B64 = string.ascii_letters + string.digits + "+/"
B64URL = string.ascii_letters + string.digits + "-_"
HEX = "0123456789abcdef"
B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
WORDS = ["river", "falcon", "copper", "maple", "orbit", "velvet", "harbor", "ember", "quartz", "tundra", "willow", "cobalt",
         "saffron", "glacier", "meadow", "lantern", "pepper", "summit", "thunder", "marble", "cactus", "dolphin", "Sommer",
         "Winter", "Herbst", "soleil", "verano", "tulp", "zorro", "kwiat"]


def pick(r, xs):
    return xs[r.randrange(len(xs))]


def chars(r, alphabet, n):
    return "".join(alphabet[r.randrange(len(alphabet))] for _ in range(n))


def hexs(r, n):
    return chars(r, HEX, n)


def alnum(r, n):
    return chars(r, ALNUM, n)


def pw(r):
    """A password as people and generators write them (no quotes, backslashes, spaces, `$`, `@`, `:`, `/`, `%`, `&`, `#`)."""
    k = r.randrange(6)
    if k == 0:
        return pick(r, WORDS).capitalize() + str(r.randrange(1990, 2030)) + pick(r, "!?*.+-")
    if k == 1:
        return pick(r, WORDS) + pick(r, "-_.") + pick(r, WORDS) + pick(r, "-_.") + str(r.randrange(10, 999))
    if k == 2:
        return chars(r, ALNUM + "!*-_.+=~^", r.randrange(14, 28))
    if k == 3:
        return alnum(r, r.randrange(16, 33))
    if k == 4:
        return pick(r, ["Welcome", "Passw0rd", "Admin", "Changeme", "Spring", "Qwerty"]) + str(r.randrange(1, 99)) + pick(r, "!*.")
    return pick(r, WORDS).capitalize() + pick(r, "!*^~") + chars(r, ALNUM, r.randrange(6, 12))


def pw_url(r):
    """A password safe inside URL userinfo without encoding."""
    return "".join(c for c in pw(r) if c not in "!*+=~^?.") or alnum(r, 14)


def akid(r, prefix="AKIA"):
    return prefix + chars(r, B32, 16)


def aws_secret(r):
    return chars(r, B64, 40)


def ghp(r):
    return pick(r, ["ghp_", "gho_", "ghs_"]) + alnum(r, 36)


def glpat(r):
    return "glpat-" + chars(r, B64URL, 20)


def stripe(r):
    return pick(r, ["sk_live_", "rk_live_"]) + alnum(r, r.randrange(24, 60))


def vendor_key(r):
    """A vendor-prefixed API key (the shared corpus' API_KEY family and a few more)."""
    return pick(r, [lambda: "sk-proj-" + chars(r, B64URL, 48), lambda: "AIza" + chars(r, B64URL, 35), lambda: glpat(r),
                    lambda: "npm_" + alnum(r, 36), lambda: "SG." + chars(r, B64URL, 22) + "." + chars(r, B64URL, 43),
                    lambda: "sk-ant-api03-" + chars(r, B64URL, 80), lambda: "hf_" + alnum(r, 34), lambda: stripe(r),
                    lambda: "dop_v1_" + hexs(r, 64), lambda: "shpat_" + hexs(r, 32)])()


def slack(r):
    return f"xoxb-{r.randrange(10**10, 10**11)}-{r.randrange(10**12, 10**13)}-{alnum(r, 24)}"


def b64(r, nbytes, url=False):
    raw = bytes(r.randrange(256) for _ in range(nbytes))
    return (base64.urlsafe_b64encode(raw).decode().rstrip("=") if url else base64.b64encode(raw).decode())


def b64text(s, url=False):
    return (base64.urlsafe_b64encode(s.encode()).decode().rstrip("=") if url else base64.b64encode(s.encode()).decode())


def opaque(r):
    """An opaque OAuth access token."""
    return pick(r, [lambda: alnum(r, 40), lambda: b64(r, 48, url=True), lambda: "ya29." + chars(r, B64URL, 120),
                    lambda: "EAAB" + alnum(r, 150)])()


def jwt(r, claims):
    head = b64text(json.dumps({"alg": pick(r, ["RS256", "HS256", "ES256"]), "typ": "JWT"}, separators=(",", ":")), url=True)
    body = b64text(json.dumps(claims, separators=(",", ":")), url=True)
    return f"{head}.{body}.{b64(r, pick(r, [32, 64, 256]), url=True)}"


def jwt_any(r):
    return jwt(r, {"sub": hexs(r, 24), "iss": "https://auth." + pick(r, DOMAINS), "exp": r.randrange(1765000000, 1770000000),
                   "scope": pick(r, ["read write", "openid profile email", "orders:read"])})


def pem(r, kind=None):
    kind = kind or pick(r, ["RSA PRIVATE KEY", "PRIVATE KEY", "EC PRIVATE KEY"])
    body = b64(r, r.randrange(180, 420))
    lines = [body[i:i + 64] for i in range(0, len(body), 64)]
    return f"-----BEGIN {kind}-----\n" + "\n".join(lines) + f"\n-----END {kind}-----"


def bcrypt(r):
    return "$2" + pick(r, "aby") + "$" + pick(r, ["10", "12"]) + "$" + chars(r, ALNUM + "./", 53)


def uuid(r):
    h = hexs(r, 32)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{pick(r, '89ab')}{h[17:20]}-{h[20:]}"


def ulid(r):
    return "01J" + chars(r, "0123456789ABCDEFGHJKMNPQRSTVWXYZ", 23)


DOMAINS = ["northwind-logistics.com", "acme-payments.io", "helios-energy.de", "brightcart.fr", "pampas-retail.com.ar",
           "fjordtech.no", "kiwibank-ops.co.nz", "sakura-robotics.jp", "lumen-health.pt", "vistula-soft.pl",
           "tulipmarkt.nl", "andes-mining.cl", "nilo-telecom.eg", "baobab-pay.co.ke", "mekong-freight.vn"]
HOSTS = ["db-primary.internal", "orders-db.prod.svc", "pg-01.dc2.lan", "mysql.shop.local", "redis-cache.prod", "mq01.corp.lan"]


def ipv4(r):
    k = r.randrange(4)
    if k == 0:
        return f"10.{r.randrange(256)}.{r.randrange(256)}.{r.randrange(1, 255)}"
    if k == 1:
        return f"172.{r.randrange(16, 32)}.{r.randrange(256)}.{r.randrange(1, 255)}"
    if k == 2:
        return f"192.168.{r.randrange(256)}.{r.randrange(1, 255)}"
    return f"{pick(r, [23, 34, 52, 81, 85, 91, 145, 185, 203])}.{r.randrange(256)}.{r.randrange(256)}.{r.randrange(1, 255)}"


def ipv6(r):
    k = r.randrange(3)
    groups = [format(r.randrange(1, 65536), "x") for _ in range(4)]
    if k == 0:
        return f"2a0{r.randrange(1, 10)}:{groups[0]}:{groups[1]}::{groups[2]}"
    if k == 1:
        return f"fd{hexs(r, 2)}:{groups[0]}:{groups[1]}:{groups[2]}::{r.randrange(1, 200)}"
    return f"fe80::{groups[0]}:{groups[1]}:{groups[2]}:{groups[3]}"


def mac(r, style=None):
    b = [r.randrange(256) for _ in range(6)]
    b[0] &= 0xFC
    b[0] |= 0x04 if b[0] == 0 else 0
    style = style if style is not None else r.randrange(4)
    if style == 0:
        return ":".join(f"{x:02x}" for x in b)
    if style == 1:
        return "-".join(f"{x:02X}" for x in b)
    if style == 2:
        return ":".join(f"{x:02X}" for x in b)
    h = "".join(f"{x:02x}" for x in b)
    return f"{h[:4]}.{h[4:8]}.{h[8:]}"


def luhn_ok(digits):
    s = 0
    for i, c in enumerate(reversed(digits)):
        d = int(c)
        if i % 2 == 1:
            d = d * 2 - 9 if d > 4 else d * 2
        s += d
    return s % 10 == 0


def luhn_complete(prefix, length, r):
    body = prefix + "".join(str(r.randrange(10)) for _ in range(length - len(prefix) - 1))
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c
    raise AssertionError


def card(r, grouped=None):
    prefix, n = pick(r, [("4", 16), ("51", 16), ("55", 16), ("2221", 16), ("37", 15), ("6011", 16), ("3528", 16), ("62", 16)])
    num = luhn_complete(prefix, n, r)
    grouped = r.random() < 0.6 if grouped is None else grouped
    if not grouped:
        return num
    sep = pick(r, [" ", "-"])
    if n == 15:
        return num[:4] + sep + num[4:10] + sep + num[10:]
    return sep.join(num[i:i + 4] for i in range(0, 16, 4))


def luhn_number(r, n, prefix=""):
    """A Luhn-valid number that is not a card in context (a counter, a trace id, a product code)."""
    return luhn_complete(prefix or str(r.randrange(1, 10)), n, r)


def ssn(r, sep="-"):
    area = r.randrange(1, 900)
    while area == 666:
        area = r.randrange(1, 900)
    return f"{area:03d}{sep}{r.randrange(1, 100):02d}{sep}{r.randrange(1, 10000):04d}"


def sha(r):
    return hexs(r, 40)


def sha256(r):
    return hexs(r, 64)


def bearer_or_jwt(r):
    """What follows `Bearer `: a JWT half the time, an opaque token otherwise (typed as the shared corpus types them)."""
    return ("JWT", jwt_any(r)) if r.random() < 0.5 else ("BEARER_TOKEN", opaque(r))
