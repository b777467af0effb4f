"""Near-miss families of unseen10: text that looks like a secret or personal data and is neither. No entity may be labelled."""
import base64
from gen import T, ch, R, rs, hexs, b64, b64url, uid, digits, luhn_complete

AL = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"


def n_context_words():
    """The words a redactor keys on, around values that are not secrets."""
    return T(ch([
        "password: expired (last changed 2026-09-14, policy max_age=90d)\n",
        "token=refresh grant_type=refresh_token client_id=orders-web status=invalid_grant\n",
        "secret: true\nsecretName: orders-db\nsecretKey: password\n",
        "api_key_id=" + digits(4) + " api_key_created=2026-11-02T09:14:55Z api_key_last_used=never\n",
        "Password: <hidden>   Account: svc_etl   Expires: Never\n",
        "auth: required\npassword_auth: disabled\npubkey_auth: enabled\n",
        "passwordless: enabled; token_ttl: 15m; secret_rotation: 30d\n",
        "key: app.kubernetes.io/name\noperator: In\nvalues: [orders]\n",
        "token budget exceeded: used 4096 of 4096 tokens (model=summarizer-v2)\n",
        "password reset for user id " + digits(5) + " succeeded (requested_by=self-service)\n",
        "PASSWORD_HASH_ALGORITHM=argon2id\nPASSWORD_MIN_LENGTH=14\nTOKEN_ISSUER=https://id.example.net\n",
        "Authorization: Negotiate\nWWW-Authenticate: Basic realm=\"staging\", charset=\"UTF-8\"\n",
        "secret_version=7 secret_state=ENABLED secret_replication=automatic\n",
        "'password' => 'required|string|min:12|confirmed',\n'api_token' => 'nullable|uuid',\n",
        "DEBUG auth: password grant disabled for client 'cli'; use device code flow\n",
    ]))


def n_flags_ports():
    """-p and friends meaning port, prompt or file, not a password."""
    return T(ch([
        "$ psql -h db01 -p 5432 -U orders -d orders -W\nPassword for user orders:\n",
        "$ redis-cli -h cache01 -p 6380 --askpass\nPlease input password:\n",
        "$ ssh -p 2222 -i ~/.ssh/id_ed25519 deploy@bastion\n",
        "$ scp -P 2222 build.tar.gz deploy@bastion:/srv/releases/\n",
        "$ docker run -d -p 8443:443 -p 9000:9000 --name minio minio/minio server /data\n",
        "$ hdbsql -n hana01:30015 -U BACKUPKEY \"BACKUP DATA USING FILE ('weekly')\"\n",
        "$ vsql -h vertica01 -U dbadmin -p 5433 -c 'select version()'\n",
        "$ mc alias set prod https://minio.example.net:9000 --api s3v4\nEnter Access Key: \nEnter Secret Key: \n",
        "$ kopia repository connect s3 --bucket=acme-kopia --password-file=/run/secrets/kopia\n",
        "$ openconnect --user=ops --passwd-on-stdin vpn.example.net < /run/secrets/vpn\n",
        "$ cqlsh cass01 9042 -u ops --ssl\nPassword: \n",
        "$ mysqladmin -h db01 -P 3306 -u root -p status\nEnter password:\n",
        "$ nc -zv -w 3 db01 5432\n$ curl -sk -o /dev/null -w '%{http_code}' https://db01:8443/health\n",
        "$ ldapsearch -H ldaps://ldap01 -x -D cn=reader,dc=corp,dc=example -y /etc/ldap.secret -b dc=corp,dc=example uid=svc-backup\n",
        "$ net ads join -k\nUsing short domain name -- CORP\nJoined 'WEB01' to dns domain 'corp.example'\n",
    ]))


def n_build_checksums():
    h = hexs(64)
    return T(ch([
        lambda: "sha256sums=('" + h + "'\n            'SKIP')\n",
        lambda: "SRC_URI[sha256sum] = \"" + h + "\"\n",
        lambda: "  url \"https://github.com/acme/edge-agent/archive/refs/tags/v4.2.1.tar.gz\"\n  sha256 \"" + h + "\"\n",
        lambda: "http_archive(\n    name = \"rules_go\",\n    sha256 = \"" + h + "\",\n    urls = [\"https://mirror.bazel.build/rules_go-v0.50.1.zip\"],\n)\n",
        lambda: "Checksums-Sha256:\n " + h + " 48213 edge-agent_4.2.1.orig.tar.xz\n " + hexs(64) + " 3120 edge-agent_4.2.1-1.debian.tar.xz\n",
        lambda: "dependencies:\n- name: postgresql\n  repository: oci://registry-1.docker.io/bitnamicharts\n  version: 16.2.1\ndigest: sha256:" + h + "\n",
        lambda: "https://conda.anaconda.org/conda-forge/linux-64/openssl-3.4.0-hb9d3cd8_0.conda#" + hexs(32) + "\n",
        lambda: "vcpkg_from_github(\n    OUT_SOURCE_PATH SOURCE_PATH\n    REPO acme/edge-agent\n    REF v4.2.1\n    SHA512 " + hexs(128) + "\n)\n",
        lambda: "version https://git-lfs.github.com/spec/v1\noid sha256:" + h + "\nsize " + digits(8) + "\n",
        lambda: "b2sums=('" + hexs(128) + "')\n",
    ])())


def n_crypto_public():
    return T(ch([
        lambda: '"Identity": {\n    "PeerID": "12D3KooW' + rs(44, B58) + '"\n  },\n"Addresses": {"Swarm": ["/ip4/0.0.0.0/tcp/4001"]}\n',
        lambda: '{\n  "address": "' + hexs(40, True) + '",\n  "pub_key": {\n    "type": "tendermint/PubKeyEd25519",\n    "value": "' + b64(32) + '"\n  }\n}\n',
        lambda: '{\n    "type": "PaymentVerificationKeyShelley_ed25519",\n    "description": "Payment Verification Key",\n    "cborHex": "5820' + hexs(64) + '"\n}\n',
        lambda: "addr1q" + rs(98, "023456789acdefghjklmnpqrstuvwxyz") + "\n",
        lambda: "PASETO_PUBLIC_KEY=k4.public." + b64url(32) + "\nPASERK_ID=k4.pid." + b64url(33) + "\n",
        lambda: "$ klist -kte /etc/krb5.keytab\nKeytab name: FILE:/etc/krb5.keytab\nKVNO Timestamp           Principal\n   3 11/30/2026 09:12:44 host/web01.corp.example@CORP.EXAMPLE (aes256-cts-hmac-sha1-96)\n",
        lambda: "example.net. 3600 IN DNSKEY 257 3 13 " + b64(64) + "\n",
        lambda: "_443._tcp.www.example.net. 3600 IN TLSA 3 1 1 " + hexs(64) + "\nwww.example.net. 3600 IN SSHFP 4 2 " + hexs(64) + "\n",
        lambda: "lnbc25m1p" + rs(180, "023456789acdefghjklmnpqrstuvwxyz") + "\n",
        lambda: "payment_hash: " + hexs(64) + "\npayment_preimage status: SETTLED (preimage withheld)\n",
    ])())


def n_dns_noise():
    return T(ch([
        lambda: "example.net.\t300\tIN\tRRSIG\tA 13 2 300 20261220000000 20261206000000 " + digits(5) + " example.net. " + b64(64) + "\n",
        lambda: "example.net.\t3600\tIN\tDS\t" + digits(5) + " 13 2 " + hexs(64, True) + "\n",
        lambda: rs(32, "0123456789abcdefghijklmnopqrstuv") + ".example.net. 300 IN NSEC3 1 0 0 - " + rs(32, "0123456789ABCDEFGHIJKLMNOPQRSTUV") + " A RRSIG\n",
        lambda: "sel1._domainkey.example.net. 3600 IN TXT \"v=DKIM1; k=rsa; p=MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA" + b64(180).rstrip("=") + "\"\n",
        lambda: "example.net. 300 IN TXT \"google-site-verification=" + b64url(32) + "\"\nexample.net. 300 IN TXT \"MS=ms" + digits(8) + "\"\n",
        lambda: "_acme-challenge.example.net. 60 IN TXT \"" + b64url(32) + "\"\n",
        lambda: ";; TSIG PSEUDOSECTION:\nxfr-key.\t\t0\tANY\tTSIG\thmac-sha256. 1765016042 300 32 " + b64(32) + " " + digits(5) + " NOERROR 0\n",
        lambda: "example.net. 300 IN TXT \"atlassian-domain-verification=" + rs(64, AL + "/+") + "\"\n",
        lambda: "key \"xfr-key\" { algorithm hmac-sha256; secret \"" + "<paste tsig-keygen output here>" + "\"; };\n",
    ])())


def n_placeholders_doc():
    return T(ch([
        "[default]\nclient_secret = xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\nhost = akab-xxxxxxxxxxxxxxxx-xxxxxxxxxxxxxxxx.luna.akamaiapis.net\naccess_token = akab-xxxxxxxxxxxxxxxx-xxxxxxxxxxxxxxxx\n",
        "Usage: mc alias set ALIAS URL ACCESSKEY SECRETKEY\n",
        "userPWD=\"$(PUBLISH_PASSWORD)\"\n",
        "CREATE SECRET my_secret (TYPE S3, KEY_ID 'my_key_id', SECRET 'my_secret_value', REGION 'my_region');\n",
        "Usage: vpncmd [host:port] [/SERVER|/CLIENT|/TOOLS] [/PASSWORD:password] [/CMD command]\n",
        "  -auth USER:SECRET   Authenticate with a username and an API token (or @FILE)\n",
        "# .edgerc\n[default]\nclient_secret = <client_secret>\naccess_token = <access_token>\nclient_token = <client_token>\n",
        "export VULTR_API_KEY=<your API key>\nexport OS_PASSWORD=\"${OS_PASSWORD_INPUT}\"\n",
        "olcRootPW: {SSHA}<output of slappasswd>\n",
        "curl -H \"X-JFrog-Art-Api: <API_KEY>\" -T file.tgz https://<server>/artifactory/<repo>/\n",
        "DomainAdminPassword=%DOMAIN_ADMIN_PASSWORD%\n",
        "bteq .logon tdpid/username,password\n",
        "api:\n  encryption:\n    key: !secret api_encryption_key\nota:\n  - platform: esphome\n    password: !secret ota_password\n",
        "b2 account authorize [applicationKeyId] [applicationKey]\n",
        "X-Plex-Token=YOUR_TOKEN_HERE\n",
    ]))


def n_masked_new_tools():
    return T(ch([
        "<AdministratorPassword>\n  <Value>*SENSITIVE*DATA*DELETED*</Value>\n  <PlainText>true</PlainText>\n</AdministratorPassword>\n",
        "<Properties action=\"U\" newName=\"\" cpassword=\"\" changeLogon=\"0\" userName=\"LocalAdmin\"/>\n",
        "$ chamber list orders\nKey\t\tVersion\tLastModified\tUser\ndb_password\t3\t11-30 14:02:11\tci\nsmtp_password\t1\t10-02 08:00:41\tci\n",
        "$ infisical secrets --env=prod\n│ SECRET NAME │ SECRET VALUE │ SECRET TYPE │\n│ DB_PASSWORD │ ***          │ shared      │\n",
        "$ gcloud secrets versions list orders-db-password\nNAME  STATE    CREATED              DESTROYED\n3     enabled  2026-11-30T14:02:11  -\n2     disabled 2026-10-02T08:00:41  -\n",
        "pg_password = ******\n",
        "13:04:22.140 RSL: RESULT = {\"WebPassword\":\"****\"}\n",
        "spring.datasource.password=******\njavax.net.ssl.keyStorePassword=******\n",
        "AS_ADMIN_PASSWORD=${ALIAS=admin-password}\n",
        "Keychain Data: <redacted>\n",
        "$ bws secret list\n[{\"key\": \"DB_PASSWORD\", \"value\": \"[hidden]\", \"projectId\": \"" + uid() + "\"}]\n",
        "Director {\n  Name = bacula-dir\n  Password = \"@/etc/bacula/dir.pass\"\n}\n",
        "$ conjur variable get -i prod/orders/db/password\nError: 403 Forbidden\n",
    ]))


def n_named_after_people():
    return T(ch([
        "CDN edge JFK (John F. Kennedy Intl) p95 412 ms; CDG (Charles de Gaulle) p95 188 ms\n",
        "PoP DEL (Indira Gandhi Intl) degraded; traffic shifted to BOM (Chhatrapati Shivaji Maharaj Intl)\n",
        "Site: Jomo Kenyatta International Airport, gate B cabinet 4\n",
        "Datacenter move from Avenida Getúlio Vargas 1420 cage 7 completed\n",
        "Scheduler fell back to Dijkstra routing; Levenshtein distance threshold 3; Bloom filter fp rate 0.01\n",
        "Shuffle uses Fisher–Yates; Kalman filter tuned; Huffman table rebuilt\n",
        "Incident mentions Hurricane Milton and Typhoon Yagi in the DR plan\n",
        "Crash dump written by Dr. Watson (drwtsn32.log)\n",
        "Vendor list: Hugo Boss AG, Johns Hopkins Medicine, Carnegie Mellon University, Tim Hortons\n",
        "Node pools: dr-martens-gpu, dr-oetker-batch, mrs-fields-cache\n",
        "Order of Sheikh Zayed Road POP: rack 12, Ngurah Rai Intl POP: rack 3\n",
        "Test matrix: Ubuntu 24.04 (Noble Numbat), Debian 12 (Bookworm), macOS 15 (Sequoia)\n",
        "Runbook step 4: apply Murphy's law check, then the Nyquist rate check\n",
        "Queue names: newton, kelvin, ampere, pascal\n",
    ]))


def n_at_refs():
    return T(ch([
        "load(\"@rules_go//go:def.bzl\", \"go_binary\")\ndeps = [\"@maven//:com_google_guava_guava\", \"@io_bazel_rules_docker//container:image\"]\n",
        "import { assertEquals } from \"jsr:@std/assert@1.0.8\";\nimport express from \"npm:express@4.21.1\";\n",
        "go: downloading golang.org/x/net@v0.31.0\ngo: downloading github.com/jackc/pgx/v5@v5.7.1\n",
        "  /@babel/core@7.26.0:\n    resolution: {integrity: sha512-" + b64(64) + "}\n",
        "$ cargo install ripgrep@14.1.1\n$ corepack prepare pnpm@9.14.2 --activate\n",
        "$ uv add 'httpx @ git+https://github.com/encode/httpx@0.28.0'\n",
        "$ tmux attach -t ops@2\n$ nix run github:NixOS/nixpkgs/nixos-24.11#hello\n",
        "@Override\npublic void onMessage(@NonNull Message msg) { … }\n@media (max-width: 600px) { .nav { display: none } }\n",
        "spec.authors = [\"Acme Engineering\"]\nspec.email = []\n",
        "ERROR: rules_python@0.40.0 requires bazel >= 7.1.0\n",
    ]))


def n_coords_signed():
    return T(ch([
        lambda: "gps: +%.4f, %+.4f (fix 3D, hdop 0.9)\n" % (R.uniform(-60, 60), R.uniform(-180, 180)),
        lambda: "location=%+08.4f%+09.4f/\n" % (R.uniform(-60, 60), R.uniform(-180, 180)),
        lambda: "delta: +%d.%d%% (%+d ms) vs last week\n" % (R.randint(1, 40), R.randint(0, 9), R.randint(-300, 300)),
        lambda: "temps: +%d.%d°C +%d.%d°C +%d.%d°C\n" % (R.randint(20, 80), R.randint(0, 9), R.randint(20, 80), R.randint(0, 9), R.randint(20, 80), R.randint(0, 9)),
        lambda: "ADC offsets: +%d %d +%d %d\n" % (R.randint(100, 999), R.randint(100, 999), R.randint(1000, 9999), R.randint(100000, 999999)),
        lambda: "clock skew +0.%s s; drift -%s ppm\n" % (digits(6), digits(3)),
        lambda: "UTC+05:45 (Asia/Kathmandu), UTC+12:45 (Pacific/Chatham), UTC-09:30 (Pacific/Marquesas)\n",
        lambda: "lat %d°%d'%d\"S lon %d°%d'%d\"E\n" % (R.randint(1, 60), R.randint(0, 59), R.randint(0, 59), R.randint(1, 179), R.randint(0, 59), R.randint(0, 59)),
    ])())


def _ogm():
    b = digits(10)
    c = int(b) % 97 or 97
    s = b + "%02d" % c
    return "+++%s/%s/%s+++" % (s[:3], s[3:7], s[7:])


def n_payment_refs():
    return T(ch([
        lambda: "Communication structurée : " + _ogm() + "\n",
        lambda: "Linha digitável: %s.%s %s.%s %s.%s %s %s\n" % (digits(5), digits(5), digits(5), digits(6), digits(5), digits(6), digits(1), digits(14)),
        lambda: "FIK: +71<" + digits(15) + "+" + digits(8) + "<\n",
        lambda: "Referenca: SI00 " + digits(4) + "-" + digits(6) + "\n",
        lambda: "KID-nummer: " + luhn_complete(digits(3), 12) + "\n",
        lambda: "QR-Referenz: " + " ".join([digits(2)] + [digits(5) for _ in range(5)]) + "\n",
        lambda: "振込依頼番号: " + digits(4) + "-" + digits(6) + "-" + digits(3) + "\n",
        lambda: "Referenční číslo: VS " + digits(10) + ", KS 0308, SS " + digits(6) + "\n",
    ])())


def n_ids_beside_secrets():
    return T(ch([
        lambda: "X-Plex-Client-Identifier: " + uid() + "\nX-Plex-Product: Plex Web\nX-Plex-Version: 4.136.1\n",
        lambda: "machineIdentifier=\"" + hexs(40) + "\" version=\"1.41.2.9200\"\n",
        lambda: "X-Request-Id: " + uid() + "\nX-Octopus-Task: ServerTasks-" + digits(6) + "\n",
        lambda: "{\"code\":\"Success\",\"ackId\":" + digits(4) + "} sid=" + "scheduler__admin__search__RMD5" + hexs(16) + "_at_" + digits(10) + "_" + digits(4) + "\n",
        lambda: "kong: consumer id=" + uid() + " created_at=1765016042 username=partner-acme\n",
        lambda: "lnd: payment_hash=" + hexs(64) + " status=FAILED reason=FAILURE_REASON_NO_ROUTE\n",
        lambda: "tx " + hexs(64) + " confirmed in block " + digits(7) + "\n",
        lambda: "grafana: dashboard uid=" + rs(14, AL) + " version=12 saved\n",
        lambda: "JFrog build: name=edge-agent number=" + digits(4) + " started=2026-12-06T10:14:02.118+0000 buildAgent=Generic/2.71.4\n",
        lambda: "cometbft: committed state height=" + digits(8) + " app_hash=" + hexs(64, True) + "\n",
    ])())


def n_encoded_noise():
    return T(ch([
        lambda: "<input type=\"hidden\" name=\"__VIEWSTATE\" id=\"__VIEWSTATE\" value=\"/wEPDwUK" + b64(120) + "\" />\n<input type=\"hidden\" name=\"__EVENTVALIDATION\" value=\"/wEdAA" + b64(60) + "\" />\n",
        lambda: "background: url(data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAABAAAAAQ" + b64(90) + ");\n",
        lambda: "    caBundle: LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0tCk1JSUJkekNDQVIyZ0F3SUJBZ0lRS" + b64(90) + "\n",
        lambda: "Digest: sha-256=" + b64(32) + "\nContent-MD5: " + b64(16) + "\n",
        lambda: "x-goog-hash: crc32c=" + b64(4) + "\nx-goog-hash: md5=" + b64(16) + "\n",
        lambda: "Sec-WebSocket-Accept: " + b64(20) + "\n",
        lambda: "Upload-Checksum: sha1 " + b64(20) + "\nUpload-Offset: " + digits(7) + "\n",
        lambda: "X-Amz-Cf-Id: " + b64url(42) + "==\nX-Cache: Miss from cloudfront\n",
    ])())


def n_greetings_no_name():
    return T(ch([
        "Dear Sir or Madam,\nyour ticket has been closed.\nBest regards,\nThe Platform Team\n",
        "Sehr geehrte Damen und Herren,\nder Wartungsvorgang ist abgeschlossen.\nMit freundlichen Grüßen\nIhr NOC-Team\n",
        "Estimado cliente:\nsu solicitud fue atendida.\nAtentamente,\nEquipo de Soporte\n",
        "Kính gửi Quý khách,\nsự cố đã được khắc phục.\nTrân trọng,\nBộ phận Hỗ trợ\n",
        "尊敬的客户：\n您的工单已处理完毕。\n此致\n运维团队\n",
        "Hormat kami,\nTim Dukungan Teknis\n",
        "Atenciosamente,\nEquipe de Suporte N2\n",
        "С уважением,\nслужба поддержки\n",
        "Thanks,\n— On-call (SRE), rotation B\n",
        "Vážení zákazníci,\nplánovaná odstávka proběhne v sobotu.\nS pozdravem\nTým provozu\n",
        "Mpendwa mteja,\ntatizo limetatuliwa.\nAsante,\nTimu ya Msaada\n",
        "Bien cordialement,\nLe service client\n",
    ]))


def n_windows_noise():
    return T(ch([
        "C:\\> cmdkey /list\n\nCurrently stored credentials:\n\n    Target: Domain:target=TERMSRV/rdsh01\n    Type: Domain Password\n    User: CORP\\ops\n",
        "C:\\> reg query \"HKLM\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Winlogon\" /v AutoAdminLogon\n    AutoAdminLogon    REG_SZ    0\n",
        "C:\\> net accounts\nMinimum password age (days):                          1\nMaximum password age (days):                          42\nMinimum password length:                              14\nLength of password history maintained:                24\n",
        "PS C:\\> Get-LocalUser | Select Name,Enabled,PasswordLastSet\nName          Enabled PasswordLastSet\n----          ------- ---------------\nAdministrator   False 11/2/2026 9:14:55 AM\n",
        "C:\\> whoami /user\nUSER INFORMATION\n----------------\nUser Name SID\n========= =============================================\ncorp\\ops  S-1-5-21-" + digits(10) + "-" + digits(10) + "-" + digits(9) + "-" + digits(4) + "\n",
        "C:\\> klist\nCached Tickets: (2)\n#0>     Client: ops @ CORP.EXAMPLE\n        Server: krbtgt/CORP.EXAMPLE @ CORP.EXAMPLE\n        KerbTicket Encryption Type: AES-256-CTS-HMAC-SHA1-96\n        Session Key Type: AES-256-CTS-HMAC-SHA1-96\n",
        "An account was successfully logged on.\nLogon ID: 0x" + hexs(7, True) + "\nLogon GUID: {" + uid() + "}\nLogon Type: 3\n",
        "<PlainText>false</PlainText>\n<Value>UABhAHMAcwB3AG8AcgBkAA==</Value>\n",
    ]))


def n_generated_names():
    return T(ch([
        lambda: "CONTAINER ID   IMAGE          NAMES\n" + hexs(12) + "   nginx:1.27     " + ch(["elated_lovelace", "festive_hopper", "kind_hodgkin", "brave_curie", "sharp_turing"]) + "\n" + hexs(12) + "   redis:7.4      " + ch(["nostalgic_noether", "quirky_mirzakhani", "vigilant_ramanujan", "zen_shockley"]) + "\n",
        lambda: "=== " + ch(["sleepy-meadow", "frozen-falls", "shielded-harbor", "radiant-lake"]) + "-" + digits(5) + " (heroku-24 stack)\n",
        lambda: "pod/orders-" + rs(10, "bcdfghjklmnpqrstvwxz2456789") + "-" + rs(5, "bcdfghjklmnpqrstvwxz2456789") + " scheduled on node " + ch(["sincere-sawfish", "proper-lemur", "musical-koi"]) + "\n",
        lambda: "terraform: random_pet.server = \"" + ch(["prime-mastiff", "driving-gazelle", "moved-jaguar"]) + "\"\n",
        lambda: "GCP project: " + ch(["stellar-orbit", "quantum-harbor", "silent-vertex"]) + "-" + digits(6) + "\n",
        lambda: "Release channel: Android 15 (Vanilla Ice Cream); Fedora 41; Ubuntu 24.10 (Oracular Oriole)\n",
        lambda: "replica set members: " + ", ".join(ch(["wise-hamilton", "keen-goldberg", "eager-tesla", "bold-lamarr"]) + "-" + digits(2) for _ in range(3)) + "\n",
    ])())


def n_config_nonsecret():
    return T(ch([
        "include \"/etc/bind/rndc.key\";\ncontrols { inet 127.0.0.1 port 953 allow { 127.0.0.1; } keys { \"rndc-key\"; }; };\n",
        "zone \"example.net\" { type primary; file \"db.example.net\"; allow-transfer { key xfr-key; }; };\n",
        "[libdefaults]\n    default_realm = CORP.EXAMPLE\n    dns_lookup_kdc = true\n[realms]\n    CORP.EXAMPLE = {\n        kdc = kdc1.corp.example\n        admin_server = kdc1.corp.example\n    }\n",
        "# jmxremote.access\nmonitorRole   readonly\ncontrolRole   readwrite\n",
        "CREATE SECRET (TYPE S3, PROVIDER credential_chain, CHAIN 'env;config');\n",
        "pg_password = {vault://hcv/kong/pg_password}\n",
        "ldap_default_authtok_type = obfuscated_password\nldap_tls_reqcert = demand\nldap_id_use_start_tls = true\n",
        "[auth_info_0]\nusername=1001\nha1=\nrealm=pbx.example.net\n",
        "mqtt_password: !secret mqtt_password\n",
        "kopia: repository password stored in the OS keychain (service=kopia, account=repo)\n",
        "secrets {\n    ike-site-b {\n        file = /etc/swanctl/private/site-b.psk\n    }\n}\n",
        "[Preferences]\nWebUI\\LocalHostAuth=false\nWebUI\\AuthSubnetWhitelistEnabled=true\n",
    ]))


def n_script_places():
    return T(ch([
        "ទីតាំង: ភ្នំពេញ, មជ្ឈមណ្ឌលទិន្នន័យ ២ — ការតភ្ជាប់យឺត\n",
        "ສະຖານທີ່: ວຽງຈັນ, ສູນຂໍ້ມູນ 1 — ເຄືອຂ່າຍຊ້າ\n",
        "સ્થળ: અમદાવાદ ડેટા સેન્ટર — સર્વર ડાઉન છે\n",
        "స్థానం: హైదరాబాద్ డేటా సెంటర్ — సర్వర్ స్పందించడం లేదు\n",
        "ස්ථානය: කොළඹ දත්ත මධ්‍යස්ථානය — සේවාදායකය ක්‍රියා නොකරයි\n",
        "နေရာ: ရန်ကုန် ဒေတာစင်တာ — ဆာဗာ ပြဿနာ\n",
        "Локација: Београд, дата центар 2 — мрежа је спора\n",
        "Байршил: Улаанбаатар, өгөгдлийн төв — сервер унасан\n",
        "مقام: کراچی ڈیٹا سینٹر — سرور بند ہے\n",
        "ތަން: މާލެ ޑޭޓާ ސެންޓަރު — ސާވަރު ޑައުން\n",
        "ස්ථානය: මහනුවර — ජාලය මන්දගාමීයි\n",
        "ਸਥਾਨ: ਅੰਮ੍ਰਿਤਸਰ ਡਾਟਾ ਸੈਂਟਰ — ਸਰਵਰ ਬੰਦ ਹੈ\n",
        "ಸ್ಥಳ: ಬೆಂಗಳೂರು ಡೇಟಾ ಸೆಂಟರ್ — ಸರ್ವರ್ ಸ್ಪಂದಿಸುತ್ತಿಲ್ಲ\n",
        "സ്ഥലം: കൊച്ചി ഡാറ്റാ സെന്റർ — സെർവർ പ്രവർത്തിക്കുന്നില്ല\n",
    ]))


def n_public_api_keys():
    return T(ch([
        lambda: "STRIPE_PUBLISHABLE_KEY=pk_live_" + rs(99) + "\n",
        lambda: "mapboxgl.accessToken = 'pk.eyJ1IjoiYWNtZS1tYXBzIiwiYSI6ImNs" + rs(20) + "In0." + rs(22, AL + "-_") + "';\n",
        lambda: "<div class=\"g-recaptcha\" data-sitekey=\"6Lc" + rs(37, AL + "_-") + "\"></div>\n",
        lambda: "posthog.init('phc_" + rs(43) + "', { api_host: 'https://eu.i.posthog.com' })\n",
        lambda: "NEXT_PUBLIC_SENTRY_DSN=https://" + hexs(32) + "@o" + digits(6) + ".ingest.sentry.io/" + digits(7) + "\n",
        lambda: "\"client_id\": \"" + digits(12) + "-" + rs(32, "abcdefghijklmnopqrstuvwxyz0123456789") + ".apps.googleusercontent.com\"\n",
        lambda: "key_id=" + rs(10, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") + " team_id=" + rs(10, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") + " (App Store Connect API)\n",
        lambda: "VITE_ALGOLIA_APP_ID=" + rs(10, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") + "\nVITE_ALGOLIA_INDEX=products_prod\n",
        lambda: "public_key: " + b64(32) + "\n# wg pubkey < private  (the private key stays on the host)\n",
    ])())


FAMILIES = [n_context_words, n_flags_ports, n_build_checksums, n_crypto_public, n_dns_noise, n_placeholders_doc, n_masked_new_tools,
            n_named_after_people, n_at_refs, n_coords_signed, n_payment_refs, n_ids_beside_secrets, n_encoded_noise,
            n_greetings_no_name, n_windows_noise, n_generated_names, n_config_nonsecret, n_script_places, n_public_api_keys]
