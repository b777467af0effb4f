"""Near-misses: the same sources as the positive families with nothing that may be redacted (masked values, references, ids,
hashes, versions, public material, placeholders, names of secrets, product and place names)."""
import base64
from gen import R, pick, s, hx, b64, b64u, uid, sha, luhn16_metric, luhn_complete, luhn_fail, AL

B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"


def ver4():
    return "%d.%d.%d.%d" % (R.randrange(1, 30), R.randrange(0, 20), R.randrange(0, 300), R.randrange(1, 9999))


def n_ci_masked():
    k = R.randrange(4)
    if k == 0:
        return ["2026-12-06T08:01:12.6001234Z ##[command]docker login -u ci -p *** acmecr.azurecr.io\n2026-12-06T08:01:13.1100000Z Login Succeeded\n",
                "2026-12-06T08:01:13.2000000Z ##vso[task.setvariable variable=dbPassword;issecret=true]***\n"]
    if k == 1:
        return ["    env:\n      NEXUS_PASSWORD: ${{ secrets.NEXUS_PASSWORD }}\n      NPM_TOKEN: ${{ secrets.NPM_TOKEN }}\n    with:\n      registry-url: https://npm.pkg.github.com\n      token: ${{ github.token }}\n"]
    if k == 2:
        return ["##teamcity[setParameter name='env.NEXUS_PASSWORD' value='%vault:secret/ci!/nexus_password%']\n[08:03:44] : Step 2/4: Publish (Gradle) -Pnexus.password=*******\n"]
    return ["steps:\n- script: ./deploy.sh\n  env:\n    DB_PASSWORD: $(dbPassword)\n    SYSTEM_ACCESSTOKEN: $(System.AccessToken)\n    ARM_CLIENT_SECRET: $(arm-client-secret)\n"]


def n_secret_refs():
    k = R.randrange(8)
    return [[
        "$ aws secretsmanager get-secret-value --secret-id prod/orders/db-password --query SecretString --output text > /run/secrets/db\n",
        "$ gcloud secrets versions access latest --secret=smtp-password --project=acme-prod | kubectl create secret generic smtp --from-file=password=/dev/stdin\n",
        "$ az keyvault secret show --vault-name kv-prod-weu-01 --name DbAdminPassword --query id -o tsv\nhttps://kv-prod-weu-01.vault.azure.net/secrets/DbAdminPassword/%s\n" % hx(32),
        "db_password: ENC[AES256_GCM,data:%s,iv:%s,tag:%s,type:str]\nsops:\n    kms:\n    -   arn: arn:aws:kms:eu-west-1:%d:key/%s\n" % (b64(12).rstrip("="), b64(32), b64(16), R.randrange(10**11, 10**12), uid()),
        "provider:\n  environment:\n    DB_PASSWORD: ${ssm:/prod/orders/db_password}\n    STRIPE_KEY: ${ssm:/prod/payments/stripe_secret_key}\n",
        "spec:\n  encryptedData:\n    password: AgB%s==\n  template:\n    metadata:\n      name: db-credentials\n" % s(R.randrange(300, 400), AL + "+/"),
        "$ doppler secrets get DB_PASSWORD --plain --project api --config prd | wc -c\n33\n",
        "Pulumi.prod.yaml\nconfig:\n  api:dbPassword:\n    secure: v1:%s:%s\n  aws:region: eu-west-1\n" % (b64(12).rstrip("="), b64(36)),
    ][k]]


def n_masked_values():
    k = R.randrange(7)
    return [[
        '{"spring.datasource.password": {"value": "******", "origin": "class path resource [application-prod.yml] - 5:17"}}\n',
        '{"name":"DW","details":{"host":"dw.internal","user":"metabase","password":"**MetabasePass**","ssl":true}}\n',
        '{"name":"Postgres-prod","secureJsonFields":{"password":true},"basicAuth":false,"jsonData":{"sslmode":"require"}}\n',
        "$ pulumi config\nKEY          VALUE\ndbPassword   [secret]\ngithubToken  [secret]\naws:region   eu-west-1\n",
        '"requestParameters": {"userName": "ci-deployer", "password": "HIDDEN_DUE_TO_SECURITY_REASONS", "passwordResetRequired": true}\n',
        "Payment method: Visa •••• %d (exp 09/29)   card: XXXXXXXXXXXX%d   MC ending in %d\n" % (R.randrange(1000, 9999), R.randrange(1000, 9999), R.randrange(1000, 9999)),
        "STRIPE_SECRET_KEY=sk_live_****************%s   GITHUB_TOKEN=ghp_************************************   SLACK=xoxb-…%s\n" % (s(4), s(4)),
    ][k]]


def n_placeholders():
    k = R.randrange(6)
    return [[
        "# .env.example\nDB_PASSWORD=your_password_here\nSTRIPE_KEY=sk_live_your_key_here\nJWT_SECRET=<generate with openssl rand -hex 32>\n",
        "[pypi]\nusername = __token__\npassword = <your PyPI API token>\n",
        '<add key="ClearTextPassword" value="%PAT%" />\n<add key="Username" value="%NUGET_USER%" />\n',
        "jdbc:snowflake://<account>.snowflakecomputing.com/?user=<user>&password=<password>&warehouse=<wh>\n",
        "machine api.example.com login YOUR_LOGIN password YOUR_PASSWORD\n",
        "credentials \"app.terraform.io\" {\n  token = \"REPLACE_WITH_TFC_TOKEN\"\n}\n",
    ][k]]


def n_hashes():
    k = R.randrange(7)
    return [[
        'provider "registry.terraform.io/hashicorp/aws" {\n  version = "5.%d.0"\n  hashes = [\n    "h1:%s=",\n    "zh:%s",\n  ]\n}\n' % (R.randrange(10, 80), b64(32)[:-1], sha()),
        '[[package]]\nname = "tokio"\nversion = "1.%d.1"\nsource = "registry+https://github.com/rust-lang/crates.io-index"\nchecksum = "%s"\n' % (R.randrange(30, 45), sha()),
        "/nix/store/%s-openssl-3.0.15/lib/libssl.so.3\n" % s(32, "0123456789abcdfghijklmnpqrsvwxyz"),
        "  resolution: {integrity: sha512-%s==}\n" % b64(64)[:-2],
        "%s  faultmaven-linux-x64.tar.gz\n%s  faultmaven-linux-arm64.tar.gz\n" % (sha(), sha()),
        "commit %s\nMerge: %s %s\nChange-Id: I%s\n" % (hx(40), hx(7), hx(7), hx(40)),
        "Digest: sha256:%s\nStatus: Downloaded newer image for ghcr.io/acme/api@sha256:%s\n" % (sha(), sha()),
    ][k]]


def n_public_material():
    k = R.randrange(7)
    return [[
        "ECDSA key fingerprint is SHA256:%s.\nAre you sure you want to continue connecting (yes/no/[fingerprint])?\n" % b64(32).rstrip("="),
        "untrusted comment: minisign public key %s\nRWQ%s\n" % (hx(16).upper(), s(53, AL + "+/")),
        "-----BEGIN PUBLIC KEY-----\nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE%s\n%s==\n-----END PUBLIC KEY-----\n" % (s(28, AL + "+/"), s(58, AL + "+/")),
        '{"keys":[{"kty":"RSA","kid":"%s","use":"sig","alg":"RS256","n":"%s","e":"AQAB"}]}\n' % (b64u(16), b64u(256)),
        "user public key: U%s\naccount: A%s\n" % (s(55, B32), s(55, B32)),
        "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI%s deploy@bastion\n" % s(43, AL + "+/"),
        "pub   rsa4096/0x%s 2024-03-01 [SC] [expires: 2027-03-01]\n      Key fingerprint = %s\n" % (hx(16).upper(), " ".join(hx(4).upper() for _ in range(10))),
    ][k]]


def n_ids():
    k = R.randrange(8)
    return [[
        'x-amzn-trace-id: Root=1-%s-%s;Parent=%s;Sampled=1\nx-amzn-requestid: %s\n' % (hx(8), hx(24), hx(16), uid()),
        "traceparent: 00-%s-%s-01\ntracestate: dd=s:1;t.dm:-0\n" % (hx(32), hx(16)),
        "ksuid=%s ulid=%s nanoid=%s\n" % (s(27), s(26, "0123456789ABCDEFGHJKMNPQRSTVWXYZ"), s(21, AL + "_-")),
        "Idempotency-Key: %s\nStripe-Request-Id: req_%s\n" % (uid(), s(14)),
        "lease_id   database/creds/readonly/%s   lease_duration 768h\naccessor   %s\n" % (s(24), s(24)),
        "Accessor ID  = %s\nName         = ci-read\nType         = client\nPolicies     = [readonly]\n" % uid(),
        '{"sid": "SM%s", "account_sid": "AC%s", "status": "undelivered", "error_code": 30003, "num_segments": "1"}\n' % (hx(32), hx(32)),
        "Discord message %s in channel %s edited by bot (snowflake)\n" % (R.randrange(10**18, 9 * 10**18), R.randrange(10**18, 9 * 10**18)),
    ][k]]


def n_versions():
    k = R.randrange(6)
    return [[
        "Upgraded pulse-client %s -> %s; Windows build 10.0.%d.%d; .NET assembly %s\n" % (ver4(), ver4(), R.randrange(19041, 26100), R.randrange(1, 4000), ver4()),
        "Firmware %s (build %s), bootloader %s, agent v%d.%d.%d-eks-%s\n" % (ver4(), ver4(), ver4(), R.randrange(1, 3), R.randrange(20, 32), R.randrange(0, 9), hx(7)),
        "    <PackageReference Include=\"Npgsql\" Version=\"%s\" />\n    AssemblyFileVersion(\"%s\")\n" % (ver4(), ver4()),
        "release 2026.%d.%d.%d tagged; libfoo %d.%d.%d.%d; openjdk 21.0.%d+%d-LTS\n" % (R.randrange(1, 13), R.randrange(1, 28), R.randrange(1, 9), R.randrange(10, 12), 0, 0, R.randrange(1, 9), R.randrange(1, 9), R.randrange(1, 30)),
        "Get-Module Az.Accounts | Select Version\n\nVersion\n-------\n%s\n" % ver4(),
        "snmpwalk: .1.3.6.1.4.1.%d.%d.%d.%d.1 = STRING: \"up\"\n" % (R.randrange(1000, 60000), R.randrange(1, 20), R.randrange(1, 20), R.randrange(1, 20)),
    ][k]]


def n_numbers():
    k = R.randrange(6)
    return [[
        "kafka_consumergroup_lag_sum{group=\"billing\"} 0\nkafka_log_end_offset{partition=\"3\"} %s\n" % luhn16_metric(),
        '{"metric":"bytes_sent_total","value":%s,"ts":%d}\n' % (luhn16_metric(), R.randrange(1.7e12, 1.8e12)),
        "UPS 1Z%s%s shipped, gift card %s (not a payment card), GTIN %s\n" % (s(6, "0123456789ABCDEFGHJKLMNPQRSTUVWXYZ"), str(R.randrange(10**9, 10**10)),
                                                                      "-".join(luhn_fail("6", 16)[i:i + 4] for i in range(0, 16, 4)), luhn_complete("0", 14)),
        "NPI %s billed CPT 99213, ICD-10 %s, claim %s, batch %s\n" % (luhn_complete("1", 10), pick(["E11.9", "I10", "J45.909", "M54.5"]), str(R.randrange(10**11, 10**12)), luhn_fail("4", 16)),
        "Duration 00:14:22.418, 1 048 576 bytes, port 50051, epoch %d, pid %d\n" % (R.randrange(1.7e9, 1.8e9), R.randrange(100, 99999)),
        "INV-2026-%06d  PO %d  Auftrag %d  SKU 8-%05d-%03d\n" % (R.randrange(10**6), R.randrange(10**7, 10**8), R.randrange(10**8, 10**9), R.randrange(10**5), R.randrange(1000)),
    ][k]]


def n_not_mailboxes():
    k = R.randrange(5)
    return [[
        "kinit -kt /etc/krb5.keytab HTTP/web01.corp.example.net@CORP.EXAMPLE.NET\n",
        "systemctl restart openvpn-client@office.service getty@tty1.service user@1000.service\n",
        "git remote add origin git@gitlab.example.com:platform/billing.git\nnpm i @acme/ui@4.2.0 left-pad@1.3.0\n",
        "postgres@db-primary-1:~$ psql -c 'select 1'\nroot@bastion:/srv# \n",
        "image: ghcr.io/acme/worker@sha256:%s\n" % sha(),
    ][k]]


def n_names_not_people():
    k = R.randrange(5)
    return [[
        "Jenkins agent lost connection to Hudson master; Grafana Mimir and Apache Cassandra restarted; Oracle Linux 9 nodes fine.\n",
        "Outage in Santa Clara and Saint-Denis, failover to San José and Port Louis; Frankfurt am Main healthy.\n",
        "Error: Access Denied. Invalid Credentials. Password Expired. Token Revoked. Connection Reset By Peer.\n",
        "Helm chart \"Ruby Sidekiq\" v3, Julia workers, Ollama, Tomcat Catalina, Watson Assistant and Alexa skill deployed by Argo Workflows.\n",
        "Migration of Dr. Web and Mr. Cool HVAC controllers via Ansible Tower; see runbook by Team Kestrel.\n",
    ][k]]


def n_generated_names():
    if R.random() < 0.5:
        return ["kubectl get secrets\nNAME                              TYPE                 DATA   AGE\ndb-password-%s   Opaque   2   3d\n"
                "default-token-%s   kubernetes.io/service-account-token   3   210d\nsh.helm.release.v1.api.v%d   helm.sh/release.v1   1   2h\n" % (
                    s(10, "bcdfghjkmnpqrstvwxz2456789"), s(5, "bcdfghjkmnpqrstvwxz2456789"), R.randrange(1, 40))]
    return ["Stack acme-prod: MyStack-DBSecret-%s created; bucket prod-secrets-%s; aws_secretsmanager_secret.db_password will be created\n" % (
        s(12, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"), hx(6))]


def n_protocol_noise():
    k = R.randrange(5)
    return [[
        'read(5, "\\26\\3\\1\\2\\0\\1\\0\\1\\374\\3\\3%s", 4096) = 517\ngetrandom("\\x%s\\x%s\\x%s", 32, 0) = 32\n' % (hx(12), hx(2), hx(2), hx(2)),
        "+OK Dovecot ready.\nCAPA\n+OK\nUSER\nSASL PLAIN LOGIN\n.\nQUIT\n",
        "331 Password required for deploy\n530 Login incorrect.\nftp> bye\n221 Goodbye.\n",
        "LDAPMessage bindResponse(1) invalidCredentials (80090308: LdapErr: DSID-0C09044E, comment: AcceptSecurityContext error, data 52e, v4563)\n",
        '<wsse:Nonce EncodingType="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-soap-message-security-1.0#Base64Binary">%s</wsse:Nonce>\n<wsu:Created>2026-12-06T09:12:44Z</wsu:Created>\n' % b64(16),
    ][k]]


def n_config_no_secret():
    k = R.randrange(6)
    return [[
        "[ReportingDSN]\nDriver = ODBC Driver 18 for SQL Server\nServer = tcp:sql.internal,1433\nAuthentication = ActiveDirectoryMsi\nTrusted_Connection = yes\n",
        "spring.datasource.url=jdbc:postgresql://db.internal:5432/orders?ssl=true\nspring.datasource.password=${DB_PASSWORD}\n",
        "KafkaClient {\n  org.apache.kafka.common.security.plain.PlainLoginModule required\n  username=\"${file:/etc/kafka/secrets.properties:user}\"\n  password=\"${file:/etc/kafka/secrets.properties:password}\";\n};\n",
        "#cloud-config\nusers:\n  - name: ops\n    lock_passwd: true\n    ssh_authorized_keys:\n      - ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI%s ops@laptop\nchpasswd:\n  expire: true\n" % s(43, AL + "+/"),
        "MQTT_URL=mqtts://broker.iot.example.net:8883\nAMQP_URL=amqp://localhost\nNATS_URL=nats://nats.svc:4222\n",
        "password_min_length = 14\npassword_reuse_prevention = 24\nsecret_rotation_days = 30\ntoken_ttl = \"1h\"\n",
    ][k]]


def n_chat_no_pii():
    return [pick([
        "[06.12.26, 09:14] Deploy Bot: build 20261206.3 passed, 1,482 tests, coverage 81.2 %\n[06.12.26, 09:15] Deploy Bot: rollout 4/4 pods ready\n",
        '{"type": "service", "date": "2026-12-06T09:14:00", "actor": "Channel", "action": "pin_message", "message_id": %d}\n' % R.randrange(1000, 99999),
        "heslo je v trezoru (1Password, položka \"DB prod\"), lösenordet finns i Vault under secret/db, şifre Vault'ta, parol v Vault.\n",
    ])]


def n_ci_refs_and_names():
    k = R.randrange(7)
    return [[
        "    - uses: docker/login-action@v3\n      with:\n        registry: ghcr.io\n        username: ${{ github.actor }}\n        password: ${{ secrets.GITHUB_TOKEN }}\n",
        "  settings:\n    username:\n      from_secret: docker_username\n    password:\n      from_secret: docker_password\n",
        "        auth:\n          username: $DOCKERHUB_USER\n          password: $DOCKERHUB_PASSWORD  # context: org-global\n",
        "[credential]\n\thelper = store\n[credential \"https://github.com\"]\n\thelper = !/usr/bin/gh auth git-credential\n\tusername = octo-ci\n",
        "withCredentials([usernamePassword(credentialsId: 'nexus-deploy', usernameVariable: 'NEXUS_USER', passwordVariable: 'NEXUS_PASS')]) {\n",
        "Set AWS_SECRET_ACCESS_KEY and GITHUB_TOKEN as repository secrets; never commit DB_PASSWORD or STRIPE_SECRET_KEY.\n",
        "SHA256 Fingerprint=%s\nsubject=CN = api.example.net\n" % ":".join(hx(2).upper() for _ in range(32)),
    ][k]]
