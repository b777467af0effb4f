"""Personal-data families of unseen15: each f_* takes (rng, k) and returns the pieces of one record; k picks the variant."""
from gen import E, rs, hexs, ipv4, ipv6, mac, phone, card_digits, card_groups, group, iban, email_of, ALNUM  # noqa: F401
import people

P = "PERSON"
DOMAINS = ["example.org", "corp.example.com", "mail.example.net", "helpdesk.example"]


def name_parts(r, culture=None):
    c, g, f, order = people.latin(r, culture)
    return c, g, f, order


def fullname(r, culture=None):
    return people.full(r, culture)


def f_names_new_cultures(r, k):
    v = k % 8
    c, g, f, order = name_parts(r)
    n = (f + " " + g) if order == "fg" else (g + " " + f)
    em = email_of(r, g, f, DOMAINS)
    if v == 0:
        return ["Requester: ", E(P, n), " <", E("EMAIL", em), ">\nSubject: cannot reach VPN after password change\n"]
    if v == 1:
        return ["Demandeur : ", E(P, n), "\nObjet : accès refusé au portail RH depuis ce matin\n"]
    if v == 2:
        return ["Solicitante: ", E(P, n), " (ext. ", str(r.randrange(1000, 9999)), ")\nAsunto: la impresora del 3er piso no imprime\n"]
    if v == 3:
        return ["Thanks,\n", E(P, n), "\nSite Reliability | Example Ltd\n"]
    if v == 4:
        return ["[", "%02d:%02d" % (r.randrange(24), r.randrange(60)), "] <", E(P, n), "> is the failover done on the east side?\n"]
    if v == 5:
        return ["Zuständig: ", E(P, n), "\nStatus: in Bearbeitung\n"]
    if v == 6:
        return ["Solicitante: ", E(P, n), "\nAssunto: erro 502 no checkout desde as 14h\n"]
    return ["cc: ", E(P, n), ", ", E(P, fullname(r)), "\nplease confirm the maintenance window\n"]


def f_names_surname_first(r, k):
    v = k % 6
    c, g, f, order = name_parts(r)
    if v == 0:
        return ["Passenger: ", E(P, f.upper() + " " + g), "\nSeat 14C  Gate B7\n"]
    if v == 1:
        return ["\"", E(P, f + ", " + g), "\",\"", E("EMAIL", email_of(r, g, f, DOMAINS)), "\",night,", str(r.randrange(2, 9)), "\n"]
    if v == 2:
        return ["NAME: ", E(P, f.upper() + ", " + g.upper()), "   BADGE: ", str(r.randrange(10000, 99999)), "\n"]
    c, g, f, _ = name_parts(r, "Okinawan")
    if v == 3:
        return ["担当: ", E(P, f + " " + g), " (Naha office)\n"]
    if v == 4:
        return ["On call this week: ", E(P, f.upper() + " " + g), " / backup: ", E(P, fullname(r)), "\n"]
    return ["Signed: ", E(P, f + " " + g), ", Okinawa DC\n"]


def f_names_other_scripts(r, k):
    v = k % 8
    script = sorted(people.SCRIPTS)[v % 4]
    n = r.choice(people.SCRIPTS[script])
    if v < 4:
        return ["{\"ticket\": ", str(r.randrange(1000, 9999)), ", \"requester\": \"", E(P, n), "\", \"priority\": \"high\"}\n"]
    return ["Contact person: ", E(P, n), "\nPhone: ", E("PHONE", phone(r)), "\n"]


def f_names_han_hangul_keys(r, k):
    v = k % 6
    han, hg = r.choice(people.HAN), r.choice(people.HANGUL)
    if v == 0:
        return ["{\"id\": \"INC-", str(r.randrange(1000, 9999)), "\", \"assignee\": \"", E(P, han), "\", \"state\": \"open\"}\n"]
    if v == 1:
        return ["{\"reviewer\":\"", E(P, hg), "\",\"approved\":true}\n"]
    if v == 2:
        return ["  owner: \"", E(P, han), "\"\n  team: payments\n"]
    if v == 3:
        return ["{\"displayName\": \"", E(P, hg), "\", \"mail\": \"", E("EMAIL", "user" + str(r.randrange(100, 999)) + "@example.kr"), "\"}\n"]
    if v == 4:
        return ["{\"created_by\": \"", E(P, han), "\", \"updated_by\": \"", E(P, r.choice(people.HAN)), "\"}\n"]
    return ["{\"customer\": {\"name\": \"", E(P, hg), "\", \"tier\": \"gold\"}}\n"]


def f_names_cyr_initials(r, k):
    v = k % 6
    f, i = r.choice(people.CYR)
    if v == 0:
        return ["Ответственный: ", E(P, f + " " + i), "\nСрок: 10.12.2026\n"]
    if v == 1:
        return ["07.12.2026 09:14:02 Пользователь ", E(P, i + f), " изменил документ №", str(r.randrange(100, 999)), "\n"]
    if v == 2:
        return ["Исп. ", E(P, f + i), " тел. ", str(r.randrange(10, 99)), "-", str(r.randrange(10, 99)), "\n"]
    if v == 3:
        return ["Згідно з наказом, чергує ", E(P, i + " " + f), ".\n"]
    if v == 4:
        return ["Согласовано: ", E(P, f + " " + i), ", ", E(P, " ".join(r.choice(people.CYR)[::1])), "\n"]
    return ["Автор: ", E(P, i + f), " | Отдел: ИТ\n"]


def f_names_shift_words(r, k):
    v = k % 7
    n = fullname(r)
    g = n.split(" ")[0]
    if v == 0:
        return ["09:00 handover to ", E(P, n), " (EU on-call)\n"]
    if v == 1:
        return ["relieved by ", E(P, n), " at 18:00, no open pages\n"]
    if v == 2:
        return ["Swapped Saturday with ", E(P, n), "; covering her Tuesday instead.\n"]
    if v == 3:
        return ["paged ", E(P, n), " via Opsgenie, ack after 4 min\n"]
    if v == 4:
        return ["escalated to ", E(P, n), " (DBA lead)\n"]
    if v == 5:
        return ["shift: night | primary: ", E(P, n), " | secondary: ", E(P, fullname(r)), "\n"]
    return ["covering for ", E(P, g), " until Friday; ", E(P, g), " is out sick\n"]


def f_names_titles(r, k):
    v = k % 7
    n = fullname(r)
    if v == 0:
        return ["A la atención del Excmo. Sr. D. ", E(P, n), "\n"]
    if v == 1:
        return ["Ex.mo Sr. Eng.º ", E(P, n), ",\nconfirmamos a janela de manutenção.\n"]
    if v == 2:
        return ["Attn: Ato ", E(P, n), " (finance)\n"]
    if v == 3:
        return ["Prepared for W/ro ", E(P, n), "\n"]
    if v == 4:
        return ["Mzee ", E(P, n), " has approved the change.\n"]
    if v == 5:
        return ["Ilma. Sra. Dr.ª ", E(P, n), "\n"]
    return ["Rt Hon. ", E(P, n), " MP, office of\n"]


def f_phones_new(r, k):
    v = k % 7
    cc = sorted(people_phones())[k % 13]
    p = phone(r, cc)
    if v == 0:
        return ["BEGIN:VCARD\nVERSION:3.0\nFN:", E(P, fullname(r)), "\nTEL;TYPE=CELL:", E("PHONE", p), "\nEND:VCARD\n"]
    if v == 1:
        return ["sms-gw[", str(r.randrange(1000, 9999)), "]: DLR id=", hexs(r, 12), " to=", E("PHONE", p), " status=DELIVRD\n"]
    if v == 2:
        return ["Cel.: ", E("PHONE", p), " | Oficina central\n"]
    if v == 3:
        return ["callback requested, number ", E("PHONE", p), " (customer prefers evenings)\n"]
    if v == 4:
        return ["Tél. : ", E("PHONE", p), "\n"]
    if v == 5:
        return ["\"phone\": \"", E("PHONE", p), "\", \"verified\": true\n"]
    return ["Contact: ", E("PHONE", p), " / ", E("EMAIL", "noc@" + r.choice(DOMAINS)), "\n"]


def people_phones():
    import gen
    return gen.PHONES


def f_cards_layouts(r, k):
    v = k % 7
    d = card_digits(r)
    C = "CREDIT_CARD"
    if v == 0:
        return ["card on file: ", E(C, group(d, card_groups(d), ".")), " exp 09/29\n"]
    if v == 1:
        return ["transcript: customer: yes my card is ", E(C, " ".join(d)), " and the expiry is oh nine twenty nine\n"]
    if v == 2:
        return ["POST /checkout card%5Bnumber%5D=", E(C, d), "&card%5Bexp_month%5D=09\n"]
    if v == 3:
        return ["INSERT INTO payments (id, pan, holder) VALUES (", str(r.randrange(1000, 9999)), ", '", E(C, d), "', '", E(P, fullname(r)), "');\n"]
    if v == 4:
        return ["PaymentInfo{cardNo='", E(C, d), "', expiry=0929, cvvPresent=true}\n"]
    if v == 5:
        return ["<Payment><PAN>", E(C, d), "</PAN><Expiry>2909</Expiry></Payment>\n"]
    return ["pan: ", E(C, group(d, card_groups(d), "-")), "\n"]


def f_iban_layouts(r, k):
    v = k % 6
    ib = iban(r)
    I = "IBAN"
    grp = " ".join(ib[i:i + 4] for i in range(0, len(ib), 4))
    if v == 0:
        return ["iban: ", E(I, ib.lower()), "\n"]
    if v == 1:
        return ["IBAN ", E(I, ".".join(ib[i:i + 4] for i in range(0, len(ib), 4))), "\n"]
    if v == 2:
        cut = 5 * r.randrange(2, 4) + 4
        return ["Beneficiary account (IBAN): ", E(I, grp[:cut] + "\n" + grp[cut + 1:]), "\nBank: ", r.choice(["Banco", "Bank"]), " Central\n"]
    if v == 3:
        return [":59:/", E(I, ib), "\n", E(P, fullname(r).upper()), "\n:70:/RFB/INV", str(r.randrange(1000, 9999)), "\n"]
    if v == 4:
        return ["Refund to ", E(I, grp), " (account holder: ", E(P, fullname(r)), ")\n"]
    return ["| Beneficiary | ", E(P, fullname(r)), " |\n| IBAN | ", E(I, grp), " |\n"]


def f_csv_quoted_commas(r, k):
    v = k % 5
    rows = []
    for _ in range(2):
        c, g, f, order = name_parts(r)
        rows.append((g, f))
    if v == 0:
        out = ["name,email,team\n"]
        for g, f in rows:
            out += ["\"", E(P, f + ", " + g), "\",", E("EMAIL", email_of(r, g, f, DOMAINS)), ",\"SRE, EU\"\n"]
        return out
    if v == 1:
        out = ["Last,First,Phone,Notes\n"]
        for g, f in rows:
            out += [E(P, f), ",", E(P, g), ",\"", E("PHONE", phone(r)), "\",\"called, no answer\"\n"]
        return out
    if v == 2:
        g, f = rows[0]
        return ["ticket,requester,summary\n", str(r.randrange(1000, 9999)), ",\"", E(P, g + " " + f), "\",\"VPN drops, again, after 10 min\"\n"]
    if v == 3:
        out = ["\"id\";\"Name, Vorname\";\"Standort\"\n"]
        for g, f in rows:
            out += [str(r.randrange(100, 999)), ";\"", E(P, f + ", " + g), "\";\"Graz, AT\"\n"]
        return out
    g, f = rows[0]
    return ["user_id\tdisplay_name\tlast_ip\n", str(r.randrange(10000, 99999)), "\t\"", E(P, g + " " + f), "\"\t", E("IPV4", ipv4(r, False)), "\n"]


def f_helpdesk_exports(r, k):
    v = k % 5
    c, g, f, order = name_parts(r)
    n = (f + " " + g) if order == "fg" else (g + " " + f)
    em = email_of(r, g, f, DOMAINS)
    if v == 0:
        return ["Gorgias ticket #", str(r.randrange(100000, 999999)), "\nCustomer: ", E(P, n), " <", E("EMAIL", em), ">\nChannel: email\n"]
    if v == 1:
        return ["[LiveChat] ", E(P, g), ": hi, my order never arrived\n[LiveChat] Agent ", E(P, fullname(r)), ": sorry to hear that, ", E(P, g), "!\n"]
    if v == 2:
        return ["tawk.to transcript\nVisitor: ", E(P, n), " (", E("EMAIL", em), ")\nIP: ", E("IPV4", ipv4(r, False)), "\n"]
    if v == 3:
        return ["HappyFox #", str(r.randrange(1000, 9999)), " | Contact: ", E(P, n), " | Phone: ", E("PHONE", phone(r)), "\n"]
    return ["{\"conversation\": {\"customer\": {\"name\": \"", E(P, n), "\", \"email\": \"", E("EMAIL", em), "\"}, \"channel\": \"groove\"}}\n"]


def f_net_addresses(r, k):
    v = k % 5
    if v == 0:
        return ["Dec  7 09:14:02 dnsmasq[812]: query[A] api.example.com from ", E("IPV4", ipv4(r, True)), "\n"]
    if v == 1:
        return ["=  eth0 IPv6 printer-3f                                  _ipp._tcp            local\n   hostname = [printer-3f.local]\n   address = [",
                E("IPV6", ipv6(r)), "]\n"]
    if v == 2:
        return ["$ fping -a -g ", ipv4(r, True).rsplit(".", 1)[0], ".0/24 2>/dev/null\n", E("IPV4", ipv4(r, True)), "\n", E("IPV4", ipv4(r, True)), "\n"]
    if v == 3:
        return ["Dec  7 09:14:02 pihole FTL: client ", E("IPV4", ipv4(r, True)), " (", E("MAC", mac(r)), ") blocked ads.example.net\n"]
    return ["arping -I eth0 ", E("IPV4", ipv4(r, True)), "\nUnicast reply from ", E("IPV4", ipv4(r, True)), " [", E("MAC", mac(r).upper()), "]  0.812ms\n"]


def _q(s):
    """RFC 2047 Q-encoding of a name (UTF-8)."""
    out = []
    for ch in s:
        if ch == " ":
            out.append("_")
        elif ch.isascii() and ch.isalnum():
            out.append(ch)
        else:
            out.append("".join("=%02X" % b for b in ch.encode("utf-8")))
    return "".join(out)


def f_names_encoded(r, k):
    v = k % 5
    c, g, f, order = name_parts(r, r.choice(["Walloon", "Ladin", "Serer", "Friulian", "Karelian"]))
    n = g + " " + f
    em = email_of(r, g, f, DOMAINS)
    if v == 0:
        return ["From: =?UTF-8?Q?", E(P, _q(n)), "?= <", E("EMAIL", em), ">\nSubject: =?UTF-8?Q?Re=3A_VPN?=\n"]
    if v == 1:
        return ["dn: cn=", E(P, f + "\\, " + g), ",ou=People,dc=example,dc=org\nmail: ", E("EMAIL", em), "\n"]
    if v == 2:
        from urllib.parse import quote_plus
        return ["GET /api/v2/users/search?name=", E(P, quote_plus(n)), "&active=true HTTP/1.1\n"]
    if v == 3:
        return ["{\"owner\":\"", E(P, "".join(ch if ord(ch) < 128 else "\\u%04x" % ord(ch) for ch in n)), "\",\"state\":\"open\"}\n"]
    return ["To: \"", E(P, f.upper() + ", " + g), "\" <", E("EMAIL", em), ">\n"]
