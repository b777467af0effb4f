"""Out-of-vocabulary families for extra.jsonl: personal data the shared type list has no type for (national ids of many
countries, tax/VAT ids, postal addresses, dates of birth), next to labelled in-vocabulary entities. Scored type-blind only:
the question is whether the characters are covered at all."""
import string

import gen as g

NID, TAX, ADDR, DOB = "NATIONAL_ID", "TAX_ID", "ADDRESS", "DATE_OF_BIRTH"
D = string.digits


def nino(r):
    first = r.choice("ABCEGHJKLMNOPRSTWXYZ")
    second = r.choice("ABCEGHJKLMNPRSTWXYZ")
    d = g.rs(r, 6, D)
    return r.choice([f"{first}{second} {d[:2]} {d[2:4]} {d[4:]} {r.choice('ABCD')}", f"{first}{second}{d}{r.choice('ABCD')}"])


def nhs(r):
    while True:
        d = [r.randint(0, 9) for _ in range(9)]
        c = 11 - sum(x * (10 - i) for i, x in enumerate(d)) % 11
        c = 0 if c == 11 else c
        if c != 10:
            s = "".join(map(str, d)) + str(c)
            return f"{s[:3]} {s[3:6]} {s[6:]}" if r.random() < 0.7 else s


def nir(r):
    n = f"{r.randint(1, 2)}{r.randint(50, 99)}{r.randint(1, 12):02d}{r.randint(1, 95):02d}{r.randint(1, 999):03d}{r.randint(1, 999):03d}"
    k = 97 - int(n) % 97
    return f"{n[0]} {n[1:3]} {n[3:5]} {n[5:7]} {n[7:10]} {n[10:13]} {k:02d}"


def dni(r):
    n = r.randint(10**7, 10**8 - 1)
    return f"{n}{'TRWAGMYFPDXBNJZSQVHLCKE'[n % 23]}"


def bsn(r):
    while True:
        d = [r.randint(0, 9) for _ in range(9)]
        if d[0] and (sum(x * (9 - i) for i, x in enumerate(d[:8])) - d[8]) % 11 == 0:
            return "".join(map(str, d))


def cpf(r):
    d = [r.randint(0, 9) for _ in range(9)]
    for n in (10, 11):
        s = sum(x * (n - i) for i, x in enumerate(d)) % 11
        d.append(0 if s < 2 else 11 - s)
    s = "".join(map(str, d))
    return f"{s[:3]}.{s[3:6]}.{s[6:9]}-{s[9:]}"


def sin(r):
    s = g.luhn_complete(str(r.choice([1, 2, 3, 4, 5, 6, 7, 9])), 9, r)
    return f"{s[:3]} {s[3:6]} {s[6:]}"


def steuer_id(r):
    d = [r.randint(1, 9)] + [r.randint(0, 9) for _ in range(9)]
    p = 10
    for x in d:
        s = (x + p) % 10 or 10
        p = (s * 2) % 11
    c = 11 - p
    return "".join(map(str, d)) + str(0 if c == 10 else c)


def pan(r):
    return g.rs(r, 3, string.ascii_uppercase) + "P" + g.rs(r, 1, string.ascii_uppercase) + g.rs(r, 4, D) + g.rs(r, 1, string.ascii_uppercase)


def address(r, c):
    return {"GB": f"{r.randint(1, 220)} {r.choice(['Baker Street', 'Station Road', 'Church Lane'])}, {r.choice(['London NW1 6XE', 'Leeds LS1 4AP', 'Bristol BS1 5TR'])}",
            "DE": f"{r.choice(['Hauptstraße', 'Bahnhofstr.', 'Lindenallee'])} {r.randint(1, 120)}, {r.randint(10115, 99999)} {r.choice(['Berlin', 'Köln', 'Leipzig'])}",
            "FR": f"{r.randint(1, 90)} rue {r.choice(['de la Paix', 'Victor Hugo', 'des Lilas'])}, {r.randint(10, 95)}0{r.randint(10, 99)} {r.choice(['Paris', 'Lyon', 'Nantes'])}",
            "ES": f"Calle {r.choice(['Mayor', 'de Alcalá', 'Gran Vía'])} {r.randint(1, 200)}, 2º B, 280{r.randint(10, 55)} Madrid",
            "NL": f"{r.choice(['Keizersgracht', 'Dorpsstraat', 'Stationsplein'])} {r.randint(1, 400)}, {r.randint(1000, 9999)} {g.rs(r, 2, 'ABCEGHJKLNPRSTVWXZ')} {r.choice(['Amsterdam', 'Utrecht'])}",
            "BR": f"Rua {r.choice(['Augusta', 'das Flores', 'XV de Novembro'])}, {r.randint(10, 2000)} - São Paulo - SP, 0{r.randint(1000, 9999)}-{r.randint(100, 999)}",
            "CA": f"{r.randint(100, 9999)} {r.choice(['Rue Sainte-Catherine', 'Yonge Street'])}, {r.choice(['Montréal, QC H3B 1A7', 'Toronto, ON M5B 2H1'])}",
            "IN": f"Flat {r.randint(101, 904)}, {r.choice(['MG Road', 'Linking Road'])}, {r.choice(['Bengaluru 560001', 'Mumbai 400050'])}"}[c]


def dob(r):
    y, m, d = r.randint(1950, 2004), r.randint(1, 12), r.randint(1, 28)
    return r.choice([f"{y}-{m:02d}-{d:02d}", f"{d:02d}/{m:02d}/{y}", f"{d:02d}.{m:02d}.{y}"])


IDS = {"GB": [("NI number", nino), ("NHS number", nhs)], "FR": [("NIR", nir)], "ES": [("DNI", dni)], "NL": [("BSN", bsn)], "BR": [("CPF", cpf)],
       "CA": [("SIN", sin)], "DE": [("Steuer-ID", steuer_id)], "IN": [("PAN", pan)]}
VAT = {"DE": lambda r: "DE" + g.rs(r, 9, D), "GB": lambda r: f"GB {g.rs(r, 3, D)} {g.rs(r, 4, D)} {g.rs(r, 2, D)}", "FR": lambda r: "FR" + g.rs(r, 11, D),
       "NL": lambda r: "NL" + g.rs(r, 9, D) + "B01", "ES": lambda r: "ES" + r.choice("ABX") + g.rs(r, 8, D)}


def hr_record(r):
    c = r.choice(list(IDS))
    label, fn = r.choice(IDS[c])
    person = g.name(r)
    return "hr-export", ["{\"employee\":\"", ("PERSON", person), "\",\"email\":\"", ("EMAIL", g.email(r, person)), "\",\"", label.lower().replace(" ", "_"), "\":\"", (NID, fn(r)),
                         "\",\"dob\":\"", (DOB, dob(r)), "\",\"home_address\":\"", (ADDR, address(r, c if c != "GB" or r.random() < 0.5 else "GB")), "\"}"]


def ticket_id(r):
    c = r.choice(list(IDS))
    label, fn = r.choice(IDS[c])
    person = g.name(r)
    return "zendesk", ["Ticket from ", ("PERSON", person), ": I can't finish onboarding, the form rejects my ", label, " ", (NID, fn(r)), " and my date of birth ", (DOB, dob(r)),
                       ". Please call me on ", ("PHONE", g.phone(r)), "."]


def billing_vat(r):
    c = r.choice(list(VAT))
    person = g.name(r)
    return "billing-export", ["invoice_id,contact,vat_id,billing_address,iban\nINV-", str(r.randint(10000, 99999)), ",", ("PERSON", person), ",", (TAX, VAT[c](r)), ",\"",
                              (ADDR, address(r, c if c in ("GB", "DE", "FR", "ES", "NL") else "DE")), "\",", ("IBAN", g.iban(r, c if c in g.IBAN_SPEC else "DE"))]


FAMILIES = [hr_record, ticket_id, billing_vat]
