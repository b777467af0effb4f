"""hx-009 .. hx-012 (backup spike, Redis pool leak, creeping latency from a bad query, Celery memory growth). Fixed seeds."""
import json
import math
import uuid
from datetime import timedelta
from common import rng, utc, iso, minutes, csv_text, write_incident, am_webhook, HEALTHY


def uid(r):
    return str(uuid.UUID(int=r.getrandbits(128), version=4))


# ---------------------------------------------------------------- hx-009
def hx009():
    r = rng(1009)
    dd = {
        "id": "7719304418822093115",
        "title": "[Triggered on {host:mongo-orders-03}] [orders-mongo] Disk read throughput high",
        "body": "%%%\nAvg disk read bytes over the last 10m on mongo-orders-03 is above 180 MB/s (current: 236 MB/s).\n\n@pagerduty-orders-db\n%%%",
        "alert_type": "error",
        "alert_transition": "Triggered",
        "alert_query": "avg(last_10m):avg:system.io.rkb_s{service:orders-mongo} by {host} > 184320",
        "date": 1774228020000,
        "hostname": "mongo-orders-03",
        "org": {"id": "482193", "name": "Acme Commerce"},
        "priority": "P3",
        "tags": ["env:prod", "service:orders-mongo", "host:mongo-orders-03", "team:orders-platform"],
        "event_type": "query_alert_monitor",
        "link": "https://app.datadoghq.eu/monitors/55120437?group=host%3Amongo-orders-03",
    }
    ts = minutes(utc("2026-03-23T00:30:00"), 110)
    rows = []
    for t in ts:
        m = (t - ts[0]).seconds // 60
        in_bk = 30 <= m < 68
        rows.append([
            iso(t),
            round(r.uniform(210, 260) if in_bk else r.uniform(2, 9), 1),
            round(r.uniform(55, 72) if in_bk else r.uniform(6, 12), 1),
            round(r.uniform(18, 26), 1),
            round(r.uniform(3.1, 4.4), 2),
            round(r.uniform(1.5, 4.0) if in_bk else r.uniform(0, 1.0), 1),
            int(r.uniform(900, 1300) * (0.8 if m > 60 else 1)),
        ])
    csv = csv_text(["timestamp", "mongo-orders-03 disk_read_MBps", "mongo-orders-03 cpu_percent", "mongo-orders-01 (primary) cpu_percent",
                    "mongo-orders-01 (primary) op_latency_p99_ms", "mongo-orders-03 replication_lag_s", "orders-api requests_per_min"], rows)
    jt = utc("2026-03-23T01:00:02")
    jl = [f"Mar 23 01:00:02 mongo-orders-03 systemd[1]: Starting mongo-backup.service - Nightly logical dump of rs-orders..."]
    cur = jt + timedelta(seconds=1)
    colls = [("orders.orders", 18244310), ("orders.line_items", 61022875), ("orders.payments", 17990021), ("orders.coupons", 88211),
             ("orders.shipments", 15320998), ("orders.audit_log", 40211890), ("orders.carts", 2210455)]
    jl.append(f"Mar 23 01:00:03 mongo-orders-03 mongo-backup[88412]: + mongodump --uri=mongodb://backup@localhost:27017/?readPreference=secondary --oplog --gzip --archive=/backup/rs-orders-20260323.archive.gz")
    for c, n in colls:
        jl.append(f"Mar 23 {cur.strftime('%H:%M:%S')} mongo-backup[88412]: {cur.strftime('%Y-%m-%dT%H:%M:%S.')}{r.randint(100, 999)}+0000\twriting {c} to archive '/backup/rs-orders-20260323.archive.gz'")
        steps = max(1, n // 9_000_000)
        for s in range(1, steps + 1):
            cur += timedelta(seconds=r.randint(30, 60))
            jl.append(f"Mar 23 {cur.strftime('%H:%M:%S')} mongo-backup[88412]: {cur.strftime('%Y-%m-%dT%H:%M:%S.')}{r.randint(100, 999)}+0000\t[{'#' * int(20 * s / steps):<20}]  {c}  {int(n * s / steps)}/{n}  ({100 * s / steps:.1f}%)")
        cur += timedelta(seconds=r.randint(5, 40))
        jl.append(f"Mar 23 {cur.strftime('%H:%M:%S')} mongo-backup[88412]: {cur.strftime('%Y-%m-%dT%H:%M:%S.')}{r.randint(100, 999)}+0000\tdone dumping {c} ({n} documents)")
    cur = utc("2026-03-23T01:37:41")
    jl += [
        f"Mar 23 01:37:41 mongo-orders-03 mongo-backup[88412]: 2026-03-23T01:37:41.220+0000\twriting captured oplog to ",
        f"Mar 23 01:37:41 mongo-orders-03 mongo-backup[88412]: 2026-03-23T01:37:41.298+0000\t\tdumped 31544 oplog entries",
        f"Mar 23 01:38:20 mongo-orders-03 mongo-backup[88412]: + gsutil -q cp /backup/rs-orders-20260323.archive.gz gs://acme-db-backups/orders/",
        f"Mar 23 01:39:52 mongo-orders-03 mongo-backup[88412]: + find /backup -name 'rs-orders-*.archive.gz' -mtime +3 -delete",
        f"Mar 23 01:39:52 mongo-orders-03 systemd[1]: mongo-backup.service: Deactivated successfully.",
        f"Mar 23 01:39:52 mongo-orders-03 systemd[1]: Finished mongo-backup.service - Nightly logical dump of rs-orders.",
        f"Mar 23 01:39:52 mongo-orders-03 systemd[1]: mongo-backup.service: Consumed 24min 12.331s CPU time, 1.1G memory peak.",
    ]
    timers = """NEXT                        LEFT          LAST                        PASSED       UNIT                         ACTIVATES
Mon 2026-03-23 06:00:00 UTC 4h 2min left  Sun 2026-03-22 06:00:00 UTC 19h ago      logrotate-mongod.timer       logrotate-mongod.service
Tue 2026-03-24 01:00:00 UTC 23h left      Mon 2026-03-23 01:00:02 UTC 57min ago    mongo-backup.timer           mongo-backup.service
Sun 2026-03-29 03:30:00 UTC 6 days left   Sun 2026-03-22 03:30:00 UTC 22h ago      fstrim.timer                 fstrim.service

3 timers listed.
"""
    mlog = []
    for i in range(14):
        t = utc("2026-03-23T00:10:00") + timedelta(minutes=i * 7, seconds=r.randint(0, 59))
        if i == 2:
            mlog.append(json.dumps({"t": {"$date": t.strftime("%Y-%m-%dT%H:%M:%S.") + "412+00:00"}, "s": "I", "c": "COMMAND", "id": 51803, "ctx": "conn48812",
                                    "msg": "Slow query", "attr": {"type": "command", "ns": "orders.coupons", "command": {"find": "coupons", "filter": {"campaign": "SPRING26"}},
                                                                  "planSummary": "COLLSCAN", "keysExamined": 0, "docsExamined": 88211, "nreturned": 412, "durationMillis": 131}}))
        elif i % 3 == 0:
            mlog.append(json.dumps({"t": {"$date": t.strftime("%Y-%m-%dT%H:%M:%S.") + "001+00:00"}, "s": "I", "c": "STORAGE", "id": 22430, "ctx": "Checkpointer",
                                    "msg": "WiredTiger message", "attr": {"message": {"ts_sec": int(t.timestamp()), "category": "WT_VERB_CHECKPOINT_PROGRESS", "msg": f"saving checkpoint snapshot min: {r.randint(10**6, 10**7)}"}}}))
        else:
            mlog.append(json.dumps({"t": {"$date": t.strftime("%Y-%m-%dT%H:%M:%S.") + "220+00:00"}, "s": "I", "c": "NETWORK", "id": 22943, "ctx": "listener",
                                    "msg": "Connection accepted", "attr": {"remote": f"10.20.4.{r.randint(2, 200)}:{r.randint(30000, 60000)}", "connectionCount": r.randint(300, 340)}}))
    rs = """rs-orders:PRIMARY> rs.status().members.map(m => ({name: m.name, state: m.stateStr, health: m.health, lagSec: m.optimeDate ? (rs.status().date - m.optimeDate)/1000 : null}))   // 01:58 UTC
[
  { name: 'mongo-orders-01:27017', state: 'PRIMARY', health: 1, lagSec: 0 },
  { name: 'mongo-orders-02:27017', state: 'SECONDARY', health: 1, lagSec: 0 },
  { name: 'mongo-orders-03:27017', state: 'SECONDARY', health: 1, lagSec: 0.4 }
]
"""
    runbook = """# orders-mongo (rs-orders) operations

Members: mongo-orders-01 (primary, priority 2), mongo-orders-02 (secondary, priority 1),
mongo-orders-03 (secondary, priority 0, hidden from the application's read preference).

## Backups
- A systemd timer on mongo-orders-03 runs a full `mongodump --oplog` every night at 01:00 UTC.
  It reads every collection, so disk reads and CPU on that host are high for 30-45 minutes.
  The archive is copied to GCS and kept for 3 days locally.
- Application traffic never reads from -03, so customer latency should not move.

## When to escalate
- Primary op latency p99 above 25 ms for 10 minutes.
- Replication lag above 60 s on any member.
- A backup that has not finished by 03:00 UTC.
"""
    write_incident("hx-009",
        "Datadog paged at 01:07 UTC: [orders-mongo] Disk read throughput high on mongo-orders-03 (VM). Do we need to do something? What is the root cause?",
        {
            "datadog-alert.json": dd,
            "host-metrics.csv": csv,
            "journalctl-mongo-orders-03.txt": "\n".join(jl),
            "systemctl-list-timers.txt": timers,
            "mongod-primary.log": "\n".join(mlog),
            "rs-status.txt": rs,
            "runbook-orders-mongo.md": runbook,
        },
        {
            "root_cause": "Expected behaviour: the nightly mongodump backup (systemd timer at 01:00) on the hidden secondary mongo-orders-03 reads every collection, causing the disk-read and CPU spike; it finished at 01:39, primary latency and replication stayed normal, so no action is needed.",
            "required_keywords": [
                ["backup*", "mongodump", "dump"],
                HEALTHY,
            ],
            "forbidden_keywords": ["missing index", "collection scan", "collscan", "coupons", "disk failure", "failing disk", "disk full", "replication lag"],
            "component": "mongo-orders-03 (healthy; scheduled backup)",
            "category": "healthy",
        })
    return ("hx-009", "Healthy: disk-read/CPU alert on a MongoDB hidden secondary caused by the nightly mongodump systemd timer (runbook says expected)",
            "healthy", "Datadog webhook alert, host metrics CSV, journalctl of the backup unit, systemctl list-timers, mongod structured JSON log (COLLSCAN red herring), rs.status, runbook")


# ---------------------------------------------------------------- hx-010
def hx010():
    r = rng(1010)
    start = utc("2025-12-09T09:02:11")
    end = utc("2025-12-09T12:31:00")
    lines = []

    def L(dt, lvl, th, logger, msg):
        lines.append(f"{dt.strftime('%Y-%m-%d %H:%M:%S')}.{dt.microsecond // 1000:03d} {lvl:>5} 1 --- [loyalty-points] [{th:>15}] {logger:<45}: {msg}")

    boot = [
        ("INFO", "main", "c.a.loyalty.LoyaltyPointsApplication", "Starting LoyaltyPointsApplication v3.14.0 using Java 17.0.13 with PID 1"),
        ("INFO", "main", "c.a.loyalty.LoyaltyPointsApplication", "The following 1 profile is active: \"prod\""),
        ("INFO", "main", "o.s.b.w.embedded.tomcat.TomcatWebServer", "Tomcat initialized with port 8080 (http)"),
        ("INFO", "main", "com.zaxxer.hikari.HikariDataSource", "HikariPool-1 - Starting..."),
        ("INFO", "main", "com.zaxxer.hikari.HikariDataSource", "HikariPool-1 - Start completed."),
        ("WARN", "main", "o.h.engine.jdbc.spi.SqlExceptionHelper", "SQL Warning Code: 0, SQLState: 00000"),
        ("INFO", "main", "c.a.loyalty.cache.RedisConfig", "Jedis pool configured: host=loyalty-redis.cache.svc:6379 maxTotal=64 maxIdle=16 minIdle=4 maxWait=2000ms testOnBorrow=false"),
        ("INFO", "main", "c.a.loyalty.cache.TierCacheWarmer", "Scheduled tier cache refresh every 180s"),
        ("INFO", "main", "o.s.b.w.embedded.tomcat.TomcatWebServer", "Tomcat started on port 8080 (http) with context path '/'"),
        ("INFO", "main", "c.a.loyalty.LoyaltyPointsApplication", "Started LoyaltyPointsApplication in 14.812 seconds (process running for 16.03)"),
    ]
    t = start
    for b in boot:
        t += timedelta(milliseconds=r.randint(50, 900))
        L(t, *b)
    leaked = 0
    next_warm = start + timedelta(seconds=30)
    next_stats = start + timedelta(minutes=1)
    exhausted_at = None
    endpoints = [("GET", "/v1/members/{}/balance", True, 0.45), ("POST", "/v1/members/{}/earn", True, 0.2),
                 ("GET", "/v1/members/{}/history", False, 0.2), ("POST", "/v1/redemptions", True, 0.1), ("GET", "/actuator/health/readiness", False, 0.05)]
    while t < end:
        t += timedelta(milliseconds=r.randint(200, 1000))
        if t >= next_warm:
            L(next_warm, "INFO", "scheduling-1", "c.a.loyalty.cache.TierCacheWarmer", f"refreshed tier thresholds: {r.choice([11, 12])} tiers, {r.randint(180, 240)} partner multipliers")
            leaked += 1
            next_warm += timedelta(seconds=180)
        if t >= next_stats:
            active = min(64, 3 + leaked + r.randint(0, 2))
            if active >= 64 and exhausted_at is None:
                exhausted_at = t
            if r.random() < 0.2:
                L(next_stats, "INFO", "metrics-1", "c.a.loyalty.obs.MetricsReporter", f"published {r.randint(180, 220)} meters to statsd")
            next_stats += timedelta(minutes=1)
        th = "nio-8080-exec-%d" % r.randint(1, 200)
        x = r.random()
        acc = 0
        for m, p, uses_redis, w in endpoints:
            acc += w
            if x <= acc:
                break
        path = p.format(r.randint(10**6, 10**7)) if "{}" in p else p
        active_now = 3 + leaked
        if uses_redis and active_now >= 64 + 0 and r.random() < 0.85:
            L(t, "ERROR", th, "o.a.c.c.C.[.[.[/].[dispatcherServlet]",
              f"Servlet.service() for servlet [dispatcherServlet] in context with path [] threw exception [Request processing failed: org.springframework.data.redis.RedisConnectionFailureException: Unable to get Jedis connection] with root cause")
            if r.random() < 0.3:
                lines.append("redis.clients.jedis.exceptions.JedisExhaustedPoolException: Could not get a resource since the pool is exhausted")
                lines.append("\tat redis.clients.jedis.util.Pool.getResource(Pool.java:53)")
                lines.append("\tat redis.clients.jedis.JedisPool.getResource(JedisPool.java:288)")
                lines.append("\tat org.springframework.data.redis.connection.jedis.JedisConnectionFactory.fetchJedisConnector(JedisConnectionFactory.java:436)")
                lines.append("\tat c.a.loyalty.balance.BalanceService.cachedBalance(BalanceService.java:77)")
                lines.append("Caused by: java.util.NoSuchElementException: Timeout waiting for idle object, borrowMaxWaitDuration=PT2S")
                lines.append("\tat org.apache.commons.pool2.impl.GenericObjectPool.borrowObject(GenericObjectPool.java:317)")
                lines.append("\t... 87 common frames omitted")
            L(t + timedelta(milliseconds=2003), "INFO", th, "c.a.loyalty.web.AccessLog", f"{m} {path} 500 {r.randint(2001, 2090)}ms")
            t += timedelta(milliseconds=5)
            continue
        ms = r.randint(3, 40) if uses_redis else r.randint(8, 120)
        if uses_redis and active_now > 58:
            ms += r.randint(50, 900)
        if "history" in path and r.random() < 0.03:
            L(t, "WARN", th, "o.h.h.internal.ast.QueryTranslatorImpl", "HHH000104: firstResult/maxResults specified with collection fetch; applying in memory!")
        if "earn" in path and r.random() < 0.01:
            L(t, "ERROR", th, "c.a.loyalty.notify.StatementMailer",
              f"Failed to send earn confirmation to member {r.randint(10**6, 10**7)}: Mail server connection failed; nested exception is org.eclipse.angus.mail.util.MailConnectException: Couldn't connect to host, port: smtp-relay.mail.svc, 587; timeout 5000")
        if "readiness" in path:
            continue
        L(t, "INFO", th, "c.a.loyalty.web.AccessLog", f"{m} {path} 200 {ms}ms")
    ts = minutes(utc("2025-12-09T09:00:00"), 211)
    rows = []
    for i, tt in enumerate(ts):
        lk = max(0, (i - 2) // 3)
        active = min(64, 3 + lk + r.randint(0, 1)) if i >= 2 else 0
        idle = max(0, 16 - lk) if active < 64 else 0
        waiters = 0 if active < 64 else r.randint(20, 60)
        rows.append([iso(tt), active, idle, waiters, 64, 8 + active + r.randint(0, 2), round(r.uniform(4, 9), 1),
                     round(r.uniform(0.2, 0.5), 2), r.randint(1500, 1900), 0 if active < 64 else r.randint(500, 900)])
    csv = csv_text(["timestamp", "jedis_pool_active", "jedis_pool_idle", "jedis_pool_waiters", "jedis_pool_max_total",
                    "redis_connected_clients", "redis_cpu_percent", "redis_cmd_latency_p99_ms", "http_requests_per_min", "http_5xx_per_min"], rows)
    cl = ["# redis-cli -h loyalty-redis.cache.svc CLIENT LIST TYPE normal   (12:20 UTC, excerpt; pod IP 10.12.3.45 = loyalty-points-7d9c6b5f84-2kvnt)"]
    for k in range(22):
        age = 11700 - k * 180 + r.randint(0, 10)
        cl.append(f"id={88000 + k * 37} addr=10.12.3.45:{r.randint(30000, 60000)} laddr=10.12.9.8:6379 fd={40 + k} name= age={age} idle={age - r.randint(0, 3)} flags=N db=0 sub=0 psub=0 ssub=0 multi=-1 qbuf=0 qbuf-free=0 argv-mem=0 multi-mem=0 obl=0 oll=0 omem=0 tot-mem=1928 events=r cmd=hgetall user=default redir=-1 resp=2 lib-name=jedis lib-ver=5.1.5")
    for k in range(4):
        cl.append(f"id={99100 + k} addr=10.12.3.45:{r.randint(30000, 60000)} laddr=10.12.9.8:6379 fd={120 + k} name= age={r.randint(100, 900)} idle=0 flags=N db=0 sub=0 psub=0 ssub=0 multi=-1 qbuf=26 qbuf-free=20448 argv-mem=10 multi-mem=0 obl=0 oll=0 omem=0 tot-mem=22426 events=r cmd=get user=default redir=-1 resp=2 lib-name=jedis lib-ver=5.1.5")
    cl.append("... (67 clients total from 10.12.3.45; 63 with cmd=hgetall and idle > 600)")
    info = """# redis-cli INFO (12:20 UTC, excerpt)
redis_version:7.2.6
uptime_in_days:58
connected_clients:75
maxclients:10000
blocked_clients:0
used_memory_human:1.31G
maxmemory_human:4.00G
instantaneous_ops_per_sec:412
rejected_connections:0
evicted_keys:0
used_cpu_sys:8021.44
used_cpu_user:15533.02
"""
    write_incident("hx-010",
        "loyalty-points (Spring Boot, v3.14.0 deployed at 09:02) started returning 500s on balance and earn endpoints around midday. Redis dashboards look fine. What is the root cause?",
        {
            "logs-loyalty-points-7d9c6b5f84-2kvnt.log": "\n".join(lines),
            "metrics-loyalty-points.csv": csv,
            "redis-client-list.txt": "\n".join(cl),
            "redis-info.txt": info,
        },
        {
            "root_cause": "A Jedis connection leak introduced in v3.14.0: TierCacheWarmer borrows a Redis connection every 3 minutes (HGETALL) and never returns it, so the 64-connection pool slowly drains until requests time out waiting for a connection; Redis itself is healthy.",
            "required_keywords": [
                ["pool"],
                ["redis", "jedis"],
                ["leak*", "not returned", "never returned", "not closed", "never closed", "not released", "never released",
                 "tiercachewarmer", "cache warmer", "warmer"],
            ],
            "forbidden_keywords": ["redis is down", "redis outage", "redis overload*", "redis server overload*", "smtp", "mail", "hibernate", "hikari*"],
            "component": "loyalty-points TierCacheWarmer (Jedis pool leak)",
            "category": "resource_exhaustion",
        })
    return ("hx-010", "Redis (Jedis) connection pool leak: a scheduled cache warmer in the new release never returns its connection; pool of 64 drains over ~3 h",
            "resource_exhaustion", "LONG Spring Boot plain log (~26k lines; SMTP ERROR and Hibernate WARN noise), per-minute pool/Redis metrics CSV, Redis CLIENT LIST excerpt, Redis INFO")


# ---------------------------------------------------------------- hx-011
def hx011():
    r = rng(1011)
    start = utc("2026-01-14T06:00:00")
    end = utc("2026-01-14T10:05:00")
    lines = []
    t = start
    eps = [("GET", "/api/v2/parcels/{}/events", 0.34, 3), ("GET", "/api/v2/parcels/{}", 0.25, 2), ("POST", "/api/v2/quotes", 0.12, 4),
           ("POST", "/api/v2/labels", 0.07, 6), ("GET", "/healthz", 0.12, 0), ("GET", "/api/v2/depots", 0.10, 1)]
    pods = ["parcel-track-api-6b8d9c7f5-2m4xq", "parcel-track-api-6b8d9c7f5-8pkvz", "parcel-track-api-6b8d9c7f5-tw9rn"]
    while t < end:
        frac = (t - start).total_seconds() / (end - start).total_seconds()
        rate = 70 + 90 * frac  # requests per minute across pods
        t += timedelta(seconds=r.expovariate(rate / 60.0))
        x = r.random()
        acc = 0
        for m, p, w, q in eps:
            acc += w
            if x <= acc:
                break
        load = frac ** 1.6
        if p.endswith("/events"):
            db = r.uniform(30, 70) + 3900 * load * r.uniform(0.8, 1.2)
        elif q:
            db = r.uniform(2, 25) * q / 2 + 600 * load * r.uniform(0.3, 1.1) * (q / 4)
        else:
            db = 0
        dur = db + r.uniform(4, 30)
        path = p.format("PX%09d" % r.randint(0, 10**9)) if "{}" in p else p
        st = 200 if m == "GET" else 201
        if p.endswith("/events") and dur > 4500:
            st = 504
        lines.append(f"ts={iso(t, ms=True)} level=info logger=parceltrack.access pod={r.choice(pods)} method={m} path={path} status={st} dur_ms={int(dur)} db_ms={int(db)} db_q={q if p != '/healthz' else 0} req_id={r.getrandbits(48):012x}")
        if r.random() < 0.004:
            lines.append(f"ts={iso(t, ms=True)} level=warning logger=django.security.DisallowedHost pod={r.choice(pods)} msg=\"Invalid HTTP_HOST header: '198.51.100.{r.randint(2, 254)}'. You may need to add '198.51.100.{r.randint(2, 254)}' to ALLOWED_HOSTS.\"")
        if r.random() < 0.002:
            lines.append(f"ts={iso(t, ms=True)} level=error logger=parceltrack.webhooks pod={r.choice(pods)} msg=\"carrier webhook rejected\" carrier=nordpost-sandbox reason=signature_mismatch")
        if r.random() < 0.001:
            lines.append(f"ts={iso(t, ms=True)} level=info logger=parceltrack.cache pod={r.choice(pods)} msg=\"depot list refreshed\" depots=412")
    stmts = f"""-- pg_stat_statements, parceltrack-pg (PostgreSQL 16.4), 10:02 UTC; reset at 06:00 UTC
  calls  | total_exec_time_s | mean_ms | rows_per_call | shared_blks_read | query
---------+-------------------+---------+---------------+------------------+----------------------------------------------------------------
  61482  |           97741.3 |  1589.8 |           9.4 |       1834412907 | SELECT e.id, e.status_code, e.location, e.occurred_at FROM tracking_events e WHERE e.parcel_ref = $1 ORDER BY e.occurred_at DESC LIMIT $2
  45210  |            2911.6 |    64.4 |           1.0 |         18200411 | SELECT p.* FROM parcels p WHERE p.ref = $1
  18822  |            1730.2 |    91.9 |           1.0 |          4102337 | INSERT INTO quotes (...) VALUES (...) RETURNING id
  10390  |             988.0 |    95.1 |           1.0 |          2210934 | INSERT INTO labels (...) VALUES (...) RETURNING id
     12  |              41.7 |  3475.0 |           0.0 |           911200 | autovacuum: VACUUM ANALYZE public.quotes
"""
    act = """-- select state, wait_event_type, wait_event, count(*), max(now()-query_start) from pg_stat_activity where datname='parceltrack' group by 1,2,3;   10:02 UTC
 state  | wait_event_type |  wait_event  | count |       max
--------+-----------------+--------------+-------+-----------------
 active |                 |              |    29 | 00:00:07.118
 active | IO              | DataFileRead |    14 | 00:00:06.402
 active | LWLock          | BufferMapping|     3 | 00:00:02.910
 idle   | Client          | ClientRead   |    34 | 00:01:12.551
(4 rows)

-- active queries by text (top 2)
 count | query
-------+--------------------------------------------------------------------------------------
    43 | SELECT e.id, e.status_code, e.location, e.occurred_at FROM tracking_events e WHERE e.parcel_ref = $1 ORDER BY ...
     2 | SELECT p.* FROM parcels p WHERE p.ref = $1

-- max_connections = 200, total backends = 81
"""
    explain = """parceltrack=> EXPLAIN (ANALYZE, BUFFERS) SELECT e.id, e.status_code, e.location, e.occurred_at FROM tracking_events e WHERE e.parcel_ref = 'PX004812230' ORDER BY e.occurred_at DESC LIMIT 50;
                                                                   QUERY PLAN
-------------------------------------------------------------------------------------------------------------------------------------------------
 Limit  (cost=1283214.61..1283220.45 rows=50 width=72) (actual time=3876.118..3881.902 rows=11 loops=1)
   Buffers: shared hit=212004 read=598122
   ->  Gather Merge  (cost=1283214.61..1283221.02 rows=55 width=72) (actual time=3876.114..3881.894 rows=11 loops=1)
         Workers Planned: 2
         Workers Launched: 2
         ->  Sort  (cost=1282214.59..1282214.66 rows=27 width=72) (actual time=3859.540..3859.542 rows=4 loops=3)
               Sort Key: occurred_at DESC
               ->  Parallel Seq Scan on tracking_events e  (cost=0.00..1282213.94 rows=27 width=72) (actual time=2210.73..3859.49 rows=4 loops=3)
                     Filter: ((parcel_ref)::text = 'PX004812230'::text)
                     Rows Removed by Filter: 16233107
 Planning Time: 0.214 ms
 Execution Time: 3881.977 ms

parceltrack=> \\di tracking_events*
                                 List of relations
 Schema |               Name                | Type  |  Owner   |      Table
--------+-----------------------------------+-------+----------+-----------------
 public | tracking_events_pkey              | index | parcel   | tracking_events
 public | tracking_events_occurred_ref_idx  | index | parcel   | tracking_events
"""
    mig = """$ kubectl -n parcel logs job/parcel-track-migrate-20260114 
Operations to perform:
  Apply all migrations: admin, auth, contenttypes, sessions, tracking, quotes
Running migrations:
  Applying tracking.0087_events_composite_index... OK
  Applying quotes.0031_quote_currency_default... OK

$ git show 5e1a0c9 -- tracking/migrations/0087_events_composite_index.py
+    operations = [
+        migrations.RemoveIndex(model_name="trackingevent", name="tracking_events_parcel_ref_idx"),
+        migrations.AddIndex(model_name="trackingevent",
+                            index=models.Index(fields=["occurred_at", "parcel_ref"], name="tracking_events_occurred_ref_idx")),
+    ]
"""
    ts = minutes(utc("2026-01-14T05:30:00"), 275)
    rows = []
    for i, tt in enumerate(ts):
        frac = max(0.0, (tt - start).total_seconds() / (end - start).total_seconds())
        pre = tt < utc("2026-01-14T05:48:00")
        cpu = r.uniform(14, 22) if pre else min(99.0, 25 + 72 * frac ** 0.9 + r.uniform(-3, 3))
        rows.append([iso(tt), round(cpu, 1), round(r.uniform(1200, 1900) if pre else 2600 + 9000 * frac + r.uniform(-300, 300)),
                     int(60 + 25 * frac + r.uniform(-5, 5)), round(r.uniform(0.0, 0.3), 2), round(r.uniform(38, 42), 1)])
    csv = csv_text(["timestamp", "parceltrack-pg cpu_percent", "parceltrack-pg read_iops", "parceltrack-pg connections",
                    "parceltrack-pg replica_lag_s", "parceltrack-pg disk_used_percent"], rows)
    write_incident("hx-011",
        "Users say parcel tracking pages get slower and slower this morning; no errors in our logs except a few 504s. Deploy was at 05:45. What is the root cause?",
        {
            "logs-parcel-track-api.log": "\n".join(lines),
            "pg_stat_statements.txt": stmts,
            "pg_stat_activity.txt": act,
            "explain-tracking-events.txt": explain,
            "migration-output.txt": mig,
            "db-metrics.csv": csv,
        },
        {
            "root_cause": "Migration 0087 replaced the parcel_ref index on tracking_events with a composite index led by occurred_at, so the per-parcel events query now does a parallel sequential scan of the table; as morning traffic grows these scans saturate PostgreSQL CPU and I/O and latency creeps up.",
            "required_keywords": [
                ["tracking_events", "parcel_ref", "events query", "0087"],
                ["seq scan", "sequential scan", "full table scan", "table scan", "index"],
            ],
            "forbidden_keywords": ["connection pool", "max_connections", "connection exhaust*", "autovacuum", "disallowedhost", "allowed_hosts", "webhook", "replication lag"],
            "component": "PostgreSQL parceltrack-pg (tracking_events query without usable index)",
            "category": "resource_exhaustion",
        })
    return ("hx-011", "Latency creeping up visible only as dur_ms/db_ms numbers in logfmt; cause: migration dropped the parcel_ref index -> seq scans saturate PostgreSQL",
            "resource_exhaustion", "LONG logfmt access log (~28k lines, numbers only; DisallowedHost WARN and webhook ERROR noise), pg_stat_statements, pg_stat_activity, EXPLAIN ANALYZE, migration output/diff, DB metrics CSV")


# ---------------------------------------------------------------- hx-012
def hx012():
    r = rng(1012)
    start = utc("2026-02-03T00:00:00")
    end = utc("2026-02-03T14:10:00")
    lines = []

    def L(dt, lvl, proc, msg):
        lines.append(f"[{dt.strftime('%Y-%m-%d %H:%M:%S')},{dt.microsecond // 1000:03d}: {lvl}/{proc}] {msg}")

    t0 = start
    L(t0, "WARNING", "MainProcess", "/usr/local/lib/python3.11/site-packages/celery/worker/consumer/consumer.py:508: CPendingDeprecationWarning: The broker_connection_retry configuration setting will no longer determine")
    lines.append("whether broker connection retries are made during startup in Celery 6.0 and above.")
    lines.append("If you wish to retain the existing behavior for retrying connections on startup,")
    lines.append("you should set broker_connection_retry_on_startup to True.")
    lines.append("  warnings.warn(")
    L(t0 + timedelta(seconds=1), "INFO", "MainProcess", "Connected to amqp://geo:**@rabbitmq.messaging.svc:5672/geo")
    L(t0 + timedelta(seconds=1), "INFO", "MainProcess", "mingle: searching for neighbors")
    L(t0 + timedelta(seconds=2), "INFO", "MainProcess", "mingle: all alone")
    L(t0 + timedelta(seconds=2), "INFO", "MainProcess", "celery@geo-enrich-worker-5c8f7d9b6c-lq7kx ready.")
    t = t0 + timedelta(seconds=3)
    next_stats = t0 + timedelta(minutes=5)
    tasks = 0
    while t < end:
        t += timedelta(seconds=r.expovariate(8 / 60.0))
        w = r.randint(1, 8)
        tid = uid(r)
        name = r.choice(["geo.enrich_batch", "geo.enrich_batch", "geo.enrich_batch", "geo.reverse_lookup", "geo.refresh_boundaries"])
        L(t, "INFO", "MainProcess", f"Task {name}[{tid}] received")
        tasks += 1
        dt = timedelta(seconds=r.uniform(0.3, 2.5))
        if name == "geo.enrich_batch" and r.random() < 0.004:
            L(t + dt, "ERROR", f"ForkPoolWorker-{w}", f"Task {name}[{tid}] raised unexpected: GeocoderRateLimited('provider osm-mirror-2 answered 429, retry after 30s')")
        else:
            L(t + dt, "INFO", f"ForkPoolWorker-{w}", f"Task {name}[{tid}] succeeded in {dt.total_seconds():.3f}s: {{'rows': {r.randint(50, 500)}, 'resolved': {r.randint(40, 500)}}}")
        if t >= next_stats:
            h = (next_stats - start).total_seconds() / 3600
            rss_children = [int(60 + 28 * h * r.uniform(0.92, 1.08)) for _ in range(8)]
            L(next_stats, "INFO", "MainProcess", "pool stats: procs=8 " + " ".join(f"w{i + 1}_rss_mb={v}" for i, v in enumerate(rss_children)) + f" parent_rss_mb={r.randint(92, 99)} tasks_total={tasks} queue_prefetch=32")
            next_stats += timedelta(minutes=5)
        if abs((t - utc("2026-02-03T07:41:10")).total_seconds()) < 4 and not any("Connection to broker lost" in x for x in lines):
            L(t, "WARNING", "MainProcess", "consumer: Connection to broker lost. Trying to re-establish the connection...")
            lines.append("Traceback (most recent call last):")
            lines.append("  File \"/usr/local/lib/python3.11/site-packages/amqp/transport.py\", line 297, in read_frame")
            lines.append("ConnectionResetError: [Errno 104] Connection reset by peer")
            L(t + timedelta(seconds=2), "INFO", "MainProcess", "Connected to amqp://geo:**@rabbitmq.messaging.svc:5672/geo")
    alert = am_webhook([{
        "status": "firing",
        "labels": {"alertname": "ContainerMemoryNearLimit", "severity": "warning", "namespace": "geo",
                   "pod": "geo-enrich-worker-5c8f7d9b6c-lq7kx", "container": "worker", "cluster": "data-prod-gke"},
        "annotations": {"summary": "Container worker in geo/geo-enrich-worker-5c8f7d9b6c-lq7kx uses 91% of its memory limit.",
                        "description": "container_memory_working_set_bytes / limit > 0.9 for 15m"},
        "startsAt": "2026-02-03T13:48:00.000Z",
    }], receiver="data-platform-slack")
    ts = minutes(start, 850)
    rows = []
    for i, tt in enumerate(ts):
        h = i / 60
        ws = 0.23 + 0.245 * h + r.uniform(-0.02, 0.02)
        rows.append([iso(tt), round(ws, 3), 4.0, round(r.uniform(0.4, 0.9), 2), 2.0, r.randint(5, 12), r.randint(0, 40)])
    csv = csv_text(["timestamp", "container_memory_working_set_gib", "memory_limit_gib", "cpu_cores", "cpu_limit_cores",
                    "tasks_completed_per_min", "rabbitmq_queue_geo_ready"], rows)
    desc = """Name:         geo-enrich-worker-5c8f7d9b6c-lq7kx
Namespace:    geo
Status:       Running
Containers:
  worker:
    Image:         europe-west4-docker.pkg.dev/acme-data/geo/enrich-worker:2.3.0
    Command:       celery -A geo.app worker --concurrency=8 --loglevel=INFO -Q geo.default
    State:         Running
      Started:     Tue, 03 Feb 2026 00:00:00 +0000
    Ready:         True
    Restart Count: 0
    Limits:
      cpu:     2
      memory:  4Gi
    Requests:
      cpu:     500m
      memory:  1Gi
    Environment:
      CELERY_BROKER_URL:              <set to the key 'url' in secret 'geo-amqp'>
      GEO_PROVIDER:                   osm-mirror-2
      GEO_RESULT_MEMO:                enabled
Events:   <none>
"""
    write_incident("hx-012",
        "ContainerMemoryNearLimit is firing for geo-enrich-worker (Celery) in namespace geo. Nothing looks wrong in its logs. What is going on?",
        {
            "alert.json": alert,
            "kubectl-describe-pod-geo-enrich-worker-5c8f7d9b6c-lq7kx.txt": desc,
            "logs-geo-enrich-worker-5c8f7d9b6c-lq7kx.log": "\n".join(lines),
            "worker-metrics.csv": csv,
        },
        {
            "root_cause": "A memory leak in the Celery worker processes: each prefork child's RSS grows steadily (about 30 MB per hour) under a flat task rate, so the container's working set climbs linearly toward the 4Gi limit and will be OOM-killed if nothing changes.",
            "required_keywords": [
                ["leak*", "unbounded", "never freed", "never released", "never evicted", "without bound", "keeps growing", "grows steadily", "steadily grow*", "linear*"],
                ["memory", "rss", "working set"],
            ],
            "forbidden_keywords": ["broker", "rabbitmq", "amqp", "rate limit*", "429", "cpu throttl*", "deprecation"],
            "component": "geo-enrich-worker Celery children (memory growth)",
            "category": "resource_exhaustion",
        })
    return ("hx-012", "Celery worker memory leak visible only as growing rss numbers in periodic stats lines and a linear working-set curve; no errors",
            "resource_exhaustion", "Alertmanager webhook v4, describe pod, LONG Celery plain log (~14k lines; broker reconnect WARN, 429 task ERROR, deprecation noise), memory/CPU CSV")


if __name__ == "__main__":
    for f in (hx009, hx010, hx011, hx012):
        print(f())
