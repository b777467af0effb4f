"""Secret families of unseen17: secrets told apart by how they are written (a token alone on a line, a positional argument, a glued flag,
prose in several languages, odd separators, a value on the next line or wrapped, inside a query string, an XML attribute or CDATA, a SQL
tuple, a protocol transcript, a diff, a mask that left the tail), not by a key name the redactor may already read."""
from gen import E, pick, s, password, ipv4, vendor_token, aws_key, aws_secret, jwt, pem, hhmm, host, HEX, AL, LO, b64
import base64
import people

GS = "GENERIC_SECRET"


def f_bare_token_lines(r, k):
    v, typ, tok = vendor_token(r)
    n = people.full(r)
    h1, h2, h3 = hhmm(r), hhmm(r), hhmm(r)
    lead = pick(r, [["(%s) " % h1, E("PERSON", n), ": "], ["[%s] <" % h2, E("PERSON", n.split()[0].lower()), "> "], [E("PERSON", n), "  %s\n" % h3]])
    j = k % 5
    if j == 0:
        return [*lead, "here, the %s one for the runner:\n\n" % v, E(typ, tok), "\n\nrevoke it after the migration"]
    if j == 1:
        return [*lead, "```\n", E(typ, tok), "\n```\nthat's what CI has in its secret store"]
    if j == 2:
        return ["$ pbpaste\n", E(typ, tok), "\n$ pbpaste | wc -c\n%d" % (len(tok) + 1)]
    if j == 3:
        ak, sk = aws_key(r), aws_secret(r)
        return [*lead, "keys for the backfill user, expire friday\n", E("AWS_ACCESS_KEY", ak), "\n", E("AWS_SECRET_KEY", sk), "\n"]
    return ["> ", E("PERSON", n.split()[0]), " wrote:\n> ", E(typ, tok), "\n> (sorry, wrong window)\n\ndeleted it, rotating now"]


def f_positional_passwords(r, k):
    pw, u = password(r), pick(r, ["admin", "ops", "metrics", "relay", "backup"])
    h = host(r)
    j = k % 6
    if j == 0:
        return ["$ mosquitto_passwd -b /etc/mosquitto/passwd %s " % u, E(GS, pw), "\n$ systemctl reload mosquitto"]
    if j == 1:
        return ["root@%s:~# ejabberdctl register %s chat.%s " % (h.split(".")[0], u, h.split(".", 1)[1]), E(GS, pw), "\nroot@%s:~# echo $?\n0" % h.split(".")[0]]
    if j == 2:
        return ["+ openssl passwd -6 -salt %s " % s(r, 8, LO), E(GS, pw), "\n$6$%s$%s" % (s(r, 8, LO), s(r, 86, AL + "./"))]
    if j == 3:
        return ["# echo '%s:" % u, E(GS, pw), "' | chpasswd\n# chage -d 0 %s" % u]
    if j == 4:
        ip = ipv4(r)
        return ["C:\\> net use Z: \\\\", E("IPV4", ip), "\\backup ", E(GS, pw), " /user:CORP\\%s /persistent:no\nThe command completed successfully." % u]
    return ["ansible@bastion:~$ mysqladmin -u root password ", E(GS, pw), "\nansible@bastion:~$ echo $?\n0"]


def f_glued_flags(r, k):
    pw, u = password(r), pick(r, ["svc_batch", "reporter", "dbo_ops", "sync"])
    pw = pw.replace("'", "").replace("%", "")
    ip = ipv4(r)
    j = k % 6
    if j == 0:
        return ["$ smbclient //", E("IPV4", ip), "/finance -U %s%%" % u, E(GS, pw), " -c 'ls'\nsession setup failed: NT_STATUS_LOGON_FAILURE"]
    if j == 1:
        return ["xfreerdp /v:", E("IPV4", ip), " /u:%s /p:" % u, E(GS, pw), " /cert:ignore +clipboard"]
    if j == 2:
        return ["sqlplus -s %s/" % u, E(GS, pw), "@//%s:1521/ORCLPDB1 @nightly.sql" % host(r)]
    if j == 3:
        return ["isql -U%s -P" % u, E(GS, pw), " -S SYBPROD -w 200 -i purge.sql\nMsg 4002, Level 14, State 1:\nLogin failed."]
    if j == 4:
        return ["ldapsearch -x -H ldap://", E("IPV4", ip), " -D cn=%s,ou=svc,dc=corp,dc=example -w" % u, E(GS, pw), " -b dc=corp,dc=example uid=*"]
    return ["mysqldump -h", E("IPV4", ip), " -u%s -p" % u, E(GS, pw), " --single-transaction billing > /backup/billing.sql"]


def f_heredoc_scripts(r, k):
    pw, u = password(r), pick(r, ["deploy", "ftpsync", "archiver", "report"])
    h = host(r)
    j = k % 5
    if j == 0:
        return ["ftp -n %s <<END\nuser %s " % (h, u), E(GS, pw), "\nbinary\nput export.tar.gz\nbye\nEND"]
    if j == 1:
        return ["#!/usr/bin/expect -f\nspawn ssh %s@%s\nexpect \"password:\"\nsend \"" % (u, h), E(GS, pw), "\\r\"\ninteract"]
    if j == 2:
        return ["cat > ~/.pgpass <<'EOF'\n%s:5432:orders:%s:" % (h, u), E(GS, pw.replace(":", "")), "\nEOF\nchmod 600 ~/.pgpass"]
    if j == 3:
        return ["lftp <<EOF\nopen -u %s," % u, E(GS, pw.replace(",", "")), " sftp://%s\nmirror -R dist /var/www\nEOF" % h]
    return ["sftp -oBatchMode=no -b - %s@%s <<< $'" % (u, h), E(GS, pw.replace("'", "")), "\\nput backup.sql\\nbye'"]


def f_echoed_prompts(r, k):
    pw = password(r)
    h = host(r)
    j = k % 5
    if j == 0:
        return ["$ read -s -p 'vault pass: ' VP; echo \"$VP\" | tee /tmp/vp\nvault pass: ", E(GS, pw), "\n$"]
    if j == 1:
        return ["Script started on 2026-12-07 %s\n$ stty -echo; mysql -u admin -p -h %s\nEnter password: " % (hhmm(r), h), E(GS, pw),
                "\nERROR 1045 (28000): Access denied"]
    if j == 2:
        return ["+ openssl pkcs12 -export -out edge.p12 -inkey edge.key -in edge.crt\nEnter Export Password:\nVerifying - Enter Export Password:\n"
                "+ echo 'export pass was' ", E(GS, pw)]
    if j == 3:
        return ["[ci] + PASS=", E(GS, pw), "\n[ci] + curl -sf --netrc-file /dev/fd/3 https://%s/health" % h]
    return ["Password for 'https://build@%s': " % h, E(GS, pw), "\nremote: HTTP Basic: Access denied"]


def f_chat_prose_en(r, k):
    pw, n = password(r), people.full(r)
    lead = ["[%s] " % hhmm(r), E("PERSON", n), ": "]
    j = k % 6
    if j == 0:
        return [*lead, "the new db password is ", E(GS, pw), " — I'll put it in the vault after standup"]
    if j == 1:
        return [*lead, "login still fails? try ", E(GS, pw), " instead, I rotated it last night"]
    if j == 2:
        return [*lead, "use ", E(GS, pw), " for the admin login on the grafana box until SSO is back"]
    if j == 3:
        return [*lead, "creds for the staging broker: user ", pick(r, ["qa", "ops", "loadgen"]), ", pass ", E(GS, pw)]
    if j == 4:
        return [*lead, "it's ", E(GS, pw), " (capital first letter), don't paste it in the ticket"]
    return [*lead, "pw for the jump host changed to ", E(GS, pw), "\n[%s] " % hhmm(r), E("PERSON", people.full(r)), ": thx"]


def f_chat_prose_intl(r, k):
    pw, n = password(r), people.full(r)
    lead = ["%s " % hhmm(r), E("PERSON", n), ": "]
    forms = [("das neue Passwort für die Datenbank ist ", ", bitte nicht weitergeben"), ("le mot de passe du compte admin est ", " (temporaire)"),
             ("la contraseña nueva es ", ", cámbiala al entrar"), ("a senha do servidor é ", " até segunda"),
             ("het wachtwoord is nu ", ", werkt het?"), ("la password dell'utente root è ", " per ora"), ("hasło do panelu to ", " — zmień po zalogowaniu"),
             ("şifre artık ", " oldu, dene"), ("kata sandinya ", ", jangan disebar ya"), ("lösenordet är ", " tills vidare")]
    a, b = forms[k % len(forms)]
    return [*lead, a, E(GS, pw), b]


def f_odd_separators(r, k):
    pw = password(r).replace("'", "").replace('"', "")
    key = pick(r, ["db_pass", "passwd", "auth_secret", "smtp_pwd", "api_secret", "bind_pw"])
    j = k % 6
    if j == 0:
        return ["$config = array(\n    'host' => '%s',\n    '%s' => '" % (host(r), key), E(GS, pw), "',\n);"]
    if j == 1:
        return ["%s := \"" % key, E(GS, pw), "\"\n%s_user := \"svc\"" % key.split("_")[0]]
    if j == 2:
        return ["settings dump:\n  host -> %s\n  %s -> " % (host(r), key), E(GS, pw), "\n  timeout -> 30s"]
    if j == 3:
        return ["| setting | value |\n|---|---|\n| host | %s |\n| %s | " % (host(r), key), E(GS, pw), " |\n| pool | 20 |"]
    if j == 4:
        return ["name\tvalue\nhost\t%s\n%s\t" % (host(r), key), E(GS, pw), "\nretries\t3"]
    return ["config :app, Repo,\n  hostname: \"%s\",\n  %s: \"" % (host(r), key), E(GS, pw), "\""]


def f_value_next_line(r, k):
    j = k % 5
    if j == 0:
        pw = password(r)
        return ["Password:\n    ", E(GS, pw), "\nUser:\n    svc-reports"]
    if j == 1:
        sec = s(r, 40, AL + "~._-")
        return ["Client secret (copy it now, it will not be shown again)\n--------------------------------------------------------\n", E(GS, sec),
                "\n--------------------------------------------------------"]
    if j == 2:
        tok = s(r, 64, HEX)
        return ["INFO bootstrap token=", E(GS, tok[:37] + "\n" + tok[37:]), "\nINFO join command printed above"]
    if j == 3:
        v, typ, tok = vendor_token(r, pick(r, ["Stripe", "OpenAI", "Dropbox"]))
        cut = len(tok) // 2
        return ["export KEY=", E(typ, tok[:cut] + "\\\n" + tok[cut:]), "\n"]
    pw = password(r)
    return ["New credentials\nusername\n  migrator\npassword\n  ", E(GS, pw), "\nexpires\n  2026-12-31"]


def f_quoted_with_spaces(r, k):
    pw = password(r, spaces=True)
    j = k % 5
    if j == 0:
        return ["ssh-keygen -t ed25519 -N \"", E(GS, pw), "\" -f ~/.ssh/deploy_ed25519"]
    if j == 1:
        return ["gpg --batch --pinentry-mode loopback --passphrase '", E(GS, pw), "' --decrypt secrets.tar.gpg"]
    if j == 2:
        return ["[backup]\nPASSPHRASE = \"", E(GS, pw), "\"\nTARGET = b2://nightly"]
    if j == 3:
        return ["7z a -p\"", E(GS, pw), "\" -mhe=on logs-2026-12-07.7z /var/log/app"]
    return ["restic -r s3:s3.amazonaws.com/ops-backups init --password-command \"echo '", E(GS, pw), "'\""]


def f_url_query_fragment(r, k):
    h = host(r)
    j = k % 5
    if j == 0:
        tok = s(r, 40, AL)
        return ["GET /export.csv?format=csv&apikey=", E(GS, tok), "&page=2 HTTP/1.1\" 200 18324"]
    if j == 1:
        sig = b64(r, 32).replace("+", "%2B").replace("/", "%2F").replace("=", "%3D")
        return ["https://ops%s.blob.core.windows.net/dumps/heap.hprof?sv=2022-11-02&ss=b&srt=o&sp=r&se=2026-12-09T00:00:00Z&sig=" % s(r, 4, LO), E(GS, sig)]
    if j == 2:
        key = b64(r, 32, url=True).rstrip("=")
        return ["shared the trace here: https://paste.%s/?%s#" % (h.split(".", 1)[1], s(r, 16, HEX)), E(GS, key), "  (burn after reading)"]
    if j == 3:
        pw = password(r).replace("&", "").replace("#", "").replace("%", "").replace("+", "")
        return ["POST /cgi-bin/login.cgi?user=admin&password=", E(GS, pw), "&lang=en 302 - referer=-"]
    t = s(r, 32, HEX)
    return ["callback: https://%s/hooks/deploy?token=" % h, E(GS, t), "&env=prod"]


def f_xml_attrs_cdata(r, k):
    pw = password(r).replace('"', "").replace("<", "").replace("&", "")
    j = k % 5
    if j == 0:
        return ["<appSettings>\n  <add key=\"SmtpUser\" value=\"alerts\" />\n  <add key=\"SmtpPassword\" value=\"", E(GS, pw), "\" />\n</appSettings>"]
    if j == 1:
        return ["<bean id=\"ds\" class=\"org.apache.commons.dbcp2.BasicDataSource\">\n  <property name=\"password\" value=\"", E(GS, pw), "\"/>\n</bean>"]
    if j == 2:
        return ["<credentials>\n  <secret><![CDATA[", E(GS, pw), "]]></secret>\n</credentials>"]
    if j == 3:
        return ["<server>\n  <id>nexus-releases</id>\n  <username>ci</username>\n  <password><![CDATA[", E(GS, pw), "]]></password>\n</server>"]
    return ["<Connector port=\"8443\" keystoreFile=\"conf/edge.jks\" keystorePass=\"", E(GS, pw), "\" scheme=\"https\" />"]


def f_sql_value_tuples(r, k):
    pw = password(r).replace("'", "")
    j = k % 5
    if j == 0:
        return ["INSERT INTO service_accounts (login, password, created_at) VALUES ('reporting', '", E(GS, pw), "', now());"]
    if j == 1:
        sec = s(r, 48, AL)
        return ["INSERT INTO oauth_clients VALUES (17, 'mobile-app', '", E(GS, sec), "', 'authorization_code');"]
    if j == 2:
        return ["UPDATE settings SET value = '", E(GS, pw), "' WHERE name = 'smtp_password';"]
    if j == 3:
        v, typ, tok = vendor_token(r, pick(r, ["Shippo", "EasyPost", "Duffel", "Flutterwave"]))
        return ["mysql> INSERT INTO integrations (vendor, api_key) VALUES\n    -> ('%s', '" % v.lower(), E(typ, tok), "');\nQuery OK, 1 row affected"]
    return ["COPY users (id, email_verified, pass) FROM stdin;\n412\tt\t", E(GS, pw), "\n\\."]


def f_protocol_transcripts(r, k):
    pw = password(r).replace('"', "")
    ip = ipv4(r)
    j = k % 6
    if j == 0:
        return ["1796612%03d.%06d [0 " % (r.randrange(1000), r.randrange(10 ** 6)), E("IPV4", ip), ":%d] \"AUTH\" \"" % r.randrange(30000, 60000), E(GS, pw), "\""]
    if j == 1:
        return ["1796612%03d.%06d [0 " % (r.randrange(1000), r.randrange(10 ** 6)), E("IPV4", ip), ":%d] \"AUTH\" \"worker\" \"" % r.randrange(30000, 60000),
                E(GS, pw), "\""]
    if j == 2:
        return ["127.0.0.1:6379> CONFIG SET masterauth ", E(GS, pw), "\nOK"]
    if j == 3:
        raw = base64.b64encode(pw.encode()).decode()
        return ["dn: uid=svc-mail,ou=services,dc=corp,dc=example\nchangetype: modify\nreplace: userPassword\nuserPassword:: ", E(GS, raw), "\n-"]
    if j == 4:
        return ["$ printf 'AUTH ", E(GS, pw.replace("%", "").replace("\\", "")), "\\r\\nPING\\r\\n' | nc ", E("IPV4", ip), " 6379\n+OK\n+PONG"]
    # memcached's text-protocol authentication (-Y authfile): the first `set` carries "user password" as its data block
    return ["$ telnet ", E("IPV4", ip), " 11211\nset auth 0 0 %d\nwebcache " % (len(pw) + 9), E(GS, pw), "\nSTORED\nget session:%s\nEND" % s(r, 8, HEX)]


def f_diff_lines(r, k):
    old, new = password(r), password(r)
    j = k % 4
    if j == 0:
        return ["--- a/config/prod.yml\n+++ b/config/prod.yml\n@@ -12,3 +12,3 @@\n database:\n-  password: ", E(GS, old), "\n+  password: ", E(GS, new), "\n   pool: 20"]
    if j == 1:
        return ["diff --git a/.env b/.env\n-DB_PASS=", E(GS, old), "\n+DB_PASS=", E(GS, new)]
    if j == 2:
        return ["@@ -4,7 +4,7 @@\n   \"user\": \"relay\",\n-  \"secret\": \"", E(GS, old), "\",\n+  \"secret\": \"", E(GS, new), "\",\n   \"port\": 587"]
    return ["<<<<<<< HEAD\nredis_password = \"", E(GS, old), "\"\n=======\nredis_password = \"", E(GS, new), "\"\n>>>>>>> rotate-redis"]


def f_mask_left_tail(r, k):
    j = k % 5
    if j == 0:
        tail = s(r, 24, AL)
        return ["WARN retrying with token=****************", E(GS, tail), " (attempt 2/5)"]
    if j == 1:
        pw = password(r)
        return ["DEBUG connect password=****** failed; retry 1 password=", E(GS, pw), " ok"]
    if j == 2:
        v, typ, tok = vendor_token(r, pick(r, ["Stripe", "Anthropic", "OpenAI"]))
        return ["masked: ", tok[:8] + "*" * 8, "\nraw:    ", E(typ, tok)]
    if j == 3:
        tail = s(r, 28, HEX)
        return ["api_key=XXXXXXXXXXXX", E(GS, tail), " (only the first 12 characters are masked by the sidecar)"]
    sec = s(r, 40, AL + "/+")
    return ["aws_secret_access_key = ********", E("AWS_SECRET_KEY", sec[8:])]


def f_new_vendor_tokens(r, k):
    vend = ["Shippo", "Scalingo", "Infracost", "Flutterwave", "Duffel", "EasyPost", "Dropbox", "Fly.io"]
    v, typ, tok = vendor_token(r, vend[k % len(vend)])
    j = r.randrange(3)
    if j == 0:
        return ["%s " % hhmm(r), E("PERSON", people.full(r)), ": for the %s sandbox use\n" % v, E(typ, tok)]
    if j == 1:
        return ["curl -sS https://api.example.org/v1/ping -H \"Authorization: Bearer ", E(typ, tok), "\""]
    return ["  - run: ./deploy.sh ", E(typ, tok), "\n    shell: bash"]


def f_user_keyed_maps(r, k):
    pw = password(r).replace('"', "").replace(",", "").replace(":", "")
    u = pick(r, ["admin", "ops", "grafana", "ingest", "viewer"])
    j = k % 5
    if j == 0:
        return ["# realm.properties (user: password, roles)\n%s: " % u, E(GS, pw), ", admin, user"]
    if j == 1:
        return ["users = {\n  %s = \"" % u, E(GS, pw), "\"\n}"]
    if j == 2:
        return ["[users]\n%s = " % u, E(GS, pw), "\n\n[roles]\n%s = superuser" % u]
    if j == 3:
        return ["KafkaServer {\n  org.apache.kafka.common.security.plain.PlainLoginModule required\n  user_%s=\"" % u, E(GS, pw), "\";\n};"]
    return ["htpasswd-plain:\n  %s:" % u, E(GS, pw)]


def f_conn_odd_forms(r, k):
    pw = password(r).replace("}", "").replace(";", "").replace("@", "").replace("/", "").replace(":", "").replace("%", "")
    u = pick(r, ["app", "etl", "svc_orders"])
    ip = ipv4(r)
    j = k % 5
    if j == 0:
        return ["Driver={ODBC Driver 18 for SQL Server};Server=", E("IPV4", ip), ";UID=%s;PWD={" % u, E("CONNECTION_STRING", pw + ";x"), "};Encrypt=yes"]
    if j == 1:
        enc = pw.replace("!", "%21").replace("#", "%23")
        return ["r2dbc:postgresql://", E("CONNECTION_STRING", u + ":" + enc), "@", E("IPV4", ip), ":5432/orders?sslMode=require"]
    if j == 2:
        return ["jdbc:oracle:thin:", E("CONNECTION_STRING", u + "/" + pw), "@//", E("IPV4", ip), ":1521/ORCLPDB1"]
    if j == 3:
        return ["neo4j+s://", E("CONNECTION_STRING", u + ":" + pw), "@graph.%s:7687" % host(r).split(".", 1)[1]]
    return ["Data Source=", E("IPV4", ip), ",1433;Initial Catalog=Orders;User Id=%s;Password=\"" % u, E("CONNECTION_STRING", pw + " " + pick(r, ["x", "42"])), "\";"]


def f_call_args_in_traces(r, k):
    pw = password(r).replace('"', "").replace("'", "")
    j = k % 4
    if j == 0:
        return ["Traceback (most recent call last):\n  File \"/srv/etl/load.py\", line 41, in <module>\n    conn = pymssql.connect(\"%s\", \"etl\", \"" % host(r), E(GS, pw),
                "\", \"stage\")\npymssql.OperationalError: (18456, b'Login failed')"]
    if j == 1:
        return ["Error: authenticate(\"ops\", \"", E(GS, pw), "\") rejected\n    at Client.login (/app/node_modules/ftp-client/index.js:212:11)"]
    if j == 2:
        return ["ArgumentError: wrong number of arguments\n  from bin/sync:8:in `block in <main>'\n  Net::SFTP.start(\"%s\", \"sync\", password: \"" % host(r), E(GS, pw), "\")"]
    return ["panic: dial failed\n\ngoroutine 1 [running]:\nmain.mustDial({0x7ff0, 0x1a}, {\"admin\", \"", E(GS, pw), "\"})\n\t/src/cmd/relay/main.go:58 +0x1e5"]


def f_yaml_block_scalars(r, k):
    pw = password(r)
    j = k % 5
    if j == 0:
        return ["smtp:\n  password: |\n    ", E(GS, pw), "\n  port: 587"]
    if j == 1:
        return ["defaults: &creds\n  user: app\n  pass: &pw ", E(GS, pw), "\nreplica:\n  <<: *creds"]
    if j == 2:
        return ["db: {user: app, pass: '", E(GS, pw.replace("'", "")), "', host: %s}" % host(r)]
    if j == 3:
        return ["[storage]\nsecret = '''", E(GS, pw), "'''\nbucket = \"dumps\""]
    return ["sentinel:\n  auth_pass: >-\n    ", E(GS, pw), "\n  quorum: 2"]


def f_env_writings(r, k):
    pw = password(r).replace('"', "").replace("'", "").replace("$", "").replace("%", "")
    j = k % 6
    if j == 0:
        return ["PS C:\\ops> $env:DB_PASSWORD = \"", E(GS, pw), "\"\nPS C:\\ops> .\\migrate.ps1"]
    if j == 1:
        return ["C:\\ops> set \"DB_PASSWORD=", E(GS, pw), "\"\nC:\\ops> migrate.exe --env prod"]
    if j == 2:
        return ["> set -gx DB_PASSWORD ", E(GS, pw), "\n> ./bin/migrate"]
    if j == 3:
        return ["[Service]\nEnvironment=\"DB_PASSWORD=", E(GS, pw), "\"\nExecStart=/opt/app/bin/server"]
    if j == 4:
        return ["FROM postgres:16\nENV POSTGRES_PASSWORD ", E(GS, pw), "\nCOPY init.sql /docker-entrypoint-initdb.d/"]
    return ["% setenv DB_PASSWORD '", E(GS, pw), "'\n% ./run_batch.csh"]
