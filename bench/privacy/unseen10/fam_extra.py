"""extra.jsonl families of unseen10: personal data the shared vocabulary has no type for (scored type-blind), with valid check
digits where the format has them: national ids of countries no earlier set used, passports as machine-readable zones, vehicle
plates, and domestic bank account numbers."""
from gen import T, E, ch, R, rs, digits, NAMES_LATIN, name_latin, name_script

NID, PP, DOB, PL, BA = "NATIONAL_ID", "PASSPORT_NO", "DATE_OF_BIRTH", "LICENSE_PLATE", "BANK_ACCOUNT"


def _date():
    return R.randint(1950, 2004), R.randint(1, 12), R.randint(1, 28)


def _ua_rntrc():
    b = digits(9)
    w = [-1, 5, 7, 9, 4, 6, 10, 5, 7]
    return b + str(sum(int(c) * x for c, x in zip(b, w)) % 11 % 10)


def _ie_pps():
    b = digits(7)
    return b + "WABCDEFGHIJKLMNOPQRSTUV"[sum(int(c) * (8 - i) for i, c in enumerate(b)) % 23]


def _sk_rc():
    y, m, d = _date()
    y = R.randint(1954, 2004)
    mm = m + (50 if R.random() < 0.5 else 0)
    base = "%02d%02d%02d%s" % (y % 100, mm, d, digits(3))
    r = int(base) % 11
    if r == 10:
        return _sk_rc()
    return base[:6] + "/" + base[6:] + str(r)


def _my_nric():
    y, m, d = _date()
    return "%02d%02d%02d-%02d-%s" % (y % 100, m, d, R.randint(1, 14), digits(4))


def _pk_cnic():
    return "%d%s-%s-%d" % (R.randint(1, 7), digits(4), digits(7), R.randint(1, 9))


def _cu_ni():
    y, m, d = _date()
    c = str(R.randint(0, 5)) if y < 2000 else str(R.randint(6, 8))
    return "%02d%02d%02d%s%s" % (y % 100, m, d, c, digits(4))


def _cr_cpf():
    return "%d-%s-%s" % (R.randint(1, 7), digits(4), digits(4))


def _mn_reg():
    return ch(["УБ", "ИЮ", "ТА", "ЧО", "ЭЗ"]) + "%02d%02d%02d%s" % (R.randint(60, 99), R.randint(1, 12), R.randint(1, 28), digits(2))


NATIONAL = [("Ukraine РНОКПП", _ua_rntrc), ("Ireland PPS", _ie_pps), ("Slovakia rodné číslo", _sk_rc), ("Malaysia MyKad", _my_nric),
            ("Pakistan CNIC", _pk_cnic), ("Cuba carné de identidad", _cu_ni), ("Costa Rica cédula", _cr_cpf), ("Mongolia регистрийн дугаар", _mn_reg)]


def e_national_ids():
    label, fn = ch(NATIONAL)
    v = fn()
    n = ch([name_latin, name_script])()
    return ch([
        lambda: T("KYC check failed: name=\"", E("PERSON", n), "\" id_type=", label.split()[0].upper(), " id_number=", E(NID, v), " reason=DOCUMENT_EXPIRED\n"),
        lambda: T("Ticket: please correct my ID number, it should be ", E(NID, v), " (", label, ").\n"),
        lambda: T('{"customer":{"full_name":"', E("PERSON", n), '","national_id":"', E(NID, v), '","country":"', label[:2].upper(), '"}}\n'),
        lambda: T("2026-12-06 10:14:02 WARN validation: field taxpayer_id=", E(NID, v), " rejected by registry (", label, ")\n"),
    ])()


def _icao(s):
    w = [7, 3, 1]
    t = 0
    for i, c in enumerate(s):
        v = 0 if c == "<" else int(c) if c.isdigit() else ord(c) - 55
        t += v * w[i % 3]
    return str(t % 10)


def e_passports():
    g, f = ch(NAMES_LATIN)
    fam = f.upper().replace(" ", "<").replace("-", "<")
    giv = g.upper().replace(" ", "<")
    import unicodedata
    strip = lambda s: "".join(c for c in unicodedata.normalize("NFD", s) if c.isalpha() and c.isascii() or c == "<")
    fam, giv = strip(fam), strip(giv)
    nat = ch(["FJI", "TON", "WSM", "ZWE", "RWA", "LSO", "SEN", "TKM", "ALB", "BWA"])
    names = fam + "<<" + giv
    line1 = "P<" + nat + names + "<" * (44 - 5 - len(names))
    num = rs(R.choice([8, 9]), "ABCDEFGHJKLMNPRSTUVWXYZ0123456789")
    num9 = num.ljust(9, "<")
    y, m, d = _date()
    dob = "%02d%02d%02d" % (y % 100, m, d)
    exp = "%02d%02d%02d" % (R.randint(27, 35), R.randint(1, 12), R.randint(1, 28))
    sex = ch("MF")
    pers = "<" * 14
    l2a = num9 + _icao(num9) + nat + dob + _icao(dob) + sex + exp + _icao(exp) + pers + _icao(pers)
    comp = num9 + _icao(num9) + dob + _icao(dob) + exp + _icao(exp) + pers + _icao(pers)
    l2 = l2a + _icao(comp)
    assert len(line1) == 44 and len(l2) == 44, (line1, l2)
    return ch([
        lambda: T("MRZ scan (front desk kiosk 2):\n", "P<", nat, E("PERSON", names), line1[5 + len(names):], "\n", E(PP, num), num9[len(num):], l2[9:13], E(DOB, dob), l2[19:], "\n"),
        lambda: T("checkin: guest=\"", E("PERSON", g + " " + f), "\" passport=", E(PP, num), " nationality=", nat, " dob=", E(DOB, "%04d-%02d-%02d" % (y, m, d)), "\n"),
        lambda: T("APIS: DOCS/P/", nat, "/", E(PP, num), "/", nat, "/", E(DOB, "%02d%s%02d" % (d, ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"][m - 1], y % 100)), "/", sex, "/", exp[4:6] + ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"][int(exp[2:4]) - 1] + exp[:2], "/", E("PERSON", fam.replace("<", " ").strip() + "/" + giv.replace("<", " ").strip()), "\n"),
    ])()


def _plate():
    return ch([
        lambda: "%s-%s %d" % (rs(ch([1, 2]), "BDFHKMS"), rs(2, "ABCDEFGHJKLMNPRSTUVWXYZ"), R.randint(1, 9999)),
        lambda: ch(["沪", "京", "粤", "浙", "川"]) + rs(1, "ABCDEFGH") + "·" + rs(5, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"),
        lambda: "%s %02d %s %04d" % (ch(["KA", "MH", "TN", "DL", "GJ", "PB"]), R.randint(1, 99), rs(2, "ABCDEFGHJKLMNPRSTUVWXYZ"), R.randint(1, 9999)),
        lambda: "%02d %s %d" % (R.randint(1, 81), rs(3, "ABCDEFGHJKLMNPRSTUVYZ"), R.randint(100, 999)),
        lambda: "%s %s" % (rs(3, "ABCDEFGHJKLMNPRSTUVWXYZ"), digits(3)) ,
        lambda: "%d%s%s" % (R.randint(1, 9), rs(3, "ABCDEFGHJKLMNPRSTUVWXYZ"), digits(3)),
        lambda: "%s %s-%s" % (ch(["品川", "横浜", "なにわ", "札幌"]), digits(3), ch(["あ", "さ", "た", "な"]) + " " + digits(2) + "-" + digits(2)),
    ])()


def e_plates():
    p = _plate()
    return ch([
        lambda: T("2026-12-06T10:14:02Z anpr cam=GATE-2 plate=\"", E(PL, p), "\" conf=0.97 action=OPEN\n"),
        lambda: T("Parking ticket #", digits(7), ": vehicle ", E(PL, p), " exited 18:42, fee 6.50\n"),
        lambda: T('{"toll_plaza":"TP-07","lane":3,"plate":"', E(PL, p), '","tag":null,"status":"VIOLATION"}\n'),
        lambda: T("Visitor ", E("PERSON", name_latin("gf")), " registered car ", E(PL, p), " for Bay 14\n"),
    ])()


def _clabe():
    b = digits(17)
    w = [3, 7, 1]
    s = sum(int(c) * w[i % 3] % 10 for i, c in enumerate(b))
    return b + str((10 - s % 10) % 10)


def _aba():
    b = digits(8)
    s = 3 * (int(b[0]) + int(b[3]) + int(b[6])) + 7 * (int(b[1]) + int(b[4]) + int(b[7])) + (int(b[2]) + int(b[5]))
    return b + str((10 - s % 10) % 10)


def e_bank_accounts():
    n = ch([name_latin, name_script])()
    return ch([
        lambda: T("CLABE interbancaria: ", E(BA, _clabe()), "\nTitular: ", E("PERSON", n), "\n"),
        lambda: T("ACH return R03: routing ", _aba(), " account ", E(BA, digits(R.randint(9, 12))), " (", E("PERSON", n), ")\n"),
        lambda: T("BSB ", digits(3), "-", digits(3), "  Account ", E(BA, digits(R.choice([8, 9]))), "  Name ", E("PERSON", n), "\n"),
        lambda: T("IFSC: ", ch(["HDFC", "ICIC", "SBIN", "UTIB"]), "0", digits(6), "\nA/C No: ", E(BA, digits(R.choice([11, 12, 14]))), "\n"),
        lambda: T("Agência ", digits(4), "-", digits(1), " Conta ", E(BA, digits(R.randint(5, 8)) + "-" + digits(1)), " — favorecido ", E("PERSON", n), "\n"),
        lambda: T("振込先: ", ch(["みずほ銀行", "三井住友銀行", "ゆうちょ銀行"]), " 普通 ", E(BA, digits(7)), " 口座名義 ", E("PERSON", ch(["ﾀﾅｶ ﾀﾛｳ", "ｻﾄｳ ﾊﾅｺ", "ｽｽﾞｷ ｹﾝ"])), "\n"),
    ])()


FAMILIES = [e_national_ids, e_passports, e_plates, e_bank_accounts]
