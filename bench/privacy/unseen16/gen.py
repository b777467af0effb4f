"""Text builder and value generators of unseen16. A family returns its text as pieces: plain strings and E(type, value) spans;
T(*pieces) joins them and records each span's offsets, so that no offset is counted by hand. Standard library only."""
import base64, string

AL = string.ascii_letters + string.digits
UP = string.ascii_uppercase + string.digits
LO = string.ascii_lowercase + string.digits
HEX = "0123456789abcdef"
B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"


class E(tuple):
    def __new__(cls, typ, value):
        return super().__new__(cls, (typ, value))


def T(*pieces):
    text, ents = [], []
    pos = 0
    for p in pieces:
        if isinstance(p, E):
            typ, val = p
            ents.append({"type": typ, "start": pos, "end": pos + len(val)})
            text.append(val)
            pos += len(val)
        else:
            text.append(p)
            pos += len(p)
    return "".join(text), ents


def s(r, n, chars=AL):
    return "".join(r.choice(chars) for _ in range(n))


def pick(r, seq):
    return seq[r.randrange(len(seq))]


def b64(r, nbytes, url=False):
    raw = bytes(r.randrange(256) for _ in range(nbytes))
    out = base64.urlsafe_b64encode(raw) if url else base64.b64encode(raw)
    return out.decode()


def b64text(t):
    return base64.b64encode(t.encode()).decode()


WORDS = ["Harbor", "maple", "Quartz", "tundra", "Violet", "ember", "Falcon", "copper", "Nimbus", "orchid", "Pylon", "saffron", "Glacier",
         "walnut", "Cobalt", "lantern", "Meadow", "zephyr", "Basalt", "juniper"]


def password(r):
    k = r.randrange(4)
    if k == 0:
        return pick(r, WORDS) + pick(r, "!#%*+-.?@_") + str(r.randrange(10, 9999)) + pick(r, WORDS).lower()
    if k == 1:
        return s(r, r.randrange(14, 22), AL + "!#%^*-_+=")
    if k == 2:
        return "%s-%s-%s-%d" % (pick(r, WORDS).lower(), pick(r, WORDS).lower(), pick(r, WORDS).lower(), r.randrange(10, 99))
    return s(r, 4, string.ascii_uppercase) + s(r, 3, string.digits) + pick(r, "$&!~") + s(r, 6, string.ascii_lowercase)


def ipv4(r, private=None):
    if private is None:
        private = r.random() < 0.6
    if private:
        k = r.randrange(3)
        if k == 0:
            return "10.%d.%d.%d" % (r.randrange(256), r.randrange(256), r.randrange(1, 255))
        if k == 1:
            return "172.%d.%d.%d" % (r.randrange(16, 32), r.randrange(256), r.randrange(1, 255))
        return "192.168.%d.%d" % (r.randrange(256), r.randrange(1, 255))
    return "%d.%d.%d.%d" % (pick(r, [23, 34, 41, 52, 77, 89, 102, 141, 154, 185, 196, 203]), r.randrange(256), r.randrange(256),
                             r.randrange(1, 255))


def ipv6(r):
    k = r.randrange(4)
    g = lambda: "%x" % r.randrange(1, 0xFFFF)
    if k == 0:
        return "2001:db8:%s:%s::%s" % (g(), g(), g())
    if k == 1:
        return "fd%02x:%s:%s:%s::%s" % (r.randrange(256), g(), g(), g(), g())
    if k == 2:
        return "fe80::%s:%s:%s:%s" % (g(), g(), g(), g())
    return "2a0%d:%s:%s:%s:%s:%s:%s:%s" % (r.randrange(1, 10), g(), g(), g(), g(), g(), g(), g())


def mac(r, style="colon"):
    b = [r.randrange(256) for _ in range(6)]
    b[0] = (b[0] & 0xFC) | 0x00  # unicast, global
    if b[0] == 0:
        b[0] = 0x3C
    h = ["%02x" % x for x in b]
    if style == "colon":
        return ":".join(h)
    if style == "COLON":
        return ":".join(h).upper()
    if style == "dash":
        return "-".join(h).upper()
    if style == "cisco":
        j = "".join(h)
        return "%s.%s.%s" % (j[0:4], j[4:8], j[8:12])
    if style == "hp":
        j = "".join(h)
        return "%s-%s" % (j[0:6], j[6:12])
    if style == "bsd":
        return ":".join("%x" % x for x in b)
    if style == "bare":
        return "".join(h).upper()
    raise ValueError(style)


def luhn_complete(digits):
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return digits + str((10 - total % 10) % 10)


# (brand, prefixes, length)
CARDS = [("Mir", ["2200", "2201", "2202", "2204"], 16), ("RuPay", ["6521", "6522", "508500", "607100"], 16),
         ("Troy", ["9792"], 16), ("Elo", ["636368", "504175", "438935", "451416"], 16), ("Verve", ["506099", "506124", "650002"], 19),
         ("UnionPay", ["6212", "6228", "6250"], 19), ("Visa", ["4539", "4916", "4024"], 16), ("Mastercard", ["2221", "2720", "5425"], 16),
         ("Amex", ["34", "37"], 15), ("JCB", ["3528", "3589"], 16), ("Discover", ["6011", "6445"], 16), ("Diners", ["36", "3095"], 14)]


def card(r, brand=None):
    b = pick(r, CARDS) if brand is None else next(c for c in CARDS if c[0] == brand)
    p = pick(r, b[1])
    body = p + s(r, b[2] - len(p) - 1, string.digits)
    return b[0], luhn_complete(body)


def group(num, sep=" ", sizes=None):
    if sizes is None:
        sizes = [4, 6, 5] if len(num) == 15 else [4, 6, 4] if len(num) == 14 else [4] * (len(num) // 4) + ([len(num) % 4] if len(num) % 4 else [])
    out, i = [], 0
    for z in sizes:
        out.append(num[i:i + z])
        i += z
    return sep.join(out)


# IBAN layouts of the SWIFT registry: country -> list of (kind, length), kind n digits, a upper letters, c alphanumerics
IBAN = {"FO": [("n", 14)], "GL": [("n", 14)], "LI": [("n", 5), ("c", 12)], "AD": [("n", 8), ("c", 12)], "MC": [("n", 10), ("c", 11), ("n", 2)],
        "SM": [("a", 1), ("n", 10), ("c", 12)], "MK": [("n", 3), ("c", 10), ("n", 2)], "LV": [("a", 4), ("c", 13)], "LT": [("n", 16)],
        "CY": [("n", 8), ("c", 16)], "MT": [("a", 4), ("n", 5), ("c", 18)], "BH": [("a", 4), ("c", 14)], "MU": [("a", 4), ("n", 19), ("a", 3)],
        "SC": [("a", 4), ("n", 20), ("a", 3)], "LY": [("n", 21)], "SD": [("n", 14)], "BI": [("n", 23)], "DJ": [("n", 23)], "EG": [("n", 25)]}


def _mod97(s_):
    n = "".join(str(int(c, 36)) for c in s_)
    return int(n) % 97


def iban(r, cc=None):
    cc = cc or pick(r, sorted(IBAN))
    bban = ""
    for kind, n in IBAN[cc]:
        bban += s(r, n, string.digits if kind == "n" else string.ascii_uppercase if kind == "a" else string.ascii_uppercase + string.digits)
    check = 98 - _mod97(bban + cc + "00")
    return cc + "%02d" % check + bban


def iban_grouped(v):
    return " ".join(v[i:i + 4] for i in range(0, len(v), 4))


# phone templates: region -> (country code, [(national form, international form)]); X is a random digit; kept only when every
# random fill was a valid number of the region (checked outside the repository with python3-phonenumbers)
PHONES = {
    "CV": ("238", [("99X XX XX", "+238 99X XX XX"), ("221 XX XX", "+238 221 XX XX")]),
    "YE": ("967", [("071X XXX XXX", "+967 71X XXX XXX"), ("01 2XX XXX", "+967 1 2XX XXX")]),
    "BT": ("975", [("17 XX XX XX", "+975 17 XX XX XX"), ("2 3XX XXX", "+975 2 3XX XXX")]),
    "MV": ("960", [("77X-XXXX", "+960 77X-XXXX"), ("670-XXXX", "+960 670-XXXX")]),
    "BN": ("673", [("71X XXXX", "+673 71X XXXX"), ("23X XXXX", "+673 23X XXXX")]),
    "PG": ("675", [("70XX XXXX", "+675 70XX XXXX"), ("31X XXXX", "+675 31X XXXX")]),
    "BW": ("267", [("71 XXX XXX", "+267 71 XXX XXX"), ("240 XXXX", "+267 240 XXXX")]),
    "NA": ("264", [("081 XXX XXXX", "+264 81 XXX XXXX"), ("061 22X XXX", "+264 61 22X XXX")]),
    "MW": ("265", [("0991 XX XX XX", "+265 991 XX XX XX"), ("01 23X XXX", "+265 1 23X XXX")]),
    "GY": ("592", [("60X XXXX", "+592 60X XXXX"), ("220 XXXX", "+592 220 XXXX")]),
    "SR": ("597", [("74X-XXXX", "+597 74X-XXXX"), ("21X-XXX", "+597 21X-XXX")]),
    "BZ": ("501", [("62X-XXXX", "+501 62X-XXXX"), ("22X-XXXX", "+501 22X-XXXX")]),
    "FO": ("298", [("21XXXX", "+298 21XXXX")]),
    "LI": ("423", [("660 XXX XXX", "+423 660 XXX XXX"), ("23X XX XX", "+423 23X XX XX")]),
}


def phone(r, region=None, intl=None):
    region = region or pick(r, sorted(PHONES))
    cc, tpls = PHONES[region]
    nat, it = pick(r, tpls)
    t = it if (intl if intl is not None else r.random() < 0.5) else nat
    return region, "".join(str(r.randrange(10)) if c == "X" else c for c in t)


def uuid(r):
    h = s(r, 32, HEX)
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], pick(r, "89ab"), h[17:20], h[20:32])


def jwt(r, claims=None):
    import json
    hdr = b64url_json({"alg": pick(r, ["RS256", "ES256", "HS256"]), "typ": "JWT", "kid": s(r, 8, LO)})
    body = b64url_json(claims or {"sub": s(r, 12, LO), "iat": 1796600000 + r.randrange(10 ** 6), "scope": "read write"})
    sig = b64(r, 32 if r.random() < 0.5 else 64, url=True).rstrip("=")
    return hdr + "." + body + "." + sig


def b64url_json(obj):
    import json
    return base64.urlsafe_b64encode(json.dumps(obj, separators=(",", ":")).encode()).decode().rstrip("=")


def pem(r, kind="RSA PRIVATE KEY", lines=6, sep="\n", indent=""):
    body = [b64(r, 48) for _ in range(lines)] + [b64(r, 20)]
    j = sep + indent
    return "-----BEGIN %s-----" % kind + j + j.join(body) + j + "-----END %s-----" % kind


def ts(r):
    return "2026-12-%02dT%02d:%02d:%02d.%03dZ" % (r.randrange(1, 8), r.randrange(24), r.randrange(60), r.randrange(60), r.randrange(1000))


def hhmm(r):
    return "%02d:%02d" % (r.randrange(24), r.randrange(60))
