#!/usr/bin/env bash
# Start-up with persisted vectors (issue 22): about CHUNKS chunks imported through the bulk API with embeddings off, every document
# then given random 384-dimension vectors in the store under the local model's signature (embedding 100k real chunks takes hours
# here; reading them back costs the same), then a restart with the local embedder: time until /health/live, until every vector is
# back in the index (status ready, search hybrid; the model itself is never loaded), and the server's memory.
#   bench/knowledge/startup-vectors.sh [COPIES] [PORT]     (default 20 copies ≈ 100k chunks)
# KEEP=DIR keeps the prepared data directory there, or starts from it when it is already there (before/after runs of two builds
# read the same database and skip the import).
set -euo pipefail
cd "$(dirname "$0")/../.."
copies=${1:-20}
port=${2:-18122}
out=artifacts/bench/knowledge-vectors
rm -rf "$out" && mkdir -p "$out"
nice -n 19 ./fm --help > /dev/null
keep=${KEEP:-}
# The benchmark needs no web app (and must not build one).
web=$(mktemp -d) && echo '<html></html>' > "$web/index.html"
start_server() {
  FM_WEB_ROOT=$web FM_PORT=$port FM_LOG_LEVEL=Information FM_DATA_WARMUP=false FM_EMBEDDINGS=$1 nice -n 19 ./fm serve --data-dir "$out/data" > "$out/serve-$1.log" 2>&1 &
  server=$!
}
trap 'kill $server 2>/dev/null; rm -rf "$web"' EXIT
if [[ -n "$keep" && -f "$keep/chunks.json" ]]; then
  cp -r "$keep/data" "$keep/chunks.json" "$out/"
  echo "prepared data from $keep"
else
start_server off
until curl -sf "localhost:$port/health/live" > /dev/null; do sleep 0.2; done
python3 - "$port" "$copies" "$out/data" <<'PY'
import hashlib, json, os, random, sqlite3, struct, sys, time, urllib.request
port, copies, data = sys.argv[1], int(sys.argv[2]), sys.argv[3]
docs = [json.loads(l) for l in open("../shared/data/runbooks/corpus.jsonl")]
start, chunks = time.time(), {}
for c in range(copies):
    batch = [{"id": d["id"] if c == 0 else f'{d["id"]}~{c}', "title": d["title"], "text": d["text"] if c == 0 else d["text"] + f"\n\ncopy {c}\n", "source": d.get("source")} for d in docs]
    for i in range(0, len(batch), 200):
        req = urllib.request.Request(f"http://127.0.0.1:{port}/api/v1/knowledge/documents/bulk", data=json.dumps(batch[i:i + 200]).encode(), headers={"content-type": "application/json"})
        for sent, r in zip(batch[i:i + 200], json.load(urllib.request.urlopen(req, timeout=600))):
            chunks[sent["id"]] = (r.get("document") or {}).get("chunks") or 0
print(f"imported {len(chunks)} documents, {sum(chunks.values())} chunks in {time.time() - start:.1f} s")
if sum(chunks.values()) == 0:
    sys.exit("the bulk API reported no chunks")
json.dump(chunks, open(os.path.join(os.path.dirname(data), "chunks.json"), "w"))
PY
kill $server; wait $server 2>/dev/null || true
python3 - "$out/data" <<'PY'
import glob, hashlib, json, os, random, sqlite3, struct, sys, time
data = sys.argv[1]
chunks = json.load(open(os.path.join(os.path.dirname(data), "chunks.json")))
db = next(p for p in glob.glob(os.path.join(data, "**", "*.db"), recursive=True)
          if sqlite3.connect(p).execute("SELECT count(*) FROM sqlite_master WHERE name = 'knowledge_vectors'").fetchone()[0])
con = sqlite3.connect(db)
def get(o, k): return o[k] if k in o else o[k[0].upper() + k[1:]]
rnd, rows = random.Random(42), []
for id_, doc in con.execute("SELECT id, document FROM knowledge_documents"):
    text = get(get(json.loads(doc), "document"), "text")
    n = chunks[id_]
    blob = struct.pack("<ii", n, 384) + struct.pack(f"<{n * 384}f", *(rnd.random() - 0.5 for _ in range(n * 384)))
    rows.append((id_, hashlib.sha256(text.encode()).hexdigest(), "arctic-embed-xs|2000|200|150", blob))
con.executemany("INSERT OR REPLACE INTO knowledge_vectors (document_id, content_hash, signature, vectors) VALUES (?, ?, ?, ?)", rows)
con.commit()
print(f"stored vectors for {len(rows)} documents, {sum(chunks.values())} chunks ({os.path.getsize(db) / 1048576:.0f} MB database)")
PY
if [[ -n "$keep" ]]; then
  mkdir -p "$keep" && cp -r "$out/data" "$out/chunks.json" "$keep/"
fi
fi
t0=$(date +%s.%N)
start_server local
until curl -sf "localhost:$port/health/live" > /dev/null; do sleep 0.05; done
t1=$(date +%s.%N)
cpu_live=$(awk '{print ($14 + $15) / 100}' /proc/$server/stat)
until curl -sf "localhost:$port/api/v1/knowledge/status" | python3 -c "import json,sys; s=json.load(sys.stdin); sys.exit(0 if s['state'] == 'ready' and s['search'] == 'hybrid' else 1)"; do sleep 0.1; done
t2=$(date +%s.%N)
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "restart until /health/live: $(python3 -c "print(f'{$t1 - $t0:.2f}')") s; until every vector is back (status ready, search hybrid): $(python3 -c "print(f'{$t2 - $t0:.2f}')") s"
echo "status: $(curl -sf "localhost:$port/api/v1/knowledge/status")"
echo "CPU of the process at /health/live: $cpu_live s; from then until hybrid: $(awk -v live="$cpu_live" '{print ($14 + $15) / 100 - live}' /proc/$server/stat) s"
echo "server RSS: $(( $(awk '/VmRSS/ {print $2}' /proc/$server/status) / 1024 )) MB, peak $(( $(awk '/VmHWM/ {print $2}' /proc/$server/status) / 1024 )) MB; CPU $(awk '{print ($14 + $15) / 100}' /proc/$server/stat) s"
grep -o 'Knowledge base loaded[^"]*' "$out/serve-local.log" | head -1 || true
kill $server
