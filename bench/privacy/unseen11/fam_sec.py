"""Secret families of unseen11: credentials in tools, formats and wrappers the earlier sets did not use."""
import base64, json, urllib.parse
from gen import E, T, J
from people import any_name, email, latin_name

GS, AK, BT, BA, PK, US, CS = "GENERIC_SECRET", "API_KEY", "BEARER_TOKEN", "BASIC_AUTH", "PRIVATE_KEY", "URL_CREDENTIALS", "CONNECTION_STRING"


def pw(g, safe=""):
    return g.password(safe)


def host(g):
    return g.pick(["db-ro-2.dc1.internal", "mail.corp.example", "gw01.branch.example.net", "ci.build.example.org", "vault-lb.prod.example",
                   "nms.noc.example.com", "repo.pkg.example.io", "cass-3.eu.example.net"])


def f_java_enterprise(g):
    """WebSphere {xor}, Jetty OBF:, Tomcat keystorePass and tomcat-users.xml, Maven {…} encrypted, sbt .credentials, Leiningen, Liberty {aes}."""
    v = g.n(0, 7)
    p = pw(g)
    if v == 0:
        x = base64.b64encode(bytes(ord(c) ^ 0x5F for c in p)).decode()
        return T("# security.xml (WebSphere cell config)\n<authDataEntries xmi:id=\"JAASAuthData_1\" alias=\"was-node01/orders-db\" userId=\"ordsvc\"\n    password=\"", E(GS, "{xor}" + x), "\" description=\"Orders DB\"/>\n")
    if v == 1:
        obf = "".join(g.pick(["1v2j", "1uum", "1xtv", "1zej", "1y0s", "1sot", "1vn4", "1t2x", "1x0s", "1ym7", "1uvk", "1v1x"]) for _ in range(g.n(5, 9)))
        return T("$ cat /opt/jetty/etc/realm.properties\n# username: password[,rolename ...]\nadmin: ", E(GS, "OBF:" + obf), ",server-administrator,content-administrator\n")
    if v == 2:
        return T("<Connector port=\"8443\" protocol=\"org.apache.coyote.http11.Http11NioProtocol\" SSLEnabled=\"true\">\n  <SSLHostConfig>\n    <Certificate certificateKeystoreFile=\"conf/keystore.p12\" certificateKeystorePassword=\"", E(GS, pw(g)), "\" type=\"RSA\"/>\n  </SSLHostConfig>\n</Connector>")
    if v == 3:
        return T("<tomcat-users xmlns=\"http://tomcat.apache.org/xml\">\n  <role rolename=\"manager-gui\"/>\n  <user username=\"deployer\" password=\"", E(GS, pw(g)), "\" roles=\"manager-script,manager-gui\"/>\n</tomcat-users>")
    if v == 4:
        enc = "{" + g.b64(g.pick([32, 48])).rstrip("=") + "=}"
        return T("$ cat ~/.m2/settings-security.xml\n<settingsSecurity>\n  <master>", E(GS, enc), "</master>\n</settingsSecurity>")
    if v == 5:
        return T("$ cat ~/.sbt/.credentials\nrealm=Artifactory Realm\nhost=repo.pkg.example.io\nuser=sbt-ci\npassword=", E(GS, pw(g)), "\n")
    if v == 6:
        return T(";; ~/.lein/credentials.clj (decrypted with gpg --decrypt)\n{#\"https://repo.pkg.example.io/.*\"\n {:username \"lein-deploy\" :password \"", E(GS, pw(g)), "\"}}")
    return T("<!-- wlp/usr/servers/orders/server.xml -->\n<dataSource id=\"OrdersDS\" jndiName=\"jdbc/orders\">\n  <properties.db2.jcc databaseName=\"ORDERS\" serverName=\"db2-1.example\" portNumber=\"50000\"\n      user=\"ordsvc\" password=\"", E(GS, "{aes}" + g.b64(48)), "\"/>\n</dataSource>")


def f_observability_agents(g):
    """Datadog, New Relic, Splunk UF, Beats, Fluent Bit, Telegraf, Graylog, Honeycomb, Sumo Logic."""
    v = g.n(0, 8)
    if v == 0:
        return T("# /etc/datadog-agent/datadog.yaml\napi_key: ", E(GS, g.hex(32)), "\nsite: datadoghq.eu\nlogs_enabled: true\n")
    if v == 1:
        return T("$ cat /etc/newrelic-infra.yml\nlicense_key: ", E(AK, "eu01xx" + g.hex(30) + "NRAL"), "\ndisplay_name: pay-api-3\n")
    if v == 2:
        return T("[tcpout:primary_indexers]\nserver = idx1.example:9997, idx2.example:9997\nclientCert = $SPLUNK_HOME/etc/auth/client.pem\nsslPassword = ", E(GS, pw(g)), "\n")
    if v == 3:
        return T("output.elasticsearch:\n  hosts: [\"https://es-logs.example:9200\"]\n  username: \"filebeat_writer\"\n  password: \"", E(GS, pw(g)), "\"\n  ssl.verification_mode: full\n")
    if v == 4:
        return T("[OUTPUT]\n    Name        http\n    Match       kube.*\n    Host        logs.example.net\n    Port        443\n    HTTP_User   fluent\n    HTTP_Passwd ", E(GS, pw(g)), "\n    tls         On\n")
    if v == 5:
        return T("[[outputs.influxdb_v2]]\n  urls = [\"https://influx.example:8086\"]\n  token = \"", E(GS, g.b64(64, url=True)[:-2] + "=="), "\"\n  organization = \"noc\"\n  bucket = \"telegraf\"\n")
    if v == 6:
        return T("# /etc/graylog/server/server.conf\nis_leader = true\npassword_secret = ", E(GS, g.alnum(96)), "\nroot_password_sha2 = ", E(GS, g.hex(64)), "\n")
    if v == 7:
        return T("otel-collector | exporters:\notel-collector |   otlp/honeycomb:\notel-collector |     endpoint: api.honeycomb.io:443\notel-collector |     headers:\notel-collector |       x-honeycomb-team: ", E(GS, g.alnum(22)), "\n")
    return T("$ curl -s -u ", E(BA, "su" + g.alnum(12) + ":" + g.alnum(64)), " https://api.eu.sumologic.com/api/v1/collectors | jq '.collectors[].name'")


def f_thrift_plist_ron(g):
    """Serialisations not used before: Thrift toString, old-style NSDictionary, RON, Amazon Ion, Pkl, JSON5, Hjson, bsondump, .reg, Elixir runtime.exs."""
    v = g.n(0, 9)
    p = pw(g)
    if v == 0:
        return T("ERROR [thrift-worker-4] ConnectHandler: rejected ConnectRequest(tenant:acme, user:etl_loader, password:", E(GS, p), ", timeoutMs:30000)")
    if v == 1:
        return T("2026-12-06 14:02:11.381 Mailer[3121:88412] account settings: {\n    AccountName = \"Support\";\n    Hostname = \"mail.corp.example\";\n    Password = \"", E(GS, g.password("=")), "\";\n    Username = \"support\";\n}")
    if v == 2:
        return T("Config(\n    listen: \"0.0.0.0:8080\",\n    database: Database(\n        url: \"db-ro-2.dc1.internal\",\n        user: \"tiles\",\n        password: \"", E(GS, p), "\",\n    ),\n)")
    if v == 3:
        return T("{ service: \"ledger\", db: { user: \"ledger_rw\", password: \"", E(GS, p), "\", pool: 8 }, tls: true }")
    if v == 4:
        return T("amends \"package://pkg.example/app@1.2.0#/App.pkl\"\n\ndatabase {\n  username = \"reports\"\n  password = \"", E(GS, p), "\"\n}\n")
    if v == 5:
        return T("// config.json5\n{\n  smtp: {\n    host: 'mail.corp.example',\n    user: 'alerts',\n    pass: '", E(GS, p), "', // rotated 2026-11\n  },\n}")
    if v == 6:
        return T("# settings.hjson\n{\n  redis:\n  {\n    host: cache-1.example\n    password: ", E(GS, g.password("#")), "\n  }\n}")
    if v == 7:
        return T("$ bsondump dump/admin/system.users.bson | head -1\n{\"_id\":\"app.orders\",\"user\":\"orders\",\"db\":\"app\",\"customData\":{\"legacyPassword\":\"", E(GS, p), "\"},\"roles\":[{\"role\":\"readWrite\",\"db\":\"app\"}]}")
    if v == 8:
        return T("Windows Registry Editor Version 5.00\n\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\Acme\\Connector]\n\"Server\"=\"db-ro-2.dc1.internal\"\n\"User\"=\"connector\"\n\"Password\"=\"", E(GS, p), "\"\n")
    return T("# config/runtime.exs\nconfig :orders, Orders.Repo,\n  username: \"orders\",\n  password: \"", E(GS, p), "\",\n  hostname: System.get_env(\"DB_HOST\"),\n  pool_size: 10")


def f_escaped_again(g):
    """Encodings not used before: quoted-printable, ANSI-C $'…', .properties \\u escapes, XML &#x…; references, C# verbatim "", SQL '' and double %-encoding."""
    v = g.n(0, 6)
    if v == 0:
        p = g.password("=")
        return T("Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\nHi, the new service login for the bridge is below:\n  user=3D\"bridge\"\n  password=3D\"", E(GS, p[:5] + "=3D" + p[5:]), "\"\nPlease store it in the vault and delete this mail.\n")
    if v == 1:
        p = g.password()
        esc = "".join("\\x%02x" % ord(c) if c in "!#%" else c for c in p)
        return T("+ export DB_PASS=$'", E(GS, esc + "\\x21"), "'\n+ ./migrate --env prod")
    if v == 2:
        p = g.password()
        return T("# src/main/resources/app.properties (native2ascii)\nmail.smtp.user=alerts\nmail.smtp.password=", E(GS, p[:4] + "\\u00e9\\u00df" + p[4:]), "\n")
    if v == 3:
        p = g.password()
        enc = "".join("&#x%x;" % ord(c) if i % 3 == 0 else c for i, c in enumerate(p))
        return T("<appSettings>\n  <add key=\"Mail:User\" value=\"noreply\" />\n  <add key=\"Mail:Password\" value=\"", E(GS, enc), "\" />\n</appSettings>")
    if v == 4:
        p = g.password()
        return T("var cs = @\"Server=sql-01.example;Database=Ledger;User Id=ledger;Password=", E(CS, p[:4] + '""' + p[4:]), ";Encrypt=True\";")
    if v == 5:
        p = g.password()
        return T("LOG:  statement: INSERT INTO integration_settings (name, username, secret) VALUES ('sftp-bank', 'acme_upload', '", E(GS, p[:5] + "''" + p[5:]), "');")
    p = g.password()
    q = urllib.parse.quote(urllib.parse.quote(p + "@%", safe=""), safe="")
    return T("GET /sso/callback?next=%252Flogin%253Fuser%253Dsvc-report%2526pass%253D", E(GS, q), " HTTP/1.1\" 302 0 \"-\" \"python-requests/2.32.3\"")


def f_cloud_cn(g):
    """Alibaba Cloud, Tencent Cloud, Baidu BCE, Volcengine, JD Cloud, Kingsoft: CLI configure output and config files."""
    v = g.n(0, 5)
    if v == 0:
        return T("$ cat ~/.aliyun/config.json\n{\n  \"current\": \"default\",\n  \"profiles\": [{\n    \"name\": \"default\", \"mode\": \"AK\",\n    \"access_key_id\": \"LTAI5t", g.alnum(16), "\",\n    \"access_key_secret\": \"", E(GS, g.alnum(30)), "\",\n    \"region_id\": \"cn-hangzhou\"\n  }]\n}")
    if v == 1:
        return T("$ tccli configure list\ncredential:\n  secretId = AKID", g.alnum(32), "\n  secretKey = ", E(GS, g.alnum(32)), "\nconfigure:\n  region = ap-guangzhou\n  output = json\n")
    if v == 2:
        return T("[Defaults]\nDomain = bcc.bj.baidubce.com\n[Credentials]\nak = ", g.hex(32), "\nsk = ", E(GS, g.hex(32)), "\n")
    if v == 3:
        return T("$ ve configure set --profile prod --region cn-beijing --access-key AKLT", g.alnum(40), " --secret-key ", E(GS, g.b64(45)[:60]), "\n")
    if v == 4:
        return T("$ jdc configure add --profile prod --access-key ", g.hex(32, True), " --secret-key ", E(GS, g.hex(32, True)), "\n$ jdc vm describe-instances --region-id cn-north-1")
    return T("from tencentcloud.common import credential\ncred = credential.Credential(\"AKID", g.alnum(32), "\", \"", E(GS, g.alnum(32)), "\")\n")


def f_saas_tokens(g):
    """Twilio, Auth0, Airtable, Contentful, Mailchimp, Square, Salesforce sfdx-url, Cloudinary, Snowflake, Plaid."""
    v = g.n(0, 9)
    if v == 0:
        return T("$ twilio profiles:add --account-sid AC", g.hex(32), " --auth-token ", E(GS, g.hex(32)), "\n")
    if v == 1:
        return T("$ auth0 login --domain acme.eu.auth0.com --client-id ", g.alnum(32), " --client-secret ", E(GS, g.alnum(64, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_")), "\n")
    if v == 2:
        return T("curl -s \"https://api.airtable.com/v0/app", g.alnum(14), "/Incidents\" -H \"Authorization: Bearer ", E(AK, "pat" + g.alnum(14) + "." + g.hex(64)), "\"")
    if v == 3:
        return T("CONTENTFUL_SPACE_ID=", g.alnum(12, "abcdefghijklmnopqrstuvwxyz0123456789"), "\nCONTENTFUL_MANAGEMENT_TOKEN=", E(AK, "CFPAT-" + g.alnum(43, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_")), "\n")
    if v == 4:
        return T("mailchimp_marketing.Client().set_config({\"api_key\": \"", E(GS, g.hex(32) + "-us" + str(g.n(2, 21))), "\", \"server\": \"us14\"})")
    if v == 5:
        return T("SQUARE_ENVIRONMENT=production\nSQUARE_ACCESS_TOKEN=", E(AK, "EAAA" + g.alnum(60, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_")), "\n")
    if v == 6:
        return T("$ sf org display --target-org prod --verbose\n...\nSfdx Auth Url   force://PlatformCLI::", E(GS, "5Aep861" + g.alnum(80, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._")), "@acme.my.salesforce.com\n")
    if v == 7:
        return T("CLOUDINARY_URL=cloudinary://", E(US, g.digits(15) + ":" + g.alnum(27, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_")), "@acme-media\n")
    if v == 8:
        return T("$ SNOWSQL_PWD='", E(GS, pw(g)), "' snowsql -a xy12345.eu-central-1 -u LOADER -d RAW -s PUBLIC -q 'select 1'")
    return T("plaid:\n  client_id: ", g.hex(24), "\n  secret: ", E(GS, g.hex(30)), "\n  env: production\n")


def f_ci_other(g):
    """Azure Pipelines ##vso, TeamCity service messages, Bamboo env dumps, Bitbucket Pipelines set -x, AppVeyor plain env, Nx/Turbo tokens."""
    v = g.n(0, 6)
    if v == 0:
        return T("2026-12-06T10:14:03.1122334Z ##[section]Starting: Set DB password\n2026-12-06T10:14:03.4420011Z ##vso[task.setvariable variable=DB_PASSWORD;issecret=false]", E(GS, pw(g)), "\n")
    if v == 1:
        return T("[10:14:03] : ##teamcity[setParameter name='env.DEPLOY_TOKEN' value='", E(GS, g.alnum(40)), "']\n[10:14:03] : Step 3/5: Deploy (Command Line)")
    if v == 2:
        return T("build\t06-Dec-2026 10:14:03\tbamboo_buildNumber=412\nbuild\t06-Dec-2026 10:14:03\tbamboo_NEXUS_PASS=", E(GS, pw(g)), "\nbuild\t06-Dec-2026 10:14:03\tbamboo_planKey=OPS-DEPLOY\n")
    if v == 3:
        u = "pipelines-bot"
        return T("+ curl -sf -u ", E(BA, u + ":" + g.alnum(20)), " https://api.bitbucket.org/2.0/repositories/acme/orders/pullrequests\n")
    if v == 4:
        return T("environment:\n  matrix:\n    - PYTHON: \"C:\\\\Python312-x64\"\n  SIGNING_PASSWORD: ", E(GS, pw(g)), "\n  NUGET_KEY:\n    secure: ", g.b64(48), "\n")
    if v == 5:
        return T("> nx run-many -t build --parallel=3\n NX   NX_CLOUD_ACCESS_TOKEN=", E(GS, g.b64(60)[:80]), " read-write\n")
    return T("$ TURBO_TEAM=acme TURBO_TOKEN=", E(GS, g.alnum(24)), " npx turbo run build --filter=web\n")


def f_password_tools(g):
    """bw get item, Get-Secret -AsPlainText, ejson decrypt, kpcli show -f, envchain, aws-vault exec env, teller, dotenv-vault."""
    v = g.n(0, 7)
    p = pw(g)
    if v == 0:
        return T("$ bw get item \"vpn-gateway\" | jq .login\n{\n  \"uris\": [{\"match\": null, \"uri\": \"https://vpn.example.net\"}],\n  \"username\": \"netops\",\n  \"password\": \"", E(GS, p), "\",\n  \"totp\": null\n}")
    if v == 1:
        return T("PS C:\\> Get-Secret -Name SqlSa -Vault LocalStore -AsPlainText\n", E(GS, p), "\nPS C:\\>")
    if v == 2:
        return T("$ ejson decrypt config/secrets.prod.ejson\n{\n  \"_public_key\": \"", g.hex(64), "\",\n  \"stripe_webhook\": \"", E(GS, "whsec_" + g.alnum(32)), "\",\n  \"db_password\": \"", E(GS, p), "\"\n}")
    if v == 3:
        return T("kpcli:/Root/Infra> show -f 4\n\nTitle: iLO rack 12\nUname: Administrator\n Pass: ", E(GS, p), "\n  URL: https://", E("IPV4", g.ipv4_private()), "\nNotes: \n")
    if v == 4:
        return T("$ envchain aws env | grep AWS_\nAWS_ACCESS_KEY_ID=", E("AWS_ACCESS_KEY", "AKIA" + g.alnum(16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")), "\nAWS_SECRET_ACCESS_KEY=", E("AWS_SECRET_KEY", g.alnum(40, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789+/")), "\n")
    if v == 5:
        return T("$ teller show\n-*- teller: loaded variables for orders using teller.yml -*-\n[vault (kv2)]: DB_PASSWORD = ", E(GS, p), "\n[vault (kv2)]: DB_USER = orders\n")
    if v == 6:
        return T("$ npx dotenv-vault decrypt $DOTENV_KEY\nDATABASE_PASSWORD=\"", E(GS, p), "\"\nLOG_LEVEL=\"info\"\n")
    return T("$ pwsafe -u -p --exact \"Cisco/core-sw1\"\nGoing to copy password for Cisco/core-sw1 to stdout\n", E(GS, p), "\n")


def f_key_dumps(g):
    """Key material printed by tools: SSLKEYLOGFILE, ip xfrm state, dmsetup --showkeys, LUKS master key, BitLocker and FileVault recovery keys, openssl enc -K, PKCS#12 base64, BIP39 mnemonic."""
    v = g.n(0, 8)
    if v == 0:
        return T("$ tail -2 /tmp/sslkeys.log\nCLIENT_RANDOM ", g.hex(64), " ", E(GS, g.hex(96)), "\nCLIENT_TRAFFIC_SECRET_0 ", g.hex(64), " ", E(GS, g.hex(64)), "\n")
    if v == 1:
        return T("$ sudo ip xfrm state\nsrc ", E("IPV4", g.ipv4_public()), " dst ", E("IPV4", g.ipv4_public()), "\n\tproto esp spi 0xc3a1f00d reqid 1 mode tunnel\n\treplay-window 0 flag af-unspec\n\tauth-trunc hmac(sha256) ", E(GS, "0x" + g.hex(64)), " 128\n\tenc cbc(aes) ", E(GS, "0x" + g.hex(64)), "\n")
    if v == 2:
        return T("# dmsetup table --showkeys luks-", g.uuid(), "\n0 976746496 crypt aes-xts-plain64 ", E(GS, g.hex(128)), " 0 259:2 32768\n")
    if v == 3:
        mk = "\n\t\t".join(" ".join(g.hex(2) for _ in range(16)) for _ in range(4))
        return T("# cryptsetup luksDump --dump-master-key /dev/nvme0n1p3\n...\nMK bits: \t512\nMK dump:\t", E(GS, mk), "\n")
    if v == 4:
        rk = "-".join("%06d" % (11 * g.n(0, 59577)) for _ in range(8))
        return T("PS C:\\> manage-bde -protectors -get C:\n\nVolume C: [OS]\nAll Key Protectors\n\n    Numerical Password:\n      ID: {", g.uuid().upper(), "}\n      Password:\n        ", E(GS, rk), "\n")
    if v == 5:
        rk = "-".join(g.alnum(4, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6))
        return T("$ sudo fdesetup changerecovery -personal\nEnter the user name:admin\nEnter the password for user 'admin':\nNew personal recovery key = '", E(GS, rk), "'\n")
    if v == 6:
        return T("$ openssl enc -aes-256-cbc -K ", E(GS, g.hex(64)), " -iv ", g.hex(32), " -in backup.tar -out backup.tar.enc\n")
    if v == 7:
        blob = "MIIK" + g.b64(540)
        return T("apiVersion: v1\nkind: Secret\nmetadata:\n  name: kafka-client-keystore\ntype: Opaque\ndata:\n  keystore.p12: ", E(PK, blob), "\n  keystore-password: ", E(GS, g.b64_of(pw(g))), "\n")
    words = ["abandon", "harbor", "velvet", "orbit", "canyon", "dismiss", "lemon", "salute", "tribe", "funny", "glare", "ostrich", "pepper",
             "rescue", "whale", "anchor", "brisk", "coral", "denial", "estate", "fiber", "goose", "hybrid", "index"]
    m = " ".join(g.pick(words) for _ in range(g.pick([12, 24])))
    return T("wallet-backup.txt (found on the build host):\nRecovery phrase: ", E(PK, m), "\nDerivation: m/44'/60'/0'/0\n")


def f_db_tools(g):
    """cqlsh, nodetool -pw, FreeTDS tsql -P, unixODBC isql, sqsh -P, Derby ij, SQLCipher PRAGMA key, Percona DSN p=, xtrabackup, sysbench, valkey-cli."""
    v = g.n(0, 10)
    p = pw(g, "=,")
    if v == 0:
        return T("$ cqlsh cass-3.eu.example.net 9042 -u ops_admin -p '", E(GS, p), "' -e 'DESCRIBE KEYSPACES'")
    if v == 1:
        return T("$ nodetool -h cass-3.eu.example.net -u jmxadmin -pw ", E(GS, p), " status orders_ks")
    if v == 2:
        return T("$ tsql -H sql-01.example -p 1433 -U 'CORP\\svc_etl' -P '", E(GS, p), "'\nlocale is \"C.UTF-8\"\n1>")
    if v == 3:
        return T("$ isql -v ORDERS_DSN ordsvc ", E(GS, p), "\n+---------------------------------------+\n| Connected!                            |\n")
    if v == 4:
        return T("$ sqsh -S SYB_PROD -U sa -P ", E(GS, p), " -D master -C 'sp_who'")
    if v == 5:
        return T("ij> connect 'jdbc:derby://derby-1.example:1527/ledger;user=ledger;password=", E(CS, p), "';\nij> select count(*) from entries;")
    if v == 6:
        return T("sqlite> PRAGMA key = '", E(GS, p), "';\nsqlite> PRAGMA cipher_version;\n4.6.1 community")
    if v == 7:
        return T("$ pt-online-schema-change --alter \"ADD COLUMN note TEXT\" D=shop,t=orders,h=db-ro-2.dc1.internal,u=ptosc,p=", E(GS, p), " --execute")
    if v == 8:
        return T("$ xtrabackup --backup --user=backup --password='", E(GS, p), "' --target-dir=/backups/2026-12-06\n2026-12-06T02:00:01.114 0 [Note] [MY-011825] [Xtrabackup] recognized server arguments: --datadir=/var/lib/mysql")
    if v == 9:
        return T("sysbench oltp_read_write --mysql-host=db-bench.example --mysql-user=sbtest --mysql-password=", E(GS, p), " --tables=16 --threads=64 run")
    return T("$ valkey-cli -h cache-1.example --user app --pass ", E(GS, p), " --no-auth-warning PING\nPONG")


def f_netos_more(g):
    """Arista EOS, Huawei VRP, HPE Comware, Dell OS10, OpenWrt UCI, DD-WRT nvram, Cisco WLC PSK, Aruba, Nokia SR OS."""
    v = g.n(0, 8)
    p = pw(g, "%")
    if v == 0:
        return T("leaf1#show running-config section username\nusername admin privilege 15 role network-admin secret 0 ", E(GS, p), "\nusername netbox privilege 1 nopassword\n")
    if v == 1:
        return T("[HUAWEI-aaa] local-user netops password irreversible-cipher ", E(GS, "$1c$" + g.alnum(40, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789+/.!") + "$"), "\n[HUAWEI-aaa] local-user netops service-type ssh\n")
    if v == 2:
        return T("[H3C] local-user admin class manage\n[H3C-luser-manage-admin] password simple ", E(GS, p), "\n[H3C-luser-manage-admin] service-type ssh\n")
    if v == 3:
        return T("OS10(config)# username ops password ", E(GS, p), " role sysadmin priv-lvl 15\n")
    if v == 4:
        return T("root@OpenWrt:~# uci show wireless.default_radio0\nwireless.default_radio0=wifi-iface\nwireless.default_radio0.ssid='Plant-Floor'\nwireless.default_radio0.encryption='psk2'\nwireless.default_radio0.key='", E(GS, p), "'\n")
    if v == 5:
        return T("root@DD-WRT:~# nvram show | grep -E 'http_passwd|wl0_wpa_psk'\nhttp_passwd=", E(GS, "$1$" + g.alnum(8) + "$" + g.alnum(22, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789./")), "\nwl0_wpa_psk=", E(GS, p), "\n")
    if v == 6:
        return T("(Cisco Controller) >config wlan security wpa akm psk set-key ascii ", E(GS, p), " 3\n")
    if v == 7:
        return T("(aruba-mm) [mynode] (config) #mgmt-user localadmin root ", E(GS, p), "\n")
    return T("A:sr1# configure system security user \"noc\" password \"", E(GS, p), "\"\n")


def f_iot_radio(g):
    """LoRaWAN AppKey/NwkKey (ChirpStack, TTN CLI), Thread network key and PSKc (ot-ctl), Z-Wave S2 keys (zwave-js), OctoPrint and Moonraker API keys, RTSP camera URLs."""
    v = g.n(0, 6)
    if v == 0:
        return T("$ ttn-lw-cli end-devices get --application-id plant-sensors --device-id temp-17 --root-keys\n{\n  \"ids\": {\"device_id\": \"temp-17\", \"dev_eui\": \"", g.hex(16, True), "\", \"join_eui\": \"", g.hex(16, True), "\"},\n  \"root_keys\": {\n    \"app_key\": {\"key\": \"", E(GS, g.hex(32, True)), "\"},\n    \"nwk_key\": {\"key\": \"", E(GS, g.hex(32, True)), "\"}\n  }\n}")
    if v == 1:
        return T("> dataset active\nActive Timestamp: 1\nChannel: 15\nExt PAN ID: ", g.hex(16), "\nNetwork Key: ", E(GS, g.hex(32)), "\nNetwork Name: OpenThread-", g.hex(4), "\nPAN ID: 0x", g.hex(4), "\nPSKc: ", E(GS, g.hex(32)), "\nDone\n")
    if v == 2:
        return T("securityKeys: {\n  S2_Unauthenticated: \"", E(GS, g.hex(32, True)), "\",\n  S2_Authenticated: \"", E(GS, g.hex(32, True)), "\",\n  S0_Legacy: \"", E(GS, g.hex(32, True)), "\",\n},")
    if v == 3:
        return T("curl -s -H \"X-Api-Key: ", E(GS, g.hex(32, True)), "\" http://octopi.local/api/job | jq .state")
    if v == 4:
        return T("2026-12-06 09:12:44,118 [authorization.py:_check_api_key()] - Api key set: ", E(GS, g.hex(32)), "\n")
    if v == 5:
        return T("cameras:\n  dock_door:\n    ffmpeg:\n      inputs:\n        - path: rtsp://", E(US, "admin:" + pw(g, "@:/")), "@", E("IPV4", g.ipv4_private()), ":554/Streaming/Channels/101\n")
    return T("ChirpStack device keys (exported by the integration team):\ndev_eui,app_key\n", g.hex(16), ",", E(GS, g.hex(32)), "\n")


def f_remote_access(g):
    """TeamViewer and AnyDesk passwords in tickets, RustDesk, vncpasswd -f, x11vnc, Guacamole user-mapping and properties, MeshCentral."""
    v = g.n(0, 7)
    p = pw(g)
    if v == 0:
        return T("[Ticket #48213] Remote session for the POS server\nTeamViewer ID: ", " ".join([g.digits(1), g.digits(3), g.digits(3), g.digits(3)]), "\nPassword: ", E(GS, g.alnum(6, "abcdefghijkmnpqrstuvwxyz23456789")), "\nPlease connect after 18:00.")
    if v == 1:
        return T("C:\\> echo ", E(GS, p), " | \"C:\\Program Files (x86)\\AnyDesk\\AnyDesk.exe\" --set-password\nC:\\> \"C:\\Program Files (x86)\\AnyDesk\\AnyDesk.exe\" --get-id\n", g.digits(10))
    if v == 2:
        return T("$ sudo rustdesk --password '", E(GS, p), "'\nDone!\n")
    if v == 3:
        return T("$ echo '", E(GS, g.alnum(8)), "' | vncpasswd -f | xxd -p\n", E(GS, g.hex(16)), "\n")
    if v == 4:
        return T("x11vnc -display :0 -forever -shared -rfbport 5901 -passwd ", E(GS, p), " -o /var/log/x11vnc.log")
    if v == 5:
        return T("<user-mapping>\n  <authorize username=\"support\" password=\"", E(GS, p), "\">\n    <connection name=\"kiosk-7\">\n      <protocol>rdp</protocol>\n      <param name=\"hostname\">kiosk-7.store.example</param>\n      <param name=\"password\">", E(GS, pw(g)), "</param>\n    </connection>\n  </authorize>\n</user-mapping>")
    if v == 6:
        return T("# /etc/guacamole/guacamole.properties\nmysql-hostname: db-ro-2.dc1.internal\nmysql-database: guacamole_db\nmysql-username: guacamole_user\nmysql-password: ", E(GS, p), "\n")
    return T("{\n  \"settings\": {\n    \"cert\": \"mesh.example.com\",\n    \"sessionKey\": \"", E(GS, g.alnum(48)), "\",\n    \"port\": 443\n  }\n}")


def f_chat_paste(g):
    """Secrets pasted into chat exports not used before: Telegram Desktop JSON, DiscordChatExporter, WhatsApp iOS, Skype, weechat, Threema, Keybase."""
    v = g.n(0, 6)
    p = pw(g)
    name = latin_name(g, g.pick(["frisian", "sardinian", "slovene", "akan"]))
    if v == 0:
        return T("{\n   \"id\": ", str(g.n(100000, 999999)), ",\n   \"type\": \"message\",\n   \"date\": \"2026-12-06T14:03:11\",\n   \"from\": \"", E("PERSON", name), "\",\n   \"from_id\": \"user", g.digits(9), "\",\n   \"text\": \"vpn pass for tonight: ", E(GS, p), "\"\n}")
    if v == 1:
        return T("[06-Dec-26 03:04 PM] noc-bot\nDeploy finished.\n\n[06-Dec-26 03:05 PM] ", E("PERSON", name), "\nhere's the grafana admin pw ", E(GS, p), " change it after\n")
    if v == 2:
        return T("[06/12/2026, 15:04:11] ", E("PERSON", name), ": The router admin login is admin / ", E(GS, p), "\n[06/12/2026, 15:04:40] ", E("PERSON", latin_name(g, "chamorro")), ": thanks, in now\n")
    if v == 3:
        return T("[2026-12-06 15:04:11] ", E("PERSON", name), ": sftp creds for the bank drop: acme_upload ", E(GS, p), "\n")
    if v == 4:
        return T("2026-12-06 15:04:11\t@ops-lead\tuse token ", E(GS, g.alnum(40)), " for the status page API\n2026-12-06 15:04:30\t--\tops-lead has quit (Quit: bye)\n")
    if v == 5:
        return T("06/12/2026 15:04 ", E("PERSON", name), ": Passwort für den Drucker-Admin: ", E(GS, p), "\n")
    return T("[2026-12-06 15:04:11 UTC] ops_keybase: `ssh-add` key passphrase is ", E(GS, p), " — rotating Monday\n")


def f_mobile_sign(g):
    """App-specific passwords for altool/notarytool, apksigner/bundletool/jarsigner pass:, build.gradle signingConfigs, Firebase functions:config:get, HMS agconnect client_secret."""
    v = g.n(0, 6)
    asp = "-".join(g.alnum(4, "abcdefghijklmnopqrstuvwxyz") for _ in range(4))
    p = pw(g, "$")
    if v == 0:
        return T("$ xcrun altool --upload-app -f build/Acme.ipa -t ios -u ", E("EMAIL", email(g, "release")), " -p ", E(GS, asp), "\n")
    if v == 1:
        return T("$ xcrun notarytool store-credentials \"AC_NOTARY\" --apple-id ", E("EMAIL", email(g, "release")), " --team-id ", g.alnum(10, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"), " --password ", E(GS, asp), "\n")
    if v == 2:
        return T("$ apksigner sign --ks release.jks --ks-key-alias upload --ks-pass pass:", E(GS, p), " --key-pass pass:", E(GS, pw(g, "$")), " app-release.apk")
    if v == 3:
        return T("java -jar bundletool.jar build-apks --bundle=app.aab --output=app.apks --ks=upload.jks --ks-pass=pass:", E(GS, p), " --ks-key-alias=upload")
    if v == 4:
        return T("android {\n    signingConfigs {\n        release {\n            storeFile file(\"../keys/release.jks\")\n            storePassword \"", E(GS, p), "\"\n            keyAlias \"release\"\n            keyPassword \"", E(GS, pw(g, "$")), "\"\n        }\n    }\n}")
    if v == 5:
        return T("$ firebase functions:config:get\n{\n  \"stripe\": {\n    \"secret\": \"", E(AK, "sk_live_" + g.alnum(99)[:24]), "\"\n  },\n  \"mailer\": {\n    \"password\": \"", E(GS, p), "\"\n  }\n}")
    return T("{\n  \"client\": {\n    \"app_id\": \"", g.digits(9), "\",\n    \"client_id\": \"", g.digits(18), "\",\n    \"client_secret\": \"", E(GS, g.hex(64, True)), "\",\n    \"package_name\": \"com.acme.field\"\n  }\n}")


def f_http_headers2(g):
    """Consul/Nomad tokens, NetBox Token, Elastic ApiKey, FCM legacy key=, Zoho-oauthtoken, Tableau auth, Proxy-Authorization Basic, connect.sid."""
    v = g.n(0, 7)
    if v == 0:
        return T("$ curl -s -H \"X-Consul-Token: ", E(GS, g.uuid()), "\" http://127.0.0.1:8500/v1/kv/orders/config?raw")
    if v == 1:
        return T("NOMAD_ADDR=https://nomad.example:4646 NOMAD_TOKEN=", E(GS, g.uuid()), " nomad job status orders")
    if v == 2:
        return T("curl -s -H \"Authorization: Token ", E(GS, g.hex(40)), "\" -H \"Accept: application/json\" https://netbox.example/api/dcim/devices/?site=ams1")
    if v == 3:
        return T("GET /_cat/indices?v HTTP/1.1\nHost: es-logs.example:9200\nAuthorization: ApiKey ", E(GS, g.b64_of(g.alnum(20) + ":" + g.alnum(22))), "\n")
    if v == 4:
        return T("POST /fcm/send HTTP/1.1\nAuthorization: key=", E(AK, "AAAA" + g.alnum(7) + ":APA91b" + g.alnum(134, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_")), "\nContent-Type: application/json\n")
    if v == 5:
        return T("curl https://www.zohoapis.eu/crm/v6/Leads -H \"Authorization: Zoho-oauthtoken ", E(BT, "1000." + g.hex(32) + "." + g.hex(32)), "\"")
    if v == 6:
        return T("CONNECT api.partner.example:443 HTTP/1.1\nHost: api.partner.example:443\nProxy-Authorization: Basic ", E(BA, g.b64_of("svc-egress:" + pw(g, ":"))), "\nUser-Agent: curl/8.5.0\n")
    return T("GET /admin/queues HTTP/1.1\nHost: ops.example\nCookie: _ga=GA1.2.", g.digits(9), ".", g.digits(10), "; connect.sid=", E(GS, "s%3A" + g.alnum(32, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_") + "." + g.b64(32, pad=False).replace("+", "%2B").replace("/", "%2F")), "\n")


def f_windows_admin(g):
    """dsadd -pwd, netdom /PasswordD:, Sysinternals autologon, appcmd processModel.password, psexec -p, reg add DefaultPassword, Add-Computer."""
    v = g.n(0, 6)
    p = pw(g, "^%")
    if v == 0:
        return T("C:\\> dsadd user \"CN=svc-print,OU=Service,DC=corp,DC=example\" -samid svc-print -pwd ", E(GS, p), " -pwdneverexpires yes\ndsadd succeeded:CN=svc-print,OU=Service,DC=corp,DC=example")
    if v == 1:
        return T("C:\\> netdom join %COMPUTERNAME% /domain:corp.example /UserD:corp\\joiner /PasswordD:", E(GS, p), " /reboot:10")
    if v == 2:
        return T("C:\\Tools\\Sysinternals> autologon64.exe kiosk STORE17 ", E(GS, p), " /accepteula\nAutologon successfully configured.")
    if v == 3:
        return T("%windir%\\system32\\inetsrv\\appcmd set apppool /apppool.name:OrdersPool /processModel.identityType:SpecificUser /processModel.userName:CORP\\svc-orders /processModel.password:", E(GS, p))
    if v == 4:
        return T("PsExec v2.43 - Execute processes remotely\n> psexec \\\\pos-0412 -u STORE\\support -p ", E(GS, p), " -h cmd /c ipconfig /flushdns")
    if v == 5:
        return T("reg add \"HKLM\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Winlogon\" /v DefaultPassword /t REG_SZ /d \"", E(GS, p), "\" /f")
    return T("PS> $cred = New-Object pscredential('CORP\\joiner', (ConvertTo-SecureString '", E(GS, p), "' -AsPlainText -Force)); Add-Computer -DomainName corp.example -Credential $cred -Restart")


def f_pkg_registries(g):
    """NuGet ClearTextPassword, Composer auth.json, Bundler BUNDLE_ host credentials, Conan, Hex, RubyGems credentials, Helm repo, jf config, .bazelrc headers, sccache."""
    v = g.n(0, 9)
    p = pw(g, ":")
    if v == 0:
        return T("<packageSourceCredentials>\n  <AcmeFeed>\n    <add key=\"Username\" value=\"ci\" />\n    <add key=\"ClearTextPassword\" value=\"", E(GS, p), "\" />\n  </AcmeFeed>\n</packageSourceCredentials>")
    if v == 1:
        return T("{\n    \"http-basic\": {\n        \"repo.pkg.example.io\": {\n            \"username\": \"composer\",\n            \"password\": \"", E(GS, p), "\"\n        }\n    }\n}")
    if v == 2:
        return T("$ bundle config\nSettings are listed in order of priority.\nBUNDLE_GEMS__CONTRIBSYS__COM\nSet for your local app (/srv/app/.bundle/config): \"", E(GS, g.hex(8) + ":" + g.hex(8)), "\"\n")
    if v == 3:
        return T("$ conan remote login artifactory deployer -p ", E(GS, p), "\nChanged user of remote 'artifactory' from 'None' (anonymous) to 'deployer' (authenticated)")
    if v == 4:
        return T("$ mix hex.organization auth acme --key ", E(GS, g.hex(32)), "\n")
    if v == 5:
        return T("$ cat ~/.gem/credentials\n---\n:rubygems_api_key: ", E(AK, "rubygems_" + g.hex(48)), "\n")
    if v == 6:
        return T("$ helm repo add internal https://charts.example.io --username helm-ci --password ", E(GS, p), "\n\"internal\" has been added to your repositories")
    if v == 7:
        return T("$ jf c add prod --url=https://acme.jfrog.io --user=ci-bot --password=", E(GS, p), " --interactive=false")
    if v == 8:
        return T("# .bazelrc.user\nbuild --remote_cache=grpcs://remote.buildbuddy.io\nbuild --remote_header=x-buildbuddy-api-key=", E(GS, g.alnum(20)), "\n")
    return T("SCCACHE_REDIS=redis://:", E(CS, p), "@cache-1.example:6379/2 cargo build --release")


def f_workflow_engines(g):
    """Airflow connections and fernet key, Prefect blocks, Luigi, Rundeck, Celery broker URLs, Temporal, Dagster."""
    v = g.n(0, 6)
    p = pw(g, "@:/")
    if v == 0:
        return T("$ airflow connections add 'warehouse' --conn-type postgres --conn-host dwh.example --conn-login etl --conn-password '", E(GS, p), "' --conn-port 5432\nSuccessfully added `conn_id`=warehouse")
    if v == 1:
        return T("[core]\ndags_folder = /opt/airflow/dags\nfernet_key = ", E(GS, g.b64(32, url=True)), "\nexecutor = CeleryExecutor\n")
    if v == 2:
        return T("AIRFLOW_CONN_WAREHOUSE='postgresql://", E(CS, "etl:" + p), "@dwh.example:5432/analytics'")
    if v == 3:
        return T(">>> from prefect.blocks.system import Secret\n>>> Secret(value=\"", E(GS, p), "\").save(\"sftp-password\", overwrite=True)\nUUID('", g.uuid(), "')")
    if v == 4:
        return T("# /etc/rundeck/project.properties\nproject.plugin.ResourceModelSource.1.type=url\nproject.ssh-password-storage-path=keys/ops/ssh\nproject.winrm-password=", E(GS, p), "\n")
    if v == 5:
        return T("[2026-12-06 02:00:01,004: INFO/MainProcess] Connected to amqp://", E(CS, "celery:" + p), "@rabbit-1.example:5672/jobs\n")
    return T("resources:\n  warehouse:\n    config:\n      host: dwh.example\n      user: dagster\n      password: ", E(GS, p), "\n")


def f_http_clients(g):
    """httpie -a, wget --http-password, aria2c, xh, hurl [BasicAuth], ab -A, hey -a, grpcurl -H, websocat, curl --oauth2-bearer."""
    v = g.n(0, 9)
    p = pw(g, ":@")
    if v == 0:
        return T("$ http -a ", E(BA, "monitor:" + p), " GET https://ops.example/health")
    if v == 1:
        return T("$ wget --user=mirror --http-password='", E(GS, p), "' -r -np https://repo.pkg.example.io/debian/")
    if v == 2:
        return T("$ aria2c --http-user=dl --http-passwd=", E(GS, p), " -x8 https://downloads.example/iso/v12.iso")
    if v == 3:
        return T("$ xh -A bearer -a ", E(BT, g.alnum(48, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_")), " get https://api.example.net/v1/me")
    if v == 4:
        return T("GET https://ops.example/admin\n[BasicAuth]\nmonitor: ", E(GS, p), "\nHTTP 200\n")
    if v == 5:
        return T("$ ab -n 2000 -c 50 -A ", E(BA, "loadtest:" + p), " https://staging.example/api/orders")
    if v == 6:
        return T("$ hey -n 500 -c 20 -a ", E(BA, "loadtest:" + p), " https://staging.example/api/orders")
    if v == 7:
        return T("$ grpcurl -H 'authorization: Bearer ", E(BT, g.alnum(64)), "' orders.example:443 acme.orders.v1.Orders/ListOrders")
    if v == 8:
        return T("$ websocat -H 'X-Auth-Token: ", E(GS, g.hex(40)), "' wss://stream.example/ticks")
    return T("$ curl --oauth2-bearer ", E(BT, g.alnum(56)), " https://api.example.net/v2/reports")


def f_mail_clients(g):
    """fetchmailrc, muttrc imap_pass/smtp_url, msmtprc, offlineimaprc, mbsyncrc, aerc accounts.conf, POP3 transcript."""
    v = g.n(0, 6)
    p = pw(g, "@:/")
    if v == 0:
        return T("poll mail.corp.example protocol IMAP\n  user \"scanner\" there with password \"", E(GS, p), "\" is scanner here\n  ssl\n")
    if v == 1:
        return T("set imap_user = \"alerts@corp.example\"\nset imap_pass = \"", E(GS, p), "\"\nset smtp_url = \"smtps://", E(US, "alerts:" + pw(g, "@:/")), "@mail.corp.example:465/\"\n")
    if v == 2:
        return T("account default\nhost mail.corp.example\nport 587\nauth on\nuser cron-mailer\npassword ", E(GS, p), "\ntls on\n")
    if v == 3:
        return T("[Repository remote]\ntype = IMAP\nremotehost = mail.corp.example\nremoteuser = archive\nremotepass = ", E(GS, p), "\nsslcacertfile = /etc/ssl/certs/ca-certificates.crt\n")
    if v == 4:
        return T("IMAPAccount work\nHost mail.corp.example\nUser archive\nPass ", E(GS, p), "\nSSLType IMAPS\n")
    if v == 5:
        return T("[work]\nsource   = imaps://", E(US, "archive:" + p), "@mail.corp.example\noutgoing = smtp+plain://archive@mail.corp.example:587\n")
    return T("$ openssl s_client -quiet -connect mail.corp.example:995\n+OK Dovecot ready.\nUSER scanner\n+OK\nPASS ", E(GS, p), "\n+OK Logged in.\n")


def f_enterprise_apps(g):
    """SAP hdbuserstore/sapcontrol/sapnwrfc.ini, Oracle mkstore, Siebel srvrmgr, Informatica infacmd, Tableau tsm."""
    v = g.n(0, 6)
    p = pw(g)
    if v == 0:
        return T("hdbadm@hana01:/usr/sap/HDB/HDB00> hdbuserstore SET BACKUPKEY hana01:30015 BACKUP_OPERATOR ", E(GS, p), "\nhdbadm@hana01:/usr/sap/HDB/HDB00> hdbuserstore LIST BACKUPKEY")
    if v == 1:
        return T("$ sapcontrol -nr 00 -host s4app1 -user s4hadm ", E(GS, p), " -function GetProcessList\n06.12.2026 14:02:11\nGetProcessList\nOK")
    if v == 2:
        return T("DEST=S4H_PROD\nASHOST=s4app1.example\nSYSNR=00\nCLIENT=100\nUSER=RFC_BRIDGE\nPASSWD=", E(GS, p), "\nLANG=EN\n")
    if v == 3:
        return T("$ mkstore -wrl /u01/app/oracle/wallet -createCredential ORCLPDB1 app_user ", E(GS, p), "\nOracle Secret Store Tool Release 19.0.0.0.0 - Production")
    if v == 4:
        return T("srvrmgr /g gw01.example:2320 /e SBA_82 /s sblapp1 /u SADMIN /p ", E(GS, p), "\nSiebel Enterprise Applications Siebel Server Manager, Version 17.0.0.0")
    if v == 5:
        return T("./infacmd.sh isp ListServices -dn Domain_Prod -un Administrator -pd ", E(GS, p), " -st DIS")
    return T("$ tsm login -u tsmadmin -p '", E(GS, p), "'\nSuccessfully logged in.\n$ tsm status -v")


def f_registry_clis(g):
    """crictl --creds, ctr --user, nerdctl/podman login -p, skopeo --src-creds, buildah --creds, oras login -p, regctl."""
    v = g.n(0, 6)
    p = pw(g, ":@")
    if v == 0:
        return T("$ sudo crictl pull --creds ", E(BA, "puller:" + p), " registry.example.io/orders/api:1.14.2")
    if v == 1:
        return T("$ sudo ctr -n k8s.io images pull --user ", E(BA, "puller:" + p), " registry.example.io/orders/api:1.14.2")
    if v == 2:
        return T("$ nerdctl login -u robot\\$ci -p ", E(GS, p), " registry.example.io\nLogin Succeeded")
    if v == 3:
        return T("$ skopeo copy --src-creds ", E(BA, "mirror:" + p), " docker://registry.example.io/base/ubi9:9.5 dir:/tmp/ubi9")
    if v == 4:
        return T("$ buildah push --creds ", E(BA, "ci-push:" + p), " localhost/orders-api:dev docker://registry.example.io/orders/api:dev")
    if v == 5:
        return T("$ oras login registry.example.io -u artifacts -p ", E(GS, p), "\nWARNING! Using --password via the CLI is insecure. Use --password-stdin.\nLogin Succeeded")
    return T("$ podman login --username ci --password ", E(GS, p), " quay.example.io\nLogin Succeeded!")


def f_tunnels(g):
    """cloudflared tunnel tokens, NetBird setup keys, Headscale pre-auth keys, ngrok authtokens, frpc and rathole tokens, inlets."""
    v = g.n(0, 6)
    if v == 0:
        tok = base64.b64encode(json.dumps({"a": g.hex(32), "t": g.uuid(), "s": g.b64(32)}, separators=(",", ":")).encode()).decode()
        return T("$ sudo cloudflared service install ", E(GS, tok), "\n2026-12-06T14:02:11Z INF Using Systemd\n")
    if v == 1:
        return T("$ sudo netbird up --management-url https://netbird.example:443 --setup-key ", E(GS, g.uuid().upper()), "\nConnected")
    if v == 2:
        return T("$ headscale preauthkeys create --user ops --reusable --expiration 24h\n", E(GS, g.hex(48)), "\n")
    if v == 3:
        return T("$ ngrok config add-authtoken ", E(GS, g.alnum(2, "23") + g.alnum(25) + "_" + g.alnum(21)), "\nAuthtoken saved to configuration file: /root/.config/ngrok/ngrok.yml")
    if v == 4:
        return T("# frpc.toml\nserverAddr = \"relay.example.net\"\nserverPort = 7000\nauth.method = \"token\"\nauth.token = \"", E(GS, g.alnum(32)), "\"\n")
    if v == 5:
        return T("[client]\nremote_addr = \"relay.example.net:2333\"\n[client.services.ssh]\ntoken = \"", E(GS, g.alnum(24)), "\"\nlocal_addr = \"127.0.0.1:22\"\n")
    return T("$ inlets-pro tcp client --url wss://relay.example.net:8123 --token ", E(GS, g.alnum(40)), " --upstream 127.0.0.1 --ports 5432")


SECRET_FAMILIES = [f_java_enterprise, f_observability_agents, f_thrift_plist_ron, f_escaped_again, f_cloud_cn, f_saas_tokens, f_ci_other,
                   f_password_tools, f_key_dumps, f_db_tools, f_netos_more, f_iot_radio, f_remote_access, f_chat_paste, f_mobile_sign,
                   f_http_headers2, f_windows_admin, f_pkg_registries, f_workflow_engines, f_http_clients, f_mail_clients,
                   f_enterprise_apps, f_registry_clis, f_tunnels]
