"""Failure kinds of a redactor run on unseen13, read from outputs only (the record's generator family, the gold or predicted type, the
text before the span and the value itself): leaks (gold characters no prediction covers), false redactions (predicted spans touching
no gold span), span overruns and type confusions.
   python3 kinds.py [PRED] [GOLD]     default: the last score.sh run on the committed set
A failure no rule describes is printed as `other (TYPE in family)`, so the same command tallies any build and any SEED draw."""
import collections, json, os, re, sys

SECRET = {"URL_CREDENTIALS", "CONNECTION_STRING", "AWS_ACCESS_KEY", "AWS_SECRET_KEY", "GITHUB_TOKEN", "SLACK_TOKEN", "JWT", "PRIVATE_KEY",
          "API_KEY", "GENERIC_SECRET", "BEARER_TOKEN", "BASIC_AUTH"}

# (family or None, gold type or None (with a family: its secret types), regex on the 60 characters before the span or None, regex on the value or None, kind); first match wins
LEAK = [
    ("f_kube_bootstrap", None, r"certificate-key $", None, "a kubeadm `--certificate-key` (64 hex) on a join command"),
    ("f_kube_bootstrap", None, None, r"^K10[0-9a-f]{64}::", "a k3s node token (`K10<hash>::server:<secret>`) printed alone"),
    ("f_kube_bootstrap", None, None, r"^[a-z0-9]{6}\.[a-z0-9]{16}$", "a Kubernetes bootstrap token (`abcdef.0123456789abcdef`) in a join command, an argv list or Talos secrets"),
    ("f_kube_bootstrap", None, None, None, "a cluster join secret (MicroK8s `join IP:25000/TOKEN/…`, `K3S_TOKEN=`, RKE2 `token:`, Talos `cluster.secret`/`secretboxencryptionsecret`)"),
    ("f_at_rest_keys", None, None, None, "a key that encrypts data at rest or a static token (Kubernetes `EncryptionConfiguration` `secret:`, `known_tokens.csv` rows, Docker content-trust passphrases, Rancher `bootstrapPassword`, Harbor, etcd `--password=`, Velero credentials)"),
    ("f_hadoop_xml", None, None, None, "a credential in Hadoop-family or Java-server XML (`<name>fs.s3a.secret.key</name><value>…`, `fs.azure.account.key`, Hive `ConnectionPassword`, Oozie, Ranger `install.properties`, Tomcat `<Resource password=`, WildFly `<password>`, Ambari `--databasepassword=`)"),
    ("f_php_frameworks", None, None, None, "a PHP framework or CMS secret (Symfony `secrets:list --reveal` table and `APP_SECRET`, CakePHP `SECURITY_SALT`, CodeIgniter `encryption.key = hex2bin:`, Yii `cookieValidationKey`, TYPO3 `encryptionKey`, Craft `CRAFT_SECURITY_KEY`)"),
    ("f_ci_tools", None, None, None, "an infrastructure-CI secret (Atlantis `--gh-webhook-secret`/`ATLANTIS_WEB_PASSWORD`, Codefresh `--api-key`, Zuul `secret=`, Spacelift `API_KEY_SECRET`, Dagger `REG_PASS=`, env0 `ENV0_API_SECRET`)"),
    ("f_industrial", None, None, None, "an OPC UA or SCADA password (tshark `UserNameIdentityToken` `Password:`, `opcua-commander -p`, Ignition `gwcmd.sh -p`, node-opcua `userIdentity`, Kepware JSON, Telegraf `inputs.opcua`)"),
    ("f_object_stores", None, None, None, "a self-hosted object-store secret (Garage `rpc_secret`/`admin_token`/`Secret key:`, SeaweedFS `secretKey`, `s3.configure -secret_key=`, `security.toml` `[jwt.signing] key`, rclone connection string)"),
    ("f_paas_tokens", None, None, None, "a database or deploy platform token (PlanetScale `pscale_tkn_`/`pscale_pw_` in a table, Upstash `REST_TOKEN`, Fly `FlyV1 fm2_…`, Dokku `config:set`, CapRover `--caproverPassword`, Coolify `.env`)"),
    ("f_realtime", None, None, None, "a realtime-messaging secret (ZeroMQ CURVE `secret-key` in Z85, Centrifugo `token_hmac_secret_key`/`api_key`, Mercure JWT keys, Soketi `APP_SECRET`, Ably `app.key:secret`, RocketMQ `secretKey`, Solace `clientPassword`)"),
    ("f_monitoring", None, None, None, "a monitoring secret (Checkmk `cmk-agent-ctl register --password` and `automation.secret` printed alone, Netdata `-token=`, monitrc `allow admin:PW`, OpenNMS `password=`, Observium `db_pass`/SNMP community, Healthchecks `SECRET_KEY`)"),
    ("f_hcl_blocks", None, None, None, "a password in an HCL block (Terraform `provider` `password =`/Grafana `auth = \"admin:…\"`, Nomad `env {}` and `template` heredoc, Terragrunt `inputs`)"),
    ("f_toml_configs", None, None, None, "a secret in a TOML config (Rocket `secret_key`, gitlab-runner `glrt-`, himalaya `backend.auth.raw`, spotifyd `password`, mise `[env]`, an atuin key phrase)"),
    ("f_daemon_confs", None, None, None, "a daemon credential file (pgbouncer `userlist.txt` `\"user\" \"pw\"`, stunnel PSK `id:key`, Sentinel `auth-pass`, chrony/ntp `keys` `SHA1 HEX:`, `pg_service.conf`, pgpool `*_password`)"),
    ("f_code_signing", None, None, None, "a code-signing password or key (`signtool /p`, `osslsigncode -pass`, `CSC_KEY_PASSWORD`, Tauri signing key and password, a Sparkle EdDSA key printed alone, `--certificate-password`, RPM `--passphrase`)"),
    ("f_layers", None, None, None, "a password escaped several times (Logstash rubydebug, GraphQL mutation in JSON, JSON in JSON in an event, `set -x` `'\\''` quoting, WS-Security in JSON, YAML in an env value, `-p\\\\\\\"…` three levels deep)"),
    ("f_rpc_calls", None, None, None, "a password as an RPC argument (XML-RPC `<string>` parameter, aria2 `token:`, WS-Security `PasswordText`, Deluge `auth.login`, SOAP `AuthHeader`)"),
    ("f_lang_passwords", None, None, None, "a password given in prose in another language (Turkish `şifre`, Greek `κωδικός`, Romanian `parola`, Swedish `lösenord`, Ukrainian `пароль`, Korean `비밀번호`, Thai `รหัสผ่าน`, Hebrew `סיסמה`, Persian `رمز عبور`, Croatian `lozinka`)"),
    ("f_webrtc", None, None, None, "a conferencing or TURN secret (Jitsi `*_AUTH_PASSWORD`, `prosodyctl register … PW`, coturn `static-auth-secret`, `turnadmin -p`, `bbb-conf --secret`, Janus `admin_secret`, LiveKit `keys:` `APIxxx: secret`)"),
    ("f_nas_devices", None, None, None, "a NAS, printer or camera password (`synouser --setpw`, TrueNAS `midclt call user.update`, CUPS `smb://user:pw@`, Reolink `Login` JSON, Hikvision `curl --digest -u`, OpenMediaVault `omv-rpc`)"),
    ("f_trace_args", None, None, None, "a credential printed in an error dump (axios `config.auth`/headers, pydantic `input_value=`, Erlang crash-report proplist, Akka case class, Clojure `ex-info` map)"),
    ("f_display_remote", None, None, None, "an X11 or remote-console secret (`xauth list`/`xauth add` MIT-MAGIC-COOKIE-1, QEMU `-object secret,data=`, libvirt `passwd='…'`, QEMU monitor `set_password`)"),
    ("f_mainframe", None, None, None, "a mainframe or midrange password (JCL `PASSWORD=`, RACF `ALTUSER … PASSWORD(…)`, Zowe `--password`/`ZOWE_OPT_PASSWORD`, Db2 `connect … using`, IBM i `CHGUSRPRF PASSWORD(…)`, s3270 `String(…)`)"),
    (None, "CREDIT_CARD", None, r"^\d\d( \d\d){5,}$", "a card number read out in pairs (speech-to-text transcript)"),
    (None, "CREDIT_CARD", None, r"^\d{3}( \d{1,3}){3,}$", "a card number read out in groups of three (speech-to-text transcript)"),
    (None, "CREDIT_CARD", None, r"[\u2009\u202f]", "a card number grouped with a thin or narrow no-break space (U+2009, U+202F)"),
    (None, "CREDIT_CARD", None, r"^\d \d \d \d  ", "a card number letter-spaced by PDF text extraction"),
    (None, "CREDIT_CARD", r"\n[A-Z]0+$", None, "a card number inside a fixed-width (COBOL) record"),
    (None, "CREDIT_CARD", None, None, "a card number as a bare JSON number or URL path segment"),
    (None, "PERSON", None, r"[\u1B80-\u1BBF]", "a name in Sundanese script"),
    (None, "PERSON", None, r"[\u1A00-\u1A1F]", "a name in Buginese (Lontara) script"),
    (None, "PERSON", None, r"[\uABC0-\uABFF]", "a name in Meetei Mayek"),
    (None, "PERSON", None, r"[\u2C80-\u2CFF\u03E2-\u03EF]", "a name in Coptic script"),
    (None, "PERSON", None, r"<<", "a name in a passport or ID-card MRZ (`SURNAME<<GIVEN`)"),
    (None, "PERSON", None, r"^[A-Z'-]+/[A-Z]", "a name in a manifest `SURNAME/GIVEN`"),
    (None, "PERSON", None, r";", "a name in a vCard `N:` field (`Family;Given`)"),
    ("f_cyrillic_minor", "PERSON", None, r"^\w+ \w\. \w\.$|^\w\. \w\. \w+$", "a Cyrillic name with initials (`Ооржак А. С.`, `А. С. Ооржак`) of a Tuvan, Buryat, Kalmyk, Abkhaz, Udmurt, Komi or Avar person"),
    (None, "PERSON", None, r"[\u0400-\u04FF]", "a Cyrillic name of a Tuvan, Buryat, Kalmyk, Abkhaz, Udmurt, Komi or Avar person (`ө`, `ү`, `ң`, `һ`, `җ`, `ә`, `ҧ`, `ҭ`, `ӝ`, `ӟ`, `ӵ`, `ӧ`, `і`, `Ӏ`)"),
    ("f_initials", "PERSON", None, None, "a name written with initials (`M. Pakarati`, `Kalsakau, S.`, `PINGAYAK A.`, `Á.Ábdiraxmanov`)"),
    (None, "PERSON", r"(\n:50K:/\S+|\n:59:/\S+)\n$", None, "a name in a SWIFT MT103 `:50K:`/`:59:` field (upper case, below the account)"),
    (None, "PERSON", None, r"^[A-ZÀ-ÞĀ-Ž' -]+( |, )[A-ZÀ-ÞĀ-Ža-zà-ž]", "a Latin-script name written surname first in upper case (`BABOGLO Stepanida`)"),
    ("f_label_names", "PERSON", None, None, "a name after a contact label in another language (`Ügyintéző:`, `Osoba kontaktowa:`, `Sorumlu:`, `Kontaktna osoba:`, `υπεύθυνος:`)"),
    (None, "PERSON", r"<$", None, "a first name as a chat nick (`<Tsakani>`)"),
    (None, "PERSON", None, r"^[\w'.-]+$", "a single name part labelled alone (a first name in a greeting, split name fields)"),
    (None, "PERSON", None, r", ", "a Latin-script name written `Family, Given`"),
    (None, "PERSON", None, None, "a Latin-script name of a culture not read (K'iche', Mohawk, Lakota, Ojibwe, Iñupiaq, Yup'ik, Kirundi, Sesotho, Tsonga, Venda, Kabyle, Fon, Kanuri, Rapa Nui, Palauan, ni-Vanuatu, Gagauz, Karakalpak, Crimean Tatar, Dagbani) in prose, JSON or CSV"),
    (None, "IBAN", None, r"\n", "an IBAN wrapped over two lines (PDF text)"),
    (None, "IBAN", None, r"^[a-z]", "an IBAN in lower case"),
    (None, "IBAN", None, r"\.", "an IBAN grouped with dots"),
    (None, "IBAN", None, r"-", "an IBAN grouped with dashes"),
    (None, "IBAN", None, None, "an IBAN (ME, BA, MR, PK, TR, AE, SA, IL, HU, RO, PL, PT) compact or grouped"),
    (None, "PHONE", None, r"^\d{9,}$", "a phone number as bare digits with its country code (WhatsApp `wa_id`)"),
    (None, "PHONE", None, r"^(\+|00)", "a phone number in international form (CL, PE, UA, CU, BI, MM, PH, VN, MY, AR, CO, KE)"),
    (None, "PHONE", None, None, "a phone number in national form (CL, PE, UA, CU, BI, MM, PH, VN, MY, AR, CO, KE)"),
    (None, "EMAIL", None, None, "an e-mail address in another place"),
    (None, "IPV4", None, None, "an IPv4 address in another log format"),
    (None, "IPV6", None, None, "an IPv6 address in another log format"),
    (None, "MAC", None, None, "a MAC address in another log format"),
]

# partly covered values: (gold type, regex before, regex on the value, kind)
PARTIAL = [
    ("PERSON", r"N:$", None, "a vCard `N:` name (`Family;Given`) only partly covered"),
    ("PERSON", r"FN:$", None, "a vCard `FN:` name only partly covered"),
    ("PERSON", None, r"^[A-Z]\w+ [A-Z]\w+ [A-Z]\w+", "a name with a multi-word surname (`Good Voice Elk`, `Whirlwind Horse`) only partly covered"),
    ("GENERIC_SECRET", None, None, "a secret only partly covered"),
    ("IBAN", None, None, "an IBAN only partly covered"),
    ("PERSON", None, None, "a name only partly covered"),
    ("CREDIT_CARD", None, None, "a card number only partly covered"),
    ("PHONE", None, None, "a phone number only partly covered"),
]

# false redactions: (predicted type, regex before, regex on the value, kind)
FALSE = [
    ("EMAIL", r"!$", r"\.tmi\.twitch\.tv$", "judgement call: an IRC hostmask (`nick!nick@nick.tmi.twitch.tv`; not a mailbox) read as an e-mail address"),
    ("GENERIC_SECRET", r"(accessKey\": \"|access_key=|APP_KEY=|API_KEY=|accessKey: )$", None, "judgement call: an access key id or app key beside its secret (SeaweedFS `accessKey`, `-access_key=`, Soketi `APP_KEY`, env0 `API_KEY`, RocketMQ `accessKey`) read as a secret (left unlabelled, as unseen10–12 left key ids)"),
    ("GENERIC_SECRET", None, r"^UserNameIdentityToken$", "an OPC UA token type name (`UserIdentityToken: UserNameIdentityToken`) read as a secret"),
    ("GENERIC_SECRET", None, r"^(!encrypted/|ENCRYPTED\[)", "a ciphertext marker or value (Zuul `!encrypted/pkcs1-oaep`, Cirrus `ENCRYPTED[…]`) read as a secret"),
    ("GENERIC_SECRET", r"credentials\.yml\.enc\n$", None, "an encrypted Rails `credentials.yml.enc` body read as a secret"),
    ("GENERIC_SECRET", None, r"^(nil,?|null|NULL|None|SSLMode:|\(shown)", "a null, empty or next field in an object dump (Lua `nil`, Go `Password: SSLMode:…`, `Secret: (shown once…)`) read as a secret"),
    ("CONNECTION_STRING", None, r"^\[C@", "a Java `char[]` identity (`password=[C@6d06d69c`) read as a connection-string secret"),
    ("GENERIC_SECRET", r"_at\": \"$", None, "a timestamp after a password-named key (`password_changed_at`) read as a secret"),
    ("GENERIC_SECRET", None, None, "a word, id or name after a secret-named key read as a secret"),
    ("IPV6", None, r"^\d{4}::\d\d:\d\d:\d\d$", "an Erlang crash-report timestamp (`7-Dec-2026::02:14:02`) read as an IPv6 address"),
    ("IPV6", None, None, "a colon-separated value read as an IPv6 address"),
    ("IPV4", None, None, "a four-part version (`IBM Db2 11.5.9.0`, `IBM MQ 9.4.1.0`) read as an IPv4 address"),
    ("PERSON", None, r"^Release Signing$", "a role name before an address (`%_gpg_name Release Signing <…>`) read as a person"),
    ("PERSON", None, r"[\u0600-\u06FF]", "Arabic words (`قداس الأحد`, Sunday liturgy) read as a person"),
    ("PERSON", r"legalName\":\"$", None, "a company name (`Kivu Agro SARL`) read as a person"),
    ("PERSON", None, None, "a word or name read as a person"),
    ("PHONE", r"(AWB |\(02\) )$", None, "a logistics number (air waybill `045-71311741`, GS1 `(02)` GTIN) read as a phone number"),
    ("PHONE", None, None, "a number read as a phone number"),
    ("CREDIT_CARD", None, None, "a number read as a card"),
    ("EMAIL", None, None, "an `@` string read as an e-mail address"),
    ("IBAN", None, None, "an identifier read as an IBAN"),
]


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    root = os.path.join(here, "..", "..", "..")
    pred_p = sys.argv[1] if len(sys.argv) > 1 else os.path.join(root, "artifacts/bench/unseen13/pred.jsonl")
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
