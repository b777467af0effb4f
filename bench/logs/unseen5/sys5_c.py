"""unseen5 systems, part C: FreeRADIUS, Keepalived, Pacemaker, libvirtd, Rails, Salt minion (written blind)."""
import datetime
import values5 as v

K = v.KINDS
LAST = {}  # a value two slots print together (a status code and its reason phrase): the second reads the first
REXC = {"ActiveRecord::RecordNotFound": "Couldn't find User with 'id'={n}",
        "ActionController::RoutingError": "No route matches [GET] \"/wp-login.php\"",
        "NoMethodError": "undefined method `name' for nil:NilClass",
        "ActiveRecord::StatementInvalid": "PG::ConnectionBad: could not connect to server",
        "ActionController::InvalidAuthenticityToken": "Can't verify CSRF token authenticity."}


def _remember(r, key, options):
    LAST[key] = r.choice(options)
    return LAST[key]

K.update({
    "rclient": lambda r, ts: r.choice(["ap-lobby", "wlc-2", "vpn-gw", "switch3", "nas01", "AP_Floor2"]),
    "rport": lambda r, ts: str(r.choice([0, 0, 1, 24, 50331648, r.randint(1, 48)])),
    "cli": lambda r, ts: "-".join(v._hex(r, 2) for _ in range(6)).upper(),
    "radid": lambda r, ts: str(r.randint(0, 99999)),
    "radmod": lambda r, ts: r.choice(["eap", "mschap", "pap", "ldap", "sql", "files"]),
    "vrid": lambda r, ts: str(r.randint(1, 254)),
    "vrrpi": lambda r, ts: r.choice(["VI_1", "VI_2", "VI_WEB", "vrrp_db"]),
    "checkscr": lambda r, ts: r.choice(["chk_haproxy", "check_nginx", "chk_pgsql_primary", "track_api"]),
    "rsc": lambda r, ts: r.choice(["vip-web", "pgsql", "fs_data", "drbd0", "nginx", "ping", "stonith-ipmi2", "WebSite"]),
    "rscop": lambda r, ts: r.choice(["start", "stop", "monitor", "promote", "demote", "notify"]),
    "interval": lambda r, ts: str(r.choice([0, 10000, 15000, 30000, 60000])),
    "pnode": lambda r, ts: r.choice(["node1", "node2", "node3", "pcmk-a", "db-ha-2"]),
    "dcstate": lambda r, ts: r.choice(["S_IDLE", "S_POLICY_ENGINE", "S_TRANSITION_ENGINE", "S_ELECTION", "S_INTEGRATION"]),
    "pinput": lambda r, ts: r.choice(["I_PE_CALC", "I_PE_SUCCESS", "I_TE_SUCCESS", "I_ELECTION_DC", "I_NODE_JOIN"]),
    "pcause": lambda r, ts: r.choice(["C_FSA_INTERNAL", "C_TIMER_POPPED", "C_IPC_MESSAGE"]),
    "porigin": lambda r, ts: r.choice(["abort_transition_graph", "notify_crmd", "crm_timer_popped", "do_election_check"]),
    "prc": lambda r, ts: r.choice(["ok", "not running", "error", "not installed", "not configured"]),
    "domain": lambda r, ts: r.choice(["win2019-ad", "ubuntu22", "build7", "db-replica", "k8s-master-1", "pfsense", "nas"]),
    "vnet": lambda r, ts: str(r.randint(0, 40)),
    "qemu_exit": lambda r, ts: r.choice(["shutting down, reason=shutdown", "shutting down, reason=crashed",
                                         "shutting down, reason=destroyed", "terminating on signal 15 from pid 1234 "
                                         "(/usr/sbin/libvirtd)"]),
    "volpath": lambda r, ts: f"/var/lib/libvirt/images/{r.choice(['win2019-ad', 'ubuntu22', 'build7', 'nas'])}"
                             f"{r.choice(['', '-1', '-data'])}.{r.choice(['qcow2', 'img', 'raw'])}",
    "reqid": lambda r, ts: f"{v._hex(r, 8)}-{v._hex(r, 4)}-{v._hex(r, 4)}-{v._hex(r, 4)}-{v._hex(r, 12)}",
    "rparams": lambda r, ts: r.choice(['{}', '{"id"=>"' + str(r.randint(1, 99999)) + '"}',
                                       '{"page"=>"' + str(r.randint(1, 9)) + '", "per"=>"50"}',
                                       '{"user"=>{"email"=>"[FILTERED]", "password"=>"[FILTERED]"}, "commit"=>"Log in"}',
                                       '{"q"=>"late orders", "format"=>"csv"}']),
    "rview": lambda r, ts: r.choice(["users/index.html.erb", "orders/show.html.erb", "layouts/application.html.erb",
                                     "reports/_row.html.erb", "shared/_nav.html.erb"]),
    "rmodel": lambda r, ts: r.choice(["User", "Order", "Report", "Account", "LineItem"]),
    "jobclass": lambda r, ts: r.choice(["ReportMailerJob", "ActionMailer::MailDeliveryJob", "SyncInventoryJob",
                                        "Turbo::Streams::BroadcastJob", "CleanupJob"]),
    "saltstate": lambda r, ts: r.choice(["pkg.installed", "file.managed", "service.running", "cmd.run", "user.present",
                                         "git.latest"]),
    "saltid": lambda r, ts: r.choice(["nginx", "/etc/nginx/nginx.conf", "deploy-app", "ntp", "salt-minion",
                                      "/etc/ssh/sshd_config", "apt-get update"]),
    "saltmaster": lambda r, ts: r.choice(["salt", "salt-master.example.com", "10.0.0.2"]),
    "saltcmt": lambda r, ts: r.choice(["All specified packages are already installed",
                                       "File /etc/nginx/nginx.conf is in the correct state",
                                       "The service nginx is already running", "Command \"apt-get update\" run",
                                       "Service nginx has been enabled, and is running", "File /etc/motd updated"]),
    "dmicmd": lambda r, ts: r.choice(["/usr/sbin/dmidecode -q -t 0,1,2,3,4,17", "/sbin/iptables -w --table filter "
                                      "--list-rules", "/usr/sbin/dnsmasq --conf-file=/var/lib/libvirt/dnsmasq/default.conf"]),
    "zero": lambda r, ts: "0",
    "limit": lambda r, ts: r.choice(["1", "1", "1", "25", "50"]),
    "clock": lambda r, ts: ts.strftime("%H:%M:%S.") + f"{r.randint(0, 999999):06d}",
    "dec": lambda r, ts: f"{r.uniform(0.1, 9999):.{r.choice([1, 3])}f}",
    "radmodmsg": lambda r, ts: r.choice(["eap", "mschap", "pap", "ldap", "sql", "files"]) + ": Failed retrieving values "
                                        "required to evaluate condition",
    "mschapmsg": lambda r, ts: r.choice(["mschap: MS-CHAP2-Response is incorrect", "mschap: FAILED: No NT-Password.  "
                                                                                   "Cannot perform authentication"]),
    "invmsg": lambda r, ts: r.choice(["rlm_files: No matching entry", "rlm_sql: No matching entry"]),
    "rcode": lambda r, ts: _remember(r, "rcode", ["200", "302", "304", "404", "422", "500", "401"]),
    "rreason": lambda r, ts: {"200": "OK", "302": "Found", "304": "Not Modified", "404": "Not Found",
                              "422": "Unprocessable Content", "500": "Internal Server Error",
                              "401": "Unauthorized"}[LAST["rcode"]],
    "rexcls": lambda r, ts: _remember(r, "rexc", list(REXC)),
    "rexmsg": lambda r, ts: REXC[LAST["rexc"]].replace("{n}", str(r.randint(1, 9999))),
    "mailid": lambda r, ts: f"{v._hex(r, 8)}{v._b62(r, 8)}@{r.choice(v.HOSTS)}.mail",
    "saltuser": lambda r, ts: r.choice(["root", "root", "sudo_" + r.choice(v.USERS[:8]), "salt"]),
})


def radius_header(r, ts, level, comp):
    return f"{ts.strftime('%a %b')} {ts.day:2d} {ts.strftime('%H:%M:%S %Y')} : {level}: "


def keepalived_header(r, ts, level, comp):
    return f"{ts.strftime('%b')} {ts.day:2d} {ts.strftime('%H:%M:%S')} {r.choice(['lb1', 'lb2'])} " \
           f"{comp}[{r.choice([1021, 1022, 3110])}]: "


def pacemaker_header(r, ts, level, comp):
    daemon, func = comp.split(":")
    return f"{ts.strftime('%b %d %H:%M:%S')} {r.choice(['node1', 'node2'])} {daemon:<19} [{r.choice([1402, 1405, 1407])}] " \
           f"({func}) \t{level}: "


def libvirt_header(r, ts, level, comp):
    return f"{ts.strftime('%Y-%m-%d %H:%M:%S')}.{ts.microsecond // 1000:03d}+0000: {r.choice([1822, 1840, 1841, 2277])}: " \
           f"{level} : {comp} : "


def rails_header(r, ts, level, comp):
    return f"{level[0]}, [{ts.strftime('%Y-%m-%dT%H:%M:%S')}.{ts.microsecond:06d} #{r.choice([11, 12, 3017])}] " \
           f"{level:>5} -- : "


def salt_header(r, ts, level, comp):
    return f"{ts.strftime('%Y-%m-%d %H:%M:%S')},{ts.microsecond // 1000:03d} [{comp:<17}:{r.randint(20, 2400):<4}]" \
           f"[{level:<8}][{r.choice([2201, 2201, 8812, 30417])}] "


FREERADIUS = {
    "about": "FreeRADIUS 3 radius.log (ctime stamp with padded day, ' : Level: ')",
    "log_format": "<Date> : <Level>: <Content>",
    "header": radius_header, "start": datetime.datetime(2026, 12, 6, 4, 4, 4), "gap_ms": 1500,
    "statements": [
        ("Auth", "", "({radid}) Login OK: [{user}] (from client {rclient} port {rport} cli {cli})"),
        ("Auth", "", "({radid}) Login OK: [{user}] (from client {rclient} port {rport} cli {cli} via TLS tunnel)"),
        ("Auth", "", "({radid}) Login incorrect ({radmodmsg}): "
                     "[{user}] (from client {rclient} port {rport} cli {cli})"),
        ("Auth", "", "({radid}) Login incorrect ({mschapmsg}): [{user}] (from client {rclient} "
                     "port {rport} cli {cli} via TLS tunnel)"),
        ("Auth", "", "({radid}) Login incorrect: [{user}/<via Auth-Type = eap>] (from client {rclient} port {rport} "
                     "cli {cli})"),
        ("Auth", "", "({radid}) Login incorrect (Home Server says so): [{user}] (from client {rclient} port {rport} "
                     "cli {cli})"),
        ("Auth", "", "({radid}) Invalid user ({invmsg}): [{user}] (from client {rclient} "
                     "port {rport} cli {cli})"),
        ("Error", "", "({radid}) eap_peap: ERROR: TLS Alert read:fatal:{=unknown CA|certificate unknown|access "
                      "denied}"),
        ("Error", "", "({radid}) eap_peap: ERROR: Failed in __FUNCTION__ (SSL_read): error:{hex8}:SSL "
                      "routines::{=tlsv1 alert unknown ca|sslv3 alert certificate unknown}"),
        ("Error", "", "({radid}) eap: ERROR: Failed continuing EAP {=PEAP|TTLS|TLS} ({int}) session.  EAP sub-module "
                      "failed"),
        ("Info", "", "Ready to process requests", 2),
        ("Info", "", "Debugger not attached", 2),
        ("Info", "", "Loaded virtual server {=default|inner-tunnel|<internal>}", 3),
        ("Info", "", "Need {int} more connections to reach {int} spares"),
        ("Info", "", "rlm_sql ({=sql|sql_accounting}): Opening additional connection ({int}), {int} of {int} pending "
                     "slots used"),
        ("Error", "", "rlm_ldap (ldap): Bind with cn={user},ou=services,dc=example,dc=com to ldap://{fqdn}:{port} "
                      "failed: {=Can't contact LDAP server|Invalid credentials}"),
        ("Info", "", "Signalled to terminate", 1),
        ("Info", "", "Exiting normally", 1),
        ("Error", "", "Ignoring request to auth address * port {port} bound to server default from unknown client "
                      "{ip} port {eport} proto {=udp|tcp}"),
        ("Error", "", "Dropping packet without response because of error: Received packet from {ip} with invalid "
                      "Message-Authenticator!  (Shared secret is incorrect.)"),
        ("Warning", "", "Please update your configuration, and remove 'auth_goodpass = {=yes|no}'", 2),
    ],
}

KEEPALIVED = {
    "about": "Keepalived 2.2 via syslog (Mon dd padded, host, Keepalived_vrrp[pid] / Keepalived_healthcheckers[pid])",
    "log_format": r"<Month> <Day> <Time> <Host> <Component>\[<Pid>\]: <Content>",
    "header": keepalived_header, "start": datetime.datetime(2026, 12, 4, 0, 0, 0), "gap_ms": 60000,
    "statements": [
        ("", "Keepalived_vrrp", "({vrrpi}) Entering MASTER STATE"),
        ("", "Keepalived_vrrp", "({vrrpi}) Entering BACKUP STATE"),
        ("", "Keepalived_vrrp", "({vrrpi}) Entering FAULT STATE"),
        ("", "Keepalived_vrrp", "({vrrpi}) Entering BACKUP STATE (init)"),
        ("", "Keepalived_vrrp", "({vrrpi}) received lower priority ({int}) advert from {ip} - discarding"),
        ("", "Keepalived_vrrp", "({vrrpi}) Receive advertisement timeout"),
        ("", "Keepalived_vrrp", "({vrrpi}) Master received advert from {ip} with higher priority {int}, ours {int}"),
        ("", "Keepalived_vrrp", "({vrrpi}) Sending/queueing gratuitous ARPs on {iface} for {ip}"),
        ("", "Keepalived_vrrp", "Sending gratuitous ARP on {iface} for {ip}"),
        ("", "Keepalived_vrrp", "Script `{checkscr}` now returning {int}"),
        ("", "Keepalived_vrrp", "VRRP_Script({checkscr}) succeeded (exited with status {int})"),
        ("", "Keepalived_vrrp", "VRRP_Script({checkscr}) failed (exited with status {int})"),
        ("", "Keepalived_vrrp", "({vrrpi}) Changing effective priority from {int} to {int}"),
        ("", "Keepalived_vrrp", "({vrrpi}) ip address associated with VRID {vrid} not present in MASTER advert : {ip}"),
        ("", "Keepalived_healthcheckers", "TCP connection to [{ip}]:tcp:{port} success."),
        ("", "Keepalived_healthcheckers", "TCP connection to [{ip}]:tcp:{port} failed."),
        ("", "Keepalived_healthcheckers", "{=Removing|Adding} service [{ip}]:tcp:{port} {=from|to} VS "
                                          "[{ip}]:tcp:{port}"),
        ("", "Keepalived_healthcheckers", "HTTP status code error to [{ip}]:tcp:{port} url({=/health|/}), status_code "
                                          "[{status}]."),
        ("", "Keepalived_healthcheckers", "Lost quorum {int}-{int}={int} > {int} for VS [{ip}]:tcp:{port}"),
        ("", "Keepalived_vrrp", "Registering Kernel netlink reflector", 1),
        ("", "Keepalived_vrrp", "Opening file '{path}'.", 2),
        ("", "Keepalived_vrrp", "(Line {int}) WARNING - interface {iface} for vrrp_instance {vrrpi} doesn't exist", 1),
        ("", "Keepalived_vrrp", "Stopped - used {secs} user time, {secs} system time", 1),
    ],
}

PACEMAKER = {
    "about": "Pacemaker 2.1 detail log (Mon dd, node, daemon padded to 19, [pid], (function), tab, level:)",
    "log_format": r"<Month> <Day> <Time> <Node> <Daemon> \[<Pid>\] \(<Function>\) <Level>: <Content>",
    "header": pacemaker_header, "start": datetime.datetime(2026, 12, 6, 1, 2, 3), "gap_ms": 5000,
    "statements": [
        ("notice", "pacemaker-controld:do_state_transition", "State transition {dcstate} -> {dcstate} | input={pinput} "
                                                             "cause={pcause} origin={porigin}"),
        ("notice", "pacemaker-controld:te_rsc_command", "Initiating {rscop} operation {rsc}_{rscop}_{interval} "
                                                        "{=locally|on} {pnode} | action {int}"),
        ("notice", "pacemaker-controld:process_lrm_event", "Result of {rscop} operation for {rsc} on {pnode}: {prc} | "
                                                           "CIB update {int}, graph action confirmed; call={int} "
                                                           "key={rsc}_{rscop}_{interval}"),
        ("notice", "pacemaker-controld:run_graph", "Transition {int} (Complete={int}, Pending={int}, Fired={int}, "
                                                   "Skipped={int}, Incomplete={int}, Source={path}): {=Complete|"
                                                   "Stopped|In-progress}"),
        ("info", "pacemaker-controld:abort_transition_graph", "Transition {int} aborted by {rsc}_{rscop}_{interval} "
                                                              "'{=modify|create}' on {pnode}: Change in recurring "
                                                              "result | xpath=/cib/status/node_state[@id='{int}']/lrm"),
        ("notice", "pacemaker-schedulerd:log_list_item", "* {=Start|Stop|Restart|Move|Recover}      {rsc}     ( "
                                                         "{pnode} )"),
        ("notice", "pacemaker-schedulerd:pcmk__log_transition_summary", "Calculated transition {int}, saving inputs "
                                                                        "in "
                                                                        "/var/lib/pacemaker/pengine/pe-input-{int}.bz2"),
        ("warning", "pacemaker-schedulerd:unpack_rsc_op_failure", "Unexpected result ({prc}) was recorded for {rscop} "
                                                                  "of {rsc} on {pnode} at {ctime} | rc={int} "
                                                                  "id={rsc}_last_failure_0"),
        ("info", "pacemaker-attrd:attrd_peer_update", "Setting fail-count-{rsc}#{rscop}_{interval}[{pnode}] in "
                                                      "instance_attributes: (unset) -> {int} | from {pnode}"),
        ("notice", "pacemaker-fenced:remote_op_done", "Operation '{=reboot|off}' targeting {pnode} by {pnode} for "
                                                      "pacemaker-controld.{pid}@{pnode}: {=OK|Timer expired}"),
        ("info", "pacemaker-based:cib_perform_op", "Diff: --- {int}.{int}.{int} {hex32}"),
        ("info", "pacemaker-based:cib_perform_op", "Diff: +++ {int}.{int}.{int} {hex32}"),
        ("info", "pacemaker-based:cib_process_request", "Completed cib_{=modify|replace|delete} operation for section "
                                                        "{=status|constraints|resources}: OK (rc={zero}, "
                                                        "origin={pnode}/crmd/{int}, version={int}.{int}.{int})"),
        ("notice", "pacemaker-controld:peer_update_callback", "Node {pnode} state is now {=lost|member}"),
        ("warning", "pacemaker-controld:pcmk_cpg_membership", "Node {int} left group crmd (peer={pnode}:{int}, counter="
                                                              "{int}.{int})"),
        ("error", "pacemaker-execd:log_op_output", "{rsc}_{rscop}_{interval}[{pid}] error output [ {err} ]"),
        ("info", "pacemaker-controld:crm_timer_popped", "PEngine Recheck Timer just popped | input=I_PE_CALC "
                                                        "time={ims}"),
    ],
}

LIBVIRT = {
    "about": "libvirtd (ISO stamp with millis and +0000, thread number, level : function:line : )",
    "log_format": "<Time>: <Thread>: <Level> : <Function> : <Content>",
    "header": libvirt_header, "start": datetime.datetime(2026, 12, 6, 2, 2, 2), "gap_ms": 4000,
    "statements": [
        ("error", "qemuMonitorIO:595", "internal error: End of file from qemu monitor"),
        ("error", "qemuMonitorIORead:583", "Unable to read from monitor: Connection reset by peer"),
        ("error", "qemuProcessReportLogError:1931", "internal error: qemu unexpectedly closed the monitor: "
                                                    "{=qemu-system-x86_64: -drive file=/dev/null: Could not open "
                                                    "'/dev/null'|2026-12-06T02:00:00.000000Z qemu-kvm: terminating on "
                                                    "signal 15}"),
        ("warning", "qemuDomainObjTaint:6398", "Domain id={int} name='{domain}' uuid={uuid} is tainted: "
                                               "{=high-privileges|custom-argv|host-cpu}"),
        ("error", "virNetSocketReadWire:1791", "End of file while reading data: Input/output error"),
        ("error", "virDomainObjGetState:0", "Requested operation is not valid: domain is not running"),
        ("error", "qemuDomainObjBeginJobInternal:976", "Timed out during operation: cannot acquire state change lock "
                                                       "(held by monitor=remoteDispatchDomainGetBlockInfo)"),
        ("error", "virStorageFileReportBrokenChain:4902", "Cannot access storage file '{volpath}' (as uid:{int}, gid:"
                                                          "{int}): No such file or directory"),
        ("error", "virNetDevTapCreate:247", "Unable to create tap device vnet{vnet}: Device or resource busy"),
        ("warning", "virSecuritySELinuxRestoreFileLabel:1540", "cannot lookup default selinux label for {volpath}"),
        ("error", "virCommandWait:2744", "internal error: Child process ({dmicmd}) "
                                         "unexpected exit status {int}: {=/dev/mem: No such file or directory|"
                                         "/sys/firmware/dmi/tables/smbios_entry_point: Permission denied}"),
        ("warning", "qemuDomainSnapshotForEachQcow2Raw:6021", "Some snapshots were not created for domain {domain}"),
        ("error", "virKeepAliveTimerInternal:137", "internal error: connection closed due to keepalive timeout"),
        ("warning", "virNetClientIncomingEvent:1988", "Rejecting connection from {ip}:{eport}: {err}"),
        ("error", "qemuMigrationSrcCheckCompleted:2007", "operation failed: migration out job: {=unexpectedly failed|"
                                                         "canceled by client}"),
        ("error", "virFileReadAll:1460", "Failed to open file '/sys/class/net/vnet{vnet}/operstate': No such file or "
                                         "directory"),
    ],
}

RAILS = {
    "about": "Ruby on Rails 7 production.log (Logger: 'I, [ISO #pid]  INFO -- : ' with a [request id] tag)",
    "log_format": r"<L>, \[<Time> #<Pid>\] <Level> -- : <Content>",
    "header": rails_header, "start": datetime.datetime(2026, 12, 6, 8, 0, 0), "gap_ms": 300,
    "statements": [
        ("INFO", "", "[{reqid}] Started {method} \"{rpath}\" for {ip} at {sqldate}"),
        ("INFO", "", "[{reqid}] Processing by {ctl}#{action} as {=HTML|JSON|CSV|TURBO_STREAM}"),
        ("INFO", "", "[{reqid}]   Parameters: {rparams}"),
        ("INFO", "", "[{reqid}]   Rendered {rview} within layouts/application (Duration: {dec} ms | Allocations: "
                     "{num})"),
        ("INFO", "", "[{reqid}]   Rendered layout layouts/application.html.erb (Duration: {dec} ms | Allocations: "
                     "{num})"),
        ("INFO", "", "[{reqid}] Completed {rcode} {rreason} in {ims} (Views: {dec} ms | ActiveRecord: {dec} ms | "
                     "Allocations: {num})"),
        ("INFO", "", "[{reqid}] Completed {rcode} {rreason} in {ims} (ActiveRecord: {dec} ms | Allocations: {num})"),
        ("INFO", "", "[{reqid}] Redirected to {url}"),
        ("FATAL", "", "[{reqid}] {rexcls} ({rexmsg}):"),
        ("INFO", "", "[{reqid}] Can't verify CSRF token authenticity."),
        ("INFO", "", "[{reqid}] Filter chain halted as :{=require_login|authenticate_user!|verify_authenticity_token} "
                     "rendered or redirected"),
        ("INFO", "", "[ActiveJob] [{jobclass}] [{uuid}] Performing {jobclass} (Job ID: {uuid}) from "
                     "Async({=default|mailers}) enqueued at {iso}"),
        ("INFO", "", "[ActiveJob] [{jobclass}] [{uuid}] Performed {jobclass} (Job ID: {uuid}) from "
                     "Async({=default|mailers}) in {dec} ms"),
        ("INFO", "", "[ActiveJob] Enqueued {jobclass} (Job ID: {uuid}) to Async({=default|mailers}) with arguments: "
                     "{rparams}"),
        ("WARN", "", "[{reqid}] Unpermitted parameter: :{=utf8|authenticity_token|commit}. Context: {{ controller: "
                     "{ctl}, action: {action}, request: #<ActionDispatch::Request:0x{hex16}>, params: {rparams} }}"),
        ("ERROR", "", "[{reqid}] Couldn't find {rmodel} with 'id'={num}"),
        ("INFO", "", "[{reqid}] Sent data {=report.csv|export.xlsx|invoice.pdf} ({dec} ms)"),
        ("INFO", "", "[{reqid}] Delivered mail {mailid} ({dec} ms)"),
        ("DEBUG", "", '[{reqid}]   {rmodel} Load ({dec} ms)  SELECT "{=users|orders|reports}".* FROM '
                      '"{=users|orders|reports}" WHERE "{=users|orders|reports}"."id" = $1 LIMIT $2  [["id", {num}], '
                      '["LIMIT", {limit}]]'),
    ],
}

SALT = {
    "about": "Salt minion log (comma millis, [logger padded:line padded][LEVEL padded][pid])",
    "log_format": r"<Date> <Time> \[<Component>:<Line>\]\[<Level>\]\[<Pid>\] <Content>",
    "header": salt_header, "start": datetime.datetime(2026, 12, 5, 12, 0, 0), "gap_ms": 9000,
    "statements": [
        ("INFO", "salt.minion", "User {saltuser} Executing command {saltfun} with jid {jid}"),
        ("INFO", "salt.minion", "Starting a new job {jid} with PID {pid}"),
        ("INFO", "salt.minion", "Returning information for job: {jid}"),
        ("INFO", "salt.state", "Running state [{saltid}] at time {clock}"),
        ("INFO", "salt.state", "Executing state {saltstate} for [{saltid}]"),
        ("INFO", "salt.state", "Completed state [{saltid}] at time {clock} (duration_in_ms={float})"),
        ("INFO", "salt.state", "{saltcmt}"),
        ("ERROR", "salt.state", "{=Command|Package|Service} {saltid} failed: {err}"),
        ("INFO", "salt.loaded.int.module.cmdmod", "Executing command '{saltid}' in directory '{dir}'"),
        ("ERROR", "salt.loaded.int.module.cmdmod", "Command '{saltid}' failed with return code: {int}"),
        ("INFO", "salt.minion", "Minion is starting as user '{=root|salt}'", 2),
        ("INFO", "salt.minion", "Connecting to master. Attempt {int} of {int}"),
        ("ERROR", "salt.minion", "Error while bringing up minion for multi-master. Is master at {saltmaster} "
                                 "responding?"),
        ("INFO", "salt.crypt", "Waiting {int} seconds before retry."),
        ("WARNING", "salt.minion", "Master hostname: '{saltmaster}' not found or not responsive. Retrying in {int} "
                                   "seconds"),
        ("INFO", "salt.minion", "Added mine.update to scheduler"),
        ("INFO", "salt.utils.schedule", "Running scheduled job: {=__mine_interval|__master_alive|highstate}"),
        ("INFO", "salt.minion", "Minion return retry timer set to {int} seconds (randomized)"),
        ("CRITICAL", "salt.crypt", "The Salt Master has rejected this minion's public key!"),
        ("INFO", "salt.state", "File changed:\\n--- \\n+++ \\n@@ -{int},{int} +{int},{int} @@"),
    ],
}

SYSTEMS = {"FreeRadius": FREERADIUS, "Keepalived": KEEPALIVED, "Pacemaker": PACEMAKER, "Libvirt": LIBVIRT,
           "Rails": RAILS, "SaltMinion": SALT}
