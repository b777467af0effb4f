"""ho-009 (HikariCP leak, long Spring log), ho-011 (INFO-only latency from an upstream), ho-012 (goroutine leak in numbers), ho-013 (CPU throttling)."""
import json, math, random
from datetime import datetime, timedelta
from common import write, question, answer, dedent

random.seed(909)

# ---------------------------------------------------------------- ho-009
I = "ho-009"
question(I, "claims-service (namespace insurance) started returning HTTP 500s on most endpoints around 10:40 and got worse. Here are the logs of one pod. What is the root cause?")
t = datetime(2025, 11, 12, 8, 0, 0)
out = []
threads = ["http-nio-8080-exec-%d" % i for i in range(1, 41)]
def S(level, thread, logger, msg, dt):
    global t
    t += timedelta(milliseconds=dt)
    out.append("%s %5s 1 --- [claims-service] [%15s] %-45s : %s" % (t.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % (t.microsecond // 1000), level, thread[-15:], logger[-45:], msg))
S("INFO", "main", "c.e.claims.ClaimsServiceApplication", "Starting ClaimsServiceApplication v3.7.2 using Java 21.0.5 with PID 1", 5)
S("INFO", "main", "c.e.claims.ClaimsServiceApplication", "The following 1 profile is active: \"prod\"", 900)
S("WARN", "main", "JpaBaseConfiguration$JpaWebConfiguration", "spring.jpa.open-in-view is enabled by default. Therefore, database queries may be performed during view rendering. Explicitly configure spring.jpa.open-in-view to disable this warning", 1500)
S("INFO", "main", "com.zaxxer.hikari.HikariDataSource", "HikariPool-1 - Starting...", 100)
S("INFO", "main", "com.zaxxer.hikari.pool.HikariPool", "HikariPool-1 - Added connection org.postgresql.jdbc.PgConnection@1f7a3c9e", 200)
S("INFO", "main", "com.zaxxer.hikari.HikariDataSource", "HikariPool-1 - Start completed.", 10)
S("INFO", "main", "o.s.b.w.embedded.tomcat.TomcatWebServer", "Tomcat started on port 8080 (http) with context path '/'", 600)
S("INFO", "main", "c.e.claims.ClaimsServiceApplication", "Started ClaimsServiceApplication in 7.412 seconds (process running for 8.03)", 50)
leaked = 0
waiting = 0
n = 0
start = t
end = datetime(2025, 11, 12, 11, 5, 0)
next_export = datetime(2025, 11, 12, 8, 35, 0)
next_stats = t + timedelta(seconds=30)
while t < end:
    n += 1
    th = random.choice(threads)
    exhausted = leaked >= 20
    if t >= next_export:
        next_export = t + timedelta(minutes=random.randint(4, 8))
        et = "claims-export-%d" % random.randint(1, 4)
        S("INFO", et, "c.e.claims.export.ClaimCsvExporter", "Starting export batch partner=%s rows=%d" % (random.choice(["northwind-re", "contoso-mutual", "fabrikam-life"]), random.randint(5000, 40000)), 3)
        S("INFO", et, "c.e.claims.export.ClaimCsvExporter", "Export batch written to s3://claims-exports-prod/%s.csv.gz" % t.strftime("%Y%m%d%H%M%S"), random.randint(2000, 9000))
        if leaked < 20:
            leaked += 1
            S("WARN", "HikariPool-1 housekeeper", "com.zaxxer.hikari.pool.ProxyLeakTask", "Connection leak detection triggered for org.postgresql.jdbc.PgConnection@%08x on thread %s, stack trace follows" % (random.getrandbits(32), et), 60000)
            out.append("java.lang.Exception: Apparent connection leak detected")
            out.append("\tat c.e.claims.export.ClaimCsvExporter.exportBatch(ClaimCsvExporter.java:118)")
            out.append("\tat c.e.claims.export.ExportScheduler.run(ExportScheduler.java:47)")
            out.append("\tat java.base/java.util.concurrent.ThreadPoolExecutor.runWorker(ThreadPoolExecutor.java:1144)")
    if t >= next_stats:
        next_stats = t + timedelta(seconds=30)
        active = min(20, leaked + random.randint(0, 3))
        if leaked >= 20:
            waiting = min(57, waiting + random.randint(3, 9))
        S("DEBUG", "HikariPool-1 housekeeper", "com.zaxxer.hikari.pool.HikariPool", "HikariPool-1 - Pool stats (total=20, active=%d, idle=%d, waiting=%d)" % (active, 20 - active, waiting if leaked >= 20 else 0), 1)
        S("DEBUG", "HikariPool-1 housekeeper", "com.zaxxer.hikari.pool.HikariPool", "HikariPool-1 - Fill pool skipped, pool has sufficient level or currently being filled (queueing=0).", 1)
    r = random.random()
    if exhausted and r < 0.7:
        S("ERROR", th, "o.h.engine.jdbc.spi.SqlExceptionHelper", "HikariPool-1 - Connection is not available, request timed out after 30000ms (total=20, active=20, idle=0, waiting=%d)." % max(waiting, 1), random.randint(40, 400))
        S("ERROR", th, "o.a.c.c.C.[.[.[/].[dispatcherServlet]", "Servlet.service() for servlet [dispatcherServlet] in context with path [] threw exception [Request processing failed: org.springframework.dao.DataAccessResourceFailureException: Unable to acquire JDBC Connection [HikariPool-1 - Connection is not available, request timed out after 30000ms (total=20, active=20, idle=0, waiting=%d).]] with root cause" % max(waiting, 1), 2)
        continue
    if r < 0.80:
        path = random.choice(["/api/v1/claims/%d" % random.randint(10000, 99999), "/api/v1/claims?policy=%d" % random.randint(100000, 999999), "/api/v1/policies/%d/coverage" % random.randint(100000, 999999)])
        S("INFO", th, "c.e.claims.web.RequestLoggingFilter", "GET %s status=200 took=%dms" % (path, random.randint(8, 70)), random.randint(150, 750))
    elif r < 0.90:
        S("INFO", th, "c.e.claims.web.RequestLoggingFilter", "POST /api/v1/claims status=201 took=%dms" % random.randint(30, 140), random.randint(150, 750))
    elif r < 0.93:
        S("INFO", th, "c.e.claims.web.RequestLoggingFilter", "GET /actuator/health status=200 took=%dms" % random.randint(1, 6), random.randint(150, 750))
    elif r < 0.95:
        S("WARN", th, "c.e.claims.web.GlobalExceptionHandler", "ClaimNotFoundException: claim %d not found" % random.randint(10000, 99999), random.randint(150, 750))
    elif r < 0.965:
        S("INFO", "resilience4j-1", "c.e.claims.fraud.FraudScoreClient", "CircuitBreaker 'fraudScore' changed state from %s" % random.choice(["CLOSED to OPEN", "OPEN to HALF_OPEN", "HALF_OPEN to CLOSED"]), random.randint(150, 750))
    elif r < 0.975:
        S("WARN", th, "c.e.claims.fraud.FraudScoreClient", "fraud-score call failed (Read timed out after 2000 ms), using fallback score", random.randint(150, 750))
    elif r < 0.98:
        S("ERROR", th, "c.e.claims.web.GlobalExceptionHandler", "Validation failed for claim submission: field 'incidentDate' must be in the past", random.randint(150, 750))
    else:
        S("INFO", "scheduling-1", "c.e.claims.cache.PolicyCacheRefresher", "Refreshed policy cache: %d entries in %d ms" % (random.randint(41000, 42000), random.randint(300, 900)), random.randint(150, 750))
write(I, "files/logs-claims-service-5b7d9c8f6-jm4tq.log", "\n".join(out))
write(I, "files/kubectl-top-pods-insurance.txt", dedent("""
NAME                              CPU(cores)   MEMORY(bytes)
claims-service-5b7d9c8f6-jm4tq    212m         1304Mi
claims-service-5b7d9c8f6-r8xvd    198m         1288Mi
claims-db-proxy-6c4f8b7d9-2nlq5   14m          61Mi
"""))
write(I, "files/application-prod.yaml", dedent("""
spring:
  datasource:
    url: jdbc:postgresql://claims-db-proxy.insurance.svc:5432/claims
    hikari:
      maximum-pool-size: 20
      connection-timeout: 30000
      leak-detection-threshold: 60000
  jpa:
    hibernate:
      ddl-auto: validate
claims:
  export:
    cron: "0 */5 * * * *"
    enabled-from: "08:35"
resilience4j:
  circuitbreaker:
    instances:
      fraudScore:
        failure-rate-threshold: 50
"""))
answer(I,
    "ClaimCsvExporter.exportBatch leaks JDBC connections (Hikari leak detection fires for each export batch), so HikariPool-1 runs dry (total=20, active=20, idle=0, up to 57 waiting) and requests fail after 30000 ms waiting for a connection.",
    [["pool", "hikari*", "connection*"],
     ["leak*", "exhaust*", "active=20", "20/20", "dry", "starv*", "no idle", "idle=0", "saturat*", "all 20"]],
    ["circuit breaker", "circuitbreaker", "fraudscore", "fraud-score", "open-in-view", "cpu throttl*", "OOM*"],
    "claims-service HikariPool-1 (connection leak in ClaimCsvExporter.exportBatch)",
    "resource_exhaustion")

# ---------------------------------------------------------------- ho-011
I = "ho-011"
question(I, "Customers say quoting got slower and slower this afternoon on quote-aggregator (namespace pricing). There are no errors in its logs. What is causing it?")
t = datetime(2025, 11, 26, 12, 0, 0)
end = datetime(2025, 11, 26, 16, 0, 0)
out = []
total = (end - t).total_seconds()
while t < end:
    frac = (t - datetime(2025, 11, 26, 12, 0, 0)).total_seconds() / total
    t += timedelta(milliseconds=random.randint(300, 1300))
    r = random.random()
    ts = t.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % (t.microsecond // 1000)
    if r < 0.72:
        carrier = int(85 * math.exp(frac * 4.05) + random.randint(-15, 25))
        tax = random.randint(9, 24); inv = random.randint(14, 38); own = random.randint(6, 18)
        dur = own + max(carrier, tax + inv)
        out.append(json.dumps({"level": "info", "ts": ts, "caller": "httpx/middleware.go:88", "msg": "request completed", "method": "POST", "path": "/v1/quotes", "status": 200, "duration_ms": dur,
                               "upstreams": {"carrier-rates": carrier, "tax-svc": tax, "inventory": inv}, "items": random.randint(1, 14), "trace_id": "%032x" % random.getrandbits(128)}))
    elif r < 0.84:
        out.append(json.dumps({"level": "info", "ts": ts, "caller": "httpx/middleware.go:88", "msg": "request completed", "method": "GET", "path": "/v1/quotes/%s" % ("%012x" % random.getrandbits(48)), "status": random.choice([200, 200, 200, 404]), "duration_ms": random.randint(2, 9), "trace_id": "%032x" % random.getrandbits(128)}))
    elif r < 0.92:
        out.append(json.dumps({"level": "info", "ts": ts, "caller": "httpx/middleware.go:88", "msg": "request completed", "method": "GET", "path": "/healthz", "status": 200, "duration_ms": random.randint(0, 2)}))
    elif r < 0.95:
        out.append(json.dumps({"level": "info", "ts": ts, "caller": "ratecache/cache.go:141", "msg": "fx rate cache refreshed", "pairs": 164, "took_ms": random.randint(30, 90)}))
    elif r < 0.97:
        out.append(json.dumps({"level": "info", "ts": ts, "caller": "runtime/stats.go:33", "msg": "runtime", "goroutines": random.randint(180, 260), "heap_mb": random.randint(88, 112), "gc_pause_p99_us": random.randint(180, 420)}))
    elif r < 0.985:
        out.append(json.dumps({"level": "warn", "ts": ts, "caller": "httpx/headers.go:52", "msg": "deprecated header received", "header": "X-Client-Version", "client": random.choice(["ios/5.2.1", "android/5.1.9"])}))
    elif r < 0.99:
        out.append(json.dumps({"level": "info", "ts": ts, "caller": "httpx/middleware.go:88", "msg": "request completed", "method": "POST", "path": "/v1/quotes", "status": 422, "duration_ms": random.randint(1, 4), "error_code": "INVALID_POSTCODE"}))
    else:
        out.append(json.dumps({"level": "info", "ts": ts, "caller": "config/watch.go:77", "msg": "config unchanged", "revision": 4412}))
write(I, "files/logs-quote-aggregator-6c7f8d9b5-w2kcx.log", "\n".join(out))
write(I, "files/kubectl-top-pods-pricing.txt", dedent("""
NAME                                CPU(cores)   MEMORY(bytes)
carrier-rates-5f8b7c6d9-9xmpl       1870m        2011Mi
carrier-rates-5f8b7c6d9-tq4vz       1902m        1984Mi
quote-aggregator-6c7f8d9b5-w2kcx    96m          141Mi
quote-aggregator-6c7f8d9b5-z8rvd    104m         139Mi
tax-svc-7d9c8b6f5-4kqnp             41m          233Mi
"""))
answer(I,
    "The slowdown comes from the carrier-rates upstream: its call time in quote-aggregator's request logs grows steadily from ~90 ms to several seconds over the afternoon, while tax-svc, inventory and quote-aggregator's own processing stay flat.",
    [["carrier-rates", "carrier rates", "carrier"],
     ["latency", "slow*", "response time*", "duration", "degrad*", "took", "seconds", "grow*", "increas*"]],
    ["OOM*", "cpu throttl*", "memory leak", "garbage collect*", "gc pause*", "deprecated header"],
    "upstream carrier-rates (called by quote-aggregator POST /v1/quotes)",
    "dependency_failure")

# ---------------------------------------------------------------- ho-012
I = "ho-012"
question(I, "ws-presence (namespace realtime) triggered ContainerMemoryHigh again (working set 88% of its 2Gi limit). Traffic looks normal. What is going on?")
t = datetime(2025, 11, 25, 0, 0, 0)
end = datetime(2025, 11, 25, 10, 0, 0)
out = []
gor = 1830
conns = 1200
rows = ["timestamp,container_memory_working_set_bytes,go_goroutines,ws_active_connections,http_requests_per_second,cpu_usage_cores"]
last_min = None
while t < end:
    t += timedelta(seconds=random.uniform(0.2, 2.5))
    h = t.hour + t.minute / 60
    conns = int(1150 + 120 * math.sin(h / 3) + random.randint(-20, 20))
    r = random.random()
    tss = t.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % (t.microsecond // 1000)
    if r < 0.35:
        out.append('time=%s level=INFO msg="client connected" conn_id=%s region=%s' % (tss, "%010x" % random.getrandbits(40), random.choice(["eu-west", "us-east", "ap-south"])))
    elif r < 0.70:
        gor += random.choice([1, 2, 3])
        out.append('time=%s level=INFO msg="client disconnected" conn_id=%s duration_s=%d reason=%s' % (tss, "%010x" % random.getrandbits(40), random.randint(3, 3600), random.choice(["client_close", "client_close", "ping_timeout", "going_away"])))
    elif r < 0.93:
        out.append('time=%s level=INFO msg="presence update fanned out" channel=team-%d subscribers=%d took_ms=%d' % (tss, random.randint(1, 900), random.randint(2, 60), random.randint(1, 9)))
    elif r < 0.94:
        out.append('time=%s level=WARN msg="slow subscriber, dropping message" conn_id=%s queue_len=256' % (tss, "%010x" % random.getrandbits(40)))
    else:
        out.append('time=%s level=INFO msg="GET /healthz 200"' % tss)
    if last_min is None or (t - last_min).total_seconds() >= 60:
        last_min = t.replace(second=0, microsecond=0) + timedelta(minutes=1)
        heap = 150 + gor * 0.075 + random.uniform(-6, 6)
        out.append('time=%s level=INFO msg="runtime stats" goroutines=%d heap_alloc_mb=%.0f num_gc=%d active_ws_conns=%d' % (tss, gor, heap, int(t.timestamp()) % 100000, conns))
        rows.append("%s,%d,%d,%d,%d,%.2f" % (t.replace(second=0, microsecond=0).strftime("%Y-%m-%dT%H:%M:%SZ"), int((heap + 95) * 1024 * 1024), gor, conns, random.randint(180, 260), random.uniform(0.3, 0.5)))
write(I, "files/logs-ws-presence-84d9c7b6f-lx5tn.log", "\n".join(out))
write(I, "files/prometheus-ws-presence-1m.csv", "\n".join(rows))
write(I, "files/alert.json", json.dumps({
    "receiver": "realtime-slack", "status": "firing",
    "alerts": [{"status": "firing",
                "labels": {"alertname": "ContainerMemoryHigh", "namespace": "realtime", "pod": "ws-presence-84d9c7b6f-lx5tn", "container": "presence", "severity": "warning"},
                "annotations": {"summary": "Container memory working set above 85% of limit",
                                "description": "ws-presence-84d9c7b6f-lx5tn/presence working set is 88% of its 2Gi memory limit."},
                "startsAt": "2025-11-25T09:41:00Z", "endsAt": "0001-01-01T00:00:00Z",
                "generatorURL": "http://prometheus.monitoring:9090/graph?g0.expr=container_memory_working_set_bytes+%2F+...", "fingerprint": "2ab7e90c14d36f58"}],
    "groupLabels": {"alertname": "ContainerMemoryHigh"}, "commonLabels": {"alertname": "ContainerMemoryHigh", "namespace": "realtime"},
    "commonAnnotations": {}, "externalURL": "http://alertmanager.monitoring:9093", "version": "4",
    "groupKey": "{}:{alertname=\"ContainerMemoryHigh\"}", "truncatedAlerts": 0}, indent=2))
write(I, "files/kubectl-get-pods-realtime.txt", dedent("""
NAME                           READY   STATUS    RESTARTS       AGE
ws-presence-84d9c7b6f-lx5tn    1/1     Running   3 (10h ago)    6d
ws-presence-84d9c7b6f-q2hvd    1/1     Running   3 (9h ago)     6d
ws-gateway-6f5d8c9b7-7mzkt     1/1     Running   0              6d
"""))
answer(I,
    "ws-presence leaks goroutines: the goroutine count climbs steadily (about 2 to 3 per client disconnect) from ~1.8k to ~20k while active websocket connections stay flat around 1,200, so heap and working-set memory grow until the container nears its limit.",
    [["leak*", "never released", "not released", "never exit*", "not cleaned up", "never cleaned up", "unbounded", "accumulat*"],
     ["goroutine*", "memory", "heap"]],
    ["traffic spike", "traffic increase", "load spike", "more connections", "cpu throttl*", "slow subscriber"],
    "ws-presence (goroutines not released on client disconnect)",
    "resource_exhaustion")

# ---------------------------------------------------------------- ho-013
I = "ho-013"
question(I, "Investigate this alert: CPUThrottlingHigh on jwt-issuer (namespace identity). Logins have been slow since yesterday's deploy. What is the root cause?")
write(I, "files/alert.json", json.dumps({
    "receiver": "identity-team", "status": "firing",
    "alerts": [{"status": "firing",
                "labels": {"alertname": "CPUThrottlingHigh", "namespace": "identity", "pod": "jwt-issuer-5c9d7f8b46-k2m8x", "container": "issuer", "severity": "info"},
                "annotations": {"summary": "Processes experience elevated CPU throttling.",
                                "description": "91.3% throttling of CPU in namespace identity for container issuer in pod jwt-issuer-5c9d7f8b46-k2m8x.",
                                "runbook_url": "https://runbooks.prometheus-operator.dev/runbooks/kubernetes/cputhrottlinghigh"},
                "startsAt": "2025-11-27T15:22:40Z", "endsAt": "0001-01-01T00:00:00Z",
                "generatorURL": "http://prometheus.monitoring:9090/graph", "fingerprint": "c7d2e5f09a13b846"}],
    "groupLabels": {"alertname": "CPUThrottlingHigh"}, "commonLabels": {"alertname": "CPUThrottlingHigh", "namespace": "identity"},
    "commonAnnotations": {}, "externalURL": "http://alertmanager.monitoring:9093", "version": "4",
    "groupKey": "{}:{alertname=\"CPUThrottlingHigh\"}", "truncatedAlerts": 0}, indent=2))
rows = ["timestamp,cpu_usage_cores,cpu_cfs_throttled_periods_ratio,logins_per_second,token_issue_p99_ms,event_loop_delay_p99_ms,memory_working_set_mib,node_cpu_utilization_pct"]
t0 = datetime(2025, 11, 27, 14, 30)
for m in range(90):
    tt = t0 + timedelta(minutes=m)
    deployed = m >= 40
    lps = 38 + 10 * math.sin(m / 14) + random.uniform(-3, 3)
    if deployed:
        cpu = 0.025 + random.uniform(-0.0008, 0.0004); thr = random.uniform(0.86, 0.95)
        p99 = 1900 + lps * 18 + random.randint(-200, 250); eld = 520 + random.randint(-80, 140)
    else:
        cpu = 0.21 + lps * 0.002 + random.uniform(-0.01, 0.01); thr = random.uniform(0.0, 0.02)
        p99 = 85 + random.randint(-10, 15); eld = 11 + random.randint(0, 6)
    rows.append("%s,%.4f,%.3f,%.1f,%d,%d,%d,%.1f" % (tt.strftime("%Y-%m-%dT%H:%M:%SZ"), cpu, thr, lps, p99, eld, random.randint(180, 196), random.uniform(31, 39)))
write(I, "files/prometheus-jwt-issuer-1m.csv", "\n".join(rows))
write(I, "files/deployment-jwt-issuer.yaml", dedent("""
apiVersion: apps/v1
kind: Deployment
metadata:
  name: jwt-issuer
  namespace: identity
  annotations:
    deployment.kubernetes.io/revision: "57"
    kubernetes.io/change-cause: "chore: right-size resources per capacity review (PR #2291)"
spec:
  replicas: 2
  selector:
    matchLabels:
      app: jwt-issuer
  template:
    metadata:
      labels:
        app: jwt-issuer
    spec:
      containers:
        - name: issuer
          image: ghcr.io/example-id/jwt-issuer:4.3.0
          ports:
            - containerPort: 8443
          env:
            - name: NODE_OPTIONS
              value: "--max-old-space-size=384"
            - name: SIGNING_ALG
              value: RS512
          resources:
            requests:
              cpu: 25m
              memory: 256Mi
            limits:
              cpu: 25m
              memory: 512Mi
          readinessProbe:
            httpGet: { path: /ready, port: 8443, scheme: HTTPS }
            periodSeconds: 10
            timeoutSeconds: 5
"""))
write(I, "files/kubectl-rollout-history-jwt-issuer.txt", dedent("""
deployment.apps/jwt-issuer
REVISION  CHANGE-CAUSE
55        feat: rotate signing keys via JWKS endpoint (PR #2240)
56        fix: clock skew tolerance 30s (PR #2263)
57        chore: right-size resources per capacity review (PR #2291)

$ kubectl rollout history deploy/jwt-issuer -n identity --revision=56 | grep -A3 Limits
    Limits:
      cpu:	1
      memory:	512Mi
"""))
logs = []
tt = datetime(2025, 11, 27, 15, 40, 0)
for i in range(1200):
    tt += timedelta(milliseconds=random.randint(20, 140))
    r = random.random()
    if r < 0.85:
        logs.append(json.dumps({"level": 30, "time": int(tt.timestamp() * 1000), "pid": 1, "hostname": "jwt-issuer-5c9d7f8b46-k2m8x", "req": {"method": "POST", "url": "/oauth/token"}, "res": {"statusCode": 200}, "responseTime": random.randint(1400, 3200), "grant_type": random.choice(["password", "refresh_token", "client_credentials"]), "msg": "request completed"}))
    elif r < 0.95:
        logs.append(json.dumps({"level": 30, "time": int(tt.timestamp() * 1000), "pid": 1, "hostname": "jwt-issuer-5c9d7f8b46-k2m8x", "eventLoopDelayMs": {"p50": random.randint(180, 260), "p99": random.randint(480, 700)}, "msg": "event loop stats"}))
    elif r < 0.97:
        logs.append(json.dumps({"level": 40, "time": int(tt.timestamp() * 1000), "pid": 1, "hostname": "jwt-issuer-5c9d7f8b46-k2m8x", "msg": "(node:1) [DEP0040] DeprecationWarning: The `punycode` module is deprecated."}))
    else:
        logs.append(json.dumps({"level": 30, "time": int(tt.timestamp() * 1000), "pid": 1, "hostname": "jwt-issuer-5c9d7f8b46-k2m8x", "msg": "jwks cache hit", "kid": "2025-11-a"}))
write(I, "files/logs-jwt-issuer-5c9d7f8b46-k2m8x.log", "\n".join(logs))
write(I, "files/kubectl-top-node-ip-10-8-3-44.txt", dedent("""
NAME                                        CPU(cores)   CPU%   MEMORY(bytes)   MEMORY%
ip-10-8-3-44.us-west-2.compute.internal     1402m        35%    9113Mi          61%
"""))
answer(I,
    "Revision 57 set jwt-issuer's CPU limit to 25m (from 1 core); the RS512 token signing needs ~0.25 cores, so the container is CFS-throttled about 90% of periods and token latency jumped to ~2-3 s, although the node has spare CPU.",
    [["limit*", "25m"], ["throttl*", "cfs"]],
    ["OOM*", "memory leak", "node cpu saturat*", "noisy neighbo*", "punycode", "deprecat*"],
    "deployment jwt-issuer container issuer CPU limit (25m)",
    "resource_exhaustion")
print("ok logs")
