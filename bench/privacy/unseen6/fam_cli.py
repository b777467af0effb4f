"""Families: credentials on command lines of admin tools, and secrets in query strings and fragments of many APIs."""
from gen import ALNUM, DOMAINS, akid, alnum, aws_secret, chars, glpat, hexs, ipv4, opaque, pick, pw, pw_url, uuid


def _prompt(r):
    return pick(r, ["$ ", "[ops@bastion ~]$ ", "root@db01:~# ", f"  {r.randrange(100, 2000)}  ", "PS C:\\Users\\ops> "])


def cli_db(r):
    p, ip = pw(r), ipv4(r)
    k = r.randrange(7)
    cmd = [
        lambda: ["psql \"host=", ("IPV4", ip), " port=5432 dbname=orders user=report password=", ("CONNECTION_STRING", p), " sslmode=require\" -c '\\dt'"],
        lambda: ["sqlcmd -S tcp:", ("IPV4", ip), ",1433 -U sa -P \"", ("GENERIC_SECRET", p), "\" -Q \"SELECT @@VERSION\""],
        lambda: ["redis-cli -h ", ("IPV4", ip), " -p 6380 --tls -a '", ("GENERIC_SECRET", p), "' --no-auth-warning INFO replication"],
        lambda: ["mongosh \"mongodb://", ("IPV4", ip), ":27017/admin\" --username root --password '", ("GENERIC_SECRET", p), "' --eval 'rs.status()'"],
        lambda: ["cqlsh -u cassandra -p ", ("GENERIC_SECRET", p), " ", ("IPV4", ip), " 9042"],
        lambda: ["clickhouse-client --host ", ("IPV4", ip), " --user default --password ", ("GENERIC_SECRET", p), " --query 'SELECT 1'"],
        lambda: ["rabbitmqadmin -H ", ("IPV4", ip), " -u admin -p ", ("GENERIC_SECRET", p), " list queues name messages"],
    ][k]()
    return "shell/cli-db", [_prompt(r), *cmd]


def cli_dir(r):
    p, ip = pw(r), ipv4(r)
    k = r.randrange(6)
    cmd = [
        lambda: ["ldapwhoami -x -H ldaps://", ("IPV4", ip), " -D \"cn=admin,dc=corp,dc=lan\" -w '", ("GENERIC_SECRET", p), "'"],
        lambda: ["smbclient //fs01/finance -U 'CORP\\jdoe%", ("GENERIC_SECRET", p), "' -c 'ls'"],
        lambda: ["sudo mount -t cifs //", ("IPV4", ip), "/backup /mnt/backup -o username=svc_backup,password=", ("GENERIC_SECRET", pw_url(r)), ",vers=3.0"],
        lambda: ["kcadm.sh config credentials --server https://sso.internal --realm master --user admin --password '", ("GENERIC_SECRET", p), "'"],
        lambda: ["vault write auth/userpass/users/ops password='", ("GENERIC_SECRET", p), "' policies=admins"],
        lambda: ["psexec \\\\", ("IPV4", ip), " -u CORP\\admin -p ", ("GENERIC_SECRET", pw_url(r)), " cmd /c ipconfig"],
    ][k]()
    return "shell/cli-directory", [_prompt(r), *cmd]


def cli_infra(r):
    p, ip = pw(r), ipv4(r)
    k = r.randrange(7)
    cmd = [
        lambda: ["ipmitool -I lanplus -H ", ("IPV4", ip), " -U ADMIN -P '", ("GENERIC_SECRET", p), "' chassis power status\nChassis Power is on"],
        lambda: ["snmpwalk -v3 -l authPriv -u monitor -a SHA -A '", ("GENERIC_SECRET", p), "' -x AES -X '", ("GENERIC_SECRET", pw(r)), "' ", ("IPV4", ip), " sysUpTime"],
        lambda: ["racadm -r ", ("IPV4", ip), " -u root -p ", ("GENERIC_SECRET", pw_url(r)), " getsysinfo"],
        lambda: ["oc login https://api.ocp.internal:6443 -u kubeadmin -p ", ("GENERIC_SECRET", "-".join(chars(r, "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789", 5) for _ in range(4))), " --insecure-skip-tls-verify"],
        lambda: ["kubectl config set-credentials admin --username=admin --password=", ("GENERIC_SECRET", pw_url(r))],
        lambda: ["mc alias set prod https://minio.internal:9000 backup-svc ", ("GENERIC_SECRET", alnum(r, 40)), "\nAdded `prod` successfully."],
        lambda: ["s3cmd --access_key=", ("AWS_ACCESS_KEY", akid(r)), " --secret_key=", ("AWS_SECRET_KEY", aws_secret(r)), " ls s3://backups-prod/"],
    ][k]()
    return "shell/cli-infra", [_prompt(r), *cmd]


def cli_files(r):
    p = pw(r)
    k = r.randrange(7)
    cmd = [
        lambda: ["openssl pkcs12 -in client.p12 -nodes -passin pass:", ("GENERIC_SECRET", pw_url(r)), " -out client.pem"],
        lambda: ["keytool -importkeystore -srckeystore old.jks -srcstorepass ", ("GENERIC_SECRET", pw_url(r)), " -destkeystore new.p12 -deststoretype PKCS12 -deststorepass ",
                 ("GENERIC_SECRET", pw_url(r))],
        lambda: ["openssl enc -d -aes-256-cbc -pbkdf2 -k '", ("GENERIC_SECRET", p), "' -in dump.sql.enc -out dump.sql"],
        lambda: ["htpasswd -bB /etc/nginx/.htpasswd grafana '", ("GENERIC_SECRET", p), "'"],
        lambda: ["wget --user=deploy --password='", ("GENERIC_SECRET", p), f"' https://artifacts.{pick(r, DOMAINS)}/releases/app-4.2.0.tar.gz"],
        lambda: ["curl --user ", ("BASIC_AUTH", f"deploy:{pw_url(r)}"), f" -T app.war https://nexus.{pick(r, DOMAINS)}/repository/releases/"],
        lambda: ["qpdf --password=", ("GENERIC_SECRET", pw_url(r)), " --decrypt statement.pdf statement-open.pdf"],
    ][k]()
    return "shell/cli-files", [_prompt(r), *cmd]


def url_query_secrets(r):
    k = r.randrange(9)
    d = pick(r, DOMAINS)
    url = [
        lambda: ["https://maps.googleapis.com/maps/api/geocode/json?address=Hauptstr.+5&key=", ("API_KEY", "AIza" + chars(r, ALNUM + "-_", 35))],
        lambda: ["https://api.openweathermap.org/data/2.5/weather?q=Oslo&units=metric&appid=", ("GENERIC_SECRET", hexs(r, 32))],
        lambda: [f"https://gitlab.{d}/api/v4/projects?membership=true&private_token=", ("API_KEY", glpat(r))],
        lambda: [f"https://orders-{hexs(r, 4)}.firebaseio.com/users.json?auth=", ("GENERIC_SECRET", alnum(r, 40)), "&orderBy=%22$key%22"],
        lambda: ["https://graph.facebook.com/v19.0/me/accounts?access_token=", ("BEARER_TOKEN", "EAAB" + alnum(r, 160))],
        lambda: [f"https://app.{d}/callback#access_token=", ("BEARER_TOKEN", opaque(r)), "&token_type=Bearer&expires_in=3600"],
        lambda: [f"https://api.{d}/v3/export?format=csv&apikey=", ("GENERIC_SECRET", uuid(r))],
        lambda: [f"https://status.{d}/api/v1/incidents?client_id=status-page&client_secret=", ("GENERIC_SECRET", alnum(r, 36))],
        lambda: [f"https://legacy.{d}/cgi-bin/login?user=ops&password=", ("GENERIC_SECRET", pw_url(r)), "&lang=en"],
    ][k]()
    wrap = r.randrange(3)
    if wrap == 0:
        return "nginx/access-query", [("IPV4", ipv4(r)), f" - - [06/Dec/2026:10:{r.randrange(10, 59)}:22 +0000] \"GET ", *url, " HTTP/1.1\" 200 512 \"-\" \"python-requests/2.32.3\""]
    if wrap == 1:
        return "browser/address-bar", ["copied from the address bar, page stays blank:\n", *url]
    return "app-log/outbound", [f"level=warn ts=2026-12-06T10:14:22Z msg=\"upstream slow\" url=\"", *url, f"\" duration_ms={r.randrange(900, 9000)}"]


FAMILIES = [cli_db, cli_dir, cli_infra, cli_files, url_query_secrets]
