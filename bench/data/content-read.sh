#!/usr/bin/env bash
# Read throughput of one 50 MB upload's stored text without and with FM_ENCRYPTION_KEY, through the HTTP API of real servers: two
# run side by side (plain on PORT, encrypted on PORT+1, each on a fresh data directory) and every measurement alternates between
# them, so load from anything else on the machine falls on both alike.
#  1. the whole text as text/plain, RUNS times each (MB/s of the median read);
#  2. the whole text in the streamed JSON form, RUNS times each;
#  3. 1,000 Range requests of 64 KiB at random offsets each, on one keep-alive connection per server, in alternating batches of 50
#     (requests per second).
# The log mixes four Loghub samples (HDFS, Spark, Zookeeper, OpenSSH) at random, as bench/data/upload.sh does.
#   RUNS=9 bench/data/content-read.sh [PORT]   (RUNS reads of each whole form, default 9)
set -euo pipefail
cd "$(dirname "$0")/../.."
port=${1:-18082}
out=artifacts/bench/content-read
mkdir -p "$out"
python3 - "$out/log50.log" <<'PY'
import random, sys
src = [l for f in ["HDFS", "Spark", "Zookeeper", "OpenSSH"] for l in open(f"../shared/data/loghub2k/{f}/{f}_2k.log", encoding="utf-8", errors="replace")]
rng = random.Random(1); n = 0
with open(sys.argv[1], "w") as out:
    while n < 50 * 1000 * 1000:
        line = rng.choice(src); out.write(line); n += len(line)
PY
./fm --help > /dev/null
servers=()
trap 'for s in "${servers[@]}"; do kill "$s" 2>/dev/null; done' EXIT
for mode in plain encrypted; do
  key= p=$port
  [[ $mode == encrypted ]] && key=$(openssl rand -base64 32) p=$((port + 1))
  rm -rf "$out/data-$mode"
  FM_ENCRYPTION_KEY=$key FM_MAX_UPLOAD_BYTES=$((64 << 20)) FM_RATE_LIMIT_PER_MINUTE=0 FM_PORT=$p FM_LOG_LEVEL=Warning \
    ./fm serve --data-dir "$out/data-$mode" > "$out/serve-$mode.log" 2>&1 &
  servers+=($!)
  until curl -sf "localhost:$p/health/live" >/dev/null; do sleep 0.5; done
done
python3 - "$port" "$out/log50.log" "${RUNS:-9}" <<'PY'
import http.client, json, random, statistics, sys, time
port, log, runs = int(sys.argv[1]), sys.argv[2], int(sys.argv[3])
modes = {"plain": port, "encrypted": port + 1}
conns = {m: http.client.HTTPConnection("127.0.0.1", p, timeout=600) for m, p in modes.items()}
def call(mode, method, path, body=None, headers={}):
    c = conns[mode]; c.request(method, path, body=body, headers=headers); r = c.getresponse(); return r, r.read()
content, texts = {}, {}
for mode in modes:
    case = json.loads(call(mode, "POST", "/api/v1/cases", b'{"title":"bench"}', {"content-type": "application/json"})[1])["id"]
    upload = json.loads(call(mode, "POST", f"/api/v1/cases/{case}/data?filename=big.log", open(log, "rb").read(), {"content-type": "text/plain"})[1])
    content[mode] = f"/api/v1/cases/{case}/data/{upload['id']}/content"
    texts[mode] = call(mode, "GET", content[mode], headers={"accept": "text/plain"})[1]
assert texts["plain"] == texts["encrypted"], "both servers must store the same redacted text"
size = len(texts["plain"])
sealed = open(f"artifacts/bench/content-read/data-encrypted/uploads/{content['encrypted'].split('/')[-2]}.txt", "rb").read(1) == b"\xff"
print(f"stored text: {size / 1e6:.1f} MB in each server; the encrypted server's file is sealed: {sealed}")
for accept, label in [("text/plain", "text/plain"), ("application/json", "JSON form")]:
    times = {m: [] for m in modes}
    for _ in range(runs):
        for mode in modes:
            t = time.perf_counter(); r, body = call(mode, "GET", content[mode], headers={"accept": accept}); times[mode].append(time.perf_counter() - t)
            assert r.status == 200, r.status
    for mode in modes:
        median = statistics.median(times[mode])
        print(f"{mode}: {label}, {len(body) / 1e6:.1f} MB: median {median:.3f} s = {len(body) / 1e6 / median:.0f} MB/s ({runs} reads)")
rng = random.Random(2)
elapsed = {m: 0.0 for m in modes}
for _ in range(20):
    starts = [rng.randrange(size - 65536) for _ in range(50)]
    for mode in modes:
        t = time.perf_counter()
        for start in starts:
            r, body = call(mode, "GET", content[mode], headers={"accept": "text/plain", "range": f"bytes={start}-{start + 65535}"})
            assert r.status == 206 and body == texts[mode][start:start + 65536], r.status
        elapsed[mode] += time.perf_counter() - t
for mode in modes:
    print(f"{mode}: 1000 random 64 KiB ranges: {1000 / elapsed[mode]:.0f} requests/s ({elapsed[mode]:.2f} ms each)")
PY
