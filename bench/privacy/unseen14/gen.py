"""Text builder and value generators for unseen14 (standard library only).

A family writes a record as pieces: T("password = ", E("GENERIC_SECRET", pw), "\n"); build() joins them and records the offsets, so
spans are never counted by hand.
"""
import base64
import string


class E:
    """An entity piece: its type and its text as written (escapes included)."""

    def __init__(self, typ, value):
        self.t, self.v = typ, value


def T(*parts):
    return list(parts)


def build(parts):
    text, ents = [], []
    pos = 0

    def walk(p):
        nonlocal pos
        if p is None:
            return
        if isinstance(p, (list, tuple)):
            for q in p:
                walk(q)
        elif isinstance(p, E):
            if p.t:
                ents.append({"type": p.t, "start": pos, "end": pos + len(p.v)})
            text.append(p.v)
            pos += len(p.v)
        else:
            text.append(str(p))
            pos += len(str(p))

    walk(parts)
    return "".join(text), ents


def N(v):
    """A value that is not an entity (kept as a piece so near-miss families read like the others)."""
    return E(None, v)


# ---------------------------------------------------------------------------------------------------------------- random strings
ALNUM = string.ascii_letters + string.digits
B64 = ALNUM + "+/"
B32 = string.ascii_uppercase + "234567"
HEX = "0123456789abcdef"


def chars(r, alphabet, n):
    return "".join(r.choice(alphabet) for _ in range(n))


def hexs(r, n, upper=False):
    s = chars(r, HEX, n)
    return s.upper() if upper else s


def b64(r, nbytes):
    return base64.b64encode(bytes(r.randrange(256) for _ in range(nbytes))).decode()


def b64url(r, nbytes):
    return base64.urlsafe_b64encode(bytes(r.randrange(256) for _ in range(nbytes))).decode().rstrip("=")


def b62(r, n):
    return chars(r, ALNUM, n)


def uuid(r):
    h = hexs(r, 32)
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], r.choice("89ab"), h[17:20], h[20:32])


WORDS = ("kestrel mango tundra velvet quarry harbor lantern cobalt juniper meadow falcon ember pylon saffron orbit walnut canyon "
         "marble thistle zephyr copper drizzle fennel glacier hazel indigo jasper kumquat lagoon mosaic nectar oyster pepper quince "
         "raven sorrel tamarind umber violet willow yarrow acorn basalt cinder dune egret fjord gorse heron isthmus jetty kelp "
         "lichen moraine nimbus ochre pebble rook sleet tarn vole wren").split()
SYMS = "!#%*+-.=@^_~"


def password(r, syms=SYMS, style=None):
    """A password as people make them; `syms` limits the punctuation to what the surrounding format carries unescaped."""
    style = style if style is not None else r.randrange(6)
    w = lambda: r.choice(WORDS)
    sy = lambda: r.choice(syms) if syms else ""
    if style == 0:
        return w().capitalize() + sy() + str(r.randrange(10, 9999)) + w().capitalize()
    if style == 1:
        s = chars(r, ALNUM, r.randrange(12, 22))
        if syms:
            i = r.randrange(1, len(s) - 1)
            s = s[:i] + sy() + s[i:]
        return s
    if style == 2:
        return (r.choice(syms) if syms and r.random() < .5 else "-").join(w() for _ in range(3)) + str(r.randrange(10, 99))
    if style == 3:
        return w()[:4].upper() + str(r.randrange(1000, 99999)) + sy() + w() + sy()
    if style == 4:
        return chars(r, ALNUM + (syms or ""), r.randrange(16, 28))
    return w().capitalize() + str(r.randrange(1960, 2026)) + sy() + chars(r, string.ascii_lowercase + string.digits, 4)


# ---------------------------------------------------------------------------------------------------------------- cards
def luhn_complete(prefix, length, r):
    d = prefix + "".join(r.choice(string.digits) for _ in range(length - len(prefix) - 1))
    total = 0
    for i, ch in enumerate(reversed(d)):
        n = int(ch)
        if i % 2 == 0:
            n *= 2
            if n > 9:
                n -= 9
        total += n
    return d + str((10 - total % 10) % 10)


def luhn_ok(s):
    ds = [int(c) for c in s if c.isdigit()]
    tot = 0
    for i, n in enumerate(reversed(ds)):
        if i % 2:
            n *= 2
            if n > 9:
                n -= 9
        tot += n
    return tot % 10 == 0


BRANDS = [("visa", ["4"], 16), ("mc", ["51", "52", "53", "54", "55", "2221", "2300", "2720"], 16), ("amex", ["34", "37"], 15),
          ("discover", ["6011", "65"], 16), ("jcb", ["3528", "3566", "3589"], 16), ("diners", ["36", "38"], 14),
          ("unionpay", ["62"], 16), ("unionpay19", ["62"], 19), ("mir", ["2200", "2202", "2204"], 16)]


def card(r, brand=None):
    b = [x for x in BRANDS if brand is None or x[0] == brand]
    name, prefixes, n = r.choice(b)
    return luhn_complete(r.choice(prefixes), n, r)


def group(s, sizes, sep=" "):
    out, i = [], 0
    for n in sizes:
        out.append(s[i:i + n])
        i += n
    if i < len(s):
        out.append(s[i:])
    return sep.join(x for x in out if x)


def card_groups(num):
    if len(num) == 15:
        return [4, 6, 5]
    if len(num) == 14:
        return [4, 6, 4]
    return [4] * (len(num) // 4)


def not_luhn(r, n=16, prefix="4"):
    while True:
        d = prefix + chars(r, string.digits, n - len(prefix))
        if not luhn_ok(d):
            return d


# ---------------------------------------------------------------------------------------------------------------- IBANs
# BBAN layouts (n digits, a upper letters, c alphanumerics) from the IBAN registry; national check digits are not computed.
BBAN = {"AZ": "4a20c", "GE": "2a16n", "KZ": "3n13c", "BR": "8n5n10n1a1c", "GR": "3n4n16c", "LV": "4a13c", "BH": "4a14c",
        "FR": "5n5n11c2n", "IT": "1a5n5n12c", "TN": "2n3n13n2n", "EG": "4n4n17n", "FI": "3n11n", "DK": "4n9n1n",
        "SE": "3n16n1n", "DE": "8n10n", "NL": "4a10n", "AT": "5n11n", "LT": "5n11n",
        "EE": "2n2n11n1n", "CZ": "4n6n10n", "SK": "4n6n10n", "SI": "5n8n2n", "HR": "7n10n", "BG": "4a4n2n8c", "IS": "4n2n6n10n",
        "GB": "4a6n8n", "IE": "4a6n8n"}


def _bban(r, fmt):
    import re
    out = ""
    for n, k in re.findall(r"(\d+)([nac])", fmt):
        al = {"n": string.digits, "a": string.ascii_uppercase, "c": string.digits + string.ascii_uppercase}[k]
        if k == "c":
            al = string.digits * 3 + string.ascii_uppercase
        out += chars(r, al, int(n))
    return out


def mod97(s):
    t = s[4:] + s[:4]
    num = "".join(str(int(ch, 36)) for ch in t)
    return int(num) % 97


def iban(r, cc):
    bb = _bban(r, BBAN[cc])
    t = bb + cc + "00"
    num = "".join(str(int(ch, 36)) for ch in t)
    ck = 98 - int(num) % 97
    return "%s%02d%s" % (cc, ck, bb)


def bad_iban(r, cc):
    s = iban(r, cc)
    ck = int(s[2:4])
    return s[:2] + "%02d" % ((ck + r.randrange(1, 90)) % 97 + 2 if (ck + 1) % 97 else 3) + s[4:] if False else s[:2] + "%02d" % (2 + (ck - 2 + r.randrange(1, 94)) % 97) + s[4:]


def iban4(s, sep=" "):
    return sep.join(s[i:i + 4] for i in range(0, len(s), 4))


# ---------------------------------------------------------------------------------------------------------------- phones
# Templates: d any digit, others literal. Each was kept only when random fills were all valid numbers of the region
# (python3-phonenumbers, outside the repository).
PHONES = {
    "SN": ["+221 77 ddd dd dd", "+221 78 ddd dd dd", "77 ddd dd dd", "00221 76 ddd dd dd", "+22170ddddddd"],
    "MA": ["+212 6 6d dd dd dd", "06 6d dd dd dd", "+212 661-dddddd", "0661 dd dd dd", "+212 5 22 dd dd dd"],
    "TN": ["+216 2d ddd ddd", "+216 98 ddd ddd", "5d ddd ddd", "+216 71 ddd ddd", "00216 9d ddd ddd"],
    "EG": ["+20 10 dddd dddd", "010 dddd dddd", "+20 12 dddd dddd", "0111 ddd dddd", "+20 11 dddd dddd"],
    "NG": ["+234 803 ddd dddd", "0803 ddd dddd", "+234 806 ddd dddd", "0812 ddd dddd", "+234 1 ddd dddd"],
    "TZ": ["+255 71d ddd ddd", "0754 ddd ddd", "+255 22 ddd dddd", "0713 ddd ddd", "+255 65d ddd ddd"],
    "PA": ["+507 6ddd-dddd", "6ddd-dddd", "+507 26d-dddd", "+507 6ddd dddd", "00507 6ddddddd"],
}


def phone(r, cc, tmpl=None):
    t = tmpl or r.choice(PHONES[cc])
    out = ""
    for ch in t:
        out += r.choice(string.digits) if ch == "d" else ch
    return out


# ---------------------------------------------------------------------------------------------------------------- network
def ipv4(r, private=None):
    k = r.randrange(5) if private is None else (r.randrange(3) if private else 3 + r.randrange(2))
    if k == 0:
        return "10.%d.%d.%d" % (r.randrange(256), r.randrange(256), r.randrange(1, 255))
    if k == 1:
        return "192.168.%d.%d" % (r.randrange(256), r.randrange(2, 255))
    if k == 2:
        return "172.%d.%d.%d" % (r.randrange(16, 32), r.randrange(256), r.randrange(1, 255))
    first = r.choice([41, 45, 62, 78, 85, 91, 102, 105, 154, 156, 160, 176, 185, 196, 197, 212])
    return "%d.%d.%d.%d" % (first, r.randrange(256), r.randrange(256), r.randrange(1, 255))


def ipv6(r):
    k = r.randrange(3)
    g = lambda: "%x" % r.randrange(1, 65536)
    if k == 0:
        return "2001:db8:%s:%s::%s" % (g(), g(), g())
    if k == 1:
        return "fd%02x:%s:%s::%s:%s" % (r.randrange(256), g(), g(), g(), g())
    return "2a02:%s:%s:%s:%s:%s:%s:%s" % (g(), g(), g(), g(), g(), g(), g())


def mac(r, sep=":", upper=False):
    b = [r.randrange(256) for _ in range(6)]
    b[0] &= 0xFC
    b[0] |= 0x00
    if b[0] == 0:
        b[0] = 0x3c
    s = sep.join("%02x" % x for x in b)
    return s.upper() if upper else s


def email(r, local, domains):
    return "%s@%s" % (local, r.choice(domains))


def ascii_local(name):
    import unicodedata
    s = unicodedata.normalize("NFKD", name)
    s = "".join(c for c in s if c.isascii() and (c.isalnum() or c in " -'")).lower()
    parts = [p for p in s.replace("'", "").replace("-", " ").split() if p]
    return ".".join(parts[:2]) if parts else "user"
