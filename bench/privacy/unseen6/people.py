"""People for unseen6: names of many locales, e-mail addresses, phone numbers of 41 countries, IBANs of 31 countries."""
import unicodedata

from gen import DOMAINS, pick

NAMES = {
    "de": (["Jürgen", "Annika", "Torsten", "Henrike", "Malte", "Greta", "Sönke", "Frauke"],
           ["Schäfer", "Hoffmann", "Brandt", "Vogel", "Krüger", "Lindemann", "Zimmermann", "Wächter"]),
    "fr": (["Mathilde", "Étienne", "Solène", "Baptiste", "Anaïs", "Gaëtan", "Maëlle", "Thibault"],
           ["Lefèvre", "Girard", "Rousseau", "Marchand", "Dupuis", "Chevalier", "Lemoine", "Faure"]),
    "es": (["Ximena", "Álvaro", "Nerea", "Íñigo", "Lucía", "Rodrigo", "Ainhoa", "Joaquín"],
           ["Etxeberria", "Jiménez", "Castillo", "Ortega", "Navarro", "Domínguez", "Iglesias", "Vázquez"]),
    "pt": (["João", "Inês", "Gonçalo", "Beatriz", "Tiago", "Leonor", "Rui", "Carolina"],
           ["Magalhães", "Sousa", "Figueiredo", "Carvalho", "Pinto", "Teixeira", "Moreira", "Antunes"]),
    "nl": (["Sanne", "Joost", "Femke", "Bram", "Lieke", "Thijs", "Marloes", "Wouter"],
           ["de Vries", "van Dijk", "Bakker", "Visser", "Smit", "van den Broek", "Mulder", "de Jong"]),
    "pl": (["Zofia", "Grzegorz", "Agnieszka", "Wojciech", "Małgorzata", "Przemysław", "Katarzyna", "Jędrzej"],
           ["Wiśniewska", "Kowalczyk", "Zieliński", "Szymańska", "Woźniak", "Dąbrowski", "Lewandowska", "Kamiński"]),
    "ja": (["Haruto", "Yui", "Sota", "Aoi", "Ren", "Hina", "Daiki", "Sakura"],
           ["Takahashi", "Watanabe", "Yamamoto", "Nakamura", "Kobayashi", "Inoue", "Kimura", "Hayashi"]),
    "it": (["Federica", "Lorenzo", "Chiara", "Matteo", "Giulia", "Niccolò", "Ilaria", "Tommaso"],
           ["Esposito", "Bianchi", "Colombo", "Ricci", "Marino", "Greco", "Bruno", "Gallo"]),
    "nordic": (["Ingrid", "Sindre", "Astrid", "Oskar", "Linnea", "Eero", "Sigrid", "Mikkel"],
               ["Haugen", "Lindqvist", "Virtanen", "Johansen", "Bergström", "Korhonen", "Nyström", "Halvorsen"]),
    "en": (["Siobhan", "Callum", "Priya", "Marcus", "Olivia", "Declan", "Hannah", "Tobias"],
           ["Fitzgerald", "Okafor", "Patel", "Whitfield", "Nakashima", "Brennan", "Osei", "Harrington"]),
    "latam": (["Valentina", "Matías", "Camila", "Sebastián", "Florencia", "Tomás", "Renata", "Agustín"],
              ["Fernández", "Quispe", "Morales", "Rojas", "Gutiérrez", "Salazar", "Benítez", "Paredes"]),
    "other": (["Nguyen Van", "Ayşe", "Kwame", "Chinedu", "Oksana", "Dimitrios", "Rahul", "Siti"],
              ["Tran", "Yılmaz", "Mensah", "Adeyemi", "Shevchenko", "Papadopoulos", "Venkataraman", "Rahmawati"]),
}


def name(r, loc=None):
    loc = loc or pick(r, sorted(NAMES))
    first, last = NAMES[loc]
    return pick(r, first), pick(r, last)


def full(r, loc=None):
    f, l_ = name(r, loc)
    return f"{f} {l_}"


def ascii_fold(s):
    s = s.replace("ł", "l").replace("Ł", "L").replace("ø", "o").replace("ß", "ss")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def email(r, first=None, last=None, domain=None):
    first = first or name(r)[0]
    last = last or name(r)[1]
    f, l_ = ascii_fold(first).lower().replace(" ", ""), ascii_fold(last).lower().replace(" ", "")
    local = pick(r, [f"{f}.{l_}", f"{f[0]}.{l_}", f"{f}{l_[0]}", f"{l_}.{f}", f"{f}_{l_}", f"{f}.{l_}+{pick(r, ['ops', 'billing', 'jira'])}"])
    return f"{local}@{domain or pick(r, DOMAINS)}"


def _d(r, n):
    return "".join(str(r.randrange(10)) for _ in range(n))


def _nz(r):
    return str(r.randrange(2, 10))


def _n(r, allowed):
    """A leading digit the country's numbering plan assigns (checked against libphonenumber's metadata)."""
    return pick(r, allowed)


def _dk(r):
    return pick(r, ["20", "21", "22", "23", "24", "25", "26", "27", "28", "29", "30", "31", "40", "41", "42", "50", "51", "52", "53", "60", "61", "71", "81", "91", "93"])


def _us(r):
    return pick(r, ["212", "206", "303", "305", "312", "404", "415", "503", "512", "602", "617", "646", "702", "713", "720", "808", "917"])


# country: list of (international form, national form) makers. Digits random, shapes as the country writes them.
PHONES = {
    "AT": lambda r: pick(r, [f"+43 664 {_d(r, 7)}", f"0664 {_d(r, 7)}", f"+43 1 {_nz(r)}{_d(r, 6)}", f"01 {_nz(r)}{_d(r, 6)}"]),
    "BE": lambda r: pick(r, [f"+32 470 {_d(r, 2)} {_d(r, 2)} {_d(r, 2)}", f"0470 {_d(r, 2)} {_d(r, 2)} {_d(r, 2)}", f"+32 2 {_n(r, '2345678')}{_d(r, 2)} {_d(r, 2)} {_d(r, 2)}"]),
    "CH": lambda r: pick(r, [f"+41 79 {_d(r, 3)} {_d(r, 2)} {_d(r, 2)}", f"044 {_nz(r)}{_d(r, 2)} {_d(r, 2)} {_d(r, 2)}", f"+41 (0)44 {_nz(r)}{_d(r, 2)} {_d(r, 2)} {_d(r, 2)}"]),
    "CZ": lambda r: pick(r, [f"+420 602 {_d(r, 3)} {_d(r, 3)}", f"602 {_d(r, 3)} {_d(r, 3)}"]),
    "DK": lambda r: pick(r, [f"+45 {_dk(r)} {_nz(r)}{_d(r, 1)} {_d(r, 2)} {_d(r, 2)}", f"+45 {_dk(r)}{_nz(r)}{_d(r, 5)}"]),
    "FI": lambda r: pick(r, [f"+358 40 {_d(r, 7)}", f"040 {_d(r, 3)} {_d(r, 4)}", f"+358 9 {_n(r, '2345678')}{_d(r, 6)}"]),
    "GR": lambda r: pick(r, [f"+30 69{_d(r, 1)} {_d(r, 3)} {_d(r, 4)}", f"210 {_nz(r)}{_d(r, 2)} {_d(r, 4)}"]),
    "HU": lambda r: pick(r, [f"+36 30 {_nz(r)}{_d(r, 2)} {_d(r, 4)}", f"06 30 {_nz(r)}{_d(r, 2)} {_d(r, 4)}", f"+36 1 {_nz(r)}{_d(r, 2)} {_d(r, 4)}"]),
    "IL": lambda r: pick(r, [f"+972 52-{_nz(r)}{_d(r, 2)}-{_d(r, 4)}", f"052-{_nz(r)}{_d(r, 2)}-{_d(r, 4)}", f"03-{_nz(r)}{_d(r, 2)}-{_d(r, 4)}"]),
    "NO": lambda r: pick(r, [f"+47 9{_d(r, 2)} {_d(r, 2)} {_d(r, 3)}", f"+47 22 {_d(r, 2)} {_d(r, 2)} {_d(r, 2)}", f"9{_d(r, 2)} {_d(r, 2)} {_d(r, 3)}"]),
    "NZ": lambda r: pick(r, [f"+64 21 {_nz(r)}{_d(r, 2)} {_d(r, 4)}", f"021 {_nz(r)}{_d(r, 2)} {_d(r, 4)}", f"(09) {_nz(r)}{_d(r, 2)} {_d(r, 4)}"]),
    "PH": lambda r: pick(r, [f"+63 917 {_d(r, 3)} {_d(r, 4)}", f"0917 {_d(r, 3)} {_d(r, 4)}", f"+63 (2) 8{_d(r, 3)} {_d(r, 4)}"]),
    "PT": lambda r: pick(r, [f"+351 912 {_d(r, 3)} {_d(r, 3)}", f"912 {_d(r, 3)} {_d(r, 3)}", f"+351 21 {_nz(r)}{_d(r, 2)} {_d(r, 4)}"]),
    "RO": lambda r: pick(r, [f"+40 721 {_d(r, 3)} {_d(r, 3)}", f"0721 {_d(r, 3)} {_d(r, 3)}", f"+40 21 {_nz(r)}{_d(r, 2)} {_d(r, 4)}"]),
    "AR": lambda r: pick(r, [f"+54 9 11 {_n(r, '2345678')}{_d(r, 3)}-{_d(r, 4)}", f"011 {_n(r, '2345678')}{_d(r, 3)}-{_d(r, 4)}", f"+54 11 {_n(r, '2345678')}{_d(r, 3)}-{_d(r, 4)}"]),
    "CL": lambda r: pick(r, [f"+56 9 {_n(r, '345')}{_d(r, 3)} {_d(r, 4)}", f"+56 2 2{_d(r, 3)} {_d(r, 4)}"]),
    "CO": lambda r: pick(r, [f"+57 301 {_d(r, 3)} {_d(r, 4)}", f"301 {_d(r, 7)}", f"+57 (601) {_nz(r)}{_d(r, 2)} {_d(r, 4)}"]),
    "PE": lambda r: pick(r, [f"+51 987 {_d(r, 3)} {_d(r, 3)}", f"987 {_d(r, 3)} {_d(r, 3)}"]),
    "EG": lambda r: pick(r, [f"+20 10 {_d(r, 4)} {_d(r, 4)}", f"010 {_d(r, 4)} {_d(r, 4)}"]),
    "KE": lambda r: pick(r, [f"+254 712 {_d(r, 6)}", f"0712 {_d(r, 6)}", f"+254 20 {_nz(r)}{_d(r, 6)}"]),
    "MA": lambda r: pick(r, [f"+212 6 {_n(r, '1234567')}{_d(r, 1)} {_d(r, 2)} {_d(r, 2)} {_d(r, 2)}", f"06 {_n(r, '1234567')}{_d(r, 1)} {_d(r, 2)} {_d(r, 2)} {_d(r, 2)}"]),
    "TH": lambda r: pick(r, [f"+66 81 {_d(r, 3)} {_d(r, 4)}", f"081 {_d(r, 3)} {_d(r, 4)}", f"+66 2 {_nz(r)}{_d(r, 2)} {_d(r, 4)}"]),
    "VN": lambda r: pick(r, [f"+84 91 {_d(r, 3)} {_d(r, 2)} {_d(r, 2)}", f"091 {_d(r, 3)} {_d(r, 4)}", f"+84 28 {_n(r, '3567')}{_d(r, 3)} {_d(r, 4)}"]),
    "ID": lambda r: pick(r, [f"+62 812-{_d(r, 4)}-{_d(r, 4)}", f"0812-{_d(r, 4)}-{_d(r, 4)}", f"(021) {_nz(r)}{_d(r, 3)}-{_d(r, 4)}"]),
    "MY": lambda r: pick(r, [f"+60 12-{_d(r, 3)} {_d(r, 4)}", f"012-{_d(r, 3)} {_d(r, 4)}", f"+60 3-8{_n(r, '0123')}{_d(r, 2)} {_d(r, 4)}"]),
    "TW": lambda r: pick(r, [f"+886 912 {_d(r, 3)} {_d(r, 3)}", f"0912-{_d(r, 3)}-{_d(r, 3)}", f"(02) {_n(r, '2345678')}{_d(r, 3)}-{_d(r, 4)}"]),
    "HK": lambda r: pick(r, [f"+852 6{_n(r, '1345')}{_d(r, 2)} {_d(r, 4)}", f"+852 2{_n(r, '3456789')}{_d(r, 2)} {_d(r, 4)}"]),
    "UA": lambda r: pick(r, [f"+380 67 {_d(r, 3)} {_d(r, 2)} {_d(r, 2)}", f"067 {_d(r, 3)} {_d(r, 4)}"]),
    "AE": lambda r: pick(r, [f"+971 50 {_d(r, 3)} {_d(r, 4)}", f"050 {_d(r, 3)} {_d(r, 4)}", f"+971 4 {_n(r, '2345678')}{_d(r, 2)} {_d(r, 4)}"]),
    "SA": lambda r: pick(r, [f"+966 50 {_d(r, 3)} {_d(r, 4)}", f"050 {_d(r, 3)} {_d(r, 4)}"]),
    "DE": lambda r: pick(r, [f"+49 (0)30 {_nz(r)}{_d(r, 7)}", f"0049 151 {_d(r, 8)}", f"030/{_nz(r)}{_d(r, 6)}", f"+49 89 {_nz(r)}{_d(r, 3)} {_d(r, 4)}"]),
    "FR": lambda r: pick(r, [f"+33 (0)6 {_n(r, '12')}{_d(r, 1)} {_d(r, 2)} {_d(r, 2)} {_d(r, 2)}", f"06.{_n(r, '12')}{_d(r, 1)}.{_d(r, 2)}.{_d(r, 2)}.{_d(r, 2)}", f"01 {_d(r, 2)} {_d(r, 2)} {_d(r, 2)} {_d(r, 2)}"]),
    "UK": lambda r: pick(r, [f"+44 (0)20 7{_d(r, 3)} {_d(r, 4)}", f"07{_n(r, '458')}{_d(r, 2)} {_d(r, 6)}", f"0161 {_nz(r)}{_d(r, 2)} {_d(r, 4)}"]),
    "US": lambda r: pick(r, [f"({_us(r)}) {_nz(r)}{_d(r, 2)}-{_d(r, 4)}", f"+1-{_us(r)}-{_nz(r)}{_d(r, 2)}-{_d(r, 4)}", f"{_us(r)}.{_nz(r)}{_d(r, 2)}.{_d(r, 4)}"]),
    "JP": lambda r: pick(r, [f"090-{_nz(r)}{_d(r, 3)}-{_d(r, 4)}", f"+81 90-{_nz(r)}{_d(r, 3)}-{_d(r, 4)}", f"03-{_nz(r)}{_d(r, 3)}-{_d(r, 4)}", f"06 {_nz(r)}{_d(r, 3)} {_d(r, 4)}"]),
    "IN": lambda r: pick(r, [f"+91 98{_d(r, 3)} {_d(r, 5)}", f"098{_d(r, 3)} {_d(r, 5)}", f"+91-80-{_d(r, 4)}-{_d(r, 4)}"]),
    "BR": lambda r: pick(r, [f"(11) 9{_d(r, 4)}-{_d(r, 4)}", f"+55 11 9{_d(r, 4)}-{_d(r, 4)}", f"+55 (21) 2{_d(r, 3)}-{_d(r, 4)}"]),
    "PL": lambda r: pick(r, [f"+48 512 {_d(r, 3)} {_d(r, 3)}", f"512-{_d(r, 3)}-{_d(r, 3)}", f"(22) {_nz(r)}{_d(r, 2)} {_d(r, 2)} {_d(r, 2)}"]),
    "NL": lambda r: pick(r, [f"+31 6 {_n(r, '12345')}{_d(r, 7)}", f"06-{_n(r, '12345')}{_d(r, 7)}", f"020-{_nz(r)}{_d(r, 6)}"]),
    "ES": lambda r: pick(r, [f"+34 612 {_d(r, 2)} {_d(r, 2)} {_d(r, 2)}", f"612 {_d(r, 3)} {_d(r, 3)}", f"91 {_d(r, 3)} {_d(r, 2)} {_d(r, 2)}"]),
    "IT": lambda r: pick(r, [f"+39 347 {_d(r, 3)} {_d(r, 4)}", f"347 {_d(r, 7)}", f"02 {_d(r, 4)} {_d(r, 4)}"]),
}


def phone(r, cc=None):
    return PHONES[cc or pick(r, sorted(PHONES))](r)


# IBAN country formats: (length, BBAN maker)
def _a(r, n):
    return "".join(pick(r, "ABCDEFGHIJKLMNOPQRSTUVWXYZ") for _ in range(n))


def _c(r, n):
    return "".join(pick(r, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") for _ in range(n))


BBAN = {"DE": lambda r: _d(r, 18), "FR": lambda r: _d(r, 10) + _c(r, 11) + _d(r, 2), "ES": lambda r: _d(r, 20),
        "IT": lambda r: _a(r, 1) + _d(r, 10) + _c(r, 12), "NL": lambda r: _a(r, 4) + _d(r, 10), "BE": lambda r: _d(r, 12),
        "PL": lambda r: _d(r, 24), "PT": lambda r: _d(r, 21), "AT": lambda r: _d(r, 16), "CH": lambda r: _d(r, 5) + _c(r, 12),
        "GB": lambda r: _a(r, 4) + _d(r, 14), "IE": lambda r: _a(r, 4) + _d(r, 14), "SE": lambda r: _d(r, 20),
        "DK": lambda r: _d(r, 14), "FI": lambda r: _d(r, 14), "NO": lambda r: _d(r, 11), "LU": lambda r: _d(r, 3) + _c(r, 13),
        "CZ": lambda r: _d(r, 20), "HU": lambda r: _d(r, 24), "RO": lambda r: _a(r, 4) + _c(r, 16), "GR": lambda r: _d(r, 7) + _c(r, 16),
        "SK": lambda r: _d(r, 20), "SI": lambda r: _d(r, 15), "HR": lambda r: _d(r, 17), "LT": lambda r: _d(r, 16),
        "LV": lambda r: _a(r, 4) + _c(r, 13), "EE": lambda r: _d(r, 16), "TR": lambda r: _d(r, 6) + _c(r, 16),
        "SA": lambda r: _d(r, 2) + _c(r, 18), "AE": lambda r: _d(r, 19), "BR": lambda r: _d(r, 23) + _a(r, 1) + _c(r, 1)}


def iban(r, cc=None, grouped=None):
    cc = cc or pick(r, sorted(BBAN))
    bban = BBAN[cc](r)
    num = "".join(str(int(c, 36)) for c in bban + cc + "00")
    check = 98 - int(num) % 97
    s = f"{cc}{check:02d}{bban}"
    grouped = r.random() < 0.5 if grouped is None else grouped
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4)) if grouped else s
