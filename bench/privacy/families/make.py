#!/usr/bin/env python3
"""Generate the 'families' redaction benchmark: dev.jsonl and heldout.jsonl.

Independent test data for the redactor, written against the type vocabulary of
/work/shared/data/pii/README.md (not against any implementation).

Each record: {"id", "text", "entities": [{"type","start","end"}], "source"}.
The family of a record is encoded in its id suffix (e.g. "fd-0042-cli").

Templates are split: dev templates and heldout templates are *different* texts
(different tools, spellings, wrappers), and the two splits draw values from
different pools and RNG seeds, so heldout is not a paraphrase of dev.

Offsets are computed with str.find on the final text (entities are listed in
text order, optionally with an anchor string that immediately precedes the
value), then validated: text[start:end] == value, no overlap, no whitespace at
the edges, types in the README vocabulary, every occurrence of a labelled value
is labelled, negative families carry no secret-type labels, texts < 1500 chars.

Run:  python3 make.py            (writes dev.jsonl + heldout.jsonl next to this file)
"""
import base64
import datetime
import json
import os
import random
import re
import string
import sys
import unicodedata
import urllib.parse
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))

VOCAB = {
    "EMAIL", "PHONE", "IPV4", "IPV6", "CREDIT_CARD", "IBAN", "US_SSN", "MAC", "PERSON",
    "URL_CREDENTIALS", "CONNECTION_STRING", "AWS_ACCESS_KEY", "AWS_SECRET_KEY",
    "GITHUB_TOKEN", "SLACK_TOKEN", "JWT", "PRIVATE_KEY", "API_KEY", "GENERIC_SECRET",
    "BEARER_TOKEN", "BASIC_AUTH",
}
PII_TYPES = {"EMAIL", "PHONE", "IPV4", "IPV6", "CREDIT_CARD", "IBAN", "US_SSN", "MAC", "PERSON"}
SECRET_TYPES = VOCAB - PII_TYPES

POS_FAMILIES = ["cli", "placeholderword", "escjson", "urlenc", "config", "authhdr", "chat",
                "vendor", "pii"]
NEG_FAMILIES = ["neg-luhn", "neg-keyword", "neg-version", "neg-ids", "neg-placeholder"]

# records per family per split
QUOTA = {
    "cli": 16, "placeholderword": 7, "escjson": 8, "urlenc": 6, "config": 14, "authhdr": 9,
    "chat": 8, "vendor": 11, "pii": 10,
    "neg-luhn": 13, "neg-keyword": 17, "neg-version": 11, "neg-ids": 11, "neg-placeholder": 13,
}

# values that may legitimately appear in both splits
SHARED_OK = {"AKIAIOSFODNN7EXAMPLE", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"}

# ---------------------------------------------------------------------------
# pools (disjoint between splits)
# ---------------------------------------------------------------------------
POOLS = {
    "dev": {
        "domains": ["acme-logistics.io", "northwind.dev", "bluefin-pay.com", "corvid.net",
                    "tessera.cloud", "harborline.io"],
        "hosts": ["api", "web", "worker", "db", "cache", "ingest", "batch", "edge", "auth",
                  "search", "billing", "queue"],
        "people": ["Priya Raman", "Marcus Oduya", "Ingrid Solberg", "Tomás Ferreira",
                   "Aiko Tanaka", "Jonah Whitfield", "Fatima Benali", "Wei Chen",
                   "Olamide Adeyemi", "Sven Larsson", "Camille Dubois", "Rafael Ortega",
                   "Hannah Kowalczyk", "Dmitri Volkov", "Grace O'Connell", "Zoë Lambert"],
        "users": ["deploy", "ci", "jenkins", "svc-backup", "app", "etl", "grafana", "runner",
                  "release", "monitor"],
        "words": ["Tundra", "Falcon", "Copper", "Maple", "Orbit", "Harbor", "Juniper",
                  "Saffron", "Basalt", "Nimbus", "Ember", "Pylon", "Kestrel", "Alder"],
        "lwords": ["river", "pepper", "socket", "velvet", "granite", "otter", "meadow",
                   "cactus", "lemon", "anchor", "tulip", "rocket"],
        "repos": ["orders-api", "ledger", "shipping-svc", "web-frontend", "etl-jobs",
                  "infra-live", "notifier"],
        "namespaces": ["payments", "orders", "platform", "data", "edge"],
    },
    "held": {
        "domains": ["kestrel-health.org", "quillon.co.uk", "vantage-grid.de", "orbitalforge.ai",
                    "pinecrest.edu", "mistral-freight.fr"],
        "hosts": ["svc", "node", "pg", "redis", "mq", "proxy", "bastion", "ldap", "nas", "vpn",
                  "build", "report"],
        "people": ["Łukasz Zieliński", "Amara Nwachukwu", "Beatriz Almeida", "Kenji Morimoto",
                   "Siobhan Gallagher", "Arjun Mehta", "Lena Hoffmann", "Mateo Rossi",
                   "Yasmin Haddad", "Elliot Brandt", "Nadia Petrova", "Kwame Mensah",
                   "Inés García", "Oscar Lindqvist", "Chloé Marchand", "Tariq Aziz"],
        "users": ["ops", "buildbot", "svc_sync", "integration", "backup_agent", "reporter",
                  "pipeline", "svc-report", "mirror", "uploader"],
        "words": ["Glacier", "Heron", "Cobalt", "Willow", "Quasar", "Lantern", "Fjord",
                  "Marigold", "Obsidian", "Sparrow", "Zephyr", "Cinder", "Bramble", "Tamarind"],
        "lwords": ["walnut", "comet", "harpoon", "kettle", "prairie", "quartz", "badger",
                   "thistle", "mango", "violin", "lagoon", "ferret"],
        "repos": ["patient-portal", "claims-engine", "telemetry", "gateway", "reporting",
                  "platform-config", "scheduler"],
        "namespaces": ["clinical", "claims", "infra", "analytics", "ingress"],
    },
}

MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
ALNUM = string.ascii_letters + string.digits
UPPERDIG = string.ascii_uppercase + string.digits
B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
HEX = "0123456789abcdef"


def S(_tpl, **kw):
    """Fill «name» markers (avoids brace-escaping in JSON/Helm-heavy templates)."""
    for k, v in kw.items():
        _tpl = _tpl.replace("«%s»" % k, str(v))
    if "«" in _tpl:
        raise ValueError("unfilled marker in template: " + _tpl[:200])
    return _tpl


def jd(obj):
    """Compact JSON, UTF-8 kept (docker json-file writes UTF-8)."""
    return json.dumps(obj, separators=(",", ":"), ensure_ascii=False)


def ascii_fold(s):
    return "".join(ch for ch in unicodedata.normalize("NFKD", s) if not unicodedata.combining(ch)) \
        .replace("ł", "l").replace("Ł", "L")


def luhn_ok(num):
    digits = [int(d) for d in num if d.isdigit()][::-1]
    total = 0
    for i, d in enumerate(digits):
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


class Ctx:
    def __init__(self, split, seed):
        self.split = split
        self.r = random.Random(seed)
        self.P = POOLS[split]
        self.year = 2024 if split == "dev" else 2025
        self._used_people = []

    # --- basic randomness -------------------------------------------------
    def ch(self, seq):
        return self.r.choice(seq)

    def ri(self, a, b):
        return self.r.randint(a, b)

    def rs(self, n, alphabet=ALNUM):
        return "".join(self.r.choice(alphabet) for _ in range(n))

    def hexs(self, n):
        return self.rs(n, HEX)

    def rb(self, n):
        return bytes(self.r.getrandbits(8) for _ in range(n))

    def b64(self, n, url=False, pad=True):
        f = base64.urlsafe_b64encode if url else base64.b64encode
        s = f(self.rb(n)).decode()
        return s if pad else s.rstrip("=")

    def digits(self, n):
        return "".join(str(self.ri(0, 9)) for _ in range(n))

    # --- context ----------------------------------------------------------
    def dom(self):
        return self.ch(self.P["domains"])

    def stem(self):
        return self.ch(self.P["hosts"])

    def host(self, stem=None):
        return "%s-%02d" % (stem or self.stem(), self.ri(1, 14))

    def fqdn(self, stem=None, dom=None):
        return "%s.%s" % (stem or self.stem(), dom or self.dom())

    def user(self):
        return self.ch(self.P["users"])

    def repo(self):
        return self.ch(self.P["repos"])

    def ns(self):
        return self.ch(self.P["namespaces"])

    def word(self):
        return self.ch(self.P["words"])

    def lword(self):
        return self.ch(self.P["lwords"])

    def new_record(self):
        """Each record gets its own clock; successive timestamps in a record move forward."""
        start = datetime.datetime(self.year, 1, 1, tzinfo=datetime.timezone.utc)
        self._clock = start + datetime.timedelta(seconds=self.ri(0, 364 * 86400))
        self._used_people = []

    def _tick(self):
        t = self._clock
        self._clock = t + datetime.timedelta(seconds=self.ri(0, 75), milliseconds=self.ri(0, 999))
        return t

    def date(self):
        t = self._tick()
        return (t.year, t.month, t.day, t.hour, t.minute, t.second)

    def ts(self, sep="T", frac=3, tz="Z"):
        y, mo, d, h, mi, s = self.date()
        f = ("." + self.digits(frac)) if frac else ""
        return "%04d-%02d-%02d%s%02d:%02d:%02d%s%s" % (y, mo, d, sep, h, mi, s, f, tz)

    def sts(self):
        y, mo, d, h, mi, s = self.date()
        return "%s %2d %02d:%02d:%02d" % (MONTHS[mo - 1], d, h, mi, s)

    def clf(self, tz="+0000"):
        y, mo, d, h, mi, s = self.date()
        return "%02d/%s/%04d:%02d:%02d:%02d %s" % (d, MONTHS[mo - 1], y, h, mi, s, tz)

    def hm(self):
        t = self._tick()
        return "%02d:%02d" % (t.hour, t.minute)

    def epoch(self):
        return int(self._tick().timestamp())

    def uuid(self):
        h = self.hexs(32)
        h = h[:12] + "4" + h[13:16] + self.ch("89ab") + h[17:]
        return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])

    def ver(self):
        return "%d.%d.%d" % (self.ri(1, 4), self.ri(0, 30), self.ri(0, 15))

    # --- people -----------------------------------------------------------
    def person(self):
        avail = [p for p in self.P["people"] if p not in self._used_people[-6:]]
        p = self.ch(avail)
        self._used_people.append(p)
        return p

    def first(self, person):
        return person.split()[0]

    def email(self, person=None, dom=None):
        dom = dom or self.dom()
        if person is None:
            return "%s@%s" % (self.ch(["noreply", "ops-alerts", "billing", "it-support",
                                       "security", "oncall", "accounts"]), dom)
        parts = ascii_fold(person).lower().replace("'", "").split()
        style = self.ri(0, 3)
        if style == 0:
            local = "%s.%s" % (parts[0], parts[-1])
        elif style == 1:
            local = "%s%s" % (parts[0][0], parts[-1])
        elif style == 2:
            local = "%s_%s%d" % (parts[0], parts[-1], self.ri(1, 99))
        else:
            local = parts[0]
        return "%s@%s" % (local, dom)

    def free_email(self, person):
        parts = ascii_fold(person).lower().replace("'", "").split()
        dom = self.ch(["gmail.com", "outlook.com", "yahoo.co.uk", "proton.me", "web.de",
                       "icloud.com", "gmx.net", "hotmail.fr"])
        return "%s.%s%d@%s" % (parts[0], parts[-1], self.ri(1, 99), dom)

    # --- network ----------------------------------------------------------
    def ip_pub(self):
        first = self.ch([3, 18, 34, 35, 44, 52, 54, 64, 66, 81, 85, 91, 104, 139, 145, 151,
                         159, 178, 185, 193, 195, 203, 212, 217])
        return "%d.%d.%d.%d" % (first, self.ri(1, 254), self.ri(0, 254), self.ri(1, 254))

    def ip_priv(self):
        k = self.ri(0, 2)
        if k == 0:
            return "10.%d.%d.%d" % (self.ri(0, 254), self.ri(0, 254), self.ri(2, 254))
        if k == 1:
            return "172.%d.%d.%d" % (self.ri(16, 31), self.ri(0, 254), self.ri(2, 254))
        return "192.168.%d.%d" % (self.ri(0, 254), self.ri(2, 254))

    def ip(self):
        return self.ip_pub() if self.ri(0, 1) else self.ip_priv()

    def h4(self):
        return "%x" % self.ri(0x100, 0xffff)

    def ip6(self, kind=None):
        kind = kind or self.ch(["global", "global", "ula", "ll", "full"])
        if kind == "global":
            p = self.ch(["2a02:6b8", "2600:1f18", "2a01:4f8", "2001:41d0", "2607:f8b0",
                         "2a00:1450", "2406:da18"])
            return "%s:%s:%s::%s" % (p, self.h4(), self.h4(), self.h4())
        if kind == "full":
            p = self.ch(["2a05:d018", "2600:3c03", "2604:a880"])
            return ":".join([p] + [self.h4() for _ in range(6)])
        if kind == "ula":
            return "fd%02x:%s:%s::%x" % (self.ri(0, 255), self.h4(), self.h4(), self.ri(2, 300))
        if kind == "ll":
            return "fe80::%s:%sff:fe%02x:%s" % (self.h4(), "%02x" % self.ri(0, 255),
                                                self.ri(0, 255), self.h4())
        if kind == "mapped":
            return "::ffff:" + self.ip_priv()
        raise ValueError(kind)

    def mac(self, sep=":", upper=False):
        b = [self.ri(0, 255) for _ in range(6)]
        b[0] = (b[0] & 0xFE) | 0x02 if self.ri(0, 2) == 0 else (b[0] & 0xFC)  # unicast
        if b == [0] * 6:
            b[5] = 1
        s = sep.join("%02x" % x for x in b)
        return s.upper() if upper else s

    def mac_cisco(self):
        m = self.mac(sep="")
        return "%s.%s.%s" % (m[0:4], m[4:8], m[8:12])

    # --- phones -----------------------------------------------------------
    def phone(self, cc):
        d = self.digits
        if cc == "US":
            return self.ch(["(%s) 555-01%s" % (self.ch(["212", "415", "312", "617", "206", "512"]), d(2)),
                            "+1 %s-555-01%s" % (self.ch(["646", "303", "702", "919"]), d(2)),
                            "%s.555.01%s" % (self.ch(["213", "404", "971"]), d(2))])
        if cc == "UK":
            return self.ch(["+44 20 7946 0%s" % d(3), "07700 900%s" % d(3),
                            "+44 (0)161 496 0%s" % d(3), "0113 496 0%s" % d(3)])
        if cc == "DE":
            return self.ch(["+49 30 %s %s" % (d(4), d(4)), "+49 (0)89 %s-%s" % (d(4), d(3)),
                            "0171 %s" % d(7), "040 %s %s" % (d(3), d(4))])
        if cc == "FR":
            return self.ch(["+33 1 %s %s %s %s" % (d(2), d(2), d(2), d(2)),
                            "06 %s %s %s %s" % (d(2), d(2), d(2), d(2)),
                            "+33 (0)4 %s %s %s %s" % (d(2), d(2), d(2), d(2))])
        if cc == "IN":
            return self.ch(["+91 9%s %s" % (d(4), d(5)), "+91-80-%s-%s" % (d(4), d(4)),
                            "098%s %s" % (d(3), d(5))])
        if cc == "BR":
            return self.ch(["+55 11 9%s-%s" % (d(4), d(4)), "(21) 9%s-%s" % (d(4), d(4)),
                            "+55 (31) 3%s-%s" % (d(3), d(4))])
        if cc == "JP":
            return self.ch(["+81 3-%s-%s" % (d(4), d(4)), "090-%s-%s" % (d(4), d(4)),
                            "+81 6 %s %s" % (d(4), d(4))])
        if cc == "AU":
            return self.ch(["+61 2 %s %s" % (d(4), d(4)), "04%s %s %s" % (d(2), d(3), d(3)),
                            "(03) 9%s %s" % (d(3), d(4))])
        raise ValueError(cc)

    # --- secrets ----------------------------------------------------------
    def pw(self, ctx="shell"):
        """A realistic password. ctx restricts symbols so the value is literal in context."""
        syms = {
            "shell": "@%+=_.,:^-",       # unquoted shell word (no ! $ & ; etc.)
            "quoted": "!@#$%^&*+=_.-?",  # inside single quotes
            "url": "-._~!*",             # raw in URL userinfo
            "json": "!@#$%^&*+=_.-?/",   # inside a JSON string (no quote/backslash)
            "yaml": "!@#$%^&*+=_.-?",    # quoted yaml / ini / env
            "xml": "!@#$%^*+=_.-?",      # xml attribute/text (no & <)
            "raw": "!@#$%^&*+=_.-?/:,~", # for url-encoding or free text
            "chat": "!@#$%^&*+=_-?",     # in a sentence (no trailing '.' ambiguity)
        }[ctx]
        style = self.ri(0, 4)
        if style == 0:
            v = "%s%s%d" % (self.word(), self.ch(syms), self.ri(10, 9999))
        elif style == 1:
            n = self.ri(12, 20)
            while True:
                v = self.rs(1, string.ascii_letters) + "".join(
                    self.ch(ALNUM + syms) if self.ri(0, 6) else self.ch(syms) for _ in range(n - 1))
                if (any(c.isdigit() for c in v) and any(c.isupper() for c in v)
                        and any(c.islower() for c in v)):
                    break
        elif style == 2:
            sep = self.ch([s for s in "-_." if s in syms] or [""])
            v = sep.join([self.lword(), self.word().lower(), self.lword()]) + str(self.ri(2, 99))
        elif style == 3:
            w = self.word() + self.word()
            leet = w.replace("o", "0").replace("e", "3").replace("a", "4").replace("i", "1")
            v = leet + self.ch(syms) + str(self.ri(1, 99))
        else:
            v = self.rs(self.ri(14, 24))
        if v[-1] in ".,:":
            v = v[:-1] + str(self.ri(0, 9))
        return v

    def token(self, n=None):
        return self.rs(n or self.ri(28, 44), ALNUM + "-_")

    def akid(self, prefix="AKIA"):
        return prefix + self.rs(16, B32)

    def aws_secret(self):
        return self.rs(40, ALNUM + "/+")

    def ghp(self, prefix="ghp_"):
        return prefix + self.rs(36)

    def gh_pat(self):
        return "github_pat_11" + self.rs(20, UPPERDIG) + "_" + self.rs(59)

    def xoxb(self):
        return "xoxb-%s-%s-%s" % (self.digits(12), self.digits(13), self.rs(24))

    def xoxp(self):
        return "xoxp-%s-%s-%s-%s" % (self.digits(12), self.digits(12), self.digits(13), self.hexs(32))

    def xapp(self):
        return "xapp-1-A%s-%s-%s" % (self.rs(10, UPPERDIG), self.digits(13), self.hexs(64))

    def slack_hook(self):
        return "https://hooks.slack.com/services/T%s/B%s/%s" % (
            self.rs(8, UPPERDIG), self.rs(10, UPPERDIG), self.rs(24))

    def stripe(self, prefix="sk_live_"):
        return prefix + self.rs(self.ch([24, 34, 99]))

    def gkey(self):
        return "AIzaSy" + self.rs(33, ALNUM + "-_")

    def glpat(self):
        return "glpat-" + self.rs(20, ALNUM + "-_")

    def hvs(self):
        return "hvs." + self.rs(24)

    def npm(self):
        return "npm_" + self.rs(36)

    def jwt(self, payload, alg="RS256", kid=True):
        h = {"alg": alg, "typ": "JWT"}
        if kid:
            h["kid"] = self.rs(43, ALNUM + "-_")
        enc = lambda o: base64.urlsafe_b64encode(json.dumps(o, separators=(",", ":")).encode()).decode().rstrip("=")
        nsig = {"RS256": 256, "HS256": 32, "ES256": 64}[alg]
        return "%s.%s.%s" % (enc(h), enc(payload), self.b64(nsig, url=True, pad=False))

    def basic(self, user, pw):
        return base64.b64encode(("%s:%s" % (user, pw)).encode()).decode()

    # --- private keys (structurally valid DER inside) -----------------------
    @staticmethod
    def _pem(label, der, width=64, nl="\n"):
        b = base64.b64encode(der).decode()
        lines = [b[i:i + width] for i in range(0, len(b), width)]
        return "-----BEGIN %s-----%s%s%s-----END %s-----" % (label, nl, nl.join(lines), nl, label)

    def pem_ec(self, nl="\n"):
        der = (bytes.fromhex("30770201010420") + self.rb(32)
               + bytes.fromhex("a00a06082a8648ce3d030107a144034200") + b"\x04" + self.rb(64))
        return self._pem("EC PRIVATE KEY", der, nl=nl)

    def pem_pkcs8_ec(self, nl="\n"):
        der = (bytes.fromhex("308187020100301306072a8648ce3d020106082a8648ce3d030107046d306b0201010420")
               + self.rb(32) + bytes.fromhex("a144034200") + b"\x04" + self.rb(64))
        return self._pem("PRIVATE KEY", der, nl=nl)

    def pem_ed25519(self, nl="\n"):
        return self._pem("PRIVATE KEY", bytes.fromhex("302e020100300506032b657004220420") + self.rb(32), nl=nl)

    def pem_rsa1024(self, nl="\n"):
        der = bytes.fromhex("3082025c02010002818100") + self.rb(0x25c + 4 - 11)
        return self._pem("RSA PRIVATE KEY", der, nl=nl)

    def pem_openssh(self, comment, nl="\n"):
        sstr = lambda b: len(b).to_bytes(4, "big") + b
        pk, sk, ci = self.rb(32), self.rb(32), self.rb(4)
        pub = sstr(b"ssh-ed25519") + sstr(pk)
        priv = ci + ci + sstr(b"ssh-ed25519") + sstr(pk) + sstr(sk + pk) + sstr(comment.encode())
        priv += bytes(range(1, (8 - len(priv) % 8) % 8 + 1))
        blob = (b"openssh-key-v1\x00" + sstr(b"none") + sstr(b"none") + sstr(b"")
                + (1).to_bytes(4, "big") + sstr(pub) + sstr(priv))
        return self._pem("OPENSSH PRIVATE KEY", blob, width=70, nl=nl)

    # --- cards / luhn -------------------------------------------------------
    def luhn(self, prefix, length):
        body = prefix + self.digits(length - len(prefix) - 1)
        for d in "0123456789":
            if luhn_ok(body + d):
                return body + d

    def card(self, brand):
        pre = {"visa": "4" + self.digits(5), "mc": str(self.ri(51, 55)) + self.digits(4),
               "mc2": str(self.ri(2221, 2720)) + self.digits(2), "amex": self.ch(["34", "37"]) + self.digits(4),
               "disc": "6011" + self.digits(2), "jcb": "35" + str(self.ri(28, 89)) + self.digits(2),
               "up": "62" + self.digits(4)}[brand]
        n = 15 if brand == "amex" else 16
        return self.luhn(pre, n)

    def luhn16_noncard(self):
        """16-digit Luhn-valid number used as a counter/id (hard negative)."""
        return self.luhn(self.ch(["4", "5", "3", "6", "1", "2", "7", "8", "9"]) + self.digits(1), 16)


def group4(num, sep=" "):
    return sep.join(num[i:i + 4] for i in range(0, len(num), 4))


def amex_fmt(num, sep=" "):
    return "%s%s%s%s%s" % (num[:4], sep, num[4:10], sep, num[10:])


def qenc(v):
    return urllib.parse.quote(v, safe="")


def ensure_encoded(c, v):
    """Make sure a url-encoded value actually contains a %XX escape."""
    if "%" not in qenc(v):
        v = v[:len(v) // 2] + c.ch("@!#$&+/:") + v[len(v) // 2:]
    return v


# ---------------------------------------------------------------------------
# template registry
# ---------------------------------------------------------------------------
TEMPLATES = defaultdict(list)  # (family, split) -> [fn]


def tpl(family, *splits):
    def deco(fn):
        for s in splits:
            TEMPLATES[(family, s)].append(fn)
        return fn
    return deco



# ===========================================================================
# Family 1: passwords / tokens on command lines
# ===========================================================================
@tpl("cli", "dev")
def cli_docker_login_history(c):
    pw = c.pw("shell")
    reg = c.fqdn("registry")
    repo, tag, n = c.repo(), c.ver(), c.ri(300, 1800)
    text = S("""  «n0»  cd ~/src/«repo»
  «n1»  git pull --rebase origin main
  «n2»  docker login -u ci -p «pw» «reg»
  «n3»  docker build -t «reg»/«repo»:«tag» .
  «n4»  docker push «reg»/«repo»:«tag»
  «n5»  history | tail -n 20""", n0=n, n1=n + 1, n2=n + 2, n3=n + 3, n4=n + 4, n5=n + 5,
             repo=repo, pw=pw, reg=reg, tag=tag)
    return text, [("GENERIC_SECRET", pw)], "synthetic/shell-history"


@tpl("cli", "dev")
def cli_mysql_inline(c):
    pw = c.pw("shell")
    ip = c.ip_priv()
    h = c.host("db")
    text = S("""«user»@«h»:~$ mysql -uroot -p«pw» -h «ip» -e 'SHOW SLAVE STATUS\\G' | grep -E 'Running|Behind'
mysql: [Warning] Using a password on the command line interface can be insecure.
             Slave_IO_Running: Yes
            Slave_SQL_Running: Yes
        Seconds_Behind_Master: «lag»""", user=c.user(), h=h, pw=pw, ip=ip, lag=c.ri(0, 40))
    return text, [("GENERIC_SECRET", pw, "-p"), ("IPV4", ip)], "synthetic/shell-history"


@tpl("cli", "dev")
def cli_sshpass_jenkins(c):
    pw = c.pw("shell")
    ip = c.ip_priv()
    b = c.ri(100, 900)
    text = S("""[Pipeline] stage
[Pipeline] { (Deploy)
[Pipeline] sh
+ sshpass -p «pw» ssh -o StrictHostKeyChecking=no «u»@«ip» 'sudo systemctl restart «svc» && systemctl is-active «svc»'
Warning: Permanently added '«ip»' (ED25519) to the list of known hosts.
active
[Pipeline] }
Finished: SUCCESS (build #«b»)""", pw=pw, u=c.user(), ip=ip, svc=c.repo(), b=b)
    return text, [("GENERIC_SECRET", pw), ("IPV4", ip), ("IPV4", ip)], "synthetic/ci-log/jenkins"


@tpl("cli", "dev")
def cli_pgpassword_gitlab(c):
    pw = c.pw("shell")
    ip = c.ip_priv()
    job = c.ri(400000, 999999)
    text = S("""Running with gitlab-runner 16.«m».«p» («sha»)
  on docker-«h» «rid», system ID: s_«sid»
Executing "step_script" stage of the job script
$ export PGPASSWORD=«pw»
$ psql -h «ip» -U migrator -d «db» -v ON_ERROR_STOP=1 -f migrations/«n»_add_index.sql
CREATE INDEX
Job succeeded (job «job»)""", m=c.ri(1, 11), p=c.ri(0, 5), sha=c.hexs(8), h=c.host("runner"),
             rid=c.rs(8), sid=c.hexs(12), pw=pw, ip=ip, db=c.ch(["orders", "ledger", "crm"]),
             n="%04d" % c.ri(10, 300), job=job)
    return text, [("GENERIC_SECRET", pw), ("IPV4", ip)], "synthetic/ci-log/gitlab"


@tpl("cli", "dev")
def cli_redis_a(c):
    pw = c.pw("shell")
    h = c.fqdn("cache")
    text = S("""$ redis-cli -h «h» -p 6379 -a «pw» INFO replication
Warning: Using a password with '-a' or '-u' option on the command line interface may not be safe.
# Replication
role:master
connected_slaves:«n»
master_repl_offset:«off»
repl_backlog_active:1""", h=h, pw=pw, n=c.ri(1, 3), off=c.ri(10 ** 6, 10 ** 9))
    return text, [("GENERIC_SECRET", pw)], "synthetic/shell-history"


@tpl("cli", "dev")
def cli_htpasswd(c):
    pw = c.pw("shell")
    u = c.ch(["prometheus", "kibana", "ops", "scraper"])
    text = S("""root@«h»:/etc/nginx# htpasswd -b /etc/nginx/.htpasswd «u» «pw»
Adding password for user «u»
root@«h»:/etc/nginx# nginx -t && systemctl reload nginx
nginx: the configuration file /etc/nginx/nginx.conf syntax is ok
nginx: configuration file /etc/nginx/nginx.conf test is successful""", h=c.host("edge"), u=u, pw=pw)
    return text, [("GENERIC_SECRET", pw)], "synthetic/shell-history"


@tpl("cli", "dev")
def cli_helm_repo(c):
    pw = c.pw("shell")
    d = c.dom()
    text = S("""+ helm repo add internal https://charts.«d»/stable --username «u» --password «pw»
"internal" has been added to your repositories
+ helm upgrade --install «app» internal/«app» -n «ns» --version «v» --wait
Release "«app»" has been upgraded. Happy Helming!
NAME: «app»
NAMESPACE: «ns»
STATUS: deployed""", d=d, u=c.user(), pw=pw, app=c.repo(), ns=c.ns(), v=c.ver())
    return text, [("GENERIC_SECRET", pw)], "synthetic/ci-log"


@tpl("cli", "dev")
def cli_kubectl_token(c):
    ns = c.ns()
    tok = c.jwt({"iss": "kubernetes/serviceaccount", "kubernetes.io/serviceaccount/namespace": ns,
                 "kubernetes.io/serviceaccount/service-account.name": "deployer",
                 "sub": "system:serviceaccount:%s:deployer" % ns})
    ip = c.ip_priv()
    text = S("""kubectl --server=https://«ip»:6443 --insecure-skip-tls-verify --token=«tok» -n «ns» get pods -o wide""",
             ip=ip, tok=tok, ns=ns)
    return text, [("IPV4", ip), ("JWT", tok)], "synthetic/shell-history"


@tpl("cli", "dev")
def cli_git_clone_creds(c):
    pw = c.pw("url")
    u = c.user()
    d = c.fqdn("git")
    repo = c.repo()
    text = S("""$ git clone https://«u»:«pw»@«d»/platform/«repo».git
Cloning into '«repo»'...
remote: Enumerating objects: «n», done.
remote: Total «n» (delta «dl»), reused «n2» (delta «dl2»)
Receiving objects: 100% («n»/«n»), «mb» MiB | «sp» MiB/s, done.""", u=u, pw=pw, d=d, repo=repo,
             n=c.ri(2000, 90000), dl=c.ri(100, 900), n2=c.ri(1000, 1900), dl2=c.ri(10, 90),
             mb="%.2f" % (c.r.random() * 80), sp="%.2f" % (c.r.random() * 20))
    return text, [("URL_CREDENTIALS", "%s:%s" % (u, pw))], "synthetic/shell-history"


@tpl("cli", "dev")
def cli_curl_u(c):
    pw = c.pw("shell")
    u = c.ch(["admin", "grafana", "svc-backup", "ci"])
    h = c.fqdn("search")
    text = S("""$ curl -s -u «u»:«pw» -XPOST "https://«h»:9200/_snapshot/nightly/snap-«d»?wait_for_completion=false"
{"accepted":true}
$ curl -s -u «u»:«pw» "https://«h»:9200/_cat/snapshots/nightly?v" | tail -1
snap-«d» IN_PROGRESS «ep» «hh»:00:01 «n» indices""", u=u, pw=pw, h=h, d="%d.%02d.%02d" % (c.year, c.ri(1, 12), c.ri(1, 28)),
             ep=c.epoch(), hh="%02d" % c.ri(0, 23), n=c.ri(5, 80))
    cred = "%s:%s" % (u, pw)
    return text, [("BASIC_AUTH", cred), ("BASIC_AUTH", cred)], "synthetic/shell-history"


@tpl("cli", "dev")
def cli_api_key_systemd(c):
    key = c.hexs(32)
    h = c.host("ingest")
    text = S("""«ts» «h» systemd[1]: Started Metrics shipper.
«ts2» «h» shipper[«pid»]: exec: /opt/shipper/bin/shipper --endpoint https://intake.«d»/v2 --api-key «key» --batch-size 500 --flush 10s
«ts3» «h» shipper[«pid»]: connected, 4 workers""", ts=c.sts(), ts2=c.sts(), ts3=c.sts(), h=h, pid=c.ri(1000, 60000),
             d=c.dom(), key=key)
    return text, [("GENERIC_SECRET", key)], "synthetic/syslog"


@tpl("cli", "dev")
def cli_openssl_passout(c):
    pw = c.pw("shell")
    name = c.fqdn("web")
    text = S("""$ openssl pkcs12 -export -in «n».crt -inkey «n».key -certfile chain.pem -name «n» -out «n».p12 -passout pass:«pw»
$ ls -l «n».p12
-rw------- 1 «u» «u» «sz» «mon» «day» «hm» «n».p12""", n=name, pw=pw, u=c.user(), sz=c.ri(3000, 6000),
             mon=c.ch(MONTHS), day=c.ri(1, 28), hm=c.hm())
    return text, [("GENERIC_SECRET", pw, "pass:")], "synthetic/shell-history"


@tpl("cli", "dev")
def cli_ldapsearch(c):
    pw = c.pw("shell")
    ip = c.ip_priv()
    d = c.dom().split(".")
    p = c.person()
    mail = c.email(p)
    text = S("""$ ldapsearch -x -H ldap://«ip» -D "cn=admin,dc=«d0»,dc=«d1»" -w «pw» -b "ou=people,dc=«d0»,dc=«d1»" "(uid=«uid»)" mail cn
# «uid», people, «d0».«d1»
dn: uid=«uid»,ou=people,dc=«d0»,dc=«d1»
cn: «p»
mail: «mail»

# numResponses: 2""", ip=ip, d0=d[0], d1=d[1], pw=pw, uid=mail.split("@")[0].replace(".", ""), p=p, mail=mail)
    return text, [("IPV4", ip), ("GENERIC_SECRET", pw), ("PERSON", p), ("EMAIL", mail)], "synthetic/shell-history"


@tpl("cli", "dev")
def cli_ps_password_eq(c):
    pw = c.pw("shell")
    ip = c.ip_priv()
    text = S("""$ ps -ef | grep [s]ync
«u»    «pid»     1  0 «hm» ?        00:0«m»:«s» /usr/bin/python3 /opt/sync/sync.py --db-host «ip» --db-user sync --password=«pw» --interval 300
«u»    «pid2»  «pid»  0 «hm» ?        00:00:02 /usr/bin/python3 /opt/sync/sync.py --worker""", u=c.user(), pid=c.ri(1000, 40000),
             pid2=c.ri(40001, 60000), hm=c.hm(), m=c.ri(0, 9), s="%02d" % c.ri(0, 59), ip=ip, pw=pw)
    return text, [("IPV4", ip), ("GENERIC_SECRET", pw)], "synthetic/shell-history"


@tpl("cli", "dev")
def cli_auditd_execve(c):
    pw = c.pw("shell")
    ip = c.ip_priv()
    e = c.epoch()
    text = S("""type=SYSCALL msg=audit(«e».«ms»:«sn»): arch=c000003e syscall=59 success=yes exit=0 ppid=«pp» pid=«p» auid=1001 uid=1001 comm="redis-cli" exe="/usr/bin/redis-cli" key="exec"
type=EXECVE msg=audit(«e».«ms»:«sn»): argc=6 a0="redis-cli" a1="-h" a2="«ip»" a3="-a" a4="«pw»" a5="PING"
type=PROCTITLE msg=audit(«e».«ms»:«sn»): proctitle=«pt»""", e=e, ms="%03d" % c.ri(0, 999), sn=c.ri(1000, 99999),
             pp=c.ri(1000, 9000), p=c.ri(9001, 30000), ip=ip, pw=pw, pt=c.hexs(48).upper())
    return text, [("IPV4", ip), ("GENERIC_SECRET", pw)], "synthetic/linux-audit"


@tpl("cli", "dev")
def cli_mongo_password(c):
    pw = c.pw("shell")
    text = S("""$ docker exec -it «ctr» mongo --username admin --password «pw» --authenticationDatabase admin --eval 'rs.status().ok'
MongoDB shell version v4.4.«p»
connecting to: mongodb://127.0.0.1:27017/?authSource=admin&compressors=disabled&gssapiServiceName=mongodb
Implicit session: session { "id" : UUID("«u»") }
1""", ctr=c.ch(["mongo-0", "mongodb", "mongo_primary"]), pw=pw, p=c.ri(1, 29), u=c.uuid())
    return text, [("GENERIC_SECRET", pw)], "synthetic/shell-history"


# ---- heldout CLI ----------------------------------------------------------
@tpl("cli", "held")
def hcli_docker_login_gha(c):
    pw = c.pw("shell")
    reg = c.fqdn("harbor")
    t = c.ts(frac=7)
    text = S("""«t» ##[group]Run docker login --username «u» --password «pw» «reg»
«t» docker login --username «u» --password «pw» «reg»
«t» shell: /usr/bin/bash -e {0}
«t» ##[endgroup]
«t» WARNING! Using --password via the CLI is insecure. Use --password-stdin.
«t» Login Succeeded""", t=t, u=c.user(), pw=pw, reg=reg)
    return text, [("GENERIC_SECRET", pw), ("GENERIC_SECRET", pw)], "synthetic/ci-log/github-actions"


@tpl("cli", "held")
def hcli_docker_ghcr(c):
    tok = c.ghp()
    text = S("""~/work/«repo» (main) $ docker login ghcr.io -u «u» -p «tok»
WARNING! Using --password via the CLI is insecure. Use --password-stdin.
Login Succeeded
~/work/«repo» (main) $ docker push ghcr.io/«org»/«repo»:«v»""", repo=c.repo(), u=c.user(), tok=tok,
             org=c.dom().split(".")[0], v=c.ver())
    return text, [("GITHUB_TOKEN", tok)], "synthetic/shell-history"


@tpl("cli", "held")
def hcli_mysqladmin(c):
    pw = c.pw("shell")
    text = S("""[root@«h» ~]# mysqladmin -u root -p«pw» processlist status
+------+-------------+-----------+----+---------+------+-------+------------------+
| Id   | User        | Host      | db | Command | Time | State | Info             |
+------+-------------+-----------+----+---------+------+-------+------------------+
| «id» | «u» | localhost |    | Query   | 0    | init  | show processlist |
+------+-------------+-----------+----+---------+------+-------+------------------+
Uptime: «up»  Threads: «th»  Questions: «q»  Slow queries: «sq»  Opens: «o»""", h=c.host("pg"), pw=pw,
             id=c.ri(1000, 9999), u=c.user().ljust(11), up=c.ri(10 ** 5, 10 ** 7), th=c.ri(2, 40),
             q=c.ri(10 ** 5, 10 ** 8), sq=c.ri(0, 99), o=c.ri(100, 9999))
    return text, [("GENERIC_SECRET", pw, "-p")], "synthetic/shell-history"


@tpl("cli", "held")
def hcli_mysql_pwd_cron(c):
    pw = c.pw("shell")
    ip = c.ip_priv()
    text = S("""$ crontab -l -u «u»
# m h dom mon dow command
MAILTO=""
15 2 * * * MYSQL_PWD=«pw» /usr/bin/mysqldump -h «ip» -u backup --single-transaction --routines «db» | gzip > /srv/backup/«db»-$(date +\\%F).sql.gz
40 3 * * 0 /usr/local/bin/prune-backups --keep 14""", u=c.user(), pw=pw, ip=ip,
             db=c.ch(["claims", "portal", "telemetry"]))
    return text, [("GENERIC_SECRET", pw), ("IPV4", ip)], "synthetic/shell-history"


@tpl("cli", "held")
def hcli_sshpass_rsync(c):
    pw = c.pw("quoted")
    ip = c.ip()
    text = S("""TASK [sync reports to archive] ***************************************************
changed: [«h»] => {"changed": true, "cmd": "sshpass -p '«pw»' rsync -az --delete -e 'ssh -p 22 -o StrictHostKeyChecking=no' /srv/reports/ «u»@«ip»:/archive/reports/", "delta": "0:00:0«d».«us»", "rc": 0}""",
             h=c.host("report"), pw=pw, u=c.user(), ip=ip, d=c.ri(1, 9), us=c.digits(6))
    return text, [("GENERIC_SECRET", pw), ("IPV4", ip)], "synthetic/ansible"


@tpl("cli", "held")
def hcli_az_login(c):
    p = c.person()
    mail = c.email(p)
    pw = c.pw("quoted")
    text = S("""PS C:\\Users\\«short»> az login -u «mail» -p '«pw»' --allow-no-subscriptions
[
  {
    "cloudName": "AzureCloud",
    "homeTenantId": "«t»",
    "id": "«sub»",
    "state": "Enabled",
    "user": { "name": "«mail»", "type": "user" }
  }
]""", short=mail.split("@")[0][:8], mail=mail, pw=pw, t=c.uuid(), sub=c.uuid())
    return text, [("EMAIL", mail), ("GENERIC_SECRET", pw), ("EMAIL", mail)], "synthetic/shell-history"


@tpl("cli", "held")
def hcli_smbclient(c):
    pw = c.pw("quoted")
    dom = c.dom().split(".")[0].upper()
    srv = c.host("nas")
    text = S("""$ smbclient //«srv»/finance -U '«dom»\\«u»%«pw»' -c 'cd exports; ls'
  .                                   D        0  «dt»
  ..                                  D        0  «dt»
  ledger_«y»Q«q».xlsx                  A   «sz»  «dt»

		«blk» blocks of size 4096. «fr» blocks available""", srv=srv, dom=dom, u=c.user(), pw=pw,
             dt="Tue %s %d %s:%02d %d" % (c.ch(MONTHS), c.ri(1, 28), c.hm(), c.ri(0, 59), c.year), y=c.year,
             q=c.ri(1, 4), sz=c.ri(10000, 900000), blk=c.ri(10 ** 6, 10 ** 8), fr=c.ri(10 ** 5, 10 ** 6))
    return text, [("GENERIC_SECRET", pw, "%")], "synthetic/shell-history"


@tpl("cli", "held")
def hcli_mongosh_eq(c):
    pw = c.pw("shell")
    ip = c.ip_priv()
    text = S("""ops@«h»:~$ mongosh "mongodb://«ip»:27017/admin?replicaSet=rs0" --username «u» --password=«pw» --quiet --eval 'db.serverStatus().connections'
{ current: «cur», available: «av», totalCreated: «tc», active: «ac» }""", h=c.host("bastion"), ip=ip, u=c.user(),
             pw=pw, cur=c.ri(10, 900), av=c.ri(50000, 51000), tc=c.ri(1000, 90000), ac=c.ri(1, 50))
    return text, [("IPV4", ip), ("GENERIC_SECRET", pw)], "synthetic/shell-history"


@tpl("cli", "held")
def hcli_argocd(c):
    pw = c.pw("shell")
    text = S("""+ argocd login argocd.«d» --username admin --password «pw» --grpc-web --skip-test-tls
'admin:login' logged in successfully
Context 'argocd.«d»' updated
+ argocd app sync «app» --prune --timeout 300""", d=c.dom(), pw=pw, app=c.repo())
    return text, [("GENERIC_SECRET", pw)], "synthetic/ci-log"


@tpl("cli", "held")
def hcli_client_secret(c):
    sec = c.rs(c.ri(32, 40), ALNUM + "~._-")
    if sec[-1] in "._-~":
        sec = sec[:-1] + "Q"
    text = S("""$ oauth2c https://id.«d»/realms/«realm»/protocol/openid-connect/token \\
    --client-id «cid» \\
    --client-secret «sec» \\
    --grant-type client_credentials --auth-method client_secret_post --scopes openid
Request: POST /realms/«realm»/protocol/openid-connect/token
Response: 200 OK (expires_in=300, token_type=Bearer)""", d=c.dom(), realm=c.ns(), cid=c.repo() + "-svc", sec=sec)
    return text, [("GENERIC_SECRET", sec)], "synthetic/shell-history"


@tpl("cli", "held")
def hcli_influx_token(c):
    tok = c.b64(64, url=True)
    ip = c.ip_priv()
    text = S("""bash-5.1$ influx bucket list --host http://«ip»:8086 --org «org» --token «tok»
ID			Name		Retention	Shard group duration	Organization ID		Schema Type
«id1»	_monitoring	168h0m0s	24h0m0s			«oid»	implicit
«id2»	telemetry	720h0m0s	24h0m0s			«oid»	implicit""", ip=ip, org=c.dom().split(".")[0], tok=tok,
             id1=c.hexs(16), id2=c.hexs(16), oid=c.hexs(16))
    return text, [("IPV4", ip), ("GENERIC_SECRET", tok)], "synthetic/shell-history"


@tpl("cli", "held")
def hcli_vault_login(c):
    tok = c.hvs()
    text = S("""$ export VAULT_ADDR=https://vault.«d»:8200
$ vault login «tok»
Success! You are now authenticated. The token information displayed below
is already stored in the token helper.

Key                  Value
---                  -----
token_duration       «hrs»h
token_policies       ["default" "«ns»-ro"]""", d=c.dom(), tok=tok, hrs=c.ch([8, 24, 768]), ns=c.ns())
    return text, [("API_KEY", tok)], "synthetic/shell-history"


@tpl("cli", "held")
def hcli_keytool(c):
    sp = c.pw("shell")
    dp = c.pw("shell")
    text = S("""$ keytool -importkeystore -srckeystore «n».p12 -srcstoretype PKCS12 -srcstorepass «sp» -destkeystore /opt/«app»/conf/keystore.jks -deststorepass «dp» -noprompt
Importing keystore «n».p12 to /opt/«app»/conf/keystore.jks...
Entry for alias 1 successfully imported.
Import command completed:  1 entries successfully imported, 0 entries failed or cancelled""",
             n=c.fqdn("svc"), sp=sp, dp=dp, app=c.repo())
    return text, [("GENERIC_SECRET", sp, "-srcstorepass "), ("GENERIC_SECRET", dp, "-deststorepass ")], "synthetic/shell-history"


@tpl("cli", "held")
def hcli_sqlcmd(c):
    pw = c.pw("quoted")
    ip = c.ip_priv()
    text = S("""PS> sqlcmd -S «ip»,1433 -U sa -P '«pw»' -Q "SELECT name, state_desc FROM sys.databases"
name                 state_desc
-------------------- ------------
master               ONLINE
«db»               ONLINE

(2 rows affected)""", ip=ip, pw=pw, db=c.ch(["ClaimsDb", "PortalDb", "Billing"]).ljust(8))
    return text, [("IPV4", ip), ("GENERIC_SECRET", pw)], "synthetic/shell-history"


@tpl("cli", "held")
def hcli_ipmitool(c):
    pw = c.pw("shell")
    ip = c.ip_priv()
    text = S("""[«t»] oob-check: running ipmitool -I lanplus -H «ip» -U ADMIN -P «pw» chassis power status
[«t»] oob-check: Chassis Power is on
[«t»] oob-check: «h» ok""", t=c.ts(sep=" ", frac=0, tz=""), ip=ip, pw=pw, h=c.host("node"))
    return text, [("IPV4", ip), ("GENERIC_SECRET", pw)], "synthetic/app-log"


@tpl("cli", "held")
def hcli_lftp(c):
    pw = c.pw("shell").replace(",", "")
    h = c.fqdn("sftp")
    text = S("""#!/bin/sh
# nightly push of claim extracts to the clearing house
set -eu
lftp -u «u»,«pw» sftp://«h» <<EOF
cd inbound
mput /srv/outbox/*.csv
bye
EOF""", u=c.user(), pw=pw, h=h)
    return text, [("GENERIC_SECRET", pw, ",")], "synthetic/shell-script"


@tpl("cli", "held")
def hcli_glpat_remote(c):
    tok = c.glpat()
    text = S("""$ git remote set-url origin https://oauth2:«tok»@gitlab.«d»/«grp»/«repo».git
$ git push origin HEAD:refs/heads/release/«v»
Enumerating objects: «n», done.
To https://gitlab.«d»/«grp»/«repo».git
 * [new branch]      HEAD -> release/«v»""", tok=tok, d=c.dom(), grp=c.ns(), repo=c.repo(), v=c.ver(), n=c.ri(5, 60))
    return text, [("API_KEY", tok)], "synthetic/shell-history"


@tpl("cli", "held")
def hcli_kubectl_setcreds(c):
    ns = c.ns()
    iat = c.epoch()
    tok = c.jwt({"aud": ["https://kubernetes.default.svc"], "exp": iat + 3600, "iat": iat,
                 "iss": "https://kubernetes.default.svc",
                 "kubernetes.io": {"namespace": ns, "serviceaccount": {"name": "ci-deployer"}},
                 "sub": "system:serviceaccount:%s:ci-deployer" % ns})
    text = S("""$ kubectl config set-credentials ci-deployer --token=«tok»
User "ci-deployer" set.
$ kubectl config set-context ci --cluster=«cl» --user=ci-deployer --namespace=«ns»""", tok=tok, cl=c.host("prod"), ns=ns)
    return text, [("JWT", tok)], "synthetic/shell-history"


@tpl("cli", "held")
def hcli_curl_user_es(c):
    pw = c.pw("shell")
    ip = c.ip_priv()
    text = S("""$ curl -sS --user elastic:«pw» -X PUT "http://«ip»:9200/_cluster/settings" -H 'Content-Type: application/json' -d '{"transient":{"cluster.routing.allocation.enable":"all"}}'
{"acknowledged":true,"persistent":{},"transient":{"cluster":{"routing":{"allocation":{"enable":"all"}}}}}""", pw=pw, ip=ip)
    return text, [("BASIC_AUTH", "elastic:" + pw), ("IPV4", ip)], "synthetic/shell-history"


@tpl("cli", "held")
def hcli_pip_index(c):
    pw = c.pw("url")
    u = c.user()
    text = S("""Step 6/11 : RUN pip install --no-cache-dir --index-url https://«u»:«pw»@nexus.«d»/repository/pypi-group/simple -r requirements.txt
 ---> Running in «cid»
Looking in indexes: https://«u»:****@nexus.«d»/repository/pypi-group/simple
Collecting fastapi==0.110.«p»""", u=u, pw=pw, d=c.dom(), cid=c.hexs(12), p=c.ri(0, 3))
    return text, [("URL_CREDENTIALS", "%s:%s" % (u, pw))], "synthetic/ci-log/docker"


@tpl("cli", "held")
def hcli_wget_pw(c):
    pw = c.pw("shell")
    text = S("""+ wget -q --user=«u» --password=«pw» https://artifacts.«d»/releases/«repo»/«repo»-«v».tar.gz -O /tmp/«repo».tgz
+ tar -xzf /tmp/«repo».tgz -C /opt""", u=c.user(), pw=pw, d=c.dom(), repo=c.repo(), v=c.ver())
    return text, [("GENERIC_SECRET", pw)], "synthetic/ci-log"


# ===========================================================================
# Family 2: real secrets that contain placeholder-looking words
# ===========================================================================
@tpl("placeholderword", "dev")
def pw_changeme_bang(c):
    v = "Changeme!%d" % c.ch([2023, 2024])
    h = c.host("db")
    text = S("""«ts» INFO  [main] c.«d0».config.Loader - effective datasource: host=«h» port=5432 user=svc_«app» password=«v» pool.max=20
«ts» INFO  [main] c.«d0».Application - Started Application in «s» seconds""", ts=c.ts(sep=" ", tz=""),
             d0=c.dom().split(".")[0].replace("-", ""), h=h, app=c.ch(["orders", "ledger"]), v=v,
             s="%.3f" % (c.r.random() * 20 + 3))
    return text, [("GENERIC_SECRET", v)], "synthetic/app-log/log4j"


@tpl("placeholderword", "dev")
def pw_changeme_uri(c):
    db = c.fqdn("db")
    text = S("""Traceback (most recent call last):
  File "/app/«app»/db.py", line «ln», in connect
    engine.connect()
sqlalchemy.exc.OperationalError: (psycopg2.OperationalError) connection to server at "«db»" (port 5432) failed: FATAL:  password authentication failed for user "app"
(Background on this error at: https://sqlalche.me/e/20/e3q8)
engine url: postgresql+psycopg2://app:changeme@«db»:5432/«app»""", app=c.ch(["orders", "notifier", "etl"]), ln=c.ri(20, 90), db=db)
    return text, [("CONNECTION_STRING", "app:changeme")], "synthetic/python-traceback"


@tpl("placeholderword", "dev")
def pw_example77(c):
    v = "Example#%d" % c.ri(10, 99)
    text = S("""$ cat .env.production
APP_ENV=production
DB_HOST=«h»
DB_USER=«app»
DB_PASSWORD=«v»
CACHE_TTL=600""", h=c.fqdn("db"), app=c.repo().replace("-", "_"), v=v)
    return text, [("GENERIC_SECRET", v)], "synthetic/config-env"


@tpl("placeholderword", "dev")
def pw_secret_password123(c):
    v = c.ch(["Password123!", "Password1234!", "Passw0rd123!"])
    text = S("""apiVersion: v1
kind: Secret
metadata:
  name: «app»-smtp
  namespace: «ns»
type: Opaque
stringData:
  username: «u»@«d»
  secret: «v»""", app=c.repo(), ns=c.ns(), u="mailer", d=c.dom(), v=v)
    return text, [("EMAIL", "mailer@" + text.split("mailer@")[1].split("\n")[0]), ("GENERIC_SECRET", v)], "synthetic/k8s"


@tpl("placeholderword", "dev")
def pw_admin123_grafana(c):
    v = c.ch(["admin123", "admin1234", "admin@123"])
    text = S("""# /etc/grafana/grafana.ini (excerpt, copied from «h»)
[security]
admin_user = admin
admin_password = «v»
secret_key = «sk»
disable_gravatar = true""", h=c.host("monitor"), v=v, sk=c.rs(20))
    return text, [("GENERIC_SECRET", v), ("GENERIC_SECRET", text.split("secret_key = ")[1].split("\n")[0])], "synthetic/config-ini"


@tpl("placeholderword", "dev")
def pw_welcome(c):
    v = "Welcome@%d" % c.ri(2019, 2024)
    text = S("""[Service]
Environment=ADMIN_USER=ops
Environment=ADMIN_PASSWORD=«v»
ExecStart=/usr/local/bin/«app» --listen :8080""", v=v, app=c.repo())
    return text, [("GENERIC_SECRET", v)], "synthetic/config-systemd"


@tpl("placeholderword", "dev")
def pw_test1234(c):
    v = c.ch(["test1234!", "Test12345", "testtest1"])
    p = c.person()
    mail = c.email(p)
    text = S("""{"ts":"«ts»","lvl":"debug","route":"POST /api/v1/session","body":{"email":"«mail»","password":"«v»","remember":true},"status":401}""",
             ts=c.ts(), mail=mail, v=v)
    return text, [("EMAIL", mail), ("GENERIC_SECRET", v)], "synthetic/app-json"


@tpl("placeholderword", "held")
def hpw_changeit(c):
    text = S("""«u»   «pid»  2.1 14.3 «vsz» «rss» ?  Ssl  «hm»  41:07 /usr/lib/jvm/java-17/bin/java -Xmx2g -Djavax.net.ssl.trustStore=/etc/pki/java/cacerts -Djavax.net.ssl.keyStorePassword=changeit -Dspring.profiles.active=prod -jar /opt/«app»/«app».jar""",
             u=c.user(), pid=c.ri(1000, 60000), vsz=c.ri(10 ** 6, 9 * 10 ** 6), rss=c.ri(10 ** 5, 10 ** 6), hm=c.hm(), app=c.repo())
    return text, [("GENERIC_SECRET", "changeit")], "synthetic/shell-history"


@tpl("placeholderword", "held")
def hpw_mongo_example(c):
    ip = c.ip_priv()
    text = S("""«ts» [pool-1] WARN  MongoClientFactory - retrying with uri=mongodb://root:example@«ip»:27017/?authSource=admin (attempt 3/5)""",
             ts=c.ts(sep=" ", tz=""), ip=ip)
    return text, [("CONNECTION_STRING", "root:example"), ("IPV4", ip)], "synthetic/app-log"


@tpl("placeholderword", "held")
def hpw_yourstrong(c):
    text = S("""$ docker run -d --name mssql -e "ACCEPT_EULA=Y" -e "MSSQL_SA_PASSWORD=YourStrong!Passw0rd" -p 1433:1433 mcr.microsoft.com/mssql/server:2022-latest
«cid»""", cid=c.hexs(64))
    return text, [("GENERIC_SECRET", "YourStrong!Passw0rd")], "synthetic/shell-history"


@tpl("placeholderword", "held")
def hpw_sample(c):
    v = "sample-pass-%d" % c.ri(2020, 2025)
    text = S("""$ helm get values «rel» -n «ns»
USER-SUPPLIED VALUES:
auth:
  enabled: true
  password: «v»
replica:
  replicaCount: «n»""", rel=c.repo(), ns=c.ns(), v=v, n=c.ri(1, 4))
    return text, [("GENERIC_SECRET", v)], "synthetic/k8s"


@tpl("placeholderword", "held")
def hpw_p4ssword(c):
    v = c.ch(["P@ssw0rd2025", "P@ssword1", "Pa$$w0rd!"])
    text = S("""# src/main/resources/application-staging.properties
spring.datasource.url=jdbc:postgresql://«h»:5432/«db»
spring.datasource.username=«db»_app
spring.datasource.password=«v»
spring.jpa.hibernate.ddl-auto=validate""", h=c.fqdn("pg"), db=c.ch(["claims", "portal"]), v=v)
    return text, [("GENERIC_SECRET", v)], "synthetic/config-properties"


@tpl("placeholderword", "held")
def hpw_guest123(c):
    v = c.ch(["guest123", "guest2025", "guestguest"])
    text = S("""## /etc/rabbitmq/rabbitmq.conf
listeners.tcp.default = 5672
default_user = «u»
default_pass = «v»
management.tcp.port = 15672
vm_memory_high_watermark.relative = 0.6""", u=c.user(), v=v)
    return text, [("GENERIC_SECRET", v)], "synthetic/config-ini"


@tpl("placeholderword", "held")
def hpw_test4321(c):
    v = "Test#%d" % c.ri(1000, 9999)
    p = c.person()
    mail = c.free_email(p)
    text = S("""«ts» WARN 1 --- [nio-8080-exec-«n»] o.z.l.RequestLoggingFilter : After request [POST /auth/signup, payload={"name":"«p»","email":"«mail»","password":"«v»"}]""",
             ts=c.ts(sep=" ", tz=""), n=c.ri(1, 9), p=p, mail=mail, v=v)
    return text, [("PERSON", p), ("EMAIL", mail), ("GENERIC_SECRET", v)], "synthetic/app-log"


# ===========================================================================
# Family 3: secrets inside escaped JSON
# ===========================================================================
@tpl("escjson", "dev")
def esc_docker_inner(c):
    pw = c.pw("json")
    p = c.person()
    mail = c.email(p)
    inner = jd({"level": "debug", "msg": "auth attempt", "user": mail, "password": pw, "ip_hash": c.hexs(12)})
    text = jd({"log": inner + "\n", "stream": "stdout", "time": c.ts(frac=9)})
    return text, [("EMAIL", mail), ("GENERIC_SECRET", pw)], "synthetic/app-log/docker"


@tpl("escjson", "dev")
def esc_docker_double(c):
    pw = c.pw("json")
    h = c.fqdn("db")
    inner = jd({"db": {"host": h, "user": "reporting", "password": pw}, "pool": 8})
    line = "%s INFO config reloaded payload=%s" % (c.ts(), jd(inner))
    text = jd({"log": line + "\n", "stream": "stderr", "time": c.ts(frac=9)})
    return text, [("GENERIC_SECRET", pw)], "synthetic/app-log/docker"


@tpl("escjson", "dev")
def esc_k8s_event(c):
    pw = c.pw("json")
    ns = c.ns()
    app = c.repo()
    obj = jd({"spec": {"containers": [{"name": app, "env": [{"name": "DB_USER", "value": "app"},
                                                            {"name": "DB_PASSWORD", "value": pw}]}]}})
    text = S("""$ kubectl get events -n «ns» --field-selector type=Warning
LAST SEEN   TYPE      REASON         OBJECT                      MESSAGE
«m»m         Warning   FailedCreate   replicaset/«app»-«rs»   Error creating: admission webhook "policy.«d»" denied the request: container env must use secretKeyRef, got «obj»""",
             ns=ns, m=c.ri(1, 59), app=app, rs=c.rs(10, string.ascii_lowercase + string.digits), d=c.dom(), obj=obj)
    return text, [("GENERIC_SECRET", pw)], "synthetic/k8s"


@tpl("escjson", "dev")
def esc_logfmt_body(c):
    sec = c.rs(40, ALNUM + "~_-")
    body = jd({"client_id": c.repo(), "client_secret": sec, "grant_type": "client_credentials"})
    text = S("""time=«ts» level=error msg="token exchange failed" upstream=https://login.«d»/oauth2/token status=401 body=«b» duration=«ms»ms""",
             ts=c.ts(), d=c.dom(), b=jd(body), ms=c.ri(20, 900))
    return text, [("GENERIC_SECRET", sec)], "synthetic/app-log/logfmt"


@tpl("escjson", "dev")
def esc_docker_redis_url(c):
    pw = c.pw("url")
    ip = c.ip_priv()
    cfg = jd({"redis": {"url": "redis://:%s@%s:6379/0" % (pw, ip), "tls": False}})
    inner = jd({"event": "config_reload", "config": cfg, "ok": True})
    text = jd({"log": inner + "\n", "stream": "stdout", "time": c.ts(frac=9)})
    return text, [("CONNECTION_STRING", pw), ("IPV4", ip)], "synthetic/app-log/docker"


@tpl("escjson", "dev")
def esc_docker_bearer(c):
    tok = c.token(40)
    inner = jd({"msg": "outbound request", "method": "GET", "url": "https://api.%s/v1/shipments" % c.dom(),
                "headers": {"Accept": "application/json", "Authorization": "Bearer " + tok}})
    text = jd({"log": inner + "\n", "stream": "stdout", "time": c.ts(frac=9)})
    return text, [("BEARER_TOKEN", tok)], "synthetic/app-log/docker"


@tpl("escjson", "dev")
def esc_lambda_body(c):
    pw = c.pw("json")
    p = c.person()
    mail = c.email(p)
    ip = c.ip_pub()
    ev = {"resource": "/login", "httpMethod": "POST",
          "requestContext": {"identity": {"sourceIp": ip}},
          "body": jd({"username": mail, "password": pw})}
    text = S("""START RequestId: «rid» Version: $LATEST
«ts»	«rid»	INFO	received event: «ev»
END RequestId: «rid»""", rid=c.uuid(), ts=c.ts(), ev=jd(ev))
    return text, [("IPV4", ip), ("EMAIL", mail), ("GENERIC_SECRET", pw)], "synthetic/aws-lambda"


@tpl("escjson", "dev")
def esc_sts_creds(c):
    ak = c.akid("ASIA")
    sk = c.aws_secret()
    st = "IQoJb3JpZ2luX2Vj" + c.b64(180)
    creds = jd({"Version": 1, "AccessKeyId": ak, "SecretAccessKey": sk, "SessionToken": st,
                "Expiration": c.ts(frac=0)})
    text = jd({"log": "credential_process output: %s\n" % creds, "stream": "stderr", "time": c.ts(frac=9)})
    return text, [("AWS_ACCESS_KEY", ak), ("AWS_SECRET_KEY", sk), ("GENERIC_SECRET", st)], "synthetic/app-log/docker"


# ---- heldout escaped JSON -----------------------------------------------
@tpl("escjson", "held")
def hesc_cri(c):
    pw = c.pw("json")
    p = c.person()
    mail = c.free_email(p)
    msg = "request body: " + jd({"email": mail, "password": pw, "locale": "de-DE"})
    text = "%s stdout F %s" % (c.ts(frac=9), jd({"severity": "DEBUG", "logger": "signup", "message": msg}))
    return text, [("EMAIL", mail), ("GENERIC_SECRET", pw)], "synthetic/k8s/cri"


@tpl("escjson", "held")
def hesc_triple(c):
    pw = c.pw("json")
    lvl3 = jd({"smtp": {"host": "smtp.%s" % c.dom(), "port": 587, "pass": pw}})
    lvl2 = jd({"component": "notifier", "settings": lvl3})
    lvl1 = "%s DEBUG settings snapshot %s" % (c.ts(), jd(lvl2))
    text = jd({"log": lvl1 + "\n", "stream": "stdout", "time": c.ts(frac=9)})
    return text, [("GENERIC_SECRET", pw)], "synthetic/app-log/docker"


@tpl("escjson", "held")
def hesc_events_json(c):
    pw = c.pw("json")
    ns = c.ns()
    lac = jd({"apiVersion": "v1", "kind": "Secret", "metadata": {"name": "pg-app", "namespace": ns},
              "stringData": {"username": "app", "password": pw}})
    ev = {"kind": "Event", "apiVersion": "v1", "metadata": {"name": "pg-app.%s" % c.hexs(16), "namespace": ns},
          "reason": "SyncError", "type": "Warning",
          "message": "could not apply manifest: %s: field is immutable" % lac,
          "source": {"component": "argocd-application-controller"}}
    text = json.dumps(ev, indent=2, ensure_ascii=False)
    return text, [("GENERIC_SECRET", pw)], "synthetic/k8s"


@tpl("escjson", "held")
def hesc_es_source(c):
    key = c.hexs(40)
    ip = c.ip_priv()
    msg = jd({"svc": "geo", "upstream": "maps", "api_key": key, "latency_ms": c.ri(20, 800)})
    doc = {"_index": "logs-%d.%02d.%02d" % (c.year, c.ri(1, 12), c.ri(1, 28)), "_id": c.rs(20),
           "_source": {"@timestamp": c.ts(), "host": {"ip": ip}, "message": msg}}
    text = json.dumps(doc, indent=1, ensure_ascii=False)
    return text, [("IPV4", ip), ("GENERIC_SECRET", key)], "synthetic/elasticsearch"


@tpl("escjson", "held")
def hesc_journal(c):
    tok = c.token(36)
    msg = "webhook delivery failed: " + jd({"target": "https://hooks.%s/in" % c.dom(), "auth_token": tok, "status": 503})
    rec = {"__REALTIME_TIMESTAMP": str(c.epoch() * 10 ** 6 + c.ri(0, 999999)), "_HOSTNAME": c.host("svc"),
           "SYSLOG_IDENTIFIER": "dispatcher", "_PID": str(c.ri(100, 40000)), "PRIORITY": "3", "MESSAGE": msg}
    text = jd(rec)
    return text, [("GENERIC_SECRET", tok)], "synthetic/journald"


@tpl("escjson", "held")
def hesc_gcp(c):
    sec = "GOCSPX-" + c.rs(28, ALNUM + "-_")
    payload = "oauth client config: " + jd({"web": {"client_id": "%s-%s.apps.googleusercontent.com" % (c.digits(12), c.rs(32, string.ascii_lowercase + string.digits)),
                                                    "client_secret": sec, "redirect_uris": ["https://app.%s/cb" % c.dom()]}})
    entry = {"insertId": c.rs(14, string.ascii_lowercase + string.digits), "textPayload": payload,
             "resource": {"type": "cloud_run_revision", "labels": {"service_name": c.repo()}},
             "severity": "INFO", "timestamp": c.ts(frac=6)}
    text = json.dumps(entry, indent=2, ensure_ascii=False)
    return text, [("GENERIC_SECRET", sec)], "synthetic/gcp-logging"


@tpl("escjson", "held")
def hesc_celery(c):
    pw = c.pw("json")
    arg = jd({"smtp_user": "reports", "smtp_password": pw})
    text = S("""[«ts»: ERROR/ForkPoolWorker-«w»] Task reports.send_digest[«tid»] raised unexpected: SMTPAuthenticationError(535, b'5.7.8 Authentication failed')
args=«a» kwargs={}""", ts=c.ts(sep=" ", frac=3, tz="").replace(".", ","), w=c.ri(1, 8), tid=c.uuid(),
             a=jd([arg]))
    return text, [("GENERIC_SECRET", pw)], "synthetic/python-log"


@tpl("escjson", "held")
def hesc_tfplan(c):
    pw = c.pw("json")
    after = {"engine": "postgres", "identifier": "%s-db" % c.repo(),
             "parameters": jd({"master_username": "dbadmin", "master_password": pw})}
    rc = {"resource_changes": [{"address": "module.db.aws_db_instance.this", "change": {"actions": ["update"], "after": after}}]}
    text = "$ terraform show -json plan.out | jq -c .\n" + jd(rc)
    return text, [("GENERIC_SECRET", pw)], "synthetic/terraform"


@tpl("escjson", "held")
def hesc_audit(c):
    pw = c.pw("json")
    data = base64.b64encode(pw.encode()).decode()
    ns = c.ns()
    ro = jd({"kind": "Secret", "apiVersion": "v1", "metadata": {"name": "ldap-bind", "namespace": ns}, "data": {"bindPassword": data}})
    ip = c.ip_priv()
    rec = {"kind": "Event", "level": "RequestResponse", "verb": "create", "user": {"username": "system:serviceaccount:%s:sync" % ns},
           "sourceIPs": [ip], "objectRef": {"resource": "secrets", "namespace": ns, "name": "ldap-bind"},
           "annotations": {"webhook.audit/raw": ro}}
    text = jd(rec)
    return text, [("IPV4", ip), ("GENERIC_SECRET", data)], "synthetic/k8s-audit"


# ===========================================================================
# Family 4: URL-encoded values
# ===========================================================================
@tpl("urlenc", "dev")
def url_nginx_login(c):
    raw = ensure_encoded(c, c.pw("raw"))
    enc = qenc(raw)
    ip = c.ip_pub()
    u = c.user()
    text = S("""«ip» - - [«t»] "GET /api/login?user=«u»&password=«enc»&next=%2Fdashboard HTTP/1.1" 302 0 "-" "Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0" rt=0.0«ms»""",
             ip=ip, t=c.clf(), u=u, enc=enc, ms=c.ri(10, 99))
    return text, [("IPV4", ip), ("GENERIC_SECRET", enc)], "synthetic/nginx-access"


@tpl("urlenc", "dev")
def url_form_client_secret(c):
    sec = ensure_encoded(c, c.rs(32, ALNUM + "+/=~"))
    enc = qenc(sec)
    text = S("""«ts» DEBUG [oauth] POST https://auth.«d»/oauth/token
«ts» DEBUG [oauth] Content-Type: application/x-www-form-urlencoded
«ts» DEBUG [oauth] client_id=«cid»&client_secret=«enc»&grant_type=client_credentials&scope=shipments%3Aread
«ts» DEBUG [oauth] <- 200 («ms» ms)""", ts=c.ts(), d=c.dom(), cid=c.repo(), enc=enc, ms=c.ri(30, 400))
    return text, [("GENERIC_SECRET", enc)], "synthetic/app-log"


@tpl("urlenc", "dev")
def url_access_token_param(c):
    tok = c.token(32)
    ip = c.ip_pub()
    text = S("""«ip» - - [«t»] "GET /exports/«f».csv?token=«tok»&dl=1 HTTP/2.0" 200 «sz» "https://app.«d»/reports" "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15\"""",
             ip=ip, t=c.clf(), f=c.ch(["invoices", "payouts", "manifest"]), tok=tok, sz=c.ri(1000, 900000), d=c.dom())
    return text, [("IPV4", ip), ("GENERIC_SECRET", tok)], "synthetic/nginx-access"


@tpl("urlenc", "dev")
def url_curl_d(c):
    p = c.person()
    mail = c.email(p)
    raw = ensure_encoded(c, c.pw("raw"))
    text = S("""$ curl -sk -X POST https://«h»/j_spring_security_check -d 'username=«m»&password=«enc»&remember-me=on' -c cookies.txt -o /dev/null -w '%{http_code}\\n'
302""", h=c.fqdn("auth"), m=qenc(mail), enc=qenc(raw))
    return text, [("EMAIL", qenc(mail)), ("GENERIC_SECRET", qenc(raw))], "synthetic/shell-history"


@tpl("urlenc", "dev")
def url_http_dump_form(c):
    raw = ensure_encoded(c, c.pw("raw"))
    enc = qenc(raw)
    u = c.user()
    body = "login=%s&passwd=%s&otp=&submit=Sign+in" % (u, enc)
    text = S("""POST /admin/login HTTP/1.1
Host: «h»
Content-Type: application/x-www-form-urlencoded
Content-Length: «n»
Origin: https://«h»

«body»""", h=c.fqdn("admin"), n=len(body), body=body)
    return text, [("GENERIC_SECRET", enc)], "synthetic/http-dump"


@tpl("urlenc", "dev")
def url_apache_apikey(c):
    key = c.hexs(32)
    ip = c.ip_pub()
    text = S("""«ip» - - [«t»] "GET /v1/rates?from=EUR&to=USD&api_key=«k» HTTP/1.1" 200 «sz» "-" "python-requests/2.31.0" «us»""",
             ip=ip, t=c.clf("+0200"), k=key, sz=c.ri(100, 900), us=c.ri(1000, 90000))
    return text, [("IPV4", ip), ("GENERIC_SECRET", key)], "synthetic/apache-access"


@tpl("urlenc", "held")
def hurl_envoy(c):
    tok = c.token(43)
    ip = c.ip_priv()
    rec = {"start_time": c.ts(), "method": "GET", "path": "/ws/notifications?access_token=%s&v=3" % tok,
           "protocol": "HTTP/1.1", "response_code": 101, "upstream_host": "%s:8080" % ip,
           "x_forwarded_for": None, "request_id": c.uuid(), "duration": c.ri(1000, 90000)}
    text = jd(rec)
    return text, [("BEARER_TOKEN", tok), ("IPV4", ip)], "synthetic/envoy-access"


@tpl("urlenc", "held")
def hurl_alb(c):
    raw = ensure_encoded(c, c.pw("raw"))
    enc = qenc(raw)
    cip, tip = c.ip_pub(), c.ip_priv()
    text = S("""https «ts» app/«lb»/«lbid» «cip»:«cp» «tip»:8443 0.001 0.0«ms» 0.000 200 200 «rb» «sb» "GET https://portal.«d»:443/legacy/auth.cgi?uid=«u»&passwd=«enc» HTTP/1.1" "curl/8.5.0" ECDHE-RSA-AES128-GCM-SHA256 TLSv1.2 arn:aws:elasticloadbalancing:eu-west-1:«acct»:targetgroup/«lb»/«tg» "Root=1-«r1»-«r2»\"""",
             ts=c.ts(frac=6), lb=c.repo(), lbid=c.hexs(16), cip=cip, cp=c.ri(1024, 65000), tip=tip, ms=c.ri(10, 99),
             rb=c.ri(100, 900), sb=c.ri(100, 9000), d=c.dom(), u=c.user(), enc=enc, acct=c.digits(12), tg=c.hexs(16),
             r1=c.hexs(8), r2=c.hexs(24))
    return text, [("IPV4", cip), ("IPV4", tip), ("GENERIC_SECRET", enc)], "synthetic/aws-alb"


@tpl("urlenc", "held")
def hurl_tomcat(c):
    raw = ensure_encoded(c, c.pw("raw"))
    enc = qenc(raw)
    ip = c.ip_priv()
    text = S("""«ip» - - [«t»] "GET /manager/jmxproxy?j_username=«u»&j_password=«enc»&qry=Catalina%3Atype%3DManager%2C* HTTP/1.1" 200 «sz»""",
             ip=ip, t=c.clf("+0100"), u=c.user(), enc=enc, sz=c.ri(1000, 9000))
    return text, [("IPV4", ip), ("GENERIC_SECRET", enc)], "synthetic/tomcat-access"


@tpl("urlenc", "held")
def hurl_keycloak(c):
    raw = ensure_encoded(c, c.pw("raw"))
    enc = qenc(raw)
    p = c.person()
    mail = c.email(p)
    text = S("""«ts» DEBUG [org.keycloak.services] (executor-thread-«n») token request form: grant_type=password&client_id=«cid»&username=«m»&password=«enc»&scope=openid""",
             ts=c.ts(sep=" ", tz="").replace(".", ","), n=c.ri(1, 40), cid=c.repo(), m=qenc(mail), enc=enc)
    return text, [("EMAIL", qenc(mail)), ("GENERIC_SECRET", enc)], "synthetic/app-log"


@tpl("urlenc", "held")
def hurl_requests_refresh(c):
    rt = c.token(c.ri(40, 60))
    sec = ensure_encoded(c, c.rs(24, ALNUM + "+/="))
    enc = qenc(sec)
    text = S("""send: b'POST /oauth2/v1/token HTTP/1.1\\r\\nHost: sso.«d»\\r\\nContent-Type: application/x-www-form-urlencoded\\r\\n\\r\\ngrant_type=refresh_token&refresh_token=«rt»&client_id=«cid»&client_secret=«enc»'
reply: 'HTTP/1.1 200 OK\\r\\n'""", d=c.dom(), rt=rt, cid=c.repo(), enc=enc)
    return text, [("BEARER_TOKEN", rt), ("GENERIC_SECRET", enc)], "synthetic/python-log"


@tpl("urlenc", "held")
def hurl_wget_post(c):
    raw = ensure_encoded(c, c.pw("raw"))
    enc = qenc(raw)
    text = S("""+ wget -qO- --post-data 'login=«u»&pwd=«enc»&action=export' https://«h»/cgi-bin/export.pl > /tmp/export.xml""",
             u=c.user(), enc=enc, h=c.fqdn("report"))
    return text, [("GENERIC_SECRET", enc)], "synthetic/ci-log"


@tpl("urlenc", "held")
def hurl_haproxy_apikey(c):
    raw = ensure_encoded(c, c.rs(28, ALNUM + "+/="))
    enc = qenc(raw)
    ip = c.ip_pub()
    text = S("""«st» «h» haproxy[«pid»]: «ip»:«cp» [«t»] fe_https~ be_api/«srv» 0/0/1/«tr»/«tt» 200 «sz» - - ---- «a»/«a»/«a»/1/0 0/0 "GET /v2/tiles/«z»/«x»/«y».png?apikey=«enc» HTTP/1.1\"""",
             st=c.sts(), h=c.host("proxy"), pid=c.ri(100, 9999), ip=ip, cp=c.ri(1024, 65000),
             t=c.clf().split(" ")[0] + ".%03d" % c.ri(0, 999), srv=c.host("svc"), tr=c.ri(1, 90), tt=c.ri(90, 200),
             sz=c.ri(1000, 50000), a=c.ri(1, 40), z=c.ri(3, 15), x=c.ri(0, 9000), y=c.ri(0, 9000), enc=enc)
    return text, [("IPV4", ip), ("GENERIC_SECRET", enc)], "synthetic/haproxy"


# ===========================================================================
# Family 5: config key spellings
# ===========================================================================
@tpl("config", "dev")
def cfg_db_pass_yaml(c):
    pw = c.pw("yaml")
    text = S("""# config/«env».yml
server:
  port: 8080
database:
  host: «h»
  db_user: «u»
  db_pass: "«pw»"
  max_open_conns: 25""", env=c.ch(["production", "staging"]), h=c.fqdn("db"), u=c.user(), pw=pw)
    return text, [("GENERIC_SECRET", pw)], "synthetic/config-yaml"


@tpl("config", "dev")
def cfg_db_passwd_env(c):
    pw = c.pw("shell")
    ip = c.ip_priv()
    text = S("""$ sudo cat /proc/$(pgrep -f «app»)/environ | tr '\\0' '\\n' | grep ^DB_
DB_HOST=«ip»
DB_PORT=3306
DB_USER=«u»
DB_PASSWD=«pw»
DB_NAME=«app»""", app=c.repo(), ip=ip, u=c.user(), pw=pw)
    return text, [("IPV4", ip), ("GENERIC_SECRET", pw)], "synthetic/shell-history"


@tpl("config", "dev")
def cfg_mycnf(c):
    pw = c.pw("yaml")
    text = S("""$ cat ~/.my.cnf
[client]
user=«u»
passwd=«pw»
host=«h»
default-character-set=utf8mb4

[mysqldump]
quick""", u=c.user(), pw=pw, h=c.fqdn("db"))
    return text, [("GENERIC_SECRET", pw)], "synthetic/config-ini"


@tpl("config", "dev")
def cfg_django_secret(c):
    sk = c.rs(50, string.ascii_lowercase + string.digits + "!@#%^*(-_=+)")
    text = S("""# «app»/settings/production.py
DEBUG = False
ALLOWED_HOSTS = ["«h»"]
SECRET_KEY = '«sk»'
SESSION_COOKIE_SECURE = True""", app=c.repo().replace("-", "_"), h=c.fqdn("web"), sk=sk)
    return text, [("GENERIC_SECRET", sk)], "synthetic/config-python"


@tpl("config", "dev")
def cfg_js_apikey(c):
    key = c.rs(32, ALNUM)
    text = S("""// src/config/analytics.js
export default {
  endpoint: 'https://events.«d»/collect',
  apiKey: '«k»',
  flushInterval: 5000,
  debug: false,
};""", d=c.dom(), k=key)
    return text, [("GENERIC_SECRET", key)], "synthetic/config-js"


@tpl("config", "dev")
def cfg_x_api_key_curl(c):
    key = c.hexs(40)
    text = S("""$ curl -sS https://api.«d»/v3/parcels/«pid»/events -H 'Accept: application/json' -H 'X-API-Key: «k»' | jq '.events[0]'
{
  "status": "OUT_FOR_DELIVERY",
  "at": "«ts»"
}""", d=c.dom(), pid=c.rs(12, UPPERDIG), k=key, ts=c.ts(frac=0))
    return text, [("GENERIC_SECRET", key)], "synthetic/shell-history"


@tpl("config", "dev")
def cfg_toml_auth_token(c):
    tok = c.rs(36, ALNUM)
    text = S("""[agent]
  interval = "10s"
  hostname = "«h»"

[[outputs.http]]
  url = "https://metrics.«d»/api/v1/push"
  auth_token = "«tok»"
  data_format = "influx\"""", h=c.host(), d=c.dom(), tok=tok)
    return text, [("GENERIC_SECRET", tok)], "synthetic/config-toml"


@tpl("config", "dev")
def cfg_netrc(c):
    pw = c.pw("shell")
    pw2 = c.pw("shell")
    text = S("""$ cat ~/.netrc
machine artifacts.«d»
  login «u»
  password «pw»
machine api.heroku.com
  login «u2»@«d»
  password «pw2»""", d=c.dom(), u=c.user(), pw=pw, u2=c.user(), pw2=pw2)
    mail = text.split("login ")[2].split("\n")[0]
    return text, [("GENERIC_SECRET", pw), ("EMAIL", mail), ("GENERIC_SECRET", pw2)], "synthetic/config-netrc"


@tpl("config", "dev")
def cfg_pgpass(c):
    ip = c.ip_priv()
    pw1 = c.pw("shell").replace(":", "")
    pw2 = c.pw("shell").replace(":", "")
    h = c.fqdn("db")
    text = S("""$ cat ~/.pgpass
# hostname:port:database:username:password
«ip»:5432:«db»:«u»:«pw1»
«h»:6432:*:replicator:«pw2»
$ chmod 600 ~/.pgpass""", ip=ip, db=c.ch(["orders", "ledger", "crm"]), u=c.user(), pw1=pw1, h=h, pw2=pw2)
    return text, [("IPV4", ip), ("GENERIC_SECRET", pw1), ("GENERIC_SECRET", pw2)], "synthetic/config-pgpass"


@tpl("config", "dev")
def cfg_spring_props(c):
    pw = c.pw("yaml")
    mpw = c.pw("yaml")
    p = c.person()
    mail = c.email(p)
    text = S("""spring.application.name=«app»
spring.datasource.url=jdbc:mysql://«h»:3306/«db»?useSSL=true
spring.datasource.username=«db»_rw
spring.datasource.password=«pw»
spring.mail.host=smtp.«d»
spring.mail.username=«mail»
spring.mail.password=«mpw»""", app=c.repo(), h=c.fqdn("db"), db=c.ch(["orders", "billing"]), pw=pw,
             d=c.dom(), mail=mail, mpw=mpw)
    return text, [("GENERIC_SECRET", pw), ("EMAIL", mail), ("GENERIC_SECRET", mpw)], "synthetic/config-properties"


@tpl("config", "dev")
def cfg_tomcat_users(c):
    pw = c.pw("xml")
    text = S("""<?xml version="1.0" encoding="UTF-8"?>
<tomcat-users xmlns="http://tomcat.apache.org/xml" version="1.0">
  <role rolename="manager-gui"/>
  <role rolename="manager-script"/>
  <user username="«u»" password="«pw»" roles="manager-gui,manager-script"/>
</tomcat-users>""", u=c.user(), pw=pw)
    return text, [("GENERIC_SECRET", pw)], "synthetic/config-xml"


@tpl("config", "dev")
def cfg_oauth2proxy(c):
    sec = c.rs(32, ALNUM + "-_")
    cs = c.b64(32, url=True)
    text = S("""## oauth2-proxy.cfg
provider = "oidc"
oidc_issuer_url = "https://sso.«d»/realms/ops"
client_id = "oauth2-proxy"
client_secret = "«sec»"
cookie_secret = "«cs»"
email_domains = ["«d»"]""", d=c.dom(), sec=sec, cs=cs)
    return text, [("GENERIC_SECRET", sec), ("GENERIC_SECRET", cs)], "synthetic/config-toml"


@tpl("config", "dev")
def cfg_secret_key_base(c):
    skb = c.hexs(128)
    text = S("""$ heroku config -a «app»
=== «app» Config Vars
LANG:             en_US.UTF-8
RACK_ENV:         production
RAILS_LOG_TO_STDOUT: enabled
SECRET_KEY_BASE:  «skb»""", app=c.repo(), skb=skb)
    return text, [("GENERIC_SECRET", skb)], "synthetic/shell-history"


@tpl("config", "dev")
def cfg_s3cfg(c):
    ak = c.akid()
    sk = c.aws_secret()
    text = S("""$ cat ~/.s3cfg
[default]
access_key = «ak»
secret_key = «sk»
bucket_location = eu-central-1
host_base = s3.amazonaws.com
use_https = True""", ak=ak, sk=sk)
    return text, [("AWS_ACCESS_KEY", ak), ("AWS_SECRET_KEY", sk)], "synthetic/config-ini"


# ---- heldout config ---------------------------------------------------------
@tpl("config", "held")
def hcfg_yaml_pass(c):
    pw = c.pw("yaml")
    p = c.person()
    mail = c.email(p)
    text = S("""mailer:
  transport: smtp
  smtp:
    host: smtp.«d»
    port: 587
    user: «mail»
    pass: '«pw»'
  from: "«p» <«mail»>\"""", d=c.dom(), mail=mail, pw=pw, p=p)
    return text, [("EMAIL", mail), ("GENERIC_SECRET", pw), ("PERSON", p), ("EMAIL", mail)], "synthetic/config-yaml"


@tpl("config", "held")
def hcfg_logfmt_pw(c):
    pw = c.pw("shell")
    ip = c.ip_priv()
    text = S("""ts=«ts» caller=ldap.go:«ln» level=debug msg="bind attempt" server=ldaps://«ip»:636 dn="uid=«u»,ou=services" pw=«pw» tls=true
ts=«ts2» caller=ldap.go:«ln2» level=info msg="bind ok" took=«ms»ms""", ts=c.ts(), ln=c.ri(40, 300), ip=ip, u=c.user(),
             pw=pw, ts2=c.ts(), ln2=c.ri(300, 400), ms=c.ri(2, 80))
    return text, [("IPV4", ip), ("GENERIC_SECRET", pw)], "synthetic/app-log/logfmt"


@tpl("config", "held")
def hcfg_api_dash_key(c):
    key = c.hexs(32)
    text = S("""# values-prod.yaml
monitoring:
  datadog:
    site: datadoghq.eu
    api-key: «k»
    tags:
      - env:prod
      - team:«ns»""", k=key, ns=c.ns())
    return text, [("GENERIC_SECRET", key)], "synthetic/config-yaml"


@tpl("config", "held")
def hcfg_python_gitlab(c):
    tok = c.rs(20, ALNUM + "-_")
    text = S("""$ cat ~/.python-gitlab.cfg
[global]
default = internal
ssl_verify = true
timeout = 5

[internal]
url = https://gitlab.«d»
private_token = «tok»
api_version = 4""", d=c.dom(), tok=tok)
    return text, [("GENERIC_SECRET", tok)], "synthetic/config-ini"


@tpl("config", "held")
def hcfg_compose_env(c):
    pw = c.pw("yaml")
    text = S("""services:
  db:
    image: postgres:16.«p»-alpine
    restart: unless-stopped
    environment:
      - POSTGRES_USER=«u»
      - POSTGRES_PASSWORD=«pw»
      - POSTGRES_DB=«db»
    volumes:
      - pgdata:/var/lib/postgresql/data""", p=c.ri(1, 4), u=c.user(), pw=pw, db=c.ch(["claims", "portal"]))
    return text, [("GENERIC_SECRET", pw)], "synthetic/config-yaml"


@tpl("config", "held")
def hcfg_appsettings(c):
    pw = c.pw("json").replace(";", "")
    sec = c.rs(34, ALNUM + "~.-_")
    text = json.dumps({
        "Logging": {"LogLevel": {"Default": "Information"}},
        "ConnectionStrings": {"Claims": "Server=tcp:%s,1433;Initial Catalog=Claims;User ID=claims_app;Password=%s;Encrypt=True;" % (c.fqdn("sql"), pw)},
        "AzureAd": {"Instance": "https://login.microsoftonline.com/", "TenantId": c.uuid(), "ClientId": c.uuid(),
                    "ClientSecret": sec}}, indent=2)
    return text, [("CONNECTION_STRING", pw), ("GENERIC_SECRET", sec)], "synthetic/config-json"


@tpl("config", "held")
def hcfg_tfvars(c):
    pw = c.pw("yaml")
    text = S("""# environments/prod/terraform.tfvars
region          = "eu-west-2"
instance_class  = "db.r6g.large"
db_username     = "«u»"
db_password     = "«pw»"
backup_window   = "02:00-03:00\"""", u=c.user(), pw=pw)
    return text, [("GENERIC_SECRET", pw)], "synthetic/config-hcl"


@tpl("config", "held")
def hcfg_redis_conf(c):
    pw = c.pw("shell")
    text = S("""$ grep -Ev '^(#|$)' /etc/redis/redis.conf | head -8
bind 0.0.0.0 ::
port 6379
protected-mode yes
requirepass «pw»
masterauth «pw»
maxmemory 4gb
maxmemory-policy allkeys-lru""", pw=pw)
    return text, [("GENERIC_SECRET", pw), ("GENERIC_SECRET", pw)], "synthetic/config-redis"


@tpl("config", "held")
def hcfg_wpconfig(c):
    pw = c.pw("xml").replace("'", "")
    ak = c.rs(64, ALNUM + "!@#%^*()-_=+[]{}|;:<>,.?~")
    text = S("""/** MySQL settings */
define( 'DB_NAME', 'wp_«s»' );
define( 'DB_USER', 'wp_«s»' );
define( 'DB_PASSWORD', '«pw»' );
define( 'DB_HOST', 'localhost' );

define( 'AUTH_KEY',         '«ak»' );""", s=c.ch(["news", "site", "blog"]), pw=pw, ak=ak)
    return text, [("GENERIC_SECRET", pw), ("GENERIC_SECRET", ak)], "synthetic/config-php"


@tpl("config", "held")
def hcfg_pypirc(c):
    pw = c.pw("yaml")
    text = S("""[distutils]
index-servers =
    internal

[internal]
repository = https://pypi.«d»/simple/
username = «u»
password = «pw»""", d=c.dom(), u=c.user(), pw=pw)
    return text, [("GENERIC_SECRET", pw)], "synthetic/config-ini"


@tpl("config", "held")
def hcfg_npmrc(c):
    tok = c.npm()
    text = S("""$ cat .npmrc
@«scope»:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=«tok»
always-auth=true
save-exact=true""", scope=c.dom().split(".")[0], tok=tok)
    return text, [("API_KEY", tok)], "synthetic/config-npmrc"


@tpl("config", "held")
def hcfg_sssd(c):
    pw = c.pw("yaml")
    d = c.dom().split(".")
    text = S("""[domain/«d0»]
id_provider = ldap
ldap_uri = ldaps://«lh»
ldap_search_base = dc=«d0»,dc=«d1»
ldap_default_bind_dn = cn=sssd-bind,ou=svc,dc=«d0»,dc=«d1»
ldap_default_authtok_type = password
ldap_default_authtok = «pw»
cache_credentials = True""", d0=d[0], d1=d[1], lh=c.fqdn("ldap"), pw=pw)
    return text, [("GENERIC_SECRET", pw)], "synthetic/config-ini"


@tpl("config", "held")
def hcfg_jaas(c):
    pw = c.pw("xml").replace('"', "")
    text = S("""bootstrap.servers=«h1»:9093,«h2»:9093
security.protocol=SASL_SSL
sasl.mechanism=SCRAM-SHA-512
sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required username="«u»" password="«pw»";
ssl.endpoint.identification.algorithm=https""", h1=c.fqdn("mq"), h2=c.fqdn("mq"), u=c.user(), pw=pw)
    return text, [("GENERIC_SECRET", pw)], "synthetic/config-properties"


@tpl("config", "held")
def hcfg_server_xml(c):
    pw = c.pw("xml")
    text = S("""<Connector port="8443" protocol="org.apache.coyote.http11.Http11NioProtocol"
           maxThreads="200" SSLEnabled="true" scheme="https" secure="true"
           keystoreFile="conf/«h».jks" keystorePass="«pw»"
           clientAuth="false" sslProtocol="TLS" />""", h=c.fqdn("svc"), pw=pw)
    return text, [("GENERIC_SECRET", pw)], "synthetic/config-xml"


@tpl("config", "held")
def hcfg_rails_master(c):
    mk = c.hexs(32)
    text = S("""$ kubectl -n «ns» exec deploy/«app» -- printenv | sort | sed -n '1,6p'
HOME=/rails
HOSTNAME=«app»-«rs»
PORT=3000
RAILS_ENV=production
RAILS_MASTER_KEY=«mk»
RAILS_SERVE_STATIC_FILES=1""", ns=c.ns(), app=c.repo(), rs=c.rs(5, string.ascii_lowercase + string.digits), mk=mk)
    return text, [("GENERIC_SECRET", mk)], "synthetic/k8s"


# ===========================================================================
# Family 6: Authorization headers and cookies
# ===========================================================================
@tpl("authhdr", "dev")
def hdr_token_hex(c):
    tok = c.hexs(40)
    text = S("""$ curl -s -H "Authorization: token «tok»" -H "Accept: application/vnd.github+json" https://ghe.«d»/api/v3/repos/«org»/«repo»/pulls?state=open | jq length
«n»""", tok=tok, d=c.dom(), org=c.ns(), repo=c.repo(), n=c.ri(0, 40))
    return text, [("BEARER_TOKEN", tok)], "synthetic/shell-history"


@tpl("authhdr", "dev")
def hdr_bearer_dump(c):
    tok = c.token(c.ri(32, 48))
    ip = c.ip_priv()
    text = S("""GET /internal/v1/accounts/«aid»/limits HTTP/1.1
Host: «h»
User-Agent: «app»/«v» (+okhttp/4.12.0)
Authorization: Bearer «tok»
X-Forwarded-For: «ip»
Accept-Encoding: gzip""", aid=c.ri(10000, 99999), h=c.fqdn("api"), app=c.repo(), v=c.ver(), tok=tok, ip=ip)
    return text, [("BEARER_TOKEN", tok), ("IPV4", ip)], "synthetic/http-dump"


@tpl("authhdr", "dev")
def hdr_basic_requests(c):
    u = c.user()
    b = c.basic(u, c.pw("raw"))
    text = S("""DEBUG:urllib3.connectionpool:Starting new HTTPS connection (1): «h»:443
DEBUG:«app».client:request headers: {'User-Agent': 'python-requests/2.32.3', 'Accept': '*/*', 'Authorization': 'Basic «b»'}
DEBUG:urllib3.connectionpool:https://«h»:443 "GET /service/rest/v1/status HTTP/1.1" 200 0""", h=c.fqdn("nexus"), app=c.repo().replace("-", "_"), b=b)
    return text, [("BASIC_AUTH", b)], "synthetic/python-log"


@tpl("authhdr", "dev")
def hdr_proxy_auth(c):
    u = c.user()
    b = c.basic(u, c.pw("raw"))
    ip = c.ip_priv()
    text = S("""$ curl -v -x http://«ip»:3128 --proxy-user «u»:******** https://pypi.org/simple/ -o /dev/null
*   Trying «ip»:3128...
* Connected to «ip» («ip») port 3128
* CONNECT tunnel: HTTP/1.1 negotiated
> CONNECT pypi.org:443 HTTP/1.1
> Host: pypi.org:443
> Proxy-Authorization: Basic «b»
> User-Agent: curl/8.5.0
< HTTP/1.1 200 Connection established""", ip=ip, u=u, b=b)
    return text, [("IPV4", ip), ("IPV4", ip), ("IPV4", ip), ("IPV4", ip), ("BASIC_AUTH", b)], "synthetic/http-dump"


@tpl("authhdr", "dev")
def hdr_cookie_session(c):
    sess = c.b64(32, url=True)
    text = S("""GET /account/settings HTTP/1.1
Host: app.«d»
Cookie: _ga=GA1.2.«g1».«g2»; locale=en-GB; session=«s»; _gid=GA1.2.«g3».«g2»
Accept: text/html""", d=c.dom(), g1=c.digits(9), g2=c.epoch(), s=sess, g3=c.digits(9))
    return text, [("GENERIC_SECRET", sess)], "synthetic/http-dump"


@tpl("authhdr", "dev")
def hdr_set_cookie(c):
    sid = c.hexs(48)
    text = S("""$ curl -si https://«h»/login -d @creds.json -H 'Content-Type: application/json' | head -7
HTTP/2 200
date: «date»
content-type: application/json
set-cookie: sid=«sid»; Path=/; Max-Age=3600; HttpOnly; Secure; SameSite=Lax
x-request-id: «rid»
strict-transport-security: max-age=63072000""", h=c.fqdn("auth"), date="Tue, %02d %s %d %s:%02d GMT" % (c.ri(1, 28), c.ch(MONTHS), c.year, c.hm(), c.ri(0, 59)),
             sid=sid, rid=c.uuid())
    return text, [("GENERIC_SECRET", sid)], "synthetic/http-dump"


@tpl("authhdr", "dev")
def hdr_bearer_jwt_nginx(c):
    p = c.person()
    mail = c.email(p)
    iat = c.epoch()
    tok = c.jwt({"sub": c.uuid(), "email": mail, "iat": iat, "exp": iat + 900, "scope": "orders:write"}, alg="ES256")
    ip = c.ip_pub()
    text = S("""«dt» [info] «pid»#«pid»: *«cn» client «ip» sent header "Authorization: Bearer «tok»" while reading client request headers, client: «ip», server: api.«d», request: "POST /v2/orders HTTP/1.1\"""",
             dt=c.ts(sep=" ", frac=0, tz="").replace("-", "/"), pid=c.ri(100, 9000), cn=c.ri(1000, 999999), ip=ip, tok=tok, d=c.dom())
    return text, [("IPV4", ip), ("JWT", tok), ("IPV4", ip)], "synthetic/nginx-error"


@tpl("authhdr", "dev")
def hdr_basic_nginx_log(c):
    u = c.user()
    b = c.basic(u, c.pw("raw"))
    ip = c.ip_priv()
    text = S("""log_format debug '$remote_addr [$time_local] "$request" $status auth="$http_authorization"';
«ip» [«t»] "GET /metrics HTTP/1.1" 200 auth="Basic «b»\"""", ip=ip, t=c.clf(), b=b)
    return text, [("IPV4", ip), ("BASIC_AUTH", b)], "synthetic/nginx-access"


@tpl("authhdr", "dev")
def hdr_okhttp(c):
    tok = c.token(c.ri(36, 52))
    text = S("""«ts» I/okhttp.OkHttpClient: --> POST https://api.«d»/v1/devices/register
«ts» I/okhttp.OkHttpClient: Content-Type: application/json; charset=utf-8
«ts» I/okhttp.OkHttpClient: Authorization: Bearer «tok»
«ts» I/okhttp.OkHttpClient: --> END POST (87-byte body)""", ts="%02d-%02d %s:%02d.%03d" % (c.ri(1, 12), c.ri(1, 28), c.hm(), c.ri(0, 59), c.ri(0, 999)),
             d=c.dom(), tok=tok)
    return text, [("BEARER_TOKEN", tok)], "synthetic/android-logcat"


@tpl("authhdr", "held")
def hhdr_h2_lower(c):
    tok = c.token(c.ri(40, 64))
    text = S("""* using HTTP/2
* [HTTP/2] [1] OPENED stream for https://api.«d»/fhir/Patient?_count=10
> GET /fhir/Patient?_count=10 HTTP/2
> host: api.«d»
> user-agent: curl/8.7.1
> accept: application/fhir+json
> authorization: Bearer «tok»
< HTTP/2 200""", d=c.dom(), tok=tok)
    return text, [("BEARER_TOKEN", tok)], "synthetic/http-dump"


@tpl("authhdr", "held")
def hhdr_drf_token(c):
    tok = c.hexs(40)
    ip = c.ip_priv()
    text = S("""[«ts»] WARNING django.request: Forbidden: /api/v2/claims/«cid»/approve
  remote_addr=«ip» method=POST headers={'Content-Type': 'application/json', 'Authorization': 'Token «tok»', 'X-Request-Id': '«rid»'}""",
             ts=c.ts(sep=" ", tz="").replace(".", ","), cid=c.ri(10000, 99999), ip=ip, tok=tok, rid=c.uuid())
    return text, [("IPV4", ip), ("BEARER_TOKEN", tok)], "synthetic/python-log"


@tpl("authhdr", "held")
def hhdr_envoy_basic_lower(c):
    u = c.user()
    b = c.basic(u, c.pw("raw"))
    text = S("""[«ts»][«tid»][debug][http] [source/common/http/conn_manager_impl.cc:1149] [Tags: "ConnectionId":"«cid»","StreamId":"«sid»"] request headers complete (end_stream=true):
':authority', 'grafana.«d»'
':path', '/api/health'
':method', 'GET'
'authorization', 'basic «b»'
'user-agent', 'kube-probe/1.29'""", ts=c.ts(sep=" ", tz=""), tid=c.ri(10, 99), cid=c.ri(100, 9999), sid=c.digits(19), d=c.dom(), b=b)
    return text, [("BASIC_AUTH", b)], "synthetic/envoy"


@tpl("authhdr", "held")
def hhdr_proxy_java(c):
    u = c.user()
    b = c.basic(u, c.pw("raw"))
    ip = c.ip_priv()
    text = S("""«ts» DEBUG o.a.http.headers - http-outgoing-«n» >> CONNECT repo.maven.apache.org:443 HTTP/1.1
«ts» DEBUG o.a.http.headers - http-outgoing-«n» >> Host: repo.maven.apache.org
«ts» DEBUG o.a.http.headers - http-outgoing-«n» >> Proxy-Authorization: Basic «b»
«ts» DEBUG o.a.http.headers - http-outgoing-«n» << HTTP/1.1 200 Connection established (via «ip»:8080)""",
             ts=c.ts(sep=" ", tz="").replace(".", ","), n=c.ri(0, 40), b=b, ip=ip)
    return text, [("BASIC_AUTH", b), ("IPV4", ip)], "synthetic/app-log/log4j"


@tpl("authhdr", "held")
def hhdr_cookie_jsession(c):
    js = c.rs(32, "0123456789ABCDEF")
    cs = "s%3A" + c.rs(32, ALNUM + "-_") + "." + c.rs(43, ALNUM + "%")
    text = S("""> POST /portal/api/messages HTTP/1.1
> Host: portal.«d»
> Cookie: JSESSIONID=«js»; connect.sid=«cs»; cookieconsent_status=dismiss
> Content-Type: application/json
> Content-Length: «n»""", d=c.dom(), js=js, cs=cs, n=c.ri(40, 400))
    return text, [("GENERIC_SECRET", js), ("GENERIC_SECRET", cs)], "synthetic/http-dump"


@tpl("authhdr", "held")
def hhdr_gitlab_session(c):
    s = c.hexs(32)
    text = S("""HTTP/1.1 302 Found
Server: nginx
Location: https://gitlab.«d»/users/sign_in
Set-Cookie: _gitlab_session=«s»; path=/; expires=Wed, «dd» «mon» «y» «hm»:00 GMT; secure; HttpOnly; SameSite=None
X-Gitlab-Meta: {"correlation_id":"«cid»","version":"1"}""", d=c.dom(), s=s, dd=c.ri(1, 28), mon=c.ch(MONTHS), y=c.year, hm=c.hm(), cid=c.rs(26, UPPERDIG))
    return text, [("GENERIC_SECRET", s)], "synthetic/http-dump"


@tpl("authhdr", "held")
def hhdr_go_map(c):
    tok = c.token(c.ri(40, 56))
    text = S("""«ts» ERROR upstream call failed	{"svc": "«app»", "req": "&{Method:GET URL:https://ledger.«d»/v1/balance Header:map[Accept:[application/json] Authorization:[Bearer «tok»] User-Agent:[Go-http-client/2.0]]}", "err": "context deadline exceeded"}""",
             ts=c.ts(), app=c.repo(), d=c.dom(), tok=tok)
    return text, [("BEARER_TOKEN", tok)], "synthetic/app-log"


@tpl("authhdr", "held")
def hhdr_private_token(c):
    tok = c.glpat()
    text = S("""$ curl --silent --header "PRIVATE-TOKEN: «tok»" "https://gitlab.«d»/api/v4/projects/«pid»/pipelines?status=failed&per_page=5" | jq '.[].id'
«a»
«b»""", tok=tok, d=c.dom(), pid=c.ri(10, 900), a=c.ri(10 ** 5, 10 ** 6), b=c.ri(10 ** 5, 10 ** 6))
    return text, [("API_KEY", tok)], "synthetic/shell-history"


@tpl("authhdr", "held")
def hhdr_stripe_bearer(c):
    key = c.stripe("rk_live_")
    text = S("""$ http GET https://api.stripe.com/v1/balance "Authorization: Bearer «k»" Stripe-Version:2024-06-20
HTTP/1.1 200 OK
Request-Id: req_«rid»""", k=key, rid=c.rs(14))
    return text, [("API_KEY", key)], "synthetic/shell-history"


@tpl("authhdr", "held")
def hhdr_ws_protocol(c):
    iat = c.epoch()
    tok = c.jwt({"sub": c.uuid(), "tenant": c.ns(), "iat": iat, "exp": iat + 3600}, alg="HS256", kid=False)
    text = S("""GET /realtime HTTP/1.1
Host: ws.«d»
Upgrade: websocket
Connection: Upgrade
Sec-WebSocket-Key: «k»
Sec-WebSocket-Protocol: access_token, «tok»
Sec-WebSocket-Version: 13""", d=c.dom(), k=c.b64(16), tok=tok)
    return text, [("JWT", tok)], "synthetic/http-dump"


# ===========================================================================
# Family 7: free text in chat / tickets
# ===========================================================================
def _chat_line(c, person, msg):
    return "%s  %s\n%s" % (person, c.hm(), msg)


@tpl("chat", "dev")
def chat_db_password(c):
    a, b = c.person(), c.person()
    pw = c.pw("chat")
    text = "\n".join([
        _chat_line(c, a, "anyone know why the nightly export to %s failed?" % c.fqdn("db")),
        _chat_line(c, b, "auth error, the vault sync didn't run. our db password is %s for now, I'll rotate it tomorrow" % pw),
        _chat_line(c, a, "thanks %s, rerunning" % c.first(b)),
    ])
    return text, [("PERSON", a), ("PERSON", b), ("GENERIC_SECRET", pw), ("PERSON", a), ("PERSON", c.first(b))], "synthetic/incident-chat"


@tpl("chat", "dev")
def chat_grafana_admin(c):
    a = c.person()
    pw = c.pw("chat")
    text = S("""#ops-internal
«a» «hm»: the new pass for grafana admin is «pw» (old one leaked in the screenshot on the wiki)
«a» «hm»: I'll put it in 1Password later today""", a=a, hm=c.hm(), pw=pw)
    return text, [("PERSON", a), ("GENERIC_SECRET", pw), ("PERSON", a)], "synthetic/incident-chat"


@tpl("chat", "dev")
def chat_use_token(c):
    a, b = c.person(), c.person()
    tok = c.token(32)
    text = "\n".join([
        _chat_line(c, a, "I can't get into the staging admin UI, SSO loop again"),
        _chat_line(c, b, "use token %s to log in via /admin/token-login, it expires friday" % tok),
    ])
    return text, [("PERSON", a), ("PERSON", b), ("GENERIC_SECRET", tok)], "synthetic/incident-chat"


@tpl("chat", "dev")
def chat_ticket_pw(c):
    p = c.person()
    pw = c.pw("chat")
    mail = c.email(p)
    tid = c.ri(1000, 9999)
    text = S("""OPS-«tid»: VPN access for contractor
Reporter: «p» <«mail»>
Status: Resolved

Account created on the appliance. user: contractor-«n»
pw: «pw»
Please change it at first login.""", tid=tid, p=p, mail=mail, n=c.ri(10, 99), pw=pw)
    return text, [("PERSON", p), ("EMAIL", mail), ("GENERIC_SECRET", pw)], "synthetic/ticket"


@tpl("chat", "dev")
def chat_jira_creds(c):
    p = c.person()
    pw = c.pw("chat")
    text = S("""«p» added a comment - «d»/«mon»/«y» «hm»
Creds for the staging SFTP drop: user deploy / password «pw»
Host is sftp-stg.«dom», port 22. Let me know if the firewall blocks you.""", p=p, d=c.ri(1, 28), mon=c.ch(MONTHS), y=str(c.year)[2:],
             hm=c.hm(), pw=pw, dom=c.dom())
    return text, [("PERSON", p), ("GENERIC_SECRET", pw)], "synthetic/ticket"


@tpl("chat", "dev")
def chat_email_sig(c):
    a, b = c.person(), c.person()
    pw = c.pw("chat")
    ph = c.phone("US")
    mail_b = c.email(b)
    mail_a = c.email(a)
    text = S("""From: «b» <«mb»>
To: «a» <«ma»>
Subject: reporting replica access

Hi «fa»,

The password for the reporting replica is «pw» -- it's read-only, but please don't paste it into tickets.

Best,
«b»
Platform Engineering | «ph»""", a=a, ma=mail_a, fa=c.first(a), pw=pw, b=b, ph=ph, mb=mail_b)
    return text, [("PERSON", b), ("EMAIL", mail_b), ("PERSON", a), ("EMAIL", mail_a), ("PERSON", c.first(a)),
                  ("GENERIC_SECRET", pw), ("PERSON", b), ("PHONE", ph)], "synthetic/email"


@tpl("chat", "dev")
def chat_nas_root(c):
    pw = c.pw("chat")
    p = c.person()
    text = S("""Handover notes («p», week «w»)
- backups: all green except «h», disk at 91%
- root pw on the NAS is «pw» until the AD join is fixed
- pager: nothing overnight""", p=p, w=c.ri(1, 52), h=c.host("db"), pw=pw)
    return text, [("PERSON", p), ("GENERIC_SECRET", pw)], "synthetic/incident-report"


@tpl("chat", "dev")
def chat_apikey_dm(c):
    a = c.person()
    key = c.hexs(32)
    text = S("""[«hm»] «a»: here's the api key for the partner sandbox: «k»
[«hm2»] «a»: rate limit is 10 rps, don't put it in the repo pls""", hm=c.hm(), a=a, k=key, hm2=c.hm())
    return text, [("PERSON", a), ("GENERIC_SECRET", key), ("PERSON", a)], "synthetic/incident-chat"


@tpl("chat", "held")
def hchat_reset_to(c):
    a, b = c.person(), c.person()
    pw = c.pw("chat")
    text = S("""«a» — «d» «hm»
@«fb» the vendor's SFTP password was locked after 5 attempts. I reset it to «pw» , please rotate after the demo.
«b» — «d» «hm2»
done ✔""", a=a, d="%02d.%02d.%d" % (c.ri(1, 28), c.ri(1, 12), c.year), hm=c.hm(), fb=c.first(b), pw=pw, b=b, hm2=c.hm())
    return text, [("PERSON", a), ("PERSON", c.first(b)), ("GENERIC_SECRET", pw), ("PERSON", b)], "synthetic/incident-chat"


@tpl("chat", "held")
def hchat_capital(c):
    a = c.person()
    pw = c.pw("chat")
    text = S("""<«a»> wifi for the lab AP (SSID lab-«n»): password's «pw» (capital first letter)
<«a»> guests should use the captive portal instead""", a=a, n=c.ri(1, 9), pw=pw)
    return text, [("PERSON", a), ("GENERIC_SECRET", pw), ("PERSON", a)], "synthetic/incident-chat"


@tpl("chat", "held")
def hchat_jenkins_token(c):
    a, b = c.person(), c.person()
    tok = "11" + c.hexs(32)
    text = S("""«a»: which creds does the nightly job use to trigger the downstream build?
«b»: jenkins api token: «tok» (user svc-trigger). we should move it to the credential store""", a=a, b=b, tok=tok)
    return text, [("PERSON", a), ("PERSON", b), ("GENERIC_SECRET", tok)], "synthetic/incident-chat"


@tpl("chat", "held")
def hchat_login_pass(c):
    p = c.person()
    pw = c.pw("chat")
    ip = c.ip_priv()
    text = S("""Hi team,
for the UPS management card at «ip» →  login: ops-admin  pass «pw»
(firmware update scheduled Sat 06:00). Cheers, «f»""", ip=ip, pw=pw, f=c.first(p))
    return text, [("IPV4", ip), ("GENERIC_SECRET", pw), ("PERSON", c.first(p))], "synthetic/email"


@tpl("chat", "held")
def hchat_psk(c):
    a = c.person()
    psk = c.pw("chat")
    text = S("""**«a»** wrote in #site-«city»:
> new IPsec tunnel to the warehouse is up. pre-shared key is «psk» , also stored in the network vault entry "wh-«city»-ipsec\"""",
             a=a, city=c.ch(["lyon", "leeds", "hamburg", "porto"]), psk=psk)
    return text, [("PERSON", a), ("GENERIC_SECRET", psk)], "synthetic/incident-chat"


@tpl("chat", "held")
def hchat_pagerduty(c):
    a = c.person()
    pw = c.pw("chat")
    text = S("""Incident #«n» [SEV2] patient-portal login failures
«hm» «a» (note): temporary admin password set to «pw» on the break-glass account, expires in 24h
«hm2» «a» (note): root cause: expired LDAP bind credential""", n=c.ri(1000, 9999), hm=c.hm(), a=a, pw=pw, hm2=c.hm())
    return text, [("PERSON", a), ("GENERIC_SECRET", pw), ("PERSON", a)], "synthetic/incident-report"


@tpl("chat", "held")
def hchat_servicenow(c):
    p = c.person()
    pw = c.pw("chat")
    ph = c.phone("UK")
    text = S("""RITM00«n» – New starter: «p»
Work notes:
New credentials -- Username: «u» / Password: «pw»
Contact on first day: «ph»""", n=c.digits(5), p=p, u=ascii_fold(p).lower().replace(" ", ".").replace("'", ""), pw=pw, ph=ph)
    return text, [("PERSON", p), ("GENERIC_SECRET", pw), ("PHONE", ph)], "synthetic/ticket"


@tpl("chat", "held")
def hchat_passphrase(c):
    a = c.person()
    pp = "-".join([c.lword(), c.lword(), c.word().lower(), c.lword()]) + str(c.ri(1, 9))
    text = S("""[«d», «hm»] «a»: passphrase for the offsite backup key is: «pp»
[«d», «hm»] «a»: I'll delete this message in 10 min""", d="%02d/%02d/%d" % (c.ri(1, 28), c.ri(1, 12), c.year), hm=c.hm(), a=a, pp=pp)
    return text, [("PERSON", a), ("GENERIC_SECRET", pp), ("PERSON", a)], "synthetic/incident-chat"


# ===========================================================================
# Family 8: known vendor formats
# ===========================================================================
@tpl("vendor", "dev")
def ven_aws_example_creds(c):
    text = S("""$ cat ~/.aws/credentials
[default]
aws_access_key_id = AKIAIOSFODNN7EXAMPLE
aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
region = us-east-1

[«p»]
aws_access_key_id = «ak»
aws_secret_access_key = «sk»""", p=c.ns(), ak=(ak := c.akid()), sk=(sk := c.aws_secret()))
    return text, [("AWS_ACCESS_KEY", "AKIAIOSFODNN7EXAMPLE"), ("AWS_SECRET_KEY", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"),
                  ("AWS_ACCESS_KEY", ak), ("AWS_SECRET_KEY", sk)], "synthetic/config-ini"


@tpl("vendor", "dev")
def ven_cloudtrail(c):
    ak = c.akid()
    ip = c.ip_pub()
    rec = {"eventVersion": "1.09", "userIdentity": {"type": "IAMUser", "principalId": "AIDA" + c.rs(17, B32),
                                                     "arn": "arn:aws:iam::%s:user/%s" % (c.digits(12), c.user()),
                                                     "accessKeyId": ak},
           "eventTime": c.ts(frac=0), "eventSource": "s3.amazonaws.com", "eventName": "ListBuckets",
           "sourceIPAddress": ip, "userAgent": "aws-cli/2.15.%d" % c.ri(1, 40), "errorCode": "AccessDenied"}
    text = jd(rec)
    return text, [("AWS_ACCESS_KEY", ak), ("IPV4", ip)], "synthetic/aws-cloudtrail"


@tpl("vendor", "dev")
def ven_ghp_remote(c):
    tok = c.ghp()
    text = S("""$ git remote -v
origin	https://«tok»@github.com/«org»/«repo».git (fetch)
origin	https://«tok»@github.com/«org»/«repo».git (push)""", tok=tok, org=c.dom().split(".")[0], repo=c.repo())
    return text, [("GITHUB_TOKEN", tok), ("GITHUB_TOKEN", tok)], "synthetic/shell-history"


@tpl("vendor", "dev")
def ven_ghp_ci(c):
    tok = c.ghp()
    text = S("""[«ts»] + export GH_TOKEN=«tok»
[«ts»] + gh release create v«v» dist/*.tar.gz --notes-file CHANGELOG.md
[«ts»] https://github.com/«org»/«repo»/releases/tag/v«v»""", ts=c.ts(frac=0), tok=tok, v=c.ver(), org=c.dom().split(".")[0], repo=c.repo())
    return text, [("GITHUB_TOKEN", tok)], "synthetic/ci-log"


@tpl("vendor", "dev")
def ven_slack_sdk(c):
    tok = c.xoxb()
    text = S("""«ts» ERROR slack_notifier: chat.postMessage failed: invalid_auth
  token=«tok» channel=#«ch» attempt=3
slack_sdk.errors.SlackApiError: The request to the Slack API failed. (url: https://www.slack.com/api/chat.postMessage)
The server responded with: {'ok': False, 'error': 'invalid_auth'}""", ts=c.ts(sep=" ", tz=""), tok=tok, ch=c.ch(["alerts", "deploys", "ops"]))
    return text, [("SLACK_TOKEN", tok)], "synthetic/python-log"


@tpl("vendor", "dev")
def ven_stripe_cli(c):
    key = c.stripe()
    text = S("""$ stripe listen --api-key «k» --forward-to localhost:8000/webhooks/stripe
> Ready! You are using Stripe API Version [2024-04-10]. Your webhook signing secret is whsec_«ws» (^C to quit)""", k=key, ws=c.rs(32))
    return text, [("API_KEY", key), ("GENERIC_SECRET", "whsec_" + text.split("whsec_")[1].split(" ")[0])], "synthetic/shell-history"


@tpl("vendor", "dev")
def ven_google_maps(c):
    key = c.gkey()
    ip = c.ip_priv()
    text = S("""«ip» - - [«t»] "GET /maps/api/geocode/json?address=«addr»&key=«k» HTTP/1.1" 200 «sz» "-" "Dart/3.3 (dart:io)\"""",
             ip=ip, t=c.clf(), addr=c.ch(["Baker+Street+221B+London", "Unter+den+Linden+77+Berlin"]), k=key, sz=c.ri(500, 3000))
    return text, [("IPV4", ip), ("API_KEY", key)], "synthetic/nginx-access"


@tpl("vendor", "dev")
def ven_pem_ec_vault(c):
    key = c.pem_ec()
    text = S("""$ vault kv get -field=signing_key secret/«ns»/jwt
«key»
$ echo $?
0""", ns=c.ns(), key=key)
    return text, [("PRIVATE_KEY", key)], "synthetic/shell-history"


@tpl("vendor", "dev")
def ven_openssh(c):
    u = c.user()
    h = c.host()
    key = c.pem_openssh("%s@%s" % (u, h))
    text = S("""«u»@«h»:~$ cat ~/.ssh/id_ed25519
«key»
«u»@«h»:~$ """, u=u, h=h, key=key)
    return text.rstrip(), [("PRIVATE_KEY", key)], "synthetic/shell-history"


@tpl("vendor", "dev")
def ven_terraform_akia(c):
    ak = c.akid()
    text = S("""│ Error: configuring Terraform AWS Provider: validating provider credentials: retrieving caller identity from STS: operation error STS: GetCallerIdentity, https response error StatusCode: 403, RequestID: «rid», api error InvalidClientTokenId: The security token included in the request is invalid.
│
│   with provider["registry.terraform.io/hashicorp/aws"],
│   on providers.tf line 1, in provider "aws":
│    1: provider "aws" {
│
│ (access key in use: «ak»)""", rid=c.uuid(), ak=ak)
    return text, [("AWS_ACCESS_KEY", ak)], "synthetic/terraform"


@tpl("vendor", "dev")
def ven_slack_webhook(c):
    hook = c.slack_hook()
    text = S("""# alertmanager.yml
route:
  receiver: slack-ops
receivers:
  - name: slack-ops
    slack_configs:
      - api_url: '«h»'
        channel: '#ops-alerts'
        send_resolved: true""", h=hook)
    return text, [("SLACK_TOKEN", hook)], "synthetic/config-yaml"


@tpl("vendor", "held")
def hven_example_env(c):
    text = S("""Run terraform init -backend-config=env/«e».hcl
  env:
    AWS_ACCESS_KEY_ID: AKIAIOSFODNN7EXAMPLE
    AWS_SECRET_ACCESS_KEY: wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
    AWS_DEFAULT_REGION: eu-west-2
    TF_IN_AUTOMATION: true
Initializing the backend...""", e=c.ch(["prod", "stage"]))
    return text, [("AWS_ACCESS_KEY", "AKIAIOSFODNN7EXAMPLE"), ("AWS_SECRET_KEY", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY")], "synthetic/ci-log/github-actions"


@tpl("vendor", "held")
def hven_assume_role(c):
    ak = c.akid("ASIA")
    sk = c.aws_secret()
    st = "FwoGZXIvYXdzE" + c.b64(200)
    out = {"Credentials": {"AccessKeyId": ak, "SecretAccessKey": sk, "SessionToken": st, "Expiration": c.ts(frac=0, tz="+00:00")},
           "AssumedRoleUser": {"AssumedRoleId": "AROA%s:ci" % c.rs(17, B32), "Arn": "arn:aws:sts::%s:assumed-role/deploy/ci" % c.digits(12)}}
    text = "$ aws sts assume-role --role-arn arn:aws:iam::%s:role/deploy --role-session-name ci\n%s" % (c.digits(12), json.dumps(out, indent=4))
    return text, [("AWS_ACCESS_KEY", ak), ("AWS_SECRET_KEY", sk), ("GENERIC_SECRET", st)], "synthetic/shell-history"


@tpl("vendor", "held")
def hven_github_pat(c):
    tok = c.gh_pat()
    text = S("""# .env.local  (do not commit)
NEXT_PUBLIC_API_BASE=https://api.«d»
GITHUB_PAT=«tok»
RENOVATE_PLATFORM=github""", d=c.dom(), tok=tok)
    return text, [("GITHUB_TOKEN", tok)], "synthetic/config-env"


@tpl("vendor", "held")
def hven_gho_hosts(c):
    tok = c.ghp("gho_")
    text = S("""$ cat ~/.config/gh/hosts.yml
github.com:
    users:
        «u»:
            oauth_token: «tok»
    git_protocol: https
    oauth_token: «tok»
    user: «u»""", u=c.user(), tok=tok)
    return text, [("GITHUB_TOKEN", tok), ("GITHUB_TOKEN", tok)], "synthetic/config-yaml"


@tpl("vendor", "held")
def hven_xoxp(c):
    tok = c.xoxp()
    text = S("""$ curl -s -H "Authorization: Bearer «tok»" "https://slack.com/api/conversations.history?channel=C0«ch»&limit=1" | jq .ok
true""", tok=tok, ch=c.rs(9, UPPERDIG))
    return text, [("SLACK_TOKEN", tok)], "synthetic/shell-history"


@tpl("vendor", "held")
def hven_xapp(c):
    app = c.xapp()
    bot = c.xoxb()
    text = S("""$ kubectl -n «ns» get secret slackbot -o jsonpath='{.data}' | jq 'map_values(@base64d)'
{
  "SLACK_APP_TOKEN": "«app»",
  "SLACK_BOT_TOKEN": "«bot»"
}""", ns=c.ns(), app=app, bot=bot)
    return text, [("SLACK_TOKEN", app), ("SLACK_TOKEN", bot)], "synthetic/k8s"


@tpl("vendor", "held")
def hven_stripe_cfg(c):
    sk = c.stripe("sk_live_")
    text = json.dumps({"payments": {"provider": "stripe", "secretKey": sk, "webhookTolerance": 300, "currency": "eur"}}, indent=2)
    return text, [("API_KEY", sk)], "synthetic/config-json"


@tpl("vendor", "held")
def hven_firebase(c):
    key = c.gkey()
    proj = c.repo()
    text = S("""// public/js/firebase-init.js
const firebaseConfig = {
  apiKey: "«k»",
  authDomain: "«p».firebaseapp.com",
  projectId: "«p»",
  storageBucket: "«p».appspot.com",
  messagingSenderId: "«m»",
  appId: "1:«m»:web:«a»"
};""", k=key, p=proj, m=c.digits(12), a=c.hexs(22))
    return text, [("API_KEY", key)], "synthetic/config-js"


@tpl("vendor", "held")
def hven_pem_json_escaped(c):
    key = c.pem_pkcs8_ec(nl="\\n")
    sa = {"type": "service_account", "project_id": c.repo(), "private_key_id": c.hexs(40), "private_key": key + "\\n",
          "client_email": "%s@%s.iam.gserviceaccount.com" % (c.user().replace("_", "-"), c.repo())}
    text = "{\n" + ",\n".join('  "%s": "%s"' % (k, v) for k, v in sa.items()) + "\n}"
    return text, [("PRIVATE_KEY", key), ("EMAIL", sa["client_email"])], "synthetic/config-json"


@tpl("vendor", "held")
def hven_pem_yaml(c):
    key = c.pem_ed25519()
    ind = "\n".join("    " + l for l in key.split("\n"))
    text = S("""apiVersion: v1
kind: Secret
metadata:
  name: «app»-signing
type: Opaque
stringData:
  signing.key: |
«k»""", app=c.repo(), k=ind)
    return text, [("PRIVATE_KEY", ind.strip())], "synthetic/k8s"


@tpl("vendor", "held")
def hven_tls_b64(c):
    key = base64.b64encode((c.pem_rsa1024() + "\n").encode()).decode()
    crt = "LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0t" + c.b64(60)
    text = S("""$ kubectl get secret ingress-tls -n «ns» -o yaml | grep -A2 '^data'
data:
  tls.crt: «crt»
  tls.key: «key»""", ns=c.ns(), crt=crt, key=key)
    return text, [("PRIVATE_KEY", key)], "synthetic/k8s"


@tpl("vendor", "held")
def hven_boto_debug(c):
    ak = c.akid()
    text = S("""«ts» botocore.credentials [INFO] Found credentials in environment variables.
«ts» botocore.auth [DEBUG] CanonicalRequest: GET /«b»/?list-type=2 ...
«ts» botocore.auth [DEBUG] Signature: Credential=«ak»/«d»/eu-west-1/s3/aws4_request, SignedHeaders=host;x-amz-content-sha256;x-amz-date, Signature=«sig»""",
             ts=(ts := c.ts(sep=" ", tz="").replace(".", ",")), b=c.repo(), ak=ak, d=ts[:10].replace("-", ""), sig=c.hexs(64))
    return text, [("AWS_ACCESS_KEY", ak)], "synthetic/python-log"


# ===========================================================================
# Family 9: regular PII in operational text
# ===========================================================================
@tpl("pii", "dev")
def pii_sshd(c):
    ip = c.ip_pub()
    ip2 = c.ip_pub()
    h = c.host("bastion")
    text = S("""«t1» «h» sshd[«p1»]: Accepted password for «u» from «ip» port «pt» ssh2
«t1» «h» sshd[«p1»]: pam_unix(sshd:session): session opened for user «u»(uid=1001) by (uid=0)
«t2» «h» sshd[«p2»]: Invalid user oracle from «ip2» port «pt2»""", t1=c.sts(), t2=c.sts(), h=h, p1=c.ri(1000, 60000), p2=c.ri(1000, 60000),
             u=c.user(), ip=ip, pt=c.ri(1024, 65000), ip2=ip2, pt2=c.ri(1024, 65000))
    return text, [("IPV4", ip), ("IPV4", ip2)], "synthetic/syslog"


@tpl("pii", "dev")
def pii_nginx_v6(c):
    ip = c.ip6("global")
    text = S("""«ip» - - [«t»] "GET /track/«tn» HTTP/2.0" 200 «sz» "https://www.«d»/orders" "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1\"""",
             ip=ip, t=c.clf(), tn=c.rs(10, UPPERDIG), sz=c.ri(1000, 9000), d=c.dom())
    return text, [("IPV6", ip)], "synthetic/nginx-access"


@tpl("pii", "dev")
def pii_app_email_phone(c):
    p = c.person()
    mail = c.free_email(p)
    ph = c.phone("US")
    text = S("""«ts» INFO  [http-nio-8080-exec-«n»] c.«d».crm.ContactService - updated contact id=«cid» name="«p»" email=«mail» phone="«ph»" source=web-form""",
             ts=c.ts(sep=" ", tz=""), n=c.ri(1, 20), d=c.dom().split(".")[0].replace("-", ""), cid=c.ri(10000, 99999), p=p, mail=mail, ph=ph)
    return text, [("PERSON", p), ("EMAIL", mail), ("PHONE", ph)], "synthetic/app-log/log4j"


@tpl("pii", "dev")
def pii_uk_callcentre(c):
    p = c.person()
    ph = c.phone("UK")
    ph2 = c.phone("UK")
    text = S("""«ts» callrouter: inbound call from «ph» matched customer "«p»" (acct «a»), callback number on file «ph2», routed to queue billing-uk""",
             ts=c.ts(), ph=ph, p=p, a=c.ri(100000, 999999), ph2=ph2)
    return text, [("PHONE", ph), ("PERSON", p), ("PHONE", ph2)], "synthetic/app-log"


@tpl("pii", "dev")
def pii_dhcpd(c):
    ip = c.ip_priv()
    m = c.mac()
    text = S("""«t» gw-01 dhcpd[«p»]: DHCPREQUEST for «ip» from «m» (android-«hx») via eth1
«t» gw-01 dhcpd[«p»]: DHCPACK on «ip» to «m» (android-«hx») via eth1""", t=c.sts(), p=c.ri(1000, 9000), ip=ip, m=m, hx=c.hexs(16))
    return text, [("IPV4", ip), ("MAC", m), ("IPV4", ip), ("MAC", m)], "synthetic/syslog"


@tpl("pii", "dev")
def pii_netfilter(c):
    dst, src = c.mac(), c.mac()
    field = "%s:%s:08:00" % (dst, src)
    sip, dip = c.ip_pub(), c.ip_priv()
    text = S("""«t» fw-«n» kernel: [«up»] IPTABLES-DROP: IN=eth0 OUT= MAC=«f» SRC=«sip» DST=«dip» LEN=60 TOS=0x00 PREC=0x00 TTL=«ttl» ID=«id» DF PROTO=TCP SPT=«sp» DPT=22 WINDOW=64240 RES=0x00 SYN URGP=0""",
             t=c.sts(), n=c.ri(1, 4), up="%d.%06d" % (c.ri(1000, 900000), c.ri(0, 999999)), f=field, sip=sip, dip=dip, ttl=c.ri(40, 120),
             id=c.ri(1000, 65000), sp=c.ri(1024, 65000))
    return text, [("MAC", field), ("IPV4", sip), ("IPV4", dip)], "synthetic/syslog"


@tpl("pii", "dev")
def pii_card_payment(c):
    p = c.person()
    card = c.card(c.ch(["visa", "mc", "disc"]))
    fmt = group4(card, c.ch([" ", "-", ""])) if True else card
    text = S("""«ts» WARN  PaymentService - authorization declined: cardholder="«p»" pan=«pan» exp=«m»/«y» amount=«amt» EUR reason=insufficient_funds psp_ref=«ref»""",
             ts=c.ts(sep=" ", tz=""), p=p, pan=fmt, m="%02d" % c.ri(1, 12), y=c.ri(25, 30), amt="%.2f" % (c.r.random() * 500), ref=c.rs(16, UPPERDIG))
    return text, [("PERSON", p), ("CREDIT_CARD", fmt)], "synthetic/app-log"


@tpl("pii", "dev")
def pii_chat_de_phone(c):
    a, b = c.person(), c.person()
    ph = c.phone("DE")
    text = "\n".join([
        _chat_line(c, a, "who is on call for the Frankfurt DC this weekend?"),
        _chat_line(c, b, "me. if slack is down call %s" % ph),
    ])
    return text, [("PERSON", a), ("PERSON", b), ("PHONE", ph)], "synthetic/incident-chat"


@tpl("pii", "dev")
def pii_postfix(c):
    p = c.person()
    to = c.free_email(p)
    frm = c.email(None)
    ip = c.ip_pub()
    qid = c.rs(10, "0123456789ABCDEF")
    text = S("""«t» mx-01 postfix/qmgr[«p1»]: «q»: from=<«frm»>, size=«sz», nrcpt=1 (queue active)
«t» mx-01 postfix/smtp[«p2»]: «q»: to=<«to»>, relay=mx.«rd»[«ip»]:25, delay=0.«d», delays=0.01/0/0.2/0.1, dsn=2.0.0, status=sent (250 OK)""",
             t=c.sts(), p1=c.ri(100, 9000), q=qid, frm=frm, sz=c.ri(1000, 90000), p2=c.ri(100, 9000), to=to,
             rd=to.split("@")[1], ip=ip, d=c.ri(10, 99))
    return text, [("EMAIL", frm), ("EMAIL", to), ("IPV4", ip)], "synthetic/syslog"


@tpl("pii", "dev")
def pii_ip_neigh(c):
    rows = [(c.ip_priv(), c.mac()) for _ in range(3)]
    lines = ["$ ip neigh show dev eth0"] + ["%s lladdr %s %s" % (ip, m, c.ch(["REACHABLE", "STALE", "DELAY"])) for ip, m in rows]
    ents = []
    for ip, m in rows:
        ents += [("IPV4", ip), ("MAC", m)]
    return "\n".join(lines), ents, "synthetic/network"


@tpl("pii", "dev")
def pii_checkout_v6(c):
    p = c.person()
    card = c.card(c.ch(["mc", "visa"]))
    pan = group4(card, "-")
    ip6 = c.ip6(c.ch(["global", "full"]))
    mail = c.free_email(p)
    text = S("""«ts» [checkout] order=«o» step=payment client_ip=«ip6» email=«mail»
«ts2» [checkout] 3DS challenge failed for card «pan» (holder «p»), falling back to PayPal""",
             ts=c.ts(), o=c.ri(100000, 999999), ip6=ip6, mail=mail, ts2=c.ts(), pan=pan, p=p)
    return text, [("IPV6", ip6), ("EMAIL", mail), ("CREDIT_CARD", pan), ("PERSON", p)], "synthetic/app-log"


@tpl("pii", "held")
def hpii_fr_in_ticket(c):
    p = c.person()
    ph = c.phone("FR")
    ph2 = c.phone("IN")
    mail = c.free_email(p)
    text = S("""Ticket #«n» – Changement de coordonnées
Client : «p» («mail»)
Nouveau numéro : «ph» ; ancien numéro (Bangalore) : «ph2»
Traité par l'agent «a».""", n=c.ri(10000, 99999), p=p, mail=mail, ph=ph, ph2=ph2, a=c.user())
    return text, [("PERSON", p), ("EMAIL", mail), ("PHONE", ph), ("PHONE", ph2)], "synthetic/ticket"


@tpl("pii", "held")
def hpii_br_jp_sms(c):
    ph, ph2 = c.phone("BR"), c.phone("JP")
    text = S("""«ts» [sms-gateway] queued id=«id» to=«ph» template=delivery_eta locale=pt-BR
«ts2» [sms-gateway] queued id=«id2» to=«ph2» template=otp locale=ja-JP
«ts2» [sms-gateway] provider=«prov» accepted=2 rejected=0""", ts=c.ts(), id=c.ri(10 ** 6, 10 ** 7), ph=ph, ts2=c.ts(), id2=c.ri(10 ** 6, 10 ** 7), ph2=ph2,
             prov=c.ch(["twilio", "vonage", "sinch"]))
    return text, [("PHONE", ph), ("PHONE", ph2)], "synthetic/app-log"


@tpl("pii", "held")
def hpii_au(c):
    p = c.person()
    ph = c.phone("AU")
    text = S("""{"@t":"«ts»","@mt":"Booking {BookingId} confirmed for {Guest}, contact {Phone}","BookingId":"BK-«n»","Guest":"«p»","Phone":"«ph»","SourceContext":"Reservations.Api"}""",
             ts=c.ts(frac=7), n=c.ri(100000, 999999), p=p, ph=ph)
    return text, [("PERSON", p), ("PHONE", ph)], "synthetic/app-log/serilog"


@tpl("pii", "held")
def hpii_cisco_mac(c):
    rows = [(c.ri(10, 400), c.mac_cisco(), "Gi1/0/%d" % c.ri(1, 48)) for _ in range(4)]
    lines = ["%s#show mac address-table dynamic" % c.host("sw"), "          Mac Address Table", "-------------------------------------------",
             "Vlan    Mac Address       Type        Ports", "----    -----------       --------    -----"]
    lines += ["%4d    %s    DYNAMIC     %s" % r for r in rows]
    lines.append("Total Mac Addresses for this criterion: 4")
    return "\n".join(lines), [("MAC", r[1]) for r in rows], "synthetic/network"


@tpl("pii", "held")
def hpii_getmac(c):
    m1, m2 = c.mac("-", True), c.mac("-", True)
    text = S("""C:\\> getmac /v /fo list

Connection Name:  Ethernet
Network Adapter:  Intel(R) Ethernet Connection (7) I219-LM
Physical Address: «m1»
Transport Name:   \\Device\\Tcpip_{«g1»}

Connection Name:  Wi-Fi
Network Adapter:  Intel(R) Wi-Fi 6 AX201 160MHz
Physical Address: «m2»
Transport Name:   Media disconnected""", m1=m1, m2=m2, g1=c.uuid().upper())
    return text, [("MAC", m1), ("MAC", m2)], "synthetic/windows"


@tpl("pii", "held")
def hpii_ufw_v6(c):
    dst, src = c.mac(), c.mac()
    field = "%s:%s:86:dd" % (dst, src)
    s6, d6 = c.ip6("global"), c.ip6("global")
    text = S("""«t» «h» kernel: [«up»] [UFW BLOCK] IN=ens3 OUT= MAC=«f» SRC=«s6» DST=«d6» LEN=80 TC=0 HOPLIMIT=«hl» FLOWLBL=«fl» PROTO=TCP SPT=«sp» DPT=3389 WINDOW=65535 RES=0x00 SYN URGP=0""",
             t=c.sts(), h=c.host("vpn"), up="%d.%06d" % (c.ri(1000, 900000), c.ri(0, 999999)), f=field, s6=s6, d6=d6, hl=c.ri(40, 64),
             fl=c.ri(0, 999999), sp=c.ri(1024, 65000))
    return text, [("MAC", field), ("IPV6", s6), ("IPV6", d6)], "synthetic/syslog"


@tpl("pii", "held")
def hpii_v6_kinds(c):
    mapped = c.ip6("mapped")
    ll = c.ip6("ll")
    ula = c.ip6("ula")
    text = S("""$ ip -6 addr show dev eth0
2: eth0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 state UP qlen 1000
    inet6 «ula»/64 scope global
    inet6 «ll»/64 scope link
$ journalctl -u «app» -n 1 --no-pager
«st» «h» node[«p»]: GET /healthz from «m» 200 «ms»ms""", ula=ula, ll=ll, app=c.repo(), st=c.sts(), h=c.host("svc"), p=c.ri(100, 9000), m=mapped, ms=c.ri(1, 30))
    return text, [("IPV6", ula), ("IPV6", ll), ("IPV6", mapped)], "synthetic/network"


@tpl("pii", "held")
def hpii_amex_refund(c):
    p = c.person()
    card = c.card("amex")
    fmt = amex_fmt(card, c.ch([" ", "-"]))
    mail = c.free_email(p)
    text = S("""Subject: Refund request – order «o»
From: «p» <«mail»>

Hello, I was charged twice. Please refund to my Amex «pan» (exp «m»/«y»). Thanks, «f»""", o=c.ri(100000, 999999), p=p, mail=mail, pan=fmt, m="%02d" % c.ri(1, 12), y=c.ri(26, 31), f=c.first(p))
    return text, [("PERSON", p), ("EMAIL", mail), ("CREDIT_CARD", fmt), ("PERSON", c.first(p))], "synthetic/email"


@tpl("pii", "held")
def hpii_mc2_checkout(c):
    p = c.person()
    card = c.card(c.ch(["mc2", "jcb", "up"]))
    text = S("""{"level":"error","ts":«e».«ms»,"caller":"checkout/charge.go:«ln»","msg":"gateway rejected card","billing_name":"«p»","card_number":"«pan»","cvc_check":"fail","amount_minor":«amt»,"currency":"GBP"}""",
             e=c.epoch(), ms=c.digits(6), ln=c.ri(40, 300), p=p, pan=card, amt=c.ri(500, 90000))
    return text, [("PERSON", p), ("CREDIT_CARD", card)], "synthetic/app-json"


@tpl("pii", "held")
def hpii_ad_event(c):
    p = c.person()
    mail = c.email(p)
    ip = c.ip_priv()
    text = S("""Log Name:      Security
Source:        Microsoft-Windows-Security-Auditing
Event ID:      4740
Task Category: User Account Management
Description:
A user account was locked out.
Account That Was Locked Out:
	Security ID:		S-1-5-21-«s1»-«s2»-«s3»-«rid»
	Account Name:		«sam»
	Display Name:		«p»
	User Principal Name:	«mail»
Additional Information:
	Caller Computer Name:	WS-«n» («ip»)""", s1=c.digits(10), s2=c.digits(10), s3=c.digits(9), rid=c.ri(1000, 9999),
             sam=mail.split("@")[0][:20], p=p, mail=mail, n=c.ri(100, 999), ip=ip)
    return text, [("PERSON", p), ("EMAIL", mail), ("IPV4", ip)], "synthetic/windows-event"


# ===========================================================================
# Negatives: Luhn-valid 16-digit numbers that are not cards
# ===========================================================================
def L(c, first=None):
    """16-digit Luhn-valid number; first digit optionally forced (4/5 look most card-like)."""
    if first:
        return c.luhn(first + c.digits(1), 16)
    return c.luhn16_noncard()


@tpl("neg-luhn", "dev")
def nl_prom(c):
    h = c.host()
    text = S("""# HELP node_network_receive_bytes_total Network device statistic receive_bytes.
# TYPE node_network_receive_bytes_total counter
node_network_receive_bytes_total{device="eth0",instance="«h»:9100",job="node"} «a»
node_network_transmit_bytes_total{device="eth0",instance="«h»:9100",job="node"} «b»
node_network_receive_packets_total{device="eth0",instance="«h»:9100",job="node"} «p»""", h=h, a=L(c, "4"), b=L(c, "5"), p=c.ri(10 ** 9, 10 ** 10))
    return text, [], "synthetic/prometheus"


@tpl("neg-luhn", "dev")
def nl_dd_trace(c):
    text = S("""«ts» INFO  [«app»,«tid»,«sid»] c.«d».OrderController - listing orders page=«pg» size=50 dd.trace_id=«t1» dd.span_id=«t2» took=«ms»ms""",
             ts=c.ts(sep=" ", tz=""), app=c.repo(), tid=c.hexs(16), sid=c.hexs(16), d=c.dom().split(".")[0].replace("-", ""), pg=c.ri(1, 30),
             t1=L(c, "4"), t2=L(c), ms=c.ri(3, 400))
    return text, [], "synthetic/app-log/log4j"


@tpl("neg-luhn", "dev")
def nl_order_id(c):
    text = S("""«ts» shipping-svc[«p»]: label created order_id=«o» carrier=DHL service=EXPRESS_WORLDWIDE parcels=«n» weight_kg=«w» warehouse=«wh»""",
             ts=c.ts(), p=c.ri(100, 9999), o=L(c, "5"), n=c.ri(1, 4), w="%.1f" % (c.r.random() * 30), wh=c.ch(["AMS1", "FRA2", "LHR3"]))
    return text, [], "synthetic/app-log"


@tpl("neg-luhn", "dev")
def nl_epoch_micros(c):
    us = str(c.epoch()) + c.digits(5)
    us = c.luhn(us[:15], 16) if len(us) >= 15 else us
    text = S("""level=info ts_us=«us» component=compactor msg="compaction done" blocks=«b» duration=«d»s""", us=us, b=c.ri(2, 40), d="%.2f" % (c.r.random() * 90))
    return text, [], "synthetic/app-log/logfmt"


@tpl("neg-luhn", "dev")
def nl_nstat(c):
    text = S("""$ nstat -az | grep -E 'IpExt(In|Out)Octets|TcpInSegs'
IpExtInOctets                   «a»        0.0
IpExtOutOctets                  «b»        0.0
TcpInSegs                       «s»           0.0""", a=L(c), b=L(c, "4"), s=c.ri(10 ** 8, 10 ** 10))
    return text, [], "synthetic/network"


@tpl("neg-luhn", "dev")
def nl_kafka_offsets(c):
    g = c.repo() + "-consumer"
    rows = []
    for part in range(3):
        cur = int(L(c, "4"))
        rows.append("%s %-12s %-9d %-16d %-16d %-4d" % (g, "orders.v1", part, cur, cur + c.ri(0, 40), c.ri(0, 40)))
    text = "$ kafka-consumer-groups.sh --bootstrap-server localhost:9092 --describe --group %s\n\nGROUP TOPIC PARTITION CURRENT-OFFSET LOG-END-OFFSET LAG\n%s" % (g, "\n".join(rows))
    return text, [], "synthetic/kafka"


@tpl("neg-luhn", "dev")
def nl_bq_bytes(c):
    text = S("""Job «proj»:EU.bquxjob_«j» completed
  totalBytesProcessed: «b»
  totalBytesBilled: «b2»
  totalSlotMs: «ms»
  cacheHit: false""", proj=c.repo(), j=c.hexs(16), b=L(c, "5"), b2=L(c, "5"), ms=c.ri(10 ** 5, 10 ** 8))
    return text, [], "synthetic/gcp"


@tpl("neg-luhn", "dev")
def nl_df_bytes(c):
    text = S("""$ df -B1 /data /backup
Filesystem            1B-blocks              Used         Available Use% Mounted on
/dev/nvme1n1     «a»  «u1»  «f1»  «p1»% /data
«ip»:/backup   «b»  «u2»  «f2»  «p2»% /backup""", a=L(c), u1=c.ri(10 ** 12, 10 ** 13), f1=c.ri(10 ** 12, 10 ** 13), p1=c.ri(10, 90),
             ip=(ip := c.ip_priv()), b=L(c, "4"), u2=c.ri(10 ** 12, 10 ** 13), f2=c.ri(10 ** 12, 10 ** 13), p2=c.ri(10, 90))
    return text, [("IPV4", ip)], "synthetic/shell-history"


@tpl("neg-luhn", "dev")
def nl_snowflake(c):
    text = S("""«ts» bot.events INFO message_create guild=«g» channel=«ch» message_id=«m» author_is_bot=false len=«n»""",
             ts=c.ts(sep=" ", tz=""), g=L(c), ch=L(c), m=L(c, "4"), n=c.ri(1, 300))
    return text, [], "synthetic/app-log"


@tpl("neg-luhn", "dev")
def nl_jvm_alloc(c):
    text = S("""[«up»s][info][gc,heap,exit] Heap
[«up»s][info][gc,heap,exit]  garbage-first heap   total «t»K, used «u»K
[«up»s][info][gc,stats    ] allocated_bytes_total=«a» promoted_bytes_total=«p»""", up="%.3f" % (c.r.random() * 90000), t=c.ri(10 ** 6, 10 ** 7),
             u=c.ri(10 ** 5, 10 ** 6), a=L(c, "5"), p=c.ri(10 ** 12, 10 ** 14))
    return text, [], "synthetic/jvm-gc"


@tpl("neg-luhn", "dev")
def nl_tracking(c):
    text = S("""Your parcel is on its way!
Tracking number: «t»
Carrier: «car»   Estimated delivery: «d» «mon»
Questions? Reply to this message or visit the help centre.""", t=L(c, "4"), car=c.ch(["DPD", "GLS", "Hermes"]), d=c.ri(1, 28), mon=c.ch(MONTHS))
    return text, [], "synthetic/email"


@tpl("neg-luhn", "dev")
def nl_clickhouse(c):
    text = S("""SELECT query_id, read_rows, read_bytes, memory_usage FROM system.query_log WHERE type = 'QueryFinish' ORDER BY event_time DESC LIMIT 1

┌─query_id─────────────────────────────┬─read_rows─┬───────read_bytes─┬─memory_usage─┐
│ «qid» │ «rr» │ «rb» │    «mu» │
└──────────────────────────────────────┴───────────┴──────────────────┴──────────────┘""", qid=c.uuid(), rr=c.ri(10 ** 8, 10 ** 9), rb=L(c, "4"), mu=c.ri(10 ** 8, 10 ** 9))
    return text, [], "synthetic/clickhouse"


@tpl("neg-luhn", "dev")
def nl_counter_json(c):
    text = jd({"ts": c.ts(), "svc": c.repo(), "stats": {"requests_total": int(L(c, "4")), "bytes_out_total": int(L(c, "5")),
                                                         "errors_total": c.ri(0, 9000), "uptime_s": c.ri(10 ** 4, 10 ** 7)}})
    return text, [], "synthetic/app-json"


@tpl("neg-luhn", "held")
def hnl_ethtool(c):
    text = S("""$ ethtool -S ens5 | grep -E 'bytes|drop'
     rx_bytes: «a»
     tx_bytes: «b»
     rx_queue_0_drops: «d»
     bw_in_allowance_exceeded: «e»""", a=L(c, "4"), b=L(c), d=c.ri(0, 900), e=c.ri(0, 90))
    return text, [], "synthetic/network"


@tpl("neg-luhn", "held")
def hnl_redis_info(c):
    text = S("""# Stats
total_connections_received:«cr»
total_commands_processed:«cp»
total_net_input_bytes:«i»
total_net_output_bytes:«o»
keyspace_hits:«kh»""", cr=c.ri(10 ** 5, 10 ** 8), cp=L(c, "5"), i=L(c, "4"), o=L(c), kh=c.ri(10 ** 8, 10 ** 10))
    return text, [], "synthetic/redis"


@tpl("neg-luhn", "held")
def hnl_pg_stat(c):
    text = S("""claims=# SELECT datname, xact_commit, tup_returned, tup_fetched FROM pg_stat_database WHERE datname = 'claims';
 datname | xact_commit |   tup_returned   |   tup_fetched
---------+-------------+------------------+------------------
 claims  |  «x» | «r» | «f»
(1 row)""", x=c.ri(10 ** 9, 10 ** 10), r=L(c, "4"), f=L(c, "5"))
    return text, [], "synthetic/postgres"


@tpl("neg-luhn", "held")
def hnl_cgroup(c):
    text = S("""$ cat /sys/fs/cgroup/system.slice/«app».service/cpu.stat
usage_usec «u»
user_usec «us»
system_usec «sy»
nr_periods «np»
nr_throttled «nt»""", app=c.repo(), u=L(c, "4"), us=c.ri(10 ** 13, 10 ** 14), sy=c.ri(10 ** 12, 10 ** 13), np=c.ri(10 ** 5, 10 ** 7), nt=c.ri(0, 900))
    return text, [], "synthetic/shell-history"


@tpl("neg-luhn", "held")
def hnl_influx_lp(c):
    ns = "%d%09d" % (c.epoch(), c.ri(0, 999999999))
    text = S("""disk,host=«h»,path=/var/lib/docker used=«u»i,total=«t»i,inodes_used=«iu»i «ns»
net,host=«h»,interface=eth0 bytes_recv=«br»i,bytes_sent=«bs»i «ns»""", h=c.host(), u=L(c, "5"), t=c.ri(10 ** 12, 10 ** 13), iu=c.ri(10 ** 5, 10 ** 7), ns=ns,
             br=L(c, "4"), bs=c.ri(10 ** 12, 10 ** 13))
    return text, [], "synthetic/influx"


@tpl("neg-luhn", "held")
def hnl_diskstats(c):
    text = S("""$ awk '$3=="nvme0n1"' /proc/diskstats
 259       0 nvme0n1 «r» «rm» «rs» «rt» «w» «wm» «ws» «wt» 0 «io» «ti»""",
             r=c.ri(10 ** 7, 10 ** 9), rm=c.ri(10 ** 4, 10 ** 6), rs=L(c, "4"), rt=c.ri(10 ** 6, 10 ** 8), w=c.ri(10 ** 7, 10 ** 9),
             wm=c.ri(10 ** 5, 10 ** 7), ws=L(c), wt=c.ri(10 ** 6, 10 ** 9), io=c.ri(10 ** 6, 10 ** 8), ti=c.ri(10 ** 6, 10 ** 9))
    return text, [], "synthetic/shell-history"


@tpl("neg-luhn", "held")
def hnl_eventstore(c):
    text = S("""[«p»,«t»,«hm»:«s».«ms»,INF] Subscription "«grp»::«stream»" checkpoint written: commitPosition=«cp» preparePosition=«pp» eventNumber=«en»""",
             p=c.ri(1, 99999), t=c.ri(1, 99), hm=c.hm(), s="%02d" % c.ri(0, 59), ms=c.digits(3), grp=c.repo(), stream="$ce-claim",
             cp=L(c, "5"), pp=L(c, "5"), en=c.ri(1000, 10 ** 7))
    return text, [], "synthetic/app-log"


@tpl("neg-luhn", "held")
def hnl_yarn(c):
    text = S("""	File System Counters
		FILE: Number of bytes read=«a»
		FILE: Number of bytes written=«b»
		HDFS: Number of bytes read=«c1»
		HDFS: Number of read operations=«ro»
	Job Counters
		Launched map tasks=«m»""", a=c.ri(10 ** 9, 10 ** 11), b=c.ri(10 ** 9, 10 ** 11), c1=L(c, "4"), ro=c.ri(1000, 90000), m=c.ri(10, 900))
    return text, [], "synthetic/hadoop"


@tpl("neg-luhn", "held")
def hnl_mongo_net(c):
    text = S("""rs0:PRIMARY> db.serverStatus().network
{
	"bytesIn" : NumberLong("«i»"),
	"bytesOut" : NumberLong("«o»"),
	"physicalBytesIn" : NumberLong("«pi»"),
	"numRequests" : NumberLong(«n»)
}""", i=L(c, "4"), o=L(c), pi=L(c, "5"), n=c.ri(10 ** 8, 10 ** 10))
    return text, [], "synthetic/mongodb"


@tpl("neg-luhn", "held")
def hnl_cassandra_ring(c):
    ips = [c.ip_priv() for _ in range(3)]
    rows = ["%-14s rack1       Up     Normal  %d.%d GiB   33.3%%   %s" % (ip, c.ri(10, 900), c.ri(0, 99), ("-" if c.ri(0, 1) else "") + L(c, c.ch("45")))
            for ip in ips]
    text = "$ nodetool ring claims | head -6\nDatacenter: dc1\n==========\nAddress        Rack        Status State   Load        Owns    Token\n" + "\n".join(rows)
    return text, [("IPV4", ip) for ip in ips], "synthetic/cassandra"


@tpl("neg-luhn", "held")
def hnl_ceph(c):
    text = S("""$ ceph df detail -f json-pretty | jq '.stats'
{
  "total_bytes": «t»,
  "total_avail_bytes": «a»,
  "total_used_raw_bytes": «u»,
  "num_osds": «n»
}""", t=L(c, "5"), a=L(c, "4"), u=c.ri(10 ** 14, 10 ** 15), n=c.ri(6, 90))
    return text, [], "synthetic/ceph"


@tpl("neg-luhn", "held")
def hnl_es_nodes(c):
    text = jd({"nodes": {c.rs(22, ALNUM + "-_"): {"name": c.host("es"), "indices": {"store": {"size_in_bytes": int(L(c, "4"))},
                                                                                  "indexing": {"index_total": int(L(c)), "index_time_in_millis": c.ri(10 ** 6, 10 ** 9)}}}}})
    return text, [], "synthetic/elasticsearch"


# ===========================================================================
# Negatives: secret-ish keywords without secret values
# ===========================================================================
@tpl("neg-keyword", "dev")
def nk_zk_sessionid(c):
    ip = c.ip_priv()
    sid = "0x%x" % c.ri(0x100000000000000, 0x1ffffffffffffff)
    text = S("""«ts» [myid:2] - INFO  [CommitProcessor:2:NIOServerCnxn@1056] - Closed socket connection for client /«ip»:«p» which had sessionid «sid»
«ts» [myid:2] - INFO  [SessionTracker:ZooKeeperServer@398] - Expiring session «sid2», timeout of 40000ms exceeded""",
             ts=c.ts(sep=" ", tz="").replace(".", ","), ip=ip, p=c.ri(30000, 60000), sid=sid, sid2="0x%x" % c.ri(0x100000000000000, 0x1ffffffffffffff))
    return text, [("IPV4", ip)], "synthetic/zookeeper"


@tpl("neg-keyword", "dev")
def nk_android_token(c):
    text = S("""«ts»  1234  1301 I ActivityTaskManager: Displayed com.«d».app/.MainActivity: +«ms»ms
«ts»  1234  1301 W WindowManager: Attempted to add window with token=Token{«h1» ActivityRecord{«h2» u0 com.«d».app/.MainActivity t«t»}} that is not visible""",
             ts="%02d-%02d %s:%02d.%03d" % (c.ri(1, 12), c.ri(1, 28), c.hm(), c.ri(0, 59), c.ri(0, 999)), d=c.dom().split(".")[0].replace("-", ""),
             ms=c.ri(200, 2000), h1=c.hexs(7), h2=c.hexs(7), t=c.ri(10, 999))
    return text, [], "synthetic/android-logcat"


@tpl("neg-keyword", "dev")
def nk_csrf_name(c):
    text = S("""<form method="post" action="/account/email">
  <input type="hidden" name="csrf_token_name" value="csrf_token">
  <input type="email" name="email" autocomplete="email">
  <button type="submit">Save</button>
</form>""")
    return text, [], "synthetic/html"


@tpl("neg-keyword", "dev")
def nk_token_type(c):
    text = S("""«ts» DEBUG oauth.client token response: {"access_token":"[REDACTED]","token_type":"bearer","expires_in":3600,"scope":"read:shipments"} status=200""", ts=c.ts())
    return text, [], "synthetic/app-log"


@tpl("neg-keyword", "dev")
def nk_tokens_processed(c):
    text = S("""«ts» worker-«n» INFO batch «b» done: tokens processed: «t», prompt_tokens=«pt» completion_tokens=«ct» max_tokens=4096 latency=«l»s""",
             ts=c.ts(), n=c.ri(1, 9), b=c.ri(100, 9999), t=c.ch([512, 1024, 2048, 8192]), pt=c.ri(100, 3000), ct=c.ri(10, 900), l="%.2f" % (c.r.random() * 9))
    return text, [], "synthetic/app-log"


@tpl("neg-keyword", "dev")
def nk_password_policy(c):
    text = S("""[password_policy]
password_min_length=12
password_require_symbols=true
password_max_age_days=90
password_history=5
lockout_threshold=5""")
    return text, [], "synthetic/config-ini"


@tpl("neg-keyword", "dev")
def nk_jenkins_var(c):
    text = S("""stage('Publish') {
  steps {
    withCredentials([usernamePassword(credentialsId: 'registry-ci', usernameVariable: 'REG_USER', passwordVariable: 'REG_PASS')]) {
      sh 'echo "$REG_PASS" | docker login -u "$REG_USER" --password-stdin «r»'
      sh 'docker push «r»/«app»:${BUILD_NUMBER}'
    }
  }
}""", r=c.fqdn("registry"), app=c.repo())
    return text, [], "synthetic/jenkinsfile"


@tpl("neg-keyword", "dev")
def nk_secretkeyref(c):
    text = S("""        env:
        - name: DB_USER
          value: «app»
        - name: DB_PASSWORD
          valueFrom:
            secretKeyRef:
              name: «app»-db-secret
              key: password
        - name: API_TOKEN
          valueFrom:
            secretKeyRef: {name: «app»-api, key: token}""", app=c.repo())
    return text, [], "synthetic/k8s"


@tpl("neg-keyword", "dev")
def nk_docker_port(c):
    text = S("""$ docker run -d --name «app» -p 8080:80 -p 127.0.0.1:9090:9090 -e LOG_LEVEL=info «r»/«app»:«v»
«cid»
$ docker ps --format '{{.Names}} {{.Ports}}'
«app» 0.0.0.0:8080->80/tcp, 127.0.0.1:9090->9090/tcp""", app=c.repo(), r=c.fqdn("registry"), v=c.ver(), cid=c.hexs(64))
    return text, [], "synthetic/shell-history"


@tpl("neg-keyword", "dev")
def nk_mysql_prompt(c):
    ip = c.ip_priv()
    text = S("""$ mysql -u root -p -h «ip»
Enter password:
Welcome to the MySQL monitor.  Commands end with ; or \\g.
Your MySQL connection id is «cid»
Server version: 8.0.«p» MySQL Community Server - GPL""", ip=ip, cid=c.ri(100, 99999), p=c.ri(20, 39))
    return text, [("IPV4", ip)], "synthetic/shell-history"


@tpl("neg-keyword", "dev")
def nk_ssh_port(c):
    h = c.fqdn("bastion")
    text = S("""$ ssh -p 2222 -i ~/.ssh/id_ed25519 «u»@«h»
Last login: «dt» from «ip»
«u»@«hs»:~$ """, u=c.user(), h=h, dt="Tue %s %d %s:%02d %d" % (c.ch(MONTHS), c.ri(1, 28), c.hm(), c.ri(0, 59), c.year),
             ip=(ip := c.ip_pub()), hs=h.split(".")[0])
    return text.rstrip(), [("IPV4", ip)], "synthetic/shell-history"


@tpl("neg-keyword", "dev")
def nk_pgpassword_var(c):
    text = S("""#!/usr/bin/env bash
set -euo pipefail
: "${DB_PASS:?DB_PASS must be set}"
PGPASSWORD=$DB_PASS psql -h "$DB_HOST" -U "$DB_USER" -d «db» -c 'VACUUM ANALYZE;'""", db=c.ch(["orders", "ledger"]))
    return text, [], "synthetic/shell-script"


@tpl("neg-keyword", "dev")
def nk_failed_password(c):
    ip = c.ip_pub()
    text = S("""«t» «h» sshd[«p»]: Failed password for invalid user admin from «ip» port «pt» ssh2
«t» «h» sshd[«p»]: Connection closed by invalid user admin «ip» port «pt» [preauth]""", t=c.sts(), h=c.host("bastion"), p=c.ri(1000, 60000), ip=ip, pt=c.ri(1024, 65000))
    return text, [("IPV4", ip), ("IPV4", ip)], "synthetic/syslog"


@tpl("neg-keyword", "dev")
def nk_passwd_updated(c):
    u = c.user()
    text = S("""root@«h»:~# passwd «u»
New password:
Retype new password:
passwd: password updated successfully
root@«h»:~# chage -l «u» | head -2
Last password change					: «mon» «d», «y»
Password expires					: never""", h=c.host(), u=u, mon=c.ch(MONTHS), d=c.ri(1, 28), y=c.year)
    return text, [], "synthetic/shell-history"


@tpl("neg-keyword", "dev")
def nk_auth_method(c):
    ip = c.ip_priv()
    text = S("""«ts» LOG:  connection authorized: user=«u» database=«db» application_name=psql auth_method=scram-sha-256 host=«ip»
«ts» LOG:  password_encryption = scram-sha-256, ssl=on (protocol=TLSv1.3, cipher=TLS_AES_256_GCM_SHA384)""",
             ts=c.ts(sep=" ", tz=" UTC"), u=c.user(), db=c.ch(["orders", "crm"]), ip=ip)
    return text, [("IPV4", ip)], "synthetic/postgres"


@tpl("neg-keyword", "dev")
def nk_password_stdin(c):
    text = S("""- name: Log in to registry
  run: echo "${{ secrets.REGISTRY_TOKEN }}" | docker login «r» -u ci --password-stdin
- name: Build
  run: docker build --build-arg VERSION=${{ github.sha }} -t «r»/«app»:latest .""", r=c.fqdn("registry"), app=c.repo())
    return text, [], "synthetic/ci-config"


@tpl("neg-keyword", "dev")
def nk_session_token_words(c):
    text = S("""«ts» INFO  [SessionManager] session store: redis, session_timeout=1800s, token_ttl=900s, refresh_token_rotation=enabled, secret_name=prod/«app»/session-signing""",
             ts=c.ts(sep=" ", tz=""), app=c.repo())
    return text, [], "synthetic/app-log"


@tpl("neg-keyword", "held")
def hnk_zk_session(c):
    ip = c.ip_priv()
    text = S("""«ts» INFO  [main-SendThread(«ip»:2181)] org.apache.zookeeper.ClientCnxn: Session establishment complete on server «ip»/«ip»:2181, session id = 0x«sid», negotiated timeout = 40000
«ts» INFO  [main-EventThread] o.a.c.f.state.ConnectionStateManager: State change: CONNECTED
«ts2» INFO  [main] org.apache.zookeeper.ZooKeeper: Session: 0x«sid» closed""", ts=c.ts(sep=" ", tz="").replace(".", ","), ip=ip,
             sid="%x" % c.ri(0x100000000000000, 0x1ffffffffffffff), ts2=c.ts(sep=" ", tz="").replace(".", ","))
    return text, [("IPV4", ip)] * 3, "synthetic/zookeeper"


@tpl("neg-keyword", "held")
def hnk_wm_dump(c):
    text = S("""  Window #«n» Window{«h1» u0 com.«d».portal/com.«d».portal.LoginActivity}:
    mDisplayId=0 rootTaskId=«t» mSession=Session{«h2» «pid»:u0a«uid»} mClient=android.os.BinderProxy@«h3»
    mOwnerUid=«uid2» showForAllUsers=false package=com.«d».portal appop=NONE
    mToken=ActivityRecord{«h4» u0 com.«d».portal/.LoginActivity t«t»}
    appToken=Token{«h5» ActivityRecord{«h4» u0 com.«d».portal/.LoginActivity t«t»}}""",
             n=c.ri(1, 20), h1=c.hexs(7), d=c.dom().split(".")[0].replace("-", ""), t=c.ri(10, 900), h2=c.hexs(7), pid=c.ri(1000, 30000),
             uid=c.ri(100, 400), h3=c.hexs(7), uid2=c.ri(10100, 10400), h4=c.hexs(7), h5=c.hexs(7))
    return text, [], "synthetic/android-dumpsys"


@tpl("neg-keyword", "held")
def hnk_grpc_transport(c):
    ip = c.ip_priv()
    text = S("""«ts» INFO: [core] [Channel #«ch» SubChannel #«sc»] Subchannel Connectivity change to READY
«ts» DEBUG: [transport] [client-transport «ptr»] loopyWriter: stream 3 flow-control window update, token bucket refill 65535 bytes
«ts» DEBUG: [transport] http2: Framer «ptr»: wrote WINDOW_UPDATE stream=3 len=4 incr=32768 (peer «ip»:50051)""",
             ts="%d/%02d/%02d %s:%02d" % (c.year, c.ri(1, 12), c.ri(1, 28), c.hm(), c.ri(0, 59)), ch=c.ri(1, 9), sc=c.ri(1, 20), ptr="0x%s" % c.hexs(10), ip=ip)
    return text, [("IPV4", ip)], "synthetic/app-log/grpc"


@tpl("neg-keyword", "held")
def hnk_oidc_discovery(c):
    d = c.dom()
    text = json.dumps({"issuer": "https://id.%s" % d, "token_endpoint": "https://id.%s/oauth2/token" % d,
                       "token_endpoint_auth_methods_supported": ["client_secret_basic", "client_secret_post", "private_key_jwt"],
                       "grant_types_supported": ["authorization_code", "refresh_token", "password"],
                       "revocation_endpoint": "https://id.%s/oauth2/revoke" % d}, indent=2)
    return text, [], "synthetic/config-json"


@tpl("neg-keyword", "held")
def hnk_sshd_config(c):
    text = S("""$ sudo sshd -T | grep -Ei 'password|permitroot|pubkey|kbdinteractive'
permitrootlogin no
pubkeyauthentication yes
passwordauthentication no
permitemptypasswords no
kbdinteractiveauthentication no""")
    return text, [], "synthetic/shell-history"


@tpl("neg-keyword", "held")
def hnk_password_file(c):
    text = S("""ExecStart=/usr/local/bin/«app» \\
    --db-host=${DB_HOST} \\
    --db-user=«u» \\
    --db-password-file=/run/secrets/db_password \\
    --tls-key-file=/etc/«app»/tls.key""", app=c.repo(), u=c.user())
    return text, [], "synthetic/config-systemd"


@tpl("neg-keyword", "held")
def hnk_read_s(c):
    text = S("""read -rsp "Vault token: " VAULT_TOKEN; echo
export VAULT_TOKEN
vault kv get -format=json secret/«ns»/db | jq -r .data.data.username""", ns=c.ns())
    return text, [], "synthetic/shell-script"


@tpl("neg-keyword", "held")
def hnk_cr_pat_stdin(c):
    text = S("""«t» Run echo "$CR_PAT" | docker login ghcr.io -u «u» --password-stdin
«t» WARNING! Your password will be stored unencrypted in /home/runner/.docker/config.json.
«t» Login Succeeded""", t=c.ts(frac=7), u=c.user())
    return text, [], "synthetic/ci-log/github-actions"


@tpl("neg-keyword", "held")
def hnk_compose_port(c):
    text = S("""  pg:
    image: postgres:16
    ports:
      - "5432:5432"
      - "127.0.0.1:9187:9187"
    healthcheck:
      test: ["CMD-SHELL", "pg_isready -U $$POSTGRES_USER"]""")
    return text, [], "synthetic/config-yaml"


@tpl("neg-keyword", "held")
def hnk_mysql_p_h(c):
    text = S("""[ops@«h» ~]$ mysql -h «db» -u app -p claims
Enter password: 
ERROR 1045 (28000): Access denied for user 'app'@'«hh»' (using password: YES)""", h=c.host("bastion"), db=c.fqdn("pg"), hh=c.host("bastion"))
    return text, [], "synthetic/shell-history"


@tpl("neg-keyword", "held")
def hnk_scp_P(c):
    text = S("""$ scp -P 2222 -o IdentitiesOnly=yes report-«d».tar.gz «u»@«h»:/incoming/
report-«d».tar.gz                          100%   «mb»MB  «sp».«x»MB/s   00:0«s»""", d="%d%02d%02d" % (c.year, c.ri(1, 12), c.ri(1, 28)), u=c.user(),
             h=c.fqdn("sftp"), mb=c.ri(10, 900), sp=c.ri(10, 90), x=c.ri(0, 9), s=c.ri(1, 9))
    return text, [], "synthetic/shell-history"


@tpl("neg-keyword", "held")
def hnk_redis_env(c):
    text = S("""      containers:
        - name: redis-exporter
          image: oliver006/redis_exporter:v1.58.0
          args: ["--redis.addr=redis://redis:6379"]
          command: ["sh", "-c", "redis-cli -a \\"$REDIS_PASSWORD\\" ping && exec /redis_exporter"]""")
    return text, [], "synthetic/k8s"


@tpl("neg-keyword", "held")
def hnk_cert_manager(c):
    text = S("""apiVersion: cert-manager.io/v1
kind: ClusterIssuer
metadata:
  name: acme-dns
spec:
  acme:
    privateKeySecretRef:
      name: acme-account-key
    solvers:
      - dns01:
          rfc2136:
            nameserver: ns1.«d»
            tsigKeyName: acme-update
            tsigSecretSecretRef:
              name: tsig-secret
              key: tsig-secret-key""", d=c.dom())
    return text, [], "synthetic/k8s"


@tpl("neg-keyword", "held")
def hnk_pam_failure(c):
    ip = c.ip_pub()
    text = S("""«t» «h» sshd[«p»]: pam_unix(sshd:auth): authentication failure; logname= uid=0 euid=0 tty=ssh ruser= rhost=«ip»  user=root
«t» «h» sshd[«p»]: Failed password for root from «ip» port «pt» ssh2
«t» «h» sshd[«p»]: error: maximum authentication attempts exceeded for root from «ip» port «pt» ssh2 [preauth]""",
             t=c.sts(), h=c.host("vpn"), p=c.ri(1000, 60000), ip=ip, pt=c.ri(1024, 65000))
    return text, [("IPV4", ip)] * 3, "synthetic/syslog"


@tpl("neg-keyword", "held")
def hnk_reset_ttl(c):
    text = S("""auth:
  password_reset_token_ttl: 3600
  session_token_length: 32
  api_key_header: X-Api-Key
  bcrypt_cost: 12
  jwt_signing_alg: RS256""")
    return text, [], "synthetic/config-yaml"


@tpl("neg-keyword", "held")
def hnk_llm_usage(c):
    text = jd({"id": "chatcmpl-" + c.rs(24), "object": "chat.completion", "model": "gpt-4o-mini",
               "usage": {"prompt_tokens": c.ri(100, 4000), "completion_tokens": c.ri(10, 900), "total_tokens": c.ri(4000, 5000)},
               "system_fingerprint": "fp_" + c.hexs(10)})
    return text, [], "synthetic/app-json"


@tpl("neg-keyword", "held")
def hnk_vault_policy(c):
    text = S("""path "secret/data/«ns»/*" {
  capabilities = ["read", "list"]
}
path "auth/token/renew-self" {
  capabilities = ["update"]
}
path "auth/approle/role/«ns»/secret-id" {
  capabilities = ["create", "update"]
}""", ns=c.ns())
    return text, [], "synthetic/config-hcl"


# ===========================================================================
# Negatives: version strings, OIDs, build numbers (not IP addresses)
# ===========================================================================
@tpl("neg-version", "dev")
def nv_pip_freeze(c):
    text = S("""$ pip freeze | head -8
certifi==2024.2.2
cryptography==42.0.5
grpcio-tools==1.62.1
nvidia-cudnn-cu12==8.9.2.26
nvidia-cublas-cu12==12.1.3.1
pywin32-ctypes==0.2.2
torch==2.1.0.post1
tzdata==2024.1""")
    return text, [], "synthetic/shell-history"


@tpl("neg-version", "dev")
def nv_requirements(c):
    text = S("""# requirements.txt
protobuf==3.20.3
nvidia-nccl-cu12==2.18.1
nvidia-cuda-runtime-cu12==12.1.105
onnxruntime-gpu==1.17.1
triton==2.1.0
mkl==2024.0.0
pyodbc==5.1.0
opencv-python==4.9.0.80""")
    return text, [], "synthetic/config-requirements"


@tpl("neg-version", "dev")
def nv_java_version(c):
    text = S("""$ java -version
openjdk version "1.8.0_292"
OpenJDK Runtime Environment (AdoptOpenJDK)(build 1.8.0_292-b10)
OpenJDK 64-Bit Server VM (AdoptOpenJDK)(build 25.292-b10, mixed mode)
$ rpm -q java-1.8.0-openjdk
java-1.8.0-openjdk-1.8.0.292.b10-1.el7_9.x86_64""")
    return text, [], "synthetic/shell-history"


@tpl("neg-version", "dev")
def nv_certutil_oid(c):
    text = S("""X509v3 extensions:
    X509v3 Certificate Policies:
        Policy: 1.3.6.1.4.1.311.21.8.«a».«b».«cc».«d».«e».«f»
        Policy: 2.23.140.1.2.2
    1.3.6.1.4.1.311.21.10:
        0.0..+.......
    Extended Key Usage: TLS Web Server Authentication (1.3.6.1.5.5.7.3.1)""",
             a=c.ri(1000000, 9999999), b=c.ri(1000000, 9999999), cc=c.ri(100000, 999999), d=c.ri(100000, 999999), e=c.ri(1, 254), f=c.ri(1, 254))
    return text, [], "synthetic/tls"


@tpl("neg-version", "dev")
def nv_snmpwalk(c):
    ip = c.ip_priv()
    text = S("""$ snmpwalk -v2c -c public «ip» 1.3.6.1.2.1.1
SNMPv2-MIB::sysDescr.0 = STRING: Cisco IOS Software, C2960X Software (C2960X-UNIVERSALK9-M), Version 15.2(7)E9
SNMPv2-MIB::sysObjectID.0 = OID: SNMPv2-SMI::enterprises.9.1.1208
DISMAN-EVENT-MIB::sysUpTimeInstance = Timeticks: («tt») «dd» days, 3:12:44.17
iso.3.6.1.2.1.1.9.1.2.1 = OID: iso.3.6.1.6.3.11.3.1.1""", ip=ip, tt=c.ri(10 ** 8, 10 ** 9), dd=c.ri(10, 400))
    return text, [("IPV4", ip)], "synthetic/network"


@tpl("neg-version", "dev")
def nv_windows_build(c):
    text = S("""OS Name:                   Microsoft Windows Server 2022 Datacenter
OS Version:                10.0.20348 N/A Build 20348
OS Build:                  10.0.20348.2340
BIOS Version:              Amazon EC2 1.0, 10/16/2017
Hotfix(s):                 3 Hotfix(s) Installed.
                           [01]: KB5034439""")
    return text, [], "synthetic/windows"


@tpl("neg-version", "dev")
def nv_user_agent(c):
    ip = c.ip_pub()
    text = S("""«ip» - - [«t»] "GET /static/app.«h».js HTTP/1.1" 200 «sz» "-" "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.6312.122 Safari/537.36 Edg/123.0.2420.97\"""",
             ip=ip, t=c.clf(), h=c.hexs(8), sz=c.ri(10000, 900000))
    return text, [("IPV4", ip)], "synthetic/nginx-access"


@tpl("neg-version", "dev")
def nv_nvidia(c):
    text = S("""+---------------------------------------------------------------------------------------+
| NVIDIA-SMI 535.161.08             Driver Version: 535.161.08   CUDA Version: 12.2     |
|-----------------------------------------+----------------------+----------------------+
|   0  NVIDIA A10G                    On  | 00000000:00:1E.0 Off |                    0 |
|  0%   31C    P0              59W / 300W |   «m»MiB / 23028MiB |      «u»%      Default |""", m=c.ri(1000, 20000), u=c.ri(0, 99))
    return text, [], "synthetic/shell-history"


@tpl("neg-version", "dev")
def nv_dotnet(c):
    text = S("""$ dotnet --list-runtimes
Microsoft.AspNetCore.App 6.0.27 [/usr/share/dotnet/shared/Microsoft.AspNetCore.App]
Microsoft.NETCore.App 6.0.27 [/usr/share/dotnet/shared/Microsoft.NETCore.App]
Microsoft.NETCore.App 8.0.3 [/usr/share/dotnet/shared/Microsoft.NETCore.App]
$ grep AssemblyFileVersion src/Orders/Properties/AssemblyInfo.cs
[assembly: AssemblyFileVersion("4.12.0.1187")]""")
    return text, [], "synthetic/shell-history"


@tpl("neg-version", "dev")
def nv_gradle(c):
    text = S("""------------------------------------------------------------
Gradle 8.6
------------------------------------------------------------
Build time:   2024-02-02 16:47:16 UTC
Kotlin:       1.9.20
Groovy:       3.0.17
JVM:          17.0.10 (Eclipse Adoptium 17.0.10+7)
OS:           Linux 6.5.0-1016-aws amd64
versionName "4.12.0.1187" versionCode 412001187""")
    return text, [], "synthetic/ci-log"


@tpl("neg-version", "dev")
def nv_kernel_pkgs(c):
    text = S("""$ apt list --upgradable 2>/dev/null | head -4
linux-image-aws/jammy-updates 6.5.0.1016.16~22.04.1 amd64 [upgradable from: 6.5.0.1014.14~22.04.1]
openssl/jammy-updates 3.0.2-0ubuntu1.15 amd64 [upgradable from: 3.0.2-0ubuntu1.14]
libnvidia-compute-535/jammy-updates 535.161.07-0ubuntu0.22.04.1 amd64""")
    return text, [], "synthetic/shell-history"


@tpl("neg-version", "held")
def hnv_dpkg(c):
    text = S("""$ dpkg -l | grep -E 'openssl|libc6 |git |vim-'
ii  git             1:2.39.2-1.1         amd64  fast, scalable, distributed revision control system
ii  libc6:amd64     2.36-9+deb12u4       amd64  GNU C Library: Shared libraries
ii  openssl         3.0.11-1~deb12u2     amd64  Secure Sockets Layer toolkit
ii  vim-common      2:9.0.1378-2         all    Vi IMproved - Common files
ii  linux-image-6.1.0-18-amd64  6.1.76-1  amd64  Linux 6.1 for 64-bit PCs (signed)""")
    return text, [], "synthetic/shell-history"


@tpl("neg-version", "held")
def hnv_rpm(c):
    text = S("""# rpm -qa | grep -E '^(kernel|java|nss)' | sort
java-11-openjdk-headless-11.0.22.0.7-2.el9.x86_64
java-17-openjdk-17.0.10.0.7-2.el9.x86_64
kernel-5.14.0-362.8.1.el9_3.x86_64
kernel-5.14.0-362.24.1.el9_3.x86_64
nss-3.90.0-6.el9_3.x86_64""")
    return text, [], "synthetic/shell-history"


@tpl("neg-version", "held")
def hnv_conda(c):
    text = S("""# packages in environment at /opt/conda/envs/train:
#
# Name                    Version                   Build  Channel
cudatoolkit               11.8.0              h4ba93d1_13    conda-forge
libblas                   3.9.0            21_linux64_mkl    conda-forge
pytorch                   2.2.1           py3.11_cuda11.8_cudnn8.7.0_0    pytorch
tensorrt                  8.6.1.6                  pypi_0    pypi
xgboost                   2.0.3.1                  pypi_0    pypi""")
    return text, [], "synthetic/shell-history"


@tpl("neg-version", "held")
def hnv_dotnet_ref(c):
    text = S("""System.IO.FileNotFoundException: Could not load file or assembly 'Newtonsoft.Json, Version=13.0.0.0, Culture=neutral, PublicKeyToken=30ad4fe6b2a6aeed' or one of its dependencies. The system cannot find the file specified.
File name: 'Newtonsoft.Json, Version=13.0.0.0, Culture=neutral, PublicKeyToken=30ad4fe6b2a6aeed'
   at Claims.Worker.Program.Main(String[] args)
=== Pre-bind state information ===
LOG: DisplayName = System.Net.Http, Version=4.2.0.0, Culture=neutral
LOG: Appbase = file:///C:/Services/Claims.Worker/""")
    return text, [], "synthetic/dotnet-exception"


@tpl("neg-version", "held")
def hnv_ldap_schema(c):
    text = S("""attributetype ( 1.3.6.1.4.1.«pen».1.1.3 NAME 'employeeBadgeId'
    DESC 'Badge number issued by facilities'
    EQUALITY caseIgnoreMatch
    SYNTAX 1.3.6.1.4.1.1466.115.121.1.15{64}
    SINGLE-VALUE )
objectclass ( 1.3.6.1.4.1.«pen».1.2.1 NAME 'facilitiesPerson' SUP inetOrgPerson AUXILIARY
    MAY ( employeeBadgeId ) )""", pen=c.ri(10000, 60000))
    return text, [], "synthetic/config-ldap"


@tpl("neg-version", "held")
def hnv_snmp_trap(c):
    ip = c.ip_priv()
    text = S("""«ts» «nms» snmptrapd[«p»]: «h» [UDP: [«ip»]:«pt»->[«ip2»]:162]: DISMAN-EVENT-MIB::sysUpTimeInstance = Timeticks: («tt») 12 days, 4:02:33.19	SNMPv2-MIB::snmpTrapOID.0 = OID: IF-MIB::linkDown	IF-MIB::ifIndex.10101 = INTEGER: 10101	.1.3.6.1.2.1.2.2.1.7.10101 = INTEGER: up(1)	.1.3.6.1.4.1.9.2.2.1.1.20.10101 = STRING: "administratively down\"""",
             ts=c.sts(), nms=c.host("nms"), p=c.ri(100, 9000), h=c.host("sw"), ip=ip, pt=c.ri(1024, 65000), ip2=(ip2 := c.ip_priv()), tt=c.ri(10 ** 7, 10 ** 8))
    return text, [("IPV4", ip), ("IPV4", ip2)], "synthetic/syslog"


@tpl("neg-version", "held")
def hnv_esxi(c):
    text = S("""[root@esx-«n»:~] vmware -vl
VMware ESXi 8.0.2 build-23305546
VMware ESXi 8.0 Update 2
[root@esx-«n»:~] esxcli software vib list | grep -i nvme
nvme-pcie                      1.2.4.11-1vmw.802.0.0.22380479        VMW     VMwareCertified   «d»
vmkusb                         0.1-16vmw.802.0.0.22380479            VMW     VMwareCertified   «d»""", n=c.ri(1, 20), d="%d-%02d-%02d" % (c.year - 1, c.ri(1, 12), c.ri(1, 28)))
    return text, [], "synthetic/shell-history"


@tpl("neg-version", "held")
def hnv_firefox_ua(c):
    text = jd({"ts": c.ts(), "evt": "page_view", "ua": "Mozilla/5.0 (Macintosh; Intel Mac OS X 10.15; rv:124.0) Gecko/20100101 Firefox/124.0",
               "client_version": "web-7.14.2.5012", "os_build": "23.4.0.0", "sdk": "analytics-js 3.12.1.4"})
    return text, [], "synthetic/app-json"


@tpl("neg-version", "held")
def hnv_oracle_sqlserver(c):
    text = S("""SQL> select banner_full from v$version;
Oracle Database 19c Enterprise Edition Release 19.0.0.0.0 - Production
Version 19.22.0.0.0

1> SELECT SERVERPROPERTY('ProductVersion'), SERVERPROPERTY('ProductUpdateLevel');
2> GO
15.0.4355.3                    CU25""")
    return text, [], "synthetic/sql"


@tpl("neg-version", "held")
def hnv_rfc_sections(c):
    text = S("""Per RFC 5280 section 4.2.1.3 (Key Usage) and 4.2.1.12 (Extended Key Usage), the
client certificate must carry id-kp-clientAuth (1.3.6.1.5.5.7.3.2). See also
CA/Browser Forum BR 7.1.2.3 and policy OID 2.23.140.1.2.1 (domain validated).""")
    return text, [], "synthetic/doc"


@tpl("neg-version", "held")
def hnv_chrome_policy(c):
    text = S("""$ google-chrome --version
Google Chrome 124.0.6367.91
$ cat /opt/google/chrome/MEIPreload/manifest.json | jq -r .version
1.0.7.1716575315
$ ls ~/.cache/ms-playwright
chromium-1112  ffmpeg-1009  firefox-1447  webkit-2003""")
    return text, [], "synthetic/shell-history"


# ===========================================================================
# Negatives: identifiers, hashes, digests
# ===========================================================================
@tpl("neg-ids", "dev")
def ni_uuid_log(c):
    text = S("""«ts» INFO  request_id=«r1» tenant_id=«t» user_id=«u» route=GET /v1/invoices/«inv» status=200 duration_ms=«ms»""",
             ts=c.ts(), r1=c.uuid(), t=c.uuid(), u=c.uuid(), inv=c.uuid(), ms=c.ri(3, 900))
    return text, [], "synthetic/app-log"


@tpl("neg-ids", "dev")
def ni_git_log(c):
    p = c.person()
    mail = c.email(p)
    text = S("""$ git log --oneline -4 && git rev-parse HEAD
«s1» (HEAD -> main, origin/main) fix(orders): retry on 409
«s2» chore(deps): bump grpcio to 1.62.1
«s3» feat: add shipment webhook signature check
«s4» Merge pull request #«pr» from «br»
«full»
$ git log -1 --format='%an <%ae>'
«p» <«mail»>""", s1=c.hexs(7), s2=c.hexs(7), s3=c.hexs(7), s4=c.hexs(7), pr=c.ri(100, 3000), br="feature/%s" % c.lword(), full=c.hexs(40), p=p, mail=mail)
    return text, [("PERSON", p), ("EMAIL", mail)], "synthetic/git-log"


@tpl("neg-ids", "dev")
def ni_docker_ps(c):
    rows = []
    reg = c.fqdn("registry")
    for app in c.r.sample(c.P["repos"], 3):
        up = c.ri(1, 30)
        rows.append("%s   %s/%s:%s   \"/entrypoint.sh\"   %d hours ago   Up %d hours   %s-%d" % (
            c.hexs(12), reg, app, c.ver(), up + c.ri(0, 5), up, app, c.ri(1, 3)))
    text = "$ docker ps\nCONTAINER ID   IMAGE   COMMAND   CREATED   STATUS   NAMES\n" + "\n".join(rows)
    return text, [], "synthetic/docker"


@tpl("neg-ids", "dev")
def ni_docker_pull(c):
    r = c.fqdn("registry")
    app = c.repo()
    v = c.ver()
    text = S("""$ docker pull «r»/«app»:«v»
«v»: Pulling from «app»
«l1»: Already exists
«l2»: Pull complete
Digest: sha256:«d»
Status: Downloaded newer image for «r»/«app»:«v»""", r=r, app=app, v=v, l1=c.hexs(12), l2=c.hexs(12), d=c.hexs(64))
    return text, [], "synthetic/docker"


@tpl("neg-ids", "dev")
def ni_k8s_meta(c):
    text = S("""metadata:
  creationTimestamp: "«ts»"
  generation: «g»
  name: «app»
  namespace: «ns»
  resourceVersion: "«rv»"
  uid: «uid»
  ownerReferences:
  - apiVersion: apps/v1
    kind: ReplicaSet
    name: «app»-«rs»
    uid: «uid2»""", ts=c.ts(frac=0), g=c.ri(1, 90), app=c.repo(), ns=c.ns(), rv=c.ri(10 ** 7, 10 ** 9), uid=c.uuid(),
             rs=c.rs(10, string.ascii_lowercase + string.digits), uid2=c.uuid())
    return text, [], "synthetic/k8s"


@tpl("neg-ids", "dev")
def ni_sha256sum(c):
    text = S("""$ sha256sum dist/*
«a»  dist/«app»-«v»-linux-amd64.tar.gz
«b»  dist/«app»-«v»-darwin-arm64.tar.gz
$ cosign verify-blob --key cosign.pub --signature dist/«app».sig dist/«app»-«v»-linux-amd64.tar.gz
Verified OK""", a=c.hexs(64), b=c.hexs(64), app=c.repo(), v=c.ver())
    return text, [], "synthetic/shell-history"


@tpl("neg-ids", "dev")
def ni_otel_span(c):
    text = jd({"name": "HTTP GET", "context": {"trace_id": "0x" + c.hexs(32), "span_id": "0x" + c.hexs(16)},
               "parent_id": "0x" + c.hexs(16), "start_time": c.ts(frac=6), "attributes": {"http.status_code": 200, "http.route": "/v1/orders/{id}",
                                                                                           "messaging.message.id": c.uuid()}})
    return text, [], "synthetic/otel"


@tpl("neg-ids", "dev")
def ni_s3_headers(c):
    text = S("""< HTTP/1.1 200 OK
< x-amz-id-2: «id2»
< x-amz-request-id: «rid»
< x-amz-version-id: «vid»
< ETag: "«etag»"
< x-amz-server-side-encryption: aws:kms""", id2=c.b64(56), rid=c.rs(16, UPPERDIG), vid=c.rs(32, ALNUM + "._"), etag=c.hexs(32))
    return text, [], "synthetic/http-dump"


@tpl("neg-ids", "dev")
def ni_terraform_state(c):
    text = S("""{
  "version": 4,
  "terraform_version": "1.7.«p»",
  "serial": «s»,
  "lineage": "«l»",
  "outputs": {
    "vpc_id": { "value": "vpc-«v»", "type": "string" },
    "kms_key_arn": { "value": "arn:aws:kms:eu-west-1:«acct»:key/«k»", "type": "string" }
  }
}""", p=c.ri(0, 5), s=c.ri(10, 900), l=c.uuid(), v=c.hexs(17), acct=c.digits(12), k=c.uuid())
    return text, [], "synthetic/terraform"


@tpl("neg-ids", "dev")
def ni_ssh_fingerprint(c):
    text = S("""$ ssh-keygen -lf ~/.ssh/id_ed25519.pub
256 SHA256:«fp» «u»@«h» (ED25519)
$ ssh-keygen -E md5 -lf /etc/ssh/ssh_host_rsa_key.pub
3072 MD5:«md5» root@«h» (RSA)""", fp=c.b64(32, pad=False), u=c.user(), h=c.host(),
             md5=":".join(c.hexs(2) for _ in range(16)))
    return text, [], "synthetic/shell-history"


@tpl("neg-ids", "dev")
def ni_stripe_obj_ids(c):
    text = S("""«ts» INFO webhook received type=invoice.paid id=evt_«e» invoice=in_«i» customer=cus_«cu» subscription=sub_«s» livemode=true""",
             ts=c.ts(), e=c.rs(24), i=c.rs(24), cu=c.rs(14), s=c.rs(24))
    return text, [], "synthetic/app-log"


@tpl("neg-ids", "held")
def hni_ulid(c):
    cb = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
    text = S("""«ts» level=INFO msg="job enqueued" job_id=01«a» queue=claims-ocr attempt=1 correlation=01«b» parent=01«cc»""",
             ts=c.ts(), a=c.rs(24, cb), b=c.rs(24, cb), cc=c.rs(24, cb))
    return text, [], "synthetic/app-log/logfmt"


@tpl("neg-ids", "held")
def hni_traceparent(c):
    text = S("""GET /api/claims/«cid» HTTP/1.1
Host: gateway.«d»
traceparent: 00-«t»-«s»-01
tracestate: rojo=00f067aa0ba902b7,congo=t61rcWkgMzE
X-Correlation-ID: «corr»""", cid=c.ri(1000, 99999), d=c.dom(), t=c.hexs(32), s=c.hexs(16), corr=c.uuid())
    return text, [], "synthetic/http-dump"


@tpl("neg-ids", "held")
def hni_etag(c):
    text = S("""HTTP/2 304
etag: W/"«e»"
last-modified: «dt»
cache-control: public, max-age=31536000, immutable
x-cache: Hit from cloudfront
x-amz-cf-id: «cf»""", e=c.hexs(8) + "-" + c.b64(20, url=True, pad=False),
             dt="Mon, %02d %s %d %s:%02d GMT" % (c.ri(1, 28), c.ch(MONTHS), c.year, c.hm(), c.ri(0, 59)), cf=c.b64(42, url=True))
    return text, [], "synthetic/http-dump"


@tpl("neg-ids", "held")
def hni_nomad(c):
    rows = ["%s  %s  %s  %d        run      running  %dh%dm ago" % (c.hexs(8), c.hexs(8), c.repo(), c.ri(0, 20), c.ri(1, 30), c.ri(0, 59)) for _ in range(3)]
    text = "$ nomad job status %s | tail -4\nID        Node ID   Task Group  Version  Desired  Status   Created\n%s" % (c.repo(), "\n".join(rows))
    return text, [], "synthetic/nomad"


@tpl("neg-ids", "held")
def hni_image_digest(c):
    text = S("""    spec:
      containers:
        - name: «app»
          image: ghcr.io/«org»/«app»@sha256:«d»
          imagePullPolicy: IfNotPresent
      initContainers:
        - name: migrate
          image: «r»/«app»-migrate:«v»@sha256:«d2»""", app=c.repo(), org=c.dom().split(".")[0], d=c.hexs(64), r=c.fqdn("harbor"), v=c.ver(), d2=c.hexs(64))
    return text, [], "synthetic/k8s"


@tpl("neg-ids", "held")
def hni_git_diff(c):
    text = S("""diff --git a/charts/«app»/values.yaml b/charts/«app»/values.yaml
index «a»..«b» 100644
--- a/charts/«app»/values.yaml
+++ b/charts/«app»/values.yaml
@@ -12,7 +12,7 @@ image:
-  tag: "«v1»"
+  tag: "«v2»"
-  digest: sha256:«d1»
+  digest: sha256:«d2»""", app=c.repo(), a=c.hexs(10), b=c.hexs(10), v1=c.ver(), v2=c.ver(), d1=c.hexs(64), d2=c.hexs(64))
    return text, [], "synthetic/git-diff"


@tpl("neg-ids", "held")
def hni_md5sum(c):
    text = S("""$ md5sum backups/*.dump
«a»  backups/claims-«d».dump
«b»  backups/portal-«d».dump
$ b2sum --length 256 backups/claims-«d».dump
«bb»  backups/claims-«d».dump""", a=c.hexs(32), b=c.hexs(32), d="%d%02d%02d" % (c.year, c.ri(1, 12), c.ri(1, 28)), bb=c.hexs(64))
    return text, [], "synthetic/shell-history"


@tpl("neg-ids", "held")
def hni_gpg(c):
    p = c.person()
    mail = c.email(p)
    text = S("""$ gpg --list-secret-keys --keyid-format LONG
sec   ed25519/«k1» «d» [SC] [expires: «d2»]
      «fpr»
uid                 [ultimate] «p» (release signing) <«mail»>
ssb   cv25519/«k2» «d» [E]""", k1=c.hexs(16).upper(), d="%d-%02d-%02d" % (c.year - 1, c.ri(1, 12), c.ri(1, 28)),
             d2="%d-%02d-%02d" % (c.year + 2, c.ri(1, 12), c.ri(1, 28)), fpr=c.hexs(40).upper(), p=p, mail=mail, k2=c.hexs(16).upper())
    return text, [("PERSON", p), ("EMAIL", mail)], "synthetic/shell-history"


@tpl("neg-ids", "held")
def hni_azure_ids(c):
    ns = c.ns()
    text = json.dumps({"id": "/subscriptions/%s/resourceGroups/rg-%s/providers/Microsoft.KeyVault/vaults/kv-%s" % (c.uuid(), ns, ns),
                       "properties": {"tenantId": c.uuid(), "vaultUri": "https://kv-%s.vault.azure.net/" % ns,
                                      "accessPolicies": [{"objectId": c.uuid(), "permissions": {"secrets": ["get", "list"]}}]},
                       "etag": "\"%s-0000-0d00-0000-%s0000\"" % (c.hexs(8), c.hexs(8))}, indent=2)
    return text, [], "synthetic/azure"


@tpl("neg-ids", "held")
def hni_cert_serial(c):
    text = S("""$ openssl x509 -in tls.crt -noout -serial -fingerprint -sha256 -ext subjectKeyIdentifier
serial=«s»
sha256 Fingerprint=«fp»
X509v3 Subject Key Identifier:
    «ski»""", s=c.hexs(32).upper(), fp=":".join(c.hexs(2).upper() for _ in range(32)), ski=":".join(c.hexs(2).upper() for _ in range(20)))
    return text, [], "synthetic/tls"


@tpl("neg-ids", "held")
def hni_sentry_dsn(c):
    text = S("""SENTRY_DSN=https://«k»@o«o».ingest.sentry.io/«pid»
SENTRY_RELEASE=«app»@«v»
SENTRY_TRACES_SAMPLE_RATE=0.05""", k=c.hexs(32), o=c.ri(100000, 999999), pid=c.ri(1000000, 9999999), app=c.repo(), v=c.ver())
    return text, [], "synthetic/config-env"


# ===========================================================================
# Negatives: placeholders, masks, template references, documented defaults
# ===========================================================================
@tpl("neg-placeholder", "dev")
def np_your_token(c):
    text = S("""## Quick start

```bash
export «V»_API_TOKEN=<your-token>
curl -H "Authorization: Bearer $«V»_API_TOKEN" https://api.«d»/v1/ping
```""", V=c.dom().split(".")[0].upper().replace("-", "_"), d=c.dom())
    return text, [], "synthetic/markdown"


@tpl("neg-placeholder", "dev")
def np_xxxx(c):
    text = S("""# .env.example -- copy to .env and fill in
DB_HOST=localhost
DB_USER=app
DB_PASSWORD=xxxxxxxx
STRIPE_SECRET_KEY=sk_live_xxxxxxxxxxxxxxxxxxxxxxxx
AWS_ACCESS_KEY_ID=AKIAXXXXXXXXXXXXXXXX""")
    return text, [], "synthetic/config-env"


@tpl("neg-placeholder", "dev")
def np_stars(c):
    ip = c.ip_priv()
    text = S("""«ts» INFO  DataSourceFactory - opening pool: Server=«ip»;Database=Orders;User Id=orders_app;Password=********;Max Pool Size=50""",
             ts=c.ts(sep=" ", tz=""), ip=ip)
    return text, [("IPV4", ip)], "synthetic/app-log"


@tpl("neg-placeholder", "dev")
def np_dollar_secret(c):
    text = S("""spring:
  datasource:
    url: jdbc:postgresql://${DB_HOST:localhost}:5432/orders
    username: ${DB_USER}
    password: ${DB_PASSWORD}
  security:
    oauth2.client.registration.sso.client-secret: ${SSO_CLIENT_SECRET}""")
    return text, [], "synthetic/config-yaml"


@tpl("neg-placeholder", "dev")
def np_helm_values(c):
    text = S("""apiVersion: v1
kind: Secret
metadata:
  name: {{ include "«app».fullname" . }}-db
type: Opaque
stringData:
  password: {{ .Values.password | quote }}
  apiToken: {{ required "apiToken is required" .Values.apiToken }}""", app=c.repo())
    return text, [], "synthetic/helm-template"


@tpl("neg-placeholder", "dev")
def np_redacted(c):
    p = c.person()
    mail = c.email(p)
    text = jd({"ts": c.ts(), "level": "info", "msg": "user login", "user": mail, "password": "REDACTED", "api_key": "[REDACTED]", "mfa": True})
    return text, [("EMAIL", mail)], "synthetic/app-json"


@tpl("neg-placeholder", "dev")
def np_docs_changeme(c):
    text = S("""### Default credentials

After installation the admin UI listens on port 8443. The initial user is `admin` and
the default password is `changeme`; you will be asked to change it on first login.
Set `ADMIN_PASSWORD` before the first start to skip this step.""")
    return text, [], "synthetic/markdown"


@tpl("neg-placeholder", "dev")
def np_angle_change_me(c):
    text = S("""# values.yaml
postgresql:
  auth:
    username: orders
    password: "<change-me>"
    existingSecret: ""
redis:
  password: "<REDIS_PASSWORD>\"""")
    return text, [], "synthetic/config-yaml"


@tpl("neg-placeholder", "dev")
def np_required_var(c):
    text = S("""#!/bin/sh
: "${DB_PASSWORD:?DB_PASSWORD is required}"
: "${API_KEY:=}"
exec /app/server --db-password "$DB_PASSWORD" --api-key "${API_KEY}\"""")
    return text, [], "synthetic/shell-script"


@tpl("neg-placeholder", "dev")
def np_bearer_var(c):
    text = S("""$ TOKEN=$(gcloud auth print-access-token)
$ curl -s -H "Authorization: Bearer ${TOKEN}" "https://monitoring.googleapis.com/v3/projects/«p»/timeSeries?filter=..." | jq '.timeSeries | length'
«n»""", p=c.repo(), n=c.ri(0, 90))
    return text, [], "synthetic/shell-history"


@tpl("neg-placeholder", "dev")
def np_masked_dsn(c):
    h = c.fqdn("db")
    text = S("""«ts» INFO alembic.runtime.migration Context impl PostgresqlImpl.
«ts» INFO app.db connected to postgresql://orders:****@«h»:5432/orders (pool_size=10)""", ts=c.ts(sep=" ", tz="").replace(".", ","), h=h)
    return text, [], "synthetic/python-log"


@tpl("neg-placeholder", "dev")
def np_ghp_placeholder(c):
    text = S("""# ~/.config/«app»/config.toml (template)
[github]
token = "ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
[slack]
bot_token = "xoxb-your-token-here\"""", app=c.repo())
    return text, [], "synthetic/config-toml"


@tpl("neg-placeholder", "dev")
def np_gha_secrets(c):
    text = S("""      - name: Configure AWS credentials
        uses: aws-actions/configure-aws-credentials@v4
        with:
          aws-access-key-id: ${{ secrets.AWS_ACCESS_KEY_ID }}
          aws-secret-access-key: ${{ secrets.AWS_SECRET_ACCESS_KEY }}
          aws-region: eu-central-1""")
    return text, [], "synthetic/ci-config"


@tpl("neg-placeholder", "held")
def hnp_rails_filtered(c):
    ip = c.ip_pub()
    text = S("""Started POST "/users/sign_in" for «ip» at «ts»
Processing by Users::SessionsController#create as HTML
  Parameters: {"authenticity_token"=>"[FILTERED]", "user"=>{"login"=>"[FILTERED]", "password"=>"[FILTERED]", "remember_me"=>"0"}, "commit"=>"Sign in"}
Completed 302 Found in «ms»ms""", ip=ip, ts=c.ts(sep=" ", frac=0, tz=" +0000"), ms=c.ri(30, 400))
    return text, [("IPV4", ip)], "synthetic/rails-log"


@tpl("neg-placeholder", "held")
def hnp_gha_masked(c):
    t = c.ts(frac=7)
    text = S("""«t» Run ./scripts/publish.sh
«t»   ./scripts/publish.sh
«t»   env:
«t»     NPM_TOKEN: ***
«t»     PYPI_PASSWORD: ***
«t» npm notice Publishing to https://registry.npmjs.org/ with tag latest""", t=t)
    return text, [], "synthetic/ci-log/github-actions"


@tpl("neg-placeholder", "held")
def hnp_python_interp(c):
    text = S("""[app:main]
use = egg:claims
sqlalchemy.url = postgresql://%(DB_USER)s:%(DB_PASSWORD)s@%(DB_HOST)s/claims
smtp_password = %(SMTP_PASSWORD)s
session.secret = %(SESSION_SECRET)s""")
    return text, [], "synthetic/config-ini"


@tpl("neg-placeholder", "held")
def hnp_cmd_subst(c):
    text = S("""$ kubectl create secret generic «app»-db \\
    --from-literal=username=«app» \\
    --from-literal=password="$(openssl rand -base64 24)" \\
    --dry-run=client -o yaml | kubeseal -o yaml > sealed-db.yaml""", app=c.repo())
    return text, [], "synthetic/shell-history"


@tpl("neg-placeholder", "held")
def hnp_ansible_vars(c):
    text = S("""- name: configure replication user
  community.postgresql.postgresql_user:
    name: replicator
    password: "{{ vault_replicator_password }}"
    role_attr_flags: REPLICATION
  no_log: true""")
    return text, [], "synthetic/ansible"


@tpl("neg-placeholder", "held")
def hnp_tf_sensitive(c):
    text = S("""  # aws_db_instance.claims will be updated in-place
  ~ resource "aws_db_instance" "claims" {
        id                = "claims-prod"
      ~ password          = (sensitive value)
      ~ instance_class    = "db.r6g.large" -> "db.r6g.xlarge"
        # (41 unchanged attributes hidden)
    }""")
    return text, [], "synthetic/terraform"


@tpl("neg-placeholder", "held")
def hnp_docs_admin_admin(c):
    text = S("""NOTE: The appliance ships with the default login admin / admin. The web UI forces a
password change on first sign-in; until then only the setup wizard is reachable.""")
    return text, [], "synthetic/doc"


@tpl("neg-placeholder", "held")
def hnp_your_api_key(c):
    text = S("""import requests

API_KEY = "YOUR_API_KEY_HERE"  # get one at https://portal.«d»/keys
resp = requests.get("https://api.«d»/v2/claims", headers={"X-Api-Key": API_KEY})""", d=c.dom())
    return text, [], "synthetic/python-source"


@tpl("neg-placeholder", "held")
def hnp_redacted_angle(c):
    ip = c.ip_priv()
    text = S("""«ts» [vault-agent] rendered template /etc/«app»/db.env (DB_HOST=«ip», DB_USER=«app», DB_PASSWORD=<redacted>)""", ts=c.ts(), app=c.repo(), ip=ip)
    return text, [("IPV4", ip)], "synthetic/app-log"


@tpl("neg-placeholder", "held")
def hnp_env_self_ref(c):
    text = S("""x-common-env: &common-env
  SECRET_KEY: ${SECRET_KEY}
  DATABASE_URL: postgres://claims:${POSTGRES_PASSWORD}@db:5432/claims
  REDIS_URL: redis://:${REDIS_PASSWORD}@redis:6379/0""")
    return text, [], "synthetic/config-yaml"


@tpl("neg-placeholder", "held")
def hnp_asterisks_cli(c):
    text = S("""$ aws configure list
      Name                    Value             Type    Location
      ----                    -----             ----    --------
   profile                  default           manual    --profile
access_key     ****************«a»         env
secret_key     ****************«b»         env
    region                eu-west-2      config-file    ~/.aws/config""", a=c.rs(4, UPPERDIG), b=c.rs(4, ALNUM))
    return text, [], "synthetic/shell-history"


@tpl("neg-placeholder", "held")
def hnp_dotted_placeholder(c):
    text = S("""# ~/.pgpass template (one line per server)
# hostname:port:database:username:password
db.example.internal:5432:claims:claims_app:<password>
*:*:*:replicator:...""")
    return text, [], "synthetic/config-pgpass"


@tpl("neg-placeholder", "held")
def hnp_masked_token_ui(c):
    text = S("""$ gh auth status
github.com
  ✓ Logged in to github.com account «u» (keyring)
  - Active account: true
  - Git operations protocol: https
  - Token: gho_************************************
  - Token scopes: 'gist', 'read:org', 'repo', 'workflow'""", u=c.user())
    return text, [], "synthetic/shell-history"


# ---- extra heldout negatives ------------------------------------------------
@tpl("neg-luhn", "held")
def hnl_flink(c):
    text = S("""«ts» INFO  org.apache.flink.runtime.checkpoint.CheckpointCoordinator [] - Completed checkpoint «cp» for job «job» («sz» bytes, checkpointDuration=«d» ms, finalizationTime=«f» ms).
«ts» INFO  metrics: claims-enricher.numRecordsIn=«ri» numRecordsOut=«ro» numBytesIn=«bi»""",
             ts=c.ts(sep=" ", tz="").replace(".", ","), cp=c.ri(1000, 99999), job=c.hexs(32), sz=c.ri(10 ** 6, 10 ** 9), d=c.ri(100, 9000),
             f=c.ri(0, 40), ri=L(c, "4"), ro=L(c, "4"), bi=L(c, "5"))
    return text, [], "synthetic/app-log/log4j"


@tpl("neg-ids", "held")
def hni_iam_unique(c):
    name, acct = "svc-" + c.repo(), c.digits(12)
    text = json.dumps({"User": {"Path": "/svc/", "UserName": name, "UserId": "AIDA" + c.rs(17, B32),
                                "Arn": "arn:aws:iam::%s:user/svc/%s" % (acct, name), "CreateDate": c.ts(frac=0, tz="+00:00"),
                                "PermissionsBoundary": {"PermissionsBoundaryType": "Policy",
                                                        "PermissionsBoundaryArn": "arn:aws:iam::%s:policy/boundary" % acct}}}, indent=4)
    return "$ aws iam get-user --user-name %s\n" % name + text, [], "synthetic/aws-cli"


@tpl("neg-version", "held")
def hnv_android_fp(c):
    text = S("""$ adb shell getprop | grep -E 'fingerprint|incremental|security_patch'
[ro.build.fingerprint]: [google/husky/husky:14/AP1A.240405.002.A1/11480754:user/release-keys]
[ro.build.version.incremental]: [11480754]
[ro.build.version.security_patch]: [2024-04-05]
[ro.vendor.build.fingerprint]: [google/husky/husky:14/AP1A.240405.002.A1/11480754:user/release-keys]
[persist.sys.gms.version]: [24.14.16.0]""")
    return text, [], "synthetic/android"


@tpl("neg-placeholder", "held")
def hnp_empty_values(c):
    text = S("""# generated by ./scripts/bootstrap-env.sh -- values intentionally left blank
CLAIMS_DB_HOST=
CLAIMS_DB_PASSWORD=
OIDC_CLIENT_SECRET=
SENTRY_AUTH_TOKEN=
FEATURE_FLAGS=ocr,triage""")
    return text, [], "synthetic/config-env"


@tpl("neg-keyword", "held")
def hnk_get_secrets(c):
    rows = ["%-28s %-36s %d      %dd" % (n, t, d, c.ri(1, 400)) for n, t, d in [
        ("%s-db" % c.repo(), "Opaque", 2), ("ingress-tls", "kubernetes.io/tls", 2),
        ("regcred", "kubernetes.io/dockerconfigjson", 1), ("%s-api-token" % c.repo(), "Opaque", 1)]]
    text = "$ kubectl -n %s get secrets\nNAME                         TYPE                                 DATA   AGE\n%s" % (c.ns(), "\n".join(rows))
    return text, [], "synthetic/k8s"


# ===========================================================================
# offsets, validation, output
# ===========================================================================
def locate(text, ents):
    """Entities (type, value[, anchor]) in text order -> [{type,start,end}] via str.find."""
    out, pos = [], 0
    for e in ents:
        typ, val = e[0], e[1]
        anchor = e[2] if len(e) > 2 else ""
        i = text.find(anchor + val, pos)
        if i < 0:
            raise ValueError("entity %r (anchor %r) not found after %d in:\n%s" % (val, anchor, pos, text))
        s = i + len(anchor)
        out.append({"type": typ, "start": s, "end": s + len(val)})
        pos = s + len(val)
    return out


RE_IPV4 = re.compile(r"(?<![\w.])(?:\d{1,3}\.){3}\d{1,3}(?![\w.]*\d)")
RE_EMAIL = re.compile(r"[A-Za-z0-9._%+-]+(?:@|%40)[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
RE_VENDOR = re.compile(r"AKIA[A-Z0-9]{16}|ASIA[A-Z2-7]{16}|gh[pousr]_[A-Za-z0-9]{36}|github_pat_\w{30,}|xox[bpa]-[\w-]{10,}"
                       r"|xapp-[\w-]{10,}|[sr]k_live_\w{10,}|AIza[\w-]{35}|glpat-[\w-]{20}|hvs\.\w{20,}|npm_\w{36}"
                       r"|-----BEGIN [A-Z ]*PRIVATE KEY-----|hooks\.slack\.com/services/T")
IP_OK = {"127.0.0.1", "0.0.0.0", "255.255.255.0", "255.255.255.255"}


def covered(spans, s, e):
    return any(a <= s and e <= b for a, b in spans)


def validate(rec, family):
    text, ents = rec["text"], rec["entities"]
    errs = []
    if len(text) > 1500:
        errs.append("text too long (%d)" % len(text))
    last_end = -1
    for en in sorted(ents, key=lambda x: x["start"]):
        t, s, e = en["type"], en["start"], en["end"]
        if t not in VOCAB:
            errs.append("bad type " + t)
        if not (0 <= s < e <= len(text)):
            errs.append("bad offsets %r" % en)
            continue
        v = text[s:e]
        if v != v.strip():
            errs.append("whitespace edge %r" % v)
        if s < last_end:
            errs.append("overlap at %d" % s)
        last_end = e
    spans = [(en["start"], en["end"]) for en in ents]
    # every occurrence of a labelled value must be covered by a label
    for en in ents:
        v = text[en["start"]:en["end"]]
        if len(v) < 4:
            continue
        i = text.find(v)
        while i >= 0:
            if not covered(spans, i, i + len(v)):
                errs.append("unlabelled repeat of %r at %d" % (v, i))
            i = text.find(v, i + 1)
    # unlabelled look-alikes that the vocabulary says must be labelled
    for m in RE_IPV4.finditer(text):
        if m.group() in IP_OK or any(int(o) > 255 for o in m.group().split(".")):
            continue
        if not covered(spans, m.start(), m.end()) and family != "neg-version":
            errs.append("unlabelled IPv4-looking %r" % m.group())
    for m in RE_EMAIL.finditer(text):
        g = m.group()
        if covered(spans, m.start(), m.end()) or any(a < m.end() and m.start() < b for a, b in spans):
            continue
        tail = g.split("@")[-1].split("%40")[-1]
        if tail in ("github.com", "gitlab.com") or "iam.gserviceaccount" in tail or tail.endswith(".googleusercontent.com"):
            continue
        # ssh/scp/rsync targets are user@host, not mailboxes (README)
        line_start = text.rfind("\n", 0, m.start()) + 1
        if re.search(r"\b(ssh|scp|rsync|sftp)\b", text[line_start:m.start()]):
            continue
        # userinfo/url contexts and package@version are not mailboxes
        if "://" in text[max(0, m.start() - 60):m.start() + 1] and ("://" + g.split("@")[0]) in text:
            continue
        errs.append("unlabelled email-looking %r" % g)
    for m in RE_VENDOR.finditer(text):
        g = m.group()
        if "xxxx" in g.lower() or "your-token" in g or "****" in text[m.start():m.end() + 4]:
            continue
        if not any(a <= m.start() < b for a, b in spans):
            errs.append("unlabelled vendor-looking %r" % g)
    types = {en["type"] for en in ents}
    if family.startswith("neg-"):
        if types & SECRET_TYPES:
            errs.append("negative family with secret labels %s" % (types & SECRET_TYPES))
    elif family == "pii":
        if not types & PII_TYPES or types & SECRET_TYPES:
            errs.append("pii family must carry only PII labels")
    elif not types & SECRET_TYPES:
        errs.append("positive family without a secret label")
    return errs


def build_split(split, seed, pfx):
    c = Ctx(split, seed)
    order = random.Random(seed + 1)
    recs = []
    for fam in POS_FAMILIES + NEG_FAMILIES:
        fns = list(TEMPLATES[(fam, split)])
        if not fns:
            raise SystemExit("no templates for %s/%s" % (fam, split))
        order.shuffle(fns)
        q = max(QUOTA[fam], len(fns))
        picks = fns[:q] + [order.choice(fns) for _ in range(max(0, q - len(fns)))]
        for fn in picks:
            c.new_record()
            text, ents, source = fn(c)
            rec = {"text": text, "entities": locate(text, ents), "source": source}
            errs = validate(rec, fam)
            if errs:
                raise SystemExit("[%s] %s/%s: %s\n---\n%s" % (split, fam, fn.__name__, "; ".join(errs), text))
            recs.append((fam, fn.__name__, rec))
    order.shuffle(recs)
    out = []
    for i, (fam, name, rec) in enumerate(recs, 1):
        out.append((fam, name, {"id": "%s-%04d-%s" % (pfx, i, fam), "text": rec["text"],
                                "entities": rec["entities"], "source": rec["source"]}))
    return out


def values(recs):
    vs = set()
    for _, _, r in recs:
        for e in r["entities"]:
            vs.add(r["text"][e["start"]:e["end"]])
    return vs


def summary(name, recs):
    fam_n = Counter(f for f, _, _ in recs)
    fam_t = defaultdict(Counter)
    typ = Counter()
    neg = 0
    for f, _, r in recs:
        for e in r["entities"]:
            fam_t[f][e["type"]] += 1
            typ[e["type"]] += 1
        if not ({e["type"] for e in r["entities"]} & SECRET_TYPES) and (f.startswith("neg-")):
            neg += 1
    empty = sum(1 for _, _, r in recs if not r["entities"])
    print("== %s: %d records, %d entities; hard negatives %d (%.1f%%), of which %d with no entity at all"
          % (name, len(recs), sum(typ.values()), neg, 100.0 * neg / len(recs), empty))
    for f in POS_FAMILIES + NEG_FAMILIES:
        tt = ", ".join("%s=%d" % kv for kv in sorted(fam_t[f].items()))
        print("  %-16s %3d  %s" % (f, fam_n[f], tt or "-"))
    print("  types: " + ", ".join("%s=%d" % kv for kv in sorted(typ.items())))


def main():
    dev = build_split("dev", 20240611, "fd")
    held = build_split("held", 20250923, "fh")
    shared = (values(dev) & values(held)) - SHARED_OK
    if shared:
        raise SystemExit("values shared between dev and heldout: %s" % sorted(shared))
    names_dev = {n for _, n, _ in dev}
    names_held = {n for _, n, _ in held}
    assert not names_dev & names_held, names_dev & names_held
    for fname, recs in (("dev.jsonl", dev), ("heldout.jsonl", held)):
        with open(os.path.join(HERE, fname), "w", encoding="utf-8") as f:
            for _, _, r in recs:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
    summary("dev.jsonl", dev)
    summary("heldout.jsonl", held)


if __name__ == "__main__":
    main()
