#!/usr/bin/env python3
"""Builds bench/privacy/unseen2/records.jsonl: operational text an SRE would paste, with every secret and personal value labelled
(type and span, the conventions of ../shared/data/pii/README.md), and many near-misses that must be left alone.

Deterministic (fixed seed). Written blind: before reading the redactor's code or its other benchmark families.
Usage: bench/privacy/unseen2/make.py [OUTPUT [SEED]]   (default: records.jsonl beside this script, the fixed seed)"""
import base64, json, os, random, string, sys

rng = random.Random(20261206)
HERE = os.path.dirname(os.path.abspath(__file__))


# ---------------------------------------------------------------- record building
def E(kind, value):
    """A labelled entity inside a record's parts."""
    return (kind, value)


def record(source, *parts):
    text, ents = [], []
    pos = 0
    for p in parts:
        if isinstance(p, tuple):
            kind, value = p
            ents.append({"type": kind, "start": pos, "end": pos + len(value)})
            text.append(value)
            pos += len(value)
        else:
            text.append(p)
            pos += len(p)
    return {"text": "".join(text), "entities": ents, "source": source}


# ---------------------------------------------------------------- values
FIRST = ["Maria", "José", "Chen", "Aiko", "Oluwaseun", "Fatima", "Liam", "Sanna", "Dmitri", "Priyanka", "Mateus", "Grace",
         "Kwame", "Ingrid", "Tobias", "Yara", "Hamid", "Noor", "Bianca", "Ruairí", "Zeynep", "Kenji", "Lucía", "Ahmed",
         "Elif", "Marek", "Sunita", "Pedro", "Hana", "Olivia", "Rahul", "Camila", "Jörg", "Amélie", "Wojciech", "Thandiwe"]
LAST = ["Okafor", "Lindgren", "Fernández", "Nakamura", "Petrov", "Deshpande", "O'Connell", "Schulz", "Haddad", "Moreira",
        "Ivanova", "Brennan", "Yilmaz", "Novak", "Achterberg", "Sørensen", "Mbeki", "Kowalczyk", "Rossi", "Tanaka",
        "Gupta", "Dubois", "Carvalho", "Nguyen", "Abara", "Whitfield", "Van der Berg", "Çelik", "Lefebvre", "Ødegaard"]
DOMAINS = ["northwind.io", "globex-corp.com", "initech.dev", "hooli.cloud", "umbrella-labs.net", "stark-ops.org",
           "acme-logistics.co.uk", "wayne-fin.de", "cyberdyne.ai", "soylent.fr", "tyrell-systems.jp", "vandelay.com.au"]
MAILHOSTS = ["gmail.com", "outlook.com", "proton.me", "web.de", "yahoo.co.jp", "orange.fr", "fastmail.com"]
HOSTS = ["db-primary.internal", "pg-replica-2.prod.svc", "mysql-01.eu-west-1.rds.amazonaws.com", "cache-03.internal",
         "mq.prod.local", "mongo-0.mongo.data.svc.cluster.local", "ldap.corp.local", "registry.internal:5000"]
WORDS = ["amber", "falcon", "quartz", "harbor", "cedar", "nimbus", "copper", "willow", "orbit", "saffron", "tundra", "maple",
         "cobalt", "ember", "glacier", "summit", "lotus", "raven", "zephyr", "onyx"]
PWCHARS = string.ascii_letters + string.digits + "!#%^*-_.~+"


def pick(xs):
    return rng.choice(xs)


def rand(chars, n):
    return "".join(rng.choice(chars) for _ in range(n))


ALNUM = string.ascii_letters + string.digits
HEX = "0123456789abcdef"
B64 = ALNUM + "+/"
B64URL = ALNUM + "-_"


def person():
    name = f"{pick(FIRST)} {pick(LAST)}"
    if rng.random() < 0.15:
        first, last = name.split(" ", 1)
        name = f"{first} {rng.choice(string.ascii_uppercase)}. {last}"
    return name


def email(name=None):
    if name and rng.random() < 0.6:
        first, last = name.split(" ")[0], name.split(" ")[-1]
        local = pick([f"{first}.{last}", f"{first[0]}{last}", f"{first}_{last}"]).lower()
        local = "".join(c for c in local if c.isascii() and (c.isalnum() or c in "._"))
    else:
        local = pick(["oncall", "sre-team", "billing-alerts", "noreply", "j.doe", "ops+pager", "svc-backup", "devops"]) \
            + (str(rng.randint(1, 99)) if rng.random() < 0.3 else "")
    return f"{local}@{pick(DOMAINS + MAILHOSTS)}"


def password(style=None, url_safe=False):
    style = style or pick(["random", "random", "words", "season", "placeholderish"])
    chars = PWCHARS if not url_safe else ALNUM + "-_.~!*"
    if style == "random":
        return rand(ALNUM, 3) + rand(chars, rng.randint(9, 20))
    if style == "words":
        return "-".join(pick(WORDS) for _ in range(3)) + str(rng.randint(10, 99))
    if style == "season":
        return pick(WORDS).capitalize() + pick(["!", "#", "_", ".", "*"]) + str(rng.randint(1990, 2026))
    # real people keep the default-looking ones
    return pick(["Changeme!", "Password", "Welcome", "Admin", "Letmein"]) + str(rng.randint(1, 2026)) + pick(["", "!", "#"])


def token(n, chars=ALNUM):
    return rand(chars, n)


def ipv4(private=None):
    if private is None:
        private = rng.random() < 0.6
    if private:
        return pick([f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
                     f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
                     f"192.168.{rng.randint(0, 255)}.{rng.randint(1, 254)}"])
    return f"{pick([34, 52, 81, 91, 104, 151, 185, 203, 212])}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"


def ipv6():
    kind = rng.random()
    groups = [format(rng.randint(1, 0xffff), "x") for _ in range(8)]
    if kind < 0.35:
        return f"2001:db8:{groups[2]}:{groups[3]}::{groups[7]}"
    if kind < 0.55:
        return f"fe80::{groups[4]}:{groups[5]}:{groups[6]}:{groups[7]}"
    if kind < 0.7:
        return f"fd{format(rng.randint(0, 255), '02x')}:{groups[1]}:{groups[2]}::{groups[7]}"
    if kind < 0.85:
        return f"::ffff:{ipv4(False)}"
    return ":".join(["2a02", groups[1], groups[2], groups[3], groups[4], groups[5], groups[6], groups[7]])


def mac_octets():
    first = rng.randrange(0, 256) & 0xFC  # unicast, globally administered
    if first == 0:
        first = 0x3C
    return [first] + [rng.randrange(256) for _ in range(5)]


def mac(style=None):
    o = mac_octets()
    style = style or pick(["colon", "COLON", "dash", "cisco", "colon"])
    if style == "colon":
        return ":".join(f"{b:02x}" for b in o)
    if style == "COLON":
        return ":".join(f"{b:02X}" for b in o)
    if style == "dash":
        return "-".join(f"{b:02X}" for b in o)
    if style == "cisco":
        h = "".join(f"{b:02x}" for b in o)
        return f"{h[0:4]}.{h[4:8]}.{h[8:12]}"
    return "".join(f"{b:02x}" for b in o)


def phone():
    d = lambda n: "".join(str(rng.randint(0, 9)) for _ in range(n))
    area = str(rng.randint(201, 989))
    return pick([
        f"({area}) 555-{d(4)}", f"{area}-555-{d(4)}", f"+1 {area} 555 {d(4)}", f"+1{area}555{d(4)}", f"{area}.555.{d(4)}",
        f"+44 20 7946 {d(4)}", f"020 7946 {d(4)}", f"+44 7700 900{d(3)}", f"07700 900{d(3)}",
        f"+49 30 {d(8)}", f"030 {d(8)}", f"+49 151 {d(8)}", f"0151 {d(8)}",
        f"+33 1 {d(2)} {d(2)} {d(2)} {d(2)}", f"06 {d(2)} {d(2)} {d(2)} {d(2)}",
        f"+91 98{d(3)} {d(5)}", f"+91-98{d(8)}",
        f"+55 11 9{d(4)}-{d(4)}", f"(11) 9{d(4)}-{d(4)}",
        f"+81 3-{d(4)}-{d(4)}", f"090-{d(4)}-{d(4)}",
        f"+61 2 {d(4)} {d(4)}", f"04{d(2)} {d(3)} {d(3)}",
        f"+34 6{d(2)} {d(2)} {d(2)} {d(2)}", f"+31 6 {d(8)}", f"+39 02 {d(4)} {d(4)}", f"+52 55 {d(4)} {d(4)}",
        f"+48 5{d(2)} {d(3)} {d(3)}", f"+353 87 {d(3)} {d(4)}",
    ])


def luhn_complete(prefix, length):
    digits = [int(c) for c in prefix] + [rng.randint(0, 9) for _ in range(length - len(prefix) - 1)]
    total = 0
    for i, dgt in enumerate(reversed(digits)):
        if i % 2 == 0:
            dgt *= 2
            if dgt > 9:
                dgt -= 9
        total += dgt
    return "".join(map(str, digits)) + str((10 - total % 10) % 10)


def luhn_ok(number):
    total = 0
    for i, c in enumerate(reversed(number)):
        dgt = int(c)
        if i % 2 == 1:
            dgt *= 2
            if dgt > 9:
                dgt -= 9
        total += dgt
    return total % 10 == 0


def card(group=None):
    prefix, length = pick([("4", 16), ("51", 16), ("55", 16), ("2221", 16), ("2720", 16), ("34", 15), ("37", 15),
                           ("6011", 16), ("65", 16), ("3528", 16), ("3589", 16), ("36", 14), ("62", 16), ("62", 19)])
    number = luhn_complete(prefix, length)
    group = group if group is not None else pick(["", " ", "-", " "])
    if not group:
        return number
    if length == 15:
        return group.join([number[:4], number[4:10], number[10:]])
    if length == 14:
        return group.join([number[:4], number[4:10], number[10:]])
    return group.join(number[i:i + 4] for i in range(0, length, 4))


IBAN_SPECS = {"DE": "8n10n", "FR": "5n5n11c2n", "GB": "4a6n8n", "ES": "4n4n2n10n", "IT": "1a5n5n12c", "NL": "4a10n",
              "BE": "3n7n2n", "PL": "8n16n", "CH": "5n12c", "AT": "5n11n", "SE": "3n16n1n", "PT": "4n4n11n2n",
              "IE": "4a6n8n", "DK": "4n9n1n", "NO": "4n6n1n", "FI": "3n11n", "LU": "3n13c", "CZ": "4n6n10n"}


def iban_check(country, bban):
    s = bban + country + "00"
    n = int("".join(str(int(c, 36)) for c in s))
    return f"{98 - n % 97:02d}"


def bban_for(spec):
    out, num = [], ""
    for ch in spec:
        if ch.isdigit():
            num += ch
            continue
        n, num = int(num), ""
        pool = {"n": string.digits, "a": string.ascii_uppercase, "c": string.ascii_uppercase + string.digits}[ch]
        out.append(rand(pool, n))
    return "".join(out)


def iban(grouped=None):
    country = pick(sorted(IBAN_SPECS))
    bban = bban_for(IBAN_SPECS[country])
    value = country + iban_check(country, bban) + bban
    if grouped if grouped is not None else rng.random() < 0.5:
        value = " ".join(value[i:i + 4] for i in range(0, len(value), 4))
    return value


def ssn(sep=None):
    area = rng.randint(1, 899)
    while area == 666:
        area = rng.randint(1, 899)
    g, s = rng.randint(1, 99), rng.randint(1, 9999)
    sep = sep if sep is not None else pick(["-", "-", " "])
    return f"{area:03d}{sep}{g:02d}{sep}{s:04d}"


def aws_key_id():
    return pick(["AKIA", "ASIA"]) + rand(string.ascii_uppercase + "234567", 16)


def aws_secret():
    return rand(ALNUM + "/+", 40)


def b64url(data):
    return base64.urlsafe_b64encode(data.encode()).decode().rstrip("=")


def jwt():
    header = b64url(json.dumps({"alg": pick(["HS256", "RS256", "ES256"]), "typ": "JWT"}, separators=(",", ":")))
    payload = b64url(json.dumps({"sub": str(rng.randint(1000, 99999)), "iss": "https://auth." + pick(DOMAINS),
                                 "exp": rng.randint(1700000000, 1800000000), "scope": pick(["read", "write admin"])},
                                separators=(",", ":")))
    return f"{header}.{payload}.{token(43, B64URL)}"


def pem(kind=None, escaped=False, indent=""):
    kind = kind or pick(["RSA PRIVATE KEY", "PRIVATE KEY", "EC PRIVATE KEY", "OPENSSH PRIVATE KEY", "ENCRYPTED PRIVATE KEY"])
    lines = [f"-----BEGIN {kind}-----"]
    if kind == "OPENSSH PRIVATE KEY":
        lines.append("b3BlbnNzaC1rZXktdjEAAAAA" + token(46, B64))
    for _ in range(rng.randint(4, 9)):
        lines.append(token(64, B64))
    lines.append(token(rng.randint(10, 60), B64) + "==")
    lines.append(f"-----END {kind}-----")
    sep = "\\n" if escaped else "\n" + indent
    return sep.join(lines)


def github_token():
    return pick(["ghp_", "gho_", "ghu_", "ghs_", "ghr_"]) + token(36) if rng.random() < 0.75 else \
        "github_pat_" + token(22) + "_" + token(59)


def slack_token():
    return pick(["xoxb-", "xoxp-"]) + f"{rng.randint(10**10, 10**12)}-{rng.randint(10**10, 10**12)}-" + token(24) \
        if rng.random() < 0.8 else f"xapp-1-A{token(10, string.ascii_uppercase + string.digits)}-{rng.randint(10**12, 10**13)}-{token(64, HEX)}"


def slack_webhook():
    return (f"https://hooks.slack.com/services/T{token(8, string.ascii_uppercase + string.digits)}"
            f"/B{token(10, string.ascii_uppercase + string.digits)}/{token(24)}")


def vendor_key():
    """Vendor-prefixed keys: the prefix names the vendor, the rest is random."""
    return pick([
        lambda: "sk_live_" + token(rng.choice([24, 99])), lambda: "rk_live_" + token(24), lambda: "whsec_" + token(32),
        lambda: "glpat-" + token(20, B64URL), lambda: "AIza" + token(35, B64URL), lambda: "npm_" + token(36),
        lambda: "SG." + token(22, B64URL) + "." + token(43, B64URL), lambda: "sk-proj-" + token(48, B64URL),
        lambda: "sk-ant-api03-" + token(93, B64URL) + "AA", lambda: "hvs." + token(90, B64URL),
        lambda: "dop_v1_" + token(64, HEX), lambda: "shpat_" + token(32, HEX), lambda: "hf_" + token(34),
        lambda: "pypi-AgEIcHlwaS5vcmc" + token(60, B64URL), lambda: "dckr_pat_" + token(27, B64URL),
        lambda: "glsa_" + token(32) + "_" + token(8, HEX), lambda: "NRAK-" + token(27, string.ascii_uppercase + string.digits),
        lambda: "sntrys_" + token(80, B64URL), lambda: "lin_api_" + token(40), lambda: "PMAK-" + token(24, HEX) + "-" + token(34, HEX),
        lambda: "dapi" + token(32, HEX), lambda: "ATATT3xFfGF0" + token(180, B64URL) + "=" + token(8, string.ascii_uppercase + string.digits),
        lambda: "glrt-" + token(20, B64URL), lambda: "xkeysib-" + token(64, HEX) + "-" + token(16),
    ])()


def vendor_type(value):
    """Stripe's webhook signing secret is labelled GENERIC_SECRET, as bench/privacy/families labels it; other vendor keys API_KEY."""
    return "GENERIC_SECRET" if value.startswith("whsec_") else "API_KEY"


def basic_b64(user=None, pw=None):
    return base64.b64encode(f"{user or pick(['deploy', 'ci', 'grafana', 'admin', 'scraper'])}:{pw or password()}".encode()).decode()


def user():
    return pick(["deploy", "ci-bot", "app", "svc_orders", "admin", "root", "backup", "jenkins", "reporting", "etl"])


def host():
    return pick(HOSTS)


def ts():
    return f"2026-{rng.randint(1, 11):02d}-{rng.randint(1, 28):02d}T{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}.{rng.randint(0, 999):03d}Z"


def uuid():
    h = token(32, HEX)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-a{h[17:20]}-{h[20:]}"


def sha(n=40):
    return token(n, HEX)


def jesc(s, depth):
    """A string as it appears after being JSON-encoded `depth` times inside string values."""
    for _ in range(depth):
        s = json.dumps(s)[1:-1]
    return s


def urlenc(s):
    safe = ALNUM + "-_.~"
    return "".join(c if c in safe else "%%%02X" % ord(c) for c in s)


# ---------------------------------------------------------------- positives: secrets on command lines
def cli_docker_login():
    pw = password()
    reg = pick(["registry.gitlab.com", "ghcr.io", "123456789012.dkr.ecr.eu-west-1.amazonaws.com", "harbor.internal", "docker.io"])
    form = rng.randint(0, 2)
    if form == 0:
        return record("synthetic/shell-history", f"  {rng.randint(100, 999)}  docker login -u {user()} -p ", E("GENERIC_SECRET", pw), f" {reg}\n",
                      "WARNING! Using --password via the CLI is insecure. Use --password-stdin.\nLogin Succeeded")
    if form == 1:
        return record("synthetic/ci-log/gitlab", "$ docker login --username gitlab-ci-token --password ", E("GENERIC_SECRET", pw), f" {reg}\n",
                      "Login Succeeded\n$ docker build -t app:latest .")
    return record("synthetic/ci-log/jenkins", f"[Pipeline] sh\n+ docker login -u {user()} --password=", E("GENERIC_SECRET", pw), f" {reg}\nLogin Succeeded")


def cli_mysql():
    pw = password("random")
    ip = ipv4()
    form = rng.randint(0, 3)
    if form == 0:
        return record("synthetic/shell-history", "mysqldump -h ", E("IPV4", ip), " -uroot -p", E("GENERIC_SECRET", pw), " --single-transaction orders > orders.sql")
    if form == 1:
        return record("synthetic/shell-history", f"$ mysql -u {user()} -p", E("GENERIC_SECRET", pw), f" -h {host()} -e 'SHOW SLAVE STATUS\\G'")
    if form == 2:
        return record("synthetic/k8s/exec", f"kubectl exec -it mysql-0 -n data -- mysql -uroot --password=", E("GENERIC_SECRET", pw), " -e 'select 1'\n",
                      "mysql: [Warning] Using a password on the command line interface can be insecure.")
    return record("synthetic/cron", f"0 3 * * * /usr/bin/mysqladmin -u root -p'", E("GENERIC_SECRET", pw), "' flush-logs >> /var/log/mysql-cron.log 2>&1")


def cli_sshpass():
    pw = password()
    ip = ipv4()
    if rng.random() < 0.5:
        return record("synthetic/shell-history", "sshpass -p '", E("GENERIC_SECRET", pw), "' ssh -o StrictHostKeyChecking=no ops@", E("IPV4", ip), " 'sudo systemctl restart nginx'")
    return record("synthetic/ansible", f"[web]\n", E("IPV4", ip), " ansible_user=deploy ansible_ssh_pass=", E("GENERIC_SECRET", pw),
                  " ansible_become_pass=", E("GENERIC_SECRET", password()), "\n")


def cli_pgpassword():
    pw = password()
    if rng.random() < 0.5:
        return record("synthetic/shell-history", "PGPASSWORD=", E("GENERIC_SECRET", pw), f" psql -h {host()} -U {user()} -d orders -c 'select count(*) from jobs'")
    return record("synthetic/ci-log/github-actions", "Run export PGPASSWORD='", E("GENERIC_SECRET", pw), "'\n  export PGPASSWORD='", E("GENERIC_SECRET", pw),
                  "'\n  pg_dump -h db -U postgres app > dump.sql\n  shell: /usr/bin/bash -e {0}")


def cli_redis():
    pw = password()
    if rng.random() < 0.5:
        return record("synthetic/shell-history", f"redis-cli -h {host()} -p 6380 --tls --pass ", E("GENERIC_SECRET", pw), " INFO replication")
    return record("synthetic/redis-conf", "# redis.conf (prod)\nbind 0.0.0.0\nport 6379\nrequirepass ", E("GENERIC_SECRET", pw), "\nmasterauth ", E("GENERIC_SECRET", pw), "\nmaxmemory 4gb")


def cli_various():
    pw = password()
    form = rng.randint(0, 13)
    if form == 0:
        return record("synthetic/shell-history", "az login --service-principal -u ", uuid(), " -p ", E("GENERIC_SECRET", pw), " --tenant ", uuid())
    if form == 1:
        return record("synthetic/shell-history", "openssl pkcs12 -export -in tls.crt -inkey tls.key -out bundle.p12 -passout pass:", E("GENERIC_SECRET", pw))
    if form == 2:
        return record("synthetic/shell-history", "keytool -importkeystore -srckeystore bundle.p12 -srcstoretype PKCS12 -srcstorepass ", E("GENERIC_SECRET", pw),
                      " -deststorepass ", E("GENERIC_SECRET", password()), " -destkeystore app.jks")
    if form == 3:
        return record("synthetic/shell-history", "ldapsearch -x -H ldaps://ldap.corp.local -D 'cn=admin,dc=corp,dc=local' -w ", E("GENERIC_SECRET", pw), " -b 'ou=people,dc=corp,dc=local' uid=jdoe")
    if form == 4:
        return record("synthetic/shell-history", "sqlcmd -S tcp:sql-prod-01,1433 -U sa -P '", E("GENERIC_SECRET", pw), "' -Q \"SELECT @@VERSION\"")
    if form == 5:
        return record("synthetic/shell-history", "rabbitmqctl add_user orders_app '", E("GENERIC_SECRET", pw), "' && rabbitmqctl set_permissions -p / orders_app '.*' '.*' '.*'")
    if form == 6:
        return record("synthetic/shell-history", f"htpasswd -b -c /etc/nginx/.htpasswd {user()} ", E("GENERIC_SECRET", pw))
    if form == 7:
        return record("synthetic/shell-history", f"helm repo add internal https://charts.{pick(DOMAINS)} --username {user()} --password ", E("GENERIC_SECRET", pw))
    if form == 8:
        return record("synthetic/shell-history", "kubectl create secret generic orders-db --from-literal=username=orders --from-literal=password=", E("GENERIC_SECRET", pw), " -n prod")
    if form == 9:
        return record("synthetic/shell-history", "kubectl create secret docker-registry regcred --docker-server=ghcr.io --docker-username=ci --docker-password=",
                      E("GENERIC_SECRET", pw), " --docker-email=", E("EMAIL", email()))
    if form == 10:
        return record("synthetic/shell-history", "terraform apply -var 'db_password=", E("GENERIC_SECRET", pw), "' -var 'env=prod' -auto-approve")
    if form == 11:
        return record("synthetic/shell-history", "ansible-playbook site.yml -i inventory/prod --extra-vars \"mysql_root_password=", E("GENERIC_SECRET", pw), " deploy_version=2.14.1\"")
    if form == 12:
        return record("synthetic/shell-history", "smbclient //fileserver/backups -U 'CORP\\svc_backup%", E("GENERIC_SECRET", pw), "' -c 'ls'")
    return record("synthetic/shell-history", "wget --user=", user(), " --password=", E("GENERIC_SECRET", pw), f" https://artifacts.{pick(DOMAINS)}/releases/app-2.3.1.tar.gz")


def cli_more():
    pw = password()
    form = rng.randint(0, 9)
    if form == 0:
        return record("synthetic/shell-history", "docker run -d --name pg -e POSTGRES_USER=app -e POSTGRES_PASSWORD=", E("GENERIC_SECRET", pw), " -p 5432:5432 postgres:16.1")
    if form == 1:
        return record("synthetic/shell-history", "java -jar orders-service.jar --spring.datasource.url=jdbc:postgresql://db:5432/orders --spring.datasource.password=", E("GENERIC_SECRET", pw))
    if form == 2:
        return record("synthetic/shell-history", "influx setup --org sre --bucket metrics --username admin --password ", E("GENERIC_SECRET", pw), " --force")
    if form == 3:
        return record("synthetic/shell-history", "mongosh --host ", host(), " -u admin -p '", E("GENERIC_SECRET", pw), "' --authenticationDatabase admin --eval 'rs.status()'")
    if form == 4:
        return record("synthetic/shell-history", "7z x backup-2026-11-30.7z -p", E("GENERIC_SECRET", pw), " -o/restore")
    if form == 5:
        return record("synthetic/shell-history", "nmcli dev wifi connect \"OPS-LAB\" password '", E("GENERIC_SECRET", pw), "'")
    if form == 6:
        return record("synthetic/shell-history", "http -a ", E("BASIC_AUTH", f"{user()}:{pw}"), f" POST https://api.{pick(DOMAINS)}/v2/deploy ref=main")
    if form == 7:
        return record("synthetic/shell-history", f"curl -sS -u ", E("BASIC_AUTH", f"{user()}:{pw}"), f" https://nexus.{pick(DOMAINS)}/service/rest/v1/repositories")
    if form == 8:
        return record("synthetic/shell-history", "aws configure set aws_secret_access_key ", E("AWS_SECRET_KEY", aws_secret()), " --profile prod")
    return record("synthetic/shell-history", "echo '", E("GENERIC_SECRET", pw), "' | docker login -u deploy --password-stdin ghcr.io")


# ---------------------------------------------------------------- positives: config files in many key spellings
SECRET_KEYS = ["password", "passwd", "pwd", "pass", "db_pass", "DB_PASS", "dbPassword", "admin_password", "root_password",
               "MYSQL_ROOT_PASSWORD", "POSTGRES_PASSWORD", "REDIS_PASSWORD", "client_secret", "clientSecret", "app_secret",
               "SECRET_KEY", "secret_key", "api_key", "apiKey", "api-key", "apikey", "auth_token", "authToken", "access_token",
               "private_token", "passphrase", "encryption_key", "signing_key", "webhook_secret", "master_key", "smtp_password",
               "SMTP_PASS", "bind_password", "sasl.jaas.password", "ssl.keystore.password", "ldap_bind_pw", "DJANGO_SECRET_KEY",
               "JWT_SECRET", "session_secret", "cookie_secret", "AUTH0_CLIENT_SECRET", "RABBITMQ_DEFAULT_PASS", "mail_pass",
               "consumer_secret", "hmac_key", "db-password", "PASSWORD", "Password", "secret", "token"]


def secret_type(key):
    """The shared corpus labels access/refresh token values as bearer tokens, other key-named values as generic secrets."""
    return "BEARER_TOKEN" if key.lower() in ("access_token", "refresh_token") else "GENERIC_SECRET"


def secret_value(key):
    k = key.lower()
    if any(w in k for w in ("token", "api", "hmac", "secret_key", "signing", "encryption", "master", "cookie", "session", "consumer", "client")):
        return pick([token(rng.randint(32, 48)), token(40, HEX), token(32, B64URL), password("random")])
    return password()


def config_env():
    lines, parts = rng.sample(SECRET_KEYS, 3), ["# .env.production\nNODE_ENV=production\nPORT=8080\n"]
    for key in lines:
        k = key.upper().replace("-", "_").replace(".", "_")
        parts += [f"{k}=", E(secret_type(k), secret_value(k)), "\n"]
    parts.append("LOG_LEVEL=info\n")
    return record("synthetic/dotenv", *parts)


def config_yaml():
    key1, key2 = rng.sample(SECRET_KEYS, 2)
    return record("synthetic/config/yaml", "database:\n  host: ", host(), "\n  port: 5432\n  user: orders\n  ", key1, ": ", E(secret_type(key1), secret_value(key1)),
                  "\n  pool_size: 20\nintegrations:\n  vendor:\n    ", key2, ": \"", E(secret_type(key2), secret_value(key2)), "\"\n    timeout: 30s\n")


def config_json():
    key = pick(SECRET_KEYS)
    return record("synthetic/config/json", '{\n  "service": "billing",\n  "upstream": {"url": "https://api.', pick(DOMAINS), '/v1", "', key, '": "',
                  E(secret_type(key), secret_value(key)), '", "retries": 3},\n  "metrics": {"port": 9102}\n}')


def config_toml_ini():
    key = pick(SECRET_KEYS)
    if rng.random() < 0.5:
        return record("synthetic/config/toml", "[database]\nurl = \"", host(), "\"\nuser = \"reporting\"\n", key, " = \"", E(secret_type(key), secret_value(key)), "\"\nmax_connections = 12\n")
    return record("synthetic/config/ini", "[smtp]\nserver = smtp.", pick(DOMAINS), "\nport = 587\nusername = ", E("EMAIL", email()), "\n", key, " = ",
                  E(secret_type(key), secret_value(key)), "\nuse_tls = true\n")


def config_properties_xml():
    key = pick(["password", "secret", "token", "apiKey", "clientSecret"])
    if rng.random() < 0.5:
        return record("synthetic/config/properties", "spring.kafka.bootstrap-servers=kafka-0:9092\nspring.kafka.properties.sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username=\"orders\" password=\"",
                      E("GENERIC_SECRET", password()), "\";\napp.payments.", key, "=", E("GENERIC_SECRET", secret_value(key)), "\n")
    return record("synthetic/config/xml", "<configuration>\n  <appSettings>\n    <add key=\"Smtp", key.capitalize(), "\" value=\"", E("GENERIC_SECRET", secret_value(key)),
                  "\" />\n    <add key=\"RetryCount\" value=\"5\" />\n  </appSettings>\n</configuration>")


def config_compose():
    pw, pw2 = password(), password()
    return record("synthetic/docker-compose", "services:\n  db:\n    image: postgres:16.1\n    environment:\n      - POSTGRES_USER=app\n      - POSTGRES_PASSWORD=", E("GENERIC_SECRET", pw),
                  "\n  api:\n    image: ghcr.io/acme/api:2.4.0\n    environment:\n      DATABASE_URL: postgres://", E("CONNECTION_STRING", f"app:{pw}"), "@db:5432/app\n      REDIS_PASSWORD: ", E("GENERIC_SECRET", pw2),
                  "\n    ports:\n      - \"8080:8080\"\n")


def config_k8s_secret():
    pw = password()
    b64 = base64.b64encode(pw.encode()).decode()
    if rng.random() < 0.5:
        return record("synthetic/k8s/manifest", "apiVersion: v1\nkind: Secret\nmetadata:\n  name: orders-db\n  namespace: prod\ntype: Opaque\ndata:\n  username: b3JkZXJz\n  password: ", E("GENERIC_SECRET", b64), "\n")
    return record("synthetic/k8s/manifest", "apiVersion: v1\nkind: Secret\nmetadata:\n  name: smtp-relay\nstringData:\n  SMTP_USER: ", E("EMAIL", email()), "\n  SMTP_PASSWORD: ", E("GENERIC_SECRET", pw), "\n")


def config_k8s_describe_env():
    pw = password()
    return record("synthetic/k8s/describe", "Containers:\n  api:\n    Image:          ghcr.io/acme/api:2.4.0\n    Port:           8080/TCP\n    Environment:\n      SPRING_PROFILES_ACTIVE:  prod\n      DB_HOST:                 ",
                  host(), "\n      DB_PASS:                 ", E("GENERIC_SECRET", pw), "\n      DB_USER:                 <set to the key 'username' in secret 'orders-db'>  Optional: false\n",
                  "Events:\n  Normal  Pulled  12s  kubelet  Container image \"ghcr.io/acme/api:2.4.0\" already present on machine")


def config_terraform():
    if rng.random() < 0.5:
        return record("synthetic/terraform", "provider \"aws\" {\n  region     = \"eu-west-1\"\n  access_key = \"", E("AWS_ACCESS_KEY", aws_key_id()), "\"\n  secret_key = \"",
                      E("AWS_SECRET_KEY", aws_secret()), "\"\n}\n")
    return record("synthetic/terraform", "resource \"aws_db_instance\" \"orders\" {\n  engine         = \"postgres\"\n  instance_class = \"db.r6g.large\"\n  username       = \"orders\"\n  password       = \"",
                  E("GENERIC_SECRET", password()), "\"\n  skip_final_snapshot = true\n}\n")


def config_ansible():
    return record("synthetic/ansible", "- name: create app database user\n  community.mysql.mysql_user:\n    name: orders\n    password: \"", E("GENERIC_SECRET", password()),
                  "\"\n    priv: 'orders.*:ALL'\n    login_user: root\n    login_password: ", E("GENERIC_SECRET", password()), "\n")


def config_nginx_haproxy():
    form = rng.randint(0, 2)
    if form == 0:
        return record("synthetic/nginx-conf", "location /upstream/ {\n    proxy_pass http://", E("IPV4", ipv4(True)), ":8080;\n    proxy_set_header Authorization \"Basic ", E("BASIC_AUTH", basic_b64()),
                      "\";\n    proxy_set_header X-Real-IP $remote_addr;\n}")
    if form == 1:
        return record("synthetic/haproxy-cfg", "listen stats\n    bind *:8404\n    stats enable\n    stats uri /stats\n    stats auth admin:", E("GENERIC_SECRET", password()),
                      "\n\nbackend api\n    server api1 ", E("IPV4", ipv4(True)), ":8080 check\n")
    return record("synthetic/nginx-conf", "location /api/ {\n    proxy_pass https://partner.", pick(DOMAINS), ";\n    proxy_set_header X-Api-Key ", E("GENERIC_SECRET", token(32, HEX)), ";\n}")


def config_sql():
    pw = password()
    form = rng.randint(0, 3)
    stmt = ["CREATE USER reporting WITH PASSWORD '", "ALTER USER app_rw IDENTIFIED BY '", "SET PASSWORD FOR 'etl'@'%' = '", "ALTER ROLE analytics WITH LOGIN PASSWORD '"][form]
    return record("synthetic/sql", f"-- {ts()} migration 0042\n", stmt, E("GENERIC_SECRET", pw), "';\nGRANT SELECT ON ALL TABLES IN SCHEMA public TO reporting;")


# ---------------------------------------------------------------- positives: connection strings and URLs
def conn_uri():
    pw = password(url_safe=True)
    scheme = pick(["postgres", "postgresql", "mysql", "mongodb", "mongodb+srv", "redis", "rediss", "amqp", "amqps"])
    u = user()
    userinfo = f"{u}:{pw}" if not scheme.startswith("redis") or rng.random() < 0.5 else f":{pw}"
    label = userinfo if not userinfo.startswith(":") else pw
    pre = userinfo[:1] if userinfo.startswith(":") else ""
    form = rng.randint(0, 2)
    if form == 0:
        return record("synthetic/app-log/json", '{"ts":"', ts(), '","level":"error","msg":"connect failed","url":"', scheme, "://", pre, E("CONNECTION_STRING", label), "@", host(), '/app","err":"timeout"}')
    if form == 1:
        return record("synthetic/python-traceback", "Traceback (most recent call last):\n  File \"/app/worker.py\", line 41, in <module>\n    engine = create_engine(\"", scheme, "://", pre, E("CONNECTION_STRING", label),
                      "@", host(), "/app\")\nsqlalchemy.exc.OperationalError: could not connect to server: Connection refused")
    return record("synthetic/shell-history", "psql \"", scheme, "://", pre, E("CONNECTION_STRING", label), "@", host(), "/app?sslmode=require\"")


def conn_changeme():
    """Default-looking passwords inside connection strings are still secrets."""
    pw = pick(["changeme", "password", "postgres", "admin", "secret", "test123", "guest"])
    scheme = pick(["postgres", "mysql", "amqp", "mongodb"])
    return record("synthetic/app-log/logfmt", f"time={ts()} level=warn msg=\"using fallback dsn\" dsn={scheme}://", E("CONNECTION_STRING", f"app:{pw}"), f"@{host()}/app retry=3")


def conn_kv():
    pw = password()
    form = rng.randint(0, 3)
    if form == 0:
        return record("synthetic/dotnet-exception", "System.InvalidOperationException: Connection failed. ConnectionString: Server=tcp:sql-prod.database.windows.net,1433;Initial Catalog=Orders;User ID=orders_svc;Password=",
                      E("CONNECTION_STRING", pw), ";Encrypt=True;\n   at Microsoft.Data.SqlClient.SqlConnection.Open()")
    if form == 1:
        return record("synthetic/java-stacktrace", "org.postgresql.util.PSQLException: FATAL: too many connections\n\tat org.postgresql.Driver.connect(Driver.java:283)\nCaused by: url=jdbc:postgresql://",
                      host(), ":5432/orders?user=orders&password=", E("CONNECTION_STRING", pw), "&ssl=true")
    if form == 2:
        return record("synthetic/config/json", '{"ConnectionStrings": {"Default": "Host=', host(), ';Port=5432;Database=app;Username=app;Pwd=', E("CONNECTION_STRING", pw), ';Pooling=true"}}')
    return record("synthetic/dotenv", "AZURE_STORAGE_CONNECTION_STRING=DefaultEndpointsProtocol=https;AccountName=acmeprodlogs;AccountKey=", E("CONNECTION_STRING", token(86, B64) + "=="), ";EndpointSuffix=core.windows.net")


def url_creds():
    pw = password(url_safe=True)
    form = rng.randint(0, 3)
    if form == 0:
        return record("synthetic/shell-history", "git clone https://", E("URL_CREDENTIALS", f"{user()}:{pw}"), f"@git.{pick(DOMAINS)}/platform/infra.git")
    if form == 1:
        return record("synthetic/dotenv", "HTTP_PROXY=http://", E("URL_CREDENTIALS", f"proxy:{pw}"), "@", E("IPV4", ipv4(True)), ":3128\nNO_PROXY=localhost,127.0.0.1,.svc")
    if form == 2:
        return record("synthetic/pip-conf", "[global]\nextra-index-url = https://", E("URL_CREDENTIALS", f"{user()}:{pw}"), f"@pypi.{pick(DOMAINS)}/simple/\n")
    return record("synthetic/ci-log/github-actions", "Run curl -fsSL ftp://", E("URL_CREDENTIALS", f"{user()}:{pw}"), "@ftp.", pick(DOMAINS), "/pub/app.tar.gz -o app.tar.gz")


def url_encoded_secret():
    pw = password("random") + pick(["@", "!", "#", "%", "&"]) + token(3)
    enc = urlenc(pw)
    ip = ipv4(False)
    form = rng.randint(0, 2)
    if form == 0:
        return record("synthetic/nginx-access", "", E("IPV4", ip), f" - - [05/Dec/2026:10:{rng.randint(10, 59)}:01 +0000] \"GET /login?user=jdoe&password=", E("GENERIC_SECRET", enc), " HTTP/1.1\" 302 0 \"-\" \"curl/8.4.0\"")
    if form == 1:
        return record("synthetic/http-dump", "POST /oauth/token HTTP/1.1\nHost: auth.", pick(DOMAINS), "\nContent-Type: application/x-www-form-urlencoded\n\ngrant_type=client_credentials&client_id=orders-api&client_secret=",
                      E("GENERIC_SECRET", urlenc(token(24) + "+/=" + token(6))), "&scope=read")
    return record("synthetic/app-log/logfmt", f"ts={ts()} level=debug msg=\"upstream request\" url=\"https://api.{pick(DOMAINS)}/v1/report?api_key=", E("GENERIC_SECRET", token(32, HEX)),
                  "&email=", E("EMAIL", urlenc(email()).replace("%2E", ".")), "\"")


# ---------------------------------------------------------------- positives: escaped JSON at several depths
def escaped_json():
    depth = pick([1, 1, 2, 3])
    key = pick(["password", "db_pass", "client_secret", "apiKey", "token", "secret"])
    val = password("random") if "pass" in key else token(32)
    q = jesc('"', depth)
    form = rng.randint(0, 2)
    if form == 0 and depth == 1:
        inner = ["{", q, "level", q, ":", q, "info", q, ",", q, "msg", q, ":", q, "login ok", q, ",", q, key, q, ":", q]
        return record("synthetic/docker-json-file", '{"log":"', *inner, E("GENERIC_SECRET", val), q, "}\\n\",\"stream\":\"stdout\",\"time\":\"", ts(), '"}')
    if form == 1:
        return record("synthetic/app-log/json", '{"ts":"', ts(), '","msg":"request body","body":"', "{", q, "user", q, ":", q, "svc", q, ",", q, key, q, ":", q,
                      E("GENERIC_SECRET", val), q, "}", '"}')
    inner = jesc('{"' + key + '":"', depth)
    tail = jesc('"}', depth)
    return record("synthetic/fluentd", f"{ts()} kube.var.log.containers.api: ", '{"log":"', inner, E("GENERIC_SECRET", val), tail, '"}')


def escaped_json_pem():
    key = pem(pick(["PRIVATE KEY", "RSA PRIVATE KEY"]), escaped=True)
    return record("synthetic/gcp-service-account", '{\n  "type": "service_account",\n  "project_id": "acme-prod-3321",\n  "private_key_id": "', sha(40),
                  '",\n  "private_key": "', E("PRIVATE_KEY", key), '\\n",\n  "client_email": "', E("EMAIL", "deployer@acme-prod-3321.iam.gserviceaccount.com"), '"\n}')


# ---------------------------------------------------------------- positives: vendor tokens, headers, webhooks, keys
def vendor_tokens():
    form = rng.randint(0, 9)
    if form == 0:
        return record("synthetic/shell-history", "export AWS_ACCESS_KEY_ID=", E("AWS_ACCESS_KEY", aws_key_id()), "\nexport AWS_SECRET_ACCESS_KEY=", E("AWS_SECRET_KEY", aws_secret()),
                      "\naws s3 ls s3://acme-prod-artifacts/")
    if form == 1:
        return record("synthetic/aws-credentials", "[prod]\naws_access_key_id = ", E("AWS_ACCESS_KEY", aws_key_id()), "\naws_secret_access_key = ", E("AWS_SECRET_KEY", aws_secret()), "\nregion = us-east-2\n")
    if form == 2:
        return record("synthetic/ci-log/github-actions", "Run gh auth login --with-token <<< \"", E("GITHUB_TOKEN", github_token()), "\"\n  gh release create v2.4.1 --generate-notes")
    if form == 3:
        return record("synthetic/npmrc", "registry=https://registry.npmjs.org/\n//registry.npmjs.org/:_authToken=", E("API_KEY", "npm_" + token(36)), "\nalways-auth=true\n")
    if form == 4:
        return record("synthetic/app-log/plain", f"{ts()} INFO  notifier - posting alert to ", E("SLACK_TOKEN", slack_webhook()), " (channel #ops-alerts)")
    if form == 5:
        return record("synthetic/app-log/plain", f"{ts()} DEBUG slack.client - using bot token ", E("SLACK_TOKEN", slack_token()), " for workspace T0", token(8, string.ascii_uppercase + string.digits))
    if form == 6:
        return record("synthetic/dotenv", "STRIPE_SECRET_KEY=", E("API_KEY", "sk_live_" + token(24)), "\nSTRIPE_WEBHOOK_SECRET=", E("GENERIC_SECRET", "whsec_" + token(32)), "\nOPENAI_API_KEY=", E("API_KEY", "sk-proj-" + token(48, B64URL)), "\n")
    if form == 7:
        v = vendor_key()
        return record("synthetic/app-log/json", '{"ts":"', ts(), '","level":"debug","msg":"vendor client configured","key":"', E(vendor_type(v), v), '"}')
    if form == 8:
        v = vendor_key()
        return record("synthetic/incident-chat", f"[{rng.randint(10, 23)}:{rng.randint(10, 59)}] {pick(FIRST).lower()}: here's the key from the vault for the migration ", E(vendor_type(v), v), " — please rotate after")
    return record("synthetic/shell-history", "curl -s https://api.", pick(DOMAINS), "/v3/mail/send -H \"Authorization: Bearer ", E("API_KEY", "SG." + token(22, B64URL) + "." + token(43, B64URL)), "\" -d @mail.json")


def auth_headers():
    form = rng.randint(0, 6)
    if form == 0:
        return record("synthetic/http-dump", f"GET /v1/orders HTTP/1.1\nHost: api.{pick(DOMAINS)}\nAuthorization: Bearer ", E("JWT", jwt()), "\nAccept: application/json")
    if form == 1:
        return record("synthetic/http-dump", "GET /repos/acme/infra HTTP/1.1\nHost: api.github.com\nAuthorization: token ", E("BEARER_TOKEN", token(40, HEX)), "\nUser-Agent: deploy-bot")
    if form == 2:
        return record("synthetic/http-dump", "GET /metrics HTTP/1.1\nHost: ", E("IPV4", ipv4(True)), ":9090\nauthorization: basic ", E("BASIC_AUTH", basic_b64()), "\n")
    if form == 3:
        return record("synthetic/http-dump", f"HTTP/1.1 200 OK\nSet-Cookie: sessionid=", E("GENERIC_SECRET", token(32, string.ascii_lowercase + string.digits)), "; Path=/; HttpOnly; Secure\nContent-Length: 512")
    if form == 4:
        return record("synthetic/nginx-access", "", E("IPV4", ipv4(False)), " - - [05/Dec/2026:11:02:44 +0000] \"GET /dashboard?access_token=", E("JWT", jwt()), " HTTP/2.0\" 200 1532")
    if form == 5:
        return record("synthetic/app-log/json", '{"ts":"', ts(), '","msg":"outbound","headers":{"Authorization":"Bearer ', E("BEARER_TOKEN", token(40, B64URL)), '","X-Request-Id":"', uuid(), '"}}')
    return record("synthetic/http-dump", "POST /api/v2/events HTTP/1.1\nX-API-Key: ", E("GENERIC_SECRET", token(40)), "\nX-Request-ID: ", uuid(), "\n")


def webhooks():
    form = rng.randint(0, 2)
    if form == 0:
        return record("synthetic/config/yaml", "alertmanager:\n  receivers:\n    - name: discord\n      webhook_url: https://discord.com/api/webhooks/", str(rng.randint(10**17, 10**18)), "/",
                      E("GENERIC_SECRET", token(68, B64URL)), "\n")
    if form == 1:
        return record("synthetic/config/yaml", "notifications:\n  teams: https://acme.webhook.office.com/webhookb2/", uuid(), "@", uuid(), "/IncomingWebhook/", E("GENERIC_SECRET", token(32, HEX)), "/", uuid(), "\n")
    return record("synthetic/app-log/plain", f"{ts()} ERROR telegram - sendMessage failed: POST https://api.telegram.org/bot", E("API_KEY", f"{rng.randint(10**9, 7 * 10**9)}:AA{token(33, B64URL)}"), "/sendMessage -> 429")


def private_keys():
    form = rng.randint(0, 2)
    if form == 0:
        return record("synthetic/shell-history", "$ cat ~/.ssh/id_ed25519\n", E("PRIVATE_KEY", pem("OPENSSH PRIVATE KEY")), "\n$ ssh-add -l")
    if form == 1:
        return record("synthetic/k8s/manifest", "apiVersion: v1\nkind: Secret\nmetadata:\n  name: tls\nstringData:\n  tls.key: |\n    ", E("PRIVATE_KEY", pem(pick(["EC PRIVATE KEY", "PRIVATE KEY"]), indent="    ")), "\n")
    body = base64.b64encode(pem("RSA PRIVATE KEY").encode()).decode()
    return record("synthetic/k8s/get-yaml", "data:\n  tls.crt: LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0tCk1JSUM=\n  tls.key: ", E("PRIVATE_KEY", body), "\nkind: Secret")


def free_text_secret():
    pw = password()
    form = rng.randint(0, 4)
    if form == 0:
        return record("synthetic/incident-chat", "our db password is ", E("GENERIC_SECRET", pw), " — can you check if the replica accepts it?")
    if form == 1:
        return record("synthetic/incident-chat", f"{pick(FIRST).lower()}: the root pw on the bastion got reset to ", E("GENERIC_SECRET", pw), " yesterday, try that")
    if form == 2:
        return record("synthetic/support-ticket", "Hi team, I can't log in to Grafana since this morning. My password is ", E("GENERIC_SECRET", pw), " and it says invalid credentials. Thanks, ", E("PERSON", person()))
    if form == 3:
        return record("synthetic/incident-chat", "new api token for the staging webhook: ", E("GENERIC_SECRET", token(40)), " (expires friday)")
    return record("synthetic/incident-chat", "fyi passphrase for the backup gpg key is ", E("GENERIC_SECRET", "-".join(pick(WORDS) for _ in range(4))))


def jwt_places():
    j = jwt()
    form = rng.randint(0, 2)
    if form == 0:
        return record("synthetic/http-dump", "Cookie: _ga=GA1.2.1182734.1733400000; auth=", E("JWT", j), "; theme=dark")
    if form == 1:
        return record("synthetic/app-log/logfmt", f"time={ts()} level=warn msg=\"token expired\" token=", E("JWT", j), f" user_id={rng.randint(1000, 99999)}")
    return record("synthetic/docker-json-file", '{"log":"{\\"msg\\":\\"auth\\",\\"jwt\\":\\"', E("JWT", j), '\\"}\\n","stream":"stderr"}')


# ---------------------------------------------------------------- positives: personal data in operational text
def pii_app_logs():
    name = person()
    form = rng.randint(0, 7)
    if form == 0:
        return record("synthetic/app-log/json", '{"ts":"', ts(), '","level":"info","msg":"profile updated","user":{"name":"', E("PERSON", name), '","email":"', E("EMAIL", email(name)),
                      '","phone":"', E("PHONE", phone()), '"}}')
    if form == 1:
        return record("synthetic/app-log/logfmt", f"ts={ts()} level=info msg=\"password reset requested\" email=", E("EMAIL", email()), " ip=", E("IPV4", ipv4(False)), f" ua=\"Mozilla/5.0\"")
    if form == 2:
        return record("synthetic/support-chat", "Hi, this is ", E("PERSON", name), " from accounts payable. Please call me back on ", E("PHONE", phone()), " about invoice INV-", str(rng.randint(10000, 99999)), ".")
    if form == 3:
        return record("synthetic/java-stacktrace", "com.acme.billing.PaymentDeclinedException: card ", E("CREDIT_CARD", card()), " declined (do_not_honor) for ", E("EMAIL", email()),
                      "\n\tat com.acme.billing.Gateway.charge(Gateway.java:212)\n\tat com.acme.billing.CheckoutService.pay(CheckoutService.java:88)")
    if form == 4:
        return record("synthetic/app-log/json", '{"ts":"', ts(), '","msg":"payout account changed","iban":"', E("IBAN", iban()), '","holder":"', E("PERSON", name), '"}')
    if form == 5:
        return record("synthetic/support-ticket", "Ticket #", str(rng.randint(1000, 9999)), "\nFrom: ", E("PERSON", name), " <", E("EMAIL", email(name)), ">\nSubject: Payment failed\n\n",
                      "I paid with my card ", E("CREDIT_CARD", card(" ")), " and got charged twice. My SSN for the identity check is ", E("US_SSN", ssn()), ".\n")
    if form == 6:
        return record("synthetic/sql", "INSERT INTO customers (full_name, email, phone, ssn) VALUES ('", E("PERSON", name), "', '", E("EMAIL", email(name)), "', '", E("PHONE", phone()), "', '", E("US_SSN", ssn("-")), "');")
    return record("synthetic/app-log/json", '{"event":"kyc.submitted","applicant":{"ssn":"', E("US_SSN", ssn("")), '","dob":"1987-04-12"},"reviewer":"', E("PERSON", name), '"}')


def pii_chat():
    a, b = person(), person()
    form = rng.randint(0, 3)
    if form == 0:
        return record("synthetic/incident-chat", f"[{rng.randint(10, 23)}:{rng.randint(10, 59)}] ", E("PERSON", a), ": paging ", E("PERSON", b), " — the checkout pods are crashlooping again\n",
                      f"[{rng.randint(10, 23)}:{rng.randint(10, 59)}] ", E("PERSON", b), ": on it, looking at node ", E("IPV4", ipv4(True)))
    if form == 1:
        first = a.split(" ")[0]
        return record("synthetic/email-thread", "To: ", E("PERSON", a), " <", E("EMAIL", email(a)), ">\n\nHi ", E("PERSON", first), ",\n\nthe customer ", E("PERSON", b), " reports the export never arrives at ", E("EMAIL", email(b)), ".\n\nBest,\n", E("PERSON", person()))
    if form == 2:
        return record("synthetic/git-log", "commit ", sha(), "\nAuthor: ", E("PERSON", a), " <", E("EMAIL", email(a)), ">\nDate:   Thu Dec 3 14:02:11 2026 +0100\n\n    Fix retry storm in payment worker\n\n    Co-authored-by: ",
                      E("PERSON", b), " <", E("EMAIL", email(b)), ">")
    return record("synthetic/pagerduty", "Incident #", str(rng.randint(1000, 9999)), " acknowledged by ", E("PERSON", a), " (", E("PHONE", phone()), ")")


def pii_network():
    form = rng.randint(0, 6)
    if form == 0:
        dst, src = mac("colon"), mac("colon")
        return record("synthetic/syslog/netfilter", f"Dec  5 10:{rng.randint(10, 59)}:03 fw01 kernel: [UFW BLOCK] IN=eth0 OUT= MAC=", E("MAC", dst), ":", E("MAC", src), ":08:00 SRC=", E("IPV4", ipv4(False)),
                      " DST=", E("IPV4", ipv4(True)), " LEN=60 TOS=0x00 PREC=0x00 TTL=52 ID=54321 DF PROTO=TCP SPT=51234 DPT=22 WINDOW=64240 RES=0x00 SYN URGP=0")
    if form == 1:
        return record("synthetic/network/cisco", "switch01#show mac address-table dynamic\n          Mac Address Table\n-------------------------------------------\nVlan    Mac Address       Type        Ports\n----    -----------       --------    -----\n  10    ",
                      E("MAC", mac("cisco")), "    DYNAMIC     Gi1/0/12\n  20    ", E("MAC", mac("cisco")), "    DYNAMIC     Gi1/0/24")
    if form == 2:
        return record("synthetic/shell-output", "$ ip neigh\n", E("IPV4", ipv4(True)), " dev eth0 lladdr ", E("MAC", mac("colon")), " REACHABLE\n", E("IPV6", ipv6()), " dev eth0 lladdr ", E("MAC", mac("colon")), " STALE")
    if form == 3:
        return record("synthetic/windows", "C:\\> getmac /v\nConnection Name Network Adapter Physical Address    Transport Name\n=============== =============== =================== ====\nEthernet        Intel(R) I219-V ",
                      E("MAC", mac("dash")), "   \\Device\\Tcpip_{", uuid().upper(), "}")
    if form == 4:
        return record("synthetic/app-log/json", '{"ts":"', ts(), '","msg":"device registered","mac":"', E("MAC", mac("bare")), '","ip":"', E("IPV4", ipv4(True)), '"}')
    if form == 5:
        return record("synthetic/dhcpd", f"Dec  5 09:12:44 dhcp01 dhcpd[{rng.randint(300, 9999)}]: DHCPREQUEST for ", E("IPV4", ipv4(True)), " from ", E("MAC", mac("COLON")), " via ", E("IPV4", ipv4(True)))
    return record("synthetic/nginx-access", "", E("IPV6", ipv6()), f" - - [05/Dec/2026:11:{rng.randint(10, 59)}:44 +0000] \"GET /healthz HTTP/1.1\" 200 2 \"-\" \"kube-probe/1.29\"")


def pii_phones():
    form = rng.randint(0, 5)
    if form == 0:
        return record("synthetic/app-log/json", '{"ts":"', ts(), '","msg":"sms sent","to":"', E("PHONE", phone()), '","provider":"twilio","sid":"SM', sha(32), '"}')
    if form == 1:
        return record("synthetic/support-chat", "you can reach me on ", E("PHONE", phone()), " or my mobile ", E("PHONE", phone()), " after 6pm")
    if form == 2:
        return record("synthetic/app-log/logfmt", f"ts={ts()} level=warn msg=\"otp delivery failed\" msisdn=", E("PHONE", phone()), " carrier=unknown retries=3")
    if form == 3:
        return record("synthetic/csv", "id,name,phone,city\n", str(rng.randint(100, 999)), ",", E("PERSON", person()), ",", E("PHONE", phone()), ",Lisbon")
    if form == 4:
        return record("synthetic/pagerduty", "Escalation policy SRE-primary: L1 ", E("PERSON", person()), " ", E("PHONE", phone()), "; L2 ", E("PERSON", person()), " ", E("PHONE", phone()))
    return record("synthetic/nginx-access", "", E("IPV6", ipv6()), " - - [05/Dec/2026:11:02:44 +0000] \"GET /api/v1/callback?tel=", E("PHONE", urlenc(phone())), " HTTP/1.1\" 200 17")


def pii_payments():
    form = rng.randint(0, 3)
    if form == 0:
        return record("synthetic/app-log/plain", f"{ts()} WARN  checkout - retrying charge pan=", E("CREDIT_CARD", card("")), " amount=49.90 currency=EUR attempt=2")
    if form == 1:
        return record("synthetic/incident-chat", "customer pasted their card into the chat widget: ", E("CREDIT_CARD", card("-")), " exp 08/28 — please scrub the transcript")
    if form == 2:
        return record("synthetic/xml", "<PmtInf><Dbtr><Nm>", E("PERSON", person()), "</Nm></Dbtr><DbtrAcct><Id><IBAN>", E("IBAN", iban(False)), "</IBAN></Id></DbtrAcct></PmtInf>")
    return record("synthetic/support-ticket", "Please refund to ", E("IBAN", iban(True)), " (account holder ", E("PERSON", person()), "). SSN on file: ", E("US_SSN", ssn(" ")), ".")


# ---------------------------------------------------------------- near-misses: nothing here may be redacted
def neg_identifiers():
    form = rng.randint(0, 9)
    sid = "0x" + token(rng.choice([14, 15]), HEX)
    if form == 0:
        return record("synthetic/zookeeper", f"2026-12-05 10:12:44,120 - INFO  [SessionTracker:ZooKeeperServer@{rng.randint(300, 700)}] - Expiring session {sid}, timeout of 10000ms exceeded")
    if form == 1:
        return record("synthetic/zookeeper", f"2026-12-05 10:12:44,120 - INFO  [ProcessThread(sid:0 cport:-1)::PrepRequestProcessor@476] - Processed session termination for sessionid: {sid}")
    if form == 2:
        return record("synthetic/hadoop", f"2026-12-05 10:12:44,120 INFO [main] org.apache.hadoop.mapreduce.v2.app.MRAppMaster: Created MRAppMaster for application appattempt_{rng.randint(10**12, 10**13)}_0020_000001\n"
                      f"Executing with tokens:\nKind: YARN_AM_RM_TOKEN, Service: , Ident: (appAttemptId {{ application_id {{ id: 20 cluster_timestamp: {rng.randint(10**12, 10**13)} }} attemptId: 1 }} keyId: -{rng.randint(10**8, 10**9)})")
    if form == 3:
        return record("synthetic/android", f"12-05 10:12:44.120  1702  2395 I WindowManager: Adding window Window{{{token(7, HEX)} u0 com.android.settings/.Settings}} at 3 of 9 (token=Token{{{token(7, HEX)} ActivityRecord{{{token(7, HEX)} u0 com.android.settings/.Settings t{rng.randint(100, 999)}}}}})")
    if form == 4:
        return record("synthetic/android", f"12-05 10:12:44.131  1702  1720 V WindowManager: Removing focused app token:AppWindowToken{{{token(7, HEX)} token=Token{{{token(7, HEX)} ActivityRecord{{{token(7, HEX)} u0 com.tencent.mm/.ui.LauncherUI t{rng.randint(10, 99)}}}}}}}")
    if form == 5:
        return record("synthetic/app-log/json", '{"ts":"', ts(), '","level":"info","msg":"request done","request_id":"', uuid(), '","trace_id":"', sha(32), '","span_id":"', sha(16), '","status":200,"duration_ms":', str(rng.randint(1, 900)), "}")
    if form == 6:
        return record("synthetic/git-log", f"commit {sha()}\nMerge: {sha(7)} {sha(7)}\nDate:   Thu Dec 3 14:02:11 2026 +0100\n\n    Merge pull request #{rng.randint(100, 9999)} from release/2.14\n")
    if form == 7:
        return record("synthetic/docker", f"$ docker images\nREPOSITORY              TAG       IMAGE ID       CREATED        SIZE\nghcr.io/acme/api        2.4.0     {sha(12)}   3 days ago     212MB\n"
                      f"$ docker pull nginx@sha256:{sha(64)}")
    if form == 8:
        return record("synthetic/spark", f"26/12/05 10:12:44 INFO storage.BlockManager: Found block rdd_{rng.randint(1, 99)}_{rng.randint(1, 99)} locally\n26/12/05 10:12:44 INFO executor.Executor: Finished task 3.0 in stage 7.0 (TID {rng.randint(100, 999)}). 2347 bytes result sent to driver")
    return record("synthetic/hdfs", f"081109 203615 148 INFO dfs.DataNode$PacketResponder: PacketResponder 1 for block blk_{rng.choice(['', '-'])}{rng.randint(10**17, 10**18)} terminating")


def neg_token_words():
    form = rng.randint(0, 7)
    if form == 0:
        return record("synthetic/app-log/plain", f"{ts()} DEBUG lexer - unexpected Token{{type=IDENT, text='password', line={rng.randint(1, 300)}, col={rng.randint(1, 80)}}}")
    if form == 1:
        return record("synthetic/app-log/plain", f"{ts()} INFO  auth - token refresh scheduled in 3600s (token_ttl=3600, refresh_token_rotation=true)")
    if form == 2:
        return record("synthetic/k8s/describe", f"Name:         orders-db\nNamespace:    prod\nType:  Opaque\n\nData\n====\npassword:  {rng.randint(12, 40)} bytes\nusername:  6 bytes")
    if form == 3:
        return record("synthetic/k8s/describe", "    Environment:\n      DB_PASSWORD:  <set to the key 'password' in secret 'orders-db'>  Optional: false\n      API_TOKEN:    <set to the key 'token' in secret 'vendor'>  Optional: false")
    if form == 4:
        return record("synthetic/app-log/plain", f"{ts()} WARN  grpc - stream/token: refresh cancelled, stream_id={rng.randint(1, 999)} generation={rng.randint(1, 40)}")
    if form == 5:
        return record("synthetic/app-log/plain", f"{ts()} INFO  security - password policy: password_min_length=12 password_history=5 lockout_threshold=10 secret_rotation_days=90")
    if form == 6:
        return record("synthetic/app-log/plain", f"{ts()} ERROR auth - login failed for user 'deploy': password authentication failed (attempt {rng.randint(1, 5)} of 5)")
    return record("synthetic/app-log/json", '{"ts":"', ts(), '","msg":"token validated","token_type":"Bearer","expires_in":3600,"scope":"read:orders","kid":"', sha(16), '"}')


VARNAMES = ["REG_PASS", "DB_PASSWORD", "NEXUS_TOKEN", "API_SECRET", "SMTP_PASS", "VAULT_TOKEN", "ARTIFACTORY_API_KEY", "PG_PASS",
            "SONAR_TOKEN", "DOCKERHUB_PASSWORD"]


def neg_variable_names():
    form = rng.randint(0, 9)
    v, w = rng.sample(VARNAMES, 2)
    if form == 8:
        return record("synthetic/jenkinsfile", f"environment {{\n    {v} = credentials('{v.lower().replace('_', '-')}')\n}}\nsteps {{\n    sh 'curl -u deploy:${v} https://nexus.internal/'\n}}")
    if form == 9:
        return record("synthetic/gitlab-ci", f"deploy:\n  script:\n    - echo \"${v}\" | docker login -u \"$CI_REGISTRY_USER\" --password-stdin $CI_REGISTRY\n    - helm upgrade app ./chart --set db.password=${w}")
    if form == 0:
        return record("synthetic/jenkinsfile", "withCredentials([usernamePassword(credentialsId: 'nexus-deploy', usernameVariable: 'REG_USER', passwordVariable: '" + v + "')]) {\n    sh 'docker login -u $REG_USER -p $" + v + " nexus.internal'\n}")
    if form == 1:
        return record("synthetic/terraform", "variable \"" + v.lower() + "\" {\n  type      = string\n  sensitive = true\n}\n\nresource \"aws_db_instance\" \"main\" {\n  password = var." + v.lower() + "\n}")
    if form == 2:
        return record("synthetic/ansible", "- name: configure app\n  template:\n    src: app.conf.j2\n  vars:\n    db_password: \"{{ vault_" + v.lower() + " }}\"\n    api_key: \"{{ lookup('env', 'VENDOR_API_KEY') }}\"")
    if form == 3:
        return record("synthetic/k8s/manifest", "        env:\n          - name: DB_PASSWORD\n            valueFrom:\n              secretKeyRef:\n                name: orders-db\n                key: password\n          - name: API_TOKEN_FILE\n            value: /var/run/secrets/vendor/token\n          - name: " + w + "\n            valueFrom: {secretKeyRef: {name: vendor, key: api-key}}")
    if form == 4:
        return record("synthetic/ci-log/github-actions", "Run docker login -u ${{ secrets.REGISTRY_USER }} -p ${{ secrets." + v + " }} ghcr.io\n  docker login -u *** -p *** ghcr.io\nLogin Succeeded")
    if form == 5:
        return record("synthetic/shell-history", "export PGPASSWORD=$(cat /run/secrets/pg_password)\nmysql -u root -p$" + v + " -e 'select 1'\nredis-cli -a \"$REDIS_PASSWORD\" ping")
    if form == 6:
        return record("synthetic/docker-compose", "services:\n  db:\n    environment:\n      POSTGRES_PASSWORD_FILE: /run/secrets/db_password\n      POSTGRES_PASSWORD: ${" + v + ":?must be set}\n    secrets:\n      - db_password")
    return record("synthetic/config/yaml", "auth:\n  password_field: password\n  token_header: X-Api-Key\n  secret_ref: prod/orders/db\n  api_key_env: " + v + "\n  passwordless: true")


PLACEHOLDERS = ["<your-db-password>", "<PASSWORD>", "YOUR_API_KEY", "your-api-key-here", "xxxxxxxx", "********", "CHANGE_ME",
                "REPLACE_ME", "<redacted>", "[REDACTED]", "${DB_PASSWORD}", "{{ .Values.db.password }}", "%(password)s", "$(DB_PASS)", "TODO"]


def neg_placeholders():
    form = rng.randint(0, 7)
    p1, p2 = rng.sample(PLACEHOLDERS, 2)
    if form == 6:
        return record("synthetic/readme", f"## Configure\nSet `password: {p1}` and `api_key: {p2}` in values.yaml, then run `helm install app ./chart`.")
    if form == 7:
        return record("synthetic/config/yaml", f"smtp:\n  host: smtp.example.com\n  user: alerts\n  password: \"{p1}\"\nvendor:\n  token: {p2}")
    if form == 0:
        return record("synthetic/readme", "# copy to .env\nDB_PASSWORD=<your-db-password>\nSTRIPE_SECRET_KEY=sk_live_xxxxxxxxxxxxxxxxxxxxxxxx\nSLACK_WEBHOOK=https://hooks.slack.com/services/XXXXX/XXXXX/XXXXX\nAPI_KEY=your-api-key-here")
    if form == 1:
        return record("synthetic/readme", "curl -H \"Authorization: Bearer <TOKEN>\" -u <user>:<password> https://api.example.com/v1/ping")
    if form == 2:
        return record("synthetic/app-log/plain", f"{ts()} INFO  config - loaded settings: db.password=******** api.key=[REDACTED] smtp.pass=*****")
    if form == 3:
        return record("synthetic/terraform", "  # aws_db_instance.main will be updated in-place\n  ~ resource \"aws_db_instance\" \"main\" {\n      ~ password = (sensitive value)\n        id       = \"orders-prod\"\n    }")
    if form == 4:
        return record("synthetic/readme", "export AWS_ACCESS_KEY_ID=AKIAXXXXXXXXXXXXXXXX\nexport AWS_SECRET_ACCESS_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\ngit clone https://<username>:<token>@github.com/org/repo.git")
    return record("synthetic/app-log/logfmt", f"ts={ts()} level=info msg=\"connecting\" dsn=postgres://app:****@db:5432/app password=REDACTED token=***")


def neg_versions():
    form = rng.randint(0, 6)
    if form == 0:
        pkgs = ["types-requests==2.31.0.10", "types-PyYAML==6.0.12.12", "pywin32==306", "certifi==2023.11.17", "urllib3==1.26.18", "protobuf==4.25.1",
                "setuptools==69.0.2", "types-python-dateutil==2.8.19.14", "pyasn1==0.5.1", "boto3==1.34.11", "grpcio==1.60.0", "pip==23.3.1"]
        return record("synthetic/pip-freeze", "$ pip freeze\n" + "\n".join(rng.sample(pkgs, 6)))
    if form == 1:
        return record("synthetic/app-log/plain", f"{ts()} INFO  startup - nginx/1.25.3 OpenSSL 3.0.11 kernel 5.15.0.91 Windows build 10.0.17763.5329 .NET 8.0.1.23 chart orders-2.14.1.3")
    if form == 2:
        return record("synthetic/snmp", f"SNMPv2-SMI::enterprises.2021.10.1.3.1 = STRING: \"0.42\"\niso.3.6.1.2.1.1.3.0 = Timeticks: ({rng.randint(10**6, 10**8)}) 2 days\nOID 1.3.6.1.4.1.9.9.13.1.3.1.3")
    if form == 3:
        return record("synthetic/apt", "Get:12 http://deb.debian.org/debian bookworm/main amd64 libssl3 amd64 3.0.11-1~deb12u2 [2,019 kB]\nUnpacking openjdk-17-jre-headless:amd64 (17.0.9+9-1~deb12u1) ...\nSetting up libgnutls30:amd64 (3.7.9-2+deb12u1) ...")
    if form == 4:
        return record("synthetic/k8s/get", "NAME      STATUS   ROLES           AGE   VERSION\nnode-1    Ready    control-plane   41d   v1.28.3+k3s1\nnode-2    Ready    <none>          41d   v1.28.3+k3s1")
    if form == 5:
        return record("synthetic/app-log/plain", f"{ts()} INFO  listening on 0.0.0.0:8080, admin on 127.0.0.1:9901, metrics on [::]:9102, netmask 255.255.255.0, broadcast ff:ff:ff:ff:ff:ff")
    return record("synthetic/java-stacktrace", "java.lang.IllegalStateException: Unsupported class file major version 65\n\tat org.springframework.asm.ClassReader.<init>(ClassReader.java:199)\n\tat org.springframework.boot.loader.Launcher.launch(Launcher.java:58)\n\tat java.base/java.lang.Thread.run(Thread.java:1583)")


def neg_numbers():
    form = rng.randint(0, 7)
    n16 = luhn_complete(pick(["4", "5", "37", "6011"]), 16)
    if form == 0:
        return record("synthetic/prometheus", f"# TYPE node_network_receive_bytes_total counter\nnode_network_receive_bytes_total{{device=\"eth0\"}} {n16}\nnode_network_transmit_bytes_total{{device=\"eth0\"}} {luhn_complete('4', 16)}")
    if form == 1:
        return record("synthetic/app-log/logfmt", f"ts={ts()} level=info msg=\"flush\" bytes_written={n16} rows={rng.randint(10**5, 10**6)} elapsed_ns={rng.randint(10**15, 10**16)}")
    if form == 2:
        return record("synthetic/app-log/json", f'{{"ts":"{ts()}","metric":"kafka.log.size","partition":{rng.randint(0, 63)},"value":{n16},"offset":{luhn_complete("5", 16)}}}')
    if form == 3:
        batch = luhn_complete("1", 16)
        batch = batch[:-1] + str((int(batch[-1]) + 1) % 10)  # grouped ids that fail Luhn are not cards (shared corpus convention)
        return record("synthetic/app-log/plain", f"{ts()} INFO  ledger - batch {batch[:4]}-{batch[4:8]}-{batch[8:12]}-{batch[12:]} committed, epoch_ms={rng.randint(1.7 * 10**12, 1.8 * 10**12)} ts_ns={rng.randint(10**18, 9 * 10**18)}")
    if form == 4:
        return record("synthetic/app-log/plain", f"{ts()} INFO  shipping - order {rng.randint(10**8, 10**9)} to ZIP 94105-{rng.randint(1000, 9999)}, tracking 1Z{token(16, string.ascii_uppercase + string.digits)}, card ending in {rng.randint(1000, 9999)}")
    if form == 5:
        return record("synthetic/app-log/plain", f"{ts()} DEBUG ids - employee_id=9{rng.randint(10, 99)}-{rng.randint(10, 99)}-{rng.randint(1000, 9999)} case=000-{rng.randint(10, 99)}-{rng.randint(1000, 9999)} pid={rng.randint(300, 65000)} port={rng.randint(1024, 65000)}")
    if form == 6:
        bad = "DE" + f"{rng.randint(10, 99)}" + rand(string.digits, 18)
        while iban_check("DE", bad[4:]) == bad[2:4]:
            bad = "DE" + f"{rng.randint(10, 99)}" + rand(string.digits, 18)
        return record("synthetic/app-log/plain", f"{ts()} WARN  sepa - rejected reference {bad} (checksum mismatch), batch GB00TEST{rng.randint(10**9, 10**10)}")
    return record("synthetic/app-log/plain", f"{ts()} INFO  gc - pause {rng.randint(1, 900)}ms heap {rng.randint(100, 4000)}M->{rng.randint(100, 4000)}M uptime {rng.randint(10**6, 10**7)}s inode {rng.randint(10**9, 10**10)}")


def neg_names_and_hosts():
    form = rng.randint(0, 5)
    if form == 0:
        return record("synthetic/incident-chat", "Grafana Tempo shows the spans but Apache Kafka lag is flat; Spring Boot actuator says UP. Argo Rollouts paused the canary, Cloud Run is fine.")
    if form == 1:
        return record("synthetic/k8s/events", f"Normal   Scheduled  12s  default-scheduler  Successfully assigned prod/api-{sha(10)}-{token(5, string.ascii_lowercase)} to node-3\nWarning  BackOff    3s   kubelet            Back-off restarting failed container api")
    if form == 2:
        return record("synthetic/shell-history", f"ssh -i ~/.ssh/deploy.pem ec2-user@bastion.{pick(DOMAINS)}\ngit remote add origin git@github.com:acme/infra.git\nnpm install @angular/core@17.0.8")
    if form == 3:
        return record("synthetic/java-stacktrace", "@Autowired field injection failed in OrderController\n\tat org.springframework.beans.factory.annotation.AutowiredAnnotationBeanPostProcessor.postProcessProperties(AutowiredAnnotationBeanPostProcessor.java:498)")
    if form == 4:
        return record("synthetic/app-log/plain", f"{ts()} INFO  Red Hat Enterprise Linux 9.3, Let's Encrypt renewal OK for api.{pick(DOMAINS)}, Visual Studio Code Server started")
    return record("synthetic/ci-log/gitlab", f"Running with gitlab-runner 16.6.1 (f5da3c5a)\n  on docker-runner-02 {token(8, string.ascii_lowercase + string.digits)}, system ID: s_{sha(12)}\nPreparing the \"docker\" executor\nUsing docker image sha256:{sha(64)} for alpine:3.19")


def neg_keys_public():
    form = rng.randint(0, 4)
    if form == 0:
        return record("synthetic/ssh", f"$ cat ~/.ssh/authorized_keys\nssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI{token(43, B64)} deploy@ci\n$ ssh-keygen -lf key.pub\n256 SHA256:{token(43, B64)} deploy@ci (ED25519)")
    if form == 1:
        return record("synthetic/tls", f"-----BEGIN CERTIFICATE-----\nMIIDdzCCAl+gAwIBAgIE{token(44, B64)}\n{token(64, B64)}\n{token(40, B64)}==\n-----END CERTIFICATE-----\nSerial Number: {':'.join(token(2, HEX) for _ in range(16))}")
    if form == 2:
        return record("synthetic/wireguard", f"[Peer]\nPublicKey = {token(43, B64)}=\nAllowedIPs = 0.0.0.0/0\nPersistentKeepalive = 25")
    if form == 3:
        return record("synthetic/app-log/plain", f"{ts()} INFO  kms - using key arn:aws:kms:eu-west-1:{rng.randint(10**11, 10**12)}:key/{uuid()} for envelope encryption, etag \"{sha(32)}\"")
    return record("synthetic/app-log/plain", f"{ts()} INFO  stripe - created customer cus_{token(14)} payment_intent pi_{token(24)} (idempotency {uuid()})")


def neg_timestamps_ports():
    form = rng.randint(0, 3)
    if form == 0:
        return record("synthetic/syslog", f"Dec  5 10:{rng.randint(10, 59)}:{rng.randint(10, 59)} api-03 systemd[1]: Started orders.service - Orders API.\nDec  5 10:12:45 api-03 orders[{rng.randint(300, 9999)}]: listening on :8080 (took 12:34:56.789)")
    if form == 1:
        return record("synthetic/app-log/plain", f"2026-12-05 10:12:44.120+01:00 INFO  cron - next run at 2026-12-06T03:00:00Z, last run 12/05/2026 03:00:01 PM, duration 00:04:12.55")
    if form == 2:
        return record("synthetic/haproxy-log", f"Dec  5 10:12:44 lb01 haproxy[{rng.randint(300, 9999)}]: frontend~ api/api2 0/0/1/12/13 200 512 - - ---- 12/12/0/0/0 0/0 \"GET /healthz HTTP/1.1\"")
    return record("synthetic/app-log/plain", f"{ts()} INFO  ntp - offset +0.000123s stratum 2, uptime 12:03:44:11, cpu 3:4:5:6")


POSITIVE = [(cli_docker_login, 10), (cli_mysql, 10), (cli_sshpass, 6), (cli_pgpassword, 6), (cli_redis, 6), (cli_various, 32), (cli_more, 22),
            (config_env, 9), (config_yaml, 9), (config_json, 8), (config_toml_ini, 8), (config_properties_xml, 6), (config_compose, 4),
            (config_k8s_secret, 6), (config_k8s_describe_env, 4), (config_terraform, 6), (config_ansible, 4), (config_nginx_haproxy, 7),
            (config_sql, 6), (conn_uri, 10), (conn_changeme, 5), (conn_kv, 9), (url_creds, 8), (url_encoded_secret, 8), (escaped_json, 14),
            (escaped_json_pem, 2), (vendor_tokens, 24), (auth_headers, 12), (webhooks, 6), (private_keys, 5), (free_text_secret, 10),
            (jwt_places, 5), (pii_app_logs, 24), (pii_chat, 10), (pii_network, 16), (pii_payments, 8), (pii_phones, 18)]
NEGATIVE = [(neg_identifiers, 30), (neg_token_words, 24), (neg_variable_names, 28), (neg_placeholders, 24), (neg_versions, 21),
            (neg_numbers, 32), (neg_names_and_hosts, 18), (neg_keys_public, 15), (neg_timestamps_ports, 12)]


def main():
    target = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "records.jsonl")
    if len(sys.argv) > 2:
        rng.seed(int(sys.argv[2]))  # a fresh draw of the same families (new values), for checking that fixes are not value-specific
    out, seen = [], set()
    for group in (POSITIVE, NEGATIVE):
        for make, count in group:
            for _ in range(count):
                r = make()
                if r["text"] in seen:
                    continue
                seen.add(r["text"])
                r["family"] = make.__name__
                out.append(r)
    rng.shuffle(out)
    with open(target, "w", encoding="utf-8") as f:
        for i, r in enumerate(out, 1):
            f.write(json.dumps({"id": f"u2-{i:04d}", "text": r["text"], "entities": r["entities"], "source": r["source"], "family": r["family"]},
                               ensure_ascii=False) + "\n")
    neg = sum(1 for r in out if not r["entities"])
    print(f"{len(out)} records, {sum(len(r['entities']) for r in out)} entities, {neg} negatives ({neg / len(out):.0%}) -> {target}")


if __name__ == "__main__":
    main()
