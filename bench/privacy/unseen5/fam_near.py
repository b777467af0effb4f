"""Near-misses: records with no entity at all. Each family is a pool of line makers; a record joins 2-4 of them."""
import gen as g
from gen import s, hexs

AZ = "abcdefghijklmnopqrstuvwxyz"
LOWNUM = "bcdfghjklmnpqrstvwxz2456789"


def uuid(r):
    return f"{hexs(r, 8)}-{hexs(r, 4)}-4{hexs(r, 3)}-{r.choice('89ab')}{hexs(r, 3)}-{hexs(r, 12)}"


def ts(r):
    return f"2026-12-06T0{r.randrange(10)}:{r.randrange(10, 60)}:{r.randrange(10, 60)}.{r.randrange(100, 999)}Z"


def ver4(r):
    return f"{r.randrange(1, 30)}.{r.randrange(0, 20)}.{r.randrange(0, 40)}.{r.randrange(1, 250)}"


def luhn_metric(r):
    while True:
        v = g.luhn_complete(r.choice(["4", "5" + str(r.randrange(1, 6))]), 16, r)
        if g.luhn_ok(v):
            return v


POOLS = {
    "ci_masked": [
        lambda r: f"{ts(r)} Run docker login ghcr.io -u ${{{{ github.actor }}}} -p ${{{{ secrets.GHCR_TOKEN }}}}",
        lambda r: f"{ts(r)}   NODE_AUTH_TOKEN: ***",
        lambda r: f"$ echo \"$CI_JOB_TOKEN\" | docker login -u gitlab-ci-token --password-stdin $CI_REGISTRY\n[MASKED]",
        lambda r: f"{ts(r)} Cache restored from key: node-cache-Linux-x64-npm-{hexs(r, 64)}",
        lambda r: f"{ts(r)} HEAD is now at {hexs(r, 7)} Merge pull request #{r.randrange(100, 9999)} from acme/rotate-db-password",
        lambda r: f"Artifact download URL: https://github.com/acme/api/actions/runs/{r.randrange(10**10, 10**11)}/artifacts/{r.randrange(10**9, 10**10)}",
        lambda r: f"Job ID: {r.randrange(10**9, 10**10)}  Runner: i-{hexs(r, 17)}  Image: ubuntu-24.04 Version: 20261201.{r.randrange(1, 9)}.1",
        lambda r: "  env:\n    DB_PASSWORD: ${{ secrets.DB_PASSWORD }}\n    AWS_ROLE_ARN: arn:aws:iam::" + str(r.randrange(10**11, 10**12)) + ":role/gha-deploy",
    ],
    "docker_ids": [
        lambda r: f"\"Id\": \"{hexs(r, 64)}\",\n\"Image\": \"sha256:{hexs(r, 64)}\",",
        lambda r: f"\"Env\": [\"POSTGRES_PASSWORD_FILE=/run/secrets/db_password\", \"PGDATA=/var/lib/postgresql/data\"],",
        lambda r: f"$ docker secret ls\nID                          NAME          CREATED\n{s(r, AZ + '0123456789', 25)}   db_password   3 weeks ago",
        lambda r: "secrets:\n  db_password:\n    file: ./secrets/db_password.txt\n  api_key:\n    external: true",
        lambda r: f"Digest: sha256:{hexs(r, 64)}\nStatus: Downloaded newer image for registry.example.com/api:1.{r.randrange(40)}.{r.randrange(9)}",
        lambda r: f"{hexs(r, 12)}   redis:7.4-alpine   \"docker-entrypoint.s…\"   2 hours ago   Up 2 hours (healthy)   6379/tcp   cache-1",
    ],
    "unit_refs": [
        lambda r: "[Service]\nEnvironmentFile=-/etc/default/orders-worker\nLoadCredential=db-password:/etc/credstore/orders-db\nExecStart=/usr/bin/orders-worker --password-file=${CREDENTIALS_DIRECTORY}/db-password",
        lambda r: f"_SYSTEMD_INVOCATION_ID={hexs(r, 32)}\n_BOOT_ID={hexs(r, 32)}\n_MACHINE_ID={hexs(r, 32)}",
        lambda r: f"Dec 06 08:{r.randrange(10, 59)}:{r.randrange(10, 59)} web01 systemd[1]: Started billing-api.service - Billing API (token refresh every 300s).",
        lambda r: "auth_basic \"Restricted area\";\nauth_basic_user_file /etc/nginx/.htpasswd;\nssl_certificate_key /etc/nginx/tls/privkey.pem;",
        lambda r: "proxy_set_header Authorization $http_authorization;\nproxy_set_header X-Forwarded-User $remote_user;",
        lambda r: "http-request set-header X-Api-Key %[env(UPSTREAM_API_KEY)]\nhttp-request auth realm ops if !{ http_auth(ops) }",
        lambda r: "basicauth /admin/* {\n\t{env.ADMIN_USER} {env.ADMIN_HASH}\n}",
    ],
    "app_refs": [
        lambda r: "spring:\n  datasource:\n    password: ${DB_PASSWORD}\n    hikari:\n      maximum-pool-size: 20",
        lambda r: f"spring.datasource.password=ENC({g.b64(r, 48)})\njasypt.encryptor.algorithm=PBEWITHHMACSHA512ANDAES_256",
        lambda r: f"<UserSecretsId>{uuid(r)}</UserSecretsId>",
        lambda r: "\"ConnectionStrings\": {\n  \"Reporting\": \"Server=sql-rpt;Database=Reporting;Integrated Security=true;TrustServerCertificate=True\"\n}",
        lambda r: "\"Smtp\": { \"Host\": \"smtp.office365.com\", \"Port\": 587, \"Password\": \"\" }",
        lambda r: "define( 'AUTH_KEY',         'put your unique phrase here' );\ndefine( 'DB_PASSWORD', 'password_here' );",
        lambda r: "  password: <%= ENV[\"SHOP_DATABASE_PASSWORD\"] %>\n  secret_key_base: <%= Rails.application.credentials.secret_key_base %>",
        lambda r: "SECRET_KEY = os.environ[\"DJANGO_SECRET_KEY\"]\nPASSWORD_HASHERS = [\"django.contrib.auth.hashers.Argon2PasswordHasher\"]",
        lambda r: f"signing.keyId={hexs(r, 8).upper()}\nsigning.secretKeyRingFile=/home/ci/.gnupg/secring.gpg\nossrhPassword=${{System.env.OSSRH_PASSWORD}}",
        lambda r: "npmAuthToken: \"${NPM_TOKEN}\"\nnpmScopes:\n  acme:\n    npmRegistryServer: \"https://npm.pkg.github.com\"",
    ],
    "git_refs": [
        lambda r: "origin\tgit@github.com:acme/payments.git (fetch)\norigin\tgit@github.com:acme/payments.git (push)",
        lambda r: "\n".join(f"{hexs(r, 7)} {m}" for m in r.sample(["rotate smtp password", "remove leaked token from config", "bump api to 2.14.0.3",
                                                                  "fix: secret_key_base read from env", "chore(deps): bump jwt to 9.0.2"], 3)),
        lambda r: "credential.helper=cache --timeout=3600\ncredential.https://github.com.helper=!/usr/bin/gh auth git-credential",
        lambda r: "url.https://x-access-token:${GITHUB_TOKEN}@github.com/.insteadof=https://github.com/",
        lambda r: f"Merge: {hexs(r, 7)} {hexs(r, 7)}\ncommit {hexs(r, 40)}",
    ],
    "backup_ids": [
        lambda r: "ID        Time                 Host        Tags        Paths\n" + "\n".join(
            f"{hexs(r, 8)}  2026-12-0{i + 1} 02:00:0{i}  db-backup-01            /var/lib/postgresql" for i in range(3)),
        lambda r: f"repository {hexs(r, 8)} opened (version 2, compression level auto)\nusing parent snapshot {hexs(r, 8)}",
        lambda r: f"Archive name: db-backup-01-2026-12-06T02:00:03\nArchive fingerprint: {hexs(r, 64)}\nNumber of files: {r.randrange(1000, 90000)}",
        lambda r: f"$ restic key list\n ID        User  Host          Created\n*{hexs(r, 8)}  root  db-backup-01  2026-03-11 10:02:44",
        lambda r: "[gcs-archive]\ntype = google cloud storage\nservice_account_file = /etc/rclone/sa.json\nbucket_policy_only = true",
    ],
    "cloud_ids": [
        lambda r: f"x-amz-request-id: {s(r, 'ABCDEF0123456789', 16)}\nx-amz-id-2: {g.b64(r, 57)}\nETag: \"{hexs(r, 32)}\"",
        lambda r: f"x-amz-version-id: {s(r, g.ALNUM + '._', 32)}\nx-amz-server-side-encryption-aws-kms-key-id: arn:aws:kms:eu-west-1:{r.randrange(10**11, 10**12)}:key/{uuid(r)}",
        lambda r: f"x-goog-hash: crc32c={g.b64(r, 4)},md5={g.b64(r, 16)}\nx-goog-generation: {r.randrange(10**15, 10**16)}",
        lambda r: f"x-ms-request-id: {uuid(r)}\nx-ms-version: 2022-11-02\nContent-MD5: {g.b64(r, 16)}",
        lambda r: f"x-amz-content-sha256: {hexs(r, 64)}\nx-amz-date: 20261206T0{r.randrange(10)}1500Z",
        lambda r: f"DEBUG:botocore.credentials:Found credentials in shared credentials file: ~/.aws/credentials\nDEBUG:botocore.hooks:Event choose-signer.s3.GetObject",
    ],
    "mq_ids": [
        lambda r: "\tsasl.jaas.config = [hidden]\n\tsasl.mechanism = SCRAM-SHA-512\n\tssl.key.password = null\n\tssl.keystore.password = [hidden]",
        lambda r: f"[Consumer clientId=consumer-orders-1, groupId=orders] (Re-)joining group, memberId=consumer-orders-1-{uuid(r)}",
        lambda r: f"basic.deliver consumer_tag=amq.ctag-{g.b64url(r, 16)} delivery_tag={r.randrange(1, 99999)} redelivered=false message_id={uuid(r)}",
        lambda r: f"Committed offset {r.randrange(10**6, 10**9)} for partition orders-{r.randrange(12)} (leader epoch {r.randrange(3, 40)})",
        lambda r: "listener 1883 localhost\npassword_file /etc/mosquitto/passwd\nacl_file /etc/mosquitto/acl",
    ],
    "vpn_public": [
        lambda r: f"interface: wg0\n  public key: {g.b64(r, 32)}\n  private key: (hidden)\n  listening port: 51820",
        lambda r: f"peer: {g.b64(r, 32)}\n  preshared key: (hidden)\n  latest handshake: {r.randrange(2, 59)} seconds ago\n  transfer: {r.randrange(1, 900)}.{r.randrange(10, 99)} MiB received",
        lambda r: f"site-b[{r.randrange(1, 40)}]: ESTABLISHED 23 minutes ago\nsite-b{{{r.randrange(1, 90)}}}:  INSTALLED, TUNNEL, reqid 1, ESP SPIs: c{hexs(r, 7)}_i {hexs(r, 8)}_o",
        lambda r: "auth-user-pass /etc/openvpn/client/auth.txt\nauth-nocache\nremote-cert-tls server",
        lambda r: "[Peer]\nPublicKey = " + g.b64(r, 32) + "\nAllowedIPs = 0.0.0.0/0, ::/0\nPersistentKeepalive = 25",
    ],
    "wifi_net_near": [
        lambda r: "wpa_state=COMPLETED\nssid=Plant-Floor-5G\nkey_mgmt=WPA2-PSK\npairwise_cipher=CCMP\ngroup_cipher=CCMP",
        lambda r: "network={\n    ssid=\"Guest-Lobby\"\n    key_mgmt=NONE\n}",
        lambda r: "service password-encryption\nno enable password\nsnmp-server community {{ snmp_ro_community }} RO\nsnmp-server enable traps",
        lambda r: f"crypto pki trustpoint TP-self-signed-{r.randrange(10**9, 4 * 10**9)}\n enrollment selfsigned\n revocation-check none",
        lambda r: f"Cisco IOS XE Software, Version 17.{r.randrange(6, 15):02d}.0{r.randrange(1, 6)}a\nSystem serial number            : FOC{r.randrange(2000, 2999)}{s(r, 'ABCDEFGHJKLMNPRSTUVWXYZ0123456789', 4)}",
        lambda r: f"IF-MIB::ifHCInOctets.{r.randrange(1, 60)} = Counter64: {r.randrange(10**9, 10**13)}\n.1.3.6.1.2.1.2.2.1.10.{r.randrange(1, 60)} = Counter32: {r.randrange(10**6, 4 * 10**9)}",
    ],
    "sip_near": [
        lambda r: f"SIP/2.0 401 Unauthorized\nVia: SIP/2.0/UDP pbx.example.net:5060;branch=z9hG4bK{hexs(r, 12)};received=pbx.example.net\nWWW-Authenticate: Digest realm=\"asterisk\",nonce=\"{r.randrange(10**9, 2 * 10**9)}/{hexs(r, 32)}\",algorithm=MD5,qop=\"auth\"",
        lambda r: f"Call-ID: {hexs(r, 24)}@pbx.example.net\nCSeq: {r.randrange(1, 999)} REGISTER\nUser-Agent: Asterisk PBX 20.{r.randrange(3, 11)}.{r.randrange(4)}\nMax-Forwards: 70",
        lambda r: f"[2026-12-06 08:{r.randrange(10, 59)}:{r.randrange(10, 59)}] NOTICE[{r.randrange(1000, 9999)}]: res_pjsip/pjsip_distributor.c:676 log_failed_request: Request 'REGISTER' from '<sip:6001@pbx.example.net>' failed - Wrong password",
        lambda r: f"RTP stats: ssrc=0x{hexs(r, 8)} jitter={r.randrange(1, 40)}ms lost={r.randrange(0, 30)} codec=opus/48000/2",
    ],
    "payment_near": [
        lambda r: f"{{\"id\": \"pm_{s(r, g.ALNUM, 24)}\", \"card\": {{\"brand\": \"visa\", \"last4\": \"{r.randrange(1000, 9999)}\", \"exp_month\": {r.randrange(1, 13)}, \"exp_year\": 2029, \"fingerprint\": \"{s(r, g.ALNUM, 16)}\"}}}}",
        lambda r: f"Adyen notification AUTHORISATION pspReference={g.luhn_complete('88', 16, r)} merchantReference=ORD-{r.randrange(10**5, 10**6)} success=true",
        lambda r: f"card 411111******{r.randrange(1000, 9999)} declined (code 05, do not honor)",
        lambda r: f"Payment method updated: **** **** **** {r.randrange(1000, 9999)} (Mastercard, expires 03/30)",
        lambda r: f"evt_{s(r, g.ALNUM, 24)} payment_intent.succeeded pi_{s(r, g.ALNUM, 24)} amount={r.randrange(100, 99999)} currency=eur",
        lambda r: f"Braintree transaction {s(r, AZ + '0123456789', 8)} settled; batch {r.randrange(10**7, 10**8)}; bin 424242",
    ],
    "ops_data_near": [
        lambda r: f"account_id,plan,seats,mrr_eur,created\nACC-{r.randrange(10**5, 10**6)},enterprise,{r.randrange(5, 900)},{r.randrange(100, 90000)}.00,2026-0{r.randrange(1, 10)}-1{r.randrange(10)}",
        lambda r: f"MSH|^~\\&|LIS|LAB|EHR|HOSP|20261206081502||ORU^R01|MSG{r.randrange(10**6, 10**7)}|P|2.5.1\nOBX|1|NM|2345-7^Glucose^LN||{r.randrange(60, 200)}|mg/dL|70-99|H",
        lambda r: f"claim CLM-2026-{r.randrange(10**5, 10**6)} status=PENDED reason=ICD10 E11.9 requires prior auth",
        lambda r: f"order {r.randrange(10**15, 10**16)} shipped from warehouse DE-{r.randrange(1, 9)} via DHL tracking JJD{r.randrange(10**15, 10**16)}",
        lambda r: "Product: Grafana Mimir / Apache Pulsar / Jenkins LTS — owner team: Team Falcon",
    ],
    "host_cmds_near": [
        lambda r: "mysql -h db-prod -u root -p\nEnter password:",
        lambda r: "read -rs DB_PASS && export DB_PASS",
        lambda r: "export PGPASSWORD=\"$(vault kv get -field=password secret/db/ledger)\"",
        lambda r: "kubectl get secret ledger-db -o jsonpath='{.data.password}' | base64 -d",
        lambda r: "openssl rand -base64 32 > /etc/app/session.key && chmod 600 /etc/app/session.key",
        lambda r: "htpasswd -B /etc/nginx/.htpasswd ops\nNew password:\nRe-type new password:\nAdding password for user ops",
        lambda r: "gpg --list-secret-keys --keyid-format=long\nsec   ed25519/" + hexs(r, 16).upper() + " 2026-01-12 [SC]",
        lambda r: f"SSH_AUTH_SOCK=/tmp/ssh-{s(r, g.ALNUM, 10)}/agent.{r.randrange(1000, 99999)}\nPASSWORD_STORE_DIR=/home/ops/.password-store\nAWS_PROFILE=prod-readonly",
        lambda r: f"TOKEN_FILE=/var/run/secrets/eks.amazonaws.com/serviceaccount/token\nSECRET_NAME=prod/orders/db\nINVOCATION_ID={hexs(r, 32)}\nGIT_COMMIT={hexs(r, 40)}",
        lambda r: f"root         1  0.0  0.1 {r.randrange(10**4, 10**5)}  {r.randrange(1000, 9999)} ?        Ss   Dec05   0:03 /app/server --token-file=/var/run/secrets/token --tls-key=/etc/tls/tls.key",
        lambda r: f"root      {r.randrange(1000, 60000)}  0.0  0.0  {r.randrange(10**4, 10**5)}  {r.randrange(1000, 9999)} ?        Ss   08:01   0:00 sshd: deploy [priv]",
        lambda r: f"root      {r.randrange(1000, 60000)}  0.1  0.2 {r.randrange(10**6, 2 * 10**6)} {r.randrange(10**4, 10**5)} ?  Sl  Dec05  1:12 /usr/bin/containerd-shim-runc-v2 -namespace moby -id {hexs(r, 64)}",
    ],
    "trace_near": [
        lambda r: "openat(AT_FDCWD, \"/etc/shadow\", O_RDONLY|O_CLOEXEC) = -1 EACCES (Permission denied)",
        lambda r: "getrandom(\"" + "".join(f"\\x{hexs(r, 2)}" for _ in range(16)) + "\", 16, GRND_NONBLOCK) = 16",
        lambda r: "read(3, \"\\177ELF\\2\\1\\1\\0\\0\\0\\0\\0\\0\\0\\0\\0\\3\\0>\\0\\1\\0\\0\\0\", 832) = 832",
        lambda r: "connect(4, {sa_family=AF_UNIX, sun_path=\"/run/docker.sock\"}, 23) = 0",
        lambda r: "write(2, \"Password: \", 10)           = 10",
        lambda r: "GLIBC_2.34\n__libc_start_main\nEnter passphrase for key '%s':\n%s:%s@%s\npassword_hash_argon2id",
    ],
    "chat_mail_near": [
        lambda r: f"{{\"type\": \"message\", \"user\": \"U0{s(r, 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789', 8)}\", \"text\": \"rotated the prod-db token, the new one is in 1Password under Prod \\/ Postgres\", \"ts\": \"{1765000000 + r.randrange(10**6)}.{r.randrange(100000, 999999)}\", \"client_msg_id\": \"{uuid(r)}\", \"team\": \"T0{s(r, 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789', 8)}\"}}",
        lambda r: "> the key is in Vault at secret/prod/payments/api, not in the repo\n> please don't paste it here\nack, reading it from there.",
        lambda r: "> > password reset link expired again\n> yes, TTL is 15 min since the last change",
        lambda r: "<td>token</td><td>&lt;your-api-token&gt;</td>\n<td>password</td><td>&quot;&quot;</td>",
        lambda r: "Set `api_key=YOUR_API_KEY` in `config.toml`, then run `acmectl login --token &lt;token&gt;`.",
        lambda r: "&quot;token&quot;: null, &quot;expires_in&quot;: 3600, &quot;token_type&quot;: &quot;Bearer&quot;",
    ],
    "yaml_refs": [
        lambda r: "description: |\n  Rotates the database password every 30 days\n  and restarts the consumers.",
        lambda r: "script: |\n  echo \"$REGISTRY_PASSWORD\" | docker login -u \"$REGISTRY_USER\" --password-stdin registry.example.com",
        lambda r: "MasterUserPassword: !Ref DbPasswordParam\nMasterUsername: \"{{resolve:secretsmanager:prod/db:SecretString:username}}\"",
        lambda r: "passwordSecretRef:\n  name: ledger-db\n  key: password\nexistingSecret: ledger-db-credentials",
        lambda r: "env:\n  - name: API_TOKEN\n    valueFrom:\n      secretKeyRef:\n        name: api-token\n        key: token",
        lambda r: "password: op://Prod/Postgres/password\napi_key: vault:secret/data/acme#api_key",
    ],
    "versions_near": [
        lambda r: f"Microsoft.Extensions.Logging, Version={r.randrange(6, 10)}.0.0.0, Culture=neutral",
        lambda r: f"Firmware {ver4(r)} installed on switch stack member 2 (previous {ver4(r)})",
        lambda r: f"pip: acme-sdk=={ver4(r)} requires urllib3<3,>=1.{r.randrange(20, 27)}",
        lambda r: f"VMware Tools {r.randrange(10, 13)}.{r.randrange(0, 5)}.{r.randrange(0, 9)} build {r.randrange(10**7, 3 * 10**7)}; Chrome/131.0.{r.randrange(6000, 7000)}.{r.randrange(50, 200)}",
        lambda r: f"Server: nginx/1.27.{r.randrange(0, 4)}; OpenSSL {r.randrange(1, 4)}.{r.randrange(0, 4)}.{r.randrange(0, 16)}; k3s v1.31.{r.randrange(1, 5)}+k3s1; jdk-21.0.5+11",
        lambda r: f"UniFi Network Application {ver4(r)} — upgrade available: {ver4(r)}",
        lambda r: f"Package: apache2 Version: 2.4.58-1ubuntu8.{r.randrange(1, 9)}  Release 2026.12.{r.randrange(1, 9)}",
    ],
    "metrics_near": [
        lambda r: f"node_network_receive_bytes_total{{device=\"bond0\"}} {luhn_metric(r)}",
        lambda r: f"total_net_input_bytes:{luhn_metric(r)}\ntotal_net_output_bytes:{luhn_metric(r)}",
        lambda r: f"level=info msg=\"flush complete\" bytes_written={luhn_metric(r)} duration=1.{r.randrange(100, 999)}s",
        lambda r: f"kafka_log_log_size{{topic=\"clickstream\",partition=\"{r.randrange(64)}\"}} {luhn_metric(r)}",
        lambda r: f"listening on 0.0.0.0:{r.randrange(1024, 65535)} and [::]:443; health on 127.0.0.1:8081; netmask 255.255.255.0",
        lambda r: f"epoch_ms={1765000000000 + r.randrange(10**9)} uptime={r.randrange(10**5, 10**7)}s pid={r.randrange(100, 99999)} port={r.randrange(1024, 65535)}",
    ],
    "ids_near": [
        lambda r: f"traceparent: 00-{hexs(r, 32)}-{hexs(r, 16)}-01\nx-request-id: {uuid(r)}",
        lambda r: f"orders-api-{hexs(r, 10)}-{s(r, LOWNUM, 5)}   1/1   Running   0   {r.randrange(2, 59)}m",
        lambda r: f"instance i-{hexs(r, 17)} in sg-{hexs(r, 17)} attached vol-{hexs(r, 17)} (ami-{hexs(r, 17)})",
        lambda r: f"secret/db-password-{s(r, LOWNUM, 10)} created\nsecret/default-token-{s(r, LOWNUM, 5)} unchanged",
        lambda r: f"sh.helm.release.v1.orders.v{r.randrange(2, 90)}   helm.sh/release.v1   1   {r.randrange(2, 59)}d",
        lambda r: f"bucket tf-state-{hexs(r, 8)} / key vault kv-prod-weu-{hexs(r, 4)} / storage stlogs{hexs(r, 6)}",
        lambda r: f"ULID {s(r, '0123456789ABCDEFGHJKMNPQRSTVWXYZ', 26)} job {uuid(r)} sha256:{hexs(r, 64)}",
    ],
    "public_near": [
        lambda r: f"ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI{g.b64(r, 32)[:43]} deploy@ci-runner",
        lambda r: f"256 SHA256:{g.b64(r, 32).rstrip('=')} ops@bastion (ED25519)",
        lambda r: f"pub   rsa4096 2025-02-01 [SC]\n      {hexs(r, 40).upper()}\nuid           [ultimate] Release Signing Key",
        lambda r: f"Serial Number: {':'.join(hexs(r, 2) for _ in range(16))}\nSHA256 Fingerprint={':'.join(hexs(r, 2).upper() for _ in range(32))}",
        lambda r: "-----BEGIN PUBLIC KEY-----\n" + "\n".join(g.b64(r, 48) for _ in range(3)) + "\n-----END PUBLIC KEY-----",
        lambda r: "-----BEGIN CERTIFICATE-----\nMIID" + g.b64(r, 45) + "\n" + g.b64(r, 48) + "\n-----END CERTIFICATE-----",
    ],
    "placeholder_near": [
        lambda r: "aws_access_key_id = AKIAIOSFODNN7EXAMPLE\naws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
        lambda r: "DB_PASSWORD=<REPLACE_ME>\nAPI_KEY=your_api_key_here\nSTRIPE_KEY=sk_live_XXXXXXXXXXXXXXXXXXXXXXXX",
        lambda r: "token: \"xxxxxxxxxxxxxxxxxxxxxxxxxxxx\"\npassword: \"********\"\nclient_secret: [REDACTED]",
        lambda r: f"GITHUB_TOKEN=ghp_************************************\nSMTP_PASS=<redacted>\napi key ending in ****{hexs(r, 4)}",
        lambda r: "postgres://app:****@db.internal:5432/app\nhttps://user:<password>@git.example.com/repo.git",
        lambda r: "# .env.example\nREDIS_PASSWORD=\nSENTRY_DSN=\nJWT_SECRET=change-me-in-production",
    ],
    "prose_near": [
        lambda r: f"FATAL:  password authentication failed for user \"ledger\"\nDETAIL:  Connection matched pg_hba.conf line {r.randrange(80, 120)}: \"hostssl all all all scram-sha-256\"",
        lambda r: "invalid token: signature mismatch (kid not found in JWKS)",
        lambda r: f"token bucket refill rate {r.randrange(10, 500)}/s, burst {r.randrange(100, 5000)}; secret rotation scheduled 08:00 UTC",
        lambda r: "Warning: Using a password on the command line interface can be insecure.",
        lambda r: "The API key for this project has been revoked. Create a new one in Settings > API keys.",
        lambda r: f"session {hexs(r, 16)} expired after {r.randrange(10, 60)}m idle; token refresh skipped (no refresh_token grant)",
    ],
}


def make(pool_name):
    pool = POOLS[pool_name]

    def fam(r):
        return "\n".join(f(r) for f in r.sample(pool, min(len(pool), r.randrange(2, 5)))), []
    fam.__name__ = "near_" + pool_name
    return fam


COUNTS = {"ci_masked": 10, "docker_ids": 9, "unit_refs": 10, "app_refs": 12, "git_refs": 7, "backup_ids": 7, "cloud_ids": 9, "mq_ids": 8,
          "vpn_public": 8, "wifi_net_near": 9, "sip_near": 7, "payment_near": 12, "ops_data_near": 8, "host_cmds_near": 14, "trace_near": 8,
          "chat_mail_near": 9, "yaml_refs": 9, "versions_near": 12, "metrics_near": 12, "ids_near": 12, "public_near": 9, "placeholder_near": 10,
          "prose_near": 9}
FAMILIES = [(make(k), n) for k, n in COUNTS.items()]
