"""Systems of the ninth blind set, second half: Trino, Vector, Node-RED, Zimbra mailbox, Shibboleth IdP, PBS Professional,
Proxmox VE, the IPMI system event log (ipmitool sel elist). Each: log_format, header(r, ts, level, comp), statements
(level, component, text[, count])."""
import datetime

from values9 import SHAPES, WORDS, NAMES, MONTHS, B32, hexs, ip, uuid, host, short_host, user, email, when

# ---------------------------------------------------------------------------------------------------------------- Trino
TRINO_CATALOGS = ["hive", "iceberg", "postgresql", "tpch", "system", "lakehouse"]


def trino_qid(r, ts):
    return f"{ts:%Y%m%d_%H%M%S}_{r.randint(0, 99999):05d}_{''.join(r.choice('abcdefghijklmnopqrstuvwxyz23456789') for _ in range(5))}"


SHAPES.update({
    "qid": lambda r, ts: trino_qid(r, when(ts, r, 2)),
    "taskid": lambda r, ts: f"{trino_qid(r, when(ts, r, 2))}.{r.randint(0, 6)}.{r.randint(0, 40)}.{r.randint(0, 3)}",
    "tcat": lambda r, ts: r.choice(TRINO_CATALOGS),
    "tconn": lambda r, ts: r.choice(["hive", "iceberg", "postgresql", "tpch", "delta_lake", "memory"]),
    "tplugin": lambda r, ts: f"/usr/lib/trino/plugin/{r.choice(['hive', 'iceberg', 'postgresql', 'tpch', 'delta-lake', 'exchange-filesystem'])}",
    "tpluginclass": lambda r, ts: r.choice(["io.trino.plugin.hive.HivePlugin", "io.trino.plugin.iceberg.IcebergPlugin",
                                            "io.trino.plugin.postgresql.PostgreSqlPlugin", "io.trino.plugin.tpch.TpchPlugin"]),
    "tnode": lambda r, ts: r.choice(["ffffffff-ffff-ffff-ffff-ffffffffffff", uuid(r), f"trino-worker-{r.randint(0, 40)}"]),
    "tgb": lambda r, ts: f"{r.uniform(0.1, 96):.2f}GB",
    "tsize": lambda r, ts: r.choice([f"{r.uniform(1, 999):.2f}MB", f"{r.uniform(0.1, 64):.2f}GB", f"{r.randint(1, 999)}B"]),
    "tfailure": lambda r, ts: r.choice([
        f"line {r.randint(1, 40)}:{r.randint(1, 80)}: Table '{r.choice(TRINO_CATALOGS)}.{r.choice(WORDS)}.{r.choice(WORDS)}' does not exist",
        f"line 1:{r.randint(8, 60)}: Column '{r.choice(WORDS)}_id' cannot be resolved",
        "Query exceeded distributed user memory limit of 40GB", "Query killed because the cluster is out of memory. Please try again in a few minutes.",
        f"Encountered too many errors talking to a worker node. The node may have crashed or be under too much load. This is probably a "
        f"transient issue, so please retry your query in a few minutes. (http://{ip(r)}:8080/v1/task/{trino_qid(r, ts)}.1.0.0/results/0/0 - 30 failures"]),
    "tconsumers": lambda r, ts: "{" + ", ".join(f"{op}={r.uniform(0.01, 40):.2f}GB" for op in r.sample(
        ["HashBuilderOperator", "AggregationOperator", "ExchangeOperator", "TableScanOperator", "OrderByOperator"], r.randint(1, 3))) + "}",
    "tuser": lambda r, ts: r.choice(NAMES + ["superset", "airflow", "dbt_runner"]),
    "tsource": lambda r, ts: r.choice(["trino-cli", "Apache Superset", "dbt-trino-1.7.1", "trino-jdbc", "Metabase"]),
    "tstate": lambda r, ts: r.choice(["ACTIVE", "SHUTTING_DOWN", "DRAINING"]),
})


def trino_header(r, ts, level, comp):
    logger, thread = comp.split("@")
    th = {"disp": lambda: f"dispatcher-query-{r.randint(1, 300)}", "main": lambda: "main",
          "http": lambda: f"http-worker-{r.randint(100, 999)}", "gc": lambda: "Thread-" + str(r.randint(40, 90)),
          "sched": lambda: f"Query-{trino_qid(r, ts)}-{r.randint(100, 9999)}",
          "node": lambda: f"node-state-poller-{r.randint(0, 3)}"}[thread]()
    return f"{ts:%Y-%m-%dT%H:%M:%S}.{ts.microsecond // 1000:03d}Z\t{level}\t{th}\t{logger}\t"


TRINO = {
    "about": "Trino 435 coordinator server.log (airlift): ISO stamp, level, thread and logger separated by tabs, then the message",
    "log_format": "<Time>\t<Level>\t<Thread>\t<Logger>\t<Content>",
    "start": datetime.datetime(2026, 12, 6, 13, 0, 0, 0),
    "gap_ms": 1300,
    "header": trino_header,
    "statements": [
        ("INFO", "io.trino.server.Server@main", "======== SERVER STARTED ========", 2),
        ("INFO", "io.trino.server.PluginManager@main", "-- Loading plugin {tplugin} --", 4),
        ("INFO", "io.trino.server.PluginManager@main", "-- Finished loading plugin {tplugin} --", 4),
        ("INFO", "io.trino.server.PluginManager@main", "Installing {tpluginclass}", 3),
        ("INFO", "io.trino.server.PluginManager@main", "Registering connector {tconn}", 3),
        ("INFO", "io.trino.connector.StaticCatalogManager@main", "-- Loading catalog {tcat} --", 3),
        ("INFO", "io.trino.connector.StaticCatalogManager@main", "-- Added catalog {tcat} using connector {tconn} --", 3),
        ("INFO", "io.trino.event.QueryMonitor@disp", "TIMELINE: Query {qid} :: {=FINISHED|FAILED|CANCELED} :: elapsed {ms} :: "
                                                     "planning {ms} :: waiting {ms} :: scheduling {ms} :: running {ms} :: "
                                                     "finishing {ms} :: begin {isoms} :: end {isoms}"),
        ("INFO", "io.trino.dispatcher.DispatchManager@http", "Query {qid} submitted by user {tuser} from source {tsource}"),
        ("ERROR", "io.trino.execution.SqlQueryManager@disp", "Query {qid} failed: {tfailure}"),
        ("INFO", "io.airlift.stats.JmxGcMonitor@gc", "Major GC: application {ms}, stopped {ms}: {tgb} -> {tgb}"),
        ("WARN", "io.trino.metadata.DiscoveryNodeManager@node", "Previously active node is missing: {tnode} (last seen at {ip})"),
        ("WARN", "io.trino.failuredetector.HeartbeatFailureDetector@node", "Error fetching node state from http://{ip}:8080/v1/"
                                                                          "info/state: Server refused connection: http://{ip}:8080/v1/info/state"),
        ("ERROR", "io.trino.memory.ClusterMemoryManager@sched", "Query {qid} exceeded per-node memory limit of {tgb} "
                                                                "[Allocated: {tsize}, Delta: {tsize}, Top Consumers: {tconsumers}]"),
        ("INFO", "io.trino.execution.SqlTaskManager@http", "Failed to cancel task {taskid}: task not found"),
        ("WARN", "io.trino.server.remotetask.RequestErrorTracker@sched", "Error getting info for task {taskid}: "
                                                                         "{=java.net.SocketTimeoutException|java.io.EOFException}: "
                                                                         "{=Read timed out|Connect timed out|null}: http://{ip}:8080/v1/task/{taskid}"),
        ("INFO", "io.trino.server.GracefulShutdownHandler@http", "Shutdown requested", 1),
        ("INFO", "io.trino.server.GracefulShutdownHandler@http", "Waiting for all tasks to finish", 1),
        ("INFO", "io.trino.server.NodeStateManager@http", "Node state changed to {tstate}"),
        ("WARN", "io.trino.execution.QueryStateMachine@disp", "Query {qid} was abandoned by the client, as it may have exited "
                                                              "or stopped checking for query results. Query results have not "
                                                              "been accessed since {isoms}: currentTime {isoms}"),
    ],
}

# ---------------------------------------------------------------------------------------------------------------- Vector
VEC_SINKS = [("es_out", "elasticsearch"), ("s3_archive", "aws_s3"), ("loki", "loki"), ("kafka_out", "kafka"), ("datadog", "datadog_logs")]
VEC_SOURCES = [("app_logs", "file"), ("k8s", "kubernetes_logs"), ("syslog_in", "syslog"), ("otel", "opentelemetry")]
SHAPES.update({
    "vsinkid": lambda r, ts: r.choice([s[0] for s in VEC_SINKS]),
    "vsinktype": lambda r, ts: r.choice([s[1] for s in VEC_SINKS]),
    "vsrcid": lambda r, ts: r.choice([s[0] for s in VEC_SOURCES]),
    "vsrctype": lambda r, ts: r.choice([s[1] for s in VEC_SOURCES]),
    "vtrid": lambda r, ts: r.choice(["parse_json", "remap_app", "route_by_level"]),
    "vtrtype": lambda r, ts: r.choice(["remap", "route"]),
    "vfile": lambda r, ts: r.choice([f"/var/log/{r.choice(WORDS)}/{r.choice(['app', 'access', 'error'])}.log",
                                     f"/var/log/pods/{r.choice(['default', 'prod'])}_{r.choice(WORDS)}-{hexs(r, 10)}-{hexs(r, 5)}_{uuid(r)}/app/0.log"]),
    "vpaths": lambda r, ts: "[" + ", ".join(f"\"{p}\"" for p in r.sample(["/etc/vector/vector.yaml", "/etc/vector/sinks.toml",
                                                                          "/etc/vector/conf.d/k8s.yaml"], r.randint(1, 3))) + "]",
    "vhttperr": lambda r, ts: r.choice(["Server responded with an error: 429 Too Many Requests",
                                        "Server responded with an error: 503 Service Unavailable",
                                        "Failed to make HTTP(S) request: error trying to connect: tcp connect error: Connection "
                                        "refused (os error 111)", "Request timed out"]),
    "vremaperr": lambda r, ts: r.choice([
        "function call error for \\\"parse_json\\\" at (4:28): unable to parse json: expected value at line 1 column 1",
        "function call error for \\\"parse_timestamp\\\" at (42:96): Invalid timestamp \\\"-\\\": input contains invalid characters",
        "function call error for \\\"to_int\\\" at (7:25): Invalid integer \\\"n/a\\\": invalid digit found in string"]),
    "vremaining": lambda r, ts: ", ".join(r.sample([s[0] for s in VEC_SINKS], r.randint(1, 3))),
    "vmsg": lambda r, ts: r.choice(["Retrying after error.", "HTTP error.", "Mapping failed with event.", "Events dropped"]),
    "vuri": lambda r, ts: r.choice([f"https://{host(r)}:9200/_bulk", f"http://{host(r)}:3100/loki/api/v1/push",
                                    "https://http-intake.logs.datadoghq.eu/api/v2/logs"]),
    "vcount": lambda r, ts: str(r.randint(1, 9999)),
    "vrev": lambda r, ts: f"{hexs(r, 7)} {when(ts, r, 400000):%Y-%m-%d %H:%M:%S}.{r.randint(0, 999999999):09d}",
    "vheaders": lambda r, ts: "{" + ", ".join(f"\"{k}\": \"{v}\"" for k, v in r.sample(
        [("content-type", "application/json"), ("content-length", str(r.randint(10, 9999))), ("x-elastic-product", "Elasticsearch"),
         ("date", "Sun, 06 Dec 2026 14:00:00 GMT")], r.randint(1, 3))) + "}",
})


def vector_header(r, ts, level, comp):
    return f"{ts:%Y-%m-%dT%H:%M:%S}.{ts.microsecond:06d}Z {level:>5} "


VECTOR = {
    "about": "Vector 0.34 (Rust, tracing's text format): RFC 3339 stamp in microseconds, the level right-aligned to 5, then "
             "the message: spans name{fields}:, the target path, the text and its key=value fields",
    "log_format": "<Time> <Level> <Content>",
    "start": datetime.datetime(2026, 12, 6, 14, 0, 0, 0),
    "gap_ms": 900,
    "header": vector_header,
    "statements": [
        ("INFO", "", "vector::app: Log level is enabled. level=\"{=info|debug|vector=info,vector::sources::file=debug}\"", 2),
        ("INFO", "", "vector::app: Loading configs. paths={vpaths}", 3),
        ("INFO", "", "vector::topology::running: Running healthchecks.", 3),
        ("INFO", "", "vector: Vector has started. debug=\"false\" version=\"{=0.34.1|0.34.2}\" arch=\"{=x86_64|aarch64}\" "
                     "revision=\"{vrev}\"", 3),
        ("INFO", "", "vector::topology::builder: Healthcheck passed."),
        ("INFO", "", "vector::topology::builder: Healthcheck disabled."),
        ("ERROR", "", "vector::topology::builder: Healthcheck failed. error={vhttperr} component_kind=\"sink\" "
                      "component_type={=elasticsearch|loki|http} component_id={=es_out|loki|archive_http}"),
        ("INFO", "", "source{{component_kind=\"source\" component_id={vsrcid} component_type={vsrctype}}}:file_server: file_source::checkpointer: Loaded checkpoint data."),
        ("INFO", "", "source{{component_kind=\"source\" component_id={vsrcid} component_type={vsrctype}}}:file_server: vector::internal_events::file::source: Found new file to watch. "
                     "file={vfile}"),
        ("INFO", "", "source{{component_kind=\"source\" component_id={vsrcid} component_type={vsrctype}}}:file_server: vector::internal_events::file::source: Stopped watching file. "
                     "file={vfile}"),
        ("WARN", "", "sink{{component_kind=\"sink\" component_id={vsinkid} component_type={vsinktype}}}:request{{request_id={big}}}: vector::sinks::util::retries: Retrying after error. "
                     "error={vhttperr} internal_log_rate_limit=true"),
        ("ERROR", "", "sink{{component_kind=\"sink\" component_id={vsinkid} component_type={vsinktype}}}:request{{request_id={big}}}: vector::internal_events::http_client: HTTP error. "
                      "error={vhttperr} error_type=\"request_failed\" stage=\"processing\" internal_log_rate_limit=true"),
        ("WARN", "", "sink{{component_kind=\"sink\" component_id={vsinkid} component_type={vsinktype}}}: vector::internal_events: Internal log [{vmsg}] is being suppressed to avoid flooding."),
        ("WARN", "", "sink{{component_kind=\"sink\" component_id={vsinkid} component_type={vsinktype}}}: vector::internal_events: Internal log [{vmsg}] has been suppressed {vcount} times."),
        ("ERROR", "", "transform{{component_kind=\"transform\" component_id={vtrid} component_type={vtrtype}}}: vector::internal_events::remap: Mapping failed with event. "
                      "error=\"{vremaperr}\" error_type=\"conversion_failed\" stage=\"processing\" internal_log_rate_limit=true"),
        ("ERROR", "", "sink{{component_kind=\"sink\" component_id={vsinkid} component_type={vsinktype}}}: vector_common::internal_event::component_events_dropped: Events dropped intentional="
                      "{=false|true} count={vcount} reason=\"{=Service call failed. No retries or retries exhausted.|"
                      "Failed to build request.}\" internal_log_rate_limit=true"),
        ("INFO", "", "vector::signal: Signal received. signal=\"{=SIGTERM|SIGHUP|SIGINT}\""),
        ("INFO", "", "vector::topology::running: Reloading running topology with new configuration.", 3),
        ("INFO", "", "vector::topology::running: New configuration loaded successfully.", 3),
        ("INFO", "", "vector::topology::running: Shutting down... Waiting on running components. remaining_components="
                     "\"{vremaining}\" time_remaining=\"{=59|54|49|44} seconds left\""),
        ("DEBUG", "", "sink{{component_kind=\"sink\" component_id={vsinkid} component_type={vsinktype}}}:request{{request_id={big}}}:http: vector::internal_events::http_client: HTTP response. "
                      "status={=200 OK|429 Too Many Requests|503 Service Unavailable} version=HTTP/1.1 headers={vheaders} "
                      "body=[{bytes} bytes]"),
        ("DEBUG", "", "sink{{component_kind=\"sink\" component_id={vsinkid} component_type={vsinktype}}}:request{{request_id={big}}}:http: vector::internal_events::http_client: Sending HTTP "
                      "request. uri={vuri} method=POST "
                      "version=HTTP/1.1 headers={vheaders} body=[{bytes} bytes]"),
    ],
}

# ---------------------------------------------------------------------------------------------------------------- Node-RED
NR_NAMES = ["Local Broker", "broker", "HiveMQ cloud", "Get Weather", "call API", "parse payload", "function 1", "debug 3",
            "Store reading", "Alert Slack", "plc-line-2"]
SHAPES.update({
    "nrname": lambda r, ts: r.choice(NR_NAMES),
    "nrver": lambda r, ts: r.choice(["3.1.3", "3.1.0"]),
    "nodever": lambda r, ts: r.choice(["18.19.0", "20.10.0"]),
    "kernel": lambda r, ts: r.choice(["5.15.0-91-generic", "6.1.0-17-amd64", "6.6.6-v8+"]),
    "nrbroker": lambda r, ts: r.choice(["mqtt://localhost:1883", f"mqtts://{host(r)}:8883", f"mqtt://{ip(r)}:1883",
                                        "ws://broker.hivemq.com:8000/mqtt"]),
    "nrerr": lambda r, ts: r.choice(["TypeError: Cannot read properties of undefined (reading 'payload')",
                                     "ReferenceError: temp is not defined", "TypeError: msg.payload.map is not a function",
                                     "SyntaxError: Unexpected token u in JSON at position 0"]),
    "nrhttperr": lambda r, ts: r.choice([f"RequestError: connect ECONNREFUSED {ip(r)}:{r.choice([80, 443, 8080])}",
                                         f"RequestError: getaddrinfo ENOTFOUND {host(r)}",
                                         "RequestError: Timeout awaiting 'request' for 120000ms"]),
    "nrmodule": lambda r, ts: r.choice(["node-red-dashboard", "node-red-contrib-influxdb", "node-red-node-email",
                                        "@flowfuse/node-red-dashboard", "node-red-contrib-modbus"]),
    "nrtype": lambda r, ts: r.choice(["ui_button", "influxdb out", "modbus-read", "e-mail", "telegram sender"]),
    "nrnodetype": lambda r, ts: r.choice(["function", "change", "switch", "template"]),
    "nrsettings": lambda r, ts: r.choice(["/data/settings.js", "/home/pi/.node-red/settings.js", "/etc/node-red/settings.js"]),
    "nrflows": lambda r, ts: r.choice(["/data/flows.json", "/home/pi/.node-red/flows_raspberrypi.json", "/data/flows_prod.json"]),
    "nrpath": lambda r, ts: r.choice(["/data", "/home/pi/.node-red", "C:\\Users\\ops\\.node-red"]),
})


def nodered_header(r, ts, level, comp):
    # the list of missing types is written as " - type", so those lines show two spaces after the level
    return f"{ts.day} {MONTHS[ts.month - 1]} {ts:%H:%M:%S} - [{level}] " + (" " if comp == "pad" else "")


NODERED = {
    "about": "Node-RED 3.1 console log (systemd or docker logs): d Mmm hh:mm:ss - [level] then the message, a node's "
             "messages prefixed [type:name] where the name is the user's label",
    "log_format": "<Day> <Month> <Time> - \\[<Level>\\] <Content>",
    "start": datetime.datetime(2026, 12, 6, 6, 0, 0, 0),
    "gap_ms": 6000,
    "header": nodered_header,
    "statements": [
        ("info", "", "Node-RED version: v{nrver}", 2),
        ("info", "", "Node.js  version: v{nodever}", 2),
        ("info", "", "{=Linux|Windows_NT} {kernel} {=x64|arm64} LE", 2),
        ("info", "", "Loading palette nodes", 2),
        ("info", "", "Settings file  : {nrsettings}", 2),
        ("info", "", "Context store  : '{=default|file}' [module={=memory|localfilesystem}]", 2),
        ("info", "", "User directory : {nrpath}", 2),
        ("info", "", "Flows file     : {nrflows}", 2),
        ("info", "", "Server now running at http://{=127.0.0.1|0.0.0.0}:1880/", 2),
        ("info", "", "Starting flows"),
        ("info", "", "Started flows"),
        ("info", "", "Stopping flows"),
        ("info", "", "Stopped flows"),
        ("info", "", "Dashboard version {version} started at {=/ui|/dashboard}", 2),
        ("info", "", "[mqtt-broker:{nrname}] Connected to broker: {nrbroker}"),
        ("info", "", "[mqtt-broker:{nrname}] Disconnected from broker: {nrbroker}"),
        ("error", "", "[http request:{nrname}] {nrhttperr}"),
        ("error", "", "[function:{nrname}] {nrerr}"),
        ("warn", "", "[{nrnodetype}:{nrname}] Message exceeded maximum number of catches"),
        ("info", "", "Installing module: {nrmodule}, version: {version}"),
        ("info", "", "Installed module: {nrmodule}"),
        ("info", "", "Waiting for missing types to be registered:"),
        ("info", "pad", "- {nrtype}"),
        ("warn", "", "[email in:{nrname}] Error: {=Connection timed out|Invalid credentials (Failure)|read ECONNRESET}"),
        ("info", "", "[tcp in:{nrname}] connection from {ip}:{eport}"),
    ],
}

# ---------------------------------------------------------------------------------------------------------------- Zimbra
ZM_FOLDERS = ["Inbox", "Sent", "Trash", "Junk", "Drafts", "Sent Items", "Projects/2026", "Archive"]
SHAPES.update({
    "zfolder": lambda r, ts: r.choice(ZM_FOLDERS),
    "zmsgid": lambda r, ts: r.choice([f"<CAK{hexs(r, 20)}@mail.gmail.com>", f"<{uuid(r)}@{r.choice(['example.com', 'acme.io'])}>",
                                      f"<{r.randint(10 ** 8, 10 ** 9)}.{r.randint(1, 99)}.{r.randint(10 ** 12, 10 ** 13)}.JavaMail.zimbra@mail.example.com>"]),
    "zids": lambda r, ts: ",".join(str(r.randint(100, 99999)) for _ in range(r.randint(1, 6))),
    "zacct": lambda r, ts: uuid(r),
    "negid": lambda r, ts: str(-r.randint(100, 99999)),
    "zsoap": lambda r, ts: r.choice(["SearchRequest", "GetMsgRequest", "NoOpRequest", "SendMsgRequest", "ItemActionRequest",
                                     "GetFolderRequest", "SyncRequest", "BatchRequest"]),
    "zproto": lambda r, ts: r.choice(["soap", "imap", "zsync", "pop3"]),
    "zmech": lambda r, ts: r.choice(["PLAIN", "LOGIN", "XOAUTH2"]),
    "zsize": lambda r, ts: str(r.randint(900, 25000000)),
    "zua": lambda r, ts: r.choice(["ZimbraWebClient - FF120 (Linux)/10.0.5_GA_4574", "ZimbraWebClient - GC119 (Win)/10.0.5_GA_4574",
                                   "Outlook-iOS/2.0", "Thunderbird/115.5.0"]),
})


def zimbra_ctx(r, comp):
    name = email(r)
    if comp in ("soap", "mailop", "security"):
        return (f"[qtp{r.randint(10 ** 8, 10 ** 9)}-{r.randint(10, 999)}:https://mail.example.com/service/soap/"
                f"{r.choice(['SearchRequest', 'BatchRequest', 'AuthRequest'])}] [name={name};mid={r.randint(1, 900)};"
                f"ip={ip(r)};oip={ip(r)};ua={r.choice(['ZimbraWebClient - FF120 (Linux)/10.0.5_GA_4574', 'zclient/10.0.5_GA_4574'])};"
                f"soapId={hexs(r, 8)};]")
    if comp in ("imap",):
        return f"[ImapSSLServer-{r.randint(1, 400)}] [name={name};mid={r.randint(1, 900)};ip={ip(r)};protocol=imap;]"
    if comp == "lmtp":
        return f"[LmtpServer-{r.randint(1, 300)}] [name={name};mid={r.randint(1, 900)};msgid=<{hexs(r, 16)}@acme.io>;]"
    return f"[{r.choice(['MailboxPurge', 'ScheduledTask-' + str(r.randint(1, 9)), 'main'])}] []"


def zimbra_header(r, ts, level, comp):
    return f"{ts:%Y-%m-%d %H:%M:%S},{ts.microsecond // 1000:03d} {level:<5} {zimbra_ctx(r, comp)} {comp} - "


ZIMBRA = {
    "about": "Zimbra Collaboration 10 mailbox.log (log4j %d %-5p [%t] [%z] %c{1} - %m): thread with its request URL, the "
             "[name=…;mid=…;ip=…;] context (empty as [] outside a request), the category, then the message",
    "log_format": "<Date> <Time> <Level> \\[<Thread>\\] \\[<Context>\\] <Category> - <Content>",
    "start": datetime.datetime(2026, 12, 6, 8, 0, 0, 0),
    "gap_ms": 1000,
    "header": zimbra_header,
    "statements": [
        ("INFO", "mailop", "Adding Message: id={big}, Message-ID={zmsgid}, parentId={=-1}, folderId={int}, folderName={zfolder}, "
                           "acct={zacct}."),
        ("INFO", "mailop", "Deleting items: {zids}."),
        ("INFO", "mailop", "Moving VirtualConversation (id={negid}) to Folder {zfolder} (id={int}).  Affected message ids: {zids}."),
        ("INFO", "mailop", "Moving Message (id={big}) to Folder {zfolder} (id={int})."),
        ("INFO", "mailop", "Marking Message (id={big}) as {=read|unread|flagged}."),
        ("INFO", "lmtp", "Delivering message: size={zsize} bytes, nrcpts={small}, sender={email}, msgid={zmsgid}"),
        ("INFO", "lmtp", "Delivering to {email}"),
        ("INFO", "soap", "{zsoap} elapsed={int}"),
        ("INFO", "imap", "user {email} authenticated, mechanism={zmech} [TLS]"),
        ("INFO", "security", "cmd=Auth; account={email}; protocol={zproto};"),
        ("WARN", "security", "cmd=Auth; account={email}; protocol={zproto}; error=authentication failed for [{email}], "
                             "{=invalid password|account lockout|account not found};"),
        ("INFO", "security", "cmd=AdminAuth; account={email};"),
        ("INFO", "security", "cmd=ChangePassword; account={email};"),
        ("INFO", "purge", "Purging messages.", 4),
        ("INFO", "purge", "Purged {int} messages from {zfolder}"),
        ("INFO", "smtp", "Sending message to MTA at {=mta01.example.com|10.30.0.25|127.0.0.1}: Message-ID={zmsgid}, "
                         "origMsgId={zmsgid}, replyType={=r|w|}"),
        ("WARN", "mailbox", "Failed to index message {big} for mailbox {int}: {=java.io.IOException: No space left on device|"
                            "com.zimbra.common.service.ServiceException: system failure: error while indexing}"),
        ("INFO", "mailbox", "Scheduled task DataSourceTask (mailbox={int}, dataSourceId={uuid}) started"),
        ("WARN", "imap", "dropping connection for user {email} (server-initiated)"),
    ],
}

# ---------------------------------------------------------------------------------------------------------------- Shibboleth
SP_IDS = ["https://sp.example.com/shibboleth", "https://moodle.uni.example.edu/auth/saml2/sp/metadata.php",
          "urn:amazon:webservices", "https://wiki.example.edu/shibboleth-sp", "google.com/a/example.edu"]
SHAPES.update({
    "spid": lambda r, ts: r.choice(SP_IDS),
    "mdname": lambda r, ts: r.choice(["InCommonMetadata", "LocalSPs", "eduGAIN"]),
    "mdurl": lambda r, ts: r.choice(["http://md.incommon.org/InCommon/InCommon-metadata.xml",
                                     "https://mds.edugain.org/edugain-v2.xml", "file:///opt/shibboleth-idp/metadata/local-sps.xml"]),
    "idpiso": lambda r, ts: when(ts, r, 900).strftime("%Y-%m-%dT%H:%M:%S.") + f"{r.randint(0, 999):03d}Z",
    "ldapurl": lambda r, ts: r.choice(["ldap://ldap.example.edu:389", "ldaps://dc01.corp.example.net:636", "ldap://10.10.0.20"]),
    "ldaperr": lambda r, ts: r.choice(["Invalid credentials", "DN resolution failed", "Account locked", "Password expired"]),
    "attrlist": lambda r, ts: "[" + ", ".join(r.sample(["uid", "mail", "eduPersonPrincipalName", "displayName", "memberOf",
                                                        "eduPersonAffiliation", "givenName"], r.randint(1, 5))) + "]",
    "idpver": lambda r, ts: r.choice(["4.3.1", "5.0.0"]),
    "idpflow": lambda r, ts: r.choice(["authn/Password", "authn/MFA", "authn/External", "authn/SPNEGO"]),
    "samlrole": lambda r, ts: "{urn:oasis:names:tc:SAML:2.0:metadata}" + r.choice(["SPSSODescriptor", "SPSSODescriptor",
                                                                                "AttributeAuthorityDescriptor"]),
    "samlproto": lambda r, ts: r.choice(["urn:oasis:names:tc:SAML:2.0:protocol", "urn:oasis:names:tc:SAML:2.0:protocol",
                                         "urn:oasis:names:tc:SAML:1.1:protocol"]),
    "samlbinding": lambda r, ts: r.choice(["urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST",
                                           "urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect"]),
})


def idp_header(r, ts, level, comp):
    addr = r.choice([ip(r), ip(r), ip(r), ""])
    return f"{ts:%Y-%m-%d %H:%M:%S},{ts.microsecond // 1000:03d} - {addr} - {level} [{comp}:{r.choice([52, 88, 152, 183, 243])}] - "


SHIBBOLETH = {
    "about": "Shibboleth IdP 4/5 idp-process.log (logback %date{ISO8601} - %mdc{idp.remote_addr} - %level [%logger:%line] - "
             "%msg): the client address empty outside a request",
    "log_format": "<Date> <Time> - <ClientIp> - <Level> \\[<Logger>\\] - <Content>",
    "start": datetime.datetime(2026, 12, 6, 7, 40, 0, 0),
    "gap_ms": 2000,
    "header": idp_header,
    "statements": [
        ("INFO", "net.shibboleth.idp.authn.impl.ValidateUsernamePasswordAgainstLDAP",
         "Profile Action ValidateUsernamePasswordAgainstLDAP: Login by '{user}' succeeded"),
        ("INFO", "net.shibboleth.idp.authn.impl.ValidateUsernamePasswordAgainstLDAP",
         "Profile Action ValidateUsernamePasswordAgainstLDAP: Login by '{user}' failed"),
        ("WARN", "net.shibboleth.idp.authn.impl.ValidateCredentials",
         "Profile Action ValidateCredentials: Credential Validator {=ldap|ad}: Login by '{user}' failed"),
        ("INFO", "net.shibboleth.idp.authn.impl.ValidateCredentials",
         "Profile Action ValidateCredentials: Credential Validator {=ldap|ad}: Login by '{user}' succeeded"),
        ("WARN", "net.shibboleth.idp.authn.impl.ValidateUsernamePasswordAgainstLDAP",
         "Profile Action ValidateUsernamePasswordAgainstLDAP: LDAP authentication failed for '{user}' with result: "
         "{ldaperr}"),
        ("INFO", "net.shibboleth.idp.authn.impl.SelectAuthenticationFlow",
         "Profile Action SelectAuthenticationFlow: Selecting default authentication flow {idpflow}"),
        ("WARN", "org.opensaml.saml.common.binding.impl.PopulateBindingAndEndpointContexts",
         "Profile Action PopulateBindingAndEndpointContexts: Unable to resolve outbound message endpoint for relying "
         "party '{spid}': No endpoints found"),
        ("WARN", "org.opensaml.saml.common.binding.security.impl.SAMLProtocolMessageXMLSignatureSecurityHandler",
         "Message Handler: No metadata returned for {spid} in role {samlrole} with protocol {samlproto}"),
        ("INFO", "org.opensaml.saml.metadata.resolver.impl.AbstractReloadingMetadataResolver",
         "Metadata Resolver FileBackedHTTPMetadataResolver {mdname}: New metadata successfully loaded for '{mdurl}'"),
        ("INFO", "org.opensaml.saml.metadata.resolver.impl.AbstractReloadingMetadataResolver",
         "Metadata Resolver FileBackedHTTPMetadataResolver {mdname}: Next refresh cycle for metadata provider '{mdurl}' "
         "will occur on '{idpiso}' ('{idpiso}' local time)"),
        ("ERROR", "org.opensaml.saml.metadata.resolver.impl.AbstractReloadingMetadataResolver",
         "Metadata Resolver FileBackedHTTPMetadataResolver {mdname}: Error occurred while attempting to refresh metadata "
         "from '{mdurl}'"),
        ("INFO", "net.shibboleth.ext.spring.service.ReloadableSpringService",
         "Service '{=shibboleth.AttributeFilterService|shibboleth.AttributeResolverService|shibboleth.MetadataResolverService}': "
         "Reloading configuration", 6),
        ("INFO", "net.shibboleth.ext.spring.service.ReloadableSpringService",
         "Service '{=shibboleth.AttributeFilterService|shibboleth.AttributeResolverService|shibboleth.MetadataResolverService}': "
         "Reload complete", 6),
        ("INFO", "net.shibboleth.idp.log.LogbackLoggingService", "Shibboleth IdP Version {idpver}", 2),
        ("INFO", "net.shibboleth.idp.log.LogbackLoggingService", "Java version='{=17.0.9|11.0.21}' vendor='Eclipse Adoptium'", 2),
        ("ERROR", "net.shibboleth.idp.attribute.resolver.ad.impl.ScriptedAttributeDefinition",
         "Attribute Resolver 'ShibbolethAttributeResolver': Data Connector '{=myLDAP|ad_connector}' failed: Connection to "
         "{ldapurl} failed: {=connect timed out|Connection refused}"),
        ("INFO", "net.shibboleth.idp.saml.profile.impl.FilterAttributes",
         "Profile Action FilterAttributes: Filtered attributes for relying party '{spid}': {attrlist}"),
        ("WARN", "org.opensaml.saml.common.binding.security.impl.MessageLifetimeSecurityHandler",
         "Message Handler: Message Issue Instant was expired (issued {idpiso}, now {idpiso}) for relying party '{spid}'"),
        ("INFO", "net.shibboleth.idp.session.impl.StorageBackedSessionManager",
         "Profile Action ProcessLogout: Processing logout request for session {hex32} and relying party '{spid}' via "
         "{samlbinding}"),
        ("WARN", "net.shibboleth.idp.profile.impl.SelectProfileConfiguration",
         "Profile Action SelectProfileConfiguration: Profile {=http://shibboleth.net/ns/profiles/saml2/sso/browser|"
         "http://shibboleth.net/ns/profiles/cas/login} is not available for RP configuration shibboleth.UnverifiedRelyingParty "
         "(RPID {spid})"),
    ],
}

# ---------------------------------------------------------------------------------------------------------------- PBS Pro
SHAPES.update({
    "uh": lambda r, ts: f"{user(r)}@{r.choice(['login01', 'login02', 'pbs01'])}.hpc.example.edu",
    "jobname": lambda r, ts: r.choice(["run_sim", "STDIN", "gromacs_md", "train-resnet50", "vasp relax", "job.sh", "array_test"]),
    "queue": lambda r, ts: r.choice(["workq", "gpu", "long", "debug", "bigmem"]),
    "vnode": lambda r, ts: "+".join(f"({short_host(r)}:ncpus={r.choice([1, 4, 16, 32, 64])}:mem={r.randint(1, 512) * 1048576}kb"
                                    + (f":ngpus={r.randint(1, 4)}" if r.random() < 0.3 else "") + ")" for _ in range(r.randint(1, 4))),
    "cput": lambda r, ts: f"{r.randint(0, 999):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}",
    "kb": lambda r, ts: f"{r.randint(0, 10 ** 9)}kb",
    "pbsres": lambda r, ts: r.choice(["ncpus", "mem", "ngpus", "nodect"]),
    "pbsreason": lambda r, ts: r.choice(["communication closed", "ping no stream", "node unreachable", "Node requested update"]),
    "pbsreq": lambda r, ts: r.choice(["0", "19", "49", "71", "81", "9", "21"]),
    "pbsattr": lambda r, ts: r.choice(["state += offline", "state -= offline", "resources_available.ngpus = 4", "comment = maint 2026-12-08"]),
    "jobid": lambda r, ts: r.choice([f"{r.randint(1000, 999999)}.pbs01", f"{r.randint(1000, 999999)}[{r.randint(1, 500)}].pbs01"]),
})


def pbs_header(r, ts, level, comp):
    source, cls = comp.split(";")
    name = {"Job": lambda: r.choice([f"{r.randint(1000, 999999)}.pbs01", f"{r.randint(1000, 999999)}[].pbs01",
                                     f"{r.randint(1000, 999999)}[{r.randint(1, 500)}].pbs01"]),
            "Node": lambda: short_host(r), "Svr": lambda: source, "Req": lambda: r.choice(["req_reject", "dis_request_read"]),
            "Sched": lambda: "pbs_sched"}[cls]()
    return f"{ts:%m/%d/%Y %H:%M:%S};{level};{source};{cls};{name};"


PBSPRO = {
    "about": "PBS Professional 2022 server and scheduler logs (server_logs, sched_logs): mm/dd/yyyy hh:mm:ss;event type in "
             "hex;source;object class;object name;message",
    "log_format": "<Date> <Time>;<EventType>;<Source>;<ObjClass>;<ObjName>;<Content>",
    "start": datetime.datetime(2026, 12, 6, 0, 0, 2, 0),
    "gap_ms": 3000,
    "header": pbs_header,
    "statements": [
        ("0100", "Server@pbs01;Job", "Job Queued at request of {uh}, owner = {uh}, job name = {jobname}, queue = {queue}"),
        ("0008", "Server@pbs01;Job", "Job Run at request of Scheduler@{=pbs01.hpc.example.edu} on exec_vnode {vnode}"),
        ("0010", "Server@pbs01;Job", "Exit_status={=0|1|271|-11|265} resources_used.cpupercent={int} resources_used.cput={cput} "
                                     "resources_used.mem={kb} resources_used.ncpus={n} resources_used.vmem={kb} "
                                     "resources_used.walltime={cput}"),
        ("0008", "Server@pbs01;Job", "delete job request received"),
        ("0100", "Server@pbs01;Job", "Job deleted at request of {uh}"),
        ("0008", "Server@pbs01;Job", "Job to be deleted at request of {uh}"),
        ("0100", "Server@pbs01;Job", "dequeuing from {queue}, state {=5|6|1}"),
        ("0100", "Server@pbs01;Job", "Job Modified at request of {uh}"),
        ("0008", "Server@pbs01;Job", "Obit received momhop:{=1|2} serverhop:{=1|2} state:{=4|5} substate:{=42|41|43}"),
        ("0001", "Server@pbs01;Job", "Post job file processing error; job {jobid} on host {shost}"),
        ("0100", "Server@pbs01;Req", "Type {pbsreq} request received from {uh}, sock={int}"),
        ("0080", "Server@pbs01;Req", "Reject reply code={=15001|15004|15023|15039}, aux={=0|1}, type={pbsreq}, from {uh}"),
        ("0004", "Server@pbs01;Node", "node down: {pbsreason}"),
        ("0004", "Server@pbs01;Node", "attributes set: {pbsattr}"),
        ("0400", "pbs_sched;Job", "Considering job to run"),
        ("0400", "pbs_sched;Job", "Not Running: Insufficient amount of resource: {pbsres} (R: {int} A: {int} T: {int})"),
        ("0400", "pbs_sched;Job", "Not Running: Job would conflict with reservation or top job"),
        ("0400", "pbs_sched;Job", "Job run"),
        ("0400", "pbs_sched;Sched", "Starting Scheduling Cycle"),
        ("0400", "pbs_sched;Sched", "Leaving Scheduling Cycle"),
        ("0002", "Server@pbs01;Svr", "Server {=pbs01} started, initialization type = {=1|2}", 2),
        ("0008", "Server@pbs01;Job", "Unable to Run Job, MOM rejected"),
    ],
}

# ---------------------------------------------------------------------------------------------------------------- Proxmox VE
PVE_NODES = ["pve1", "pve2", "pve3"]
SHAPES.update({
    "pveuser": lambda r, ts: r.choice(["root@pam", "root@pam", f"{r.choice(NAMES)}@pve", f"{r.choice(NAMES)}@ad-corp",
                                       "automation@pve!terraform"]),
    "pvenode": lambda r, ts: r.choice(PVE_NODES),
    "HEX8": lambda r, ts: hexs(r, 8, True),
    "pvetask": lambda r, ts: r.choice(["qmstart", "qmshutdown", "vzdump", "qmigrate", "vzstart", "qmsnapshot", "imgcopy"]),
    "vmid": lambda r, ts: str(r.choice([100, 101, 102, 105, 110, 120, 200, 201, 9000])),
    "pvestore": lambda r, ts: r.choice(["backup-nfs", "pbs-offsite", "cephfs", "local-lvm", "iso_smb"]),
    "pvetaskerr": lambda r, ts: r.choice(["OK", "OK", "OK", f"command 'qm start {r.choice([100, 101, 102])}' failed: exit code 1",
                                          "unable to read tail (got 0 bytes)", "WARNINGS: 1", "job errors"]),
    "haservice": lambda r, ts: f"{r.choice(['vm', 'ct'])}:{r.choice([100, 101, 102, 200])}",
    "hastate": lambda r, ts: r.choice(["started", "request_stop", "stopped", "fence", "recovery", "migrate", "freeze"]),
    "nodestate": lambda r, ts: r.choice(["online", "unknown", "fence", "maintenance"]),
    "vmlist": lambda r, ts: " ".join(str(v) for v in sorted(r.sample([100, 101, 102, 105, 110, 120, 200], r.randint(1, 5)))),
    "tap": lambda r, ts: f"tap{r.choice([100, 101, 102, 200])}i{r.randint(0, 2)}",
    "bridge": lambda r, ts: r.choice(["vmbr0", "vmbr1", f"fwbr{r.choice([100, 101, 102])}i0"]),
    "rhost6": lambda r, ts: r.choice([f"::ffff:{ip(r)}", f"::ffff:{ip(r)}", ip(r)]),
    "pveauthmsg": lambda r, ts: r.choice(["Authentication failure", "Authentication failure",
                                          f"no such user ('{r.choice(NAMES)}@pve')"]),
    "hms": lambda r, ts: f"{r.randint(0, 2):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}",
})


def pve_header(r, ts, level, comp):
    pid = r.randint(900, 3999999)
    proc = comp if comp == "kernel" else f"{comp}[{pid}]"
    return f"{MONTHS[ts.month - 1]} {ts.day:2d} {ts:%H:%M:%S} {r.choice(PVE_NODES)} {proc}: "


PROXMOX = {
    "about": "Proxmox VE 8 via syslog (journalctl -o short): Mmm dd hh:mm:ss node process[pid]: message, from pvedaemon, "
             "pveproxy, pvestatd, pve-ha-crm/lrm, pmxcfs, vzdump, qmeventd, QEMU and kernel bridge ports",
    "log_format": "<Month> <Day> <Time> <Node> <Process>: <Content>",
    "start": datetime.datetime(2026, 12, 6, 2, 0, 0, 0),
    "gap_ms": 2500,
    "header": pve_header,
    "statements": [
        ("", "pvedaemon", "<{pveuser}> starting task UPID:{pvenode}:{HEX8}:{HEX8}:{HEX8}:{pvetask}:{vmid}:{pveuser}:"),
        ("", "pvedaemon", "<{pveuser}> end task UPID:{pvenode}:{HEX8}:{HEX8}:{HEX8}:{pvetask}:{vmid}:{pveuser}: {pvetaskerr}"),
        ("", "pvedaemon", "successful auth for user '{pveuser}'"),
        ("", "pvedaemon", "authentication failure; rhost={rhost6} user={pveuser} msg={pveauthmsg}"),
        ("", "pvestatd", "VM {vmid} qmp command failed - VM {vmid} qmp command '{=query-proxmox-support|query-status}' failed - unable to "
                         "connect to VM {vmid} qmp socket - timeout after {=51|31} retries"),
        ("", "pvestatd", "status update time ({secs} seconds)"),
        ("", "pvestatd", "storage '{pvestore}' is not online"),
        ("", "pvedaemon|pveproxy", "got timeout"),
        ("", "pveproxy", "worker {pid} finished"),
        ("", "pveproxy", "worker {pid} started"),
        ("", "pveproxy", "starting {=1|2|3} worker(s)"),
        ("", "pveproxy", "proxy detected vanished client connection"),
        ("", "pve-ha-crm", "service '{haservice}': state changed from '{hastate}' to '{hastate}'"),
        ("", "pve-ha-crm", "node '{pvenode}': state changed from '{nodestate}' => '{nodestate}'"),
        ("", "pve-ha-lrm", "starting service {haservice}"),
        ("", "pve-ha-lrm", "service status {haservice} started"),
        ("", "pmxcfs", "[status] notice: received log"),
        ("", "pmxcfs", "[dcdb] notice: data verification successful"),
        ("", "pmxcfs", "[status] notice: update cluster info (cluster name  {=pve-cluster|prod-cl1}, version = {int})"),
        ("", "vzdump", "INFO: starting new backup job: vzdump {vmlist} --storage {pvestore} --mode {=snapshot|stop|suspend} "
                       "--compress {=zstd|lzo|gzip} --node {pvenode}"),
        ("", "vzdump", "INFO: Starting Backup of VM {vmid} ({=qemu|lxc})"),
        ("", "vzdump", "INFO: Finished Backup of VM {vmid} ({hms})"),
        ("", "vzdump", "INFO: Backup job finished {=successfully|with errors}"),
        ("", "kernel", "{bridge}: port {small}({tap}) entered {=blocking|forwarding|disabled} state"),
        ("", "QEMU", "kvm: terminating on signal 15 from pid {pid} ({=/usr/sbin/qmeventd})"),
        ("", "qmeventd", "Starting cleanup for {vmid}"),
        ("", "qmeventd", "Finished cleanup for {vmid}"),
    ],
}

# ---------------------------------------------------------------------------------------------------------------- IPMI SEL
SHAPES.update({
    "ps": lambda r, ts: r.choice(["#0x51", "#0x52", "PS1 Status", "PS2 Status", "PSU1", "PSU2"]),
    "fan": lambda r, ts: r.choice(["#0x30", "FAN1", "FAN3", "Fan2A", "SYS_FAN4"]),
    "temp": lambda r, ts: r.choice(["#0x01", "CPU1 Temp", "CPU2 Temp", "Inlet Temp", "System Temp", "PCH Temp"]),
    "volt": lambda r, ts: r.choice(["#0xd1", "12V", "VCCP1", "P1V8_PCH", "VBAT"]),
    "mem": lambda r, ts: r.choice(["#0x02", "#0x03", "DIMM_A1", "DIMM_B2", "ECC Corr Err", "Memory"]),
    "cpu": lambda r, ts: r.choice(["#0x60", "CPU1 Status", "CPU2 Status", "Proc Hot"]),
    "bay": lambda r, ts: r.choice(["#0x81", "Drive 0", "Drive 3", "HDD1", "Disk Drive Bay 1"]),
    "sysev": lambda r, ts: r.choice(["#0x83", "#0xef", "SEL Fullness", "System Event"]),
    "dir": lambda r, ts: r.choice(["Asserted", "Asserted", "Asserted", "Deasserted"]),
    "rpm": lambda r, ts: str(r.choice([0, 300, 420, 600, 840])),
    "degc": lambda r, ts: str(r.randint(70, 105)),
    "volts": lambda r, ts: f"{r.uniform(1, 13):.2f}",
    "snum": lambda r, ts: f"#0x{r.randint(0, 255):02x}",
})
IPMI_IDS = iter(range(1, 10 ** 6))


def ipmi_header(r, ts, level, comp):
    return f"{next(IPMI_IDS):4x} | {ts:%m/%d/%Y} | {ts:%H:%M:%S} | "


IPMISEL = {
    "about": "The IPMI system event log as ipmitool sel elist prints it (a BMC's SEL pasted from iDRAC, iLO or a "
             "Supermicro board): record id in hex padded to 4, date, time, then sensor | event | direction [| reading]",
    "log_format": "<Id> \\| <Date> \\| <Time> \\| <Content>",
    "start": datetime.datetime(2026, 11, 2, 0, 0, 0, 0),
    "gap_ms": 1200000,
    "header": ipmi_header,
    "statements": [
        ("", "", "Power Supply {ps} | Presence detected | {dir}"),
        ("", "", "Power Supply {ps} | Failure detected | {dir}"),
        ("", "", "Power Supply {ps} | Power Supply AC lost | {dir}"),
        ("", "", "Power Supply {ps} | Redundancy Lost | {dir}"),
        ("", "", "Fan {fan} | Lower Critical going low  | {dir} | Reading {rpm} < Threshold {rpm} RPM"),
        ("", "", "Fan {fan} | Lower Non-critical going low  | {dir} | Reading {rpm} < Threshold {rpm} RPM"),
        ("", "", "Temperature {temp} | Upper Critical going high | {dir} | Reading {degc} > Threshold {degc} degrees C"),
        ("", "", "Temperature {temp} | Upper Non-critical going high | {dir} | Reading {degc} > Threshold {degc} degrees C"),
        ("", "", "Voltage {volt} | Lower Critical going low  | {dir} | Reading {volts} < Threshold {volts} Volts"),
        ("", "", "Memory {mem} | Correctable ECC | {dir}"),
        ("", "", "Memory {mem} | Uncorrectable ECC | {dir}"),
        ("", "", "Memory {mem} | Correctable ECC logging limit reached | {dir}"),
        ("", "", "Processor {cpu} | IERR | {dir}"),
        ("", "", "Processor {cpu} | Thermal Trip | {dir}"),
        ("", "", "Drive Slot / Bay {bay} | Drive Present | {dir}"),
        ("", "", "Drive Slot / Bay {bay} | Drive Fault | {dir}"),
        ("", "", "Drive Slot / Bay {bay} | In Critical Array | {dir}"),
        ("", "", "System Event {sysev} | Timestamp Clock Sync | {dir}"),
        ("", "", "System Event {sysev} | OEM System boot event | {dir}"),
        ("", "", "Event Logging Disabled {snum} | Log area reset/cleared | {dir}", 2),
        ("", "", "Watchdog2 {snum} | Timer expired, status only | {dir}"),
        ("", "", "Watchdog2 {snum} | Hard reset | {dir}"),
        ("", "", "Physical Security {snum} | General Chassis intrusion | {dir}"),
        ("", "", "Power Unit {snum} | Power off/down | {dir}"),
        ("", "", "Critical Interrupt {snum} | PCI SERR | {dir}"),
        ("", "", "Critical Interrupt {snum} | Bus Uncorrectable error | {dir}"),
        ("", "", "System ACPI Power State {snum} | S0/G0: working | {dir}"),
        ("", "", "System ACPI Power State {snum} | S5/G2: soft-off | {dir}"),
        ("", "", "Button {snum} | Power Button pressed | {dir}"),
    ],
}

SYSTEMS = {"Trino": TRINO, "Vector": VECTOR, "NodeRED": NODERED, "Zimbra": ZIMBRA, "Shibboleth": SHIBBOLETH, "PBSPro": PBSPRO,
           "Proxmox": PROXMOX, "IpmiSel": IPMISEL}
