"""Values for unseen9: the text builder, secrets, keys, cards, IBANs, phones and names. Standard library only; every draw goes through
the module's random generator `R`, seeded by make.py."""
import base64
import hashlib
import random
import string

R = random.Random(9)


def seed(n):
    R.seed(n)


def pick(xs):
    return xs[R.randrange(len(xs))]


class T:
    """Text with labelled pieces: T("key = ", E("GENERIC_SECRET", pw), "\\n"). Pieces are strings, E(...) or nested T."""

    def __init__(self, *parts):
        self.text, self.ents = "", []
        self.add(*parts)

    def add(self, *parts):
        for p in parts:
            if isinstance(p, T):
                off = len(self.text)
                self.text += p.text
                self.ents += [(t, s + off, e + off) for t, s, e in p.ents]
            elif isinstance(p, tuple):
                typ, val = p
                self.ents.append((typ, len(self.text), len(self.text) + len(val)))
                self.text += val
            else:
                self.text += p
        return self


def E(typ, val):
    return (typ, val)


# --- generic secrets -------------------------------------------------------------------------------------------------------

ALNUM = string.ascii_letters + string.digits
B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
WORDS = ["granite", "otter", "mango", "lantern", "copper", "violet", "harbor", "cactus", "pepper", "falcon", "meadow", "quartz", "tundra",
         "walnut", "saffron", "glacier", "ember", "juniper", "orbit", "pixel", "raven", "sierra", "tango", "velvet"]


def rs(n, alphabet=ALNUM):
    return "".join(R.choice(alphabet) for _ in range(n))


def hexs(n):
    return rs(n, "0123456789abcdef")


def b64(nbytes, url=False, pad=True):
    raw = bytes(R.randrange(256) for _ in range(nbytes))
    s = base64.urlsafe_b64encode(raw).decode() if url else base64.b64encode(raw).decode()
    return s if pad else s.rstrip("=")


def password():
    k = R.randrange(5)
    if k == 0:
        return rs(R.randint(12, 20), ALNUM + "!#%^*_-+.")
    if k == 1:
        return "-".join(R.sample(WORDS, 3)) + str(R.randint(10, 99))
    if k == 2:
        return pick(WORDS).capitalize() + pick(["!", "#", "@", "$", "%"]) + str(R.randint(1000, 9999)) + pick(WORDS)
    if k == 3:
        return rs(R.randint(16, 28), ALNUM)
    return rs(3, string.ascii_uppercase) + rs(4, string.digits) + rs(5, string.ascii_lowercase) + pick(["!", "?", "&", "*"])


def url_password():
    """A password that needs no percent-encoding inside URI userinfo."""
    return "".join(ch for ch in password() if ch not in "@:/#?%!*^+")


def uuid():
    h = hexs(32)
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], pick("89ab"), h[17:20], h[20:32])


# --- key material ----------------------------------------------------------------------------------------------------------

def b64_lines(nbytes, width=64):
    s = b64(nbytes)
    return "\n".join(s[i:i + width] for i in range(0, len(s), width))


def b58check(payload):
    data = payload + hashlib.sha256(hashlib.sha256(payload).digest()).digest()[:4]
    n = int.from_bytes(data, "big")
    out = ""
    while n:
        n, r = divmod(n, 58)
        out = B58[r] + out
    return "1" * (len(data) - len(data.lstrip(b"\0"))) + out


def wif():
    return b58check(b"\x80" + bytes(R.randrange(256) for _ in range(32)) + b"\x01")


def b58(n):
    return rs(n, B58)


BECH = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"


def _polymod(values):
    gen = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3]
    chk = 1
    for v in values:
        b = chk >> 25
        chk = (chk & 0x1ffffff) << 5 ^ v
        for i in range(5):
            chk ^= gen[i] if ((b >> i) & 1) else 0
    return chk


def bech32(hrp, nbytes=32):
    data, acc, bits = [], 0, 0
    for byte in bytes(R.randrange(256) for _ in range(nbytes)):
        acc = (acc << 8) | byte
        bits += 8
        while bits >= 5:
            bits -= 5
            data.append((acc >> bits) & 31)
    if bits:
        data.append((acc << (5 - bits)) & 31)
    exp = [ord(x) >> 5 for x in hrp] + [0] + [ord(x) & 31 for x in hrp]
    pm = _polymod(exp + data + [0] * 6) ^ 1
    return hrp + "1" + "".join(BECH[d] for d in data + [(pm >> 5 * (5 - i)) & 31 for i in range(6)])


# --- payment values --------------------------------------------------------------------------------------------------------

def luhn_complete(prefix, length):
    body = prefix + "".join(R.choice(string.digits) for _ in range(length - len(prefix) - 1))
    s = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            d -= 9 if d > 9 else 0
        s += d
    return body + str((10 - s % 10) % 10)


def luhn_ok(num):
    s = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            d -= 9 if d > 9 else 0
        s += d
    return s % 10 == 0


# brand, prefixes, length
CARDS = [("Mir", ["2200", "2201", "2202", "2204"], 16), ("RuPay", ["6521", "6522", "60832"], 16), ("Elo", ["636368", "504175", "650031"], 16),
         ("Troy", ["9792"], 16), ("Verve", ["506099", "506104"], 19), ("UnionPay", ["6212", "6250"], 19), ("Dankort", ["5019"], 16),
         ("Maestro", ["6759", "6761"], 18), ("Hipercard", ["606282"], 16), ("Bancontact", ["6703"], 19)]


def card(brand=None):
    b = [c for c in CARDS if c[0] == brand][0] if brand else pick(CARDS)
    return b[0], luhn_complete(pick(b[1]), b[2])


def group(num, sizes, sep=" "):
    out, i = [], 0
    for n in sizes:
        out.append(num[i:i + n])
        i += n
    if i < len(num):
        out.append(num[i:])
    return sep.join(x for x in out if x)


IBAN_FMT = {"VA": "3n15n", "XK": "4n10n2n", "LC": "4a24c", "SC": "4a2n2n16n3a", "ST": "4n4n11n2n", "TL": "3n14n2n", "EG": "4n4n17n",
            "LY": "3n3n15n", "SD": "2n12n", "SV": "4a20n", "BY": "4c4n16c", "IQ": "4a3n12n", "PS": "4a21c", "DO": "4c20n", "GT": "4c20c",
            "FO": "4n9n1n", "GL": "4n9n1n", "SM": "1a5n5n12c", "AD": "4n4n12c", "MU": "4a2n2n12n3n3a", "BI": "5n5n11n2n", "CH": "5n12c", "LI": "5n12c"}


def iban(cc=None):
    import re
    cc = cc or pick(sorted(IBAN_FMT))
    bban = ""
    for n, k in re.findall(r"(\d+)([anc])", IBAN_FMT[cc]):
        alpha = {"a": string.ascii_uppercase, "n": string.digits, "c": string.ascii_uppercase + string.digits}[k]
        bban += "".join(R.choice(alpha) for _ in range(int(n)))
    if cc == "MU":
        bban = bban[:-3] + "MUR"
    if cc == "SC":
        bban = bban[:-3] + "SCR"
    num = "".join(str(int(c, 36)) for c in bban + cc + "00")
    return cc + "%02d" % (98 - int(num) % 97) + bban


def mod97_ok(s):
    s = s.replace(" ", "")
    return int("".join(str(int(c, 36)) for c in s[4:] + s[:4])) % 97 == 1


def iban_grouped(i):
    return " ".join(i[k:k + 4] for k in range(0, len(i), 4))


# --- phones (mobile; national and international forms valid for their region) -----------------------------------------------

PHONES = {
    "NI": (505, "81234567", 2, "8123 4567", "+505 8123 4567"),
    "SV": (503, "70123456", 2, "7012 3456", "+503 7012 3456"),
    "JM": (1, "8762101234", 5, "(876) 210-1234", "+1 876-210-1234"),
    "TT": (1, "8682911234", 5, "(868) 291-1234", "+1 868-291-1234"),
    "BS": (1, "2423591234", 5, "(242) 359-1234", "+1 242-359-1234"),
    "BZ": (501, "6221234", 2, "622-1234", "+501 622-1234"),
    "NA": (264, "811234567", 2, "081 123 4567", "+264 81 123 4567"),
    "BW": (267, "71123456", 2, "71 123 456", "+267 71 123 456"),
    "MW": (265, "991234567", 2, "0991 23 45 67", "+265 991 23 45 67"),
    "MG": (261, "321234567", 2, "032 12 345 67", "+261 32 12 345 67"),
    "ML": (223, "65012345", 2, "65 01 23 45", "+223 65 01 23 45"),
    "BF": (226, "70123456", 2, "70 12 34 56", "+226 70 12 34 56"),
    "NE": (227, "93123456", 2, "93 12 34 56", "+227 93 12 34 56"),
    "TG": (228, "90112345", 2, "90 11 23 45", "+228 90 11 23 45"),
    "BJ": (229, "90011234", 2, "90 01 12 34", "+229 90 01 12 34"),
    "GN": (224, "601123456", 2, "601 12 34 56", "+224 601 12 34 56"),
    "SL": (232, "25123456", 2, "(025) 123456", "+232 25 123456"),
    "GA": (241, "06031234", 2, "06 03 12 34", "+241 06 03 12 34"),
    "AO": (244, "923123456", 2, "923 123 456", "+244 923 123 456"),
    "CV": (238, "9911234", 2, "991 12 34", "+238 991 12 34"),
    "SC": (248, "2510123", 2, "2 510 123", "+248 2 510 123"),
    "MV": (960, "7712345", 2, "771-2345", "+960 771-2345"),
    "BT": (975, "17123456", 2, "17 12 34 56", "+975 17 12 34 56"),
    "LA": (856, "2023123456", 3, "020 23 123 456", "+856 20 23 123 456"),
    "AF": (93, "701234567", 2, "070 123 4567", "+93 70 123 4567"),
    "YE": (967, "712345678", 2, "0712 345 678", "+967 712 345 678"),
    "TJ": (992, "917123456", 2, "917 12 3456", "+992 917 12 3456"),
    "KG": (996, "700123456", 2, "0700 123 456", "+996 700 123 456"),
    "TM": (993, "66123456", 2, "8 66 123456", "+993 66 123456"),
    "MD": (373, "62112345", 2, "0621 12 345", "+373 621 12 345"),
    "LI": (423, "660234567", 3, "660 234 567", "+423 660 234 567"),
    "AD": (376, "312345", 2, "312 345", "+376 312 345"),
    "MC": (377, "612345678", 2, "06 12 34 56 78", "+377 6 12 34 56 78"),
    "SM": (378, "66661212", 2, "66 66 12 12", "+378 66 66 12 12"),
    "PG": (675, "70123456", 2, "7012 3456", "+675 7012 3456"),
    "WS": (685, "7212345", 2, "72 12345", "+685 72 12345"),
    "TO": (676, "7715123", 2, "771 5123", "+676 771 5123"),
    "GL": (299, "221234", 2, "22 12 34", "+299 22 12 34"),
    "FO": (298, "211234", 2, "211234", "+298 211234"),
    "GI": (350, "57123456", 2, "57123456", "+350 57123456"),
    "AZ": (994, "401234567", 2, "040 123 45 67", "+994 40 123 45 67"),
    "SR": (597, "7412345", 2, "741-2345", "+597 741-2345"),
    "GY": (592, "6091234", 2, "609 1234", "+592 609 1234"),
    "HT": (509, "34101234", 2, "34 10 1234", "+509 34 10 1234"),
    "LR": (231, "770123456", 2, "077 012 3456", "+231 77 012 3456"),
    "GM": (220, "3012345", 2, "301 2345", "+220 301 2345"),
}


def _fill(template, nsn):
    """Writes nsn into the last len(nsn) digits of template."""
    out, k = list(template), len(nsn)
    idx = [i for i, c in enumerate(out) if c.isdigit()][-k:]
    for i, d in zip(idx, nsn):
        out[i] = d
    return "".join(out)


def phone(region=None, form=None):
    """(region, text): form nat | intl | e164 | 00."""
    region = region or pick(sorted(PHONES))
    cc, ex, k, nat, intl = PHONES[region]
    nsn = ex[:k] + "".join(R.choice(string.digits) for _ in range(len(ex) - k))
    form = form or pick(["nat", "intl", "intl", "e164", "00"])
    if form == "nat":
        return region, _fill(nat, nsn)
    if form == "intl":
        return region, _fill(intl, nsn)
    if form == "e164":
        return region, "+%d%s" % (cc, nsn)
    return region, "00" + _fill(intl, nsn)[1:]


# --- names (BMP only), in their own scripts and in Latin transliteration ----------------------------------------------------

# culture: (given names, family names, order) — order "gf" = given first, "fg" = family first, "g" = one name only
NAMES = {
    "ru-cyr": (["Дмитрий", "Ольга", "Сергей", "Наталья", "Алексей", "Екатерина"], ["Соколов", "Кузнецова", "Волков", "Морозова", "Лебедев", "Новикова"], "gf"),
    "uk-cyr": (["Олена", "Тарас", "Ірина", "Богдан", "Оксана"], ["Коваленко", "Шевчук", "Бондаренко", "Ткачук", "Мельник"], "gf"),
    "el": (["Γιώργος", "Ελένη", "Νίκος", "Μαρία", "Κωνσταντίνος"], ["Παπαδόπουλος", "Γεωργίου", "Οικονόμου", "Καραγιάννη", "Βλάχος"], "gf"),
    "ar": (["محمد", "فاطمة", "عمر", "ليلى", "يوسف"], ["العتيبي", "الحسيني", "المصري", "الزهراني", "حداد"], "gf"),
    "he": (["נועה", "איתי", "תמר", "יונתן", "שירה"], ["לוי", "כהן", "מזרחי", "פרידמן", "אברהם"], "gf"),
    "hi": (["अनिल", "प्रिया", "राहुल", "सुनीता", "विकास"], ["शर्मा", "वर्मा", "गुप्ता", "अग्रवाल", "मिश्रा"], "gf"),
    "th": (["สมชาย", "สุดา", "วิชัย", "มาลี", "ธนพล"], ["ใจดี", "ศรีสุข", "วงศ์ทอง", "แก้วมณี", "บุญมา"], "gf"),
    "zh": (["伟", "娜", "静", "磊", "芳", "俊杰"], ["王", "李", "张", "刘", "陈", "欧阳"], "fgc"),
    "ja": (["健", "美咲", "翔太", "陽子", "大輔"], ["佐藤", "鈴木", "高橋", "渡辺", "伊藤"], "fgj"),
    "ko": (["민준", "서연", "지훈", "하은", "도윤"], ["김", "이", "박", "최", "정"], "fgc"),
    "ka": (["ნინო", "გიორგი", "თამარ", "ლევან"], ["ბერიძე", "კაპანაძე", "გელაშვილი", "მამულაშვილი"], "gf"),
    "hy": (["Արամ", "Անի", "Տիգրան", "Լուսինե"], ["Պետրոսյան", "Հովհաննիսյան", "Սարգսյան", "Ավետիսյան"], "gf"),
    "am": (["አበበ", "ትዕግስት", "ዳዊት", "ሜሮን"], ["ቢቂላ", "ታደሰ", "ገብረመድህን", "አለሙ"], "gf"),
    "ta": (["கார்த்திக்", "பிரியா", "அருண்", "மீனா"], ["ராஜா", "சுப்ரமணியன்", "வேலு", "கண்ணன்"], "gf"),
    "bn": (["রাহুল", "তানিয়া", "সৌমিত্র", "নুসরাত"], ["দাস", "চৌধুরী", "রহমান", "বসু"], "gf"),
    "fa": (["مریم", "علی", "نگار", "رضا"], ["احمدی", "کریمی", "حسینی", "رضایی"], "gf"),
    "eu": (["Iñaki", "Miren", "Josu", "Ainhoa"], ["Etxeberria", "Agirre", "Zubizarreta", "Goikoetxea"], "gf"),
    "ca": (["Jordi", "Montserrat", "Pau", "Núria"], ["Puig i Ferrer", "Vilaró", "Soler i Pujol", "Casademunt"], "gf"),
    "cy": (["Siân", "Gethin", "Rhiannon", "Dafydd"], ["ap Rhys", "Llewellyn", "Pritchard", "ab Owain"], "gf"),
    "mt": (["Ġorġ", "Marija", "Ċensu", "Rita"], ["Borġ", "Camilleri", "Żammit", "Grech"], "gf"),
    "fo": (["Jógvan", "Guðrun", "Rógvi", "Sunneva"], ["við Ánna", "Joensen", "í Líð", "Hansen"], "gf"),
    "az": (["Elçin", "Günay", "Rəşad", "Aytən"], ["Məmmədov", "Əliyeva", "Hüseynov", "Qasımova"], "gf"),
    "zu": (["Sipho", "Thandiwe", "Bongani", "Nomvula"], ["Ndlovu", "Dlamini", "Mkhize", "Zungu"], "gf"),
    "ha": (["Aminu", "Hauwa", "Sani", "Zainab"], ["Bello", "Abubakar", "Danjuma", "Yusuf"], "gf"),
    "mg": (["Andry", "Voahangy", "Hery", "Lalao"], ["Rakotomalala", "Randriamampionona", "Rasoanaivo", "Andrianarisoa"], "gf"),
    "sm": (["Tusi", "Sina", "Iosefa", "Malia"], ["Fa'amausili", "Leiataua", "Tuilagi", "Sapolu"], "gf"),
    "ht": (["Jean-Baptiste", "Nadège", "Wisly", "Mirlande"], ["Pierre-Louis", "Desrosiers", "Joseph", "Théodore"], "gf"),
    "lo": (["Souksavanh", "Phonsavanh", "Khamla"], ["Keomany", "Phommachanh", "Sisouk"], "gf"),
    "kg": (["Aibek", "Nurzhan", "Aigerim", "Bakyt"], ["Asanbek uulu", "Toktogulova", "Bakytbek kyzy", "Sadyrbaev"], "gf"),
    "ps": (["Ahmad Shah", "Zarghuna", "Wahidullah", "Malalai"], ["Popalzai", "Durrani", "Stanikzai", "Sherzad"], "gf"),
    "ne": (["Moussa", "Aïssata", "Ibrahim", "Mariama"], ["Maïga", "Traoré", "Diallo", "Keïta"], "gf"),
    "vi-latin-ocr": (["Ngô Bảo", "Đặng Thu"], ["Châu", "Thảo"], "fgv"),
}

LATIN = ["eu", "ca", "cy", "mt", "fo", "az", "zu", "ha", "mg", "sm", "ht", "lo", "kg", "ps", "ne"]
SCRIPT = ["ru-cyr", "uk-cyr", "el", "ar", "he", "hi", "th", "zh", "ja", "ko", "ka", "hy", "am", "ta", "bn", "fa"]


def person(culture=None, kind=None):
    """(culture, full name, given, family)."""
    if culture is None:
        pool = LATIN if kind == "latin" else SCRIPT if kind == "script" else LATIN + SCRIPT
        culture = pick(pool)
    g, f, order = NAMES[culture]
    gn, fn = pick(g), pick(f)
    if order == "fgc":
        full = fn + gn
    elif order == "fgj":
        full = fn + " " + gn
    elif order == "fgv":
        full = fn + " " + gn
    else:
        full = gn + " " + fn
    return culture, full, gn, fn


ASCII_NAME = {  # romanisations for mailbox local parts
    "eu": "inaki.etxeberria", "ca": "jordi.puig", "cy": "sian.aprhys", "mt": "gorg.borg", "fo": "jogvan.joensen", "az": "elcin.mammadov",
    "zu": "sipho.ndlovu", "ha": "aminu.bello", "mg": "andry.rakoto", "sm": "tusi.leiataua", "ht": "nadege.joseph", "lo": "khamla.sisouk",
    "kg": "aibek.sadyrbaev", "ps": "zarghuna.durrani", "ne": "moussa.maiga", "ru-cyr": "d.sokolov", "uk-cyr": "olena.kovalenko",
    "el": "g.papadopoulos", "ar": "m.alotaibi", "he": "noa.levi", "hi": "anil.sharma", "th": "somchai.j", "zh": "wang.wei", "ja": "k.sato",
    "ko": "minjun.kim", "ka": "nino.beridze", "hy": "aram.petrosyan", "am": "abebe.bikila", "ta": "karthik.raja", "bn": "rahul.das",
    "fa": "maryam.ahmadi", "vi-latin-ocr": "bao.ngo",
}

DOMAINS = ["corp-mail.example", "acme-logistics.io", "kestrel.dev", "mailbox.org", "proton.me", "yandex.ru", "naver.com", "163.com",
           "gmx.at", "web.de", "outlook.com", "fastmail.com", "opsteam.net", "hirundo.co"]


def _fold(name):
    import unicodedata
    s = unicodedata.normalize("NFKD", name.replace("ı", "i").replace("ə", "e").replace("Ə", "E").replace("ð", "d"))
    s = "".join(ch for ch in s if ch.isascii() and (ch.isalnum() or ch in " -")).lower()
    return ".".join(p for p in s.replace("-", " ").split()[:2])


def email(culture=None, local=None, name=None):
    """A mailbox; its local part is the name folded to ASCII for Latin-script names, a romanisation for the others."""
    if local is None and name and culture in LATIN:
        local = _fold(name)
    base = local or ASCII_NAME.get(culture or "", "") or rs(6, string.ascii_lowercase)
    return base + pick(["", "", str(R.randint(1, 99)), "+oncall"]) + "@" + pick(DOMAINS)


def ipv4():
    k = R.randrange(4)
    if k == 0:
        return "10.%d.%d.%d" % (R.randint(0, 255), R.randint(0, 255), R.randint(2, 254))
    if k == 1:
        return "172.%d.%d.%d" % (R.randint(16, 31), R.randint(0, 255), R.randint(2, 254))
    if k == 2:
        return "192.168.%d.%d" % (R.randint(0, 255), R.randint(2, 254))
    return "%d.%d.%d.%d" % (pick([34, 51, 85, 91, 104, 141, 185, 203]), R.randint(0, 255), R.randint(0, 255), R.randint(2, 254))


def ipv6():
    k = R.randrange(3)
    if k == 0:
        return "2a01:%s:%s:%s::%s" % (hexs(4).lstrip("0") or "1", hexs(3), hexs(4).lstrip("0") or "a", hexs(2).lstrip("0") or "5")
    if k == 1:
        return "fd%s:%s:%s:1::%s" % (hexs(2), hexs(4), hexs(4), hexs(3).lstrip("0") or "9")
    return "fe80::%s:%sff:fe%s:%s" % (hexs(3).lstrip("0") or "1", hexs(2), hexs(2), hexs(4))


def mac(sep=":"):
    first = R.randrange(256) & 0xFC
    b = [first] + [R.randrange(256) for _ in range(5)]
    return sep.join("%02x" % x for x in b) if sep != "-" else "-".join("%02X" % x for x in b)


def jwt(claims=None):
    import json
    h = base64.urlsafe_b64encode(json.dumps({"alg": "RS256", "typ": "JWT", "kid": hexs(8)}, separators=(",", ":")).encode()).decode().rstrip("=")
    c = claims or {"sub": uuid(), "iat": 1764990000 + R.randint(0, 99999), "scope": "read write"}
    p = base64.urlsafe_b64encode(json.dumps(c, separators=(",", ":")).encode()).decode().rstrip("=")
    return h + "." + p + "." + b64(R.choice([64, 128, 256]), url=True, pad=False)


def host():
    return pick(["db-eu-2", "mq-prod-1", "api-gw", "edge-03", "ledger-db", "search-7", "billing-api", "ingest-02", "vault-a", "kafka-b2"]) + \
        pick([".int.kestrel.dev", ".prod.acme-logistics.io", ".svc.cluster.local", ".hirundo.co", ""])
