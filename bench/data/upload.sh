#!/usr/bin/env bash
# Time of one 10 MB log upload through the HTTP API (classify + redact + analyse + store), three runs, each into a new case
# so the content cache does not answer. The log mixes four Loghub samples (HDFS, Spark, Zookeeper, OpenSSH) at random.
#   bench/data/upload.sh [PORT]
set -euo pipefail
cd "$(dirname "$0")/../.."
port=${1:-18081}
out=artifacts/bench/data
mkdir -p "$out"
python3 - "$out/log10.log" <<'PY'
import random, sys
src = [l for f in ["HDFS", "Spark", "Zookeeper", "OpenSSH"] for l in open(f"../shared/data/loghub2k/{f}/{f}_2k.log", encoding="utf-8", errors="replace")]
rng = random.Random(1); n = 0
with open(sys.argv[1], "w") as out:
    while n < 10 * 1024 * 1024:
        line = rng.choice(src); out.write(line); n += len(line)
PY
rm -rf "$out/data"
FM_PORT=$port FM_LOG_LEVEL=Warning ./fm serve --data-dir "$out/data" > "$out/serve.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null' EXIT
until curl -sf "localhost:$port/health/live" >/dev/null; do sleep 0.5; done
for i in 1 2 3; do
  case_id=$(curl -s -XPOST "localhost:$port/api/v1/cases" -H 'content-type: application/json' -d '{"title":"bench"}' | python3 -c "import json,sys;print(json.load(sys.stdin)['id'])")
  curl -s -o "$out/upload.json" -w "10 MB log upload $i: %{time_total} s, HTTP %{http_code}\n" -F "file=@$out/log10.log" "localhost:$port/api/v1/cases/$case_id/data"
done
