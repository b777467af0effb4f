"""Personal-data families of unseen17: names, phones, e-mails, cards, IBANs, SSNs and addresses of hosts in positions and notations
the earlier sets did not use (git trailers, e-mail signatures, markdown tables, package metadata, prose with local punctuation, tel:
and SIP URIs, obfuscated e-mail addresses, new MAC notations, scripts and cultures not used before)."""
import string
from gen import E, pick, s, phone, ipv4, ipv6, mac, card, group, iban, grouped4, hhmm, HEX, LO
import people


def _person(r):
    c, g, f = people.culture_name(r)
    return g, f, g + " " + f


def f_git_trailers(r, k):
    g1, f1, n1 = _person(r)
    g2, f2, n2 = _person(r)
    m1, m2 = people.email_for(r, g1, f1), people.email_for(r, g2, f2)
    tr = pick(r, ["Co-authored-by", "Signed-off-by", "Reviewed-by", "Reported-by", "Tested-by", "Acked-by"])
    j = k % 3
    if j == 0:
        return ["commit %s\nAuthor: ci-bot <" % s(r, 40, HEX), E("EMAIL", "ci@builds.koro.systems"), ">\n\n    fix(retry): cap backoff at 30s\n\n    %s: " % tr, E("PERSON", n1), " <",
                E("EMAIL", m1), ">\n    Co-authored-by: ", E("PERSON", n2), " <", E("EMAIL", m2), ">"]
    if j == 1:
        return ["Change-Id: I%s\n%s: " % (s(r, 40, HEX), tr), E("PERSON", n1), " <", E("EMAIL", m1), ">"]
    return ["$ git interpret-trailers --parse < msg\n%s: " % tr, E("PERSON", n1), " <", E("EMAIL", m1), ">\nCo-authored-by: ", E("PERSON", n2), " <",
            E("EMAIL", m2), ">"]


def f_mail_signatures(r, k):
    g, f, n = _person(r)
    m = people.email_for(r, g, f)
    reg, ph = phone(r, intl=True)
    j = k % 3
    if j == 0:
        return ["Thanks, the failover worked.\n\n-- \n", E("PERSON", n), "\nSite Reliability | Koro Systems\nM: ", E("PHONE", ph), "\n", E("EMAIL", m)]
    if j == 1:
        return ["> the certificate expired at 02:00 UTC\n\nRenewed it, closing.\n\nBest regards / Saludos\n", E("PERSON", n), "\nmob. ", E("PHONE", ph)]
    return ["Sent from my phone\n__\n", E("PERSON", n), " · on call this week · ", E("PHONE", ph), " · ", E("EMAIL", m)]


def f_md_table_roster(r, k):
    rows = []
    out = ["| week | primary | phone | e-mail |\n|---|---|---|---|\n"]
    for i in range(2):
        g, f, n = _person(r)
        reg, ph = phone(r)
        out += ["| 2026-W%d | " % (49 + i), E("PERSON", n), " | ", E("PHONE", ph), " | ", E("EMAIL", people.email_for(r, g, f)), " |\n"]
    out.append("| 2026-W51 | (unassigned) | - | - |")
    return out


def f_phones_in_prose(r, k):
    reg = sorted(["GI", "SV", "ST", "MO", "PM", "CK", "AF"])[k % 7]
    _, ph = phone(r, reg)
    g, f, n = _person(r)
    j = r.randrange(4)
    if j == 0:
        return ["%s if the pager fails ring " % hhmm(r), E("PERSON", g), " on ", E("PHONE", ph), ", closest to the DC"]
    if j == 1:
        return ["Escalation: call the facilities desk (", E("PHONE", ph), ") and ask for ", E("PERSON", n), "."]
    if j == 2:
        return ["ticket note: customer can be reached at ", E("PHONE", ph), " after 18h local; prefers WhatsApp"]
    return [E("PERSON", n), " left a voicemail from ", E("PHONE", ph), " about the outage at the branch"]


def f_script_names_17(r, k):
    sc = sorted(people.SCRIPTS)[k % 4]
    _, nm = people.script_name(r, sc)
    j = r.randrange(3)
    if j == 0:
        return ["{\"level\":\"info\",\"msg\":\"profile updated\",\"display_name\":\"", E("PERSON", nm), "\",\"locale\":\"und\"}"]
    if j == 1:
        return ["%s ticket #%d opened by " % (hhmm(r), r.randrange(1000, 99999)), E("PERSON", nm), " (kiosk 3)"]
    return ["Assignee: ", E("PERSON", nm), "\nStatus: In progress"]


def f_names_in_metadata(r, k):
    g, f, n = _person(r)
    m = people.email_for(r, g, f)
    j = k % 5
    if j == 0:
        return ["{\n  \"name\": \"@koro/retry\",\n  \"version\": \"3.2.1\",\n  \"author\": \"", E("PERSON", n), " <", E("EMAIL", m), ">\"\n}"]
    if j == 1:
        return ["[project]\nname = \"atoll-exporter\"\nauthors = [{ name = \"", E("PERSON", n), "\", email = \"", E("EMAIL", m), "\" }]"]
    if j == 2:
        return ["atoll-agent (1.4.2-1) bookworm; urgency=medium\n\n  * Fix spool rotation.\n\n -- ", E("PERSON", n), " <", E("EMAIL", m),
                ">  Mon, 07 Dec 2026 09:12:44 +0000"]
    if j == 3:
        return ["// Copyright 2026 ", E("PERSON", n), ". Licensed under the Apache License, Version 2.0."]
    return ["# AUTHORS\n", E("PERSON", n), " <", E("EMAIL", m), ">\n", E("PERSON", people.full(r)), "\n"]


def f_iban_new_17(r, k):
    cc = sorted(["AL", "GE", "KZ", "IS", "MN", "OM", "SO", "YE", "FK", "HN", "NI"])[k % 11 if k < 11 else r.randrange(11)]
    v = iban(r, cc)
    out = v if r.random() < 0.5 else grouped4(v)
    n = people.full(r)
    j = k % 4
    if j == 0:
        return ["INSERT INTO payouts (beneficiary, iban, amount) VALUES ('", E("PERSON", n), "', '", E("IBAN", out), "', 1250.00);"]
    if j == 1:
        return ["| beneficiary | IBAN |\n|---|---|\n| ", E("PERSON", n), " | ", E("IBAN", out), " |"]
    if j == 2:
        return ["%s can you re-send the refund? the account is " % hhmm(r), E("IBAN", out), " (", E("PERSON", n), ")"]
    return ["<Cdtr><Nm>", E("PERSON", n), "</Nm></Cdtr><CdtrAcct><Id><IBAN>", E("IBAN", v), "</IBAN></Id></CdtrAcct>"]


def f_cards_new_layouts(r, k):
    brand, num = card(r)
    j = k % 5
    if j == 0:
        return ["INSERT INTO payments_debug VALUES (%d, '" % r.randrange(10 ** 5, 10 ** 6), E("CREDIT_CARD", num), "', '12/29', 'declined');"]
    if j == 1:
        return ["| field | value |\n|---|---|\n| pan | ", E("CREDIT_CARD", group(num, ".")), " |\n| brand | %s |" % brand]
    if j == 2:
        g = group(num)
        cut = g.rfind(" ", 0, 10)
        return ["customer read the card out as\n", E("CREDIT_CARD", g[:cut] + "\n" + g[cut + 1:]), "\nexp 08/28, I only kept the last four in the ticket"]
    if j == 3:
        return ["%s " % hhmm(r), E("PERSON", people.full(r)), ": the card that keeps failing is ", E("CREDIT_CARD", group(num, "-")), ", can you check the processor log?"]
    return ["card_number\t", E("CREDIT_CARD", num), "\ncard_brand\t%s\n" % brand]


def f_mac_notations_17(r, k):
    j = k % 5
    if j == 0:
        m = mac(r, "huawei")
        return ["<core-sw1>display mac-address\nMAC Address    VLAN/VSI   Learned-From   Type\n", E("MAC", m), " 20/-       GE0/0/%d       dynamic" % r.randrange(1, 48)]
    if j == 1:
        m = mac(r, "CISCO")
        return ["Switch#show mac address-table | i %s\n  %d    " % (m[:4].lower(), r.randrange(2, 400)), E("MAC", m), "    DYNAMIC     Gi1/0/%d" % r.randrange(1, 48)]
    if j == 2:
        m = mac(r, "COLON")
        return ["=> printenv ethaddr\nethaddr=", E("MAC", m), "\n=> setenv ipaddr ", E("IPV4", ipv4(r, True)), "\n=> saveenv"]
    if j == 3:
        m = mac(r, "colon")
        return ["ethernet0.virtualDev = \"vmxnet3\"\nethernet0.addressType = \"static\"\nethernet0.address = \"", E("MAC", m), "\""]
    m = mac(r, "colon")
    return ["network:\n  ethernets:\n    eno1:\n      match:\n        macaddress: \"", E("MAC", m), "\"\n      set-name: lan0"]


def f_ip_odd_writings(r, k):
    j = k % 5
    if j == 0:
        a = ipv6(r, r.randrange(3))
        return ["upstream connect error to [", E("IPV6", a), "]:8443 (connection refused)"]
    if j == 1:
        v4 = ipv4(r, True)
        return ["accepted connection from ", E("IPV6", "::ffff:" + v4), " port %d" % r.randrange(30000, 60000)]
    if j == 2:
        a = ipv6(r, 3)
        return ["Interface 12: Ethernet\nAddr Type  DAD State   Valid Life Pref. Life Address\nPublic     Preferred    infinite   infinite ", E("IPV6", a)]
    if j == 3:
        a, b = ipv4(r), ipv4(r)
        return ["peers: ", E("IPV4", a), ", ", E("IPV4", b), "; quorum lost at %s" % hhmm(r)]
    a = ipv6(r, r.randrange(3))
    return ["neighbor ", E("IPV6", a), " remote-as 64512 description transit-b"]


def f_emails_odd_writings(r, k):
    g, f, n = _person(r)
    m = people.email_for(r, g, f)
    user, dom = m.split("@")
    j = k % 5
    if j == 0:
        return ["contact ", E("EMAIL", "%s [at] %s" % (user, dom.replace(".", " [dot] "))), " for access to the runbook"]
    if j == 1:
        return ["<a href=\"mailto:", E("EMAIL", m), "?subject=INC-%d\">" % r.randrange(1000, 9999), E("PERSON", n), "</a>"]
    if j == 2:
        return ["From: \"", E("PERSON", f + ", " + g), "\" <", E("EMAIL", m), ">\nSubject: RE: disk alarm on nas-02"]
    if j == 3:
        pm = "%s+pagerduty@%s" % (user, dom)
        return ["notify:\n  - ", E("EMAIL", pm), "\n  - oncall-sre (schedule)"]
    return ["reply-to=", E("EMAIL", m.replace("@", "%40")), "&ticket=%d" % r.randrange(10 ** 5, 10 ** 6)]


def f_ssn_layouts(r, k):
    area = r.randrange(1, 899)
    while area == 666:
        area = r.randrange(1, 899)
    a, g, sr = "%03d" % area, "%02d" % r.randrange(1, 100), "%04d" % r.randrange(1, 10000)
    n = people.full(r)
    j = k % 4
    if j == 0:
        return ["| employee | ssn |\n|---|---|\n| ", E("PERSON", n), " | ", E("US_SSN", "%s-%s-%s" % (a, g, sr)), " |"]
    if j == 1:
        return ["INSERT INTO w4_staging (name, ssn) VALUES ('", E("PERSON", n), "', '", E("US_SSN", "%s-%s-%s" % (a, g, sr)), "');"]
    if j == 2:
        return ["%s HR bot: social on file for " % hhmm(r), E("PERSON", n), " is ", E("US_SSN", "%s.%s.%s" % (a, g, sr)), ", please verify"]
    return ["applicant: ", E("PERSON", n), "\nSSN\n", E("US_SSN", "%s-%s-%s" % (a, g, sr)), "\nstatus: pending"]


def f_phone_uris(r, k):
    reg, ph = phone(r, intl=True)
    e164 = "+" + "".join(ch for ch in ph if ch.isdigit())
    n = people.full(r)
    j = k % 4
    if j == 0:
        return ["<a href=\"tel:", E("PHONE", e164), "\">", E("PHONE", ph), "</a>"]
    if j == 1:
        return ["BEGIN:VCARD\nVERSION:4.0\nFN:", E("PERSON", n), "\nTEL;TYPE=cell:", E("PHONE", ph), "\nEND:VCARD"]
    if j == 2:
        return ["INVITE sip:", E("PHONE", e164), "@pbx.koro.systems SIP/2.0\nFrom: \"", E("PERSON", n), "\" <sip:pbx.koro.systems>;tag=%s" % s(r, 8, HEX)]
    return ["sms queued to=", E("PHONE", e164[1:]), " status=sent provider=gateway-2"]


def f_addresses_hosts_lists(r, k):
    j = k % 4
    if j == 0:
        a, b, c = ipv4(r), ipv4(r), ipv4(r)
        return ["allow_from = [\"", E("IPV4", a), "\", \"", E("IPV4", b), "\", \"", E("IPV4", c), "\"]"]
    if j == 1:
        a = ipv4(r)
        return ["host\tstate\tlast_seen\n", E("IPV4", a), "\tdown\t%s" % hhmm(r)]
    if j == 2:
        a, v6 = ipv4(r), ipv6(r, 1)
        return ["| node | v4 | v6 |\n|---|---|---|\n| mq-%d | " % r.randrange(1, 9), E("IPV4", a), " | ", E("IPV6", v6), " |"]
    a = ipv4(r)
    return ["-  server ", E("IPV4", ipv4(r)), ":6379 check\n+  server ", E("IPV4", a), ":6379 check"]
