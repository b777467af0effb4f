"""Near-miss families of unseen17: the same ways of writing as the secret and personal-data families, holding no value of a labelled type:
placeholders and references, state words after "password is", masks that hide all but four characters, hashes and ids alone on a line,
positional arguments that are ports or user names, diffs of password settings, version strings, numbers with local punctuation that are
not phones, colon-hex values that are not MACs, public keys, ciphertext. Label choices: a documentation example written as a
placeholder (`<password>`, `your-password-here`, `changeme` shown as the value to replace) is not a secret; a bcrypt or SHA-crypt hash is
not labelled (a hash, by the shared README)."""
import string
from gen import pick, s, hhmm, host, uuid, HEX, AL, LO, UP, b64

PASTE = ["(%s) ", "[#inc-%d] ", "--- %s ---\n", "> "]


def _lead(r):
    p = pick(r, PASTE)
    if "%d" in p:
        return p % r.randrange(1000, 9999)
    if "%s" in p:
        return p % hhmm(r)
    return p


def f_nm_placeholders(r, k):
    ph = pick(r, ["<password>", "${DB_PASSWORD}", "$(cat /run/secrets/db_password)", "%DB_PASSWORD%", "{{ db_password }}", "your-password-here",
                  "<YOUR_API_TOKEN>", "${{ secrets.SMTP_PASS }}", "$SMB_PASS", "REPLACE_ME"])
    j = k % 6
    if j == 0:
        return [_lead(r), "$ mosquitto_passwd -b /etc/mosquitto/passwd admin ", ph]
    if j == 1:
        return [_lead(r), "smbclient //fileserver/finance -U svc_batch%", ph, " -c 'ls'"]
    if j == 2:
        return [_lead(r), "<add key=\"SmtpPassword\" value=\"", ph, "\" />"]
    if j == 3:
        return [_lead(r), "INSERT INTO service_accounts (login, password) VALUES ('reporting', '", ph, "');"]
    if j == 4:
        return [_lead(r), "docs: set the password with `ejabberdctl register admin chat.example.org ", ph, "`"]
    return [_lead(r), "PS C:\\ops> $env:DB_PASSWORD = \"", ph, "\""]


def f_nm_password_is_state(r, k):
    forms = ["the password is expired, reset it in the portal", "the new db password is not synced to the replica yet", "try again after the lockout (15 min)",
             "use password authentication instead of keys for now", "das Passwort ist abgelaufen", "le mot de passe est incorrect",
             "la contraseña es demasiado corta", "a senha é obrigatória", "het wachtwoord is verlopen", "şifre yanlış", "the token is invalid or revoked",
             "the api key is missing from the request", "his password is the one in the vault entry, ask the owner"]
    return [_lead(r), forms[k % len(forms)] if k < len(forms) else pick(r, forms) + " (%s)" % pick(r, ["again", "still", "prod", "stg"])]


def f_nm_bare_ids(r, k):
    j = k % 6
    if j == 0:
        return [_lead(r), "trace id for the failing request:\n\n", s(r, 32, HEX), "\n\nspan ", s(r, 16, HEX)]
    if j == 1:
        return [_lead(r), "```\n", s(r, 40, HEX), "\n```\nthat's the commit that broke it"]
    if j == 2:
        return [_lead(r), "$ docker inspect --format '{{.Id}}' api\nsha256:", s(r, 64, HEX)]
    if j == 3:
        return [_lead(r), "request id\n", uuid(r), "\nstatus 502"]
    if j == 4:
        return [_lead(r), "build ", "2026%02d%02d.%d" % (12, r.randrange(1, 8), r.randrange(1, 20)), " promoted; image digest\n", "sha256:" + s(r, 64, HEX)]
    return [_lead(r), "ULID of the job:\n", s(r, 26, "0123456789ABCDEFGHJKMNPQRSTVWXYZ")]


def f_nm_positional_not_secret(r, k):
    h = host(r)
    forms = ["$ htpasswd -D /etc/nginx/.htpasswd contractor\nDeleting password for user contractor",
             "$ ssh -p 2222 deploy@%s uptime" % h, "$ redis-cli -h %s -p 6380 INFO replication" % h, "$ mysql -h %s -P 3307 -u reporter -p\nEnter password:" % h,
             "$ rabbitmqctl delete_user loadgen\nDeleting user \"loadgen\" ...", "# useradd -m -s /bin/bash -G docker builder",
             "$ openssl passwd -6 -stdin < /dev/tty", "$ psql -p 5433 -U postgres -d orders -c 'select 1'", "$ smbclient -L //%s -N" % h,
             "$ xfreerdp /v:%s /u:operator /p: /sec:nla" % h]
    return [_lead(r), forms[k % len(forms)]]


def f_nm_diff_settings(r, k):
    forms = [("password_min_length: 8", "password_min_length: 12"), ("token_ttl: 3600", "token_ttl: 900"), ("secret_name: prod/orders/db", "secret_name: prod/orders/db-v2"),
             ("password_hash: bcrypt", "password_hash: argon2id"), ("DB_PASSWORD_FILE=/run/secrets/db", "DB_PASSWORD_FILE=/run/secrets/db_v2"),
             ("\"require_password\": false,", "\"require_password\": true,"), ("auth_method = password", "auth_method = scram-sha-256"),
             ("api_key_header: X-Api-Key", "api_key_header: Authorization"), ("secret_rotation_days = 90", "secret_rotation_days = 30"),
             ("password: ${SMTP_PASSWORD}", "password: ${SMTP_PASSWORD_V2}")]
    a, b = forms[k % len(forms)]
    return [_lead(r), "@@ -3,3 +3,3 @@\n-", a, "\n+", b]


def f_nm_masks(r, k):
    j = k % 6
    if j == 0:
        return [_lead(r), "INFO connect password=******** host=%s ok" % host(r)]
    if j == 1:
        return [_lead(r), "token: ", s(r, 4, AL), "*" * 28, " (masked by the log shipper)"]
    if j == 2:
        return [_lead(r), "api_key=", pick(r, ["sk_live_", "shippo_live_", "ico-"]), "****", s(r, 4, LO)]
    if j == 3:
        return [_lead(r), "card ending in ", s(r, 4, string.digits), ", charged twice"]
    if j == 4:
        return [_lead(r), "~ password = (sensitive value)\n~ api_token = (sensitive value)"]
    return [_lead(r), "aws_secret_access_key = ****************************************"]


def f_nm_sql_no_secret(r, k):
    j = k % 5
    if j == 0:
        return [_lead(r), "INSERT INTO users (login, password_changed_at) VALUES ('ops', '2026-12-0%d 09:12:00');" % r.randrange(1, 8)]
    if j == 1:
        return [_lead(r), "UPDATE settings SET value = '30' WHERE name = 'password_max_age_days';"]
    if j == 2:
        return [_lead(r), "INSERT INTO api_tokens (id, owner, scopes) VALUES ('%s', 'svc-reports', 'read');" % uuid(r)]
    if j == 3:
        return [_lead(r), "mysql> SELECT user, plugin FROM mysql.user;\n| reporter | caching_sha2_password |"]
    return [_lead(r), "INSERT INTO accounts (login, pass_hash) VALUES ('ops', '$2b$12$%s');" % s(r, 53, AL + "./")]


def f_nm_xml_config(r, k):
    forms = ["<add key=\"PasswordPolicy\" value=\"Strong\" />", "<membership passwordFormat=\"Hashed\" minRequiredPasswordLength=\"12\" />",
             "<password-encoder ref=\"bcryptEncoder\"/>", "<Realm className=\"org.apache.catalina.realm.LockOutRealm\" failureCount=\"5\"/>",
             "<secret><![CDATA[${env.NEXUS_PASSWORD}]]></secret>", "<property name=\"passwordEncryptor\" value=\"strong\"/>",
             "<Connector port=\"8443\" keystoreFile=\"conf/edge.jks\" keystorePass=\"${keystore.pass}\" />", "<password/>",
             "<log><![CDATA[login failed: password expired for account svc-batch]]></log>", "<add key=\"TokenLifetimeMinutes\" value=\"60\" />"]
    return [_lead(r), forms[k % len(forms)]]


def f_nm_versions_oids(r, k):
    j = k % 5
    if j == 0:
        return [_lead(r), "OS build 10.0.%d.%d, agent 4.%d.%d.%d" % (r.randrange(17000, 26000), r.randrange(1, 5000), r.randrange(10), r.randrange(10), r.randrange(300))]
    if j == 1:
        return [_lead(r), "snmpget -v2c -c public %s 1.3.6.1.2.1.1.3.0" % host(r)]
    if j == 2:
        return [_lead(r), "netmask 255.255.255.0 broadcast set, gateway unchanged, listen 0.0.0.0:8080"]
    if j == 3:
        return [_lead(r), "upgraded chart 2.%d.%d -> 2.%d.0, app v%d.%d.%d.%d" % (r.randrange(20), r.randrange(10), r.randrange(21, 30), r.randrange(1, 9), r.randrange(10), r.randrange(10), r.randrange(100))]
    return [_lead(r), "curl -s http://127.0.0.1:9100/metrics | grep build_info\nbuild_info{version=\"1.%d.%d\",revision=\"%s\"} 1" % (r.randrange(10), r.randrange(10), s(r, 12, HEX))]


def f_nm_trailers_no_person(r, k):
    forms = ["Change-Id: I%s" % s(r, 40, HEX), "Fixes: %s (\"retry: respect deadline\")" % s(r, 12, HEX), "Bug: %d" % r.randrange(10 ** 5, 10 ** 6),
             "(cherry picked from commit %s)" % s(r, 40, HEX), "Reviewed-on: https://review.example.org/c/infra/+/%d" % r.randrange(10 ** 5, 10 ** 6),
             "Signed-off-by: release-automation", "Co-authored-by: Renovate Bot", "Release-Note: none", "Depends-On: %s" % s(r, 40, HEX),
             "Closes: #%d" % r.randrange(100, 9999)]
    return [_lead(r), "    refactor(queue): drain before shutdown\n\n    ", forms[k % len(forms)]]


def f_nm_numbers_local_punct(r, k):
    forms = ["INC 0042 %04d reopened" % r.randrange(10000), "window 07.12.2026 22:00-23:30", "order 7%03d-%04d failed Luhn" % (r.randrange(1000), r.randrange(10000)),
             "SIP listens on 5060 and 5061, RTP 10000-20000", "disk 98,4 % full on /var", "batch %d %03d %03d done in 41 s" % (r.randrange(1, 9), r.randrange(1000), r.randrange(1000)),
             "ticket ref 239 %03d %04d (legacy numbering)" % (r.randrange(1000), r.randrange(10000)), "latency p99 853 ms, p50 66 ms",
             "SKU 2804-55-%04d back in stock" % r.randrange(10000), "call window 18h-20h, queue 682"]
    return [_lead(r), forms[k % len(forms)]]


def f_nm_colon_hex(r, k):
    forms = ["broadcast ff:ff:ff:ff:ff:ff", "ED25519 key fingerprint is SHA256:%s." % b64(r, 32).rstrip("="),
             "MD5:" + ":".join(s(r, 2, HEX) for _ in range(16)), "fc-host port_state Online, speed 16 Gbit",
             "elapsed 00:12:41:07", "std::collections::HashMap::insert", "link/ether 00:00:00:00:00:00 brd 00:00:00:00:00:00",
             "listen [::1]:8080 and [::]:9090", "serial %s" % ":".join(s(r, 2, HEX).upper() for _ in range(12)), "key sensor:rack:12:temp"]
    return [_lead(r), forms[k % len(forms)]]


def f_nm_query_strings(r, k):
    h = host(r)
    forms = ["GET /api/v2/search?page=2&sort=desc&q=timeout HTTP/1.1\" 200", "https://%s/docs#section-3.2" % h, "https://%s/login?next=%%2Fdashboard&lang=en" % h,
             "https://%s/token?token_type=bearer&expires_in=3600" % h, "https://%s/?utm_source=status&utm_medium=email" % h,
             "POST /oauth/revoke?client_id=mobile-app 200", "https://%s/reset?step=2&method=password" % h, "GET /healthz?verbose=1 200 3ms",
             "https://%s/api?version=2026-12-01&format=json" % h, "https://%s/share#view=timeline&from=now-6h" % h]
    return [_lead(r), forms[k % len(forms)]]


def f_nm_protocol_no_secret(r, k):
    forms = ["127.0.0.1:6379> AUTH\n(error) ERR wrong number of arguments for 'auth' command", "-ERR AUTH <password> called without any password configured",
             "1796612.000001 [0 unix:/run/redis.sock] \"GET\" \"session:%s\"" % s(r, 12, HEX), "stats\nSTAT pid %d\nSTAT uptime %d\nEND" % (r.randrange(100, 9999), r.randrange(10 ** 6)),
             "dn: cn=svc-backup,ou=services,dc=corp,dc=example\nobjectClass: simpleSecurityObject\nobjectClass: organizationalRole",
             "ldap_bind: Invalid credentials (49)", "AUTH PLAIN\n334\n*\n501 5.7.0 Authentication aborted", "set feature:flags 0 0 2\non\nSTORED",
             "replace: userPassword\n-\ndelete: pwdAccountLockedTime\n-", "CONFIG GET requirepass\n1) \"requirepass\"\n2) \"\""]
    return [_lead(r), forms[k % len(forms)]]


def f_nm_chat_try(r, k):
    forms = ["try `--force-recreate`, the volume is stale", "use admin for the login and the password from the vault entry", "try restarting the sidecar first",
             "the password is the same as last week's, in 1Password under 'stg db'", "use the break-glass account, not your own", "try it with a fresh token from the portal",
             "pass: see vault path secret/data/stg/db", "le mot de passe est dans le coffre", "la contraseña está en el gestor", "creds are in the usual place"]
    return ["[%s] sre-bot: " % hhmm(r), forms[k % len(forms)]]


def f_nm_public_keys(r, k):
    j = k % 5
    if j == 0:
        return [_lead(r), "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + b64(r, 24).rstrip("=") + " deploy-ci"]
    if j == 1:
        return [_lead(r), "recipient: age1", s(r, 58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l")]
    if j == 2:
        return [_lead(r), "[Peer]\nPublicKey = ", b64(r, 32), "\nAllowedIPs = 0.0.0.0/0"]
    if j == 3:
        return [_lead(r), "untrusted comment: minisign public key %s\nRW%s" % (s(r, 16, HEX).upper(), b64(r, 40).rstrip("="))]
    return [_lead(r), "-----BEGIN PUBLIC KEY-----\n", b64(r, 48), "\n", b64(r, 12), "\n-----END PUBLIC KEY-----"]


def f_nm_env_references(r, k):
    forms = ["$env:DB_PASSWORD = (Get-Secret -Name db -AsPlainText)", "ENV DB_PASSWORD_FILE /run/secrets/db", "Environment=DB_PASSWORD_FILE=%d/db",
             "set -gx DB_PASSWORD (pass show db/prod)", "export PGPASSFILE=~/.pgpass", "set \"DB_PASSWORD=%VAULT_DB_PASSWORD%\"",
             "% setenv DB_PASSWORD `vault kv get -field=password secret/db`", "POSTGRES_PASSWORD_FILE: /run/secrets/pg", "docker run -e DB_PASSWORD ghcr.io/acme/api:2.4",
             "ENV POSTGRES_HOST_AUTH_METHOD scram-sha-256"]
    return [_lead(r), forms[k % len(forms)]]


def f_nm_tables_no_people(r, k):
    forms = [("service", "owner team", "pager"), ("queue", "consumer", "lag"), ("env", "region", "rotation")]
    a = forms[k % 3]
    rows = [("orders-api", "Team Payments", "primary"), ("billing-worker", "Platform", "secondary"), ("edge-proxy", "Network", "follow-the-sun"),
            ("eu-west", "Dublin DC", "weekday"), ("search", "Relevance", "none")]
    out = [_lead(r), "| %s | %s | %s |\n|---|---|---|\n" % a]
    for i in range(2):
        x = pick(r, rows)
        out.append("| %s | %s | %s |\n" % x)
    out.append("| total | %d | - |" % r.randrange(2, 40))
    return out


def f_nm_wrapped_hashes(r, k):
    j = k % 4
    if j == 0:
        h = s(r, 64, HEX)
        return [_lead(r), "checksum=", h[:37], "\n", h[37:], "\nverify OK"]
    if j == 1:
        return [_lead(r), "integrity:\n  sha512-", b64(r, 64)]
    if j == 2:
        return [_lead(r), "Password:\n    (not set)\nUser:\n    svc-reports"]
    return [_lead(r), "Client secret\n-------------\n(hidden, regenerate to see a new one)"]
