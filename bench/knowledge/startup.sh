#!/usr/bin/env bash
# Start-up time and memory of a server whose knowledge base holds about CHUNKS chunks (the runbook corpus repeated with new ids),
# imported through the bulk API into the embedded SQLite store, then loaded into the in-memory index at the next start.
#   bench/knowledge/startup.sh [COPIES] [PORT]     (default 20 copies ≈ 100k chunks)
set -euo pipefail
cd "$(dirname "$0")/../.."
copies=${1:-20}
port=${2:-18121}
out=artifacts/bench/knowledge
rm -rf "$out/data" && mkdir -p "$out"
./fm --help > /dev/null
start_server() {
  FM_PORT=$port FM_LOG_LEVEL=Information FM_DATA_WARMUP=false ./fm serve --data-dir "$out/data" > "$out/serve.log" 2>&1 &
  server=$!
}
trap 'kill $server 2>/dev/null' EXIT
start_server
until curl -sf "localhost:$port/health/live" > /dev/null; do sleep 0.2; done
python3 - "$port" "$copies" <<'PY'
import json, sys, time, urllib.request
port, copies = sys.argv[1], int(sys.argv[2])
docs = [json.loads(l) for l in open("../shared/data/runbooks/corpus.jsonl")]
start, total = time.time(), 0
for c in range(copies):
    batch = [{"id": d["id"] if c == 0 else f'{d["id"]}~{c}', "title": d["title"], "text": d["text"] if c == 0 else d["text"] + f"\n\ncopy {c}\n", "source": d.get("source")} for d in docs]
    for i in range(0, len(batch), 200):
        req = urllib.request.Request(f"http://127.0.0.1:{port}/api/v1/knowledge/documents/bulk", data=json.dumps(batch[i:i + 200]).encode(), headers={"content-type": "application/json"})
        # Each result is {"id", "title", "document": {…, "chunks"}} or {"id", "title", "error"}.
        for r in json.load(urllib.request.urlopen(req, timeout=600)):
            total += (r.get("document") or {}).get("chunks") or 0
if total == 0:
    sys.exit("the bulk API reported no chunks")
print(f"imported {copies * len(docs)} documents, {total} chunks through the bulk API in {time.time() - start:.1f} s = {total / (time.time() - start):.0f} chunks/s")
PY
kill $server; wait $server 2>/dev/null || true
t0=$(date +%s.%N)
start_server
until curl -sf "localhost:$port/health/live" > /dev/null; do sleep 0.05; done
t1=$(date +%s.%N)
echo "restart until /health/live answers: $(python3 -c "print(f'{$t1 - $t0:.2f}')") s; $(grep -o 'Knowledge base loaded[^"]*' "$out/serve.log" | head -1)"
echo "server RSS after start: $(( $(awk '/VmRSS/ {print $2}' /proc/$server/status) / 1024 )) MB"
kill $server
