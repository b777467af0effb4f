"""unseen5 systems, part A: containerd, Vault, Caddy, Grafana, HBase, ClickHouse (written from knowledge, blind)."""
import datetime
import values5 as v

K = v.KINDS
K.update({
    "cplugin": lambda r, ts: r.choice(["io.containerd.snapshotter.v1.overlayfs", "io.containerd.grpc.v1.cri",
                                       "io.containerd.content.v1.content", "io.containerd.snapshotter.v1.zfs",
                                       "io.containerd.runtime.v2.task", "io.containerd.tracing.processor.v1.otlp",
                                       "io.containerd.internal.v1.opt", "io.containerd.gc.v1.scheduler"]),
    "ctype": lambda r, ts: r.choice(["io.containerd.snapshotter.v1", "io.containerd.grpc.v1", "io.containerd.content.v1",
                                     "io.containerd.runtime.v2", "io.containerd.internal.v1"]),
    "cskip": lambda r, ts: r.choice(["no scratch file generator: skip plugin", "skip plugin",
                                     "path /var/lib/containerd/io.containerd.snapshotter.v1.zfs must be a zfs "
                                     "filesystem to be used with the zfs snapshotter: skip plugin",
                                     "no OpenTelemetry endpoint: skip plugin"]),
    "csock": lambda r, ts: r.choice(["/run/containerd/containerd.sock", "/run/containerd/containerd.sock.ttrpc"]),
    "sdur": lambda r, ts: f"{r.uniform(0.01, 3):.6f}s",
    "ns": lambda r, ts: r.choice(["default", "kube-system", "monitoring", "payments-prod", "ci", "ingress-nginx"]),
    "cname": lambda r, ts: r.choice(["nginx", "app", "istio-proxy", "node-exporter", "coredns", "sidecar", "migrate"]),
    "cpullerr": lambda r, ts: r.choice(["unexpected status from HEAD request to https://registry.example.com/v2/team/"
                                        "orders/manifests/latest: 401 Unauthorized",
                                        "pull access denied, repository does not exist or may require authorization",
                                        "dial tcp 10.20.0.5:443: i/o timeout", "not found"]),
    "nanos": lambda r, ts: str(r.randint(0, 999999999)),
    "cmdlist": lambda r, ts: r.choice(["sh -c pg_isready -U postgres", "/bin/grpc_health_probe -addr=:9000",
                                       "cat /tmp/healthy", "redis-cli ping", "/usr/bin/check --quiet"]),
    "ctsec": lambda r, ts: ts.strftime("%Y-%m-%dT%H:%M:%S.") + f"{r.randint(0, 999999999):09d}Z",
    "kvpath": lambda r, ts: r.choice(["secret/", "kv/", "pki/", "pki_int/", "transit/", "database/", "sys/"]),
    "lease": lambda r, ts: r.choice(["auth/approle/login/", "auth/kubernetes/login/", "database/creds/readonly/",
                                     "auth/token/create/"]) + v._hex(r, 40),
    "vver": lambda r, ts: f"v{r.randint(0, 1)}.{r.randint(0, 16)}.{r.randint(0, 9)}+builtin" + r.choice(["", ".vault"]),
    "raftnode": lambda r, ts: r.choice(["vault-0", "vault-1", "vault-2", "node_a1", "raft-node-3"]),
    "tlserr": lambda r, ts: r.choice(["EOF", "remote error: tls: bad certificate", "tls: first record does not look like a "
                                      "TLS handshake", "read tcp 10.0.0.8:8200->10.1.2.3:51234: read: connection reset by "
                                      "peer", "remote error: tls: unknown certificate authority"]),
    "caddr": lambda r, ts: r.choice(["localhost:2019", "127.0.0.1:2019", "unix//run/caddy/admin.sock"]),
    "acmeca": lambda r, ts: r.choice(["https://acme-v02.api.letsencrypt.org/directory", "https://acme.zerossl.com/v2/DV90"]),
    "acmehost": lambda r, ts: r.choice(["acme-v02.api.letsencrypt.org", "acme-staging-v02.api.letsencrypt.org"]),
    "errtrace": lambda r, ts: r.choice(["reverseproxy.statusError (reverseproxy.go:1269)",
                                        "fileserver.(*FileServer).notFound (staticfiles.go:629)",
                                        "caddyhttp.HandlerFunc.ServeHTTP (routes.go:290)"]),
    "lo": lambda r, ts: r.choice(["127.0.0.1", "::1"]),
    "ghandler": lambda r, ts: r.choice(["/api/dashboards/uid/:uid", "/api/ds/query", "/api/live/ws", "/api/search",
                                        "/public/*", "/login", "/api/user"]),
    "hex10": lambda r, ts: v._hex(r, 10),
    "isotz": lambda r, ts: (ts - datetime.timedelta(days=r.randint(3, 90))).strftime("%Y-%m-%dT%H:%M:%SZ"),
    "genv": lambda r, ts: r.choice(["GF_SECURITY_ADMIN_PASSWORD=*********", "GF_PATHS_DATA=/var/lib/grafana",
                                    "GF_SERVER_ROOT_URL=https://grafana.example.com/", "GF_LOG_LEVEL=info"]),
    "gplugin": lambda r, ts: r.choice(["acme-custom-panel", "grafana-clock-panel", "redis-datasource", "ops-map2"]),
    "gerr": lambda r, ts: r.choice(["failed to execute query A: Post \"http://prometheus:9090/api/v1/query_range\": dial "
                                    "tcp 10.0.0.5:9090: connect: connection refused",
                                    "context deadline exceeded", "invalid format of evaluation results for the alert "
                                    "definition B: looks like time series data, only reduced data can be alerted on.",
                                    "[sse.dataQueryError] failed to execute query [A]: db query error: pq: relation "
                                    "\"metrics\" does not exist"]),
    "galert": lambda r, ts: r.choice(["HighCPU", "Disk almost full", "API 5xx rate", "NodeDown", "cert-expiry"]),
    "gautherr": lambda r, ts: r.choice(["[password-auth.failed] failed to authenticate identity: [identity.not-found] no "
                                        "user found: user not found", "[api-key.invalid] API key is invalid",
                                        "user token not found", "[session.token.rotate] token needs to be rotated"]),
    "guid14": lambda r, ts: v._b62(r, 14),
    "hcf": lambda r, ts: r.choice(["cf", "d", "info", "meta", "f1"]),
    "rowkey": lambda r, ts: r.choice(["user" + str(r.randint(1, 99999)), v._hex(r, 8), "row-" + str(r.randint(1, 999))]),
    "nsec": lambda r, ts: f"{r.randint(0, 90)}sec",
    "chuser": lambda r, ts: r.choice(["default", "readonly", "etl", "grafana", "ch_admin2"]),
    "chver": lambda r, ts: r.choice(["23.8.2.7", "24.3.1.2672", "23.3.13.6"]),
    "chexc": lambda r, ts: r.choice(["Table default.foo does not exist", "Memory limit (for query) exceeded: would use "
                                     "9.32 GiB (attempt to allocate chunk of 4194304 bytes), maximum: 9.31 GiB",
                                     "Syntax error: failed at position 8 ('FORM'): FORM events",
                                     "Timeout exceeded: elapsed 30.0012 seconds, maximum: 30"]),
    "chcode": lambda r, ts: r.choice(["UNKNOWN_TABLE", "MEMORY_LIMIT_EXCEEDED", "SYNTAX_ERROR", "TIMEOUT_EXCEEDED"]),
    "yyyymm": lambda r, ts: r.choice(["202612", "202611", "202610", "all"]),
    "chsize": lambda r, ts: f"{r.uniform(0, 999):.2f} {r.choice(['B', 'KiB', 'MiB', 'GiB'])}",
    "HEX40": lambda r, ts: v._hex(r, 40).upper(),
    "num10": lambda r, ts: f"{r.randint(0, 10 ** 6):010d}",
})


def iso_z(ts, digits=3):
    return ts.strftime("%Y-%m-%dT%H:%M:%S.") + f"{ts.microsecond:06d}"[:digits] + "Z"


def containerd_header(r, ts, level, comp):
    return f'time="{ts.strftime("%Y-%m-%dT%H:%M:%S.")}{ts.microsecond * 1000 + r.randint(0, 999):09d}Z" level={level} msg='


def vault_header(r, ts, level, comp):
    return f"{iso_z(ts)} [{level}]{' ' * (6 - len(level))}{comp}: "


def caddy_header(r, ts, level, comp):
    return f"{ts.strftime('%Y/%m/%d %H:%M:%S')}.{ts.microsecond // 1000:03d}\t{level}\t{comp}\t"


def grafana_header(r, ts, level, comp):
    if comp == "context":
        comp = f"context userId={r.choice([0, 1, 2, 7, 12])} orgId={r.choice([1, 1, 2])} uname={r.choice(['', 'admin', 'viewer1', 'alice'])}"
    return f"logger={comp} t={ts.strftime('%Y-%m-%dT%H:%M:%S')}.{ts.microsecond:06d}{r.randint(100, 999)}Z level={level} msg="


def hbase_header(r, ts, level, comp):
    host = r.choice(["rs1", "rs2", "hb-worker-3"])
    thread = r.choice([f"RS_OPEN_REGION-regionserver/{host}:16020-{r.randint(0, 2)}", f"MemStoreFlusher.{r.randint(0, 1)}",
                       f"regionserver/{host}:16020.Chore.1", f"RpcServer.default.FPBQ.Fifo.handler={r.randint(0, 29)},queue="
                       f"{r.randint(0, 2)},port=16020", f"RS_CLOSE_REGION-regionserver/{host}:16020-0",
                       f"regionserver/{host}:16020.logRoller", "JvmPauseMonitor"])
    return f"{ts.strftime('%Y-%m-%d %H:%M:%S')},{ts.microsecond // 1000:03d} {level:<5} [{thread}] {comp}: "


def clickhouse_header(r, ts, level, comp):
    qid = v._hex(r, 8) + "-" + v._hex(r, 4) + "-" + v._hex(r, 4) + "-" + v._hex(r, 4) + "-" + v._hex(r, 12) \
        if comp.startswith(("executeQuery", "TCPHandler", "MemoryTracker", "TCP-Session")) and r.random() < 0.8 else ""
    return f"{ts.strftime('%Y.%m.%d %H:%M:%S')}.{ts.microsecond:06d} [ {r.choice([1, 47, 311, 1204, 55012, 123456])} ] " \
           f"{{{qid}}} <{level}> {comp}: "


CT = "info|info|info|debug"
CONTAINERD = {
    "about": "containerd 1.7 (logrus text: time=\"...\" level=... msg=\"...\" key=value)",
    "log_format": 'time="<Time>" level=<Level> msg=<Content>',
    "header": containerd_header, "start": datetime.datetime(2026, 12, 5, 22, 4, 11, 120000), "gap_ms": 900,
    "statements": [
        ("info", "", '"starting containerd" revision={hex40} version=v{ver}', 1),
        ("info", "", '"loading plugin \\"{cplugin}\\"..." type={ctype}'),
        ("info", "", '"skip loading plugin \\"{cplugin}\\"..." error="{cskip}" type={ctype}'),
        ("info", "", '"serving..." address={csock}', 2),
        ("info", "", '"containerd successfully booted in {sdur}"', 1),
        ("info", "", '"RunPodSandbox for &PodSandboxMetadata{{Name:{pod},Uid:{uuid},Namespace:{ns},Attempt:{int},}}"'),
        ("info", "", '"RunPodSandbox for &PodSandboxMetadata{{Name:{pod},Uid:{uuid},Namespace:{ns},Attempt:{int},}} '
                     'returns sandbox id \\"{hex64}\\""'),
        ("info", "", '"CreateContainer within sandbox \\"{hex64}\\" for container &ContainerMetadata{{Name:{cname},'
                     'Attempt:{int},}}"'),
        ("info", "", '"CreateContainer within sandbox \\"{hex64}\\" for '
                     '&ContainerMetadata{{Name:{cname},Attempt:{int},}} returns container id \\"{hex64}\\""'),
        ("info", "", '"StartContainer for \\"{hex64}\\""'),
        ("info", "", '"StartContainer for \\"{hex64}\\" returns successfully"'),
        ("info", "", '"StopPodSandbox for \\"{hex64}\\""'),
        ("info", "", '"TearDown network for sandbox \\"{hex64}\\" successfully"'),
        ("info", "", '"StopPodSandbox for \\"{hex64}\\" returns successfully"'),
        ("info", "", '"PullImage \\"{image}\\""'),
        ("info", "", '"ImageCreate event name:\\"{image}\\" labels:{{key:\\"io.cri-containerd.image\\" '
                     'value:\\"managed\\"}}"'),
        ("info", "", '"PullImage \\"{image}\\" returns image reference \\"{sha}\\""'),
        ("error", "", '"PullImage \\"{image}\\" failed" error="failed to pull and unpack image \\"{image}\\": failed '
                      'to resolve reference \\"{image}\\": {cpullerr}"'),
        ("info", "", '"shim disconnected" id={hex64} namespace={=k8s.io|moby}'),
        ("warning", "", '"cleaning up after shim disconnected" id={hex64} namespace={=k8s.io|moby}'),
        ("info", "", '"cleaning up dead shim" namespace={=k8s.io|moby}'),
        ("error", "", '"ContainerStatus for \\"{hex64}\\" failed" error="rpc error: code = NotFound desc = an error '
                      'occurred when try to find container \\"{hex64}\\": not found"'),
        ("info", "", '"received exit event container_id:\\"{hex64}\\" id:\\"{hex64}\\" pid:{pid} exit_status:{int} '
                     'exited_at:{{seconds:{epoch} nanos:{nanos}}}"'),
        ("info", "", '"Container to stop \\"{hex64}\\" must be in running or unknown state, current state '
                     '\\"{=CONTAINER_EXITED|CONTAINER_CREATED|CONTAINER_UNKNOWN}\\""'),
        ("debug", "", '"garbage collected" d="{dur}"'),
        ("info", "", '"ExecSync for \\"{hex64}\\" with command [{cmdlist}] and timeout {int} (s)"'),
        ("info", "", '"ExecSync for \\"{hex64}\\" returns with exit code {int}"'),
        ("error", "", '"failed to reload cni configuration after receiving fs change event(WRITE         '
                      '\\"{path}\\")" error="cni config load failed: no network config found in {dir}: cni plugin not '
                      'initialized: failed to load cni config"'),
        ("info", "", '"Forcibly stopping sandbox \\"{hex64}\\""'),
        ("info", "", '"Ensure that sandbox {hex64} in task-service has been cleanup successfully"'),
    ],
}

VAULT = {
    "about": "HashiCorp Vault 1.15 server (hclog: ISO stamp, [LEVEL] padded to 5, subsystem:)",
    "log_format": r"<Time> \[<Level>\] <Component>: <Content>",
    "header": vault_header, "start": datetime.datetime(2026, 12, 6, 1, 0, 3, 4000), "gap_ms": 2500,
    "statements": [
        ("INFO", "core", "security barrier not initialized", 1),
        ("INFO", "core", "seal configuration missing, not initialized", 1),
        ("INFO", "core.cluster-listener.tcp", "starting listener: listener_address={ip}:{port}", 2),
        ("INFO", "core.cluster-listener", "serving cluster requests: cluster_listen_address={ip}:{port}", 2),
        ("INFO", "core", "post-unseal setup starting", 2),
        ("INFO", "core", "loaded wrapping token key", 2),
        ("INFO", "core", 'successfully setup plugin catalog: plugin-directory="{dir?}"'),
        ("INFO", "core", 'successfully mounted: type={=kv|pki|transit|system|identity|token} version="{vver}" '
                         'path={kvpath} namespace="ID: root. Path: "'),
        ("INFO", "core", 'successfully enabled credential backend: type={=approle|userpass|kubernetes} version="" '
                         'path={=approle/|userpass/|kubernetes/} namespace="ID: root. Path: "'),
        ("INFO", "core", "post-unseal setup complete", 2),
        ("INFO", "core", "vault is unsealed", 2),
        ("INFO", "core", "acquired lock, enabling active operation", 2),
        ("INFO", "expiration", "revoked lease: lease_id={lease}"),
        ("INFO", "expiration", "lease restore complete", 2),
        ("INFO", "storage.raft", 'entering follower state: follower="Node at {ip}:{port} [Follower]" leader-address= '
                                 'leader-id='),
        ("WARN", "storage.raft", "heartbeat timeout reached, starting election: last-leader-addr={ip}:{port} "
                                 "last-leader-id={raftnode}"),
        ("INFO", "storage.raft", 'entering candidate state: node="Node at {ip}:{port} [Candidate]" term={int}'),
        ("INFO", "storage.raft", "election won: term={int} tally={int}"),
        ("WARN", "storage.raft", "failed to contact: server-id={raftnode} time={dur}"),
        ("INFO", "storage.raft", "starting snapshot up to: index={num}"),
        ("INFO", "storage.raft", "snapshot complete up to: index={num}"),
        ("INFO", "storage.raft", "compacting logs: from={num} to={num}"),
        ("ERROR", "core", 'forward request error: error="error during forwarding RPC request"'),
        ("ERROR", "core", 'error during forwarded RPC request: error="rpc error: code = Unavailable desc = connection '
                          'error: desc = \\"transport: Error while dialing: dial tcp {ip}:{port}: connect: {err}\\""'),
        ("INFO", "http", "TLS handshake error from {ip}:{eport}: {tlserr}"),
        ("INFO", "rollback", "starting rollback manager", 2),
        ("INFO", "core", "restoring leases", 2),
        ("ERROR", "core", 'failed to lookup token: error="{=token not found|invalid token|permission denied}"'),
        ("WARN", "core", "token wrapping request failed: path={kvpath} error=\"{err}\""),
        ("INFO", "core", "mount tuning of leases successful: path={kvpath}"),
    ],
}

CADDY = {
    "about": "Caddy 2.7 (zap console encoder: yyyy/mm/dd stamp, tab-separated level, logger, message, JSON fields)",
    "log_format": r"<Date> <Time>\t<Level>\t<Logger>\t<Content>",
    "header": caddy_header, "start": datetime.datetime(2026, 12, 6, 4, 30, 0), "gap_ms": 700,
    "statements": [
        ("INFO", "admin", 'admin endpoint started\t{{"address": "{caddr}", "enforce_origin": {=false|true}, "origins": '
                          '["//{caddr}", "//{caddr}"]}}', 2),
        ("INFO", "http.auto_https", "server is listening only on the HTTPS port but has no TLS connection policies; "
                                    'adding one to enable TLS\t{{"server_name": "srv{int}", "https_port": {port}}}', 2),
        ("INFO", "http.auto_https", 'enabling automatic HTTP->HTTPS redirects\t{{"server_name": "srv{int}"}}', 2),
        ("INFO", "http", 'enabling HTTP/3 listener\t{{"addr": ":{port}"}}', 2),
        ("INFO", "http.log", 'server running\t{{"name": "srv{int}", "protocols": ["h1", "h2", "h3"]}}', 3),
        ("INFO", "tls.obtain", 'acquiring lock\t{{"identifier": "{fqdn}"}}'),
        ("INFO", "tls.obtain", 'lock acquired\t{{"identifier": "{fqdn}"}}'),
        ("INFO", "tls.obtain", 'obtaining certificate\t{{"identifier": "{fqdn}"}}'),
        ("INFO", "http.acme_client", 'trying to solve challenge\t{{"identifier": "{fqdn}", "challenge_type": '
                                     '"{=http-01|tls-alpn-01}", "ca": "{acmeca}"}}'),
        ("INFO", "http.acme_client", 'authorization finalized\t{{"identifier": "{fqdn}", "authz_status": "valid"}}'),
        ("INFO", "http.acme_client", 'validations succeeded; finalizing order\t{{"order": '
                                     '"https://{acmehost}/acme/order/{num}/{big}"}}'),
        ("INFO", "tls.obtain", 'certificate obtained successfully\t{{"identifier": "{fqdn}", "issuer": "{acmeca}"}}'),
        ("INFO", "tls.obtain", 'releasing lock\t{{"identifier": "{fqdn}"}}'),
        ("INFO", "tls", 'cleaning storage unit\t{{"storage": "FileStorage:{dir}"}}'),
        ("INFO", "tls", "finished cleaning storage units"),
        ("INFO", "http.log.access.log0|http.log.access.log1", 'handled request\t{{"request": {{"remote_ip": "{ip}", '
                                                              '"remote_port": "{eport}", "client_ip": "{ip}", '
                                                              '"proto": "HTTP/{=1.1|2.0}", "method": "{method}", '
                                                              '"host": "{fqdn}", "uri": "{apipath}"}}, "bytes_read": '
                                                              '{int}, "user_id": "{user?}", "duration": {secs}, '
                                                              '"size": {bytes}, "status": {status}}}'),
        ("ERROR", "http.log.error.log0|http.log.error", 'dial tcp {ip}:{port}: connect: {err}\t{{"request": '
                                                        '{{"remote_ip": "{ip}", "method": "{method}", "host": '
                                                        '"{fqdn}", "uri": "{apipath}"}}, "duration": {secs}, '
                                                        '"status": {status}, "err_id": "{b62}", "err_trace": '
                                                        '"{errtrace}"}}'),
        ("DEBUG", "http.handlers.reverse_proxy", 'upstream roundtrip\t{{"upstream": "{ip}:{port}", "duration": {secs}, '
         '"request": {{"remote_ip": "{ip}", "method": "{method}", "uri": "{apipath}"}}, "headers": {{"Content-Length": '
         '["{bytes}"]}}, "status": {status}}}'),
        ("DEBUG", "tls.handshake", 'no matching certificates and no custom selection logic\t{{"identifier": "{ip}"}}'),
        ("ERROR", "http.stdlib", "http: TLS handshake error from {ip}:{eport}: {tlserr}"),
        ("INFO", "admin.api", 'received request\t{{"method": "{=POST|GET}", "host": "{caddr}", "uri": '
                              '"{=/load|/config/|/reverse_proxy/upstreams}", "remote_ip": "{lo}", "remote_port": '
                              '"{eport}"}}'),
        ("WARN", "tls", 'stapling OCSP\t{{"error": "no OCSP stapling for [{fqdn}]: {err}"}}'),
        ("INFO", "", 'shutting down apps, then terminating\t{{"signal": "{=SIGTERM|SIGINT}"}}', 2),
        ("WARN", "", 'exiting; byeee!! 👋\t{{"signal": "{=SIGTERM|SIGINT}"}}', 2),
    ],
}

GRAFANA = {
    "about": "Grafana 10 server (logfmt: logger= [context fields] t= level= msg=)",
    "log_format": "logger=<Logger> t=<Time> level=<Level> msg=<Content>",
    "header": grafana_header, "start": datetime.datetime(2026, 12, 6, 2, 12, 0), "gap_ms": 1800,
    "statements": [
        ("info", "context", '"Request Completed" method={method} path={apipath} status={status} remote_addr={ip} '
                            'time_ms={int} duration={dur} size={bytes} referer={url?} handler={ghandler} '
                            'status_source={=server|downstream}'),
        ("info", "http.server", '"HTTP Server Listen" address=[{=::|::1}]:{port} protocol={=http|https} subUrl= '
                                "socket=", 2),
        ("info", "server", '"Starting Grafana" version={ver} commit={hex10} branch={=HEAD|main} compiled={isotz}', 1),
        ("info", "settings", '"Config loaded from" file={path}', 3),
        ("info", "settings", '"Config overridden from Environment variable" var="{genv}"'),
        ("info", "sqlstore", '"Connecting to DB" dbtype={=sqlite3|postgres|mysql}', 2),
        ("info", "migrator", '"Starting DB migrations"', 2),
        ("info", "migrator", '"migrations completed" performed={int} skipped={num} duration={dur}', 2),
        ("info", "plugin.store", '"Loading plugins..."', 2),
        ("info", "plugin.store", '"Plugins loaded" count={int} duration={dur}', 2),
        ("warn", "plugin.signature.validator", '"Permitting unsigned plugin. This is not recommended" '
                                               "pluginID={gplugin}"),
        ("info", "cleanup", '"Completed cleanup jobs" duration={dur}'),
        ("info", "ngalert.scheduler", '"Starting scheduler" tickInterval={=10s|1m0s} maxAttempts={int}', 2),
        ("info", "ngalert.state.manager", '"State cache has been initialized" states={int} duration={dur}', 2),
        ("error", "ngalert.scheduler", '"Failed to evaluate rule" rule_uid={guid14} org_id={int} version={int} '
                                       'attempt={int} now={iso} error="{gerr}"'),
        ("info", "ngalert.state.manager", '"Detected stale state entry" cacheID="[[__alert_rule_namespace_uid__ '
                                          '{b62_8}] [__alert_rule_uid__ {guid14}] [alertname {galert}]]" '
                                          "state={=Normal|Alerting|Pending} reason={=|Error|NoData}"),
        ("warn", "context", '"failed to look up session from cookie" error="user token not found"'),
        ("info", "live", '"Initialized channel handler" channel=grafana/dashboard/uid/{guid14} '
                         'address=grafana/dashboard/uid/{guid14}'),
        ("warn", "authn.service", '"Failed to authenticate request" client={=auth.client.session|auth.client.form|'
                                  'auth.client.api-key} error="{gautherr}"'),
        ("info", "provisioning.dashboard", '"starting to provision dashboards"', 2),
        ("info", "provisioning.dashboard", '"finished to provision dashboards"', 2),
        ("info", "update.checker", '"Update check succeeded" duration={dur}'),
        ("error", "update.checker", '"Update check failed" error="failed to get latest.json repo from github.com: Get '
                                    '\\"https://raw.githubusercontent.com/grafana/grafana/main/latest.json\\": {err}" '
                                    'duration={dur}'),
        ("info", "infra.usagestats", '"Usage stats are ready to report"', 2),
        ("info", "sqlstore.transactions", '"Database locked, sleeping then retrying" error="database is locked" '
                                          'retry={int} code="database is locked"'),
    ],
}

HC = "regionserver.HStore"
HBASE = {
    "about": "HBase 2.5 RegionServer (log4j: yyyy-mm-dd hh:mm:ss,SSS LEVEL [thread] logger: )",
    "log_format": r"<Date> <Time> <Level> \[<Thread>\] <Component>: <Content>",
    "header": hbase_header, "start": datetime.datetime(2026, 12, 6, 0, 0, 5), "gap_ms": 1300,
    "statements": [
        ("INFO", "regionserver.HRegion", "Onlined {hex32}; next sequenceid={num}"),
        ("INFO", HC, "Completed compaction of {int} (all) file(s) in {hcf} of {word},{rowkey?},{epochms}.{hex32}. "
                     "into {hex32}(size={sizeg}), total size for store is {sizeg}. This selection was in queue for "
                     "{nsec}, and took {nsec} to execute."),
        ("INFO", HC, "Completed compaction of {int} file(s) in {hcf} of {word},{rowkey?},{epochms}.{hex32}. into "
                     "{hex32}(size={sizeg}), total size for store is {sizeg}. This selection was in queue for {nsec}, "
                     "and took {nsec} to execute."),
        ("INFO", "regionserver.HRegion", "Flushing {hex32} {int}/{int} column families, dataSize={sizeg} "
                                         "heapSize={sizeg}"),
        ("INFO", "regionserver.HRegion", "Finished flush of dataSize ~{sizeg}/{num}, heapSize ~{sizeg}/{num}, "
                                         "currentSize={sizeg}/{num} for {hex32} in {ms}, sequenceid={num}, compaction "
                                         "requested={=true|false}"),
        ("INFO", "regionserver.DefaultStoreFlusher", "Flushed memstore data size={sizeg} at sequenceid={num} "
                                                     "(bloomFilter={=true|false}), "
                                                     "to=hdfs://{short}:{port}/hbase/data/{=default|prod}/{word}/{hex32}/.tmp/{hcf}/{hex32}"),
        ("INFO", HC, "Added hdfs://{short}:{port}/hbase/data/{=default|prod}/{word}/{hex32}/{hcf}/{hex32}, "
                     "entries={num}, sequenceid={num}, filesize={sizeg}"),
        ("INFO", "hfile.LruBlockCache", "totalSize={sizeg}, usedSize={sizeg}, freeSize={sizeg}, max={sizeg}, "
                                        "blockCount={num}, accesses={num}, hits={num}, hitRatio={pct}%, , "
                                        "cachingAccesses={num}, cachingHits={num}, cachingHitsRatio={pct}%, "
                                        "evictions={num}, evicted={int}, evictedPerRun={float}"),
        ("INFO", "regionserver.RSRpcServices", "Open {word},{rowkey?},{epochms}.{hex32}."),
        ("INFO", "regionserver.RSRpcServices", "Close {hex32}, moving to {short},{port},{epochms}"),
        ("INFO", "regionserver.HRegionServer", "Post open deploy tasks for {word},{rowkey?},{epochms}.{hex32}."),
        ("INFO", "hbase.ScheduledChore", "Chore: {=CompactionChecker|MemstoreFlusherChore|CompactedHFilesCleaner} "
                                         "missed its start time"),
        ("WARN", "util.JvmPauseMonitor", "Detected pause in JVM or host machine (eg GC): pause of approximately {ms} "
                                         "No GCs detected"),
        ("INFO", "wal.AbstractFSWAL", "Rolled WAL "
                                      "hdfs://{short}:{port}/hbase/WALs/{short},{port},{epochms}/{short}%2C{port}%2C{epochms}.{epochms} "
                                      "with entries={num}, filesize={sizeg}; new WAL "
                                      "hdfs://{short}:{port}/hbase/WALs/{short},{port},{epochms}/{short}%2C{port}%2C{epochms}.{epochms}"),
        ("INFO", "wal.AbstractFSWAL", "Archiving "
                                      "hdfs://{short}:{port}/hbase/WALs/{short},{port},{epochms}/{short}%2C{port}%2C{epochms}.{epochms} "
                                      "to hdfs://{short}:{port}/hbase/oldWALs/{short}%2C{port}%2C{epochms}.{epochms}"),
        ("WARN", "ipc.RpcServer", "(responseTooSlow): "
                                  '{{"call":"{=Scan|Get|Multi|Mutate}(org.apache.hadoop.hbase.shaded.protobuf.generated.ClientProtos${=ScanRequest|GetRequest|MultiRequest|MutateRequest})","starttimems":"{epochms}","responsesize":"{num}","method":"{=Scan|Get|Multi|Mutate}","processingtimems":{num},"client":"{ip}:{eport}","queuetimems":{int},"class":"HRegionServer"}}'),
        ("ERROR", "regionserver.HRegionServer", "***** ABORTING region server {short},{port},{epochms}: {jexc} *****", 2),
        ("INFO", "regionserver.HRegionServer", "Closing user regions", 2),
        ("INFO", "regionserver.HRegion", "Closed {word},{rowkey?},{epochms}.{hex32}."),
        ("INFO", "regionserver.CompactSplit", "Completed compaction region={word},{rowkey?},{epochms}.{hex32}., "
                                              "storeName={hcf}, priority={int}, startTime={epochms}; duration={nsec}"),
    ],
}

CLICKHOUSE = {
    "about": "ClickHouse server 23/24 (yyyy.mm.dd stamp with micros, [ thread ] padded, {query id} often empty, <Level>)",
    "log_format": r"<Date> <Time> \[ <Thread> \] \{<QueryId>\} <<Level>> <Component>: <Content>",
    "header": clickhouse_header, "start": datetime.datetime(2026, 12, 6, 3, 3, 3), "gap_ms": 600,
    "statements": [
        ("Debug", "executeQuery", "(from {ip}:{eport}, user: {chuser}) {sql} (stage: {=Complete|FetchColumns|"
                                  "WithMergeableState})"),
        ("Debug", "executeQuery", "Read {num} rows, {chsize} in {secs} sec., {num} rows/sec., "
                                  "{chsize}/sec."),
        ("Error", "executeQuery", "Code: {int}. DB::Exception: {chexc}. ({chcode}) (version {chver} (official build)) "
                                  "(from {ip}:{eport}) (in query: {sql})"),
        ("Debug", "MemoryTracker", "Peak memory usage (for query): {chsize}."),
        ("Debug", "TCPHandler", "Processed in {secs} sec."),
        ("Debug", "TCPHandler", "Done processing connection."),
        ("Debug", "TCP-Session", "{uuid} Authenticating user '{chuser}' from {ip}:{eport}"),
        ("Debug", "TCP-Session", "{uuid} Authenticated with global context as user {uuid}"),
        ("Debug", "TCP-Session", "{uuid} Creating session context with user_id: {uuid}"),
        ("Trace", "TCPHandlerFactory", "TCP Request. Address: {ip}:{eport}"),
        ("Debug", "TCPHandler", "Connected ClickHouse client version {chver}, revision: {num}, user: {chuser}."),
        ("Debug", "default.events (3c1b7f0e-5a2d-4c8e-9f10-2b6a7d9e1c44) (MergerMutator)|analytics.clicks (9e8d7c6b-"
                  "1a2b-4c3d-8e9f-0a1b2c3d4e5f) (MergerMutator)",
         "Selected {int} parts from {yyyymm}_{num}_{num}_{int} to {yyyymm}_{num}_{num}_{int}"),
        ("Debug", "MergeTask::PrepareStage", "Merging {int} parts: from {yyyymm}_{num}_{num}_{int} to "
                                             "{yyyymm}_{num}_{num}_{int} into {=Compact|Wide} with storage "
                                             "{=Full|Packed}"),
        ("Debug", "MergeTask::PrepareStage", "Selected MergeAlgorithm: {=Horizontal|Vertical}"),
        ("Debug", "MergeTask::MergeProjectionsStage", "Merge sorted {num} rows, containing {int} columns ({int} "
                                                      "merged, {int} gathered) in {secs} sec., {float} rows/sec., "
                                                      "{chsize}/sec."),
        ("Debug", "default.events (ReplicatedMergeTreeQueue)|prod.orders (ReplicatedMergeTreeQueue)", "Not executing "
                                                                                                      "log entry "
                                                                                                      "queue-{num10} "
                                                                                                      "of type "
                                                                                                      "{=MERGE_PARTS|GET_PART} "
                                                                                                      "for part "
                                                                                                      "{yyyymm}_{num}_{num}_{int} "
                                                                                                      "because it is "
                                                                                                      "covered by "
                                                                                                      "part "
                                                                                                      "{yyyymm}_{num}_{num}_{int} "
                                                                                                      "that is "
                                                                                                      "currently "
                                                                                                      "executing."),
        ("Trace", "SystemLog (system.query_log)|SystemLog (system.part_log)|SystemLog (system.trace_log)",
         "Flushing system log, {int} entries to flush up to offset {num}"),
        ("Trace", "SystemLog (system.query_log)|SystemLog (system.part_log)|SystemLog (system.trace_log)",
         "Flushed system log up to offset {num}"),
        ("Information", "Application", "Will watch for the process with pid {pid}", 1),
        ("Information", "Application", "Starting ClickHouse {chver} (revision: {num}, git hash: {hex40}, build id: "
                                       "{HEX40}), PID {pid}", 1),
        ("Trace", "CgroupsMemoryUsageObserver", "Read current memory usage {num} bytes ({chsize}) from cgroups"),
        ("Information", "AsynchronousMetrics", "MemoryTracking: was {chsize}, peak {chsize}, free "
                                               "memory in arenas {chsize}, will set to {chsize} (RSS), "
                                               "difference: {chsize}"),
        ("Error", "DNSResolver", "Cannot resolve host ({host}), error {int}: {=Host not found.|Temporary DNS error "
                                 "while resolving.}"),
        ("Warning", "Access(local_directory)", "Authentication failed for user {chuser} from {ip}"),
    ],
}

SYSTEMS = {"Containerd": CONTAINERD, "Vault": VAULT, "Caddy": CADDY, "Grafana": GRAFANA, "HBase": HBASE,
           "ClickHouse": CLICKHOUSE}
