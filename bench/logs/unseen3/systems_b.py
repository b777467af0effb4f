"""unseen3 systems, part B: MongoDB 4.2 text log, Consul (hclog), Tomcat catalina, Docker daemon, OpenVPN server."""
import datetime

import vals

K = vals.KINDS
K["intms"] = lambda r: f"{int(r.expovariate(1 / 300)) + 100}ms"
K["hex24"] = lambda r: "".join(r.choice("0123456789abcdef") for _ in range(24))
K["mfilter"] = lambda r: r.choice([
    f"{{ userId: ObjectId('{K['hex24'](r)}') }}", "{ status: \"open\" }",
    f"{{ createdAt: {{ $gt: new Date({r.randint(1700000000000, 1790000000000)}) }}, status: \"{r.choice(vals.WORDS)}\" }}",
    f"{{ _id: {{ $in: [ {r.randint(1, 9999)}, {r.randint(1, 9999)} ] }} }}", "{}"])
K["plan"] = lambda r: r.choice(["COLLSCAN", "IXSCAN { userId: 1 }", "IXSCAN { status: 1, createdAt: -1 }", "IDHACK"])
K["idx"] = lambda r: r.choice(["userId_1", "createdAt_-1", "status_1_createdAt_-1", "email_1", "sku_1"])
K["mdrv"] = lambda r: r.choice(["nodejs", "PyMongo", "mongo-java-driver|sync", "mongo-go-driver"])
K["checkid"] = lambda r: r.choice([f"service:{r.choice(vals.WORDS)}-{r.randint(1, 3)}", "serfHealth",
                                   f"_nomad-check-{K['hex40'](r)}", f"{r.choice(vals.WORDS)}-http"])
K["urlpath"] = lambda r: r.choice([f"/v1/health/service/{r.choice(vals.WORDS)}?passing=1&index={r.randint(1, 99999)}",
                                   "/v1/agent/self", f"/v1/kv/{r.choice(vals.WORDS)}/{r.choice(vals.WORDS)}",
                                   f"/v1/catalog/services?stale=&wait={r.randint(1, 60)}s"])
K["jvmarg"] = lambda r: r.choice(["-Xms512m", "-Xmx2g", "-Dcatalina.base=/usr/local/tomcat", "-Djdk.tls.ephemeralDHKeySize=2048",
                                  "-Djava.util.logging.config.file=/usr/local/tomcat/conf/logging.properties",
                                  "--add-opens=java.base/java.lang=ALL-UNNAMED", "-XX:+UseG1GC"])
K["servlet"] = lambda r: r.choice(["dispatcherServlet", "jsp", "default", "Jersey REST Service", "CXFServlet"])
K["ctxpath"] = lambda r: r.choice(["/orders", "/api", "/shop-web", "/manager"])
K["tthread"] = lambda r: r.choice([f"http-nio-8080-exec-{r.randint(1, 200)}", f"ajp-nio-8009-exec-{r.randint(1, 50)}",
                                   "Abandoned connection cleanup thread", f"pool-{r.randint(1, 9)}-thread-{r.randint(1, 9)}"])
K["usdate"] = lambda r: f"{r.randint(1, 12)}/{r.randint(1, 28)}/26, {r.randint(1, 12)}:{r.randint(0, 59):02d} {r.choice(['AM', 'PM'])}"
K["cname"] = lambda r: r.choice([f"{r.choice(vals.WORDS)}_{r.choice(['api', 'worker', 'db'])}_{r.randint(1, 3)}",
                                 r.choice(["gifted_hopper", "sleepy_turing", "eager_noether", "nginx", "redis"])])
K["cn"] = lambda r: r.choice(["client1", "client2", "alice-laptop", "bob", "jdoe-iphone", "srv-backup02", "carol"])
K["ovcn"] = lambda r: r.choice(["OpenVPN CA", "Easy-RSA CA", K["cn"](r), K["cn"](r)])
K["mask"] = lambda r: r.choice(["255.255.255.0", "255.255.0.0", "255.255.255.128"])


def _mongo_header(r, ts, level, comp):
    component, _, ctx = comp.partition("@")
    if ctx in ("conn", "replexec-"):
        ctx += str(r.randint(1, 9000))
    return f"{ts.strftime('%Y-%m-%dT%H:%M:%S.%f')[:-3]}+0000 {level}  {component:<8} [{ctx}] "


MONGODB = {
    "about": "MongoDB 4.2 mongod text log: one-letter severity, component padded, context in brackets",
    "log_format": "<Time> <Level> <Component> \\[<Context>\\] <Content>",
    "start": datetime.datetime(2026, 11, 27, 3, 0, 1),
    "header": _mongo_header,
    "statements": [
        ("I", "NETWORK@listener", "connection accepted from {ip}:{port} #{n5} ({n3} connections now open)"),
        ("I", "NETWORK@conn", "end connection {ip}:{port} ({n3} connections now open)"),
        ("I", "NETWORK@conn", 'received client metadata from {ip}:{port} conn{n5}: {{ driver: {{ name: "{mdrv}", version: "{version}" }}, os: {{ type: "Linux", name: "linux", architecture: "x64", version: "{version}" }}, platform: "{=Node.js v18.19.0, LE|CPython 3.11.6.final.0}" }}'),
        ("I", "ACCESS@conn", "Successfully authenticated as principal {user} on {=admin|orders}"),
        ("I", "ACCESS@conn", 'SASL SCRAM-SHA-256 authentication failed for {user} on admin from client {ip}:{port} ; UserNotFound: Could not find user "{user}" for db "admin"'),
        ("I", "COMMAND@conn", 'command {word}.{word} command: find {{ find: "{word}", filter: {mfilter}, limit: {n2}, $db: "{word}" }} planSummary: {plan} keysExamined:{n3} docsExamined:{n3} cursorExhausted:{=1} numYields:{n2} nreturned:{n2} reslen:{n5} protocol:op_msg {intms}'),
        ("I", "WRITE@conn", 'update {word}.{word} command: {{ q: {mfilter}, u: {{ $set: {{ status: "{word}" }} }}, multi: false, upsert: false }} planSummary: {plan} keysExamined:{n1} docsExamined:{n1} nMatched:{n1} nModified:{n1} numYields:{n1} {intms}'),
        ("I", "REPL@replexec-", "Member {host}:{port} is now in state {=SECONDARY|PRIMARY|RECOVERING|DOWN}"),
        ("I", "REPL_HB@replexec-", "Heartbeat to {host}:{port} failed after {=2} retries, response status: NetworkInterfaceExceededTimeLimit: Couldn't get a connection within the time limit"),
        ("I", "STORAGE@WTCheckpointThread", "WiredTiger message [{n9}:{n5}][{n5}:{0x}], WT_SESSION.checkpoint: Checkpoint has been running for {n3} seconds and wrote: {n5} pages ({n3} MB)"),
        ("I", "INDEX@conn", "index build: done building index {idx} on ns {word}.{word}"),
        ("I", "NETWORK@conn", "Error sending response to client: SocketException: Broken pipe. Ending connection from {ip}:{port} (connection id: {n5})"),
        ("I", "SHARDING@conn", "Marking collection {word}.{word} as collection version: <unsharded>"),
        ("I", "NETWORK@conn", "Successfully connected to {host}:{port} ({n1} connections now open to {host}:{port} with a {n1} second timeout)"),
        ("I", "ACCESS@conn", 'Unauthorized: not authorized on {word} to execute command {{ find: "{word}", filter: {{}}, $db: "{word}" }}'),
        ("I", "REPL@rsBackgroundSync", "Choosing new sync source because our current sync source, {host}:{port}, has an OpTime ({{ ts: Timestamp({n9}, {n1}), t: {n2} }}) which is not ahead of ours, and no sync source candidate has an OpTime that is. Sync source {=rejected|kept}"),
        ("W", "COMMAND@conn", "CMD: drop {word}.{word}"),
        ("I", "REPL@replexec-", "Starting an election, since we've seen no PRIMARY in the past {=10000ms}"),
        ("I", "STORAGE@initandlisten", "createCollection: {word}.{word} with generated UUID: {uuid} and options: {{}}"),
        ("I", "CONTROL@initandlisten", "MongoDB starting : pid={pid} port={port} dbpath={path} 64-bit host={shost}", 1),
        ("I", "CONTROL@initandlisten", "db version v{version}", 1),
        ("I", "FTDC@ftdc", "Unclean full-time diagnostic data capture shutdown detected, found interim file, some metrics may have been lost. OK", 1),
        ("I", "CONTROL@signalProcessingThread", "got signal {n2} (Terminated), will terminate after current cmd ends", 1),
        ("E", "-@conn", "Assertion: {n5}:BSONObj size: {n9} ({0x}) is invalid. Size must be between {=0} and {=16793600}({=16MB}) First element: {word}: ?type={n3}", 2),
    ],
}


def _consul_header(r, ts, level, comp):
    tag = f"[{level}]"
    return f"{ts.strftime('%Y-%m-%dT%H:%M:%S.%f')[:-3]}Z {tag:<7} {comp}: "


CONSUL = {
    "about": "Consul 1.17 agent (hclog text: ISO time, bracketed level padded, logger name, key=value fields)",
    "log_format": "<Time> \\[<Level>\\] <Component>: <Content>",
    "start": datetime.datetime(2026, 12, 4, 8, 30, 0),
    "header": _consul_header,
    "statements": [
        ("DEBUG", "agent.http", "Request finished: method={=GET|PUT|DELETE} url={urlpath} from={ip}:{port} latency={ms}"),
        ("INFO", "agent", "Synced check: check={checkid}"),
        ("INFO", "agent", "Synced node info"),
        ("WARN", "agent", "Check is now critical: check={checkid}"),
        ("WARN", "agent", 'Check socket connection failed: check={checkid} error="dial tcp {ip}:{port}: connect: connection refused"'),
        ("INFO", "agent", "Synced service: service={ident}"),
        ("INFO", "agent", "Deregistered service: service={ident}"),
        ("ERROR", "agent.http", 'Request error: method={=GET|PUT} url={urlpath} from={ip}:{port} error="Permission denied"'),
        ("WARN", "agent.server.raft", "heartbeat timeout reached, starting election: last-leader-addr={?ip} last-leader-id={?uuid}"),
        ("INFO", "agent.server.raft", 'entering candidate state: node="Node at {ip}:{port} [Candidate]" term={n3}'),
        ("INFO", "agent.server.raft", "election won: term={n3} tally={n1}"),
        ("INFO", "agent.server.raft", 'entering leader state: leader="Node at {ip}:{port} [Leader]"'),
        ("INFO", "agent.server.raft", 'entering follower state: follower="Node at {ip}:{port} [Follower]" leader-address={?ip} leader-id={?uuid}'),
        ("INFO", "agent.server.raft", "added peer, starting replication: peer={uuid}"),
        ("INFO", "agent.server.raft", 'pipelining replication: peer="{{Voter {uuid} {ip}:{port}}}"'),
        ("ERROR", "agent.server.raft", 'failed to appendEntries to: peer="{{Voter {uuid} {ip}:{port}}}" error="dial tcp {ip}:{port}: connect: connection refused"'),
        ("WARN", "agent.server.raft", "failed to contact: server-id={uuid} time={ms}"),
        ("INFO", "agent.server.serf.lan", "serf: EventMemberJoin: {shost} {ip}"),
        ("INFO", "agent.server.serf.lan", "serf: EventMemberFailed: {shost} {ip}"),
        ("INFO", "agent.server.serf.lan", "serf: EventMemberLeave: {shost} {ip}"),
        ("INFO", "agent.server.memberlist.lan", "memberlist: Suspect {shost} has failed, no acks received"),
        ("INFO", "agent.server.memberlist.lan", "memberlist: Marking {shost} as failed, suspect timeout reached ({n1} peer confirmations)"),
        ("ERROR", "agent.anti_entropy", 'failed to sync remote state: error="No cluster leader"'),
        ("INFO", "agent.server", "New leader elected: payload={shost}"),
        ("INFO", "agent.server", "Handled event for server in area: event=member-join server={shost}.{=dc1|dc2} area=wan"),
        ("WARN", "agent.cache", 'handling error in Cache.Notify: cache-type={=service-http-checks|intention-match} error="rpc error making call: Permission denied" index={n1}'),
        ("WARN", "agent", 'Node name "{shost}" will not be discoverable via DNS due to invalid characters. Valid characters include all alpha-numerics and dashes.', 1),
        ("INFO", "agent", "Caught: signal=terminated", 1),
        ("INFO", "agent", "Gracefully shutting down agent...", 1),
        ("INFO", "agent", "shutdown complete", 1),
    ],
}


def _tomcat_header(r, ts, level, comp):
    thread, _, cls = comp.partition("@")
    if thread == "exec":
        thread = f"http-nio-8080-exec-{r.randint(1, 200)}"
    return f"{ts.strftime('%d-%b-%Y %H:%M:%S.%f')[:-3]} {level} [{thread}] {cls} "


TOMCAT = {
    "about": "Apache Tomcat 10 catalina.out (OneLineFormatter: date, time, level, [thread], source method)",
    "log_format": "<Date> <Time> <Level> \\[<Thread>\\] <Component> <Content>",
    "start": datetime.datetime(2026, 12, 2, 7, 45, 9),
    "header": _tomcat_header,
    "statements": [
        ("SEVERE", "exec@org.apache.catalina.core.StandardWrapperValve.invoke", "Servlet.service() for servlet [{servlet}] in context with path [{?ctxpath}] threw exception"),
        ("INFO", "exec@org.apache.coyote.http11.Http11Processor.service", "Error parsing HTTP request header"),
        ("WARNING", "exec@org.apache.tomcat.util.http.Parameters.processParameters", "Invalid chunk starting at byte [{n3}] and ending at byte [{n3}] with a value of [{?word}] ignored"),
        ("WARNING", "Catalina-utility-1@org.apache.catalina.valves.StuckThreadDetectionValve.notifyStuckThreadDetected", "Thread [{tthread}] (id=[{n3}]) has been active for [{n5}] milliseconds (since [{usdate}]) to serve the same request for [{url}] and may be stuck (configured threshold for this StuckThreadDetectionValve is [{n3}] seconds). There is/are [{n1}] thread(s) in total that are monitored by this Valve and may be stuck."),
        ("INFO", "main@org.apache.catalina.startup.VersionLoggerListener.log", "Command line argument: {jvmarg}"),
        ("INFO", "main@org.apache.catalina.startup.HostConfig.deployWAR", "Deploying web application archive [{path}]"),
        ("INFO", "main@org.apache.catalina.startup.HostConfig.deployWAR", "Deployment of web application archive [{path}] has finished in [{n5}] ms"),
        ("INFO", "main@org.apache.jasper.servlet.TldScanner.scanJars", "At least one JAR was scanned for TLDs yet contained no TLDs. Enable debug logging for this logger for a complete list of JARs that were scanned but no TLDs were found in them. Skipping unneeded JARs during scanning can improve startup time and JSP compilation time."),
        ("WARNING", "main@org.apache.catalina.util.SessionIdGeneratorBase.createSecureRandom", "Creation of SecureRandom instance for session ID generation using [SHA1PRNG] took [{n5}] milliseconds."),
        ("WARNING", "main@org.apache.catalina.loader.WebappClassLoaderBase.clearReferencesThreads", "The web application [{?ctxpath}] appears to have started a thread named [{tthread}] but has failed to stop it. This is very likely to create a memory leak. Stack trace of thread:"),
        ("WARNING", "main@org.apache.catalina.loader.WebappClassLoaderBase.clearReferencesJdbc", "The web application [{?ctxpath}] registered the JDBC driver [{=com.mysql.cj.jdbc.Driver|org.postgresql.Driver}] but failed to unregister it when the web application was stopped. To prevent a memory leak, the JDBC Driver has been forcibly unregistered."),
        ("INFO", "Catalina-utility-2@org.apache.catalina.core.StandardContext.reload", "Reloading Context with name [{ctxpath}] has started"),
        ("INFO", "Catalina-utility-2@org.apache.catalina.core.StandardContext.reload", "Reloading Context with name [{ctxpath}] is completed"),
        ("SEVERE", "main@org.apache.catalina.session.StandardManager.doLoad", "Exception loading sessions from persistent storage"),
        ("INFO", "main@org.apache.catalina.startup.VersionLoggerListener.log", "Server version name:   Apache Tomcat/{version}", 1),
        ("INFO", "main@org.apache.catalina.startup.VersionLoggerListener.log", "Server built:          {=Nov 14 2026 10:03:12 UTC}", 1),
        ("INFO", "main@org.apache.coyote.AbstractProtocol.init", 'Initializing ProtocolHandler ["http-nio-{port}"]', 1),
        ("INFO", "main@org.apache.catalina.core.StandardService.startInternal", "Starting service [Catalina]", 1),
        ("INFO", "main@org.apache.catalina.core.StandardEngine.startInternal", "Starting Servlet engine: [Apache Tomcat/{version}]", 1),
        ("INFO", "main@org.apache.coyote.AbstractProtocol.start", 'Starting ProtocolHandler ["http-nio-{port}"]', 1),
        ("INFO", "main@org.apache.catalina.startup.Catalina.start", "Server startup in [{n5}] milliseconds", 1),
        ("INFO", "main@org.apache.catalina.core.StandardServer.await", "A valid shutdown command was received via the shutdown port. Stopping the Server instance.", 1),
        ("INFO", "main@org.apache.coyote.AbstractProtocol.pause", 'Pausing ProtocolHandler ["http-nio-{port}"]', 1),
        ("INFO", "main@org.apache.catalina.core.StandardService.stopInternal", "Stopping service [Catalina]", 1),
    ],
}


def _docker_header(r, ts, level, comp):
    return f'time="{ts.strftime("%Y-%m-%dT%H:%M:%S.%f")}{r.randint(100, 999)}Z" level={level} msg='


DOCKER = {
    "about": "dockerd 24 (logrus text: time=\"…\" level=… msg=\"…\" and more key=value fields)",
    "log_format": 'time="<Time>" level=<Level> msg=<Content>',
    "start": datetime.datetime(2026, 12, 5, 1, 2, 3),
    "header": _docker_header,
    "statements": [
        ("info", None, '"ignoring event" container={hex64} module=libcontainerd namespace=moby topic=/tasks/delete type="*events.TaskDelete"'),
        ("info", None, '"shim disconnected" id={hex64} namespace=moby'),
        ("warning", None, '"cleaning up after shim disconnected" id={hex64} namespace=moby'),
        ("info", None, '"cleaning up dead shim" namespace=moby'),
        ("warning", None, '"cleanup warnings time=\\"{iso}\\" level=info msg=\\"starting signal loop\\" namespace=moby pid={pid} runtime=io.containerd.runc.v2\\n" namespace=moby'),
        ("info", None, '"Container failed to exit within {isec} of signal {n2} - using the force" container={hex64}'),
        ("error", None, '"Handler for POST /v1.43/containers/{hex12}/start returned error: driver failed programming external connectivity on endpoint {cname} ({hex64}): Bind for {=0.0.0.0}:{port} failed: port is already allocated"'),
        ("error", None, '"Handler for GET /v1.43/containers/{cname}/json returned error: No such container: {cname}"'),
        ("info", None, '"Layer sha256:{hex64} cleaned up"'),
        ("info", None, '"Attempting next endpoint for pull after error: manifest unknown: manifest unknown"'),
        ("error", None, '"Not continuing with pull after error: errors:\\ndenied: requested access to the resource is denied\\nunauthorized: authentication required\\n"'),
        ("warning", None, '"Error getting v2 registry: Get \\"https://{host}/v2/\\": net/http: request canceled while waiting for connection (Client.Timeout exceeded while awaiting headers)"'),
        ("error", None, '"copy shim log" error="read /proc/self/fd/{n2}: file already closed"'),
        ("info", None, '"Removing stale sandbox {hex64} ({hex12})"'),
        ("warning", None, '"Failed to allocate and map port {port}-{port}: Bind for {=0.0.0.0}:{port} failed: port is already allocated"'),
        ("info", None, '"NetworkDB stats {shost}({hex12}) - netID:{token} leaving:false netPeers:{n1} entries:{n2} Queue qLen:{n1} netMsg/s:{n1}"'),
        ("error", None, '"Error setting up exec command in container {cname}: Container {hex64} is not running"'),
        ("info", None, '"Loading containers: start."', 1),
        ("info", None, '"Loading containers: done."', 1),
        ("warning", None, '"Your kernel does not support cgroup blkio weight"', 1),
        ("info", None, '"Docker daemon" commit={hex8} containerd-snapshotter=false storage-driver=overlay2 version={version}', 1),
        ("info", None, '"Daemon has completed initialization"', 1),
        ("info", None, '"API listen on /run/docker.sock"', 1),
        ("info", None, '"Processing signal \'terminated\'"', 1),
        ("info", None, '"stopping event stream following graceful shutdown" error="<nil>" module=libcontainerd namespace=moby', 1),
    ],
}


def _ovpn_header(r, ts, level, comp):
    return ts.strftime("%a %b ") + f"{ts.day:2d} " + ts.strftime("%H:%M:%S %Y ")


OPENVPN = {
    "about": "OpenVPN 2.6 server log (ctime stamps, client context prefix common-name/ip:port)",
    "log_format": "<Weekday> <Month> <Day> <Time> <Year> <Content>",
    "start": datetime.datetime(2026, 11, 29, 17, 5, 0),
    "header": _ovpn_header,
    "statements": [
        ("I", None, "{cn}/{ip}:{port} MULTI_sva: pool returned IPv4={ip}, IPv6=(Not enabled)"),
        ("I", None, "{cn}/{ip}:{port} MULTI: Learn: {ip} -> {cn}/{ip}:{port}"),
        ("I", None, "{cn}/{ip}:{port} MULTI: primary virtual IP for {cn}/{ip}:{port}: {ip}"),
        ("I", None, "{cn}/{ip}:{port} SENT CONTROL [{cn}]: 'PUSH_REPLY,route {ip} {mask},topology subnet,ping {=10},ping-restart {=120},ifconfig {ip} {mask},peer-id {n1},cipher AES-256-GCM' (status={=1})"),
        ("I", None, "{cn}/{ip}:{port} PUSH: Received control message: 'PUSH_REQUEST'"),
        ("I", None, "{ip}:{port} TLS: Initial packet from [AF_INET]{ip}:{port}, sid={hex8} {hex8}"),
        ("I", None, "{ip}:{port} VERIFY OK: depth={=0|1}, CN={ovcn}"),
        ("I", None, "{ip}:{port} peer info: IV_VER={version}"),
        ("I", None, "{ip}:{port} peer info: IV_PLAT={=linux|win|mac|android|ios}"),
        ("I", None, "{ip}:{port} Control Channel: TLSv1.3, cipher TLSv1.3 TLS_AES_256_GCM_SHA384, peer certificate: {=2048|4096} bit RSA, signature: RSA-SHA256"),
        ("I", None, "{ip}:{port} [{cn}] Peer Connection Initiated with [AF_INET]{ip}:{port}"),
        ("I", None, "{cn}/{ip}:{port} Data Channel: using negotiated cipher 'AES-256-GCM'"),
        ("I", None, "{cn}/{ip}:{port} [{cn}] Inactivity timeout (--ping-restart), restarting"),
        ("I", None, "{cn}/{ip}:{port} SIGUSR1[soft,ping-restart] received, client-instance restarting"),
        ("I", None, "{ip}:{port} TLS Error: TLS key negotiation failed to occur within {=60} seconds (check your network connectivity)"),
        ("I", None, "{ip}:{port} TLS Error: TLS handshake failed"),
        ("I", None, "{ip}:{port} VERIFY ERROR: depth={=0}, error=certificate has expired: CN={cn}, serial={n9}"),
        ("I", None, "{cn}/{ip}:{port} MULTI: bad source address from client [{ip}], packet dropped"),
        ("I", None, "{cn}/{ip}:{port} Authenticate/Decrypt packet error: packet HMAC authentication failed"),
        ("I", None, "{ip}:{port} PLUGIN_CALL: POST {path}/PLUGIN_AUTH_USER_PASS_VERIFY status={n1}"),
        ("I", None, "{ip}:{port} TLS Auth Error: Auth Username/Password verification failed for peer"),
        ("I", None, "{cn}/{ip}:{port} SIGTERM[soft,remote-exit] received, client-instance exiting"),
        ("I", None, "TCP connection established with [AF_INET]{ip}:{port}"),
        ("I", None, "OpenVPN {version} x86_64-pc-linux-gnu [SSL (OpenSSL)] [LZO] [LZ4] [EPOLL] [PKCS11] [MH/PKTINFO] [AEAD] built on {=Jun 11 2026}", 1),
        ("I", None, "Initialization Sequence Completed", 1),
        ("I", None, "event_wait : Interrupted system call (code={=4})", 1),
        ("I", None, "SIGTERM[hard,] received, process exiting", 1),
    ],
}

SYSTEMS = {"MongoDB": MONGODB, "Consul": CONSUL, "Tomcat": TOMCAT, "Docker": DOCKER, "OpenVPN": OPENVPN}
