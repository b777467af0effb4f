"""extra.jsonl families: personal data the shared vocabulary has no type for (national ids of 12 countries no earlier set used, with
valid check digits; passport numbers; dates of birth; postal addresses), beside in-vocabulary PERSON/PHONE/EMAIL."""
import string
import gen as g
from people import person, email_for, phone, ascii_fold

E = lambda t, v: (t, v)


def _d(r, n):
    return "".join(str(r.randrange(10)) for _ in range(n))


def pesel(r):
    y, m, d = r.randrange(1950, 2000), r.randrange(1, 13), r.randrange(1, 29)
    s = "%02d%02d%02d%s" % (y % 100, m, d, _d(r, 4))
    w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
    return s + str((10 - sum(int(a) * b for a, b in zip(s, w)) % 10) % 10)


def se_pnr(r):
    s = "%02d%02d%02d%s" % (r.randrange(50, 100), r.randrange(1, 13), r.randrange(1, 29), _d(r, 3))
    for c in string.digits:
        if g.luhn_ok(s + c):
            return s[:6] + r.choice(["-", ""]) + s[6:] + c


def pt_nif(r):
    s = r.choice("123") + _d(r, 7)
    c = 11 - sum(int(a) * (9 - i) for i, a in enumerate(s)) % 11
    return s + str(0 if c >= 10 else c)


def cl_rut(r):
    n = str(r.randrange(5 * 10**6, 25 * 10**6))
    s = sum(int(a) * (2 + i % 6) for i, a in enumerate(reversed(n)))
    c = 11 - s % 11
    dv = {11: "0", 10: "K"}.get(c, str(c))
    return "%s.%s.%s-%s" % (n[:-6], n[-6:-3], n[-3:], dv)


def za_id(r):
    s = "%02d%02d%02d%s08" % (r.randrange(50, 100), r.randrange(1, 13), r.randrange(1, 29), _d(r, 4))
    s = s[:10] + r.choice("01") + "8"
    for c in string.digits:
        if g.luhn_ok(s + c):
            return s + c


def au_tfn(r):
    w = [1, 4, 3, 7, 5, 8, 6, 9, 10]
    while True:
        s = _d(r, 9)
        if sum(int(a) * b for a, b in zip(s, w)) % 11 == 0:
            return s[:3] + " " + s[3:6] + " " + s[6:]


def il_id(r):
    s = _d(r, 8)
    for c in string.digits:
        t = s + c
        tot = 0
        for i, ch in enumerate(t):
            v = int(ch) * (1 + i % 2)
            tot += v if v < 10 else v - 9
        if tot % 10 == 0:
            return t


def ch_ahv(r):
    s = "756" + _d(r, 9)
    tot = sum(int(a) * (3 if i % 2 else 1) for i, a in enumerate(s))
    c = (10 - tot % 10) % 10
    t = s + str(c)
    return "%s.%s.%s.%s" % (t[:3], t[3:7], t[7:11], t[11:])


def it_cf(r):
    cons = "BCDFGHLMNPRSTVZ"
    s = g.pick(r, cons, 6) + "%02d" % r.randrange(50, 100) + r.choice("ABCDEHLMPRST") + "%02d" % r.choice([r.randrange(1, 29), r.randrange(41, 69)]) + r.choice("ABCDEFGHILM") + _d(r, 3)
    odd = {**{str(i): v for i, v in enumerate([1, 0, 5, 7, 9, 13, 15, 17, 19, 21])},
           **dict(zip(string.ascii_uppercase, [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]))}
    even = {**{str(i): i for i in range(10)}, **{ch: i for i, ch in enumerate(string.ascii_uppercase)}}
    tot = sum(odd[ch] if i % 2 == 0 else even[ch] for i, ch in enumerate(s))
    return s + string.ascii_uppercase[tot % 26]


def ar_cuit(r):
    s = r.choice(["20", "27", "23"]) + _d(r, 8)
    w = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]
    c = 11 - sum(int(a) * b for a, b in zip(s, w)) % 11
    if c == 10:
        return ar_cuit(r)
    return "%s-%s-%d" % (s[:2], s[2:], 0 if c == 11 else c)


def dk_cpr(r):
    return "%02d%02d%02d-%s" % (r.randrange(1, 29), r.randrange(1, 13), r.randrange(60, 100), _d(r, 4))


IDS = [("PL PESEL", pesel), ("SE personnummer", se_pnr), ("PT NIF", pt_nif), ("CL RUT", cl_rut), ("ZA ID", za_id), ("AU TFN", au_tfn),
       ("IL Teudat Zehut", il_id), ("CH AHV", ch_ahv), ("IT codice fiscale", it_cf), ("AR CUIT", ar_cuit), ("DK CPR", dk_cpr)]

ADDR = [lambda r: "ul. Marszałkowska %d/%d, 00-%03d Warszawa" % (r.randrange(1, 140), r.randrange(1, 40), r.randrange(1000)),
        lambda r: "Storgatan %d, %03d %02d Umeå" % (r.randrange(1, 90), r.randrange(100, 999), r.randrange(10, 99)),
        lambda r: "Rua Augusta %d, 1100-%03d Lisboa" % (r.randrange(1, 300), r.randrange(1000)),
        lambda r: "Av. Providencia %d, depto %d, Santiago" % (r.randrange(100, 3000), r.randrange(100, 2000)),
        lambda r: "%d Long Street, Cape Town, 8001" % r.randrange(1, 300),
        lambda r: "%d/%d George Street, Sydney NSW 2000" % (r.randrange(1, 40), r.randrange(1, 400)),
        lambda r: "Via Garibaldi %d, 10122 Torino TO" % r.randrange(1, 120),
        lambda r: "Bahnhofstrasse %d, 8001 Zürich" % r.randrange(1, 100)]


def dob(r):
    y, m, d = r.randrange(1950, 2004), r.randrange(1, 13), r.randrange(1, 29)
    return r.choice(["%02d.%02d.%d" % (d, m, y), "%d-%02d-%02d" % (y, m, d), "%02d/%02d/%d" % (d, m, y),
                     "%02d%s%02d" % (d, ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"][m - 1], y % 100)])


def x_kyc(r):
    p = person(r)
    label, fn = r.choice(IDS)
    return ["KYC check ", label, ": name=", E("PERSON", p[2]), " id=", E("NATIONAL_ID", fn(r)), " dob=", E("DATE_OF_BIRTH", dob(r)), " email=", E("EMAIL", email_for(r, p)), " result=MATCH"]


def x_apis_docs(r):
    p = person(r)
    fam = ascii_fold(p[1] or p[0]).upper().replace(".", "").replace(" ", "")
    giv = ascii_fold(p[0]).upper().replace(" ", "")
    pp = r.choice(string.ascii_uppercase) + _d(r, 8)
    return ["SSR DOCS LH HK1 P/", r.choice(["PRT", "POL", "CHL", "ZAF", "AUS", "ITA", "CHE"]), "/", E("PASSPORT", pp), "/", r.choice(["PRT", "POL", "CHL"]), "/", E("DATE_OF_BIRTH", dob(r)), "/F/15DEC31/",
            E("PERSON", fam + "/" + giv), "\nSSR CTCM LH HK1/", E("PHONE", phone(r, None, True)[0].replace(" ", "").lstrip("+"))]


def x_address(r):
    p = person(r)
    return ["Delivery address for order ", str(r.randrange(10**6, 10**7)), ":\n", E("PERSON", p[2]), "\n", E("ADDRESS", r.choice(ADDR)(r)), "\nTel. ", E("PHONE", phone(r)[0])]


def x_hr(r):
    p = person(r)
    label, fn = r.choice(IDS)
    return ["HR record: ", E("PERSON", p[2]), "; ", label, " ", E("NATIONAL_ID", fn(r)), "; born ", E("DATE_OF_BIRTH", dob(r)), "; home ", E("ADDRESS", r.choice(ADDR)(r))]


EXTRA = [x_kyc, x_apis_docs, x_address, x_hr]
