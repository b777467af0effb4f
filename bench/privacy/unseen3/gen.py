"""Value generators and the record builder for make.py (unseen3). Kept apart so make.py reads as a list of text families."""
import base64
import json
import string

ALNUM = string.ascii_letters + string.digits
B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"


class Rec:
    """Builds one text piece by piece; `e(type, value)` appends a labelled value, `(text)` appends plain text."""

    def __init__(self):
        self.buf, self.n, self.ents = [], 0, []

    def __call__(self, text):
        self.buf.append(text)
        self.n += len(text)
        return self

    def e(self, typ, val):
        self.ents.append({"type": typ, "start": self.n, "end": self.n + len(val)})
        return self(val)

    def text(self):
        return "".join(self.buf)


class V:
    """Random values of every shape the set needs, drawn from one seeded random.Random."""

    FIRST = ["Amelia", "Jonas", "Ngozi", "Mateus", "Yuki", "Siobhan", "Dmitri", "Fatima", "Lars", "Priyanka", "Chloé",
             "Bartosz", "Kwame", "Ingrid", "Rafael", "Mei", "Oğuz", "Aoife", "Hamid", "Lucía", "Tomás", "Sanna", "Giulia",
             "Pieter", "Olusegun", "Hyun-woo", "Zainab", "Björn", "Camille", "Arjun", "Nadia", "Wojciech", "Thandiwe",
             "Kenji", "Marisol", "Emre", "Freya", "Anselm", "Leilani", "Rostislav"]
    LAST = ["Okafor", "Lindqvist", "Ferreira", "Takahashi", "Brennan", "Sokolov", "El-Amin", "Nyberg", "Raghunathan",
            "Lefèvre", "Wiśniewski", "Mensah", "Halvorsen", "Castellanos", "Zhang", "Yılmaz", "Ní Bhriain", "Tehrani",
            "Gutiérrez", "Pereira da Silva", "Virtanen", "Bianchi", "van der Berg", "Adeyemi", "Park", "Abubakar",
            "Söderström", "Moreau", "Iyer", "Haddad", "Kowalczyk", "Dlamini", "Watanabe", "Quintero", "Aydın",
            "MacLeod", "Hoffmann", "Kahananui", "Vasquez", "Novák"]
    DOMAINS = ["northwind-logistics.com", "acme-payments.io", "globex.de", "initech.fr", "umbrella-health.org",
               "kestrel.cloud", "tyrell.ai", "wayne-ent.co.uk", "soylent.nl", "hooli.xyz", "example.com", "example.org",
               "brightwave.com.br", "sakura-net.jp", "lumen-retail.es", "polaris.pl"]
    WORDS = ["amber", "falcon", "granite", "harbor", "juniper", "lantern", "meadow", "nebula", "orchid", "pepper",
             "quartz", "raven", "saffron", "tundra", "velvet", "willow", "zephyr", "cobalt", "ember", "fjord"]
    SVC = ["orders", "billing", "checkout", "ledger", "inventory", "auth", "search", "notify", "payments", "catalog"]

    def __init__(self, rnd):
        self.r = rnd

    def pick(self, xs):
        return self.r.choice(xs)

    def s(self, alphabet, n):
        return "".join(self.r.choice(alphabet) for _ in range(n))

    def hexs(self, n):
        return self.s("0123456789abcdef", n)

    def alnum(self, n):
        return self.s(ALNUM, n)

    def b64(self, nbytes, url=False):
        raw = bytes(self.r.randrange(256) for _ in range(nbytes))
        return (base64.urlsafe_b64encode(raw).decode().rstrip("=") if url else base64.b64encode(raw).decode())

    def uuid(self):
        h = self.hexs(32)
        return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{self.pick('89ab')}{h[17:20]}-{h[20:]}"

    def password(self):
        k = self.r.randrange(6)
        if k == 0:
            return self.alnum(self.r.randint(12, 22))
        if k == 1:
            return "-".join(self.r.sample(self.WORDS, 3)) + str(self.r.randint(1, 99))
        if k == 2:
            return self.pick(["Welcome", "Spring", "Winter", "Monday", "Letmein", "Password", "Admin"]) + \
                str(self.r.randint(2019, 2026)) + self.pick("!#$%@")
        if k == 3:
            return self.s(ALNUM + "!#%*+-._~^", self.r.randint(14, 26))
        if k == 4:
            return self.pick(["changeme", "s3cr3t", "hunter2", "P@ssw0rd", "postgres", "admin123", "rootroot"]) + \
                self.pick(["", "", "!", str(self.r.randint(1, 9))])
        return self.alnum(4) + self.pick("._-") + self.alnum(6) + self.pick("!$") + str(self.r.randint(10, 99))

    def first(self):
        return self.pick(self.FIRST)

    def name(self):
        return f"{self.first()} {self.pick(self.LAST)}"

    def user(self):
        return self.pick(["deploy", "ci", "svc_" + self.pick(self.SVC), "app", "admin", "jenkins", "reader", "etl",
                          self.pick(self.SVC) + "-bot"])

    def email(self, name=None):
        if name:
            a, b = name.split(" ", 1)
            local = self.pick([f"{a}.{b}", f"{a[0]}{b}", f"{a}"]).lower().replace(" ", "").replace("'", "")
            local = local.encode("ascii", "ignore").decode() or "x" + self.hexs(3)
        else:
            local = self.pick(["oncall", "sre-team", "noreply", "alerts", "billing", "support", "ops"])
        return f"{local}@{self.pick(self.DOMAINS)}"

    def host(self):
        return f"{self.pick(self.SVC)}-{self.pick(['db', 'cache', 'mq', 'api'])}-{self.r.randint(1, 9)}." + \
            self.pick(["internal", "prod.svc.cluster.local", "corp.lan", self.pick(self.DOMAINS)])

    def ipv4(self):
        k = self.r.randrange(5)
        if k == 0:
            return f"10.{self.r.randint(0, 255)}.{self.r.randint(0, 255)}.{self.r.randint(1, 254)}"
        if k == 1:
            return f"172.{self.r.randint(16, 31)}.{self.r.randint(0, 255)}.{self.r.randint(1, 254)}"
        if k == 2:
            return f"192.168.{self.r.randint(0, 255)}.{self.r.randint(1, 254)}"
        if k == 3:
            return f"{self.pick(['192.0.2', '198.51.100', '203.0.113'])}.{self.r.randint(1, 254)}"
        return f"{self.r.randint(11, 223)}.{self.r.randint(0, 255)}.{self.r.randint(0, 255)}.{self.r.randint(1, 254)}"

    def ipv6(self):
        groups = [self.hexs(self.r.randint(1, 4)).lstrip("0") or "0" for _ in range(5)]
        pre = self.pick(["2001:db8", "fd12:3456", "2a01:4f8", "fe80:"])
        if pre == "fe80:":
            return "fe80::" + ":".join(groups[:4])
        return pre + ":" + ":".join(groups[:2]) + "::" + ":".join(groups[2:4])

    def mac(self, sep=":"):
        first = self.r.randrange(256) & 0xFE
        octs = [first] + [self.r.randrange(256) for _ in range(5)]
        h = [f"{o:02x}" for o in octs]
        if sep == ".":
            j = "".join(h)
            return f"{j[0:4]}.{j[4:8]}.{j[8:12]}"
        m = sep.join(h)
        return m.upper() if self.r.random() < 0.4 else m

    def luhn_complete(self, prefix, length):
        digits = prefix + "".join(str(self.r.randrange(10)) for _ in range(length - len(prefix) - 1))
        for c in "0123456789":
            if luhn_ok(digits + c):
                return digits + c
        raise AssertionError

    def card(self, grouped=True):
        prefix, length = self.pick([("4", 16), ("51", 16), ("2221", 16), ("37", 15), ("6011", 16), ("3530", 16),
                                    ("36", 14), ("62", 16)])
        n = self.luhn_complete(prefix, length)
        if not grouped:
            return n
        sep = self.pick([" ", "-"])
        if length == 15:
            return sep.join([n[:4], n[4:10], n[10:]])
        if length == 14:
            return sep.join([n[:4], n[4:10], n[10:]])
        return sep.join(n[i:i + 4] for i in range(0, 16, 4))

    def iban(self, grouped):
        cc, bban_len = self.pick([("DE", 18), ("FR", 23), ("ES", 20), ("IT", 23), ("NL", 14), ("PL", 24), ("PT", 21),
                                  ("BE", 12), ("AT", 16), ("CH", 17), ("SE", 20), ("IE", 18), ("FI", 14), ("DK", 14)])
        if cc == "NL":
            bban = self.pick(["ABNA", "INGB", "RABO"]) + self.s(string.digits, 10)
        elif cc == "IE":
            bban = self.pick(["AIBK", "BOFI"]) + self.s(string.digits, 14)
        elif cc == "IT":
            bban = self.pick("ABCDEFGHJKLMNPRSTUVWXYZ") + self.s(string.digits, 22)
        else:
            bban = self.s(string.digits, bban_len)
        num = "".join(str(int(ch, 36)) for ch in bban + cc + "00")
        check = 98 - int(num) % 97
        iban = f"{cc}{check:02d}{bban}"
        return " ".join(iban[i:i + 4] for i in range(0, len(iban), 4)) if grouped else iban

    def ssn(self, sep="-"):
        area = self.r.choice([a for a in range(1, 900) if a != 666])
        return f"{area:03d}{sep}{self.r.randint(1, 99):02d}{sep}{self.r.randint(1, 9999):04d}"

    def aws_key_id(self, prefix="AKIA"):
        return prefix + self.s(B32[:26] + "234567", 16)

    def aws_secret(self):
        return self.s(ALNUM + "+/", 40)

    def jwt(self):
        def enc(obj):
            return base64.urlsafe_b64encode(json.dumps(obj, separators=(",", ":")).encode()).decode().rstrip("=")
        head = enc({"alg": self.pick(["RS256", "HS256", "ES256"]), "typ": "JWT"})
        body = enc({"sub": self.hexs(12), "iat": 1760000000 + self.r.randrange(10**7), "scope": "openid profile"})
        return f"{head}.{body}.{self.b64(self.pick([32, 64, 256]), url=True)}"

    def pem_body(self, lines, width=64):
        return [self.b64(48)[:width] for _ in range(lines)]

    def github(self):
        return self.pick(["ghp_", "gho_", "ghs_", "ghu_"]) + self.alnum(36)

    def slack(self):
        return f"xoxb-{self.r.randint(10**10, 10**12)}-{self.r.randint(10**11, 10**13)}-{self.alnum(24)}"

    def slack_webhook(self):
        return f"https://hooks.slack.com/services/T{self.s(B32[:26] + '0123456789', 10)}/B{self.s(B32[:26] + '0123456789', 10)}/{self.alnum(24)}"


def luhn_ok(digits):
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0
