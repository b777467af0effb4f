"""Names for unseen13: Latin-script names of cultures no earlier set used, Cyrillic names of seven minority languages, and names
transliterated by rule into Sundanese, Buginese (Lontara), Meetei Mayek and Coptic script (no native reader checked them)."""

LATIN = {  # culture: (given names, family names)
    "kiche": (["Rigoberta", "Baltazar", "Ixchel", "Tomasa", "Diego", "Juana"], ["Tzul", "Ajpop", "Xiloj", "Chumil", "Coyoy", "Quiej", "Batz"]),
    "mohawk": (["Kahentiiosta", "Tekaronhiake", "Kanentiio", "Karonhiaktatie", "Wahiakeron"], ["Deer", "Diabo", "McComber", "Delisle", "Horn", "Stacey"]),
    "lakota": (["Marcella", "Delphine", "Royce", "Wanbli", "Tatewin"], ["Two Bulls", "Iron Shell", "Whirlwind Horse", "Good Voice Elk", "Red Cloud", "Brings Plenty"]),
    "ojibwe": (["Nodin", "Migizi", "Waabigwan", "Ziibiwan", "Memengwaa"], ["Kakegamic", "Meekis", "Mamakwa", "Kakepetum", "Sainnawap", "Keesick"]),
    "inupiaq": (["Qaiyaan", "Uluaq", "Aqpik", "Siqiñiq", "Ayaqi"], ["Ahmaogak", "Kanayurak", "Nageak", "Okakok", "Itta"]),
    "yupik": (["Cungauyar", "Apanuugak", "Nuyaqik", "Angalgaq"], ["Nanalook", "Kanrilak", "Ulroan", "Pingayak", "Tulik"]),
    "kirundi": (["Évariste", "Gloriose", "Claver", "Euphrasie", "Désiré", "Aimée"], ["Ndayishimiye", "Niyonzima", "Ntahomvukiye", "Hakizimana", "Irakoze", "Bizimana"]),
    "sesotho": (["Palesa", "Thabo", "Lineo", "Rethabile", "Tšepo", "Mpho"], ["Mokhehle", "Mothibeli", "Sekhonyana", "Lerotholi", "Ramakoae"]),
    "tsonga": (["Tsakani", "Nyiko", "Hlulani", "Rhulani", "Ntsako"], ["Baloyi", "Chauke", "Maluleke", "Ngobeni", "Hlungwani"]),
    "venda": (["Livhuwani", "Tshilidzi", "Rudzani", "Ṱhalitha", "Ḓivhani"], ["Ramabulana", "Netshitenzhe", "Nemukula", "Tshivhase", "Mudau"]),
    "kabyle": (["Lounès", "Taos", "Idir", "Tassadit", "Slimane", "Dihya"], ["Aït Menguellet", "Oulahlou", "Amrouche", "Mammeri", "Feraoun", "Aït Ouyahia"]),
    "fon": (["Sèna", "Codjo", "Ablawa", "Mahougnon", "Sèmèvo", "Kossi"], ["Hounkpatin", "Gbèdo", "Agbossou", "Houngbédji", "Azonhiho", "Sossou"]),
    "kanuri": (["Bulama", "Fanna", "Kaltumi", "Modu", "Falmata"], ["Kachalla", "Zannah", "Fannami", "Kolo", "Bukar"]),
    "rapanui": (["Hotu", "Mahina", "Tiare", "Rangi", "Uka"], ["Pakarati", "Tuki", "Hotus", "Haoa", "Tepano", "Rapu"]),
    "palauan": (["Surangel", "Kuniwo", "Dirrengulbai", "Ebil", "Sechelong"], ["Remengesau", "Toribiong", "Ngirmang", "Otobed", "Rechebei"]),
    "nivanuatu": (["Ralph", "Lenora", "Marie-Louise", "Kalo", "Serge"], ["Tabimasmas", "Natapei", "Kalsakau", "Molisa", "Iauko", "Salwai"]),
    "gagauz": (["Todur", "Gülbiyaz", "Mihail", "Dimitriy", "Stepanida"], ["Formuzal", "Ivanoglo", "Kuroglo", "Baboglo", "Topal", "Dragoy"]),
    "karakalpak": (["Berdaq", "Ájiniyaz", "Gúlnara", "Qudaybergen", "Aqmaral"], ["Aytmuratov", "Qallıbekova", "Ábdiraxmanov", "Jumabaev", "Ótebaev"]),
    "crimeantatar": (["Refat", "Ayşe", "Nariman", "Elmaz", "Ğafar", "Server"], ["Çubarov", "Seitablaev", "Abdülvaapov", "Özenbaşlı", "Cemilev", "Kurtseitov"]),
    "dagbani": (["Wuni", "Napari", "Tipaga", "Abiba", "Dawuni", "Sanatu"], ["Alhassan", "Mahama", "Abukari", "Iddrisu", "Yakubu"]),
}

# Cyrillic: (given, family, patronymic or None); family names in -ов/-ев take -а for women, not modelled (men's and women's lists)
CYRILLIC = {
    "tuvan": (["Чодураа", "Айдың", "Өртек", "Сайзана", "Чечек", "Үлегер"], ["Ооржак", "Монгуш", "Куулар", "Ондар", "Донгак", "Сарыглар"]),
    "buryat": (["Баир", "Сэсэг", "Өлзы", "Баярма", "Дэмбэрэл", "Туяна"], ["Цыренов", "Дашиев", "Жамсуев", "Доржиев", "Һаянов", "Бадмаев"]),
    "kalmyk": (["Баатр", "Җиргл", "Өлзәтә", "Сәәхля", "Ноһан", "Бадма"], ["Очиров", "Җаңһаров", "Мучкаев", "Бембеев", "Әрәшәев"]),
    "abkhaz": (["Даур", "Ҭемыр", "Ҭамара", "Аслан", "Баҭал", "Гәында"], ["Ардзинба", "Аҧшба", "Ҭарба", "Ҳагба", "Ҷопуа", "Ашәба"]),
    "udmurt": (["Ӟангари", "Ӝыкай", "Ӵагыр", "Уксё", "Ӧнис", "Кузебай"], ["Ӵуракова", "Ившин", "Ӟечбуров", "Вахрушев", "Ӝуйкова", "Ӧньшин"]),
    "komi": (["Ӧльӧксан", "Іван", "Ӧнь", "Сандрӧ", "Ӧльга", "Педӧр"], ["Торлопов", "Коснырев", "Канев", "Ӧнтонов", "Лыткин", "Размыслов"]),
    "avar": (["МухӀамад", "ПатӀимат", "ГӀали", "ХӀажи", "ХӀабиб", "Асият"], ["Гамзатов", "ХӀасанов", "ГӀалиев", "Нурмагомедов", "МухӀамадов"]),
}
PATRONYMIC = ["Сергеевич", "Баирович", "Очирович", "Даурович", "Ивановна", "Бадмаевна", "Алексеевич", "Николаевна"]

# ---------------------------------------------------------------- abugidas
SUN_C = {"k": "ᮊ", "q": "ᮋ", "g": "ᮌ", "ng": "ᮍ", "c": "ᮎ", "j": "ᮏ", "z": "ᮐ", "ny": "ᮑ", "t": "ᮒ", "d": "ᮓ", "n": "ᮔ", "p": "ᮕ",
         "f": "ᮖ", "v": "ᮗ", "b": "ᮘ", "m": "ᮙ", "y": "ᮚ", "r": "ᮛ", "l": "ᮜ", "w": "ᮝ", "s": "ᮞ", "x": "ᮟ", "h": "ᮠ"}
SUN_IV = {"a": "ᮃ", "i": "ᮄ", "u": "ᮅ", "é": "ᮆ", "o": "ᮇ", "e": "ᮈ", "eu": "ᮉ"}
SUN_VS = {"a": "", "i": "ᮤ", "u": "ᮥ", "é": "ᮦ", "o": "ᮧ", "e": "ᮨ", "eu": "ᮩ"}
SUN_FIN = {"ng": "ᮀ", "r": "ᮁ", "h": "ᮂ"}
SUN_VIRAMA = "᮪"

BUG_C = {"k": "ᨀ", "g": "ᨁ", "ng": "ᨂ", "p": "ᨄ", "b": "ᨅ", "m": "ᨆ", "t": "ᨈ", "d": "ᨉ", "n": "ᨊ", "c": "ᨌ", "j": "ᨍ",
         "ny": "ᨎ", "y": "ᨐ", "r": "ᨑ", "l": "ᨒ", "w": "ᨓ", "s": "ᨔ", "h": "ᨖ"}
BUG_IV = {"a": "ᨕ", "i": "ᨕᨗ", "u": "ᨕᨘ", "e": "ᨕᨙ", "é": "ᨕᨙ", "o": "ᨕᨚ"}
BUG_VS = {"a": "", "i": "ᨗ", "u": "ᨘ", "e": "ᨙ", "é": "ᨙ", "o": "ᨚ"}

MEI_C = {"k": "ꯀ", "s": "ꯁ", "sh": "ꯁ", "l": "ꯂ", "m": "ꯃ", "p": "ꯄ", "n": "ꯅ", "ch": "ꯆ", "t": "ꯇ", "kh": "ꯈ", "ng": "ꯉ", "th": "ꯊ",
         "w": "ꯋ", "y": "ꯌ", "h": "ꯍ", "ph": "ꯐ", "g": "ꯒ", "r": "ꯔ", "b": "ꯕ", "j": "ꯖ", "d": "ꯗ", "bh": "ꯚ", "dh": "ꯙ"}
MEI_IV = {"ai": "ꯑꯥꯏ", "a": "ꯑ", "i": "ꯏ", "u": "ꯎ", "e": "ꯑꯦ", "o": "ꯑꯣ", "ei": "ꯑꯩ", "ou": "ꯑꯧ"}
MEI_VS = {"ai": "ꯥꯏ", "a": "", "aa": "ꯥ", "i": "ꯤ", "u": "ꯨ", "e": "ꯦ", "o": "ꯣ", "ei": "ꯩ", "ou": "ꯧ"}
MEI_FIN = {"k": "ꯛ", "l": "ꯜ", "m": "ꯝ", "p": "ꯞ", "n": "ꯟ", "t": "ꯠ", "ng": "ꯡ"}
MEI_VIRAMA = "꯭"


def _tokens(word, cons, vows):
    w, out, i = word.lower(), [], 0
    cs = sorted(cons, key=len, reverse=True)
    vs = sorted(vows, key=len, reverse=True)
    while i < len(w):
        for v in vs:
            if w.startswith(v, i):
                out.append(("V", v)); i += len(v); break
        else:
            for c in cs:
                if w.startswith(c, i):
                    out.append(("C", c)); i += len(c); break
            else:
                i += 1  # a letter the script does not write
    return out


def abugida(word, C, IV, VS, FIN=None, virama=None):
    toks, out, i = _tokens(word, C, set(IV) | set(VS)), "", 0
    while i < len(toks):
        k, v = toks[i]
        if k == "V":
            out += IV.get(v, IV["a"]); i += 1
        elif i + 1 < len(toks) and toks[i + 1][0] == "V":
            out += C[v] + VS.get(toks[i + 1][1], ""); i += 2
        else:  # a consonant closing a syllable
            if FIN and v in FIN:
                out += FIN[v]
            elif virama:
                out += C[v] + virama
            i += 1  # Lontara writes no final consonant
    return out


def sundanese(name):
    return " ".join(abugida(w, SUN_C, SUN_IV, SUN_VS, SUN_FIN, SUN_VIRAMA) for w in name.split())


def buginese(name):
    return " ".join(abugida(w, BUG_C, BUG_IV, BUG_VS) for w in name.split())


def meetei(name):
    return " ".join(abugida(w, MEI_C, MEI_IV, MEI_VS, MEI_FIN, MEI_VIRAMA) for w in name.split())


COP = {"a": "ⲁ", "b": "ⲃ", "g": "ⲅ", "d": "ⲇ", "e": "ⲉ", "z": "ⲍ", "E": "ⲏ", "th": "ⲑ", "i": "ⲓ", "k": "ⲕ", "l": "ⲗ", "m": "ⲙ",
       "n": "ⲛ", "x": "ⲝ", "o": "ⲟ", "p": "ⲡ", "r": "ⲣ", "s": "ⲥ", "t": "ⲧ", "u": "ⲩ", "ph": "ⲫ", "kh": "ⲭ", "ps": "ⲯ", "O": "ⲱ",
       "sh": "ϣ", "f": "ϥ", "q": "ϧ", "h": "ϩ", "j": "ϫ", "c": "ϭ", "T": "ϯ"}


def coptic(translit):
    """Coptic from an ASCII transcription (E = eta, O = omega, T = ti, q = khei); each word capitalised."""
    words = []
    for w in translit.split():
        out, i = "", 0
        while i < len(w):
            two = w[i:i + 2]
            if two in COP and len(two) == 2:
                out += COP[two]; i += 2
            else:
                out += COP[w[i]]; i += 1
        first = out[0]
        out = chr(ord(first) - 1) + out[1:]
        words.append(out)
    return " ".join(words)


SUNDANESE = ["Asep Sunandar", "Ujang Suryana", "Euis Komariah", "Dadang Hermawan", "Nining Wulandari", "Cecep Supriatna",
             "Neneng Rohaeti", "Iwan Setiawan", "Entin Kartini", "Yayat Hidayat"]
BUGINESE = ["Andi Mappanyukki", "Baso Amir", "La Tenri Ruwa", "Daeng Matona", "We Tenriabeng", "Sitti Aisyah", "Muhammad Yusuf",
            "Andi Tenri Sumange"]
MEITEI = ["Laishram Sanahanbi", "Thokchom Ibobi", "Ningthoujam Premananda", "Khumanthem Lembi", "Naorem Bidyapati",
          "Sanatombi Chanu", "Yumnam Tomba", "Oinam Ibemhal"]
COPTIC = ["pishOi markos", "mEna geOrgios", "shenouT abanoub", "demiana theodOros", "marina petros", "mariam iOannEs",
          "pahOm boutros", "iustina shenouT"]
COPTIC_LATIN = dict(zip(COPTIC, ["Bishoy Marcos", "Mina Girgis", "Shenouda Abanoub", "Demiana Tawadros", "Marina Boutros",
                                  "Mariam Hanna", "Bakhoum Boutros", "Youstina Shenouda"]))


def latin_name(r, culture=None):
    c = culture or r.choice(sorted(LATIN))
    g, f = LATIN[c]
    return c, r.choice(g), r.choice(f)


def cyr_name(r, lang=None):
    l = lang or r.choice(sorted(CYRILLIC))
    g, f = CYRILLIC[l]
    return l, r.choice(g), r.choice(f)


def script_name(r, script=None):
    sc = script or r.choice(["sundanese", "buginese", "meetei", "coptic"])
    if sc == "sundanese":
        n = r.choice(SUNDANESE); return sc, sundanese(n), n
    if sc == "buginese":
        n = r.choice(BUGINESE); return sc, buginese(n), n
    if sc == "meetei":
        n = r.choice(MEITEI); return sc, meetei(n), n
    n = r.choice(COPTIC); return sc, coptic(n), COPTIC_LATIN[n]
