"""Near-miss families (no entity in any record): references, masks, placeholders, hashes, public material, non-mailbox user@host,
bots and teams, product and place names, ids, numbers, configs without secrets, prose about secrets, generated names, protocol
noise, JWT-like base64, cloud ids, versions, password-manager listings, Windows identity noise."""
import gen as g

N = lambda *parts: list(parts)


def n_secret_refs(r):
    k = r.randrange(6)
    if k == 0:
        return N("apiVersion: bitnami.com/v1alpha1\nkind: SealedSecret\nmetadata:\n  name: orders-db\nspec:\n  encryptedData:\n    password: AgB", g.b64s(r, 300)[:380], "\n  template:\n    type: Opaque")
    if k == 1:
        return N("apiVersion: external-secrets.io/v1beta1\nkind: ExternalSecret\nspec:\n  secretStoreRef:\n    name: vault-backend\n  data:\n  - secretKey: password\n    remoteRef:\n      key: kv/prod/orders-db\n      property: password")
    if k == 2:
        return N("{{- with secret \"database/creds/orders-rw\" -}}\nexport DB_USER=\"{{ .Data.username }}\"\nexport DB_PASSWORD=\"{{ .Data.password }}\"\n{{- end }}")
    if k == 3:
        return N("  annotations:\n    vault.hashicorp.com/agent-inject: \"true\"\n    vault.hashicorp.com/role: \"orders\"\n    vault.hashicorp.com/agent-inject-secret-db-creds: \"database/creds/orders-rw\"")
    if k == 4:
        return N("      env:\n      - name: DB_PASSWORD\n        valueFrom:\n          secretKeyRef:\n            name: orders-db-", g.pick(r, "bcdfghjkmnpqrstvwxz2456789", 10), "\n            key: password")
    return N("  parameters:\n    objects: |\n      array:\n        - |\n          objectName: \"orders-db-password\"\n          objectType: \"secret\"\n          objectVersion: \"\"\n    keyvaultName: \"kv-erp-prod\"")


def n_masked(r):
    k = r.randrange(7)
    if k == 0:
        return N("PS C:\\> $cred = Get-Credential CORP\\svc_sql\nPS C:\\> $cred\n\nUserName                          Password\n--------                          --------\nCORP\\svc_sql System.Security.SecureString")
    if k == 1:
        return N("[main] INFO org.apache.kafka.clients.consumer.ConsumerConfig - ConsumerConfig values:\n\tsasl.jaas.config = [hidden]\n\tsasl.mechanism = SCRAM-SHA-512\n\tssl.key.password = null\n\tssl.keystore.password = [hidden]\n\tssl.truststore.password = [hidden]")
    if k == 2:
        return N("$ bin/elasticsearch-keystore list\nkeystore.seed\ns3.client.default.access_key\ns3.client.default.secret_key\nxpack.security.transport.ssl.keystore.secure_password")
    if k == 3:
        return N("      MasterUserPassword: '{{resolve:secretsmanager:erp/prod/db:SecretString:password}}'\n      MasterUsername: erp_admin")
    if k == 4:
        return N("  ~ resource \"azurerm_mssql_server\" \"erp\" {\n      ~ administrator_login_password = (sensitive value)\n        id                           = \"/subscriptions/", g.uuid(r), "/resourceGroups/rg-erp/providers/Microsoft.Sql/servers/sql-erp\"\n    }")
    if k == 5:
        return N("<LOGIN USER_LOGIN=\"Administrator\" PASSWORD=\"********\">\n{\"UserName\": \"opsbot\", \"Password\": null, \"RoleId\": \"Operator\"}")
    return N("# may/06/2026 by RouterOS 7.16.2\n# software id = ", g.pick(r, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789", 4), "-", g.pick(r, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789", 4), "\n# (export hide-sensitive)\n/user add group=full name=noc\n/ppp secret add name=branch2 profile=vpn")


def n_placeholders(r):
    return N(r.choice([
        "Runbook step 3: sqlplus <user>/<password>@<tns_alias>, then run @check_tablespaces.sql",
        "db2 connect to SAMPLE user db2inst1 using <password>   # replace before running",
        "net use Z: \\\\fs01\\share /user:CORP\\%USERNAME% *     (the * makes it prompt)",
        "snmpwalk -v2c -c <community> <device-ip> IF-MIB::ifOperStatus",
        "radtest <user> <password> 127.0.0.1 0 <shared-secret>",
        "otpauth://totp/{issuer}:{account}?secret={BASE32_SECRET}&issuer={issuer}",
        "curl -u \"$API_USER:$API_PASS\" https://bi.example.com/api/export",
        "kubectl create secret generic orders-db --from-literal=password=REPLACE_ME --dry-run=client -o yaml",
        "set system login user <name> authentication plaintext-password '<your-password>'",
        "rtsp://<username>:<password>@<camera-ip>:554/Streaming/Channels/101",
        "$env:ARM_CLIENT_SECRET = \"<client-secret-from-portal>\"",
        "export VAULT_TOKEN=hvs.XXXXXXXXXXXXXXXXXXXXXXXX",
    ]))


def n_hash_diffs(r):
    k = r.randrange(5)
    if k == 0:
        return N("--- a/package-lock.json\n+++ b/package-lock.json\n@@ -812,7 +812,7 @@\n     \"node_modules/undici\": {\n-      \"version\": \"6.21.0\",\n+      \"version\": \"6.21.1\",\n-      \"integrity\": \"sha512-", g.b64s(r, 64), "\",\n+      \"integrity\": \"sha512-", g.b64s(r, 64), "\",")
    if k == 1:
        return N("--- a/deploy/prod/kustomization.yaml\n+++ b/deploy/prod/kustomization.yaml\n images:\n - name: registry.example.com/orders\n-  digest: sha256:", g.sha256(r), "\n+  digest: sha256:", g.sha256(r))
    if k == 2:
        return N("--- a/.terraform.lock.hcl\n+++ b/.terraform.lock.hcl\n   hashes = [\n-    \"h1:", g.b64s(r, 32), "\",\n+    \"h1:", g.b64s(r, 32), "\",\n     \"zh:", g.sha256(r), "\",")
    if k == 3:
        return N("$ docker history registry.example.com/web:2026.12.1\nIMAGE          CREATED       CREATED BY                                      SIZE\n", g.hexs(r, 12), "   3 days ago    CMD [\"node\" \"server.js\"]                        0B\n<missing>      3 days ago    RUN /bin/sh -c npm ci --omit=dev                41.2MB")
    return N("--- a/.env.staging\n+++ b/.env.staging\n@@ -1,3 +1,3 @@\n-LOG_LEVEL=debug\n+LOG_LEVEL=info\n DB_PASSWORD=${DB_PASSWORD}\n FEATURE_FLAGS=checkout_v2")


def n_public_material(r):
    k = r.randrange(6)
    if k == 0:
        return N("{\"keys\":[{\"kty\":\"RSA\",\"kid\":\"", g.hexs(r, 16), "\",\"use\":\"sig\",\"alg\":\"RS256\",\"n\":\"", g.b64s(r, 256, True, False), "\",\"e\":\"AQAB\"}]}")
    if k == 1:
        return N("# recipients for sops (.sops.yaml)\ncreation_rules:\n  - path_regex: secrets/.*\\.yaml\n    age: age1", g.pick(r, "qpzry9x8gf2tvdw0s3jn54khce6mua7l", 58))
    if k == 2:
        return N("untrusted comment: minisign public key ", g.hexs(r, 16).upper(), "\nRWQ", g.b64s(r, 40)[:53])
    if k == 3:
        return N("$ puttygen deploy.ppk -L\nssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI", g.b64s(r, 32)[:43], " deploy@ci")
    if k == 4:
        return N("$ ssh-keygen -lf /etc/ssh/ssh_host_ecdsa_key.pub\n256 SHA256:", g.b64s(r, 32, pad=False), " root@bastion (ECDSA)")
    return N("-----BEGIN CERTIFICATE-----\nMIID", g.b64s(r, 45), "\n", g.b64s(r, 48), "\n", g.b64s(r, 30), "\n-----END CERTIFICATE-----")


def n_not_mailbox(r):
    return N(r.choice([
        "$ klist -k /etc/krb5.keytab\nKeytab name: FILE:/etc/krb5.keytab\nKVNO Principal\n---- ----------------------------------------\n   3 HTTP/web01.corp.example.com@CORP.EXAMPLE.COM\n   3 host/web01.corp.example.com@CORP.EXAMPLE.COM",
        "Ticket cache: KEYRING:persistent:0:0\nValid starting       Expires              Service principal\n12/06/2026 08:01:12  12/06/2026 18:01:12  krbtgt/CORP.EXAMPLE.COM@CORP.EXAMPLE.COM",
        "$ systemctl status postgresql@16-main.service\n● postgresql@16-main.service - PostgreSQL Cluster 16-main\n     Active: active (running) since Sat 2026-12-05 22:01:14 UTC",
        "Dec 06 10:02:11 edge1 systemd[1]: wg-quick@wg0.service: Main process exited, code=exited, status=1/FAILURE",
        "Dec 06 10:02:11 gw systemd[1]: Started openvpn-client@office.service - OpenVPN tunnel for office.",
        "$ npx create-next-app@15.1.0 web --ts\n$ npm i @aws-sdk/client-s3@3.705.0",
        "docker pull nginx@sha256:" + g.sha256(r),
        "git remote -v\norigin\tgit@gitlab.example.com:platform/deploy.git (fetch)",
        "Message-ID: <" + g.hexs(r, 20) + "@mx.example.org>\nIn-Reply-To: <CAF" + g.pick(r, g.ALNUM, 30) + "@mail.example.com>",
        "Dec 06 10:02:11 dc01 sshd[4412]: Accepted publickey for deploy from bastion port 51822 ssh2\n[deploy@app-prod-3 ~]$ uptime",
    ]))


def n_bots_teams(r):
    return N(r.choice([
        "PagerDuty  APP  10:02 AM\nTriggered: [SEV2] checkout p99 > 2s  •  Service: Checkout API  •  Assigned to: Payments Primary",
        "Opsgenie Integration  10:03\nAlert acknowledged by rotation \"SRE Weekday\" (escalation: Platform Escalation)",
        "Statuspage Bot  10:15\nIncident update posted: Degraded performance — Monitoring",
        "GitHub Actions  09:58\ndeploy-prod #1842 failed on main (Team Falcon)",
        "Argo CD Notifications  10:20\nApplication orders-prod sync succeeded (revision " + g.hexs(r, 7) + ")",
        "Incident Bot  10:01\nDeclared SEV2 in #inc-" + str(r.randrange(1000, 9999)) + "-checkout. Roles: Incident Commander, Comms Lead, Scribe",
        "Renovate Bot opened a PR: Update dependency undici to v6.21.1\nDependabot Security: 2 alerts dismissed",
        "Grafana Alerting  [FIRING:2] DiskPressure (Storage Team, severity=warning)",
    ]))


def n_product_place(r):
    return N(r.choice([
        "Failover from Santa Clara to St. Louis finished; Mount Rainier cluster drained, Jackson Hole edge untouched.",
        "Rancher Desktop and Argo Rollouts both broke after the Jenkins X upgrade; Grafana Mimir is fine.",
        "Oracle Data Guard switchover ok; SQL Server Agent jobs re-enabled; Windows Defender exclusions restored.",
        "Cisco Meraki, Palo Alto Panorama and Fortinet FortiAnalyzer all report Invalid Community String on the new OIDs.",
        "Error: Login Failed For User. Reason: Access Denied. Connection Refused By Peer after 3 retries.",
        "Lenovo XClarity and Dell OpenManage agree: Power Supply Redundancy Lost in Alice Springs.",
        "Port Elizabeth and Victoria Falls POPs: Authentication Failure Trap storm from Elastic Agent hosts.",
        "Charlotte Lab, Jefferson City DR and San Jose Edge moved to Red Hat Satellite 6.16.",
    ]))


def n_ids(r):
    k = r.randrange(6)
    if k == 0:
        return N("Booking ", g.pick(r, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789", 6), " ticket 176-", str(r.randrange(10**9, 10**10)), " status TKTT; seat 23C; fare basis YLOWDE")
    if k == 1:
        return N(":20:STMT", str(r.randrange(10**8, 10**9)), "\n:21:NONREF\nEndToEndId E2E-", g.hexs(r, 12).upper(), " UETR ", g.uuid(r), " BIC ", g.pick(r, "ABCDEFGHIJKLMNOPQRSTUVWXYZ", 6), "2XXXX")
    if k == 2:
        return N("INC00", str(r.randrange(10**5, 10**6)), " sys_id=", g.hexs(r, 32), " correlation_id=", g.uuid(r))
    if k == 3:
        return N("PagerDuty incident Q", g.pick(r, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", 13), " dedup_key=checkout-p99-", g.hexs(r, 8), " alias=", g.hexs(r, 16))
    if k == 4:
        return N("Refund to IBAN DE89 **** **** **** **** ", str(r.randrange(10, 99)), " (card •••• ", str(r.randrange(1000, 9999)), ") processed, ref RF", str(r.randrange(10**8, 10**9)))
    return N("1Password item ", g.pick(r, "abcdefghijklmnopqrstuvwxyz234567", 26), " in vault ", g.pick(r, "abcdefghijklmnopqrstuvwxyz234567", 26), " updated")


def n_numbers(r):
    k = r.randrange(5)
    if k == 0:
        return N("IF-MIB::ifHCInOctets.4 = Counter64: ", g.luhn_metric(r), "\nIF-MIB::ifHCOutOctets.4 = Counter64: ", g.luhn_metric(r))
    if k == 1:
        return N("orders.v1 partition 3 committed offset ", g.luhn_metric(r), " lag 12 (group checkout-consumer)")
    if k == 2:
        return N("ISBN 978-3-16-148410-0 reprint; GTIN 0", g.luhn_metric(r, 13), "; batch ", str(r.randrange(10**9, 10**10)))
    if k == 3:
        return N("ipmitool sdr: Inlet Temp | 22 degrees C | ok; Fan1 | 7320 RPM | ok; Pwr Consumption | 308 Watts | ok; uptime_ms=", str(1765000000000 + r.randrange(10**8)))
    return N("tracking 1Z", g.pick(r, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789", 16), " and 0034", str(r.randrange(10**15, 10**16)), " out for delivery")


def n_configs_nosecret(r):
    return N(r.choice([
        "security.protocol=SSL\nssl.keystore.location=/etc/kafka/secrets/client.keystore.jks\nssl.keystore.type=PKCS12\nssl.endpoint.identification.algorithm=https",
        "$ sqlplus /@PROD_WALLET\nConnected to:\nOracle Database 19c Enterprise Edition Release 19.0.0.0.0 - Production",
        "db2 connect to SAMPLE\n   Database Connection Information\n Database server        = DB2/LINUXX8664 11.5.9.0",
        "Server=tcp:sql-erp.database.windows.net,1433;Database=erp;Authentication=Active Directory Default;Encrypt=True;",
        "Data Source=erp-db;Initial Catalog=Orders;Integrated Security=SSPI;Trusted_Connection=yes",
        "client nas-fallback {\n\tipaddr = 127.0.0.1\n\tsecret = $ENV{RADIUS_SECRET}\n}",
        "auto_auth {\n  method \"kubernetes\" {\n    config = { role = \"orders\" }\n  }\n  sink \"file\" { config = { path = \"/home/vault/.token\" } }\n}",
        "PS C:\\> Invoke-Command -ComputerName web01 -Credential (Get-Credential) -ScriptBlock { hostname }",
    ]))


def n_secret_prose(r):
    return N(r.choice([
        "Das Passwort liegt im Vault unter kv/prod/erp-db, bitte nicht in den Chat kopieren.",
        "Le mot de passe du compte de service est dans 1Password (coffre Infra), pas dans le ticket.",
        "La contraseña del iDRAC está en el gestor de secretos; la rotamos el viernes.",
        "パスワードは Vault に保存されています。チャットに貼らないでください。",
        "We rotated the SNMP community and the RADIUS shared secret last night; new values are in the vault.",
        "Heads-up: the PagerDuty integration key was regenerated, Terraform picks it up from SSM.",
        "A senha do Kafka foi trocada; o valor novo está no Secret orders-kafka.",
        "Hasło do bazy jest w Bitwarden (kolekcja Ops). Token wygasa o północy.",
    ]))


def n_generated_names(r):
    s = lambda n: g.pick(r, "bcdfghjkmnpqrstvwxz2456789", n)
    return N("$ kubectl get secrets -n erp\nNAME                               TYPE                 DATA   AGE\norders-db-password-", s(10), "      Opaque               1      3d\nsealed-secrets-key", s(5),
             "             kubernetes.io/tls    2      41d\nargocd-initial-admin-secret        Opaque               1      90d\nErpStack-DbSecret", g.pick(r, "ABCDEF0123456789", 8), "-", g.pick(r, g.ALNUM, 12), "   Opaque   1   2d")


def n_protocol_noise(r):
    k = r.randrange(4)
    if k == 0:
        return N("(3)   Message-Authenticator = 0x", g.hexs(r, 32), "\n(3)   State = 0x", g.hexs(r, 32), "\n(3)   Acct-Session-Id = \"", g.hexs(r, 16).upper(), "\"")
    if k == 1:
        return N("GET /ws HTTP/1.1\nUpgrade: websocket\nSec-WebSocket-Key: ", g.b64s(r, 16), "\nSec-WebSocket-Version: 13\n\nHTTP/1.1 101 Switching Protocols\nSec-WebSocket-Accept: ", g.b64s(r, 20))
    if k == 2:
        return N("ipmitool -I lanplus: Get Session Challenge: session id 0x", g.hexs(r, 8), ", challenge ", g.hexs(r, 32))
    return N("250-mail.example.org\n250-AUTH PLAIN LOGIN XOAUTH2\n250-SIZE 52428800\n535 5.7.8 Authentication credentials invalid")


def n_jwt_like(r):
    k = r.randrange(4)
    if k == 0:
        return N("feature-flags annotation: ", g.b64of('{"checkout_v2":true,"logLevel":"debug","rollout":%d}' % r.randrange(100)))
    if k == 1:
        return N("  ca.crt: ", g.b64of("-----BEGIN CERTIFICATE-----\nMIIC" + g.b64s(r, 40) + "\n-----END CERTIFICATE-----\n"))
    if k == 2:
        return N("jwt header only (kid lookup failed): eyJhbGciOiJSUzI1NiIsImtpZCI6Ij", g.pick(r, g.ALNUM, 12), "In0")
    return N("{\"issuer\":\"https://login.example.com\",\"jwks_uri\":\"https://login.example.com/.well-known/jwks.json\",\"id_token_signing_alg_values_supported\":[\"RS256\",\"ES256\"]}")


def n_cloud_ids(r):
    return N(r.choice([
        "ocid1.instance.oc1.eu-frankfurt-1.anthe" + g.pick(r, "abcdefghijklmnopqrstuvwxyz0123456789", 55),
        "CloudFront distribution E" + g.pick(r, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", 13) + " Key-Pair-Id K" + g.pick(r, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", 13),
        "/subscriptions/" + g.uuid(r) + "/resourceGroups/rg-erp/providers/Microsoft.Compute/virtualMachines/vm-jump",
        "arn:aws:secretsmanager:eu-central-1:" + str(r.randrange(10**11, 10**12)) + ":secret:erp/prod/db-" + g.pick(r, g.ALNUM, 6),
        "i-" + g.hexs(r, 17) + " in account " + str(r.randrange(10**11, 10**12)) + ", vpc-" + g.hexs(r, 17),
        "gcp project number " + str(r.randrange(10**11, 10**12)) + ", folder " + str(r.randrange(10**11, 10**12)),
    ]))


def n_versions(r):
    return N(r.choice([
        "FortiOS v7.2.8 build1639; PAN-OS 10.2.9-h1; RouterOS 7.16.2; VyOS 1.4.0",
        "iDRAC firmware 7.00.00.171, BIOS 2.19.1, Lifecycle Controller 7.00.00.171",
        "Windows Server 2022 10.0.20348.2849; SQL Server 16.0.4135.4; .NET 8.0.11",
        "snmpget .1.3.6.1.2.1.1.3.0 and .1.3.6.1.4.1.9.9.109.1.1.1.1.8 returned noSuchObject",
        "Elastic 8.15.3, Kafka 3.8.1, ZooKeeper 3.8.4.1, mask 255.255.255.0, bind 0.0.0.0, loopback 127.0.0.1",
        "agent upgraded 4.12.3.1 -> 4.12.4.0 on 214 hosts",
    ]))


def n_pwmgr_listing(r):
    return N(r.choice([
        "$ op item list --vault Infra\nID                            TITLE              VAULT    EDITED\n" + g.pick(r, "abcdefghijklmnopqrstuvwxyz234567", 26) + "    iDRAC r740-07      Infra    3 days ago",
        "$ bw list items --search grafana | jq -r '.[].name'\nGrafana prod\nGrafana staging",
        "$ op read op://Infra/erp-db/password | psql -h erp-db -U erp -W",
        "KeePassXC: database /home/ops/infra.kdbx locked after 300 s inactivity",
        "Chrome password checkup: 3 compromised, 11 reused, 40 weak",
    ]))


def n_windows_noise(r):
    sid = "S-1-5-21-%d-%d-%d-%d" % (r.randrange(10**9, 4 * 10**9), r.randrange(10**9, 4 * 10**9), r.randrange(10**9, 4 * 10**9), r.randrange(1000, 9999))
    return N(r.choice([
        "C:\\> whoami /user\n\nUSER INFORMATION\n----------------\nUser Name    SID\n============ =============================================\ncorp\\svc_sql " + sid,
        "An account was successfully logged on.\nSubject:\n\tSecurity ID:\t\tSYSTEM\nNew Logon:\n\tSecurity ID:\t\t" + sid + "\n\tAccount Name:\t\tWEB01$\n\tLogon GUID:\t\t{" + g.uuid(r) + "}",
        "C:\\> cmdkey /list\n\nCurrently stored credentials:\n\n    Target: Domain:target=TERMSRV/jump01\n    Type: Domain Password\n    User: CORP\\adm-ops",
        "runas /savecred /user:CORP\\adm-ops \"mmc dsa.msc\"\nAttempting to start mmc dsa.msc as user \"CORP\\adm-ops\" ...",
    ]))
