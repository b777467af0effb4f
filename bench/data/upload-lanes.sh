#!/usr/bin/env bash
# Latency of another team's uploads while one team's gzip that expands ~45 × (to ~200 MB of text, under both expansion limits)
# is processed, for one or two builds in the same run (issue 18, lanes). Each build serves a fresh data directory; case A gets
# the gzip, and DELAY (15) seconds later case B (no auth: every case is its own team) gets a 3 MB plain log and a one-line paste, and
# case A a one-line paste; then six 8 MB logs go to case C at once and a paste to C DELAY seconds later. Printed: each request's status and seconds, and when A's gzip was answered.
#   bench/data/upload-lanes.sh [FM_DLL ...]   (default: the ./fm build; MB=200 of text, PORT=18093)
# e.g. bench/data/upload-lanes.sh /tmp/fm-start/fm.dll artifacts/fm/fm.dll
set -euo pipefail
cd "$(dirname "$0")/../.."
out=artifacts/bench/upload-lanes
mkdir -p "$out"
port=${PORT:-18093}
mb=${MB:-200}
delay=${DELAY:-15}
if [[ ! -f "$out/big-$mb.log.gz" ]]; then
  python3 - "$out/big-$mb.log" "$mb" <<'PY'
import random, sys
path, mb = sys.argv[1], int(sys.argv[2])
rng = random.Random(18)
services = ["api", "auth", "billing", "search", "worker"]
with open(path, "w") as f:
    size = 0
    while size < mb << 20:
        block = "".join(
            f"2026-12-06T{rng.randrange(24):02d}:{rng.randrange(60):02d}:{rng.randrange(60):02d}.{rng.randrange(1000):03d}Z INFO "
            f"{rng.choice(services)} request {rng.getrandbits(32):08x} served in {rng.randrange(2000)} ms status {rng.choice([200, 200, 200, 404, 500])}\n"
            for _ in range(1000))
        f.write(block); size += len(block)
PY
  gzip -9 -f "$out/big-$mb.log"
fi
python3 - "$out" <<'PY'
import random, sys
def log(path, mb, seed):
    rng = random.Random(seed)
    with open(path, "w") as f:
        size = 0
        while size < mb << 20:
            line = f"2026-12-06T22:{rng.randrange(60):02d}:{rng.randrange(60):02d}Z WARN cache miss for key {rng.getrandbits(40):010x} after {rng.randrange(900)} ms user u{rng.randrange(99)}@example.com\n"
            f.write(line); size += len(line)
log(f"{sys.argv[1]}/small.log", 3, 3)
for i in range(6):
    log(f"{sys.argv[1]}/eight{i}.log", 8, 100 + i)
PY
ls -l "$out/big-$mb.log.gz" "$out/small.log" | awk '{print $5, $9}'
dlls=("$@")
if [[ ${#dlls[@]} -eq 0 ]]; then ./fm --help > /dev/null; dlls=(artifacts/fm/fm.dll); fi
timed() { # name, then curl arguments: prints "name status seconds"
  local name=$1; shift
  curl -s -o /dev/null -w "$name %{http_code} %{time_total}\n" "$@"
}
for dll in "${dlls[@]}"; do
  rm -rf "$out/data"
  FM_PORT=$port FM_LOG_LEVEL=Warning FM_EMBEDDINGS=off dotnet "$dll" serve --data-dir "$out/data" > "$out/serve.log" 2>&1 &
  server=$!
  until curl -sf "localhost:$port/health/live" >/dev/null; do sleep 0.5; done
  sleep 3
  a=$(curl -s -H 'Content-Type: application/json' -d '{"title":"team a"}' "localhost:$port/api/v1/cases" | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])')
  b=$(curl -s -H 'Content-Type: application/json' -d '{"title":"team b"}' "localhost:$port/api/v1/cases" | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])')
  echo "$dll:"
  timed "  A: gzip of ${mb} MB text" -F "file=@$out/big-$mb.log.gz" "localhost:$port/api/v1/cases/$a/data" &
  big=$!
  sleep "$delay"   # A's gzip received and being processed
  timed "  B: 3 MB plain log      " -F "file=@$out/small.log" "localhost:$port/api/v1/cases/$b/data" &
  small=$!
  timed "  B: one-line paste      " -H 'Content-Type: application/json' -d '{"content":"ERROR db timeout for ana@example.com","filename":"b.txt"}' "localhost:$port/api/v1/cases/$b/data" &
  pasteB=$!
  timed "  A: one-line paste      " -H 'Content-Type: application/json' -d '{"content":"ERROR db timeout for bob@example.com","filename":"a.txt"}' "localhost:$port/api/v1/cases/$a/data" &
  pasteA=$!
  wait $small $pasteB $pasteA $big
  # Then six 8 MB uploads to one case C at once, and a paste to C DELAY seconds later.
  c=$(curl -s -H 'Content-Type: application/json' -d '{"title":"team c"}' "localhost:$port/api/v1/cases" | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])')
  eights=()
  for i in 0 1 2 3 4 5; do
    timed "  C: 8 MB plain log $i    " -F "file=@$out/eight$i.log" "localhost:$port/api/v1/cases/$c/data" &
    eights+=($!)
  done
  sleep "$delay"   # the six received, one processed, the rest queued
  timed "  C: one-line paste      " -H 'Content-Type: application/json' -d '{"content":"ERROR db timeout for eve@example.com","filename":"c.txt"}' "localhost:$port/api/v1/cases/$c/data" &
  pasteC=$!
  wait "${eights[@]}" $pasteC
  kill $server; wait $server 2>/dev/null || true
done
