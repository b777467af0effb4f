"""Failure kinds of a redactor run on unseen12, read from outputs only (the record's generator family, the gold or predicted type, the
text before the span and the value itself): leaks (gold characters no prediction covers), false redactions (predicted spans touching
no gold span), span overruns and type confusions.
   python3 kinds.py [PRED] [GOLD]     default: the last score.sh run on the committed set
A failure no rule describes is printed as `other (TYPE in family)`, so the same command tallies any build and any SEED draw."""
import collections, json, os, re, sys

SECRET = {"URL_CREDENTIALS", "CONNECTION_STRING", "AWS_ACCESS_KEY", "AWS_SECRET_KEY", "GITHUB_TOKEN", "SLACK_TOKEN", "JWT", "PRIVATE_KEY",
          "API_KEY", "GENERIC_SECRET", "BEARER_TOKEN", "BASIC_AUTH"}

# (family or None, gold type or None (with a family: its secret types), regex on the 60 characters before the span or None, regex on the value or None, kind); first match wins
LEAK = [
    ("f_vault_init", None, r"Unseal Key \d+: $|unseal $", None, "a Vault unseal key (`vault operator init` output, `vault operator unseal KEY` in shell history)"),
    ("f_vault_init", None, None, None, "a gossip encryption key (Consul `encrypt`, `consul keygen`, `consul keyring -install=`, Nomad `encrypt`)"),
    ("f_erlang_cookie", None, None, None, "an Erlang distribution cookie (`.erlang.cookie`, `-setcookie`, `RABBITMQ_ERLANG_COOKIE`, `iex --cookie`, `RELEASE_COOKIE`, CouchDB `vm.args`)"),
    ("f_game_servers", None, None, None, "a game-server password or token (Source `sv_password`, Factorio `game_password`/`token`, TeamSpeak first-start `password=`/`token=`, Mumble `serverpassword`, Valheim `-password`, Terraria, ARK `?ServerAdminPassword=`)"),
    ("f_ceph_storage", None, None, None, "a storage credential (Ceph `key = AQ…`, `radosgw-admin` `secret_key`, iSCSI CHAP `node.session.auth.password`, targetcli `set auth`, CephFS `secret=` in fstab)"),
    ("f_hypervisors", None, None, None, "a hypervisor or virtualisation password (`GOVC_PASSWORD`, PowerCLI `-Password`, oVirt answer file `str:`, `VBoxManage --password`, `virsh secret-set-value --base64`, `xe -pw`)"),
    ("f_sso_proxies", None, None, None, "an SSO proxy secret (oauth2-proxy `--cookie-secret`, Dex `staticClients` `secret`, Authelia, Pomerium `shared_secret`, Vouch `jwt.secret`)"),
    ("f_snmp_radius", None, None, None, "an SNMPv3 or RADIUS secret (`snmpget -A/-X`, IOS `snmp-server user … auth sha PW priv aes 128 PW`, Junos `authentication-password`, FreeRADIUS `Cleartext-Password`, `radclient … auth SECRET`, `User-Password` in `radiusd -X`)"),
    ("f_otp_seeds", None, None, None, "an OTP seed or recovery code (`otpauth://…?secret=`, `otpauth-migration://offline?data=`, Duo `skey`, `users.oath`, `oathtool -b`, `.google_authenticator` scratch codes)"),
    ("f_stream_processing", None, None, None, "a password in a stream-processing config (Debezium `database.password`, Kafka Connect `connection.password`, Flink SQL `'password' =`, Spark `.option(\"password\", …)`, `kcat -X sasl.password=`)"),
    ("f_iac_state", None, None, None, "a password in infrastructure-as-code state or output (`.tfstate` attributes, `terraform output -json`, Pulumi `plaintext` with escaped quotes, CloudFormation `ParameterValue`, a plan diff `\"old\" -> \"new\"`)"),
    ("f_wrapped_again", None, None, None, "a password wrapped again (`last-applied-configuration` JSON in YAML, JSON in a `docker inspect` `Env` string, escaped JSON in journald `MESSAGE`, Helm `--set-string` with `\\,`, `systemctl show -p Environment`)"),
    ("f_vcs_configs", None, None, None, "a version-control or WebDAV client password (`.hgrc` `[auth]`, `~/.cvspass` scrambled `A…`, `.curlrc` `user =`, davfs2 `secrets`, Breezy `authentication.conf`, `P4PASSWD`)"),
    ("f_bmc_tools", None, None, None, "a BMC password on a vendor tool (`SMCIPMITool IP ADMIN PW`, iLO RIBCL `PASSWORD=`, `OneCli -b USERID:PW@IP`, FreeIPMI `-p`, `bmc-config --key-pair`, `ipmiutil -P`)"),
    ("f_hpc_identity", None, None, None, "an HPC or identity-management password (Slurm `StoragePass`, `condor_store_cred -p`, `ipa-server-install -p/-a`, `ipa-client-install --password`, `echo PW | kinit`)"),
    ("f_mobile_app_logs", None, None, None, "a token in a mobile or desktop app log (OkHttp logcat, iOS console headers, Flutter `AuthState(...)`, React Native AsyncStorage, Electron session cookie)"),
    ("f_lang_passwords", None, None, None, "a password given in a ticket in another language (Polish `hasło`, Dutch `wachtwoord`, Vietnamese `mật khẩu`, Indonesian `kata sandi`, Hungarian `jelszó`, Czech `heslo`, Finnish `salasana`, Swahili `nenosiri`, Japanese `パスワード`, Chinese `密码`)"),
    ("f_selfhosted_apps", None, None, None, "a self-hosted application secret (Strapi `APP_KEYS`/`JWT_SECRET`, `MEILI_MASTER_KEY`, Typesense `--api-key`, Directus `SECRET`, Outline `SECRET_KEY`/`UTILS_SECRET`, Play `play.http.secret.key`, Ghost mail `pass`)"),
    ("f_stream_keys", None, None, None, "a live-streaming key (YouTube `live2/xxxx-xxxx-…`, Twitch `live_…` in OBS `service.json`, Facebook `FB-…`, nginx-rtmp `push …/re_…`, SRT `passphrase=`, Kick `sk_…`)"),
    ("f_proto_frames", None, None, None, "a password in a decoded protocol frame (MQTT CONNECT, NNTP `AUTHINFO PASS`, ManageSieve/IRC SASL PLAIN base64, Redis `MONITOR` `\"AUTH\"`, gRPC metadata)"),
    ("f_remote_cli", None, None, None, "a password on a remote-access command line (`plink -pw`, `pscp -pw`, `rdesktop -p`, `remmina --set-option password=`, `lftp -u user,PW`)"),
    ("f_sql_ddl", None, None, None, "a credential in SQL DDL (`CREATE USER MAPPING … OPTIONS (password …)`, `CREATE DATABASE LINK … IDENTIFIED BY`, `sp_addlinkedsrvlogin @rmtpassword`, `CREATE DATABASE SCOPED CREDENTIAL … SECRET`, ClickHouse `NAMED COLLECTION`)"),
    ("f_notebooks", None, None, None, "a notebook-server token or password (Jupyter `?token=` in the startup log and `jupyter server list`, `IdentityProvider.token`, `JUPYTER_TOKEN`, Zeppelin `shiro.ini` `[users]`)"),
    ("f_ml_platforms", None, None, None, "an ML-platform key (`wandb login KEY`, `MLFLOW_TRACKING_PASSWORD`, `kaggle.json` `key`, ClearML `secret_key`, DVC remote `password`, Label Studio `--password`/`--user-token`)"),
    (None, "CREDIT_CARD", None, r"[०-९০-৯๐-๙]", "a card number written in Devanagari, Bengali or Thai digits"),
    (None, "CREDIT_CARD", None, r"^([0-9A-F]{2} )+[0-9A-F]{2}$", "a card number as EMV TLV hex bytes (tag `5A`)"),
    (None, "CREDIT_CARD", None, r"/", "a card number grouped with `/`"),
    (None, "CREDIT_CARD", None, None, "a card number of a brand not read (Aura, Sorocred, Argencard, Tarjeta Shopping, Codensa, BC Card, 13-digit Visa) in ISO 8583, track 2 or XML"),
    (None, "PERSON", None, r"\\u00", "a name in a Facebook Messenger export (UTF-8 bytes escaped as `\\u00XX`, mojibake)"),
    (None, "PERSON", None, r"[\u13A0-\u13FF]", "a name in Cherokee syllabary"),
    (None, "PERSON", None, r"[\u07C0-\u07FF]", "a name in N'Ko"),
    (None, "PERSON", None, r"[\u1C50-\u1C7F]", "a name in Ol Chiki (Santali)"),
    (None, "PERSON", None, r"[\uA4D0-\uA4FF]", "a name in Lisu"),
    (None, "PERSON", None, r"[\u1800-\u18AF]", "a name in traditional Mongolian script"),
    (None, "PERSON", None, r"[\u0400-\u04FF]", "a name in Cyrillic of Chechen, Sakha, Bashkir, Chuvash or Ossetian (`Ӏ`, `ҥ`, `ҕ`, `ҙ`, `ҫ`, `ә`, `ө`, `ү`, Latin `ă`/`ĕ`/`ç`/`æ` lookalikes)"),
    (None, "PERSON", None, r"^[A-Z'-]+(\^|/)[A-Z]", "a name in a wire format (HL7 `FAMILY^GIVEN`, DICOM `PN`, BCBP and PNR `SURNAME/GIVEN`)"),
    (None, "PERSON", None, r"\^", "a name in a wire format (HL7 `FAMILY^GIVEN`, DICOM `PN`, BCBP and PNR `SURNAME/GIVEN`)"),
    (None, "PERSON", None, r"[ẠẢẤẦẨẪẬẮẰẲẴẶẸẺẼẾỀỂỄỆỈỊỌỎỐỒỔỖỘỚỜỞỠỢỤỦỨỪỬỮỰỲỴỶỸĐƠƯ]|^(SUPRIYANTO|SUMARNI|WAGIMAN|SRI HARTATI|PONIMAN|TUKIYEM|SUHARTO|MARSINAH)$", "a name on a form in Vietnamese upper case or an Indonesian single name (forms used by unseen7 and unseen8)"),
    (None, "PERSON", None, r"^([A-Z]\. )+[A-Z]", "a Tamil name written initials first (`K. R. Venkatesan`; a form used by unseen8)"),
    (None, "PERSON", None, r"^[A-ZÀ-ÞĀ-Ž' -]+(, | )[A-Za-zÀ-ž]", "a Latin-script name written surname first in upper case (`SHABOLIN, ANFESIA`, `TICONA Sisa`)"),
    (None, "PERSON", None, r"^[\w'.-]+$", "a single name part labelled alone (split surname/given fields, a first name in a chat)"),
    (None, "PERSON", None, r", ", "a Latin-script name written `Family, Given`"),
    (None, "PERSON", None, None, "a Latin-script name of a culture not read (Aymara, Guarani, Xhosa, Cebuano, Navajo, Ewe, Lingala, Luganda, Kikuyu, Chichewa, Bemba, Corsican, Occitan, Scottish Gaelic, Aleut, Ethiopian)"),
    (None, "EMAIL", None, None, "an e-mail address in another place (X.509 `emailAddress`, `git blame --porcelain`, CODEOWNERS, PGP `uid`, security.txt, `Uploaders:`)"),
    (None, "IBAN", None, r"^[a-z]", "an IBAN (AD, MC, LI, MT, CY, MD, JO, KW, QA, GT, EG, IQ, SC, SV, LY, VA, TL; countries used by unseen7 and unseen9) in lower case"),
    (None, "IBAN", None, None, "an IBAN (AD, MC, LI, MT, CY, MD, JO, KW, QA, GT, EG, IQ, SC, SV, LY, VA, TL; countries used by unseen7 and unseen9), compact, grouped, dashed or no-break-space grouped"),
    (None, "PHONE", None, r"^\d{9,}$", "a phone number as bare digits with its country code (`wa.me/` link)"),
    (None, "PHONE", None, r"^(\+|00)", "a phone number in international form (regions used by unseen7–9)"),
    (None, "PHONE", None, None, "a phone number in national form (regions used by unseen7–9)"),
    (None, "IPV4", None, None, "an IPv4 address in another log format"),
    (None, "IPV6", None, None, "an IPv6 address in another log format"),
    (None, "MAC", None, r"^[0-9A-F]{12}$", "a MAC address as 12 bare hex digits (Windows DHCP audit log)"),
    (None, "MAC", None, None, "a MAC address in another log format"),
]

# partly covered values: (gold type, regex before, regex on the value, kind)
PARTIAL = [
    ("GENERIC_SECRET", None, r"\\,", "a Helm `--set-string` value with an escaped comma `\\,`, only partly covered"),
    ("GENERIC_SECRET", None, r"^[A-Za-z0-9+/=]+,[A-Za-z0-9+/=]+,", "a comma-separated key list (Strapi `APP_KEYS`), only partly covered"),
    ("GENERIC_SECRET", None, r"^sv=", "an Azure SAS token as a SQL credential `SECRET`, only partly covered"),
    ("GENERIC_SECRET", None, None, "a secret only partly covered"),
    ("BASIC_AUTH", None, None, "a `user:password` pair only partly covered"),
    ("IBAN", None, None, "an IBAN only partly covered"),
    ("PERSON", None, None, "a name only partly covered"),
    ("CREDIT_CARD", None, None, "a card number only partly covered"),
    ("EMAIL", None, None, "an e-mail address only partly covered"),
    ("PHONE", None, None, "a phone number only partly covered"),
]

# false redactions: (predicted type, regex before, regex on the value, kind)
FALSE = [
    ("EMAIL", r"(-name |kinit |-remsh |@)$", None, "judgement call: an Erlang node name or Kerberos principal (`couchdb@host.internal`, `svc@CORP.INTERNAL`; not a mailbox) read as an e-mail address"),
    ("GENERIC_SECRET", r"\"access_key\"\s*[:=] \"$", None, "judgement call: an access key id (RGW, ClearML) beside its secret read as a secret (left unlabelled, as unseen10 and unseen11 left key ids)"),
    ("GENERIC_SECRET", r"auth\.username = $|userid=$", None, "an iSCSI CHAP user name read as a secret"),
    ("GENERIC_SECRET", None, r"^[0-9a-f]{8}-[0-9a-f]{4}-", "a libvirt secret UUID (`virsh secret-define`, `--secret UUID`) read as a secret"),
    ("GENERIC_SECRET", r"session:$", None, "a Redis key name after `session:` read as a secret"),
    ("GENERIC_SECRET", r"(PageToken|SyncToken|continue)\"?:\s*\"$", None, "a pagination or sync token (`nextPageToken`, `nextSyncToken`, Kubernetes `continue`) read as a secret"),
    ("GENERIC_SECRET", None, r"^(ENC\(|ENC\[|AgB|vault:v1:)", "an encrypted value (Jasypt `ENC(…)`, eyaml `ENC[PKCS7,…]`, SealedSecret `AgB…`, Vault transit `vault:v1:`) read as a secret"),
    ("GENERIC_SECRET", None, r"^(Nothing|nothing|nil|NULL|None|undef|undefined|\[FILTERED\]|SecretStr)", "a null, masked or type value in an object dump (`Nothing`, `nothing`, `[FILTERED]`, `SecretStr('***')`) read as a secret"),
    ("GENERIC_SECRET", None, None, "a reference, path, id or name after a secret-named key read as a secret"),
    ("IPV6", None, r"^50:01:43:80", "a Fibre Channel WWPN (8 colon-separated bytes) read as an IPv6 address"),
    ("IPV6", None, None, "a colon-separated id read as an IPv6 address"),
    ("IPV4", None, None, "a four-part version (`CPLD 1.0.4.2`, `iDRAC 7.00.00.171`) read as an IPv4 address"),
    ("PERSON", None, r"^ANONYMI[SZ]ED", "an anonymised placeholder (`ANONYMIZED^^^^^^U` in HL7 PID-5) read as a person"),
    ("PERSON", None, r"(International|Airport)$", "an airport named after a person (`Jorge Chávez International`, `Kenneth Kaunda International`) read as a person"),
    ("PERSON", None, None, "a word or name read as a person"),
    ("PHONE", r"HK1\s+$", None, "departure and arrival times in a PNR segment (`0615 1015`) read as a phone number"),
    ("PHONE", r"\(01\)$", None, "a GS1 GTIN after `(01)` read as a phone number"),
    ("PHONE", None, None, "a number read as a phone number"),
    ("CREDIT_CARD", None, None, "a number read as a card"),
    ("EMAIL", None, None, "an `@` string read as an e-mail address"),
    ("IBAN", None, None, "an identifier read as an IBAN"),
]


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    root = os.path.join(here, "..", "..", "..")
    pred_p = sys.argv[1] if len(sys.argv) > 1 else os.path.join(root, "artifacts/bench/unseen12/pred.jsonl")
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
