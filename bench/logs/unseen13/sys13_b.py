"""Statements of the thirteenth blind set, second half: NiFi, Thanos, Prefect, Ghost, Cyrus IMAP, Cisco ISE, VirtualBox,
Cisco UCS Manager. A statement is (level, component, text[, count]); `{kind}` is a value (values13.py), `{=a|b}` a word with a
few values, `{{`/`}}` literal braces."""
import datetime

from sys13_a import bsd
import values13


def nifi_header(r, ts, level, comp):
    thread = values13.KINDS["thread"](r, ts) if comp.startswith("o.a.n.c") or comp.startswith("o.a.n.p") else \
        r.choice(["main", "Timer-Driven Process Thread-7", "Flow Service Tasks Thread-2", "Provenance Maintenance Thread-1",
                  f"NiFi Web Server-{r.randint(10, 400)}", "Cleanup Archive for default", "FileSystemRepository Workers Thread-3"])
    stamp = ts.strftime("%Y-%m-%d %H:%M:%S,") + f"{ts.microsecond // 1000:03d}"
    return f"{stamp} {level} [{thread}] {comp} "


NIFI = {
    "about": "Apache NiFi 1.24 nifi-app.log and nifi-user.log (logback: stamp with comma millis, level, [thread with spaces], abbreviated logger)",
    "log_format": r"<Date> <Time> <Level> \[<Thread>\] <Logger> <Content>",
    "start": datetime.datetime(2026, 12, 7, 1, 30, 0, 120000),
    "gap_ms": 800,
    "header": nifi_header,
    "statements": [
        ("INFO", "o.a.n.p.standard.PutFile", "{nifiproc} Produced copy of {flowfile} at location {path}"),
        ("WARN", "o.a.n.p.standard.PutFile", "{nifiproc} Penalizing {flowfile} and routing to 'failure' because the output directory {path} does not exist and Processor is configured not to create missing directories"),
        ("ERROR", "o.a.n.p.standard.PutDatabaseRecord", "{nifiproc} Failed to put Records to database for {flowfile}. Routing to failure.: {nifierr}"),
        ("ERROR", "o.a.n.c.t.ConnectableTask", "Processing halted: uncaught exception in Component [{nifiproc}]: {nifierr}"),
        ("WARN", "o.a.n.c.t.ConnectableTask", "Administratively Yielding {nifiproc} due to uncaught Exception: {nifierr}"),
        ("INFO", "o.a.n.c.r.WriteAheadFlowFileRepository", "Initiating checkpoint of FlowFile Repository"),
        ("INFO", "o.a.n.c.r.WriteAheadFlowFileRepository", "Successfully checkpointed FlowFile Repository with {num} records in {msn} milliseconds"),
        ("INFO", "o.a.n.p.store.WriteAheadStorePartition", "Successfully rolled over Event Writer for Provenance Event Store Partition[directory={path}] due to MAX_TIME_REACHED. Event File was {sizeh} and contained {num} events."),
        ("INFO", "o.a.n.p.PersistentProvenanceRepository", "Created new Provenance Event Writers for events starting with ID {prov}"),
        ("INFO", "o.a.n.c.repository.FileSystemRepository", "Successfully deleted {n} files ({sizeh}) from archive"),
        ("INFO", "o.a.n.c.repository.FileSystemRepository", "Deleted {num} files from archive for Container default; oldest Archive Date is now {date_ctime}; container cleanup took {msn} millis"),
        ("INFO", "o.a.n.c.s.StandardFlowService", "Saved flow controller org.apache.nifi.controller.FlowController@{hex8} // Another save pending = {=true|false}"),
        ("INFO", "o.a.n.c.s.StandardProcessScheduler", "Starting {nifiproc}"),
        ("INFO", "o.a.n.c.s.StandardProcessScheduler", "Stopping {nifiproc}"),
        ("INFO", "o.a.n.controller.StandardProcessorNode", "Successfully started {nifiproc} with {n1} threads"),
        ("INFO", "o.a.n.c.c.h.AbstractHeartbeatMonitor", "Finished processing {n} heartbeats in {num} nanos"),
        ("INFO", "o.a.n.c.c.ClusterProtocolHeartbeater", "Heartbeat created at {javadate} and sent to {host}:{port} at {javadate}; determining Cluster Coordinator took {n} millis; DNS lookup for coordinator took {n} millis; connecting to coordinator took {n} millis; sending heartbeat took {n} millis; receiving first byte from response took {n} millis; receiving full response took {n} millis; total time was {n} millis"),
        ("INFO", "o.a.n.w.s.NiFiAuthenticationFilter", "Attempting request for ({nifiident}) {method} {url} (source ip: {ip4})"),
        ("INFO", "o.a.n.w.s.NiFiAuthenticationFilter", "Authentication success for {user}"),
        ("WARN", "o.a.n.w.a.c.AccessDeniedExceptionMapper", "identity[{user}], groups[{adgroupsn}] does not have permission to access the requested resource. Unable to {=view|modify} {nifires}. Returning Forbidden response."),
        ("INFO", "o.a.n.p.kafka.pubsub.ConsumeKafka_2_6", "{nifiproc} Committed offsets for {n} partitions of topic {topic}: {kafkaoffsets}"),
        ("INFO", "o.a.n.p.standard.InvokeHTTP", "{nifiproc} Request to {url} returned status code {status} in {msn} ms"),
    ],
}


def thanos_header(r, ts, level, comp):
    stamp = ts.strftime("%Y-%m-%dT%H:%M:%S.") + f"{ts.microsecond * 1000 + r.randint(0, 999):09d}Z"
    return f"level={level} ts={stamp} caller={comp} "


THANOS = {
    "about": "Thanos 0.34 compactor, store, receive, query and sidecar (go-kit logfmt: level, ts with nanoseconds, caller, then key=value fields)",
    "log_format": "level=<Level> ts=<Time> caller=<Caller> <Content>",
    "start": datetime.datetime(2026, 12, 7, 3, 0, 0),
    "gap_ms": 700,
    "header": thanos_header,
    "statements": [
        ("info", "compact.go:1416", "component=compactor msg=\"start sync of metas\""),
        ("info", "fetcher.go:478", "component=block.BaseFetcher msg=\"successful synchronization\" duration={godur} duration_ms={msn} cached={n} returned={n} partial={n}"),
        ("info", "compact.go:1421", "component=compactor msg=\"start of GC\""),
        ("info", "compact.go:1444", "component=compactor msg=\"start of compactions\""),
        ("info", "compact.go:1480", "component=compactor msg=\"compaction iterations done\""),
        ("info", "compact.go:1154", "component=compactor group=\"0@{extlabels}\" groupKey=0@{num} msg=\"compaction available and planned\" plan=\"{ulids}\""),
        ("info", "compact.go:1225", "component=compactor group=\"0@{extlabels}\" groupKey=0@{num} msg=\"compacted blocks\" new={ulid} blocks=\"{ulids}\" duration={godur} duration_ms={msn} overlapping_blocks={=false|true}"),
        ("info", "block.go:218", "component=compactor group=\"0@{extlabels}\" groupKey=0@{num} msg=\"marking compacted block for deletion\" old_block={ulid}"),
        ("info", "clean.go:49", "component=compactor msg=\"deleting block marked for deletion\" id={ulid}"),
        ("info", "clean.go:67", "component=compactor msg=\"deleted block marked for deletion\" id={ulid}"),
        ("info", "downsample.go:381", "component=compactor msg=\"downsampled block\" from={ulid} to={ulid} duration={godur} duration_ms={msn}"),
        ("error", "compact.go:487", "component=compactor msg=\"critical error detected; halting\" err=\"compaction: group 0@{num}: pre compaction overlap check: overlaps found while gathering blocks. [mint: {mint}, maxt: {mint}, range: {godur}, blocks: {n}]: <ulid: {ulid}, mint: {mint}, maxt: {mint}, range: {godur}>\""),
        ("info", "multitsdb.go:601", "component=receive component=multitsdb tenant={tenant} msg=\"TSDB is now ready\""),
        ("warn", "handler.go:579", "component=receive component=receive-handler tenant={tenant} msg=\"failed to handle request\" err=\"{=forwarding request to endpoint|replicate write request for endpoint} {ipport}: rpc error: code = {=Unavailable|DeadlineExceeded} desc = {err}\""),
        ("info", "head.go:698", "component=receive component=multitsdb tenant={tenant} msg=\"Replaying WAL, this may take a while\""),
        ("info", "head.go:769", "component=receive component=multitsdb tenant={tenant} msg=\"WAL segment loaded\" segment={n} maxSegment={n}"),
        ("info", "bucket.go:716", "msg=\"loaded new block\" elapsed={godur} id={ulid}"),
        ("info", "bucket.go:735", "msg=\"dropped outdated block\" block={ulid}"),
        ("info", "endpointset.go:380", "component=endpointset msg=\"adding new store with [storeEndpoints]\" address={ipport} extLset=\"{extlabels}\""),
        ("warn", "endpointset.go:456", "component=endpointset msg=\"update of endpoint failed\" err=\"getting metadata: fallback fetching info from {ipport}: rpc error: code = DeadlineExceeded desc = context deadline exceeded\" address={ipport}"),
        ("info", "endpointset.go:425", "component=endpointset msg=\"removing endpoint because it's unhealthy or does not exist\" address={ipport} extLset=\"{extlabels}\""),
        ("info", "sidecar.go:183", "msg=\"successfully loaded prometheus external labels\" external_labels=\"{extlabels}\""),
        ("info", "shipper.go:361", "msg=\"upload new block\" id={ulid}"),
        ("info", "http.go:91", "service=http/server component={=compact|store|receive|query} msg=\"internal server is shutting down\" err=\"{err}\"", 3),
    ],
}


def prefect_header(r, ts, level, comp):
    stamp = ts.strftime("%H:%M:%S.") + f"{ts.microsecond // 1000:03d}"
    if comp == "FLOW":
        who = f"Flow run '{values13.KINDS['flowrun'](r, ts)}'"
    elif comp == "TASK":
        who = f"Task run '{values13.KINDS['task'](r, ts)}'"
    else:
        who = comp
    return f"{stamp} | {level:<7} | {who} - "


PREFECT = {
    "about": "Prefect 2.14 worker and flow run console logs: hh:mm:ss.mmm | LEVEL padded to 7 | logger or `Flow run 'name'` - message",
    "log_format": r"<Time> \| <Level> \| <Logger> - <Content>",
    "start": datetime.datetime(2026, 12, 7, 2, 0, 0),
    "gap_ms": 1100,
    "header": prefect_header,
    "statements": [
        ("INFO", "FLOW", "Created task run '{task}' for task '{=extract|transform|load|notify|fetch_page}'"),
        ("INFO", "FLOW", "Executing '{task}' immediately..."),
        ("INFO", "TASK", "Finished in state Completed()"),
        ("INFO", "TASK", "Finished in state Cached(type=COMPLETED)"),
        ("ERROR", "TASK", "Finished in state Failed('Task run encountered an exception {pyexc}')"),
        ("ERROR", "TASK", "Task run failed with exception: {pyexc} - Retries are exhausted"),
        ("WARNING", "TASK", "Task run failed with exception: {pyexc} - Retry {n1}/{n1} will start {n} second(s) from now"),
        ("INFO", "FLOW", "Downloading flow code from storage at '{path}'"),
        ("INFO", "FLOW", "Beginning flow run '{flowrun}' for flow '{flow}'"),
        ("INFO", "FLOW", "View at http://{ip4}:4200/runs/flow-run/{uuid}"),
        ("INFO", "FLOW", "Created subflow run '{flowrun}' for flow '{flow}'"),
        ("ERROR", "FLOW", "Finished in state Failed('{n} of {n} states failed.')"),
        ("INFO", "FLOW", "Finished in state Completed('All states completed.')"),
        ("INFO", "prefect.flow_runs.worker", "Worker '{=ProcessWorker|KubernetesWorker} {uuid}' submitting flow run '{uuid}'"),
        ("INFO", "prefect.flow_runs.worker", "Completed submission of flow run '{uuid}'"),
        ("INFO", "prefect.flow_runs.worker", "Opening process..."),
        ("INFO", "prefect.flow_runs.worker", "Process {pid} exited with status code: {n}"),
        ("ERROR", "prefect.flow_runs.worker", "Process {pid} exited with status code: {neg}; This indicates that the process exited due to a SIGKILL signal. Typically, this is either caused by manual cancellation or high memory usage causing the operating system to terminate the process."),
        ("INFO", "prefect.flow_runs.worker", "Reported flow run '{uuid}' as crashed: Flow run infrastructure exited with non-zero status code {n}."),
        ("INFO", "prefect.flow_runs", "Received non-final state 'Pending' when proposing final state 'Failed' and will attempt to run again..."),
        ("INFO", "prefect.worker.process.processworker", "Worker '{=ProcessWorker|KubernetesWorker} {uuid}' started!"),
        ("INFO", "prefect.worker.process.processworker", "Worker pool '{pool}' does not have queue(s) {queue}; creating"),
        ("INFO", "httpx", "HTTP Request: {method} {url} \"HTTP/1.1 {=200 OK|201 Created|204 No Content|422 Unprocessable Entity|409 Conflict}\""),
        ("INFO", "prefect.deployment", "Deployment '{deployment}' successfully created with id '{uuid}'.", 2),
    ],
}


def ghost_header(r, ts, level, comp):
    return "[" + ts.strftime("%Y-%m-%d %H:%M:%S") + f"] {level} "


GHOST = {
    "about": "Ghost 5.7x (Node.js, @tryghost/logging pretty stdout): [yyyy-mm-dd hh:mm:ss] LEVEL message",
    "log_format": r"\[<Date> <Time>\] <Level> <Content>",
    "start": datetime.datetime(2026, 12, 7, 3, 40, 0),
    "gap_ms": 1200,
    "header": ghost_header,
    "statements": [
        ("INFO", "", "\"{method} {urlpath}\" {status} {ms}"),
        ("ERROR", "", "\"{method} {urlpath}\" {status} {ms}  {=NotFoundError: Resource not found|ValidationError: Validation error, cannot edit post.|NoPermissionError: You do not have permission to perform this request|UnauthorizedError: Authorization failed}"),
        ("INFO", "", "Ghost is running in {=production|development}...", 2),
        ("INFO", "", "Your site is now available on {url}", 2),
        ("INFO", "", "Ctrl+C to shut down", 2),
        ("INFO", "", "Ghost server started in {secs}s", 2),
        ("INFO", "", "Database is in a ready state.", 2),
        ("INFO", "", "Ghost database ready in {secs}s"),
        ("INFO", "", "Ghost URL Service Ready in {secs}s"),
        ("INFO", "", "Ghost booted in {secs}s"),
        ("INFO", "", "Adding {=members|labels|newsletters|offers} table"),
        ("INFO", "", "[EmailAnalytics] Fetched {n} events and aggregated stats for {n} emails in {ms}"),
        ("INFO", "", "[EmailAnalytics] Fetching {=delivered|opened|failed} events from {isoz} to {isoz}"),
        ("INFO", "", "Triggering webhook for \"{=post.published|member.added|site.changed|post.deleted}\" with url \"{url}\""),
        ("WARN", "", "Webhook request to \"{url}\" failed with {=status 410, removing webhook|status 500|ETIMEDOUT}"),
        ("INFO", "", "[Email] Sending email batch {n1}/{n1} for post \"{title}\" ({n} recipients)"),
        ("ERROR", "", "[Email] Error sending email batch {objid}: {=Mailgun returned 401 Forbidden|Request timed out after 60000ms|Bad Request}"),
        ("INFO", "", "Scheduled post \"{title}\" ({objid}) for {isoz}"),
        ("INFO", "", "Member {email} signed up via magic link from {ip}"),
        ("WARN", "", "Too many login attempts from {ip} for {email}, try again in {=an hour|10 minutes|a few seconds}"),
        ("INFO", "", "Theme {=casper|source|edition|headline} {version} activated by {email}"),
        ("INFO", "", "Image {path} resized to {n}x{n} in {ms}"),
    ],
}


def cyrus_header(r, ts, level, comp):
    return f"{bsd(ts)} {r.choice(['imap-a', 'imap-b', 'mailstore01'])} cyrus/{comp}[{r.randint(1000, 60000)}]: "


CYRUS = {
    "about": "Cyrus IMAP 3.8 (imapd, pop3d, lmtpd, master, cyr_expire, squatter) via BSD syslog, with its auditlog lines",
    "log_format": r"<Month> <Date> <Time> <Host> <Component>\[<Pid>\]: <Content>",
    "start": datetime.datetime(2026, 12, 7, 4, 0, 0),
    "gap_ms": 600,
    "header": cyrus_header,
    "statements": [
        ("", "imap|imaps|pop3", "login: {mhost} {user} {mech} User logged in SESSIONID={sessid}"),
        ("", "imap|imaps|pop3", "badlogin: {mhost} {mech} {user} SASL(-13): authentication failure: checkpass failed"),
        ("", "imaps|pop3s", "starttls: {tlsinfo} SESSIONID={sessid}"),
        ("", "imap|imaps", "accepted connection"),
        ("", "imap|pop3", "Connection reset by peer"),
        ("", "lmtpunix|lmtp", "Delivered: {msgidmail} to mailbox: {mbox}"),
        ("", "lmtpunix", "dupelim: eliminated duplicate message to {mbox} id {msgidmail} date {epoch}"),
        ("", "lmtpunix", "sieve redirected: {msgidmail} to: {email}"),
        ("", "lmtpunix", "sieve runtime error for {user} id {msgidmail}: {=Fileinto: mailbox does not exist|Redirect: too many redirects|Vacation: no from address}"),
        ("", "cyr_expire", "expunged {n} out of {num} messages from {n} mailboxes"),
        ("", "cyr_expire", "Removed {n} deleted mailboxes"),
        ("", "master", "process type:SERVICE name:{=imap|pop3|lmtpunix|sieve} path:/usr/lib/cyrus/bin/{=imapd|pop3d|lmtpd|timsieved} age:{float}s pid:{pid} exited, status {n}"),
        ("", "master", "process type:SERVICE name:{=imap|pop3|lmtpunix} path:/usr/lib/cyrus/bin/{=imapd|pop3d|lmtpd} age:{float}s pid:{pid} exited, signaled to death by {n1}"),
        ("", "imap|imaps", "USAGE {user} user: {frac} sys: {frac}"),
        ("", "imap|imaps", "open: user {user} opened {mbox}"),
        ("", "imap|imaps", "{=IMAP|POP3} idle for too long, closing connection"),
        ("", "squatter", "indexing mailbox {mbox}..."),
        ("", "imap|imaps|lmtpunix", "IOERROR: opening {path}: {=No such file or directory|Permission denied}"),
        ("", "imap|imaps|lmtpunix", "auditlog: append sessionid={sessid} mailbox={mbox} uniqueid={hex32} uid={n} modseq={num} sysflags=<{sysflags}> guid={sha}"),
        ("", "imap|imaps", "auditlog: expunge sessionid={sessid} mailbox={mbox} uniqueid={hex32} uid={n} modseq={num} sysflags=<{sysflags}> guid={sha}"),
        ("", "imap|imaps", "auditlog: unexpunge sessionid={sessid} mailbox={mbox} uniqueid={hex32} oldmodseq={num} newmodseq={num}"),
        ("", "imap|imaps", "{mbox}: quota root {mbox} usage {quota} limit {quota} ({=STORAGE|MESSAGE})"),
        ("", "master", "about to exec /usr/lib/cyrus/bin/{=imapd|pop3d|lmtpd|ctl_cyrusdb -c}"),
    ],
}


def ise_header(r, ts, level, comp):
    cat, code, sev = comp.split(" ")
    stamp = ts.strftime("%Y-%m-%d %H:%M:%S.") + f"{ts.microsecond // 1000:03d}"
    return (f"<181>{bsd(ts)} {r.choice(['ise-psn-01', 'ise-psn-02'])} {cat} {r.randint(10 ** 9, 2 * 10 ** 9):010d} 1 0 "
            f"{stamp} +00:00 {r.randint(10 ** 9, 2 * 10 ** 9):010d} {code} {sev} ")


ISE_COMMON = "ConfigVersionId={n}, Device IP Address={ip4}, DestinationIPAddress={ip4}, DestinationPort={=1812|1645}, UserName={user}, Protocol=Radius, RequestLatency={n}, NetworkDeviceName={nas}, User-Name={user}, NAS-IP-Address={ip4}, NAS-Port={nasport}, "

ISE = {
    "about": "Cisco ISE 3.2 remote syslog (CISE_ category, message id, segment count and number, stamp with offset, sequence, message code, severity, then `Class: text, key=value, …`)",
    "log_format": "<<Pri>><Month> <Day> <Time> <Host> <Category> <MsgId> <Total> <Seg> <Date> <Stamp> <Tz> <Seq> <Code> <Severity> <Content>",
    "start": datetime.datetime(2026, 12, 7, 2, 15, 0),
    "gap_ms": 900,
    "header": ise_header,
    "statements": [
        ("", "CISE_Passed_Authentications 5200 NOTICE", "Passed-Authentication: Authentication succeeded, " + ISE_COMMON + "Service-Type=Framed, Framed-MTU={=1500|1485}, Called-Station-ID={MACDASH}, Calling-Station-ID={MACDASH}, NAS-Port-Type={=Ethernet|Wireless - IEEE 802.11|Virtual}, AcsSessionID={host}/{iseid}/{num}, AuthenticationIdentityStore={idstore}, AuthenticationMethod={=MSCHAPV2|x509_PKI|Lookup}, SelectedAccessService=Default Network Access, SelectedAuthorizationProfiles={authz}, IdentityGroup=Endpoint Identity Groups:{epgroup}, {isesteps}, NetworkDeviceGroups=Location#{location}, NetworkDeviceGroups=Device Type#{devtype}, AuthenticationStatus=AuthenticationPassed, EndPointMACAddress={MACDASH}, ISEPolicySetName={policy}, AuthorizationPolicyMatchedRule={authz},"),
        ("", "CISE_Failed_Attempts 5400 NOTICE", "Failed-Attempt: Authentication failed, " + ISE_COMMON + "Called-Station-ID={MACDASH}, Calling-Station-ID={MACDASH}, AcsSessionID={host}/{iseid}/{num}, AuthenticationIdentityStore={idstore}, AuthenticationMethod={=MSCHAPV2|PAP_ASCII|Lookup}, SelectedAccessService=Default Network Access, {isesteps}, FailureReason={ise_reason}, NetworkDeviceGroups=Location#{location}, EndPointMACAddress={MACDASH}, ISEPolicySetName={policy},"),
        ("", "CISE_RADIUS_Accounting 3000 NOTICE", "Radius-Accounting: RADIUS Accounting start request, " + ISE_COMMON + "Framed-IP-Address={ip4}, Class=CACS:{hex16}:{host}/{iseid}/{num}, Called-Station-ID={MACDASH}, Calling-Station-ID={MACDASH}, Acct-Status-Type=Start, Acct-Delay-Time={n}, Acct-Session-Id={HEX16}, Acct-Authentic=RADIUS, AcsSessionID={host}/{iseid}/{num},"),
        ("", "CISE_RADIUS_Accounting 3001 NOTICE", "Radius-Accounting: RADIUS Accounting stop request, " + ISE_COMMON + "Framed-IP-Address={ip4}, Class=CACS:{hex16}:{host}/{iseid}/{num}, Called-Station-ID={MACDASH}, Calling-Station-ID={MACDASH}, Acct-Status-Type=Stop, Acct-Delay-Time={n}, Acct-Input-Octets={bytes}, Acct-Output-Octets={bytes}, Acct-Session-Id={HEX16}, Acct-Session-Time={num}, Acct-Terminate-Cause={=User Request|Idle Timeout|Lost Carrier|Admin Reset}, AcsSessionID={host}/{iseid}/{num},"),
        ("", "CISE_RADIUS_Accounting 3002 NOTICE", "Radius-Accounting: RADIUS Accounting watchdog update, " + ISE_COMMON + "Framed-IP-Address={ip4}, Acct-Status-Type=Interim-Update, Acct-Input-Octets={bytes}, Acct-Output-Octets={bytes}, Acct-Session-Id={HEX16}, Acct-Session-Time={num}, AcsSessionID={host}/{iseid}/{num},"),
        ("", "CISE_Failed_Attempts 5411 NOTICE", "Failed-Attempt: Supplicant stopped responding to ISE, " + ISE_COMMON + "Calling-Station-ID={MACDASH}, FailureReason=12321 PEAP failed SSL/TLS handshake because the client rejected the ISE local-certificate, {isesteps},"),
        ("", "CISE_Failed_Attempts 5440 NOTICE", "Failed-Attempt: Endpoint abandoned EAP session and started new, " + ISE_COMMON + "Calling-Station-ID={MACDASH}, {isesteps},"),
        ("", "CISE_Failed_Attempts 5434 WARN", "RADIUS: Endpoint conducted several failed authentications of the same scenario, ConfigVersionId={n}, Device IP Address={ip4}, UserName={user}, NetworkDeviceName={nas}, Calling-Station-ID={MACDASH}, FailureReason={ise_reason},"),
        ("", "CISE_Administrative_and_Operational_Audit 51001 NOTICE", "Administrator-Login: Administrator authentication succeeded, ConfigVersionId={n}, AdminInterface={=GUI|CLI|ERS}, AdminIPAddress={ip4}, AdminSession={HEX32}, AdminName={user}, OperationMessageText=Administrator authentication successful,"),
        ("", "CISE_Administrative_and_Operational_Audit 51000 WARN", "Administrator-Login: Administrator authentication failed, ConfigVersionId={n}, AdminInterface={=GUI|CLI|ERS}, AdminIPAddress={ip4}, AdminName={user}, OperationMessageText={=Administrator authentication failed.|Account is disabled|Password has expired},"),
        ("", "CISE_Profiler 80002 INFO", "Profiler: Profiler EndPoint profiling event occurred, ConfigVersionId={n}, EndpointCertainityMetric={n}, EndpointIPAddress={ip4}, EndpointMacAddress={MACDASH}, EndpointMatchedPolicy={epgroup}, EndpointNADAddress={ip4}, EndpointOUI={oui}, EndpointPolicy={epgroup}, EndpointProperty={epprops},"),
        ("", "CISE_System_Statistics 70000 NOTICE", "System-Stats: ISE Counters, ConfigVersionId={n}, OperationCounters={iseops},"),
        ("", "CISE_System_Statistics 70001 NOTICE", "System-Stats: ISE Resource Utilization, ConfigVersionId={n}, CpuUtilization={pct}, MemoryUtilization={pct}, DiskIOUtilization={pct}, DiskSpaceUtilization={pct}, NetworkUtilization={float},"),
        ("", "CISE_RADIUS_Diagnostics 5405 WARN", "RADIUS: RADIUS Request dropped, ConfigVersionId={n}, Device IP Address={ip4}, DestinationPort={=1812|1813}, NetworkDeviceName={nas}, FailureReason={=11036 The Message-Authenticator RADIUS attribute is invalid|11007 Could not locate Network Device or AAA Client|11213 No response received from Remote RADIUS Server},"),
        ("", "CISE_Passed_Authentications 5236 NOTICE", "Passed-Authentication: Authorize-Only succeeded, " + ISE_COMMON + "Calling-Station-ID={MACDASH}, SelectedAuthorizationProfiles={authz}, {isesteps},"),
        ("", "CISE_Passed_Authentications 5205 NOTICE", "Passed-Authentication: Dynamic Authorization succeeded, ConfigVersionId={n}, Device IP Address={ip4}, DestinationPort={=1700|3799}, NetworkDeviceName={nas}, Calling-Station-ID={MACDASH}, Event-Timestamp={epoch}, AcsSessionID={host}/{iseid}/{num}, CoASourceComponent={=Profiler|Posture|Adaptive Network Control|Guest}, CoAReason={=Change in endpoint identity group/policy/logical profile which are used in authorization policies|posture status changed|administrative reset},"),
    ],
}


def vbox_header(r, ts, level, comp):
    el = ts - datetime.datetime(2026, 12, 7, 0, 0, 0)
    s = int(el.total_seconds())
    return f"{s // 3600:02d}:{s // 60 % 60:02d}:{s % 60:02d}.{el.microseconds:06d} "


VIRTUALBOX = {
    "about": "Oracle VirtualBox 7.0 VBox.log (time since the VM process started, hh:mm:ss.uuuuuu, then the message, often `Component: …`)",
    "log_format": "<Time> <Content>",
    "start": datetime.datetime(2026, 12, 7, 0, 0, 1, 2000),
    "gap_ms": 600,
    "header": vbox_header,
    "statements": [
        ("", "", "VirtualBox VM {version}_Ubuntu r{num} linux.amd64 ({=Oct 14 2026 08:19:05|Dec 01 2026 11:02:43}) release log", 1),
        ("", "", "Log opened {isoz}", 1),
        ("", "", "Host RAM: {vbsize} ({sizeh}) total, {vbsize} ({sizeh}) available", 1),
        ("", "", "Guest OS type: '{=Ubuntu_64|Windows11_64|Debian_64|Linux26_64}'", 2),
        ("", "", "{=NumCPUs|RamSize|VRamSize|TimerMillies} <integer> = {0x16} ({num})"),
        ("", "", "{=Name|MAC|Path|Format} <string>  = \"{cfgstr}\" (cb={n})"),
        ("", "", "VMMDev: Guest Log: vboxguest: host-version: {version}r{num} {0x8}"),
        ("", "", "VMMDev: Guest Additions information report: Version {version} r{num} '{version}_Ubuntu'"),
        ("", "", "VMMDev: Guest Additions capability report: ({0x8} -> {0x8}) seamless: {=no|yes}, hostWindowMapping: {=no|yes}, graphics: {=no|yes}"),
        ("", "", "GUI: UIMachineViewNormal::resendSizeHint: Restoring guest size-hint for screen {n1} to {n}x{n}"),
        ("", "", "VMMDev: SetVideoModeHint: Got a video mode hint ({n}x{n}x{n})@({n}x{n}),({n1};{n1}) at {n1}"),
        ("", "", "PIT: mode={n1} count={0x} ({num}) - {float} Hz (ch={n1})"),
        ("", "", "AHCI#0: Port {n1} reset"),
        ("", "", "e1000#0: Link is {=up|down}"),
        ("", "", "NAT: Link {=up|down}"),
        ("", "", "NAT: DHCP offered IP address {ip4}"),
        ("", "", "AIOMgr: Endpoint for file '{vdisk}' (flags {0x8}) created successfully"),
        ("", "", "AIOMgr: I/O manager {0x} encountered a critical error ({vbrc}) during operation. Falling back to failsafe mode. Expect reduced performance"),
        ("", "", "VMSetError: {vbsrc}({num}) {vbfunc}; rc={vbrc}"),
        ("", "", "Changing the VM state from '{=RUNNING|SUSPENDED|POWERING_OFF|RESETTING}' to '{=SUSPENDING|RUNNING|OFF|DESTROYING}'"),
        ("", "", "Console: Machine state changed to '{=Running|Paused|Stopping|PoweredOff}'"),
        ("", "", "GIM: KVM: VCPU  {n1}: Enabled system-time struct. at {0x} - u32TscScale={0x8} i8TscShift={neg} uVersion={n} fFlags={0x8} uTsc={0x} uVirtNanoTS={0x}"),
        ("", "", "TM: Giving up catch-up attempt at a {num} ns lag; new total: {num} ns"),
        ("", "", "Display::handleDisplayResize: uScreenId={n1} pvVRAM={0x} w={n} h={n} bpp={n} cbLine={0x8} flags={0x8}"),
        ("", "", "VUSB: Attached '{=HidMouse|HidKeyboard|Logitech USB Receiver}[proxy {0x}]' to port {n1} on RootHub#{n1} (FullSpeed)"),
    ],
}


def ucs_header(r, ts, level, comp):
    sev, mnem = comp.split(" ")
    inner = ts.strftime("%Y %b ") + f"{ts.day:2d}" + ts.strftime(" %H:%M:%S") + " UTC"
    return f"{bsd(ts)} {r.choice(['ucs-fi-a', 'ucs-fi-b'])} : {inner}: %UCSM-{sev}-{mnem}: "


UCSM = {
    "about": "Cisco UCS Manager 4.2 faults and events via syslog from the fabric interconnects: [code][severity][cause][dn] description",
    "log_format": "<Month> <Day> <Time> <Host> : <Stamp>: %UCSM-<Severity>-<Mnemonic>: <Content>",
    "start": datetime.datetime(2026, 12, 7, 2, 30, 0),
    "gap_ms": 2500,
    "header": ucs_header,
    "statements": [
        ("", "3 EQUIPMENT_INOPERABLE", "[F0185][{=major|critical|cleared}][equipment-inoperable][sys/chassis-{n1}/blade-{n1}/board/memarray-1/mem-{n}] DIMM {=A1|B2|C1|D2|E1} on server {n1}/{n1} operability: {=inoperable|degraded}"),
        ("", "2 SERVER_FAILED", "[F0174][{=critical|cleared}][server-failed][{dn}] Server {n1}/{n1} (service profile: {svcprof}) has failed. Please correct the problem by checking the SEL and verifying the hardware"),
        ("", "4 THERMAL_PROBLEM", "[F0369][{ucssev}][thermal-problem][sys/chassis-{n1}/psu-{n1}] Power supply {n1} in chassis {n1} temperature: {=upper-non-critical|upper-critical|upper-non-recoverable}"),
        ("", "3 LINK_DOWN", "[F0276][{ucssev}][link-down][{dn}] ether port {n} on fabric interconnect {=A|B} oper state: {=link-down|sfp-not-present|error-disabled}, reason: {=Link failure or not-connected|SFP validation failed|Administratively down}"),
        ("", "3 LINK_DOWN", "[F0283][{ucssev}][link-down][{dn}] VIF {n} on server {n1} / {n1} of switch {=A|B} down, reason: {=Bound Physical Interface Down|waiting for flogi|ENM source pinning failed|None}"),
        ("", "4 FAN_PROBLEM", "[F0371][{ucssev}][equipment-degraded][{dn}] Fan {n1} in Fan Module {n1}-{n1} under chassis {n1} operability: {=degraded|inoperable}"),
        ("", "3 CONFIG_FAILURE", "[F0327][{ucssev}][configuration-failure][{svcprof}] Service profile {svcname} configuration failed due to {ucsqual}"),
        ("", "4 HEALTH_LED_AMBER", "[F1236][{ucssev}][health-led-amber][{dn}] Health LED of server {n1}/{n1} shows error. Reason: {=DIMM_A1 ECC error|PSU_REDUNDANCY|SEL_FULL|CPU1_TEMP_HI}"),
        ("", "3 BIOS_POST_TIMEOUT", "[F0313][{ucssev}][equipment-problem][{dn}] Server {n1}/{n1} BIOS failed power-on self test"),
        ("", "4 POWER_PROBLEM", "[F0407][{ucssev}][power-problem][sys/chassis-{n1}/psu-{n1}] Power supply {n1} in chassis {n1} power: {=failed|off|error}"),
        ("", "5 ASSOCIATION", "[F0332][{ucssev}][association-failed][{svcprof}] Service profile {svcname} association failed for {dn}"),
        ("", "6 EVENT", "[{eventid}][{txid}][transition][internal][] [FSM:STAGE:END]: {=Waiting for BIOS POST completion|Preparing to check hardware configuration|Power off server|Configure SoL|Sending Discover request}({fsm}:{fsmstage})"),
        ("", "6 EVENT", "[{eventid}][{txid}][transition][internal][] [FSM:END]: {=Discover|Association|Disassociation|BiosRecovery} of {dn}(FSM:sam:dme:Compute{fsm})"),
        ("", "6 AUDIT", "[{eventid}][{txid}][creation][{ucsuser}][] Web A: local user {user} logged in from {ip4}"),
        ("", "6 AUDIT", "[{eventid}][{txid}][deletion][{ucsuser}][] Web A: local user {user} logged out from {ip4}"),
        ("", "6 AUDIT", "[{eventid}][{txid}][creation][{ucsuser}][] SSH {=A|B}: remote user {ucsremote} logged in from {ip4}"),
        ("", "6 AUDIT", "[{eventid}][{txid}][modification][{ucsuser}][{svcprof}] Service profile {svcname} modified: {ucsmods}"),
        ("", "5 FIRMWARE", "[{eventid}][{txid}][transition][internal][] Firmware {=activation|update} of {=adaptor|board controller|CIMC|BIOS} on server {n1}/{n1} {=started|completed} (version {fwver})"),
        ("", "4 VOLTAGE_PROBLEM", "[F0425][{ucssev}][voltage-problem][{dn}] Motherboard of server {n1}/{n1} (service profile: {svcprof}) voltage: {=lower-critical|upper-critical|lower-non-recoverable}"),
    ],
}

SYSTEMS = {"NiFi": NIFI, "Thanos": THANOS, "Prefect": PREFECT, "Ghost": GHOST, "CyrusIMAP": CYRUS, "CiscoISE": ISE,
           "VirtualBox": VIRTUALBOX, "CiscoUCSM": UCSM}
