"""Value generators for unseen8 (secrets, network, payment, ids, national ids). Standard library only; every draw comes from the
random.Random passed in, so a seed fixes the set."""
import base64, json, string

B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
ALNUM = string.ascii_letters + string.digits
LOWER_ALNUM = string.ascii_lowercase + string.digits
HEX = "0123456789abcdef"
B64 = string.ascii_letters + string.digits + "+/"
B64URL = string.ascii_letters + string.digits + "-_"

WORDS = ["Tundra", "Harbor", "Falcon", "Copper", "Maple", "Quartz", "Nimbus", "Cobalt", "Saffron", "Glacier", "Orbit", "Basalt",
         "Willow", "Ember", "Lagoon", "Juniper", "Pepper", "Vortex", "Cedar", "Mosaic", "Raven", "Summit", "Kestrel", "Indigo"]


def pick(r, s, n):
    return "".join(r.choice(s) for _ in range(n))


def password(r, safe=False):
    """A password as people and tools make them; safe=True avoids quotes, spaces, ';', '&', '@', '/', ':' and '#'."""
    k = r.randrange(7)
    sym = "!-_.*+" if safe else "!$%*-_.+=?~^"
    if k == 0:
        return r.choice(WORDS) + r.choice(sym) + r.choice(WORDS).lower() + str(r.randrange(10, 99))
    if k == 1:
        return pick(r, ALNUM, r.randrange(14, 24))
    if k == 2:
        return "-".join(r.choice(WORDS).lower() for _ in range(3)) + str(r.randrange(2, 9))
    if k == 3:
        return pick(r, ALNUM, 6) + r.choice(sym) + pick(r, ALNUM, 6) + r.choice(sym) + pick(r, string.digits, 2)
    if k == 4:
        return r.choice(["Welcome", "Summer", "Winter", "Spring", "Autumn"]) + str(r.randrange(2019, 2027)) + r.choice("!#$" if not safe else "!*")
    if k == 5:
        return r.choice(WORDS) + str(r.randrange(100, 999)) + r.choice(sym) + r.choice(WORDS)
    return pick(r, ALNUM + "!*-_", r.randrange(12, 20))


def hexs(r, n):
    return pick(r, HEX, n)


def b64s(r, nbytes, url=False, pad=True):
    raw = bytes(r.randrange(256) for _ in range(nbytes))
    s = (base64.urlsafe_b64encode if url else base64.b64encode)(raw).decode()
    return s if pad else s.rstrip("=")


def b64of(text):
    return base64.b64encode(text.encode()).decode()


def uuid(r):
    h = hexs(r, 32)
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], r.choice("89ab"), h[17:20], h[20:32])


def aws_key_id(r, prefix="AKIA"):
    return prefix + pick(r, B32.replace("1", ""), 16)


def aws_secret(r):
    return pick(r, string.ascii_letters + string.digits + "+/", 40)


def ghp(r):
    return "ghp_" + pick(r, ALNUM, 36)


def npm_token(r):
    return "npm_" + pick(r, ALNUM, 36)


def vendor_key(r):
    k = r.randrange(9)
    return [lambda: "sk_live_" + pick(r, ALNUM, 32), lambda: "glpat-" + pick(r, ALNUM + "-_", 20),
            lambda: "hf_" + pick(r, ALNUM, 34), lambda: "SG." + pick(r, B64URL, 22) + "." + pick(r, B64URL, 43),
            lambda: "xkeysib-" + hexs(r, 64) + "-" + pick(r, ALNUM, 16), lambda: "lin_api_" + pick(r, ALNUM, 40),
            lambda: "PMAK-" + hexs(r, 24) + "-" + hexs(r, 34), lambda: "glsa_" + pick(r, ALNUM, 32) + "_" + hexs(r, 8),
            lambda: "sk-proj-" + pick(r, ALNUM + "-_", 48)][k]()


def vault_token(r):
    return "hvs." + pick(r, ALNUM + "_-", 24) + pick(r, ALNUM, 66)


def jwt(r, claims=None):
    hdr = {"alg": r.choice(["RS256", "ES256", "HS256"]), "typ": "JWT"}
    if r.random() < 0.5:
        hdr["kid"] = hexs(r, 16)
    body = claims or {"sub": uuid(r), "iat": 1764900000 + r.randrange(100000), "exp": 1764990000 + r.randrange(100000),
                      "scope": r.choice(["read write", "openid profile", "api", "offline_access"])}
    enc = lambda o: base64.urlsafe_b64encode(json.dumps(o, separators=(",", ":")).encode()).decode().rstrip("=")
    sig = b64s(r, 32 if hdr["alg"] != "RS256" else 256, url=True, pad=False)
    return enc(hdr) + "." + enc(body) + "." + sig


def luhn_ok(digits):
    s = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return s % 10 == 0


def luhn_complete(prefix, length, r):
    body = prefix + "".join(r.choice(string.digits) for _ in range(length - len(prefix) - 1))
    for c in string.digits:
        if luhn_ok(body + c):
            return body + c


def card(r, grouped=None):
    brand = r.randrange(5)
    pre, n = [("4", 16), ("5" + r.choice("12345"), 16), ("2" + r.choice(["221", "3", "5", "6", "70"]), 16), ("3" + r.choice("47"), 15),
              ("6011", 16)][brand]
    num = luhn_complete(pre, n, r)
    g = r.random() < 0.5 if grouped is None else grouped
    if not g:
        return num
    sep = r.choice([" ", "-"])
    if n == 15:
        return num[:4] + sep + num[4:10] + sep + num[10:]
    return sep.join(num[i:i + 4] for i in range(0, 16, 4))


def luhn_metric(r, n=16):
    return luhn_complete(str(r.randrange(1, 10)), n, r)


IBAN_FMT = {"DE": "8n10n", "NL": "4a10n", "GB": "4a14n", "AT": "5n11n", "IE": "4a14n", "DK": "4n10n", "FI": "3n11n", "CH": "5n12c",
            "SE": "3n17n", "LU": "3n13c", "FR": "5n5n11c2n", "ES": "4n4n2n10n", "IT": "1a5n5n12c", "PL": "8n16n",
            "PT": "4n4n11n2n", "NO": "4n7n", "CZ": "4n6n10n", "HU": "3n4n1n15n1n", "RO": "4a16c", "SA": "2n18c", "AE": "3n16n"}


def _bban(r, fmt):
    out, num = [], ""
    for ch in fmt:
        if ch.isdigit():
            num += ch
            continue
        n, num = int(num), ""
        alph = {"n": string.digits, "a": string.ascii_uppercase, "c": string.ascii_uppercase + string.digits}[ch]
        out.append(pick(r, alph, n))
    return "".join(out)


def iban(r, country=None, grouped=None):
    cc = country or r.choice(sorted(IBAN_FMT))
    while True:
        bban = _bban(r, IBAN_FMT[cc])
        if cc == "NO":
            w = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]
            c = 11 - sum(int(a) * b for a, b in zip(bban[:10], w)) % 11
            if c == 10:
                continue
            bban = bban[:10] + str(c % 11)
        if cc == "FR":
            conv = {ch: str((i % 9) + 1) for i, ch in enumerate(string.ascii_uppercase)}
            acct = "".join(conv.get(ch, ch) for ch in bban[10:21])
            key = 97 - (89 * int(bban[:5]) + 15 * int(bban[5:10]) + 3 * int(acct)) % 97
            bban = bban[:21] + "%02d" % key
        if cc == "ES":
            w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]
            d1 = 11 - sum(int(a) * b for a, b in zip("00" + bban[:8], w)) % 11
            d2 = 11 - sum(int(a) * b for a, b in zip(bban[10:], w)) % 11
            fix = lambda d: 0 if d == 11 else 1 if d == 10 else d
            bban = bban[:8] + "%d%d" % (fix(d1), fix(d2)) + bban[10:]
        if cc == "FI":
            body = bban[:13]
            for c in string.digits:
                if luhn_ok(body + c):
                    bban = body + c
                    break
        break
    num = "".join(str(int(ch, 36)) for ch in bban + cc + "00")
    chk = "%02d" % (98 - int(num) % 97)
    s = cc + chk + bban
    g = r.random() < 0.5 if grouped is None else grouped
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4)) if g else s


def ssn(r, sep=None):
    area = r.choice([x for x in range(1, 900) if x != 666])
    s = "%03d%s%02d%s%04d" % (area, "{0}", r.randrange(1, 100), "{0}", r.randrange(1, 10000))
    return s.format(r.choice(["-", " ", ""]) if sep is None else sep)


def ipv4(r, private=None):
    p = r.random() < 0.6 if private is None else private
    if p:
        k = r.randrange(3)
        if k == 0:
            return "10.%d.%d.%d" % (r.randrange(256), r.randrange(256), r.randrange(2, 254))
        if k == 1:
            return "172.%d.%d.%d" % (r.randrange(16, 32), r.randrange(256), r.randrange(2, 254))
        return "192.168.%d.%d" % (r.randrange(256), r.randrange(2, 254))
    a = r.choice([23, 34, 45, 52, 64, 81, 91, 104, 141, 185, 198, 203, 212])
    return "%d.%d.%d.%d" % (a, r.randrange(256), r.randrange(256), r.randrange(2, 254))


def ipv6(r):
    k = r.randrange(3)
    if k == 0:
        return "2001:db8:%x:%x::%x" % (r.randrange(1, 65535), r.randrange(1, 65535), r.randrange(1, 65535))
    if k == 1:
        return "fd%02x:%x:%x::%x:%x" % (r.randrange(256), r.randrange(1, 65535), r.randrange(1, 65535), r.randrange(1, 65535), r.randrange(1, 65535))
    return "2a02:%x:%x:%x:%x:%x:%x:%x" % tuple(r.randrange(1, 65535) for _ in range(7))


def mac(r, sep=":"):
    b = [r.randrange(256) for _ in range(6)]
    b[0] &= 0xFC
    if b[0] == 0:
        b[0] = 0x3c
    return sep.join("%02x" % x for x in b)


def sha256(r):
    return hexs(r, 64)


def base32_secret(r, n=32):
    return pick(r, B32, n)
