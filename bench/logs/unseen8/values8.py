"""Value shapes of the eighth blind set: `draw(r, spec, ts)` returns one value for a statement slot `{spec}`.
A spec `=a|b|c` is a word with a few values (one drawn per line); any other spec names a shape below."""
import datetime
import string

FIRST = ["jdoe", "asmith", "mlopez", "kchen", "root", "admin", "deploy", "svc_backup", "ops", "nguyen.t", "p.kowalski",
         "ci", "jenkins", "app", "etl_user", "r.singh", "bob", "alice2", "dev01", "web"]
WORDS = ["alpha", "orders", "billing", "edge", "core", "users", "metrics", "events", "search", "cart", "auth", "ledger",
         "media", "payments", "inventory", "reports", "shipping", "catalog", "audit", "profile"]
DOMAINS = ["example.com", "corp.example.net", "internal", "lan", "prod.acme.io", "eu-west-1.compute.internal"]
TLDS_MAIL = ["gmail.com", "example.org", "mail.acme.io", "outlook.com", "corp.example.net"]
HEX = "0123456789abcdef"
B62 = string.ascii_letters + string.digits
ERRORS = ["connection refused", "i/o timeout", "context deadline exceeded", "no route to host",
          "broken pipe", "connection reset by peer", "EOF", "permission denied", "no such file or directory",
          "TLS handshake timeout", "certificate has expired or is not yet valid", "too many open files"]
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]


def hexs(r, n, upper=False):
    s = "".join(r.choice(HEX) for _ in range(n))
    return s.upper() if upper else s


def uuid(r, upper=False):
    h = hexs(r, 32, upper)
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def ip(r):
    return f"{r.choice([10, 10, 172, 192, 34, 52, 81, 203])}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"


def ip6(r):
    return "2001:db8:" + ":".join(f"{r.randint(0, 65535):x}" for _ in range(r.choice([2, 3, 6])))


def host(r):
    base = r.choice(["web", "db", "app", "cache", "ws", "node", "lb", "api", "worker", "mail", "fs"])
    k = r.random()
    if k < 0.4:
        return f"{base}-{r.randint(1, 40)}.{r.choice(DOMAINS)}"
    if k < 0.6:
        return f"{base}{r.randint(1, 9)}"
    if k < 0.8:
        return f"{r.choice(WORDS)}-{base}.{r.choice(DOMAINS)}"
    return r.choice(WORDS) + "." + r.choice(DOMAINS)


def short_host(r):
    return r.choice(["web", "db", "app", "ws", "node", "build", "pc", "lt"]) + r.choice(["-", ""]) + str(r.randint(1, 99))


def user(r):
    return r.choice(FIRST) if r.random() < 0.8 else f"{r.choice(FIRST)}{r.randint(1, 99)}"


def dur(r, unit):
    if unit == "ms":
        return f"{r.randint(1, 9999)}ms" if r.random() < 0.6 else f"{r.uniform(0, 999):.3f}ms"
    if unit == "s":
        return f"{r.uniform(0, 120):.{r.choice([1, 2, 3])}f}s"
    if unit == "go":
        k = r.random()
        if k < 0.3:
            return f"{r.uniform(1, 999):.1f}µs"
        if k < 0.6:
            return f"{r.uniform(1, 999):.3f}ms"
        if k < 0.9:
            return f"{r.uniform(1, 59):.3f}s"
        return f"{r.randint(1, 9)}m{r.uniform(0, 59):.1f}s"
    raise KeyError(unit)


def size(r):
    return f"{r.uniform(0.1, 999):.{r.choice([0, 1, 1, 2])}f} {r.choice(['KiB', 'MiB', 'MiB', 'GiB', 'B'])}"


def path(r):
    parts = [r.choice(["var", "srv", "data", "opt", "home", "mnt"])]
    for _ in range(r.randint(1, 4)):
        parts.append(r.choice(WORDS + ["2026", "tmp", "current", "log", "v2", "shared"]))
    if r.random() < 0.5:
        parts[-1] += r.choice([".log", ".csv", ".tar.gz", ".json", ".dat", ""])
    return "/" + "/".join(parts)


def winpath(r):
    return "\\".join([r.choice(WORDS), r.choice(["Q4", "2026", "drafts", "archive", "Team Docs", "scans"]),
                      f"{r.choice(WORDS)}_{r.randint(1, 999)}.{r.choice(['docx', 'xlsx', 'pdf', 'txt'])}"])


def key(r):
    k = r.random()
    if k < 0.35:
        return f"{r.choice(WORDS)}:{r.randint(1, 999999)}"
    if k < 0.55:
        return f"session:{hexs(r, 24)}"
    if k < 0.75:
        return f"{r.choice(WORDS)}:{r.choice(WORDS)}:{r.randint(1, 9999)}"
    if k < 0.9:
        return f"cache_{r.choice(WORDS)}_v{r.randint(1, 9)}"
    return uuid(r)


def sentence_title(r):
    return r.choice(["Install packages", "Ensure nginx is running", "Copy TLS certificates", "Template app config",
                     "Restart service", "Create deploy user", "Add apt repository", "Wait for port 8080",
                     "Gather facts about services", "Remove stale releases", "Check disk space", "Set sysctl values"])


def draw(r, spec, ts):
    if spec.startswith("="):
        return r.choice(spec[1:].split("|"))
    fn = SHAPES.get(spec)
    if fn is None:
        raise KeyError(f"unknown value shape {spec!r}")
    return fn(r, ts)


def when(ts, r, minutes):
    return ts + datetime.timedelta(seconds=r.randint(-60 * minutes, 60 * minutes))


SHAPES = {
    "int": lambda r, ts: str(r.randint(0, 999)),
    "n": lambda r, ts: str(r.randint(1, 64)),
    "small": lambda r, ts: str(r.randint(0, 9)),
    "big": lambda r, ts: str(r.randint(1000, 99999999)),
    "huge": lambda r, ts: str(r.randint(10 ** 15, 10 ** 18)),
    "pct": lambda r, ts: str(r.randint(0, 100)),
    "float": lambda r, ts: f"{r.uniform(0, 999):.2f}",
    "ratio": lambda r, ts: f"{r.random():.2f}",
    "bytes": lambda r, ts: str(r.choice([r.randint(0, 999), r.randint(1000, 10 ** 9)])),
    "ms": lambda r, ts: dur(r, "ms"),
    "s": lambda r, ts: dur(r, "s"),
    "go": lambda r, ts: dur(r, "go"),
    "secs": lambda r, ts: f"{r.uniform(0, 300):.{r.choice([2, 3])}f}",
    "size": lambda r, ts: size(r),
    "ip": lambda r, ts: ip(r),
    "ip6": lambda r, ts: ip6(r),
    "port": lambda r, ts: str(r.choice([r.randint(1024, 65535), 443, 80, 5432, 8080])),
    "eport": lambda r, ts: str(r.randint(32768, 60999)),
    "host": lambda r, ts: host(r),
    "shost": lambda r, ts: short_host(r),
    "user": lambda r, ts: user(r),
    "word": lambda r, ts: r.choice(WORDS),
    "hex6": lambda r, ts: hexs(r, 6),
    "hex7": lambda r, ts: hexs(r, 7),
    "hex8": lambda r, ts: hexs(r, 8),
    "hex12": lambda r, ts: hexs(r, 12),
    "hex16": lambda r, ts: hexs(r, 16),
    "hex40": lambda r, ts: hexs(r, 40),
    "HEX12": lambda r, ts: hexs(r, 12, True),
    "0x": lambda r, ts: "0x" + hexs(r, r.choice([4, 8, 12])),
    "uuid": lambda r, ts: uuid(r),
    "UUID": lambda r, ts: uuid(r, True),
    "path": lambda r, ts: path(r),
    "winpath": lambda r, ts: winpath(r),
    "key": lambda r, ts: key(r),
    "err": lambda r, ts: r.choice(ERRORS),
    "email": lambda r, ts: f"{r.choice(FIRST).replace('_', '.')}{r.choice(['', str(r.randint(1, 99))])}@{r.choice(TLDS_MAIL)}",
    "mac": lambda r, ts: ":".join(hexs(r, 2) for _ in range(6)),
    "mac12": lambda r, ts: hexs(r, 12, True),
    "empty_or_word": lambda r, ts: r.choice(["", "", r.choice(WORDS)]),
    "title": lambda r, ts: sentence_title(r),
    "iso": lambda r, ts: when(ts, r, 600).strftime("%Y-%m-%dT%H:%M:%SZ"),
    "ymdhms": lambda r, ts: when(ts, r, 600).strftime("%Y-%m-%d %H:%M:%S"),
    "ctime": lambda r, ts: (lambda t: f"{DAYS[t.weekday()]} {MONTHS[t.month - 1]} {t.day:2d} {t:%H:%M:%S} {t.year}")(
        when(ts, r, 900)),
    "rfc1123": lambda r, ts: (lambda t: f"{DAYS[t.weekday()]}, {t.day:02d} {MONTHS[t.month - 1]} {t.year} "
                                        f"{t:%H:%M:%S}.{r.randint(0, 999999):06d} UTC")(when(ts, r, 1)),
    "version": lambda r, ts: f"{r.randint(1, 9)}.{r.randint(0, 30)}.{r.randint(0, 20)}",
    "b62_20": lambda r, ts: "".join(r.choice(B62) for _ in range(20)),
    "b62_8": lambda r, ts: "".join(r.choice(B62) for _ in range(8)),
}
SHAPES.update({
    "times": lambda r, ts: f"{r.randint(0, 9)}x",
    "pctv": lambda r, ts: f"{r.randint(0, 100)}%",
    "rate": lambda r, ts: f"{r.randint(1, 999)}{r.choice(['kB', 'MB', 'GB'])}/s",
    "pg_ts": lambda r, ts: when(ts, r, 3000).strftime("%Y-%m-%d %H:%M:%S.") + f"{r.randint(0, 999999):06d}+00:00",
})
# shapes added by the audit after the first scoring (values the first truth had cut into parts or kept constant)
SHAPES.update({
    "svcfqdn": lambda r, ts: f"{r.choice(WORDS)}-{r.choice(['api', 'svc', 'web'])}.{r.choice(['default', 'prod', 'payments'])}"
                             ".svc.cluster.local",
    "l5d_uri": lambda r, ts: f"http://{r.choice(WORDS)}-api.{r.choice(['default', 'prod'])}.svc.cluster.local:"
                             f"{r.choice([80, 8080])}{r.choice(['/api/status', '/v1/orders/' + str(r.randint(1, 9999)), '/healthz', '/'])}",
    "l5d_id": lambda r, ts: f"{r.choice(['default', 'web', 'emoji'])}.{r.choice(['default', 'prod', 'payments'])}"
                            ".serviceaccount.identity.linkerd.cluster.local",
    "sst_name": lambda r, ts: f"me-{r.randint(1, 99999)}-big-Data.db",
    "cl_seg": lambda r, ts: f"/var/lib/scylla/commitlog/CommitLog-{r.randint(1, 3)}-{r.randint(10 ** 15, 10 ** 16)}.log",
    "plan_desc": lambda r, ts: f"{r.choice(['Bootstrap', 'Rebuild', 'Repair'])}-{r.choice(['orders', 'ks1', 'audit'])}-index-{r.randint(0, 9)}",
    "tp_list": lambda r, ts: "[" + " ".join(SHAPES["email"](r, ts) for _ in range(r.randint(1, 3))) + "]",
    "tp_dns": lambda r, ts: "[*.teleport.cluster.local " + host(r) + "]",
    "tp_princ": lambda r, ts: "[" + " ".join(r.sample(["root", "ubuntu", "ec2-user", "deploy", "-teleport-internal-join"], r.randint(1, 3))) + "]",
    "tp_roles": lambda r, ts: "[" + " ".join(r.sample(["access", "editor", "auditor", "dev", "ops"], r.randint(1, 3))) + "]",
    "tp_err": lambda r, ts: "[" + r.choice(ERRORS) + "]",
    "storm_group": lambda r, ts: r.choice(WORDS) + r.choice(["-group", "-consumer", "_cg"]),
    "storm_cp": lambda r, ts: f"/opt/storm/lib-worker/*:/opt/storm/extlib/*:{path(r)}:/opt/storm/conf",
    "storm_conf": lambda r, ts: "{" + ", ".join(f"{k}={v}" for k, v in r.sample(
        [("topology.workers", r.randint(1, 8)), ("storm.zookeeper.servers", f"[{host(r)}]"), ("topology.debug", "false"),
         ("topology.max.spout.pending", r.randint(100, 5000))], r.randint(1, 3))) + "}",
    "storm_slots": lambda r, ts: "[" + ", ".join(f"{host(r)}:{r.choice([6700, 6701, 6702])}" for _ in range(r.randint(1, 3))) + "]",
    "0x16": lambda r, ts: "0x" + hexs(r, 15).lstrip("0"),
    "smb_src": lambda r, ts: f"../../source3/smbd/smb2_{r.choice(['create', 'read', 'ioctl', 'query_directory'])}.c",
    "smb_realm": lambda r, ts: r.choice(["CORP.EXAMPLE.NET", "LAB.EXAMPLE.NET", "EXAMPLE.COM"]),
    "pp_site": lambda r, ts: f"/etc/puppetlabs/code/environments/{r.choice(['production', 'staging', 'feature_tls'])}/manifests/"
                             f"{r.choice(['site.pp', 'nodes.pp'])}",
    "pp_lock": lambda r, ts: r.choice(["/opt/puppetlabs/puppet/cache/state/agent_catalog_run.lock",
                                       "/var/lib/puppet/state/agent_catalog_run.lock"]),
    "cidr": lambda r, ts: f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.0/{r.choice([24, 26])}",
    "cidr32": lambda r, ts: f"{ip(r)}/32",
})
# shapes added by the second reading of every template (lists, sets, dates and addresses the truth had cut into parts)
SHAPES.update({
    "tidb_ids": lambda r, ts: "[" + ",".join(str(r.randint(100, 999)) for _ in range(r.randint(1, 3))) + "]",
    "tidb_ddl_time": lambda r, ts: when(ts, r, 30).strftime("%Y-%m-%d %H:%M:%S.") + f"{r.randint(0, 999)} +0000 UTC",
    "scylla_tables": lambda r, ts: "{" + ", ".join(r.sample(["peers", "local", "users", "events_by_day", "t1"], r.randint(1, 3))) + "}",
    "backtrace": lambda r, ts: " ".join("0x" + hexs(r, 7) for _ in range(r.randint(2, 6))),
    "kbn_plugins": lambda r, ts: ", ".join(r.sample(["alerting", "fleet", "securitySolution", "apm", "taskManager", "reporting"],
                                                    r.randint(1, 3))),
    "l5d_sources": lambda r, ts: "[" + r.choice(ERRORS) + "]",
    "l5d_grpc": lambda r, ts: r.choice(["Deadline expired before operation could complete", "Service unavailable"]),
    "l5d_grpcmsg": lambda r, ts: r.choice(["Deadline expired before operation could complete", "connection error: transport is closing"]),
    "rcpt": lambda r, ts: f"<{SHAPES['email'](r, ts)}>",
    "storm_msgid": lambda r, ts: r.choice(["{}", "{}", "{" + str(r.randint(-9 * 10 ** 18, 9 * 10 ** 18)) + "=" + str(r.randint(0, 9 * 10 ** 18)) + "}"]),
    "storm_tuple": lambda r, ts: "[" + ", ".join(r.sample([r.choice(WORDS), str(r.randint(0, 999)), r.choice(FIRST), "null"], r.randint(1, 3))) + "]",
    "storm_ports": lambda r, ts: "[" + ", ".join(str(p) for p in r.sample([6700, 6701, 6702, 6703], r.randint(1, 2))) + "]",
})
