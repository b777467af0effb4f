"""Statements of the thirteenth blind set, first half: Couchbase, RocketMQ, Varnish, Tekton, Octopus Deploy, DRBD, Check
Point, Meraki. A statement is (level, component, text[, count]); `{kind}` is a value (values13.py), `{=a|b}` a word with a
few values, `{{`/`}}` literal braces."""
import datetime


def bsd(ts):
    return ts.strftime("%b ") + f"{ts.day:2d}" + ts.strftime(" %H:%M:%S")


def iso_ms_z(ts):
    return ts.strftime("%Y-%m-%dT%H:%M:%S.") + f"{ts.microsecond // 1000:03d}Z"


PRI = {"emerg": 0, "alert": 1, "crit": 2, "err": 3, "warning": 4, "notice": 5, "info": 6, "debug": 7}


def couchbase_header(r, ts, level, comp):
    logger, source = comp.split("/", 1)
    node = r.choice(["ns_1@10.0.1.11", "ns_1@10.0.1.12", "ns_1@cb-data-01.prod.internal", "ns_1@127.0.0.1"])
    pid = f"<0.{r.randint(100, 30000)}.0>"
    if source.startswith("ns_memcached"):
        pid = f"ns_memcached-{r.choice(['orders', 'sessions', 'travel-sample'])}{pid}"
    ts2 = ts.strftime("%Y-%m-%dT%H:%M:%S.") + f"{ts.microsecond // 1000:03d}Z"
    return f"[{logger}:{level},{ts2},{node}:{pid}:{source}]"


COUCHBASE = {
    "about": "Couchbase Server 7.2 ns_server logs (debug.log / info.log): [logger:level,stamp,node:erlang-pid:module:function:line]message",
    "log_format": r"\[<Logger>:<Level>,<Time>,<Node>:<Pid>:<Source>\]<Content>",
    "start": datetime.datetime(2026, 12, 7, 1, 2, 3, 456000),
    "gap_ms": 900,
    "header": couchbase_header,
    "statements": [
        ("info", "user/ns_rebalancer:rebalance_body:812", "Started rebalancing bucket {bucket}"),
        ("info", "ns_server/ns_rebalancer:do_rebalance_membase_bucket:1023", "Bucket {bucket} rebalance does not seem to be swap rebalance"),
        ("info", "user/ns_orchestrator:idle:773", "Starting rebalance, KeepNodes = {cbnodes}, EjectNodes = {cbnodes}, Failed over and being ejected nodes = []; no delta recovery nodes; Operation Id = {hex32}"),
        ("info", "user/ns_orchestrator:log_rebalance_completion:1402", "Rebalance completed successfully. Rebalance Operation Id = {hex32}"),
        ("error", "user/ns_orchestrator:log_rebalance_completion:1402", "Rebalance exited with reason {erlterm}. Rebalance Operation Id = {hex32}"),
        ("info", "user/ns_memcached:do_ensure_bucket:1223", "Bucket \"{bucket}\" loaded on node '{cbnode}' in {n} seconds."),
        ("info", "user/ns_memcached:terminate:804", "Shutting down bucket \"{bucket}\" on '{cbnode}' for {=deletion|server shutdown}"),
        ("warn", "user/ns_node_disco:handle_info:173", "Node '{cbnode}' saw that node '{cbnode}' went down. Details: [{{nodedown_reason,{=connection_closed|net_tick_timeout|disconnect}}}]"),
        ("info", "user/ns_node_disco:handle_info:167", "Node '{cbnode}' saw that node '{cbnode}' came up. Tags: []"),
        ("info", "ns_server/mb_master:candidate:142", "Haven't heard from a higher priority node or a master, so I'm taking over.", 3),
        ("info", "user/failover:start:85", "Starting failover of nodes {cbnodes}. Operation Id = {hex32}"),
        ("warn", "user/auto_failover:log_failover_failure:452", "Could not automatically fail over node ('{cbnode}'). {=Rebalance is running.|Number of remaining nodes that are running data service is 1. You need at least 2 nodes.|Maximum number of auto-failover nodes (1) has been reached.}"),
        ("info", "ns_server/janitor_agent:set_vbucket_state:1187", "Setting vbucket {vbid} in \"{bucket}\" on '{cbnode}' from {=active|replica|pending|dead} to {=active|replica|pending|dead}."),
        ("info", "ns_server/compaction_daemon:spawn_scheduled_kv_compactor:477", "Start compaction of vbuckets for bucket {bucket} with config: [{{database_fragmentation_threshold,{{{n},undefined}}}},{{view_fragmentation_threshold,{{{n},undefined}}}}]"),
        ("info", "ns_server/compaction_daemon:do_chain_compactors:722", "Finished compaction of databases for bucket {bucket}"),
        ("info", "ns_server/compaction_daemon:do_chain_compactors:722", "Finished compaction of views for bucket {bucket}"),
        ("info", "user/menelaus_web_xdc_replications:handle_create_replication:68", "Replication from bucket \"{bucket}\" to bucket \"{bucket}\" on cluster \"{word}\" created."),
        ("info", "user/menelaus_web_xdc_replications:handle_delete_replication:118", "Replication from bucket \"{bucket}\" to bucket \"{bucket}\" on cluster \"{word}\" removed."),
        ("warn", "ns_server/ns_memcached:verify_report_long_call:333", "call {=topkeys|stats|get_vbucket_details_stats} took too long: {num} us"),
        ("error", "ns_server/menelaus_util:reply_server_error:206", "Server error during processing: [\"web request failed\", {{path,\"{cburl}\"}}, {{method,'{method}'}}, {{type,exit}}, {{what,{erlterm}}}]"),
        ("info", "ns_server/ns_config_rep:do_push_keys:321", "Replicating some config keys ([{cbkeys}]..)"),
        ("debug", "ns_server/ns_heart:grab_latest_stats:263", "Ignoring failure to grab \"{bucket}\" stats: {erlterm}"),
        ("info", "ns_server/memcached_auth_server:handle_info:89", "Audit event {=8192|8193|20480}: user {user} {=login|logout} from {ip4}:{port}"),
        ("info", "ns_server/dcp_replicator:handle_call:153", "Setting up replication from '{cbnode}' for {vblist}"),
    ],
}


def rocketmq_header(r, ts, level, comp):
    thread = comp.replace("N", str(r.randint(1, 16)))
    return ts.strftime("%Y-%m-%d %H:%M:%S") + f" {level} {thread} - "


ROCKETMQ = {
    "about": "Apache RocketMQ 5.1 broker and name server logback files (broker.log, store.log, namesrv.log): yyyy-MM-dd HH:mm:ss LEVEL thread - message",
    "log_format": "<Date> <Time> <Level> <Thread> - <Content>",
    "start": datetime.datetime(2026, 12, 7, 3, 11, 0),
    "gap_ms": 700,
    "header": rocketmq_header,
    "statements": [
        ("INFO", "main", "The broker[{broker}, {ipport}] boot success. serializeType=JSON and name server is {ipport}", 2),
        ("INFO", "brokerOutApi_thread_N", "register broker to name server {ipport} OK"),
        ("WARN", "brokerOutApi_thread_N", "registerBroker Exception, {ipport}"),
        ("INFO", "NettyServerCodecThread_N", "new topic registered, {topic} QueueData [brokerName={broker}, readQueueNums={n}, writeQueueNums={n}, perm={=6|4|2}, topicSysFlag={n}]"),
        ("INFO", "SendMessageThread_N", "Create new topic by default topic:[TBW102] config:[TopicConfig [topicName={topic}, readQueueNums={n}, writeQueueNums={n}, perm={=RW-|R--|-W-}, topicFilterType=SINGLE_TAG, topicSysFlag={n}, order={=false|true}, attributes={{}}]] producer:[{ipport}]"),
        ("INFO", "ClientManageThread_N", "subscription changed, group: {cg} {=NONE|CONSUME_ACTIVELY} => {=CONSUME_ACTIVELY|CONSUME_PASSIVELY}, SubscriptionData [classFilterMode=false, topic={topic}, subString={tagexpr}, tagsSet=[{tagset}], codeSet=[{intlist}], subVersion={epoch_ms}, expressionType=TAG]"),
        ("INFO", "NettyServerCodecThread_N", "new consumer connected, group: {cg} {=CONSUME_PASSIVELY|CONSUME_ACTIVELY} {=CLUSTERING|BROADCASTING} channel: ClientChannelInfo [channel=[id: 0x{hex8}, L:/{ipport} - R:/{ipport}], clientId={clientid}, language={=JAVA|CPP|GO}, version={num}, lastUpdateTimestamp={epoch_ms}]"),
        ("INFO", "NettyEventExecutor", "unregister consumer ok, no any connection, and remove consumer group, {cg}"),
        ("INFO", "NettyServerCodecThread_N", "closeChannel: close the connection to remote address[{ipport}] result: {=true|false}"),
        ("WARN", "NettyServerNIOSelector_N", "NETTY SERVER PIPELINE: exceptionCaught {ipport}"),
        ("WARN", "NettyServerNIOSelector_N", "NETTY SERVER PIPELINE: exceptionCaught exception. {jexc}"),
        ("WARN", "SendMessageThread_N", "[NOTIFYME]putMessage in lock cost time(ms)={n}, bodyLength={num} AppendMessageResult=AppendMessageResult{{status=PUT_OK, wroteOffset={offset}, wroteBytes={num}, msgId='{msgid}', storeTimestamp={epoch_ms}, logicsOffset={num}, pagecacheRT={n}, msgNum={n1}}}"),
        ("INFO", "StoreScheduledThread1", "begin to delete before {n} hours file. timeUp: {=true|false} spacefull: {=true|false} manualDeleteFileSeveralTimes: {n} cleanAtOnce: {=true|false} deleteFileBatchMax: {n}"),
        ("ERROR", "StoreScheduledThread1", "physic disk maybe full soon {frac}, so mark disk full, storePathPhysic={path}"),
        ("INFO", "StoreScheduledThread1", "physic disk space OK {frac}, so mark disk ok, storePathPhysic={path}"),
        ("INFO", "HAAcceptService", "HAService receive new connection, /{ipport}"),
        ("WARN", "HAService", "slave fall behind master: {bytes} bytes"),
        ("WARN", "PullMessageThread_N", "the consumer's group info not exist, group: {cg}"),
        ("WARN", "PullMessageThread_N", "the consumer group[{cg}] not online"),
        ("INFO", "PullMessageThread_N", "the request offset {offset} over flow, brokerName={broker}, topic={topic}, queueId={n}, maxOffset={offset}"),
        ("WARN", "SendMessageThread_N", "the topic[{topic}] sending message is forbidden"),
        ("INFO", "ConsumerManageThread_N", "[NOTIFYME]consumerOffset {=update|commit} group={cg}, topic={topic}, queueId={n}, offset={offset}"),
        ("INFO", "TransactionalMessageCheckService", "Check topic={topic}, queueId={n}, msgId={msgid}, checkTimes={n1} {=commit|rollback|unknown}"),
    ],
}


def varnish_header(r, ts, level, comp):
    pri = 8 * 3 + PRI[level]
    stamp = ts.strftime("%Y-%m-%dT%H:%M:%S.") + f"{ts.microsecond:06d}+00:00"
    host = r.choice(["cache01", "cache02", "edge-fra-04", "varnish-ams-2"])
    pid = str(r.choice([1187, 1191, 23011]))
    return f"<{pri}>1 {stamp} {host} {comp} {pid} - - "


VARNISH = {
    "about": "Varnish Cache 7.4: varnishd and varnishlog (raw grouping, Backend_health records) sent through RFC 5424 syslog",
    "log_format": "<<Pri>>1 <Time> <Host> <Component> <Pid> - - <Content>",
    "start": datetime.datetime(2026, 12, 7, 2, 0, 0),
    "gap_ms": 1300,
    "header": varnish_header,
    "statements": [
        ("info", "varnishd", "Child ({pid}) Started", 3),
        ("info", "varnishd", "Child ({pid}) said Child starts"),
        ("info", "varnishd", "Child ({pid}) said SMF.{=s0|disk} mmap'ed {bytes} bytes of {bytes}"),
        ("err", "varnishd", "Child ({pid}) died signal={n1} (core dumped)"),
        ("err", "varnishd", "Child ({pid}) not responding to CLI, killed it."),
        ("info", "varnishd", "Child ({pid}) ended"),
        ("info", "varnishd", "Child cleanup complete", 3),
        ("notice", "varnishd", "Manager got {=SIGINT|SIGTERM}"),
        ("info", "varnishd", "CLI telnet {ip4} {port} {ip4} {port} Rd vcl.load {vcl} {vclpath}"),
        ("info", "varnishd", "CLI telnet {ip4} {port} {ip4} {port} Wr {=200|106} VCL compiled."),
        ("info", "varnishd", "CLI telnet {ip4} {port} {ip4} {port} Rd vcl.use {vcl}"),
        ("info", "varnishd", "CLI telnet {ip4} {port} {ip4} {port} Rd vcl.discard {vcl}"),
        ("info", "varnishd", "CLI telnet {ip4} {port} {ip4} {port} Rd ping"),
        ("info", "varnishd", "CLI telnet {ip4} {port} {ip4} {port} Wr 200 PONG {epoch} 1.0"),
        ("info", "varnishd", "CLI telnet {ip4} {port} {ip4} {port} Rd ban {banexpr}"),
        ("info", "varnishlog", "{vxid} Backend_health - {vcl}.{backend} Still healthy {probe} {n1} {n1} {n1} {frac} {frac} {httpstatus}"),
        ("warning", "varnishlog", "{vxid} Backend_health - {vcl}.{backend} Went sick {probe} {n1} {n1} {n1} {frac} {frac} {httpstatus}"),
        ("info", "varnishlog", "{vxid} Backend_health - {vcl}.{backend} Back healthy {probe} {n1} {n1} {n1} {frac} {frac} {httpstatus}"),
        ("warning", "varnishlog", "{vxid} Backend_health - {vcl}.{backend} Still sick {probe} {n1} {n1} {n1} {frac} {frac} Open error {=111 (Connection refused)|113 (No route to host)|110 (Connection timed out)}"),
        ("err", "varnishlog", "{vxid} FetchError - backend {vcl}.{backend}: {=fail errno 111 (Connection refused)|unhealthy|first byte timeout|HTC eof (-1)|Could not get storage}"),
        ("err", "varnishlog", "{vxid} FetchError - no backend connection"),
        ("warning", "varnishd", "Child ({pid}) Panic at: {date_ctime}"),
        ("err", "varnishd", "Assert error in {=VBO_DerefBusyObj|HSH_Lookup|VRT_r_req_restarts}(), {=cache/cache_busyobj.c|cache/cache_hash.c} line {num}:"),
    ],
}


def tekton_header(r, ts, level, comp):
    logger, caller = comp.split(" ", 1)
    stamp = ts.strftime("%Y-%m-%dT%H:%M:%S.") + f"{ts.microsecond // 1000:03d}Z"
    return f'{{"severity":"{level}","timestamp":"{stamp}","logger":"{logger}","caller":"{caller}","message":'


KN = '"commit":"{sha7}","knative.dev/controller":"github.com.tektoncd.pipeline.pkg.reconciler.{ctl}.Reconciler","knative.dev/kind":"tekton.dev.{kind}","knative.dev/traceid":"{{uuid}}","knative.dev/key":"{{ns}}/{{k8sname}}"'
KN_TR = KN.format(sha7="{sha7}", ctl="taskrun", kind="TaskRun")
KN_PR = KN.format(sha7="{sha7}", ctl="pipelinerun", kind="PipelineRun")

TEKTON = {
    "about": "Tekton Pipelines v0.56 controller (Knative zap JSON lines: severity, timestamp, logger, caller, message, then knative.dev fields)",
    "log_format": '{"severity":"<Level>","timestamp":"<Time>","logger":"<Logger>","caller":"<Caller>","message":<Content>',
    "start": datetime.datetime(2026, 12, 7, 4, 10, 0),
    "gap_ms": 400,
    "header": tekton_header,
    "statements": [
        ("info", "tekton-pipelines-controller controller/controller.go:550", '"Reconcile succeeded",' + KN_TR + ',"duration":{secs}}}'),
        ("info", "tekton-pipelines-controller controller/controller.go:550", '"Reconcile succeeded",' + KN_PR + ',"duration":{secs}}}'),
        ("error", "tekton-pipelines-controller controller/controller.go:566", '"Reconcile error",' + KN_TR + ',"duration":{secs},"error":"{k8serr}"}}'),
        ("error", "tekton-pipelines-controller controller/controller.go:566", '"Reconcile error",' + KN_PR + ',"duration":{secs},"error":"{k8serr}"}}'),
        ("info", "tekton-pipelines-controller taskrun/taskrun.go:519", '"Successfully reconciled taskrun {k8sname}/{ns} with status: &apis.Condition{{Type:\\"Succeeded\\", Status:\\"{=True|False|Unknown}\\", Severity:\\"\\", LastTransitionTime:apis.VolatileTime{{Inner:v1.Time{{Time:time.Date({n}, time.December, {n1}, {n}, {n}, {n}, {num}, time.Local)}}}}, Reason:\\"{=Succeeded|Failed|Running|TaskRunTimeout}\\", Message:\\"{tkmsg}\\"}}",' + KN_TR + '}}'),
        ("info", "tekton-pipelines-controller pipelinerun/pipelinerun.go:832", '"Creating a new TaskRun object {k8sname}-{word} for pipeline task {word}",' + KN_PR + '}}'),
        ("info", "tekton-pipelines-controller pipelinerun/pipelinerun.go:590", '"PipelineRun {k8sname} status is being set to &{{Succeeded {=True|False|Unknown}  {=Running|Succeeded|Failed|Completed} {tkmsg}}}",' + KN_PR + '}}'),
        ("info", "tekton-pipelines-controller taskrun/taskrun.go:176", '"taskrun done : {k8sname} \\n",' + KN_TR + '}}'),
        ("error", "tekton-pipelines-controller taskrun/taskrun.go:562", '"Failed to create task run pod for taskrun \\"{k8sname}\\": {k8serr}",' + KN_TR + '}}'),
        ("info", "tekton-pipelines-controller leaderelection/context.go:149", '"successfully acquired lease tekton-pipelines/tekton-pipelines-controller.github.com.tektoncd.pipeline.pkg.reconciler.{=taskrun|pipelinerun|resolutionrequest}.reconciler.{=00|01}-of-{=01|02}","commit":"{sha7}"}}', 4),
        ("info", "tekton-pipelines-controller.event-broadcaster record/event.go:364", '"Event(v1.ObjectReference{{Kind:\\"{=TaskRun|PipelineRun}\\", Namespace:\\"{ns}\\", Name:\\"{k8sname}\\", UID:\\"{uuid}\\", APIVersion:\\"tekton.dev/v1\\", ResourceVersion:\\"{num}\\", FieldPath:\\"\\"}}): type: \'{=Normal|Warning}\' reason: \'{=Started|Running|Succeeded|Failed}\' {tkmsg}","commit":"{sha7}"}}'),
        ("info", "tekton-pipelines-webhook webhook/admission.go:93", '"Webhook ServeHTTP request=&http.Request{{Method:\\"POST\\", URL:(*url.URL)({0x}), Proto:\\"HTTP/1.1\\", ContentLength:{num}, RemoteAddr:\\"{ipport}\\"}}","commit":"{sha7}"}}'),
        ("info", "tekton-pipelines-webhook webhook/admission.go:151", '"remote admission controller audit annotations=map[string]string(nil)","commit":"{sha7}","knative.dev/kind":"tekton.dev/v1, Kind={=TaskRun|PipelineRun|Task|Pipeline}","knative.dev/namespace":"{ns}","knative.dev/name":"{k8sname}","knative.dev/operation":"{=CREATE|UPDATE|DELETE}","knative.dev/resource":"tekton.dev/v1, Resource={=taskruns|pipelineruns|tasks}","knative.dev/subresource":"{=|status}","knative.dev/userinfo":"{{{k8suser}}}","admissionreview/uid":"{uuid}","admissionreview/allowed":{=true|false},"admissionreview/result":"nil"}}'),
        ("warn", "tekton-pipelines-controller taskrun/taskrun.go:214", '"Failed to stop sidecars for TaskRun {ns}/{k8sname}: {k8serr}",' + KN_TR + '}}'),
        ("info", "tekton-pipelines-controller pipelinerun/pipelinerun.go:705", '"Skipping PipelineTask {word} because {=its when expressions evaluated to false|a parent task was skipped|the PipelineRun was cancelled}",' + KN_PR + '}}'),
        ("warn", "tekton-pipelines-controller pipelinerun/timeout.go:87", '"PipelineRun {k8sname} timed out after {godur}, cancelling {n1} running TaskRuns: {steps}",' + KN_PR + '}}'),
        ("info", "tekton-pipelines-controller resolution/resolver.go:120", '"Resolving remote {=task|pipeline} {word} with {=git|bundles|hub|cluster} resolver: url={url}, revision={sha}",' + KN_TR + '}}'),
        ("info", "tekton-pipelines-controller sharedmain/main.go:302", '"Starting configuration manager...","commit":"{sha7}"}}', 2),
        ("info", "tekton-pipelines-controller metrics/metrics.go:118", '"Initializing metrics with config: {{\\"taskrun.level\\":\\"{=task|taskrun|namespace}\\",\\"pipelinerun.level\\":\\"{=pipeline|pipelinerun|namespace}\\",\\"duration-taskrun\\":\\"{=histogram|lastvalue}\\",\\"count.with-reason\\":{=false|true}}}","commit":"{sha7}"}}'),
    ],
}


def octopus_header(r, ts, level, comp):
    stamp = ts.strftime("%Y-%m-%d %H:%M:%S.") + f"{ts.microsecond // 100:04d}"
    return f"{stamp} {4812:>6} {r.choice([1, 5, 8, 12, 23, 47, 102]):>6} {level:>5}  "


OCTOPUS = {
    "about": "Octopus Deploy Server 2024.2 OctopusServer.txt (NLog: stamp to 1/10000 s, process id and thread id padded to 6, level padded to 5)",
    "log_format": "<Date> <Time> <Pid> <Thread> <Level> <Content>",
    "start": datetime.datetime(2026, 12, 7, 0, 5, 0),
    "gap_ms": 2100,
    "header": octopus_header,
    "statements": [
        ("INFO", "", "Request took {msn}ms: {method} {octourl} {hex32}"),
        ("INFO", "", "Task {octoid}: \"Deploy {project} release {release} to {env}\" started"),
        ("INFO", "", "Task {octoid}: \"Deploy {project} release {release} to {env}\" completed successfully in {timespan}"),
        ("ERROR", "", "Task {octoid}: \"Deploy {project} release {release} to {env}\" failed: {octoerr}"),
        ("WARN", "", "Task {octoid}: \"Deploy {project} release {release} to {env}\" was canceled by {user}"),
        ("WARN", "", "An error occurred when sending a request to '{tentacle}', {=before the request could begin|after the request began}: {winerr}"),
        ("INFO", "", "Opening a new connection to {tentacle}"),
        ("WARN", "", "The remote host at {tentacle} refused the connection. This may mean that the expected listening service is not running. The thumbprint of the certificate presented ({thumb}) did not match the expected thumbprint ({thumb})."),
        ("INFO", "", "Acquiring isolation mutex RunningScript with {=NoIsolation|FullIsolation} in {octoid}"),
        ("INFO", "", "Releasing isolation mutex RunningScript with {=NoIsolation|FullIsolation} in {octoid}"),
        ("INFO", "", "Health check of {n} machines in {env} finished: {n} healthy, {n} unavailable, {n} with warnings ({machines})"),
        ("INFO", "", "Machine {host} ({octoid}) is now {=Healthy|Unhealthy|Unavailable|HasWarnings}"),
        ("INFO", "", "Calamari version {version} pushed to {host} in {timespan}"),
        ("INFO", "", "Login succeeded for {=UsernamePassword|Active Directory|Azure AD} user {domuser} from {ip4}"),
        ("WARN", "", "Login failed for user {user} from {ip4}: {=Invalid username or password.|The account is locked out.|The user account is disabled.}"),
        ("ERROR", "", "Unhandled error on request: {method} {octourl} {user}: System.Data.SqlClient.SqlException (0x80131904): Execution Timeout Expired.  The timeout period elapsed prior to completion of the operation or the server is not responding."),
        ("INFO", "", "Maintenance mode {=enabled|disabled} by {user}", 2),
        ("INFO", "", "Package {word}.{release} ({sizeh}) pushed to the built-in feed by {user}"),
        ("INFO", "", "Applying retention policy to {project}: {n} releases kept, {n} releases and {n} packages deleted"),
        ("INFO", "", "Octopus Server node {host} is now the leader for scheduled tasks", 2),
        ("INFO", "", "Task queue: {n} tasks waiting, {n} executing, oldest queued for {timespan}"),
        ("WARN", "", "Deployment target {host} in {env} was skipped because it is disabled"),
        ("INFO", "", "Uploading {winpath} to {host} ({sizeh})"),
    ],
}


def dmesg_header(r, ts, level, comp):
    return "[" + ts.strftime("%a %b ") + f"{ts.day:2d}" + ts.strftime(" %H:%M:%S %Y") + "] "


DRBD = {
    "about": "DRBD 9.2 kernel module messages as `dmesg -T` prints them: [ctime] drbd resource[/volume] [minor] [peer]: message",
    "log_format": r"\[<Time>\] <Content>",
    "start": datetime.datetime(2026, 12, 7, 2, 40, 0),
    "gap_ms": 1800,
    "header": dmesg_header,
    "statements": [
        ("", "", "drbd: initialized. Version: {=9.2.8|9.2.10} (api:{=2}/proto:{=86-122})", 1),
        ("", "", "drbd: GIT-hash: {sha} build by root@{host}, {isodate}", 1),
        ("", "", "drbd {res}: Preparing cluster-wide state change {big} ({n1}->{=-1|0|1} {num}/{num})"),
        ("", "", "drbd {res}: State change {big}: primary_nodes={0x}, weak_nodes={0x}"),
        ("", "", "drbd {res}: Committing cluster-wide state change {big} ({ms})"),
        ("", "", "drbd {res}: role( {role} -> {role} )"),
        ("", "", "drbd {res}/{minor} drbd{minor}: disk( {drbdstate} -> {drbdstate} )"),
        ("", "", "drbd {res} {peer}: conn( {connstate} -> {connstate} )"),
        ("", "", "drbd {res}/{minor} drbd{minor} {peer}: pdsk( {drbdstate} -> {drbdstate} ) repl( {=Off|Established|SyncSource|SyncTarget|WFBitMapS} -> {=Established|SyncSource|SyncTarget|Off} )"),
        ("", "", "drbd {res} {peer}: Handshake to peer {n1} successful: Agreed network protocol version {=117|120|121}"),
        ("", "", "drbd {res} {peer}: Feature flags enabled on protocol level: {0x8} {drbdflags}."),
        ("", "", "drbd {res} {peer}: Starting ack_recv thread (from drbd_r_{res} [{pid}])"),
        ("", "", "drbd {res} {peer}: Starting sender thread (from drbd_s_{res} [{pid}])"),
        ("", "", "drbd {res}/{minor} drbd{minor} {peer}: Began resync as {=SyncSource|SyncTarget} (will sync {kib} KB [{num} bits set])."),
        ("", "", "drbd {res}/{minor} drbd{minor} {peer}: Resync done (total {n} sec; paused {n} sec; {num} K/sec)"),
        ("", "", "drbd {res}/{minor} drbd{minor} {peer}: {n} % had equal checksums, eliminated: {num}K; transferred {num}K total {num}K"),
        ("", "", "drbd {res}/{minor} drbd{minor}: attached to current UUID: {drbduuid}"),
        ("", "", "drbd {res}/{minor} drbd{minor} {peer}: Online verify found {n} {=4k|512} blocks out of sync!"),
        ("", "", "drbd {res}/{minor} drbd{minor}: local {=READ|WRITE} IO error sector {sector}+{n1} on {blockdev}"),
        ("", "", "drbd {res} {peer}: PingAck did not arrive in time."),
        ("", "", "drbd {res} {peer}: sock was shut down by peer"),
        ("", "", "drbd {res} {peer}: meta connection shut down by peer."),
        ("", "", "drbd {res}: Auto-promote failed: {=Multiple primaries not allowed by config|Timeout in operation|Need access to UpToDate data}"),
        ("", "", "drbd {res} {peer}: helper command: /sbin/drbdadm {=before-resync-target|after-resync-target|fence-peer|unfence-peer}"),
        ("", "", "drbd {res} {peer}: helper command: /sbin/drbdadm {=before-resync-target|after-resync-target|fence-peer|unfence-peer} exit code {n}"),
        ("", "", "drbd {res}/{minor} drbd{minor}: size = {sizeh} ({kib} KB)"),
        ("", "", "drbd {res}/{minor} drbd{minor} {peer}: uuid_compare()={n} by rule={n}"),
    ],
}


def checkpoint_header(r, ts, level, comp):
    stamp = ts.strftime("%Y-%m-%dT%H:%M:%SZ")
    return f"<134>1 {stamp} {r.choice(['gw-hq', 'CP-GW-01', 'fw-branch17'])} CheckPoint {r.randint(1000, 30000)} - "


CP = 'flags:"{num}"; ifdir:"{ifdir}"; ifname:"{iface}"; logid:"{n}"; loguid:"{cpuuid}"; origin:"{ip4}"; originsicname:"CN={gw},O={mgmt}"; sequencenum:"{n}"; time:"{epoch}"; version:"5"; '

CHECKPOINT = {
    "about": "Check Point R81.20 Log Exporter in syslog format: RFC 5424 header, then [key:\"value\"; …] records per blade",
    "log_format": "<<Pri>>1 <Time> <Host> CheckPoint <Pid> - <Content>",
    "start": datetime.datetime(2026, 12, 7, 3, 30, 0),
    "gap_ms": 600,
    "header": checkpoint_header,
    "statements": [
        ("", "", '[action:"{=Accept|Drop|Reject}"; ' + CP + 'dst:"{ip4}"; inzone:"{=Internal|External|DMZ}"; layer_name:"{=Network|Standard Network}"; layer_uuid:"{uuid}"; match_id:"{n}"; parent_rule:"0"; rule_action:"{=Accept|Drop|Reject}"; rule_name:"{cprule}"; rule_uid:"{uuid}"; outzone:"{=External|Internal|DMZ}"; product:"VPN-1 & FireWall-1"; proto:"{proto}"; s_port:"{port}"; service:"{cpsvc}"; service_id:"{=https|http|domain-udp|ssh|Remote_Desktop_Protocol}"; src:"{ip4}"]'),
        ("", "", '[action:"{=Accept|Drop}"; ' + CP + 'dst:"{ip4}"; icmp:"{=Echo Request|Echo Reply|Destination Unreachable}"; icmp_code:"{n}"; icmp_type:"{n}"; inzone:"{=Internal|External}"; layer_name:"Network"; match_id:"{n}"; rule_name:"{cprule}"; outzone:"{=External|Internal}"; product:"VPN-1 & FireWall-1"; proto:"1"; src:"{ip4}"]'),
        ("", "", '[action:"{=Accept|Block|Inform}"; ' + CP + 'app_category:"{cpcat}"; app_id:"{big}"; app_properties:"{cpprops}"; app_risk:"{n1}"; appi_name:"{cpapp}"; dst:"{ip4}"; matched_category:"{cpcat}"; product:"Application Control"; proto:"6"; s_port:"{port}"; service:"{cpsvc}"; src:"{ip4}"; src_user_name:"{fullname} ({user})"; user:"{fullname} ({user})"]'),
        ("", "", '[action:"{=Accept|Block|Redirect}"; ' + CP + 'dst:"{ip4}"; matched_category:"{cpcat}"; product:"URL Filtering"; proto:"6"; resource:"{urlfull}"; s_port:"{port}"; service:"{cpsvc}"; src:"{ip4}"; web_client_type:"{=Chrome|Firefox|Microsoft Edge|Other: curl/8.5.0}"]'),
        ("", "", '[action:"{=Detect|Prevent}"; ' + CP + 'attack:"{attack}"; attack_info:"{attack}"; confidence_level:"{sev}"; dst:"{ip4}"; performance_impact:"{n1}"; product:"SmartDefense"; protection_id:"{hexid}"; protection_name:"{attack}"; protection_type:"{=IPS|Protection}"; severity:"{sev}"; src:"{ip4}"; src_country:"{country}"; dst_country:"{country}"]'),
        ("", "", '[action:"Key Install"; ' + CP + 'community:"{=RemoteAccess|Branch_Mesh|Partner VPN}"; fw_subproduct:"VPN-1"; ike:"{=Main Mode completion.|Quick Mode completion.|Informational Exchange Received Delete IKE-SA from Peer: }"; ike_ids:"{ikeids}"; peer_gateway:"{ip4}"; product:"IPSec VPN"; reject_category:"{=|Authentication failure}"; scheme:"{=IKEv2|IKE}"; vpn_feature_name:"IKE"]'),
        ("", "", '[action:"Log In"; ' + CP + 'auth_method:"{=Machine Authentication (Active Directory)|User Authentication (Active Directory)|Captive Portal}"; auth_status:"{=Successful Login|Failed Login}"; client_name:"{=Active Directory Query|Identity Agent|Browser-Based Authentication}"; domain_name:"{=corp.example.net|lab.local}"; identity_src:"{=AD Query|Identity Collector}"; identity_type:"{=user|computer}"; product:"Identity Awareness"; src:"{ip4}"; src_machine_name:"{host}"; src_user_group:"{adgroups}"; src_user_name:"{fullname} ({user})"]'),
        ("", "", '[action:"Log Out"; ' + CP + 'auth_status:"Successful Logout"; identity_src:"{=AD Query|Identity Collector}"; product:"Identity Awareness"; src:"{ip4}"; src_user_name:"{fullname} ({user})"]'),
        ("", "", '[action:"{=Accept|Drop}"; ' + CP + 'dst:"{ip4}"; fw_message:"{=Connection terminated before the Security Gateway was able to make a decision: Insufficient data passed. To learn more see sk113479.|Address spoofing|First packet isn\'t SYN}"; product:"VPN-1 & FireWall-1"; proto:"{proto}"; s_port:"{port}"; service:"{cpsvc}"; src:"{ip4}"]'),
        ("", "", '[action:"{=Prevent|Detect}"; ' + CP + 'confidence_level:"{sev}"; dst:"{ip4}"; file_md5:"{hex32}"; file_name:"{cpfile}"; file_type:"{=exe|docx|pdf|zip}"; malware_action:"{=Malicious file|Suspicious file}"; product:"Threat Emulation"; protection_name:"{=Gen.SB.exe|Trojan.Win32.Generic.TC.abc|Exploit.PDF.x}"; severity:"{sev}"; src:"{ip4}"; verdict:"{=Malicious|Benign}"]'),
        ("", "", '[action:"Update"; ' + CP + 'product:"Security Gateway/Management"; update_service:"{=Application Control|IPS|Anti-Bot|Threat Emulation}"; update_status:"{=updated|failed}"; update_version:"{big}"; description:"{=Installation of the latest version succeeded.|Could not reach the update server: connection timed out.}"]'),
        ("", "", '[action:"{=Encrypt|Decrypt}"; ' + CP + 'community:"{=RemoteAccess|Branch_Mesh|Partner VPN}"; dst:"{ip4}"; fw_subproduct:"VPN-1"; methods:"{=ESP: AES-256 + SHA256 + PFS (group 19)|ESP: AES-128 + SHA1}"; peer_gateway:"{ip4}"; product:"VPN-1 & FireWall-1"; proto:"{proto}"; s_port:"{port}"; scheme:"{=IKEv2|IKE}"; service:"{cpsvc}"; src:"{ip4}"; vpn_feature_name:"VPN"]'),
        ("", "", '[action:"{=Detect|Prevent}"; ' + CP + 'dst:"{ip4}"; malware_action:"{=Communication with C&C site|Malicious DNS request}"; malware_family:"{=Emotet|Qakbot|Unknown}"; product:"Anti-Bot"; protection_name:"{=Trojan.Win32.Emotet.TC.a|Qakbot.TC.b|Bot.Win32.Generic.C}"; proxy_src_ip:"{ip4}"; resource:"{urlfull}"; severity:"{sev}"; src:"{ip4}"; src_machine_name:"{host}"]'),
        ("", "", '[action:"{=Inspect|Bypass}"; ' + CP + 'dst:"{ip4}"; product:"HTTPS Inspection"; proto:"6"; reason:"{=Server certificate is not trusted|Category is in bypass list|Client hello parsing failed}"; server_name:"{fqdn}"; src:"{ip4}"]'),
        ("", "", '[action:"Failed Log In"; ' + CP + 'auth_method:"{=Password|Certificate|RADIUS}"; client_name:"{=Check Point Mobile|Endpoint Security VPN|SNX}"; client_version:"{version}"; product:"Mobile Access"; reason:"{=Wrong password|User is locked|Certificate is expired}"; src:"{ip4}"; user:"{domuser}"]'),
        ("", "", '[action:"Log In"; ' + CP + 'auth_method:"{=Password|Certificate|RADIUS}"; client_name:"{=Check Point Mobile|Endpoint Security VPN|SNX}"; client_version:"{version}"; office_mode_ip:"{ip4}"; product:"Mobile Access"; src:"{ip4}"; user:"{domuser}"]'),
    ],
}


def meraki_header(r, ts, level, comp):
    pri = 134 if level != "warn" else 132
    return f"<{pri}>1 {int(ts.timestamp())}.{r.randint(0, 999999999):09d} {r.choice(['MX84_HQ', 'MX67-Branch12', 'MR42_Lobby', 'MS225-Floor3'])} {comp} "


MERAKI = {
    "about": "Cisco Meraki MX/MR/MS syslog (RFC 5424-like: epoch with nanoseconds, device name, log type, then key=value records)",
    "log_format": "<<Pri>>1 <Epoch> <Device> <Type> <Content>",
    "start": datetime.datetime(2026, 12, 7, 3, 50, 0),
    "gap_ms": 500,
    "header": meraki_header,
    "statements": [
        ("info", "flows", "src={ip4} dst={ip4} mac={MAC} protocol={=tcp|udp} sport={port} dport={port} pattern: {pattern}"),
        ("info", "flows", "src={ip4} dst={ip4} mac={MAC} protocol=icmp type={n} pattern: {pattern}"),
        ("info", "urls", "src={ip4}:{port} dst={ip4}:{port} mac={MAC} agent={agent} request: {method} {urlfull}"),
        ("info", "events", "type=vpn_connectivity_change vpn_type='{=site-to-site|client}' peer_contact='{ip4}:{port}' peer_ident='{hex32}' connectivity='{=true|false}'"),
        ("info", "events", "dhcp lease of ip {ip4} from server mac {MAC} for client mac {MAC} from router {ip4} on subnet {ip4} with dns {dnslist}"),
        ("info", "events", "Site-to-site VPN: IPsec-SA established: ESP/Tunnel {ip4}[{port}]-{ip4}[{port}] spi={num}({0x8})"),
        ("info", "events", "Site-to-site VPN: IPsec-SA expired: ESP/Tunnel {ip4}[{port}]-{ip4}[{port}] spi={num}({0x8})"),
        ("info", "events", "type=association radio='{radio}' vap='{vap}' client_mac='{MAC}' channel='{channel}' rssi='{rssi}' aid='{big}'"),
        ("info", "events", "type=disassociation radio='{radio}' vap='{vap}' client_mac='{MAC}' channel='{channel}' reason='{n}' instigator='{n1}' duration='{float}' auth_neg_dur='{float}' last_auth_ago='{float}' is_wpa='{n1}' full_conn='{float}' ip_resp='{float}' ip_src='{ip4}' arp_resp='{float}' arp_src='{ip4}' dns_server='{ip4}' dns_req_rtt='{float}' dns_resp='{float}' aid='{big}'"),
        ("info", "events", "type=8021x_eap_success radio='{radio}' vap='{vap}' client_mac='{MAC}' identity='{email}' aid='{big}'"),
        ("warn", "events", "type=8021x_eap_failure radio='{radio}' vap='{vap}' client_mac='{MAC}' identity='{email}' aid='{big}'"),
        ("info", "events", "type=wpa_auth radio='{radio}' vap='{vap}' client_mac='{MAC}' aid='{big}'"),
        ("info", "events", "type=wpa_deauth radio='{radio}' vap='{vap}' client_mac='{MAC}' aid='{big}'"),
        ("warn", "ids-alerts", "signature={n1}:{num}:{n1} priority={n1} timestamp={epoch}.{n} dhost={MAC} direction={=ingress|egress} protocol={=tcp/ip|udp/ip} src={ip4}:{port} dst={ip4}:{port} message: {attack}"),
        ("warn", "airmarshal_events", "type=rogue_ssid_detected ssid='{ssid}' bssid='{MAC}' src='{MAC}' dst='{MAC}' wired_mac='{MAC}' vlan_id='{n}' channel='{channel}' rssi='{rssi}' fc_type='{n}' fc_subtype='{n}'"),
        ("info", "events", "port {n} status changed from {=100fdx|1Gfdx|10Gfdx|down} to {=down|1Gfdx|100fdx}"),
        ("warn", "events", "Port {n} received an STP BPDU from {MAC} so the port was blocked"),
        ("info", "events", "content_filtering_block url='{urlfull}' category0='{cpcat}' server='{ip4}:{port}' client_mac='{MAC}'"),
        ("info", "events", "type=splash_auth ip='{ip4} [More Information]' duration='{n}' vap='{vap}' download='{=5 Mbps|unlimited}' upload='{=1 Mbps|unlimited}'"),
        ("warn", "events", "Cellular connection {=up|down}"),
    ],
}

SYSTEMS = {"Couchbase": COUCHBASE, "RocketMQ": ROCKETMQ, "Varnish": VARNISH, "Tekton": TEKTON, "OctopusDeploy": OCTOPUS,
           "DRBD": DRBD, "CheckPoint": CHECKPOINT, "Meraki": MERAKI}
