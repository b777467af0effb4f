#!/usr/bin/env bash
# Scores template mining on the sixth blind check set (bench/logs/unseen6), both ways: each system's log_format given
# (from formats.json), then layouts detected (no --log-format). Prints the evaluator's per-system table and average for
# each mode, then one summary table (GA and PA per system, both modes) and, with FM_UNSEEN6_DRAIN=1, the Drain anchor
# (bench/logs/drain.py on each line's Content column), then the lines lost per system and per failure kind (losses6.py,
# label6.py; formats given).
# Usage: bench/logs/unseen6/score.sh [FM_DLL] [OUT_DIR]
#   FM_DLL   an fm.dll to run with `dotnet` (e.g. /tmp/fm-start/fm.dll); default: ./fm of this tree (rebuilt if stale)
#   OUT_DIR  where predictions and scores go; default artifacts/bench/logs-unseen6
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../../.." && pwd)"
out="${2:-$root/artifacts/bench/logs-unseen6}"
mkdir -p "$out"
"$root/bench/logs/blindset-score.sh" "$here" "${1:-}" "$out" "${FM_UNSEEN6_DRAIN:-}"
echo "== unseen6 losses per system and per failure kind, formats given (label6.py proposals with the hand corrections"
echo "   of kinds-overrides.tsv, which name the start build's losses; kinds named in README.md)"
python3 "$here/label6.py" "$out/format" --overrides "$here/kinds-overrides.tsv" > "$out/format/kinds.tsv"
python3 "$here/losses6.py" "$out/format" --kinds "$out/format/kinds.tsv"
