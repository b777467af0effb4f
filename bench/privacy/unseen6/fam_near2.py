"""Near-miss families, part 2 (nothing in these records may be redacted): versions, identifiers, hashes, placeholders, masks,
public material, Luhn-valid numbers that are not cards, generated names, references to secrets, timestamps, prose."""
from gen import (B64, alnum, b64, chars, hexs, luhn_number, pick, sha, sha256, ulid, uuid)


def near_versions(r):
    v = [f"Chrome {r.randrange(120, 132)}.0.{r.randrange(6000, 6999)}.{r.randrange(10, 200)}", f"Windows 10.0.{r.randrange(19041, 26100)}.{r.randrange(1000, 5000)}",
         f"SQL Server {r.randrange(13, 17)}.0.{r.randrange(1000, 5000)}.{r.randrange(1, 9)}", f"iDRAC firmware {r.randrange(4, 8)}.{r.randrange(0, 20)}.{r.randrange(0, 99)}.{r.randrange(10, 200)}",
         f"nvidia driver {r.randrange(470, 560)}.{r.randrange(10, 200)}.{r.randrange(1, 20):02d}", f"Oracle Database {r.randrange(19, 23)}.{r.randrange(3, 25)}.0.0.0",
         f"Microsoft.Data.SqlClient {r.randrange(4, 6)}.{r.randrange(0, 3)}.{r.randrange(0, 9)}.{r.randrange(0, 9)}", f"Java 21.0.{r.randrange(1, 6)}+{r.randrange(5, 13)}",
         f"esp-idf v5.{r.randrange(0, 4)}.{r.randrange(0, 4)}.{r.randrange(1, 9)}", f"pfSense 2.{r.randrange(5, 8)}.{r.randrange(0, 3)}-RELEASE"]
    r.shuffle(v)
    return "ticket/versions", ["Environment after the upgrade:\n" + "\n".join(f"  - {x}" for x in v[:6]) + f"\nlistening on :{pick(r, [8443, 9443, 6443, 10250])}"]


def near_ids(r):
    return "http/response-ids", [
        f"HTTP/2 200\nx-request-id: {uuid(r)}\nx-amzn-requestid: {uuid(r)}\ncf-ray: {hexs(r, 16)}-FRA\nx-cloud-trace-context: {hexs(r, 32)}/{r.randrange(10**18, 10**19)};o=1\n"
        f"etag: \"{hexs(r, 32)}\"\nidempotency-key: {uuid(r)}\nx-correlation-id: {ulid(r)}\n\ncommit {sha(r)} (HEAD -> main)\nChange-Id: I{sha(r)}"]


def near_checksums(r):
    return "shell/checksums", [
        f"$ sha256sum app-4.2.0-linux-amd64.tar.gz\n{sha256(r)}  app-4.2.0-linux-amd64.tar.gz\n$ md5sum backup.tar\n{hexs(r, 32)}  backup.tar\n"
        f"$ docker images --digests\nREPOSITORY   TAG     DIGEST                                                                    IMAGE ID\n"
        f"app          4.2.0   sha256:{sha256(r)}   {hexs(r, 12)}"]


def near_placeholders(r):
    k = r.randrange(3)
    if k == 0:
        return "config/placeholders", [
            "api_key: <YOUR_API_KEY>\npassword: \"${DB_PASSWORD:?required}\"\ntoken: REPLACE_WITH_TOKEN\nstripe_key: sk_live_xxxxxxxxxxxxxxxxxxxxxxxx\n"
            "aws_secret_access_key = ****************" + chars(r, "ABCDEFGHIJKLMNOPQRSTUVWXYZ", 4) + "\nAuthorization: Bearer [REDACTED]\n\"password\": \"<redacted>\""]
    if k == 1:
        return "billing/masked", [
            f"Card: VISA •••• {r.randrange(1000, 9999)}  exp 0{r.randrange(1, 9)}/2{r.randrange(7, 9)}\nCard ending in {r.randrange(1000, 9999)} (****{r.randrange(1000, 9999)})\n"
            f"IBAN DE** **** **** **** **{r.randrange(10, 99)} {r.randrange(10, 99)}\nPAN 4111 11** **** {r.randrange(1000, 9999)}\nkey sk_live_...{alnum(r, 4)} (created 2026-11-02)"]
    return "shell/secret-from-elsewhere", [
        "$ curl -u \"deploy:$API_TOKEN\" https://nexus.internal/service/rest/v1/status\n$ openssl pkcs12 -in c.p12 -passin env:P12_PASS -out c.pem\n"
        "$ openssl pkcs12 -in c.p12 -passin file:/run/secrets/p12 -out c.pem\n$ ldapsearch -x -D cn=admin,dc=corp -y /etc/ldap.secret\n"
        "$ redis-cli --askpass -h localhost\nPlease input password: \n$ wget --ask-password https://artifacts.internal/x.tgz\n$ htpasswd -B /etc/nginx/.htpasswd grafana\nNew password:"]


def near_public(r):
    k = r.randrange(3)
    if k == 0:
        return "ssh/keyscan", [
            f"$ ssh-keyscan git.internal\ngit.internal ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI{chars(r, B64, 43)}\n"
            f"$ ssh-keygen -lf ~/.ssh/id_ed25519.pub\n256 SHA256:{chars(r, B64, 43)} ops (ED25519)\n"
            f"$ gpg --fingerprint releases\n      {' '.join(hexs(r, 4).upper() for _ in range(5))}  {' '.join(hexs(r, 4).upper() for _ in range(5))}"]
    if k == 1:
        lines = "\n".join("                    " + ":".join(hexs(r, 2) for _ in range(15)) + ":" for _ in range(5))
        return "openssl/x509-modulus", ["        Subject Public Key Info:\n            Public Key Algorithm: rsaEncryption\n                Public-Key: (2048 bit)\n"
                                        "                Modulus:\n" + lines + "\n                Exponent: 65537 (0x10001)\n"
                                        f"        Serial Number:\n            {':'.join(hexs(r, 2) for _ in range(16))}"]
    return "openssl/fingerprint", [f"sha256 Fingerprint={':'.join(hexs(r, 2).upper() for _ in range(32))}\n"
                                   f"SHA1 Fingerprint={':'.join(hexs(r, 2).upper() for _ in range(20))}\n-----BEGIN PUBLIC KEY-----\n{b64(r, 45)}\n-----END PUBLIC KEY-----"]


def near_luhn_metrics(r):
    return "metrics/luhn-valid", [
        f"node_disk_written_bytes_total{{device=\"nvme0n1\"}} {luhn_number(r, 16, '4')}\n"
        f"cpu,host=web01 usage_idle=97.2,ctx_switches={luhn_number(r, 16, '5')}i {r.randrange(1765000000, 1766000000)}000000000\n"
        f"kafka.log:type=Log,name=LogEndOffset,topic=orders,partition=3 Value={luhn_number(r, 15, '37')}\n"
        f"stock line: EAN {luhn_number(r, 13, '40')} qty 2\nbatch_ref={luhn_number(r, 16, '6011')} status=done count=1200"]


def near_generated(r):
    return "k8s/generated-names", [
        f"pod/api-{hexs(r, 10)}-{alnum(r, 5).lower()}\nsecret/db-password-{alnum(r, 10).lower()}\nsecret/sh.helm.release.v1.orders.v{r.randrange(2, 40)}\n"
        f"job.batch/backup-{r.randrange(28000000, 29000000)}\nstack prod-orders-DBSecret-{alnum(r, 12).upper()}\nbucket logs-{hexs(r, 8)}\n"
        f"serviceaccount/default-token-{alnum(r, 5).lower()}\ntask/{hexs(r, 32)}"]


def near_references(r):
    k = r.randrange(2)
    if k == 0:
        return "code/secret-references", [
            "@Value(\"${spring.datasource.password}\")\nprivate String dbPassword;\nconst key = process.env.JWT_SECRET;\ntoken = os.getenv(\"STRIPE_SECRET_KEY\")\n"
            "let api = std::env::var(\"API_TOKEN\").expect(\"API_TOKEN\");\nvar cs = Environment.GetEnvironmentVariable(\"ConnectionStrings__Db\");"]
    return "config/secret-references", [
        "env:\n  - name: DB_PASSWORD\n    valueFrom:\n      secretKeyRef: {name: orders-db, key: password}\npassword_file: /run/secrets/db_password\n"
        "rsync --password-file=/etc/rsync.pass backup@localhost::data\nPGPASSFILE=/home/ops/.pgpass\n"
        "token_path = \"/var/run/secrets/kubernetes.io/serviceaccount/token\"\n$ vault kv get -field=password secret/prod/db\n"
        "$ aws secretsmanager get-secret-value --secret-id prod/db/password --query SecretString"]


def near_timestamps(r):
    return "logs/timestamps-ports", [
        f"20261206T{r.randrange(10, 23)}1422Z build 2026.12.06-{r.randrange(1000, 9999)} INC{r.randrange(10**6, 10**7)}\n"
        f"started 06/12/2026 10:14 +0100, epoch {r.randrange(1765000000, 1766000000)}, took PT15M, next run in 3600s\n"
        f"tcp   LISTEN 0  4096  0.0.0.0:22  0.0.0.0:*\ntcp   LISTEN 0  4096  [::]:443  [::]:*\nretry 1/5 after 250ms (ports 80, 443, 8080, 8443, 9090)"]


def near_prose(r):
    return "chat/prose", [pick(r, [
        "the deploy failed with 'invalid api key' again, rotated the key named prod-stripe-webhook in the vault, should be fine now",
        "JWT signature verification failed: kid mismatch after the JWKS rotation; password expired for user svc_report (not a secret issue)",
        "401 Unauthorized: Bearer token missing on /v1/orders; token has been revoked per policy, see runbook step 4",
        "FATAL: password authentication failed for user \"app\" -> the secret in orders-db was updated but the pod kept the old env",
        "Wrong PIN entered 3 times, SIM locked; the PUK is in the safe, not in the ticket"])]


def near_sql_csv(r):
    return "mysqldump/schema", [
        "CREATE TABLE `users` (\n  `id` bigint NOT NULL AUTO_INCREMENT,\n  `password_hash` varchar(255) NOT NULL,\n  `api_token` char(40) DEFAULT NULL,\n"
        f"  PRIMARY KEY (`id`)\n) ENGINE=InnoDB AUTO_INCREMENT={r.randrange(1000, 99999)} DEFAULT CHARSET=utf8mb4;\n"
        f"INSERT INTO `schema_migrations` VALUES ('20261206{r.randrange(24):02d}{r.randrange(60):02d}{r.randrange(60):02d}'),('20261120{r.randrange(24):02d}{r.randrange(60):02d}{r.randrange(60):02d}');\n"
        f"Zeitstempel;Dienst;Latenz_ms;Fehler\n2026-12-06 10:14:22;checkout;{r.randrange(10, 900)};0\n2026-12-06 10:14:23;search;{r.randrange(10, 900)};1"]


FAMILIES = [near_versions, near_ids, near_checksums, near_placeholders, near_public, near_luhn_metrics, near_generated, near_references,
            near_timestamps, near_prose, near_sql_csv]
