"""Systems of the eleventh blind set, second half: Odoo, Palo Alto PAN-OS, SAP HANA, Windows Update, SpamAssassin spamd,
smartd, Temporal, XenServer/XCP-ng xapi. Each: log_format, header(r, ts, level, comp), statements
(level, component, text[, count])."""
import datetime

from values11 import SHAPES, WORDS, NAMES, COUNTRIES, hexs, ip, uuid, host, user, email, when
from sys11_a import syslog_stamp

# ------------------------------------------------------------------------------------------------------------------- Odoo
CRONS = ["Mail: Email Queue Manager", "Base: Auto-vacuum internal data", "Calendar: Event Reminder", "Sales: Send pending emails",
         "Partner Autocomplete: Sync with remote DB", "Inventory: Run Scheduler", "Digest Emails"]
MODELS = ["sale.order", "account.move.line", "res.partner", "stock.picking", "mail.message", "project.task", "ir.attachment"]
SHAPES.update({
    "odoodb": lambda r, ts: r.choice(["prod", "odoo_prod_2026", "staging"]),
    "cron": lambda r, ts: r.choice(CRONS),
    "model": lambda r, ts: r.choice(MODELS),
    "idlist": lambda r, ts: "[" + ", ".join(str(r.randint(1, 99999)) for _ in range(r.randint(1, 6))) + "]",
    "fieldlist": lambda r, ts: "[" + ", ".join(repr(f) for f in r.sample(["x_studio_ref", "tracking_disable", "default_type", "mail_create_nolog", "x_legacy_id"], r.randint(1, 3))) + "]",
    "clfdate": lambda r, ts: f"{ts:%d/%b/%Y %H:%M:%S}",
    "odooreq": lambda r, ts: f"{r.choice(['POST', 'GET'])} {r.choice(['/web/dataset/call_kw/' + r.choice(MODELS) + '/' + r.choice(['read', 'web_search_read', 'write', 'onchange']), '/longpolling/poll', '/web/webclient/load_menus/' + hexs(r, 12), '/websocket', '/web/image/res.partner/' + str(r.randint(1, 9999)) + '/avatar_128', '/xmlrpc/2/object'])} HTTP/1.1",
    "smtperr": lambda r, ts: r.choice(["Connection unexpectedly closed", "[Errno 111] Connection refused", "(535, b'5.7.8 Username and Password not accepted')",
                                       "timed out", "Mail Delivery Failed"]),
    "sqlq": lambda r, ts: r.choice(["SELECT \"sale_order\".\"id\" FROM \"sale_order\" WHERE (\"sale_order\".\"state\" = 'draft') ORDER BY \"sale_order\".\"date_order\" DESC LIMIT 80",
                                    "UPDATE \"res_partner\" SET \"write_date\"=now() WHERE id IN (12, 13)", "LOCK TABLE ir_cron IN ROW EXCLUSIVE MODE NOWAIT"]),
    "filestore": lambda r, ts: f"/var/lib/odoo/filestore/{r.choice(['prod', 'odoo_prod_2026'])}/{hexs(r, 2)}/{hexs(r, 40)}",
    "worker": lambda r, ts: r.choice(["WorkerHTTP", "WorkerCron"]),
})
ODOO = {
    "log_format": "<Date> <Time> <Pid> <Level> <Database> <Logger>: <Content>",
    "about": "Odoo 17 server log: yyyy-mm-dd hh:mm:ss,ms pid LEVEL database (or ?) logger: message, werkzeug request lines",
    "start": datetime.datetime(2026, 12, 6, 8, 0, 0),
    "gap_ms": 800,
    "header": lambda r, ts, level, comp: f"{ts:%Y-%m-%d %H:%M:%S},{ts.microsecond // 1000:03d} {r.choice([2214, 2215, 2231, 1987])} {level} {'?' if comp.startswith('odoo.service') or comp == 'odoo.modules.loading' and r.random() < 0.3 else r.choice(['prod', 'prod', 'staging'])} {comp}: ",
    "statements": [
        ("INFO", "werkzeug", "{ip} - - [{clfdate}] \"{odooreq}\" {=200|304|404|500} - {int} {float} {float}"),
        ("INFO", "odoo.modules.loading", "loading {int} modules..."),
        ("INFO", "odoo.modules.loading", "{int} modules loaded in {float}s, {int} queries (+{int} extra)"),
        ("INFO", "odoo.modules.registry", "Registry loaded in {float}s"),
        ("INFO", "odoo.addons.base.models.ir_cron", "Job '{cron}' ({n}) starting"),
        ("INFO", "odoo.addons.base.models.ir_cron", "Job '{cron}' ({n}) fully done (#loop {small}; done {int}; remaining {int}; duration {float}s)"),
        ("INFO", "odoo.addons.mail.models.mail_mail", "Sent batch {int} emails via mail server ID #{small}"),
        ("ERROR|WARNING", "odoo.addons.mail.models.mail_mail", "failed sending mail (id: {big}) due to {smtperr}"),
        ("ERROR", "odoo.sql_db", "bad query: {sqlq}"),
        ("INFO", "odoo.addons.base.models.res_users", "Login successful for db:{odoodb} login:{email} from {ip}"),
        ("INFO", "odoo.addons.base.models.res_users", "Login failed for db:{odoodb} login:{email} from {ip}"),
        ("INFO", "odoo.service.server", "Worker {worker} ({pid}) alive"),
        ("ERROR", "odoo.service.server", "Worker ({pid}) {=CPU|virtual real} time limit ({int}/{int}s) reached."),
        ("INFO", "odoo.service.server", "HTTP service (werkzeug) running on {host}:{=8069}", 1),
        ("INFO", "odoo.addons.base.models.ir_attachment", "_read_file reading {filestore}"),
        ("INFO", "odoo.models.unlink", "User #{small} deleted {model} records with IDs: {idlist}"),
        ("WARNING", "odoo.models", "{model}.create() includes unknown fields: {fieldlist}"),
        ("INFO", "odoo.modules.loading", "Modules loaded.", 2),
        ("WARNING", "odoo.http", "Session expired or invalid for {ip} on {=/web|/odoo|/my/orders}"),
    ],
}

# --------------------------------------------------------------------------------------------------------------- Palo Alto
ZONES = ["trust", "untrust", "dmz", "guest", "vpn"]
APPS = ["ssl", "web-browsing", "dns-base", "ms-office365-base", "incomplete", "not-applicable", "google-base", "ms-rdp"]
SHAPES.update({
    "pantime": lambda r, ts: when(ts, r, 2).strftime("%Y/%m/%d %H:%M:%S"),
    "panrule": lambda r, ts: r.choice(["allow-dns", "Outbound Web", "block-bad-countries", "intrazone-default", "interzone-default", "DMZ to DB"]),
    "panuser": lambda r, ts: r.choice(["", "", f"corp\\{r.choice(NAMES)}", f"{r.choice(NAMES)}@corp.example.org"]),
    "app": lambda r, ts: r.choice(APPS),
    "zone": lambda r, ts: r.choice(ZONES),
    "ifc": lambda r, ts: r.choice(["ethernet1/1", "ethernet1/2", "ethernet1/3.120", "tunnel.10", "ae1.200"]),
    "lfp": lambda r, ts: r.choice(["default", "log-forwarding", "Panorama-LF"]),
    "flags": lambda r, ts: "0x" + r.choice(["400064", "19", "400000", "8000000", "500019"]),
    "panact": lambda r, ts: r.choice(["allow", "deny", "drop", "reset-both"]),
    "urlcat": lambda r, ts: r.choice(["any", "computer-and-internet-info", "business-and-economy", "low-risk", "social-networking", "private-ip-addresses"]),
    "endreason": lambda r, ts: r.choice(["aged-out", "tcp-fin", "tcp-rst-from-client", "tcp-rst-from-server", "policy-deny", "threat", "n/a"]),
    "panhost": lambda r, ts: r.choice(["PA-3220-A", "PA-3220-B"]),
    "panmisc": lambda r, ts: r.choice(["\"\"", "\"x.php\"", "\"index.html\"", "\"invoice_2026-12.pdf.exe\"", "\"Quarterly Report Q4.xlsm\""]) if r.random() < 0.5 else r.choice(["\"www.example.com/\"", "\"cdn.acme.io/static/app.js\"", "\"login.microsoftonline.com/common/oauth2/v2.0/token\""]),
    "threat": lambda r, ts: r.choice(["(9999)", "(9999)", "PE(52020)", "Microsoft Excel 97 - 2003 Document(52033)", "Microsoft Windows SMB Remote Code Execution Vulnerability(41234)", "Apache Log4j Remote Code Execution Vulnerability(91991)",
                                      "HTTP SQL Injection Attempt(38195)", "Generic.Trojan.Win32(260011)", "Suspicious DNS Query (generic:badsite.xyz)(109001)"]),
    "sev": lambda r, ts: r.choice(["informational", "low", "medium", "high", "critical"]),
    "dir": lambda r, ts: r.choice(["client-to-server", "server-to-client"]),
    "cfgpath": lambda r, ts: r.choice([" vsys  vsys1 rulebases security rules  allow-dns", " deviceconfig system", f" vsys  vsys1 address  h-{ip(r)}",
                                       " network interface ethernet ethernet1/3 layer3 units  ethernet1/3.120", ""]),
    "panproto": lambda r, ts: r.choice(["https", "SSH", "http"]),
    "panpkg": lambda r, ts: f"panupv2-all-{r.choice(['contents', 'apps', 'antivirus'])}-{r.randint(8000, 9100)}-{r.randint(8000, 9999)}",
    "panhostname": lambda r, ts: r.choice(["LAPTOP-7QK2M1", "DESKTOP-AB12CD3", "mbp-jdoe", "android-3f2a9c1b", "", "printer-2nd-floor"]),
    "panreason": lambda r, ts: r.choice(["Invalid username/password", "User is locked", "Authentication profile not found for the user"]),
})
PAN_TAIL = ",{big},0x0,0,0,0,0,,{panhost}"
PAN = {
    "log_format": "<Month> <Day> <Time> <Host> 1,<ReceiveTime>,<Serial>,<Type>,<Subtype>,<Content>",
    "about": "Palo Alto Networks PAN-OS 10.2 syslog in the default CSV layout: Mmm dd hh:mm:ss host, then future-use,receive time,serial,type,subtype and the comma-separated fields of the log type",
    "start": datetime.datetime(2026, 12, 6, 12, 0, 0),
    "gap_ms": 200,
    "header": lambda r, ts, level, comp: f"{syslog_stamp(ts)} {r.choice(['PA-3220-A', 'PA-3220-B'])} 1,{ts:%Y/%m/%d %H:%M:%S},{r.choice(['012801096514', '012801096515'])},{comp},{level},",
    "statements": [
        ("end|drop|deny|start", "TRAFFIC", "{=2562|2049},{pantime},{ip},{ip},{ip},{ip},{panrule},{panuser},,{app},vsys1,{zone},{zone},{ifc},{ifc},{lfp},{pantime},{big},{small},{eport},{port},{eport},{port},{flags},{=tcp|udp|icmp},{panact},{bytes},{bytes},{bytes},{int},{pantime},{int},{urlcat},,{big},0x0,{country},{country},,{int},{int},{endreason},0,0,0,0,,{panhost},from-policy,,,0,,0,,N/A,0,0,0,0"),
        ("url|vulnerability|spyware|virus|file", "THREAT", "{=2562|2049},{pantime},{ip},{ip},{ip},{ip},{panrule},{panuser},,{app},vsys1,{zone},{zone},{ifc},{ifc},{lfp},{pantime},{big},{small},{eport},{port},{eport},{port},{flags},tcp,{=alert|block-url|reset-both|drop|block},{panmisc},{threat},{urlcat},{sev},{dir},{big},0x0,{country},{country},,{=text/html|application/json|},{int},,,{small},,,,,,,,{big},0,0,0,0,,{panhost},"),
        ("general", "SYSTEM", "0,{pantime},,general,,0,0,general,informational,\"User {user} logged in via {=Web|CLI} from {ip} using {panproto}\"" + PAN_TAIL),
        ("general", "SYSTEM", "0,{pantime},,general,,0,0,general,informational,\"User {user} logged out via {=Web|CLI} from {ip}\"" + PAN_TAIL),
        ("auth", "SYSTEM", "0,{pantime},,auth-fail,{=admin-auth|GP-Portal-Auth},0,0,general,medium,\"failed authentication for user '{user}'. Reason: {panreason}. From: {ip}.\"" + PAN_TAIL),
        ("general", "SYSTEM", "0,{pantime},,general,,0,0,general,informational,\"Commit job {int} by user {user} succeeded\"" + PAN_TAIL),
        ("vpn", "SYSTEM", "0,{pantime},,ike-nego-p1-succ,{=to-aws-vpc|branch-ams},0,0,general,informational,\"IKE phase-1 negotiation is succeeded as {=initiator|responder}, main mode. Established SA: {ip}[500]-{ip}[500] cookie:{hex16}:{hex16} lifetime {int} Sec.\"" + PAN_TAIL),
        ("vpn", "SYSTEM", "0,{pantime},,ike-nego-p2-fail,{=to-aws-vpc|branch-ams},0,0,general,high,\"IKE phase-2 negotiation failed when processing Proxy ID. Received local id: {ip}/{small}[{=0|500}] type IPv4_subnet protocol 0 port 0, received remote id: {ip}/{small}[{=0|500}] type IPv4_subnet protocol 0 port 0.\"" + PAN_TAIL),
        ("globalprotect", "SYSTEM", "0,{pantime},,globalprotectgateway-config-succ,GP-Gateway,0,0,general,informational,\"GlobalProtect gateway client configuration generated. User name: {user}, Private IP: {ip}, Client version: {version}, Device name: {host}, Client OS version: {=Microsoft Windows 11 Enterprise , 64-bit|Apple Mac OS X 14.5.0|Linux 6.5.0-41-generic}, VPN type: {=Device Level VPN|Clientless VPN}.\"" + PAN_TAIL),
        ("general", "SYSTEM", "0,{pantime},,routing,,0,0,general,critical,\"BGP peer session {=established|down} with peer {ip} (router {=default|vr-dmz})\"" + PAN_TAIL),
        ("general", "SYSTEM", "0,{pantime},,general,,0,0,general,informational,\"Connection to Update server: updates.paloaltonetworks.com completed successfully, initiated by {ip}\"" + PAN_TAIL),
        ("general", "SYSTEM", "0,{pantime},,general,,0,0,general,informational,\"Installed {=antivirus|wildfire|contents} package: {panpkg}\"" + PAN_TAIL),
        ("dhcp", "SYSTEM", "0,{pantime},,dhcp-lease-start,,0,0,general,informational,\"DHCP lease started ip {ip} --> mac {mac} - hostname {panhostname}, interface {ifc}\"" + PAN_TAIL),
        ("ha", "SYSTEM", "0,{pantime},,state-change,,0,0,general,critical,\"HA Group {small}: Moved from state {=Active|Passive|Initial|Non-Functional} to state {=Active|Passive|Suspended}\"" + PAN_TAIL),
        ("general", "SYSTEM", "0,{pantime},,general,,0,0,general,informational,\"Session for user {user} via {=Web|CLI} from {ip} timed out\"" + PAN_TAIL),
        ("0", "HIPMATCH", "2049,{pantime},{panuser},vsys1,{panhostname},{=Windows|Mac|Linux},{ip},{=corp-managed|byod-minimum|Patched-Endpoints},{small},profile,,,{big},0x0,0,0,0,0,,{panhost},{small},{=0.0.0.0|::},\"{hex32}\",\"{=C02XK1ABJG5H|PF3A1B2C|}\""),
        ("0", "CONFIG", "2049,{pantime},{ip},{=Web|CLI},{=set|edit|delete|commit},{user},,{=Succeeded|Submitted},{cfgpath}" + PAN_TAIL),
        ("login", "USERID", "2049,{pantime},vsys1,{ip},{panuser},,0,1,{int},0,0,{=vpn-client|ad-server|syslog},{=GP|AD|Cisco-ISE},{big},0x0,0,0,0,0,,{panhost},1,,{pantime},1,0x0,{user}"),
    ],
}

# --------------------------------------------------------------------------------------------------------------- SAP HANA
SHAPES.update({
    "hanahost": lambda r, ts: r.choice(["hanadb01", "hana-prd-02", "sapvhdb01"]),
    "hanaport": lambda r, ts: r.choice(["30003", "30040", "30007", "30001"]),
    "hanaalloc": lambda r, ts: r.choice(["Pool/JoinEvaluator/JERequestedAttributes/Results", "Pool/ColumnStoreTables/Delta", "Pool/RowEngine/QueryExecution",
                                         "Pool/PersistenceManager/PersistentSpace/DefaultLPA/Page"]),
    "hanaauth": lambda r, ts: r.choice(["authentication failed", "user is locked; try again later: lock time is 1440 minutes", "user is deactivated",
                                        "invalid SAML assertion"]),
    "schema": lambda r, ts: r.choice(["SAPHANADB", "SAPABAP1", "_SYS_STATISTICS", "ZREPORT"]),
    "hanatable": lambda r, ts: r.choice(["VBAK", "ACDOCA", "BALDAT", "HOST_SQL_PLAN_CACHE", "/BIC/AZSALES002", "MATDOC"]),
    "hanasql": lambda r, ts: r.choice(["SELECT * FROM \"SAPABAP1\".\"ACDOCA\" WHERE \"RBUKRS\" = ?", "CALL \"_SYS_STATISTICS\".\"SHARED_FOLLOW_UP\"(?)",
                                       "UPDATE \"VBAK\" SET \"ERDAT\" = ? WHERE \"VBELN\" = ?", "DELETE FROM BALDAT WHERE RELID = 'AL'"]),
    "hanalogseg": lambda r, ts: f"/hana/log/HDB/mnt00001/hdb0000{r.randint(2, 5)}.00003/logsegment_000_{r.randint(0, 99999999):08d}.dat",
    "redopos": lambda r, ts: str(r.randint(10 ** 9, 10 ** 12)),
    "mb": lambda r, ts: f"{r.uniform(0, 9000):.2f}",
})


def hana_header(r, ts, level, comp):
    name, src = comp.split(" ")
    conn = r.choice([-1, -1, r.randint(200000, 400000)])
    trans = -1 if conn == -1 else r.randint(1, 999)
    upd = -1 if conn == -1 else r.randint(10 ** 6, 10 ** 8)
    return f"[{r.randint(1000, 99999)}]{{{conn}}}[{trans}/{upd}] {ts:%Y-%m-%d %H:%M:%S}.{ts.microsecond:06d} {level} {name:<16} {src} : "


HANA = {
    "log_format": "\\[<Thread>\\]\\{<Connection>\\}\\[<Transaction>/<Update>\\] <Date> <Time> <Level> <Component> <Source> : <Content>",
    "about": "SAP HANA 2.0 SPS07 indexserver trace: [thread]{connection}[transaction/update] stamp with microseconds, one-letter severity, component padded to 16, source file(line) : message",
    "start": datetime.datetime(2026, 12, 6, 1, 0, 0),
    "gap_ms": 2500,
    "header": hana_header,
    "statements": [
        ("i", "Basis TraceStream.cpp(00729)", "==== Starting hdbindexserver, version {=2.00.073.00.1695288802}, build {hex16} {=2023-09-21} ======================================", 1),
        ("w", "Memory MemoryManager.cpp(01345)", "Allocation failed ; $size$={big}; $name$={hanaalloc}; $type$=pool; $inuse_count$={big}; $allocated_size$={big}"),
        ("e", "Authentication ManagerWrapper.cpp(00123)", "FAILED AUTHENTICATION for user '{user}' from {ip}:{eport} (method {=PASSWORD|SAML|JWT|KERBEROS}): {hanaauth}"),
        ("e", "TrexNet Channel.cpp(00345)", "ERROR: failed to open channel ! reason: connection refused: {hanahost}:{hanaport}"),
        ("w", "TrexNet EndPoint.cpp(00789)", "socket {hex16} ({ip}:{hanaport}->{ip}:{eport}) closed by peer"),
        ("i", "PersistenceManag PersistenceManagerImpl.cpp(03456)", "Savepoint {big} finished: {big} pages written ({mb} MB) in {float} s, restart redo log position {redopos}"),
        ("i", "LogReplay RecoveryHandlerImpl.cpp(01234)", "Log replay finished at position {redopos}, {big} redo log entries replayed"),
        ("i", "Logger LoggerImpl.cpp(01234)", "Switched to log segment {int} ({hanalogseg})"),
        ("i", "Mergedog MergeMonitor.cpp(00512)", "AutoMerge of table \"{schema}\".\"{hanatable}\" {=started|finished}: {big} rows in main, {big} rows in delta"),
        ("w", "Statement StatementExecutor.cpp(00987)", "long running statement: statement_id={big}, connection_id={big}, duration={ms}, sql=\"{hanasql}\""),
        ("e", "SQLSession SessionCommandHandler.cc(01456)", "session control command is performed by {user}, user={user}, query=ALTER SYSTEM DISCONNECT SESSION '{big}'"),
        ("i", "Backup BackupMonitor_TransferState.cpp(00087)", "{big} progress of service: indexserver, {hanahost}:{hanaport}, volume: {small}, {pct}% {big}/{big}"),
        ("i", "Service_Startup SmFastRestart.cc(00123)", "Loading {int} tables with fast restart from {=/hana/tmpfs0/HDB|/hana/tmpfs1/HDB}"),
        ("w", "ResMan ResourceContainer.cpp(01088)", "Memory reclaim: unloaded {int} column store tables ({mb} MB) because of memory pressure, global allocation limit {big}"),
        ("e", "Executor PlanExecutor.cpp(00767)", "plan{big}@{hanahost}:{hanaport} failed with rc {=2|4|1000}; {=transaction rolled back by an internal error: Allocation failed|execution aborted by timeout|statement cancelled or queued statement is dropped}"),
        ("i", "assign TREXIndexServer.cpp(01234)", "assign to volume {small} finished", 2),
        ("w", "TableReload TRexApiTableReload.cpp(00201)", "Table reload of \"{schema}\".\"{hanatable}\" skipped: {=table is locked|not enough memory|column store disabled}"),
    ],
}

# ------------------------------------------------------------------------------------------------------------ Windows Update
SHAPES.update({
    "wucaller": lambda r, ts: r.choice(["UpdateOrchestrator", "MoUsoCoreWorker", "Windows Defender (77BDAF73-B396-481F-9042-AD358843EC24)",
                                        "SusClientUpdate", "Microsoft Configuration Manager", "Windows Update Agent"]),
    "hres": lambda r, ts: "0x" + r.choice(["00000000", "8024402C", "80240438", "80072EE2", "8024A105", "80070422", "80244022"]),
    "wuurl": lambda r, ts: r.choice(["https://fe3cr.delivery.mp.microsoft.com/ClientWebService/client.asmx", "http://wsus01.corp.example.org:8530/ClientWebService/client.asmx",
                                     "https://wsus.contoso.local:8531/ClientWebService/client.asmx"]),
    "wserr": lambda r, ts: r.choice(["There was an error communicating with the endpoint at 'https://fe3cr.delivery.mp.microsoft.com/ClientWebService/client.asmx'.",
                                     "The operation timed out", "There was an error receiving the HTTP reply.", "The server returned HTTP status code '503 (0x1F7)' with text 'Service Unavailable'."]),
    "kbtitle": lambda r, ts: r.choice(["2026-12 Cumulative Update for Windows 11 Version 24H2 for x64-based Systems (KB5048667)",
                                       "Security Intelligence Update for Microsoft Defender Antivirus - KB2267602 (Version 1.421.1234.0) - Current Channel (Broad)",
                                       "2026-11 .NET 8.0.11 Security Update for x64 Client (KB5047486)", "Intel - System - 10/3/2016 12:00:00 AM - 30.100.1643.1"]),
    "etag": lambda r, ts: f"\"{''.join(r.choice('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/') for _ in range(43))}=\"",
    "slsurl": lambda r, ts: f"https://slscr.update.microsoft.com/SLS/{{{uuid(r, True)}}}/x64/10.0.{r.choice(['26100', '22631'])}.{r.randint(1, 3000)}/0?CH={r.randint(100, 999)}&L=en-US&P=&PT=0x{r.randint(0, 48):x}&WUA=1178.2411.{r.randint(1, 99)}.0&MK=Dell+Inc.&MD=Latitude+7440",
    "wuop": lambda r, ts: r.choice(["CSearchCall::Init", "CDownloadCall::Init", "CInstallCall::Init", "CUpdateDeploymentCall::Init"]),
})
WU = {
    "log_format": "<Date> <Time> <Pid> <Tid> <Component> <Content>",
    "about": "Windows Update client log as Get-WindowsUpdateLog renders it (Windows 11 24H2): yyyy/mm/dd hh:mm:ss.7-digit pid tid component padded to 15, message",
    "start": datetime.datetime(2026, 12, 6, 3, 0, 0),
    "gap_ms": 1500,
    "header": lambda r, ts, level, comp: f"{ts:%Y/%m/%d %H:%M:%S}.{r.randint(0, 9999999):07d} {r.choice([1404, 1404, 8812, 5120]):<5} {r.choice([6632, 7740, 10012, 3308]):<5} {comp:<15} ",
    "statements": [
        ("", "Agent", "* START * Finding updates CallerId = {wucaller}  Id = {int}"),
        ("", "Agent", "* END * Finding updates CallerId = {wucaller}  Id = {int}"),
        ("", "Agent", "Added service {UUID} to sequential scan list"),
        ("", "Agent", "Updates found = {int}"),
        ("", "Agent", "Exit code = {hres}"),
        ("", "Agent", "Title = {kbtitle}"),
        ("", "Agent", "UpdateId = {UUID}.{int}"),
        ("", "ComApi", "* START *   Search ClientId = {wucaller}"),
        ("", "ComApi", "ISusInternal:: DisconnectCall failed, hr={hres}"),
        ("", "ProtocolTalker", "ServerId = {UUID}, ServerUrl = {wuurl}"),
        ("", "ProtocolTalker", "SyncUpdates round trips: {small}"),
        ("", "WebServices", "Auto proxy settings for this web service call."),
        ("", "WebServices", "WS error: {wserr}"),
        ("", "DownloadManager", "DO job {{{UUID}}} hit a transient error, updateId = {uuid}.{int} <NULL> hr = {hres}"),
        ("", "DownloadManager", "DO job {{{UUID}}} completed successfully, updateId = {uuid}.{int}"),
        ("", "Deployment", "Deployment job Id {UUID} : Update {uuid}.{int} succeeded."),
        ("", "Deployment", "Deployment job Id {UUID} : Update {uuid}.{int} failed, hr = {hres}."),
        ("", "Misc", "Got WSUS Client/Server URL: \"{wuurl}\""),
        ("", "SLS", "Retrieving SLS response from server using ETAG {etag}..."),
        ("", "SLS", "Making request with URL {slsurl} and send SLS events, cV={b62_8}.{small}.{small}."),
        ("", "IdleTimer", "WU operation ({wuop} ID {int}) started; operation # {int}; does use network: {=yes|no}; is at background priority: {=yes|no}"),
        ("", "IdleTimer", "WU operation ({wuop} ID {int}, operation # {int}) stopped; does use network: {=yes|no}; is at background priority: {=yes|no}"),
        ("", "Shared", "Effective power state: {=AC|DC}"),
    ],
}

# ---------------------------------------------------------------------------------------------------------------- spamd
TESTS = ["BAYES_00", "BAYES_99", "DKIM_SIGNED", "DKIM_VALID", "DKIM_VALID_AU", "HTML_MESSAGE", "RCVD_IN_DNSWL_NONE", "SPF_HELO_NONE",
         "SPF_PASS", "URIBL_BLOCKED", "FREEMAIL_FROM", "MIME_HTML_ONLY", "RDNS_NONE", "T_SCC_BODY_TEXT_LINE"]
SHAPES.update({
    "spamfrom": lambda r, ts: r.choice(["localhost", "localhost", "mx01.example.com", "mail-gw.corp.example.org"]),
    "loopip": lambda r, ts: r.choice(["127.0.0.1", "::1", ip(r)]),
    "msgid": lambda r, ts: f"<{r.choice([hexs(r, 16), uuid(r), 'CAF' + hexs(r, 20, True)])}@{r.choice(['mail.gmail.com', 'example.com', 'EUR01.prod.outlook.com', 'acme.io'])}>",
    "uid": lambda r, ts: str(r.choice([1000, 1001, 5000, 8, r.randint(1000, 60000)])),
    "score": lambda r, ts: f"{r.uniform(-5, 25):.1f}",
    "tests": lambda r, ts: ",".join(sorted(r.sample(TESTS, r.randint(1, 7)))),
    "states": lambda r, ts: "".join(r.choice("IIIB") for _ in range(r.randint(2, 7))),
    "cfline": lambda r, ts: r.choice(["required_hits 5", "use_bayes_rules 1 0", "whitelist_from *@example.com", "report_safe 3"]),
})
SPAMD = {
    "log_format": "<Month> <Day> <Time> <Host> <Process>\\[<Pid>\\]: <Content>",
    "about": "SpamAssassin 4.0 spamd through syslog: connection, processing, result lines with comma-separated test lists, prefork child management",
    "start": datetime.datetime(2026, 12, 6, 6, 0, 0),
    "gap_ms": 900,
    "header": lambda r, ts, level, comp: f"{syslog_stamp(ts)} mx01 spamd[{r.choice([1822, 1822, 30411, 30412, 30588])}]: ",
    "statements": [
        ("", "", "spamd: server started on IO::Socket::IP [{=127.0.0.1}]:783, IO::Socket::IP [{=::1}]:783 (running version {version})", 1),
        ("", "", "spamd: connection from {spamfrom} [{loopip}]:{eport} to port 783, fd {small}"),
        ("", "", "spamd: setuid to {user} succeeded"),
        ("", "", "spamd: processing message {msgid} for {user}:{uid}"),
        ("", "", "spamd: checking message {msgid} for {user}:{uid}"),
        ("", "", "spamd: clean message ({score}/{=5.0|6.5}) for {user}:{uid} in {float} seconds, {big} bytes."),
        ("", "", "spamd: identified spam ({score}/{=5.0|6.5}) for {user}:{uid} in {float} seconds, {big} bytes."),
        ("", "", "spamd: result: {=.|Y} {int} - {tests} scantime={float},size={big},user={user},uid={uid},required_score={=5.0|6.5},rhost={spamfrom},raddr={loopip},rport={eport},mid={msgid},bayes={float},autolearn={=no|ham|spam|disabled},autolearn_force=no"),
        ("", "", "prefork: child states: {states}"),
        ("", "", "spamd: server successfully spawned child process, pid {pid}"),
        ("", "", "prefork: adjust: {small} idle children {=more|less} than {small} maximum idle children. Decreasing spamd children: {pid} killed."),
        ("", "", "spamd: handled cleanup of child pid [{pid}] due to SIGCHLD: {=exit 0|interrupted, signal 2 (0002)}"),
        ("", "", "config: failed to parse line, skipping, in \"/etc/spamassassin/local.cf\": {cfline}"),
        ("", "", "dns: sendto() to [{ip}]:53 failed: {neterr}, failing over to [{ip}]:53"),
        ("", "", "bayes: cannot open bayes databases {path}/bayes_* R/W: tie failed: {=Permission denied|Resource temporarily unavailable}"),
        ("", "", "spamd: still running as root: user not specified with -u, not found, or set to root, falling back to nobody"),
        ("", "", "async: aborting after {float} s, deadline shrunk: {=URI-DNSBL|DNSBL|DCC}, A:{host}"),
    ],
}

# -------------------------------------------------------------------------------------------------------------- smartd
SHAPES.update({
    "dev": lambda r, ts: r.choice(["/dev/sda", "/dev/sdb", "/dev/sdc", f"/dev/bus/0 [megaraid_disk_{r.randint(0, 15):02d}]", f"/dev/sd{r.choice('defgh')}"]),
    "nvme": lambda r, ts: f"/dev/nvme{r.randint(0, 3)}",
    "attrid": lambda r, ts: r.choice(["194", "190", "5", "197", "198", "1", "7", "9", "199"]),
    "attrname": lambda r, ts: r.choice(["Temperature_Celsius", "Airflow_Temperature_Cel", "Reallocated_Sector_Ct", "Current_Pending_Sector",
                                        "Offline_Uncorrectable", "Raw_Read_Error_Rate", "Seek_Error_Rate", "Power_On_Hours", "UDMA_CRC_Error_Count"]),
    "model": lambda r, ts: r.choice(["Samsung SSD 870 EVO 1TB", "ST8000NM000A-2KE101", "WDC WD40EFRX-68N32N0", "INTEL SSDSC2KB960G8",
                                     "TOSHIBA MG08ACA16TE", "Micron_5300_MTFDDAK1T9TDS"]),
    "serial": lambda r, ts: hexs(r, 12, True),
    "fw": lambda r, ts: r.choice(["SVT02B6Q", "SN04", "82.00A82", "XCV10132", "0102", "D3MU001"]),
    "cap": lambda r, ts: r.choice(["1.00 TB", "8.00 TB", "4.00 TB", "960 GB", "16.0 TB", "1.92 TB"]),
    "capb": lambda r, ts: r.choice(["1,000,204,886,016 bytes", "8,001,563,222,016 bytes", "960,197,124,096 bytes"]),
    "wwn": lambda r, ts: f"5-{hexs(r, 6)}-{hexs(r, 9)}",
    "nvmewarn": lambda r, ts: r.choice(["Spare below threshold", "Temperature", "Reliability", "Read Only"]),
})
SMARTD = {
    "log_format": "<Month> <Day> <Time> <Host> <Process>\\[<Pid>\\]: <Content>",
    "about": "smartmontools 7.4 smartd through syslog: device lines with [SAT]/[SCSI] and megaraid passthrough names, attribute changes, self-tests, warnings",
    "start": datetime.datetime(2026, 12, 6, 0, 0, 0),
    "gap_ms": 30000,
    "header": lambda r, ts, level, comp: f"{syslog_stamp(ts)} {r.choice(['stor01', 'stor02', 'hv-node07'])} smartd[{r.choice([912, 912, 1044])}]: ",
    "statements": [
        ("", "", "smartd {=7.4} {=2023-08-01} r{=5530} [{=x86_64-linux-6.8.0-49-generic}] (local build)", 1),
        ("", "", "Device: {dev} [{=SAT|SCSI}], SMART {=Usage|Prefailure} Attribute: {attrid} {attrname} changed from {int} to {int}"),
        ("", "", "Device: {dev} [{=SAT|SCSI}], {int} Currently unreadable (pending) sectors"),
        ("", "", "Device: {dev} [{=SAT|SCSI}], {int} Offline uncorrectable sectors"),
        ("", "", "Device: {dev} [{=SAT|SCSI}], ATA error count increased from {int} to {int}"),
        ("", "", "Device: {dev} [{=SAT|SCSI}], self-test in progress, {pct}% remaining"),
        ("", "", "Device: {dev} [{=SAT|SCSI}], previous self-test completed without error"),
        ("", "", "Device: {dev} [{=SAT|SCSI}], previous self-test completed with error (read test element)"),
        ("", "", "Device: {dev} [{=SAT|SCSI}], starting scheduled {=Short|Long|Offline} Self-Test."),
        ("", "", "Device: {dev} [{=SAT|SCSI}], FAILED SMART self-check. BACK UP DATA NOW!"),
        ("", "", "Device: {dev} [{=SAT|SCSI}], Failed SMART usage Attribute: {attrid} {attrname}."),
        ("", "", "Device: {dev} [{=SAT|SCSI}], opened"),
        ("", "", "Device: {dev} [{=SAT|SCSI}], {model}, S/N:{serial}, WWN:{wwn}, FW:{fw}, {cap}"),
        ("", "", "Device: {nvme}, {model}, S/N:{serial}, FW:{fw}, {cap}"),
        ("", "", "Device: {dev} [{=SAT|SCSI}], is SMART capable. Adding to \"monitor\" list."),
        ("", "", "Device: {nvme}, Critical Warning (0x{=01|04|08}): {nvmewarn}"),
        ("", "", "Device: {dev} [{=SAT|SCSI}], Temperature {int} Celsius reached critical limit of {int} Celsius (Min/Max {int}/{int}!)"),
        ("", "", "Device: {dev} [{=SAT|SCSI}], Temperature {int} Celsius reached limit of {int} Celsius (Min/Max {int}/{int})"),
        ("", "", "Sending warning via /usr/share/smartmontools/smartd-runner to {email} ..."),
        ("", "", "Warning via /usr/share/smartmontools/smartd-runner to {email}: successful"),
        ("", "", "Monitoring {small} ATA/SATA, {small} SCSI/SAS and {small} NVMe devices", 2),
    ],
}

# ---------------------------------------------------------------------------------------------------------------- Temporal
NS = ["default", "orders-prod", "billing", "temporal-system"]
TQ = ["order-fulfilment", "payments-tq", "temporal-sys-tq-scanner-taskqueue-0", "email-dispatch"]
SHAPES.update({
    "tns": lambda r, ts: r.choice(NS),
    "tq": lambda r, ts: r.choice(TQ),
    "wfid": lambda r, ts: r.choice([f"order-{r.randint(10000, 99999)}", f"payment/{uuid(r)}", "temporal-sys-tq-scanner", f"daily report {r.randint(1, 31)}", f"user:{r.randint(1, 9999)}:onboarding"]),
    "temperr": lambda r, ts: r.choice(["context deadline exceeded", "Namespace orders-prod is not found.", "operation GetWorkflowExecution encountered gocql: no hosts available in the pool",
                                       "sql: no rows in result set", "rpc error: code = Unavailable desc = connection error: desc = \\\"transport: Error while dialing: dial tcp "
                                       + ip(r) + ":7233: connect: connection refused\\\"", "Workflow task not found.", "shard status unknown"]),
    "tempaddrs": lambda r, ts: "[" + ",".join(f"\"{ip(r)}:{r.choice([7233, 7234, 7235, 7239])}\"" for _ in range(r.randint(1, 4))) + "]",
    "tempop": lambda r, ts: r.choice(["StartWorkflowExecution", "SignalWorkflowExecution", "PollWorkflowTaskQueue", "DescribeNamespace", "RespondActivityTaskCompleted"]),
    "tstamp": lambda r, ts: when(ts, r, 5).strftime("%Y-%m-%dT%H:%M:%S.") + f"{r.randint(0, 999999999):09d}Z",
    "tasktype": lambda r, ts: r.choice(["TransferWorkflowTask", "TransferActivityTask", "TimerActivityTimeout", "VisibilityUpsertExecution"]),
    "dcname": lambda r, ts: r.choice(["history.persistenceMaxQPS", "frontend.namespaceRPS", "matching.numTaskqueueReadPartitions", "system.enableActivityEagerExecution"]),
    "dcval": lambda r, ts: r.choice(["3000", "2400", "4", "true", "false", "\"disabled\"", "null"]),
    "errtype": lambda r, ts: r.choice(["serviceerror.Unavailable", "serviceerror.DeadlineExceeded", "*serviceerror.NotFound", "*serviceerror.ResourceExhausted"]),
    "tsvc": lambda r, ts: r.choice(["history", "matching", "frontend", "worker"]),
})
TEMPORAL = {
    "log_format": "\\{\"level\":\"<Level>\",\"ts\":\"<Time>\",<Content>\\}",
    "about": "Temporal server 1.24 (zap JSON lines): {\"level\",\"ts\", then \"msg\" and the structured tags in the order the call site adds them, \"logging-call-at\" last}",
    "start": datetime.datetime(2026, 12, 6, 14, 0, 0),
    "gap_ms": 600,
    "header": lambda r, ts, level, comp: f"{{\"level\":\"{level}\",\"ts\":\"{ts:%Y-%m-%dT%H:%M:%S}.{ts.microsecond // 1000:03d}Z\",",
    "trailer": "}",
    "statements": [
        ("warn|error", "", "\"msg\":\"history client encountered error\",\"service\":\"{=frontend|matching}\",\"error\":\"{temperr}\",\"service-error-type\":\"{errtype}\",\"logging-call-at\":\"metric_client.go:90\""),
        ("warn|error", "", "\"msg\":\"matching client encountered error\",\"service\":\"{=frontend|history}\",\"error\":\"{temperr}\",\"service-error-type\":\"{errtype}\",\"logging-call-at\":\"metric_client.go:219\""),
        ("info", "", "\"msg\":\"Current reachable members\",\"component\":\"service-resolver\",\"service\":\"{tsvc}\",\"addresses\":{tempaddrs},\"logging-call-at\":\"service_resolver.go:279\""),
        ("info", "", "\"msg\":\"Acquired shard\",\"shard-id\":{int},\"address\":\"{ip}:7234\",\"lifecycle\":\"Started\",\"logging-call-at\":\"controller_impl.go:426\""),
        ("info", "", "\"msg\":\"Close shard\",\"shard-id\":{int},\"address\":\"{ip}:7234\",\"lifecycle\":\"Stopping\",\"logging-call-at\":\"controller_impl.go:441\""),
        ("info", "", "\"msg\":\"Workflow task timed out\",\"service\":\"history\",\"shard-id\":{int},\"address\":\"{ip}:7234\",\"wf-namespace-id\":\"{uuid}\",\"wf-id\":\"{wfid}\",\"wf-run-id\":\"{uuid}\",\"timeout-type\":\"{=StartToClose|ScheduleToStart}\",\"logging-call-at\":\"timer_queue_active_task_executor.go:424\""),
        ("info", "", "\"msg\":\"Activity task timed out\",\"service\":\"history\",\"shard-id\":{int},\"address\":\"{ip}:7234\",\"wf-namespace-id\":\"{uuid}\",\"wf-id\":\"{wfid}\",\"wf-run-id\":\"{uuid}\",\"timeout-type\":\"{=StartToClose|Heartbeat|ScheduleToClose}\",\"logging-call-at\":\"timer_queue_active_task_executor.go:301\""),
        ("error", "", "\"msg\":\"Persistent store operation failure\",\"service\":\"history\",\"shard-id\":{int},\"address\":\"{ip}:7234\",\"component\":\"transfer-queue-processor\",\"error\":\"{temperr}\",\"store-operation\":\"{=update-wf-execution|create-wf-execution|get-wf-execution}\",\"logging-call-at\":\"transaction_impl.go:489\""),
        ("warn", "", "\"msg\":\"unavailable error\",\"operation\":\"{tempop}\",\"wf-namespace\":\"{tns}\",\"error\":\"{temperr}\",\"logging-call-at\":\"telemetry.go:328\""),
        ("error", "", "\"msg\":\"service failures\",\"operation\":\"{tempop}\",\"wf-namespace\":\"{tns}\",\"error\":\"{temperr}\",\"logging-call-at\":\"telemetry.go:341\""),
        ("warn|error", "", "\"msg\":\"Fail to process task\",\"shard-id\":{int},\"address\":\"{ip}:7234\",\"component\":\"{=transfer-queue-processor|timer-queue-processor}\",\"wf-namespace-id\":\"{uuid}\",\"wf-id\":\"{wfid}\",\"wf-run-id\":\"{uuid}\",\"queue-task-id\":{big},\"queue-task-visibility-timestamp\":\"{tstamp}\",\"queue-task-type\":\"{tasktype}\",\"error\":\"{temperr}\",\"lifecycle\":\"ProcessingFailed\",\"logging-call-at\":\"lazy_logger.go:68\""),
        ("info", "", "\"msg\":\"Started Worker\",\"service\":\"worker\",\"Namespace\":\"{tns}\",\"TaskQueue\":\"{tq}\",\"WorkerID\":\"{pid}@{host}@\",\"logging-call-at\":\"pernamespaceworker.go:483\""),
        ("debug", "", "\"msg\":\"Get dynamic config\",\"name\":\"{dcname}\",\"value\":{dcval},\"default-value\":{dcval},\"logging-call-at\":\"config.go:79\""),
        ("info", "", "\"msg\":\"Timer queue processor pump shut down.\",\"service\":\"history\",\"shard-id\":{int},\"address\":\"{ip}:7234\",\"component\":\"timer-queue-processor\",\"logging-call-at\":\"queue_base.go:318\""),
        ("info", "", "\"msg\":\"Transfer queue processor pump shut down.\",\"service\":\"history\",\"shard-id\":{int},\"address\":\"{ip}:7234\",\"component\":\"transfer-queue-processor\",\"logging-call-at\":\"queue_base.go:318\""),
        ("error", "", "\"msg\":\"Membership upsert failed.\",\"service\":\"{tsvc}\",\"error\":\"{temperr}\",\"logging-call-at\":\"monitor.go:566\""),
        ("info", "", "\"msg\":\"temporal-sys-tq-scanner-workflow workflow successfully started\",\"service\":\"worker\",\"logging-call-at\":\"scanner.go:292\"", 2),
        ("info", "", "\"msg\":\"Range updated for shardID\",\"service\":\"history\",\"shard-id\":{int},\"address\":\"{ip}:7234\",\"shard-range-id\":{big},\"previous-shard-range-id\":{big},\"number\":{big},\"next-number\":{big},\"logging-call-at\":\"context_impl.go:1326\""),
        ("warn", "", "\"msg\":\"Namespace rate limit exceeded\",\"service\":\"frontend\",\"wf-namespace\":\"{tns}\",\"operation\":\"{tempop}\",\"logging-call-at\":\"namespace_rate_limit_interceptor.go:92\""),
    ],
}

# -------------------------------------------------------------------------------------------------------------- XenServer
VMS = ["web-01", "SQL Server 2022 (prod)", "win2022-dc01", "k8s worker 3", "backup-proxy", "Ubuntu 24.04 template"]
SHAPES.update({
    "vmname": lambda r, ts: r.choice(VMS),
    "xapicall": lambda r, ts: r.choice(["VM.start", "VM.clean_shutdown", "VM.pool_migrate", "host.evacuate", "VM.snapshot", "VDI.copy"]),
    "ref": lambda r, ts: f"OpaqueRef:{uuid(r)}",
    "mlfile": lambda r, ts: r.choice(["ocaml/xapi/xapi_vm.ml", "ocaml/xapi/message_forwarding.ml", "ocaml/libs/stunnel/stunnel.ml", "ocaml/xapi/storage_access.ml", "hashtbl.ml"]),
    "xexc": lambda r, ts: r.choice(["HANDLE_INVALID: [ VM; OpaqueRef:NULL ]", f"VM_BAD_POWER_STATE: [ OpaqueRef:{uuid(r)}; halted; running ]",
                                    "SR_BACKEND_FAILURE_46: [ ; The VDI is not available [opterr=VDI locked]; ]", "SESSION_INVALID: [ OpaqueRef:" + uuid(r) + " ]",
                                    "HOST_OFFLINE: [ OpaqueRef:" + uuid(r) + " ]"]),
    "xop": lambda r, ts: r.choice(["VM_start", "VM_shutdown", "VM_migrate", "VM_reboot", "VM_poweroff"]),
    "xmod": lambda r, ts: r.choice(["xenops_server", "xapi_vm", "audit", "taskhelper"]),
    "orig": lambda r, ts: r.choice(["XenCenter", "xe", "XenOrchestra", "cli"]),
})


def xen_header(r, ts, level, comp):
    daemon, module = comp.split(" ")
    thread = r.choice([f"{r.randint(100, 99999)} ", f"{r.randint(100, 99999)} HTTPS {ip(r)}->:::80", f"{r.randint(100, 99999)} |xapi events", f"{r.randint(100, 9999)} |org.xen.xapi.xenops.classic events"])
    task = r.choice(["", f"{r.choice(['VM.start', 'VM.clean_shutdown', 'session.login_with_password', 'dispatch:VM.pool_migrate'])} R:{hexs(r, 12)}"])
    if "|" in thread:
        thread = thread.replace("|", "")
    return f"{syslog_stamp(ts)} {r.choice(['xcp-ng-01', 'xcp-ng-02'])} {daemon}: [{level:>5}|{r.choice(['', 'xcp-ng-01'])}|{thread}|{task}|{module}] "


XEN = {
    "log_format": "<Month> <Day> <Time> <Host> <Daemon>: \\[<Level>\\|<XHost>\\|<Thread>\\|<Task>\\|<Module>\\] <Content>",
    "about": "XCP-ng 8.3 / XenServer xensource.log: syslog stamp, daemon, then [level|host|thread id and name|task name R:ref|module] (host and task may be empty), message",
    "start": datetime.datetime(2026, 12, 6, 15, 0, 0),
    "gap_ms": 700,
    "header": xen_header,
    "statements": [
        ("info", "xapi audit", "('trackid={hex32}' 'LOCAL_SUPERUSER' '{=root|svc_backup}' 'ALLOWED' 'OK' 'API' '{xapicall}' (('vm' '{vmname}' '{uuid}' '{ref}')))"),
        ("info", "xapi taskhelper", "task {xapicall} R:{hex12} (uuid:{uuid}) created (trackid={hex32}) by task D:{hex12}"),
        ("debug", "xapi backtrace", "{small}/{small} xapi Raised at file {mlfile}, line {int}"),
        ("debug", "xapi backtrace", "{small}/{small} xapi Called from file {mlfile}, line {int}"),
        ("error", "xapi backtrace", "Got exception {xexc}"),
        ("debug", "xapi dispatcher", "Server_helpers.exec exception_handler: Got exception {xexc}"),
        ("info", "xapi xapi_session", "Session.create trackid={hex32} pool={=true|false} uname={user} originator={orig} is_local_superuser={=true|false} auth_user_sid={=|S-1-5-21-1004336348-1177238915-682003330-512} parent=trackid={hex32}"),
        ("info", "xapi xapi_session", "Session.destroy trackid={hex32}"),
        ("debug", "xenopsd-xc xenops_server", "Queue.push [\"{xop}\", \"{uuid}\"] onto {uuid}:[ {=|VM_check_state} ]"),
        ("debug", "xenopsd-xc xenops_server", "Task {int} reference {xapicall} R:{hex12}: [\"{xop}\",[\"{uuid}\",{=false|true}]]"),
        ("info", "xenopsd-xc xenops_server", "VM {uuid} is not requesting any attention"),
        ("debug", "xapi xapi_ha", "Liveset: online {uuid} [ L  A ]; {uuid} [*LM A ]"),
        ("warn", "xapi message_forwarding", "Host.call_plugin host = '{=xcp-ng-01|xcp-ng-02}'; plugin = '{=perfmon|disk-space|updater.py}'; fn = '{=refresh|get_avail_host_disk_space|check_update}' args = [ '{=hidden|}' ]"),
        ("debug", "squeezed squeeze", "reserve_memory_range min={big} max={big} actual={big}"),
        ("info", "xapi xapi_vm_migrate", "VM {uuid} migration {=started|completed} to host {ip} (vdi_map: {int} entries, vif_map: {int} entries)"),
        ("error", "xcp-rrdd-plugins rrdd_plugin", "Failed to process plugin: {=xcp-rrdd-iostat|xcp-rrdd-squeezed|xcp-rrdd-gpumon} (Rrd_protocol.Invalid_checksum)"),
        ("debug", "xapi storage_access", "SMAPIv1 sr={uuid} vdi={uuid} dp=vbd/{int}/{=xvda|xvdb|hda} {=activate|deactivate|attach|detach}"),
        ("info", "xapi xapi", "xapi startup: pool {uuid} master {ip} version {version}", 1),
    ],
}

SYSTEMS = {"Odoo": ODOO, "PaloAlto": PAN, "SapHana": HANA, "WindowsUpdate": WU, "Spamd": SPAMD, "Smartd": SMARTD, "Temporal": TEMPORAL,
           "XenServer": XEN}
