#!/usr/bin/env bash
# fm logs parse against Drain on the same generated log (every number randomised by make-big-log.py), in one run.
# Drain is bench/logs/drain.py, our own minimal Python Drain (PyPI's drain3 cannot be installed here): depth 4,
# similarity 0.4, the usual masking. Usage: bench/logs/speed.sh [SIZE_MB]   (default 100)
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
size="${1:-100}"
dir="$root/artifacts/bench"
log="$dir/big-${size}mb.log"
mkdir -p "$dir"
[ -f "$log" ] || python3 "$root/bench/logs/make-big-log.py" "$log" "$size" "${FM_LOGHUB_DIR:-$root/../shared/data/loghub2k}" >/dev/null
"$root/fm" --help >/dev/null
cat "$log" >/dev/null  # page cache
lines=$(wc -l < "$log")
start=$(date +%s.%N)
"$root/fm" logs parse --input "$log" --output /dev/null 2>/dev/null
fm_s=$(echo "$(date +%s.%N) - $start" | bc)
start=$(date +%s.%N)
python3 "$root/bench/logs/drain.py" "$log" >/dev/null
drain_s=$(echo "$(date +%s.%N) - $start" | bc)
python3 - "$lines" "$fm_s" "$drain_s" "$(stat -c %s "$log")" <<'PY'
import sys
lines, fm, drain, size = int(sys.argv[1]), float(sys.argv[2]), float(sys.argv[3]), int(sys.argv[4])
print(f"input: {size / 1048576:,.0f} MB, {lines:,} lines")
print(f"{'run':<32}{'seconds':>9}{'lines/s':>13}")
print(f"{'fm logs parse (2 threads)':<32}{fm:>9.2f}{lines / fm:>13,.0f}")
print(f"{'drain.py (Python, 1 thread)':<32}{drain:>9.2f}{lines / drain:>13,.0f}")
print(f"fm / Drain speed ratio: {drain / fm:.1f}x")
PY
