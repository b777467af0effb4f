"""Names of unseen12: Latin-script cultures no earlier set used, Cyrillic of Chechen, Sakha, Bashkir, Chuvash and Ossetian, and
names written in Cherokee, N'Ko, Ol Chiki, Lisu and traditional Mongolian script, transliterated by rule from romanised names
(no tone marks; not checked by a native reader)."""
from gen import R, pick

LATIN = {
    "aymara": (["Wara", "Qhana", "Mamani", "Nayra", "Inti", "Sisa", "Amaru", "Yupanki"], ["Mamani", "Quispe", "Condori", "Apaza", "Huanca", "Choque", "Ticona", "Limachi"]),
    "guarani": (["Arasy", "Jasy", "Ñandutí", "Porã", "Tupã", "Yvoty", "Kuarahy", "Mborayhu"], ["Aquino", "Benítez", "Ocampos", "Ayala", "Giménez", "Cáceres", "Duarte", "Villalba"]),
    "xhosa": (["Lwazi", "Siphokazi", "Nomvula", "Thandeka", "Xolani", "Qhawekazi", "Lungisa", "Ayanda"], ["Mxenge", "Ntshona", "Gqirana", "Qwabe", "Mqhayi", "Xaba", "Ngqondo", "Dlamini-Mtshali"]),
    "cebuano": (["Jun-Jun", "Ma. Teresa", "Rhodora", "Dodong", "Inday", "Noynoy", "Lorna", "Arnel"], ["Cabahug", "Ompad", "Lumapas", "Canete", "Dayondon", "Bacalso", "Tabanas", "Labrador"]),
    "navajo": (["Shandiin", "Ahiga", "Nizhoni", "Hastiin", "Doli", "Bidziil", "Yanaba", "Tsosie"], ["Begay", "Yazzie", "Tsosie", "Benally", "Nez", "Etsitty", "Tsinajinnie", "Yellowhorse"]),
    "ewe": (["Dzifa", "Edem", "Elikem", "Sena", "Mawuli", "Kafui", "Selasi", "Akpene"], ["Agbeko", "Amegashie", "Kpodo", "Dzidzienyo", "Adzraku", "Gbeho", "Tsikata", "Agbenyega"]),
    "lingala": (["Mbuyi", "Ilunga", "Kabongo", "Nsimba", "Mputu", "Makiese", "Lukusa", "Tshala"], ["Mukendi", "Kalombo", "Tshibangu", "Ngalula", "Mbala", "Lokondo", "Kanku", "Mwamba"]),
    "luganda": (["Nakato", "Babirye", "Ssemakula", "Nabirye", "Kato", "Namubiru", "Wasswa", "Nansubuga"], ["Mukasa", "Ssekandi", "Kiggundu", "Nakimuli", "Lubega", "Ssebunya", "Kawooya", "Nalwoga"]),
    "kikuyu": (["Wanjiru", "Kamau", "Njeri", "Mũthoni", "Gĩthinji", "Wambũi", "Kĩmani", "Nyambura"], ["Kariũki", "Mwangi", "Njoroge", "Kĩarie", "Gachanja", "Mũriithi", "Wairimũ", "Kang'ethe"]),
    "chichewa": (["Chimwemwe", "Thokozani", "Chikondi", "Mphatso", "Dalitso", "Tiyamike", "Madalitso", "Limbani"], ["Banda", "Phiri", "Mwale", "Chirwa", "Kumwenda", "Nkhoma", "Msiska", "Chisale"]),
    "bemba": (["Mwila", "Chanda", "Bwalya", "Mutale", "Musonda", "Chileshe", "Mwansa", "Kapembwa"], ["Mulenga", "Bwalya", "Kasonde", "Chola", "Mumba", "Kalaba", "Chilufya", "Mwaba"]),
    "corsican": (["Ghjuvan Battista", "Maria Ghjuvanna", "Santu", "Paulu", "Letizia", "Ghjacumu", "Orsu", "Anghjula"], ["Casanova", "Santoni", "Pietri", "Acquaviva", "Luciani", "Mattei", "Cristofini", "Pasqualini"]),
    "occitan": (["Joan", "Peire", "Mirelha", "Guilhem", "Azalais", "Bernat", "Esteve", "Roseta"], ["Delpèch", "Roqueta", "Fabre", "Lafont", "Mistral-Bòsc", "Cabanas", "Lavit", "Sarrailh"]),
    "gaelic": (["Seonag", "Ruairidh", "Mòrag", "Tormod", "Ciorstaidh", "Dòmhnall", "Peigi", "Calum"], ["NicDhòmhnaill", "MacLeòid", "Mac an t-Saoir", "NicAoidh", "MacIllEathain", "Caimbeul", "NicLeòid", "Moireasdan"]),
    "aleut": (["Agafon", "Ulyana", "Innokenty", "Anfesia", "Sergie", "Irene"], ["Merculieff", "Shabolin", "Lekanoff", "Prokopeuff", "Golodoff", "Krukoff"]),
    "tongan_fijian_not": (["Teuila", "Losana", "Sione", "Mele"], ["Vainikolo", "Taufa", "Fifita", "Havili"]),
}
LATIN.pop("tongan_fijian_not")  # Tongan was used by an earlier set

CYR = {
    "chechen": (["Ӏаьла", "Хьава", "Дукуваха", "Зелимхан", "Ӏайша", "Мохьмад", "Хадижат", "Ваха"], ["Ӏалиев", "Мусаева", "Хьамзатов", "Гойсумова", "Эльмурзаев", "Ӏабдулхаджиева", "Мутаев", "Бисултанова"]),
    "sakha": (["Айаал", "Сардаана", "Туйаара", "Ньургун", "Күннэй", "Эрчим", "Дьулуур", "Сахаайа"], ["Иванов", "Слепцова", "Ноговицын", "Винокурова", "Охлопков", "Аммосова", "Дьячковский", "Эверстова"]),
    "bashkir": (["Айгөл", "Салауат", "Зөһрә", "Ильдар", "Гөлназ", "Азамат", "Әлфиә", "Ҡаһарман"], ["Ғәлиев", "Йәнбирҙина", "Хәсәнов", "Ҡужина", "Мөхәмәтйәнов", "Сәлихова", "Ишмөхәмәтов", "Йосопова"]),
    "chuvash": (["Ахтупай", "Нарспи", "Сетнер", "Илемпи", "Тăхтаман", "Çеçпĕл", "Эльмен", "Хĕвелпи"], ["Андреев", "Мĕтри", "Ыхра", "Çемĕнова", "Пăртта", "Ĕмĕтлĕ", "Николаев", "Уяндыкова"]),
    "ossetian": (["Æхсар", "Залинæ", "Сослан", "Фатимæ", "Хетæг", "Дзерассæ", "Алыксандр", "Агундæ"], ["Гæбæраты", "Цæллагтæ", "Дзасохты", "Хъайтыхъты", "Бесаты", "Тæбæхсæуты", "Цомаерты", "Дзæуджыхъæуы"]),
}

CHEROKEE_SYL = ["a", "e", "i", "o", "u", "v", "ga", "ka", "ge", "gi", "go", "gu", "gv", "ha", "he", "hi", "ho", "hu", "hv", "la", "le", "li",
                "lo", "lu", "lv", "ma", "me", "mi", "mo", "mu", "na", "hna", "nah", "ne", "ni", "no", "nu", "nv", "qua", "que", "qui", "quo",
                "quu", "quv", "sa", "s", "se", "si", "so", "su", "sv", "da", "ta", "de", "te", "di", "ti", "do", "du", "dv", "dla", "tla",
                "tle", "tli", "tlo", "tlu", "tlv", "tsa", "tse", "tsi", "tso", "tsu", "tsv", "wa", "we", "wi", "wo", "wu", "wv", "ya", "ye",
                "yi", "yo", "yu", "yv"]
CHEROKEE = {s: chr(0x13A0 + i) for i, s in enumerate(CHEROKEE_SYL)}
CHEROKEE_NAMES = [["s", "si", "quo", "ya"], ["a", "yo", "ka"], ["a", "yi", "ta"], ["ga", "li", "la", "hi"], ["de", "ga", "ta", "ga"],
                  ["wo", "ha", "li"], ["a", "s", "di", "la"], ["ta", "ya", "ni", "ta"], ["wa", "ya"], ["tsu", "wa", "li"], ["ka", "nv", "gi", "ta"],
                  ["gu", "ne", "s", "gi"], ["tsi", "s", "qua"], ["a", "ma", "do", "ya"], ["nu", "ya"], ["u", "we", "tsi"], ["ge", "yu", "tsa"],
                  ["ka", "li", "s", "di"], ["tla", "nu", "wa"], ["ye", "li", "si"]]

NKO_MAP = [("gb", "ߜ"), ("ny", "ߢ"), ("a", "ߊ"), ("e", "ߍ"), ("i", "ߌ"), ("o", "ߐ"), ("u", "ߎ"), ("b", "ߓ"), ("p", "ߔ"), ("t", "ߕ"),
           ("j", "ߖ"), ("c", "ߗ"), ("d", "ߘ"), ("r", "ߙ"), ("s", "ߛ"), ("f", "ߝ"), ("k", "ߞ"), ("l", "ߟ"), ("m", "ߡ"), ("n", "ߣ"),
           ("h", "ߤ"), ("w", "ߥ"), ("y", "ߦ")]
NKO_NAMES = (["mamadi", "fanta", "sekou", "aminata", "lansana", "kadiatou", "sulemani", "nanfadima", "bakary", "mariama", "solomana", "jeneba"],
             ["kaba", "keita", "konate", "kante", "diabate", "sidibe", "kourouma", "conde", "traore", "camara", "doumbouya", "sangare"])

OLCHIKI_MAP = [("ch", "ᱪᱷ"), ("dh", "ᱫᱷ"), ("bh", "ᱵᱷ"), ("kh", "ᱠᱷ"), ("ng", "ᱝ"), ("a", "ᱟ"), ("o", "ᱳ"), ("t", "ᱛ"), ("g", "ᱜ"),
               ("l", "ᱞ"), ("k", "ᱠ"), ("j", "ᱡ"), ("m", "ᱢ"), ("w", "ᱣ"), ("i", "ᱤ"), ("s", "ᱥ"), ("h", "ᱦ"), ("r", "ᱨ"), ("u", "ᱩ"),
               ("c", "ᱪ"), ("d", "ᱫ"), ("y", "ᱭ"), ("e", "ᱮ"), ("p", "ᱯ"), ("n", "ᱱ"), ("b", "ᱵ")]
OLCHIKI_NAMES = (["raghunath", "sona", "baha", "sagen", "dhani", "hopon", "rupi", "chandu", "pano", "sidu", "phulmani", "budhan"],
                 ["murmu", "hansda", "tudu", "soren", "kisku", "marandi", "baske", "besra", "hembrom", "mardi", "saren", "pauria"])

LISU_MAP = [("tsh", "ꓞ"), ("ph", "ꓒ"), ("th", "ꓕ"), ("kh", "ꓘ"), ("ch", "ꓛ"), ("dz", "ꓜ"), ("ts", "ꓝ"), ("zh", "ꓣ"), ("ng", "ꓥ"),
            ("hh", "ꓨ"), ("sh", "ꓫ"), ("gh", "ꓭ"), ("ae", "ꓯ"), ("eu", "ꓱ"), ("ue", "ꓵ"), ("b", "ꓐ"), ("p", "ꓑ"), ("d", "ꓓ"), ("t", "ꓔ"),
            ("g", "ꓖ"), ("k", "ꓗ"), ("j", "ꓙ"), ("c", "ꓚ"), ("m", "ꓟ"), ("n", "ꓠ"), ("l", "ꓡ"), ("s", "ꓢ"), ("z", "ꓤ"), ("h", "ꓦ"),
            ("x", "ꓧ"), ("f", "ꓩ"), ("w", "ꓪ"), ("y", "ꓬ"), ("a", "ꓮ"), ("e", "ꓰ"), ("i", "ꓲ"), ("o", "ꓳ"), ("u", "ꓴ")]
LISU_NAMES = (["aji", "ngwa", "yaw", "mupha", "ase", "lipha", "aphu", "naw", "zhami", "thami", "awu", "ngwaphu"],
              ["ngwaza", "lisaw", "yaphu", "mupa", "bitu", "lipo", "hhapa", "ashe", "wupa", "nguza", "khuthe", "dzimi"])

MONG_MAP = [("ng", "ᠩ"), ("sh", "ᠱ"), ("ch", "ᠴ"), ("kh", "ᠬ"), ("a", "ᠠ"), ("e", "ᠡ"), ("i", "ᠢ"), ("o", "ᠣ"), ("u", "ᠤ"), ("ö", "ᠥ"),
            ("ü", "ᠦ"), ("n", "ᠨ"), ("b", "ᠪ"), ("p", "ᠫ"), ("q", "ᠬ"), ("g", "ᠭ"), ("m", "ᠮ"), ("l", "ᠯ"), ("s", "ᠰ"), ("t", "ᠲ"),
            ("d", "ᠳ"), ("j", "ᠵ"), ("y", "ᠶ"), ("r", "ᠷ"), ("w", "ᠸ")]
MONG_NAMES = ["batubayar", "ganbolod", "sükhebaghatur", "oyuunerdeni", "temürbagha", "altantsetseg", "bayarmaa", "naranbaatur",
              "chinggeltei", "sarangerel", "möngkejayagha", "enkhtuya", "bilegsaikhan", "udval"]


def _translit(word, table):
    out, i = "", 0
    while i < len(word):
        for lat, ch in table:
            if word.startswith(lat, i):
                out += ch
                i += len(lat)
                break
        else:
            i += 1
    return out


def latin(culture=None, form=None):
    c = culture or pick(sorted(LATIN))
    g, f = pick(LATIN[c][0]), pick(LATIN[c][1])
    form = form or pick(["gf", "FG", "Fg", "f,g", "F, G"])
    return {"gf": g + " " + f, "FG": f.upper() + " " + g.upper(), "Fg": f.upper() + " " + g, "f,g": f + ", " + g, "F, G": (f + ", " + g).upper()}[form]


def cyr(lang=None):
    l = lang or pick(sorted(CYR))
    g, f = pick(CYR[l][0]), pick(CYR[l][1])
    return pick([g + " " + f, f + " " + g, f.upper() + " " + g])


def cherokee():
    return "".join(CHEROKEE[s] for s in pick(CHEROKEE_NAMES)) + " " + "".join(CHEROKEE[s] for s in pick(CHEROKEE_NAMES))


def nko():
    return _translit(pick(NKO_NAMES[0]), NKO_MAP) + " " + _translit(pick(NKO_NAMES[1]), NKO_MAP)


def olchiki():
    return _translit(pick(OLCHIKI_NAMES[0]), OLCHIKI_MAP) + " " + _translit(pick(OLCHIKI_NAMES[1]), OLCHIKI_MAP)


def lisu():
    return _translit(pick(LISU_NAMES[0]), LISU_MAP) + " " + _translit(pick(LISU_NAMES[1]), LISU_MAP)


def mongol():
    return _translit(pick(MONG_NAMES), MONG_MAP)


def script_name():
    k = pick(["cherokee", "nko", "olchiki", "lisu", "mongol"])
    return {"cherokee": cherokee, "nko": nko, "olchiki": olchiki, "lisu": lisu, "mongol": mongol}[k](), k


def any_name():
    k = R.random()
    if k < 0.5:
        return latin()
    if k < 0.75:
        return cyr()
    return script_name()[0]


def given(culture=None):
    c = culture or pick(sorted(LATIN))
    return pick(LATIN[c][0])


def email_for(name, domain):
    import unicodedata
    s = unicodedata.normalize("NFKD", name.split(",")[0] if "," in name else name).encode("ascii", "ignore").decode().lower()
    parts = [p for p in "".join(ch if ch.isalnum() else " " for ch in s).split() if p]
    if len(parts) < 2:
        parts = (parts or ["user"]) + [str(R.randrange(10, 99))]
    return pick([parts[0] + "." + parts[-1], parts[0][0] + parts[-1], parts[-1] + "_" + parts[0]]) + "@" + domain
