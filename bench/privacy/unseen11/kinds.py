"""Failure kinds of a redactor run on unseen11, read from outputs only (the record's generator family, the gold or predicted type, the
text before the span and the value itself): leaks (gold characters no prediction covers), false redactions (predicted spans touching
no gold span), span overruns and type confusions.
   python3 kinds.py [PRED] [GOLD]     default: the last score.sh run on the committed set
A failure no rule describes is printed as `other (TYPE in family)`, so the same command tallies any build and any SEED draw."""
import collections, json, os, re, sys

SECRET = {"URL_CREDENTIALS", "CONNECTION_STRING", "AWS_ACCESS_KEY", "AWS_SECRET_KEY", "GITHUB_TOKEN", "SLACK_TOKEN", "JWT", "PRIVATE_KEY",
          "API_KEY", "GENERIC_SECRET", "BEARER_TOKEN", "BASIC_AUTH"}

# (family or None, gold type or None (with a family: its secret types), regex on the 60 characters before the span or None, regex on the value or None, kind); first match wins
LEAK = [
    ("f_java_enterprise", None, r"\{xor\}$|password=\"$", r"^\{xor\}", "a WebSphere `{xor}` password (XOR with a fixed byte, base64)"),
    ("f_java_enterprise", None, None, r"^OBF:", "a Jetty `OBF:` obfuscated password in `realm.properties`"),
    ("f_java_enterprise", None, None, r"^\{aes\}", "a Liberty `{aes}` password (default key)"),
    ("f_java_enterprise", None, None, None, "a password in Java server or build-tool files (Tomcat `certificateKeystorePassword`, `tomcat-users.xml`, Maven `settings-security.xml` master, sbt `.credentials`, Leiningen)"),
    ("f_observability_agents", None, None, None, "a key or password of a monitoring agent (Datadog `api_key`, New Relic `license_key`, Splunk `sslPassword`, Beats, Fluent Bit `HTTP_Passwd`, Telegraf `token`, Graylog `password_secret`/`root_password_sha2`, Honeycomb, Sumo Logic)"),
    ("f_thrift_plist_ron", None, None, None, "a password in a serialisation not read before (Thrift `toString`, NSDictionary description, RON, Ion, Pkl, JSON5, Hjson, bsondump, `.reg`, Elixir `runtime.exs`)"),
    ("f_escaped_again", None, None, None, "a password in another encoding (quoted-printable `=3D`, ANSI-C `$'\\x…'`, `.properties` `\\u` escapes, XML `&#x…;`, C# verbatim `\"\"`, SQL `''`, double %-encoding)"),
    ("f_cloud_cn", None, None, None, "a secret key of a Chinese cloud (Alibaba `access_key_secret`, Tencent `secretKey`, Baidu `sk`, Volcengine, JD Cloud)"),
    ("f_saas_tokens", "API_KEY", None, None, "a vendor-prefixed SaaS key not read (Airtable `pat…`, Contentful `CFPAT-`, Square `EAAA…`)"),
    ("f_saas_tokens", None, None, None, "an unprefixed SaaS secret (Twilio auth token, Auth0 client secret, Mailchimp `…-usN`, Salesforce sfdx URL, Cloudinary URL, `SNOWSQL_PWD`, Plaid)"),
    ("f_ci_other", None, None, None, "a secret in another CI system's log (Azure Pipelines `##vso[task.setvariable]`, TeamCity `##teamcity[setParameter]`, Bamboo `bamboo_…`, Bitbucket `curl -u`, AppVeyor, Nx/Turbo tokens)"),
    ("f_password_tools", None, r"\n$", None, "a password printed alone on a line by a password tool (`Get-Secret -AsPlainText`, `pwsafe -p`)"),
    ("f_password_tools", None, None, None, "a secret in a password tool's output (`bw get item`, `ejson decrypt`, `kpcli show -f`, `envchain`, `teller`, `dotenv-vault`)"),
    ("f_key_dumps", "PRIVATE_KEY", None, None, "private key material without a PEM label (PKCS#12 base64 in a Secret, a recovery phrase)"),
    ("f_key_dumps", None, None, r"^\d{6}-", "a BitLocker recovery password (`manage-bde -protectors -get`)"),
    ("f_key_dumps", None, None, None, "symmetric key material printed by a tool (SSLKEYLOGFILE secrets, `ip xfrm state` keys, `dmsetup --showkeys`, LUKS `MK dump`, FileVault recovery key, `openssl enc -K`, a base64 keystore password)"),
    ("f_db_tools", None, None, None, "a password given to a database tool not read (`cqlsh -p`, `nodetool -pw`, `tsql -P`, `isql DSN user PW`, `sqsh -P`, Derby `ij`, SQLCipher `PRAGMA key`, Percona DSN `p=`, `xtrabackup`, `sysbench`, `valkey-cli --pass`)"),
    ("f_netos_more", None, None, None, "a password or PSK in network OS config (Arista `secret 0`, Huawei `irreversible-cipher`, Comware `password simple`, OS10, OpenWrt UCI `key`, DD-WRT nvram, WLC `set-key`, Aruba `mgmt-user`, SR OS)"),
    ("f_iot_radio", None, None, None, "a radio-network key or device API key (LoRaWAN `app_key`/`nwk_key`, Thread network key and PSKc, Z-Wave S2 keys, OctoPrint/Moonraker API keys, RTSP camera credentials)"),
    ("f_remote_access", None, None, None, "a remote-access password (TeamViewer/AnyDesk/RustDesk, `vncpasswd -f` output, x11vnc `-passwd`, Guacamole `user-mapping.xml`/properties, MeshCentral `sessionKey`)"),
    ("f_chat_paste", None, None, None, "a secret pasted in a chat export not read (Telegram JSON, DiscordChatExporter, WhatsApp iOS, Skype, weechat, Keybase)"),
    ("f_mobile_sign", None, None, r"^[a-z]{4}-[a-z]{4}-[a-z]{4}-[a-z]{4}$", "an Apple app-specific password (`altool -p`, `notarytool --password`)"),
    ("f_mobile_sign", None, None, None, "a signing or app secret in mobile tooling (`apksigner`/`bundletool` `pass:`, `signingConfigs`, `functions:config:get`, HMS `client_secret`)"),
    ("f_http_headers2", None, None, None, "a token in a header not read (`X-Consul-Token`, `NOMAD_TOKEN`, NetBox `Token`, Elastic `ApiKey`, FCM `key=`, `Zoho-oauthtoken`, `Proxy-Authorization: Basic`, `connect.sid`)"),
    ("f_windows_admin", None, None, None, "a password on a Windows admin command line (`dsadd -pwd`, `netdom /PasswordD:`, `autologon`, `appcmd /processModel.password:`, `psexec -p`, `reg add … DefaultPassword`, `ConvertTo-SecureString`)"),
    ("f_pkg_registries", None, None, None, "a package-registry credential (NuGet `ClearTextPassword`, Composer `auth.json`, Bundler `BUNDLE_…`, `conan -p`, Hex key, `rubygems_` key, `helm repo add --password`, `jf c add`, BuildBuddy header, sccache Redis URL)"),
    ("f_workflow_engines", None, None, None, "a secret in a workflow engine (Airflow `--conn-password`/`fernet_key`/`AIRFLOW_CONN_`, Prefect `Secret`, Rundeck, Celery broker URL, Dagster)"),
    ("f_http_clients", None, None, None, "a credential given to an HTTP client not read (`http -a`, `wget --http-password`, `aria2c`, `xh -A bearer`, Hurl `[BasicAuth]`, `ab -A`, `hey -a`, `grpcurl -H`, `websocat -H`, `curl --oauth2-bearer`)"),
    ("f_mail_clients", None, None, None, "a mail client's password (fetchmail, mutt `imap_pass`/`smtp_url`, msmtp, offlineimap `remotepass`, mbsync `Pass`, aerc URL, POP3 `PASS`)"),
    ("f_enterprise_apps", None, None, None, "an enterprise-application password (SAP `hdbuserstore SET`, `sapcontrol -user`, `sapnwrfc.ini PASSWD=`, Oracle `mkstore`, Siebel `srvrmgr /p`, Informatica `-pd`, Tableau `tsm login -p`)"),
    ("f_registry_clis", None, None, None, "a registry credential on a container CLI (`crictl --creds`, `ctr --user`, `nerdctl`/`podman`/`oras login -p`, `skopeo --src-creds`, `buildah --creds`)"),
    ("f_tunnels", None, None, None, "a tunnel or overlay-network token (cloudflared, NetBird setup key, Headscale pre-auth key, ngrok authtoken, frp/rathole `token`, inlets)"),
    (None, "CREDIT_CARD", None, r"[۰-۹٠-٩]", "a card number written in Persian or Arabic-Indic digits"),
    (None, "CREDIT_CARD", None, None, "a card number of a brand not read (Napas, Shetab, DinaCard, mada, Prostir, ArCa, Elcart, Carnet, T-Union 19, Diners 14, Amex 15, Maestro UK, Korti Milli)"),
    (None, "PERSON", None, r"[\u1400-\u167F]", "a name in Canadian syllabics (Inuktitut)"),
    (None, "PERSON", None, r"[\u2D30-\u2D7F]", "a name in Tifinagh (Tamazight)"),
    (None, "PERSON", None, r"[\u0700-\u074F]", "a name in Syriac"),
    (None, "PERSON", None, r"[\u0600-\u06FF]", "a name in Arabic script of a language not read (Pashto, Uyghur, Sorani Kurdish; Persian in card tickets)"),
    (None, "PERSON", None, r"[\u0400-\u04FF]", "a name in Cyrillic of a language not read (Macedonian, Belarusian, Tajik, Tatar, Kyrgyz)"),
    (None, "PERSON", None, r"[\u4E00-\u9FFF\uAC00-\uD7AF]", "a name in Han (Hong Kong, traditional) or Hangul"),
    (None, "PERSON", None, r"^[A-ZÀ-ÞĀ-Ž' -]+(, | )[A-Za-zÀ-ž]", "a Latin-script name written surname first in upper case (`SARPONG, YAW`, `CHAN Tai-man`)"),
    (None, "PERSON", None, r"^[\w'-]+$", "a single name part labelled alone (split given/family fields: CSV columns, R `person()`, contact JSON)"),
    (None, "PERSON", None, r", ", "a Latin-script name written `Family, Given`"),
    (None, "PERSON", None, None, "a Latin-script name of a culture not read (Oromo, Dinka, Chamorro, Sorbian, Frisian, Romansh, Luxembourgish, Sardinian, Marshallese, Akan, Slovene, Cantonese)"),
    (None, "EMAIL", None, r"xn--|^\"", "an e-mail address with a punycode domain or a quoted local part"),
    (None, "EMAIL", None, None, "an e-mail address in another place (Sieve `redirect`, `.forward`, Postfix virtual map, `mailto:`, vCard, package metadata)"),
    (None, "IBAN", None, None, "an IBAN of a country not read (RU, DJ, GI, VG, CR, UA, LB) in another layout"),
    (None, "PHONE", None, r"^(\+|00)", "a phone number in international form of a region not read"),
    (None, "PHONE", None, None, "a phone number in national form of a region not read"),
    (None, "IPV4", None, None, "an IPv4 address in another log format"),
    (None, "IPV6", None, None, "an IPv6 address in another log format"),
    (None, "MAC", None, None, "a MAC address in another log format"),
]

# partly covered values: (gold type, regex before, regex on the value, kind)
PARTIAL = [
    ("GENERIC_SECRET", None, r"\n", "a secret printed over several lines (LUKS `MK dump`), only partly covered"),
    ("GENERIC_SECRET", None, r"=3D|\\x|\\u|&#x|''|\"\"|%25", "an encoded or escaped secret only partly covered (the escape cut the span)"),
    ("GENERIC_SECRET", None, None, "a secret only partly covered"),
    ("CONNECTION_STRING", None, None, "a connection-string password only partly covered (an escaped quote `\"\"` or `;` cut the span)"),
    ("IBAN", None, None, "an IBAN only partly covered"),
    ("PERSON", None, None, "a name only partly covered"),
    ("CREDIT_CARD", None, None, "a card number only partly covered"),
    ("EMAIL", None, None, "an e-mail address only partly covered"),
    ("PHONE", None, None, "a phone number only partly covered"),
]

# false redactions: (predicted type, regex before, regex on the value, kind)
FALSE = [
    ("EMAIL", r"(imap_user = \"|entry:\n|L:\t)$", None, "labelling slip: an e-mail address left unlabelled (muttrc `imap_user`, a Postfix virtual-map key, a MAINTAINERS `L:` list; see the README) — the redactor is right"),
    ("EMAIL", None, r"@conference\.", "judgement call: an XMPP MUC room JID (`room@conference.…`, not a mailbox) read as an e-mail address"),
    ("GENERIC_SECRET", r"--access-key $", None, "judgement call: a cloud access key id (Volcengine `AKLT…`, JD Cloud) beside its secret read as a secret (left unlabelled, as unseen10 left Backblaze key ids)"),
    ("GENERIC_SECRET", r"CLIENT_\w+ $", None, "a TLS client random in an SSLKEYLOGFILE line (public: sent in the handshake) read as a secret"),
    ("GENERIC_SECRET", r"-createCredential $", None, "a TNS alias (`mkstore -createCredential ORCLPDB1 user pw`) read as a secret"),
    ("GENERIC_SECRET", None, r"^(String|SecretStr|CharArray|SecretString|string)", "a type name after a secret-named field in a schema or declaration (`password: String!`, `db_password: SecretStr`) read as a secret"),
    ("GENERIC_SECRET", None, r"^(ENC\[|EJ\[)", "an encrypted value (sops `ENC[AES256_GCM,…]`, ejson `EJ[1:…]`) read as a secret"),
    ("GENERIC_SECRET", None, r"^\$7\$", "a Splunk-encrypted `$7$…` value (decryptable only with the host's splunk.secret) read as a secret"),
    ("GENERIC_SECRET", None, r"^projects/", "a Spanner session path read as a secret"),
    ("IPV4", None, None, "a four-part version (`WebSphere Application Server 9.0.5.21`) read as an IPv4 address"),
    ("PERSON", None, r"(da Vinci|Daniel's|Lovelace|Hopper|Martens|Bolívar|Kubitschek|Aquino|Iqbal|Hariri|Havel|Chopin|Meri|Aga Khan|Faisal)", "an airport, brand, street or product named after a person (`Leonardo da Vinci–Fiumicino`, `Jack Daniel's`, `Ada Lovelace` GPUs)"),
    ("PERSON", None, None, "a word or name read as a person"),
    ("PHONE", None, None, "a number read as a phone number"),
    ("CREDIT_CARD", None, None, "a number read as a card"),
    ("EMAIL", None, None, "an `@` string read as an e-mail address"),
    ("IBAN", None, None, "an identifier read as an IBAN"),
]


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    root = os.path.join(here, "..", "..", "..")
    pred_p = sys.argv[1] if len(sys.argv) > 1 else os.path.join(root, "artifacts/bench/unseen11/pred.jsonl")
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
