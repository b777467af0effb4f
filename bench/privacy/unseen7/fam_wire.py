"""Secrets in traces, captures, CI logs, connection strings of many drivers, API payloads and platform output."""
import json
from gen import (R, pick, s, hx, b64, b64u, uid, password, aws_id, aws_secret, ghp, api_key, pem, basic, ipv4, ipv6, host, user, jwt,
                 AL)

GS, CS, BA, BT, AK, AS, UC, PK, AP, GH = ("GENERIC_SECRET", "CONNECTION_STRING", "BASIC_AUTH", "BEARER_TOKEN", "AWS_ACCESS_KEY",
                                          "AWS_SECRET_KEY", "URL_CREDENTIALS", "PRIVATE_KEY", "API_KEY", "GITHUB_TOKEN")


def pw_plain(bad="\"'\\@:/;,&<> "):
    p = password()
    return "".join(c for c in p if c not in bad) or s(12)


def f_strace():
    ip = ipv4(True)
    k = R.randrange(3)
    head = ["$ strace -f -e trace=connect,write -s 256 -p ", str(R.randrange(1000, 60000)), "\n[pid ", str(R.randrange(1000, 60000)),
            "] connect(7, {sa_family=AF_INET, sin_port=htons(", pick(["6379", "5672", "21", "110"]), "), sin_addr=inet_addr(\"", ("IPV4", ip),
            "\")}, 16) = 0\n"]
    if k == 0:
        pw = pw_plain()
        return head + ['write(7, "*2\\r\\n$4\\r\\nAUTH\\r\\n$', str(len(pw)), '\\r\\n', (GS, pw), '\\r\\n", ', str(22 + len(pw)), ") = ", str(22 + len(pw)), "\n"]
    if k == 1:
        return head + ['write(7, "USER ', user(), '\\r\\n", 12) = 12\nwrite(7, "PASS ', (GS, pw_plain()), '\\r\\n", 16) = 16\n']
    u, p = user(), pw_plain()
    return head + ['write(7, "POST /v1/session HTTP/1.1\\r\\nHost: ', host(), '\\r\\nAuthorization: Basic ', (BA, basic(u, p)),
                   '\\r\\nContent-Length: 0\\r\\n\\r\\n", 118) = 118\n']


def f_ltrace():
    k = R.randrange(3)
    if k == 0:
        return ['$ ltrace -e getenv ./billing-worker\nbilling-worker->getenv("DB_HOST") = "', host(), '"\nbilling-worker->getenv("DB_PASSWORD") = "',
                (GS, pw_plain()), '"\nbilling-worker->getenv("STRIPE_KEY") = "', (AP, "sk_live_" + s(24)), '"\n+++ exited (status 0) +++\n']
    if k == 1:
        pw = pw_plain()
        return ['$ ltrace -s 128 ./legacy-login 2>&1 | grep cmp\nstrcmp("', (GS, pw), '", "', (GS, pw), '") = 0\n']
    return ['SSL_write(0x5581d2c0a2a0, "POST /oauth/token HTTP/1.1\\r\\nContent-Type: application/x-www-form-urlencoded\\r\\n\\r\\ngrant_type=client_credentials&client_id=',
            uid(), '&client_secret=', (GS, s(40, AL + "-_~")), '", 214) = 214\n']


def f_follow_stream():
    k = R.randrange(4)
    if k == 0:
        return ["Follow TCP Stream (tcp.stream eq ", str(R.randrange(1, 90)), ")\n220 ProFTPD Server ready.\nUSER ", user(),
                "\n331 Password required for ", user(), "\nPASS ", (GS, pw_plain()), "\n230 User logged in\nTYPE I\n200 Type set to I\n"]
    if k == 1:
        return ["+OK Dovecot ready.\nUSER ", ("EMAIL", "helpdesk@example.com"), "\n+OK\nPASS ", (GS, pw_plain()), "\n+OK Logged in.\nSTAT\n+OK 3 10482\n"]
    if k == 2:
        return ["Frame 41: 112 bytes on wire\nInternet Protocol Version 4, Src: ", ("IPV4", ipv4(True)), ", Dst: ", ("IPV4", ipv4(True)),
                "\nLightweight Directory Access Protocol\n    LDAPMessage bindRequest(1) \"cn=svc-jira,ou=svc,dc=corp,dc=example\" simple\n        messageID: 1\n        protocolOp: bindRequest (0)\n            bindRequest\n                version: 3\n                name: cn=svc-jira,ou=svc,dc=corp,dc=example\n                authentication: simple (0)\n                    simple: ",
                (GS, pw_plain()), "\n"]
    return ["$ tcpdump -A -s0 -i eth0 port 143\n", ("IPV4", ipv4(True)), ".", str(R.randrange(30000, 60000)), " > ", ("IPV4", ipv4(True)),
            ".143: Flags [P.], seq 1:38, ack 1, win 502, length 37\nE..Y..@.@....\na1 LOGIN ", user(), " ", (GS, pw_plain()), "\n"]


def f_journal_json():
    pw = pw_plain()
    k = R.randrange(2)
    if k == 0:
        rec = '{"__REALTIME_TIMESTAMP":"17654%d","_HOSTNAME":"%s","SYSLOG_IDENTIFIER":"dbmigrate","_PID":"%d","_CMDLINE":"/usr/local/bin/dbmigrate --user app --password ' % (
            R.randrange(10**11, 10**12), pick(["web-3", "etl-1"]), R.randrange(1000, 90000))
        return ["$ journalctl -u dbmigrate -o json | tail -1\n", rec, (GS, pw), ' up","MESSAGE":"applied 3 migrations","PRIORITY":"6"}']
    return ['$ journalctl -o json-pretty -u api\n{\n        "_SYSTEMD_UNIT" : "api.service",\n        "MESSAGE" : "startup config: redis_url=redis://:',
            (CS, pw), '@', ("IPV4", ipv4(True)), ':6379/0 smtp_password=', (GS, pw_plain()), '",\n        "_TRANSPORT" : "stdout"\n}']


def f_proc_environ():
    k = R.randrange(3)
    sep = ["^@", "\\0", "\n"][k]
    head = ["$ sudo cat -v /proc/%d/environ\n" % R.randrange(200, 90000), "$ sudo strings /proc/1/environ\n", "$ env -0 | tr '\\0' '\\n'   # in the pod\n"][k]
    return [head, "PATH=/usr/local/sbin:/usr/local/bin:/usr/bin", sep, "HOSTNAME=", pick(["api-7c9f", "worker-2"]), sep, "REDIS_PASSWORD=",
            (GS, pw_plain()), sep, "GITHUB_TOKEN=", (GH, ghp()), sep, "SENTRY_ENVIRONMENT=prod", sep, "HOME=/root", sep]


def f_azure_devops():
    k = R.randrange(3)
    if k == 0:
        return ["2026-12-06T08:01:12.4410052Z ##[section]Starting: Set variables\n2026-12-06T08:01:12.6001234Z ##vso[task.setvariable variable=dbPassword;issecret=false]",
                (GS, pw_plain()), "\n2026-12-06T08:01:12.6100000Z ##[section]Finishing: Set variables\n"]
    if k == 1:
        return ["##teamcity[setParameter name='env.NEXUS_PASSWORD' value='", (GS, pw_plain()), "']\n##teamcity[progressMessage 'Publishing artifacts']\n"]
    return ["[2026-12-06 08:03:44] Step 3/5 : RUN --mount=type=cache npm ci\n[2026-12-06 08:03:44] $ docker build --build-arg NPM_TOKEN=",
            (AP, "npm_" + s(36)), " --build-arg SENTRY_AUTH_TOKEN=", (AP, "sntrys_" + s(60)), " -t app:ci .\n"]


def f_registry_cli():
    u, p = user(), pw_plain()
    k = R.randrange(5)
    if k == 0:
        return ["$ skopeo copy --src-creds ", (BA, u + ":" + p), " docker://registry.corp.example.net/app:1.4 docker://quay.io/acme/app:1.4\n"]
    if k == 1:
        return ["+ crane auth login harbor.example.net -u robot$ci -p ", (GS, s(32)), "\n2026/12/06 09:01:44 logged in via /root/.docker/config.json\n"]
    if k == 2:
        return ["$ oras login ghcr.io -u ", u, " --password ", (GH, ghp()), "\nLogin Succeeded\n"]
    if k == 3:
        return ["$ buildah login --username ", u, " --password '", (GS, p), "' registry.example.org\nLogin Succeeded!\n"]
    return ["$ helm registry login oci.example.net --username ", u, " --password=", (GS, p), "\nLogin Succeeded\n"]


def f_jdbc_many():
    u, p = user(), pw_plain()
    h = host()
    k = R.randrange(10)
    forms = [
        ["jdbc:oracle:thin:", u, "/", (CS, p), "@//", h, ":1521/ORCLPDB1"],
        ["jdbc:db2://", h, ":50000/SAMPLE:user=", u, ";password=", (CS, p), ";"],
        ["jdbc:snowflake://acme-eu.snowflakecomputing.com/?user=", u, "&password=", (CS, p), "&warehouse=ETL_WH"],
        ["jdbc:teradata://", h, "/DATABASE=sales,USER=", u, ",PASSWORD=", (CS, p)],
        ["jdbc:informix-sqli://", h, ":1526/stores:INFORMIXSERVER=ol_prod;user=", u, ";password=", (CS, p)],
        ["jdbc:sybase:Tds:", h, ":5000/billing?user=", u, "&password=", (CS, p)],
        ["jdbc:h2:tcp://", h, "/~/test;USER=sa;PASSWORD=", (CS, p)],
        ["jdbc:trino://", h, ":443/hive?user=", u, "&password=", (CS, p), "&SSL=true"],
        ["jdbc:sap://", h, ":30015/?databaseName=HXE&user=", u, "&password=", (CS, p)],
        ["jdbc:vertica://", h, ":5433/analytics?user=", u, "&password=", (CS, p)],
    ][k]
    wrap = pick([("spring.datasource.url=", "\n"), ("Caused by: java.sql.SQLException: Cannot create PoolableConnectionFactory (url=", ")\n"),
                 ('  "jdbcUrl": "', '",\n')])
    return [wrap[0]] + forms + [wrap[1]]


def f_odbc():
    u, p = user(), pw_plain()
    k = R.randrange(4)
    if k == 0:
        return ["[ReportingDSN]\nDriver      = ODBC Driver 18 for SQL Server\nServer      = tcp:", host(), ",1433\nUID         = ", u, "\nPWD         = ", (CS, p),
                "\nEncrypt     = yes\n"]
    if k == 1:
        br = p[:5] + ";" + p[5:] + "}}x"
        return ["pyodbc.connect('DRIVER={ODBC Driver 18 for SQL Server};SERVER=", host(), ";DATABASE=dw;UID=", u, ";PWD={", (CS, br), "}')\n"]
    if k == 2:
        return ["$ isql -v ReportingDSN ", u, " '", (GS, p), "'\n+---------------------------------------+\n| Connected!                            |\n"]
    return ["$ tsql -S ", host(), " -U ", u, " -P '", (GS, p), "'\nlocale is \"C.UTF-8\"\n1> "]


def f_broker_urls():
    u, p = user(), pw_plain()
    k = R.randrange(5)
    if k == 0:
        return ["MQTT_URL=mqtts://", (CS, u + ":" + p), "@broker.iot.example.net:8883\n"]
    if k == 1:
        return ["stomp.url=stomp+ssl://", (CS, u + ":" + p), "@", ("IPV4", ipv4(True)), ":61614\n"]
    if k == 2:
        return ["brokerURL=failover:(ssl://", host(), ":61617,ssl://", host(), ":61617)?jms.userName=", u, "&jms.password=", (CS, p), "&randomize=false\n"]
    if k == 3:
        return ["CELERY_BROKER_URL = 'sqs://", (AK, aws_id("AKIA")), ":", (AS, aws_secret().replace("/", "%2F").replace("+", "%2B")), "@'\n"]
    return ["$ pulsar-admin --auth-plugin org.apache.pulsar.client.impl.auth.AuthenticationToken --auth-params token:", ("JWT", jwt({"sub": "etl-client"})),
            " topics list public/default\n"]


def f_nats_creds():
    return ["$ cat ~/.nats/ci.creds\n-----BEGIN NATS USER JWT-----\n", ("JWT", jwt({"sub": "U" + s(55, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"), "nats": {"pub": {}}})),
            "\n------END NATS USER JWT------\n\n************************* IMPORTANT *************************\nNKEY Seed printed below can be used to sign and prove identity.\n\n-----BEGIN USER NKEY SEED-----\n",
            (GS, "SUA" + s(55, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")), "\n------END USER NKEY SEED------\n"]


def f_jaas_zk():
    k = R.randrange(2)
    if k == 0:
        return ["Server {\n    org.apache.zookeeper.server.auth.DigestLoginModule required\n    user_super=\"", (GS, pw_plain()), "\"\n    user_kafka=\"",
                (GS, pw_plain()), "\";\n};\n"]
    u = user()
    return ["$ kafka-configs --bootstrap-server ", host(), ":9092 --alter --add-config 'SCRAM-SHA-512=[password=", (GS, pw_plain()),
            "]' --entity-type users --entity-name ", u, "\nCompleted updating config for user ", u, ".\n"]


def f_graphql():
    k = R.randrange(3)
    if k == 0:
        body = ['{"operationName":"Login","variables":{"email":"', ("EMAIL", "k.yilmaz@example.com"), '","password":"', (GS, pw_plain()),
                '"},"query":"mutation Login($email: String!, $password: String!) { login(email: $email, password: $password) { token } }"}']
        return ["POST /graphql 200 84ms body=", *body, "\n"]
    if k == 1:
        return ['{"errors":[{"message":"Variable \\"$input\\" got invalid value { apiKey: \\"', (GS, hx(40)),
                '\\", region: \\"eu\\" }; Field \\"plan\\" of required type \\"Plan!\\" was not provided.","locations":[{"line":1,"column":24}]}]}']
    return ['{"data":{"createServiceAccount":{"id":"', uid(), '","name":"ci","clientSecret":"', (GS, s(48, AL + "-_")), '"}}}']


def f_grpc_meta():
    k = R.randrange(3)
    if k == 0:
        return ["$ grpcurl -H 'authorization: Bearer ", (BT, s(40, AL + "-._")), "' -d '{\"id\": 42}' api.example.net:443 orders.v1.Orders/Get\n"]
    if k == 1:
        return ['ctx metadata: metadata.MD{":authority":[]string{"payments:50051"}, "x-api-key":[]string{"', (GS, hx(32)),
                '"}, "user-agent":[]string{"grpc-go/1.68.0"}}\n']
    return ["I1206 09:12:44.120 client.cc:88] outgoing metadata: {authorization: Bearer ", ("JWT", jwt()), ", x-request-id: ", uid(), "}\n"]


def f_soap_wss():
    return ['<soapenv:Header>\n  <wsse:Security soapenv:mustUnderstand="1" xmlns:wsse="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd">\n    <wsse:UsernameToken wsu:Id="UsernameToken-',
            hx(32).upper(), '">\n      <wsse:Username>', user(), '</wsse:Username>\n      <wsse:Password Type="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-username-token-profile-1.0#PasswordText">',
            (GS, pw_plain()), '</wsse:Password>\n    </wsse:UsernameToken>\n  </wsse:Security>\n</soapenv:Header>']


def f_airflow():
    u = user()
    p = password()
    k = R.randrange(3)
    if k == 0:
        enc = "".join("%%%02X" % ord(c) if not c.isalnum() else c for c in p)
        return ["export AIRFLOW_CONN_WAREHOUSE='postgresql://", (CS, u + ":" + enc), "@", host(), ":5432/dw?sslmode=require'\n"]
    if k == 1:
        return ["$ airflow connections get slack_default -o yaml\n- conn_id: slack_default\n  conn_type: slack\n  extra_dejson:\n    token: ",
                ("SLACK_TOKEN", "xoxb-" + str(R.randrange(10**11, 10**12)) + "-" + str(R.randrange(10**11, 10**12)) + "-" + s(24)),
                "\n  host: null\n  login: null\n  password: ", (GS, pw_plain()), "\n"]
    return ['AIRFLOW_CONN_S3_LOGS=\'{"conn_type": "aws", "login": "', (AK, aws_id("AKIA")), '", "password": "', (AS, aws_secret()),
            '", "extra": {"region_name": "eu-central-1"}}\'\n']


def f_actuator():
    return ['$ curl -s localhost:8081/actuator/env | jq \'.propertySources[1]\'\n{\n  "name": "Config resource \'class path resource [application-prod.yml]\'",\n  "properties": {\n    "spring.datasource.username": {"value": "',
            user(), '", "origin": "class path resource [application-prod.yml] - 4:17"},\n    "spring.datasource.password": {"value": "', (GS, pw_plain()),
            '", "origin": "class path resource [application-prod.yml] - 5:17"},\n    "app.jwt.signing-key": {"value": "', (GS, b64(32)), '"}\n  }\n}']


def f_dotnet_usersecrets():
    u, p = user(), pw_plain()
    return ["$ dotnet user-secrets list --project src/Api\nStripe:SecretKey = ", (AP, "sk_live_" + s(24)), "\nConnectionStrings:Default = Server=",
            host(), ";Database=Orders;User Id=", u, ";Password=", (CS, p), ";TrustServerCertificate=True\nSmtp:Password = ", (GS, pw_plain()), "\n"]


def f_laravel_wp():
    k = R.randrange(4)
    if k == 0:
        return ["APP_NAME=Shop\nAPP_ENV=production\nAPP_KEY=base64:", (GS, b64(32)), "\nDB_CONNECTION=mysql\nDB_PASSWORD=", (GS, pw_plain()),
                "\nPUSHER_APP_SECRET=", (GS, s(20, "abcdef0123456789")), "\n"]
    if k == 1:
        return ["$ php artisan tinker\n>>> config('database.connections.mysql.password')\n=> \"", (GS, pw_plain()), "\"\n"]
    if k == 2:
        return ["$ wp config get DB_PASSWORD --path=/var/www/html\n", (GS, pw_plain()), "\n"]
    return ['define( "DB_PASSWORD", "', (GS, pw_plain()), '" );\ndefine( "DB_HOST", "', ("IPV4", ipv4(True)), ':3306" );\n$ wp user create deploy ', ("EMAIL", "deploy@example.com"), ' --user_pass=',
            (GS, pw_plain()), " --role=administrator\n"]


def f_django_default():
    k = R.randrange(2)
    if k == 0:
        return ['SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "', (GS, s(50, AL + "!@#%^&*(-_=+)")), '")\nEMAIL_HOST_PASSWORD = os.getenv("SMTP_PASS", "',
                (GS, pw_plain()), '")\n']
    return ["$ python manage.py diffsettings | grep -iE 'secret|password'\nSECRET_KEY = '", (GS, "django-insecure-" + s(40, "abcdefghijklmnopqrstuvwxyz0123456789!@#$%^&*(-_=+)")), "'  ###\n"]


def f_pulumi():
    k = R.randrange(2)
    if k == 0:
        return ["$ pulumi config --show-secrets\nKEY                 VALUE\naws:region          eu-west-1\ndbPassword          ", (GS, pw_plain()),
                "\ngithubToken         ", (GH, ghp()), "\n"]
    return ['$ pulumi stack export | jq .deployment.resources[3].outputs\n{\n  "password": {\n    "4dabf18193072939515e22adb298388d": "1b47061264138c4ac30d75fd1eb44270",\n    "plaintext": "\\"',
            (GS, pw_plain()), '\\""\n  },\n  "username": "', user(), '"\n}']


def f_vault_nomad():
    k = R.randrange(3)
    if k == 0:
        return ["$ vault read database/creds/readonly\nKey                Value\n---                -----\nlease_id           database/creds/readonly/", s(24),
                "\nlease_duration     1h\nlease_renewable    true\npassword           ", (GS, "A1a-" + s(20)), "\nusername           v-token-readonly-", s(20), "-", str(R.randrange(10**9, 10**10)), "\n"]
    if k == 1:
        return ["$ nomad acl bootstrap\nAccessor ID  = ", uid(), "\nSecret ID    = ", (GS, uid()), "\nName         = Bootstrap Token\nType         = management\nGlobal       = true\n"]
    return ["$ consul kv get app/billing/smtp_password\n", (GS, pw_plain()), "\n$ consul kv get app/billing/smtp_host\n", host(), "\n"]


def f_grafana_metabase():
    k = R.randrange(3)
    if k == 0:
        return ['{\n  "name": "Postgres-prod",\n  "type": "postgres",\n  "url": "', host(), ':5432",\n  "user": "grafana",\n  "secureJsonData": {\n    "password": "',
                (GS, pw_plain()), '"\n  }\n}']
    if k == 1:
        return ["# kibana.yml\nelasticsearch.hosts: [\"https://", ("IPV4", ipv4(True)), ":9200\"]\nelasticsearch.username: kibana_system\nelasticsearch.password: ",
                (GS, pw_plain()), "\nxpack.encryptedSavedObjects.encryptionKey: ", (GS, s(32)), "\n"]
    return ['POST /api/database {"engine":"postgres","name":"DW","details":{"host":"', host(), '","port":5432,"dbname":"dw","user":"metabase","password":"',
            (GS, pw_plain()), '","ssl":true}}\n']


def f_console_copy():
    k = R.randrange(3)
    if k == 0:
        return ["Retrieve access keys\nAccess key\tSecret access key\n", (AK, aws_id("AKIA")), "\t", (AS, aws_secret()),
                "\tHide\nThis is the only time that the secret access key can be viewed or downloaded.\n"]
    if k == 1:
        key = b64(64)
        return ["key1\nLast rotated: 12/1/2026\nKey\n", (GS, key), "\nConnection string\nDefaultEndpointsProtocol=https;AccountName=stacmeprod;AccountKey=",
                (CS, key), ";EndpointSuffix=core.windows.net\n"]
    return ["Primary connection string (StackExchange.Redis)\nacme-cache.redis.cache.windows.net:6380,password=", (CS, b64(32)),
            ",ssl=True,abortConnect=False\n"]


def f_cloudtrail():
    return ['{"eventVersion":"1.09","userIdentity":{"type":"IAMUser","principalId":"AIDA', s(17, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"), '","arn":"arn:aws:iam::',
            str(R.randrange(10**11, 10**12)), ':user/', pick(["ci-deployer", "terraform"]), '","accessKeyId":"', (AK, aws_id("AKIA")),
            '"},"eventTime":"2026-12-06T07:41:09Z","eventSource":"s3.amazonaws.com","eventName":"PutBucketPolicy","sourceIPAddress":"', ("IPV4", ipv4(False)),
            '","userAgent":"aws-cli/2.22.4","requestID":"', hx(16).upper(), '"}']


def f_ci_yaml():
    u = user()
    k = R.randrange(6)
    if k == 0:
        return ["    - uses: docker/login-action@v3\n      with:\n        registry: ghcr.io\n        username: ", u, "\n        password: ", (GH, ghp()), "\n"]
    if k == 1:
        return ["    - uses: azure/login@v2\n      with:\n        creds: '{\"clientId\":\"", uid(), "\",\"clientSecret\":\"", (GS, s(34, AL + "~._-")),
                "\",\"subscriptionId\":\"", uid(), "\",\"tenantId\":\"", uid(), "\"}'\n"]
    if k == 2:
        return ["    - uses: aws-actions/configure-aws-credentials@v4\n      with:\n        aws-access-key-id: ", (AK, aws_id("AKIA")),
                "\n        aws-secret-access-key: ", (AS, aws_secret()), "\n        aws-region: eu-west-1\n"]
    if k == 3:
        return ["      - pipe: atlassian/aws-s3-deploy:1.1.0\n        variables:\n          AWS_ACCESS_KEY_ID: '", (AK, aws_id("AKIA")),
                "'\n          AWS_SECRET_ACCESS_KEY: '", (AS, aws_secret()), "'\n          S3_BUCKET: 'acme-static'\n"]
    if k == 4:
        return ["steps:\n- name: publish\n  image: plugins/docker\n  settings:\n    repo: registry.example.net/app\n    username: ", u, "\n    password: ",
                (GS, pw_plain()), "\n"]
    return ["    docker:\n      - image: registry.example.net/ci/node:20\n        auth:\n          username: ", u, "\n          password: ", (GS, pw_plain()), "\n"]
