"""hx-001 .. hx-004 (configuration and CI cases). Fixed seeds."""
import json
from datetime import timedelta
from common import rng, utc, iso, write_incident, HEALTHY  # noqa: F401


# ---------------------------------------------------------------- hx-001
def hx001():
    r = rng(1001)
    t0 = utc("2025-11-03T09:14:20")
    pod = "fx-rates-sync-5f8d7c9b6d-tq4lz"
    logs = []
    for attempt in range(3):
        t = t0 + timedelta(minutes=attempt * 2, seconds=r.randint(0, 9))
        def L(level, caller, msg, **kw):
            d = {"level": level, "ts": iso(t + timedelta(milliseconds=len(logs) * 7), ms=True),
                 "caller": caller, "msg": msg}
            d.update(kw)
            logs.append(json.dumps(d))
        L("info", "cmd/syncd/main.go:37", "fx-rates-sync starting", version="v2.7.0", commit="9e1c04d")
        L("warn", "maxprocs/maxprocs.go:47", "maxprocs: Updating GOMAXPROCS=1: determined from CPU quota")
        L("info", "internal/config/load.go:52", "loaded config file", path="/etc/fxsync/sync.toml", providers=3)
        L("info", "internal/config/load.go:71", "reading secrets from environment")
        L("fatal", "internal/config/load.go:88", "config validation failed",
          error="required setting RATES_PROVIDER_API_KEY is empty (env RATES_PROVIDER_API_KEY)",
          stacktrace="main.main\n\t/src/cmd/syncd/main.go:44\nruntime.main\n\t/usr/local/go/src/runtime/proc.go:271")
    describe = f"""Name:             {pod}
Namespace:        treasury
Priority:         0
Service Account:  fx-rates-sync
Node:             ip-10-42-7-118.eu-west-1.compute.internal/10.42.7.118
Start Time:       Mon, 03 Nov 2025 09:14:12 +0000
Labels:           app.kubernetes.io/name=fx-rates-sync
                  pod-template-hash=5f8d7c9b6d
Annotations:      vault.hashicorp.com/agent-inject: false
Status:           Running
IP:               10.42.7.203
Controlled By:    ReplicaSet/fx-rates-sync-5f8d7c9b6d
Containers:
  syncd:
    Container ID:   containerd://4be1f09c77a2d51e0c6a3f1b8e92d4c3a1f07e6b5d2c9a8e7f6b5c4d3e2f1a0b
    Image:          123456789012.dkr.ecr.eu-west-1.amazonaws.com/treasury/fx-rates-sync:v2.7.0
    Image ID:       123456789012.dkr.ecr.eu-west-1.amazonaws.com/treasury/fx-rates-sync@sha256:0c2d7e55a1b9f3e4d6c8a0b2e4f6a8c0d2e4f6a8b0c2d4e6f8a0b2c4d6e8f0a2
    Port:           9102/TCP
    State:          Waiting
      Reason:       CrashLoopBackOff
    Last State:     Terminated
      Reason:       Error
      Exit Code:    1
      Started:      Mon, 03 Nov 2025 09:20:31 +0000
      Finished:     Mon, 03 Nov 2025 09:20:31 +0000
    Ready:          False
    Restart Count:  6
    Limits:
      cpu:     500m
      memory:  256Mi
    Requests:
      cpu:     100m
      memory:  128Mi
    Environment:
      SYNC_INTERVAL:           5m
      LOG_FORMAT:              json
      RATES_BASE_CURRENCY:     EUR
      RATE_PROVIDER_API_KEY:   <set to the key 'api-key' in secret 'fx-provider-credentials'>  Optional: false
      LEDGER_GRPC_ADDR:        ledger-core.treasury.svc:9090
    Mounts:
      /etc/fxsync from config (ro)
      /var/run/secrets/kubernetes.io/serviceaccount from kube-api-access-8xv2n (ro)
Conditions:
  Type              Status
  Initialized       True
  Ready             False
  ContainersReady   False
  PodScheduled      True
Volumes:
  config:
    Type:      ConfigMap (a volume populated by a ConfigMap)
    Name:      fx-rates-sync-config
    Optional:  false
QoS Class:       Burstable
Events:
  Type     Reason     Age                  From               Message
  ----     ------     ----                 ----               -------
  Normal   Scheduled  9m                   default-scheduler  Successfully assigned treasury/{pod} to ip-10-42-7-118.eu-west-1.compute.internal
  Normal   Pulled     9m                   kubelet            Successfully pulled image "123456789012.dkr.ecr.eu-west-1.amazonaws.com/treasury/fx-rates-sync:v2.7.0" in 2.1s
  Normal   Created    7m (x5 over 9m)      kubelet            Created container syncd
  Normal   Started    7m (x5 over 9m)      kubelet            Started container syncd
  Warning  BackOff    2m (x31 over 9m)     kubelet            Back-off restarting failed container syncd in pod {pod}_treasury(0b6f3c1e-2a7d-4c59-9e0f-61d8a4b2c7e3)
"""
    getpods = """NAMESPACE       NAME                                         READY   STATUS             RESTARTS        AGE
treasury        fx-rates-sync-5f8d7c9b6d-tq4lz               0/1     CrashLoopBackOff   6 (88s ago)     9m12s
treasury        fx-rates-sync-7c66b4d9f8-m2wpk               1/1     Running            0               6d2h
treasury        ledger-core-84b9f6d7c5-6hxqn                 1/1     Running            0               11d
treasury        ledger-core-84b9f6d7c5-ztr8d                 1/1     Running            1 (4d ago)      11d
treasury        statement-render-28325760-9lq2c              0/1     Completed          0               3h14m
observability   otel-collector-agent-5d2xk                   1/1     Running            0               19d
observability   synthetic-probe-6b7f9d8c4-r7vbn              0/1     ImagePullBackOff   0               41m
kube-system     aws-node-8x2lp                               2/2     Running            0               19d
kube-system     coredns-6d8b4f7c9-4kq9s                      1/1     Running            0               19d
kube-system     coredns-6d8b4f7c9-tw6mn                      1/1     Running            0               19d
kube-system     kube-proxy-d2m7r                             1/1     Running            0               19d
"""
    deploy = """apiVersion: apps/v1
kind: Deployment
metadata:
  name: fx-rates-sync
  namespace: treasury
  annotations:
    deployment.kubernetes.io/revision: "23"
    kubernetes.io/change-cause: "release v2.7.0: move provider credentials to dedicated secret"
spec:
  replicas: 1
  strategy:
    type: RollingUpdate
    rollingUpdate: {maxSurge: 1, maxUnavailable: 0}
  selector:
    matchLabels:
      app.kubernetes.io/name: fx-rates-sync
  template:
    metadata:
      labels:
        app.kubernetes.io/name: fx-rates-sync
    spec:
      serviceAccountName: fx-rates-sync
      containers:
        - name: syncd
          image: 123456789012.dkr.ecr.eu-west-1.amazonaws.com/treasury/fx-rates-sync:v2.7.0
          ports:
            - containerPort: 9102
              name: metrics
          env:
            - name: SYNC_INTERVAL
              value: 5m
            - name: LOG_FORMAT
              value: json
            - name: RATES_BASE_CURRENCY
              value: EUR
            - name: RATE_PROVIDER_API_KEY
              valueFrom:
                secretKeyRef:
                  name: fx-provider-credentials
                  key: api-key
            - name: LEDGER_GRPC_ADDR
              value: ledger-core.treasury.svc:9090
          volumeMounts:
            - name: config
              mountPath: /etc/fxsync
              readOnly: true
          resources:
            requests: {cpu: 100m, memory: 128Mi}
            limits: {cpu: 500m, memory: 256Mi}
      volumes:
        - name: config
          configMap:
            name: fx-rates-sync-config
"""
    config = """# sync.toml (from ConfigMap fx-rates-sync-config)
[sync]
base_currency_env = "RATES_BASE_CURRENCY"
interval_env      = "SYNC_INTERVAL"

[provider]
name          = "openrates"
endpoint      = "https://api.openrates.example.com/v3/latest"
api_key_env   = "RATES_PROVIDER_API_KEY"   # required
timeout       = "8s"

[ledger]
addr_env = "LEDGER_GRPC_ADDR"
"""
    rollout = """REVISION  CHANGE-CAUSE
21        release v2.6.2: bump grpc-go
22        release v2.6.3: retry on ledger UNAVAILABLE
23        release v2.7.0: move provider credentials to dedicated secret
"""
    write_incident("hx-001",
        "The new fx-rates-sync pod in namespace treasury keeps restarting since this morning's release and the rollout is stuck. What is the root cause?",
        {
            "kubectl-get-pods-all-namespaces.txt": getpods,
            f"kubectl-describe-pod-{pod}.txt": describe,
            f"logs-{pod}.log": "\n".join(logs),
            "deployment-fx-rates-sync.yaml": deploy,
            "configmap-fx-rates-sync-config.toml": config,
            "kubectl-rollout-history-fx-rates-sync.txt": rollout,
        },
        {
            "root_cause": "The v2.7.0 Deployment injects the provider key as environment variable RATE_PROVIDER_API_KEY, but the service requires RATES_PROVIDER_API_KEY, so the required setting is empty and the container exits with status 1 in CrashLoopBackOff.",
            "required_keywords": [
                ["RATES_PROVIDER_API_KEY", "RATE_PROVIDER_API_KEY"],
                ["env*", "environment variable", "variable", "config key", "setting"],
                ["missing", "empty", "unset", "not set", "misnamed", "mismatch*", "typo", "misspel*",
                 "wrong name", "renamed", "undefined", "absent", "differs", "different name"],
            ],
            "forbidden_keywords": ["ImagePullBackOff", "image pull", "OOM*", "out of memory", "GOMAXPROCS"],
            "component": "Deployment fx-rates-sync (env var name)",
            "category": "configuration_error",
        })
    return ("hx-001", "Deployment sets RATE_PROVIDER_API_KEY, Go service requires RATES_PROVIDER_API_KEY -> fatal config error, CrashLoopBackOff",
            "configuration_error", "Go JSON (zap) pod log, kubectl get pods -A (unrelated ImagePullBackOff), describe pod, Deployment YAML, config TOML, rollout history")


# ---------------------------------------------------------------- hx-002
def hx002():
    r = rng(1002)
    new = "claims-intake-69c7d5f4b8-xp2vd"
    t = utc("2026-01-21T14:02:47")
    lines = []
    for k in range(4):
        ts = t + timedelta(seconds=k * 40 + r.randint(0, 5))
        lines += [
            "Unhandled exception. System.IO.InvalidDataException: Failed to load configuration from file '/app/config/appsettings.Production.json'.",
            " ---> System.FormatException: Could not parse the JSON file.",
            " ---> System.Text.Json.JsonReaderException: '\"' is invalid after a value. Expected either ',', '}', or ']'. LineNumber: 15 | BytePositionInLine: 4.",
            "   at System.Text.Json.ThrowHelper.ThrowJsonReaderException(Utf8JsonReader& json, ExceptionResource resource, Byte nextByte, ReadOnlySpan`1 bytes)",
            "   at System.Text.Json.Utf8JsonReader.ConsumeNextTokenOrRollback(Byte marker)",
            "   at System.Text.Json.JsonDocument.Parse(ReadOnlySpan`1 utf8JsonSpan, JsonReaderOptions readerOptions, MetadataDb& database, StackRowStack& stack)",
            "   at Microsoft.Extensions.Configuration.Json.JsonConfigurationFileParser.ParseStream(Stream input)",
            "   --- End of inner exception stack trace ---",
            "   at Microsoft.Extensions.Configuration.Json.JsonConfigurationProvider.Load(Stream stream)",
            "   at Microsoft.Extensions.Configuration.FileConfigurationProvider.Load(Boolean reload)",
            "   --- End of inner exception stack trace ---",
            "   at Microsoft.Extensions.Configuration.ConfigurationManager.AddSource(IConfigurationSource source)",
            "   at Microsoft.AspNetCore.Builder.WebApplicationBuilder..ctor(WebApplicationOptions options, Action`1 configureDefaults)",
            "   at Contoso.Claims.Intake.Program.Main(String[] args) in /src/Claims.Intake/Program.cs:line 14",
            "",
        ]
    old_log = []
    t2 = utc("2026-01-21T13:40:00")
    for i in range(40):
        ts = t2 + timedelta(seconds=i * 31 + r.randint(0, 20))
        if i == 0:
            old_log.append(f"{iso(ts)} warn: Microsoft.AspNetCore.DataProtection.Repositories.FileSystemXmlRepository[60]")
            old_log.append("      Storing keys in a directory '/home/app/.aspnet/DataProtection-Keys' that may not be persisted outside of the container. Protected data will be unavailable when container is destroyed.")
            old_log.append(f"{iso(ts)} warn: Microsoft.AspNetCore.DataProtection.KeyManagement.XmlKeyManager[35]")
            old_log.append("      No XML encryptor configured. Key {3f1c9a2e-77b0-4c1d-9a55-0e6b2d8f4c11} may be persisted to storage in unencrypted form.")
            continue
        path = r.choice(["/api/claims", "/api/claims/{id}/documents", "/healthz/ready", "/api/claims/{id}"])
        ms = round(r.uniform(6, 90), 1)
        old_log.append(f"{iso(ts)} info: Microsoft.AspNetCore.Hosting.Diagnostics[2]")
        old_log.append(f"      Request finished HTTP/1.1 {'GET' if 'healthz' in path or '{id}' in path else 'POST'} http://claims-intake.insurance-core{path} - 200 - application/json;+charset=utf-8 {ms}ms")
    cm = """apiVersion: v1
kind: ConfigMap
metadata:
  name: claims-intake-settings
  namespace: insurance-core
  labels:
    app.kubernetes.io/name: claims-intake
    app.kubernetes.io/version: 5.12.0
data:
  appsettings.Production.json: |
    {
      "Logging": {
        "LogLevel": {
          "Default": "Information",
          "Microsoft.AspNetCore": "Warning"
        }
      },
      "AllowedHosts": "*",
      "ConnectionStrings": {
        "ClaimsDb": "Host=claims-pg.insurance-core.svc;Database=claims;Username=claims_app"
      },
      "Intake": {
        "MaxUploadMb": 40,
        "VirusScanUrl": "http://av-scan.insurance-core.svc:8000/scan",
        "DocumentBucket": "s3://acme-claims-docs-prod"
        "OcrQueueUrl": "https://sqs.eu-central-1.amazonaws.com/210987654321/claims-ocr",
        "FraudScoreThreshold": 0.82
      },
      "FeatureFlags": {
        "AsyncOcr": true
      }
    }
"""
    pods = """NAME                              READY   STATUS             RESTARTS      AGE
claims-intake-69c7d5f4b8-xp2vd    0/1     CrashLoopBackOff   4 (31s ago)   3m2s
claims-intake-7d4b8c6f9a-5ncwj    1/1     Running            0             8d
claims-intake-7d4b8c6f9a-gk7tp    1/1     Running            0             8d
claims-pg-0                       1/1     Running            0             41d
av-scan-5b9c7d6f84-qq8rm          1/1     Running            2 (3d ago)    12d
"""
    events = """LAST SEEN   TYPE      REASON              OBJECT                                  MESSAGE
3m4s        Normal    ScalingReplicaSet   deployment/claims-intake                Scaled up replica set claims-intake-69c7d5f4b8 to 1
3m3s        Normal    Scheduled           pod/claims-intake-69c7d5f4b8-xp2vd      Successfully assigned insurance-core/claims-intake-69c7d5f4b8-xp2vd to aks-userpool-31415926-vmss000004
3m1s        Normal    Pulled              pod/claims-intake-69c7d5f4b8-xp2vd      Container image "acmeclaims.azurecr.io/claims-intake:5.12.0" already present on machine
2m10s       Normal    Started             pod/claims-intake-69c7d5f4b8-xp2vd      Started container api
85s         Warning   BackOff             pod/claims-intake-69c7d5f4b8-xp2vd      Back-off restarting failed container api in pod claims-intake-69c7d5f4b8-xp2vd_insurance-core(5e0d2a71-94b3-4b8f-a3c6-2f7e1d9b0c44)
47m         Warning   Unhealthy           pod/av-scan-5b9c7d6f84-qq8rm            Readiness probe failed: HTTP probe failed with statuscode: 503
3d          Normal    Killing             pod/av-scan-5b9c7d6f84-qq8rm            Container clamd failed liveness probe, will be restarted
"""
    write_incident("hx-002",
        "After deploying claims-intake 5.12.0 to insurance-core (AKS), the new pod won't start and the old ReplicaSet is still serving. Why does the new version crash?",
        {
            "kubectl-get-pods-insurance-core.txt": pods,
            "kubectl-get-events-insurance-core.txt": events,
            f"logs-{new}-previous.log": "\n".join(lines),
            "logs-claims-intake-7d4b8c6f9a-5ncwj.log": "\n".join(old_log),
            "configmap-claims-intake-settings.yaml": cm,
        },
        {
            "root_cause": "The 5.12.0 ConfigMap claims-intake-settings ships an invalid appsettings.Production.json (a missing comma after the DocumentBucket entry), so the JSON configuration cannot be parsed and the new pod crashes at startup.",
            "required_keywords": [
                ["json", "pars*", "syntax", "malformed", "invalid", "comma"],
                ["appsettings*", "configmap", "claims-intake-settings", "config file", "configuration file", "settings file", "configuration"],
            ],
            "forbidden_keywords": ["data protection", "dataprotection", "encryptor", "OOM*", "out of memory", "av-scan", "clamd"],
            "component": "ConfigMap claims-intake-settings (appsettings.Production.json)",
            "category": "configuration_error",
        })
    return ("hx-002", "ConfigMap-mounted appsettings.Production.json with a missing comma -> .NET JSON parse error at startup after deploy",
            "configuration_error", ".NET stack trace log (previous container), old pod log with harmless DataProtection warnings, kubectl get pods/events (unrelated probe failures on av-scan), ConfigMap YAML")


# ---------------------------------------------------------------- hx-003
def hx003():
    r = rng(1003)
    t = utc("2025-12-02T01:30:04")
    job = "ledger-export-29410530"
    pod = job + "-7kq2f"
    log = [
        f"{iso(t)} INFO  export.main  starting nightly ledger export run_id=29410530 window=2025-12-01",
        f"{iso(t + timedelta(seconds=1))} INFO  export.main  target bucket gs://acme-fin-exports/ledger/2025/12/01/",
        f"{iso(t + timedelta(seconds=1))} WARN  google.auth._default  No project ID could be determined from the credentials; using GOOGLE_CLOUD_PROJECT=acme-fin-prod",
        f"{iso(t + timedelta(seconds=1))} INFO  export.client  fetching entries from http://ledger-api.finace.svc.cluster.local:8080/v1/entries?date=2025-12-01",
    ]
    for k in range(3):
        ts = t + timedelta(seconds=2 + k * 4)
        log.append(f"{iso(ts)} WARN  urllib3.connectionpool  Retrying (Retry(total={2 - k}, connect=None, read=None, redirect=None, status=None)) after connection broken by 'NameResolutionError(\"<urllib3.connection.HTTPConnection object at 0x7f3a1c2d9e50>: Failed to resolve 'ledger-api.finace.svc.cluster.local' ([Errno -2] Name or service not known)\")': /v1/entries?date=2025-12-01")
    te = t + timedelta(seconds=15)
    log += [
        f"{iso(te)} ERROR export.main  run failed",
        "Traceback (most recent call last):",
        '  File "/usr/local/lib/python3.12/site-packages/urllib3/connection.py", line 198, in _new_conn',
        "    sock = connection.create_connection(",
        '  File "/usr/local/lib/python3.12/site-packages/urllib3/util/connection.py", line 60, in create_connection',
        "    for res in socket.getaddrinfo(host, port, family, socket.SOCK_STREAM):",
        "socket.gaierror: [Errno -2] Name or service not known",
        "",
        "The above exception was the direct cause of the following exception:",
        "",
        "Traceback (most recent call last):",
        '  File "/app/export/main.py", line 88, in run',
        "    entries = client.fetch_entries(day)",
        '  File "/app/export/client.py", line 41, in fetch_entries',
        "    resp = self.session.get(url, params={\"date\": day}, timeout=30)",
        "requests.exceptions.ConnectionError: HTTPConnectionPool(host='ledger-api.finace.svc.cluster.local', port=8080): Max retries exceeded with url: /v1/entries?date=2025-12-01 (Caused by NameResolutionError(\"<urllib3.connection.HTTPConnection object at 0x7f3a1c2d9e50>: Failed to resolve 'ledger-api.finace.svc.cluster.local' ([Errno -2] Name or service not known)\"))",
        f"{iso(te)} INFO  export.main  exit code 1",
    ]
    # CoreDNS log with the log plugin on; mostly NOERROR noise
    cd = []
    tc = utc("2025-12-02T01:29:50")
    names = ["ledger-api.finance.svc.cluster.local.", "payments-db.finance.svc.cluster.local.",
             "storage.googleapis.com.", "oauth2.googleapis.com.", "metadata.google.internal.",
             "redis-master.cache.svc.cluster.local.", "kube-dns.kube-system.svc.cluster.local."]
    bad_times = [t + timedelta(seconds=2 + k * 4) for k in range(3)] + [t + timedelta(seconds=1, milliseconds=900)]
    cur = tc
    while cur < tc + timedelta(seconds=50):
        cur += timedelta(milliseconds=r.randint(150, 900))
        ip = "10.52.%d.%d" % (r.choice([1, 2, 3, 4]), r.randint(2, 250))
        n = r.choice(names)
        qt = r.choice(["A", "AAAA"])
        if n.endswith("cluster.local.") and qt == "AAAA":
            rc, sz = "NOERROR", 150
        else:
            rc, sz = "NOERROR", r.randint(90, 260)
        cd.append(f'[INFO] {ip}:{r.randint(30000, 60000)} - {r.randint(1000, 65000)} "{qt} IN {n} udp {r.randint(40, 90)} false 512" {rc} qr,aa,rd {sz} {r.uniform(0.00005, 0.004):.6f}s')
        for bt in list(bad_times):
            if cur >= bt:
                bad_times.remove(bt)
                for suffix in ["finace.svc.cluster.local.", "finance-batch.svc.cluster.local.", "svc.cluster.local.", "cluster.local.", "us-central1-b.c.acme-fin-prod.internal.", "c.acme-fin-prod.internal.", "google.internal."][:4]:
                    q = "ledger-api." + suffix if suffix.startswith("finace") else "ledger-api.finace.svc.cluster.local." + suffix
                    cd.append(f'[INFO] 10.52.3.41:{r.randint(30000, 60000)} - {r.randint(1000, 65000)} "A IN {q} udp {len(q) + 20} false 512" NXDOMAIN qr,aa,rd {r.randint(140, 170)} {r.uniform(0.00005, 0.0003):.6f}s')
    cd.insert(5, "[WARNING] plugin/kubernetes: Kubernetes API connection failure: Get \"https://10.56.0.1:443/version\": dial tcp 10.56.0.1:443: i/o timeout")
    cd.insert(9, "[INFO] plugin/reload: Running configuration SHA512 = 61b3c4e2f0a9d8b7c6e5f4a3b2c1d0e9f8a7b6c5d4e3f2a1b0c9d8e7f6a5b4c3d2e1f0a9b8c7d6e5f4a3b2c1d0e9f8a7b6c5d4e3f2a1b0c9d8e7f6a5b4c3d2e1f0")
    svcs = """NAMESPACE       NAME                TYPE        CLUSTER-IP      EXTERNAL-IP   PORT(S)          AGE
default         kubernetes          ClusterIP   10.56.0.1       <none>        443/TCP          402d
finance         ledger-api          ClusterIP   10.56.14.201    <none>        8080/TCP         212d
finance         payments-db         ClusterIP   None            <none>        5432/TCP         212d
finance-batch   export-metrics      ClusterIP   10.56.9.77      <none>        9091/TCP         30d
cache           redis-master        ClusterIP   10.56.3.18      <none>        6379/TCP         377d
kube-system     kube-dns            ClusterIP   10.56.0.10      <none>        53/UDP,53/TCP    402d
"""
    cj = """apiVersion: batch/v1
kind: CronJob
metadata:
  name: ledger-export
  namespace: finance-batch
spec:
  schedule: "30 1 * * *"
  concurrencyPolicy: Forbid
  jobTemplate:
    spec:
      backoffLimit: 2
      template:
        spec:
          serviceAccountName: ledger-exporter
          restartPolicy: Never
          containers:
            - name: export
              image: us-central1-docker.pkg.dev/acme-fin-prod/batch/ledger-export:1.19.0
              env:
                - name: LEDGER_API_URL
                  value: http://ledger-api.finace.svc.cluster.local:8080
                - name: EXPORT_BUCKET
                  value: gs://acme-fin-exports/ledger
                - name: GOOGLE_CLOUD_PROJECT
                  value: acme-fin-prod
"""
    desc = f"""Name:             {job}
Namespace:        finance-batch
Selector:         batch.kubernetes.io/controller-uid=8a0f3b2c-55d1-4e7a-b1c9-3d2e6f7a8b90
Labels:           batch.kubernetes.io/job-name={job}
Annotations:      batch.kubernetes.io/job-tracking:
Controlled By:    CronJob/ledger-export
Parallelism:      1
Completions:      1
Completion Mode:  NonIndexed
Start Time:       Tue, 02 Dec 2025 01:30:00 +0000
Pods Statuses:    0 Active (0 Ready) / 0 Succeeded / 3 Failed
Events:
  Type     Reason                Age   From            Message
  ----     ------                ----  ----            -------
  Normal   SuccessfulCreate      7h    job-controller  Created pod: {pod}
  Normal   SuccessfulCreate      7h    job-controller  Created pod: {job}-m4xwd
  Normal   SuccessfulCreate      7h    job-controller  Created pod: {job}-b8r5n
  Warning  BackoffLimitExceeded  7h    job-controller  Job has reached the specified backoff limit
"""
    hist = """NAME                     COMPLETIONS   DURATION   AGE
ledger-export-29407650   1/1           2m41s      2d7h
ledger-export-29409090   1/1           2m38s      31h
ledger-export-29410530   0/1           7h2m       7h2m
"""
    write_incident("hx-003",
        "The nightly ledger-export CronJob in finance-batch (GKE) failed last night for the first time; yesterday's run was fine. What is the root cause?",
        {
            f"kubectl-describe-job-{job}.txt": desc,
            "kubectl-get-jobs-finance-batch.txt": hist,
            f"logs-{pod}.log": "\n".join(log),
            "coredns-logs.txt": "\n".join(cd),
            "kubectl-get-svc-all-namespaces.txt": svcs,
            "cronjob-ledger-export.yaml": cj,
        },
        {
            "root_cause": "The CronJob's LEDGER_API_URL points at ledger-api.finace.svc.cluster.local, a misspelled namespace (the Service lives in finance), so DNS returns NXDOMAIN and every attempt fails to resolve the host.",
            "required_keywords": [
                ["dns", "resolv*", "nxdomain", "name resolution", "name or service not known", "lookup", "gaierror"],
                ["finace", "typo", "misspel*", "wrong namespace", "incorrect namespace", "namespace name"],
            ],
            "forbidden_keywords": ["coredns outage", "coredns is down", "coredns crash*", "network policy", "networkpolicy", "OOM*", "project id", "credential*"],
            "component": "CronJob ledger-export (LEDGER_API_URL namespace typo)",
            "category": "configuration_error",
        })
    return ("hx-003", "CronJob job fails on DNS: Service URL uses misspelled namespace 'finace' -> NXDOMAIN / gaierror",
            "configuration_error", "Python job log with traceback, CoreDNS query log (NXDOMAIN among NOERROR noise, harmless API warning), describe job, jobs history, svc list, CronJob YAML")


# ---------------------------------------------------------------- hx-004
def hx004():
    r = rng(1004)
    script = """#!/usr/bin/env bash
# ci/tf-apply.sh - apply a reviewed plan for one environment
set -euo pipefail

ENVIRONMENT="${1:?usage: tf-apply.sh <environment>}"
PLAN_FILE="plan-${ENVIRONMENT}.tfplan"
TF_DIR="envs/${ENVIRONMENT}"

log() { printf '[tf-apply] %s\\n' "$*"; }

cd "${TF_DIR}"
log "terraform $(terraform version -json | jq -r .terraform_version) in ${TF_DIR}"

terraform init -input=false -lockfile=readonly \\
  -backend-config="bucket=${TF_STATE_BUCKET}" \\
  -backend-config="key=infra-live/${ENVIRONMENT}.tfstate"

if [[ ! -f "${CI_PROJECT_DIR}/${PLAN_FILE}" ]]; then
  log "plan artifact ${PLAN_FILE} missing, refusing to apply"
  exit 3
fi

# protect production from unattended applies
if [[ "${ENVIRONMENT}" == "production" && "${CI_PIPELINE_SOURCE}" != "web" ]]
  log "production apply must be started manually"
  exit 4
else
  log "applying ${PLAN_FILE}"
fi

terraform apply -input=false -auto-approve "${CI_PROJECT_DIR}/${PLAN_FILE}"
terraform output -json > "${CI_PROJECT_DIR}/outputs-${ENVIRONMENT}.json"
log "done"
"""
    ci = """stages: [validate, plan, apply]

default:
  image: registry.gitlab.example.com/platform/ci-images/terraform:1.9.8
  tags: [k8s-runner]

variables:
  TF_STATE_BUCKET: acme-tfstate-euw1
  TF_IN_AUTOMATION: "true"

validate:
  stage: validate
  script:
    - terraform fmt -check -recursive
    - shellcheck --version

plan:staging:
  stage: plan
  script:
    - ./ci/tf-plan.sh staging
  artifacts:
    paths: [plan-staging.tfplan]

apply:staging:
  stage: apply
  needs: [plan:staging]
  script:
    - ./ci/tf-apply.sh staging
  rules:
    - if: $CI_COMMIT_BRANCH == "main"
"""
    def section(ts, name, title):
        return f"section_start:{int(ts.timestamp())}:{name}\r\x1b[0K\x1b[36;1m{title}\x1b[0;m"
    t = utc("2026-02-11T16:48:02")
    plan = [
        "Running with gitlab-runner 17.5.2 (c5cd6bc1)",
        "  on k8s-runner-euw1-7f6c9 t3_Fz1xQ, system ID: r_K2mZ8vY4pQnW",
        section(t, "prepare_executor", "Preparing the \"kubernetes\" executor"),
        "Using Kubernetes namespace: gitlab-runners",
        "Using Kubernetes executor with image registry.gitlab.example.com/platform/ci-images/terraform:1.9.8 ...",
        "Waiting for pod gitlab-runners/runner-t3fz1xq-project-412-concurrent-0-8k2pd to be running, status is Pending",
        "Running on runner-t3fz1xq-project-412-concurrent-0-8k2pd via k8s-runner-euw1-7f6c9...",
        "Fetching changes with git depth set to 20...",
        "Checking out 4d1e9a7c as detached HEAD (ref is main)...",
        "$ ./ci/tf-plan.sh staging",
        "[tf-plan] terraform 1.9.8 in envs/staging",
        "Initializing the backend...",
        "Successfully configured the backend \"s3\"! Terraform will automatically",
        "use this backend unless the backend configuration changes.",
        "Initializing provider plugins...",
        "- Reusing previous version of hashicorp/aws from the dependency lock file",
        "- Installing hashicorp/aws v5.74.0...",
        "- Installed hashicorp/aws v5.74.0 (signed by HashiCorp)",
        "Terraform has been successfully initialized!",
    ]
    for i in range(35):
        res = r.choice(["aws_iam_role.worker", "aws_security_group.alb", "aws_route53_record.api", "module.vpc.aws_subnet.private[%d]" % r.randint(0, 2), "aws_sqs_queue.ingest", "aws_lambda_function.thumbs"])
        plan.append(f"{res}: Refreshing state... [id={r.choice(['sg-', 'sqs-', 'role-', 'subnet-'])}{r.randint(10**9, 10**10):x}]")
    plan += [
        "",
        "Warning: Argument is deprecated",
        "",
        "  with aws_s3_bucket.artifacts,",
        "  on storage.tf line 12, in resource \"aws_s3_bucket\" \"artifacts\":",
        "  12:   acl    = \"private\"",
        "",
        "Use the aws_s3_bucket_acl resource instead",
        "",
        "Plan: 2 to add, 1 to change, 0 to destroy.",
        "Saved the plan to: /builds/platform/infra-live/plan-staging.tfplan",
        "Uploading artifacts for successful job",
        "plan-staging.tfplan: found 1 matching artifact files and directories",
        "Uploading artifacts as \"archive\" to coordinator... 201 Created  id=918273 responseStatus=201 Created",
        "Cleaning up project directory and file based variables",
        "Job succeeded",
    ]
    t2 = utc("2026-02-11T16:51:40")
    apply = [
        "Running with gitlab-runner 17.5.2 (c5cd6bc1)",
        "  on k8s-runner-euw1-7f6c9 t3_Fz1xQ, system ID: r_K2mZ8vY4pQnW",
        section(t2, "prepare_executor", "Preparing the \"kubernetes\" executor"),
        "Using Kubernetes namespace: gitlab-runners",
        "Using Kubernetes executor with image registry.gitlab.example.com/platform/ci-images/terraform:1.9.8 ...",
        "WARNING: Event retrieved from the cluster: 0/14 nodes are available: 3 Insufficient memory. preemption: 0/14 nodes are available: 14 No preemption victims found for incoming pod.",
        "Running on runner-t3fz1xq-project-412-concurrent-1-q9mtl via k8s-runner-euw1-7f6c9...",
        "Fetching changes with git depth set to 20...",
        "Checking out 4d1e9a7c as detached HEAD (ref is main)...",
        "Downloading artifacts for plan:staging (918273)...",
        "Downloading artifacts from coordinator... ok        id=918273 responseStatus=200 OK token=glcbt-64",
        "$ ./ci/tf-apply.sh staging",
        "./ci/tf-apply.sh: line 27: syntax error near unexpected token `else'",
        "./ci/tf-apply.sh: line 27: `else'",
        "Cleaning up project directory and file based variables",
        "ERROR: Job failed: command terminated with exit code 2",
    ]
    commit = """commit 4d1e9a7c2b0f86e1d5a3c7b9e0f2a4c6d8e0b1a3
Author: R. Okafor <rokafor@example.com>
Date:   Wed Feb 11 16:41:09 2026 +0000

    ci: block unattended production applies

 ci/tf-apply.sh | 8 ++++++++
 1 file changed, 8 insertions(+)
"""
    write_incident("hx-004",
        "Pipeline #55120 on main in platform/infra-live: plan:staging passed but apply:staging fails right away. Nothing changed in the Terraform code. Why does the apply job fail?",
        {
            "gitlab-ci.yml": ci,
            "job-plan-staging.log": "\n".join(plan),
            "job-apply-staging.log": "\n".join(apply),
            "tf-apply.sh": script,
            "git-show-stat-HEAD.txt": commit,
        },
        {
            "root_cause": "The latest commit added an if block to ci/tf-apply.sh without the required then, so bash aborts with a syntax error near the unexpected token else before Terraform ever runs.",
            "required_keywords": [
                ["syntax", "unexpected token", "parse error"],
                ["script", "shell", "bash", "tf-apply*", "then", "if statement", "if block"],
            ],
            "forbidden_keywords": ["deprecat*", "state lock", "credential*", "insufficient memory", "OOM*", "artifact missing", "missing artifact"],
            "component": "ci/tf-apply.sh (GitLab CI apply job)",
            "category": "code_defect",
        })
    return ("hx-004", "GitLab CI apply job: bash script edited with an `if` missing `then` -> syntax error near unexpected token `else` (Terraform never runs)",
            "code_defect", "two GitLab job logs (passing plan with Terraform deprecation warning, runner scheduling warning), .gitlab-ci.yml, the shell script, git show --stat")


if __name__ == "__main__":
    for f in (hx001, hx002, hx003, hx004):
        print(f())
