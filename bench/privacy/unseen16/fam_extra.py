"""extra.jsonl families of unseen16: personal data the shared type list has no type for (health card numbers, national identity
numbers, postal addresses), each beside a name labelled PERSON."""
import string
from gen import E, s, pick, luhn_complete, hhmm
import people


def ohip(r):
    # Ontario health number: 10 digits whose last is a Luhn check digit, then a two-letter version code
    d = luhn_complete(str(r.randrange(1, 10)) + s(r, 8, string.digits))
    return "%s-%s-%s-%s" % (d[:4], d[4:7], d[7:], s(r, 2, "ABCDEFGHJKLMNPRSTVWXYZ"))


def ramq(r, g, f):
    # Quebec health insurance number: 3 letters of the surname, 1 of the given name, birth year, month (+50 for women), day, 2 digits
    sur = "".join(c for c in f.upper() if "A" <= c <= "Z")[:3].ljust(3, "X")
    return "%s%s %02d%02d %02d%02d" % (sur, g[0].upper() if "A" <= g[0].upper() <= "Z" else "X", r.randrange(40, 100), r.randrange(1, 13) + pick(r, [0, 50]),
                                       r.randrange(1, 29), r.randrange(10, 99))


def nir(r):
    # French social security number: sex, year, month, department, commune, order, then key = 97 - n mod 97
    n = "%d%02d%02d%02d%03d%03d" % (r.randrange(1, 3), r.randrange(100), r.randrange(1, 13), r.randrange(1, 96), r.randrange(1, 990), r.randrange(1, 999))
    key = 97 - int(n) % 97
    return "%s %s %s %s %s %s %02d" % (n[0], n[1:3], n[3:5], n[5:7], n[7:10], n[10:13], key)


def f_x_health_cards(r, k):
    v = k % 4
    g, f = people.person(r)
    if v == 0:
        return ["Patient: ", E("PERSON", g + " " + f), "\nOHIP: ", E("HEALTH_ID", ohip(r)), "\nclinic=Scarborough North\n"]
    if v == 1:
        return ["eligibility check failed for ", E("PERSON", g + " " + f), " (RAMQ ", E("HEALTH_ID", ramq(r, g, f)), "): card expired\n"]
    if v == 2:
        return ['{"beneficiary":"', E("PERSON", g + " " + f), '","nir":"', E("HEALTH_ID", nir(r)), '","caisse":"CPAM 93"}\n']
    return ["telehealth intake %s — " % hhmm(r), E("PERSON", f.upper() + " " + g), ", health card ", E("HEALTH_ID", ohip(r)), "\n"]


def za_id(r):
    d = "%02d%02d%02d%04d%d8" % (r.randrange(100), r.randrange(1, 13), r.randrange(1, 29), r.randrange(10000), r.randrange(2))
    return luhn_complete(d)


def f_x_national_ids(r, k):
    v = k % 4
    g, f = people.person(r)
    if v == 0:
        return ["KYC: ", E("PERSON", g + " " + f), " id_number=", E("NATIONAL_ID", za_id(r)), " (ZA) verified\n"]
    if v == 1:
        return ["Omang no. ", E("NATIONAL_ID", "%04d%d%04d" % (r.randrange(1000, 9999), r.randrange(1, 3), r.randrange(10000))), " — applicant ", E("PERSON", g + " " + f), "\n"]
    if v == 2:
        return ["namibian_id,full_name\n", E("NATIONAL_ID", "%02d%02d%02d%05d" % (r.randrange(100), r.randrange(1, 13), r.randrange(1, 29), r.randrange(100000))), ",",
                E("PERSON", g + " " + f), "\n"]
    return ["onboarding form: ", E("PERSON", g + " " + f), ", national ID ", E("NATIONAL_ID", za_id(r)), ", branch Gaborone\n"]


ADDRS = [lambda r: "Rua %s, n.º %d, Achada Santo António, Praia" % (pick(r, ["Cidade do Funchal", "Andrade Corvo", "Serpa Pinto"]), r.randrange(1, 200)),
         lambda r: "Erf %d, %s Street, Klein Windhoek" % (r.randrange(100, 9999), pick(r, ["Nelson Mandela", "Schanzen", "Klein"])),
         lambda r: "Plot %d, Extension %d, Gaborone" % (r.randrange(1000, 60000), r.randrange(2, 14)),
         lambda r: "Section %d, Allotment %d, Boroko, Port Moresby" % (r.randrange(1, 120), r.randrange(1, 60)),
         lambda r: "No. %d, Simpang %d, Kampong Kiulap, Bandar Seri Begawan BE%d" % (r.randrange(1, 90), r.randrange(10, 400), r.randrange(1000, 4000)),
         lambda r: "House %d, Norzin Lam, Thimphu" % r.randrange(1, 300),
         lambda r: "%sstraat %d, Paramaribo" % (pick(r, ["Keizer", "Hendrik", "Domine"]), r.randrange(1, 200)),
         lambda r: "Lot %d, %s Street, Kitty, Georgetown" % (r.randrange(1, 300), pick(r, ["Lamaha", "Pere", "Sheriff"])),
         lambda r: "Städtle %d, 9490 Vaduz" % r.randrange(1, 60),
         lambda r: "%s %d, FO-100 Tórshavn" % (pick(r, ["Niels Finsens gøta", "Dalavegur", "Jónas Broncksgøta"]), r.randrange(1, 80)),
         lambda r: "Area %d, Plot %d/%d, Lilongwe" % (r.randrange(1, 50), r.randrange(1, 20), r.randrange(1, 400))]


def f_x_addresses(r, k):
    v = k % 4
    g, f = people.person(r)
    a = pick(r, ADDRS)(r)
    if v == 0:
        return ["ship_to: ", E("PERSON", g + " " + f), ", ", E("ADDRESS", a), "\n"]
    if v == 1:
        return ['{"name":"', E("PERSON", g + " " + f), '","address":"', E("ADDRESS", a), '"}\n']
    if v == 2:
        return ["courier note %s: " % hhmm(r), E("PERSON", g), " not home at ", E("ADDRESS", a), ", will retry\n"]
    return ["Billing address updated by ", E("PERSON", g + " " + f), ":\n", E("ADDRESS", a), "\n"]
