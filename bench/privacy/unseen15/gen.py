"""Text builder and values for unseen15: a family writes its text as pieces (strings and E(type, value)); T() joins them and records the
offsets, so no span is counted by hand. Values: passwords, tokens, keys, cards (Luhn), IBANs (mod-97), phones (templates of regions
checked with python3-phonenumbers outside the repository), addresses of hosts."""
import string

ALNUM = string.ascii_letters + string.digits
HEX = "0123456789abcdef"
B64 = string.ascii_letters + string.digits + "+/"
B64URL = string.ascii_letters + string.digits + "-_"
LOWER = string.ascii_lowercase + string.digits


class E:
    def __init__(self, typ, value):
        self.type, self.value = typ, value


def T(*pieces):
    out, ents = [], []
    pos = 0
    for p in pieces:
        if isinstance(p, (list, tuple)):
            sub_text, sub_ents = T(*p)
            for e in sub_ents:
                ents.append({"type": e["type"], "start": e["start"] + pos, "end": e["end"] + pos})
            out.append(sub_text)
            pos += len(sub_text)
        elif isinstance(p, E):
            ents.append({"type": p.type, "start": pos, "end": pos + len(p.value)})
            out.append(p.value)
            pos += len(p.value)
        else:
            out.append(p)
            pos += len(p)
    return "".join(out), ents


def rs(r, alphabet, n):
    return "".join(r.choice(alphabet) for _ in range(n))


WORDS = ["amber", "basalt", "cobalt", "delta", "ember", "fjord", "granite", "harbor", "indigo", "juniper", "kelp", "lumen", "marrow",
         "nectar", "onyx", "pylon", "quartz", "rivet", "saffron", "tundra", "umber", "vesper", "walnut", "yarrow", "zephyr", "copper",
         "lantern", "meadow", "orbit", "pepper", "ripple", "summit", "thistle", "velvet", "willow", "anvil", "birch", "cinder"]
SYMS = "!#%*+-.=?@^_~"


def password(r, kind=None):
    """A password a person or a generator would set; kind picks the shape."""
    kind = kind if kind is not None else r.randrange(5)
    if kind == 0:
        return r.choice(WORDS).capitalize() + r.choice(SYMS) + str(r.randrange(10, 9999)) + r.choice(WORDS)
    if kind == 1:
        return rs(r, ALNUM, r.randrange(14, 22))
    if kind == 2:
        s = rs(r, ALNUM + "!#%*-_=+", r.randrange(16, 26))
        return s[:3] + r.choice("!#%*") + s[3:] + str(r.randrange(10))
    if kind == 3:
        return "-".join(r.choice(WORDS) for _ in range(3)) + str(r.randrange(10, 99))
    return r.choice(WORDS)[:4].upper() + str(r.randrange(100, 999)) + r.choice(SYMS) + rs(r, ALNUM, 6)


def pw_safe(r):
    """A password without quotes, backslashes, spaces or separators that the format would need to escape."""
    return password(r, r.choice([0, 1, 3, 4]))


def hexs(r, n):
    return rs(r, HEX, n)


def b64(r, nbytes):
    n = (nbytes + 2) // 3 * 4
    pad = (3 - nbytes % 3) % 3
    s = rs(r, B64, n - pad)
    if pad:
        # the last character before padding carries only the bits left
        s = s[:-1] + r.choice("AEIMQUYcgkosw048" if pad == 1 else "AQgw")
    return s + "=" * pad


def uuid(r):
    h = hexs(r, 32)
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], r.choice("89ab"), h[17:20], h[20:32])


def luhn_complete(body):
    digits = [int(c) for c in body]
    s = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return body + str((10 - s % 10) % 10)


def luhn_ok(num):
    ds = [int(c) for c in num if c.isdigit()]
    s = 0
    for i, d in enumerate(reversed(ds)):
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return s % 10 == 0


CARD_PREFIXES = [("4", 16), ("51", 16), ("55", 16), ("2221", 16), ("2720", 16), ("34", 15), ("37", 15), ("6011", 16), ("65", 16),
                 ("3528", 16), ("3589", 16), ("36", 14), ("62", 16), ("4", 13 + 3)]


def card_digits(r, kind=None):
    pre, n = CARD_PREFIXES[kind] if kind is not None else r.choice(CARD_PREFIXES)
    return luhn_complete(pre + "".join(str(r.randrange(10)) for _ in range(n - len(pre) - 1)))


def group(num, sizes, sep):
    out, i = [], 0
    for s in sizes:
        out.append(num[i:i + s])
        i += s
    if i < len(num):
        out.append(num[i:])
    return sep.join(x for x in out if x)


def card_groups(num):
    if len(num) == 15:
        return [4, 6, 5]
    if len(num) == 14:
        return [4, 6, 4]
    return [4, 4, 4, 4]


# IBAN layouts (country, length, BBAN pattern: n digits, a upper letters, c alphanumeric); stdnum checks every one of them
IBAN_LAYOUTS = {
    "UA": "6n19c", "JO": "4a4n18c", "QA": "4a21c", "KW": "4a22c", "AE": "3n16n", "SA": "2n18c", "CR": "4n14n", "DO": "4c20n",
    "SV": "4a20n", "BY": "4c4n16c", "IQ": "4a3n12n", "XK": "4n10n2n", "MR": "5n5n11n2n", "TL": "3n14n2n", "LB": "4n20c",
    "GT": "4c20c", "PS": "4a21c", "AZ": "4a20c", "GI": "4a15c", "VG": "4a16n",
}


def _bban(r, pat):
    out, num = [], ""
    for ch in pat:
        if ch.isdigit():
            num += ch
            continue
        n, num = int(num), ""
        pool = string.digits if ch == "n" else string.ascii_uppercase if ch == "a" else string.digits + string.ascii_uppercase
        if ch == "c":
            pool = string.digits * 3 + string.ascii_uppercase
        out.append(rs(r, pool, n))
    return "".join(out)


def iban(r, cc=None):
    cc = cc or r.choice(sorted(IBAN_LAYOUTS))
    bban = _bban(r, IBAN_LAYOUTS[cc])
    s = bban + cc + "00"
    n = int("".join(str(int(c, 36)) for c in s))
    return cc + "%02d" % (98 - n % 97) + bban


def iban_ok(s):
    s = "".join(c for c in s if c.isalnum()).upper()
    s = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in s)) % 97 == 1


# Phone templates by region: X a random digit. Every template kept only if 1,000 random fills were all valid numbers of its region.
PHONES = {
    "MY": ["+60 12-XXX XXXX", "012-XXX XXXX", "+60 3-22XX XXXX", "+60176XXXXXX", "03-27XX XXXX"],
    "UY": ["+598 94 XXX XXX", "094 XXX XXX", "+598 2XXX XXXX", "093 XXX XXX"],
    "EC": ["+593 99 XXX XXXX", "099 XXX XXXX", "+593 2-2XX-XXXX", "(02) 2XX-XXXX"],
    "CR": ["+506 83XX XXXX", "88XX-XXXX", "+506 22XX-XXXX", "+50687XXXXXX"],
    "DO": ["+1 809-5XX-XXXX", "(829) 3XX-XXXX", "+1 849 4XX XXXX", "809.2XX.XXXX"],
    "ZW": ["+263 77 XXX XXXX", "077 XXX XXXX", "+263 71 XXX XXXX", "0712 XXX XXX"],
    "AO": ["+244 923 XXX XXX", "923 XXX XXX", "+244 912 XXX XXX", "+24493XXXXXXX"],
    "CI": ["+225 07 02 XX XX XX", "07 01 XX XX XX", "+225 01 XX XX XX XX", "+225 27 22 4X XX XX"],
    "CM": ["+237 6 7X XX XX XX", "6 9X XX XX XX", "+237 67X XX XX XX", "+2376 5X XX XX XX"],
    "LB": ["+961 3 XXX XXX", "03 XXX XXX", "+961 71 XXX XXX", "+961 1 XXX XXX"],
    "IQ": ["+964 750 XXX XXXX", "0770 XXX XXXX", "+964 780 XXX XXXX", "075X XXX XXXX"],
    "DZ": ["+213 5 5X XX XX XX", "0550 XX XX XX", "+213 6 6X XX XX XX", "07 7X XX XX XX"],
    "ME": ["+382 67 XXX XXX", "067 XXX XXX", "+382 69 XXX XXX", "+382 20 4XX XXX"],
}


def phone(r, cc=None, tpl=None):
    cc = cc or r.choice(sorted(PHONES))
    t = tpl if tpl is not None else r.choice(PHONES[cc])
    # the first X after a fixed prefix may be any digit the template allows; the rest random
    return "".join(str(r.randrange(10)) if c == "X" else c for c in t)


def ipv4(r, private=None):
    private = r.random() < 0.6 if private is None else private
    if private:
        k = r.randrange(3)
        if k == 0:
            return "10.%d.%d.%d" % (r.randrange(256), r.randrange(256), r.randrange(1, 255))
        if k == 1:
            return "172.%d.%d.%d" % (r.randrange(16, 32), r.randrange(256), r.randrange(1, 255))
        return "192.168.%d.%d" % (r.randrange(256), r.randrange(1, 255))
    return "%d.%d.%d.%d" % (r.choice([31, 45, 62, 81, 94, 141, 151, 185, 195, 203]), r.randrange(256), r.randrange(256), r.randrange(1, 255))


def ipv6(r):
    if r.random() < 0.5:
        return "fd%02x:%x:%x::%x" % (r.randrange(256), r.randrange(1, 65535), r.randrange(1, 65535), r.randrange(1, 65535))
    return "2a0%x:%x:%x:%x::%x" % (r.randrange(1, 10), r.randrange(4096, 65535), r.randrange(1, 65535), r.randrange(1, 65535),
                                    r.randrange(2, 65535))


def mac(r):
    b = [r.randrange(256) for _ in range(6)]
    b[0] &= 0xFC
    return ":".join("%02x" % x for x in b)


def email_of(r, given, family, domains):
    import unicodedata

    def asc(s):
        return "".join(c for c in unicodedata.normalize("NFKD", s) if c.isascii() and (c.isalnum())).lower()
    f = r.randrange(3)
    local = asc(given) + "." + asc(family) if f == 0 else asc(given)[0] + asc(family) if f == 1 else asc(family) + "_" + asc(given)[:3]
    return local + "@" + r.choice(domains)
