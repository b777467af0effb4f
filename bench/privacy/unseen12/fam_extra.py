"""extra.jsonl families of unseen12: personal data with no type in the shared vocabulary (scored type-blind)."""
from gen import E, T, R, pick, digits, alnum
import string
import people


def nie():
    p = pick("XYZ")
    n = digits(7)
    v = int(str("XYZ".index(p)) + n)
    return p + n + "TRWAGMYFPDXBNJZSQVHLCKE"[v % 23]


def ee_ik():
    while True:
        s = pick("3456") + "%02d%02d%02d" % (R.randrange(0, 100), R.randrange(1, 13), R.randrange(1, 29)) + digits(3)
        w1, w2 = [1, 2, 3, 4, 5, 6, 7, 8, 9, 1], [3, 4, 5, 6, 7, 8, 9, 1, 2, 3]
        c = sum(int(a) * b for a, b in zip(s, w1)) % 11
        if c == 10:
            c = sum(int(a) * b for a, b in zip(s, w2)) % 11
            if c == 10:
                c = 0
        return s + str(c)


def uy_ci():
    n = digits(7)
    c = (10 - sum(int(a) * b for a, b in zip(n, [2, 9, 8, 7, 6, 3, 4])) % 10) % 10
    return "%s.%s.%s-%d" % (n[0], n[1:4], n[4:], c)


def md_idnp():
    n = "200" + digits(9)
    c = sum(int(a) * w for a, w in zip(n, [7, 3, 1] * 4)) % 10
    return n + str(c)


def f_x_national_ids():
    k = R.randrange(4)
    n = people.latin(pick(sorted(people.LATIN)), "gf")
    if k == 0:
        v = nie()
        return T("Alta trabajador: ", E("PERSON", n), ", NIE ", E("NATIONAL_ID", v), ", centro Barcelona-Poblenou\n")
    if k == 1:
        v = ee_ik()
        return T("isikukood=", E("NATIONAL_ID", v), " smart-id auth failed (code USER_REFUSED)\n")
    if k == 2:
        v = uy_ci()
        return T("Cédula de identidad: ", E("NATIONAL_ID", v), " — titular: ", E("PERSON", n), "\n")
    v = md_idnp()
    return T("IDNP ", E("NATIONAL_ID", v), " verificat prin MPass, sesiune ", alnum(12), "\n")


ADDR = [
    "Thamel Marg 14, Ward 26, Kathmandu 44600, Nepal",
    "str. Ștefan cel Mare și Sfînt 134, ap. 12, MD-2012 Chișinău",
    "Flat 4, Triq il-Kbira 27, Ħal Qormi QRM 1150, Malta",
    "Carrer de la Unió 7, 3r 2a, AD500 Andorra la Vella",
    "Mont Fleuri, Victoria, Mahé, Seychelles",
    "Zone 66, Street 920, Building 14, Doha, Qatar",
    "Calle Palma 1024 c/ Ayolas, Asunción 1209, Paraguay",
    "Av. 6 de Agosto 2577, Edif. Illimani piso 3, La Paz, Bolivia",
    "شارع الملكة رانيا 112، عمّان 11953، الأردن",
    "Plot 2048, Extension 9, Gaborone, Botswana",
    "Norzin Lam, Building 14, Flat 3B, Thimphu 11001, Bhutan",
    "12a Kalinin St, apt 7, Dushanbe 734025, Tajikistan",
]


def f_x_addresses():
    a = pick(ADDR)
    n = people.latin(pick(sorted(people.LATIN)), "gf")
    k = R.randrange(4)
    if k == 0:
        return T("Ship to: ", E("PERSON", n), ", ", E("ADDRESS", a), "\n")
    if k == 1:
        return T('{"delivery":{"recipient":"', E("PERSON", n), '","address":"', E("ADDRESS", a), '","status":"FAILED_ATTEMPT"}}\n')
    if k == 2:
        return T("Customer says the technician went to the wrong place; correct address is ", E("ADDRESS", a), ".\n")
    return T("billing_address=\"", E("ADDRESS", a), "\" order=", digits(8), "\n")


def f_x_geo():
    lat = "%.6f" % R.uniform(-34, 48)
    lon = "%.6f" % R.uniform(-70, 120)
    k = R.randrange(4)
    if k == 0:
        return T("ride ", alnum(10), " pickup=", E("GEO_LOCATION", lat + "," + lon), " driver_eta=4m\n")
    if k == 1:
        return T("Courier last seen at geo:", E("GEO_LOCATION", lat + "," + lon), ";u=12 (customer's home)\n")
    if k == 2:
        d1, d2 = R.randrange(0, 60), R.randrange(0, 120)
        v = "%d deg %d' %.2f\" %s, %d deg %d' %.2f\" %s" % (d1, R.randrange(60), R.uniform(0, 60), pick("NS"), d2, R.randrange(60), R.uniform(0, 60), pick("EW"))
        return T("GPS Position                    : ", E("GEO_LOCATION", v), "\n")
    return T('{"event":"app_open","user_id":"', digits(8), '","location":{"lat":', E("GEO_LOCATION", lat), ',"lng":', E("GEO_LOCATION", lon), '}}\n')


FAMILIES = [f_x_national_ids, f_x_addresses, f_x_geo]
