#!/usr/bin/env bash
# Redaction accuracy and speed, FaultMaven side by side with @openredaction/openredaction (npm), on the same data.
#   bench/privacy/compare.sh [SIZE_MB]      (default 100 MB for fm; the npm redactor gets a tenth of it, as it is much slower)
# Needs: node + npm, python3, /usr/bin/time. Writes to artifacts/bench/privacy.
set -euo pipefail
cd "$(dirname "$0")/../.."
size=${1:-100}
out=artifacts/bench/privacy
data=../shared/data/pii/dev.jsonl
eval=../shared/tools/pii_eval.py
mkdir -p "$out"

echo "== accuracy on $data =="
./fm redact --jsonl "$data" --output "$out/fm.jsonl"
echo "-- fm (typed, exact and overlap)"; python3 "$eval" "$data" "$out/fm.jsonl" | grep -E "micro|leaked characters|false-alarm"
echo "-- fm (type-blind)"; python3 "$eval" "$data" "$out/fm.jsonl" --ignore-type | grep -E "micro|leaked characters|false-alarm"

if [ ! -d "$out/node/node_modules/@openredaction/openredaction" ]; then
  npm install --silent --prefix "$out/node" @openredaction/openredaction@1.0.4 >/dev/null
fi
export OPENREDACTION_HOME="$PWD/$out/node"
node bench/privacy/openredaction.mjs jsonl "$data" "$out/openredaction.jsonl"
echo "-- openredaction (type-blind: its type names differ)"; python3 "$eval" "$data" "$out/openredaction.jsonl" --ignore-type | grep -E "micro|leaked characters|false-alarm"

echo "== speed =="
python3 bench/privacy/make-corpus.py "$data" "$out/big-$size.txt" --mb "$size"
small=$(( size / 10 > 0 ? size / 10 : 1 ))
python3 bench/privacy/make-corpus.py "$data" "$out/big-$small.txt" --mb "$small"
for f in "$out/big-$small.txt" "$out/big-$size.txt"; do
  /usr/bin/time -f "fm redact $(basename "$f"): %e s wall, %M KB max RSS" ./fm redact "$f" -o "$out/redacted.txt"
  mb=$(python3 -c "import os;print(os.path.getsize('$f')/1048576)")
  echo "  ($mb MB)"
done
node bench/privacy/openredaction.mjs text "$out/big-$small.txt"
