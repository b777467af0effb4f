"""Personal-data families of unseen9: chat exports and help desks not read before, SMTP transcripts and mail logs, payment-switch
dumps, QR bills and bank messages, CRM exports and support tickets in other scripts, calendar invites, VCS authorship, on-call
configs, DHCP/RADIUS/ARP tables, edge proxy logs and crash reporters."""
import base64
import json
from gen import (T, E, R, pick, rs, hexs, password, uuid, person, email, phone, ipv4, ipv6, mac, card, group, iban, iban_grouped, ALNUM,
                 ASCII_NAME, string)

P, EM, PH, IP4, IP6, CC, IB, MC, G = "PERSON", "EMAIL", "PHONE", "IPV4", "IPV6", "CREDIT_CARD", "IBAN", "MAC", "GENERIC_SECRET"


def v(*fs):
    return pick(fs)()


def jstr(s):
    return json.dumps(s, ensure_ascii=False)[1:-1]


def f_chat_exports9():
    c, full, g, f = person()
    c2, full2, g2, f2 = person()
    _, ph = phone()
    em = email(c, name=full)

    def matrix():
        return T("{\"type\": \"m.room.member\", \"sender\": \"@", ASCII_NAME[c].replace(".", "_"), ":matrix.kestrel.dev\", \"content\": {\"displayname\": \"", E(P, jstr(full)),
                 "\", \"membership\": \"join\"}}\n{\"type\": \"m.room.message\", \"content\": {\"body\": \"on call tonight, reach me on ", E(PH, ph), "\", \"msgtype\": \"m.text\"}}\n")

    def zulip():
        return T("{\"id\": ", str(R.randint(100000, 999999)), ", \"sender_full_name\": \"", E(P, jstr(full)), "\", \"sender_email\": \"", E(EM, em),
                 "\", \"stream\": \"incidents\", \"subject\": \"INC-", str(R.randint(1000, 9999)), " payments latency\", \"content\": \"paging ", E(P, jstr(full2)), " now\"}\n")

    def line():
        return T("[LINE] Chat history with SRE-APAC\nSaved on: 2026/12/06 11:40\n\n2026/12/06(Sat)\n10:02\t", E(P, full), "\tDB failover done, call me if the replica lags: ", E(PH, ph),
                 "\n10:05\t", E(P, full2), "\tOK +1\n")

    def irssi():
        return T("10:02 -!- ", ASCII_NAME[c2].split(".")[0], " [~u@", "gw.hirundo.co] has joined #ops\n10:03 < ", ASCII_NAME[c2].split(".")[0], "> ", E(P, full), " said the switch in rack 4 is down, her number is ",
                 E(PH, ph), "\n")

    def gchat():
        return T("{\n  \"creator\": {\n    \"name\": \"", E(P, jstr(full)), "\",\n    \"email\": \"", E(EM, em), "\",\n    \"user_type\": \"Human\"\n  },\n  \"created_date\": \"Saturday, December 6, 2026 at 10:02:11 AM UTC\",\n  \"text\": \"rolled back, thanks ",
                 E(P, jstr(full2)), "\"\n}\n")

    def wechat():
        return T("2026-12-06 10:02:11 ", E(P, full), "\n新的工单已分配给 ", E(P, full2), "，电话 ", E(PH, ph), "\n\n2026-12-06 10:04:37 ", E(P, full2), "\n收到\n")

    def signal():
        return T("[2026-12-06 10:02] ", E(P, full), ": the on-call phone is now ", E(PH, ph), "\n[2026-12-06 10:03] ", E(P, full2), ": +1\n")
    return v(matrix, zulip, line, irssi, gchat, wechat, signal)


def f_helpdesk_json():
    c, full, g, f = person()
    em = email(c, name=full)
    _, ph = phone()

    def freshdesk():
        return T("{\"id\": ", str(R.randint(10000, 99999)), ", \"subject\": \"Cannot log in to courier app\", \"requester\": {\"name\": \"", E(P, jstr(full)), "\", \"email\": \"", E(EM, em),
                 "\", \"phone\": \"", E(PH, ph), "\"}, \"status\": 2, \"priority\": 3}\n")

    def helpscout():
        return T("{\"number\": ", str(R.randint(1000, 9999)), ", \"customer\": {\"first\": \"", E(P, jstr(g)), "\", \"last\": \"", E(P, jstr(f)), "\", \"email\": \"", E(EM, em),
                 "\"}, \"preview\": \"Refund not received\"}\n")

    def front():
        return T("{\"recipients\": [{\"handle\": \"", E(EM, em), "\", \"role\": \"from\"}, {\"handle\": \"", E(EM, "support@acme-logistics.io"), "\", \"role\": \"to\"}], \"blurb\": \"parcel never arrived, call me at ",
                 E(PH, ph), "\"}\n")

    def zoho():
        return T("\"contact\": {\n  \"firstName\": \"", E(P, jstr(g)), "\",\n  \"lastName\": \"", E(P, jstr(f)), "\",\n  \"mobile\": \"", E(PH, ph), "\",\n  \"email\": \"", E(EM, em), "\"\n}\n")

    def kayako():
        return T("Ticket #", str(R.randint(100000, 999999)), " — Requester: ", E(P, full), " <", E(EM, em), ">\nChannel: MAIL · Priority: High\n\nHi, the invoice export times out again. Phone: ", E(PH, ph), "\n")

    def osticket():
        return T("[osTicket] New Ticket Alert\nFrom: ", E(P, full), " <", E(EM, em), ">\nDepartment: Billing\nPhone: ", E(PH, ph), "\nCard on file charged twice: ",
                 E(CC, group(card()[1], [4, 4, 4, 4, 4])), "\n")
    return v(freshdesk, helpscout, front, zoho, kayako, osticket)


def f_smtp_transcripts():
    c, full, g, f = person(kind="latin")
    em = email(c, name=full)
    rc = email(None)
    ip = ipv4()
    user = em
    pw = password()

    def swaks():
        return T("=== Trying smtp.opsteam.net:587...\n=== Connected to smtp.opsteam.net.\n<-  220 smtp.opsteam.net ESMTP\n ~> EHLO build-07\n ~> AUTH LOGIN\n<~  334 VXNlcm5hbWU6\n ~> ",
                 base64.b64encode(user.encode()).decode(), "\n<~  334 UGFzc3dvcmQ6\n ~> ", E(G, base64.b64encode(pw.encode()).decode()), "\n<~  235 2.7.0 Authentication successful\n ~> MAIL FROM:<",
                 E(EM, em), ">\n ~> RCPT TO:<", E(EM, rc), ">\n")

    def postfix():
        return T("Dec  6 10:12:01 mx1 postfix/smtpd[2211]: 4Q", rs(8, string.ascii_uppercase + string.digits), ": client=unknown[", E(IP4, ip), "], sasl_method=LOGIN, sasl_username=", E(EM, em),
                 "\nDec  6 10:12:02 mx1 postfix/qmgr[901]: 4Q", rs(8, string.ascii_uppercase + string.digits), ": from=<", E(EM, em), ">, size=48211, nrcpt=1 (queue active)\n")

    def exim():
        return T("2026-12-06 10:12:01 1tJ", rs(3, ALNUM), "-000", rs(3, ALNUM), "-", rs(2, ALNUM), " <= ", E(EM, em), " H=(build-07) [", E(IP4, ip), "] P=esmtpsa X=TLS1.3:TLS_AES_256_GCM_SHA384:256 A=dovecot_login:",
                 E(EM, em), " S=2201\n")

    def exch():
        return T("PS> Get-MessageTrackingLog -Recipients ", E(EM, rc), " -Start \"12/06/2026 09:00\" | ft Timestamp,EventId,Sender,MessageSubject\n\nTimestamp            EventId Sender                         MessageSubject\n---------            ------- ------                         --------------\n12/6/2026 9:14:02 AM DELIVER ",
                 E(EM, em), " Re: outage credit\n")

    def m365():
        return T("\"Received\",\"SenderAddress\",\"RecipientAddress\",\"Subject\",\"Status\",\"FromIP\"\n\"2026-12-06T09:14:02Z\",\"", E(EM, em), "\",\"", E(EM, rc), "\",\"Invoice 2026-11\",\"FilteredAsSpam\",\"",
                 E(IP4, ip), "\"\n")

    def opensmtpd():
        return T("smtp-in: session ", hexs(16), ": connected from ", E(IP6, ipv6()), "\nsmtp-in: session ", hexs(16), ": authentication username=", E(EM, em), " result=ok\n")
    return v(swaks, postfix, exim, exch, m365, opensmtpd)


def f_pay_switch():
    brand, pan = card()
    c, full, g, f = person(kind="latin")

    def jpos():
        return T("<isomsg direction=\"incoming\">\n  <field id=\"0\" value=\"0100\"/>\n  <field id=\"2\" value=\"", E(CC, pan), "\"/>\n  <field id=\"3\" value=\"000000\"/>\n  <field id=\"4\" value=\"000000012500\"/>\n  <field id=\"11\" value=\"",
                 str(R.randint(100000, 999999)), "\"/>\n</isomsg>\n")

    def track2():
        return T("2026-12-06 10:02:11 DEBUG pos.reader track2=;", E(CC, pan), "=2812101", str(R.randint(10000000, 99999999)), "? len=", str(len(pan) + 17), "\n")

    def track1():
        return T("MSR read ok: %B", E(CC, pan), "^", E(P, f.upper() + "/" + g.upper()), "^28121010000000000000?\n")

    def emv():
        return T("TLV dump\n  4F  A0000006581010\n  5A  ", E(CC, pan), "\n  5F24 281231\n  9F02 000000012500\n")

    def iso_text():
        return T("[ISO8583] MTI=0200\n  DE002 [", "%02d" % len(pan), "] ", E(CC, pan), "\n  DE004 [12] 000000004990\n  DE041 [08] T", str(R.randint(1000000, 9999999)), "\n")

    def areq():
        return T("{\"messageType\": \"AReq\", \"acctNumber\": \"", E(CC, pan), "\", \"cardholderName\": \"", E(P, full), "\", \"purchaseAmount\": \"4990\", \"threeDSServerTransID\": \"", uuid(), "\"}\n")

    def gateway():
        return T("WARN  gw.router no BIN route for brand=", brand, " pan=", E(CC, group(pan, [4, 4, 4, 4])), " amount=49.90 currency=TRY fallback=acquirer-b\n")
    return v(jpos, track2, track1, emv, iso_text, areq, gateway)


def f_qr_bills():
    c, full, g, f = person(kind="latin")
    c2, full2, _, _ = person(kind="latin")

    def swiss():
        return T("SPC\n0200\n1\n", E(IB, iban(pick(["CH", "LI"]))), "\nS\nAcme Logistik AG\nIndustriestrasse\n4\n8604\nVolketswil\nCH\n\n\n\n\n\n\n\n49.90\nCHF\nS\n", E(P, full),
                 "\n\n\n\n\nCH\nNON\n\nRechnung 2026-118\nEPD\n")

    def epc():
        return T("BCD\n002\n1\nSCT\n", pick(["BPSMSMSM", "BACAADAD", "IOPRVAVX"]), "\n", E(P, full), "\n", E(IB, iban(pick(["SM", "AD", "VA"]))), "\nEUR120.00\n\n\nInvoice 2026-11-0042\n")

    def mt103():
        return T("{1:F01ACMEGB2LAXXX0000000000}{2:I103BPSMSMSMXXXXN}{4:\n:20:PAY", str(R.randint(100000, 999999)), "\n:23B:CRED\n:32A:261206EUR1250,00\n:50K:/", E(IB, iban()), "\n", E(P, full.upper()),
                 "\n:59:/", E(IB, iban()), "\n", E(P, full2.upper()), "\n:71A:SHA\n-}\n")

    def pain001():
        return T("<CdtTrfTxInf>\n  <Amt><InstdAmt Ccy=\"EUR\">310.00</InstdAmt></Amt>\n  <Cdtr><Nm>", E(P, full), "</Nm></Cdtr>\n  <CdtrAcct><Id><IBAN>", E(IB, iban()), "</IBAN></Id></CdtrAcct>\n</CdtTrfTxInf>\n")

    def pix():
        em = email(c, name=full)
        gui = "0014br.gov.bcb.pix01%02d" % len(em)
        return T("00020126%02d" % (len(gui) + len(em)), gui, E(EM, em), "5204000053039865405", "49.90", "5802BR59%02d" % len(full), E(P, full), "6009SAO PAULO62070503***6304", hexs(4).upper(), "\n")

    def payout_err():
        return T("payout po_", rs(14), " failed: beneficiary ", E(P, full), " account ", E(IB, iban_grouped(iban())), " rejected (AC04 closed account)\n")
    return v(swiss, epc, mt103, pain001, pix, payout_err)


HDR = {"ru-cyr": ("ФИО;Телефон;Email;Город", ";Москва"), "uk-cyr": ("ПІБ;Телефон;Email;Місто", ";Київ"), "el": ("Ονοματεπώνυμο;Τηλέφωνο;Email;Πόλη", ";Αθήνα"),
       "ar": ("الاسم;الهاتف;البريد;المدينة", ";عمّان"), "he": ("שם;טלפון;דוא\"ל;עיר", ";חיפה"), "hi": ("नाम;फ़ोन;ईमेल;शहर", ";पुणे"), "th": ("ชื่อ;โทรศัพท์;อีเมล;จังหวัด", ";เชียงใหม่"),
       "zh": ("姓名;电话;邮箱;城市", ";成都"), "ja": ("氏名;電話番号;メール;都道府県", ";大阪府"), "ko": ("이름;전화번호;이메일;도시", ";부산"), "ka": ("სახელი;ტელეფონი;ელფოსტა;ქალაქი", ";ბათუმი"),
       "hy": ("Անուն;Հեռախոս;Էլ. փոստ;Քաղաք", ";Գյումրի"), "am": ("ስም;ስልክ;ኢሜል;ከተማ", ";ባህር ዳር"), "ta": ("பெயர்;தொலைபேசி;மின்னஞ்சல்;நகரம்", ";மதுரை"),
       "bn": ("নাম;ফোন;ইমেইল;শহর", ";খুলনা"), "fa": ("نام;تلفن;ایمیل;شهر", ";هرات")}


def f_crm_scripts():
    c, full, g, f = person(kind="script")
    c2, full2, _, _ = person(c)
    hdr, city = HDR[c]
    _, ph = phone()
    _, ph2 = phone()
    t = T(hdr, "\n", E(P, full), ";", E(PH, ph), ";", E(EM, email(c, name=full)), city, "\n", E(P, full2), ";", E(PH, ph2), ";", E(EM, email(c2, local=ASCII_NAME[c2] + "2")), city, "\n")
    if R.random() < 0.4:
        hdr2 = hdr.replace(";", "\t")
        t = T(hdr2, "\n", E(P, full), "\t", E(PH, ph), "\t", E(EM, email(c, name=full)), city.replace(";", "\t"), "\n")
    return t


SUPPORT = {
    "ru-cyr": ("Здравствуйте! Меня зовут {n}. Не могу войти в личный кабинет после обновления. Мой телефон: {p}.\nС уважением, {n}", "Добрый день, {a}. Передали инженерам."),
    "uk-cyr": ("Добрий день! Мене звати {n}. Оплата пройшла двічі. Телефон для зв'язку: {p}.\nДякую, {n}", "Вітаю, {a}. Перевіряємо."),
    "el": ("Καλησπέρα, είμαι η {n}. Η εφαρμογή κολλάει στην πληρωμή. Τηλέφωνο: {p}\nΕυχαριστώ, {n}", "Γεια σας, είμαι ο {a} από την υποστήριξη."),
    "ar": ("مرحباً، اسمي {n}. لا أستطيع تسجيل الدخول منذ الأمس. رقم هاتفي {p}\nشكراً، {n}", "أهلاً، معك {a} من فريق الدعم."),
    "he": ("שלום, שמי {n}. החיוב בוצע פעמיים. הטלפון שלי {p}\nתודה, {n}", "שלום, כאן {a} מהתמיכה."),
    "hi": ("नमस्ते, मेरा नाम {n} है। ऐप में लॉगिन नहीं हो रहा। मेरा नंबर {p} है।\nधन्यवाद, {n}", "नमस्ते, मैं {a} सपोर्ट टीम से।"),
    "th": ("สวัสดีค่ะ ดิฉันชื่อ {n} ชำระเงินแล้วแต่สถานะยังไม่เปลี่ยน เบอร์โทร {p}\nขอบคุณค่ะ {n}", "สวัสดีครับ ผม {a} จากฝ่ายสนับสนุน"),
    "zh": ("您好，我是{n}。订单一直显示待发货。我的电话是 {p}。\n谢谢，{n}", "您好，我是客服{a}。"),
    "ja": ("お世話になっております。{n}です。ログインできません。電話番号は {p} です。\nよろしくお願いします。{n}", "{a}です。担当に確認します。"),
    "ko": ("안녕하세요, {n}입니다. 결제가 두 번 되었습니다. 연락처는 {p}입니다.\n감사합니다. {n}", "안녕하세요, 고객지원팀 {a}입니다."),
    "ka": ("გამარჯობა, მე ვარ {n}. აპლიკაციაში შესვლა ვერ ხერხდება. ტელეფონი: {p}\nმადლობა, {n}", "გამარჯობა, {a} მხარდაჭერიდან."),
    "hy": ("Բարև, ես {n}ն եմ։ Վճարումը երկու անգամ է գանձվել։ Հեռախոս՝ {p}\nՇնորհակալություն, {n}", "Բարև, ես {a}ն եմ աջակցման թիմից։"),
    "am": ("ሰላም፣ ስሜ {n} ነው። መግባት አልቻልኩም። ስልኬ {p} ነው።\nአመሰግናለሁ፣ {n}", "ሰላም፣ እኔ {a} ነኝ።"),
    "fa": ("سلام، من {n} هستم. پرداخت دو بار انجام شد. شماره تماس: {p}\nممنون، {n}", "سلام، {a} از پشتیبانی هستم."),
}


def f_support_scripts():
    c = pick(sorted(SUPPORT))
    _, full, g, f = person(c)
    _, agent, ag, _ = person(c)
    _, ph = phone()
    msg, reply = SUPPORT[c]
    t = T("Ticket #", str(R.randint(100000, 999999)), " — channel: web\n\n")
    # fill the template, labelling each name and the phone
    import re
    for tmpl, vals in ((msg, {"n": full, "p": ph}), (reply, {"a": agent})):
        pos = 0
        for m in re.finditer(r"\{(\w)\}", tmpl):
            t.add(tmpl[pos:m.start()])
            key = m.group(1)
            t.add(E(PH if key == "p" else P, vals[key]))
            pos = m.end()
        t.add(tmpl[pos:], "\n\n")
    t.text = t.text.rstrip("\n") + "\n"
    return t


def f_ics_calendar():
    c, full, g, f = person()
    c2, full2, _, _ = person()
    em, em2 = email(c, name=full), email(c2, name=full2)
    _, ph = phone()

    def invite():
        return T("BEGIN:VEVENT\nUID:", uuid(), "\nSUMMARY:Postmortem INC-", str(R.randint(1000, 9999)), "\nORGANIZER;CN=", E(P, full), ":mailto:", E(EM, em), "\nATTENDEE;ROLE=REQ-PARTICIPANT;CN=\"", E(P, full2),
                 "\":mailto:", E(EM, em2), "\nDESCRIPTION:Bridge: ", E(PH, ph), "\nEND:VEVENT\n")

    def handover():
        return T("BEGIN:VEVENT\nDTSTART:20261208T080000Z\nDTEND:20261215T080000Z\nSUMMARY:Primary on-call: ", E(P, full), "\nDESCRIPTION:Escalation phone ", E(PH, ph), "\\nSecondary: ", E(P, full2),
                 "\nEND:VEVENT\n")

    def reply():
        return T("METHOD:REPLY\nBEGIN:VEVENT\nATTENDEE;PARTSTAT=DECLINED;CN=", E(P, full2), ":mailto:", E(EM, em2), "\nCOMMENT:on leave, ask ", E(P, full), "\nEND:VEVENT\n")
    return v(invite, handover, reply)


def f_git_people():
    c, full, g, f = person()
    c2, full2, _, _ = person()
    em, em2 = email(c, name=full), email(c2, name=full2)
    sha = hexs(40)

    def fuller():
        return T("commit ", sha, "\nAuthor:     ", E(P, full), " <", E(EM, em), ">\nAuthorDate: Fri Dec 5 18:02:11 2026 +0300\nCommit:     ", E(P, full2), " <", E(EM, em2),
                 ">\nCommitDate: Sat Dec 6 09:14:40 2026 +0100\n\n    ledger: retry advisory lock on failover\n")

    def trailers():
        return T("    net: fix MTU probe on bonded links\n\n    Reported-by: ", E(P, full2), " <", E(EM, em2), ">\n    Signed-off-by: ", E(P, full), " <", E(EM, em), ">\n    Acked-by: ", E(P, full2), " <",
                 E(EM, em2), ">\n")

    def hg():
        return T("changeset:   ", str(R.randint(1000, 9999)), ":", hexs(12), "\nuser:        ", E(P, full), " <", E(EM, em), ">\ndate:        Sat Dec 06 09:14:40 2026 +0100\nsummary:     bump tls ciphers\n")

    def gerrit():
        return T("{\"project\":\"infra/ledger\",\"branch\":\"main\",\"number\":", str(R.randint(10000, 99999)), ",\"owner\":{\"name\":\"", E(P, jstr(full)), "\",\"email\":\"", E(EM, em),
                 "\",\"username\":\"", ASCII_NAME[c].split(".")[0], "\"},\"status\":\"NEW\"}\n")

    def debian():
        return T("ledger-agent (1.18.2-1) unstable; urgency=medium\n\n  * Rotate journald logs hourly.\n\n -- ", E(P, full), " <", E(EM, em), ">  Sat, 06 Dec 2026 09:14:40 +0100\n")

    def rpm():
        return T("%changelog\n* Sat Dec 06 2026 ", E(P, full), " <", E(EM, em), "> - 1.18.2-1\n- Rotate journald logs hourly\n")

    def mailmap():
        return T("# .mailmap\n", E(P, full), " <", E(EM, em), "> <", E(EM, email(c, local="ci-" + ASCII_NAME[c].split(".")[0])), ">\n")
    return v(fuller, trailers, hg, gerrit, debian, rpm, mailmap)


def f_oncall_configs():
    c, full, g, f = person()
    em = email(c, name=full)
    _, ph = phone()
    login = ASCII_NAME[c].split(".")[0]

    def nagios():
        return T("define contact {\n    contact_name    ", login, "\n    alias           ", E(P, full), "\n    email           ", E(EM, em), "\n    pager           ", E(PH, ph), "\n    use             generic-contact\n}\n")

    def icinga():
        return T("object User \"", login, "\" {\n  display_name = \"", E(P, full), "\"\n  email = \"", E(EM, em), "\"\n  pager = \"", E(PH, ph), "\"\n  groups = [ \"sre\" ]\n}\n")

    def zabbix():
        return T("Problem: Disk space is low on db-eu-2\nSent to ", E(PH, ph), " (", E(P, full), ") via SMS: Sent\n")

    def victorops():
        return T("12:04 CET  Paged ", E(P, full), " via push, SMS (", E(PH, ph), ")\n12:09 CET  Incident #", str(R.randint(1000, 9999)), " acknowledged by ", E(P, full), "\n")

    def oncall_json():
        return T("{\"schedule\": \"primary\", \"shifts\": [{\"start\": \"2026-12-08T08:00:00Z\", \"users\": [{\"username\": \"", login, "\", \"name\": \"", E(P, jstr(full)), "\", \"email\": \"", E(EM, em),
                 "\"}]}]}\n")

    def xmatters():
        return T("Notification to ", E(P, full), " | Device: Mobile Phone ", E(PH, ph), " | Response: ACKNOWLEDGE | 2026-12-06 10:02 UTC\n")
    return v(nagios, icinga, zabbix, victorops, oncall_json, xmatters)


def f_dhcp_mac():
    m, ip = mac(), ipv4()

    def kea():
        return T("address,hwaddr,client_id,valid_lifetime,expire,subnet_id,fqdn_fwd,fqdn_rev,hostname,state\n", E(IP4, ip), ",", E(MC, m), ",,3600,1765015200,3,0,0,pos-term-14,0\n")

    def dnsmasq():
        return T("1765015200 ", E(MC, m), " ", E(IP4, ip), " printer-3f *\n1765015311 ", E(MC, mac()), " ", E(IP4, ipv4()), " * *\n")

    def mikrotik():
        return T("[admin@gw-branch7] > /ip dhcp-server lease print\nFlags: D - DYNAMIC\nColumns: ADDRESS, MAC-ADDRESS, HOST-NAME, SERVER, STATUS\n#   ADDRESS        MAC-ADDRESS        HOST-NAME  SERVER  STATUS\n0 D ", E(IP4, ip), "  ",
                 E(MC, m.upper()), "  scanner-2  dhcp1   bound\n")

    def radius():
        return T("Sat Dec  6 10:02:11 2026\n\tAcct-Status-Type = Start\n\tUser-Name = \"host/KIOSK-07.corp\"\n\tCalling-Station-Id = \"", E(MC, mac("-")), "\"\n\tFramed-IP-Address = ", E(IP4, ip), "\n\tNAS-Identifier = \"wlc-2\"\n")

    def windows():
        return T("PS> Get-DhcpServerv4Lease -ScopeId 10.40.0.0\n\nIPAddress       ScopeId         ClientId             HostName             AddressState\n---------       -------         --------             --------             ------------\n",
                 E(IP4, ip), "  10.40.0.0       ", E(MC, mac("-").lower()), "    KIOSK-07.corp        Active\n")

    def juniper():
        return T("root@edge-1> show arp no-resolve\nMAC Address       Address         Interface                Flags\n", E(MC, m), " ", E(IP4, ip), "    ge-0/0/1.0               none\n")

    def ndp():
        return T("$ ip -6 neigh show dev eth0\n", E(IP6, ipv6()), " lladdr ", E(MC, m), " REACHABLE\n")
    return v(kea, dnsmasq, mikrotik, radius, windows, juniper, ndp)


def f_edge_logs():
    ip, ip6 = ipv4(), ipv6()
    c, full, g, f = person(kind="latin")
    em = email(c, name=full)

    def caddy():
        return T("{\"level\":\"info\",\"ts\":1765015200.118,\"logger\":\"http.log.access\",\"msg\":\"handled request\",\"request\":{\"remote_ip\":\"", E(IP6, ip6), "\",\"remote_port\":\"51522\",\"client_ip\":\"",
                 E(IP6, ip6), "\",\"proto\":\"HTTP/2.0\",\"method\":\"GET\",\"uri\":\"/api/track?email=", E(EM, em.replace("@", "%40")), "\"},\"status\":200}\n")

    def traefik():
        return T(E(IP4, ip), " - - [06/Dec/2026:10:02:11 +0000] \"POST /login HTTP/1.1\" 302 0 \"-\" \"Mozilla/5.0\" 18211 \"web-secure@docker\" \"http://", E(IP4, "172.18.0.5"), ":8080\" 12ms\n")

    def fail2ban():
        return T("2026-12-06 10:02:11,118 fail2ban.actions [812]: NOTICE  [sshd] Ban ", E(IP4, ip), "\n2026-12-06 10:12:11,501 fail2ban.actions [812]: NOTICE  [sshd] Unban ", E(IP4, ipv4()), "\n")

    def sshd():
        return T("Dec  6 10:02:11 bastion sshd[4412]: Accepted publickey for ops from ", E(IP6, ip6), " port 50122 ssh2: ED25519 SHA256:", rs(43, ALNUM + "+/"), "\n")

    def cloudflare():
        return T("{\"ClientIP\":\"", E(IP4, ip), "\",\"ClientRequestHost\":\"shop.acme-logistics.io\",\"ClientRequestURI\":\"/account?user=", E(EM, em), "\",\"EdgeResponseStatus\":403,\"RayID\":\"",
                 hexs(16), "\"}\n")

    def squid():
        return T("1765015200.118    211 ", E(IP4, ip), " TCP_TUNNEL/200 5120 CONNECT api.stripe.com:443 ", E(EM, em), " HIER_DIRECT/api.stripe.com -\n")

    def varnish():
        return T(E(IP6, ip6), " - - [06/Dec/2026:10:02:11 +0000] \"GET http://shop/checkout?name=", E(P, full.replace(" ", "+")), " HTTP/1.1\" 200 5120 \"-\" \"curl/8.5.0\"\n")
    return v(caddy, traefik, fail2ban, sshd, cloudflare, squid, varnish)


def f_crash_reporters():
    c, full, g, f = person()
    em = email(c, name=full)
    ip = ipv4()

    def bugsnag():
        return T("{\"apiKey\": \"", E(G, hexs(32)), "\", \"events\": [{\"exceptions\": [{\"errorClass\": \"NullPointerException\"}], \"user\": {\"id\": \"", str(R.randint(10000, 99999)), "\", \"name\": \"",
                 E(P, jstr(full)), "\", \"email\": \"", E(EM, em), "\"}}]}\n")

    def rollbar():
        return T("{\"access_token\": \"", E(G, hexs(32)), "\", \"data\": {\"environment\": \"production\", \"person\": {\"id\": \"", str(R.randint(10000, 99999)), "\", \"username\": \"",
                 ASCII_NAME[c].split(".")[0], "\", \"email\": \"", E(EM, em), "\"}, \"request\": {\"user_ip\": \"", E(IP4, ip), "\"}}}\n")

    def raygun():
        return T("\"User\": {\n  \"Identifier\": \"", E(EM, em), "\",\n  \"IsAnonymous\": false,\n  \"FullName\": \"", E(P, jstr(full)), "\"\n},\n\"Request\": {\"IPAddress\": \"", E(IP4, ip), "\"}\n")

    def crashlytics():
        return T("Crashlytics - Custom keys\n  user_email = ", E(EM, em), "\n  last_screen = CheckoutFragment\n  user_name = ", E(P, full), "\n")

    def airbrake():
        return T("{\"context\": {\"severity\": \"error\", \"user\": {\"id\": \"", str(R.randint(10000, 99999)), "\", \"name\": \"", E(P, jstr(full)), "\", \"email\": \"", E(EM, em), "\"}, \"userAddr\": \"",
                 E(IP4, ip), "\"}}\n")

    def honeybadger():
        return T("POST https://api.honeybadger.io/v1/notices\nX-API-Key: ", E(G, rs(24, ALNUM)), "\n{\"request\": {\"context\": {\"user_email\": \"", E(EM, em), "\"}}}\n")
    return v(bugsnag, rollbar, raygun, crashlytics, airbrake, honeybadger)


FAMILIES = [f_chat_exports9, f_helpdesk_json, f_smtp_transcripts, f_pay_switch, f_qr_bills, f_crm_scripts, f_support_scripts, f_ics_calendar, f_git_people,
            f_oncall_configs, f_dhcp_mac, f_edge_logs, f_crash_reporters]
