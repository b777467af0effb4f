"""Secret families of unseen9: other clouds' and SaaS CLIs, CI systems, other languages' traces and REPLs, TOML/HCL/INI/.properties/
XML of other products, desktop clients, wire protocols, RPC payloads, key formats, password stores, mobile and desktop app logs,
Envoy/gRPC, database and queue admin CLIs."""
from gen import (T, E, R, pick, rs, hexs, b64, b64_lines, password, url_password, uuid, wif, b58, bech32, jwt, host, ipv4, email, person, ALNUM, B32,
                 string)

G, A, PK, B, BA, CS, U = "GENERIC_SECRET", "API_KEY", "PRIVATE_KEY", "BEARER_TOKEN", "BASIC_AUTH", "CONNECTION_STRING", "URL_CREDENTIALS"


def v(*fs):
    return pick(fs)()


def f_cloud_cli():
    tok64 = rs(64)
    uid = uuid()
    pw = password()

    def hcloud():
        return T("$ hcloud context create prod-fsn1\nToken: \nContext prod-fsn1 created and activated\n$ export HCLOUD_TOKEN=", E(G, tok64), "\n$ hcloud server list -o columns=name,status\n")

    def scw():
        return T("$ scw init access-key=", E(A, "SCW" + rs(17, string.ascii_uppercase + string.digits)), " secret-key=", E(G, uid),
                 " organization-id=", uuid(), " send-telemetry=false\n✅ Initialization completed with success.\n")

    def ibm():
        return T("PS> ibmcloud login --apikey ", E(G, rs(44, ALNUM + "-_")), " -r eu-de -g ops\nAPI endpoint: https://cloud.ibm.com\nAuthenticating...\nOK\n")

    def exo():
        return T("$ exo config add --name prod --key ", E(A, "EXO" + hexs(24)), " --secret ", E(G, rs(43, ALNUM + "-_")), " --zone ch-gva-2\n")

    def linode():
        return T("$ LINODE_CLI_TOKEN=", E(G, hexs(64)), " linode-cli linodes list --text --no-headers\n", str(R.randint(40000000, 59999999)),
                 "\tledger-1\tg6-standard-2\trunning\n")

    def ovh():
        return T("$ curl -s -X GET https://eu.api.ovh.com/1.0/me \\\n  -H 'X-Ovh-Application: ", rs(16), "' \\\n  -H 'X-Ovh-Consumer: ", E(G, rs(32)),
                 "' \\\n  -H 'X-Ovh-Signature: ", E(G, "$1$" + hexs(40)), "' -H 'X-Ovh-Timestamp: 1765012345'\n")

    def yc():
        return T("$ yc iam create-token\n", E(B, "t1." + rs(24, ALNUM) + "." + rs(86, ALNUM + "-_")), "\n$ yc compute instance list --folder-id b1g", rs(17, string.ascii_lowercase + string.digits), "\n")

    def huawei():
        return T("$ hcloud configure set --cli-profile=prod --cli-region=ap-southeast-1 --cli-access-key=", rs(20, string.ascii_uppercase + string.digits),
                 " --cli-secret-key=", E(G, rs(40, ALNUM)), "\nThe configuration is saved.\n")

    def oci():
        return T("$ oci setup repair-file-permissions --file ~/.oci/oci_api_key.pem\n$ OCI_CLI_PASSPHRASE='", E(G, pw), "' oci os bucket list -c ocid1.compartment.oc1..aaaa",
                 rs(52, string.ascii_lowercase + string.digits), "\n")
    return v(hcloud, scw, ibm, exo, linode, ovh, yc, huawei, oci)


def f_cloud_files():
    def hcloud_toml():
        return T("# ~/.config/hcloud/cli.toml\nactive_context = \"prod\"\n\n[[contexts]]\n  name = \"prod\"\n  token = \"", E(G, rs(64)), "\"\n\n[[contexts]]\n  name = \"lab\"\n  token = \"",
                 E(G, rs(64)), "\"\n")

    def scw_yaml():
        return T("$ cat ~/.config/scw/config.yaml\naccess_key: ", E(A, "SCW" + rs(17, string.ascii_uppercase + string.digits)), "\nsecret_key: ", E(G, uuid()),
                 "\ndefault_organization_id: ", uuid(), "\ndefault_region: fr-par\ndefault_zone: fr-par-2\n")

    def oci_cfg():
        return T("[DEFAULT]\nuser=ocid1.user.oc1..aaaa", rs(52, string.ascii_lowercase + string.digits), "\nfingerprint=",
                 ":".join(hexs(2) for _ in range(16)), "\nkey_file=~/.oci/oci_api_key.pem\npass_phrase=", E(G, password()),
                 "\ntenancy=ocid1.tenancy.oc1..aaaa", rs(52, string.ascii_lowercase + string.digits), "\nregion=eu-frankfurt-1\n")

    def ovh_conf():
        return T("; ovh.conf\n[default]\nendpoint=ovh-eu\n\n[ovh-eu]\napplication_key=", rs(16), "\napplication_secret=", E(G, rs(32)),
                 "\nconsumer_key=", E(G, rs(32)), "\n")

    def ibm_json():
        return T("$ cat apikey.json\n{\n\t\"name\": \"ci-deployer\",\n\t\"description\": \"\",\n\t\"createdAt\": \"2026-11-02T09:14+0000\",\n\t\"apikey\": \"",
                 E(G, rs(44, ALNUM + "-_")), "\"\n}\n")

    def linode_ini():
        return T("[DEFAULT]\ndefault-user = ops-bot\n\n[ops-bot]\ntoken = ", E(G, hexs(64)), "\nregion = eu-central\ntype = g6-standard-2\nimage = linode/debian12\n")

    def exo_toml():
        return T("defaultaccount = \"prod\"\n\n[[accounts]]\n  account = \"acme\"\n  defaultZone = \"de-fra-1\"\n  key = \"", E(A, "EXO" + hexs(24)), "\"\n  name = \"prod\"\n  secret = \"",
                 E(G, rs(43, ALNUM + "-_")), "\"\n")

    def do_spaces():
        return T("$ s3cmd --configure   # DigitalOcean Spaces\n...\nNew settings:\n  Access Key: ", E(A, "DO00" + rs(16, string.ascii_uppercase + string.digits)),
                 "\n  Secret Key: ", E(G, rs(43, ALNUM + "/+")), "\n  Default Region: ams3\n  S3 Endpoint: ams3.digitaloceanspaces.com\n")
    return v(hcloud_toml, scw_yaml, oci_cfg, ovh_conf, ibm_json, linode_ini, exo_toml, do_spaces)


def f_vendor_tokens():
    toks = [("SENTRY_AUTH_TOKEN", "sntrys_" + rs(64, ALNUM)), ("DOPPLER_TOKEN", "dp.st.prd." + rs(40)), ("POSTMAN_API_KEY", "PMAK-" + hexs(24) + "-" + hexs(34)),
            ("TS_AUTHKEY", "tskey-auth-" + rs(12) + "CNTRL-" + rs(33)), ("DATABRICKS_TOKEN", "dapi" + hexs(32)), ("GRAFANA_TOKEN", "glsa_" + rs(32) + "_" + hexs(8)),
            ("PULUMI_ACCESS_TOKEN", "pul-" + hexs(40)), ("TF_TOKEN_app_terraform_io", rs(14) + ".atlasv1." + rs(67)), ("FIGMA_TOKEN", "figd_" + rs(40, ALNUM + "-_")),
            ("NETLIFY_AUTH_TOKEN", "nfp_" + rs(36)), ("SUPABASE_ACCESS_TOKEN", "sbp_" + hexs(40)), ("NOTION_TOKEN", "ntn_" + rs(46)),
            ("BUILDKITE_API_TOKEN", "bkua_" + hexs(40)), ("RENDER_API_KEY", "rnd_" + rs(32))]
    name, tok = pick(toks)

    def env():
        return T("$ env | grep -i token\n", name, "=", E(A, tok), "\nGIT_ASKPASS=/usr/lib/git-core/git-gui--askpass\n")

    def header():
        return T("> GET /api/v1/projects HTTP/2\n> Host: api.example-vendor.io\n> authorization: Bearer ", E(A, tok), "\n> user-agent: ops-sync/2.3\n")

    def compose():
        return T("services:\n  worker:\n    image: registry.acme-logistics.io/sync-worker:1.18\n    environment:\n      - ", name, "=", E(A, tok), "\n      - LOG_LEVEL=debug\n")

    def err():
        return T("ERROR sync.go:212 upstream rejected credentials token=", E(A, tok), " status=401 retry_in=30s\n")

    def okta():
        return T("$ curl -s -H \"Accept: application/json\" -H \"Authorization: SSWS ", E(G, "00" + rs(40, ALNUM + "-_")),
                 "\" \"https://acme.okta.com/api/v1/users?limit=1\"\n")

    def mapbox():
        return T("MAPBOX_DOWNLOADS_TOKEN=", E(A, "sk.eyJ1IjoiYWNtZS1vcHMiLCJhIjoi" + rs(24) + "In0." + rs(22, ALNUM + "-_")), "\n")
    return v(env, header, compose, err, okta, mapbox)


def f_saas_cli():
    pw = password()

    def fly():
        return T("$ fly secrets set -a ledger-api DATABASE_URL=postgres://", E(CS, "ledger:" + url_password()), "@ledger-db.flycast:5432/ledger SESSION_SECRET=", E(G, hexs(64)),
                 "\nUpdating existing machines in 'ledger-api' with rolling strategy\n")

    def wrangler():
        return T("$ echo \"", E(G, rs(40)), "\" | npx wrangler secret put STRIPE_WEBHOOK_SECRET --env production\n» Creating the secret for the Worker \"checkout\"\n✨ Success!\n")

    def vercel():
        return T("$ printf '%s' '", E(G, pw), "' | vercel env add DB_PASSWORD production\nVercel CLI 39.1.2\n✅  Added Environment Variable DB_PASSWORD to Project ledger [312ms]\n")

    def netlify():
        return T("$ netlify env:set ALGOLIA_ADMIN_KEY ", E(G, hexs(32)), " --context production\nSet environment variable ALGOLIA_ADMIN_KEY=**** in the production context\n")

    def supabase():
        return T("$ supabase secrets set RESEND_API_KEY=", E(A, "re_" + rs(8) + "_" + rs(24)), " SMTP_PASS=", E(G, pw), " --project-ref ", rs(20, string.ascii_lowercase), "\nFinished supabase secrets set.\n")

    def railway():
        return T("$ railway variables --set \"REDIS_PASSWORD=", E(G, pw), "\" --service cache\nSet variables REDIS_PASSWORD\n")

    def gh():
        return T("$ gh secret set NPM_PUBLISH_PASSWORD --repo acme/ui-kit --body '", E(G, pw), "'\n✓ Set Actions secret NPM_PUBLISH_PASSWORD for acme/ui-kit\n")

    def doppler():
        return T("$ doppler secrets set SMTP_PASSWORD=\"", E(G, pw), "\" -p billing -c prd\n┌───────────────┬──────────┐\n│ NAME          │ VALUE    │\n├───────────────┼──────────┤\n│ SMTP_PASSWORD │ ",
                 E(G, pw), " │\n└───────────────┴──────────┘\n")
    return v(fly, wrangler, vercel, netlify, supabase, railway, gh, doppler)


def f_ci_other():
    pw = password()

    def concourse_login():
        return T("$ fly -t prod login -c https://ci.int.kestrel.dev -u admin -p '", E(G, pw), "'\nlogging in to team 'main'\n\ntarget saved\n")

    def concourse_vars():
        return T("$ fly -t prod set-pipeline -p ledger -c ci/pipeline.yml -v registry_password=", E(G, pw), " -v git_branch=main\njobs:\n  job build has changed:\n")

    def sem():
        return T("$ sem create secret ledger-db -e DB_PASSWORD=", E(G, pw), " -e DB_USER=ledger\nSecret 'ledger-db' created.\n")

    def drone():
        return T("$ drone secret add --repository acme/ledger --name docker_password --data ", E(G, pw), "\n$ drone secret ls acme/ledger\ndocker_password\nPull Request Read:  false\n")

    def woodpecker():
        return T("$ woodpecker-cli repo secret add --repository acme/ledger --name s3_secret --value ", E(G, rs(40, ALNUM + "/+")), " --event push\n")

    def tkn():
        return T("$ tkn pipeline start build-and-push -p git-url=https://git.int.kestrel.dev/ledger.git -p registry-password=", E(G, pw),
                 " -w name=shared,claimName=src-pvc\nPipelinerun started: build-and-push-run-", rs(5, string.ascii_lowercase + string.digits), "\n")

    def hal():
        return T("$ echo '", E(G, pw), "' | hal config provider docker-registry account add harbor --address harbor.int.kestrel.dev --username robot$spin --password-stdin\n+ Get current deployment\n  Success\n")

    def travis():
        return T("$ travis encrypt DEPLOY_PASSWORD=", E(G, pw), " --add env.global --com\nOverwrite the config file /home/ci/ledger/.travis.yml with the content below?\n")

    def gocd():
        return T("<environmentvariables>\n  <variable name=\"ARTIFACTORY_PASSWORD\">\n    <value>", E(G, pw), "</value>\n  </variable>\n  <variable name=\"ARTIFACTORY_PASSWORD_ENC\" secure=\"true\">\n    <encryptedValue>AES:",
                 b64(16), ":", b64(16), "</encryptedValue>\n  </variable>\n</environmentvariables>\n")
    return v(concourse_login, concourse_vars, sem, drone, woodpecker, tkn, hal, travis, gocd)


def f_traces_other():
    pw = password().replace("'", "").replace("\\", "")
    h = host()

    def php():
        return T("PHP Fatal error:  Uncaught PDOException: SQLSTATE[HY000] [2002] Connection refused in /var/www/app/src/Db.php:18\nStack trace:\n#0 /var/www/app/src/Db.php(18): PDO->__construct('mysql:host=",
                 h, ";dbname=shop', 'shop_rw', '", E(G, pw), "', Array)\n#1 /var/www/app/public/index.php(7): App\\Db::connect()\n#2 {main}\n  thrown in /var/www/app/src/Db.php on line 18\n")

    def perl():
        return T("DBI connect('dbname=ledger;host=", h, "','ledger','", E(G, pw), "') failed: connection to server failed: timeout expired at /opt/ledger/bin/nightly.pl line 41.\n")

    def ruby():
        return T("ActiveRecord::ConnectionNotEstablished: connection to server at \"", h, "\" failed: FATAL:  too many connections\n  config: {\"adapter\"=>\"postgresql\", \"host\"=>\"",
                 h, "\", \"username\"=>\"orders\", \"password\"=>\"", E(G, pw), "\", \"pool\"=>5}\n/usr/local/bundle/gems/activerecord-7.1.3/lib/active_record/connection_adapters/postgresql_adapter.rb:60:in `rescue in new_client'\n")

    def elixir():
        return T("** (DBConnection.ConnectionError) tcp connect (", h, ":5432): connection refused - :econnrefused\n    opts: [hostname: \"", h,
                 "\", username: \"app\", password: \"", E(G, pw), "\", database: \"app_prod\", pool_size: 10]\n    (db_connection 2.6.0) lib/db_connection/connection.ex:95: DBConnection.Connection.connect/2\n")

    def erlang():
        return T("=ERROR REPORT==== 6-Dec-2026::10:14:02.118 ===\n** Generic server epgsql_sock terminating\n** Last message in was {connect,\"", h,
                 "\",\"replicator\",\"", E(G, pw), "\",#{database => \"events\",port => 5432}}\n** Reason for termination ==\n** {error,timeout}\n")

    def haskell():
        return T("app: libpq: failed (could not connect to server: Connection refused)\nCallStack (from HasCallStack):\n  error, called at src/Db.hs:31:5 in main:Db\nConnectInfo {connectHost = \"", h,
                 "\", connectPort = 5432, connectUser = \"reports\", connectPassword = \"", E(G, pw), "\", connectDatabase = \"reports\"}\n")

    def clojure():
        return T("Execution error (ExceptionInfo) at app.db/connect! (db.clj:22).\nCannot open pool\n{:dbtype \"postgresql\", :host \"", h, "\", :user \"etl\", :password \"", E(G, pw),
                 "\", :dbname \"warehouse\"}\n")

    def kotlin():
        return T("Exception in thread \"main\" java.lang.IllegalStateException: Failed to connect with DbConfig(host=", h, ", port=5432, user=billing, password=", E(G, pw),
                 ", poolSize=8)\n\tat com.acme.billing.DbKt.connect(Db.kt:44)\n\tat com.acme.billing.MainKt.main(Main.kt:12)\n")

    def scala():
        return T("[error] com.zaxxer.hikari.pool.HikariPool$PoolInitializationException: Failed to initialize pool\n[error] \tconfig = DbSettings(url = jdbc:postgresql://", h,
                 "/events, user = events, password = ", E(G, pw), ", maxPool = 16)\n")
    return v(php, perl, ruby, elixir, erlang, haskell, clojure, kotlin, scala)


def f_repl():
    pw = password().replace('"', "").replace("'", "").replace("\\", "")
    tok = rs(40)

    def irb():
        return T("irb(main):003> Rails.application.credentials.dig(:stripe, :webhook_secret)\n=> \"", E(A, "whsec_" + rs(32)), "\"\nirb(main):004> ENV[\"REDIS_PASSWORD\"]\n=> \"",
                 E(G, pw), "\"\n")

    def iex():
        return T("iex(2)> Application.get_env(:app, App.Repo)\n[\n  username: \"app\",\n  password: \"", E(G, pw), "\",\n  hostname: \"db.internal\",\n  pool_size: 10\n]\n")

    def psysh():
        return T(">>> config('services.mailgun')\n=> [\n     \"domain\" => \"mg.acme-logistics.io\",\n     \"secret\" => \"", E(A, "key-" + hexs(32)),
                 "\",\n     \"endpoint\" => \"api.eu.mailgun.net\",\n   ]\n")

    def ghci():
        return T("ghci> lookupEnv \"API_TOKEN\"\nJust \"", E(G, tok), "\"\nghci> :q\n")

    def rcons():
        return T("> Sys.getenv(\"DB_PASS\")\n[1] \"", E(G, pw), "\"\n> con <- dbConnect(RPostgres::Postgres(), host = \"warehouse\", user = \"analyst\", password = Sys.getenv(\"DB_PASS\"))\n")

    def julia():
        return T("julia> ENV[\"MINIO_SECRET_KEY\"]\n\"", E(G, rs(40, ALNUM + "/+")), "\"\n\njulia> ")

    def node():
        return T("> process.env.SESSION_SECRET\n'", E(G, hexs(48)), "'\n> process.env.NODE_ENV\n'production'\n")

    def scala():
        return T("scala> sys.env(\"KAFKA_SASL_PASSWORD\")\nval res0: String = ", E(G, pw), "\n")

    def lua():
        return T("> print(os.getenv(\"REDIS_AUTH\"))\n", E(G, pw), "\n> ")
    return v(irb, iex, psysh, ghci, rcons, julia, node, scala, lua)


def f_toml():
    pw = password().replace('"', "").replace("\\", "")

    def streamlit():
        return T("# .streamlit/secrets.toml\n[connections.warehouse]\ndialect = \"postgresql\"\nhost = \"warehouse.int\"\nusername = \"dash\"\npassword = \"", E(G, pw),
                 "\"\n\n[openai]\napi_key = \"", E(A, "sk-proj-" + rs(48, ALNUM + "-_")), "\"\n")

    def vector():
        return T("[sinks.es]\ntype = \"elasticsearch\"\ninputs = [\"parse_logs\"]\nendpoints = [\"https://es.int.kestrel.dev:9200\"]\nauth.strategy = \"basic\"\nauth.user = \"vector\"\nauth.password = \"",
                 E(G, pw), "\"\n")

    def wrangler():
        return T("name = \"checkout\"\nmain = \"src/index.ts\"\ncompatibility_date = \"2026-10-01\"\n\n[vars]\nENVIRONMENT = \"production\"\nPAYPAL_CLIENT_SECRET = \"", E(G, rs(80, ALNUM + "-_")), "\"\n")

    def poetry():
        return T("$ cat ~/.config/pypoetry/auth.toml\n[http-basic.internal]\nusername = \"ci\"\npassword = \"", E(G, pw), "\"\n")

    def rocket():
        return T("[release]\naddress = \"0.0.0.0\"\nport = 8000\nsecret_key = \"", E(G, b64(32)), "\"\n")

    def influx():
        return T("$ cat ~/.influxdbv2/configs\n[default]\n  url = \"https://influx.int.kestrel.dev:8086\"\n  token = \"", E(G, b64(64, url=True)), "\"\n  org = \"ops\"\n  active = true\n")

    def traefik():
        return T("[http.middlewares.dash-auth.basicAuth]\n  users = [\n    \"admin:", E(G, "$apr1$" + rs(8) + "$" + rs(22, ALNUM + "./")), "\",\n  ]\n")

    def cargo():
        return T("# .cargo/config.toml\n[registries.internal]\nindex = \"sparse+https://crates.int.kestrel.dev/index/\"\ntoken = \"", E(G, "cio" + rs(32)), "\"\n")
    return v(streamlit, vector, wrangler, poetry, rocket, influx, traefik, cargo)


def f_hcl():
    pw = password().replace('"', "").replace("\\", "")

    def nomad():
        return T("task \"api\" {\n  driver = \"docker\"\n  env {\n    DB_HOST     = \"ledger-db.service.consul\"\n    DB_PASSWORD = \"", E(G, pw), "\"\n  }\n}\n")

    def consul():
        return T("datacenter = \"fra1\"\ndata_dir   = \"/opt/consul\"\nencrypt    = \"", E(G, b64(32)), "\"\nacl {\n  enabled = true\n  tokens {\n    agent = \"", E(G, uuid()), "\"\n  }\n}\n")

    def vault_seal():
        return T("seal \"awskms\" {\n  region     = \"eu-central-1\"\n  access_key = \"", E("AWS_ACCESS_KEY", "AKIA" + rs(16, string.ascii_uppercase + "234567")), "\"\n  secret_key = \"",
                 E("AWS_SECRET_KEY", rs(40, ALNUM + "/+")), "\"\n  kms_key_id = \"alias/vault-unseal\"\n}\n")

    def tf_pg():
        return T("provider \"postgresql\" {\n  host     = \"ledger-db.int\"\n  username = \"tf_admin\"\n  password = \"", E(G, pw), "\"\n  sslmode  = \"require\"\n}\n")

    def tf_gh():
        return T("provider \"github\" {\n  owner = \"acme\"\n  token = \"", E("GITHUB_TOKEN", "ghp_" + rs(36)), "\"\n}\n")

    def tf_grafana():
        return T("provider \"grafana\" {\n  url  = \"https://grafana.int.kestrel.dev\"\n  auth = \"admin:", E(G, pw), "\"\n}\n")

    def terragrunt():
        return T("inputs = {\n  cluster_name   = \"prod-eu\"\n  db_username    = \"app\"\n  db_password    = \"", E(G, pw), "\"\n  instance_class = \"db.r6g.large\"\n}\n")

    def boundary():
        return T("kms \"aead\" {\n  purpose   = \"root\"\n  aead_type = \"aes-gcm\"\n  key       = \"", E(G, b64(32)), "\"\n  key_id    = \"global_root\"\n}\n")
    return v(nomad, consul, vault_seal, tf_pg, tf_gh, tf_grafana, terragrunt, boundary)


def f_ini():
    pw = password().replace(";", "").replace("#", "")

    def php():
        return T("; /etc/php/8.3/fpm/conf.d/99-app.ini\nmysqli.default_host = db.int\nmysqli.default_user = wp\nmysqli.default_pw = ", E(G, pw), "\n")

    def supervisord():
        return T("[inet_http_server]\nport=127.0.0.1:9001\nusername=ops\npassword=", E(G, pw), "\n\n[program:worker]\ncommand=/opt/app/bin/worker\nenvironment=QUEUE_URL=\"amqp://",
                 E(CS, "worker:" + url_password()), "@mq-prod-1:5672/\"\n")

    def gitea():
        return T("[database]\nDB_TYPE  = postgres\nHOST     = gitea-db:5432\nNAME     = gitea\nUSER     = gitea\nPASSWD   = `", E(G, pw), "`\n\n[security]\nINSTALL_LOCK   = true\nINTERNAL_TOKEN = ",
                 E("JWT", jwt({"nbf": 1764990000})), "\n")

    def hgrc():
        return T("[auth]\nbb.prefix = https://hg.int.kestrel.dev\nbb.username = deploy\nbb.password = ", E(G, pw), "\n\n[paths]\ndefault = https://", E(U, "deploy:" + rs(16)), "@hg.int.kestrel.dev/ledger\n")

    def davfs():
        return T("# /etc/davfs2/secrets\nhttps://dav.int.kestrel.dev/backup  backup  \"", E(G, pw.replace('"', "")), "\"\n")

    def chap():
        return T("# /etc/ppp/chap-secrets\n# client\tserver\tsecret\t\t\tIP addresses\nbranch-07\t*\t\"", E(G, pw.replace('"', "")), "\"\t*\n")

    def odoo():
        return T("[options]\naddons_path = /mnt/extra-addons\nadmin_passwd = ", E(G, pw), "\ndb_host = odoo-db\ndb_user = odoo\ndb_password = ", E(G, password().replace(";", "").replace("#", "")), "\n")

    def transifex():
        return T("[https://www.transifex.com]\nrest_hostname = https://rest.api.transifex.com\ntoken = ", E(G, "1/" + hexs(40)), "\n")
    return v(php, supervisord, gitea, hgrc, davfs, chap, odoo, transifex)


def f_properties():
    pw = password().replace("\\", "").replace("=", "").replace(":", "")

    def liquibase():
        return T("# liquibase.properties\nchangeLogFile: db/changelog.xml\nurl: jdbc:postgresql://ledger-db.int:5432/ledger\nusername: liquibase\npassword: ", E(G, pw), "\n")

    def flyway():
        return T("flyway.url=jdbc:mysql://shop-db.int:3306/shop\nflyway.user=flyway\nflyway.password=", E(G, pw), "\nflyway.locations=filesystem:sql\n")

    def hibernate():
        return T("hibernate.connection.driver_class=org.mariadb.jdbc.Driver\nhibernate.connection.username=crm\nhibernate.connection.password=", E(G, pw), "\nhibernate.show_sql=false\n")

    def quarkus():
        return T("%prod.quarkus.datasource.username=orders\n%prod.quarkus.datasource.password=", E(G, pw), "\n%prod.quarkus.oidc.credentials.secret=", E(G, rs(32)), "\n")

    def activemq():
        return T("## credentials.properties\nactivemq.username=system\nactivemq.password=", E(G, pw), "\nguest.password=", E(G, password().replace("\\", "").replace("=", "").replace(":", "")), "\n")

    def sonar():
        return T("sonar.jdbc.username=sonar\nsonar.jdbc.password=", E(G, pw), "\nsonar.jdbc.url=jdbc:postgresql://sonar-db/sonar\nsonar.web.javaOpts=-Xmx2g\n")

    def keycloak():
        return T("# conf/keycloak.conf\ndb=postgres\ndb-username=keycloak\ndb-password=", E(G, pw), "\nhostname=sso.kestrel.dev\n")

    def cont():
        a = rs(20)
        b = rs(20)
        return T("mail.smtp.user=alerts\nmail.smtp.password=", E(G, a), "\\\n    ", E(G, b), "\nmail.smtp.port=587\n")
    return v(liquibase, flyway, hibernate, quarkus, activemq, sonar, keycloak, cont)


def f_xml_products():
    pw = password().replace("<", "").replace("&", "").replace('"', "")

    def wildfly():
        return T("<datasource jndi-name=\"java:jboss/datasources/LedgerDS\" pool-name=\"LedgerDS\">\n    <connection-url>jdbc:postgresql://ledger-db:5432/ledger</connection-url>\n    <security>\n        <user-name>ledger</user-name>\n        <password>",
                 E(G, pw), "</password>\n    </security>\n</datasource>\n")

    def hibernate():
        return T("<session-factory>\n  <property name=\"connection.url\">jdbc:mysql://crm-db/crm</property>\n  <property name=\"connection.username\">crm</property>\n  <property name=\"connection.password\">",
                 E(G, pw), "</property>\n</session-factory>\n")

    def log4j2():
        return T("<SMTP name=\"Mail\" subject=\"[prod] error\" to=\"", E("EMAIL", "oncall@opsteam.net"), "\" from=\"", E("EMAIL", "log4j@opsteam.net"),
                 "\"\n      smtpHost=\"smtp.opsteam.net\" smtpPort=\"587\" smtpUsername=\"log4j\" smtpPassword=\"", E(G, pw), "\" bufferSize=\"50\"/>\n")

    def iis():
        return T("<system.web>\n  <machineKey validationKey=\"", E(G, hexs(128).upper()), "\"\n              decryptionKey=\"", E(G, hexs(48).upper()),
                 "\" validation=\"HMACSHA256\" decryption=\"AES\" />\n</system.web>\n")

    def activemq():
        return T("<simpleAuthenticationPlugin>\n  <users>\n    <authenticationUser username=\"admin\" password=\"", E(G, pw), "\" groups=\"admins,publishers,consumers\"/>\n  </users>\n</simpleAuthenticationPlugin>\n")

    def hazelcast():
        return T("<hazelcast>\n  <security enabled=\"true\">\n    <member-authentication realm=\"m\"/>\n    <realms><realm name=\"m\"><identity><username-password username=\"member\" password=\"",
                 E(G, pw), "\"/></identity></realm></realms>\n  </security>\n</hazelcast>\n")

    def soapui():
        return T("<con:credentials><con:username>svc_soap</con:username><con:password>", E(G, pw), "</con:password><con:selectedAuthProfile>Basic</con:selectedAuthProfile></con:credentials>\n")

    def ant():
        return T("<sshexec host=\"build-07\" username=\"deploy\" password=\"", E(G, pw), "\" trust=\"true\" command=\"/opt/deploy/run.sh\"/>\n")
    return v(wildfly, hibernate, log4j2, iis, activemq, hazelcast, soapui, ant)


def f_desktop_clients():
    pw = password().replace("<", "").replace("&", "").replace('"', "")

    def filezilla():
        import base64
        enc = base64.b64encode(pw.encode()).decode()
        return T("<Server>\n\t<Host>ftp.int.kestrel.dev</Host>\n\t<Port>21</Port>\n\t<Protocol>0</Protocol>\n\t<Type>0</Type>\n\t<User>upload</User>\n\t<Pass encoding=\"base64\">",
                 E(G, enc), "</Pass>\n\t<Logontype>1</Logontype>\n</Server>\n")

    def winscp():
        return T("[Sessions\\deploy@sftp-gw]\nHostName=sftp-gw.hirundo.co\nUserName=deploy\nPassword=", E(G, "A35C" + hexs(60).upper()), "\nPortNumber=22\n")

    def heidisql():
        return T("Windows Registry Editor Version 5.00\n\n[HKEY_CURRENT_USER\\Software\\HeidiSQL\\Servers\\prod-crm]\n\"Host\"=\"crm-db\"\n\"User\"=\"crm\"\n\"Password\"=\"", E(G, hexs(40) + "4"),
                 "\"\n\"Port\"=\"3306\"\n")

    def remmina():
        return T("[remmina]\nname=jump-host\nprotocol=RDP\nserver=jump.hirundo.co\nusername=ops\npassword=", E(G, b64(24)), "\ndomain=HIRUNDO\n")

    def mremoteng():
        return T("<Node Name=\"db-eu-2\" Type=\"Connection\" Hostname=\"db-eu-2.int\" Username=\"Administrator\" Password=\"", E(G, b64(48)),
                 "\" Protocol=\"RDP\" Port=\"3389\" />\n")

    def rdp():
        return T("full address:s:ts01.hirundo.co\nusername:s:HIRUNDO\\ops\npassword 51:b:", E(G, "01000000D08C9DDF0115D1118C7A00C04FC297EB01000000" + hexs(120).upper()), "\nprompt for credentials:i:0\n")

    def dbeaver():
        return T("$ cat .dbeaver/data-sources.json | jq '.connections[\"postgres-jdbc-19\"].configuration'\n{\n  \"host\": \"reports-db\",\n  \"database\": \"reports\",\n  \"user\": \"analyst\",\n  \"password\": \"",
                 E(G, pw), "\",\n  \"save-password\": true\n}\n")

    def cyberduck():
        return T("2026-12-06 09:12:44,201 [background-1] DEBUG ch.cyberduck.core.ftp.FTPSession - >>> PASS ", E(G, pw), "\n2026-12-06 09:12:44,318 [background-1] DEBUG ch.cyberduck.core.ftp.FTPSession - <<< 230 Login successful.\n")
    return v(filezilla, winscp, heidisql, remmina, mremoteng, rdp, dbeaver, cyberduck)


def f_wire_msg():
    pw = password().replace('"', "").replace("'", "")
    user = pick(["svc-orders", "monitor", "bridge", "ops"])

    def stomp():
        return T(">>> CONNECT\naccept-version:1.2\nhost:/\nlogin:", user, "\npasscode:", E(G, pw), "\nheart-beat:10000,10000\n\n^@\n<<< CONNECTED\nversion:1.2\nsession:ID:mq-1-", str(R.randint(30000, 60000)), "-1\n")

    def amqp():
        return T("DEBUG pika.connection: Sending Connection.StartOk frame: <Connection.StartOk(['client_properties={...}', \"locale='en_US'\", \"mechanism='PLAIN'\", \"response='\\x00",
                 user, "\\x00", E(G, pw), "'\"])>\n")

    def xmpp():
        import base64
        return T("SENT (0): <auth xmlns='urn:ietf:params:xml:ns:xmpp-sasl' mechanism='PLAIN'>", E(G, base64.b64encode(("\0" + user + "\0" + pw).encode()).decode()),
                 "</auth>\nRECV (0): <success xmlns='urn:ietf:params:xml:ns:xmpp-sasl'/>\n")

    def irc():
        return T("--> PASS ", E(G, pw), "\n--> NICK alertbot\n--> USER alertbot 0 * :Alert relay\n<-- :irc.int 001 alertbot :Welcome\n--> PRIVMSG NickServ :IDENTIFY alertbot ", E(G, password().replace("'", "")), "\n")

    def nntp():
        return T("200 news.int.kestrel.dev InterNetNews NNRP server INN 2.7.1 ready (posting ok)\nAUTHINFO USER archiver\n381 Enter password\nAUTHINFO PASS ", E(G, pw), "\n281 Authentication succeeded\n")

    def sieve():
        import base64
        return T("C: AUTHENTICATE \"PLAIN\" \"", E(G, base64.b64encode(("\0" + user + "\0" + pw).encode()).decode()), "\"\nS: OK \"Logged in.\"\nC: LISTSCRIPTS\n")

    def memcached():
        return T("$ memcstat --servers=cache-3 --username=", user, " --password=", E(G, pw), " --binary\nServer: cache-3 (11211)\n\t pid: 812\n")

    def ftp_log():
        return T("(000123) 06.12.2026 09:01:17 - (not logged in) (", E("IPV4", ipv4()), ")> USER backup\n(000123) 06.12.2026 09:01:17 - (not logged in) > 331 Password required for backup\n(000123) 06.12.2026 09:01:17 - (not logged in) > PASS ",
                 E(G, pw), "\n")
    return v(stomp, amqp, xmpp, irc, nntp, sieve, memcached, ftp_log)


def f_rpc():
    pw = password().replace("<", "").replace("&", "").replace('"', "")

    def wp():
        return T("POST /xmlrpc.php HTTP/1.1\nContent-Type: text/xml\n\n<?xml version=\"1.0\"?><methodCall><methodName>wp.getUsersBlogs</methodName><params><param><value><string>editor</string></value></param><param><value><string>",
                 E(G, pw), "</string></value></param></params></methodCall>\n")

    def bitcoind():
        return T("# bitcoin.conf\nserver=1\nrpcuser=btcrpc\nrpcpassword=", E(G, rs(44)), "\nrpcbind=127.0.0.1\n")

    def eth():
        return T("{\"jsonrpc\":\"2.0\",\"method\":\"personal_unlockAccount\",\"params\":[\"0x", hexs(40), "\",\"", E(G, pw), "\",300],\"id\":7}\n")

    def odoo():
        return T(">>> models.execute_kw('prod', 2, '", E(G, pw), "', 'res.partner', 'search_count', [[['is_company', '=', True]]])\n1284\n")

    def zabbix():
        return T("curl -s -X POST -H 'Content-Type: application/json-rpc' https://zabbix.int/api_jsonrpc.php -d '{\"jsonrpc\":\"2.0\",\"method\":\"user.login\",\"params\":{\"username\":\"api\",\"password\":\"",
                 E(G, pw), "\"},\"id\":1}'\n{\"jsonrpc\":\"2.0\",\"result\":\"", E(G, hexs(32)), "\",\"id\":1}\n")

    def transmission():
        return T("$ transmission-remote nas:9091 --auth ", E(BA, "admin:" + pw.replace(" ", "")), " -l\n    ID   Done       Have  ETA           Up    Down  Ratio  Status       Name\nSum:                 None               0.0     0.0\n")

    def kodi():
        return T("$ curl -s -u ", E(BA, "kodi:" + pw.replace(" ", "").replace("'", "")), " -H 'Content-Type: application/json' --data '{\"jsonrpc\":\"2.0\",\"method\":\"JSONRPC.Ping\",\"id\":1}' http://mediabox:8080/jsonrpc\n")

    def xmlrpc_sup():
        return T(">>> s = xmlrpc.client.ServerProxy('http://", E(U, "ops:" + url_password()), "@worker-3:9001/RPC2')\n>>> s.supervisor.getState()\n{'statecode': 1, 'statename': 'RUNNING'}\n")
    return v(wp, bitcoind, eth, odoo, zabbix, transmission, kodi, xmlrpc_sup)


def f_armoured_keys():
    def nebula():
        return T("$ cat /etc/nebula/host.key\n", E(PK, "-----BEGIN NEBULA X25519 PRIVATE KEY-----\n" + b64(32) + "\n-----END NEBULA X25519 PRIVATE KEY-----"), "\n")

    def nebula_ca():
        return T("$ nebula-cert ca -name \"Acme Mesh\" -duration 17531h\n$ cat ca.key\n", E(PK, "-----BEGIN NEBULA ED25519 PRIVATE KEY-----\n" + b64_lines(64) + "\n-----END NEBULA ED25519 PRIVATE KEY-----"), "\n")

    def ssh2():
        return T("$ cat id_rsa_tectia\n", E(PK, "---- BEGIN SSH2 ENCRYPTED PRIVATE KEY ----\nSubject: ops\nComment: \"2048-bit rsa, ops@jump, Sat Dec 06 2026\"\n" + b64_lines(600, 70) + "\n---- END SSH2 ENCRYPTED PRIVATE KEY ----"), "\n")

    def ovpn():
        lines = "\n".join(hexs(32) for _ in range(16))
        return T("<tls-auth>\n#\n# 2048 bit OpenVPN static key\n#\n", E(PK, "-----BEGIN OpenVPN Static key V1-----\n" + lines + "\n-----END OpenVPN Static key V1-----"), "\n</tls-auth>\nkey-direction 1\n")

    def cosign():
        return T("$ cosign generate-key-pair k8s://ci/cosign\n$ kubectl -n ci get secret cosign -o jsonpath='{.data.cosign\\.key}' | base64 -d\n",
                 E(PK, "-----BEGIN ENCRYPTED SIGSTORE PRIVATE KEY-----\n" + b64_lines(300) + "\n-----END ENCRYPTED SIGSTORE PRIVATE KEY-----"), "\n")

    def pem_headers():
        return T("$ cat intermediate_ca_key\n", E(PK, "-----BEGIN EC PRIVATE KEY-----\nProc-Type: 4,ENCRYPTED\nDEK-Info: AES-256-CBC," + hexs(32).upper() + "\n\n" + b64_lines(160) + "\n-----END EC PRIVATE KEY-----"), "\n")

    def dkim():
        return T("# /etc/opendkim/keys/kestrel.dev/mail.private\n", E(PK, "-----BEGIN RSA PRIVATE KEY-----\n" + b64_lines(608) + "\n-----END RSA PRIVATE KEY-----"), "\n")

    def tinc():
        return T("$ cat /etc/tinc/mesh/ed25519_key.priv\n", E(PK, "-----BEGIN ED25519 PRIVATE KEY-----\n" + rs(86, ALNUM + "+/") + "\n-----END ED25519 PRIVATE KEY-----"), "\n")
    return v(nebula, nebula_ca, ssh2, ovpn, cosign, pem_headers, dkim, tinc)


def f_crypto_keys():
    def wif_():
        return T("$ bitcoin-cli -rpcwallet=hot dumpprivkey bc1q", rs(38, "qpzry9x8gf2tvdw0s3jn54khce6mua7l"), "\n", E(PK, wif()), "\n")

    def eth():
        return T("# .env (hardhat)\nSEPOLIA_RPC_URL=https://sepolia.infura.io/v3/", hexs(32), "\nDEPLOYER_PRIVATE_KEY=", E(PK, "0x" + hexs(64)), "\n")

    def solana():
        nums = ",".join(str(R.randrange(256)) for _ in range(64))
        return T("$ cat ~/.config/solana/id.json\n", E(PK, "[" + nums + "]"), "\n")

    def nostr():
        return T("relay-bot | loaded identity from NOSTR_SECRET=", E(PK, bech32("nsec")), "\nrelay-bot | connected to wss://relay.kestrel.dev\n")

    def tor():
        return T("ADD_ONION NEW:ED25519-V3 Port=80,127.0.0.1:8080\n250-ServiceID=", rs(56, string.ascii_lowercase + "234567"), "\n250-PrivateKey=", E(PK, "ED25519-V3:" + b64(64)), "\n250 OK\n")

    def signify():
        return T("$ cat release.sec\nuntrusted comment: signify secret key\n", E(PK, b64(104)), "\n")

    def zerotier():
        pub = hexs(128)
        return T("$ sudo cat /var/lib/zerotier-one/identity.secret\n", hexs(10), ":0:", pub, ":", E(PK, hexs(128)), "\n")

    def ygg():
        return T("{\n  \"PrivateKey\": \"", E(PK, hexs(128)), "\",\n  \"Peers\": [\"tls://ygg.kestrel.dev:443\"],\n  \"Listen\": []\n}\n")

    def rsaxml():
        parts = "".join("<%s>%s</%s>" % (t, "AQAB" if t == "Exponent" else b64(n), t)
                        for t, n in [("Modulus", 256), ("Exponent", 3), ("P", 128), ("Q", 128), ("DP", 128), ("DQ", 128), ("InverseQ", 128), ("D", 256)])
        return T("var key = @\"", E(PK, "<RSAKeyValue>" + parts + "</RSAKeyValue>"), "\";\nrsa.FromXmlString(key);\n")
    return v(wif_, eth, solana, nostr, tor, signify, zerotier, ygg, rsaxml)


def f_pw_cli():
    pw = password().replace('"', "")

    def pass_():
        return T("$ pass show prod/ledger/postgres\n", E(G, pw), "\nlogin: ledger_admin\nurl: ledger-db.int:5432\n")

    def gopass():
        return T("$ gopass show -o infra/grafana/admin\n", E(G, pw), "\n")

    def kpxc():
        return T("$ keepassxc-cli show -s ~/ops.kdbx \"Network/Core switch\"\nEnter password to unlock /home/ops/ops.kdbx: \nTitle: Core switch\nUserName: admin\nPassword: ", E(G, pw),
                 "\nURL: ssh://core-sw-1\nNotes: \n")

    def security():
        return T("$ security find-generic-password -s \"ledger-deploy\" -g\nkeychain: \"/Users/ops/Library/Keychains/login.keychain-db\"\nclass: \"genp\"\nattributes:\n    \"acct\"<blob>=\"deploy\"\n    \"svce\"<blob>=\"ledger-deploy\"\npassword: \"",
                 E(G, pw), "\"\n")

    def secret_tool():
        return T("$ secret-tool lookup service smtp-relay user alerts\n", E(G, pw), "\n$ ")

    def kwallet():
        return T("$ kwallet-query -r vpn-office kdewallet -f Passwords\n", E(G, pw), "\n")

    def git_cred():
        return T("$ printf 'protocol=https\\nhost=git.int.kestrel.dev\\n' | git credential fill\nprotocol=https\nhost=git.int.kestrel.dev\nusername=ci-bot\npassword=", E(G, pw), "\n")

    def op():
        return T("$ op item get \"Prod Redis\" --fields label=password --reveal\n", E(G, pw), "\n")

    def lpass():
        return T("$ lpass show --password \"Shared-Ops/ipmi\"\n", E(G, pw), "\n")
    return v(pass_, gopass, kpxc, security, secret_tool, kwallet, git_cred, op, lpass)


def f_pw_exports():
    pw = password().replace('"', "").replace(",", "")
    c, full, g, f = person(kind="latin")
    em = email(c, name=full)

    def dashlane():
        return T("username,username2,username3,title,password,note,url,category,otpSecret\n", E("EMAIL", em), ",,,Grafana Cloud,", E(G, pw), ",,https://grafana.com,Work,",
                 E(G, rs(32, B32)), "\n")

    def keeper():
        return T("Folder,Title,Login,Password,Website Address,Notes,Custom Fields\nOps,Harbor robot,robot$ci,", E(G, pw), ",https://harbor.int.kestrel.dev,,\n")

    def nordpass():
        return T("name,url,username,password,note,cardholdername,cardnumber,cvc,expirydate,zipcode,folder,full_name,phone_number,email,address1,address2,city,country,state\nPagerDuty,https://acme.pagerduty.com,",
                 E("EMAIL", em), ",", E(G, pw), ",,,,,,,Ops,,,,,,,,\n")

    def proton():
        return T("type,name,url,email,username,password,note,totp,createTime,modifyTime,vault\nlogin,Sentry,https://sentry.io,", E("EMAIL", em), ",,", E(G, pw), ",,otpauth://totp/Sentry?secret=",
                 E(G, rs(32, B32)), "&issuer=Sentry,1764000000,1764900000,Work\n")

    def enpass():
        return T("{\n  \"title\": \"Cloudflare\",\n  \"fields\": [\n    {\"label\": \"Username\", \"type\": \"username\", \"value\": \"", E("EMAIL", em), "\"},\n    {\"label\": \"Password\", \"type\": \"password\", \"value\": \"",
                 E(G, pw), "\"}\n  ]\n}\n")

    def roboform():
        return T("Name,Url,MatchUrl,Login,Pwd,Note,Folder,RfFieldsV2\nVPN portal,https://vpn.hirundo.co,https://vpn.hirundo.co/,ops,", E(G, pw), ",,/Work,\n")

    def kpxc_csv():
        return T("\"Group\",\"Title\",\"Username\",\"Password\",\"URL\",\"Notes\",\"TOTP\",\"Icon\",\"Last Modified\",\"Created\"\n\"Root/Infra\",\"iDRAC db-eu-2\",\"root\",\"", E(G, pw),
                 "\",\"https://idrac-db-eu-2\",\"\",\"\",\"0\",\"2026-11-30T10:02:11Z\",\"2025-02-01T08:00:00Z\"\n")

    def passbolt():
        return T("\"Group\",\"Title\",\"Username\",\"Password\",\"URL\",\"Notes\"\n\"Ops\",\"MinIO root\",\"minio\",\"", E(G, pw), "\",\"https://s3.int.kestrel.dev\",\"rotate quarterly\"\n")
    return v(dashlane, keeper, nordpass, proton, enpass, roboform, kpxc_csv, passbolt)


def f_mobile_logs():
    pw = password().replace('"', "").replace("'", "")
    c, full, g, f = person()
    em = email(c, name=full)
    tok = rs(40, ALNUM)

    def flutter():
        return T("I/flutter (12044): LoginRequest: {email: ", E("EMAIL", em), ", password: ", E(G, pw), ", deviceId: ", uuid(), "}\nI/flutter (12044): ← 200 /v2/session (412 ms)\n")

    def rn():
        return T(" LOG  [api] POST /auth/login {\"username\": \"", E("EMAIL", em), "\", \"password\": \"", E(G, pw), "\"}\n LOG  [api] ← 200 {\"ok\": true}\n")

    def prefs():
        return T("$ adb shell run-as com.acme.courier cat shared_prefs/session.xml\n<?xml version='1.0' encoding='utf-8' standalone='yes' ?>\n<map>\n    <string name=\"refresh_token\">", E(B, tok),
                 "</string>\n    <string name=\"user_name\">", E("PERSON", full), "</string>\n    <boolean name=\"onboarded\" value=\"true\" />\n</map>\n")

    def xcode():
        return T("AuthManager.swift:88 signIn(): token = Optional(\"", E(B, tok), "\")\nAuthManager.swift:91 signIn(): user = Optional(\"", E("EMAIL", em), "\")\n")

    def electron():
        return T("[2026-12-06 09:14:22.018] [info]  [main] sync start account=", E("EMAIL", em), "\n[2026-12-06 09:14:22.231] [debug] [main] ipc auth:set {\"apiKey\":\"", E(G, hexs(40)), "\"}\n")

    def unity():
        return T("PlayFabSettings: TitleId=9A1F2 DeveloperSecretKey=", E(G, rs(52, string.ascii_uppercase + string.digits)), "\n(Filename: ./Runtime/Export/Debug/Debug.bindings.h Line: 35)\n")

    def capacitor():
        return T("⚡️  [log] - [auth] storing session {\"accessToken\":\"", E("JWT", jwt()), "\",\"name\":\"", E("PERSON", full), "\"}\n")

    def wpf():
        return T("2026-12-06 09:20:01.551 DEBUG Courier.Desktop.Login - Sending LoginRequest { UserName = ", E("EMAIL", em), ", Password = ", E(G, pw), ", Remember = True }\n")
    return v(flutter, rn, prefs, xcode, electron, unity, capacitor, wpf)


def f_envoy_grpc():
    tok = rs(48, ALNUM + "-_")

    def sds():
        return T("\"dynamic_active_secrets\": [\n {\n  \"name\": \"ext-authz-hmac\",\n  \"secret\": {\n   \"@type\": \"type.googleapis.com/envoy.extensions.transport_sockets.tls.v3.Secret\",\n   \"name\": \"ext-authz-hmac\",\n   \"generic_secret\": {\n    \"secret\": {\n     \"inline_string\": \"",
                 E(G, rs(40)), "\"\n    }\n   }\n  }\n }\n]\n")

    def access():
        return T("[2026-12-06T09:31:02.114Z] \"GET /v1/orders HTTP/2\" 401 - 0 61 3 2 \"", E("IPV4", ipv4()), "\" \"okhttp/4.12.0\" \"", uuid(), "\" \"orders.prod\" auth=\"Bearer ", E(B, tok), "\"\n")

    def grpcjava():
        return T("io.grpc.StatusRuntimeException: UNAUTHENTICATED: invalid api key\n\tmetadata: Metadata(content-type=application/grpc,x-api-key=", E(G, hexs(40)), ",grpc-accept-encoding=gzip)\n")

    def pygrpc():
        return T(">>> stub.GetQuote(req, metadata=(('authorization', 'Bearer ", E(B, tok), "'), ('x-tenant', 'eu-1')))\ngrpc._channel._InactiveRpcError: <_InactiveRpcError of RPC that terminated with:\n\tstatus = StatusCode.PERMISSION_DENIED\n")

    def gateway():
        import base64
        return T("< HTTP/1.1 403 Forbidden\n> Grpc-Metadata-Authorization: Basic ", E(BA, base64.b64encode(("svc-report:" + password()).encode()).decode()), "\n> Grpc-Metadata-X-Request-Id: ", uuid(), "\n")

    def istio():
        import base64
        raw = bytes(R.randrange(256) for _ in range(600))
        key = base64.b64encode(b"-----BEGIN RSA PRIVATE KEY-----\n" + base64.encodebytes(raw) + b"-----END RSA PRIVATE KEY-----\n").decode()
        crt = base64.b64encode(b"-----BEGIN CERTIFICATE-----\n" + base64.encodebytes(raw[:300]) + b"-----END CERTIFICATE-----\n").decode()
        return T("{\n  \"name\": \"default\",\n  \"tlsCertificate\": {\n    \"certificateChain\": {\"inlineBytes\": \"", crt, "\"},\n    \"privateKey\": {\"inlineBytes\": \"",
                 E(PK, key), "\"}\n  }\n}\n")
    return v(sds, access, grpcjava, pygrpc, gateway, istio)


def f_db_cli_other():
    pw = password().replace("'", "").replace('"', "")

    def neo4j():
        return T("$ neo4j-admin dbms set-initial-password '", E(G, pw), "'\nChanged password for user 'neo4j'.\n")

    def cypher():
        return T("$ cypher-shell -a neo4j://graph-1:7687 -u neo4j -p '", E(G, pw), "' \"SHOW DATABASES YIELD name, currentStatus\"\nname, currentStatus\n\"neo4j\", \"online\"\n")

    def arango():
        return T("$ arangosh --server.endpoint ssl://arango-1:8529 --server.username root --server.password '", E(G, pw), "' --javascript.execute-string 'db._databases()'\n")

    def couchbase():
        return T("$ couchbase-cli cluster-init -c cb-1 --cluster-username Administrator --cluster-password '", E(G, pw), "' --services data,index,query --cluster-ramsize 4096\nSUCCESS: Cluster initialized\n")

    def etcd():
        return T("$ ETCDCTL_API=3 etcdctl --endpoints=https://etcd-1:2379 --user root:", E(G, pw), " member list -w table\n")

    def surreal():
        return T("$ surreal sql --endpoint http://surreal-1:8000 --user root --pass '", E(G, pw), "' --ns prod --db events\n")

    def influx():
        return T("$ influx setup --org ops --bucket metrics --username admin --password '", E(G, pw), "' --token ", E(G, b64(64, url=True)), " --force\n")

    def rabbit():
        return T("$ rabbitmqctl add_user billing '", E(G, pw), "'\nAdding user \"billing\" ...\nDone. Don't forget to grant the user permissions to some virtual hosts! See 'rabbitmqctl help set_permissions' to learn more.\n")

    def pgbackrest():
        return T("[global]\nrepo1-type=s3\nrepo1-s3-bucket=pg-backups\nrepo1-cipher-type=aes-256-cbc\nrepo1-cipher-pass=", E(G, b64(48)), "\n")

    def walg():
        return T("Environment=WALG_S3_PREFIX=s3://pg-wal/ledger\nEnvironment=WALG_LIBSODIUM_KEY=", E(G, hexs(64)), "\nEnvironment=WALG_LIBSODIUM_KEY_TRANSFORM=hex\n")
    return v(neo4j, cypher, arango, couchbase, etcd, surreal, influx, rabbit, pgbackrest, walg)


def f_queue_admin():
    pw = password().replace("'", "").replace('"', "")

    def rconf():
        return T("# /etc/rabbitmq/rabbitmq.conf\nloopback_users.guest = false\ndefault_user = admin\ndefault_pass = ", E(G, pw), "\nlisteners.ssl.default = 5671\n")

    def defs():
        return T("\"users\": [\n  {\n    \"name\": \"shovel\",\n    \"password_hash\": \"", E(G, b64(36)), "\",\n    \"hashing_algorithm\": \"rabbit_password_hashing_sha256\",\n    \"tags\": []\n  }\n]\n")

    def ibmmq():
        return T("$ runmqakm -keydb -create -db /var/mqm/qmgrs/QM1/ssl/key.kdb -pw '", E(G, pw), "' -type cms -stash\n")

    def tibco():
        return T("$ tibemsadmin -server tcp://ems-1:7222 -user admin -password '", E(G, pw), "' -script purge.ems\nTIBCO Enterprise Message Service Administration Tool.\n")

    def artemis():
        return T("$ ./bin/artemis create /var/lib/broker1 --user admin --password '", E(G, pw), "' --require-login --no-autotune\nCreating ActiveMQ Artemis instance at: /var/lib/broker1\n")

    def emqx():
        return T("$ emqx ctl admins passwd admin '", E(G, pw), "'\nok\n")

    def rpk():
        return T("$ rpk acl user create ingest -p '", E(G, pw), "' --mechanism SCRAM-SHA-256\nCreated user \"ingest\".\n")

    def nats():
        return T("$ nats-server --user admin --pass '", E(G, pw), "' -js -sd /data/js\n[1] 2026/12/06 09:40:12.331121 [INF] Starting nats-server\n")
    return v(rconf, defs, ibmmq, tibco, artemis, emqx, rpk, nats)


FAMILIES = [f_cloud_cli, f_cloud_files, f_vendor_tokens, f_saas_cli, f_ci_other, f_traces_other, f_repl, f_toml, f_hcl, f_ini, f_properties, f_xml_products,
            f_desktop_clients, f_wire_msg, f_rpc, f_armoured_keys, f_crypto_keys, f_pw_cli, f_pw_exports, f_mobile_logs, f_envoy_grpc, f_db_cli_other,
            f_queue_admin]
