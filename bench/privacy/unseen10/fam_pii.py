"""Personal-data families of unseen10: cultures, scripts, regions, card brands and layouts no earlier set used."""
from gen import (T, E, ch, R, rs, hexs, b64, digits, uid, name_script, name_latin, phone, email_for, ascii_handle, card, group, FULLWIDTH,
                 any_iban, ipv4, ipv6, mac, NAMES_LATIN, TITLES, NAMES_SCRIPT, PHONES)

P, PH, EM, CC, IB = "PERSON", "PHONE", "EMAIL", "CREDIT_CARD", "IBAN"

TICKET = {  # script: (opening with the caller's name, sign-off word)
    "Gujarati": ("નમસ્તે, હું {n} છું. મારો મોબાઇલ {p} છે, એપ લોગિન થતું નથી.", "આભાર,"),
    "Gurmukhi": ("ਸਤ ਸ੍ਰੀ ਅਕਾਲ, ਮੈਂ {n} ਹਾਂ। ਮੇਰਾ ਨੰਬਰ {p} ਹੈ, ਐਪ ਵਿੱਚ ਲੌਗਇਨ ਨਹੀਂ ਹੋ ਰਿਹਾ।", "ਧੰਨਵਾਦ,"),
    "Telugu": ("నమస్తే, నేను {n}. నా ఫోన్ నంబర్ {p}, యాప్‌లో లాగిన్ కావడం లేదు.", "ధన్యవాదాలు,"),
    "Kannada": ("ನಮಸ್ಕಾರ, ನಾನು {n}. ನನ್ನ ಫೋನ್ ಸಂಖ್ಯೆ {p}, ಆಪ್ ಲಾಗಿನ್ ಆಗುತ್ತಿಲ್ಲ.", "ಧನ್ಯವಾದಗಳು,"),
    "Malayalam": ("നമസ്കാരം, ഞാൻ {n}. എന്റെ ഫോൺ നമ്പർ {p}, ആപ്പിൽ ലോഗിൻ ചെയ്യാൻ കഴിയുന്നില്ല.", "നന്ദി,"),
    "Sinhala": ("ආයුබෝවන්, මම {n}. මගේ දුරකථන අංකය {p}. ඇප් එකට ලොග් වෙන්න බැහැ.", "ස්තූතියි,"),
    "Odia": ("ନମସ୍କାର, ମୁଁ {n}। ମୋ ଫୋନ୍ ନମ୍ବର {p}, ଆପ୍ ଲଗଇନ୍ ହେଉନାହିଁ।", "ଧନ୍ୟବାଦ,"),
    "Khmer": ("សួស្តី ខ្ញុំឈ្មោះ {n}។ លេខទូរស័ព្ទ {p}។ ខ្ញុំមិនអាចចូលកម្មវិធីបានទេ។", "អរគុណ,"),
    "Lao": ("ສະບາຍດີ, ຂ້ອຍຊື່ {n}. ເບີໂທ {p}. ເຂົ້າລະບົບບໍ່ໄດ້.", "ຂອບໃຈ,"),
    "Myanmar": ("မင်္ဂလာပါ၊ ကျွန်တော် {n} ပါ။ ဖုန်း {p} ပါ။ အက်ပ်ထဲ ဝင်လို့မရပါ။", "ကျေးဇူးတင်ပါတယ်,"),
    "Tibetan": ("བཀྲ་ཤིས་བདེ་ལེགས། ང་ {n} ཡིན། ཁ་པར་ {p}", "ཐུགས་རྗེ་ཆེ།"),
    "Thaana": ("އައްސަލާމު ޢަލައިކުމް، އަހަރެން {n}. ފޯނު {p}. އެޕަށް ލޮގިން ނުވޭ.", "ޝުކުރިއްޔާ،"),
    "Urdu": ("السلام علیکم، میں {n} ہوں۔ میرا نمبر {p} ہے، ایپ میں لاگ ان نہیں ہو رہا۔", "شکریہ،"),
    "Serbian": ("Поштовани, ја сам {n}, мој број је {p}. Не могу да се пријавим у апликацију.", "Хвала,"),
    "Mongolian": ("Сайн байна уу, би {n}. Миний утас {p}. Апп руу нэвтэрч чадахгүй байна.", "Баярлалаа,"),
    "Kazakh": ("Сәлеметсіз бе, мен {n}. Телефоным {p}. Қосымшаға кіре алмай жүрмін.", "Рахмет,"),
}


def _fill(tmpl, **ents):
    pieces, rest = [], tmpl
    import re
    for m in re.finditer(r"\{(\w)\}", tmpl):
        pass
    parts = re.split(r"(\{\w\})", tmpl)
    for part in parts:
        if re.fullmatch(r"\{\w\}", part):
            pieces.append(ents[part[1]])
        elif part:
            pieces.append(part)
    return pieces


def p_tickets_scripts():
    s = ch(sorted(TICKET))
    n, agent = name_script(s), name_script(ch(sorted(NAMES_SCRIPT)))
    body, bye = TICKET[s]
    ph = phone()
    head = ch(["Ticket #" + digits(6) + " (" + ch(["e-mail", "web form", "WhatsApp", "Viber"]) + ")\n", "Subject: login\n\n", ""])
    return T(head, *_fill(body, n=E(P, n), p=E(PH, ph)), "\n", bye, "\n", E(P, n), "\n\n", ch(["-- agent: ", "Assigned to: ", "Reply by "]), E(P, agent), "\n")


def p_titled_names():
    g, f = ch(NAMES_LATIN)
    t = ch(TITLES)
    n = g + " " + f
    return ch([
        lambda: T("Sehr geehrte Frau ", ch(["Mag.", "Dr.", "Dipl.-Ing.", "Prof. Dr.", "Mag. Dr."]), " ", E(P, n), ",\nIhr Zugang wurde entsperrt. Rückfragen bitte an ", E(EM, email_for(ascii_handle())), ".\nMit freundlichen Grüßen\n", ch(["Mag.", "Dipl.-Ing.", "Dr."]), " ", E(P, name_latin("gf")), "\n"),
        lambda: T("Vážený pan ", ch(["Ing.", "Mgr.", "Bc.", "Ing. Bc."]), " ", E(P, n), ",\nváš tiket byl uzavřen. Tel.: ", E(PH, phone()), "\n"),
        lambda: T("Kepada Yth. ", ch(["Bapak", "Ibu"]), " ", ch(["Ir.", "Hj.", "Dr."]), " ", E(P, n), ",\nakun Anda telah dipulihkan.\nSalam,\n", E(P, name_latin("gf")), "\n"),
        lambda: T("Attn: ", ch(["Engr.", "Alhaji", "Chief", "Dr."]), " ", E(P, n), " (", E(PH, phone()), ")\nRe: outage credit for site KAN-04\n"),
        lambda: T("Dear ", ch(["Atty.", "Engr.", "Dr."]), " ", E(P, n), ",\nYour ticket OPS-", digits(5), " has been escalated to ", E(P, name_latin("gf")), ".\n"),
        lambda: T("Estimada ", ch(["Dña.", "Sra.", "Dra."]), " ", E(P, n), ":\nle escribimos por la incidencia ", digits(6), ". Puede llamarnos al ", E(PH, phone()), ".\n"),
        lambda: T("Bonjour ", ch(["Mme", "M.", "Me"]), " ", E(P, n), ",\nvotre demande est en cours. Contact : ", E(EM, email_for(ascii_handle())), "\n"),
        lambda: T("Approved by: ", ch(["Shri", "Smt.", "Dr."]), " ", E(P, n), " (", E(PH, phone()), ")\n"),
    ])()


def p_manifests():
    rows = []
    for i in range(R.randint(2, 4)):
        g, f = ch(NAMES_LATIN)
        rows.append((f.upper(), g.upper() if R.random() < 0.4 else g))
    form = ch(["manifest", "roster", "hotel", "crew", "exam"])
    out = []
    if form == "manifest":
        out.append("FERRY MANIFEST  MV TAVEUNI STAR  06DEC26  DEP SUVA 2200\nSEQ  NAME                          NAT  SEAT\n")
        for i, (f, g) in enumerate(rows):
            out += ["%03d  " % (i + 1), E(P, f + "/" + g), "  ", ch(["FJI", "TON", "WSM", "NZL"]), "  ", str(R.randint(1, 90)) + ch("ABCD"), "\n"]
    elif form == "roster":
        out.append("Shift roster (NOC), week 49\n")
        for f, g in rows:
            out += ["- ", E(P, f + " " + g), ", ", E(PH, phone()), "\n"]
    elif form == "hotel":
        out.append("GUEST REGISTRATION / FICHE DE POLICE\n")
        for f, g in rows:
            out += ["Nom: ", E(P, f), "  Prénom: ", E(P, g), "  Tél: ", E(PH, phone()), "\n"]
    elif form == "crew":
        out.append("CREW LIST\n")
        for f, g in rows:
            out += [E(P, f + ", " + g), " | ", ch(["MASTER", "C/O", "2/O", "C/E", "AB"]), " | ", E(EM, email_for(ascii_handle())), "\n"]
    else:
        out.append("Candidate\tCentre\tScore\n")
        for f, g in rows:
            out += [E(P, f + " " + g), "\t", ch(["NOU", "PPT", "NAN", "APW"]), "\t", str(R.randint(40, 99)), "\n"]
    return T(*out)


def p_chat_exports():
    a, b = ch([name_script, lambda: name_latin("gf")])(), name_script(ch(["Serbian", "Mongolian", "Kazakh", "Urdu", "Sinhala", "Khmer"]))
    ph = phone()
    return ch([
        lambda: T("2026. 12. 6. 오후 3:04, ", E(P, a), " : 현장 연락처 ", E(PH, ph), "\n2026. 12. 6. 오후 3:06, ", E(P, b), " : 네 전화할게요\n"),
        lambda: T("[06/12/2026 15:04] ", E(P, a), ": call me on ", E(PH, ph), "\n[06/12/2026 15:05] ", E(P, b), ": ✓\n"),
        lambda: T('{"sender":{"name":"', E(P, a), '","id":"', hexs(24), '"},"text":"', "reach me at ", E(PH, ph), '","timestamp":1765033440}\n'),
        lambda: T("Webex meeting chat\n", E(P, a), " to Everyone 15:04\nmy mobile is ", E(PH, ph), " if the bridge drops\n"),
        lambda: T('{"chat_type":"group","sender_name":"', E(P, a), '","content":"email me: ', E(EM, email_for(ascii_handle())), '"}\n'),
        lambda: T("12/6/26, 3:04 PM - ", E(P, a), ": I'm on site, ", E(PH, ph), "\n12/6/26, 3:05 PM - ", E(P, b), ": ok\n"),
    ])()


def p_cards_layouts():
    brand, num = card()
    lay = ch(["plain", "space4", "dot", "full", "nbsp", "dash"])
    if lay == "space4":
        v = group(num, [4, 4, 4, 4, 3] if len(num) == 19 else [4, 6, 5] if len(num) == 15 else [4, 4, 4, 4])
    elif lay == "dot":
        v = group(num, [4, 4, 4, 4, 3], ".")
    elif lay == "full":
        v = group(num, [4, 4, 4, 4, 3]).translate(FULLWIDTH)
    elif lay == "nbsp":
        v = group(num, [4, 4, 4, 4, 3], "\u00a0")
    elif lay == "dash":
        v = group(num, [4, 4, 4, 4, 3], "-")
    else:
        v = num
    n = name_latin("gf")
    return ch([
        lambda: T("お客様より: カード番号 ", E(CC, v), " で決済できません。\n"),
        lambda: T("Ticket #", digits(6), ": customer ", E(P, n), " says the ", brand, " card ", E(CC, v), " was charged twice.\n"),
        lambda: T('<PaymentRequest><Card><Number>', E(CC, num), '</Number><Expiry>', "%02d%02d" % (R.randint(1, 12), R.randint(27, 31)), '</Expiry><Holder>', E(P, n.upper()), '</Holder></Card></PaymentRequest>\n'),
        lambda: T("2026-12-06 10:14:02 WARN  acquirer declined: pan=", E(CC, num), " brand=", brand.upper().replace(" ", "_"), " rc=05\n"),
        lambda: T("Номер картки: ", E(CC, v), "\nВласник: ", E(P, name_script(ch(["Serbian", "Kazakh", "Mongolian"]))), "\n"),
        lambda: T("|", E(CC, num), "|", "%02d/%02d" % (R.randint(1, 12), R.randint(27, 31)), "|", E(P, n), "|REFUND|\n"),
    ])()


def p_iban_layouts():
    cc = ch(["BR", "PT", "IT", "ES", "FR", "CR", "UA", "SA", "AE", "PK", "IL", "TR", "RO", "HU", "PL", "GR", "NO", "FI", "MR", "ME", "BA"])
    ib = any_iban(cc)
    lay = ch(["g4", "g4", "compact", "lower", "wrap"])
    if lay == "g4":
        v = group(ib, [4] * 9)
    elif lay == "lower":
        v = group(ib, [4] * 9).lower()
    elif lay == "wrap":
        g = group(ib, [4] * 9).split(" ")
        k = len(g) // 2
        v = " ".join(g[:k]) + "\n" + " ".join(g[k:])
    else:
        v = ib
    n = ch([name_latin, name_script])()
    return ch([
        lambda: T("Beneficiário: ", E(P, n), "\nIBAN: ", E(IB, v), "\n"),
        lambda: T("payout failed: account holder ", E(P, n), " iban=", E(IB, v), " reason=ACCOUNT_CLOSED\n"),
        lambda: T("Please update my bank details to\n", E(IB, v), "\nThanks, ", E(P, n), "\n"),
        lambda: T("Kontoinhaber;IBAN;Betrag\n", E(P, n), ";", E(IB, v.replace("\n", " ")), ";", str(R.randint(10, 9999)), ",", digits(2), "\n"),
        lambda: T('{"creditor":{"name":"', E(P, n), '"},"creditorAccount":{"iban":"', E(IB, ib), '"}}\n'),
    ])()


def p_phone_tables():
    regs = R.sample(sorted(PHONES), 3)
    return ch([
        lambda: T("Site contacts (outer islands)\n", *sum([[E(P, name_latin("gf")), " — ", E(PH, phone(r)), "\n"] for r in regs], [])),
        lambda: T('{"contacts":[', *sum([['{"wa_id":"', E(PH, phone(r, "e164")), '","profile":{"name":"', E(P, name_latin("gf")), '"}}', "," if i < 2 else ""] for i, r in enumerate(regs)], []), ']}\n'),
        lambda: T("SMS gateway: delivered to ", E(PH, phone(regs[0])), " (", regs[0], ") status=DELIVRD\nSMS gateway: failed to ", E(PH, phone(regs[1])), " (", regs[1], ") status=UNDELIV\n"),
        lambda: T("Escalation: call ", E(PH, phone(regs[0], "nat")), " then ", E(PH, phone(regs[1], "intl")), "\n"),
        lambda: T("callback_number=", E(PH, phone(regs[0], "00")), " region=", regs[0], " agent=", E(P, name_latin("gf")), "\n"),
    ])()


def p_dev_identities():
    n, m = name_latin("gf"), name_latin("gf")
    e = email_for(ascii_handle())
    g, f = ch(NAMES_LATIN)
    return ch([
        lambda: T("Source: acme-agent\nSection: admin\nPriority: optional\nMaintainer: ", E(P, n), " <", E(EM, e), ">\nUploaders: ", E(P, m), " <", E(EM, email_for(ascii_handle())), ">\n"),
        lambda: T('{\n  "name": "@acme/edge-agent",\n  "version": "4.2.1",\n  "author": "', E(P, n), ' <', E(EM, e), '> (https://acme.example.net)",\n  "license": "MIT"\n}\n'),
        lambda: T('[package]\nname = "edge-agent"\nversion = "0.9.3"\nauthors = ["', E(P, n), ' <', E(EM, e), '>"]\nedition = "2021"\n'),
        lambda: T("<developers>\n  <developer>\n    <id>", ascii_handle(), "</id>\n    <name>", E(P, n), "</name>\n    <email>", E(EM, e), "</email>\n  </developer>\n</developers>\n"),
        lambda: T("cff-version: 1.2.0\ntitle: edge-agent\nauthors:\n  - family-names: ", E(P, f), "\n    given-names: ", E(P, g), "\n    email: ", E(EM, e), "\n"),
        lambda: T('{\n  "creators": [\n    {"name": "', E(P, f + ", " + g), '", "affiliation": "University of the South Pacific"}\n  ]\n}\n'),
        lambda: T("# AUTHORS\n", E(P, n), " <", E(EM, e), ">\n", E(P, m), " <", E(EM, email_for(ascii_handle())), ">\n"),
        lambda: T("Gem::Specification.new do |spec|\n  spec.name    = \"edge_agent\"\n  spec.authors = [\"", E(P, n), "\"]\n  spec.email   = [\"", E(EM, e), "\"]\n"),
    ])()


def p_net_logs():
    a, b = ipv4(), ipv4()
    return ch([
        lambda: T("1765016042.118204\tC", rs(17), "\t", E("IPV4", a), "\t", str(R.randint(1024, 65535)), "\t", E("IPV4", b), "\t443\ttcp\tssl\t12.04\t1204\t88213\tSF\n"),
        lambda: T('{"timestamp":"2026-12-06T10:14:02.118+0000","event_type":"alert","src_ip":"', E("IPV6", ipv6()), '","src_port":51514,"dest_ip":"', E("IPV6", ipv6()), '","dest_port":22,"alert":{"signature":"ET SCAN SSH BruteForce"}}\n'),
        lambda: T("Dec  6 10:14:02 fw01 filterlog[", digits(5), "]: 5,,,1000000103,igb1,match,block,in,4,0x0,,64,", digits(5), ",0,DF,6,tcp,60,", E("IPV4", a), ",", E("IPV4", b), ",", str(R.randint(1024, 65535)), ",3389,0,S\n"),
        lambda: T("Dec 6 10:14:02 U6-Lite-Lobby hostapd: ath0: STA ", E("MAC", mac()), " IEEE 802.11: associated (aid 3)\n"),
        lambda: T("peer: ", b64(32), "\n  endpoint: ", E("IPV4", a), ":51820\n  allowed ips: 0.0.0.0/0, ::/0\n  latest handshake: 1 minute, 12 seconds ago\n"),
        lambda: T("<134>1 2026-12-06T10:14:02Z omada - - - [AP-2F] client ", E("MAC", mac()), " (", E("IPV4", a), ") connected to SSID Guest\n"),
    ])()


def p_bookings_forms():
    n, m = name_latin("gf"), name_script()
    return ch([
        lambda: T("First name,Last name,ID number,Email address,Quiz 3 (Real)\n", E(P, ch(NAMES_LATIN)[0]), ",", E(P, ch(NAMES_LATIN)[1]), ",", digits(7), ",", E(EM, email_for(ascii_handle(), "student.usp.ac.fj")), ",", str(R.randint(4, 10)), ".00\n"),
        lambda: T("Order #,Order Date,First Name,Last Name,Email,Ticket Type\n", digits(10), ",2026-12-06,", E(P, ch(NAMES_LATIN)[0]), ",", E(P, ch(NAMES_LATIN)[1]), ",", E(EM, email_for(ascii_handle())), ",Early bird\n"),
        lambda: T("Koha notice: Dear ", E(P, n), ", the following item is overdue: \"Site Reliability Engineering\" (due 2026-11-30). Library phone ", E(PH, phone()), "\n"),
        lambda: T("RENTAL AGREEMENT RA-", digits(8), "\nRenter: ", E(P, n), "\nMobile: ", E(PH, phone()), "\nPick-up: PPT Faa'a Intl\n"),
        lambda: T("SMS to ", E(PH, phone()), ": Dear ", E(P, m), ", your appointment at Clinic B is confirmed for 08 Dec 09:30.\n"),
        lambda: T("2026-12-06 08:02:11 door=HQ-L2 badge=", digits(6), " holder=\"", E(P, n), "\" result=GRANTED\n"),
    ])()


def p_analytics():
    n, e = name_latin("gf"), email_for(ascii_handle())
    return ch([
        lambda: T('{"type":"identify","userId":"u_', digits(7), '","traits":{"name":"', E(P, n), '","email":"', E(EM, e), '","plan":"pro"}}\n'),
        lambda: T('{"event":"$identify","distinct_id":"', uid(), '","properties":{"$set":{"email":"', E(EM, e), '","name":"', E(P, n), '"}}}\n'),
        lambda: T('{"$token":"', hexs(32), '","$distinct_id":"', digits(8), '","$set":{"$email":"', E(EM, e), '","$name":"', E(P, n), '","$phone":"', E(PH, phone(None, "e164")), '"}}\n'),
        lambda: T('{"user_id":"', digits(8), '","event_type":"checkout_failed","user_properties":{"full_name":"', E(P, n), '","mobile":"', E(PH, phone()), '"},"ip":"', E("IPV4", ipv4()), '"}\n'),
        lambda: T("Instabug report #", digits(5), "\nUser: ", E(P, n), " <", E(EM, e), ">\nDevice: iPhone 14, iOS 18.1\nSteps: app freezes on the payment screen\n"),
        lambda: T('{"app_key":"', hexs(40), '","device_id":"', uid(), '","user_details":{"name":"', E(P, n), '","email":"', E(EM, e), '","phone":"', E(PH, phone()), '"}}\n'),
    ])()


def p_voip_cdr():
    n, ph, ph2 = ch([name_latin, name_script])(), phone(None, ch(["intl", "e164"])), phone(None, "e164")
    return ch([
        lambda: T('{"variables":{"caller_id_name":"', E(P, n), '","caller_id_number":"', E(PH, ph), '","destination_number":"', digits(4), '","hangup_cause":"NORMAL_CLEARING","billsec":"182"}}\n'),
        lambda: T("Call Time,From,To,Direction,Status,Ringing,Talking\n2026-12-06 10:14:02,\"", E(P, n), " (", E(PH, ph2), ")\",Queue 800,Inbound,Answered,00:00:07,00:03:02\n"),
        lambda: T("acc: call=", hexs(16), "@pbx;from=<sip:", E(PH, ph2), "@pbx.example.net>;to=<sip:1001@pbx.example.net>;code=486;reason=Busy Here;src_ip=", E("IPV4", ipv4()), "\n"),
        lambda: T("callid=", digits(10), " 2026-12-06 10:14:02 trunk=SIP-Digicel clid=\"", E(P, n), "\" <", E(PH, ph), "> dur=65\n"),
    ])()


def p_email_forms():
    h = ascii_handle().replace(".", "")
    dom = ch(["mail.pf", "lime.ky", "moov-africa.td", "manx.net", "hormuud.so", "gmail.com"])
    n = name_latin("gf")
    return ch([
        lambda: T("Contact: ", E(P, n), ", ", E(EM, h + " [at] " + dom.replace(".", " [dot] ")), "\n"),
        lambda: T("email me at ", E(EM, h + "(at)" + dom), " — ", E(P, n), "\n"),
        lambda: T('<a href="mailto:', E(EM, h + "%2Bops%40" + dom), '">', E(P, n), '</a>\n'),
        lambda: T("From: ", E(P, n), " <", E(EM, h + "+noc@" + dom), ">\nSubject: Re: link down at Funafuti\n"),
        lambda: T("Reply-To: ", E(EM, h.upper() + "@" + dom.upper()), "\n"),
    ])()


FAMILIES = [p_tickets_scripts, p_titled_names, p_manifests, p_chat_exports, p_cards_layouts, p_iban_layouts, p_phone_tables,
            p_dev_identities, p_net_logs, p_bookings_forms, p_analytics, p_voip_cdr, p_email_forms]
