"""ho-014 (expired partner TLS cert + Redis maxmemory noeviction), ho-015 (PostgreSQL CPU from unindexed query + replica replay blocked by long query)."""
import json, math, random
from datetime import datetime, timedelta
from common import write, question, answer, dedent

random.seed(1414)

# ---------------------------------------------------------------- ho-014
I = "ho-014"
question(I, "booking-api error rate jumped after midnight UTC and stays high. Attached are the logs of one pod and a few diagnostics. Find what is failing and why.")
t = datetime(2025, 11, 19, 22, 30, 0)
end = datetime(2025, 11, 20, 1, 30, 0)
out = []
redis_full = datetime(2025, 11, 20, 0, 41, 0)
cert_exp = datetime(2025, 11, 20, 0, 0, 0)
def P(level, name, msg):
    out.append("%s | %-8s | %s | %s" % (t.strftime("%Y-%m-%d %H:%M:%S.") + "%03d" % (t.microsecond // 1000), level, name, msg))
while t < end:
    t += timedelta(milliseconds=random.randint(150, 900))
    r = random.random()
    rid = "%016x" % random.getrandbits(64)
    if r < 0.40:
        P("INFO", "uvicorn.access", '10.12.%d.%d:0 - "GET /v2/availability?hotel=%d&from=2025-12-%02d HTTP/1.1" 200' % (random.randint(0, 9), random.randint(2, 250), random.randint(1000, 9999), random.randint(1, 28)))
        if t >= redis_full and random.random() < 0.45:
            P("ERROR", "booking.cache", "cache write failed key=avail:%d:%s err=redis.exceptions.ResponseError: OOM command not allowed when used memory > 'maxmemory'." % (random.randint(1000, 9999), rid[:8]))
    elif r < 0.52:
        if t >= cert_exp:
            P("ERROR", "booking.payments", "authorize failed request_id=%s provider=partner-bank err=httpx.ConnectError: [SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: certificate has expired (_ssl.c:1006)" % rid)
            P("INFO", "uvicorn.access", '10.12.%d.%d:0 - "POST /v2/bookings HTTP/1.1" 502' % (random.randint(0, 9), random.randint(2, 250)))
        else:
            P("INFO", "booking.payments", "authorize ok request_id=%s provider=partner-bank amount=%d.%02d EUR took_ms=%d" % (rid, random.randint(40, 900), random.randint(0, 99), random.randint(180, 420)))
            P("INFO", "uvicorn.access", '10.12.%d.%d:0 - "POST /v2/bookings HTTP/1.1" 201' % (random.randint(0, 9), random.randint(2, 250)))
    elif r < 0.62:
        P("INFO", "uvicorn.access", '10.12.%d.%d:0 - "GET /v2/bookings/%s HTTP/1.1" %d' % (random.randint(0, 9), random.randint(2, 250), rid[:12], random.choice([200, 200, 200, 404])))
    elif r < 0.70:
        P("INFO", "uvicorn.access", '10.12.%d.%d:0 - "GET /healthz HTTP/1.1" 200' % (random.randint(0, 9), random.randint(2, 250)))
    elif r < 0.73:
        P("WARNING", "booking.geo", "geocoder rate limited (HTTP 429), retrying in %ds attempt=%d" % (random.choice([1, 2, 4]), random.randint(1, 3)))
    elif r < 0.74:
        P("ERROR", "booking.api", "validation error request_id=%s: check_out must be after check_in" % rid)
    elif r < 0.75:
        P("WARNING", "sqlalchemy.pool", "Connection <asyncpg.connection.Connection object at 0x7f%010x> invalidated, reconnecting (server closed the connection unexpectedly)" % random.getrandbits(40))
    else:
        P("INFO", "booking.search", "availability computed hotel=%d nights=%d rooms=%d cache=%s took_ms=%d" % (random.randint(1000, 9999), random.randint(1, 9), random.randint(1, 40), random.choice(["hit", "hit", "miss"]) if t < redis_full else "miss", random.randint(12, 90)))
write(I, "files/logs-booking-api-7f6d5c8b9-hx2qw.log", "\n".join(out))
write(I, "files/openssl-s_client-payments-gw.txt", dedent("""
$ openssl s_client -connect payments-gw.partner-bank.example:443 -servername payments-gw.partner-bank.example </dev/null 2>/dev/null | openssl x509 -noout -subject -issuer -dates
subject=CN = payments-gw.partner-bank.example
issuer=C = US, O = DigiCert Inc, CN = DigiCert Global G2 TLS RSA SHA256 2020 CA1
notBefore=Nov 19 00:00:00 2024 GMT
notAfter=Nov 19 23:59:59 2025 GMT

$ openssl s_client -connect payments-gw.partner-bank.example:443 -servername payments-gw.partner-bank.example </dev/null 2>&1 | grep -i verify
verify error:num=10:certificate has expired
Verify return code: 10 (certificate has expired)
"""))
write(I, "files/redis-cli-info-memory.txt", dedent("""
$ redis-cli -h booking-cache.booking.svc -p 6379 INFO memory
# Memory
used_memory:4294837248
used_memory_human:4.00G
used_memory_rss:4421115904
used_memory_rss_human:4.12G
used_memory_peak:4294967040
used_memory_peak_human:4.00G
used_memory_dataset:4281034752
maxmemory:4294967296
maxmemory_human:4.00G
maxmemory_policy:noeviction
mem_fragmentation_ratio:1.03
evicted_keys:0

$ redis-cli -h booking-cache.booking.svc INFO keyspace
# Keyspace
db0:keys=18822140,expires=0,avg_ttl=0
"""))
write(I, "files/kubectl-get-pods-booking.txt", dedent("""
NAME                          READY   STATUS    RESTARTS   AGE
booking-api-7f6d5c8b9-hx2qw   1/1     Running   0          5d
booking-api-7f6d5c8b9-m4kzr   1/1     Running   0          5d
booking-api-7f6d5c8b9-v9pld   1/1     Running   0          5d
booking-cache-0               1/1     Running   0          41d
booking-worker-5d4c8b7f9-q6xjn 1/1    Running   0          5d
"""))
answer(I,
    "Two independent failures: payment authorizations to payments-gw.partner-bank.example fail because the partner's TLS certificate expired at 23:59:59 on Nov 19 (CERTIFICATE_VERIFY_FAILED, certificate has expired), and from 00:41 Redis cache writes fail with OOM because booking-cache reached maxmemory 4G with policy noeviction and keys without TTL.",
    [["certificate", "cert", "tls", "ssl", "x509"],
     ["expired", "expir*"],
     ["redis", "booking-cache", "cache"],
     ["maxmemory", "noeviction", "OOM*", "out of memory", "memory limit", "memory full", "full", "no eviction", "no ttl"]],
    ["dns", "rate limit*", "429", "geocoder", "validation"],
    "booking-api dependencies: partner payments gateway TLS certificate and Redis booking-cache",
    "multiple")

# ---------------------------------------------------------------- ho-015
I = "ho-015"
question(I, "Two monitors fired on the inventory PostgreSQL cluster this morning: 'CPU > 90% on inventory-pg-01' and 'Replication delay > 300s on inventory-pg-02'. Are they related? What is the root cause?")
write(I, "files/alert.txt", dedent("""
[Datadog] Triggered: CPU > 90% on inventory-pg-01
  query: avg(last_10m):100 - avg:system.cpu.idle{host:inventory-pg-01} > 90
  value: 96.4   since: 2025-11-28 08:14 UTC   tags: env:prod, role:primary, cluster:inventory

[Datadog] Triggered: Replication delay > 300s on inventory-pg-02
  query: max(last_5m):max:postgresql.replication_delay{host:inventory-pg-02} > 300
  value: 1184   since: 2025-11-28 08:31 UTC   tags: env:prod, role:replica, cluster:inventory
"""))
rows = ["timestamp,primary_cpu_pct,primary_load1,primary_active_sessions,primary_wal_bytes_per_sec,replica_cpu_pct,replica_replay_delay_s,replica_received_lsn_lag_bytes,replica_disk_read_iops,primary_tps"]
t0 = datetime(2025, 11, 28, 7, 50)
for m in range(70):
    tt = t0 + timedelta(minutes=m)
    cpu = 34 + random.uniform(-4, 4) if m < 22 else 93 + random.uniform(-2, 5)
    act = random.randint(3, 7) if m < 22 else random.randint(26, 34)
    wal = random.randint(2_400_000, 3_100_000)
    tps = random.randint(1800, 2300) if m < 22 else random.randint(1500, 1900)
    if m < 28:
        delay = random.uniform(0.1, 0.9)
    else:
        delay = (m - 28) * 60 + random.uniform(0, 2)
    rows.append("%s,%.1f,%.1f,%d,%d,%.1f,%.1f,%d,%d,%d" % (tt.strftime("%Y-%m-%dT%H:%M:%SZ"), min(cpu, 99.5), cpu / 100 * 16 + random.uniform(-0.5, 1.5), act, wal,
                random.uniform(11, 19), delay, random.randint(0, 90000), random.randint(200, 500), tps))
write(I, "files/datadog-metrics-inventory-pg.csv", "\n".join(rows))
write(I, "files/pg_stat_statements-top-inventory-pg-01.txt", dedent("""
inventory=# SELECT queryid, calls, round(total_exec_time/1000) AS total_s, round(mean_exec_time,1) AS mean_ms,
                   shared_blks_hit + shared_blks_read AS blks, left(query, 110) AS query
            FROM pg_stat_statements ORDER BY total_exec_time DESC LIMIT 6;   -- stats reset 08:00 UTC, taken 08:46 UTC
       queryid        | calls  | total_s | mean_ms |    blks     |                                                     query
----------------------+--------+---------+---------+-------------+----------------------------------------------------------------------------------------------------------------
 -4120877730192381555 | 118242 |   39104 |   330.7 | 19233871402 | SELECT sku, warehouse_id, qty_on_hand, qty_reserved FROM stock_levels WHERE lower(sku_alias) = $1
  7302188411907341822 | 402118 |    1288 |     3.2 |    88413390 | UPDATE stock_levels SET qty_reserved = qty_reserved + $1, updated_at = now() WHERE sku = $2 AND warehouse_id = $3
  2219904775812330914 |  61220 |     611 |    10.0 |    40110322 | INSERT INTO stock_movements (sku, warehouse_id, delta, reason, created_at) VALUES ($1, $2, $3, $4, now())
   918273645501928374 | 209774 |     402 |     1.9 |    11029471 | SELECT sku, qty_on_hand FROM stock_levels WHERE sku = $1 AND warehouse_id = $2
 -8812034451177629013 |     46 |      55 |  1195.6 |     9011842 | SELECT count(*) FROM stock_movements WHERE created_at > now() - interval '1 day'
  5561029384756102938 |   4410 |      21 |     4.7 |     1203398 | SELECT * FROM warehouses WHERE region = $1

inventory=# EXPLAIN (ANALYZE, BUFFERS) SELECT sku, warehouse_id, qty_on_hand, qty_reserved FROM stock_levels WHERE lower(sku_alias) = 'ab-1123-x';
 Seq Scan on stock_levels  (cost=0.00..412877.40 rows=21934 width=40) (actual time=118.332..318.904 rows=3 loops=1)
   Filter: (lower((sku_alias)::text) = 'ab-1123-x'::text)
   Rows Removed by Filter: 4386997
   Buffers: shared hit=163118
 Planning Time: 0.112 ms
 Execution Time: 318.941 ms

inventory=# \\d stock_levels
 ...
Indexes:
    "stock_levels_pkey" PRIMARY KEY, btree (sku, warehouse_id)
    "stock_levels_sku_alias_idx" btree (sku_alias)
"""))
write(I, "files/deploy-log-inventory-api.txt", dedent("""
2025-11-28T08:12:41Z argocd app sync inventory-api  rev 41c9e0a  "feat(lookup): case-insensitive SKU alias lookup (#1187)"  Synced/Healthy
2025-11-26T15:03:10Z argocd app sync inventory-api  rev 7be2d11  "chore: bump pgx to v5.7.1"  Synced/Healthy
"""))
write(I, "files/pg_stat_replication-and-replica-activity.txt", dedent("""
-- on inventory-pg-01 (primary), 08:46 UTC
inventory=# SELECT application_name, client_addr, state, sent_lsn, replay_lsn, write_lag, flush_lag, replay_lag FROM pg_stat_replication;
 application_name | client_addr |   state   |   sent_lsn   |  replay_lsn  |    write_lag    |    flush_lag    |   replay_lag
------------------+-------------+-----------+--------------+--------------+-----------------+-----------------+-----------------
 inventory-pg-02  | 10.20.8.42  | streaming | 3A/9C1F2E08  | 3A/41D7B000  | 00:00:00.001231 | 00:00:00.002904 | 00:18:02.773511

-- on inventory-pg-02 (replica), 08:46 UTC
inventory=# SHOW max_standby_streaming_delay;
 max_standby_streaming_delay
-----------------------------
 -1
inventory=# SELECT pid, usename, application_name, state, now() - xact_start AS xact_age, wait_event_type, wait_event, left(query, 90) AS query
            FROM pg_stat_activity WHERE backend_type = 'client backend' AND state <> 'idle' ORDER BY xact_start;
  pid  |  usename  | application_name | state  | xact_age  | wait_event_type | wait_event |                                         query
-------+-----------+------------------+--------+-----------+-----------------+------------+-------------------------------------------------------------------------------------------
 48122 | metabase  | Metabase v0.51.4 | active | 00:38:51  | IO              | DataFileRead | SELECT date_trunc('week', m.created_at), w.region, sum(m.delta) FROM stock_movements m JOIN
 51877 | inv_ro    | inventory-api    | active | 00:00:00  |                 |            | SELECT sku, qty_on_hand FROM stock_levels WHERE sku = $1 AND warehouse_id = $2
"""))
write(I, "files/postgresql-inventory-pg-02.log", dedent("""
2025-11-28 08:07:55.102 UTC [48122] metabase@inventory LOG:  duration: 0.412 ms  statement: SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY
2025-11-28 08:18:40.771 UTC [1104] LOG:  recovery still waiting after 1000.217 ms: recovery conflict on snapshot
2025-11-28 08:18:40.771 UTC [1104] DETAIL:  Conflicting process: 48122.
2025-11-28 08:18:40.771 UTC [1104] CONTEXT:  WAL redo at 3A/41D7AF50 for Heap2/PRUNE_ON_ACCESS: snapshotConflictHorizon: 918227341, isCatalogRel: F, nredirected: 0, ndead: 14, nunused: 0; blkref #0: rel 1663/16384/24613, blk 88121
2025-11-28 08:25:11.004 UTC [2231] LOG:  checkpoint starting: time
2025-11-28 08:25:41.532 UTC [2231] LOG:  checkpoint complete: wrote 312 buffers (0.1%); 0 WAL file(s) added, 0 removed, 4 recycled; write=30.402 s, sync=0.011 s, total=30.528 s
2025-11-28 08:40:02.118 UTC [51002] inv_ro@inventory LOG:  could not receive data from client: Connection reset by peer
"""))
write(I, "files/postgresql-inventory-pg-01.log", dedent("""
2025-11-28 08:13:02.551 UTC [3312] LOG:  checkpoints are occurring too frequently (24 seconds apart)
2025-11-28 08:13:02.551 UTC [3312] HINT:  Consider increasing the configuration parameter "max_wal_size".
2025-11-28 08:15:44.090 UTC [77120] inv_app@inventory LOG:  duration: 1204.881 ms  execute <unnamed>: SELECT sku, warehouse_id, qty_on_hand, qty_reserved FROM stock_levels WHERE lower(sku_alias) = $1
2025-11-28 08:15:44.090 UTC [77120] inv_app@inventory DETAIL:  parameters: $1 = 'zq-7781-b'
2025-11-28 08:20:19.332 UTC [4410] LOG:  automatic vacuum of table "inventory.public.stock_levels": index scans: 1
2025-11-28 08:31:07.912 UTC [77431] inv_app@inventory LOG:  duration: 1388.420 ms  execute <unnamed>: SELECT sku, warehouse_id, qty_on_hand, qty_reserved FROM stock_levels WHERE lower(sku_alias) = $1
"""))
answer(I,
    "Two independent problems: on primary inventory-pg-01 the new case-insensitive lookup WHERE lower(sku_alias) = $1 cannot use the plain sku_alias index and seq-scans stock_levels 118k times, saturating CPU; on replica inventory-pg-02 WAL replay is blocked by a 38-minute Metabase query (recovery conflict, max_standby_streaming_delay = -1), so replication delay keeps growing.",
    [["cpu"],
     ["seq scan", "sequential scan", "full table scan", "table scan", "index", "stock_levels", "sku_alias", "lower("],
     ["replica*", "replication", "replay", "standby", "inventory-pg-02"],
     ["long-running", "long running", "analytics", "metabase", "conflict*", "max_standby_streaming_delay", "blocking", "blocked", "48122"]],
    ["max_wal_size", "network", "disk full", "storage", "connection reset", "autovacuum"],
    "PostgreSQL inventory cluster: primary inventory-pg-01 (unindexed lower(sku_alias) query) and replica inventory-pg-02 (replay blocked by Metabase query)",
    "multiple")
print("ok multi")
