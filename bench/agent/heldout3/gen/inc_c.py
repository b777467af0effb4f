"""hz-009 .. hz-012"""
import json
import math
import random
from common import dt, ts, jl, table, write_incident, timedelta, HEALTHY


# --------------------------------------------------------------------------------------------
# hz-009: latency creeps up all morning; only INFO logs; the 16-worker render pool saturates
# --------------------------------------------------------------------------------------------
def hz009():
    rng = random.Random(3009)
    workers = 16
    start = dt("2025-09-17T06:00:00")
    end = dt("2025-09-17T11:45:00")
    span = (end - start).total_seconds()
    out = []
    def stamp(t):
        return t.strftime("%Y-%m-%d %H:%M:%S,") + "%03d" % (t.microsecond // 1000)
    out.append("%s INFO [main] geo-tiles 3.4.2 starting (python 3.12.6, gunicorn gthread)" % stamp(start - timedelta(hours=9)))
    out.append("%s INFO [main] render pool started: workers=%d (RENDER_WORKERS)" % (stamp(start - timedelta(hours=9)), workers))
    out.append("%s INFO [main] access log sampling: 1 in 60 requests" % stamp(start - timedelta(hours=9)))
    out.append("%s INFO [main] tile cache: max_entries=65536 policy=lru" % stamp(start - timedelta(hours=9)))
    t = start
    queue = 0.0
    next_pool = start
    next_cache = start + timedelta(seconds=rng.randint(30, 200))
    render_mean = 178.0
    cap = workers / (render_mean / 1000.0)   # ~90 tiles/s
    while t < end:
        frac = (t - start).total_seconds() / span
        rate = cap * (0.24 + 0.775 * frac ** 1.2) + 1.5 * math.sin(frac * 40)   # morning ramp up to the pool's capacity
        rho = rate / cap
        step = rng.expovariate(rate / 60.0)          # one sampled line per 60 requests
        t += timedelta(seconds=step)
        if rho < 1:
            queue = max(0.0, queue - (cap - rate) * step)
        else:
            queue += (rate - cap) * step
        if queue > 0:
            wait = queue / cap * 1000.0
        else:
            wait = render_mean * (rho ** 4) / max(0.012, 1 - rho) * 0.15
        render = max(40, rng.gauss(render_mean, 45))
        total = int(render + wait * rng.uniform(0.7, 1.3) + rng.uniform(1, 4))
        z = rng.randint(5, 17)
        out.append("%s INFO [http] GET /tiles/%d/%d/%d.png 200 %dms (render %dms) ua=%s" % (
            stamp(t), z, rng.randint(0, 2 ** z - 1), rng.randint(0, 2 ** z - 1), total, int(render),
            rng.choice(["maplibre-gl/4.7", "ios-app/8.12", "android-app/8.12", "leaflet/1.9"])))
        if t >= next_pool:
            busy = workers if rho >= 0.97 or queue > 0 else min(workers, max(1, int(round(rho * workers + rng.uniform(-1.5, 1.5)))))
            q = int(queue) if queue > 0 else int(wait / 1000.0 * cap * rng.uniform(0.8, 1.2))
            out.append("%s INFO [pool] render workers busy=%d/%d queued=%d completed_15s=%d" % (
                stamp(t), busy, workers, q, int(min(rate, cap) * 15)))
            next_pool = t + timedelta(seconds=15)
        if t >= next_cache:
            out.append("%s WARN [cache] tile cache full, evicted %d entries (lru)" % (stamp(t), rng.randint(1800, 2300)))
            next_cache = t + timedelta(seconds=rng.randint(120, 260))
        r = rng.random()
        if r < 0.002:
            out.append("%s INFO [styles] loaded style bundle %s from postgres in %dms" % (stamp(t), rng.choice(["streets-v12", "outdoors-v4", "dark-v11"]), rng.randint(3, 7)))
        elif r < 0.0025 and frac < 0.15:
            out.append("%s WARN [s3] GetObject s3://geo-tiles-sources/planet/%d.pbf failed (RequestTimeout), retry 1/3 succeeded" % (stamp(t), rng.randint(100, 999)))
    question = "geo-tiles response times have been creeping up all morning (p95 went from ~0.2 s to well over a second) but there are no errors in its logs. What is the root cause?"
    deploy = """apiVersion: apps/v1
kind: Deployment
metadata:
  name: geo-tiles
  namespace: maps
spec:
  replicas: 1
  template:
    spec:
      containers:
        - name: geo-tiles
          image: registry.example.io/maps/geo-tiles:3.4.2
          env:
            - {name: RENDER_WORKERS, value: "16"}
            - {name: TILE_CACHE_MAX_ENTRIES, value: "65536"}
          resources:
            requests: {cpu: "8", memory: 6Gi}
            limits: {cpu: "16", memory: 8Gi}
"""
    top = table([["POD", "NAME", "CPU(cores)", "MEMORY(bytes)"],
                 ["geo-tiles-6d5c8b7f9-p4x2k", "geo-tiles", "15870m", "3312Mi"]])
    write_incident("hz-009", question, {
        "logs-geo-tiles-6d5c8b7f9-p4x2k.log": "\n".join(out),
        "kubectl-get-deployment-geo-tiles.yaml": deploy,
        "kubectl-top-pod-maps.txt": top,
    }, {
        "root_cause": "Traffic rose through the morning until it exceeded what the fixed pool of 16 render workers (one replica) can serve (~90 tiles/s at ~180 ms each): workers are 16/16 busy and requests queue, so latency grows through queueing while per-tile render time stays flat.",
        "required_keywords": [["latency", "slow*", "response time*", "degrad*", "wait*", "queue*", "creep*"],
                              ["worker*", "thread pool", "pool", "16/16", "saturat*", "capacity", "concurren*"]],
        "forbidden_keywords": ["cache evict*", "cache full", "s3", "postgres*", "database", "memory leak"],
        "component": "geo-tiles render worker pool (RENDER_WORKERS=16, single replica)",
        "category": "resource_exhaustion",
    })


# --------------------------------------------------------------------------------------------
# hz-010: memory leak visible only in numbers (working set climbs regardless of load)
# --------------------------------------------------------------------------------------------
def hz010():
    rng = random.Random(3010)
    start = dt("2025-10-13T00:00:00")
    end = dt("2025-10-16T06:00:00")
    limit = 2048
    pods = ["pdf-renderer-7d9c6b5f8-4kq2n", "pdf-renderer-7d9c6b5f8-h7w9x", "pdf-renderer-7d9c6b5f8-t2m8v"]
    mem = {p: 260.0 + 500 * i for i, p in enumerate(pods)}
    restarts = {p: [] for p in pods}
    rows = ["timestamp," + ",".join("container_memory_working_set_mib{pod=%s}" % p for p in pods) +
            ",requests_per_min_total,cpu_cores_total,container_memory_limit_mib"]
    t = start
    while t <= end:
        hour = t.hour + t.minute / 60.0
        traffic = 0.25 + 0.75 * max(0.0, math.sin((hour - 6) / 24.0 * 2 * math.pi))
        rpm = 120 + 1100 * traffic + rng.uniform(-40, 40)
        cpu = 0.4 + rpm / 600.0 + rng.uniform(-0.1, 0.1)
        if 2 <= hour < 2.5:
            cpu += 2.8   # nightly report batch (CPU only)
        vals = []
        for p in pods:
            mem[p] += (6.0 + 14.0 * traffic) * rng.uniform(0.8, 1.2)   # MiB per 10 minutes, never released
            if mem[p] >= limit - 5:
                restarts[p].append(t)
                mem[p] = 250 + rng.uniform(0, 30)
            vals.append("%.0f" % mem[p])
        rows.append("%s,%s,%.0f,%.2f,%d" % (ts(t), ",".join(vals), rpm, cpu, limit))
        t += timedelta(minutes=10)
    get_pods = [["NAME", "READY", "STATUS", "RESTARTS", "AGE"]]
    for p in pods:
        last = restarts[p][-1] if restarts[p] else None
        ago = "%dh" % int((end - last).total_seconds() // 3600) if last else ""
        get_pods.append([p, "1/1", "Running", "%d (%s ago)" % (len(restarts[p]), ago) if last else "0", "3d6h"])
    get_pods.append(["pdf-queue-redis-0", "1/1", "Running", "0", "58d"])
    p0 = pods[0]
    last0 = restarts[p0][-1]
    describe = """Name:         %s
Namespace:    docs
Node:         aks-docs-41870253-vmss000002/10.240.0.9
Status:       Running
Containers:
  renderer:
    Image:          docsacr.azurecr.io/pdf-renderer:11.4.0
    State:          Running
      Started:      %s
    Last State:     Terminated
      Reason:       OOMKilled
      Exit Code:    137
      Started:      %s
      Finished:     %s
    Ready:          True
    Restart Count:  %d
    Limits:
      cpu:     2
      memory:  2Gi
    Requests:
      cpu:     500m
      memory:  1Gi
    Environment:
      RENDER_CONCURRENCY:  4
      NODE_OPTIONS:        --max-old-space-size=1536
""" % (p0, last0.strftime("%a, %d %b %Y %H:%M:%S +0000"),
       (restarts[p0][-2] if len(restarts[p0]) > 1 else start).strftime("%a, %d %b %Y %H:%M:%S +0000"),
       last0.strftime("%a, %d %b %Y %H:%M:%S +0000"), len(restarts[p0]))
    alert = {
        "id": 77120433, "title": "[Warn] [docs] pdf-renderer memory above 90% of limit",
        "alert_type": "warning", "date_happened": 1760569200,
        "monitor": {"name": "[docs] pdf-renderer memory above 90% of limit",
                    "query": "max(last_10m):max:kubernetes.memory.working_set{kube_deployment:pdf-renderer} by {pod_name} / max:kubernetes.memory.limits{kube_deployment:pdf-renderer} by {pod_name} > 0.9"},
        "tags": ["kube_namespace:docs", "kube_deployment:pdf-renderer", "team:documents"],
        "body": "pod_name:%s is at 93%% of its memory limit. %d OOMKilled restarts across the deployment in 3 days." % (pods[1], sum(len(v) for v in restarts.values())),
    }
    log = []
    t = end - timedelta(hours=3)
    while t < end:
        t += timedelta(seconds=rng.randint(8, 40))
        log.append("%s info: rendered doc=%s template=%s pages=%d in %dms" % (
            ts(t), "%08x" % rng.getrandbits(32), rng.choice(["invoice", "statement", "contract", "label"]), rng.randint(1, 40), rng.randint(300, 2400)))
        if rng.random() < 0.02:
            log.append("%s info: font cache warm, %d faces" % (ts(t), rng.randint(180, 190)))
    question = "pdf-renderer pods get OOMKilled roughly once a day and there is nothing in their logs. What is going on?"
    write_incident("hz-010", question, {
        "datadog-alert.json": json.dumps(alert, indent=2),
        "prometheus-pdf-renderer-10m.csv": "\n".join(rows),
        "kubectl-get-pods-docs.txt": table(get_pods),
        "kubectl-describe-pod-%s.txt" % p0: describe,
        "logs-%s.log" % p0: "\n".join(log),
    }, {
        "root_cause": "pdf-renderer has a memory leak: every pod's working set climbs steadily (faster with traffic, but still rising overnight when load is low) from ~250 MiB to the 2 GiB limit, where it is OOMKilled and restarts, about once a day; no traffic spike explains it.",
        "required_keywords": [["leak*"], ["memory*", "rss", "working set", "heap"]],
        "forbidden_keywords": ["traffic spike", "traffic increase", "load spike", "nightly batch", "report batch", "cpu limit", "cpu throttl*", "redis"],
        "component": "pdf-renderer (memory growth per pod)",
        "category": "resource_exhaustion",
    })


# --------------------------------------------------------------------------------------------
# hz-011: liveness/readiness probes still target 8080 after the app moved to 9090
# --------------------------------------------------------------------------------------------
def hz011():
    pods = table([["NAME", "READY", "STATUS", "RESTARTS", "AGE"],
                  ["notification-hub-66b8f7d9c4-7vkxw", "0/1", "CrashLoopBackOff", "7 (38s ago)", "14m"],
                  ["notification-hub-66b8f7d9c4-gq2mz", "0/1", "Running", "7 (71s ago)", "14m"],
                  ["notification-hub-5c4d9b8f67-r2l8p", "1/1", "Running", "0", "6d"],
                  ["notification-hub-5c4d9b8f67-wn6jt", "1/1", "Running", "0", "6d"]])
    describe = """Name:             notification-hub-66b8f7d9c4-7vkxw
Namespace:        messaging
Service Account:  notification-hub
Node:             worker-3.k8s.corp.example/10.20.1.23
Labels:           app=notification-hub
                  pod-template-hash=66b8f7d9c4
Status:           Running
IP:               10.244.3.57
Controlled By:    ReplicaSet/notification-hub-66b8f7d9c4
Containers:
  hub:
    Image:          harbor.corp.example/messaging/notification-hub:1.9.4
    Port:           8080/TCP
    State:          Waiting
      Reason:       CrashLoopBackOff
    Last State:     Terminated
      Reason:       Error
      Exit Code:    2
      Started:      Tue, 25 Nov 2025 10:41:02 +0000
      Finished:     Tue, 25 Nov 2025 10:42:05 +0000
    Ready:          False
    Restart Count:  7
    Limits:
      memory:  256Mi
    Requests:
      cpu:      100m
      memory:   128Mi
    Liveness:   http-get http://:8080/healthz delay=15s timeout=1s period=10s #success=1 #failure=3
    Readiness:  http-get http://:8080/healthz delay=5s timeout=1s period=5s #success=1 #failure=3
    Environment Variables from:
      notification-hub-config  ConfigMap  Optional: false
    Environment:
      APNS_CERT_PATH:  /etc/apns/cert.p12
Conditions:
  Type              Status
  Initialized       True
  Ready             False
  ContainersReady   False
  PodScheduled      True
Events:
  Type     Reason     Age                   From               Message
  ----     ------     ----                  ----               -------
  Normal   Scheduled  14m                   default-scheduler  Successfully assigned messaging/notification-hub-66b8f7d9c4-7vkxw to worker-3.k8s.corp.example
  Normal   Pulled     14m                   kubelet            Successfully pulled image "harbor.corp.example/messaging/notification-hub:1.9.4" in 1.2s
  Normal   Created    6m (x5 over 14m)      kubelet            Created container hub
  Normal   Started    6m (x5 over 14m)      kubelet            Started container hub
  Warning  Unhealthy  5m (x38 over 14m)     kubelet            Readiness probe failed: Get "http://10.244.3.57:8080/healthz": dial tcp 10.244.3.57:8080: connect: connection refused
  Warning  Unhealthy  5m (x15 over 14m)     kubelet            Liveness probe failed: Get "http://10.244.3.57:8080/healthz": dial tcp 10.244.3.57:8080: connect: connection refused
  Normal   Killing    5m (x5 over 13m)      kubelet            Container hub failed liveness probe, will be restarted
  Warning  BackOff    38s (x21 over 11m)    kubelet            Back-off restarting failed container hub in pod notification-hub-66b8f7d9c4-7vkxw_messaging(2b6a1e9d-5c3f-4a8b-9e7d-1f0c2d3e4a5b)
"""
    diff = """$ git show --stat --patch 4be19c2 -- deploy/overlays/prod/
commit 4be19c2f0e8a7d6c5b4a39281706f5e4d3c2b1a0
Author: Priya N <priya.n@corp.example>
Date:   Tue Nov 25 10:26:41 2025 +0000

    notification-hub: move HTTP listener off 8080 (port clash with the metrics sidecar)

 deploy/overlays/prod/configmap.env | 2 +-
 1 file changed, 1 insertion(+), 1 deletion(-)

diff --git a/deploy/overlays/prod/configmap.env b/deploy/overlays/prod/configmap.env
index 3a1f9c0..8e2d47b 100644
--- a/deploy/overlays/prod/configmap.env
+++ b/deploy/overlays/prod/configmap.env
@@ -1,6 +1,6 @@
 LOG_LEVEL=info
-LISTEN_ADDR=:8080
+LISTEN_ADDR=:9090
 APNS_TOPIC=com.example.wallet
 FCM_PROJECT=wallet-prod
 QUEUE_URL=amqp://notifications-rabbitmq.messaging.svc:5672/
 MAX_INFLIGHT=200
"""
    log = """notification-hub 1.9.4 (go1.23.3, rev 7e1c0da)
config: LOG_LEVEL=info LISTEN_ADDR=:9090 MAX_INFLIGHT=200
apns: loaded client certificate /etc/apns/cert.p12 (subject CN=Apple Push Services: com.example.wallet)
apns: WARNING client certificate expires in 24 days (2025-12-19T08:00:00Z), renew via the Apple developer portal
amqp: connected to notifications-rabbitmq.messaging.svc:5672, consuming queue push.outbound (prefetch 200)
http: listening on :9090 (/healthz, /metrics, /v1/send)
worker: delivered 118 notifications (apns=71 fcm=47) in the last 10s
fcm: 429 RESOURCE_EXHAUSTED for 3 messages, backing off 2s (per-device message rate)
worker: delivered 131 notifications (apns=80 fcm=51) in the last 10s
worker: delivered 127 notifications (apns=77 fcm=50) in the last 10s
worker: delivered 124 notifications (apns=69 fcm=55) in the last 10s
worker: delivered 130 notifications (apns=82 fcm=48) in the last 10s
worker: delivered 122 notifications (apns=70 fcm=52) in the last 10s
signal: received terminated, draining (deadline 30s)
amqp: consumer cancelled, 37 unacked messages requeued
exit: shutdown incomplete after signal, exiting with status 2
"""
    svc = """$ kubectl -n messaging get svc notification-hub -o yaml | grep -A6 ports:
  ports:
  - name: http
    port: 80
    protocol: TCP
    targetPort: 9090
"""
    question = "After this morning's config change, the new notification-hub pods restart every minute or so and never become Ready; the rollout is stuck. What is the root cause?"
    write_incident("hz-011", question, {
        "kubectl-get-pods-messaging.txt": pods,
        "kubectl-describe-pod-notification-hub-66b8f7d9c4-7vkxw.txt": describe,
        "git-show-4be19c2.txt": diff,
        "logs-notification-hub-66b8f7d9c4-7vkxw-previous.log": log,
        "kubectl-get-svc-notification-hub.txt": svc,
    }, {
        "root_cause": "The config change moved the app's listener to :9090 (LISTEN_ADDR) but the liveness and readiness probes still hit /healthz on port 8080, so probes get connection refused, the kubelet kills the container every ~minute and the new pods never become Ready.",
        "required_keywords": [["liveness", "probe*", "healthz", "health check*"],
                              ["port*", "8080", "9090", "connection refused", "mismatch*", "wrong"]],
        "forbidden_keywords": ["certificat*", "apns", "fcm", "rate limit*", "oom*", "out of memory", "rabbitmq"],
        "component": "deployment messaging/notification-hub (probe port vs LISTEN_ADDR)",
        "category": "configuration_error",
    })


# --------------------------------------------------------------------------------------------
# hz-012: upstream geocoding API rate limit exceeded after a backfill started sharing the key
# --------------------------------------------------------------------------------------------
def hz012():
    rng = random.Random(3012)
    start = dt("2025-12-09T09:30:00")
    backfill_start = dt("2025-12-09T09:58:20")
    end = dt("2025-12-09T11:10:00")
    out = []
    t = start
    while t < end:
        t += timedelta(milliseconds=rng.randint(250, 1200))
        limited = t >= backfill_start + timedelta(seconds=40) and rng.random() < 0.62
        aid = "addr_%010d" % rng.randint(1, 9999999999)
        if limited:
            out.append(jl({"time": ts(t, "isoms"), "level": "warn", "svc": "geocode-enricher", "partition": rng.randint(0, 11),
                           "msg": "addressly geocode rejected", "address_id": aid, "http_status": 429,
                           "resp_headers": {"x-ratelimit-limit": "600", "x-ratelimit-remaining": "0", "retry-after": str(rng.randint(8, 55))},
                           "resp_body": "{\"error\":\"rate_limit_exceeded\",\"message\":\"API key ak_live_...7f3c exceeded 600 requests per minute\"}",
                           "action": "retry_after_backoff"}))
        else:
            out.append(jl({"time": ts(t, "isoms"), "level": "info", "svc": "geocode-enricher", "partition": rng.randint(0, 11),
                           "msg": "address enriched", "address_id": aid, "provider_ms": rng.randint(40, 160), "country": rng.choice(["NL", "DE", "BE", "FR", "GB"])}))
        if rng.random() < 0.01:
            out.append(jl({"time": ts(t, "isoms"), "level": "info", "svc": "geocode-enricher", "msg": "committed offsets", "group": "address-enrichment", "batch": rng.randint(150, 300)}))
    backfill = []
    t = backfill_start
    backfill.append("%s address-backfill: starting one-off backfill of 2,418,330 legacy addresses (ticket DATA-1187)" % ts(t))
    backfill.append("%s address-backfill: provider=addressly key=ADDRESSLY_API_KEY (secret addressly-credentials) concurrency=24" % ts(t))
    n = 0
    while t < end:
        t += timedelta(seconds=60)
        n += rng.randint(380, 460)
        backfill.append("%s address-backfill: progress %d/2418330, provider calls last minute=%d (429s: %d)" % (ts(t), n, rng.randint(400, 470), rng.randint(60, 140)))
    lag = ["timestamp,consumer_group,topic,total_lag,consumers,messages_in_per_min"]
    t = start
    total = 120
    while t <= end:
        if t < backfill_start + timedelta(minutes=1):
            total = max(40, total + rng.randint(-30, 30))
        else:
            total += rng.randint(250, 340)
        lag.append("%s,address-enrichment,addresses.raw,%d,12,%d" % (ts(t), total, rng.randint(300, 360)))
        t += timedelta(minutes=2)
    trace = """Trace 9c4e2b71a0d35f18  geocode-enricher process addresses.raw[7]@88213410  total 41.7 s
└── geocode-enricher kafka.consume addresses.raw                                   41.7 s
    ├── geocode-enricher normalize address                                           0.4 ms
    ├── geocode-enricher HTTP GET api.addressly.io/v2/geocode                       62 ms    status=429  retry-after=14
    ├── geocode-enricher backoff sleep                                              14.0 s
    ├── geocode-enricher HTTP GET api.addressly.io/v2/geocode                       57 ms    status=429  retry-after=27
    ├── geocode-enricher backoff sleep                                              27.0 s
    ├── geocode-enricher HTTP GET api.addressly.io/v2/geocode                       118 ms   status=200
    └── geocode-enricher pg INSERT address_geo                                       3.1 ms
"""
    runbook = """# Runbook: address-enrichment consumer lag

Owner: data-platform. Alert: `AddressEnrichmentLagHigh` (lag > 5,000 for 10 min).

## What the service does
`geocode-enricher` consumes `addresses.raw` (12 partitions), calls the Addressly geocoding API
(api.addressly.io, plan "Business": 600 requests/minute per API key) and writes `address_geo`.

## Usual causes
1. Kafka broker trouble (check under-replicated partitions on the `kafka-main` cluster).
2. Slow Postgres inserts (check `address_geo` insert latency).
3. A traffic burst on `addresses.raw`: scale `geocode-enricher` up to 12 replicas.

## Notes
- All jobs that call Addressly in production use the same key from secret `addressly-credentials`.
- 2025-11-04: under-replicated partitions during the broker rolling restart caused 20 min of lag (INC-3321).
"""
    broker = """[2025-12-09 08:12:44,101] WARN [ReplicaFetcher replicaId=2, leaderId=1, fetcherId=0] Error in response for fetch request (kafka.server.ReplicaFetcherThread)
[2025-12-09 08:12:44,102] INFO [Partition addresses.raw-7 broker=1] Shrinking ISR from 1,2,3 to 1,3. Leader: (highWatermark: 88190233) (kafka.cluster.Partition)
[2025-12-09 08:13:09,876] INFO [Partition addresses.raw-7 broker=1] ISR updated to 1,3,2 (kafka.cluster.Partition)
[2025-12-09 09:00:00,004] INFO [GroupCoordinator 1]: Stabilized group address-enrichment generation 418 with 12 members (kafka.coordinator.group.GroupCoordinator)
[2025-12-09 10:30:00,017] INFO [LogCleaner] cleaned 3 segments of __consumer_offsets-12 (kafka.log.LogCleaner)
"""
    question = "Consumer lag on addresses.raw for the address-enrichment group has grown steadily since about 10:00 UTC and enriched addresses are delayed. What is the root cause?"
    write_incident("hz-012", question, {
        "logs-geocode-enricher.log": "\n".join(out),
        "logs-address-backfill-job.log": "\n".join(backfill),
        "kafka-consumer-lag.csv": "\n".join(lag),
        "trace-geocode-enricher.txt": trace,
        "runbook-address-enrichment-lag.md": runbook,
        "logs-kafka-main-broker-1.log": broker,
    }, {
        "root_cause": "The external Addressly geocoding API is rate limiting the shared API key (429, 600 requests/minute): a one-off address backfill started at ~09:58 using the same key, so geocode-enricher's calls are rejected and back off, and consumer lag grows.",
        "required_keywords": [["rate limit*", "ratelimit*", "rate-limit*", "429", "too many requests", "quota*", "throttl*"],
                              ["addressly", "geocod*", "upstream", "external", "third-party", "third party", "vendor", "provider", "api", "backfill"]],
        "forbidden_keywords": ["under-replicated", "under replicated", "isr shrink*", "postgres*", "traffic burst"],
        "component": "Addressly API rate limit on the shared key (address-backfill + geocode-enricher)",
        "category": "dependency_failure",
    })
