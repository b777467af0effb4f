"""Personal-data families of unseen11: names of other cultures and scripts as people write them, phones, cards and IBANs of other
countries and layouts, addresses in other places."""
from gen import E, T, J
from people import (SCRIPTS, SCRIPT_GREET, SCRIPT_TEXT, LATIN, TITLES, script_name, latin_name, any_name, phone, phone_any, email,
                    card, group_card, PERSIAN, ARABIC_INDIC, iban, group4, PHONE_REGIONS)

P, PH, EM, CC, IB, V4, V6, MC = "PERSON", "PHONE", "EMAIL", "CREDIT_CARD", "IBAN", "IPV4", "IPV6", "MAC"

SCRIPT_REGION = {"inuktitut": None, "tifinagh": "EH", "syriac": "SY", "pashto": None, "uyghur": None, "sorani": None,
                 "macedonian": "XK", "belarusian": None, "tajik": None, "tatar": None, "kyrgyz": None, "hk_han": None}


def p_ticket_scripts(g):
    """Support tickets written in a script no earlier set used, with the caller's name in that script, a phone, and the agent's name."""
    sc = g.pick(sorted(SCRIPTS))
    hi, thanks = SCRIPT_GREET[sc]
    complaint, tel, agent = SCRIPT_TEXT[sc]
    caller = script_name(g, sc)
    ag = script_name(g, sc)
    num = phone(g, SCRIPT_REGION[sc] or g.pick(PHONE_REGIONS))
    v = g.n(0, 2)
    if v == 0:
        return T("Ticket #", g.digits(6), " | channel: web | priority: P3\n", hi, " — ", complaint, ".\n", tel, ": ", E(PH, num), "\n", thanks, ",\n", E(P, caller), "\n---\n", agent, ": ", E(P, ag))
    if v == 1:
        return T("From: ", E(P, caller), " <", E(EM, email(g)), ">\nSubject: ", complaint, "\n\n", hi, ",\n", complaint, ". ", tel, " ", E(PH, num), ".\n\n", thanks, "\n", E(P, caller))
    return T("[", g.pick(["Zendesk", "Jira SM", "Freshservice"]), "] assignee=", E(P, ag), " requester=", E(P, caller), " phone=", E(PH, num), "\nsummary: ", complaint)


def p_latin_forms(g):
    """Latin-script names of cultures no earlier README lists, in the forms people write them: titles, upper-case surname first, comma forms, HK style."""
    cult = g.pick(sorted(LATIN))
    form = g.pick(["gf", "upper", "comma", "upper_comma", "gf"])
    name = latin_name(g, cult, form)
    title = g.pick(TITLES)
    v = g.n(0, 5)
    if v == 0:
        return T("Dear ", title, " ", E(P, name), ",\n\nyour access request ACC-", g.digits(5), " has been approved by ", E(P, latin_name(g, g.pick(sorted(LATIN)))), ".\n")
    if v == 1:
        return T("ON-CALL HANDOVER 06/12\nprimary:   ", E(P, name), "  ", E(PH, phone_any(g)), "\nsecondary: ", E(P, latin_name(g, g.pick(sorted(LATIN)), "upper")), "  ", E(PH, phone_any(g)), "\n")
    if v == 2:
        return T("Visitor log — DC AMS1\n06.12.2026 08:12  ", E(P, name), "  (", g.pick(["Contractor", "Auditor", "Vendor"]), ")  escort: ", E(P, latin_name(g, g.pick(sorted(LATIN)))), "  badge V-", g.digits(3), "\n")
    if v == 3:
        return T("Name of account holder: ", title, " ", E(P, name), "\nContact: ", E(EM, email(g)), "\n")
    if v == 4:
        return T("| Role | Name |\n|---|---|\n| Incident commander | ", E(P, name), " |\n| Scribe | ", E(P, latin_name(g, g.pick(sorted(LATIN)), "comma")), " |\n")
    return T("-- \n", title, " ", E(P, name), "\n", g.pick(["Head of Infrastructure", "Site Reliability Lead", "Network Engineer"]), "\nTel. ", E(PH, phone_any(g)))


def p_phones_regions(g):
    """Phones of 21 regions no earlier README lists in national, international, E.164, 00 and tel: forms."""
    reg = g.pick(PHONE_REGIONS)
    v = g.n(0, 5)
    name = any_name(g)
    if v == 0:
        return T("SMS gateway: delivery failed to=", E(PH, phone(g, reg, "e164")), " status=UNDELIVERED err=0x", g.hex(2), "\n")
    if v == 1:
        return T("Callback requested by ", E(P, name), " on ", E(PH, phone(g, reg, "nat")), " (region ", reg, ")\n")
    if v == 2:
        return T("<a href=\"tel:", E(PH, phone(g, reg, "e164")), "\">Call the site manager</a>\n")
    if v == 3:
        return T("contact_phone: \"", E(PH, phone(g, reg, "intl")), "\"\nescalation_phone: \"", E(PH, phone(g, reg, "intl")), "\"\n")
    if v == 4:
        return T("2026-12-06 14:02:11 WARN otp-sender: rate limit hit for msisdn=", E(PH, phone(g, reg, "e164").lstrip("+")), " tries=6\n")
    return T("Customer: ", E(P, name), "\nTel: ", E(PH, phone(g, reg, "nat")), " / ", E(PH, phone(g, reg, "intl")), "\n")


def p_cards_layouts(g):
    """Cards of brands no earlier README names (Napas, Shetab, DinaCard, mada, Prostir, ArCa, Elcart, Carnet, T-Union, Diners 14, Amex 15, Maestro UK, Korti Milli), in Persian and Arabic-Indic digits and other groupings."""
    v = g.n(0, 6)
    if v == 0:
        b, num = card(g, "shetab")
        return T("تیکت پشتیبانی: مبلغ از کارت ", E(CC, "-".join(num[i:i + 4] for i in range(0, 16, 4)).translate(PERSIAN)), " کسر شد ولی سفارش ثبت نشد.\nنام: ", E(P, g.pick(["مریم", "علی", "زهرا", "رضا"]) + " " + g.pick(["احمدی", "حسینی", "کریمی", "رضایی"])), "\n")
    if v == 1:
        b, num = card(g, "mada")
        return T("رقم البطاقة: ", E(CC, " ".join(num[i:i + 4] for i in range(0, 16, 4)).translate(ARABIC_INDIC)), "\nالعميل يطلب استرداد المبلغ.\n")
    if v == 2:
        b, num = card(g, "napas")
        return T("Khách hàng báo lỗi thanh toán thẻ ", E(CC, group_card(num, " ")), " (NAPAS) lúc 14:02.\n")
    if v == 3:
        b, num = card(g, g.pick(["dinacard", "prostir", "arca", "elcart", "korti_milli", "maestro_uk", "carnet"]))
        return T("payment_failed card_number=", E(CC, num), " brand=", b, " reason=issuer_unavailable\n")
    if v == 4:
        b, num = card(g, "tunion")
        return T("{\"pan\": \"", E(CC, num), "\", \"scheme\": \"T-UNION\", \"amount\": ", str(g.n(100, 9999)), "}")
    if v == 5:
        b, num = card(g, "diners")
        return T("Card on file: ", E(CC, group_card(num, " ")), " exp 09/29 — customer asked to remove it\n")
    b, num = card(g, "amex")
    return T("Charge dispute: card ", E(CC, group_card(num, "-")), ", cardholder ", E(P, latin_name(g, g.pick(sorted(LATIN)), "upper")), "\n")


def p_iban_layouts(g):
    """IBANs of RU, DJ, GI, VG, CR, UA and LB: compact, grouped, with dashes, in Cyrillic or Arabic context, in a SEPA-like XML, split BBAN labels."""
    cc, ib = iban(g)
    v = g.n(0, 5)
    if v == 0:
        return T("Получатель: ", E(P, script_name(g, g.pick(["belarusian", "tatar", "kyrgyz"]))), "\nСчёт (IBAN): ", E(IB, ib), "\n")
    if v == 1:
        return T("Beneficiary IBAN: ", E(IB, group4(ib)), "\nBeneficiary: ", E(P, latin_name(g, g.pick(sorted(LATIN)))), "\n")
    if v == 2:
        return T("الحساب الدولي: ", E(IB, group4(ib)), " — يرجى التحويل قبل نهاية الشهر\n")
    if v == 3:
        return T("<CdtrAcct><Id><IBAN>", E(IB, ib), "</IBAN></Id></CdtrAcct>")
    if v == 4:
        return T("payout_error: invalid_bic for account ", E(IB, group4(ib, "-")), " (", cc, ")\n")
    return T("IBAN ", E(IB, ib.lower()), "  name: ", E(P, any_name(g)), "\n")


def p_contact_centre(g):
    """Contact-centre records: Amazon Connect CTRs, Twilio call JSON, Genesys conversations, Aircall webhooks, Zendesk Talk."""
    v = g.n(0, 4)
    a = phone_any(g)
    if v == 0:
        return T("{\"ContactId\": \"", g.uuid(), "\", \"Channel\": \"VOICE\", \"CustomerEndpoint\": {\"Address\": \"", E(PH, phone(g, None, "e164")), "\", \"Type\": \"TELEPHONE_NUMBER\"}, \"Agent\": {\"Username\": \"agent", g.digits(3), "\"}}")
    if v == 1:
        return T("{\"sid\": \"CA", g.hex(32), "\", \"from\": \"", E(PH, phone(g, None, "e164")), "\", \"to\": \"client:ivr-main\", \"status\": \"no-answer\", \"caller_name\": \"", E(P, latin_name(g, g.pick(sorted(LATIN)), "upper")), "\"}")
    if v == 2:
        return T("conversation ", g.uuid(), " participants: [customer ani=tel:", E(PH, phone(g, None, "e164")), " name=\"", E(P, any_name(g)), "\"] [agent name=\"", E(P, latin_name(g, g.pick(sorted(LATIN)))), "\"]")
    if v == 3:
        return T("{\"event\": \"call.ended\", \"data\": {\"raw_digits\": \"", E(PH, phone(g, None, "intl")), "\", \"contact\": {\"first_name\": \"", E(P, g.pick(LATIN["akan"][0])), "\", \"last_name\": \"", E(P, g.pick(LATIN["akan"][1])), "\"}, \"missed_call_reason\": \"out_of_opening_hours\"}}")
    return T("Voicemail from ", E(PH, a), " transcribed: \"Hi, this is ", E(P, latin_name(g, g.pick(sorted(LATIN)))), ", the badge reader at gate 3 is down again, please call back.\"\n")


def p_package_authors(g):
    """Authors in R DESCRIPTION, .cabal, .nuspec, podspec, composer.json, Julia Project.toml, Perl META, pyproject, Linux MAINTAINERS, Chart.yaml, OCI labels."""
    name = latin_name(g, g.pick(sorted(LATIN)))
    giv, fam, _ = LATIN[g.pick(["frisian", "sardinian", "slovene", "sorbian", "romansh", "luxembourgish"])]
    gv, fm = g.pick(giv), g.pick(fam)
    m = email(g)
    v = g.n(0, 9)
    if v == 0:
        return T("Authors@R: c(\n    person(\"", E(P, gv), "\", \"", E(P, fm), "\", email = \"", E(EM, m), "\", role = c(\"aut\", \"cre\")))\n")
    if v == 1:
        return T("maintainer:          ", E(P, name), " <", E(EM, m), ">\ncategory:            Network\n")
    if v == 2:
        return T("<metadata>\n  <id>Acme.Telemetry</id>\n  <version>3.2.1</version>\n  <authors>", E(P, name), "</authors>\n</metadata>")
    if v == 3:
        return T("  s.authors = { '", E(P, name), "' => '", E(EM, m), "' }\n")
    if v == 4:
        return T("\"authors\": [\n    {\"name\": \"", E(P, name), "\", \"email\": \"", E(EM, m), "\", \"role\": \"Developer\"}\n]")
    if v == 5:
        return T("name = \"NetProbes\"\nuuid = \"", g.uuid(), "\"\nauthors = [\"", E(P, name), " <", E(EM, m), ">\"]\n")
    if v == 6:
        return T("authors = [\n  { name = \"", E(P, name), "\", email = \"", E(EM, m), "\" },\n]\n")
    if v == 7:
        return T("ACME SERIAL DRIVER\nM:\t", E(P, name), " <", E(EM, m), ">\nL:\tlinux-serial@vger.kernel.org\nS:\tMaintained\nF:\tdrivers/tty/serial/acme*\n")
    if v == 8:
        return T("maintainers:\n  - name: ", E(P, name), "\n    email: ", E(EM, m), "\n")
    return T("LABEL org.opencontainers.image.authors=\"", E(P, name), " <", E(EM, m), ">\"")


def p_network_logs(g):
    """Addresses in nmap, lldpctl, bridge fdb, conntrack, Sysmon event 3, netsh wlan, Windows arp -a, nfdump, avahi-browse."""
    v = g.n(0, 8)
    a4, b4 = g.ipv4_private(), g.ipv4_public()
    if v == 0:
        return T("Nmap scan report for printer-3.lan (", E(V4, a4), ")\nHost is up (0.0031s latency).\nMAC Address: ", E(MC, g.mac(":", True)), " (Hewlett Packard)\n")
    if v == 1:
        return T("Interface:    eth1, via: LLDP\n  Chassis:\n    ChassisID:    mac ", E(MC, g.mac()), "\n    SysName:      core-sw1\n    MgmtIP:       ", E(V4, a4), "\n    MgmtIP:       ", E(V6, g.ipv6()), "\n")
    if v == 2:
        return T("$ bridge fdb show br br0 | head -2\n", E(MC, g.mac()), " dev veth3a1f master br0\n", E(MC, g.mac()), " dev eth0 vlan 20 master br0\n")
    if v == 3:
        return T("tcp      6 431999 ESTABLISHED src=", E(V4, a4), " dst=", E(V4, b4), " sport=51734 dport=443 src=", E(V4, b4), " dst=", E(V4, a4), " sport=443 dport=51734 [ASSURED] mark=0 use=1\n")
    if v == 4:
        return T("Event 3, Sysmon: Network connection detected:\nImage: C:\\Windows\\System32\\svchost.exe\nSourceIp: ", E(V4, a4), "\nSourcePort: 49822\nDestinationIp: ", E(V6, g.ipv6()), "\nDestinationPort: 443\n")
    if v == 5:
        return T("    Name                   : Wi-Fi\n    Physical address       : ", E(MC, g.mac(":")), "\n    State                  : connected\n    SSID                   : CORP-5G\n    BSSID                  : ", E(MC, g.mac(":")), "\n")
    if v == 6:
        return T("Interface: ", E(V4, a4), " --- 0x12\n  Internet Address      Physical Address      Type\n  ", E(V4, g.ipv4_private()), "          ", E(MC, g.mac("-")), "     dynamic\n")
    if v == 7:
        return T("2026-12-06 14:02:11.118     0.412 TCP        ", E(V4, a4), ":51734 ->    ", E(V4, b4), ":443          12     4810     1\n")
    return T("=  eth0 IPv6 nas-02 [", E(MC, g.mac()), "]         Workstation          local\n   hostname = [nas-02.local]\n   address = [", E(V6, g.ipv6()), "]\n")


def p_delivery_orders(g):
    """Delivery and ride receipts in other markets: food-delivery orders, courier exceptions, ride receipts, e-pharmacy orders."""
    v = g.n(0, 4)
    name = any_name(g)
    if v == 0:
        return T("ORDER #", g.digits(8), " | status=RIDER_NOT_FOUND\ncustomer_name=", E(P, name), " customer_phone=", E(PH, phone_any(g)), "\nnote=\"call on arrival, gate code at reception\"\n")
    if v == 1:
        return T("AWB ", g.digits(10), " — DELIVERY EXCEPTION (consignee not available)\nConsignee: ", E(P, latin_name(g, g.pick(sorted(LATIN)), "upper")), "\nTel: ", E(PH, phone_any(g)), "\n")
    if v == 2:
        return T("Trip receipt\nDriver: ", E(P, latin_name(g, g.pick(sorted(LATIN)))), "\nRider: ", E(P, name), " (", E(EM, email(g)), ")\nFare charged to card ending 4417\n")
    if v == 3:
        return T("rx_order_failed order_id=RX-", g.digits(7), " patient=\"", E(P, name), "\" phone=\"", E(PH, phone_any(g)), "\" reason=prescription_expired\n")
    return T("Hi ", E(P, g.pick(LATIN["chamorro"][0])), ", your parcel from Acme is waiting at the locker. Questions? Call ", E(PH, phone_any(g)), ".\n")


def p_chat_people(g):
    """People in chat exports not used before (Telegram JSON, WhatsApp iOS, Skype, Threema CSV), sharing phones and addresses."""
    v = g.n(0, 3)
    n1, n2 = any_name(g), any_name(g)
    if v == 0:
        return T("{\"type\": \"message\", \"from\": \"", E(P, n1), "\", \"text\": \"call me on ", E(PH, phone_any(g)), " if the pager fails\"}")
    if v == 1:
        return T("[06/12/2026, 02:11:04] ", E(P, n1), ": alerts flapping again\n[06/12/2026, 02:12:40] ", E(P, n2), ": on it, mail me at ", E(EM, email(g)), "\n")
    if v == 2:
        return T("[2026-12-06 02:11:04] ", E(P, n1), ": who has the DC access list?\n[2026-12-06 02:11:30] ", E(P, n2), ": me, ping ", E(PH, phone_any(g)), "\n")
    return T("\"", E(P, n1), "\",\"", E(PH, phone_any(g)), "\",\"2026-12-06 02:11\",\"text\",\"bridge is at meet.example/ops\"\n")


def p_address_book(g):
    """Address books: vCard 4 (FN, N, TEL, EMAIL), Outlook CSV export, Gmail CSV, macOS contacts, Android VCF with a CHARSET name."""
    sc = g.pick(sorted(SCRIPTS))
    nm = script_name(g, sc)
    v = g.n(0, 3)
    if v == 0:
        return T("BEGIN:VCARD\nVERSION:4.0\nFN:", E(P, nm), "\nTEL;TYPE=cell:", E(PH, phone(g, None, "intl")), "\nEMAIL;TYPE=work:", E(EM, email(g)), "\nEND:VCARD\n")
    if v == 1:
        giv, fam, _ = LATIN[g.pick(sorted(LATIN))]
        return T("\"First Name\",\"Last Name\",\"E-mail Address\",\"Mobile Phone\"\n\"", E(P, g.pick(giv)), "\",\"", E(P, g.pick(fam)), "\",\"", E(EM, email(g)), "\",\"", E(PH, phone_any(g)), "\"\n")
    if v == 2:
        return T("BEGIN:VCARD\nVERSION:2.1\nN;CHARSET=UTF-8:;", E(P, nm), ";;;\nTEL;CELL:", E(PH, phone(g, None, "nat")), "\nEND:VCARD\n")
    return T("Name,Given Name,Family Name,E-mail 1 - Value,Phone 1 - Value\n", E(P, latin_name(g, g.pick(sorted(LATIN)))), ",,,", E(EM, email(g)), ",", E(PH, phone(g, None, "intl")), "\n")


def p_hr_records(g):
    """HR and facilities records: badge enrolment, payroll change requests with IBAN, shift rosters in the new scripts."""
    v = g.n(0, 2)
    if v == 0:
        cc, ib = iban(g)
        return T("Payroll change request PCR-", g.digits(5), "\nEmployee: ", E(P, latin_name(g, g.pick(sorted(LATIN)), "comma")), "\nNew account: ", E(IB, group4(ib)), "\nApproved by: ", E(P, latin_name(g, g.pick(sorted(LATIN)))), "\n")
    if v == 1:
        sc = g.pick(["macedonian", "belarusian", "tajik", "tatar", "kyrgyz"])
        return T("Смена 06.12 (ночь)\n1. ", E(P, script_name(g, sc)), " — старший\n2. ", E(P, script_name(g, sc)), "\nТел. дежурного: ", E(PH, phone_any(g)), "\n")
    return T("badge_enrolled card_uid=", g.hex(8, True), " holder=\"", E(P, any_name(g)), "\" site=AMS1 door_groups=[\"cage-7\"]\n")


PII_FAMILIES = [p_ticket_scripts, p_latin_forms, p_phones_regions, p_cards_layouts, p_iban_layouts, p_contact_centre, p_package_authors,
                p_network_logs, p_delivery_orders, p_chat_people, p_address_book, p_hr_records]


def p_email_forms(g):
    """E-mail addresses in other places and forms: quoted local parts, IDN and punycode domains, .forward, Postfix virtual maps, Sieve redirect, Markdown mailto, gam CSV."""
    v = g.n(0, 6)
    m = email(g)
    if v == 0:
        return T("virtual_alias_maps entry:\nnoc@corp.example    ", E(EM, m), ", ", E(EM, email(g)), "\n")
    if v == 1:
        return T("require [\"copy\"];\nif header :contains \"subject\" \"[P1]\" {\n  redirect :copy \"", E(EM, m), "\";\n}\n")
    if v == 2:
        return T("$ cat ~ops/.forward\n", E(EM, m), "\n")
    if v == 3:
        return T("Questions: [mail the data protection officer](mailto:", E(EM, m), "?subject=DSAR)\n")
    if v == 4:
        loc = g.pick(["ops", "j.hoekstra", "noc"])
        return T("550 5.1.1 <", E(EM, loc + "@" + g.pick(["xn--bcher-kva.example", "xn--mnchen-3ya.example", "xn--80ak6aa92e.com"])), ">: Recipient address rejected: User unknown in virtual mailbox table\n")
    if v == 5:
        return T("primaryEmail,name.fullName,suspended\n", E(EM, m), ",", E(P, latin_name(g, g.pick(sorted(LATIN)))), ",False\n")
    return T("RCPT TO:<", E(EM, "\"" + g.pick(["night shift", "on.call..team"]) + "\"@" + g.pick(["corp.example", "mail.tl"])), ">\n250 2.1.5 Ok\n")


PII_FAMILIES.append(p_email_forms)
