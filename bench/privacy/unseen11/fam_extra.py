"""Families of extra.jsonl: personal data with no type in the shared vocabulary (scored type-blind)."""
from gen import E, T, luhn_complete
from people import latin_name, script_name, LATIN, PERSIAN, any_name

NI, DV, HI, VH, DOB, P = "NATIONAL_ID", "DEVICE_ID", "HEALTH_ID", "VEHICLE_ID", "DATE_OF_BIRTH", "PERSON"


def emso(g):
    while True:
        d, m, y = g.n(1, 28), g.n(1, 12), g.n(1950, 2004)
        s = f"{d:02d}{m:02d}{y % 1000:03d}50{g.n(0, 999):03d}"
        w = [7, 6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2]
        k = 11 - sum(int(c) * x for c, x in zip(s, w)) % 11
        if k == 10:
            continue
        return s + str(0 if k == 11 else k)


def th_pin(g):
    s = str(g.n(1, 8)) + g.digits(11)
    return s + str((11 - sum(int(c) * (13 - i) for i, c in enumerate(s)) % 11) % 10)


def il_id(g):
    return luhn_complete(g.digits(8))


def pe_cui(g):
    s = g.digits(8)
    t = sum(int(c) * w for c, w in zip(s, (3, 2, 7, 6, 5, 4, 3, 2))) % 11
    return s + "-" + g.pick(["65432110987"[t], "KJIHGFEDCBA"[t]])


def ec_ci(g):
    s = "%02d" % g.n(1, 24) + str(g.n(0, 5)) + g.digits(6)
    tot = 0
    for i, c in enumerate(s):
        x = int(c) * (2 if i % 2 == 0 else 1)
        tot += x - 9 if x > 9 else x
    return s + str((10 - tot % 10) % 10)


def do_cedula(g):
    n = luhn_complete("0" + g.digits(9))
    return f"{n[:3]}-{n[3:10]}-{n[10]}"


def lv_pk(g):
    while True:
        d, m, y = g.n(1, 28), g.n(1, 12), g.n(50, 99)
        s = f"{d:02d}{m:02d}{y:02d}1{g.digits(3)}"
        c = (1 + sum(int(a) * w for a, w in zip(s, (10, 5, 8, 4, 2, 1, 6, 3, 7, 9)))) % 11 % 10
        return f"{s[:6]}-{s[6:]}{c}"


def x_national_ids(g):
    """National ids of 7 countries no earlier set used, each with its check digit: SI EMŠO, TH PIN, IL Teudat Zehut, PE DNI/CUI, EC cédula, DO cédula, LV personas kods."""
    v = g.n(0, 6)
    if v == 0:
        return T("Prijava: ", E(P, latin_name(g, "slovene")), ", EMŠO: ", E(NI, emso(g)), "\n")
    if v == 1:
        pin = th_pin(g)
        return T("KYC: เลขประจำตัวประชาชน ", E(NI, f"{pin[0]}-{pin[1:5]}-{pin[5:10]}-{pin[10:12]}-{pin[12]}"), " status=PENDING_REVIEW\n")
    if v == 2:
        return T("{\"customer\": {\"name\": \"", E(P, latin_name(g, "frisian")), "\", \"id_type\": \"IL_TZ\", \"id_number\": \"", E(NI, il_id(g)), "\"}}")
    if v == 3:
        return T("Cliente: ", E(P, latin_name(g, "sardinian", "upper")), " | DNI: ", E(NI, pe_cui(g)), " | canal: app\n")
    if v == 4:
        return T("onboarding_failed doc_type=CEDULA_EC doc_number=", E(NI, ec_ci(g)), " reason=selfie_mismatch\n")
    if v == 5:
        return T("Solicitante: ", E(P, latin_name(g, "chamorro")), "\nCédula: ", E(NI, do_cedula(g)), "\n")
    return T("Darbinieks: ", E(P, latin_name(g, "luxembourgish")), ", personas kods ", E(NI, lv_pk(g)), "\n")


def imei(g):
    return luhn_complete(g.pick(["35", "86", "01", "35"]) + g.digits(12))


def iccid(g):
    return luhn_complete("89" + g.pick(["670", "680", "218", "963", "98"]) + g.digits(12))


def x_device_ids(g):
    """Device identifiers tied to a person: IMEI (Luhn), IMSI, ICCID (Luhn), MEID, in MDM exports, modem AT logs and dumpsys."""
    v = g.n(0, 4)
    if v == 0:
        return T("Device name,User display name,IMEI,Serial number\nFIELD-", g.digits(4), ",", E(P, latin_name(g, g.pick(sorted(LATIN)))), ",", E(DV, imei(g)), ",R5C", g.alnum(8, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"), "\n")
    if v == 1:
        return T("AT+CGSN\r\n", E(DV, imei(g)), "\r\nOK\r\nAT+CIMI\r\n", E(DV, g.pick(["41601", "47001", "42402", "41720"]) + g.digits(10)), "\r\nOK\r\n")
    if v == 2:
        return T("AT+CCID\r\n+CCID: ", E(DV, iccid(g)), "\r\nOK\r\n")
    if v == 3:
        return T("$ adb shell service call iphonesubinfo 1 | ...\nDevice IMEI: ", E(DV, imei(g)), "\nassigned_to=", E(P, any_name(g)), "\n")
    return T("{\"tracker\": \"van-", g.digits(2), "\", \"driver\": \"", E(P, latin_name(g, g.pick(sorted(LATIN)))), "\", \"meid\": \"", E(DV, g.hex(14, True)), "\"}")


VIN_T = {**{str(i): i for i in range(10)}, **dict(zip("ABCDEFGH", range(1, 9))), **dict(zip("JKLMN", range(1, 6))), "P": 7, "R": 9,
         **dict(zip("STUVWXYZ", range(2, 10)))}


def vin(g):
    chars = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    s = list(g.pick(["1FT", "2HG", "3VW", "5YJ", "1G1", "4T1"]) + g.alnum(5, chars) + "0" + g.pick("LMNPRST") + g.alnum(1, chars) + g.digits(6))
    w = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
    c = sum(VIN_T[ch] * x for ch, x in zip(s, w)) % 11
    s[8] = "X" if c == 10 else str(c)
    return "".join(s)


def medicare_au(g):
    s = str(g.n(2, 6)) + g.digits(7)
    c = sum(int(a) * w for a, w in zip(s, (1, 3, 7, 9, 1, 3, 7, 9))) % 10
    return s + str(c) + str(g.n(1, 5))


def kvnr(g):
    letter = g.pick("ABCDEFGHJKLMNPRSTUVWZ")
    body = g.digits(8)
    s = "%02d" % (ord(letter) - 64) + body
    tot = 0
    for i, c in enumerate(s):
        x = int(c) * (1 if i % 2 == 0 else 2)
        tot += x // 10 + x % 10
    return letter + body + str(tot % 10)


def nhi(g):
    letters = "ABCDEFGHJKLMNPQRSTUVWXYZ"
    while True:
        s = "".join(g.pick(letters) for _ in range(3)) + g.digits(3)
        vals = [letters.index(c) + 1 for c in s[:3]] + [int(c) for c in s[3:]]
        c = (11 - sum(v * w for v, w in zip(vals, (7, 6, 5, 4, 3, 2))) % 11) % 11
        if c == 10:
            continue
        return s + str(c)


def x_health_vehicle(g):
    """Health ids with check digits (AU Medicare, DE KVNR, NZ NHI) and vehicle VINs with the North American check digit."""
    v = g.n(0, 4)
    if v == 0:
        m = medicare_au(g)
        return T("Patient: ", E(P, latin_name(g, g.pick(sorted(LATIN)), "upper")), "  Medicare: ", E(HI, f"{m[:4]} {m[4:9]} {m[9]}"), "\n")
    if v == 1:
        return T("Versicherte/r: ", E(P, latin_name(g, "sorbian")), " — KVNR ", E(HI, kvnr(g)), " — eGK gesperrt\n")
    if v == 2:
        return T("HL7 PID|1||", E(HI, nhi(g)), "^^^NZLMOH^NHI||", E(P, latin_name(g, g.pick(sorted(LATIN)), "upper")), "\n")
    if v == 3:
        return T("fleet_sync vin=", E(VH, vin(g)), " driver=\"", E(P, latin_name(g, g.pick(sorted(LATIN)))), "\" odometer=41230\n")
    return T("Claim #", g.digits(7), ": insured vehicle VIN ", E(VH, vin(g)), ", policy holder ", E(P, any_name(g)), "\n")


def x_birth_calendars(g):
    """Dates of birth in other calendars: Solar Hijri in Persian digits, Thai Buddhist era, Japanese era, ROC Minguo, Hijri, Korean."""
    v = g.n(0, 5)
    if v == 0:
        d = f"{g.n(1340, 1385)}/{g.n(1, 12):02d}/{g.n(1, 29):02d}".translate(PERSIAN)
        return T("نام: ", E(P, g.pick(["مریم", "علی", "زهرا", "رضا"]) + " " + g.pick(["احمدی", "حسینی", "کریمی", "رضایی"])), "\nتاریخ تولد: ", E(DOB, d), "\n")
    if v == 1:
        mon = g.pick(["ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."])
        return T("วันเกิด: ", E(DOB, f"{g.n(1, 28)} {mon} {g.n(2493, 2548)}"), " สถานะ: รอตรวจสอบ\n")
    if v == 2:
        era, y = g.pick([("昭和", g.n(30, 63)), ("平成", g.n(2, 20))])
        return T("生年月日：", E(DOB, f"{era}{y}年{g.n(1, 12)}月{g.n(1, 28)}日"), "　会員番号：", g.digits(8), "\n")
    if v == 3:
        return T("出生日期：", E(DOB, f"民國{g.n(40, 93)}年{g.n(1, 12)}月{g.n(1, 28)}日"), "\n")
    if v == 4:
        return T("تاريخ الميلاد: ", E(DOB, f"{g.n(1370, 1425)}/{g.n(1, 12):02d}/{g.n(1, 29):02d} هـ"), "\n")
    return T("생년월일: ", E(DOB, f"{g.n(1955, 2004)}년 {g.n(1, 12)}월 {g.n(1, 28)}일"), "  회원: ", E(P, g.pick(["김", "이", "박", "최"]) + g.pick(["민준", "서연", "지후", "하은"])), "\n")


EXTRA_FAMILIES = [x_national_ids, x_device_ids, x_health_vehicle, x_birth_calendars]
