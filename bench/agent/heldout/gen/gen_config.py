"""ho-001 (missing secret key), ho-002 (readiness probe), ho-003 (job DNS), ho-005 (configmap name typo)."""
import random
from common import write, question, answer, dedent

random.seed(101)

# ---------------------------------------------------------------- ho-001
I = "ho-001"
question(I, "The notification-dispatcher pods in namespace comms have not started since this morning's deploy (v2.14.0). Everything else in the cluster looks fine. What is the root cause?")
write(I, "files/kubectl-get-pods-all-namespaces.txt", dedent("""
NAMESPACE       NAME                                            READY   STATUS                       RESTARTS        AGE
analytics       metabase-6b8f9c7d54-tq2wz                       0/1     ImagePullBackOff             0               3d4h
analytics       superset-worker-79d5c6f8b-8mkpl                 1/1     Running                      0               11d
cert-manager    cert-manager-7fb9c5d8d6-n4jcs                   1/1     Running                      0               23d
cert-manager    cert-manager-cainjector-5f7d8b9c6-x2lqm         1/1     Running                      1 (9d ago)      23d
cert-manager    cert-manager-webhook-6c9d7f5b8-wr7vt            1/1     Running                      0               23d
comms           notification-dispatcher-5d8c7b9f6-h2kxq         0/1     CreateContainerConfigError   0               41m
comms           notification-dispatcher-5d8c7b9f6-p8rnd         0/1     CreateContainerConfigError   0               41m
comms           notification-dispatcher-5d8c7b9f6-z4vbc         0/1     CreateContainerConfigError   0               41m
comms           sms-relay-84c6f7d9b5-6gxkt                      1/1     Running                      0               6d2h
comms           template-renderer-7c4d9b8f6-jq5sd               1/1     Running                      0               6d2h
ingress-nginx   ingress-nginx-controller-6f9c8d7b5-kd2mp        1/1     Running                      0               17d
ingress-nginx   ingress-nginx-controller-6f9c8d7b5-v7xwn        1/1     Running                      0               17d
kube-system     coredns-5d78c9869d-9rjtx                        1/1     Running                      0               23d
kube-system     coredns-5d78c9869d-lmw8p                        1/1     Running                      0               23d
kube-system     kube-proxy-4gkqz                                1/1     Running                      0               23d
kube-system     kube-proxy-jv9cd                                1/1     Running                      0               23d
kube-system     kube-proxy-x8wtb                                1/1     Running                      0               23d
kube-system     metrics-server-6d94bc8694-bz7mh                 1/1     Running                      0               23d
monitoring      kube-state-metrics-7b8d6c5f9-wq4hn              1/1     Running                      0               15d
monitoring      node-exporter-2lmvd                             1/1     Running                      0               15d
monitoring      node-exporter-8zq5k                             1/1     Running                      0               15d
monitoring      node-exporter-tr6jx                             1/1     Running                      0               15d
monitoring      prometheus-k8s-0                                2/2     Running                      0               15d
"""))
write(I, "files/kubectl-describe-pod-notification-dispatcher-5d8c7b9f6-h2kxq.txt", dedent("""
Name:             notification-dispatcher-5d8c7b9f6-h2kxq
Namespace:        comms
Priority:         0
Service Account:  notification-dispatcher
Node:             worker-pool-a-03/10.12.4.23
Start Time:       Wed, 19 Nov 2025 07:12:40 +0000
Labels:           app.kubernetes.io/name=notification-dispatcher
                  app.kubernetes.io/version=2.14.0
                  pod-template-hash=5d8c7b9f6
Annotations:      checksum/config: 8f1e0c6b2d9a4b7f9e3c1a5d6b8f0e2c4a6d8b0f
Status:           Pending
IP:               10.244.3.117
Controlled By:    ReplicaSet/notification-dispatcher-5d8c7b9f6
Containers:
  dispatcher:
    Container ID:
    Image:          registry.internal.example/comms/notification-dispatcher:2.14.0
    Image ID:
    Port:           3000/TCP
    Host Port:      0/TCP
    Command:
      node
      dist/server.js
    State:          Waiting
      Reason:       CreateContainerConfigError
    Ready:          False
    Restart Count:  0
    Limits:
      cpu:     500m
      memory:  384Mi
    Requests:
      cpu:      100m
      memory:   256Mi
    Readiness:  http-get http://:3000/readyz delay=5s timeout=2s period=10s #success=1 #failure=3
    Environment:
      NODE_ENV:           production
      LOG_LEVEL:          info
      SMTP_HOST:          <set to the key 'smtp-host' in secret 'dispatcher-mail-creds'>      Optional: false
      SMTP_USER:          <set to the key 'smtp-user' in secret 'dispatcher-mail-creds'>      Optional: false
      SMTP_PASSWORD:      <set to the key 'smtp-password' in secret 'dispatcher-mail-creds'>  Optional: false
      QUEUE_URL:          amqp://rabbitmq.comms.svc.cluster.local:5672/notify
    Mounts:
      /var/run/secrets/kubernetes.io/serviceaccount from kube-api-access-7xkq2 (ro)
Conditions:
  Type                        Status
  PodReadyToStartContainers   True
  Initialized                 True
  Ready                       False
  ContainersReady             False
  PodScheduled                True
Volumes:
  kube-api-access-7xkq2:
    Type:                    Projected (a volume that contains injected data from multiple sources)
    TokenExpirationSeconds:  3607
    ConfigMapName:           kube-root-ca.crt
    DownwardAPI:             true
QoS Class:                   Burstable
Node-Selectors:              <none>
Tolerations:                 node.kubernetes.io/not-ready:NoExecute op=Exists for 300s
                             node.kubernetes.io/unreachable:NoExecute op=Exists for 300s
Events:
  Type     Reason     Age                  From               Message
  ----     ------     ----                 ----               -------
  Normal   Scheduled  41m                  default-scheduler  Successfully assigned comms/notification-dispatcher-5d8c7b9f6-h2kxq to worker-pool-a-03
  Normal   Pulling    41m                  kubelet            Pulling image "registry.internal.example/comms/notification-dispatcher:2.14.0"
  Normal   Pulled     40m                  kubelet            Successfully pulled image "registry.internal.example/comms/notification-dispatcher:2.14.0" in 6.212s (6.212s including waiting). Image size: 71820412 bytes.
  Warning  Failed     38m (x12 over 40m)   kubelet            Error: couldn't find key smtp-password in Secret comms/dispatcher-mail-creds
  Normal   Pulled     59s (x187 over 40m)  kubelet            Container image "registry.internal.example/comms/notification-dispatcher:2.14.0" already present on machine
"""))
write(I, "files/kubectl-get-secret-dispatcher-mail-creds.yaml", dedent("""
apiVersion: v1
kind: Secret
metadata:
  name: dispatcher-mail-creds
  namespace: comms
  creationTimestamp: "2025-03-02T10:41:17Z"
  resourceVersion: "88412937"
  labels:
    app.kubernetes.io/managed-by: external-secrets
  annotations:
    reconcile.external-secrets.io/data-hash: 4c1b9a0e7f52d3c86a1e
type: Opaque
data:
  smtp-host: c210cC5tYWlsLXJlbGF5LmV4YW1wbGUubmV0
  smtp-user: ZGlzcGF0Y2hlci1ib3Q=
  smtp_pass: KioqKioqKioqKioqKioqKg==
"""))
write(I, "files/kubectl-get-events-comms.txt", dedent("""
LAST SEEN   TYPE      REASON              OBJECT                                         MESSAGE
42m         Normal    ScalingReplicaSet   deployment/notification-dispatcher             Scaled up replica set notification-dispatcher-5d8c7b9f6 to 3
41m         Normal    SuccessfulCreate    replicaset/notification-dispatcher-5d8c7b9f6   Created pod: notification-dispatcher-5d8c7b9f6-h2kxq
41m         Normal    SuccessfulCreate    replicaset/notification-dispatcher-5d8c7b9f6   Created pod: notification-dispatcher-5d8c7b9f6-p8rnd
41m         Normal    SuccessfulCreate    replicaset/notification-dispatcher-5d8c7b9f6   Created pod: notification-dispatcher-5d8c7b9f6-z4vbc
41m         Normal    ScalingReplicaSet   deployment/notification-dispatcher             Scaled down replica set notification-dispatcher-6f7b8c9d4 to 0 from 3
38m         Warning   Failed              pod/notification-dispatcher-5d8c7b9f6-p8rnd    Error: couldn't find key smtp-password in Secret comms/dispatcher-mail-creds
38m         Warning   Failed              pod/notification-dispatcher-5d8c7b9f6-z4vbc    Error: couldn't find key smtp-password in Secret comms/dispatcher-mail-creds
38m         Warning   Failed              pod/notification-dispatcher-5d8c7b9f6-h2kxq    Error: couldn't find key smtp-password in Secret comms/dispatcher-mail-creds
12m         Normal    Updated             externalsecret/dispatcher-mail-creds           Updated Secret
"""))
answer(I,
    "The pods fail with CreateContainerConfigError because env var SMTP_PASSWORD references key 'smtp-password' in Secret dispatcher-mail-creds, but that secret only contains 'smtp_pass', so the key is missing.",
    [["smtp-password", "smtp_pass", "dispatcher-mail-creds", "SMTP_PASSWORD"],
     ["secret*"],
     ["missing", "not found", "couldn't find", "could not find", "does not exist", "doesn't exist", "no such key",
      "absent", "renamed", "mismatch*", "wrong key", "createcontainerconfigerror", "no key"]],
    ["ImagePullBackOff", "image pull", "OOM*", "metabase", "readiness"],
    "deployment notification-dispatcher (secretKeyRef smtp-password in Secret dispatcher-mail-creds)",
    "configuration_error")

# ---------------------------------------------------------------- ho-002
I = "ho-002"
question(I, "fx-quotes returns 503 through the ingress since we upgraded its Helm chart to 3.3.0. kubectl shows the pods Running but 0/1. Why?")
write(I, "files/kubectl-get-pods-markets.txt", dedent("""
NAME                          READY   STATUS    RESTARTS   AGE   IP             NODE
fx-quotes-7d9b6c5f48-4wkpn    0/1     Running   0          26m   10.42.3.17     aks-user-28371946-vmss000002
fx-quotes-7d9b6c5f48-m8t2c    0/1     Running   0          26m   10.42.1.94     aks-user-28371946-vmss000000
rates-ingestor-5c8d7b9f6-vx2lr  1/1   Running   0          4d    10.42.2.51     aks-user-28371946-vmss000001
"""))
write(I, "files/kubectl-get-endpoints-fx-quotes.txt", dedent("""
NAME        ENDPOINTS   AGE
fx-quotes   <none>      212d
"""))
write(I, "files/kubectl-describe-pod-fx-quotes-7d9b6c5f48-4wkpn.txt", dedent("""
Name:             fx-quotes-7d9b6c5f48-4wkpn
Namespace:        markets
Priority:         0
Service Account:  fx-quotes
Node:             aks-user-28371946-vmss000002/10.224.0.6
Start Time:       Thu, 20 Nov 2025 14:03:11 +0000
Labels:           app.kubernetes.io/instance=fx-quotes
                  app.kubernetes.io/name=fx-quotes
                  helm.sh/chart=fx-quotes-3.3.0
                  pod-template-hash=7d9b6c5f48
Status:           Running
IP:               10.42.3.17
Controlled By:    ReplicaSet/fx-quotes-7d9b6c5f48
Containers:
  api:
    Container ID:   containerd://0c5a9e1f7b3d2c8e6a4f1b9d7c5e3a1f9b7d5c3e1a9f7b5d3c1e9a7f5b3d1c9e
    Image:          acrmarkets.azurecr.io/fx-quotes:8.2.1
    Port:           8080/TCP
    Host Port:      0/TCP
    State:          Running
      Started:      Thu, 20 Nov 2025 14:03:19 +0000
    Ready:          False
    Restart Count:  0
    Limits:
      cpu:     1
      memory:  768Mi
    Requests:
      cpu:      250m
      memory:   512Mi
    Readiness:  http-get http://:8080/ready delay=10s timeout=1s period=5s #success=1 #failure=3
    Environment:
      ASPNETCORE_ENVIRONMENT:  Production
      ASPNETCORE_URLS:         http://+:8080
      RatesFeed__Endpoint:     http://rates-ingestor.markets.svc.cluster.local:7070
    Mounts:
      /var/run/secrets/kubernetes.io/serviceaccount from kube-api-access-d8f2n (ro)
Conditions:
  Type                        Status
  PodReadyToStartContainers   True
  Initialized                 True
  Ready                       False
  ContainersReady             False
  PodScheduled                True
QoS Class:                   Burstable
Events:
  Type     Reason     Age                   From               Message
  ----     ------     ----                  ----               -------
  Normal   Scheduled  26m                   default-scheduler  Successfully assigned markets/fx-quotes-7d9b6c5f48-4wkpn to aks-user-28371946-vmss000002
  Normal   Pulled     26m                   kubelet            Container image "acrmarkets.azurecr.io/fx-quotes:8.2.1" already present on machine
  Normal   Created    26m                   kubelet            Created container api
  Normal   Started    26m                   kubelet            Started container api
  Warning  Unhealthy  84s (x311 over 26m)   kubelet            Readiness probe failed: HTTP probe failed with statuscode: 404
"""))
write(I, "files/helm-diff-fx-quotes-3.2.4-to-3.3.0.txt", dedent("""
markets, fx-quotes, Deployment (apps) has changed:
  # Source: fx-quotes/templates/deployment.yaml
  apiVersion: apps/v1
  kind: Deployment
  metadata:
    labels:
-     helm.sh/chart: fx-quotes-3.2.4
+     helm.sh/chart: fx-quotes-3.3.0
    name: fx-quotes
  spec:
    template:
      spec:
        containers:
        - name: api
          image: acrmarkets.azurecr.io/fx-quotes:8.2.1
          readinessProbe:
            httpGet:
-             path: /health/ready
+             path: {{ .Values.probes.readiness.path | default "/ready" }}
              port: 8080
-           initialDelaySeconds: 10
+           initialDelaySeconds: 10
            periodSeconds: 5
+         startupProbe: null
"""))
lines = []
t = 0
def ts(sec):
    return "2025-11-20T14:%02d:%02d.%03dZ" % (3 + sec // 60, sec % 60, random.randint(0, 999))
lines.append(ts(8) + " info: Microsoft.Hosting.Lifetime[14] Now listening on: http://[::]:8080")
lines.append(ts(8) + " warn: Microsoft.AspNetCore.DataProtection.Repositories.FileSystemXmlRepository[60] Storing keys in a directory '/home/app/.aspnet/DataProtection-Keys' that may not be persisted outside of the container. Protected data will be unavailable when container is destroyed.")
lines.append(ts(8) + " info: Microsoft.Hosting.Lifetime[0] Application started. Press Ctrl+C to shut down.")
lines.append(ts(8) + " info: Microsoft.Hosting.Lifetime[0] Hosting environment: Production")
lines.append(ts(9) + " info: FxQuotes.Feeds.RatesFeedClient[0] Connected to rates feed http://rates-ingestor.markets.svc.cluster.local:7070, 164 currency pairs subscribed")
lines.append(ts(9) + " info: FxQuotes.Health.HealthEndpoints[0] Health checks mapped at /health/live and /health/ready")
sec = 18
while sec < 26 * 60:
    lines.append(ts(sec) + " info: Microsoft.AspNetCore.Hosting.Diagnostics[1] Request starting HTTP/1.1 GET http://10.42.3.17:8080/ready - - -")
    lines.append(ts(sec) + " info: Microsoft.AspNetCore.Hosting.Diagnostics[2] Request finished HTTP/1.1 GET http://10.42.3.17:8080/ready - 404 0 - %.4fms" % random.uniform(0.12, 0.6))
    if random.random() < 0.25:
        lines.append(ts(sec) + " info: FxQuotes.Feeds.RatesFeedClient[0] Tick batch applied: %d updates, book version %d" % (random.randint(800, 2400), 5510000 + sec * 7))
    if random.random() < 0.03:
        lines.append(ts(sec) + " warn: FxQuotes.Feeds.RatesFeedClient[0] Stale quote for %s (age %d ms), requesting snapshot" % (random.choice(["USDTRY", "USDZAR", "EURHUF", "USDMXN"]), random.randint(1100, 2600)))
    sec += 5
write(I, "files/logs-fx-quotes-7d9b6c5f48-4wkpn.log", "\n".join(lines))
answer(I,
    "The readiness probe requests /ready, a path fx-quotes does not serve (it returns 404; the health endpoint is /health/ready after the 3.3.0 chart changed the default probe path), so the pods never become Ready and the Service has no endpoints, hence 503s.",
    [["readiness", "probe"],
     ["404", "/ready", "path", "wrong endpoint", "health/ready", "not found"]],
    ["dataprotection", "data protection", "OOM*", "rates-ingestor", "stale quote"],
    "deployment fx-quotes readinessProbe path (Helm chart 3.3.0)",
    "configuration_error")

# ---------------------------------------------------------------- ho-003
I = "ho-003"
question(I, "Investigate this alert: KubeJobFailed — Job finance-batch/nightly-ledger-export-29391840 failed to complete. What is the root cause?")
write(I, "files/alert.json", dedent("""
{
  "receiver": "finance-oncall",
  "status": "firing",
  "alerts": [
    {
      "status": "firing",
      "labels": {
        "alertname": "KubeJobFailed",
        "job_name": "nightly-ledger-export-29391840",
        "namespace": "finance-batch",
        "severity": "warning",
        "prometheus": "monitoring/k8s"
      },
      "annotations": {
        "description": "Job finance-batch/nightly-ledger-export-29391840 failed to complete. Removing failed job after investigation should clear this alert.",
        "runbook_url": "https://runbooks.prometheus-operator.dev/runbooks/kubernetes/kubejobfailed",
        "summary": "Job failed to complete."
      },
      "startsAt": "2025-11-21T02:09:31.204Z",
      "endsAt": "0001-01-01T00:00:00Z",
      "generatorURL": "http://prometheus.monitoring:9090/graph?g0.expr=kube_job_failed%7Bjob%3D%22kube-state-metrics%22%7D+%3E+0",
      "fingerprint": "5e0f2b7c9a1d3e46"
    }
  ],
  "groupLabels": {"alertname": "KubeJobFailed"},
  "commonLabels": {"alertname": "KubeJobFailed", "namespace": "finance-batch", "severity": "warning"},
  "commonAnnotations": {"summary": "Job failed to complete."},
  "externalURL": "http://alertmanager.monitoring:9093",
  "version": "4",
  "groupKey": "{}:{alertname=\\"KubeJobFailed\\"}",
  "truncatedAlerts": 0
}
"""))
write(I, "files/kubectl-get-pods-finance-batch.txt", dedent("""
NAME                                   READY   STATUS      RESTARTS   AGE
fx-revaluation-29391780-9hcvd          0/1     Completed   0          62m
nightly-ledger-export-29391840-5kq7m   0/1     Error       0          9m12s
nightly-ledger-export-29391840-bw2hx   0/1     Error       0          8m40s
nightly-ledger-export-29391840-tn8vz   0/1     Error       0          7m58s
nightly-ledger-export-29391840-zr6pd   0/1     Error       0          6m31s
statement-render-29391800-x7l2q        0/1     Completed   0          49m
"""))
write(I, "files/kubectl-describe-job-nightly-ledger-export-29391840.txt", dedent("""
Name:             nightly-ledger-export-29391840
Namespace:        finance-batch
Selector:         batch.kubernetes.io/controller-uid=8a3f7c1e-2b6d-4e9f-a1c5-7d3b9e2f4a6c
Labels:           batch.kubernetes.io/job-name=nightly-ledger-export-29391840
Annotations:      batch.kubernetes.io/job-tracking:
Controlled By:    CronJob/nightly-ledger-export
Parallelism:      1
Completions:      1
Completion Mode:  NonIndexed
Start Time:       Fri, 21 Nov 2025 02:00:00 +0000
Pods Statuses:    0 Active (0 Ready) / 0 Succeeded / 4 Failed
Pod Template:
  Service Account:  ledger-export
  Containers:
   exporter:
    Image:      ghcr.io/example-fin/ledger-export:1.9.3
    Command:
      python
      -m
      ledger_export.run
    Environment:
      EXPORT_TARGET_URL:   https://export-gw.ledgerpartner.example.net/api/v2/uploads
      EXPORT_FORMAT:       camt053
      PGHOST:              ledger-pg-ro.finance.svc.cluster.local
    Mounts:
      /var/run/secrets/partner from partner-token (ro)
Events:
  Type     Reason                Age    From            Message
  ----     ------                ----   ----            -------
  Normal   SuccessfulCreate      9m12s  job-controller  Created pod: nightly-ledger-export-29391840-5kq7m
  Normal   SuccessfulCreate      8m40s  job-controller  Created pod: nightly-ledger-export-29391840-bw2hx
  Normal   SuccessfulCreate      7m58s  job-controller  Created pod: nightly-ledger-export-29391840-tn8vz
  Normal   SuccessfulCreate      6m31s  job-controller  Created pod: nightly-ledger-export-29391840-zr6pd
  Warning  BackoffLimitExceeded  5m20s  job-controller  Job has reached the specified backoff limit
"""))
write(I, "files/logs-nightly-ledger-export-29391840-zr6pd.log", dedent("""
2025-11-21 02:03:29,114 INFO ledger_export.run: starting export run_id=29391840 format=camt053
2025-11-21 02:03:29,402 INFO ledger_export.db: connected to ledger-pg-ro.finance.svc.cluster.local:5432 db=ledger (read-only)
/usr/local/lib/python3.12/site-packages/ledger_export/frames.py:77: FutureWarning: The behavior of DataFrame concatenation with empty or all-NA entries is deprecated.
  out = pd.concat(parts, ignore_index=True)
2025-11-21 02:04:11,876 INFO ledger_export.build: built 1 statement file, 48213 entries, 11.2 MiB
2025-11-21 02:04:11,877 INFO ledger_export.upload: uploading statement_20251120.xml to https://export-gw.ledgerpartner.example.net/api/v2/uploads
2025-11-21 02:04:11,931 WARNING urllib3.connectionpool: Retrying (Retry(total=2, connect=None, read=None, redirect=None, status=None)) after connection broken by 'NameResolutionError("<urllib3.connection.HTTPSConnection object at 0x7f3b2c1d9e50>: Failed to resolve 'export-gw.ledgerpartner.example.net' ([Errno -2] Name or service not known)")': /api/v2/uploads
2025-11-21 02:04:12,447 WARNING urllib3.connectionpool: Retrying (Retry(total=1, connect=None, read=None, redirect=None, status=None)) after connection broken by 'NameResolutionError("<urllib3.connection.HTTPSConnection object at 0x7f3b2c1da2d0>: Failed to resolve 'export-gw.ledgerpartner.example.net' ([Errno -2] Name or service not known)")': /api/v2/uploads
2025-11-21 02:04:13,462 WARNING urllib3.connectionpool: Retrying (Retry(total=0, connect=None, read=None, redirect=None, status=None)) after connection broken by 'NameResolutionError("<urllib3.connection.HTTPSConnection object at 0x7f3b2c1da6e0>: Failed to resolve 'export-gw.ledgerpartner.example.net' ([Errno -2] Name or service not known)")': /api/v2/uploads
Traceback (most recent call last):
  File "/usr/local/lib/python3.12/site-packages/urllib3/connection.py", line 198, in _new_conn
    sock = connection.create_connection(
  File "/usr/local/lib/python3.12/site-packages/urllib3/util/connection.py", line 60, in create_connection
    for res in socket.getaddrinfo(host, port, family, socket.SOCK_STREAM):
  File "/usr/local/lib/python3.12/socket.py", line 963, in getaddrinfo
    for res in _socket.getaddrinfo(host, port, family, type, proto, flags):
socket.gaierror: [Errno -2] Name or service not known

The above exception was the direct cause of the following exception:

Traceback (most recent call last):
  File "/usr/local/lib/python3.12/runpy.py", line 198, in _run_module_as_main
  File "/app/ledger_export/run.py", line 54, in main
    uploader.push(statement)
  File "/app/ledger_export/upload.py", line 31, in push
    resp = self.session.post(self.url, data=fh, headers=self._headers(), timeout=60)
requests.exceptions.ConnectionError: HTTPSConnectionPool(host='export-gw.ledgerpartner.example.net', port=443): Max retries exceeded with url: /api/v2/uploads (Caused by NameResolutionError("<urllib3.connection.HTTPSConnection object at 0x7f3b2c1da6e0>: Failed to resolve 'export-gw.ledgerpartner.example.net' ([Errno -2] Name or service not known)"))
"""))
cd = []
for i in range(60):
    sec = 5 + i * 6
    ip = random.choice(["10.244.1.40", "10.244.2.77", "10.244.3.12", "10.244.0.58"])
    name = random.choice(["ledger-pg-ro.finance.svc.cluster.local.", "rabbitmq.comms.svc.cluster.local.", "sts.amazonaws.com.", "prometheus.monitoring.svc.cluster.local.", "api.github.com."])
    cd.append('[INFO] %s:%d - %d "A IN %s udp %d false 1232" NOERROR qr,rd,ra %d %.9fs' % (ip, random.randint(30000, 60000), random.randint(1000, 65000), name, len(name) + 30, random.randint(90, 240), random.uniform(0.00005, 0.004)))
    if i in (22, 31, 40, 53):
        for q in ("A", "AAAA"):
            cd.append('[INFO] 10.244.3.148:%d - %d "%s IN export-gw.ledgerpartner.example.net. udp 64 false 1232" NXDOMAIN qr,rd,ra 141 %.9fs' % (random.randint(30000, 60000), random.randint(1000, 65000), q, random.uniform(0.01, 0.05)))
    if i == 10:
        cd.append("[WARNING] plugin/kubernetes: Kubernetes API connection failure: Get \"https://10.96.0.1:443/version\": dial tcp 10.96.0.1:443: i/o timeout")
        cd.append("[INFO] plugin/kubernetes: Kubernetes API connection restored")
write(I, "files/logs-coredns-5d78c9869d-7wq4x.log", "\n".join(cd))
answer(I,
    "The job's upload fails because the hostname export-gw.ledgerpartner.example.net does not resolve (DNS NXDOMAIN, 'Name or service not known'), so every pod errors out and the job hits its backoff limit.",
    [["resolv*", "dns", "nxdomain", "name or service not known", "unknown host", "export-gw.ledgerpartner.example.net", "lookup", "gaierror", "nameresolutionerror"]],
    ["OOM*", "rbac", "permission*", "futurewarning", "service account", "kubernetes api connection"],
    "CronJob nightly-ledger-export (EXPORT_TARGET_URL host)",
    "configuration_error")

# ---------------------------------------------------------------- ho-005
I = "ho-005"
question(I, "After `helm upgrade storefront` this afternoon, the new storefront-web pods are stuck in ContainerCreating and the rollout never finishes. Old pods are still serving. What is wrong?")
write(I, "files/kubectl-get-pods-shop.txt", dedent("""
NAME                               READY   STATUS              RESTARTS   AGE
cart-svc-6d8f7c9b5-2xkqj           1/1     Running             0          8d
storefront-web-84f6d9c7b-kqz9t     1/1     Running             0          6d
storefront-web-84f6d9c7b-rw5mx     1/1     Running             0          6d
storefront-web-84f6d9c7b-vn2hd     1/1     Running             0          6d
storefront-web-9c7b5d8f4-gx4lm     0/1     ContainerCreating   0          18m
storefront-web-9c7b5d8f4-t8wjs     0/1     ContainerCreating   0          18m
"""))
write(I, "files/kubectl-get-configmaps-shop.txt", dedent("""
NAME                        DATA   AGE
cart-svc-config             4      212d
kube-root-ca.crt            1      401d
storefront-feature-flags    37     190d
storefront-web-config       12     190d
storefront-web-nginx        2      190d
"""))
write(I, "files/helm-get-values-storefront.yaml", dedent("""
USER-SUPPLIED VALUES:
image:
  repository: ghcr.io/example-shop/storefront-web
  tag: 5.41.0
replicaCount: 3
resources:
  requests:
    cpu: 200m
    memory: 384Mi
  limits:
    memory: 768Mi
config:
  existingConfigMap: storefront-web-config
featureFlags:
  enabled: true
  mountPath: /etc/storefront/flags
  configMapName: storefront-feature-flgas
nginxSidecar:
  enabled: true
  configMapName: storefront-web-nginx
autoscaling:
  enabled: true
  minReplicas: 3
  maxReplicas: 12
  targetCPUUtilizationPercentage: 65
tolerations:
  - key: workload
    operator: Equal
    value: web
    effect: NoSchedule
"""))
write(I, "files/kubectl-describe-pod-storefront-web-9c7b5d8f4-gx4lm.txt", dedent("""
Name:             storefront-web-9c7b5d8f4-gx4lm
Namespace:        shop
Priority:         0
Service Account:  storefront-web
Node:             ip-10-31-72-18.eu-central-1.compute.internal/10.31.72.18
Start Time:       Mon, 24 Nov 2025 15:22:04 +0000
Labels:           app.kubernetes.io/instance=storefront
                  app.kubernetes.io/name=storefront-web
                  pod-template-hash=9c7b5d8f4
Status:           Pending
IP:
Controlled By:    ReplicaSet/storefront-web-9c7b5d8f4
Containers:
  web:
    Image:          ghcr.io/example-shop/storefront-web:5.41.0
    Port:           3000/TCP
    State:          Waiting
      Reason:       ContainerCreating
    Ready:          False
    Restart Count:  0
    Mounts:
      /etc/storefront/config from config (ro)
      /etc/storefront/flags from feature-flags (ro)
  nginx:
    Image:          nginx:1.27-alpine
    Port:           8080/TCP
    State:          Waiting
      Reason:       ContainerCreating
    Mounts:
      /etc/nginx/conf.d from nginx-conf (ro)
Conditions:
  Type                        Status
  PodReadyToStartContainers   False
  Initialized                 True
  Ready                       False
  ContainersReady             False
  PodScheduled                True
Volumes:
  config:
    Type:      ConfigMap (a volume populated by a ConfigMap)
    Name:      storefront-web-config
    Optional:  false
  feature-flags:
    Type:      ConfigMap (a volume populated by a ConfigMap)
    Name:      storefront-feature-flgas
    Optional:  false
  nginx-conf:
    Type:      ConfigMap (a volume populated by a ConfigMap)
    Name:      storefront-web-nginx
    Optional:  false
QoS Class:                   Burstable
Tolerations:                 workload=web:NoSchedule
Events:
  Type     Reason            Age                 From               Message
  ----     ------            ----                ----               -------
  Warning  FailedScheduling  18m                 default-scheduler  0/7 nodes are available: 3 node(s) had untolerated taint {workload: batch}, 4 Insufficient cpu. preemption: 0/7 nodes are available: 3 Preemption is not helpful for scheduling, 4 No preemption victims found for incoming pod.
  Normal   TriggeredScaleUp  18m                 cluster-autoscaler pod triggered scale-up: [{eks-web-ng-5ac6b1d2 3->4 (max: 10)}]
  Normal   Scheduled         16m                 default-scheduler  Successfully assigned shop/storefront-web-9c7b5d8f4-gx4lm to ip-10-31-72-18.eu-central-1.compute.internal
  Warning  FailedMount       2m3s (x15 over 16m) kubelet            MountVolume.SetUp failed for volume "feature-flags" : configmap "storefront-feature-flgas" not found
"""))
write(I, "files/kubectl-get-events-shop-warnings.txt", dedent("""
LAST SEEN   TYPE      REASON                         OBJECT                                   MESSAGE
18m         Warning   FailedScheduling               pod/storefront-web-9c7b5d8f4-gx4lm       0/7 nodes are available: 3 node(s) had untolerated taint {workload: batch}, 4 Insufficient cpu.
18m         Warning   FailedScheduling               pod/storefront-web-9c7b5d8f4-t8wjs       0/7 nodes are available: 3 node(s) had untolerated taint {workload: batch}, 4 Insufficient cpu.
15m         Warning   FailedGetResourceMetric        horizontalpodautoscaler/storefront-web   failed to get cpu utilization: did not receive metrics for targeted pods (pods might be unready)
2m3s        Warning   FailedMount                    pod/storefront-web-9c7b5d8f4-gx4lm       MountVolume.SetUp failed for volume "feature-flags" : configmap "storefront-feature-flgas" not found
1m47s       Warning   FailedMount                    pod/storefront-web-9c7b5d8f4-t8wjs       MountVolume.SetUp failed for volume "feature-flags" : configmap "storefront-feature-flgas" not found
"""))
answer(I,
    "The Helm values point the feature-flags volume at ConfigMap 'storefront-feature-flgas' (a typo; the real ConfigMap is storefront-feature-flags), which does not exist, so the volume mount fails and the new pods stay in ContainerCreating.",
    [["storefront-feature-flgas", "flgas", "typo", "misspel*", "misnamed", "wrong name"],
     ["configmap", "config map", "volume", "mount*"]],
    ["taint*", "insufficient cpu", "FailedScheduling", "metrics-server", "image pull", "OOM*"],
    "Helm release storefront values featureFlags.configMapName",
    "configuration_error")
print("ok config")
