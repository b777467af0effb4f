"""extra.jsonl families of unseen15: personal data with no type in the shared vocabulary (driving licence numbers, personal tax ids,
postal addresses of places no earlier README names), with the names beside them labelled PERSON."""
from gen import E, rs, phone  # noqa: F401
import people

D = "0123456789"
U = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def _who(r):
    c, g, f, order = people.latin(r)
    return g, f


def dvla(r, g, f):
    """UK DVLA licence number: surname (5, padded 9), decade, month (+50 for women), day, year digit, 2 initials, 9, 2 check chars."""
    s = "".join(c for c in f.upper() if c in U)[:5].ljust(5, "9")
    y, m, d = r.randrange(1950, 2004), r.randrange(1, 13), r.randrange(1, 29)
    m += 50 * r.randrange(2)
    ini = ("".join(c for c in g.upper() if c in U)[:1] + r.choice(U + "9")).ljust(2, "9")
    return "%s%d%02d%02d%d%s9%s" % (s, y // 10 % 10, m, d, y % 10, ini, rs(r, U, 1) + rs(r, U + D, 1))


def cuit(r):
    body = r.choice(["20", "27", "23"]) + rs(r, D, 8)
    w = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]
    c = 11 - sum(int(a) * b for a, b in zip(body, w)) % 11
    c = 0 if c == 11 else c
    if c == 10:
        return cuit(r)
    return "%s-%s-%d" % (body[:2], body[2:], c)


RFC_ALPHA = "0123456789ABCDEFGHIJKLMN&OPQRSTUVWXYZ Ñ"


def rfc(r, g, f):
    fam = "".join(c for c in f.upper() if c in U) + "XX"
    first = fam[0] + next((c for c in fam[1:] if c in "AEIOU"), "X") + r.choice("GHLMRS") + "".join(c for c in g.upper() if c in U)[:1]
    body = first + "%02d%02d%02d" % (r.randrange(50, 100), r.randrange(1, 13), r.randrange(1, 29)) + rs(r, U[:-1] + D[1:], 2)
    s = sum(RFC_ALPHA.index(c) * (13 - i) for i, c in enumerate(body.rjust(12)))
    return body + RFC_ALPHA[(11 - s) % 11] if (11 - s) % 11 != 10 else body + "A"


def f_x_driving_licences(r, k):
    v = k % 5
    g, f = _who(r)
    n = g + " " + f
    if v == 0:
        return ["Rental agreement RA-", rs(r, D, 6), "\nDriver: ", E("PERSON", n), "\nLicence no.: ", E("DRIVER_LICENSE", dvla(r, g, f)), " (DVLA, GB)\n"]
    if v == 1:
        dl = "%s%02d %d%s" % (r.choice(["MH", "KA", "TN", "DL", "WB"]), r.randrange(1, 60), r.randrange(2005, 2024), rs(r, D, 7))
        return ["KYC step 3/4 ok: name=\"", E("PERSON", n), "\" dl_number=\"", E("DRIVER_LICENSE", dl), "\"\n"]
    if v == 2:
        dl = "%s%s-%s-%s" % (f[0].upper(), rs(r, D, 4), rs(r, D, 5), rs(r, D, 5))
        return ["Ontario DL: ", E("DRIVER_LICENSE", dl), "  Holder: ", E("PERSON", f.upper() + ", " + g.upper()), "\n"]
    if v == 3:
        return ["{\"driver\": {\"name\": \"", E("PERSON", n), "\", \"license\": \"", E("DRIVER_LICENSE", r.choice(U) + rs(r, D, 7)),
                "\", \"state\": \"CA\"}}\n"]
    return ["Fahrer: ", E("PERSON", n), ", Führerschein (UK): ", E("DRIVER_LICENSE", dvla(r, g, f)), "\n"]


def f_x_tax_ids(r, k):
    v = k % 5
    g, f = _who(r)
    n = g + " " + f
    if v == 0:
        pan = rs(r, U, 3) + "P" + ("".join(c for c in f.upper() if c in U) or "X")[0] + rs(r, D, 4) + rs(r, U, 1)
        return ["Vendor onboarding: ", E("PERSON", n), ", PAN ", E("TAX_ID", pan), "\n"]
    if v == 1:
        return ["Factura B – Cliente: ", E("PERSON", f.upper() + " " + g), " – CUIT: ", E("TAX_ID", cuit(r)), "\n"]
    if v == 2:
        return ["RFC del empleado: ", E("TAX_ID", rfc(r, g, f)), "  Nombre: ", E("PERSON", n), "\n"]
    if v == 3:
        return ["payee_tin=", E("TAX_ID", "%s-%s-%s-000" % (rs(r, D, 3), rs(r, D, 3), rs(r, D, 3))), " payee_name=\"", E("PERSON", n), "\"\n"]
    return ["\"contractor\": {\"name\": \"", E("PERSON", n), "\", \"cuil\": \"", E("TAX_ID", cuit(r)), "\"}\n"]


def f_x_addresses(r, k):
    v = k % 10
    g, f = _who(r)
    n = g + " " + f
    no = str(r.randrange(2, 120))
    addrs = [
        "No. %s, Jalan SS 2/%d, Taman Bahagia, 47300 Petaling Jaya, Selangor" % (no, r.randrange(10, 99)),
        "De la iglesia de San Pedro %d m al norte y %d m al este, casa %s, Montes de Oca, San José" % (r.choice([100, 200, 300]), r.choice([50, 75, 100]), no),
        "Bldg. Haddad, %s floor, near Sassine Square, Achrafieh, Beirut" % r.choice(["2nd", "3rd", "5th"]),
        "Rue %d, Bastos, B.P. %d, Yaoundé" % (r.randrange(1000, 2000), r.randrange(1000, 9999)),
        "Stand %s, %s Road, Borrowdale, Harare" % (r.randrange(1000, 9999), r.choice(["Quorn", "Hindhead", "Crowhill"])),
        "Rua %s, Casa n.º %s, Bairro Talatona, Luanda" % (r.choice(["Kwame Nkrumah", "Rainha Ginga", "Comandante Valódia"]), no),
        "Ulica Bokeška %s, 81000 Podgorica" % no,
        "Cité %d Logements, Bt %s n° %s, Bab Ezzouar, Alger" % (r.choice([400, 720, 1200]), r.choice("ABCD"), no),
        "Ainkawa, Street %d, House %s, Erbil, Kurdistan Region" % (r.randrange(10, 99), no),
        "Cocody Riviera 3, Ilot %d, Lot %s, Abidjan" % (r.randrange(10, 400), no),
    ]
    a = addrs[v]
    w = r.randrange(3)
    if w == 0:
        return ["Ship to: ", E("PERSON", n), "\n", E("ADDRESS", a), "\n"]
    if w == 1:
        return ["{\"name\": \"", E("PERSON", n), "\", \"address\": \"", E("ADDRESS", a), "\"}\n"]
    return ["Delivery failed for ", E("PERSON", n), " at ", E("ADDRESS", a), "; customer not reachable\n"]
