"""Text builder and value generators of unseen10 (standard library only). A family writes its text as pieces,
T("password = ", E("GENERIC_SECRET", pw()), "\n"); the builder records the offsets, so no span is counted by hand."""
import base64, random, string, uuid

R = random.Random(10)


def seed(n):
    R.seed(n)


class E:
    def __init__(self, typ, value):
        self.typ, self.value = typ, value


def T(*pieces):
    text, ents = [], []
    pos = 0
    for p in pieces:
        if isinstance(p, E):
            ents.append({"type": p.typ, "start": pos, "end": pos + len(p.value)})
            s = p.value
        else:
            s = str(p)
        text.append(s)
        pos += len(s)
    return "".join(text), ents


def ch(seq):
    return R.choice(seq)


def rs(n, alphabet=string.ascii_letters + string.digits):
    return "".join(R.choice(alphabet) for _ in range(n))


def hexs(n, upper=False):
    s = rs(n, "0123456789abcdef")
    return s.upper() if upper else s


def rbytes(n):
    return bytes(R.randrange(256) for _ in range(n))


def b64(n):
    return base64.b64encode(rbytes(n)).decode()


def b64url(n):
    return base64.urlsafe_b64encode(rbytes(n)).decode().rstrip("=")


def uid():
    return str(uuid.UUID(int=R.getrandbits(128), version=4))


def digits(n):
    return rs(n, "0123456789")


WORDS = ["amber", "basalt", "cobalt", "delta", "ember", "fjord", "granite", "harbor", "indigo", "juniper", "kelp", "lagoon",
         "marble", "nectar", "orchid", "pylon", "quartz", "raven", "saffron", "tundra", "umber", "violet", "walnut", "yarrow"]


def pw(kind=None, sym="!#%+-._~^*"):
    """A password of a shape people really use; sym: the symbols the context lets through unescaped."""
    k = kind or ch(["rand", "rand", "words", "season", "leet"])
    if k == "rand":
        n = R.randint(12, 22)
        s = [ch(string.ascii_lowercase), ch(string.ascii_uppercase), ch(string.digits)] + ([ch(sym)] if sym else [])
        s += [ch(string.ascii_letters + string.digits + sym) for _ in range(n - len(s))]
        R.shuffle(s)
        if s[0] in sym:
            s[0] = ch(string.ascii_letters)
        return "".join(s)
    if k == "words":
        sep = ch(["-", ".", "_"] if sym else [""])
        return sep.join(ch(WORDS).capitalize() if i == 0 else ch(WORDS) for i in range(R.randint(3, 4))) + digits(R.randint(1, 3))
    if k == "season":
        return ch(["Winter", "Sommer", "Otono", "Primavera", "Monsoon", "Harmattan", "Kharif"]) + str(R.randint(2019, 2026)) + (ch(sym) if sym else digits(1))
    return ch(["P@", "Adm1n", "R00t", "S3rv1ce", "Sup0rt"]) .replace("@", "4") + rs(R.randint(6, 10)) + (ch(sym) if sym else "")


def luhn_complete(prefix, length):
    body = prefix + digits(length - len(prefix) - 1)
    total = 0
    for i, c in enumerate(reversed(body)):
        d = int(c)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return body + str((10 - total % 10) % 10)


def luhn_ok(s):
    ds = [int(c) for c in s if c.isdigit()]
    total = 0
    for i, d in enumerate(reversed(ds)):
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def group(s, sizes, sep=" "):
    out, i = [], 0
    for n in sizes:
        out.append(s[i:i + n])
        i += n
    if i < len(s):
        out.append(s[i:])
    return sep.join(x for x in out if x)


# Card brands no earlier set used (BIN prefixes as published by the schemes)
CARDS = [("UATP", "1", 15), ("UzCard", "8600", 16), ("Humo", "9860", 16), ("BelCard", "9112", 16), ("Cabal", "604201", 16),
         ("Naranja", "589562", 16), ("Visa Electron", "4026", 16), ("Laser", "6304", 16), ("InstaPayment", "637", 16),
         ("LankaPay", "357111", 16), ("Meeza", "507803", 16), ("Visa", "4", 19)]


def card(brand=None):
    b = brand or ch(CARDS)
    return b[0], luhn_complete(b[1], b[2])


FULLWIDTH = str.maketrans("0123456789 ", "０１２３４５６７８９　")

# IBAN: country, length, BBAN pattern (n digit, a upper letter, c alnum) and the grouping people write
IBANS = {"BR": "8n5n10n1a1c", "PT": "21n", "IT": "1a10n12n", "ES": "20n", "FR": "10n11n2n", "CR": "18n", "UA": "6n19n",
         "SA": "2n18n", "AE": "3n16n", "PK": "4a16n", "IL": "19n", "TR": "5n1n16n", "RO": "4a16n", "HU": "24n", "PL": "24n",
         "GR": "7n16n", "NO": "11n", "FI": "14n", "MR": "23n", "ME": "18n", "BA": "16n"}


def _bban(pat):
    import re
    out = ""
    for n, k in re.findall(r"(\d+)([nac])", pat):
        n = int(n)
        out += rs(n, "0123456789" if k == "n" else string.ascii_uppercase if k == "a" else string.ascii_uppercase + string.digits)
    return out


def iban_check(cc, bban):
    s = bban + cc + "00"
    num = int("".join(str(int(c, 36)) for c in s))
    return "%02d" % (98 - num % 97)


def iban(cc=None):
    cc = cc or ch(sorted(IBANS))
    bban = _bban(IBANS[cc])
    if cc == "CR":
        bban = "0" + bban[1:]
    if cc == "TR":
        bban = bban[:5] + "0" + bban[6:]
    if cc in ("ME", "BA", "MR", "PT", "NO", "FI", "ES", "FR", "IT"):
        return None  # national check digits: drawn by iban_national below
    return cc + iban_check(cc, bban) + bban


def _mod97_pair(body):
    return "%02d" % (98 - int(body + "00") % 97)


def iban_national(cc):
    """Countries whose BBAN carries its own check digits; the BBAN is built so that it holds."""
    if cc in ("ME", "BA"):
        b = digits(16)
        bban = b + _mod97_pair(b)[-2:] if cc == "ME" else None
        if cc == "BA":
            b = digits(14)
            bban = b + _mod97_pair(b)
        else:
            b = digits(16)
            bban = b + _mod97_pair(b)
    elif cc == "MR":
        b = digits(21)
        bban = b + "%02d" % (97 - int(b + "00") % 97 if int(b + "00") % 97 else 97)
    elif cc == "PT":
        b = digits(19)
        bban = b + _mod97_pair(b)
    elif cc == "NO":
        b = digits(10)
        w = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]
        r = sum(int(c) * x for c, x in zip(b, w)) % 11
        if r == 1:
            return iban_national(cc)
        bban = b + str((11 - r) % 11)
    elif cc == "FI":
        b = digits(13)
        total = 0
        for i, c in enumerate(reversed(b)):
            d = int(c) * (2 if i % 2 == 0 else 1)
            total += d - 9 if d > 9 else d
        bban = b + str((10 - total % 10) % 10)
    elif cc == "ES":
        bank, branch, acct = digits(4), digits(4), digits(10)
        def dc(s):
            w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]
            v = 11 - sum(int(c) * x for c, x in zip(s.rjust(10, "0"), w)) % 11
            return str({10: 1, 11: 0}.get(v, v))
        bban = bank + branch + dc("00" + bank + branch) + dc(acct) + acct
    elif cc == "FR":
        bank, branch, acct = digits(5), digits(5), digits(11)
        key = 97 - (89 * int(bank) + 15 * int(branch) + 3 * int(acct)) % 97
        bban = bank + branch + acct + "%02d" % key
    elif cc == "IT":
        abi, cab, conto = digits(5), digits(5), digits(12)
        odd = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]
        s = abi + cab + conto
        tot = 0
        for i, c in enumerate(s):
            v = int(c)
            tot += odd[v] if i % 2 == 0 else v
        bban = chr(ord("A") + tot % 26) + s
    return cc + iban_check(cc, bban) + bban


def any_iban(cc=None):
    cc = cc or ch(sorted(IBANS))
    return iban(cc) or iban_national(cc)


PHONES = eval(open(__file__.replace("gen.py", "phones_tbl.txt"), encoding="utf-8").read())


def phone(region=None, form=None):
    """A mobile number valid for its region, in national, international, E.164 or 00 form."""
    r = region or ch(sorted(PHONES))
    p = PHONES[r]
    f = form or ch(["nat", "intl", "intl", "e164", "00"])
    t = p["nat"] if f == "nat" else p["intl"]
    s = "".join(ch("0123456789") if c == "D" else c for c in t)
    if f == "e164":
        s = "+" + "".join(c for c in s if c.isdigit())
    elif f == "00":
        s = "00" + s[1:]
    return s


def ipv4():
    return ch(["10.%d.%d.%d" % (R.randint(0, 255), R.randint(0, 255), R.randint(2, 254)),
               "172.%d.%d.%d" % (R.randint(16, 31), R.randint(0, 255), R.randint(2, 254)),
               "192.168.%d.%d" % (R.randint(0, 255), R.randint(2, 254)),
               "%d.%d.%d.%d" % (ch([23, 37, 45, 51, 62, 81, 91, 103, 141, 176, 185, 203]), R.randint(0, 255), R.randint(0, 255), R.randint(2, 254))])


def ipv6():
    return ch(["2a0%d:%x:%x::%x" % (R.randint(1, 9), R.randint(0x1000, 0xffff), R.randint(1, 0xffff), R.randint(1, 0xffff)),
               "fd%02x:%x:%x:%x::%x" % (R.randint(0, 255), R.randint(1, 0xffff), R.randint(1, 0xffff), R.randint(1, 0xffff), R.randint(1, 0xfff)),
               "fe80::%x:%xff:fe%02x:%x" % (R.randint(0x100, 0xffff), R.randint(0, 0xff), R.randint(0, 0xff), R.randint(0x100, 0xffff))])


def mac():
    b = [R.randrange(256) for _ in range(6)]
    b[0] &= 0xFE
    b[0] |= 0x02 if R.random() < 0.3 else 0
    return ch([":".join("%02x" % x for x in b), "-".join("%02X" % x for x in b)])


# Names of cultures and scripts no earlier set used. (given, family, form): form "gf" given first, "fg" family first.
NAMES_SCRIPT = {
    "Gujarati": [("હાર્દિક", "પટેલ"), ("નેહા", "શાહ"), ("કિરણ", "દેસાઈ"), ("ભાવિન", "મહેતા"), ("હેતલ", "જોષી")],
    "Gurmukhi": [("ਹਰਪ੍ਰੀਤ", "ਸਿੰਘ"), ("ਗੁਰਪ੍ਰੀਤ", "ਕੌਰ"), ("ਮਨਜੀਤ", "ਸਿੱਧੂ"), ("ਜਸਵਿੰਦਰ", "ਗਿੱਲ"), ("ਅਮਨਦੀਪ", "ਸੰਧੂ")],
    "Telugu": [("వెంకట", "రమణ"), ("శ్రీనివాస్", "రెడ్డి"), ("లక్ష్మి", "ప్రసన్న"), ("రవి", "తేజ"), ("సాయి", "కిరణ్")],
    "Kannada": [("ರಾಘವೇಂದ್ರ", "ರಾವ್"), ("ಸುಮಾ", "ಹೆಗಡೆ"), ("ಪ್ರಶಾಂತ್", "ಶೆಟ್ಟಿ"), ("ಅನಿತಾ", "ಭಟ್"), ("ಮಂಜುನಾಥ", "ಗೌಡ")],
    "Malayalam": [("അനൂപ്", "മേനോൻ"), ("ലക്ഷ്മി", "നായർ"), ("ജോസഫ്", "കുര്യൻ"), ("ദിവ്യ", "പിള്ള"), ("ഷിബു", "വർഗീസ്")],
    "Sinhala": [("කසුන්", "පෙරේරා"), ("දිනේෂ්", "සිල්වා"), ("නිමාලි", "ජයසූරිය"), ("චමින්ද", "බණ්ඩාර"), ("තරිඳු", "ගුණසේකර")],
    "Odia": [("ସୁବ୍ରତ", "ମହାନ୍ତି"), ("ପ୍ରିୟଙ୍କା", "ଦାସ"), ("ବିଶ୍ୱଜିତ", "ପଣ୍ଡା")],
    "Khmer": [("ដារ៉ា", "សុខ"), ("សុភា", "ចាន់"), ("វិចិត្រ", "ហេង"), ("ស្រីពេជ្រ", "លី")],
    "Lao": [("ສົມພອນ", "ພົມມະວົງ"), ("ບຸນມີ", "ແກ້ວມະນີ"), ("ວັນນາ", "ສີສຸວັນ")],
    "Myanmar": [("အောင်ကျော်", None), ("မြင့်မြင့်ခိုင်", None), ("ဇော်မင်းထွန်း", None)],
    "Tibetan": [("བསྟན་འཛིན་", "རྡོ་རྗེ"), ("ཚེ་རིང་", "དབང་མོ")],
    "Thaana": [("މުޙައްމަދު", "ނަޝީދު"), ("އައިޝަތު", "ޝިފާ"), ("އަޙްމަދު", "ރަޝީދު")],
    "Urdu": [("فرحان", "قریشی"), ("عائشہ", "صدیقی"), ("بلال", "چوہدری"), ("ثناء", "ملک")],
    "Serbian": [("Драган", "Петровић"), ("Јелена", "Ђорђевић"), ("Милош", "Љубичић"), ("Ивана", "Јовановић")],
    "Mongolian": [("Батбаяр", "Ганболд"), ("Оюунчимэг", "Цэрэндорж"), ("Тэмүүлэн", "Баатар")],
    "Kazakh": [("Айгүл", "Сейітқали"), ("Ерлан", "Нұрланұлы"), ("Әсел", "Жұмабаева")],
}
# the family-first scripts (as written in their own script)
FAMILY_FIRST = {"Khmer", "Lao", "Mongolian"}

NAMES_LATIN = [  # (given, family): cultures no earlier README lists
    ("Arbër", "Krasniqi"), ("Mimoza", "Berisha"), ("Kagiso", "Molefe"), ("Lerato", "Mokoena"), ("Merdan", "Orazow"),
    ("Aýna", "Gurbanowa"), ("Pa Chia", "Xiong"), ("Tou", "Vang"), ("Áile Ánde", "Gaup"), ("Niillas", "Somby"),
    ("Aputsiaq", "Kleist"), ("Naja", "Lyberth"), ("Sione", "Tupou"), ("Mele", "Fifita"), ("Epeli", "Ratuvou"),
    ("Losana", "Vakacegu"), ("Tendai", "Moyo"), ("Rutendo", "Chikwanha"), ("Aline", "Uwase"), ("Mugisha", "Kalisa"),
    ("Rêzan", "Şêxmûs"), ("Bêrîvan", "Zagros"), ("Ainhoa", "Huenchumilla"), ("Yaretzi", "Xochitl"), ("Mamadou", "Ndiaye"),
    ("Sokhna", "Diop"), ("Emeka", "Okonkwo-Eze"), ("Tiihu", "Tamatoa"), ("Gwenaëlle", "Le Bihan"), ("Anxo", "Outeiriño"),
    ("Jurgita", "Žemaitytė"), ("Kristjan", "Tamm"), ("Dženana", "Hadžić"), ("Vesna", "Knežević"), ("Tamás", "Ördög"),
]
TITLES = ["Dr.", "Prof. Dr.", "Mag.", "Dipl.-Ing.", "Ing.", "Mgr.", "Bc.", "Hj.", "Ir.", "Datuk", "Shri", "Smt.", "Alhaji",
          "Engr.", "Atty.", "Sr.", "Dña.", "Mme", "Herr", "Frau", "Pak", "Ibu", "Ratu", "Chief", "Mx."]


def name_script(script=None):
    s = script or ch(sorted(NAMES_SCRIPT))
    g, f = ch(NAMES_SCRIPT[s])
    if f is None:
        return g
    if s == "Tibetan":
        return g + f
    return (f + " " + g) if s in FAMILY_FIRST else (g + " " + f)


def name_latin(form=None):
    g, f = ch(NAMES_LATIN)
    form = form or ch(["gf", "gf", "FG", "Fg", "f,g"])
    if form == "gf":
        return g + " " + f
    if form == "FG":
        return f.upper() + " " + g.upper()
    if form == "Fg":
        return f.upper() + " " + g
    return f + ", " + g


def email_for(name_ascii, dom=None):
    dom = dom or ch(["mail.pf", "opt.nc", "orange.re", "digicelgroup.com", "lime.ky", "sure.co.fk", "moov-africa.td",
                     "telecel.cf", "vodacom.cd", "mtn.co.sz", "econet.ls", "leo.gq", "hormuud.so", "gmail.com", "outlook.com",
                     "proton.me", "yahoo.fr", "web.de", "manx.net", "jerseymail.co.uk"])
    return name_ascii + "@" + dom


def ascii_handle():
    return ch(["arber.k", "kmolefe", "merdan.o", "pachia.xiong", "aile.gaup", "aputsiaq", "s.tupou", "epeli.r", "tmoyo",
               "uwase.a", "rezan.s", "mndiaye", "emeka.oe", "g.lebihan", "jurgita.z", "ktamm", "dhadzic", "vknezevic",
               "hardik.patel", "harpreet.s", "srinivas.r", "anoop.m", "kasun.p", "dara.sok", "batbayar.g", "farhan.q",
               "dragan.p", "aigul.s", "ops.oncall" + digits(2)])
