#!/usr/bin/env bash
# The data service under its targets, through the HTTP API of a real server on this machine:
#  1. wall time of one 10 MB log upload (receive + SHA-256, decode, classify, redact, log analysis, store), RUNS times, each into
#     a new case so the content cache does not answer;
#  2. the server's resident memory before the uploads and at its peak (VmHWM);
#  3. /health/live latency (p50/p99, one request at a time) while 10 uploads of 10 MB run at once, against the same probe on the
#     idle server measured just before.
# The log mixes four Loghub samples (HDFS, Spark, Zookeeper, OpenSSH) at random.
#   RUNS=5 SETTLE=3 bench/data/upload.sh [PORT]   (RUNS uploads, default 3; SETTLE seconds after start before measuring, default 3)
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
./fm --help > /dev/null
FM_PORT=$port FM_LOG_LEVEL=Warning ./fm serve --data-dir "$out/data" > "$out/serve.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null' EXIT
until curl -sf "localhost:$port/health/live" >/dev/null; do sleep 0.5; done
# Let the start-up warm-up finish (FM_DATA_WARMUP) so the baseline and the first upload see the server as it runs in an incident.
sleep "${SETTLE:-3}"
rss_before=$(awk '/VmRSS/ {print $2}' /proc/$server/status)
new_case() { curl -s -XPOST "localhost:$port/api/v1/cases" -H 'content-type: application/json' -d '{"title":"bench"}' | python3 -c "import json,sys;print(json.load(sys.stdin)['id'])"; }
for i in $(seq 1 "${RUNS:-3}"); do
  case_id=$(new_case)
  curl -s -o "$out/upload.json" -w "10 MB log upload $i: %{time_total} s, HTTP %{http_code}\n" -F "file=@$out/log10.log" "localhost:$port/api/v1/cases/$case_id/data"
done
peak=$(awk '/VmHWM/ {print $2}' /proc/$server/status)
echo "server RSS before uploads: $((rss_before / 1024)) MB; peak RSS after ${RUNS:-3} sequential uploads: $((peak / 1024)) MB (extra $(((peak - rss_before) / 1024)) MB for a 10 MB file)"

python3 - "$port" "$out/log10.log" <<'PY'
import json, subprocess, sys, time, urllib.request
port, log = sys.argv[1], sys.argv[2]
def probe(seconds):
    lat, end = [], time.time() + seconds
    while time.time() < end:
        t = time.perf_counter(); urllib.request.urlopen(f"http://127.0.0.1:{port}/health/live").read(); lat.append((time.perf_counter() - t) * 1000)
    lat.sort(); return lat[len(lat) // 2], lat[int(len(lat) * 0.99)], len(lat)
idle = probe(3)
cases = []
for _ in range(10):
    req = urllib.request.Request(f"http://127.0.0.1:{port}/api/v1/cases", data=b'{"title":"load"}', headers={"content-type": "application/json"})
    cases.append(json.load(urllib.request.urlopen(req))["id"])
uploads = [subprocess.Popen(["curl", "-s", "-o", "/dev/null", "-w", "%{http_code} %{time_total}\n", "-F", f"file=@{log}", f"http://127.0.0.1:{port}/api/v1/cases/{c}/data"], stdout=subprocess.PIPE, text=True) for c in cases]
start = time.time()
busy = []
while any(u.poll() is None for u in uploads):
    t = time.perf_counter(); urllib.request.urlopen(f"http://127.0.0.1:{port}/health/live").read(); busy.append((time.perf_counter() - t) * 1000)
results = [u.communicate()[0].split() for u in uploads]
busy.sort()
print(f"/health/live idle: p50 {idle[0]:.1f} ms, p99 {idle[1]:.1f} ms ({idle[2]} probes)")
print(f"/health/live during 10 concurrent 10 MB uploads ({time.time() - start:.1f} s, statuses {sorted(set(r[0] for r in results))}, slowest upload {max(float(r[1]) for r in results):.1f} s): "
      f"p50 {busy[len(busy) // 2]:.1f} ms, p99 {busy[int(len(busy) * 0.99)]:.1f} ms ({len(busy)} probes)")
PY
peak=$(awk '/VmHWM/ {print $2}' /proc/$server/status)
echo "peak RSS after the concurrent uploads: $((peak / 1024)) MB"
