#!/usr/bin/env bash
# Scores this set: bench/privacy/score-set.sh unseen2 [FM_DLL]
exec "$(dirname "$0")/../score-set.sh" unseen2 "$@"
