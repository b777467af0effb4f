#!/usr/bin/env bash
# Scores this set with bench/privacy/blindset-score.sh: score-set.sh unseen4 [FM_DLL], then the out-of-vocabulary records (extra.jsonl) type-blind.
#   bench/privacy/unseen4/score.sh [FM_DLL]            the committed set (seed 4)
#   SEED=11 bench/privacy/unseen4/score.sh [FM_DLL]    a fresh draw of the same families (written to unseen4/seed11/, not committed)
exec "$(dirname "$0")/../blindset-score.sh" "$(dirname "$0")" "$@"
