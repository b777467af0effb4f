"""Families with secrets (unseen3): deploy tooling, package-manager and cloud-CLI credentials, app settings, HTTP traces."""
from gen import Rec

GS, AK, BT = "GENERIC_SECRET", "API_KEY", "BEARER_TOKEN"


def helm_set(v):
    t = Rec()
    rel, svc = v.pick(["api", "web", "pg", "cache", "kafka"]), v.pick(v.SVC)
    t(f"$ helm upgrade --install {rel} ./charts/{svc} -n {svc} \\\n  --set image.tag={v.r.randint(1, 9)}.{v.r.randint(0, 30)}.{v.r.randint(0, 9)} \\\n")
    key = v.pick(["auth.postgresPassword", "redis.auth.password", "global.postgresql.auth.password", "smtp.pass",
                  "secrets.apiKey", "rabbitmq.auth.erlangCookie", "externalDatabase.password", "adminPassword",
                  "auth.rootPassword", "oauth2.clientSecret"])
    flag = v.pick(["--set", "--set-string"])
    q = v.pick(["", "'", '"'])
    t(f"  {flag} {q}{key}=").e(GS, v.password())(f"{q} \\\n  --set replicaCount={v.r.randint(1, 5)} --wait --timeout 5m")
    return t, "synthetic/helm-cli"


def helm_values(v):
    t = Rec()
    t(f"# values-prod.yaml ({v.pick(v.SVC)})\nimage:\n  repository: registry.{v.pick(v.DOMAINS)}/{v.pick(v.SVC)}\n  tag: \"{v.r.randint(1, 4)}.{v.r.randint(0, 20)}.{v.r.randint(0, 9)}\"\n")
    k = v.r.randrange(4)
    if k == 0:
        t("postgresql:\n  auth:\n    username: app\n    password: ").e(GS, v.password())("\n    database: app\n")
    elif k == 1:
        t("redis:\n  auth:\n    enabled: true\n    password: \"").e(GS, v.password())("\"\n")
    elif k == 2:
        t("grafana:\n  adminUser: admin\n  adminPassword: ").e(GS, v.password())("\n")
    else:
        t("alertmanager:\n  config:\n    global:\n      smtp_auth_username: ").e("EMAIL", v.email())("\n      smtp_auth_password: '").e(GS, v.password())("'\n")
    t("resources:\n  limits:\n    memory: 512Mi\n")
    return t, "synthetic/helm-values"


def argocd(v):
    t = Rec()
    k = v.r.randrange(3)
    if k == 0:
        t(f"$ argocd login argocd.{v.pick(v.DOMAINS)} --username admin --password ").e(GS, v.password())(" --grpc-web\n'admin:login' logged in successfully\n")
    elif k == 1:
        t(f"$ argocd repo add https://git.{v.pick(v.DOMAINS)}/platform/{v.pick(v.SVC)}.git --username {v.user()} --password ").e(GS, v.password())("\nRepository 'https://git…' added\n")
    else:
        t("apiVersion: v1\nkind: Secret\nmetadata:\n  name: private-repo\n  namespace: argocd\n  labels:\n    argocd.argoproj.io/secret-type: repository\nstringData:\n  type: git\n  url: https://gitlab." + v.pick(v.DOMAINS) + "/infra/deploy.git\n  username: " + v.user() + "\n  password: ").e(AK, "glpat-" + v.alnum(20))("\n")
    return t, "synthetic/argocd"


def flux(v):
    t = Rec()
    if v.r.random() < 0.5:
        t(f"$ flux create secret git {v.pick(v.SVC)}-auth --url=https://bitbucket.org/{v.pick(v.SVC)}/cfg --username={v.user()} --password=").e(GS, v.password())("\n► git secret 'flux-system/…-auth' created\n")
    else:
        t("$ export GITHUB_TOKEN=").e("GITHUB_TOKEN", v.github())(f"\n$ flux bootstrap github --owner={v.pick(v.SVC)}-org --repository=fleet --path=clusters/prod --personal\n► connecting to github.com\n")
    return t, "synthetic/flux"


def gha_leak(v):
    t = Rec()
    t(f"Run actions/setup-node@v4\n  with:\n    node-version: 20\n    registry-url: https://npm.pkg.github.com\n  env:\n    NODE_AUTH_TOKEN: ").e("GITHUB_TOKEN", v.github())("\n")
    t("    NPM_CONFIG_USERCONFIG: /home/runner/work/_temp/.npmrc\n")
    return t, "synthetic/gha-log"


def gitlab_ci(v):
    t = Rec()
    k = v.r.randrange(3)
    if k == 0:
        t("variables:\n  DOCKER_DRIVER: overlay2\n  SONAR_TOKEN: \"").e(GS, v.hexs(40))("\"\n  REGISTRY: registry.gitlab.com\n")
    elif k == 1:
        t(f"$ curl --request POST --header \"PRIVATE-TOKEN: ").e(AK, "glpat-" + v.alnum(20))(f"\" \"https://gitlab.{v.pick(v.DOMAINS)}/api/v4/projects/{v.r.randint(10, 999)}/pipeline?ref=main\"\n")
    else:
        t("$ docker login -u gitlab+deploy-token-" + str(v.r.randint(10, 999)) + " -p ").e(AK, "gldt-" + v.alnum(20))(" registry.gitlab.com\nWARNING! Using --password via the CLI is insecure.\nLogin Succeeded\n")
    return t, "synthetic/gitlab-ci"


def k8s_secret_b64(v):
    t = Rec()
    t(f"$ kubectl get secret {v.pick(v.SVC)}-db -o yaml\napiVersion: v1\ndata:\n")
    import base64
    key = v.pick(["password", "DB_PASSWORD", "postgres-password", "redis-password", "api-token", "client-secret"])
    t(f"  {key}: ").e(GS, base64.b64encode(v.password().encode()).decode())("\n")
    t("  username: " + base64.b64encode(v.user().encode()).decode() + "\nkind: Secret\nmetadata:\n  creationTimestamp: \"2026-11-02T08:14:55Z\"\n")
    t(f"  name: {v.pick(v.SVC)}-db\n  resourceVersion: \"{v.r.randint(10**6, 10**8)}\"\n  uid: {v.uuid()}\ntype: Opaque\n")
    return t, "synthetic/kubectl-yaml"


def vault_cli(v):
    t = Rec()
    k = v.r.randrange(3)
    if k == 0:
        t(f"$ vault kv get -mount=secret {v.pick(v.SVC)}/prod\n====== Secret Path ======\nsecret/data/x/prod\n\n======= Metadata =======\nKey                Value\n---                -----\ncreated_time       2026-10-0{v.r.randint(1, 9)}T11:02:13.44Z\nversion            {v.r.randint(1, 30)}\n\n====== Data ======\nKey         Value\n---         -----\n")
        t("db_pass     ").e(GS, v.password())("\nusername    app\n")
    elif k == 1:
        t("$ vault token create -policy=ci -ttl=1h\nKey                  Value\n---                  -----\ntoken                ").e(AK, "hvs." + v.alnum(24))("\ntoken_duration       1h\ntoken_renewable      true\ntoken_policies       [\"ci\" \"default\"]\n")
    else:
        t(f"$ vault write auth/approle/login role_id={v.uuid()} secret_id=").e(GS, v.uuid())("\n")
    return t, "synthetic/vault-cli"


def consul(v):
    t = Rec()
    if v.r.random() < 0.5:
        t(f"$ consul acl token create -description \"{v.pick(v.SVC)} agent\" -policy-name agent\nAccessorID:       {v.uuid()}\nSecretID:         ").e(GS, v.uuid())(f"\nDescription:      agent\nLocal:            false\nCreate Time:      2026-11-30 09:12:44 +0000 UTC\n")
    else:
        t("$ export CONSUL_HTTP_TOKEN=").e(GS, v.uuid())(f"\n$ consul members\nNode     Address            Status  Type    Build   Protocol\nnode-1   ").e("IPV4", v.ipv4())(":8301   alive   server  1.17.2  2\n")
    return t, "synthetic/consul-cli"


def aws_cli(v):
    t = Rec()
    k = v.r.randrange(3)
    if k == 0:
        t("$ aws sts assume-role --role-arn arn:aws:iam::" + str(v.r.randint(10**11, 10**12 - 1)) + ":role/deploy --role-session-name ci\n{\n    \"Credentials\": {\n        \"AccessKeyId\": \"").e("AWS_ACCESS_KEY", v.aws_key_id("ASIA"))("\",\n        \"SecretAccessKey\": \"").e("AWS_SECRET_KEY", v.aws_secret())("\",\n        \"SessionToken\": \"").e(GS, "IQoJb3JpZ2luX2Vj" + v.alnum(120))("\",\n        \"Expiration\": \"2026-12-06T03:14:00+00:00\"\n    }\n}\n")
    elif k == 1:
        t("$ cat ~/.aws/credentials\n[default]\naws_access_key_id = ").e("AWS_ACCESS_KEY", v.aws_key_id())("\naws_secret_access_key = ").e("AWS_SECRET_KEY", v.aws_secret())("\nregion = eu-west-1\n")
    else:
        t("$ aws configure list\n      Name                    Value             Type    Location\n      ----                    -----             ----    --------\n   profile                <not set>             None    None\naccess_key     ****************" + v.s("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 4) + " shared-credentials-file\n")
        t("# then in the ticket: the secret for that key is ").e("AWS_SECRET_KEY", v.aws_secret())("\n")
    return t, "synthetic/aws-cli"


def gcp_sa(v):
    t = Rec()
    proj = f"{v.pick(v.SVC)}-prod-{v.r.randint(100, 999)}"
    t("{\n  \"type\": \"service_account\",\n  \"project_id\": \"" + proj + "\",\n  \"private_key_id\": \"" + v.hexs(40) + "\",\n  \"private_key\": \"")
    key = "-----BEGIN PRIVATE KEY-----\\n" + "\\n".join(v.pem_body(6)) + "\\n-----END PRIVATE KEY-----"
    t.e("PRIVATE_KEY", key)("\\n\",\n  \"client_email\": \"").e("EMAIL", f"deployer@{proj}.iam.gserviceaccount.com")(f"\",\n  \"client_id\": \"{v.r.randint(10**20, 10**21)}\",\n  \"token_uri\": \"https://oauth2.googleapis.com/token\"\n}}\n")
    return t, "synthetic/gcp-sa-json"


def gcloud_token(v):
    t = Rec()
    t("$ gcloud auth print-access-token\n").e(BT, "ya29." + v.alnum(60) + "_" + v.alnum(40))("\n$ curl -H \"Authorization: Bearer $(gcloud auth print-access-token)\" https://storage.googleapis.com/storage/v1/b\n")
    return t, "synthetic/gcloud"


def az_cli(v):
    t = Rec()
    if v.r.random() < 0.5:
        t(f"$ az ad sp create-for-rbac --name {v.pick(v.SVC)}-ci --role contributor\n{{\n  \"appId\": \"{v.uuid()}\",\n  \"displayName\": \"ci\",\n  \"password\": \"").e(GS, v.alnum(3) + "8Q~" + v.s(v.alnum(1) + "._~-" + "abcdefghijKLMNOP0123456789", 34))(f"\",\n  \"tenant\": \"{v.uuid()}\"\n}}\n")
    else:
        t(f"$ az storage account keys list -g rg-{v.pick(v.SVC)} -n st{v.pick(v.SVC)}prod -o json\n[\n  {{\n    \"creationTime\": \"2026-03-11T10:12:45.123456+00:00\",\n    \"keyName\": \"key1\",\n    \"permissions\": \"FULL\",\n    \"value\": \"").e(GS, v.b64(64))("\"\n  }\n]\n")
    return t, "synthetic/az-cli"


def npmrc(v):
    t = Rec()
    t("$ cat ~/.npmrc\n@" + v.pick(v.SVC) + ":registry=https://npm.pkg.github.com\n")
    k = v.r.randrange(3)
    if k == 0:
        t("//registry.npmjs.org/:_authToken=").e(AK, "npm_" + v.alnum(36))("\n")
    elif k == 1:
        t(f"//nexus.{v.pick(v.DOMAINS)}/repository/npm-private/:_auth=").e(GS, v.b64(24))("\nalways-auth=true\n")
    else:
        t(f"//artifactory.{v.pick(v.DOMAINS)}/api/npm/npm/:_password=").e(GS, v.b64(15))(f"\n//artifactory/api/npm/npm/:username={v.user()}\n")
    return t, "synthetic/npmrc"


def pypirc(v):
    t = Rec()
    if v.r.random() < 0.5:
        t("[distutils]\nindex-servers = pypi\n\n[pypi]\nusername = __token__\npassword = ").e(AK, "pypi-AgEIcHlwaS5vcmc" + v.alnum(60))("\n")
    else:
        t(f"[global]\ntimeout = 60\nindex-url = https://").e("URL_CREDENTIALS", f"{v.user()}:{v.password()}")(f"@pypi.{v.pick(v.DOMAINS)}/simple\ntrusted-host = pypi.internal\n")
    return t, "synthetic/pypirc-pipconf"


def maven_settings(v):
    t = Rec()
    t(f"<settings>\n  <servers>\n    <server>\n      <id>{v.pick(v.SVC)}-releases</id>\n      <username>{v.user()}</username>\n      <password>").e(GS, v.password())("</password>\n    </server>\n  </servers>\n</settings>\n")
    return t, "synthetic/maven-settings"


def netrc(v):
    t = Rec()
    t("machine api.heroku.com\n  login ").e("EMAIL", v.email(v.name()))("\n  password ").e(GS, v.uuid())(f"\nmachine git.{v.pick(v.DOMAINS)} login {v.user()} password ").e(GS, v.password())("\n")
    return t, "synthetic/netrc"


def git_credentials(v):
    t = Rec()
    t("$ cat ~/.git-credentials\n")
    k = v.r.randrange(3)
    if k == 0:
        t(f"https://{v.user()}:").e("GITHUB_TOKEN", v.github())("@github.com\n")
    elif k == 1:
        t("https://oauth2:").e(AK, "glpat-" + v.alnum(20))("@gitlab.com\n")
    else:
        t("https://").e("URL_CREDENTIALS", f"{v.user()}:{v.password()}")(f"@git.{v.pick(v.DOMAINS)}\n")
    return t, "synthetic/git-credentials"


def docker_config(v):
    t = Rec()
    import base64
    auth = base64.b64encode(f"{v.user()}:{v.password()}".encode()).decode()
    t("$ cat ~/.docker/config.json\n{\n\t\"auths\": {\n\t\t\"" + v.pick(["https://index.docker.io/v1/", "ghcr.io", "123456789012.dkr.ecr.eu-west-1.amazonaws.com", "harbor.corp.lan"]) + "\": {\n\t\t\t\"auth\": \"").e(GS, auth)("\"\n\t\t}\n\t}\n}\n")
    return t, "synthetic/docker-config"


def spring(v):
    t = Rec()
    if v.r.random() < 0.5:
        t(f"spring.application.name={v.pick(v.SVC)}\nspring.datasource.url=jdbc:postgresql://").e("IPV4", v.ipv4())(":5432/app\nspring.datasource.username=app\n")
        key = v.pick(["spring.rabbitmq.password", "spring.mail.password", "server.ssl.key-store-password", "jasypt.encryptor.password",
                      "spring.security.oauth2.client.registration.okta.client-secret", "spring.data.redis.password"])
        t(f"{key}=").e(GS, v.password())("\nserver.port=8080\n")
    else:
        t("spring:\n  kafka:\n    bootstrap-servers: kafka-0.kafka:9092\n    properties:\n      sasl.mechanism: PLAIN\n      sasl.jaas.config: org.apache.kafka.common.security.plain.PlainLoginModule required username=\"" + v.user() + "\" password=\"").e(GS, v.password())("\";\n")
    return t, "synthetic/spring-config"


def php_rails_django(v):
    t = Rec()
    k = v.r.randrange(4)
    if k == 0:
        t("define( 'DB_NAME', 'wordpress' );\ndefine( 'DB_USER', 'wp' );\ndefine( 'DB_PASSWORD', '").e(GS, v.password())("' );\ndefine( 'DB_HOST', 'localhost' );\n")
    elif k == 1:
        t("'mysql' => [\n    'driver' => 'mysql',\n    'host' => '").e("IPV4", v.ipv4())("',\n    'username' => 'forge',\n    'password' => '").e(GS, v.password())("',\n],\n")
    elif k == 2:
        t("production:\n  secret_key_base: ").e(GS, v.hexs(128))("\n")
    else:
        t("SECRET_KEY = '").e(GS, "django-insecure-" + v.s("abcdefghijklmnopqrstuvwxyz0123456789!@#%^&*(-_=+)", 50))("'\nDEBUG = False\nALLOWED_HOSTS = ['.corp.lan']\n")
    return t, "synthetic/php-rails-django"


def conn_strings(v):
    t = Rec()
    k = v.r.randrange(6)
    h = v.host()
    if k == 0:
        t("REDIS_URL=redis://:").e("CONNECTION_STRING", v.password())(f"@{h}:6379/0\n")
    elif k == 1:
        t("MONGO_URI=\"mongodb+srv://").e("CONNECTION_STRING", f"{v.user()}:{v.password()}")(f"@cluster0.{v.alnum(5).lower()}.mongodb.net/app?retryWrites=true&w=majority\"\n")
    elif k == 2:
        t("celery broker: amqps://").e("CONNECTION_STRING", f"{v.user()}:{v.password()}")(f"@b-{v.uuid()}.mq.eu-west-1.amazonaws.com:5671//\n")
    elif k == 3:
        t(f"jdbc:sqlserver://{h}:1433;databaseName=app;user=sa;password=").e("CONNECTION_STRING", v.password())(";encrypt=true;trustServerCertificate=false\n")
    elif k == 4:
        t(f"Driver={{ODBC Driver 18 for SQL Server}};Server=tcp:{h},1433;Database=app;Uid=app_rw;Pwd=").e("CONNECTION_STRING", v.password())(";Encrypt=yes;\n")
    else:
        t(f"ERROR c.z.h.pool.HikariPool - failed: jdbc:postgresql://{h}:5432/app?user=app&password=").e("CONNECTION_STRING", v.password())("&sslmode=require\n")
    return t, "synthetic/connection-strings"


def smtp(v):
    t = Rec()
    k = v.r.randrange(3)
    if k == 0:
        t("# /etc/postfix/sasl_passwd\n[smtp.sendgrid.net]:587 apikey:").e(AK, "SG." + v.alnum(22) + "." + v.alnum(43))("\n")
    elif k == 1:
        t("EMAIL_HOST = 'smtp.office365.com'\nEMAIL_HOST_USER = '").e("EMAIL", v.email())("'\nEMAIL_HOST_PASSWORD = '").e(GS, v.password())("'\nEMAIL_PORT = 587\n")
    else:
        t("MAIL_MAILER=smtp\nMAIL_HOST=smtp.mailgun.org\nMAIL_USERNAME=").e("EMAIL", "postmaster@mg." + v.pick(v.DOMAINS))("\nMAIL_PASSWORD=").e(GS, v.hexs(32) + "-" + v.hexs(8) + "-" + v.hexs(8))("\n")
    return t, "synthetic/smtp-config"


def webhooks(v):
    t = Rec()
    k = v.r.randrange(4)
    if k == 0:
        t("alertmanager: receivers:\n- name: slack\n  slack_configs:\n  - api_url: ").e("SLACK_TOKEN", v.slack_webhook())("\n    channel: '#alerts'\n")
    elif k == 1:
        t("- name: pagerduty\n  pagerduty_configs:\n  - routing_key: ").e(GS, v.hexs(32))("\n    severity: critical\n")
    elif k == 2:
        t("curl -X POST https://api.opsgenie.com/v2/alerts -H \"Authorization: GenieKey ").e(GS, v.uuid())("\" -d '{\"message\":\"disk full\"}'\n")
    else:
        t("DISCORD_WEBHOOK=https://discord.com/api/webhooks/" + str(v.r.randint(10**17, 10**18)) + "/").e(GS, v.alnum(68))("\n")
    return t, "synthetic/webhooks"


def vendor_keys(v):
    t = Rec()
    k = v.r.randrange(6)
    if k == 0:
        t("STRIPE_SECRET_KEY=").e(AK, "sk_live_" + v.alnum(24))("\n")
    elif k == 1:
        t(f"TWILIO_ACCOUNT_SID=AC{v.hexs(32)}\nTWILIO_AUTH_TOKEN=").e(GS, v.hexs(32))("\n")
    elif k == 2:
        t("datadog-agent: env:\n  - name: DD_API_KEY\n    value: \"").e(GS, v.hexs(32))("\"\n  - name: DD_SITE\n    value: datadoghq.eu\n")
    elif k == 3:
        t("newrelic.yml:\n  license_key: ").e(AK, v.hexs(36) + "NRAL")("\n  app_name: " + v.pick(v.SVC) + "\n")
    elif k == 4:
        t("$ curl -X POST https://api.newrelic.com/graphql -H 'API-Key: ").e(AK, "NRAK-" + v.s("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", 27))("' -d @query.json\n")
    else:
        t("mailgun: api_key=").e(AK, "key-" + v.hexs(32))(" domain=mg." + v.pick(v.DOMAINS) + "\n")
    return t, "synthetic/vendor-keys"


def http_oauth(v):
    t = Rec()
    k = v.r.randrange(5)
    if k == 0:
        t("POST /oauth2/token HTTP/1.1\nHost: login." + v.pick(v.DOMAINS) + "\nContent-Type: application/x-www-form-urlencoded\n\ngrant_type=client_credentials&client_id=" + v.pick(v.SVC) + "-svc&client_secret=").e(GS, v.alnum(32))("&scope=read\n")
    elif k == 1:
        t("HTTP/1.1 200 OK\nContent-Type: application/json\n\n{\"access_token\":\"").e(BT, v.alnum(40))("\",\"token_type\":\"Bearer\",\"expires_in\":3600,\"refresh_token\":\"").e(BT, v.alnum(48))("\"}\n")
    elif k == 2:
        t("HTTP/1.1 302 Found\nLocation: https://app." + v.pick(v.DOMAINS) + "/callback#access_token=").e(BT, v.alnum(43))("&token_type=Bearer&expires_in=3599&state=" + v.hexs(16) + "\n")
    elif k == 3:
        t("HTTP/2 200\nset-cookie: __Host-sid=").e(GS, v.b64(32, url=True))("; Path=/; Secure; HttpOnly; SameSite=Lax\ncache-control: no-store\n")
    else:
        t("GET /api/me HTTP/1.1\nHost: " + v.pick(v.DOMAINS) + "\nCookie: _ga=GA1.1." + str(v.r.randint(10**8, 10**9)) + "." + str(v.r.randint(10**9, 2 * 10**9)) + "; JSESSIONID=").e(GS, v.hexs(32).upper())("\nAuthorization: Bearer ").e("JWT", v.jwt())("\n")
    return t, "synthetic/http-trace"


def ssh_pgp_keys(v):
    t = Rec()
    k = v.r.randrange(3)
    if k == 0:
        body = "\n".join(["b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW"] + v.pem_body(4, 70))
        t("$ cat ~/.ssh/id_ed25519\n").e("PRIVATE_KEY", "-----BEGIN OPENSSH PRIVATE KEY-----\n" + body + "\n-----END OPENSSH PRIVATE KEY-----")("\n")
    elif k == 1:
        body = "\n".join(v.pem_body(8))
        t("$ gpg --export-secret-keys --armor ops@corp\n").e("PRIVATE_KEY", "-----BEGIN PGP PRIVATE KEY BLOCK-----\n\nlQVYBGV" + v.alnum(57) + "\n" + body + "\n=" + v.alnum(4) + "\n-----END PGP PRIVATE KEY BLOCK-----")("\n")
    else:
        body = "\n".join(v.pem_body(6))
        t("      tls.key: |\n        ").e("PRIVATE_KEY", "-----BEGIN EC PRIVATE KEY-----\n        " + body.replace("\n", "\n        ") + "\n        -----END EC PRIVATE KEY-----")("\n")
    return t, "synthetic/ssh-pgp"


def hashes(v):
    t = Rec()
    k = v.r.randrange(3)
    if k == 0:
        t("$ cat /etc/nginx/.htpasswd\n" + v.user() + ":").e(GS, "$apr1$" + v.alnum(8) + "$" + v.s(v.alnum(1) + "./" + "abcdefghijklmnopqrstuvwxyzABCDEF0123456789", 22))("\n")
    elif k == 1:
        t("# grep root /etc/shadow\nroot:").e(GS, "$6$" + v.alnum(16) + "$" + v.s("./abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", 86))(":19876:0:99999:7:::\n")
    else:
        t("users:\n  - name: admin\n    password_hash: \"").e(GS, "$2y$10$" + v.s("./abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", 53))("\"\n")
    return t, "synthetic/password-hashes"


def crash_env(v):
    t = Rec()
    k = v.r.randrange(3)
    if k == 0:
        t(f"panic: runtime error: invalid memory address\n\ngoroutine 1 [running]:\nmain.main()\n\t/src/main.go:42 +0x1d\n\nEnvironment:\n  HOSTNAME={v.pick(v.SVC)}-7d9f8c-x2x9q\n  HOME=/root\n  DATABASE_PASSWORD=").e(GS, v.password())("\n  GOMAXPROCS=2\n")
    elif k == 1:
        t("Traceback (most recent call last):\n  File \"/app/worker.py\", line 12, in <module>\n    raise RuntimeError(os.environ)\nRuntimeError: environ({'PATH': '/usr/local/bin:/usr/bin', 'LANG': 'C.UTF-8', 'REDIS_PASSWORD': '").e(GS, v.password())("', 'PYTHONUNBUFFERED': '1'})\n")
    else:
        t("node:internal/process/promises:289\n  triggerUncaughtException(err, true);\nError: connect ECONNREFUSED\n  env: { NODE_ENV: 'production', SESSION_SECRET: '").e(GS, v.hexs(48))("', PORT: '3000' }\n")
    return t, "synthetic/crash-env"


FAMILIES = [(helm_set, 16), (helm_values, 16), (argocd, 12), (flux, 10), (gha_leak, 6), (gitlab_ci, 12), (k8s_secret_b64, 12),
            (vault_cli, 12), (consul, 10), (aws_cli, 12), (gcp_sa, 6), (gcloud_token, 5), (az_cli, 10), (npmrc, 10), (pypirc, 10),
            (maven_settings, 6), (netrc, 8), (git_credentials, 10), (docker_config, 8), (spring, 12), (php_rails_django, 14),
            (conn_strings, 18), (smtp, 10), (webhooks, 12), (vendor_keys, 16), (http_oauth, 16), (ssh_pgp_keys, 9),
            (hashes, 9), (crash_env, 10)]
