"""Secret families, part 2: Kafka, Elastic, IaC, Kubernetes, Vault agent, Argo/Flux, image history, diffs, shell history."""
import gen as g
from people import person, email_for

E = lambda t, v: (t, v)
GS = "GENERIC_SECRET"


def f_kafka_props(r):
    pw = g.password(r, safe=True)
    k = r.randrange(6)
    if k == 0:
        return ["# client-ssl.properties\nsecurity.protocol=SSL\nssl.keystore.location=/etc/kafka/secrets/client.keystore.jks\nssl.keystore.password=", E(GS, pw),
                "\nssl.key.password=", E(GS, g.password(r, True)), "\nssl.truststore.location=/etc/kafka/secrets/truststore.jks\nssl.truststore.password=", E(GS, g.password(r, True))]
    if k == 1:
        return ["schema.registry.url=https://psrc-4x8z1.eu-central-1.aws.confluent.cloud\nbasic.auth.credentials.source=USER_INFO\nbasic.auth.user.info=",
                E("BASIC_AUTH", g.pick(r, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", 16) + ":" + g.pick(r, g.ALNUM + "+/", 64))]
    if k == 2:
        return ["$ kcat -b ", E("IPV4", g.ipv4(r, True)), ":9093 -X security.protocol=SASL_SSL -X sasl.mechanisms=SCRAM-SHA-512 -X sasl.username=orders-consumer -X sasl.password=", E(GS, pw), " -t orders.v1 -C -o -5 -e\n% Reached end of topic orders.v1 [0] at offset 918233"]
    if k == 3:
        return ["$ kafka-console-producer --bootstrap-server broker-1:9093 --topic audit --producer-property security.protocol=SSL --producer-property ssl.key.password=", E(GS, pw), " --producer-property ssl.keystore.password=", E(GS, g.password(r, True))]
    if k == 4:
        return ["sasl.mechanism=PLAIN\nsasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username='", g.pick(r, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", 16), "' password='", E(GS, g.pick(r, g.ALNUM + "+/", 64)), "';"]
    return ["sasl.mechanism=OAUTHBEARER\nsasl.oauthbearer.token.endpoint.url=https://login.example.com/oauth2/token\nsasl.oauthbearer.client.credentials.client.id=kafka-etl\nsasl.oauthbearer.client.credentials.client.secret=", E(GS, g.pick(r, g.ALNUM + "~_-", 40))]


def f_elastic(r):
    pw = g.pick(r, g.ALNUM + "*_=+", 20)
    k = r.randrange(6)
    if k == 0:
        return ["$ bin/elasticsearch-reset-password -u elastic -b\nPassword for the [elastic] user successfully reset.\nNew value: ", E(GS, pw)]
    if k == 1:
        return ["$ bin/elasticsearch-setup-passwords auto -b\nChanged password for user apm_system\nPASSWORD apm_system = ", E(GS, pw), "\n\nChanged password for user kibana_system\nPASSWORD kibana_system = ", E(GS, g.pick(r, g.ALNUM, 20))]
    if k == 2:
        return ["$ bin/elasticsearch-keystore show s3.client.default.secret_key\n", E("AWS_SECRET_KEY", g.aws_secret(r)), "\n$ bin/elasticsearch-keystore show s3.client.default.access_key\n", E("AWS_ACCESS_KEY", g.aws_key_id(r))]
    if k == 3:
        return ["# kibana.yml\nserver.host: \"0.0.0.0\"\nelasticsearch.hosts: [\"https://", E("IPV4", g.ipv4(r, True)), ":9200\"]\nelasticsearch.username: \"kibana_system\"\nelasticsearch.password: \"", E(GS, pw),
                "\"\nxpack.encryptedSavedObjects.encryptionKey: \"", E(GS, g.pick(r, g.ALNUM, 32)), "\""]
    if k == 4:
        tok = g.b64of('{"ver":"8.15.3","adr":["%s:9200"],"fgr":"%s","key":"%s:%s"}' % (g.ipv4(r, True), g.sha256(r), g.pick(r, g.ALNUM, 20), g.pick(r, g.ALNUM + "_-", 22)))
        return ["$ bin/elasticsearch-create-enrollment-token -s kibana\n", E(GS, tok)]
    return ["$ echo \"", E(GS, pw), "\" | bin/kibana-keystore add elasticsearch.password --stdin\n$ bin/kibana-keystore list\nelasticsearch.password"]


def f_iac_plan(r):
    pw = g.password(r, safe=True)
    k = r.randrange(6)
    if k == 0:
        return ["$ cdk synth OrdersDbStack | grep -A4 'AWS::RDS::DBInstance'\n    Type: AWS::RDS::DBInstance\n    Properties:\n      MasterUsername: orders_admin\n      MasterUserPassword: ", E(GS, pw), "\n      Engine: postgres"]
    if k == 1:
        return ["$ aws cloudformation describe-stacks --stack-name erp-prod --query 'Stacks[0].Parameters'\n[\n    {\n        \"ParameterKey\": \"DBPassword\",\n        \"ParameterValue\": \"", E(GS, pw),
                "\"\n    },\n    {\n        \"ParameterKey\": \"InstanceType\",\n        \"ParameterValue\": \"r6g.large\"\n    }\n]"]
    if k == 2:
        return ["$ cdk deploy OrdersStack --parameters OrdersStack:DbPassword=", E(GS, pw), " --require-approval never\n✨  Synthesis time: 8.41s\nOrdersStack: deploying... [1/1]"]
    if k == 3:
        return ["  # azurerm_windows_virtual_machine.jump will be created\n  + resource \"azurerm_windows_virtual_machine\" \"jump\" {\n      + admin_password = \"", E(GS, pw), "\"\n      + admin_username = \"azureops\"\n      + location       = \"westeurope\"\n      + size           = \"Standard_B2ms\""]
    if k == 4:
        return ["$ terraform console\n> var.sql_admin_password\n\"", E(GS, pw), "\"\n> nonsensitive(random_password.api.result)\n\"", E(GS, g.pick(r, g.ALNUM + "!#%", 24)), "\""]
    return ["$ az deployment group create -g rg-erp --template-file main.bicep --parameters adminLogin=sqladmin adminPassword='", E(GS, pw), "'\n{\n  \"properties\": {\n    \"provisioningState\": \"Succeeded\""]


def f_k8s_manifests(r):
    pw = g.password(r, safe=True)
    k = r.randrange(6)
    if k == 0:
        return ["# kustomization.yaml\nsecretGenerator:\n- name: orders-db\n  literals:\n  - username=orders\n  - password=", E(GS, pw), "\ngeneratorOptions:\n  disableNameSuffixHash: true"]
    if k == 1:
        key = g.hexs(r, 32)
        return ["$ kubectl create secret generic payments-api --from-literal=api-key=", E(GS, key), " --dry-run=client -o json\n{\n    \"apiVersion\": \"v1\",\n    \"data\": {\n        \"api-key\": \"", E(GS, g.b64of(key)), "\"\n    },\n    \"kind\": \"Secret\""]
    if k == 2:
        return ["$ kubectl -n erp get secret erp-db -o go-template='{{.data.password|base64decode}}{{\"\\n\"}}'\n", E(GS, pw)]
    if k == 3:
        h = "$2a$10$" + g.pick(r, g.ALNUM + "./", 53)
        return ["$ kubectl -n argocd get secret argocd-secret -o yaml\napiVersion: v1\ndata:\n  admin.password: ", E(GS, g.b64of(h)), "\n  admin.passwordMtime: MjAyNi0xMi0wNlQxMDoxMTo0NVo=\n  server.secretkey: ", E(GS, g.b64s(r, 32)), "\nkind: Secret"]
    if k == 4:
        ip = g.ipv4(r, True)
        dsn = "postgresql://orders:%s@%s:5432/orders" % (pw, ip)
        return ["apiVersion: v1\nkind: Secret\nmetadata:\n  name: orders-dsn\ntype: Opaque\ndata:\n  DATABASE_URL: ", E(GS, g.b64of(dsn))]
    return ["apiVersion: v1\nkind: Secret\nmetadata:\n  name: legacy-keystore\nbinaryData:\n  keystore.pass: ", E(GS, g.b64of(pw)), "\nstringData:\n  SMTP_PASSWORD: \"", E(GS, g.password(r, True)), "\""]


def f_vault_agent(r):
    pw = "A1a-" + g.pick(r, g.ALNUM, 16)
    k = r.randrange(4)
    if k == 0:
        return ["$ kubectl exec orders-7c9f8d-x2kq9 -c app -- cat /vault/secrets/db-creds\nexport DB_USER=\"v-kubernet-orders-", g.pick(r, g.ALNUM, 20), "-1765012345\"\nexport DB_PASSWORD=\"", E(GS, pw), "\""]
    if k == 1:
        return ["$ cat /etc/app/application-vault.properties   # rendered by vault agent\nspring.datasource.url=jdbc:postgresql://", E("IPV4", g.ipv4(r, True)), ":5432/orders\nspring.datasource.username=v-approle-orders-rw\nspring.datasource.password=", E(GS, pw)]
    if k == 2:
        return ["2026-12-06T10:12:01.118Z [INFO]  agent: (runner) rendered \"(dynamic)\" => \"/etc/pgbouncer/userlist.txt\"\n$ cat /etc/pgbouncer/userlist.txt\n\"orders\" \"", E(GS, pw), "\""]
    return ["$ consul-template -template 'db.ctmpl:db.env' -once && cat db.env\nREDIS_PASSWORD=", E(GS, g.password(r, True)), "\nMQ_PASSWORD=", E(GS, pw)]


def f_argo_flux(r):
    pw = g.password(r, safe=True)
    k = r.randrange(5)
    if k == 0:
        return ["$ argo submit -n ci wf-migrate.yaml -p db-host=", E("IPV4", g.ipv4(r, True)), " -p db-password=", E(GS, pw), " --watch\nName:                migrate-x7kq2\nNamespace:           ci\nStatus:              Running"]
    if k == 1:
        return ["spec:\n  arguments:\n    parameters:\n    - name: registry-user\n      value: ci-bot\n    - name: registry-token\n      value: ", E(GS, g.pick(r, g.ALNUM, 32)), "\n  entrypoint: build"]
    if k == 2:
        return ["$ argocd account update-password --account ci-deployer --current-password ", E(GS, pw), " --new-password ", E(GS, g.password(r, True)), "\nPassword updated"]
    if k == 3:
        return ["$ flux create source helm charts --url=https://charts.example.com --username=flux --password=", E(GS, pw), " --interval=10m\n✚ generating HelmRepository source\n► applying secret with repository credentials"]
    return ["$ argocd repo add https://git.example.com/platform/deploy.git --username deploy --password ", E(GS, pw), " --insecure-skip-server-verification\nRepository 'https://git.example.com/platform/deploy.git' added"]


def f_image_history(r):
    k = r.randrange(5)
    if k == 0:
        return ["$ docker history --no-trunc registry.example.com/web:2026.12.1 --format '{{.CreatedBy}}' | head -4\n/bin/sh -c #(nop)  CMD [\"node\" \"server.js\"]\n|1 NPM_TOKEN=", E("API_KEY", g.npm_token(r)), " /bin/sh -c npm ci --omit=dev\n/bin/sh -c #(nop)  ARG NPM_TOKEN"]
    if k == 1:
        return ["$ docker history --no-trunc app:latest | grep ENV\n<missing>   3 days ago   ENV DB_PASSWORD=", E(GS, g.password(r, True)), "   0B   buildkit.dockerfile.v0"]
    if k == 2:
        return ["#7 [builder 3/6] RUN git config --global url.\"https://x-access-token:", E("GITHUB_TOKEN", g.ghp(r)), "@github.com/\".insteadOf \"https://github.com/\"\n#7 DONE 0.4s\n#8 [builder 4/6] RUN go mod download"]
    if k == 3:
        return ["$ skopeo inspect --config docker://registry.example.com/etl:1.4 | jq -r '.config.Env[]'\nPATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin\nAWS_ACCESS_KEY_ID=", E("AWS_ACCESS_KEY", g.aws_key_id(r)), "\nAWS_SECRET_ACCESS_KEY=", E("AWS_SECRET_KEY", g.aws_secret(r))]
    return ["Step 6/11 : ARG SENTRY_TOKEN=", E(GS, g.hexs(r, 64)), "\n ---> Running in 3f9a1c2b7d4e\nRemoving intermediate container 3f9a1c2b7d4e\n ---> 91c0d8f2a6b3"]


def f_git_diff(r):
    p = person(r)
    head = ["commit ", g.hexs(r, 40), "\nAuthor: ", E("PERSON", p[2]), " <", E("EMAIL", email_for(r, p)), ">\nDate:   Fri Dec 4 17:22:09 2026 +0100\n\n    ", r.choice(["rotate db creds", "fix staging config", "remove hardcoded secret", "wip"]), "\n\n"]
    k = r.randrange(5)
    if k == 0:
        return head + ["diff --git a/.env.staging b/.env.staging\n--- a/.env.staging\n+++ b/.env.staging\n@@ -3,3 +3,3 @@\n LOG_LEVEL=info\n-DB_PASSWORD=", E(GS, g.password(r, True)), "\n+DB_PASSWORD=", E(GS, g.password(r, True)), "\n REDIS_HOST=cache"]
    if k == 1:
        return head + ["--- a/config/settings.yaml\n+++ b/config/settings.yaml\n@@ -12,7 +12,7 @@ database:\n   user: erp\n-  password: \"", E(GS, g.password(r, True)), "\"\n+  password: \"${DB_PASSWORD}\"\n   pool: 20"]
    if k == 2:
        return head + ["--- a/.env\n+++ b/.env\n@@ -1,2 +1,3 @@\n APP_ENV=production\n+STRIPE_SECRET_KEY=", E("API_KEY", "sk_live_" + g.pick(r, g.ALNUM, 32)), "\n STRIPE_PUBLISHABLE=pk_live_", g.pick(r, g.ALNUM, 24)]
    if k == 3:
        return head + ["--- a/deploy/values-prod.yaml\n+++ b/deploy/values-prod.yaml\n@@ -40,3 +40,4 @@ s3:\n   bucket: erp-exports\n+  accessKey: ", E("AWS_ACCESS_KEY", g.aws_key_id(r)), "\n+  secretKey: ", E("AWS_SECRET_KEY", g.aws_secret(r))]
    return head + ["--- a/ops/notify.sh\n+++ b/ops/notify.sh\n@@ -2 +2 @@\n-SLACK_BOT=", E("SLACK_TOKEN", "xoxb-%d-%d-%s" % (r.randrange(10**11, 10**12), r.randrange(10**12, 10**13), g.pick(r, g.ALNUM, 24))), "\n+SLACK_BOT=\"$(vault kv get -field=token kv/slack)\""]


def f_history_ts(r):
    n = r.randrange(400, 2000)
    ts = "2026-12-0%d %02d:%02d:%02d" % (r.randrange(1, 7), r.randrange(24), r.randrange(60), r.randrange(60))
    k = r.randrange(6)
    if k == 0:
        return ["$ HISTTIMEFORMAT='%%F %%T ' history | tail -3\n %d  %s export VAULT_TOKEN=" % (n, ts), E("API_KEY", g.vault_token(r)), "\n %d  %s vault kv get kv/erp/db\n %d  %s history | tail -3" % (n + 1, ts, n + 2, ts)]
    if k == 1:
        return [" %d  %s mysql -h " % (n, ts), E("IPV4", g.ipv4(r, True)), " -u erp -p'", E(GS, g.password(r, True)), "' erp -e 'show processlist'\n %d  %s exit" % (n + 1, ts)]
    if k == 2:
        return ["$ tail -n 3 ~/.zsh_history\n: 176501%04d:0;curl -s -H \"X-Auth-Token: " % r.randrange(10000), E(GS, g.hexs(r, 40)), "\" https://api.internal.example/v2/servers\n: 176501%04d:0;ls\n: 176501%04d:3;vim ~/.kube/config" % (r.randrange(10000), r.randrange(10000))]
    if k == 3:
        return ["- cmd: psql postgresql://", E("CONNECTION_STRING", "reporting:" + g.password(r, True)), "@", E("IPV4", g.ipv4(r, True)), "/analytics -c 'select 1'\n  when: 176501%04d\n- cmd: git status\n  when: 176501%04d" % (r.randrange(10000), r.randrange(10000))]
    if k == 4:
        return [" %d  %s mongodump --uri \"mongodb://" % (n, ts), E("CONNECTION_STRING", "backup:" + g.password(r, True)), "@", E("IPV4", g.ipv4(r, True)), ":27017/shop?authSource=admin\" --gzip --archive=/backup/shop.gz"]
    return [" %d  %s rclone config create wasabi s3 provider=Wasabi access_key_id=" % (n, ts), g.pick(r, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", 20), " secret_access_key=", E(GS, g.pick(r, g.ALNUM, 40)), " endpoint=s3.eu-central-1.wasabisys.com"]
