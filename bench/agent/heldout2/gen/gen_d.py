"""hx-013 .. hx-016 (CPU throttling, replica lag, two 'multiple' cases). Fixed seeds."""
import json
from datetime import timedelta
from common import rng, utc, iso, minutes, csv_text, write_incident, am_webhook, HEALTHY  # noqa: F401


# ---------------------------------------------------------------- hx-013
def hx013():
    r = rng(1013)
    pod = "storefront-php-7c9d8f6b5-hk2ms"
    alert = am_webhook([{
        "status": "firing",
        "labels": {"alertname": "CPUThrottlingHigh", "severity": "info", "namespace": "web", "pod": pod,
                   "container": "php-fpm", "cluster": "shop-eu-1"},
        "annotations": {"description": f"96.8% throttling of CPU in namespace web for container php-fpm in pod {pod}.",
                        "runbook_url": "https://runbooks.prometheus-operator.dev/runbooks/kubernetes/cputhrottlinghigh",
                        "summary": "Processes experience elevated CPU throttling."},
        "startsAt": "2026-01-27T08:41:15.602Z",
    }, {
        "status": "firing",
        "labels": {"alertname": "StorefrontLatencyP95High", "severity": "critical", "namespace": "web", "service": "storefront",
                   "cluster": "shop-eu-1"},
        "annotations": {"summary": "storefront p95 latency 7.9s (SLO 800ms)", "description": "histogram_quantile(0.95, ...) > 0.8 for 10m"},
        "startsAt": "2026-01-27T08:44:30.000Z",
    }])
    desc = f"""Name:             {pod}
Namespace:        web
Node:             shop-eu-1-pool-b-4x8vq/10.90.2.17
Status:           Running
Containers:
  nginx:
    Image:          nginx:1.27.3-alpine
    Port:           8080/TCP
    State:          Running
    Ready:          True
    Restart Count:  0
    Limits:
      cpu:     250m
      memory:  128Mi
    Requests:
      cpu:        50m
      memory:     64Mi
  php-fpm:
    Image:          registry.shop.example/storefront/php-fpm:8.3-2026.01.27.1
    Port:           9000/TCP
    State:          Running
      Started:      Tue, 27 Jan 2026 08:20:05 +0000
    Ready:          True
    Restart Count:  0
    Limits:
      cpu:     50m
      memory:  768Mi
    Requests:
      cpu:      50m
      memory:   512Mi
    Environment:
      PHP_FPM_PM_MAX_CHILDREN:  16
      APP_ENV:                  production
QoS Class:       Burstable
Events:
  Type     Reason     Age   From     Message
  ----     ------     ----  ----     -------
  Warning  Unhealthy  14m   kubelet  Readiness probe failed: Get "http://10.90.2.141:8080/ping": context deadline exceeded (Client.Timeout exceeded while awaiting headers)
"""
    diff = """--- a/charts/storefront/values-prod.yaml
+++ b/charts/storefront/values-prod.yaml
@@ -41,10 +41,10 @@ phpFpm:
   resources:
     requests:
-      cpu: 500m
+      cpu: 50m
       memory: 512Mi
     limits:
-      cpu: "2"
+      cpu: 50m
       memory: 768Mi
"""
    ts = minutes(utc("2026-01-27T07:50:00"), 70)
    rows = []
    for tt in ts:
        after = tt >= utc("2026-01-27T08:20:00")
        rps = r.uniform(55, 70) * (1 + (tt - ts[0]).seconds / 20000)
        if after:
            use = round(r.uniform(0.048, 0.050), 3)
            thr = round(r.uniform(0.93, 0.98), 3)
            p95 = round(r.uniform(6.5, 9.5), 2)
        else:
            use = round(rps * 0.011 * r.uniform(0.9, 1.1), 3)
            thr = round(r.uniform(0.0, 0.02), 3)
            p95 = round(r.uniform(0.28, 0.42), 2)
        rows.append([iso(tt), use, "0.050" if after else "2.000", thr, p95, round(rps, 1), round(r.uniform(390, 460), 0)])
    csv = csv_text(["timestamp", "php-fpm cpu_usage_cores", "php-fpm cpu_limit_cores", "php-fpm throttled_periods_ratio",
                    "storefront latency_p95_s", "requests_per_s", "php-fpm memory_mib"], rows)
    fpm = []
    t = utc("2026-01-27T08:21:30")
    for i in range(60):
        t += timedelta(seconds=r.randint(5, 40))
        k = r.random()
        ds = t.strftime("%d-%b-%Y %H:%M:%S")
        if i == 12:
            fpm.append(f"[{ds}] WARNING: [pool www] server reached pm.max_children setting (16), consider raising it")
        elif k < 0.6:
            script = r.choice(["/var/www/html/public/index.php"])
            uri = r.choice(["/category/shoes", "/product/88123", "/cart", "/search?q=boots", "/"])
            fpm.append(f"[{ds}] WARNING: [pool www] child {r.randint(20, 400)}, script '{script}' (request: \"GET {uri}\") executing too slow ({r.uniform(5.0, 9.9):.6f} sec), logging")
        elif k < 0.8:
            fpm.append(f"[{ds}] NOTICE: child {r.randint(20, 400)} stopped for tracing")
            fpm.append(f"[{ds}] NOTICE: about to trace {r.randint(20, 400)}")
            fpm.append(f"[{ds}] NOTICE: finished trace of {r.randint(20, 400)}")
        else:
            fpm.append(f"[{ds}] NOTICE: [pool www] child {r.randint(400, 600)} started")
    slow = """[27-Jan-2026 08:31:12]  [pool www] pid 211
script_filename = /var/www/html/public/index.php
[0x00007f1c2a813f40] preg_replace_callback() /var/www/html/vendor/twig/twig/src/Lexer.php:257
[0x00007f1c2a813e10] tokenize() /var/www/html/vendor/twig/twig/src/Environment.php:491
[0x00007f1c2a813c90] compileSource() /var/www/html/vendor/twig/twig/src/Environment.php:344
[0x00007f1c2a813b40] loadTemplate() /var/www/html/vendor/twig/twig/src/Environment.php:316
[0x00007f1c2a8139d0] render() /var/www/html/src/Controller/CategoryController.php:58
"""
    ngx = []
    t = utc("2026-01-27T08:40:00")
    for i in range(80):
        t += timedelta(seconds=r.uniform(0.2, 4))
        up = r.uniform(0.2, 9.9)
        st = 200 if up < 9.5 else 504
        ip = f"10.90.{r.randint(0, 3)}.{r.randint(2, 250)}"
        uri = r.choice(["/category/shoes", "/product/88123", "/cart", "/search?q=boots", "/", "/static/app.8c1f.css"])
        if uri.startswith("/static"):
            up, st = 0.0, 200
        ngx.append(f'{ip} - - [{t.strftime("%d/%b/%Y:%H:%M:%S")} +0000] "GET {uri} HTTP/1.1" {st} {r.randint(300, 60000)} "-" "Mozilla/5.0" rt={up + 0.001:.3f} urt={"-" if uri.startswith("/static") else f"{up:.3f}"}')
        if st == 504:
            ngx.append(f'{t.strftime("%Y/%m/%d %H:%M:%S")} [error] 29#29: *{r.randint(10**5, 10**6)} upstream timed out (110: Operation timed out) while reading response header from upstream, client: {ip}, server: _, request: "GET {uri} HTTP/1.1", upstream: "fastcgi://127.0.0.1:9000"')
    write_incident("hx-013",
        "Storefront p95 latency went from ~350ms to 7-9s right after this morning's 08:20 release of storefront-php (namespace web). Memory looks normal. What is the root cause?",
        {
            "alert.json": alert,
            f"kubectl-describe-pod-{pod}.txt": desc,
            "pod-metrics.csv": csv,
            "php-fpm.log": "\n".join(fpm),
            "php-fpm-slow.log": slow,
            "nginx-access-error.log": "\n".join(ngx),
            "values-prod.diff": diff,
        },
        {
            "root_cause": "The release set the php-fpm container CPU limit to 50m (was 2 cores), so the container is CFS-throttled about 97% of the time; PHP requests crawl, workers pile up and nginx times out.",
            "required_keywords": [
                ["throttl*", "cfs"],
                ["limit*", "50m"],
            ],
            "forbidden_keywords": ["OOM*", "memory leak", "twig", "max_children", "database"],
            "component": "storefront-php php-fpm container (CPU limit)",
            "category": "resource_exhaustion",
        })
    return ("hx-013", "PHP-FPM container CPU limit lowered to 50m -> ~97% CFS throttling, slow requests, nginx 504s",
            "resource_exhaustion", "Alertmanager webhook v4 (two alerts), describe pod, per-minute metrics CSV, php-fpm error log (max_children WARN red herring), slowlog trace, nginx access+error lines, values diff")


# ---------------------------------------------------------------- hx-014
def hx014():
    r = rng(1014)
    alarm = {
        "AlarmName": "catalog-mysql-replica-1-lag",
        "AlarmDescription": "ReplicaLag on catalog-mysql-replica-1 above 300 s (catalog read traffic served from replica)",
        "AWSAccountId": "567890123456",
        "NewStateValue": "ALARM",
        "NewStateReason": "Threshold Crossed: 3 out of the last 3 datapoints [1344.0 (04/03/26 14:27:00), 1284.0 (04/03/26 14:26:00), 1226.0 (04/03/26 14:25:00)] were greater than the threshold (300.0) (minimum 3 datapoints for OK -> ALARM transition).",
        "StateChangeTime": "2026-03-04T14:28:09.551+0000",
        "Region": "US East (N. Virginia)",
        "AlarmArn": "arn:aws:cloudwatch:us-east-1:567890123456:alarm:catalog-mysql-replica-1-lag",
        "OldStateValue": "OK",
        "Trigger": {"MetricName": "ReplicaLag", "Namespace": "AWS/RDS", "StatisticType": "Statistic", "Statistic": "MAXIMUM",
                    "Dimensions": [{"value": "catalog-mysql-replica-1", "name": "DBInstanceIdentifier"}],
                    "Period": 60, "EvaluationPeriods": 3, "ComparisonOperator": "GreaterThanThreshold", "Threshold": 300.0,
                    "TreatMissingData": "missing"},
    }
    ts = minutes(utc("2026-03-04T13:30:00"), 70)
    rows = []
    start_del = utc("2026-03-04T14:04:00")
    for tt in ts:
        el = (tt - start_del).total_seconds()
        if el < 0:
            lag = r.choice([0, 0, 0, 1])
            wiops_p = r.uniform(800, 1100)
            blog = 1.9e9 + r.uniform(0, 5e7)
        else:
            lag = int(el * 0.98 + r.uniform(0, 8))
            wiops_p = r.uniform(4200, 5200)
            blog = 1.9e9 + el * 2.6e6
        rows.append([iso(tt), lag, round(r.uniform(18, 31), 1), round(r.uniform(30, 42), 1), round(wiops_p), round(r.uniform(700, 1400) if el >= 0 else r.uniform(600, 900)),
                     int(blog), r.randint(180, 230), int(3.1e11 - (tt - ts[0]).seconds * 1e5)])
    csv = csv_text(["minute_utc", "replica-1.ReplicaLag.max_s", "primary.CPUUtilization.avg_pct",
                    "replica-1.CPUUtilization.avg_pct", "primary.WriteIOPS.avg",
                    "replica-1.WriteIOPS.avg", "primary.BinLogDiskUsage.avg_bytes",
                    "primary.DatabaseConnections.avg", "primary.FreeStorageSpace.min_bytes"], rows)
    status = """mysql> SHOW REPLICA STATUS\\G     -- on catalog-mysql-replica-1, 14:31 UTC
*************************** 1. row ***************************
             Replica_IO_State: Waiting for source to send event
                  Source_Host: 10.40.12.88
                  Source_User: rdsrepladmin
                  Source_Port: 3306
              Source_Log_File: mysql-bin-changelog.218874
          Read_Source_Log_Pos: 88213009
               Relay_Log_File: relaylog.000612
                Relay_Log_Pos: 51230881
        Relay_Source_Log_File: mysql-bin-changelog.218861
           Replica_IO_Running: Yes
          Replica_SQL_Running: Yes
                   Last_Errno: 0
                   Last_Error:
          Exec_Source_Log_Pos: 51230657
        Seconds_Behind_Source: 1607
                Last_IO_Errno: 0
               Last_SQL_Errno: 0
  Replica_SQL_Running_State: Waiting for dependent transaction to commit
"""
    workers = """mysql> SELECT WORKER_ID, THREAD_ID, SERVICE_STATE, LAST_APPLIED_TRANSACTION, APPLYING_TRANSACTION, APPLYING_TRANSACTION_START_APPLY_TIMESTAMP FROM performance_schema.replication_applier_status_by_worker;
+-----------+-----------+---------------+----------------------------------------------+----------------------------------------------+---------------------------------------------+
| WORKER_ID | THREAD_ID | SERVICE_STATE | LAST_APPLIED_TRANSACTION                     | APPLYING_TRANSACTION                         | APPLYING_TRANSACTION_START_APPLY_TIMESTAMP  |
+-----------+-----------+---------------+----------------------------------------------+----------------------------------------------+---------------------------------------------+
|         1 |        58 | ON            | 8f1d2c3b-0a9e-11ef-9c4d-0e5b7a1c2d3e:9184402 | 8f1d2c3b-0a9e-11ef-9c4d-0e5b7a1c2d3e:9184403 | 2026-03-04 14:05:51.004112                  |
|         2 |        59 | ON            | 8f1d2c3b-0a9e-11ef-9c4d-0e5b7a1c2d3e:9184398 |                                              | 0000-00-00 00:00:00.000000                  |
|         3 |        60 | ON            | 8f1d2c3b-0a9e-11ef-9c4d-0e5b7a1c2d3e:9184401 |                                              | 0000-00-00 00:00:00.000000                  |
|         4 |        61 | ON            | 8f1d2c3b-0a9e-11ef-9c4d-0e5b7a1c2d3e:9184400 |                                              | 0000-00-00 00:00:00.000000                  |
+-----------+-----------+---------------+----------------------------------------------+----------------------------------------------+---------------------------------------------+

mysql> SELECT * FROM sys.session WHERE command <> 'Sleep' AND user LIKE 'sql/%'\\G   -- replica applier
           thd_id: 58
             user: sql/replica_worker
          command: Query
            state: Applying batch of row changes (delete)
             time: 1538
     current_statement: NULL
       rows_examined: 0
   trx_latency: 25.63 m
"""
    pi = """RDS Performance Insights | catalog-mysql-prod | MySQL 8.0.39 | 13:30-14:30 UTC, 04 Mar 2026

== SQL statements by average active sessions ==
AAS    CALLS/S   ROWS AFFECTED   STATEMENT
1.9    0.0003    38,911,204      DELETE FROM price_history WHERE recorded_at < '2025-09-01'
0.7    412.0     1.0             SELECT sku, price, currency FROM prices WHERE sku IN (...)
0.3    95.1      1.0             UPDATE inventory SET qty = qty - ? WHERE sku = ? AND qty >= ?
0.1    7.8       1.0             INSERT INTO price_history (sku, price, recorded_at) VALUES (...)

== Waits ==
EVENT                                      AAS
io/table/sql/handler                       1.6
synch/cond/innodb/row_lock_wait            0.3
CPU                                        0.9

== Sessions at 14:28 ==
ID      USER         TIME   STATE      INFO
88123   ops_cron     1463   updating   DELETE FROM price_history WHERE recorded_at < '2025-09-01'
   -- note: the statement committed at 14:29:44 (1 transaction, 38,911,204 rows)
"""
    events = """2026-03-01T03:12:44Z  catalog-mysql-prod          Backup         Automated snapshot completed
2026-03-02T22:05:10Z  catalog-mysql-replica-1     Configuration  Finished applying modification to DB parameter group catalog-mysql80-replica (replica_parallel_workers=4)
2026-03-04T03:10:51Z  catalog-mysql-prod          Backup         Automated snapshot completed
2026-03-04T09:41:02Z  catalog-mysql-prod          Notification   DB instance has a pending maintenance action: system-update (next window Sun 05:00-05:30)
"""
    cron = """# crontab -l  (ops-jobs-1, user ops)
# quarterly purge of old prices, added 2026-03-03 (OPS-4411)
4 14 4 3,6,9,12 *  mysql --defaults-file=/etc/ops/catalog.cnf catalog -e "DELETE FROM price_history WHERE recorded_at < '2025-09-01'"
"""
    write_incident("hx-014",
        "CloudWatch alarm catalog-mysql-replica-1-lag is in ALARM (ReplicaLag 1300+ s and rising). Catalog pages show stale prices. What is the root cause?",
        {
            "alarm.json": alarm,
            "cloudwatch-metrics.csv": csv,
            "show-replica-status.txt": status,
            "replica-applier-workers.txt": workers,
            "performance-insights-primary.txt": pi,
            "rds-events.log": events,
            "crontab-ops-jobs-1.txt": cron,
        },
        {
            "root_cause": "A quarterly purge ran a single huge transaction on the primary (DELETE FROM price_history, about 39 million rows); the replica must apply it as one row-based transaction, so replication falls further behind until it is applied.",
            "required_keywords": [
                ["replica*", "replication"],
                ["lag*", "behind", "delay*"],
                ["delete", "price_history", "purge", "bulk", "large transaction", "big transaction", "single transaction", "huge transaction"],
            ],
            "forbidden_keywords": ["network", "cpu saturation", "storage full", "disk full", "failover", "maintenance", "parameter group", "replica_parallel_workers"],
            "component": "RDS MySQL catalog-mysql-prod -> catalog-mysql-replica-1 (bulk delete)",
            "category": "resource_exhaustion",
        })
    return ("hx-014", "MySQL (RDS) replica lag from one 39M-row DELETE purge transaction on the primary applied serially on the replica",
            "resource_exhaustion", "CloudWatch alarm JSON, CloudWatch metrics CSV, SHOW REPLICA STATUS, applier worker table, Performance Insights top SQL, RDS events (parameter-group and maintenance red herrings), crontab")


# ---------------------------------------------------------------- hx-015
def hx015():
    r = rng(1015)
    alert = am_webhook([
        {"status": "firing",
         "labels": {"alertname": "PartnerWebhookDeliveryFailing", "severity": "critical", "namespace": "partner-gw", "service": "partner-api", "cluster": "edge-prod"},
         "annotations": {"summary": "Partner callback success rate 3% (5m)", "description": "Most partners fail to reach https://partners.acme-logistics.example/v1/callbacks"},
         "startsAt": "2026-02-10T00:04:30.000Z"},
        {"status": "firing",
         "labels": {"alertname": "FluentBitOutputRetriesHigh", "severity": "warning", "namespace": "logging", "service": "fluent-bit", "cluster": "edge-prod"},
         "annotations": {"summary": "fluent-bit output es.0 retrying for 20m; chunks are being dropped", "description": "rate(fluentbit_output_retries_failed_total[5m]) > 0"},
         "startsAt": "2026-02-10T06:52:00.000Z"},
    ], receiver="edge-oncall")
    certs = """NAMESPACE      NAME                  READY   SECRET                AGE
istio-system   partner-api-tls       False   partner-api-tls       402d
istio-system   internal-gw-tls       True    internal-gw-tls       402d
monitoring     grafana-tls           True    grafana-tls           211d
"""
    cdesc = """Name:         partner-api-tls
Namespace:    istio-system
API Version:  cert-manager.io/v1
Kind:         Certificate
Spec:
  Dns Names:
    partners.acme-logistics.example
  Issuer Ref:
    Kind:       ClusterIssuer
    Name:       acme-dns01
  Renew Before: 360h
  Secret Name:  partner-api-tls
Status:
  Conditions:
    Last Transition Time:  2026-02-10T00:00:00Z
    Message:               Certificate expired on Tue, 10 Feb 2026 00:00:00 UTC
    Observed Generation:   3
    Reason:                Expired
    Status:                False
    Type:                  Ready
    Last Transition Time:  2026-01-26T00:00:41Z
    Message:               Renewing certificate as renewal was scheduled at 2026-01-26 00:00:00 +0000 UTC
    Reason:                Renewing
    Status:                True
    Type:                  Issuing
  Failed Issuance Attempts: 9
  Last Failure Time:       2026-02-09T18:02:11Z
  Not After:               2026-02-10T00:00:00Z
  Not Before:              2025-11-12T00:00:01Z
  Renewal Time:            2026-01-26T00:00:00Z
Events:
  Type     Reason     Age                 From                                       Message
  ----     ------     ----                ----                                       -------
  Warning  Failed     13h (x9 over 15d)   cert-manager-certificates-issuing          The certificate request has failed to complete and will be retried: Failed to wait for order resource "partner-api-tls-1-2710384519" to become ready: order is in "errored" state: Failed to finalize Order: 403 urn:ietf:params:acme:error:unauthorized: Error finalizing order :: Incorrect TXT record "Yx3Hq...g2A" found at _acme-challenge.partners.acme-logistics.example
"""
    sclient = """$ echo | openssl s_client -connect partners.acme-logistics.example:443 -servername partners.acme-logistics.example 2>/dev/null | openssl x509 -noout -subject -issuer -dates
subject=CN = partners.acme-logistics.example
issuer=C = US, O = Let's Encrypt, CN = R11
notBefore=Nov 12 00:00:01 2025 GMT
notAfter=Feb 10 00:00:00 2026 GMT
$ date -u
Tue Feb 10 07:14:09 UTC 2026
"""
    # partner-side errors as forwarded by a partner + gateway logs
    gw = []
    t = utc("2026-02-10T00:00:00")
    for i in range(120):
        t += timedelta(seconds=r.uniform(5, 240))
        if r.random() < 0.85:
            gw.append(json.dumps({"time": iso(t, ms=True), "level": "debug", "logger": "envoy.connection", "msg": f"[C{r.randint(10**5, 10**6)}] TLS error: 268436502:SSL routines:OPENSSL_internal:SSLV3_ALERT_CERTIFICATE_EXPIRED", "downstream_remote": f"203.0.113.{r.randint(2, 250)}:{r.randint(30000, 60000)}"}))
        else:
            gw.append(json.dumps({"time": iso(t, ms=True), "level": "warning", "logger": "envoy.config", "msg": "gRPC config for type.googleapis.com/envoy.config.listener.v3.Listener rejected: Error adding/updating listener(s) 0.0.0.0_15021: duplicate listener name"}))
    partner = """From: integrations@fleetwise.example
Subject: Callbacks to your endpoint failing since midnight

Our delivery worker logs (Go):
2026/02/10 00:03:12 callback to https://partners.acme-logistics.example/v1/callbacks failed: Post "https://partners.acme-logistics.example/v1/callbacks": tls: failed to verify certificate: x509: certificate has expired or is not yet valid: current time 2026-02-10T00:03:12Z is after 2026-02-10T00:00:00Z
2026/02/10 00:08:12 callback to https://partners.acme-logistics.example/v1/callbacks failed: (same)
"""
    es = []
    t = utc("2026-02-10T06:20:00")
    nodes = ["logs-es-data-0", "logs-es-data-1", "logs-es-data-2"]
    for i in range(150):
        t += timedelta(seconds=r.uniform(3, 30))
        k = r.random()
        n = r.choice(nodes)
        if i == 5:
            es.append(json.dumps({"@timestamp": iso(t, ms=True), "log.level": "WARN", "message": f"high disk watermark [90%] exceeded on [Kq2xH1dXTeWm0c9vA6nY8g][logs-es-data-1][/usr/share/elasticsearch/data] free: 9.6gb[9.4%], shards will be relocated away from this node; currently relocating away shards totalling [0] bytes; the node is expected to continue to exceed the high disk watermark when these relocations are complete", "service.name": "ES_ECS", "event.dataset": "elasticsearch.server", "process.thread.name": "elasticsearch[logs-es-master-0][management][T#2]", "log.logger": "org.elasticsearch.cluster.routing.allocation.DiskThresholdMonitor"}))
        elif i == 30:
            es.append(json.dumps({"@timestamp": iso(t, ms=True), "log.level": "WARN", "message": "flood stage disk watermark [95%] exceeded on [Kq2xH1dXTeWm0c9vA6nY8g][logs-es-data-1][/usr/share/elasticsearch/data] free: 4.9gb[4.8%], all indices on this node will be marked read-only", "service.name": "ES_ECS", "event.dataset": "elasticsearch.server", "process.thread.name": "elasticsearch[logs-es-master-0][management][T#1]", "log.logger": "org.elasticsearch.cluster.routing.allocation.DiskThresholdMonitor"}))
        elif k < 0.5:
            es.append(json.dumps({"@timestamp": iso(t, ms=True), "log.level": "INFO", "message": f"[logs-app-2026.02.10/{r.choice(['aXm', 'Pq7', 'Zt0'])}{r.randint(100, 999)}] update_mapping [_doc]", "service.name": "ES_ECS", "event.dataset": "elasticsearch.server", "log.logger": "org.elasticsearch.cluster.metadata.MetadataMappingService"}))
        elif k < 0.7:
            es.append(json.dumps({"@timestamp": iso(t, ms=True), "log.level": "WARN", "message": f"[gc][{r.randint(10**5, 10**6)}] overhead, spent [{r.randint(250, 600)}ms] collecting in the last [1s]", "service.name": "ES_ECS", "event.dataset": "elasticsearch.server", "log.logger": "org.elasticsearch.monitor.jvm.JvmGcMonitorService"}))
        else:
            es.append(json.dumps({"@timestamp": iso(t, ms=True), "log.level": "INFO", "message": "Cluster health status changed from [GREEN] to [YELLOW]" if i == 60 else f"[{n}] snapshot lifecycle policy [nightly-snap] is not due yet", "service.name": "ES_ECS", "event.dataset": "elasticsearch.server", "log.logger": "org.elasticsearch.cluster.routing.allocation.AllocationService" if i == 60 else "org.elasticsearch.xpack.slm.SnapshotLifecycleTask"}))
    fb = []
    t = utc("2026-02-10T06:40:00")
    for i in range(40):
        t += timedelta(seconds=r.uniform(5, 50))
        if r.random() < 0.7:
            fb.append(f"[{t.strftime('%Y/%m/%d %H:%M:%S')}] [error] [output:es:es.0] HTTP status=200 URI=/_bulk, response:")
            fb.append('{"errors":true,"took":3,"items":[{"create":{"_index":"logs-app-2026.02.10","status":429,"error":{"type":"cluster_block_exception","reason":"index [logs-app-2026.02.10] blocked by: [TOO_MANY_REQUESTS/12/disk usage exceeded flood-stage watermark, index has read-only-allow-delete block];"}}}]}')
        else:
            fb.append(f"[{t.strftime('%Y/%m/%d %H:%M:%S')}] [ warn] [engine] failed to flush chunk '1-{int(t.timestamp())}.{r.randint(100000, 999999)}.flb', retry in {r.randint(6, 60)} seconds: task_id={r.randint(0, 40)}, input=tail.0 > output=es.0 (out_id=0)")
    alloc = """$ curl -s 'logs-es:9200/_cat/allocation?v&h=node,shards,disk.percent,disk.used,disk.avail,disk.total'
node           shards disk.percent disk.used disk.avail disk.total
logs-es-data-0    212           81    81.2gb     19.1gb    100.3gb
logs-es-data-1    231           96    96.4gb      3.9gb    100.3gb
logs-es-data-2    208           79    79.5gb     20.8gb    100.3gb
"""
    write_incident("hx-015",
        "Several pages in edge-prod overnight: partners can't deliver callbacks to partners.acme-logistics.example since around midnight, and this morning fluent-bit started dropping logs. Are these related? What is the root cause?",
        {
            "alert.json": alert,
            "kubectl-get-certificates-all-namespaces.txt": certs,
            "kubectl-describe-certificate-partner-api-tls.txt": cdesc,
            "openssl-s_client.txt": sclient,
            "istio-ingressgateway.log": "\n".join(gw),
            "partner-email.txt": partner,
            "elasticsearch-master.log": "\n".join(es),
            "fluent-bit.log": "\n".join(fb),
            "es-cat-allocation.txt": alloc,
        },
        {
            "root_cause": "Two independent faults: the TLS certificate partner-api-tls served by the Istio ingress expired at 00:00 because cert-manager's DNS-01 renewal kept failing, breaking partner callbacks; separately, Elasticsearch data node logs-es-data-1 ran out of disk and crossed the flood-stage watermark, making the log indices read-only so fluent-bit cannot ship logs.",
            "required_keywords": [
                ["certificate", "cert", "tls", "x509", "partner-api-tls"],
                ["expired", "expir*"],
                ["disk", "storage", "watermark", "flood*", "no space", "read-only", "read only"],
            ],
            "forbidden_keywords": ["single root cause", "same root cause", "one root cause", "network partition", "gc pressure", "garbage collect*", "duplicate listener"],
            "component": "istio-system Certificate partner-api-tls; Elasticsearch logs-es-data-1 disk",
            "category": "multiple",
        })
    return ("hx-015", "Multiple: expired TLS certificate at the Istio gateway (cert-manager DNS-01 renewal failing) AND Elasticsearch data node over flood-stage disk watermark (indices read-only, fluent-bit 429s)",
            "multiple", "Alertmanager webhook v4 (two alerts), cert-manager Certificate get/describe, openssl s_client, Envoy JSON log (harmless listener WARN), partner email with Go x509 error, Elasticsearch ECS JSON log (GC WARN noise), fluent-bit log, _cat/allocation")


# ---------------------------------------------------------------- hx-016
def hx016():
    r = rng(1016)
    web = ["booking-web-6f7b9c8d4-2xkvr", "booking-web-6f7b9c8d4-9mqzt", "booking-web-6f7b9c8d4-kt5wd"]
    pods = "NAME                                  READY   STATUS             RESTARTS        AGE\n"
    for p in web:
        pods += f"{p}          0/1     CrashLoopBackOff   {r.randint(9, 14)} ({r.randint(1, 4)}m ago)   47m\n"
    pods += "booking-web-5d4c8b7a96-pq2ln          1/1     Running            0               6d\n"
    pods += "booking-worker-7c6d5b8f9-4sgwz        1/1     Running            0               6d\n"
    pods += "booking-worker-7c6d5b8f9-wl8jq        1/1     Running            0               6d\n"
    pods += "booking-pg-0                          1/1     Running            0               60d\n"
    desc = f"""Name:             {web[0]}
Namespace:        travel
Node:             ip-10-70-3-51.ap-southeast-2.compute.internal/10.70.3.51
Labels:           app=booking-web
                  pod-template-hash=6f7b9c8d4
Status:           Running
IP:               10.70.3.188
Controlled By:    ReplicaSet/booking-web-6f7b9c8d4
Containers:
  web:
    Image:          ghcr.io/acme-travel/booking:2026.03.18-rails8
    Port:           8080/TCP
    State:          Running
      Started:      Wed, 18 Mar 2026 10:44:02 +0000
    Last State:     Terminated
      Reason:       Error
      Exit Code:    143
      Started:      Wed, 18 Mar 2026 10:42:31 +0000
      Finished:     Wed, 18 Mar 2026 10:44:01 +0000
    Ready:          False
    Restart Count:  11
    Limits:
      cpu:     1
      memory:  1Gi
    Liveness:       http-get http://:8080/up delay=20s timeout=3s period=10s #success=1 #failure=6
    Readiness:      http-get http://:8080/up delay=5s timeout=3s period=5s #success=1 #failure=3
    Environment:
      RAILS_ENV:        production
      PORT:             3000
      RAILS_LOG_LEVEL:  info
Events:
  Type     Reason     Age                   From     Message
  ----     ------     ----                  ----     -------
  Warning  Unhealthy  2m (x131 over 47m)    kubelet  Readiness probe failed: Get "http://10.70.3.188:8080/up": dial tcp 10.70.3.188:8080: connect: connection refused
  Warning  Unhealthy  2m (x64 over 46m)     kubelet  Liveness probe failed: Get "http://10.70.3.188:8080/up": dial tcp 10.70.3.188:8080: connect: connection refused
  Normal   Killing    2m (x11 over 45m)     kubelet  Container web failed liveness probe, will be restarted
"""
    weblog = [
        "=> Booting Puma",
        "=> Rails 8.0.2 application starting in production",
        "=> Run `bin/rails server --help` for more startup options",
        "DEPRECATION WARNING: `to_time` will always preserve the receiver timezone rather than system local time in Rails 8.1. To opt in to the new behavior, set `config.active_support.to_time_preserves_timezone = :zone`. (called from <top (required)> at /rails/config/environment.rb:5)",
        "Puma starting in single mode...",
        "* Puma version: 6.6.0 (\"Return to Forever\")",
        "* Ruby version: ruby 3.4.2 (2025-02-04 revision 34029d2ae0) +YJIT +PRISM [x86_64-linux]",
        "*  Min threads: 3",
        "*  Max threads: 3",
        "*  Environment: production",
        "*          PID: 1",
        "* Listening on http://0.0.0.0:3000",
        "Use Ctrl-C to stop",
        "- Gracefully stopping, waiting for requests to finish",
        "=== puma shutdown: 2026-03-18 10:44:01 +0000 ===",
        "- Goodbye!",
    ]
    diff = """--- a/Dockerfile
+++ b/Dockerfile
@@ -58,6 +58,6 @@ USER 1000:1000
 ENTRYPOINT ["/rails/bin/docker-entrypoint"]
-# Start the server through Thruster (HTTP/2, caching) on port 8080
-EXPOSE 8080
-CMD ["./bin/thrust", "./bin/rails", "server"]
+# Start the server by default, this can be overwritten at runtime
+EXPOSE 3000
+CMD ["./bin/rails", "server"]
"""
    wk = []
    t = utc("2026-03-18T09:55:00")
    for i in range(400):
        t += timedelta(seconds=r.uniform(2, 12))
        jid = "%024x" % r.getrandbits(96)
        k = r.random()
        ts = iso(t, ms=True)
        if k < 0.45:
            wk.append(f"{ts} pid=1 tid={r.choice(['2bn9', '2bo1', '2bq5', '2bt3'])} class=SyncAvailabilityJob jid={jid} INFO: start")
            if t > utc("2026-03-18T10:10:00") and r.random() < 0.8:
                wk.append(f"{ts} pid=1 tid={r.choice(['2bn9', '2bo1', '2bq5', '2bt3'])} class=SyncAvailabilityJob jid={jid} elapsed={r.uniform(0.1, 0.6):.3f} INFO: fail")
                wk.append(f"{ts} pid=1 tid={r.choice(['2bn9', '2bo1', '2bq5', '2bt3'])} WARN: {{\"context\":\"Job raised exception\",\"job\":{{\"class\":\"SyncAvailabilityJob\",\"args\":[\"hotel-{r.randint(1000, 9999)}\"],\"retry\":true,\"queue\":\"partners\",\"jid\":\"{jid}\",\"retry_count\":{r.randint(0, 9)}}}}}")
                wk.append(f"{ts} pid=1 tid={r.choice(['2bn9', '2bo1', '2bq5', '2bt3'])} WARN: Faraday::TooManyRequestsError: the server responded with status 429 for GET https://api.roomgrid.example/v3/availability?hotel=hotel-{r.randint(1000, 9999)} (x-ratelimit-remaining: 0, retry-after: 60)")
            else:
                wk.append(f"{ts} pid=1 tid={r.choice(['2bn9', '2bo1', '2bq5', '2bt3'])} class=SyncAvailabilityJob jid={jid} elapsed={r.uniform(0.2, 1.3):.3f} INFO: done")
        elif k < 0.75:
            wk.append(f"{ts} pid=1 tid={r.choice(['2bn9', '2bo1', '2bq5', '2bt3'])} class=BookingConfirmationMailer jid={jid} INFO: start")
            wk.append(f"{ts} pid=1 tid={r.choice(['2bn9', '2bo1', '2bq5', '2bt3'])} class=BookingConfirmationMailer jid={jid} elapsed={r.uniform(0.05, 0.4):.3f} INFO: done")
        elif k < 0.78:
            wk.append(f"{ts} pid=1 tid=2bk1 WARN: DEPRECATION WARNING: Sidekiq::Job.set(queue: ...) with a Symbol is deprecated and will be removed in Sidekiq 8.0")
        else:
            wk.append(f"{ts} pid=1 tid={r.choice(['2bn9', '2bo1', '2bq5', '2bt3'])} class=PriceSnapshotJob jid={jid} elapsed={r.uniform(0.3, 2.0):.3f} INFO: done")
    stats = """Sidekiq::Stats (10:46 UTC)
processed: 1,204,118   failed: 19,882   (failed since 10:10: 3,411)
queues: default=4  mailers=0  partners=2,871
retry set: 2,906 (2,899 SyncAvailabilityJob)
dead set: 14
"""
    write_incident("hx-016",
        "travel namespace after the 10:40 deploy: booking-web pods won't become ready and the partner availability sync is failing too. What is the root cause?",
        {
            "kubectl-get-pods-travel.txt": pods,
            f"kubectl-describe-pod-{web[0]}.txt": desc,
            f"logs-{web[0]}-previous.log": "\n".join(weblog),
            "git-diff-deploy.txt": diff,
            "logs-booking-worker-7c6d5b8f9-4sgwz.log": "\n".join(wk),
            "sidekiq-stats.txt": stats,
        },
        {
            "root_cause": "Two separate problems: the new booking-web image listens on port 3000 while the liveness and readiness probes still target port 8080, so the probes are refused and the kubelet keeps restarting the pods; independently, the Roomgrid partner API is rate-limiting SyncAvailabilityJob with HTTP 429 since about 10:10, before the deploy.",
            "required_keywords": [
                ["liveness*", "readiness*", "probe*"],
                ["port", "8080", "3000"],
                ["429", "rate limit*", "rate-limit*", "too many requests", "ratelimit*"],
            ],
            "forbidden_keywords": ["OOM*", "out of memory", "database", "postgres*", "mailer", "deprecat*"],
            "component": "booking-web probes (port mismatch); Roomgrid partner API (429) for booking-worker",
            "category": "multiple",
        })
    return ("hx-016", "Multiple: Rails web pods' liveness/readiness probes hit port 8080 after the image moved to 3000 (restart loop) AND partner API returning 429 to Sidekiq sync jobs since before the deploy",
            "multiple", "kubectl get pods (old ReplicaSet pod still fine), describe pod, Puma previous log (Rails deprecation noise), Dockerfile diff, Sidekiq worker log with 429s, Sidekiq stats")


if __name__ == "__main__":
    for f in (hx013, hx014, hx015, hx016):
        print(f())
