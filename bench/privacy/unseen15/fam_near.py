"""Near-miss families of unseen15 (nothing may be redacted): the same tools, key names and labels around values that are not secrets or
personal data. Each f_* takes (rng, k) and returns the pieces of one record."""
from gen import E, rs, hexs, b64, uuid, ALNUM, HEX, B64URL, LOWER, WORDS, luhn_complete, luhn_ok  # noqa: F401
import people


def _pasted(f):
    """Each near-miss value is pasted as an incident comment would carry it: after a time or a ticket tag, so that the records differ."""
    def g(r, k):
        body = f(r, k)
        w = r.randrange(3)
        tag = ("(%02d:%02d) " % (r.randrange(24), r.randrange(60)) if w == 0 else "[#inc-%d] " % r.randrange(1000, 9999) if w == 1
               else "--- %02d:%02d:%02d ---\n" % (r.randrange(24), r.randrange(60), r.randrange(60)))
        return [tag] + body
    g.__name__ = f.__name__
    return g


@_pasted
def f_near_redis(r, k):
    v = k % 7
    n = str(r.randrange(1, 99999))
    return [[
        "127.0.0.1:6379> SET feature:password_reset_enabled 1\nOK\n",
        "redis-cli SETEX ratelimit:login:" + n + " 60 " + str(r.randrange(1, 9)) + "\n",
        "> HSET user:" + n + " password_changed_at " + str(r.randrange(1733000000, 1733600000)) + " mfa totp\n(integer) 2\n",
        "127.0.0.1:6379> CONFIG GET requirepass\n1) \"requirepass\"\n2) \"\"\n",
        "\"DEL\" \"api_key:staging\"\n\"DEL\" \"session:" + hexs(r, 8) + "\"\n",
        "> TTL reset_token:user:" + n + "\n(integer) " + str(r.randrange(1, 900)) + "\n",
        "> GET secret:rotation:last_run\n\"2026-12-0" + str(r.randrange(1, 8)) + "T03:00:00Z\"\n",
    ][v]]


@_pasted
def f_near_kerberos(r, k):
    v = k % 5
    realm = r.choice(["CORP.EXAMPLE.COM", "HADOOP.LAN", "AD.EXAMPLE.NET"])
    svc = r.choice(["HTTP/web01.example.com", "hive/etl3.example.com", "nfs/filer2.example.com"])
    return [[
        "$ klist\nTicket cache: KCM:1000\nDefault principal: svc_etl@" + realm + "\n\nValid starting     Expires            Service principal\n"
        "12/07/2026 09:14  12/07/2026 19:14  krbtgt/" + realm + "@" + realm + "\n\trenew until 12/14/2026 09:14\n",
        "$ klist -kt /etc/krb5.keytab\nKVNO Timestamp           Principal\n---- ------------------- ----------------------------\n   "
        + str(r.randrange(2, 9)) + " 12/01/2026 09:14:02 " + svc + "@" + realm + "\n",
        "ktutil:  list\nslot KVNO Principal\n---- ---- ----------------------------\n   1    " + str(r.randrange(2, 9)) + " " + svc + "@" + realm + "\n",
        "Password for svc_etl@" + realm + ": \nkinit: Password incorrect while getting initial credentials\n",
        "$ kvno " + svc + "\n" + svc + "@" + realm + ": kvno = " + str(r.randrange(2, 9)) + "\n",
    ][v]]


@_pasted
def f_near_servlet(r, k):
    v = k % 5
    return [[
        "<init-param>\n  <param-name>password.minLength</param-name>\n  <param-value>" + str(r.randrange(8, 17)) + "</param-value>\n</init-param>\n",
        "<context-param>\n    <param-name>jdbc.password</param-name>\n    <param-value>${jdbc.password}</param-value>\n</context-param>\n",
        "<env-entry>\n  <env-entry-name>ldap/bindPassword</env-entry-name>\n  <env-entry-type>java.lang.String</env-entry-type>\n</env-entry>\n",
        "<init-param>\n  <param-name>secretKeyAlgorithm</param-name>\n  <param-value>\n    HmacSHA256\n  </param-value>\n</init-param>\n",
        "<credentials host=\"repo.example.net\" realm=\"Artifactory Realm\" username=\"ci\" passwd=\"${env.ARTIFACTORY_PASSWORD}\"/>\n",
    ][v]]


@_pasted
def f_near_spark(r, k):
    v = k % 5
    return [[
        "spark.authenticate                true\nspark.authenticate.secret.file    /etc/spark/secret/auth\n",
        "spark.ssl.keyStore                /etc/spark/ssl/ks.jks\nspark.ssl.keyStoreType            JKS\nspark.ssl.keyStorePassword        ${env:SPARK_KS_PASS}\n",
        "spark.hadoop.fs.s3a.aws.credentials.provider  com.amazonaws.auth.WebIdentityTokenCredentialsProvider\n",
        "spark.hadoop.fs.azure.account.auth.type.lake.dfs.core.windows.net  OAuth\nspark.hadoop.fs.azure.account.oauth.provider.type  "
        "org.apache.hadoop.fs.azurebfs.oauth2.MsiTokenProvider\n",
        "security.ssl.internal.keystore-password: ${SSL_KEYSTORE_PASSWORD}\nsecurity.ssl.internal.enabled: true\n",
    ][v]]


@_pasted
def f_near_gh_secret(r, k):
    v = k % 5
    return [[
        "$ gh secret list --repo acme/payments\nNAME               UPDATED\nDB_PASSWORD        about 2 days ago\nSENTRY_AUTH_TOKEN  about 1 month ago\n",
        "gh secret set DB_PASSWORD --body \"$DB_PASSWORD\" --repo acme/payments\n",
        "gh variable set AWS_REGION --body eu-west-1\n✓ Created variable AWS_REGION for acme/payments\n",
        "$ gh auth status\ngithub.com\n  ✓ Logged in to github.com account ci-bot (keyring)\n  - Token: gho_************************************\n",
        "gh secret set SMTP_PASSWORD < ./secrets/smtp.txt\n✓ Set Actions secret SMTP_PASSWORD for acme/payments\n",
    ][v]]


@_pasted
def f_near_vendor_prefixes(r, k):
    v = k % 7
    return [[
        "NEON_API_KEY=napi_...   # create one under Account settings > API keys\n",
        "export DOCKERHUB_TOKEN=dckr_pat_XXXXXXXXXXXXXXXXXXXXXXXXXXX\n",
        "OPENROUTER_API_KEY=sk-or-v1-<your-key>\n",
        "token ATATT3xFfGF0**** (last used 2026-12-01) revoked by admin\n",
        "  -t, --token string   CircleCI personal API token (CCIPAT_...)\n",
        "Square: use sq0atp- tokens for production and EAAA... for sandbox apps (see docs)\n",
        "PREFECT_API_KEY=\"${{ secrets.PREFECT_API_KEY }}\"\nPREFECT_API_URL=https://api.prefect.cloud/api/accounts/" + uuid(r) + "\n",
    ][v]]


@_pasted
def f_near_digests(r, k):
    v = k % 7
    return [[
        "golang.org/x/crypto v0.31.0 h1:" + b64(r, 32) + "\n",
        "<script src=\"/js/app.js\" integrity=\"sha384-" + b64(r, 48) + "\" crossorigin=\"anonymous\"></script>\n",
        "[[package]]\nname = \"tokio\"\nversion = \"1.42.0\"\nsource = \"registry+https://github.com/rust-lang/crates.io-index\"\nchecksum = \""
        + hexs(r, 64) + "\"\n",
        "Device ID: " + "-".join(rs(r, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 7) for _ in range(8)) + "\n",
        "\"resolved\": \"https://registry.npmjs.org/lodash/-/lodash-4.17.21.tgz\",\n\"integrity\": \"sha512-" + b64(r, 64) + "\"\n",
        "Pipfile.lock: \"hashes\": [\"sha256:" + hexs(r, 64) + "\"]\n",
        "ZeroTier node " + hexs(r, 10) + " joined network " + hexs(r, 16) + "\n",
    ][v]]


@_pasted
def f_near_dumps(r, k):
    v = k % 6
    return [[
        "CL-USER> *db*\n#S(DB-CONFIG :HOST \"db-01.lan\" :PORT 5432 :USER \"svc\" :PASSWORD NIL)\n",
        "&smtp_nml\n  server = 'smtp.example.org',\n  password = '',\n  port = 587\n/\n",
        ">> cfg\n\ncfg = \n\n  struct with fields:\n\n        host: 'db-01'\n    password: []\n\n",
        "Config(host: \"db-01.lan\", port: 5672, password: None)\n",
        "#S(SESSION :ID " + str(r.randrange(1000, 9999)) + " :TOKEN \"********\" :EXPIRES 3600)\n",
        "?- current_db(C).\nC = db_config(host('db-01'), user(svc), password(none)).\n",
    ][v]]


@_pasted
def f_near_secret_words(r, k):
    v = k % 8
    return [[
        "password_hash_algorithm = argon2id\npassword_hash_memory_kib = 65536\n",
        "{\"token_type\":\"Bearer\",\"expires_in\":3600,\"scope\":\"read:metrics\"}\n",
        "secret rotation completed for prod/orders/db (version " + str(r.randrange(2, 40)) + ")\n",
        "passwd:     files systemd\ngroup:      files systemd\nshadow:     files\n",
        "PasswordAuthentication no\nKbdInteractiveAuthentication no\nPubkeyAuthentication yes\n",
        "api_key_header = X-Api-Key\napi_key_query_param = apikey\n",
        "Passcode length: 6 digits, lockout after " + str(r.randrange(3, 10)) + " attempts\n",
        "credential: aws-prod (type: AWS, id: " + uuid(r) + ")\n",
    ][v]]


@_pasted
def f_near_person_labels(r, k):
    v = k % 8
    return [[
        "Requester: Monitoring Bot\nSubject: disk usage above 90% on db-03\n",
        "handover to night shift (no open incidents)\n",
        "relieved by EU on-call at 18:00\n",
        "Demandeur : Service Comptabilité\nObjet : export mensuel\n",
        "escalated to Tier 2 Network\n",
        "Solicitante: Mesa de Ayuda\nAsunto: cambio programado\n",
        "Passenger: INFANT\nSeat: --\n",
        "Signed: Release Train Engineering, Okinawa DC\n",
    ][v]]


@_pasted
def f_near_scripts_words(r, k):
    v = k % 6
    return [[
        "{\"ticket\": " + str(r.randrange(1000, 9999)) + ", \"requester\": \"ስርዓት\", \"status\": \"ዝተዓጽወ\"}\n",
        "{\"status\": \"פֿאַרמאַכט\", \"queue\": \"הילף\"}\n",
        "{\"assignee\": \"未分配\", \"state\": \"open\"}\n",
        "{\"reviewer\":\"자동 승인\",\"approved\":true}\n",
        "Ответственный: ОТДЕЛ ИТ\nСрок: 10.12.2026\n",
        "Исп. ИТ-отдел, тел. 12-34\n",
    ][v]]


@_pasted
def f_near_numbers(r, k):
    v = k % 7
    if v == 0:
        # an LEI: 18 characters and two mod-97 check digits, the same check an IBAN uses
        body = rs(r, "0123456789", 4) + "00" + rs(r, "0123456789ABCDEFGHJKLMNPRSTUVWXYZ", 12)
        n = int("".join(str(int(c, 36)) for c in body + "00"))
        return ["LEI: " + body + "%02d" % (98 - n % 97) + " (legal entity, GLEIF)\n"]
    if v == 1:
        return ["ISIN US" + rs(r, "0123456789", 9) + str(r.randrange(10)) + " closing price 42.10\n"]
    if v == 2:
        s = luhn_complete("7" + rs(r, "0123456789", 14))
        return ["tracking id " + s + " (Luhn check ok)\n"]
    if v == 3:
        return ["Container MSCU" + rs(r, "0123456789", 7) + " gate-out 09:14\n"]
    if v == 4:
        return ["IMO " + rs(r, "0123456789", 7) + " MV Example Star ETA 12-09\n"]
    if v == 5:
        body = "8" + rs(r, "0123456789", 15)
        d = body if not luhn_ok(body) else body[:-1] + str((int(body[-1]) + 1) % 10)
        return ["order ref " + " ".join(d[i:i + 4] for i in range(0, 16, 4)) + " (voucher)\n"]
    return ["GTIN 0" + rs(r, "0123456789", 13) + " lot " + rs(r, "ABCDEFGH0123456789", 8) + "\n"]


@_pasted
def f_near_versions(r, k):
    v = k % 6
    return [[
        "SurrealDB " + "%d.%d.%d" % (r.randrange(1, 3), r.randrange(10), r.randrange(10)) + " for linux on x86_64\n",
        "Firebird 5.0.1." + str(r.randrange(1000, 1999)) + " (WI-V5.0.1." + str(r.randrange(1000, 1999)) + " Firebird 5.0)\n",
        "Build fingerprint: 'google/husky/husky:14/AP2A.240805.005/12025142:user/release-keys'\n",
        "webOS TV version 7.3.1-" + str(r.randrange(10, 99)) + " (kisscurl-kidd) firmware 03.34.95\n",
        "gnmic version : 0.38." + str(r.randrange(0, 3)) + "\n commit : " + hexs(r, 7) + "\n",
        "Spark 3.5." + str(r.randrange(0, 4)) + " built for Hadoop 3.3.4, Scala 2.12.18, protocol 1.0.2.15\n",
    ][v]]


@_pasted
def f_near_public_material(r, k):
    v = k % 6
    return [[
        "{\n    \"publicKey\": \"" + rs(r, "0123456789bcdfghjklmnpqrstuvwxyz", 52) + ".k\",\n    \"version\": 2\n}\n",
        "{\"kty\":\"OKP\",\"crv\":\"Ed25519\",\"kid\":\"sig-2026\",\"x\":\"" + rs(r, B64URL, 43) + "\"}\n",
        "k4.public." + rs(r, B64URL, 43) + "\n",
        rs(r, "abcdefghijklmnopqrstuvwxyz234567", 56) + ".onion\n",
        "example.org. 3600 IN DNSKEY 257 3 13 " + b64(r, 64) + "\n",
        "<gui enabled=\"true\" tls=\"true\">\n    <address>127.0.0.1:8384</address>\n    <user>admin</user>\n    <password>$2a$10$"
        + rs(r, ALNUM + "./", 53) + "</password>\n</gui>\n",
    ][v]]


@_pasted
def f_near_masked(r, k):
    v = k % 6
    return [[
        "IBAN: UA** **** **** **** **** **** " + rs(r, "0123456789", 4) + " " + rs(r, "0123456789", 1) + "\n",
        "callback number +593 9** *** " + rs(r, "0123456789", 3) + "\n",
        "card •••• •••• •••• " + rs(r, "0123456789", 4) + " declined (do_not_honor)\n",
        "customer: J*** T********, e-mail j***@e******.org\n",
        "password=[REDACTED] token=<masked>\n",
        "card%5Bnumber%5D=****************&card%5Bexp_month%5D=09\n",
    ][v]]


@_pasted
def f_near_placeholders(r, k):
    v = k % 7
    return [[
        "spring.datasource.password=${sm://db-password}\n",
        "DB_PASSWORD=ref+vault://secret/data/db#password\n",
        "  MasterUserPassword: '{{resolve:secretsmanager:prod/rds:SecretString:password}}'\n",
        "password = %DB_PASSWORD%\n",
        "$ surreal start --user root --pass $SURREAL_PASS rocksdb:/data\n",
        "pcs host auth node1 node2 -u hacluster -p <password>\n",
        "isql-fb -user SYSDBA -password masterkey   # default until you change it, see firebird docs\n",
    ][v]]


@_pasted
def f_near_help_text(r, k):
    v = k % 6
    return [[
        "Usage: gnmic [flags]\n  -p, --password string   the target password\n  -u, --username string   the target username\n",
        "usage: msktutil --old-account-password <PASSWORD> --service <SERVICE>\n",
        "  SETEX key seconds value\n  summary: Set the value and expiration of a key\n",
        "tinyproxy.conf(5):\n  BasicAuth user password\n      Configure HTTP basic authentication for the proxy.\n",
        "Usage: testsaslauthd -u username -p password [-r realm] [-s servicename]\n",
        "imapsync --host1 HOST1 --user1 USER1 --password1 PASSWORD1 --host2 HOST2 --user2 USER2 --password2 PASSWORD2\n",
    ][v]]


@_pasted
def f_near_titles_orgs(r, k):
    v = k % 6
    return [[
        "A la atención del Excmo. Ayuntamiento de Montes de Oca\n",
        "Ex.mo Sr. Diretor do Departamento de Sistemas,\n",
        "Attn: Ato Bus Terminal maintenance office\n",
        "Rt Hon. the Lord Mayor's Office (facilities)\n",
        "Ilma. Câmara Municipal de Luanda — pedido de acesso\n",
        "Mzee Hostel wifi outage reported by front desk\n",
    ][v]]


@_pasted
def f_near_voip_mime(r, k):
    v = k % 6
    return [[
        "account.1.auth_name = " + str(r.randrange(100, 999)) + "\naccount.1.auth_password = \naccount.1.enable = 0\n",
        "<reg reg.1.address=\"\" reg.1.auth.password=\"\" reg.1.server.1.address=\"\"/>\n",
        "Subject: =?UTF-8?Q?Re=3A_Fehler_beim_Login_nach_Passwort=C3=A4nderung?=\n",
        "Content-Disposition: attachment; filename*=UTF-8''Rechnung_M%C3%A4rz_" + str(r.randrange(1000, 9999)) + ".pdf\n",
        "dn: cn=Ops\\, EU,ou=Groups,dc=example,dc=org\nobjectClass: groupOfNames\n",
        "P34 = \nP35 = \nP47 = \n# account unprovisioned\n",
    ][v]]
