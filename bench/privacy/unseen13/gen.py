"""Text builder and value generators for unseen13 (standard library only).
A family writes its text as pieces: T("password = ", E("GENERIC_SECRET", pw), "\n"); T records the offsets."""
import base64, string

TYPES = {"EMAIL", "PHONE", "IPV4", "IPV6", "CREDIT_CARD", "IBAN", "US_SSN", "MAC", "PERSON", "URL_CREDENTIALS", "CONNECTION_STRING",
         "AWS_ACCESS_KEY", "AWS_SECRET_KEY", "GITHUB_TOKEN", "SLACK_TOKEN", "JWT", "PRIVATE_KEY", "API_KEY", "GENERIC_SECRET",
         "BEARER_TOKEN", "BASIC_AUTH"}
EXTRA_TYPES = {"NATIONAL_ID", "ADDRESS", "DATE_OF_BIRTH"}


class E:
    def __init__(self, typ, value):
        self.typ, self.value = typ, value


def T(*parts):
    text, ents = "", []
    for p in parts:
        if isinstance(p, E):
            ents.append({"type": p.typ, "start": len(text), "end": len(text) + len(p.value)})
            text += p.value
        elif isinstance(p, tuple):
            t2, e2 = p
            ents += [{"type": e["type"], "start": e["start"] + len(text), "end": e["end"] + len(text)} for e in e2]
            text += t2
        else:
            text += p
    return text, ents


def J(sep, items):
    """Joins pieces (strings, E, T results) with sep into one T result."""
    out = []
    for i, it in enumerate(items):
        if i:
            out.append(sep)
        out.append(it)
    return T(*out)


# ---------------------------------------------------------------- random values
LOW, UP, DIG = string.ascii_lowercase, string.ascii_uppercase, string.digits
ALNUM = LOW + UP + DIG
WORDS = ["amber", "basalt", "cobalt", "dune", "ember", "fjord", "glacier", "harbor", "indigo", "juniper", "kestrel", "lagoon",
         "meadow", "nimbus", "orchid", "pylon", "quartz", "raven", "saffron", "tundra", "umber", "velvet", "willow", "zephyr",
         "copper", "lantern", "marble", "thistle", "falcon", "cedar", "otter", "prairie", "sierra", "tango", "walnut", "yarrow"]


def s(r, n, alpha=ALNUM):
    return "".join(r.choice(alpha) for _ in range(n))


def hexs(r, n, up=False):
    return s(r, n, "0123456789ABCDEF" if up else "0123456789abcdef")


def b64(r, nbytes, urlsafe=False, pad=True):
    raw = bytes(r.randrange(256) for _ in range(nbytes))
    out = (base64.urlsafe_b64encode(raw) if urlsafe else base64.b64encode(raw)).decode()
    return out if pad else out.rstrip("=")


def pw(r, kind=None, symbols="!#%*+-.?@^_~"):
    """A password as people and generators write them."""
    k = kind if kind is not None else r.randrange(6)
    if k == 0:
        w = r.choice(WORDS)
        return w[0].upper() + w[1:] + r.choice(symbols) + str(r.randrange(10, 9999)) + r.choice(["", r.choice(symbols)])
    if k == 1:
        return s(r, r.randrange(14, 25))
    if k == 2:
        while True:
            v = s(r, r.randrange(12, 20), ALNUM + symbols)
            if any(c in symbols for c in v) and any(c in DIG for c in v):
                return v
    if k == 3:
        return "-".join(r.sample(WORDS, 4))
    if k == 4:
        w = r.choice(WORDS)
        return w.replace("a", "@").replace("o", "0").replace("e", "3").capitalize() + r.choice(["2026", "!", "#1", "_prod", "99$"])
    return b64(r, r.choice([18, 24]), pad=False).replace("/", "x").replace("+", "Z")


def ip4(r, private=None):
    p = r.random() < 0.6 if private is None else private
    if p:
        return r.choice([f"10.{r.randrange(256)}.{r.randrange(256)}.{r.randrange(2, 254)}",
                         f"172.{r.randrange(16, 32)}.{r.randrange(256)}.{r.randrange(2, 254)}",
                         f"192.168.{r.randrange(256)}.{r.randrange(2, 254)}"])
    return f"{r.choice([31, 45, 62, 77, 85, 91, 103, 141, 151, 185, 193, 203])}.{r.randrange(256)}.{r.randrange(256)}.{r.randrange(2, 254)}"


def ip6(r):
    k = r.randrange(3)
    if k == 0:
        return "2a0%d:%x:%x::%x" % (r.randrange(1, 10), r.randrange(0x1000, 0xffff), r.randrange(0x10, 0xffff), r.randrange(1, 0xffff))
    if k == 1:
        return "fd%02x:%x:%x:%x::%x" % (r.randrange(256), r.randrange(0x1000, 0xffff), r.randrange(0x1000, 0xffff), r.randrange(1, 0xffff), r.randrange(1, 0xfff))
    return "fe80::%x:%xff:fe%02x:%x" % (r.randrange(0x100, 0xffff), r.randrange(0x10, 0xff), r.randrange(256), r.randrange(0x100, 0xffff))


def mac(r, style=":"):
    b = [r.randrange(256) for _ in range(6)]
    b[0] = (b[0] & 0xFC) | r.choice([0, 0])  # unicast, universally administered
    if b == [0] * 6:
        b[5] = 1
    if style == ".":
        h = "".join("%02x" % x for x in b)
        return ".".join(h[i:i + 4] for i in range(0, 12, 4))
    fmt = "%02X" if style == "-" else "%02x"
    return style.join(fmt % x for x in b)


# ---------------------------------------------------------------- cards
def luhn_complete(prefix, length, r):
    body = prefix + "".join(r.choice(DIG) for _ in range(length - len(prefix) - 1))
    tot = 0
    for i, c in enumerate(reversed(body)):
        d = int(c)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return body + str((10 - tot % 10) % 10)


def luhn_ok(num):
    ds = [int(c) for c in num if c.isdigit()]
    tot = 0
    for i, d in enumerate(reversed(ds)):
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


BRANDS = {"visa": (["4"], 16), "mc": (["51", "53", "55", "2221", "2720", "23"], 16), "amex": (["34", "37"], 15),
          "discover": (["6011", "65"], 16), "jcb": (["3528", "3589", "356"], 16), "unionpay19": (["62"], 19),
          "diners14": (["36"], 14), "maestro": (["6759", "5018", "5020"], 16), "mir": (["2200", "2202", "2204"], 16),
          "rupay": (["6521", "6522", "8171"], 16)}


def card(r, brand=None):
    b = brand or r.choice(sorted(BRANDS))
    pre, n = BRANDS[b]
    return luhn_complete(r.choice(pre), n, r)


def group(num, sizes, sep=" "):
    out, i = [], 0
    for k in sizes:
        out.append(num[i:i + k])
        i += k
    if i < len(num):
        out.append(num[i:])
    return sep.join(x for x in out if x)


# ---------------------------------------------------------------- IBANs (mod-97; Montenegro's national 97-10 check)
IBAN_FMT = {"ME": "n18", "BA": "n16", "MR": "n23", "PK": "a4c16", "TR": "n5 0 c16", "AE": "n19", "SA": "n2c18", "IL": "n19",
            "HU": "n24", "RO": "a4c16", "PL": "n24", "PT": "n21"}
IBAN_BANKS = {"PK": ["SCBL", "HABB", "MEZN", "UNIL"], "RO": ["BTRL", "RNCB", "BRDE", "INGB"]}


def _mod97(s_):
    return int("".join(str(int(c, 36)) for c in s_)) % 97


def iban(r, cc):
    f = IBAN_FMT[cc]
    if cc in ("PK", "RO"):
        bban = r.choice(IBAN_BANKS[cc]) + s(r, 16, UP + DIG if cc == "PK" else DIG)
    elif cc == "TR":
        bban = s(r, 5, DIG) + "0" + s(r, 16, DIG)
    elif cc == "SA":
        bban = r.choice(["10", "20", "45", "80"]) + s(r, 18, DIG)
    else:
        n = int(f[1:])
        bban = s(r, n, DIG)
        if cc == "ME":
            body = bban[:16]
            bban = body + "%02d" % (98 - int(body) * 100 % 97)
        if cc == "BA":
            body = bban[:14]
            bban = body + "%02d" % (98 - int(body) * 100 % 97)
    chk = 98 - _mod97(bban + cc + "00")
    return cc + "%02d" % chk + bban


def iban_grouped(v, sep=" "):
    return sep.join(v[i:i + 4] for i in range(0, len(v), 4))


# ---------------------------------------------------------------- phones (templates kept only when checked valid; see README)
PHONES = {
    "CL": [("+56 9 8{d3} {d4}", "intl"), ("9 8{d3} {d4}", "nat"), ("+56 2 2{d3} {d4}", "intl"), ("+5695{d7}", "e164")],
    "PE": [("+51 9{d2} {d3} {d3}", "intl"), ("9{d2} {d3} {d3}", "nat"), ("(01) 4{d2}-{d4}", "nat"), ("+519{d8}", "e164")],
    "UA": [("+380 67 {d3} {d2} {d2}", "intl"), ("067 {d3} {d2} {d2}", "nat"), ("(044) 2{d2}-{d2}-{d2}", "nat"), ("+38050{d7}", "e164")],
    "CU": [("+53 5 {d3} {d4}", "intl"), ("+53 5{d7}", "intl"), ("00 53 5{d3} {d4}", "00")],
    "BI": [("+257 79 {d2} {d2} {d2}", "intl"), ("+257 22 2{d1} {d2} {d2}", "intl"), ("00257 61{d6}", "00")],
    "MM": [("+95 9 25{d1} {d3} {d3}", "intl"), ("09 25{d1} {d3} {d3}", "nat"), ("+95 9 78{d1} {d3} {d3}", "intl")],
    "PH": [("+63 917 {d3} {d4}", "intl"), ("0917 {d3} {d4}", "nat"), ("(02) 8{d3} {d4}", "nat"), ("+63 998 {d3} {d4}", "intl")],
    "VN": [("+84 912 {d3} {d3}", "intl"), ("0912 {d3} {d3}", "nat"), ("+84 28 3{d3} {d4}", "intl"), ("0387 {d3} {d3}", "nat")],
    "MY": [("+60 12-{d3} {d4}", "intl"), ("012-{d3} {d4}", "nat"), ("+60 16-{d3} {d4}", "intl"), ("011-1{d3} {d4}", "nat")],
    "AR": [("+54 9 11 5{d3}-{d4}", "intl"), ("011 15-6{d3}-{d4}", "nat"), ("+54 11 4{d3}-{d4}", "intl")],
    "CO": [("+57 310 {d3} {d4}", "intl"), ("310 {d3} {d4}", "nat"), ("+57 315 {d3} {d4}", "intl"), ("+57 321{d7}", "intl")],
    "KE": [("+254 712 {d3} {d3}", "intl"), ("0712 {d3} {d3}", "nat"), ("+254 20 {d3} {d4}", "intl"), ("0722{d6}", "nat")],
}


def _fill(tpl, r):
    out, i = "", 0
    while i < len(tpl):
        if tpl[i] == "{":
            j = tpl.index("}", i)
            out += "".join(r.choice(DIG) for _ in range(int(tpl[i + 2:j])))
            i = j + 1
        else:
            out += tpl[i]
            i += 1
    return out


def phone(r, cc=None, form=None):
    cc = cc or r.choice(sorted(PHONES))
    opts = [t for t in PHONES[cc] if form is None or t[1] == form] or PHONES[cc]
    return _fill(r.choice(opts)[0], r)


def email(r, given, family, domain=None):
    import unicodedata
    def asc(x):
        return "".join(c for c in unicodedata.normalize("NFKD", x) if c.isascii() and (c.isalnum() or c in ".-")).lower()
    g, f = asc(given) or "user", asc(family) or "x"
    dom = domain or r.choice(["corp.example", "mail.example.org", "helpdesk.example.net", "ops.example.com", "clinic.example"])
    return r.choice([f"{g}.{f}@{dom}", f"{g[0]}{f}@{dom}", f"{f}.{g}@{dom}", f"{g}{r.randrange(10, 99)}@{dom}"])
