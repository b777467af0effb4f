#!/usr/bin/env bash
# Scores this set with bench/privacy/blindset-score.sh: score-set.sh unseen5 [FM_DLL] (typed and type-blind F1, leaked characters by type, false
# redactions on the near-miss records by family), then the failure-kind tables of kinds.py on the same predictions.
#   bench/privacy/unseen5/score.sh [FM_DLL]            the committed set (seed 5)
#   SEED=11 bench/privacy/unseen5/score.sh [FM_DLL]    a fresh draw of the same families (written to unseen5/seed11/, not committed)
exec "$(dirname "$0")/../blindset-score.sh" "$(dirname "$0")" "$@"
