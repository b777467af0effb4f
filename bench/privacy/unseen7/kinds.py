"""Failure kinds of a redactor run on unseen7, read from outputs only (the record's generator family, the gold or predicted type, the
text before the span): leaks (gold characters no prediction covers) and false redactions (predicted spans touching no gold span).
   python3 kinds.py [PRED] [GOLD]     default: the last score.sh run on the committed set
A failure no rule describes is printed as `other`, so the same command tallies any build."""
import collections, json, os, re, sys

SECRET = {"URL_CREDENTIALS", "CONNECTION_STRING", "AWS_ACCESS_KEY", "AWS_SECRET_KEY", "GITHUB_TOKEN", "SLACK_TOKEN", "JWT", "PRIVATE_KEY",
          "API_KEY", "GENERIC_SECRET", "BEARER_TOKEN", "BASIC_AUTH"}

# (family, gold type or None for any, regex on the 60 characters before the span or None, kind)
LEAK = [
    ("f_jetty_realm", None, None, "an obfuscated or hashed password as the value of a realm file line (`user: OBF:…, role`, `MD5:…`)"),
    ("f_nats_creds", None, None, "a key seed between non-PEM armour lines (`-----BEGIN USER NKEY SEED-----`)"),
    ("f_actuator", None, None, "a secret in a `{\"value\": …}` object whose secret name is the parent key (Spring `/actuator/env`)"),
    ("f_console_copy", None, None, "a key in a cloud console copy-paste (the line below a `Key` heading; a tab-separated table under `Secret access key`)"),
    ("f_cloudinit", None, r"(root|ubuntu):$", "a password in a `user:password` line of a provisioning list (cloud-init `chpasswd: list: |`)"),
    ("f_cloudinit", None, r"(--plaintext |--password=|password )$", "a password in an installer answer file (kickstart `rootpw --plaintext X`, preseed `… password X`)"),
    ("f_cloudinit", None, r"passwd: $", "a crypt hash after `passwd:` in cloud-init `users:`"),
    ("f_chat_export", "GENERIC_SECRET", None, "a password in non-English chat prose (`lösenordet … är X`, `şifresi: X`, `mima shi X`, `parol … : X`)"),
    ("f_ltrace", None, None, "a secret as a quoted argument or return value in ltrace/SSL_write output (`getenv(\"DB_PASSWORD\") = \"…\"`, `strcmp(\"…\", …)`)"),
    ("f_aws_unusual", "AWS_SECRET_KEY", r"AKIA\w+:$", "an AWS secret after `KEYID:` in an s3fs passwd file (no key name)"),
    ("f_vault_nomad", None, r"Secret ID +=\s*$", "a UUID secret after `Secret ID =` in an ACL bootstrap table"),
    ("f_vault_nomad", None, None, "a secret in Vault/Consul CLI output (table row, value alone on the line after `kv get`)"),
    ("f_soap_wss", None, None, "a password as the text of a namespaced XML element (`<wsse:Password Type=…#PasswordText>`)"),
    ("f_go_dsn", None, None, "`user:password` of a Go MySQL DSN (`user:pw@tcp(host:3306)/db`)"),
    ("f_cntlm_telegraf", "CONNECTION_STRING", None, "`user:password` of a Go MySQL DSN (`user:pw@tcp(host:3306)/db`)"),
    ("f_cntlm_telegraf", "GENERIC_SECRET", r"PassNTLMv2\s*$", "an NTLM password hash after `PassNTLMv2` (cntlm)"),
    ("f_cntlm_telegraf", "GENERIC_SECRET", None, "a token in a Telegraf output block (`token = \"…\"`)"),
    ("f_svn_auth", None, None, "a password on the line after a length header in a Subversion auth file (`password` / `V 12` / value)"),
    ("f_odbc", "CONNECTION_STRING", r"\{$", "a brace-quoted ODBC value holding `;` or `}}` (`PWD={a;b}}c}`): only partly covered"),
    ("f_odbc", None, None, "a password given to an ODBC/FreeTDS CLI (`tsql -P 'pw'`, positional `isql DSN user pw`)"),
    ("f_jaas_zk", None, r"user_\w+=\"$", "a password in a JAAS `user_<name>=\"…\"` option (ZooKeeper DigestLoginModule)"),
    ("f_jaas_zk", None, None, "a password inside a bracketed SASL/SCRAM config value (`SCRAM-SHA-512=[password=…]`)"),
    ("f_azure_devops", None, r"##teamcity", "a value in a CI service message (`##teamcity[setParameter name='env.X_PASSWORD' value='…']`)"),
    ("f_azure_devops", None, r"##vso", "a value in an Azure DevOps logging command (`##vso[task.setvariable variable=x;issecret=false]…`)"),
    ("f_azure_devops", None, None, "a token given as a `--build-arg NAME=value` of a build"),
    ("f_ocr", "GENERIC_SECRET", None, "a password after an OCR-garbled label (`Passw0rd :`)"),
    ("f_grpc_meta", None, r"\[\]string\{\"$", "a value inside a Go `metadata.MD` map dump (`\"x-api-key\":[]string{\"…\"}`)"),
    ("f_grpc_meta", None, None, "a token in gRPC metadata"),
    ("f_pulumi", None, r"plaintext", "a secret inside escaped quotes of a Pulumi `\"plaintext\": \"\\\"…\\\"\"` field"),
    ("f_pulumi", None, None, "a secret in an aligned `KEY VALUE` table (`pulumi config --show-secrets`)"),
    ("f_proc_environ", None, None, "a secret between `^@`/`\\0` separators of a `/proc/<pid>/environ` dump"),
    ("f_laravel_wp", None, r"=> \"$", "a secret as a REPL result (`=> \"…\"` after `config('…password')`)"),
    ("f_laravel_wp", None, None, "a secret printed alone by a config getter (`wp config get DB_PASSWORD`) or in a PHP/`.env` config"),
    ("f_broker_urls", None, None, "a credential in a broker URL (`sqs://KEYID:SECRET@`, URL-encoded)"),
    ("f_squid_apt", None, None, "credentials in a proxy config (`login=user:pw` of squid `cache_peer`, `proxy_password=`, apt `Acquire::http::Proxy`)"),
    ("f_registry_cli", None, None, "a credential after a registry CLI flag (`skopeo --src-creds user:pw`, `crane … -p`)"),
    ("f_follow_stream", None, r"simple: $", "an LDAP simple-bind password in a Wireshark packet-detail tree (`simple: …`)"),
    ("f_follow_stream", None, None, "a password in a followed TCP stream (FTP/POP3 `PASS …`, IMAP `LOGIN u pw`)"),
    ("f_django_default", None, None, "a fallback secret as the default argument of `os.getenv(\"X\", \"…\")`"),
    ("f_ci_yaml", None, None, "a literal password in CI YAML (`with: password:`, Drone `settings: password:`, CircleCI `auth: password:`)"),
    ("f_audit_pii", "PERSON", None, "a person's name in an audit-log claim (`\"claims\": {\"name\": \"…\"}`), partly or wholly"),
    ("f_support_lang", "PERSON", None, "a person's name in a non-English ticket (self-introduction `jmenuji se X`, `mera naam X`, sign-off line)"),
    ("f_chat_export", "PERSON", None, "a person's name in a chat export (header `[date] Name:`, `Name — Today at`, `Name  09:14`, JSON `\"from\"`; intro; greeting)"),
    ("f_roster", "PERSON", None, "a person's name as a cell of a fixed-width text table"),
    ("f_health", "PERSON", None, "a person's name in a health record structure (HL7 `FAMILY^GIVEN`, FHIR `family`/`given`, X12 `NM1*IL*1*LAST*FIRST`, `PER*IC*NAME`)"),
    ("f_health", "US_SSN", None, "a US SSN as a bare 9-digit field of an HL7 PID segment"),
    ("f_pdf_text", "PERSON", None, "a person's name in PDF-extracted columns (two names on one line)"),
    ("f_saml_ad", "PERSON", None, "a given name or surname alone as an attribute value (SAML `givenName`/`sn`, `Get-ADUser` `GivenName :`)"),
    ("f_ocr", "PERSON", None, "a person's name in OCR text (letter-spaced label)"),
    ("f_hr_ssn", "PERSON", None, "a person's name after a ticket phrase (`onboarding for X`)"),
    ("f_shop_orders", "PERSON", None, "a person's name as a cell of a `mysql>` result table or the first line of an address block"),
    ("f_payout_iban", "PERSON", None, "a person's name after `beneficiary=`"),
    ("f_telephony", "PERSON", None, "a caller name in a CDR CSV (`\"Name\" <+…>`)"),
    ("f_jdbc_many", None, None, "a password in a JDBC URL of a driver not read (Oracle thin `user/pw@//`, DB2 `:user=…;password=…;`, Teradata `,PASSWORD=`)"),
    ("f_apache_ldap", None, None, "a secret in an Apache directive (`AuthLDAPBindPassword \"…\"`, `SetEnv DB_PASS …`)"),
    ("f_strace", None, None, "a secret in an strace syscall buffer (`write(7, \"PASS …\\r\\n\"`, RESP `AUTH`, a Basic header)"),
    (None, "PHONE", r"M0bile:\s*$", "a phone number in OCR text (`O` for `0`, `M0bile:`)"),
    (None, "PHONE", None, "PHONE"),
]

FALSE = [
    ("PERSON", r"\] $", "a bot's display name in a chat export header (`[date] Deploy Bot:`)"),
    ("PERSON", r"Name +=\s*$", "a token's `Name = Bootstrap Token` field read as a person"),
    ("EMAIL", r"(restart |service )$", "a systemd instance unit (`getty@tty1.service`) read as an e-mail address"),
    ("EMAIL", r"HTTP/$", "a Kerberos principal (`HTTP/host@REALM`) read as an e-mail address"),
    ("EMAIL", None, "a `user@host` string that is not a mailbox read as an e-mail address"),
    ("GENERIC_SECRET", r"db_password: $", "judgement call: SOPS ciphertext `ENC[AES256_GCM,…]` read as a secret (only its head)"),
    ("GENERIC_SECRET", r"encryptedData:\s*password: $", "judgement call: a SealedSecret ciphertext (`AgB…`) read as a secret"),
    ("GENERIC_SECRET", r"\"password\":\"$", "a masked value (`**MetabasePass**`) read as a secret"),
    ("CREDIT_CARD", r"gift card $", "a grouped 16-digit gift-card code with no payment context read as a card"),
    ("PHONE", r"GTIN $", "a 14-digit GTIN read as a phone number"),
    ("IPV4", None, "a four-part version read as an IPv4 address (alone under a `Version` heading, `libfoo 10.0.0.3`)"),
    ("GENERIC_SECRET", r"\":$", "the type of a Go map value (`[]string{`) read as the secret instead of the value"),
]


def phone_kind(v):
    return ("a phone number in international form (`+CC …`, E.164) of a country not read" if v.lstrip().startswith("+") else
            "a phone number in national form (no country code: `0 (532) …`, `158 …`, `29 967 302`, bare digits)")


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    root = os.path.join(here, "..", "..", "..")
    pred_p = sys.argv[1] if len(sys.argv) > 1 else os.path.join(root, "artifacts/bench/unseen7/pred.jsonl")
    gold_p = sys.argv[2] if len(sys.argv) > 2 else os.path.join(here, "records.jsonl")
    gold = {r["id"]: r for r in map(json.loads, open(gold_p, encoding="utf-8"))}
    pred = {r["id"]: r["entities"] for r in map(json.loads, open(pred_p, encoding="utf-8"))}
    leaks = collections.defaultdict(lambda: [set(), 0, 0, ""])
    false = collections.defaultdict(lambda: [set(), set(), 0, 0])
    overrun = [set(), 0]
    for rid, r in gold.items():
        t, ps, gs = r["text"], pred.get(rid, []), r["entities"]
        for g in gs:
            lk = sum(1 for i in range(g["start"], g["end"]) if not any(p["start"] <= i < p["end"] for p in ps))
            if not lk:
                continue
            before = t[max(0, g["start"] - 60):g["start"]]
            kind = "other (%s in %s)" % (g["type"], r["family"])
            cov = [any(p["start"] <= i < p["end"] for p in ps) for i in range(g["start"], g["end"])]
            if cov[0] and lk <= 2 and not any(cov[len(cov) - lk:]) and all(cov[:len(cov) - lk]):
                kind = "a value's last character (`&`, `!`, `$`, `.`) left outside its span"
            for fam, typ, rx, k in ([] if kind.startswith("a value's last") else LEAK):
                if (fam is None or fam == r["family"]) and (typ is None or typ == g["type"]) and (rx is None or re.search(rx, before)):
                    kind = phone_kind(t[g["start"]:g["end"]]) if k == "PHONE" else k
                    break
            a = leaks[kind]
            a[0].add(rid); a[1] += 1; a[2] += lk
            a[3] = "secret" if g["type"] in SECRET else "PII"
        for p in ps:
            hit = [g for g in gs if max(g["start"], p["start"]) < min(g["end"], p["end"])]
            if hit:
                out = sum(1 for i in range(p["start"], p["end"]) if not any(g["start"] <= i < g["end"] for g in gs))
                if out:
                    overrun[0].add(rid); overrun[1] += out
                continue
            before = t[max(0, p["start"] - 60):p["start"]]
            kind = "other (%s in %s)" % (p["type"], r["family"])
            for typ, rx, k in FALSE:
                if typ == p["type"] and (rx is None or re.search(rx, before)):
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


main()
