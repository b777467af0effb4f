"""Systems of the tenth blind set, first half: Neo4j, InfluxDB 2, NSQ, Apache Traffic Server, TeamCity, NetApp ONTAP EMS,
MikroTik RouterOS, Configuration Manager (SCCM) client logs. Each: log_format, header(r, ts, level, comp), statements
(level, component, text[, count]); an optional trailer writes the fields after the message."""
import datetime

from values10 import SHAPES, WORDS, NAMES, MONTHS, hexs, alnum, ip, uuid, host, user, email, when, listof, winpath, path

# ---------------------------------------------------------------------------------------------------------------- Neo4j
N4DB = ["neo4j", "system", "orders", "fraud-graph", "kg_prod"]
N4LABELS = ["Person", "Account", "Order", "Device", "Merchant", "Transaction"]
N4PROPS = ["name", "id", "email", "createdAt", "accountId", "ip"]


def n4dur(r):
    total = r.choice([r.randint(0, 999), r.randint(1000, 59999), r.randint(60000, 3600000)])
    m, rest = divmod(total, 60000)
    s, ms = divmod(rest, 1000)
    parts = ([f"{m}m"] if m else []) + ([f"{s}s"] if s or m else []) + [f"{ms}ms"]
    return " ".join(parts)


def n4index(r):
    kind = r.choice(["RANGE", "TEXT", "POINT", "LOOKUP", "FULLTEXT"])
    props = ", ".join(r.sample(N4PROPS, r.randint(1, 2)))
    prov = {"RANGE": "range-1.0", "TEXT": "text-2.0", "POINT": "point-1.0", "LOOKUP": "token-lookup-1.0",
            "FULLTEXT": "fulltext-1.0"}[kind]
    return (f"Index( id={r.randint(1, 80)}, name='{r.choice(['index_', 'constraint_'])}{hexs(r, 8)}', type='{kind}', "
            f"schema=(:{r.choice(N4LABELS)} {{{props}}}), indexProvider='{prov}' )")


def member(r):
    return "MemberId{" + hexs(r, 8) + "}"


SHAPES.update({
    "n4db": lambda r, ts: r.choice(N4DB),
    "n4ckreason": lambda r, ts: r.choice(["Scheduled checkpoint for every 15 minutes threshold",
                                          "Scheduled checkpoint for 100000 transactions threshold", "Database shutdown",
                                          "Store copy", "Call to db.checkpoint() procedure"]),
    "n4strategy": lambda r, ts: r.choice(["2 days", "1G size", "100000 txs", "keep_all", "7 days 2G"]),
    "n4dur": lambda r, ts: n4dur(r),
    "n4index": lambda r, ts: n4index(r),
    "n4tx": lambda r, ts: f"neo4j-transaction-{r.randint(1, 999999)}",
    "n4term": lambda r, ts: r.choice([
        "Explicitly terminated by the user.",
        "The transaction has not completed within the timeout specified at its start by the client. You may want to retry with a longer timeout.",
        "The database is not currently available to serve your request, refer to the database logs for more details.",
        "Connection closed"]),
    "n4vote": lambda r, ts: (f"Vote.Request from {member(r)} {{term={r.randint(1, 400)}, candidate={member(r)}, "
                             f"lastAppended={r.randint(1000, 9999999)}, lastLogTerm={r.randint(1, 400)}}}"),
    "n4members": lambda r, ts: ", ".join(member(r) for _ in range(r.randint(1, 5))),
    "n4fmt": lambda r, ts: r.choice(["RecordFormat:PageAlignedV5_0[aligned-1.1]", "RecordFormat:StandardV5_0[record-aligned-1.1]",
                                     "block-block-1.1", "RecordFormat:HighLimitV5_0[high_limit-1.1]"]),
    "n4code": lambda r, ts: r.choice(["Neo.DatabaseError.General.UnknownError", "Neo.DatabaseError.Statement.ExecutionFailed",
                                      "Neo.DatabaseError.Transaction.TransactionCommitFailed"]),
    "n4errtext": lambda r, ts: r.choice([
        "Java heap space", "GC overhead limit exceeded",
        f"Could not apply the transaction {r.randint(1000, 99999)} to the store after written to log",
        "Unable to allocate memory for the page cache",
        f"Node[{r.randint(1, 10 ** 8)}] is deleted and cannot be used to create a relationship"]),
})


def neo4j_header(r, ts, level, comp):
    return f"{ts:%Y-%m-%d %H:%M:%S}.{ts.microsecond // 1000:03d}+0000 {level:<5} [{comp}] "


NEO4J = {
    "about": "Neo4j 5 debug.log: yyyy-mm-dd hh:mm:ss.mmm+0000, the level padded to 5, the logger abbreviated in brackets, "
             "messages of a database prefixed [name/id]",
    "log_format": "<Date> <Time> <Level> \\[<Logger>\\] <Content>",
    "start": datetime.datetime(2026, 12, 6, 2, 14, 7, 0),
    "gap_ms": 5000,
    "header": neo4j_header,
    "statements": [
        ("INFO", "o.n.k.i.t.l.c.CheckPointerImpl", '[{n4db}/{hex8}] Checkpoint triggered by "{n4ckreason}" @ txId: {big} checkpoint started...'),
        ("INFO", "o.n.k.i.t.l.c.CheckPointerImpl", '[{n4db}/{hex8}] Checkpoint triggered by "{n4ckreason}" @ txId: {big} checkpoint completed in {n4dur}'),
        ("INFO", "o.n.k.i.t.l.p.LogPruningImpl", "[{n4db}/{hex8}] Pruned log versions {int}-{int}. The strategy used was '{n4strategy}'. Last checkpoint was made in log version {int}."),
        ("INFO", "o.n.k.i.t.l.p.LogPruningImpl", "[{n4db}/{hex8}] No log version pruned. The strategy used was '{n4strategy}'. Last checkpoint was made in log version {int}."),
        ("WARN", "o.n.k.i.c.VmPauseMonitorComponent", "Detected VM stop-the-world pause: {{pauseTime={int}, gcTime={int}, gcCount={small}}}"),
        ("INFO", "o.n.s.AbstractNeoWebServer", "Remote interface available at http://{host}:7474/", 2),
        ("INFO", "o.n.b.BoltServer", "Bolt enabled on {=0.0.0.0|[::]}:7687.", 2),
        ("INFO", "o.n.k.i.p.PageCacheWarmer", "[{n4db}/{hex8}] Page cache warmup started."),
        ("INFO", "o.n.k.i.p.PageCacheWarmer", "[{n4db}/{hex8}] Page cache warmup completed. {big} pages loaded. Duration: {n4dur}."),
        ("ERROR", "o.n.b.t.p.HouseKeeper", "Fatal error occurred when handling a client connection: [id: {0x8}, L:/{ip}:7687 - R:/{ip}:{eport}]"),
        ("INFO", "o.n.k.i.a.i.IndexPopulationJob", "[{n4db}/{hex8}] Index population started: [{n4index}]"),
        ("INFO", "o.n.k.i.a.i.IndexPopulationJob", "[{n4db}/{hex8}] Index creation finished for index [{n4index}]."),
        ("WARN", "o.n.k.i.a.KernelTransactions", "[{n4db}/{hex8}] Transaction {n4tx} has been terminated, reason: {n4term}"),
        ("INFO", "o.n.c.c.c.RaftMachine", "[{n4db}/{hex8}] Election started with vote request: {n4vote} and members: [{n4members}]"),
        ("INFO", "o.n.c.c.c.RaftMachine", "[{n4db}/{hex8}] Moving to {=LEADER|FOLLOWER|CANDIDATE} state at term {int} (I am MemberId{{{hex8}}})"),
        ("INFO", "o.n.g.f.m.GlobalModule", "Logging config in use: File '{path}/server-logs.xml'", 1),
        ("INFO", "o.n.k.i.s.f.RecordFormatSelector", "[{n4db}/{hex8}] Selected {n4fmt} record format from store {path}"),
        ("ERROR", "o.n.b.r.s.BoltStateMachineV4", "Client triggered an unexpected error [{n4code}]: {n4errtext}, reference {uuid}."),
        ("INFO", "o.n.k.d.Database", "[{n4db}/{hex8}] Starting up database"),
        ("INFO", "o.n.k.d.Database", "[{n4db}/{hex8}] Shutting down database"),
    ],
}

# ---------------------------------------------------------------------------------------------------------------- InfluxDB
IFLOG = ["0kZ~nMfW000", "0kZ~rQ2l000", "0ka0Ae9G000"]
SHAPES.update({
    "ifid": lambda r, ts: r.choice(IFLOG),
    "iftrace": lambda r, ts: "0ka" + "".join(r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789~") for _ in range(5)) + "000",
    "ifms": lambda r, ts: f"{r.uniform(0.01, 9000):.3f}ms",
    "ifbucket": lambda r, ts: hexs(r, 16),
    "ifpath": lambda r, ts: f"/var/lib/influxdb2/engine/data/{hexs(r, 16)}/autogen/{r.randint(1, 900)}/{r.randint(0, 40):09d}-{r.randint(1, 4):09d}.tsm",
    "ifwal": lambda r, ts: f"/var/lib/influxdb2/engine/wal/{hexs(r, 16)}/autogen/{r.randint(1, 900)}/_{r.randint(1, 99999):05d}.wal",
    "ifshard": lambda r, ts: f"/var/lib/influxdb2/engine/data/{hexs(r, 16)}/autogen/{r.randint(1, 900)}",
    "iftsm": lambda r, ts: f"/var/lib/influxdb2/engine/data/{hexs(r, 16)}/autogen/{r.randint(1, 900)}/{r.randint(0, 40):09d}-{r.randint(1, 4):09d}.tsm{r.choice(['', '.tmp'])}",
    "ifrp": lambda r, ts: r.choice(["autogen", "30d", "raw_7d", "downsampled"]),
    "ifwerr": lambda r, ts: r.choice(["partial write: field type conflict: input field \\\"value\\\" on measurement \\\"cpu\\\" is type float, already exists as type integer dropped=1",
                                      "engine: cache-max-memory-size exceeded: (1073741824/1073741824)",
                                      f"partial write: points beyond retention policy dropped={r.randint(1, 500)}",
                                      "timeout"]),
    "iftls": lambda r, ts: r.choice(["remote error: tls: bad certificate", "EOF", "tls: first record does not look like a TLS handshake",
                                     "read tcp 10.0.0.4:8086->" + ip(r) + ":" + str(r.randint(32768, 60999)) + ": read: connection reset by peer"]),
    "ifhttperr": lambda r, ts: r.choice(["authorization not found", "token required", "read-only token", "organization name \\\"acme\\\" not found"]),
    "ifquery": lambda r, ts: r.choice(["from(bucket: \\\"telegraf\\\") |> range(start: -1h) |> filter(fn: (r) => r._measurement == \\\"cpu\\\")",
                                       "SELECT mean(\\\"usage_idle\\\") FROM \\\"cpu\\\" WHERE time > now() - 5m GROUP BY time(10s)",
                                       "buckets()"]),
})


def influx_header(r, ts, level, comp):
    return f"ts={ts:%Y-%m-%dT%H:%M:%S}.{ts.microsecond:06d}Z lvl={level} "


ENG = "log_id={ifid} service=storage-engine engine=tsm1"
INFLUXDB = {
    "about": "InfluxDB 2.7 influxd (zap logfmt): ts=RFC 3339 with microseconds lvl=level msg=\"…\" (quoted only when it holds "
             "a space), then the logger's context fields and the statement's fields",
    "log_format": "ts=<Time> lvl=<Level> <Content>",
    "start": datetime.datetime(2026, 12, 6, 4, 30, 2, 0),
    "gap_ms": 1800,
    "header": influx_header,
    "statements": [
        ("info", "", 'msg="Open store (start)" log_id={ifid} service=storage-engine op_name=tsdb_open op_event=start', 2),
        ("info", "", 'msg="Open store (end)" log_id={ifid} service=storage-engine op_name=tsdb_open op_event=end op_elapsed={ifms}', 2),
        ("info", "", 'msg="Opened file" ' + ENG + ' service=filestore path={ifpath} id={small} duration={ifms}'),
        ("info", "", 'msg="Reading file" ' + ENG + ' service=cacheloader path={ifwal} size={bytes}'),
        ("info", "", 'msg="TSM compaction (start)" ' + ENG + ' tsm1_strategy={=full|level} tsm1_level={small} trace_id={iftrace} op_name=tsm1_compact_group db_shard_id={int} op_event=start'),
        ("info", "", 'msg="Beginning compaction" ' + ENG + ' tsm1_strategy={=full|level} tsm1_level={small} trace_id={iftrace} op_name=tsm1_compact_group db_shard_id={int} tsm1_files_n={n}'),
        ("info", "", 'msg="Compacting file" ' + ENG + ' tsm1_strategy={=full|level} tsm1_level={small} trace_id={iftrace} op_name=tsm1_compact_group db_shard_id={int} tsm1_index={small} tsm1_file={iftsm}'),
        ("info", "", 'msg="Compacted file" ' + ENG + ' tsm1_strategy={=full|level} tsm1_level={small} trace_id={iftrace} op_name=tsm1_compact_group db_shard_id={int} tsm1_index={small} tsm1_file={iftsm}'),
        ("info", "", 'msg="Finished compacting files" ' + ENG + ' tsm1_strategy={=full|level} tsm1_level={small} trace_id={iftrace} op_name=tsm1_compact_group db_shard_id={int} tsm1_files_n={n}'),
        ("info", "", 'msg="TSM compaction (end)" ' + ENG + ' tsm1_strategy={=full|level} tsm1_level={small} trace_id={iftrace} op_name=tsm1_compact_group db_shard_id={int} op_event=end op_elapsed={ifms}'),
        ("info", "", 'msg="Cache snapshot (start)" ' + ENG + ' trace_id={iftrace} op_name=tsm1_cache_snapshot op_event=start'),
        ("info", "", 'msg="Snapshot for path written" ' + ENG + ' trace_id={iftrace} op_name=tsm1_cache_snapshot path={ifshard} duration={ifms}'),
        ("info", "", 'msg="Cache snapshot (end)" ' + ENG + ' trace_id={iftrace} op_name=tsm1_cache_snapshot op_event=end op_elapsed={ifms}'),
        ("info", "", 'msg="Retention policy deletion check (start)" log_id={ifid} service=retention op_name=retention_delete_check op_event=start'),
        ("info", "", 'msg="Deleted shard group" log_id={ifid} service=retention op_name=retention_delete_check db_instance={ifbucket} db_shard_group={int} db_rp={ifrp}'),
        ("warn", "", 'msg="Write failed" log_id={ifid} service=storage-engine service=write shard={int} error="{ifwerr}"'),
        ("info", "", 'msg=Unauthorized log_id={ifid} error="{ifhttperr}"'),
        ("info", "", 'msg=Listening log_id={ifid} service=tcp-listener transport=http addr=:8086 port=8086', 2),
        ("info", "", 'msg="Starting query controller" log_id={ifid} service=storage-reads concurrency_quota={n} initial_memory_bytes_quota_per_query={big} memory_bytes_quota_per_query={big} max_memory_bytes={big} queue_size={n}', 2),
        ("error", "", 'msg="http: TLS handshake error from {ip}:{eport}: {iftls}" log_id={ifid} service=http'),
        ("warn", "", 'msg="internal error not returned to client" log_id={ifid} handler=error_logger error="context canceled"'),
        ("info", "", 'msg="Executing query" log_id={ifid} service=query query="{ifquery}" duration={ifms}'),
        ("info", "", 'msg="Reindexing TSM data" log_id={ifid} service=storage-engine engine=tsm1 db_shard_id={int}', 1),
    ],
}

# ---------------------------------------------------------------------------------------------------------------- NSQ
NSQTOPICS = ["orders", "payments.v2", "clickstream", "email#ephemeral", "audit-log", "inventory_updates"]
NSQCHANS = ["archive", "indexer", "mailer", "metrics#ephemeral", "tail123456#ephemeral", "fraud-check"]
SHAPES.update({
    "nsqtopic": lambda r, ts: r.choice(NSQTOPICS),
    "nsqchan": lambda r, ts: r.choice(NSQCHANS),
    "nsqchan_or_empty": lambda r, ts: r.choice(NSQCHANS + ["", ""]),
    "nsqident": lambda r, ts: (f"{{ClientID:{r.choice(['worker', 'consumer', 'app'])}-{r.randint(1, 40)} Hostname:{host(r)} "
                               f"HeartbeatInterval:{r.choice([30000, 15000, 60000])} OutputBufferSize:{r.choice([16384, 0, 65536])} "
                               f"OutputBufferTimeout:{r.choice([250, 100, -1])} FeatureNegotiation:true TLSv1:{r.choice(['true', 'false'])} "
                               f"Deflate:false DeflateLevel:{r.randint(0, 6)} Snappy:{r.choice(['true', 'false'])} SampleRate:0 "
                               f"UserAgent:{r.choice(['go-nsq/1.1.0', 'pynsq/0.9.1', 'nsqjs/0.13.0', 'go-nsq/1.0.8'])} MsgTimeout:0}}"),
    "nsqpeer": lambda r, ts: f"{{TCPPort:4160 HTTPPort:4161 Version:{r.choice(['1.3.0', '1.2.1'])} BroadcastAddress:{r.choice(['nsqlookupd-0', 'lookup01.lan', '10.0.4.11'])}}}",
    "nsqerr": lambda r, ts: r.choice(["E_BAD_BODY IDENTIFY failed to decode JSON body",
                                      f"E_FIN_FAILED FIN {hexs(r, 16)} failed ID not in flight",
                                      f"E_REQ_FAILED REQ {hexs(r, 16)} failed ID not in flight",
                                      f"E_INVALID cannot SUB in current state",
                                      "E_BAD_TOPIC SUB topic name \"bad topic\" is not valid",
                                      f"E_TOUCH_FAILED TOUCH {hexs(r, 16)} failed ID not in flight"]),
    "nsqdqerr": lambda r, ts: r.choice(["invalid message read size (0)", "unexpected EOF", f"invalid message read size ({r.randint(1048577, 9999999)})"]),
    "neterrlow": lambda r, ts: r.choice(["connection refused", "no route to host", "i/o timeout", "network is unreachable"]),
})

def nsq_header(r, ts, level, comp):
    return f"[{comp}] {ts:%Y/%m/%d %H:%M:%S}.{ts.microsecond:06d} {level}: "


NSQ = {
    "about": "NSQ 1.3 nsqd and nsqlookupd on one console: [daemon] yyyy/mm/dd hh:mm:ss.micro LEVEL: message",
    "log_format": "\\[<Component>\\] <Date> <Time> <Level>: <Content>",
    "start": datetime.datetime(2026, 12, 6, 9, 1, 44, 0),
    "gap_ms": 700,
    "header": nsq_header,
    "statements": [
        ("INFO", "nsqd", "TCP: new client({ip}:{eport})"),
        ("INFO", "nsqd", "CLIENT({ip}:{eport}): desired protocol magic '  V2'"),
        ("INFO", "nsqd", "PROTOCOL(V2): [{ip}:{eport}] exiting ioloop"),
        ("ERROR", "nsqd", "client({ip}:{eport}) - {nsqerr}"),
        ("INFO", "nsqd", "[{ip}:{eport}] IDENTIFY: {nsqident}"),
        ("INFO", "nsqd", "TOPIC({nsqtopic}): created"),
        ("INFO", "nsqd", "TOPIC({nsqtopic}): new channel({nsqchan})"),
        ("INFO", "nsqd", "TOPIC({nsqtopic}): deleting channel {nsqchan}"),
        ("INFO", "nsqd", "CHANNEL({nsqchan}): {=closing|deleting}"),
        ("INFO", "nsqd", "LOOKUP connecting to {ip}:4160"),
        ("INFO", "nsqd", "LOOKUPD({ip}:4160): peer info {nsqpeer}"),
        ("INFO", "nsqd", "LOOKUPD({ip}:4160): {=REGISTER|UNREGISTER} {nsqtopic} {nsqchan}"),
        ("INFO", "nsqd", "LOOKUPD({ip}:4160): topic {=REGISTER|UNREGISTER} {nsqtopic}"),
        ("ERROR", "nsqd", "LOOKUPD({ip}:4160): failed to connect to lookupd - dial tcp {ip}:4160: connect: {neterrlow}"),
        ("ERROR", "nsqd", "DISKQUEUE({nsqtopic}): readOne() error - {nsqdqerr}"),
        ("ERROR", "nsqd", "DISKQUEUE({nsqtopic}): jump to next file and saving bad file as {path}.diskqueue.{int}.dat.bad"),
        ("INFO", "nsqd", "DISKQUEUE({nsqtopic}): closing ... messages in queue: {int}"),
        ("INFO", "nsqlookupd", "DB: client({ip}:{eport}) REGISTER category:{=topic|channel} key:{nsqtopic} subkey:{nsqchan_or_empty}"),
        ("INFO", "nsqlookupd", "DB: client({ip}:{eport}) UNREGISTER category:{=topic|channel} key:{nsqtopic} subkey:{nsqchan_or_empty}"),
        ("INFO", "nsqlookupd", "CLIENT({ip}:{eport}): pinged (last ping {go})"),
        ("INFO", "nsqd", "NSQ: persisting topic/channel metadata to {path}/nsqd.dat"),
        ("INFO", "nsqd", "nsqd v{=1.3.0|1.2.1} (built w/{=go1.21.5|go1.22.3})", 2),
        ("INFO", "nsqlookupd", "TCP: listening on [::]:4160", 1),
        ("INFO", "nsqd", "HTTP: listening on [::]:4151", 1),
    ],
}

# ---------------------------------------------------------------------------------------------------------------- Traffic Server
ATSCONF = ["records.yaml", "remap.config", "ip_allow.yaml", "sni.yaml", "ssl_multicert.config", "parent.config", "logging.yaml"]
SHAPES.update({
    "atsconf": lambda r, ts: "/opt/ts/etc/trafficserver/" + r.choice(ATSCONF),
    "atserrno": lambda r, ts: r.choice(["ECONNREFUSED [111]", "ETIMEDOUT [110]", "EHOSTUNREACH [113]", "ECONNRESET [104]",
                                        "UNKNOWN_INTERNAL_ERROR(2) [-20600]"]),
    "atsurl": lambda r, ts: r.choice(["http", "https"]) + "://" + host(r) + r.choice(["/", "/api/v1/items?id=" + str(r.randint(1, 9999)),
                                                                                       "/static/js/app." + hexs(r, 8) + ".js",
                                                                                       "/images/hero banner.jpg", "/health"]),
    "atsssl": lambda r, ts: r.choice(["error:1416F086:SSL routines:tls_process_server_certificate:certificate verify failed",
                                      "error:14094410:SSL routines:ssl3_read_bytes:sslv3 alert handshake failure",
                                      "error:0A000086:SSL routines::certificate verify failed",
                                      "SSL_ERROR_SYSCALL errno=104"]),
    "atsh2": lambda r, ts: r.choice(["recv headers compression error", "window update stream invalid id",
                                     "recv settings max frame size bad", "recv data stream freed with invalid id",
                                     "stream error: client requested PRIORITY on its own stream"]),
    "atslog": lambda r, ts: "/var/log/trafficserver/" + r.choice(["squid.log", "error.log", "diags.log", "access.blog"]),
    "atsrolled": lambda r, ts: (f"/var/log/trafficserver/{r.choice(['squid.log', 'error.log', 'access.blog'])}_{r.choice(['cdn-edge-03', 'ats01.lan'])}."
                                f"{when(ts, r, 1440):%Y%m%d.%Hh%Mm%Ss}-{ts:%Y%m%d.%Hh%Mm%Ss}.old"),
    "atsbuild": lambda r, ts: f"Nov {r.randint(10, 28)} 2026 at {r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}",
    "atsparent": lambda r, ts: r.choice(["mid-tier-01.cdn.example.net", "mid-tier-02.cdn.example.net", "10.20.0.11", "origin-shield.lan"]),
    "atsdisk": lambda r, ts: r.choice(["/dev/sdb", "/dev/sdc", "/dev/nvme1n1", "/dev/disk/by-id/ata-INTEL_SSDSC2KB960G8_PHYF12345"]),
})


def ats_header(r, ts, level, comp):
    thread = {"ET_NET": lambda: f"ET_NET {r.randint(0, 15)}", "ET_AIO": lambda: f"ET_AIO {r.randint(0, 7)}:{r.randint(0, 3)}"}.get(comp, lambda: comp)()
    return f"[{MONTHS[ts.month - 1]} {ts.day:2d} {ts:%H:%M:%S}.{ts.microsecond // 1000:03d}] [{thread}] {level}: "


TRAFFICSERVER = {
    "about": "Apache Traffic Server 9.2 diags.log: [Mmm dd hh:mm:ss.mmm] [thread] LEVEL: message; the thread is a name and "
             "an index (ET_NET 3, ET_AIO 2:1) or a name (TS_MAIN, LOG_FLUSH)",
    "log_format": "\\[<Time>\\] \\[<Thread>\\] <Level>: <Content>",
    "start": datetime.datetime(2026, 12, 6, 6, 0, 1, 0),
    "gap_ms": 2500,
    "header": ats_header,
    "statements": [
        ("NOTE", "TS_MAIN", "--- traffic_server Starting ---", 2),
        ("NOTE", "TS_MAIN", "traffic_server Version: Apache Traffic Server - traffic_server - {=9.2.3|9.2.5} - (build # {int} on {atsbuild})", 2),
        ("NOTE", "TS_MAIN", "{atsconf} finished loading", 9),
        ("NOTE", "TS_MAIN", "traffic server running", 2),
        ("NOTE", "ET_NET", "Traffic Server is fully initialized.", 2),
        ("ERROR", "ET_NET", "CONNECT: attempt fail [{=CONNECTION_ERROR|INACTIVE_TIMEOUT|ACTIVE_TIMEOUT}] to {ip}:{port} for host='{host}' connection_result={atserrno} error={atserrno} retry_attempts={small} url='{atsurl}'"),
        ("ERROR", "ET_NET", "CONNECT: could not connect to {ip} for '{atsurl}' (setting last failure time) connect_result={=111|110|113}"),
        ("NOTE", "ET_NET", "Parent {atsparent}:{port} marked down after {small} failures"),
        ("NOTE", "ET_NET", "Parent {atsparent}:{port} marked up"),
        ("ERROR", "ET_NET", "SSL connection failed for '{host}': {atsssl}"),
        ("ERROR", "ET_NET", "HTTP/2 connection error code={=0x01|0x02|0x07|0x09} client_ip={anyip} session_id={int} stream_id={int} {atsh2}"),
        ("WARNING", "ET_AIO", "cache disk operation failed {=READ|WRITE} {int} {int}"),
        ("WARNING", "ET_AIO", "Error accessing Disk {atsdisk} [{small}/{=5|10}]"),
        ("WARNING", "ET_AIO", "too many errors accessing disk {atsdisk} [{small}/{=5|10}]: declaring disk bad"),
        ("NOTE", "ET_TASK", "The logfile {atslog} was rolled to {atsrolled}."),
        ("ERROR", "ET_NET", "DNS Error: looking up {host}"),
        ("NOTE", "TS_MAIN", "cache enabled", 2),
        ("WARNING", "ET_NET", "Connection leak from http keep-alive system"),
        ("ERROR", "ET_NET", "[ReverseProxy] {=Unable to resolve|No remap rule for} host {host} in request from {anyip}"),
        ("WARNING", "LOG_FLUSH", "Attempting to write to closed log object {atslog}"),
        ("NOTE", "ET_NET", "{host}:{port} connection count {int} exceeds max {int}, queued"),
    ],
}

# ---------------------------------------------------------------------------------------------------------------- TeamCity
TCBT = ["Orders_Build", "Orders_DeployStaging", "Payments_UnitTests", "Mobile_Android_Release", "Infra_TerraformPlan", "Web_Frontend_Lint"]
TCAGENTS = ["linux-agent-01", "linux-agent-07", "win-build-02", "mac-mini-m2", "ip_10.0.7.23", "Default Agent"]
SHAPES.update({
    "tcbt": lambda r, ts: r.choice(TCBT),
    "tcagent": lambda r, ts: r.choice(TCAGENTS),
    "tcpool": lambda r, ts: r.choice(["Default", "Linux Large", "Windows", "macOS Signing"]),
    "tcbranch": lambda r, ts: r.choice(["<default>", "refs/heads/main", "feature/PAY-1234-retry", "pull/812", "release/2026.12"]),
    "tctrig": lambda r, ts: r.choice([f"##userId='{r.choice(NAMES)}' type='user'", "##type='vcs' triggerId='vcsTrigger'",
                                      f"##type='schedulingTrigger' triggerId='TRIGGER_{r.randint(1, 99)}'", "##type='snapshotDependency'"]),
    "tcunreg": lambda r, ts: r.choice(["Agent has unregistered (will upgrade)",
                                       "Agent has not been sending heartbeat requests for more than 2 minutes",
                                       "Server shutdown", "Agent was disabled by user admin"]),
    "tcroot": lambda r, ts: r.choice(["https://github.com/acme/orders.git#refs/heads/main", "Payments repo", "git@gitlab.acme.io:infra/terraform.git",
                                      "Mobile Android (ssh)"]),
    "tcrootid": lambda r, ts: r.choice(["Orders_HttpsGithubComAcmeOrdersGitRefsHeadsMain", "Payments_PaymentsRepo", "Infra_TerraformGit"]),
    "tcgiterr": lambda r, ts: r.choice(["Authentication failed for 'https://github.com/acme/orders.git/'",
                                        "Could not resolve host: gitlab.acme.io",
                                        f"Timeout while running 'git fetch' after {r.randint(60, 900)} seconds",
                                        "fatal: couldn't find remote ref refs/heads/release/2026.11"]),
    "tcauth": lambda r, ts: r.choice(["Built-in", "LDAP", "GitHub.com OAuth", "Token-based authentication", "HTTP Basic"]),
    "tcmailerr": lambda r, ts: r.choice(["Couldn't connect to host, port: smtp.acme.io, 25; timeout -1",
                                         "550 5.1.1 Recipient address rejected: User unknown",
                                         "Authentication unsuccessful"]),
    "tcsize": lambda r, ts: r.choice([f"{r.uniform(1, 999):.2f} MB", f"{r.randint(1, 999)} KB", f"{r.uniform(1, 9):.2f} GB", f"{r.randint(0, 999)} bytes"]),
    "tcver": lambda r, ts: r.choice(["2024.12.1", "2025.03"]),
    "tcdur": lambda r, ts: r.choice([f"{r.randint(1, 59)}s", f"{r.randint(1, 59)}m:{r.randint(0, 59)}s", f"{r.randint(1, 999)}ms"]),
})


def tc_header(r, ts, level, comp):
    return f"[{ts:%Y-%m-%d %H:%M:%S},{ts.microsecond // 1000:03d}] {level:>6} - {comp:>30} - "


BUILD = "Build {{id={big}, buildTypeId={tcbt}}} #{int}"
TEAMCITY = {
    "about": "JetBrains TeamCity 2024.12 teamcity-server.log (log4j2 [%d] %6p - %30c - %m): the level and the category padded "
             "on the left",
    "log_format": "\\[<Time>\\] <Level> - <Category> - <Content>",
    "start": datetime.datetime(2026, 12, 6, 7, 45, 12, 0),
    "gap_ms": 3000,
    "header": tc_header,
    "statements": [
        ("INFO", "jetbrains.buildServer.ACTIVITIES", "Build added to queue; Queued build {{Build promotion {{promotion id={big}, configuration={{id={tcbt}, internal id=bt{int}}}, branch: {tcbranch}, queued}}, triggered by: {tctrig}}}"),
        ("INFO", "jetbrains.buildServer.ACTIVITIES", "Build started; " + BUILD + ", agent \"{tcagent}\""),
        ("INFO", "jetbrains.buildServer.ACTIVITIES", "Build finished; " + BUILD + ", agent \"{tcagent}\", status {=SUCCESS|FAILURE|UNKNOWN}"),
        ("INFO", "jetbrains.buildServer.ACTIVITIES", "Build canceled; " + BUILD + ", agent \"{tcagent}\", canceled by {user}"),
        ("WARN", "jetbrains.buildServer.ACTIVITIES", BUILD + " is probably hanging: no activity for {int} minutes"),
        ("INFO", "jetbrains.buildServer.AGENT", "Agent \"{tcagent}\" {{id={int}, host=\"{ip}:9090\", agentTypeId={int}, pool=\"{tcpool}\"}} has been registered"),
        ("WARN", "jetbrains.buildServer.AGENT", "Agent \"{tcagent}\" {{id={int}, host=\"{ip}:9090\", agentTypeId={int}, pool=\"{tcpool}\"}} has been unregistered. Reason: {tcunreg}"),
        ("INFO", "jetbrains.buildServer.AGENT", "Agent \"{tcagent}\" {{id={int}, host=\"{ip}:9090\", agentTypeId={int}, pool=\"{tcpool}\"}} has been {=authorized|unauthorized|enabled|disabled} by {user}"),
        ("INFO", "jetbrains.buildServer.VCS", "Start collecting changes for VCS root \"{tcroot}\" {{instance id={int}, parent internal id={int}, parent id={tcrootid}}}"),
        ("INFO", "jetbrains.buildServer.VCS", "Finish collecting changes for VCS root \"{tcroot}\" {{instance id={int}, parent internal id={int}, parent id={tcrootid}}}, {int} changes found, took {tcdur}"),
        ("WARN", "jetbrains.buildServer.VCS", "Error while collecting changes for VCS root \"{tcroot}\": {tcgiterr}"),
        ("INFO", "jetbrains.buildServer.SERVER", "Starting TeamCity server", 1),
        ("INFO", "jetbrains.buildServer.SERVER", "TeamCity server version is {tcver} (build {int}), data format version {int}", 1),
        ("INFO", "jetbrains.buildServer.SERVER", "Cleanup started"),
        ("INFO", "jetbrains.buildServer.SERVER", "Cleanup finished in {tcdur}, {int} builds and {int} artifacts removed"),
        ("INFO", "jetbrains.buildServer.AUTH", "Successful login: user {user} (id={int}) authenticated via \"{tcauth}\" from {anyip}"),
        ("WARN", "jetbrains.buildServer.AUTH", "Failed login attempt for user \"{user}\" via \"{tcauth}\" from {anyip}"),
        ("ERROR", "jetbrains.buildServer.NOTIFICATIONS", "Failed to send email notification to {email}: {tcmailerr}"),
        ("INFO", "jetbrains.buildServer.serverSide.artifacts", "Published {int} artifacts ({tcsize}) for build #{int} of {tcbt}"),
        ("INFO", "jetbrains.buildServer.SERVER", "Server is shutting down; {=Shutdown requested by user admin|JVM shutdown hook}", 1),
        ("WARN", "jetbrains.buildServer.serverSide.db", "Slow query ({int} ms): {=SELECT|UPDATE|DELETE} on {=running|build_state|vcs_history|downloaded_artifacts}"),
    ],
}

# ---------------------------------------------------------------------------------------------------------------- NetApp ONTAP
ONTVOL = ["vol_orders_01", "vol0", "nfs_home", "cifs_share_eng", "vdi_datastore", "svm1_root", "sql_logs"]
ONTSVM = ["svm_nfs", "svm_cifs", "vs_dr", "svm1"]
ONTNODES = ["cluster1-01", "cluster1-02", "fas8300-a", "fas8300-b"]
SHAPES.update({
    "ontvol": lambda r, ts: r.choice(ONTVOL),
    "ontsvm": lambda r, ts: r.choice(ONTSVM),
    "ontnode": lambda r, ts: r.choice(ONTNODES),
    "ontsize": lambda r, ts: r.choice([f"{r.randint(1, 999)}MB", f"{r.randint(1, 99)}GB", f"{r.uniform(1, 9):.1f}TB", f"{r.randint(1, 999)}KB"]),
    "ontdur": lambda r, ts: f"{r.randint(0, 5)}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}.{r.randint(0, 99):02d}",
    "pctg": lambda r, ts: f"{r.randint(0, 100)}%",
    "ontdisk": lambda r, ts: f"{r.randint(0, 3)}.{r.randint(0, 5)}.{r.randint(0, 23)}",
    "ontaggr": lambda r, ts: r.choice(["aggr1_n1", "aggr0_cluster1_01", "aggr_ssd_02", "data_aggr"]),
    "ontserial": lambda r, ts: r.choice(["S", "Z", "PHYF"]) + "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(r.choice([8, 10, 12]))),
    "ontmodel": lambda r, ts: r.choice(["NETAPP   X438_S1633400AMD NA04", "NETAPP   X357_S163A3T8ATE NA51", "NETAPP   X423_HCOBE900A10 NA02"]),
    "ontuid": lambda r, ts: ":".join(hexs(r, 8, True) for _ in range(4)),
    "ontsmerr": lambda r, ts: r.choice(["Transfer failed.", "Failed to get information about the destination volume. (Volume is offline.)",
                                        "Transfer aborted: the source Snapshot copy is busy.", "Communication with the source failed."]),
    "ontsnap": lambda r, ts: r.choice([f"daily.{when(ts, r, 4000):%Y-%m-%d}_0010", f"hourly.{when(ts, r, 600):%Y-%m-%d_%H05}",
                                       f"snapmirror.{uuid(r)}_{r.randint(2147483648, 2147489999)}.{when(ts, r, 60):%Y-%m-%d_%H%M%S}",
                                       f"weekly.{when(ts, r, 9000):%Y-%m-%d}_0015", "before upgrade"]),
    "ontlif": lambda r, ts: r.choice(["svm_nfs_lif1", "cluster1-01_mgmt1", "lif_cifs_02", "iscsi_lif_a"]),
    "ontport": lambda r, ts: r.choice(["e0c", "e0d", "e0e", "e0f", "a0a", "a0a-120", "e4a"]),
    "ontldap": lambda r, ts: r.choice(["corp-ldap", "ad_client", "ldap-ro"]),
    "ontldaperr": lambda r, ts: r.choice(["Unable to connect to LDAP (Active Directory) service on dc01.corp.example.net (Error: Operation now in progress)",
                                          "Invalid credentials", "Can't contact LDAP server"]),
    "ontjob": lambda r, ts: r.choice(["Vol Reaper", "Volume Move", "SnapMirror Update", "Aggregate Relocate", "vol_autosize"]),
    "ontjobdesc": lambda r, ts: r.choice([f"Move \"{r.choice(ONTVOL)}\" in Vserver \"{r.choice(ONTSVM)}\" to aggregate \"aggr_ssd_02\"",
                                          "Vol Reaper Job", f"Update SnapMirror destination \"{r.choice(ONTSVM)}:{r.choice(ONTVOL)}\""]),
    "ontjoberr": lambda r, ts: r.choice(["Volume move operation failed because the destination aggregate is out of space",
                                         "Job manager: cancelled by user", "entry doesn't exist"]),
    "ontcfreason": lambda r, ts: r.choice(["interconnect error", "partner booting", "NVRAM log not synchronized", "disk inventory not exchanged"]),
    "ontevent": lambda r, ts: r.choice(["raid.mirror.bigio.restrict.failed", "wafl.vol.autoSize.done", "sshd.auth.loginDenied",
                                        "monitor.volume.nearlyFull", "Nblade.nfsV4PoolExhaust"]),
})


def ontap_header(r, ts, level, comp):
    node = r.choice(ONTNODES[:2]) if r.random() < 0.8 else r.choice(ONTNODES[2:])
    return f"{ts.month}/{ts.day}/{ts.year} {ts:%H:%M:%S}  {node:<16} {level:<13} "


VOLREF = "{ontvol}@vserver:{uuid}"
NETAPPONTAP = {
    "about": "NetApp ONTAP 9.14 EMS as `event log show` prints it: m/d/yyyy hh:mm:ss, the node padded to 16, the severity "
             "padded to 13, then `event.name: message`",
    "log_format": "<Date> <Time> <Node> <Severity> <Content>",
    "start": datetime.datetime(2026, 12, 6, 0, 0, 9, 0),
    "gap_ms": 20000,
    "header": ontap_header,
    "statements": [
        ("NOTICE", "", "wafl.vol.autoSize.done: Volume autosize: Automatic {=grow|shrink} of volume '" + VOLREF + "' by {ontsize} is complete."),
        ("ERROR", "", "monitor.volume.full: Volume " + VOLREF + " is full (using or reserving {pctg} of space and {pctg} of inodes)."),
        ("ALERT", "", "monitor.volume.nearlyFull: Volume " + VOLREF + " is nearly full (using or reserving {pctg} of space and {pctg} of inodes)."),
        ("NOTICE", "", "monitor.volume.ok: Volume " + VOLREF + " is OK (using {pctg} of space and {pctg} of inodes)."),
        ("ERROR", "", "disk.ioMediumError: Medium error on disk {ontdisk}: op {=0x28|0x2a|0x8f}:{hex8}:{=0008|0100|0200} sector {big} SCSI:medium error - {=Unrecovered read error|Write error - recommend reassignment} on path {=A|B} (Serial number {ontserial})."),
        ("NOTICE", "", "raid.rg.recons.start: /{ontaggr}/plex{=0|1}/rg{small}: starting reconstruction, using disk {ontdisk}"),
        ("NOTICE", "", "raid.rg.recons.done: /{ontaggr}/plex{=0|1}/rg{small}: reconstruction completed for {ontdisk} in {ontdur}"),
        ("ERROR", "", "raid.disk.missing: Disk {ontdisk} Shelf {small} Bay {int} [{ontmodel}] S/N [{ontserial}] UID [{ontuid}] is missing from the system"),
        ("NOTICE", "", "snapmirror.dst.resync.success: Resync operation for the SnapMirror relationship with destination \"{ontsvm}:{ontvol}\" succeeded."),
        ("ERROR", "", "smc.snapmir.update.fail: SnapMirror update from source volume \"{ontsvm}:{ontvol}\" to destination volume(s) \"{ontsvm}:{ontvol}\" failed with error \"{ontsmerr}\". Relationship UUID \"{uuid}\"."),
        ("NOTICE", "", "wafl.snap.autoDelete: Snapshot copy \"{ontsnap}\" on volume " + VOLREF + " was automatically deleted to free up space."),
        ("ERROR", "", "net.ifgrp.lacp.link.inactive: ifgrp {=a0a|a0b}, port {=e0c|e0d|e0e|e0f} has transitioned to an inactive state. The interface group is in a degraded state."),
        ("NOTICE", "", "vifmgr.lifmoved.linkdown: LIF {ontlif} (on virtual server {big}), IP address {ip}, is being moved to node {ontnode}, port {ontport} from port {ontport} (reason: {=link down|port down|node down})."),
        ("EMERGENCY", "", "callhome.hainterconnect.down: Call home for HA INTERCONNECT DOWN", 2),
        ("ERROR", "", "secd.ldap.noServers: None of the LDAP servers configured for Vserver ID {int} are currently accessible via the network. LDAP client configuration: {ontldap}. Error: {ontldaperr}."),
        ("NOTICE", "", "mgmtgwd.jobmgr.jobcomplete.success: Job \"{ontjob}\" [id {int}] ({ontjobdesc}) completed successfully"),
        ("ERROR", "", "mgmtgwd.jobmgr.jobcomplete.failure: Job \"{ontjob}\" [id {int}] ({ontjobdesc}) completed unsuccessfully ({ontjoberr})."),
        ("NOTICE", "", "cf.fsm.takeoverOfPartnerEnabled: Failover monitor: takeover of {ontnode} enabled", 2),
        ("NOTICE", "", "cf.fsm.takeoverOfPartnerDisabled: Failover monitor: takeover of {ontnode} disabled ({ontcfreason})."),
        ("INFORMATIONAL", "", "sshd.auth.loginDenied: Unsuccessful login attempt to the system with username '{user}' from IP address {anyip}."),
        ("NOTICE", "", "ems.engine.suppressed: Event '{ontevent}' suppressed {int} times in last {int} seconds."),
        ("DEBUG", "", "cifs.server.infoMsg: Vserver: {ontsvm}. CIFS server {=session|tree connect} from client {ip} {=established|closed} for user \"{=CORP|EXAMPLE}\\{user}\"."),
    ],
}

# ---------------------------------------------------------------------------------------------------------------- MikroTik
MTIF = ["ether1", "ether2-wan", "sfp-sfpplus1", "bridge", "vlan100-guest", "wg0", "pppoe-out1", "lte1"]
SHAPES.update({
    "mtif": lambda r, ts: r.choice(MTIF),
    "mtprefix": lambda r, ts: r.choice(["", "", "DROP-WAN ", "ssh-brute ", "FW_IN: "]),
    "mtflags": lambda r, ts: r.choice(["SYN", "ACK", "ACK,PSH", "RST", "ACK,FIN", "SYN,ACK"]),
    "mtobj": lambda r, ts: r.choice(["filter rule", "address list entry", "static dns entry", "route", "ipsec peer", "nat rule",
                                     "wireguard peer"]),
    "mtdhcp": lambda r, ts: r.choice(["dhcp1", "defconf", "dhcp-guest", "dhcp_vlan20"]),
    "mtospf": lambda r, ts: r.choice(["Init", "2-Way", "ExStart", "Exchange", "Loading", "Full", "Down"]),
    "mtsig": lambda r, ts: str(r.randint(-92, -38)),
    "mtwlan": lambda r, ts: r.choice(["wlan1", "wlan2", "wlan2-guest", "wifi1"]),
    "mtwreason": lambda r, ts: r.choice(["received deauth: sending station leaving (3)", "extensive data loss",
                                         "group key exchange timeout", "received disassoc: sending station leaving (8)",
                                         "ok"]),
    "mtppp": lambda r, ts: f"pppoe-{r.choice(NAMES + ['cust' + str(r.randint(100, 999))])}",
    "mtstate": lambda r, ts: r.choice(["new", "invalid", "established,related"]),
})

MTHOSTS = ["gw-core-01", "10.0.0.1", "hap-ac3-office", "CCR2004-edge"]


def mt_header(r, ts, level, comp):
    return f"{MONTHS[ts.month - 1]} {ts.day:2d} {ts:%H:%M:%S} {r.choice(MTHOSTS)} {comp} "


MIKROTIK = {
    "about": "MikroTik RouterOS 7 logging to a remote syslog server (rsyslog file): Mmm dd hh:mm:ss, the router's identity "
             "or address, the comma-separated topics, the message",
    "log_format": "<Month> <Day> <Time> <Host> <Topics> <Content>",
    "start": datetime.datetime(2026, 12, 6, 3, 3, 33, 0),
    "gap_ms": 1200,
    "header": mt_header,
    "statements": [
        ("", "firewall,info", "{mtprefix}input: in:{mtif} out:(unknown 0), connection-state:{mtstate} src-mac {mac}, proto TCP ({mtflags}), {ip}:{eport}->{ip}:{port}, len {int}"),
        ("", "firewall,info", "{mtprefix}forward: in:{mtif} out:{mtif}, connection-state:new,snat src-mac {mac}, proto UDP, {ip}:{eport}->{ip}:{port}, NAT ({ip}:{eport}->{ip}:{eport})->{ip}:{port}, len {int}"),
        ("", "firewall,info", "{mtprefix}input: in:{mtif} out:(unknown 0), src-mac {mac}, proto ICMP (type {=3|8|11}, code {=0|1|3}), {ip}->{ip}, len {int}"),
        ("", "system,info,account", "user {user} logged in from {ip} via {=ssh|winbox|web|api}"),
        ("", "system,info,account", "user {user} logged out from {ip} via {=ssh|winbox|web|api}"),
        ("", "system,error,critical", "login failure for user {user} from {ip} via {=ssh|winbox|web|api|ftp}"),
        ("", "system,info", "{mtobj} {=added|changed|removed} by {user}"),
        ("", "interface,info", "{mtif} link up (speed {=1G|100M|10G|2.5G}, full duplex)"),
        ("", "interface,info", "{mtif} link down"),
        ("", "dhcp,info", "{mtdhcp} assigned {ip} to {mac}"),
        ("", "dhcp,info", "{mtdhcp} deassigned {ip} from {mac}"),
        ("", "dhcp,warning", "{mtdhcp} offering lease {ip} for {mac} without success"),
        ("", "ipsec,error", "phase1 negotiation failed due to time up {ip}[{=500|4500}]<=>{ip}[{=500|4500}] {hex16}:{hex16}"),
        ("", "ipsec,info", "ISAKMP-SA established {ip}[{=500|4500}]-{ip}[{=500|4500}] spi:{hex16}:{hex16}"),
        ("", "pppoe,ppp,info", "<{mtppp}>: {=connected|disconnected|authenticated}"),
        ("", "route,ospf,info", "instance {{ version: {=2|3} router-id: {ip} }} neighbor {{ router-id: {ip} address: {ip}%{mtif} }} state change from {mtospf} to {mtospf}"),
        ("", "system,info", "router rebooted", 2),
        ("", "system,error,critical", "router was rebooted without proper shutdown", 1),
        ("", "wireless,info", "{mac}@{mtwlan}: connected, signal strength {mtsig}"),
        ("", "wireless,info", "{mac}@{mtwlan}: disconnected, {mtwreason}, signal strength {mtsig}"),
        ("", "netwatch,info", "event {=down|up} [ type: simple, host: {ip} ]"),
        ("", "dns,error", "error while processing query from {ip}:{eport}: {=timeout|server failure|no name servers}"),
    ],
}

# ---------------------------------------------------------------------------------------------------------------- SCCM
CCMAPPS = ["Google Chrome 131.0.6778.86 (x64)", "7-Zip 23.01", "Microsoft 365 Apps for enterprise - en-us", "Notepad++",
           "Adobe Acrobat Reader DC", "Cisco Secure Client 5.1", "Zoom Workplace"]


def ccmguid(r):
    return "{" + uuid(r, True) + "}"


SHAPES.update({
    "ccmapp": lambda r, ts: r.choice(CCMAPPS) + r.choice(["", " - Windows Installer (*.msi file)", " - Script Installer"]),
    "ccmscope": lambda r, ts: f"ScopeId_{uuid(r, True)}/DeploymentType_{uuid(r)}",
    "ccmexe": lambda r, ts: r.choice(["C:\\Windows\\system32\\msiexec.exe", "C:\\Windows\\System32\\WindowsPowerShell\\v1.0\\powershell.exe",
                                      "C:\\Windows\\ccmcache\\1f\\setup.exe", "C:\\Windows\\ccmcache\\a2\\Deploy-Application.exe"]),
    "ccmargs": lambda r, ts: r.choice(["/i \"7z2301-x64.msi\" /qn /norestart", "-ExecutionPolicy Bypass -File .\\install.ps1",
                                       "/configure configuration.xml", "", "-DeploymentType Install -DeployMode Silent",
                                       "/x {23170F69-40C1-2702-2301-000001000000} /q"]),
    "ccmexit": lambda r, ts: r.choice(["0", "0", "3010", "1603", "1618", "-2147467259", "87"]),
    "ccmsid": lambda r, ts: r.choice(["", "", f"S-1-5-21-{r.randint(10 ** 9, 4 * 10 ** 9)}-{r.randint(10 ** 9, 4 * 10 ** 9)}-{r.randint(10 ** 8, 4 * 10 ** 9)}-{r.randint(1000, 99999)}"]),
    "ccmcontent": lambda r, ts: r.choice([f"Content_{uuid(r)}", f"PS1{r.randint(0, 0xFFFFF):05X}", f"{uuid(r)}"]),
    "ccmhr": lambda r, ts: r.choice(["0x80070005", "0x87d00607", "0x80190194", "0x800704cf", "0x80072ee2", "0x87d01106"]),
    "ccmguid": lambda r, ts: ccmguid(r),
    "ccmurl": lambda r, ts: r.choice([f"http://{r.choice(['dp01', 'cmdp-branch3', 'sccm-mp'])}.corp.example.net:80/SMS_DP_SMSPKG$/{r.choice(['Content_', ''])}{uuid(r)}.{r.randint(1, 9)}",
                                      f"https://{r.choice(['dp01', 'cmg'])}.corp.example.net/NOCERT_SMS_DP_SMSPKG$/PS1{r.randint(0, 0xFFFFF):05X}",
                                      f"http://{ip(r)}:8005/SCCM_BranchCache$/Content_{uuid(r)}.1"]),
    "ccmbitserr": lambda r, ts: r.choice(["Access is denied.", "The server name or address could not be resolved",
                                          "HTTP status 404: The requested URL does not exist on the server.",
                                          "The operation timed out"]),
    "ccmsite": lambda r, ts: r.choice(["HQ-Site", "Branch-Berlin", "Default-First-Site-Name", "AZ-WestEurope"]),
    "ccmcaps": lambda r, ts: r.choice(["<Capabilities SchemaVersion=\"1.0\"><Property Name=\"SSLState\" Value=\"0\"/></Capabilities>",
                                       "<Capabilities SchemaVersion=\"1.0\"><Property Name=\"SSLState\" Value=\"63\"/><Property Name=\"BranchCache\" Value=\"1\"/></Capabilities>"]),
    "ccmwmidt": lambda r, ts: when(ts, r, 5).strftime("%Y%m%d%H%M%S") + f".{r.randint(0, 999999):06d}+000",
    "ccmupd": lambda r, ts: f"Site_{uuid(r, True)}/SUM_{uuid(r)}",
    "ccmupdname": lambda r, ts: r.choice(["2026-11 Cumulative Update for Windows 11 Version 23H2 for x64-based Systems (KB5046633)",
                                          "Security Intelligence Update for Microsoft Defender Antivirus - KB2267602 (Version 1.421.1288.0) - Current Channel (Broad)",
                                          "2026-11 .NET 8.0.11 Security Update for x64 Client (KB5047486)",
                                          "Microsoft Edge-Stable Channel Version 131 Update for x64 based Editions (Build 131.0.2903.63)"]),
    "ccmhwid": lambda r, ts: "2:" + hexs(r, 40, True),
    "ccmlist": lambda r, ts: ", ".join(f"http://{h}.corp.example.net/SMS_DP_SMSPKG$/" for h in r.sample(["dp01", "dp02", "cmdp-branch3", "sccm-mp"], r.randint(1, 4))),
})

CCMFILES = {"AppEnforce": "appexcnlib.cpp", "CAS": "", "DataTransferService": "", "LocationServices": "",
            "PolicyAgent_PolicyEvaluator": "policyagent.cpp", "UpdatesDeploymentAgent": "", "ContentTransferManager": "",
            "ClientIDManagerStartup": "clientidmanagerstartup.cpp", "CcmExec": "ccmexec.cpp"}


def ccm_header(r, ts, level, comp):
    return "<![LOG["


def ccm_trailer(r, ts, level, comp):
    f = CCMFILES.get(comp, "")
    fl = f"{f}:{r.randint(100, 4999)}" if f else ""
    return (f"]LOG]!><time=\"{ts:%H:%M:%S}.{ts.microsecond // 1000:03d}+000\" date=\"{ts:%m-%d-%Y}\" component=\"{comp}\" "
            f"context=\"\" type=\"{level}\" thread=\"{r.choice([3412, 3412, 7720, 9180, 12044])}\" file=\"{fl}\">")


SCCM = {
    "about": "Microsoft Configuration Manager (SCCM) client logs in the CMTrace layout, a few logs read together: "
             "<![LOG[message]LOG]!> then time, date, component, context, type, thread and file attributes",
    "log_format": "<!\\[LOG\\[<Content>\\]LOG\\]!><time=\"<Time>\" date=\"<Date>\" component=\"<Component>\" context=\"<Context>\" type=\"<Type>\" thread=\"<Thread>\" file=\"<File>\">",
    "start": datetime.datetime(2026, 12, 6, 10, 2, 15, 0),
    "gap_ms": 1100,
    "header": ccm_header,
    "trailer": ccm_trailer,
    "statements": [
        ("1", "AppEnforce", "+++ Starting Install enforcement for App DT \"{ccmapp}\" ApplicationDeliveryType - {ccmscope}, Revision - {int}, ContentPath - {winpath}, Execution Context - {=System|User}"),
        ("1", "AppEnforce", "    Prepared working directory: {winpath}"),
        ("1", "AppEnforce", "    Prepared command line: \"{ccmexe}\" {ccmargs}"),
        ("1", "AppEnforce", "    Post install behavior is {=BasedOnExitCode|NoAction|ForceReboot}"),
        ("1", "AppEnforce", "    Process {int} terminated with exitcode: {ccmexit}"),
        ("1", "AppEnforce", "    Looking for exit code {ccmexit} in exit codes table..."),
        ("1", "AppEnforce", "    Matched exit code {ccmexit} to a {=Success|FastRetry|SoftReboot|Failure} entry in exit codes table."),
        ("1", "AppEnforce", "++++++ App enforcement completed ({int} seconds) for App DT \"{ccmapp}\" [{ccmscope}], Revision: {int}, User SID: {ccmsid}] ++++++"),
        ("1", "CAS", "Download started for content {ccmcontent}.{int}"),
        ("1", "CAS", "Download completed for content {ccmcontent}.{int} under context System"),
        ("3", "CAS", "Download failed for content {ccmcontent}.{int} under context System, error {ccmhr}"),
        ("1", "DataTransferService", "DTSJob {ccmguid} created to download from '{ccmurl}' to '{winpath}'."),
        ("1", "DataTransferService", "DTSJob {ccmguid} successfully completed download."),
        ("2", "DataTransferService", "DTSJob {ccmguid} encountered error {ccmhr} ({ccmbitserr})."),
        ("1", "LocationServices", "Current AD site of machine is {ccmsite}"),
        ("1", "LocationServices", "Distribution Point='{ccmurl}', Locality='{=LOCAL|SUBNET|ADSITE|REMOTE}', DPType='{=SERVER|PEER|CLOUD}', Version='{int}', Capabilities='{ccmcaps}', Signature='', ForestTrust='{=TRUE|FALSE}'"),
        ("1", "LocationServices", "Calling back with locations for location request {ccmguid}"),
        ("1", "PolicyAgent_PolicyEvaluator", "Raising event: instance of CCM_PolicyAgent_AssignmentsRequested {{ ClientID = \"GUID:{UUID}\"; DateTime = \"{ccmwmidt}\"; ProcessID = {int}; ThreadID = {int}; }};"),
        ("1", "UpdatesDeploymentAgent", "Update ({ccmupd}) Name ({ccmupdname}) ArticleID ({int}) added to the targeted list of deployment ({ccmguid})"),
        ("1", "UpdatesDeploymentAgent", "EnumerateUpdates for action ({=UpdateActionInstall|UpdateActionRemind}) - Total actionable updates = {int}"),
        ("3", "UpdatesDeploymentAgent", "Job error ({ccmhr}) received for assignment ({ccmguid}) action"),
        ("1", "ClientIDManagerStartup", "Computed HardwareID={ccmhwid}", 2),
        ("3", "ContentTransferManager", "CTM job {ccmguid} (corresponding DTS job {ccmguid}) failed to download source {ccmurl} (error {ccmhr})"),
        ("2", "ContentTransferManager", "CTM job {ccmguid} entered {=retry|suspended} state; {int} locations tried: {ccmlist}"),
    ],
}

SYSTEMS = {"Neo4j": NEO4J, "InfluxDB": INFLUXDB, "NSQ": NSQ, "TrafficServer": TRAFFICSERVER, "TeamCity": TEAMCITY,
           "NetAppOntap": NETAPPONTAP, "MikroTik": MIKROTIK, "SCCM": SCCM}
