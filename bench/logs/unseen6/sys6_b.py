"""unseen6 systems, part B: ProFTPD, Icinga 2, Suricata, Junos, Corosync. See make-unseen6.py."""
import datetime

UTC = datetime.timezone.utc


def _syslog_stamp(ts, zero_day=False):
    return f"{ts:%b} {ts.day:02d} {ts:%H:%M:%S}" if zero_day else f"{ts:%b} {ts.day:2d} {ts:%H:%M:%S}"


# ---- ProFTPD (proftpd.log / SystemLog): date time,ms host proftpd[pid] server (client[ip]): message
def _proftpd_header(r, ts, level, comp):
    ip = r.choice(["198.51.100.7", "203.0.113.40", f"10.20.{r.randint(0, 9)}.{r.randint(2, 250)}", "::ffff:192.0.2.15",
                   f"81.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"])
    name = r.choice([ip, ip, "client-44.dsl.example.net", "scanner.badhost.ru"])
    return f"{ts:%Y-%m-%d %H:%M:%S},{ts.microsecond // 1000:03d} ftp01 proftpd[{r.randint(1000, 64000)}] ftp01.example.com ({name}[{ip}]): "


TLS = "mod_tls/2.9.2: "
PROFTPD = {
    "about": "ProFTPD SystemLog: ms stamp with a comma, host, proftpd[pid], server name, (client name[client address])",
    "log_format": r"<Date> <Time> <Host> proftpd\[<Pid>\] <Server> \(<Client>\): <Content>",
    "start": datetime.datetime(2026, 12, 6, 6, 0, 0, tzinfo=UTC),
    "gap_ms": 2500,
    "header": _proftpd_header,
    "statements": [
        ("", "", "FTP session opened."),
        ("", "", "FTP session closed."),
        ("", "", "USER {pool:user}: Login successful."),
        ("", "", "ANON {~anonymous|ftp}: Login successful."),
        ("", "", "USER {pool:user} (Login failed): {=Incorrect password|User in /etc/ftpusers|Invalid shell: '/sbin/nologin'|No such user found}"),
        ("", "", "USER {pool:user}: no such user found from {ip} [{ip}] to {ip}:{n:21-21}"),
        ("", "", "Preparing to chroot to directory '{~/srv/ftp/alice|/home/bob|/srv/ftp/pub|/var/ftp/incoming dir}'"),
        ("", "", "Maximum login attempts ({n:3-6}) exceeded, connection refused"),
        ("", "", "SECURITY VIOLATION: Root login attempted"),
        ("", "", "FTP session idle timeout, disconnected"),
        ("", "", "FTP no transfer timeout, disconnected"),
        ("", "", "FTP login timed out, disconnected"),
        ("", "", "Data transfer stall timeout: {n:300-600} seconds"),
        ("", "", "Refused PORT {n:1-254},{n:0-255},{n:0-255},{n:1-254},{n:0-255},{n:0-255} (address mismatch)"),
        ("", "", TLS + "TLS/TLS-C requested, starting TLS handshake"),
        ("", "", TLS + "TLS/TLS-C negotiation failed on control channel"),
        ("", "", TLS + "client did not reuse SSL session, rejecting data connection (see the NoSessionReuseRequired TLSOptions parameter)"),
        ("", "", TLS + "{=Protocol|Cipher} {~TLSv1.3|TLSv1.2|TLS_AES_256_GCM_SHA384|ECDHE-RSA-AES128-GCM-SHA256} negotiated on {=control|data} channel"),
        ("", "", "notice: user {pool:user}: aborting transfer: {~Link to file server lost|Transfer aborted. Data connection closed|Connection reset by peer}"),
        ("", "", "error setting {=write|read} fd IP_TOS: {=Invalid argument|Operation not permitted}"),
        ("", "", "Transfer of '{pool:file}' {=completed|aborted}: {n:0-99999999} bytes in {f:0:120:3} seconds"),
        ("", "", "Passive data transfer failed, possibly due to network issues", 4),
        ("", "", "Check the PassivePorts range, or look for the client using a NAT", 4),
    ],
}


# ---- Icinga 2 (icinga2.log): [date time offset] severity/Facility: message
def _icinga_header(r, ts, level, comp):
    return f"[{ts:%Y-%m-%d %H:%M:%S} +0000] {level}/{comp}: "


CHK = "{pool:short}!{=http|ping4|disk|load|ssh|mysql-replication|Postgres Connections}"
ICINGA = {
    "about": "Icinga 2 (icinga2.log): [stamp with offset], severity/Facility, host!service object names",
    "log_format": r"\[<Time>\] <Level>/<Facility>: <Content>",
    "start": datetime.datetime(2026, 12, 6, 1, 0, 0, tzinfo=UTC),
    "gap_ms": 1200,
    "header": _icinga_header,
    "statements": [
        ("information", "Checkable", "Checking for configured notifications for object '" + CHK + "'"),
        ("information", "Notification", "Sending '{=Problem|Recovery|Custom|Acknowledgement}' notification '" + CHK + "!{~mail-icingaadmin|slack-oncall|pagerduty}' for user '{pool:user}'"),
        ("information", "Notification", "Completed sending '{=Problem|Recovery|Custom}' notification '" + CHK + "!{~mail-icingaadmin|slack-oncall|pagerduty}' for checkable '" + CHK + "' and user '{pool:user}' using command '{=mail-service-notification|mail-host-notification|slack-notification}'."),
        ("information", "Checkable", "Checkable '" + CHK + "' has {n:1-4} notification(s). Checking filters for type '{=Problem|Recovery|DowntimeStart}', sends will be logged."),
        ("warning", "PluginNotificationTask", "Notification command for object '" + CHK + "' (PID: {n:1000-64000}, arguments: {~'/etc/icinga2/scripts/mail-service-notification.sh' '-4' '10.0.0.5' '-d' '2026-12-06 01:14:03 +0000'|'/usr/local/bin/slack-notify' '--channel' '#ops'}) terminated with exit code {n:1-127}, output: {~sh: 1: mail: not found|curl: (6) Could not resolve host: hooks.slack.com|Segmentation fault}"),
        ("information", "ApiListener", "New client connection for identity '{pool:host}' from [{ip}]:{port}"),
        ("information", "ApiListener", "Finished sending runtime config updates for endpoint '{pool:host}' in zone '{~master|satellite-eu|agent-web03}'."),
        ("information", "ApiListener", "Sending config updates for endpoint '{pool:host}' in zone '{~master|satellite-eu|agent-web03}'."),
        ("warning", "ApiListener", "Removing API client for endpoint '{pool:host}'. {n:0-40} API clients left."),
        ("information", "ApiListener", "Reconnecting to endpoint '{pool:host}' via host '{ip}' and port '{n:5665-5665}'"),
        ("critical", "ApiListener", "Cannot connect to host '{ip}' on port '{n:5665-5665}'"),
        ("critical", "ApiListener", "Client TLS handshake failed (from [{ip}]:{port}): {~Error: Connection reset by peer|Error: stream truncated|Error: certificate verify failed (self-signed certificate in certificate chain)}"),
        ("information", "IdoMysqlConnection", "Pending queries: {n:0-9000} (Input: {n:0-900}/s; Output: {n:0-900}/s)"),
        ("information", "ConfigObject", "Dumping program state to file '{~/var/lib/icinga2/icinga2.state}'"),
        ("information", "WorkQueue", "#{n:1-20} ({=ApiListener|IdoMysqlConnection|JsonRpcConnection}, {=RelayQueue|ido-mysql|SyncQueue}) items: {n:0-9000}, rate: {f:0:50:5}/s ({n:0-3000}/min {n:0-9000}/5min {n:0-30000}/15min);"),
        ("information", "Application", "Got reload command: Started new instance with PID '{n:1000-64000}' (waiting for it to become ready).", 3),
        ("information", "ExternalCommandListener", "Executing external command: [{epoch}] {=PROCESS_SERVICE_CHECK_RESULT|SCHEDULE_FORCED_SVC_CHECK|ACKNOWLEDGE_SVC_PROBLEM};{pool:short};{=http|disk|load};{~0;OK - all good|2;CRITICAL - socket timeout after 10 seconds|1756912345|2;1;1;admin;working on it}"),
        ("warning", "Process", "Killing process group {n:1000-64000} ('{~/usr/lib/nagios/plugins/check_http -H web03 -S|/usr/lib/nagios/plugins/check_disk -w 20% -c 10% -p /}') after timeout of {n:60-60} seconds"),
        ("information", "DbConnection", "'{=ido-mysql|ido-pgsql}' {=resumed|paused}."),
        ("information", "Checkable", "Checkable '" + CHK + "' is not reachable, skipping notifications."),
        ("information", "CheckerComponent", "'{~checker}' started.", 2),
        ("critical", "checker", "Exception occurred while checking '" + CHK + "': Error: {~Function call 'pipe2' failed with error code 24, 'Too many open files'|Check command 'check_nrpe' does not exist.}"),
    ],
}


# ---- Suricata 6 (suricata.log): d/m/yyyy -- time - <Level> - message
def _suricata_header(r, ts, level, comp):
    return f"{ts.day}/{ts.month}/{ts.year} -- {ts:%H:%M:%S} - <{level}> - "


IFACE = "{~eth0|ens3|enp3s0f1}"
SURICATA = {
    "about": "Suricata 6 (suricata.log): d/m/yyyy -- time - <Level> -, error codes inside the message",
    "log_format": r"<Date> -- <Time> - <<Level>> - <Content>",
    "start": datetime.datetime(2026, 12, 6, 4, 0, 0, tzinfo=UTC),
    "gap_ms": 3000,
    "header": _suricata_header,
    "statements": [
        ("Notice", "", "This is Suricata version {~6.0.15 RELEASE} running in SYSTEM mode", 2),
        ("Info", "", "CPUs/cores online: {n:2-64}", 2),
        ("Info", "", "{n:1-40} rule files processed. {n:1000-40000} rules successfully loaded, {n:0-12} rules failed"),
        ("Info", "", "Threshold config parsed: {n:0-40} rule(s) found"),
        ("Info", "", "{n:1000-40000} signatures processed. {n:0-2000} are IP-only rules, {n:0-9000} are inspecting packet payload, {n:0-30000} inspect application layer, {n:0-200} are decoder event only"),
        ("Info", "", "{=fast|eve-log|stats} output device ({=regular|unix_stream}) initialized: {~fast.log|eve.json|stats.log}"),
        ("Perf", "", "{~eth0|ens3}: creating {n:1-16} threads"),
        ("Notice", "", "all {n:1-16} packet processing threads, {n:2-4} management threads initialized, engine started."),
        ("Notice", "", "Signal Received.  Stopping engine.", 2),
        ("Info", "", "time elapsed {unitf:s:10:90000:3}", 2),
        ("Perf", "", "(W#{n:1-16}-" + IFACE + ") Kernel: Packets {n:0-99999999}, dropped {n:0-99999}"),
        ("Notice", "", "Stats for '" + IFACE + "':  pkts: {n:0-99999999}, drop: {n:0-99999} ({f:0:30:2}%), invalid chksum: {n:0-9999}"),
        ("Error", "", "[ERRCODE: SC_ERR_INVALID_SIGNATURE({n:39-39})] - error parsing signature \"{pool:suri_rule}\" from file {~/var/lib/suricata/rules/suricata.rules|/etc/suricata/rules/local.rules} at line {n:1-90000}"),
        ("Warning", "", "[ERRCODE: SC_WARN_POOR_RULE({n:276-276})] - rule {n:2000000-2999999}: SYN-only to port(s) {n:0-1024}:{n:0-65535} w/o direction specified, disabling for toclient direction"),
        ("Error", "", "[ERRCODE: SC_ERR_AFP_CREATE({n:190-190})] - Unable to find type for iface \"{~eth1|bond0|ens4}\": {=No such device|Operation not permitted}"),
        ("Warning", "", "[ERRCODE: SC_WARN_FLOW_EMERGENCY({n:158-158})] - Warning, flow memcap reached. Flow engine in emergency mode.", 5),
        ("Info", "", "rule reload starting"),
        ("Info", "", "rule reload complete"),
        ("Info", "", "cleaning up signature grouping structure... complete"),
        ("Config", "", "Found an MTU of {~1500|9000|1450} for '" + IFACE + "'"),
        ("Config", "", "Set snaplen to {~1524|9024|1474} for '" + IFACE + "'"),
        ("Info", "", "Going to use {n:1-16} thread(s)"),
        ("Warning", "", "[ERRCODE: SC_ERR_PCAP_OPEN_OFFLINE({n:26-26})] - {~/data/pcaps/capture 2026-12-05.pcap|/tmp/x.pcap}: No such file or directory", 2),
        ("Info", "", "Alloc stats: {n:0-99999} allocations, {n:0-99999} reallocations, {n:0-99999} frees", 3),
    ],
}


# ---- Juniper Junos syslog: Mon dd hh:mm:ss host process[pid]: TAG: message
def _junos_header(r, ts, level, comp):
    host = r.choice(["fw-edge-1", "fw-edge-1", "mx480-re0", "ex4300-core"])
    proc = comp if comp in ("/kernel", "RT_FLOW") else f"{comp}[{r.randint(1000, 99999)}]"
    return f"{_syslog_stamp(ts)}  {host} {proc}: "


PEER = "{ip} ({=External|Internal} AS {n:64512-65534})"
JUNOS = {
    "about": "Juniper Junos syslog (messages): padded day, two spaces before the host, process[pid] (none for /kernel and RT_FLOW), TAG: inside the message",
    "log_format": r"<Month> <Day> <Time> <Host> <Process>: <Content>",
    "start": datetime.datetime(2026, 12, 6, 0, 5, 0, tzinfo=UTC),
    "gap_ms": 1500,
    "header": _junos_header,
    "statements": [
        ("", "rpd", "RPD_BGP_NEIGHBOR_STATE_CHANGED: BGP peer " + PEER + " changed state from {=Established|Idle|Active|Connect|OpenSent|OpenConfirm} to {=Idle|Active|Established|Connect} (event {=RecvNotify|HoldTime|Start|Stop|RecvKeepAlive|ConnectRetry}) (instance {~master|CUST-A|mgmt_junos})"),
        ("", "rpd", "bgp_hold_timeout:{n:3000-5000}: NOTIFICATION sent to " + PEER + ": code {n:4-4} (Hold Timer Expired Error), Reason: holdtime expired for " + PEER + ", socket buffer sndcc: {n:0-900} rcvcc: {n:0-900} TCP state: {n:4-4}, snd_una: {n:100000-4000000000} snd_nxt: {n:100000-4000000000} snd_wnd: {n:0-65535} rcv_nxt: {n:100000-4000000000} rcv_adv: {n:100000-4000000000}, hold timer {n:0-0}"),
        ("", "mib2d", "SNMP_TRAP_LINK_DOWN: ifIndex {n:500-900}, ifAdminStatus {=up|down}({n:1-2}), ifOperStatus down({n:2-2}), ifName {pool:iface}"),
        ("", "mib2d", "SNMP_TRAP_LINK_UP: ifIndex {n:500-900}, ifAdminStatus up({n:1-1}), ifOperStatus up({n:1-1}), ifName {pool:iface}"),
        ("", "sshd", "SSHD_LOGIN_FAILED: Login failed for user '{pool:user}' from host '{ip}'"),
        ("", "sshd", "Accepted {=password|publickey|keyboard-interactive/pam} for {pool:user} from {ip} port {port} ssh2"),
        ("", "mgd", "UI_COMMIT: User '{pool:user}' requested 'commit' operation (comment: {~none|change ACL|JIRA-1234 add bgp peer|rollback after maintenance})"),
        ("", "mgd", "UI_COMMIT_COMPLETED: commit complete"),
        ("", "mgd", "UI_CMDLINE_READ_LINE: User '{pool:user}', command '{~show interfaces terse|show bgp summary|configure private|show log messages | last 50|commit check|request system storage cleanup}'"),
        ("", "mgd", "UI_LOGIN_EVENT: User '{pool:user}' login, class '{~j-super-user|j-read-only|noc-operator}' [{n:10000-99999}], ssh-connection '{ip} {port} {ip} {n:22-22}', client-mode '{=cli|junoscript|netconf}'"),
        ("", "mgd", "UI_LOGOUT_EVENT: User '{pool:user}' logout"),
        ("", "/kernel", "tcp_timer_keep: Dropping socket connection due to keepalive timer expiration, idle/intvl/cnt: {n:600-7200}/{n:10-75}/{n:3-9}"),
        ("", "chassisd", "CHASSISD_SNMP_TRAP7: SNMP trap generated: Fan/Blower {=Failed|OK} (jnxContentsContainerIndex {n:4-4}, jnxContentsL1Index {n:1-3}, jnxContentsL2Index {n:1-4}, jnxContentsL3Index {n:0-0}, jnxContentsDescr {~Fan Tray 0 Fan 1|Fan Tray 1 Fan 0|Fan Tray 2 Fan 3}, jnxOperatingState/Temp {n:2-6})", 6),
        ("", "rpd", "RPD_OSPF_NBRDOWN: OSPF neighbor {ip} (realm ospf-v2 {pool:iface} area {ip}) state changed from Full to Down due to {=InActiveTimer|KillNbr|1WayRcvd} (event reason: {~BFD session timed out and neighbor was declared dead|neighbor was inactive and declared dead|interface went down})"),
        ("", "rpd", "RPD_OSPF_NBRUP: OSPF neighbor {ip} (realm ospf-v2 {pool:iface} area {ip}) state changed from {=Init|Loading|ExStart} to Full due to {=LoadDone|2WayRcvd} (event reason: neighbor was {~up|reset by peer})"),
        ("", "bfdd", "BFDD_STATE_UP_TO_DOWN: BFD Session {ip} (IFL {n:300-900}) state Up -> Down LD/RD({n:1-99}/{n:1-99}) Up time:{~00:12:31|2d 04:11|11:59:02} Local diag: {=CtlExpire|NbrSignal|AdminDown} Remote diag: {=None|CtlExpire} Reason: {~Detect Timer Expiry.|Received DOWN from PEER.}"),
        ("", "RT_FLOW", "RT_FLOW_SESSION_CREATE: session created {ip}/{port}->{ip}/{port} {=junos-https|junos-dns-udp|junos-ssh|None} {ip}/{port}->{ip}/{port} {=None|source rule r1} {=None|dest rule d2} {n:6-17} {~ALLOW-WEB|default-permit|trust-to-untrust} {=trust|untrust|dmz} {=untrust|trust|dmz} {n:10000-999999}"),
        ("", "RT_FLOW", "RT_FLOW_SESSION_CLOSE: session closed {=TCP FIN|TCP RST|idle Timeout|unset|response received}: {ip}/{port}->{ip}/{port} {=junos-https|junos-dns-udp|junos-ssh|None} {ip}/{port}->{ip}/{port} {=None|source rule r1} {=None|dest rule d2} {n:6-17} {~ALLOW-WEB|default-permit|trust-to-untrust} {=trust|untrust|dmz} {=untrust|trust|dmz} {n:10000-999999} {n:0-9999}({n:0-999999}) {n:0-9999}({n:0-999999}) {n:0-3600}"),
        ("", "rpd", "RPD_SCHED_SLIP: {n:4-30} sec scheduler slip, user: {n:0-4} sec {n:0-999999} usec, system: {n:0-4} sec, {n:0-999999} usec", 5),
        ("", "dcd", "DCD_CONFIG_WRITE_FAILED: Failed to write {~ge-0/0/3|xe-1/2/3} configuration: {~Invalid argument|File exists}", 3),
    ],
}


# ---- Corosync 3 (corosync.log): Mon dd time [pid] host corosync level  [SUBSYS] message
def _corosync_header(r, ts, level, comp):
    host = r.choice(["node1", "node2", "node3"])
    return f"{_syslog_stamp(ts, True)} [{r.choice(['1523', '1523', '1588', '1602'])}] {host} corosync {level:<7} [{comp:<6}] "


NODES = "{pool:nodes}"
COROSYNC = {
    "about": "Corosync 3 logfile: zero-padded day, [pid], host, level padded to 7, [SUBSYS] padded to 6 inside brackets",
    "log_format": r"<Month> <Day> <Time> \[<Pid>\] <Host> corosync <Level> \[<Subsystem>\] <Content>",
    "start": datetime.datetime(2026, 12, 6, 2, 0, 0, tzinfo=UTC),
    "gap_ms": 2000,
    "header": _corosync_header,
    "statements": [
        ("notice", "TOTEM", "A new membership ({n:1-3}.{hex:2}) was formed. Members joined: " + NODES),
        ("notice", "TOTEM", "A new membership ({n:1-3}.{hex:2}) was formed. Members left: " + NODES),
        ("notice", "TOTEM", "Token has not been received in {n:750-3000} ms"),
        ("notice", "TOTEM", "A processor failed, forming new configuration: token timed out ({unit:ms:1000-3000}), waiting {unit:ms:1200-3600} for consensus."),
        ("notice", "TOTEM", "Retransmit List: {pool:retrans}"),
        ("notice", "TOTEM", "Initializing transport ({~Kronosnet}).", 2),
        ("notice", "TOTEM", "totemknet initialized", 2),
        ("info", "KNET", "link: host: {n:1-3} link: {n:0-1} is down"),
        ("info", "KNET", "rx: host: {n:1-3} link: {n:0-1} is up"),
        ("info", "KNET", "host: host: {n:1-3} (passive) best link: {n:0-1} (pri: {n:1-1})"),
        ("warning", "KNET", "host: host: {n:1-3} has no active links"),
        ("info", "KNET", "pmtud: PMTUD link change for host: {n:1-3} link: {n:0-1} from {n:400-1500} to {n:1300-8885}"),
        ("info", "KNET", "pmtud: Global data MTU changed to: {n:1300-8885}"),
        ("notice", "QUORUM", "Sync members[{n:1-3}]: " + NODES),
        ("notice", "QUORUM", "Sync joined[{n:1-3}]: " + NODES),
        ("notice", "QUORUM", "Sync left[{n:1-3}]: " + NODES),
        ("notice", "QUORUM", "Members[{n:1-3}]: " + NODES),
        ("notice", "QUORUM", "This node is within the {=primary|non-primary} component and will {=provide|NOT provide} service."),
        ("notice", "MAIN", "Completed service synchronization, ready to provide service."),
        ("notice", "MAIN", "Corosync Cluster Engine {~3.1.8} starting up", 1),
        ("notice", "MAIN", "Corosync Cluster Engine exiting normally", 1),
        ("info", "QB", "server name: {=cmap|cfg|cpg|votequorum|quorum}", 6),
        ("info", "SERV", "Service engine loaded: {=corosync configuration map access|corosync configuration service|corosync cluster closed process group service v1.01|corosync vote quorum service v1.0} [{n:0-5}]", 6),
        ("notice", "CPG", "downlist left_list: {n:0-2} received"),
        ("notice", "CFG", "Node {n:1-3} was shut down by sysadmin", 2),
        ("error", "MAIN", "Corosync main process was not scheduled (@{epochms}) for {f:1000:9000:4} ms (threshold is {f:800:2400:4} ms). Consider token timeout increase."),
    ],
}

SYSTEMS = {"ProFTPD": PROFTPD, "Icinga2": ICINGA, "Suricata": SURICATA, "Junos": JUNOS, "Corosync": COROSYNC}
