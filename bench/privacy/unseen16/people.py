"""Names of unseen16: cultures and scripts no earlier set's README names (searched by keyword), as (given, family) pairs."""

NAMES = {
    # Oshiwambo (northern Namibia)
    "oshiwambo": [("Ndapewa", "Shikongo"), ("Tangeni", "Amutenya"), ("Nangula", "Haufiku"), ("Shilongo", "Nakale"), ("Ndeshipanda", "Iipumbu"),
                  ("Hilma", "Nghifikwa"), ("Penexupifo", "Ashipala"), ("Tuyeni", "Mbango")],
    # Fang (Gabon, Equatorial Guinea)
    "fang": [("Rufin", "Ondo Mba"), ("Clarisse", "Nzé Obiang"), ("Brice", "Essono Ndong"), ("Prisca", "Mintsa Mi-Nguema"), ("Hervé", "Ella Ekogha"),
             ("Judith", "Mengue M'Obame"), ("Landry", "Eyeghe Nkoghe"), ("Sandrine", "Abessolo Engone")],
    # Kabuverdianu (Cabo Verde)
    "kabuverdianu": [("Djénifer", "Tavares"), ("Nilton", "Semedo"), ("Ivanilda", "Furtado"), ("Ednilson", "Varela"), ("Dulcelina", "Mendes Lopes"),
                     ("Adilson", "Brito Monteiro"), ("Nádia", "Fortes"), ("Zeferino", "Spencer")],
    # Seychellois and Mauritian Creole families
    "indian_ocean": [("Jean-Claude", "Payet"), ("Marie-Noëlle", "Hoareau"), ("Dev", "Ramgoolam-Seetohul"), ("Priyamvada", "Boodhun"),
                     ("Ludovic", "L'Étang"), ("Kersley", "Labiche"), ("Anjalee", "Dookhit"), ("Géraldine", "Ah-Time")],
    # Sango (Central African Republic), Kikongo, Tumbuka
    "central_africa": [("Yakité", "Ngoundja"), ("Mbéti", "Zanguéré"), ("Nsimba", "Makiadi"), ("Lukeni", "Mabiala"), ("Chimwemwe", "Nyirenda"),
                       ("Wezi", "Mkandawire"), ("Ndiyeyani", "Gondwe"), ("Beni", "Kokaté")],
    # Tokelauan, Niuean, Solomon Islands
    "pacific": [("Falani", "Aukuso"), ("Siapo", "Perez"), ("Hetutu", "Talagi"), ("Moka", "Tukuitonga"), ("Dorothy", "Wale"), ("Jimmy", "Sikua"),
                ("Ioane", "Teao"), ("Manogi", "Vilitama")],
}

# names written in scripts no earlier README names (Vai, Bamum, Balinese): (name, its Latin reading for the text around it)
SCRIPT_NAMES = [("ꕮꔻ ꕞꕰ", "Musu Kamara (Vai)"), ("ꔒꕩ ꗏꔤ", "Lahai Sheriff (Vai)"), ("ꚶꛉ ꚩꛉꛐ", "Njoya Mbouombouo (Bamum)"),
                ("ꚠꛞ ꚧꛊ", "Pefura Ngapout (Bamum)"), ("ᬓᬢᬸᬢ᭄ ᬯᬶᬭᬯᬦ᭄", "Ketut Wirawan (Balinese)"), ("ᬦᬶ ᬮᬸᬄ ᬲᬭᬶ", "Ni Luh Sari (Balinese)")]

ALL = [(g, f, c) for c, names in sorted(NAMES.items()) for g, f in names]


def person(r, culture=None):
    pool = ALL if culture is None else [(g, f, c) for g, f, c in ALL if c == culture]
    g, f, c = pool[r.randrange(len(pool))]
    return g, f


def full(r, culture=None):
    g, f = person(r, culture)
    return g + " " + f


ASCII = {"é": "e", "è": "e", "ë": "e", "É": "E", "á": "a", "à": "a", "í": "i", "ó": "o", "ú": "u", "ç": "c", "'": ""}


def mailbox(g, f):
    a = "".join(ASCII.get(c, c) for c in g.lower())
    b = "".join(ASCII.get(c, c) for c in f.lower().replace(" ", "").replace("-", ""))
    return a.split("-")[0] + "." + b
