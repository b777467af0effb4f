"""Secret families of unseen16 (each a function f_NAME(r, k) returning the pieces of one record; k picks the variant)."""
import json, string, urllib.parse
from gen import E, s, pick, b64, b64text, password, ipv4, ipv6, uuid, jwt, pem, ts, hhmm, AL, UP, LO, HEX, B32
import people


def host(r):
    return E("IPV4", ipv4(r))


def f_nix_bazel_deno(r, k):
    v = k % 5
    if v == 0:
        return ["$ cat /etc/nix/nix.conf\nexperimental-features = nix-command flakes\nsubstituters = https://cache.nixos.org\naccess-tokens = github.com=",
                E("GITHUB_TOKEN", "ghp_" + s(r, 36)), " gitlab.example.org=PAT:", E("API_KEY", "glpat-" + s(r, 20, AL + "-_")), "\n"]
    if v == 1:
        return ["# .bazelrc (team-wide)\nbuild --remote_cache=grpcs://remote.buildbuddy.io\nbuild --remote_header=x-buildbuddy-api-key=",
                E("GENERIC_SECRET", s(r, 20)), "\nbuild --remote_timeout=3600\n"]
    if v == 2:
        return ["deno run -A main.ts\nerror: Import 'https://deno.example.dev/x/core@1.2.0/mod.ts' failed: 401 Unauthorized\n    at main.ts:1:22\n"
                "debug: DENO_AUTH_TOKENS=", E("GENERIC_SECRET", s(r, 32, LO)), "@deno.example.dev"]
    if v == 3:
        return ['# bunfig.toml\n[install.scopes]\n"@acme" = { token = "', E("API_KEY", "npm_" + s(r, 36)), '", url = "https://registry.npmjs.org/" }\n']
    return ["$ nix build .#api --option access-tokens \"github.com=", E("GITHUB_TOKEN", "github_pat_" + s(r, 22) + "_" + s(r, 59)),
            "\"\nerror: unable to download 'https://api.github.com/repos/acme/api/tarball/4f1c0d2': HTTP error 404\n"]


def f_airflow_conns(r, k):
    v = k % 5
    pw = password(r).replace("@", "#").replace(":", "!").replace("/", "-")
    h = ipv4(r)
    if v == 0:
        return ["AIRFLOW__DATABASE__SQL_ALCHEMY_CONN=postgresql+psycopg2://", E("CONNECTION_STRING", "airflow:" + pw), "@", E("IPV4", h), ":5432/airflow\n"
                "AIRFLOW__CORE__EXECUTOR=CeleryExecutor\n"]
    if v == 1:
        return ["$ airflow connections add 'warehouse' --conn-type 'postgres' --conn-host '", E("IPV4", h), "' --conn-login 'etl' --conn-password '",
                E("GENERIC_SECRET", pw), "' --conn-port 5432\nSuccessfully added `conn_id`=warehouse : postgres://etl:******@", E("IPV4", h), ":5432\n"]
    if v == 2:
        return ["[2026-12-0%d %s:11,204] {base.py:73} INFO - Using connection ID 'crm_mysql' for task execution.\n" % (r.randrange(1, 8), hhmm(r)),
                "export AIRFLOW_CONN_CRM_MYSQL='mysql://", E("CONNECTION_STRING", "crm_ro:" + pw), "@", E("IPV4", h), ":3306/crm'\n"]
    if v == 3:
        return ["# redash .env\nREDASH_DATABASE_URL=postgresql://", E("CONNECTION_STRING", "redash:" + pw), "@", E("IPV4", h), "/redash\nREDASH_COOKIE_SECRET=",
                E("GENERIC_SECRET", s(r, 32, HEX)), "\nREDASH_LOG_LEVEL=INFO\n"]
    return ["meltano config tap-postgres set password ", E("GENERIC_SECRET", pw), "\nMB_DB_TYPE=postgres MB_DB_HOST=", E("IPV4", h), " MB_DB_PASS=",
            E("GENERIC_SECRET", password(r)), " java -jar metabase.jar\n"]


def f_sql_role_stmts(r, k):
    v = k % 6
    pw = password(r).replace("'", "").replace('"', "")
    if v == 0:
        return ["%s UTC [%d] postgres@app LOG:  statement: ALTER ROLE report_reader WITH LOGIN PASSWORD '" % (ts(r)[:19].replace("T", " "), r.randrange(1000, 99999)),
                E("GENERIC_SECRET", pw), "' VALID UNTIL '2027-06-30';\n"]
    if v == 1:
        return ["1> CREATE LOGIN [svc_etl] WITH PASSWORD = N'", E("GENERIC_SECRET", pw), "', CHECK_POLICY = OFF;\n2> GO\nMsg 15118, Level 16, State 1\n"]
    if v == 2:
        return ["SQL> ALTER USER scott IDENTIFIED BY \"", E("GENERIC_SECRET", pw), "\" ACCOUNT UNLOCK;\nUser altered.\n"]
    if v == 3:
        return [":) CREATE USER IF NOT EXISTS grafana IDENTIFIED WITH sha256_password BY '", E("GENERIC_SECRET", pw), "' HOST IP '", E("IPV4", ipv4(r, True)),
                "';\nOk.\n0 rows in set. Elapsed: 0.004 sec.\n"]
    if v == 4:
        return ["cqlsh> CREATE ROLE IF NOT EXISTS app_rw WITH PASSWORD = '", E("GENERIC_SECRET", pw), "' AND LOGIN = true;\n"]
    return ["snowsql -q \"ALTER USER LOADER SET PASSWORD = '", E("GENERIC_SECRET", pw), "' MUST_CHANGE_PASSWORD = FALSE\"\n* SnowSQL * v1.2.32\n"]


def f_win_service_creds(r, k):
    v = k % 5
    pw = password(r).replace('"', "")
    if v == 0:
        return ['PS C:\\> sc.exe config "AcmeSync" obj= "CORP\\svc_sync" password= "', E("GENERIC_SECRET", pw), '"\n[SC] ChangeServiceConfig SUCCESS\n']
    if v == 1:
        return ["C:\\>schtasks /Create /TN \"Nightly Export\" /TR C:\\jobs\\export.cmd /SC DAILY /ST 02:00 /RU CORP\\svc_export /RP ", E("GENERIC_SECRET", pw),
                "\nSUCCESS: The scheduled task \"Nightly Export\" has successfully been created.\n"]
    if v == 2:
        return ["C:\\>net user deploy_tmp ", E("GENERIC_SECRET", pw), " /add /expires:never\nThe command completed successfully.\n"]
    if v == 3:
        return ["Set-ADAccountPassword -Identity svc_backup -Reset -NewPassword (ConvertTo-SecureString -AsPlainText \"", E("GENERIC_SECRET", pw),
                "\" -Force) -Server dc01.corp.example\n"]
    return ["PS> az login -u ", E("EMAIL", "automation@contoso.example"), " -p '", E("GENERIC_SECRET", pw), "' --allow-no-subscriptions\nAADSTS50126: Error validating credentials due to invalid username or password.\n"]


def f_escaped_json_logs(r, k):
    v = k % 5
    pw = s(r, 16, AL + "!#%*")
    if v == 0:
        return ['{"timestamp":%d,"message":"{\\"event\\":\\"login_failed\\",\\"user\\":\\"ops-bot\\",\\"password\\":\\"' % (1796600000000 + r.randrange(10 ** 8)),
                E("GENERIC_SECRET", pw), '\\",\\"src\\":\\"', E("IPV4", ipv4(r)), '\\"}","logStream":"2026/12/07/[$LATEST]%s"}' % s(r, 32, HEX)]
    if v == 1:
        return ['START RequestId: %s Version: $LATEST\nevent: {"httpMethod":"POST","path":"/v1/session","body":"{\\"username\\":\\"kiosk-04\\",\\"password\\":\\"' % uuid(r),
                E("GENERIC_SECRET", pw), '\\"}","isBase64Encoded":false}']
    if v == 2:
        return ['{"type":"TaskStateEntered","details":{"name":"CallPartner","input":"{\\"partner\\":\\"acme\\",\\"apiKey\\":\\"', E("GENERIC_SECRET", s(r, 40, HEX)),
                '\\",\\"retries\\":3}"}}']
    if v == 3:
        return ['{"log":"2026-12-07 %s:07 WARN  config loaded: DB_PASSWORD=' % hhmm(r), E("GENERIC_SECRET", pw), ' DB_HOST=', E("IPV4", ipv4(r, True)),
                '\\n","stream":"stderr","kubernetes":{"pod_name":"billing-7c9f","namespace_name":"pay"}}']
    return ['{"level":"error","msg":"upstream rejected","headers":"{\\"authorization\\":\\"Bearer ', E("BEARER_TOKEN", s(r, 40, AL)),
            '\\",\\"x-request-id\\":\\"', uuid(r), '\\"}"}']


def f_oauth_form_bodies(r, k):
    v = k % 4
    raw = password(r)
    enc = urllib.parse.quote(raw, safe="")
    g, f = people.person(r)
    mail = people.mailbox(g, f) + "%40" + pick(r, ["corp.example", "acme.example"])
    if v == 0:
        return ["POST /realms/ops/protocol/openid-connect/token HTTP/1.1\nContent-Type: application/x-www-form-urlencoded\n\ngrant_type=password&client_id=cli&username=",
                E("EMAIL", mail), "&password=", E("GENERIC_SECRET", enc), "\n"]
    if v == 1:
        return ["curl -s https://auth.example.org/oauth2/token -d 'grant_type=client_credentials&client_id=reporting&client_secret=",
                E("GENERIC_SECRET", s(r, 40, AL + "-_")), "&scope=reports.read'\n"]
    if v == 2:
        return ["127.0.0.1 - - [07/Dec/2026:%s:02 +0000] \"POST /token?grant_type=refresh_token&refresh_token=" % hhmm(r),
                E("BEARER_TOKEN", s(r, 48, AL)), " HTTP/1.1\" 200 912 from ", E("IPV4", ipv4(r)), "\n"]
    return ["HAR postData.text: \"login=", E("EMAIL", mail), "&pass=", E("GENERIC_SECRET", enc), "&remember=1\"\n"]


def f_k8s_b64_manifests(r, k):
    v = k % 5
    pw = password(r)
    if v == 0:
        return ["$ kubectl get secret pg-app -o yaml\napiVersion: v1\ndata:\n  password: ", E("GENERIC_SECRET", b64text(pw)), "\n  username: ",
                b64text("app"), "\nkind: Secret\ntype: Opaque\n"]
    if v == 1:
        auth = b64text("robot$ci:" + s(r, 32))
        cfg = json.dumps({"auths": {"harbor.example.org": {"auth": auth}}})
        i = cfg.index(auth)
        return ["$ kubectl get secret regcred -o jsonpath='{.data.\\.dockerconfigjson}' | base64 -d\n", cfg[:i], E("GENERIC_SECRET", auth), cfg[i + len(auth):], "\n"]
    if v == 2:
        return ["# kustomization.yaml\nsecretGenerator:\n  - name: api-env\n    literals:\n      - DB_PASSWORD=", E("GENERIC_SECRET", pw),
                "\n      - LOG_LEVEL=debug\n"]
    if v == 3:
        return ["helm upgrade --install pg bitnami/postgresql -n data --set auth.postgresPassword=", E("GENERIC_SECRET", pw),
                " --set primary.persistence.size=50Gi\n"]
    return ["apiVersion: v1\nkind: Secret\nmetadata:\n  name: smtp\nstringData:\n  SMTP_PASSWORD: \"", E("GENERIC_SECRET", pw), "\"\n  SMTP_USER: alerts\n"]


def f_packer_vagrant_tf(r, k):
    v = k % 5
    pw = password(r).replace('"', "")
    if v == 0:
        return ['source "vsphere-iso" "ubuntu" {\n  vcenter_server = "', E("IPV4", ipv4(r, True)), '"\n  username       = "svc-packer"\n  password       = "',
                E("GENERIC_SECRET", pw), '"\n  ssh_username   = "ubuntu"\n}\n']
    if v == 1:
        return ["Vagrant.configure(\"2\") do |config|\n  config.vm.box = \"generic/rocky9\"\n  config.ssh.username = \"vagrant\"\n  config.ssh.password = \"",
                E("GENERIC_SECRET", pw), "\"\nend\n"]
    if v == 2:
        return ['$ terraform output -json\n{\n  "db_admin_password": {\n    "sensitive": true,\n    "type": "string",\n    "value": "', E("GENERIC_SECRET", pw), '"\n  }\n}\n']
    if v == 3:
        return ['    winrm_username = "Administrator"\n    winrm_password = "', E("GENERIC_SECRET", pw), '"\n    winrm_timeout  = "30m"\n']
    return ['# prod.auto.tfvars\nregion          = "eu-north-1"\nmq_admin_pass   = "', E("GENERIC_SECRET", pw), '"\n']


def f_trace_dsn_errors(r, k):
    v = k % 5
    pw = s(r, 14, AL + "!*-")
    h = ipv4(r, True)
    if v == 0:
        return ["panic: open db: Error 1045 (28000): Access denied\n\ngoroutine 1 [running]:\nmain.mustOpen({0xc000012345, 0x31})\n\t/src/cmd/api/main.go:48 +0x1a5\n"
                "dsn=\"", E("CONNECTION_STRING", "orders:" + pw), "@tcp(", E("IPV4", h), ":3306)/orders?parseTime=true\"\n"]
    if v == 1:
        return ["MongoServerSelectionError: connect ECONNREFUSED ", E("IPV4", h), ":27017\n    at Timeout._onTimeout (/app/node_modules/mongodb/lib/sdam/topology.js:278:38)\n"
                "  uri: 'mongodb://", E("CONNECTION_STRING", "events:" + pw), "@", E("IPV4", h), ":27017/events?authSource=admin'\n"]
    if v == 2:
        return ["PG::ConnectionBad: connection to server at \"", E("IPV4", h), "\", port 5432 failed: FATAL:  password authentication failed for user \"rails\"\n"
                "  config: host=", E("IPV4", h), " dbname=shop user=rails password=", E("CONNECTION_STRING", pw), " sslmode=require\n"]
    if v == 3:
        return ["Caused by: com.microsoft.sqlserver.jdbc.SQLServerException: Login failed for user 'sa'.\n\tat com.zaxxer.hikari.pool.HikariPool.createPoolEntry(HikariPool.java:476)\n"
                "jdbcUrl=jdbc:sqlserver://", E("IPV4", h), ":1433;databaseName=ledger;user=sa;password=", E("CONNECTION_STRING", pw), ";encrypt=true\n"]
    return ["Traceback (most recent call last):\n  File \"/app/worker.py\", line 31, in <module>\n    engine = create_engine(\"mssql+pyodbc://",
            E("CONNECTION_STRING", "etl:" + pw), "@", E("IPV4", h), "/dwh?driver=ODBC+Driver+18\")\nsqlalchemy.exc.InterfaceError: (pyodbc.InterfaceError) ('28000', '[28000] Login failed')\n"]


def f_cloud_shapes_new(r, k):
    v = k % 5
    if v == 0:
        return ["$ export IBMCLOUD_API_KEY=", E("GENERIC_SECRET", s(r, 44, AL + "-_")), "\n$ ibmcloud login -r eu-de\nAuthenticating...\nOK\n"]
    if v == 1:
        return ["$ yc iam access-key create --service-account-name s3-writer\naccess_key:\n  id: aje", s(r, 17, LO), "\n  service_account_id: aje", s(r, 17, LO),
                "\n  key_id: ", E("API_KEY", "YCAJE" + s(r, 20, AL + "-_")), "\nsecret: ", E("GENERIC_SECRET", "YCN" + s(r, 37, AL + "-_")), "\n"]
    if v == 2:
        return ["YC_API_KEY=", E("API_KEY", "AQVN" + s(r, 36, AL + "-_")), " yc compute instance list --folder-id b1g", s(r, 17, LO), "\n"]
    if v == 3:
        return ["git clone https://ci-bot:", E("URL_CREDENTIALS", "ATBB" + s(r, 28) + s(r, 8, "ABCDEF0123456789")), "@bitbucket.org/acme/infra.git\n"]
    return ["steps:\n- script: az devops login --organization https://dev.azure.com/acme\n  env:\n    AZURE_DEVOPS_EXT_PAT: ", E("GENERIC_SECRET", s(r, 52, "abcdefghijklmnopqrstuvwxyz234567")), "\n"]


def f_tokens_in_git_bots(r, k):
    v = k % 5
    if v == 0:
        return ["git config --global url.\"https://x-access-token:", E("GITHUB_TOKEN", "ghs_" + s(r, 36)), "@github.com/\".insteadOf \"https://github.com/\"\n"]
    if v == 1:
        return ["# ~/.config/hub\ngithub.com:\n- user: release-bot\n  oauth_token: ", E("GITHUB_TOKEN", "gho_" + s(r, 36)), "\n  protocol: https\n"]
    if v == 2:
        return ["Environment=HUBOT_SLACK_TOKEN=", E("SLACK_TOKEN", "xoxb-%d-%d-%s" % (r.randrange(10 ** 11, 10 ** 12), r.randrange(10 ** 12, 10 ** 13), s(r, 24))),
                "\nExecStart=/opt/hubot/bin/hubot --adapter slack\n"]
    if v == 3:
        return ["SLACK_APP_TOKEN=", E("SLACK_TOKEN", "xapp-1-A%s-%d-%s" % (s(r, 10, UP), r.randrange(10 ** 12, 10 ** 13), s(r, 64, HEX))), "\nSLACK_SIGNING_SECRET=",
                E("GENERIC_SECRET", s(r, 32, HEX)), "\n"]
    return ["receivers:\n- name: ops\n  slack_configs:\n  - api_url: ", E("SLACK_TOKEN", "https://hooks.slack.com/services/T%s/B%s/%s" % (s(r, 8, UP), s(r, 10, UP), s(r, 24))),
            "\n    channel: '#alerts'\n"]


def f_aws_sts_output(r, k):
    v = k % 4
    akid = "ASIA" + s(r, 16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")
    sk = s(r, 40, AL + "/+")
    tok = "IQoJb3JpZ2luX2Vj" + s(r, 200, AL + "/+") + "=="
    if v == 0:
        return ['$ aws sts assume-role --role-arn arn:aws:iam::%d:role/ops --role-session-name dbg\n{\n    "Credentials": {\n        "AccessKeyId": "' % r.randrange(10 ** 11, 10 ** 12),
                E("AWS_ACCESS_KEY", akid), '",\n        "SecretAccessKey": "', E("AWS_SECRET_KEY", sk), '",\n        "SessionToken": "', E("GENERIC_SECRET", tok),
                '",\n        "Expiration": "%s"\n    }\n}\n' % ts(r)]
    if v == 1:
        return ["$ aws configure export-credentials --profile sso-admin --format env\nexport AWS_ACCESS_KEY_ID=", E("AWS_ACCESS_KEY", akid), "\nexport AWS_SECRET_ACCESS_KEY=",
                E("AWS_SECRET_KEY", sk), "\nexport AWS_SESSION_TOKEN=", E("GENERIC_SECRET", tok), "\n"]
    if v == 2:
        return ['credential_process output: {"Version": 1, "AccessKeyId": "', E("AWS_ACCESS_KEY", "AKIA" + akid[4:]), '", "SecretAccessKey": "', E("AWS_SECRET_KEY", sk), '"}\n']
    return ["[profile legacy]\naws_access_key_id     = ", E("AWS_ACCESS_KEY", "AKIA" + akid[4:]), "\naws_secret_access_key = ", E("AWS_SECRET_KEY", sk), "\nregion = af-south-1\n"]


def f_jwt_places(r, k):
    v = k % 5
    t = jwt(r)
    if v == 0:
        return ["ws upgrade failed: GET wss://rt.example.org/socket?vsn=2.0.0&access_token=", E("JWT", t), " -> 403\n"]
    if v == 1:
        return ["grpc metadata: {\"authorization\": [\"Bearer ", E("JWT", t), "\"], \"x-tenant\": [\"acme\"]}\n"]
    if v == 2:
        return ["users:\n- name: ci-deployer\n  user:\n    token: ", E("JWT", t), "\n"]
    if v == 3:
        return ["302 Location: https://app.example.org/callback#id_token=", E("JWT", t), "&state=", s(r, 16, LO), "&session_state=", uuid(r), "\n"]
    return ["brokerClientAuthenticationPlugin=org.apache.pulsar.client.impl.auth.AuthenticationToken\nbrokerClientAuthenticationParameters=token:", E("JWT", t), "\n"]


def f_pem_in_configs(r, k):
    v = k % 5
    if v == 0:
        key = pem(r, "RSA PRIVATE KEY", 5, "\n", "    ")
        return ['resource "tls_locally_signed_cert" "x" {}\nlocals {\n  bootstrap_key = <<-EOT\n    ', E("PRIVATE_KEY", key), "\n  EOT\n}\n"]
    if v == 1:
        key = pem(r, "PRIVATE KEY", 5, "\\n")
        return ['{\n  "type": "service_account",\n  "project_id": "acme-prod-31",\n  "private_key_id": "', s(r, 40, HEX), '",\n  "private_key": "',
                E("PRIVATE_KEY", key), '\\n",\n  "client_email": "', E("EMAIL", "exporter@acme-prod-31.iam.gserviceaccount.com"), '"\n}\n']
    if v == 2:
        key = pem(r, "EC PRIVATE KEY", 3, "\n", "      ")
        return ["edge_tls:\n  cert_file: /etc/edge/tls.crt\n  key: |\n      ", E("PRIVATE_KEY", key), "\n"]
    if v == 3:
        key = pem(r, "PRIVATE KEY", 5)
        return ["client\nremote ", E("IPV4", ipv4(r, False)), " 1194\n<key>\n", E("PRIVATE_KEY", key), "\n</key>\n"]
    blob = b64text(pem(r, "PRIVATE KEY", 4))
    return ["apiVersion: v1\nkind: Secret\ntype: kubernetes.io/tls\ndata:\n  tls.key: ", E("PRIVATE_KEY", blob), "\n"]


def f_chat_creds(r, k):
    v = k % 4
    g, f = people.person(r)
    g2, f2 = people.person(r)
    pw = password(r)
    if v == 0:
        return ["[%s] " % hhmm(r), E("PERSON", g + " " + f), ": bastion is back, temp login is opsadmin / ", E("GENERIC_SECRET", pw), " until ", E("PERSON", g2 + " " + f2), " rotates it\n"]
    if v == 1:
        return [E("PERSON", g + " " + f), "  %s\nfor the grafana admin use password " % hhmm(r), E("GENERIC_SECRET", pw), " (don't paste it in the ticket pls)\n"]
    if v == 2:
        return ["Webex | ", E("PERSON", g2 + " " + f2), " → ", E("PERSON", g + " " + f), ": the SFTP pass for the partner drop is ", E("GENERIC_SECRET", pw), "\n"]
    return ["> ", E("PERSON", g), " wrote: can you share the vpn psk?\n> ", E("PERSON", g2), " wrote: psk=", E("GENERIC_SECRET", s(r, 24, AL)), " — rotate after the migration\n"]


def f_basic_auth_proxies(r, k):
    v = k % 5
    user = pick(r, ["metrics", "scraper", "partner-acme", "deploy"])
    pw = s(r, 16, AL)
    if v == 0:
        return ["backend api\n    http-request set-header Authorization \"Basic ", E("BASIC_AUTH", b64text(user + ":" + pw)), "\"\n    server a1 ", E("IPV4", ipv4(r, True)), ":8080 check\n"]
    if v == 1:
        return ["location /upstream/ {\n    proxy_set_header Authorization \"basic ", E("BASIC_AUTH", b64text(user + ":" + pw)), "\";\n    proxy_pass http://", E("IPV4", ipv4(r, True)), ":9000;\n}\n"]
    if v == 2:
        return ["$ curl --user ", E("BASIC_AUTH", user + ":" + pw), " https://registry.example.org/v2/_catalog\n{\"errors\":[{\"code\":\"UNAUTHORIZED\"}]}\n"]
    if v == 3:
        return ["scrape_configs:\n  - job_name: node\n    basic_auth:\n      username: ", user, "\n      password: ", E("GENERIC_SECRET", pw), "\n"]
    return ["$ wget --user=", user, " --password=", E("GENERIC_SECRET", pw), " https://mirror.example.org/isos/rocky-9.iso\n"]


def f_bearer_opaque(r, k):
    v = k % 5
    tok = s(r, 43, AL + "-_")
    if v == 0:
        return ["[%s] \"GET /api/v2/orders HTTP/2\" 401 - \"authorization: Bearer " % ts(r), E("BEARER_TOKEN", tok), "\" upstream=", E("IPV4", ipv4(r, True)), ":8443\n"]
    if v == 1:
        return ['{"access_token":"', E("BEARER_TOKEN", tok), '","token_type":"Bearer","expires_in":3599,"refresh_token":"', E("BEARER_TOKEN", s(r, 64, AL)), '"}\n']
    if v == 2:
        return ["grpcurl -H 'authorization: Bearer ", E("BEARER_TOKEN", tok), "' ", E("IPV4", ipv4(r, True)), ":50051 inventory.v1.Stock/List\n"]
    if v == 3:
        return ["$ oc login --token=", E("BEARER_TOKEN", "sha256~" + s(r, 43, AL + "-_")), " --server=https://api.ocp.example.org:6443\n"]
    return ["ACCESS_TOKEN=", E("BEARER_TOKEN", tok), " ./smoke.sh --env staging\n"]


def f_monitoring_cfgs(r, k):
    v = k % 5
    pw = password(r).replace('"', "")
    if v == 0:
        return ["<Plugin mysql>\n  <Database \"orders\">\n    Host \"", E("IPV4", ipv4(r, True)), "\"\n    User \"collectd\"\n    Password \"", E("GENERIC_SECRET", pw), "\"\n  </Database>\n</Plugin>\n"]
    if v == 1:
        return ["# /usr/local/nagios/etc/resource.cfg\n$USER1$=/usr/local/nagios/libexec\n$USER3$=", E("GENERIC_SECRET", pw), "\n"]
    if v == 2:
        return ["[sinks.es]\ntype = \"elasticsearch\"\nendpoints = [\"https://", E("IPV4", ipv4(r, True)), ":9200\"]\nauth.strategy = \"basic\"\nauth.user = \"vector\"\nauth.password = \"",
                E("GENERIC_SECRET", pw), "\"\n"]
    if v == 3:
        return ["$ sensuctl configure -n --url http://", E("IPV4", ipv4(r, True)), ":8080 --username admin --password '", E("GENERIC_SECRET", pw), "'\n"]
    return ["# snmpd.conf\ncreateUser monitor SHA \"", E("GENERIC_SECRET", pw), "\" AES \"", E("GENERIC_SECRET", password(r).replace('"', "")), "\"\nrouser monitor priv\n"]


def f_game_media_servers(r, k):
    v = k % 5
    pw = s(r, 12, AL)
    if v == 0:
        return ["# server.properties\nenable-rcon=true\nrcon.port=25575\nrcon.password=", E("GENERIC_SECRET", pw), "\nserver-ip=", E("IPV4", ipv4(r)), "\n"]
    if v == 1:
        return ["<icecast>\n  <authentication>\n    <source-password>", E("GENERIC_SECRET", pw), "</source-password>\n    <admin-user>admin</admin-user>\n    <admin-password>",
                E("GENERIC_SECRET", s(r, 14, AL)), "</admin-password>\n  </authentication>\n</icecast>\n"]
    if v == 2:
        return ["; murmur.ini\nserverpassword=", E("GENERIC_SECRET", pw), "\nport=64738\nbandwidth=72000\n"]
    if v == 3:
        return ["GET /library/sections?X-Plex-Token=", E("GENERIC_SECRET", s(r, 20, AL + "-_")), " 401 from ", E("IPV4", ipv4(r)), "\n"]
    return ["./srcds_run -game csgo +map de_dust2 +rcon_password \"", E("GENERIC_SECRET", pw), "\" +sv_setsteamaccount ", E("GENERIC_SECRET", s(r, 32, "0123456789ABCDEF")), "\n"]


def f_idp_proxies(r, k):
    v = k % 5
    if v == 0:
        return ["oauth2-proxy --provider=oidc --client-id=grafana --client-secret=", E("GENERIC_SECRET", s(r, 32, AL)), " --cookie-secret=",
                E("GENERIC_SECRET", b64(r, 32, url=True)), " --email-domain=*\n"]
    if v == 1:
        return ["staticClients:\n- id: argo\n  name: Argo\n  secret: ", E("GENERIC_SECRET", s(r, 24, AL)), "\n  redirectURIs: ['https://argo.example.org/oauth2/callback']\n"]
    if v == 2:
        return ["ZITADEL_MASTERKEY=", E("GENERIC_SECRET", s(r, 32, AL)), " zitadel start-from-init --tlsMode external\n"]
    if v == 3:
        return ["$ hydra create client --name billing --secret ", E("GENERIC_SECRET", s(r, 26, AL + "~._-")), " --grant-type client_credentials\n"]
    return ["AUTHENTIK_SECRET_KEY=", E("GENERIC_SECRET", s(r, 50, AL)), "\nAUTHENTIK_POSTGRESQL__PASSWORD=", E("GENERIC_SECRET", password(r)), "\n"]


def f_barman_backup(r, k):
    v = k % 4
    pw = s(r, 14, AL + "!-")
    h = ipv4(r, True)
    if v == 0:
        return ["[pg-main]\ndescription = \"Main cluster\"\nconninfo = host=", E("IPV4", h), " user=barman dbname=postgres password=", E("CONNECTION_STRING", pw),
                "\nbackup_method = postgres\n"]
    if v == 1:
        return ["WALG_S3_PREFIX=s3://pg-wal/main\nAWS_ACCESS_KEY_ID=", E("AWS_ACCESS_KEY", "AKIA" + s(r, 16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")),
                "\nAWS_SECRET_ACCESS_KEY=", E("AWS_SECRET_KEY", s(r, 40, AL + "/+")), "\nWALG_COMPRESSION_METHOD=brotli\n"]
    if v == 2:
        return ["$ barman-cloud-backup --cloud-provider azure-blob-storage azure://pgbak.blob.core.windows.net/main pg-main\n"
                "AZURE_STORAGE_CONNECTION_STRING=DefaultEndpointsProtocol=https;AccountName=pgbak;AccountKey=", E("CONNECTION_STRING", b64(r, 64)), ";EndpointSuffix=core.windows.net\n"]
    return ["# devcontainer.json\n{\n  \"image\": \"mcr.microsoft.com/devcontainers/python:3.12\",\n  \"remoteEnv\": {\n    \"PGPASSWORD\": \"", E("GENERIC_SECRET", pw),
            "\",\n    \"PGHOST\": \"", E("IPV4", h), "\"\n  }\n}\n"]


def f_ide_http_files(r, k):
    v = k % 4
    pw = password(r).replace('"', "")
    if v == 0:
        return ["### api.http\n@host = https://staging.example.org\n@token = ", E("BEARER_TOKEN", s(r, 40, AL)), "\n\nGET {{host}}/v1/me\nAuthorization: Bearer {{token}}\n"]
    if v == 1:
        return ['"sqltools.connections": [\n  {\n    "name": "prod-ro",\n    "driver": "PostgreSQL",\n    "server": "', E("IPV4", ipv4(r, True)),
                '",\n    "username": "readonly",\n    "password": "', E("GENERIC_SECRET", pw), '"\n  }\n]\n']
    if v == 2:
        return ['{\n  "type": "node",\n  "request": "launch",\n  "name": "worker",\n  "env": { "STRIPE_SECRET": "', E("API_KEY", "sk_live_" + s(r, 24)),
                '", "LOG_LEVEL": "debug" }\n}\n']
    return ["POST https://api.example.org/login\nContent-Type: application/json\n\n{\"user\": \"qa-runner\", \"password\": \"", E("GENERIC_SECRET", pw), "\"}\n"]


def f_broker_admin(r, k):
    v = k % 4
    pw = s(r, 16, AL + "#%")
    if v == 0:
        return ["$ mosquitto_sub -h ", E("IPV4", ipv4(r, True)), " -t 'plant/+/temp' -u gateway -P '", E("GENERIC_SECRET", pw), "'\n"]
    if v == 1:
        return ["bin/artemis create /var/lib/broker --user admin --password ", E("GENERIC_SECRET", pw), " --require-login --host ", E("IPV4", ipv4(r, True)), "\n"]
    if v == 2:
        return ["$ rabbitmqadmin -H ", E("IPV4", ipv4(r, True)), " -u admin -p ", E("GENERIC_SECRET", pw), " list queues name messages\n"]
    return ["# activemq users.properties\nadmin=", E("GENERIC_SECRET", pw), "\nmonitor=", E("GENERIC_SECRET", s(r, 12, AL)), "\n"]
