"""Families whose records hold secrets (and the PII that comes with them). Each function takes a random.Random and returns
(source, parts); a part is plain text or a (TYPE, value) pair that becomes a labelled entity."""
import json
import urllib.parse

import gen as g

G, B, CS, U, API = "GENERIC_SECRET", "BEARER_TOKEN", "CONNECTION_STRING", "URL_CREDENTIALS", "API_KEY"


def esc(parts, depth):
    """JSON-string-escapes every part `depth` times; escaping is per character, so spans map part by part."""
    out = []
    for p in parts:
        v = p if isinstance(p, str) else p[1]
        for _ in range(depth):
            v = json.dumps(v, ensure_ascii=False)[1:-1]
        out.append(v if isinstance(p, str) else (p[0], v))
    return out


def ts(r):
    return f"2026-{r.randint(1, 11):02d}-{r.randint(1, 28):02d}T{r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}"


def mysql_identified(r):
    user = r.choice(["app_rw", "reporting", "repl", "grafana_ro", "etl"])
    pw = g.password(r)
    if r.random() < 0.5:
        return "mysql-general", [f"{ts(r)}.{r.randint(100000, 999999)}Z\t  {r.randint(10, 99)} Query\tCREATE USER '{user}'@'%' IDENTIFIED BY '", (G, pw), "'\n"
                                 f"{ts(r)}.{r.randint(100000, 999999)}Z\t  {r.randint(10, 99)} Query\tGRANT SELECT ON shop.* TO '{user}'@'%'"]
    return "mysql-slow", [f"# Time: {ts(r)}.{r.randint(100000, 999999)}Z\n# User@Host: root[root] @ localhost []  Id: {r.randint(100, 9999)}\n"
                          f"# Query_time: 0.{r.randint(1000, 9999)}  Lock_time: 0.000{r.randint(100, 999)} Rows_sent: 0  Rows_examined: 0\n"
                          f"SET timestamp={r.randint(1_750_000_000, 1_760_000_000)};\nALTER USER '{user}'@'", ("IPV4", g.ipv4(r, "10")), "' IDENTIFIED WITH mysql_native_password BY '", (G, pw), "';"]


def mysql_cli(r):
    pw = g.password(r, r.choice(["rand", "season"]))
    host = g.ipv4(r)
    form = r.random()
    if form < 0.4:
        return "shell", [f"$ mysqldump -h ", ("IPV4", host), f" -u backup -p", (G, pw), " --single-transaction shop > /backup/shop.sql\nmysqldump: [Warning] Using a password on the command line interface can be insecure."]
    if form < 0.7:
        return "shell", ["$ mysql --host=", ("IPV4", host), " --user=root --password=", (G, pw), " -e 'SHOW SLAVE STATUS\\G'"]
    return "mysql-config", ["[client]\nuser = backup\npassword = \"", (G, pw), f"\"\nhost = db-{r.randint(1, 9)}.internal\nport = 3306"]


def pg_dump_roles(r):
    salt = g.rs(r, 24, g.B64)
    stored = g.rs(r, 43, g.B64) + "="
    server = g.rs(r, 43, g.B64) + "="
    verifier = f"SCRAM-SHA-256$4096:{salt}${stored}:{server}"
    md5 = "md5" + g.hexs(r, 32)
    role = r.choice(["app_owner", "replicator", "metabase", "airflow"])
    if r.random() < 0.5:
        return "pg_dumpall", ["--\n-- Roles\n--\n\n", f"CREATE ROLE {role};\nALTER ROLE {role} WITH NOSUPERUSER INHERIT NOCREATEROLE NOCREATEDB LOGIN NOREPLICATION NOBYPASSRLS PASSWORD '", (G, verifier), "';"]
    return "pg_dumpall", [f"CREATE ROLE {role};\nALTER ROLE {role} WITH LOGIN PASSWORD '", (G, md5), "' VALID UNTIL 'infinity';"]


def pg_cli(r):
    pw = g.password(r)
    form = r.random()
    if form < 0.35:
        return "postgres-log", [f"{ts(r)}.123 UTC [{r.randint(1000, 99999)}] postgres@app LOG:  statement: ALTER USER app_rw WITH PASSWORD '", (G, pw), "';"]
    if form < 0.7:
        return "shell", ["$ PGPASSWORD='", (G, pw), "' pg_dump -h ", ("IPV4", g.ipv4(r)), " -U app -Fc orders > orders.dump"]
    return "pgpass", [f"# ~/.pgpass\n", ("IPV4", g.ipv4(r, "10")), f":5432:orders:app_rw:", (G, pw), "\nlocalhost:5432:*:postgres:", (G, g.password(r))]


def mongo_shell(r):
    pw = g.password(r)
    if r.random() < 0.5:
        return "mongo-shell", ["rs0:PRIMARY> use admin\nswitched to db admin\nrs0:PRIMARY> db.createUser({ user: \"reporting\", pwd: \"", (G, pw), "\", roles: [ { role: \"read\", db: \"analytics\" } ] })\nSuccessfully added user: { \"user\" : \"reporting\" }"]
    return "shell", ["$ mongosh \"mongodb://", (CS, f"admin:{pw}"), "@", ("IPV4", g.ipv4(r, "10")), ":27017/admin?replicaSet=rs0\" --eval 'rs.status()'"]


def redis_auth(r):
    pw = g.password(r, r.choice(["rand", "long", "words"]))
    form = r.random()
    if form < 0.33:
        return "redis-cli", ["127.0.0.1:6379> AUTH ", (G, pw), "\nOK\n127.0.0.1:6379> INFO replication\n# Replication\nrole:master\nconnected_slaves:2"]
    if form < 0.66:
        return "redis-cli", ["127.0.0.1:6379> CONFIG SET requirepass \"", (G, pw), "\"\nOK\n127.0.0.1:6379> CONFIG SET masterauth ", (G, pw), "\nOK"]
    return "redis-config", ["# redis.conf (excerpt)\nbind 0.0.0.0\nprotected-mode yes\nrequirepass ", (G, pw), "\nmasterauth ", (G, pw), "\nmaxmemory 4gb"]


def tf_state(r):
    pw = g.password(r)
    return "terraform-state", ["$ terraform state pull | jq '.resources[] | select(.type==\"aws_db_instance\") | .instances[0].attributes'\n{\n  \"address\": \"orders.c",
                               g.rs(r, 12, "abcdefghijklmnopqrstuvwxyz0123456789"), ".eu-west-1.rds.amazonaws.com\",\n  \"engine\": \"postgres\",\n  \"username\": \"orders_admin\",\n  \"password\": \"", (G, pw),
                               "\",\n  \"port\": 5432\n}"]


def tfvars(r):
    pw = g.password(r)
    key = r.choice(["db_password", "admin_pass", "rds_master_password", "grafana_admin_pw", "datadog_api_key"])
    val = g.hexs(r, 32) if "api_key" in key else pw
    return "tfvars", ["# prod.auto.tfvars\nregion        = \"eu-central-1\"\ninstance_type = \"m6i.large\"\n", f"{key:<14}= \"", (G, val), "\"\nallowed_cidrs = [\"", ("IPV4", g.ipv4(r, "pub")), "/32\"]"]


def tf_plan_leak(r):
    pw = g.password(r)
    return "terraform-plan", ["  # kubernetes_secret.app will be created\n  + resource \"kubernetes_secret\" \"app\" {\n      + data = {\n          + \"DB_PASSWORD\" = \"", (G, pw),
                              "\"\n          + \"DB_USER\"     = \"app\"\n        }\n      + type = \"Opaque\"\n    }"]


def ansible_inventory(r):
    pw = g.password(r)
    bp = g.password(r)
    return "ansible-inventory", ["[windows]\nwin-dc01 ansible_host=", ("IPV4", g.ipv4(r, "10")), " ansible_user=Administrator ansible_password=", (G, pw),
                                 " ansible_connection=winrm\n\n[db]\npg-01 ansible_host=", ("IPV4", g.ipv4(r, "10")), " ansible_become_pass=", (G, bp)]


def ansible_extra(r):
    pw = g.password(r, r.choice(["rand", "season", "words"]))
    if r.random() < 0.5:
        return "shell", ["$ ansible-playbook site.yml -i inventories/prod -e \"db_password=", (G, pw), " app_version=", g.version(r, 3), "\" --limit web"]
    return "shell", ["$ ansible-playbook deploy.yml --extra-vars '{\"vault_admin_pass\": \"", (G, pw), "\", \"release\": \"", g.version(r, 3), "\"}'"]


def ansible_debug(r):
    pw = g.password(r)
    return "ansible-output", ["TASK [mysql : show generated credentials] ***************************************\nok: [db-0", str(r.randint(1, 9)), "] => {\n    \"mysql_root_password\": \"", (G, pw), "\"\n}"]


def chef_puppet(r):
    pw = g.password(r)
    if r.random() < 0.5:
        return "chef", ["$ knife data bag show credentials postgres --secret-file ~/.chef/encrypted_data_bag_secret\nid:       postgres\npassword: ", (G, pw), "\nusername: app"]
    return "puppet-hiera", ["# hieradata/common.yaml\nmysql::server::root_password: '", (G, pw), "'\nprofile::app::log_level: info\nprofile::app::listen_port: 8080"]


def k8s_describe_env(r):
    pw = g.password(r)
    p = g.pod(r, r.choice(["checkout", "billing-api", "worker"]))
    return "kubectl-describe", [f"Name:             {p}\nNamespace:        prod\nNode:             ip-10-1-2-3.ec2.internal/", ("IPV4", g.ipv4(r, "10")),
                                f"\nContainers:\n  app:\n    Image:          registry.internal/app:{g.version(r, 3)}\n    Environment:\n      SPRING_DATASOURCE_USERNAME:  app\n      SPRING_DATASOURCE_PASSWORD:  ", (G, pw),
                                "\n      JAVA_OPTS:                   -Xmx1g"]


def k8s_secret_literal(r):
    pw = g.password(r)
    tok = g.hexs(r, 40)
    return "shell", ["$ kubectl create secret generic app-env --from-literal=DB_PASSWORD='", (G, pw), "' --from-literal=API_TOKEN=", (G, tok), " -n prod\nsecret/app-env created"]


def k8s_secret_b64(r):
    pw = g.password(r)
    return "kubectl-yaml", ["$ kubectl get secret redis-auth -o yaml\napiVersion: v1\ndata:\n  redis-password: ", (G, g.b64(pw)), "\nkind: Secret\nmetadata:\n  name: redis-auth\n  namespace: cache\ntype: Opaque"]


def argocd_initial(r):
    pw = g.rs(r, 16, g.ALNUM + "-")
    return "shell", ["$ argocd admin initial-password -n argocd\n", (G, pw), "\n\n This password must be only used for first time login. We strongly recommend you update the password using `argocd account update-password`."]


def helm_values(r):
    pw = g.password(r)
    return "helm-output", ["$ helm get values keycloak -n auth\nUSER-SUPPLIED VALUES:\nauth:\n  adminUser: admin\n  adminPassword: ", (G, pw), "\npostgresql:\n  auth:\n    password: ", (G, g.password(r)), "\n  enabled: true"]


def har_entry(r):
    tok = g.rs(r, r.randint(40, 60), g.B64URL)
    sid = g.rs(r, 32, g.ALNUM)
    return "har", ["      \"request\": {\n        \"method\": \"GET\",\n        \"url\": \"https://api.brightpath.nl/v2/orders?limit=50\",\n        \"headers\": [\n          {\n            \"name\": \"Authorization\",\n            \"value\": \"Bearer ", (B, tok),
                   "\"\n          },\n          {\n            \"name\": \"Cookie\",\n            \"value\": \"sessionid=", (G, sid), "; csrftoken=", g.rs(r, 32, g.ALNUM),
                   "\"\n          }\n        ],\n        \"httpVersion\": \"HTTP/2\""]


def curl_verbose(r):
    user = r.choice(["deploy", "svc-backup", "jenkins"])
    pw = g.password(r)
    cookie = g.rs(r, 48, g.B64URL)
    return "curl-v", ["* Connected to artifacts.initech.io (", ("IPV4", g.ipv4(r, "pub")), ") port 443\n> GET /repository/releases/ HTTP/1.1\n> Host: artifacts.initech.io\n> Authorization: Basic ",
                      ("BASIC_AUTH", g.b64(f"{user}:{pw}")), "\n> User-Agent: curl/8.5.0\n>\n< HTTP/1.1 200 OK\n< Set-Cookie: NXSESSIONID=", (G, cookie), "; Path=/; Secure; HttpOnly"]


def oidc_token_response(r):
    at = g.jwt(r)
    rt = g.rs(r, 54, g.B64URL)
    idt = g.jwt(r, {"sub": g.uuid(r), "email": g.email(r), "iat": r.randint(1_700_000_000, 1_760_000_000)})
    return "oidc", ["DEBUG oauthlib.oauth2.rfc6749.clients.base_client Token response: {\"access_token\": \"", ("JWT", at), "\", \"expires_in\": 300, \"refresh_token\": \"", (B, rt),
                    "\", \"id_token\": \"", ("JWT", idt), "\", \"token_type\": \"Bearer\"}"]


def oidc_client_secret(r):
    cs = g.rs(r, 32, g.ALNUM)
    return "oidc", ["POST /realms/prod/protocol/openid-connect/token HTTP/1.1\nHost: sso.acme-fin.de\nContent-Type: application/x-www-form-urlencoded\n\ngrant_type=client_credentials&client_id=grafana&client_secret=", (G, cs), "&scope=openid"]


def ldapsearch(r):
    person = g.name(r)
    pw = g.password(r)
    hashed = "{SSHA}" + g.rs(r, 32, g.B64)
    return "ldapsearch", ["$ ldapsearch -x -H ldaps://ldap.corp.tessera.ie -D \"cn=admin,dc=tessera,dc=ie\" -w '", (G, pw), "' -b \"ou=people,dc=tessera,dc=ie\" \"(uid=", person.split()[0].lower(),
                          ")\"\n# extended LDIF\ndn: uid=", person.split()[0].lower(), ",ou=people,dc=tessera,dc=ie\ncn: ", ("PERSON", person), "\nmail: ", ("EMAIL", g.email(r, person)),
                          "\ntelephoneNumber: ", ("PHONE", g.phone(r, "IE")), "\nuserPassword:: ", (G, g.b64(hashed))]


def smtp_auth(r):
    user = g.email(r)
    pw = g.password(r)
    if r.random() < 0.5:
        plain = g.b64(f"\0{user}\0{pw}")
        return "smtp-transcript", ["S: 220 smtp.northwind-logistics.co.uk ESMTP Postfix\nC: EHLO build-07\nS: 250-AUTH PLAIN LOGIN\nC: AUTH PLAIN ", (G, plain), "\nS: 235 2.7.0 Authentication successful"]
    return "smtp-transcript", ["C: AUTH LOGIN\nS: 334 VXNlcm5hbWU6\nC: ", g.b64(user.split("@")[0]), "\nS: 334 UGFzc3dvcmQ6\nC: ", (G, g.b64(pw)), "\nS: 235 Authentication succeeded"]


def imap_login(r):
    pw = g.password(r)
    return "imap-transcript", ["* OK [CAPABILITY IMAP4rev1 SASL-IR LOGIN-REFERRALS ID ENABLE IDLE AUTH=PLAIN] Dovecot ready.\na001 LOGIN helpdesk \"", (G, pw), "\"\na001 OK Logged in\na002 SELECT INBOX"]


def windows_net_use(r):
    pw = g.password(r, r.choice(["sym", "season", "rand"]))
    form = r.random()
    if form < 0.4:
        return "windows-cmd", ["C:\\> net use Z: \\\\fs01.corp.local\\deploy /user:CORP\\svc_deploy ", (G, pw), " /persistent:no\nThe command completed successfully."]
    if form < 0.7:
        return "windows-cmd", ["C:\\> cmdkey /add:sql02.corp.local /user:CORP\\sqlsvc /pass:", (G, pw), "\nCMDKEY: Credential added successfully."]
    return "windows-cmd", ["C:\\> schtasks /Create /TN nightly-backup /TR C:\\ops\\backup.cmd /SC DAILY /RU CORP\\backup /RP ", (G, pw), "\nSUCCESS: The scheduled task \"nightly-backup\" has successfully been created."]


def powershell_secure(r):
    pw = g.password(r)
    if r.random() < 0.5:
        return "powershell", ["PS C:\\ops> $pw = ConvertTo-SecureString '", (G, pw), "' -AsPlainText -Force\nPS C:\\ops> $cred = New-Object System.Management.Automation.PSCredential('CORP\\svc_sql', $pw)\nPS C:\\ops> Invoke-Command -ComputerName sql01 -Credential $cred -ScriptBlock { Get-Service MSSQLSERVER }"]
    return "powershell", ["PS> Invoke-Sqlcmd -ServerInstance sql01 -Username sa -Password \"", (G, pw), "\" -Query \"SELECT @@VERSION\""]


def go_panic_env(r):
    key = g.rs(r, 40, g.B64)
    return "go-panic", ["panic: runtime error: invalid memory address or nil pointer dereference\n[signal SIGSEGV: segmentation violation code=0x1 addr=0x18 pc=0x", g.hexs(r, 7),
                        "]\n\ngoroutine 42 [running]:\nmain.(*Uploader).flush(0xc0001a2000)\n\t/src/uploader.go:118 +0x1c4\n\nenv: AWS_REGION=eu-west-1 AWS_ACCESS_KEY_ID=", ("AWS_ACCESS_KEY", g.aws_key(r)),
                        " AWS_SECRET_ACCESS_KEY=", ("AWS_SECRET_KEY", key), " LOG_LEVEL=debug"]


def python_locals(r):
    pw = g.password(r)
    host = g.ipv4(r, "10")
    return "python-traceback", ["Traceback (most recent call last):\n  File \"/app/etl/load.py\", line 87, in connect\n    conn = psycopg2.connect(host=host, user=user, password=password)\n",
                                "    locals: host = '", ("IPV4", host), "'\n            user = 'etl'\n            password = '", (G, pw),
                                "'\npsycopg2.OperationalError: connection to server at \"", ("IPV4", host), "\", port 5432 failed: timeout expired"]


def java_props_dump(r):
    pw = g.password(r)
    return "java-stacktrace", ["org.springframework.beans.factory.BeanCreationException: Error creating bean with name 'dataSource'\n\tat org.springframework.beans.factory.support.AbstractAutowireCapableBeanFactory.initializeBean(AbstractAutowireCapableBeanFactory.java:1804)\n",
                               "Caused by: java.lang.IllegalStateException: Cannot load driver class for url=jdbc:postgresql://pg.internal:5432/app?user=app&password=", (CS, pw),
                               "\n\tat org.springframework.boot.autoconfigure.jdbc.DataSourceProperties.determineDriverClassName(DataSourceProperties.java:241)"]


def grafana_prom(r):
    pw = g.password(r)
    form = r.random()
    if form < 0.35:
        return "prometheus-config", ["scrape_configs:\n  - job_name: node\n    scheme: https\n    basic_auth:\n      username: prometheus\n      password: ", (G, pw), "\n    static_configs:\n      - targets: ['", ("IPV4", g.ipv4(r, "10")), ":9100']"]
    if form < 0.65:
        return "grafana-ini", ["[security]\nadmin_user = admin\nadmin_password = ", (G, pw), "\nsecret_key = ", (G, g.rs(r, 20, g.ALNUM)), "\ncookie_secure = true"]
    return "grafana-provisioning", ["datasources:\n  - name: Loki\n    type: loki\n    url: https://logs.initech.io\n    basicAuth: true\n    basicAuthUser: grafana\n    secureJsonData:\n      basicAuthPassword: ", (G, pw)]


def remote_write(r):
    tok = g.rs(r, 56, g.B64URL)
    return "prometheus-config", ["remote_write:\n  - url: https://prometheus-prod-10-prod-eu-west-2.grafana.net/api/prom/push\n    authorization:\n      type: Bearer\n      credentials: ", (B, tok)]


def webhooks(r):
    form = r.choice(["discord", "teams", "telegram", "slack", "gchat"])
    if form == "discord":
        return "alertmanager", ["receivers:\n  - name: oncall-discord\n    webhook_configs:\n      - url: https://discord.com/api/webhooks/", str(r.randint(10**17, 10**18)), "/", (G, g.rs(r, 68, g.B64URL))]
    if form == "teams":
        return "app-log", ["WARN notifier: POST https://tessera.webhook.office.com/webhookb2/", g.uuid(r), "@", g.uuid(r), "/IncomingWebhook/", (G, g.hexs(r, 32)), "/", g.uuid(r), " returned 429"]
    if form == "telegram":
        return "app-log", ["ERROR alert-bot: request failed: POST https://api.telegram.org/bot", (G, f"{r.randint(10**9, 10**10)}:AA{g.rs(r, 33, g.B64URL)}"), "/sendMessage: 403 Forbidden"]
    if form == "slack":
        return "alertmanager", ["global:\n  slack_api_url: '", ("SLACK_TOKEN", f"https://hooks.slack.com/services/T{g.rs(r, 8, 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789')}/B{g.rs(r, 10, 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789')}/{g.rs(r, 24, g.ALNUM)}"), "'"]
    return "app-log", ["chat notifier url=https://chat.googleapis.com/v1/spaces/AAAA", g.rs(r, 7, g.ALNUM), "/messages?key=", (API, "AIza" + g.rs(r, 35, g.B64URL)), "&token=", (G, g.rs(r, 43, g.B64URL) + "%3D")]


def split_secret(r):
    j = g.jwt(r)
    if r.random() < 0.5:
        # A token wrapped by a mail client at 76 columns: the span covers the whole token including the line breaks.
        head = "From the customer's mail: their integration sends\nAuthorization: Bearer "
        first = 76 - len("Authorization: Bearer ")
        wrapped = "\n".join([j[:first]] + [j[i:i + 76] for i in range(first, len(j), 76)])
        return "support-mail", [head, ("JWT", wrapped), "\nand gets 401 since the rotation."]
    pw = g.password(r, "long")
    return "shell", ["$ docker run -d --name api \\\n    -e DATABASE_PASSWORD=", (G, pw), " \\\n    -e LOG_LEVEL=info \\\n    registry.internal/api:", g.version(r, 3)]


def b64_creds(r):
    user = r.choice(["admin", "ci", "grafana"])
    pw = g.password(r)
    if r.random() < 0.5:
        return "shell", ["$ echo -n '", user, ":", (G, pw), "' | base64\n", ("BASIC_AUTH", g.b64(f"{user}:{pw}"))]
    return "docker-config", ["$ cat ~/.docker/config.json\n{\n  \"auths\": {\n    \"registry.acme-fin.de\": {\n      \"auth\": \"", (G, g.b64(f"{user}:{pw}")), "\"\n    }\n  }\n}"]


def url_encoded(r):
    pw = g.password(r, "sym") + "@" + g.rs(r, 3, "0123456789")
    em = g.email(r)
    enc = urllib.parse.quote(pw, safe="")
    return "nginx-access", [("IPV4", g.ipv4(r, "pub")), " - - [06/Dec/2026:03:11:09 +0000] \"POST /login?next=%2Fadmin HTTP/1.1\" 302 0 \"-\" \"python-requests/2.32\" body=\"username=",
                            ("EMAIL", urllib.parse.quote(em, safe="")), "&password=", (G, enc), "\""]


def escaped_json(r):
    depth = r.choice([1, 2, 3])
    pw = g.password(r)
    inner = ["{\"level\":\"debug\",\"msg\":\"connecting\",\"db\":{\"user\":\"app\",\"password\":\"", (G, pw), "\",\"host\":\"", ("IPV4", g.ipv4(r, "10")), "\"}}"]
    wrapped = esc(inner, depth)
    if depth == 1:
        return "docker-json", ["{\"log\":\""] + wrapped + ["\\n\",\"stream\":\"stdout\",\"time\":\"", ts(r), ".1Z\"}"]
    if depth == 2:
        return "fluentd", ["{\"message\":\"{\\\"log\\\":\\\""] + wrapped + ["\\\\n\\\"}\",\"tag\":\"kube.app\"}"]
    return "cloudwatch", ["\"{\\\"awslogs\\\":\\\"{\\\\\\\"message\\\\\\\":\\\\\\\""] + wrapped + ["\\\\\\\"}\\\"}\""]


def chat_free_text(r):
    pw = g.password(r)
    who, other = g.name(r), g.name(r)
    line = r.choice(["the prod db password is {} btw, rotate after", "use {} as the admin pw for the staging grafana", "creds for the bastion: user ops / {}",
                     "redis pass is still {}, nobody rotated it"])
    a, b = line.split("{}")
    return "chat", [f"[09:{r.randint(10, 59)}] ", ("PERSON", who), ": can someone share the login?\n", f"[09:{r.randint(10, 59)}] ", ("PERSON", other), f": {a}", (G, pw), b]


def mobile_crash(r):
    tok = g.rs(r, 64, g.HEX)
    em = g.email(r)
    return "ios-crash", ["Incident Identifier: ", g.uuid(r).upper(), "\nHardware Model:      iPhone15,3\nProcess:             ShopApp [", str(r.randint(100, 9999)), "]\nVersion:             ",
                         g.version(r, 3), f" ({r.randint(1000, 9999)})\nOS Version:          iPhone OS 17.{r.randint(0, 6)} (21E{r.randint(100, 999)})\n\nLast Exception Backtrace: NSInvalidArgumentException\nApplication Specific Information:\nuserEmail=",
                         ("EMAIL", em), " pushToken=", tok, " apiKey=", (API, "sk_live_" + g.rs(r, 24, g.ALNUM))]


def vendor_keys(r):
    form = r.choice(["ant", "oai", "do", "shop", "hf", "glpat", "sg", "linear", "brevo"])
    key = {"ant": "sk-ant-api03-" + g.rs(r, 93, g.B64URL) + "AA", "oai": "sk-proj-" + g.rs(r, 120, g.B64URL), "do": "dop_v1_" + g.hexs(r, 64),
           "shop": "shpat_" + g.hexs(r, 32), "hf": "hf_" + g.rs(r, 34, g.ALNUM), "glpat": "glpat-" + g.rs(r, 20, g.B64URL), "sg": "SG." + g.rs(r, 22, g.B64URL) + "." + g.rs(r, 43, g.B64URL),
           "linear": "lin_api_" + g.rs(r, 40, g.ALNUM), "brevo": "xkeysib-" + g.hexs(r, 64) + "-" + g.rs(r, 16, g.ALNUM)}[form]
    ctx = r.choice([("zendesk", "Ticket #{}: customer says our status page integration broke after they pasted {} into the wrong field".format(r.randint(10000, 99999), "{}")),
                    ("jira", "OPS-{}: rotate leaked key — found `{}` in the public repo history".format(r.randint(100, 9999), "{}")),
                    ("app-log", "INFO http client configured with key={} timeout=30s")])
    a, b = ctx[1].split("{}")
    return ctx[0], [a, (API, key), b]


def saml_assertion(r):
    person = g.name(r)
    return "saml", ["<saml:Assertion ID=\"_", g.hexs(r, 32), "\" IssueInstant=\"", ts(r), "Z\" Version=\"2.0\">\n  <saml:Subject>\n    <saml:NameID Format=\"urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress\">",
                    ("EMAIL", g.email(r, person)), "</saml:NameID>\n  </saml:Subject>\n  <saml:AttributeStatement>\n    <saml:Attribute Name=\"displayName\"><saml:AttributeValue>", ("PERSON", person),
                    "</saml:AttributeValue></saml:Attribute>\n  </saml:AttributeStatement>"]


def pem_in_tf(r):
    key = g.pem(r, r.choice(["RSA PRIVATE KEY", "PRIVATE KEY"]), sep="\\n")
    return "terraform-state", ["      \"attributes\": {\n        \"algorithm\": \"RSA\",\n        \"private_key_pem\": \"", ("PRIVATE_KEY", key), "\\n\",\n        \"rsa_bits\": 4096"]


def aws_creds_csv(r):
    return "csv-export", ["User name,Password,Access key ID,Secret access key,Console login link\nci-deployer,,", ("AWS_ACCESS_KEY", g.aws_key(r)), ",", ("AWS_SECRET_KEY", g.aws_secret(r)), ",https://", str(r.randint(10**11, 10**12 - 1)), ".signin.aws.amazon.com/console"]


def conn_strings(r):
    pw = g.password(r, r.choice(["rand", "words", "season"]))
    form = r.choice(["sqlserver", "oracle", "clickhouse", "nats", "kafka", "couch"])
    host = g.ipv4(r, "10")
    if form == "sqlserver":
        return "appsettings", ["\"ConnectionStrings\": {\n  \"Default\": \"Server=tcp:sql01,1433;Initial Catalog=orders;User ID=app;Password=", (CS, pw), ";Encrypt=True;\"\n}"]
    if form == "oracle":
        return "app-log", ["ERROR ORA-12541 while connecting jdbc:oracle:thin:scott/", (CS, pw), "@//", ("IPV4", host), ":1521/ORCLPDB1"]
    if form == "clickhouse":
        return "app-log", ["clickhouse dsn=clickhouse://", (CS, f"default:{pw}"), "@", ("IPV4", host), ":9000/metrics?dial_timeout=5s"]
    if form == "nats":
        return "app-log", ["nats: connecting to nats://", (U, f"orders:{pw}"), "@nats.internal:4222"]
    if form == "kafka":
        return "kafka-config", ["sasl.mechanism=SCRAM-SHA-512\nsecurity.protocol=SASL_SSL\nsasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required username=\"orders\" password=\"", (G, pw), "\";"]
    return "app-log", ["couch replication source=https://", (U, f"replicator:{pw}"), "@couch.initech.io/orders failed: 401"]


FAMILIES = [mysql_identified, mysql_cli, pg_dump_roles, pg_cli, mongo_shell, redis_auth, tf_state, tfvars, tf_plan_leak, ansible_inventory, ansible_extra,
            ansible_debug, chef_puppet, k8s_describe_env, k8s_secret_literal, k8s_secret_b64, argocd_initial, helm_values, har_entry, curl_verbose,
            oidc_token_response, oidc_client_secret, ldapsearch, smtp_auth, imap_login, windows_net_use, powershell_secure, go_panic_env, python_locals,
            java_props_dump, grafana_prom, remote_write, webhooks, split_secret, b64_creds, url_encoded, escaped_json, chat_free_text, mobile_crash,
            vendor_keys, saml_assertion, pem_in_tf, aws_creds_csv, conn_strings]
