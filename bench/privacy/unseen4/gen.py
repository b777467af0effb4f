"""Value generators for the unseen4 set: every value is fake but format-valid (Luhn, mod-97, issued SSN ranges, base-32 AWS
key ids, structurally valid JWTs and PEM blocks). One random.Random is passed in so the set is deterministic per seed."""
import base64
import json
import string

ALNUM = string.ascii_letters + string.digits
B64 = ALNUM + "+/"
B64URL = ALNUM + "-_"
HEX = "0123456789abcdef"

FIRST = ["Siobhan", "Eilidh", "Tomasz", "Agnieszka", "Dieter", "Ingrid", "Mathieu", "Camille", "Joaquín", "Inés", "Giulia",
         "Matteo", "Sanne", "Pieter", "Björn", "Astrid", "Oluwaseun", "Chidinma", "Kwame", "Thandiwe", "Arjun", "Lakshmi",
         "Haruto", "Yui", "Min-jun", "Seo-yeon", "Wei", "Xiaoling", "Mateus", "Larissa", "Ximena", "Rodrigo", "Aroha",
         "Declan", "Niamh", "Rhys", "Carys", "Oskar", "Liisa", "Emre", "Zeynep", "Dmitri", "Olena", "Fatemeh", "Yusuf",
         "Marguerite", "Henrik", "Paulina", "Benedikt", "Rosalind", "Tariq", "Imogen", "Callum", "Anneke", "Priyanka"]
LAST = ["O'Sullivan", "MacPherson", "Kowalczyk", "Wiśniewska", "Schäfer", "Lindqvist", "Lefebvre", "Dubois", "Etxeberria",
        "García-Lorca", "Bianchi", "Esposito", "de Vries", "van den Heuvel", "Håkansson", "Adeyemi", "Okonkwo", "Mensah",
        "Dlamini", "Raghunathan", "Venkataraman", "Takahashi", "Nakamura", "Park", "Choi", "Zhang", "Liang", "Carvalho",
        "Albuquerque", "Villanueva", "Te Rangi", "Gallagher", "Pryce-Jones", "Virtanen", "Yılmaz", "Şahin", "Volkov",
        "Shevchenko", "Karimi", "Haddad", "Fontaine", "Brandt", "Nowak", "Hoffmann", "Whitfield", "Qureshi", "Ferreira"]
DOMAINS = ["northwind-logistics.co.uk", "initech.io", "acme-fin.de", "brightpath.nl", "hooli.xyz", "vandelay.fr",
           "globex-health.org", "stark-ind.com", "wayne-ent.net", "soylent.co", "example.com", "example.org",
           "corp.tessera.ie", "umbrella.es", "pied-piper.app"]
FREEMAIL = ["gmail.com", "outlook.com", "gmx.de", "web.de", "orange.fr", "libero.it", "wp.pl", "yahoo.co.jp", "proton.me"]
WORDS = ["amber", "falcon", "granite", "harbor", "juniper", "lantern", "meadow", "nimbus", "orchid", "pepper", "quartz",
         "raven", "saffron", "thistle", "umber", "velvet", "willow", "zephyr", "cobalt", "ember", "fjord", "glacier"]


def rs(r, n, alphabet=ALNUM):
    return "".join(r.choice(alphabet) for _ in range(n))


def name(r):
    return f"{r.choice(FIRST)} {r.choice(LAST)}"


def email(r, person=None):
    if person is None:
        person = name(r)
    f, l = person.split(" ", 1)
    l = "".join(c for c in l.lower() if c.isascii() and c.isalpha())
    f = "".join(c for c in f.lower() if c.isascii() and c.isalpha()) or "x"
    local = r.choice([f"{f}.{l}", f"{f[0]}{l}", f"{l}.{f[0]}", f"{f}_{l}{r.randint(1, 99)}", f"{f}"])
    return f"{local}@{r.choice(DOMAINS + FREEMAIL)}"


def ipv4(r, kind=None):
    kind = kind or r.choice(["10", "172", "192", "pub", "doc"])
    if kind == "10":
        return f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(2, 254)}"
    if kind == "172":
        return f"172.{r.randint(16, 31)}.{r.randint(0, 255)}.{r.randint(2, 254)}"
    if kind == "192":
        return f"192.168.{r.randint(0, 255)}.{r.randint(2, 254)}"
    if kind == "doc":
        return f"{r.choice(['192.0.2', '198.51.100', '203.0.113'])}.{r.randint(2, 254)}"
    return f"{r.choice([34, 52, 81, 91, 145, 185, 212])}.{r.randint(1, 254)}.{r.randint(0, 255)}.{r.randint(2, 254)}"


def ipv6(r):
    g = [f"{r.randint(1, 0xffff):x}" for _ in range(8)]
    p = r.choice(["2001:db8", "2a02:6b8", "fd12:3456", "2600:1f18", "fe80::"])
    if p == "fe80::":
        return "fe80::" + ":".join(g[:4])
    if r.random() < 0.5:
        return p + ":" + ":".join(g[:2]) + "::" + g[3]
    return p + ":" + ":".join(g[:6])


def mac(r, style=None):
    b = [r.randint(0, 255) for _ in range(6)]
    b[0] = (b[0] & 0xFC) | 0x02 if r.random() < 0.3 else b[0] & 0xFE
    style = style or r.choice(["colon", "dash", "cisco", "COLON"])
    if style == "colon":
        return ":".join(f"{x:02x}" for x in b)
    if style == "COLON":
        return ":".join(f"{x:02X}" for x in b)
    if style == "dash":
        return "-".join(f"{x:02X}" for x in b)
    h = "".join(f"{x:02x}" for x in b)
    return f"{h[0:4]}.{h[4:8]}.{h[8:12]}"


def luhn_complete(prefix, length, r):
    digits = prefix + "".join(r.choice(string.digits) for _ in range(length - len(prefix) - 1))
    total = 0
    for i, c in enumerate(reversed(digits)):
        d = int(c)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return digits + str((10 - total % 10) % 10)


def luhn_ok(s):
    ds = [int(c) for c in s if c.isdigit()]
    t = 0
    for i, d in enumerate(reversed(ds)):
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        t += d
    return t % 10 == 0


def card(r, group=None):
    brand = r.choice(["visa", "mc", "mc2", "amex", "disc", "jcb", "union"])
    pre, n = {"visa": ("4", 16), "mc": (str(r.randint(51, 55)), 16), "mc2": (str(r.randint(2221, 2720)), 16),
              "amex": (r.choice(["34", "37"]), 15), "disc": ("6011", 16), "jcb": (str(r.randint(3528, 3589)), 16),
              "union": ("62" + str(r.randint(2126, 2925))[1:], 16)}[brand]
    d = luhn_complete(pre, n, r)
    group = group if group is not None else r.choice(["", " ", "-"])
    if not group:
        return d
    if n == 15:
        return group.join([d[:4], d[4:10], d[10:]])
    return group.join(d[i:i + 4] for i in range(0, 16, 4))


IBAN_SPEC = {"DE": "18n", "FR": "23n", "GB": "4a14n", "NL": "4a10n", "ES": "20n", "IT": "1a22n", "BE": "12n", "AT": "16n",
             "CH": "17n", "PL": "24n", "IE": "4a14n", "PT": "21n", "SE": "20n", "DK": "14n", "FI": "14n", "NO": "11n",
             "LU": "16n", "GR": "23n", "CZ": "20n", "RO": "4a16n", "HU": "24n", "SA": "20n", "AE": "19n", "TR": "22n"}


def iban(r, country=None, grouped=None):
    country = country or r.choice(list(IBAN_SPEC))
    spec = IBAN_SPEC[country]
    bban = ""
    num = ""
    for ch in spec:
        if ch.isdigit():
            num += ch
            continue
        cnt = int(num)
        num = ""
        bban += rs(r, cnt, string.ascii_uppercase if ch == "a" else string.digits)
    if country == "TR":
        bban = bban[:5] + "0" + bban[6:]
    conv = "".join(str(int(c, 36)) for c in bban + country + "00")
    check = 98 - int(conv) % 97
    s = f"{country}{check:02d}{bban}"
    grouped = r.random() < 0.5 if grouped is None else grouped
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4)) if grouped else s


def ssn(r, sep="-"):
    area = r.choice([x for x in range(1, 900) if x != 666])
    return f"{area:03d}{sep}{r.randint(1, 99):02d}{sep}{r.randint(1, 9999):04d}"


def phone(r, country=None):
    c = country or r.choice(["GB", "DE", "FR", "ES", "IT", "NL", "IE", "US", "AU", "IN", "BR", "JP", "MX", "PL", "SE", "CH",
                             "BE", "AT", "ZA", "NG", "KE", "SG", "NZ", "CA"])
    d = lambda n: rs(r, n, string.digits)  # noqa: E731
    intl = r.random() < 0.5
    forms = {
        "GB": [f"020 7946 {d(4)}", f"07700 900{d(3)}", f"0161 496 {d(4)}"], "DE": [f"030 {d(8)}", f"0151 {d(8)}", f"089 / {d(3)} {d(4)}"],
        "FR": [f"06 {d(2)} {d(2)} {d(2)} {d(2)}", f"01 {d(2)} {d(2)} {d(2)} {d(2)}"], "ES": [f"6{d(2)} {d(3)} {d(3)}", f"91 {d(3)} {d(2)} {d(2)}"],
        "IT": [f"347 {d(3)} {d(4)}", f"02 {d(4)} {d(4)}"], "NL": [f"06-{d(8)}", f"020 {d(3)} {d(4)}"], "IE": [f"087 {d(3)} {d(4)}", f"01 {d(3)} {d(4)}"],
        "US": [f"(415) 555-0{d(3)}", f"212-555-0{d(3)}"], "CA": [f"(604) 555-0{d(3)}"], "AU": [f"0412 {d(3)} {d(3)}", f"(02) 9{d(3)} {d(4)}"],
        "IN": [f"098{d(3)} {d(5)}", f"0{d(2)}-2{d(7)}"], "BR": [f"(11) 9{d(4)}-{d(4)}", f"(21) 3{d(3)}-{d(4)}"], "JP": [f"090-{d(4)}-{d(4)}", f"03-{d(4)}-{d(4)}"],
        "MX": [f"55 {d(4)} {d(4)}"], "PL": [f"512 {d(3)} {d(3)}", f"22 {d(3)} {d(2)} {d(2)}"], "SE": [f"070-{d(3)} {d(2)} {d(2)}", f"08-{d(3)} {d(3)} {d(2)}"],
        "CH": [f"044 {d(3)} {d(2)} {d(2)}", f"079 {d(3)} {d(2)} {d(2)}"], "BE": [f"0470 {d(2)} {d(2)} {d(2)}"], "AT": [f"0664 {d(7)}"],
        "ZA": [f"082 {d(3)} {d(4)}"], "NG": [f"0803 {d(3)} {d(4)}"], "KE": [f"0712 {d(6)}"], "SG": [f"9{d(3)} {d(4)}"], "NZ": [f"021 {d(3)} {d(4)}"],
    }
    cc = {"GB": "44", "DE": "49", "FR": "33", "ES": "34", "IT": "39", "NL": "31", "IE": "353", "US": "1", "CA": "1", "AU": "61",
          "IN": "91", "BR": "55", "JP": "81", "MX": "52", "PL": "48", "SE": "46", "CH": "41", "BE": "32", "AT": "43", "ZA": "27",
          "NG": "234", "KE": "254", "SG": "65", "NZ": "64"}[c]
    n = r.choice(forms[c])
    if not intl:
        return n
    keep_zero = c in ("IT",)
    core = n.replace("(", "").replace(")", "").replace(" / ", " ")
    if core.startswith("0") and not keep_zero:
        core = core[1:]
    if c in ("US", "CA"):
        core = core.replace(" ", "-")
    style = r.choice(["+", "00", "e164"])
    if style == "e164":
        return "+" + cc + "".join(ch for ch in core if ch.isdigit())
    if style == "00" and c not in ("US", "CA"):
        return f"00{cc} {core}"
    if c == "GB" and r.random() < 0.5:
        return f"+44 (0){core}"
    return f"+{cc} {core}"


def aws_key(r, pre="AKIA"):
    return pre + rs(r, 16, string.ascii_uppercase + "234567")


def aws_secret(r):
    return rs(r, 40, B64)


def b64(s):
    return base64.b64encode(s.encode()).decode()


def b64u(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def jwt(r, claims=None):
    alg = r.choice(["RS256", "HS256", "ES256", "PS256"])
    hdr = {"alg": alg, "typ": "JWT"}
    if r.random() < 0.5:
        hdr["kid"] = rs(r, 20, B64URL)
    claims = claims or {"sub": rs(r, 24, HEX), "iat": r.randint(1_700_000_000, 1_760_000_000)}
    claims.setdefault("exp", claims.get("iat", 1_700_000_000) + 3600)
    sig = rs(r, {"RS256": 342, "PS256": 342, "HS256": 43, "ES256": 86}[alg], B64URL)
    return b64u(json.dumps(hdr, separators=(",", ":")).encode()) + "." + b64u(json.dumps(claims, separators=(",", ":")).encode()) + "." + sig


def pem(r, kind=None, sep="\n", lines=None):
    kind = kind or r.choice(["RSA PRIVATE KEY", "PRIVATE KEY", "EC PRIVATE KEY", "OPENSSH PRIVATE KEY", "ENCRYPTED PRIVATE KEY"])
    head = {"RSA PRIVATE KEY": "MIIEow" + rs(r, 2, "IJ") + "BAAKCAQEA", "PRIVATE KEY": "MIIEvQIBADANBgkqhkiG9w0BAQEFAASC",
            "EC PRIVATE KEY": "MHcCAQEEI", "OPENSSH PRIVATE KEY": "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAAB",
            "ENCRYPTED PRIVATE KEY": "MIIFHDBOBgkqhkiG9w0BBQ0wQTApBgkqhkiG9w0BBQwwHAQI"}[kind]
    n = lines or {"EC PRIVATE KEY": 3, "OPENSSH PRIVATE KEY": 6}.get(kind, r.randint(8, 14))
    body = head + rs(r, 64 * n - len(head) - r.randint(0, 30), B64)
    ls = [body[i:i + 64] for i in range(0, len(body), 64)]
    return sep.join([f"-----BEGIN {kind}-----"] + ls + [f"-----END {kind}-----"])


def password(r, style=None):
    style = style or r.choice(["rand", "words", "season", "sym", "long"])
    if style == "rand":
        return rs(r, r.randint(12, 22), ALNUM + "!#%^*-_.~")
    if style == "words":
        return "-".join(r.sample(WORDS, 3)) + str(r.randint(10, 99))
    if style == "season":
        return r.choice(["Summer", "Winter", "Spring", "Autumn", "Welcome", "Passw0rd", "Letmein", "Monday"]) + str(r.randint(2019, 2026)) + r.choice("!#$.")
    if style == "sym":
        return rs(r, 4, string.ascii_uppercase) + r.choice("!$%&") + rs(r, 6, string.ascii_lowercase) + rs(r, 3, string.digits) + r.choice("#*")
    return rs(r, r.randint(28, 40), ALNUM)


def hexs(r, n):
    return rs(r, n, HEX)


def uuid(r):
    h = hexs(r, 32)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{r.choice('89ab')}{h[17:20]}-{h[20:]}"


def pod(r, base):
    return f"{base}-{rs(r, r.choice([9, 10]), 'bcdfghjklmnpqrstvwxz2456789')}-{rs(r, 5, 'bcdfghjklmnpqrstvwxz2456789')}"


def version(r, parts=None):
    parts = parts or r.choice([3, 3, 4])
    return ".".join(str(r.randint(0, 20 if i else 12)) for i in range(parts))
