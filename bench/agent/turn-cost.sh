#!/usr/bin/env bash
# What one agent turn costs as a case's evidence grows (issue 16): a real server (embedded stores, offline engine), one case with a
# 40 KB log and one with a 40 MB log of the same lines (Loghub samples mixed, one cause line in the middle); the upload is analysed
# once, then RUNS follow-up turns on each case are timed (no new evidence: the turn reads the stored analyses). Ratio large/small.
#   RUNS=10 bench/agent/turn-cost.sh [PORT]
set -euo pipefail
cd "$(dirname "$0")/../.."
port=${1:-18082}
runs=${RUNS:-10}
out=artifacts/bench/turn-cost
rm -rf "$out" && mkdir -p "$out"
python3 - "$out" <<'PY'
import random, sys
src = [l for f in ["HDFS", "Spark", "Zookeeper", "OpenSSH"] for l in open(f"../shared/data/loghub2k/{f}/{f}_2k.log", encoding="utf-8", errors="replace")]
cause = "2026-12-05 03:12:44 ERROR billing-worker: connection pool exhausted (active=50, idle=0, waiting=212)\n"
for name, size in (("small.log", 40 * 1024), ("large.log", 40 * 1024 * 1024)):
    rng = random.Random(1); n = 0; half = False
    with open(f"{sys.argv[1]}/{name}", "w") as out:
        while n < size:
            if not half and n >= size // 2:
                out.write(cause); half = True
            line = rng.choice(src); out.write(line); n += len(line)
PY
./fm --help > /dev/null
FM_PORT=$port FM_LOG_LEVEL=Warning FM_MAX_UPLOAD_BYTES=104857600 FM_MAX_REQUEST_BODY_BYTES=104857600 ./fm serve --data-dir "$out/data" > "$out/serve.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null' EXIT
until curl -sf "localhost:$port/health/live" >/dev/null; do sleep 0.5; done
sleep 3
for kind in small large; do
  start=$(date +%s.%N)
  case=$(curl -sf -X POST "localhost:$port/api/v1/agent/query" -F message='why does billing fail?' -F "file=@$out/$kind.log" | python3 -c 'import json,sys; print(json.load(sys.stdin)["caseId"])')
  printf '%-5s first turn with the upload: %6.2f s\n' "$kind" "$(echo "$(date +%s.%N) - $start" | bc)"
  for i in $(seq "$runs"); do
    curl -sf -o /dev/null -w '%{time_total}\n' -X POST "localhost:$port/api/v1/cases/$case/turns" -H 'content-type: application/json' \
      -d '{"message":"and what should we check next?"}'
  done > "$out/$kind.times"
done
python3 - "$out" <<'PY'
import statistics, sys
t = {k: sorted(float(x) for x in open(f"{sys.argv[1]}/{k}.times")) for k in ("small", "large")}
for k, v in t.items():
    print(f"{k:5} follow-up turn: median {statistics.median(v)*1000:7.1f} ms, max {max(v)*1000:7.1f} ms over {len(v)} turns")
print(f"large / small (medians): {statistics.median(t['large']) / statistics.median(t['small']):.1f}")
PY
