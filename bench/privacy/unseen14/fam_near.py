"""Near-miss families (18): text around this set's tools and forms that holds no secret and no personal data."""
from gen import N, T, b62, b64, card, chars, hexs, luhn_complete, not_luhn, bad_iban, uuid, B32, HEX, WORDS
import string


def f_nm_public_halves(r):
    return [
        lambda: T("<UserAccounts>\n  <AdministratorPassword>\n    <Value>*SENSITIVE*DATA*DELETED*</Value>\n    <PlainText>true</PlainText>\n  </AdministratorPassword>\n</UserAccounts>"),
        lambda: T("<key>PayloadIdentifier</key>\n<string>com.example.wifi.", uuid(r), "</string>\n<key>PayloadUUID</key>\n<string>", uuid(r).upper(),
                  "</string>\n<key>PayloadVersion</key>\n<integer>1</integer>"),
        lambda: T("[wifi-security]\nkey-mgmt=wpa-psk\npsk-flags=1\n\n[ipv4]\nmethod=auto"),
        lambda: T("Security settings\n-----------------\n    Authentication         : WPA2-Personal\n    Cipher                 : CCMP\n    Security key           : Present"),
        lambda: T("# OPNsense API keys for user ci\nkey                                                                              created\n",
                  b62(r, 80), " 2026-11-30"),
        lambda: T("$ headscale nodes list -o json | jq -r '.[0].node_key'\nnodekey:", hexs(r, 64)),
        lambda: T("{\"server_name\": \"matrix.example.org\", \"verify_keys\": {\"ed25519:a_", b62(r, 4), "\": {\"key\": \"", b64(r, 32).rstrip("="),
                  "\"}}, \"valid_until_ts\": 1765272000000}"),
        lambda: T("<Config>\n  <Port>8989</Port>\n  <UrlBase></UrlBase>\n  <AuthenticationMethod>External</AuthenticationMethod>\n  <InstanceName>Sonarr</InstanceName>\n</Config>"),
    ]


def f_nm_secret_words(r):
    return [
        lambda: T("[System Access]\nMinimumPasswordAge = 1\nMaximumPasswordAge = 90\nMinimumPasswordLength = 14\nPasswordComplexity = 1\nPasswordHistorySize = 24"),
        lambda: T("Name                 : svc_backup\nEnabled              : True\nPasswordExpires      : \nPasswordLastSet      : 07.12.2026 09:14:02\nPasswordRequired     : True\nUserMayChangePassword : False"),
        lambda: T("enable-rcon=true\nrcon.port=25575\nbroadcast-rcon-to-ops=true\nenable-query=false"),
        lambda: T("registration_shared_secret_path: /data/registration_secret\nmacaroon_secret_key_path: /data/macaroon_secret\nform_secret_path: /data/form_secret"),
        lambda: T("[Info] Sonarr.Api: API key is required for /api/v3 requests (header X-Api-Key or query apikey)"),
        lambda: T("ykman piv info\nPIV version:              5.7.1\nPIN tries remaining:      3/3\nPUK tries remaining:      3/3\nManagement key algorithm: AES192"),
        lambda: T("token_lifetime: 24h\ntoken_issuer: https://sso.example.net\nsecret_rotation_days: 30\npassword_reset_url: https://sso.example.net/reset"),
        lambda: T("samba-tool domain passwordsettings show\nPassword information for domain 'DC=corp,DC=example,DC=net'\n\nPassword complexity: on\n"
                  "Store plaintext passwords: off\nPassword history length: 24\nMinimum password length: 14"),
        lambda: T("Key Content absent: profile \"Warehouse-5G\" was exported without key=clear"),
        lambda: T("OTP_SECRET must be at least 64 hex characters; run `rake secret` to generate one"),
    ]


def f_nm_placeholders(r):
    return [
        lambda: T("rcon.password=\nenable-rcon=false"),
        lambda: T("registration_shared_secret: \"<REPLACE_WITH_RANDOM_STRING>\""),
        lambda: T("<ApiKey>YOUR_API_KEY_HERE</ApiKey>"),
        lambda: T("DBPASS=${MAILCOW_DBPASS:?set it in .env}\nDBROOT=${MAILCOW_DBROOT:?set it in .env}"),
        lambda: T("root_password = \"{{ pve_root_password }}\""),
        lambda: T("$ samba-tool user setpassword <username> --newpassword=<password>"),
        lambda: T("OTP_SECRET=\nSECRET_KEY_BASE=\nVAPID_PRIVATE_KEY="),
        lambda: T("ADMIN_TOKEN: \"${VW_ADMIN_TOKEN}\""),
        lambda: T("GROQ_API_KEY=gsk_...\nPINECONE_API_KEY=pcsk_xxxxx_xxxxxxxxxxxxxxxxxxxx"),
        lambda: T("<Password>\n  <Value>$(DeployPassword)</Value>\n  <PlainText>true</PlainText>\n</Password>"),
        lambda: T("export EASYRSA_PASSIN=file:/run/secrets/ca_pass"),
        lambda: T("netsh wlan add profile filename=\"%USERPROFILE%\\Wi-Fi-Warehouse.xml\" user=all"),
    ]


def f_nm_ciphertexts(r):
    return [
        lambda: T("spring:\n  datasource:\n    password: '{cipher}", hexs(r, 96), "'"),
        lambda: T("# config.xml\n<password>{AQAAABAAAAAQ", b64(r, 36), "}</password>"),
        lambda: T("local-user netops password irreversible-cipher $1c$", b62(r, 16), "$", b62(r, 40), "$"),
        lambda: T("DB_PASSWORD=@Microsoft.KeyVault(SecretUri=https://kv-prod-weu.vault.azure.net/secrets/db-password/", hexs(r, 32), ")"),
        lambda: T("password: ENC[AES256_GCM,data:", b64(r, 15), ",iv:", b64(r, 32), ",tag:", b64(r, 16), ",type:str]"),
        lambda: T("boot.properties\nusername={AES256}", b64(r, 48), "\npassword={AES256}", b64(r, 48)),
        lambda: T("set system login user ops authentication encrypted-password '$6$", b62(r, 16), "$", b62(r, 86), "'"),
        lambda: T("ciphertext: vault:v1:", b64(r, 48)),
        lambda: T("-----BEGIN PGP MESSAGE-----\n\nhF4D", b64(r, 90), "\n=", b62(r, 4), "\n-----END PGP MESSAGE-----"),
        lambda: T("[OVESETUP_CONFIG]\nadminPassword=none:None\nfqdn=str:engine.example.net"),
    ]


def f_nm_hashes(r):
    nix32 = "0123456789abcdfghijklmnpqrsvwxyz"
    return [
        lambda: T("/nix/store/", chars(r, nix32, 32), "-openssl-3.3.2/lib/libssl.so.3"),
        lambda: T("http_archive(\n    name = \"rules_go\",\n    sha256 = \"", hexs(r, 64), "\",\n    urls = [\"https://github.com/bazel-contrib/rules_go/releases/download/v0.50.1/rules_go-v0.50.1.zip\"],\n)"),
        lambda: T("  bottle do\n    sha256 cellar: :any, arm64_sequoia: \"", hexs(r, 64), "\"\n    sha256 cellar: :any, x86_64_linux: \"", hexs(r, 64), "\"\n  end"),
        lambda: T("magnet:?xt=urn:btih:", hexs(r, 40), "&dn=ubuntu-24.04.1-live-server-amd64.iso"),
        lambda: T("version https://git-lfs.github.com/spec/v1\noid sha256:", hexs(r, 64), "\nsize ", str(r.randrange(10**5, 10**9))),
        lambda: T("ipfs://bafybei", chars(r, "abcdefghijklmnopqrstuvwxyz234567", 52)),
        lambda: T("● ostree-image-signed:docker://quay.io/fedora/fedora-coreos:stable\n    Digest: sha256:", hexs(r, 64), "\n    Version: 41.20261117.3.0 (2026-12-02T08:11:40Z)"),
        lambda: T("<component group=\"org.bouncycastle\" name=\"bcprov-jdk18on\" version=\"1.79\">\n  <artifact name=\"bcprov-jdk18on-1.79.jar\">\n    <sha256 value=\"",
                  hexs(r, 64), "\" origin=\"Generated by Gradle\"/>\n  </artifact>\n</component>"),
    ]


def f_nm_versions(r):
    return [
        lambda: T("Sonarr Version 4.0.", str(r.randrange(9, 12)), ".", str(r.randrange(1000, 3000)), " — Mono 6.12.0.206, .NET 6.0.35"),
        lambda: T("VMware ESXi 8.0.3 build-", str(r.randrange(22000000, 24999999))),
        lambda: T("FortiOS v7.4.", str(r.randrange(1, 8)), " build", str(r.randrange(2500, 2800)), " (GA.M)"),
        lambda: T("pve-manager/8.3.", str(r.randrange(0, 3)), "/", hexs(r, 16), " (running kernel: 6.8.12-4-pve)"),
        lambda: T("Microsoft Windows [Version 10.0.26100.", str(r.randrange(1000, 3000)), "]"),
        lambda: T("Matrix Synapse 1.1", str(r.randrange(10, 25)), ".", str(r.randrange(0, 4)), " (Python 3.12.7)"),
        lambda: T("Server version: 1.21.4 (protocol 769), Paper build ", str(r.randrange(100, 240))),
        lambda: T("OPNsense 24.7.", str(r.randrange(1, 11)), "_", str(r.randrange(1, 5)), "-amd64\nFreeBSD 14.1-RELEASE-p6\nOpenSSL 3.0.15"),
        lambda: T("HarmonyOS 4.2.0.", str(r.randrange(100, 200)), "(SP", str(r.randrange(1, 9)), "C00E", str(r.randrange(100, 200)), "R4P", str(r.randrange(1, 9)), ")"),
        lambda: T("Qt 6.8.", str(r.randrange(0, 3)), " (x86_64-little_endian-lp64 shared (dynamic) release build; by GCC 14.2.1)"),
    ]


def f_nm_team_place_labels(r):
    return [
        lambda: T("Assignee: ", r.choice(["Network Operations", "Platform Team", "Storage Guild", "Field Service East"])),
        lambda: T("Contact: ", r.choice(["Dodoma Office", "Lagos DC", "Casablanca Hub", "Panama Pacifico Site"]), "\nEscalation: Duty Manager"),
        lambda: T("Кому: ", r.choice(["Отдел кадров", "Служба эксплуатации", "Группа мониторинга"]), "\nОт: Дежурная смена"),
        lambda: T("Empfänger: ", r.choice(["Buchhaltung", "Rechenzentrum Süd", "Leitstelle"]), "\nAbsender: Störungsannahme"),
        lambda: T("Destinataire : ", r.choice(["Service client", "Agence de Dakar", "Équipe Réseau Tunis"]), "\nExpéditeur : Supervision"),
        lambda: T("担当者: ", r.choice(["インフラチーム", "大阪データセンター", "運用保守グループ"]), "\n依頼元: 経理部"),
        lambda: T("담당자: ", r.choice(["인프라팀", "판교 데이터센터", "보안운영팀"]), "\n요청자: 고객지원센터"),
        lambda: T("Penanggung jawab: ", r.choice(["Tim Jaringan", "Kantor Cabang Medan", "Divisi TI"]), "\nPelapor: Helpdesk"),
        lambda: T("Responsável: ", r.choice(["Equipe de Infraestrutura", "Filial Luanda", "Central de Monitoramento"])),
        lambda: T("Reviewer: ", r.choice(["renovate[bot]", "Security Champions", "Release Train"]), "\nOwner: ", r.choice(["SRE On-Call", "Payments Squad"])),
        lambda: T("Remitente: ", r.choice(["Mesa de Ayuda", "Sucursal Colón", "Centro de Datos Norte"]), " · Destinatario: NOC"),
        lambda: T("Mhusika: ", r.choice(["Kitengo cha TEHAMA", "Ofisi ya Arusha", "Timu ya Mtandao"])),
    ]


def f_nm_caps_words(r):
    return [
        lambda: T("ВНИМАНИЕ: ОШИБКА СОЕДИНЕНИЯ С СЕРВЕРОМ БАЗЫ ДАННЫХ"),
        lambda: T("СТАТУС: ", r.choice(["ВЫПОЛНЕНО", "ОТКЛОНЕНО", "В РАБОТЕ"]), "\nПРИОРИТЕТ: ВЫСОКИЙ"),
        lambda: T("ГРЕШКА: НЕУСПЕШНО СВЪРЗВАНЕ СЪС СЪРВЪРА"),
        lambda: T("УПОЗОРЕЊЕ: ДИСК ЈЕ СКОРО ПУН"),
        lambda: T("{\"статус\": \"ОШИБКА\", \"сервис\": \"ПЛАТЁЖНЫЙ ШЛЮЗ\", \"код\": ", str(r.randrange(400, 599)), "}"),
        lambda: T("{\"状态\": \"成功\", \"服务\": \"支付网关\", \"耗时\": \"", str(r.randrange(5, 900)), "ms\"}"),
        lambda: T("{\"部署\": \"インフラ部\", \"拠点\": \"大阪\", \"区分\": \"本番\"}"),
        lambda: T("{\"상태\": \"정상\", \"서비스\": \"결제 게이트웨이\"}"),
        lambda: T("Фамилия,Имя,Отчество\n(поля не заполнены)"),
        lambda: T("ОТДЕЛ ИТ / МОСКВА / СЕРВЕРНАЯ 3"),
        lambda: T("ДЕЖУРНАЯ СМЕНА — НОЧЬ — ЦОД СЕВЕР"),
    ]


def f_nm_initials_orgs(r):
    return [
        lambda: T("From: A.B.C. Logistics Ltd <noreply-logistics>\nSubject: Delivery window"),
        lambda: T("Sender: R.S.V.P. Events Desk"),
        lambda: T("Recipient: N/A (broadcast)"),
        lambda: T("From: D.C. Power Systems — Rectifier alarm"),
        lambda: T("To: Q.A./Q.C. Lab"),
        lambda: T("Absender: K.-Nr. 4471 (Kundennummer)"),
        lambda: T("Expéditeur : S.A.V. Nord"),
        lambda: T("MEMO\nFrom:   H.R. Department\nTo:     All Staff"),
        lambda: T("Remitente: S.A. de C.V. Tesorería"),
        lambda: T("sender=S.M.S.C. recipient=shortcode:15011"),
    ]


def f_nm_wire(r):
    return [
        lambda: T("LDAPMessage bindRequest(1) \"<ROOT>\" sasl\n    authentication: sasl (3)\n        sasl\n            mechanism: GSSAPI"),
        lambda: T("Short Message Peer to Peer, Command: Bind_transceiver - resp, Status: Ok\n    System ID: SMSC"),
        lambda: T("MQ Telemetry Transport Protocol, Connect Command\n    Connect Flags: 0x02, QoS Level: At most once delivery (Fire and Forget), Clean Session Flag\n    Client ID: plc-line-4"),
        lambda: T("Socks Protocol\n    Version: 5\n    Authentication Method Count: 1\n    Method[0]: 0 (No authentication)"),
        lambda: T("Authorization: Digest username=\"1001\", realm=\"pbx.example.net\", nonce=\"", hexs(r, 32), "\", uri=\"sip:pbx.example.net\", response=\"",
                  hexs(r, 32), "\", algorithm=MD5"),
        lambda: T("TDS7 login packet: Password: (", str(r.randrange(8, 24)), " bytes, scrambled)"),
        lambda: T("AMQP 0-9-1 Connection.Start: mechanisms=\"PLAIN AMQPLAIN EXTERNAL\" locales=\"en_US\""),
        lambda: T("ldap_bind: Invalid credentials (49)\n\tadditional info: 80090308: LdapErr: DSID-0C090447, comment: AcceptSecurityContext error, data 52e, v4563"),
    ]


def f_nm_media_game_ids(r):
    return [
        lambda: T("GET /Items/", hexs(r, 32), "/PlaybackInfo?UserId=", hexs(r, 32), "&StartTimeTicks=0 HTTP/1.1\" 200"),
        lambda: T("<ApiKeyAuthentication>disabled</ApiKeyAuthentication>\n<InstanceId>", hexs(r, 32), "</InstanceId>"),
        lambda: T("steam_id=7656119", str(r.randrange(10**9, 10**10)), " app_id=", str(r.randrange(200000, 2999999)), " build=", str(r.randrange(10**7, 10**8))),
        lambda: T("[Server thread/INFO]: UUID of player is ", uuid(r)),
        lambda: T("{\"tvdbId\": ", str(r.randrange(70000, 450000)), ", \"imdbId\": \"tt", str(r.randrange(10**6, 10**7)), "\", \"titleSlug\": \"the-expanse\"}"),
        lambda: T("discord: guild_id=", str(r.randrange(10**17, 10**18)), " channel_id=", str(r.randrange(10**17, 10**18))),
        lambda: T("sabnzbd: nzo_id=SABnzbd_nzo_", b62(r, 8).lower(), " status=Completed"),
        lambda: T("Plex Media Server: machineIdentifier=\"", hexs(r, 40), "\" version=\"1.41.3.9314-a0bfb8370\""),
    ]


def f_nm_crypto_public(r):
    b58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
    return [
        lambda: T("xpub6", chars(r, b58, 106)),
        lambda: T("$ lncli getinfo | jq .identity_pubkey\n\"0", r.choice("23"), hexs(r, 64), "\""),
        lambda: T("invoice: lnbc", str(r.randrange(1, 999)), "u1p", chars(r, "qpzry9x8gf2tvdw0s3jn54khce6mua7l", 180)),
        lambda: T("Monero address: 4", chars(r, b58, 94)),
        lambda: T("Never type your 24-word recovery phrase into any website. Support will never ask for it."),
        lambda: T("{\"kty\":\"OKP\",\"crv\":\"Ed25519\",\"x\":\"", b64(r, 32).rstrip("=").replace("+", "-").replace("/", "_"), "\",\"use\":\"sig\",\"kid\":\"sig-2026-11\"}"),
        lambda: T("wallet unlocked; seed backup verified (24 words) at 2026-12-07T09:14:02Z"),
        lambda: T("nodekey:", hexs(r, 64), " machine=mkey:", hexs(r, 64)),
    ]


def f_nm_numbers(r):
    def luhn16():
        return luhn_complete(r.choice(["40", "51", "62"]) + str(r.randrange(10)), 16, r)
    return [
        lambda: T("ISBN 978-", str(r.randrange(0, 9)), "-", str(r.randrange(100, 999)), "-", str(r.randrange(10000, 99999)), "-", str(r.randrange(10))),
        lambda: T("UPS tracking 1Z", chars(r, string.ascii_uppercase + string.digits, 16)),
        lambda: T("order_ref=", not_luhn(r, 16, "4"), " status=shipped"),
        lambda: T("IBAN (rejected, check digits): ", bad_iban(r, r.choice(["GE", "AZ", "KZ", "TN"]))),
        lambda: T("USt-IdNr.: DE", str(r.randrange(10**8, 10**9)), "  Steuernummer: ", str(r.randrange(10, 99)), "/", str(r.randrange(100, 999)), "/", str(r.randrange(10000, 99999))),
        lambda: T("kafka consumer lag offset=", luhn16(), " partition=", str(r.randrange(0, 12))),
        lambda: T("SIP/2.0 200 OK ... Contact: <sip:pbx.example.net:5060;transport=udp>;expires=3600 ext. ", str(r.randrange(1000, 9999))),
        lambda: T("EAN-13: ", str(r.randrange(10**12, 10**13))),
        lambda: T("M-Pesa till number ", str(r.randrange(100000, 999999)), " paybill ", str(r.randrange(100000, 999999))),
        lambda: T("BIC: ", r.choice(["BNPAFRPP", "CITIPAPA", "NBEGEGCX", "BCMAMAMC", "STBKTNTT"]), "  SWIFT ref: ", hexs(r, 16, True)),
    ]


def f_nm_masked_pii(r):
    return [
        lambda: T("Cardholder: J*** O***  Card: **** **** **** ", str(r.randrange(1000, 9999))),
        lambda: T("Phone: +234 *** *** ", str(r.randrange(1000, 9999)), " (verified)"),
        lambda: T("IBAN: GE", str(r.randrange(10, 99)), " **** **** **** **", str(r.randrange(1000, 9999))),
        lambda: T("email_sha256=", hexs(r, 64)),
        lambda: T("ФИО: [скрыто]\nТелефон: +7 *** ***-**-", str(r.randrange(10, 99))),
        lambda: T("氏名：＊＊＊＊ 様\n電話：＊＊＊-＊＊＊＊-", str(r.randrange(1000, 9999))),
        lambda: T("{\"name\": \"<redacted>\", \"phone\": \"<redacted>\", \"card_last4\": \"", str(r.randrange(1000, 9999)), "\"}"),
        lambda: T("Destinatario: ****** — Tel.: 6***-**", str(r.randrange(10, 99))),
    ]


def f_nm_null_dumps(r):
    return [
        lambda: T("Array\n(\n    [user] => shop\n    [password] => \n    [host] => localhost\n)"),
        lambda: T("#<DB::Config @host=\"localhost\", @user=\"ledger\", @password=nil>"),
        lambda: T("{Config.host = \"localhost\"; user = \"ledger\"; password = None}"),
        lambda: T("(host: \"localhost\", user: \"ledger\", password: \"\", tls: false)"),
        lambda: T("groovy:000> println cfg\n[host:localhost, user:ledger, password:null]"),
        lambda: T("▿ AppConfig\n  - host: \"localhost\"\n  - password: nil"),
        lambda: T("QVariant(QVariantMap, QMap((\"password\", QVariant(Invalid))(\"user\", QVariant(QString, \"ledger\"))))"),
        lambda: T("% dict get $cfg\nhost localhost user ledger password {}"),
        lambda: T("    [password] => ********\n    [api_key] => (hidden)"),
        lambda: T("#<struct Credentials user=\"ledger\", password=\"[FILTERED]\">"),
    ]


def f_nm_help_texts(r):
    return [
        lambda: T("Usage: mcrcon [OPTIONS] [COMMANDS]\n  -H\t\tServer address (default: localhost)\n  -P\t\tPort (default: 25575)\n  -p\t\tRcon password"),
        lambda: T("Options:\n  --adminpass=ADMINPASS  choose admin password (otherwise random)\n  --krbtgtpass=KRBTGTPASS  choose krbtgt password (otherwise random)"),
        lambda: T("Usage: ykman piv access change-pin [OPTIONS]\n\n  -P, --pin TEXT      current PIN code\n  -n, --new-pin TEXT  a new PIN to change to"),
        lambda: T("xe [-s server] [-p port] [-u username] [-pw password] [-pwf password-file] <command>"),
        lambda: T("--remote_header=<a 'name=value' assignment> multiple uses are accumulated"),
        lambda: T("softhsm2-util --init-token --slot <number> --label <text> [--so-pin <PIN>] [--pin <PIN>]"),
        lambda: T("  -w passwd  bind password (for simple authentication)\n  -W         prompt for bind password\n  -y file    Read password from file"),
        lambda: T("netsh wlan show profile [[name=]<string>] [interface=<string>] [key=<string>]"),
        lambda: T("OPTIONS\n   --token value  runner registration token [$GITEA_RUNNER_REGISTRATION_TOKEN]"),
        lambda: T("certutil [-f] [-p Password] -importPFX [CertificateStoreName] PFXFile [Modifiers]"),
        lambda: T("nmcli device wifi connect <SSID> [password <password>] [ifname <ifname>]"),
    ]


def f_nm_logs_about_secrets(r):
    return [
        lambda: T("synapse.app.homeserver - 213 - INFO - main - Registration shared secret is configured; open registration is disabled"),
        lambda: T("[Warn] Sonarr.Http.Authentication: API request with invalid API key from localhost"),
        lambda: T("[RCON Listener #1/WARN]: Rcon connection from: /127.0.0.1 rejected: wrong password"),
        lambda: T("lnd: [INF] LNWL: Opened wallet; wallet unlocked with password from stdin"),
        lambda: T("smbd[4412]: check_ntlm_password: Authentication for user [svc_backup] -> [svc_backup] FAILED with error NT_STATUS_WRONG_PASSWORD"),
        lambda: T("iwd[812]: PSK derived for network \"Warehouse-5G\" (passphrase not stored in memory log)"),
        lambda: T("kadmind[1288]: chpw request from kadmin/changepw for svc_backup: success"),
        lambda: T("Windows Setup: [Shell Unattend] Autologon password was cleared from the answer file (Panther)"),
        lambda: T("vaultwarden::api::admin: Invalid admin token. IP: 127.0.0.1"),
        lambda: T("easyrsa: Using passphrase from EASYRSA_PASSIN (file)"),
    ]


def f_nm_people_like(r):
    return [
        lambda: T("routing: Dijkstra shortest path recomputed in ", str(r.randrange(2, 90)), " ms"),
        lambda: T("similarity: Levenshtein distance 3, Jaro-Winkler 0.91"),
        lambda: T("TCP_NODELAY set (disabling Nagle)"),
        lambda: T("font-family: \"Noto Sans Javanese\", \"Noto Sans Tagalog\", sans-serif;"),
        lambda: T("units: torque in newton metres, pressure in pascal, temperature in kelvin"),
        lambda: T("filter: Kalman gain recomputed; Bessel correction applied"),
        lambda: T("printer: Gutenberg queue paused (paper jam tray 2)"),
        lambda: T("meeting room: Kilimanjaro (4th floor) booked 09:00–10:00"),
        lambda: T("{\"codename\": \"Toucan\", \"release\": \"Noble Numbat\"}"),
        lambda: T("queue Cassandra-compaction stalled; Jenkins job ", str(r.randrange(100, 999)), " retried"),
    ]


FAMILIES = [f_nm_public_halves, f_nm_secret_words, f_nm_placeholders, f_nm_ciphertexts, f_nm_hashes, f_nm_versions,
            f_nm_team_place_labels, f_nm_caps_words, f_nm_initials_orgs, f_nm_wire, f_nm_media_game_ids, f_nm_crypto_public,
            f_nm_numbers, f_nm_masked_pii, f_nm_null_dumps, f_nm_help_texts, f_nm_logs_about_secrets, f_nm_people_like]
