"""Near-miss families (unseen3): text from the same sources with nothing that may be redacted."""
from gen import Rec


def gha_refs(v):
    t = Rec()
    k = v.r.randrange(3)
    if k == 0:
        t("- name: Login to registry\n  uses: docker/login-action@v3\n  with:\n    registry: ghcr.io\n    username: ${{ github.actor }}\n    password: ${{ secrets.GITHUB_TOKEN }}\n")
    elif k == 1:
        t(f"env:\n  NPM_TOKEN: ${{{{ secrets.NPM_TOKEN }}}}\n  AWS_SECRET_ACCESS_KEY: ${{{{ secrets.AWS_SECRET_ACCESS_KEY }}}}\n  DB_PASSWORD: ${{{{ vars.DB_PASSWORD_REF }}}}\n")
    else:
        t(f"Run npm publish\nnpm notice Publishing to https://registry.npmjs.org/ with tag latest\n  env:\n    NODE_AUTH_TOKEN: ***\n    GITHUB_TOKEN: ***\n+ @acme/{v.pick(v.SVC)}@{v.r.randint(1, 9)}.{v.r.randint(0, 20)}.{v.r.randint(0, 9)}\n")
    return t, "synthetic/gha-yaml"


def k8s_refs(v):
    t = Rec()
    k = v.r.randrange(3)
    if k == 0:
        t(f"        env:\n        - name: DB_PASSWORD\n          valueFrom:\n            secretKeyRef:\n              name: {v.pick(v.SVC)}-db\n              key: password\n        - name: API_TOKEN\n          valueFrom:\n            secretKeyRef: {{name: api-token, key: token}}\n")
    elif k == 1:
        t(f"$ kubectl get secrets -n {v.pick(v.SVC)}\nNAME                  TYPE                             DATA   AGE\ndb-credentials        Opaque                           2      41d\nregistry-pull         kubernetes.io/dockerconfigjson   1      210d\nsh.helm.release.v1.api.v{v.r.randint(2, 40)}   helm.sh/release.v1   1   3h\n")
    else:
        t(f"$ kubectl describe secret {v.pick(v.SVC)}-db\nName:         x-db\nNamespace:    prod\nType:  Opaque\n\nData\n====\npassword:  {v.r.randint(12, 40)} bytes\nusername:  {v.r.randint(3, 9)} bytes\n")
    return t, "synthetic/k8s-refs"


def helm_refs(v):
    t = Rec()
    t(f"$ helm upgrade --install {v.pick(v.SVC)} ./chart --set auth.existingSecret={v.pick(v.SVC)}-db --set auth.secretKeys.adminPasswordKey=password \\\n  --set db.password=\"$DB_PASSWORD\" --set image.digest=sha256:{v.hexs(64)}\n")
    t(f"Release \"{v.pick(v.SVC)}\" has been upgraded. Happy Helming!\nREVISION: {v.r.randint(2, 90)}\nCHART: {v.pick(v.SVC)}-{v.r.randint(0, 9)}.{v.r.randint(0, 30)}.{v.r.randint(0, 9)}\n")
    return t, "synthetic/helm-refs"


def vault_meta(v):
    t = Rec()
    t(f"$ vault kv metadata get secret/{v.pick(v.SVC)}\n========== Metadata ==========\nKey                     Value\n---                     -----\ncas_required            false\ncreated_time            2026-0{v.r.randint(1, 9)}-1{v.r.randint(0, 9)}T08:11:02.1234Z\ncurrent_version         {v.r.randint(2, 30)}\nmax_versions            0\n")
    t(f"\n$ vault token lookup -accessor\nKey                 Value\naccessor            {v.alnum(24)}\npolicies            [default ci]\nttl                 {v.r.randint(10, 59)}m12s\n")
    return t, "synthetic/vault-meta"


def aws_ids(v):
    t = Rec()
    acct = v.r.randint(10**11, 10**12 - 1)
    t(f"$ aws sts get-caller-identity\n{{\n    \"UserId\": \"AIDA{v.s('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 17)}\",\n    \"Account\": \"{acct}\",\n    \"Arn\": \"arn:aws:iam::{acct}:user/ci-deployer\"\n}}\n")
    t(f"KeyId: arn:aws:kms:eu-west-1:{acct}:key/{v.uuid()}\n")
    return t, "synthetic/aws-ids"


def placeholders(v):
    t = Rec()
    k = v.r.randrange(4)
    if k == 0:
        t("# ~/.aws/credentials (from the AWS docs)\n[default]\naws_access_key_id = AKIAIOSFODNN7EXAMPLE\naws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\n")
    elif k == 1:
        t("# .npmrc template\n//registry.npmjs.org/:_authToken=${NPM_TOKEN}\n# settings.xml: <password>${env.MAVEN_PASSWORD}</password>\n")
    elif k == 2:
        t("STRIPE_SECRET_KEY=sk_live_<your-key-here>\nSLACK_WEBHOOK=https://hooks.slack.com/services/XXXXXXXXX/XXXXXXXXX/XXXXXXXXXXXXXXXXXXXXXXXX\nDATABASE_URL=postgres://<user>:<password>@<host>:5432/<db>\n")
    else:
        t("production:\n  adapter: postgresql\n  password: <%= ENV['DATABASE_PASSWORD'] %>\n  secret_key_base: <%= Rails.application.credentials.secret_key_base %>\n")
    return t, "synthetic/placeholders"


def masked(v):
    t = Rec()
    k = v.r.randrange(3)
    if k == 0:
        t(f"  # module.db.aws_db_instance.main will be updated in-place\n  ~ resource \"aws_db_instance\" \"main\" {{\n      ~ password = (sensitive value)\n        id       = \"{v.pick(v.SVC)}-prod\"\n    }}\n")
    elif k == 1:
        t(f"[{v.pick(v.SVC)}] connecting with DSN postgres://app:********@{v.pick(['db', 'pg-primary'])}:5432/app sslmode=require\n")
    else:
        t("Login Succeeded\nwarning: token=[MASKED] was hidden in the job log\nCI_REGISTRY_PASSWORD: [MASKED]\n")
    return t, "synthetic/masked"


def digests(v):
    t = Rec()
    t(f"Events:\n  Normal  Pulled   12s   kubelet  Successfully pulled image \"ghcr.io/acme/{v.pick(v.SVC)}@sha256:{v.hexs(64)}\" in 2.41s\n")
    t(f"Containers:\n  app:\n    Container ID:  containerd://{v.hexs(64)}\n    Image ID:      ghcr.io/acme/x@sha256:{v.hexs(64)}\n")
    return t, "synthetic/image-digests"


def commits(v):
    t = Rec()
    t(f"HEAD is now at {v.hexs(7)} Merge pull request #{v.r.randint(100, 9999)} from acme/renovate/helm-{v.r.randint(1, 9)}.x\n")
    t(f"Syncing revision {v.hexs(40)} of https://github.com/acme/deploy.git (path: apps/{v.pick(v.SVC)})\n")
    t(f"sha256sum {v.pick(v.SVC)}.tar.gz\n{v.hexs(64)}  {v.pick(v.SVC)}.tar.gz\nmd5: {v.hexs(32)}\n")
    return t, "synthetic/commits-checksums"


def request_ids(v):
    t = Rec()
    t(f"{{\"level\":\"warn\",\"ts\":\"2026-12-0{v.r.randint(1, 5)}T0{v.r.randint(0, 9)}:1{v.r.randint(0, 9)}:22.{v.r.randint(100, 999)}Z\",\"request_id\":\"{v.uuid()}\",")
    t(f"\"trace_id\":\"{v.hexs(32)}\",\"span_id\":\"{v.hexs(16)}\",\"session_id\":\"{v.uuid()}\",\"msg\":\"upstream timeout\",\"latency_ms\":{v.r.randint(1000, 30000)}}}\n")
    return t, "synthetic/request-ids"


def versions(v):
    t = Rec()
    a, b, c, d = v.r.randint(1, 9), v.r.randint(0, 30), v.r.randint(0, 9), v.r.randint(0, 99)
    k = v.r.randrange(4)
    if k == 0:
        t(f"$ kubectl version\nClient Version: v1.{v.r.randint(25, 31)}.{c}\nServer Version: v1.{v.r.randint(25, 31)}.{c}+k3s{v.r.randint(1, 3)}\n$ helm version --short\nv3.{b}.{c}+g{v.hexs(7)}\n")
    elif k == 1:
        t(f"Microsoft Windows [Version 10.0.{v.r.randint(17000, 26100)}.{v.r.randint(100, 5000)}]\nUser-Agent: Mozilla/5.0 Chrome/{v.r.randint(100, 131)}.0.{v.r.randint(1000, 6999)}.{v.r.randint(10, 199)} Safari/537.36\n")
    elif k == 2:
        t(f"Installed: jenkins {a}.{b}{c}.{c}, plugin git-client {a}.{b}.{c}.{d} (build {a}.{b}.{c}.{d})\n$ mvn -v\nApache Maven 3.9.{c} (build {v.hexs(40)})\n")
    else:
        t(f"Collecting psycopg2-binary=={a}.{c}.{d}\n  Downloading psycopg2_binary-{a}.{c}.{d}-cp312-cp312-manylinux_2_17_x86_64.whl\nSuccessfully installed pywin32-{300 + d} setuptools-{60 + b}.{c}.{d}.{c} boto3-1.{b}.{c}\n")
    return t, "synthetic/versions"


def metrics(v):
    t = Rec()
    big = v.luhn_complete(v.pick(["4", "5", "6"]), 16)
    t(f"# HELP node_network_receive_bytes_total Network device statistic receive_bytes.\n# TYPE node_network_receive_bytes_total counter\nnode_network_receive_bytes_total{{device=\"eth0\"}} {big}\n")
    t(f"process_start_time_seconds {v.r.randint(1700000000, 1790000000)}.{v.r.randint(10, 99)}\nredis_commands_processed_total {v.luhn_complete('3', 15)}\n")
    return t, "synthetic/prom-metrics"


def ports_times(v):
    t = Rec()
    t(f"$ ss -tlnp\nState  Recv-Q Send-Q Local Address:Port  Peer Address:Port Process\nLISTEN 0      4096   0.0.0.0:{v.r.randint(1024, 65000)}      0.0.0.0:*     users:((\"envoy\",pid={v.r.randint(100, 99999)},fd=12))\nLISTEN 0      511    127.0.0.1:6379   0.0.0.0:*\nLISTEN 0      4096   [::]:443         [::]:*\n")
    t(f"started at 2026-12-05T23:59:{v.r.randint(10, 59)}.{v.r.randint(100000, 999999)}+01:00 uptime {v.r.randint(1, 48)}h{v.r.randint(1, 59)}m\n")
    return t, "synthetic/ports-times"


def public_keys(v):
    t = Rec()
    k = v.r.randrange(3)
    if k == 0:
        t(f"$ ssh-keygen -t ed25519 -C ci-deploy\nYour identification has been saved in /home/ci/.ssh/id_ed25519\nYour public key has been saved in /home/ci/.ssh/id_ed25519.pub\nThe key fingerprint is:\nSHA256:{v.b64(32).rstrip('=')} ci-deploy\nThe key's randomart image is:\n+--[ED25519 256]--+\n|   .o+*=.        |\n+----[SHA256]-----+\n")
    elif k == 1:
        t("-----BEGIN PGP PUBLIC KEY BLOCK-----\n\nmQINBGV" + v.alnum(57) + "\n" + "\n".join(v.pem_body(4)) + "\n-----END PGP PUBLIC KEY BLOCK-----\n")
    else:
        t(f"$ gpg --list-keys --with-colons | head -3\ntru::1:1733400000:0:3:1:5\npub:u:4096:1:{v.hexs(16).upper()}:1733400000:::u:::scESC::::::23::0:\nfpr:::::::::{v.hexs(40).upper()}:\n")
    return t, "synthetic/public-keys"


def not_secrets_words(v):
    t = Rec()
    k = v.r.randrange(5)
    if k == 0:
        t(f"2026-12-05 10:12:01 INFO  ZooKeeper: Session establishment complete on server zk-2.zk-hs.prod.svc.cluster.local:2181, sessionid = 0x{v.hexs(15)}, negotiated timeout = 40000\n")
    elif k == 1:
        t(f"WARN token bucket exhausted for tenant {v.pick(v.SVC)} (rate=500/s burst=1000); next refill in 12ms\nDEBUG tokenizer: {v.r.randint(100, 9000)} tokens in {v.r.randint(1, 99)} ms\n")
    elif k == 2:
        t(f"ERROR password authentication failed for user \"app\" (SQLSTATE 28P01); password_encryption=scram-sha-256 password_lifetime={v.r.randint(30, 180)}d\n")
    elif k == 3:
        t(f"audit: secret/{v.pick(v.SVC)}/db-password rotated by rotation-lambda version={v.r.randint(2, 99)} next_rotation=2027-01-0{v.r.randint(1, 9)}\n")
    else:
        t(f"{{\"items\":[],\"nextPageToken\":null,\"resultSizeEstimate\":0}}\nsecret_name=prod/{v.pick(v.SVC)}/api-key  max_password_age=90  min_token_ttl=300\n")
    return t, "synthetic/secret-words"


def sentry_dsn(v):
    t = Rec()
    t(f"SENTRY_DSN=https://{v.hexs(32)}@o{v.r.randint(100000, 999999)}.ingest.sentry.io/{v.r.randint(1000000, 9999999)}\nSENTRY_ENVIRONMENT=production\nSENTRY_RELEASE={v.pick(v.SVC)}@{v.r.randint(1, 9)}.{v.r.randint(0, 20)}.{v.r.randint(0, 9)}\n")
    return t, "synthetic/sentry-dsn"


def cloud_ids(v):
    t = Rec()
    k = v.r.randrange(3)
    if k == 0:
        t(f"Stripe webhook evt_{v.alnum(24)} for pi_{v.alnum(24)} (ch_{v.alnum(24)}) processed in 41ms\n")
    elif k == 1:
        t(f"Twilio: message SM{v.hexs(32)} to account AC{v.hexs(32)} queued, status callback 200\n")
    else:
        t(f"/subscriptions/{v.uuid()}/resourceGroups/rg-{v.pick(v.SVC)}/providers/Microsoft.KeyVault/vaults/kv-{v.pick(v.SVC)}-prod/secrets/db-password/{v.hexs(32)}\n")
    return t, "synthetic/cloud-ids"


def num_lookalikes(v):
    t = Rec()
    while True:
        n = v.s("0123456789", 16)
        from gen import luhn_ok
        if not luhn_ok(n):
            break
    t(f"order {n[:4]}-{n[4:8]}-{n[8:12]}-{n[12:]} shipped; ZIP {v.r.randint(10000, 99999)}-{v.r.randint(1000, 9999)}; ")
    t(f"ticket ref 9{v.r.randint(10, 99)}-{v.r.randint(10, 99)}-{v.r.randint(1000, 9999)}; epoch_ms={v.r.randint(1700000000000, 1790000000000)}\n")
    return t, "synthetic/number-lookalikes"


def loopback_doc_net(v):
    t = Rec()
    t(f"bind 127.0.0.1 ::1\nnetmask 255.255.255.0 broadcast 255.255.255.255\nlisten [::]:8443\nether ff:ff:ff:ff:ff:ff 00:00:00:00:00:00\nOID 1.3.6.1.4.1.{v.r.randint(1000, 60000)}.1.{v.r.randint(1, 9)}\n")
    return t, "synthetic/loopback"


def product_names(v):
    t = Rec()
    t(v.pick(["Upgraded Grafana Tempo and Apache Kafka on the staging cluster; Spring Boot apps restarted.\n",
              "Red Hat OpenShift nodes drained; Argo Rollouts paused the canary; HashiCorp Vault sealed on vault-2.\n",
              "Jenkins Blue Ocean shows the pipeline green but Sonar Scanner reported Quality Gate FAILED.\n",
              "Victoria Metrics ingestion lag 3m; Elastic Beats restarted; Kong Gateway returned 502 for /v1/orders.\n"]))
    return t, "synthetic/product-names"


def doc_examples(v):
    t = Rec()
    t(v.pick(["Usage: mysql -u USER -pPASSWORD -h HOST   (no space after -p)\n",
              "Usage: docker login [OPTIONS] [SERVER]\n  -p, --password string   Password\n      --password-stdin   Take the password from stdin\n",
              "vault write auth/approle/login role_id=<ROLE_ID> secret_id=<SECRET_ID>\n",
              "curl -H \"Authorization: Bearer $TOKEN\" -H \"X-Api-Key: $API_KEY\" https://api.internal/v1/health\n"]))
    return t, "synthetic/doc-examples"


FAMILIES = [(gha_refs, 14), (k8s_refs, 14), (helm_refs, 8), (vault_meta, 8), (aws_ids, 8), (placeholders, 14), (masked, 12),
            (digests, 8), (commits, 10), (request_ids, 10), (versions, 16), (metrics, 10), (ports_times, 6), (public_keys, 10),
            (not_secrets_words, 14), (sentry_dsn, 6), (cloud_ids, 9), (num_lookalikes, 8), (loopback_doc_net, 4),
            (product_names, 6), (doc_examples, 7)]
