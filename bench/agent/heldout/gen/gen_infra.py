"""ho-004 (GitHub Actions shell syntax), ho-006 (node DiskPressure), ho-007 (OOMKilled on large input)."""
import random
from datetime import datetime, timedelta
from common import write, question, answer, dedent

random.seed(404)

# ---------------------------------------------------------------- ho-004
I = "ho-004"
question(I, "The 'release' workflow on main failed in the publish-docs job (run #1873). Nothing changed in the docs build as far as I know. Why did it fail?")
t = datetime(2025, 10, 2, 8, 14, 3)
out = []
def L(msg, step=0.004):
    global t
    t += timedelta(seconds=random.random() * step * 10)
    out.append(t.strftime("%Y-%m-%dT%H:%M:%S.") + "%07dZ " % random.randint(0, 9999999) + msg)
L("##[group]Runner Image Provisioner"); L("Hosted Compute Agent"); L("Version: 20250912.392"); L("##[endgroup]")
L("##[group]Operating System"); L("Ubuntu"); L("24.04.3"); L("LTS"); L("##[endgroup]")
L("##[group]Runner Image"); L("Image: ubuntu-24.04"); L("Version: 20250929.1.0"); L("##[endgroup]")
L("##[group]GITHUB_TOKEN Permissions"); L("Contents: write"); L("Metadata: read"); L("Pages: write"); L("##[endgroup]")
L("Secret source: Actions"); L("Prepare workflow directory"); L("Prepare all required actions")
L("Getting action download info")
L("Download action repository 'actions/checkout@v4' (SHA:08eba0b27e820071cde6df949e0beb9ba4906955)")
L("Download action repository 'actions/setup-node@v3' (SHA:1a4442cacd436585916779262731d5b162bc6ec7)")
L("Download action repository 'actions/cache@v4' (SHA:0c45773b623bea8c8e75f6c82b208c3cf94ea4f9)")
L("Complete job name: publish-docs")
L("##[group]Run actions/checkout@v4"); L("with:"); L("  fetch-depth: 0"); L("##[endgroup]")
L("Syncing repository: example-org/atlas-sdk")
L("##[command]/usr/bin/git version"); L("git version 2.51.0")
L("##[command]/usr/bin/git -c protocol.version=2 fetch --prune --no-recurse-submodules origin +refs/heads/*:refs/remotes/origin/* +refs/tags/*:refs/tags/*")
for i in range(120):
    L(" * [new tag]           v%d.%d.%d -> v%d.%d.%d" % ((i // 40) + 1, (i // 8) % 5, i % 8, (i // 40) + 1, (i // 8) % 5, i % 8))
L("HEAD is now at 9d41c7e docs: clarify retry semantics in client options")
L("##[warning]Node.js 16 actions are deprecated. Please update the following actions to use Node.js 20: actions/setup-node@v3. For more information see: https://github.blog/changelog/2023-09-22-github-actions-transitioning-from-node-16-to-node-20/.")
L("##[group]Run actions/setup-node@v3"); L("with:"); L("  node-version: 20"); L("  cache: npm"); L("##[endgroup]")
L("Found in cache @ /opt/hostedtoolcache/node/20.19.5/x64"); L("Environment details"); L("node: v20.19.5"); L("npm: 10.8.2")
L("##[group]Run npm ci"); L("npm ci"); L("shell: /usr/bin/bash -e {0}"); L("##[endgroup]")
pkgs = ["inflight@1.0.6", "glob@7.2.3", "rimraf@3.0.2", "stable@0.1.8", "w3c-hr-time@1.0.2", "abab@2.0.6", "domexception@2.0.1", "sourcemap-codec@1.4.8", "querystring@0.2.0", "uuid@3.4.0"]
for p in pkgs:
    L("npm warn deprecated %s: This module is not supported, and leaks memory. Do not use it." % p if p.startswith("inflight") else "npm warn deprecated %s: Package no longer supported. Contact Support at https://www.npmjs.com/support for more info." % p)
L("added 1874 packages, and audited 1875 packages in 41s")
L("312 packages are looking for funding"); L("  run `npm fund` for details")
L("7 vulnerabilities (3 moderate, 4 high)")
L("To address issues that do not require attention, run:"); L("  npm audit fix")
L("##[group]Run npm run docs:build"); L("npm run docs:build"); L("shell: /usr/bin/bash -e {0}"); L("##[endgroup]")
L("> atlas-sdk@4.12.0 docs:build"); L("> typedoc && docusaurus build")
mods = ["client", "retry", "auth", "pagination", "streams", "errors", "models", "webhooks", "transport", "codecs"]
for i in range(5200):
    r = random.random()
    m = random.choice(mods)
    if r < 0.55:
        L("[typedoc] Converting src/%s/%s%d.ts" % (m, random.choice(["index", "types", "helpers", "impl", "options"]), random.randint(0, 40)), 0.002)
    elif r < 0.8:
        L("[webpack.Progress] %d%% building %d/%d entries %d/%d dependencies %d/%d modules" % (min(99, i // 53), random.randint(1, 9), 9, random.randint(100, 9000), 9500, random.randint(10, 4000), 4100), 0.002)
    elif r < 0.97:
        L("[SUCCESS] Generated static file docs/api/%s/%s-%d.html" % (m, random.choice(["class", "interface", "function", "type"]), random.randint(0, 300)), 0.002)
    elif r < 0.99:
        L("[WARNING] Markdown link with URL `../%s/README.md` in source file \"docs/guides/%s.md\" couldn't be resolved." % (m, random.choice(mods)), 0.002)
    else:
        L("[typedoc] warning: %s.%sOptions, defined in ./src/%s/options.ts, is referenced by %s.create but not included in the documentation." % (m.capitalize(), m.capitalize(), m, m.capitalize()), 0.002)
L("[SUCCESS] Generated static files in \"build\".")
L("[INFO] Use `npm run serve` command to test your build locally.")
L("##[group]Run actions/cache@v4"); L("with:"); L("  path: .docusaurus"); L("  key: docs-cache-Linux-5e1f0a9c"); L("##[endgroup]")
L("Cache not found for input keys: docs-cache-Linux-5e1f0a9c")
L("##[group]Run VERSION=$(node -p \"require('./package.json').version\")")
L("\x1b[36;1mVERSION=$(node -p \"require('./package.json').version\")\x1b[0m")
L("\x1b[36;1mif [ \"${GITHUB_REF_TYPE}\" = \"tag\" ]; then\x1b[0m")
L("\x1b[36;1m  CHANNEL=stable\x1b[0m")
L("\x1b[36;1melse\x1b[0m")
L("\x1b[36;1m  CHANNEL=next\x1b[0m")
L("\x1b[36;1mecho \"version=${VERSION}\" >> \"$GITHUB_OUTPUT\"\x1b[0m")
L("\x1b[36;1mecho \"channel=${CHANNEL}\" >> \"$GITHUB_OUTPUT\"\x1b[0m")
L("shell: /usr/bin/bash -e {0}")
L("env:"); L("  DOCS_BUCKET: atlas-sdk-docs-prod"); L("##[endgroup]")
L("/home/runner/work/_temp/7b2e41c9-0f3d-4c6a-9a1e-58d2f6b3c0a7.sh: line 8: syntax error: unexpected end of file")
L("##[error]Process completed with exit code 2.")
L("Post job cleanup.")
L("##[warning]Failed to save: Unable to reserve cache with key docs-cache-Linux-5e1f0a9c, another job may be creating this cache. More details: Cache already exists. Scope: refs/heads/main, Key: docs-cache-Linux-5e1f0a9c, Version: 7a1c3e")
L("Post job cleanup.")
L("[command]/usr/bin/git version"); L("git version 2.51.0")
L("Cleaning up orphan processes")
write(I, "files/github-actions-run-1873-publish-docs.log", "\n".join(out))
write(I, "files/release.yml", dedent("""
name: release
on:
  push:
    branches: [main]
    tags: ['v*']

permissions:
  contents: write
  pages: write

jobs:
  test:
    runs-on: ubuntu-24.04
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v3
        with: { node-version: 20, cache: npm }
      - run: npm ci
      - run: npm test -- --ci

  publish-docs:
    needs: test
    runs-on: ubuntu-24.04
    steps:
      - uses: actions/checkout@v4
        with:
          fetch-depth: 0
      - uses: actions/setup-node@v3
        with:
          node-version: 20
          cache: npm
      - run: npm ci
      - run: npm run docs:build
      - uses: actions/cache@v4
        with:
          path: .docusaurus
          key: docs-cache-${{ runner.os }}-${{ hashFiles('docs/**') }}
      - name: Compute version
        id: meta
        env:
          DOCS_BUCKET: atlas-sdk-docs-prod
        run: |
          VERSION=$(node -p "require('./package.json').version")
          if [ "${GITHUB_REF_TYPE}" = "tag" ]; then
            CHANNEL=stable
          else
            CHANNEL=next
          echo "version=${VERSION}" >> "$GITHUB_OUTPUT"
          echo "channel=${CHANNEL}" >> "$GITHUB_OUTPUT"
      - name: Upload
        run: aws s3 sync build/ "s3://${DOCS_BUCKET}/${{ steps.meta.outputs.channel }}/${{ steps.meta.outputs.version }}/" --delete
"""))
write(I, "files/git-log-main.txt", dedent("""
9d41c7e docs: clarify retry semantics in client options
4be02f1 ci: publish docs into a per-channel prefix (stable/next)
a17c9d3 chore(deps): bump typedoc from 0.26.7 to 0.26.11
0f5e8b2 fix(retry): honour Retry-After on 503
"""))
answer(I,
    "The 'Compute version' run step (added in commit 4be02f1) has an if/else without a closing fi, so bash aborts with 'syntax error: unexpected end of file' and exit code 2; the docs build itself succeeded.",
    [["syntax", "unexpected end of file", "missing fi", "unclosed", "unterminated", "no closing fi", "without a closing"],
     ["script", "shell", "bash", "run block", "run step", "step", "if", "fi", "compute version"]],
    ["deprecat*", "reserve cache", "node.js 16", "node 16", "vulnerabilit*", "typedoc"],
    "GitHub Actions workflow release.yml, job publish-docs, step 'Compute version'",
    "code_defect")

# ---------------------------------------------------------------- ho-006
I = "ho-006"
NODE = "gke-prod-euw1-pool-b-7f3c2a1d-q9zt"
question(I, "Several pods were Evicted in the last hour in the prod GKE cluster and keep getting rescheduled; a couple of them are ours (orders namespace). What is the root cause?")
write(I, "files/kubectl-get-nodes.txt", dedent(f"""
NAME                                  STATUS   ROLES    AGE    VERSION
gke-prod-euw1-pool-a-1c9e4b7f-2mkd    Ready    <none>   37d    v1.31.6-gke.1020000
gke-prod-euw1-pool-a-1c9e4b7f-h8tx    Ready    <none>   37d    v1.31.6-gke.1020000
gke-prod-euw1-pool-a-1c9e4b7f-wq3n    Ready    <none>   37d    v1.31.6-gke.1020000
gke-prod-euw1-pool-b-7f3c2a1d-7bvl    Ready    <none>   12d    v1.31.6-gke.1020000
{NODE}    Ready    <none>   12d    v1.31.6-gke.1020000
"""))
pods = []
rows = [("orders", "order-api-6f8d9c7b5-2kxvq", "0/1", "Evicted", "0", "54m", NODE),
        ("orders", "order-api-6f8d9c7b5-9tzrw", "1/1", "Running", "0", "53m", "gke-prod-euw1-pool-a-1c9e4b7f-h8tx"),
        ("orders", "order-api-6f8d9c7b5-hq4mn", "0/1", "Evicted", "0", "31m", NODE),
        ("orders", "order-api-6f8d9c7b5-p7dxs", "1/1", "Running", "0", "30m", "gke-prod-euw1-pool-a-1c9e4b7f-2mkd"),
        ("orders", "order-worker-7c5b8d9f6-ld2vk", "0/1", "Evicted", "0", "47m", NODE),
        ("orders", "order-worker-7c5b8d9f6-xq8mj", "1/1", "Running", "0", "46m", "gke-prod-euw1-pool-b-7f3c2a1d-7bvl"),
        ("ledger", "ledger-sync-5d9c7f8b6-vz6kt", "0/1", "Evicted", "0", "39m", NODE),
        ("ledger", "ledger-sync-5d9c7f8b6-4wpbr", "1/1", "Running", "0", "38m", "gke-prod-euw1-pool-a-1c9e4b7f-wq3n"),
        ("etl", "clickhouse-loader-84b7c6d9f-zt5np", "1/1", "Running", "2 (3d ago)", "12d", NODE),
        ("kube-system", "fluentbit-gke-x9k2d", "2/2", "Running", "0", "12d", NODE),
        ("kube-system", "fluentbit-gke-m4p7r", "2/2", "Running", "0", "37d", "gke-prod-euw1-pool-a-1c9e4b7f-h8tx"),
        ("monitoring", "blackbox-exporter-6c8b7d5f9-2njxk", "0/1", "CrashLoopBackOff", "14 (2m ago)", "49m", "gke-prod-euw1-pool-a-1c9e4b7f-wq3n"),
        ("orders", "redis-orders-0", "1/1", "Running", "0", "37d", "gke-prod-euw1-pool-a-1c9e4b7f-2mkd")]
s = "NAMESPACE     NAME                                  READY   STATUS             RESTARTS       AGE   NODE\n"
for r in rows:
    s += "%-13s %-37s %-7s %-18s %-14s %-5s %s\n" % r
write(I, "files/kubectl-get-pods-all-namespaces-wide.txt", s)
write(I, f"files/kubectl-describe-node-{NODE}.txt", dedent(f"""
Name:               {NODE}
Roles:              <none>
Labels:             cloud.google.com/gke-nodepool=pool-b
                    cloud.google.com/machine-family=n2
                    node.kubernetes.io/instance-type=n2-standard-8
                    topology.kubernetes.io/zone=europe-west1-c
CreationTimestamp:  Wed, 12 Nov 2025 09:18:44 +0000
Taints:             node.kubernetes.io/disk-pressure:NoSchedule
Unschedulable:      false
Conditions:
  Type                          Status  LastHeartbeatTime                 LastTransitionTime                Reason                          Message
  ----                          ------  -----------------                 ------------------                ------                          -------
  FrequentContainerdRestart     False   Mon, 24 Nov 2025 11:02:51 +0000   Wed, 12 Nov 2025 09:19:02 +0000   NoFrequentContainerdRestart     containerd is functioning properly
  KernelDeadlock                False   Mon, 24 Nov 2025 11:02:51 +0000   Wed, 12 Nov 2025 09:19:02 +0000   KernelHasNoDeadlock             kernel has no deadlock
  NetworkUnavailable            False   Wed, 12 Nov 2025 09:19:05 +0000   Wed, 12 Nov 2025 09:19:05 +0000   RouteCreated                    NodeController create implicit route
  MemoryPressure                False   Mon, 24 Nov 2025 11:03:40 +0000   Wed, 12 Nov 2025 09:18:44 +0000   KubeletHasSufficientMemory      kubelet has sufficient memory available
  DiskPressure                  True    Mon, 24 Nov 2025 11:03:40 +0000   Mon, 24 Nov 2025 10:08:12 +0000   KubeletHasDiskPressure          kubelet has disk pressure
  PIDPressure                   False   Mon, 24 Nov 2025 11:03:40 +0000   Wed, 12 Nov 2025 09:18:44 +0000   KubeletHasSufficientPID         kubelet has sufficient PID available
  Ready                         True    Mon, 24 Nov 2025 11:03:40 +0000   Wed, 12 Nov 2025 09:19:06 +0000   KubeletReady                    kubelet is posting ready status. AppArmor enabled
Addresses:
  InternalIP:  10.132.0.57
  Hostname:    {NODE}
Capacity:
  cpu:                8
  ephemeral-storage:  98831908Ki
  memory:             32870748Ki
  pods:               110
Allocatable:
  cpu:                7910m
  ephemeral-storage:  47060071478
  memory:             29131612Ki
  pods:               110
Non-terminated Pods:          (3 in total)
  Namespace                   Name                                 CPU Requests  CPU Limits  Memory Requests  Memory Limits  Age
  ---------                   ----                                 ------------  ----------  ---------------  -------------  ---
  etl                         clickhouse-loader-84b7c6d9f-zt5np    2 (25%)       4 (50%)     4Gi (14%)        8Gi (28%)      12d
  kube-system                 fluentbit-gke-x9k2d                  100m (1%)     0 (0%)      200Mi (0%)       500Mi (1%)     12d
  kube-system                 kube-proxy-{NODE}   100m (1%)     0 (0%)      0 (0%)           0 (0%)         12d
Allocated resources:
  Resource           Requests      Limits
  --------           --------      ------
  cpu                2200m (27%)   4 (50%)
  memory             4296Mi (15%)  8692Mi (30%)
  ephemeral-storage  0 (0%)        0 (0%)
Events:
  Type     Reason                 Age                  From     Message
  ----     ------                 ----                 ----     -------
  Warning  FreeDiskSpaceFailed    58m                  kubelet  Failed to garbage collect required amount of images. Attempted to free 14871265280 bytes, but only found 0 bytes eligible to free.
  Normal   NodeHasDiskPressure    55m                  kubelet  Node {NODE} status is now: NodeHasDiskPressure
  Warning  EvictionThresholdMet   55m (x9 over 58m)    kubelet  Attempting to reclaim ephemeral-storage
  Warning  FreeDiskSpaceFailed    3m (x11 over 53m)    kubelet  Failed to garbage collect required amount of images. Attempted to free 13990426112 bytes, but only found 0 bytes eligible to free.
"""))
write(I, "files/node-df-and-du.txt", dedent(f"""
$ gcloud compute ssh {NODE} -- sudo df -h / /var/lib/containerd
Filesystem      Size  Used Avail Use% Mounted on
/dev/sda1        95G   91G  3.9G  96% /
/dev/sda1        95G   91G  3.9G  96% /var/lib/containerd

$ sudo du -xsh /var/log/pods/* 2>/dev/null | sort -h | tail -5
24M     /var/log/pods/kube-system_fluentbit-gke-x9k2d_3f1e...
61M     /var/log/pods/kube-system_kube-proxy-{NODE}_9a2c...
118M    /var/log/pods/orders_order-worker-7c5b8d9f6-ld2vk_c81b...
3.1G    /var/log/pods/ledger_ledger-sync-5d9c7f8b6-vz6kt_77d0...
5.2G    /var/log/pods/orders_order-api-6f8d9c7b5-hq4mn_0b4e...

$ sudo du -xsh /var/lib/kubelet/pods/*/volumes/kubernetes.io~empty-dir/* 2>/dev/null | sort -h | tail -3
1.2G    /var/lib/kubelet/pods/5c0e.../volumes/kubernetes.io~empty-dir/tmp
2.4G    /var/lib/kubelet/pods/8d7f.../volumes/kubernetes.io~empty-dir/cache
61G     /var/lib/kubelet/pods/e41a.../volumes/kubernetes.io~empty-dir/spool   # clickhouse-loader-84b7c6d9f-zt5np
"""))
write(I, "files/kubectl-get-events-orders.txt", dedent(f"""
LAST SEEN   TYPE      REASON      OBJECT                             MESSAGE
54m         Warning   Evicted     pod/order-api-6f8d9c7b5-2kxvq      The node was low on resource: ephemeral-storage. Threshold quantity: 9882190848, available: 4017712Ki. Container order-api was using 412Ki, request is 0, has larger consumption of ephemeral-storage.
47m         Warning   Evicted     pod/order-worker-7c5b8d9f6-ld2vk   The node was low on resource: ephemeral-storage. Threshold quantity: 9882190848, available: 3961184Ki. Container order-worker was using 118Mi, request is 0, has larger consumption of ephemeral-storage.
31m         Warning   Evicted     pod/order-api-6f8d9c7b5-hq4mn      The node was low on resource: ephemeral-storage. Threshold quantity: 9882190848, available: 4102256Ki. Container order-api was using 5.2Gi, request is 0, has larger consumption of ephemeral-storage.
31m         Normal    Killing     pod/order-api-6f8d9c7b5-hq4mn      Stopping container order-api
30m         Normal    Scheduled   pod/order-api-6f8d9c7b5-p7dxs      Successfully assigned orders/order-api-6f8d9c7b5-p7dxs to gke-prod-euw1-pool-a-1c9e4b7f-2mkd
"""))
answer(I,
    f"Node {NODE} is under disk pressure (root disk 96% full, mostly a 61G emptyDir spool written by clickhouse-loader), so the kubelet evicts pods to reclaim ephemeral-storage; the evicted order pods are victims.",
    [[NODE, "q9zt", "clickhouse-loader", "emptydir", "empty-dir", "spool"],
     ["diskpressure", "disk pressure", "disk", "ephemeral-storage", "ephemeral storage", "storage"]],
    ["memorypressure", "memory pressure", "OOM*", "blackbox-exporter", "CrashLoopBackOff"],
    f"node {NODE} (root disk / ephemeral storage, clickhouse-loader emptyDir)",
    "infrastructure")

# ---------------------------------------------------------------- ho-007
I = "ho-007"
question(I, "ledger-reconciler in namespace recon keeps restarting since 06:00 and today's reconciliation hasn't finished. What is the root cause?")
write(I, "files/kubectl-get-pods-recon.txt", dedent("""
NAME                                 READY   STATUS             RESTARTS       AGE
ledger-reconciler-6b9d8f7c5-8qwlz    0/1     CrashLoopBackOff   6 (2m11s ago)  3d
recon-api-5f7c9b8d6-2vhtn            1/1     Running            0              3d
recon-api-5f7c9b8d6-xk4pr            1/1     Running            0              3d
"""))
write(I, "files/kubectl-describe-pod-ledger-reconciler-6b9d8f7c5-8qwlz.txt", dedent("""
Name:             ledger-reconciler-6b9d8f7c5-8qwlz
Namespace:        recon
Node:             ip-10-40-11-92.ap-southeast-2.compute.internal/10.40.11.92
Start Time:       Fri, 21 Nov 2025 05:12:33 +0000
Labels:           app=ledger-reconciler
Status:           Running
Controlled By:    ReplicaSet/ledger-reconciler-6b9d8f7c5
Containers:
  reconciler:
    Image:          123456789012.dkr.ecr.ap-southeast-2.amazonaws.com/recon/ledger-reconciler:2025.11.3
    Port:           8000/TCP
    State:          Waiting
      Reason:       CrashLoopBackOff
    Last State:     Terminated
      Reason:       OOMKilled
      Exit Code:    137
      Started:      Mon, 24 Nov 2025 07:41:02 +0000
      Finished:     Mon, 24 Nov 2025 07:43:39 +0000
    Ready:          False
    Restart Count:  6
    Limits:
      cpu:     2
      memory:  1536Mi
    Requests:
      cpu:      500m
      memory:   1Gi
    Liveness:   http-get http://:8000/livez delay=30s timeout=3s period=20s #success=1 #failure=3
    Environment:
      SETTLEMENT_BUCKET:  s3://acme-settlements-prod/daily/
      CHUNK_ROWS:         0
Events:
  Type     Reason     Age                 From     Message
  ----     ------     ----                ----     -------
  Warning  Unhealthy  96m                 kubelet  Liveness probe failed: Get "http://10.40.11.201:8000/livez": context deadline exceeded (Client.Timeout exceeded while awaiting headers)
  Normal   Pulled     4m (x7 over 102m)   kubelet  Container image "123456789012.dkr.ecr.ap-southeast-2.amazonaws.com/recon/ledger-reconciler:2025.11.3" already present on machine
  Warning  BackOff    2m11s (x21 over 98m) kubelet Back-off restarting failed container reconciler in pod ledger-reconciler-6b9d8f7c5-8qwlz_recon(8e2f...)
"""))
write(I, "files/logs-ledger-reconciler-previous.log", dedent("""
[2025-11-24 07:41:04,220] INFO reconciler.main: ledger-reconciler 2025.11.3 starting (python 3.11.9, pandas 2.2.3)
[2025-11-24 07:41:04,221] INFO reconciler.main: memory limit detected from cgroup: 1536 MiB
[2025-11-24 07:41:04,803] INFO reconciler.s3: listing s3://acme-settlements-prod/daily/ for 2025-11-23
[2025-11-24 07:41:05,011] INFO reconciler.s3: found settlements-2025-11-23.csv size=3.41 GiB (previous day 412.7 MiB)
[2025-11-24 07:41:05,012] INFO reconciler.s3: downloading to /tmp/settlements-2025-11-23.csv
[2025-11-24 07:42:20,557] INFO reconciler.s3: download complete in 75.5s
[2025-11-24 07:42:20,558] INFO reconciler.load: reading settlements-2025-11-23.csv into DataFrame (chunk_rows=0 -> whole file)
[2025-11-24 07:42:58,114] WARNING reconciler.load: column 'merchant_ref' has mixed types; consider dtype=str
[2025-11-24 07:43:31,902] INFO reconciler.metrics: rss=1391MiB
"""))
write(I, "files/logs-ledger-reconciler-previous-day.log", dedent("""
[2025-11-23 06:00:03,115] INFO reconciler.s3: found settlements-2025-11-22.csv size=412.7 MiB (previous day 398.1 MiB)
[2025-11-23 06:00:14,882] INFO reconciler.load: reading settlements-2025-11-22.csv into DataFrame (chunk_rows=0 -> whole file)
[2025-11-23 06:00:31,004] INFO reconciler.metrics: rss=702MiB
[2025-11-23 06:03:47,551] INFO reconciler.match: matched 2,118,402 of 2,118,977 rows; 575 exceptions written
[2025-11-23 06:03:48,012] INFO reconciler.main: run complete in 225.4s
"""))
write(I, "files/node-dmesg-ip-10-40-11-92.txt", dedent("""
[1893201.402118] python invoked oom-killer: gfp_mask=0xcc0(GFP_KERNEL), order=0, oom_score_adj=985
[1893201.402190] memory: usage 1572864kB, limit 1572864kB, failcnt 3311
[1893201.402205] Memory cgroup stats for /kubepods.slice/kubepods-burstable.slice/kubepods-burstable-pod8e2f.slice/cri-containerd-41c7.scope:
[1893201.402561] Memory cgroup out of memory: Killed process 2113877 (python) total-vm:2311240kB, anon-rss:1566420kB, file-rss:5120kB, shmem-rss:0kB, UID:10001 pgtables:3312kB oom_score_adj:985
"""))
answer(I,
    "The reconciler is OOMKilled (exit code 137) because it loads the whole 3.41 GiB settlements-2025-11-23.csv into a pandas DataFrame (8x the usual file), which exceeds its 1536Mi memory limit.",
    [["OOM*", "out of memory", "out-of-memory", "137", "memory limit", "1536Mi"],
     ["csv", "file", "settlement*", "dataframe", "pandas", "3.41", "large", "input", "load*"]],
    ["liveness", "memory leak", "leak*", "mixed types"],
    "deployment ledger-reconciler (memory limit vs input size)",
    "resource_exhaustion")
print("ok infra")
