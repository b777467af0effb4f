"""People for the fifth blind set: names of many locales, e-mail addresses (plus-tags, internationalised domains), phone
numbers of many countries in national and international forms."""
import unicodedata

FIRST = ["Amara", "Bogdan", "Chiara", "Dagny", "Emeka", "Fatima", "Gwen", "Hiroshi", "Ingrid", "Jorge", "Kalani", "Leilani",
         "Mateusz", "Nadia", "Oisín", "Priya", "Quentin", "Rafaela", "Søren", "Tomasz", "Uma", "Valentina", "Wen", "Ximena",
         "Yusuf", "Zofia", "Anh", "Benedikt", "Camille", "Dmitri", "Elif", "Farid", "Greta", "Hamza", "Ines", "Jae-won",
         "Kwame", "Lucía", "Mehmet", "Noor", "Olufemi", "Pål", "Rhiannon", "Sanjay", "Thandiwe", "Ugo", "Vikram", "Aoife"]
LAST = ["Okonkwo", "Nowak", "Rossi", "Lindqvist", "Tanaka", "Al-Sayed", "Fernández", "Kowalczyk", "Nguyen", "Haddad",
        "O'Sullivan", "van der Berg", "Schäfer", "Dubois", "Mensah", "Yılmaz", "Papadopoulos", "Kim", "Sharma", "Ivanova",
        "Moreau", "Costa", "Bianchi", "Eriksen", "Zhou", "Adeyemi", "Novák", "Lefèvre", "Hernández", "Müller-Lüdenscheidt",
        "de la Cruz", "Chaudhry", "Bergström", "Nakamura", "Mbeki", "Oyelaran", "Kaczmarek", "Walsh", "Ferreira", "Takahashi"]
DOMAINS = ["northwind-retail.com", "globex.io", "initech.co.uk", "acme-health.org", "contoso.de", "fabrikam.fr", "example.com",
           "umbrella-ins.com", "hooli.dev", "tyrell.jp", "bäckerei-schmidt.de", "münchen-versand.de", "gmail.com", "outlook.com",
           "proton.me", "yahoo.co.jp", "web.de", "orange.fr", "vivid-pay.com.br", "søndergaard.dk"]


def name(rng, middle=False):
    f, last = rng.choice(FIRST), rng.choice(LAST)
    if middle:
        return f"{f} {rng.choice('ABCDEFGHJKLMNPRSTW')}. {last}"
    return f"{f} {last}"


def ascii_fold(v):
    v = v.replace("ø", "o").replace("å", "a").replace("ı", "i").replace("'", "").replace(" ", "")
    return unicodedata.normalize("NFKD", v).encode("ascii", "ignore").decode().lower()


def email(rng, person=None, tag=None, domain=None):
    person = person or name(rng)
    parts = person.split(" ")
    f, last = ascii_fold(parts[0]), ascii_fold(parts[-1])
    local = rng.choice([f"{f}.{last}", f"{f[0]}{last}", f"{f}", f"{last}.{f}", f"{f}_{last}{rng.randrange(10, 99)}"])
    if tag is None and rng.random() < 0.3:
        tag = rng.choice(["orders", "billing", "noreply", "2026", "support", "amazon"])
    if tag:
        local += "+" + tag
    return f"{local}@{domain or rng.choice(DOMAINS)}"


def d(rng, n):
    return "".join(str(rng.randrange(10)) for _ in range(n))


def nz(rng, n):
    return str(rng.randrange(1, 10)) + d(rng, n - 1)


PHONES = {
    "US": lambda r: r.choice([f"({nz(r, 3)}) 555-01{d(r, 2)}", f"+1 {nz(r, 3)}-{nz(r, 3)}-{d(r, 4)}", f"{nz(r, 3)}.{nz(r, 3)}.{d(r, 4)}"]),
    "CA": lambda r: f"+1 (416) {nz(r, 3)}-{d(r, 4)}",
    "UK": lambda r: r.choice([f"+44 7{d(r, 3)} {d(r, 6)}", f"020 {nz(r, 4)} {d(r, 4)}", f"07{d(r, 3)} {d(r, 3)} {d(r, 3)}"]),
    "DE": lambda r: r.choice([f"+49 30 {nz(r, 8)}", f"0151 {nz(r, 8)}", f"+49 (0)89 {nz(r, 3)} {d(r, 4)}"]),
    "FR": lambda r: r.choice([f"+33 6 {d(r, 2)} {d(r, 2)} {d(r, 2)} {d(r, 2)}", f"01 {d(r, 2)} {d(r, 2)} {d(r, 2)} {d(r, 2)}", f"+33 (0)1.{d(r, 2)}.{d(r, 2)}.{d(r, 2)}.{d(r, 2)}"]),
    "ES": lambda r: f"+34 6{d(r, 2)} {d(r, 2)} {d(r, 2)} {d(r, 2)}",
    "IT": lambda r: r.choice([f"+39 06 {d(r, 4)} {d(r, 4)}", f"+39 3{d(r, 2)} {d(r, 3)} {d(r, 4)}"]),
    "NL": lambda r: r.choice([f"+31 6 {d(r, 8)}", f"06-{d(r, 8)}"]),
    "PL": lambda r: f"+48 5{d(r, 2)} {d(r, 3)} {d(r, 3)}",
    "SE": lambda r: r.choice([f"+46 70 {d(r, 3)} {d(r, 2)} {d(r, 2)}", f"070-{d(r, 3)} {d(r, 2)} {d(r, 2)}"]),
    "DK": lambda r: f"+45 {nz(r, 2)} {d(r, 2)} {d(r, 2)} {d(r, 2)}",
    "NO": lambda r: f"+47 9{d(r, 2)} {d(r, 2)} {d(r, 3)}",
    "CH": lambda r: f"+41 44 {nz(r, 3)} {d(r, 2)} {d(r, 2)}",
    "AT": lambda r: f"+43 664 {nz(r, 7)}",
    "BE": lambda r: f"+32 4{d(r, 2)} {d(r, 2)} {d(r, 2)} {d(r, 2)}",
    "IE": lambda r: f"+353 8{r.randrange(3, 10)} {d(r, 3)} {d(r, 4)}",
    "PT": lambda r: f"+351 9{d(r, 2)} {d(r, 3)} {d(r, 3)}",
    "BR": lambda r: r.choice([f"+55 11 9{d(r, 4)}-{d(r, 4)}", f"(21) 9{d(r, 4)}-{d(r, 4)}"]),
    "MX": lambda r: f"+52 55 {d(r, 4)} {d(r, 4)}",
    "AR": lambda r: f"+54 9 11 {d(r, 4)}-{d(r, 4)}",
    "IN": lambda r: r.choice([f"+91 9{d(r, 4)} {d(r, 5)}", f"+91-{nz(r, 2)}-{d(r, 8)}"]),
    "JP": lambda r: r.choice([f"+81 3-{d(r, 4)}-{d(r, 4)}", f"090-{d(r, 4)}-{d(r, 4)}"]),
    "KR": lambda r: f"+82 10-{d(r, 4)}-{d(r, 4)}",
    "CN": lambda r: f"+86 139 {d(r, 4)} {d(r, 4)}",
    "SG": lambda r: f"+65 {r.choice('689')}{d(r, 3)} {d(r, 4)}",
    "AU": lambda r: r.choice([f"+61 4{d(r, 2)} {d(r, 3)} {d(r, 3)}", f"(02) {nz(r, 4)} {d(r, 4)}"]),
    "NZ": lambda r: f"+64 21 {d(r, 3)} {d(r, 4)}",
    "ZA": lambda r: f"+27 8{d(r, 1)} {d(r, 3)} {d(r, 4)}",
    "NG": lambda r: f"+234 80{d(r, 1)} {d(r, 3)} {d(r, 4)}",
    "AE": lambda r: f"+971 50 {d(r, 3)} {d(r, 4)}",
    "TR": lambda r: f"+90 5{d(r, 2)} {d(r, 3)} {d(r, 2)} {d(r, 2)}",
    "IL": lambda r: f"+972 5{d(r, 1)}-{d(r, 3)}-{d(r, 4)}",
}


def phone(rng, country=None):
    return PHONES[country or rng.choice(sorted(PHONES))](rng)
