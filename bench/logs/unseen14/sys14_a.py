"""Statements of the fourteenth blind set, first half: Vitess, Solace, Lighttpd, Veeam, ArubaOS, MSDNS, Hazelcast, Jaeger."""
import calendar
import datetime

import values14 as V
from values14 import SHAPES, hexs

S = SHAPES


# ---------------------------------------------------------------- Vitess (vttablet / vtgate, glog)
CELLS = ["zone1", "us_east_1a", "dc2", "zone3"]
KEYSPACES = ["commerce", "customer", "orders_ks", "lookup", "analytics"]
S["cell"] = lambda r, ts: r.choice(CELLS)
S["uid10"] = lambda r, ts: f"{r.choice([100, 101, 102, 200, 201, 1500, 2301]):010d}"
S["uid"] = lambda r, ts: str(r.choice([100, 101, 102, 200, 201, 1500, 2301]))
S["ks"] = lambda r, ts: r.choice(KEYSPACES)
S["shard"] = lambda r, ts: r.choice(["-80", "80-", "0", "-40", "40-80", "80-c0", "c0-"])
S["shards"] = lambda r, ts: "[" + " ".join(r.choice([["-80", "80-"], ["0"], ["-40", "40-80", "80-c0", "c0-"], ["-c0", "c0-"]])) + "]"
S["sql"] = lambda r, ts: r.choice(["select * from customer where customer_id = :vtg1",
                                   "insert into corder(customer_id, sku, price) values (:_customer_id_0, :vtg2, :vtg3)",
                                   "update product set stock = stock - :vtg1 where sku = :vtg2",
                                   "select count(*) from orders where created_at > :vtg1 limit :#maxLimit",
                                   "delete from sessions where expires < now()"])
S["bindvars"] = lambda r, ts: ", ".join(f'"{k}": "type:INT64 value:\\"{r.randint(1, 99999)}\\""'
                                        for k in r.sample(["#maxLimit", "vtg1", "vtg2", "vtg3", "_customer_id_0"], r.randint(0, 3)))
S["mysqlerr"] = lambda r, ts: r.choice(["Lock wait timeout exceeded; try restarting transaction",
                                        "Duplicate entry '1234' for key 'PRIMARY'",
                                        "Query execution was interrupted, maximum statement execution time exceeded",
                                        "Deadlock found when trying to get lock; try restarting transaction"])
S["errno"] = lambda r, ts: r.choice(["1205", "1062", "3024", "1213"])
S["sqlstate"] = lambda r, ts: r.choice(["HY000", "23000", "40001"])
S["txid"] = lambda r, ts: str(r.randint(1765000000000000000, 1765099999999999999))
S["vrmsg"] = lambda r, ts: r.choice(["", "", "Picked source tablet: cell:\"zone1\" uid:101",
                                     "error in binlog stream: EOF (errno 2013) (sqlstate HY000)", "Stopped after copy"])
S["lastpk"] = lambda r, ts: r.choice(["<nil>", f'fields:{{name:"id" type:INT64}} rows:{{lengths:{r.randint(1, 6)} values:"{r.randint(1, 999999)}"}}'])
S["tbl"] = lambda r, ts: r.choice(["customer", "corder", "product", "order_items", "sessions"])
S["wf"] = lambda r, ts: r.choice(["commerce2customer", "reshard_orders", "mv_lookup", "customer_move_01"])
S["hcreason"] = lambda r, ts: r.choice(["healthCheck update", "healthCheck update error: vttablet error: rpc error: code = Unavailable desc = "
                                        "connection error", "healthCheck context error: context canceled", "tablet deleted"])
S["desc"] = lambda r, ts: r.choice(["transport is closing", "error reading from server: EOF", "context deadline exceeded",
                                    "vttablet: primary is not serving, there is a reparent operation in progress"])
S["app"] = lambda r, ts: r.choice(["vreplication", "online-ddl", "tablegc", "orders-backfill"])
S["ver"] = lambda r, ts: r.choice(["18.0.2", "19.0.1"])
S["hex40"] = lambda r, ts: hexs(r, 40)
S["ctime"] = lambda r, ts: (ts - datetime.timedelta(days=r.randint(3, 40))).strftime("%a %b %e %H:%M:%S UTC %Y")
S["gover"] = lambda r, ts: r.choice(["go1.21.5", "go1.22.1"])
S["branch"] = lambda r, ts: r.choice(["HEAD", "release-19.0", "main"])


def glog_header(r, ts, level, comp):
    return f"{level}{ts:%m%d %H:%M:%S}.{ts.microsecond:06d} {r.choice(['  28417', '   1093', '  28417']):>7} {comp}] "


VITESS = {
    "about": "Vitess 19 vttablet and vtgate (Go glog): Lmmdd hh:mm:ss.uuuuuu, the process id right-aligned, file:line] then "
             "the message; tablet aliases cell-uid, keyspace/shard pairs, MySQL errors with their bind variables",
    "log_format": "<LevelDate> <Time> <Pid> <File>\\] <Content>",
    "start": datetime.datetime(2026, 12, 7, 3, 12, 5, 0),
    "gap_ms": 700,
    "header": glog_header,
    "statements": [
        ("I", "tm_state.go:197", 'Changing Tablet Type: {=PRIMARY|REPLICA|RDONLY} for cell:"{cell}" uid:{uid}'),
        ("I", "rpc_server.go:84", "TabletManager.ChangeType(tablet_type:{=PRIMARY|REPLICA|RDONLY|DRAINED})(on {cell}-{uid10} from "
                                  "{ip}:{port}): (*tabletmanagerdata.ChangeTypeResponse)(nil)"),
        ("I", "state_manager.go:214", "Starting transition to {=PRIMARY|REPLICA|RDONLY} {=Serving|NotServing}, time since last "
                                      "state: {dur}"),
        ("W", "state_manager.go:645", "tablet {cell}-{uid10} lagging: replication lag {secs} exceeds unhealthy threshold {secs}"),
        ("W", "tablet_server.go:1512", '{mysqlerr} (errno {errno}) (sqlstate {sqlstate}) (CallerID: {user}): Sql: "{sql}", '
                                       "BindVars: {{{bindvars}}}"),
        ("E", "tablet_server.go:1541", '{mysqlerr} (errno {errno}) (sqlstate {sqlstate}) (CallerID: {user}): Sql: "{sql}", '
                                       "BindVars: {{{bindvars}}}, Retried: {=true|false}"),
        ("W", "tx_pool.go:158", "killing transaction (exceeded timeout: {dur}): {txid}"),
        ("I", "vreplicator.go:236", 'vreplication stream {n} ({wf}): state changed to {=Copying|Running|Stopped|Error}, message: '
                                    '"{vrmsg}"'),
        ("I", "copy_state.go:301", "Copying table {tbl}, lastpk: {lastpk}"),
        ("I", "healthcheck.go:342", "HealthCheckUpdate(Serving State): tablet: {cell}-{uid10} ({host}) serving {=true|false} => "
                                    "{=true|false} for {ks}/{shard} ({=PRIMARY|REPLICA|RDONLY}) reason: {hcreason}"),
        ("I", "throttler.go:733", "throttler: metric {=lag|loadavg|threads_running} on {cell}-{uid10} is {float}, threshold "
                                  "{float}: throttled app {app}"),
        ("W", "clientconn.go:1331", "grpc: addrConn.createTransport failed to connect to {{{ip}:{port} {host}:{port} <nil> 0 "
                                    '<nil>}}. Err: connection error: desc = "transport: Error while dialing dial tcp {ip}:{port}: '
                                    '{err}". Reconnecting...'),
        ("I", "keyspace_events.go:301", "keyspace event resolved: {ks}/{shard} is now consistent (serving: {=true|false})"),
        ("I", "servenv.go:108", "Version: {ver} (Git revision {hex40} branch '{branch}') built on {ctime} by {user}@{host} using "
                                "{gover} linux/amd64", 2),
        ("I", "tabletserver.go:581", "TabletServer: shutting down gracefully, grace period {secs}", 2),
        ("E", "executor.go:1120", "Execute: target: {ks}.{shard}.{=primary|replica}: vttablet: rpc error: code = "
                                  "{=Unavailable|DeadlineExceeded|Aborted} desc = {desc}"),
        ("I", "traffic_switcher.go:402", "Switching {=reads|writes} for keyspace {ks} from shards {shards} to shards {shards}"),
        ("W", "srv_topo.go:191", "WatchSrvKeyspace failed for {cell}/{ks}: {err}, retrying in {dur}"),
    ],
}


# ---------------------------------------------------------------- Solace PubSub+ event log via syslog
S["vpn"] = lambda r, ts: r.choice(["default", "prod-orders", "payments_vpn", "iot-eu"])
S["client"] = lambda r, ts: r.choice([f"#client-{hexs(r, 6)}", f"{r.choice(V.WORDS)}-svc/{r.randint(1000, 99999)}/#{r.randint(0, 99):08d}",
                                      f"ip-10-0-{r.randint(0, 9)}-{r.randint(1, 254)}/{r.randint(1000, 9999)}/{hexs(r, 4)}"])
S["cver"] = lambda r, ts: r.choice(["10.21.0", "C SDK 7.25.0.10", "JCSMP 10.21.0", "solclientjs 10.15.0", ""])
S["plat"] = lambda r, ts: r.choice(["Linux-x86_64", "Linux-amd64 (Java 17.0.9)", "Windows 10 (x86_64)", "Browser"])
S["ssl"] = lambda r, ts: r.choice(["TLSv1.2", "TLSv1.3", ""])
S["cipher"] = lambda r, ts: r.choice(["ECDHE-RSA-AES256-GCM-SHA384", "TLS_AES_256_GCM_SHA384", ""])
S["auth"] = lambda r, ts: r.choice(["Basic", "Client-Certificate", "OAuth", "Kerberos"])
S["authgrp"] = lambda r, ts: r.choice(["", "", "CN=orders-team,OU=Groups,DC=corp,DC=example,DC=com"])
S["prof"] = lambda r, ts: r.choice(["default", "orders-producers", "readonly"])
S["caps"] = lambda r, ts: r.choice(["0x0", "0x1F", "0x3FF7"])
S["q"] = lambda r, ts: r.choice(["q.orders.created", "Q/payments/retry", "#P2P/QTMP/v:solace1/abcd1234", "dlq.orders", "iot.telemetry.in"])
S["topic"] = lambda r, ts: r.choice(["orders/created/>", "acme/iot/eu/+/temp", "payments/*/settled", "#P2P/v:solace1/_rc/q1", ""])
S["quota"] = lambda r, ts: r.choice(["5000MB", "500MB", "100MB", "0MB"])
S["sreason"] = lambda r, ts: r.choice(["Client Disconnect Received", "Forced Logout", "Peer TCP Closed", "Keepalive Timeout",
                                       "Client Username Is Shutdown", "Client Profile Max Connection Exceeded"])
S["bindres"] = lambda r, ts: r.choice(["Permission Not Allowed", "Queue Shutdown", "Max Num Subscriptions Exceeded",
                                       "Endpoint Already Bound"])
S["bridge"] = lambda r, ts: r.choice(["br-dc1-dc2", "orders_bridge", "iot-uplink"])
S["tagopt"] = lambda r, ts: r.choice(["Not Checked", "Valid", "Not Available"])


def solace_header(r, ts, level, comp):
    return f"{ts:%Y-%m-%dT%H:%M:%S}.{ts.microsecond // 1000:03d}+0000 <local3.{level}> {r.choice(['solace-prod-1', 'solace-prod-2'])} {comp}: "


_CONN = "{vpn} {client} Client ({n}) {user} WebSessionId ({n})"
SOLACE = {
    "about": "Solace PubSub+ 10.6 event log forwarded by syslog: ISO stamp with +0000, <facility.severity>, the host, `event`, "
             "then SCOPE: EVENT_NAME: and a record of key(value) fields (empty values, multi-word values)",
    "log_format": "<Time> <Pri> <Host> <App>: <Content>",
    "start": datetime.datetime(2026, 12, 7, 6, 41, 9, 0),
    "gap_ms": 1100,
    "header": solace_header,
    "statements": [
        ("info", "event", "CLIENT: CLIENT_CLIENT_CONNECT: " + _CONN + " connected to {ip}:{port} from {ip}:{port} version({cver}) "
                          "platform({plat}) SslVersion({ssl}) SslCipher({cipher}) APIuser({user}) authScheme({auth}) "
                          "authorizationGroup({authgrp}) clientProfile({prof}) ACLProfile({prof}) SSLDowngradedToPlainText({=No|Yes}) "
                          "SslNegotiatedTo({ssl}) SslRevocation({tagopt}) Capabilities({caps}) SslCertificate()"),
        ("info", "event", "CLIENT: CLIENT_CLIENT_DISCONNECT: " + _CONN + " reason({sreason}) final statistics - dp({int}, {int}, "
                          "{int}, {int}, {n}, {n}, {big}, {big}, {big}, {big}, {n}, {n}) conn({n}, {n}, {ip}:{port}, "
                          "{=ESTAB|CLOSE_WAIT|FIN_WAIT_2}, {n}, {n}, {n}) zip({n}, {n}, {n}, {n}, {float}, {float}, {n}) "
                          "web({n}, {n}, {n}, {n}, {n}, {n}, {n}), SslVersion({ssl}), SslCipher({cipher})"),
        ("info", "event", "CLIENT: CLIENT_CLIENT_BIND_SUCCESS: " + _CONN + " Bind to {=Durable|Non-Durable} Queue {q}, "
                          "AccessType {=Exclusive|Non-Exclusive}, Quota {quota}, Messages {int}, Topic {topic}, SelectorPresent {=Yes|No}"),
        ("warning", "event", "CLIENT: CLIENT_CLIENT_BIND_FAILED: " + _CONN + " Result({bindres}): Bind to {=Durable|Non-Durable} "
                             "Queue {q}, AccessType {=Exclusive|Non-Exclusive}, Quota {quota}, Messages {int}, Topic {topic}, "
                             "SelectorPresent {=Yes|No}"),
        ("info", "event", "CLIENT: CLIENT_CLIENT_UNBIND: " + _CONN + " Unbind from {=Durable|Non-Durable} Queue {q}, Topic "
                          "{topic}, Reason({sreason})"),
        ("notice", "event", "VPN: VPN_VPN_STATE_CHANGE: {vpn} Message VPN ({n}) {=Up|Down|Standby} -> {=Up|Down|Standby}"),
        ("warning", "event", "VPN: VPN_AD_QENDPT_MESSAGES_HIGH: {vpn} - Message VPN ({n}) Queue {q} message count {int} exceeds "
                             "high threshold {int} ({pct} of max {big})"),
        ("info", "event", "VPN: VPN_AD_QENDPT_MESSAGES_HIGH_CLEAR: {vpn} - Message VPN ({n}) Queue {q} message count {int} "
                          "below clear threshold {int} ({pct} of max {big})"),
        ("info", "event", "SYSTEM: SYSTEM_AUTHENTICATION_SESSION_OPENED: - - SEMP session {ip} internal authentication opened "
                          "for user {user} ({=read-write|read-only|admin})"),
        ("info", "event", "SYSTEM: SYSTEM_AUTHENTICATION_SESSION_CLOSED: - - SEMP session {ip} closed for user {user} "
                          "({=read-write|read-only|admin})"),
        ("warning", "event", "SYSTEM: SYSTEM_AUTHENTICATION_SESSION_DENIED: - - SEMP session {ip} authentication denied for "
                             "user {user}: {=Invalid password|Unknown user|Account locked}"),
        ("notice", "event", "VPN: VPN_BRIDGING_LINK_UP: {vpn} - Message VPN ({n}) Bridge {bridge} {=Auto|Primary|Backup} link "
                            "to {vpn}@{host}:{port} is up"),
        ("warning", "event", "VPN: VPN_BRIDGING_LINK_DOWN: {vpn} - Message VPN ({n}) Bridge {bridge} {=Auto|Primary|Backup} link "
                             "to {vpn}@{host}:{port} is down: {err}"),
        ("notice", "event", "SYSTEM: SYSTEM_HA_REDUN_MATE_STATE_CHANGE: - - Mate {host} state changed from "
                            "{=Up|Down|Unknown} to {=Up|Down|Unknown}", 6),
    ],
}


# ---------------------------------------------------------------- lighttpd error log
S["sock"] = lambda r, ts: r.choice(["unix:/run/php/php8.2-fpm.sock-0", "unix:/var/run/lighttpd/php.socket-1",
                                    f"tcp:127.0.0.1:{r.choice([9000, 9001, 8081])}", f"tcp:{V.ip(r)}:{r.choice([9000, 3000])}"])
S["sslcode"] = lambda r, ts: r.choice(["0A000126", "0A000416", "0A00010B", "0A000102"])
S["sslerr"] = lambda r, ts: r.choice(["unexpected eof while reading", "sslv3 alert certificate unknown", "wrong version number",
                                      "unsupported protocol"])
S["errtext"] = lambda r, ts: r.choice(["No such file or directory", "Permission denied", "Not a directory"])
S["docpath"] = lambda r, ts: r.choice(["/var/www/html", "/srv/www/static", "/var/www/my site/public"]) + r.choice(["/favicon.ico", "/robots.txt", "/wp-login.php", "/.env", f"/img/{hexs(r, 6)}.png"])
S["lver"] = lambda r, ts: r.choice(["1.4.73", "1.4.71"])

LIGHTTPD = {
    "about": "lighttpd 1.4.73 error log: yyyy-mm-dd hh:mm:ss: (file.c.line) message",
    "log_format": "<Date> <Time>: \\(<Source>\\) <Content>",
    "start": datetime.datetime(2026, 12, 7, 0, 2, 44, 0),
    "gap_ms": 4000,
    "header": lambda r, ts, level, comp: f"{ts:%Y-%m-%d %H:%M:%S}: ({comp}) ",
    "statements": [
        ("", "server.c.1939", "server started (lighttpd/{lver})", 2),
        ("", "server.c.2097", "server stopped by UID = {n} PID = {int}", 2),
        ("", "server.c.1217", "logfiles cycled UID = {n} PID = {int}"),
        ("", "gw_backend.c.477", "establishing connection failed: {=Connection refused|Resource temporarily unavailable|No such "
                                 "file or directory} socket: {sock}"),
        ("", "gw_backend.c.1003", "backend is overloaded; we'll disable it for {n} seconds and send the request to another "
                                  "backend instead: reconnects: {n} load: {int}"),
        ("", "gw_backend.c.230", "child exited: {n} {sock}"),
        ("", "gw_backend.c.316", "child signaled: {n} {sock}"),
        ("", "mod_openssl.c.3451", "SSL: {n} error:{sslcode}:SSL routines::{sslerr} (for {ip}:{port})"),
        ("", "mod_openssl.c.3489", "SSL: {neg} {n} {int} {=Connection reset by peer|Broken pipe}"),
        ("", "connections.c.1050", "connection closed - read timeout: {ip}"),
        ("", "connections.c.1061", "connection closed - write request timeout: {ip}"),
        ("", "response.c.659", "file not found ... or so: {errtext} {uri} -> {docpath}"),
        ("", "mod_auth.c.1362", "password doesn't match for {uri} username: {user} IP: {ip}"),
        ("", "mod_auth.c.1341", "get_password failed for {uri} username: {user} IP: {ip}"),
        ("", "server.c.1090", "[note] sockets disabled, out-of-fds"),
        ("", "server.c.1103", "[note] sockets enabled again"),
        ("", "server.c.2051", "warning: clock jumped {int} secs"),
        ("", "request.c.1172", "invalid character in header -> {status} ({ip})"),
    ],
}


# ---------------------------------------------------------------- Veeam Backup & Replication job log
S["job"] = lambda r, ts: r.choice(["Daily SQL Backup", "FS01 - weekly", "Exchange", "Backup Job 3", "VMware Prod (tier 1)"])
S["vm"] = lambda r, ts: r.choice(["SQL01", "web-frontend-02", "DC01.corp.local", "exchange 2019", "fs01", "vcsa"])
S["sizesp"] = lambda r, ts: f"{r.uniform(0.1, 999):.1f} {r.choice(['KB', 'MB', 'GB', 'TB'])}"
S["mbps"] = lambda r, ts: str(r.randint(1, 1200))
S["vmerr"] = lambda r, ts: r.choice(["An error occurred while saving the snapshot: Failed to quiesce the virtual machine.",
                                     "Cannot find the item.", "The operation is not allowed in the current state.",
                                     "Timed out waiting for a response from the guest."])
S["usdate"] = lambda r, ts: (ts - datetime.timedelta(minutes=r.randint(0, 90))).strftime("%-m/%-d/%Y %-I:%M:%S %p")
S["repo"] = lambda r, ts: r.choice(["Default Backup Repository", "SOBR-Capacity", "nas01 repo", "Linux Hardened"])
S["restore"] = lambda r, ts: (ts - datetime.timedelta(days=r.randint(7, 30))).strftime("%d.%m.%Y %H:%M:%S")


def veeam_header(r, ts, level, comp):
    return f"[{ts:%d.%m.%Y %H:%M:%S}] <{r.choice(['01', '07', '12', '23', '41'])}> {level:<8} "


VEEAM = {
    "about": "Veeam Backup & Replication 12 job log: [dd.mm.yyyy hh:mm:ss] <thread> level padded to 8, then the message, "
             "often opened by a [Component] tag; quoted job and VM names with spaces, sizes with a unit word",
    "log_format": "\\[<Date> <Time>\\] <Thread> <Level> <Content>",
    "start": datetime.datetime(2026, 12, 7, 1, 0, 0, 0),
    "gap_ms": 2500,
    "header": veeam_header,
    "statements": [
        ("Info", "", "Job session '{uuid}' has been completed, status: '{=Success|Warning|Failed}', '{sizesp}' of '{sizesp}' "
                     "bytes, '{n}' of '{n}' tasks, '{n}' successfully, '{n}' with warnings, '{n}' failed, Session duration: '{hms}'"),
        ("Info", "", "[JobSession] Job '{job}' state changed: {=Starting|Working|Stopping|Stopped|Idle}"),
        ("Info", "", "Task '{vm}' has been completed, status: {=Success|Warning|Failed}, {sizesp} of {sizesp} processed, "
                     "duration {hms}"),
        ("Info", "", "Processing VM '{vm}' (moref: vm-{int})"),
        ("Info", "", "[CBT] Changed block tracking is {=enabled|disabled} for '{vm}'"),
        ("Error", "", "Failed to create VM snapshot. Error: {vmerr}"),
        ("Info", "", "Creating snapshot 'VEEAM BACKUP TEMPORARY SNAPSHOT' of VM '{vm}'"),
        ("Info", "", "Removing snapshot 'VEEAM BACKUP TEMPORARY SNAPSHOT' of VM '{vm}'"),
        ("Info", "", "Storage '{winpath}' has been opened for {=read|write}"),
        ("Info", "", "Retention: deleting restore point '{restore}' of '{vm}' ({=full|increment})"),
        ("Warning", "", "Repository '{repo}' free space {sizesp} ({pct}) is below threshold {pct}"),
        ("Info", "", "[ProxyAgent] Connecting to agent on '{host}:{port}'"),
        ("Error", "", "Failed to connect to transport service on host '{host}'. Remote endpoint: {ip}:{port}. Timeout: {n} sec."),
        ("Info", "", "Load: Source {pct} > Proxy {pct} > Network {pct} > Target {pct}"),
        ("Info", "", "Primary bottleneck: {=Source|Proxy|Network|Target}"),
        ("Info", "", "Hard disk {n} ({sizesp}) {sizesp} read at {mbps} MB/s [CBT]"),
        ("Info", "", "Queued for processing at {usdate}"),
        ("Warning", "", "Task '{vm}' has been completed, status: {=Success|Warning|Failed}, {sizesp} of {sizesp} processed, "
                        "duration {hms}, warning: {vmerr}"),
    ],
}


# ---------------------------------------------------------------- ArubaOS 8 mobility controller syslog
S["ap"] = lambda r, ts: r.choice(["ap-lobby-01", "AP-B2-F3-12", "315-bldgA", "ap_wh_dock7", "CONF-RM 2"])
S["ssid"] = lambda r, ts: r.choice(["Corp-WiFi", "Guest WiFi", "IoT_2G", "eduroam"])
S["role"] = lambda r, ts: r.choice(["employee", "guest", "authenticated", "logon", "contractor-restricted"])
S["vlan"] = lambda r, ts: str(r.choice([1, 20, 30, 100, 412]))
S["aaasrv"] = lambda r, ts: r.choice(["ISE-1", "ClearPass_PUB", "nps-dc01"])
S["aaaprof"] = lambda r, ts: r.choice(["corp-aaa", "guest_aaa_prof", "default-dot1x"])
S["amethod"] = lambda r, ts: r.choice(["802.1x", "MAC", "Web", "PSK"])
S["deauth"] = lambda r, ts: r.choice(["Ageout AP", "Sapcp Ageout (internal ageout)", "Denied: AP Ageout", "STA has left and is disassociated"])
S["rebootwhy"] = lambda r, ts: r.choice(["Unknown soft reboot", "Reboot caused by the cluster upgrade", "Power cycle",
                                         "Missed heartbeats from controller"])
S["ctime2"] = lambda r, ts: (ts - datetime.timedelta(hours=r.randint(1, 200))).strftime("%a %b %e %H:%M:%S UTC %Y")
S["hms6"] = lambda r, ts: f"{ts:%H:%M:%S}.{r.randint(0, 999999):06d}"
S["lvl"] = lambda r, ts: r.choice(["0", "1", "2"])
S["contract"] = lambda r, ts: r.choice(["0/0", "2/0", "0/4"])
S["oldrole"] = lambda r, ts: r.choice(["logon", "guest", "", "authenticated"])

_PIDS = {"stm": 3567, "authmgr": 3543, "sapd": 2210, "nanny": 1190, "mdns": 4012}


def aruba_header(r, ts, level, comp):
    proc, msgid = comp.split(":")
    return f"{ts:%b %e %H:%M:%S} {ts.year} 10.10.0.{r.choice([2, 3])} {proc}[{_PIDS[proc]}]: <{msgid}> <{level}> "


_AP = "|AP {ap}@{ip} "
ARUBA = {
    "about": "ArubaOS 8.10 mobility controller syslog: Mmm dd hh:mm:ss yyyy, the controller address, process[pid], <message "
             "id> <LEVEL>, then |AP name@ip process| or |process| and two spaces; authmgr key=value records",
    "log_format": "<Month> <Day> <Time> <Year> <Controller> <Process>\\[<Pid>\\]: <MsgId> <Level> <Content>",
    "start": datetime.datetime(2026, 12, 7, 7, 58, 30, 0),
    "gap_ms": 500,
    "header": aruba_header,
    "statements": [
        ("NOTI", "stm:501100", _AP + "stm|  Assoc success @ {hms6}: {mac} (SN {n}): AP {ip}-{mac}-{ap}"),
        ("NOTI", "stm:501080", _AP + "stm|  Deauth to sta: {mac}: {deauth} {ip}-{mac}-{ap}"),
        ("NOTI", "stm:501102", _AP + "stm|  Disassoc from sta: {mac}: AP {ip}-{mac}-{ap} Reason {deauth}"),
        ("NOTI", "stm:501105", _AP + "stm|  Deauth from sta: {mac}: AP {ip}-{mac}-{ap} Reason {deauth}"),
        ("NOTI", "authmgr:522008", "|authmgr|  User Authentication Successful: username={user} MAC={mac} IP={ip} role={role} "
                                   "VLAN={vlan} AP={ap} SSID={ssid} AAA profile={aaaprof} auth method={amethod} auth server={aaasrv}"),
        ("NOTI", "authmgr:522038", "|authmgr|  username={user} MAC={mac} IP={ip} Authentication result=Authentication "
                                   "failed({n}), method={amethod}, server={aaasrv}, port={port}"),
        ("INFO", "authmgr:522050", "|authmgr|  MAC={mac} IP={ip} User data downloaded to datapath, new Role={role}/{n}, bw "
                                   "Contract={contract}, reason={=Initial Role Contracts|Role change|Reauth}, idle-timeout={int}, "
                                   "fw-mode={n}, dpsec={n}, oldRole={oldrole}"),
        ("INFO", "authmgr:522026", "|authmgr|  User miss: ingress={hex8}, VLAN={vlan} mac={mac}, ip={ip}, type={n}"),
        ("NOTI", "sapd:404400", _AP + "sapd|  AM: Interfering AP detected with SSID {ssid} and BSSID {mac}"),
        ("WARN", "sapd:106004", _AP + "sapd|  Missed heartbeats from AP {ip}-{mac}-{ap}, rebootstrapping"),
        ("WARN", "nanny:303022", _AP + "nanny|  Reboot Reason: AP rebooted {ctime2}; {rebootwhy}"),
        ("NOTI", "stm:501199", _AP + "stm|  User authenticated, mac-{mac}, username-{user}, IP-{ip}, method-{amethod}, role-{role}"),
        ("WARN", "authmgr:124004", "|authmgr|  RADIUS server {aaasrv}-{ip}-{port} is marked DOWN"),
        ("NOTI", "authmgr:124003", "|authmgr|  RADIUS server {aaasrv}-{ip}-{port} is marked UP"),
        ("NOTI", "sapd:326274", _AP + "sapd|  |ids| AP({mac}): Station Associated to Rogue AP: An AP detected a client {mac} "
                                "associated to a rogue access point (BSSID {mac} and SSID {ssid} on CHANNEL {n})."),
    ],
}


# ---------------------------------------------------------------- Windows Server DNS debug log
S["pkt"] = lambda r, ts: "000" + hexs(r, 13, True)
S["ip15"] = lambda r, ts: V.ip(r).ljust(15)
S["xid"] = lambda r, ts: hexs(r, 4)
S["qflags"] = lambda r, ts: r.choice(["0001", "0100", "0000"])
S["rflags"] = lambda r, ts: r.choice(["8081", "8180", "8583", "8182"])
S["qtype"] = lambda r, ts: r.choice(["A", "AAAA", "SRV", "PTR", "MX", "CNAME", "TXT", "SOA"]).ljust(6)


def qname(r):
    labels = r.choice([["www", "example", "com"], ["_ldap", "_tcp", "dc", "_msdcs", "corp", "local"], ["login", "microsoftonline", "com"],
                       [str(r.randint(1, 254)), str(r.randint(0, 255)), "10", "in-addr", "arpa"], ["wpad", "corp", "local"],
                       [hexs(r, 10), "cdn", "acme-shop", "de"]])
    return "".join(f"({len(x)}){x}" for x in labels) + "(0)"


S["qname"] = lambda r, ts: qname(r)
S["zone"] = lambda r, ts: r.choice(["corp.local", "_msdcs.corp.local", "10.in-addr.arpa", "acme.io"])


def dns_header(r, ts, level, comp):
    return f"{ts.month}/{ts.day}/{ts.year} {ts.strftime('%-I:%M:%S %p')} {r.choice(['0B2C', '0F10', '12A4', '0B2C'])} {comp:<7} "


_Q = "{pkt} {=UDP|TCP} "
MSDNS = {
    "about": "Windows Server 2022 DNS server debug log (dns.log): m/d/yyyy h:mm:ss AM, the thread id in hex, the context "
             "padded to 7, then packet records with a padded remote address, the xid, Q or R Q, [flags rcode], the "
             "question type padded to 6 and the name as (len)label; EVENT lines hold whole sentences",
    "log_format": "<Date> <Time> <AmPm> <Thread> <Context> <Content>",
    "start": datetime.datetime(2026, 12, 7, 8, 14, 2, 0),
    "gap_ms": 300,
    "header": dns_header,
    "statements": [
        ("", "PACKET", _Q + "Rcv {ip15} {xid}   Q [{qflags}   D   NOERROR] {qtype} {qname}"),
        ("", "PACKET", _Q + "Snd {ip15} {xid} R Q [{rflags}   DR  NOERROR] {qtype} {qname}"),
        ("", "PACKET", _Q + "Snd {ip15} {xid} R Q [{rflags}   DR NXDOMAIN] {qtype} {qname}"),
        ("", "PACKET", _Q + "Snd {ip15} {xid} R Q [{rflags}   DR SERVFAIL] {qtype} {qname}"),
        ("", "PACKET", _Q + "Snd {ip15} {xid}   Q [{qflags}   D   NOERROR] {qtype} {qname}"),
        ("", "PACKET", _Q + "Rcv {ip15} {xid} R Q [{rflags}   DR  NOERROR] {qtype} {qname}"),
        ("", "PACKET", _Q + "Rcv {ip15} {xid}   U [{qflags}       NOERROR] SOA    {qname}"),
        ("", "PACKET", _Q + "Snd {ip15} {xid} R U [{rflags}       REFUSED] SOA    {qname}"),
        ("", "EVENT", "The DNS server has started.", 1),
        ("", "EVENT", "The DNS server has finished the background loading of zones. All zones are now available for DNS "
                      "updates and zone transfers, as allowed by their individual zone configuration.", 1),
        ("", "EVENT", "The DNS server encountered an invalid domain name in a packet from {ip}. The packet will be rejected."),
        ("", "EVENT", "The DNS server was unable to complete directory service enumeration of zone {zone}. This DNS server is "
                      "configured to use information obtained from Active Directory for this zone and is unable to load "
                      "the zone without it."),
        ("", "Note:", "packet {pkt} dropped: recursion timed out after {n} seconds for {qname}"),
    ],
}


# ---------------------------------------------------------------- Hazelcast 5 member (log4j2)
S["hzip"] = lambda r, ts: r.choice(["10.0.4.11", "10.0.4.12", "10.0.4.13", "172.18.0.5"])
S["hzport"] = lambda r, ts: str(r.choice([5701, 5701, 5702, 5703]))
S["cluster"] = lambda r, ts: r.choice(["dev", "prod-orders", "sessions"])
S["members"] = lambda r, ts: ", ".join(f"Member [{V.ip(r)}]:5701 - {V.uuid(r)}" + (" this" if k == 0 else "")
                                       for k in range(r.randint(1, 5)))
S["hzreason"] = lambda r, ts: r.choice(["Connection closed by the other side", "Member left event received from master",
                                        "Exception in Connection[id=3, /10.0.4.12:5701->/10.0.4.11:41234], thread=hz.dev.IO.thread-in-1",
                                        "Mastership is claimed"])
S["susp"] = lambda r, ts: (f"Suspecting Member [{V.ip(r)}]:5701 - {V.uuid(r)} because it has not sent any heartbeats since "
                           f"{ts - datetime.timedelta(seconds=r.randint(60, 90)):%Y-%m-%d %H:%M:%S}.{r.randint(0, 999):03d}. Now: "
                           f"{ts:%Y-%m-%d %H:%M:%S}.{r.randint(0, 999):03d}, heartbeat timeout: 60000 ms, suspicion level: 1.00")
S["jctime"] = lambda r, ts: (ts - datetime.timedelta(seconds=r.randint(1, 600))).strftime("%a %b %d %H:%M:%S UTC %Y")
S["opclass"] = lambda r, ts: r.choice(["com.hazelcast.map.impl.operation.PutOperation", "com.hazelcast.map.impl.query.QueryOperation",
                                       "com.hazelcast.cp.internal.operation.ChangeRaftGroupMembershipOp"])
S["cname"] = lambda r, ts: r.choice(["hz.client_1", "orders-api-7c9d", "hz.client_12"])
S["map"] = lambda r, ts: r.choice(["sessions", "orders-cache", "rate_limits", "user:profiles"])


def hz_header(r, ts, level, comp):
    thread = comp.replace("N", str(r.randint(1, 8)))
    logger = {"cluster": "c.h.i.c.ClusterService", "conn": "c.h.i.s.t.TcpServerConnection", "part": "c.h.i.p.InternalPartitionService",
              "mig": "c.h.i.p.i.MigrationManager", "life": "c.h.c.LifecycleService", "hb": "c.h.i.c.i.ClusterHeartbeatManager",
              "slow": "c.h.s.i.o.s.SlowOperationDetector", "client": "c.h.c.i.p.t.AuthenticationMessageTask",
              "merge": "c.h.s.i.m.SplitBrainMergeService", "sys": "c.h.s.logo"}[comp.split("/")[-1]]
    return f"{ts:%Y-%m-%d %H:%M:%S},{ts.microsecond // 1000:03d} [{level:>5}] [{thread.split('/')[0]}] [{logger}]: "


_HZ = "[{hzip}]:{hzport} [{cluster}] [5.3.6] "
HAZELCAST = {
    "about": "Hazelcast 5.3 member, log4j2 `%d [%5p] [%t] [%c{1.}]: %m`: every message opens with the member address, the "
             "cluster name and the version in brackets",
    "log_format": "<Date> <Time> \\[<Level>\\] \\[<Thread>\\] \\[<Logger>\\]: <Content>",
    "start": datetime.datetime(2026, 12, 7, 5, 30, 12, 0),
    "gap_ms": 1400,
    "header": hz_header,
    "statements": [
        ("INFO", "hz.dev.priority-generic-operation.thread-0/cluster", _HZ + "Members {{size:{n}, ver:{n}}} [{members}]"),
        ("WARN", "hz.dev.IO.thread-in-N/conn", _HZ + "Connection[id={int}, /{ip}:{port}->/{ip}:{port}, qualifier=null, "
                                                 "endpoint=[{ip}]:{port}, remoteUuid={uuid}, alive={=false|true}, "
                                                 "connectionType=MEMBER, planeIndex={n}] closed. Reason: {hzreason}"),
        ("INFO", "hz.dev.IO.thread-in-N/conn", _HZ + "Initialized new cluster connection between /{ip}:{port} and /{ip}:{port}"),
        ("INFO", "hz.dev.migration/mig", _HZ + "Repartitioning cluster data. Migration tasks count: {int}"),
        ("INFO", "hz.dev.migration/mig", _HZ + "All migration tasks have been completed. (repartitionTime={jctime}, "
                                           "plannedMigrations={int}, completedMigrations={int}, remainingMigrations={n}, "
                                           "totalCompletedMigrations={int})"),
        ("INFO", "main/sys", "[{hzip}]:{hzport} [{cluster}] [5.3.6] Hazelcast Platform 5.3.6 (20231122 - {hex8}) starting at "
                             "[{hzip}]:{hzport}", 2),
        ("INFO", "main/life", _HZ + "[{hzip}]:{hzport} is {=STARTING|STARTED|SHUTTING_DOWN|SHUTDOWN|MERGING|MERGED}"),
        ("WARN", "hz.dev.cached.thread-N/hb", _HZ + "Member [{ip}]:{port} - {uuid} is suspected to be dead for reason: {susp}"),
        ("INFO", "hz.dev.cached.thread-N/cluster", _HZ + "Removing Member [{ip}]:{port} - {uuid}"),
        ("WARN", "hz.dev.SlowOperationDetectorThread/slow", _HZ + "Slow operation detected: {opclass}"),
        ("INFO", "hz.dev.client.thread-N/client", _HZ + "Received auth from Connection[id={int}, /{ip}:{port}->/{ip}:{port}, "
                                                    "qualifier=null, endpoint=[{ip}]:{port}, remoteUuid={uuid}, alive=true, "
                                                    "connectionType=JVM, planeIndex={neg}], successfully authenticated, "
                                                    "clientUuid: {uuid}, client name: {cname}, client version: {=5.3.6|5.2.4}"),
        ("INFO", "hz.dev.cached.thread-N/merge", _HZ + "Split-brain merge of map '{map}': {int} entries merged using "
                                                   "{=PutIfAbsentMergePolicy|LatestUpdateMergePolicy|PassThroughMergePolicy}"),
        ("WARN", "hz.dev.partition-operation.thread-N/part", _HZ + "Partition {int} replica {n} is missing on [{ip}]:{port}, "
                                                              "backup sync {=requested|scheduled}"),
    ],
}


# ---------------------------------------------------------------- Jaeger collector / query (zap JSON lines)
S["svc"] = lambda r, ts: r.choice(["frontend", "orders-api", "payment", "redis", "mysql", "customer_svc"])
S["op"] = lambda r, ts: r.choice(["HTTP GET /dispatch", "GET /api/orders/{id}", "SQL SELECT", "/grpc.health.v1.Health/Check",
                                  "process-payment"])
S["esday"] = lambda r, ts: f"{ts:%Y-%m-%d}"
S["esid"] = lambda r, ts: "".join(r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-") for _ in range(20))
S["estype"] = lambda r, ts: r.choice(["es_rejected_execution_exception", "mapper_parsing_exception", "cluster_block_exception"])
S["esreason"] = lambda r, ts: r.choice(["rejected execution of coordinating operation [coordinating_and_primary_bytes=123, "
                                        "max_coordinating_and_primary_bytes=456]", "failed to parse field [tag.http@status_code] "
                                        "of type [long]", "index [jaeger-span] blocked by: [TOO_MANY_REQUESTS/12/disk usage "
                                        "exceeded flood-stage watermark];"])


def jaeger_header(r, ts, level, comp):
    epoch = calendar.timegm(ts.timetuple()) + ts.microsecond / 1e6
    return f'{{"level":"{level}","ts":{epoch:.7f},"caller":"{comp}","msg":'


JAEGER = {
    "about": "Jaeger 1.52 collector and query (zap production encoder, one JSON object a line): level, epoch seconds, caller, "
             "then the message and its fields; nested objects and escaped quotes inside string fields",
    "log_format": '{"level":"<Level>","ts":<Ts>,"caller":"<Caller>","msg":<Content>',
    "start": datetime.datetime(2026, 12, 7, 4, 0, 1, 0),
    "gap_ms": 900,
    "header": jaeger_header,
    "statements": [
        ("info", "grpc/builder.go:102", '"Starting jaeger-collector gRPC server","grpc.host-port":"[::]:{port}"}}', 2),
        ("info", "app/collector.go:152", '"Listening for Zipkin HTTP traffic","zipkin host-port":":{port}"}}', 2),
        ("info", "healthcheck/handler.go:129", '"Health Check state change","status":"{=ready|unavailable}"}}'),
        ("error", "app/span_processor.go:191", '"Failed to save span","error":"{err}","service":"{svc}","operation":"{op}"}}'),
        ("error", "config/config.go:141", '"Elasticsearch part of bulk request failed","map-key":"index","response":{{"_index":'
                                          '"jaeger-span-{esday}","_type":"_doc","_id":"{esid}","status":{=429|400},"error":'
                                          '{{"type":"{estype}","reason":"{esreason}"}}}}}}'),
        ("warn", "app/span_processor.go:214", '"Dropping span, queue is full","queue-size":{int},"dropped-spans":{int}}}'),
        ("warn", "app/span_processor.go:220", '"Dropping span, queue is closed","queue-size":{int},"dropped-spans":{int}}}'),
        ("info", "app/server.go:275", '"Archive storage not created","reason":"{=archive storage not supported|archive storage '
                                      'not configured}"}}', 3),
        ("info", "static/strategy_store.go:209", '"Updated sampling strategies","services":{n},"default-strategy":'
                                                 '"{=probabilistic|ratelimiting}"}}'),
        ("info", "app/server.go:213", '"Query server started","http_addr":"[::]:{port}","grpc_addr":"[::]:{port}"}}', 2),
        ("warn", "handler/grpc_handler.go:88", '"Received a span with an invalid trace id","trace_id":"{hex32}","span_id":'
                                               '"{hex16}","service":"{svc}"}}'),
        ("warn", "grpclog/component.go:41", '"[core] [Channel #{n} SubChannel #{n}] grpc: addrConn.createTransport failed to '
                                            'connect to {{Addr: \\"{ip}:{port}\\", ServerName: \\"{host}:{port}\\", }}. Err: '
                                            'connection error: desc = \\"transport: Error while dialing: dial tcp {ip}:{port}: '
                                            '{err}\\"","system":"grpc","grpc_log":true}}'),
        ("info", "app/span_processor.go:240", '"Resizing the internal span queue","new-size":{int},"average-span-size-bytes":{int}}}'),
        ("error", "app/http_handler.go:174", '"Unable to parse request","error":"{=unexpected EOF|invalid character \'<\' looking '
                                             'for beginning of value|proto: cannot parse invalid wire-format data}","path":"{uri}"}}'),
    ],
}

SYSTEMS = {"Vitess": VITESS, "Solace": SOLACE, "Lighttpd": LIGHTTPD, "Veeam": VEEAM, "ArubaOS": ARUBA, "MSDNS": MSDNS,
           "Hazelcast": HAZELCAST, "Jaeger": JAEGER}
