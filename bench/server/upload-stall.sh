#!/usr/bin/env bash
# How long a small write waits behind one big upload on the embedded server (SQLite): starts `fm serve` on a free loopback port over
# a temporary data directory, uploads MB megabytes of `owner: First Last` lines with distinct names (each a new pseudonym), and while
# it runs creates a session every 0.25 s; prints the upload's time, the slowest session creation and the server's peak RSS.
# Usage: bench/server/upload-stall.sh FM_DLL [MB]   (e.g. artifacts/bin/FaultMaven.Cli/release/fm.dll 16; JIT builds: DOTNET_ReadyToRun=0)
set -euo pipefail
dll=$1 mb=${2:-4}
work=$(mktemp -d)
port=$(python3 -c "import socket; s = socket.socket(); s.bind(('127.0.0.1', 0)); print(s.getsockname()[1])")
dotnet "$dll" serve --port "$port" --data-dir "$work/data" > "$work/server.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null; wait $server 2>/dev/null; rm -rf "$work"' EXIT
python3 - "$mb" "$work/names.txt" <<'PY'
import random, string, sys
size, rnd = int(float(sys.argv[1]) * 1024 * 1024), random.Random(42)
word = lambda k: ''.join(rnd.choice(string.ascii_lowercase) for _ in range(k)).capitalize()
with open(sys.argv[2], 'w') as out:
    written = 0
    while written < size:
        line = f"owner: {word(5)} {word(7)}\n"
        written += out.write(line)
PY
url=http://127.0.0.1:$port
for _ in $(seq 120); do curl -sf "$url/health/live" > /dev/null && break; sleep 0.5; done
session=$(curl -sf -X POST "$url/api/v1/sessions" -H 'content-type: application/json' -d '{"clientKind":"cli"}' | python3 -c 'import json, sys; print(json.load(sys.stdin)["id"])')
case=$(curl -sf -X POST "$url/api/v1/cases" -H 'content-type: application/json' -d "{\"title\":\"stall\",\"sessionId\":\"$session\"}" | python3 -c 'import json, sys; print(json.load(sys.stdin)["id"])')
curl -s -o /dev/null -w '%{http_code} %{time_total}' -F "file=@$work/names.txt" "$url/api/v1/cases/$case/data" > "$work/upload" &
upload=$!
slowest=0 peak=0
while kill -0 $upload 2>/dev/null; do
  took=$(curl -s -o /dev/null -w '%{time_total}' -X POST "$url/api/v1/sessions" -H 'content-type: application/json' -d '{"clientKind":"cli"}')
  slowest=$(python3 -c "print(max($slowest, $took))")
  rss=$(ps -o rss= -p $server | tr -d ' '); [ "$rss" -gt "$peak" ] && peak=$rss
  sleep 0.25
done
wait $upload || true
echo "upload of $mb MB: status and seconds $(cat "$work/upload"); slowest session creation meanwhile ${slowest} s; server peak RSS ${peak} KB"
