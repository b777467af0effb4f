"""Systems of the seventh blind set, part B: Nomad, VMware hostd, Kafka Connect (with Debezium), OpenSMTPD, Gitea, Harbor,
Grafana Loki, CRI-O. A statement is (level, component, text[, count]); `{kind}` is a value (values7.draw)."""
import datetime

import values7

UTC = datetime.timezone.utc


def _ms(ts):
    return f"{ts.microsecond // 1000:03d}"


def _nomad(r, ts, level, comp):
    # hclog: [LEVEL] padded to seven columns, then the logger name and a colon
    return f"{ts:%Y-%m-%dT%H:%M:%S}.{_ms(ts)}Z {('[' + level + ']'):<7} {comp}: "


ALLOC = "alloc_id={uuid}"
NOMAD = {
    "log_format": "<Time> \\[<Level>\\] <Component>: <Content>",
    "about": "HashiCorp Nomad 1.7 agent (hclog): ISO stamp, [LEVEL] padded, a dotted logger name, key=value pairs after the text",
    "start": datetime.datetime(2026, 12, 4, 11, 0, 2, tzinfo=UTC), "gap_ms": 1100,
    "header": _nomad,
    "statements": [
        ("INFO", "client.alloc_runner.task_runner", "Task event: " + ALLOC + " task={=web|api|redis|sidecar-proxy|migrate} type={=Received|\"Task Setup\"|Started|Terminated|Restarting|Killing|Killed|Driver} msg=\"{=Task received by client|Building Task Directory|Exit Code: 137, Exit Message: \\\"OOM Killed\\\"||Sent interrupt. Waiting 5s before force killing|Restart within policy}\" failed={=false|true}"),
        ("INFO", "client", "node registration complete", 3),
        ("INFO", "client", "started client: node_id={uuid}", 2),
        ("INFO", "client.driver_mgr.docker", "created container: driver={=docker} container_id={hex64}"),
        ("INFO", "client.driver_mgr.docker", "started container: driver={=docker} container_id={hex64}"),
        ("INFO", "client.driver_mgr.docker", "stopped container: container_id={hex64} driver={=docker}"),
        ("INFO", "client.gc", "marking allocation for GC: " + ALLOC),
        ("INFO", "client.gc", "garbage collecting allocation: " + ALLOC + " reason=\"{=forced collection|new allocations and over max (50)|number of allocations (52) is over the limit (50)}\""),
        ("INFO", "client.alloc_runner.task_runner.task_hook.logmon", "plugin process exited: path={=/usr/local/bin/nomad|/usr/bin/nomad} pid={int}"),
        ("INFO", "nomad", "serf: EventMemberJoin: {=nomad-server-1|nomad-server-2|nomad-server-3|srv-b}.{=global|eu-west} {ip}"),
        ("INFO", "nomad", "serf: EventMemberFailed: {=nomad-server-1|nomad-server-2|srv-b}.{=global|eu-west} {ip}"),
        ("INFO", "nomad.raft", "entering follower state: follower=\"Node at {ip}:{=4647} [Follower]\" leader-address={=|10.0.3.11:4647|10.0.3.12:4647} leader-id={=|nomad-server-1.global|b9e1c2f4-7a2e-4c6b-9a0f-3f1e2d4c5b6a}"),
        ("WARN", "nomad.raft", "heartbeat timeout reached, starting election: last-leader-addr={=|10.0.3.11:4647} last-leader-id={=|nomad-server-1.global}"),
        ("INFO", "nomad.raft", "election won: term={int} tally={int:1-5}"),
        ("INFO", "nomad.raft", "entering leader state: leader=\"Node at {ip}:{=4647} [Leader]\""),
        ("DEBUG", "worker", "dequeued evaluation: worker_id={uuid} eval_id={uuid} type={=service|batch|system|sysbatch} namespace={=default|team-a|ops} job_id={=web|nightly-report|api|node-exporter|nightly-report/periodic-1733400000} node_id=\"\" triggered_by={=job-register|node-update|alloc-stop|periodic-job|deployment-watcher}"),
        ("DEBUG", "worker", "ack evaluation: worker_id={uuid} eval_id={uuid} type={=service|batch|system} namespace={=default|team-a} job_id={=web|api|nightly-report} node_id=\"\" triggered_by={=job-register|node-update|alloc-stop}"),
        ("DEBUG", "worker.service_sched", "reconciled current state with desired state: eval_id={uuid} job_id={=web|api|billing-worker} namespace={=default|team-a} worker_id={uuid}"),
        ("DEBUG", "http", "request complete: method={=GET|PUT|POST|DELETE} path={nomadpath} duration={godur}"),
        ("INFO", "client.alloc_runner.task_runner", "restarting task: " + ALLOC + " task={=web|api|worker} reason=\"Restart within policy\" delay={godur}"),
        ("WARN", "nomad.heartbeat", "node TTL expired: node_id={uuid}"),
        ("ERROR", "client", "error querying node allocations: error=\"{=rpc error: No cluster leader|rpc error: EOF|Unexpected response code: 500 (rpc error: failed to get conn: dial tcp 10.0.3.12:4647: i/o timeout)}\""),
        ("ERROR", "nomad.rpc", "failed to read first RPC byte: error=EOF"),
        ("INFO", "client.fingerprint_mgr.consul", "consul agent is available", 2),
        ("WARN", "agent", "(clients) failed to update allocations: error=\"{=context deadline exceeded|rpc error: Permission denied}\""),
    ],
}


def _hostd(r, ts, level, comp):
    sub = values7.expand(r, comp, ts)
    if r.random() < 0.6:
        sub += " opID=" + r.choice(["esxui-" + values7.draw(r, "hex8", ts)[:4] + "-" + values7.draw(r, "hex8", ts)[:4],
                                    "lro-" + str(r.randint(1000, 999999)) + "-" + values7.draw(r, "hex8", ts),
                                    values7.draw(r, "hex8", ts) + "-" + str(r.randint(10, 99))])
        if r.random() < 0.4:
            sub += " user=" + r.choice(["vpxuser", "root", "vpxuser:VSPHERE.LOCAL\\Administrator", "dcui"])
    return f"{ts:%Y-%m-%dT%H:%M:%S}.{_ms(ts)}Z {level} hostd[{r.choice(['2099585', '2099585', '2100034'])}] [Originator@6876 sub={sub}] "


VMX = "Vmsvc.vm:/vmfs/volumes/{hex8}-{hex8}-{hex4}-{hex12}/{vmx}"
HOSTD = {
    "log_format": "<Time> <Level> hostd\\[<Pid>\\] \\[Originator@6876 sub=<Sub>\\] <Content>",
    "about": "VMware ESXi 7 hostd.log: ISO stamp, lower-case level, hostd[pid], a bracketed [Originator@6876 sub=… opID=… user=…] context",
    "start": datetime.datetime(2026, 12, 3, 16, 20, 8, tzinfo=UTC), "gap_ms": 1400,
    "header": _hostd,
    "statements": [
        ("info", "Vimsvc.TaskManager", "Task Created : haTask-{=ha-host|ha-folder-vm|ha-root-pool|12|57|3}-vim.{=VirtualMachine.powerOn|VirtualMachine.createSnapshot|HostSystem.retrieveInternalCapability|Folder.createVm|host.StorageSystem.refresh}-{int}"),
        ("info", "Vimsvc.TaskManager", "Task Completed : haTask-{=ha-host|ha-folder-vm|12|57|3}-vim.{=VirtualMachine.powerOn|VirtualMachine.createSnapshot|HostSystem.retrieveInternalCapability|Folder.createVm}-{int} Status {=success|error}"),
        ("info", VMX, "State Transition ({=VM_STATE_OFF|VM_STATE_POWERING_ON|VM_STATE_ON|VM_STATE_POWERING_OFF|VM_STATE_CREATE_SNAPSHOT} -> {=VM_STATE_ON|VM_STATE_OFF|VM_STATE_POWERING_ON|VM_STATE_CREATE_SNAPSHOT})"),
        ("info", VMX, "Send config update invoked"),
        ("info", VMX, "Tools running status changed to: {=guestToolsRunning|guestToolsNotRunning|guestToolsExecutingScripts}"),
        ("info", "Solo.Vmomi", "Activation [N5Vmomi10ActivationE:{ptr}] : Invoke done [{vmmethod}] on [vim.{vmtype}:{=ha-host|ha-folder-root|ha-property-collector|12|57|datastore1}]"),
        ("info|verbose", "Solo.Vmomi", "Throw {=vim.fault.NotFound|vmodl.fault.ManagedObjectNotFound|vim.fault.InvalidPowerState|vim.fault.NoPermission|vmodl.fault.InvalidArgument}"),
        ("info", "Vimsvc.ha-eventmgr", "Event {int} : User {=root|vpxuser|dcui|svc-backup}@{ip} logged in as {agent}"),
        ("info", "Vimsvc.ha-eventmgr", "Event {int} : User {=root|vpxuser|dcui|svc-backup}@{ip} logged out (login time: {vmdate}, number of API invocations: {int}, user agent: {agent})"),
        ("info", "Vimsvc.ha-eventmgr", "Event {int} : Cannot login {=root|admin|svc-backup|test}@{ip}"),
        ("info", "Vimsvc.ha-eventmgr", "Event {int} : {vmname} on {=esx01.lab.local|esx02.lab.local|10.0.8.21} in ha-datacenter is powered on"),
        ("info", "Vimsvc.ha-eventmgr", "Event {int} : {vmname} on {=esx01.lab.local|esx02.lab.local|10.0.8.21} in ha-datacenter is powered off"),
        ("info", "Default", "Accepted password for user {=root|svc-backup|vpxuser} from {ip}"),
        ("warning", "Default", "Rejected password for user {=root|admin|test|oracle} from {ip}"),
        ("info", "Hostsvc.DatastoreSystem", "RefreshVMFSVolumes: refreshed volume, id {vmfsid}, name {=datastore1|nfs-iso|vsanDatastore|SAN LUN 04}"),
        ("warning", "Hostsvc.HaHost", "Unable to get netstack instance for {=defaultTcpipStack|vmotion|provisioning}"),
        ("error", "Vimsvc.ha-eventmgr", "Event {int} : Lost access to volume {vmfsid} ({=datastore1|SAN LUN 04}) due to connectivity issues. Recovery attempt is in progress and outcome will be reported shortly."),
        ("info", "Hostsvc.VmkVprobSource", "VmkVprobSource::Post event: (vim.event.EventEx) {{ key = {int}, chainId = {int}, createdTime = \"{=1970-01-01T00:00:00Z}\", userName = \"\", eventTypeId = \"{=esx.problem.scsi.device.io.latency.high|esx.clear.net.vmnic.linkstate.up|esx.problem.vmfs.heartbeat.timedout}\", severity = \"{=warning|info|error}\" }}"),
        ("verbose", "PropertyProvider", "RecordOp ASSIGN: {=info|summary.runtime.powerState|guest.toolsRunningStatus|config.hardware.device}, {=haTask-12-vim.VirtualMachine.powerOn-1234|12|ha-host}. Applied change to temp map."),
        ("info", "Libs", "SSL Handshake failed for stream <SSLStreamImpl, r={int:0-1} w={int:0-1} bio={ptr} ssl={ptr} error={int:0-1} fd={int:20-900} peer=<TCP '{ip} : {port}'>>: {=SSL Exception: error:0A000412:SSL routines::sslv3 alert bad certificate|N7Vmacore15SystemExceptionE(Connection reset by peer)}"),
    ],
}


def _kconnect_header(r, ts, level, comp):
    return f"[{ts:%Y-%m-%d %H:%M:%S},{_ms(ts)}] {level} "


TASK = "[{conn}|task-{int:0-7}] "
WORKER = "[Worker clientId=connect-{int:1-3}, groupId={=connect-cluster|kc-prod}] "
KCONNECT = {
    "log_format": "\\[<Time>\\] <Level> <Content>",
    "about": "Kafka Connect 3.6 distributed worker with a Debezium source (log4j [%d] %p %X{connector.context}%m (%c:%L)): the logger "
             "and line come last in parentheses, inside the Content (a lazy field after the message would stop at the first ' (')",
    "start": datetime.datetime(2026, 12, 2, 21, 45, 30, tzinfo=UTC), "gap_ms": 1900,
    "header": _kconnect_header,
    "statements": [
        ("INFO", "", TASK + "Committing offsets for {int} acknowledged messages" + " (org.apache.kafka.connect.runtime.WorkerSourceTask:{=233})"),
        ("INFO", "", TASK + "WorkerSourceTask{{id={conn}-{int:0-7}}} Either no records were produced by the task since the last offset commit, or every record has been filtered out by a transformation or dropped due to transformation or conversion errors." + " (org.apache.kafka.connect.runtime.WorkerSourceTask:{=227})"),
        ("INFO", "", WORKER + "Rebalance started" + " (org.apache.kafka.connect.runtime.distributed.DistributedHerder:{=2356})"),
        ("INFO", "", WORKER + "Joined group at generation {int} with protocol version {=1|2} and got assignment: Assignment{{error={=0|0|0|1}, leader='connect-{int:1-3}-{uuid}', leaderUrl='http://{ip}:{=8083}/', offset={int}, connectorIds=[{clist}], taskIds=[{tlist}], revokedConnectorIds=[], revokedTaskIds=[], delay={=0|0|0|5000}}} with rebalance delay: {=0|0|0|5000}" + " (org.apache.kafka.connect.runtime.distributed.DistributedHerder:{=2391})"),
        ("INFO", "", WORKER + "Starting connectors and tasks using config offset {int}" + " (org.apache.kafka.connect.runtime.distributed.DistributedHerder:{=1817})"),
        ("INFO", "", WORKER + "Finished starting connectors and tasks" + " (org.apache.kafka.connect.runtime.distributed.DistributedHerder:{=1846})"),
        ("INFO", "", WORKER + "Starting task {conn}-{int:0-7}" + " (org.apache.kafka.connect.runtime.distributed.DistributedHerder:{=1871})"),
        ("INFO", "", WORKER + "Starting connector {conn}" + " (org.apache.kafka.connect.runtime.distributed.DistributedHerder:{=1917})"),
        ("INFO", "", WORKER + "Session key updated" + " (org.apache.kafka.connect.runtime.distributed.DistributedHerder:{=2140})", 3),
        ("WARN", "", TASK + "[Producer clientId=connector-producer-{conn}-{int:0-7}] Error while fetching metadata with correlation id {int} : {{{=orders|dbserver1.inventory.customers|logs-raw|connect-offsets}={=UNKNOWN_TOPIC_OR_PARTITION|LEADER_NOT_AVAILABLE}}}" + " (org.apache.kafka.clients.NetworkClient:{=1145})"),
        ("ERROR", "", TASK + "Task threw an uncaught and unrecoverable exception. Task is being killed and will not recover until manually restarted" + " (org.apache.kafka.connect.runtime.WorkerTask:{=212})"),
        ("INFO", "", "{ip} - - [{clf}] \"{=GET|POST|PUT|DELETE} {capath} HTTP/1.1\" {=200|201|204|404|409|500} {int} \"{=-|http://connect-ui:8000/}\" \"{=curl/7.88.1|Go-http-client/1.1|kafka-connect-ui/0.9.7|ReactorNetty/1.1.13}\" {int}" + " (org.apache.kafka.connect.runtime.rest.RestServer:{=62})"),
        ("INFO", "", TASK + "{int} records sent during previous {pdur}, last recorded offset of {{server={=dbserver1|inventory}}} partition is {{{=transaction_id=null, lsn_proc=2763454080, lsn=2763454080, txId=7731, ts_usec=1733440000123456|file=mysql-bin.000003, pos=197839, row=1, event=2|ts_sec=1733440012, file=binlog.000142, pos=4129}}}" + " (io.debezium.connector.common.BaseSourceTask:{=194})"),
        ("INFO", "", TASK + "Snapshot step {int:1-8} - {=Preparing|Determining captured tables|Locking captured tables []|Determining snapshot offset|Reading structure of captured tables|Persisting schema history|Snapshotting data|Finalizing}" + " (io.debezium.relational.RelationalSnapshotChangeEventSource:{=94})"),
        ("INFO", "", TASK + "Exported {int} records for table '{=inventory.public.customers|inventory.public.orders|shop.order_items|public.\"User Sessions\"}' after {pdur}" + " (io.debezium.relational.RelationalSnapshotChangeEventSource:{=456})"),
        ("INFO", "", TASK + "Searching for WAL resume position" + " (io.debezium.connector.postgresql.PostgresStreamingChangeEventSource:{=137})"),
        ("INFO", "", "Kafka version: {=3.6.1|3.6.0}" + " (org.apache.kafka.common.utils.AppInfoParser:{=119})"),
        ("INFO", "", "Kafka commitId: {hex16}" + " (org.apache.kafka.common.utils.AppInfoParser:{=120})"),
        ("INFO", "", "Kafka startTimeMs: {int:1733000000000-1733999999999}" + " (org.apache.kafka.common.utils.AppInfoParser:{=121})"),
        ("INFO", "", "[{=Producer|Consumer|AdminClient} clientId={=connector-producer-pg-source-0|connect-1-offsets|connector-consumer-s3-sink-2|connect-cluster-shared-admin}] Cluster ID: {b62}" + " (org.apache.kafka.clients.Metadata:{=287})"),
        ("INFO", "", "[Consumer clientId=connector-consumer-{conn}-{int:0-7}, groupId=connect-{conn}] Resetting offset for partition {=orders|logs-raw|dbserver1.inventory.customers}-{int:0-11} to position FetchPosition{{offset={int}, offsetEpoch=Optional.empty, currentLeader=LeaderAndEpoch{{leader=Optional[{=kafka-0.kafka-headless.kafka.svc.cluster.local|b-2.msk.example.com|10.0.4.18}:{=9092|9094} (id: {int:0-5} rack: {=null|eu-west-1a|use1-az2})], epoch={int}}}}}." + " (org.apache.kafka.clients.consumer.internals.SubscriptionState:{=399})"),
        ("ERROR", "", TASK + "WorkerSinkTask{{id={conn}-{int:0-7}}} Commit of offsets threw an unexpected exception for sequence number {int}: {kcoff}" + " (org.apache.kafka.connect.runtime.WorkerSinkTask:{=618})"),
    ],
}


def _smtpd(r, ts, level, comp):
    return f"{ts:%b} {ts.day:>2} {ts:%H:%M:%S} {comp} smtpd[{r.choice(['48211', '48211', '91277'])}]: "


MAILHOSTS = "mail|mx2"
SMTPD = {
    "log_format": "<Month> <Day> <Time> <Host> smtpd\\[<Pid>\\]: <Content>",
    "about": "OpenSMTPD 7 via syslog: a 16-hex session id then smtp/mta/mda events with key=value fields",
    "start": datetime.datetime(2026, 12, 1, 5, 5, 5, tzinfo=UTC), "gap_ms": 2100,
    "header": _smtpd,
    "statements": [
        ("", MAILHOSTS, "{sid} smtp connected address={ip} host={=<unknown>|mail-wm1-f47.google.com|smtp.example.org|static.82.12.63.178.clients.your-server.de|localhost}"),
        ("", MAILHOSTS, "{sid} smtp tls ciphers={=TLSv1.3:TLS_AES_256_GCM_SHA384:256|TLSv1.2:ECDHE-RSA-AES256-GCM-SHA384:256|TLSv1.3:TLS_CHACHA20_POLY1305_SHA256:256}"),
        ("", MAILHOSTS, "{sid} smtp failed-command command=\"{smtpcmd}\" result=\"{smtpres}\""),
        ("", MAILHOSTS, "{sid} smtp authentication user={user} result={=ok|permfail|tempfail}"),
        ("", MAILHOSTS, "{sid} smtp message msgid={hex8} size={int} nrcpt={int:1-9} proto={=ESMTP|SMTP}"),
        ("", MAILHOSTS, "{sid} smtp envelope evpid={hex16} from=<{email}> to=<{email}>"),
        ("", MAILHOSTS, "{sid} smtp disconnected reason={=quit|disconnect|io-error|tls-error|timeout}"),
        ("", MAILHOSTS, "{sid} mda delivery evpid={hex16} from=<{email}> to=<{email}> rcpt=<{email}> user={user} delay={hdur} result={=Ok|TempFail|PermFail} stat={stat}"),
        ("", MAILHOSTS, "{sid} mta delivery evpid={hex16} from=<{email}> to=<{email}> rcpt=<-> source=\"{ip}\" relay=\"{ip} ({fqdn})\" delay={hdur} result={=Ok|TempFail|PermFail} stat={stat}"),
        ("", MAILHOSTS, "{sid} mta connecting address=smtp://{ip}:{=25|587} host={fqdn}"),
        ("", MAILHOSTS, "{sid} mta connected"),
        ("", MAILHOSTS, "{sid} mta tls ciphers={=TLSv1.3:TLS_AES_256_GCM_SHA384:256|TLSv1.2:ECDHE-RSA-AES128-GCM-SHA256:128}"),
        ("", MAILHOSTS, "{sid} mta disconnected reason={=quit|io-error|timeout} messages={int:0-20}"),
        ("", MAILHOSTS, "{sid} mta error reason={=Connection refused|Network error on destination MXs|Connection timeout|TLS error}"),
        ("", MAILHOSTS, "{sid} smtp bad-input result=\"{=500 5.5.1 Invalid command: Pipelining not supported|500 5.5.1 Invalid command: Line too long}\""),
        ("", MAILHOSTS, "info: OpenSMTPD {=7.4.0p1|7.3.0p2} starting", 2),
        ("", MAILHOSTS, "warn: lost child: {=pony express|queue|lookup|control} exited abnormally", 1),
    ],
}


def _gitea(r, ts, level, comp):
    return f"{ts:%Y/%m/%d %H:%M:%S} {comp} [{level}] "


ROUTER = "...eb/routing/logger.go:102:func1()"
GITEA = {
    "log_format": "<Date> <Time> <Caller> \\[<Level>\\] <Content>",
    "about": "Gitea 1.21: date with slashes, a caller cut to 30 characters with a leading ..., a one-letter [level]",
    "start": datetime.datetime(2026, 12, 5, 9, 30, 0, tzinfo=UTC), "gap_ms": 1700,
    "header": _gitea,
    "statements": [
        ("I", ROUTER, "router: completed {=GET|POST|HEAD} {gpath} for {ip}:{port}, {gcode} {gtext} in {msdur} @ {ghandler}"),
        ("W", "...eb/routing/logger.go:62:func1()", "router: slow {=GET|POST} {gpath} for {ip}:{port}, elapsed {msdur} @ {ghandler}"),
        ("I", "...eb/routing/logger.go:68:func1()", "router: polling {=GET} {gpath} for {ip}:{port}, elapsed {msdur} @ {ghandler}"),
        ("I", "cmd/web.go:232:runWeb()", "PING DATABASE {=postgres|sqlite3|mysql}", 2),
        ("I", "cmd/web.go:234:runWeb()", "Starting Gitea on PID: {int}", 2),
        ("I", "...s/setting/setting.go:91:LoadCommonSettings()", "AppPath: {=/usr/local/bin/gitea|/app/gitea/gitea}", 2),
        ("I", "...s/setting/setting.go:92:LoadCommonSettings()", "AppWorkPath: {=/var/lib/gitea|/data/gitea}", 2),
        ("I", "...s/setting/setting.go:93:LoadCommonSettings()", "Custom path: {=/var/lib/gitea/custom|/data/gitea}", 2),
        ("I", "...s/setting/setting.go:94:LoadCommonSettings()", "Log path: {=/var/lib/gitea/log|/data/gitea/log}", 2),
        ("I", "...s/install/setting.go:21:PreloadSettings()", "Git version: {=2.42.0|2.39.2} (home: {=/var/lib/gitea/data/home|/data/gitea/home})", 2),
        ("I", "cmd/web.go:304:listen()", "Listen: http://{=0.0.0.0|127.0.0.1}:{=3000|8080}", 2),
        ("I", "cmd/web.go:308:listen()", "AppURL(ROOT_URL): {=https://git.example.com/|http://localhost:3000/}", 2),
        ("I", "...ces/mirror/mirror.go:88:Update()", "SyncMirrors [repo: {int:1-900}:{owner}/{rname}]: Running Sync"),
        ("I", "...ces/mirror/mirror.go:122:Update()", "SyncMirrors [repo: {int:1-900}:{owner}/{rname}]: {=Running git remote update...|Sync completed}"),
        ("W", "...uth/source/db/authenticate.go:37:Authenticate()", "Failed authentication attempt for {user} from {ip}:{port}: {=user does not exist [uid: 0, name: nobody]|password is invalid [name: alice]|user is prohibited from login [name: bob]}"),
        ("E", "...outers/web/repo/repo.go:362:Download()", "Archive {=main.zip|v1.2.0.tar.gz|a1b2c3d.bundle} not found: {=reference not found|archiver: timeout}"),
        ("I", "...dules/queue/workerqueue.go:214:doWorkerQueue()", "Queue \"{=notification-service|webhook_sender|repo-archive|pr_patch_checker|code_indexer}\" is {=starting|stopping|flushing}"),
        ("E", "...ices/webhook/deliver.go:270:Deliver()", "Unable to deliver webhook task[{int}]: unable to deliver webhook task[{int}] in {=https://ci.example.com/hooks/gitea|http://10.0.5.7:8080/generic-webhook-trigger/invoke?token=x} due to error in http client: Post \"{=https://ci.example.com/hooks/gitea|http://10.0.5.7:8080/generic-webhook-trigger/invoke?token=x}\": {err}"),
        ("I", "...s/graceful/manager.go:177:doShutdown()", "PID: {int}. Background context for manager closed - context canceled - Shutting down...", 1),
        ("E", "...ces/context/context.go:105:ServeHTTP()", "{=NotFound|ServerError}: {=GetRepositoryByName: repository does not exist [id: 0, uid: 0, owner_name: bob, name: gone]|GetUserByName: user does not exist [uid: 0, name: ghost]}"),
    ],
}


def _harbor(r, ts, level, comp):
    c = comp
    if "{rid}" in c:
        c = c.replace("{rid}", values7.draw(r, "uuid", ts))
    return f"{ts:%Y-%m-%dT%H:%M:%S}Z [{level}] [{c}]: "


HARBOR = {
    "log_format": "<Time> \\[<Level>\\] \\[<Caller>\\]: <Content>",
    "about": "Harbor 2.9 core and jobservice: ISO stamp, [LEVEL], [source file:line] with a [requestID=…] glued on request lines",
    "start": datetime.datetime(2026, 12, 3, 2, 12, 0, tzinfo=UTC), "gap_ms": 2000,
    "header": _harbor,
    "statements": [
        ("ERROR", "/lib/http/error.go:57][requestID=\"{rid}\"", "{{\"errors\":[{{\"code\":\"{=NOT_FOUND|UNAUTHORIZED|FORBIDDEN|DENIED}\",\"message\":\"{hmsg}\"}}]}}"),
        ("INFO", "/jobservice/worker/cworker/c_worker.go:76", "Job incoming: {{\"name\":\"{=GARBAGE_COLLECTION|REPLICATION|IMAGE_SCAN|RETENTION|SCHEDULER|EXECUTION_SWEEP}\",\"id\":\"{hex24}\",\"params\":{hparams},\"metadata\":{{\"kind\":\"{=Generic|Scheduled|Periodic}\",\"is_unique\":{=false|true},\"status_hook\":\"{hook}\"}}}}"),
        ("INFO", "/jobservice/runner/redis.go:137", "Job '{=GARBAGE_COLLECTION|REPLICATION|IMAGE_SCAN|RETENTION}:{hex24}' exit with success"),
        ("ERROR", "/jobservice/runner/redis.go:123", "Job '{=GARBAGE_COLLECTION|REPLICATION|IMAGE_SCAN}:{hex24}' exit with error: {harbor_err}"),
        ("INFO", "/jobservice/job/impl/gc/garbage_collection.go:188", "start to run gc in job."),
        ("INFO", "/jobservice/job/impl/gc/garbage_collection.go:272", "{int} blobs and {int} manifests eligible for deletion"),
        ("INFO", "/jobservice/job/impl/gc/garbage_collection.go:297", "The GC job actual frees up {size} space."),
        ("INFO", "/jobservice/job/impl/gc/garbage_collection.go:380", "delete blob from storage: {digest}"),
        ("INFO", "/jobservice/job/impl/gc/garbage_collection.go:391", "delete manifest from storage: {digest}"),
        ("ERROR", "/common/utils/utils.go:108", "failed to connect to tcp://{=postgresql|harbor-db|redis}:{=5432|6379}, retry after {=2} seconds :dial tcp {ip}:{=5432|6379}: connect: connection refused"),
        ("INFO", "/core/main.go:198", "Version: {=v2.9.1|v2.10.0}, Git commit: {hex8}", 2),
        ("INFO", "/jobservice/job/impl/replication/replication.go:82", "copying {hproj}/{hname}:[{htags}](source registry) to {hproj}/{hname}:[{htags}](destination registry)..."),
        ("INFO", "/pkg/reg/adapter/native/adapter.go:241", "copy {hproj}/{hname}:{=latest|1.0|v2|stable}(source registry) to {hproj}/{hname}:{=latest|1.0|v2|stable}(destination registry) completed"),
        ("WARNING", "/controller/event/handler/webhook/artifact/replication.go:79", "cannot find the project {=library|team-a|proxy-cache}, skip sending webhook"),
        ("INFO", "/server/middleware/security/robot.go:74][requestID=\"{rid}\"", "a robot security context generated for request {=GET|HEAD|PUT} {=/v2/library/nginx/manifests/latest|/v2/team-a/api/blobs/uploads/|/api/v2.0/projects?page=1&page_size=10}"),
        ("WARNING", "/server/middleware/security/basic_auth.go:56][requestID=\"{rid}\"", "failed to authenticate user:{user}, error:{=Failed to authenticate user, due to error 'Invalid credentials'|user is not onboarded}"),
        ("INFO", "/pkg/scan/job.go:312", "Report with mime type application/vnd.security.vulnerability.report; version={=1.1} inserted for artifact {hproj}/{hname}@{digest}"),
    ],
}


def _loki(r, ts, level, comp):
    return f"level={level} ts={ts:%Y-%m-%dT%H:%M:%S}.{ts.microsecond:06d}{r.randint(100, 999)}Z caller={comp} "


LOKI = {
    "log_format": "level=<Level> ts=<Time> caller=<Caller> <Content>",
    "about": "Grafana Loki 2.9 (go-kit logfmt): a key=value header level= ts= caller=, then msg= and other keys",
    "start": datetime.datetime(2026, 12, 4, 17, 3, 30, tzinfo=UTC), "gap_ms": 1300,
    "header": _loki,
    "statements": [
        ("info", "table_manager.go:136", "index-store={=tsdb-2023-06-01|boltdb-shipper-2022-01-11} msg=\"uploading tables\""),
        ("info", "table_manager.go:171", "index-store={=tsdb-2023-06-01|boltdb-shipper-2022-01-11} msg=\"handing over indexes to shipper\""),
        ("info", "metrics.go:159", "component={=frontend} org_id={tenant} latency={=fast|slow} query=\"{logql}\" query_hash={int} query_type={=filter|metric|limited} range_type={=range|instant} length={godurshort} step={godurshort} duration={godur} status={=200|400|499|500} limit={=100|1000|5000} returned_lines={int} throughput={msize} total_bytes={msize} lines_per_second={int} total_lines={int} total_entries={int} queue_time={godur} splits={int:0-40} shards={int:0-32}"),
        ("info", "flush.go:167", "msg=\"flushing stream\" user={tenant} fp={hex16} immediate={=false|true} num_chunks={int:1-9} total_comp=\"{size}\" avg_comp=\"{size}\" total_uncomp=\"{size}\" avg_uncomp=\"{size}\" full={int:0-3} idle={int:0-5} max_age={int:0-2} labels=\"{labels}\""),
        ("info", "checkpoint.go:615", "msg=\"starting checkpoint\""),
        ("info", "checkpoint.go:340", "msg=\"checkpoint done\" time={godur}"),
        ("info", "lifecycler.go:454", "msg=\"changing instance state from\" old_state={=JOINING|PENDING|ACTIVE|LEAVING} new_state={=ACTIVE|LEAVING|JOINING} ring={=ingester|distributor|compactor|scheduler}"),
        ("warn", "basic_lifecycler.go:192", "msg=\"instance not found in the ring\" instance={=loki-0|loki-write-2|loki-backend-1} ring={=compactor|scheduler|ruler}"),
        ("warn", "logging.go:86", "msg=\"POST {=/loki/api/v1/push} ({=400|429}) {godur} Response: \\\"entry for stream '{labels}' has timestamp too old: {tzdate}, oldest acceptable timestamp is: {tzdate}\\\\n\\\" ws: false; Content-Length: {int}; Content-Type: {=application/x-protobuf|application/json}; User-Agent: {=promtail/2.9.2|GrafanaAgent/v0.38.1|fluent-bit/2.2.0}; \""),
        ("error", "flush.go:143", "org_id={tenant} msg=\"failed to flush\" err=\"{=failed to flush chunks: store put chunk: RequestError: send request failed|failed to flush chunks: context deadline exceeded|failed to flush chunks: store put chunk: googleapi: Error 503: We encountered an internal error. Please try again., backendError}, num_chunks: {int:1-9}, labels: {labels}\""),
        ("info", "marker.go:77", "msg=\"mark file created\" file={markerfile}"),
        ("info", "marker.go:204", "msg=\"no marks file found\""),
        ("info", "marker.go:179", "msg=\"mark processing done\""),
        ("info", "compactor.go:523", "msg=\"this instance has been chosen to run the compactor, starting compactor\""),
        ("info", "compactor.go:631", "msg=\"compacting\" table={lokitable}"),
        ("info", "table.go:136", "table-name={lokitable} msg=\"finished compacting table\" duration={godur}"),
        ("info", "main.go:108", "msg=\"Starting Loki\" version=\"(version={=2.9.2|2.9.3}, branch={=HEAD|release-2.9.x}, revision={hex8})\"", 2),
        ("info", "loki.go:505", "msg=\"Loki started\" startup_time={godur}", 2),
        ("warn", "pool.go:184", "msg=\"removing ingester failing healthcheck\" addr={ip}:{=9095} reason=\"{=rpc error: code = DeadlineExceeded desc = context deadline exceeded|failing healthcheck status: NOT_SERVING}\""),
        ("error", "retry.go:73", "org_id={tenant} traceID={hex16} msg=\"error processing request\" try={int:0-4} query=\"{logql}\" query_hash={int} start={tzdate} end={tzdate} start_delta={godurshort} end_delta={godurshort} length={godurshort} retry_in={godur} err=\"{=context canceled|rpc error: code = Code(500) desc = failed to load chunk|max entries limit per query exceeded, limit > max_entries_limit (10000 > 5000)}\""),
        ("info", "push.go:175", "org_id={tenant} traceID={hex16} msg=\"push request parsed\" path={=/loki/api/v1/push} contentType={=application/x-protobuf|application/json} contentEncoding={=|gzip|snappy} bodySize=\"{size}\" streams={int} entries={int} streamLabelsSize=\"{size}\" entriesSize=\"{size}\" totalSize=\"{size}\" mostRecentLagMs={int}"),
    ],
}


def _crio(r, ts, level, comp):
    return f"time=\"{ts:%Y-%m-%d %H:%M:%S}.{ts.microsecond:06d}{r.randint(100, 999)}Z\" level={level} "


IMG = " id={uuid} name={=/runtime.v1.ImageService/"
RT = " id={uuid} name={=/runtime.v1.RuntimeService/"
PODNAME = "{ns}/{pod}"
CRIO = {
    "log_format": "time=\"<Time>\" level=<Level> <Content>",
    "about": "CRI-O 1.28 (logrus text): time=\"…\" level=… then msg=\"…\" and request fields id= name=",
    "start": datetime.datetime(2026, 12, 6, 1, 7, 7, tzinfo=UTC), "gap_ms": 900,
    "header": _crio,
    "statements": [
        ("info", "", "msg=\"Checking image status: {image}\"" + IMG + "ImageStatus}"),
        ("info", "", "msg=\"Image {image} not found\"" + IMG + "ImageStatus}"),
        ("info", "", "msg=\"Image status: &ImageStatusResponse{{Image:&Image{{Id:{hex64},RepoTags:[{image}],RepoDigests:[{imagedigest}],Size_:{int},Uid:{crio_uid},Username:{=|nginx|nobody},Spec:nil,Pinned:{=false|true},}},Info:map[string]string{{}},}}\"" + IMG + "ImageStatus}"),
        ("info", "", "msg=\"Pulling image: {image}\"" + IMG + "PullImage}"),
        ("info", "", "msg=\"Trying to access \\\"{image}\\\"\""),
        ("info", "", "msg=\"Pulled image: {imagedigest}\"" + IMG + "PullImage}"),
        ("info", "", "msg=\"Running pod sandbox: " + PODNAME + "/POD\"" + RT + "RunPodSandbox}"),
        ("info", "", "msg=\"Ran pod sandbox {hex64} with infra container: " + PODNAME + "/POD\"" + RT + "RunPodSandbox}"),
        ("info", "", "msg=\"Creating container: " + PODNAME + "/{ctr}\"" + RT + "CreateContainer}"),
        ("info", "", "msg=\"Created container {hex64}: " + PODNAME + "/{ctr}\"" + RT + "CreateContainer}"),
        ("info", "", "msg=\"Starting container: {hex64}\"" + RT + "StartContainer}"),
        ("info", "", "msg=\"Started container\" PID={int} containerID={hex64} description=" + PODNAME + "/{ctr}" + RT + "StartContainer}"),
        ("info", "", "msg=\"Stopping pod sandbox: {hex64}\"" + RT + "StopPodSandbox}"),
        ("info", "", "msg=\"Stopped pod sandbox: {hex64}\"" + RT + "StopPodSandbox}"),
        ("info", "", "msg=\"Stopped pod sandbox (already stopped): {hex64}\"" + RT + "StopPodSandbox}"),
        ("info", "", "msg=\"Removing container: {hex64}\"" + RT + "RemoveContainer}"),
        ("info", "", "msg=\"Removed container {hex64}: " + PODNAME + "/{ctr}\"" + RT + "RemoveContainer}"),
        ("info", "", "msg=\"Got pod network &{{Name:{pod} Namespace:{ns} ID:{hex64} UID:{uuid} NetNS:{netns} Networks:[] RuntimeConfig:map[{cninet}:{{IP: MAC: PortMappings:[] Bandwidth:<nil> IpRanges:[]}}] Aliases:map[]}}\""),
        ("info", "", "msg=\"Adding pod {ns}_{pod} to CNI network \\\"{cninet}\\\" (type={=calico|bridge|cilium-cni|flannel})\""),
        ("info", "", "msg=\"Deleting pod {ns}_{pod} from CNI network \\\"{cninet}\\\" (type={=calico|bridge|cilium-cni|flannel})\""),
        ("warning", "", "msg=\"Stopping container {hex64} with stop signal timed out: timeout reached after {=30|10|60} seconds waiting for container process to exit\"" + RT + "StopContainer}"),
        ("info", "", "msg=\"Stopped container {hex64}: " + PODNAME + "/{ctr}\"" + RT + "StopContainer}"),
        ("info", "", "msg=\"Updated default CNI network name to {cninet}\"", 2),
        ("info", "", "msg=\"Starting CRI-O, version: {=1.28.2|1.28.1}, git: {hex40}(clean)\"", 2),
        ("error", "", "msg=\"Failed to cleanup (probably retrying): failed to destroy network for pod sandbox k8s_{pod}_{ns}_{uuid}_{int:0-3}({hex64}): {=plugin type=\\\"calico\\\" failed (delete): error getting ClusterInformation: connection is unauthorized: Unauthorized|netplugin failed with no error message: signal: killed}\""),
    ],
}

SYSTEMS = {"Nomad": NOMAD, "VmwareHostd": HOSTD, "KafkaConnect": KCONNECT, "OpenSMTPD": SMTPD, "Gitea": GITEA,
           "Harbor": HARBOR, "Loki": LOKI, "CRIO": CRIO}
