"""Value shapes for the seventh blind check set (make-unseen7.py): `draw(r, spec, ts)` returns the text of one slot.

A spec is either `=a|b|c` (a word or phrase taken from the list; the generator makes a repeated statement show two of
them at least), `int:lo-hi` (an integer in a range) or a kind name below. Every kind is drawn from the line's own
random.Random, so a rerun writes the same bytes."""
import datetime
import re
import string

HEX = "0123456789abcdef"
B62 = string.ascii_letters + string.digits


def _hex(r, n):
    return "".join(r.choice(HEX) for _ in range(n))


def _uuid(r):
    h = _hex(r, 32)
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def _int(r):
    # magnitudes of many sizes, small ones most often
    return str(int(r.choice([r.randint(0, 9), r.randint(10, 99), r.randint(100, 999), r.randint(1000, 99999),
                             r.randint(100000, 9999999)])))


def _ip(r):
    k = r.random()
    if k < 0.35:
        return f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
    if k < 0.55:
        return f"192.168.{r.randint(0, 5)}.{r.randint(1, 254)}"
    if k < 0.7:
        return f"172.{r.randint(16, 31)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
    return f"{r.choice([23, 45, 51, 64, 81, 91, 103, 141, 185, 203, 212])}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"


def _ip6(r):
    return r.choice(["2001:db8:", "fd00:", "2a01:4f8:"]) + ":".join(_hex(r, r.randint(1, 4)) for _ in range(r.randint(1, 4))) \
        + r.choice(["", "::" + _hex(r, r.randint(1, 4))])


def _port(r):
    return str(r.choice([r.randint(1024, 65535), r.randint(30000, 61000), r.randint(40000, 60999)]))


USERS = ["root", "alice", "bob", "svc_backup", "j.smith", "deploy01", "admin", "postgres", "ci-runner", "m.garcia",
         "guest", "test", "ops2", "www-data", "jenkins", "kwame.mensah", "zhang.wei", "a_o'neil"]
HOSTS = ["web01", "web02", "db-3", "ip-10-0-1-23", "node7", "cache-a", "build-agent-12", "edge", "mx1", "lb02",
         "k8s-worker-4", "storage", "gw", "api-7f9c", "bastion"]
DOMAINS = ["example.com", "corp.example.net", "mail.example.org", "prod.acme.io", "lab.local", "eu-west-1.compute.internal",
           "shop.example.co.uk"]
WORDS = ["alpha", "beta", "orders", "billing", "payments", "search", "inventory", "audit", "metrics", "users", "events",
         "reports", "catalog", "notifications", "sessions"]
ERRORS = ["connection refused", "i/o timeout", "context deadline exceeded", "no such host", "broken pipe",
          "connection reset by peer", "permission denied", "EOF", "TLS handshake timeout", "unexpected EOF",
          "certificate has expired or is not yet valid", "no route to host", "too many open files",
          "Name or service not known"]
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def _user(r):
    return r.choice(USERS)


def _host(r):
    return r.choice(HOSTS)


def _fqdn(r):
    return f"{r.choice(HOSTS)}.{r.choice(DOMAINS)}"


def _email(r):
    local = r.choice(["alice", "bob", "noreply", "billing", "j.smith", "ops+alerts", "bounce-" + _hex(r, 6), "user" + str(r.randint(1, 999)),
                      "marie-claire.dupont"])
    return f"{local}@{r.choice(DOMAINS)}"


def _path(r):
    return r.choice(["/var/lib/", "/etc/", "/srv/data/", "/home/" + _user(r) + "/", "/opt/app/", "/tmp/", "/var/log/"]) + \
        "/".join(r.choice(WORDS + ["2026-12", "v2", "tmp." + _hex(r, 6), "conf.d"]) for _ in range(r.randint(0, 3))) + \
        r.choice(["", "/"]) + r.choice(["data.db", "config.yaml", "app.log", "index", "run.pid", "x" + _hex(r, 4) + ".tmp",
                                         "report 2026.csv", "README.md"])


def _godur(r):
    k = r.random()
    if k < 0.3:
        return f"{r.uniform(1, 999):.{r.randint(1, 6)}f}".rstrip("0").rstrip(".") + "ms"
    if k < 0.45:
        return f"{r.uniform(1, 999):.1f}µs"
    if k < 0.8:
        return f"{r.uniform(1, 59):.{r.randint(1, 6)}f}s"
    return f"{r.randint(1, 59)}m{r.uniform(0, 59):.{r.randint(0, 3)}f}s"


def _size(r):
    return f"{r.uniform(1, 999):.{r.randint(0, 2)}f} {r.choice(['B', 'kB', 'MB', 'GB'])}"


def _msize(r):
    # humanize-style sizes, glued: 1.2kB, 734B, 12MB
    return f"{r.uniform(1, 999):.{r.choice([0, 1])}f}{r.choice(['B', 'kB', 'MB'])}"


def _image(r):
    name = r.choice(["registry.k8s.io/pause", "docker.io/library/nginx", "quay.io/prometheus/node-exporter",
                     "ghcr.io/acme/api", "registry.example.com:5000/team/worker", "docker.io/bitnami/redis"])
    return name + ":" + r.choice(["3.9", "1.25.3", "latest", "v1.7.0", "7.2.3-debian-11-r0", "2026.12.01"])


def _iso(r, ts):
    d = ts - datetime.timedelta(seconds=r.randint(0, 86400 * 3))
    return d.strftime("%Y-%m-%dT%H:%M:%S") + r.choice(["Z", f".{d.microsecond // 1000:03d}Z", "+00:00"])


def _sqldate(r, ts):
    d = ts - datetime.timedelta(seconds=r.randint(0, 900))
    return d.strftime("%Y-%m-%d %H:%M:%S")


def _clf(r, ts):
    return ts.strftime("%d/%b/%Y:%H:%M:%S +0000")


def _conname(r):
    return r.choice(["Wired connection 1", "Wired connection 2", "HomeWiFi-5G", "eth0", "Hotel Guest", "corp-vpn",
                     "br0", "docker0", "Café Libre", "LTE"])


def _clientid(r):
    k = r.random()
    if k < 0.25:
        return f"sensor-{r.randint(1, 250)}"
    if k < 0.45:
        return "mqttjs_" + _hex(r, 8)
    if k < 0.6:
        return "paho" + str(r.randint(10 ** 15, 10 ** 16))
    if k < 0.75:
        return "DVES_" + _hex(r, 6).upper()
    if k < 0.85:
        return "auto-" + _uuid(r).upper()
    return r.choice(["homeassistant", "nodered", "telegraf", "zigbee2mqtt", "frigate"])


def _topic(r):
    return r.choice(["sensors/", "home/", "tele/", "zigbee2mqtt/", "$SYS/broker/", "factory/line"]) + \
        r.choice(["kitchen/temp", "DVES_" + _hex(r, 6).upper() + "/STATE", "bridge/state", "clients/connected",
                  "+/humidity", "#", f"{r.randint(1, 12)}/press/{r.randint(1, 40)}/rpm", "living room/lamp"])


def _tai(r, ts):
    s = int(ts.timestamp()) + 2 ** 62 + 10
    return f"{s:016x}{ts.microsecond * 1000 + r.randint(0, 999):08x}"


def _qresp(r):
    return r.choice([f"250_2.0.0_OK__{r.randint(10 ** 9, 2 * 10 ** 9)}_{_hex(r, 2)}{r.randint(10, 99)}si{r.randint(1000, 9999)}{B62[r.randint(0, 25)]}{B62[r.randint(0, 25)]}.{r.randint(1, 9)}_-_gsmtp",
                     f"250_2.0.0_Ok:_queued_as_{_hex(r, 10).upper()}", "250_ok_" + str(r.randint(10 ** 9, 2 * 10 ** 9)) + "_qp_" + str(r.randint(100, 99999)),
                     f"250_2.6.0_<{_hex(r, 12)}@{r.choice(DOMAINS)}>_[InternalId={r.randint(10 ** 10, 10 ** 11)}]_Queued_mail_for_delivery"])


def _qfail(r):
    return r.choice(["550_5.1.1_<" + _email(r) + ">:_Recipient_address_rejected:_User_unknown_in_virtual_mailbox_table",
                     "554_5.7.1_Service_unavailable;_Client_host_[" + _ip(r) + "]_blocked_using_zen.spamhaus.org",
                     "550_No_such_user_here", "552_5.2.2_Mailbox_full"])


def _pgaddr(r):
    return f"unix({r.randint(100, 99999)})" if r.random() < 0.2 else _ip(r)


def _pgreason(r):
    return r.choice(["client close request", "client unexpected eof", "query_wait_timeout", "client_idle_timeout",
                     "server idle timeout", "server lifetime over", "client_login_timeout (server down)"])


def _iface(r):
    return r.choice(["eth0", "enp3s0", "wlp2s0", "wlan0", "docker0", "veth" + _hex(r, 7), "virbr0", "br-" + _hex(r, 12),
                     "wg0", "tun0", "lo"])


def _mac(r):
    return ":".join(_hex(r, 2).upper() for _ in range(6))


def _nmstate(r):
    return r.choice(["unmanaged", "unavailable", "disconnected", "prepare", "config", "ip-config", "ip-check",
                     "secondaries", "activated", "deactivating", "failed", "need-auth"])


def _nmreason(r):
    return r.choice(["none", "carrier-changed", "user-requested", "ip-config-unavailable", "supplicant-disconnect",
                     "dependency-failed", "connection-assumed", "device-removed", "managed", "sleeping", "now-managed"])


def _wstate(r):
    return r.choice(["disconnected", "scanning", "authenticating", "associating", "associated", "4way_handshake",
                     "group_handshake", "completed", "inactive", "interface_disabled"])


def _nbpath(r):
    return r.choice(["", "work/", "analysis 2026/", "projects/churn-model/", "scratch/", "Shared/Q4 report/"]) + \
        r.choice(["Untitled.ipynb", "Untitled1.ipynb", "eda.ipynb", "train_v2.ipynb", "notes.md", "data prep.ipynb",
                  "model-" + _hex(r, 4) + ".py"])


def _jurl(r):
    return r.choice(["/api/kernels/" + _uuid(r), "/api/contents/" + _nbpath(r).replace(" ", "%20") + "?content=0&" + str(r.randint(10 ** 12, 2 * 10 ** 12)),
                     "/api/sessions?" + str(r.randint(10 ** 12, 2 * 10 ** 12)), "/lab/workspaces/auto-" + B62[r.randint(0, 25)],
                     "/api/kernels/" + _uuid(r) + "/channels?session_id=" + _uuid(r), "/static/lab/main.js?v=" + _hex(r, 20),
                     "/api/metrics/v1", "/login?next=%2Flab", "/"])


def _torpct(r):
    return r.choice(["5% (conn)", "10% (conn_done)", "14% (handshake)", "15% (handshake_done)", "25% (requesting_status)",
                     "45% (requesting_descriptors)", "50% (loading_descriptors)", "75% (enough_dirinfo)",
                     "90% (ap_handshake_done)", "95% (circuit_create)", "100% (done)"])


def _fp(r):
    return "$" + _hex(r, 40).upper()


def _relay(r):
    return r.choice(["Unnamed", "torrelay" + str(r.randint(1, 99)), "ForPrivacyNET", "artikel10" + B62[r.randint(26, 51)],
                     "relayon" + _hex(r, 4), "Quintex" + str(r.randint(10, 99)), "dc6jgk" + str(r.randint(1, 9))])


def _godurshort(r):
    return r.choice([f"{r.randint(1, 59)}s", f"{r.randint(1, 59)}m{r.randint(0, 59)}s", f"{r.randint(100, 999)}ms",
                     f"{r.randint(1, 23)}h{r.randint(0, 59)}m{r.randint(0, 59)}s"])


def _nomadpath(r):
    return r.choice(["/v1/jobs", "/v1/job/" + r.choice(WORDS) + "/allocations", "/v1/node/" + _uuid(r),
                     "/v1/allocations?index=" + str(r.randint(1, 99999)) + "&wait=" + str(r.randint(1, 300000)) + "ms",
                     "/v1/evaluation/" + _uuid(r), "/v1/agent/health?type=client", "/v1/metrics?format=prometheus",
                     "/v1/client/fs/logs/" + _uuid(r) + "?follow=true&offset=50000&origin=end&task=web&type=stderr"])


def _vmname(r):
    return r.choice(["web01", "Win 2019 DC", "vcsa-01", "k8s-worker-" + str(r.randint(1, 9)), "old backup (do not delete)",
                     "ubuntu22.04-template", "SQL-PROD-02"])


def _vmdate(r, ts):
    d = ts - datetime.timedelta(seconds=r.randint(60, 40000))
    return d.strftime("%A, %d %B, %Y %I:%M:%S %p")


def _agent(r):
    return r.choice(["VMware vim-java 1.0", "pyvmomi Python/3.9.7 (Linux; 5.10.0-21-amd64; x86_64)", "VMware-client/6.5.0",
                     "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36",
                     "Terraform/1.6.5 (+https://www.terraform.io) terraform-provider-vsphere/2.6.1", "govc/0.34.2"])


def _conn(r):
    return r.choice(["jdbc-sink-orders", "pg-source", "s3-sink", "debezium-mysql-inventory", "es-sink-logs",
                     "mongo-src-" + str(r.randint(1, 9))])


def _clist(r):
    return ", ".join(r.sample(["jdbc-sink-orders", "pg-source", "s3-sink", "es-sink-logs", "mirror-1"], r.randint(0, 4)))


def _tlist(r):
    return ", ".join(f"{r.choice(['pg-source', 's3-sink', 'jdbc-sink-orders'])}-{r.randint(0, 7)}" for _ in range(r.randint(0, 5)))


def _capath(r):
    c = r.choice(["jdbc-sink-orders", "pg-source", "s3-sink"])
    return r.choice(["/connectors", f"/connectors/{c}/status", f"/connectors/{c}/config", f"/connectors/{c}/tasks/0/restart",
                     "/connector-plugins", f"/connectors?expand=status&expand=info", "/"])


def _sid(r):
    return _hex(r, 16)


def _smtpcmd(r):
    return r.choice(["", f"RCPT TO:<{_email(r)}>", f"MAIL FROM:<{_email(r)}> SIZE={r.randint(1000, 99999)}", "AUTH LOGIN",
                     "STARTTLS", "DATA", "EHLO " + r.choice(["localhost", "[" + _ip(r) + "]", _fqdn(r)])])


def _smtpres(r):
    return r.choice(["421 4.4.2 mail Timeout exceeded", "500 5.5.1 Invalid command", "550 Invalid recipient: <" + _email(r) + ">", "535 Authentication failed",
                     "503 5.5.1 Invalid command: Command not allowed at this point.", "421 Too many errors",
                     "550 5.7.1 Delivery not authorized", "454 4.7.0 TLS not available"])


def _stat(r):
    return r.choice(["Delivered", "Ok", f"250 2.0.0 OK  {r.randint(10 ** 9, 2 * 10 ** 9)} {_hex(r, 6)}.{r.randint(1, 99)} - gsmtp",
                     "250 2.0.0 Ok: queued as " + _hex(r, 10).upper(), "Error (Connection refused)",
                     "550 5.1.1 <" + _email(r) + ">: Recipient address rejected: User unknown"])


def _hdur(r):
    return r.choice([f"{r.randint(0, 59)}s", f"{r.randint(1, 59)}m{r.randint(0, 59)}s", f"{r.randint(1, 23)}h{r.randint(0, 59)}m{r.randint(0, 59)}s"])


def _repo(r):
    return r.choice(["alice/dotfiles", "acme/api", "infra/terraform-modules", "bob/my-project", "mirror/linux", "ops/runbooks",
                     "zhang.wei/notes"])


def _gpath(r):
    rp = _repo(r)
    return r.choice([f"/{rp}", f"/{rp}/src/branch/main/" + r.choice(["README.md", "cmd/server/main.go", "docs"]),
                     f"/api/v1/repos/{rp}/pulls?state=open&page={r.randint(1, 9)}", "/user/login", f"/{rp}.git/info/refs?service=git-upload-pack",
                     f"/{rp}/commit/{_hex(r, 40)}", "/user/events", "/api/actions/runner.v1.RunnerService/FetchTask", "/explore/repos?q=" + r.choice(WORDS)])


def _gstatus(r):
    return r.choice(["200 OK", "200 OK", "302 Found", "304 Not Modified", "404 Not Found", "401 Unauthorized",
                     "500 Internal Server Error", "101 Switching Protocols"])


def _ghandler(r):
    return r.choice(["repo/view.go:724(repo.Home)", "web/goget.go:21(web.goGet)", "auth/auth.go:156(auth.SignIn)",
                     "repo/pull.go:1032(repo.ViewPullFiles)", "user/home.go:152(user.Dashboard)",
                     "api/v1/repo/pull.go:55(repo.ListPullRequests)", "events/events.go:18(events.Events)",
                     "repo/githttp.go:488(repo.GetInfoRefs)", "runner/runner.go:139(runner.(*Service).FetchTask)"])


def _hmsg(r):
    return r.choice(["artifact library/" + r.choice(["nginx", "redis", "app"]) + ":" + r.choice(["latest", "1.2.3", "sha256:" + _hex(r, 64)]) + " not found",
                     "unauthorized to access repository: " + _repo(r) + ", action: pull", "project " + r.choice(WORDS) + " not found",
                     "unauthorized: authentication required", "the user " + _user(r) + " is not authorized to access project " + r.choice(WORDS),
                     "{\"code\":\"DENIED\"}"])


def _hparams(r):
    return r.choice(["{}", '{"delete_untagged":true,"dry_run":false,"redis_url_reg":"redis://redis:6379/1","time_window":2,"workers":1}',
                     '{"policy_id":' + str(r.randint(1, 99)) + ',"trigger":"' + r.choice(["MANUAL", "SCHEDULE"]) + '"}',
                     '{"execution_id":' + str(r.randint(1, 9999)) + ',"task_id":' + str(r.randint(1, 99999)) + '}'])


def _hrepo(r):
    return r.choice(["library/nginx", "library/hello-world", "team-a/api", "proxy-cache/bitnami/redis", "ci/builder"])


def _htags(r):
    return ",".join(r.sample(["latest", "1.0", "1.0.1", "v2", "sha-" + _hex(r, 7), "stable"], r.randint(1, 3)))


def _logql(r):
    app = r.choice(WORDS)
    return r.choice(["{app=\\\"" + app + "\\\"}", "{app=\\\"" + app + "\\\"} |= \\\"error\\\"",
                     "sum by (level) (count_over_time({namespace=\\\"" + app + "\\\"} | json [5m]))",
                     "rate({job=\\\"varlogs\\\"}[1m])", "{cluster=\\\"prod\\\", container=\\\"" + app + "\\\"} != \\\"health\\\" | logfmt | duration > 1s"])


def _labels(r):
    return "{" + ", ".join(f"{k}=\\\"{v}\\\"" for k, v in r.sample([("app", r.choice(WORDS)), ("namespace", r.choice(["default", "prod", "kube-system"])),
                                                                      ("pod", r.choice(WORDS) + "-" + _hex(r, 5)), ("level", r.choice(["info", "error"])),
                                                                      ("filename", "/var/log/" + r.choice(WORDS) + ".log")], r.randint(1, 4))) + "}"


def _tenant(r):
    return r.choice(["fake", "tenant-a", "29", "team_ops", "anonymous"])


def _lokitable(r):
    return f"index_{r.randint(19000, 20500)}"


def _ns(r):
    return r.choice(["default", "kube-system", "monitoring", "prod", "team-a-staging", "ingress-nginx", "cert-manager"])


def _pod(r):
    return r.choice(WORDS) + "-" + r.choice(["", "worker-", "api-"]) + _hex(r, r.choice([9, 10])) + "-" + "".join(r.choice("bcdfghjklmnpqrstvwxz2456789") for _ in range(5))


def _ctr(r):
    return r.choice(["app", "istio-proxy", "nginx", "sidecar", "init-db", "worker", "node-exporter", "POD-helper"])


def _cninet(r):
    return r.choice(["k8s-pod-network", "cbr0", "crio", "cilium", "multus-cni-network"])


def _prog(r):
    return r.choice(["nginx", "worker_00", "worker_01", "celery-beat", "queue:queue_02", "queue:queue_11", "php-fpm",
                     "cron", "app-server", "redis"])


def _proglist(r):
    return ", ".join(r.sample(["nginx", "worker_00", "worker_01", "celery-beat", "queue_02", "php-fpm", "app-server"], r.randint(1, 4)))


def _pyaddr(r):
    return str(r.randint(139800000000000, 140000000000000))


def _jail(r):
    return r.choice(["sshd", "nginx-http-auth", "postfix-sasl", "recidive", "apache-badbots", "dovecot", "nginx-limit-req"])


def _f2bcmd(r):
    j = _jail(r)
    return r.choice([f"iptables -w -N f2b-{j}", f"iptables -w -I INPUT -p tcp -m multiport --dports ssh -j f2b-{j}",
                     f"iptables -w -I f2b-{j} 1 -s {_ip(r)} -j REJECT --reject-with icmp-port-unreachable",
                     f"ipset add f2b-{j} {_ip(r)} timeout {r.choice([600, 3600, 86400])} -exist",
                     f"nft add element inet f2b-table addr-set-{j} {{ {_ip(r)} }}"])


def _actinfo(r, ip):
    return "ActionInfo({'ip': '" + ip + "', 'family': 'inet4', 'fid': <function Actions.ActionInfo.<lambda> at 0x" + _hex(r, 12) + ">, 'raw-ticket': <function Actions.ActionInfo.<lambda> at 0x" + _hex(r, 12) + ">})"


def _ver(r):
    return r.choice(["2.0.18", "1.4.3", "v2.9.1", "1.21.0", "0.4.8.10", "3.6.1", "1.42.4-1.fc38", "2.35", "4.2.5", "8.0.2-build.21203413"])


def _tzdate(r, ts):
    d = ts - datetime.timedelta(seconds=r.randint(3600 * 2, 3600 * 30))
    return d.strftime("%Y-%m-%dT%H:%M:%SZ")


def _vmmethod(r):
    return r.choice(["powerOn", "powerOff", "reconfigure", "createSnapshot", "removeAllSnapshots", "retrieveContents",
                     "queryConfigOptionEx", "acquireTicket"])


def _vmtype(r):
    return r.choice(["VirtualMachine", "HostSystem", "Folder", "Datastore", "PropertyCollector", "TaskManager"])


KINDS = {
    "int": _int, "ip": _ip, "ip6": _ip6, "port": _port, "user": _user, "host": _host, "fqdn": _fqdn, "email": _email,
    "path": _path, "godur": _godur, "size": _size, "msize": _msize, "image": _image, "uuid": _uuid, "err": lambda r: r.choice(ERRORS),
    "word": lambda r: r.choice(WORDS), "hex8": lambda r: _hex(r, 8), "hex12": lambda r: _hex(r, 12), "hex16": lambda r: _hex(r, 16),
    "hex24": lambda r: _hex(r, 24), "hex40": lambda r: _hex(r, 40), "hex64": lambda r: _hex(r, 64),
    "ptr": lambda r: "0x" + _hex(r, 12), "pct": lambda r: str(r.randint(0, 100)),
    "conname": _conname, "clientid": _clientid, "topic": _topic, "qresp": _qresp, "qfail": _qfail, "pgaddr": _pgaddr,
    "pgreason": _pgreason, "iface": _iface, "mac": _mac, "nmstate": _nmstate, "nmreason": _nmreason, "wstate": _wstate,
    "nbpath": _nbpath, "jurl": _jurl, "torpct": _torpct, "fp": _fp, "relay": _relay, "godurshort": _godurshort,
    "nomadpath": _nomadpath, "vmname": _vmname, "agent": _agent, "conn": _conn, "clist": _clist, "tlist": _tlist,
    "capath": _capath, "sid": _sid, "smtpcmd": _smtpcmd, "smtpres": _smtpres, "stat": _stat, "hdur": _hdur, "repo": _repo,
    "gpath": _gpath, "gstatus": _gstatus, "ghandler": _ghandler, "hmsg": _hmsg, "hparams": _hparams, "hrepo": _hrepo,
    "htags": _htags, "logql": _logql, "labels": _labels, "tenant": _tenant, "lokitable": _lokitable, "ns": _ns, "pod": _pod,
    "ctr": _ctr, "cninet": _cninet, "prog": _prog, "proglist": _proglist, "pyaddr": _pyaddr, "jail": _jail, "f2bcmd": _f2bcmd,
    "ver": _ver, "vmmethod": _vmmethod, "vmtype": _vmtype, "domain": lambda r: r.choice(DOMAINS),
    "float": lambda r: f"{r.uniform(0, 99):.{r.randint(1, 4)}f}", "inode": lambda r: str(r.randint(100000, 9999999)),
    "b62": lambda r: "".join(r.choice(B62) for _ in range(r.randint(8, 22))),
    "msdur": lambda r: f"{r.uniform(0.1, 900):.2f}ms", "actinfo": lambda r: _actinfo(r, _ip(r)),
    "hex4": lambda r: _hex(r, 4),
    "imagedigest": lambda r: _image(r).rsplit(":", 1)[0] + "@sha256:" + _hex(r, 64),
    "netns": lambda r: "/var/run/netns/" + _uuid(r),
    "hook": lambda r: f"http://{r.choice(['core', 'harbor-core'])}:8080/service/notifications/tasks/{r.randint(1, 99999)}",
    "digest": lambda r: "sha256:" + _hex(r, 64),
    "hproj": lambda r: r.choice(["library", "team-a", "proxy-cache", "ci"]),
    "hname": lambda r: r.choice(["nginx", "hello-world", "api", "bitnami/redis", "builder"]),
    "markerfile": lambda r: f"/loki/retention/markers/{r.randint(1733000000000000000, 1733999999999999999)}",
    "vmfsid": lambda r: f"{_hex(r, 8)}-{_hex(r, 8)}-{_hex(r, 4)}-{_hex(r, 12)}",
    "gcode": lambda r: r.choice(["200", "200", "302", "304", "404", "401", "500", "101"]),
    "gtext": lambda r: r.choice(["OK", "OK", "Found", "Not Modified", "Not Found", "Unauthorized", "Internal Server Error", "Switching Protocols"]),
    "owner": lambda r: r.choice(["alice", "acme", "infra", "bob", "mirror", "ops", "zhang.wei"]),
    "rname": lambda r: r.choice(["dotfiles", "api", "terraform-modules", "my-project", "linux", "runbooks", "notes"]),
    "fsecs": lambda r: f"{r.uniform(0.05, 3):.{r.randint(1, 4)}f}s",
    "sender": lambda r: "" if r.random() < 0.18 else _email(r),
    "waitstatus": lambda r: r.choice([f"exit status {r.randint(0, 143)}", f"exit status {r.randint(0, 2)}", "terminated by SIGKILL", "terminated by SIGTERM",
                                      "terminated by SIGSEGV (core dumped)", "terminated by SIGABRT (core dumped)"]),
    "torpath": lambda r: r.choice(["/tor/keys/fp/" + _hex(r, 40).upper(), "/tor/micro/d/" + "-".join(_hex(r, 8) for _ in range(r.randint(1, 3))),
                                   "/tor/status-vote/current/consensus-microdesc/" + "+".join(_hex(r, 6).upper() for _ in range(3)) + ".z"]),
    "vmx": lambda r: (lambda n: f"{n}/{n}.vmx")(r.choice(["web01", "vcsa-01", "win2019dc", "k8s-worker-3", "SQL-PROD-02"])),
    "crio_uid": lambda r: r.choice(["nil", "&Int64Value{Value:65535,}", "&Int64Value{Value:0,}", "&Int64Value{Value:101,}"]),
    "harbor_err": lambda r: r.choice(["run error: failed to fetch image: unauthorized", "context canceled",
                                      'http error: code 500, message {"errors":[{"code":"UNKNOWN","message":"unknown: blob unknown to registry"}]}']),
    "kcoff": lambda r: r.choice(["null", "{orders-3=OffsetAndMetadata{offset=" + str(r.randint(1, 99999)) + ", leaderEpoch=null, metadata=''}}",
                                 "{logs-raw-0=OffsetAndMetadata{offset=" + str(r.randint(1, 99999)) + ", leaderEpoch=4, metadata=''}, logs-raw-1=OffsetAndMetadata{offset=" + str(r.randint(1, 99999)) + ", leaderEpoch=4, metadata=''}}"]),
    "secs": lambda r: f"{r.randint(0, 86400)}s", "pdur": lambda r: f"{r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}.{r.randint(0, 999):03d}",
}
DATED = {"iso": _iso, "sqldate": _sqldate, "clf": _clf, "tai": _tai, "vmdate": _vmdate, "tzdate": _tzdate}


def draw(r, spec, ts):
    if spec.startswith("="):
        return r.choice(spec[1:].split("|"))
    if spec.startswith("int:"):
        lo, hi = spec[4:].split("-")
        return str(r.randint(int(lo), int(hi)))
    if spec in DATED:
        return DATED[spec](r, ts)
    return KINDS[spec](r)


SLOT = re.compile(r"\{([a-z0-9_:=|.\-]+)\}")


def expand(r, text, ts):
    """Fills `{kind}` slots of a header piece (a component with a value in it)."""
    return SLOT.sub(lambda m: draw(r, m.group(1), ts), text)
