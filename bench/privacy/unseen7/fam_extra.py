"""extra.jsonl: personal data with no type in the shared vocabulary (national ids of countries earlier sets did not draw, with
valid check digits; dates of birth; postal addresses; bank accounts), in KYC tickets, HR forms and CRM notes."""
from gen import R, pick, s, luhn_complete
from people import person, email, phone, LANG_REGION

NID, DOB, ADDR, BANK, P, E, PH = "NATIONAL_ID", "DATE_OF_BIRTH", "ADDRESS", "BANK_ACCOUNT", "PERSON", "EMAIL", "PHONE"


def _d(n):
    return [R.randrange(10) for _ in range(n)]


def _date():
    return R.randrange(1, 29), R.randrange(1, 13), R.randrange(1950, 2000)


_D = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5], [2, 3, 4, 0, 1, 7, 8, 9, 5, 6], [3, 4, 0, 1, 2, 8, 9, 5, 6, 7],
      [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1], [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3],
      [8, 7, 6, 5, 9, 3, 2, 1, 0, 4], [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]]
_P = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4]]
for _i in range(2, 8):
    _P.append([_P[1][_P[_i - 1][j]] for j in range(10)])
_INV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9]


def _verhoeff(num):
    c = 0
    for i, ch in enumerate(reversed(num + "0")):
        c = _D[c][_P[i % 8][int(ch)]]
    return str(_INV[c])


def nid():
    """Returns (label, value)."""
    k = R.randrange(14)
    while True:
        d, m, y = _date()
        yy = "%02d%02d%02d" % (d, m, y % 100)
        if k == 0:
            n = R.randrange(2, 899)
            return "Finnish HETU", yy + "-" + "%03d" % n + "0123456789ABCDEFHJKLMNPRSTUVWXY"[int(yy + "%03d" % n) % 31]
        if k == 1:
            i = _d(3)
            i[0] = R.randrange(0, 5)
            x = [int(c) for c in yy] + i
            k1 = 11 - sum(a * b for a, b in zip(x, [3, 7, 6, 1, 8, 9, 4, 5, 2])) % 11
            k1 = 0 if k1 == 11 else k1
            if k1 == 10:
                continue
            k2 = 11 - sum(a * b for a, b in zip(x + [k1], [5, 4, 3, 2, 7, 6, 5, 4, 3, 2])) % 11
            k2 = 0 if k2 == 11 else k2
            if k2 == 10:
                continue
            return "Norwegian fødselsnummer", yy + " " + "".join(map(str, i)) + str(k1) + str(k2)
        if k in (2, 3):
            x = [R.choice([3, 4])] + [int(c) for c in "%02d%02d%02d" % (y % 100, m, d)] + _d(3)
            c = sum(a * b for a, b in zip(x, [1, 2, 3, 4, 5, 6, 7, 8, 9, 1])) % 11
            if c == 10:
                c = sum(a * b for a, b in zip(x, [3, 4, 5, 6, 7, 8, 9, 1, 2, 3])) % 11
                c = 0 if c == 10 else c
            return ("Estonian isikukood" if k == 2 else "Lithuanian asmens kodas"), "".join(map(str, x)) + str(c)
        if k == 4:
            mm = m + (50 if R.random() < 0.5 else 0)
            head = "%02d%02d%02d" % (y % 100, mm, d) + "%03d" % R.randrange(1000)
            c = int(head) % 11
            if c == 10:
                continue
            return "Czech rodné číslo", head[:6] + "/" + head[6:] + str(c)
        if k == 5:
            x = [R.choice([1, 2])] + [int(c) for c in "%02d%02d%02d" % (y % 100, m, d)] + [int(c) for c in "%02d" % R.randrange(1, 47)] + _d(3)
            c = sum(a * b for a, b in zip(x, [2, 7, 9, 1, 4, 6, 3, 5, 8, 2, 7, 9])) % 11
            return "Romanian CNP", "".join(map(str, x)) + str(1 if c == 10 else c)
        if k == 6:
            x = [R.randrange(1, 10)] + _d(8)
            d10 = ((x[0] + x[2] + x[4] + x[6] + x[8]) * 7 - (x[1] + x[3] + x[5] + x[7])) % 10
            d11 = (sum(x) + d10) % 10
            return "Turkish TC Kimlik No", "".join(map(str, x)) + str(d10) + str(d11)
        if k == 7:
            return "Greek AMKA", luhn_complete(yy, 11)
        if k == 8:
            x = [int(c) for c in "%02d%02d%02d" % (y % 100, m, d)] + [R.choice([1, 2]), R.randrange(9)] + _d(4)
            c = (11 - sum(a * b for a, b in zip(x, [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5])) % 11) % 10
            t = "".join(map(str, x)) + str(c)
            return "Korean RRN", t[:6] + "-" + t[6:]
        if k == 9:
            t = pick(["110101", "310104", "440305", "510107", "330106"]) + "%04d%02d%02d" % (y, m, d) + "%03d" % R.randrange(1000)
            c = "10X98765432"[sum(int(a) * b for a, b in zip(t, [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2])) % 11]
            return "Chinese resident id", t + c
        if k == 10:
            t = str(R.randrange(2, 10)) + "".join(map(str, _d(10)))
            t += _verhoeff(t)
            return "Aadhaar", t[:4] + " " + t[4:8] + " " + t[8:]
        if k == 11:
            x = _d(10)
            x[0] = R.randrange(1, 10)
            a = 10
            for v in x:
                a = (a + v) % 10
                a = 10 if a == 0 else a
                a = (a * 2) % 11
            c = 11 - a
            return "Croatian OIB", "".join(map(str, x)) + str(0 if c == 10 else c)
        if k == 12:
            x = [int(c) for c in yy] + [R.randrange(2, 10), R.randrange(10)]
            c = 11 - sum(a * b for a, b in zip(x, [3, 2, 7, 6, 5, 4, 3, 2])) % 11
            c = 0 if c == 11 else c
            if c == 10:
                continue
            t = "".join(map(str, x)) + str(c) + "9"
            return "Icelandic kennitala", t[:6] + "-" + t[6:]
        x = [int(c) for c in "%02d%02d%02d" % (y % 100, m, d)] + _d(3)
        c = sum(a * b for a, b in zip(x, [2, 4, 8, 5, 10, 9, 7, 3, 6])) % 11
        return "Bulgarian EGN", "".join(map(str, x)) + str(0 if c == 10 else c)


def dob():
    d, m, y = _date()
    mon = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"][m - 1]
    return pick(["%02d.%02d.%d" % (d, m, y), "%d-%02d-%02d" % (y, m, d), "%d %s %d" % (d, mon, y), "%02d-%s-%02d" % (d, mon.upper(), y % 100),
                 "%d. %d. %d." % (y, m, d), "%d %s %d" % (d, ["Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran", "Temmuz", "Ağustos", "Eylül", "Ekim", "Kasım", "Aralık"][m - 1], y),
                 "%d%02d%02d" % (y, m, d)])


ADDRS = {
    "sv": lambda: "%s %d, %03d %02d %s" % (pick(["Storgatan", "Drottninggatan", "Kungsgatan"]), R.randrange(1, 90), R.randrange(100, 990), R.randrange(100), pick(["Stockholm", "Göteborg", "Malmö"])),
    "cs": lambda: "%s %d/%d, %03d 00 %s" % (pick(["Vinohradská", "Na Příkopě", "Masarykova"]), R.randrange(100, 2000), R.randrange(1, 300), R.randrange(100, 799), pick(["Praha 2", "Brno", "Ostrava"])),
    "tr": lambda: "%s No: %d D: %d, %d %s" % (pick(["Atatürk Cad.", "Bağdat Cad.", "İstiklal Cad."]), R.randrange(1, 200), R.randrange(1, 30), R.randrange(34000, 35999), pick(["Kadıköy/İstanbul", "Çankaya/Ankara"])),
    "el": lambda: "%s %d, %03d %02d %s" % (pick(["Ermou", "Stadiou", "Panepistimiou"]), R.randrange(1, 120), R.randrange(100, 199), R.randrange(100), pick(["Athina", "Thessaloniki"])),
    "ru": lambda: "ul. %s, d. %d, kv. %d, %s, %06d" % (pick(["Tverskaya", "Lenina", "Gagarina"]), R.randrange(1, 90), R.randrange(1, 300), pick(["Moskva", "Kazan", "Novosibirsk"]), R.randrange(100000, 690000)),
    "ko": lambda: "%s %d, %s, Seoul %05d" % (pick(["Teheran-ro", "Sejong-daero", "Olympic-ro"]), R.randrange(1, 500), pick(["Gangnam-gu", "Jung-gu", "Songpa-gu"]), R.randrange(1000, 9999)),
    "zh": lambda: "%s %d, %s, %s %06d" % (pick(["Jianguo Road", "Nanjing East Road", "Shennan Avenue"]), R.randrange(1, 300), pick(["Chaoyang District", "Huangpu District", "Futian District"]), pick(["Beijing", "Shanghai", "Shenzhen"]), R.randrange(100000, 599999)),
    "hi": lambda: "Flat %d%s, %s, %s, %s %06d" % (R.randrange(1, 20), pick("ABCD"), pick(["Shanti Apartments", "Green Park Residency"]), pick(["MG Road", "Linking Road"]), pick(["Bengaluru", "Mumbai", "Pune"]), R.randrange(400001, 560100)),
    "id": lambda: "Jl. %s No. %d, RT %02d/RW %02d, %s %05d" % (pick(["Sudirman", "Gatot Subroto", "Diponegoro"]), R.randrange(1, 200), R.randrange(1, 15), R.randrange(1, 15), pick(["Jakarta Pusat", "Bandung", "Surabaya"]), R.randrange(10110, 69999)),
}


def bank():
    """Returns the parts of a payout block: (BANK_ACCOUNT, number) and its unlabelled bank code."""
    k = R.randrange(4)
    if k == 0:
        x = [0, R.randrange(1, 10), R.randrange(10)] + _d(14)
        return ["CLABE ", (BANK, "".join(map(str, x)) + str((10 - sum((a * b) % 10 for a, b in zip(x, [3, 7, 1] * 6)) % 10) % 10))]
    if k == 1:
        return ["A/c ", (BANK, str(R.randrange(10**10, 10**12))), ", IFSC %s0%06d" % (pick(["SBIN", "HDFC", "ICIC"]), R.randrange(10**6))]
    if k == 2:
        return ["NZ ", (BANK, "%02d-%04d-%07d-%02d" % (R.randrange(1, 39), R.randrange(1, 9999), R.randrange(10**7), R.randrange(100)))]
    return ["Banco 341 ag. %04d c/c " % R.randrange(10000), (BANK, "%06d-%d" % (R.randrange(10**6), R.randrange(10)))]


def f_kyc():
    loc = pick(sorted(LANG_REGION))
    a = person(loc=loc)
    lab, v = nid()
    return ["KYC-", str(R.randrange(10**5, 10**6)), " manual review\nName: ", (P, a[0]), "\nDate of birth: ", (DOB, dob()), "\nID document (", lab, "): ", (NID, v),
            "\nAddress: ", (ADDR, ADDRS[loc]()), "\nPhone: ", (PH, phone(LANG_REGION[loc])), "\nE-mail: ", (E, email(a[1], a[2])), "\n"]


def f_hr_form():
    loc = pick(sorted(LANG_REGION))
    a = person(loc=loc)
    lab2, v2 = nid()
    return ["HR change request — ", (P, a[0]), "\nBorn: ", (DOB, dob()), "\n", lab2, ": ", (NID, v2), "\nSalary account: "] + bank() + [
        "\nHome: ", (ADDR, ADDRS[loc]()), "\n"]
