#!/usr/bin/env bash
# Scores this set with bench/privacy/blindset-score.sh: score-set.sh unseen18 [FM_DLL] (typed and type-blind F1, leaked characters by type, false
# redactions on the near-miss records by family), the failure-kind tables of kinds.py on the same predictions, then extra.jsonl
# (personal data with no type in the shared vocabulary) type-blind.
#   bench/privacy/unseen18/score.sh [FM_DLL]            the committed set (seed 181)
#   SEED=11 bench/privacy/unseen18/score.sh [FM_DLL]    a fresh draw of the same families (written to unseen18/seed11/, not committed)
exec "$(dirname "$0")/../blindset-score.sh" "$(dirname "$0")" "$@"
