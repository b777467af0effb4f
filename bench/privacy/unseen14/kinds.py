"""Failure kinds of a redactor run on unseen14, read from outputs only (the record's generator family, the gold or predicted type, the
text before the span and the value itself): leaks (gold characters no prediction covers), false redactions (predicted spans touching
no gold span), span overruns and type confusions.
   python3 kinds.py [PRED] [GOLD]     default: the last score.sh run on the committed set
A failure no rule describes is printed as `other (TYPE in family)`, so the same command tallies any build and any SEED draw."""
import collections, json, os, re, sys

SECRET = {"URL_CREDENTIALS", "CONNECTION_STRING", "AWS_ACCESS_KEY", "AWS_SECRET_KEY", "GITHUB_TOKEN", "SLACK_TOKEN", "JWT", "PRIVATE_KEY",
          "API_KEY", "GENERIC_SECRET", "BEARER_TOKEN", "BASIC_AUTH"}

# (family or None, gold type or None (with a family: its secret types), regex on the 60 characters before the span or None, regex on the value or None, kind); first match wins
LEAK = [
    ("f_unattended_install", None, r"<Value>$", None, "a password in a Windows answer file (`autounattend.xml` `<AdministratorPassword>`/`<AutoLogon>`/`<LocalAccount>` `<Value>` with `<PlainText>true`)"),
    ("f_unattended_install", None, None, None, "an unattended-install password (bsdinstall `pw usermod -h 0`, Proxmox `answer.toml` `root_password`, NixOS `initialPassword`, AutoYaST `<user_password>`)"),
    ("f_apple_plist", None, None, None, "a secret in an Apple plist (`.mobileconfig` `<key>Password</key><string>`, a VPN `SharedSecret` `<data>`, `plutil -p` `=>`, `defaults read` `Password = …;`)"),
    ("f_linux_wifi", None, r"Key Content\s+: $", None, "a Wi-Fi key printed by `netsh wlan show profile key=clear` (`Key Content : …`)"),
    ("f_linux_wifi", None, None, None, "a Wi-Fi or VPN secret in a Linux network manager (`.nmconnection` `psk=`, `nmcli … password`, `+vpn.secrets`, iwd `Passphrase=`, ConnMan)"),
    ("f_mail_sync", None, None, None, "a mail-sync client password (`.mbsyncrc` `Pass`, offlineimap `remotepass`, getmail, vdirsyncer, Thunderbird `user_pref(…password…)`, msmtp `passwordeval`)"),
    ("f_media_servers", None, None, None, "a media-server key or password (Sonarr/Radarr `<ApiKey>` and `?apikey=`, SABnzbd `api_key`/`nzb_key`, Jellyfin `api_key=`, NZBGet `ControlPassword`, qBittorrent login and `SID`)"),
    ("f_directory_admin", None, None, None, "a directory admin password (`samba-tool … --adminpass=`/`--newpassword=`, `kadmin -w`, `addprinc -pw`, slapd `rootpw`, 389-ds `root_password`, `ldappasswd -w/-s`)"),
    ("f_win_deploy", None, None, None, "a Windows deployment password (Winlogon `DefaultPassword` via `reg add`, Sysinternals Autologon, `netdom /PasswordD:`, `certutil -p`, `msiexec PROP=`, `net user … /add`)"),
    ("f_game_servers", None, None, None, "a game-server password (Minecraft `rcon.password`, `mcrcon -p`, Source `rcon_password`, `steamcmd +login`, ARK `ServerAdminPassword`, 7 Days `<property … value=>`, Palworld `AdminPassword`)"),
    ("f_selfhost_apps", None, None, None, "a self-hosted app secret (Synapse `registration_shared_secret`/`macaroon_secret_key`/`form_secret`, Mastodon `OTP_SECRET` and Active Record keys, mailcow `DBPASS`, Vaultwarden `ADMIN_TOKEN`, authentik, Outline)"),
    ("f_firewall_router", None, None, None, "a firewall or router secret (OPNsense `secret=` and `curl -u key:secret`, OpenWrt `uci` `key=`/`password=`, Huawei `local-user … password`, pfSense `<pre-shared-key>`, EdgeOS `plaintext-password`)"),
    ("f_virt_hosts", None, None, None, "a virtualisation host secret (`xe -pw`, `virt-install --graphics …password=`, oVirt `adminPassword=str:`, Proxmox `PVEAPIToken=…=<uuid>`, `VBoxManage unattended --password`, LXD `core.trust_password`)"),
    ("f_heredoc_stores", None, None, None, "a secret fed to a secret-store CLI on stdin (heredoc or here-string to `kubectl create secret`, `gcloud secrets`, `az keyvault`, `aws secretsmanager`, `vault kv put -`; `sops --set`)"),
    ("f_xml_typed", None, None, None, "a password in typed or namespaced XML (Spring `<property name=\"password\" value=>`, Java properties XML `<entry key=\"db.password\">`, SOAP `<ns2:password xsi:type=>`, KeePass `<Value ProtectInMemory=>`, .NET `<setting><value>`, WiX `<Property>`, MSBuild, Android `strings.xml`)"),
    ("f_escaped_quoting", None, None, r"''|\"\"|\\\\\"|\\\"", "a password holding a quote escaped by its format (SQL and YAML `''`, CSV `\"\"`, JSON `\\\"`, JSON in JSON `\\\\\\\"`)"),
    ("f_escaped_quoting", None, None, None, "a password escaped or prefixed by its format (cmd `^&`/`^!`, Makefile `$$`, Spring `{noop}`, Dovecot `{PLAIN}`)"),
    ("f_build_cache_ci", None, None, None, "a build-cache or runner secret (Nx Cloud token, Turborepo `--token`, act-runner `.runner` `token`, Gradle `HttpBuildCache` credentials, ccache URL, sccache Redis, BuildBuddy header)"),
    ("f_lang_dumps", None, None, None, "a password printed by another language's object dump (PHP `print_r`, Crystal `#<…>`, OCaml utop record, Nim tuple, Tcl dict, Groovy map, Swift `dump`, Qt `QVariantMap`)"),
    ("f_ai_vendor_keys", None, None, None, "a vendor-prefixed key not used before (Groq `gsk_`, Replicate `r8_`, Perplexity `pplx-`, xAI `xai-`, Pinecone `pcsk_`, LangSmith `lsv2_pt_`, Sourcegraph `sgp_`, Heroku `HRKU-`, Adafruit `aio_`, Dynatrace `dt0c01.`)"),
    ("f_wallet_seeds", None, None, r" \w+ \w+ ", "a wallet recovery phrase (LND cipher seed, Electrum seed, a phrase pasted in a support chat)"),
    ("f_wallet_seeds", None, None, None, "a key file of another tool (Headscale `privkey:`, a Synapse `signing.key`, a JWK `\"d\"`)"),
    ("f_prose_passwords", None, None, None, "a password given in prose in another language (Serbian, Bulgarian, Lithuanian, Catalan, Estonian, Danish, Norwegian, Slovene, Icelandic, Albanian, Galician, Malay, Mongolian, Khmer, Lao, Burmese, Bengali, Urdu)"),
    ("f_wire_decodes", None, None, None, "a password in a protocol decode (tshark LDAP `simple:`, SMPP `Bind_transceiver` `Password:`, TDS7 login, MQTT Connect, SOCKS5, SIP `Authorization: Basic`)"),
    ("f_pkg_publish", None, None, None, "a package-publishing credential (luarocks `--api-key=`, `~/.pause`, `swift package-registry login --password`, `vsce`/`ovsx publish -p`, `dart pub token add`, `HEX_API_KEY`)"),
    ("f_pki_tokens", None, None, None, "a PIN, passphrase or management key of a token or CA (`softhsm2-util --so-pin/--pin`, `EASYRSA_PASSIN=pass:`, `ykman` PIN and management key, `pkcs11-tool --pin`, `gpg-preset-passphrase -P`)"),
    ("f_serialisations", None, None, r"%25|\\u00|&#x|&amp;", "a password escaped by its serialisation (percent-encoded twice, `\\uXXXX` in .properties, XML character references)"),
    ("f_serialisations", None, None, None, "a password in another serialisation (PHP `serialize()` `s:N:\"…\"`, bencode `N:…`, protobuf text format, URL-encoded JSON in a query, Emacs Lisp list)"),
    (None, "CREDIT_CARD", None, r"[\u0966-\u096F]", "a card number in Devanagari digits"),
    (None, "CREDIT_CARD", None, r"[\u0E50-\u0E59]", "a card number in Thai digits"),
    (None, "CREDIT_CARD", None, r"[\u06F0-\u06F9]", "a card number in Persian (Extended Arabic-Indic) digits"),
    (None, "CREDIT_CARD", None, r"[\u09E6-\u09EF]", "a card number in Bengali digits"),
    (None, "CREDIT_CARD", None, r"[\uFF10-\uFF19]", "a card number in full-width digits"),
    (None, "CREDIT_CARD", None, r"[\u2010\u2013·/\u00a0]", "a card number grouped with U+2010, an en dash, a middle dot, a slash or a no-break space"),
    (None, "CREDIT_CARD", None, None, "a card number in a console object dump"),
    (None, "IBAN", None, r"\u200b", "an IBAN grouped with zero-width spaces"),
    (None, "IBAN", None, r"\u00ad", "an IBAN with a soft hyphen inside"),
    (None, "IBAN", None, r"\u00a0", "an IBAN grouped with no-break spaces"),
    (None, "IBAN", None, r"\|", "an IBAN in a table, one group per cell"),
    (None, "IBAN", r"\u200e$", None, "an IBAN between left-to-right marks in Arabic text"),
    (None, "IBAN", None, None, "an IBAN (KZ, IT with CIN, GR, BH, EG, TN, AZ, GE, BR, LV, FR, FI, DK, SE) compact or grouped"),
    (None, "PERSON", None, r"[\uA980-\uA9DF]", "a name in Javanese script (transliterated by rule)"),
    (None, "PERSON", None, r"[\u1700-\u171F]", "a name in Baybayin (transliterated by rule)"),
    (None, "PERSON", None, r"[\u4E00-\u9FFF]", "a name in Han characters (Chinese, Japanese kanji, Korean Hanja)"),
    (None, "PERSON", None, r"[\u3040-\u30FF]", "a name as a kana reading (furigana)"),
    (None, "PERSON", None, r"[\uAC00-\uD7AF]", "a name in Hangul"),
    (None, "PERSON", None, r"[\u0400-\u04FF]", "a Cyrillic name (Russian, Bulgarian, Serbian, Macedonian, Belarusian), surname in capitals, with initials or patronymic"),
    (None, "PERSON", None, r"[\u0600-\u06FF\u0590-\u05FF\u0E00-\u0E7F\u0370-\u03FF\u0900-\u097F\u0980-\u09FF]", "a name in Arabic, Hebrew, Thai, Greek, Devanagari or Bengali script (as a JSON value under a key in the same script)"),
    (None, "PERSON", None, r"[ǎǐǒǔǚǜāēīōūǖáéíóúàèìòù]", "a Chinese name in pinyin with tone marks"),
    (None, "PERSON", None, r"^\w\.\s?\S|, \w\.$", "a name written with an initial (`T. Cuautle`, `A.Lambey`, `Cuautle, T.`)"),
    (None, "PERSON", None, r",", "a name written `Family,Given` (MECARD `N:`)"),
    (None, "PERSON", None, r"^[A-ZÀ-Þ'-]{2,}( [A-ZÀ-Þ'-]+)* [A-Z][a-z]", "a Latin-script name written surname first in upper case (`OKOTH Atieno`, `ZHAO Minghui`)"),
    (None, "PERSON", None, r"^[A-ZÀ-Þ' ]+$", "a Latin-script name all in upper case (M-Pesa receipt, HL7)"),
    (None, "PERSON", None, r"^[\w'ŋäöüòùëô.-]+$", "a single name part labelled alone (split name fields, one-word names)"),
    (None, "PERSON", None, None, "a Latin-script name of a culture not read (Nahuatl, Zapotec, Garifuna, Papiamento, Tetum, Luo, Maasai, Fula, Bambara, Herero, Mizo, Khasi, Batak, Minangkabau, Acehnese, Yolŋu, Karen, Aromanian, Kashubian, Tuareg)"),
    (None, "PHONE", None, r"^\d{11,}$", "a phone number as bare digits with its country code (SMPP `source_addr`)"),
    (None, "PHONE", None, r"^(\+|00)", "a phone number in international form (SN, MA, TN, EG, NG, TZ, PA)"),
    (None, "PHONE", None, None, "a phone number in national form (SN, MA, TN, EG, NG, TZ, PA)"),
    (None, "EMAIL", None, None, "an e-mail address in another place"),
    (None, "IPV4", None, None, "an IPv4 address in another tool's output"),
    (None, "IPV6", None, None, "an IPv6 address in another tool's output"),
    (None, "MAC", None, None, "a MAC address in another tool's output"),
]

# partly covered values: (gold type, regex before, regex on the value, kind)
PARTIAL = [
    ("GENERIC_SECRET", None, r"''|\"\"|\\\"|\^|\$\$|%25|\\u00|&#x|&amp;", "a secret cut at its escape (`''`, `\"\"`, `\\\"`, `^&`, `$$`, `%25`, `\\u00e4`, `&#x21;`)"),
    ("GENERIC_SECRET", None, r" ", "a multi-word secret (recovery phrase) only partly covered"),
    ("GENERIC_SECRET", None, None, "a secret only partly covered"),
    ("BASIC_AUTH", None, None, "a `curl -u user:password` pair only partly covered"),
    ("IBAN", None, None, "an IBAN only partly covered"),
    ("PERSON", None, None, "a name only partly covered"),
    ("CREDIT_CARD", None, None, "a card number only partly covered"),
    ("PHONE", None, None, "a phone number only partly covered"),
]

# false redactions: (predicted type, regex before, regex on the value, kind)
FALSE = [
    ("GENERIC_SECRET", r"(^|\n)key=$", None, "judgement call: an OPNsense API key id (`key=` beside `secret=`) read as a secret (left unlabelled, as unseen10–13 left key ids)"),
    ("GENERIC_SECRET", r"created\n$", None, "judgement call: an OPNsense API key id in a key list read as a secret"),
    ("EMAIL", None, r"@[A-Z.]+$", "judgement call: a Kerberos principal (`user@REALM`) read as an e-mail address"),
    ("GENERIC_SECRET", None, r"^(\{cipher\}|\{AQAAAB|\{AES|ENC\[|vault:v1:|\$1c\$|\$6\$|@Microsoft\.KeyVault)", "a ciphertext, hash or vault reference (Spring `{cipher}`, Jenkins `{AQAAAB…}`, WebLogic `{AES256}`, SOPS `ENC[…]`, `vault:v1:`, Huawei `$1c$`, `$6$` crypt, Key Vault reference) read as a secret"),
    ("GENERIC_SECRET", None, r"^(none:None|\[FILTERED|None\b|nil\b|null\b)", "a null or filtered value in an object dump or answer file (`None`, `nil`, `[FILTERED]`, oVirt `none:None`) read as a secret"),
    ("CONNECTION_STRING", None, r"^(nil|None|null)\b", "a null value in an object dump (`@password=nil`) read as a connection-string credential"),
    ("GENERIC_SECRET", r"session=$", None, "a USSD session id read as a secret"),
    ("GENERIC_SECRET", r"verify_keys.*\"key\": \"$", None, "a public verify key (Synapse `verify_keys`) read as a secret"),
    ("GENERIC_SECRET", None, r"^[A-Z]{4,}$", "a metavariable in help text (`--adminpass=ADMINPASS`) read as a secret"),
    ("GENERIC_SECRET", None, r"^[0-9a-f]{32,64}$", "a hex id or digest (item, instance or machine id, sha256, btih, node key) read as a secret"),
    ("GENERIC_SECRET", None, r"^(\*|<|\$\{|\{\{|YOUR|gsk_\.\.\.|pcsk_x)", "a placeholder, mask or reference read as a secret"),
    ("GENERIC_SECRET", None, None, "a word after a secret-named word in a log line (`check_ntlm_password: Authentication`, `shared secret is configured`) or another id read as a secret"),
    ("API_KEY", None, None, "a placeholder or public value read as a vendor key"),
    ("PERSON", None, r"^[А-ЯЁЈЉЊЋЂЏЃЌЅІЎ ]+$", "Cyrillic words in capitals (a status, an error, a department) read as a person"),
    ("PERSON", r"(Assignee|Contact|Кому|Empfänger|Destinataire|担当者|담당자|Penanggung jawab|Responsável|Reviewer|Owner|Remitente|Mhusika|Absender|Expéditeur|От): $", None, "a team, place or department after a person label read as a person"),
    ("PERSON", r"(From|Sender|To|Recipient|Absender|Expéditeur|Remitente|sender=):? *$", None, "an organisation with initials (`A.B.C. Logistics`, `D.C. Power Systems`, `S.A.V. Nord`) after a sender/recipient label read as a person"),
    ("PERSON", None, r"^Protocol( Name)?$", "a field label of a protocol decode (`Protocol`, `Protocol Name`) read as a person"),
    ("PERSON", None, r"[\u0600-\u06FF]", "Urdu words (`عارضی پاس ورڈ`, temporary password) read as a person"),
    ("PERSON", None, None, "a word, product, algorithm or place read as a person"),
    ("PHONE", None, None, "a number (id, counter, ISBN, EAN, till number, ext.) read as a phone number"),
    ("CREDIT_CARD", None, None, "a number (order ref, offset, id) read as a card"),
    ("IBAN", None, None, "an identifier (VAT number, failing IBAN) read as an IBAN"),
    ("EMAIL", r"sip:$", None, "a SIP URI (`sip:+number@trunk`) read as an e-mail address"),
    ("EMAIL", None, None, "an `@` string read as an e-mail address"),
    ("IPV4", None, None, "a version or build number read as an IPv4 address"),
    ("IPV6", None, None, "a colon-separated value read as an IPv6 address"),
    ("MAC", None, None, "a colon-separated value read as a MAC address"),
    ("URL_CREDENTIALS", None, None, "a URL or URI read as URL credentials"),
    ("BASIC_AUTH", None, None, "a value read as basic-auth credentials"),
    ("BEARER_TOKEN", None, None, "a value read as a bearer token"),
    ("JWT", None, None, "a value read as a JWT"),
    ("CONNECTION_STRING", None, None, "a value read as a connection-string credential"),
    ("PRIVATE_KEY", None, None, "a value read as a private key"),
]

def main():
    here = os.path.dirname(os.path.abspath(__file__))
    root = os.path.join(here, "..", "..", "..")
    pred_p = sys.argv[1] if len(sys.argv) > 1 else os.path.join(root, "artifacts/bench/unseen14/pred.jsonl")
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
