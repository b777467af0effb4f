"""PII families: multilingual mail threads, .eml headers, incident exports and postmortems, alert payloads, ticket and wiki
exports, support transcripts and call notes, payroll, logistics, travel bookings, bank statements, names in prose, call lists."""
import gen as g
from people import person, email_for, role_email, phone, e164, ascii_fold

E = lambda t, v: (t, v)
GS = "GENERIC_SECRET"


def _ph(r, intl=None):
    return E("PHONE", phone(r, None, intl)[0])


def f_mail_thread(r):
    a, b = person(r), person(r)
    k = r.randrange(8)
    hdr = [("Am 3. Dez. 2026 um 10:12 schrieb ", " <", ">:"), ("Le jeu. 3 déc. 2026 à 10:12, ", " <", "> a écrit :"),
           ("El jue, 3 dic 2026 a las 10:12, ", " (<", ">) escribió:"), ("Il giorno gio 3 dic 2026 alle ore 10:12 ", " <", "> ha scritto:"),
           ("Op do 3 dec. 2026 om 10:12 schreef ", " <", ">:"), ("Em qui., 3 de dez. de 2026 às 10:12, ", " <", "> escreveu:"),
           ("W dniu 3.12.2026 o 10:12, ", " pisze <", ">:"), ("2026. dec. 3., Cs 10:12 ", " <", "> írta:")][k]
    greet = ["Hallo", "Bonjour", "Hola", "Ciao", "Hoi", "Olá", "Cześć", "Szia"][k]
    return [greet, " ", E("PERSON", a[0]), ",\n\nthe failover is done, see the ticket.\n\n-- \n", E("PERSON", b[2]), "\nPlatform Operations | ", _ph(r), "\n\n", hdr[0], E("PERSON", a[2]), hdr[1],
            E("EMAIL", email_for(r, a)), hdr[2], "\n> Could you check the replica lag on erp-db before 14:00?\n> Thanks, ", E("PERSON", a[0])]


def f_eml_headers(r):
    a, b = person(r), person(r)
    last_first = (b[1] + ", " + b[0]) if b[1] and not b[1].endswith(".") else b[2]
    if any(ord(c) > 127 for c in a[2]):
        q = "=?UTF-8?Q?" + "".join(c if c.isascii() and c.isalnum() else ("_" if c == " " else "".join("=%02X" % x for x in c.encode())) for c in a[2]) + "?="
    else:
        q = a[2]
    return ["Return-Path: <", E("EMAIL", "bounce+" + g.hexs(r, 8) + "=" + email_for(r, b).replace("@", "=") + "@mg.example.com"), ">\nReceived: from mx2.example.com (mx2.example.com [",
            E("IPV4", g.ipv4(r, False)), "])\n\tby mail.example.org with ESMTPS id ", g.pick(r, g.ALNUM, 12), "\n\tfor <", E("EMAIL", email_for(r, b)), ">; Sat, 05 Dec 2026 22:14:03 +0000\nFrom: ",
            E("PERSON", q), " <", E("EMAIL", email_for(r, a)), ">\nTo: \"", E("PERSON", last_first), "\" <", E("EMAIL", email_for(r, b)), ">\nSubject: Re: VPN certificate expiry\nMessage-ID: <",
            g.hexs(r, 16), ".", str(r.randrange(10**5)), "@mail.example.org>\nX-Originating-IP: [", E("IPV4", g.ipv4(r, True)), "]\nX-Mailer: Microsoft Outlook 16.0"]


def f_incident_export(r):
    a, b, c = person(r), person(r), person(r)
    k = r.randrange(3)
    if k == 0:
        return ["#inc-", str(r.randrange(1000, 9999)), "-checkout (exported 2026-12-06)\n", E("PERSON", a[2]), "  10:02 AM\nI'm IC. ", E("PERSON", b[0]), ", can you take comms?\n", E("PERSON", b[2]),
                "  10:03 AM\nack. bridge: ", _ph(r, True), "\n", E("PERSON", c[2]), "  10:09 AM\nLB admin is `admin` / `", E(GS, g.password(r, True)), "` until we rotate, don't paste it elsewhere"]
    if k == 1:
        return ["# Postmortem draft: checkout 5xx (SEV2)\n**Author:** ", E("PERSON", a[2]), "  \n**Reviewers:** ", E("PERSON", b[2]), ", ", E("PERSON", c[2]),
                "\n\n| time (UTC) | event |\n|---|---|\n| 09:58 | alert fired, ", E("PERSON", a[0]), " paged |\n| 10:07 | ", E("PERSON", c[2]), " rolled back api to 2026.12.1 |\n| 10:31 | recovered |"]
    return ["Incident 4821 — timeline (Google Docs export)\n10:02  ", E("PERSON", a[2]), " declared the incident\n10:05  ", E("PERSON", b[2]), " (", E("EMAIL", email_for(r, b)), ") joined from the Lisbon office\n10:14  customer escalation from ",
            E("PERSON", c[2]), ", call back on ", _ph(r)]


def f_alert_payloads(r):
    a, b = person(r), person(r)
    ip = g.ipv4(r, True)
    k = r.randrange(3)
    if k == 0:
        return ["{\"event\":{\"event_type\":\"incident.acknowledged\",\"agent\":{\"summary\":\"", E("PERSON", a[2]), "\",\"type\":\"user_reference\"},\"data\":{\"id\":\"Q",
                g.pick(r, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", 13), "\",\"title\":\"disk full on ", E("IPV4", ip), "\",\"assignees\":[{\"summary\":\"", E("PERSON", b[2]), "\",\"type\":\"user_reference\"}],\"urgency\":\"high\"}}}"]
    if k == 1:
        return ["{\"action\":\"Create\",\"alert\":{\"alertId\":\"", g.uuid(r), "\",\"message\":\"replica lag > 300s\",\"owner\":\"", E("EMAIL", email_for(r, a)), "\",\"responders\":[{\"type\":\"user\",\"name\":\"",
                E("PERSON", b[2]), "\"}],\"details\":{\"db_url\":\"postgres://", E("CONNECTION_STRING", "monitor:" + g.password(r, True)), "@", E("IPV4", ip), ":5432/erp\"}}}"]
    return ["[FIRING:1] HostDown (", E("IPV4", ip), ":9100 node)\nSource: Alertmanager\nEscalated to: ", E("PERSON", a[2]), " (", E("PHONE", e164(r)[0]), ")\nSecondary: ", E("PERSON", b[2])]


def f_ticket_export(r):
    a, b = person(r), person(r)
    k = r.randrange(4)
    if k == 0:
        return ["<table class=\"grid\"><tr><td>Reporter:</td><td>", E("PERSON", a[2]), "</td></tr><tr><td>Assignee:</td><td>", E("PERSON", b[2]),
                "</td></tr></table>\n<div class=\"description\"><p>app.yaml on prod has <code>password: ", E(GS, g.password(r, True)), "</code> in clear, please rotate</p></div>"]
    if k == 1:
        return ["h3. Steps\n# Reproduce with the curl below\n{noformat}\ncurl -H 'Authorization: Basic ", E("BASIC_AUTH", g.b64of("svc-report:" + g.password(r, True))), "' https://bi.example.com/api/export\n{noformat}\n*Reporter:* ",
                E("PERSON", a[2]), " [~", ascii_fold(a[0]).lower().split()[0], "]\n*Environment:* prod"]
    if k == 2:
        return ["Summary,Issue key,Issue id,Issue Type,Status,Reporter,Assignee,Created\n\"VPN drops every 30 min\",OPS-", str(r.randrange(1000, 9999)), ",", str(r.randrange(10**5, 10**6)), ",Bug,Open,",
                E("PERSON", a[2]), ",", E("PERSON", b[2]), ",06/Dec/26 10:02 AM"]
    return ["<record_update table=\"incident\"><incident action=\"INSERT_OR_UPDATE\">\n<number>INC00", str(r.randrange(10**5, 10**6)), "</number>\n<caller_id display_value=\"", E("PERSON", a[2]), "\">", g.hexs(r, 32),
            "</caller_id>\n<u_callback_number>", _ph(r), "</u_callback_number>\n<short_description>Cannot log in to SAP</short_description>\n</incident></record_update>"]


def f_confluence(r):
    a, b = person(r), person(r)
    if r.random() < 0.5:
        return ["<h2>On-call rota (Q1)</h2><table><tbody><tr><th>Week</th><th>Primary</th><th>Phone</th></tr><tr><td>1</td><td>", E("PERSON", a[2]), "</td><td>", _ph(r),
                "</td></tr><tr><td>2</td><td>", E("PERSON", b[2]), "</td><td>", _ph(r), "</td></tr></tbody></table><p>Escalation: <ri:user ri:userkey=\"", g.hexs(r, 32), "\" /></p>"]
    return ["<ac:structured-macro ac:name=\"code\"><ac:parameter ac:name=\"language\">bash</ac:parameter><ac:plain-text-body><![CDATA[export JIRA_API_TOKEN=", E("API_KEY", "ATATT3xFfGF0" + g.pick(r, g.ALNUM + "-_", 180)),
            "\ncurl -u ", E("EMAIL", email_for(r, a)), ":$JIRA_API_TOKEN https://example.atlassian.net/rest/api/3/myself]]></ac:plain-text-body></ac:structured-macro>\n<p>Page owner: ", E("PERSON", a[2]), "</p>"]


def f_support_transcript(r):
    a = person(r)
    k = r.randrange(4)
    if k == 0:
        return ["(10:02:11 AM) Support Bot: Thanks for contacting us!\n(10:02:40 AM) ", E("PERSON", a[2]), ": my card ", E("CREDIT_CARD", g.card(r)), " was charged twice\n(10:03:05 AM) Support Agent: sorry about that, can I call you on ",
                _ph(r), "?\n(10:03:22 AM) ", E("PERSON", a[2]), ": yes"]
    if k == 1:
        return ["{\"type\":\"conversation_part\",\"author\":{\"type\":\"user\",\"name\":\"", E("PERSON", a[2]), "\",\"email\":\"", E("EMAIL", email_for(r, a)),
                "\"},\"body\":\"<p>refund please to ", E("IBAN", g.iban(r)), "</p>\",\"created_at\":1765012345}"]
    if k == 2:
        lang = r.randrange(4)
        intro = ["Chiamata da ", "Hívó: ", "Tumawag si ", "Simu kutoka kwa "][lang]
        cb = ["richiamare al ", "visszahívás: ", "tawagan sa ", "piga tena "][lang]
        return ["CALL NOTE #", str(r.randrange(10**5, 10**6)), "\n", intro, E("PERSON", a[2]), ", ", cb, _ph(r), ".\n",
                ["Problema con la fattura, ", "Számlázási hiba, ", "Problema sa bill, ", "Tatizo la ankara, "][lang], "IBAN ", E("IBAN", g.iban(r, None, True)), "\nAgent: ", E("PERSON", "T. Okafor-Lind")]
    return ["Ticket #", str(r.randrange(10**5, 10**6)), " from ", E("PERSON", a[2]), " via Zendesk\n> Hi, I can't reset my 2FA. My backup phone is ", _ph(r, True), " and my SSN is ", E("US_SSN", g.ssn(r, "-")),
            " if you need to verify.\nInternal note: verified, reset done."]


def f_payroll(r):
    out = ["employee_id;name;email;iban;mobile\n"]
    for _ in range(r.randrange(2, 4)):
        p = person(r)
        out += ["E", str(r.randrange(10**4, 10**5)), ";", E("PERSON", p[2]), ";", E("EMAIL", email_for(r, p)), ";", E("IBAN", g.iban(r, None, False)), ";", _ph(r), "\n"]
    out[-1] = out[-1].rstrip("\n") if isinstance(out[-1], str) else out[-1]
    if out[-1] == "":
        out.pop()
    return out


def f_logistics(r):
    a = person(r)
    if r.random() < 0.5:
        return ["{\"shipment\":\"SHP-", str(r.randrange(10**7, 10**8)), "\",\"consignee\":{\"name\":\"", E("PERSON", a[2]), "\",\"phone\":\"", _ph(r), "\",\"locker\":\"PL-",
                g.pick(r, "ABCDEFGHJKLMNPQRSTUVWXYZ", 3), "-", str(r.randrange(100, 999)), "\"},\"status\":\"EXCEPTION\",\"reason\":\"recipient unreachable\"}"]
    return ["Dispatch log 06.12 08:14 driver ", E("PERSON", a[2]), " (", _ph(r), ") — parcel 3 of 5 refused, consignee asked to call ", _ph(r, True)]


def f_travel(r):
    a, b = person(r), person(r)
    fam = lambda p: ascii_fold(p[1] or p[0]).upper().replace(".", "").strip()
    giv = lambda p: ascii_fold(p[0]).upper()
    if r.random() < 0.6:
        ph, _ = e164(r)
        em = email_for(r, a).upper().replace("@", "//")
        return ["RP/MUC1A0980/\n  1.", E("PERSON", fam(a) + "/" + giv(a)), " MR  2.", E("PERSON", fam(b) + "/" + giv(b)), " MRS\n  3  LH 400 Y 14DEC 1 FRAJFK HK2  1025 1300\n  4 AP ",
                E("PHONE", ph.lstrip("+")), "\n  5 APE ", E("EMAIL", em), "\n  6 TK OK06DEC/MUC1A0980\n  7 FA PAX 220-", str(r.randrange(10**9, 10**10)), "/ETLH/EUR1234.56/06DEC26/MUC1A0980"]
    return ["{\"reservation\":\"", g.pick(r, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789", 6), "\",\"guest\":{\"firstName\":\"", E("PERSON", a[0]), "\",\"lastName\":\"", E("PERSON", a[1] or a[0]),
            "\"},\"payment\":{\"type\":\"VI\",\"number\":\"", E("CREDIT_CARD", g.card(r, False)), "\",\"expiry\":\"0929\"},\"phone\":\"", E("PHONE", e164(r)[0]), "\"}"]


def f_bank_statement(r):
    a, b = person(r), person(r)
    if r.random() < 0.5:
        return [":20:STMT", str(r.randrange(10**8, 10**9)), "\n:25:", E("IBAN", g.iban(r, None, False)), "\n:28C:00241/001\n:60F:C261205EUR12345,67\n:61:2612061206D250,00NTRFNONREF\n:86:166?00SEPA-UEBERWEISUNG?20EREF+INV-2026-1182?32",
                E("PERSON", ascii_fold(b[2])), "?31", E("IBAN", g.iban(r, None, False)), "\n:62F:C261206EUR12095,67"]
    return ["<Ntry><Amt Ccy=\"EUR\">1250.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><NtryDtls><TxDtls><RltdPties><Dbtr><Nm>", E("PERSON", a[2]), "</Nm></Dbtr><DbtrAcct><Id><IBAN>",
            E("IBAN", g.iban(r, None, False)), "</IBAN></Id></DbtrAcct></RltdPties><RltdAgts><DbtrAgt><FinInstnId><BICFI>", g.pick(r, "ABCDEFGHIJKLMNOPQRSTUVWXYZ", 6), "2X</BICFI></FinInstnId></DbtrAgt></RltdAgts></TxDtls></NtryDtls></Ntry>"]


def f_names_prose(r):
    a, b, c = person(r), person(r), person(r)
    k = r.randrange(4)
    if k == 0:
        return ["Handover: ", E("PERSON", a[2]), " hands the pager to ", E("PERSON", b[2]), " at 18:00; ", E("PERSON", c[2]), " is secondary until Monday."]
    if k == 1:
        return ["| engineer | team | on leave |\n|---|---|---|\n| ", E("PERSON", a[2]), " | storage | 12–16 Dec |\n| ", E("PERSON", b[2]), " | network | — |\n| ", E("PERSON", c[2]), " | DBA | 22 Dec |"]
    if k == 2:
        return ["Thanks to ", E("PERSON", a[2]), " and ", E("PERSON", b[2]), " for the quick rollback, and to ", E("PERSON", c[0]), " for the customer comms. — ", E("PERSON", c[2])]
    return ["git shortlog -sn --since=2026-11-01\n    42\t", E("PERSON", a[2]), "\n    17\t", E("PERSON", b[2]), "\n     3\t", E("PERSON", c[2])]


def f_call_list(r):
    out = [r.choice(["SMS gateway delivery report\n", "Escalation call list (exported)\n", "Twilio-style CDR\n"])]
    for _ in range(r.randrange(3, 5)):
        if r.random() < 0.5:
            out += [r.choice(["delivered ", "failed    ", "queued    "]), E("PHONE", e164(r)[0]), " msg=", g.pick(r, g.ALNUM, 10), "\n"]
        else:
            out += ["call ", _ph(r), " dur=", str(r.randrange(5, 600)), "s\n"]
    out[-1] = "\n" if False else out[-1]
    return out
