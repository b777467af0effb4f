"""unseen3 systems, part A: etcd (zap JSON lines), CoreDNS, Envoy (application log), Jenkins, RabbitMQ."""
import datetime

import vals

K = vals.KINDS
K["fqdn"] = lambda r: vals.KINDS["host"](r).rstrip(".") + "."
K["secs"] = lambda r: f"{r.uniform(0.00002, 0.09):.9f}s"
K["job"] = lambda r: r.choice([f"{r.choice(vals.WORDS)}-api", f"team-{r.choice('abc')}/{r.choice(vals.WORDS)}/main",
                               f"nightly-{r.choice(vals.WORDS)}", f"PR-{r.randint(1, 4000)}",
                               f"release/{r.randint(1, 4)}.{r.randint(0, 9)}"])
K["agent"] = lambda r: r.choice([f"agent-{r.randint(1, 20):02d}", f"linux-docker-{vals.KINDS['hex8'](r)[:5]}",
                                 "windows-build", f"EC2 (ec2-cloud) - linux (i-0{vals.KINDS['hex16'](r)[:16]})"])
K["epid"] = lambda r: f"<0.{r.randint(100, 99999)}.0>"
K["ruser"] = lambda r: r.choice(["guest", "admin", "orders-svc", "app2", "monitoring", "billing_rw"])
K["vhost"] = lambda r: r.choice(["/", "/", "prod", "staging", "orders", "tenant-17"])
K["rnode"] = lambda r: "rabbit@" + r.choice([f"rabbit-{r.randint(0, 2)}.rabbit.default.svc.cluster.local", "mq01", "mq02",
                                            f"mq-{r.choice(vals.WORDS)}"])
K["mpath"] = lambda r: f"/0/members/{K['hex16'](r)}/attributes"
K["rqid"] = lambda r: r.choice(["%2F", "prod", "orders"]) + "_" + K["queue"](r)
K["etcderr"] = lambda r: f"dial tcp {K['ip'](r)}:{r.randint(2379, 2380)}: " + r.choice(["connect: connection refused", "i/o timeout"])
K["tlserr"] = lambda r: r.choice(["268435581:SSL routines:OPENSSL_internal:CERTIFICATE_VERIFY_FAILED",
                                  "268436502:SSL routines:OPENSSL_internal:SSLV3_ALERT_CERTIFICATE_UNKNOWN",
                                  "268435703:SSL routines:OPENSSL_internal:WRONG_VERSION_NUMBER"])
K["queue"] = lambda r: r.choice([f"{r.choice(vals.WORDS)}.{r.choice(['created', 'updated', 'dlq', 'retry'])}",
                                 f"amq.gen-{vals.KINDS['token'](r)}", f"celery@{r.choice(vals.WORDS)}{r.randint(1, 9)}.pidbox"])


def _etcd_header(r, ts, level, comp):
    stamp = ts.strftime("%Y-%m-%dT%H:%M:%S.%f") + "Z"
    return f'{{"level":"{level}","ts":"{stamp}","caller":"{comp}","msg":'


ETCD = {
    "about": "etcd 3.5 server, zap JSON lines; the message and its fields are the Content",
    "log_format": '\\{"level":"<Level>","ts":"<Time>","caller":"<Caller>","msg":<Content>\\}',
    "start": datetime.datetime(2026, 11, 30, 6, 12, 3, 118000),
    "gap_ms": 2500,
    "header": _etcd_header,
    "trailer": "}",
    "statements": [
        ("warn", "etcdserver/util.go:166", '"apply request took too long","took":"{ms}","expected-duration":"{=100ms}","prefix":"read-only range ","request":"key:\\"{path}\\" ","response":"range_response_count:{n1} size:{n3}"'),
        ("info", "traceutil/trace.go:171", '"trace[{n9}] range","detail":"{{range_begin:{path}; range_end:{?path}; response_count:{n1}; response_revision:{n9}; }}","duration":"{ms}","start":"{iso}","end":"{iso}","steps":["trace[{n9}] \'agreement among raft nodes before linearized reading\'  (duration: {ms})"],"step_count":{n1}'),
        ("info", "mvcc/index.go:214", '"compact tree index","revision":{n9}'),
        ("info", "mvcc/kvstore_compaction.go:57", '"finished scheduled compaction","compact-revision":{n9},"took":"{ms}","hash":{n9}'),
        ("info", "mvcc/hash.go:137", '"storing new hash","hash":{n9},"revision":{n9},"compact-revision":{n9}'),
        ("warn", "wal/wal.go:802", '"slow fdatasync","took":"{ms}","expected-duration":"{=1s}"'),
        ("warn", "rafthttp/probing_status.go:68", '"prober detected unhealthy status","round-tripper-name":"{=ROUND_TRIPPER_SNAPSHOT|ROUND_TRIPPER_RAFT_MESSAGE}","remote-peer-id":"{hex16}","rtt":"{ms}","error":"{etcderr}"'),
        ("warn", "etcdserver/v3_server.go:815", '"waiting for ReadIndex response took too long, retrying","sent-request-id":{n9},"retry-timeout":"{=500ms}"'),
        ("info", "fileutil/purge.go:77", '"purged","path":"{path}"'),
        ("info", "raft/raft.go:1651", '"{hex16} is starting a new election at term {n3}"'),
        ("info", "raft/raft.go:1004", '"{hex16} became candidate at term {n3}"'),
        ("info", "raft/raft.go:1004", '"{hex16} became follower at term {n3}"'),
        ("info", "raft/raft.go:971", '"{hex16} received MsgVoteResp from {hex16} at term {n3}"'),
        ("info", "raft/raft.go:824", '"{hex16} [logterm: {n3}, index: {n5}] sent MsgVote request to {hex16} at term {n3}"'),
        ("info", "raft/node.go:325", '"raft.node: {hex16} elected leader {hex16} at term {n3}"'),
        ("info", "raft/raft.go:1004", '"{hex16} became leader at term {n3}"'),
        ("warn", "etcdserver/v3_server.go:840", '"timed out waiting for read index response (local node might have slow network)","timeout":"{=7s}"'),
        ("warn", "etcdserver/server.go:1103", '"failed to apply request","took":"{ms}","request":"header:<ID:{n9} username:\\"{=kube-apiserver|root|etcd-backup}\\" auth_revision:{n2} > lease_revoke:<id:{hex16}>","response":"size:{n2}","error":"lease not found"'),
        ("warn", "grpclog/grpclog.go:38", '"[core] grpc: addrConn.createTransport failed to connect to {{{ip}:{port}  <nil> {=0} <nil>}}. Err: connection error: desc = \\"transport: Error while dialing dial tcp {ip}:{port}: connect: connection refused\\". Reconnecting..."'),
        ("info", "etcdserver/server.go:1394", '"triggering snapshot","local-member-id":"{hex16}","local-member-applied-index":{n9},"local-member-snapshot-index":{n9},"local-member-snapshot-count":{n5}'),
        ("info", "auth/store.go:1151", '"authentication failed: invalid user ID or password","user-name":"{=grafana|backup}"'),
        ("info", "etcdserver/server.go:2563", '"published local member to cluster through raft","local-member-id":"{hex16}","local-member-attributes":"{{Name:{shost} ClientURLs:[https://{ip}:{port}]}}","request-path":"{mpath}","cluster-id":"{hex16}","publish-timeout":"{=7s}"', 1),
        ("warn", "etcdserver/server.go:2128", '"failed to publish local member to cluster through raft","local-member-id":"{hex16}","error":"etcdserver: request timed out"', 2),
        ("info", "embed/serve.go:100", '"ready to serve client requests"', 1),
        ("info", "embed/serve.go:146", '"serving client traffic securely","address":"{ip}:{port}"', 2),
        ("info", "etcdserver/quota.go:117", '"enabled backend quota","quota-name":"v3-applier","quota-size-bytes":{n9},"quota-size":"{size}"', 1),
        ("info", "etcdmain/etcd.go:73", '"Running: ","args":["etcd","--name={shost}","--data-dir={path}","--listen-client-urls=https://{ip}:{port}"]', 1),
    ],
}


def _coredns_header(r, ts, level, comp):
    return f"[{level}] "


COREDNS = {
    "about": "CoreDNS 1.11 (query log, errors and kubernetes plugins), as kubectl logs shows it: level-first, no time",
    "log_format": "\\[<Level>\\] <Content>",
    "start": datetime.datetime(2026, 12, 1, 0, 0, 0),
    "header": _coredns_header,
    "statements": [
        ("INFO", None, '{ip}:{port} - {n5} "{=A|AAAA|PTR|SRV|TXT} IN {fqdn} {=udp|tcp} {n2} {=false|true} {=512|1232|65535}" {=NOERROR|NXDOMAIN|SERVFAIL|REFUSED} {=qr,rd,ra|qr,aa,rd|qr,rd|qr,aa,rd,ra} {n3} {secs}'),
        ("ERROR", None, "plugin/errors: {n1} {fqdn} {=A|AAAA}: read udp {ip}:{port}->{ip}:{port}: i/o timeout"),
        ("ERROR", None, "plugin/errors: {n1} {fqdn} {=A|AAAA|SRV}: dial tcp {ip}:{port}: connect: connection refused"),
        ("WARNING", None, 'plugin/kubernetes: Kubernetes API connection failure: Get "https://{ip}:{port}/version": dial tcp {ip}:{port}: i/o timeout'),
        ("INFO", None, 'plugin/kubernetes: pkg/mod/k8s.io/client-go@v0.27.4/tools/cache/reflector.go:{=231}: failed to list {=*v1.Service|*v1.Namespace|*v1.EndpointSlice}: Get "https://{ip}:{port}/api/v1/{=services|namespaces}?limit={=500}&resourceVersion={=0}": dial tcp {ip}:{port}: i/o timeout'),
        ("INFO", None, 'plugin/kubernetes: Trace[{n9}]: "Reflector ListAndWatch" name:pkg/mod/k8s.io/client-go@v0.27.4/tools/cache/reflector.go:{=231} ({ctime}) (total time: {ms}):'),
        ("INFO", None, 'plugin/kubernetes: Trace[{n9}]: ---"Objects listed" error:<nil> {ms} ({sqldate})'),
        ("INFO", None, "plugin/kubernetes: Trace[{n9}]: [{ms}] [{ms}] END"),
        ("WARNING", None, 'plugin/forward: Health check for "{ip}:{port}" failed: {=i/o timeout|connection refused}'),
        ("ERROR", None, "plugin/errors: {n1} {fqdn} {=HINFO|ANY}: unreachable backend: read udp {ip}:{port}->{ip}:{port}: read: connection refused"),
        ("INFO", None, "Reloading", 2),
        ("INFO", None, "Reloading complete", 2),
        ("INFO", None, "plugin/reload: Running configuration SHA512 = {hex64}", 3),
        ("INFO", None, 'plugin/ready: Still waiting on: "kubernetes"', 3),
        ("WARNING", None, "No files matching import glob pattern: {path}", 2),
        ("WARNING", None, "plugin/kubernetes: starting server with unsynced Kubernetes API", 1),
        ("INFO", None, "CoreDNS-{version}", 1),
        ("INFO", None, "SIGTERM: Shutting down servers then terminating", 1),
        ("INFO", None, "plugin/health: Going into lameduck mode for {=5s}", 1),
    ],
}


def _envoy_header(r, ts, level, comp):
    src, _, comp = comp.partition("@")
    return f"[{ts.strftime('%Y-%m-%d %H:%M:%S.%f')[:-3]}][{r.randint(1, 40)}][{level}][{comp}] [{src}] "


ENVOY = {
    "about": "Envoy 1.28 application log (not the access log): bracketed time, thread, level, logger and source",
    "log_format": "\\[<Time>\\]\\[<Thread>\\]\\[<Level>\\]\\[<Component>\\] \\[<Source>\\] <Content>",
    "start": datetime.datetime(2026, 12, 2, 14, 20, 11),
    "header": _envoy_header,
    "statements": [
        ("debug", "source/common/http/conn_manager_impl.cc:1150@http", "[C{n5}][S{n9}] request end stream"),
        ("debug", "source/common/network/connection_impl.cc:150@connection", "[C{n5}] closing data_to_write={n5} type={n1}"),
        ("debug", "source/common/http/codec_client.cc:107@client", "[C{n5}] disconnect. resetting {n1} pending requests"),
        ("debug", "source/common/router/router.cc:1330@router", "[C{n5}][S{n9}] upstream reset: reset reason: {=connection termination|connection failure|overflow}, transport failure reason:"),
        ("info", "source/common/upstream/cds_api_helper.cc:32@upstream", "cds: add {n2} cluster(s), remove {n1} cluster(s)"),
        ("info", "source/common/upstream/cds_api_helper.cc:69@upstream", "cds: added/updated {n1} cluster(s), skipped {n2} unmodified cluster(s)"),
        ("info", "source/common/listener_manager/lds_api.cc:99@upstream", "lds: add/update listener '{ip}_{port}'"),
        ("warning", "source/extensions/config_subscription/grpc/grpc_stream.h:152@config", "StreamAggregatedResources gRPC config stream to xds-grpc closed since {isec} ago: {n2}, upstream connect error or disconnect/reset before headers. reset reason: connection failure"),
        ("warning", "source/extensions/config_subscription/grpc/grpc_stream.h:190@config", "Unable to establish new stream to configuration server xds-grpc"),
        ("debug", "source/extensions/transport_sockets/tls/ssl_socket.cc:241@connection", "[C{n5}] remote address:{ip}:{port},TLS_error:|{tlserr}:TLS_error_end"),
        ("debug", "source/common/upstream/upstream_impl.cc:457@upstream", "transport socket match, socket {=tlsMode-istio|tlsMode-disabled} selected for host with address {ip}:{port}"),
        ("debug", "source/extensions/network/dns_resolver/cares/dns_impl.cc:275@dns", "dns resolution for {host} completed with status {n1}"),
        ("warning", "source/extensions/network/dns_resolver/cares/dns_impl.cc:236@dns", "dns resolution for {host} failed with c-ares status {n2}"),
        ("debug", "source/common/upstream/health_checker_impl.cc:425@hc", "[C{n5}] hc response={n3} health_flags={=/failed_active_hc|healthy}"),
        ("info", "source/common/upstream/cluster_manager_impl.cc:222@upstream", "cm init: all clusters initialized", 1),
        ("info", "source/common/upstream/cluster_manager_impl.cc:245@upstream", "cm init: initializing cds", 1),
        ("info", "source/server/server.cc:932@main", "all clusters initialized. initializing init manager", 1),
        ("info", "source/server/server.cc:976@main", "all dependencies initialized. starting workers", 1),
        ("info", "source/server/server.cc:995@main", "starting main dispatch loop", 1),
        ("info", "source/server/server.cc:430@main", "initializing epoch {=0} (base id={=0}, hot restart version={=11.104})", 1),
        ("info", "source/server/server.cc:822@main", "admin address: {ip}:{port}", 1),
        ("info", "source/server/server.cc:1026@main", "loading {n1} cluster(s)", 1),
        ("info", "source/server/server.cc:1026@main", "loading {n1} listener(s)", 1),
        ("warning", "source/server/server.cc:905@main", "caught ENVOY_SIGTERM", 1),
        ("info", "source/server/server.cc:1041@main", "shutting down server instance", 1),
    ],
}


def _jenkins_header(r, ts, level, comp):
    return f"{ts.strftime('%Y-%m-%d %H:%M:%S.%f')[:-3]}+0000 [id={r.randint(20, 4000)}]\t{level}\t{comp}: "


JENKINS = {
    "about": "Jenkins 2.4xx controller log (java.util.logging via Jenkins' formatter, tab separated)",
    "log_format": "<Date> <Time> \\[id=<Tid>\\] <Level> <Component>: <Content>",
    "start": datetime.datetime(2026, 11, 28, 9, 1, 44),
    "gap_ms": 4000,
    "header": _jenkins_header,
    "statements": [
        ("INFO", "hudson.model.AsyncPeriodicWork#lambda$doRun$1", "Started {=Download metadata|Fingerprint cleanup|Workspace clean-up|Periodic background build discarder}"),
        ("INFO", "hudson.model.AsyncPeriodicWork#lambda$doRun$1", "Finished {=Download metadata|Fingerprint cleanup|Workspace clean-up|Periodic background build discarder}. {n5} ms"),
        ("INFO", "hudson.model.Run#execute", "{job} #{n3} main build action completed: {=SUCCESS|FAILURE|ABORTED|UNSTABLE}"),
        ("INFO", "org.jenkinsci.plugins.workflow.job.WorkflowRun#finish", "{job} #{n3} completed: {=SUCCESS|FAILURE|ABORTED}"),
        ("INFO", "hudson.TcpSlaveAgentListener$ConnectionHandler#run", "Accepted JNLP4-connect connection #{n3} from /{ip}:{port}"),
        ("INFO", "hudson.slaves.NodeProvisioner#update", "{agent} provisioning successfully completed. We have now {n2} computer(s)"),
        ("INFO", "hudson.slaves.NodeProvisioner$StandardStrategyImpl#apply", "Started provisioning {agent} from {=ec2-cloud|kubernetes} with {n1} executors. Remaining excess workload: {float}"),
        ("WARNING", "hudson.slaves.ChannelPinger$1#onDead", "Computer.threadPoolForRemoting [#{n3}] for {agent} terminated: java.nio.channels.ClosedChannelException"),
        ("WARNING", "hudson.security.csrf.CrumbFilter#doFilter", "No valid crumb was included in request for /job/{job}/build by {user}. Returning {=403}."),
        ("WARNING", "hudson.security.csrf.CrumbFilter#doFilter", "Found invalid crumb {hex64}. If you are calling this URL with a script, please use the API Token instead. More information: https://www.jenkins.io/redirect/crumb-cannot-be-used-for-script"),
        ("INFO", "jenkins.branch.MultiBranchProject$BranchIndexing#run", "{job} #{n9} branch indexing action completed: {=SUCCESS|FAILURE}"),
        ("SEVERE", "hudson.triggers.SCMTrigger$Runner#run", "Failed to record SCM polling for hudson.model.FreeStyleProject@{hex8}[{job}]"),
        ("INFO", "jenkins.security.SecurityListener#fireFailedToAuthenticate", "Login attempt failed for {user}"),
        ("WARNING", "hudson.model.Slave#reportLauncherCreateError", "Issue with creating launcher for agent {agent}. The agent has not been fully initialized yet. Probably there is a race condition with Agent reconnection or disconnection, check other log entries"),
        ("SEVERE", "hudson.model.Executor#finish1", "Executor #{n1} for {agent} : executing {job} #{n3} died"),
        ("INFO", "hudson.model.Queue#maintain", "Waiting for {agent} to come online before building {job} #{n3} (since {ms})"),
        ("INFO", "jenkins.model.Jenkins#<init>", "Starting version {version}", 1),
        ("INFO", "jenkins.InitReactorRunner$1#onAttained", "Started initialization", 1),
        ("INFO", "jenkins.InitReactorRunner$1#onAttained", "Completed initialization", 1),
        ("INFO", "jenkins.InitReactorRunner$1#onAttained", "Loaded all jobs", 1),
        ("INFO", "hudson.lifecycle.Lifecycle#onReady", "Jenkins is fully up and running", 1),
        ("INFO", "hudson.lifecycle.Lifecycle#onStatusUpdate", "Stopping Jenkins", 1),
        ("INFO", "jenkins.model.Jenkins$16#onAttained", "Started termination", 1),
        ("INFO", "jenkins.model.Jenkins$16#onAttained", "Completed termination", 1),
    ],
}


def _rabbit_header(r, ts, level, comp):
    return f"{ts.strftime('%Y-%m-%d %H:%M:%S.%f')}+00:00 [{level}] <0.{r.randint(100, 99999)}.0> "


RABBITMQ = {
    "about": "RabbitMQ 3.12 node log (Erlang process ids in the header and inside messages)",
    "log_format": "<Date> <Time> \\[<Level>\\] <Pid> <Content>",
    "start": datetime.datetime(2026, 12, 3, 22, 40, 0),
    "header": _rabbit_header,
    "statements": [
        ("info", None, "accepting AMQP connection {epid} ({ip}:{port} -> {ip}:{port})"),
        ("info", None, "connection {epid} ({ip}:{port} -> {ip}:{port}): user '{ruser}' authenticated and granted access to vhost '{vhost}'"),
        ("info", None, "closing AMQP connection {epid} ({ip}:{port} -> {ip}:{port}, vhost: '{vhost}', user: '{ruser}')"),
        ("warning", None, "closing AMQP connection {epid} ({ip}:{port} -> {ip}:{port}, vhost: '{vhost}', user: '{ruser}'): client unexpectedly closed TCP connection"),
        ("info", None, "connection {epid} ({ip}:{port} -> {ip}:{port} - {ident}): user '{ruser}' authenticated and granted access to vhost '{vhost}'"),
        ("error", None, "Error on AMQP connection {epid} ({ip}:{port} -> {ip}:{port}, vhost: '{vhost}', user: '{ruser}', state: running), channel {n1}: operation basic.publish caused a channel exception not_found: no exchange '{word}' in vhost '{vhost}'"),
        ("error", None, "Error on AMQP connection {epid} ({ip}:{port} -> {ip}:{port}, vhost: '{vhost}', user: '{ruser}', state: running), channel {n1}: operation queue.declare caused a channel exception precondition_failed: inequivalent arg 'x-queue-type' for queue '{queue}' in vhost '{vhost}': received none but current is the value 'quorum' of type 'longstr'"),
        ("error", None, "PLAIN login refused: user '{ruser}' - invalid credentials"),
        ("warning", None, "HTTP access denied: user '{ruser}' - invalid credentials"),
        ("warning", None, "HTTP access denied: user '{ruser}' - Not management user"),
        ("info", None, "queue '{queue}' in vhost '{vhost}': leader saw pre_vote_rpc from {{'{rqid}',{rnode}}} for term {n2} abdicates term: {n2}!"),
        ("info", None, "Mirrored queue '{queue}' in vhost '{vhost}': Adding mirror on node {rnode}: {epid}"),
        ("info", None, "vm_memory_high_watermark set. Memory used:{n9} allowed:{n9}"),
        ("warning", None, "memory resource limit alarm set on node '{rnode}'."),
        ("warning", None, "memory resource limit alarm cleared on node '{rnode}'"),
        ("info", None, "Free disk space is sufficient. Free bytes: {n9}. Limit: {n9}"),
        ("info", None, "rabbit on node {rnode} up"),
        ("info", None, "rabbit on node {rnode} down"),
        ("info", None, "node '{rnode}' down: connection_closed"),
        ("info", None, "Keeping {rnode} listeners: the node is already back"),
        ("info", None, "Setting permissions for user '{ruser}' in vhost '{vhost}' to '.*', '.*', '.*'"),
        ("info", None, "Successfully set user tags for user '{ruser}' to [{=administrator|monitoring|}]"),
        ("info", None, "Waiting for Mnesia tables for {n5} ms, {n1} retries left", 2),
        ("info", None, "Successfully synced tables from a peer", 2),
        ("info", None, "Starting RabbitMQ {version} on Erlang {version} [jit]", 1),
        ("info", None, "started TCP listener on [::]:{port}", 2),
        ("info", None, "Statistics database started.", 1),
        ("info", None, "Server startup complete; {n1} plugins started.", 1),
        ("info", None, "Deleting vhost '{vhost}'", 1),
    ],
}

SYSTEMS = {"Etcd": ETCD, "CoreDNS": COREDNS, "Envoy": ENVOY, "Jenkins": JENKINS, "RabbitMQ": RABBITMQ}
