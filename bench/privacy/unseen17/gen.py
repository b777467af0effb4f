"""Text builder and value generators of unseen17. A family returns its text as pieces: plain strings and E(type, value) spans;
T(*pieces) joins them and records each span's offsets, so that no offset is counted by hand. Standard library only."""
import base64, json, string

AL = string.ascii_letters + string.digits
UP = string.ascii_uppercase + string.digits
LO = string.ascii_lowercase + string.digits
HEX = "0123456789abcdef"
B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
BECH = "QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L"


class E(tuple):
    def __new__(cls, typ, value):
        return super().__new__(cls, (typ, value))


def T(*pieces):
    text, ents, pos = [], [], 0
    for p in pieces:
        if isinstance(p, E):
            typ, val = p
            ents.append({"type": typ, "start": pos, "end": pos + len(val)})
            p = val
        text.append(p)
        pos += len(p)
    return "".join(text), ents


def s(r, n, chars=AL):
    return "".join(r.choice(chars) for _ in range(n))


def pick(r, seq):
    return seq[r.randrange(len(seq))]


def b64(r, nbytes, url=False):
    raw = bytes(r.randrange(256) for _ in range(nbytes))
    return (base64.urlsafe_b64encode(raw) if url else base64.b64encode(raw)).decode()


WORDS = ["lagoon", "Basalt", "tamarind", "Heron", "quince", "Mistral", "pumice", "Sorrel", "breaker", "Juniper", "kelp", "Osprey", "gravel",
         "Tundra", "anchor", "Vesper", "nettle", "Cinder", "marlin", "Quarry"]


def password(r, spaces=False):
    if spaces:
        return " ".join(pick(r, WORDS).lower() for _ in range(r.randrange(3, 5))) + pick(r, ["", "!", " 42", " 7?"])
    k = r.randrange(5)
    if k == 0:
        return pick(r, WORDS) + pick(r, "!#%*+-.?_") + str(r.randrange(10, 9999)) + pick(r, WORDS).lower()
    if k == 1:
        return s(r, r.randrange(14, 22), AL + "!#%^*-_+=")
    if k == 2:
        return "%s.%s.%s%d" % (pick(r, WORDS).lower(), pick(r, WORDS).lower(), pick(r, WORDS).lower(), r.randrange(10, 99))
    if k == 3:
        return s(r, 3, string.ascii_uppercase) + s(r, 4, string.digits) + pick(r, "$&!~") + s(r, 5, string.ascii_lowercase) + pick(r, "#%")
    return s(r, r.randrange(20, 33), AL)


def ipv4(r, private=None):
    if private is None:
        private = r.random() < 0.6
    if private:
        k = r.randrange(3)
        if k == 0:
            return "10.%d.%d.%d" % (r.randrange(256), r.randrange(256), r.randrange(2, 254))
        if k == 1:
            return "172.%d.%d.%d" % (r.randrange(16, 32), r.randrange(256), r.randrange(2, 254))
        return "192.168.%d.%d" % (r.randrange(256), r.randrange(2, 254))
    return "%d.%d.%d.%d" % (pick(r, [31, 45, 62, 81, 94, 109, 128, 151, 178, 188, 193, 212]), r.randrange(256), r.randrange(256), r.randrange(2, 254))


def ipv6(r, k=None):
    g = lambda: "%x" % r.randrange(1, 0xFFFF)
    k = r.randrange(4) if k is None else k
    if k == 0:
        return "2001:db8:%s:%s::%s" % (g(), g(), g())
    if k == 1:
        return "fd%02x:%s:%s:%s::%s" % (r.randrange(1, 256), g(), g(), g(), g())
    if k == 2:
        return "2a0%d:%s:%s:%s:%s:%s:%s:%s" % (r.randrange(1, 10), g(), g(), g(), g(), g(), g(), g())
    # written in full, with leading zeros
    return "2001:0db8:%04x:%04x:0000:0000:%04x:%04x" % (r.randrange(1, 0xFFFF), r.randrange(1, 0xFFFF), r.randrange(1, 0xFFFF), r.randrange(1, 0xFFFF))


def mac_bytes(r):
    b = [r.randrange(256) for _ in range(6)]
    b[0] &= 0xFC
    if b[0] == 0:
        b[0] = 0x58
    return b


def mac(r, style="colon"):
    h = ["%02x" % x for x in mac_bytes(r)]
    j = "".join(h)
    if style == "colon":
        return ":".join(h)
    if style == "COLON":
        return ":".join(h).upper()
    if style == "dash":
        return "-".join(h).upper()
    if style == "huawei":
        return "%s-%s-%s" % (j[0:4], j[4:8], j[8:12])
    if style == "CISCO":
        return ("%s.%s.%s" % (j[0:4], j[4:8], j[8:12])).upper()
    if style == "dots":
        return ".".join(h)
    if style == "hex0x":
        return "0x" + j
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


def luhn_ok(num):
    return luhn_complete(num[:-1]) == num


CARDS = [("Visa", ["4485", "4716", "4929"], 16), ("Mastercard", ["5186", "5412", "2223"], 16), ("Amex", ["34", "37"], 15),
         ("Discover", ["6011", "6440"], 16), ("JCB", ["3530", "3566"], 16), ("Diners", ["3056", "38"], 14)]


def card(r):
    b = pick(r, CARDS)
    p = pick(r, b[1])
    return b[0], luhn_complete(p + s(r, b[2] - len(p) - 1, string.digits))


def group(num, sep=" "):
    if len(num) == 15:
        sizes = [4, 6, 5]
    elif len(num) == 14:
        sizes = [4, 6, 4]
    else:
        sizes = [4] * (len(num) // 4)
    out, i = [], 0
    for z in sizes:
        out.append(num[i:i + z])
        i += z
    return sep.join(out)


# IBAN layouts of the SWIFT registry (BBAN parts): n digits, a upper letters, c upper alphanumerics
IBAN = {"AL": [("n", 8), ("c", 16)], "GE": [("a", 2), ("n", 16)], "KZ": [("n", 3), ("c", 13)], "IS": [("n", 22)], "MN": [("n", 4), ("n", 12)],
        "OM": [("n", 3), ("c", 16)], "SO": [("n", 4), ("n", 3), ("n", 12)], "YE": [("a", 4), ("n", 4), ("c", 18)], "FK": [("a", 2), ("n", 12)],
        "HN": [("a", 4), ("n", 20)], "NI": [("a", 4), ("n", 20)]}


def mod97(v):
    return int("".join(str(int(c, 36)) for c in v)) % 97


def iban(r, cc=None):
    cc = cc or pick(r, sorted(IBAN))
    bban = ""
    for kind, n in IBAN[cc]:
        bban += s(r, n, string.digits if kind == "n" else string.ascii_uppercase if kind == "a" else string.ascii_uppercase + string.digits)
    return cc + "%02d" % (98 - mod97(bban + cc + "00")) + bban


def iban_ok(v):
    v = v.replace(" ", "")
    return mod97(v[4:] + v[:4]) == 1


def grouped4(v):
    return " ".join(v[i:i + 4] for i in range(0, len(v), 4))


# phone templates: region -> [(national form, international form)]; X a random digit; every fill checked valid for its region with
# python3-phonenumbers outside the repository
PHONES = {
    "GI": [("54XX XXXX", "+350 54XX XXXX"), ("200 7XXXX", "+350 200 7XXXX")],
    "SV": [("7XXX-XXXX", "+503 7XXX-XXXX"), ("22XX-XXXX", "+503 22XX-XXXX")],
    "ST": [("98X XXXX", "+239 98X XXXX"), ("22X XXXX", "+239 22X XXXX")],
    "MO": [("66XX XXXX", "+853 66XX XXXX"), ("28XX XXXX", "+853 28XX XXXX")],
    "PM": [("041 XX XX", "+508 41 XX XX"), ("055 XX XX", "+508 55 XX XX")],
    "CK": [("5X XXX", "+682 5X XXX"), ("7X XXX", "+682 7X XXX")],
    "AF": [("070 XXX XXXX", "+93 70 XXX XXXX"), ("079 XXX XXXX", "+93 79 XXX XXXX")],
}


def phone(r, region=None, intl=None):
    region = region or pick(r, sorted(PHONES))
    nat, it = pick(r, PHONES[region])
    t = it if (intl if intl is not None else r.random() < 0.5) else nat
    return region, "".join(str(r.randrange(10)) if c == "X" else c for c in t)


def uuid(r):
    h = s(r, 32, HEX)
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], pick(r, "89ab"), h[17:20], h[20:32])


def b64url_json(obj):
    return base64.urlsafe_b64encode(json.dumps(obj, separators=(",", ":")).encode()).decode().rstrip("=")


def jwt(r):
    hdr = b64url_json({"alg": pick(r, ["RS256", "ES256", "HS256"]), "typ": "JWT"})
    body = b64url_json({"sub": s(r, 10, LO), "iat": 1796600000 + r.randrange(10 ** 6), "aud": pick(r, ["api", "ops", "billing"])})
    return hdr + "." + body + "." + b64(r, 32, url=True).rstrip("=")


def pem(r, kind="PRIVATE KEY", lines=5):
    body = [b64(r, 48) for _ in range(lines)] + [b64(r, 18)]
    return "-----BEGIN %s-----\n" % kind + "\n".join(body) + "\n-----END %s-----" % kind


def aws_key(r, temp=False):
    return ("ASIA" if temp else "AKIA") + s(r, 16, B32)


def aws_secret(r):
    return s(r, 40, AL + "/+")


# vendor tokens in their documented shapes: (vendor, maker)
def vendor_token(r, which=None):
    makers = [
        ("GitHub", lambda: "ghp_" + s(r, 36)),
        ("GitHub fine-grained", lambda: "github_pat_" + s(r, 22) + "_" + s(r, 59)),
        ("GitLab", lambda: "glpat-" + s(r, 20, AL + "-_")),
        ("Slack", lambda: "xoxb-%d-%d-%s" % (r.randrange(10 ** 11, 10 ** 12), r.randrange(10 ** 12, 10 ** 13), s(r, 24))),
        ("Stripe", lambda: "sk_live_" + s(r, 99)),
        ("OpenAI", lambda: "sk-proj-" + s(r, 48, AL + "-_") + "T3BlbkFJ" + s(r, 48, AL + "-_")),
        ("Anthropic", lambda: "sk-ant-api03-" + s(r, 93, AL + "-_") + "AA"),
        ("Hugging Face", lambda: "hf_" + s(r, 34)),
        ("npm", lambda: "npm_" + s(r, 36)),
        ("Shippo", lambda: "shippo_live_" + s(r, 40, HEX)),
        ("Scalingo", lambda: "tk-us-" + s(r, 48, AL + "-_")),
        ("Infracost", lambda: "ico-" + s(r, 32)),
        ("Flutterwave", lambda: "FLWSECK-" + s(r, 32, HEX) + "-X"),
        ("Duffel", lambda: "duffel_live_" + s(r, 43, LO + "-_")),
        ("EasyPost", lambda: "EZAK" + s(r, 54)),
        ("Dropbox", lambda: "sl.B" + s(r, 134, AL + "-_")),
        ("Fly.io", lambda: "fo1_" + s(r, 43, AL + "_")),
    ]
    if which is None:
        v, f = pick(r, makers)
    else:
        v, f = next(m for m in makers if m[0] == which)
    typ = "GITHUB_TOKEN" if v.startswith("GitHub") else "SLACK_TOKEN" if v == "Slack" else "API_KEY"
    return v, typ, f()


def ts(r):
    return "2026-12-%02dT%02d:%02d:%02d.%03dZ" % (r.randrange(1, 8), r.randrange(24), r.randrange(60), r.randrange(60), r.randrange(1000))


def hhmm(r):
    return "%02d:%02d" % (r.randrange(7, 23), r.randrange(60))


def host(r):
    return pick(r, ["db", "api", "mq", "cache", "ldap", "auth", "edge", "sftp", "ci", "vault"]) + "-%02d.%s" % (
        r.randrange(1, 30), pick(r, ["prod.internal", "eu2.corp.example", "stg.lan", "ops.example.net"]))
