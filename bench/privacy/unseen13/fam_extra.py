"""extra.jsonl families of unseen13: personal data with no type in the shared vocabulary (scored type-blind), names beside them PERSON."""
from gen import E, T, s, DIG, phone, luhn_complete
from people import latin_name, cyr_name

P = "PERSON"


def lt_asmens(r):
    g = r.choice("3456")
    yy = r.randrange(60, 100) if g in "34" else r.randrange(0, 8)
    body = g + "%02d%02d%02d" % (yy, r.randrange(1, 13), r.randrange(1, 29)) + s(r, 3, DIG)
    for w in ((1, 2, 3, 4, 5, 6, 7, 8, 9, 1), (3, 4, 5, 6, 7, 8, 9, 1, 2, 3)):
        c = sum(a * int(b) for a, b in zip(w, body)) % 11
        if c != 10:
            return body + str(c)
    return body + "0"


def kz_iin(r):
    while True:
        yy = r.randrange(60, 100)
        body = "%02d%02d%02d" % (yy, r.randrange(1, 13), r.randrange(1, 29)) + r.choice("34") + s(r, 4, DIG)
        for w in (range(1, 12), (3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2)):
            c = sum(a * int(b) for a, b in zip(w, body)) % 11
            if c != 10:
                return body + str(c)


def uae_eid(r):
    n = luhn_complete("784" + str(r.randrange(1965, 2005)), 15, r)
    return n[:3] + "-" + n[3:7] + "-" + n[7:14] + "-" + n[14]


def id_nik(r):
    day = r.randrange(1, 29) + (40 if r.random() < .5 else 0)
    return r.choice(["32", "31", "35", "73"]) + "%02d%02d" % (r.randrange(1, 20), r.randrange(1, 30)) + "%02d%02d%02d" % (day, r.randrange(1, 13), r.randrange(70, 100)) + "%04d" % r.randrange(1, 300)


def f_x_national_ids(r, k):
    v = k % 8
    c, g, f = latin_name(r)
    if v == 0:
        return "synthetic/lt-form", T("Vardas, pavardė: ", E(P, g + " " + f), "\nAsmens kodas: ", E("NATIONAL_ID", lt_asmens(r)), "\n")
    if v == 1:
        return "synthetic/lt-csv", T("klientas;asmens_kodas\n", E(P, f.upper() + " " + g), ";", E("NATIONAL_ID", lt_asmens(r)), "\n")
    if v == 2:
        return "synthetic/uae-kyc", T("Emirates ID: ", E("NATIONAL_ID", uae_eid(r)), "  Name: ", E(P, g + " " + f), "\n")
    if v == 3:
        return "synthetic/uae-json", T("{\"eid\":\"", E("NATIONAL_ID", uae_eid(r).replace("-", "")), "\",\"nationality\":\"", r.choice(["KEN", "PHL", "CHL", "LTU"]), "\"}\n")
    if v == 4:
        _, cg, cf = cyr_name(r)
        return "synthetic/kz-form", T("ФИО: ", E(P, cf + " " + cg), "\nИИН: ", E("NATIONAL_ID", kz_iin(r)), "\n")
    if v == 5:
        return "synthetic/kz-log", T("egov.request iin=", E("NATIONAL_ID", kz_iin(r)), " service=address_ref status=200\n")
    if v == 6:
        return "synthetic/id-ktp-ocr", T("PROVINSI JAWA BARAT\nNIK  : ", E("NATIONAL_ID", id_nik(r)), "\nNama : ", E(P, (g + " " + f).upper()), "\n")
    return "synthetic/id-ticket", T("Mohon verifikasi NIK ", E("NATIONAL_ID", id_nik(r)), " atas nama ", E(P, g + " " + f), ".\n")


ADDR = [
    lambda r: "Jl. Merdeka No. %d, RT %03d/RW %03d, Kel. Citarum, Kec. Bandung Wetan, Kota Bandung 40115" % (r.randrange(1, 200), r.randrange(1, 20), r.randrange(1, 15)),
    lambda r: "Blk %d Lot %d, Phase 2, Brgy. San Isidro, Antipolo City, 1870 Rizal" % (r.randrange(1, 40), r.randrange(1, 30)),
    lambda r: "Calle %d # %dC-%d, apto %d, Bogotá" % (r.randrange(10, 150), r.randrange(10, 99), r.randrange(10, 99), r.randrange(101, 1504)),
    lambda r: "Av. Corrientes %d, Piso %d Depto. %s, C1043AAZ CABA" % (r.randrange(100, 6000), r.randrange(1, 20), r.choice("ABCD")),
    lambda r: "Los Aromos %d, depto. %d, Ñuñoa, Santiago" % (r.randrange(100, 3000), r.randrange(101, 2204)),
    lambda r: "Calle 23 No. %d e/ L y M, Vedado, La Habana" % r.randrange(100, 900),
    lambda r: "P.O. Box %d-00100, Nairobi" % r.randrange(1000, 99999),
    lambda r: "Số %d ngõ %d phố Huế, phường Ngô Thì Nhậm, quận Hai Bà Trưng, Hà Nội" % (r.randrange(1, 90), r.randrange(1, 200)),
    lambda r: "Gedimino pr. %d-%d, LT-01103 Vilnius" % (r.randrange(1, 60), r.randrange(1, 40)),
    lambda r: "Villa %d, Street %d, Al Barsha 2, Dubai" % (r.randrange(1, 90), r.randrange(1, 40)),
    lambda r: "г. Алматы, мкр. Самал-2, д. %d, кв. %d" % (r.randrange(1, 120), r.randrange(1, 200)),
    lambda r: "No. %d, Bogyoke Aung San Road, Pabedan Township, Yangon" % r.randrange(1, 400),
    lambda r: "Avenue de l'OUA n°%d, Quartier Rohero, Bujumbura" % r.randrange(1, 90),
    lambda r: "Jr. Huallaga %d, Cercado de Lima 15001" % r.randrange(100, 999),
]


def f_x_addresses(r, k):
    a = ADDR[(k + r.randrange(len(ADDR))) % len(ADDR)](r)
    c, g, f = latin_name(r)
    v = k % 5
    if v == 0:
        return "synthetic/delivery-note", T("Deliver to: ", E(P, g + " " + f), "\n", E("ADDRESS", a), "\n")
    if v == 1:
        return "synthetic/order-json", T("{\"shipping\":{\"name\":\"", E(P, g + " " + f), "\",\"address\":\"", E("ADDRESS", a), "\"}}\n")
    if v == 2:
        return "synthetic/ticket-address", T("Customer moved; new address: ", E("ADDRESS", a), ". Update the SIM registration.\n")
    if v == 3:
        return "synthetic/hr-record", T("employee=", E(P, f.upper() + " " + g), " | home=", E("ADDRESS", a), "\n")
    return "synthetic/courier-sms", T("Your parcel for ", E(P, g), " will arrive at ", E("ADDRESS", a), " today.\n")


FA = "۰۱۲۳۴۵۶۷۸۹"
DV = "०१२३४५६७८९"


def f_x_birthdates(r, k):
    c, g, f = latin_name(r)
    v = k % 8
    d, m = r.randrange(1, 29), r.randrange(1, 13)
    if v == 0:
        th = ["ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."][m - 1]
        return "synthetic/th-form", T("ชื่อ: ", E(P, g + " " + f), "\nวันเกิด: ", E("DATE_OF_BIRTH", "%d %s %d" % (d, th, r.randrange(2510, 2545))), "\n")
    if v == 1:
        y = "%d/%02d/%02d" % (r.randrange(1345, 1385), m, d)
        return "synthetic/ir-form", T("نام: ", E(P, g + " " + f), "\nتاریخ تولد: ", E("DATE_OF_BIRTH", "".join(FA[int(ch)] if ch.isdigit() else ch for ch in y)), "\n")
    if v == 2:
        era = r.choice([("昭和", 40, 64), ("平成", 1, 15)])
        return "synthetic/jp-form", T("氏名: ", E(P, f + " " + g), "\n生年月日: ", E("DATE_OF_BIRTH", "%s%d年%d月%d日" % (era[0], r.randrange(era[1], era[2]), m, d)), "\n")
    if v == 3:
        return "synthetic/tw-form", T("姓名: ", E(P, g + " " + f), "　出生日期: ", E("DATE_OF_BIRTH", "民國%d年%d月%d日" % (r.randrange(50, 90), m, d)), "\n")
    if v == 4:
        y = "%d/%02d/%02d" % (r.randrange(2020, 2062), m, d)
        return "synthetic/np-form", T("नाम: ", E(P, g + " " + f), "\nजन्म मिति: ", E("DATE_OF_BIRTH", "".join(DV[int(ch)] if ch.isdigit() else ch for ch in y)), " (वि.सं.)\n")
    if v == 5:
        return "synthetic/et-form", T("ስም: ", E(P, g + " " + f), "\nየትውልድ ቀን: ", E("DATE_OF_BIRTH", "%02d/%02d/%d" % (d, m, r.randrange(1960, 1998))), " ዓ.ም.\n")
    if v == 6:
        return "synthetic/kr-form", T("성명: ", E(P, f + " " + g), "\n생년월일: ", E("DATE_OF_BIRTH", "%d년 %d월 %d일" % (r.randrange(1960, 2005), m, d)), "\n")
    return "synthetic/vn-form", T("Họ và tên: ", E(P, g + " " + f), "\nNgày sinh: ", E("DATE_OF_BIRTH", "%02d/%02d/%d" % (d, m, r.randrange(1960, 2005))), "\n")


FAMILIES = [f_x_national_ids, f_x_addresses, f_x_birthdates]
