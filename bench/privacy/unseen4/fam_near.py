"""Near-miss families: records with NO entity. Everything here must be left alone: identifiers, digests, versions, numbers,
secret NAMES and references, prompts, masked values, placeholders, public keys. Same contract: (source, parts)."""
import gen as g


def ts(r):
    return f"2026-{r.randint(1, 11):02d}-{r.randint(1, 28):02d}T{r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}"


def mysql_denied(r):
    return "mysql-error", [f"{ts(r)}.{r.randint(100000, 999999)}Z {r.randint(10, 999)} [Note] [MY-010926] [Server] Access denied for user '{r.choice(['app', 'root', 'exporter'])}'@'localhost' (using password: YES)\n"
                           f"$ mysql -u root -p\nEnter password: \nERROR 1045 (28000): Access denied for user 'root'@'localhost' (using password: NO)"]


def pg_auth_fail(r):
    return "postgres-log", [f"{ts(r)}.{r.randint(100, 999)} UTC [{r.randint(1000, 99999)}] app@orders FATAL:  password authentication failed for user \"app\"\n"
                            f"{ts(r)}.{r.randint(100, 999)} UTC [{r.randint(1000, 99999)}] app@orders DETAIL:  Connection matched pg_hba.conf line {r.randint(90, 130)}: \"host all all all scram-sha-256\"\n"
                            f"{ts(r)}.{r.randint(100, 999)} UTC [{r.randint(1000, 99999)}] LOG:  checkpoint complete: wrote {r.randint(100, 9999)} buffers ({r.randint(1, 9)}.{r.randint(0, 9)}%); distance={r.randint(1000, 99999)} kB"]


def pg_dump_header(r):
    v = f"{r.randint(13, 17)}.{r.randint(1, 9)}"
    rows = "".join(f"{g.uuid(r)}\tSKU-{r.randint(10000, 99999)}\t{r.randint(1, 20)}\t{r.randint(100, 99999)}.{r.randint(10, 99)}\t{ts(r)}+00\n" for _ in range(3))
    return "pg_dump", [f"--\n-- PostgreSQL database dump\n--\n\n-- Dumped from database version {v} (Debian {v}-1.pgdg120+{r.randint(1, 3)})\n-- Dumped by pg_dump version {v}\n\n"
                       f"SET statement_timeout = 0;\nSELECT pg_catalog.set_config('search_path', '', false);\n\nCOPY public.order_lines (order_id, sku, qty, amount, created_at) FROM stdin;\n{rows}\\."]


def redis_info(r):
    return "redis-cli", [f"$ redis-cli --askpass -h cache-0.cache.svc -p 6379 INFO server\nPlease input password: \n# Server\nredis_version:7.{r.randint(0, 4)}.{r.randint(0, 9)}\nredis_git_sha1:00000000\n"
                         f"redis_build_id:{g.hexs(r, 16)}\nprocess_id:{r.randint(1, 99)}\nrun_id:{g.hexs(r, 40)}\ntcp_port:6379\nuptime_in_seconds:{r.randint(1000, 9999999)}\n# Replication\nmaster_replid:{g.hexs(r, 40)}\nmaster_repl_offset:{r.randint(10**9, 10**12)}"]


def mongo_status(r):
    return "mongo-shell", [f"rs0:PRIMARY> db.serverStatus().connections\n{{ \"current\" : {r.randint(10, 900)}, \"available\" : {r.randint(1000, 51200)}, \"totalCreated\" : {r.randint(10**4, 10**7)} }}\n"
                           f"rs0:PRIMARY> db.orders.findOne({{}}, {{ _id: 1, status: 1 }})\n{{ \"_id\" : ObjectId(\"{g.hexs(r, 24)}\"), \"status\" : \"SHIPPED\", \"trackingId\" : \"1Z{g.rs(r, 16, '0123456789ABCDEFGHJKLMNPQRSTUVWXYZ')}\" }}"]


def tf_plan_sensitive(r):
    return "terraform-plan", [f"  # aws_db_instance.orders will be updated in-place\n  ~ resource \"aws_db_instance\" \"orders\" {{\n        id                   = \"db-{g.rs(r, 26, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567')}\"\n"
                              f"      ~ engine_version       = \"15.{r.randint(1, 6)}\" -> \"15.{r.randint(7, 9)}\"\n      ~ password             = (sensitive value)\n        kms_key_id           = \"arn:aws:kms:eu-west-1:{r.randint(10**11, 10**12 - 1)}:key/{g.uuid(r)}\"\n"
                              f"        # (42 unchanged attributes hidden)\n    }}\n\nPlan: 0 to add, 1 to change, 0 to destroy."]


def tf_refs(r):
    return "terraform", ["resource \"aws_db_instance\" \"orders\" {\n  username = \"orders_admin\"\n  password = var.db_password\n  # rotated by the Lambda, see data.aws_secretsmanager_secret_version.orders.secret_string\n"
                         f"  manage_master_user_password = true\n  master_user_secret_kms_key_id = aws_kms_key.rds.key_id\n}}\n\nvariable \"db_password\" {{\n  type      = string\n  sensitive = true\n}}"]


def ansible_vault_refs(r):
    hexlines = "\n".join("          " + g.hexs(r, 80) for _ in range(r.randint(3, 5)))
    return "ansible-vars", [f"ansible_user: svc_ansible\nansible_password: \"{{{{ vault_win_password }}}}\"\nansible_become_pass: \"{{{{ lookup('env', 'BECOME_PASS') }}}}\"\ndb_password: !vault |\n"
                            f"          $ANSIBLE_VAULT;1.1;AES256\n{hexlines}"]


def ansible_nolog(r):
    return "ansible-output", ["TASK [postgres : create application role] ****************************************\nok: [pg-0" + str(r.randint(1, 9)) + "] => {\"censored\": \"the output has been hidden due to the fact that 'no_log: true' was specified for this result\", \"changed\": false}\n\n"
                              f"PLAY RECAP *********************************************************************\npg-01                      : ok={r.randint(5, 40)}   changed={r.randint(0, 5)}    unreachable=0    failed=0    skipped={r.randint(0, 9)}"]


def puppet_run(r):
    return "puppet", [f"Info: Applying configuration version '{r.randint(1_700_000_000, 1_760_000_000)}'\nNotice: /Stage[main]/Mysql::Server::Root_password/Exec[remove install pass]/returns: executed successfully\n"
                      f"Notice: /Stage[main]/Profile::App/File[/etc/app/db.conf]/content: changed [redacted] to [redacted]\nNotice: Applied catalog in {r.randint(1, 90)}.{r.randint(10, 99)} seconds"]


def k8s_events(r):
    p = g.pod(r, r.choice(["api", "payments", "ingest-worker"]))
    return "kubectl-events", [f"LAST SEEN   TYPE      REASON      OBJECT            MESSAGE\n{r.randint(1, 59)}s         Normal    Scheduled   pod/{p}   Successfully assigned prod/{p} to gke-prod-pool-1-{g.hexs(r, 8)}-{g.rs(r, 4, 'abcdefghijklmnopqrstuvwxyz')}\n"
                              f"{r.randint(1, 59)}s         Normal    Pulled      pod/{p}   Container image \"europe-docker.pkg.dev/prod/app/api@sha256:{g.hexs(r, 64)}\" already present on machine\n"
                              f"{r.randint(1, 59)}s         Warning   BackOff     pod/{p}   Back-off restarting failed container app in pod {p}_prod({g.uuid(r)})"]


def k8s_secretref(r):
    p = g.pod(r, "billing-api")
    return "kubectl-describe", [f"Name:         {p}\nContainers:\n  app:\n    Container ID:   containerd://{g.hexs(r, 64)}\n    Environment:\n      DB_PASSWORD:     <set to the key 'password' in secret 'billing-db'>  Optional: false\n"
                                f"      API_TOKEN:       <set to the key 'token' of config map 'billing-cfg'>  Optional: false\n    Mounts:\n      /var/run/secrets/kubernetes.io/serviceaccount from kube-api-access-{g.rs(r, 5, 'bcdfghjklmnpqrstvwxz2456789')} (ro)"]


def k8s_get_secrets(r):
    return "kubectl", ["$ kubectl get secrets -n prod\nNAME                                TYPE                                  DATA   AGE\n"
                       f"billing-db                          Opaque                                2      {r.randint(2, 400)}d\nsh.helm.release.v1.billing.v{r.randint(2, 40)}      helm.sh/release.v1                    1      {r.randint(1, 30)}d\n"
                       f"default-token-{g.rs(r, 5, 'bcdfghjklmnpqrstvwxz2456789')}                 kubernetes.io/service-account-token   3      {r.randint(100, 900)}d\nregistry-pull-secret                kubernetes.io/dockerconfigjson        1      {r.randint(2, 400)}d"]


def helm_status(r):
    return "helm-output", [f"NAME: redis\nLAST DEPLOYED: Sat Dec  6 0{r.randint(0, 5)}:{r.randint(10, 59)}:{r.randint(10, 59)} 2026\nNAMESPACE: cache\nSTATUS: deployed\nREVISION: {r.randint(2, 60)}\nNOTES:\nCHART NAME: redis\nCHART VERSION: 18.{r.randint(0, 9)}.{r.randint(0, 9)}\nAPP VERSION: 7.2.{r.randint(0, 9)}\n\n"
                           "To get your password run:\n\n    export REDIS_PASSWORD=$(kubectl get secret --namespace cache redis -o jsonpath=\"{.data.redis-password}\" | base64 -d)"]


def argocd_app(r):
    return "argocd", [f"Name:               argocd/payments\nProject:            default\nServer:             https://kubernetes.default.svc\nRepo:               git@github.com:initech/deploy.git\nTarget:             HEAD\n"
                      f"Sync Status:        Synced to HEAD ({g.hexs(r, 7)})\nHealth Status:      Healthy\n\nOperation:          Sync\nSync Revision:      {g.hexs(r, 40)}\nPhase:              Succeeded"]


def har_masked(r):
    return "har", ["        \"headers\": [\n          { \"name\": \"authorization\", \"value\": \"[REDACTED]\" },\n          { \"name\": \"if-none-match\", \"value\": \"W/\\\"" + g.hexs(r, 40) + "\\\"\" },\n"
                   f"          {{ \"name\": \"x-request-id\", \"value\": \"{g.uuid(r)}\" }},\n          {{ \"name\": \"traceparent\", \"value\": \"00-{g.hexs(r, 32)}-{g.hexs(r, 16)}-01\" }}\n        ],\n        \"timings\": {{ \"blocked\": {r.randint(0, 9)}.{r.randint(100, 999)}, \"dns\": -1, \"ssl\": {r.randint(10, 99)}.{r.randint(100, 999)} }}"]


def curl_tls(r):
    return "curl-v", [f"* ALPN: curl offers h2,http/1.1\n* TLSv1.3 (OUT), TLS handshake, Client hello (1):\n* SSL connection using TLSv1.3 / TLS_AES_256_GCM_SHA384\n*  subject: CN=api.initech.io\n*  SSL certificate verify ok.\n< HTTP/2 200\n"
                      f"< etag: \"{g.hexs(r, 32)}\"\n< x-amz-cf-id: {g.rs(r, 54, g.ALNUM + '_-')}==\n< x-amz-request-id: {g.rs(r, 16, '0123456789ABCDEF')}\n< x-amz-id-2: {g.rs(r, 76, g.B64)}=\n< x-cache: Hit from cloudfront"]


def jwks(r):
    return "oidc", ["$ curl -s https://sso.acme-fin.de/realms/prod/protocol/openid-connect/certs | jq '.keys[0]'\n{\n  \"kid\": \"" + g.rs(r, 43, g.B64URL) + "\",\n  \"kty\": \"RSA\",\n  \"alg\": \"RS256\",\n  \"use\": \"sig\",\n"
                    f"  \"n\": \"{g.rs(r, 342, g.B64URL)}\",\n  \"e\": \"AQAB\",\n  \"x5t\": \"{g.rs(r, 27, g.B64URL)}\",\n  \"x5t#S256\": \"{g.rs(r, 43, g.B64URL)}\"\n}}"]


def saml_sig(r):
    cert = "MIIC" + g.rs(r, 60, g.B64) + "\n" + "\n".join(g.rs(r, 64, g.B64) for _ in range(4))
    return "saml", [f"<ds:SignedInfo>\n  <ds:Reference URI=\"#_{g.hexs(r, 32)}\">\n    <ds:DigestMethod Algorithm=\"http://www.w3.org/2001/04/xmlenc#sha256\"/>\n    <ds:DigestValue>{g.rs(r, 43, g.B64)}=</ds:DigestValue>\n  </ds:Reference>\n</ds:SignedInfo>\n"
                    f"<ds:KeyInfo><ds:X509Data><ds:X509Certificate>{cert}</ds:X509Certificate></ds:X509Data></ds:KeyInfo>\n<samlp:Status><samlp:StatusCode Value=\"urn:oasis:names:tc:SAML:2.0:status:Success\"/></samlp:Status>"]


def ldap_noval(r):
    return "ldapsearch", [f"$ ldapsearch -x -W -D \"cn=admin,dc=tessera,dc=ie\" -b \"cn=config\" olcPasswordHash pwdMaxAge\nEnter LDAP Password: \ndn: cn=config\nolcPasswordHash: {{SSHA}}\n\n"
                          f"dn: cn=default,ou=policies,dc=tessera,dc=ie\npwdMaxAge: {r.randint(30, 180) * 86400}\npwdChangedTime: 2026{r.randint(10, 12)}{r.randint(10, 28)}0{r.randint(1, 9)}1500Z\n\n# numResponses: 3\n# numEntries: 2"]


def smtp_fail(r):
    return "smtp-transcript", [f"S: 220 mx.northwind-logistics.co.uk ESMTP\nC: EHLO relay-{r.randint(1, 9)}\nS: 250-AUTH LOGIN PLAIN\nC: AUTH LOGIN\nS: 334 VXNlcm5hbWU6\nS: 535 5.7.8 Error: authentication failed: UGFzc3dvcmQ6\n"
                               f"Dec  6 03:{r.randint(10, 59)}:{r.randint(10, 59)} relay postfix/smtp[{r.randint(1000, 99999)}]: {g.rs(r, 11, '0123456789ABCDEF')}: to=<undisclosed-recipients:;>, relay=none, delay={r.randint(1, 9)}.{r.randint(1, 9)}, status=deferred"]


def dkim_header(r):
    return "mail-headers", [f"DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=initech.io; s=s{r.randint(1, 3)}; t={r.randint(1_700_000_000, 1_760_000_000)};\n\tbh={g.rs(r, 43, g.B64)}=;\n"
                            f"\th=From:To:Subject:Date:Message-ID;\n\tb={g.rs(r, 76, g.B64)}\n\t {g.rs(r, 76, g.B64)}\n\t {g.rs(r, 40, g.B64)}==\nAuthentication-Results: mx.tessera.ie; dkim=pass header.d=initech.io; spf=pass smtp.mailfrom=bounces.initech.io"]


def windows_prompt(r):
    return "windows-cmd", ["C:\\> net use Z: \\\\fs01.corp.local\\deploy /user:CORP\\svc_deploy *\nType the password for \\\\fs01.corp.local\\deploy:\nThe command completed successfully.\n\n"
                           "PS C:\\ops> $pw = Read-Host -AsSecureString 'SQL password'\nPS C:\\ops> $pw2 = ConvertTo-SecureString $env:SQL_PASSWORD -AsPlainText -Force\nPS C:\\ops> $cred = Get-Credential CORP\\svc_sql"]


def windows_event_ids(r):
    return "windows-event", [f"Log Name:      Security\nSource:        Microsoft-Windows-Security-Auditing\nEvent ID:      4624\nTask Category: Logon\nComputer:      DC01.corp.local\nSubject:\n\tSecurity ID:\t\tS-1-5-18\n\tLogon ID:\t\t0x3E7\n"
                             f"New Logon:\n\tSecurity ID:\t\tS-1-5-21-{r.randint(10**9, 4 * 10**9)}-{r.randint(10**9, 4 * 10**9)}-{r.randint(10**9, 4 * 10**9)}-{r.randint(1000, 9999)}\n\tLogon GUID:\t\t{{{g.uuid(r)}}}\n"
                             f"Process Information:\n\tProcess ID:\t\t0x{g.hexs(r, 3)}\nNetwork Information:\n\tSource Network Address:\t-\n\tSource Port:\t\t-\nOS build 10.0.20348.{r.randint(1000, 2999)}"]


def go_goroutines(r):
    return "go-panic", [f"panic: send on closed channel\n\ngoroutine {r.randint(10, 999)} [running]:\ngithub.com/initech/ingest/pkg/queue.(*Writer).Put(0xc000{g.hexs(r, 6)}, {{0xc000{g.hexs(r, 6)}, 0x{g.hexs(r, 2)}}})\n"
                        f"\t/go/pkg/mod/github.com/initech/ingest@v1.{r.randint(0, 20)}.{r.randint(0, 9)}/pkg/queue/writer.go:{r.randint(10, 400)} +0x{g.hexs(r, 3)}\ncreated by main.run in goroutine 1\n\t/src/main.go:{r.randint(10, 90)} +0x{g.hexs(r, 3)}\n"
                        f"exit status 2\nbuild: go1.22.{r.randint(0, 9)} vcs.revision={g.hexs(r, 40)} vcs.modified=false"]


def python_env_refs(r):
    return "python-traceback", [f"Traceback (most recent call last):\n  File \"/app/settings.py\", line {r.randint(10, 200)}, in <module>\n    DATABASES['default']['PASSWORD'] = os.environ[\"DB_PASSWORD\"]\n  File \"/usr/local/lib/python3.12/os.py\", line 714, in __getitem__\n"
                                "    raise KeyError(key) from None\nKeyError: 'DB_PASSWORD'"]


def java_hikari(r):
    return "java-stacktrace", [f"{ts(r)}.{r.randint(100, 999)}Z ERROR [pool-{r.randint(1, 9)}-thread-{r.randint(1, 40)}] com.zaxxer.hikari.pool.HikariPool - HikariPool-1 - Exception during pool initialization.\n"
                               "org.postgresql.util.PSQLException: FATAL: password authentication failed for user \"app\"\n\tat org.postgresql.core.v3.ConnectionFactoryImpl.doAuthentication(ConnectionFactoryImpl.java:693)\n"
                               f"\tat com.zaxxer.hikari.pool.PoolBase.newConnection(PoolBase.java:359)\n\tat app.Main$$Lambda/0x00007f{g.hexs(r, 10)}.run(Unknown Source)\n\tat java.base/java.lang.Thread.run(Thread.java:1583)\n"
                               f"  (connection org.postgresql.jdbc.PgConnection@{g.hexs(r, 8)} discarded)"]


def mobile_binary_images(r):
    base = r.randint(0x100000000, 0x10fffffff)
    return "ios-crash", [f"Exception Type:  EXC_CRASH (SIGABRT)\nTriggered by Thread:  0\n\nThread 0 Crashed:\n0   libsystem_kernel.dylib        \t0x{g.hexs(r, 9)} __pthread_kill + 8\n1   ShopApp                       \t0x{base:x} 0x{base - 0x4000:x} + {r.randint(1000, 99999)}\n\n"
                         f"Binary Images:\n       0x{base - 0x4000:x} -        0x{base + 0x2fffff:x} ShopApp arm64  <{g.hexs(r, 32)}> /private/var/containers/Bundle/Application/{g.uuid(r).upper()}/ShopApp.app/ShopApp"]


def android_token(r):
    return "android-logcat", [f"12-06 03:{r.randint(10, 59)}:{r.randint(10, 59)}.{r.randint(100, 999)}  {r.randint(1000, 9999)}  {r.randint(1000, 9999)} E AndroidRuntime: android.view.WindowManager$BadTokenException: Unable to add window -- token android.os.BinderProxy@{g.hexs(r, 7)} is not valid; is your activity running?\n"
                              f"12-06 03:{r.randint(10, 59)}:{r.randint(10, 59)}.{r.randint(100, 999)}  {r.randint(1000, 9999)}  {r.randint(1000, 9999)} W WindowManager: Attempted to add window with non-application token Token{{{g.hexs(r, 7)} ActivityRecord{{{g.hexs(r, 7)} u0 com.shop.app/.MainActivity t{r.randint(10, 999)}}}}}.  Aborting."]


def jira_products(r):
    prod = r.choice(["Grafana Mimir", "Harbor Registry", "Jaeger Query", "Apache Airflow", "HashiCorp Nomad", "Sumo Logic", "Elastic Beats", "Azure Front Door", "Kong Gateway"])
    return "jira", [f"INFRA-{r.randint(1000, 9999)} | Component: {prod} | Fix Version: {r.randint(2024, 2026)}.{r.randint(1, 12)}.{r.randint(0, 9)}.{r.randint(1, 99)} | Sprint {r.randint(20, 90)}\n"
                    f"Rolled {prod} back to {g.version(r, 4)} (build #{r.randint(1000, 99999)}, commit {g.hexs(r, 12)}); upgrade blocked on upstream issue #{r.randint(1000, 40000)}."]


def chat_refs(r):
    line = r.choice(["the prod db password is in 1Password under \"orders-prod-db\", don't paste it here",
                     "token rotated — new one lives at vault path secret/data/prod/api, ask in #sec-ops for access",
                     "password reset link for the admin console expired, generated a new one through the portal",
                     "PR #{} bumps the client to {} and pins actions/checkout@{}".format(r.randint(100, 9999), g.version(r, 4), g.hexs(r, 40)),
                     "secret scanner flagged AKIAXXXXXXXXXXXXXXXX in the README again, it's the docs placeholder"])
    return "chat", [f"[10:{r.randint(10, 59)}] ops-bot: {line}\n[10:{r.randint(10, 59)}] ops-bot: incident INC-{r.randint(1000, 9999)} severity 3 acknowledged"]


def prom_metrics(r):
    rows = []
    for m in ["node_network_receive_bytes_total{device=\"eth0\"}", "node_disk_written_bytes_total{device=\"nvme0n1\"}", "kafka_log_log_endoffset{partition=\"3\",topic=\"orders\"}"]:
        rows.append(f"{m} {g.luhn_complete(r.choice(['4', '5', '6', '3']), 16, r)}")
    return "prometheus-metrics", ["# TYPE node_network_receive_bytes_total counter\n" + "\n".join(rows) + f"\nprocess_start_time_seconds 1.{r.randint(700000000, 760000000)}e+09"]


def prom_files(r):
    return "prometheus-config", ["scrape_configs:\n  - job_name: blackbox\n    basic_auth:\n      username: prometheus\n      password_file: /etc/prometheus/secrets/blackbox\n    authorization:\n      credentials_file: /run/secrets/bearer\n"
                                 "alerting:\n  alertmanagers:\n    - static_configs:\n        - targets: ['alertmanager:9093']\n# grafana.ini\n[security]\nadmin_password = $__file{/run/secrets/grafana_admin}\nsecret_key = ${GF_SECRET_KEY}"]


def webhook_placeholders(r):
    return "alertmanager", ["receivers:\n  - name: team-slack\n    slack_configs:\n      - api_url_file: /etc/alertmanager/secrets/slack_url\n  - name: docs-example\n    slack_configs:\n"
                            "      - api_url: https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX\n  - name: discord\n    webhook_configs:\n      - url: https://discord.com/api/webhooks/<id>/<token>"]


def assembly_versions(r):
    return "dotnet", [f"System.IO.FileLoadException: Could not load file or assembly 'Newtonsoft.Json, Version={r.randint(9, 13)}.0.0.0, Culture=neutral, PublicKeyToken=30ad4fe6b2a6aeed'\n"
                      f"   at Orders.Api.Startup.ConfigureServices(IServiceCollection services) in /src/Startup.cs:line {r.randint(20, 300)}\n=== Pre-bind state information ===\nLOG: DisplayName = System.Runtime, Version=8.0.0.0, Culture=neutral, PublicKeyToken=b03f5f7f11d50a3a\n"
                      f"Microsoft.Data.SqlClient {r.randint(4, 5)}.{r.randint(0, 2)}.{r.randint(0, 9)}.{r.randint(0, 9)} / OS build 10.0.{r.randint(17763, 26100)}.{r.randint(100, 6000)}"]


def checksums(r):
    return "shell", [f"$ sha256sum -c SHA256SUMS\napp-linux-amd64.tar.gz: OK\n$ cat SHA256SUMS\n{g.hexs(r, 64)}  app-linux-amd64.tar.gz\n{g.hexs(r, 64)}  app-darwin-arm64.tar.gz\n"
                     f"$ grep -A2 '\"node_modules/lodash\"' package-lock.json\n    \"node_modules/lodash\": {{\n      \"version\": \"4.17.21\",\n      \"integrity\": \"sha512-{g.rs(r, 86, g.B64)}==\"\n"
                     f"$ grep x/net go.sum\ngolang.org/x/net v0.{r.randint(20, 33)}.0 h1:{g.rs(r, 43, g.B64)}="]


def k8s_pods(r):
    rows = "".join(f"{g.pod(r, n)}   1/1     Running   {r.randint(0, 9)}          {r.randint(1, 40)}d\n" for n in ["api", "checkout", "worker"])
    return "kubectl", ["$ kubectl get pods -n prod\nNAME                              READY   STATUS    RESTARTS   AGE\n" + rows + f"$ kubectl get rs -n prod | grep api\napi-{g.rs(r, 10, 'bcdfghjklmnpqrstvwxz2456789')}   3         3         3       {r.randint(1, 40)}d"]


def public_keys(r):
    form = r.random()
    if form < 0.4:
        return "ssh", [f"$ cat ~/.ssh/authorized_keys\nssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI{g.rs(r, 43, g.B64)} deploy@ci-runner-{r.randint(1, 9)}\n"
                       f"$ ssh-keygen -lf ~/.ssh/id_ed25519.pub\n256 SHA256:{g.rs(r, 43, g.B64)} deploy@ci-runner (ED25519)"]
    if form < 0.7:
        return "wireguard", [f"[Interface]\nListenPort = 51820\nPrivateKey = <generated on host, see /etc/wireguard/private.key>\n\n[Peer]\nPublicKey = {g.rs(r, 43, g.B64)}=\nAllowedIPs = 0.0.0.0/0, ::/0\n"
                             f"# age recipient for sops\nage1{g.rs(r, 58, 'qpzry9x8gf2tvdw0s3jn54khce6mua7l')}"]
    body = "\n".join(g.rs(r, 64, g.B64) for _ in range(r.randint(3, 5)))
    return "tls", [f"$ openssl x509 -in tls.crt -noout -fingerprint -sha256\nsha256 Fingerprint={':'.join(g.hexs(r, 2).upper() for _ in range(32))}\n$ cat ca.pub\n-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA{g.rs(r, 20, g.B64)}\n{body}\n-----END PUBLIC KEY-----"]


def env_example(r):
    return "dotenv", ["# .env.example — copy to .env and fill in\nDATABASE_URL=postgres://<user>:<password>@localhost:5432/app\nDB_PASSWORD=<your-db-password>\nREDIS_PASSWORD=********\n"
                      "STRIPE_SECRET_KEY=sk_live_REPLACE_ME\nSENDGRID_API_KEY=your-sendgrid-key-here\nJWT_SECRET=xxxxxxxxxxxxxxxxxxxxxxxx\nPASSWORD_MIN_LENGTH=12\nSESSION_TTL_SECONDS=3600"]


def ports_timestamps(r):
    return "ss", [f"$ ss -tlnp\nState  Recv-Q Send-Q Local Address:Port  Peer Address:Port Process\nLISTEN 0      4096   127.0.0.53%lo:53       0.0.0.0:*     users:((\"systemd-resolve\",pid={r.randint(300, 999)},fd=14))\n"
                  f"LISTEN 0      511          0.0.0.0:443      0.0.0.0:*     users:((\"nginx\",pid={r.randint(1000, 9999)},fd=6))\nLISTEN 0      4096            [::]:9100        [::]:*     users:((\"node_exporter\",pid={r.randint(1000, 9999)},fd=3))\n"
                  f"Dec 06 03:{r.randint(10, 59)}:{r.randint(10, 59)} web-01 systemd[1]: nginx.service: Consumed {r.randint(1, 59)}.{r.randint(100, 999)}s CPU time, {r.randint(10, 900)}.{r.randint(1, 9)}M memory peak."]


def trace_ids(r):
    return "app-log", [f"{{\"ts\":\"{ts(r)}.{r.randint(100, 999)}Z\",\"level\":\"warn\",\"msg\":\"slow upstream\",\"trace_id\":\"{g.hexs(r, 32)}\",\"span_id\":\"{g.hexs(r, 16)}\",\"request_id\":\"{g.uuid(r)}\","
                       f"\"session_id\":\"{g.uuid(r)}\",\"upstream\":\"payments:8443\",\"duration_ms\":{r.randint(1000, 9000)},\"retry\":{r.randint(0, 3)},\"ulid\":\"01J{g.rs(r, 23, '0123456789ABCDEFGHJKMNPQRSTVWXYZ')}\"}}"]


def git_log(r):
    return "git", [f"$ git log --oneline -3\n{g.hexs(r, 7)} (HEAD -> main, tag: v{g.version(r, 3)}) fix: retry token refresh on 401\n{g.hexs(r, 7)} chore(deps): bump golang.org/x/crypto to 0.{r.randint(20, 31)}.0\n{g.hexs(r, 7)} Merge pull request #{r.randint(100, 9999)} from initech/password-policy\n"
                   f"$ git rev-parse HEAD\n{g.hexs(r, 40)}"]


def aws_ids(r):
    acct = r.randint(10**11, 10**12 - 1)
    return "aws-cli", [f"$ aws secretsmanager list-secrets --query 'SecretList[].ARN'\n[\n    \"arn:aws:secretsmanager:eu-west-1:{acct}:secret:prod/orders/db-{g.rs(r, 6, g.ALNUM)}\",\n    \"arn:aws:secretsmanager:eu-west-1:{acct}:secret:prod/stripe/api-key-{g.rs(r, 6, g.ALNUM)}\"\n]\n"
                       f"$ aws sts get-caller-identity\n{{\n    \"UserId\": \"AROA{g.rs(r, 17, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567')}:botocore-session-{r.randint(10**9, 2 * 10**9)}\",\n    \"Account\": \"{acct}\",\n    \"Arn\": \"arn:aws:sts::{acct}:assumed-role/deploy/botocore-session\"\n}}"]


def numbers_not_pii(r):
    bad_iban = "DE00" + g.rs(r, 18, "0123456789")
    order = g.rs(r, 16, "0123456789")
    while g.luhn_ok(order):
        order = g.rs(r, 16, "0123456789")
    return "app-log", [f"WARN payout validation failed: iban={bad_iban} reason=CHECKSUM_MISMATCH\nINFO order {order} paid with card ending in {r.randint(1000, 9999)} (visa)\n"
                       f"INFO voucher {g.rs(r, 4, 'ABCDEFGHJKLMNPQRSTUVWXYZ')}-{g.rs(r, 4, '0123456789')}-{g.rs(r, 4, '0123456789')} redeemed; zip 94107-{r.randint(1000, 9999)}; ref 9{r.randint(10, 99)}-{r.randint(10, 99)}-{r.randint(1000, 9999)}"]


def ip_like(r):
    return "snmp", [f"$ snmpwalk -v2c -c public localhost 1.3.6.1.2.1.2.2.1.10\nIF-MIB::ifInOctets.1 = Counter32: {r.randint(10**6, 4 * 10**9)}\nSNMPv2-SMI::enterprises.311.21.8.{r.randint(1000000, 9999999)}.{r.randint(100, 999)}.1.1 = STRING: \"x\"\n"
                    f"route: 0.0.0.0/0 via gateway, mask 255.255.{r.choice([240, 248, 252, 255])}.0, broadcast 255.255.255.255, loopback 127.0.0.1 and ::1, mac ff:ff:ff:ff:ff:ff\npip freeze: urllib3=={r.randint(1, 2)}.{r.randint(0, 3)}.{r.randint(0, 9)} pywin32==306 tzdata=={r.randint(2023, 2026)}.{r.randint(1, 4)}"]


def jwt_header_only(r):
    return "app-log", [f"WARN auth: rejected token: malformed (1 segment), header eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9 kid={g.hexs(r, 16)} client_id={g.uuid(r)}\n"
                       f"WARN auth: {r.randint(2, 90)} failures in the last 5m from client_id={g.uuid(r)}; bucket tokens_remaining={r.randint(0, 100)} refill_rate=10/s"]


FAMILIES = [mysql_denied, pg_auth_fail, pg_dump_header, redis_info, mongo_status, tf_plan_sensitive, tf_refs, ansible_vault_refs, ansible_nolog, puppet_run,
            k8s_events, k8s_secretref, k8s_get_secrets, helm_status, argocd_app, har_masked, curl_tls, jwks, saml_sig, ldap_noval, smtp_fail, dkim_header,
            windows_prompt, windows_event_ids, go_goroutines, python_env_refs, java_hikari, mobile_binary_images, android_token, jira_products, chat_refs,
            prom_metrics, prom_files, webhook_placeholders, assembly_versions, checksums, k8s_pods, public_keys, env_example, ports_timestamps, trace_ids,
            git_log, aws_ids, numbers_not_pii, ip_like, jwt_header_only]
