"""kubelet, a systemd journal, HAProxy, Elasticsearch, Cassandra, Slurm. {name} is a value (see vals.py)."""
from vals import (MONTHS, alnum, b64, date_space, dur_ms, flt, fqdn, hexs, ip, mib, num, path, pick, port, time_of_day,
                  uuid, weighted, word, zipnum)

# ---------------------------------------------------------------- kubelet (klog text format)
_ns = ["default", "payments", "kube-system", "monitoring"]


def _podn(r):
    app = r.choice(["web", "checkout", "coredns", "prometheus-node-exporter", "api-gateway", "redis"])
    return "%s-%s-%s" % (app, alnum(9)(r), alnum(5)(r))


def _kts(r):
    return "2026-12-0%d %02d:%02d:%02d.%09d +0000 UTC" % (r.randint(1, 5), r.randint(0, 23), r.randint(0, 59), r.randint(0, 59), r.randint(0, 999999999))


KUBELET = {
    "name": "Kubelet",
    "format": r"<Head> <Time> <Pid> <Source>\] <Content>",
    "header": lambda r, t, lv, s: "%s%s %s.%06d    2214 %s] " % (lv, t.strftime("%m%d"), t.strftime("%H:%M:%S"), t.microsecond, s.get("src", "kubelet.go:2434")),
    "lv": "I",
    "gens": {
        "ns": weighted(("default", 6), ("payments", 3), ("kube-system", 2), ("monitoring", 1)), "podn": _podn, "uid": uuid, "probe": weighted(("readiness", 8), ("liveness", 3), ("startup", 1)),
        "st": weighted(("ready", 6), ("", 4), ("unhealthy", 1)), "cn": pick("app", "istio-proxy", "node-exporter", "redis", "coredns"),
        "cid": hexs(64), "gp": pick(30, 60, 10), "bo": pick("10s", "20s", "40s", "1m20s", "2m40s", "5m0s"),
        "ptype": weighted(("Readiness", 5), ("Liveness", 2)), "url": lambda r: "http://10.244.%d.%d:%d%s" % (r.randint(0, 9), r.randint(2, 250), r.choice([8080, 9090, 3000]), r.choice(["/healthz", "/ready", "/metrics"])),
        "ip": ip("10.244"), "port": pick(8080, 9090, 3000), "res": weighted(("memory", 3), ("ephemeral-storage", 1)),
        "vol": lambda r: "kube-api-access-%s" % alnum(5)(r), "node": pick("node-3"), "ev": weighted(("ContainerStarted", 3), ("ContainerDied", 2)),
        "svc": pick("/system.slice/docker.service", "/system.slice/containerd.service"), "dur": flt(0.1, 90, 6),
        "ts": _kts, "ts2": _kts, "pull": lambda r: r.choice(["0001-01-01 00:00:00 +0000 UTC"] * 3 + [_kts(r)]), "when": lambda r: "2026-12-05T%02d:%02d:%02dZ" % (r.randint(0, 23), r.randint(0, 59), r.randint(0, 59)),
        "ns1": ip("10.0"), "ns2": ip("10.0"), "ns3": ip("10.1"), "src": pick("api", "file"),
    },
    "stmts": [
        {"t": '"SyncLoop (probe)" probe="{probe}" status="{st}" pod="{ns}/{podn}"', "hot": 3},
        {"t": '"SyncLoop (PLEG): event for pod" pod="{ns}/{podn}" event={{"ID":"{uid}","Type":"{ev}","Data":"{cid}"}}', "hot": 2},
        {"t": '"SyncLoop ADD" source="{src}" pods=["{ns}/{podn}"]'},
        {"t": '"SyncLoop UPDATE" source="{src}" pods=["{ns}/{podn}"]'},
        {"t": '"SyncLoop DELETE" source="{src}" pods=["{ns}/{podn}"]'},
        {"t": '"SyncLoop REMOVE" source="{src}" pods=["{ns}/{podn}"]'},
        {"t": '"Probe failed" probeType="{ptype}" pod="{ns}/{podn}" podUID="{uid}" containerName="{cn}" probeResult="failure" output="Get \\"{url}\\": dial tcp {ip}:{port}: connect: connection refused"', "src": "prober.go:107", "hot": 2},
        {"t": '"Error syncing pod, skipping" err="failed to \\"StartContainer\\" for \\"{cn}\\" with CrashLoopBackOff: \\"back-off {bo} restarting failed container={cn} pod={ns}/{podn}({uid})\\"" pod="{ns}/{podn}" podUID="{uid}"', "lv": "E", "src": "pod_workers.go:1300", "hot": 2},
        {"t": '"Killing container with a grace period" pod="{ns}/{podn}" podUID="{uid}" containerName="{cn}" containerID="containerd://{cid}" gracePeriod={gp}', "src": "kuberuntime_container.go:779"},
        {"t": '"RemoveContainer" containerID="{cid}"', "src": "scope.go:117"},
        {"t": '"ContainerStatus from runtime service failed" err="rpc error: code = NotFound desc = an error occurred when try to find container \\"{cid}\\": not found" containerID="{cid}"', "lv": "E", "src": "remote_runtime.go:432"},
        {"t": '"Eviction manager: attempting to reclaim" resourceName="{res}"', "src": "eviction_manager.go:366"},
        {"t": '"operationExecutor.UnmountVolume started for volume \\"{vol}\\" (UniqueName: \\"kubernetes.io/projected/{uid}-{vol}\\") pod \\"{uid}\\" (UID: \\"{uid}\\")"', "src": "reconciler_common.go:161"},
        {"t": '"Volume detached for volume \\"{vol}\\" (UniqueName: \\"kubernetes.io/projected/{uid}-{vol}\\") on node \\"{node}\\" DevicePath \\"\\""', "src": "reconciler_common.go:300"},
        {"t": '"MountVolume.SetUp succeeded for volume \\"{vol}\\" (UniqueName: \\"kubernetes.io/projected/{uid}-{vol}\\") pod \\"{ns}/{podn}\\" (UID: \\"{uid}\\")" pod="{ns}/{podn}"', "src": "operation_generator.go:721"},
        {"t": '"Failed to get system container stats" err="failed to get cgroup stats for \\"{svc}\\": failed to get container info for \\"{svc}\\": unknown container \\"{svc}\\"" containerName="{svc}"', "lv": "E", "src": "summary_sys_containers.go:48"},
        {"t": '"Nameserver limits exceeded" err="Nameserver limits were exceeded, some nameservers have been omitted, the applied nameserver line is: {ns1} {ns2} {ns3}"', "lv": "E", "src": "dns.go:153"},
        {"t": '"Observed pod startup duration" pod="{ns}/{podn}" podStartSLOduration={dur} podStartE2EDuration="{dur}s" podCreationTimestamp="{ts}" firstStartedPulling="{pull}" lastFinishedPulling="{pull}" observedRunningTime="{ts2}" watchObservedRunningTime="{ts2}"', "src": "pod_startup_latency_tracker.go:102"},
        {"t": '"Node became not ready" node="{node}" condition={{"type":"Ready","status":"False","lastHeartbeatTime":"{when}","lastTransitionTime":"{when}","reason":"KubeletNotReady","message":"container runtime is down"}}', "src": "setters.go:580", "n": 2},
        {"t": '"Started kubelet"', "src": "server.go:162", "n": 1},
        {"t": '"Starting to sync pod status with apiserver"', "src": "status_manager.go:217", "n": 1},
        {"t": '"Deleted CPUSet assignment" podUID="{uid}" containerName="{cn}"', "src": "state_mem.go:107", "n": 6},
    ],
}

# ---------------------------------------------------------------- systemd journal, short format (one host, many units)
_units = [("logrotate.service", "Rotate log files"), ("apt-daily.service", "Daily apt download activities"),
          ("certbot.service", "Certbot"), ("man-db.service", "Daily man-db regeneration"),
          ("fstrim.service", "Discard unused blocks on filesystems from /etc/fstab"), ("sysstat-collect.service", "system activity accounting tool")]


def _journal_header(r, t, lv, s):
    proc = s.get("p", "systemd[1]")
    if "[" not in proc and proc != "kernel":
        proc = "%s[%d]" % (proc, r.randint(300, 99999))
    return "%s %s %s web-3 %s: " % (MONTHS[t.month - 1], t.strftime("%d"), t.strftime("%H:%M:%S"), proc)


JOURNAL = {
    "name": "Journal",
    "format": r"<Month> <Day> <Time> <Host> <Process>: <Content>",
    "header": _journal_header,
    "gens": {
        "unit": lambda r: r.choice(_units)[0], "desc": lambda r: r.choice(_units)[1], "cpu": lambda r: r.choice(["%dms" % r.randint(1, 999), "%.3fs" % r.uniform(1, 90)]),
        "user": weighted(("deploy", 8), ("alice", 2), ("root", 1)), "uid": pick(1000, 1001, 0), "ip": ip(), "port": port,
        "key": pick("RSA", "ED25519"), "fp": b64(43), "sess": num(1, 9000), "cmd": pick("command -v debian-sa1 > /dev/null && debian-sa1 1 1", "/usr/local/bin/backup.sh --incremental", "test -x /usr/sbin/anacron || ( cd / && run-parts --report /etc/cron.daily )"),
        "cu": weighted(("root", 5), ("www-data", 1)), "by": weighted(("", 4), ("deploy", 1)),
        "mac": lambda r: ":".join("%02x" % r.randint(0, 255) for _ in range(14)), "len": num(40, 1500), "ttl": pick(64, 128, 242, 50), "id": num(0, 65535),
        "dpt": pick(22, 23, 3389, 445, 8080, 5900), "win": num(1024, 65535), "kpid": num(300, 99999), "comm": pick("java", "node", "python3"),
        "kb": num(100000, 9000000), "res": weighted(("exit-code", 5), ("timeout", 1), ("signal", 1)), "st": pick("1/FAILURE", "203/EXEC", "2/INVALIDARGUMENT"),
        "rc": num(1, 5), "ms": num(40, 900), "dns": ip("10.0"), "rest": zipnum(9), "invu": pick("admin", "test", "oracle", "ubuntu", "git", "postgres", "user1"),
    },
    "stmts": [
        {"t": "Accepted publickey for {user} from {ip} port {port} ssh2: {key} SHA256:{fp}", "p": "sshd", "hot": 2},
        {"t": "pam_unix(sshd:session): session opened for user {user}(uid={uid}) by {by}(uid=0)", "p": "sshd", "hot": 2},
        {"t": "pam_unix(sshd:session): session closed for user {user}", "p": "sshd", "hot": 2},
        {"t": "Received disconnect from {ip} port {port}:11: disconnected by user", "p": "sshd"},
        {"t": "Disconnected from user {user} {ip} port {port}", "p": "sshd"},
        {"t": "Invalid user {invu} from {ip} port {port}", "p": "sshd", "hot": 2},
        {"t": "Connection closed by invalid user {invu} {ip} port {port} [preauth]", "p": "sshd", "hot": 1},
        {"t": "Connection closed by authenticating user {user} {ip} port {port} [preauth]", "p": "sshd"},
        {"t": "New session {sess} of user {user}.", "p": "systemd-logind"},
        {"t": "Session {sess} logged out. Waiting for processes to exit.", "p": "systemd-logind"},
        {"t": "Removed session {sess}.", "p": "systemd-logind"},
        {"t": "pam_unix(cron:session): session opened for user {cu}(uid=0) by {by}(uid=0)", "p": "CRON", "hot": 2},
        {"t": "pam_unix(cron:session): session closed for user {cu}", "p": "CRON", "hot": 2},
        {"t": "({cu}) CMD ({cmd})", "p": "CRON", "hot": 2},
        {"t": "[UFW BLOCK] IN=eth0 OUT= MAC={mac} SRC={ip} DST=10.0.3.17 LEN={len} TOS=0x00 PREC=0x00 TTL={ttl} ID={id} PROTO=TCP SPT={port} DPT={dpt} WINDOW={win} RES=0x00 SYN URGP=0", "p": "kernel", "hot": 3},
        {"t": "Starting {unit} - {desc}...", "n": 14},
        {"t": "Started {unit} - {desc}.", "n": 13},
        {"t": "Finished {unit} - {desc}.", "n": 11},
        {"t": "{unit}: Deactivated successfully.", "n": 12},
        {"t": "{unit}: Consumed {cpu} CPU time.", "n": 9},
        {"t": "{unit}: Main process exited, code=exited, status={st}", "n": 3},
        {"t": "{unit}: Failed with result '{res}'.", "n": 3},
        {"t": "Failed to start {unit} - {desc}.", "n": 3},
        {"t": "{unit}: Scheduled restart job, restart counter is at {rc}.", "n": 2},
        {"t": "Reloading requested from client PID {kpid} ('systemctl') (unit session-{sess}.scope)...", "n": 2},
        {"t": "Reloading...", "n": 2},
        {"t": "Reloading finished in {ms} ms.", "n": 2},
        {"t": "Out of memory: Killed process {kpid} ({comm}) total-vm:{kb}kB, anon-rss:{kb2}kB, file-rss:{kb3}kB, shmem-rss:0kB, UID:{uid} pgtables:{kb4}kB oom_score_adj:0", "p": "kernel", "n": 2},
        {"t": "TCP: request_sock_TCP: Possible SYN flooding on port 0.0.0.0:{dpt}. Sending cookies.", "p": "kernel", "n": 1},
        {"t": "Using degraded feature set UDP instead of UDP+EDNS0 for DNS server {dns}.", "p": "systemd-resolved", "n": 3},
    ],
}
JOURNAL["gens"].update({"kb2": num(100000, 9000000), "kb3": num(0, 9000), "kb4": num(100, 20000)})

# ---------------------------------------------------------------- HAProxy (syslog)
def _hts(r):
    return "%02d/Dec/2026:%02d:%02d:%02d.%03d" % (r.randint(1, 5), r.randint(0, 23), r.randint(0, 59), r.randint(0, 59), r.randint(0, 999))


HAPROXY = {
    "name": "HAProxy",
    "format": r"<Month> <Day> <Time> <Host> <Process>\[<Pid>\]: <Content>",
    "header": lambda r, t, lv, s: "%s %2d %s lb-1 haproxy[%d]: " % (MONTHS[t.month - 1], t.day, t.strftime("%H:%M:%S"), s.get("pid", 31337)),
    "gens": {
        "ip": ip(), "port": port, "ts": _hts, "fe": weighted(("fe_https~", 8), ("fe_http", 2)), "be": pick("be_api", "be_static", "be_auth"),
        "srv": pick("api-1", "api-2", "api-3", "static-1", "auth-1"), "tq": num(0, 40), "tw": num(0, 5), "tc": num(0, 20), "tr": num(1, 3000), "tt": num(1, 9000),
        "code": weighted(("200", 20), ("304", 3), ("404", 2), ("502", 1), ("503", 1)), "bytes": num(120, 900000),
        "term": weighted(("----", 20), ("CD--", 2), ("SD--", 1), ("cD--", 1)), "ac": num(0, 900), "fc": num(0, 900), "bc": num(0, 300), "sc": num(0, 60), "rt": zipnum(3),
        "meth": weighted(("GET", 10), ("POST", 3), ("PUT", 1)), "uri": lambda r: r.choice(["/api/v1/orders/%d" % r.randint(1, 9999), "/static/app.%s.js" % hexs(8)(r), "/healthz", "/api/v1/login"]),
        "hv": weighted(("1.1", 5), ("2.0", 3)), "ms": num(0, 30), "act": num(0, 3), "bk": pick(0), "ses": num(0, 50),
        "reason": pick('Layer4 connection problem, info: "Connection refused"', 'Layer4 timeout', 'Layer7 wrong status, code: 503, info: "Service Unavailable"'),
        "inf": pick("Connection refused", "Connection reset by peer"), "rise": pick(1, 2), "fall": pick(2, 3),
    },
    "stmts": [
        {"t": '{ip}:{port} [{ts}] {fe} {be}/{srv} {tq}/{tw}/{tc}/{tr}/{tt} {code} {bytes} - - {term} {ac}/{fc}/{bc}/{sc}/{rt} 0/0 "{meth} {uri} HTTP/{hv}"', "hot": 4},
        {"t": '{ip}:{port} [{ts}] {fe} {be}/<NOSRV> -1/-1/-1/-1/{tt} 503 217 - - SC-- {ac}/{fc}/0/0/0 0/0 "{meth} {uri} HTTP/{hv}"'},
        {"t": '{ip}:{port} [{ts}] {fe}/1: SSL handshake failure', "hot": 1},
        {"t": "Connect from {ip}:{port} to 10.0.0.10:443 (fe_https/HTTP)", "lv": "info", "hot": 1},
        {"t": "Server {be}/{srv} is DOWN, reason: {reason}, check duration: {ms}ms. {act} active and {bk} backup servers left. {ses} sessions active, 0 requeued, 0 remaining in queue.", "pid": 31338},
        {"t": "Server {be}/{srv} is UP, reason: Layer7 check passed, code: 200, check duration: {ms}ms. {act} active and {bk} backup servers online. 0 sessions requeued, 0 total in queue.", "pid": 31338},
        {"t": "Health check for server {be}/{srv} failed, reason: Layer4 connection problem, info: \"{inf}\", check duration: {ms}ms, status: {rise}/{fall} DOWN.", "pid": 31338},
        {"t": "Health check for server {be}/{srv} succeeded, reason: Layer7 check passed, code: 200, check duration: {ms}ms, status: {rise}/{fall} UP.", "pid": 31338},
        {"t": "backend {be} has no server available!", "pid": 31338},
        {"t": "Proxy {be} started.", "n": 3},
        {"t": "Proxy fe_https started.", "n": 1},
        {"t": "Stopping frontend fe_https in 0 ms.", "n": 1},
        {"t": "Stopping backend {be} in 0 ms.", "n": 3},
        {"t": "Proxy {be} stopped (cumulated conns: FE: 0, BE: {ac}).", "n": 3},
        {"t": "Loading success.", "n": 1},
    ],
}

# ---------------------------------------------------------------- Elasticsearch (plain log4j layout)
_idx = lambda r: "logs-app-2026.12.0%d" % r.randint(1, 5)


def _es_header(r, t, lv, s):
    comp = s.get("c", "o.e.c.m.MetadataMappingService")
    return "[%s,%03d][%-5s][%-25s] [es-data-2] " % (t.strftime("%Y-%m-%dT%H:%M:%S"), t.microsecond // 1000, lv, comp)


ELASTIC = {
    "name": "Elasticsearch",
    "format": r"\[<Time>\]\[<Level>\]\[<Component>\] \[<Node>\] <Content>",
    "header": _es_header,
    "gens": {
        "idx": _idx, "uuid": alnum(22), "c1": weighted(("YELLOW", 3), ("GREEN", 3), ("RED", 1)), "c2": weighted(("GREEN", 3), ("YELLOW", 2), ("RED", 1)),
        "sh": pick(0, 1, 2), "gc": num(1000, 900000), "spent": dur_ms, "last": pick("1s", "1.1s", "2s"),
        "node": pick("es-data-1", "es-data-2", "es-data-3"), "nid": alnum(22), "free": lambda r: "%.1fgb" % r.uniform(5, 90), "pct": flt(3, 15, 1),
        "cause": weighted(("auto(bulk api)", 5), ("api", 1), ("rollover_index", 2)), "tpl": pick("logs-app", "metrics"), "pol": pick("logs", "metrics-30d"),
        "phase": weighted(("hot", 5), ("warm", 2), ("delete", 1)), "act": pick("rollover", "complete", "shrink"), "step": pick("check-rollover-ready", "attempt-rollover", "complete"),
        "took": dur_ms, "ms": num(500, 30000), "hits": num(0, 900000), "tshards": pick(1, 3, 5), "sid": weighted(("", 3), ("q-7d2", 1)),
        "q": lambda r: '{"query":{"match":{"%s":{"query":"%s"}}}}' % (r.choice(["message", "user.id", "trace.id"]), alnum(8)(r)),
        "term": num(2, 40), "ver": num(1000, 90000), "prev": lambda r: r.choice(["", "{es-master-1}{%s}" % alnum(22)(r)]), "cur": lambda r: "{es-master-%d}{%s}" % (r.randint(1, 3), alnum(22)(r)),
        "retry": zipnum(9), "to": pick("30s", "1m"), "k": num(1, 9),
    },
    "stmts": [
        {"t": "[{idx}/{uuid}] update_mapping [_doc]", "hot": 3},
        {"t": "[gc][{gc}] overhead, spent [{spent}] collecting in the last [{last}]", "c": "o.e.m.j.JvmGcMonitorService", "hot": 2},
        {"t": "Cluster health status changed from [{c1}] to [{c2}] (reason: [shards started [[{idx}][{sh}]]]).", "c": "o.e.c.r.a.AllocationService", "hot": 2},
        {"t": "[{idx}] creating index, cause [{cause}], templates [{tpl}], shards [{k}]/[1]", "c": "o.e.c.m.MetadataCreateIndexService"},
        {"t": "low disk watermark [85%] exceeded on [{nid}][{node}][/var/lib/elasticsearch] free: {free}[{pct}%], replicas will not be assigned to this node", "c": "o.e.c.r.a.DiskThresholdMonitor", "hot": 1},
        {"t": "high disk watermark [90%] exceeded on [{nid}][{node}][/var/lib/elasticsearch] free: {free}[{pct}%], shards will be relocated away from this node; currently relocating away shards totalling [0b]; currently shards totalling [{free}] are allocated to this node", "lv": "WARN", "c": "o.e.c.r.a.DiskThresholdMonitor"},
        {"t": "moving index [{idx}] from [{{\"phase\":\"{phase}\",\"action\":\"{act}\",\"name\":\"{step}\"}}] to [{{\"phase\":\"{phase}\",\"action\":\"{act}\",\"name\":\"{step2}\"}}] in policy [{pol}]", "c": "o.e.x.i.IndexLifecycleTransition"},
        {"t": "[{idx}] deleting index", "c": "o.e.c.m.MetadataDeleteIndexService"},
        {"t": "[{idx}][{sh}] took[{took}], took_millis[{ms}], total_hits[{hits} hits], stats[], search_type[QUERY_THEN_FETCH], total_shards[{tshards}], source[{q}], id[{sid}],", "lv": "WARN", "c": "i.s.s.query"},
        {"t": "policy [{pol}] for index [{idx}] on an error step due to a transient error, moving back to the failed step [{step}] for execution. retry attempt [{retry}]", "c": "o.e.x.i.IndexLifecycleRunner"},
        {"t": "master node changed {{previous [{prev}], current [{cur}]}}, term: {term}, version: {ver}, reason: ApplyCommitRequest{{term={term}, version={ver}, sourceNode={cur}}}", "c": "o.e.c.s.ClusterApplierService", "n": 3},
        {"t": "timed out while retrying [indices:admin/mapping/put] after failure (timeout [{to}])", "lv": "WARN", "c": "o.e.a.s.m.TransportMasterNodeAction"},
        {"t": "adding template [{tpl}] for index patterns [{tpl}-*]", "c": "o.e.c.m.MetadataIndexTemplateService", "n": 2},
        {"t": "publish_address {{10.2.0.12:9300}}, bound_addresses {{[::]:9300}}", "c": "o.e.t.TransportService", "n": 1},
        {"t": "started {{es-data-2}}{{{nid}}}{{{uuid}}}{{es-data-2}}{{10.2.0.12}}{{10.2.0.12:9300}}{{dh}}", "c": "o.e.n.Node", "n": 1},
        {"t": "stopping ...", "c": "o.e.n.Node", "n": 1},
        {"t": "stopped", "c": "o.e.n.Node", "n": 1},
    ],
}
ELASTIC["gens"]["step2"] = pick("check-rollover-ready", "attempt-rollover", "complete")

SYSTEMS_B_1 = [KUBELET, JOURNAL, HAPROXY, ELASTIC]
