"""unseen4 statements, part C: Asterisk, Cisco IOS, Flink, PHP-FPM, Sendmail, Spring Boot, Windows event text."""
import datetime

from sys4_a import syslog_stamp, MON


def _ast_header(r, ts, level, comp):
    call = comp.endswith("+")
    src = comp.rstrip("+")
    cid = f"[C-{r.randint(1, 4000):08x}]" if call else ""
    return "[" + ts.strftime("%Y-%m-%d %H:%M:%S") + f"] {level}[{r.randint(1000, 40000)}]{cid} {src}: "


AST_ARGS = "\"PJSIP/{chanres}-{hex8}\", \"{dialarg}\""
ASTERISK = {
    "about": "Asterisk 18/20 full log: '[date time] LEVEL[thread][C-callid] source.c:' header, the call id only on call lines",
    "log_format": r"\[<Time>\] <Level>\[<Thread>\] <Source>: <Content>",
    "start": datetime.datetime(2026, 10, 11, 8, 0, 0),
    "header": _ast_header,
    "statements": [
        ("VERBOSE", "pbx.c+", "Executing [{ext}@{ctx}:{n:1-9}] {=Dial|Answer|Playback|NoOp|Set|Hangup|VoiceMail}(" + AST_ARGS + ") in new stack"),
        ("VERBOSE", "app_dial.c+", "Called PJSIP/{ext}"),
        ("VERBOSE", "app_dial.c+", "PJSIP/{chanres}-{hex8} is ringing"),
        ("VERBOSE", "app_dial.c+", "PJSIP/{chanres}-{hex8} answered PJSIP/{chanres}-{hex8}"),
        ("VERBOSE", "app_dial.c+", "Nobody picked up in {n:15000-60000} ms"),
        ("VERBOSE", "pbx.c+", "Spawn extension ({ctx}, {ext}, {n:1-9}) exited non-zero on 'PJSIP/{chanres}-{hex8}'"),
        ("VERBOSE", "pbx.c+", "Auto fallthrough, channel 'PJSIP/{chanres}-{hex8}' status is '{=BUSY|NOANSWER|CHANUNAVAIL|CONGESTION}'"),
        ("VERBOSE", "app_dial.c+", "Everyone is busy/congested at this time ({n:1-3}:{n:0-3}/{n:0-3}/{n:0-3})"),
        ("VERBOSE", "bridge_channel.c+", "Channel PJSIP/{chanres}-{hex8} joined '{=simple_bridge|native_rtp}' basic-bridge <{uuid}>"),
        ("VERBOSE", "bridge_channel.c+", "Channel PJSIP/{chanres}-{hex8} left '{=simple_bridge|native_rtp}' basic-bridge <{uuid}>"),
        ("NOTICE", "res_pjsip/pjsip_distributor.c", "Request '{=REGISTER|INVITE|OPTIONS}' from '{sipfrom}' failed for '{ip}:{port}' (callid: {b62_14}) - {=No matching endpoint found|Failed to authenticate|No matching endpoint found after 5 tries in 0.145 ms}"),
        ("WARNING", "res_pjsip_outbound_registration.c", "No response received from 'sip:{domain}' on registration attempt to 'sip:{ext}@{domain}', retrying in '{=60|30}'"),
        ("VERBOSE", "res_pjsip/pjsip_configuration.c", "Endpoint {ext} is now {=Reachable|Unreachable}"),
        ("VERBOSE", "res_pjsip/pjsip_options.c", "Contact {ext}/sip:{ext}@{ip}:{port} is now {=Reachable|Unreachable}.  RTT: {f:0~300:3} msec"),
        ("VERBOSE", "res_pjsip_registrar.c", "Added contact 'sip:{ext}@{ip}:{port};transport={=udp|tcp|tls}' to AOR '{ext}' with expiration of {=3600|300|120} seconds"),
        ("VERBOSE", "res_pjsip_registrar.c", "Removed contact 'sip:{ext}@{ip}:{port}' from AOR '{ext}' due to {=request|expiration}"),
        ("VERBOSE", "asterisk.c", "Remote UNIX connection"),
        ("VERBOSE", "asterisk.c", "Remote UNIX connection disconnected"),
        ("VERBOSE", "file.c+", "<PJSIP/{chanres}-{hex8}> Playing '{=custom/welcome|vm-goodbye|hello-world}.{=slin|gsm|ulaw}' (language '{=en|de}')"),
        ("WARNING", "channel.c+", "Unable to find a codec translation path: ({=ulaw|opus|g722}) -> ({=opus|g729|alaw})"),
        ("ERROR", "pbx.c", "Cannot find extension context '{=from-pstn|ivr-old}'"),
        ("WARNING", "pbx.c+", "Channel 'PJSIP/{chanres}-{hex8}' sent to invalid extension but no invalid handler: context,exten,priority={ctx},{ext},{n:1-3}"),
        ("VERBOSE", "loader.c", "Reloading module '{=res_pjsip.so|chan_pjsip.so|app_voicemail.so}' ({=Basic SIP resource|PJSIP Channel Driver|Comedian Mail (Voicemail System)})"),
        ("VERBOSE", "asterisk.c", "Asterisk Ready.", 2),
        ("NOTICE", "manager.c", "{=127.0.0.1|10.0.0.12} tried to authenticate with nonexistent user '{user}'"),
        ("VERBOSE", "manager.c", "Manager '{=admin|fop2|monitor}' logged on from {ip}"),
        ("VERBOSE", "manager.c", "Manager '{=admin|fop2|monitor}' logged off from {ip}"),
        ("SECURITY", "res_security_log.c", "SecurityEvent=\"InvalidAccountID\",EventTV=\"{date:iso}\",Severity=\"Error\",Service=\"PJSIP\",EventVersion=\"{=1}\",AccountID=\"{ext}\",SessionID=\"{b62_14}\",LocalAddress=\"IPV4/UDP/{ip}/{=5060}\",RemoteAddress=\"IPV4/UDP/{ip}/{port}\""),
    ],
}


def _cisco_header(r, ts, level, comp):
    dev = f"{MON[ts.month - 1]} {ts.day:2d} {ts.strftime('%H:%M:%S')}.{ts.microsecond // 1000:03d}"
    dev = ("*" + dev) if r.random() < 0.2 else (dev + " UTC")
    return f"{syslog_stamp(ts)} {r.choice(['10.0.0.1', '10.0.0.2', '10.10.3.254', 'core-sw1'])} {r.randint(1000, 999999)}: {dev}: "


CIPHER = "'{=aes256-ctr|aes128-gcm@openssh.com|aes256-gcm}', hmac '{=hmac-sha2-256|hmac-sha2-512}'"
CISCO = {
    "about": "Cisco IOS via syslog: collector stamp, device address, sequence number, device stamp (a '*' when unsynced), %FAC-SEV-MNEMONIC",
    "log_format": r"<Month> <Day> <Time> <Host> <Seq>: <DevTime>: <Content>",
    "start": datetime.datetime(2026, 10, 12, 6, 0, 0),
    "header": _cisco_header,
    "statements": [
        ("", "", "%LINK-3-UPDOWN: Interface {ciscoif}, changed state to {=up|down}"),
        ("", "", "%LINK-5-CHANGED: Interface {ciscoif}, changed state to administratively down"),
        ("", "", "%LINEPROTO-5-UPDOWN: Line protocol on Interface {ciscoif}, changed state to {=up|down}"),
        ("", "", "%SYS-5-CONFIG_I: Configured from console by {=admin|netops|jdoe} on vty{n:0-4} ({ip})"),
        ("", "", "%SEC-6-IPACCESSLOGP: list {=101|ACL-IN|OUTSIDE_IN} {=denied|permitted} {=tcp|udp} {ip}({port}) -> {ip}({port}), {n:1-50} {=packet|packets}"),
        ("", "", "%SEC-6-IPACCESSLOGDP: list {=101|ACL-IN} denied icmp {ip} -> {ip} ({=8|3|0}/{=0|3}), {n:1-50} {=packet|packets}"),
        ("", "", "%OSPF-5-ADJCHG: Process {=1|10}, Nbr {ip} on {ciscoif} from {=LOADING|FULL|INIT|EXSTART} to {=FULL|DOWN|INIT}, {=Loading Done|Neighbor Down: Dead timer expired|Neighbor Down: Interface down or detached|Neighbor Down: Adjacency forced to reset}"),
        ("", "", "%BGP-5-ADJCHANGE: neighbor {ip} Up"),
        ("", "", "%BGP-5-ADJCHANGE: neighbor {ip} Down {=BGP Notification sent|Peer closed the session|Interface flap|BGP Notification received}"),
        ("", "", "%BGP-3-NOTIFICATION: sent to neighbor {ip} {n:1-6}/{n:0-7} ({=hold time expired|administrative reset|peer in wrong AS}) {=0|3|2} bytes"),
        ("", "", "%SSH-5-SSH2_SESSION: SSH2 Session request from {ip} (tty = {n:0-4}) using crypto cipher " + CIPHER + " {=Succeeded|Failed}"),
        ("", "", "%SSH-5-SSH2_USERAUTH: User '{=admin|netops|backup}' authentication for SSH2 Session from {ip} (tty = {n:0-4}) using crypto cipher " + CIPHER + " {=Succeeded|Failed}"),
        ("", "", "%SSH-5-SSH2_CLOSE: SSH2 Session from {ip} (tty = {n:0-4}) for user '{=admin|netops}' using crypto cipher " + CIPHER + " closed"),
        ("", "", "%SEC_LOGIN-5-LOGIN_SUCCESS: Login Success [user: {=admin|netops|jdoe}] [Source: {ip}] [localport: {=22|23}] at {date:ciscotime}"),
        ("", "", "%SEC_LOGIN-4-LOGIN_FAILED: Login failed [user: {=admin|cisco|root|test}] [Source: {ip}] [localport: {=22|23}] [Reason: Login Authentication Failed] at {date:ciscotime}"),
        ("", "", "%DUAL-5-NBRCHANGE: EIGRP-IPv4 {=100|10}: Neighbor {ip} ({ciscoif}) is {=down|up}: {=holding time expired|new adjacency|Interface PEER-TERMINATION received|peer restarted}"),
        ("", "", "%SPANTREE-2-BLOCK_BPDUGUARD: Received BPDU on port {ciscoshort} with BPDU Guard enabled. Disabling port."),
        ("", "", "%PM-4-ERR_DISABLE: {=bpduguard|psecure-violation|link-flap} error detected on {ciscoshort}, putting {ciscoshort} in err-disable state"),
        ("", "", "%DHCPD-4-PING_CONFLICT: DHCP address conflict:  server pinged {ip}."),
        ("", "", "%CDP-4-DUPLEX_MISMATCH: duplex mismatch discovered on {ciscoif} (not half duplex), with {=SW2|core-sw1|AP-3F} {ciscoif} (half duplex)."),
        ("", "", "%SYS-6-LOGGINGHOST_STARTSTOP: Logging to host {ip} port {=514} started - CLI initiated", 2),
        ("", "", "%ILPOWER-5-POWER_GRANTED: Interface {ciscoshort}: Power granted"),
        ("", "", "%ILPOWER-7-DETECT: Interface {ciscoshort}: Power Device detected: {=IEEE PD|Cisco PD}"),
        ("", "", "%SW_MATM-4-MACFLAP_NOTIF: Host {ciscomac} in vlan {n:1-400} is flapping between port {ciscoshort} and port {ciscoshort}"),
        ("", "", "%PARSER-5-CFGLOG_LOGGEDCMD: User:{=admin|netops}  logged command:{=interface Gi1/0/3|no shutdown|switchport access vlan 20|write memory|shutdown}"),
        ("", "", "%SYS-5-RESTART: System restarted --", 1),
        ("", "", "%SYS-5-RELOAD: Reload requested by {=admin|netops} on vty{n:0-4} ({ip}). Reload Reason: Reload Command.", 1),
        ("", "", "%ETHCNTR-3-LOOP_BACK_DETECTED: Keepalive packet loop-back detected on {ciscoif}."),
        ("", "", "%IP-4-DUPADDR: Duplicate address {ip} on {ciscoif}, sourced by {ciscomac}"),
        ("", "", "%PORT_SECURITY-2-PSECURE_VIOLATION: Security violation occurred, caused by MAC address {ciscomac} on port {ciscoif}."),
    ],
}


def _flink_header(r, ts, level, comp):
    return ts.strftime("%Y-%m-%d %H:%M:%S,") + f"{ts.microsecond // 1000:03d} {level:<5} {comp:<60} [] - "


EG = "org.apache.flink.runtime.executiongraph.ExecutionGraph"
CC = "org.apache.flink.runtime.checkpoint.CheckpointCoordinator"
JM = "org.apache.flink.runtime.jobmaster.JobMaster"
FLINK = {
    "about": "Apache Flink 1.18/1.19 JobManager/TaskManager log4j2: date, time with comma millis, padded level, logger padded to 60, empty MDC '[]', ' - '",
    "log_format": r"<Date> <Time> <Level> <Logger> \[<Mdc>\] - <Content>",
    "start": datetime.datetime(2026, 10, 12, 8, 0, 0),
    "header": _flink_header,
    "statements": [
        ("INFO", EG, "{vertex} ({n:1-4}/{=4|8}) ({hex32}_{hex32}_{n:0-7}_{n:0-3}) switched from {=DEPLOYING|INITIALIZING|RUNNING|SCHEDULED|CREATED} to {=INITIALIZING|RUNNING|FINISHED|CANCELING|FAILED}."),
        ("INFO", EG, "Job {jobname} ({hex32}) switched from state {=RUNNING|FAILING|RESTARTING|CREATED} to {=FAILING|RESTARTING|RUNNING|FAILED|CANCELED}."),
        ("INFO", CC, "Triggering checkpoint {n:1-9999} (type=CheckpointType{{name='Checkpoint', sharingFilesStrategy=FORWARD_BACKWARD}}) @ {ms13} for job {hex32}."),
        ("INFO", CC, "Completed checkpoint {n:1-9999} for job {hex32} ({bytes} bytes, checkpointDuration={n:20-90000} ms, finalizationTime={n:0-50} ms)."),
        ("INFO", CC, "Checkpoint {n:1-9999} of job {hex32} expired before completing."),
        ("INFO", CC, "Decline checkpoint {n:1-9999} by task {hex32}_{hex32}_{n:0-7}_{n:0-3} of job {hex32} at {ip}:{n:30000-60000}-{hex6} @ {host} (dataPort={n:30000-60000})."),
        ("WARN", "org.apache.flink.runtime.checkpoint.CheckpointFailureManager", "Failed to trigger or complete checkpoint {n:1-9999} for job {hex32}. ({n:0-10} consecutive failed attempts so far)"),
        ("INFO", "org.apache.flink.runtime.resourcemanager.slotmanager.FineGrainedSlotManager", "Received resource requirements from job {hex32}: [ResourceRequirement{{resourceProfile=ResourceProfile{{UNKNOWN}}, numberOfRequiredSlots={n:1-16}}}]"),
        ("INFO", "org.apache.flink.runtime.resourcemanager.StandaloneResourceManager", "Registering TaskManager with ResourceID {ip}:{n:30000-60000}-{hex6} (pekko.tcp://flink@{ip}:{port}/user/rpc/taskmanager_0) at ResourceManager"),
        ("INFO", EG, "Deploying {vertex} ({n:1-4}/{=4|8}) (attempt #{n:0-3}) with attempt id {hex32}_{hex32}_{n:0-7}_{n:0-3} and vertex id {hex32}_{n:0-7} to {ip}:{n:30000-60000}-{hex6} @ {host} (dataPort={n:30000-60000}) with allocation id {hex32}"),
        ("INFO", "org.apache.flink.runtime.executiongraph.failover.RestartPipelinedRegionFailoverStrategy", "Calculating tasks to restart to recover the failed task {hex32}_{n:0-7}."),
        ("INFO", "org.apache.flink.runtime.executiongraph.failover.RestartPipelinedRegionFailoverStrategy", "{n:1-40} tasks will be restarted to recover the failed task {hex32}_{n:0-7}."),
        ("INFO", JM, "Disconnect TaskExecutor {ip}:{n:30000-60000}-{hex6} because: {tmreason}"),
        ("INFO", "org.apache.flink.runtime.resourcemanager.StandaloneResourceManager", "Closing TaskExecutor connection {ip}:{n:30000-60000}-{hex6} because: {tmreason}"),
        ("INFO", "org.apache.flink.runtime.dispatcher.StandaloneDispatcher", "Received JobGraph submission '{jobname}' ({hex32}).", 3),
        ("INFO", "org.apache.flink.runtime.dispatcher.StandaloneDispatcher", "Submitting job '{jobname}' ({hex32}).", 3),
        ("INFO", JM, "Initializing job '{jobname}' ({hex32}).", 3),
        ("INFO", JM, "Using restart back off time strategy FixedDelayRestartBackoffTimeStrategy(maxNumberRestartAttempts={=2147483647|3}, backoffTimeMS={=1000|10000}) for {jobname} ({hex32}).", 3),
        ("INFO", JM, "Starting execution of job '{jobname}' ({hex32}) under job master id {hex32}.", 3),
        ("INFO", "org.apache.flink.runtime.taskexecutor.TaskExecutor", "Un-registering task and sending final execution state {=FINISHED|FAILED|CANCELED} to JobManager for task {vertex} ({n:1-4}/{=4|8})#{n:0-3} {hex32}_{hex32}_{n:0-7}_{n:0-3}."),
        ("INFO", "org.apache.flink.runtime.taskexecutor.slot.TaskSlotTableImpl", "Free slot TaskSlot(index:{n:0-7}, state:{=ACTIVE|ALLOCATED}, resource profile: ResourceProfile{{cpuCores={=1}, taskHeapMemory={=384.000mb (402653174 bytes)|512.000mb (536870912 bytes)}}}, allocationId: {hex32}, jobId: {hex32})."),
        ("INFO", "org.apache.flink.runtime.scheduler.adaptive.AdaptiveScheduler", "Trying to recover from a global failure."),
        ("WARN", "org.apache.flink.runtime.taskmanager.Task", "{vertex} ({n:1-4}/{=4|8})#{n:0-3} ({hex32}_{hex32}_{n:0-7}_{n:0-3}) switched from RUNNING to FAILED with failure cause: {=java.io.IOException: Connection reset by peer|org.apache.kafka.common.errors.TimeoutException: Timeout of 60000ms expired before the position for partition orders-3 could be determined|java.lang.OutOfMemoryError: Java heap space}"),
        ("INFO", "org.apache.flink.runtime.blob.BlobServer", "Created BLOB server storage directory /tmp/blobStore-{uuid}", 2),
        ("INFO", "org.apache.flink.runtime.rpc.pekko.PekkoRpcService", "Starting RPC endpoint for org.apache.flink.runtime.{=dispatcher.StandaloneDispatcher|resourcemanager.StandaloneResourceManager|jobmaster.JobMaster} at pekko://flink/user/rpc/{=dispatcher_0|resourcemanager_0|jobmanager_2} .", 4),
    ],
}

FPM = "[pool {fpmpool}] "
PHPFPM = {
    "about": "PHP-FPM 8.x master log: '[dd-Mon-YYYY HH:MM:SS] LEVEL:' header",
    "log_format": r"\[<Time>\] <Level>: <Content>",
    "start": datetime.datetime(2026, 10, 11, 14, 0, 0),
    "gap_ms": 6000,
    "header": lambda r, ts, level, comp: "[" + f"{ts.day:02d}-{MON[ts.month - 1]}-{ts.year} {ts.strftime('%H:%M:%S')}] {level}: ",
    "statements": [
        ("WARNING", "", FPM + "server reached pm.max_children setting ({n:5-50}), consider raising it"),
        ("NOTICE", "", "fpm is running, pid {pid}", 2),
        ("NOTICE", "", "ready to handle connections", 2),
        ("WARNING", "", FPM + "child {pid}, script '{script}' (request: \"{=GET|POST} {urlpath}\") executing too slow ({f:1~30:6} sec), logging"),
        ("NOTICE", "", "child {pid} stopped for tracing"),
        ("NOTICE", "", "about to trace {pid}"),
        ("NOTICE", "", "finished trace of {pid}"),
        ("WARNING", "", FPM + "child {pid} exited on signal {=9|11|15} ({=SIGKILL|SIGSEGV|SIGTERM}) after {f:0~90000:6} seconds from start"),
        ("NOTICE", "", FPM + "child {pid} started"),
        ("WARNING", "", FPM + "child {pid} said into stderr: \"{fpmerr}\""),
        ("NOTICE", "", FPM + "child {pid} exited with code {=0|255|1} after {f:0~90000:6} seconds from start"),
        ("NOTICE", "", "Terminating ...", 1),
        ("NOTICE", "", "exiting, bye-bye!", 1),
        ("NOTICE", "", "Reloading in progress ...", 2),
        ("NOTICE", "", "reloading: execvp(\"/usr/sbin/php-fpm8.2\", {{\"/usr/sbin/php-fpm8.2\", \"--nodaemonize\", \"--fpm-config\", \"/etc/php/8.2/fpm/php-fpm.conf\"}})", 2),
        ("WARNING", "", FPM + "seems busy (you may need to increase pm.start_servers, or pm.min/max_spare_servers), spawning {=8|16|32} children, there are {n:0-3} idle, and {n:5-60} total children"),
        ("ERROR", "", "unable to read what child say: Bad file descriptor ({=9})"),
        ("WARNING", "", FPM + "child {pid}, script '{script}' (request: \"{=GET|POST} {urlpath}\") execution timed out ({f:30~300:6} sec), terminating"),
        ("NOTICE", "", "using inherited socket fd={=7|8}, \"{=/run/php/php8.2-fpm.sock|127.0.0.1:9000}\"", 2),
        ("NOTICE", "", "systemd monitor interval set to {=10000ms}", 2),
        ("ERROR", "", "failed to open configuration file '/etc/php/8.2/fpm/pool.d/{=www|api}.conf': No such file or directory ({=2})", 1),
        ("WARNING", "", FPM + "'user' directive is ignored when FPM is not running as root", 2),
        ("ERROR", "", "[{=/etc/php/8.2/fpm/pool.d/www.conf|/etc/php/8.2/fpm/php-fpm.conf}:{n:1-500}] value is NULL for a ZEND_INI_PARSER_ENTRY", 1),
        ("WARNING", "", FPM + "child {pid}, script '{script}' (request: \"{=GET|POST} {urlpath}\"), pipe is closed"),
    ],
}


def _sm_header(r, ts, level, comp):
    return f"{syslog_stamp(ts)} {r.choice(['mx1', 'mx2'])} {comp}[{r.randint(300, 99999)}]: "


SM = "sm-mta"
DELAY = "delay={hms}, xdelay={hms}"
SENDMAIL = {
    "about": "Sendmail 8.15-8.18 via syslog: 'Mon dd HH:MM:SS host sm-mta[pid]:' header, queue ids first in most messages",
    "log_format": r"<Month> <Day> <Time> <Host> <Proc>\[<Pid>\]: <Content>",
    "start": datetime.datetime(2026, 10, 12, 3, 0, 0),
    "header": _sm_header,
    "statements": [
        ("", SM, "{qid}: from={addr}, size={bytes}, class={=0|-60}, nrcpts={n:1-5}, msgid={msgid}, proto={=ESMTP|ESMTPS|ESMTPSA|SMTP}, daemon=MTA-v4, relay={host} [{ip}]"),
        ("", SM, "{qid}: to={addr}, " + DELAY + ", mailer={=esmtp|relay}, pri={n:30000-200000}, relay={host}. [{ip}], dsn={=2.0.0}, stat=Sent ({smstat})"),
        ("", "sm-mta|sendmail", "{qid}: to={addr}, ctladdr={addr} ({n:1000-1005}/{n:1000-1005}), " + DELAY + ", mailer=local, pri={n:30000-200000}, dsn={=2.0.0}, stat=Sent"),
        ("", SM, "{qid}: to={addr}, " + DELAY + ", mailer=esmtp, pri={n:30000-200000}, relay={host}. [{ip}], dsn={=4.0.0|4.4.1|4.4.2}, stat=Deferred: {=Connection refused by mx.example.com.|Connection timed out with mx.example.com.|451 4.7.1 Please try again later}"),
        ("", SM, "{qid}: to={addr}, " + DELAY + ", mailer=esmtp, pri={n:30000-200000}, relay={host}. [{ip}], dsn={=5.1.1|5.7.1}, stat=User unknown"),
        ("", SM, "{qid}: {addr}... User unknown"),
        ("", SM, "{qid}: ruleset=check_rcpt, arg1={addr}, relay={host} [{ip}], reject={=550} {=5.7.1} {addr}... Relaying denied"),
        ("", SM, "ruleset=check_relay, arg1={host}, arg2={ip}, relay={host} [{ip}], reject={=554} {=5.7.1} Rejected {ip} found in {=zen.spamhaus.org|bl.spamcop.net}"),
        ("", SM, "{host} [{ip}] did not issue MAIL/EXPN/VRFY/ETRN during connection to MTA-v4"),
        ("", SM, "{qid}: lost input channel from {host} [{ip}] to MTA-v4 after {=rcpt|data|mail}"),
        ("", SM, "STARTTLS=server, relay={host} [{ip}], version={=TLSv1.3|TLSv1.2}, verify={=NO|FAIL|OK}, cipher={=TLS_AES_256_GCM_SHA384|ECDHE-RSA-AES256-GCM-SHA384}, bits={=256|128}/{=256|128}"),
        ("", SM, "STARTTLS=client, relay={host}., version={=TLSv1.3|TLSv1.2}, verify={=NO|FAIL|OK}, cipher={=TLS_AES_256_GCM_SHA384|ECDHE-RSA-AES256-GCM-SHA384}, bits={=256|128}/{=256|128}"),
        ("", SM, "AUTH=server, relay={host} [{ip}], authid={user}, mech={=PLAIN|LOGIN}, bits={=0}"),
        ("", SM, "{qid}: collect: premature EOM: Connection reset by {host}"),
        ("", SM, "starting daemon ({=8.15.2|8.17.1}): SMTP+queueing@{=00:10:00|01:00:00}", 2),
        ("", "newaliases|sendmail", "alias database /etc/mail/aliases rebuilt by {=root|admin}", 2),
        ("", "newaliases|sendmail", "/etc/mail/aliases: {n:10-80} aliases, longest {n:5-60} bytes, {n:100-9999} bytes total", 2),
        ("", SM, "{qid}: timeout waiting for input from {host} during server cmd read"),
        ("", SM, "rejecting connections on daemon MTA-v4: load average: {n:12-40}"),
        ("", SM, "accepting connections again for daemon MTA-v4"),
        ("", SM, "{qid}: SYSERR(root): collect: Cannot write ./df{qid} (bfcommit, uid={=0}, gid={=25}): No space left on device"),
        ("", SM, "{qid}: DSN: {=User unknown|Service unavailable|Cannot send message for 5 days}"),
        ("", SM, "{qid}: {qid}: DSN: {=User unknown|Service unavailable|Cannot send message for 5 days}"),
        ("", "sm-msp-queue", "{qid}: to={user}, ctladdr={user} ({n:1000-1005}/{n:1000-1005}), " + DELAY + ", mailer=relay, pri={n:30000-200000}, relay=[{=127.0.0.1}] [{=127.0.0.1}], dsn={=4.0.0}, stat=Deferred: Connection refused by [{=127.0.0.1}]"),
    ],
}


def _sb_header(r, ts, level, comp):
    thread = comp.split("@")[1] if "@" in comp else r.choice([f"nio-8080-exec-{r.randint(1, 10)}", f"task-{r.randint(1, 20)}"])
    logger = comp.split("@")[0]
    return ts.strftime("%Y-%m-%dT%H:%M:%S.") + f"{ts.microsecond // 1000:03d}Z {level:>5} 1 --- [{thread[-15:]:>15}] {logger:<40} : "


SPRINGBOOT = {
    "about": "Spring Boot 3.x default console pattern: ISO stamp, right-aligned level, pid, '---', thread right-aligned in 15, logger padded to 40, ' : '",
    "log_format": r"<Time> <Level> <Pid> --- \[<Thread>\] <Logger> : <Content>",
    "start": datetime.datetime(2026, 10, 13, 9, 0, 0),
    "header": _sb_header,
    "statements": [
        ("INFO", "c.e.shop.ShopApplication@main", "Starting ShopApplication v{=1.4.2} using Java {=17.0.12|21.0.4} with PID {=1} ({=/app/app.jar} started by {=app|root} in {=/app})", 2),
        ("INFO", "c.e.shop.ShopApplication@main", "The following {=1} profile is active: \"{=prod|staging}\"", 2),
        ("INFO", "o.s.b.w.embedded.tomcat.TomcatWebServer@main", "Tomcat initialized with port {=8080} (http)", 2),
        ("INFO", "o.s.b.w.embedded.tomcat.TomcatWebServer@main", "Tomcat started on port {=8080} (http) with context path '{=|/api}'", 2),
        ("INFO", "com.zaxxer.hikari.HikariDataSource@main", "{=HikariPool-1} - Starting...", 2),
        ("INFO", "com.zaxxer.hikari.HikariDataSource@main", "{=HikariPool-1} - Start completed.", 2),
        ("ERROR", "com.zaxxer.hikari.pool.HikariPool", "{=HikariPool-1} - Connection is not available, request timed out after {ms30} (total={n:10-10}, active={n:10-10}, idle={=0}, waiting={n:0-50})"),
        ("WARN", "com.zaxxer.hikari.pool.PoolBase", "{=HikariPool-1} - Failed to validate connection org.postgresql.jdbc.PgConnection@{hex8} (This connection has been closed.). Possibly consider using a shorter maxLifetime value."),
        ("ERROR", "o.a.c.c.C.[.[.[/].[dispatcherServlet]", "Servlet.service() for servlet [dispatcherServlet] in context with path [] threw exception [Request processing failed: {sexc}] with root cause"),
        ("WARN", ".m.m.a.ExceptionHandlerExceptionResolver", "Resolved [org.springframework.web.HttpRequestMethodNotSupportedException: Request method '{=POST|PUT|DELETE}' is not supported]"),
        ("WARN", ".w.s.m.s.DefaultHandlerExceptionResolver", "Resolved [org.springframework.web.bind.MissingServletRequestParameterException: Required request parameter '{=id|page|customerId}' for method parameter type {=Long|String|int} is not present]"),
        ("INFO", "o.s.web.servlet.DispatcherServlet", "Completed initialization in {n:1-9} ms", 2),
        ("INFO", "o.s.web.servlet.DispatcherServlet", "Initializing Servlet 'dispatcherServlet'", 2),
        ("INFO", "o.a.c.c.C.[Tomcat].[localhost].[/]", "Initializing Spring DispatcherServlet 'dispatcherServlet'", 2),
        ("INFO", "o.s.b.a.e.web.EndpointLinksResolver@main", "Exposing {n:1-14} endpoint(s) beneath base path '/actuator'", 2),
        ("INFO", ".s.d.r.c.RepositoryConfigurationDelegate@main", "Bootstrapping Spring Data JPA repositories in DEFAULT mode.", 2),
        ("INFO", ".s.d.r.c.RepositoryConfigurationDelegate@main", "Finished Spring Data repository scanning in {n:20-300} ms. Found {=5} JPA repository interfaces.", 2),
        ("INFO", "org.hibernate.Version@main", "HHH000412: Hibernate ORM core version {=6.4.4.Final|6.5.2.Final}", 2),
        ("INFO", "o.s.b.w.e.tomcat.GracefulShutdown@SpringApplicationShutdownHook", "Commencing graceful shutdown. Waiting for active requests to complete", 1),
        ("INFO", "o.s.b.w.e.tomcat.GracefulShutdown@tomcat-shutdown", "Graceful shutdown complete", 1),
        ("INFO", "j.LocalContainerEntityManagerFactoryBean@SpringApplicationShutdownHook", "Closing JPA EntityManagerFactory for persistence unit 'default'", 1),
        ("WARN", "o.h.engine.jdbc.spi.SqlExceptionHelper", "SQL Error: {=0}, SQLState: {=08003|57P01}"),
        ("INFO", "c.e.shop.order.OrderService", "Order {n:100000-999999} placed by customer {uuid} total={f:1~900:2} {=EUR|USD|GBP} items={n:1-12}"),
        ("WARN", "c.e.shop.order.OrderService", "Payment for order {n:100000-999999} {=declined|failed}: {=insufficient_funds|card_expired|do_not_honor}"),
        ("INFO", "c.e.shop.web.RequestLoggingFilter", "{=GET|POST|DELETE} {urlpath} -> {=200|201|400|404|500} in {dur_ms}"),
        ("WARN", "c.e.shop.inventory.StockClient", "Call to inventory-service failed after {n:1-3} attempts: {=I/O error on GET request for \"http://inventory:8080/api/stock\": Connection refused|503 Service Unavailable: \"no healthy upstream\"|Read timed out}"),
        ("INFO", "c.e.shop.jobs.Scheduler@scheduling-1", "Scheduled job {=cleanupCarts|syncPrices|sendDigest} took {dur_ms}"),
        ("ERROR", "o.s.b.a.l.ConditionEvaluationReportLogger@main", "Error starting ApplicationContext. To display the condition evaluation report re-run your application with 'debug' enabled.", 1),
        ("INFO", "c.e.shop.ShopApplication@main", "Started ShopApplication in {f:3~40:3} seconds (process running for {f:3~45:3})", 2),
    ],
}


def _win_header(r, ts, level, comp):
    src, eid, task = comp.split("#")
    hour = ts.hour % 12 or 12
    stamp = f"{ts.month}/{ts.day}/{ts.year} {hour}:{ts.strftime('%M:%S')} {'AM' if ts.hour < 12 else 'PM'}"
    return f"{level}\t{stamp}\t{src}\t{eid}\t{task}\t"


SCM = "Service Control Manager#{}#None"
WUT = "{=2026-10 Cumulative Update for Windows 11 Version 23H2 for x64-based Systems|Security Intelligence Update for Microsoft Defender Antivirus|2026-09 .NET 8.0.8 Security Update for x64 Client}"
WINEVENT = {
    "about": "Windows System/Application event log exported as text, tab-separated: Level, Date and Time (US, AM/PM), Source, Event ID, Task Category, message",
    "log_format": r"<Level>\t<Date>\t<Source>\t<EventId>\t<Task>\t<Content>",
    "start": datetime.datetime(2026, 10, 11, 7, 0, 0),
    "gap_ms": 30000,
    "header": _win_header,
    "statements": [
        ("Information", SCM.format(7036), "The {svcname} service entered the {=running|stopped} state."),
        ("Information", SCM.format(7040), "The start type of the {svcname} service was changed from {=demand start|auto start|disabled} to {=auto start|demand start|disabled}."),
        ("Error", SCM.format(7000), "The {svcname} service failed to start due to the following error: {=The system cannot find the file specified.|Access is denied.|The service did not respond to the start or control request in a timely fashion.}"),
        ("Error", SCM.format(7009), "A timeout was reached ({=30000|45000} milliseconds) while waiting for the {svcname} service to connect."),
        ("Error", SCM.format(7031), "The {svcname} service terminated unexpectedly.  It has done this {n:1-9} time(s).  The following corrective action will be taken in {=60000|120000} milliseconds: Restart the service."),
        ("Information", SCM.format(7045), "A service was installed in the system. Service Name: {=PSEXESVC|AteraAgent|TeamViewer} Service File Name: {=%SystemRoot%\\PSEXESVC.exe|\"C:\\Program Files\\TeamViewer\\TeamViewer_Service.exe\"} Service Type: user mode service Service Start Type: {=demand start|auto start} Service Account: LocalSystem"),
        ("Information", "EventLog#6005#None", "The Event log service was started.", 3),
        ("Information", "EventLog#6006#None", "The Event log service was stopped.", 2),
        ("Information", "EventLog#6013#None", "The system uptime is {n:100-9999999} seconds."),
        ("Information", "EventLog#6009#None", "Microsoft (R) Windows (R) {=10.00}. {=19045|22631|26100}  Multiprocessor Free.", 3),
        ("Information", "User32#1074#None", "The process {=C:\\Windows\\system32\\shutdown.exe|C:\\Windows\\System32\\RuntimeBroker.exe|C:\\Windows\\servicing\\TrustedInstaller.exe} ({winhost}) has initiated the {=restart|power off} of computer {winhost} on behalf of user {=CORP\\alice|NT AUTHORITY\\SYSTEM|CORP\\svc_patch} for the following reason: {=Operating System: Service pack (Planned)|Other (Planned)|Operating System: Upgrade (Planned)|No title for this reason could be found}  Reason Code: {0xhex}  Shutdown Type: {=restart|power off}  Comment: {=Patch window|Scheduled reboot|-}"),
        ("Critical", "Microsoft-Windows-Kernel-Power#41#(63)", "The system has rebooted without cleanly shutting down first. This error could be caused if the system stopped responding, crashed, or lost power unexpectedly.", 2),
        ("Information", "Microsoft-Windows-Kernel-General#1#(5)", "The system time has changed to {isowin} from {isowin}.  Change Reason: {=An application or system component changed the time.|System time synchronized with the hardware clock.}"),
        ("Warning", "Microsoft-Windows-DNS-Client#1014#(1014)", "Name resolution for the name {domain} timed out after none of the configured DNS servers responded."),
        ("Warning", "Microsoft-Windows-Time-Service#129#None", "NtpClient was unable to set a domain peer to use as a time source because of discovery error. NtpClient will try again in {=15|30|60} minutes and double the reattempt interval thereafter. The error was: {=The entry is not found. (0x800706E1)|The RPC server is unavailable. (0x800706BA)}"),
        ("Warning", "disk#51#None", "An error was detected on device \\Device\\Harddisk{n:0-3}\\DR{n:0-9} during a paging operation."),
        ("Warning", "storahci#129#None", "Reset to device, \\Device\\RaidPort{n:0-2}, was issued."),
        ("Error", "Application Error#1000#(100)", "Faulting application name: {exe}, version: {winver}, time stamp: {0xhex}  Faulting module name: {=ntdll.dll|KERNELBASE.dll|ucrtbase.dll|unknown}, version: {winver}, time stamp: {0xhex}  Exception code: {=0xc0000005|0xc0000409|0xe0434352}  Fault offset: {0xhex}  Faulting process id: {0xhex}  Faulting application start time: {0xhex}  Faulting application path: {=C:\\Program Files\\Google\\Chrome\\Application|C:\\Program Files\\Microsoft Office\\root\\Office16|C:\\Program Files\\Java\\jre-1.8\\bin}\\{exe}"),
        ("Information", "Microsoft-Windows-WindowsUpdateClient#19#Windows Update Agent", "Installation Successful: Windows successfully installed the following update: " + WUT + " ({kb})"),
        ("Error", "Microsoft-Windows-WindowsUpdateClient#20#Windows Update Agent", "Installation Failure: Windows failed to install the following update with error {=0x80070002|0x800f0922|0x80073712}: " + WUT + " ({kb})."),
        ("Error", "Microsoft-Windows-GroupPolicy#1129#None", "The processing of Group Policy failed because of lack of network connectivity to a domain controller. This may be a transient condition. A success message would be generated once the machine gets connected to the domain controller and Group Policy has successfully processed. If you do not see a success message for several hours, then contact your administrator."),
        ("Error", "Microsoft-Windows-DistributedCOM#10016#None", "The application-specific permission settings do not grant Local Activation permission for the COM Server application with CLSID {GUID} and APPID {GUID} to the user {=NT AUTHORITY\\SYSTEM|NT AUTHORITY\\LOCAL SERVICE|CORP\\alice} SID ({=S-1-5-18|S-1-5-19|S-1-5-21-3623811015-3361044348-30300820-1013}) from address LocalHost (Using LRPC) running in the application container Unavailable SID (Unavailable). This security permission can be modified using the Component Services administrative tool."),
        ("Information", "Microsoft-Windows-Security-SPP#16384#None", "Successfully scheduled Software Protection service for re-start at {isowin}. Reason: RulesEngine."),
        ("Error", "NETLOGON#5719#None", "This computer was not able to set up a secure session with a domain controller in domain {=CORP|EMEA} due to the following: {=There are currently no logon servers available to service the logon request.|The RPC server is unavailable.} This may lead to authentication problems. Make sure that this computer is connected to the network. If the problem persists, please contact your domain administrator."),
        ("Error", "Tcpip#4199#None", "The system detected an address conflict for IP address {ip} with the system having network hardware address {macdash}. Network operations on this system may be disrupted as a result."),
        ("Warning", "e1iexpress#27#None", "Intel(R) Ethernet Connection ({=7}) I219-LM  Network link is disconnected."),
        ("Information", "Microsoft-Windows-Winlogon#7001#(1101)", "User Logon Notification for Customer Experience Improvement Program"),
        ("Error", "VSS#8193#None", "Volume Shadow Copy Service error: Unexpected error calling routine {=CoCreateInstance|RegOpenKeyExW(-2147483646,SYSTEM\\CurrentControlSet\\Services\\VSS\\Diag,...)}.  hr = {=0x80070005, Access is denied.|0x80040154, Class not registered}."),
    ],
}

SYSTEMS = {"Asterisk": ASTERISK, "CiscoIOS": CISCO, "Flink": FLINK, "PhpFpm": PHPFPM, "Sendmail": SENDMAIL,
           "SpringBoot": SPRINGBOOT, "WinEvent": WINEVENT}
