"""Text builder and value generators of unseen12 (standard library only). A family writes its text as pieces,
T("password = ", E("GENERIC_SECRET", pw), "\n"); the builder records the offsets, so spans are never counted by hand."""
import base64, hashlib, os, random, string

R = random.Random()


class E:
    def __init__(self, typ, value):
        self.typ, self.value = typ, value


def T(*parts):
    text, ents = [], []
    pos = 0
    for p in parts:
        if isinstance(p, E):
            ents.append({"type": p.typ, "start": pos, "end": pos + len(p.value)})
            s = p.value
        else:
            s = str(p)
        text.append(s)
        pos += len(s)
    return "".join(text), ents


def pick(xs):
    return R.choice(xs)


def digits(n):
    return "".join(R.choice(string.digits) for _ in range(n))


def hexs(n, upper=False):
    s = "".join(R.choice("0123456789abcdef") for _ in range(n))
    return s.upper() if upper else s


def alnum(n, alphabet=string.ascii_letters + string.digits):
    return "".join(R.choice(alphabet) for _ in range(n))


def b64(nbytes, urlsafe=False, pad=True):
    raw = bytes(R.randrange(256) for _ in range(nbytes))
    s = base64.urlsafe_b64encode(raw).decode() if urlsafe else base64.b64encode(raw).decode()
    return s if pad else s.rstrip("=")


def b32(n):
    return "".join(R.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567") for _ in range(n))


WORDS = ["amber", "basalt", "cobalt", "dune", "ember", "fjord", "garnet", "harbor", "indigo", "juniper", "kelp", "lichen", "marble",
         "nectar", "onyx", "pepper", "quartz", "raven", "saffron", "tundra", "umber", "velvet", "walnut", "yarrow", "zephyr"]


def password():
    k = R.randrange(6)
    if k == 0:
        return alnum(R.randrange(12, 20)) + pick("!#%*+-")
    if k == 1:
        return pick(WORDS).capitalize() + pick(["#", "!", "_", "."]) + digits(4) + pick(WORDS)
    if k == 2:
        return alnum(R.randrange(16, 28), string.ascii_letters + string.digits + "-_")
    if k == 3:
        return "-".join(pick(WORDS) for _ in range(4))
    if k == 4:
        return pick(WORDS).capitalize() + digits(2) + pick("@$&") + pick(WORDS).upper()[:4] + digits(3)
    return alnum(10) + pick("^~!") + alnum(6)


def luhn_complete(prefix, length):
    body = prefix + digits(length - len(prefix) - 1)
    tot = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
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


def group(s, sizes, sep=" "):
    out, i = [], 0
    for n in sizes:
        out.append(s[i:i + n])
        i += n
    return sep.join(out)


# IBAN: country, BBAN pattern (n digit, a upper letter, c alnum upper)
IBAN_FMT = {"AD": "4n4n12c", "MC": "5n5n11n2n", "LI": "5n12c", "MT": "4a5n18c", "CY": "3n5n16c", "MD": "2c18c", "JO": "4a4n18c",
            "KW": "4a22c", "QA": "4a21c", "GT": "4c20c", "EG": "4n4n17n", "IQ": "4a3n12n", "SC": "4a2n2n16n3a", "SV": "4a20n",
            "LY": "3n3n15n", "VA": "3n15n", "TL": "3n14n2n"}


def _bban(fmt):
    out, num = [], ""
    for ch in fmt:
        if ch.isdigit():
            num += ch
            continue
        n, num = int(num), ""
        al = {"n": string.digits, "a": string.ascii_uppercase, "c": string.ascii_uppercase + string.digits}[ch]
        if ch == "c":
            out.append("".join(R.choice(string.digits) if R.random() < 0.7 else R.choice(string.ascii_uppercase) for _ in range(n)))
        else:
            out.append("".join(R.choice(al) for _ in range(n)))
    return out


def _mod97(s):
    return int("".join(str(int(c, 36)) for c in s)) % 97


def iban(cc):
    parts = _bban(IBAN_FMT[cc])
    if cc == "MC":  # French RIB key on bank, branch, account (numeric)
        b, g, a = int(parts[0]), int(parts[1]), int(parts[2])
        parts[3] = "%02d" % (97 - ((89 * b + 15 * g + 3 * a) % 97))
    bban = "".join(parts)
    chk = 98 - _mod97(bban + cc + "00")
    return cc + "%02d" % chk + bban


def iban_ok(s):
    s = s.replace(" ", "").replace("-", "").upper()
    return _mod97(s[4:] + s[:4]) == 1


def iban_grouped(s, sep=" "):
    return sep.join(s[i:i + 4] for i in range(0, len(s), 4))


# phones: region|cc|m/f|NSN pattern|national example|international example (checked with python3-phonenumbers outside the repo)
PHONES = [l.split("|") for l in open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "phones_tbl.txt"), encoding="utf-8").read().splitlines() if l]


def _fill(example, nsn, lead):
    # replace the last len(nsn) digits of the example (after `lead` characters) with the new number's digits
    chars = list(example)
    pos = [i for i, c in enumerate(chars) if c.isdigit() and i >= lead]
    pos = pos[-len(nsn):]
    for i, d in zip(pos, nsn):
        chars[i] = d
    return "".join(chars)


def phone(region=None, form=None):
    rows = [p for p in PHONES if region is None or p[0] == region]
    reg, cc, kind, pat, nat, intl = pick(rows)
    nsn = "".join(R.choice(string.digits) if c == "X" else c for c in pat)
    form = form or pick(["nat", "intl", "e164", "00"])
    if form == "nat":
        s = _fill(nat, nsn, 0)
    elif form == "intl":
        s = _fill(intl, nsn, len(cc) + 1)
    elif form == "00":
        s = "00" + _fill(intl, nsn, len(cc) + 1)[1:]
    else:
        s = "+" + cc + nsn
    return s, reg
