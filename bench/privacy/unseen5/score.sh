#!/usr/bin/env bash
# Scores this set: bench/privacy/score-set.sh unseen5 [FM_DLL] (typed and type-blind F1, leaked characters by type, false
# redactions on the near-miss records by family), then the failure-kind tables of kinds.py on the same predictions.
#   bench/privacy/unseen5/score.sh [FM_DLL]            the committed set (seed 5)
#   SEED=11 bench/privacy/unseen5/score.sh [FM_DLL]    a fresh draw of the same families (written to unseen5/seed11/, not committed)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
cd "$here/../../.."
name=unseen5
if [ -n "${SEED:-}" ]; then
  name=unseen5/seed$SEED
  mkdir -p "$here/seed$SEED"
  python3 "$here/make.py" "$here/seed$SEED/records.jsonl" 2> /dev/null
fi
"$here/../score-set.sh" "$name" "$@"
if [ -f "$here/kinds.py" ]; then
  python3 "$here/kinds.py" "artifacts/bench/$name/pred.jsonl" "bench/privacy/$name/records.jsonl"
fi
