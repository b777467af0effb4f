"""unseen4 statements, part B: Gunicorn, Keycloak (Quarkus), ZFS zed, Prometheus server, Fluent Bit, cron/anacron."""
import datetime

from sys4_a import syslog_stamp

GUNICORN = {
    "about": "Gunicorn error log: '[YYYY-MM-DD HH:MM:SS +0000] [pid] [LEVEL]' header",
    "log_format": r"\[<Time>\] \[<Pid>\] \[<Level>\] <Content>",
    "start": datetime.datetime(2026, 10, 7, 9, 0, 0),
    "gap_ms": 8000,
    "header": lambda r, ts, level, comp: "[" + ts.strftime("%Y-%m-%d %H:%M:%S") + f" +0000] [{r.choice(comp.split('/'))}] [{level}] ",
    "statements": [
        ("INFO", "7", "Starting gunicorn {=21.2.0|22.0.0}", 2),
        ("INFO", "7", "Listening at: http://{=0.0.0.0|127.0.0.1}:{=8000|5000} ({pid})", 2),
        ("INFO", "7", "Using worker: {=sync|gthread|uvicorn.workers.UvicornWorker}", 2),
        ("INFO", "11/12/13/14/3581/4102", "Booting worker with pid: {pid}"),
        ("INFO", "11/12/13/14/3581/4102", "Worker exiting (pid: {pid})"),
        ("CRITICAL", "7", "WORKER TIMEOUT (pid:{pid})"),
        ("ERROR", "7", "Worker (pid:{pid}) was sent SIGKILL! Perhaps out of memory?"),
        ("ERROR", "7", "Worker (pid:{pid}) was sent SIGTERM!"),
        ("ERROR", "7", "Worker (pid:{pid}) exited with code {=1|3|134}"),
        ("INFO", "7", "Handling signal: {=term|int|hup|winch|ttin|ttou}"),
        ("INFO", "7", "Hang up: Master", 3),
        ("INFO", "7", "Shutting down: Master", 1),
        ("INFO", "7", "Reason: {=Worker failed to boot.|App failed to load.}", 2),
        ("ERROR", "11/12/13/14/3581/4102", "Error handling request {urlpath}"),
        ("ERROR", "11/12/13/14/3581/4102", "Error handling request (no URI read)"),
        ("DEBUG", "11/12/13/14/3581/4102", "Invalid request from ip={ip}: Invalid HTTP request line: '{=GET / HTTP/1.1 x|\\x16\\x03\\x01\\x02\\x00\\x01|PRI * HTTP/2.0|}'"),
        ("DEBUG", "11/12/13/14/3581/4102", "Invalid request from ip={ip}: Invalid HTTP method: '{=\\x16\\x03\\x01|SSTP_DUPLEX_POST|Gh0st}'"),
        ("DEBUG", "11/12/13/14/3581/4102", "Ignoring EPIPE"),
        ("ERROR", "11/12/13/14/3581/4102", "Exception in worker process"),
        ("INFO", "11/12/13/14/3581/4102", "Autorestarting worker after current request."),
        ("ERROR", "11/12/13/14/3581/4102", "Socket error processing request."),
        ("DEBUG", "11/12/13/14/3581/4102", "Ignored premature client disconnection. No more data after: b'{=|GET /|POST /api}'"),
        ("WARNING", "7", "Worker with pid {pid} was terminated due to signal {=9|15|6}"),
        ("DEBUG", "11/12/13/14/3581/4102", "{=GET|POST|HEAD} {urlpath}"),
        ("DEBUG", "7", "{n:2-17} workers"),
        ("DEBUG", "7", "Closing connection."),
        ("INFO", "7", "Reloading"),
    ],
}


def _kc_header(r, ts, level, comp):
    thread = comp.split("@")[1] if "@" in comp else f"executor-thread-{r.randint(1, 64)}"
    logger = comp.split("@")[0]
    return ts.strftime("%Y-%m-%d %H:%M:%S,") + f"{ts.microsecond // 1000:03d} {level:<5} [{logger}] ({thread}) "


KC_EV = "org.keycloak.events"
KEYCLOAK = {
    "about": "Keycloak 24/25 on Quarkus: date, time with comma millis, padded level, [logger] (thread)",
    "log_format": r"<Date> <Time> <Level> \[<Logger>\] \(<Thread>\) <Content>",
    "start": datetime.datetime(2026, 10, 7, 10, 0, 0),
    "header": _kc_header,
    "statements": [
        ("WARN", KC_EV, "type=\"LOGIN_ERROR\", realmId=\"{uuid}\", clientId=\"{client}\", userId=\"{kcuser}\", ipAddress=\"{ip}\", error=\"{=user_not_found|invalid_user_credentials|user_disabled|user_temporarily_disabled}\", auth_method=\"openid-connect\", auth_type=\"code\", redirect_uri=\"https://{domain}/oauth2/callback\", code_id=\"{uuid}\", username=\"{user}\""),
        ("DEBUG", KC_EV, "type=\"LOGIN\", realmId=\"{uuid}\", clientId=\"{client}\", userId=\"{uuid}\", ipAddress=\"{ip}\", auth_method=\"openid-connect\", auth_type=\"code\", response_type=\"code\", redirect_uri=\"https://{domain}/oauth2/callback\", consent=\"no_consent_required\", code_id=\"{uuid}\", username=\"{user}\", response_mode=\"query\", authSessionParentId=\"{uuid}\", authSessionTabId=\"{b62_14}\""),
        ("DEBUG", KC_EV, "type=\"CODE_TO_TOKEN\", realmId=\"{uuid}\", clientId=\"{client}\", userId=\"{uuid}\", ipAddress=\"{ip}\", token_id=\"{uuid}\", grant_type=\"authorization_code\", refresh_token_type=\"Refresh\", scope=\"{=openid profile email|openid email|openid}\", refresh_token_id=\"{uuid}\", code_id=\"{uuid}\", client_auth_method=\"client-secret\""),
        ("WARN", KC_EV, "type=\"REFRESH_TOKEN_ERROR\", realmId=\"{uuid}\", clientId=\"{client}\", userId=\"null\", ipAddress=\"{ip}\", error=\"invalid_token\", reason=\"{=Invalid refresh token|Token is not active|Session not active|Stale token}\", grant_type=\"refresh_token\", client_auth_method=\"client-secret\""),
        ("DEBUG", KC_EV, "type=\"LOGOUT\", realmId=\"{uuid}\", clientId=\"{client}\", userId=\"{uuid}\", ipAddress=\"{ip}\", redirect_uri=\"https://{domain}/\""),
        ("WARN", KC_EV, "type=\"CLIENT_LOGIN_ERROR\", realmId=\"{uuid}\", clientId=\"{client}\", userId=\"null\", ipAddress=\"{ip}\", error=\"{=invalid_client_credentials|client_not_found}\", grant_type=\"client_credentials\""),
        ("INFO", "org.keycloak.services", "KC-SERVICES0009: Added user '{user}' to realm '{=master|acme|internal}'", 2),
        ("INFO", "io.quarkus@main", "Keycloak {=24.0.5|25.0.2} on JVM (powered by Quarkus {=3.8.4|3.8.5}) started in {dur_s}. Listening on: http://{=0.0.0.0}:{=8080}. Management interface listening on http://{=0.0.0.0}:{=9000}.", 2),
        ("INFO", "io.quarkus@main", "Profile {=prod|dev} activated.", 2),
        ("INFO", "io.quarkus@main", "Installed features: [agroal, cdi, hibernate-orm, jdbc-postgresql, keycloak, logging-gelf, narayana-jta, reactive-routes, resteasy-reactive, resteasy-reactive-jackson, smallrye-context-propagation, vertx]", 2),
        ("INFO", "org.infinispan.CLUSTER@jgroups-5,keycloak-0-41234", "ISPN000094: Received new cluster view for channel ISPN: [{member}|{n:1-40}] ({n:1-3}) [{members}]"),
        ("ERROR", "org.keycloak.services.error.KeycloakErrorHandler", "Uncaught server error: {jexc}"),
        ("INFO", "org.keycloak.quarkus.runtime.hostname.DefaultHostnameProvider@main", "Hostname settings: Base URL: <unset>, Hostname: {domain}, Strict HTTPS: true, Path: <request>, Strict BackChannel: false, Admin URL: <unset>, Admin: <request>, Port: {=-1}, Proxied: true", 2),
        ("WARN", "org.hibernate.engine.jdbc.spi.SqlExceptionHelper", "SQL Error: {=0}, SQLState: {=08003|08006}"),
        ("ERROR", "org.hibernate.engine.jdbc.spi.SqlExceptionHelper", "This connection has been closed."),
        ("INFO", "org.keycloak.quarkus.runtime.storage.legacy.infinispan.CacheManagerFactory@main", "Starting Infinispan embedded cache manager", 2),
        ("INFO", "org.infinispan.CONTAINER@main", "ISPN000556: Starting user marshaller 'org.infinispan.jboss.marshalling.core.JBossUserMarshaller'", 2),
        ("INFO", "org.keycloak.services@main", "KC-SERVICES0050: Initializing master realm", 1),
        ("INFO", "io.quarkus@Shutdown thread", "Keycloak stopped in {dur_s}", 1),
        ("WARN", "org.keycloak.services", "KC-SERVICES0013: Failed authentication: org.keycloak.authentication.AuthenticationFlowException: {=Invalid username or password|Account is disabled, contact your administrator}"),
        ("WARN", "org.keycloak.protocol.oidc.endpoints.AuthorizationEndpointChecker", "Invalid parameter: {=redirect_uri|code_challenge_method|response_type}"),
        ("INFO", "org.keycloak.services.scheduled.ScheduledTaskRunner@Timer-0", "Scheduled task {=ClearExpiredEvents|ClearExpiredAdminEvents|ClearExpiredClientInitialAccessTokens|ClearExpiredUserSessions} finished in {n:1-999} ms"),
        ("WARN", "io.vertx.core.impl.BlockedThreadChecker@vertx-blocked-thread-checker", "Thread Thread[vert.x-eventloop-thread-{n:0-7},{=5},main] has been blocked for {n:2001-9000} ms, time limit is {=2000} ms"),
    ],
}

ZED = {
    "about": "OpenZFS zed (ZFS Event Daemon) via syslog, all-syslog.sh zedlet lines",
    "log_format": r"<Month> <Day> <Time> <Host> zed\[<Pid>\]: <Content>",
    "start": datetime.datetime(2026, 10, 9, 1, 0, 0),
    "gap_ms": 20000,
    "header": lambda r, ts, level, comp: f"{syslog_stamp(ts)} {comp} zed[{r.randint(1000, 99999) if level == 'x' else level}]: ",
    "statements": [
        ("x", "nas01|nas02", "eid={n:1-9999} class={zclass} pool='{pool}'"),
        ("x", "nas01|nas02", "eid={n:1-9999} class=statechange pool='{pool}' vdev={vdev} vdev_state={=FAULTED|DEGRADED|ONLINE|REMOVED|UNAVAIL}"),
        ("x", "nas01|nas02", "eid={n:1-9999} class=checksum pool='{pool}' vdev={vdev} algorithm={=fletcher4|sha256} size={=4096|131072|8192} offset={n:100000-999999999999} priority={=0|2|3} err={=52} flags={0xhex} bookmark={n:0-999}:{n:0-9999}:{n:0-3}:{n:0-99999}"),
        ("x", "nas01|nas02", "eid={n:1-9999} class=io pool='{pool}' vdev={vdev} size={=4096|131072|8192} offset={n:100000-999999999999} priority={=0|2|3} err={=5|6} flags={0xhex}"),
        ("x", "nas01|nas02", "eid={n:1-9999} class=data pool='{pool}' priority={=0|2|3} err={=52|5} flags={0xhex} bookmark={n:0-999}:{n:0-9999}:{n:0-3}:{n:0-99999}"),
        ("x", "nas01|nas02", "eid={n:1-9999} class=vdev_attach pool='{pool}' vdev={vdev}"),
        ("x", "nas01|nas02", "Invoking \"{zedlet}\" eid={n:1-9999} pid={pid}"),
        ("x", "nas01|nas02", "Finished \"{zedlet}\" eid={n:1-9999} pid={pid} time={dur_zfs} exit={=0|1|2|3}"),
        ("x", "nas01|nas02", "ZFS Event Daemon {=2.1.5-1ubuntu6~22.04.4|2.2.2-0ubuntu9} (PID {pid})", 2),
        ("x", "nas01|nas02", "Processing events since eid={n:1-9999}", 2),
        ("x", "nas01|nas02", "Exiting", 1),
        ("x", "nas01|nas02", "Waiting for new udev disk events...", 2),
        ("x", "nas01|nas02", "Registered zedlet \"{zedlet}\"", 12),
        ("x", "nas01|nas02", "Missed {n:1-40} events"),
        ("x", "nas01|nas02", "Bumping queue length to {n:2048-16384}"),
        ("x", "nas01|nas02", "Failed to open pid file \"/run/zed.pid\": {=Resource temporarily unavailable|Permission denied}", 1),
    ],
}


def _prom_header(r, ts, level, comp):
    return "ts=" + ts.strftime("%Y-%m-%dT%H:%M:%S.") + f"{ts.microsecond // 1000:03d}Z caller={comp} level={level} "


SCRAPE = "component=\"scrape manager\" scrape_pool={job} target=http://{ip}:{port}/metrics"
PROMETHEUS = {
    "about": "Prometheus 2.5x server, go-kit logfmt: ts= caller= level= then the rest of the record",
    "log_format": r"ts=<Time> caller=<Caller> level=<Level> <Content>",
    "start": datetime.datetime(2026, 10, 10, 12, 0, 0),
    "header": _prom_header,
    "statements": [
        ("info", "main.go:617", "msg=\"Starting Prometheus Server\" mode=server version=\"(version={=2.53.1|2.54.0}, branch=HEAD, revision={hex40})\"", 2),
        ("info", "main.go:622", "build_context=\"(go={=go1.22.5|go1.22.6}, platform={=linux}/{=amd64}, user={=root}@{hex12}, date={=20240710-10:16:27|20240809-11:36:32}, tags=netgo,builtinassets,stringlabels)\"", 2),
        ("info", "head.go:1326", "component=tsdb msg=\"Head GC completed\" caller=truncateMemory duration={dur_go}"),
        ("info", "checkpoint.go:101", "component=tsdb msg=\"Creating checkpoint\" from_segment={n:1-9999} to_segment={n:1-9999} mint={ms13}"),
        ("info", "head.go:1294", "component=tsdb msg=\"WAL checkpoint complete\" first={n:1-9999} last={n:1-9999} duration={dur_go}"),
        ("info", "compact.go:576", "component=tsdb msg=\"write block\" mint={ms13} maxt={ms13} ulid={ulid} duration={dur_go} ooo=false"),
        ("info", "compact.go:514", "component=tsdb msg=\"compact blocks\" count={n:2-3} mint={ms13} maxt={ms13} ulid={ulid} sources=\"[{ulids}]\" duration={dur_go}"),
        ("info", "db.go:1687", "component=tsdb msg=\"Deleting obsolete block\" block={ulid}"),
        ("warn", "scrape.go:1427", SCRAPE + " msg=\"Scrape failed\" err=\"Get \\\"http://{ip}:{port}/metrics\\\": {err}\""),
        ("warn", "scrape.go:1777", SCRAPE + " msg=\"Error on ingesting samples that are too old or are too far into the future\" num_dropped={n:1-5000}"),
        ("warn", "scrape.go:1770", SCRAPE + " msg=\"Error on ingesting out-of-order samples\" num_dropped={n:1-5000}"),
        ("warn", "manager.go:539", "component=\"rule manager\" file=/etc/prometheus/rules/{=node|k8s|app}.yml group={group} msg=\"Evaluating rule failed\" rule=\"record: {=instance:node_cpu:rate5m|job:http_requests:rate1m}\" err=\"{=query timed out in expression evaluation|found duplicate series for the match group}\""),
        ("error", "notifier.go:532", "component=notifier alertmanager=http://{ip}:{=9093}/api/v2/alerts count={n:1-64} msg=\"Error sending alert\" err=\"Post \\\"http://{ip}:{=9093}/api/v2/alerts\\\": {err}\""),
        ("info", "kubernetes.go:331", "component=\"discovery manager scrape\" discovery=kubernetes config={job} msg=\"Using pod service account via in-cluster config\"", 6),
        ("error", "klog.go:126", "component=k8s_client_runtime func=ErrorDepth msg=\"pkg/mod/k8s.io/client-go@v0.29.3/tools/cache/reflector.go:{=229|232}: Failed to watch *v1.{=Pod|Endpoints|Service}: failed to list *v1.{=Pod|Endpoints|Service}: {=pods|endpoints|services} is forbidden: User \\\"system:serviceaccount:monitoring:prometheus\\\" cannot list resource \\\"{=pods|endpoints|services}\\\" in API group \\\"\\\" at the cluster scope\""),
        ("info", "main.go:1181", "msg=\"Server is ready to receive web requests.\"", 2),
        ("info", "main.go:1418", "msg=\"Completed loading of configuration file\" filename={=/etc/prometheus/prometheus.yml} totalDuration={dur_go} db_storage={dur_go} remote_storage={dur_go} web_handler={dur_go} query_engine={dur_go} scrape={dur_go} scrape_sd={dur_go} notify={dur_go} notify_sd={dur_go} rules={dur_go} tracing={dur_go}", 3),
        ("info", "main.go:1381", "msg=\"Loading configuration file\" filename={=/etc/prometheus/prometheus.yml}", 3),
        ("info", "web.go:571", "component=web msg=\"Start listening for connections\" address={=0.0.0.0}:{=9090}", 2),
        ("info", "head.go:626", "component=tsdb msg=\"Replaying on-disk memory mappable chunks if any\"", 2),
        ("info", "head.go:785", "component=tsdb msg=\"WAL segment loaded\" segment={n:0-120} maxSegment={n:100-120}"),
        ("info", "head.go:822", "component=tsdb msg=\"WAL replay completed\" checkpoint_replay_duration={dur_go} wal_replay_duration={dur_go} wbl_replay_duration={dur_go} chunk_snapshot_load_duration={dur_go} mmap_chunk_replay_duration={dur_go} total_replay_duration={dur_go}", 2),
        ("warn", "main.go:917", "msg=\"Received SIGTERM, exiting gracefully...\"", 1),
        ("warn", "queue_manager.go:1721", "component=remote remote_name={hex6} url=https://{domain}/api/v1/push msg=\"Failed to send batch, retrying\" err=\"server returned HTTP status {=429 Too Many Requests|500 Internal Server Error|502 Bad Gateway}: {=rate limit exceeded|upstream error|}\""),
        ("info", "main.go:1044", "msg=\"TSDB started\"", 2),
        ("debug", "manager.go:324", "component=\"discovery manager scrape\" msg=\"Discoverer channel closed\" provider={=kubernetes_sd|static}/{n:0-9}"),
    ],
}


def _fb_header(r, ts, level, comp):
    return "[" + ts.strftime("%Y/%m/%d %H:%M:%S") + f"] [{level:>5}] [{comp}] "


FLUENTBIT = {
    "about": "Fluent Bit 2.x/3.x: '[YYYY/MM/DD HH:MM:SS] [ info] [component]' header, level right-aligned in its brackets",
    "log_format": r"\[<Time>\] \[<Level>\] \[<Component>\] <Content>",
    "start": datetime.datetime(2026, 10, 8, 4, 0, 0),
    "header": _fb_header,
    "statements": [
        ("info", "fluent bit", "version={=2.2.2|3.0.7}, commit={hex10}, pid={=1}", 2),
        ("info", "storage", "ver={=1.5.1|1.5.2}, type=memory, sync=normal, checksum=off, max_chunks_up={=128}", 2),
        ("info", "cmetrics", "version={=0.6.6|0.9.1}", 2),
        ("info", "input:tail:tail.0", "initializing", 2),
        ("info", "input:tail:tail.0", "storage_strategy='memory' (memory only)", 2),
        ("info", "filter:kubernetes:kubernetes.0", "https={=1} host={=kubernetes.default.svc} port={=443}", 2),
        ("info", "filter:kubernetes:kubernetes.0", "token updated"),
        ("info", "filter:kubernetes:kubernetes.0", "connectivity OK", 2),
        ("info", "output:es:es.0|output:forward:forward.0", "worker #{n:0-1} started"),
        ("info", "output:es:es.0|output:forward:forward.0", "thread worker #{n:0-1} stopping...", 2),
        ("info", "http_server", "listen iface={=0.0.0.0} tcp_port={=2020}", 2),
        ("info", "sp", "stream processor started", 2),
        ("info", "input:tail:tail.0", "inotify_fs_add(): inode={n:100000-9999999} watch_fd={n:1-400} name={containerlog}"),
        ("info", "input:tail:tail.0", "inotify_fs_remove(): inode={n:100000-9999999} watch_fd={n:1-400}"),
        ("info", "input:tail:tail.0", "inode={n:100000-9999999} handle rotation(): {containerlog} => {containerlog}"),
        ("warn", "engine", "failed to flush chunk '{chunk}', retry in {n:1-600} seconds: task_id={n:0-500}, input={=tail.0|systemd.0} > output={=es.0|forward.0} (out_id={=0|1})"),
        ("info", "engine", "flush chunk '{chunk}' succeeded at retry {n:1-9}: task_id={n:0-500}, input={=tail.0|systemd.0} > output={=es.0|forward.0} (out_id={=0|1})"),
        ("error", "engine", "chunk '{chunk}' cannot be retried: task_id={n:0-500}, input={=tail.0|systemd.0} > output={=es.0|forward.0}"),
        ("error", "output:es:es.0", "HTTP status={=400|429|500|503} URI=/_bulk, response:"),
        ("error", "output:es:es.0", "could not pack/validate JSON response"),
        ("error", "net", "TCP connection failed: {host}:{=9200|24224} ({err})"),
        ("error", "net", "socket #{n:20-300} could not connect to {host}:{=9200|24224}"),
        ("error", "upstream", "connection #{n:20-300} to tcp://{ip}:{port} timed out after {=10} seconds (connection timeout)"),
        ("error", "input chunk", "chunk {chunk} would exceed total limit size in plugin {=es.0|forward.0}"),
        ("warn", "input", "{=tail.0} paused (mem buf overlimit)"),
        ("info", "input", "{=tail.0} resume (mem buf overlimit)"),
        ("info", "engine", "service has stopped ({n:0-9} pending tasks)", 1),
        ("info", "engine", "caught signal (SIGTERM)", 1),
        ("warn", "engine", "service will shutdown in max {=5} seconds", 1),
        ("warn", "filter:kubernetes:kubernetes.0", "could not merge JSON log as requested"),
        ("debug", "input:systemd:systemd.0", "jump to the end of journal and skip {n:0-900} last entries", 2),
    ],
}


def _cron_header(r, ts, level, comp):
    return f"{syslog_stamp(ts)} {r.choice(['web-1', 'web-2', 'db01', 'backup'])} {comp}[{r.randint(300, 99999)}]: "


CRON = {
    "about": "Debian cron, anacron and crontab via syslog: 'Mon dd HH:MM:SS host proc[pid]:' header",
    "log_format": r"<Month> <Day> <Time> <Host> <Proc>\[<Pid>\]: <Content>",
    "start": datetime.datetime(2026, 10, 8, 0, 0, 0),
    "gap_ms": 25000,
    "header": _cron_header,
    "statements": [
        ("", "CRON", "({cronuser}) CMD ({croncmd})"),
        ("", "CRON", "pam_unix(cron:session): session opened for user {cronuser}(uid={cronuid}) by (uid={=0})"),
        ("", "CRON", "pam_unix(cron:session): session closed for user {cronuser}"),
        ("", "CRON", "(CRON) info (No MTA installed, discarding output)"),
        ("", "CRON", "({cronuser}) MAIL (mailed {n:50-9000} bytes of output but got status {=0x004b|0x0001|0x00ff} from MTA#012)"),
        ("", "cron", "(CRON) INFO (pidfile fd = {=3})", 2),
        ("", "cron", "(CRON) INFO (Running @reboot jobs)", 2),
        ("", "cron", "(CRON) INFO (Skipping @reboot jobs -- not system startup)", 1),
        ("", "cron", "(CRON) STARTUP ({=1.5.7|1.7.0})", 2),
        ("", "cron", "(*system*) RELOAD (/etc/crontab)"),
        ("", "cron", "({cronuser}) RELOAD (crontabs/{cronuser})"),
        ("", "cron", "({cronuser}) WRONG INODE INFO (crontabs/{cronuser})"),
        ("", "cron", "Error: bad minute; while reading /etc/cron.d/{=php|certbot|sysstat}"),
        ("", "cron", "(*system*{=php|certbot|sysstat}) ERROR (Syntax error, this crontab file will be ignored)"),
        ("", "CRON", "(CRON) error (grandchild #{pid} failed with exit status {n:1-127})"),
        ("", "crontab", "({cronuser}) BEGIN EDIT ({cronuser})"),
        ("", "crontab", "({cronuser}) REPLACE ({cronuser})"),
        ("", "crontab", "({cronuser}) END EDIT ({cronuser})"),
        ("", "crontab", "({cronuser}) LIST ({cronuser})"),
        ("", "anacron", "Anacron {=2.3} started on {date:ymd}", 3),
        ("", "anacron", "Will run job `{cronjob}' in {n:5-45} min."),
        ("", "anacron", "Jobs will be executed sequentially", 3),
        ("", "anacron", "Job `{cronjob}' started"),
        ("", "anacron", "Job `{cronjob}' terminated"),
        ("", "anacron", "Job `{cronjob}' terminated (mailing output)"),
        ("", "anacron", "Job `{cronjob}' terminated (exit status: {n:1-2}) (mailing output)"),
        ("", "anacron", "Normal exit ({n:1-3} {=job|jobs} run)"),
        ("", "anacron", "Updated timestamp for job `{cronjob}' to {date:ymd}"),
        ("", "anacron", "Can't find sendmail at /usr/sbin/sendmail, not mailing output"),
    ],
}

SYSTEMS = {"Gunicorn": GUNICORN, "Keycloak": KEYCLOAK, "Zed": ZED, "Prometheus": PROMETHEUS,
           "FluentBit": FLUENTBIT, "Cron": CRON}
