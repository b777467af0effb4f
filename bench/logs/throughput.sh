#!/usr/bin/env bash
# Log engine throughput on a large log built from the Loghub-2k samples with varied values.
# Usage: bench/logs/throughput.sh [SIZE_MB]   (default 1024). Prints lines/s, MB/s, peak RSS and the ratio to wc -l.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
size="${1:-1024}"
dir="$root/artifacts/bench"
log="$dir/big-${size}mb.log"
mkdir -p "$dir"
[ -f "$log" ] || python3 "$root/bench/logs/make-big-log.py" "$log" "$size" "${FM_LOGHUB_DIR:-$root/../shared/data/loghub2k}"
"$root/fm" --help >/dev/null
command -v /usr/bin/time >/dev/null || { echo "needs GNU time (apt-get install time)" >&2; exit 1; }

seconds() { /usr/bin/time -f "%e %M" -o "$dir/time.txt" "$@" >/dev/null 2>"$dir/stderr.txt"; cat "$dir/time.txt"; }

cat "$log" >/dev/null  # warm the page cache so every run reads from memory
bytes=$(stat -c %s "$log")
read -r wc_s _ < <(seconds wc -l "$log")
lines=$(wc -l < "$log")
read -r parse_s parse_kb < <(seconds "$root/fm" logs parse --input "$log" --output /dev/null)
read -r analyze_s analyze_kb < <(seconds "$root/fm" analyze --json --no-redact "$log")

python3 - "$bytes" "$lines" "$wc_s" "$parse_s" "$parse_kb" "$analyze_s" "$analyze_kb" <<'PY'
import sys
size, lines, wc, parse, parse_kb, analyze, analyze_kb = map(float, sys.argv[1:])
print(f"input: {size/1048576:,.0f} MB, {lines:,.0f} lines")
print(f"{'run':<34}{'seconds':>9}{'lines/s':>13}{'MB/s':>8}{'peak RSS MB':>13}{'x wc -l':>9}")
for name, s, kb in [("wc -l (baseline)", wc, None), ("fm logs parse (parse+templates+CSV)", parse, parse_kb), ("fm analyze --json (full analysis)", analyze, analyze_kb)]:
    rss = f"{kb/1024:,.0f}" if kb else "-"
    print(f"{name:<34}{s:>9.2f}{lines/s:>13,.0f}{size/1048576/s:>8,.1f}{rss:>13}{s/wc:>9.1f}")
PY
