"""Systems of the ninth blind set, first half: SQL Server ERRORLOG, CouchDB, Apache Pulsar, F5 BIG-IP LTM/APM, FortiGate,
Argo CD, rsyncd, an ASP.NET Core service logging through Serilog. Each: log_format, header(r, ts, level, comp), statements
(level, component, text[, count])."""
import datetime

from values9 import SHAPES, WORDS, NAMES, MONTHS, DAYS, B32, hexs, ip, uuid, host, user, email, when

# ---------------------------------------------------------------------------------------------------------------- SQL Server
SQLDB = ["orders", "OrdersDW", "ReportServer", "SSISDB", "msdb", "Sales_2026", "HR", "tempdb", "CRM-Prod"]
SQLDIRS = ["Data", "Logs", "MSSQL16.MSSQLSERVER\\MSSQL\\DATA"]
SHAPES.update({
    "sqldb": lambda r, ts: r.choice(SQLDB),
    "sqlver": lambda r, ts: r.choice(["16.0.4095.4", "16.0.4105.2"]),
    "sqldt": lambda r, ts: when(ts, r, 20000).strftime("%Y/%m/%d(%H:%M:%S)"),
    "sqlbak": lambda r, ts: r.choice([f"D:\\Backup\\{r.choice(SQLDB)}_{r.choice(['full', 'diff', 'log'])}_{when(ts, r, 600):%Y%m%d%H%M}.bak",
                                      f"\\\\nas01\\sqlbackup\\SQL01\\{r.choice(SQLDB)}\\LOG\\{r.choice(SQLDB)}_{r.randint(1, 99999)}.trn",
                                      f"https://sqlbak{r.randint(1, 9)}.blob.core.windows.net/backups/{r.choice(SQLDB)}.bak"]),
    "sqluser": lambda r, ts: r.choice(["sa", "app_orders", "reporting", "NT AUTHORITY\\SYSTEM", f"CORP\\{r.choice(NAMES)}", "etl_user"]),
    "sqlreason": lambda r, ts: r.choice([
        "Password did not match that for the login provided.",
        "Could not find a login matching the name provided.",
        f"Failed to open the explicitly specified database '{r.choice(SQLDB)}'.",
        "Login is disabled.", "The account is currently locked out. The system administrator can unlock it."]),
    "sqlclient": lambda r, ts: r.choice([ip(r), ip(r), "<local machine>", "<named pipe>"]),
    "HOSTU": lambda r, ts: f"{r.choice(['APPSRV', 'SQL', 'WEB', 'RPT', 'JOBSRV'])}{r.randint(1, 20):02d}",
    "sqlfile": lambda r, ts: r.choice(["D", "E", "F"]) + ":\\" + r.choice(SQLDIRS) + "\\" + r.choice(SQLDB)
                             + r.choice([".mdf", "_log.ldf", "_2.ndf"]),
    "sqlhandle": lambda r, ts: "0x" + hexs(r, 16, True),
    "sqloff": lambda r, ts: "0x" + hexs(r, 12),
    "sqllogical": lambda r, ts: f"{r.choice(SQLDB)}{r.choice(['', '_log', '_data2'])}",
    "sqlts": lambda r, ts: when(ts, r, 3000).strftime("%Y-%m-%d %H:%M:%S.") + f"{r.randint(0, 999):03d}",
    "lsnpart": lambda r, ts: hexs(r, 8),
    "lsnslot": lambda r, ts: hexs(r, 4),
    "agname": lambda r, ts: r.choice(["AG-Orders", "AG_PROD", "ag-reporting"]),
    "agstate": lambda r, ts: r.choice(["PRIMARY_NORMAL", "RESOLVING_NORMAL", "SECONDARY_NORMAL", "PRIMARY_PENDING", "NOT_AVAILABLE"]),
    "agreason": lambda r, ts: r.choice(["a failover command was issued", "the local instance of SQL Server is shutting down",
                                        "the lease between the availability group and the Windows Server Failover Cluster (WSFC) has expired",
                                        "a connection timeout occurred"]),
    "sqlerr": lambda r, ts: r.choice(["18456", "1205", "3041", "9002", "17806", "833", "18210"]),
    "sqlopt": lambda r, ts: r.choice(["max server memory (MB)", "cost threshold for parallelism", "show advanced options",
                                      "max degree of parallelism", "xp_cmdshell"]),
    "sqllisten": lambda r, ts: r.choice(["'any'", "::1", "127.0.0.1"]),
    "sqlpct": lambda r, ts: f"{r.randint(0, 100)}%",
})


def sql_header(r, ts, level, comp):
    src = {"spid": lambda: f"spid{r.randint(51, 400)}", "spids": lambda: f"spid{r.randint(5, 50)}s"}.get(comp, lambda: comp)()
    return f"{ts:%Y-%m-%d %H:%M:%S}.{ts.microsecond // 10000:02d} {src:<12}" + ("" if len(src) < 12 else " ")


SQLSERVER = {
    "about": "SQL Server 2022 ERRORLOG: yyyy-mm-dd hh:mm:ss.cc, the source (Server, Logon, Backup, spidNN, spidNNs) padded "
             "to 12, then the message",
    "log_format": "<Date> <Time> <Source> <Content>",
    "start": datetime.datetime(2026, 12, 6, 1, 0, 3, 0),
    "gap_ms": 9000,
    "header": sql_header,
    "statements": [
        ("", "Server", "Microsoft SQL Server 2022 (RTM-CU{n}) (KB{big}) - {sqlver} (X64)", 1),
        ("", "Server", "Server process ID is {pid}.", 2),
        ("", "Server", "Authentication mode is {=MIXED|WINDOWS-ONLY}.", 2),
        ("", "Server", "Server is listening on [ {sqllisten} <{=ipv4|ipv6}> 1433].", 3),
        ("", "Server", "The SQL Server Network Interface library successfully registered the Service Principal Name (SPN) "
                       "[ MSSQLSvc/{host}:1433 ] for the SQL Server service.", 2),
        ("", "Server", "SQL Server is terminating in response to a 'stop' request from Service Control Manager. This is an "
                       "informational message only. No user action is required.", 1),
        ("", "spids|spid", "Starting up database '{sqldb}'."),
        ("", "spids", "Recovery completed for database {sqldb} (database ID {n}) in {n} second(s) (analysis {int} ms, redo "
                      "{int} ms, undo {int} ms [system undo {int} ms, regular undo {int} ms].) This is an informational message "
                      "only. No user action is required."),
        ("", "Backup", "Database backed up. Database: {sqldb}, creation date(time): {sqldt}, pages dumped: {big}, first LSN: "
                       "{int}:{int}:{n}, last LSN: {int}:{int}:{n}, number of dump devices: 1, device information: (FILE=1, "
                       "TYPE={=DISK|URL}: {{'{sqlbak}'}}). This is an informational message only. No user action is required."),
        ("", "Backup", "Log was backed up. Database: {sqldb}, creation date(time): {sqldt}, first LSN: {int}:{int}:{n}, last "
                       "LSN: {int}:{int}:{n}, number of dump devices: 1, device information: (FILE=1, TYPE={=DISK|URL}: "
                       "{{'{sqlbak}'}}). This is an informational message only. No user action is required."),
        ("", "Backup", "BACKUP failed to complete the command BACKUP {=LOG|DATABASE} {sqldb}. Check the backup application log "
                       "for detailed messages."),
        ("", "Logon", "Login failed for user '{sqluser}'. Reason: {sqlreason} [CLIENT: {sqlclient}]"),
        ("", "Logon", "Login succeeded for user '{sqluser}'. Connection made using {=Windows|SQL Server} authentication. "
                      "[CLIENT: {sqlclient}]"),
        ("", "Logon|spid|spids", "Error: {sqlerr}, Severity: {=14|16|17|21}, State: {small}."),
        ("", "spid", "Process ID {int} was killed by hostname {HOSTU}, host process ID {pid}."),
        ("", "spids", "SQL Server has encountered {n} occurrence(s) of I/O requests taking longer than 15 seconds to complete "
                      "on file [{sqlfile}] in database id {n}.  The OS file handle is {sqlhandle}.  The offset of the latest "
                      "long I/O is: {sqloff}.  The duration of the long I/O is: {big} ms."),
        ("", "spids", "Autogrow of file '{sqllogical}' in database '{sqldb}' took {big} milliseconds.  Consider using ALTER "
                      "DATABASE to set a smaller FILEGROWTH for this file."),
        ("", "spids", "Autogrow of file '{sqllogical}' in database '{sqldb}' was cancelled by user or timed out after {big} "
                      "milliseconds.  Use ALTER DATABASE to set a smaller FILEGROWTH value for this file or to explicitly set "
                      "a new file size."),
        ("", "spids", "CHECKDB for database '{sqldb}' finished without errors on {sqlts} (local time). This is an informational "
                      "message only; no user action is required."),
        ("", "spid", "DBCC CHECKDB ({sqldb}) WITH no_infomsgs executed by {sqluser} found {small} errors and repaired {small} "
                     "errors. Elapsed time: {small} hours {int} minutes {int} seconds.  Internal database snapshot has split "
                     "point LSN = {lsnpart}:{lsnpart}:{lsnslot} and first LSN = {lsnpart}:{lsnpart}:{lsnslot}."),
        ("", "spids", "A significant part of sql server process memory has been paged out. This may result in a performance "
                      "degradation. Duration: {int} seconds. Working set (KB): {big}, committed (KB): {big}, memory "
                      "utilization: {sqlpct}."),
        ("", "spids", "Always On Availability Groups connection with {=secondary|primary} database established for "
                      "{=primary|secondary} database '{sqldb}' on the availability replica '{HOSTU}' with Replica ID: "
                      "{{{UUID}}}. This is an informational message only. No user action is required."),
        ("", "spids", "The state of the local availability replica in availability group '{agname}' has changed from "
                      "'{agstate}' to '{agstate}'.  The state changed because {agreason}.  For more information, see the SQL "
                      "Server error log or cluster log.  If this is a Windows Server Failover Clustering (WSFC) availability "
                      "group, you can also see the WSFC management console."),
        ("", "spid", "Setting database option {=RECOVERY|AUTO_CLOSE|READ_ONLY|MULTI_USER} to {=SIMPLE|FULL|OFF|ON} for "
                     "database '{sqldb}'."),
        ("", "spid", "Configuration option '{sqlopt}' changed from {int} to {int}. Run the RECONFIGURE statement to install."),
    ],
}

# ---------------------------------------------------------------------------------------------------------------- CouchDB
COUCH_NODES = ["couchdb@10.20.1.11", "couchdb@10.20.1.12", "couchdb@10.20.1.13"]


def couch_shard(r):
    lo = r.choice(["00000000-1fffffff", "20000000-3fffffff", "80000000-9fffffff", "e0000000-ffffffff"])
    return f"shards/{lo}/{r.choice(WORDS)}{r.choice(['', '_v2', '-staging'])}.{r.randint(1700000000, 1765000000)}"


def couch_stack(r):
    frames = [("rexi_server", "init_p", 3, "src/rexi_server.erl", 138), ("fabric_rpc", "open_doc", 3, "src/fabric_rpc.erl", 299),
              ("couch_db", "open_doc_int", 3, "src/couch_db.erl", 1862), ("gen_server", "call", 3, "gen_server.erl", 247),
              ("couch_file", "pread_term", 2, "src/couch_file.erl", 182)]
    return "[" + ",".join(f"{{{m},{f},{a},[{{file,\"{p}\"}},{{line,{l}}}]}}" for m, f, a, p, l in
                          r.sample(frames, r.randint(1, 4))) + "]"


SHAPES.update({
    "couchhost": lambda r, ts: r.choice(["localhost", "couch.example.com", "10.20.1.11", "db-couch.prod.acme.io"]),
    "couchuser": lambda r, ts: r.choice(["admin", "undefined", "undefined", r.choice(NAMES), "sync_gateway"]),
    "couchuri": lambda r, ts: r.choice([
        f"/{r.choice(WORDS)}/_all_docs?limit={r.randint(1, 500)}&include_docs=true", f"/{r.choice(WORDS)}/{uuid(r).replace('-', '')}",
        "/_up", "/_session", f"/{r.choice(WORDS)}/_changes?feed=longpoll&since={r.randint(1, 99999)}-g1AAAAB{hexs(r, 10)}&timeout=60000",
        f"/{r.choice(WORDS)}/_design/{r.choice(['views', 'app', 'by_status'])}/_view/{r.choice(['by_date', 'count', 'open'])}?reduce=false",
        f"/{r.choice(WORDS)}/_bulk_docs", f"/{r.choice(WORDS)}/_find", "/_replicator/_all_docs"]),
    "couchstatus": lambda r, ts: r.choice(["200", "200", "200", "201", "202", "304", "401", "404", "409", "412", "500"]),
    "couchver": lambda r, ts: r.choice(["3.3.3", "3.3.2"]),
    "couchrepid": lambda r, ts: hexs(r, 32) + r.choice(["", "+continuous", "+continuous+create_target"]),
    "couchurl": lambda r, ts: r.choice([f"`http://{r.choice(['admin', 'repl'])}:*****@{ip(r)}:5984/{r.choice(WORDS)}/`",
                                        f"`https://couch-{r.choice(['eu', 'us'])}.example.com/{r.choice(WORDS)}/`"]),
    "couchdoc": lambda r, ts: r.choice([f"rep_{r.choice(WORDS)}", uuid(r).replace("-", ""), f"{r.choice(WORDS)}-to-dr"]),
    "couchrepdb": lambda r, ts: r.choice(["_replicator", "_replicator", "ops/_replicator"]),
    "couchjob": lambda r, ts: f"{{\"{hexs(r, 32)}\",\"{r.choice(['+continuous', '+continuous+create_target', ''])}\"}}",
    "epid": lambda r, ts: f"<0.{r.randint(100, 99999)}.0>",
    "couchnode": lambda r, ts: r.choice(COUCH_NODES),
    "shard": lambda r, ts: couch_shard(r),
    "ddoc": lambda r, ts: "_design/" + r.choice(["views", "app", "by_status", "reports", "search_idx"]),
    "couchfile": lambda r, ts: f"./data/{couch_shard(r)}.couch",
    "erlstack": lambda r, ts: couch_stack(r),
    "couchmfa": lambda r, ts: r.choice(["fabric_rpc:open_doc/3", "fabric_rpc:all_docs/3", "fabric_rpc:changes/3",
                                        "fabric_rpc:get_all_security/2", "mem3_rpc:load_checkpoint/4"]),
    "reqstack": lambda r, ts: "[" + ",".join(f"<<\"{x}\">>" for x in r.sample(
        ["chttpd_db:db_req/2 L393", "chttpd:handle_req_after_auth/2 L327", "chttpd:process_request/1 L310",
         "chttpd:handle_request_int/1 L249", "mochiweb_http:headers/6 L140"], r.randint(1, 4))) + "]",
    "couchdeny": lambda r, ts: r.choice(["You are not allowed to access this db.", "Only admins can write design documents",
                                         "Name or password is incorrect."]),
    "couchexit": lambda r, ts: r.choice(["timeout", "badarg", "function_clause", "{badmatch,{error,enoent}}"]),
})


def couch_header(r, ts, level, comp):
    req = hexs(r, 10) if comp == "req" else "--------"
    return f"[{level}] {ts:%Y-%m-%dT%H:%M:%S}.{ts.microsecond:06d}Z {r.choice(COUCH_NODES)} <0.{r.randint(200, 60000)}.0> {req} "


COUCHDB = {
    "about": "CouchDB 3.3 couch.log: [level] RFC 3339 stamp with microseconds, the Erlang node, the process id <0.N.0>, the "
             "request id (-------- outside a request), then the message (chttpd access lines included)",
    "log_format": "\\[<Level>\\] <Time> <Node> <Pid> <ReqId> <Content>",
    "start": datetime.datetime(2026, 12, 6, 7, 12, 40, 0),
    "gap_ms": 1200,
    "header": couch_header,
    "statements": [
        ("notice", "req", "{couchhost}:5984 {ip} {couchuser} {=GET|PUT|POST|HEAD|DELETE|COPY} {couchuri} {couchstatus} ok {int}"),
        ("info", "-", "Apache CouchDB {couchver} is starting.", 2),
        ("info", "-", "Apache CouchDB has started on http://{ip}:5984/", 2),
        ("notice", "-", "Starting replication {couchrepid} ({couchurl} -> {couchurl}) from doc {couchrepdb}:{couchdoc} "
                        "worker_procesess:4 worker_batch_size:500 session_id:{hex32}"),
        ("notice", "-", "Replication `{couchrepid}` completed (triggered by `{hex32}`)"),
        ("notice", "-", "couch_replicator_scheduler: Job {couchjob} started as {epid}"),
        ("error", "-", "Replicator: couldn't write document `{couchdoc}`, revision `{n}-{hex32}`, to target database "
                       "{couchurl}. Error: `{=unauthorized|forbidden}`, reason: `{couchdeny}`."),
        ("info", "-", "Starting compaction for db \"{shard}\" at {big}"),
        ("info", "-", "Compaction for db \"{shard}\" completed."),
        ("info", "-", "Starting index update for db: {shard} idx: {ddoc}"),
        ("info", "-", "Index update finished for db: {shard} idx: {ddoc}"),
        ("info", "-", "Opening index for db: {shard} idx: {ddoc} sig: \"{hex32}\""),
        ("notice", "-", "Index shutdown by monitor notice for db: {shard} idx: {ddoc}"),
        ("error", "-", "rexi_server: from: {couchnode}({epid}) mfa: {couchmfa} exit:{couchexit} {erlstack}"),
        ("error", "req", "req_err({big}) {=unknown_error|badmatch|case_clause} : {=badarg|function_clause|timeout} {reqstack}"),
        ("error", "-", "Could not open file {couchfile}: no such file or directory"),
        ("notice", "-", "chttpd_auth_cache changes listener died because the _users database does not exist. Create the "
                        "database to silence this notice.", 3),
        ("warning", "req", "couch_httpd_auth: Authentication failed for user {couchuser} from {ip}"),
        ("notice", "-", "couch_proc_manager {epid} died {=normal|killed|shutdown}"),
    ],
}

# ---------------------------------------------------------------------------------------------------------------- Pulsar
PULSAR_TOPICS = ["orders", "payments-events", "inventory.updates", "audit-log", "user_signups", "clickstream"]
SHAPES.update({
    "ptopic": lambda r, ts: f"{r.choice(['persistent', 'persistent', 'non-persistent'])}://{r.choice(['public', 'acme', 'billing'])}/"
                            f"{r.choice(['default', 'prod', 'events'])}/{r.choice(PULSAR_TOPICS)}",
    "psub": lambda r, ts: r.choice(["sub-orders", "reader-" + hexs(r, 10), "flink-consumer", "audit_sink", "multi-topics-consumer"]),
    "ptenant": lambda r, ts: r.choice(["public", "acme", "billing"]),
    "pns": lambda r, ts: r.choice(["default", "prod", "events"]),
    "ptname": lambda r, ts: r.choice(PULSAR_TOPICS),
    "pcluster": lambda r, ts: r.choice(["standalone", "pulsar-prod", "pulsar-eu"]),
    "bundlehex": lambda r, ts: r.choice(["0x00000000", "0x40000000", "0x80000000", "0xc0000000", "0xffffffff", "0x20000000"]),
    "pmeta": lambda r, ts: "{" + ", ".join(f"{k}=[{', '.join(str(ord(c)) for c in v)}]" for k, v in r.sample(
        [("component", "managed-ledger"), ("pulsar/managed-ledger", f"{r.choice(['public', 'acme'])}/default/persistent/{r.choice(PULSAR_TOPICS)}"),
         ("application", "pulsar")], r.randint(1, 3))) + "}",
    "bookies": lambda r, ts: "[" + ", ".join(f"{ip(r)}:3181" for _ in range(r.randint(1, 3))) + "]",
    "pulsarerr": lambda r, ts: r.choice(["Subscription is fenced", "Exclusive consumer is already connected",
                                         "Topic is temporarily unavailable", "Consumer is already present on the connection",
                                         "Subscription does not exist"]),
    "phash": lambda r, ts: hexs(r, r.choice([7, 8])),
})
PULSAR_THREADS = {
    "io": lambda r: f"pulsar-io-{r.randint(4, 6)}-{r.randint(1, 16)}",
    "bk": lambda r: f"BookKeeperClientWorker-OrderedExecutor-{r.randint(0, 7)}-0",
    "ord": lambda r: f"bookkeeper-ml-scheduler-OrderedScheduler-{r.randint(0, 7)}-0",
    "meta": lambda r: f"metadata-store-{r.randint(10, 12)}-1",
    "main": lambda r: "main",
}


def pulsar_header(r, ts, level, comp):
    logger, thread = comp.split("@")
    return f"{ts:%Y-%m-%dT%H:%M:%S},{ts.microsecond // 1000:03d}+0000 [{PULSAR_THREADS[thread](r)}] {level:<5} {logger} - "


PULSAR = {
    "about": "Apache Pulsar 3.x broker (log4j2 %d{ISO8601_OFFSET_DATE_TIME_HHMM} [%t] %-5level %logger{36} - %msg): the level "
             "padded to 5, loggers abbreviated to 36 characters",
    "log_format": "<Time> \\[<Thread>\\] <Level> <Logger> - <Content>",
    "start": datetime.datetime(2026, 12, 6, 2, 44, 9, 0),
    "gap_ms": 800,
    "header": pulsar_header,
    "statements": [
        ("INFO", "o.a.p.broker.service.ServerCnx@io", "New connection from /{ip}:{eport}"),
        ("INFO", "o.a.p.broker.service.ServerCnx@io", "Closed connection from /{ip}:{eport}"),
        ("INFO", "o.a.p.broker.service.ServerCnx@io", "[/{ip}:{eport}] Subscribing on topic {ptopic} / {psub}"),
        ("INFO", "o.a.p.broker.service.ServerCnx@io", "[/{ip}:{eport}] Created subscription on topic {ptopic} / {psub}"),
        ("INFO", "o.a.p.broker.service.ServerCnx@io", "[/{ip}:{eport}] Closing consumer: consumerId={int}"),
        ("INFO", "o.a.p.broker.service.ServerCnx@io", "[/{ip}:{eport}] Created new producer: Producer{{topic=PersistentTopic"
                                                      "{{topic={ptopic}}}, client=/{ip}:{eport}, producerName={pcluster}-{small}-{int}, "
                                                      "producerId={int}}}"),
        ("INFO", "o.a.p.broker.service.ServerCnx@io", "[/{ip}:{eport}] Removed producer: Producer{{topic=PersistentTopic"
                                                      "{{topic={ptopic}}}, client=/{ip}:{eport}, producerName={pcluster}-{small}-{int}, "
                                                      "producerId={int}}}"),
        ("WARN", "o.a.p.broker.service.ServerCnx@io", "[/{ip}:{eport}][{ptopic}][{psub}] Failed to create consumer: "
                                                      "consumerId={int}, {pulsarerr}"),
        ("INFO", "o.a.b.mledger.impl.ManagedLedgerImpl@bk", "[{ptenant}/{pns}/persistent/{ptname}] Created new ledger {big}"),
        ("INFO", "o.a.b.mledger.impl.ManagedLedgerImpl@ord", "[{ptenant}/{pns}/persistent/{ptname}] Creating ledger, "
                                                             "metadata: {pmeta} - metadata ops timeout : 60 seconds"),
        ("INFO", "o.a.b.mledger.impl.ManagedLedgerImpl@bk", "[{ptenant}/{pns}/persistent/{ptname}] Removing ledger {big} - "
                                                            "size: {bytes}"),
        ("INFO", "o.a.b.mledger.impl.ManagedCursorImpl@ord", "[{ptenant}/{pns}/persistent/{ptname}] Cursor {psub} recovered "
                                                             "to position {big}:{int}"),
        ("INFO", "o.a.b.m.impl.ManagedLedgerFactoryImpl@ord", "[{ptenant}/{pns}/persistent/{ptname}] Successfully initialize "
                                                              "managed ledger"),
        ("INFO", "o.a.pulsar.broker.service.BrokerService@meta", "Created topic {ptopic} - dedup is {=disabled|enabled}"),
        ("INFO", "o.a.p.b.namespace.NamespaceService@meta", "Loading all topics on bundle: {ptenant}/{pns}/{bundlehex}_{bundlehex}"),
        ("INFO", "o.a.p.b.namespace.OwnershipCache@meta", "Successfully acquired ownership of OwnedBundle(bundle={ptenant}/"
                                                          "{pns}/{bundlehex}_{bundlehex})"),
        ("INFO", "o.a.pulsar.broker.PulsarService@main", "messaging service is ready, bootstrap service port = 8080, broker "
                                                         "url= pulsar://{host}:6650, cluster={pcluster}, configs=org.apache."
                                                         "pulsar.broker.ServiceConfiguration@{phash}", 2),
        ("INFO", "o.a.b.client.BookieWatcherImpl@bk", "New bookies joined: {bookies}"),
        ("WARN", "o.a.p.b.s.p.PersistentDispatcherMultipleConsumers@io", "[{ptopic} / {psub}] Dispatcher is blocked due to "
                                                                         "unackMessages {big} reached to max 50000"),
        ("WARN", "o.a.p.broker.service.BacklogQuotaManager@meta", "Backlog quota exceeded for topic [{ptopic}]. Applying "
                                                                  "[{=producer_request_hold|producer_exception|"
                                                                  "consumer_backlog_eviction}] policy"),
        ("WARN", "o.a.p.zookeeper.ZKSessionWatcher@meta", "ZooKeeper client is disconnected. Waiting to reconnect, time "
                                                          "remaining = {secs} seconds"),
        ("INFO", "o.a.p.zookeeper.ZKSessionWatcher@meta", "ZooKeeper client reconnection with server quorum. Current status: "
                                                          "{=SyncConnected|ConnectedReadOnly}"),
        ("INFO", "o.a.p.b.service.persistent.PersistentTopic@ord", "[{ptopic}] Topic deleted successfully due to inactivity"),
    ],
}

# ---------------------------------------------------------------------------------------------------------------- F5 BIG-IP
F5POOLS = ["pool_web", "pool_api_8443", "pool-orders", "p_legacy_soap", "pool_grafana"]


def f5part(r):
    """An object's full path starts with its administrative partition (most objects live in /Common/)."""
    return r.choice(["/Common/", "/Common/", "/Common/", "/DMZ/", "/Prod_Apps/"])


F5VS = ["vs_web_443", "vs_api", "vs-orders-https", "vs_vpn", "vs_ldap_636"]
SHAPES.update({
    "f5part": lambda r, ts: f5part(r)[1:-1],
    "f5pool": lambda r, ts: f5part(r) + r.choice(F5POOLS),
    "f5vs": lambda r, ts: f5part(r) + r.choice(F5VS),
    "f5node": lambda r, ts: f5part(r) + ip(r),
    "f5mon": lambda r, ts: f5part(r) + r.choice(["http_head", "https_443", "tcp", "gateway_icmp", "mon_orders_health"]),
    "f5icmp": lambda r, ts: "/Common/" + r.choice(["icmp", "gateway_icmp"]),
    "f5tg": lambda r, ts: "/Common/traffic-group-" + r.choice(["1", "1", "2", "local-only"]),
    "f5dur": lambda r, ts: r.choice([f"{r.randint(0, 23)}hr:{r.randint(0, 59)}mins:{r.randint(0, 59)}sec",
                                     f"{r.randint(1, 400)}hrs:{r.randint(0, 59)}mins:{r.randint(0, 59)}sec",
                                     f"{r.randint(0, 59)}min:{r.randint(0, 59)}sec"]),
    "f5err": lambda r, ts: r.choice(["Response Code: 503 (Service Unavailable)", "Could not connect.",
                                     "Unable to connect; No successful responses received before deadline.",
                                     "Response Code: 500 (Internal Server Error)", "No successful responses received before deadline."]),
    "f5date": lambda r, ts: ts.strftime("%Y/%m/%d %H:%M:%S"),
    "sslerr": lambda r, ts: r.choice(["ssl_hs_rxhello:8196: unsupported version (70)", "ssl_passthru:5052: not SSL (40)",
                                      "hud_ssl_handler:1209: codec alert (20)", "ssl_hs_vfy_sign_srvkeyxchg:14067: alert(40) "
                                      "invalid signature"]),
    "f5user": lambda r, ts: r.choice(["admin", "root", "f5operator", r.choice(NAMES)]),
    "ctime": lambda r, ts: (lambda t: f"{DAYS[t.weekday()]} {MONTHS[t.month - 1]} {t.day:2d} {t:%H:%M:%S} {t.year}")(when(ts, r, 5)),
    "irule": lambda r, ts: f5part(r) + r.choice(["irule_redirect_https", "ir_header_insert", "iRule_maintenance_page"]),
    "tclerr": lambda r, ts: r.choice(["can't read \"uri\": no such variable     while executing \"HTTP::redirect "
                                      "https://[HTTP::host]$uri\"", "Operation not supported (line 1)     invoked from within "
                                      "\"HTTP::header insert X-Forwarded-Proto https\"", "bad argument \"\" to HTTP::respond"]),
    "approf": lambda r, ts: f5part(r) + r.choice(["ap_vpn", "ap-sso-portal", "AP_Citrix"]),
    "f5st": lambda r, ts: r.choice(["", "", "California", "Bavaria", "Ontario"]),
    "f5cc": lambda r, ts: r.choice(["", "US", "DE", "CA"]),
    "f5cont": lambda r, ts: r.choice(["", "NA", "EU"]),
    "apitem": lambda r, ts: r.choice(["AD Auth", "Logon Page", "Endpoint Security (Client-Side)", "RADIUS Auth", "AD Query"]),
    "f5peer": lambda r, ts: "/Common/" + r.choice(["bigip-lb02.corp.example.net", "bigip-lb01.corp.example.net"]),
    "tmshcmd": lambda r, ts: r.choice([
        f"modify {{ ltm pool /Common/{r.choice(F5POOLS)} {{ members modify {{ /Common/{ip(r)}:{r.choice([80, 443, 8443])} {{ "
        f"session {r.choice(['user-disabled', 'user-enabled'])} }} }} }} }}",
        f"create {{ ltm node /Common/{ip(r)} {{ address {ip(r)} }} }}",
        "save { sys config partitions all }", f"delete {{ ltm virtual /Common/{r.choice(F5VS)} }}"]),
})


def f5_header(r, ts, level, comp):
    proc, msgid = comp.split(":", 1)
    pid = {"tmm": r.choice([19462, 19463, 19464]), "mcpd": 6789, "httpd": r.randint(1000, 40000), "apmd": 8812, "sod": 5123}[proc]
    proc = f"tmm{r.randint(0, 3)}" if proc == "tmm" else proc
    return f"{MONTHS[ts.month - 1]} {ts.day:2d} {ts:%H:%M:%S} {r.choice(['bigip-lb01', 'bigip-lb01', 'bigip-lb02'])} {level} {proc}[{pid}]: {msgid}: "


F5BIGIP = {
    "about": "F5 BIG-IP 16/17 /var/log/ltm and /var/log/apm via syslog: Mmm dd hh:mm:ss host level process[pid]: the message "
             "id (8 hex digits and a severity), then the message",
    "log_format": "<Month> <Day> <Time> <Host> <Level> <Process>: <MsgId>: <Content>",
    "start": datetime.datetime(2026, 12, 6, 4, 0, 1, 0),
    "gap_ms": 2500,
    "header": f5_header,
    "statements": [
        ("notice", "mcpd:01070727:5", "Pool {f5pool} member {f5node}:{port} monitor status {=up|unchecked|down}. "
                                      "[ {f5mon}: {=up|down} ]  [ was {=down|up|unchecked} for {f5dur} ]"),
        ("notice", "mcpd:01070638:5", "Pool {f5pool} member {f5node}:{port} monitor status {=down|up}. "
                                      "[ {f5mon}: {=down|up}; last error: {f5mon}: {f5err} @{f5date}.  ]  "
                                      "[ was {=up|down} for {f5dur} ]"),
        ("notice", "mcpd:01070640:5", "Node {f5node} address {ip} monitor status {=down|up}. [ {f5icmp}: "
                                      "{=down|up} ]  [ was {=up|down} for {f5dur} ]"),
        ("alert", "tmm:01010028:3", "No members available for pool {f5pool}"),
        ("err", "tmm:01010221:3", "Pool {f5pool} now has available members"),
        ("warning", "tmm:01260013:4", "SSL Handshake failed for TCP {ip}:{port} -> {ip}:{port}"),
        ("warning", "tmm:01260009:4", "{ip}:{eport} -> {ip}:{port}: Connection error: {sslerr}"),
        ("notice", "mcpd:01071681:5", "SNMP_TRAP: Virtual {f5vs} has become unavailable"),
        ("notice", "mcpd:01071682:5", "SNMP_TRAP: Virtual {f5vs} has become available"),
        ("notice", "httpd:01070417:5", "AUDIT - user {f5user} - RAW: httpd(mod_auth_pam): user={f5user}({f5user}) "
                                       "partition=[All] level={=Administrator|Operator|Guest} tty=(unknown) host={ip} "
                                       "attempts=1 start=\"{ctime}\"."),
        ("err", "httpd:01070417:3", "AUDIT - user {f5user} - RAW: httpd(pam_audit): User={f5user} tty=(unknown) host={ip} "
                                    "failed to login after {=1|2|3} attempts (start=\"{ctime}\" end=\"{ctime}\")."),
        ("notice", "mcpd:01070417:5", "AUDIT - user {f5user} - transaction #{big}-{n} - object 0 - {tmshcmd} "
                                      "[Status={=Command OK|Command failed}]"),
        ("err", "tmm:01220001:3", "TCL error: {irule} <{=HTTP_REQUEST|HTTP_RESPONSE|CLIENT_ACCEPTED}> - {tclerr}"),
        ("notice", "apmd:01490500:5", "{approf}:{f5part}:{hex8}: New session from client IP {ip} (ST={f5st}/CC={f5cc}/"
                                      "C={f5cont}) at VIP {ip} Listener {f5vs} (Reputation=Unknown)"),
        ("notice", "apmd:01490102:5", "{approf}:{f5part}:{hex8}: Access policy result: "
                                      "{=LTM+APM_Mode|Network_Access|Logon_Deny|Portal_Access}"),
        ("notice", "apmd:01490005:5", "{approf}:{f5part}:{hex8}: Following rule '{=fallback|Successful|Failed}' from "
                                      "item '{apitem}' to ending '{=Allow|Deny}'"),
        ("notice", "apmd:01490010:5", "{approf}:{f5part}:{hex8}: Username '{user}'"),
        ("notice", "apmd:01490501:5", "{approf}:{f5part}:{hex8}: Session deleted "
                                      "({=user_logout|session_timeout|max_session_timeout|administratively_deleted})."),
        ("warning", "tmm:011e0001:4", "Limiting {=closed port RST response|icmp unreach response|open port RST response} "
                                      "from {int} to 250 packets/sec"),
        ("notice", "sod:010c007e:5", "Not receiving status updates from peer device {f5peer} ({ip}) (Disconnected)."),
        ("notice", "sod:010c0052:5", "Standby for traffic group {f5tg}.", 3),
        ("notice", "sod:010c0053:5", "Active for traffic group {f5tg}.", 3),
        ("warning", "tmm:01010038:4", "Syncookie counter {big} exceeded vip threshold {int} for virtual = {ip}:{port}"),
    ],
}

# ---------------------------------------------------------------------------------------------------------------- FortiGate
FG_INTF = ["port1", "port2", "wan1", "wan2", "internal", "dmz", "VLAN_100", "ssl.root", "x1", "lan"]
SHAPES.update({
    "fgintf": lambda r, ts: r.choice(FG_INTF),
    "fgwan": lambda r, ts: r.choice(["wan1", "wan1", "wan2"]),
    "country": lambda r, ts: r.choice(["Reserved", "Reserved", "United States", "Germany", "Netherlands", "China",
                                       "Russian Federation", "Ireland", "Brazil"]),
    "fgpol": lambda r, ts: r.choice(["LAN-to-WAN", "Allow DNS", "DMZ_web_in", "Guest Internet", "block-tor"]),
    "fgsvc": lambda r, ts: r.choice(["HTTPS", "HTTP", "DNS", "SSH", "udp/51820", "tcp/8443", "SMTP", "NTP", "ping"]),
    "fgsite": lambda r, ts: r.choice(["ad.doubleclick.net", f"{hexs(r, 6)}.ngrok.io", "pastebin.com",
                                      f"login-{r.choice(WORDS)}.com-verify.info", "tracker.example.xyz"]),
    "fgurl": lambda r, ts: r.choice(["/", f"/{r.choice(WORDS)}/{hexs(r, 8)}.js", "/raw/" + hexs(r, 8), "/wp-login.php?redirect_to=%2F"]),
    "fgcat": lambda r, ts: r.choice(["Malicious Websites", "Newly Observed Domain", "Proxy Avoidance", "Phishing", "Advertising"]),
    "fgattack": lambda r, ts: r.choice(["Apache.Log4j.Error.Log.Remote.Code.Execution", "SSH.Connection.Brute.Force",
                                        "HTTP.URI.SQL.Injection", "Nmap.Script.Scanner", "PHPUnit.Eval-stdin.PHP.Remote.Code.Execution"]),
    "fgipscat": lambda r, ts: r.choice(["applications3", "web_misc", "web_app3", "network1"]),
    "fgadmin": lambda r, ts: r.choice(["admin", "fgtadmin", r.choice(NAMES), "api_backup"]),
    "fgsn": lambda r, ts: f"FG100F{r.choice(['TK', 'T9'])}2{r.randint(1000000, 9999999)}",
    "fgcfgpath": lambda r, ts: r.choice(["firewall.policy", "system.interface", "firewall.address", "user.local", "vpn.ssl.settings"]),
    "fgcfgobj": lambda r, ts: r.choice([str(r.randint(1, 200)), r.choice(FG_INTF), "LAN_Subnet", "jdoe", "Guest Net"]),
    "fgcfgattr": lambda r, ts: r.choice(["", "status[enable->disable]", "srcaddr[all->LAN_Subnet]",
                                         f"allowaccess[ping https ssh->ping https]", f"ip[{ip(r)} 255.255.255.0->{ip(r)} 255.255.255.0]"]),
    "fggroup": lambda r, ts: r.choice(["VPN-Users", "Contractors", "IT Admins", "N/A"]),
    "fgtunnel": lambda r, ts: r.choice(["HQ-to-DC1", "aws_vpn_0", "Branch 12", "to-azure"]),
    "MAC": lambda r, ts: ":".join(hexs(r, 2) for _ in range(6)),
    "fgclient": lambda r, ts: r.choice(["", "DESKTOP-" + hexs(r, 7, True), "Jane's iPhone", "printer-2f", "android-" + hexs(r, 16)]),
    "fgbps": lambda r, ts: f"{r.randint(0, 999999)}bps",
    "fgdefver": lambda r, ts: f"{r.randint(20, 92)}.{r.randint(100, 999):05d}",
    "fgdigits": lambda r, ts: str(r.randint(10 ** 9, 10 ** 10 - 1)),
})


def fg_header(r, ts, level, comp):
    logid, typ, sub = comp.split(";")
    ev = int(ts.replace(tzinfo=datetime.timezone.utc).timestamp()) * 10 ** 9 + r.randint(0, 10 ** 9 - 1)
    dev = r.choice([("FGT-EDGE-01", "FG100FTK21001234"), ("FGT-EDGE-02", "FG100FTK21005678")])
    return (f"date={ts:%Y-%m-%d} time={ts:%H:%M:%S} devname=\"{dev[0]}\" devid=\"{dev[1]}\" eventtime={ev} tz=\"+0000\" "
            f"logid=\"{logid}\" type=\"{typ}\" subtype=\"{sub}\" level=\"{level}\" vd=\"root\" ")


FORTIGATE = {
    "about": "FortiGate 7.2 syslog in key=value form: date= time= devname= devid= eventtime= tz= logid= type= subtype= "
             "level= vd= are the header, the rest (a record per log id) is the Content",
    "log_format": "date=<Date> time=<Time> devname=\"<Device>\" devid=\"<DevId>\" eventtime=<EventTime> tz=\"<Tz>\" "
                  "logid=\"<LogId>\" type=\"<Type>\" subtype=\"<Subtype>\" level=\"<Level>\" vd=\"<Vd>\" <Content>",
    "start": datetime.datetime(2026, 12, 6, 9, 30, 0, 0),
    "gap_ms": 600,
    "header": fg_header,
    "statements": [
        ("notice", "0000000013;traffic;forward",
         "srcip={ip} srcport={eport} srcintf=\"{fgintf}\" srcintfrole=\"{=lan|dmz|undefined}\" dstip={ip} dstport={port} "
         "dstintf=\"{fgintf}\" dstintfrole=\"{=wan|lan|dmz}\" srccountry=\"{country}\" dstcountry=\"{country}\" "
         "sessionid={big} proto={=6|17} action=\"{=close|timeout|accept|client-rst|server-rst}\" policyid={n} "
         "policytype=\"policy\" poluuid=\"{uuid}\" policyname=\"{fgpol}\" service=\"{fgsvc}\" trandisp=\"{=snat|noop}\" "
         "transip={ip} transport={eport} duration={int} sentbyte={bytes} rcvdbyte={bytes} sentpkt={int} rcvdpkt={int} "
         "appcat=\"unscanned\""),
        ("notice", "0000000013;traffic;forward",
         "srcip={ip} srcport={eport} srcintf=\"{fgintf}\" srcintfrole=\"{=lan|wan}\" dstip={ip} dstport={port} "
         "dstintf=\"{fgintf}\" dstintfrole=\"{=wan|dmz}\" srccountry=\"{country}\" dstcountry=\"{country}\" sessionid={big} "
         "proto={=6|17} action=\"deny\" policyid=0 policytype=\"policy\" service=\"{fgsvc}\" trandisp=\"noop\" duration=0 "
         "sentbyte=0 rcvdbyte=0 sentpkt=0 appcat=\"unscanned\" crscore=30 craction=131072 crlevel=\"high\""),
        ("notice", "0001000014;traffic;local",
         "srcip={anyip} srcport={eport} srcintf=\"{=wan1|wan2}\" srcintfrole=\"wan\" dstip={ip} dstport={port} "
         "dstintf=\"{=root}\" dstintfrole=\"undefined\" sessionid={big} proto={=6|17|1} action=\"{=deny|accept}\" policyid=0 "
         "policytype=\"local-in-policy\" service=\"{fgsvc}\" dstcountry=\"{=Reserved}\" srccountry=\"{country}\" "
         "trandisp=\"noop\" app=\"{fgsvc}\" duration={int} sentbyte={bytes} rcvdbyte={bytes} sentpkt={int} appcat=\"unscanned\""),
        ("warning", "0316013056;utm;webfilter",
         "eventtype=\"ftgd_blk\" policyid={n} sessionid={big} srcip={ip} srcport={eport} srcintf=\"{fgintf}\" "
         "srcintfrole=\"lan\" dstip={ip} dstport={=443|80} dstintf=\"{fgwan}\" dstintfrole=\"wan\" proto=6 "
         "service=\"{=HTTPS|HTTP}\" hostname=\"{fgsite}\" profile=\"{=default|strict-web}\" action=\"blocked\" "
         "reqtype=\"direct\" url=\"{fgurl}\" sentbyte={bytes} rcvdbyte={int} direction=\"outgoing\" msg=\"URL belongs to a "
         "denied category in policy\" method=\"domain\" cat={n} catdesc=\"{fgcat}\""),
        ("alert", "0419016384;utm;ips",
         "eventtype=\"signature\" severity=\"{=critical|high|medium}\" srcip={ip} srccountry=\"{country}\" dstip={ip} "
         "srcintf=\"{fgwan}\" srcintfrole=\"wan\" dstintf=\"{fgintf}\" dstintfrole=\"dmz\" sessionid={big} "
         "action=\"{=dropped|detected|reset}\" proto=6 service=\"{fgsvc}\" policyid={n} attack=\"{fgattack}\" "
         "srcport={eport} dstport={port} direction=\"outgoing\" attackid={big} profile=\"{=default}\" "
         "ref=\"http://www.fortinet.com/ids/VID{big}\" incidentserialno={big} msg=\"{fgipscat}: {fgattack}\""),
        ("information", "0100032001;event;system",
         "logdesc=\"Admin login successful\" sn=\"{fgdigits}\" user=\"{fgadmin}\" ui=\"{=https|ssh|console}({ip})\" "
         "method=\"{=https|ssh|console}\" srcip={ip} dstip={ip} action=\"login\" status=\"success\" reason=\"none\" "
         "profile=\"{=super_admin|prof_admin|read_only}\" msg=\"Administrator {fgadmin} logged in successfully from "
         "{=https|ssh}({ip})\""),
        ("alert", "0100032002;event;system",
         "logdesc=\"Admin login failed\" sn=\"0\" user=\"{fgadmin}\" ui=\"{=https|ssh}({ip})\" method=\"{=https|ssh}\" "
         "srcip={ip} dstip={ip} action=\"login\" status=\"failed\" reason=\"{=passwd_invalid|name_invalid}\" "
         "msg=\"Administrator {fgadmin} login failed from {=https|ssh}({ip}) because of invalid {=password|user name}\""),
        ("information", "0100044547;event;system",
         "logdesc=\"Object attribute configured\" user=\"{fgadmin}\" ui=\"GUI({ip})\" action=\"Edit\" cfgtid={big} "
         "cfgpath=\"{fgcfgpath}\" cfgobj=\"{fgcfgobj}\" cfgattr=\"{fgcfgattr}\" msg=\"Edit {fgcfgpath} {fgcfgobj}\""),
        ("information", "0101039947;event;vpn",
         "logdesc=\"SSL VPN tunnel up\" action=\"tunnel-up\" tunneltype=\"ssl-tunnel\" tunnelid={big} remip={ip} "
         "tunnelip={ip} user=\"{user}\" group=\"{fggroup}\" dst_host=\"{=N/A}\" reason=\"tunnel established\" msg=\"SSL "
         "tunnel established\""),
        ("information", "0101039948;event;vpn",
         "logdesc=\"SSL VPN tunnel down\" action=\"tunnel-down\" tunneltype=\"ssl-tunnel\" tunnelid={big} remip={ip} "
         "tunnelip={ip} user=\"{user}\" group=\"{fggroup}\" dst_host=\"{=N/A}\" reason=\"{=connection timeout|user "
         "logout|idle timeout}\" duration={int} sentbyte={bytes} rcvdbyte={bytes} msg=\"SSL tunnel shutdown\""),
        ("alert", "0101039426;event;vpn",
         "logdesc=\"SSL VPN login fail\" action=\"ssl-login-fail\" tunneltype=\"{=ssl-web|ssl-tunnel}\" tunnelid=0 "
         "remip={ip} user=\"{user}\" group=\"{=N/A}\" dst_host=\"{=N/A}\" reason=\"{=sslvpn_login_permission_denied|"
         "sslvpn_login_unknown_user|sslvpn_login_cert_checked_error}\" msg=\"SSL user failed to logged in\""),
        ("notice", "0101037138;event;vpn",
         "logdesc=\"IPsec connection status changed\" msg=\"IPsec connection status change\" action=\"tunnel-{=up|down}\" "
         "remip={ip} locip={ip} remport={=500|4500} locport={=500|4500} outintf=\"{fgwan}\" cookies=\"{hex16}/{hex16}\" "
         "user=\"{ip}\" group=\"{=N/A}\" useralt=\"{=N/A}\" xauthuser=\"{=N/A}\" xauthgroup=\"{=N/A}\" assignip={=N/A} "
         "vpntunnel=\"{fgtunnel}\" tunnelip={=N/A} tunnelid={big} tunneltype=\"ipsec\" duration={int} sentbyte={bytes} "
         "rcvdbyte={bytes} nextstat={int}"),
        ("error", "0101037124;event;vpn",
         "logdesc=\"IPsec phase 1 error\" msg=\"IPsec phase 1 error\" action=\"negotiate\" remip={ip} locip={ip} "
         "remport=500 locport=500 outintf=\"{fgwan}\" cookies=\"{hex16}/{=0000000000000000}\" user=\"{=N/A}\" group=\"{=N/A}\" "
         "useralt=\"{=N/A}\" xauthuser=\"{=N/A}\" xauthgroup=\"{=N/A}\" assignip={=N/A} vpntunnel=\"{fgtunnel}\" "
         "status=\"negotiate_error\" reason=\"{=peer SA proposal not match local policy|probable pre-shared secret "
         "mismatch}\" peer_notif=\"{=NOT-APPLICABLE|INVALID-PAYLOAD-TYPE}\""),
        ("warning", "0100020099;event;system",
         "logdesc=\"Interface status changed\" action=\"interface-stat-change\" status=\"{=DOWN|UP}\" msg=\"Link monitor: "
         "Interface {fgintf} was turned {=down|up}\""),
        ("information", "0100026001;event;system",
         "logdesc=\"DHCP Ack log\" interface=\"{fgintf}\" dhcp_msg=\"Ack\" mac=\"{MAC}\" ip={ip} lease={=86400|604800} "
         "hostname=\"{fgclient}\" msg=\"DHCP server sends a DHCPACK\""),
        ("notice", "0100040704;event;system",
         "logdesc=\"System performance statistics\" action=\"perf-stats\" cpu={pct} mem={pct} totalsession={big} "
         "disk={pct} bandwidth=\"{big}/{big}\" setuprate={int} disklograte={int} fazlograte={int} freediskstorage={big} "
         "sysuptime={big} waninfo=\"name={fgwan},bytes={bytes}/{bytes},packets={big}/{big},rate={fgbps}/{fgbps},status=up;\" "
         "msg=\"Performance statistics: average CPU: {pct}, memory:  {pct}, concurrent sessions:  {big}, setup-rate: {int}\""),
        ("information", "0100041000;event;system",
         "logdesc=\"FortiGuard update succeeded\" status=\"update\" msg=\"{=AV|IPS|Application Control} definitions updated "
         "to version {fgdefver}\""),
        ("critical", "0108037893;event;ha",
         "logdesc=\"Virtual cluster member joined\" msg=\"Virtual cluster 1 of group 0 detected new joined HA member\" "
         "vcluster=1 ha_group=0 sn=\"{fgsn}\" ha_role=\"{=master|slave}\" hostname=\"{=FGT-EDGE-01|FGT-EDGE-02}\"", 3),
    ],
}

# ---------------------------------------------------------------------------------------------------------------- Argo CD
ARGO_APPS = ["guestbook", "orders-api", "payments-prod", "monitoring-stack", "ingress-nginx", "team-a-frontend", "cert-manager"]
SHAPES.update({
    "argoappns": lambda r, ts: r.choice(["argocd", "argocd", "argocd", "team-a", "platform"]),
    "argodir": lambda r, ts: "/tmp/_argocd-repo/" + uuid(r),
    "argoapp": lambda r, ts: r.choice(ARGO_APPS),
    "argons": lambda r, ts: r.choice(["default", "orders", "payments", "monitoring", "ingress-nginx", "kube-system"]),
    "argoserver": lambda r, ts: r.choice(["https://kubernetes.default.svc", "https://10.40.0.1:6443",
                                          "https://A1B2C3D4E5.gr7.eu-west-1.eks.amazonaws.com"]),
    "argorefresh": lambda r, ts: r.choice(["normal", "controller", "spec changed", "hard"]),
    "argokind": lambda r, ts: r.choice(["Deployment", "Service", "ConfigMap", "Ingress", "StatefulSet", "CronJob"]),
    "argores": lambda r, ts: f"{r.choice(ARGO_APPS)}{r.choice(['', '-ui', '-worker', '-config'])}",
    "syncid": lambda r, ts: f"{r.randint(1, 99999):05d}-{''.join(r.choice('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz') for _ in range(5))}",
    "argorepo": lambda r, ts: r.choice(["https://github.com/acme/gitops.git", "git@gitlab.example.com:platform/deploy.git",
                                        "https://charts.bitnami.com/bitnami"]),
    "argoerr": lambda r, ts: r.choice(["rpc error: code = Unknown desc = authentication required",
                                       "rpc error: code = DeadlineExceeded desc = context deadline exceeded",
                                       "rpc error: code = Unavailable desc = connection error: desc = \"transport: Error while "
                                       "dialing: dial tcp 10.96.12.4:8081: connect: connection refused\""]),
    "argomethod": lambda r, ts: r.choice(["GenerateManifest", "GetAppDetails", "ResolveRevision", "GetRevisionMetadata", "ListRefs"]),
    "argocond": lambda r, ts: r.choice(["ComparisonError", "SyncError", "OrphanedResourceWarning"]),
    "argocondmsg": lambda r, ts: r.choice(["Failed to load target state: failed to generate manifest for source 1 of 1: rpc error",
                                           "one or more objects failed to apply, reason: Deployment.apps \\\"web\\\" is invalid",
                                           "Application has 2 orphaned resources"]),
    "argophase": lambda r, ts: r.choice(["Running", "Succeeded", "Failed", "Error", "Terminating"]),
    "argosyncmsg": lambda r, ts: r.choice(["successfully synced (all tasks run)", "one or more tasks are running",
                                           "waiting for healthy state of apps/Deployment/web", "one or more objects failed to apply"]),
    "exechash": lambda r, ts: "".join(r.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(5)),
    "gitcmd": lambda r, ts: r.choice(["git fetch origin --tags --force --prune", "git ls-remote origin",
                                      "git checkout --force " + hexs(r, 40), "git clean -ffdx"]),
    "gitargs": lambda r, ts: "[" + r.choice(["git fetch origin --tags --force --prune", "git ls-remote origin",
                                             "git checkout --force " + hexs(r, 40), "git clean -ffdx"]) + "]",
})


def argo_header(r, ts, level, comp):
    return f"time=\"{ts:%Y-%m-%dT%H:%M:%S}Z\" level={level} "


ARGOCD = {
    "about": "Argo CD 2.9 application controller and repo server (logrus text): time=\"RFC 3339\" level=... then msg=\"...\" "
             "and sorted key=value fields",
    "log_format": "time=\"<Time>\" level=<Level> <Content>",
    "start": datetime.datetime(2026, 12, 6, 10, 5, 0, 0),
    "gap_ms": 700,
    "header": argo_header,
    "statements": [
        ("info", "", "msg=\"Refreshing app status ({argorefresh} refresh requested), level ({=1|2|3})\" "
                     "application={argoappns}/{argoapp}"),
        ("info", "", "msg=\"Comparing app state (cluster: {argoserver}, namespace: {argons})\" application={argoappns}/{argoapp}"),
        ("info", "", "msg=\"GetRepoObjs stats\" application={argoappns}/{argoapp} build_options_ms={small} helm_ms={int} "
                     "plugins_ms={small} repo_ms={small} time_ms={int} unmarshal_ms={int} version_ms={int}"),
        ("info", "", "msg=\"Skipping auto-sync: application status is {=Synced|OutOfSync}\" application={argoappns}/{argoapp}"),
        ("info", "", "msg=\"Update successful\" application={argoappns}/{argoapp}"),
        ("info", "", "msg=\"Reconciliation completed\" application={argoappns}/{argoapp} dedup_ms={small} dest-name={=} "
                     "dest-namespace={argons} dest-server=\"{argoserver}\" diff_ms={int} fields.level={=1|2|3} git_ms={int} "
                     "health_ms={small} live_ms={int} patch_ms={int} setop_ms={small} settings_ms={small} sync_ms={small} "
                     "time_ms={int}"),
        ("info", "", "msg=\"Initiated automated sync to '{hex40}'\" application={argoappns}/{argoapp} dest-namespace={argons} "
                     "dest-server=\"{argoserver}\" reason=OperationStarted type=Normal"),
        ("info", "", "msg=\"Partial sync operation to {hex40} succeeded\" application={argoappns}/{argoapp} "
                     "dest-namespace={argons} dest-server=\"{argoserver}\" reason=OperationCompleted type=Normal"),
        ("info", "", "msg=\"sync/terminate complete\" application={argoappns}/{argoapp} duration={go} syncId={syncid}"),
        ("info", "", "msg=\"Applying resource {argokind}/{argores} in cluster: {argoserver}, namespace: {argons}\""),
        ("info", "", "msg=\"Updating operation state. phase: {argophase} -> {argophase}, message: '{argosyncmsg}' -> "
                     "'{argosyncmsg}'\" application={argoappns}/{argoapp} syncId={syncid}"),
        ("info", "", "msg=\"finished unary call with code OK\" grpc.code=OK grpc.method={argomethod} "
                     "grpc.service={=repository.RepoServerService|application.ApplicationService} grpc.start_time=\"{iso}\" grpc.time_ms={secs} span.kind=server "
                     "system=grpc"),
        ("error", "", "msg=\"finished unary call with code {=Unknown|DeadlineExceeded|Unavailable}\" error=\"{argoerr}\" "
                      "grpc.code={=Unknown|DeadlineExceeded|Unavailable} grpc.method={argomethod} "
                      "grpc.service={=repository.RepoServerService|application.ApplicationService} grpc.start_time=\"{iso}\" grpc.time_ms={secs} "
                      "span.kind=server system=grpc"),
        ("info", "", "msg=\"Normalized app spec: {{\\\"status\\\":{{\\\"conditions\\\":[{{\\\"lastTransitionTime\\\":"
                     "\\\"{iso}\\\",\\\"message\\\":\\\"{argocondmsg}\\\",\\\"type\\\":\\\"{argocond}\\\"}}]}}}}\" "
                     "application={argoappns}/{argoapp}"),
        ("info", "", "msg=\"{gitcmd}\" dir={argodir} execID={exechash}"),
        ("info", "", "msg=Trace args=\"{gitargs}\" dir={argodir} operation_name=\"exec git\" time_ms={secs}"),
        ("info", "", "msg=\"Alloc={big} TotalAlloc={big} Sys={big} NumGC={int} Goroutines={int}\""),
        ("info", "", "msg=\"appResyncPeriod={=3m0s|5m0s}, appHardResyncPeriod={=0s|24h0m0s}\"", 2),
        ("info", "", "msg=\"Start syncing cluster\" server=\"{argoserver}\""),
        ("info", "", "msg=\"Cluster successfully synced\" server=\"{argoserver}\""),
        ("warning", "", "msg=\"Failed to get cached managed resources for tree reconciliation, fall back to full "
                        "reconciliation\" application={argoappns}/{argoapp}"),
        ("error", "", "msg=\"Failed to cache app resources: error getting managed resources for app {argoapp}: "
                      "{argoerr}\" application={argoappns}/{argoapp} dedup_ms={small} diff_ms={int}"),
    ],
}

# ---------------------------------------------------------------------------------------------------------------- rsyncd
RSYNC_MODULES = ["backups", "www", "home", "mirror", "db-dumps", "photos"]
SHAPES.update({
    "rmod": lambda r, ts: r.choice(RSYNC_MODULES),
    "rreq": lambda r, ts: r.choice([r.choice(RSYNC_MODULES), f"{r.choice(RSYNC_MODULES)}/{r.choice(WORDS)}/",
                                    f"{r.choice(RSYNC_MODULES)}/{r.choice(NAMES)}/.ssh/"]),
    "rhost": lambda r, ts: r.choice([host(r), host(r), "UNKNOWN"]),
    "rauthreason": lambda r, ts: r.choice(["password mismatch", "unauthorized user", "no matching rule"]),
    "gaierr": lambda r, ts: r.choice(["Name or service not known", "Temporary failure in name resolution"]),
    "rerrno": lambda r, ts: r.choice(["Permission denied (13)", "No such file or directory (2)", "Input/output error (5)"]),
    "rerrtext": lambda r, ts: r.choice(["some files/attrs were not transferred (see previous errors)",
                                        "error in socket IO", "error in rsync protocol data stream",
                                        "some files vanished before they could be transferred", "timeout in data send/receive"]),
    "rcode": lambda r, ts: r.choice(["23", "10", "12", "24", "30"]),
    "rsrc": lambda r, ts: r.choice(["main.c(1338)", "io.c(231)", "io.c(1700)", "clientserver.c(1082)", "rsync.c(716)"]),
    "rver": lambda r, ts: r.choice(["3.2.7", "3.2.3", "3.1.3"]),
    "rop": lambda r, ts: r.choice(["send", "send", "recv", "del."]),
})


def rsync_header(r, ts, level, comp):
    return f"{ts:%Y/%m/%d %H:%M:%S} [{r.randint(1000, 99999)}] "


RSYNCD = {
    "about": "rsync 3.2 daemon log file (rsyncd.conf log file, default log format %o %h [%a] %m (%u) %f %l): yyyy/mm/dd "
             "hh:mm:ss [pid] then the message",
    "log_format": "<Date> <Time> \\[<Pid>\\] <Content>",
    "start": datetime.datetime(2026, 12, 6, 0, 30, 0, 0),
    "gap_ms": 4000,
    "header": rsync_header,
    "statements": [
        ("", "", "connect from {rhost} ({anyip})"),
        ("", "", "rsync {=on|to} {rreq} from {user}@{rhost} ({ip})"),
        ("", "", "rsync {=on|to} {rreq} from {rhost} ({ip})"),
        ("", "", "building file list"),
        ("", "", "sent {bytes} bytes  received {bytes} bytes  total size {bytes}"),
        ("", "", "total: matches={int}  hash_hits={big}  false_alarms={small} data={bytes}"),
        ("", "", "{rop} {rhost} [{ip}] {rmod} ({user}) {relpath} {bytes}"),
        ("", "", "auth failed on module {rmod} from {rhost} ({ip}): {rauthreason}"),
        ("", "", "name lookup failed for {ip}: {gaierr}"),
        ("", "", "rsync: [sender] send_files failed to open \"{relpath}\" (in {rmod}): {rerrno}"),
        ("", "", "rsync error: {rerrtext} (code {rcode}) at {rsrc} [{=sender|receiver|generator}={rver}]"),
        ("", "", "rsync: connection unexpectedly closed ({bytes} bytes received so far) [{=sender|receiver|generator}]"),
        ("", "", "rsync: [generator] write error: Broken pipe (32)"),
        ("", "", "rsyncd version {rver} starting, listening on port 873", 2),
        ("", "", "ERROR: max connections ({=10|20}) reached -- try again later"),
        ("", "", "rsync denied on module {rmod} from {rhost} ({ip})"),
        ("", "", "file has vanished: \"{path}\" (in {rmod})"),
        ("", "", "ERROR: module is read only"),
        ("", "", "rsync: [receiver] mkstemp \"{relpath}\" (in {rmod}) failed: {rerrno}"),
    ],
}

# ---------------------------------------------------------------------------------------------------------------- ASP.NET Core
NET_CTRL = ["Orders", "Customers", "Payments", "Health", "Invoices"]
SHAPES.update({
    "neturl": lambda r, ts: r.choice([f"http://orders-api:8080/api/{r.choice(NET_CTRL).lower()}/{r.randint(1, 99999)}",
                                      f"https://api.example.com/api/{r.choice(NET_CTRL).lower()}?page={r.randint(1, 40)}&size=50",
                                      "http://10.1.4.17:8080/healthz", "https://api.example.com/swagger/index.html"]),
    "netctype": lambda r, ts: r.choice(["null", "null", "application/json", "application/json; charset=utf-8", "-"]),
    "netlen": lambda r, ts: r.choice(["null", "null", "-", str(r.randint(2, 99999))]),
    "netctype2": lambda r, ts: r.choice(["application/json;+charset=utf-8", "null", "text/plain;+charset=utf-8",
                                        "application/problem+json;+charset=utf-8"]),
    "endpoint": lambda r, ts: r.choice([f"Orders.Api.Controllers.{c}Controller.{a} (Orders.Api)" for c in NET_CTRL for a in ["Get", "Post", "GetById"]]
                                       + ["Health checks", "/swagger/{documentName}/swagger.json"]),
    "netaction": lambda r, ts: r.choice(["Get", "Post", "GetById", "Delete"]),
    "netctrlfull": lambda r, ts: f"Orders.Api.Controllers.{r.choice(NET_CTRL)}Controller",
    "netctrl": lambda r, ts: r.choice(NET_CTRL),
    "netsig": lambda r, ts: r.choice(["System.Threading.Tasks.Task`1[Microsoft.AspNetCore.Mvc.IActionResult] Get(Int32)",
                                      "System.Threading.Tasks.Task`1[Microsoft.AspNetCore.Mvc.ActionResult`1[Orders.Api.Models.OrderDto]] "
                                      "GetById(System.Guid, System.Threading.CancellationToken)",
                                      "Microsoft.AspNetCore.Mvc.IActionResult Post(Orders.Api.Models.CreateOrder)"]),
    "nettype": lambda r, ts: r.choice(["System.Collections.Generic.List`1[[Orders.Api.Models.OrderDto, Orders.Api, Version=1.0.0.0, "
                                       "Culture=neutral, PublicKeyToken=null]]", "Orders.Api.Models.OrderDto",
                                       "Microsoft.AspNetCore.Mvc.ProblemDetails", "System.String"]),
    "efparams": lambda r, ts: ", ".join(f"@{p}='?' (DbType = {t})" for p, t in r.sample(
        [("__id_0", "Int32"), ("__p_1", "Int32"), ("__customerId_0", "Guid"), ("p0", "String"), ("p1", "DateTime")], r.randint(0, 3))),
    "kid": lambda r, ts: "0HN" + "".join(r.choice(B32) for _ in range(10)),
    "kseq": lambda r, ts: f"{r.randint(1, 40):08X}",
    "hcname": lambda r, ts: r.choice(["sql", "redis", "rabbitmq", "self", "orders-db"]),
    "hcmsg": lambda r, ts: r.choice(["(null)", "A timeout occurred while connecting", "Redis is unreachable: It was not possible to connect"]),
    "usdate": lambda r, ts: (lambda t: f"{t.month}/{t.day}/{t.year} {(t.hour % 12) or 12}:{t:%M:%S} {'AM' if t.hour < 12 else 'PM'}")(when(ts, r, 30)),
    "efver": lambda r, ts: r.choice(["8.0.1", "8.0.4"]),
    "efprov": lambda r, ts: r.choice(["Npgsql.EntityFrameworkCore.PostgreSQL:8.0.0", "Microsoft.EntityFrameworkCore.SqlServer:8.0.4"]),
    "netroot": lambda r, ts: r.choice(["/app", "C:\\inetpub\\orders-api\\", "/app/"]),
})


def net_header(r, ts, level, comp):
    return f"{ts:%Y-%m-%d %H:%M:%S}.{ts.microsecond // 1000:03d} +00:00 [{level}] "


ASPNETCORE = {
    "about": "An ASP.NET Core 8 service logging through Serilog's file sink, default template {Timestamp:yyyy-MM-dd "
             "HH:mm:ss.fff zzz} [{Level:u3}] {Message:lj}: Kestrel, MVC, EF Core, HttpClient, authentication, health checks",
    "log_format": "<Date> <Time> <Offset> \\[<Level>\\] <Content>",
    "start": datetime.datetime(2026, 12, 6, 12, 0, 0, 0),
    "gap_ms": 500,
    "header": net_header,
    "statements": [
        ("INF", "", "Now listening on: {=http://[::]:8080|http://0.0.0.0:8080|https://localhost:5001}", 3),
        ("INF", "", "Application started. Press Ctrl+C to shut down.", 2),
        ("INF", "", "Hosting environment: {=Production|Staging}", 2),
        ("INF", "", "Content root path: {netroot}", 2),
        ("INF", "", "Application is shutting down...", 1),
        ("INF", "", "Request starting {=HTTP/1.1|HTTP/2} {=GET|POST|PUT|DELETE} {neturl} - {netctype} {netlen}"),
        ("INF", "", "Request finished {=HTTP/1.1|HTTP/2} {=GET|POST|PUT|DELETE} {neturl} - {=200|201|204|400|401|404|500} "
                    "{netlen} {netctype2} {msf}"),
        ("INF", "", "Executing endpoint '{endpoint}'"),
        ("INF", "", "Executed endpoint '{endpoint}'"),
        ("INF", "", "Route matched with {{action = \"{netaction}\", controller = \"{netctrl}\"}}. Executing controller action "
                    "with signature {netsig} on controller {netctrlfull} ({=Orders.Api})."),
        ("INF", "", "Executing {=OkObjectResult|ObjectResult|NotFoundObjectResult|BadRequestObjectResult}, writing value of "
                    "type '{nettype}'."),
        ("INF", "", "Executed action {endpoint} in {msf}"),
        ("INF", "", "Executed DbCommand ({ms}) [Parameters=[{efparams}], CommandType='Text', CommandTimeout='30']"),
        ("ERR", "", "Failed executing DbCommand ({ms}) [Parameters=[{efparams}], CommandType='Text', CommandTimeout='30']"),
        ("ERR", "", "An unhandled exception has occurred while executing the request."),
        ("ERR", "", "Connection id \"{kid}\", Request id \"{kid}:{kseq}\": An unhandled exception was thrown by the application."),
        ("INF", "", "Authorization failed. These requirements were not met: DenyAnonymousAuthorizationRequirement: Requires "
                    "an authenticated user."),
        ("INF", "", "AuthenticationScheme: {=Bearer|Cookies} was challenged."),
        ("INF", "", "AuthenticationScheme: {=Bearer|Cookies} was forbidden."),
        ("INF", "", "{=Bearer|OpenIdConnect} was not authenticated. Failure message: IDX10223: Lifetime validation failed. "
                    "The token is expired. ValidTo (UTC): '{usdate}', Current time (UTC): '{usdate}'."),
        ("ERR", "", "Health check {hcname} with status {=Unhealthy|Degraded} completed after {msf} with message '{hcmsg}'"),
        ("INF", "", "Entity Framework Core {efver} initialized 'OrdersDbContext' using provider '{efprov}' with options: "
                    "{=None|SensitiveDataLoggingEnabled}", 2),
        ("INF", "", "Start processing HTTP request {=GET|POST} {neturl}"),
        ("INF", "", "Sending HTTP request {=GET|POST} {neturl}"),
        ("INF", "", "Received HTTP response headers after {msf} - {=200|404|503}"),
        ("INF", "", "End processing HTTP request after {msf} - {=200|404|503}"),
    ],
}

SYSTEMS = {"SQLServer": SQLSERVER, "CouchDB": COUCHDB, "Pulsar": PULSAR, "F5BigIP": F5BIGIP, "FortiGate": FORTIGATE,
           "ArgoCD": ARGOCD, "Rsyncd": RSYNCD, "AspNetCore": ASPNETCORE}
