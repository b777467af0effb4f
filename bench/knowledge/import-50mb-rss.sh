#!/usr/bin/env bash
# One knowledge import of a 48 MB Markdown runbook (sections with paragraphs, under the 50 MB default upload limit), for one or two
# builds in the same run: the server's VmRSS after start, its VmHWM once the import is answered, its VmRSS 15 s later, the status,
# the seconds to the answer and the chunk count. FM_EMBEDDINGS=off, so the figure is the import alone.
#   bench/knowledge/import-50mb-rss.sh [FM_DLL ...]   (default: the ./fm build; PORT=18093)
set -euo pipefail
cd "$(dirname "$0")/../.."
out=artifacts/bench/import-50mb
mkdir -p "$out"
port=${PORT:-18093}
python3 - "$out" <<'PY'
import random, sys
out = sys.argv[1]
words = "disk full node kubelet evicted pod memory pressure restart service latency timeout database connection pool exhausted".split()
rng = random.Random(50)
with open(f"{out}/doc.md", "w") as f:
    size, section = 0, 0
    while size < 48 * 1000 * 1000:
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
  answer=$(curl -s -o "$out/answer.json" -w "%{http_code} %{time_total}" -F "file=@$out/doc.md" -F "kind=runbook" "localhost:$port/api/v1/knowledge/documents")
  peak=$(awk '/VmHWM/ {print $2}' /proc/$server/status)
  sleep 15
  after=$(awk '/VmRSS/ {print $2}' /proc/$server/status)
  chunks=$(python3 -c "import json;print(json.load(open('$out/answer.json')).get('chunks'))" 2>/dev/null || echo "?")
  echo "$dll: RSS after start $((rss / 1024)) MB; status and seconds $answer; chunks $chunks; peak $((peak / 1024)) MB; RSS 15 s after the answer $((after / 1024)) MB"
  kill $server; wait $server 2>/dev/null || true
done
