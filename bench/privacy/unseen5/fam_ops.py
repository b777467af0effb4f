"""Secrets in what an SRE pastes from a host: shell history, environment dumps, process lists, syscall and packet traces,
core-dump strings; and in wrappers: chat exports, quoted mail replies, HTML-escaped text, YAML block scalars, split lines."""
import json

import gen as g
import people as pp
from gen import rec

GS, AK, ASK, API, CS, UC, BA, BT = ("GENERIC_SECRET", "AWS_ACCESS_KEY", "AWS_SECRET_KEY", "API_KEY", "CONNECTION_STRING",
                                   "URL_CREDENTIALS", "BASIC_AUTH", "BEARER_TOKEN")


def shell_history(r):
    n = r.randrange(1000, 1999)
    cmds = [
        lambda: ("sqlplus system/", (CS, g.pw(r, url_safe=True)), "@//", ("IPV4", g.ipv4(r, True)), ":1521/ORCLPDB1"),
        lambda: ("zip -P ", (GS, g.pw(r)), " export.zip customers.csv"),
        lambda: ("xfreerdp /v:", ("IPV4", g.ipv4(r, True)), " /u:Administrator /p:", (GS, g.pw(r))),
        lambda: ("lftp -u ftpsync,", (GS, g.pw(r)), " sftp://files.partner.example"),
        lambda: ("openssl pkcs12 -export -in tls.crt -inkey tls.key -out tls.p12 -passout pass:", (GS, g.pw(r))),
        lambda: ("gpg --batch --pinentry-mode loopback --passphrase '", (GS, g.pw(r, kind=4)), "' -d backup.tar.gz.gpg | tar xz"),
        lambda: ("vault login ", ("API_KEY", "hvs." + g.s(r, g.ALNUM, 24))),
        lambda: ("RSYNC_PASSWORD=", (GS, g.pw(r)), " rsync -av rsync://mirror@", ("IPV4", g.ipv4(r, True)), "/data/ ./data/"),
        lambda: ("influx -username admin -password '", (GS, g.pw(r)), "' -execute 'SHOW DATABASES'"),
        lambda: ("az storage blob upload --account-name stbackup --account-key ", (GS, g.b64(r, 64)), " -c dumps -f db.bak"),
        lambda: ("echo ", ("GITHUB_TOKEN", g.ghp(r)), " | gh auth login --with-token"),
        lambda: ("keytool -importkeystore -srckeystore old.jks -destkeystore new.p12 -srcstorepass ", (GS, g.pw(r)), " -deststorepass ", (GS, g.pw(r))),
        lambda: ("psql \"host=", ("IPV4", g.ipv4(r, True)), " dbname=ledger user=ledger password=", (CS, g.pw(r)), " sslmode=require\""),
        lambda: ("export HEROKU_API_KEY=", (GS, f"{g.hexs(r, 8)}-{g.hexs(r, 4)}-{g.hexs(r, 4)}-{g.hexs(r, 4)}-{g.hexs(r, 12)}")),
    ]
    pieces = []
    for i, c in enumerate(r.sample(cmds, r.randrange(1, 3))):
        if i:
            pieces.append("\n")
        pieces += [f" {n + 2 * i}  git status\n {n + 2 * i + 1}  "] + list(c())
    return rec("$ history | tail\n", *pieces, f"\n {n + 9}  history | tail")


def env_dump(r):
    rows = [("HOSTNAME=", f"api-{g.hexs(r, 10)}-{g.s(r, 'bcdfghjklmnpqrstvwxz2456789', 5)}"), ("HOME=", "/root"), ("LANG=", "C.UTF-8")]
    secret_rows = [
        ("DATABASE_URL=", "postgres://", (CS, f"app:{g.pw(r, url_safe=True)}"), "@", ("IPV4", g.ipv4(r, True)), ":5432/app?sslmode=require"),
        ("REDIS_URL=", "redis://:", (CS, g.pw(r, url_safe=True)), "@redis-master:6379/0"),
        ("SECRET_KEY_BASE=", (GS, g.hexs(r, 128))),
        ("STRIPE_SECRET_KEY=", (API, g.stripe(r))),
        ("SLACK_BOT_TOKEN=", ("SLACK_TOKEN", g.slack(r))),
        ("SMTP_PASSWORD=", (GS, g.pw(r))),
        ("OPENAI_API_KEY=", (API, "sk-proj-" + g.s(r, g.ALNUM + "_-", 48))),
        ("AWS_SECRET_ACCESS_KEY=", (ASK, g.aws_secret(r))),
        ("ELASTIC_PASSWORD=", (GS, g.pw(r))),
    ]
    pick = r.sample(secret_rows, r.randrange(1, 4)) + r.sample(rows, 2)
    r.shuffle(pick)
    pieces = [r.choice(["$ printenv\n", "$ env | sort\n", "$ kubectl exec deploy/api -- env\n", "$ cat /proc/1/environ | tr '\\0' '\\n'\n"])]
    for i, row in enumerate(pick):
        pieces += list(row) + ["\n"]
    pieces.append("PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin")
    return rec(*pieces)


def ps_aux(r):
    pid = r.randrange(1000, 60000)
    k = r.randrange(5)
    head = "USER         PID %CPU %MEM    VSZ   RSS TTY      STAT START   TIME COMMAND\n"
    if k == 0:
        cmd = ("java -Xmx2g -Djavax.net.ssl.keyStorePassword=", (GS, g.pw(r)), " -Dspring.profiles.active=prod -jar /opt/app/app.jar")
    elif k == 1:
        cmd = ("/usr/bin/redis-server *:6379 --requirepass ", (GS, g.pw(r)))
    elif k == 2:
        cmd = ("consul agent -server -encrypt=", (GS, g.b64(r, 32)), " -data-dir=/opt/consul")
    elif k == 3:
        cmd = ("/usr/local/bin/postgres_exporter --web.listen-address=:9187 --data-source-name=postgresql://", (CS, f"exporter:{g.pw(r, url_safe=True)}"), "@localhost:5432/postgres")
    else:
        cmd = ("mysqld_exporter --mysqld.username=exporter --mysqld.address=localhost:3306 --mysqld.password=", (GS, g.pw(r)))
    return rec(f"$ ps auxww | grep -v grep | grep {r.choice(['java', 'redis', 'consul', 'exporter'])}\n", head,
               f"svc       {pid}  {r.randrange(1, 90)}.{r.randrange(10)}  {r.randrange(1, 20)}.{r.randrange(10)} {r.randrange(10**6, 9 * 10**6)} {r.randrange(10**5, 9 * 10**5)} ?        Ssl  Dec05  {r.randrange(1, 59)}:{r.randrange(10, 59)} ", *cmd)


def strace_tcpdump(r):
    k = r.randrange(4)
    if k == 0:
        body = ("user=svc-report&password=", (GS, g.pw(r, url_safe=True)))
        return rec(f"write(5, \"POST /api/login HTTP/1.1\\r\\nHost: portal.internal\\r\\nContent-Type: application/x-www-form-urlencoded\\r\\nContent-Length: {r.randrange(30, 60)}\\r\\n\\r\\n",
                   *body, f"\", {r.randrange(150, 220)}) = {r.randrange(150, 220)}")
    if k == 1:
        p = g.pw(r)
        n = 20 + len(str(len(p))) + len(p)
        return rec(f"sendto(7, \"*2\\r\\n$4\\r\\nAUTH\\r\\n${len(p)}\\r\\n", (GS, p), f"\\r\\n\", {n}, MSG_NOSIGNAL, NULL, 0) = {n}")
    if k == 2:
        return rec(f"{r.randrange(10, 23)}:{r.randrange(10, 59)}:{r.randrange(10, 59)}.{r.randrange(100000, 999999)} IP ", ("IPV4", g.ipv4(r, True)), f".{r.randrange(30000, 60000)} > ",
                   ("IPV4", g.ipv4(r, True)), ".80: Flags [P.], seq 1:213, ack 1, win 502, length 212: HTTP: GET /admin/ HTTP/1.1\nE..(..@.@.....\nGET /admin/ HTTP/1.1\nHost: router.local\nAuthorization: Basic ",
                   (BA, g.basic(r)), "\nUser-Agent: curl/8.5.0")
    return rec("GET /v1/reports HTTP/1.1\r\nHost: reports.internal\r\nCookie: _ga=GA1.2.", str(r.randrange(10**8, 10**9)), ".", str(r.randrange(10**9, 2 * 10**9)),
               "; sessionid=", (GS, g.s(r, "abcdefghijklmnopqrstuvwxyz0123456789", 32)), "\r\nX-Auth-Token: ", (GS, g.hexs(r, 40)), "\r\n")


def core_strings(r):
    return rec(f"$ strings -n 8 core.{r.randrange(1000, 99999)} | grep -iE 'pass|secret|token' | head\n%s: password must be at least %d characters\n",
               "DB_PASSWORD=", (GS, g.pw(r)), "\nAPI_SECRET=", (GS, g.hexs(r, 48)), "\nEnter passphrase for key '%s': \ntoken_endpoint_auth_method")


def chat_export(r):
    a, b = pp.name(r), pp.name(r)
    k = r.randrange(3)
    if k == 0:
        pw_ = g.pw(r)
        msg = json.dumps({"type": "message", "user": "U0" + g.s(r, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789", 8), "ts": f"{1765000000 + r.randrange(10**6)}.{r.randrange(100000, 999999)}"})[:-1]
        return rec(msg + ", \"user_profile\": {\"real_name\": \"", ("PERSON", a), "\"}, \"text\": \"replica creds for tonight: admin \\/ ", (GS, pw_),
                   " (rotate after)\"}")
    if k == 1:
        return rec("[12/06/2026 08:12] ", ("PERSON", a), ": anyone have the staging redis pass?\n[12/06/2026 08:13] ", ("PERSON", b), ": it's ", (GS, g.pw(r)),
                   " - same as last quarter\n[12/06/2026 08:13] ", ("PERSON", a), ": thx")
    return rec("{\"from\": {\"user\": {\"displayName\": \"", ("PERSON", a), "\"}}, \"body\": {\"contentType\": \"html\", \"content\": \"<p>new grafana api key: <code>",
               (API, "glsa_" + g.s(r, g.ALNUM, 32) + "_" + g.hexs(r, 8)), "</code></p>\"}}")


def mail_quote(r):
    a, b = pp.name(r), pp.name(r)
    k = r.randrange(2)
    if k == 0:
        return rec("Thanks, that worked.\n\nOn Fri, 4 Dec 2026 at 17:02, ", ("PERSON", a), " <", ("EMAIL", pp.email(r, a)), "> wrote:\n> Use these for the SFTP drop:\n> host: sftp.partner.example\n"
                   "> user: acme_upload\n> password: ", (GS, g.pw(r)), "\n>\n> Regards,\n> ", ("PERSON", a.split(" ")[0]))
    return rec("> > On Wed, ", ("PERSON", b), " wrote:\n> > > the API key for the sandbox is ", (API, g.stripe(r, "rk_live_")),
               "\n> > Got it, rotating it after the demo.\n> Done.\n", ("PERSON", a))


def html_escaped(r):
    k = r.randrange(3)
    if k == 0:
        return rec("<pre>{&quot;user&quot;:&quot;etl&quot;,&quot;password&quot;:&quot;", (GS, g.pw(r, url_safe=True)), "&quot;,&quot;host&quot;:&quot;warehouse.internal&quot;}</pre>")
    if k == 1:
        return rec("<td>callback</td><td>https://hooks.internal.example/notify?channel=ops&amp;token=", (GS, g.hexs(r, 32)), "&amp;retry=3</td>")
    return rec("```\ncurl -H &quot;Authorization: Bearer ", (BT, g.s(r, g.ALNUM, 36)), "&quot; https://api.partner.example/v2/orders\n```")


def yaml_block(r):
    k = r.randrange(3)
    if k == 0:
        return rec("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: exporter\ndata:\n  config.ini: |\n    [db]\n    host = pg-primary\n    password = ", (GS, g.pw(r)), "\n    sslmode = verify-full")
    if k == 1:
        return rec("vars:\n  smtp_password: >-\n    ", (GS, g.pw(r)), "\n  smtp_host: smtp.example.net")
    return rec("secrets:\n  deploy_key: |\n    ", ("PRIVATE_KEY", g.pem(r, "OPENSSH PRIVATE KEY").replace("\n", "\n    ")), "\n  known_hosts: github.com")


def split_lines(r):
    k = r.randrange(3)
    if k == 0:
        t = g.s(r, g.ALNUM, 48)
        return rec("$ curl -s https://api.partner.example/v1/ping \\\n  -H \"Authorization: Bearer ", (BT, t), "\" \\\n  -H 'Accept: application/json'")
    if k == 1:
        tok = g.jwt(r)
        cut = r.randrange(40, 70)
        return rec("2026-12-06T08:01:44Z WARN auth: rejected expired token access_token=", ("JWT", tok[:cut] + "\n" + tok[cut:]), " reason=exp")
    s_ = g.s(r, g.ALNUM + "+/", 88)
    return rec("export AZURE_STORAGE_KEY=\"", (GS, s_[:40] + "\\\n" + s_[40:]), "\"")


FAMILIES = [(shell_history, 16), (env_dump, 12), (ps_aux, 10), (strace_tcpdump, 10), (core_strings, 4), (chat_export, 10),
            (mail_quote, 8), (html_escaped, 9), (yaml_block, 8), (split_lines, 9)]
