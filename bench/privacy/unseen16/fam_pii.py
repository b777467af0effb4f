"""Personal-data families of unseen16."""
import string
from gen import E, s, pick, ipv4, ipv6, mac, card, group, iban, iban_grouped, phone, uuid, ts, hhmm, HEX
import people


def f_names_new_cultures(r, k):
    v = k % 5
    g, f = people.person(r)
    g2, f2 = people.person(r)
    if v == 0:
        return ["INC-%d assigned to " % r.randrange(10000, 99999), E("PERSON", g + " " + f), "; reviewer ", E("PERSON", g2 + " " + f2), "\n"]
    if v == 1:
        return ["Requester: ", E("PERSON", f.upper() + " " + g), "\nSubject: VPN drops every 20 minutes since %s\n" % hhmm(r)]
    if v == 2:
        return ["employee_id,display_name,dept\n%d,\"" % r.randrange(10000, 99999), E("PERSON", f + ", " + g), "\",Finance\n%d,\"" % r.randrange(10000, 99999),
                E("PERSON", f2 + ", " + g2), "\",Logistics\n"]
    if v == 3:
        return ["Hi ", E("PERSON", g), ", the certificate renewal for the payroll portal failed again. Thanks, ", E("PERSON", g2 + " " + f2), "\n"]
    return ["approved-by: ", E("PERSON", g + " " + f), " <", E("EMAIL", people.mailbox(g, f) + "@acme.example"), ">\n"]


def f_script_names(r, k):
    v = k % 4
    n, latin = pick(r, people.SCRIPT_NAMES)
    if v == 0:
        return ['{"displayName": "', E("PERSON", n), '", "dept": "Field Ops", "site": "Monrovia"}\n']
    if v == 1:
        return ["dn: uid=%s,ou=people,dc=example,dc=org\ncn: " % s(r, 6, string.ascii_lowercase), E("PERSON", n), "\nou: Support\n"]
    if v == 2:
        return ["WARN profile sync: name '", E("PERSON", n), "' has no Latin transliteration (user %d)\n" % r.randrange(1000, 99999)]
    return ["shift lead today: ", E("PERSON", n), " (ext. %d)\n" % r.randrange(2000, 2999)]


def f_phones_new_regions(r, k):
    v = k % 5
    reg, num = phone(r, intl=(v == 0 or None))
    g, f = people.person(r)
    if v == 0:
        return ["[%s] sms.dlr status=DELIVERED to=" % ts(r), E("PHONE", num), " msg_id=", s(r, 24, HEX), "\n"]
    if v == 1:
        return ["Caller: ", E("PERSON", g + " " + f), " — call back on ", E("PHONE", num), " after 14:00\n"]
    if v == 2:
        return ['{"customer":{"name":"', E("PERSON", g + " " + f), '","msisdn":"', E("PHONE", num), '","country":"%s"}}\n' % reg]
    if v == 3:
        return ["on-call escalation (%s): primary " % reg, E("PHONE", num), ", backup ", E("PHONE", phone(r, reg)[1]), "\n"]
    return ["ussd session closed msisdn=", E("PHONE", num), " code=*120*55# duration=41s\n"]


def f_iban_new_countries(r, k):
    v = k % 5
    ib = iban(r)
    g, f = people.person(r)
    if v == 0:
        return ["<CdtrAcct><Id><IBAN>", E("IBAN", ib), "</IBAN></Id></CdtrAcct>\n"]
    if v == 1:
        return ["payout failed for ", E("PERSON", g + " " + f), ": account ", E("IBAN", iban_grouped(ib)), " rejected (AC04 closed account)\n"]
    if v == 2:
        return [":25:", E("IBAN", ib), "\n:28C:%05d/1\n:60F:C261207EUR%d,00\n" % (r.randrange(99999), r.randrange(1000, 99999))]
    if v == 3:
        return ["beneficiary_iban=", E("IBAN", ib), " amount=%d.%02d currency=EUR ref=%s\n" % (r.randrange(10, 9999), r.randrange(100), s(r, 10, string.ascii_uppercase + string.digits))]
    return ["Please update my bank details to IBAN ", E("IBAN", iban_grouped(ib)), ". Regards, ", E("PERSON", g + " " + f), "\n"]


def f_cards_regional_brands(r, k):
    v = k % 5
    brand, num = card(r, pick(r, ["Mir", "RuPay", "Troy", "Elo", "Verve"]))
    if v == 0:
        return ["payment.authorize brand=%s pan=" % brand, E("CREDIT_CARD", num), " exp=%02d/%d result=DECLINED code=51\n" % (r.randrange(1, 13), r.randrange(27, 32))]
    if v == 1:
        return ['{"card":{"network":"%s","number":"' % brand.lower(), E("CREDIT_CARD", group(num)), '","holder":"CARDHOLDER"},"amount":%d}\n' % r.randrange(100, 99999)]
    if v == 2:
        return ["customer pasted in chat: my card is ", E("CREDIT_CARD", group(num, "-")), " can you check why it fails?\n"]
    if v == 3:
        return ["UPDATE payment_methods SET pan = '", E("CREDIT_CARD", num), "' WHERE id = %d;\n" % r.randrange(10 ** 5, 10 ** 7)]
    return ["<Card><Brand>%s</Brand><PAN>" % brand, E("CREDIT_CARD", num), "</PAN></Card>\n"]


def f_mail_server_logs(r, k):
    v = k % 5
    g, f = people.person(r)
    m = people.mailbox(g, f) + "@" + pick(r, ["mail.example.na", "post.example.cv", "example.gy", "example.org"])
    if v == 0:
        return ["Dec  7 %s:11 mx1 postfix/smtp[%d]: %s: to=<" % (hhmm(r), r.randrange(1000, 99999), s(r, 10, "0123456789ABCDEF")), E("EMAIL", m), ">, relay=",
                "mx.example.net[", E("IPV4", ipv4(r, False)), "]:25, status=sent (250 2.0.0 OK)\n"]
    if v == 1:
        return ["2026-12-07 %s:02 1tK%s-000%d-3x <= " % (hhmm(r), s(r, 3, string.ascii_letters), r.randrange(10)), E("EMAIL", m), " H=(client) [", E("IPV4", ipv4(r)),
                "] P=esmtpsa A=dovecot_login:", E("EMAIL", m), " S=%d\n" % r.randrange(1000, 99999)]
    if v == 2:
        return ["imap-login: Login: user=<", E("EMAIL", m), ">, method=PLAIN, rip=", E("IPV4", ipv4(r)), ", lip=", E("IPV4", ipv4(r, True)), ", TLS\n"]
    if v == 3:
        return ["Signed-off-by: ", E("PERSON", g + " " + f), " <", E("EMAIL", m), ">\n"]
    return ["From: \"", E("PERSON", g + " " + f), "\" <", E("EMAIL", m), ">\nSubject: [ops] disk full on db-2\n"]


def f_ipv4_neighbours(r, k):
    v = k % 5
    a = ipv4(r, True)
    if v == 0:
        return ["? (", E("IPV4", a), ") at ", E("MAC", mac(r, "bsd")), " on em0 expires in 1187 seconds [ethernet]\n"]
    if v == 1:
        return [E("IPV4", a), " dev eth0 lladdr ", E("MAC", mac(r, "colon")), " REACHABLE\n", E("IPV4", ipv4(r, True)), " dev eth0 lladdr ", E("MAC", mac(r, "colon")), " STALE\n"]
    if v == 2:
        return ["ESTAB 0 0 ", E("IPV4", a), ":5432 ", E("IPV4", ipv4(r, True)), ":51834 users:((\"postgres\",pid=%d,fd=9))\n" % r.randrange(1000, 99999)]
    if v == 3:
        return ["2026-12-07 %s:44,118 fail2ban.actions [%d]: NOTICE [sshd] Ban " % (hhmm(r), r.randrange(100, 9999)), E("IPV4", ipv4(r, False)), "\n"]
    return ["haproxy[%d]: " % r.randrange(100, 9999), E("IPV4", ipv4(r, False)), ":%d [07/Dec/2026:%s:09.114] fe_https be_api/a2 0/0/1/12/13 200 512\n" % (r.randrange(1024, 65535), hhmm(r))]


def f_ipv6_tool_output(r, k):
    v = k % 5
    a = ipv6(r)
    if v == 0:
        return [E("IPV6", a), " dev br0 lladdr ", E("MAC", mac(r, "colon")), " router REACHABLE\n"]
    if v == 1:
        return ["07-Dec-2026 %s:55.201 queries: info: client @0x7f%s " % (hhmm(r), s(r, 10, HEX)), E("IPV6", a), "#%d (api.example.org): query: api.example.org IN AAAA +E(0)K\n" % r.randrange(1024, 65535)]
    if v == 2:
        return ["64 bytes from ", E("IPV6", a), ": icmp_seq=%d ttl=64 time=0.%d ms\n" % (r.randrange(1, 9), r.randrange(100, 999))]
    if v == 3:
        ll = "fe80::%x:%x:%x:%x" % (r.randrange(1, 0xFFFF), r.randrange(1, 0xFFFF), r.randrange(1, 0xFFFF), r.randrange(1, 0xFFFF))
        return ["ssh: connect to host ", E("IPV6", ll), "%eth1 port 22: Connection timed out\n"]
    return ["pop3-login: Disconnected (auth failed, 1 attempts): user=<svc>, rip=", E("IPV6", a), ", lip=", E("IPV6", ipv6(r)), "\n"]


def f_mac_notations(r, k):
    v = k % 5
    if v == 0:
        return [" 20    ", E("MAC", mac(r, "cisco")), "    DYNAMIC     Gi1/0/%d\n" % r.randrange(1, 48)]
    if v == 1:
        return ["  %d      " % r.randrange(1, 48), E("MAC", mac(r, "hp")), "  %d\n" % r.randrange(1, 4000)]
    if v == 2:
        return ["Physical Address. . . . . . . . . : ", E("MAC", mac(r, "dash")), "\n"]
    if v == 3:
        return ["dhcpd: DHCPACK on ", E("IPV4", ipv4(r, True)), " to ", E("MAC", mac(r, "colon")), " (printer-3f) via eth1\n"]
    return ["client association: mac=", E("MAC", mac(r, "bare")), " ssid=corp-guest rssi=-61\n"]


def ssn(r):
    while True:
        a = r.randrange(1, 900)
        if a != 666:
            return "%03d-%02d-%04d" % (a, r.randrange(1, 100), r.randrange(1, 10000))


def f_ssn_payroll(r, k):
    v = k % 4
    g, f = people.person(r)
    n = ssn(r)
    if v == 0:
        return ["emp_no,name,ssn,state\n%d,\"" % r.randrange(1000, 9999), E("PERSON", g + " " + f), "\",", E("US_SSN", n), ",TX\n"]
    if v == 1:
        return ["W-2 preview: Employee's social security number ", E("US_SSN", n), " / Employee's first name and initial ", E("PERSON", g), "\n"]
    if v == 2:
        return ['{"employee":{"ssn":"', E("US_SSN", n.replace("-", "")), '","state":"WA"}}\n']
    return ["ADP import warning: duplicate SSN ", E("US_SSN", n.replace("-", " ")), " for worker ", E("PERSON", g + " " + f), "\n"]


def f_gecos_finger(r, k):
    v = k % 3
    g, f = people.person(r)
    reg, num = phone(r)
    user = people.mailbox(g, f).split(".")[0][:8]
    if v == 0:
        return ["$ getent passwd %s\n%s:x:%d:%d:" % (user, user, r.randrange(1000, 9999), r.randrange(1000, 9999)), E("PERSON", g + " " + f), ",Room %d," % r.randrange(1, 400),
                E("PHONE", num), ",:/home/%s:/bin/bash\n" % user]
    if v == 1:
        return ["Login: %s    \t\t\tName: " % user, E("PERSON", g + " " + f), "\nDirectory: /home/%s    \tShell: /bin/zsh\nOffice Phone: " % user, E("PHONE", num), "\n"]
    return ["chfn: changing user information for %s\n\tFull Name [" % user, E("PERSON", g + " " + f), "]:\n"]


def f_git_blame_log(r, k):
    v = k % 3
    g, f = people.person(r)
    m = people.mailbox(g, f) + "@users.noreply.example.org"
    sha = s(r, 40, HEX)
    if v == 0:
        return ["%s 12 12 1\nauthor " % sha, E("PERSON", g + " " + f), "\nauthor-mail <", E("EMAIL", m), ">\nauthor-time %d\n" % (1796000000 + r.randrange(10 ** 6))]
    if v == 1:
        return ["%s %s " % (sha[:8], ts(r)[:10]), E("PERSON", g + " " + f), " <", E("EMAIL", m), "> fix: retry on 503 from ledger\n"]
    return ["   %d\t" % r.randrange(1, 300), E("PERSON", g + " " + f), "\n   %d\t" % r.randrange(1, 300), E("PERSON", " ".join(people.person(r))), "\n"]


def f_support_ticket_mixed(r, k):
    g, f = people.person(r)
    reg, num = phone(r)
    m = people.mailbox(g, f) + "@" + pick(r, ["example.bw", "example.pg", "example.mv", "example.org"])
    return ["Ticket #%d (%s)\nFrom: " % (r.randrange(10 ** 5, 10 ** 6), reg), E("PERSON", g + " " + f), " <", E("EMAIL", m), ">\nPhone: ", E("PHONE", num),
            "\nLast login from ", E("IPV4", ipv4(r, False)), " — says MFA codes never arrive.\n"]
