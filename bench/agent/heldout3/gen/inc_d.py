"""hz-013 .. hz-016"""
import json
import random
from common import dt, ts, jl, table, write_incident, timedelta, HEALTHY


# --------------------------------------------------------------------------------------------
# hz-013: deadlocks between seat-hold transactions that lock seats in click order
# --------------------------------------------------------------------------------------------
def hz013():
    rng = random.Random(3013)
    start = dt("2025-11-28T10:00:00")
    end = dt("2025-11-28T10:25:00")
    app = []
    pg = []
    t = start
    pid_pool = list(range(41200, 41420))
    tx = 9120440
    rows = "ABCDEFGHJK"
    while t < end:
        t += timedelta(milliseconds=rng.randint(40, 260))
        n = rng.randint(2, 6)
        row = rng.choice(rows)
        first = rng.randint(1, 30)
        seats = ["%s-%d" % (row, first + i) for i in range(n)]
        rng.shuffle(seats)
        order = "ORD-%07d" % rng.randint(1, 9999999)
        stamp = t.strftime("%Y-%m-%d %H:%M:%S,") + "%03d" % (t.microsecond // 1000)
        if rng.random() < 0.08:
            p1, p2 = rng.sample(pid_pool, 2)
            tx += rng.randint(3, 40)
            a, b = seats[0], seats[1]
            app.append("%s ERROR seat_allocator.reserve order=%s event=5512 seats=%s: psycopg.errors.DeadlockDetected: deadlock detected" % (stamp, order, ",".join(seats)))
            app.append("DETAIL:  Process %d waits for ShareLock on transaction %d; blocked by process %d." % (p1, tx + 1, p2))
            app.append("Process %d waits for ShareLock on transaction %d; blocked by process %d." % (p2, tx, p1))
            app.append("HINT:  See server log for query details.")
            app.append("CONTEXT:  while updating tuple (%d,%d) in relation \"seat_holds\"" % (rng.randint(100, 900), rng.randint(1, 40)))
            app.append("%s INFO  seat_allocator.api POST /v1/holds 409 order=%s msg=\"could not reserve seats, please retry\"" % (stamp, order))
            pst = t.strftime("%Y-%m-%d %H:%M:%S.") + "%03d UTC" % (t.microsecond // 1000)
            pg.append("%s [%d] seat_app@boxoffice ERROR:  deadlock detected" % (pst, p1))
            pg.append("%s [%d] seat_app@boxoffice DETAIL:  Process %d waits for ShareLock on transaction %d; blocked by process %d." % (pst, p1, p1, tx + 1, p2))
            pg.append("\tProcess %d waits for ShareLock on transaction %d; blocked by process %d." % (p2, tx, p1))
            pg.append("\tProcess %d: UPDATE seat_holds SET state = 'held', hold_id = $1, held_until = now() + interval '10 minutes' WHERE event_id = 5512 AND seat_id = '%s'" % (p1, b))
            pg.append("\tProcess %d: UPDATE seat_holds SET state = 'held', hold_id = $1, held_until = now() + interval '10 minutes' WHERE event_id = 5512 AND seat_id = '%s'" % (p2, a))
            pg.append("%s [%d] seat_app@boxoffice HINT:  See server log for query details." % (pst, p1))
            pg.append("%s [%d] seat_app@boxoffice CONTEXT:  while updating tuple (%d,%d) in relation \"seat_holds\"" % (pst, p1, rng.randint(100, 900), rng.randint(1, 40)))
            pg.append("%s [%d] seat_app@boxoffice STATEMENT:  UPDATE seat_holds SET state = 'held', hold_id = $1, held_until = now() + interval '10 minutes' WHERE event_id = 5512 AND seat_id = '%s'" % (pst, p1, b))
        else:
            app.append("%s INFO  seat_allocator.api POST /v1/holds 201 order=%s seats=%s took=%dms" % (stamp, order, ",".join(seats), rng.randint(15, 1100)))
        if rng.random() < 0.004:
            pst = t.strftime("%Y-%m-%d %H:%M:%S.") + "%03d UTC" % (t.microsecond // 1000)
            pg.append("%s [%d] LOG:  checkpoints are occurring too frequently (%d seconds apart)" % (pst, 28, rng.randint(21, 29)))
            pg.append("%s [%d] HINT:  Consider increasing the configuration parameter \"max_wal_size\"." % (pst, 28))
        if rng.random() < 0.003:
            pst = t.strftime("%Y-%m-%d %H:%M:%S.") + "%03d UTC" % (t.microsecond // 1000)
            pg.append("%s [%d] LOG:  automatic vacuum of table \"boxoffice.public.seat_holds\": index scans: 1 pages: 0 removed, 912 remain; tuples: %d removed, 48000 remain" % (pst, rng.randint(50000, 59000), rng.randint(2000, 9000)))
    code = '''# seat_allocator/reserve.py @ v4.2.0 (excerpt attached by the ticketing team)
def reserve(conn, event_id, seat_ids, hold_id):
    """Hold the seats the customer clicked, all or nothing."""
    with conn.transaction():
        for seat_id in seat_ids:               # in the order the customer selected them
            cur = conn.execute(
                "UPDATE seat_holds SET state = 'held', hold_id = %s, held_until = now() + interval '10 minutes' "
                "WHERE event_id = %s AND seat_id = %s AND state = 'free'",
                (hold_id, event_id, seat_id))
            if cur.rowcount == 0:
                raise SeatTaken(seat_id)
'''
    pi = """Performance Insights - boxoffice-db (Aurora PostgreSQL 15.6), 2025-11-28 10:00-10:25 UTC

Top wait events (average active sessions):
WAIT EVENT                 TYPE     AAS
Lock:transactionid         Lock     6.8
CPU                        CPU      1.9
IO:XactSync                IO       0.6
LWLock:WALWrite            LWLock   0.2

Top SQL:
AAS    CALLS/S   WAITS                                           STATEMENT
7.4    2310      Lock:transactionid=6.5, CPU=0.7, IO:XactSync=0.2   UPDATE seat_holds SET state = $1, hold_id = $2, held_until = now() + interval $3 WHERE event_id = $4 AND seat_id = $5 AND state = $6
0.9    4100      CPU=0.8, IO:DataFileRead=0.1                       SELECT seat_id, state FROM seat_holds WHERE event_id = $1 AND section = $2
0.3    95        CPU=0.2                                            INSERT INTO orders (id, event_id, customer_id, total_cents) VALUES ($1, $2, $3, $4)

Counters: deadlocks 10:00-10:25 = %d, max_connections = 1000, connections in use = 212
""" % sum(1 for l in pg if l.endswith("ERROR:  deadlock detected"))
    question = "During today's on-sale, seat-allocator answers 'could not reserve seats, please retry' to about 8% of hold requests. What is the root cause?"
    write_incident("hz-013", question, {
        "logs-seat-allocator.log": "\n".join(app),
        "postgresql-boxoffice-db.log": "\n".join(pg),
        "performance-insights-boxoffice-db.txt": pi,
        "reserve-excerpt.py.txt": code,
    }, {
        "root_cause": "Concurrent hold transactions update the same seat_holds rows in different orders (seats are locked one by one in the order the customer clicked), so overlapping reservations deadlock; PostgreSQL aborts one of them (deadlock detected) and the API returns 'please retry'.",
        "required_keywords": [["deadlock*"],
                              ["seat_hold*", "lock*", "order*", "transaction*", "update*", "seat*", "row*"]],
        "forbidden_keywords": ["checkpoint*", "max_wal_size", "autovacuum", "vacuum", "max_connections", "connection pool"],
        "component": "seat-allocator reserve() transaction on seat_holds (lock ordering)",
        "category": "code_defect",
    })


# --------------------------------------------------------------------------------------------
# hz-014: two independent failures in one batch run: S3 AccessDenied on a new prefix and a
#         partner file with decimal commas that fails parsing
# --------------------------------------------------------------------------------------------
def hz014():
    rng = random.Random(3014)
    t = dt("2025-12-04T01:00:00")
    out = []
    partners = ["acme-logistics", "bluewave", "cobalt-retail", "delta-foods", "evergreen", "fjord-freight", "granite-pay",
                "harbor-co", "ion-mobility", "juniper", "kestrel", "lumen-energy", "northwind", "orbit-travel", "pinecrest",
                "quarry-tools", "riverstone", "sable-media", "tidewater", "umbra-games"]
    run = "run-20251204-0100"
    def log(level, msg, **kw):
        d = {"ts": ts(t, "isoms"), "level": level, "job": "settlement-export", "run_id": run, "msg": msg}
        d.update(kw)
        out.append(jl(d))
    log("INFO", "starting settlement export", version="7.3.0", source="s3://acme-partner-drop/inbound/2025-12-03/", targets=["s3://acme-finance-lake/settlements/v1/", "s3://acme-finance-lake/settlements/v2/fx-adjusted/"])
    log("INFO", "assumed role", role_arn="arn:aws:iam::481516234200:role/settlement-export-job")
    log("WARN", "pyarrow: the 'use_legacy_dataset' argument is deprecated and will be removed")
    totals = {"ok": 0, "rejected": 0}
    for p in partners:
        nrows = rng.randint(9000, 26000)
        t += timedelta(seconds=rng.randint(2, 6))
        log("INFO", "reading partner file", partner=p, key="inbound/2025-12-03/%s/settlements.csv" % p, rows=nrows)
        rejected = 0
        shown = 0
        for chunk in range(0, nrows, 100):
            t += timedelta(milliseconds=rng.randint(80, 400))
            if p == "northwind":
                for _ in range(100):
                    if chunk + _ >= nrows:
                        break
                    rejected += 1
                    if shown < 1200:
                        shown += 1
                        amt = "%d.%03d,%02d" % (rng.randint(1, 99), rng.randint(0, 999), rng.randint(0, 99))
                        log("WARN", "row rejected", partner=p, line=chunk + _ + 2, column="amount",
                            error="ValueError: could not convert string to float: '%s'" % amt)
                if shown == 1200:
                    shown += 1
                    log("WARN", "too many row errors for this file, suppressing further row messages", partner=p)
            else:
                log("DEBUG", "parsed chunk", partner=p, rows_done=min(nrows, chunk + 100), rows_total=nrows)
        ok = nrows - rejected
        totals["ok"] += ok
        totals["rejected"] += rejected
        log("INFO" if rejected == 0 else "ERROR", "partner file parsed", partner=p, rows_ok=ok, rows_rejected=rejected)
        if ok:
            t += timedelta(seconds=rng.randint(1, 4))
            if rng.random() < 0.15:
                log("WARN", "S3 PutObject returned 503 SlowDown, retrying with backoff", bucket="acme-finance-lake", attempt=1)
                t += timedelta(milliseconds=rng.randint(200, 900))
                log("INFO", "S3 PutObject retry succeeded", bucket="acme-finance-lake", attempt=2)
            log("INFO", "wrote parquet", partner=p, uri="s3://acme-finance-lake/settlements/v1/partner=%s/date=2025-12-03/part-000.parquet" % p, rows=ok)
            t += timedelta(seconds=rng.randint(1, 3))
            log("ERROR", "write failed", partner=p, uri="s3://acme-finance-lake/settlements/v2/fx-adjusted/partner=%s/date=2025-12-03/part-000.parquet" % p,
                error="botocore.exceptions.ClientError: An error occurred (AccessDenied) when calling the PutObject operation: User: arn:aws:sts::481516234200:assumed-role/settlement-export-job/%s is not authorized to perform: s3:PutObject on resource: \"arn:aws:s3:::acme-finance-lake/settlements/v2/fx-adjusted/partner=%s/date=2025-12-03/part-000.parquet\" because no identity-based policy allows the s3:PutObject action" % (run, p))
    t += timedelta(seconds=3)
    log("ERROR", "run finished with status PARTIAL", rows_ok=totals["ok"], rows_rejected=totals["rejected"], v1_files=19, v2_files=0, v2_failures=19)
    policy = """{
  "Version": "2012-10-17",
  "Statement": [
    {"Sid": "ReadPartnerDrop", "Effect": "Allow", "Action": ["s3:GetObject", "s3:ListBucket"],
     "Resource": ["arn:aws:s3:::acme-partner-drop", "arn:aws:s3:::acme-partner-drop/inbound/*"]},
    {"Sid": "WriteSettlementsV1", "Effect": "Allow", "Action": ["s3:PutObject", "s3:AbortMultipartUpload"],
     "Resource": ["arn:aws:s3:::acme-finance-lake/settlements/v1/*"]}
  ]
}
"""
    head = """$ aws s3 cp s3://acme-partner-drop/inbound/2025-12-03/northwind/settlements.csv - | head -4
settlement_id,merchant_ref,currency,amount,settled_at
NW-7781201,M-22810,EUR,"1.284,50",2025-12-03T22:14:09+01:00
NW-7781202,M-19044,EUR,"312,00",2025-12-03T22:14:11+01:00
NW-7781203,M-22810,EUR,"12.004,75",2025-12-03T22:15:40+01:00

$ aws s3 cp s3://acme-partner-drop/inbound/2025-12-02/northwind/settlements.csv - | head -3
settlement_id,merchant_ref,currency,amount,settled_at
NW-7779960,M-22810,EUR,1284.50,2025-12-02T21:58:02+01:00
NW-7779961,M-31007,EUR,87.20,2025-12-02T21:58:05+01:00
"""
    question = "Last night's settlement-export run ended with status PARTIAL and the finance lake is missing data. What went wrong?"
    write_incident("hz-014", question, {
        "logs-settlement-export-run-20251204-0100.log": "\n".join(out),
        "iam-policy-settlement-export-job.json": policy,
        "s3-head-northwind-settlements.txt": head,
    }, {
        "root_cause": "Two independent problems: (1) the job's IAM role only allows s3:PutObject under settlements/v1/, so every write to the new settlements/v2/fx-adjusted/ prefix fails with AccessDenied; (2) partner northwind's file switched to European number formatting (decimal comma, dot thousands separator), so all of its rows fail to parse (could not convert string to float) and are rejected.",
        "required_keywords": [["accessdenied", "access denied", "permission*", "403", "iam", "putobject", "not authorized", "unauthorized", "policy"],
                              ["parse*", "parsing", "malformed", "decimal*", "could not convert", "valueerror", "format*", "northwind", "invalid", "locale", "separator*"]],
        "forbidden_keywords": ["slowdown", "slow down", "throttl*", "oom*", "out of memory", "pyarrow", "deprecat*"],
        "component": "settlement-export job (IAM role for settlements/v2, northwind input format)",
        "category": "multiple",
    })


# --------------------------------------------------------------------------------------------
# hz-015: Postgres volume full: WAL retained by an inactive logical replication slot
# --------------------------------------------------------------------------------------------
def hz015():
    rng = random.Random(3015)
    pods = table([["NAME", "READY", "STATUS", "RESTARTS", "AGE"],
                  ["ledger-pg-0", "0/1", "CrashLoopBackOff", "12 (2m ago)", "97d"],
                  ["ledger-api-6f7d8c9b5-2wq8k", "0/1", "Running", "0", "5d"],
                  ["ledger-api-6f7d8c9b5-vr4n7", "0/1", "Running", "0", "5d"],
                  ["journal-close-29402100-k2x8d", "0/1", "Error", "0", "34m"]])
    logpg = """postgresql 11:02:51.48 INFO  ==> ** Starting PostgreSQL setup **
postgresql 11:02:51.52 INFO  ==> Validating settings in POSTGRESQL_* env vars..
postgresql 11:02:51.57 INFO  ==> Loading custom pre-init scripts...
postgresql 11:02:51.61 INFO  ==> Initializing PostgreSQL database...
postgresql 11:02:51.66 INFO  ==> pg_hba.conf file not detected. Generating it...
postgresql 11:02:51.70 INFO  ==> Deploying PostgreSQL with persisted data...
postgresql 11:02:51.80 INFO  ==> ** PostgreSQL setup finished! **
postgresql 11:02:51.87 INFO  ==> ** Starting PostgreSQL **
2025-12-15 11:02:51.962 GMT [1] LOG:  starting PostgreSQL 16.4 on x86_64-pc-linux-gnu, compiled by gcc (Debian 12.2.0-14) 12.2.0, 64-bit
2025-12-15 11:02:51.963 GMT [1] LOG:  listening on IPv4 address "0.0.0.0", port 5432
2025-12-15 11:02:51.970 GMT [84] LOG:  database system was interrupted while in recovery at 2025-12-15 11:00:33 GMT
2025-12-15 11:02:51.970 GMT [84] HINT:  This probably means that some data is corrupted and you will have to use the last backup for recovery.
2025-12-15 11:02:52.118 GMT [84] LOG:  database system was not properly shut down; automatic recovery in progress
2025-12-15 11:02:52.131 GMT [84] LOG:  redo starts at 3A/9E0021C8
2025-12-15 11:02:53.902 GMT [84] LOG:  redo done at 3A/A7FFFF60 system usage: CPU: user: 0.61 s, system: 0.52 s, elapsed: 1.77 s
2025-12-15 11:02:53.915 GMT [85] LOG:  checkpoint starting: end-of-recovery immediate wait
2025-12-15 11:02:54.208 GMT [85] PANIC:  could not write to file "pg_wal/xlogtemp.85": No space left on device
2025-12-15 11:02:54.311 GMT [1] LOG:  checkpointer process (PID 85) was terminated by signal 6: Aborted
2025-12-15 11:02:54.311 GMT [1] LOG:  terminating any other active server processes
2025-12-15 11:02:54.322 GMT [1] LOG:  shutting down due to startup process failure
2025-12-15 11:02:54.340 GMT [1] LOG:  database system is shut down
"""
    pvc = table([["NAME", "STATUS", "VOLUME", "CAPACITY", "ACCESS MODES", "STORAGECLASS", "AGE"],
                 ["data-ledger-pg-0", "Bound", "pvc-8c2e41f7-3b9d-4e6a-a1f0-7d5c9e2b4a61", "50Gi", "RWO", "gp3-retain", "97d"]])
    du = """# kubectl -n accounting debug ledger-pg-0 --image=busybox:1.36 --target=postgresql -- sh
/ # df -h /bitnami/postgresql
Filesystem                Size      Used Available Use% Mounted on
/dev/nvme2n1             49.1G     49.1G         0 100% /bitnami/postgresql
/ # du -sh /bitnami/postgresql/data/pg_wal /bitnami/postgresql/data/base /bitnami/postgresql/data/pg_replslot
40.7G   /bitnami/postgresql/data/pg_wal
8.3G    /bitnami/postgresql/data/base
12.0K   /bitnami/postgresql/data/pg_replslot
/ # ls /bitnami/postgresql/data/pg_replslot
debezium_ledger
/ # ls /bitnami/postgresql/data/pg_wal | wc -l
2606
"""
    slots = """# postgres_exporter, last scrape before the crash (2025-12-15 10:59:30 UTC)
pg_replication_slots_active{slot_name="debezium_ledger",plugin="pgoutput",slot_type="logical",database="ledger"} 0
pg_replication_slots_pg_wal_lsn_diff{slot_name="debezium_ledger",plugin="pgoutput",slot_type="logical",database="ledger"} 4.3604918272e+10
pg_settings_max_slot_wal_keep_size_bytes -1
pg_settings_max_wal_size_bytes 2.147483648e+09
pg_stat_activity_count{datname="ledger",state="active"} 7
pg_stat_activity_count{datname="ledger",state="idle"} 31
pg_database_size_bytes{datname="ledger"} 8.8315314176e+09
"""
    csv = ["timestamp,kubelet_volume_stats_used_bytes{pvc=data-ledger-pg-0},kubelet_volume_stats_capacity_bytes{pvc=data-ledger-pg-0},pg_database_size_bytes{datname=ledger}"]
    t = dt("2025-11-28T00:00:00")
    used = 10.1e9
    dbsize = 8.2e9
    while t <= dt("2025-12-15T10:00:00"):
        if t >= dt("2025-11-30T14:00:00"):
            used += rng.uniform(0.66e9, 0.78e9)     # per 6 hours, WAL is never recycled
        else:
            used = 10.1e9 + rng.uniform(-0.3e9, 0.3e9)
        dbsize += rng.uniform(0.003e9, 0.005e9)
        csv.append("%s,%.0f,%.0f,%.0f" % (ts(t), min(used, 52.7e9), 52.7e9, dbsize))
        t += timedelta(hours=6)
    deploys = """$ kubectl -n integration get deploy
NAME                  READY   UP-TO-DATE   AVAILABLE   AGE
debezium-connect      0/0     0            0           214d
schema-registry       1/1     1            1           214d

$ kubectl -n integration rollout history deploy/debezium-connect | tail -2
7         scale to 0 while the CDC pipeline is migrated to the managed service (CHG-5531, 2025-11-30 13:40 UTC)
"""
    old = """2025-12-09 14:21:07.301 GMT [220417] FATAL:  sorry, too many clients already
2025-12-09 14:21:07.388 GMT [220418] FATAL:  sorry, too many clients already
2025-12-09 14:21:19.002 GMT [1] LOG:  (resolved after ledger-api rollout restarted its pools)
2025-12-14 02:00:11.540 GMT [31802] LOG:  automatic vacuum of table "ledger.public.journal_lines": index scans: 1, pages: 0 removed, 412008 remain, tuples: 120331 removed
2025-12-14 02:06:40.118 GMT [31840] LOG:  automatic analyze of table "ledger.public.journal_lines"
"""
    question = "ledger-pg-0 in namespace accounting is in CrashLoopBackOff and the ledger services can't reach their database. What is the root cause?"
    write_incident("hz-015", question, {
        "kubectl-get-pods-accounting.txt": pods,
        "logs-ledger-pg-0.log": logpg,
        "logs-ledger-pg-0-earlier.log": old,
        "kubectl-get-pvc-accounting.txt": pvc,
        "debug-ledger-pg-0-disk.txt": du,
        "postgres-exporter-ledger-pg.txt": slots,
        "prometheus-ledger-pg-volume-6h.csv": "\n".join(csv),
        "kubectl-integration-debezium.txt": deploys,
    }, {
        "root_cause": "The 50Gi data volume of ledger-pg-0 is full (No space left on device), filled by ~41 GB of WAL that PostgreSQL cannot recycle because the logical replication slot debezium_ledger has been inactive since Debezium was scaled to 0 on 2025-11-30 (max_slot_wal_keep_size unlimited); Postgres panics at startup.",
        "required_keywords": [["disk*", "storage", "space", "volume", "pvc", "full"],
                              ["wal", "pg_wal", "replication slot*", "slot*", "debezium*"]],
        "forbidden_keywords": ["too many clients", "max_connections", "vacuum", "bloat", "corrupt*", "oom*"],
        "component": "StatefulSet accounting/ledger-pg (PVC data-ledger-pg-0, slot debezium_ledger)",
        "category": "resource_exhaustion",
    })


# --------------------------------------------------------------------------------------------
# hz-016: replica lag alarm during the nightly archive job; lag has caught up (healthy)
# --------------------------------------------------------------------------------------------
def hz016():
    rng = random.Random(3016)
    sns = {
        "Type": "Notification", "MessageId": "6f1c2d9e-8a4b-4c7d-9e2f-0b1a3c5d7e9f",
        "TopicArn": "arn:aws:sns:eu-central-1:730011229988:db-alarms",
        "Subject": "ALARM: \"orders-replica-1-replica-lag\" in EU (Frankfurt)",
        "Message": json.dumps({
            "AlarmName": "orders-replica-1-replica-lag",
            "AlarmDescription": "ReplicaLag on orders-replica-1 above 300 s for 3 datapoints",
            "NewStateValue": "ALARM", "OldStateValue": "OK",
            "NewStateReason": "Threshold Crossed: 3 out of the last 3 datapoints [611.0 (16/12/25 02:13:00), 488.0 (16/12/25 02:12:00), 372.0 (16/12/25 02:11:00)] were greater than the threshold (300.0).",
            "StateChangeTime": "2025-12-16T02:14:07.512+0000", "Region": "EU (Frankfurt)",
            "Trigger": {"MetricName": "ReplicaLag", "Namespace": "AWS/RDS", "Statistic": "MAXIMUM", "Period": 60,
                        "EvaluationPeriods": 3, "ComparisonOperator": "GreaterThanThreshold", "Threshold": 300.0,
                        "Dimensions": [{"name": "DBInstanceIdentifier", "value": "orders-replica-1"}]}}),
        "Timestamp": "2025-12-16T02:14:08.001Z",
    }
    history = """$ aws cloudwatch describe-alarm-history --alarm-name orders-replica-1-replica-lag --history-item-type StateUpdate --max-items 4 --output text --query 'AlarmHistoryItems[].[Timestamp,HistorySummary]'
2025-12-16T02:47:07.640Z    Alarm updated from ALARM to OK
2025-12-16T02:14:07.512Z    Alarm updated from OK to ALARM
2025-12-15T02:52:07.118Z    Alarm updated from ALARM to OK
2025-12-15T02:16:07.904Z    Alarm updated from OK to ALARM
"""
    csv = ['timestamp,"ReplicaLag[orders-replica-1] (Maximum, Seconds)","WriteIOPS[orders-primary] (Average, Count/Second)","TransactionLogsGeneration[orders-primary] (Average, Bytes/Second)","CPUUtilization[orders-primary] (Average, Percent)","CPUUtilization[orders-replica-1] (Average, Percent)","DatabaseConnections[orders-primary] (Average, Count)","FreeStorageSpace[orders-primary] (Minimum, Bytes)","ReadLatency[orders-replica-1] (Average, Milliseconds)"']
    t = dt("2025-12-16T01:30:00")
    lag = 0.0
    free = 412e9
    while t <= dt("2025-12-16T03:30:00"):
        m = (t - dt("2025-12-16T02:00:00")).total_seconds() / 60
        burst = 0 <= m < 27
        if burst:
            wiops = rng.uniform(5200, 6400)
            tlog = rng.uniform(52e6, 61e6)
            lag = min(900, lag + rng.uniform(28, 42) if m > 2 else lag + rng.uniform(0, 5))
            cpu_p = rng.uniform(38, 47)
            cpu_r = rng.uniform(61, 72)
        else:
            wiops = rng.uniform(700, 900)
            tlog = rng.uniform(4e6, 6e6)
            lag = max(0.0, lag - rng.uniform(38, 55)) if lag > 1 else rng.uniform(0, 1.2)
            cpu_p = rng.uniform(14, 20)
            cpu_r = rng.uniform(9, 15) if lag < 2 else rng.uniform(40, 55)
        if burst:
            free -= rng.uniform(0.05e9, 0.09e9)
        csv.append("%s,%.1f,%.0f,%.0f,%.1f,%.1f,%.0f,%.0f,%.2f" % (ts(t), lag, wiops, tlog, cpu_p, cpu_r, rng.uniform(180, 215), free, rng.uniform(0.6, 1.4)))
        t += timedelta(minutes=1)
    events = """2025-12-16T00:41:12Z  orders-primary     Backup              Backing up DB instance
2025-12-16T00:58:47Z  orders-primary     Backup              Finished DB Instance backup
2025-12-16T00:59:30Z  orders-replica-1   Notification        Replica lag is being monitored; no action from RDS required
"""
    pi = """Performance Insights - orders-primary, 2025-12-16 02:00-02:30 UTC

Top wait events:
WAIT EVENT            TYPE     AAS
IO:WALWrite           IO       2.1
CPU                   CPU      1.6
IO:DataFileRead       IO       0.7

Top SQL:
AAS   CALLS/S   STATEMENT
2.9   0.02      WITH moved AS (DELETE FROM orders WHERE created_at < $1 AND status IN ($2, $3) RETURNING *) INSERT INTO orders_archive SELECT * FROM moved
0.6   410       SELECT o.*, l.* FROM orders o JOIN order_lines l ON l.order_id = o.id WHERE o.customer_id = $1
0.3   120       UPDATE orders SET status = $1, updated_at = now() WHERE id = $2

Top users:
USER              AAS
archiver          2.9
orders_svc        0.9
"""
    runbook = """# Runbook: orders-replica-1 replica lag

Alarm `orders-replica-1-replica-lag` (ReplicaLag > 300 s for 3 minutes) pages the database on-call.

## Known pattern
The `orders-archive-nightly` CronJob (schedule `0 2 * * *`, user `archiver`) moves closed orders older than
18 months into `orders_archive`. For ~25 minutes it generates 10x the usual WAL and the replica falls behind,
typically peaking at 10-15 minutes of lag. Readers of the replica (reporting, search indexer) tolerate up to
20 minutes. The replica catches up on its own within ~20 minutes after the job ends.

## When to act
- Lag still above 300 s after 03:00 UTC, or lag above 20 minutes at any time.
- ReplicaLag = -1 (replication stopped) or the replica is not `available`.
- Otherwise acknowledge and resolve; no action needed.
"""
    question = "The CloudWatch alarm orders-replica-1-replica-lag paged at 02:14 UTC. It is now 03:30 UTC. Do we need to act on it, and what caused it?"
    write_incident("hz-016", question, {
        "sns-alarm-notification.json": json.dumps(sns, indent=2),
        "cloudwatch-alarm-history.txt": history,
        "cloudwatch-metrics.csv": "\n".join(csv),
        "rds-events.log": events,
        "performance-insights-orders-primary.txt": pi,
        "runbook-orders-replica-lag.md": runbook,
    }, {
        "root_cause": "No active failure: the nightly orders-archive job (02:00-02:27, DELETE ... INSERT INTO orders_archive) produced a burst of writes/WAL that the replica briefly could not keep up with (lag peaked at ~13 min); it caught up by ~02:45, the alarm returned to OK at 02:47 and no action is needed.",
        "required_keywords": [["archiv*", "nightly", "batch", "bulk", "write burst", "burst", "write spike", "writeiops", "write-heavy", "write heavy", "delete*", "scheduled job", "cron*", "wal"],
                              HEALTHY + ["caught up", "catch up", "caught-up"]],
        "forbidden_keywords": ["storage", "cpu saturation", "failover", "connection exhaustion", "network", "backup"],
        "component": "RDS orders-replica-1 (lag from the nightly orders-archive job, recovered)",
        "category": "healthy",
    })
