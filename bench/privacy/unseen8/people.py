"""People for unseen8: names of cultures the earlier sets barely used (family-name-first, particles, hyphens, initials, single names,
romanised scripts), e-mail addresses, and phones of 30 countries no earlier set used, in national and international forms."""
import unicodedata

# (first, last, full as written in that culture); first = the name a colleague greets with
NAMES = [
    ("Péter", "Nagy", "Nagy Péter"), ("Réka", "Kovács", "Kovács Réka"), ("Zsófia", "Szabó-Tóth", "Szabó-Tóth Zsófia"),
    ("Somchai", "Wongsawat", "Somchai Wongsawat"), ("Siriporn", "Chaiyaporn", "Siriporn Chaiyaporn"), ("Anong", "Srisuk", "Anong Srisuk"),
    ("Maria Clara", "dela Cruz", "Maria Clara dela Cruz"), ("Jericho", "Bautista", "Jericho M. Bautista"), ("Liezl", "Panganiban", "Liezl Panganiban"),
    ("Abebe", "Tesfaye", "Abebe Tesfaye"), ("Meseret", "Bekele", "Meseret Alemu Bekele"), ("Hiwot", "Girma", "Hiwot Girma"),
    ("Mohammad-Reza", "Hosseini", "Mohammad-Reza Hosseini"), ("Shirin", "Tehrani", "Shirin Tehrani"), ("Dariush", "Karimi", "Dariush Karimi"),
    ("Nino", "Beridze", "Nino Beridze"), ("Giorgi", "Kapanadze", "Giorgi Kapanadze"), ("Tamar", "Lomidze", "Tamar Lomidze"),
    ("Anahit", "Petrosyan", "Anahit Petrosyan"), ("Hayk", "Grigoryan", "Hayk Grigoryan"),
    ("Batbayar", "Ganbold", "Batbayar Ganbold"), ("Oyunchimeg", "Dorj", "Oyunchimeg Dorj"),
    ("Karthikeyan", "R.", "R. Karthikeyan"), ("Lakshmi Priya", "S.", "S. Lakshmi Priya"), ("Venkatesh", "Iyer", "K. Venkatesh Iyer"),
    ("Thant Zin", "Oo", "Thant Zin Oo"), ("Khin Mar", "Lwin", "Khin Mar Lwin"),
    ("João Pedro", "da Silva Santos", "João Pedro da Silva Santos"), ("Ana Beatriz", "dos Reis", "Ana Beatriz dos Reis"),
    ("Friederike", "von Hohenberg", "Friederike von Hohenberg"), ("Siobhán", "O'Callaghan", "Siobhán O'Callaghan"),
    ("Eilidh", "MacLeod", "Eilidh MacLeod"), ("Keʻalohi", "Kahananui", "Keʻalohi Kahananui"), ("Aroha", "Te Rangi", "Aroha Te Rangi"),
    ("Yael", "Ben-David", "Yael Ben-David"), ("Avraham", "Cohen", "Avraham Cohen"), ("Khalid", "Al-Harbi", "Khalid bin Saeed Al-Harbi"),
    ("Hodan", "Warsame", "Hodan Abdi Warsame"), ("Neema", "Mwangi", "Neema Wanjiru Mwangi"), ("Chukwuemeka", "Okonkwo", "A. J. Okonkwo"),
    ("Haruka", "Yamamoto", "YAMAMOTO Haruka"), ("Jean-Pierre", "Lefèvre", "J.-P. Lefèvre"), ("Wulandari", "", "Wulandari"),
    ("Bolat", "Nurlanuly", "Bolat Nurlanuly"), ("Ayelén", "Quispe Mamani", "Ayelén Quispe Mamani"), ("Dmitrijs", "Ozoliņš", "Dmitrijs Ozoliņš"),
    ("Kwabena", "Asante-Boateng", "Kwabena Asante-Boateng"), ("Mihaela", "Popescu-Ionescu", "Mihaela Popescu-Ionescu"),
    ("Guðrún", "Sigurðardóttir", "Guðrún Sigurðardóttir"), ("Marisol", "de la Fuente", "Marisol de la Fuente"),
    ("Teodoro", "van der Merwe", "Teodoro van der Merwe"), ("Lucía", "Martínez de Irujo", "Lucía Martínez de Irujo"),
    ("Otabek", "Yusupov", "Otabek Yusupov"), ("Sokha", "Chea", "Chea Sokha"), ("Raimana", "Teriierooiterai", "Raimana Teriierooiterai"),
]


def ascii_fold(s):
    s = s.replace("ʻ", "").replace("'", "").replace("ð", "d").replace("Ð", "D").replace("ß", "ss")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


DOMAINS = ["corp.example.com", "example.org", "acme-logistics.io", "bank-demo.eu", "hotelgroup.example", "mail.example.net",
           "payroll.example.co", "support.example.io", "northwind.example", "contoso.example"]


def person(r):
    return r.choice(NAMES)


def email_for(r, p):
    first, last, full = p
    f = ascii_fold(first).lower().replace(" ", ".").replace("-", "")
    l = ascii_fold(last).lower().replace(" ", "").replace(".", "").replace("-", "")
    user = r.choice([f + "." + l if l else f, (f[0] + l) if l else f, f + "_" + l if l else f + str(r.randrange(10, 99)),
                     l + "." + f if l else f])
    return user.strip(".") + "@" + r.choice(DOMAINS)


def role_email(r):
    return r.choice(["noc", "oncall", "payments-ops", "dispatch", "frontdesk", "payroll", "it-helpdesk"]) + "@" + r.choice(DOMAINS)


def _digits(r, tpl):
    return "".join(str(r.randrange(10)) if c == "X" else c for c in tpl)


# country: (calling code, [(national template, international template)]); X = a random digit
PHONES = {
    "VE": ("58", [("0412-XXXXXXX", "+58 412 XXX XXXX"), ("0414-XXX.XX.XX", "+58 414-XXXXXXX")]),
    "BO": ("591", [("7XXXXXXX", "+591 7XXXXXXX"), ("6XXX XXXX", "+591 6XXX XXXX")]),
    "PY": ("595", [("0981 XXXXXX", "+595 981 XXXXXX"), ("0971 XXX XXX", "+595 971 XXX XXX")]),
    "GT": ("502", [("5XXX-XXXX", "+502 5XXX XXXX"), ("4XXX XXXX", "+502 4XXX-XXXX")]),
    "HN": ("504", [("9XXX-XXXX", "+504 9XXX-XXXX"), ("3XXX XXXX", "+504 3XXX XXXX")]),
    "DO": ("1", [("(809) 2XX-XXXX", "+1 809 2XX XXXX"), ("829-3XX-XXXX", "+1 (829) 3XX-XXXX")]),
    "ET": ("251", [("091 XXX XXXX", "+251 91 XXX XXXX"), ("0911 XX XX XX", "+251 911 XX XX XX")]),
    "CM": ("237", [("671 XX XX XX", "+237 6 71 XX XX XX"), ("699 XXX XXX", "+237 699 XXX XXX")]),
    "CI": ("225", [("07 07 XX XX XX", "+225 07 07 XX XX XX"), ("05 05 XX XX XX", "+225 05 05 XX XX XX")]),
    "ZM": ("260", [("097 XXXXXXX", "+260 97 XXXXXXX"), ("096 XXX XXXX", "+260 96 XXX XXXX")]),
    "ZW": ("263", [("077 XXX XXXX", "+263 77 XXX XXXX"), ("071 XXX XXXX", "+263 71 XXX XXXX")]),
    "RW": ("250", [("078 XXX XXXX", "+250 788 XXX XXX"), ("072 XXX XXXX", "+250 72 XXX XXXX")]),
    "MZ": ("258", [("84 XXX XXXX", "+258 84 XXX XXXX"), ("82 XXX XXXX", "+258 82 XXX XXXX")]),
    "DZ": ("213", [("0551 XX XX XX", "+213 551 XX XX XX"), ("0661 XX XX XX", "+213 661 XX XX XX")]),
    "IQ": ("964", [("0790 XXX XXXX", "+964 790 XXX XXXX"), ("0770 XXX XXXX", "+964 770 XXX XXXX")]),
    "LB": ("961", [("03 XXX XXX", "+961 3 XXX XXX"), ("71 XXX XXX", "+961 71 XXX XXX")]),
    "KH": ("855", [("012 XXX XXX", "+855 12 XXX XXX"), ("097 XXX XXXX", "+855 97 XXX XXXX")]),
    "MN": ("976", [("8811 XXXX", "+976 8811 XXXX"), ("9911 XXXX", "+976 9911-XXXX")]),
    "UZ": ("998", [("90 XXX XX XX", "+998 90 XXX XX XX"), ("93 XXX-XX-XX", "+998 93 XXX-XX-XX")]),
    "AM": ("374", [("077 XXXXXX", "+374 77 XXXXXX"), ("093 XX XX XX", "+374 93 XX XX XX")]),
    "BY": ("375", [("8 029 3XX-XX-XX", "+375 29 3XX-XX-XX"), ("8 (044) XXX XX XX", "+375 44 XXX XX XX")]),
    "AL": ("355", [("069 XXX XXXX", "+355 69 XXX XXXX"), ("068 5XX XXXX", "+355 68 5XX XXXX")]),
    "MK": ("389", [("070 XXX XXX", "+389 70 XXX XXX"), ("075/XXX-XXX", "+389 75 XXX XXX")]),
    "BA": ("387", [("061 XXX XXX", "+387 61 XXX XXX"), ("062/XXX-XXX", "+387 62 XXX XXX")]),
    "ME": ("382", [("067 XXX XXX", "+382 67 XXX XXX"), ("069 XXX XXX", "+382 69 XXX XXX")]),
    "MU": ("230", [("5251 XXXX", "+230 5251 XXXX"), ("5791 XXXX", "+230 5791 XXXX")]),
    "MO": ("853", [("668X XXXX", "+853 668X XXXX"), ("62XX-XXXX", "+853 62XX XXXX")]),
    "BN": ("673", [("71X XXXX", "+673 71X XXXX"), ("87X XXXX", "+673 87X XXXX")]),
    "CA": ("1", [("(604) 2XX-XXXX", "+1 604 2XX XXXX"), ("416.3XX.XXXX", "+1-416-3XX-XXXX")]),
    "FJ": ("679", [("7XX XXXX", "+679 7XX XXXX"), ("9XX XXXX", "+679 9XX XXXX")]),
}


def phone(r, country=None, intl=None):
    cc = country or r.choice(sorted(PHONES))
    nat, itl = r.choice(PHONES[cc][1])
    i = r.random() < 0.5 if intl is None else intl
    return _digits(r, itl if i else nat), cc


def e164(r, country=None):
    p, cc = phone(r, country, True)
    return "+" + "".join(ch for ch in p if ch.isdigit()), cc
