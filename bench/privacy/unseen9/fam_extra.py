"""extra.jsonl of unseen9: personal data with no type in the shared vocabulary (scored type-blind): national ids of countries no
earlier set used (valid check digits), device ids (IMEI, ICCID) and vehicle ids (VIN), dates of birth in other calendars and scripts,
postal addresses of other countries. In-vocabulary values of the same records (names, phones, e-mails) are labelled as usual."""
import string
from gen import T, E, R, pick, rs, person, phone, email, luhn_complete

P, PH, EM, NID, DEV, DOB, ADR, VIN = "PERSON", "PHONE", "EMAIL", "NATIONAL_ID", "DEVICE_ID", "DATE_OF_BIRTH", "ADDRESS", "VEHICLE_ID"


def d(n):
    return [R.randrange(10) for _ in range(n)]


def th_pin():
    x = [R.randint(1, 8)] + d(11)
    c = (11 - sum(v * (13 - i) for i, v in enumerate(x)) % 11) % 10
    s = "".join(map(str, x + [c]))
    return "%s-%s-%s-%s-%s" % (s[0], s[1:5], s[5:10], s[10:12], s[12])


def ec_ci():
    x = [1, R.randint(0, 9), R.randint(0, 5)] + d(6)  # province 10-19, third digit below 6 (natural persons)
    tot = 0
    for i, v in enumerate(x):
        p = v * (2 if i % 2 == 0 else 1)
        tot += p - 9 if p > 9 else p
    return "".join(map(str, x)) + str((10 - tot % 10) % 10)


def uy_ci():
    x = d(7)
    x[0] = R.randint(1, 6)
    c = (10 - sum(a * b for a, b in zip(x, [2, 9, 8, 7, 6, 3, 4])) % 10) % 10
    s = "".join(map(str, x))
    return "%s.%s.%s-%d" % (s[0], s[1:4], s[4:7], c)


def sg_nric():
    x = d(7)
    w = [2, 7, 6, 5, 4, 3, 2]
    prefix = pick(["S", "T"])
    tot = sum(a * b for a, b in zip(x, w)) + (4 if prefix == "T" else 0)
    return prefix + "".join(map(str, x)) + "JZIHGFEDCBA"[tot % 11]


def tw_id():
    letters = {"A": 10, "B": 11, "C": 12, "D": 13, "E": 14, "F": 15, "G": 16, "H": 17, "J": 18, "K": 19, "L": 20, "M": 21, "N": 22, "P": 23}
    L = pick(sorted(letters))
    n = letters[L]
    x = [R.randint(1, 2)] + d(7)
    tot = n // 10 + (n % 10) * 9 + sum(a * b for a, b in zip(x, [8, 7, 6, 5, 4, 3, 2, 1]))
    return L + "".join(map(str, x)) + str((10 - tot % 10) % 10)


def hk_id():
    L = pick(string.ascii_uppercase[:26])
    x = d(6)
    tot = 36 * 9 + (ord(L) - 55) * 8 + sum(a * b for a, b in zip(x, [7, 6, 5, 4, 3, 2]))
    c = (11 - tot % 11) % 11
    return "%s%s(%s)" % (L, "".join(map(str, x)), "A" if c == 10 else str(c))


def jp_mynumber():
    x = d(11)
    tot = sum(v * (i + 2 if i < 6 else i - 4) for i, v in enumerate(reversed(x)))
    r = tot % 11
    c = 0 if r <= 1 else 11 - r
    s = "".join(map(str, x)) + str(c)
    return "%s %s %s" % (s[:4], s[4:8], s[8:])


def lv_pk():
    dd, mm, yy = R.randint(1, 28), R.randint(1, 12), R.randint(50, 99)
    x = [int(c) for c in "%02d%02d%02d" % (dd, mm, yy)] + [1] + d(3)
    c = (1101 - sum(a * b for a, b in zip(x, [1, 6, 3, 7, 9, 10, 5, 8, 4, 2]))) % 11
    if c == 10:
        return lv_pk()
    s = "".join(map(str, x)) + str(c)
    return s[:6] + "-" + s[6:]


def si_emso():
    dd, mm, yyy = R.randint(1, 28), R.randint(1, 12), R.randint(950, 999)
    x = [int(c) for c in "%02d%02d%03d50%03d" % (dd, mm, yyy, R.randint(0, 999))]
    r = sum(a * b for a, b in zip(x, [7, 6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2])) % 11
    c = 0 if r == 0 else 11 - r
    if c == 10:
        return si_emso()
    return "".join(map(str, x)) + str(c)


IDS = [("TH", "เลขประจำตัวประชาชน", th_pin), ("EC", "Cédula", ec_ci), ("UY", "C.I.", uy_ci), ("SG", "NRIC", sg_nric), ("TW", "身分證字號", tw_id), ("HK", "HKID", hk_id),
       ("JP", "マイナンバー", jp_mynumber), ("LV", "Personas kods", lv_pk), ("SI", "EMŠO", si_emso)]


def x_national_ids():
    cc, label, fn = pick(IDS)
    c, full, g, f = person()
    k = R.randrange(3)
    if k == 0:
        return T("KYC check failed for ", E(P, full), ": ", label, " ", E(NID, fn()), " does not match the registry record\n")
    if k == 1:
        return T("{\"customer\": {\"name\": \"", E(P, full), "\", \"country\": \"", cc, "\", \"id_number\": \"", E(NID, fn()), "\", \"id_type\": \"", label, "\"}}\n")
    return T("Ticket: please update my ", label, " to ", E(NID, fn()), " (old one was typed wrong: ", E(NID, fn()), ")\n")


def imei():
    return luhn_complete(pick(["35", "86", "01", "49"]), 15)


def iccid():
    return luhn_complete("89" + pick(["01", "44", "49", "86", "91"]), 19)


VINCH = "0123456789ABCDEFGHJKLMNPRSTUVWXYZ"
VINV = dict(zip("ABCDEFGHJKLMNPRSTUVWXYZ", [1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9]))


def vin():
    s = pick(["1HG", "1FT", "5YJ", "3VW", "2T1"]) + "".join(R.choice(VINCH[:]) for _ in range(5)) + "0" + R.choice("LMNPRST") + "".join(R.choice(VINCH) for _ in range(7))
    w = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
    tot = sum((int(ch) if ch.isdigit() else VINV[ch]) * wi for ch, wi in zip(s, w))
    c = tot % 11
    return s[:8] + ("X" if c == 10 else str(c)) + s[9:]


def x_devices():
    c, full, g, f = person()
    k = R.randrange(4)
    if k == 0:
        return T("MDM enrollment: device of ", E(P, full), " IMEI ", E(DEV, imei()), " ICCID ", E(DEV, iccid()), " compliant=false\n")
    if k == 1:
        return T("$ adb shell service call iphonesubinfo 1 | ...\nimei: ", E(DEV, imei()), "\n")
    if k == 2:
        return T("telematics: vin=", E(VIN, vin()), " driver=\"", E(P, full), "\" odometer=118244 fault=P0420\n")
    return T("{\"fleet\": \"EU-2\", \"vehicle\": {\"vin\": \"", E(VIN, vin()), "\"}, \"sim_iccid\": \"", E(DEV, iccid()), "\"}\n")


def x_dob():
    c, full, g, f = person()
    y, m, dd = R.randint(1950, 2004), R.randint(1, 12), R.randint(1, 28)
    forms = [("%d/%02d/%d" % (dd, m, y + 543), "วันเกิด (พ.ศ.)"), ("%d年%d月%d日" % (y, m, dd), "出生日期"), ("%02d.%02d.%d г." % (dd, m, y), "Дата рождения"),
             ("%d-%02d-%02dT00:00:00Z" % (y, m, dd), "birthDate"), ("%d/%d/%d" % (m, dd, y), "DOB"), ("%02d-%s-%d" % (dd, ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"][m - 1], y), "Date of birth")]
    val, label = pick(forms)
    k = R.randrange(2)
    if k == 0:
        return T(E(P, full), " — ", label, ": ", E(DOB, val), "\n")
    return T("{\"name\": \"", E(P, full), "\", \"", label, "\": \"", E(DOB, val), "\", \"tier\": \"gold\"}\n")


ADDRS = [
    ("SG", lambda: "Blk %d Tampines Street %d, #%02d-%02d, Singapore %d" % (R.randint(100, 999), R.randint(11, 99), R.randint(2, 20), R.randint(1, 99), R.randint(520000, 529999))),
    ("TW", lambda: "台北市大安區忠孝東路%d段%d號%d樓" % (R.randint(1, 7), R.randint(1, 300), R.randint(2, 20))),
    ("HK", lambda: "Flat %s, %d/F, Block %d, Taikoo Shing, Quarry Bay, Hong Kong" % (pick("ABCDEFGH"), R.randint(2, 40), R.randint(1, 9))),
    ("TH", lambda: "%d/%d ถนนสุขุมวิท แขวงคลองเตย เขตคลองเตย กรุงเทพฯ %d" % (R.randint(1, 300), R.randint(1, 99), R.randint(10100, 10110))),
    ("EC", lambda: "Av. Amazonas N%d-%d y Av. Patria, Quito %d" % (R.randint(20, 40), R.randint(10, 99), R.randint(170100, 170199))),
    ("UY", lambda: "Bulevar Artigas %d, apto %d, %d Montevideo" % (R.randint(100, 3000), R.randint(101, 909), R.randint(11200, 11900))),
    ("LV", lambda: "Brīvības iela %d-%d, Rīga, LV-%d" % (R.randint(1, 200), R.randint(1, 80), R.randint(1001, 1084))),
    ("SI", lambda: "Slovenska cesta %d, %d Ljubljana" % (R.randint(1, 90), pick([1000, 1001, 1210, 1231]))),
    ("AZ", lambda: "Nizami küçəsi %d, mənzil %d, Bakı AZ%d" % (R.randint(1, 200), R.randint(1, 120), R.randint(1000, 1099))),
]


def x_addresses():
    c, full, g, f = person()
    cc, fn = pick(ADDRS)
    _, ph = phone()
    k = R.randrange(3)
    if k == 0:
        return T("Ship to: ", E(P, full), ", ", E(ADR, fn()), " — tel ", E(PH, ph), "\n")
    if k == 1:
        return T("{\"recipient\": \"", E(P, full), "\", \"address\": \"", E(ADR, fn()), "\", \"country\": \"", cc, "\"}\n")
    return T("Courier note: could not deliver to ", E(ADR, fn()), ", customer ", E(P, full), " unreachable\n")


FAMILIES = [x_national_ids, x_devices, x_dob, x_addresses]
