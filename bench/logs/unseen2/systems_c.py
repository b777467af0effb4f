"""Cassandra and Slurm's slurmctld. {name} is a value (see vals.py)."""
from vals import alnum, flt, hexs, ip, mib, num, pick, time_of_day, uuid, weighted, word, zipnum

# ---------------------------------------------------------------- Cassandra (system.log)
_tables = ["orders.line_items", "orders.by_customer", "system.local", "system_schema.tables", "metrics.samples_1m", "auth.sessions"]


def _cass_header(r, t, lv, s):
    th = s.get("th", "CompactionExecutor:%d")
    if "%d" in th:
        th = th % r.randint(1, 16)
    return "%-5s [%s] %s,%03d %s - " % (lv, th, t.strftime("%Y-%m-%d %H:%M:%S"), t.microsecond // 1000, s.get("src", "CompactionTask.java:253"))


CASSANDRA = {
    "name": "Cassandra",
    "format": r"<Level> \[<Thread>\] <Date> <Time> <Source> - <Content>",
    "header": _cass_header,
    "gens": {
        "tuid": lambda r: "%s-%s-11ef-%s-%s" % (hexs(8)(r), hexs(4)(r), hexs(4)(r), hexs(12)(r)), "k": num(2, 32), "mib": mib, "pct": num(20, 99),
        "ms": lambda r: "{:,}ms".format(r.randint(5, 90000)), "tput": lambda r: "%.3fMiB/s" % r.uniform(0.5, 200), "rows": lambda r: "~{:,}/s".format(r.randint(100, 900000)),
        "parts": num(10, 90000), "merge": lambda r: "{1:%d, 2:%d, }" % (r.randint(1, 9000), r.randint(0, 900)), "tbl": lambda r: r.choice(_tables).split(".")[1],
        "ks": pick("orders", "metrics", "system", "auth"), "sst": lambda r: "/var/lib/cassandra/data/%s/%s-%s/nb-%d-big" % (r.choice(["orders", "metrics"]), word(r), hexs(32)(r), r.randint(1, 9000)),
        "ops": num(1, 900000), "hp": num(0, 9), "seg": num(1764300000000, 1764900000000), "pos": num(0, 33554432),
        "ip": ip("10.6"), "gcms": num(200, 9000), "b": num(1_000_000, 9_000_000_000), "pool": pick("MutationStage", "ReadStage", "CompactionExecutor", "MemtableFlushWriter", "Native-Transport-Requests", "GossipStage", "HintsDispatcher"),
        "a": zipnum(64), "p": zipnum(200), "c": num(0, 900_000_000), "live": num(0, 5000), "tomb": num(1001, 900000), "key": lambda r: r.choice(["%d" % r.randint(1, 99999), alnum(12)(r)]),
        "lim": pick(5000, 100), "tok": num(-9223372036854775807, 9223372036854775807), "ch": lambda r: "0x%s" % hexs(8)(r), "cport": num(30000, 65000),
        "hint": lambda r: "%s-%d-2.hints" % (uuid(r), r.randint(1764300000000, 1764900000000)), "hid": uuid, "ns": num(5_000_000_001, 40_000_000_000),
        "col": pick("customer_id", "order_id", "sensor"), "lvl": weighted(("0", 5), ("1", 2), ("2", 1)), "big": lambda r: "%.3fMiB" % r.uniform(100, 900),
    },
    "stmts": [
        {"t": "Compacted ({tuid}) {k} sstables to [{sst},] to level={lvl}. {mib} to {mib2} (~{pct}% of original) in {ms}. Read Throughput = {tput}, Write Throughput = {tput2}, Row Throughput = {rows}. {parts} total partitions merged to {parts2}. Partition merge counts were {merge}", "hot": 3},
        {"t": "Enqueuing flush of {tbl}: {mib} ({hp}%) on-heap, {mib2} ({hp2}%) off-heap", "th": "NativePoolCleaner", "src": "ColumnFamilyStore.java:1052", "hot": 2},
        {"t": "Writing Memtable-{tbl}@{seg}({mib} serialized bytes, {ops} ops, {hp}%/{hp2}% of on/off-heap limit), flushed range = (null, null]", "th": "PerDiskMemtableFlushWriter_0:%d", "src": "Memtable.java:474", "hot": 2},
        {"t": "Completed flushing {sst}-Data.db ({mib}) for commitlog position CommitLogPosition(segmentId={seg}, position={pos})", "th": "PerDiskMemtableFlushWriter_0:%d", "src": "Memtable.java:503", "hot": 2},
        {"t": "G1 Young Generation GC in {gcms}ms. G1 Eden Space: {b} -> {b2}; G1 Old Gen: {b3} -> {b4}; G1 Survivor Space: {b5} -> {b6};", "th": "Service Thread", "src": "GCInspector.java:294", "hot": 1},
        {"t": "G1 Old Generation GC in {gcms}ms. G1 Old Gen: {b3} -> {b4};", "lv": "WARN", "th": "Service Thread", "src": "GCInspector.java:299"},
        {"t": "Pool Name                    Active   Pending      Completed   Blocked  All Time Blocked", "th": "ScheduledTasks:1", "src": "StatusLogger.java:51", "n": 6},
        {"t": "{pool}  {a}  {p}  {c}  {a2}  {p2}", "th": "ScheduledTasks:1", "src": "StatusLogger.java:85", "n": 40},
        {"t": "InetAddress /{ip} is now DOWN", "th": "GossipStage:1", "src": "Gossiper.java:1238"},
        {"t": "InetAddress /{ip} is now UP", "th": "GossipStage:1", "src": "Gossiper.java:1203"},
        {"t": "Node /{ip} state jump to NORMAL", "th": "GossipStage:1", "src": "StorageService.java:2583", "n": 3},
        {"t": "Read {live} live rows and {tomb} tombstone cells for query SELECT * FROM {ks}.{tbl} WHERE {col} = {key} LIMIT {lim}; token {tok} (see tombstone_warn_threshold)", "lv": "WARN", "th": "ReadStage-%d", "src": "ReadCommand.java:600"},
        {"t": "Unexpected exception during request; channel = [id: {ch}, L:/10.6.0.4:9042 - R:/{ip}:{cport}]", "th": "epollEventLoopGroup-2-%d", "src": "PreV5Handlers.java:261"},
        {"t": "Maximum memory usage reached ({big}), cannot allocate chunk of {mib}", "th": "ReadStage-%d", "src": "NoSpamLogger.java:92"},
        {"t": "Writing large partition {ks}/{tbl}:{key} ({big}) to sstable {sst}-Data.db", "lv": "WARN", "src": "BigTableWriter.java:274"},
        {"t": "Finished hinted handoff of file {hint} to endpoint /{ip}: {hid}", "th": "HintsDispatcher:%d", "src": "HintsDispatchExecutor.java:286"},
        {"t": "Not marking nodes down due to local pause of {ns}ns > 5000000000ns", "lv": "WARN", "th": "GossipTasks:1", "src": "FailureDetector.java:319"},
        {"t": "Redistributing index summaries", "th": "IndexSummaryManager:1", "src": "IndexSummaryRedistribution.java:78"},
        {"t": "Initializing {ks}.{tbl}", "th": "main", "src": "ColumnFamilyStore.java:385", "n": 8},
        {"t": "Starting listening for CQL clients on /10.6.0.4:9042 (unencrypted)...", "th": "main", "src": "PipelineConfigurator.java:125", "n": 1},
        {"t": "Unable to lock JVM memory (ENOMEM). This can result in part of the JVM being swapped out, especially with mmapped I/O enabled. Increase RLIMIT_MEMLOCK.", "lv": "WARN", "th": "main", "src": "NativeLibrary.java:201", "n": 1},
        {"t": "Heap size: {big}/{big2}", "th": "main", "src": "CassandraDaemon.java:507", "n": 1},
    ],
}

# ---------------------------------------------------------------- Slurm controller (slurmctld.log)
def _nodes(r):
    a = r.randint(1, 120)
    return r.choice(["cn%03d" % a, "cn[%03d-%03d]" % (a, a + r.randint(1, 7)), "gpu%02d" % r.randint(1, 16), "cn[%03d,%03d]" % (a, a + 9)])


SLURM = {
    "name": "Slurm",
    "format": r"\[<Time>\] <Content>",
    "header": lambda r, t, lv, s: "[%s.%03d] " % (t.strftime("%Y-%m-%dT%H:%M:%S"), t.microsecond // 1000),
    "gens": {
        "job": num(4_100_000, 4_190_000), "prio": num(1000, 90000), "usec": num(100, 900000), "nodes": _nodes, "cpus": pick(1, 4, 16, 32, 64, 128),
        "part": weighted(("batch", 10), ("gpu", 3), ("debug", 1)), "rc": weighted(("0", 10), ("1", 3), ("137", 1)), "sig": pick(9, 15), "uid": pick(1043, 1211, 20480, 0),
        "ip": ip("10.30"), "port": num(30000, 60000), "st": weighted(("DRAIN", 3), ("RESUME", 2), ("IDLE", 1), ("DOWN", 1)), "secs": zipnum(600),
        "mail": pick("jdoe@uni.edu", "ml-team@uni.edu"), "name": pick("train_resnet", "vasp_relax", "snakemake", "interactive"),
        "rt": lambda r: "%02d:%02d:%02d" % (r.randint(0, 47), r.randint(0, 59), r.randint(0, 59)), "how": weighted(("COMPLETED", 6), ("FAILED", 2), ("TIMEOUT", 1), ("CANCELLED", 1)),
        "ec": pick(0, 1, 2, 137), "began": time_of_day, "n": num(100, 5000), "j": num(100, 90000), "hexf": pick("0x8004", "0x8000"),
    },
    "stmts": [
        {"t": "_slurm_rpc_submit_batch_job: JobId={job} InitPrio={prio} usec={usec}", "hot": 3},
        {"t": "sched: Allocate JobId={job} NodeList={nodes} #CPUs={cpus} Partition={part}", "hot": 3},
        {"t": "_job_complete: JobId={job} WEXITSTATUS {rc}", "hot": 3},
        {"t": "_job_complete: JobId={job} done", "hot": 3},
        {"t": "_job_complete: JobId={job} WTERMSIG {sig}"},
        {"t": "backfill: Started JobId={job} in {part} on {nodes}", "hot": 1},
        {"t": "backfill: beginning"},
        {"t": "backfill: reached end of job queue"},
        {"t": "_slurm_rpc_kill_job: REQUEST_KILL_JOB JobId={job} uid {uid}"},
        {"t": "job_signal: {sig} of running JobId={job} successful {hexf}"},
        {"t": "Time limit exhausted for JobId={job}"},
        {"t": "error: Nodes {nodes} not responding", "hot": 1},
        {"t": "Node {nodes} now responding"},
        {"t": "update_node: node {nodes} state set to {st}"},
        {"t": "update_node: node {nodes} reason set to: {name}"},
        {"t": "_slurm_rpc_complete_batch_script: JobId={job} error Job/step already completing or completed"},
        {"t": "error: slurm_receive_msg [{ip}:{port}]: Zero Bytes were transmitted or received"},
        {"t": "error: Munge decode failed: Expired credential"},
        {"t": "error: Munge decode failed: Invalid credential"},
        {"t": "Resending TERMINATE_JOB request JobId={job} Nodelist={nodes}"},
        {"t": "_pick_best_nodes: JobId={job} never runnable in partition {part}"},
        {"t": "cleanup_completing: JobId={job} completion process took {secs} seconds"},
        {"t": "email msg to {mail}: Slurm Job_id={job} Name={name} Ended, Run time {rt}, {how}, ExitCode {ec}"},
        {"t": "email msg to {mail}: Slurm Job_id={job} Name={name} Began, Queued time {rt}"},
        {"t": "Warning: Note very large processing time from _slurm_rpc_dump_jobs: usec={usec} began={began}"},
        {"t": "slurmctld version 23.11.4 started on cluster hpc1", "n": 1},
        {"t": "Recovered state of {n} nodes", "n": 1},
        {"t": "Recovered information about {j} jobs", "n": 1},
        {"t": "Running as primary controller", "n": 1},
        {"t": "SchedulerParameters=default_queue_depth=100,max_rpc_cnt=0,max_sched_time=2,partition_job_depth=0,sched_max_job_start=0,sched_min_interval=2", "n": 1},
    ],
}

SYSTEMS_C = [CASSANDRA, SLURM]
