"""Values for the fifth blind set: format-valid fakes (Luhn cards, mod-97 IBANs, issued-range SSNs, base-32 AWS key ids,
structurally valid JWTs and PEM blocks) and a record builder whose spans are right by construction."""
import base64
import json
import string

ALNUM = string.ascii_letters + string.digits
B64 = string.ascii_letters + string.digits + "+/"
B64URL = string.ascii_letters + string.digits + "-_"
HEX = "0123456789abcdef"


def rec(*pieces):
    """pieces: str (plain text) or (TYPE, value) tuples; returns (text, entities)."""
    text, ents = [], []
    n = 0
    for p in pieces:
        if isinstance(p, tuple):
            typ, v = p
            assert v == v.strip() and v, (typ, v)
            ents.append({"type": typ, "start": n, "end": n + len(v)})
            text.append(v)
            n += len(v)
        else:
            text.append(p)
            n += len(p)
    return "".join(text), ents


def s(rng, alphabet, n):
    return "".join(rng.choice(alphabet) for _ in range(n))


def hexs(rng, n):
    return s(rng, HEX, n)


def b64(rng, nbytes):
    return base64.b64encode(bytes(rng.randrange(256) for _ in range(nbytes))).decode()


def b64url(rng, nbytes):
    return base64.urlsafe_b64encode(bytes(rng.randrange(256) for _ in range(nbytes))).decode().rstrip("=")


WORDS = ["Falcon", "Harbor", "Maple", "Quartz", "Tundra", "Ember", "Copper", "Willow", "Nimbus", "Orchid", "Basalt", "Juniper",
         "Saffron", "Glacier", "Pebble", "Lantern", "Walrus", "Cobalt", "Meadow", "Puffin"]
WEAK = ["Changeme123", "Welcome1!", "admin123", "letmein2026", "Passw0rd!", "Summer2026", "qwerty!23", "rootroot", "Winter#2025",
        "changeme", "secret123", "Password1"]


def pw(rng, url_safe=False, kind=None):
    kind = kind if kind is not None else rng.randrange(5)
    sym = "-_.~" if url_safe else "!#%*-_.^~"
    if kind == 0:
        return rng.choice(WORDS) + str(rng.randrange(10, 9999)) + rng.choice(sym)
    if kind == 1:
        return s(rng, ALNUM, rng.randrange(14, 25))
    if kind == 2:
        v = s(rng, ALNUM, rng.randrange(10, 18))
        i = rng.randrange(1, len(v) - 1)
        return v[:i] + rng.choice(sym) + v[i:]
    if kind == 3:
        w = rng.choice(WEAK)
        return w if not url_safe else w.replace("!", "-").replace("#", "_")
    return rng.choice(WORDS).lower() + rng.choice(sym) + rng.choice(WORDS).lower() + str(rng.randrange(10, 99))


def aws_akid(rng, prefix="AKIA"):
    return prefix + s(rng, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16)


def aws_secret(rng):
    return s(rng, ALNUM + "+/", 40)


def ghp(rng, prefix="ghp_"):
    return prefix + s(rng, ALNUM, 36)


def glpat(rng):
    return "glpat-" + s(rng, ALNUM + "-_", 20)


def npm_tok(rng):
    return "npm_" + s(rng, ALNUM, 36)


def stripe(rng, prefix="sk_live_"):
    return prefix + s(rng, ALNUM, rng.choice([24, 34, 99]))


def slack(rng, prefix="xoxb-"):
    return f"{prefix}{rng.randrange(10**11, 10**12)}-{rng.randrange(10**12, 10**13)}-{s(rng, ALNUM, 24)}"


def jwt(rng, sub="svc"):
    head = {"alg": rng.choice(["HS256", "RS256", "ES256"]), "typ": "JWT"}
    body = {"sub": sub, "iat": 1796000000 + rng.randrange(10**6), "exp": 1796090000 + rng.randrange(10**6),
            "scope": rng.choice(["read write", "orders:read", "admin"])}
    enc = lambda o: base64.urlsafe_b64encode(json.dumps(o, separators=(",", ":")).encode()).decode().rstrip("=")  # noqa: E731
    sig = b64url(rng, 256 if head["alg"] == "RS256" else 32 if head["alg"] == "HS256" else 64)
    return enc(head) + "." + enc(body) + "." + sig


def pem(rng, kind=None):
    kind = kind or rng.choice(["RSA PRIVATE KEY", "PRIVATE KEY", "EC PRIVATE KEY", "OPENSSH PRIVATE KEY"])
    if kind == "OPENSSH PRIVATE KEY":
        raw = base64.b64encode(b"openssh-key-v1\x00" + bytes(rng.randrange(256) for _ in range(330))).decode()
    elif kind == "EC PRIVATE KEY":
        raw = base64.b64encode(b"\x30\x77\x02\x01\x01\x04\x20" + bytes(rng.randrange(256) for _ in range(112))).decode()
    else:
        raw = "MIIE" + b64(rng, 600)
    width = 70 if kind == "OPENSSH PRIVATE KEY" else 64
    lines = [raw[i:i + width] for i in range(0, min(len(raw), width * rng.randrange(4, 9)), width)]
    return f"-----BEGIN {kind}-----\n" + "\n".join(lines) + f"\n-----END {kind}-----"


def luhn_complete(prefix, length, rng):
    d = prefix + "".join(str(rng.randrange(10)) for _ in range(length - len(prefix) - 1))
    total = 0
    for i, ch in enumerate(reversed(d)):
        v = int(ch)
        if i % 2 == 0:
            v *= 2
            if v > 9:
                v -= 9
        total += v
    return d + str((10 - total % 10) % 10)


def luhn_ok(d):
    total = 0
    for i, ch in enumerate(reversed(d)):
        v = int(ch)
        if i % 2 == 1:
            v *= 2
            if v > 9:
                v -= 9
        total += v
    return total % 10 == 0


def card(rng, grouped=None):
    brand = rng.choice(["visa", "mc", "mc2", "amex", "disc", "jcb"])
    pre, ln = {"visa": ("4", 16), "mc": ("5" + str(rng.randrange(1, 6)), 16), "mc2": ("22" + str(rng.randrange(21, 72)), 16),
               "amex": ("3" + rng.choice("47"), 15), "disc": ("6011", 16), "jcb": ("35" + str(rng.randrange(28, 90)), 16)}[brand]
    d = luhn_complete(pre, ln, rng)
    grouped = rng.random() < 0.5 if grouped is None else grouped
    if not grouped:
        return d
    sep = rng.choice([" ", "-"])
    if ln == 15:
        return d[:4] + sep + d[4:10] + sep + d[10:]
    return sep.join(d[i:i + 4] for i in range(0, 16, 4))


IBAN_FMT = {"DE": "n18", "FR": "n23", "GB": "a4n14", "ES": "n20", "IT": "a1n22", "NL": "a4n10", "BE": "n12", "AT": "n16",
            "PL": "n24", "PT": "n21", "IE": "a4n14", "SE": "n20", "DK": "n14", "NO": "n11", "FI": "n14", "CZ": "n20",
            "HU": "n24", "RO": "a4n16", "CH": "n17", "LU": "n16", "HR": "n17", "SI": "n15", "SK": "n20", "LT": "n16"}


def iban(rng, country=None, grouped=None):
    country = country or rng.choice(sorted(IBAN_FMT))
    f = IBAN_FMT[country]
    bban = ""
    i = 0
    while i < len(f):
        k = f[i]
        j = i + 1
        while j < len(f) and f[j].isdigit():
            j += 1
        cnt = int(f[i + 1:j])
        bban += s(rng, string.ascii_uppercase if k == "a" else string.digits, cnt)
        i = j
    num = "".join(str(int(c, 36)) for c in bban + country + "00")
    chk = 98 - int(num) % 97
    v = f"{country}{chk:02d}{bban}"
    grouped = rng.random() < 0.4 if grouped is None else grouped
    return " ".join(v[i:i + 4] for i in range(0, len(v), 4)) if grouped else v


def ssn(rng, sep="-"):
    area = rng.choice([x for x in range(1, 900) if x != 666])
    return f"{area:03d}{sep}{rng.randrange(1, 100):02d}{sep}{rng.randrange(1, 10000):04d}"


def ipv4(rng, private=None):
    private = rng.random() < 0.5 if private is None else private
    if private:
        return rng.choice([f"10.{rng.randrange(256)}.{rng.randrange(256)}.{rng.randrange(2, 254)}",
                           f"172.{rng.randrange(16, 32)}.{rng.randrange(256)}.{rng.randrange(2, 254)}",
                           f"192.168.{rng.randrange(256)}.{rng.randrange(2, 254)}"])
    return f"{rng.choice([23, 34, 45, 52, 66, 81, 91, 104, 141, 151, 185, 195, 203, 212])}.{rng.randrange(256)}.{rng.randrange(256)}.{rng.randrange(2, 254)}"


def ipv6(rng):
    k = rng.randrange(4)
    g = lambda: format(rng.randrange(1, 0x10000), "x")  # noqa: E731
    if k == 0:
        return f"2001:db8:{g()}:{g()}::{g()}"
    if k == 1:
        return f"2a02:{g()}:{g()}:{g()}:{g()}:{g()}:{g()}:{g()}"
    if k == 2:
        return f"fd{format(rng.randrange(256), '02x')}:{g()}:{g()}::{g()}"
    return f"fe80::{g()}:{g()}:{g()}:{g()}"


def mac(rng, style=None):
    b = [rng.randrange(256) for _ in range(6)]
    b[0] &= 0xFC
    style = style or rng.choice(["colon", "dash", "cisco", "COLON"])
    if style == "cisco":
        h = "".join(f"{x:02x}" for x in b)
        return f"{h[:4]}.{h[4:8]}.{h[8:]}"
    if style == "dash":
        return "-".join(f"{x:02X}" for x in b)
    if style == "COLON":
        return ":".join(f"{x:02X}" for x in b)
    return ":".join(f"{x:02x}" for x in b)


def basic(rng, user=None, secret=None):
    """HTTP Basic credentials as a client sends them: base64 of user:password (never random bytes)."""
    user = user or rng.choice(["admin", "ops", "svc-monitor", "deploy", "grafana", "api-client"])
    return base64.b64encode(f"{user}:{secret or pw(rng)}".encode()).decode()


def aws_session_token(rng):
    # STS session tokens open with the same bytes ("IQoJb3JpZ2luX2Vj" = base64 of the "origin_ec" header).
    return "IQoJb3JpZ2luX2Vj" + b64(rng, 270)


def cisco7(rng):
    # Cisco type 7 strings open with a two-digit decimal salt index (00-15) followed by hex pairs.
    return f"{rng.randrange(16):02d}" + "".join(rng.choice("0123456789ABCDEF") for _ in range(2 * rng.randrange(6, 12)))
