"""Failure kinds of a redactor run on unseen10, read from outputs only (the record's generator family, the gold or predicted type, the
text before the span and the value itself): leaks (gold characters no prediction covers), false redactions (predicted spans touching
no gold span), span overruns and type confusions.
   python3 kinds.py [PRED] [GOLD]     default: the last score.sh run on the committed set
A failure no rule describes is printed as `other (TYPE in family)`, so the same command tallies any build and any SEED draw."""
import collections, json, os, re, sys

SECRET = {"URL_CREDENTIALS", "CONNECTION_STRING", "AWS_ACCESS_KEY", "AWS_SECRET_KEY", "GITHUB_TOKEN", "SLACK_TOKEN", "JWT", "PRIVATE_KEY",
          "API_KEY", "GENERIC_SECRET", "BEARER_TOKEN", "BASIC_AUTH"}

# (family or None, gold type or None (with a family: its secret types), regex on the 60 characters before the span or None, regex on the value or None, kind); first match wins
LEAK = [
    ("f_dns_keys", "PRIVATE_KEY", None, None, "a DNSSEC private key in a BIND `K….private` file (`PrivateKey: <base64>`)"),
    ("f_dns_keys", None, r"-y hmac-[\w]+:[^:\s]+:$", None, "a TSIG secret on a `dig -y`/`nsupdate -y alg:name:SECRET` command line"),
    ("f_dns_keys", None, None, None, "a TSIG or rndc key in BIND/Knot/PowerDNS config or tool output (`secret \"<base64>\";`, `secret: …`)"),
    ("f_ldap_ad", None, r"unicodePwd:: $", None, "an AD `unicodePwd::` value (base64 of the quoted UTF-16 password) in LDIF"),
    ("f_ldap_ad", None, r"%$", None, "a password after `%` in Samba's `-U user%password` (`net ads join`, `smbclient`)"),
    ("f_ldap_ad", None, None, None, "a bind or admin password for LDAP/AD tooling (`olcRootPW:`, `ldappasswd -s`, sssd `ldap_default_authtok`, nslcd `bindpw`, `realm join`, `ktpass /pass`)"),
    ("f_windows_deploy", None, r"cpassword=\"$", None, "a Group Policy Preferences `cpassword=` (AES with the published key)"),
    ("f_windows_deploy", None, r"<Value>$", None, "a plain-text password in `unattend.xml` (`<AdministratorPassword>`/`<AutoLogon>` `<Value>`)"),
    ("f_windows_deploy", None, r"REG_SZ    $", None, "a Winlogon `DefaultPassword` in `reg query` output"),
    ("f_windows_deploy", None, None, None, "a deployment password on Windows (Winlogon `DefaultPassword`, `.publishsettings userPWD`, `msdeploy password=`, MDT `CustomSettings.ini`)"),
    ("f_java_runtime", None, r"(monitorRole|controlRole)  $", None, "a JMX `jmxremote.password` entry (`monitorRole <pw>`)"),
    ("f_java_runtime", None, None, None, "a password in Java runtime output or server files (`jcmd`/`jinfo` properties, `jmxremote.password`, Karaf `users.properties`, `jenkins-cli -auth`, WLST `connect()`, `add-user.sh -p`, `AS_ADMIN_PASSWORD=`)"),
    ("f_gateway_cfg", None, None, None, "a key or password in an API gateway's config (Kong `pg_password`/`keyauth_credentials`, APISIX `admin_key`, Tyk `secret`, `X-API-KEY`, `apigeetool -p`)"),
    ("f_php_app_cfg", None, r"(blowfish_secret|hash_salt|SecretKey|passwordsalt|'secret'|'key')[^\n]*$", None, "a salt or secret key in PHP application config (phpMyAdmin `blowfish_secret`, Drupal `hash_salt`, MediaWiki `$wgSecretKey`, Nextcloud `passwordsalt`/`secret`, Magento `crypt.key`)"),
    ("f_php_app_cfg", None, None, None, "a password or salt in a PHP/Lua application's config code (Moodle `$CFG->dbpass`, Nextcloud, Drupal, MediaWiki, Joomla, phpMyAdmin, Magento, OpenResty `red:auth`)"),
    ("f_lang_dumps", None, None, None, "a password in another language's value dump (F# `%A`, OCaml utop, Groovy map, Crystal inspect, Nim tuple, Dart map, Lua inspect, PowerShell `Format-List`, Zig, Tcl)"),
    ("f_cloud_other", "API_KEY", None, None, "an Akamai `akab-` token or Backblaze `K00…` application key"),
    ("f_cloud_other", None, None, None, "a key or password of another cloud (Vultr, UpCloud, Civo, Akamai `client_secret`, OpenStack `OS_PASSWORD`/`clouds.yaml`, Cloudflare `X-Auth-Key`, `Fastly-Key`, Gandi `Apikey`)"),
    ("f_ci_more", None, None, None, "a secret in another CI system (`act -s`, CodeBuild `buildspec`, Cloud Build `substitutions`, Bitrise/Codemagic vars, `gitlab-runner register`, `earthly --secret`, `MATCH_PASSWORD=`)"),
    ("f_secret_mgr_cli", None, r"\n$", None, "a secret printed alone on a line by a secret-manager CLI (`gcloud secrets versions access`, `berglas`, `infisical --plain`, `conjur`, `rbw`, `akeyless`, `az keyvault … -o tsv`)"),
    ("f_secret_mgr_cli", None, None, None, "a secret in a secret-manager CLI's table, JSON or decrypted file (`chamber read`, `bws secret get`, `sops -d`)"),
    ("f_keys_new", None, r"\(0x$", None, "a Kerberos keytab key printed by `klist -K` (`(0x<hex>)`)"),
    ("f_keys_new", None, r"macaroon: $", None, "an LND macaroon (hex) in a `Grpc-Metadata-macaroon` header"),
    ("f_keys_new", "PRIVATE_KEY", None, r"^-----BEGIN PGP", "an armoured PGP private key block (`gpg --export-secret-keys --armor`)"),
    ("f_keys_new", "PRIVATE_KEY", None, r"^-----BEGIN", "a PEM key inside doubly escaped JSON (`\\\\n` line breaks)"),
    ("f_keys_new", "PRIVATE_KEY", None, None, "private key material of other tools (IPFS `PrivKey`, CometBFT `priv_validator_key.json`, Cardano `.skey` `cborHex`, Monero `spendkey`, PASETO `k4.secret.`)"),
    ("f_keys_new", None, None, None, "a PASETO `k4.local.` symmetric key"),
    ("f_wire_other", None, r"rsyncd\.secrets\n([^\n]*\n)?\w+:$", None, "a password in an `rsyncd.secrets` `user:password` line"),
    ("f_wire_other", None, None, None, "a password in another wire protocol's decode (PostgreSQL `PasswordMessage`, SOCKS5, telnet stream, ZooKeeper `addauth digest`/ACL digest, `rsyncd.secrets`, MongoDB SASL PLAIN payload)"),
    ("f_voip", None, None, None, "a SIP account password (linphonerc `passwd=`, baresip `auth_pass=`, FreeSWITCH `<param name=\"password\">`, `kamctl add`, `sip.conf secret=`, UA log `pass=`)"),
    ("f_desktop_prefs", None, None, None, "a password or token in desktop app preferences (`defaults read`, `plutil -p`, `dconf dump`, Java prefs XML, Qt `@ByteArray`, VS Code `mssql.connections`, Pidgin, HexChat `P=`, Transmission, qBittorrent)"),
    ("f_escaped_layers", None, None, None, "a password inside a value escaped or encoded several times (JSON in JSON, `\\u0022`, URL-encoded, Python bytes repr, `&quot;`, CSV `\"\"`, Go `%q`)"),
    ("f_http_schemes", "API_KEY", None, None, "a vendor-prefixed key in a header of another scheme (JFrog `AKCp`, Octopus `API-`, Klaviyo `pk_`)"),
    ("f_http_schemes", None, None, None, "a token in another HTTP auth scheme or header (`Splunk <uuid>`, `X-Plex-Token`, `X-Redmine-API-Key`, `Bot`, `Token token=`, `GenieKey`, Emby `api_key`)"),
    ("f_db_cli_more", None, r"(hdbsql|vsql|exaplus)[^\n]*$", None, "a password flag of an analytic database CLI (`hdbsql -p`, `vsql -w`, `exaplus -p`)"),
    ("f_db_cli_more", None, None, None, "a password given to a database CLI not read (bteq `.logon`, `hdbsql -p`, `vsql -w`, `exaplus -p`, DuckDB `CREATE SECRET`, `mc alias set`, ClickHouse `password_sha256_hex`, `cockroach --url`)"),
    ("f_mail_servers", None, None, None, "a password or hash in a mail server's files (Dovecot passwd-file `{PLAIN}`/`{SHA512-CRYPT}`, Postfix `sasl_passwd`, Exim `passwd.client`, Roundcube `des_key`, Mailman, rspamd)"),
    ("f_chat_secrets", None, None, None, "a secret pasted in a chat export (KakaoTalk, Mattermost JSONL, Lark, Webex, Rocket.Chat)"),
    ("f_mobile_more", None, r"Keychain Data: $", None, "a keychain item dumped alone (`Keychain Data: …`)"),
    ("f_mobile_more", None, None, None, "a secret in mobile build or app output (MAUI `[DOTNET]` log, keychain dump `Keychain Data:`, `eas secret:create`, `keystore.properties`, Cordova `build.json`, `.p8` key, Fastlane session)"),
    ("f_iot_home", None, r"network_key: \[$", None, "a Zigbee network key as a byte array (`network_key: [1, 2, …]`)"),
    ("f_iot_home", None, None, None, "a secret in home-automation configs (Home Assistant `secrets.yaml`, ESPHome `encryption: key`, Zigbee2MQTT `network_key` array, Tasmota `Backlog`, Node-RED, Shelly `curl -u`)"),
    ("f_backup_tools", None, None, None, "a backup tool's passphrase (Duplicati, Kopia, Bacula/Bareos `Password =`, duplicity `PASSPHRASE`, Proxmox Backup `PBS_PASSWORD`)"),
    ("f_vpn_other", None, None, None, "a VPN password or PSK (SoftEther `vpncmd /PASSWORD:`, strongSwan `secrets`, `openconnect` stdin, `openfortivpn -p`, `nmcli vpn.secrets`, vpnc `IPSec secret`)"),
    ("f_serialisations", None, r"\{1: \"\w+\", 2: \"$", None, "a password in a CBOR diagnostic map with integer keys (no key name at all)"),
    ("f_serialisations", None, None, None, "a password in another serialisation (protobuf text, PHP `serialize()`, plist XML, HOCON, Nix, Dhall, CUE, bencode, EDN, CBOR diagnostic, Jsonnet, KDL)"),
    (None, "CREDIT_CARD", None, r"[０-９]", "a card number written in full-width digits (Japanese ticket)"),
    (None, "CREDIT_CARD", None, None, "a card number of a brand not read (UATP, UzCard 8600, Humo 9860, BelCard 9112, Cabal, Naranja, Visa Electron, Laser, InstaPayment, LankaPay, Meeza, Visa 19 digits)"),
    (None, "PERSON", None, r"[^\x00-\u024F\u1E00-\u1EFF\s'’.,/-]", "a person's name in a script no earlier set used (Gujarati, Gurmukhi, Telugu, Kannada, Malayalam, Sinhala, Odia, Khmer, Lao, Myanmar, Tibetan, Thaana, Urdu, Serbian/Mongolian/Kazakh Cyrillic)"),
    (None, "PERSON", None, r"^[A-ZÀ-ÞĀ-Ž' -]+(, |/| )[A-ZÀ-ÞĀ-Ž]", "a Latin-script name written surname first in upper case (`KRASNIQI Arbër`, `FIFITA, MELE`)"),
    (None, "PERSON", None, r"^[\w'-]+$", "a single name part labelled alone (split given/family fields: CSV columns, `Nom:`/`Prénom:`, CFF `family-names`)"),
    (None, "PERSON", None, None, "a Latin-script name of a culture not read (Albanian, Tswana, Turkmen, Hmong, Sámi, Greenlandic, Tongan, Fijian, Shona, Kinyarwanda, Kurdish, Mapuche, Wolof, …)"),
    (None, "EMAIL", None, r"\[at\]|\(at\)| at ", "an obfuscated e-mail address (`name [at] host [dot] tld`, `name(at)host`)"),
    (None, "EMAIL", None, r"%40", "a URL-encoded e-mail address in a `mailto:` link"),
    (None, "EMAIL", None, None, "an e-mail address in another place"),
    (None, "IBAN", None, None, "an IBAN in another layout (lower case, wrapped over two lines, national grouping)"),
    (None, "PHONE", None, r"^(\+|00)", "a phone number in international form of a region not read (Pacific, Caribbean, Central Africa, Crown Dependencies)"),
    (None, "PHONE", None, None, "a phone number in national form of a region not read"),
    (None, "IPV4", None, None, "an IPv4 address in another log format"),
    (None, "IPV6", None, None, "an IPv6 address in another log format"),
    (None, "MAC", None, None, "a MAC address in another log format"),
]

# partly covered values: (gold type, regex before, regex on the value, kind)
PARTIAL = [
    ("IBAN", None, r"\n", "an IBAN wrapped over two lines, only partly covered"),
    ("IBAN", None, None, "an IBAN only partly covered"),
    ("PERSON", None, None, "a name only partly covered"),
    ("CREDIT_CARD", None, None, "a card number only partly covered"),
    ("EMAIL", None, None, "an e-mail address only partly covered"),
    ("PHONE", None, None, "a phone number only partly covered"),
]

# false redactions: (predicted type, regex before, regex on the value, kind)
FALSE = [
    ("EMAIL", None, r"^\d+@", "a SIP extension address (`2395@pbx.example.net` in `kamctl add`) read as an e-mail address"),
    ("GENERIC_SECRET", r"MASTERPASSWORD=$", None, "judgement call: GlassFish's default master password `changeit` (left unlabelled, see the README) read as a secret"),
    ("GENERIC_SECRET", r"app_key\":\"$", None, "judgement call: an analytics SDK `app_key` (shipped inside every app build) read as a secret"),
    ("GENERIC_SECRET", None, r"^(required|nullable)\|", "a validation rule after a secret-named key (Laravel `'password' => 'required|string|…'`) read as a secret"),
    ("GENERIC_SECRET", None, r"^(\d{4}-\d\d-\d\dT|https?://|automatic$|\(model=)", "a date, URL, enum word or prose after a secret-named key (`api_key_created=2026-…`, `TOKEN_ISSUER=https://…`, `secret_replication=automatic`) read as a secret"),
    ("GENERIC_SECRET", None, r"^%\w+%$", "a Windows/MDT `%VARIABLE%` reference read as a secret"),
    ("GENERIC_SECRET", None, r"^@", "a file reference (`Password = \"@/etc/bacula/dir.pass\"`) read as a secret"),
    ("GENERIC_SECRET", None, r"^\{vault://", "a Kong `{vault://…}` reference read as a secret"),
    ("GENERIC_SECRET", None, r"^pk\.eyJ", "a Mapbox public token (`pk.eyJ…`, shipped to browsers) read as a secret"),
    ("PHONE", None, None, "signed numbers (`ADC offsets: +705 450 +4978 662969`) read as a phone number"),
    ("PERSON", None, r"(Intl|Gaulle|Boss|Hopkins|Kenyatta|Gandhi|Shivaji|Vargas|Zayed|Rai|Mellon|Hortons|Watson)", "an airport, brand or institution named after a person (`John F. Kennedy Intl`, `Charles de Gaulle`, `Hugo Boss`)"),
    ("PERSON", None, r"(Equipe|Equipo|Team|Tim |Timu|Bộ phận|служба|service|Tým|Suporte|Soporte)", "a team sign-off read as a person (`Equipe de Suporte`, `Equipo de Soporte`)"),
    ("PERSON", None, None, "another word or name read as a person"),
    ("GENERIC_SECRET", None, None, "another value read as a secret"),
]

def main():
    here = os.path.dirname(os.path.abspath(__file__))
    root = os.path.join(here, "..", "..", "..")
    pred_p = sys.argv[1] if len(sys.argv) > 1 else os.path.join(root, "artifacts/bench/unseen10/pred.jsonl")
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
