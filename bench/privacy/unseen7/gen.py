"""Values for unseen7: secrets, network values, people, phones, IBANs, cards. One seeded generator (`R`), reseeded by make.py."""
import base64, hashlib, json, random, string, uuid

R = random.Random(7)
AL = string.ascii_letters + string.digits
B64 = AL + "+/"
B64U = AL + "-_"
HEX = "0123456789abcdef"


def seed(n):
    R.seed(n)


def pick(xs):
    return R.choice(xs)


def s(n, alpha=AL):
    return "".join(R.choice(alpha) for _ in range(n))


def hx(n):
    return s(n, HEX)


def b64(nbytes):
    return base64.b64encode(bytes(R.randrange(256) for _ in range(nbytes))).decode()


def b64u(nbytes):
    return base64.urlsafe_b64encode(bytes(R.randrange(256) for _ in range(nbytes))).decode().rstrip("=")


def uid():
    return str(uuid.UUID(int=R.getrandbits(128), version=4))


def sha(n=64):
    return hx(n)


# ---- secrets -------------------------------------------------------------------------------------------------------------

WORDS = ["orbit", "granite", "velvet", "harbor", "maple", "copper", "falcon", "juniper", "lantern", "saffron", "tundra", "willow",
         "quartz", "ember", "meadow", "nimbus", "pepper", "raven", "summit", "cobalt", "delta", "fjord", "glacier", "hazel"]


def password():
    k = R.randrange(7)
    if k == 0:
        return pick(WORDS).capitalize() + pick("!#$%&*?@") + str(R.randrange(10, 9999))
    if k == 1:
        return s(R.randrange(12, 24), AL + "!#%^*-_")
    if k == 2:
        return "-".join(pick(WORDS) for _ in range(3)) + str(R.randrange(10))
    if k == 3:
        return pick(["Winter", "Summer", "Spring", "Autumn", "Welcome", "Company", "Passw0rd"]) + str(R.randrange(2019, 2027)) + pick("!#@.")
    if k == 4:
        return s(R.randrange(16, 33), AL)
    if k == 5:
        return pick(WORDS) + pick(WORDS).upper()[:3] + str(R.randrange(100, 999)) + pick("&$!")
    return s(R.randrange(10, 14), string.ascii_lowercase + string.digits)


def hexkey(n=32):
    return hx(n)


def aws_id(prefix=None):
    return (prefix or pick(["AKIA", "AKIA", "ASIA"])) + s(16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")


def aws_secret():
    return s(40, AL + "+/")


def ghp():
    return pick(["ghp_", "gho_", "ghs_", "ghu_"]) + s(36)


def gh_pat():
    return "github_pat_" + s(22) + "_" + s(59)


def slack():
    return pick(["xoxb-", "xoxp-"]) + str(R.randrange(10**11, 10**12)) + "-" + str(R.randrange(10**11, 10**12)) + "-" + s(24)


def jwt(claims=None):
    h = {"alg": pick(["RS256", "HS256", "ES256"]), "typ": "JWT"}
    p = claims or {"sub": uid(), "iat": R.randrange(1.7e9, 1.8e9), "exp": R.randrange(1.8e9, 1.9e9), "scope": pick(["read write", "admin", "openid profile"])}
    enc = lambda o: base64.urlsafe_b64encode(json.dumps(o, separators=(",", ":")).encode()).decode().rstrip("=")
    return enc(h) + "." + enc(p) + "." + b64u(R.choice([32, 64, 256]))


def api_key():
    k = R.randrange(10)
    return [lambda: "sk_live_" + s(R.choice([24, 32, 99])), lambda: "glpat-" + s(20, AL + "-_"), lambda: "AIza" + s(35, AL + "-_"),
            lambda: "npm_" + s(36), lambda: "SG." + s(22, AL + "-_") + "." + s(43, AL + "-_"), lambda: "sk-proj-" + s(48, AL + "-_"),
            lambda: "sk-ant-api03-" + s(93, AL + "-_") + "AA", lambda: "hf_" + s(34), lambda: "dop_v1_" + hx(64),
            lambda: "shpat_" + hx(32)][k]()


def pem(kind=None, lines=None):
    kind = kind or pick(["RSA PRIVATE KEY", "PRIVATE KEY", "EC PRIVATE KEY", "OPENSSH PRIVATE KEY"])
    n = lines or (R.randrange(6, 12))
    body = [s(64, B64) for _ in range(n)] + [s(R.randrange(20, 60), B64) + "="]
    return "-----BEGIN %s-----\n%s\n-----END %s-----" % (kind, "\n".join(body), kind)


def basic(user, pw):
    return base64.b64encode(("%s:%s" % (user, pw)).encode()).decode()


def crypt6():
    return "$6$" + s(16, AL + "./") + "$" + s(86, AL + "./")


def bcrypt():
    return "$2b$12$" + s(53, AL + "./")


# ---- network -------------------------------------------------------------------------------------------------------------

def ipv4(private=None):
    k = R.randrange(5) if private is None else (0 if private else 4)
    if k == 0:
        return "10.%d.%d.%d" % (R.randrange(256), R.randrange(256), R.randrange(1, 255))
    if k == 1:
        return "172.%d.%d.%d" % (R.randrange(16, 32), R.randrange(256), R.randrange(1, 255))
    if k == 2:
        return "192.168.%d.%d" % (R.randrange(256), R.randrange(1, 255))
    while True:
        a = R.randrange(11, 223)
        if a not in (127, 169, 172, 192, 100):
            return "%d.%d.%d.%d" % (a, R.randrange(256), R.randrange(256), R.randrange(1, 255))


def ipv6():
    k = R.randrange(3)
    if k == 0:
        return "2001:db8:%x:%x::%x" % (R.randrange(65536), R.randrange(65536), R.randrange(1, 65536))
    if k == 1:
        return "fe80::%x:%x:%x:%x" % tuple(R.randrange(65536) for _ in range(4))
    return "2a0%d:%x:%x:%x:%x:%x:%x:%x" % ((R.randrange(1, 10),) + tuple(R.randrange(1, 65536) for _ in range(7)))


def mac(sep=":"):
    b = [R.randrange(256) for _ in range(6)]
    b[0] &= 0xFE
    if sep == ".":
        h = "".join("%02x" % x for x in b)
        return "%s.%s.%s" % (h[0:4], h[4:8], h[8:12])
    return sep.join("%02x" % x for x in b)


def host():
    return pick(["db", "pg", "mq", "api", "cache", "auth", "billing", "orders", "kafka", "ldap"]) + "-%d.%s" % (
        R.randrange(1, 9), pick(["prod.internal", "corp.example.net", "svc.cluster.local", "eu-west-1.acme.io", "lan"]))


def user():
    return pick(["app", "svc_orders", "deploy", "etl", "reporting", "admin", "ci-bot", "backup", "grafana", "airflow", "monitor"])


# ---- cards / ids ---------------------------------------------------------------------------------------------------------

def luhn_ok(d):
    t = 0
    for i, c in enumerate(reversed(d)):
        x = int(c)
        if i % 2:
            x *= 2
            x -= 9 if x > 9 else 0
        t += x
    return t % 10 == 0


def luhn_complete(prefix, n):
    body = prefix + "".join(str(R.randrange(10)) for _ in range(n - len(prefix) - 1))
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c


def luhn_fail(prefix, n):
    d = luhn_complete(prefix, n)
    return d[:-1] + str((int(d[-1]) + R.randrange(1, 10)) % 10)


def card(group=None):
    brand = R.randrange(6)
    if brand == 0:
        d = luhn_complete("4", 16)
    elif brand == 1:
        d = luhn_complete(str(R.randrange(51, 56)), 16)
    elif brand == 2:
        d = luhn_complete(str(R.randrange(2221, 2721)), 16)
    elif brand == 3:
        d = luhn_complete(pick(["34", "37"]), 15)
    elif brand == 4:
        d = luhn_complete("6011", 16)
    else:
        d = luhn_complete(str(R.randrange(3528, 3590)), 16)
    group = R.randrange(3) if group is None else group
    if group == 0:
        return d
    sep = " " if group == 1 else "-"
    if len(d) == 15:
        return sep.join([d[:4], d[4:10], d[10:]])
    return sep.join(d[i:i + 4] for i in range(0, 16, 4))


def luhn16_metric():
    return luhn_complete(str(R.randrange(1, 10)), 16)


def ssn(sep="-"):
    while True:
        a = R.randrange(1, 900)
        if a != 666:
            break
    return "%03d%s%02d%s%04d" % (a, sep, R.randrange(1, 100), sep, R.randrange(1, 10000))


# IBAN structures of countries (BBAN: n = digits, a = upper letters, c = alnum), away from the countries earlier sets used most.
IBAN_FMT = {"LU": "3n13c", "MT": "4a5n18c", "CY": "8n16c", "EE": "16n", "LV": "4a13c", "LT": "16n", "SK": "20n", "SI": "15n",
            "HR": "17n", "RS": "18n", "BG": "4a6n8c", "IS": "22n", "GE": "2a16n", "AZ": "4a20c", "KZ": "3n13c", "QA": "4a21c",
            "KW": "4a22c", "BH": "4a14c", "JO": "4a4n18c", "TN": "20n", "MD": "20c", "MK": "3n10c2n", "AL": "8n16c"}


def iban(cc=None, grouped=None):
    cc = cc or pick(sorted(IBAN_FMT))
    fmt = IBAN_FMT[cc]
    bban = ""
    num = ""
    for ch in fmt:
        if ch.isdigit():
            num += ch
            continue
        n = int(num)
        num = ""
        alpha = {"n": string.digits, "a": string.ascii_uppercase, "c": string.ascii_uppercase + string.digits}[ch]
        if ch == "c":
            bban += "".join(R.choice(string.digits) if R.random() < 0.7 else R.choice(string.ascii_uppercase) for _ in range(n))
        else:
            bban += s(n, alpha)
    conv = lambda t: "".join(str(int(c, 36)) for c in t)
    chk = 98 - int(conv(bban + cc + "00")) % 97
    v = cc + "%02d" % chk + bban
    grouped = R.random() < 0.5 if grouped is None else grouped
    return " ".join(v[i:i + 4] for i in range(0, len(v), 4)) if grouped else v
