"""Statements of the fifteenth blind set, first half: ArangoDB, EMQX, Tinyproxy, Azure Pipelines agent, fastlane,
multipathd, Brocade FOS, Sophos Firewall. A statement is (level, component, text[, count]); read make-unseen15.py."""
import datetime

from values15 import MON, SYSTEM_VALUES, WORDS, hexs, host, ip, url

V = SYSTEM_VALUES


def reg(name):
    def wrap(f):
        V[name] = f
        return f
    return wrap


def ms3(ts):
    return f"{ts:%H:%M:%S}.{ts.microsecond // 1000:03d}"


# ---------------------------------------------------------------- ArangoDB 3.11 (arangod, cluster DB server)
@reg("aql")
def _aql(r, ts):
    c = r.choice(WORDS)
    return r.choice([f"FOR d IN {c} FILTER d.status == @status RETURN d",
                      f"FOR d IN {c} FILTER d.createdAt < @cutoff LIMIT 1000 REMOVE d IN {c}",
                      f"FOR u IN users FOR o IN {c} FILTER o.userId == u._key COLLECT WITH COUNT INTO n RETURN n",
                      f"UPSERT {{ _key: @key }} INSERT @doc UPDATE @doc IN {c}",
                      f"FOR v, e IN 1..3 OUTBOUND @start GRAPH '{c}_graph' RETURN v._key",
                      # inside a JSON line a double quote comes escaped
                      f'FOR d IN {c} FILTER d.type == \\"order\\" AND d.total > 100 SORT d.total DESC LIMIT 20 RETURN d'])


@reg("arsrv")
def _arsrv(r, ts):
    return f"{r.choice(['PRMR', 'PRMR', 'CRDN'])}-{hexs(r, 8)}-{hexs(r, 4)}-{hexs(r, 4)}-{hexs(r, 4)}-{hexs(r, 12)}"


@reg("dbname")
def _dbname(r, ts):
    return r.choice(["_system", "shop", "analytics", "tenant_" + str(r.randint(1, 400)), "crm-prod"])


@reg("coll")
def _coll(r, ts):
    return r.choice(WORDS + ["_users", "_jobs", "edges_" + r.choice(WORDS)])


ARANGO = {
    "about": "ArangoDB 3.11 arangod (cluster DB server and coordinator) with --log.use-json-format: one JSON object per line",
    "log_format": '{"time":"<Time>","pid":<Pid>,"level":"<Level>","topic":"<Topic>","id":"<LogId>","message":"<Content>"}',
    "start": datetime.datetime(2026, 12, 7, 9, 12, 3),
    "gap_ms": 900,
    "header": lambda r, ts, level, comp: (f'{{"time":"{ts:%Y-%m-%dT%H:%M:%S}Z","pid":{r.choice([2671, 2671, 2671, 31877])},'
                                          f'"level":"{level}","topic":"{comp.split()[1]}","id":"{comp.split()[0]}","message":"'),
    "trailer": '"}',
    "statements": [
        ("INFO", "cf3f4 general", "ArangoDB (version {ver} [linux]) is ready for business. Have fun!", 2),
        ("INFO", "e52b0 general", "ArangoDB {ver} enterprise [linux] 64bit, using jemalloc, build refs/tags/v{ver} {hex:10}, VPack {ver}, RocksDB {ver}, ICU {float}, V8 {ver}, OpenSSL {ver}", 2),
        ("WARNING", "8bcee queries", "slow query: '{sys:aql}', database: {sys:dbname}, user: {user}, took: {float} s"),
        ("WARNING", "d728e queries", "slow streaming query: '{sys:aql}', database: {sys:dbname}, user: {user}, took: {float} s"),
        ("INFO", "4ef9f replication", "starting initial sync with leader at tcp://{ip}:{port} for database '{sys:dbname}'"),
        ("INFO", "9b9b2 replication", "finished initial sync of shard s{int:100000-999999} of collection '{sys:coll}' in database '{sys:dbname}', took {float} s, documents: {int}"),
        ("WARNING", "cd59d replication", "could not initially synchronize shard s{int:100000-999999} of collection '{sys:coll}' in database '{sys:dbname}' from leader {sys:arsrv}: {err}"),
        ("INFO", "3ac34 maintenance", "Creating local shard '{sys:dbname}/s{int:100000-999999}' for central '{sys:dbname}/{int}'"),
        ("INFO", "4c3de maintenance", "Dropping local shard '{sys:dbname}/s{int:100000-999999}' for central '{sys:dbname}/{int}'"),
        ("ERROR", "0b1f2 maintenance", "failed to create local shard 's{int:100000-999999}': {=duplicate name|index creation failed|disk full: no space left on device|timeout waiting for leader}"),
        ("WARNING", "2f7b9 heartbeat", "ATTENTION: Heartbeat thread took {float} s since last heartbeat, this may lead to the server being reported as FAILED by the agency"),
        ("INFO", "1ca7e cluster", "server {sys:arsrv} changed health status from {=GOOD|BAD|FAILED} to {=GOOD|BAD|FAILED}"),
        ("WARNING", "64c5a cluster", "leadership of shard s{int:100000-999999} moved from {sys:arsrv} to {sys:arsrv}, {reason}"),
        ("ERROR", "5a3ee requests", "error while processing request {=GET|POST|PUT|PATCH|DELETE} {uri} from {ip}:{port} (database '{sys:dbname}'): {=collection or view not found|unique constraint violated - in index primary of type primary over '_key'|query killed|write-write conflict|request timed out}"),
        ("WARNING", "4cf3e memory", "memory usage of query exceeded the configured limit of {int} bytes, current usage is {int} bytes, query: '{sys:aql}'"),
        ("INFO", "a4d8b rocksdb", "RocksDB compaction of column family {=Documents|PrimaryIndex|EdgeIndex|VPackIndex|Definitions} finished after {float} s, written {size}"),
        ("WARNING", "be0b2 rocksdb", "RocksDB write stall: {=level0 file count limit reached|pending compaction bytes exceeded|memtable limit reached}, delayed write rate {int} bytes/s"),
        ("ERROR", "7e1cf authentication", "authentication failed for user '{user}' from {ip}: {=wrong credentials|user is not active|unknown user}"),
        ("INFO", "f4b1a general", "detected number of available CPU cores: {int}, memory: {int} bytes ({size})"),
        ("WARNING", "79b5c syscall", "{int} of {int} open file descriptors in use; maximum number of open file descriptors should be raised to at least {int}", 3),
        ("INFO", "b4d14 general", "Shutdown request received, server will shut down ({int} ongoing requests)", 2),
    ],
}


# ---------------------------------------------------------------- EMQX 5.4 (MQTT broker, Erlang logger text)
@reg("clientid")
def _clientid(r, ts):
    return r.choice([f"sensor-{r.randint(1, 9999):04d}", f"mqttx_{hexs(r, 8)}", f"{r.choice(WORDS)}-gw-{r.randint(1, 40)}",
                     hexs(r, 32), f"ios-app-{hexs(r, 6).upper()}"])


@reg("topic")
def _topic(r, ts):
    return r.choice([f"plant/{r.randint(1, 9)}/line/{r.randint(1, 40)}/temp", f"devices/{hexs(r, 8)}/telemetry",
                     f"$SYS/brokers/emqx@{ip(r)}/stats", f"cmd/{r.choice(WORDS)}/+/reply", "alerts/#"])


@reg("emqxnode")
def _emqxnode(r, ts):
    return f"emqx@{r.choice(['emqx-0', 'emqx-1', 'emqx-2'])}.emqx-headless.{r.choice(['mqtt', 'iot'])}.svc.cluster.local"


@reg("erlres")
def _erlres(r, ts):
    return f'<<"{r.choice(["connector", "action", "source"])}:{r.choice(["mysql", "http", "kafka_producer", "redis"])}:{r.choice(WORDS)}_{r.choice(["db", "sink", "hook"])}">>'


@reg("erlpid")
def _erlpid(r, ts):
    return f"<0.{r.randint(100, 99999)}.{r.choice([0, 0, 1])}>"


@reg("erlreason")
def _erlreason(r, ts):
    return r.choice(["normal", "takenover", "keepalive_timeout", "tcp_closed", "discarded", "{shutdown,takenover}",
                     "{shutdown,ssl_closed}"])


@reg("erlpayload")
def _erlpayload(r, ts):
    return r.choice(['<<"on">>', '<<"{\\"t\\":21.5,\\"rh\\":40}">>', "<<>>", '<<"' + hexs(r, 12) + '">>'])


@reg("erlqueue")
def _erlqueue(r, ts):
    n = r.choice([1000, 1000, 100, 5000])
    return f"#{{max_len => {n},len => {n},store_qos0 => {r.choice(['true', 'false'])}}}"


@reg("erlsock")
def _erlsock(r, ts):
    return r.choice(["closed", "einval", "econnreset", "etimedout", "{ssl_error,closed}",
                     '{tls_alert,{bad_certificate,"TLS server: bad certificate"}}'])


@reg("erlconn")
def _erlconn(r, ts):
    return r.choice(["econnrefused", "timeout", "nxdomain", '{tls_alert,"unknown ca"}',
                     "Access denied for user 'emqx'@'" + ip(r) + "' (using password: YES)", "{shutdown,normal}"])


@reg("erlerr")
def _erlerr(r, ts):
    return r.choice(["buffer_overflow", "{recoverable_error,timeout}", "{unrecoverable_error,bad_request}",
                     '{recoverable_error,{closed,"The connection was lost."}}'])


@reg("erlrpc")
def _erlrpc(r, ts):
    return r.choice(["timeout", "{error,not_found}", "{badrpc,nodedown}", '{error,{already_exists,<<"' + r.choice(WORDS) + '">>}}'])


EMQX = {
    "about": "EMQX 5.4 broker log (erlang logger text formatter): ISO stamp with offset and [level], then key: value pairs",
    "log_format": "<Time> \\[<Level>\\] <Content>",
    "start": datetime.datetime(2026, 12, 7, 6, 40, 0),
    "gap_ms": 1100,
    "header": lambda r, ts, level, comp: f"{ts:%Y-%m-%dT%H:%M:%S}.{ts.microsecond:06d}+00:00 [{level}] ",
    "statements": [
        ("warning", "", "clientid: {sys:clientid}, peername: {ip}:{port}, username: {user}, msg: authentication_failure, reason: {=bad_username_or_password|not_authorized|client_identifier_not_valid}"),
        ("info", "", "clientid: {sys:clientid}, peername: {ip}:{port}, msg: terminate, reason: {sys:erlreason}"),
        ("warning", "", "clientid: {sys:clientid}, peername: {ip}:{port}, username: {user}, msg: cannot_publish_to_topic_due_to_not_authorized, reason: not_authorized, topic: {sys:topic}"),
        ("warning", "", "clientid: {sys:clientid}, peername: {ip}:{port}, msg: dropped_msg_due_to_mqueue_is_full, from_clientid: {sys:clientid}, from_username: {user}, payload: {sys:erlpayload}, queue: {sys:erlqueue}, topic: {sys:topic}"),
        ("warning", "", "clientid: {sys:clientid}, peername: {ip}:{port}, msg: socket_error, reason: {sys:erlsock}"),
        ("warning", "", "clientid: {sys:clientid}, peername: {ip}:{port}, msg: client_keepalive_timeout, keepalive: {int}"),
        ("info", "", "clientid: {sys:clientid}, msg: session_expired, expiry_interval: {int}, inflight: {int}, mqueue_len: {int}"),
        ("error", "", "msg: failed_to_connect_to_resource, resource_id: {sys:erlres}, reason: {sys:erlconn}"),
        ("warning", "", "msg: resource_exception, resource_id: {sys:erlres}, error: {sys:erlerr}, batch_size: {int}, pid: {sys:erlpid}"),
        ("warning", "", "msg: alarm_is_activated, message: <<\"{=System memory usage is higher than 70%|Process number is higher than 80%|High CPU usage}\">>, name: {=high_system_memory_usage|too_many_processes|high_cpu_usage}"),
        ("warning", "", "msg: alarm_is_deactivated, message: <<\"{=System memory usage is higher than 70%|Process number is higher than 80%|High CPU usage}\">>, name: {=high_system_memory_usage|too_many_processes|high_cpu_usage}"),
        ("notice", "", "msg: cluster_node_down, node: '{sys:emqxnode}', reason: {=connection_closed|net_tick_timeout|disconnect}"),
        ("notice", "", "msg: cluster_node_up, node: '{sys:emqxnode}'"),
        ("error", "", "msg: cluster_rpc_apply_failed, mfa: {=emqx_conf:update/3|emqx_authn:update_config/2|emqx_bridge:create/3}, tnx_id: {int}, result: {sys:erlrpc}"),
        ("info", "", "clientid: {sys:clientid}, peername: {ip}:{port}, msg: subscription_quota_exceeded, topic_filters: {list:,~sys:topic}"),
        ("warning", "", "msg: license_expiry_warning, days_left: {int}, max_connections: {int}", 3),
        ("info", "", "msg: emqx_is_running, version: <<\"{ver}\">>, node: '{sys:emqxnode}'", 2),
        ("warning", "", "clientid: {sys:clientid}, peername: {ip}:{port}, msg: packet_too_large, max_packet_size: {int}, packet_size: {int}, packet_type: {=PUBLISH|CONNECT|SUBSCRIBE}"),
    ],
}


# ---------------------------------------------------------------- Tinyproxy 1.11 (log file, default LogLevel Info)
TINY = {
    "about": "Tinyproxy 1.11 log file: level padded to 9, Mmm dd hh:mm:ss.mmm, [pid]:",
    "log_format": "<Level> <Month> <Day> <Time> \\[<Pid>\\]: <Content>",
    "start": datetime.datetime(2026, 12, 7, 8, 0, 0),
    "gap_ms": 600,
    "header": lambda r, ts, level, comp: f"{level:<9} {MON[ts.month - 1]} {ts.day:02d} {ms3(ts)} [{r.randint(1800, 1830)}]: ",
    "statements": [
        ("CONNECT", "", "Connect (file descriptor {int:5-400}): {ipany}"),
        ("CONNECT", "", "Request (file descriptor {int:5-400}): {sys:reqline}"),
        ("INFO", "", "No upstream proxy for {host}"),
        ("INFO", "", "opensock: opening connection to {host}:{port}"),
        ("INFO", "", "opensock: getaddrinfo returned for {host}:{port}"),
        ("CONNECT", "", "Established connection to host \"{host}\" using file descriptor {int:5-400}."),
        ("INFO", "", "Closed connection between local client (fd:{int:5-400}) and remote client (fd:{int:5-400})"),
        ("ERROR", "", "read_request_line: Client (file descriptor: {int:5-400}) closed socket before read."),
        ("ERROR", "", "opensock: Could not establish a connection to {host}"),
        ("WARNING", "", "Could not retrieve all the headers from the client"),
        ("NOTICE", "", "Unauthorized connection from \"{host}\" [{ip}]."),
        ("NOTICE", "", "Proxying refused on filtered domain \"{host}\""),
        ("NOTICE", "", "Proxying refused on filtered url \"{url}\""),
        ("ERROR", "", "Error reading readable client_fd {int:5-400} ({=Connection reset by peer|Connection timed out|Broken pipe})"),
        ("ERROR", "", "writebuff: write() error \"{=Broken pipe|Connection reset by peer}\" on file descriptor {int:5-400}"),
        ("INFO", "", "process_request: trans Host {=GET|POST|HEAD} {url} for {int:5-400}"),
        ("NOTICE", "", "Maximum number of connections reached. Refusing connection from \"{ip}\"."),
        ("WARNING", "", "Bad request from {=client|server} on file descriptor {int:5-400}: {=Header too long|Invalid request line|Host header missing}"),
        ("INFO", "", "Reloading config file ({path})", 2),
        ("NOTICE", "", "Initializing tinyproxy ... listening on {ip}:{=8888|3128}", 1),
    ],
}


@reg("reqline")
def _reqline(r, ts):
    if r.random() < 0.4:
        return f"CONNECT {host(r)}:{r.choice([443, 443, 8443, 5223])} {r.choice(['HTTP/1.1', 'HTTP/1.0'])}"
    return f"{r.choice(['GET', 'GET', 'POST', 'HEAD', 'PUT'])} {url(r)} {r.choice(['HTTP/1.1', 'HTTP/1.1', 'HTTP/1.0'])}"


# ---------------------------------------------------------------- Azure Pipelines agent 3.x (_diag/Agent_*.log)
@reg("timespan")
def _timespan(r, ts):
    return f"{r.randint(0, 1):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}.{r.randint(0, 9999999):07d}"


@reg("step")
def _step(r, ts):
    return r.choice(["Checkout orders-api@main to s", "Use Node 20.x", "npm ci", "Run unit tests", "Build Docker image",
                     "Publish Test Results **/TEST-*.xml", "Post-job: Checkout", "Initialize job", "Finalize Job",
                     "PowerShell Script", "Azure CLI: deploy staging slot"])


@reg("azargs")
def _azargs(r, ts):
    return r.choice([f"-c \"npm ci --prefer-offline\"", f"--noprofile --norc /azp/_work/_temp/{hexs(r, 8)}-{hexs(r, 4)}.sh",
                     f"version", f"build -t acr{r.randint(1, 9)}.azurecr.io/{r.choice(WORDS)}:{r.randint(100, 999)} .", ""])


AZP = {
    "about": "Azure Pipelines self-hosted agent 3.x diagnostic log: [yyyy-mm-dd hh:mm:ssZ LEVEL Component] message",
    "log_format": "\\[<Date> <Time> <Level> <Component>\\] <Content>",
    "start": datetime.datetime(2026, 12, 7, 10, 2, 11),
    "gap_ms": 700,
    "header": lambda r, ts, level, comp: f"[{ts:%Y-%m-%d %H:%M:%S}Z {level} {comp}] ",
    "statements": [
        ("INFO", "MessageListener", "Message '{int}' received from session '{uuid}'."),
        ("INFO", "JobDispatcher", "Job request {int} for plan {uuid} job {uuid} received."),
        ("INFO", "JobDispatcher", "Successfully renew job request {int}, job is valid till {when:us}"),
        ("INFO", "JobDispatcher", "finish job request for job {uuid} with result: {=Succeeded|Failed|Canceled|SucceededWithIssues}"),
        ("INFO", "JobDispatcher", "Job request {int} for plan {uuid} job {uuid} has been cancelled."),
        ("WARN", "JobDispatcher", "Fail to renew job request {int}, job is valid till {when:us}: {=The operation was canceled.|VS30063: You are not authorized to access https://dev.azure.com.|Response status code does not indicate success: 503 (Service Unavailable).}"),
        ("INFO", "ProcessInvokerWrapper", "Starting process:"),
        ("INFO", "ProcessInvokerWrapper", "File name: '{=/usr/bin/bash|/usr/bin/docker|/azp/externals/node20_1/bin/node|/usr/bin/git|C:\\Program Files\\PowerShell\\7\\pwsh.exe}'"),
        ("INFO", "ProcessInvokerWrapper", "Arguments: '{sys:azargs}'"),
        ("INFO", "ProcessInvokerWrapper", "Working directory: '{=/azp/_work/1/s|/azp/_work/12/s|/azp/_work/_tool|C:\\agent\\_work\\3\\s}'"),
        ("INFO", "ProcessInvokerWrapper", "Finished process {int} with exit code {int}, and elapsed time {sys:timespan}."),
        ("INFO", "StepsRunner", "Processing step: DisplayName='{sys:step}', ContinueOnError='{=False|True}', Enabled='{=True|False}'"),
        ("INFO", "StepsRunner", "Step result: {=Succeeded|Failed|Skipped|Canceled}"),
        ("INFO", "StepsRunner", "Current state: job state = '{=OnSuccess|OnFailure|Canceled}'"),
        ("INFO", "HostContext", "Well known directory '{=Bin|Work|Tools|Temp|Externals|Diag}': '{path}'"),
        ("ERR", "MessageListener", "Catch exception during get next message."),
        ("WARN", "MessageListener", "Back off {float} seconds before next retry. {int} attempt left."),
        ("ERR", "Agent", "Agent connect error: {=The HTTP request timed out after 00:01:40.|No such host is known. (dev.azure.com:443)|The SSL connection could not be established, see inner exception.}. Retrying until reconnected."),
        ("INFO", "Terminal", "{when:iso}: Listening for Jobs", 3),
        ("INFO", "AgentServer", "Establish connection with {int} seconds timeout.", 3),
        ("INFO", "TaskManager", "Ensuring task exists: ID '{uuid}', version '{ver}', name '{=Bash|Docker|PublishTestResults|AzureCLI|NodeTool|PowerShell}', directory '{=Bash_6c731c3c-3c68-459a-a5c9-bde6e6595b5b_3.231.5|Docker_e28912f1-0114-4464-802a-a3a35437fd16_2.229.0|AzureCLI_46e4be58-730b-4389-8a2f-ea10b3e5e815_2.231.0}'."),
    ],
}


# ---------------------------------------------------------------- fastlane 2.217 (terminal output, iOS and Android lanes)
@reg("lane")
def _lane(r, ts):
    return r.choice(["ios beta", "ios release", "android deploy", "ios tests", "android internal", "ios screenshots"])


@reg("scheme")
def _scheme(r, ts):
    return r.choice(["Orders", "Orders Staging", "OrdersUITests", "Shop (Debug)", "Wallet"])


@reg("swift")
def _swift(r, ts):
    return r.choice(["AppDelegate.swift", "OrderListViewController.swift", "NetworkClient+Retry.swift", "CartStore.swift",
                     "Localizable.strings", f"Generated{r.randint(1, 30)}.swift"])


@reg("bundle")
def _bundle(r, ts):
    return r.choice(["com.example.orders", "com.example.orders.staging", "io.acme.wallet", "com.example.shop.widget"])


@reg("fcmd")
def _fcmd(r, ts):
    return r.choice(["set -o pipefail && xcodebuild -workspace Orders.xcworkspace -scheme Orders -configuration Release "
                     "archive | tee /Users/runner/Library/Logs/gym/Orders-Orders.log | xcpretty", "bundle exec pod install",
                     "./gradlew bundleRelease --no-daemon", "git rev-parse HEAD", "xcrun simctl list devices",
                     f"agvtool new-version -all {r.randint(100, 999)}"])


FASTLANE = {
    "about": "fastlane 2.217 output pasted from a CI job: [hh:mm:ss]: message",
    "log_format": "\\[<Time>\\]: <Content>",
    "start": datetime.datetime(2026, 12, 7, 9, 30, 0),
    "gap_ms": 2500,
    "header": lambda r, ts, level, comp: f"[{ts:%H:%M:%S}]: ",
    "statements": [
        ("", "", "Driving the lane '{sys:lane}' 🚀"),
        ("", "", "Cruising back to lane '{sys:lane}' 🚘"),
        ("", "", "--- Step: {=default_platform|gym|match|increment_build_number|pilot|scan|slack|cocoapods|ensure_git_status_clean|gradle|supply} ---"),
        ("", "", "$ {sys:fcmd}"),
        ("", "", "▸ Compiling {sys:swift}"),
        ("", "", "▸ Linking {=Orders|OrdersKit|Wallet|Alamofire|Pods_Orders}"),
        ("", "", "▸ Running script '{=[CP] Embed Pods Frameworks|[CP] Check Pods Manifest.lock|SwiftLint|Upload dSYMs to Crashlytics}'"),
        ("", "", "▸ Copying {path}"),
        ("", "", "▸ ** ARCHIVE SUCCEEDED ** [{float} sec]"),
        ("", "", "▸ ** ARCHIVE FAILED ** [{float} sec]"),
        ("", "", "▸ Executed {int} tests, with {int} failures ({int} unexpected) in {float} ({float}) seconds"),
        ("", "", "Successfully loaded '{path}' 📄"),
        ("", "", "🔓  Successfully decrypted certificates repo"),
        ("", "", "Installing certificate..."),
        ("", "", "Installed Provisioning Profile {uuid} ({=match AppStore com.example.orders|match Development com.example.orders|match AdHoc io.acme.wallet})"),
        ("", "", "Setting new build number to {int} for {=Orders|Wallet|OrdersWidget}"),
        ("", "", "Ready to upload new build to TestFlight (App: {int:1000000000-1999999999})..."),
        ("", "", "Waiting for App Store Connect to finish processing the new build ({ver} - {int}) for {=IOS|APPLE_TV_OS}"),
        ("", "", "Successfully finished processing the build {ver} - {int} for {=IOS|APPLE_TV_OS}"),
        ("", "", "Uploading {int} files to Google Play for {sys:bundle} on track '{=internal|alpha|beta|production}'"),
        ("", "", "Error building the application - see the log above"),
        ("", "", "Exit status: {int}"),
        ("", "", "[!] {=Could not find a matching code signing identity for type 'AppStore'|No value found for 'username'|The request could not be completed because: Another build is in review|Google Api Error: Invalid request - APK specifies a version code that has already been used.}"),
        ("", "", "fastlane.tools finished successfully 🎉", 4),
        ("", "", "fastlane finished with errors", 3),
    ],
}


# ---------------------------------------------------------------- multipathd 0.9 via syslog
@reg("mpath")
def _mpath(r, ts):
    return r.choice(["mpatha", "mpathb", "mpathc", "oradata01", "oraredo", "3600a098038303634722b4d59614c6f" + hexs(r, 2),
                     "36000d31000ee4a0000000000000000" + hexs(r, 2)])


@reg("sd")
def _sd(r, ts):
    return "sd" + r.choice("bcdefghijklmnop") + r.choice(["", "", "a", "b"])


@reg("dmtable")
def _dmtable(r, ts):
    paths = " ".join(f"{r.choice([8, 65, 66])}:{r.randint(0, 255)} 1" for _ in range(r.randint(1, 4)))
    return (f"0 {r.randint(1, 400) * 2097152} multipath {r.choice(['1 queue_if_no_path', '0'])} {r.choice(['1 alua', '0'])} "
            f"{r.randint(1, 2)} 1 service-time 0 {paths.count(':')} 1 {paths}")


MPH_HDR = lambda r, ts, level, comp: f"{MON[ts.month - 1]} {ts.day:2d} {ts:%H:%M:%S} {r.choice(['dbhost01', 'dbhost02', 'esx-proxy3'])} multipathd[{r.choice([912, 912, 1043])}]: "
MPATH = {
    "about": "multipathd 0.9 (device-mapper-multipath) through syslog: Mmm dd hh:mm:ss host multipathd[pid]:",
    "log_format": "<Month> <Day> <Time> <Host> multipathd\\[<Pid>\\]: <Content>",
    "start": datetime.datetime(2026, 12, 7, 3, 14, 0),
    "gap_ms": 1400,
    "header": MPH_HDR,
    "statements": [
        ("", "", "{sys:sd}: mark as failed"),
        ("", "", "{sys:mpath}: remaining active paths: {int:0-8}"),
        ("", "", "checker failed path {int:8-135}:{int:0-255} in map {sys:mpath}"),
        ("", "", "{int:8-135}:{int:0-255}: reinstated"),
        ("", "", "{sys:mpath}: {sys:sd} - {=tur|directio|rdac|emc_clariion} checker reports path is down"),
        ("", "", "{sys:mpath}: {sys:sd} - {=tur|directio|rdac|emc_clariion} checker reports path is up"),
        ("", "", "{sys:mpath}: {sys:sd} - {=tur|rdac} checker reports path is ghost"),
        ("", "", "{sys:sd}: {=tur|directio} checker timed out"),
        ("", "", "{sys:mpath}: load table [{sys:dmtable}]"),
        ("", "", "{sys:mpath}: switch to path group #{int:1-4}"),
        ("", "", "{sys:sd}: add path (uevent)"),
        ("", "", "{sys:sd}: remove path (uevent)"),
        ("", "", "{sys:mpath}: queue_if_no_path enabled"),
        ("", "", "{sys:mpath}: Entering recovery mode: max_retries={int}"),
        ("", "", "{sys:mpath}: Disable queueing"),
        ("", "", "{sys:mpath}: devmap not registered, can't remove"),
        ("", "", "{sys:sd} [{int:8-135}:{int:0-255}]: path added to devmap {sys:mpath}"),
        ("", "", "{sys:sd}: failed to get {=sysfs|udev|sgio} uid: {=No such file or directory|Invalid argument|Input/output error}"),
        ("", "", "{sys:mpath}: sdev_state {=offline|blocked|transport-offline} for path {sys:sd}, failing"),
        ("", "", "{sys:mpath}: event checker started", 3),
    ],
}


# ---------------------------------------------------------------- Brocade Fabric OS 9 RASLog (errdump / syslog body)
@reg("fcport")
def _fcport(r, ts):
    return str(r.randint(0, 63))


@reg("pid")
def _pid(r, ts):
    return "0x" + hexs(r, 6)


@reg("mapscond")
def _mapscond(r, ts):
    return f"ALL_PORTS({r.choice(['CRC', 'ITW', 'LR', 'LOSS_SYNC', 'C3TXTO'])}/{r.choice(['MIN', 'HOUR'])}>{r.choice([0, 5, 20, 3])})"


@reg("mapsval")
def _mapsval(r, ts):
    k, unit = r.choice([("CRC", "CRCs"), ("ITW", "Words"), ("LR", "Link Resets"), ("LOSS_SYNC", "Errors"), ("C3TXTO", "Timeouts")])
    return f"{k},{r.randint(1, 9999)} {unit}"


@reg("mapsval2")
def _mapsval2(r, ts):
    return r.choice([f"FLASH_USAGE,{r.randint(90, 100)} %", f"MARG_PORTS,{r.randint(25, 96)} Ports"])


BRO_HDR = lambda r, ts, level, comp: (f"{ts:%Y/%m/%d-%H:%M:%S}, [{comp}], {r.randint(1000, 99999)}, "
                                      f"{r.choice(['CHASSIS', 'SLOT 4', 'SLOT 3', 'WWN 10:00:88:94:71:' + hexs(r, 2) + ':' + hexs(r, 2) + ':' + hexs(r, 2)])} | "
                                      f"FID {r.choice([128, 128, 10])}, {level}, {r.choice(['FAB_A_DCX01', 'FAB_B_G720', 'core-sw2'])}, ")
BROCADE = {
    "about": "Brocade Fabric OS 9 RASLog: yyyy/mm/dd-hh:mm:ss, [MSGID], seq, where | FID n, severity, switch, message",
    "log_format": "<Date>-<Time>, \\[<MsgId>\\], <Seq>, <Where> \\| FID <Fid>, <Level>, <Switch>, <Content>",
    "start": datetime.datetime(2026, 12, 6, 22, 0, 0),
    "gap_ms": 4000,
    "header": BRO_HDR,
    "statements": [
        ("INFO", "SNMP-1008", "The last device change happened at : {when:ctime}"),
        ("WARNING", "FW-1424", "Switch status changed from {=HEALTHY|MARGINAL} to {=MARGINAL|DOWN}."),
        ("INFO", "FW-1425", "Switch status changed from {=MARGINAL|DOWN} to HEALTHY."),
        ("INFO", "SEC-1203", "Login information: Login successful via {=TELNET/SSH/RSH|HTTP|SSH}. IP Addr: {ipany}"),
        ("INFO", "SEC-1253", "Account {user} logged out via {=TELNET/SSH/RSH|HTTP|SSH}. IP Addr: {ipany}"),
        ("WARNING", "SEC-1193", "Security violation: Login failure attempt via {=SSH|TELNET|HTTP|SNMP}. IP Addr: {ipany}"),
        ("WARNING", "SEC-1197", "Changed account {user}."),
        ("WARNING", "PORT-1003", "Port {sys:fcport} Faulted because of many Link Failures."),
        ("INFO", "FABR-1001", "port {sys:fcport}, {=incompatible flow control parameters|segmented, (Zone Conflict)|ELP rejected by the other switch|domain ID overlap}."),
        ("WARNING", "C2-1012", "S{int:0-12},P{int:0-63}({int:0-511}): Link Timeout on internal port ftx={int} tov={int} (>{int}) vc_no={int} crd(s)lost={int} complete_loss:{int}. (recovery failed)"),
        ("WARNING", "MAPS-1003", "Slot {int:0-12}, Port {sys:fcport}, Condition={sys:mapscond}, Current Value:[{sys:mapsval}], RuleName={=defALL_PORTSCRC_0|defALL_PORTSITW_20|defALL_PORTSLR_5|defALL_PORTS_C3TXTO_3}, Dashboard Category=Port Health."),
        ("WARNING", "MAPS-1021", "RuleName={=defCHASSISFLASH_USAGE_90|defSWITCHSTATUS_MARG}, Condition={=CHASSIS(FLASH_USAGE/NONE>=90)|SWITCH(MARG_PORTS/NONE>=25)}, Obj:{=Chassis|Switch}, Current Value:[{sys:mapsval2}], Dashboard Category=Fru Health."),
        ("WARNING", "AN-1010", "Severe latency bottleneck detected at slot {int:0-12} port {sys:fcport}."),
        ("INFO", "AN-1011", "Latency bottleneck at slot {int:0-12} port {sys:fcport} cleared."),
        ("ERROR", "NS-1012", "Detected duplicate WWPN [{wwn}] - devices removed with PID {sys:pid} and {sys:pid}"),
        ("INFO", "ZONE-1022", "The effective configuration has changed to {=FAB_A_PROD_CFG|FAB_B_2026_11|cfg_main}. Effective configuration checksum: {0x:8}."),
        ("CRITICAL", "EM-1034", "PS {int:1-4} set to faulty, rc={int}."),
        ("WARNING", "HIL-1202", "Blower {int:1-4}, speed ({int} RPM) below minimum threshold."),
        ("INFO", "LOG-1000", "Previous message repeated {int} time(s)"),
        ("INFO", "TS-1002", "Clock Server used by the switch changed to {=LOCL|10.20.0.5|ntp1.example.com}.", 3),
    ],
}


# ---------------------------------------------------------------- Sophos Firewall 19.5 (syslog, key=value)
SOPHOS_HDR = lambda r, ts, level, comp: (
    f'device="SFW" date={ts:%Y-%m-%d} time={ts:%H:%M:%S} timezone="UTC" device_name="{r.choice(["XGS3300", "XGS2100"])}" '
    f'device_id={r.choice(["X33001ABCDEF9A1", "X21002XYZQRS7B4"])} log_id={comp.split(";")[0]} log_type="{comp.split(";")[1]}" '
    f'log_component="{comp.split(";")[2]}" log_subtype="{comp.split(";")[3]}" ')


@reg("ifc")
def _ifc(r, ts):
    return r.choice(["Port1", "Port2", "Port3", "PortB2", "Port1.20", "ipsec0", "GuestAP"])


@reg("zone")
def _zone(r, ts):
    return r.choice(["LAN", "WAN", "DMZ", "VPN", "WiFi", "Guest Servers"])


@reg("cc")
def _cc(r, ts):
    return r.choice(["R1", "USA", "DEU", "NLD", "CHN", "RUS", "GBR", "IRL", "BRA"])


@reg("ugp")
def _ugp(r, ts):
    return r.choice(["Open Group", "Domain Users", "Finance", "Clientless Open Group", "Guest Group"])


@reg("category")
def _category(r, ts):
    return r.choice(["Search Engines", "Information Technology", "Social Networking", "Streaming Media",
                     "Content Delivery", "Gambling", "Web E-Mail", "Phishing & Fraud"])


FWCOMMON = ('src_ip={ip} src_country_code={sys:cc} dst_ip={ip} dst_country_code={sys:cc} protocol="{=TCP|UDP}" '
            'src_port={port} dst_port={port}')
SOPHOS = {
    "about": "Sophos Firewall (XGS) 19.5 syslog: a key=value header of ten fields, then a key=value record per log type",
    "log_format": 'device="<Device>" date=<Date> time=<Time> timezone="<Tz>" device_name="<DevName>" device_id=<DevId> '
                  'log_id=<LogId> log_type="<Type>" log_component="<Component>" log_subtype="<Subtype>" <Content>',
    "start": datetime.datetime(2026, 12, 7, 11, 0, 0),
    "gap_ms": 500,
    "header": SOPHOS_HDR,
    "statements": [
        ("", "010101600001;Firewall;Firewall Rule;Allowed",
         'status="Allow" priority=Information duration={int} fw_rule_id={int:1-90} nat_rule_id={int:0-20} policy_type=1 user_name="{empty:user}" user_gp="{empty:sys:ugp}" iap={int:0-9} ips_policy_id={int:0-9} appfilter_policy_id={int:0-9} application="{=|Microsoft Teams|Google Services|Office 365|SSL|DNS}" application_risk={int:0-5} in_interface="{sys:ifc}" out_interface="{sys:ifc}" src_mac={mac} ' + FWCOMMON + ' sent_pkts={int} recv_pkts={int} sent_bytes={int} recv_bytes={int} tran_src_ip={empty:ip} tran_src_port={int:0-65535} tran_dst_ip={=} tran_dst_port=0 srczonetype="{=LAN|VPN|WAN}" srczone="{sys:zone}" dstzonetype="{=WAN|DMZ|LAN}" dstzone="{sys:zone}" dir_disp="{=}" connevent="{=Start|Stop|Interim}" connid="{int}" vconnid="{=}" hb_health="{=No Heartbeat|Green|Missing}" message="{=}" appresolvedby="{=Signature|Cache}" app_is_cloud={=0|1}'),
        ("", "010102600002;Firewall;Firewall Rule;Denied",
         'status="Deny" priority=Information duration=0 fw_rule_id={int:0-90} nat_rule_id=0 policy_type=1 user_name="{empty:user}" user_gp="{empty:sys:ugp}" iap=0 ips_policy_id=0 appfilter_policy_id=0 application="{=}" application_risk=0 in_interface="{sys:ifc}" out_interface="{empty:sys:ifc}" src_mac={mac} ' + FWCOMMON + ' sent_pkts=0 recv_pkts=0 sent_bytes=0 recv_bytes=0 tran_src_ip={=} tran_src_port=0 tran_dst_ip={=} tran_dst_port=0 srczonetype="{=WAN|LAN}" srczone="{sys:zone}" dstzonetype="{=LAN|DMZ}" dstzone="{sys:zone}" dir_disp="{=}" connid="{int}" vconnid="{=}" hb_health="{=No Heartbeat|Green}" message="{=}" appresolvedby="{=Signature|Cache}" app_is_cloud=0'),
        ("", "050901616001;Content Filtering;HTTP;Allowed|050902616002;Content Filtering;HTTP;Denied",
         'status="{=}" priority=Information fw_rule_id={int:1-90} user_name="{empty:user}" user_gp="{empty:sys:ugp}" iap={int:0-9} category="{sys:category}" category_type="{=Acceptable|Productive|Unproductive}" url="{url}" contenttype="{=text/html|application/json|image/png|text/html; charset=utf-8}" override_token="{=}" httpresponsecode="{=}" src_ip={ip} dst_ip={ip} protocol="TCP" src_port={port} dst_port={=443|80} sent_bytes={int} recv_bytes={int} domain={host} exceptions="{=|av,https}" activityname="{=}" reason="{=}" user_agent="{agent}" status_code="{=200|204|301|302|304}" transactionid="{=}" referer="{empty:url}" download_file_name="{=}" download_file_type="{=}" upload_file_name="{=}" upload_file_type="{=}" con_id={int} application="{=}" app_is_cloud=0 override_name="{=}" override_authorizer="{=}"'),
        ("", "020804407002;IDP;Anomaly;Drop",
         'priority=Warning idp_policy_id={int:1-9} fw_rule_id={int:1-90} user_name="{=}" signature_id={int} signature_msg="{=SERVER-WEBAPP Apache Struts remote code execution attempt|POLICY-OTHER Remote non-JavaScript file found in script tag src attribute|SERVER-OTHER Log4j JNDI lookup attempt|OS-WINDOWS Microsoft SMBv1 remote code execution attempt}" classification="{=Attempted Administrator Privilege Gain|Potential Corporate Privacy Violation|Attempted User Privilege Gain}" rule_priority={int:1-4} ' + FWCOMMON + ' platform="{=Linux|Windows|Multiple}" category="{=Web Server Apache|Other|Server}" target="{=Server|Client}"'),
        ("", "062910617701;Event;Firewall Authentication;Authentication",
         'status="Successful" priority=Information user_name="{user}" usergroupname="{sys:ugp}" auth_client="{=CTA|Web Client|SSO|Clientless}" auth_mechanism="{=AD|Local|RADIUS}" reason="{=}" src_ip={ip} message="User {user} of group {sys:ugp} logged in successfully to Firewall through {=AD|Local|RADIUS} authentication mechanism from {ip}" name="{=John Smith|Priya Natarajan|svc backup}" src_mac={mac}'),
        ("", "062910617703;Event;Firewall Authentication;Authentication",
         'status="Failed" priority=Notice user_name="{user}" usergroupname="{=}" auth_client="{=CTA|Web Client|SSO}" auth_mechanism="{=AD|Local|RADIUS}" reason="{=wrong credentials|user does not exist|account expired}" src_ip={ip} message="User {user} failed to login to Firewall through {=AD|Local|RADIUS} authentication mechanism because of {=wrong credentials|user does not exist|account expired}" name="{=}" src_mac={mac}'),
        ("", "062910617702;Event;SSL VPN Authentication;Authentication",
         'status="Successful" priority=Information user_name="{user}" usergroupname="{sys:ugp}" auth_client="{=SSLVPN|Sophos Connect Client}" auth_mechanism="{=AD|Local}" reason="{=}" src_ip={ip} message="User {user} authenticated successfully to login to SSLVPN through {=AD|Local} authentication mechanism" name="{=}" src_mac={=}'),
        ("", "030906208001;Anti-Virus;HTTP;Virus",
         'status="{=}" priority=Critical user_name="{empty:user}" av_policy_name="{=}" virus="{=EICAR-AV-Test|Troj/Agent-BIHN|Mal/HTMLGen-A|ICLoader}" url="{url}" domain={host} src_ip={ip} src_country_code={sys:cc} dst_ip={ip} dst_country_code={sys:cc} protocol="TCP" src_port={port} dst_port=80 sent_bytes={int} recv_bytes={int} user_agent="{agent}" status_code="200" file_name="{=eicar.com|invoice_2026-12.zip|setup.exe|}" file_type="{=application/octet-stream|application/zip|text/plain}" con_id={int}'),
        ("", "063411660033;Event;Appliance;System",
         'status="Successful" priority=Information user_name="{=}" src_ip={=} message="Gateway {=GW_ISP1|GW_ISP2|MPLS_HQ} is {=Down|Up}"'),
        ("", "066811461001;Event;DHCP Server;System",
         'status="{=Renew|Release|Expire|Conflict}" priority=Information ipaddress="{ip}" client_physical_address="{mac}" client_host_name="{empty:host}" raw_data="{=|ip=10.1.20.33 mac=00:0c:29:1f:aa:01}"'),
        ("", "062009617501;Event;GUI;Admin",
         'status="Successful" priority=Information user_name="{user}" src_ip={ip} message="User {user} logged in from {ip} using {=GUI|SSH|API}"'),
        ("", "062009617502;Event;GUI;Admin",
         'status="Successful" priority=Notice user_name="{user}" src_ip={ip} message="{=Firewall Rule|NAT Rule|Web Policy|User} \'{=Allow outbound web|Inbound SMTP|Block Gambling|jsmith|DMZ to LAN deny}\' was {=added|modified|deleted} by {user} from \'{=GUI|SSH|API}\'"'),
        ("", "010101600001;Firewall;Firewall Rule;Allowed",
         'status="Allow" priority=Information duration={int} fw_rule_id={int:1-90} nat_rule_id={int:0-20} policy_type=1 user_name="{empty:user}" user_gp="{empty:sys:ugp}" iap={int:0-9} ips_policy_id={int:0-9} appfilter_policy_id={int:0-9} application="{=}" application_risk=0 in_interface="{sys:ifc}" out_interface="{sys:ifc}" src_mac={mac} src_ip={ip} src_country_code={sys:cc} dst_ip={ip} dst_country_code={sys:cc} protocol="ICMP" icmp_type={=0|3|8|11} icmp_code={=0|1|3} sent_pkts={int} recv_pkts={int} sent_bytes={int} recv_bytes={int} tran_src_ip={empty:ip} tran_src_port=0 tran_dst_ip={=} tran_dst_port=0 srczonetype="{=LAN|VPN}" srczone="{sys:zone}" dstzonetype="{=WAN|DMZ}" dstzone="{sys:zone}" dir_disp="{=}" connevent="{=Start|Stop}" connid="{int}" vconnid="{=}" hb_health="{=No Heartbeat|Green}" message="{=}" appresolvedby="Signature" app_is_cloud=0'),
        ("", "086304418010;ATP;Firewall;Drop",
         'priority=Warning user_name="{empty:user}" protocol="{=TCP|UDP}" src_port={port} dst_port={port} sourceip={ip} destinationip={ip} url="{empty:url}" threatname="{=C2/Generic-A|Mal/Generic-S|C2/Emotet-B}" eventid="{uuid:U}" eventtype="{=Standard|Custom}" login_user="{=}" process_user="{=}" ep_uuid="{=}" execution_path="{=}"'),
        ("", "127826618031;System Health;CPU;Usage", 'priority=Information system={pct} user={pct} idle={pct}'),
        ("", "127926618032;System Health;Memory;Usage", 'priority=Information unit=byte total_memory={int} free={int} used={int}'),
        ("", "127726618030;System Health;Disk;Usage", 'priority=Information Configuration={pct} Reports={pct} Signature={pct} Temp={pct}'),
        ("", "127626618029;System Health;Interface;Usage", 'priority=Information interface={sys:ifc} receivedkbits={float} transmittedkbits={float} receivederrors={float} transmitteddrops={float} collisions={float} transmittederrors={float} receiveddrops={float}'),
    ],
}

SYSTEMS = {"ArangoDB": ARANGO, "EMQX": EMQX, "Tinyproxy": TINY, "AzurePipelinesAgent": AZP, "Fastlane": FASTLANE,
           "Multipathd": MPATH, "BrocadeFOS": BROCADE, "SophosXG": SOPHOS}
