#!/usr/bin/env bash
# Scores template mining on the sixteenth blind check set (bench/logs/unseen16), both ways: each system's log_format given
# (from formats.json), then layouts detected (no --log-format). Prints the evaluator's per-system table and average for
# each mode, then one summary table (GA and PA per system, both modes) and, with FM_UNSEEN16_DRAIN=1, the Drain anchor
# (bench/logs/drain.py on each line's Content column), then the lines lost per system and per failure shape (losses16.py,
# formats given).
# Usage: bench/logs/unseen16/score.sh [FM_DLL] [OUT_DIR]
#   FM_DLL   an fm.dll to run with `dotnet` (e.g. /tmp/fm-start/fm.dll); default: ./fm of this tree (rebuilt if stale)
#   OUT_DIR  where predictions and scores go; default artifacts/bench/logs-unseen16
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../../.." && pwd)"
out="${2:-$root/artifacts/bench/logs-unseen16}"
mkdir -p "$out"
"$root/bench/logs/blindset-score.sh" "$here" "${1:-}" "$out" "${FM_UNSEEN16_DRAIN:-}"
if [ -f "$here/losses16.py" ]; then
  echo "== unseen16 losses per system and per failure shape, formats given (losses16.py; kinds named in README.md)"
  if [ -f "$here/kinds16.tsv" ]; then
    python3 "$here/losses16.py" "$out/format" --kinds "$here/kinds16.tsv"
  else
    python3 "$here/losses16.py" "$out/format"
  fi
fi
