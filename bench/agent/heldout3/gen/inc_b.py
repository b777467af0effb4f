"""hz-005 .. hz-008"""
import json
import random
from common import dt, ts, jl, table, write_incident, timedelta, HEALTHY


# --------------------------------------------------------------------------------------------
# hz-005: JVM max heap (-Xmx2g) above the container memory limit (1536Mi) -> kernel OOM kill
# --------------------------------------------------------------------------------------------
def hz005():
    rng = random.Random(3005)
    pods = table([["NAME", "READY", "STATUS", "RESTARTS", "AGE"],
                  ["catalog-indexer-84d6b9c7f5-6tq2r", "1/1", "Running", "31 (9m ago)", "17h"],
                  ["catalog-indexer-84d6b9c7f5-wd8kx", "0/1", "CrashLoopBackOff", "29 (3m ago)", "17h"],
                  ["catalog-search-7b8f9d6c4-fj2lp", "1/1", "Running", "0", "12d"],
                  ["catalog-search-7b8f9d6c4-n4q8z", "1/1", "Running", "0", "12d"]])
    describe = """Name:             catalog-indexer-84d6b9c7f5-wd8kx
Namespace:        catalog
Priority:         0
Service Account:  catalog-indexer
Node:             ip-172-20-41-9.eu-west-1.compute.internal/172.20.41.9
Start Time:       Wed, 19 Nov 2025 16:41:27 +0000
Labels:           app=catalog-indexer
                  pod-template-hash=84d6b9c7f5
Status:           Running
IP:               172.20.44.201
Controlled By:    ReplicaSet/catalog-indexer-84d6b9c7f5
Containers:
  indexer:
    Container ID:   containerd://3fd1a0c7b9e24d5e8a61f0c2b7d9e4a1c3b5d7e9f1a3c5e7b9d1f3a5c7e9b1d3
    Image:          123456789012.dkr.ecr.eu-west-1.amazonaws.com/catalog-indexer:5.12.3
    Port:           8080/TCP
    State:          Waiting
      Reason:       CrashLoopBackOff
    Last State:     Terminated
      Reason:       OOMKilled
      Exit Code:    137
      Started:      Thu, 20 Nov 2025 09:17:02 +0000
      Finished:     Thu, 20 Nov 2025 09:41:36 +0000
    Ready:          False
    Restart Count:  29
    Limits:
      cpu:     2
      memory:  1536Mi
    Requests:
      cpu:     1
      memory:  1536Mi
    Liveness:   http-get http://:8080/actuator/health/liveness delay=60s timeout=3s period=15s #success=1 #failure=4
    Readiness:  http-get http://:8080/actuator/health/readiness delay=30s timeout=3s period=10s #success=1 #failure=3
    Environment:
      SPRING_PROFILES_ACTIVE:  prod
      JAVA_TOOL_OPTIONS:       -Xms512m -Xmx2g -XX:+UseG1GC -XX:MaxGCPauseMillis=200 -Xlog:gc:stdout
      INDEX_BATCH_SIZE:        5000
      ES_URL:                  https://search-catalog.internal:9200
Conditions:
  Type              Status
  Initialized       True
  Ready             False
  ContainersReady   False
  PodScheduled      True
QoS Class:          Guaranteed
Events:
  Type     Reason   Age                  From     Message
  ----     ------   ----                 ----     -------
  Normal   Pulled   3m (x30 over 17h)    kubelet  Container image "123456789012.dkr.ecr.eu-west-1.amazonaws.com/catalog-indexer:5.12.3" already present on machine
  Normal   Created  3m (x30 over 17h)    kubelet  Created container indexer
  Normal   Started  3m (x30 over 17h)    kubelet  Started container indexer
  Warning  BackOff  1m (x88 over 16h)    kubelet  Back-off restarting failed container indexer in pod catalog-indexer-84d6b9c7f5-wd8kx_catalog(5a2e7c91-44d0-4f0f-9d7e-2b1f8c3a6e55)
"""
    hist = """deployment.apps/catalog-indexer
REVISION  CHANGE-CAUSE
12        5.12.1: index product bundles
13        5.12.3: faster delta detection (JAVA_TOOL_OPTIONS -Xms512m -Xmx1g)
14        raise indexer heap for the bigger autumn catalog (JAVA_TOOL_OPTIONS -Xmx1g -> -Xmx2g)
"""
    log = []
    t = dt("2025-11-20T09:17:03")
    log.append("Picked up JAVA_TOOL_OPTIONS: -Xms512m -Xmx2g -XX:+UseG1GC -XX:MaxGCPauseMillis=200 -Xlog:gc:stdout")
    log.append("[0.006s][info][gc] Using G1")
    log.append("")
    log.append("  .   ____          _            __ _ _")
    log.append(" /\\\\ / ___'_ __ _ _(_)_ __  __ _ \\ \\ \\ \\")
    log.append("  '  |____| .__|_| |_|_| |_\\__, | / / / /")
    log.append(" =========|_|==============|___/=/_/_/_/")
    log.append(" :: Spring Boot ::                (v3.3.5)")
    def L(level, logger, msg):
        log.append("%s %5s 1 --- [%s] %-40s : %s" % (t.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % (t.microsecond // 1000), level, thread, logger, msg))
    thread = "           main"
    L("INFO", "c.e.catalog.indexer.IndexerApplication", "Starting IndexerApplication v5.12.3 using Java 17.0.12 with PID 1")
    t += timedelta(seconds=2)
    L("INFO", "com.zaxxer.hikari.HikariDataSource", "HikariPool-1 - Start completed.")
    L("WARN", "o.s.b.a.o.j.JpaBaseConfiguration", "spring.jpa.open-in-view is enabled by default. Therefore, database queries may be performed during view rendering.")
    t += timedelta(seconds=5)
    L("INFO", "c.e.catalog.indexer.IndexerApplication", "Started IndexerApplication in 8.412 seconds (process running for 9.1)")
    gcn = 0
    uptime = 9.2
    batch = 0
    thread = "indexer-1"
    committed = 512
    used = 260
    total = (dt("2025-11-20T09:41:36") - t).total_seconds()
    t0 = t
    while t < dt("2025-11-20T09:41:27"):
        step = rng.randint(4, 9)
        t += timedelta(seconds=step)
        uptime += step
        batch += 1
        L("INFO", "c.e.catalog.indexer.DeltaIndexer", "batch %d: fetched %d products, %d changed, indexed in %d ms" % (
            batch, 5000, rng.randint(300, 1800), rng.randint(900, 2600)))
        frac = (t - t0).total_seconds() / total
        live = 280 + 560 * min(1.0, frac / 0.5) + rng.uniform(-15, 15)   # caches warm up, then plateau
        used += rng.randint(60, 110)
        if used > committed * 0.93:
            gcn += 1
            after = int(live + rng.uniform(5, 40))
            committed = min(2048, int(max(committed, after * 1.3, 512 + 830 * frac)))   # G1 keeps expanding towards -Xmx
            log.append("[%.3fs][info][gc] GC(%d) Pause Young (Normal) (G1 Evacuation Pause) %dM->%dM(%dM) %.3fms" % (
                uptime, gcn, min(used, committed - rng.randint(2, 30)), after, committed, rng.uniform(9, 45)))
            used = after
        if rng.random() < 0.02:
            L("WARN", "c.e.catalog.indexer.EsBulkClient", "bulk request took %d ms (> 3000 ms), %d items retried" % (rng.randint(3000, 4200), rng.randint(0, 3)))
    log.append("[%.3fs][info][gc] GC(%d) Pause Young (Concurrent Start) (G1 Humongous Allocation) %dM->%dM(%dM) 21.044ms" % (uptime, gcn + 1, int(committed * 0.9), int(committed * 0.9) - 95, committed))
    log.append("[%.3fs][info][gc] GC(%d) Concurrent Mark Cycle" % (uptime + 0.01, gcn + 2))
    thread = "indexer-1"
    L("INFO", "c.e.catalog.indexer.DeltaIndexer", "batch %d: fetched 5000 products, 1411 changed" % (batch + 1))
    # the container is killed here by the kernel; there is no Java OutOfMemoryError
    mem = ["timestamp,pod,container_memory_working_set_bytes,container_spec_memory_limit_bytes,jvm_memory_committed_heap_bytes"]
    t = dt("2025-11-20T09:17:00")
    ws = 420
    while t <= dt("2025-11-20T09:41:30"):
        ws = min(1534, ws + rng.randint(20, 42))
        heapc = max(512, ws - 230)
        mem.append("%s,catalog-indexer-84d6b9c7f5-wd8kx,%d,%d,%d" % (ts(t), ws * 1048576, 1536 * 1048576, heapc * 1048576))
        t += timedelta(seconds=30)
    question = "catalog-indexer pods have been restarting every 20-30 minutes since yesterday afternoon's change. What is the root cause?"
    write_incident("hz-005", question, {
        "kubectl-get-pods-catalog.txt": pods,
        "kubectl-describe-pod-catalog-indexer-84d6b9c7f5-wd8kx.txt": describe,
        "kubectl-rollout-history-catalog-indexer.txt": hist,
        "logs-catalog-indexer-84d6b9c7f5-wd8kx-previous.log": "\n".join(log),
        "prometheus-catalog-indexer-memory.csv": "\n".join(mem),
    }, {
        "root_cause": "Revision 14 raised the JVM max heap to -Xmx2g while the container memory limit stayed 1536Mi, so as the heap grows the container exceeds its limit and is OOM-killed by the kernel (exit code 137) before the JVM ever throws OutOfMemoryError.",
        "required_keywords": [["oom*", "out of memory", "out-of-memory", "137", "memory limit", "1536mi", "limit*"],
                              ["xmx*", "heap", "jvm", "java_tool_options", "2g"]],
        "forbidden_keywords": ["memory leak", "leak*", "elasticsearch", "spring.jpa", "open-in-view", "liveness"],
        "component": "deployment catalog/catalog-indexer (JAVA_TOOL_OPTIONS -Xmx vs memory limit)",
        "category": "configuration_error",
    })


# --------------------------------------------------------------------------------------------
# hz-006: latency page after a traffic burst; HPA scaled 3 -> 7 and p99 recovered (stale alert)
# --------------------------------------------------------------------------------------------
def hz006():
    rng = random.Random(3006)
    alert = {
        "version": "4", "status": "firing", "receiver": "shop-sre",
        "groupLabels": {"alertname": "CartP99LatencyHigh"},
        "commonLabels": {"alertname": "CartP99LatencyHigh", "namespace": "shop", "service": "cart-service", "severity": "page", "team": "checkout"},
        "commonAnnotations": {"summary": "cart-service p99 latency above 800ms", "runbook_url": "https://wiki.example.internal/runbooks/cart-latency"},
        "externalURL": "http://alertmanager.obs:9093",
        "alerts": [{"status": "firing",
                    "labels": {"alertname": "CartP99LatencyHigh", "namespace": "shop", "service": "cart-service", "severity": "page"},
                    "annotations": {"summary": "cart-service p99 latency above 800ms", "description": "p99 of http_server_duration for cart-service was 1.46s (threshold 800ms, for 3m)."},
                    "startsAt": "2025-12-01T14:04:00Z", "endsAt": "0001-01-01T00:00:00Z", "fingerprint": "6be0f3d1c2a94e77"}],
    }
    hpa = """Name:                                                  cart-service
Namespace:                                             shop
Reference:                                             Deployment/cart-service
Metrics:                                               ( current / target )
  resource cpu on pods  (as a percentage of request):  46% (230m) / 70%
Min replicas:                                          3
Max replicas:                                          12
Behavior:
  Scale Up:
    Stabilization Window: 0 seconds
    Select Policy: Max
    Policies:
      - Type: Percent  Value: 100  Period: 60 seconds
  Scale Down:
    Stabilization Window: 600 seconds
    Select Policy: Max
    Policies:
      - Type: Percent  Value: 20  Period: 60 seconds
Deployment pods:                                       7 current / 7 desired
Conditions:
  Type            Status  Reason               Message
  ----            ------  ------               -------
  AbleToScale     True    ScaleDownStabilized  recent recommendations were higher than current one, applying the highest recent recommendation
  ScalingActive   True    ValidMetricFound     the HPA was able to successfully calculate a replica count from cpu resource utilization (percentage of request)
  ScalingLimited  False   DesiredWithinRange   the desired count is within the acceptable range
Events:
  Type    Reason             Age   From                       Message
  ----    ------             ----  ----                       -------
  Normal  SuccessfulRescale  38m   horizontal-pod-autoscaler  New size: 5; reason: cpu resource utilization (percentage of request) above target
  Normal  SuccessfulRescale  35m   horizontal-pod-autoscaler  New size: 7; reason: cpu resource utilization (percentage of request) above target
"""
    csv = ["timestamp,requests_per_s,p50_ms,p99_ms,error_ratio,ready_replicas,cpu_util_pct_of_request"]
    t = dt("2025-12-01T13:45:00")
    while t <= dt("2025-12-01T14:41:00"):
        m = (t - dt("2025-12-01T14:00:00")).total_seconds() / 60
        if m < 0:
            rps, rep = rng.uniform(410, 470), 3
        elif m < 12:
            rps = 460 + min(m, 3) * 330 + rng.uniform(-30, 30)
        else:
            rps = 1380 - (m - 12) * 8 + rng.uniform(-40, 40)
        if m < 3:
            rep = 3
        elif m < 6:
            rep = 5
        elif m >= 0:
            rep = 7
        per = rps / rep
        if m < 0:
            p99 = rng.uniform(170, 240)
        elif m < 9:
            p99 = min(1520, 220 + per * 2.6 + rng.uniform(-40, 40)) if m > 0.5 else rng.uniform(200, 260)
        else:
            p99 = rng.uniform(180, 260)
        p50 = p99 / rng.uniform(4.5, 6.5)
        cpu = min(180, per / 160.0 * 52 + rng.uniform(-4, 4))
        err = 0.0004 if m < 0 or m > 9 else rng.uniform(0.0008, 0.003)
        csv.append("%s,%.0f,%.0f,%.0f,%.4f,%d,%.0f" % (ts(t), rps, p50, p99, err, rep, cpu))
        t += timedelta(minutes=1)
    pods = table([["NAME", "READY", "STATUS", "RESTARTS", "AGE"],
                  ["cart-service-6c9f8d7b54-2mzk8", "1/1", "Running", "0", "3d"],
                  ["cart-service-6c9f8d7b54-8rk4v", "1/1", "Running", "0", "3d"],
                  ["cart-service-6c9f8d7b54-fq7lp", "1/1", "Running", "0", "3d"],
                  ["cart-service-6c9f8d7b54-jn5c2", "1/1", "Running", "0", "38m"],
                  ["cart-service-6c9f8d7b54-w2x9t", "1/1", "Running", "0", "38m"],
                  ["cart-service-6c9f8d7b54-b6hqs", "1/1", "Running", "0", "35m"],
                  ["cart-service-6c9f8d7b54-z8dmn", "1/1", "Running", "0", "35m"],
                  ["promo-rules-5d4c7b9f8-kk2lx", "1/1", "Running", "0", "9d"],
                  ["redis-cart-0", "1/1", "Running", "0", "41d"]])
    log = []
    t = dt("2025-12-01T13:50:00")
    while t < dt("2025-12-01T14:41:00"):
        t += timedelta(seconds=rng.randint(8, 20))
        m = (t - dt("2025-12-01T14:00:00")).total_seconds() / 60
        busy = 0 <= m < 9
        log.append("%s INFO  cart-service: window=10s requests=%d p99_ms=%d inflight=%d" % (
            t.strftime("%Y-%m-%d %H:%M:%S"), rng.randint(1400, 1650) if not busy else rng.randint(3500, 4600),
            rng.randint(170, 260) if not busy else rng.randint(700, 1500), rng.randint(3, 12) if not busy else rng.randint(40, 180)))
        if rng.random() < 0.03:
            log.append("%s WARN  cart-service: promo-rules evaluation slow (%d ms) for cart with %d items" % (
                t.strftime("%Y-%m-%d %H:%M:%S"), rng.randint(310, 420), rng.randint(30, 60)))
    log.insert(90, "2025-12-01 14:03:12 WARN  cart-service: worker queue depth 214 (soft limit 200)")
    log.insert(91, "2025-12-01 14:03:30 INFO  cart-service: marketing campaign header X-Campaign=black-friday-extension seen on 61% of requests")
    question = "We were paged for CartP99LatencyHigh on cart-service at 14:04 UTC and it is still listed as firing. Is something broken right now, and what caused it?"
    write_incident("hz-006", question, {
        "alert.json": json.dumps(alert, indent=2),
        "kubectl-describe-hpa-cart-service.txt": hpa,
        "prometheus-cart-service-1m.csv": "\n".join(csv),
        "kubectl-get-pods-shop.txt": pods,
        "logs-cart-service-6c9f8d7b54-2mzk8.log": "\n".join(log),
    }, {
        "root_cause": "Nothing is broken now: a campaign traffic burst at 14:00 roughly tripled requests, p99 rose while 3 replicas were saturated, and the HPA scaled cart-service 3 -> 5 -> 7 replicas; p99 has been back to ~200 ms since about 14:09, so the still-firing alert is stale and needs no action.",
        "required_keywords": [["hpa", "autoscal*", "horizontal pod autoscal*", "scaled out", "scale out", "scaled up", "scale up", "scale-up", "rescale*", "replicas"],
                              HEALTHY],
        "forbidden_keywords": ["memory leak", "promo-rules", "redis", "cpu limit", "throttl*"],
        "component": "cart-service (traffic burst absorbed by HPA)",
        "category": "healthy",
    })


# --------------------------------------------------------------------------------------------
# hz-007: a bad release (v2.14.0) throws TypeError on single-leg shipments
# --------------------------------------------------------------------------------------------
def hz007():
    rng = random.Random(3007)
    alert = {
        "id": 184402117, "title": "[Triggered] [logistics] fulfillment-router error rate above 5%",
        "alert_type": "error", "priority": "P1", "date_happened": 1763730420,
        "monitor": {"id": 9981234, "name": "[logistics] fulfillment-router error rate above 5%", "type": "query alert",
                    "query": "sum(last_5m):sum:trace.express.request.errors{service:fulfillment-router,env:prod}.as_count() / sum:trace.express.request.hits{service:fulfillment-router,env:prod}.as_count() > 0.05"},
        "tags": ["service:fulfillment-router", "env:prod", "team:logistics", "kube_namespace:logistics"],
        "body": "Error rate is 0.383 (threshold 0.05) for service:fulfillment-router env:prod. @pagerduty-logistics",
        "last_updated": "2025-11-21T13:07:00Z",
    }
    monitors = table([["MONITOR", "STATE", "LAST CHANGE", "QUERY"],
                      ["[logistics] fulfillment-router error rate above 5%", "Alert", "2025-11-21T13:07:00Z", "errors/hits{service:fulfillment-router} > 0.05"],
                      ["[logistics] fulfillment-router p95 latency", "OK", "2025-11-19T08:12:00Z", "p95:trace.express.request{service:fulfillment-router} > 1.2"],
                      ["[logistics] carrier-api p95 latency", "OK", "2025-11-21T11:58:00Z", "p95:trace.http.request{service:carrier-api} > 0.8"],
                      ["[logistics] shipments-db slow queries", "Warn", "2025-11-14T02:00:00Z", "sum:postgresql.slow_queries{db:shipments} > 50"]], sep="  ")
    hist = """$ kubectl -n logistics rollout history deployment/fulfillment-router
deployment.apps/fulfillment-router
REVISION  CHANGE-CAUSE
57        v2.13.2: bump undici, carrier timeout 4s
58        v2.13.3: retry label printing once on 409
59        v2.14.0: multi-carrier split shipments (shipment.legs[])

$ kubectl -n logistics get rs -l app=fulfillment-router
NAME                            DESIRED   CURRENT   READY   AGE
fulfillment-router-5d8c7b6f94   0         0         0       6d
fulfillment-router-7f9b8c6d45   4         4         4       19m

$ kubectl -n logistics get events --field-selector involvedObject.name=fulfillment-router
LAST SEEN   TYPE     REASON              OBJECT                          MESSAGE
19m         Normal   ScalingReplicaSet   deployment/fulfillment-router   Scaled up replica set fulfillment-router-7f9b8c6d45 to 1
18m         Normal   ScalingReplicaSet   deployment/fulfillment-router   Scaled down replica set fulfillment-router-5d8c7b6f94 to 3 from 4
17m         Normal   ScalingReplicaSet   deployment/fulfillment-router   Scaled up replica set fulfillment-router-7f9b8c6d45 to 4 from 3
16m         Normal   ScalingReplicaSet   deployment/fulfillment-router   Scaled down replica set fulfillment-router-5d8c7b6f94 to 0 from 1
"""
    logs = []
    t = dt("2025-11-21T12:40:00")
    while t < dt("2025-11-21T13:20:00"):
        t += timedelta(milliseconds=rng.randint(400, 2200))
        new = t >= dt("2025-11-21T13:02:40")
        pod = rng.choice(["fulfillment-router-7f9b8c6d45-b2kqp", "fulfillment-router-7f9b8c6d45-x8m4d"]) if new else \
            rng.choice(["fulfillment-router-5d8c7b6f94-l2z9c", "fulfillment-router-5d8c7b6f94-q7r3n"])
        ver = "2.14.0" if new else "2.13.3"
        head = "%s %%s service=fulfillment-router version=%s host=%s [kube_namespace:logistics,pod_name:%s]" % (ts(t), ver, "ip-10-12-%d-%d" % (rng.randint(1, 9), rng.randint(2, 250)), pod)
        oid = "SO-%07d" % rng.randint(1, 9999999)
        if new and rng.random() < 0.4:
            logs.append(head % "ERROR" + " route failed order=%s: TypeError: Cannot read properties of undefined (reading 'carrierCode') at selectCarrier (/app/dist/routing/carrier.js:88:41) at planShipment (/app/dist/routing/plan.js:132:19)" % oid)
            logs.append(head % "INFO " + " POST /v1/route 500 %dms order=%s" % (rng.randint(8, 30), oid))
        else:
            logs.append(head % "INFO " + " POST /v1/route 200 %dms order=%s carrier=%s" % (rng.randint(60, 240), oid, rng.choice(["UPS", "DHL", "FEDEX", "POSTNL"])))
        if rng.random() < 0.05:
            logs.append(head % "WARN " + " slow query %dms: SELECT * FROM shipment_events WHERE order_id = $1 ORDER BY created_at" % rng.randint(1050, 1900))
    logs.insert(40, "2025-11-21T11:57:44Z WARN  service=fulfillment-router version=2.13.3 host=ip-10-12-3-77 [kube_namespace:logistics,pod_name:fulfillment-router-5d8c7b6f94-l2z9c] carrier-api slow response 1830ms (p95 alert raised then cleared at 11:58)")
    trace = """Trace 4f2a9c1e7d3b5a60 (2025-11-21T13:09:14.221Z, 23 ms, status ERROR)
└── fulfillment-router POST /v1/route                        23.1 ms   ERROR  http.status_code=500 version=2.14.0
    ├── fulfillment-router pg.query SELECT orders             3.2 ms   OK     db.system=postgresql db.name=shipments
    ├── fulfillment-router pg.query SELECT shipment_events    4.8 ms   OK     db.system=postgresql db.name=shipments
    ├── carrier-api GET /v3/rates                             9.7 ms   OK     http.status_code=200 carriers=4
    └── fulfillment-router routing.selectCarrier               0.3 ms   ERROR  exception.type=TypeError exception.message="Cannot read properties of undefined (reading 'carrierCode')" order.legs=undefined order.split=false

Trace 0b77e4d2a91c38f5 (2025-11-21T12:51:02.008Z, 148 ms, status OK)
└── fulfillment-router POST /v1/route                       148.4 ms   OK     http.status_code=200 version=2.13.3
    ├── fulfillment-router pg.query SELECT orders             3.0 ms   OK
    ├── fulfillment-router pg.query SELECT shipment_events    5.1 ms   OK
    ├── carrier-api GET /v3/rates                            121.6 ms  OK     http.status_code=200 carriers=4
    └── fulfillment-router routing.selectCarrier               0.6 ms   OK     carrier=DHL
"""
    question = "fulfillment-router's error rate jumped from ~0.2% to ~38% a few minutes after 13:00 UTC and the Datadog monitor paged. What is the root cause?"
    write_incident("hz-007", question, {
        "datadog-alert.json": json.dumps(alert, indent=2),
        "datadog-monitors.txt": monitors,
        "kubectl-rollout-fulfillment-router.txt": hist,
        "datadog-logs-fulfillment-router.log": "\n".join(logs),
        "trace-fulfillment-router.txt": trace,
    }, {
        "root_cause": "The v2.14.0 release of fulfillment-router (rolled out at ~13:02) has a regression: selectCarrier reads shipment.legs[...].carrierCode, which is undefined for ordinary single-leg orders, so ~40% of routes fail with TypeError and return 500.",
        "required_keywords": [["deploy*", "rollout", "rolled out", "release*", "v2.14.0", "2.14.0", "new version", "revision", "new image"],
                              ["typeerror", "undefined", "carriercode", "null*", "bug", "code defect", "regression", "exception", "legs"]],
        "forbidden_keywords": ["carrier-api", "slow quer*", "shipment_events", "database", "postgres*"],
        "component": "deployment logistics/fulfillment-router v2.14.0 (routing.selectCarrier)",
        "category": "code_defect",
    })


# --------------------------------------------------------------------------------------------
# hz-008: HikariCP connection leak in a DAO method; pool drains over hours (long JSON log)
# --------------------------------------------------------------------------------------------
def hz008():
    rng = random.Random(3008)
    out = []
    t = dt("2025-10-08T11:00:00")
    end = dt("2025-10-08T15:10:00")
    leaked = 0
    pool_max = 40
    next_leak = t + timedelta(minutes=rng.randint(3, 8))
    next_stats = t
    thread_ids = list(range(1, 25))
    while t < end:
        t += timedelta(milliseconds=rng.randint(300, 1000))
        if t >= next_leak and leaked < pool_max:
            leaked += 1
            th = "adjudication-worker-%d" % rng.choice(thread_ids)
            out.append(jl({"@timestamp": ts(t, "isoms"), "level": "WARN", "logger": "com.zaxxer.hikari.pool.ProxyLeakTask", "thread": th,
                           "message": "Connection leak detection triggered for org.postgresql.jdbc.PgConnection@%07x on thread %s, stack trace follows" % (rng.getrandbits(28), th),
                           "stack_trace": "java.lang.Exception: Apparent connection leak detected\n\tat com.zaxxer.hikari.HikariDataSource.getConnection(HikariDataSource.java:127)\n\tat com.example.claims.ledger.ClaimsLedgerDao.findOpenAdjustments(ClaimsLedgerDao.java:212)\n\tat com.example.claims.adjudication.AdjustmentStep.apply(AdjustmentStep.java:64)\n\tat com.example.claims.adjudication.Pipeline.run(Pipeline.java:88)"}))
            next_leak = t + timedelta(seconds=rng.randint(200, 420))
        if t >= next_stats:
            busy = rng.randint(1, 4)
            active = min(pool_max, leaked + busy)
            waiting = 0 if leaked + busy <= pool_max else rng.randint(10, 70)
            out.append(jl({"@timestamp": ts(t, "isoms"), "level": "DEBUG", "logger": "com.zaxxer.hikari.pool.HikariPool", "thread": "HikariPool-1 housekeeper",
                           "message": "HikariPool-1 - Pool stats (total=%d, active=%d, idle=%d, waiting=%d)" % (pool_max, active, pool_max - active, waiting)}))
            next_stats = t + timedelta(seconds=30)
        exhausted = leaked >= pool_max - 1
        cid = "CLM-%08d" % rng.randint(1, 99999999)
        th = "http-nio-8080-exec-%d" % rng.randint(1, 50)
        if exhausted and rng.random() < 0.7:
            out.append(jl({"@timestamp": ts(t, "isoms"), "level": "ERROR", "logger": "c.e.claims.api.AdjudicationController", "thread": th,
                           "message": "adjudication failed for %s" % cid,
                           "exception": "org.springframework.jdbc.CannotGetJdbcConnectionException: Failed to obtain JDBC Connection; nested exception is java.sql.SQLTransientConnectionException: HikariPool-1 - Connection is not available, request timed out after 30000ms (total=40, active=40, idle=0, waiting=%d)" % rng.randint(20, 80)}))
            out.append(jl({"@timestamp": ts(t, "isoms"), "level": "INFO", "logger": "access", "thread": th,
                           "message": "POST /v2/claims/%s/adjudicate 503 %d ms" % (cid, rng.randint(30000, 30050))}))
        else:
            slow = leaked > pool_max - 6
            out.append(jl({"@timestamp": ts(t, "isoms"), "level": "INFO", "logger": "access", "thread": th,
                           "message": "POST /v2/claims/%s/adjudicate 200 %d ms" % (cid, rng.randint(30, 90) if not slow else rng.randint(400, 6000))}))
        r = rng.random()
        if r < 0.006:
            out.append(jl({"@timestamp": ts(t, "isoms"), "level": "WARN", "logger": "c.e.claims.fraud.FraudSignalsClient", "thread": th,
                           "message": "fraud-signals responded 429 Too Many Requests, retrying in 200 ms (attempt 1/3)"}))
        elif r < 0.009:
            out.append(jl({"@timestamp": ts(t, "isoms"), "level": "WARN", "logger": "org.hibernate.SQL_SLOW", "thread": th,
                           "message": "SlowQuery: %d milliseconds. SQL: 'select ch.* from claims_history ch where ch.member_id=?'" % rng.randint(1100, 2400)}))
        elif r < 0.0105:
            out.append(jl({"@timestamp": ts(t, "isoms"), "level": "INFO", "logger": "c.e.claims.cache.ProviderCache", "thread": "scheduling-1",
                           "message": "provider directory refreshed: %d entries" % rng.randint(180000, 181000)}))
    question = "claims-adjudicator started timing out and returning 503 on adjudication requests this afternoon; a restart fixes it for a few hours. What is the root cause?"
    pods = table([["NAME", "READY", "STATUS", "RESTARTS", "AGE"],
                  ["claims-adjudicator-7c8d9f6b5d-4hx2m", "1/1", "Running", "0", "4h12m"],
                  ["claims-db-proxy-6b7c8d9f5-t8w2q", "1/1", "Running", "0", "33d"],
                  ["fraud-signals-5f6d7c8b9-kq9pl", "1/1", "Running", "0", "8d"]])
    pgact = """claimsdb=> SELECT state, count(*), max(now() - state_change) AS oldest FROM pg_stat_activity WHERE usename = 'claims_app' GROUP BY state;
        state        | count |     oldest
---------------------+-------+-----------------
 idle                |    39 | 03:58:41.20311
 active              |     1 | 00:00:00.01102
(2 rows)

claimsdb=> SHOW max_connections;
 max_connections
-----------------
 400
(1 row)
"""
    write_incident("hz-008", question, {
        "logs-claims-adjudicator-7c8d9f6b5d-4hx2m.log": "\n".join(out),
        "kubectl-get-pods-claims.txt": pods,
        "psql-pg-stat-activity-claimsdb.txt": pgact,
    }, {
        "root_cause": "claims-adjudicator leaks database connections: ClaimsLedgerDao.findOpenAdjustments borrows a HikariCP connection and never returns it (leak detection fires each time), so the 40-connection pool drains over a few hours until requests time out waiting for a connection.",
        "required_keywords": [["connection pool", "pool", "hikari*", "connection*"],
                              ["leak*", "not closed", "never closed", "not returned", "never returned", "unclosed", "not released", "never released", "findopenadjustments"]],
        "forbidden_keywords": ["rate limit*", "429", "fraud-signals", "max_connections", "slow quer*", "claims_history"],
        "component": "claims-adjudicator HikariCP pool (ClaimsLedgerDao.findOpenAdjustments)",
        "category": "resource_exhaustion",
    })
