"""Near-miss families of unseen16: text that looks like secrets or personal data and holds none (no entity may be labelled)."""
import string
from gen import s, pick, b64, b64text, b64url_json, uuid, ts, hhmm, luhn_complete, AL, UP, LO, HEX, B32


def mark(r):
    return pick(r, ["(%s) " % hhmm(r), "[#inc-%d] " % r.randrange(1000, 9999), "--- %s:%02d ---\n" % (hhmm(r), r.randrange(60)), "> "])


def f_near_checksums(r, k):
    v = k % 4
    if v == 0:
        n = r.randrange(9)
        return [mark(r), "$ sha256sum node_exporter-1.8.%d.linux-amd64.tar.gz\n%s  node_exporter-1.8.%d.linux-amd64.tar.gz\n" % (n, s(r, 64, HEX), n)]
    if v == 1:
        return [mark(r), "%s (HEAD -> main, origin/main) fix flaky retry test\n%s bump chart to 4.%d.%d\n" % (s(r, 9, HEX), s(r, 9, HEX), r.randrange(20), r.randrange(20))]
    if v == 2:
        return [mark(r), '"integrity": "sha512-%s==",\n' % s(r, 86, AL + "+/")]
    return [mark(r), "MD5 (backup-2026-12-0%d.tar.zst) = %s\n" % (r.randrange(1, 8), s(r, 32, HEX))]


def f_near_trace_ids(r, k):
    v = k % 4
    if v == 0:
        return [mark(r), "traceparent: 00-%s-%s-01\n" % (s(r, 32, HEX), s(r, 16, HEX))]
    if v == 1:
        while True:
            d = str(r.randrange(10 ** 18, 10 ** 19))
            if luhn_complete(d[:-1]) != d:
                break
        return [mark(r), "dd.trace_id=%s dd.span_id=%d level=warn msg=\"slow query\"\n" % (d, r.randrange(10 ** 17, 10 ** 18))]
    if v == 2:
        return [mark(r), "X-Cloud-Trace-Context: %s/%d;o=1\n" % (s(r, 32, HEX), r.randrange(10 ** 18, 10 ** 19))]
    return [mark(r), "x-amzn-trace-id: Root=1-%s-%s;Parent=%s;Sampled=1\n" % (s(r, 8, HEX), s(r, 24, HEX), s(r, 16, HEX))]


def f_near_ids_sortable(r, k):
    v = k % 4
    if v == 0:
        return [mark(r), "  uid: %s\n  resourceVersion: \"%d\"\n" % (uuid(r), r.randrange(10 ** 6, 10 ** 8))]
    if v == 1:
        return [mark(r), "job_id=01J%s status=queued\n" % s(r, 23, "0123456789ABCDEFGHJKMNPQRSTVWXYZ")]
    if v == 2:
        return [mark(r), "event ksuid=%s type=order.created\n" % s(r, 27, AL)]
    return [mark(r), "message id %d edited in channel %d\n" % (r.randrange(10 ** 17, 10 ** 18), r.randrange(10 ** 17, 10 ** 18))]


def f_near_versions(r, k):
    v = k % 5
    if v == 0:
        return [mark(r), "Linux build-%d 6.1.0-%d-amd64 #1 SMP PREEMPT_DYNAMIC Debian 6.1.%d-1 x86_64 GNU/Linux\n" % (r.randrange(1, 9), r.randrange(10, 30), r.randrange(100, 130))]
    if v == 1:
        return [mark(r), "go version go1.23.%d linux/arm64\n" % r.randrange(1, 9)]
    if v == 2:
        return [mark(r), "OS Version: 10.0.26100.%d N/A Build 26100\n" % r.randrange(1000, 3000)]
    if v == 3:
        return [mark(r), "User-Agent: Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 Chrome/131.0.6778.%d Safari/537.36\n" % r.randrange(10, 200)]
    return [mark(r), "ii  libssl3:amd64  3.0.%d-1~deb12u1  amd64  Secure Sockets Layer toolkit\n" % r.randrange(10, 16)]


def f_near_refs_placeholders(r, k):
    v = k % 6
    if v == 0:
        return [mark(r), "password: ${DB_PASSWORD}\nusername: ${DB_USER:-app}\n"]
    if v == 1:
        return [mark(r), "DB_PASS=op://Production/%s-db/password\n" % pick(r, ["orders", "billing", "crm"])]
    if v == 2:
        return [mark(r), "      env:\n        - name: API_TOKEN\n          valueFrom:\n            secretKeyRef:\n              name: partner-%s\n              key: token\n" % s(r, 4, LO)]
    if v == 3:
        return [mark(r), "export GITHUB_TOKEN=<your-token-here>\n"]
    if v == 4:
        return [mark(r), "spring.datasource.password=vault:secret/data/%s#password\n" % pick(r, ["ledger", "ingest", "search"])]
    return [mark(r), "api_key = \"{{ lookup('env', 'PARTNER_API_KEY') }}\"\n"]


def f_near_masked(r, k):
    v = k % 5
    if v == 0:
        return [mark(r), "  Token: gho_************************************\n  Token scopes: 'gist', 'read:org', 'repo'\n"]
    if v == 1:
        return [mark(r), "stripe: using key sk_live_…%s (restricted)\n" % s(r, 4, AL)]
    if v == 2:
        return [mark(r), "access_key     ****************%s shared-credentials-file\n" % s(r, 4, UP)]
    if v == 3:
        return [mark(r), "connecting to postgres://app:********@db-primary:5432/app\n"]
    return [mark(r), "Authorization: Bearer [REDACTED] password=[REDACTED]\n"]


def f_near_metrics(r, k):
    v = k % 4
    if v == 0:
        return [mark(r), 'http_request_duration_seconds_bucket{le="0.005",route="/v1/pay",pod="api-%s-%s"} %d\n' % (s(r, 9, LO), s(r, 5, LO), r.randrange(10 ** 6))]
    if v == 1:
        return [mark(r), "cpu,host=web-%d,region=af-south-1 usage_idle=%d.%d %d\n" % (r.randrange(1, 20), r.randrange(99), r.randrange(9), 1796600000 * 10 ** 9 + r.randrange(10 ** 9))]
    if v == 2:
        return [mark(r), "orders.checkout.latency:%d|ms|@0.1|#shard:%d,build:%s\n" % (r.randrange(1, 900), r.randrange(64), s(r, 7, HEX))]
    return [mark(r), 'kafka_consumergroup_lag{group="ledger",partition="%d",topic="payments"} %d\n' % (r.randrange(48), r.randrange(10 ** 5))]


def f_near_key_names(r, k):
    v = k % 5
    if v == 0:
        return [mark(r), "password_min_length=%d password_expiry_days=90 password_history=5\n" % r.randrange(8, 16)]
    if v == 1:
        return [mark(r), "--db-password-file /run/secrets/db_password --token-ttl 3600s\n"]
    if v == 2:
        return [mark(r), "secret_name = \"prod/%s/api\"\nrotation_days = 30\n" % pick(r, ["orders", "search", "billing"])]
    if v == 3:
        return [mark(r), "auth_method=password sasl_mechanism=SCRAM-SHA-512 tls=required\n"]
    return [mark(r), "WARN: PASSWORD_HASHERS is empty, falling back to PBKDF2PasswordHasher\n"]


def f_near_public_material(r, k):
    v = k % 5
    if v == 0:
        return [mark(r), "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI%s deploy@ci\n" % s(r, 43, AL + "+/")]
    if v == 1:
        return [mark(r), "[Peer]\nPublicKey = %s=\nAllowedIPs = 0.0.0.0/0\n" % s(r, 43, AL + "+/")]
    if v == 2:
        return [mark(r), "recipients: age1%s\n" % s(r, 58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l")]
    if v == 3:
        return [mark(r), "-----BEGIN CERTIFICATE-----\n%s\n%s\n-----END CERTIFICATE-----\n" % (b64(r, 48), b64(r, 30))]
    return [mark(r), "gpg: key %s: public key \"Release Signing\" imported\n      %s\n" % (s(r, 16, "0123456789ABCDEF"), " ".join(s(r, 4, "0123456789ABCDEF") for _ in range(10)))]


def f_near_digests_buildids(r, k):
    v = k % 4
    if v == 0:
        return [mark(r), "image: registry.example.org/ledger/api@sha256:%s\n" % s(r, 64, HEX)]
    if v == 1:
        return [mark(r), "/usr/bin/envoy: ELF 64-bit LSB pie executable, x86-64, BuildID[sha1]=%s, stripped\n" % s(r, 40, HEX)]
    if v == 2:
        return [mark(r), "Build #%d (%s) finished: SUCCESS, artifact ledger-%s.jar\n" % (r.randrange(100, 9999), s(r, 7, HEX), s(r, 8, HEX))]
    return [mark(r), "containerd: shim started id=%s namespace=k8s.io\n" % s(r, 64, HEX)]


def f_near_numbers_invalid(r, k):
    v = k % 5
    if v == 0:
        while True:
            d = "4" + s(r, 15, string.digits)
            if luhn_complete(d[:-1]) != d:
                break
        return [mark(r), "order %s shipped, tracking %s\n" % (d, "1Z" + s(r, 16, UP))]
    if v == 1:
        return [mark(r), "card ending in %s was declined (insufficient funds)\n" % s(r, 4, string.digits)]
    if v == 2:
        return [mark(r), "ssn field validation failed: 9%s-%s-%s (not issued)\n" % (s(r, 2, string.digits), s(r, 2, string.digits), s(r, 4, string.digits))]
    if v == 3:
        return [mark(r), "vessel IMO 9%s arrived, container MSCU%s\n" % (s(r, 6, string.digits), s(r, 7, string.digits))]
    return [mark(r), "ISBN 978-%d-%d-%d-%d in catalog batch %d\n" % (r.randrange(10), r.randrange(100, 999), r.randrange(10000, 99999), r.randrange(10), r.randrange(10 ** 5))]


def f_near_dotted_not_ip(r, k):
    v = k % 5
    if v == 0:
        return [mark(r), "SNMPv2-SMI::enterprises.2021.%d.%d = INTEGER: %d\n" % (r.randrange(1, 20), r.randrange(1, 20), r.randrange(100))]
    if v == 1:
        return [mark(r), "listen 0.0.0.0:%d; healthcheck 127.0.0.1:%d\n" % (r.randrange(1024, 65535), r.randrange(1024, 65535))]
    if v == 2:
        return [mark(r), "netmask 255.255.%d.0 broadcast not set\n" % pick(r, [0, 128, 192, 224, 240, 248, 252])]
    if v == 3:
        return [mark(r), "policy OID 1.3.6.1.4.1.%d.%d.%d.%d\n" % (r.randrange(1000, 60000), r.randrange(10), r.randrange(10), r.randrange(10))]
    return [mark(r), "FileVersion 6.2.%d.%d (WinBuild.160101.0800)\n" % (r.randrange(9000, 26000), r.randrange(1000, 30000))]


def f_near_at_strings(r, k):
    v = k % 5
    if v == 0:
        return [mark(r), "git clone git@github.com:acme/%s.git\n" % pick(r, ["infra", "ledger", "web"])]
    if v == 1:
        return [mark(r), "npm ERR! 404 '@acme/ui-kit@%d.%d.%d' is not in this registry.\n" % (r.randrange(5), r.randrange(20), r.randrange(20))]
    if v == 2:
        return [mark(r), "postgres@db-%d:~$ pg_lsclusters\n" % r.randrange(1, 9)]
    if v == 3:
        return [mark(r), "    @Autowired\n    private LedgerClient ledgerClient;\n"]
    return [mark(r), "pip install 'pkg @ git+https://github.com/acme/pkg@v%d.%d'\n" % (r.randrange(5), r.randrange(20))]


def f_near_colon_values(r, k):
    v = k % 5
    if v == 0:
        return [mark(r), "elapsed %02d:%02d:%02d.%03d\n" % (r.randrange(24), r.randrange(60), r.randrange(60), r.randrange(1000))]
    if v == 1:
        return [mark(r), "thread 'main' panicked at tokio::runtime::blocking::pool::Spawner::spawn_blocking\n"]
    if v == 2:
        return [mark(r), "GET session:user:%d:cart\n" % r.randrange(10 ** 6)]
    if v == 3:
        return [mark(r), "arp: ff:ff:ff:ff:ff:ff broadcast entry, 00:00:00:00:00:00 incomplete\n"]
    return [mark(r), "std::chrono::duration<long, std::ratio<1, 1000>> timeout: %d\n" % r.randrange(100, 60000)]


def f_near_codenames(r, k):
    v = k % 5
    if v == 0:
        return [mark(r), "model name: Intel(R) Xeon(R) Gold %d (%s)\n" % (r.randrange(5000, 7000), pick(r, ["Cascade Lake", "Sapphire Rapids", "Ice Lake", "Emerald Rapids"]))]
    if v == 1:
        return [mark(r), "VERSION_CODENAME=%s (%s)\n" % (pick(r, ["noble", "jammy", "bookworm"]), pick(r, ["Noble Numbat", "Jammy Jellyfish", "Focal Fossa"]))]
    if v == 2:
        return [mark(r), "deployed by %s via %s\n" % (pick(r, ["Argo Rollouts", "Rancher Fleet", "Harness CD"]), pick(r, ["Grafana Mimir alert", "Apache Pulsar event"]))]
    if v == 3:
        return [mark(r), "assigned to Team %s, queue %s\n" % (pick(r, ["Kilimanjaro", "Okavango", "Zambezi"]), pick(r, ["Tier 2 Payments", "Core Infra"]))]
    return [mark(r), "%s scheduled for Monday %s, owner: on-call rotation\n" % (pick(r, ["Change Freeze", "Patch Tuesday"]), pick(r, ["December", "April"]))]


def f_near_cloud_ids(r, k):
    v = k % 5
    acct = r.randrange(10 ** 11, 10 ** 12)
    if v == 0:
        return [mark(r), "arn:aws:iam::%d:role/%s-deployer\n" % (acct, pick(r, ["ledger", "ingest"]))]
    if v == 1:
        return [mark(r), "UserId: AIDA%s  Account: %d\n" % (s(r, 17, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"), acct)]
    if v == 2:
        return [mark(r), "/subscriptions/%s/resourceGroups/rg-%s/providers/Microsoft.Sql/servers/sql-%s\n" % (uuid(r), s(r, 4, LO), s(r, 4, LO))]
    if v == 3:
        return [mark(r), "sg-%s vpc-%s subnet-%s i-%s\n" % (s(r, 17, HEX), s(r, 17, HEX), s(r, 17, HEX), s(r, 17, HEX))]
    return [mark(r), "arn:aws:secretsmanager:eu-west-1:%d:secret:prod/db-%s\n" % (acct, s(r, 6, AL))]


def f_near_ciphertexts(r, k):
    v = k % 4
    if v == 0:
        return [mark(r), "db_password: !vault |\n          $ANSIBLE_VAULT;1.1;AES256\n          %s\n          %s\n" % (s(r, 64, HEX), s(r, 64, HEX))]
    if v == 1:
        return [mark(r), "password: ENC[AES256_GCM,data:%s,iv:%s,tag:%s==,type:str]\n" % (s(r, 16, AL + "+/"), s(r, 43, AL + "+/") + "=", s(r, 22, AL + "+/"))]
    if v == 2:
        return [mark(r), "spec:\n  encryptedData:\n    password: AgB%s\n" % s(r, 120, AL + "+/")]
    return [mark(r), "<password>{AQAAABAAAAAQ%s=}</password>\n" % s(r, 40, AL + "+/")]


def f_near_time_ports(r, k):
    v = k % 5
    if v == 0:
        return [mark(r), "ts=%d pid=%d port=%d\n" % (1796600000000 + r.randrange(10 ** 8), r.randrange(100, 99999), r.randrange(1024, 65535))]
    if v == 1:
        return [mark(r), "2026-12-07 %s:01,%03d INFO retry in PT%dM\n" % (hhmm(r), r.randrange(1000), r.randrange(1, 60))]
    if v == 2:
        return [mark(r), "schedule: \"%d */6 * * *\" next=%s\n" % (r.randrange(60), ts(r))]
    if v == 3:
        return [mark(r), "uptime %d days, %d:%02d, load average: 0.%02d\n" % (r.randrange(400), r.randrange(24), r.randrange(60), r.randrange(100))]
    return [mark(r), "Listening on [::]:%d and *:%d\n" % (r.randrange(1024, 65535), r.randrange(1024, 65535))]


def f_near_base64_config(r, k):
    v = k % 4
    if v == 0:
        return [mark(r), "  ca.crt: LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0t%s\n" % s(r, 80, AL + "+/")]
    if v == 1:
        return [mark(r), "  settings.json: %s\n" % b64text('{"logLevel":"%s","workers":%d}' % (pick(r, ["debug", "info"]), r.randrange(1, 16)))]
    if v == 2:
        return [mark(r), "x-goog-meta-config: %s\n" % b64url_json({"feature": pick(r, ["dark-mode", "beta-cart"]), "rollout": r.randrange(100)})]
    return [mark(r), "  namespace: %s\n" % b64text(pick(r, ["payments", "ingest", "kube-system"]))]
