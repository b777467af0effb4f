"""Secret families of unseen15: each f_* takes (rng, k) and returns the pieces of one record; k picks the variant."""
from gen import E, T, rs, hexs, b64, uuid, password, pw_safe, ipv4, ALNUM, HEX, B64URL, LOWER, WORDS  # noqa: F401
import people

G = "GENERIC_SECRET"


def host(r):
    return r.choice(["db", "cache", "mq", "auth", "edge", "ops", "build", "etl"]) + "-%02d" % r.randrange(1, 40) + "." + r.choice(
        ["int.example.net", "prod.corp.example", "dc2.example.org", "lan"])


def user(r):
    return r.choice(["svc_etl", "deploy", "admin", "app_rw", "monitor", "backup", "ops", "ingest", "reporter"])


def tok(r, n=None):
    return rs(r, ALNUM, n or r.randrange(24, 41))


def f_redis_cmds(r, k):
    v = k % 6
    pw, t = pw_safe(r), tok(r)
    if v == 0:
        env = r.choice(["prod", "staging", "eu1", "billing"])
        return [host(r).split(".")[0], ":6379> SET api_key:", env, " \"", E(G, t), "\"\nOK\n", host(r).split(".")[0], ":6379> EXPIRE api_key:", env,
                " 86400\n(integer) 1\n"]
    if v == 1:
        return ["$ redis-cli -h ", ipv4(r, True), " SETEX session:", hexs(r, 8), " ", str(r.choice([900, 1800, 3600])), " ", E(G, rs(r, B64URL, 43)),
                "\nOK\n"]
    if v == 2:
        ts = "%d.%06d" % (r.randrange(1733500000, 1733600000), r.randrange(10 ** 6))
        return ["redis-cli MONITOR\nOK\n", ts, " [0 ", ipv4(r, True), ":", str(r.randrange(30000, 60000)), "] \"SETEX\" \"reset_token:user:",
                str(r.randrange(1000, 99999)), "\" \"900\" \"", E(G, rs(r, HEX, 48)), "\"\n", ts[:-3] + "912", " [0 lua] \"PEXPIRE\" \"lock:reset\" \"500\"\n"]
    if v == 3:
        return ["127.0.0.1:6380> HSET svc:", r.choice(["smtp", "ftp-drop", "payments"]), " user ", user(r), " password ", E(G, pw), " port 587\n(integer) 3\n"]
    if v == 4:
        return ["# seed script, run once per environment\nredis-cli -n 2 MSET cfg:region eu-west cfg:smtp_pass '", E(G, pw),
                "' cfg:retries 5\n"]
    return ["> SET integration:", r.choice(["pagerduty", "opsgenie", "statuspage"]), ":token ", E(G, tok(r, 32)), " EX 2592000 NX\nOK\n"]


def f_kerberos_keys(r, k):
    v = k % 5
    realm = r.choice(["CORP.EXAMPLE.COM", "AD.EXAMPLE.NET", "HADOOP.LAN", "EXAMPLE.ORG"])
    princ = r.choice(["HTTP/web01.", "nfs/filer2.", "hive/etl3.", "host/bastion."]) + r.choice(["example.com", "corp.example.com"]) + "@" + realm
    if v == 0:
        return ["$ klist -kteK /etc/krb5.keytab\nKeytab name: FILE:/etc/krb5.keytab\nKVNO Timestamp           Principal\n---- ------------------- "
                "------------------------------------------------------\n   3 12/01/2026 09:14:02 ", princ,
                " (aes256-cts-hmac-sha1-96)  (0x", E(G, hexs(r, 64)), ")\n   3 12/01/2026 09:14:02 ", princ, " (aes128-cts-hmac-sha1-96)  (0x",
                E(G, hexs(r, 32)), ")\n"]
    if v == 1:
        return ["ktutil:  rkt /etc/security/keytabs/hive.service.keytab\nktutil:  list -k\nslot KVNO Principal\n---- ---- "
                "---------------------------------------------------------------------\n   1    2 ", princ, " (0x", E(G, hexs(r, 64)), ")\n"]
    if v == 2:
        return ["+ echo '", E(G, pw_safe(r)), "' | kinit ", user(r), "@", realm, "\n+ klist -s && echo ticket ok\nticket ok\n"]
    if v == 3:
        return ["ktutil:  addent -key -p ", princ, " -k 4 -e aes256-cts-hmac-sha1-96\nKey for ", princ, " (hex): ", E(G, hexs(r, 64)),
                "\nktutil:  wkt /tmp/svc.keytab\n"]
    return ["msktutil --create --old-account-password '", E(G, pw_safe(r)), "' --service HTTP --hostname ", host(r), " --computer-name WEB",
            str(r.randrange(10, 99)), "\n"]


def f_servlet_xml(r, k):
    v = k % 6
    pw = pw_safe(r)
    if v == 0:
        return ["<servlet>\n  <servlet-name>ReportServlet</servlet-name>\n  <servlet-class>com.example.report.ReportServlet</servlet-class>\n"
                "  <init-param>\n    <param-name>jdbc.password</param-name>\n    <param-value>", E(G, pw), "</param-value>\n  </init-param>\n</servlet>\n"]
    if v == 1:
        return ["<context-param>\n    <param-name>smtp.auth.password</param-name>\n    <param-value>\n        ", E(G, pw),
                "\n    </param-value>\n</context-param>\n"]
    if v == 2:
        return ["<env-entry>\n  <env-entry-name>ldap/bindPassword</env-entry-name>\n  <env-entry-type>java.lang.String</env-entry-type>\n"
                "  <env-entry-value>", E(G, pw), "</env-entry-value>\n</env-entry>\n"]
    if v == 3:
        return ["<ivysettings>\n  <credentials host=\"repo.example.net\" realm=\"Artifactory Realm\" username=\"", user(r), "\" passwd=\"", E(G, pw),
                "\"/>\n</ivysettings>\n"]
    if v == 4:
        return ["<filter>\n  <filter-name>ApiGate</filter-name>\n  <init-param>\n    <param-name>sharedSecret</param-name>\n"
                "    <param-value>", E(G, hexs(r, 40)), "</param-value>\n  </init-param>\n</filter>\n"]
    return ["WEB-INF/web.xml:41:      <param-name>oauth.clientSecret</param-name>\nWEB-INF/web.xml:42:      <param-value>", E(G, tok(r, 40)),
            "</param-value>\n"]


def f_spark_pairs(r, k):
    v = k % 5
    pw = pw_safe(r)
    if v == 0:
        return ["# conf/spark-defaults.conf\nspark.ssl.enabled                 true\nspark.ssl.keyStore                /etc/spark/ssl/ks.jks\n"
                "spark.ssl.keyStorePassword        ", E(G, pw), "\nspark.ssl.protocol                TLSv1.3\n"]
    if v == 1:
        return ["spark.authenticate                true\nspark.authenticate.secret         ", E(G, hexs(r, 32)), "\nspark.network.crypto.enabled      true\n"]
    if v == 2:
        acct = r.choice(["lakeprod", "dlsanalytics", "stgevents"])
        return ["spark.hadoop.fs.azure.account.key.", acct, ".dfs.core.windows.net\t", E(G, b64(r, 64)), "\n"]
    if v == 3:
        return ["$ spark-submit --master yarn --conf spark.ssl.trustStorePassword=", E(G, pw), " --conf spark.executor.memory=8g etl.py\n"]
    return ["flink-conf.yaml:\nsecurity.ssl.internal.keystore-password: ", E(G, pw), "\nsecurity.ssl.internal.key-password: ", E(G, pw_safe(r)), "\n"]


def f_gh_secret_heredoc(r, k):
    v = k % 5
    pw = pw_safe(r)
    repo = r.choice(["acme/payments", "infra/terraform-live", "web/storefront"])
    if v == 0:
        return ["$ gh secret set DB_PASSWORD --repo ", repo, " <<'EOF'\n", E(G, pw), "\nEOF\n✓ Set Actions secret DB_PASSWORD for ", repo, "\n"]
    if v == 1:
        return ["gh secret set SENTRY_AUTH_TOKEN --env production --body \"", E(G, hexs(r, 64)), "\"\n"]
    if v == 2:
        return ["gh secret set -f - --repo ", repo, " <<EOF\nREGISTRY_USER=", user(r), "\nREGISTRY_PASS=", E(G, pw), "\nEOF\n"]
    if v == 3:
        return ["printf '%s' '", E(G, pw), "' | gh secret set SMTP_PASSWORD --org ", repo.split("/")[0], " --visibility all\n"]
    return ["glab variable set DEPLOY_KEY_PASSPHRASE --masked --value '", E(G, pw), "'\n"]


def f_proxy_daemons(r, k):
    v = k % 5
    pw, u = pw_safe(r), user(r)
    if v == 0:
        return ["# /etc/3proxy/3proxy.cfg\nauth strong\nusers ", u, ":CL:", E(G, pw), "\nallow ", u, "\nproxy -p3128\n"]
    if v == 1:
        return ["# tinyproxy.conf\nPort 8888\nBasicAuth ", u, " ", E(G, pw), "\nAllow ", ipv4(r, True), "\n"]
    if v == 2:
        return ["$ gost -L http://", E("URL_CREDENTIALS", u + ":" + pw), "@:8080 -F socks5://", ipv4(r, True), ":1080\n"]
    if v == 3:
        return ["microsocks -i 0.0.0.0 -p 1080 -u ", u, " -P ", E(G, pw), "\n"]
    return ["base {\n  log_debug = off;\n}\nredsocks {\n  local_ip = 127.0.0.1;\n  local_port = 12345;\n  ip = ", ipv4(r, True),
            ";\n  port = 1080;\n  type = socks5;\n  login = \"", u, "\";\n  password = \"", E(G, pw), "\";\n}\n"]


def f_ha_cluster(r, k):
    v = k % 5
    pw = pw_safe(r)
    if v == 0:
        return ["resource r0 {\n  net {\n    cram-hmac-alg sha1;\n    shared-secret \"", E(G, pw), "\";\n  }\n  on node-a { address ", ipv4(r, True),
                ":7789; }\n}\n"]
    if v == 1:
        return ["# pcs host auth node1 node2 -u hacluster -p '", E(G, pw), "'\nnode1: Authorized\nnode2: Authorized\n"]
    if v == 2:
        return ["pcs stonith create ipmi-n1 fence_ipmilan ip=", ipv4(r, True), " username=ADMIN password=", E(G, pw),
                " lanplus=1 pcmk_host_list=node1\n"]
    if v == 3:
        return ["crm configure primitive st-n2 stonith:external/ipmi params hostname=n2 ipaddr=", ipv4(r, True), " userid=root passwd=\"", E(G, pw),
                "\" interface=lanplus\n"]
    return ["ha_cluster_cluster_name: pg-ha\nha_cluster_hacluster_password: ", E(G, pw), "\nha_cluster_manage_firewall: true\n"]


def f_data_tools(r, k):
    v = k % 7
    pw = pw_safe(r)
    if v == 0:
        return ["analytics:\n  target: prod\n  outputs:\n    prod:\n      type: postgres\n      host: ", host(r), "\n      user: dbt_runner\n"
                "      password: ", E(G, pw), "\n      dbname: warehouse\n      schema: marts\n"]
    if v == 1:
        return ["# superset_config.py\nSECRET_KEY = '", E(G, b64(r, 42)), "'\nROW_LIMIT = 5000\n"]
    if v == 2:
        return ["$ iadmin moduser ", user(r), " password ", E(G, pw), "\n$ ils /tempZone/home/", user(r), "\n"]
    if v == 3:
        return ["POST https://gis.example.org/portal/sharing/rest/generateToken\nusername=gisadmin&password=", E(G, pw),
                "&client=referer&referer=https://maps.example.org&f=json\n"]
    if v == 4:
        return ["channels:\n  - https://conda.anaconda.org/t/", E(G, "%s-%s-%s-%s-%s" % (rs(r, LOWER, 2), hexs(r, 8), hexs(r, 4), hexs(r, 4), hexs(r, 12))),
                "/acme-internal\n  - conda-forge\n"]
    if v == 5:
        return ["$ cabal upload --username=", user(r), " --password=", E(G, pw), " dist-newstyle/sdist/ops-metrics-0.4.2.tar.gz\n"]
    return ["# ~/.Renviron\nCONNECT_SERVER=https://connect.example.org\nCONNECT_API_KEY=", E(G, rs(r, ALNUM, 32)), "\n"]


def f_new_vendor_keys(r, k):
    v = k % 10
    A = "API_KEY"
    keys = [
        ("NEON_API_KEY", "napi_" + rs(r, LOWER, 64)),
        ("JIRA_API_TOKEN", "ATATT3xFfGF0" + rs(r, B64URL, 170) + "=" + rs(r, "0123456789ABCDEF", 8)),
        ("CIRCLECI_TOKEN", "CCIPAT_" + rs(r, ALNUM, 22) + "_" + hexs(r, 40)),
        ("DOCKERHUB_TOKEN", "dckr_pat_" + rs(r, B64URL, 27)),
        ("SQUARE_ACCESS_TOKEN", "sq0atp-" + rs(r, B64URL, 22)),
        ("TYPEFORM_TOKEN", "tfp_" + rs(r, ALNUM, 44) + "_" + rs(r, ALNUM, 14)),
        ("FRAMEIO_TOKEN", "fio-u-" + rs(r, B64URL, 64)),
        ("PREFECT_API_KEY", "pnu_" + rs(r, ALNUM, 36)),
        ("FIREWORKS_API_KEY", "fw_" + rs(r, ALNUM, 24)),
        ("OPENROUTER_API_KEY", "sk-or-v1-" + hexs(r, 64)),
    ]
    name, key = keys[v]
    w = r.randrange(4)
    if w == 0:
        return [name, "=", E(A, key), "\n"]
    if w == 1:
        return ["Error: request failed with 401 (token ", E(A, key), " rejected)\n"]
    if w == 2:
        return ["  env:\n    - name: ", name, "\n      value: \"", E(A, key), "\"\n"]
    return ["curl -s -H \"Authorization: Bearer ", E(A, key), "\" https://api.example.com/v1/status\n"]


def f_rare_db_clis(r, k):
    v = k % 6
    pw = pw_safe(r)
    if v == 0:
        return ["surreal start --log info --user root --pass ", E(G, pw), " rocksdb:/var/lib/surreal\n"]
    if v == 1:
        return ["$ surreal sql --endpoint http://", ipv4(r, True), ":8000 --auth-level root -u root -p ", E(G, pw), " --ns ops --db main\n"]
    if v == 2:
        return ["$ isql-fb -user SYSDBA -password ", E(G, pw), " ", host(r), ":/var/lib/firebird/data/erp.fdb\nDatabase: ", host(r), ", User: SYSDBA\n"]
    if v == 3:
        return ["gsec -user sysdba -password ", E(G, pw), " -modify ", user(r), " -pw ", E(G, pw_safe(r)), "\n"]
    if v == 4:
        return ["dbisql -c \"UID=DBA;PWD=", E("CONNECTION_STRING", pw), ";Host=", host(r), ":2638;DBN=demo\" -nogui\n"]
    return ["# ~/.monetdb\nuser=", user(r), "\npassword=", E(G, pw), "\nlanguage=sql\n"]


def f_lisp_fortran_dumps(r, k):
    v = k % 6
    pw, h = pw_safe(r), host(r)
    if v == 0:
        return ["CL-USER> *db*\n#S(DB-CONFIG :HOST \"", h, "\" :PORT 5432 :USER \"", user(r), "\" :PASSWORD \"", E(G, pw), "\")\n"]
    if v == 1:
        return ["&smtp_nml\n  server = '", h, "',\n  user = '", user(r), "',\n  password = '", E(G, pw), "',\n  port = 587\n/\n"]
    if v == 2:
        return [">> cfg\n\ncfg = \n\n  struct with fields:\n\n        host: '", h, "'\n        user: '", user(r), "'\n    password: '", E(G, pw),
                "'\n        port: 1433\n\n"]
    if v == 3:
        return ["Config(host: \"", h, "\", port: 5672, user: \"", user(r), "\", password: \"", E(G, pw), "\")\n"]
    if v == 4:
        return ["> db-settings\n'#hash((host . \"", h, "\") (password . \"", E(G, pw), "\") (user . \"", user(r), "\"))\n"]
    return ["?- current_db(C).\nC = db_config(host('", h, "'), user(", user(r), "), password('", E(G, pw), "')).\n"]


def f_netconf_gnmi(r, k):
    v = k % 5
    pw, ip = pw_safe(r), ipv4(r, True)
    if v == 0:
        return ["$ gnmic -a ", E("IPV4", ip), ":57400 -u admin -p ", E(G, pw), " --insecure get --path /system/state/hostname\n"]
    if v == 1:
        return [">>> m = manager.connect(host=\"", E("IPV4", ip), "\", port=830, username=\"netops\", password=\"", E(G, pw),
                "\", hostkey_verify=False)\n"]
    if v == 2:
        return ["netconf-console2 --host ", E("IPV4", ip), " --port 830 -u admin --password=", E(G, pw), " --get-config\n"]
    if v == 3:
        return ["yangcli> connect server=", E("IPV4", ip), " user=admin password=", E(G, pw), "\n"]
    return ["gnmic set -a ", E("IPV4", ip), ":6030 -u admin -p '", E(G, pw), "' --update-path /system/aaa/authentication/users/user[username=ops]/config/password --update-value '",
            E(G, pw_safe(r)), "'\n"]


def f_mesh_transfer(r, k):
    v = k % 5
    if v == 0:
        return ["{\n    \"privateKey\": \"", E(G, hexs(r, 64)), "\",\n    \"publicKey\": \"", rs(r, "0123456789bcdfghjklmnpqrstuvwxyz", 52),
                ".k\",\n    \"authorizedPasswords\": [\n        {\"password\": \"", E(G, rs(r, LOWER, 30)), "\", \"user\": \"peer-", str(r.randrange(9)), "\"}\n    ]\n}\n"]
    if v == 1:
        return ["<gui enabled=\"true\" tls=\"true\">\n    <address>127.0.0.1:8384</address>\n    <apikey>", E(G, rs(r, ALNUM, 32)),
                "</apikey>\n    <theme>default</theme>\n</gui>\n"]
    if v == 2:
        return ["curl -s -H \"X-API-Key: ", E(G, rs(r, ALNUM, 32)), "\" http://localhost:8384/rest/system/status\n"]
    if v == 3:
        code = "%d-%s-%s-%s" % (r.randrange(1000, 9999), r.choice(WORDS), r.choice(WORDS), r.choice(WORDS))
        return ["$ CROC_SECRET=\"", E(G, code), "\" croc --yes\nReceiving 'db-dump.sql.gz' (412.0 MB)\n"]
    code = "%d-%s-%s" % (r.randrange(2, 99), r.choice(WORDS), r.choice(WORDS))
    return ["$ wormhole receive ", E(G, code), "\nReceiving file (1.2 MB) into: prod-incident.tar.zst\n"]


def f_escape_layers(r, k):
    v = k % 6
    a, b = r.choice(WORDS).capitalize(), str(r.randrange(100, 9999))
    if v == 0:
        return ["[Service]\nEnvironment=\"DB_USER=", user(r), "\" \"DB_PASS=", E(G, a + "\\x40" + b + r.choice(WORDS)), "\"\n"]
    if v == 1:
        return ["export SMTP_PASS=$'", E(G, a + "\\x21" + b + "\\x27" + r.choice(WORDS)), "'\n"]
    if v == 2:
        return ["<connection>\n  <user>", user(r), "</user>\n  <password><![CDATA[", E(G, a + "&<" + b + "]" + r.choice(WORDS)), "]]></password>\n</connection>\n"]
    if v == 3:
        return ["{\"level\":\"debug\",\"msg\":\"loaded config\",\"cfg\":\"{\\\"user\\\":\\\"", user(r), "\\\",\\\"password\\\":\\\"",
                E(G, a + "\\\\u0026" + b), "\\\"}\"}\n"]
    if v == 4:
        return [">>> os.environb[b'BROKER_PASS']\nb'", E(G, a + "\\xc3\\xa9" + b + "\\x21"), "'\n"]
    return ["config: |\n  {\"smtp\": {\"user\": \"", user(r), "\", \"password\": \"", E(G, a + "\\u0026" + b + "\\u003c"), "\"}}\n"]


def f_prose_tickets_lang(r, k):
    v = k % 8
    pw = pw_safe(r)
    lines = [
        ("Tagalog", ["Pakibago po ang password ng VPN. Pansamantalang password: ", E(G, pw), " — palitan pagkatapos mag-login.\n"]),
        ("Slovak", ["Dobrý deň, nové dočasné heslo k účtu je ", E(G, pw), " (platí 24 hodín).\n"]),
        ("Marathi", ["नमस्कार, तुमचा तात्पुरता पासवर्ड ", E(G, pw), " आहे. लॉगिन झाल्यावर बदला.\n"]),
        ("Nepali", ["नमस्ते, तपाईंको नयाँ पासवर्ड ", E(G, pw), " हो, कृपया पहिलो लगइनमा परिवर्तन गर्नुहोस्।\n"]),
        ("Tok Pisin", ["Nupela paswot bilong yu em ", E(G, pw), ". Senisim taim yu login pastaim.\n"]),
        ("Bislama", ["Niufala pasword blong yu hemi ", E(G, pw), ", plis jenisim afta.\n"]),
        ("Assamese", ["আপোনাৰ অস্থায়ী পাছৱৰ্ড হৈছে ", E(G, pw), "। প্ৰথম লগইনৰ পিছত সলনি কৰক।\n"]),
        ("Slovak", ["Heslo pre servisný účet ", user(r), ": ", E(G, pw), "\nProsím, nezdieľajte ho ďalej.\n"]),
    ]
    _, body = lines[v]
    return ["#" + str(r.randrange(10000, 99999)) + " ", body]


def f_secret_stores(r, k):
    v = k % 4
    pw = pw_safe(r)
    if v == 0:
        return ["$ psonoci secret get ", uuid(r), " password\n", E(G, pw), "\n"]
    if v == 1:
        return ["$ prs show infra/", host(r).split(".")[0], " --quiet\n", E(G, pw), "\n"]
    if v == 2:
        return ["$ lesspass ", host(r), " ", user(r), " '", E(G, pw), "' -L 20 -p\n", E(G, rs(r, ALNUM + "!#%*", 20)), "\n"]
    return ["$ passage show ops/", host(r).split(".")[0], "/root\n", E(G, pw), "\nurl: https://", host(r), "/\n"]


def f_mobile_tv_logs(r, k):
    v = k % 5
    if v == 0:
        return ["[D] unknown:0 - OAuth2Plugin: refresh ok, access_token=", E("BEARER_TOKEN", rs(r, B64URL, 48)), " expires_in=3600\n"]
    if v == 1:
        return ["$ luna-send -n 1 luna://com.webos.service.wifi/connect '{\"ssid\":\"Lobby-TV\",\"security\":{\"securityType\":\"psk\","
                "\"simpleSecurity\":{\"passKey\":\"", E(G, pw_safe(r)), "\"}}}'\n"]
    if v == 2:
        return ["(ConnectIQ) makeWebRequest headers={\"Authorization\"=>\"Basic ", E("BASIC_AUTH", b64(r, r.randrange(18, 30))),
                "\"} url=https://api.example.com/sync\n"]
    if v == 3:
        return ["2026-12-07 09:12:44.118 TVApp[412:9911] AppConfig loaded: apiKey=", E(G, rs(r, ALNUM, 32)), " region=eu\n"]
    return ["12-07 09:14:03.771  2210  2241 D KaiOS-Mail: login imap.example.org user=", user(r), " pass=", E(G, pw_safe(r)), "\n"]


def f_key_material_new(r, k):
    v = k % 5
    if v == 0:
        return ["# ~/.config/myapp/local.key (PASETO v4 local)\n", E(G, "k4.local." + rs(r, B64URL, 43)), "\n"]
    if v == 1:
        return ["{\n  \"primaryKeyId\": ", str(r.randrange(10 ** 8, 10 ** 9)), ",\n  \"key\": [{\n    \"keyData\": {\n      \"typeUrl\": "
                "\"type.googleapis.com/google.crypto.tink.AesGcmKey\",\n      \"value\": \"", E(G, b64(r, 34)),
                "\",\n      \"keyMaterialType\": \"SYMMETRIC\"\n    },\n    \"status\": \"ENABLED\"\n  }]\n}\n"]
    if v == 2:
        return ["java -Djasypt.encryptor.password=", E(G, pw_safe(r)), " -jar billing.jar\n"]
    if v == 3:
        return ["AIRFLOW__CORE__FERNET_KEY=", E(G, b64(r, 32).replace("+", "-").replace("/", "_")), "\n"]
    return ["{\"kty\":\"oct\",\"kid\":\"hs-2026-12\",\"alg\":\"HS256\",\"k\":\"", E(G, rs(r, B64URL, 43)), "\"}\n"]


def f_mail_auth_tools(r, k):
    v = k % 5
    pw, u = pw_safe(r), user(r) + "@example.org"
    if v == 0:
        return ["# doveadm auth test ", E("EMAIL", u), " '", E(G, pw), "'\npassdb: ", E("EMAIL", u), " auth succeeded\n"]
    if v == 1:
        return ["$ testsaslauthd -u ", user(r), " -p ", E(G, pw), " -s smtp\n0: OK \"Success.\"\n"]
    if v == 2:
        return ["imapsync --host1 ", host(r), " --user1 ", user(r), " --password1 '", E(G, pw), "' --host2 imap.example.org --user2 ", user(r),
                " --password2 '", E(G, pw_safe(r)), "'\n"]
    if v == 3:
        return ["$ saslpasswd2 -p -c -u example.org ", user(r), " <<< '", E(G, pw), "'\n"]
    return ["echo '", E(G, pw), "' | doveadm pw -s SHA512-CRYPT\n"]


def f_vendor_config_files(r, k):
    """Credentials in config files of products no earlier set read: serialised as INI dialects, HOCON-like and XML."""
    v = k % 5
    pw = pw_safe(r)
    if v == 0:
        return ["# /etc/proftpd/sql.conf\nSQLBackend mysql\nSQLConnectInfo proftpd@", host(r), " proftpd ", E(G, pw), "\nSQLAuthTypes Crypt\n"]
    if v == 1:
        return ["<Configuration>\n  <Connection Name=\"ERP\" Server=\"", host(r), "\" Login=\"", user(r), "\" Password=\"", E(G, pw),
                "\" Encrypted=\"false\"/>\n</Configuration>\n"]
    if v == 2:
        return ["play.mailer {\n  host = \"smtp.example.org\"\n  user = \"", user(r), "\"\n  password = \"", E(G, pw), "\"\n}\n"]
    if v == 3:
        return ["[[inputs.sqlserver]]\n  servers = [\"Server=", host(r), ";Port=1433;User Id=telegraf;Password=", E("CONNECTION_STRING", pw),
                ";app name=telegraf;\"]\n"]
    return ["# /etc/pure-ftpd/db/mysql.conf\nMYSQLServer     ", host(r), "\nMYSQLUser       pureftpd\nMYSQLPassword   ", E(G, pw), "\nMYSQLDatabase   ftp\n"]


def f_voip_provisioning(r, k):
    v = k % 5
    pw, ext = pw_safe(r), str(r.randrange(100, 999))
    if v == 0:
        return ["#!version:1.0.0.1\naccount.1.enable = 1\naccount.1.user_name = ", ext, "\naccount.1.auth_name = ", ext,
                "\naccount.1.auth_password = ", E(G, pw), "\naccount.1.sip_server.1.address = ", ipv4(r, True), "\n"]
    if v == 1:
        return ["<reg reg.1.address=\"", ext, "\" reg.1.auth.userId=\"", ext, "\" reg.1.auth.password=\"", E(G, pw), "\" reg.1.server.1.address=\"",
                ipv4(r, True), "\"/>\n"]
    if v == 2:
        return ["# cfg", rs(r, HEX, 12), ".txt\nP35 = ", ext, "\nP36 = ", ext, "\nP34 = ", E(G, pw), "\nP47 = ", ipv4(r, True), "\n"]
    if v == 3:
        return ["static.auto_provision.server.url = https://prov.example.net/yealink/\nstatic.auto_provision.server.username = prov\n"
                "static.auto_provision.server.password = ", E(G, pw), "\n"]
    return ["<flat-profile>\n  <User_ID_1_ ua=\"na\">", ext, "</User_ID_1_>\n  <Password_1_ ua=\"na\">", E(G, pw), "</Password_1_>\n</flat-profile>\n"]


def f_hosting_panels(r, k):
    v = k % 5
    pw = pw_safe(r)
    dom = r.choice(["shop.example.org", "example-clinic.net", "blog.example.com"])
    if v == 0:
        return ["# plesk bin admin --set-admin-password -passwd '", E(G, pw), "'\nSUCCESS: The administrator's password was changed.\n"]
    if v == 1:
        return ["$ sudo /usr/share/webmin/changepass.pl /etc/webmin root '", E(G, pw), "'\nUpdated password of Webmin user root\n"]
    if v == 2:
        return ["$ uapi --user=", user(r), " Email add_pop email=billing password='", E(G, pw), "' quota=1024 domain=", dom, "\n---\napiversion: 3\n"]
    if v == 3:
        return ["virtualmin create-domain --domain ", dom, " --pass '", E(G, pw), "' --unix --dir --web --mysql\n"]
    return ["POST /remote/json.php?login\n{\"username\": \"remote_api\", \"password\": \"", E(G, pw), "\"}\n"]
