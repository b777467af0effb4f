#!/usr/bin/env python3
"""Builds the classifier's labelled set: one folder per expected type, files named as an engineer would name them.

Real text where we have it (Loghub log samples, runbook prose from ../shared/data), otherwise hand-written families of
each kind with values varied by a seeded generator. Ambiguous cases are included on purpose: logs full of stack traces,
YAML that is and is not Kubernetes, JSON lines vs JSON documents, CSV that is not a time series, a pasted error line.
Usage: make-set.py [SHARED_DATA_DIR]   (writes next to this script; deterministic)."""
import json, os, random, shutil, sys

here = os.path.dirname(os.path.abspath(__file__))
shared = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, "../../../../../shared/data")
rng = random.Random(20261201)
out = {}

def add(kind, name, text):
    out.setdefault(kind, []).append((name, text))

def ts(i, base=1700000000):
    import datetime
    return datetime.datetime.fromtimestamp(base + i * 37, datetime.timezone.utc)

def ip():
    return f"10.{rng.randint(0,255)}.{rng.randint(0,255)}.{rng.randint(1,254)}"

# ---------- logs: real Loghub slices, plus JSON lines, logfmt, access logs, klog, syslog
for ds in sorted(os.listdir(os.path.join(shared, "loghub2k"))):
    path = os.path.join(shared, "loghub2k", ds, f"{ds}_2k.log")
    if not os.path.exists(path):
        continue
    lines = open(path, encoding="utf-8", errors="replace").read().splitlines()
    for k in range(2):
        start = rng.randint(0, len(lines) - 60)
        add("log", f"{ds.lower()}-{k}.log" if k == 0 else f"{ds.lower()}-excerpt.txt", "\n".join(lines[start:start + rng.randint(15, 60)]) + "\n")
levels = ["INFO", "WARN", "ERROR", "DEBUG"]
for k in range(3):
    rows = [json.dumps({"ts": ts(i).isoformat(), "level": rng.choice(levels).lower(), "msg": rng.choice(["request served", "cache miss", "db timeout", "retrying"]), "latency_ms": rng.randint(1, 900), "path": f"/api/v1/items/{rng.randint(1,999)}"}) for i in range(rng.randint(10, 40))]
    add("log", f"service-{k}.json" if k == 0 else f"pod-{k}.log", "\n".join(rows) + "\n")
for k in range(2):
    rows = [f'time={ts(i).strftime("%Y-%m-%dT%H:%M:%SZ")} level={rng.choice(levels).lower()} msg="{rng.choice(["lease renewed", "sync failed", "applied config"])}" component=controller attempt={rng.randint(1,5)}' for i in range(rng.randint(10, 30))]
    add("log", f"controller-{k}.log" if k == 0 else "controller-paste.txt", "\n".join(rows) + "\n")
for k in range(2):
    rows = [f'{ip()} - - [{ts(i).strftime("%d/%b/%Y:%H:%M:%S +0000")}] "GET /checkout?id={rng.randint(1,99)} HTTP/1.1" {rng.choice([200,200,502,404])} {rng.randint(100,9000)} "-" "curl/8.5.0"' for i in range(rng.randint(10, 30))]
    add("log", "access.log" if k == 0 else "nginx-access-excerpt", "\n".join(rows) + "\n")
rows = [f'{rng.choice("IWE")}{ts(i).strftime("%m%d %H:%M:%S")}.{rng.randint(100000,999999)}    {rng.randint(1,99)} reflector.go:{rng.randint(100,999)}] Watch close - *v1.Pod total {rng.randint(1,50)} items received' for i in range(20)]
add("log", "kube-controller-manager.log", "\n".join(rows) + "\n")
rows = [f'{ts(i).strftime("%b %d %H:%M:%S")} web-{rng.randint(1,3)} systemd[1]: {rng.choice(["Started Session", "Stopping nginx", "app.service: Main process exited, code=exited, status=1/FAILURE"])}' for i in range(15)]
add("log", "syslog", "\n".join(rows) + "\n")
# ambiguous: a log with a Java stack trace in it
trace = "\tat com.shop.cart.CartService.add(CartService.java:88)\n\tat com.shop.api.CartController.post(CartController.java:41)\n"
rows = []
for i in range(12):
    rows.append(f'{ts(i).strftime("%Y-%m-%d %H:%M:%S,%f")[:-3]} {rng.choice(levels)} [http-nio-8080-exec-{i}] c.s.c.CartService - operation {i}')
    if i % 4 == 3:
        rows.append("java.lang.IllegalStateException: cart is locked\n" + trace.rstrip())
add("log", "app-with-exceptions.log", "\n".join(rows) + "\n")

# ---------- stack traces and error messages
java_ex = ["java.lang.NullPointerException", "java.net.SocketTimeoutException: Read timed out", "org.postgresql.util.PSQLException: FATAL: too many connections",
           "java.lang.OutOfMemoryError: Java heap space", "javax.net.ssl.SSLHandshakeException: PKIX path building failed"]
for k, ex in enumerate(java_ex):
    frames = "\n".join(f"\tat com.acme.{rng.choice(['orders','billing','auth'])}.{rng.choice(['Service','Repository','Client'])}{j}.call(Source{j}.java:{rng.randint(10,400)})" for j in range(rng.randint(4, 12)))
    cause = f"\nCaused by: java.io.IOException: Broken pipe\n\tat sun.nio.ch.FileDispatcherImpl.write0(Native Method)\n\t... {rng.randint(3,20)} more" if k % 2 else ""
    add("stack_trace", f"trace-{k}.txt" if k < 3 else f"exception-{k}", f'Exception in thread "main" {ex}\n{frames}{cause}\n' if k % 3 == 0 else f"{ex}\n{frames}{cause}\n")
py_ex = ["KeyError: 'user_id'", "psycopg2.OperationalError: could not connect to server: Connection refused", "ValueError: invalid literal for int() with base 10: 'abc'", "TimeoutError: [Errno 110] Connection timed out", "ModuleNotFoundError: No module named 'redis'"]
for k, ex in enumerate(py_ex):
    frames = "\n".join(f'  File "/app/{rng.choice(["worker","api","jobs"])}/{rng.choice(["tasks","views","db"])}.py", line {rng.randint(5,300)}, in {rng.choice(["run","handle","connect","get"])}\n    {rng.choice(["result = fn(*args)", "conn = pool.get()", "return self._call(req)"])}' for _ in range(rng.randint(2, 6)))
    add("stack_trace", f"traceback-{k}.txt" if k % 2 else f"py-error-{k}", f"Traceback (most recent call last):\n{frames}\n{ex}\n")
for k in range(3):
    frames = "\n".join(f"main.{rng.choice(['handler','worker','(*Server).serve'])}(0x{rng.randint(1,99999):x})\n\t/go/src/app/{rng.choice(['main','server','worker'])}.go:{rng.randint(10,300)} +0x{rng.randint(16,999):x}" for _ in range(rng.randint(2, 5)))
    add("stack_trace", f"panic-{k}.txt", f"panic: runtime error: invalid memory address or nil pointer dereference\n[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x4a2b3c]\n\ngoroutine {rng.randint(1,300)} [running]:\n{frames}\n")
for k in range(3):
    frames = "\n".join(f"   at Shop.{rng.choice(['Orders','Payments'])}.{rng.choice(['Handler','Repository'])}.{rng.choice(['HandleAsync','SaveAsync'])}(Order order) in /src/Shop/{rng.choice(['Handler','Repo'])}.cs:line {rng.randint(10,200)}" for _ in range(rng.randint(2, 6)))
    add("stack_trace", f"dotnet-exception-{k}.txt", f"System.InvalidOperationException: Sequence contains no elements\n{frames}\n--- End of stack trace from previous location ---\n   at Microsoft.AspNetCore.Routing.EndpointMiddleware.Invoke(HttpContext httpContext)\n")
for k in range(3):
    frames = "\n".join(f"    at {rng.choice(['Object.handler','processTicksAndRejections','Query.run'])} ({rng.choice(['/app/src/db.js','node:internal/process/task_queues','/app/node_modules/pg/lib/client.js'])}:{rng.randint(1,300)}:{rng.randint(1,40)})" for _ in range(rng.randint(3, 6)))
    add("stack_trace", f"node-error-{k}.txt", f"Error: connect ECONNREFUSED 127.0.0.1:{rng.choice([5432,6379,3306])}\n{frames}\n")
for k, msg in enumerate(["ERROR: relation \"orders\" does not exist", "Error: connect ETIMEDOUT 10.0.3.4:443", "fatal: unable to access 'https://git.internal/repo.git/': Could not resolve host: git.internal", "java.sql.SQLException: Connection is not available, request timed out after 30000ms."]):
    add("stack_trace", f"error-{k}.txt", msg + "\n")

# ---------- metrics
names = ["http_requests_total", "node_cpu_seconds_total", "process_resident_memory_bytes", "go_goroutines", "db_pool_connections"]
for k in range(5):
    rows = []
    for n in rng.sample(names, 3):
        rows.append(f"# HELP {n} Some help text for {n}.")
        rows.append(f"# TYPE {n} {rng.choice(['counter', 'gauge'])}")
        for j in range(rng.randint(1, 4)):
            rows.append(f'{n}{{instance="{ip()}:9100",job="node",code="{rng.choice([200,500])}"}} {rng.uniform(0, 1e6):.3f}')
    add("metrics", f"metrics-{k}.prom" if k < 2 else f"scrape-{k}.txt", "\n".join(rows) + "\n")
for k in range(6):
    cols = rng.sample(["cpu_percent", "memory_mb", "latency_p99_ms", "errors", "requests", "FreeStorageSpace", "DatabaseConnections", "ReadIOPS"], rng.randint(1, 4))
    tcol = rng.choice(["timestamp", "time", "Timestamp", "date"])
    rows = [",".join([tcol] + cols)] + [",".join([ts(i * 2).strftime("%Y-%m-%d %H:%M:%S") if k % 2 else str(1700000000 + i * 60)] + [f"{rng.uniform(0, 100):.2f}" for _ in cols]) for i in range(rng.randint(8, 40))]
    add("metrics", f"series-{k}.csv" if k < 4 else f"grafana-export-{k}.txt", "\n".join(rows) + "\n")
for k in range(4):
    result = [{"metric": {"__name__": "up", "instance": f"{ip()}:9090"}, "values": [[1700000000 + j * 15, str(rng.randint(0, 1))] for j in range(rng.randint(3, 10))]}]
    add("metrics", f"query-range-{k}.json", json.dumps({"status": "success", "data": {"resultType": "matrix", "result": result}}, indent=2 if k % 2 else None) + "\n")
for k in range(3):
    points = [{"timestamp": ts(j).isoformat(), "value": round(rng.uniform(0, 500), 2)} for j in range(rng.randint(5, 20))]
    add("metrics", f"datapoints-{k}.json", json.dumps({"metric": "latency_ms", "points": points}, indent=2) + "\n")
for k in range(2):
    rows = ["Time\tCPU\tMemory"] + [f"{ts(j).strftime('%H:%M')}\t{rng.uniform(0,100):.1f}\t{rng.uniform(0,100):.1f}" for j in range(12)]
    add("metrics", f"dashboard-{k}.tsv", "\n".join(rows) + "\n")

# ---------- configuration
for k in range(5):
    add("config", f"application-{k}.yaml" if k < 3 else f"values-{k}.yml", f"""server:
  port: {rng.choice([8080, 8443, 3000])}
  shutdown: graceful
database:
  url: jdbc:postgresql://db.internal:5432/app
  username: app
  password: ""
  pool:
    max-size: {rng.randint(5, 100)}
    connection-timeout: {rng.choice([30000, 250, 60])}
features:
  - checkout
  - {rng.choice(['search', 'wishlist'])}
logging:
  level: {rng.choice(['info', 'debug'])}
""")
for k in range(4):
    add("config", f"config-{k}.json" if k < 3 else "settings", json.dumps({"service": "orders", "listen": f"0.0.0.0:{rng.randint(3000,9000)}", "redis": {"host": "localhost", "port": 6379, "timeoutMs": rng.choice([50, 5000])}, "retries": rng.randint(0, 9), "featureFlags": {"newCheckout": rng.choice([True, False])}}, indent=2) + "\n")
for k in range(3):
    add("config", f"Cargo-like-{k}.toml" if k else "pyproject.toml", f"""[server]
host = "0.0.0.0"
port = {rng.randint(3000, 9000)}
workers = {rng.randint(1, 16)}

[database]
url = "postgres://app@db:5432/app"
max_connections = {rng.randint(5, 200)}

[[upstreams]]
name = "billing"
timeout = "{rng.randint(1, 90)}s"
""")
for k in range(3):
    add("config", f"my-{k}.cnf" if k else "php.ini", f"""[mysqld]
max_connections={rng.randint(100, 2000)}
innodb_buffer_pool_size={rng.randint(1, 64)}G
wait_timeout={rng.randint(10, 28800)}

[client]
port=3306
socket=/var/run/mysqld/mysqld.sock
""")
for k in range(4):
    add("config", ".env" if k == 0 else f"prod-{k}.env", "\n".join([f"DATABASE_URL=postgres://app:changeme@db:5432/app", f"REDIS_URL=redis://localhost:6379/{k}", f"LOG_LEVEL={rng.choice(['info','debug'])}", "API_KEY=", f"WORKERS={rng.randint(1,9)}", "# comment"]) + "\n")
for k in range(2):
    add("config", f"application-{k}.properties", "\n".join(["spring.datasource.url=jdbc:mysql://localhost:3306/shop", "spring.datasource.username=shop", f"spring.datasource.hikari.maximum-pool-size={rng.randint(2,50)}", "server.port=8080", "management.endpoints.web.exposure.include=health,info"]) + "\n")
add("config", "web.config", '<?xml version="1.0" encoding="utf-8"?>\n<configuration>\n  <appSettings>\n    <add key="Timeout" value="30" />\n  </appSettings>\n</configuration>\n')

# ---------- Kubernetes
kinds = ["Deployment", "Service", "ConfigMap", "StatefulSet", "Ingress", "CronJob"]
for k in range(6):
    kind = kinds[k]
    add("kubernetes", f"{kind.lower()}.yaml" if k < 4 else f"manifest-{k}.yml", f"""apiVersion: {rng.choice(['apps/v1', 'v1', 'networking.k8s.io/v1', 'batch/v1'])}
kind: {kind}
metadata:
  name: orders-{k}
  namespace: prod
  labels:
    app: orders
spec:
  replicas: {rng.randint(1, 6)}
  template:
    spec:
      containers:
        - name: orders
          image: registry.internal/orders:1.{k}.0
          resources:
            limits:
              memory: {rng.choice(['256Mi', '1Gi'])}
""")
add("kubernetes", "deployment.json", json.dumps({"apiVersion": "apps/v1", "kind": "Deployment", "metadata": {"name": "api"}, "spec": {"replicas": 2}}, indent=2) + "\n")
for k in range(4):
    rows = ["NAME                               READY   STATUS             RESTARTS        AGE"] + [f"orders-{rng.randint(1000,9999)}-{rng.choice(['abcde','x9k2p'])}   {rng.choice(['1/1','0/1'])}     {rng.choice(['Running','CrashLoopBackOff','OOMKilled','ImagePullBackOff','Pending'])}   {rng.randint(0,40)} ({rng.randint(1,59)}m ago)   {rng.randint(1,9)}d" for _ in range(rng.randint(1, 8))]
    if k % 2:
        rows[0] = "NAMESPACE   " + rows[0]
        rows[1:] = ["prod        " + r for r in rows[1:]]
    add("kubernetes", f"kubectl-get-pods-{k}.txt" if k < 3 else "pods", "\n".join(rows) + "\n")
for k in range(4):
    rows = ["LAST SEEN   TYPE      REASON             OBJECT                        MESSAGE"] + [f"{rng.randint(1,59)}m         Warning   {rng.choice(['BackOff','FailedScheduling','Unhealthy','FailedMount'])}   pod/orders-{rng.randint(1000,9999)}   {rng.choice(['Back-off restarting failed container','0/3 nodes are available: 3 Insufficient memory.','Liveness probe failed: HTTP probe failed with statuscode: 500'])}" for _ in range(rng.randint(1, 8))]
    add("kubernetes", f"events-{k}.txt", "\n".join(rows) + "\n")
for k in range(5):
    add("kubernetes", f"describe-pod-{k}.txt", f"""Name:             orders-{rng.randint(1000,9999)}
Namespace:        prod
Priority:         0
Node:             ip-{ip().replace('.', '-')}.ec2.internal/{ip()}
Start Time:       Mon, 13 Nov 2023 10:{rng.randint(10,59)}:00 +0000
Labels:           app=orders
Status:           Running
IP:               {ip()}
Containers:
  orders:
    Image:          registry.internal/orders:2.{k}
    State:          Waiting
      Reason:       CrashLoopBackOff
    Last State:     Terminated
      Reason:       {rng.choice(['OOMKilled', 'Error'])}
      Exit Code:    {rng.choice([137, 1])}
    Restart Count:  {rng.randint(1, 50)}
    Liveness:       http-get http://:8080/health delay=10s timeout=1s period=10s
Conditions:
  Type              Status
  Ready             False
Events:
  Type     Reason     Age                  From     Message
  ----     ------     ----                 ----     -------
  Warning  BackOff    {rng.randint(1,30)}m (x{rng.randint(2,90)} over 1h)  kubelet  Back-off restarting failed container
""")
for k in range(2):
    add("kubernetes", f"get-deploy-{k}.txt", "NAME     READY   UP-TO-DATE   AVAILABLE   AGE\n" + "\n".join(f"svc-{j}    {rng.randint(0,3)}/3     3            {rng.randint(0,3)}           {rng.randint(1,90)}d" for j in range(3)) + "\n")

# ---------- HAR
for k in range(20):
    entries = [{"startedDateTime": ts(j).isoformat(), "time": rng.randint(5, 3000), "request": {"method": rng.choice(["GET", "POST"]), "url": f"https://shop.example.com/api/{rng.choice(['cart','login','items'])}", "headers": []}, "response": {"status": rng.choice([200, 502, 504, 401]), "headers": [], "content": {"size": rng.randint(0, 5000)}}} for j in range(rng.randint(1, 6))]
    har = {"log": {"version": "1.2", "creator": {"name": rng.choice(["Firefox", "WebInspector"]), "version": "1"}, "entries": entries}}
    add("http_archive", f"session-{k}.har" if k % 3 else f"network-capture-{k}.json", json.dumps(har, indent=2 if k % 2 else None) + "\n")

# ---------- source code: hand-written families
code = {
 "py": '''import os
from dataclasses import dataclass

@dataclass
class Config:
    url: str
    retries: int = 3

def connect(cfg):
    for attempt in range(cfg.retries):
        try:
            return open_pool(cfg.url)
        except TimeoutError:
            continue
    raise RuntimeError("no database")

if __name__ == "__main__":
    connect(Config(os.environ["DB_URL"]))
''',
 "go": '''package main

import (
	"fmt"
	"net/http"
)

func handler(w http.ResponseWriter, r *http.Request) {
	user, err := lookup(r.URL.Query().Get("id"))
	if err != nil {
		http.Error(w, err.Error(), 500)
		return
	}
	fmt.Fprintf(w, "hello %s", user)
}
''',
 "java": '''package com.acme.orders;

import java.util.List;

public class OrderService {
    private final OrderRepository repository;

    public OrderService(OrderRepository repository) {
        this.repository = repository;
    }

    public List<Order> recent(int limit) {
        return repository.findRecent(limit);
    }
}
''',
 "cs": '''using System.Net.Http;

namespace Shop.Payments;

public sealed class PaymentClient(HttpClient http)
{
    public async Task<bool> ChargeAsync(decimal amount, CancellationToken cancellationToken)
    {
        var response = await http.PostAsync("charge", null, cancellationToken);
        return response.IsSuccessStatusCode;
    }
}
''',
 "js": '''const express = require('express');
const app = express();

app.get('/health', (req, res) => {
  res.json({ ok: true });
});

function start(port) {
  return app.listen(port, () => console.log(`listening on ${port}`));
}

module.exports = { start };
''',
 "ts": '''import { Pool } from "pg";

export async function query(pool: Pool, sql: string): Promise<number> {
  const client = await pool.connect();
  try {
    const result = await client.query(sql);
    return result.rowCount ?? 0;
  } finally {
    client.release();
  }
}
''',
 "sh": '''#!/usr/bin/env bash
set -euo pipefail
for host in "$@"; do
  if [[ -z "$host" ]]; then
    continue
  fi
  ssh "$host" 'systemctl restart app'
done
''',
 "rs": '''use std::time::Duration;

pub fn backoff(attempt: u32) -> Duration {
    let base = 100u64;
    Duration::from_millis(base * 2u64.pow(attempt))
}

fn main() {
    let mut total = 0;
    for i in 0..5 {
        total += backoff(i).as_millis();
    }
    println!("{}", total);
}
''',
 "c": '''#include <stdio.h>
#include <stdlib.h>

#define MAX 16

int main(int argc, char **argv) {
    char *buf = malloc(MAX);
    if (buf == NULL) {
        return 1;
    }
    free(buf);
    return 0;
}
''',
 "rb": '''class RetryPolicy
  def initialize(max)
    @max = max
  end

  def call
    attempts = 0
    begin
      yield
    rescue Timeout::Error
      attempts += 1
      retry if attempts < @max
    end
  end
end
''',
}
for k, (ext, text) in enumerate(sorted(code.items())):
    add("source_code", f"snippet-{k}.{ext}", text)
    # the same code pasted without a file name, lightly changed
    add("source_code", f"pasted-{ext}", text.replace("3", str(rng.randint(4, 9))))

# ---------- documentation: real runbook prose
docs = [json.loads(l) for l in open(os.path.join(shared, "runbooks", "corpus.jsonl"), encoding="utf-8")]
for k, doc in enumerate(rng.sample(docs, 16)):
    add("documentation", f"runbook-{k}.md" if k % 2 else f"page-{k}", doc["text"][:rng.randint(800, 4000)])
prose = ["During the incident the checkout service returned errors for about twenty minutes. The on-call engineer noticed that the database connection pool was exhausted and restarted the pods, which restored service while the team investigated the slow query that held connections open.",
         "This page explains how we rotate the TLS certificates of the public load balancer. Certificates are issued by the internal authority every ninety days and the rotation is automated, but the steps below describe how to do it by hand when the automation fails.",
         "If the alert fires outside business hours, page the database team first. Do not fail over the primary unless replication lag is below one minute, because a failover with lag loses the writes that have not reached the replica yet.",
         "Postmortem: on Tuesday the payment provider changed its API without notice. Our retries amplified the load on their side and our queue grew until the workers ran out of memory. We have since added a circuit breaker and an alert on queue depth."]
for k, p in enumerate(prose):
    add("documentation", f"notes-{k}.txt", p + "\n\n" + rng.choice(prose) + "\n")

dest_root = here
for kind, items in out.items():
    d = os.path.join(dest_root, kind)
    shutil.rmtree(d, ignore_errors=True)
    os.makedirs(d)
    for name, text in items:
        with open(os.path.join(d, name), "w", encoding="utf-8") as f:
            f.write(text)
    print(f"{kind}: {len(items)}")
