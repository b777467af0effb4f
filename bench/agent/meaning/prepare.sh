#!/usr/bin/env bash
# A knowledge base for the constructed incidents of bench/agent/meaning: the embedded runbook corpus (KB_DATA, copied, never
# changed) plus the team runbooks in runbooks/ (ids team/<file name>), imported through a real server over the copy, which embeds
# them with the local model before it stops.
#   bench/agent/meaning/prepare.sh OUT_DIR [PORT]      then: KB_DATA=OUT_DIR bench/agent/with-runbooks.sh bench/agent/meaning/incidents
set -euo pipefail
cd "$(dirname "$0")/../../.."
out=${1:?usage: prepare.sh OUT_DIR [PORT]}
port=${2:-18237}
kb=${KB_DATA:-/tmp/evals/data-arctic}
read -r -a fm <<< "${FM:-./fm}"
rm -rf "$out" && cp -r "$kb" "$out" && rm -f "$out/faultmaven.lock"
mkdir -p "$out.web" && echo "<!doctype html>" > "$out.web/index.html"   # a placeholder web root: fm serve then builds no web app
FM_WEB_ROOT="$out.web" FM_PORT=$port FM_DATA_WARMUP=false "${fm[@]}" serve --data-dir "$out" > "$out.serve.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true' EXIT
for _ in $(seq 600); do curl -sf "localhost:$port/health/live" > /dev/null && break; sleep 0.5; done
python3 - "$port" bench/agent/meaning/runbooks <<'PY'
import json, os, sys, time, urllib.request
port, folder = sys.argv[1], sys.argv[2]
docs = [{"id": "team/" + f[:-3], "text": open(os.path.join(folder, f)).read(), "source": f} for f in sorted(os.listdir(folder)) if f.endswith(".md")]
req = urllib.request.Request(f"http://127.0.0.1:{port}/api/v1/knowledge/documents/bulk", data=json.dumps(docs).encode(), headers={"content-type": "application/json"})
results = json.load(urllib.request.urlopen(req, timeout=600))
if any(r.get("error") for r in results):
    sys.exit(f"import failed: {results}")
for _ in range(1200):
    status = json.load(urllib.request.urlopen(f"http://127.0.0.1:{port}/api/v1/knowledge/status", timeout=60))
    if status["state"] == "ready" and status["search"] == "hybrid":
        print(f"{len(docs)} team runbooks imported; {status['chunksWithVectors']} chunks with vectors")
        break
    time.sleep(0.5)
else:
    sys.exit(f"vectors not ready: {status}")
PY
