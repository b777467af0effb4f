"""People for unseen18: names (Filipino, Portuguese, Greek in Greek and Latin script, Ukrainian in Cyrillic and Latin, Bangladeshi in
Bengali and Latin, Odia in Odia script, and English names as most engineering teams' dumps hold), their e-mail addresses, and phone
numbers valid for their region (Philippines, Portugal, Greece, Ukraine, Bangladesh, US, UK), national and international forms."""
import unicodedata

LATIN = {
    "ph": (["Maricel", "Jomar", "Rhea", "Arnel", "Liezl", "Ronaldo", "Kristine", "Jericho", "Divina", "Ferdinand", "Analyn", "Rodel"],
           ["Dela Cruz", "Bautista", "Macaraeg", "Villanueva", "Pangilinan", "Soriano", "Dimaculangan", "Manalastas", "Tolentino", "Cabrera"]),
    "pt": (["João", "Inês", "Tiago", "Beatriz", "Gonçalo", "Leonor", "Rui", "Mafalda", "Duarte", "Matilde"],
           ["Magalhães", "Gonçalves", "Figueiredo", "Carvalho", "Sequeira", "Antunes", "Brandão", "Loureiro", "Valente", "Pinheiro"]),
    "gr": (["Dimitrios", "Eleni", "Konstantinos", "Vasiliki", "Georgios", "Panagiota", "Christos", "Ioanna", "Spyridon", "Athina"],
           ["Papadopoulos", "Karagiannis", "Oikonomou", "Vlachou", "Anagnostou", "Theodorakis", "Zervas", "Kouris", "Makri", "Siderou"]),
    "ua": (["Oleksandr", "Kateryna", "Bohdan", "Oksana", "Taras", "Yulia", "Mykola", "Iryna", "Dmytro", "Solomiia"],
           ["Shevchenko", "Kovalenko", "Bondarenko", "Tkachuk", "Melnyk", "Kravchenko", "Hrytsenko", "Lysenko", "Savchuk", "Ostapenko"]),
    "bd": (["Tanvir", "Nusrat", "Rafiqul", "Farzana", "Sabbir", "Moushumi", "Shakil", "Tahmina", "Arif", "Sharmin"],
           ["Hossain", "Chowdhury", "Rahman", "Akter", "Talukder", "Sarkar", "Mollah", "Bhuiyan", "Siddique", "Khandaker"]),
    "us": (["Megan", "Trevor", "Dana", "Marcus", "Alicia", "Kyle", "Brianna", "Devin", "Shauna", "Garrett", "Lindsey", "Owen"],
           ["Whitaker", "Brennan", "Castellano", "Hollis", "Pruitt", "Ashford", "Kowalczyk", "Delgado", "Sutherland", "Ferris"]),
    "uk": (["Callum", "Niamh", "Rhys", "Imogen", "Alistair", "Ffion", "Hamish", "Seren", "Declan", "Bethan"],
           ["Pritchard", "McAllister", "Thornton", "Blackwood", "Llewellyn", "Ogilvie", "Farquhar", "Hargreaves", "Penhaligon", "Cairns"]),
}
SCRIPT = {
    "gr": (["Δημήτριος", "Ελένη", "Κωνσταντίνος", "Βασιλική", "Γεώργιος", "Ιωάννα"], ["Παπαδόπουλος", "Καραγιάννης", "Οικονόμου", "Βλάχου", "Ζερβάς", "Μακρή"]),
    "ua": (["Олександр", "Катерина", "Богдан", "Оксана", "Тарас", "Юлія"], ["Шевченко", "Коваленко", "Бондаренко", "Ткачук", "Мельник", "Лисенко"]),
    "bd": (["তানভীর", "নুসরাত", "রফিকুল", "ফারজানা", "সাব্বির", "তাহমিনা"], ["হোসেন", "চৌধুরী", "রহমান", "আক্তার", "সরকার", "ভূঁইয়া"]),
    "or": (["ସୁବ୍ରତ", "ପ୍ରିୟଙ୍କା", "ଦେବାଶିଷ", "ସସ୍ମିତା", "ମନୋଜ", "ଲିପିକା"], ["ମହାପାତ୍ର", "ପଣ୍ଡା", "ସାହୁ", "ମିଶ୍ର", "ବେହେରା", "ନାୟକ"]),
}
REGIONS = sorted(LATIN)
DOMAINS = ["northwind-ops.com", "corp.example.org", "kestrel.io", "meridianbank.eu", "tidepool.dev", "orbitcare.ph", "lusopay.pt",
           "hellasnet.gr", "dnipro-soft.com.ua", "padma-tech.com.bd", "fieldline.co.uk", "example.com"]


def ascii_fold(x):
    return "".join(c for c in unicodedata.normalize("NFKD", x) if not unicodedata.combining(c)).lower().replace(" ", "")


def person(r, region=None, script=False):
    """(display name, given, family, region)"""
    region = region or r.choice(REGIONS + (["or"] if script else []))
    if script and region in SCRIPT:
        g, f = r.choice(SCRIPT[region][0]), r.choice(SCRIPT[region][1])
        return "%s %s" % (g, f), g, f, region
    if script and region == "or":
        g, f = r.choice(SCRIPT["or"][0]), r.choice(SCRIPT["or"][1])
        return "%s %s" % (g, f), g, f, region
    g, f = r.choice(LATIN[region][0]), r.choice(LATIN[region][1])
    return "%s %s" % (g, f), g, f, region


def email(r, given=None, family=None, domain=None):
    if given is None:
        _, given, family, _ = person(r)
    g, f = ascii_fold(given), ascii_fold(family)
    if not g.isascii() or not f.isascii():
        g, f = r.choice(["s", "p", "d", "m"]) + str(r.randint(1, 99)), "user"
    form = r.randrange(4)
    local = [g + "." + f, g[0] + f, f + "." + g, g + "_" + f + str(r.randint(1, 99))][form]
    return "%s@%s" % (local, domain or r.choice(DOMAINS))


def _d(r, n):
    return "".join(str(r.randint(0, 9)) for _ in range(n))


def phone(r, region=None, intl=None):
    region = region or r.choice(["ph", "pt", "gr", "ua", "bd", "us", "uk"])
    intl = r.random() < 0.5 if intl is None else intl
    if region == "ph":
        p = r.choice(["917", "918", "919", "927", "935", "945", "956", "966", "977", "995", "998"])
        a, b = _d(r, 3), _d(r, 4)
        return "+63 %s %s %s" % (p, a, b) if intl else r.choice(["0%s %s %s", "0%s-%s-%s"]) % (p, a, b)
    if region == "pt":
        p = r.choice(["91", "92", "93", "96"]) + _d(r, 1)
        a, b = _d(r, 3), _d(r, 3)
        return "+351 %s %s %s" % (p, a, b) if intl else "%s %s %s" % (p, a, b)
    if region == "gr":
        if r.random() < 0.7:
            p = "69" + r.choice("345789") + _d(r, 0)
        else:
            p = "21" + r.choice("0123456789")
        a, b = _d(r, 3), _d(r, 4)
        return "+30 %s %s %s" % (p, a, b) if intl else "%s %s %s" % (p, a, b)
    if region == "ua":
        p = r.choice(["50", "63", "66", "67", "68", "73", "93", "95", "96", "97", "98", "99"])
        a, b, c = _d(r, 3), _d(r, 2), _d(r, 2)
        return "+380 %s %s %s %s" % (p, a, b, c) if intl else "0%s %s %s %s" % (p, a, b, c)
    if region == "bd":
        p = "1" + r.choice("3456789") + _d(r, 2)
        a = _d(r, 6)
        return "+880 %s-%s" % (p, a) if intl else "0%s-%s" % (p, a)
    if region == "us":
        ac = r.choice(["312", "415", "617", "206", "512", "303", "404", "646", "720", "919"])
        ex = str(r.randint(2, 9)) + _d(r, 2)
        if ex[1:] == "11":
            ex = ex[0] + "23"
        ln = _d(r, 4)
        return r.choice(["+1 %s %s %s", "+1-%s-%s-%s"]) % (ac, ex, ln) if intl else r.choice(["(%s) %s-%s", "%s-%s-%s", "%s.%s.%s"]) % (ac, ex, ln)
    p = "7" + r.choice(["4", "5", "8", "9"]) + _d(r, 2)
    p = "7912" if p in ("7797", "7911") else p
    a = _d(r, 6)
    return "+44 %s %s" % (p, a) if intl else "0%s %s" % (p, a)
