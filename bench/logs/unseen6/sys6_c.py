"""unseen6 systems, part C: GlusterFS, WebLogic, Node pino, Logstash, OpenLDAP slapd, Sidekiq. See make-unseen6.py."""
import datetime

UTC = datetime.timezone.utc


# ---- GlusterFS glusterd.log / brick and client logs: [stamp µs +0000] L [MSGID: n] [file.c:line:function] 0-xlator: message
def _gluster_header(r, ts, level, comp):
    source, msgid, xlator = comp.split("#")
    vol = r.choice(["gv0", "gv0", "data-vol", "home"])
    xlator = xlator.replace("VOL", vol).replace("N", str(r.randint(0, 3)))
    fname, _, func = source.partition(":")
    return (f"[{ts:%Y-%m-%d %H:%M:%S}.{ts.microsecond:06d} +0000] {level} [MSGID: {msgid}] "
            f"[{fname}:{r.randint(100, 6000)}:{func}] 0-{xlator}: ")


VOL = "{~gv0|data-vol|home|archive_2026}"
GLUSTER = {
    "about": "GlusterFS (glusterd.log, brick and client logs): µs stamp with offset, one-letter level, [MSGID: n], [file.c:line:function], 0-xlator:",
    "log_format": r"\[<Time>\] <Level> \[MSGID: <MsgId>\] \[<Source>\] <Xlator>: <Content>",
    "start": datetime.datetime(2026, 12, 6, 5, 0, 0, tzinfo=UTC),
    "gap_ms": 1300,
    "header": _gluster_header,
    "statements": [
        ("I", "glusterd-handler.c:__glusterd_handle_cli_list_friends#106487#glusterd", "Received cli list req"),
        ("I", "glusterd-handler.c:__glusterd_handle_status_volume#106499#management", "Received status volume req for volume " + VOL),
        ("I", "glusterd-handler.c:__glusterd_handle_incoming_friend_req#106493#glusterd", "Received probe from uuid: {uuid}"),
        ("I", "glusterd-rpc-ops.c:__glusterd_friend_add_cbk#106493#glusterd", "Received ACC from uuid: {uuid}, host: {pool:host}, port: {n:0-0}"),
        ("I", "client-handshake.c:client_setvolume_cbk#114046#VOL-client-N", "Connected, attached to remote volume '{brick}'."),
        ("I", "client.c:client_rpc_notify#114018#VOL-client-N", "disconnected from " + VOL + "-client-{n:0-3}. Client process will keep trying to connect to glusterd until brick's port is available"),
        ("I", "afr-self-heal-common.c:afr_log_selfheal#108026#VOL-replicate-0", "Completed {=data|metadata|entry} selfheal on {uuid}. sources={~[0] 2|0 [2]|[1]|[0] [1]}  sinks={~1|0 1|2}"),
        ("I", "afr-common.c:afr_notify#108005#VOL-replicate-0", "Subvolume '" + VOL + "-client-{n:0-3}' came back up; going online."),
        ("W", "dht-selfheal.c:dht_selfheal_dir_mkdir#109036#VOL-dht", "Found anomalies in {~/projects/q4 report|/home/alice/.cache|/|/data/2026/12} (gfid = {uuid}). Holes={n:0-4} overlaps={n:0-4}"),
        ("W", "socket.c:__socket_rwv#101034#VOL-client-N", "readv on {ip}:{n:49152-49160} failed ({=No data available|Connection reset by peer|Transport endpoint is not connected})"),
        ("I", "glusterd-utils.c:glusterd_brick_start#106005#management", "starting a fresh brick process for brick {brick}"),
        ("I", "glusterd-svc-mgmt.c:glusterd_svc_stop#106568#management", "{=nfs|glustershd|quotad|bitd|scrub} service is stopped"),
        ("I", "glusterd-svc-mgmt.c:glusterd_svc_stop#106567#management", "{=nfs|glustershd|quotad|bitd|scrub} already stopped"),
        ("I", "glusterd-volume-ops.c:__glusterd_handle_cli_heal_volume#106100#management", "Received heal vol req for volume " + VOL),
        ("W", "glusterd-locks.c:glusterd_mgmt_v3_lock#106118#management", "Lock for " + VOL + " held by {uuid}"),
        ("E", "glusterd-mgmt.c:gd_mgmt_v3_lock#106116#management", "Locking failed on {pool:host}. Please check log file for details."),
        ("E", "glusterd-mgmt.c:gd_mgmt_v3_pre_validate#106116#management", "Pre Validation failed on {pool:host}. Please check log file for details."),
        ("E", "glusterd-mgmt.c:gd_mgmt_v3_commit#106116#management", "Commit failed on {pool:host}. Please check log file for details."),
        ("I", "server-handshake.c:server_setvolume#115029#VOL-server", "accepted client from CTX_ID:{uuid}-GRAPH_ID:{n:0-3}-PID:{n:1000-64000}-HOST:{pool:short}-PC_NAME:" + VOL + "-client-{n:0-3}-RECON_NO:-{n:0-9} (version: {~11.1|10.4}) with subvol {brick}"),
        ("W", "client-rpc-fops_v2.c:client4_0_lookup_cbk#114031#VOL-client-N", "remote operation failed. [{{path={pool:file}}}, {{gfid={uuid}}}, {{errno={n:2-2}}}, {{error={~No such file or directory}}}]"),
        ("I", "glusterfsd-mgmt.c:mgmt_getspec_cbk#100011#glusterfs", "No change in volfile,continuing", 4),
        ("I", "glusterfsd-mgmt.c:mgmt_getspec_cbk#100011#glusterfs", "Received list of available volfile servers: {~node2:24007 node3:24007|node1:24007}", 3),
        ("E", "rpc-clnt.c:saved_frames_unwind#101046#VOL-client-N", "forced unwinding frame type(GlusterFS {~4}.x v1) op({=LOOKUP|WRITE|FSTAT|INODELK}({n:1-40})) called at {gdate} (xid={0x:4})"),
    ],
}


# ---- Oracle WebLogic server log: ####<stamp> <Severity> <Subsystem> <host> <server> <thread> <<user>> <> <> <epoch ms> <BEA-id> <message>
def _weblogic_header(r, ts, level, comp):
    subsystem, msgid = comp.split("#")
    thread = r.choice([f"[ACTIVE] ExecuteThread: '{r.randint(0, 40)}' for queue: 'weblogic.kernel.Default (self-tuning)'",
                       "main", f"[STANDBY] ExecuteThread: '{r.randint(0, 40)}' for queue: 'weblogic.kernel.Default (self-tuning)'",
                       "Timer-2"])
    user = r.choice(["<WLS Kernel>", "<WLS Kernel>", "<anonymous>", "weblogic"])
    hour = ts.hour % 12 or 12
    stamp = f"{ts:%b} {ts.day}, {ts.year}, {hour}:{ts:%M:%S},{ts.microsecond // 1000:03d} {'AM' if ts.hour < 12 else 'PM'} UTC"
    server = r.choice(["AdminServer", "ms1", "ms2"])
    return (f"####<{stamp}> <{level}> <{subsystem}> <wls{r.randint(1, 2)}.example.com> <{server}> <{thread}> <{user}> <> <> "
            f"<{int(ts.timestamp() * 1000)}> <{msgid}> <")


POOL = "{~OrdersDS|ReportingDS|JMSJDBCStore_ms1}"
APP = "{~orders-web|reporting|hr-portal_v2}"
WEBLOGIC = {
    "about": "Oracle WebLogic server log: ####, every field in <…> (severity, subsystem, host, server, thread with spaces and quotes, user, empty ids, epoch ms, BEA message id), the message in <…> at the end",
    "log_format": r"####<<Time>> <<Level>> <<Subsystem>> <<Host>> <<Server>> <<Thread>> <<User>> <> <> <<Epoch>> <<MsgId>> <<Content>>",
    "start": datetime.datetime(2026, 12, 6, 10, 40, 0, tzinfo=UTC),
    "gap_ms": 2200,
    "header": _weblogic_header,
    "trailer": ">",
    "statements": [
        ("Info", "Server#BEA-002622", "The protocol \"{=t3|t3s|http|https|iiop|ldap|snmp}\" is now configured."),
        ("Notice", "WebLogicServer#BEA-000365", "Server state changed to {=STARTING|STANDBY|ADMIN|RESUMING|RUNNING|SHUTTING_DOWN|FORCE_SHUTTING_DOWN}."),
        ("Notice", "WebLogicServer#BEA-000360", "The server started in RUNNING mode.", 3),
        ("Notice", "Server#BEA-002613", "Channel \"{=Default|DefaultSecure|Default[1]|Default[2]}\" is now listening on {ip}:{port} for protocols {~iiop, t3, ldap, snmp, http|iiops, t3s, ldaps, https|CLUSTER-BROADCAST}."),
        ("Error", "WebLogicServer#BEA-000337", "[STUCK] ExecuteThread: '{n:0-40}' for queue: 'weblogic.kernel.Default (self-tuning)' has been busy for \"{n:600-2000}\" seconds working on the request \"{~Http Request Information: weblogic.servlet.internal.ServletRequestImpl@1a2b3c[GET /orders-web/report?id=42]|Workmanager: default, Version: 0, Scheduled=true, Started=true, Started time: 701503 ms}\", which is more than the configured time (StuckThreadMaxTime) of \"{n:600-600}\" seconds in \"{~server-failure-trigger}\". Stack trace:"),
        ("Warning", "Security#BEA-090898", "Ignoring the trusted CA certificate \"{pool:wl_dn}\". The loading of the trusted certificate list raised a certificate parsing exception PKIX: Unsupported OID in the AlgorithmIdentifier object: {~1.2.840.113549.1.1.10|1.2.840.10045.4.3.4}."),
        ("Info", "Common#BEA-000628", "Created \"{n:1-50}\" resources for pool \"" + POOL + "\", out of which \"{n:0-50}\" are available and \"{n:0-50}\" are unavailable."),
        ("Info", "JDBC#BEA-001128", "Connection for pool \"" + POOL + "\" closed."),
        ("Warning", "JDBC#BEA-001129", "Received exception while creating connection for pool \"" + POOL + "\": {~IO Error: The Network Adapter could not establish the connection|ORA-01017: invalid username/password; logon denied|Listener refused the connection with the following error: ORA-12514, TNS:listener does not currently know of service requested in connect descriptor}"),
        ("Info", "Deployer#BEA-149060", "Module " + APP + " of application " + APP + " successfully transitioned from {=STATE_PREPARED|STATE_ADMIN|STATE_NEW} to {=STATE_ACTIVE|STATE_ADMIN|STATE_PREPARED} on server {~ms1|ms2|AdminServer}."),
        ("Notice", "Security#BEA-090078", "User {pool:user} in security realm {~myrealm} has had {n:3-10} invalid login attempts, locking account for {n:30-30} minutes."),
        ("Error", "Cluster#BEA-003107", "Lost {n:1-90} unicast message(s)."),
        ("Info", "Cluster#BEA-000111", "Adding {~ms1|ms2|ms3} to cluster: {~prod_cluster|cluster-A} view."),
        ("Info", "Cluster#BEA-000112", "Removing {~ms1|ms2|ms3} from cluster view due to timeout."),
        ("Info", "Health#BEA-310002", "{n:1-99}% of the total memory in the server is free."),
        ("Info", "WorkManager#BEA-002936", "maximum thread constraint {~ClusterMessaging|OrdersMaxThreads} is reached"),
        ("Critical", "WebLogicServer#BEA-000386", "Server subsystem failed. Reason: {~A MultiException has 2 exceptions.  They are: 1. java.lang.OutOfMemoryError: Metaspace 2. java.lang.IllegalStateException: Unable to perform operation: post construct|weblogic.security.SecurityInitializationException: Authentication for user weblogic denied.}", 3),
        ("Error", "HTTP#BEA-101020", "[ServletContext@{n:100000000-999999999}[app:" + APP + " module:" + APP + " path:{~/orders-web|/reporting|/hr}" + " spec-version:{~4.0} version:{~1.0.2|2026.12.1}]] Servlet failed with an Exception"),
        ("Info", "Management#BEA-141281", "unable to get file lock, will retry ...", 4),
        ("Notice", "Log Management#BEA-170027", "The server has successfully established a connection with the Domain level Diagnostic Service.", 2),
    ],
}


# ---- Node.js service logging with pino (JSON lines; level, time, pid, hostname first, msg last)
def _pino_header(r, ts, level, comp):
    host = r.choice(["api-7d9f8c6b5-x2kqz", "api-7d9f8c6b5-q9w8e", "worker-5b4d6f7c8-abcde"])
    return f'{{"level":{level},"time":{int(ts.timestamp() * 1000)},"pid":{r.choice([1, 1, 7, 19])},"hostname":"{host}",'


REQ = '"reqId":"{pool:reqid}"'
PINO = {
    "about": "Node.js service logging with pino (Fastify): JSON lines, level number, epoch ms, pid and hostname first, bindings then msg last",
    "log_format": r'\{"level":<Level>,"time":<Time>,"pid":<Pid>,"hostname":"<Host>",<Content>\}',
    "start": datetime.datetime(2026, 12, 6, 13, 0, 0, tzinfo=UTC),
    "gap_ms": 300,
    "header": _pino_header,
    "trailer": "}",
    "statements": [
        ("30", "", REQ + ',"req":{{"method":"{=GET|POST|PUT|DELETE|PATCH}","url":"{pool:url}","hostname":"{~api.example.com|localhost:3000|10.0.3.7:8080}","remoteAddress":"{ip}","remotePort":{port}}},"msg":"incoming request"'),
        ("30", "", REQ + ',"res":{{"statusCode":{~200|201|204|304|400|404|500}}},"responseTime":{f:0.2:900:6},"msg":"request completed"'),
        ("50", "", REQ + ',"err":{{"type":"{=Error|TypeError|FastifyError|ValidationError}","message":"{pool:jserr}","stack":"{pool:jsstack}"}},"msg":"{pool:jserr}"'),
        ("30", "", '"msg":"Server listening at http://{ip}:{port}"', 3),
        ("30", "", '"job":"{=send-email|resize-image|sync-inventory}","jobId":"{n:1-999999}","durationMs":{n:1-90000},"msg":"job completed"'),
        ("40", "", '"job":"{=send-email|resize-image|sync-inventory}","jobId":"{n:1-999999}","attempt":{n:1-5},"msg":"job failed, retrying in {ms}"'),
        ("30", "", '"userId":"{uuid}","msg":"user logged in"'),
        ("40", "", '"userId":"{uuid}","reason":"{=bad password|account locked|mfa required}","msg":"login rejected"'),
        ("20", "", '"cache":"{=hit|miss}","key":"{~user:42:profile|session:9f8e7d|cart:1a2b3c|feature-flags}","msg":"cache lookup"'),
        ("30", "", '"signal":"{=SIGTERM|SIGINT}","msg":"received signal, closing server"', 3),
        ("30", "", '"queue":"{=emails|images|webhooks}","waiting":{n:0-900},"active":{n:0-16},"failed":{n:0-40},"msg":"queue stats"'),
        ("50", "", '"err":{{"type":"Error","message":"connect ECONNREFUSED {ip}:{port}","stack":"Error: connect ECONNREFUSED {ip}:{port}\\n    at TCPConnectWrap.afterConnect [as oncomplete] (node:net:{~1607}:{~16})","errno":{~-111},"code":"ECONNREFUSED","syscall":"connect","address":"{ip}","port":{port}}},"msg":"redis connection error"'),
        ("30", "", '"memory":{{"rss":{n:40000000-900000000},"heapTotal":{n:20000000-400000000},"heapUsed":{n:10000000-300000000},"external":{n:1000000-9000000}}},"eventLoopDelay":{f:10:90:3},"msg":"health"'),
        ("30", "", REQ + ',"msg":"Route {=GET|POST|HEAD}:{pool:url} not found"'),
        ("40", "", REQ + ',"msg":"client closed connection before response was sent"'),
        ("30", "", '"db":"{~postgres://db7.example.com:5432/orders|postgres://10.0.0.21:6432/app_prod}","poolSize":{n:5-50},"msg":"database pool ready"', 2),
        ("60", "", '"err":{{"type":"Error","message":"{~listen EADDRINUSE: address already in use 0.0.0.0:3000|Cannot find module \'./config/production.json\'}","stack":"{pool:jsstack}"}},"msg":"fatal error, exiting"', 2),
    ],
}


# ---- Logstash 8 (logstash-plain.log): [stamp][LEVEL][logger padded] message with Ruby hashes
def _logstash_header(r, ts, level, comp):
    logger, _, pipeline = comp.partition("#")
    pipe = f"[{r.choice(['main', 'main', 'beats', 'kafka-ingest'])}]" if pipeline else ""
    return f"[{ts:%Y-%m-%dT%H:%M:%S},{ts.microsecond // 1000:03d}][{level:<5}][{logger:<25}]{pipe} "


PIPE = "{~main|beats|kafka-ingest|.monitoring-logstash}"
ES = "{~https://elastic:xxxxxx@es01:9200/|https://es02.internal:9200/|http://10.0.0.21:9200/}"
LOGSTASH = {
    "about": "Logstash 8 (logstash-plain.log): [ISO stamp,ms][LEVEL padded][logger padded to 25][pipeline] (pipeline only on some loggers), Ruby-hash details",
    "log_format": r"\[<Time>\]\[<Level>\]\[<Logger>\] <Content>",
    "start": datetime.datetime(2026, 12, 6, 14, 0, 0, tzinfo=UTC),
    "gap_ms": 1800,
    "header": _logstash_header,
    "statements": [
        ("INFO", "logstash.agent", "Pipelines running {{:count=>{n:1-4}, :running_pipelines=>[{~:main|:main, :beats|:\".monitoring-logstash\", :main, :\"kafka-ingest\"|}], :non_running_pipelines=>[{~||||:beats}]}}"),
        ("INFO", "logstash.javapipeline#p", "Starting pipeline {{:pipeline_id=>\"" + PIPE + "\", \"pipeline.workers\"=>{n:1-16}, \"pipeline.batch.size\"=>{n:125-1000}, \"pipeline.batch.delay\"=>{n:50-50}, \"pipeline.max_inflight\"=>{n:125-16000}, \"pipeline.sources\"=>[\"{~/etc/logstash/conf.d/main.conf|/usr/share/logstash/pipeline/logstash.conf}\"], :thread=>\"#<Thread:{0x:16} {~/usr/share/logstash/logstash-core/lib/logstash/java_pipeline.rb|/usr/share/logstash/logstash-core/lib/logstash/pipeline_action/create.rb}:{n:40-140} run>\"}}"),
        ("INFO", "logstash.javapipeline#p", "Pipeline started {{\"pipeline.id\"=>\"" + PIPE + "\"}}"),
        ("INFO", "logstash.javapipeline#p", "Pipeline terminated {{\"pipeline.id\"=>\"" + PIPE + "\"}}"),
        ("INFO", "logstash.javapipeline#p", "Pipeline Java execution initialization time {{\"seconds\"=>{f:0.1:5:2}}}"),
        ("INFO", "logstash.outputs.elasticsearch#p", "Elasticsearch pool URLs updated {{:changes=>{{:removed=>[], :added=>[" + ES + "]}}}}"),
        ("WARN", "logstash.outputs.elasticsearch#p", "Restored connection to ES instance {{:url=>\"" + ES + "\"}}"),
        ("WARN", "logstash.outputs.elasticsearch#p", "Attempted to resurrect connection to dead ES instance, but got an error {{:url=>\"" + ES + "\", :exception=>LogStash::Outputs::ElasticSearch::HttpClient::Pool::HostUnreachableError, :message=>\"Elasticsearch Unreachable: [" + ES + "][Manticore::SocketException] {~Connection refused|Connect to es01:9200 [es01/10.0.0.21] failed: Connection refused|Read timed out}\"}}"),
        ("WARN", "logstash.outputs.elasticsearch#p", "Could not index event to Elasticsearch. status: {~400|409}, action: [\"{=index|create}\", {{:_id=>nil, :_index=>\"{~logs-2026.12.06|filebeat-8.15.0-2026.12.06}\", :routing=>nil}}, {{{pool:ls_event}}}], response: {{\"{=index|create}\"=>{{\"status\"=>{~400|409}, \"error\"=>{{\"type\"=>\"{=mapper_parsing_exception|version_conflict_engine_exception|document_parsing_exception}\", \"reason\"=>\"{pool:es_reason}\"}}}}}}"),
        ("INFO", "logstash.outputs.elasticsearch#p", "Encountered a retryable error (will retry with exponential backoff) {{:code=>{~429|503}, :url=>\"" + ES + "_bulk\", :content_length=>{n:1000-9000000}}}"),
        ("WARN", "logstash.filters.grok#p", "Timeout executing grok '{pool:grok}' against field '{~message}' with value '{pool:ls_value}'!"),
        ("WARN", "logstash.filters.json#p", "Error parsing json {{:source=>\"{~message}\", :raw=>\"{pool:ls_value}\", :exception=>#<LogStash::Json::ParserError: {~Unexpected character ('h' (code 104)): expected a valid value (JSON String, Number, Array, Object or token 'null', 'true' or 'false')|Unexpected end-of-input: expected close marker for Object}>}}"),
        ("INFO", "logstash.inputs.beats#p", "Starting input listener {{:address=>\"{~0.0.0.0}:{n:5044-5045}\"}}"),
        ("WARN", "org.logstash.beats.BeatsHandler", "[local: {ip}:{n:5044-5044}, remote: {ip}:{port}] Handling exception: {~Connection reset by peer|javax.net.ssl.SSLHandshakeException: error:10000416:SSL routines:OPENSSL_internal:SSLV3_ALERT_CERTIFICATE_UNKNOWN} (caused by: {~java.net.SocketException: Connection reset|io.netty.handler.ssl.NotSslRecordException: not an SSL/TLS record: 474554202f20485454502f312e310d0a})"),
        ("INFO", "logstash.runner", "Starting Logstash {{\"logstash.version\"=>\"{~8.15.3}\", \"jruby.version\"=>\"{pool:jruby}\"}}", 2),
        ("WARN", "logstash.runner", "SIGTERM received. Shutting down.", 2),
        ("INFO", "logstash.agent", "Successfully started Logstash API endpoint {{:port=>{n:9600-9600}, :ssl_enabled=>false}}", 2),
        ("ERROR", "logstash.agent", "Failed to execute action {{:action=>LogStash::PipelineAction::{=Create|Reload}/pipeline_id:" + PIPE + ", :exception=>\"LogStash::ConfigurationError\", :message=>\"{pool:ls_cfgerr}\"}}"),
    ],
}


# ---- OpenLDAP slapd via syslog: Mon dd hh:mm:ss host slapd[pid]: conn=N op=N VERB ...
def _slapd_header(r, ts, level, comp):
    return f"{ts:%b} {ts.day:2d} {ts:%H:%M:%S} {r.choice(['ldap01', 'ldap01', 'ldap02'])} slapd[{r.choice(['1187', '1187', '20931'])}]: "


C = "conn={n:1000-99999}"
CO = C + " op={n:0-40}"
DN = "{pool:dn}"
SLAPD = {
    "about": "OpenLDAP slapd via syslog (stats loglevel): padded day, conn=/op= operation records, quoted DNs and filters",
    "log_format": r"<Month> <Day> <Time> <Host> slapd\[<Pid>\]: <Content>",
    "start": datetime.datetime(2026, 12, 6, 8, 0, 0, tzinfo=UTC),
    "gap_ms": 700,
    "header": _slapd_header,
    "statements": [
        ("", "", C + " fd={n:8-900} ACCEPT from IP={ip}:{port} (IP={~0.0.0.0|[::]}:{=389|636})"),
        ("", "", CO + " BIND dn=\"" + DN + "\" method={n:128-128}"),
        ("", "", CO + " BIND dn=\"" + DN + "\" mech=SIMPLE bind_ssf={n:0-0} ssf={~0|256}"),
        ("", "", CO + " RESULT tag={n:97-97} err={~0|49|32|53} qtime={f:0:0.01:6} etime={f:0:0.5:6} text={~|invalid credentials|unauthenticated bind (DN with no password) disallowed}"),
        ("", "", CO + " SRCH base=\"{~dc=example,dc=com|ou=People,dc=example,dc=com|ou=Groups,dc=corp,dc=example,dc=org|}\" scope={n:0-2} deref={n:0-3} filter=\"{pool:ldap_filter}\""),
        ("", "", CO + " SRCH attr={~uid cn mail|1.1|memberOf|uid gidNumber homeDirectory loginShell uidNumber|*}"),
        ("", "", CO + " SEARCH RESULT tag={n:101-101} err={~0|32|4} qtime={f:0:0.01:6} etime={f:0:0.9:6} nentries={n:0-500} text="),
        ("", "", CO + " UNBIND"),
        ("", "", C + " fd={n:8-900} closed"),
        ("", "", C + " fd={n:8-900} closed (connection lost)"),
        ("", "", CO + " MOD dn=\"" + DN + "\""),
        ("", "", CO + " MOD attr={~userPassword|mail telephoneNumber|memberUid|pwdFailureTime}"),
        ("", "", CO + " ADD dn=\"" + DN + "\""),
        ("", "", CO + " DEL dn=\"" + DN + "\""),
        ("", "", CO + " EXT oid={~1.3.6.1.4.1.1466.20037|1.3.6.1.4.1.4203.1.11.1|1.3.6.1.4.1.4203.1.11.3}"),
        ("", "", CO + " STARTTLS"),
        ("", "", C + " fd={n:8-900} TLS established tls_ssf={n:256-256} ssf={n:256-256} tls_proto={=TLSv1.3|TLSv1.2} tls_cipher={~TLS_AES_256_GCM_SHA384|ECDHE-RSA-AES256-GCM-SHA384}"),
        ("", "", "do_syncrep2: rid={n:100-105} cookie=rid={n:100-105},csn={~20261206080512.442817Z|20261205231904.118002Z}#{hex:6}#{hex:3}#{hex:6}"),
        ("", "", "connection_input: " + C + " deferring operation: {=binding|pending operations|too many executing}"),
        ("", "", "<= mdb_equality_candidates: ({=uid|mail|memberOf|entryUUID}) not indexed"),
        ("", "", "slapd starting", 1),
        ("", "", "slapd shutdown: waiting for {n:0-9} operations/tasks to finish", 1),
        ("", "", "daemon: shutdown requested and initiated.", 1),
        ("", "", CO + " PASSMOD id=\"" + DN + "\" new"),
        ("", "", "ppolicy_bind: Entry " + DN + " has an expired password: {n:0-3} grace logins"),
    ],
}


# ---- Sidekiq 7: ISO stamp, pid= tid= (class= jid= elapsed= on job lines), LEVEL: message
def _sidekiq_header(r, ts, level, comp):
    ctx = ""
    if comp:
        klass = r.choice(["HardJob", "Notifications::EmailJob", "ActiveJob::QueueAdapters::SidekiqAdapter::JobWrapper", "ReportExportJob"])
        jid = "".join(r.choice("0123456789abcdef") for _ in range(24))
        ctx = f"class={klass} jid={jid} "
        if comp == "done":
            ctx += f"elapsed={r.uniform(0.001, 90):.3f} "
    tid = "".join(r.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(r.choice([3, 4, 4, 5])))
    return f"{ts:%Y-%m-%dT%H:%M:%S}.{ts.microsecond // 1000:03d}Z pid={r.choice([7, 7, 23, 31])} tid={tid} {ctx}{level}: "


AJ = "(Job ID: {uuid}) {=from|to} Sidekiq({=default|mailers|low})"
SIDEKIQ = {
    "about": "Sidekiq 7 (stdout): ISO stamp, pid= tid= key=value header with class= jid= elapsed= on job lines only, LEVEL:",
    "log_format": r"<Time> pid=<Pid> tid=<Tid> <Context>: <Content>",
    "start": datetime.datetime(2026, 12, 6, 15, 0, 0, tzinfo=UTC),
    "gap_ms": 400,
    "header": _sidekiq_header,
    "statements": [
        ("INFO", "job", "start"),
        ("INFO", "done", "done"),
        ("WARN", "done", "fail"),
        ("WARN", "job", "{=ActiveRecord::RecordNotFound|Net::ReadTimeout|Redis::CannotConnectError|Faraday::ConnectionFailed}: {pool:rberr}"),
        ("INFO", "", "Booting Sidekiq {~7.3.2} with Sidekiq::RedisConnection::RedisAdapter options {{url: \"{~redis://redis-master:6379/0|redis://10.0.0.31:6379/2}\"}}", 2),
        ("INFO", "", "Running in {~ruby 3.3.5 (2024-09-03 revision ef084cc8f4) +YJIT [x86_64-linux]}", 2),
        ("INFO", "", "See LICENSE and the LGPL-3.0 for licensing details.", 2),
        ("INFO", "", "Upgrade to Sidekiq Pro for more features and support: https://sidekiq.org", 2),
        ("INFO", "", "Sidekiq {~7.3.2} connecting to Redis with options {{size: {n:5-30}, pool_name: \"{=internal|default}\", url: \"{~redis://redis-master:6379/0|redis://10.0.0.31:6379/2}\"}}", 4),
        ("INFO", "", "Starting processing, hit Ctrl-C to stop", 2),
        ("INFO", "", "Shutting down", 2),
        ("INFO", "", "Terminating quiet threads for {=default|mailers} capsule", 2),
        ("INFO", "", "Pausing to allow jobs to finish...", 2),
        ("INFO", "", "Bye!", 2),
        ("INFO", "job", "Adding dead {~HardJob|ReportExportJob|Notifications::EmailJob} job {hex:24}"),
        ("INFO", "job", "Performing {~ExportCsvJob|Users::WelcomeMailerJob|ActionMailer::MailDeliveryJob|SyncInventoryJob} " + AJ + " enqueued at {isoms} with arguments: {pool:rbargs}"),
        ("INFO", "done", "Performed {~ExportCsvJob|Users::WelcomeMailerJob|ActionMailer::MailDeliveryJob|SyncInventoryJob} " + AJ + " in {unitf:ms:0.5:90000:2}"),
        ("ERROR", "job", "Error performing {~ExportCsvJob|SyncInventoryJob} " + AJ + " in {unitf:ms:0.5:90000:2}: {=ActiveRecord::RecordNotFound|Net::ReadTimeout|ArgumentError} ({pool:rberr}):"),
        ("INFO", "", "Enqueued {~ExportCsvJob|Users::WelcomeMailerJob|ActionMailer::MailDeliveryJob} " + AJ + " with arguments: {pool:rbargs}"),
        ("WARN", "", "Your Redis network connection is performing extremely poorly.", 3),
        ("WARN", "", "Last RTT readings were {~[112000, 98000, 130000, 101000, 99800]|[251000, 240312, 260001, 249999, 250100]}", 3),
        ("ERROR", "", "heartbeat: {~Connection refused - connect(2) for 10.0.0.31:6379|Broken pipe|READONLY You can't write against a read only replica.}"),
    ],
}

SYSTEMS = {"GlusterFS": GLUSTER, "WebLogic": WEBLOGIC, "Pino": PINO, "Logstash": LOGSTASH, "Slapd": SLAPD, "Sidekiq": SIDEKIQ}
