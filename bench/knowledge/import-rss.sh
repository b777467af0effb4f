#!/usr/bin/env bash
# Peak resident memory of a server while N knowledge imports of 10 MB are sent at once (issue 18, hostile pass D2), for one or
# two builds in the same run: the server's VmRSS after start and its VmHWM once every import has been answered, with each
# import's HTTP status (201 imported, 503 queue full: retry).
#   bench/knowledge/import-rss.sh [FM_DLL ...]   (default: the ./fm build; N=4 imports, PORT=18091)
# e.g. bench/knowledge/import-rss.sh /tmp/before/fm.dll artifacts/fm/fm.dll
set -euo pipefail
cd "$(dirname "$0")/../.."
out=artifacts/bench/import-rss
mkdir -p "$out"
port=${PORT:-18091}
n=${N:-4}
python3 - "$out" "$n" <<'PY'
import random, sys
out, n = sys.argv[1], int(sys.argv[2])
words = "disk full node kubelet evicted pod memory pressure restart service latency timeout database connection pool exhausted".split()
for i in range(n):
    rng = random.Random(i)
    with open(f"{out}/doc{i}.md", "w") as f:
        size = 0
        section = 0
        while size < 10 * 1024 * 1024:
            section += 1
            text = f"## Step {section}\n\n" + " ".join(rng.choice(words) for _ in range(120)) + f" {rng.random()}\n\n"
            f.write(text); size += len(text)
PY
dlls=("$@")
if [[ ${#dlls[@]} -eq 0 ]]; then ./fm --help > /dev/null; dlls=(artifacts/fm/fm.dll); fi
for dll in "${dlls[@]}"; do
  rm -rf "$out/data"
  FM_PORT=$port FM_LOG_LEVEL=Warning FM_EMBEDDINGS=off dotnet "$dll" serve --data-dir "$out/data" > "$out/serve.log" 2>&1 &
  server=$!
  until curl -sf "localhost:$port/health/live" >/dev/null; do sleep 0.5; done
  sleep 3
  rss=$(awk '/VmRSS/ {print $2}' /proc/$server/status)
  pids=()
  for i in $(seq 0 $((n - 1))); do
    curl -s -o /dev/null -w "%{http_code} " -F "file=@$out/doc$i.md" -F "kind=runbook" "localhost:$port/api/v1/knowledge/documents" > "$out/status$i" &
    pids+=($!)
  done
  wait "${pids[@]}"
  peak=$(awk '/VmHWM/ {print $2}' /proc/$server/status)
  echo "$dll: RSS after start $((rss / 1024)) MB, peak during $n concurrent 10 MB imports $((peak / 1024)) MB; statuses: $(cat "$out"/status*)"
  kill $server; wait $server 2>/dev/null || true
done
