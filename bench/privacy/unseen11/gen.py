"""Text builder and value generators of the unseen11 blind set (standard library only).

A family writes a record as pieces: T("password = ", E("GENERIC_SECRET", pw), "\n"); the builder records the offsets, so no span is
ever counted by hand. Every value generator draws from the family's own random.Random, so a family's records do not depend on the
order the families run in."""
import hashlib, random, string

TYPES = {"EMAIL", "PHONE", "IPV4", "IPV6", "CREDIT_CARD", "IBAN", "US_SSN", "MAC", "PERSON", "URL_CREDENTIALS", "CONNECTION_STRING",
         "AWS_ACCESS_KEY", "AWS_SECRET_KEY", "GITHUB_TOKEN", "SLACK_TOKEN", "JWT", "PRIVATE_KEY", "API_KEY", "GENERIC_SECRET",
         "BEARER_TOKEN", "BASIC_AUTH"}
EXTRA_TYPES = {"NATIONAL_ID", "DEVICE_ID", "HEALTH_ID", "VEHICLE_ID", "DATE_OF_BIRTH"}


class E:
    """An entity piece: a value and its type."""
    def __init__(self, typ, value):
        self.typ, self.value = typ, value


def T(*pieces):
    """Concatenates strings, E pieces and nested (text, entities) pairs; returns (text, entities)."""
    out, ents = [], []
    n = 0
    for p in pieces:
        if isinstance(p, E):
            ents.append({"type": p.typ, "start": n, "end": n + len(p.value)})
            out.append(p.value); n += len(p.value)
        elif isinstance(p, tuple):
            t, es = p
            for e in es:
                ents.append({"type": e["type"], "start": e["start"] + n, "end": e["end"] + n})
            out.append(t); n += len(t)
        else:
            out.append(p); n += len(p)
    return "".join(out), ents


def J(sep, parts):
    """Joins pieces (strings, E, pairs) with sep, as T does."""
    seq = []
    for i, p in enumerate(parts):
        if i:
            seq.append(sep)
        seq.append(p)
    return T(*seq)


def rng_for(seed, name):
    return random.Random(int(hashlib.sha256(f"{seed}:{name}".encode()).hexdigest()[:16], 16))


class G:
    """Value generators bound to one random.Random."""
    def __init__(self, r):
        self.r = r

    def pick(self, seq):
        return self.r.choice(seq)

    def n(self, a, b):
        return self.r.randint(a, b)

    def digits(self, k):
        return "".join(self.r.choice(string.digits) for _ in range(k))

    def hex(self, k, upper=False):
        s = "".join(self.r.choice("0123456789abcdef") for _ in range(k))
        return s.upper() if upper else s

    def alnum(self, k, alphabet=string.ascii_letters + string.digits):
        return "".join(self.r.choice(alphabet) for _ in range(k))

    def b64(self, nbytes, url=False, pad=True):
        import base64
        raw = bytes(self.r.getrandbits(8) for _ in range(nbytes))
        s = (base64.urlsafe_b64encode if url else base64.b64encode)(raw).decode()
        return s if pad else s.rstrip("=")

    def b64_of(self, data):
        import base64
        return base64.b64encode(data if isinstance(data, bytes) else data.encode()).decode()

    def uuid(self):
        h = self.hex(32)
        return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{self.pick('89ab')}{h[17:20]}-{h[20:]}"

    def password(self, safe=""):
        """A password of one of several human styles; `safe` names characters the wrapper cannot hold."""
        r = self.r
        style = r.randrange(6)
        words = ["Harbour", "Kestrel", "Mango", "Tundra", "Violet", "Copper", "Orbit", "Saffron", "Glacier", "Falcon", "Pebble",
                 "Lantern", "Thistle", "Meadow", "Quartz", "Juniper", "Cobalt", "Ember", "Walnut", "Nimbus", "Sorrel", "Basalt"]
        sym = "!#%*+-.?@^_~$&="
        if style == 0:
            s = r.choice(words) + r.choice(words).lower() + str(r.randint(10, 2099)) + r.choice("!#*?.")
        elif style == 1:
            s = self.alnum(r.randint(14, 24), string.ascii_letters + string.digits + sym)
        elif style == 2:
            s = "-".join(r.choice(words).lower() for _ in range(r.randint(3, 4))) + str(r.randint(1, 99))
        elif style == 3:
            s = self.alnum(r.randint(16, 32))
        elif style == 4:
            s = r.choice(words) + r.choice(sym) + self.alnum(r.randint(6, 10)) + r.choice(sym) + str(r.randint(1, 999))
        else:
            s = self.alnum(4, string.ascii_lowercase) + r.choice(sym) + self.alnum(4, string.ascii_uppercase + string.digits) + \
                r.choice(sym) + self.alnum(5)
        for ch in safe + " \"'\\`<>&;,|{}[]()/:" :
            s = s.replace(ch, r.choice("xKq7"))
        if s[0] in "-$@%":
            s = "k" + s[1:]
        return s

    def ipv4_private(self):
        r = self.r
        k = r.randrange(3)
        if k == 0:
            return f"10.{r.randint(0, 254)}.{r.randint(0, 254)}.{r.randint(2, 254)}"
        if k == 1:
            return f"172.{r.randint(16, 31)}.{r.randint(0, 254)}.{r.randint(2, 254)}"
        return f"192.168.{r.randint(0, 254)}.{r.randint(2, 254)}"

    def ipv4_public(self):
        r = self.r
        while True:
            a = r.choice([23, 31, 37, 41, 45, 62, 77, 81, 89, 94, 102, 105, 134, 141, 151, 154, 176, 185, 196, 197, 212, 213])
            return f"{a}.{r.randint(1, 254)}.{r.randint(0, 254)}.{r.randint(2, 254)}"

    def ipv6(self):
        r = self.r
        k = r.randrange(3)
        if k == 0:
            return "2a0%d:%x:%x:%x::%x" % (r.randint(1, 9), r.randint(0x1000, 0xffff), r.randint(0, 0xffff), r.randint(1, 0xffff), r.randint(1, 0xffff))
        if k == 1:
            return "fd%02x:%x:%x:%x:%x:%x:%x:%x" % (r.randint(0, 255), r.randint(0x100, 0xffff), r.randint(0, 0xffff), r.randint(1, 0xffff),
                                                    r.randint(0, 0xffff), r.randint(0, 0xffff), r.randint(0, 0xffff), r.randint(1, 0xffff))
        return "fe80::%x:%xff:fe%02x:%x" % (r.randint(0x200, 0xfeff), r.randint(0, 0xff), r.randint(0, 0xff), r.randint(0x100, 0xffff))

    def mac(self, sep=":", upper=False):
        b = [self.r.randint(0, 255) for _ in range(6)]
        b[0] = b[0] & 0xFC | 0x00
        if b[0] == 0:
            b[0] = 0x3c
        s = sep.join("%02x" % x for x in b)
        return s.upper() if upper else s


def luhn_complete(prefix_digits):
    ds = [int(c) for c in prefix_digits]
    total = 0
    for i, d in enumerate(reversed(ds)):
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return prefix_digits + str((10 - total % 10) % 10)


def luhn_ok(num):
    ds = [int(c) for c in num]
    total = 0
    for i, d in enumerate(reversed(ds)):
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def iban_build(cc, bban):
    s = bban + cc + "00"
    num = int("".join(str(int(ch, 36)) for ch in s))
    return f"{cc}{98 - num % 97:02d}{bban}"


def iban_ok(iban):
    s = iban.replace(" ", "").upper()
    s = s[4:] + s[:4]
    return int("".join(str(int(ch, 36)) for ch in s)) % 97 == 1
