#!/usr/bin/env bash
# Template-mining accuracy on the Loghub-2k samples: runs `fm logs parse` with each dataset's header format
# and scores the output with the shared evaluator. Usage: bench/logs/accuracy.sh [OUT_DIR]
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
data="${FM_LOGHUB_DIR:-$root/../shared/data/loghub2k}"
tools="${FM_TOOLS_DIR:-$root/../shared/tools}"
out="${1:-$root/artifacts/bench/logs-accuracy}"
mkdir -p "$out"
"$root/fm" --help >/dev/null
for dir in "$data"/*/; do
  ds="$(basename "$dir")"
  [ -f "$dir/${ds}_2k.log" ] || continue
  format="$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["datasets"][sys.argv[2]]["log_format"])' "$data/formats.json" "$ds")"
  "$root/fm" logs parse --input "$dir/${ds}_2k.log" --log-format "$format" --output "$out/${ds}.csv"
done
python3 "$tools/logparse_eval.py" --gt-dir "$data" --pred-dir "$out" --json "$out/scores.json" "${@:2}"
