"""Systems of the eleventh blind set, first half: Cisco ASA, Duo Authentication Proxy, GitHub Actions runner, iOS device
syslog, Jira, Kong Gateway, IBM Spectrum LSF, Lustre. Each: log_format, header(r, ts, level, comp), statements
(level, component, text[, count])."""
import datetime

from values11 import SHAPES, WORDS, NAMES, hexs, ip, uuid, host, user, when


def syslog_stamp(ts):
    return f"{ts:%b} {ts.day:2d} {ts:%H:%M:%S}"


def hms(r):
    return f"{r.choice([0, 0, 0, 1, 2, 13])}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}"


# ------------------------------------------------------------------------------------------------------------------ Cisco ASA
ASAIF = ["outside", "inside", "dmz", "mgmt", "guest_wifi", "partner-b2b", "VPN_OUT"]
SHAPES.update({
    "asaif": lambda r, ts: r.choice(ASAIF),
    "asaphys": lambda r, ts: r.choice(["GigabitEthernet0/1", "GigabitEthernet1/3", "TenGigabitEthernet0/0", "Port-channel1.120", "Management0/0"]),
    "hms": lambda r, ts: hms(r),
    "acl": lambda r, ts: r.choice(["outside_access_in", "inside_access_out", "global_access", "dmz_in", "CSM_FW_ACL_"]),
    "hash2": lambda r, ts: r.choice(["0x0", "0x" + hexs(r, 8)]),
    "asareason": lambda r, ts: r.choice(["TCP FINs", "TCP Reset-O", "TCP Reset-I", "SYN Timeout", "Conn-timeout", "Flow closed by inspection",
                                         "FIN Timeout", "TCP Reset-O from outside", "Idle Timeout"]),
    "aaareason": lambda r, ts: r.choice(["AAA failure", "Invalid password", "Account locked out", "Timeout"]),
    "asagrp": lambda r, ts: r.choice(["GP-AnyConnect", "DfltGrpPolicy", "Contractors VPN", "GP-Admin"]),
    "asacmd": lambda r, ts: r.choice(["write memory", "show running-config", "clear xlate", "copy running-config startup-config",
                                      "show vpn-sessiondb anyconnect", "configure terminal", "logging enable", "show conn count"]),
    "v6none": lambda r, ts: r.choice(["::", "::", "2001:db8:10::" + f"{r.randint(1, 4000):x}"]),
    "asarate": lambda r, ts: r.choice(["Scanning", "SYN Attack", "Per-client", "Interface"]),
})
ASA = {
    "log_format": "<Month> <Day> <Year> <Time> <Host> : %ASA-<Level>-<EventId>: <Content>",
    "about": "Cisco ASA 9.18 via syslog with the device's own timestamp (logging timestamp) and the host name: Mmm dd yyyy hh:mm:ss host : %ASA-severity-msgid: message",
    "start": datetime.datetime(2026, 12, 6, 9, 0, 0),
    "gap_ms": 300,
    "header": lambda r, ts, level, comp: f"{ts:%b %d %Y %H:%M:%S} {r.choice(['asa-edge01', 'fw-dc2-a'])} : %ASA-{level}-{comp}: ",
    "statements": [
        ("6", "302013", "Built {=inbound|outbound} TCP connection {big} for {asaif}:{ip}/{port} ({ip}/{port}) to {asaif}:{ip}/{port} ({ip}/{port})"),
        ("6", "302015", "Built {=inbound|outbound} UDP connection {big} for {asaif}:{ip}/{port} ({ip}/{port}) to {asaif}:{ip}/{port} ({ip}/{port})"),
        ("6", "302014", "Teardown TCP connection {big} for {asaif}:{ip}/{port} to {asaif}:{ip}/{port} duration {hms} bytes {bytes} {asareason}"),
        ("6", "302014", "Teardown TCP connection {big} for {asaif}:{ip}/{port} to {asaif}:{ip}/{port} duration {hms} bytes {bytes} {asareason} ({user})"),
        ("6", "302016", "Teardown UDP connection {big} for {asaif}:{ip}/{port} to {asaif}:{ip}/{port} duration {hms} bytes {bytes}"),
        ("4", "106023", "Deny {=tcp|udp} src {asaif}:{ip}/{port} dst {asaif}:{ip}/{port} by access-group \"{acl}\" [{hash2}, {hash2}]"),
        ("4", "106023", "Deny icmp src {asaif}:{ip} dst {asaif}:{ip} (type {small}, code {small}) by access-group \"{acl}\" [{hash2}, {hash2}]"),
        ("6", "106100", "access-list {acl} {=permitted|denied} {=tcp|udp} {asaif}/{ip}({port}) -> {asaif}/{ip}({port}) hit-cnt {n} {=first hit|300-second interval} [{hash2}, {hash2}]"),
        ("6", "113004", "AAA user authentication Successful : server =  {ip} : user = {user}"),
        ("6", "113005", "AAA user authentication Rejected : reason = {aaareason} : server = {ip} : user = {user} : user IP = {ip}"),
        ("6", "722051", "Group <{asagrp}> User <{user}> IP <{ip}> IPv4 Address <{ip}> IPv6 address <{v6none}> assigned to session"),
        ("6", "113039", "Group <{asagrp}> User <{user}> IP <{ip}> AnyConnect parent session started."),
        ("4", "716002", "Group <{asagrp}> User <{user}> IP <{ip}> WebVPN session terminated: {=User Requested|Idle Timeout|Max time exceeded|Lost Service}."),
        ("6", "305011", "Built {=dynamic|static} {=TCP|UDP} translation from {asaif}:{ip}/{port} to {asaif}:{ip}/{port}"),
        ("6", "305012", "Teardown {=dynamic|static} {=TCP|UDP} translation from {asaif}:{ip}/{port} to {asaif}:{ip}/{port} duration {hms}"),
        ("4", "733100", "[ {asarate}] drop rate-{=1|2} exceeded. Current burst rate is {n} per second, max configured rate is {n}; Current average rate is {n} per second, max configured rate is {n}; Cumulative total count is {big}"),
        ("2", "106001", "Inbound TCP connection denied from {ip}/{port} to {ip}/{port} flags {=SYN|SYN ACK|FIN ACK|RST}  on interface {asaif}"),
        ("5", "111008", "User '{user}' executed the '{asacmd}' command."),
        ("5", "111010", "User '{user}', running '{=CLI|N/A}' from IP {ip}, executed '{asacmd}'"),
        ("6", "605005", "Login permitted from {ip}/{port} to {asaif}:{ip}/{=ssh|https} for user \"{user}\""),
        ("6", "605004", "Login denied from {ip}/{port} to {asaif}:{ip}/{=ssh|https} for user \"{user}\""),
        ("4", "411001", "Line protocol on Interface {asaphys}, changed state to up"),
        ("4", "411002", "Line protocol on Interface {asaphys}, changed state to down"),
        ("1", "199002", "Startup completed.  Beginning operation.", 1),
    ],
}

# -------------------------------------------------------------------------------------------------------- Duo Auth Proxy
SHAPES.update({
    "twobj": lambda r, ts: f"<{r.choice(['duoauthproxy.lib.radius.server.SimpleRadiusServer', 'duoauthproxy.lib.ldap.client.ADClientFactory', 'twisted.web.client._HTTP11ClientFactory', 'duoauthproxy.lib.http._DuoHTTPClientFactory'])} object at 0x7f{hexs(r, 10)}>",
    "duoapi": lambda r, ts: f"api-{hexs(r, 8)}.duosecurity.com",
    "duomsg": lambda r, ts: r.choice(["Success. Logging you in...", "Login timed out.", "Login request denied.", "User mistake",
                                      "Your account is disabled and cannot access this application. Please contact your administrator.",
                                      "Allowing unknown user"]),
    "twexc": lambda r, ts: r.choice(["twisted.internet.error.ConnectionRefusedError", "twisted.internet.error.TimeoutError",
                                     "twisted.internet.error.DNSLookupError", "ldaptor.protocols.pureldap.LDAPExtendedResponse"]),
    "twerr": lambda r, ts: r.choice(["Connection was refused by other side: 111: Connection refused.", "User timeout caused connection failure.",
                                     f"DNS lookup failed: {host(r)}.", "An error occurred while processing your request"]),
    "adhost": lambda r, ts: f"dc{r.randint(1, 4):02d}.{r.choice(['corp.example.org', 'contoso.local'])}",
})
DUO = {
    "log_format": "<Time> \\[<Component>\\] <Content>",
    "about": "Duo Authentication Proxy 6.3 authproxy.log (Twisted logger): ISO stamp with microseconds and a -0500 offset, [system] that holds spaces and '#', message",
    "start": datetime.datetime(2026, 12, 6, 7, 30, 0),
    "gap_ms": 2500,
    "header": lambda r, ts, level, comp: f"{ts:%Y-%m-%dT%H:%M:%S.%f}-0500 [{comp}] ",
    "statements": [
        ("", "-", "Log opened.", 1),
        ("", "-", "Duo Security Authentication Proxy {version} - Init Complete", 1),
        ("", "-", "{=duoauthproxy.modules.radius_server_auto.DuoAutoRadiusServer|duoauthproxy.modules.radius_server_iframe.DuoIframeRadiusServer} starting on {=1812}", 2),
        ("", "-|duoauthproxy.lib.log#info", "Starting protocol {twobj}"),
        ("", "-|duoauthproxy.lib.log#info", "Stopping protocol {twobj}"),
        ("", "-", "Starting factory {twobj}"),
        ("", "-", "Stopping factory {twobj}"),
        ("", "RadiusAutoServer (UDP)", "Received new request id {n} from ('{ip}', {eport})"),
        ("", "RadiusAutoServer (UDP)", "(('{ip}', {eport}), {n}): login attempt for username '{user}'"),
        ("", "RadiusAutoServer (UDP)", "(('{ip}', {eport}), {n}): Sending AD authentication request for '{user}' to '{adhost}'"),
        ("", "ADClientProtocol,client", "(('{ip}', {eport}), {n}): Primary credentials accepted for '{user}'"),
        ("", "ADClientProtocol,client", "(('{ip}', {eport}), {n}): Primary credentials rejected for '{user}'"),
        ("", "-", "http POST to https://{duoapi}:443/rest/v1/preauth"),
        ("", "-", "http POST to https://{duoapi}:443/rest/v1/auth"),
        ("", "_DuoHTTPClientProtocol,client", "(('{ip}', {eport}), {n}): Got preauth result for: '{=auth|allow|deny|enroll}'"),
        ("", "_DuoHTTPClientProtocol,client", "(('{ip}', {eport}), {n}): Duo authentication returned '{=allow|deny}': '{duomsg}'"),
        ("", "RadiusAutoServer (UDP)", "(('{ip}', {eport}), {n}): Returning response code 2: AccessAccept"),
        ("", "RadiusAutoServer (UDP)", "(('{ip}', {eport}), {n}): Returning response code 3: AccessReject"),
        ("", "RadiusAutoServer (UDP)", "(('{ip}', {eport}), {n}): Sending response"),
        ("", "RadiusAutoServer (UDP)", "(('{ip}', {eport}), {n}): Failmode Safe - Allowed Duo login on preauth failure"),
        ("", "RadiusAutoServer (UDP)", "(('{ip}', {eport}), {n}): Failmode Secure - Denied Duo login on preauth failure"),
        ("", "duoauthproxy.lib.log#error", "[Failure instance: Traceback (failure with no frames): <class '{twexc}'>: {twerr}"),
        ("", "-", "Unable to connect to {adhost}:{=636|389}: {twerr}"),
    ],
}

# ------------------------------------------------------------------------------------------------------------ GitHub runner
JOBS = ["build", "build (ubuntu-latest, 3.11)", "Deploy to staging", "lint", "test (windows-2022, 20.x)", "release / publish",
        "e2e tests", "CodeQL Analyze (csharp)"]
SHAPES.update({
    "ghajob": lambda r, ts: r.choice(JOBS),
    "ghadate": lambda r, ts: (lambda d: f"{d.month}/{d.day}/{d.year} {d.hour % 12 or 12}:{d:%M:%S} {'AM' if d.hour < 12 else 'PM'}")(when(ts, r, 20)),
    "ghaerr": lambda r, ts: r.choice(["The HTTP request timed out after 00:01:00.", "Response status code does not indicate success: 503 (Service Unavailable).",
                                      "A task was canceled.", "No such host is known. (pipelinesghubeus6.actions.githubusercontent.com:443)",
                                      "The SSL connection could not be established, see inner exception."]),
    "timespan": lambda r, ts: f"00:{r.randint(0, 14):02d}:{r.randint(0, 59):02d}.{r.randint(0, 9999999):07d}",
    "ghastep": lambda r, ts: r.choice(["Run actions/checkout@v4", "Set up Python 3.11", "Run npm ci", "Post Run actions/cache@v4",
                                       "Run make test", "Set up job", "Complete job", "Run docker/build-push-action@v5"]),
    "ghadir": lambda r, ts: r.choice(["Bin", "Root", "Work", "Tools", "Temp", "Diag", "Externals"]),
    "ghapath": lambda r, ts: r.choice(["/home/runner/actions-runner", "C:\\actions-runner\\_work", "/opt/actions-runner/_diag",
                                       "/home/runner/actions-runner/_work/_temp", "D:\\a\\_temp"]),
    "ghaaction": lambda r, ts: r.choice(["actions/checkout@v4", "actions/setup-python@v5", "actions/cache@v4", "docker/login-action@v3",
                                         "azure/login@v2", "actions/upload-artifact@v4"]),
})
GHA = {
    "log_format": "\\[<Date> <Time> <Level> <Component>\\] <Content>",
    "about": "GitHub Actions self-hosted runner 2.321 _diag/Runner_*.log and Worker_*.log: [yyyy-mm-dd hh:mm:ssZ LEVEL Component] message",
    "start": datetime.datetime(2026, 12, 6, 10, 0, 0),
    "gap_ms": 900,
    "header": lambda r, ts, level, comp: f"[{ts:%Y-%m-%d %H:%M:%S}Z {level} {comp}] ",
    "statements": [
        ("INFO", "JobDispatcher", "Job request {big} for plan {uuid} job {uuid} received."),
        ("INFO", "JobDispatcher", "Pull OrchestrationId {uuid}.{=build|test|deploy|lint}.__default from JobRequest {big}"),
        ("INFO", "JobDispatcher", "Start renew job request {big} for job {uuid}."),
        ("INFO", "JobDispatcher", "Successfully renew job request {big}, job is valid till {ghadate}"),
        ("INFO", "JobDispatcher", "Worker finished for job {uuid}. Code: {=0|1|2|100}"),
        ("INFO", "JobDispatcher", "finish job request for job {uuid} with result: {=Succeeded|Failed|Canceled}"),
        ("INFO", "Terminal", "Job {ghajob} completed with result: {=Succeeded|Failed|Canceled}"),
        ("INFO", "Terminal", "Running job: {ghajob}"),
        ("INFO", "MessageListener", "Message '{big}' received from session '{uuid}'."),
        ("ERR|WARN", "MessageListener", "Catch exception during get next message: {ghaerr}"),
        ("INFO", "MessageListener", "Sleeping for {float} seconds before retrying."),
        ("INFO", "ProcessInvokerWrapper", "Process started with process id {pid}, waiting for process exit."),
        ("INFO", "ProcessInvokerWrapper", "Finished process {pid} with exit code {=0|1|2|137}, and elapsed time {timespan}."),
        ("INFO", "StepsRunner", "Processing step: DisplayName='{ghastep}'"),
        ("INFO", "StepsRunner", "Skipping step due to condition evaluation."),
        ("INFO", "StepsRunner", "Step result: {=Succeeded|Failed|Skipped}"),
        ("INFO", "HostContext", "Well known directory '{ghadir}': '{ghapath}'"),
        ("INFO", "RunnerServer", "Establish connection with {=60|100} seconds timeout."),
        ("INFO", "ActionManager", "Download action repository '{ghaaction}' (SHA:{hex40})"),
        ("INFO", "JobRunner", "Total job steps: {n}."),
        ("INFO", "Runner", "Runner is listening for jobs", 2),
    ],
}

# -------------------------------------------------------------------------------------------------------------------- iOS
BUNDLES = ["com.apple.mobilesafari", "com.apple.Preferences", "com.apple.mobilemail", "com.burbn.instagram", "com.spotify.client",
           "net.whatsapp.WhatsApp", "com.apple.camera", "com.acme.orders-ios"]
PROCS = ["MobileSafari", "Preferences", "Instagram", "Spotify", "WhatsApp", "OrdersApp", "com.apple.WebKit.Networking"]
SHAPES.update({
    "bundle": lambda r, ts: r.choice(BUNDLES),
    "proc": lambda r, ts: r.choice(PROCS),
    "iosreason": lambda r, ts: r.choice(["workspace client connection invalidated", "scene destruction", "background task expired",
                                         "process-exit", "user requested"]),
    "rbsdesc": lambda r, ts: r.choice(["FBApplicationProcess", "Shared Background Assertion 1 for " + r.choice(BUNDLES),
                                       "com.apple.nsurlsessiond.handlesession", "Requesting foreground scene"]),
    "rbsattrs": lambda r, ts: r.choice(["", "<RBSDomainAttribute| domain:\"com.apple.underlying\" name:\"defaultUnderlyingAppAssertion\">",
                                        "<RBSCPUAccessGrant| role:UserInteractive>, <RBSGPUAccessGrant| role:UserInteractive>",
                                        "<RBSLegacyAttribute| requestedReason:FinishTask reason:FinishTask flags:( PreventTaskSuspend )>, <RBSAcquisitionCompletionAttribute| policy:AfterValidation>, <RBSDurationAttribute| invalidationDuration:30.00>"]),
    "sbtarget": lambda r, ts: r.choice(["/private/var/mobile/Library/Preferences/com.apple.locationd.plist", "com.apple.analyticsd",
                                        "/System/Library/Caches/com.apple.xpc/sdk.dylib", "/private/var/containers/Shared/SystemGroup"]),
    "ssid": lambda r, ts: r.choice(["Home WiFi 5G", "eduroam", "Starbucks WiFi", "CORP-GUEST", "FRITZ!Box 7590 XY", "AndroidAP_3241"]),
    "rssi": lambda r, ts: str(-r.randint(30, 95)),
    "mediastate": lambda r, ts: r.choice(["Foreground", "Background Running", "Background Suspended", "Not Running"]),
    "dasname": lambda r, ts: r.choice(["ApplicationPolicy", "BatteryLevelPolicy", "CPUUsagePolicy", "ThermalPolicy", "NetworkQualityPolicy"]),
    "jetsam": lambda r, ts: r.choice(["vm-pageshortage", "per-process-limit", "idle-exit", "memorystatus_available_pages"]),
    "dnstype": lambda r, ts: r.choice(["Addr", "AAAA", "HTTPS", "SRV"]),
    "hex6": lambda r, ts: hexs(r, 6, True),
})
IOS = {
    "log_format": "<Month> <Day> <Time> <Device> <Process>\\[<Pid>\\] <<Level>>: <Content>",
    "about": "iOS 18 device syslog as idevicesyslog prints it: Mmm dd hh:mm:ss device process(subsystem)[pid] <Level>: message",
    "start": datetime.datetime(2026, 12, 6, 18, 20, 0),
    "gap_ms": 250,
    "header": lambda r, ts, level, comp: f"{syslog_stamp(ts)} Marias-iPhone {comp}[{r.choice([58, 31, 112, 4512, 97])}] <{level}>: ",
    "statements": [
        ("Notice", "SpringBoard(FrontBoard)", "[app<{bundle}>:{pid}] Setting process visibility to: {=Foreground|Background|Unknown}"),
        ("Notice", "SpringBoard(FrontBoard)", "[app<{bundle}>:{pid}] Now flagged as pending exit for reason: {iosreason}"),
        ("Notice", "SpringBoard(FrontBoard)", "[app<{bundle}>:{pid}] Bootstrap success!"),
        ("Notice", "runningboardd(RunningBoard)", "Acquiring assertion targeting [app<{bundle}>:{pid}] from originator [osservice<com.apple.SpringBoard>:{pid}] with description <RBSAssertionDescriptor| \"{rbsdesc}\" ID:{pid}-{pid}-{big} target:{pid} attributes:[{rbsattrs}]>"),
        ("Notice", "runningboardd(RunningBoard)", "Invalidating assertion {pid}-{pid}-{big} (target:[app<{bundle}>:{pid}]) from originator [osservice<com.apple.SpringBoard>:{pid}]"),
        ("Notice", "runningboardd(RunningBoard)", "[app<{bundle}>:{pid}] termination reported by launchd ({small}, {small}, {small})"),
        ("Error", "kernel(Sandbox)", "Sandbox: {proc}({pid}) deny(1) {=file-read-data|file-write-create|mach-lookup|network-outbound} {sbtarget}"),
        ("Notice", "locationd", "{{\"msg\":\"client getting effective authorization\", \"ClientKey\":\"{bundle}\", \"AuthorizationStatus\":\"{=kCLAuthorizationStatusAuthorizedWhenInUse|kCLAuthorizationStatusDenied|kCLAuthorizationStatusNotDetermined}\"}}"),
        ("Notice", "wifid(WiFiPolicy)", "__WiFiLQAMgrLogStats({ssid}:{=Stationary|Moving}): Rssi: {rssi} {{{rssi} {rssi}}} Snr: {n} Cca: {pct} (S:{pct} O:{pct} I:{pct}) TxPer: {float}% BcnPer: {float}% RxFrms: {big}"),
        ("Notice", "wifid(WiFiPolicy)", "WiFiDeviceManagerAttemptNetworkTransition: Network transition from \"{ssid}\" to \"{ssid}\""),
        ("Notice", "mediaserverd(MediaExperience)", "-CMSessionMgr- CMSessionMgrHandleApplicationStateChange: CMSession: Client '{bundle}' with pid '{pid}' is now {mediastate}. Background entitlement: {=NO|YES}"),
        ("Notice", "dasd", "{bundle}:{hex6}:[ {{name: {dasname}, policyWeight: {float}, response: {{{n}, {float}, [{=}]}}}} ] sumScores:{float}, denominator:{float}, FinalDecision: {=Can Proceed|Must Not Proceed} FinalScore: {float}}}"),
        ("Notice", "kernel", "memorystatus: killing_specific_process pid {pid} [{proc}] ({jetsam} {small}) {big}KB - memorystatus_available_pages: {big}"),
        ("Notice", "mDNSResponder", "[R{big}] DNSServiceQueryRecord({big}, {small}, {host}, {dnstype}) START PID[{pid}]({proc})"),
        ("Notice", "mDNSResponder", "[R{big}] DNSServiceQueryRecord({big}, {small}, {host}, {dnstype}) STOP PID[{pid}]({proc})"),
        ("Error", "CommCenter", "#E Failed to activate PDP context {small}: {=timeout|rejected by network|no service}"),
        ("Notice", "backboardd", "Backlight: {=on|off}, brightness {float} nits"),
    ],
}

# ------------------------------------------------------------------------------------------------------------------- Jira
JQL = ["project = OPS AND status in (\"In Progress\", Blocked) ORDER BY created DESC", "assignee = currentUser() AND resolution = Unresolved",
       "filter = 10423 AND updated >= -1d", "text ~ \"payment timeout\" ORDER BY priority DESC", "labels = sre-oncall"]
SHAPES.update({
    "isodur": lambda r, ts: f"PT{r.uniform(0, 3):.3f}S",
    "jirastats": lambda r, ts: "{" + f"\"_statsName\":\"{r.choice(['DATABASE-READS', 'INDEX-WRITES', 'DB-CONNECTIONS'])}\",\"_statsType\":\"snapshot\",\"_time\":\"{ts:%Y-%m-%dT%H:%M:%S}.{r.randint(0, 999):03d}Z\",\"count\":{r.randint(1, 99999)}" + "}",
    "jql": lambda r, ts: r.choice(JQL),
    "lucene": lambda r, ts: r.choice(["+projid:10100 +(status:3 status:10001)", "+assignee:jdoe -resolution:*", "+(labels:sre-oncall)",
                                      "+((summary:payment summary:timeout) (description:payment description:timeout))"]),
    "jirajob": lambda r, ts: r.choice(["com.atlassian.jira.service.JiraService:10200", "CompatibilityPluginScheduler.JobId.LEXO_RANK_SCHEDULER_JOB",
                                       "com.atlassian.jira.plugins.dvcs.scheduler.DvcsScheduler:job", "data-provider-cleanup-job"]),
    "jiramsg": lambda r, ts: r.choice(["Unable to connect to mail server", "Lock acquisition timed out after 30 seconds",
                                       "java.lang.NullPointerException", ""]),
    "jiramailerr": lambda r, ts: r.choice(["Unable to connect to mail server", "javax.mail.AuthenticationFailedException: 535 5.7.3 Authentication unsuccessful",
                                           "Could not connect to SMTP host: smtp.office365.com, port: 587", "Read timed out"]),
    "whurl": lambda r, ts: r.choice([f"https://hooks.slack.com/services/T{hexs(r, 8, True)}/B{hexs(r, 8, True)}", f"https://{host(r)}/jira/webhook",
                                     f"http://{ip(r)}:8080/hooks/jira?token={hexs(r, 12)}"]),
    "jiraevent": lambda r, ts: r.choice(["jira:issue_updated", "jira:issue_created", "comment_created", "jira:worklog_updated"]),
    "jiranode": lambda r, ts: r.choice(["jira-node-1", "jira-node-2", "i-0a1b2c3d4e5f60718"]),
})


def jira_context(r, comp):
    if comp.startswith("http"):
        url = r.choice(["/rest/api/2/search", "/secure/Dashboard.jspa", "/browse/OPS-" + str(r.randint(1, 9999)), "/rest/webhooks/1.0/webhook"])
        return f"{r.choice(NAMES)} {r.randint(1, 1439)}x{r.randint(1, 99999)}x{r.randint(1, 9)} {hexs(r, 7)} {ip(r)} {url}"
    return r.choice(["ServiceRunner", "ServiceRunner", "anonymous"])


def jira_header(r, ts, level, comp):
    thread, logger = comp.split(" ", 1)
    thread = thread.replace("N", str(r.randint(1, 50)))
    ctx = jira_context(r, thread)
    return f"{ts:%Y-%m-%d %H:%M:%S},{ts.microsecond // 1000:03d}+0000 {thread} {level:<5} {ctx:<5} [{logger}] "


JIRA = {
    "log_format": "<Date> <Time> <Thread> <Level> <Context> \\[<Logger>\\] <Content>",
    "about": "Jira Data Center 9.12 atlassian-jira.log: stamp with ,ms+0000, thread, level padded to 5, request context (user, request id, session, address, URL) or blanks, [abbreviated logger]",
    "start": datetime.datetime(2026, 12, 6, 11, 0, 0),
    "gap_ms": 2000,
    "header": jira_header,
    "statements": [
        ("INFO", "localhost-startStop-1 c.a.jira.startup.JiraStartupLogger", "Jira starting...", 1),
        ("INFO", "Caesium-1-N c.a.jira.util.stats.JiraStats", "[JIRA-STATS] [{=NODE-START|TOTAL}] snapshot stats: duration: {isodur}, statsOverhead: n/a, data: {jirastats}"),
        ("INFO", "IssueIndexer:thread-N c.a.j.issue.index.DefaultIndexManager", "Re-indexing is {pct}% complete. Current index: {=Issue|Comment|Change history|Worklog}"),
        ("ERROR", "http-nio-8080-exec-N c.a.j.rest.exception.ExceptionInterceptor", "Returning internal server error in response"),
        ("INFO", "Caesium-1-N c.a.crowd.directory.DbCachingRemoteDirectory", "synchroniseCache {=INCREMENTAL|FULL} synchronisation for directory [ {=10000|10100} ] starting"),
        ("INFO", "Caesium-1-N c.a.crowd.directory.DbCachingRemoteDirectory", "synchroniseCache {=INCREMENTAL|FULL} synchronisation complete for directory [ {=10000|10100} ] in [ {ms} ]"),
        ("INFO", "Caesium-1-N c.a.c.d.ldap.cache.RemoteDirectoryCacheRefresher", "found [ {int} ] remote {=users|groups|user-group memberships} in [ {ms} ]"),
        ("INFO", "Caesium-1-N c.a.c.d.ldap.cache.RemoteDirectoryCacheRefresher", "scanned and compared [ {int} ] {=users|groups} for {=update|delete} in DB cache in [ {ms} ]"),
        ("ERROR", "Caesium-1-N c.a.scheduler.core.JobLauncher", "Scheduled job with ID '{jirajob}' completed unsuccessfully with response JobRunnerResponse[runOutcome=FAILED,message='{jiramsg}']"),
        ("INFO", "http-nio-8080-exec-N c.a.webhooks.internal.publish.WebHookPublisher", "Publishing webhook event {jiraevent} to {whurl}"),
        ("WARN", "http-nio-8080-exec-N c.a.j.i.search.providers.LuceneSearchProvider", "JQL query '{jql}' produced lucene query '{lucene}' and took '{int}' ms to run."),
        ("WARN", "http-nio-8080-exec-N c.a.seraph.auth.DefaultAuthenticator", "login : '{user}' tried to login but they do not have USE permission or weren't found. Deleting remember me cookie."),
        ("INFO", "ClusterMessageHandlerServiceThread:thread-N c.a.j.cluster.DefaultClusterManager", "Node '{jiranode}' is {=ACTIVE|OFFLINE}, last heartbeat {isooffj}"),
        ("WARN", "http-nio-8080-exec-N c.a.j.web.dispatcher.JiraWebworkActionDispatcher", "Exception thrown from action '{=Dashboard|ViewIssue|IssueNavigator|EditIssue}', returning 404"),
        ("INFO", "Caesium-1-N c.a.jira.mail.MailQueueImpl", "Mail Queue: sent {int} items, {int} errors, {int} retries"),
        ("WARN", "Caesium-1-N c.a.jira.mail.MailQueueImpl", "Mail Queue: item {=send|retry} failed: {jiramailerr}"),
        ("INFO", "localhost-startStop-1 c.a.jira.startup.DefaultJiraLauncher", "Starting the Jira Plugin System", 1),
        ("WARN", "http-nio-8080-exec-N c.a.j.plugin.issuenav.service.SearchRendererValueResults", "Slow search detected: {ms} for query '{jql}' by user '{user}'"),
    ],
}
SHAPES["isooffj"] = lambda r, ts: when(ts, r, 10).strftime("%Y-%m-%dT%H:%M:%S.") + f"{r.randint(0, 999):03d}+0000"

# ------------------------------------------------------------------------------------------------------------------- Kong
SHAPES.update({
    "req": lambda r, ts: f"{r.choice(['GET', 'POST', 'PUT', 'DELETE'])} {r.choice(['/v1/orders', '/v2/users/' + str(r.randint(1, 99999)), '/auth/token', '/graphql', '/v1/search?q=' + r.choice(WORDS) + '&page=' + str(r.randint(1, 9))])} HTTP/{r.choice(['1.1', '1.1', '2.0'])}",
    "kongerr": lambda r, ts: r.choice(["timeout", "connection refused", "failed to connect to redis: no resolver defined to resolve \"redis.svc\"",
                                       "ERR max number of clients reached"]),
    "upurl": lambda r, ts: f"http://{ip(r)}:{r.choice([8080, 3000, 9090])}{r.choice(['/v1/orders', '/graphql', '/auth/token', '/'])}",
    "dnserr": lambda r, ts: r.choice(["dns server error: 3 name error", "dns server error: 2 server failure", "timeout", "dns client error: 101 empty record received"]),
    "tried": lambda r, ts: "[" + ",".join(f"[\"(short){host(r)}:(na) - cache-miss\"]" for _ in range(r.randint(1, 3))) + "]",
    "kongup": lambda r, ts: f"{uuid(r)}:{r.choice(['orders-upstream', 'auth.v1', 'legacy_backend'])}",
    "kongcat": lambda r, ts: r.choice(["services", "routes", "plugins", "consumers", "certificates"]),
    "kongplugin": lambda r, ts: r.choice(["jwt", "key-auth", "acl", "oauth2", "openid-connect"]),
    "plugerr": lambda r, ts: r.choice(["No mandatory 'iss' in claims", "Invalid signature", "You cannot consume this service", "No API key found in request",
                                       "Unauthorized"]),
    "cpurl": lambda r, ts: f"wss://{r.choice(['kong-cp.example.com', 'cp.kong.svc'])}:8005/v1/outlet?node_id={uuid(r)}&node_hostname={host(r)}&node_version={r.choice(['3.6.1', '3.7.0'])}",
    "kongpath": lambda r, ts: f"/usr/local/kong/client_body_temp/{r.randint(1, 9999999999):010d}",
})
KONG_TAIL = ", client: {ip}, server: kong, request: \"{req}\", host: \"{host}\""
KONG = {
    "log_format": "<Date> <Time> \\[<Level>\\] <Pid>#<Tid>: <Content>",
    "about": "Kong Gateway 3.6 error.log (nginx layout): yyyy/mm/dd hh:mm:ss [level] pid#tid: *connection [kong|lua] file:line message, client ..., request ..., host ...",
    "start": datetime.datetime(2026, 12, 6, 13, 0, 0),
    "gap_ms": 700,
    "header": lambda r, ts, level, comp: f"{ts:%Y/%m/%d %H:%M:%S} [{level}] {r.choice([1301, 1302, 1305, 1311])}#0: ",
    "statements": [
        ("error", "", "*{big} [kong] handler.lua:128 [{=rate-limiting|response-ratelimiting}] failed to get usage: {kongerr}" + KONG_TAIL),
        ("error", "", "*{big} [lua] balancer.lua:335 execute(): DNS resolution failed: {dnserr}. Tried: {tried}" + KONG_TAIL),
        ("error", "", "*{big} upstream timed out (110: Operation timed out) while reading response header from upstream" + KONG_TAIL[:-len(", host: \"{host}\"")] + ", upstream: \"{upurl}\", host: \"{host}\""),
        ("error", "", "*{big} connect() failed (111: Connection refused) while connecting to upstream" + KONG_TAIL[:-len(", host: \"{host}\"")] + ", upstream: \"{upurl}\", host: \"{host}\""),
        ("error", "", "*{big} upstream prematurely closed connection while reading response header from upstream" + KONG_TAIL[:-len(", host: \"{host}\"")] + ", upstream: \"{upurl}\", host: \"{host}\""),
        ("warn", "", "*{big} a client request body is buffered to a temporary file {kongpath}" + KONG_TAIL),
        ("error", "", "*{big} client intended to send too large body: {big} bytes" + KONG_TAIL),
        ("info|warn", "", "*{big} [kong] handler.lua:98 [{kongplugin}] {plugerr}" + KONG_TAIL),
        ("notice", "", "[lua] cache_warmup.lua:46 cache_warmup_single_entity(): Preloading '{kongcat}' into the core_cache..., context: init_worker_by_lua*"),
        ("notice", "", "[lua] cache_warmup.lua:85 cache_warmup_single_entity(): finished preloading '{kongcat}' into the core_cache (in {ms}), context: init_worker_by_lua*"),
        ("warn", "", "[lua] healthcheck.lua:1150 log(): [healthcheck] ({kongup}) {=unhealthy|healthy} {=TCP|HTTP} increment ({small}/{small}) for '{host}({ip}:{port})', context: ngx.timer"),
        ("warn", "", "[lua] healthcheck.lua:1150 log(): [healthcheck] ({kongup}) {=unhealthy|healthy} {=TCP|HTTP} increment ({small}/{small}) for '{host}({ip}:{port})', context: ngx.timer, client: {ip}, server: {ip}:{=8001|8444}"),
        ("info", "", "[lua] targets.lua:248 queryDns(): querying dns for {host}, context: ngx.timer"),
        ("error", "", "[kong] data_plane.lua:176 [clustering] connection to control plane {cpurl} broken: {neterr} (retrying after {n} seconds) [{ip}:{=8005}], context: ngx.timer"),
        ("notice", "", "[kong] init.lua:749 declarative config loaded from {path}", 1),
        ("notice", "", "signal process started", 2),
        ("warn", "", "*{big} using uninitialized \"{=kong|upstream_uri|ctx}\" variable while logging request" + KONG_TAIL),
    ],
}

# -------------------------------------------------------------------------------------------------------------------- LSF
SHAPES.update({
    "lsfjob": lambda r, ts: r.choice([str(r.randint(1000, 999999)), f"{r.randint(1000, 999999)}[{r.randint(1, 500)}]"]),
    "lsfhost": lambda r, ts: f"{r.choice(['hpc', 'gpu', 'bigmem'])}{r.randint(1, 320):03d}",
    "lsfhosts": lambda r, ts: " ".join(f"<{r.choice(['', '', '4*', '8*', '32*'])}{r.choice(['hpc', 'gpu'])}{r.randint(1, 320):03d}>" for _ in range(r.randint(1, 4)))[1:-1],
    "queue": lambda r, ts: r.choice(["normal", "short", "long", "gpu_a100", "interactive", "night"]),
    "lsfpend": lambda r, ts: r.choice(["Job's requirements for reserving resource (mem) not satisfied", "Not enough job slot(s)",
                                       "The user has reached his/her job slot limit", "Job dependency condition not satisfied",
                                       "Queue's resource requirements not satisfied", "Job slot limit reached"]),
    "lsferr": lambda r, ts: r.choice(["Communication time out", "Cannot locate master LIM now, try later", "Load Information Manager is down",
                                      "Host does not have a software license"]),
    "errno": lambda r, ts: r.choice(["Permission denied", "No space left on device", "No such file or directory", "Stale file handle"]),
    "lsfctime": lambda r, ts: when(ts, r, 300).strftime("%a %b ") + f"{ts.day:2d}" + when(ts, r, 300).strftime(" %H:%M:%S %Y"),
    "lsfstat": lambda r, ts: r.choice(["ok", "unavail", "unreach", "closed_Adm", "closed_Full", "closed_Excl"]),
    "lsfpath": lambda r, ts: r.choice(["/shared/lsf/work/cluster1/logdir/lsb.events", "/shared/lsf/work/cluster1/logdir/lsb.acct",
                                       "/shared/lsf/work/cluster1/logdir/#lsb.events", f"/home/{r.choice(NAMES)}/.lsbatch/{r.randint(1000000000, 1999999999)}.{r.randint(1000, 999999)}"]),
    "signal": lambda r, ts: r.choice(["SIGKILL", "SIGTERM", "SIGSTOP", "SIGUSR2"]),
})
LSF = {
    "log_format": "<Month> <Day> <Time> <Year> <Pid> <Level> <Version> <Content>",
    "about": "IBM Spectrum LSF 10.1 mbatchd/sbatchd/lim daemon logs: Mmm dd hh:mm:ss yyyy pid syslog-level version function: message",
    "start": datetime.datetime(2026, 12, 6, 2, 0, 0),
    "gap_ms": 3000,
    "header": lambda r, ts, level, comp: f"{ts:%b} {ts.day:2d} {ts:%H:%M:%S %Y} {r.choice([24811, 24811, 3377, 31234])} {level} 10.1 ",
    "statements": [
        ("5", "", "log_mbdStart: mbatchd started on host <{lsfhost}> with pid {pid}", 1),
        ("6", "", "chkpend_job: Job <{lsfjob}> pending reason: {lsfpend}"),
        ("6", "", "dispatch_job: Job <{lsfjob}> dispatched to host(s) <{lsfhosts}>"),
        ("6", "", "job_done: Job <{lsfjob}> finished normally; run time {int} seconds"),
        ("5", "", "job_done: Job <{lsfjob}> exited with exit code {int}; run time {int} seconds"),
        ("5", "", "job_done: Job <{lsfjob}> killed by signal {signal} from user <{user}>"),
        ("3", "", "sbatchd_dead: Host <{lsfhost}> is unreachable; last contact at {lsfctime}"),
        ("4", "", "lim_chkhost: Host <{lsfhost}> status changed from <{lsfstat}> to <{lsfstat}>"),
        ("3", "", "getElock: Last ownership of lock file <{lsfpath}> by host <{lsfhost}> expired at {lsfctime}"),
        ("4", "", "do_sbdPackage: Host <{lsfhost}> is {=ok|unavail|unreach}"),
        ("3", "", "ls_getmastername: ls_getmastername() failed: {lsferr}"),
        ("6", "", "clean_job: Cleaning job <{lsfjob}> from {=the system|memory}"),
        ("3", "", "openLogFile: Cannot open file <{lsfpath}>: {errno}"),
        ("6", "", "job_checkpoint: Job <{lsfjob}> checkpoint {=succeeded|failed} on host <{lsfhost}>"),
        ("6", "", "schedule: {int} jobs scheduled, {int} pending, {int} running in {float} seconds"),
        ("4", "", "rusage_update: Job <{lsfjob}> of user <{user}> in queue <{queue}> exceeded memory limit {big} KB; used {big} KB"),
        ("6", "", "do_submitReq: Job <{lsfjob}> submitted by user <{user}> to queue <{queue}> from host <{lsfhost}>"),
        ("6", "", "switchELog: switch lsb.events, {big} records in {float} seconds"),
    ],
}

# ----------------------------------------------------------------------------------------------------------------- Lustre
FS = ["scratch", "home", "proj"]
SHAPES.update({
    "nid": lambda r, ts: f"{r.choice(['10.10', '10.12', '192.168'])}.{r.randint(0, 255)}.{r.randint(1, 254)}@{r.choice(['o2ib', 'o2ib', 'tcp', 'o2ib1'])}",
    "target": lambda r, ts: f"{r.choice(FS)}-{r.choice(['OST', 'OST', 'MDT'])}{r.randint(0, 47):04x}",
    "ostuuid": lambda r, ts: f"{r.choice(FS)}-OST{r.randint(0, 47):04x}_UUID",
    "clientuuid": lambda r, ts: uuid(r),
    "ldlmmode": lambda r, ts: r.choice(["PR", "PW", "EX", "CR", "CW"]),
    "hex0x": lambda r, ts: "0x" + format(r.choice([0, r.randint(1, 0xfff), r.randint(0x100000000, 0x2ffffffff)]), "x"),
    "mmss": lambda r, ts: f"{r.randint(0, 9)}:{r.randint(0, 59):02d}",
    "rc": lambda r, ts: r.choice(["-107", "-110", "-19", "-16", "-5", "-11"]),
    "lntx": lambda r, ts: r.choice(["active_txs", "tx_queue", "tx_noops", "tx_queue_nocred"]),
    "lop": lambda r, ts: r.choice(["ost_write", "ost_read", "ldlm_enqueue", "mds_connect", "ost_connect", "obd_ping"]),
})
LUSTRE = {
    "log_format": "<Month> <Day> <Time> <Host> <Component>: <Content>",
    "about": "Lustre 2.15 servers' kernel messages through syslog: LustreError:/Lustre:/LNetError: prefixes, pid:0:(file.c:line:function()) and the ### / @@@ lock and request dumps",
    "start": datetime.datetime(2026, 12, 6, 3, 30, 0),
    "gap_ms": 1200,
    "header": lambda r, ts, level, comp: f"{syslog_stamp(ts)} {r.choice(['oss03', 'oss04', 'mds01', 'oss11'])} kernel: ",
    "statements": [
        ("", "", "LustreError: {pid}:0:(ldlm_lockd.c:261:expired_lock_main()) ### lock callback timer expired after {n}s: evicting client at {nid}  ns: filter-{ostuuid} lock: {hex16}/{hex0x} lrc: {small}/{small},{small} mode: {ldlmmode}/{ldlmmode} res: [{hex0x}:{hex0x}:{hex0x}].{hex0x} rrc: {n} type: EXT [{big}->{big}] (req {big}->{big}) flags: {hex0x} nid: {nid} remote: {hex0x} expref: {n} pid: {pid} timeout: {big} lvb_type: {small}"),
        ("", "", "LustreError: {pid}:0:(ldlm_lockd.c:261:expired_lock_main()) ### lock callback timer expired after {n}s: evicting client at {nid}  ns: mdt-{target}_UUID lock: {hex16}/{hex0x} lrc: {small}/{small},{small} mode: {ldlmmode}/{ldlmmode} res: [{hex0x}:{hex0x}:{hex0x}].{hex0x} bits {hex0x}/{hex0x} rrc: {n} type: IBT flags: {hex0x} nid: {nid} remote: {hex0x} expref: {n} pid: {pid} timeout: {big} lvb_type: {small}"),
        ("", "", "Lustre: {target}: Client {clientuuid} (at {nid}) reconnecting"),
        ("", "", "Lustre: {target}: Connection restored to {clientuuid} (at {nid})"),
        ("", "", "Lustre: {target}: haven't heard from client {clientuuid} (at {nid}) in {n} seconds. I think it's dead, and I am evicting it. exp {hex16}, cur {big} expire {big} last {big}"),
        ("", "", "LustreError: {pid}:0:(ldlm_lib.c:3363:target_bulk_io()) @@@ Reconnect on bulk {=READ|WRITE}  req@{hex16} x{big}/t{int}({int}) o{=3|4}->{clientuuid}@{nid}:{n}/{int} lens {n}/{n} e {small} to {small} dl {big} ref {small} fl Interpret:/{small}/{small} rc {small}/{small}"),
        ("", "", "Lustre: {pid}:0:(client.c:2146:ptlrpc_expire_one_request()) @@@ Request sent has timed out for slow reply: [sent {big}/real {big}]  req@{hex16} x{big}/t{int}({int}) o{=400|101|38}->{target}-{=osc|mdc}-{hex16}@{nid}:{n}/{n} lens {n}/{n} e {small} to {small} dl {big} ref {small} fl Rpc:X/{small}/ffffffff rc {small}/{rc}"),
        ("", "", "Lustre: {target}: Connection to {target} (at {nid}) was lost; in progress operations using this service will wait for recovery to complete"),
        ("", "", "LustreError: {=11}-{=0}: {target}-{=osc|mdc}-{hex16}: operation {lop} to node {nid} failed: rc = {rc}"),
        ("", "", "Lustre: {target}: Recovery over after {mmss}, of {n} clients {n} recovered and {small} {=was|were} evicted."),
        ("", "", "Lustre: {target}: Will be in recovery for at least {mmss}, or until {n} clients reconnect"),
        ("", "", "Lustre: {target}: Denying connection for new client {clientuuid} (at {nid}), waiting for {n} known clients ({n} recovered, {small} in progress, and {small} evicted) to recover in {mmss}"),
        ("", "", "LNetError: {pid}:0:(o2iblnd_cb.c:3351:kiblnd_check_txs_locked()) Timed out tx: {lntx}, {n} seconds"),
        ("", "", "LNetError: {pid}:0:(o2iblnd_cb.c:3426:kiblnd_check_conns()) Timed out RDMA with {nid} ({n}): c: {small}, oc: {small}, rc: {small}"),
        ("", "", "LNet: {pid}:0:(o2iblnd_cb.c:2084:kiblnd_peer_connect_failed()) Deleting messages for {nid}: connection failed"),
        ("", "", "LustreError: {pid}:0:(osd_handler.c:4021:osd_ldiskfs_write_record()) {target}: error writing [{hex0x}:{hex0x}:{hex0x}]: rc = {rc}"),
        ("", "", "Lustre: {target}: Export {hex16} already connecting from {nid}"),
        ("", "", "Lustre: {target}: Client {clientuuid} (at {nid}) refused connection, still busy with {n} references"),
        ("", "", "Lustre: Lustre: Build Version: {version}", 1),
        ("", "", "Lustre: {target}: Imperative Recovery enabled, recovery window shrunk from {int}-{int} down to {int}-{int}", 2),
    ],
}

SYSTEMS = {"CiscoASA": ASA, "DuoAuthProxy": DUO, "GhaRunner": GHA, "iOS": IOS, "Jira": JIRA, "Kong": KONG, "LSF": LSF, "Lustre": LUSTRE}
