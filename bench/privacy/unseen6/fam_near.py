"""Near-miss families, part 1 (nothing in these records may be redacted): tooling and runtime output whose identifiers,
references, placeholders and masked values only look sensitive."""
from gen import (DOMAINS, alnum, b64, b64text, hexs, luhn_number, pick, sha, sha256, ulid, uuid)


def near_devtools(r):
    d = pick(r, DOMAINS)
    return "devtools/copy-as-fetch", [
        f'fetch("https://app.{d}/api/v2/catalog?page={r.randrange(2, 40)}", {{\n  "headers": {{\n    "accept": "application/json",\n'
        f'    "if-none-match": "W/\\"{hexs(r, 8)}-{alnum(r, 27)}\\"",\n    "x-request-id": "{uuid(r)}",\n'
        f'    "traceparent": "00-{hexs(r, 32)}-{hexs(r, 16)}-01",\n    "cookie": "_ga=GA1.2.{r.randrange(10**9, 10**10)}.{r.randrange(1733000000, 1766000000)}; '
        f'locale=de-DE; cookie_consent=necessary%2Canalytics",\n    "sec-ch-ua": "\\"Chromium\\";v=\\"131.0.6778.86\\""\n  }},\n  "method": "GET"\n}});']


def near_postman(r):
    return "postman/collection", [
        f'{{\n  "info": {{"_postman_id": "{uuid(r)}", "name": "Orders API"}},\n  "auth": {{\n    "type": "bearer",\n'
        '    "bearer": [{"key": "token", "value": "{{accessToken}}", "type": "string"}]\n  },\n  "variable": [\n'
        '    {"key": "apiKey", "value": "", "type": "secret"},\n    {"key": "clientSecret", "value": "{{vault:orders-client-secret}}"},\n'
        f'    {{"key": "baseUrl", "value": "https://api.{pick(r, DOMAINS)}"}}\n  ]\n}}']


def near_openapi(r):
    return "openapi/spec", [
        f"openapi: 3.1.0\ninfo:\n  title: Orders\n  version: 2.{r.randrange(1, 30)}.0.{r.randrange(1, 400)}\ncomponents:\n  securitySchemes:\n"
        "    ApiKeyAuth: {type: apiKey, in: header, name: X-API-Key}\n    OAuth2:\n      type: oauth2\n      flows:\n        clientCredentials:\n"
        "          tokenUrl: /oauth/token\n  schemas:\n    Login:\n      properties:\n        password:\n          type: string\n          format: password\n"
        "          minLength: 12\n          example: '********'\n        api_key:\n          type: string\n          pattern: '^[A-Za-z0-9]{32}$'\n"
        "          example: <your-api-key>\n        id:\n          type: string\n          example: 3fa85f64-5717-4562-b3fc-2c963f66afa6\n"]


def near_oidc(r):
    d = pick(r, DOMAINS)
    return "oidc/discovery", [
        f'{{"issuer":"https://sso.{d}/realms/prod","authorization_endpoint":"https://sso.{d}/realms/prod/protocol/openid-connect/auth",\n'
        f' "token_endpoint":"https://sso.{d}/realms/prod/protocol/openid-connect/token","jwks_uri":"https://sso.{d}/realms/prod/protocol/openid-connect/certs",\n'
        ' "grant_types_supported":["authorization_code","refresh_token","client_credentials"],\n'
        ' "token_endpoint_auth_methods_supported":["client_secret_basic","client_secret_post","private_key_jwt"],\n'
        ' "id_token_signing_alg_values_supported":["RS256","ES256"],"code_challenge_methods_supported":["S256"]}\n'
        f'introspect -> {{"active":false}} (token expired at {r.randrange(1765000000, 1766000000)})']


def near_traceback(r):
    return "python/pytest-showlocals", [
        "    def load(self, name):\n>       return os.environ[name]\nE       KeyError: 'STRIPE_SECRET_KEY'\n\n"
        f"name       = 'STRIPE_SECRET_KEY'\nrequest_id = '{uuid(r)}'\nsecret_ref = 'arn:aws:secretsmanager:eu-west-1:{r.randrange(10**11, 10**12)}:secret:prod/stripe'\n"
        f"sha        = '{sha(r)}'\ntoken_count = {r.randrange(100, 9000)}\npassword_rounds = 12\nself       = <config.Env object at 0x7f{hexs(r, 10)}>"]


def near_structs(r):
    k = r.randrange(3)
    if k == 0:
        return "go/struct-dump", [f"cfg: &config.Config{{Listen:\":8080\", DB:config.DB{{Host:\"localhost\", Port:5432, User:\"orders\", Password:\"\", "
                                  f"PasswordFile:\"/run/secrets/db_password\"}}, Build:\"{sha(r)[:12]}\", Version:\"1.22.{r.randrange(1, 9)}.{r.randrange(1, 300)}\"}}"]
    if k == 1:
        return "rust/debug", [f"Config {{ database_url: \"postgres://localhost/app\", password: None, api_token: Some(\"<redacted>\"), "
                              f"request_id: {uuid(r)}, checksum: \"sha256:{sha256(r)}\" }}"]
    return "java/tostring", ["DataSourceProperties{url='jdbc:mysql://localhost:3306/shop', username='shop', password='******', "
                             f"driverClassName='com.mysql.cj.jdbc.Driver'}} password=[PROTECTED] build={sha(r)[:10]}"]


def near_events(r):
    return "sentry/event-json", [
        f'{{"event_id":"{hexs(r, 32)}","release":"web@2.{r.randrange(10, 40)}.0.{r.randrange(1, 999)}","sdk":{{"name":"sentry.python","version":"2.19.{r.randrange(0, 9)}"}},\n'
        ' "request":{"headers":[["Authorization","[Filtered]"],["Cookie","[Filtered]"]],"data":{"password":"[Filtered]","card":"[Filtered]"}},\n'
        f' "contexts":{{"trace":{{"trace_id":"{hexs(r, 32)}","span_id":"{hexs(r, 16)}"}}}},\n'
        f' "tags":{{"dd.trace_id":"{luhn_number(r, 19)}","dd.span_id":"{luhn_number(r, 18)}"}},"fingerprint":["{{{{ default }}}}"]}}']


def near_es(r):
    return "elasticsearch/cluster", [
        f'{{\n  "name" : "es-data-{r.randrange(0, 9)}",\n  "cluster_uuid" : "{b64(r, 16, url=True)}",\n  "version" : {{\n    "number" : "8.15.{r.randrange(0, 5)}",\n'
        f'    "build_hash" : "{sha(r)}",\n    "lucene_version" : "9.11.1"\n  }}\n}}\n'
        f'green open customers-2026.12 {b64(r, 16, url=True)} 3 1 {r.randrange(10**6, 10**8)} 0 {r.randrange(10, 99)}.{r.randrange(1, 9)}gb'
        f'\n"_id" : "{alnum(r, 20)}", "_seq_no" : {r.randrange(1000, 99999)}, "_primary_term" : 3']


def near_redis_mongo(r):
    if r.random() < 0.5:
        return "redis/cli", [
            "127.0.0.1:6379> CONFIG GET requirepass\n1) \"requirepass\"\n2) \"\"\n127.0.0.1:6379> ACL WHOAMI\n\"default\"\n"
            f"127.0.0.1:6379> CLIENT LIST\nid={r.randrange(10, 9999)} addr=127.0.0.1:{r.randrange(30000, 60000)} laddr=127.0.0.1:6379 fd=8 name=worker age=81 "
            "db=0 user=default cmd=client|list\n127.0.0.1:6379> ACL LIST\n1) \"user default on nopass ~* &* +@all\""]
    return "mongosh/session", [
        f"{{\n  ok: 1,\n  operationTime: Timestamp({{ t: {r.randrange(1765000000, 1766000000)}, i: 1 }}),\n  '$clusterTime': {{\n"
        f"    clusterTime: Timestamp({{ t: {r.randrange(1765000000, 1766000000)}, i: 1 }}),\n    signature: {{\n"
        "      hash: Binary.createFromBase64('AAAAAAAAAAAAAAAAAAAAAAAAAAA=', 0),\n      keyId: Long('0')\n    }\n  },\n"
        f"  lsid: {{ id: UUID('{uuid(r)}') }},\n  _id: ObjectId('{hexs(r, 24)}')\n}}"]


def near_tfstate(r):
    return "terraform/state", [
        f'{{\n  "version": 4,\n  "terraform_version": "1.9.{r.randrange(0, 9)}",\n  "serial": {r.randrange(1, 400)},\n  "lineage": "{uuid(r)}",\n'
        '  "resources": [{\n    "type": "aws_db_instance",\n    "instances": [{\n      "schema_version": 2,\n      "attributes": {\n'
        f'        "id": "db-{alnum(r, 26).upper()}",\n        "manage_master_user_password": true,\n        "password": null,\n'
        f'        "master_user_secret": [{{"secret_arn": "arn:aws:secretsmanager:eu-west-1:{r.randrange(10**11, 10**12)}:secret:rds!db-{uuid(r)}"}}]\n      }},\n'
        '      "sensitive_attributes": [[{"type": "get_attr", "value": "password"}]],\n'
        f'      "private": "{b64text(chr(123) + chr(34) + "schema_version" + chr(34) + ":" + chr(34) + "2" + chr(34) + chr(125))}"\n    }}]\n  }}]\n}}']


def near_ansible_salt(r):
    if r.random() < 0.5:
        return "ansible/vvv", [
            "changed: [db01] => {\n    \"changed\": true,\n    \"checksum\": \"", sha(r), "\",\n    \"md5sum\": \"", hexs(r, 32),
            "\",\n    \"invocation\": {\n        \"module_args\": {\n            \"login_password\": \"VALUE_SPECIFIED_IN_NO_LOG_PARAMETER\",\n"
            "            \"login_user\": \"root\",\n            \"password\": null\n        }\n    }\n}"]
    fp = ":".join(hexs(r, 2) for _ in range(16))
    return "salt/key-finger", [f"$ salt-key -f web{r.randrange(1, 20):02d}.prod\nAccepted Keys:\nweb{r.randrange(1, 20):02d}.prod:  {fp}\n"
                               f"$ salt-run jobs.lookup_jid {r.randrange(10**19, 10**20)}\n  password:\n      {{{{ pillar['mysql']['root_password'] }}}}"]


def near_jenkins(r):
    return "jenkins/console", [
        f"Started by timer\nObtained Jenkinsfile from git https://git.internal/platform/deploy.git\n[Pipeline] checkout\n"
        f"Checking out Revision {sha(r)} (refs/remotes/origin/main)\n[Pipeline] withCredentials\nMasking supported pattern matches of $NEXUS_PASS or $NEXUS_USER\n"
        "[Pipeline] sh\n+ docker login -u **** -p **** nexus.internal:8443\nLogin Succeeded\n"
        f"+ docker build -t app:4.2.{r.randrange(0, 9)}.{r.randrange(100, 999)} .\ncredentialsId: 'nexus-deploy', passwordVariable: 'NEXUS_PASS'\nFinished: SUCCESS"]


def near_jenkins_credentials_xml(r):
    return "jenkins/credentials-xml", [
        "<com.cloudbees.plugins.credentials.impl.UsernamePasswordCredentialsImpl>\n  <scope>GLOBAL</scope>\n  <id>nexus-deploy</id>\n"
        "  <username>deploy</username>\n  <password>{AQAAABAAAAAQ", b64(r, 32), "}</password>\n"
        "</com.cloudbees.plugins.credentials.impl.UsernamePasswordCredentialsImpl>"]


def near_k8s_events(r):
    pod = f"api-{hexs(r, 10)}-{alnum(r, 5).lower()}"
    return "k8s/events", [
        "LAST SEEN   TYPE      REASON             OBJECT                          MESSAGE\n"
        f"12s         Normal    Pulled             pod/{pod}   Successfully pulled image \"ghcr.io/org/api@sha256:{sha256(r)}\" in 1.2s\n"
        f"9s          Warning   FailedMount        pod/{pod}   MountVolume.SetUp failed for volume \"creds\" : secret \"db-password-{alnum(r, 10).lower()}\" not found\n"
        f"4s          Normal    Issuing            certificate/api-tls   The certificate has been successfully issued\n"
        f"4s          Normal    Presented          challenge/api-tls-1-{r.randrange(10**9, 10**10)}-{r.randrange(10**9, 10**10)}   Presented challenge using HTTP-01 challenge mechanism"]


def near_acme(r):
    tok = b64(r, 32, url=True)
    return "acme/http01", [
        f"I1206 10:14:22.1 1 solver.go:71] serving challenge token={tok}\nGET /.well-known/acme-challenge/{tok} 200\n"
        f"key authorization: {tok}.{b64(r, 32, url=True)}\nOrder: api-tls-1-{r.randrange(10**9, 10**10)} state=valid"]


def near_mobile(r):
    pid = r.randrange(2000, 30000)
    return "android/logcat", [
        f"12-06 10:14:22.123  {pid}  {pid} I ActivityManager: Start proc {pid}:com.brightcart.app/u0a212 for activity {{com.brightcart.app/.MainActivity}}\n"
        f"12-06 10:14:22.200  {pid}  {pid} D ViewRootImpl@{hexs(r, 7)}[MainActivity]: token=Token{{{hexs(r, 7)} ActivityRecord{{{hexs(r, 7)} u0 com.brightcart.app/.MainActivity t{r.randrange(10, 999)}}}}}\n"
        f"12-06 10:14:22.410  {pid}  {pid + 12} D FirebaseMessaging: FCM token refreshed (length=163)\n"
        f"Dec  6 10:14:22 iPhone-QA-07 BrightCart[812] <Notice>: login for <private> ok, session 0x{hexs(r, 12)}, OS 17.2.1 (21C66)"]


def near_mqtt(r):
    return "mosquitto/log", [
        f"{r.randrange(1765000000, 1766000000)}: New client connected from 127.0.0.1:{r.randrange(30000, 60000)} as sensor-{r.randrange(1000, 9999)} (p2, c1, k60, u'sensor').\n"
        f"{r.randrange(1765000000, 1766000000)}: Received PUBLISH from sensor-{r.randrange(1000, 9999)} (d0, q1, r0, m{r.randrange(1, 999)}, 'factory/line2/telemetry', ... (88 bytes))\n"
        f"payload: {{\"temp\":21.{r.randrange(0, 9)},\"fw\":\"2.4.1.{r.randrange(1, 40)}\",\"uptime_s\":{r.randrange(10**5, 10**7)},\"pulses\":{luhn_number(r, 16)},"
        f"\"msg_id\":\"{ulid(r)}\"}}"]


FAMILIES = [near_devtools, near_postman, near_openapi, near_oidc, near_traceback, near_structs, near_events, near_es, near_redis_mongo,
            near_tfstate, near_ansible_salt, near_jenkins, near_jenkins_credentials_xml, near_k8s_events, near_acme, near_mobile, near_mqtt]
