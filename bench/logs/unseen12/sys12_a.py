"""Statements of the twelfth blind set, first half: Oracle listener, Redpanda, Concourse, Bacula, Arista EOS, SonicWall,
Windows Installer (msiexec verbose log), an NLog .NET service. Slots as make-unseen12.py says."""
import datetime

MON = "JAN FEB MAR APR MAY JUN JUL AUG SEP OCT NOV DEC".split()


def ms3(ts):
    return f"{ts.microsecond // 1000:03d}"


def ora_header(r, ts, level, comp):
    return f"{ts.day:02d}-{MON[ts.month - 1]}-{ts.year} {ts:%H:%M:%S} "


CD = "(CID=(PROGRAM={pick:winprog})(HOST={pick:orahost})(USER={pick:orauser}))"
ADDR = "(ADDRESS=(PROTOCOL={=tcp|tcp|tcps})(HOST={anyip})(PORT={eport}))"

ORACLE = {
    "about": "Oracle Database 19c TNS listener log (listener.log, text): dd-MON-yyyy stamp, `*`-separated connect records",
    "log_format": "<Date> <Time> <Content>",
    "start": datetime.datetime(2026, 12, 6, 8, 0, 0),
    "gap_ms": 900,
    "header": ora_header,
    "statements": [
        ("", "", "* (CONNECT_DATA=(SERVICE_NAME={pick:orasvc})" + CD + ") * " + ADDR + " * establish * {pick:orasvc} * {=0|0|0|0|12514}"),
        ("", "", "* (CONNECT_DATA=(SID={pick:orasvc})" + CD + ") * " + ADDR + " * establish * {pick:orasvc} * {=0|0|0|12505}"),
        ("", "", "* (CONNECT_DATA=" + CD + "(SERVICE_NAME={pick:orasvc})(SERVER=dedicated)) * " + ADDR + " * establish * {pick:orasvc} * 0"),
        ("", "", "* (CONNECT_DATA=(SERVICE_NAME={pick:orasvc})(SERVER=DEDICATED)" + CD + "(CONNECTION_ID={connid})) * " + ADDR + " * establish * {pick:orasvc} * 0"),
        ("", "", "* service_update * {pick:orasvc} * 0"),
        ("", "", "* service_register * {pick:orasvc} * 0"),
        ("", "", "* service_died * {pick:orasvc} * 12537"),
        ("", "", "* ping * 0"),
        ("", "", "* (CONNECT_DATA=(CID=(PROGRAM=)(HOST={pick:orahost})(USER={pick:orauser}))(COMMAND=status)(ARGUMENTS=64)(SERVICE=LISTENER)(VERSION=318767104)) * status * 0"),
        ("", "", "* (CONNECT_DATA=(CID=(PROGRAM=)(HOST={pick:orahost})(USER={pick:orauser}))(COMMAND=services)(ARGUMENTS=64)(SERVICE=LISTENER)(VERSION=318767104)) * services * 0"),
        ("", "", "* (CONNECT_DATA=(CID=(PROGRAM=)(HOST={pick:orahost})(USER={pick:orauser}))(COMMAND=reload)(ARGUMENTS=64)(SERVICE=LISTENER)(VERSION=318767104)) * reload * 0", 6),
        ("", "", "TNS-12514: TNS:listener does not currently know of service requested in connect descriptor"),
        ("", "", "TNS-12505: TNS:listener does not currently know of SID given in connect descriptor"),
        ("", "", "Fatal NI connect error 12170."),
        ("", "", "VERSION INFORMATION: TNS for Linux: Version {=19.0.0.0.0|19.21.0.0.0} - Production", 4),
        ("", "", "Time: {oradate}"),
        ("", "", "Tracing not turned on."),
        ("", "", "Tns error struct:"),
        ("", "", "ns main err code: 12535"),
        ("", "", "ns secondary err code: 12560"),
        ("", "", "nt main err code: 505"),
        ("", "", "nt secondary err code: {=110|104|0}"),
        ("", "", "TNS-12535: TNS:operation timed out"),
        ("", "", "TNS-00505: Operation timed out"),
        ("", "", "Client address: " + ADDR),
        ("", "", "WARNING: Subscription for node down event still pending"),
        ("", "", "Listening on: (DESCRIPTION=(ADDRESS=(PROTOCOL={=tcp|tcps|ipc})(HOST={fqdn})(PORT=1521)))", 3),
        ("", "", "System parameter file is {=/u01/app/oracle/product/19.0.0/dbhome_1/network/admin/listener.ora|/opt/oracle/network/admin/listener.ora}", 2),
        ("", "", "Log messages written to {=/u01/app/oracle/diag/tnslsnr/db-prod-3/listener/alert/log.xml|/opt/oracle/diag/tnslsnr/ora19/listener/alert/log.xml}", 2),
        ("", "", "Listener completed notification to CRS on {=start|stop}", 3),
    ],
}


def rp_header(r, ts, level, comp):
    shard = f"{r.randint(0, 7)}:{r.choice(['main', 'main', 'raft', 'fetc', 'admin'])}"
    return f"{level:<5} {ts:%Y-%m-%d %H:%M:%S},{ms3(ts)} [shard {shard}] {comp} - "


NTP = "{{{=kafka|kafka|kafka|redpanda|kafka_internal}/{=orders|payments|clicks.raw|__consumer_offsets|_schemas|controller|tx}/{int:0-23}}}"
G = "[group_id:{int:1-900}, " + NTP + "] "
NODE = "{{id: {{{rpnode}}}, revision: {{{int:0-400}}}}}"

REDPANDA = {
    "about": "Redpanda 23.3 broker log (seastar logger): level padded to 5, `[shard N:group]`, logger, `file.cc:line -`",
    "log_format": "<Level> <Date> <Time> \\[shard <Shard>\\] <Component> - <Content>",
    "start": datetime.datetime(2026, 12, 6, 9, 12, 0),
    "gap_ms": 600,
    "header": rp_header,
    "statements": [
        ("INFO", "raft", G + "vote_stm.cc:77 - Sending vote request to " + NODE + " with timeout {int:100-3000}"),
        ("INFO", "raft", G + "vote_stm.cc:264 - becoming the leader term:{term}"),
        ("INFO", "raft", G + "vote_stm.cc:279 - became the leader term: {term}"),
        ("INFO", "raft", G + "consensus.cc:1722 - Received vote request with larger term from node " + NODE + ", received {term}, current {term}"),
        ("INFO", "raft", G + "consensus.cc:2963 - Stepping down as leader in term {term}, dirty offset {offset}"),
        ("WARN", "raft", G + "consensus.cc:2181 - recovery append entries error: {=raft group does not exists on target broker|rpc::errc::client_request_timeout|rpc::errc::disconnected_endpoint(node down)}"),
        ("WARN", "raft", G + "replicate_entries_stm.cc:197 - Error while replicating entries {=raft::errc::timeout|raft::errc::shutting_down|raft::errc::not_leader}"),
        ("INFO", "raft", G + "prevote_stm.cc:60 - pre-vote request failed with error {=rpc::errc::exponential_backoff|rpc::errc::client_request_timeout}"),
        ("INFO", "raft", G + "consensus.cc:1465 - started raft, log offsets: {{start_offset:{offset}, committed_offset:{offset}, committed_offset_term:{term}, dirty_offset:{offset}, dirty_offset_term:{term}}}, term: {term}"),
        ("INFO", "cluster", "controller_backend.cc:612 - [" + NTP + "] (retry {int:0-30}) error while reconciling topic: {=cluster::errc::waiting_for_recovery|cluster::errc::timeout|raft::errc::not_leader}"),
        ("INFO", "cluster", "health_monitor_backend.cc:300 - unable to refresh health metadata, no leader controller"),
        ("INFO", "cluster", "partition_balancer_backend.cc:345 - last status: {=ready|in_progress|stalled}; violations: unavailable nodes: {small}, full nodes: {small}; updates in progress: {small}; action counts: reassignments: {small}, cancellations: {small}, failed: {small}; counts rebalancing finished: {=true|false}, force refresh health report: {=true|false}"),
        ("INFO", "cluster", "members_manager.cc:436 - Applying update to members_manager: {{type: {=node_update|add_node|decommission_node|maintenance_mode}, node_id: {rpnode}, offset: {offset}}}"),
        ("WARN", "rpc", "server.cc:116 - {=kafka rpc protocol|vectorized internal rpc protocol} - Error[applying protocol] remote address: {ip}:{eport} - {pick:rpmsg}"),
        ("WARN", "kafka", "connection_context.cc:457 - Detected error processing request: std::runtime_error (Unexpected request during authentication: {int:0-70})"),
        ("INFO", "kafka", "group.cc:1234 - group_id={=orders-consumers|clickstream-etl|connect-s3-sink|console-consumer-51234}, member_id={=consumer-1|rdkafka|connector-consumer-s3-0}-{uuid} has left group, reason: {=the consumer is being closed|Leaving group|consumer poll timeout has expired.}"),
        ("INFO", "kafka", "group_manager.cc:872 - Recovering {int:0-400} groups from partition " + NTP),
        ("INFO", "storage", "segment.cc:659 - Creating new segment {rpseg}"),
        ("INFO", "storage", "disk_log_impl.cc:1246 - Removing \"{rpseg}\" ({=remove_prefix_full_segments|remove_front_segment|retention}, {int:0-999999999} bytes)"),
        ("WARN", "seastar_memory", "oversized allocation: {=131072|262144|1048576} bytes. This is non-fatal, but could lead to latency and/or fragmentation issues. Please report: at {list:hexaddr:3-9: }"),
        ("INFO", "admin_api_server", "admin_server.cc:566 - [{=_anonymous|admin|svc-console}] {=GET|PUT|POST|DELETE} {=http://localhost:9644/v1/cluster_config|http://0.0.0.0:9644/v1/brokers|http://rp-0.rp.redpanda.svc.cluster.local:9644/v1/partitions/kafka/orders/3/transfer_leadership?target=2|http://localhost:9644/v1/cluster/health_overview}"),
        ("INFO", "main", "application.cc:276 - Redpanda {=v23.3.5|v23.3.6} - {hex:40}", 3),
        ("INFO", "main", "application.cc:1456 - Started Kafka API server listening at {{dnslistener{{\"{=kafka_internal|external}\", {{host: {=0.0.0.0|10.0.3.17}, port: {=9092|9093}}}}}}}", 2),
        ("ERROR", "cloud_storage", "remote.cc:305 - Uploading segment {{\"{rpkey}\"}} to {{\"{=panda-bucket|rp-tiered-prod}\"}}, {=SlowDown|RequestTimeout|NoSuchBucket} error {=\"Please reduce your request rate.\"|\"Your socket connection to the server was not read from or written to within the timeout period.\"|\"The specified bucket does not exist\"}"),
    ],
}


def cc_header(r, ts, level, comp):
    return f'{{"timestamp":"{ts:%Y-%m-%dT%H:%M:%S}.{ts.microsecond:06d}{r.randint(0, 999):03d}Z","level":"{level}","source":"{comp}",'


def cc(msg, data):
    return '"message":"' + msg + '","data":{{' + data + "}}}}"


PJ = '"pipeline":"{pick:ccpipe}"'
CCSESS = '"session":"{sess}"'
TEAM = '"team":"{pick:ccteam}"'

CONCOURSE = {
    "about": "Concourse 7.11 web and worker nodes, lager JSON lines: the Content is the object after `source` (message name and data)",
    "log_format": '{"timestamp":"<Time>","level":"<Level>","source":"<Source>",<Content>',
    "start": datetime.datetime(2026, 12, 6, 10, 0, 0),
    "gap_ms": 700,
    "header": cc_header,
    "statements": [
        ("info", "atc", cc("atc.lidar-checker.check.run.start", '"check":{int:1-999999},' + PJ + ',"resource":"{pick:ccres}",' + CCSESS + "," + TEAM)),
        ("info", "atc", cc("atc.lidar-checker.check.run.finish", '"check":{int:1-999999},' + PJ + ',"resource":"{pick:ccres}",' + CCSESS + "," + TEAM)),
        ("error", "atc", cc("atc.lidar-checker.check.run.failed", '"check":{int:1-999999},"error":"{pick:ccerr}",' + PJ + ',"resource":"{pick:ccres}",' + CCSESS + "," + TEAM)),
        ("info", "atc", cc("atc.lidar-checker.check.run.found-versions", '"count":{int:0-50},"from":"' + "{ccver}" + '",' + PJ + ',"resource":"{pick:ccres}",' + CCSESS)),
        ("info", "atc", cc("atc.tracker.track.build-tracker.run.start", '"build":"{int:1-99999}","job":"{pick:ccjob}",' + PJ + "," + CCSESS + "," + TEAM)),
        ("info", "atc", cc("atc.tracker.track.build-tracker.run.finish", '"build":"{int:1-99999}","job":"{pick:ccjob}",' + PJ + "," + CCSESS + "," + TEAM)),
        ("info", "atc", cc("atc.build.step.get.finished", '"build":"{int:1-99999}","exit-status":{=0|0|1|2},"job":"{pick:ccjob}",' + PJ + "," + CCSESS + ',"step-name":"{=unit|build|deploy to staging|notify slack|repo}"')),
        ("info", "atc", cc("atc.build.step.task.finished", '"build":"{int:1-99999}","exit-status":{=0|0|1|2},"job":"{pick:ccjob}",' + PJ + "," + CCSESS + ',"step-name":"{=unit|build|deploy to staging|notify slack|repo}"')),
        ("info", "atc", cc("atc.scheduler.schedule-job.schedule.done", '"job":"{pick:ccjob}",' + PJ + "," + CCSESS + ',"took":"{dur_ms}"')),
        ("info", "atc", cc("atc.volume-collector.run.mark-orphaned-volumes.marked-orphaned-volumes", '"count":{int:0-300},' + CCSESS)),
        ("error", "atc", cc("atc.container-collector.run.destroy-container.failed-to-destroy", '"error":"{=worker stalled|container not found|failed to destroy volume: volume not found}","handle":"{uuid}",' + CCSESS + ',"worker":"{=worker-0|ci-worker-07|concourse-worker-2}"')),
        ("info", "worker", cc("worker.garden.garden-server.create.created", '"handle":"{uuid}",' + CCSESS)),
        ("info", "worker", cc("worker.garden.garden-server.destroy.destroyed", '"handle":"{uuid}",' + CCSESS)),
        ("info", "worker", cc("worker.baggageclaim.api.volume-server.create-volume-async.created-volume", '"handle":"{uuid}","privileged":{=false|true},' + CCSESS + ',"strategy":"{=empty|cow|import}"')),
        ("info", "tsa", cc("tsa.connection.channel.forward-worker.heartbeat.start", '"platform":"{=linux|windows|darwin}","remote":"{ip}:{eport}",' + CCSESS + ',"tags":"{=|gpu|windows,large}","team":"{=|main|payments}","worker-address":"{ip}:7777"')),
        ("info", "tsa", cc("tsa.connection.channel.forward-worker.heartbeat.reached-worker", '"baggageclaim-took":"{dur_ms}","garden-took":"{dur_ms}","remote":"{ip}:{eport}",' + CCSESS)),
        ("error", "worker", cc("worker.beacon-runner.beacon.failed-to-connect-to-tsa", '"error":"dial tcp {ip}:2222: connect: {=connection refused|connection timed out|no route to host}",' + CCSESS)),
        ("error", "atc", cc("atc.credential-manager.vault.login.failed", '"error":"Error making API request.\\n\\nURL: PUT https://{=vault.internal|10.0.0.12}:8200/v1/auth/approle/login\\nCode: {=400|403|503}. Errors:\\n\\n* {=invalid role or secret ID|permission denied|Vault is sealed}",' + CCSESS)),
        ("error", "atc", cc("atc.db.failed-to-open-db-retrying", '"error":"dial tcp {ip}:5432: connect: connection refused",' + CCSESS), 9),
        ("info", "web", cc("web.auth.callback.failed", '"error":"{=oauth2: cannot fetch token: 401 Unauthorized|invalid state token|user not in any authorized team}",' + CCSESS)),
        ("debug", "atc", cc("atc.syncer.added-pipeline", '"pipeline-id":{int:1-500},' + PJ + "," + CCSESS)),
        ("debug", "atc", cc("atc.syncer.removed-pipeline", '"pipeline-id":{int:1-500},' + PJ + "," + CCSESS)),
        ("info", "atc", cc("atc.pipelines.pause.paused", PJ + "," + CCSESS + "," + TEAM + ',"user":"{=admin|github:alice|oidc:svc-ci}"')),
        ("info", "atc", cc("atc.pipelines.pause.unpaused", PJ + "," + CCSESS + "," + TEAM + ',"user":"{=admin|github:alice|oidc:svc-ci}"')),
    ],
}


def bac_header(r, ts, level, comp):
    return f"{ts:%d-%b-%Y %H:%M:%S} {comp} JobId {r.randint(1000, 99999)}: "


CLIENTS = "{=web01-fd|db-prod-3-fd|fs01-fd|win-app07-fd}"
BACULA = {
    "about": "Bacula 13 director, storage and file daemons' job messages (bacula.log): dd-Mon-yyyy stamp, daemon, `JobId N:`",
    "log_format": "<Date> <Time> <Daemon> JobId <JobId>: <Content>",
    "start": datetime.datetime(2026, 12, 6, 22, 0, 0),
    "gap_ms": 4000,
    "header": bac_header,
    "statements": [
        ("", "bacula-dir", "Start Backup JobId {int:1000-99999}, Job={bjobname}"),
        ("", "bacula-dir", "Start Restore Job {bjobname}"),
        ("", "bacula-dir", "Using Device \"{=FileChgr1-Dev1|FileChgr1-Dev2|LTO8-Drive0}\" to write."),
        ("", "bacula-dir", "Using Device \"{=FileChgr1-Dev1|FileChgr1-Dev2|LTO8-Drive0}\" to read."),
        ("", "bacula-dir", "Connected to Storage \"{=File1|FileChgr1|Autochanger}\" at {=backup01|bacula-sd.corp.example.com|10.0.5.20}:9103 with TLS"),
        ("", "bacula-dir", "Connected to Client \"" + CLIENTS + "\" at {host}:9102 with TLS"),
        ("", "bacula-dir", "Sending Accurate information to the FD."),
        ("", "bacula-dir", "Max Volume jobs=1 exceeded. Marking Volume \"{pick:volume}\" as Used."),
        ("", "bacula-dir", "Max configured use duration={=86,400|604,800} sec. exceeded. Marking Volume \"{pick:volume}\" as Used."),
        ("", "bacula-dir", "Recycled volume \"{pick:volume}\""),
        ("", "bacula-dir", "Pruned {int:1-40} Jobs for client " + CLIENTS + " from catalog."),
        ("", "bacula-dir", "Begin pruning Jobs older than {=6 months|30 days|1 year|2 weeks} ."),
        ("", "bacula-dir", "No Files found to prune."),
        ("", "bacula-dir", "Fatal error: Network error with FD during Backup: ERR={pick:err}"),
        ("", "bacula-dir", "Fatal error: No Job status returned from FD."),
        ("", "bacula-dir", "Rescheduled Job {bjobname} at {bdate} to re-run in {int:60-3600} seconds ({sqldate})."),
        ("", "bacula-dir", "Bacula bacula-dir {=13.0.3|13.0.4} ({=02Nov23|12Mar24}):", 4),
        ("", "bacula-dir", "Elapsed time:           {dur_words}"),
        ("", "bacula-dir", "Termination:            {=Backup OK|Backup OK -- with warnings|*** Backup Error ***|Restore OK|*** Backup Canceled ***}"),
        ("", "bacula-dir", "FD Bytes Written:       {size_words}"),
        ("", "bacula-dir", "Volume name(s):         {list:pick:volume:1-3:|}"),
        ("", "backup01-sd|bacula-sd", "Volume \"{pick:volume}\" previously written, moving to end of data."),
        ("", "backup01-sd|bacula-sd", "Ready to append to end of Volume \"{pick:volume}\" size={big}"),
        ("", "backup01-sd|bacula-sd", "Elapsed time={hms0}, Transfer rate={=12.34 M|812.4 K|1.230 G|0  } Bytes/second"),
        ("", "backup01-sd|bacula-sd", "Job write elapsed time = {hms0}, Transfer rate = {=12.34 M|812.4 K|1.230 G} Bytes/second"),
        ("", "backup01-sd|bacula-sd", "Sending spooled attrs to the Director. Despooling {cnum} bytes ..."),
        ("", "backup01-sd|bacula-sd", "End of medium on Volume \"{pick:volume}\" Bytes={cnum} Blocks={cnum} at {bdate}."),
        ("", "backup01-sd|bacula-sd", "Labeled new Volume \"{pick:volume}\" on File device \"{=FileChgr1-Dev1|FileChgr1-Dev2}\" ({=/srv/bacula/volumes|/backup/pool 2})."),
        ("", CLIENTS[2:-1], "Could not stat \"{pick:bpath}\": ERR={pick:err}"),
        ("", CLIENTS[2:-1], "{=/proc|/sys|/dev|/run|/var/lib/docker/overlay2} is a different filesystem. Will not descend from / into it."),
        ("", "win-app07-fd", "Generate VSS snapshots. Driver=\"{=Win64 VSS|VSS Win 2008}\", Drive(s)=\"{=C|CD|CDE}\""),
        ("", "win-app07-fd", "VSS Writer (BackupComplete): \"{=Task Scheduler Writer|System Writer|WMI Writer|SqlServerWriter|Registry Writer}\", State: 0x{=1|7|8} ({=VSS_WS_STABLE|VSS_WS_FAILED_AT_PREPARE_SNAPSHOT|VSS_WS_WAITING_FOR_BACKUP_COMPLETE})"),
    ],
}


SWITCHES = ["leaf01", "leaf02", "spine-1", "spine-2", "border-lf-3", "mgmt-sw01.dc1"]


def eos_header(r, ts, level, comp):
    return f"{ts:%b} {ts.day:>2} {ts:%H:%M:%S} {r.choice(SWITCHES)} {comp}: "


IF = "{pick:iface}"
PEER = "{ip} (VRF {pick:vrf} AS {int:64512-65535})"
ARISTA = {
    "about": "Arista EOS 4.31 switches via syslog: `Mmm dd hh:mm:ss host Agent: %FACILITY-SEV-MNEMONIC: message`",
    "log_format": "<Month> <Day> <Time> <Host> <Agent>: <Content>",
    "start": datetime.datetime(2026, 12, 7, 0, 0, 0),
    "gap_ms": 1500,
    "header": eos_header,
    "statements": [
        ("", "Ebra", "%LINEPROTO-5-UPDOWN: Line protocol on Interface " + IF + ", changed state to {=up|down}"),
        ("", "Ebra", "%ETH-4-ERRDISABLE: " + IF + " error disabled due to {=bpduguard|link-flap|portsec|xcvr-unsupported}"),
        ("", "Lldp", "%LLDP-5-NEIGHBOR_NEW: LLDP neighbor with chassisId {dotmac} and portId \"{=Ethernet49/1|Ethernet1|Gi0/1|ens3f0|swp12}\" added on interface " + IF),
        ("", "Lldp", "%LLDP-5-NEIGHBOR_REMOVED: LLDP neighbor with chassisId {dotmac} and portId \"{=Ethernet49/1|Ethernet1|Gi0/1|ens3f0|swp12}\" removed from interface " + IF),
        ("", "Bgp", "%BGP-5-ADJCHANGE: peer " + PEER + " old state {pick:bgpstate} event {pick:bgpevent} new state {pick:bgpstate}"),
        ("", "Bgp", "%BGP-3-NOTIFICATION: sent to neighbor " + PEER + " {int:1-6}/{int:1-8} ({pick:bgpreason}) {int:0-9} bytes"),
        ("", "Bgp", "%BGP-3-NOTIFICATION: received from neighbor " + PEER + " {int:1-6}/{int:1-8} ({pick:bgpreason}) {int:0-9} bytes"),
        ("", "Bgp", "%BGP-4-MAXPFXWARN: peer " + PEER + " exceeded the max prefix warning threshold: {int:100-12000} prefixes received"),
        ("", "ConfigAgent", "%SYS-5-CONFIG_E: Enter configuration mode from {=console|session} by {user} on {pick:tty} ({ip})"),
        ("", "ConfigAgent", "%SYS-5-CONFIG_I: Configured from console by {user} on {pick:tty} ({ip})"),
        ("", "ConfigAgent", "%SYS-5-CONFIG_SESSION_COMMIT_SUCCESS: Configuration session {=capi-1733|ansible-20261207|mysession|cvp-task 42} committed successfully"),
        ("", "Stp", "%SPANTREE-6-INTERFACE_ADD: Interface " + IF + " has been added to instance {=MST0|MST1|Vl100|Vl4094}"),
        ("", "Stp", "%SPANTREE-6-INTERFACE_DEL: Interface " + IF + " has been removed from instance {=MST0|MST1|Vl100|Vl4094}"),
        ("", "Stp", "%SPANTREE-6-INTERFACE_STATE: Interface " + IF + " instance {=MST0|MST1|Vl100} moving from {=discarding|learning|forwarding} to {=learning|forwarding|discarding}"),
        ("", "Xcvr", "%XCVR-6-INSERTED: The transceiver for interface " + IF + " has been inserted. manufacturer: {pick:vendor} model: {pick:model} part number {pick:model} revision {=0002|A|01} serial number {=XKT201234|FNS1234ABCD|G2A5678}"),
        ("", "Xcvr", "%XCVR-6-REMOVED: The transceiver for interface " + IF + " has been removed"),
        ("", "PowerManager", "%ENVIRONMENT-3-POWER_LOSS: Power supply {int:1-2} has lost power", 5),
        ("", "PowerManager", "%ENVIRONMENT-5-POWER_RESTORED: Power supply {int:1-2} has regained power", 4),
        ("", "ProcMgr-worker", "%PROCMGR-6-PROCESS_TERMINATED: '{=Bgp|Lldp|Rib|Stp|Snmp}' (PID={int:1000-30000}, status={int:0-255}) has terminated."),
        ("", "ProcMgr-worker", "%PROCMGR-6-PROCESS_RESTART: Restarting '{=Bgp|Lldp|Rib|Stp|Snmp}' immediately (it had PID={int:1000-30000})"),
        ("", "Aaa", "%AAA-4-EXEC_AUTHZ_FAILED: User {user} failed authorization to start a shell"),
        ("", "Aaa", "%AAA-4-LOGIN_FAILED: Login failed for user {user} on {pick:tty} ({ip}): {=bad password|no such user|authentication server unreachable}"),
        ("", "Mlag", "%MLAG-4-INTF_INACTIVE_LOCAL: Local interface " + IF + " is link down. MLAG {int:1-200} is inactive."),
        ("", "Mlag", "%MLAG-4-INTF_ACTIVE_LOCAL: Local interface " + IF + " is link up. MLAG {int:1-200} is active."),
        ("", "Acl", "%ACL-6-IPACCESS: list {=MGMT-IN|EDGE-ACL|default-control-plane-acl} " + IF + " {=denied|permitted} {=tcp|udp} {ip}({port}) -> {ip}({port})"),
        ("", "Acl", "%ACL-6-IPACCESS: list {=MGMT-IN|EDGE-ACL|default-control-plane-acl} " + IF + " {=denied|permitted} icmp {ip} -> {ip} type={int:0-13} code={int:0-5}"),
    ],
}


def sw_header(r, ts, level, comp):
    c, m = comp.split("/")
    return (f'id=firewall sn=0017C5A1B2C3 time="{ts:%Y-%m-%d %H:%M:%S} UTC" fw=203.0.113.5 pri={level} c={c} m={m} ')


N = "n={int:1-9999999} "
SRCDST = "src={ip}:{eport}:{pick:swzone} dst={ip}:{port}:{pick:swzone} "
MACS = "srcMac={mac} dstMac={mac} "
SONICWALL = {
    "about": "SonicWall SonicOS 7 syslog (enhanced format without the syslog prefix): a key=value header "
             "`id sn time fw pri c m`, then the record's fields",
    "log_format": 'id=<Id> sn=<Serial> time="<Date> <Time> UTC" fw=<Fw> pri=<Pri> c=<Category> m=<EventId> <Content>',
    "start": datetime.datetime(2026, 12, 7, 3, 0, 0),
    "gap_ms": 400,
    "header": sw_header,
    "statements": [
        ("6", "262144/98", 'msg="Connection Opened" app={int:1-60000} appName=\'{pick:swapp}\' ' + N + SRCDST + MACS + "proto={pick:swproto} fw_action=\"NA\""),
        ("6", "1024/537", 'msg="Connection Closed" app={int:1-60000} appName=\'{pick:swapp}\' ' + N + SRCDST + MACS + "proto={pick:swproto} sent={int:40-9999999} rcvd={int:40-9999999} spkt={int:1-9999} rpkt={int:0-9999} cdur={int:1-999999} rule=\"{pick:swrule}\" fw_action=\"{=NA|forward}\""),
        ("6", "1024/97", 'msg="Web site hit" ' + N + SRCDST + MACS + "proto={=tcp/https|tcp/http} dstname={fqdn} arg={pick:djpath} code={int:1-99} Category=\"{pick:webcat}\" fw_action=\"NA\""),
        ("4", "1024/14", 'msg="Web site access denied" ' + N + SRCDST + MACS + "proto={=tcp/https|tcp/http} dstname={fqdn} arg={pick:djpath} code={int:1-99} Category=\"{pick:webcat}\" fw_action=\"drop\""),
        ("6", "262144/36", 'msg="TCP packet received on non-existent/closed connection; TCP packet dropped" ' + N + SRCDST + MACS + "proto={=tcp/https|tcp/445|tcp/ssh} fw_action=\"drop\""),
        ("5", "8192/1235", 'msg="Administrator login allowed" ' + N + 'usr="{user}" src={ip}:0:{pick:swzone} dst=203.0.113.5:{=443|22}:X1 srcMac={mac} proto={=tcp/https|tcp/ssh} note="{=HTTPS Management|SSH Management}" fw_action="NA"'),
        ("1", "8192/560", 'msg="User login denied due to bad credentials" ' + N + 'usr="{user}" src={ip}:0:{pick:swzone} dst=203.0.113.5:{=443|22}:X1 proto={=tcp/https|tcp/ssh} note="{=HTTPS Management|SSL VPN}" fw_action="NA"'),
        ("6", "8192/24", 'msg="Administrator logged out" ' + N + 'usr="{user}" src={ip}:0:{pick:swzone} dst=203.0.113.5:{=443|22}:X1 note="{=Logout|Inactivity timeout}" fw_action="NA"'),
        ("1", "32/608", 'msg="IPS Detection Alert: {pick:ips}" sid={int:1-20000} ipscat={=WEB-ATTACKS|SCAN|MALWARE|ICMP} ipspri={int:1-3} ' + N + SRCDST + MACS + "proto={pick:swproto} fw_action=\"drop\""),
        ("1", "32/82", 'msg="Possible port scan detected" ' + N + SRCDST + MACS + 'proto={=tcp/445|tcp/3389|tcp/22} note="TCP scanned port list, {list:port:2-6:, }" fw_action="NA"'),
        ("1", "32/862", 'msg="Possible SYN Flood on IF {=X1|X0|X2}" ' + N + SRCDST + 'note="Rate: {int:100-99999} SYNs/sec" fw_action="drop"'),
        ("6", "16/408", 'msg="IKEv2 Initiator: Received IKE_SA_INIT response" ' + N + "src={ip}:500 dst={ip}:500 note=\"VPN Policy: {=Site-to-Site HQ|AWS vpc-0a1b2c|Azure VNet West Europe}\""),
        ("3", "16/930", 'msg="IKEv2 Responder: IPsec proposal does not match (Phase 2)" ' + N + "src={ip}:500 dst={ip}:500 note=\"VPN Policy: {=Site-to-Site HQ|AWS vpc-0a1b2c|Azure VNet West Europe}\""),
        ("6", "16/1240", 'msg="IKE SA lifetime expired." ' + N + "src={ip}:500 dst={ip}:500"),
        ("6", "65536/1109", 'msg="DHCP Server: Lease released" ' + N + 'note="IP: {ip}, MAC: {mac}, Host: {=|laptop-jsmith|iPhone|ESP_4F2A1B}"'),
        ("6", "1048576/1080", 'msg="SSL VPN zone remote user login allowed" ' + N + 'usr="{user}" src={ip}:{eport}:X1 dst=203.0.113.5:4433:X1 proto=tcp/4433 fw_action="NA"'),
        ("5", "262144/1254", 'msg="Unhandled link-local or multicast IP packet dropped" ' + N + "src={ip}:{port}:{pick:swzone} dst={=224.0.0.251|239.255.255.250|224.0.0.22}:{=5353|1900|0}:{pick:swzone} srcMac={mac} proto={=udp/5353|udp/1900|igmp}"),
        ("1", "32/809", 'msg="Gateway Anti-Virus Alert: {pick:amvirus} blocked." ' + N + SRCDST + MACS + 'proto={=tcp/http|tcp/smtp} dstname={fqdn} fw_action="drop"'),
        ("6", "262144/38", 'msg="ICMP packet dropped due to Policy" ' + N + "src={ip}:{int:0-13}:{pick:swzone} dst={ip}:{int:0-13}:{pick:swzone} " + MACS + "type={int:0-13} icmpCode={int:0-5} proto=icmp fw_action=\"drop\""),
    ],
}


def msi_header(r, ts, level, comp):
    return f"MSI ({comp}) ({level}) [{ts:%H:%M:%S}:{ms3(ts)}]: "


PIDS = "7C:10|7C:D4|7C:2C|A8:F0|44:5C"
PROD = "{pick:msiproduct}"
MSI = {
    "about": "Windows Installer verbose log (msiexec /l*v): `MSI (s|c) (PID:TID) [hh:mm:ss:mmm]: message`",
    "log_format": "MSI \\(<Context>\\) \\(<Pid>:<Tid>\\) \\[<Time>\\]: <Content>",
    "start": datetime.datetime(2026, 12, 7, 1, 0, 0),
    "gap_ms": 60,
    "header": msi_header,
    "statements": [
        (PIDS, "s|c", "Doing action: {pick:msiaction}"),
        (PIDS, "s", "Note: 1: 2205 2:  3: Error"),
        (PIDS, "s", "Note: 1: 2228 2:  3: Error 4: SELECT `Message` FROM `Error` WHERE `Error` = 1701"),
        (PIDS, "s", "Note: 1: 1708"),
        (PIDS, "s|c", "PROPERTY CHANGE: Adding {pick:msiprop} property. Its value is '{pick:msival}'."),
        (PIDS, "s|c", "PROPERTY CHANGE: Modifying {pick:msiprop} property. Its current value is '{pick:msival}'. Its new value: '{pick:msival}'."),
        (PIDS, "s|c", "PROPERTY CHANGE: Deleting {pick:msiprop} property. Its current value is '{pick:msival}'."),
        (PIDS, "s", "Component: {pick:msicomp}; Installed: {pick:msistate};   Request: {pick:msistate};   Action: {pick:msistate}"),
        (PIDS, "s", "Feature: {=Complete|MainFeature|Docs|Command Line Tools}; Installed: {pick:msistate};   Request: {pick:msistate};   Action: {pick:msistate}"),
        (PIDS, "s|c", "Skipping action: {pick:msiaction} (condition is false)"),
        (PIDS, "s|c", "Machine policy value '{=DisableRollback|AlwaysInstallElevated|DisableMSI|DisableUserInstalls}' is {int:0-2}"),
        (PIDS, "s|c", "User policy value '{=DisableRollback|AlwaysInstallElevated|SearchOrder}' is {=0|1|nmu}"),
        (PIDS, "s", "Executing op: ComponentRegister(ComponentId={guidb},KeyPath={winpath},State=3,,Disk=1,SharedDllRefCount=0,BinaryType=0)"),
        (PIDS, "s", "Executing op: FileCopy(SourceName={=agent.exe|CONFIG~1.JSO|msvcp140.dll|README~1.TXT},SourceCabKey={=agent.exe|fil1A2B3C4D|msvcp140.dll},DestName={=agent.exe|agent settings.json|msvcp140.dll},Attributes={int:0-8192},FileSize={int:100-9999999},PerTick=65536,,VerifyMedia=1,,,,,CheckCRC=0,Version={=4.2.1.0|14.38.33130.0|},Language={=0|1033},InstallMode=58982400,,,,,,,)"),
        (PIDS, "s", "Executing op: ActionStart(Name={pick:msiaction},Description={=Copying new files|Writing system registry values|Installing new services|Starting services|},Template={=File: [1],  Directory: [9],  Size: [6]|Key: [1], Name: [2], Value: [3]|Service: [2]|})"),
        (PIDS, "s|c", "Product: " + PROD + " -- Installation completed successfully."),
        (PIDS, "s|c", "Product: " + PROD + " -- Installation failed."),
        (PIDS, "s|c", "Product: " + PROD + " -- Removal completed successfully."),
        (PIDS, "s", "Windows Installer installed the product. Product Name: " + PROD + ". Product Version: {ver}. Product Language: {=1033|0}. Manufacturer: {pick:msimanuf}. Installation success or error status: {=0|1603|1618|3010}."),
        (PIDS, "s", "Windows Installer removed the product. Product Name: " + PROD + ". Product Version: {ver}. Product Language: {=1033|0}. Manufacturer: {pick:msimanuf}. Removal success or error status: {=0|1603|1605}."),
        (PIDS, "s|c", "MainEngineThread is returning {=0|1603|3010|1618}"),
        (PIDS, "s|c", "Resetting cached policy values"),
        (PIDS, "s", "Transforming table {=Error|Property|InstallExecuteSequence|_Validation}."),
        (PIDS, "s", "Hello, I'm your {=32bit|64bit} {=Elevated|Impersonated|Non-Elevated} custom action server."),
        (PIDS, "s", "Invoking remote custom action. DLL: {winpath}, Entrypoint: {=SchedServiceConfig|WixQueryOsInfo|CAQuietExec64|WixRemoveFoldersEx}"),
        (PIDS, "s", "Calling SRSetRestorePoint API. dwRestorePtType: {=0|12}, dwEventType: {=102|103}, llSequenceNumber: {int:0-999}, szDescription: \"{=Installed Contoso Agent|Removed Git|Installed Microsoft Visual C++ 2022 X64 Minimum Runtime - 14.38.33130}\"."),
        (PIDS, "s|c", "Original package ==> {winpath}"),
        (PIDS, "s|c", "Package we're running from ==> {winpath}"),
        (PIDS, "s|c", "Product Code from property table before transforms: '{guidb}'"),
        (PIDS, "s|c", "Product Code from property table after transforms:  '{guidb}'"),
    ],
}


def nlog_header(r, ts, level, comp):
    return f"{ts:%Y-%m-%d %H:%M:%S}.{ts.microsecond // 100:04d}|{level}|{comp}|"


L = "{pick:dotnetlog}"
NLOG = {
    "about": "A .NET 8 order service and worker logging through NLog's default file layout `${longdate}|${level:uppercase=true}|${logger}|${message}`",
    "log_format": "<Date> <Time>\\|<Level>\\|<Logger>\\|<Content>",
    "start": datetime.datetime(2026, 12, 7, 6, 30, 0),
    "gap_ms": 800,
    "header": nlog_header,
    "statements": [
        ("INFO", "Contoso.Orders.Worker.OrderProcessor", "Processing order {int:100000-999999} for customer {pick:customer} ({int:1-60} lines, total {float:1-9999-2} {=EUR|USD|GBP})"),
        ("INFO", "Contoso.Orders.Worker.OrderProcessor", "Processed order {int:100000-999999} in {ms} ms"),
        ("WARN", "Contoso.Orders.Worker.OrderProcessor", "Order {int:100000-999999} rejected: {=insufficient stock|credit limit exceeded|address validation failed|duplicate submission} (SKU {pick:sku})"),
        ("DEBUG", "Contoso.Shared.Messaging.ServiceBusPublisher", "Published message {uuid} to queue '{pick:queue}' ({int:100-99999} bytes)"),
        ("WARN", "Contoso.Shared.Messaging.ServiceBusPublisher", "Failed to publish message {uuid} to queue '{pick:queue}'. Retry {int:1-5} of 5 in {ms} ms: {pick:dotnetexc}"),
        ("INFO", "Microsoft.EntityFrameworkCore.Database.Command", "Executed DbCommand ({ms}ms) [Parameters=[{list:efparam:0-4:, }], CommandType='Text', CommandTimeout='30']"),
        ("INFO", "Contoso.Orders.Worker.Program", "Starting Contoso.Orders.Worker {ver} on {host} (PID {int:100-30000}) in {=Production|Staging}", 6),
        ("INFO", "Microsoft.Hosting.Lifetime", "Application started. Press Ctrl+C to shut down.", 6),
        ("INFO", "Microsoft.Hosting.Lifetime", "Hosting environment: {=Production|Staging|Development}", 6),
        ("INFO", "Microsoft.Hosting.Lifetime", "Content root path: {=C:\\inetpub\\orders\\|D:\\apps\\orders worker\\|/app/}", 6),
        ("INFO", "Microsoft.Hosting.Lifetime", "Now listening on: {=http://[::]:8080|https://0.0.0.0:5001|http://localhost:5000}", 6),
        ("INFO", "Contoso.Billing.InvoiceService", "Invoice INV-{int:1000-99999} generated for {pick:customer}: {float:1-9999-2} {=EUR|USD|GBP}"),
        ("INFO", "Contoso.Billing.InvoiceService", "Sending reminder e-mail to {email} for invoice INV-{int:1000-99999} (due {usdate})"),
        ("INFO", "Hangfire.Server.BackgroundServerProcess", "Server {host}:{int:100-30000}:{hex:8} successfully announced in {float:0-200-3} ms", 5),
        ("WARN", "Contoso.Orders.Api.RequestTimingMiddleware", "Slow request: {=GET|POST|PUT} {=/api/orders|/api/orders/:id|/api/invoices/search|/api/customers/:id/orders} took {ms} ms (threshold 500 ms)"),
        ("INFO", "Microsoft.Extensions.Diagnostics.HealthChecks.DefaultHealthCheckService", "Health check {=sql|servicebus|redis|blob storage} completed with status {=Healthy|Degraded|Unhealthy} in {float:0-999-4}ms"),
        ("INFO", "Contoso.Shared.Configuration", "Configuration reloaded from {=appsettings.json|appsettings.Production.json|Azure App Configuration}"),
        ("ERROR", "Contoso.Orders.Worker.QueueListener", "Unhandled exception while processing message {uuid} from '{pick:queue}': {pick:dotnetexc}"),
        ("DEBUG", "Contoso.Shared.Caching.RedisCache", "Cache miss for key '{cachekey}'"),
        ("WARN", "Contoso.Shared.Data.SqlRetryPolicy", "Retrying SQL connection ({int:1-5}/{=5}) after {dur_ms}: {pick:dotnetexc}"),
        ("INFO", "Contoso.Orders.Api.Auth", "User {user} signed in from {anyip} using {=password|Windows authentication|OpenID Connect}"),
        ("FATAL", "Contoso.Orders.Worker.Program", "Host terminated unexpectedly: {pick:dotnetexc}", 3),
    ],
}

SYSTEMS = {"OracleListener": ORACLE, "Redpanda": REDPANDA, "Concourse": CONCOURSE, "Bacula": BACULA,
           "AristaEOS": ARISTA, "SonicWall": SONICWALL, "WindowsInstaller": MSI, "NLog": NLOG}
