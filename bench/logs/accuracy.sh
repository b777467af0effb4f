#!/usr/bin/env bash
# Template-mining accuracy. Runs `fm logs parse` over every dataset of a set and scores it with the shared evaluator:
#   1. the shared Loghub-2k samples, each with its header format from formats.json (one parameter set for all);
#   2. leave-one-system-out over the same samples: the miner's parameters picked on a grid with one system held
#      back, scored on that system (bench/logs/loso.py);
#   3. the unseen check set (bench/logs/unseen, systems that are not among the shared eight), with its header
#      formats and again with the layouts detected (no --log-format);
#   4. the second unseen check set (bench/logs/unseen2, ten more systems written blind, see make-unseen2.py), the
#      same two ways;
#   5. the third unseen check set (bench/logs/unseen3, sixteen more systems written blind, see make-unseen3.py), the
#      same two ways;
#   6. the fourth unseen check set (bench/logs/unseen4, nineteen more systems written blind, see make-unseen4.py),
#      the same two ways (bench/logs/unseen4/score.sh does this step alone, for any fm.dll);
#   7. the fifth unseen check set (bench/logs/unseen5, eighteen more systems written blind, see make-unseen5.py),
#      the same two ways (bench/logs/unseen5/score.sh does this step alone, for any fm.dll);
#   8. the sixth unseen check set (bench/logs/unseen6, seventeen more systems written blind, see make-unseen6.py),
#      the same two ways (bench/logs/unseen6/score.sh does this step alone, for any fm.dll);
#  8b. the seventh unseen check set (bench/logs/unseen7, sixteen more systems written blind, see make-unseen7.py),
#      the same two ways (bench/logs/unseen7/score.sh does this step alone, for any fm.dll);
#  8c. the eighth unseen check set (bench/logs/unseen8, sixteen more systems written blind, see make-unseen8.py),
#      the same two ways (bench/logs/unseen8/score.sh does this step alone, for any fm.dll);
#  8d. the ninth unseen check set (bench/logs/unseen9, sixteen more systems written blind, see make-unseen9.py),
#      the same two ways (bench/logs/unseen9/score.sh does this step alone, for any fm.dll);
#  8e. the tenth unseen check set (bench/logs/unseen10, sixteen more systems written blind, see make-unseen10.py),
#      the same two ways (bench/logs/unseen10/score.sh does this step alone, for any fm.dll);
#  8f. the eleventh unseen check set (bench/logs/unseen11, sixteen more systems written blind, see make-unseen11.py),
#      the same two ways (bench/logs/unseen11/score.sh does this step alone, for any fm.dll);
#  8g. the twelfth unseen check set (bench/logs/unseen12, sixteen more systems written blind, see make-unseen12.py),
#      the same two ways (bench/logs/unseen12/score.sh does this step alone, for any fm.dll);
#  8h. the thirteenth unseen check set (bench/logs/unseen13, sixteen more systems written blind, see make-unseen13.py),
#      the same two ways (bench/logs/unseen13/score.sh does this step alone, for any fm.dll);
#  8i. the fourteenth unseen check set (bench/logs/unseen14, sixteen more systems written blind, see make-unseen14.py),
#      the same two ways (bench/logs/unseen14/score.sh does this step alone, for any fm.dll);
#  8j. the fifteenth unseen check set (bench/logs/unseen15, sixteen more systems written blind, see make-unseen15.py),
#      the same two ways (bench/logs/unseen15/score.sh does this step alone, for any fm.dll);
#  8k. the sixteenth unseen check set (bench/logs/unseen16, sixteen more systems written blind, see make-unseen16.py),
#      the same two ways (bench/logs/unseen16/score.sh does this step alone, for any fm.dll);
#   9. the kinds check set (bench/logs/kinds, one small log per kind of mining failure, see make-kinds.py), the same two ways;
#  10. leave-one-system-out for the span pass's threshold (--span-fillers), fitted across every set: each system's value is
#      picked on the systems of the other sets, its own set held back (bench/logs/loso_sets.py; formats given); the same
#      for the labels a place must show before they are values (--label-values; unseen6 and unseen7 hold the families of
#      four and six labels that bound it).
# Usage: bench/logs/accuracy.sh [OUT_DIR] [evaluator options, e.g. --show-errors 5]
#        FM_ACCURACY_SKIP_LOSO=1 skips steps 2 and 10 (grids: 8 × 9, 48 × 3 and 65 × 5 parses).
#        FM_ACCURACY_FM=/path/fm.dll scores a kept copy of a build (A/B runs) instead of ./fm.
#        FM_ACCURACY_BLIND=1 also runs steps 8g-8k (the blind sets unseen12-16), skipped by default so that tuning stays blind.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
data="${FM_LOGHUB_DIR:-$root/../shared/data/loghub2k}"
unseen="$root/bench/logs/unseen"
unseen2="$root/bench/logs/unseen2"
unseen3="$root/bench/logs/unseen3"
unseen4="$root/bench/logs/unseen4"
unseen5="$root/bench/logs/unseen5"
unseen6="$root/bench/logs/unseen6"
unseen7="$root/bench/logs/unseen7"
unseen8="$root/bench/logs/unseen8"
unseen9="$root/bench/logs/unseen9"
unseen10="$root/bench/logs/unseen10"
unseen11="$root/bench/logs/unseen11"
unseen12="$root/bench/logs/unseen12"
unseen13="$root/bench/logs/unseen13"
unseen14="$root/bench/logs/unseen14"
unseen15="$root/bench/logs/unseen15"
unseen16="$root/bench/logs/unseen16"
kinds="$root/bench/logs/kinds"
tools="${FM_TOOLS_DIR:-$root/../shared/tools}"
out="${1:-$root/artifacts/bench/logs-accuracy}"
mkdir -p "$out"
fm() { if [ -n "${FM_ACCURACY_FM:-}" ]; then dotnet "$FM_ACCURACY_FM" "$@"; else "$root/fm" "$@"; fi; }
fm --help >/dev/null

# parse_set DATA_DIR OUT_DIR MODE [fm options]: MODE 'format' passes each dataset's log_format, 'detect' does not.
parse_set() {
  local set="$1" dest="$2" mode="$3"
  shift 3
  mkdir -p "$dest"
  for dir in "$set"/*/; do
    local ds
    ds="$(basename "$dir")"
    [ -f "$dir/${ds}_2k.log" ] || continue
    if [ "$mode" = format ]; then
      local format
      format="$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["datasets"][sys.argv[2]]["log_format"])' "$set/formats.json" "$ds")"
      fm logs parse --input "$dir/${ds}_2k.log" --log-format "$format" --output "$dest/${ds}.csv" "$@" 2>/dev/null
    else
      fm logs parse --input "$dir/${ds}_2k.log" --output "$dest/${ds}.csv" "$@" 2>/dev/null
    fi
  done
}

score() { python3 "$tools/logparse_eval.py" --gt-dir "$1" --pred-dir "$2" --json "$2/scores.json" "${@:3}"; }

echo "== Loghub-2k (shared), header formats given, default parameters"
parse_set "$data" "$out/shared" format
score "$data" "$out/shared" "${@:2}"

if [ -z "${FM_ACCURACY_SKIP_LOSO:-}" ]; then
  echo
  echo "== Leave-one-system-out on Loghub-2k: parameters chosen on the other 7 systems"
  grid=()
  for similarity in 0.4 0.5 0.6; do
    for variants in 2 3 4; do
      point="s${similarity}-v${variants}"
      parse_set "$data" "$out/grid/$point" format --similarity "$similarity" --variants "$variants"
      score "$data" "$out/grid/$point" >/dev/null
      grid+=("$point=$out/grid/$point/scores.json")
    done
  done
  python3 "$root/bench/logs/loso.py" "${grid[@]}"
fi

echo
echo "== Unseen check set (bench/logs/unseen), header formats given"
parse_set "$unseen" "$out/unseen" format
score "$unseen" "$out/unseen" "${@:2}"

echo
echo "== Unseen check set, layouts detected (no --log-format)"
parse_set "$unseen" "$out/unseen-detected" detect
score "$unseen" "$out/unseen-detected"

echo
echo "== Unseen check set 2 (bench/logs/unseen2), header formats given"
parse_set "$unseen2" "$out/unseen2" format
score "$unseen2" "$out/unseen2" "${@:2}"

echo
echo "== Unseen check set 2, layouts detected (no --log-format)"
parse_set "$unseen2" "$out/unseen2-detected" detect
score "$unseen2" "$out/unseen2-detected"

echo
echo "== Unseen check set 3 (bench/logs/unseen3), header formats given"
parse_set "$unseen3" "$out/unseen3" format
score "$unseen3" "$out/unseen3" "${@:2}"

echo
echo "== Unseen check set 3, layouts detected (no --log-format)"
parse_set "$unseen3" "$out/unseen3-detected" detect
score "$unseen3" "$out/unseen3-detected"

echo
echo "== Unseen check set 4 (bench/logs/unseen4), header formats given"
parse_set "$unseen4" "$out/unseen4" format
score "$unseen4" "$out/unseen4" "${@:2}"

echo
echo "== Unseen check set 4, layouts detected (no --log-format)"
parse_set "$unseen4" "$out/unseen4-detected" detect
score "$unseen4" "$out/unseen4-detected"

echo
echo "== Unseen check set 5 (bench/logs/unseen5), header formats given"
parse_set "$unseen5" "$out/unseen5" format
score "$unseen5" "$out/unseen5" "${@:2}"

echo
echo "== Unseen check set 5, layouts detected (no --log-format)"
parse_set "$unseen5" "$out/unseen5-detected" detect
score "$unseen5" "$out/unseen5-detected"

echo
echo "== Unseen check set 6 (bench/logs/unseen6), header formats given"
parse_set "$unseen6" "$out/unseen6" format
score "$unseen6" "$out/unseen6" "${@:2}"

echo
echo "== Unseen check set 6, layouts detected (no --log-format)"
parse_set "$unseen6" "$out/unseen6-detected" detect
score "$unseen6" "$out/unseen6-detected"

echo
echo "== Unseen check set 7 (bench/logs/unseen7), header formats given"
parse_set "$unseen7" "$out/unseen7" format
score "$unseen7" "$out/unseen7" "${@:2}"

echo
echo "== Unseen check set 7, layouts detected (no --log-format)"
parse_set "$unseen7" "$out/unseen7-detected" detect
score "$unseen7" "$out/unseen7-detected"

echo
echo "== Unseen check set 8 (bench/logs/unseen8), header formats given"
parse_set "$unseen8" "$out/unseen8" format
score "$unseen8" "$out/unseen8" "${@:2}"

echo
echo "== Unseen check set 8, layouts detected (no --log-format)"
parse_set "$unseen8" "$out/unseen8-detected" detect
score "$unseen8" "$out/unseen8-detected"

echo
echo "== Unseen check set 9 (bench/logs/unseen9), header formats given"
parse_set "$unseen9" "$out/unseen9" format
score "$unseen9" "$out/unseen9" "${@:2}"

echo
echo "== Unseen check set 9, layouts detected (no --log-format)"
parse_set "$unseen9" "$out/unseen9-detected" detect
score "$unseen9" "$out/unseen9-detected"

echo
echo "== Unseen check set 10 (bench/logs/unseen10), header formats given"
parse_set "$unseen10" "$out/unseen10" format
score "$unseen10" "$out/unseen10" "${@:2}"

echo
echo "== Unseen check set 10, layouts detected (no --log-format)"
parse_set "$unseen10" "$out/unseen10-detected" detect
score "$unseen10" "$out/unseen10-detected"

echo
echo "== Unseen check set 11 (bench/logs/unseen11), header formats given"
parse_set "$unseen11" "$out/unseen11" format
score "$unseen11" "$out/unseen11" "${@:2}"

echo
echo "== Unseen check set 11, layouts detected (no --log-format)"
parse_set "$unseen11" "$out/unseen11-detected" detect
score "$unseen11" "$out/unseen11-detected"

# The blind sets (unseen12 and later) are scored only when asked: whoever tunes the miner runs this script, and must not see them.
if [ -n "${FM_ACCURACY_BLIND:-}" ]; then
  echo
  echo "== Unseen check set 12 (bench/logs/unseen12), header formats given"
  parse_set "$unseen12" "$out/unseen12" format
  score "$unseen12" "$out/unseen12" "${@:2}"

  echo
  echo "== Unseen check set 12, layouts detected (no --log-format)"
  parse_set "$unseen12" "$out/unseen12-detected" detect
  score "$unseen12" "$out/unseen12-detected"

  echo
  echo "== Unseen check set 13 (bench/logs/unseen13), header formats given"
  parse_set "$unseen13" "$out/unseen13" format
  score "$unseen13" "$out/unseen13" "${@:2}"

  echo
  echo "== Unseen check set 13, layouts detected (no --log-format)"
  parse_set "$unseen13" "$out/unseen13-detected" detect
  score "$unseen13" "$out/unseen13-detected"

  echo
  echo "== Unseen check set 14 (bench/logs/unseen14), header formats given"
  parse_set "$unseen14" "$out/unseen14" format
  score "$unseen14" "$out/unseen14" "${@:2}"

  echo
  echo "== Unseen check set 14, layouts detected (no --log-format)"
  parse_set "$unseen14" "$out/unseen14-detected" detect
  score "$unseen14" "$out/unseen14-detected"

  echo
  echo "== Unseen check set 15 (bench/logs/unseen15), header formats given"
  parse_set "$unseen15" "$out/unseen15" format
  score "$unseen15" "$out/unseen15" "${@:2}"

  echo
  echo "== Unseen check set 15, layouts detected (no --log-format)"
  parse_set "$unseen15" "$out/unseen15-detected" detect
  score "$unseen15" "$out/unseen15-detected"

  echo
  echo "== Unseen check set 16 (bench/logs/unseen16), header formats given"
  parse_set "$unseen16" "$out/unseen16" format
  score "$unseen16" "$out/unseen16" "${@:2}"

  echo
  echo "== Unseen check set 16, layouts detected (no --log-format)"
  parse_set "$unseen16" "$out/unseen16-detected" detect
  score "$unseen16" "$out/unseen16-detected"
else
  echo
  echo "== Blind sets unseen12-16 skipped (FM_ACCURACY_BLIND=1 scores them here; bench/blind-all.sh scores every blind set)"
fi

echo
echo "== Kinds check set (bench/logs/kinds), header formats given"
parse_set "$kinds" "$out/kinds" format
score "$kinds" "$out/kinds"

echo
echo "== Kinds check set, layouts detected"
parse_set "$kinds" "$out/kinds-detected" detect
score "$kinds" "$out/kinds-detected"

if [ -z "${FM_ACCURACY_SKIP_LOSO:-}" ]; then
  echo
  echo "== Leave-one-system-out for --span-fillers across the sets (each system's value picked with its set held back)"
  points=()
  for fillers in 2 3 4; do
    for set in shared unseen unseen2 unseen3 kinds; do
      case "$set" in shared) dir="$data" ;; unseen) dir="$unseen" ;; unseen2) dir="$unseen2" ;; unseen3) dir="$unseen3" ;; kinds) dir="$kinds" ;; esac
      parse_set "$dir" "$out/span-grid/f$fillers/$set" format --span-fillers "$fillers"
      score "$dir" "$out/span-grid/f$fillers/$set" >/dev/null
      points+=("f$fillers=$set:$out/span-grid/f$fillers/$set/scores.json")
    done
  done
  python3 "$root/bench/logs/loso_sets.py" --default f2 "${points[@]}"

  echo
  echo "== Leave-one-system-out for --label-values across the sets (each system's value picked with its set held back)"
  points=()
  for labels in 3 4 5 6 8; do
    for set in shared unseen unseen2 unseen6 unseen7 kinds; do
      case "$set" in shared) dir="$data" ;; unseen) dir="$unseen" ;; unseen2) dir="$unseen2" ;; unseen6) dir="$unseen6" ;; unseen7) dir="$unseen7" ;; kinds) dir="$kinds" ;; esac
      parse_set "$dir" "$out/label-grid/l$labels/$set" format --label-values "$labels"
      score "$dir" "$out/label-grid/l$labels/$set" >/dev/null
      points+=("l$labels=$set:$out/label-grid/l$labels/$set/scores.json")
    done
  done
  python3 "$root/bench/logs/loso_sets.py" --default l5 "${points[@]}"
fi
