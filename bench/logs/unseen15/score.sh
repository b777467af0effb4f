#!/usr/bin/env bash
# Scores template mining on the fifteenth blind check set (bench/logs/unseen15), both ways: each system's log_format given
# (from formats.json), then layouts detected (no --log-format). Prints the evaluator's per-system table and average for
# each mode, then one summary table (GA and PA per system, both modes) and, with FM_UNSEEN15_DRAIN=1, the Drain anchor
# (bench/logs/drain.py on each line's Content column), then the lines lost per system and per failure shape (losses15.py,
# formats given).
# Usage: bench/logs/unseen15/score.sh [FM_DLL] [OUT_DIR]
#   FM_DLL   an fm.dll to run with `dotnet` (e.g. /tmp/fm-start/fm.dll); default: ./fm of this tree (rebuilt if stale)
#   OUT_DIR  where predictions and scores go; default artifacts/bench/logs-unseen15
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../../.." && pwd)"
out="${2:-$root/artifacts/bench/logs-unseen15}"
mkdir -p "$out"
"$root/bench/logs/blindset-score.sh" "$here" "${1:-}" "$out" "${FM_UNSEEN15_DRAIN:-}"
if [ -f "$here/losses15.py" ]; then
  echo "== unseen15 losses per system and per failure shape, formats given (losses15.py; kinds named in README.md)"
  if [ -f "$here/kinds15.tsv" ]; then
    python3 "$here/losses15.py" "$out/format" --kinds "$here/kinds15.tsv"
  else
    python3 "$here/losses15.py" "$out/format"
  fi
fi
