"""Families: personal data in search results, SQL dumps, localized CSV exports, support transcripts, bank details, contacts,
HR tickets, commit trailers, network scans."""
from gen import card, hexs, ipv4, ipv6, mac, pick, ssn
from people import NAMES, email, iban, name, phone


def es_hits(r):
    f, l_ = name(r)
    ip = pick(r, [ipv4, ipv6])(r)
    return "elasticsearch/search-hits", [
        f'{{\n  "took" : {r.randrange(2, 90)},\n  "hits" : {{\n    "total" : {{ "value" : 1, "relation" : "eq" }},\n    "hits" : [\n      {{\n'
        f'        "_index" : "customers-2026.12",\n        "_id" : "{hexs(r, 20)}",\n        "_score" : 7.31,\n        "_source" : {{\n'
        '          "full_name" : "', ("PERSON", f"{f} {l_}"), '",\n          "email" : "', ("EMAIL", email(r, f, l_)),
        '",\n          "phone" : "', ("PHONE", phone(r)), '",\n          "last_login_ip" : "', ("IPV4" if "." in ip else "IPV6", ip),
        '"\n        }\n      }\n    ]\n  }\n}']


def sql_dump_people(r):
    rows = []
    for i in range(r.randrange(2, 4)):
        f, l_ = name(r)
        rows += [f"({r.randrange(1000, 9999)},'", ("PERSON", f), "','", ("PERSON", l_), "','", ("EMAIL", email(r, f, l_)), "','", ("PHONE", phone(r)),
                 f"','2026-0{r.randrange(1, 9)}-1{r.randrange(0, 9)} 0{r.randrange(0, 9)}:12:44',{r.randrange(0, 2)})", ","]
    rows[-1] = ";"
    return "mysqldump/insert-people", ["--\n-- Dumping data for table `customers`\n--\n\nLOCK TABLES `customers` WRITE;\n"
                                       "INSERT INTO `customers` VALUES ", *rows, "\nUNLOCK TABLES;"]


HEADERS = {
    "de": ("Vorname;Nachname;E-Mail;Telefon;IBAN", ";"),
    "fr": ("Prénom,Nom,Courriel,Téléphone,IBAN", ","),
    "es": ("Nombre\tApellidos\tCorreo electrónico\tTeléfono\tIBAN", "\t"),
    "pt": ("Nome;Apelido;E-mail;Telemóvel;IBAN", ";"),
    "nl": ("Voornaam;Achternaam;E-mailadres;Telefoonnummer;IBAN", ";"),
    "pl": ("Imię;Nazwisko;Adres e-mail;Telefon;Numer rachunku", ";"),
    "ja": ("名,姓,メールアドレス,電話番号,口座", ","),
    "it": ("Nome;Cognome;Email;Cellulare;IBAN", ";"),
}
CC = {"de": ("DE", "DE"), "fr": ("FR", "FR"), "es": ("ES", "ES"), "pt": ("PT", "PT"), "nl": ("NL", "NL"), "pl": ("PL", "PL"),
      "ja": ("JP", None), "it": ("IT", "IT")}


def csv_localized(r):
    loc = pick(r, sorted(HEADERS))
    head, sep = HEADERS[loc]
    parts = [head + "\n"]
    for _ in range(r.randrange(2, 4)):
        f, l_ = name(r, loc if loc in NAMES else None)
        parts += [("PERSON", f), sep, ("PERSON", l_), sep, ("EMAIL", email(r, f, l_)), sep, ("PHONE", phone(r, CC[loc][0])), sep]
        parts += [("IBAN", iban(r, CC[loc][1])) if CC[loc][1] else f"{r.randrange(1000000, 9999999)}", "\n"]
    return f"csv/{loc}", parts


TRANSCRIPT = {
    "de": ("Kunde", "Hallo, hier ist {n}. Meine Karte {c} wurde doppelt belastet. Rückruf bitte unter {p}.", "Agent", "Danke, {f}, ich prüfe das."),
    "fr": ("Client", "Bonjour, je suis {n}. Ma carte {c} a été débitée deux fois. Rappelez-moi au {p}.", "Agent", "Merci {f}, je vérifie."),
    "es": ("Cliente", "Hola, soy {n}. Me cobraron dos veces en la tarjeta {c}. Mi teléfono es {p}.", "Agente", "Gracias {f}, lo reviso ahora."),
    "pt": ("Cliente", "Olá, o meu nome é {n}. O cartão {c} foi cobrado duas vezes. Liguem para {p}.", "Agente", "Obrigado {f}, vou verificar."),
    "nl": ("Klant", "Hoi, met {n}. Mijn kaart {c} is twee keer belast. Bel me terug op {p}.", "Medewerker", "Dank je {f}, ik kijk het na."),
    "pl": ("Klient", "Dzień dobry, nazywam się {n}. Karta {c} została obciążona dwa razy. Proszę o telefon: {p}.", "Konsultant", "Dziękuję, {f}, sprawdzam."),
    "ja": ("Kokyaku", "Sumimasen, {n} desu. Kaado {c} ga nido seikyuu saremashita. Denwa bangou wa {p} desu.", "Tantousha", "{f}-san, kakunin shimasu."),
}
TCC = {"de": "DE", "fr": "FR", "es": "ES", "pt": "PT", "nl": "NL", "pl": "PL", "ja": "JP"}


def _fill(template, slots):
    """Splits a template with {x} slots into parts, slot values given as (type, value) or str."""
    parts, rest = [], template
    while "{" in rest:
        a = rest.index("{")
        b = rest.index("}", a)
        parts.append(rest[:a])
        parts.append(slots[rest[a + 1:b]])
        rest = rest[b + 1:]
    parts.append(rest)
    return [p for p in parts if p != ""]


def support_transcript(r):
    loc = pick(r, sorted(TRANSCRIPT))
    f, l_ = name(r, loc if loc in NAMES else None)
    who, line, agent, reply = TRANSCRIPT[loc]
    full = f"{l_} {f}" if loc == "ja" else f"{f} {l_}"
    slots = {"n": ("PERSON", full), "c": ("CREDIT_CARD", card(r)), "p": ("PHONE", phone(r, TCC[loc])), "f": ("PERSON", l_ if loc == "ja" else f)}
    t = f"[10:{r.randrange(10, 59)}] "
    return f"support-chat/{loc}", [t + who + ": ", *_fill(line, slots), "\n" + t + agent + ": ", *_fill(reply, slots)]


def bank_details(r):
    f, l_ = name(r)
    cc = pick(r, ["LT", "LV", "EE", "HR", "SI", "SK", "GR", "RO", "HU", "LU", "SA", "AE", "TR", "BR", "CZ", "FI", "DK", "NO", "IE", "CH"])
    k = r.randrange(3)
    if k == 0:
        return "ticket/refund-bank", [f"REFUND-{r.randrange(10000, 99999)}: customer ", ("PERSON", f"{f} {l_}"), " asks for the refund by transfer.\n"
                                      "Account holder: ", ("PERSON", f"{f} {l_}"), "\nIBAN: ", ("IBAN", iban(r, cc)), f"\nAmount: {r.randrange(20, 900)}.{r.randrange(10, 99)} EUR"]
    if k == 1:
        return "json/payout", ['{"payout":{"beneficiary":{"name":"', ("PERSON", f"{f} {l_}"), '","iban":"', ("IBAN", iban(r, cc, grouped=False)),
                               f'","country":"{cc}"}},"amount":{r.randrange(100, 90000)},"currency":"EUR","reference":"PO-{r.randrange(10**6, 10**7)}"}}']
    return "mail/payment-instructions", ["To: ", ("PERSON", f"{f} {l_}"), " <", ("EMAIL", email(r, f, l_)), ">\n\nHi ", ("PERSON", f), ",\n\nplease pay invoice ", f"INV-2026-{r.randrange(1000, 9999)}", " to our new account\n  ",
                                         ("IBAN", iban(r, cc, grouped=True)), "\nand let me know when done.\n\nBest,\n", ("PERSON", f"{name(r)[0]} {name(r)[1]}")]


def vcard_contact(r):
    f, l_ = name(r)
    return "vcard", ["BEGIN:VCARD\nVERSION:3.0\nN:", ("PERSON", l_), ";", ("PERSON", f), ";;;\nFN:", ("PERSON", f"{f} {l_}"), "\nORG:Northwind Logistics;SRE\n"
                     "TEL;TYPE=CELL:", ("PHONE", phone(r)), "\nTEL;TYPE=WORK,VOICE:", ("PHONE", phone(r)), "\nEMAIL;TYPE=INTERNET:", ("EMAIL", email(r, f, l_)),
                     "\nEND:VCARD"]


def hr_ticket(r):
    f, l_ = name(r)
    if r.random() < 0.5:
        return "hr/bank-change", [f"HR-{r.randrange(1000, 9999)} Payroll: update bank details for ", ("PERSON", f"{f} {l_}"),
                                  f" (EMP-{r.randrange(10000, 99999)}) from the December run.\nNew IBAN ", ("IBAN", iban(r)), "\nConfirmed by phone ",
                                  ("PHONE", phone(r)), " and from ", ("EMAIL", email(r, f, l_)), "."]
    sep = pick(r, ["-", " ", ""])
    return "hr/us-payroll", [f"PAY-{r.randrange(1000, 9999)}: W-4 correction for ", ("PERSON", f"{f} {l_}"), ", SSN ", ("US_SSN", ssn(r, sep)),
                             ", filing status changed to married. Employee contact ", ("EMAIL", email(r, f, l_)), "."]


def commit_trailers(r):
    a, b = name(r), name(r)
    return "git/trailers", [f"commit {hexs(r, 40)}\nAuthor: ", ("PERSON", f"{a[0]} {a[1]}"), " <", ("EMAIL", email(r, *a)), ">\nDate:   Sun Dec 6 10:14:22 2026 +0100\n\n"
                            "    fix(sync): retry on 429 from upstream\n\n    Co-authored-by: ", ("PERSON", f"{b[0]} {b[1]}"), " <", ("EMAIL", email(r, *b)),
                            f">\n    Change-Id: I{hexs(r, 40)}"]


def net_scan(r):
    k = r.randrange(4)
    if k == 0:
        parts = ["$ sudo arp-scan --localnet\nInterface: eth0, type: EN10MB, MAC: ", ("MAC", mac(r, 0)), ", IPv4: ", ("IPV4", ipv4(r)), "\n"]
        for v in ["Apple, Inc.", "Espressif Inc.", "Raspberry Pi Trading Ltd"]:
            parts += [("IPV4", ipv4(r)), "\t", ("MAC", mac(r, 0)), "\t" + v + "\n"]
        return "arp-scan", parts
    if k == 1:
        return "nmap", [f"Nmap scan report for printer-3f.corp.lan (", ("IPV4", ipv4(r)), ")\nHost is up (0.0031s latency).\nPORT    STATE SERVICE\n"
                        "9100/tcp open  jetdirect\nMAC Address: ", ("MAC", mac(r, 2)), " (Hewlett Packard)"]
    if k == 2:
        return "iw/station-dump", ["$ iw dev wlan0 station dump\nStation ", ("MAC", mac(r, 0)), " (on wlan0)\n\tinactive time:\t310 ms\n\trx bytes:\t18234412\n"
                                   "\tsignal:  \t-61 dBm\nStation ", ("MAC", mac(r, 0)), " (on wlan0)\n\tinactive time:\t2210 ms\n\tsignal:  \t-74 dBm"]
    return "windows/arp-a", ["C:\\> arp -a\n\nInterface: ", ("IPV4", ipv4(r)), " --- 0xb\n  Internet Address      Physical Address      Type\n  ",
                             ("IPV4", ipv4(r)), "          ", ("MAC", mac(r, 1).lower()), "     dynamic\n  ", ("IPV4", ipv4(r)), "          ",
                             ("MAC", mac(r, 1).lower()), "     dynamic"]


FAMILIES = [es_hits, sql_dump_people, csv_localized, support_transcript, bank_details, vcard_contact, hr_ticket, commit_trailers, net_scan]
