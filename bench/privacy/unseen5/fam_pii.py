"""Personal data: CRM and shop exports, healthcare and insurance tickets, payment gateway logs, proxy logs, DHCP leases."""

import gen as g
import people as pp
from gen import rec

CITIES = [("Lyon", "FR"), ("Porto", "PT"), ("Kraków", "PL"), ("Gent", "BE"), ("Utrecht", "NL"), ("Aarhus", "DK"), ("Graz", "AT"),
          ("Bergen", "NO"), ("Cork", "IE"), ("Osaka", "JP"), ("Pune", "IN"), ("Curitiba", "BR"), ("Puebla", "MX"), ("Rosario", "AR"),
          ("Durban", "ZA"), ("Lagos", "NG"), ("Busan", "KR"), ("Izmir", "TR"), ("Haifa", "IL"), ("Perth", "AU"), ("Dunedin", "NZ")]


def crm_csv(r):
    sep = r.choice([",", ";", "\t"])
    pieces = [sep.join(["contact_id", "full_name", "email", "phone", "city", "country", "consent"]) + "\n"]
    for _ in range(r.randrange(2, 5)):
        city, cc = r.choice(CITIES)
        who = pp.name(r)
        pieces += [f"C-{r.randrange(10**5, 10**6)}{sep}", ("PERSON", who), sep, ("EMAIL", pp.email(r, who)), sep, ("PHONE", pp.phone(r, cc)),
                   f"{sep}{city}{sep}{cc}{sep}{r.choice(['yes', 'no'])}\n"]
    pieces[-1] = pieces[-1][:-1]
    return rec(*pieces)


def shop_order(r):
    who = pp.name(r)
    city, cc = r.choice(CITIES)
    ip = g.ipv4(r, False) if r.random() < 0.7 else g.ipv6(r)
    return rec("{\"id\": ", str(r.randrange(4 * 10**12, 5 * 10**12)), ", \"order_number\": ", str(r.randrange(1000, 99999)), ", \"browser_ip\": \"", ("IPV6" if ":" in ip else "IPV4", ip),
               "\", \"customer\": {\"first_name\": \"", ("PERSON", who.split(" ")[0]), "\", \"last_name\": \"", ("PERSON", who.split(" ", 1)[1]), "\", \"email\": \"",
               ("EMAIL", pp.email(r, who)), "\"}, \"shipping_address\": {\"city\": \"", city, "\", \"country_code\": \"", cc, "\", \"phone\": \"", ("PHONE", pp.phone(r, cc)),
               "\"}, \"total_price\": \"", f"{r.randrange(10, 900)}.{r.randrange(10, 99)}", "\", \"currency\": \"EUR\"}")


def health_ticket(r):
    who = pp.name(r, middle=r.random() < 0.3)
    agent = pp.name(r)
    k = r.randrange(2)
    if k == 0:
        return rec(f"INC{r.randrange(10**6, 10**7)} | P2 | Patient portal: lab results not visible\nReported by: ", ("PERSON", agent), " (clinic front desk)\n"
                   "Patient: ", ("PERSON", who), ", MRN ", str(r.randrange(10**7, 10**8)), ", SSN ", ("US_SSN", g.ssn(r)), "\nCallback: ", ("PHONE", pp.phone(r, "US")),
                   "\nNotes: HL7 ORU^R01 from LIS rejected, segment PID-5 too long.")
    return rec("Claim ", f"CLM-2026-{r.randrange(10**5, 10**6)}", " escalated by ", ("PERSON", agent), "\nPolicyholder: ", ("PERSON", who), " <", ("EMAIL", pp.email(r, who)),
               ">\nBank account for reimbursement: ", ("IBAN", g.iban(r)), "\nThe payout job failed with ORA-12899 on column ACCOUNT_HOLDER.")


def payment_log(r):
    k = r.randrange(4)
    who = pp.name(r)
    if k == 0:
        return rec(f"2026-12-06 08:{r.randrange(10, 59)}:{r.randrange(10, 59)} DEBUG AdyenClient request: {{\"merchantAccount\":\"AcmeECOM\",\"amount\":{{\"currency\":\"EUR\",\"value\":{r.randrange(100, 99999)}}},"
                   "\"paymentMethod\":{\"type\":\"scheme\",\"number\":\"", ("CREDIT_CARD", g.card(r, False)), "\",\"expiryMonth\":\"0", str(r.randrange(1, 9)),
                   "\",\"expiryYear\":\"2029\",\"holderName\":\"", ("PERSON", who), "\"}}")
    if k == 1:
        return rec("Braintree::ErrorResult params: transaction[amount]=49.00&transaction[credit_card][number]=", ("CREDIT_CARD", g.card(r, False)),
                   "&transaction[credit_card][cardholder_name]=", ("PERSON", who.replace(" ", "+")), "&transaction[customer][email]=", ("EMAIL", pp.email(r, who).replace("@", "%40").replace("+", "%2B")))
    if k == 2:
        return rec("support ticket #", str(r.randrange(10**4, 10**5)), ": customer says card ", ("CREDIT_CARD", g.card(r, True)), " was charged twice on 3 Dec, name on card ",
                   ("PERSON", who), ". Stripe shows one succeeded charge and one pending.")
    return rec("POST /v1/payment_methods 400\nrequest_body: type=card&card[number]=", ("CREDIT_CARD", g.card(r, False)), "&card[exp_month]=12&card[exp_year]=2030&card[cvc]=",
               str(r.randrange(100, 999)), "\nAuthorization: Bearer ", ("API_KEY", g.stripe(r)))


def proxy_log(r):
    k = r.randrange(3)
    if k == 0:
        return rec(("IPV6", g.ipv6(r)), " - - [06/Dec/2026:08:", f"{r.randrange(10, 59)}:{r.randrange(10, 59)} +0000] \"GET /api/v2/me HTTP/2.0\" 200 ", str(r.randrange(200, 9000)),
                   " \"-\" \"okhttp/4.12.0\" xff=\"", ("IPV4", g.ipv4(r, False)), ", ", ("IPV4", g.ipv4(r, True)), "\"")
    if k == 1:
        return rec("{\"ts\":\"2026-12-06T08:", f"{r.randrange(10, 59)}:{r.randrange(10, 59)}Z\",\"client_ip\":\"", (("IPV4", g.ipv4(r, False)) if r.random() < 0.5 else ("IPV6", g.ipv6(r))), "\",\"user\":\"",
                   ("EMAIL", pp.email(r)), "\",\"path\":\"/account/export\",\"status\":403}")
    return rec(f"Dec  6 08:{r.randrange(10, 59)}:{r.randrange(10, 59)} fw01 kernel: [UFW BLOCK] IN=eth0 OUT= MAC=", ("MAC", g.mac(r, "colon")), ":", ("MAC", g.mac(r, "colon")),
               ":08:00 SRC=", ("IPV4", g.ipv4(r, False)), " DST=", ("IPV4", g.ipv4(r, True)), " LEN=60 TOS=0x00 PROTO=TCP SPT=", str(r.randrange(1024, 65535)), " DPT=22")


def dhcp(r):
    k = r.randrange(2)
    if k == 0:
        return rec("lease ", ("IPV4", g.ipv4(r, True)), " {\n  starts 0 2026/12/06 07:12:44;\n  ends 0 2026/12/06 19:12:44;\n  binding state active;\n  hardware ethernet ",
                   ("MAC", g.mac(r, "colon")), ";\n  client-hostname \"PRN-3F-EAST\";\n}")
    return rec("Router# show ip arp\nProtocol  Address          Age (min)  Hardware Addr   Type   Interface\nInternet  ", ("IPV4", g.ipv4(r, True)), "          ", str(r.randrange(0, 240)),
               "   ", ("MAC", g.mac(r, "cisco")), "  ARPA   Vlan20\nInternet  ", ("IPV4", g.ipv4(r, True)), "          -   ", ("MAC", g.mac(r, "cisco")), "  ARPA   Vlan20")


def people_chat(r):
    a, b = pp.name(r), pp.name(r)
    cc = r.choice([c for _, c in CITIES])
    return rec("Hi ", ("PERSON", b.split(" ")[0]), ",\n\nthe on-call swap with ", ("PERSON", b), " (week of 14 Dec) is fine with me. If anything breaks overnight call me on ", ("PHONE", pp.phone(r, cc)),
               " or mail ", ("EMAIL", pp.email(r, a, tag=r.choice([None, "oncall"]))), ".\n\nBest,\n", ("PERSON", a))


FAMILIES = [(crm_csv, 12), (shop_order, 9), (health_ticket, 10), (payment_log, 14), (proxy_log, 12), (dhcp, 6), (people_chat, 10)]
