"""extra.jsonl families (3): personal data the shared vocabulary has no type for — national ids, postal addresses, health ids —
with the names beside them labelled PERSON."""
from gen import E, T
from people import latin, cyrillic, cyr_title
import people

P, NID, AD, HID = "PERSON", "NATIONAL_ID", "ADDRESS", "HEALTH_ID"


def snils(r):
    d = [r.randrange(10) for _ in range(9)]
    s = sum(x * (9 - i) for i, x in enumerate(d))
    if s > 101:
        s %= 101
    c = 0 if s in (100, 101) else s
    c = 0 if c == 100 else c
    t = "".join(map(str, d))
    return "%s-%s-%s %02d" % (t[:3], t[3:6], t[6:], c)


def inn12(r):
    d = [r.randrange(10) for _ in range(10)]
    w1 = [7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
    d.append(sum(a * b for a, b in zip(w1, d)) % 11 % 10)
    w2 = [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
    d.append(sum(a * b for a, b in zip(w2, d)) % 11 % 10)
    return "".join(map(str, d))


def cccd(r):
    prov = r.choice(["001", "079", "048", "031", "092", "036"])
    yy = r.randrange(60, 105)
    cg = (0 if yy < 100 else 2) + r.randrange(2)
    return prov + str(cg) + "%02d" % (yy % 100) + "%06d" % r.randrange(10**6)


def embg(r):
    while True:
        dd, mm, yyy = r.randrange(1, 29), r.randrange(1, 13), r.choice(range(950, 1005))
        s = "%02d%02d%03d%02d%03d" % (dd, mm, yyy % 1000, r.randrange(41, 50), r.randrange(0, 1000))
        a = [int(c) for c in s]
        k = 11 - (7 * (a[0] + a[6]) + 6 * (a[1] + a[7]) + 5 * (a[2] + a[8]) + 4 * (a[3] + a[9]) + 3 * (a[4] + a[10]) + 2 * (a[5] + a[11])) % 11
        if k == 11:
            k = 0
        if k < 10:
            return s + str(k)


def eg_nid(r):
    c = r.choice([2, 3])
    yy = r.randrange(60, 100) if c == 2 else r.randrange(0, 8)
    return "%d%02d%02d%02d%02d%04d%d" % (c, yy, r.randrange(1, 13), r.randrange(1, 29), r.choice([1, 2, 21, 12, 88]), r.randrange(10000), r.randrange(1, 10))


def lk_nic(r):
    y = r.randrange(1960, 2006)
    ddd = r.randrange(1, 366) + r.choice([0, 500])
    return "%d%03d%04d%d" % (y, ddd, r.randrange(10000), r.randrange(10))


def medicare(r):
    while True:
        d = [r.randrange(2, 7)] + [r.randrange(10) for _ in range(7)]
        c = sum(a * b for a, b in zip(d, [1, 3, 7, 9, 1, 3, 7, 9])) % 10
        return "".join(map(str, d)) + str(c) + str(r.randrange(1, 10))


NHI_AL = "ABCDEFGHJKLMNPQRSTUVWXYZ"


def nhi(r):
    while True:
        letters = [r.choice(NHI_AL) for _ in range(3)]
        digits = [r.randrange(10) for _ in range(3)]
        vals = [NHI_AL.index(x) + 1 for x in letters] + digits
        s = sum(v * w for v, w in zip(vals, [7, 6, 5, 4, 3, 2]))
        c = 11 - s % 11
        if c == 11:
            continue
        return "".join(letters) + "".join(map(str, digits)) + str(c % 10)


def f_x_national_ids(r):
    def ru():
        s, g, pat, lang = cyrillic(r, "ru")
        return T("Сотрудник: ", E(P, cyr_title(s) + " " + g + " " + pat), "\nСНИЛС: ", E(NID, snils(r)), "\nИНН: ", E(NID, inn12(r)))
    def vn():
        g = r.choice(["Nguyễn Thị Hồng Nhung", "Trần Văn Khải", "Lê Minh Châu", "Phạm Quốc Bảo", "Đỗ Thanh Hương"])
        return T("Họ và tên: ", E(P, g), "\nSố CCCD: ", E(NID, cccd(r)))
    def mk():
        s, g, pat, lang = cyrillic(r, "mk")
        return T("Име и презиме: ", E(P, g + " " + cyr_title(s)), "\nЕМБГ: ", E(NID, embg(r)))
    def eg():
        n = r.choice(["محمد عبد الفتاح السيد", "منى حسن إبراهيم", "أحمد مصطفى كامل", "ياسمين عادل فهمي"])
        return T("الاسم: ", E(P, n), "\nالرقم القومي: ", E(NID, eg_nid(r)))
    def lk():
        n = r.choice(["Kamal Perera", "Nadeesha Jayasuriya", "Ruwan Wickramasinghe", "Tharushi Gunawardena"])
        return T("Name: ", E(P, n), "\nNIC No: ", E(NID, lk_nic(r)))
    return [ru, vn, mk, eg, lk]


def f_x_addresses(r):
    n = lambda a, b: str(r.randrange(a, b))
    def who():
        return latin(r)[2]
    forms = [
        lambda: "Cité Keur Gorgui, Villa n° " + n(2, 200) + ", Dakar",
        lambda: n(2, 90) + ", Rue Ibn Battouta, Quartier Gauthier, 20060 Casablanca",
        lambda: "Immeuble " + n(1, 30) + ", Rue du Lac Biwa, Les Berges du Lac, 1053 Tunis",
        lambda: "Building " + n(1, 40) + ", Street " + n(2, 300) + ", Maadi, Cairo 11728",
        lambda: "Plot " + n(100, 2000) + ", Adeola Odeku Street, Victoria Island, Lagos",
        lambda: "Plot No. " + n(1, 300) + ", Block C, Mikocheni, S.L.P. " + n(1000, 9999) + ", Dar es Salaam",
        lambda: "Calle 50, Edificio Torre " + n(1, 9) + ", Piso " + n(2, 40) + ", Apto. " + n(1, 20) + "B, Ciudad de Panamá",
        lambda: "No. " + n(2, 200) + "/" + n(1, 9) + ", Galle Road, Colombo 03",
        lambda: "House " + n(1, 80) + ", Road " + n(1, 32) + ", Dhanmondi, Dhaka 1209",
        lambda: "ჭავჭავაძის გამზ. " + n(1, 80) + ", თბილისი 0179",
        lambda: "Улаанбаатар, Сүхбаатар дүүрэг, " + n(1, 9) + "-р хороо, Энхтайваны өргөн чөлөө " + n(1, 60),
        lambda: "서울특별시 강남구 테헤란로 " + n(100, 500) + ", " + n(2, 30) + "층",
    ]
    def one():
        w = who()
        return T(r.choice(["Ship to: ", "Deliver to: ", "Billing contact: "]), E(P, w), "\n", r.choice(["Address: ", "", "Addr: "]), E(AD, r.choice(forms)()))
    def json_():
        w = who()
        return T("{\"customer\": \"", E(P, w), "\", \"address\": \"", E(AD, r.choice(forms)()), "\"}")
    return [one, json_, one, json_]


def f_x_health_ids(r):
    def au():
        w = latin(r)[2]
        m = medicare(r)
        return T("Patient: ", E(P, w), "\nMedicare: ", E(HID, m[:4] + " " + m[4:9] + " " + m[9]), "\nReason: follow-up")
    def au2():
        w = latin(r)[2]
        return T("{\"patient\": \"", E(P, w), "\", \"medicare_number\": \"", E(HID, medicare(r)), "\"}")
    def nz():
        w = latin(r)[2]
        return T("NHI: ", E(HID, nhi(r)), "  Name: ", E(P, w), "  Triage: 3")
    def nz2():
        w = latin(r)[2]
        return T("HL7 PID|1||", E(HID, nhi(r)), "^^^NHI||", E(P, w.upper()), "||")
    return [au, au2, nz, nz2]


FAMILIES = [f_x_national_ids, f_x_addresses, f_x_health_ids]
