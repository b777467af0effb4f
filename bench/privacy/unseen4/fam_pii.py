"""Families whose records hold personal data in the shared vocabulary (PERSON, EMAIL, PHONE, IBAN, CREDIT_CARD, US_SSN, IPV4,
IPV6, MAC). Same contract as fam_secrets: (source, parts)."""
import gen as g

P, E, PH = "PERSON", "EMAIL", "PHONE"
SIGNOFF = {"NL": ("Met vriendelijke groet,", "Goedemiddag,\n\nDe export van vanochtend mist de laatste 40 facturen. Kunnen jullie dit nakijken?"),
           "SE": ("Med vänliga hälsningar", "Hej!\n\nVår integration får 502 sedan i morse, se bifogad logg."),
           "FI": ("Ystävällisin terveisin", "Hei,\n\nRaporttiajo on jumissa jo toista päivää."),
           "TR": ("Saygılarımla,", "Merhaba,\n\nDün akşamdan beri ödeme sayfası açılmıyor."),
           "CZ": ("S pozdravem", "Dobrý den,\n\nod včerejška nám nechodí notifikace."),
           "DK": ("Venlig hilsen", "Hej,\n\nvi kan ikke logge ind i dashboardet efter opdateringen."),
           "JP": ("よろしくお願いいたします。", "お世話になっております。\n\n本日10時頃からAPIがタイムアウトしています。"),
           "EN": ("Cheers,", "Hi team,\n\nSince the maintenance window our webhook deliveries are failing with TLS errors.")}
PHONE_FOR = {"NL": "NL", "SE": "SE", "FI": "GB", "TR": "DE", "CZ": "AT", "DK": "SE", "JP": "JP", "EN": "NZ"}


def support_mail(r):
    lang = r.choice(list(SIGNOFF))
    person = g.name(r)
    close, body = SIGNOFF[lang]
    return "support-mail", ["From: ", (P, person), " <", (E, g.email(r, person)), ">\nSubject: Re: [#", str(r.randint(100000, 999999)), "]\n\n", body, "\n\n", close, "\n", (P, person), "\n",
                            (PH, g.phone(r, PHONE_FOR[lang]))]


def payroll_csv(r):
    rows = ["employee_id;name;email;iban;mobile\n"]
    for _ in range(r.randint(2, 3)):
        person = g.name(r)
        rows += [f"E{r.randint(10000, 99999)};", (P, person), ";", (E, g.email(r, person)), ";", ("IBAN", g.iban(r)), ";", (PH, g.phone(r)), "\n"]
    return "payroll-export", rows


def billing_json(r):
    person = g.name(r)
    return "billing-export", ["{\"invoice\":\"INV-2026-", str(r.randint(100000, 999999)), "\",\"customer\":{\"name\":\"", (P, person), "\",\"email\":\"", (E, g.email(r, person)),
                              "\"},\"payment\":{\"method\":\"card\",\"pan\":\"", ("CREDIT_CARD", g.card(r)), "\",\"exp\":\"0", str(r.randint(1, 9)), "/2", str(r.randint(7, 9)),
                              "\"},\"client_ip\":\"", ("IPV4", g.ipv4(r, "pub")), "\"}"]


def jira_ticket(r):
    a, b = g.name(r), g.name(r)
    return "jira", ["OPS-", str(r.randint(1000, 9999)), " | Priority: P2 | Reporter: ", (P, a), " | Assignee: ", (P, b), "\nDescription: customer callback requested on ", (PH, g.phone(r)),
                    ", affected tenant admin is ", (E, g.email(r)), ". Error started after deploy ", g.version(r, 3), "."]


def zendesk_card(r):
    person = g.name(r)
    return "zendesk", ["Ticket #", str(r.randint(100000, 999999)), " from ", (P, person), " (", (E, g.email(r, person)), ")\n> I was charged twice, my card is ", ("CREDIT_CARD", g.card(r, r.choice([" ", "-"]))),
                       ", please refund one of them. You can reach me at ", (PH, g.phone(r)), "."]


def pg_copy_customers(r):
    rows = ["COPY public.customers (id, full_name, email, phone, signup_ip) FROM stdin;\n"]
    for i in range(r.randint(2, 3)):
        person = g.name(r)
        rows += [str(r.randint(1000, 99999)), "\t", (P, person), "\t", (E, g.email(r, person)), "\t", (PH, g.phone(r)), "\t", ("IPV4", g.ipv4(r, "pub")), "\n"]
    rows.append("\\.")
    return "pg_dump", rows


def mysql_insert(r):
    person = g.name(r)
    return "mysql-general", ["2026-12-05T22:41:07.118823Z\t   88 Query\tINSERT INTO payouts (holder, iban, email) VALUES ('", (P, person), "', '", ("IBAN", g.iban(r, grouped=False)), "', '",
                             (E, g.email(r, person)), "')"]


def mongo_find(r):
    person = g.name(r)
    return "mongo-shell", ["rs0:PRIMARY> db.users.find({ plan: \"enterprise\" }).limit(1)\n{ \"_id\" : ObjectId(\"", g.hexs(r, 24), "\"), \"name\" : \"", (P, person), "\", \"email\" : \"",
                           (E, g.email(r, person)), "\", \"phone\" : \"", (PH, g.phone(r)), "\", \"lastLoginIp\" : \"", ("IPV6", g.ipv6(r)), "\" }"]


def redis_monitor(r):
    person = g.name(r)
    return "redis-monitor", [f"1733450{r.randint(100, 999)}.{r.randint(100000, 999999)} [0 ", ("IPV4", g.ipv4(r, "10")), f":{r.randint(30000, 60000)}] \"SET\" \"session:", g.hexs(r, 16),
                             "\" \"{\\\"user\\\":\\\"", (E, g.email(r, person)), "\\\",\\\"name\\\":\\\"", (P, person), "\\\"}\" \"EX\" \"3600\""]


def payroll_ssn(r):
    person = g.name(r)
    return "payroll-export", ["W4 update queued: employee=", (P, person), " ssn=", ("US_SSN", g.ssn(r, r.choice(["-", " "]))), " state=CA allowances=2 filed_by=", (E, g.email(r))]


def windows_event(r):
    ip = g.ipv4(r) if r.random() < 0.6 else None
    parts = ["An account failed to log on.\n\nSubject:\n\tSecurity ID:\t\tS-1-0-0\n\tAccount Name:\t\t-\n\nLogon Type:\t\t\t3\n\nAccount For Which Logon Failed:\n\tAccount Name:\t\tsvc_backup\n\tAccount Domain:\t\tCORP\n\n",
             "Failure Information:\n\tFailure Reason:\t\tUnknown user name or bad password.\n\tStatus:\t\t\t0xC000006D\n\nNetwork Information:\n\tWorkstation Name:\tWS-", str(r.randint(100, 999)), "\n\tSource Network Address:\t"]
    parts += [("IPV4", ip)] if ip else [("IPV6", g.ipv6(r))]
    parts += ["\n\tSource Port:\t\t", str(r.randint(49152, 65535))]
    return "windows-event", parts


def arp_neigh(r):
    parts = ["$ ip neigh show dev eth0\n"]
    for _ in range(r.randint(2, 3)):
        parts += [("IPV4", g.ipv4(r, "192")), " lladdr ", ("MAC", g.mac(r, "colon")), " ", r.choice(["REACHABLE", "STALE", "DELAY"]), "\n"]
    return "ip-neigh", parts


def dhcp_cisco(r):
    return "network-gear", ["%DHCPD-6-ADDRESS_ASSIGN: Interface Vlan", str(r.randint(10, 400)), " assigned DHCP address ", ("IPV4", g.ipv4(r, "10")), ", mask 255.255.255.0, hostname ",
                            r.choice(["android-", "iPhone-", "DESKTOP-"]), g.rs(r, 6, "ABCDEF0123456789"), "\nSW1#show mac address-table | include Gi1/0/", str(r.randint(1, 48)), "\n  ", str(r.randint(1, 400)),
                            "    ", ("MAC", g.mac(r, "cisco")), "    DYNAMIC     Gi1/0/", str(r.randint(1, 48))]


def chat_people(r):
    a, b, c = g.name(r), g.name(r), g.name(r)
    return "chat", ["[14:02] ", (P, a), ": paging ", (P, b), " — the customer (", (P, c), ", ", (PH, g.phone(r)), ") is on the bridge again\n[14:03] ", (P, b), ": joining"]


def haproxy_ipv6(r):
    return "haproxy", ["Dec  6 03:", str(r.randint(10, 59)), ":", str(r.randint(10, 59)), " lb-02 haproxy[", str(r.randint(1000, 9999)), "]: ", ("IPV6", g.ipv6(r)), ":", str(r.randint(30000, 65000)),
                       " [06/Dec/2026:03:10:11.102] fe_https~ be_api/api-", str(r.randint(1, 9)), " 0/0/1/45/46 200 812 - - ---- 311/311/12/3/0 0/0 \"GET /v1/me HTTP/1.1\" user=", (E, g.email(r))]


FAMILIES = [support_mail, payroll_csv, billing_json, jira_ticket, zendesk_card, pg_copy_customers, mysql_insert, mongo_find, redis_monitor, payroll_ssn,
            windows_event, arp_neigh, dhcp_cisco, chat_people, haproxy_ipv6]
