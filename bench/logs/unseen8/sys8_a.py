"""Systems of the eighth blind set, first half: CockroachDB, TiDB, ScyllaDB, Patroni, Kibana, Teleport, Linkerd proxy,
GitLab Runner. Each: log_format, header(r, ts, level, comp), statements (level, component, text[, count])."""
import datetime

from values8 import SHAPES, hexs, ip, uuid, user, WORDS, dur

SHAPES.update({
    "hlc": lambda r, ts: f"{int(ts.timestamp())}.{r.randint(0, 999999999):09d},{r.choice([0, 0, 1, 2])}",
    "crdb_date": lambda r, ts: ts.strftime("%Y/%m/%d %H:%M:%S"),
    "goversion": lambda r, ts: r.choice(["1.21.8", "1.22.5"]),
    "crdb_span": lambda r, ts: f"/Table/{r.randint(100, 140)}/{r.randint(1, 4)}/{r.randint(1, 99999)}",
    "crdb_rereplicas": lambda r, ts: "[" + ", ".join(f"{k}{'*' if k == 1 else ''}:{r.randint(10, 9999)}"
                                                     for k in range(1, r.randint(2, 6))) + "]",
    "crdb_reason": lambda r, ts: r.choice([
        "span config", "size", f"load at key /Table/{r.randint(100, 140)}/1/{r.randint(1, 9999)} "
        f"({r.uniform(100, 5000):.2f} splitQPS, {r.uniform(100, 5000):.2f} batches/sec, "
        f"{r.uniform(1, 500):.2f} raft mutations/sec)"]),
    "crdb_cmd": lambda r, ts: r.choice([
        f"RequestLease [/Table/{r.randint(100, 140)}/1/{r.randint(1, 9999)},/Min)",
        f"Put [/Table/{r.randint(100, 140)}/1/{r.randint(1, 9999)}/0,/Min), EndTxn(commit) [/Table/{r.randint(100, 140)}/1/"
        f"{r.randint(1, 9999)}/0], [txn: {hexs(r, 8)}]",
        f"ResolveIntent [/Table/{r.randint(100, 140)}/2/\"{r.choice(WORDS)}\"/0,/Min)", "Subsume [/Min,/Min)"]),
    "crdb_queue_err": lambda r, ts: r.choice([
        "operation \"replicate queue process replica\" timed out after 1m0s",
        f"unable to transfer lease to s{r.randint(1, 9)}: lease target replica not found in RangeDescriptor",
        "0 of 3 live stores are able to take a new replica for the range (2 already have a voter, 0 already have a "
        "non-voter); likely not enough nodes in cluster", "descriptor changed: [expected] != [actual]"]),
    "tidb_sql": lambda r, ts: r.choice([
        f"SELECT * FROM `{r.choice(WORDS)}` WHERE `id` = {r.randint(1, 99999)}",
        f"UPDATE {r.choice(WORDS)} SET status = 'done', updated_at = NOW() WHERE id IN ({r.randint(1, 999)}, "
        f"{r.randint(1, 999)})", f"INSERT INTO {r.choice(WORDS)} VALUES (...)",
        f"select count(*) from {r.choice(WORDS)} where created > '2026-12-0{r.randint(1, 6)}'"]),
    "tidb_quoted_err": lambda r, ts: r.choice([
        "\"[tikv:9005]Region is unavailable\"", "\"[tikv:9002]TiKV server timeout\"",
        "\"[kv:8022]Error: KV error safe to retry Write conflict, txnStartTS=" + str(r.randint(10 ** 17, 10 ** 18)) + "\"",
        "\"context canceled\"", "\"[executor:1062]Duplicate entry '" + str(r.randint(1, 999)) + "' for key 'PRIMARY'\"",
        "EOF"]),
    "tidb_user": lambda r, ts: r.choice(["root", "app", "etl_user", "bi_reader", "svc2", ""]),
    "tidb_db": lambda r, ts: r.choice(["orders", "test", "mysql", "app_prod", ""]),
    "tidb_region": lambda r, ts: f"{{RegionID: {r.randint(1000, 999999)}, VersionConf: {r.randint(1, 200)}, "
                                 f"ConfVersion: {r.randint(1, 20)}}}",
    "scylla_ks": lambda r, ts: r.choice(["system", "system_schema", "orders", "ks1", "events_v2", "audit"]),
    "scylla_cf": lambda r, ts: r.choice(["peers", "local", "users", "events_by_day", "t1", "sessions", "compaction_history"]),
    "sstables": lambda r, ts: "[" + ",".join(
        f"/var/lib/scylla/data/{r.choice(['orders', 'ks1'])}/t-{hexs(r, 32)}/me-{r.randint(1, 9999)}-big-Data.db:level=0"
        for _ in range(r.randint(1, 4))) + "]",
    "sizeb": lambda r, ts: f"{r.randint(1, 999)}{r.choice(['kB', 'MB', 'GB', 'B'])}",
    "pg_member": lambda r, ts: r.choice(["pg-node1", "pg-node2", "pg-node3", "postgresql0", "db-a-1"]),
    "lsn": lambda r, ts: f"{r.randint(0, 15):X}/{r.randint(0, 2 ** 32 - 1):X}",
    "kbn_task": lambda r, ts: r.choice(["alerting:.index-threshold", "actions:.email", "Fleet-Usage-Logger",
                                        "endpoint:user-artifact-packager", "apm-telemetry-task",
                                        "Alerts-alerts_invalidate_api_keys", "session_cleanup"]),
    "kbn_plugin": lambda r, ts: r.choice(["alerting", "fleet", "securitySolution", "apm", "taskManager", "reporting"]),
    "kbn_url": lambda r, ts: r.choice(["/api/status", "/internal/search/ese", "/api/saved_objects/_find",
                                       "/app/dashboards", "/api/fleet/agents"]),
    "tp_role": lambda r, ts: r.choice(["Node", "Proxy", "Auth", "App", "Db", "Kube"]),
    "tp_cluster": lambda r, ts: r.choice(["teleport.example.com", "tele-prod", "leaf-eu1"]),
    "tp_login": lambda r, ts: r.choice(["root", "ubuntu", "ec2-user", "deploy", "alice"]),
    "tp_sid": lambda r, ts: uuid(r),
    "lport": lambda r, ts: str(r.choice([8080, 9090, 50051, 4191, 3000, r.randint(32768, 60999)])),
    "svc": lambda r, ts: f"{r.choice(WORDS)}-{r.choice(['api', 'svc', 'web', 'grpc'])}",
    "ns": lambda r, ts: r.choice(["default", "prod", "payments", "linkerd-viz", "emojivoto"]),
    "h2err": lambda r, ts: r.choice(["connection closed before message completed", "operation timed out after 10s",
                                     "error trying to connect: Connection refused (os error 111)",
                                     "received HTTP/2 GOAWAY", "connection reset by peer (os error 104)"]),
    "rt_job": lambda r, ts: str(r.randint(100000, 9999999)),
    "rt_repo": lambda r, ts: f"https://gitlab.example.com/{r.choice(WORDS)}/{r.choice(WORDS)}-{r.choice(['api', 'web', 'infra'])}.git",
    "rt_runner": lambda r, ts: r.choice(["xYz12AbC", "zq8Kd3Lm", "Tt4Pz1nE", "a1B2c3D4"]),
    "rt_dur": lambda r, ts: dur(r, "go"),
    "tidb_key": lambda r, ts: "t\\\\200\\\\000\\\\000\\\\000\\\\000\\\\000\\\\000" + str(r.randint(1, 9)) + r.choice(["", "_r\\\\370", "_i\\\\200"]),
    "rt_exec": lambda r, ts: r.choice(["docker", "shell", "docker+machine", "kubernetes"]),
})


def glog_counter():
    state = {"n": 0}

    def nxt():
        state["n"] += 1
        return state["n"]
    return nxt


_crdb_next = glog_counter()


def crdb_header(r, ts, level, comp):
    file, tags = comp.split(";")
    node = r.randint(1, 5)
    t = {"n": f"T1,n{node}", "-": "-", "config": "config",
         "r": f"T1,n{node},s{node},r{r.randint(1, 900)}/{r.randint(1, 5)}:‹/Table/{r.randint(100, 140)}{{{r.randint(1, 4)}-"
              f"{r.randint(5, 9)}}}›",
         "job": f"T1,n{node},job=‹{r.choice(['AUTO SPAN CONFIG RECONCILIATION', 'SCHEMA CHANGE', 'CREATE STATS'])}› "
                f"id={r.randint(10 ** 17, 10 ** 18)}",
         "client": f"T1,n{node},client=‹{ip(r)}:{r.randint(32768, 60999)}›,hostssl,user=‹{user(r)}›"}[tags]
    return (f"{level}{ts:%y%m%d} {ts:%H:%M:%S}.{ts.microsecond:06d} {r.randint(50, 99999)} {file}:{r.randint(40, 2000)} ⋮ "
            f"[{t}] {_crdb_next()}  ")


COCKROACH = {
    "about": "CockroachDB 23.x crdb-v2 file log: level letter glued to yymmdd, goroutine, [chan@]file:line, a ⋮ redaction "
             "mark, [tags] and an entry counter, then the message (unsafe values inside ‹›)",
    "log_format": "<Stamp> <Time> <Goroutine> <Caller> ⋮ \\[<Tags>\\] <Counter> <Content>",
    "start": datetime.datetime(2026, 12, 6, 8, 0, 0, 123456),
    "gap_ms": 900,
    "header": crdb_header,
    "statements": [
        ("I", "server/status/runtime_log.go;n",
         "runtime stats: {size} RSS, {int} goroutines (stacks: {size}), {size}/{size} Go alloc/total (heap fragmentation: "
         "{size}, heap reserved: {size}, heap released: {size}), {size}/{size} CGO alloc/total ({float} CGO/sec), "
         "{float}/{float} %(u/s)time, {float} %gc ({times}), {size}/{size} (r/w)net"),
        ("I", "2@util/log/event_log.go;client",
         "={{\"Timestamp\":{huge},\"EventType\":\"client_authentication_ok\",\"InstanceID\":{small},\"Network\":\"tcp\","
         "\"RemoteAddress\":\"‹{ip}:{eport}›\",\"SessionID\":\"{hex16}\",\"Transport\":\"{=hostssl|hostnossl}\","
         "\"User\":\"‹{user}›\",\"SystemIdentity\":\"‹{user}›\",\"Method\":\"{=cert-password|password|cert}\"}}"),
        ("I", "2@util/log/event_log.go;client",
         "={{\"Timestamp\":{huge},\"EventType\":\"client_session_end\",\"InstanceID\":{small},\"Network\":\"tcp\","
         "\"RemoteAddress\":\"‹{ip}:{eport}›\",\"SessionID\":\"{hex16}\",\"Duration\":{big}}}"),
        ("I", "kv/kvserver/replica_command.go;r", "initiating a split of this range at key ‹{crdb_span}› [r{big}] ({crdb_reason})"),
        ("I", "kv/kvserver/store_snapshot.go;r",
         "streamed snapshot {hex8} at applied index {big} to (n{small},s{small}):{small} with {size} in {s} @ {float} MiB/s: "
         "kvs={big} rangeKVs={int}, rate-limit: {float} MiB/s, queued: {s}"),
        ("I", "kv/kvserver/replica_raftstorage.go;r",
         "applied {=INITIAL|VIA_SNAPSHOT_QUEUE|RAFT_SNAPSHOT_QUEUE} snapshot {hex8} from (n{small},s{small}):{small} at applied "
         "index {big} (total={ms} data={size} ingestion={small}@{ms})"),
        ("I", "jobs/registry.go;job", "job {huge}: stepping through state {=running|succeeded|paused|reverting|failed}"),
        ("W", "kv/kvserver/replica_write.go;r", "have been waiting {s} for proposing command {crdb_cmd}"),
        ("I", "kv/kvserver/replicate_queue.go;r", "adding voter n{small},s{small}: {crdb_rereplicas}"),
        ("I", "kv/kvserver/replicate_queue.go;r", "removing voter n{small},s{small}: {crdb_rereplicas}"),
        ("I", "kv/kvserver/replica_proposal.go;r",
         "new range lease repl=(n{small},s{small}):{small} seq={int} start={hlc} epo={int} pro={hlc} following "
         "repl=(n{small},s{small}):{small} seq={int} start={hlc} epo={int} pro={hlc}"),
        ("W", "kv/kvserver/store_raft.go;r",
         "raft ready handling: {s} [append={s}, apply={s}, non-blocking-sync={s}, other={s}]; node might be overloaded"),
        ("W", "rpc/clock_offset.go;n", "latency jump (prev avg {ms}, current {ms})"),
        ("W", "gossip/client.go;n",
         "failed to start gossip client to n{small} (‹{ip}:26257›): initial connection heartbeat failed: grpc: ‹{err}› "
         "[code {=14|4}/{=Unavailable|DeadlineExceeded}]"),
        ("I", "gossip/client.go;n", "started gossip client to n{small} (‹{ip}:26257›)"),
        ("I", "gossip/client.go;n",
         "closing client to n{small} (‹{ip}:26257›): stopping outgoing client to n{small} (‹{ip}:26257›); already have incoming"),
        ("E", "kv/kvserver/queue.go;r", "{=replicate|split|merge|mvccGC} queue failed to process replica: {crdb_queue_err}"),
        ("W", "kv/kvserver/replica_range_lease.go;r", "have been waiting {s} attempting to acquire lease ({small} attempts)"),
        ("I", "jobs/adopt.go;n", "job {huge}: resuming execution", 3),
        ("I", "server/node.go;-", "node connected via gossip", 2),
        ("I", "util/log/file_sync_buffer.go;config", "file created at: {crdb_date}", 1),
        ("I", "util/log/file_sync_buffer.go;config", "running on machine: ‹{host}›", 1),
        ("I", "util/log/file_sync_buffer.go;config",
         "binary: CockroachDB CCL v{version} (x86_64-pc-linux-gnu, built {crdb_date}, go{goversion})", 1),
        ("I", "util/log/file_sync_buffer.go;config",
         "line format: [IWEF]yymmdd hh:mm:ss.uuuuuu goid [chan@]file:line redactionmark \\[tags\\] [counter] msg", 1),
        ("E", "server/server.go;n", "the server is terminating due to a fatal error (see the DEV channel for details)", 1),
    ],
}


def tidb_header(r, ts, level, comp):
    return f"[{ts:%Y/%m/%d %H:%M:%S}.{ts.microsecond // 1000:03d} +00:00] [{level}] [{comp}:{r.randint(30, 3000)}] "


TIDB = {
    "about": "TiDB 7.x server log: [yyyy/mm/dd hh:mm:ss.mmm +00:00] [LEVEL] [file.go:line], then [\"message\"] and "
             "[key=value] fields after it (values quoted only when they need it)",
    "log_format": "\\[<Time>\\] \\[<Level>\\] \\[<Caller>\\] <Content>",
    "start": datetime.datetime(2026, 12, 6, 9, 15, 2, 0),
    "gap_ms": 1100,
    "header": tidb_header,
    "statements": [
        ("INFO", "session.go", "[\"CRUCIAL OPERATION\"] [conn={huge}] [schemaVersion={int}] [cur_db={tidb_db}] "
                               "[sql=\"{tidb_sql}\"] [user={tidb_user}@{ip}]"),
        ("WARN", "expensivequery.go", "[\"expensive_query\"] [cost_time={s}] [cop_time={s}] [process_time={s}] "
                                      "[wait_time={s}] [request_count={int}] [total_keys={big}] [process_keys={big}] "
                                      "[num_cop_tasks={int}] [mem_max=\"{sizeb} ({big} Bytes)\"] [txn_start_ts={huge}] "
                                      "[txn_id={huge}] [database={tidb_db}] [conn={huge}] [user={tidb_user}] "
                                      "[sql=\"{tidb_sql}\"]"),
        ("INFO", "region_cache.go", "[\"switch region peer to next due to send request fail\"] [current=\"region ID: {big}, "
                                    "meta: id:{big} start_key:\\\"{tidb_key}\\\" end_key:\\\"{tidb_key}\\\" \"] "
                                    "[needReload={=true|false}] [reqStoreType={=TiKvOnly|TiFlashOnly}] [error={tidb_quoted_err}]"),
        ("WARN", "backoff.go", "[\"regionMiss backoffer.maxSleep {ms} is exceeded, errors:\\nregion_id:{big}, "
                               "region_ver:{int}, store_type:tikv, peer_addr:{ip}:20160, error:epoch_not_match:<> at "
                               "{ymdhms}\"]"),
        ("INFO", "domain.go", "[\"full load InfoSchema success\"] [currentSchemaVersion={int}] [neededSchemaVersion={int}] "
                              "[\"start time\"={ms}]"),
        ("INFO", "domain.go", "[\"diff load InfoSchema success\"] [currentSchemaVersion={int}] [neededSchemaVersion={int}] "
                              "[\"start time\"={ms}] [phyTblIDs=\"{tidb_ids}\"] [actionTypes=\"{tidb_ids}\"]"),
        ("INFO", "ddl_worker.go", "[\"run DDL job\"] [worker=\"worker {small}, tp general\"] [category=ddl] [jobID={int}] "
                                  "[conn={huge}] [job=\"ID:{int}, Type:{=add index|create table|drop table|modify column}, "
                                  "State:{=queueing|running|done}, SchemaState:none, SchemaID:{int}, TableID:{int}, "
                                  "RowCount:{int}, ArgLen:{small}, start time: {tidb_ddl_time}, Err:<nil>, "
                                  "ErrCount:0, SnapshotVersion:0\"]"),
        ("INFO", "gc_worker.go", "[\"[gc worker] starts the whole job\"] [uuid={hex16}] [safePoint={huge}] [concurrency={small}]"),
        ("INFO", "gc_worker.go", "[\"[gc worker] finish resolve locks\"] [uuid={hex16}] [safePoint={huge}] [regions={big}]"),
        ("INFO", "gc_worker.go", "[\"[gc worker] there's already a gc job running, skipped\"] [\"leaderTick on\"={hex16}]"),
        ("WARN", "txn.go", "[\"commit failed\"] [conn={huge}] [\"finished txn\"=\"Txn{{state=invalid}}\"] "
                           "[error=\"[kv:9007]Write conflict, txnStartTS={huge}, conflictStartTS={huge}, "
                           "conflictCommitTS={huge}, key={{tableID={int}, handle={big}}} primary={{tableID={int}, "
                           "handle={big}}}, reason=optimistic [try again later]\"]"),
        ("INFO", "conn.go", "[\"new connection\"] [conn={huge}] [remoteAddr={ip}:{eport}]"),
        ("INFO", "conn.go", "[\"connection closed\"] [conn={huge}]"),
        ("WARN", "conn.go", "[\"read packet failed, close this connection\"] [conn={huge}] [error=\"[server:8052]invalid "
                            "sequence {int} != {int}\"]"),
        ("INFO", "server.go", "[\"kill\"] [connID={huge}] [query={=true|false}]"),
        ("WARN", "pd.go", "[\"get timestamp too slow\"] [\"cost time\"={ms}]"),
        ("INFO", "region_request.go", "[\"send request meet region error\"] [region={tidb_region}] [error=\"not_leader:"
                                      "<region_id:{big} leader:<id:{big} store_id:{small} > >\"]"),
        ("ERROR", "terror.go", "[\"encountered error\"] [error=\"write tcp {ip}:4000->{ip}:{eport}: write: broken pipe\"]"),
        ("INFO", "printer.go", "[\"Welcome to TiDB.\"] [\"Release Version\"=v{version}] [Edition=Community] "
                               "[\"Git Commit Hash\"={hex40}] [\"Git Branch\"=heads/refs/tags/v{version}] "
                               "[\"UTC Build Time\"=\"{ymdhms}\"] [GoVersion=go{goversion}] [\"Race Enabled\"=false]", 1),
        ("INFO", "main.go", "[\"disable Prometheus push client\"]", 1),
        ("INFO", "server.go", "[\"server is running MySQL protocol\"] [addr=0.0.0.0:4000]", 1),
        ("INFO", "http_status.go", "[\"for status and metrics report\"] [\"listening on addr\"=0.0.0.0:10080]", 2),
    ],
}


def scylla_header(r, ts, level, comp):
    shard = r.randint(0, 15)
    return f"{level:<5} {ts:%Y-%m-%d %H:%M:%S},{ts.microsecond // 1000:03d} [shard {shard:2d}] {comp} - "


SCYLLA = {
    "about": "ScyllaDB 5.x with --log-to-stdout: level padded to 5, yyyy-mm-dd hh:mm:ss,mmm, [shard N] with N padded, "
             "logger, ' - ', message",
    "log_format": "<Level> <Date> <Time> \\[shard <Shard>\\] <Component> - <Content>",
    "start": datetime.datetime(2026, 12, 6, 3, 2, 11, 0),
    "gap_ms": 700,
    "header": scylla_header,
    "statements": [
        ("INFO", "compaction", "[Compact {scylla_ks}.{scylla_cf} {uuid}] Compacting {sstables}"),
        ("INFO", "compaction", "[Compact {scylla_ks}.{scylla_cf} {uuid}] Compacted {small} sstables to {sstables}. "
                               "{sizeb} to {sizeb} (~{pctv} of original) in {ms} = {rate}. ~{big} total partitions "
                               "merged to {big}."),
        ("INFO", "large_data", "Writing large partition {scylla_ks}/{scylla_cf}: {key} ({bytes} bytes) to "
                               "{sst_name}"),
        ("WARN", "large_data", "Writing large row {scylla_ks}/{scylla_cf}: {key} ({bytes} bytes) to {sst_name}"),
        ("INFO", "gossip", "InetAddress {ip} is now {=UP|DOWN}, status = {=NORMAL|shutdown|LEAVING|BOOT}"),
        ("INFO", "gossip", "Node {ip} has restarted, now UP, status = NORMAL"),
        ("INFO", "repair", "repair[{uuid}]: Started to repair {small} out of {small} tables in keyspace={scylla_ks}, "
                           "table={scylla_cf}, table_id={uuid}, repair_reason={=repair|bootstrap|replace}"),
        ("INFO", "repair", "repair[{uuid}]: stats: repair_reason={=repair|bootstrap}, keyspace={scylla_ks}, tables="
                           "{scylla_tables}, ranges_nr={int}, round_nr={int}, round_nr_fast_path_already_synced="
                           "{int}, rpc_call_nr={big}, tx_hashes_nr={big}, rx_hashes_nr={big}, duration={secs} seconds"),
        ("WARN", "storage_proxy", "Exception when communicating with {ip}, to read from {scylla_ks}.{scylla_cf}: "
                                  "{=seastar::rpc::timeout_error (rpc call timed out)|seastar::rpc::closed_error "
                                  "(connection is closed)|exceptions::read_timeout_exception (Operation timed out for "
                                  "ks.t - received only 1 responses from 2 CL=QUORUM.)}"),
        ("INFO", "commitlog", "Segment {cl_seg} is no longer active and will be submitted for "
                              "delete now"),
        ("WARN", "reader_concurrency_semaphore", "(rate limiting dropped {int} similar messages) Semaphore _read_concurrency_sem "
                                                  "with {small}/{=100} count and {bytes}/{bytes} memory resources: timed out, "
                                                  "dumping permit diagnostics:"),
        ("INFO", "cql_server_controller", "Starting listening for CQL clients on {ip}:9042 ({=unencrypted|encrypted}, "
                                          "non-shard-aware)", 2),
        ("INFO", "init", "Scylla version {version}-{small}.{big}.{hex12} initialization completed.", 1),
        ("INFO", "database", "Dropping {scylla_ks}.{scylla_cf} {=with auto-snapshot|without auto-snapshot}"),
        ("WARN", "hints_manager", "Got {=unknown|timeout} error while sending hints to {ip}: {err}"),
        ("INFO", "raft_group0", "Server {uuid} entered '{=follower|candidate|leader}' mode"),
        ("INFO", "stream_session", "[Stream #{uuid}] Streaming plan for {plan_desc} "
                                   "succeeded, peers={{{ip}}}, tx={bytes} KiB, {float} KiB/s, rx={bytes} KiB, {float} KiB/s"),
        ("ERROR", "storage_service", "Shutting down communications due to I/O errors until operator intervention: Disk "
                                     "error: std::system_error (error system:{=28|5}, {=No space left on device|"
                                     "Input/output error})", 2),
        ("INFO", "query_processor", "Column definitions for {scylla_ks}.{scylla_cf} changed, invalidating related prepared "
                                    "statements"),
        ("INFO", "migration_manager", "Create new ColumnFamily: org.apache.cassandra.config.CFMetaData@{0x}"
                                      "[cfId={uuid},ksName={scylla_ks},cfName={scylla_cf},cfType=Standard]"),
        ("INFO", "seastar", "Reactor stalled for {int} ms on shard {small}. Backtrace: {backtrace}"),
    ],
}


def patroni_header(r, ts, level, comp):
    return f"{ts:%Y-%m-%d %H:%M:%S},{ts.microsecond // 1000:03d} {level}: "


PATRONI = {
    "about": "Patroni 3.x default log: yyyy-mm-dd hh:mm:ss,mmm LEVEL: message (Python logging)",
    "log_format": "<Date> <Time> <Level>: <Content>",
    "start": datetime.datetime(2026, 12, 6, 0, 0, 4, 0),
    "gap_ms": 5000,
    "header": patroni_header,
    "statements": [
        ("INFO", "", "no action. I am ({pg_member}), the leader with the lock"),
        ("INFO", "", "no action. I am ({pg_member}), a secondary, and following a leader ({pg_member})"),
        ("INFO", "", "Lock owner: {pg_member}; I am {pg_member}"),
        ("INFO", "", "establishing a new patroni heartbeat connection to postgres"),
        ("INFO", "", "establishing a new patroni restapi connection to postgres"),
        ("WARNING", "", "Request failed to {pg_member}: GET http://{ip}:8008/patroni ({=HTTPConnectionPool(host='10.0.0.3', "
                        "port=8008): Read timed out. (read timeout=2)|MaxRetryError(\"HTTPConnectionPool(host='10.0.0.3', "
                        "port=8008): Max retries exceeded with url: /patroni\")})"),
        ("INFO", "", "Got response from {pg_member} http://{ip}:8008/patroni: {{\"state\": \"{=running|streaming}\", "
                     "\"postmaster_start_time\": \"{pg_ts}\", \"role\": \"{=replica|primary}\", "
                     "\"server_version\": {big}, \"xlog\": {{\"received_location\": {big}, \"replayed_location\": {big}, "
                     "\"paused\": false}}, \"timeline\": {small}, \"dcs_last_seen\": {big}, \"database_system_identifier\": "
                     "\"{huge}\", \"patroni\": {{\"version\": \"{version}\", \"scope\": \"{=pg-cluster|main}\"}}}}"),
        ("INFO", "", "promoted self to leader by acquiring session lock", 3),
        ("INFO", "", "cleared rewind state after becoming the leader", 3),
        ("INFO", "", "Demoting self ({=immediate-nolock|graceful|offline})"),
        ("INFO", "", "Leader key released", 2),
        ("WARNING", "", "Loop time exceeded, rescheduling immediately."),
        ("ERROR", "", "Failed to update /service/{=pg-cluster|main}/leader in DCS: {=Connection refused|Not a leader|"
                      "timed out}"),
        ("ERROR", "", "Error communicating with DCS"),
        ("INFO", "", "following a different leader because I am not the healthiest node"),
        ("INFO", "", "Local timeline={small} lsn={lsn}"),
        ("INFO", "", "primary_timeline={small}"),
        ("INFO", "", "running pg_rewind from {pg_member}"),
        ("INFO", "", "pg_rewind exit code={small}"),
        ("INFO", "", "Reloading PostgreSQL configuration."),
        ("INFO", "", "Changed {=max_connections|shared_buffers|work_mem|wal_keep_size} from {int} to {int} (restart might be "
                     "required)"),
        ("WARNING", "", "Postgresql is not running."),
        ("INFO", "", "starting as a secondary", 2),
        ("INFO", "", "Selected new etcd server http://{ip}:2379", 2),
        ("INFO", "", "Software Watchdog activated with {small} second timeout, timing slack {small} seconds", 1),
    ],
}


def kibana_header(r, ts, level, comp):
    return f"[{ts:%Y-%m-%dT%H:%M:%S}.{ts.microsecond // 1000:03d}+00:00][{level:<5}][{comp}] "


KIBANA = {
    "about": "Kibana 8.x pattern layout [%date][%level][%logger] %message, level padded to 5 inside its brackets",
    "log_format": "\\[<Time>\\]\\[<Level>\\]\\[<Logger>\\] <Content>",
    "start": datetime.datetime(2026, 12, 6, 6, 30, 0, 0),
    "gap_ms": 2200,
    "header": kibana_header,
    "statements": [
        ("ERROR", "plugins.taskManager", "Task {kbn_task} \"{uuid}\" failed: Error: {err}"),
        ("WARN", "plugins.taskManager", "Task Manager has skipped Claiming Ownership of available tasks at it has ran out "
                                        "Available Workers."),
        ("INFO", "plugins.fleet", "Running Fleet Usage telemetry send task"),
        ("WARN", "plugins.alerting", "Alerting rule {=.index-threshold|.es-query|metrics.alert.threshold}:{uuid}: "
                                     "'{title}' has {int} active alerts: [{{\"instanceId\":\"{word}\",\"actionGroup\":"
                                     "\"threshold met\"}}]"),
        ("INFO", "http.server.response", "{=GET|POST|PUT|DELETE} {kbn_url} {=200|302|401|404|500} {ms} - {sizeb}"),
        ("WARN", "plugins.security.session", "Failed to retrieve session value: {err}"),
        ("INFO", "plugins.security.routes", "Logging in with provider \"{=basic|saml1|oidc}\" ({=basic|saml|oidc})"),
        ("ERROR", "plugins.security.authentication", "Login attempt with \"{=basic|saml1}\" provider failed: "
                                                     "Error: Unauthorized"),
        ("ERROR", "elasticsearch-service", "Unable to retrieve version information from Elasticsearch nodes. "
                                           "connect ECONNREFUSED {ip}:9200"),
        ("INFO", "elasticsearch-service", "Successfully connected to Elasticsearch after waiting for {int} milliseconds", 2),
        ("INFO", "status", "Kibana is now {=available|degraded|unavailable} (was {=available|degraded|unavailable})"),
        ("INFO", "status", "{int} plugins changed status from '{=available|degraded}' to '{=degraded|unavailable}': "
                           "{kbn_plugins}"),
        ("INFO", "savedobjects-service", "[.kibana_task_manager] {=INIT|WAIT_FOR_YELLOW_SOURCE|UPDATE_SOURCE_MAPPINGS|DONE} "
                                         "-> {=WAIT_FOR_YELLOW_SOURCE|UPDATE_SOURCE_MAPPINGS|DONE|CHECK_VERSION_INDEX_READY_ACTIONS}. took: {ms}."),
        ("INFO", "plugins.reporting.runTask", "Starting reporting job {b62_20} ({=printable_pdf_v2|csv_searchsource|"
                                               "PNGV2})"),
        ("ERROR", "plugins.reporting.runTask", "Error: Max attempts reached ({small}). Queue timeout reached."),
        ("WARN", "plugins.screenshotting.screenshot", "Screenshot page timed out after {int} seconds of {=waiting for "
                                                       "elements|loading the page|waiting for render complete}"),
        ("INFO", "plugins-system.standard", "Stopping all plugins.", 1),
        ("INFO", "root", "Kibana process configured with roles: {=[background_tasks, ui]}", 1),
        ("INFO", "plugins-service", "Plugin \"{=cloudChat|cloudExperiments|profiling}\" is disabled.", 3),
        ("INFO", "http.server.Kibana", "http server running at http://{=0.0.0.0}:5601", 1),
        ("WARN", "config.deprecation", "The default mechanism for Reporting privileges will work differently in future "
                                       "versions, which will affect the behavior of this cluster.", 1),
    ],
}


def teleport_header(r, ts, level, comp):
    return f"{ts:%Y-%m-%dT%H:%M:%S}Z {level} {'[' + comp + ']':<11} "


TELEPORT = {
    "about": "Teleport 14 text log: RFC 3339 stamp, a four-letter level, [COMPONENT] padded, the message, then its "
             "fields key:value and the caller file:line after it",
    "log_format": "<Time> <Level> \\[<Component>\\] <Content>",
    "start": datetime.datetime(2026, 12, 6, 11, 0, 0, 0),
    "gap_ms": 1800,
    "header": teleport_header,
    "statements": [
        ("INFO", "AUDIT", "session.start addr.remote:{ip}:{eport} cluster_name:{tp_cluster} code:T2000I ei:0 "
                          "event:session.start login:{tp_login} namespace:{=default} server_id:{uuid} sid:{tp_sid} "
                          "size:{int}:{int} uid:{uuid} user:{email} events/emitter.go:{int}"),
        ("INFO", "AUDIT", "session.end cluster_name:{tp_cluster} code:T2004I ei:{int} enhanced_recording:false "
                          "event:session.end interactive:true login:{tp_login} participants:{tp_list} "
                          "session_start:{iso} session_stop:{iso} sid:{tp_sid} uid:{uuid} user:{email} "
                          "events/emitter.go:{int}"),
        ("INFO", "AUDIT", "user.login cluster_name:{tp_cluster} code:T1000I ei:0 event:user.login method:{=local|oidc|"
                          "github|saml} success:true uid:{uuid} user:{email} events/emitter.go:{int}"),
        ("WARN", "AUDIT", "user.login cluster_name:{tp_cluster} code:T1000W ei:0 error:{=invalid credentials|access denied "
                          "to perform action|missing second factor} event:user.login method:local success:false "
                          "uid:{uuid} user:{user} events/emitter.go:{int}"),
        ("INFO", "AUTH", "Generating TLS certificate ca_type:{=user|host|db} cert_type:{=user|host} dns_names:{tp_dns} "
                         "expires:{iso} user:{email} auth/auth.go:{int}"),
        ("WARN", "PROXY:SER", "Failed to connect to remote cluster {tp_cluster}: {err} reversetunnel/agent.go:{int}"),
        ("INFO", "NODE", "Creating (interactive) session {tp_sid}. id:{int} local:{ip}:3022 login:{tp_login} "
                         "remote:{ip}:{eport} teleportUser:{email} srv/sess.go:{int}"),
        ("INFO", "NODE", "Closing session {tp_sid}. id:{int} local:{ip}:3022 login:{tp_login} remote:{ip}:{eport} "
                         "teleportUser:{email} srv/sess.go:{int}"),
        ("WARN", "NODE", "Failed to {=read|write} from session: {err}. srv/sess.go:{int}"),
        ("INFO", "KEYGEN", "Stopped. native/native.go:{int}"),
        ("DEBU", "RBAC", "Access to {=node|db|app|kube_cluster} {host} denied, no allow rule in {=role|roles} "
                         "{tp_roles}. services/role.go:{int}"),
        ("INFO", "CA", "Generating {=TLS|SSH} certificate for {email} with principals {tp_princ} and ttl {go}. "
                       "auth/auth.go:{int}"),
        ("WARN", "UPLOAD", "Failed to upload session recording {tp_sid}: {err}. events/filesessions/fileasync.go:{int}"),
        ("INFO", "UPLOAD", "Session upload completed. duration:{go} session-id:{tp_sid} events/filesessions/fileasync.go:{int}"),
        ("INFO", "PROC:1", "Service {=auth|proxy|node} is creating new listener on 0.0.0.0:{=3025|3023|3022}. "
                           "service/signals.go:{int}", 3),
        ("INFO", "PROC:1", "Teleport component \"{=auth|proxy|ssh}\" started. pid:{int}.{=1} service/service.go:{int}", 3),
        ("WARN", "PROC:1", "Sync rotation state cycle failed. Retrying in ~{go} error:{tp_err} service/connect.go:{int}"),
        ("INFO", "DB:SERVIC", "Connected to {=postgres|mysql|mongodb} database {=orders-db|analytics|users-ro} as "
                              "{tp_login}. db/server.go:{int}"),
        ("INFO", "KUBE", "Kubernetes request {=GET|POST|DELETE|PATCH} {path} from {email} status:{=200|403|404} "
                         "proxy/forwarder.go:{int}"),
    ],
}


def linkerd_header(r, ts, level, comp):
    up = (ts - datetime.datetime(2026, 12, 6, 7, 0, 0)).total_seconds()
    return f"[{up:>14.6f}s] {level:>5} ThreadId({r.randint(1, 3):02d}) "


LINKERD = {
    "about": "Linkerd2 proxy (Rust tracing, plain format): [uptime right-aligned s] level right-aligned, ThreadId(NN), "
             "then span context (name{fields}:...), the target, the message and fields",
    "log_format": "\\[<Uptime>\\] <Level> <Thread> <Content>",
    "start": datetime.datetime(2026, 12, 6, 7, 0, 0, 800000),
    "gap_ms": 600,
    "header": linkerd_header,
    "statements": [
        ("INFO", "", "inbound:server{{port={=8080|9090|4191}}}:rescue{{client.addr={ip}:{lport}}}: linkerd_app_core::errors::respond: "
                     "HTTP/1.1 request failed error=error trying to connect: {h2err} error.sources={l5d_sources}"),
        ("WARN", "", "outbound:proxy{{addr={ip}:{lport}}}:service{{ns={ns} name={svc} port={=8080|80|9090}}}:endpoint"
                     "{{addr={ip}:{lport}}}: linkerd_reconnect: Failed to connect error=endpoint {ip}:{lport}: {h2err} "
                     "error.sources={l5d_sources}"),
        ("INFO", "", "outbound:proxy{{addr={ip}:{lport}}}:service{{ns={ns} name={svc} port={=8080|80|9090}}}: "
                     "linkerd_proxy_api_resolve::resolve: No endpoints"),
        ("INFO", "", "outbound:proxy{{addr={ip}:{lport}}}: linkerd_app_core::serve: Connection closed error=connection "
                     "closed before message completed client.addr={ip}:{lport}"),
        ("INFO", "", "inbound:server{{port={=8080|9090}}}: linkerd_app_core::serve: Connection closed error={h2err} "
                     "client.addr={ip}:{lport} server.addr={ip}:{lport}"),
        ("INFO", "", "outbound:proxy{{addr={ip}:{lport}}}:service{{ns={ns} name={svc} port={=8080|80}}}: "
                     "linkerd_app_outbound::http::logical::policy::router: Request failed error=logical service "
                     "{svcfqdn}:{=8080|80}: route default.http: backend Service.{ns}.{svc}:{=8080|80}: "
                     "{svcfqdn}:{=8080|80}: service in fail-fast"),
        ("WARN", "", "linkerd_app_core::control::client: Service failed error=endpoint {ip}:{lport}: channel closed "
                     "error.sources=[channel closed]"),
        ("INFO", "", "inbound: linkerd_app_inbound::policy::http: Request denied server.group={=} server.kind={=default} "
                     "server.name={=all-unauthenticated|cluster-authenticated|deny} route.group={=} route.kind={=default} "
                     "route.name={=default} client.tls=None(NoClientHello) client.ip={ip}"),
        ("DEBUG", "", "outbound:proxy{{addr={ip}:{lport}}}:http: linkerd_proxy_http::client: method={=GET|POST|PUT} "
                      "uri={l5d_uri} version=HTTP/{=1.1|2.0}"),
        ("WARN", "", "watch{{port={=4191|8080|9090}}}: linkerd_app_inbound::policy::api: Unexpected policy controller "
                     "response; retrying with a backoff grpc.status={l5d_grpc} "
                     "grpc.message=\"{l5d_grpcmsg}\""),
        ("INFO", "", "{=outbound|inbound}:accept{{client.addr={ip}:{lport}}}: linkerd_tls::server: Peeked {int} bytes, "
                     "no TLS"),
        ("INFO", "", "linkerd_app::env: `LINKERD2_PROXY_INBOUND_IPS` allowlist not configured, allowing all target "
                     "addresses", 1),
        ("INFO", "", "linkerd2_proxy: release v{version} ({hex7}) by linkerd on {ymdhms}", 1),
        ("INFO", "", "linkerd2_proxy: Admin interface on 0.0.0.0:4191", 1),
        ("INFO", "", "linkerd2_proxy: Inbound interface on 0.0.0.0:4143", 1),
        ("INFO", "", "linkerd2_proxy: Outbound interface on 127.0.0.1:4140", 1),
        ("INFO", "", "linkerd2_proxy: Local identity is {l5d_id}", 1),
        ("INFO", "", "identity:identity{{server.addr={=linkerd-identity-headless.linkerd.svc.cluster.local}:8080}}:"
                     "controller{{addr={=linkerd-identity-headless.linkerd.svc.cluster.local}:8080}}: linkerd_app_core::"
                     "control: Certified identity id={l5d_id}"),
        ("WARN", "", "linkerd_app_core::serve: Server failed to accept connection error=Transport endpoint is not "
                     "connected (os error {int})"),
        ("INFO", "", "linkerd_proxy::signal: received SIGTERM, starting shutdown", 1),
    ],
}


def runner_header(r, ts, level, comp):
    return f"{ts:%Y-%m-%dT%H:%M:%S}.{ts.microsecond:06d}+00:00 {comp} gitlab-runner[{r.choice([1187, 1187, 2290])}]: "


RUNNER = {
    "about": "GitLab Runner 16 via rsyslog RFC 3339: stamp, host, gitlab-runner[pid]:, the message padded to a fixed "
             "width, then its key=value fields (logrus text)",
    "log_format": "<Time> <Host> <Component>\\[<Pid>\\]: <Content>",
    "start": datetime.datetime(2026, 12, 6, 12, 0, 0, 0),
    "gap_ms": 1200,
    "header": runner_header,
    "statements": [
        ("", "ci-runner-1|ci-runner-2|build01", "Checking for jobs... received                       job={rt_job} "
                                                "repo_url={rt_repo} runner={rt_runner}"),
        ("", "ci-runner-1|ci-runner-2|build01", "Job succeeded                                       duration_s={secs} "
                                                "job={rt_job} project={int} runner={rt_runner}"),
        ("", "ci-runner-1|ci-runner-2|build01", "Job failed: exit code {small}                      duration_s={secs} "
                                                "job={rt_job} project={int} runner={rt_runner}"),
        ("", "ci-runner-1|ci-runner-2|build01", "Appending trace to coordinator...ok                 code=202 job={rt_job} "
                                                "job-log=0-{big} job-status=running runner={rt_runner} sent-log={big}-{big} "
                                                "status={=202 Accepted} update-interval={go}"),
        ("", "ci-runner-1|ci-runner-2|build01", "Updating job...                                     bytesize={big} "
                                                "checksum=crc32:{hex8} job={rt_job} runner={rt_runner}"),
        ("", "ci-runner-1|ci-runner-2|build01", "Submitting job to coordinator...ok                  bytesize={big} "
                                                "checksum=crc32:{hex8} code=200 job={rt_job} job-status={=success|failed|"
                                                "canceled} runner={rt_runner} update-interval={go}"),
        ("", "ci-runner-1|ci-runner-2|build01", "Added job to processing list                        builds={small} "
                                                "job={rt_job} max_concurrent_builds={small} project={int} repo_url={rt_repo} "
                                                "time_in_queue_seconds={small}"),
        ("", "ci-runner-1|ci-runner-2|build01", "Removed job from processing list                    builds={small} "
                                                "job={rt_job} max_concurrent_builds={small} project={int} repo_url={rt_repo} "
                                                "time_in_queue_seconds={small}"),
        ("", "ci-runner-1|ci-runner-2|build01", "WARNING: Job failed: execution took longer than {go} seconds  "
                                                "duration_s={secs} job={rt_job} project={int} runner={rt_runner}"),
        ("", "ci-runner-1|ci-runner-2|build01", "WARNING: Checking for jobs... failed                runner={rt_runner} "
                                                "status=POST https://{=gitlab.example.com}/api/v4/jobs/request: {=502 Bad "
                                                "Gateway|500 Internal Server Error|403 Forbidden|couldn't execute POST "
                                                "against https://gitlab.example.com/api/v4/jobs/request: dial tcp "
                                                "10.0.0.9:443: i/o timeout}"),
        ("", "ci-runner-1|ci-runner-2|build01", "ERROR: Job failed (system failure): prepare environment: {=Error response "
                                                "from daemon: no such image|exit status 1|waiting for pod running: timed "
                                                "out waiting for pod to start}. Check https://docs.gitlab.com/runner/shells/"
                                                "index.html#shell-profile-loading for more information  duration_s={secs} "
                                                "job={rt_job} project={int} runner={rt_runner}"),
        ("", "ci-runner-1|ci-runner-2|build01", "Using {rt_exec} executor with image {=alpine:3.19|node:20|golang:1.22|"
                                                "registry.example.com/ci/build:latest} ...  job={rt_job} project={int} "
                                                "runner={rt_runner}"),
        ("", "ci-runner-1|ci-runner-2|build01", "Configuration loaded                                builds={small} "
                                                "max_builds={small}", 3),
        ("", "ci-runner-1|ci-runner-2|build01", "Starting multi-runner from {=/etc/gitlab-runner/config.toml}...  builds=0 "
                                                "max_builds={small}", 2),
        ("", "ci-runner-1|ci-runner-2|build01", "Running in system-mode.", 2),
        ("", "ci-runner-1|ci-runner-2|build01", "Feeding runners to channel                          builds={small} "
                                                "max_builds={small}", 3),
        ("", "ci-runner-1|ci-runner-2|build01", "Dialing: tcp {=gitlab.example.com}:{=443} ..."),
        ("", "ci-runner-1|ci-runner-2|build01", "Pulling docker image {=alpine:3.19|node:20|golang:1.22} ...  job={rt_job} "
                                                "project={int} runner={rt_runner}"),
        ("", "ci-runner-1|ci-runner-2|build01", "Uploading artifacts as \"{=archive|junit|dotenv}\" to coordinator... "
                                                "{=201 Created|ok}  id={rt_job} responseStatus={=201 Created|413 Request "
                                                "Entity Too Large} token={b62_8}"),
        ("", "ci-runner-1|ci-runner-2|build01", "Long polling issues detected.                       "
                                                "runner={rt_runner}"),
    ],
}

SYSTEMS = {"CockroachDB": COCKROACH, "TiDB": TIDB, "ScyllaDB": SCYLLA, "Patroni": PATRONI, "Kibana": KIBANA,
           "Teleport": TELEPORT, "LinkerdProxy": LINKERD, "GitlabRunner": RUNNER}
