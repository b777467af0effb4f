"""Near-miss families of unseen11: text that looks like a secret or personal data and is not (nothing may be redacted)."""
import base64, json
from gen import T, luhn_complete, luhn_ok, iban_build


def n_schema_fields(g):
    """Secret-named fields in schemas and type declarations: GraphQL, protobuf, SQL DDL, TypeScript, Go tags, Rust, Avro, Pydantic, Kotlin, C#, JSON Schema."""
    v = g.n(0, 10)
    return T([
        "type Mutation {\n  login(email: String!, password: String!): AuthPayload\n  rotateApiKey(id: ID!): ApiKey!\n}",
        "message LoginRequest {\n  string username = 1;\n  string password = 2 [(validate.rules).string.min_len = 12];\n  string otp_token = 3;\n}",
        "CREATE TABLE service_accounts (\n  id BIGSERIAL PRIMARY KEY,\n  password_hash VARCHAR(255) NOT NULL,\n  api_key_prefix CHAR(8) NOT NULL,\n  secret_rotated_at TIMESTAMPTZ\n);",
        "export interface SmtpConfig {\n  host: string;\n  user: string;\n  password?: string;\n  apiKey?: string | null;\n}",
        "type DBConfig struct {\n\tUser     string `yaml:\"user\"`\n\tPassword string `yaml:\"password\" json:\"-\"`\n\tToken    string `yaml:\"token,omitempty\"`\n}",
        "pub struct Credentials {\n    pub username: String,\n    pub password: SecretString,\n    pub api_key: Option<SecretString>,\n}",
        "{\"type\": \"record\", \"name\": \"Login\", \"fields\": [{\"name\": \"user\", \"type\": \"string\"}, {\"name\": \"password\", \"type\": [\"null\", \"string\"], \"default\": null}]}",
        "class Settings(BaseSettings):\n    db_password: SecretStr = Field(min_length=12)\n    api_token: SecretStr | None = None\n    secret_key: SecretStr",
        "data class MailSettings(\n    val host: String,\n    val password: CharArray,\n    val token: String? = null,\n)",
        "public sealed class VaultOptions\n{\n    public string Token { get; init; } = string.Empty;\n    public string? SecretId { get; init; }\n}",
        "{\"properties\": {\"password\": {\"type\": \"string\", \"writeOnly\": true, \"minLength\": 12}, \"secret\": {\"type\": \"boolean\", \"default\": false}}}",
    ][v])


def n_ci_refs(g):
    """CI references and masks of the systems this set's secrets come from: TeamCity %refs% and credentialsJSON ids, Azure Pipelines $(…) and ***, AppVeyor secure:, Bamboo ********."""
    v = g.n(0, 7)
    return T([
        "[10:14:03] : ##teamcity[setParameter name='env.DEPLOY_TOKEN' value='%vault:ops/data/deploy!/token%']",
        "params {\n    password(\"env.NEXUS_PASS\", \"credentialsJSON:" + g.uuid() + "\", display = ParameterDisplay.HIDDEN)\n}",
        "2026-12-06T10:14:03.4420011Z ##[command]az login --service-principal -u " + g.uuid() + " -p *** --tenant " + g.uuid(),
        "steps:\n- script: ./deploy.sh\n  env:\n    DB_PASSWORD: $(DbPassword)\n    SYSTEM_ACCESSTOKEN: $(System.AccessToken)",
        "environment:\n  NUGET_KEY:\n    secure: " + g.b64(48) + "\n  SIGNING_PASSWORD:\n    secure: " + g.b64(32),
        "build\t06-Dec-2026 10:14:03\tbamboo_NEXUS_PASSWORD=********\nbuild\t06-Dec-2026 10:14:03\tbamboo_planKey=OPS-DEPLOY",
        "+ curl -sf -u $BB_USER:$BB_APP_PASSWORD https://api.bitbucket.org/2.0/repositories/acme/orders/pullrequests",
        "$ TURBO_TOKEN=${{ secrets.TURBO_TOKEN }} TURBO_TEAM=${{ vars.TURBO_TEAM }} npx turbo run build",
    ][v])


def n_key_ids(g):
    """Identifiers beside key material that are not keys: LoRaWAN DevEUI/JoinEUI, Thread Ext PAN ID, Z-Wave home ids, BitLocker protector ids, LUKS salts and digests, xfrm policies, dmsetup key references."""
    v = g.n(0, 7)
    return T([
        "$ ttn-lw-cli end-devices list --application-id plant-sensors\n[{\"ids\": {\"device_id\": \"temp-17\", \"dev_eui\": \"" + g.hex(16, True) + "\", \"join_eui\": \"" + g.hex(16, True) + "\"}}]",
        "> extpanid\n" + g.hex(16) + "\nDone\n> panid\n0x" + g.hex(4) + "\nDone\n> networkkey\n[hidden: use 'dataset active -x' on the console]",
        "zwave-js: controller ready, homeId=0x" + g.hex(8) + " ownNodeId=1 sdkVersion=7.21.4 nodes=34",
        "    Numerical Password:\n      ID: {" + g.uuid().upper() + "}\n      Password:\n        (use 'manage-bde -protectors -get C: -showkeys' to display)",
        "Keyslots:\n  0: luks2\n\tKey:        512 bits\n\tPBKDF:      argon2id\n\tSalt:       " + " ".join(g.hex(2) for _ in range(16)) + "\nDigests:\n  0: pbkdf2\n\tDigest:     " + " ".join(g.hex(2) for _ in range(16)),
        "$ sudo ip xfrm policy\nsrc ::/0 dst ::/0\n\tdir out priority 375423 ptype main\n\ttmpl src 0.0.0.0 dst 0.0.0.0\n\t\tproto esp spi 0x" + g.hex(8) + " reqid 1 mode tunnel",
        "# dmsetup table luks-" + g.uuid() + "\n0 976746496 crypt aes-xts-plain64 :64:logon:cryptsetup:" + g.uuid() + "-d0 0 259:2 32768",
        "$ fdesetup list\nadmin," + g.uuid().upper() + "\nops," + g.uuid().upper(),
    ][v])


def n_build_ids(g):
    """Build and debug identifiers: ELF build-ids, PDB GUIDs in symbol paths, Breakpad MODULE lines, codesign CDHash and Team ID, provisioning profile UUIDs, APK signer digests, Sentry debug ids, Gradle cache keys."""
    v = g.n(0, 7)
    return T([
        "$ readelf -n ./orders-api | grep 'Build ID'\n    Build ID: " + g.hex(40),
        "SYMSRV:  https://msdl.microsoft.com/download/symbols/ntdll.pdb/" + g.hex(32, True) + "1/ntdll.pdb - file not found",
        "MODULE Linux x86_64 " + g.hex(33, True) + " liborders.so\nINFO CODE_ID " + g.hex(40, True),
        "$ codesign -dvv Acme.app\nIdentifier=com.acme.field\nCDHash=" + g.hex(40) + "\nTeamIdentifier=" + g.alnum(10, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"),
        "<key>UUID</key>\n<string>" + g.uuid().upper() + "</string>\n<key>TeamIdentifier</key>\n<array><string>" + g.alnum(10, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") + "</string></array>",
        "$ apksigner verify --print-certs app-release.apk\nSigner #1 certificate SHA-256 digest: " + g.hex(64) + "\nSigner #1 certificate SHA-1 digest: " + g.hex(40),
        "sentry-cli debug-files check orders.debug\n  Debug Info File Check\n    Type: elf debug companion\n    Contained debug identifiers:\n      > Debug ID: " + g.uuid() + "\n        Arch: x86_64",
        "> Task :app:compileReleaseKotlin FROM-CACHE\nBuild cache key for task ':app:compileReleaseKotlin' is " + g.hex(32),
    ][v])


def n_eponyms(g):
    """Airports, hospitals, streets, brands, algorithms and units named after people."""
    v = g.n(0, 9)
    return T([
        "METAR delay: flights via Murtala Muhammed Intl (LOS) and Kotoka Intl (ACC) held 40 min; CDN POP lagos-1 unaffected.",
        "Latency spike on the Manila edge: Ninoy Aquino Intl (MNL) and Soekarno–Hatta (CGK) peering links saturated at 14:02.",
        "Traceroute hops via Allama Iqbal Intl and Rafic Hariri Intl POPs show 180 ms; Queen Alia Intl link stable.",
        "Site list: Václav Havel Airport Prague (PRG), Lennart Meri Tallinn (TLL), Chopin Airport Warsaw (WAW), Leonardo da Vinci–Fiumicino (FCO).",
        "Kiosks at Aga Khan University Hospital and King Faisal Specialist Hospital report printer errors since the 02:00 push.",
        "Delivery zone update: Av. Juscelino Kubitschek, Rua Tiradentes and Calle Simón Bolívar moved to depot SP-2.",
        "dedupe: switched from Levenshtein to Damerau–Levenshtein; search uses Knuth–Morris–Pratt; routing uses Bellman–Ford then Floyd–Warshall.",
        "codec: Reed–Solomon(255,223) with Viterbi decoding; filter: Kalman; compression: Huffman + Lempel–Ziv–Welch.",
        "Stock alert: Jack Daniel's, Ben & Jerry's and Dr. Martens SKUs out of sync between the ERP and the Shopify mirror.",
        "sensor units: force in Newton, pressure in Pascal, temperature in Kelvin, current in Ampère; calibrated per Nyquist–Shannon.",
    ][v])


def n_codenames(g):
    """Machine and product codenames that are surnames: HPC partitions named after scientists, GPU architectures, Intel and Android codenames, Debian releases."""
    v = g.n(0, 6)
    return T([
        "PARTITION AVAIL  TIMELIMIT  NODES  STATE NODELIST\nnoether     up 2-00:00:00     16  alloc noether[01-16]\nramanujan   up 1-00:00:00      8   idle ramanujan[01-08]\nkovalevskaya up   12:00:00     4    mix kovalevskaya[1-4]",
        "GPU inventory: 48x Blackwell B200, 64x Hopper H100, 120x Ada Lovelace L40S, 16x Ampere A100, 8x Turing T4 (retiring).",
        "CPU fleet: Sapphire Rapids 62%, Emerald Rapids 21%, Granite Rapids 9%, Genoa 8%.",
        "Android fleet: Upside Down Cake 54%, Vanilla Ice Cream 31%, Tiramisu 15%.",
        "apt sources: bookworm (12), trixie (13), sid; hosts still on bullseye: build-07, build-09.",
        "Clusters: ams-curie, fra-meitner, lhr-franklin, waw-sklodowska — all on kernel 6.8.",
        "macOS runners: Sequoia 15.2 (24), Sonoma 14.7 (8); Xcode 16.2 on both.",
    ][v])


def n_signoffs(g):
    """Greetings, sign-offs and role lines with no name, in the languages and scripts of this set."""
    v = g.n(0, 11)
    return T([
        "ᐅᓪᓛᒃᑯᑦ, ᐃᑲᔪᖅᑎᑦ ᖃᕆᑕᐅᔭᒃᑯᑦ ᐊᐅᓚᓂᖓ ᐅᑎᖅᑎᑕᐅᓚᐅᖅᐳᖅ. ᖁᔭᓐᓇᒦᒃ.",
        "ⴰⵣⵓⵍ, ⴰⵎⴰⵡⴰⵙ ⵏ ⵜⵉⵣⵉⴳⵣⵉ ⵢⵓⵙⴰⴷ. ⵜⴰⵏⵎⵎⵉⵔⵜ.",
        "سلام، ستونزه حل شوه. مننه، د ملاتړ ټیم",
        "ياخشىمۇسىز، مەسىلە ھەل قىلىندى. رەھمەت، قوللاش گۇرۇپپىسى",
        "سڵاو، کێشەکە چارەسەر کرا. سوپاس، تیمی پشتگیری",
        "Почитувани, проблемот е решен. Поздрав, Служба за поддршка",
        "Дзень добры! Праблема вырашана. З павагай, Тэхнічная падтрымка",
        "Ассалом! Мушкилот ҳал шуд. Бо эҳтиром, Хадамоти дастгирӣ",
        "Исәнмесез! Проблема чишелде. Хөрмәт белән, Ярдәм хезмәте",
        "Саламатсызбы! Көйгөй чечилди. Урмат менен, Колдоо кызматы",
        "你好，問題已經解決。多謝，技術支援組",
        "Dear Customer,\nthe maintenance window is over.\nKind regards,\nYour NOC team (night shift)\nOn-call SRE (secondary)",
    ][v])


def n_long_numbers(g):
    """Long numbers that pass Luhn and are not cards: nanosecond timestamps in InfluxDB line protocol and Loki pushes, status ids, Spanner commit timestamps; Persian-digit tracking codes."""
    def luhn16():
        while True:
            s = "1765" + g.digits(15)
            if luhn_ok(s):
                return s
    v = g.n(0, 5)
    if v == 0:
        return T("cpu,host=build-07,region=ams usage_idle=93.1,usage_user=4.2 " + luhn16())
    if v == 1:
        return T("{\"streams\": [{\"stream\": {\"job\": \"orders\"}, \"values\": [[\"" + luhn16() + "\", \"level=warn msg=\\\"retrying\\\"\"]]}]}")
    if v == 2:
        s = luhn_complete("1" + g.digits(17))
        return T("mirror: fetched status " + s + " (reply to " + luhn_complete("1" + g.digits(17)) + ")")
    if v == 3:
        return T("commit_timestamp=" + luhn16() + " mutations=412 session=projects/acme/instances/p1/databases/orders/sessions/" + g.alnum(24))
    if v == 4:
        while True:
            code = g.digits(16)
            if not luhn_ok(code):
                break
        code = code.translate(str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹"))
        return T("کد رهگیری سفارش: " + code + "\nوضعیت: ارسال شده")
    return T("order_ref=" + "-".join(g.digits(4) for _ in range(4)) + " (voucher, not a card) batch=" + g.digits(6))


def n_business_ids(g):
    """Business identifiers shaped like IBANs or accounts: SEPA creditor identifiers (mod-97 valid), VAT ids, EORI numbers, BICs, SEPA message and end-to-end ids."""
    def creditor_id(cc):
        nat = g.digits(10)
        s = nat + cc + "00"
        num = int("".join(str(int(ch, 36)) for ch in s))
        return f"{cc}{98 - num % 97:02d}ZZZ{nat}"
    v = g.n(0, 5)
    if v == 0:
        return T("<CdtrSchmeId><Id><PrvtId><Othr><Id>" + creditor_id(g.pick(["DE", "AT", "NL"])) + "</Id><SchmeNm><Prtry>SEPA</Prtry></SchmeNm></Othr></PrvtId></Id></CdtrSchmeId>")
    if v == 1:
        return T("Creditor identifier: " + creditor_id(g.pick(["ES", "IT", "BE"])) + "  Mandate reference: MNDT-" + g.digits(8))
    if v == 2:
        return T("Supplier VAT: DE" + g.digits(9) + "  EORI: DE" + g.digits(13) + "  BIC: " + g.pick(["DEUTDEFFXXX", "COBADEFFXXX", "BNPAFRPPXXX"]))
    if v == 3:
        return T("<MsgId>MSG-" + g.digits(14) + "</MsgId>\n<EndToEndId>E2E" + g.alnum(20, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") + "</EndToEndId>")
    if v == 4:
        return T("payout batch PB-" + g.digits(8) + " settled via " + g.pick(["TARGET2", "STEP2", "RT1"]) + ", UETR " + g.uuid())
    return T("LEI lookup failed for " + g.alnum(18, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") + "00 (not registered)")


def n_telco_config(g):
    """Number prefixes, ranges, short codes and USSD strings in carrier routing configuration — not phone numbers."""
    v = g.n(0, 5)
    return T([
        "dr_rules:\n  - groupid: 1\n    prefix: \"+4420\"\n    gwlist: \"trunk-2\"\n  - groupid: 1\n    prefix: \"+3312\"\n    gwlist: \"trunk-5\"",
        "LCR table (prefix -> route): 00670 -> carrier-b, 00680 -> carrier-c, 00222 -> carrier-b, 00218 -> carrier-a",
        "ussd gateway: *123# balance, *100*5# bundles, *#06# imei; short codes 1400, 16161 whitelisted",
        "emergency routes: 112, 911, 999, 000, 110 -> psap-trunk (never rate-limit)",
        "number range import: +599 7 00-09 (block), +590 590 8x (allocated), +596 696 2x (ported)",
        "exten => _X.,1,Set(CALLERID(num)=${FILTER(0-9,${CALLERID(num)})})\nexten => _00X.,n,Dial(PJSIP/${EXTEN:2}@trunk-intl,60)",
    ][v])


def n_at_strings(g):
    """@ strings that are not mailboxes: Mastodon organisation handles, XMPP MUC room JIDs, IRC cloaked hostmasks, scp/rsync targets, PowerShell splatting, CSS at-rules, Kotlin labels."""
    v = g.n(0, 7)
    return T([
        "status updates are mirrored to @status@fosstodon.org and @acmeops@hachyderm.io (org accounts)",
        "<presence to='incident-room@conference.chat.example/bridge-bot'><x xmlns='http://jabber.org/protocol/muc'/></presence>",
        ":opsbot!~opsbot@libera/bot/opsbot JOIN #acme-incidents",
        "$ rsync -az --delete ./dist/ deploy@web-02.prod.example:/srv/www/\n$ scp backup.tar.gz ops@bastion.example:/tmp/",
        "PS> $params = @{ Name = 'OrdersPool'; State = 'Started' }\nPS> Get-WebAppPoolState @params",
        "@media (prefers-color-scheme: dark) { .badge { color: #eee; } }\n@import url(\"/static/theme.css\");",
        "outer@ for (row in rows) { for (c in row) { if (c == 0) continue@outer } }",
        "$ pip install 'acme-sdk @ https://pkg.example.io/acme_sdk-3.1.0-py3-none-any.whl'",
    ][v])


def n_placeholders(g):
    """Placeholders and references for this set's secret families: Octopus #{…}, Azure __Token__, @@PASSWORD@@, Python %(password)s, SQL binds, ejson EJ[…], sops ENC[…], empty LoRa keys in docs."""
    v = g.n(0, 8)
    return T([
        "<add key=\"ClearTextPassword\" value=\"#{NuGetFeedPassword}\" />",
        "ConnectionStrings__Orders=Server=sql-01.example;Database=Orders;User Id=orders;Password=__OrdersDbPassword__;",
        "hdbuserstore SET BACKUPKEY <host>:<port> <user> <password>",
        "cur.execute(\"UPDATE service_accounts SET password_hash = %(password)s WHERE id = %(id)s\", params)",
        "{\n  \"_public_key\": \"" + g.hex(64) + "\",\n  \"db_password\": \"EJ[1:" + g.b64(32) + ":" + g.b64(24) + ":" + g.b64(20) + "]\"\n}",
        "db_password: ENC[AES256_GCM,data:" + g.b64(18) + ",iv:" + g.b64(32) + ",tag:" + g.b64(16) + ",type:str]",
        "root_keys:\n  app_key:\n    key: \"<32 hex characters from the device label>\"",
        "xcrun altool --upload-app -f Acme.ipa -t ios -u \"$APPLE_ID\" -p \"@keychain:AC_PASSWORD\"",
        "apksigner sign --ks release.jks --ks-pass env:KS_PASS --key-pass file:/run/secrets/key_pass app.apk",
    ][v])


def n_auth_flow_public(g):
    """Public values of auth flows: OAuth state, nonce and PKCE code_challenge, client ids, WebAuthn credential ids and public keys, SAML InResponseTo, id-token at_hash."""
    v = g.n(0, 5)
    return T([
        "GET /authorize?response_type=code&client_id=orders-web&redirect_uri=https%3A%2F%2Forders.example%2Fcb&state=" + g.b64(16, url=True, pad=False) + "&nonce=" + g.b64(16, url=True, pad=False) + "&code_challenge=" + g.b64(32, url=True, pad=False) + "&code_challenge_method=S256",
        "navigator.credentials.create -> {id: \"" + g.b64(32, url=True, pad=False) + "\", type: \"public-key\", response: {publicKey: \"" + g.b64(77, url=True, pad=False) + "\", publicKeyAlgorithm: -7}}",
        "<samlp:Response ID=\"_" + g.hex(40) + "\" InResponseTo=\"_" + g.hex(32) + "\" IssueInstant=\"2026-12-06T14:02:11Z\">",
        "decoded id_token claims: {\"iss\": \"https://login.example\", \"aud\": \"orders-web\", \"at_hash\": \"" + g.b64(16, url=True, pad=False) + "\", \"c_hash\": \"" + g.b64(16, url=True, pad=False) + "\"}",
        "WebAuthn assertion ok: credentialId=" + g.b64(32, url=True, pad=False) + " signCount=412 aaguid=" + g.uuid(),
        "DPoP proof header: {\"typ\": \"dpop+jwt\", \"alg\": \"ES256\", \"jwk\": {\"kty\": \"EC\", \"crv\": \"P-256\", \"x\": \"" + g.b64(32, url=True, pad=False) + "\", \"y\": \"" + g.b64(32, url=True, pad=False) + "\"}}",
    ][v])


def n_disabled_empty(g):
    """Secret fields empty, disabled or unset in the config formats of this set."""
    v = g.n(0, 8)
    return T([
        "<Certificate certificateKeystoreFile=\"conf/keystore.p12\" certificateKeystorePassword=\"\" type=\"RSA\"/>",
        "output.elasticsearch:\n  username: \"\"\n  password: \"\"\n  api_key: null",
        "wireless.default_radio0.encryption='none'\nwireless.default_radio0.key=''",
        "TeamViewer: Password: (not set) — unattended access disabled by policy",
        "auth.method = \"token\"\nauth.token = \"\"",
        "[Repository remote]\nremotepassfile = ~/.config/offlineimap/pass\nremotepasseval = get_pass('archive')",
        "api_key: ${DD_API_KEY:-}\nsite: datadoghq.eu",
        "securityKeys: {}  # S2 keys are generated on first start",
        "PASSWD=\nUSER=RFC_BRIDGE\n# PASSWD intentionally empty: SNC is used",
    ][v])


def n_prose_secrets(g):
    """Prose about secrets with no secret in it, in English and in the languages of this set."""
    v = g.n(0, 7)
    return T([
        "Rotated the Consul ACL token and the NetBox API token this morning; new values are in the vault under ops/shared.",
        "The BitLocker recovery key for the kiosk is in AD (msFVE-RecoveryInformation); do not paste it here.",
        "TeamViewer password was changed after the session; ask the store manager for the new one by phone.",
        "Пароль за VPN е во менаџерот на лозинки, во папката „Мрежа“.",
        "Пароль ад Wi-Fi змянілі ў панядзелак; спытайце ў адміністратара.",
        "د VPN پټنوم په خوندي ځای کې دی، مهرباني وکړئ دلته یې مه لیکئ.",
        "Token yêu cầu đã hết hạn lúc 03:00; hãy đăng nhập lại.",
        "La contraseña del router se cambió; pídela al responsable de la tienda.",
    ][v])


def n_storms_titles(g):
    """Person-like words that are not people: named storms, ship names, job titles, team names."""
    v = g.n(0, 6)
    return T([
        "Outage cause: Typhoon Krathon took down the Kaohsiung landing station; failover to Tokyo at 04:10.",
        "Hurricane Milton: Tampa DC on generator since 21:00, fuel for 72h; Hurricane Helene cleanup still ongoing in Asheville.",
        "Cable fault near the MV Ever Given's anchorage; repair vessel Cable Innovator dispatched.",
        "Approvals needed from: Chief Architect, Principal Engineer (Payments), Head of Platform.",
        "Owners: Team Kestrel (ingest), Team Basalt (storage), Guild Observability.",
        "Storm Ciarán and Storm Éowyn alerts raised for the Dublin and Cork sites.",
        "Cyclone Chido: Mayotte POP unreachable; Mozambique links degraded.",
    ][v])


def n_config_pointers(g):
    """Configs that point at secrets without holding one: file and env references in the tools of this set."""
    v = g.n(0, 7)
    return T([
        "[tcpout:primary_indexers]\nsslPassword = $7$" + g.b64(30) + "\n# (splunk-encrypted; decrypted only with splunk.secret on the host)",
        "mysql-password-file: /run/secrets/guacamole_db_password",
        "PassCmd \"pass show mail/archive\"",
        "passwordeval \"gpg --quiet --for-your-eyes-only --no-tty --decrypt ~/.msmtp-password.gpg\"",
        "conan remote login artifactory deployer -p  # prompts; CONAN_PASSWORD read from the keyring",
        "auth.tokenSource.type = \"file\"\nauth.tokenSource.file.path = \"/etc/frp/token\"",
        "--ks-pass file:/run/secrets/ks_pass --key-pass env:KEY_PASS",
        "graylog: password_secret from GRAYLOG_PASSWORD_SECRET (set by the operator from a Kubernetes Secret)",
    ][v])


def n_versions_banners(g):
    """Version strings and banners of the products in this set, some shaped like addresses."""
    v = g.n(0, 6)
    return T([
        "Server version: Apache Tomcat/10.1.33\nJVM Version: 21.0.5+11-LTS",
        "WebSphere Application Server 9.0.5.21, build cf212434.01",
        "HDB version info: version 2.00.079.00.1712133458, branch fa/hana2sp07",
        "Huawei Versatile Routing Platform Software VRP (R) software, Version 8.210 (NE40E V800R022C00SPC500)",
        "Arista EOS 4.32.2F, Architecture x86_64, Internal build version 4.32.2F-38195967.4322F",
        "Splunk Universal Forwarder 9.3.2 (build d8bb32809498)",
        "Microsoft SQL Server 2019 (RTM-CU29) (KB5046365) - 15.0.4405.4 (X64)",
    ][v])


NEAR_FAMILIES = [n_schema_fields, n_ci_refs, n_key_ids, n_build_ids, n_eponyms, n_codenames, n_signoffs, n_long_numbers, n_business_ids,
                 n_telco_config, n_at_strings, n_placeholders, n_auth_flow_public, n_disabled_empty, n_prose_secrets, n_storms_titles,
                 n_config_pointers, n_versions_banners]
