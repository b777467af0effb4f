"""Failure kinds of a redactor run on unseen9, read from outputs only (the record's generator family, the gold or predicted type, the
text before the span and the value itself): leaks (gold characters no prediction covers), false redactions (predicted spans touching
no gold span), span overruns and type confusions.
   python3 kinds.py [PRED] [GOLD]     default: the last score.sh run on the committed set
A failure no rule describes is printed as `other (TYPE in family)`, so the same command tallies any build and any SEED draw."""
import collections, json, os, re, sys

SECRET = {"URL_CREDENTIALS", "CONNECTION_STRING", "AWS_ACCESS_KEY", "AWS_SECRET_KEY", "GITHUB_TOKEN", "SLACK_TOKEN", "JWT", "PRIVATE_KEY",
          "API_KEY", "GENERIC_SECRET", "BEARER_TOKEN", "BASIC_AUTH"}

# (family or None, gold type or None (with a family: its secret types), regex on the 60 characters before the span or None, regex on the value or None, kind); first match wins
LEAK = [
    ("f_crypto_keys", None, None, r"^\[\d", "private key material as a Solana `id.json` byte array (`[12,200,…]`)"),
    ("f_crypto_keys", None, None, r"^<RSAKeyValue>", "a .NET `<RSAKeyValue>` XML private key (`<P>`, `<Q>`, `<D>` elements)"),
    ("f_crypto_keys", None, None, r"^[5KL][1-9A-HJ-NP-Za-km-z]{50,51}$", "a Bitcoin WIF private key printed by `dumpprivkey`"),
    ("f_crypto_keys", None, r":[0-9a-f]{128}:$", None, "the private half of a ZeroTier `identity.secret` (`addr:0:pub:PRIV`)"),
    ("f_crypto_keys", None, None, None, "private key material in another non-PEM encoding (Ethereum hex, Nostr `nsec1`, Tor `ED25519-V3:`, signify, Yggdrasil)"),
    ("f_armoured_keys", None, None, r"OpenVPN Static key", "an OpenVPN static key (`-----BEGIN OpenVPN Static key V1-----`, hex lines)"),
    ("f_armoured_keys", None, None, r"^---- BEGIN SSH2", "an SSH2 (RFC 4716) private key (`---- BEGIN SSH2 ENCRYPTED PRIVATE KEY ----`)"),
    ("f_armoured_keys", None, None, None, "a private key in an armour other than PEM's (Nebula, SSH2 `---- BEGIN SSH2 …`, cosign, tinc)"),
    ("f_hcl", None, r"key\s*=\s*\"$", None, "a base64 root key in an HCL `kms \"aead\"` block (`key = \"…\"`)"),
    ("f_hcl", None, None, None, "a secret in an HCL block (Nomad `env`, Consul `encrypt`/`tokens`, Terraform provider, Terragrunt `inputs`)"),
    ("f_saas_cli", None, r"echo \"$", None, "a secret piped into a SaaS CLI (`echo \"X\" | wrangler secret put NAME`)"),
    ("f_saas_cli", None, r"env:set \S+ $", None, "a secret as the positional value of `netlify env:set NAME VALUE`"),
    ("f_saas_cli", None, r"│ $", None, "a secret echoed in a CLI's box-drawn table (`│ SMTP_PASSWORD │ X │`, Doppler)"),
    ("f_saas_cli", None, None, None, "a secret set through a SaaS CLI (`fly secrets set`, `vercel env add`, `supabase secrets set`, `railway`, `gh secret set --body`)"),
    ("f_ci_other", None, r"<value>$", None, "a password as a GoCD `<value>` of a `*_PASSWORD` environment variable"),
    ("f_ci_other", None, None, None, "a password given to a CI CLI (`fly … login -p '…'`, `fly set-pipeline -v name=…`, `drone secret add --data`, `woodpecker-cli … --value`)"),
    ("f_cloud_cli", "API_KEY", None, None, "a vendor-prefixed access key id given to a cloud CLI (Exoscale `--key EXO…`)"),
    ("f_cloud_cli", None, r"X-Ovh-Consumer: $", None, "an OVH consumer key header (`X-Ovh-Consumer:`)"),
    ("f_cloud_cli", None, None, None, "a token or key given to another cloud's CLI (hcloud, scw, ibmcloud, exo, linode-cli, yc, Huawei `hcloud`, oci)"),
    ("f_cloud_files", "API_KEY", None, None, "a vendor-prefixed access key id in a cloud CLI config (Exoscale `key = \"EXO…\"`)"),
    ("f_cloud_files", None, None, None, "a token or key in another cloud's CLI config file"),
    ("f_queue_admin", None, r"passwd \S+ '$", None, "a password given positionally to a broker admin CLI (`emqx ctl admins passwd admin '…'`)"),
    ("f_queue_admin", None, r"password_hash\": \"$", None, "a RabbitMQ `password_hash` in `definitions.json`"),
    ("f_queue_admin", None, None, None, "a password given to a broker admin CLI or config (`rabbitmq.conf`, `runmqakm -pw`, `tibemsadmin -password`, `artemis create --password`, `rpk … -p`)"),
    ("f_repl", None, None, None, "a secret printed as a REPL result (ghci `Just \"…\"`, julia `\"…\"`, Scala `val res0: String = …`)"),
    ("f_ini", None, r"= `$", None, "a password in backticks in Gitea's `app.ini` (``PASSWD = `…` ``)"),
    ("f_ini", None, r"  \S+  \"$", None, "a password in a davfs2 `secrets` line (`URL user \"pw\"`)"),
    ("f_ini", None, None, None, "a secret in an INI dialect (php.ini, supervisord, `.hgrc`, `chap-secrets`, `odoo.conf`, `.transifexrc`)"),
    ("f_rpc", None, r"\"result\":\"$", None, "a session token returned by a JSON-RPC login (Zabbix `\"result\":\"<32 hex>\"`)"),
    ("f_rpc", None, None, None, "a password in an RPC payload (WordPress XML-RPC `<string>`, Odoo `execute_kw(db, uid, 'pw', …)`)"),
    ("f_pw_cli", None, None, None, "a password printed alone on a line by a password-store CLI (`pass show`, `gopass show -o`)"),
    ("f_pw_exports", None, None, None, "a password in a password-manager export of another layout (Enpass JSON `\"value\"`, RoboForm `Pwd` column)"),
    ("f_envoy_grpc", None, r"inline_string\": \"$", None, "an Envoy SDS `generic_secret` `inline_string`"),
    ("f_envoy_grpc", None, None, None, "a token in Envoy/gRPC metadata or config"),
    ("f_db_cli_other", None, r"Environment=\w+=$", None, "a key in a systemd `Environment=` line (`WALG_LIBSODIUM_KEY=`)"),
    ("f_db_cli_other", None, None, None, "a password given to a database CLI not read (neo4j, cypher-shell, arangosh, couchbase-cli, etcdctl, surreal, influx, rabbitmqctl)"),
    ("f_desktop_clients", None, r"encoding=\"base64\">$", None, "a FileZilla `<Pass encoding=\"base64\">` password"),
    ("f_desktop_clients", None, None, None, "a stored password of a desktop client (WinSCP, HeidiSQL, Remmina, mRemoteNG, `.rdp`, DBeaver, Cyberduck)"),
    ("f_xml_products", None, r"(validation|decryption)Key=\"$", None, "an IIS `<machineKey validationKey/decryptionKey>`"),
    ("f_xml_products", None, None, None, "a password in another product's XML (Hibernate `<property name=\"connection.password\">`, WildFly, ActiveMQ, Hazelcast, SoapUI, Ant)"),
    ("f_traces_other", None, r"\{connect,", None, "a password in an Erlang `{connect,Host,User,Password,…}` tuple"),
    ("f_traces_other", None, r"','$", None, "a password as the third argument of Perl `DBI connect('dsn','user','pw')`"),
    ("f_traces_other", None, None, None, "a password in another language's trace (PHP arguments, Perl DBI, Ruby hash, Elixir keywords, Haskell/Kotlin/Scala records, Clojure map)"),
    ("f_wire_msg", None, r"\\x00$", None, "a password in an AMQP `Connection.StartOk` PLAIN response (`\\x00user\\x00pw`)"),
    ("f_wire_msg", None, r"IDENTIFY \S+ $", None, "an IRC `IDENTIFY nick pw` to NickServ"),
    ("f_wire_msg", None, None, None, "a password in another wire protocol (STOMP `passcode:`, XMPP/ManageSieve SASL PLAIN, IRC `PASS`, NNTP `AUTHINFO PASS`, FTP `PASS`)"),
    ("f_smtp_transcripts", None, None, None, "a base64 password in an SMTP `AUTH LOGIN` exchange (swaks `~>` after `334 UGFzc3dvcmQ6`)"),
    ("f_mobile_logs", None, r"Optional\(\"$", None, "a token in a Swift `Optional(\"…\")` print"),
    ("f_mobile_logs", None, r"name=\"\w+\">$", None, "a token in Android `shared_prefs` XML (`<string name=\"refresh_token\">`)"),
    ("f_mobile_logs", None, None, None, "a secret in a mobile or desktop app log (Flutter map, React Native JSON, Electron, Unity, WPF record)"),
    (None, "CREDIT_CARD", None, None, "a card number of a brand not read (Mir 2200–2204, RuPay 6521/6522/60832, Elo, Troy 9792, Verve 506x, UnionPay 19 digits, Dankort 5019, Maestro 6759/6761, Hipercard 606282, Bancontact 6703), in switch dumps and tickets"),
    (None, "PERSON", None, r"[^\x00-\u024F\u1E00-\u1EFF\s'’.-]", "a person's name in a non-Latin script (Cyrillic, Greek, Arabic, Persian, Hebrew, Devanagari, Bengali, Tamil, Thai, Han, Hangul, Georgian, Armenian, Ge'ez)"),
    (None, "PERSON", r"\^$", None, "a cardholder name in track-1 data (`%B<PAN>^SURNAME/GIVEN^`)"),
    (None, "PERSON", r"name=$", None, "a `+`-joined name in a query string (`?name=Given+Family`)"),
    (None, "PERSON", r"CN=\"?$|SUMMARY:[^\n]*: $|COMMENT:[^\n]*ask $|\\nSecondary: $", None, "a name in an iCalendar `CN=` parameter or in `SUMMARY:`/`DESCRIPTION:`/`COMMENT:` text"),
    (None, "PERSON", r"(SCT\n\w+\n|\nS\n|:5[09]K?:/\S+\n)$|beneficiary $", None, "a name as a bare line of an EPC, Swiss QR-bill or MT103 payload, or after `beneficiary`"),
    (None, "PERSON", r"59\d\d$", None, "a name inside an EMV/PIX QR payload (length-prefixed field `59NN…`)"),
    (None, "PERSON", r"thanks $|> $|分配给 $", None, "a name in chat text (`thanks X`, after an IRC `<nick>`, `…分配给 X`)"),
    (None, "PERSON", r"(Paged |alias +|\()$", None, "a name in on-call configs and notices (Nagios `alias`, `Paged X`, `Sent to +CC … (X)`)"),
    (None, "PERSON", r"name=\"user_name\">$|\"FullName\": \"$", None, "a name as an XML or JSON value of a name key (Android `<string name=\"user_name\">`, Raygun `\"FullName\"`)"),
    (None, "PERSON", r"user_name = $", None, "a name as a Crashlytics custom key (`user_name = …`)"),
    (None, "PERSON", r"(^|\n)(\d\d:\d\d\t|2026-12-06 \d\d:\d\d:\d\d )$", None, "a name as a chat-export message header (LINE `10:02<TAB>Name<TAB>`, WeChat `date time Name`)"),
    (None, "PERSON", None, None, "a Latin-script name in another place"),
    (None, "EMAIL", r"pix01\d\d$", None, "an e-mail address as a PIX key inside an EMV QR payload (`0014br.gov.bcb.pix01NN…`)"),
    (None, "IBAN", r":5\dK?:/$", None, "an IBAN after an MT103 `:50K:/` or `:59:/` account slash"),
    (None, "EMAIL", r"https?://[^\s,]+,$", None, "an e-mail address in a CSV cell right after a URL cell (password-manager exports)"),
    (None, "IPV4", r"\) \[$", None, "an address in Exim's `H=(helo) [a.b.c.d]`"),
    (None, "PHONE", None, r"^(\+|00)", "a phone number in international form of a country not read (or glued to text: `+22793599763입니다`)"),
    (None, "PHONE", None, None, "a phone number in national form of a country not read (`8 66 554017`, `22 53 42`, `993 97 11`)"),
]

# partly covered values: (gold type, regex before, regex on the value, kind)
PARTIAL = [
    ("IBAN", None, None, "an IBAN only partly covered (grouped by four, odd length: Burundi `BI…`, 27 characters)"),
    ("PERSON", None, r" (kyzy|uulu|i|ap|ab|við|í)( |$)", "a name with a patronymic or particle only partly covered (`Aigerim Bakytbek kyzy`, `Núria Puig i Ferrer`)"),
]

# false redactions: (predicted type, regex before, regex on the value, kind)
FALSE = [
    ("PERSON", None, r"(Hopper|Ada|Byrd|Lovelace|Turing|Louis|Clara|Tesla)", "a product or place name read as a person (`Grace Hopper Superchip`, `Ada Generation`, `Marie Byrd Land`)"),
    ("PERSON", None, r"^(Mon|Tue|Wed|Thu|Fri|Sat|Sun) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)$", "a weekday and month (`Sat Dec`) read as a person (FreeRADIUS detail header)"),
    ("PERSON", None, r"(Bot|Bridge|Integration|Notify)$", "a bot or integration display name read as a person (`Notification Bot`)"),
    ("PERSON", None, None, "a product or other name read as a person (`PagerDuty` in a CSV row)"),
    ("EMAIL", None, None, "a `name@host` that is not a mailbox read as an e-mail address (Celery/RabbitMQ node names, systemd instance units, IRC `nick!user@host` masks)"),
    ("IPV4", r"ScopeId |  $", r"\.0$", "judgement call: a DHCP scope id (network address `10.40.0.0`) read as an IPv4 address"),
    ("IPV4", None, None, "a four-part firmware version read as an IPv4 address (`iDRAC 7.10.70.10`, `NIC 22.91.5.2`)"),
    ("IPV6", None, r"::\d\d:\d\d", "an Erlang timestamp (`2026::10:14:02`) read as an IPv6 address"),
    ("GENERIC_SECRET", None, r"^\[FILTERED", "an already-masked value (`[FILTERED]`) read as a secret"),
    ("GENERIC_SECRET", None, r"^@", "a file reference after a secret flag (`--apikey @~/.bluemix/apikey.json`)"),
    ("GENERIC_SECRET", None, r"^(\(\(|encrypted:)", "a reference read as a secret (Concourse `((var))`, Spinnaker `encrypted:vault!…`)"),
    ("GENERIC_SECRET", None, r"^(Optional|Sys\.getenv)\($", "a call wrapper read as the value (Swift `token = Optional(\"…\")`, R `password = Sys.getenv(…)`)"),
    ("GENERIC_SECRET", r"--password \"$", None, "an entry path after a flag that selects the field (`lpass show --password \"Shared-Ops/ipmi\"`)"),
    ("GENERIC_SECRET", r"gpg-id\n$", None, "a GPG key fingerprint (`~/.password-store/.gpg-id`) read as a secret"),
    ("GENERIC_SECRET", r"secret-tool search", None, "a Secret Service object path (`[/org/freedesktop/secrets/…]`) read as a secret"),
    ("GENERIC_SECRET", r"deviceToken=$", None, "judgement call: an APNs device token (64 hex, a device id) read as a secret"),
    ("GENERIC_SECRET", None, r"^tok_", "a payment network-token id (`tok_…`) read as a secret"),
    ("GENERIC_SECRET", None, r"^\{type:", "OpenAPI schema text after `password:` read as a value (`{type: string, format: password, …}`)"),
    ("GENERIC_SECRET", r"access-key=$", None, "an unprefixed access key id (`--cli-access-key=…`) read as a secret"),
]

def main():
    here = os.path.dirname(os.path.abspath(__file__))
    root = os.path.join(here, "..", "..", "..")
    pred_p = sys.argv[1] if len(sys.argv) > 1 else os.path.join(root, "artifacts/bench/unseen9/pred.jsonl")
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
                        kind = k
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
