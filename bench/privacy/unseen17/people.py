"""Names of unseen17: Latin-script names of cultures no earlier set's README names (Chuukese, Pohnpeian, Kosraean, Rotuman,
Marquesan, Kanak, Yucatec Maya, Wayuu, Guna) and names in four scripts not used before (Lepcha, Limbu, Syloti Nagri, Kayah Li; the
author's own spellings). E-mail domains are made up."""
from gen import pick

CULTURES = {
    "Chuukese": (["Kachutosy", "Sinino", "Marcellus", "Ikiuo", "Meika", "Rosalina"], ["Aisek", "Sapuro", "Eperiam", "Mori", "Ruben"]),
    "Pohnpeian": (["Kasiano", "Ihlen", "Lerleen", "Saimon", "Mercedes"], ["Etscheit", "Lippwe", "Hadley", "Ioanis", "Panuelo"]),
    "Kosraean": (["Salik", "Tulpe", "Kun", "Srue", "Hiteo"], ["Sigrah", "Palik", "Tulensa", "Nena", "Skilling"]),
    "Rotuman": (["Ravai", "Sosefo", "Hanfakaga", "Fesaitu", "Mamatuki"], ["Kafoa", "Vafo'ou", "Fonmanu", "Tiu", "Managreve"]),
    "Marquesan": (["Moehau", "Tuhiva", "Tehina", "Kahaia", "Poevai"], ["Teikitutoua", "Kohumoetini", "Tehaamoana", "Pahuatini", "Timau"]),
    "Kanak": (["Wassissi", "Roch", "Émélie", "Gaël", "Hnalaïne"], ["Wamytan", "Néaoutyine", "Wapotro", "Kasarhérou", "Naisseline"]),
    "Yucatec Maya": (["Gaspar", "Leydi", "Wilbert", "Yamili", "Anselmo"], ["Canché", "Couoh", "Tzab", "Dzib", "Cauich", "Euán"]),
    "Wayuu": (["Yanelis", "Remedios", "Kaleb", "Aura Cristina", "Nemesio"], ["Epieyú", "Uriana", "Ipuana", "Pushaina", "Jayariyú"]),
    "Guna": (["Olowaili", "Ologuagdi", "Yadira", "Iguaibiliginya", "Nelson"], ["Archibold", "Ayarza", "Olonibiginya", "Iglesias", "Tejada"]),
}

# (script, [names]) — spellings are the author's approximations
SCRIPTS = {
    "Lepcha": ["ᰎᰬᰮᰓ ᰊᰦᰲᰀᰬ", "ᰀᰲᰕ ᰜᰦᰕ", "ᰍᰧᰮ ᰊᰰᰚᰦ", "ᰠᰨᰍᰦᰮ ᰓᰦᰜ"],
    "Limbu": ["ᤁᤧᤍᤠᤷ ᤛᤢᤒᤒᤠ", "ᤔᤠᤏᤡᤧ ᤗᤡᤔᤒᤢ", "ᤐᤠᤛᤠᤋ ᤍᤧᤓ", "ᤛᤢᤏᤢᤍ ᤘᤠᤶᤒᤢ"],
    "Syloti Nagri": ["ꠞꠂꠢꠤꠝ ꠃꠖ꠆ꠖꠤꠘ", "ꠢꠣꠍꠘ ꠀꠟꠤ", "ꠡꠤꠞꠤꠘ ꠛꠦꠉꠝ", "ꠝꠥꠙꠤꠔ ꠀꠢꠝꠖ"],
    "Kayah Li": ["ꤘꤢ꤬ ꤔꤟꤢ", "ꤞꤛꤢ꤭ ꤊꤟꤢ꤬", "ꤔꤟꤢ ꤘꤣ", "ꤗꤢ꤭ ꤍꤛꤢ"],
}

DOMAINS = ["reefline.io", "atoll-ops.net", "tradewind.example", "lagunaverde.mx", "koro.systems", "nautilus-hq.com"]


def culture_name(r, culture=None):
    c = culture or pick(r, sorted(CULTURES))
    g, f = CULTURES[c]
    return c, pick(r, g), pick(r, f)


def full(r, culture=None):
    _, g, f = culture_name(r, culture)
    return g + " " + f


def email_for(r, given, family):
    import unicodedata
    norm = lambda x: "".join(ch for ch in unicodedata.normalize("NFKD", x) if ch.isascii() and (ch.isalnum())).lower()
    return "%s%s%s@%s" % (norm(given.split()[0]), pick(r, [".", "_", ""]), norm(family), pick(r, DOMAINS))


def script_name(r, script=None):
    sc = script or pick(r, sorted(SCRIPTS))
    return sc, pick(r, SCRIPTS[sc])
