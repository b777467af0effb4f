"""extra.jsonl families of unseen17: personal data with no type in the shared vocabulary, the names beside them labelled PERSON.
HEALTH_ID: Austrian social-insurance numbers as printed on the e-card (serial, check digit, birth date DDMMYY; weights 3 7 9 . 5 8 4 2 1 6
mod 11). NATIONAL_ID: JMBG numbers of Serbia, Montenegro, Bosnia and Herzegovina and North Macedonia (DDMMYYY, region, serial, mod-11
check) and Belgian national register numbers (YY.MM.DD-SSS.CC, 97 minus the first nine digits mod 97). ADDRESS: postal addresses of
Mérida (Yucatán street grid `Calle 60 x 51 y 53`), Riohacha (`Cra 7 # 12-34`), Kolonia (Pohnpei), Nouméa, Avarua, Kabul, Macau,
San Salvador and Gibraltar."""
from gen import E, pick, s, hhmm
import people


def _svnr(r):
    while True:
        serial = "%d%02d" % (r.randrange(1, 10), r.randrange(100))
        dob = "%02d%02d%02d" % (r.randrange(1, 29), r.randrange(1, 13), r.randrange(100))
        d = [int(c) for c in serial + "0" + dob]
        w = [3, 7, 9, 0, 5, 8, 4, 2, 1, 6]
        c = sum(a * b for a, b in zip(d, w)) % 11
        if c < 10:
            return serial + str(c) + " " + dob


def _jmbg(r):
    while True:
        dd, mm, yyy = r.randrange(1, 29), r.randrange(1, 13), pick(r, [r.randrange(940, 999), r.randrange(0, 6)])
        rr = pick(r, [71, 72, 73, 10, 17, 21, 26, 41, 45])
        base = "%02d%02d%03d%02d%03d" % (dd, mm, yyy, rr, r.randrange(0, 500))
        a = [int(c) for c in base]
        m = 11 - (7 * (a[0] + a[6]) + 6 * (a[1] + a[7]) + 5 * (a[2] + a[8]) + 4 * (a[3] + a[9]) + 3 * (a[4] + a[10]) + 2 * (a[5] + a[11])) % 11
        if m <= 9:
            return base + str(m)


def _rrn(r):
    yy, mm, dd, sss = r.randrange(40, 99), r.randrange(1, 13), r.randrange(1, 29), r.randrange(1, 998)
    n = int("%02d%02d%02d%03d" % (yy, mm, dd, sss))
    return "%02d.%02d.%02d-%03d.%02d" % (yy, mm, dd, sss, 97 - n % 97)


def f_x_health_ecard(r, k):
    n, v = people.full(r), _svnr(r)
    j = k % 4
    if j == 0:
        return ["e-card read at reception: ", E("PERSON", n), ", SVNR ", E("HEALTH_ID", v)]
    if j == 1:
        return ["| patient | svnr |\n|---|---|\n| ", E("PERSON", n), " | ", E("HEALTH_ID", v), " |"]
    if j == 2:
        return ["INSERT INTO insured (name, svnr) VALUES ('", E("PERSON", n), "', '", E("HEALTH_ID", v.replace(" ", "")), "');"]
    return ["%s WARN eligibility check timeout for " % hhmm(r), E("HEALTH_ID", v), " (", E("PERSON", n), ")"]


def f_x_national_ids(r, k):
    n = people.full(r)
    j = k % 4
    if j == 0:
        return ["ЈМБГ / JMBG: ", E("NATIONAL_ID", _jmbg(r)), "\nIme i prezime: ", E("PERSON", n)]
    if j == 1:
        return ["KYC mismatch: name=\"", E("PERSON", n), "\" jmbg=", E("NATIONAL_ID", _jmbg(r))]
    if j == 2:
        return ["Rijksregisternummer ", E("NATIONAL_ID", _rrn(r)), " — ", E("PERSON", n)]
    return ["| holder | numéro national |\n|---|---|\n| ", E("PERSON", n), " | ", E("NATIONAL_ID", _rrn(r)), " |"]


def _address(r, k):
    i = k % 9
    if i == 0:
        c = r.randrange(20, 90)
        return "Calle %d No. %d x %d y %d, Col. Centro, 97000 Mérida, Yuc." % (c, r.randrange(100, 700), c - 9, c - 7)
    if i == 1:
        return "Cra %d # %d-%02d, Barrio %s, Riohacha, La Guajira" % (r.randrange(1, 20), r.randrange(1, 40), r.randrange(1, 99), pick(r, ["Centro", "Los Almendros", "Comfamiliar"]))
    if i == 2:
        return "P.O. Box %d, Kolonia, Pohnpei FM 96941" % r.randrange(100, 2999)
    if i == 3:
        return "%d rue %s, Vallée des Colons, 98800 Nouméa" % (r.randrange(1, 80), pick(r, ["Gallieni", "de Sébastopol", "Jules Ferry"]))
    if i == 4:
        return "%s Road, Tupapa, Avarua, Rarotonga" % pick(r, ["Ara Tapu", "Ara Metua"]) if r.random() < 0.5 else "PO Box %d, Avarua, Rarotonga" % r.randrange(10, 999)
    if i == 5:
        return "House %d, Street %d, Karte %s, Kabul" % (r.randrange(1, 120), r.randrange(1, 15), pick(r, ["Char", "Seh", "Parwan"]))
    if i == 6:
        return "Rua de %s, n.º %d, Edf. %s, %d.º andar %s, Macau" % (pick(r, ["S. Paulo", "Cinco de Outubro", "Pedro Coutinho"]), r.randrange(1, 200),
                                                                   pick(r, ["Hoi Kuong", "Kam Lung", "Tak Fok"]), r.randrange(1, 25), pick(r, "ABCDEF"))
    if i == 7:
        return "Colonia Escalón, Pasaje %s, Casa #%d, San Salvador" % (pick(r, ["Los Pinos", "3", "Istmania"]), r.randrange(1, 90))
    return "Flat %d, %s, %d %s, Gibraltar GX11 1AA" % (r.randrange(1, 40), pick(r, ["Ocean Village", "King's Wharf", "Europort"]), r.randrange(1, 200),
                                                    pick(r, ["Main Street", "Cornwall's Lane", "Irish Town"]))


def f_x_addresses(r, k):
    n, a = people.full(r), _address(r, k + r.randrange(9))
    j = k % 3
    if j == 0:
        return ["shipping label reprint: ", E("PERSON", n), ", ", E("ADDRESS", a)]
    if j == 1:
        return ["{\"customer\":\"", E("PERSON", n), "\",\"address\":\"", E("ADDRESS", a), "\",\"status\":\"undeliverable\"}"]
    return ["| name | delivery address |\n|---|---|\n| ", E("PERSON", n), " | ", E("ADDRESS", a), " |"]
