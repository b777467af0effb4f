"""Value shapes for unseen6 (the sixth blind mining set): `draw(r, spec, ts)` turns a slot spec into one value.

Specs: `=a|b|c` a word (or phrase) the source prints from a variable, drawn from the list (blindset makes a repeated
statement show two of them); `~a|b|c` the same without that guarantee (a value from a pool); a kind name below, some
with an argument after `:` (`n:1-64`, `hex:16`, `f:0:5:3`, `pool:NAME`)."""
import datetime
import string

HEXL = "0123456789abcdef"
B62 = string.ascii_letters + string.digits
B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"

POOLS = {
    "user": ["alice", "bob", "carol", "dave", "svc_backup", "jdoe42", "mkowalski", "deploy", "ci-runner", "nagios",
             "root", "www-data", "tsmith", "a.nguyen", "ops7", "guest", "hchen", "backup01"],
    "host": ["web-03.prod.example.net", "db7.example.com", "mail.acme.io", "ns2.corp.example.org", "api.internal",
             "edge-lb-1.eu-west-1.example.net", "ldap01.example.com", "kube-node-12.cluster.local", "vpn.example.org",
             "files.acme.io", "build42.ci.example.com", "monitor.example.net"],
    "short": ["node1", "node2", "node3", "web03", "db-primary", "gateway", "alpha", "bravo", "kube-node-12", "storage7",
              "fw-edge-1", "lb2"],
    "domain": ["example.com", "acme.io", "corp.example.org", "shop.example.net", "mail.example.de", "cdn77.org",
               "github.com", "s3.amazonaws.com", "updates.vendor.co.uk", "ntp.ubuntu.com", "xn--bcher-kva.example"],
    "word": ["alpha", "orders", "billing", "inventory", "search", "payments", "users", "catalog", "events", "audit",
             "metrics2", "logs_v3"],
    "err": ["connection refused", "no route to host", "i/o timeout", "connection reset by peer", "broken pipe",
            "context deadline exceeded", "permission denied", "no such file or directory", "TLS handshake timeout",
            "EOF", "certificate has expired or is not yet valid", "too many open files", "network is unreachable"],
    "ns": ["default", "kube-system", "istio-system", "payments", "shop-prod", "monitoring", "team-a", "ingress-nginx"],
    "svc": ["reviews", "ratings", "productpage", "details", "checkout-svc", "cart", "frontend", "auth-api", "redis-master",
            "postgres-ha", "kafka-0"],
    "file": ["/var/lib/app/data.db", "/etc/ssl/private/server.key", "/home/alice/report 2026.pdf", "/srv/ftp/pub/iso/debian-12.7.0-amd64-netinst.iso",
             "/tmp/upload_8f3a.tmp", "/var/log/app/out.log", "/opt/data/export.csv.gz", "/srv/www/index.html",
             "/home/bob/My Documents/budget.xlsx", "/data/backups/db-20261205.sql.gz", "/etc/passwd"],
    "solr_params": ["{q=*:*&wt=javabin&version=2}", "{q=title:(solr OR lucene)&rows=10&fl=id,title}", "{}",
                    "{df=text&distrib=false&fl=id&fl=score&shards.purpose=16388&start=0&fsv=true&rows=10&wt=javabin}",
                    "{commit=true&wt=json}",
                    "{update.distrib=FROMLEADER&distrib.from=http://10.0.0.12:8983/solr/orders_shard2_replica_n4/&wt=javabin&version=2}"],
    "solr_segs": ["Uninverting(_a(9.8.0):C1234)", "Uninverting(_a(9.8.0):C1234) Uninverting(_b(9.8.0):c87)",
                  "Uninverting(_3k(9.8.0):C99120/12:[diagnostics={os=Linux, source=merge}]) Uninverting(_3l(9.8.0):c5)"],
    "felix_msg": ["hostname:\"kube-node-12\" ipv4_addr:\"10.240.0.12\"", "id:\"s:Dc7CIF5E4o8QbpJAKs_oSyAfREw7GnWw3uEq4w\" added_members:\"10.244.3.17\"",
                  "type:LOCAL_WORKLOAD dst:\"10.244.1.9/32\" dst_node_name:\"kube-node-3\" dst_node_ip:\"10.240.0.3\"",
                  "id:<name:\"kns.payments\" > profile:<inbound_rules:<action:\"allow\" rule_id:\"Ryc9b6MZ4G9OhHEu\" > >"],
    "ldap_filter": ["(&(uid=alice)(objectclass=posixAccount))", "(&(gidNumber=1001)(objectClass=posixGroup)(cn=*))",
                    "(&(objectClass=sudoRole)(|(!(sudoHost=*))(sudoHost=ALL)(sudoHost=web03)))", "(&(uid=jdoe42)(objectclass=posixAccount)(uid=*)(&(uidNumber=*)(!(uidNumber=0))))",
                    "(objectclass=*)"],
    "nodes": ["1", "2", "3", "1 2", "2 3", "1 3", "1 2 3"],
    "retrans": ["1a", "1a 1b", "3f0 3f1 3f2 3f3", "c2 c3 c4 c5 c6 c7 c8", "20e"],
    "suri_rule": ["alert http any any -> any any (msg:\"ET POLICY curl UA\"; content:\"curl\"; http_user_agent; sid:2013028; rev:6;)",
                  "alert tcp any any -> $HOME_NET 22 (msg:\"SSH brute\"; flow:to_server; threshold: type both, track by_src, count 5, seconds 60; sid:1000001;)",
                  "drop dns any any -> any any (msg:\"bad tld\"; dns.query; content:\".zip\"; endswith; sid:1000007; rev:1;)"],
    "wl_dn": ["CN=Entrust Root Certification Authority - G4,OU=(c) 2015 Entrust\\, Inc. - for authorized use only,OU=See www.entrust.net/legal-terms,O=Entrust\\, Inc.,C=US",
              "CN=DigiCert Global Root G3,OU=www.digicert.com,O=DigiCert Inc,C=US", "CN=SSL.com EV Root Certification Authority ECC,O=SSL Corporation,L=Houston,ST=Texas,C=US"],
    "reqid": ["req-1", "req-2k", "req-3f", "req-9z", "7c2b9e1a-51f3-4a8e-b0a5-0c7d3f2e9b11", "req-1a0", "req-b7"],
    "url": ["/api/orders?limit=20", "/health", "/api/users/42", "/api/orders/9f8e7d6c/items", "/favicon.ico", "/", "/api/v2/search?q=red%20shoes&page=2",
            "/metrics", "/static/js/main.8c1f2a.js"],
    "jserr": ["Cannot read properties of undefined (reading 'id')", "body/email must match format \\\"email\\\"", "Not Found", "invalid input syntax for type uuid: \\\"abc\\\"",
              "Request timed out", "jwt expired"],
    "jsstack": ["TypeError: Cannot read properties of undefined (reading 'id')\\n    at handler (/app/src/routes/orders.js:42:31)\\n    at process.processTicksAndRejections (node:internal/process/task_queues:95:5)",
                "Error: jwt expired\\n    at /app/node_modules/jsonwebtoken/verify.js:190:21", "FastifyError: Not Found\\n    at Object.reply (/app/node_modules/fastify/lib/reply.js:130:11)"],
    "ls_event": ["\"@timestamp\"=>2026-12-06T14:02:11.123Z, \"message\"=>\"GET / 200\", \"status\"=>\"ok\"", "\"message\"=>\"\", \"host\"=>{\"name\"=>\"web03\"}", "\"@version\"=>\"1\""],
    "es_reason": ["failed to parse field [status] of type [long] in document with id 'x1'. Preview of field's value: 'ok'",
                  "[abc123]: version conflict, document already exists (current version [1])", "object mapping for [host] tried to parse field [host] as object, but found a concrete value"],
    "grok": ["%{COMBINEDAPACHELOG}", "%{SYSLOGTIMESTAMP:ts} %{HOSTNAME:host} %{GREEDYDATA:msg}", "^%{IP:client} - - \\[%{HTTPDATE:ts}\\]"],
    "ls_value": ["GET /index.html HTTP/1.1", "Dec  6 14:02:11 web03 nginx: ok", "{\\\"a\\\":1", "hello world", "\u2603 snow"],
    "ls_cfgerr": ["Expected one of [ \\\\t\\\\r\\\\n], \\\"#\\\", \\\"{\\\" at line 12, column 9 (byte 231) after output", "Something is wrong with your configuration."],
    "jruby": ["jruby 9.4.8.0 (3.1.4) 2024-07-02 4d41e55a67 OpenJDK 64-Bit Server VM 21.0.4+7-LTS on 21.0.4+7-LTS +indy +jit [x86_64-linux]"],
    "dn": ["uid=alice,ou=People,dc=example,dc=com", "cn=admin,dc=example,dc=com", "cn=Jane Smith,ou=Staff,dc=corp,dc=example,dc=org", "",
           "uid=svc_backup,ou=Services,dc=example,dc=com", "cn=replicator,dc=example,dc=com", "uid=jdoe42,ou=People,dc=example,dc=com"],
    "rberr": ["Couldn't find User with 'id'=42", "Net::ReadTimeout with #<TCPSocket:(closed)>", "Error connecting to Redis on redis-master:6379 (Errno::ECONNREFUSED)",
              "Failed to open TCP connection to api.stripe.com:443 (getaddrinfo: Temporary failure in name resolution)", "wrong number of arguments (given 2, expected 1)"],
    "rbargs": ["42", "\"Mailer\", \"welcome\", \"deliver_now\", {:args=>[#<GlobalID:0x00007f3c2a1b9e48 @uri=#<URI::GID gid://app/User/42>>]}", "{\"since\"=>\"2026-12-01\"}, 7"],
    "secctx": ["unconfined_u:unconfined_r:unconfined_t:s0-s0:c0.c1023", "system_u:system_r:sshd_t:s0-s0:c0.c1023",
               "system_u:system_r:init_t:s0", "system_u:system_r:httpd_t:s0", "system_u:system_r:postgresql_t:s0"],
    "tctx": ["unconfined_u:object_r:user_home_t:s0", "system_u:object_r:postgresql_port_t:s0", "system_u:object_r:httpd_sys_content_t:s0"],
    "iface": ["ge-0/0/0", "ge-0/0/1.0", "xe-1/2/3", "ae0", "ae1.100", "irb.20", "lo0.0", "em0", "fxp0", "et-0/0/49"],
}


def _hex(r, n, upper=False):
    s = "".join(r.choice(HEXL) for _ in range(n))
    return s.upper() if upper else s


def _ip(r):
    a = r.choice([10, 10, 172, 192, 203, 198, 100, 45, 81, 5])
    if a == 192:
        return f"192.168.{r.randint(0, 20)}.{r.randint(1, 254)}"
    if a == 172:
        return f"172.{r.randint(16, 31)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
    return f"{a}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"


def _ip6(r):
    form = r.randrange(3)
    if form == 0:
        return f"2001:db8:{_hex(r, 4).lstrip('0') or '0'}::{_hex(r, 3).lstrip('0') or '1'}"
    if form == 1:
        return "fe80::" + ":".join(_hex(r, 4).lstrip("0") or "0" for _ in range(4))
    return "2a02:" + ":".join(_hex(r, 4).lstrip("0") or "0" for _ in range(7))


def _uuid(r):
    h = _hex(r, 32)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{r.choice('89ab')}{h[17:20]}-{h[20:]}"


def _dur(r):
    form = r.randrange(5)
    if form == 0:
        return f"{r.uniform(0.05, 999):.3f}ms".replace(".000ms", "ms")
    if form == 1:
        return f"{r.uniform(1, 60):.6f}s".rstrip("0")
    if form == 2:
        return f"{r.randint(1, 999)}.{r.randint(0, 999)}µs"
    if form == 3:
        return f"{r.randint(1, 59)}m{r.uniform(0, 59):.1f}s"
    return f"{r.randint(1, 900)}ms"


def _path(r):
    depth = r.randint(1, 4)
    parts = [r.choice(["var", "srv", "opt", "data", "home", "etc", "usr", "mnt"])]
    for _ in range(depth):
        parts.append(r.choice(["lib", "app", "cache", "backup", "alice", "www", "html", "conf.d", "2026-12", "tmp", "build_77",
                               "releases", "shared", "v2"]))
    name = r.choice(["index.html", "app.jar", "config.yaml", "dump.rdb", "core.1234", "img_0042.png", "README",
                     "data.parquet", "report.pdf", ".htaccess", "x86_64.rpm"])
    return "/" + "/".join(parts) + "/" + name


ARGV = [["ls", "-la", "/tmp"], ["curl", "-sS", "https://example.com/health"], ["systemctl", "restart", "nginx"],
        ["python3", "/opt/app/manage.py", "migrate"], ["id"], ["tar", "czf", "/backup/home 2026.tgz", "/home/alice"],
        ["sh", "-c", "echo hello > /tmp/x"], ["vim", "/etc/hosts"]]
_last = {}


def _audit_str(s):
    # auditd prints a string in quotes unless it holds a space, a quote or a control character: then as hex
    if any(c in s for c in " \"'") or any(ord(c) < 33 for c in s):
        return s.encode().hex().upper()
    return f'"{s}"'


def draw(r, spec, ts):
    if spec.startswith("=") or spec.startswith("~"):
        return r.choice(spec[1:].split("|"))
    kind, _, arg = spec.partition(":")
    if kind == "pool":
        return r.choice(POOLS[arg])
    if kind == "n":
        lo, hi = (int(x) for x in arg.split("-")) if arg else (0, 999)
        return str(r.randint(lo, hi))
    if kind == "f":
        lo, hi, d = arg.split(":")  # f:LO:HI:DECIMALS
        return f"{r.uniform(float(lo), float(hi)):.{int(d)}f}"
    if kind == "hex":
        return _hex(r, int(arg or 8))
    if kind == "HEX":
        return _hex(r, int(arg or 8), True)
    if kind == "0x":
        return "0x" + _hex(r, int(arg or 12)).lstrip("0")
    if kind == "b62":
        return "".join(r.choice(B62) for _ in range(int(arg or 12)))
    if kind == "b32":
        return "".join(r.choice(B32) for _ in range(int(arg or 16)))
    if kind == "uuid":
        return _uuid(r)
    if kind == "ip":
        return _ip(r)
    if kind == "ip6":
        return _ip6(r)
    if kind == "anyip":
        return _ip(r) if r.random() < 0.7 else _ip6(r)
    if kind == "port":
        return str(r.choice([r.randint(1024, 65535), r.randint(30000, 60999), 443, 8080, 53, 25, 389, 636, 5432]))
    if kind == "mac":
        return ":".join(_hex(r, 2) for _ in range(6))
    if kind == "dur":
        return _dur(r)
    if kind == "ms":
        return f"{r.randint(0, 4000)}ms"
    if kind == "path":
        return _path(r)
    if kind == "epoch":
        return str(int(ts.timestamp()) - r.randint(0, 86400 * 3))
    if kind == "epochms":
        return str(int(ts.timestamp() * 1000) - r.randint(0, 86400000))
    if kind == "iso":
        t = ts - datetime.timedelta(seconds=r.randint(0, 86400 * 4))
        return t.strftime("%Y-%m-%dT%H:%M:%SZ")
    if kind == "isoms":
        t = ts - datetime.timedelta(seconds=r.uniform(0, 3600))
        return t.strftime("%Y-%m-%dT%H:%M:%S.") + f"{t.microsecond // 1000:03d}Z"
    if kind == "sqldate":
        t = ts + datetime.timedelta(days=r.randint(-30, 400))
        return t.strftime("%Y-%m-%d %H:%M:%S")
    if kind == "unit":  # unit:UNIT:LO-HI, an integer glued to its unit
        u, _, rng = arg.partition(":")
        lo, hi = (int(x) for x in rng.split("-"))
        return f"{r.randint(lo, hi)}{u}"
    if kind == "unitf":  # unitf:UNIT:LO:HI:DECIMALS
        u, lo, hi, d = arg.split(":")
        return f"{r.uniform(float(lo), float(hi)):.{int(d)}f}{u}"
    if kind == "ipnet":
        return _ip(r) + "/32"
    if kind == "brick":
        return f"/data/brick{r.randint(1, 4)}/{r.choice(['gv0', 'data-vol', 'home', 'archive_2026'])}"
    if kind == "svcfqdn":
        return f"{r.choice(POOLS['svc'])}.{r.choice(POOLS['ns'])}.svc.cluster.local"
    if kind == "gdate":
        t = ts - datetime.timedelta(seconds=r.uniform(1, 1800))
        return t.strftime("%Y-%m-%d %H:%M:%S.") + f"{t.microsecond:06d} +0000"
    if kind == "ctime":
        t = ts + datetime.timedelta(days=r.randint(1, 900), seconds=r.randint(0, 86400))
        return t.strftime("%a %b ") + f"{t.day:2d}" + t.strftime(" %H:%M:%S %Y")
    if kind == "gmt":
        t = ts + datetime.timedelta(days=r.randint(1, 400))
        return t.strftime("%b ") + f"{t.day:2d}" + t.strftime(" %H:%M:%S %Y GMT")
    if kind == "serial":
        t = ts - datetime.timedelta(days=r.randint(0, 60))
        return t.strftime("%Y%m%d") + f"{r.randint(0, 99):02d}"
    if kind == "email":
        return f"{r.choice(POOLS['user']).replace('_', '.')}@{r.choice(POOLS['domain'])}"
    if kind == "argc":
        _last["argv"] = r.choice(ARGV)
        return str(len(_last["argv"]))
    if kind == "argv":
        return " ".join(f"a{i}={_audit_str(a)}" for i, a in enumerate(_last["argv"]))
    if kind == "proctitle":
        return _audit_str(r.choice(["-bash", "sshd: alice [priv]", "/usr/sbin/crond -n", "(systemd)", "/usr/bin/python3 -m http.server 8000", "nginx"]))
    if kind == "cmd":
        return _audit_str(r.choice(["systemctl restart nginx", "cat /etc/shadow", "whoami", "dnf -y update", "journalctl -u sshd", "id"]))
    raise ValueError(f"unknown value kind {spec!r}")
