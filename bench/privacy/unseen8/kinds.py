"""Failure kinds of a redactor run on unseen8, read from outputs only (the record's generator family, the gold or predicted type, the
text before the span and the value itself): leaks (gold characters no prediction covers), false redactions (predicted spans touching
no gold span), span overruns and type confusions.
   python3 kinds.py [PRED] [GOLD]     default: the last score.sh run on the committed set
A failure no rule describes is printed as `other (TYPE in family)`, so the same command tallies any build and any SEED draw."""
import collections, json, os, re, sys

SECRET = {"URL_CREDENTIALS", "CONNECTION_STRING", "AWS_ACCESS_KEY", "AWS_SECRET_KEY", "GITHUB_TOKEN", "SLACK_TOKEN", "JWT", "PRIVATE_KEY",
          "API_KEY", "GENERIC_SECRET", "BEARER_TOKEN", "BASIC_AUTH"}

# (family or None, gold type or None (with a family: its secret types), regex on the 60 characters before the span or None, regex on the value or None, kind); first match wins
LEAK = [
    ("f_nonpem_keys", None, None, None, "private key material outside PEM armour (PuTTY `Private-Lines:` body, JWK `\"d\"`, minisign secret key line, Tink keyset `\"value\"`, age `AGE-SECRET-KEY-1…`)"),
    ("f_totp", None, None, None, "a TOTP seed or one-time recovery code outside a URI (a grouped base32 setup key, `~/.google_authenticator` seed and scratch codes, a recovery-code list)"),
    ("f_pwmgr_export", "GENERIC_SECRET", r",[^,\n]*,[^,\n]+,$", r"^[A-Z2-7]{16,}$", "a TOTP seed in the `totp` column of a password-manager CSV export"),
    ("f_pwmgr_export", None, None, None, "a password in a password-manager or browser export (Bitwarden/Chrome/Firefox/LastPass CSV cell, KeePass XML `<Value>`)"),
    (None, "EMAIL", r"https?://[^\s,]+,$", None, "an e-mail address in a CSV cell right after a URL cell (`https://host,user@domain,…` in a password-manager export)"),
    (None, "EMAIL", r"Return-Path: <$", None, "a VERP bounce address in `Return-Path:` (`bounce+tag=user=domain@host`)"),
    (None, "PERSON", r"(From|To|Cc): \"?$", None, "a display name in mail headers: an RFC 2047 encoded word (`=?UTF-8?Q?…?=`) or a quoted `\"Last, First\"`"),
    ("f_snmp", None, None, None, "an SNMP community or v3 passphrase (`rocommunity X host`, `com2sec name src X`, `snmpget -c X`, `net-snmp-create-v3-user -A X -X Y`)"),
    ("f_webhooks", None, None, None, "a token in a webhook URL of a service not read (`/hooks/<token>`, `/hooks/<id>/<token>`, `/with/key/<key>`, a Zapier catch hook, `buildWithParameters?token=`)"),
    ("f_kafka_props", "BASIC_AUTH", None, None, "a `key:secret` pair in a Schema Registry property (`basic.auth.user.info=KEY:SECRET`)"),
    ("f_kafka_props", None, None, None, "a password in a Kafka client property or `kcat -X`/`--producer-property` option"),
    ("f_confluence", "EMAIL", r"curl -u $", None, "an e-mail address as the user of `curl -u user@host:$TOKEN`"),
    ("f_signed_urls", "API_KEY", None, None, "a vendor access key id in a signed URL (`OSSAccessKeyId=LTAI…`, COS `q-ak=AKID…`)"),
    ("f_signed_urls", None, None, None, "a signature or token in a signed URL of a cloud not read (Backblaze `?Authorization=`, CloudFront `&Signature=`, OCI `/p/<token>/`, COS `q-signature=`, Logic Apps `&sig=`)"),
    ("f_netos", None, r"psksecret $", None, "a FortiGate `set psksecret ENC <base64>` value (reversibly encrypted, like Cisco type 7)"),
    ("f_netos", None, None, None, "a password or hash in a network OS config (RouterOS `password=`/`passphrase=`, VyOS `plaintext-password`/`encrypted-password`, FortiGate `set passwd`, PAN-OS `phash`)"),
    ("f_elastic", None, None, None, "a password printed by an admin CLI or piped into a keystore (`New value: X`, `PASSWORD user = X`, `echo \"X\" | …-keystore add`)"),
    ("f_radius_tacacs", None, None, None, "a RADIUS/TACACS+ secret (`secret = X`, IOS `key X`, `Cleartext-Password := \"X\"`, tac_plus `login = cleartext \"X\"`, positional `radtest user PW host 0 SECRET`)"),
    ("f_ps_transcript", None, None, None, "a plaintext password in a PowerShell transcript (a `$plain = '…'` assignment, `-AsPlainText \"…\"` with the value after the switch)"),
    ("f_win_cmds", None, None, None, "a password after a Windows colon or positional switch (`winrs -p:X`, `net use \\\\host X /user:…`, `net user NAME X /add`)"),
    ("f_db_cli", None, r"using $", None, "a password after `using` in `db2 connect to DB user U using PW`"),
    ("f_db_cli", None, None, None, "a password given to a database CLI (`rman target u/pw@db`, `isql-fb -password`, `bcp … -P`)"),
    ("f_bmc", None, None, None, "a BMC password given positionally (`SMCIPMITool host USER PW …`) or in a BMC command"),
    ("f_iac_plan", None, r"ParameterValue\": \"$", None, "a secret as the `ParameterValue` sibling of a secret-named `ParameterKey` (CloudFormation `describe-stacks`)"),
    ("f_iac_plan", None, None, None, "a secret in IaC output (CDK synth, plan, `terraform console`, `--parameters`)"),
    ("f_vault_agent", None, None, None, "a password in a file rendered by Vault agent / consul-template (pgbouncer `\"user\" \"pw\"`, `export X=\"…\"`)"),
    ("f_incident_export", "GENERIC_SECRET", None, None, "a password in chat prose as `` `user` / `pw` `` in backticks"),
    ("f_ticket_export", "GENERIC_SECRET", None, None, "`password: X` inside an HTML `<code>` element of a ticket export"),
    (None, "IBAN", r"\?3\d$", None, "an IBAN in an MT940 `:86:` subfield (`?31<IBAN>`)"),
    (None, "PERSON", r"\?3\d$", None, "a person's name in an MT940 `:86:` subfield (`?32<name>`)"),
    (None, "PERSON", r"<Nm>$", None, "a person's name in ISO 20022 `<Nm>`"),
    (None, "PERSON", r"(^|\n)  \d\.$|  \d\.$", None, "a passenger name in GDS form (`SURNAME/GIVEN MR`)"),
    (None, "PERSON", r"\"(lastName|firstName)\":\"$", None, "a given name or surname alone in booking JSON (`\"lastName\":\"…\"`)"),
    (None, "EMAIL", r"APE $", None, "an e-mail address in GDS encoding (`APE USER//DOMAIN.TLD`)"),
    (None, "PHONE", r" AP $", None, "a phone number in a GDS `AP` element (country code without `+`)"),
    (None, "PERSON", r"display_value=\"$", None, "a person's name as an XML attribute value (ServiceNow `display_value=\"…\"`)"),
    (None, "PERSON", r"\| $", None, "a person's name as a Markdown table cell"),
    (None, "PERSON", r"\| [^|\n]*$", None, "a person's name inside the text of a Markdown table cell (`| 09:58 | alert fired, X paged |`)"),
    (None, "PERSON", r"<td>$", None, "a person's name as an HTML table cell"),
    (None, "PERSON", r"\d+\t$", None, "a person's name after a count in `git shortlog -sn`"),
    (None, "PERSON", r"-- \n$", None, "a sign-off name under a `-- ` signature delimiter"),
    (None, "PERSON", r"(^|\n)(#inc-\S+ \(exported[^\n]*\n)?$|\d\d:\d\d (AM|PM)\n$|\n\d\d:\d\d  $", None, "a person's name as a chat-export message header or timeline entry (`Name  10:02 AM`, `10:02  Name declared …`)"),
    (None, "PERSON", r"(^|\n)(Hallo|Bonjour|Hola|Ciao|Hoi|Olá|Cześć|Szia) $|Thanks, $", None, "a first name as a greeting or sign-off in a mail thread (`Hoi X,`, `> Thanks, X`)"),
    (None, "PERSON", r"(schrieb|schreef|10:12,?|W dniu [^\n]*) $", None, "a name in a quoted-reply header in another language (`Am … schrieb X <…>:`, `Em …, X <…> escreveu:`, `W dniu …, X pisze`)"),
    (None, "PERSON", r"\"name\":\"$", None, "a person's name as a chat author's JSON `\"name\"`"),
    (None, "PERSON", r"\"summary\":\"$", None, "a person's name as the JSON value of a non-name key (PagerDuty `\"summary\":\"…\"`)"),
    (None, "PERSON", r"(Escalated to|Secondary|Page owner|Author|Reviewers|Agent|Hívó)(:\*\*)?:? $|\*\*Reviewers:\*\* [^\n]*, $", None,
     "a person's name after a role label (`Escalated to:`, `Secondary:`, `Page owner:`, `**Reviewers:**`, `Agent:`, `Hívó:`)"),
    (None, "PERSON", r"(Handover: |pager to |; |Thanks to | and | and to | — |from |driver |I'm IC\. |si |da |kwa )$", None,
     "a person's name in running prose (handover, thanks, `I'm IC. X, can you…`, `escalation from X`, `driver X`, `Ticket #N from X`, a call-note intro)"),
    (None, "PERSON", r"\n[A-Z]\d+;$|,Open,$|,$", None, "a person's name as a bare cell of a delimited row (`;` payroll export, Jira CSV)"),
    (None, "IPV4", r"(-password|-p|-P) \S+ $", None, "an address right after a missed password argument (`isql-fb -password PW host:/db`)"),
    (None, "PHONE", None, None, "PHONE"),
]

# partly covered values: (gold type, regex before, regex on the value, kind)
PARTIAL = [
    ("EMAIL", r"Return-Path: <$", None, "a VERP bounce address in `Return-Path:` (`bounce+tag=user=domain@host`): only its tail is covered"),
    ("PERSON", None, r"^[A-Z]\. ", "a leading initial left outside a found name (`S. Lakshmi Priya` → `Lakshmi Priya`)"),
    ("PERSON", None, r" (da|de|dos|van|von|del|bin) ", "a name with a particle and two surnames only partly covered (`João Pedro da Silva Santos`: the last surname left out)"),
]

FALSE = [
    ("EMAIL", r"(Message-ID|In-Reply-To|References): <$", None, "a Message-ID / In-Reply-To (`<id@host>`) read as an e-mail address"),
    ("EMAIL", r"(HTTP|host|krbtgt)/$", None, "a Kerberos principal (`service/host@REALM`) read as an e-mail address"),
    ("EMAIL", None, r"\.service$", "a systemd instance unit (`name@instance.service`) read as an e-mail address"),
    ("EMAIL", None, None, "a `user@host` string that is not a mailbox read as an e-mail address"),
    ("PERSON", r"(^|\n)$", r"(Bot|Integration|Actions|Notifications|Alerting)$", "a bot or integration display name as a chat-export header (`Statuspage Bot`, `Opsgenie Integration`)"),
    ("PERSON", None, None, "a place, site or product name read as a person (`Alice Springs`, `Victoria Falls`, `Charlotte Lab`)"),
    ("GENERIC_SECRET", r"encryptedData:\s*password: $", None, "judgement call: a SealedSecret ciphertext (`AgB…`) read as a secret"),
    ("GENERIC_SECRET", r"[Mm]time: $", None, "a base64 timestamp under a key that starts with a secret word (`admin.passwordMtime:`)"),
    ("IPV4", None, None, "a four-part product version read as an IPv4 address (`DB2/LINUXX8664 11.5.9.0`)"),
]


def phone_kind(v):
    return ("a phone number in international form (`+CC …`) of a country not read" if v.lstrip().startswith("+") else
            "a phone number in national form (no country code: `071 …`, `8811 2827`, `062/390-485`)")


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    root = os.path.join(here, "..", "..", "..")
    pred_p = sys.argv[1] if len(sys.argv) > 1 else os.path.join(root, "artifacts/bench/unseen8/pred.jsonl")
    gold_p = sys.argv[2] if len(sys.argv) > 2 else os.path.join(here, "records.jsonl")
    gold = {r["id"]: r for r in map(json.loads, open(gold_p, encoding="utf-8"))}
    pred = {r["id"]: r["entities"] for r in map(json.loads, open(pred_p, encoding="utf-8"))}
    leaks = collections.defaultdict(lambda: [set(), 0, 0, ""])
    false = collections.defaultdict(lambda: [set(), set(), 0, 0])
    overrun, confusion = [set(), 0], collections.Counter()
    for rid, r in gold.items():
        t, ps, gs = r["text"], pred.get(rid, []), r["entities"]
        for g in gs:
            cov = [any(p["start"] <= i < p["end"] for p in ps) for i in range(g["start"], g["end"])]
            for p in ps:
                if max(g["start"], p["start"]) < min(g["end"], p["end"]) and p["type"] != g["type"]:
                    confusion[(g["type"], p["type"], r["family"])] += 1
            lk = cov.count(False)
            if not lk:
                continue
            before, value = t[max(0, g["start"] - 60):g["start"]], t[g["start"]:g["end"]]
            kind = "other (%s in %s)" % (g["type"], r["family"])
            if any(cov):
                kind = "a value only partly covered (%s)" % g["type"]
                for typ, rx, vrx, k in PARTIAL:
                    if typ == g["type"] and (rx is None or re.search(rx, before)) and (vrx is None or re.search(vrx, value)):
                        kind = k
                        break
            else:
                for fam, typ, rx, vrx, k in LEAK:
                    # a family rule without a type reads that family's secrets only; its addresses and names fall to the rules below
                    if ((fam is None or fam == r["family"]) and (typ == g["type"] if typ else fam is None or g["type"] in SECRET) and (rx is None or re.search(rx, before))
                            and (vrx is None or re.search(vrx, value))):
                        kind = phone_kind(value) if k == "PHONE" else k
                        break
            a = leaks[kind]
            a[0].add(rid); a[1] += 1; a[2] += lk
            a[3] = "secret" if g["type"] in SECRET else "PII"
        for p in ps:
            if any(max(g["start"], p["start"]) < min(g["end"], p["end"]) for g in gs):
                out = sum(1 for i in range(p["start"], p["end"]) if not any(g["start"] <= i < g["end"] for g in gs))
                if out:
                    overrun[0].add(rid); overrun[1] += out
                continue
            before, value = t[max(0, p["start"] - 60):p["start"]], t[p["start"]:p["end"]]
            kind = "other (%s in %s)" % (p["type"], r["family"])
            for typ, rx, vrx, k in FALSE:
                if typ == p["type"] and (rx is None or re.search(rx, before)) and (vrx is None or re.search(vrx, value)):
                    kind = k
                    break
            f = false[kind]
            f[0].add(rid)
            if not gs:
                f[1].add(rid)
            f[2] += 1; f[3] += p["end"] - p["start"]
    print("\nLeaks (most leaked characters first)\n| leak kind | class | records | entities | leaked characters |\n|---|---|---|---|---|")
    tot = [set(), 0, 0]
    for k, (rs, n, ch, cls) in sorted(leaks.items(), key=lambda kv: (-kv[1][2], kv[0])):
        print("| %s | %s | %d | %d | %d |" % (k, cls, len(rs), n, ch))
        tot[0] |= rs; tot[1] += n; tot[2] += ch
    print("| **total** | | %d | %d | %d |" % (len(tot[0]), tot[1], tot[2]))
    print("\nFalse redactions (records touched, of which near-miss records)\n| false-redaction kind | records (near-miss) | spans | characters destroyed |\n|---|---|---|---|")
    tot = [set(), set(), 0, 0]
    for k, (rs, ns, n, ch) in sorted(false.items(), key=lambda kv: (-len(kv[1][0]), kv[0])):
        print("| %s | %d (%d) | %d | %d |" % (k, len(rs), len(ns), n, ch))
        tot[0] |= rs; tot[1] |= ns; tot[2] += n; tot[3] += ch
    print("| **total** | %d (%d) | %d | %d |" % (len(tot[0]), len(tot[1]), tot[2], tot[3]))
    print("span overruns (a found value's span running past it): %d records, %d characters" % (len(overrun[0]), overrun[1]))
    print("type confusions (found, wrong type; typed F1 only): " + ", ".join(
        "%s→%s in %s %d" % (g, p, f, n) for (g, p, f), n in sorted(confusion.items(), key=lambda kv: (-kv[1], kv[0]))))


main()
