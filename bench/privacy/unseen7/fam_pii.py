"""Personal data in chat exports, support transcripts of new languages, telephony logs, shop orders, health records, rosters,
PDF/OCR text, directory and audit output, and network tables."""
import json
from gen import R, pick, s, hx, uid, password, ipv4, ipv6, mac, card, iban, ssn, host, user, luhn_fail
from people import person, email, phone, e164, LANG_REGION, PHONES

P, E, PH, GS = "PERSON", "EMAIL", "PHONE", "GENERIC_SECRET"

# "my name is", "my number is", "password is", greeting, thanks — per language (romanised where the script is not Latin)
LANG = {
    "sv": ("Hej, jag heter ", "Ni når mig på ", "lösenordet till admin är ", "Hej ", "Tack och hälsningar,"),
    "cs": ("Dobrý den, jmenuji se ", "Zavolejte mi na ", "heslo k databázi je ", "Dobrý den, paní ", "S pozdravem"),
    "tr": ("Merhaba, ben ", "Bana şu numaradan ulaşabilirsiniz: ", "veritabanı şifresi: ", "Merhaba ", "Saygılarımla,"),
    "el": ("Kalimera, eimai o/i ", "To kinito mou einai ", "o kodikos tou server einai ", "Geia sou ", "Me ektimisi,"),
    "ru": ("Zdravstvuyte, menya zovut ", "Moy nomer: ", "parol ot bazy: ", "Privet, ", "S uvazheniem,"),
    "ko": ("Annyeonghaseyo, jeoneun ", "Jeonhwabeonho-neun ", "bimilbeonho-neun ", "Annyeonghaseyo ", "Gamsahamnida,"),
    "zh": ("Nin hao, wo shi ", "Wo de shouji hao shi ", "shujuku mima shi ", "Nin hao ", "Xiexie,"),
    "hi": ("Namaste, mera naam ", "Mera number hai ", "DB ka password hai ", "Namaste ", "Dhanyavaad,"),
    "id": ("Halo, nama saya ", "Nomor HP saya ", "kata sandi database-nya ", "Halo ", "Terima kasih,"),
}


def f_chat_export():
    loc = pick(sorted(LANG))
    a, b = person(loc=loc), person(loc=loc)
    L = LANG[loc]
    ph = phone(LANG_REGION[loc])
    kind = R.randrange(4)
    if kind == 0:
        hdr = lambda n, t: ["[06.12.26, %s] " % t, (P, n), ": "]
    elif kind == 1:
        hdr = lambda n, t: ["", (P, n), " — Today at %s\n" % t]
    elif kind == 2:
        hdr = lambda n, t: ["", (P, n), "  %s\n" % t]
    else:
        hdr = lambda n, t: ['{"type": "message", "date": "2026-12-06T%s:00", "from": "' % t, (P, n), '", "text": "']
    end = '"},\n' if kind == 3 else "\n"
    parts = hdr(a[0], "09:14") + [L[0], (P, a[0]), ". " + L[1], (PH, ph), end]
    parts += hdr(b[0], "09:16") + [L[3], (P, a[1] or a[0]), ", " + L[2], (GS, password().replace('"', "")), end]
    return parts


def f_support_lang():
    loc = pick(sorted(LANG))
    a = person(loc=loc)
    L = LANG[loc]
    em = email(a[1], a[2])
    parts = ["Ticket #", str(R.randrange(10**5, 10**6)), " (", loc, ")\nFrom: ", (P, a[0]), " <", (E, em), ">\n\n", L[0], (P, a[0]), ". ", L[1], (PH, phone(LANG_REGION[loc])), ".\n"]
    if R.random() < 0.5:
        parts += ["Karta / card: ", ("CREDIT_CARD", card()), "\n"]
    else:
        parts += ["IBAN: ", ("IBAN", iban()), "\n"]
    parts += [L[4], "\n", (P, a[0]), "\n"]
    return parts


def f_telephony():
    k = R.randrange(4)
    if k == 0:
        rows = ["Date Sent,From,To,Body,Status,Direction\n"]
        for _ in range(R.randrange(2, 4)):
            rows += ["2026-12-0%d %02d:%02d:11 UTC," % (R.randrange(1, 7), R.randrange(24), R.randrange(60)), (PH, e164()), ",", (PH, e164()),
                     ",\"Your order has shipped\",delivered,outbound-api\n"]
        return rows
    if k == 1:
        num = e164()[1:]
        return ["GET /webhooks/dlr?msisdn=", (PH, num), "&to=AcmeShop&network-code=", str(R.randrange(10000, 99999)), "&messageId=", hx(16).upper(),
                "&price=0.03330000&status=delivered&scts=2612060914&err-code=0 HTTP/1.1\" 200\n"]
    if k == 2:
        n = person()
        return ['"', (P, n[0]), '" <', (PH, e164()), '>,', (PH, e164()), ',ext-sip,SIP/trunk-00000', hx(4), ',ANSWERED,2026-12-06 10:',
                "%02d" % R.randrange(60), ':07,142\n']
    n = person()
    return ['{"from": "', (PH, e164()), '", "to": "', (PH, e164()), '", "text": "Hi ', (P, n[0]), ', your technician arrives 14:00-16:00", "uuid": "', uid(), '", "direction": "outbound"}']


def f_shop_orders():
    k = R.randrange(3)
    a = person()
    if k == 0:
        b = person()
        line = lambda x: ["| ", str(R.randrange(100000000, 100099999)), " | ", (P, x[1] or x[0]), " " * 3, " | ", (P, x[2] or "x"), " | ", (E, email(x[1], x[2])), " |\n"] if x[2] else \
            ["| ", str(R.randrange(100000000, 100099999)), " | ", (P, x[0]), " | - | ", (E, email(x[0], "")), " |\n"]
        return ["mysql> SELECT increment_id, customer_firstname, customer_lastname, customer_email FROM sales_order WHERE status='holded' LIMIT 2;\n+--------------+--------------------+-------------------+---------------------------+\n| increment_id | customer_firstname | customer_lastname | customer_email            |\n+--------------+--------------------+-------------------+---------------------------+\n"] + line(a) + line(b) + ["+--------------+--------------------+-------------------+---------------------------+\n2 rows in set (0.00 sec)\n"]
    if k == 1:
        return ["[Shop] New order #", str(R.randrange(10000, 99999)), "\n\nBilling address\n", (P, a[0]), "\n", pick(["Storgatan 12", "Vinohradská 41", "Jl. Sudirman No. 5"]),
                "\n", (PH, phone()), "\n", (E, email(a[1], a[2])), "\n\nCustomer note: please charge the other card ", ("CREDIT_CARD", card()), ", exp 09/29\n"]
    return ['{"order_id": ', str(R.randrange(10**6, 10**7)), ', "billing_address": {"first_name": "', (P, a[1] or a[0]), '", "last_name": "', (P, a[2] or a[0]),
            '", "phone": "', (PH, phone()), '"}, "payment": {"card_last4": "', str(R.randrange(1000, 9999)), '"}, "customer_ip": "', ("IPV6", ipv6()), '"}']


def f_health():
    a = person()
    k = R.randrange(3)
    fam, giv = (a[2] or a[0]).upper(), (a[1] or a[0]).upper()
    if k == 0:
        return ["MSH|^~\\&|EPIC|HOSP|LAB|HOSP|20261206091200||ADT^A08|", str(R.randrange(10**6, 10**7)), "|P|2.5\rPID|1||", str(R.randrange(10**6, 10**7)),
                "^^^MRN||", (P, fam + "^" + giv), "||19", str(R.randrange(50, 99)), "0412|F|||Main St 1^^Springfield^IL^62701||", (PH, "(217)%03d-%04d" % (R.randrange(200, 999), R.randrange(1000, 9999))),
                "|||||||", (("US_SSN", ssn(""))), "\r"]
    if k == 1:
        return ['{"resourceType": "Patient", "id": "', uid(), '", "name": [{"use": "official", "family": "', (P, a[2] or a[0]), '", "given": ["', (P, a[1] or a[0]),
                '"]}], "telecom": [{"system": "phone", "value": "', (PH, phone()), '"}, {"system": "email", "value": "', (E, email(a[1], a[2])), '"}]}']
    return ["ISA*00*          *00*          *ZZ*SUBMITTER      *ZZ*RECEIVER       *261206*0912*^*00501*", str(R.randrange(10**8, 10**9)),
            "*0*P*:~\nNM1*IL*1*", (P, fam), "*", (P, giv), "****MI*", str(R.randrange(10**8, 10**9)), "~\nPER*IC*", (P, giv), "*TE*", (PH, "%03d%03d%04d" % (R.choice([312, 415, 617, 206, 303]), R.randrange(200, 999), R.randrange(1000, 9999))), "~\n"]


def f_roster():
    rows = ["STUDENT / EMPLOYEE ROSTER            Dept: ", pick(["Ops", "Physics", "Kitchen", "Support"]), "\n", "NAME".ljust(28), "EMAIL".ljust(34), "PHONE\n"]
    for _ in range(R.randrange(2, 5)):
        a = person()
        em = email(a[1], a[2])
        ph = phone()
        rows += [(P, a[0]), " " * max(2, 28 - len(a[0])), (E, em), " " * max(2, 34 - len(em)), (PH, ph), "\n"]
    return rows


def f_pdf_text():
    a = person()
    em = email(a[1], a[2])
    return ["INVOICE  No. ", str(R.randrange(2026000, 2026999)), "   Page 1 of 2\nBill to:                    Ship to:\n", (P, a[0]), "                  ", (P, a[0]),
            "\nAttn. accounts payable      ", "tel. ", (PH, phone()), "\ne-mail: ", (E, em), "   Payment: IBAN ", ("IBAN", iban(grouped=True)),
            "\nTotal due          1 249,00 EUR\n"]


def f_ocr():
    a = person()
    em = email(a[1], a[2])
    ph = phone()
    ocr_ph = ph.replace("0", "O", 1) if R.random() < 0.5 else ph
    return ["[OCR of screenshot, confidence 0.71]\nC o n t a c t :   ", (P, a[0]), "\nEmail :  ", (E, em), "\nM0bile:  ", (PH, ocr_ph), "\nPassw0rd : ", (GS, s(12)), "\n"]


def f_saml_ad():
    a = person()
    if R.random() < 0.5:
        av = lambda n, v: ['<saml:Attribute Name="', n, '"><saml:AttributeValue xsi:type="xs:string">', v, "</saml:AttributeValue></saml:Attribute>\n"]
        return av("givenName", (P, a[1] or a[0])) + av("sn", (P, a[2] or a[0])) + av("urn:oid:0.9.2342.19200300.100.1.3", (E, email(a[1], a[2]))) + \
            av("telephoneNumber", (PH, phone()))
    return ["PS> Get-ADUser ", user(), " -Properties * | Select GivenName,Surname,EmailAddress,OfficePhone\n\nGivenName    : ", (P, a[1] or a[0]), "\nSurname      : ",
            (P, a[2] or a[0]), "\nEmailAddress : ", (E, email(a[1], a[2])), "\nOfficePhone  : ", (PH, phone()), "\n"]


def f_audit_pii():
    a = person()
    k = R.randrange(2)
    if k == 0:
        return ['{"protoPayload": {"authenticationInfo": {"principalEmail": "', (E, email(a[1], a[2])), '"}, "requestMetadata": {"callerIp": "',
                ("IPV4", ipv4(False)), '", "callerSuppliedUserAgent": "google-cloud-sdk gcloud/503.0.0"}, "methodName": "SetIamPolicy"}}']
    return ['{"caller": "', (E, email(a[1], a[2])), '", "claims": {"name": "', (P, a[0]), '", "ipaddr": "', ("IPV6", ipv6()),
            '"}, "operationName": {"value": "Microsoft.KeyVault/vaults/secrets/write"}}']


def f_net_tables():
    k = R.randrange(4)
    if k == 0:
        return ["$ conntrack -L -p tcp --dport 443 | head -2\ntcp      6 431999 ESTABLISHED src=", ("IPV4", ipv4(True)), " dst=", ("IPV4", ipv4(False)),
                " sport=51514 dport=443 src=", ("IPV4", ipv4(False)), " dst=", ("IPV4", ipv4(True)), " sport=443 dport=51514 [ASSURED] mark=0 use=1\n"]
    if k == 1:
        return ["$ ss -tnp state established\nRecv-Q Send-Q  Local Address:Port   Peer Address:Port  Process\n0      0       ", ("IPV4", ipv4(True)), ":5432   ",
                ("IPV4", ipv4(True)), ":41822  users:((\"postgres\",pid=2211,fd=9))\n0      0       [", ("IPV6", ipv6()), "]:22  [", ("IPV6", ipv6()), "]:50110\n"]
    if k == 2:
        return ["$ lldpctl\n-------------------------------------------------------------------------------\nInterface:    eno1, via: LLDP, RID: 1, Time: 12 days\n  Chassis:\n    ChassisID:    mac ",
                ("MAC", mac()), "\n    SysName:      tor-sw-", str(R.randrange(1, 40)), "\n    MgmtIP:       ", ("IPV4", ipv4(True)), "\n  Port:\n    PortID:       ifname Ethernet", str(R.randrange(1, 48)), "\n"]
    return ['$ docker network inspect bridge | jq ".[0].Containers"\n{\n  "', hx(64), '": {\n    "Name": "api",\n    "MacAddress": "', ("MAC", "02:42:" + mac()[6:]),
            '",\n    "IPv4Address": "', ("IPV4", "172.17.0.%d" % R.randrange(2, 250)), '/16",\n    "IPv6Address": ""\n  }\n}']


def f_payout_iban():
    a = person()
    cc = pick(["LU", "MT", "CY", "EE", "LV", "LT", "SK", "SI", "HR", "RS", "BG", "IS", "GE", "AZ", "KZ", "QA", "KW", "BH", "JO", "TN", "MD", "MK", "AL"])
    return ["payout.failed beneficiary=\"", (P, a[0]), "\" iban=", ("IBAN", iban(cc, False)), " reason=ACCOUNT_CLOSED amount=412.50 currency=EUR ref=PO-",
            str(R.randrange(10**6, 10**7)), "\n"]


def f_hr_ssn():
    a = person()
    return ["HR-", str(R.randrange(1000, 9999)), ": onboarding for ", (P, a[0]), " blocked — I-9 shows SSN ", ("US_SSN", ssn(pick(["-", " "]))), ", payroll has ",
            ("US_SSN", ssn("-")), ". Call ", (PH, phone()), " before Friday.\n"]
