"""Values for unseen18: tokens in their vendors' shapes, card numbers (Luhn), IBANs (mod 97), addresses, and T() which joins text parts
and (TYPE, value) pairs into a text and its entity list."""
import base64, json, string

ALNUM = string.ascii_letters + string.digits
HEX = "0123456789abcdef"
B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
B64 = string.ascii_letters + string.digits + "+/"
URLSAFE = string.ascii_letters + string.digits + "-_"


def T(parts):
    text, ents = [], []
    n = 0
    for p in parts:
        if isinstance(p, tuple):
            typ, v = p
            ents.append({"type": typ, "start": n, "end": n + len(v)})
            text.append(v)
            n += len(v)
        else:
            text.append(p)
            n += len(p)
    return "".join(text), ents


def s(r, alpha, n):
    return "".join(r.choice(alpha) for _ in range(n))


def hexs(r, n):
    return s(r, HEX, n)


def uuid(r):
    h = hexs(r, 32)
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], r.choice("89ab"), h[17:20], h[20:])


def b64(raw):
    return base64.b64encode(raw.encode()).decode()


def b64url(raw):
    return base64.urlsafe_b64encode(raw.encode()).decode().rstrip("=")


def password(r):
    w = r.choice(["Harbor", "Quartz", "Falcon", "Meridian", "Copper", "Juniper", "Osprey", "Tundra", "Saffron", "Lantern", "Pylon", "Cobalt"])
    return w + r.choice(["!", "_", "-", ".", "~", "*", "$"]) + str(r.randint(10, 9999)) + s(r, ALNUM, r.randint(3, 9))


def rand_secret(r, n=None):
    return s(r, ALNUM, n or r.randint(20, 40))


def ipv4_private(r):
    k = r.randrange(3)
    if k == 0:
        return "10.%d.%d.%d" % (r.randint(0, 254), r.randint(0, 254), r.randint(2, 254))
    if k == 1:
        return "172.%d.%d.%d" % (r.randint(16, 31), r.randint(0, 254), r.randint(2, 254))
    return "192.168.%d.%d" % (r.randint(0, 254), r.randint(2, 254))


def ipv4_public(r):
    a = r.choice([23, 34, 35, 44, 52, 54, 63, 66, 81, 85, 91, 104, 142, 151, 185, 193, 203, 212])
    return "%d.%d.%d.%d" % (a, r.randint(0, 254), r.randint(0, 254), r.randint(2, 254))


def ipv4(r):
    return ipv4_public(r) if r.random() < 0.4 else ipv4_private(r)


def ipv6(r):
    k = r.randrange(4)
    g = lambda: "%x" % r.randint(1, 0xFFFF)
    if k == 0:
        return "2001:db8:%s:%s::%s" % (g(), g(), g())
    if k == 1:
        return "fd%02x:%s:%s:%s::%s" % (r.randint(0, 255), g(), g(), g(), g())
    if k == 2:
        return "fe80::%s:%s:%s:%s" % (g(), g(), g(), g())
    return "2a0%d:%s:%s:%s:%s:%s:%s:%s" % (r.randint(1, 9), g(), g(), g(), g(), g(), g(), g())


def mac(r, style=None):
    b = [r.randint(0, 255) for _ in range(6)]
    b[0] = (b[0] & 0xFC) | 0x02 if r.random() < 0.3 else b[0] & 0xFC
    style = style if style is not None else r.randrange(5)
    if style == 0:
        return ":".join("%02x" % x for x in b)
    if style == 1:
        return "-".join("%02X" % x for x in b)
    if style == 2:
        h = "".join("%02x" % x for x in b)
        return "%s.%s.%s" % (h[:4], h[4:8], h[8:])
    if style == 3:
        return ":".join("%02X" % x for x in b)
    return "-".join("%02x" % x for x in b)


def luhn_fill(prefix, length, r):
    d = [int(c) for c in prefix] + [r.randint(0, 9) for _ in range(length - len(prefix) - 1)]
    tot = 0
    for i, x in enumerate(reversed(d)):
        if i % 2 == 0:
            x *= 2
            x = x - 9 if x > 9 else x
        tot += x
    return "".join(map(str, d)) + str((10 - tot % 10) % 10)


def luhn_ok(num):
    d = [int(c) for c in num if c.isdigit()]
    tot = 0
    for i, x in enumerate(reversed(d)):
        if i % 2 == 1:
            x *= 2
            x = x - 9 if x > 9 else x
        tot += x
    return tot % 10 == 0


def card(r, grouped=None):
    kind = r.randrange(5)
    if kind == 0:
        n = luhn_fill("4" + str(r.randint(10000, 99999)), 16, r)
    elif kind == 1:
        n = luhn_fill(str(r.randint(51, 55)), 16, r)
    elif kind == 2:
        n = luhn_fill(str(r.randint(2221, 2720)), 16, r)
    elif kind == 3:
        n = luhn_fill(r.choice(["34", "37"]), 15, r)
        if grouped or (grouped is None and r.random() < 0.5):
            return "%s %s %s" % (n[:4], n[4:10], n[10:])
        return n
    else:
        n = luhn_fill("6011", 16, r)
    if grouped or (grouped is None and r.random() < 0.5):
        sep = r.choice([" ", "-"])
        return sep.join(n[i:i + 4] for i in range(0, 16, 4))
    return n


IBAN_FMT = {  # country: (length, bban pattern: n digits, a upper letters, c alnum)
    "DE": "18n", "FR": "10n11c2n", "NL": "4a10n", "ES": "20n", "IT": "1a10n12c", "BE": "12n", "AT": "16n", "CH": "5n12c",
    "LT": "16n", "LV": "4a13c", "SK": "20n", "SI": "15n", "HR": "17n", "CY": "8n16c", "MT": "4a5n18c", "LU": "3n13c", "FI": "14n",
    "DK": "14n", "NO": "11n", "SE": "20n", "GR": "7n16c", "IE": "4a14n", "EE": "16n", "CZ": "20n",
}


def iban(r, cc=None, grouped=None):
    import re
    # Belgian, Spanish and Norwegian account numbers carry national check digits of their own; left out rather than half valid
    cc = cc or r.choice(sorted(set(IBAN_FMT) - {"BE", "ES", "NO"}))
    bban = ""
    for cnt, k in re.findall(r"(\d+)([nac])", IBAN_FMT[cc]):
        alpha = {"n": string.digits, "a": string.ascii_uppercase, "c": string.ascii_uppercase + string.digits}[k]
        bban += s(r, alpha, int(cnt))
    num = int("".join(str(int(c, 36)) for c in bban + cc + "00"))
    ib = cc + "%02d" % (98 - num % 97) + bban
    if grouped or (grouped is None and r.random() < 0.4):
        return " ".join(ib[i:i + 4] for i in range(0, len(ib), 4))
    return ib


def iban_ok(ib):
    ib = ib.replace(" ", "")
    x = ib[4:] + ib[:4]
    return int("".join(str(int(c, 36)) for c in x)) % 97 == 1


def ssn(r, style=0):
    a = r.choice([r.randint(1, 665), r.randint(667, 899)])
    n = "%03d%02d%04d" % (a, r.randint(1, 99), r.randint(1, 9999))
    return n if style == 1 else "%s-%s-%s" % (n[:3], n[3:5], n[5:])


# secrets in their vendors' shapes
def aws_key(r):
    return r.choice(["AKIA", "ASIA"]) + s(r, B32, 16)


def aws_secret(r):
    return s(r, string.ascii_letters + string.digits + "+/", 40)


def ghp(r):
    return r.choice(["ghp_", "gho_", "ghs_", "ghu_"]) + s(r, ALNUM, 36)


def github_pat(r):
    return "github_pat_11" + s(r, string.ascii_uppercase + string.digits, 20) + "_" + s(r, ALNUM, 59)


def slack_tok(r):
    return r.choice(["xoxb-", "xoxp-"]) + "%d-%d-" % (r.randint(10**10, 10**12), r.randint(10**10, 10**12)) + s(r, ALNUM, 24)


def slack_hook(r):
    return "https://hooks.slack.com/services/T%s/B%s/%s" % (s(r, string.ascii_uppercase + string.digits, 8), s(r, string.ascii_uppercase + string.digits, 10), s(r, ALNUM, 24))


def jwt(r, sub=None):
    h = b64url(json.dumps({"alg": r.choice(["RS256", "HS256", "ES256"]), "typ": "JWT", "kid": hexs(r, 8)}, separators=(",", ":")))
    p = b64url(json.dumps({"sub": sub or uuid(r), "iss": "https://auth.%s/" % r.choice(["corp.example", "id.internal", "sso.acme.io"]),
                           "exp": r.randint(1790000000, 1799999999), "scope": "read write"}, separators=(",", ":")))
    return "%s.%s.%s" % (h, p, s(r, URLSAFE, 43))


def pem_key(r, kind=None, nl="\n", indent=""):
    kind = kind or r.choice(["RSA PRIVATE KEY", "PRIVATE KEY", "EC PRIVATE KEY", "OPENSSH PRIVATE KEY"])
    lines = [s(r, B64, 64) for _ in range(r.randint(4, 12))] + [s(r, B64, r.randint(8, 60)) + "=="]
    body = (nl + indent).join(lines)
    return "-----BEGIN %s-----%s%s%s%s-----END %s-----" % (kind, nl, indent, body, nl + indent, kind)


def pem_b64(r):
    return b64(pem_key(r, "PRIVATE KEY") + "\n")


def vendor_key(r, k=None):
    """Vendor-prefixed keys in their published shapes (API_KEY)."""
    opts = [
        lambda: "sk_live_" + s(r, ALNUM, 24 + r.choice([0, 75])),
        lambda: "rk_live_" + s(r, ALNUM, 24),
        lambda: "glpat-" + s(r, URLSAFE, 20),
        lambda: "AIza" + s(r, URLSAFE, 35),
        lambda: "npm_" + s(r, ALNUM, 36),
        lambda: "SG." + s(r, URLSAFE, 22) + "." + s(r, URLSAFE, 43),
        lambda: "hvs." + s(r, URLSAFE, 24),
        lambda: "dop_v1_" + hexs(r, 64),
        lambda: "shpat_" + hexs(r, 32),
        lambda: "hf_" + s(r, string.ascii_letters, 34),
        lambda: "glsa_" + s(r, ALNUM, 32) + "_" + hexs(r, 8),
        lambda: "dckr_pat_" + s(r, URLSAFE, 27),
        lambda: "tskey-auth-k" + s(r, ALNUM, 10) + "CNTRL-" + s(r, ALNUM, 33),
        lambda: "dp.st.prd." + s(r, ALNUM, 43),
        lambda: "PMAK-" + hexs(r, 24) + "-" + hexs(r, 34),
        lambda: "lin_api_" + s(r, ALNUM, 40),
        lambda: "sntrys_" + s(r, URLSAFE, 60),
        lambda: "NRAK-" + s(r, string.ascii_uppercase + string.digits, 27),
        lambda: "dapi" + hexs(r, 32),
        lambda: "sbp_" + hexs(r, 40),
        lambda: "pscale_tkn_" + s(r, URLSAFE, 43),
        lambda: "ATATT3xFfGF0" + s(r, URLSAFE, 180) + "=" + hexs(r, 8).upper(),
        lambda: "sk-proj-" + s(r, URLSAFE, 48),
        lambda: "sk-ant-api03-" + s(r, URLSAFE, 93) + "AA",
        lambda: "pul-" + hexs(r, 40),
        lambda: "tfp_" + s(r, ALNUM, 48),
        lambda: "nfp_" + s(r, ALNUM, 36),
        lambda: "fo1_" + s(r, URLSAFE, 43),
        lambda: s(r, ALNUM, 14) + ".atlasv1." + s(r, ALNUM, 67),
    ]
    return opts[k % len(opts) if k is not None else r.randrange(len(opts))]()


def sha256(r):
    return hexs(r, 64)


def git_sha(r):
    return hexs(r, 40)


def bcrypt(r):
    return "$2b$12$" + s(r, string.ascii_letters + string.digits + "./", 53)


def ts(r, base=1796000000, fmt="%Y-%m-%dT%H:%M:%S"):
    import time
    return time.strftime(fmt, time.gmtime(base + r.randint(0, 86400 * 30)))


def spread(r, head, blocks, filler, size, tail=()):
    """A long paste: head, then filler lines (each a list of parts) up to about `size` characters, with the blocks (lists of parts)
    placed one near the start, the others at random depths including the last tenth; then tail."""
    lines, n = [], 0
    while n < size:
        ln = filler(r)
        lines.append(ln)
        n += sum(len(p[1]) if isinstance(p, tuple) else len(p) for p in ln)
    m = len(lines)
    pos = [r.randint(0, min(3, m))]
    for i in range(1, len(blocks)):
        pos.append(r.randint(int(m * 0.9), m) if i == len(blocks) - 1 else r.randint(0, m))
    at = {}
    for p, b in zip(pos, blocks):
        at.setdefault(p, []).append(b)
    out = list(head)
    for i in range(m + 1):
        for b in at.get(i, []):
            out.extend(b)
        if i < m:
            out.extend(lines[i])
    out.extend(tail)
    return out


def size(r):
    return r.choice([10000, 12000, 16000, 22000, 30000, 45000, 70000]) + r.randint(0, 3000)
