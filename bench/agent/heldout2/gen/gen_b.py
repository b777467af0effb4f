"""hx-005 .. hx-008 (node pressure, OOM limit, two 'nothing broken' cases). Fixed seeds."""
import json
from datetime import timedelta
from common import rng, utc, iso, minutes, csv_text, write_incident, am_webhook, HEALTHY


# ---------------------------------------------------------------- hx-005
def hx005():
    r = rng(1005)
    node = "gke-retail-prod-batch-pool-3f9a21c0-wz4k"
    other = ["gke-retail-prod-batch-pool-3f9a21c0-h7nd", "gke-retail-prod-batch-pool-3f9a21c0-p2xc",
             "gke-retail-prod-default-pool-8b0e4d17-5jqm", "gke-retail-prod-default-pool-8b0e4d17-c9vt"]
    nodes = "NAME                                          STATUS   ROLES    AGE    VERSION\n"
    nodes += f"{node}   Ready    <none>   37d    v1.30.5-gke.1443001\n"
    for n in other:
        nodes += f"{n}   Ready    <none>   {r.randint(20, 60)}d    v1.30.5-gke.1443001\n"
    desc = f"""Name:               {node}
Roles:              <none>
Labels:             cloud.google.com/gke-nodepool=batch-pool
                    cloud.google.com/machine-family=e2
                    node.kubernetes.io/instance-type=e2-standard-8
                    topology.kubernetes.io/zone=us-central1-c
CreationTimestamp:  Fri, 26 Dec 2025 04:11:37 +0000
Taints:             node.kubernetes.io/pid-pressure:NoSchedule
Unschedulable:      false
Conditions:
  Type                 Status  LastHeartbeatTime                 LastTransitionTime                Reason                       Message
  ----                 ------  -----------------                 ------------------                ------                       -------
  FrequentContainerdRestart  False   Sun, 01 Feb 2026 10:41:02 +0000   Fri, 26 Dec 2025 04:12:10 +0000   NoFrequentContainerdRestart  containerd is functioning properly
  KernelDeadlock       False   Sun, 01 Feb 2026 10:41:02 +0000   Fri, 26 Dec 2025 04:12:10 +0000   KernelHasNoDeadlock          kernel has no deadlock
  MemoryPressure       False   Sun, 01 Feb 2026 10:42:15 +0000   Fri, 26 Dec 2025 04:11:37 +0000   KubeletHasSufficientMemory   kubelet has sufficient memory available
  DiskPressure         False   Sun, 01 Feb 2026 10:42:15 +0000   Fri, 26 Dec 2025 04:11:37 +0000   KubeletHasNoDiskPressure     kubelet has no disk pressure
  PIDPressure          True    Sun, 01 Feb 2026 10:42:15 +0000   Sun, 01 Feb 2026 09:57:48 +0000   KubeletHasInsufficientPID    kubelet has insufficient PID available
  Ready                True    Sun, 01 Feb 2026 10:42:15 +0000   Fri, 26 Dec 2025 04:12:02 +0000   KubeletReady                 kubelet is posting ready status. AppArmor enabled
Capacity:
  cpu:                8
  ephemeral-storage:  98831908Ki
  memory:             32863344Ki
  pods:               110
Allocatable:
  cpu:                7910m
  ephemeral-storage:  47060071478
  memory:             29040752Ki
  pods:               110
System Info:
  Kernel Version:             6.1.112+
  OS Image:                   Container-Optimized OS from Google
  Container Runtime Version:  containerd://1.7.23
  Kubelet Version:            v1.30.5-gke.1443001
Non-terminated Pods:          (9 in total)
  Namespace    Name                                     CPU Requests  CPU Limits  Memory Requests  Memory Limits  Age
  ---------    ----                                     ------------  ----------  ---------------  -------------  ---
  reporting    pdf-renderer-6d5c8b7f49-k8r2v            500m (6%)     2 (25%)     1Gi (3%)         2Gi (7%)       2d
  reporting    pdf-renderer-6d5c8b7f49-s4lwq            500m (6%)     2 (25%)     1Gi (3%)         2Gi (7%)       2d
  catalog      feed-builder-7f9b6c5d48-9tnzm            250m (3%)     1 (12%)     512Mi (1%)       1Gi (3%)       6d
  kube-system  fluentbit-gke-2xq8d                      100m (1%)     0 (0%)      200Mi (0%)       500Mi (1%)     37d
  kube-system  gke-metrics-agent-w7lbn                  8m (0%)       0 (0%)      110Mi (0%)       110Mi (0%)     37d
  kube-system  kube-proxy-{node}   100m (1%)     0 (0%)      0 (0%)           0 (0%)         37d
  kube-system  pdcsi-node-6hq4z                         10m (0%)      0 (0%)      20Mi (0%)        100Mi (0%)     37d
  monitoring   node-exporter-v5k7s                      50m (0%)      250m (3%)   64Mi (0%)        128Mi (0%)     37d
  catalog      price-indexer-58c7d9f6b4-x2jrh           200m (2%)     1 (12%)     256Mi (0%)       512Mi (1%)     6d
Events:
  Type     Reason                     Age                  From     Message
  ----     ------                     ----                 ----     -------
  Normal   NodeHasInsufficientPID     45m                  kubelet  Node {node} status is now: NodeHasInsufficientPID
  Warning  EvictionThresholdMet       45m (x9 over 47m)    kubelet  Attempting to reclaim pids
  Warning  FreeDiskSpaceFailed        18d                  kubelet  Failed to garbage collect required amount of images. Attempted to free 4831838208 bytes, but only found 0 bytes eligible to free.
"""
    evts = f"""NAMESPACE   LAST SEEN   TYPE      REASON             OBJECT                                   MESSAGE
catalog     44m         Warning   Evicted            pod/price-indexer-58c7d9f6b4-7dkzp       The node had condition: [PIDPressure].
catalog     44m         Warning   Evicted            pod/feed-builder-7f9b6c5d48-bq6wl        The node had condition: [PIDPressure].
catalog     43m         Normal    Killing            pod/feed-builder-7f9b6c5d48-bq6wl        Stopping container builder
catalog     31m         Warning   FailedScheduling   pod/price-indexer-58c7d9f6b4-x9mzt       0/5 nodes are available: 1 node(s) had untolerated taint {{node.kubernetes.io/pid-pressure: }}, 2 Insufficient cpu, 2 node(s) didn't match Pod's node affinity/selector. preemption: 0/5 nodes are available: 1 Preemption is not helpful for scheduling, 4 No preemption victims found for incoming pod.
catalog     12m         Warning   Evicted            pod/price-indexer-58c7d9f6b4-x2jrh       The node had condition: [PIDPressure].
marketing   9m          Warning   BackOff            pod/promo-banner-5c4d8f7b96-vx2kq        Back-off restarting failed container banner in pod promo-banner-5c4d8f7b96-vx2kq_marketing(7a3e...)
reporting   3m          Warning   Unhealthy          pod/pdf-renderer-6d5c8b7f49-k8r2v        Liveness probe failed: Get "http://10.24.6.19:3000/health": context deadline exceeded (Client.Timeout exceeded while awaiting headers)
"""
    ts = minutes(utc("2026-02-01T09:00:00"), 100)
    rows = []
    pids = 2100.0
    for i, t in enumerate(ts):
        pids += r.uniform(280, 360) if i > 5 else r.uniform(-20, 20)
        procs = int(pids)
        rows.append([iso(t), procs, 32768 - procs if procs < 32768 else 0,
                     round(r.uniform(38, 46), 1), round(r.uniform(41, 44), 1), round(r.uniform(22, 31), 1),
                     int(procs * 0.93) if i > 5 else r.randint(30, 60)])
    # cap near the kubelet/kernel limit
    for row in rows:
        if row[1] > 31000:
            row[1] = 31000 + r.randint(0, 400)
            row[2] = 32768 - row[1]
    csv = csv_text(["timestamp", "node_processes_pids", "pids_available", "node_memory_used_percent",
                    "node_filesystem_used_percent", "node_cpu_busy_percent", "container_processes{pod=pdf-renderer-6d5c8b7f49-k8r2v}"], rows)
    ps = """$ kubectl debug node/gke-retail-prod-batch-pool-3f9a21c0-wz4k -it --image=busybox -- chroot /host sh -c 'ps -eo stat,comm | sort | uniq -c | sort -rn | head'
  28214 Z    chrome
   1436 S    chrome
    212 S    node
     61 S    containerd-shim
     40 Ss   sh
     23 S    python3
     11 Ssl  containerd
      9 S    pause
      4 Ssl  kubelet
      2 S    fluent-bit
"""
    write_incident("hx-005",
        "In GKE cluster retail-prod, pods on node gke-retail-prod-batch-pool-3f9a21c0-wz4k are being evicted and catalog pods can't be rescheduled there. What is the root cause?",
        {
            "kubectl-get-nodes.txt": nodes,
            f"kubectl-describe-node-{node}.txt": desc,
            "kubectl-get-events-all-namespaces-warnings.txt": evts,
            "node-metrics.csv": csv,
            "node-debug-ps.txt": ps,
        },
        {
            "root_cause": "Node gke-retail-prod-batch-pool-3f9a21c0-wz4k is under PIDPressure: the pdf-renderer pods leave tens of thousands of zombie chrome processes, exhausting the node's PIDs, so the kubelet taints the node and evicts pods.",
            "required_keywords": [
                [node, "wz4k"],
                ["pidpressure", "pid pressure", "pid*", "process id*", "too many processes", "process table", "zombie*"],
                ["pdf-renderer", "renderer", "chrome", "chromium", "zombie*", "process leak*", "child process*", "defunct"],
            ],
            "forbidden_keywords": ["memorypressure", "memory pressure", "diskpressure", "disk pressure", "OOM*", "out of memory", "promo-banner", "disk space", "image garbage"],
            "component": f"node {node} (PID exhaustion by pdf-renderer)",
            "category": "infrastructure",
        })
    return ("hx-005", "GKE node under PIDPressure (zombie chrome processes from pdf-renderer exhaust PIDs) -> taint + evictions",
            "infrastructure", "kubectl get nodes, describe node (old unrelated image-GC warning), cluster-wide warning events (unrelated CrashLoop, liveness), node metrics CSV, ps summary from node debug")


# ---------------------------------------------------------------- hx-006
def hx006():
    r = rng(1006)
    pod = "media-thumbnailer-84f6c9d7b5-r6jtw"
    lines = []
    job = 77120
    for run in range(3):
        lines += [
            "(node:1) [DEP0040] DeprecationWarning: The `punycode` module is deprecated. Please use a userland alternative instead.",
            "(Use `node --trace-deprecation ...` to show where the warning was created)",
            "thumbnailer 3.4.1 node v20.18.0 sharp 0.33.5 libvips 8.15.3",
            "heap limit 1536 MB (NODE_OPTIONS=--max-old-space-size=1536), concurrency=4",
            "consumer connected to sqs queue media-thumbs-prod (long poll 20s)",
            "http listening on :7000",
        ]
        n = r.randint(25, 45)
        for i in range(n):
            job += r.randint(1, 4)
            big = i >= n - 3
            w, h = (r.choice([8000, 9504, 11648]), r.choice([6000, 6336, 8736])) if big else (r.choice([1080, 1920, 2400, 3024]), r.choice([1080, 1350, 1600, 4032]))
            mb = round(w * h * 3 / 1e6 / r.uniform(6, 10), 1)
            lines.append(f"job {job} start s3://acme-media-uploads/u/{r.randint(10**5, 10**6)}/{r.randint(10**8, 10**9):x}.jpg {w}x{h} {mb}MB")
            if not big:
                lines.append(f"job {job} done 3 sizes in {r.randint(90, 700)}ms rss={r.randint(150, 230)}MB")
            if r.random() < 0.05:
                lines.append("GET /healthz 200 1ms")
        lines.append("")  # abrupt end: killed
    describe = f"""Name:             {pod}
Namespace:        content
Node:             ip-10-31-44-9.us-west-2.compute.internal/10.31.44.9
Labels:           app=media-thumbnailer
                  pod-template-hash=84f6c9d7b5
Status:           Running
Controlled By:    ReplicaSet/media-thumbnailer-84f6c9d7b5
Containers:
  thumbnailer:
    Image:          ghcr.io/acme-media/thumbnailer:3.4.1
    Port:           7000/TCP
    State:          Running
      Started:      Thu, 15 Jan 2026 11:52:40 +0000
    Last State:     Terminated
      Reason:       OOMKilled
      Exit Code:    137
      Started:      Thu, 15 Jan 2026 11:47:02 +0000
      Finished:     Thu, 15 Jan 2026 11:52:38 +0000
    Ready:          True
    Restart Count:  17
    Limits:
      cpu:     2
      memory:  384Mi
    Requests:
      cpu:      500m
      memory:   256Mi
    Liveness:   http-get http://:7000/healthz delay=10s timeout=2s period=15s #success=1 #failure=3
    Readiness:  http-get http://:7000/healthz delay=5s timeout=2s period=10s #success=1 #failure=2
    Environment:
      NODE_OPTIONS:       --max-old-space-size=1536
      CONCURRENCY:        4
      QUEUE_URL:          https://sqs.us-west-2.amazonaws.com/345678901234/media-thumbs-prod
QoS Class:       Burstable
Events:
  Type     Reason     Age                   From     Message
  ----     ------     ----                  ----     -------
  Warning  Unhealthy  6m (x12 over 3h)      kubelet  Readiness probe failed: Get "http://10.31.44.77:7000/healthz": dial tcp 10.31.44.77:7000: connect: connection refused
  Normal   Pulled     6m (x18 over 3h)      kubelet  Container image "ghcr.io/acme-media/thumbnailer:3.4.1" already present on machine
  Warning  BackOff    6m (x9 over 2h)       kubelet  Back-off restarting failed container thumbnailer in pod {pod}_content(2f9b...)
"""
    ts = minutes(utc("2026-01-15T11:20:00"), 40)
    rows = []
    kills = {6, 14, 21, 27, 32}
    for i, t in enumerate(ts):
        base = r.uniform(140, 210)
        if i in kills:
            ws = 384.0
        elif (i + 1) in kills:
            ws = r.uniform(300, 370)
        else:
            ws = base
        rows.append([iso(t), round(ws, 1), 384, int(i in kills), round(r.uniform(0.3, 1.6), 2), r.randint(8, 30)])
    csv = csv_text(["timestamp", "container_memory_working_set_mib", "memory_limit_mib", "oom_events",
                    "cpu_cores", "sqs_messages_received"], rows)
    deploy_diff = """--- a/apps/content/media-thumbnailer/values-prod.yaml
+++ b/apps/content/media-thumbnailer/values-prod.yaml
@@ -14,9 +14,9 @@ image:
   tag: 3.4.1
 resources:
   requests:
     cpu: 500m
-    memory: 1Gi
+    memory: 256Mi
   limits:
     cpu: "2"
-    memory: 2Gi
+    memory: 384Mi
 # FinOps right-sizing PR #2291 (based on p50 usage over 14 days)
"""
    write_incident("hx-006",
        "media-thumbnailer in namespace content has restarted 17 times in the last 3 hours and some uploads never get thumbnails. What is the root cause?",
        {
            f"kubectl-describe-pod-{pod}.txt": describe,
            f"logs-{pod}-previous.log": "\n".join(lines),
            "container-memory.csv": csv,
            "values-prod.diff": deploy_diff,
        },
        {
            "root_cause": "The container is OOMKilled (exit 137) because its memory limit was cut to 384Mi while decoding large high-resolution images needs far more (Node heap alone is allowed 1536 MB); the limit is too small for the workload.",
            "required_keywords": [
                ["OOM*", "out of memory", "out-of-memory", "137"],
                ["limit*", "384Mi", "384"],
            ],
            "forbidden_keywords": ["leak*", "punycode", "deprecat*", "sqs"],
            "component": "Deployment media-thumbnailer (memory limit)",
            "category": "resource_exhaustion",
        })
    return ("hx-006", "Node.js image worker OOMKilled: memory limit right-sized down to 384Mi, large images need more (not a leak)",
            "resource_exhaustion", "describe pod (OOMKilled/137), untimestamped plain app log with deprecation noise, memory CSV (spikes, no trend), values diff")


# ---------------------------------------------------------------- hx-007
def hx007():
    r = rng(1007)
    old = "settlement-consumer-6c9f7d8b44-q2xrm"
    new = ["settlement-consumer-7b5c9d6f58-4hwzn", "settlement-consumer-7b5c9d6f58-jd8pc", "settlement-consumer-7b5c9d6f58-vq3tl"]
    alert = am_webhook([{
        "status": "firing",
        "labels": {"alertname": "KubeContainerNotReady", "severity": "warning", "namespace": "clearing-stream",
                   "pod": old, "container": "consumer", "cluster": "pay-prod-euc1", "team": "settlements"},
        "annotations": {"summary": f"Container consumer in pod clearing-stream/{old} has been in a non-ready state for longer than 2 minutes.",
                        "runbook_url": "https://wiki.example.internal/runbooks/KubeContainerNotReady"},
        "startsAt": "2026-02-17T10:21:30.114Z",
    }], receiver="settlements-pagerduty")
    pods = "NAME                                   READY   STATUS    RESTARTS   AGE\n"
    for p in new:
        pods += f"{p}   1/1     Running   0          {r.randint(31, 36)}m\n"
    pods += "settlement-api-5d7c8b9f6d-2xwkq        1/1     Running   0          12d\nsettlement-api-5d7c8b9f6d-m9bft        1/1     Running   0          12d\n"
    getpod = f"Error from server (NotFound): pods \"{old}\" not found\n"
    rs = """NAME                             DESIRED   CURRENT   READY   AGE
settlement-consumer-7b5c9d6f58   3         3         3       36m
settlement-consumer-6c9f7d8b44   0         0         0       9d
settlement-consumer-58d94c7b6f   0         0         0       23d
"""
    hist = """deployment.apps/settlement-consumer
REVISION  CHANGE-CAUSE
12        v4.8.0
13        v4.8.1 fix idempotency key
14        v4.9.0 batch commit offsets
"""
    evts = f"""LAST SEEN   TYPE      REASON              OBJECT                                        MESSAGE
36m         Normal    ScalingReplicaSet   deployment/settlement-consumer                Scaled up replica set settlement-consumer-7b5c9d6f58 to 1
35m         Normal    ScalingReplicaSet   deployment/settlement-consumer                Scaled down replica set settlement-consumer-6c9f7d8b44 to 2 from 3
35m         Normal    Killing             pod/settlement-consumer-6c9f7d8b44-8mnvd      Stopping container consumer
34m         Normal    ScalingReplicaSet   deployment/settlement-consumer                Scaled up replica set settlement-consumer-7b5c9d6f58 to 2 from 1
33m         Warning   Unhealthy           pod/{old}      Readiness probe failed: HTTP probe failed with statuscode: 503
33m         Normal    Killing             pod/{old}      Stopping container consumer
32m         Normal    ScalingReplicaSet   deployment/settlement-consumer                Scaled down replica set settlement-consumer-6c9f7d8b44 to 0 from 1
32m         Normal    ScalingReplicaSet   deployment/settlement-consumer                Scaled up replica set settlement-consumer-7b5c9d6f58 to 3 from 2
"""
    # new pod log: spring kafka consumer startup + steady processing
    t = utc("2026-02-17T10:19:02")
    log = []
    def L(dt, lvl, thread, logger, msg):
        log.append(f"{dt.strftime('%Y-%m-%d %H:%M:%S')}.{r.randint(0, 999):03d} {lvl:>5} 1 --- [{thread}] {logger:<40} : {msg}")
    L(t, "INFO", "main", "c.a.s.SettlementConsumerApplication", "Starting SettlementConsumerApplication v4.9.0 using Java 21.0.5")
    L(t, "INFO", "main", "o.a.k.clients.consumer.ConsumerConfig", "ConsumerConfig values: group.id = settlement-consumers, max.poll.records = 200, enable.auto.commit = false")
    L(t, "WARN", "main", "o.a.k.clients.consumer.ConsumerConfig", "These configurations '[schema.registry.url]' were supplied but are not used yet.")
    L(t + timedelta(seconds=4), "INFO", "ntainer#0-0-C-1", "o.a.k.c.c.internals.ConsumerCoordinator", "[Consumer clientId=consumer-settlement-consumers-1, groupId=settlement-consumers] Request joining group due to: need to re-join with the given member-id")
    L(t + timedelta(seconds=7), "INFO", "ntainer#0-0-C-1", "o.a.k.c.c.internals.ConsumerCoordinator", "[Consumer clientId=consumer-settlement-consumers-1, groupId=settlement-consumers] Successfully joined group with generation Generation{generationId=88, memberId='consumer-settlement-consumers-1-5e2b', protocol='cooperative-sticky'}")
    L(t + timedelta(seconds=7), "INFO", "ntainer#0-0-C-1", "o.s.k.l.KafkaMessageListenerContainer", "settlement-consumers: partitions assigned: [settlements.v2-0, settlements.v2-3, settlements.v2-6, settlements.v2-9]")
    cur = t + timedelta(seconds=9)
    for i in range(220):
        cur += timedelta(seconds=r.uniform(3, 12))
        if i in (40, 41):
            L(cur, "INFO", "ntainer#0-0-C-1", "o.a.k.c.c.internals.ConsumerCoordinator", "[Consumer clientId=consumer-settlement-consumers-1, groupId=settlement-consumers] Updating assignment with Assigned partitions: [settlements.v2-0, settlements.v2-3, settlements.v2-6, settlements.v2-9] Revoked partitions (owned - assigned): []")
        elif i == 42:
            L(cur, "WARN", "ntainer#0-0-C-1", "o.a.k.c.c.internals.ConsumerCoordinator", "[Consumer clientId=consumer-settlement-consumers-1, groupId=settlement-consumers] Offset commit failed on partition settlements.v2-6 at offset 9912044: The coordinator is loading and hence can't process requests.")
        else:
            n = r.randint(1, 200)
            L(cur, "INFO", "ntainer#0-0-C-1", "c.a.s.kafka.SettlementBatchListener", f"committed batch of {n} records, partitions={r.choice([0, 3, 6, 9])}, took {r.randint(20, 180)} ms")
    lag = "GROUP                 TOPIC           PARTITION  CURRENT-OFFSET  LOG-END-OFFSET  LAG  CONSUMER-ID                               HOST          CLIENT-ID\n"
    for p in range(12):
        off = r.randint(9_800_000, 9_950_000)
        l = r.randint(0, 14)
        lag += f"settlement-consumers  settlements.v2  {p:<9}  {off:<14}  {off + l:<14}  {l:<3}  consumer-settlement-consumers-{p % 3 + 1}-{r.randint(1000, 9999):x}  /10.8.{r.randint(1, 9)}.{r.randint(2, 250)}  consumer-settlement-consumers-{p % 3 + 1}\n"
    write_incident("hx-007",
        f"Alertmanager is paging: KubeContainerNotReady for {old} in clearing-stream (still firing). Are settlements broken? What is the root cause?",
        {
            "alert.json": alert,
            "kubectl-get-pods-clearing-stream.txt": pods,
            f"kubectl-get-pod-{old}.txt": getpod,
            "kubectl-get-rs-clearing-stream.txt": rs,
            "kubectl-rollout-history.txt": hist,
            "kubectl-get-events-clearing-stream.txt": evts,
            f"logs-{new[0]}.log": "\n".join(log),
            "kafka-consumer-groups-describe.txt": lag,
        },
        {
            "root_cause": "Nothing is broken now: the alert refers to pod settlement-consumer-6c9f7d8b44-q2xrm of the previous ReplicaSet, which was not ready only while it was being terminated during the v4.9.0 rollout; the new pods are 3/3 ready and consumer lag is near zero, so the alert is stale.",
            "required_keywords": [
                ["rollout", "rolling update", "old pod", "old replicaset", "replicaset", "terminat*", "previous revision",
                 "old revision", "no longer exists", "replaced", "deleted", "6c9f7d8b44", "deploy*"],
                HEALTHY,
            ],
            "forbidden_keywords": ["OOM*", "crashloop*", "rebalanc*", "offset commit", "coordinator"],
            "component": "settlement-consumer (healthy; alert on a terminated pod)",
            "category": "healthy",
        })
    return ("hx-007", "Healthy: NotReady alert for a pod of the old ReplicaSet terminated in a rollout; new pods ready, lag ~0",
            "healthy", "Alertmanager webhook v4, get pods/rs/rollout history/events, NotFound for the alerted pod, Spring Kafka consumer log (rebalance WARN noise), consumer-group lag table")


# ---------------------------------------------------------------- hx-008
def hx008():
    r = rng(1008)
    alarm = {
        "AlarmName": "checkout-alb-target-5xx-high",
        "AlarmDescription": "Target 5XX count on the checkout ALB above 50 per minute",
        "AWSAccountId": "456789012345",
        "AlarmConfigurationUpdatedTimestamp": "2025-09-30T12:04:51.112+0000",
        "NewStateValue": "ALARM",
        "NewStateReason": "Threshold Crossed: 1 out of the last 1 datapoints [212.0 (09/03/26 03:16:00)] was greater than the threshold (50.0) (minimum 1 datapoint for OK -> ALARM transition).",
        "StateChangeTime": "2026-03-09T03:17:14.870+0000",
        "Region": "EU (Ireland)",
        "AlarmArn": "arn:aws:cloudwatch:eu-west-1:456789012345:alarm:checkout-alb-target-5xx-high",
        "OldStateValue": "OK",
        "OKActions": [],
        "AlarmActions": ["arn:aws:sns:eu-west-1:456789012345:oncall-checkout"],
        "InsufficientDataActions": [],
        "Trigger": {
            "MetricName": "HTTPCode_Target_5XX_Count",
            "Namespace": "AWS/ApplicationELB",
            "StatisticType": "Statistic",
            "Statistic": "SUM",
            "Unit": None,
            "Dimensions": [{"value": "app/checkout-prod/5c1e9f0a7b3d2c4e", "name": "LoadBalancer"}],
            "Period": 60,
            "EvaluationPeriods": 1,
            "DatapointsToAlarm": 1,
            "ComparisonOperator": "GreaterThanThreshold",
            "Threshold": 50.0,
            "TreatMissingData": "notBreaching",
            "EvaluateLowDataRangesAsBreaching": False,
        },
    }
    ts = minutes(utc("2026-03-09T02:45:00"), 75)
    rows = []
    for i, t in enumerate(ts):
        m = t.hour * 60 + t.minute
        req = int(r.uniform(1800, 2300) * (0.85 if m > 200 else 1))
        e5 = r.choice([0, 0, 0, 1, 2])
        unh = 0
        rt = round(r.uniform(0.085, 0.13), 3)
        e502 = 0
        if m == 3 * 60 + 14:
            e5, unh, rt, e502 = 37, 1, 0.91, 11
        elif m == 3 * 60 + 15:
            e5, unh, rt, e502 = 188, 2, 2.4, 40
        elif m == 3 * 60 + 16:
            e5, unh, rt, e502 = 212, 2, 2.9, 52
        elif m == 3 * 60 + 17:
            e5, unh, rt, e502 = 24, 1, 0.44, 3
        rows.append([iso(t), req, e5, e502, unh, 6 - unh, rt])
    csv = csv_text(["minute_utc", "alb.RequestCount.sum", "alb.HTTPCode_Target_5XX_Count.sum", "alb.HTTPCode_ELB_502_Count.sum",
                    "tg.UnHealthyHostCount.max", "tg.HealthyHostCount.min", "alb.TargetResponseTime.avg_s"], rows)
    th = """$ aws elbv2 describe-target-health --target-group-arn arn:aws:elasticloadbalancing:eu-west-1:456789012345:targetgroup/checkout-api-tg/9a8b7c6d5e4f3a2b --query 'TargetHealthDescriptions[].[Target.Id,Target.AvailabilityZone,TargetHealth.State]' --output table   # run at 03:52 UTC
-------------------------------------------------
|             DescribeTargetHealth              |
+----------------------+--------------+---------+
|  i-0c4f7e1a9b2d3e5f6 |  eu-west-1a  |  healthy|
|  i-07d2b9c4e1f6a8b03 |  eu-west-1a  |  healthy|
|  i-0a9e3c7b5d1f2e4a8 |  eu-west-1b  |  healthy|
|  i-0f1b6d8e2a4c9b7e5 |  eu-west-1b  |  healthy|
|  i-0e5a2c9f7b3d1e6c4 |  eu-west-1c  |  healthy|
|  i-0b8d4f1e6c2a9e7d3 |  eu-west-1c  |  healthy|
+----------------------+--------------+---------+
"""
    hist = """$ aws cloudwatch describe-alarm-history --alarm-name checkout-alb-target-5xx-high --history-item-type StateUpdate --max-items 4
2026-03-09T03:19:14.902Z  StateUpdate  Alarm updated from ALARM to OK      Threshold Crossed: 1 out of the last 1 datapoints [3.0 (09/03/26 03:18:00)] was not greater than the threshold (50.0)
2026-03-09T03:17:14.870Z  StateUpdate  Alarm updated from OK to ALARM      Threshold Crossed: 1 out of the last 1 datapoints [212.0 (09/03/26 03:16:00)] was not greater than ... (see NewStateReason)
2026-02-21T18:40:03.551Z  StateUpdate  Alarm updated from ALARM to OK      Threshold Crossed: 1 out of the last 1 datapoints [0.0 (21/02/26 18:39:00)] was not greater than the threshold (50.0)
2026-02-21T18:31:03.210Z  StateUpdate  Alarm updated from OK to ALARM      Threshold Crossed: 1 out of the last 1 datapoints [4410.0 (21/02/26 18:30:00)] was greater than the threshold (50.0)
"""
    health = """AWS Health event (account-specific) - resolved
Service:      EC2
Event type:   AWS_EC2_OPERATIONAL_ISSUE
Region / AZ:  eu-west-1 / euw1-az2 (eu-west-1b in this account)
Start:        2026-03-09 03:13 UTC
End:          2026-03-09 03:18 UTC
Status:       Closed
Description:  Between 03:13 and 03:18 UTC some instances in a single Availability Zone experienced elevated packet loss.
              The issue has been resolved and the service is operating normally.
"""
    deploys = """checkout-api deployments (CodeDeploy, last 3)
d-7QX2M9KLB  2026-03-09T01:05:44Z  Succeeded  v2026.03.09-1  in-place, 6/6 instances
d-3HRN5T0QA  2026-03-05T14:22:10Z  Succeeded  v2026.03.05-2  in-place, 6/6 instances
d-9BVW1E8CZ  2026-02-21T18:12:37Z  Failed     v2026.02.21-1  rolled back (health checks failed)
"""
    write_incident("hx-008",
        "Got paged overnight: CloudWatch alarm checkout-alb-target-5xx-high went to ALARM at 03:17 UTC. It's 03:55 now. Is checkout still broken, and what caused it?",
        {
            "alarm.json": alarm,
            "cloudwatch-metrics.csv": csv,
            "describe-target-health.txt": th,
            "alarm-history.txt": hist,
            "aws-health-event.txt": health,
            "deployments.txt": deploys,
        },
        {
            "root_cause": "A transient blip: a short AWS network issue in one Availability Zone (03:13-03:18) briefly made two targets unhealthy and produced a few minutes of 5xx; the alarm returned to OK at 03:19, all six targets are healthy and error rates are back to baseline, so no action is needed.",
            "required_keywords": [
                ["transient", "brief*", "momentar*", "blip", "short-lived", "short", "temporar*", "few minutes",
                 "packet loss", "availability zone", "az", "network"],
                HEALTHY,
            ],
            "forbidden_keywords": ["memory leak", "cpu saturation", "capacity", "bad deploy*", "faulty deploy*", "deployment caused", "rollback", "roll back"],
            "component": "checkout ALB targets (healthy after a transient AZ network blip)",
            "category": "healthy",
        })
    return ("hx-008", "Healthy: ALB 5xx alarm from a 3-minute AZ packet-loss blip (AWS Health event), already back to OK",
            "healthy", "CloudWatch alarm (SNS JSON), CloudWatch metrics CSV, target health table, alarm history (an older real incident), AWS Health event, deploy list (earlier deploy as red herring)")


if __name__ == "__main__":
    for f in (hx005, hx006, hx007, hx008):
        print(f())
