"""Names of cultures no earlier set's README names, and of scripts it did not use for names. Latin-script names as their communities
write them in English-language or French-language paperwork; the non-Latin names were written by hand from common given names and
family names (no native reader checked them)."""

# culture: (given names, family names); order "gf" = given first, "fg" = family first as written at home
LATIN = {
    "Friulian": (["Checo", "Vigjute", "Toni", "Mariute", "Bepi", "Nene"], ["Cjargnel", "Zuliani", "Tomat", "Di Bert", "Pitassi", "Cucit"], "gf"),
    "Cornish": (["Jowan", "Tamsin", "Peder", "Kerensa", "Lowen", "Morwenna"], ["Trevithick", "Penhaligon", "Nancarrow", "Polglase", "Tregenza", "Chenoweth"], "gf"),
    "Manx": (["Illiam", "Moirrey", "Juan", "Aalin", "Orry", "Ealish"], ["Quayle", "Kermode", "Corkill", "Qualtrough", "Kinvig", "Cregeen"], "gf"),
    "Tuvaluan": (["Seve", "Fakavae", "Tapugao", "Losaline", "Kaumaile", "Semi"], ["Paeniu", "Tafaki", "Italeli", "Lauti", "Telito", "Apinelu"], "gf"),
    "Newar": (["Ratna", "Sunita", "Bishnu", "Rajani", "Manjuman", "Sabina"], ["Shakya", "Maharjan", "Tuladhar", "Bajracharya", "Shrestha", "Kansakar"], "gf"),
    "Circassian": (["Aslan", "Zarema", "Murat", "Fatimet", "Kazbek", "Saida"], ["Khatkov", "Shovgenova", "Tlekhuch", "Bzhedugova", "Nagoev", "Khapsirokov"], "gf"),
    "Karelian": (["Iivo", "Anni", "Santeri", "Okkoi", "Jyrki", "Hilla"], ["Perttunen", "Remsujeva", "Malinen", "Kuittinen", "Jeskanen", "Huotari"], "gf"),
    "Evenki": (["Galina", "Nikolai", "Ayana", "Semyon", "Khegdy", "Liliya"], ["Udygir", "Kaplin", "Sakhatkina", "Gaudel", "Miyakhtin", "Pankagir"], "gf"),
    "Chukchi": (["Ankana", "Tymnevakat", "Rintyn", "Vuukvun", "Keutegin", "Ettyne"], ["Kergytval", "Ragtytagin", "Nutetegin", "Omrypkir", "Ritagtegin", "Kelevgi"], "gf"),
    "Okinawan": (["Kamado", "Seiryo", "Ushi", "Chosho", "Kamii", "Chiru"], ["Higa", "Kinjo", "Chinen", "Nakasone", "Shimabukuro", "Tamanaha"], "fg"),
    "Comorian": (["Mwanaidi", "Said Omar", "Zaitoune", "Ahamada", "Fatima Zahara", "Mouigni"], ["Mchangama", "Ben Ali Mmadi", "Soilihi", "Abdallah Bacar", "Djoumoi", "Maoulida"], "gf"),
    "Afar": (["Hasna", "Ismail", "Maaku", "Gaas", "Fatuma", "Kadaffo"], ["Ali Mirah", "Hanfare", "Dardaar", "Aydaahis", "Hummadu", "Yayyo"], "gf"),
    "Ndebele": (["Nkosinathi", "Thandiwe", "Mlungisi", "Sibongile", "Bhekithemba", "Nomalanga"], ["Mahlangu", "Ndlovu", "Masilela", "Msiza", "Skosana", "Mnguni"], "gf"),
    "Serer": (["Ngor", "Maye", "Waly", "Khady", "Diokel", "Sira"], ["Faye", "Ndiaye Sarr", "Diouf", "Sène", "Thiaw", "Ngom"], "gf"),
    "Mandinka": (["Lamin", "Fatoumata", "Bakary", "Kaddy", "Ebrima", "Mariama"], ["Sanneh", "Darboe", "Touray", "Jammeh", "Fofana", "Sonko"], "gf"),
    "Nuer": (["Gatluak", "Nyakuoth", "Riek", "Nyaluak", "Tut", "Nyabol"], ["Gatkuoth", "Chuol", "Bol Deng", "Ruach", "Lual", "Wal Pal"], "gf"),
    "Ladin": (["Gottfried", "Verena", "Ojep", "Anna Maria", "Tone", "Valentina"], ["Irsara", "Crazzolara", "Pescollderungg", "Kostner", "Sotriffer", "Dapunt"], "gf"),
    "Walloon": (["Djôzef", "Marîye", "Houbert", "Lîze", "Djan", "Trinete"], ["Mawet", "Dethier", "Pirotte", "Lhoest", "Gérardy", "Closset"], "gf"),
    "Dzongkha": (["Karma", "Dechen", "Sonam", "Pema", "Ugyen", "Tshering"], ["Wangchuk", "Choden", "Dorji", "Yangzom", "Tshomo", "Lhendup"], "gf"),
    "Nauruan": (["Rennier", "Ludwig", "Marlene", "Baron", "Charmaine", "Kieren"], ["Gadabu", "Harris", "Detenamo", "Adeang", "Scotty", "Keke"], "gf"),
    "Yiddish": (["Yankl", "Sore", "Moyshe", "Khane", "Shmuel", "Rivke"], ["Goldberg", "Rozenblat", "Faynshteyn", "Vays", "Shapiro", "Kats"], "gf"),
    "Sindhi": (["Sassui", "Abdul Ghani", "Marvi", "Sarang", "Hyder Bux", "Shireen"], ["Memon", "Soomro", "Jatoi", "Mahar", "Bhutto", "Junejo"], "gf"),
    "Dari": (["Fereshta", "Najibullah", "Maryam", "Farid", "Zarghuna", "Hamid"], ["Ahmadzai", "Rahimi", "Nouri", "Popal", "Sultani", "Karimi"], "gf"),
}

# non-Latin names (full name strings) by script
SCRIPTS = {
    "Ge'ez (Tigrinya)": ["ሃይለ ገብረመድህን", "ሰላም ተስፋይ", "ኣማኑኤል ዮውሃንስ", "ሉላ ገብረየሱስ", "ዳዊት ኪዳነ", "ሳባ ሃብተ"],
    "Hebrew (Yiddish)": ["שׂרה גאָלדבערג", "משה ראָזענבלאַט", "חנה פֿײַנשטײן", "יאַנקל ווײַס", "רבֿקה שאַפּיראָ", "שמואל קאַץ"],
    "Arabic (Sindhi)": ["عبدالغني ميمڻ", "سسئي سومرو", "مارئي جتوئي", "سارنگ ماهر", "حيدر بخش جوڻيجو", "شيرين ڀٽو"],
    "Arabic (Dari)": ["فرشته احمدزی", "نجیب‌الله رحیمی", "مریم نوری", "فرید پوپل", "زرغونه سلطانی", "حمید کریمی"],
}

# Han and Hangul names (used as values under English JSON keys)
HAN = ["王立军", "陈雅婷", "刘德明", "黄诗涵", "周建国", "林佳怡", "高桥 翔", "中村 真由美", "渡辺 蓮"]
HANGUL = ["김서연", "이준호", "박지민", "최유나", "정민재", "강하늘"]
# Russian and Ukrainian names for initials without a space
CYR = [("Петров", "И.И."), ("Смирнова", "А.В."), ("Кузнецов", "Д.С."), ("Шевченко", "О.М."), ("Бондаренко", "Т.Г."), ("Соколова", "Е.П."),
       ("Коваленко", "В.А."), ("Морозов", "К.Н.")]


def latin(r, culture=None):
    culture = culture or r.choice(sorted(LATIN))
    g, f, order = LATIN[culture]
    return culture, r.choice(g), r.choice(f), order


def full(r, culture=None):
    c, g, f, order = latin(r, culture)
    return (f + " " + g) if order == "fg" else (g + " " + f)
