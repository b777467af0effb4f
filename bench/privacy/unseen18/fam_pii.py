"""Personal-data families of unseen18: database dumps of user tables, LDIF and directory exports, ticket, incident and chat exports,
on-call schedules, audit logs, network tables, node listings, mail headers, error-tracker events. Every other record (k even) of the
dump families is long (10-100 KB) with the personal data spread through it."""
import json
from gen import (card, hexs, iban, ipv4, ipv4_private, ipv4_public, ipv6, mac, s, sha256, git_sha, size, spread, ssn, ts, uuid, bcrypt)
import people

NS = ["payments", "checkout", "ledger", "identity", "search", "billing", "notify", "orders"]


def _who(r, region=None, script=False):
    name, g, f, reg = people.person(r, region, script)
    return name, g, f, reg


def _row_pg(r, i):
    name, g, f, reg = _who(r)
    lat = r.random() < 0.5
    return ["%d\t" % i, ("PERSON", name), "\t", ("EMAIL", people.email(r, g, f)), "\t", ("PHONE", people.phone(r, reg if reg != "or" else None)), "\t%s\t" % bcrypt(r),
            ("IPV4", ipv4_public(r)) if lat else ("IPV6", ipv6(r)), "\t%s+00\tt\n" % ts(r, fmt="%Y-%m-%d %H:%M:%S")]


def p_pg_dump_users(r, k):
    head = ["--\n-- PostgreSQL database dump\n--\n\n-- Dumped from database version 16.4\n\nSET statement_timeout = 0;\nSET client_encoding = 'UTF8';\n\nCOPY public.users (id, full_name, email, phone, password_digest, last_sign_in_ip, created_at, active) FROM stdin;\n"]
    tail = ["\\.\n\n--\n-- Name: users_id_seq; Type: SEQUENCE SET; Schema: public; Owner: app\n--\n\nSELECT pg_catalog.setval('public.users_id_seq', %d, true);\n" % r.randint(1000, 99999)]
    if k % 4 == 0:
        body = spread(r, [], [_row_pg(r, i + 1) for i in range(3)], lambda r: [], 0)
        return spread(r, ["--\n-- Data for Name: order_events; Type: TABLE DATA; Schema: public; Owner: app\n--\n\nCOPY public.order_events (id, order_id, status, amount_cents, created_at) FROM stdin;\n"],
                      [["\\.\n\n", head[0][head[0].index("COPY"):]] + body + tail], _row_orders, size(r))
    return head + [x for i in range(r.randint(2, 4)) for x in _row_pg(r, 100 + i)] + tail


def _row_my(r, i):
    name, g, f, reg = _who(r)
    return ["(%d,'" % i, ("PERSON", name.replace("'", "\\'")), "','", ("EMAIL", people.email(r, g, f)), "','", ("CREDIT_CARD", card(r, False)), "','%02d/%02d','" % (r.randint(1, 12), r.randint(27, 33)),
            ("IBAN", iban(r, grouped=False)), "','%s')" % ts(r, fmt="%Y-%m-%d %H:%M:%S")]


def p_mysqldump_customers(r, k):
    head = ["-- MySQL dump 10.13  Distrib 8.0.39, for Linux (x86_64)\n--\n-- Host: localhost    Database: shop\n-- ------------------------------------------------------\n\nLOCK TABLES `customers` WRITE;\n/*!40000 ALTER TABLE `customers` DISABLE KEYS */;\nINSERT INTO `customers` VALUES "]
    tail = [";\n/*!40000 ALTER TABLE `customers` ENABLE KEYS */;\nUNLOCK TABLES;\n"]
    if k % 4 == 0:
        rows = _row_my(r, 1) + [","] + _row_my(r, 2) + [","] + _row_my(r, 3)
        return spread(r, ["-- MySQL dump 10.13  Distrib 8.0.39, for Linux (x86_64)\n--\n-- Host: localhost    Database: shop\n\nLOCK TABLES `order_items` WRITE;\nINSERT INTO `order_items` VALUES (1,1,'SKU-1',1,100)"],
                      [[";\nUNLOCK TABLES;\n\n"] + head[0][head[0].index("LOCK"):].split("\n", 0) + rows + tail + ["LOCK TABLES `order_items` WRITE;\nINSERT INTO `order_items` VALUES (1,1,'SKU-1',1,100)"]], _row_items, size(r), [";\nUNLOCK TABLES;\n"])
    rows = []
    for i in range(r.randint(1, 3)):
        rows += ([","] if rows else []) + _row_my(r, 10 + i)
    return head + rows + tail


def _ldif_entry(r, secret_ok=True):
    name, g, f, reg = _who(r, r.choice(["us", "uk", "pt", "gr", "ua", "ph", "bd"]))
    uid = (g[0] + f).lower().replace(" ", "")
    out = ["dn: uid=%s,ou=people,dc=corp,dc=example\nobjectClass: inetOrgPerson\nobjectClass: posixAccount\nuid: %s\ncn: " % (uid, uid), ("PERSON", name), "\ngivenName: ", ("PERSON", g), "\nsn: ", ("PERSON", f),
           "\nmail: ", ("EMAIL", people.email(r, g, f)), "\ntelephoneNumber: ", ("PHONE", people.phone(r, reg, True)), "\n"]
    if r.random() < 0.4:
        out += ["mobile: ", ("PHONE", people.phone(r, reg, False)), "\n"]
    out += ["uidNumber: %d\ngidNumber: 10000\nhomeDirectory: /home/%s\nuserPassword: {SSHA}%s\n\n" % (r.randint(10000, 60000), uid, s(r, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/", 32))]
    return out


def p_ldif_export(r, k):
    head = ["$ ldapsearch -x -LLL -H ldaps://ldap.corp.example -b ou=people,dc=corp,dc=example\n"]
    if k % 4 == 0:
        return spread(r, head, [_ldif_entry(r) for _ in range(3)], _ldif_group, size(r))
    return head + _ldif_entry(r) + (_ldif_entry(r) if r.random() < 0.5 else [])


def _jira_row(r):
    a, b = _who(r), _who(r)
    key = "%s-%d" % (r.choice(["OPS", "INC", "SRE", "PAY"]), r.randint(100, 9999))
    out = ['"%s","%s","' % (r.choice(["Checkout latency above SLO", "Ledger consumer lag", "Card declines spike", "Login timeouts in EU", "Disk full on db replica"]), key),
           ("PERSON", a[0]), '","', ("EMAIL", people.email(r, a[1], a[2])), '","', ("PERSON", b[0]), '","%s","' % r.choice(["Open", "In Progress", "Resolved"])]
    kind = r.randrange(3)
    if kind == 0:
        out += ["Customer called from ", ("PHONE", people.phone(r, a[3] if a[3] != "or" else None)), " about double charge"]
    elif kind == 1:
        out += ["Errors from ", ("IPV4", ipv4(r)), " only; blocked at the WAF"]
    else:
        out += ["Paged ", ("PERSON", b[1]), " at 03:10, no answer, escalated"]
    return out + ['","%s"\n' % ts(r, fmt="%d/%b/%y %I:%M %p")]


def p_jira_csv_export(r, k):
    head = ["Summary,Issue key,Reporter,Reporter Email,Assignee,Status,Description,Created\n"]
    if k % 4 == 0:
        return spread(r, head, [_jira_row(r) for _ in range(3)], _jira_auto, size(r))
    return head + _jira_row(r) + (_jira_row(r) if k % 3 else [])


def _pd_log(r):
    p = _who(r)
    return ['    {"type": "%s", "created_at": "%sZ", "agent": {"type": "user_reference", "summary": "' % (r.choice(["notify_log_entry", "acknowledge_log_entry", "assign_log_entry"]), ts(r)), ("PERSON", p[0]),
            '"}, "channel": {"type": "%s", "summary": "' % r.choice(["sms", "phone"]), ("PHONE", people.phone(r, p[3] if p[3] != "or" else "us", True)), '"}},\n']


def p_pagerduty_incident(r, k):
    p = _who(r)
    head = ['$ pd incident log -i Q%s --json\n{\n  "incident": {"id": "Q%s", "title": "%s", "urgency": "high", "assignments": [{"assignee": {"summary": "' % (s(r, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789", 13), s(r, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789", 13), r.choice(["[FIRING:1] HighErrorRate checkout", "Disk usage above 95% on pg-primary", "5xx burst on edge"])),
            ("PERSON", p[0]), '", "email": "', ("EMAIL", people.email(r, p[1], p[2])), '"}}]},\n  "log_entries": [\n']
    tail = ['    {"type": "resolve_log_entry", "created_at": "%sZ"}\n  ]\n}\n' % ts(r)]
    if k % 4 == 0:
        return spread(r, head, [_pd_log(r) for _ in range(3)], _pd_auto, size(r), tail)
    return head + _pd_log(r) + _pd_log(r) + tail


def _slack_msg(r, script=False):
    p = _who(r, None, script)
    out = ['  {"type": "message", "user": "U0%s", "user_profile": {"real_name": "' % s(r, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789", 9), ("PERSON", p[0]), '"}, "text": "']
    kind = r.randrange(5)
    if kind == 0:
        out += ["I'm on a train, call me on ", ("PHONE", people.phone(r, p[3] if p[3] != "or" else "gr")), " if it pages again"]
    elif kind == 1:
        out += ["the bad requests all come from ", ("IPV6", ipv6(r)), ", see the WAF log"]
    elif kind == 2:
        out += ["looping in <mailto:", ("EMAIL", people.email(r)), "|", ("EMAIL", people.email(r)), ">"]
    elif kind == 3:
        q = _who(r)
        out += ["handing over to ", ("PERSON", q[0]), " for the night shift"]
    else:
        out += ["rollback done, error rate back to %.2f%%" % (r.random() * 2)]
    return out + ['", "ts": "%d.%06d"},\n' % (r.randint(1790000000, 1799999999), r.randint(0, 999999))]


def p_slack_channel_export(r, k):
    head = ["$ cat export/incident-%d/2026-12-07.json\n[\n" % r.randint(100, 999)]
    tail = ['  {"type": "message", "subtype": "channel_archive", "ts": "%d.000200"}\n]\n' % r.randint(1790000000, 1799999999)]
    if k % 4 == 0:
        return spread(r, head, [_slack_msg(r, True), _slack_msg(r), _slack_msg(r)], _slack_bot, size(r), tail)
    return head + _slack_msg(r, k % 3 == 0) + _slack_msg(r) + tail


def p_teams_transcript(r, k):
    a, b = _who(r, None, True), _who(r)
    t = ts(r, fmt="%H:%M:%S")
    return ["WEBVTT\n\n%s.000 --> %s.900\n<v " % (t, t), ("PERSON", a[0]), ">Can you read me the number for the vendor's on-call?</v>\n\n%s.100 --> %s.800\n<v " % (t, t), ("PERSON", b[0]), ">Sure, it's ",
            ("PHONE", people.phone(r, r.choice(["pt", "gr", "ua", "bd", "ph"]))), ", ask for ", ("PERSON", _who(r)[0]), ".</v>\n"]


def _oncall_row(r):
    p = _who(r)
    return ["| %s | " % ts(r, fmt="%a %d %b"), ("PERSON", p[0]), " | ", ("PHONE", people.phone(r, p[3] if p[3] != "or" else "bd", True)), " | ", ("EMAIL", people.email(r, p[1], p[2])), " | %s |\n" % r.choice(["primary", "secondary", "manager"])]


def p_oncall_schedule(r, k):
    out = ["$ opsgenie schedules get-oncalls --name %s-sre --flat --output table\n| date | responder | phone | email | role |\n|---|---|---|---|---|\n" % r.choice(NS)]
    for _ in range(r.randint(2, 5)):
        out += _oncall_row(r)
    return out


def _audit(r, k=0):
    p = _who(r)
    kind = r.randrange(2)
    if kind == 0:
        return ['{"protoPayload": {"@type": "type.googleapis.com/google.cloud.audit.AuditLog", "authenticationInfo": {"principalEmail": "', ("EMAIL", people.email(r, p[1], p[2])),
                '"}, "requestMetadata": {"callerIp": "', ("IPV4", ipv4_public(r)) if r.random() < 0.6 else ("IPV6", ipv6(r)), '", "callerSuppliedUserAgent": "google-cloud-sdk gcloud/497.0.0"}, "methodName": "%s", "resourceName": "projects/%s-prod/secrets/%s"}, "timestamp": "%sZ", "severity": "NOTICE"}\n' % (
                    r.choice(["google.cloud.secretmanager.v1.SecretManagerService.AccessSecretVersion", "SetIamPolicy", "v1.compute.instances.delete"]), r.choice(NS), r.choice(NS), ts(r))]
    return ['{"eventVersion": "1.10", "userIdentity": {"type": "IAMUser", "principalId": "AIDA%s", "arn": "arn:aws:iam::%d:user/' % (s(r, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 17), r.randint(10**11, 10**12 - 1)),
            ("EMAIL", people.email(r, p[1], p[2])), '", "accountId": "%d"}, "eventTime": "%sZ", "eventName": "%s", "sourceIPAddress": "' % (r.randint(10**11, 10**12 - 1), ts(r), r.choice(["ConsoleLogin", "DeleteBucket", "PutBucketPolicy"])),
            ("IPV4", ipv4_public(r)), '", "userAgent": "Mozilla/5.0", "requestID": "%s", "eventID": "%s"}\n' % (uuid(r), uuid(r))]


def p_cloud_audit_log(r, k):
    head = ["$ %s\n" % r.choice(["gcloud logging read 'logName:cloudaudit' --format=json --limit=500 | jq -c '.[]'", "aws cloudtrail lookup-events --max-results 500 | jq -c '.Events[].CloudTrailEvent | fromjson'"])]
    if k % 4 == 0:
        return spread(r, head, [_audit(r) for _ in range(3)], _audit_service, size(r))
    return head + _audit(r) + _audit(r)


def _neigh(r):
    kind = r.randrange(3)
    if kind == 0:
        return [("IPV4", ipv4_private(r)), " dev eth0 lladdr ", ("MAC", mac(r, 0)), " %s\n" % r.choice(["REACHABLE", "STALE", "DELAY"])]
    if kind == 1:
        return [("IPV6", ipv6(r)), " dev eth0 lladdr ", ("MAC", mac(r, 0)), " router STALE\n"]
    return ["  %3d    " % r.randint(1, 400), ("MAC", mac(r, 2)), "    DYNAMIC     Gi1/0/%d\n" % r.randint(1, 48)]


def p_network_tables(r, k):
    head = ["$ ip neigh show; ssh sw-core-01 'show mac address-table'\n"]
    if k % 4 == 0:
        return spread(r, ["$ ssh sw-core-01 'show interfaces status; show mac address-table'\nPort      Name               Status       Vlan       Duplex  Speed Type\n"], [[" \n"] + _neigh(r) for _ in range(3)], _ifstatus, size(r))
    kind = k % 3
    if kind == 0:
        return ["C:\\> arp -a\n\nInterface: ", ("IPV4", ipv4_private(r)), " --- 0x%x\n  Internet Address      Physical Address      Type\n  " % r.randint(2, 30), ("IPV4", ipv4_private(r)), "          ", ("MAC", mac(r, 4)), "     dynamic\n"]
    if kind == 1:
        return ["$ nmcli device show eth0\nGENERAL.DEVICE:                         eth0\nGENERAL.HWADDR:                         ", ("MAC", mac(r, 3)), "\nIP4.ADDRESS[1]:                         ", ("IPV4", ipv4_private(r)), "/24\nIP4.GATEWAY:                            ", ("IPV4", ipv4_private(r)), "\nIP6.ADDRESS[1]:                         ", ("IPV6", ipv6(r)), "/64\n"]
    return head + _neigh(r) + _neigh(r) + _neigh(r)


def _node(r):
    ip = ipv4_private(r)
    return ["- apiVersion: v1\n  kind: Node\n  metadata:\n    name: ip-%s.eu-west-1.compute.internal\n    labels:\n      node.kubernetes.io/instance-type: m6i.xlarge\n      topology.kubernetes.io/zone: eu-west-1%s\n  spec:\n    podCIDR: 100.64.%d.0/24\n    providerID: aws:///eu-west-1a/i-%s\n  status:\n    addresses:\n    - address: " % (ip.replace(".", "-"), r.choice("abc"), r.randint(0, 254), hexs(r, 17)), ("IPV4", ip),
            "\n      type: InternalIP\n    - address: ", ("IPV6", ipv6(r)), "\n      type: InternalIP\n    nodeInfo:\n      kubeletVersion: v1.31.%d\n      machineID: %s\n" % (r.randint(0, 9), hexs(r, 32))]


def p_kube_nodes_yaml(r, k):
    head = ["$ kubectl get nodes -o yaml\napiVersion: v1\nitems:\n"]
    if k % 4 == 0:
        return spread(r, head, [_node(r) for _ in range(2)], _node_cond, size(r), ["kind: List\n"])
    return head + _node(r) + ["kind: List\n"]


def p_mail_headers(r, k):
    a, b = _who(r), _who(r)
    return ["Received: from mail-%s.outbound.example.net (mail-%s.outbound.example.net [" % (hexs(r, 4), hexs(r, 4)), ("IPV4", ipv4_public(r)), "])\n\tby mx1.corp.example with ESMTPS id %s\n\tfor <" % s(r, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", 12),
            ("EMAIL", people.email(r, b[1], b[2])), ">; %s +0000\nFrom: \"" % ts(r, fmt="%a, %d %b %Y %H:%M:%S"), ("PERSON", a[0]), "\" <", ("EMAIL", people.email(r, a[1], a[2])), ">\nTo: ", ("PERSON", b[0]), " <", ("EMAIL", people.email(r, b[1], b[2])),
            ">\nSubject: RE: refund for order %d\nMessage-ID: <%s@mail.example.net>\nX-Originating-IP: [" % (r.randint(10**6, 10**7), uuid(r)), ("IPV4", ipv4_public(r)), "]\n"]


def p_sentry_event(r, k):
    p = _who(r)
    return ['{\n  "event_id": "%s",\n  "level": "error",\n  "platform": "python",\n  "user": {\n    "id": "%d",\n    "email": "' % (hexs(r, 32), r.randint(1000, 10**6)), ("EMAIL", people.email(r, p[1], p[2])), '",\n    "ip_address": "', ("IPV4", ipv4_public(r)),
            '",\n    "name": "', ("PERSON", p[0]), '"\n  },\n  "request": {\n    "url": "https://shop.example.com/checkout",\n    "env": {"REMOTE_ADDR": "', ("IPV6", ipv6(r)), '"},\n    "data": {"phone": "', ("PHONE", people.phone(r, p[3] if p[3] != "or" else "pt")),
            '"}\n  },\n  "release": "%s"\n}\n' % git_sha(r)[:12]]


def p_payroll_export(r, k):
    out = ["$ psql -c \"\\copy (select name, ssn, iban, email from payroll.employees where dept = 'sre') to stdout csv header\"\nname,ssn,iban,email\n"]
    for _ in range(r.randint(1, 4)):
        p = _who(r, "us")
        out += [("PERSON", p[0]), ",", ("US_SSN", ssn(r, k % 2)), ",", ("IBAN", iban(r, grouped=False)), ",", ("EMAIL", people.email(r, p[1], p[2])), "\n"]
    return out


def p_git_shortlog_authors(r, k):
    out = ["$ git log --format='%H %an <%ae>' -n 4\n"]
    for _ in range(r.randint(2, 4)):
        p = _who(r, None, r.random() < 0.3)
        out += ["%s " % git_sha(r), ("PERSON", p[0]), " <", ("EMAIL", people.email(r, p[1], p[2]) if p[1].isascii() else people.email(r)), ">\n"]
    return out


def p_crm_contacts_csv(r, k):
    out = ["Record ID,First Name,Last Name,Email,Mobile Phone Number,Country\n"]
    for _ in range(r.randint(1, 4)):
        p = _who(r, r.choice(["ph", "pt", "gr", "ua", "bd"]))
        out += ["%d," % r.randint(10**9, 10**10), ("PERSON", p[1]), ",", ("PERSON", p[2]), ",", ("EMAIL", people.email(r, p[1], p[2])), ",", ("PHONE", people.phone(r, p[3], True)), ",%s\n" % {"ph": "Philippines", "pt": "Portugal", "gr": "Greece", "ua": "Ukraine", "bd": "Bangladesh"}[p[3]]]
    return out


def p_postmortem_doc(r, k):
    a, b, c = _who(r, None, True), _who(r), _who(r)
    return ["## Incident %s: %s\n\n**Incident commander:** " % (ts(r, fmt="%Y-%m-%d"), r.choice(["checkout 502s", "payments double charge", "DNS outage"])), ("PERSON", a[0]), "\n**Comms:** ", ("PERSON", b[0]), " (", ("PHONE", people.phone(r, b[3], False)),
            ")\n\n### Timeline (UTC)\n- %s alert fired\n- %s " % (ts(r, fmt="%H:%M"), ts(r, fmt="%H:%M")), ("PERSON", c[0]), " failed over the primary to ", ("IPV4", ipv4_private(r)),
            "\n- %s customer " % ts(r, fmt="%H:%M"), ("EMAIL", people.email(r)), " confirmed recovery\n"]


# fillers of the long dumps: the parts of a real dump that hold no personal data

def _row_orders(r):
    return ["%d\t%s\t%s\t%d\t%s+00\n" % (r.randint(10**6, 10**7), uuid(r), r.choice(["created", "paid", "shipped", "refunded"]), r.randint(100, 99999), ts(r, fmt="%Y-%m-%d %H:%M:%S"))]


def _row_items(r):
    return [",(%d,%d,'SKU-%s',%d,%d)" % (r.randint(10**5, 10**7), r.randint(10**5, 10**7), s(r, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789", 6), r.randint(1, 9), r.randint(100, 99999))]


def _ldif_group(r):
    return ["dn: cn=%s-%s,ou=groups,dc=corp,dc=example\nobjectClass: groupOfNames\ncn: %s-%s\nmember: uid=svc-%s,ou=services,dc=corp,dc=example\nmember: uid=svc-%s,ou=services,dc=corp,dc=example\n\n" % ((r.choice(NS), r.choice(["ro", "rw", "admins"])) * 2 + (r.choice(NS), r.choice(NS)))]


def _jira_auto(r):
    return ['"[FIRING:1] %s %s","%s-%d","Automation for Jira","","Unassigned","Resolved","Alert resolved automatically after %d min","%s"\n' % (
        r.choice(["HighLatency", "KubePodCrashLooping", "TargetDown", "DiskPressure"]), r.choice(NS), r.choice(["OPS", "INC"]), r.randint(100, 9999), r.randint(1, 90), ts(r, fmt="%d/%b/%y %I:%M %p"))]


def _pd_auto(r):
    return ['    {"type": "trigger_log_entry", "created_at": "%sZ", "agent": {"type": "service_reference", "summary": "Datadog %s"}, "channel": {"type": "api", "summary": "dedup %s"}},\n' % (ts(r), r.choice(NS), hexs(r, 16))]


def _slack_bot(r):
    return ['  {"type": "message", "subtype": "bot_message", "username": "Alertmanager", "text": "[%s] %s on %s-%s (severity=%s)", "ts": "%d.%06d"},\n' % (
        r.choice(["FIRING", "RESOLVED"]), r.choice(["HighErrorRate", "SLOBurn", "PodRestarts"]), r.choice(NS), r.choice(["api", "worker"]), r.choice(["page", "ticket"]), r.randint(1790000000, 1799999999), r.randint(0, 999999))]


def _audit_service(r):
    return ['{"eventVersion": "1.10", "userIdentity": {"type": "AWSService", "invokedBy": "cloudformation.amazonaws.com"}, "eventTime": "%sZ", "eventName": "%s", "sourceIPAddress": "cloudformation.amazonaws.com", "requestID": "%s", "eventID": "%s"}\n' % (
        ts(r), r.choice(["DescribeStacks", "CreateLogGroup", "PutMetricAlarm"]), uuid(r), uuid(r))]


def _ifstatus(r):
    return ["Gi1/0/%-5d %-18s %-12s %-10d a-full a-1000 10/100/1000BaseTX\n" % (r.randint(1, 48), r.choice(["uplink", "srv-rack-%d" % r.randint(1, 40), ""]), r.choice(["connected", "notconnect"]), r.choice([10, 20, 100, 200]))]


def _node_cond(r):
    return ["- apiVersion: v1\n  kind: Event\n  reason: %s\n  message: 'Node condition %s is now: False'\n  count: %d\n" % (r.choice(["NodeHasSufficientMemory", "NodeHasNoDiskPressure", "NodeReady"]), r.choice(["MemoryPressure", "DiskPressure", "PIDPressure"]), r.randint(1, 90))]


def _lease(r):
    return ["lease ", ("IPV4", ipv4_private(r)), " {\n  starts 3 %s;\n  ends 3 %s;\n  binding state active;\n  hardware ethernet " % (ts(r, fmt="%Y/%m/%d %H:%M:%S"), ts(r, fmt="%Y/%m/%d %H:%M:%S")), ("MAC", mac(r, 0)),
            ";\n  uid \"\\001%s\";\n  client-hostname \"%s-%02d\";\n}\n" % ("".join("\\%03o" % r.randint(0, 255) for _ in range(6)), r.choice(["laptop", "printer", "cam", "kiosk"]), r.randint(1, 99))]


def p_dhcp_leases(r, k):
    head = ["$ cat /var/lib/dhcp/dhcpd.leases\n# The format of this file is documented in the dhcpd.leases(5) manual page.\nauthoring-byte-order little-endian;\n\n"]
    if k % 4 == 0:
        return head + [x for _ in range(r.randint(4, 9)) for x in _lease(r)]
    return head + _lease(r) + _lease(r)
