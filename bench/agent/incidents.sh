#!/usr/bin/env bash
# The offline engine on incident scenarios, scored by incident_eval.py (root-cause sections of at most 150 words).
#   bench/agent/incidents.sh [SCENARIOS_DIR]     (default ../shared/data/incidents)
# Each scenario: `fm ask --json "<question.txt>" --file <every file in files/>` into a fresh data directory.
set -euo pipefail
cd "$(dirname "$0")/../.."
scenarios=$(realpath "${1:-../shared/data/incidents}")
out=artifacts/bench/agent
rm -rf "$out" && mkdir -p "$out/answers"
./fm --help > /dev/null   # build once before timing
for dir in "$scenarios"/*/; do
  name=$(basename "$dir")
  [ -f "$dir/question.txt" ] || continue
  args=()
  for file in "$dir"/files/*; do args+=(--file "$file"); done
  start=$(date +%s.%N)
  ./fm ask --data-dir "$out/data-$name" --json "$(cat "$dir/question.txt")" "${args[@]}" > "$out/answers/$name.json"
  printf '%-14s %5.1f s\n' "$name" "$(echo "$(date +%s.%N) - $start" | bc)"
done
python3 ../shared/tools/incident_eval.py "$scenarios" "$out/answers" --max-words 150
