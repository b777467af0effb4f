"""hz-001 .. hz-004"""
import random
from common import dt, ts, jl, table, write_incident, timedelta, HEALTHY


# --------------------------------------------------------------------------------------------
# hz-001: upstream TLS server certificate expired (manually managed secret, no renewal)
# --------------------------------------------------------------------------------------------
def hz001():
    rng = random.Random(3001)
    start = dt("2025-11-02T22:30:00")
    expiry = dt("2025-11-02T23:59:59")
    lines = []
    t = start
    reqn = 0
    while t < dt("2025-11-03T00:42:00"):
        t += timedelta(milliseconds=rng.randint(700, 2600))
        reqn += 1
        trace = "%016x" % rng.getrandbits(64)
        pair = rng.choice(["EUR/USD", "GBP/USD", "USD/JPY", "EUR/CHF", "USD/CAD", "AUD/USD"])
        amt = round(rng.uniform(20, 90000), 2)
        if t < dt("2025-11-03T00:00:00"):
            lines.append(jl({"ts": ts(t, "isoms"), "level": "info", "logger": "http", "msg": "request completed",
                             "method": "POST", "path": "/v1/settlements/convert", "status": 200,
                             "duration_ms": rng.randint(18, 64), "pair": pair, "amount": amt, "trace_id": trace}))
        else:
            lines.append(jl({"ts": ts(t, "isoms"), "level": "error", "logger": "fxclient",
                             "msg": "quote request failed", "upstream": "fx-quotes.treasury.svc.cluster.local:8443",
                             "attempt": 3, "error": "Post \"https://fx-quotes.treasury.svc.cluster.local:8443/v2/quote\": tls: failed to verify certificate: x509: certificate has expired or is not yet valid: current time %s is after 2025-11-02T23:59:59Z" % ts(t),
                             "trace_id": trace}))
            lines.append(jl({"ts": ts(t + timedelta(milliseconds=3), "isoms"), "level": "info", "logger": "http",
                             "msg": "request completed", "method": "POST", "path": "/v1/settlements/convert",
                             "status": 502, "duration_ms": rng.randint(4, 11), "pair": pair, "amount": amt, "trace_id": trace}))
        r = rng.random()
        if r < 0.012:
            lines.append(jl({"ts": ts(t + timedelta(milliseconds=5), "isoms"), "level": "warn", "logger": "runtime",
                             "msg": "gc pause above budget", "pause_ms": rng.randint(120, 240), "heap_mb": rng.randint(310, 420)}))
        elif r < 0.02:
            lines.append(jl({"ts": ts(t + timedelta(milliseconds=5), "isoms"), "level": "info", "logger": "ledger",
                             "msg": "batch flushed to ledger-writer", "entries": rng.randint(40, 200)}))
        if t.minute % 15 == 0 and t.second < 2:
            lines.append(jl({"ts": ts(t + timedelta(milliseconds=9), "isoms"), "level": "info", "logger": "health",
                             "msg": "readiness ok", "goroutines": rng.randint(80, 140)}))
    # red herring: an old, recovered cache hiccup well before the failures
    lines.insert(120, jl({"ts": "2025-11-02T22:34:11.402Z", "level": "warn", "logger": "cache",
                          "msg": "redis: connection pool timeout, serving uncached quote metadata", "pool_size": 20}))
    lines.insert(124, jl({"ts": "2025-11-02T22:34:14.009Z", "level": "info", "logger": "cache",
                          "msg": "redis: connection pool recovered", "idle": 17}))
    gw_log = "\n".join(lines)

    fxq = []
    t = dt("2025-11-02T23:50:00")
    fxq.append("fx-quotes 4.2.1 (commit 9ab31e0) starting")
    fxq.append("loading TLS keypair from /etc/fx-quotes/tls/tls.crt, /etc/fx-quotes/tls/tls.key")
    fxq.append("serving HTTPS on :8443 (mTLS optional)")
    while t < dt("2025-11-03T00:40:00"):
        t += timedelta(seconds=rng.randint(2, 9))
        if t < dt("2025-11-03T00:00:00"):
            fxq.append("%s quote served pair=%s spread_bps=%d" % (ts(t), rng.choice(["EURUSD", "GBPUSD", "USDJPY"]), rng.randint(2, 9)))
        else:
            fxq.append("%s http: TLS handshake error from 10.42.%d.%d:%d: remote error: tls: bad certificate" % (
                ts(t), rng.choice([3, 5]), rng.randint(10, 60), rng.randint(40000, 60000)))
        if rng.random() < 0.05:
            fxq.append("%s rates snapshot refreshed from ecb-feed age=%ds" % (ts(t), rng.randint(1, 40)))

    pods = table([["NAME", "READY", "STATUS", "RESTARTS", "AGE"],
                  ["fx-quotes-6d9f7c8b5-2kqwn", "1/1", "Running", "0", "41d"],
                  ["fx-quotes-6d9f7c8b5-h8t4z", "1/1", "Running", "0", "41d"],
                  ["rates-ingest-84c5d7f9c-vv2lp", "1/1", "Running", "2 (19d ago)", "41d"]])
    gw_pods = table([["NAME", "READY", "STATUS", "RESTARTS", "AGE"],
                     ["settlement-gateway-7b6c9d5f48-4xkcd", "1/1", "Running", "0", "6d"],
                     ["settlement-gateway-7b6c9d5f48-mq2vt", "1/1", "Running", "0", "6d"],
                     ["settlement-gateway-7b6c9d5f48-z9rbn", "1/1", "Running", "0", "6d"]])
    s_client = """$ openssl s_client -connect fx-quotes.treasury.svc.cluster.local:8443 -servername fx-quotes.treasury.svc.cluster.local </dev/null 2>/dev/null | openssl x509 -noout -subject -issuer -dates -ext subjectAltName
subject=CN = fx-quotes.treasury.svc.cluster.local
issuer=C = US, O = Example Corp, CN = Example Corp Internal Issuing CA 2
notBefore=Nov  3 00:00:00 2024 GMT
notAfter=Nov  2 23:59:59 2025 GMT
X509v3 Subject Alternative Name:
    DNS:fx-quotes.treasury.svc.cluster.local, DNS:fx-quotes.treasury.svc, DNS:fx-quotes

$ openssl s_client -connect fx-quotes.treasury.svc.cluster.local:8443 </dev/null 2>&1 | grep -E 'Verify return code|verify error'
verify error:num=10:certificate has expired
Verify return code: 10 (certificate has expired)

$ date -u
Mon Nov  3 00:44:27 UTC 2025
"""
    secret = """apiVersion: v1
kind: Secret
metadata:
  name: fx-quotes-tls
  namespace: treasury
  annotations:
    owner: treasury-platform
    provisioned-by: "manual (ticket SEC-2291, 2024-11-02)"
  creationTimestamp: "2024-11-02T16:20:41Z"
  resourceVersion: "88123410"
type: kubernetes.io/tls
data:
  tls.crt: <redacted, 1 certificate>
  tls.key: <redacted>
---
# kubectl get certificates.cert-manager.io -n treasury
# No resources found in treasury namespace.
"""
    question = "settlement-gateway has returned 502 for every currency conversion since just after midnight UTC, although no deploy happened overnight. What is the root cause?"
    write_incident("hz-001", question, {
        "logs-settlement-gateway.log": gw_log,
        "logs-fx-quotes-6d9f7c8b5-2kqwn.log": "\n".join(fxq),
        "kubectl-get-pods-treasury.txt": pods,
        "kubectl-get-pods-payments.txt": gw_pods,
        "openssl-fx-quotes.txt": s_client,
        "kubectl-get-secret-fx-quotes-tls.yaml": secret,
    }, {
        "root_cause": "The TLS server certificate of fx-quotes (secret fx-quotes-tls, provisioned manually, not managed by cert-manager) expired at 2025-11-02 23:59:59 UTC and was not renewed, so settlement-gateway's calls fail x509 verification and it returns 502.",
        "required_keywords": [["certificat*", "cert", "x509", "tls"],
                              ["expir*", "notafter", "not after", "renew*", "lapsed", "out of date", "no longer valid"]],
        "forbidden_keywords": ["redis", "gc pause", "garbage collect*", "oom*", "network partition"],
        "component": "fx-quotes TLS certificate (secret treasury/fx-quotes-tls)",
        "category": "configuration_error",
    })


# --------------------------------------------------------------------------------------------
# hz-002: CoreDNS crash-looping on a forwarding loop after the node image switched to systemd-resolved
# --------------------------------------------------------------------------------------------
def hz002():
    rng = random.Random(3002)
    alert = {
        "receiver": "risk-oncall-pagerduty",
        "status": "firing",
        "alerts": [{
            "status": "firing",
            "labels": {"alertname": "ServiceErrorBudgetBurn", "namespace": "risk", "service": "quote-pricer",
                       "severity": "page", "slo": "quote-availability"},
            "annotations": {"summary": "quote-pricer is burning its error budget 41x faster than allowed",
                            "description": "5xx ratio 0.63 over the last 5m for quote-pricer (namespace risk)."},
            "startsAt": "2025-10-21T08:16:30Z", "endsAt": "0001-01-01T00:00:00Z",
            "generatorURL": "http://prometheus.monitoring:9090/graph?g0.expr=slo%3Aerror_ratio%3Arate5m",
            "fingerprint": "a41c0e9d2f7b33e1"}],
        "groupLabels": {"alertname": "ServiceErrorBudgetBurn"},
        "commonLabels": {"alertname": "ServiceErrorBudgetBurn", "namespace": "risk", "service": "quote-pricer", "severity": "page"},
        "commonAnnotations": {"summary": "quote-pricer is burning its error budget 41x faster than allowed"},
        "externalURL": "http://alertmanager.monitoring:9093", "version": "4", "groupKey": "{}:{alertname=\"ServiceErrorBudgetBurn\"}",
    }
    app = []
    t = dt("2025-10-21T07:40:00")
    while t < dt("2025-10-21T08:31:00"):
        t += timedelta(milliseconds=rng.randint(300, 1500))
        broken = t >= dt("2025-10-21T08:09:40")
        stamp = t.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % (t.microsecond // 1000)
        if not broken or rng.random() < 0.35:
            app.append("[%s] info  http: GET /quote?book=%s 200 %dms" % (stamp, rng.choice(["fx", "rates", "credit", "commod"]), rng.randint(9, 40)))
        else:
            host = rng.choice(["pricing-cache.risk.svc.cluster.local", "ledger-read.risk.svc.cluster.local",
                               "limits-api.risk.svc.cluster.local"])
            app.append("[%s] error http: GET /quote failed: Error: getaddrinfo EAI_AGAIN %s" % (stamp, host))
            app.append("[%s] error http: GET /quote?book=%s 503 %dms" % (stamp, rng.choice(["fx", "rates", "credit"]), rng.randint(5000, 5100)))
        if rng.random() < 0.01:
            app.append("[%s] warn  (node:1) [DEP0040] DeprecationWarning: The `punycode` module is deprecated." % stamp)
        if broken and rng.random() < 0.04:
            app.append("[%s] warn  pricing-cache: reconnecting (attempt %d) getaddrinfo EAI_AGAIN pricing-cache.risk.svc.cluster.local" % (stamp, rng.randint(2, 40)))
    pods_ks = table([["NAME", "READY", "STATUS", "RESTARTS", "AGE"],
                     ["coredns-76f75df574-8vhlq", "0/1", "CrashLoopBackOff", "9 (2m11s ago)", "23m"],
                     ["coredns-76f75df574-tr6dx", "0/1", "CrashLoopBackOff", "9 (1m48s ago)", "23m"],
                     ["ebs-csi-node-4j2lm", "3/3", "Running", "0", "24m"],
                     ["ebs-csi-node-wq8x7", "3/3", "Running", "0", "26m"],
                     ["kube-proxy-5cz7s", "1/1", "Running", "0", "24m"],
                     ["kube-proxy-q9n2k", "1/1", "Running", "0", "26m"],
                     ["aws-node-7rmxg", "2/2", "Running", "0", "24m"],
                     ["aws-node-zl4hb", "2/2", "Running", "0", "26m"],
                     ["metrics-server-5d8b9d6c8-xk2fp", "1/1", "Running", "0", "23m"]])
    coredns_log = """.:53
[INFO] plugin/reload: Running configuration SHA512 = 8a0e4e3f1c2b6d9a7e5f4c3b2a1908f7e6d5c4b3a29180f7e6d5c4b3a2918f7e6d5c4b3a29180f7e6d5c4b3a2918
CoreDNS-1.11.1
linux/amd64, go1.21.5, ae2bbc2
[FATAL] plugin/loop: Loop (127.0.0.1:39870 -> :53) detected for zone ".", see https://coredns.io/plugins/loop#troubleshooting. Query: "HINFO 5317706421859923105.8421437703300972168."
"""
    corefile = """apiVersion: v1
kind: ConfigMap
metadata:
  name: coredns
  namespace: kube-system
data:
  Corefile: |
    .:53 {
        errors
        health {
            lameduck 5s
        }
        ready
        kubernetes cluster.local in-addr.arpa ip6.arpa {
          pods insecure
          fallthrough in-addr.arpa ip6.arpa
        }
        prometheus :9153
        forward . /etc/resolv.conf
        cache 30
        loop
        reload
        loadbalance
    }
"""
    node_resolv = """# ssh ip-10-31-7-144 (node group risk-ng-v5, launched 2025-10-21T07:58Z from the new ubuntu-22.04 node image)
$ cat /etc/resolv.conf
# This is /run/systemd/resolve/stub-resolv.conf managed by man:systemd-resolved(8).
# Do not edit.
nameserver 127.0.0.53
options edns0 trust-ad
search ec2.internal

$ systemctl is-active systemd-resolved
active

$ grep -i resolv /etc/kubernetes/kubelet/config.json
(no match: kubelet uses the default --resolv-conf=/etc/resolv.conf)
"""
    events = table([["LAST SEEN", "TYPE", "REASON", "OBJECT", "MESSAGE"],
                    ["33m", "Normal", "ScalingReplicaSet", "deployment/coredns", "Scaled up replica set coredns-76f75df574 to 2"],
                    ["31m", "Normal", "Started", "pod/coredns-76f75df574-8vhlq", "Started container coredns"],
                    ["30m", "Warning", "Unhealthy", "pod/coredns-76f75df574-8vhlq", "Readiness probe failed: HTTP probe failed with statuscode: 503"],
                    ["2m11s", "Warning", "BackOff", "pod/coredns-76f75df574-8vhlq", "Back-off restarting failed container coredns in pod coredns-76f75df574-8vhlq_kube-system"],
                    ["1m48s", "Warning", "BackOff", "pod/coredns-76f75df574-tr6dx", "Back-off restarting failed container coredns in pod coredns-76f75df574-tr6dx_kube-system"],
                    ["26m", "Normal", "RegisteredNode", "node/ip-10-31-7-144.ec2.internal", "Node ip-10-31-7-144.ec2.internal event: Registered Node in Controller"],
                    ["24m", "Normal", "RegisteredNode", "node/ip-10-31-9-52.ec2.internal", "Node ip-10-31-9-52.ec2.internal event: Registered Node in Controller"],
                    ["22m", "Normal", "NodeNotSchedulable", "node/ip-10-31-4-18.ec2.internal", "Node ip-10-31-4-18.ec2.internal status is now: NodeNotSchedulable"],
                    ["19m", "Normal", "RemovingNode", "node/ip-10-31-4-18.ec2.internal", "Node ip-10-31-4-18.ec2.internal event: Removing Node ip-10-31-4-18.ec2.internal from Controller"]])
    netpol = """# applied 2025-10-20 by the risk team (PR #412, "lock down egress from risk namespace")
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: risk-egress-allowlist
  namespace: risk
spec:
  podSelector: {}
  policyTypes: ["Egress"]
  egress:
    - to:
        - namespaceSelector:
            matchLabels:
              kubernetes.io/metadata.name: kube-system
          podSelector:
            matchLabels:
              k8s-app: kube-dns
      ports:
        - protocol: UDP
          port: 53
        - protocol: TCP
          port: 53
    - to:
        - namespaceSelector:
            matchLabels:
              kubernetes.io/metadata.name: risk
    - to:
        - ipBlock:
            cidr: 10.31.0.0/16
      ports:
        - protocol: TCP
          port: 5432
"""
    question = "quote-pricer in namespace risk started failing most requests around 08:10 UTC (ServiceErrorBudgetBurn paged). What is the root cause?"
    write_incident("hz-002", question, {
        "alert.json": __import__("json").dumps(alert, indent=2),
        "logs-quote-pricer-59c8d7b6f-kq2xz.log": "\n".join(app),
        "kubectl-get-pods-kube-system.txt": pods_ks,
        "kubectl-get-events-kube-system.txt": events,
        "logs-coredns-76f75df574-8vhlq.log": coredns_log,
        "kubectl-get-configmap-coredns.yaml": corefile,
        "node-ip-10-31-7-144-resolv.txt": node_resolv,
        "kubectl-get-networkpolicy-risk.yaml": netpol,
    }, {
        "root_cause": "Cluster DNS is down: both CoreDNS pods crash-loop because the loop plugin detects a forwarding loop (forward . /etc/resolv.conf now points at the systemd-resolved stub 127.0.0.53 on the new node image), so quote-pricer cannot resolve in-cluster service names (EAI_AGAIN) and fails requests.",
        "required_keywords": [["coredns", "kube-dns", "cluster dns"],
                              ["loop*", "crash*", "127.0.0.53", "systemd-resolved", "resolv.conf", "down", "unavailable", "not running", "not ready"]],
        "forbidden_keywords": ["network polic*", "networkpolic*", "egress polic*", "deprecat*"],
        "component": "kube-system/coredns (Corefile forward to node resolv.conf)",
        "category": "infrastructure",
    })


# --------------------------------------------------------------------------------------------
# hz-003: Service selector typo after a chart upgrade -> no endpoints -> ingress 503
# --------------------------------------------------------------------------------------------
def hz003():
    rng = random.Random(3003)
    pods = table([["NAME", "READY", "STATUS", "RESTARTS", "AGE", "IP", "NODE"],
                  ["invoice-api-5f7d8c9b6-2xq8m", "1/1", "Running", "0", "2h14m", "10.60.3.41", "aks-user-31224785-vmss000003"],
                  ["invoice-api-5f7d8c9b6-9kzbh", "1/1", "Running", "0", "2h14m", "10.60.1.17", "aks-user-31224785-vmss000001"],
                  ["invoice-api-5f7d8c9b6-tq4lw", "1/1", "Running", "0", "2h13m", "10.60.2.88", "aks-user-31224785-vmss000002"],
                  ["invoice-pdf-worker-7c66b5d7f-hm2jd", "1/1", "Running", "0", "9d", "10.60.2.19", "aks-user-31224785-vmss000002"],
                  ["billing-scheduler-28451520-8x2fq", "0/1", "Completed", "0", "41m", "10.60.1.90", "aks-user-31224785-vmss000001"]])
    eps = table([["NAME", "ENDPOINTS", "AGE"],
                 ["invoice-api", "<none>", "212d"],
                 ["invoice-pdf-worker", "10.60.2.19:9100", "212d"],
                 ["billing-postgres-proxy", "10.60.0.12:5432,10.60.3.7:5432", "301d"]])
    svc = """Name:              invoice-api
Namespace:         billing
Labels:            app.kubernetes.io/instance=invoice-api
                   app.kubernetes.io/managed-by=Helm
                   app.kubernetes.io/name=invoice-api
                   helm.sh/chart=invoice-api-3.8.0
Annotations:       meta.helm.sh/release-name: invoice-api
                   meta.helm.sh/release-namespace: billing
Selector:          app.kubernetes.io/instance=invoice-api,app.kubernetes.io/name=invoices-api
Type:              ClusterIP
IP Family Policy:  SingleStack
IP Families:       IPv4
IP:                10.0.148.22
IPs:               10.0.148.22
Port:              http  80/TCP
TargetPort:        http/TCP
Endpoints:         <none>
Session Affinity:  None
Events:            <none>
"""
    manifest = """---
# Source: invoice-api/templates/service.yaml
apiVersion: v1
kind: Service
metadata:
  name: invoice-api
  labels:
    helm.sh/chart: invoice-api-3.8.0
    app.kubernetes.io/name: invoice-api
    app.kubernetes.io/instance: invoice-api
    app.kubernetes.io/managed-by: Helm
spec:
  type: ClusterIP
  ports:
    - port: 80
      targetPort: http
      protocol: TCP
      name: http
  selector:
    app.kubernetes.io/name: invoices-api
    app.kubernetes.io/instance: invoice-api
---
# Source: invoice-api/templates/deployment.yaml
apiVersion: apps/v1
kind: Deployment
metadata:
  name: invoice-api
  labels:
    helm.sh/chart: invoice-api-3.8.0
    app.kubernetes.io/name: invoice-api
    app.kubernetes.io/instance: invoice-api
    app.kubernetes.io/managed-by: Helm
spec:
  replicas: 3
  selector:
    matchLabels:
      app.kubernetes.io/name: invoice-api
      app.kubernetes.io/instance: invoice-api
  template:
    metadata:
      labels:
        app.kubernetes.io/name: invoice-api
        app.kubernetes.io/instance: invoice-api
    spec:
      containers:
        - name: invoice-api
          image: acr.example.io/billing/invoice-api:3.8.0
          ports:
            - name: http
              containerPort: 8000
          readinessProbe:
            httpGet: {path: /ready, port: http}
            periodSeconds: 10
          resources:
            requests: {cpu: 250m, memory: 384Mi}
            limits: {memory: 768Mi}
---
# Source: invoice-api/templates/ingress.yaml
apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: invoice-api
  annotations:
    nginx.ingress.kubernetes.io/proxy-body-size: 8m
spec:
  ingressClassName: nginx
  tls:
    - hosts: [billing.example.internal]
      secretName: billing-example-internal-tls
  rules:
    - host: billing.example.internal
      http:
        paths:
          - path: /invoices
            pathType: Prefix
            backend:
              service:
                name: invoice-api
                port: {name: http}
"""
    helm_hist = table([["REVISION", "UPDATED", "STATUS", "CHART", "APP VERSION", "DESCRIPTION"],
                       ["41", "Tue Nov 11 14:02:10 2025", "superseded", "invoice-api-3.7.2", "3.7.2", "Upgrade complete"],
                       ["42", "Wed Nov 12 07:48:55 2025", "deployed", "invoice-api-3.8.0", "3.8.0", "Upgrade complete"]], sep="\t")
    ing = []
    t = dt("2025-11-12T07:30:00")
    day_old = [
        "W1112 02:11:07.551230       7 backend_ssl.go:47] Error obtaining X.509 certificate: no object matching key \"legacy/old-portal-tls\" in local store",
        "I1112 02:11:07.551901       7 controller.go:190] \"Configuration changes detected, backend reload required\"",
        "I1112 02:11:07.702214       7 controller.go:210] \"Backend successfully reloaded\"",
    ]
    ing.extend(day_old)
    reload_done = False
    while t < dt("2025-11-12T10:05:00"):
        t += timedelta(milliseconds=rng.randint(400, 3500))
        broken = t >= dt("2025-11-12T07:49:03")
        if broken and not reload_done:
            reload_done = True
            ing.append("I1112 07:49:03.118007       7 controller.go:190] \"Configuration changes detected, backend reload required\"")
            ing.append("W1112 07:49:03.118533       7 controller.go:1214] Service \"billing/invoice-api\" does not have any active Endpoint.")
            ing.append("I1112 07:49:03.301442       7 controller.go:210] \"Backend successfully reloaded\"")
        ip = "10.%d.%d.%d" % (rng.choice([20, 21, 44]), rng.randint(0, 255), rng.randint(1, 254))
        path = rng.choice(["/invoices", "/invoices/2025-10", "/invoices/search?q=acme", "/invoices/INV-%06d/pdf" % rng.randint(1, 999999)])
        stamp = t.strftime("%d/%b/%Y:%H:%M:%S +0000")
        if broken:
            ing.append('%s - - [%s] "GET %s HTTP/2.0" 503 190 "-" "Mozilla/5.0" %d 0.000 [billing-invoice-api-http] [] - - - - %s' % (
                ip, stamp, path, rng.randint(30, 90), "%032x" % rng.getrandbits(128)))
            if rng.random() < 0.03:
                ing.append("W1112 %s.%06d       7 controller.go:1214] Service \"billing/invoice-api\" does not have any active Endpoint." % (
                    t.strftime("%H:%M:%S"), rng.randint(0, 999999)))
        else:
            ing.append('%s - - [%s] "GET %s HTTP/2.0" 200 %d "-" "Mozilla/5.0" %d 0.%03d [billing-invoice-api-http] [] 10.60.%d.%d:8000 %d 0.%03d 200 %s' % (
                ip, stamp, path, rng.randint(800, 40000), rng.randint(30, 90), rng.randint(12, 90), rng.randint(1, 3), rng.randint(10, 90),
                rng.randint(800, 40000), rng.randint(10, 88), "%032x" % rng.getrandbits(128)))
    app = ["INFO:     Started server process [1]", "INFO:     Waiting for application startup.",
           "INFO:     invoice-api 3.8.0 connected to postgres billing@billing-postgres-proxy:5432",
           "INFO:     Application startup complete.", "INFO:     Uvicorn running on http://0.0.0.0:8000 (Press CTRL+C to quit)"]
    for _ in range(140):
        app.append('INFO:     10.60.%d.1:%d - "GET /ready HTTP/1.1" 200 OK' % (rng.randint(1, 3), rng.randint(30000, 60000)))
    app.insert(60, "WARNING:  pydantic: field \"model_version\" has conflict with protected namespace \"model_\"")
    question = "Since this morning's chart upgrade, https://billing.example.internal/invoices answers 503 Service Temporarily Unavailable, but all invoice-api pods are Running and Ready. What is the root cause?"
    write_incident("hz-003", question, {
        "kubectl-get-pods-billing-wide.txt": pods,
        "kubectl-get-endpoints-billing.txt": eps,
        "kubectl-describe-service-invoice-api.txt": svc,
        "helm-get-manifest-invoice-api.yaml": manifest,
        "helm-history-invoice-api.txt": helm_hist,
        "logs-ingress-nginx-controller.log": "\n".join(ing),
        "logs-invoice-api-5f7d8c9b6-2xq8m.log": "\n".join(app),
    }, {
        "root_cause": "Chart 3.8.0 changed the invoice-api Service selector to app.kubernetes.io/name=invoices-api (typo) which matches no pod label (pods are labelled invoice-api), so the Service has no endpoints and ingress-nginx returns 503.",
        "required_keywords": [["selector*", "label*"],
                              ["invoices-api", "mismatch*", "typo*", "misspel*", "does not match", "doesn't match", "do not match", "don't match", "not match", "wrong", "no endpoint*", "no active endpoint*", "endpoints"]],
        "forbidden_keywords": ["certificat*", "ssl", "oom*", "readiness probe fail*", "postgres*"],
        "component": "Service billing/invoice-api (selector)",
        "category": "configuration_error",
    })


# --------------------------------------------------------------------------------------------
# hz-004: node DiskPressure from unbounded emptyDir scratch -> evictions
# --------------------------------------------------------------------------------------------
def hz004():
    rng = random.Random(3004)
    node = "gke-prod-east-batch-pool-7c1d2e9a-x4kq"
    other = "gke-prod-east-batch-pool-7c1d2e9a-m81p"
    pods = [["NAME", "READY", "STATUS", "RESTARTS", "AGE", "IP", "NODE"]]
    for i, (nm, st, age, nd) in enumerate([
            ("transcoder-6f8d9b7c5-2hx9w", "Running", "3h", node),
            ("transcoder-6f8d9b7c5-k7pqd", "Running", "3h", node),
            ("transcoder-6f8d9b7c5-z2l8v", "Running", "58m", other),
            ("thumbnailer-5b9c8d7f6-4m2kn", "Evicted", "5h", node),
            ("thumbnailer-5b9c8d7f6-vx8tt", "Running", "14m", other),
            ("thumbnailer-5b9c8d7f6-7wqzr", "Evicted", "5h", node),
            ("captions-api-7d5f6c8b9-p2r4d", "Evicted", "2d", node),
            ("captions-api-7d5f6c8b9-lq9sx", "Running", "12m", other),
            ("upload-sweeper-28451700-jx2kb", "Evicted", "47m", node),
            ("upload-sweeper-28451730-c8n5m", "Completed", "17m", other)]):
        ready = {"Running": "1/1", "Evicted": "0/1", "Completed": "0/1"}[st]
        ip = "<none>" if st == "Evicted" else "10.96.%d.%d" % (4 if nd == node else 7, rng.randint(2, 250))
        pods.append([nm, ready, st, "0", age, ip, nd])
    describe_node = """Name:               %s
Roles:              <none>
Labels:             cloud.google.com/gke-nodepool=batch-pool
                    node.kubernetes.io/instance-type=n2-standard-8
                    topology.kubernetes.io/zone=us-east1-c
CreationTimestamp:  Thu, 30 Oct 2025 03:12:40 +0000
Taints:             node.kubernetes.io/disk-pressure:NoSchedule
Unschedulable:      false
Conditions:
  Type                 Status  LastHeartbeatTime                 LastTransitionTime                Reason                       Message
  ----                 ------  -----------------                 ------------------                ------                       -------
  FrequentContainerdRestart False Fri, 14 Nov 2025 11:02:10 +0000 Thu, 30 Oct 2025 03:13:01 +0000 NoFrequentContainerdRestart  containerd is functioning properly
  MemoryPressure       False   Fri, 14 Nov 2025 11:02:44 +0000   Thu, 30 Oct 2025 03:12:40 +0000   KubeletHasSufficientMemory   kubelet has sufficient memory available
  DiskPressure         True    Fri, 14 Nov 2025 11:02:44 +0000   Fri, 14 Nov 2025 10:14:52 +0000   KubeletHasDiskPressure       kubelet has disk pressure
  PIDPressure          False   Fri, 14 Nov 2025 11:02:44 +0000   Thu, 30 Oct 2025 03:12:40 +0000   KubeletHasSufficientPID      kubelet has sufficient PID available
  Ready                True    Fri, 14 Nov 2025 11:02:44 +0000   Thu, 30 Oct 2025 03:13:05 +0000   KubeletReady                 kubelet is posting ready status. AppArmor enabled
Capacity:
  cpu:                8
  ephemeral-storage:  98831908Ki
  memory:             32870636Ki
  pods:               110
Allocatable:
  cpu:                7910m
  ephemeral-storage:  47060071478
  memory:             29127852Ki
  pods:               110
Non-terminated Pods:          (5 in total)
  Namespace    Name                            CPU Requests  CPU Limits  Memory Requests  Memory Limits  Age
  ---------    ----                            ------------  ----------  ---------------  -------------  ---
  media        transcoder-6f8d9b7c5-2hx9w      3 (37%%)       4 (50%%)     4Gi (14%%)        6Gi (21%%)       3h
  media        transcoder-6f8d9b7c5-k7pqd      3 (37%%)       4 (50%%)     4Gi (14%%)        6Gi (21%%)       3h
  kube-system  fluentbit-gke-6xk2r             100m (1%%)     0 (0%%)      200Mi (0%%)       500Mi (1%%)      15d
  kube-system  kube-proxy-%s    100m (1%%)     0 (0%%)      0 (0%%)           0 (0%%)          15d
  kube-system  pdcsi-node-9dkw2                10m (0%%)      0 (0%%)      20Mi (0%%)        100Mi (0%%)      15d
Allocated resources:
  Resource           Requests      Limits
  --------           --------      ------
  cpu                6210m (78%%)   8 (101%%)
  memory             8412Mi (29%%)  12888Mi (45%%)
  ephemeral-storage  0 (0%%)        0 (0%%)
Events:
  Type     Reason                 Age                From     Message
  ----     ------                 ----               ----     -------
  Warning  EvictionThresholdMet   48m                kubelet  Attempting to reclaim ephemeral-storage
  Normal   NodeHasDiskPressure    48m                kubelet  Node %s status is now: NodeHasDiskPressure
  Warning  FreeDiskSpaceFailed    44m                kubelet  Failed to garbage collect required amount of images. Attempted to free 11894020915 bytes, but only found 1206387712 bytes eligible to free.
  Warning  EvictionThresholdMet   6m (x9 over 47m)   kubelet  Attempting to reclaim ephemeral-storage
""" % (node, node, node)
    ev = [["LAST SEEN", "TYPE", "REASON", "OBJECT", "MESSAGE"]]
    ev.append(["47m", "Warning", "Evicted", "pod/upload-sweeper-28451700-jx2kb",
               "The node was low on resource: ephemeral-storage. Threshold quantity: 4705007147, available: 4196532Ki. Container sweeper was using 48Ki, request is 0, has larger consumption of ephemeral-storage."])
    ev.append(["39m", "Warning", "Evicted", "pod/thumbnailer-5b9c8d7f6-4m2kn",
               "The node was low on resource: ephemeral-storage. Threshold quantity: 4705007147, available: 3981120Ki. Container thumbnailer was using 1843112Ki, request is 0, has larger consumption of ephemeral-storage."])
    ev.append(["31m", "Warning", "Evicted", "pod/captions-api-7d5f6c8b9-p2r4d",
               "The node was low on resource: ephemeral-storage. Threshold quantity: 4705007147, available: 4410288Ki. Container captions-api was using 602448Ki, request is 0, has larger consumption of ephemeral-storage."])
    ev.append(["12m", "Warning", "Evicted", "pod/thumbnailer-5b9c8d7f6-7wqzr",
               "The node was low on resource: ephemeral-storage. Threshold quantity: 4705007147, available: 3890016Ki. Container thumbnailer was using 1790212Ki, request is 0, has larger consumption of ephemeral-storage."])
    ev.append(["12m", "Warning", "FailedScheduling", "pod/thumbnailer-5b9c8d7f6-vx8tt",
               "0/6 nodes are available: 1 node(s) had untolerated taint {node.kubernetes.io/disk-pressure: }, 5 node(s) didn't match Pod's node affinity/selector. preemption: 0/6 nodes are available: 6 Preemption is not helpful for scheduling."])
    ev.append(["11m", "Normal", "Scheduled", "pod/thumbnailer-5b9c8d7f6-vx8tt", "Successfully assigned media/thumbnailer-5b9c8d7f6-vx8tt to " + other])
    ev.append(["3h", "Warning", "Unhealthy", "pod/captions-api-7d5f6c8b9-p2r4d", "Readiness probe failed: Get \"http://10.96.4.31:8080/ready\": context deadline exceeded (Client.Timeout exceeded while awaiting headers)"])
    ev.append(["2m", "Warning", "CPUThrottlingHigh", "pod/transcoder-6f8d9b7c5-2hx9w", "87% throttling of CPU in namespace media for container ffmpeg (informational, from prometheus-adapter)"])
    df = """# gcloud compute ssh %s -- sudo du/df
$ df -h /var/lib/kubelet /var/lib/containerd
Filesystem      Size  Used Avail Use%% Mounted on
/dev/sda1        95G   91G  3.9G  96%% /
/dev/sda1        95G   91G  3.9G  96%% /

$ sudo du -sh /var/lib/kubelet/pods/*/volumes/kubernetes.io~empty-dir/* 2>/dev/null | sort -h | tail -5
412M    /var/lib/kubelet/pods/6c1f0e2a-93d4-4d8b-9a51-0fd3b8e4a211/volumes/kubernetes.io~empty-dir/tmp
1.7G    /var/lib/kubelet/pods/b88e2d10-47a1-4e6a-8f0c-2a9d6bb31c07/volumes/kubernetes.io~empty-dir/cache
31G     /var/lib/kubelet/pods/0f4e77a9-2c58-4b0e-9c8e-5de2a1f4c9b3/volumes/kubernetes.io~empty-dir/scratch
33G     /var/lib/kubelet/pods/e2b9c4d1-8a7f-4b3e-b0d5-71c9a2f8e6d4/volumes/kubernetes.io~empty-dir/scratch

$ sudo crictl pods --no-trunc -q --name transcoder | head -2
e2b9c4d1-8a7f-4b3e-b0d5-71c9a2f8e6d4  (transcoder-6f8d9b7c5-2hx9w)
0f4e77a9-2c58-4b0e-9c8e-5de2a1f4c9b3  (transcoder-6f8d9b7c5-k7pqd)

$ sudo du -sh /var/lib/containerd /var/log
14G     /var/lib/containerd
1.1G    /var/log
""" % node
    deploy = """apiVersion: apps/v1
kind: Deployment
metadata:
  name: transcoder
  namespace: media
  annotations:
    deployment.kubernetes.io/revision: "27"
    kubernetes.io/change-cause: "4K renditions: keep intermediate segments on local scratch instead of GCS"
spec:
  replicas: 3
  selector:
    matchLabels: {app: transcoder}
  template:
    metadata:
      labels: {app: transcoder}
    spec:
      nodeSelector:
        cloud.google.com/gke-nodepool: batch-pool
      containers:
        - name: ffmpeg
          image: us-docker.pkg.dev/example-media/prod/transcoder:2025.11.14-1
          args: ["--work-dir=/scratch", "--renditions=2160p,1440p,1080p,720p", "--keep-intermediates=true"]
          resources:
            requests: {cpu: "3", memory: 4Gi}
            limits: {cpu: "4", memory: 6Gi}
          volumeMounts:
            - {name: scratch, mountPath: /scratch}
      volumes:
        - name: scratch
          emptyDir: {}
"""
    top = table([["NAME", "CPU(cores)", "CPU%", "MEMORY(bytes)", "MEMORY%"],
                 [node, "7512m", "94%", "9120Mi", "32%"],
                 [other, "4380m", "55%", "7210Mi", "25%"],
                 ["gke-prod-east-default-pool-1b2c3d4e-9f0a", "1210m", "15%", "11022Mi", "38%"]])
    question = "Several pods in the media namespace were Evicted during the last hour and keep being rescheduled. What is the root cause?"
    write_incident("hz-004", question, {
        "kubectl-get-pods-media-wide.txt": table(pods),
        "kubectl-describe-node-%s.txt" % node: describe_node,
        "kubectl-get-events-media.txt": table(ev),
        "node-disk-usage-x4kq.txt": df,
        "kubectl-get-deployment-transcoder.yaml": deploy,
        "kubectl-top-nodes.txt": top,
    }, {
        "root_cause": "Node gke-prod-east-batch-pool-7c1d2e9a-x4kq is under DiskPressure: the transcoder pods (revision 27 keeps intermediates on local scratch) fill an unbounded emptyDir (~64 GB) with no ephemeral-storage limit, so the kubelet evicts pods to reclaim ephemeral storage.",
        "required_keywords": [["diskpressure", "disk pressure", "ephemeral storage", "ephemeral-storage", "disk*", "storage", "emptydir", "scratch"],
                              ["evict*", "x4kq", "emptydir", "transcoder*", "scratch", "intermediate*"]],
        "forbidden_keywords": ["cpu saturation", "cpu throttl*", "memory pressure", "memorypressure", "oom*", "readiness probe"],
        "component": "node gke-prod-east-batch-pool-7c1d2e9a-x4kq (ephemeral storage filled by transcoder emptyDir scratch)",
        "category": "infrastructure",
    })
