#!/usr/bin/env bash
# Scores template mining on the nineteenth blind check set (bench/logs/unseen19), both ways: each system's log_format given
# (from formats.json), then layouts detected (no --log-format). Prints the evaluator's per-system table and average for
# each mode, then one summary table (GA and PA per system, both modes) and, with FM_UNSEEN19_DRAIN=1, the Drain anchor
# (bench/logs/drain.py on each line's Content column).
# Usage: bench/logs/unseen19/score.sh [FM_DLL] [OUT_DIR]
#   FM_DLL   an fm.dll to run with `dotnet` (e.g. /tmp/fm-start/fm.dll); default: ./fm of this tree (rebuilt if stale)
#   OUT_DIR  where predictions and scores go; default artifacts/bench/logs-unseen19
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../../.." && pwd)"
out="${2:-$root/artifacts/bench/logs-unseen19}"
mkdir -p "$out"
"$root/bench/logs/blindset-score.sh" "$here" "${1:-}" "$out" "${FM_UNSEEN19_DRAIN:-}"
