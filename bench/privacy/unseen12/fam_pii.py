"""Personal-data families of unseen12."""
from gen import E, T, R, pick, digits, hexs, alnum, luhn_complete, group, iban, iban_grouped, phone, PHONES
import string, unicodedata
import people
from fam_sec import _ip, host

P = "PERSON"


def mac(sep=":", upper=False):
    b = [R.randrange(256) for _ in range(6)]
    b[0] &= 0xFE
    s = sep.join("%02x" % x for x in b)
    return s.upper() if upper else s


def _ip6():
    k = R.randrange(3)
    if k == 0:
        return "2a02:%x:%x:%x::%x" % tuple(R.randrange(0x100, 0xffff) for _ in range(4))
    if k == 1:
        return "fd%02x:%x:%x::%x" % (R.randrange(256), R.randrange(0x100, 0xffff), R.randrange(1, 0xffff), R.randrange(1, 0xffff))
    return "2001:%x:%x:%x:%x:%x:%x:%x" % tuple([R.randrange(0x4000, 0xffff)] + [R.randrange(1, 0xffff) for _ in range(6)])


def f_script_tickets():
    name, scr = people.script_name()
    agent = people.latin()
    ph, reg = phone(pick(["NP", "BT", "LA", "KH", "LR", "SL", "GM", "MG"]))
    k = R.randrange(4)
    if k == 0:
        return T("Ticket #", digits(6), " — callback requested\nCaller: ", E(P, name), "\nPhone: ", E("PHONE", ph), "\nIssue: mobile app shows error 502 after login\nAgent: ", E(P, agent), "\n")
    if k == 1:
        return T("[", scr, " locale] From: ", E(P, name), " <", E("EMAIL", "u" + digits(6) + "@mail." + pick(["np", "bt", "la", "lr"])), ">\nSubject: account locked\n\nPlease call me on ", E("PHONE", ph), ". Thank you.\n— ", E(P, name), "\n")
    if k == 2:
        return T("csv> ", digits(5), ";", E(P, name), ";", E("PHONE", ph), ";", pick(["pending", "resolved"]), "\n")
    return T("{\"customer\":{\"display_name\":\"", E(P, name), "\",\"msisdn\":\"", E("PHONE", ph), "\",\"locale\":\"", pick(["chr", "nqo", "sat-Olck", "lis", "mn-Mong"]), "\"},\"status\":\"open\"}\n")


def f_cyrillic_minor():
    lang = pick(sorted(people.CYR))
    n1, n2 = people.cyr(lang), people.cyr(lang)
    em = "hr" + digits(3) + "@" + pick(["grozny-energo.ru", "yakutsk.example.ru", "ufa-neft.ru", "cheb.example.ru", "vladikavkaz.example.ru"])
    k = R.randrange(4)
    if k == 0:
        return T("Заявка №", digits(5), ": сотрудник ", E(P, n1), " не может войти в 1С. Ответственный: ", E(P, n2), ", ", E("EMAIL", em), "\n")
    if k == 1:
        return T("График дежурств:\n  пн  ", E(P, n1), "\n  вт  ", E(P, n2), "\n  ср  (вакансия)\n")
    if k == 2:
        return T("От: ", E(P, n1), " <", E("EMAIL", em), ">\nТема: пароль от почты\n\nДобрый день! Прошу сбросить доступ.\nС уважением, ", E(P, n1), "\n")
    return T("2026-12-06 15:04:11 INFO  audit: user_fullname=\"", E(P, n1), "\" action=login result=fail\n")


TITLES = ["Mwalimu", "Ndugu", "Bwana", "Hon.", "Rev. Fr.", "Lic.", "Arq.", "Mons.", "Fr.", "Sr.", "Pst.", "Mama", "Tata", "Dott.ssa"]


def f_latin_forms():
    c = pick(sorted(people.LATIN))
    n1 = people.latin(c)
    n2 = people.latin(pick(sorted(people.LATIN)))
    k = R.randrange(6)
    if k == 0:
        return T("Shift handover 06/12 22:00 — outgoing: ", E(P, n1), ", incoming: ", E(P, n2), ". Open: INC-", digits(5), " (disk latency on ", host(), ").\n")
    if k == 1:
        t = pick(TITLES)
        return T("Dear ", t, " ", E(P, n1), ",\nwe have restored access to the portal. Kind regards,\n", E(P, n2), "\nService Desk\n")
    if k == 2:
        return T("| week | primary | secondary |\n|---|---|---|\n| 49 | ", E(P, n1), " | ", E(P, n2), " |\n")
    if k == 3:
        return T("Reported-by: ", E(P, n1), "\nTested-by: ", E(P, n2), "\n")
    if k == 4:
        return T("14:02 ", E(P, n1), " joined the bridge\n14:05 ", E(P, n2), ": failover started\n")
    g, f = pick(people.LATIN[c][0]), pick(people.LATIN[c][1])
    return T("Apellidos: ", E(P, f.upper()), "\nNombres: ", E(P, g), "\nCargo: técnico de redes\n") if c in ("aymara", "guarani") else T("Surname: ", E(P, f.upper()), "\nGiven names: ", E(P, g), "\nDept: NOC\n")


def f_health_wire():
    c = pick(sorted(people.LATIN))
    g, f = pick(people.LATIN[c][0]), pick(people.LATIN[c][1])
    ascii_f = unicodedata.normalize("NFKD", f).encode("ascii", "ignore").decode().upper()
    ascii_g = unicodedata.normalize("NFKD", g).encode("ascii", "ignore").decode().upper()
    ph, reg = phone()
    k = R.randrange(4)
    if k == 0:
        nk = people.latin(c, "gf")
        return T("MSH|^~\\&|HIS|GENHOSP|LIS|LAB|20261206150411||ADT^A04|", digits(8), "|P|2.5.1\rPID|1||", digits(7), "^^^GENHOSP^MR||", E(P, ascii_f + "^" + ascii_g), "^^^^^L||19", digits(2), "0", str(R.randrange(1, 10)), "1", str(R.randrange(0, 3)), "|",
                 pick("MF"), "|||||^PRN^PH^^^^^^^^^", E("PHONE", ph), "\rNK1|1|", E(P, nk.split()[-1].upper() + "^" + nk.split()[0].upper()), "|MTH\r\n")
    if k == 1:
        return T('{"resourceType":"Patient","id":"', digits(6), '","name":[{"use":"official","family":"', E(P, f), '","given":["', E(P, g), '"]}],"telecom":[{"system":"phone","value":"', E("PHONE", ph), '","use":"mobile"}]}\n')
    if k == 2:
        dr = people.latin(pick(sorted(people.LATIN)), "gf")
        return T("(0008,0090) PN [", E(P, dr.split()[-1] + "^" + dr.split()[0]), "]                  #  16, 1 ReferringPhysicianName\n(0010,0010) PN [", E(P, ascii_f + "^" + ascii_g), "]   #  18, 1 PatientName\n(0010,0020) LO [", digits(8), "]     #   8, 1 PatientID\n")
    return T("ORC|NW|", digits(6), "||||||||||", digits(6), "^", E(P, ascii_f + "^" + ascii_g), "^^^DR\rOBR|1|", digits(6), "||24323-8^CMP^LN\r\n")


def f_travel_docs():
    c = pick(sorted(people.LATIN))
    g, f = pick(people.LATIN[c][0]), pick(people.LATIN[c][1])
    af = unicodedata.normalize("NFKD", f).encode("ascii", "ignore").decode().upper().replace(" ", "").replace("'", "")
    ag = unicodedata.normalize("NFKD", g).encode("ascii", "ignore").decode().upper().replace(" ", "").replace(".", "")
    nm = (af + "/" + ag)[:20]
    k = R.randrange(3)
    if k == 0:
        field = nm + " " * (20 - len(nm))
        return T("scan: M1", E(P, nm), field[len(nm):], "E", alnum(6, string.ascii_uppercase + string.digits), " ", pick(["LISFRA", "OSLAMS", "AKLSYD"]), pick(["TP ", "LH ", "SK "]), "0", digits(3), " 340Y012C0", digits(3), " 100\n")
    if k == 1:
        return T("Folio ", digits(6), "  Room 4", digits(2), "  Guest: ", E(P, f.upper() + ", " + g), "  Arr 05-DEC-26  Dep 08-DEC-26  Rate BAR\n")
    return T("RP/LON1A0955/\n  1.", E(P, nm), " MR\n  2  TP1351 Y 12DEC 6 LISFRA HK1  0615 1015\n")


def brand_card():
    b = pick([("Aura", "507860", 16), ("Sorocred", "627892", 16), ("Argencard", "501105", 16), ("Tarjeta Shopping", "603488", 16),
              ("Codensa", "590712", 16), ("BC Card", "9410", 16), ("Visa (13 digits)", "4", 13)])
    return b[0], luhn_complete(b[1], b[2])


DIGITS = {"deva": "०१२३४५६७८९", "beng": "০১২৩৪৫৬৭৮৯", "thai": "๐๑๒๓๔๕๖๗๘๙"}


def f_cards_wire():
    br, num = brand_card()
    k = R.randrange(7)
    if k == 0:
        return T("ISO8583 0200 MTI\n  DE002 (LLVAR) ", "%02d" % len(num), " ", E("CREDIT_CARD", num), "\n  DE003 (N6)    000000\n  DE004 (N12)   0000000", digits(5), "\n  DE011 (N6)    ", digits(6), "\n")
    if k == 1:
        return T("track2=;", E("CREDIT_CARD", num), "=", "2", str(R.randrange(7, 10)), "%02d" % R.randrange(1, 13), "101", digits(9), "?\n")
    if k == 2:
        h = num + ("F" if len(num) % 2 else "")
        bs = " ".join(h[i:i + 2] for i in range(0, len(h), 2))
        return T("EMV TLV: 9F02 06 000000001500\n         5A ", "%02X" % (len(h) // 2), " ", E("CREDIT_CARD", bs), "\n         5F24 03 2", str(R.randrange(7, 10)), "1231\n")
    if k in (3, 4):
        sc = pick(sorted(DIGITS))
        tr = num.translate(str.maketrans("0123456789", DIGITS[sc]))
        g = group(tr, [4] * (len(tr) // 4) + ([len(tr) % 4] if len(tr) % 4 else []))
        msg = {"deva": "मेरा कार्ड नंबर ", "beng": "আমার কার্ড নম্বর ", "thai": "หมายเลขบัตรของฉันคือ "}[sc]
        return T(msg, E("CREDIT_CARD", g), " (", br, ")\n")
    if k == 5:
        return T("card: ", E("CREDIT_CARD", group(num, [4] * (len(num) // 4) + ([len(num) % 4] if len(num) % 4 else []), "/")), "  exp 0", str(R.randrange(1, 10)), "/2", str(R.randrange(7, 10)), "  brand=", br, "\n")
    return T("<Card><Brand>", br, "</Brand><PAN>", E("CREDIT_CARD", num), "</PAN><Holder>", E(P, people.latin(pick(sorted(people.LATIN)), "FG")), "</Holder></Card>\n")


IBAN_CTX = {
    "AD": "Compte: ", "MC": "Compte bancaire : ", "LI": "Kontoverbindung: ", "MT": "Kont bankarju: ", "CY": "Λογαριασμός IBAN: ", "MD": "Cont bancar: ",
    "JO": "رقم الآيبان: ", "KW": "IBAN الحساب: ", "QA": "IBAN: ", "GT": "Cuenta IBAN: ", "EG": "رقم IBAN: ", "IQ": "IBAN: ", "SC": "Bank account (IBAN): ",
    "SV": "Cuenta: ", "LY": "IBAN: ", "VA": "Conto IBAN: ", "TL": "Konta: "}


def f_iban_docs():
    cc = pick(sorted(IBAN_CTX))
    ib = iban(cc)
    k = R.randrange(5)
    v = [ib, iban_grouped(ib), iban_grouped(ib, "-"), ib.lower(), iban_grouped(ib, "\u00a0")][k]
    n = people.latin(pick(sorted(people.LATIN)))
    if R.random() < 0.5:
        return T(IBAN_CTX[cc], E("IBAN", v), "\n")
    return T("Payroll change request — employee ", E(P, n), ": new account ", E("IBAN", v), " effective 01/01.\n")


PH_CTX = ["https://wa.me/{}", "tel:{}", "to={}", "CALLERID(num)={}", "TEL;TYPE=CELL:{}", "Mobile: {}", "sms to {} queued", "Call back on {} after 6pm"]


def f_phones_regions():
    rows = []
    for _ in range(R.randrange(1, 3)):
        form = pick(["nat", "intl", "e164", "00", "wa"])
        if form == "wa":
            p, reg = phone(form="e164")
            rows.append(("https://wa.me/", p[1:], " (" + reg + ")\n"))
        else:
            p, reg = phone(form=form)
            ctx = pick(PH_CTX[1:])
            a, b = ctx.split("{}")
            rows.append((a, p, b + "\n"))
    parts = []
    for a, p, b in rows:
        parts += [a, E("PHONE", p), b]
    return T(*parts)


EMAIL_DOM = ["post.ad", "mail.mc", "telecom.li", "gov.mt", "cytanet.com.cy", "mail.md", "orange.jo", "qnet.qa", "intelnet.net.gt", "tedata.net.eg", "seychelles.sc", "telemaco.sv"]


def f_email_places():
    n = people.latin(pick(sorted(people.LATIN)), "gf")
    em = people.email_for(n, pick(EMAIL_DOM))
    k = R.randrange(6)
    if k == 0:
        return T("subject=C = ", pick(["MD", "MT", "CY", "AD"]), ", O = ", pick(WORDS_O), ", CN = ", E(P, n), ", emailAddress = ", E("EMAIL", em), "\n")
    if k == 1:
        return T(hexs(40), " 118 118 1\nauthor ", E(P, n), "\nauthor-mail <", E("EMAIL", em), ">\nauthor-time 1765033451\nauthor-tz +0200\n")
    if k == 2:
        return T("# CODEOWNERS\n/billing/   @payments-team ", E("EMAIL", em), "\n/docs/      @docs-team\n")
    if k == 3:
        return T("pub   ed25519 2025-03-01 [SC]\n      ", hexs(40, True), "\nuid           [ultimate] ", E(P, n), " <", E("EMAIL", em), ">\n")
    if k == 4:
        return T("Contact: mailto:", E("EMAIL", em), "\nExpires: 2027-12-31T23:00:00.000Z\nPreferred-Languages: en, fr\n")
    return T("Uploaders: ", E(P, n), " <", E("EMAIL", em), ">\nStandards-Version: 4.7.0\n")


WORDS_O = ["Moldtelecom", "GO plc", "Cyta", "Andorra Telecom", "Ooredoo", "Banco Industrial"]


def f_net_logs():
    k = R.randrange(6)
    a, b = _ip(), _ip()
    if k == 0:
        return T("15:04:11.337021 rule 12/0(match): block in on em0: ", E("IPV4", a), ".", str(R.randrange(1024, 65535)), " > ", E("IPV4", b), ".22: Flags [S], seq ", digits(9), ", win 64240\n")
    if k == 1:
        m = mac()
        return T("MAC Address       Address         Interface     Flags\n", E("MAC", m), " ", E("IPV4", a), "     ge-0/0/1.0    none\n")
    if k == 2:
        return T("1,2026/12/06 15:04:11,0", digits(11), ",TRAFFIC,end,2561,2026/12/06 15:04:11,", E("IPV4", a), ",", E("IPV4", b), ",0.0.0.0,0.0.0.0,allow-web,,,ssl,vsys1,trust,untrust\n")
    if k == 3:
        m = mac()
        return T("IP address      Hardware Address   Lease expiration     Pool       Client Name\n----------      ----------------   ----------------     ----       -----------\n", E("IPV4", a), "   ", E("MAC", m), "  2026/12/07 03:04:11  LAN_POOL   ", pick(["android-", "iPhone-", "DESKTOP-"]), alnum(6), "\n")
    if k == 4:
        m = mac("-", True)
        return T("Acct-Status-Type = Start\nCalling-Station-Id = \"", E("MAC", m), "\"\nFramed-IP-Address = ", E("IPV4", a), "\nFramed-IPv6-Address = ", E("IPV6", _ip6()), "\nNAS-IP-Address = ", E("IPV4", b), "\n")
    m = mac("", True)
    return T("10,12/06/26,15:04:11,Assign,", E("IPV4", a), ",", pick(["LAPTOP-", "PRN-"]), alnum(5, string.ascii_uppercase), ".corp.internal,", E("MAC", m), ",,", digits(7), ",0,,,,0x", hexs(8), ",MSFT 5.0,,,,0\n")


VN = (["NGUYỄN", "TRẦN", "LÊ", "PHẠM", "HOÀNG", "HUỲNH", "VÕ", "ĐẶNG"], ["VĂN", "THỊ", "ĐỨC", "NGỌC", "MINH"], ["AN", "KHOA", "THẢO", "HẠNH", "TUẤN", "DŨNG", "LINH", "PHƯƠNG"])
ID_MONO = ["SUPRIYANTO", "SUMARNI", "WAGIMAN", "SRI HARTATI", "PONIMAN", "TUKIYEM", "SUHARTO", "MARSINAH"]
TAMIL = ["K. R. Venkatesan", "S. Muthulakshmi", "R. Karthikeyan", "P. V. Selvaraj", "T. M. Anbarasi", "N. Ilango"]


def f_hr_forms():
    k = R.randrange(4)
    if k == 0:
        n = pick(VN[0]) + " " + pick(VN[1]) + " " + pick(VN[2])
        return T("Họ và tên: ", E(P, n), "\nPhòng ban: Vận hành hệ thống\nChức vụ: Kỹ sư\n")
    if k == 1:
        n = pick(ID_MONO)
        return T("Nama            : ", E(P, n), "\nJabatan         : Teknisi Jaringan\nUnit            : NOC Surabaya\n")
    if k == 2:
        n = pick(TAMIL)
        return T("Approved by ", E(P, n), " (Shift Lead), 06-12-2026\n")
    g = pick(["Abebe", "Tigist", "Mulugeta", "Selamawit", "Hailu", "Meseret"])
    f1, f2 = pick(["Bikila", "Tesfaye", "Gebremedhin", "Alemu", "Kebede", "Wolde"]), pick(["Tesfaye", "Desta", "Haile", "Ayele", "Girma", "Mekonnen"])
    return T("Employee: ", E(P, g + " " + f1 + " " + f2), " — badge re-issued\n")


def mojibake(s):
    return "".join(ch if ord(ch) < 128 else "".join("\\u%04x" % b for b in ch.encode("utf-8")) for ch in s)


def f_messenger_exports():
    n1 = people.latin(pick(["kikuyu", "guarani", "gaelic", "occitan", "corsican"]), "gf")
    n2 = people.cyr()
    k = R.randrange(3)
    if k == 0:
        return T('    {\n      "sender_name": "', E(P, mojibake(n1)), '",\n      "timestamp_ms": 17650334', digits(5), ',\n      "content": "the router at the shop is down again",\n      "is_geoblocked_for_viewer": false\n    },\n')
    if k == 1:
        ph, reg = phone(form="e164")
        return T("Dec 06, 2026  3:04:11 PM (Read by you after 2 minutes)\n", E("PHONE", ph), "\ncan you reset the wifi at the depot?\n\nDec 06, 2026  3:05:40 PM\nMe\nok, ", E(P, n1.split()[0]), " — doing it now\n")
    return T('{"participants":[{"name":"', E(P, mojibake(n2)), '"},{"name":"', E(P, mojibake(n1)), '"}],"messages":[{"sender_name":"', E(P, mojibake(n1)), '","content":"ok"}]}\n')


def f_signatures():
    k = R.randrange(4)
    em_dom = pick(EMAIL_DOM)
    if k == 0:
        n, scr = people.script_name()
        ph, reg = phone(form="intl")
        return T("--\n", E(P, n), "\nField Engineer\nM: ", E("PHONE", ph), "\n")
    if k == 1:
        n = people.latin(pick(sorted(people.LATIN)), "gf")
        ph, reg = phone(form="nat")
        return T("Best regards,\n", pick(["Eng. ", "Dr. ", "", "Mwalimu "]), E(P, n), " | Network Operations\nTel. ", E("PHONE", ph), " | ", E("EMAIL", people.email_for(n, em_dom)), "\n")
    if k == 2:
        n = people.cyr()
        ph, reg = phone(form="00")
        return T("С уважением,\n", E(P, n), "\nинженер дежурной смены\nтел.: ", E("PHONE", ph), "\n")
    n = people.latin(pick(sorted(people.LATIN)), "FG")
    ph, reg = phone(form="e164")
    return T("Sent from my phone\n", E(P, n), " · ", E("PHONE", ph), "\n")


FAMILIES = [f_script_tickets, f_cyrillic_minor, f_latin_forms, f_health_wire, f_travel_docs, f_cards_wire, f_iban_docs, f_phones_regions,
            f_email_places, f_net_logs, f_hr_forms, f_messenger_exports, f_signatures]
