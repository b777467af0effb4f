"""Names, phones, e-mail addresses, cards and IBANs of the unseen11 set (standard library only)."""
import os
from gen import E, T, luhn_complete, iban_build

HERE = os.path.dirname(os.path.abspath(__file__))

# ---- names in scripts: (given list, family list, order) — order "gf" given first, "fg" family first
SCRIPTS = {
    "inuktitut": (["ᔮᓂ", "ᐸᐅᓗᓯ", "ᐋᓚᓯ", "ᐃᓕᓴᐱ", "ᒪᓚᔭ", "ᔪᐊᓇᓯ", "ᓵᓕ", "ᓘᐃ"],
                  ["ᐊᑭᓱᒃ", "ᑭᓚᐳᒃ", "ᖃᑉᐱᒃ", "ᓄᑕᕋᒃ", "ᐃᐱᓖ", "ᑯᓄᒃ", "ᐱᑦᓯᐅᓚᒃ", "ᐊᕐᓇᖁᖅ", "ᑰᑐ"], "gf"),
    "tifinagh": (["ⵢⵓⴱⴰ", "ⵜⵉⵍⴻⵍⵍⵉ", "ⵎⴰⵙⵉⵏⵉⵙⴰ", "ⵜⵉⵣⵉⵔⵉ", "ⵉⴷⵉⵔ", "ⵎⴰⵣⵉⵖ", "ⵜⴰⵏⵉⵔⵜ", "ⴰⵏⴰⵔ"],
                 ["ⴰⵎⴻⵍⵍⴰⵍ", "ⴰⵎⵖⴰⵔ", "ⴰⵢⵜ ⵎⴰⵏⵚⵓⵔ", "ⵓⴱⴻⵍⵍⴰ", "ⵉⴷⵔⵉⵙⵉ", "ⴰⵙⵍⵎⴰⵏ"], "gf"),
    "syriac": (["ܐܦܪܝܡ", "ܫܡܝܪܡ", "ܢܪܣܝ", "ܣܪܓܘܢ", "ܐܫܘܪ", "ܡܪܬܐ", "ܫܡܥܘܢ", "ܢܪܓܠ"],
               ["ܒܝܬ ܒܢܝܡܝܢ", "ܒܝܬ ܫܡܘܐܝܠ", "ܚܢܢܝܫܘܥ", "ܐܕܝ", "ܒܪܨܘܡܐ", "ܝܠܕܐ"], "gf"),
    "pashto": (["ملالۍ", "ګلالۍ", "نجیب الله", "زرمینه", "احمد شاه", "وږمه", "خوشحال", "ښکلا"],
               ["اڅکزی", "وردګ", "پوپلزی", "مومند", "نورزی", "یوسفزی"], "gf"),
    "uyghur": (["ئەركىن", "گۈلنار", "ئايگۈل", "تۇرسۇن", "مۇھەممەت", "ئابدۇرېھىم", "پەرىدە", "ئىلھام"],
               ["ئابلىمىت", "تۇردى", "ھەسەن", "قادىر", "ئوسمان", "ياقۇپ"], "gf"),
    "sorani": (["ڕێبوار", "شێرکۆ", "ژیلا", "هێمن", "نەسرین", "ئاوات", "کاوە", "شلێر"],
               ["عەبدوڵڵا", "مەحموود", "ڕەسووڵ", "ئەحمەد", "کەریم", "حەمەئەمین"], "gf"),
    "macedonian": (["Ѓорѓи", "Марија", "Кирил", "Сашо", "Билјана", "Драгица", "Љупчо", "Елена", "Благоја", "Ненад"],
                   ["Трајковски", "Стојановска", "Петрушевски", "Николовска", "Ѓурчинов", "Јовановски", "Шеќеринска", "Ристовски"], "gf"),
    "belarusian": (["Алесь", "Уладзімір", "Святлана", "Янка", "Аксана", "Дзмітрый", "Ірына", "Міхась", "Ганна"],
                   ["Каўрус", "Шушкевіч", "Багдановіч", "Малашэвіч", "Лабковіч", "Сяргейчык", "Дубавец"], "gf"),
    "tajik": (["Фирӯза", "Ҷамшед", "Зарина", "Илҳом", "Бахтиёр", "Меҳрона", "Шодмон", "Гулчеҳра", "Рустам"],
              ["Раҳмонов", "Назарова", "Қодиров", "Ҳайдаров", "Шарипова", "Ҷӯраев", "Саидзода", "Бобоҷонов"], "fg"),
    "tatar": (["Гөлнара", "Рөстәм", "Илдар", "Әлфия", "Зөлфия", "Фәрит", "Айгөл", "Салават"],
              ["Хәбибуллин", "Гыйниятуллина", "Сабиров", "Вәлиев", "Җәлилов", "Мөхәммәтшина", "Юлаев"], "fg"),
    "kyrgyz": (["Айпери", "Нурбек", "Бактыгүл", "Өмүрбек", "Жылдыз", "Санжар", "Чолпон", "Эрмек"],
               ["Исаков", "Жээнбекова", "Сатыбалдиев", "Токтогулова", "Өмүралиев", "Бейшеналиева"], "fg"),
    "hk_han": (["大文", "嘉欣", "志明", "詠詩", "家輝", "美玲", "偉強", "鳳儀"], ["陳", "李", "黃", "何", "梁", "張", "鄧", "譚"], "han"),
}
SCRIPT_GREET = {
    "inuktitut": ("ᐅᓪᓛᒃᑯᑦ", "ᖁᔭᓐᓇᒦᒃ"), "tifinagh": ("ⴰⵣⵓⵍ", "ⵜⴰⵏⵎⵎⵉⵔⵜ"), "syriac": ("ܫܠܡܐ", "ܬܘܕܝ"),
    "pashto": ("سلام", "مننه"), "uyghur": ("ياخشىمۇسىز", "رەھمەت"), "sorani": ("سڵاو", "سوپاس"),
    "macedonian": ("Здраво", "Поздрав"), "belarusian": ("Дзень добры", "Дзякуй"), "tajik": ("Ассалом", "Ташаккур"),
    "tatar": ("Исәнмесез", "Рәхмәт"), "kyrgyz": ("Саламатсызбы", "Рахмат"), "hk_han": ("你好", "多謝"),
}
# sentences of a ticket per script: (complaint, "call me on" phrase, "agent" word)
SCRIPT_TEXT = {
    "inuktitut": ("ᖃᕆᑕᐅᔭᒃᑯᑦ ᐊᐅᓚᓯᔪᓐᓇᙱᓚᖓ", "ᐅᖄᓚᐅᑎᒃᑯᑦ", "ᐃᑲᔪᖅᑎ"),
    "tifinagh": ("ⵓⵔ ⵣⵎⵉⵔⵖ ⴰⴷ ⴽⵛⵎⵖ ⵙ ⵓⵎⵉⴹⴰⵏ", "ⵜⵉⵍⵉⴼⵓⵏ", "ⴰⵎⴰⵡⴰⵙ"),
    "syriac": ("ܠܐ ܡܨܐ ܐܢܐ ܠܡܥܠ", "ܬܝܠܝܦܘܢ", "ܡܥܕܪܢܐ"),
    "pashto": ("زه نشم کولی چې ننوځم", "ټیلیفون", "همکار"),
    "uyghur": ("سىستېمىغا كىرەلمەيمەن", "تېلېفون", "خادىم"),
    "sorani": ("ناتوانم بچمە ژوورەوە", "تەلەفۆن", "کارمەند"),
    "macedonian": ("Не можам да се најавам на порталот", "Телефон", "Агент"),
    "belarusian": ("Не магу ўвайсці ў сістэму", "Тэлефон", "Аператар"),
    "tajik": ("Ман ба система ворид шуда наметавонам", "Телефон", "Корманд"),
    "tatar": ("Системага керә алмыйм", "Телефон", "Хезмәткәр"),
    "kyrgyz": ("Системага кире албай жатам", "Телефон", "Кызматкер"),
    "hk_han": ("我登入唔到個系統", "電話", "客服"),
}


def script_name(g, script, form="full"):
    giv, fam, order = SCRIPTS[script]
    gv, fm = g.pick(giv), g.pick(fam)
    if order == "han":
        return fm + gv
    if form == "given":
        return gv
    return f"{fm} {gv}" if order == "fg" else f"{gv} {fm}"


# ---- Latin-script cultures not used by the earlier sets: (given, family, order)
LATIN = {
    "oromo": (["Caalaa", "Lalisee", "Tolosaa", "Hawwii", "Gaaddisaa", "Ayyaantuu", "Fayyisaa", "Bilisee"],
              ["Bultumee", "Gammadaa", "Dhugaasaa", "Tasfaayee", "Margaa", "Waaqoo", "Jaarraa", "Qananii"], "gf"),
    "dinka": (["Deng", "Nyandeng", "Achol", "Mabior", "Akuol", "Garang", "Abuk", "Majok"],
              ["Majok Chol", "Garang Mayen", "Deng Kuol", "Ajak Deng", "Bol Akot", "Kuol Manyang", "Makuei Lueth"], "gf"),
    "chamorro": (["Rosalia", "Vicente", "Antonia", "Jesus", "Josefina", "Ignacio", "Dolores", "Francisco"],
                 ["Taitano", "Taimanglo", "Sablan", "Babauta", "Camacho", "Pangelinan", "Quitugua", "Aguon", "Tenorio"], "gf"),
    "sorbian": (["Měrćin", "Jurij", "Hańža", "Křesćan", "Marja", "Bjarnat", "Božena", "Wórša"],
                ["Nowak", "Šołta", "Krawc", "Wjela", "Dučman", "Hrjehor", "Bjeńš", "Měškank"], "gf"),
    "frisian": (["Sjoerd", "Tsjerk", "Wytske", "Jetske", "Hylke", "Sieuwke", "Oebele", "Baukje"],
                ["Hoekstra", "Dykstra", "Wiersma", "Bosma", "Tjeerdsma", "Hiemstra", "Rinsma", "Zijlstra"], "gf"),
    "romansh": (["Gion Antoni", "Flurina", "Men", "Ursina", "Duri", "Mengia", "Claudio", "Seraina"],
                ["Derungs", "Caduff", "Clalüna", "Cathomen", "Bezzola", "Tscharner", "Caviezel", "Giacometti"], "gf"),
    "luxembourgish": (["Jhemp", "Mett", "Marie-Jeanne", "Gilles", "Nico", "Josée", "Claude", "Fränz"],
                      ["Hoscheit", "Weydert", "Kieffer", "Thill", "Schmit", "Reuter", "Feltgen", "Wagener"], "gf"),
    "marshallese": (["Kessai", "Jiba", "Litokwa", "Hilda", "Tony", "Neijon", "Bremity", "Kaiboke"],
                    ["Kabua", "Tomeing", "Heine", "deBrum", "Loeak", "Zackhras", "Lakjohn", "Jetnil"], "gf"),
    "cantonese": (["Tai-man", "Ka-yan", "Chi-ming", "Wing-sze", "Ka-fai", "Mei-ling", "Wai-keung", "Fung-yee"],
                  ["CHAN", "LEE", "WONG", "HO", "LEUNG", "CHEUNG", "TANG", "TAM"], "hk"),
    "sardinian": (["Bachisio", "Efisio", "Gavino", "Tonina", "Maddalena", "Giuanne", "Peppina", "Salvatorangelo"],
                  ["Porcu", "Piras", "Mura", "Sanna", "Pinna", "Manca", "Deiana", "Cossu", "Satta"], "gf"),
    "akan": (["Kwabena", "Akosua", "Yaw", "Efua", "Kofi", "Adwoa", "Kwaku", "Abena"],
             ["Owusu-Ansah", "Asantewaa", "Boateng", "Ofori-Atta", "Nkansah", "Agyeman", "Sarpong", "Frimpong"], "gf"),
    "slovene": (["Mojca", "Primož", "Špela", "Matjaž", "Urška", "Jernej", "Nataša", "Boštjan"],
                ["Kovačič", "Horvat", "Žagar", "Zupančič", "Potočnik", "Vidmar", "Kos", "Mlakar"], "gf"),
}
TITLES = ["Prof. Dr. h.c.", "Chief (Mrs.)", "Alhaja", "Hon.", "Rt. Rev.", "Pastor", "Mx.", "Dipl.-Ing.", "Ks.", "doc. Ing.",
          "Hj.", "Datuk Seri", "Tan Sri", "Dato'", "Khun", "Mzee", "Ustaz", "Sr.ª", "Mag.ª", "Eng.º"]


def latin_name(g, culture, form="gf"):
    giv, fam, order = LATIN[culture]
    gv, fm = g.pick(giv), g.pick(fam)
    if order == "hk":
        eng = g.pick(["Peter", "Karen", "Jacky", "Winnie", "Raymond", "Maggie", "Kelvin", "Cherry"])
        return g.pick([f"{fm} {gv}", f"{fm}, {gv} {eng}", f"{eng} {fm} {gv}", f"{fm} {gv.replace('-', ' ')}"])
    if order == "malay":
        return f"{gv} {fm}" if form != "upper" else f"{gv} {fm}".upper()
    if order == "fg":
        base = f"{fm} {gv}"
        return base.upper() if form == "upper" else base
    if form == "upper":
        return f"{fm.upper()} {gv}"
    if form == "comma":
        return f"{fm}, {gv}"
    if form == "upper_comma":
        return f"{fm.upper()}, {gv.upper()}"
    return f"{gv} {fm}"


def any_name(g):
    if g.n(0, 2) == 0:
        return script_name(g, g.pick(sorted(SCRIPTS)))
    return latin_name(g, g.pick(sorted(LATIN)), g.pick(["gf", "gf", "upper", "comma"]))


# ---- phones from phones_tbl.txt (templates checked with python3-phonenumbers outside the generator; last three digits drawn)
PHONES = []
for line in open(os.path.join(HERE, "phones_tbl.txt"), encoding="utf-8"):
    reg, typ, form, tpl = line.rstrip("\n").split("\t")
    PHONES.append((reg, typ, form, tpl))
PHONE_REGIONS = sorted({p[0] for p in PHONES})


def phone(g, region=None, form=None, typ=None):
    cands = [p for p in PHONES if (region is None or p[0] == region) and (form is None or p[2] == form) and (typ is None or p[1] == typ)]
    reg, t, f, tpl = g.pick(cands)
    out = list(tpl)
    for i, ch in enumerate(out):
        if ch == "#":
            out[i] = str(g.n(0, 9))
    s = "".join(out)
    if f == "intl" and g.n(0, 3) == 0:
        s = "00" + s[1:]
    return s


def phone_any(g):
    return phone(g, g.pick(PHONE_REGIONS))


# ---- e-mail addresses
DOMAINS = ["tele-kom.ps", "mail.tl", "posta.xk", "nunavut-health.ca", "telma.mr", "libyana.ly", "batelco.bh", "irancell.ir",
           "sorbian-net.de", "fryslan.frl", "rumantsch.ch", "pt.lu", "guamcell.net", "ucc.edu.gh", "ui.edu.ng", "vnpt.vn",
           "netvigator.com", "tm.net.my", "siol.net", "mt.net.mk", "tut.by", "tojnet.tj", "kazan.tatar", "elcat.kg"]


def email(g, local=None):
    local = local or g.pick(["m.hoekstra", "ops-duty", "a.kovacic", "nguyen.thu", "kofi.owusu", "j.taitano", "wing.sze", "faizal.h",
                             "helpdesk", "rinsma+alerts", "d.bezzola", "mj.weydert", "b.krawc", "t.ablimit", "rebwar.k"])
    return f"{local}@{g.pick(DOMAINS)}"


# ---- cards of brands no earlier README names
BRANDS = {
    "napas": (["9704"], 16), "shetab": (["603799", "621986", "610433"], 16), "dinacard": (["9891"], 16), "mada": (["588845", "446404"], 16),
    "prostir": (["9804"], 16), "arca": (["9051"], 16), "elcart": (["9417"], 16), "carnet": (["506199", "639559"], 16),
    "tunion": (["31"], 19), "diners": (["36"], 14), "amex": (["34", "37"], 15), "maestro_uk": (["6759"], 16), "korti_milli": (["9762"], 16),
}


def card(g, brand=None):
    brand = brand or g.pick(sorted(BRANDS))
    pres, ln = BRANDS[brand]
    pre = g.pick(pres)
    return brand, luhn_complete(pre + g.digits(ln - len(pre) - 1))


def group_card(num, how=" "):
    if len(num) == 15:
        return how.join([num[:4], num[4:10], num[10:]])
    if len(num) == 14:
        return how.join([num[:4], num[4:10], num[10:]])
    return how.join(num[i:i + 4] for i in range(0, len(num), 4))


PERSIAN = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")
ARABIC_INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")

# ---- IBANs (countries chosen away from the lists in the earlier READMEs; BBAN shapes per the IBAN registry)
U = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
C = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
IBAN_FMT = {
    "RU": lambda g: "04" + g.digits(7) + g.digits(5) + "40817810" + g.digits(7),
    "DJ": lambda g: "00010" + g.digits(5) + g.digits(11) + g.digits(2),
    "GI": lambda g: g.pick(["NWBK", "BARC", "GIBK", "TURK"]) + g.alnum(15, C),
    "VG": lambda g: g.pick(["VPVG", "FCIB", "BVIB"]) + g.digits(16),
    "CR": lambda g: "0" + g.digits(3) + g.digits(14),
    "UA": lambda g: g.digits(6) + "0000" + g.digits(15),
    "LB": lambda g: g.digits(4) + g.alnum(20, C),
}


def iban(g, cc=None):
    cc = cc or g.pick(sorted(IBAN_FMT))
    return cc, iban_build(cc, IBAN_FMT[cc](g))


def group4(s, sep=" "):
    return sep.join(s[i:i + 4] for i in range(0, len(s), 4))
