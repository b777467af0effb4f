"""People for unseen7: names of many cultures (single names, particles, hyphens, initials, all-caps surnames), e-mails, phones of
countries the earlier sets did not draw (and new national forms of a few they did)."""
import unicodedata
from gen import R, pick, s

# (locale, given names, surnames, family-name-first?)
CULTURES = [
    ("sv", ["Linnéa", "Björn", "Åsa", "Oskar", "Maja", "Henrik", "Sigrid", "Nils"], ["Lindqvist", "Åberg", "Sjöström", "Holmgren", "Bergström", "Nyström"], False),
    ("cs", ["Jiří", "Kateřina", "Tomáš", "Lucie", "Ondřej", "Zuzana", "Radek"], ["Dvořák", "Procházková", "Černý", "Kučerová", "Veselý", "Horáková"], False),
    ("tr", ["Mehmet", "Ayşe", "Emre", "Zeynep", "Burak", "Elif", "Oğuz"], ["Yılmaz", "Çelik", "Öztürk", "Aydın", "Şahin", "Kılıç"], False),
    ("el", ["Giorgos", "Eleni", "Dimitris", "Katerina", "Nikos", "Sofia"], ["Papadopoulos", "Georgiou", "Konstantinidis", "Vlachou", "Nikolaidis"], False),
    ("ru", ["Dmitry", "Yekaterina", "Aleksei", "Natalya", "Sergei", "Olga", "Yuri"], ["Ivanov", "Smirnova", "Kuznetsov", "Popova", "Volkov", "Sokolova"], False),
    ("ko", ["Min-jun", "Ji-woo", "Seo-yeon", "Hyun-woo", "Ha-eun", "Do-yoon"], ["Kim", "Park", "Choi", "Jung", "Kang", "Yoon"], True),
    ("zh", ["Xiuying", "Wei", "Jianguo", "Mei", "Haoran", "Yuxin"], ["Wang", "Zhang", "Liu", "Chen", "Huang", "Zhou"], True),
    ("hi", ["Priya", "Rajesh", "Ananya", "Vikram", "Sunita", "Arjun", "Kavya"], ["Sharma", "Iyer", "Reddy", "Chatterjee", "Deshpande", "Nair"], False),
    ("id", ["Budi", "Sri", "Agus", "Dewi", "Putri", "Eko"], ["Santoso", "Wulandari", "Hidayat", "Setiawan", "Kusumawati", "Pratama"], False),
    ("ms", ["Ahmad", "Siti", "Farid", "Nurul"], ["bin Ismail", "binti Abdullah", "bin Hassan", "binti Yusof"], False),
    ("nl", ["Anouk", "Pieter", "Sanne", "Joost", "Femke"], ["van den Heuvel", "de Vries", "van Dijk", "ter Horst", "van 't Hof"], False),
    ("es", ["María", "Joaquín", "Lucía", "Íñigo", "Pilar"], ["de la Cruz", "del Río", "García-Márquez", "de los Santos", "Ibáñez"], False),
    ("ar", ["Omar", "Fatima", "Youssef", "Layla", "Karim"], ["Al-Farsi", "El Amrani", "Haddad", "Al-Sayed", "Ben Salah"], False),
    ("fr", ["Anne-Sophie", "Jean-Baptiste", "Marie-Claire", "Pierre-Yves"], ["Lefèvre-Martin", "Dubois", "Moreau-Leclerc", "Rousseau"], False),
    ("vi", ["Lan", "Minh", "Thảo", "Quang"], ["Nguyễn Thị", "Trần Văn", "Lê Hoàng", "Phạm Minh"], True),
    ("is", ["Guðrún", "Sigurður", "Þórdís", "Einar"], ["Sigurðardóttir", "Jónsson", "Magnúsdóttir", "Gunnarsson"], False),
    ("ga", ["Siobhán", "Pádraig", "Aoife", "Ciarán"], ["Ní Bhriain", "Ó Súilleabháin", "Mac Giolla", "Nic Aodha"], False),
    ("yo", ["Adébáyọ̀", "Chiamaka", "Oluwaseun", "Ngozi", "Kwame", "Abena"], ["Okonkwo", "Adeyemi", "Mensah", "Boateng", "Eze"], False),
]
SINGLE = ["Sukarno", "Wulandari", "Suharti", "Mulyadi", "Kartini", "Teguh"]


def person(style=None, loc=None):
    """Returns (full name as written, given, family, locale)."""
    c = next((x for x in CULTURES if x[0] == loc), None) if loc else pick(CULTURES)
    loc, gs, fs, fam_first = c
    g, f = pick(gs), pick(fs)
    style = R.randrange(8) if style is None else style
    if style == 0 and loc in ("id",):
        n = pick(SINGLE)
        return n, n, "", loc
    if fam_first:
        return f + " " + g, g, f, loc
    if style == 1:
        return f.upper() + " " + g, g, f, loc
    if style == 2:
        return g[0] + ". " + f, g, f, loc
    if style == 3 and "-" not in g:
        return g + " " + pick("ABCDEFGHJKLMNPRST") + ". " + f, g, f, loc
    return g + " " + f, g, f, loc


def ascii_fold(t):
    t = t.replace("ø", "o").replace("ß", "ss").replace("ð", "d").replace("þ", "th").replace("Þ", "Th").replace("ı", "i").replace("'", "")
    return "".join(c for c in unicodedata.normalize("NFKD", t) if not unicodedata.combining(c))


DOMAINS = ["example.com", "mail.example.org", "firma.se", "seznam.cz", "sirket.com.tr", "otenet.gr", "yandex.ru", "naver.com", "qq.com",
           "rediffmail.com", "gmail.com", "outlook.com", "kantor.co.id", "acme-retail.io", "klinik-sehat.id", "shop.example.net"]


def email(given, family, dom=None):
    g = ascii_fold(given or pick(["info", "ops", "billing"])).lower().replace(" ", "")
    f = ascii_fold(family or "").lower().replace(" ", "")
    k = R.randrange(5)
    local = [g + "." + f, g[0] + f, f + "." + g, g + f[:1] + str(R.randrange(10, 99)), g + "_" + f + "+orders"][k].strip("._+") or "user"
    return local.replace("..", ".") + "@" + (dom or pick(DOMAINS))


def _fill(tpl, nsn):
    out, i = [], 0
    for ch in tpl:
        if ch == "#":
            out.append(nsn[i])
            i += 1
        else:
            out.append(ch)
    return "".join(out)


# region: (country code, leading digits of the national significant number, its length, international template, national template)
PHONES = {
    "KZ": ("7", ["701", "702", "705", "707", "747", "771", "775", "777", "778"], 10, "+7 ### ### ####", "8 (###) ###-##-##"),
    "RU": ("7", ["916", "903", "926", "985", "999", "921"], 10, "+7 ### ###-##-##", "8 (###) ###-##-##"),
    "PK": ("92", ["300", "301", "321", "333", "345"], 10, "+92 ### #######", "0###-#######"),
    "BD": ("880", ["171", "181", "191", "151", "131"], 10, "+880 ####-######", "0####-######"),
    "LK": ("94", ["71", "72", "75", "76", "77", "78"], 9, "+94 ## ### ####", "0## ### ####"),
    "NP": ("977", ["984", "985", "986"], 10, "+977 ###-#######", "###-#######"),
    "QA": ("974", ["33", "55", "66", "70", "77"], 8, "+974 #### ####", "#### ####"),
    "KW": ("965", ["50", "55", "66", "99"], 8, "+965 #### ####", "#### ####"),
    "OM": ("968", ["92", "93", "95", "99"], 8, "+968 #### ####", "#### ####"),
    "JO": ("962", ["79"], 9, "+962 # #### ####", "0# #### ####"),
    "GH": ("233", ["24", "20", "54", "55", "50"], 9, "+233 ## ### ####", "0## ### ####"),
    "TZ": ("255", ["754", "713", "715", "765", "784"], 9, "+255 ### ### ###", "0### ### ###"),
    "UG": ("256", ["772", "712", "752", "782", "701"], 9, "+256 ### ######", "0### ######"),
    "SN": ("221", ["77", "76", "78", "70"], 9, "+221 ## ### ## ##", "## ### ## ##"),
    "TN": ("216", ["20", "22", "50", "98", "55"], 8, "+216 ## ### ###", "## ### ###"),
    "EC": ("593", ["99", "98"], 9, "+593 ## ### ####", "0## ### ####"),
    "UY": ("598", ["91", "94", "95", "98", "99"], 8, "+598 ## ### ###", "0## ### ###"),
    "CR": ("506", ["83", "88", "70", "60", "87"], 8, "+506 #### ####", "####-####"),
    "PA": ("507", ["61", "62", "65", "67", "68"], 8, "+507 ####-####", "####-####"),
    "IS": ("354", ["611", "690", "770", "820", "862"], 7, "+354 ### ####", "###-####"),
    "EE": ("372", ["51", "52", "53", "55", "56"], 8, "+372 #### ####", "#### ####"),
    "LV": ("371", ["21", "22", "26", "29"], 8, "+371 ## ### ###", "## ### ###"),
    "LT": ("370", ["61", "62", "65", "67", "68"], 8, "+370 ### #####", "8 ### #####"),
    "SK": ("421", ["903", "905", "910", "915", "948"], 9, "+421 ### ### ###", "0### ### ###"),
    "SI": ("386", ["31", "40", "41", "51", "70"], 8, "+386 ## ### ###", "0## ### ###"),
    "HR": ("385", ["91", "92", "95", "98"], 9, "+385 ## ### ####", "0## ### ####"),
    "RS": ("381", ["60", "63", "64", "65", "69"], 9, "+381 ## ### ####", "0## ### ####"),
    "BG": ("359", ["87", "88", "89"], 9, "+359 ## ### ####", "0## ### ####"),
    "LU": ("352", ["621", "661", "691"], 9, "+352 ### ### ###", "### ### ###"),
    "MT": ("356", ["79", "99"], 8, "+356 #### ####", "#### ####"),
    "CY": ("357", ["96", "97", "99"], 8, "+357 ## ######", "## ######"),
    "GE": ("995", ["555", "577", "591", "593", "599"], 9, "+995 ### ## ## ##", "### ## ## ##"),
    # new national forms of countries used before
    "SE": ("46", ["70", "72", "73", "76"], 9, "+46 ## ### ## ##", "0##-### ## ##"),
    "CZ": ("420", ["602", "603", "604", "731", "777"], 9, "+420 ### ### ###", "### ### ###"),
    "TR": ("90", ["532", "533", "542", "555", "505"], 10, "+90 ### ### ## ##", "0 (###) ### ## ##"),
    "GR": ("30", ["694", "697", "698", "693"], 10, "+30 ### ### ####", "### ### ####"),
    "KR": ("82", ["101", "102", "103", "104", "106", "107", "108", "109"], 10, "+82 ##-####-####", "0##-####-####"),
    "CN": ("86", ["138", "139", "186", "158", "150"], 11, "+86 ### #### ####", "### #### ####"),
    "IN": ("91", ["98", "97", "99", "90", "70"], 10, "+91 ##### #####", "0#####-#####"),
    "ID": ("62", ["812", "813", "821", "857", "878"], 11, "+62 ###-####-####", "0###-####-####"),
}
LANG_REGION = {"sv": "SE", "cs": "CZ", "tr": "TR", "el": "GR", "ru": "RU", "ko": "KR", "zh": "CN", "hi": "IN", "id": "ID"}


def phone(region=None, intl=None):
    region = region or pick(sorted(PHONES))
    cc, leads, n, it, nt = PHONES[region]
    lead = pick(leads)
    nsn = lead + str(R.randrange(1, 10)) + "".join(str(R.randrange(10)) for _ in range(n - len(lead) - 1))
    if nsn[len(lead):len(lead) + 3] in ("000", "555"):
        nsn = nsn[:len(lead)] + "4" + nsn[len(lead) + 1:]
    intl = R.random() < 0.5 if intl is None else intl
    return _fill(it if intl else nt, nsn)


def e164(region=None):
    region = region or pick(sorted(PHONES))
    return phone(region, True).replace(" ", "").replace("-", "")
