"""Personal-data families (15): names of other cultures and scripts in the forms people write them, phones of seven other regions,
cards and IBANs in other layouts and digit sets, addresses in other tools' output."""
import json

from gen import E, T, N, card, card_groups, group, iban, iban4, ipv4, ipv6, mac, phone, hexs, uuid, ascii_local
import people
from people import latin, cyrillic, cyr_title

P, EM, PH, CC, IB = "PERSON", "EMAIL", "PHONE", "CREDIT_CARD", "IBAN"
DOMAINS = ["example.com", "example.org", "mail.example.net", "corp.example", "example.co.tz", "example.sn", "example.com.pa"]


def mail_of(r, full):
    return ascii_local(full) + "@" + r.choice(DOMAINS)


def jstr(s):
    return json.dumps(s, ensure_ascii=False)[1:-1]


def f_nonlatin_keys(r):
    def one(key):
        def v():
            name = r.choice(people.NONLATIN[key])
            extra = r.choice([None, "电话", "email", "部署", "отдел"])
            tail = ""
            if extra == "email":
                return T("{\"", key, "\": \"", E(P, name), "\", \"email\": \"", E(EM, "u" + str(r.randrange(1000, 9999)) + "@" + r.choice(DOMAINS)),
                         "\", \"status\": \"active\"}")
            return T("{\"id\": ", str(r.randrange(1000, 99999)), ", \"", key, "\": \"", E(P, name), "\", \"created\": \"2026-12-0",
                     str(r.randrange(1, 7)), "\"}")
        return v
    keys = sorted(people.NONLATIN)
    return [one(k) for k in keys]


def f_csv_names(r):
    def hr():
        rows = ["employee_id;name;department;start"]
        parts = [rows[0] + "\n"]
        for _ in range(r.randrange(2, 4)):
            g, f, full = latin(r)
            parts += [str(r.randrange(10000, 99999)), ";", E(P, full), ";", r.choice(["Ops", "Finance", "Field Service", "NOC"]), ";2026-0",
                      str(r.randrange(1, 9)), "-1", str(r.randrange(0, 9)), "\n"]
        parts[-1] = parts[-1].rstrip("\n")
        return T(*parts)
    def lms():
        g, f, full = latin(r)
        return T("\"Last Name\",\"First Name\",\"Email\",\"Course\",\"Score\"\n\"", E(P, f), "\",\"", E(P, g), "\",\"", E(EM, mail_of(r, full)),
                 "\",\"SRE-101\",\"", str(r.randrange(50, 100)), "\"")
    def tickets():
        g, f, full = latin(r)
        return T("Ticket,Requester,Assignee,Subject\nINC-", str(r.randrange(10000, 99999)), ",", E(P, full), ",Service Desk,VPN drops every 10 min")
    def tsv():
        g, f, full = latin(r)
        g2, f2, full2 = latin(r)
        return T("date\tdriver\tvehicle\troute\n2026-12-07\t", E(P, full), "\tKCX 42", str(r.randrange(1, 9)), "J\tR7\n2026-12-07\t", E(P, full2), "\tKDA 118",
                 str(r.randrange(1, 9)), "K\tR9")
    def cyr():
        s, g, pat, lang = cyrillic(r, r.choice(["ru", "bg"]))
        return T("Фамилия,Имя,Отчество,Должность\n", E(P, cyr_title(s)), ",", E(P, g), ",", E(P, pat), ",инженер")
    def jp():
        a, b = r.choice(people.FURIGANA)
        return T("社員番号,氏名,フリガナ,部署\n", str(r.randrange(10000, 99999)), ",", E(P, a), ",", E(P, b), ",インフラ部")
    return [hr, lms, tickets, tsv, cyr, jp]


def f_sender_initials(r):
    def ini(full, g, f):
        return g[0] + ". " + f if f else full
    def mail_hdr():
        g, f, full = latin(r)
        g2, f2, full2 = latin(r)
        return T("From: ", E(P, ini(full, g, f)), " <", E(EM, mail_of(r, full)), ">\nTo: ", E(P, ini(full2, g2, f2)), "\nSubject: Re: cutover window")
    def de():
        g, f, full = latin(r)
        return T("Absender: ", E(P, g[0] + ". " + f if f else full), "\nEmpfänger: NOC Frankfurt\nBetreff: Störung Uplink")
    def fr():
        g, f, full = latin(r)
        return T("Expéditeur : ", E(P, g[0] + ". " + f.upper() if f else full), "\nDestinataire : support\nObjet : badge bloqué")
    def es():
        g, f, full = latin(r)
        return T("Remitente: ", E(P, g[0] + "." + f if f else full), " · Destinatario: Mesa de ayuda")
    def sms():
        g, f, full = latin(r)
        return T("[SMS] sender=", E(P, g[0] + "." + f if f else full), " recipient=", E(PH, "+" + phone(r, "TZ", "255 75d ddd ddd").replace(" ", "")),
                 " text=\"gate code changed\"")
    def memo():
        g, f, full = latin(r)
        g2, f2, full2 = latin(r)
        return T("MEMO\nFrom:   ", E(P, f + ", " + g[0] + "." if f else full), "\nTo:     ", E(P, f2 + ", " + g2[0] + "." if f2 else full2),
                 "\nRe:     Generator test Saturday")
    return [mail_hdr, de, fr, es, sms, memo]


def f_cyrillic_caps(r):
    def full_caps():
        s, g, pat, lang = cyrillic(r, "ru")
        return T("ФИО: ", E(P, s + " " + g.upper() + " " + pat.upper()), "\nДолжность: ведущий инженер")
    def doc():
        s, g, pat, lang = cyrillic(r, r.choice(["sr", "mk", "be"]))
        return T(r.choice(["Подносилац захтева: ", "Барател: ", "Заяўнік: "]), E(P, s + " " + g), "\n", r.choice(["Датум: ", "Датум: ", "Дата: "]), "07.12.2026")
    def bg():
        s, g, pat, lang = cyrillic(r, "bg")
        return T("Отговорник: ", E(P, s + " " + g + " " + pat), "\nСтатус: в процес")
    def order():
        s, g, pat, lang = cyrillic(r)
        return T("ПРИКАЗ № ", str(r.randrange(10, 400)), "\nНазначить ответственным за резервное копирование ", E(P, s + " " + g[0] + "."), " с 08.12.2026.")
    def roster():
        a = cyrillic(r)
        b = cyrillic(r)
        return T("Дежурство 07.12:\n1. ", E(P, a[0] + " " + a[1]), "\n2. ", E(P, b[0] + " " + b[1][0] + "." + (" " + b[2][0] + "." if b[2] else "")))
    def log1c():
        s, g, pat, lang = cyrillic(r, "ru")
        return T("07.12.2026 09:14:22 Пользователь: ", E(P, s + " " + g[0] + ". " + (pat[0] + ".")), " Событие: Сеанс.Начало")
    return [full_caps, doc, bg, order, roster, log1c]


LABELS = [("Responsável: ", "pt"), ("Encargado: ", "es"), ("Kontaktperson: ", "de"), ("Penanggung jawab: ", "id"), ("Mhusika: ", "sw"),
          ("Ansvarlig: ", "da"), ("Referente: ", "it"), ("Verantwoordelijke: ", "nl"), ("Point of contact: ", "en"), ("Personne à contacter : ", "fr"),
          ("Tagapangasiwa: ", "tl"), ("Odpowiedzialny: ", "pl")]


def f_latin_cultures(r):
    def label():
        g, f, full = latin(r)
        lab, _ = r.choice(LABELS)
        return T(lab, E(P, full), "\n", r.choice(["Site: Dodoma DC2", "Ticket: CHG-4471", "Shift: 22:00–06:00", "Area: Warehouse B"]))
    def letter():
        g, f, full = latin(r)
        g2, f2, full2 = latin(r)
        return T("Dear ", E(P, full), ",\n\nThe replacement router ships on Monday. Please confirm someone will be on site.\n\nKind regards,\n", E(P, full2))
    def jsonrec():
        g, f, full = latin(r)
        return T("{\"ticket\": ", str(r.randrange(1000, 99999)), ", \"requester\": {\"name\": \"", E(P, full), "\", \"email\": \"",
                 E(EM, mail_of(r, full)), "\"}, \"priority\": \"high\"}")
    def chat():
        g, f, full = latin(r)
        g2, f2, full2 = latin(r)
        return T("[09:14] ", E(P, full), ": power is back in rack 4\n[09:15] ", E(P, full2), ": thanks, restarting the storage nodes")
    def caps():
        g, f, full = latin(r)
        if not f:
            return T("REQUESTER: ", E(P, full.upper()), "  DEPT: LOGISTICS")
        return T("REQUESTER: ", E(P, f.upper() + " " + g), "  DEPT: LOGISTICS")
    def sig():
        g, f, full = latin(r)
        return T("-- \n", E(P, full), "\nField Engineer | ", E(PH, phone(r, r.choice(["SN", "TZ", "NG"]))))
    return [label, letter, jsonrec, chat, caps, sig]


def f_scripts_readings(r):
    def hanja():
        h, k = r.choice(people.HANJA)
        return T("성명: ", E(P, h), " (", E(P, k), ")\n소속: 인프라운영팀")
    def furi():
        a, b = r.choice(people.FURIGANA)
        return T("担当：", E(P, a), "（", E(P, b), "）\n内線：4412")
    def pinyin():
        s, g = r.choice(people.PINYIN)
        return T(r.choice(["Contact: ", "Reviewer: ", "On-call: "]), E(P, s + " " + g), r.choice([" (", " / "]), "SRE Shanghai", r.choice([")", ""]))
    def pinyin_caps():
        s, g = r.choice(people.PINYIN)
        import unicodedata
        plain = lambda x: "".join(c for c in unicodedata.normalize("NFKD", x) if c.isascii())
        return T("Passenger: ", E(P, plain(s).upper() + " " + plain(g)), "\nSeat 32A")
    def jav():
        g, f = r.choice(people.JAVANESE)
        return T("Jeneng: ", E(P, people.javanese(g, f)), r.choice(["", " (" + g + " " + f + ")"]) if False else "", "\nTandha tangan ing ngisor iki.")
    def jav2():
        g, f = r.choice(people.JAVANESE)
        return T("Jeneng: ", E(P, people.javanese(g, f)), " (", E(P, g + " " + f), ")")
    def bay():
        g, f = r.choice(people.TAGALOG)
        return T("Pangalan: ", E(P, people.baybayin(g, f)), "\nTungkulin: tagapamahala ng network")
    def bay2():
        g, f = r.choice(people.TAGALOG)
        return T("Lagda: ", E(P, people.baybayin(g, f)), " — ", E(P, g + " " + f))
    return [hanja, furi, pinyin, pinyin_caps, jav, jav2, bay, bay2]


TITLES_PRE = ["Dr. Ir. H. ", "Engr. ", "Lic. ", "Ing. ", "Prof. Dr.-Ing. ", "Dra. ", "Arch. ", "Atty. ", "Hon. "]
TITLES_POST = [", M.Sc.", ", S.T.", ", MBA", ", PhD", ", S.Kom.", ""]


def f_titles(r):
    def one():
        g, f, full = latin(r)
        return T(r.choice(["Approved by: ", "Attn: ", "Signed: ", "Prepared by "]), r.choice(TITLES_PRE), E(P, full), r.choice(TITLES_POST))
    def two():
        g, f, full = latin(r)
        g2, f2, full2 = latin(r)
        return T("Panel: ", r.choice(TITLES_PRE), E(P, full), r.choice(TITLES_POST), "; ", r.choice(TITLES_PRE), E(P, full2))
    return [one, two, one, two]


def f_phones_regions(r):
    cc = lambda: r.choice(["SN", "MA", "TN", "EG", "NG", "TZ", "PA"])
    def mecard():
        g, f, full = latin(r)
        return T("MECARD:N:", E(P, (f + "," + g) if f else full), ";TEL:", E(PH, phone(r, cc())), ";EMAIL:", E(EM, mail_of(r, full)), ";;")
    def ussd():
        c = r.choice(["TZ", "NG"])
        num = phone(r, c, "0" + ("754 ddd ddd" if c == "TZ" else "803 ddd dddd")).replace(" ", "")
        return T("2026-12-07 09:14:02 USSD req=*150*01*", E(PH, num), "# session=", hexs(r, 12), " status=OK")
    def sip():
        num = phone(r, cc())
        return T("From: <sip:", E(PH, num.replace(" ", "").replace("-", "")), "@trunk.example.net>;tag=", hexs(r, 8), "\nTo: <sip:",
                 E(PH, phone(r, cc()).replace(" ", "").replace("-", "")), "@trunk.example.net>")
    def smpp():
        return T("submit_sm: source_addr_ton=1 source_addr=\"", E(PH, phone(r, "SN", "22177ddddddd")), "\" dest_addr=\"",
                 E(PH, phone(r, "EG", "2010dddddddd")), "\" esm_class=0 data_coding=8")
    def android():
        g, f, full = latin(r)
        return T("Row: 0 display_name=", E(P, full), ", data1=", E(PH, phone(r, cc())), ", mimetype=vnd.android.cursor.item/phone_v2")
    def html():
        return T("<p>Astreinte : <a href=\"tel:", E(PH, phone(r, "MA", "+21266ddddddd")), "\">", E(PH, phone(r, "MA", "06 6d dd dd dd")), "</a></p>")
    def mpesa():
        g, f, full = latin(r, r.choice(["luo", "maasai"]))
        return T("QL7", hexs(r, 5, True), " Confirmed. Tsh", str(r.randrange(5, 90)), ",000 sent to ", E(P, full.upper()), " ",
                 E(PH, phone(r, "TZ", "0754 ddd ddd")), " on 7/12/26 at 9:14 AM.")
    def pa():
        return T("Contacto de guardia: ", E(PH, phone(r, "PA")), " (Ciudad de Panamá)")
    return [mecard, ussd, sip, smpp, android, html, mpesa, pa]


DIGITS = {"deva": "०१२३४५६७८९", "thai": "๐๑๒๓๔๕๖๗๘๙", "fa": "۰۱۲۳۴۵۶۷۸۹", "full": "０１２３４５６７８９", "beng": "০১২৩৪৫৬৭৮৯"}


def f_cards_layouts(r):
    def digits(kind):
        def v():
            c = card(r, r.choice(["visa", "mc"]))
            s = group(c, card_groups(c), r.choice([" ", "-"]) if kind != "full" else r.choice(["－", " ", "　"]))
            s = "".join(DIGITS[kind][int(ch)] if ch.isdigit() else ch for ch in s)
            lab = {"deva": "कार्ड नंबर: ", "thai": "หมายเลขบัตร: ", "fa": "شماره کارت: ", "full": "カード番号：", "beng": "কার্ড নম্বর: "}[kind]
            return T(lab, E(CC, s))
        return v
    def sep(sepch, lab):
        def v():
            c = card(r)
            return T(lab, E(CC, group(c, card_groups(c), sepch)), r.choice(["", " exp 08/29"]))
        return v
    def console():
        c = card(r)
        return T("> console.log(form.values)\n{ holder: 'card holder', pan: '", E(CC, c), "', exp: '11/28', save: true }")
    return [digits("deva"), digits("thai"), digits("fa"), digits("full"), digits("beng"), sep("\u2010", "Card: "), sep("–", "PAN: "),
            sep("/", "card no "), sep("\u00a0", "Tarjeta: "), sep("·", "Karte: "), console]


def f_ibans_layouts(r):
    cc = lambda: r.choice(["AZ", "GE", "KZ", "BR", "GR", "LV", "BH", "FR", "IT", "TN", "EG", "FI", "DK", "SE"])
    def nbsp():
        return T("IBAN\u00a0: ", E(IB, iban4(iban(r, cc()), "\u00a0")))
    def zwsp():
        s = iban(r, cc())
        return T("Please pay to ", E(IB, "\u200b".join(s[i:i + 4] for i in range(0, len(s), 4))), " by Friday.")
    def shy():
        s = iban(r, cc())
        return T("Kontonummer: ", E(IB, s[:12] + "\u00ad" + s[12:]))
    def rtl():
        s = iban(r, r.choice(["BH", "EG", "TN"]))
        return T("رقم الحساب الدولي: \u200e", E(IB, iban4(s)), "\u200e")
    def it():
        s = iban(r, "IT")
        return T("Coordinate bancarie — IBAN: ", E(IB, s), " (CIN ", s[4], ")")
    def gr():
        s = iban(r, "GR")
        return T("Αριθμός IBAN: ", E(IB, iban4(s)), "\nΔικαιούχος: ", E(P, r.choice(["Ελένη Παπαδοπούλου", "Νίκος Βασιλείου"])))
    def pipe():
        s = iban(r, cc())
        return T("| ", E(IB, " | ".join(s[i:i + 4] for i in range(0, len(s), 4))), " |")
    def kz():
        s = iban(r, "KZ")
        return T("ИИК: ", E(IB, s), "\nБИК: KCJBKZKX")
    return [nbsp, zwsp, shy, rtl, it, gr, pipe, kz]


def f_chat_exports(r):
    def chatwoot():
        g, f, full = latin(r)
        return T("{\"id\": ", str(r.randrange(10000, 99999)), ", \"content\": \"router still offline\", \"sender\": {\"name\": \"", E(P, full),
                 "\", \"email\": \"", E(EM, mail_of(r, full)), "\", \"phone_number\": \"", E(PH, phone(r, "NG", "+234 803 ddd dddd").replace(" ", "")), "\"}}")
    def crisp():
        g, f, full = latin(r)
        return T("{\"session_id\": \"session_", uuid(r), "\", \"meta\": {\"nickname\": \"", E(P, full), "\", \"email\": \"", E(EM, mail_of(r, full)),
                 "\", \"ip\": \"", E("IPV4", ipv4(r, False)), "\"}}")
    def zoom():
        g, f, full = latin(r)
        g2, f2, full2 = latin(r)
        return T("09:14:03 From ", E(P, full), " to Everyone:\n\tbridge is up, sharing the runbook\n09:14:40 From ", E(P, full2), " to ",
                 E(P, full), "(Direct Message):\n\tcall me on ", E(PH, phone(r, r.choice(["SN", "MA", "PA"]))))
    def lark():
        g, f, full = latin(r)
        return T("[2026-12-07 09:14] ", E(P, full), "：已重启网关\n[2026-12-07 09:15] ", E(P, r.choice(people.HAN)), "：收到，继续观察")
    def webex():
        g, f, full = latin(r)
        return T("{\"roomType\": \"group\", \"personEmail\": \"", E(EM, mail_of(r, full)), "\", \"personDisplayName\": \"", E(P, full),
                 "\", \"text\": \"failover done\"}")
    def dingtalk():
        a, b = r.choice(people.FURIGANA)
        return T("{\"senderNick\": \"", E(P, r.choice(people.HAN)), "\", \"text\": {\"content\": \"@运维 请确认\"}, \"conversationType\": \"2\"}")
    return [chatwoot, crisp, zoom, lark, webex, dingtalk]


def f_dev_metadata(r):
    def authors():
        a = latin(r)[2]
        b = latin(r)[2]
        return T("# This is the list of significant contributors.\n", E(P, a), " <", E(EM, mail_of(r, a)), ">\n", E(P, b), " <", E(EM, mail_of(r, b)), ">")
    def pyproject():
        a = latin(r)[2]
        return T("[project]\nname = \"netprobe\"\nversion = \"0.9.2\"\nauthors = [\n  {name = \"", E(P, a), "\", email = \"", E(EM, mail_of(r, a)), "\"},\n]")
    def cargo():
        a = latin(r)[2]
        return T("[package]\nname = \"ringlog\"\nversion = \"0.3.1\"\nauthors = [\"", E(P, a), " <", E(EM, mail_of(r, a)), ">\"]\nedition = \"2021\"")
    def copyright():
        a = latin(r)[2]
        return T("Files: src/*\nCopyright: 2019-2026 ", E(P, a), " <", E(EM, mail_of(r, a)), ">\nLicense: Apache-2.0")
    def allc():
        a = latin(r)[2]
        return T("{\n  \"login\": \"", ascii_local(a).replace(".", "-"), "\",\n  \"name\": \"", E(P, a), "\",\n  \"contributions\": [\"code\", \"doc\"]\n}")
    def pkgjson():
        a = latin(r)[2]
        return T("\"contributors\": [\n  \"", E(P, a), " <", E(EM, mail_of(r, a)), "> (https://", ascii_local(a).split(".")[0], ".dev)\"\n]")
    return [authors, pyproject, cargo, copyright, allc, pkgjson]


def f_app_logs(r):
    def hilog():
        g, f, full = latin(r)
        return T("12-07 09:14:22.311  4412  4431 I C01406/ContactsSync: upsert contact name=", E(P, full), " phone=", E(PH, phone(r, r.choice(["EG", "MA"]))))
    def qt():
        g, f, full = latin(r)
        return T("qt.network.ssl: Peer verified\ndebug: QMap((\"email\", QVariant(QString, \"", E(EM, mail_of(r, full)), "\"))(\"name\", QVariant(QString, \"",
                 E(P, full), "\")))")
    def unreal():
        g, f, full = latin(r)
        return T("[2026.12.07-09.14.22:311][ 42]LogOnline: Display: Login succeeded for ", E(EM, mail_of(r, full)), " from ", E("IPV4", ipv4(r, False)))
    def tizen():
        g, f, full = latin(r)
        return T("12-07 09:14:22.311+0000 I/EMAIL_SVC( 812): email-service.c: account added [", E(EM, mail_of(r, full)), "] display [", E(P, full), "]")
    def gnome():
        g, f, full = latin(r)
        return T("(evolution:4412): module-mail-DEBUG: 09:14:22.311: Sending as \"", E(P, full), "\" <", E(EM, mail_of(r, full)), ">")
    def winui():
        g, f, full = latin(r)
        return T("2026-12-07T09:14:22.311Z [Information] Kiosk.Checkin: guest=", E(P, full), " badge=V-", str(r.randrange(1000, 9999)), " host_ip=",
                 E("IPV6", ipv6(r)))
    return [hilog, qt, unreal, tizen, gnome, winui]


def f_net_addresses(r):
    def netneighbor():
        return T("PS C:\\> Get-NetNeighbor -AddressFamily IPv4 -State Reachable\n\nifIndex IPAddress        LinkLayerAddress    State\n------- ---------        ----------------    -----\n"
                 "12      ", E("IPV4", ipv4(r, True)), "     ", E("MAC", mac(r, "-", True)), "   Reachable")
    def ovs():
        return T("$ ovs-appctl fdb/show br-int\n port  VLAN  MAC                Age\n    3   100  ", E("MAC", mac(r)), "    4\n    7   100  ", E("MAC", mac(r)), "   12")
    def ndp():
        return T("$ ndp -an\nNeighbor                             Linklayer Address  Netif Expire    S Flags\n", E("IPV6", ipv6(r)), "  ", E("MAC", mac(r)),
                 " em0   23h59m58s S")
    def conntrack():
        a, b = ipv4(r, True), ipv4(r, False)
        return T("tcp      6 431999 ESTABLISHED src=", E("IPV4", a), " dst=", E("IPV4", b), " sport=51514 dport=443 [ASSURED] mark=0 use=1")
    def nft():
        return T("table inet filter {\n  set blocklist {\n    type ipv4_addr\n    elements = { ", E("IPV4", ipv4(r, False)), ", ", E("IPV4", ipv4(r, False)), " }\n  }\n}")
    def bridge():
        return T("$ bridge fdb show br br0\n", E("MAC", mac(r)), " dev veth12 master br0\n", E("MAC", mac(r)), " dev veth7 vlan 1 master br0 permanent")
    return [netneighbor, ovs, ndp, conntrack, nft, bridge]


def f_delivery_labels(r):
    def jp():
        a, b = r.choice(people.FURIGANA)
        return T("お届け先：", E(P, a), " 様\nお問い合わせ番号：", str(r.randrange(10**11, 10**12)))
    def kr():
        h, k = r.choice(people.HANJA)
        return T("받는 분: ", E(P, k), " 님\n배송 메모: 문 앞에 놓아 주세요")
    def cn():
        return T("收件人：", E(P, r.choice(people.HAN)), " 先生\n运单号：SF", str(r.randrange(10**11, 10**12)))
    def ar():
        return T("المستلم: السيد ", E(P, r.choice(["يوسف العلوي", "عبد الرحيم التازي"])), "\nالهاتف: ", E(PH, phone(r, "MA", "+212 6 6d dd dd dd")))
    def id_():
        g, f, full = latin(r, r.choice(["batak", "minangkabau", "acehnese"]))
        return T("Penerima: Bapak/Ibu ", E(P, full), "\nNo. HP: ", str(r.randrange(100, 999)), "-XXX (disembunyikan)")
    def es():
        g, f, full = latin(r, r.choice(["zapotec", "nahuatl", "garifuna"]))
        return T("Destinatario: Sr(a). ", E(P, full), "\nTel.: ", E(PH, phone(r, "PA")))
    return [jp, kr, cn, ar, id_, es]


FAMILIES = [f_nonlatin_keys, f_csv_names, f_sender_initials, f_cyrillic_caps, f_latin_cultures, f_scripts_readings, f_titles,
            f_phones_regions, f_cards_layouts, f_ibans_layouts, f_chat_exports, f_dev_metadata, f_app_logs, f_net_addresses,
            f_delivery_labels]
