#!/usr/bin/env bash
# Scores template mining on the fifth blind check set (bench/logs/unseen5), both ways: each system's log_format given
# (from formats.json), then layouts detected (no --log-format). Prints the evaluator's per-system table and average for
# each mode, then one summary table (GA and PA per system, both modes) and, with FM_UNSEEN5_DRAIN=1, the Drain anchor
# (bench/logs/drain.py on each line's Content column), then the lines lost per system and per failure kind (losses5.py, label5.py; formats given).
# Usage: bench/logs/unseen5/score.sh [FM_DLL] [OUT_DIR]
#   FM_DLL   an fm.dll to run with `dotnet` (e.g. /tmp/fm-start/fm.dll); default: ./fm of this tree (rebuilt if stale)
#   OUT_DIR  where predictions and scores go; default artifacts/bench/logs-unseen5
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../../.." && pwd)"
tools="${FM_TOOLS_DIR:-$root/../shared/tools}"
dll="${1:-}"
out="${2:-$root/artifacts/bench/logs-unseen5}"
mkdir -p "$out"

fm() {
  if [ -n "$dll" ]; then dotnet "$dll" "$@"; else "$root/fm" "$@"; fi
}
[ -n "$dll" ] || "$root/fm" --help >/dev/null

parse_all() {
  local mode="$1" dest="$out/$1"
  mkdir -p "$dest"
  for dir in "$here"/*/; do
    local ds
    ds="$(basename "$dir")"
    [ -f "$dir/${ds}_2k.log" ] || continue
    if [ "$mode" = format ]; then
      local format
      format="$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["datasets"][sys.argv[2]]["log_format"])' "$here/formats.json" "$ds")"
      # a failed parse is reported and left out (the evaluator then names the dataset as missing)
      fm logs parse --input "$dir/${ds}_2k.log" --log-format "$format" --output "$dest/${ds}.csv" >/dev/null 2>&1 \
        || { echo "fm logs parse failed on $ds ($mode)" >&2; rm -f "$dest/${ds}.csv"; }
    else
      fm logs parse --input "$dir/${ds}_2k.log" --output "$dest/${ds}.csv" >/dev/null 2>&1 \
        || { echo "fm logs parse failed on $ds ($mode)" >&2; rm -f "$dest/${ds}.csv"; }
    fi
  done
  echo "== unseen5, $( [ "$mode" = format ] && echo 'header formats given' || echo 'layouts detected (no --log-format)')"
  python3 "$tools/logparse_eval.py" --gt-dir "$here" --pred-dir "$dest" --json "$dest/scores.json"
  echo
}

parse_all format
parse_all detect

if [ -n "${FM_UNSEEN5_DRAIN:-}" ]; then
  dest="$out/drain"
  mkdir -p "$dest"
  for dir in "$here"/*/; do
    ds="$(basename "$dir")"
    [ -f "$dir/${ds}_2k.log" ] || continue
    python3 -c 'import csv,sys; [print(r["Content"]) for r in csv.DictReader(open(sys.argv[1], encoding="utf-8"))]' \
      "$dir/${ds}_2k.log_structured.csv" > "$dest/${ds}.content"
    python3 "$root/bench/logs/drain.py" "$dest/${ds}.content" --out "$dest/${ds}.csv" >/dev/null
  done
  echo "== unseen5, Drain anchor (bench/logs/drain.py on the Content column)"
  python3 "$tools/logparse_eval.py" --gt-dir "$here" --pred-dir "$dest" --json "$dest/scores.json"
  echo
fi

python3 - "$out" <<'EOF'
import json, os, sys
out = sys.argv[1]
# the Drain anchor only when this run made it (an older run's files may sit in the same OUT_DIR)
wanted = ("format", "detect", "drain") if os.environ.get("FM_UNSEEN5_DRAIN") else ("format", "detect")
modes = [m for m in wanted if os.path.exists(os.path.join(out, m, "scores.json"))]
data = {m: json.load(open(os.path.join(out, m, "scores.json"))) for m in modes}

def per_system(d):
    # the evaluator's JSON: {"datasets": {name: {metric: value}}, "average": {...}} or a list of rows
    rows = d.get("datasets", d.get("results", d))
    if isinstance(rows, list):
        return {r.get("dataset", r.get("Dataset")): r for r in rows}
    return rows

tables = {m: per_system(data[m]) for m in modes}
names = sorted(n for n in tables[modes[0]] if not str(n).lower().startswith("average"))
head = "| System | " + " | ".join(f"GA ({m}) | PA ({m})" for m in modes) + " |"
print("== unseen5 summary (format = header formats given, detect = layouts detected)")
print(head)
print("|---|" + "---:|" * (2 * len(modes)))
avg = {m: [0.0, 0.0] for m in modes}
for n in names:
    cells = []
    for m in modes:
        r = tables[m].get(n, {})
        ga, pa = r.get("GA"), r.get("PA")
        cells += [f"{ga:.3f}" if ga is not None else "n/a", f"{pa:.3f}" if pa is not None else "n/a"]
        avg[m][0] += ga or 0.0
        avg[m][1] += pa or 0.0
    print(f"| {n} | " + " | ".join(cells) + " |")
cells = []
for m in modes:
    cells += [f"**{avg[m][0] / len(names):.3f}**", f"**{avg[m][1] / len(names):.3f}**"]
print(f"| **Average ({len(names)})** | " + " | ".join(cells) + " |")
EOF

echo
echo "== unseen5 losses per system and per failure kind, formats given (label5.py proposals with the hand corrections"
echo "   of kinds-overrides.tsv, which name the start build's losses; kinds named in README.md)"
python3 "$here/label5.py" "$out/format" --overrides "$here/kinds-overrides.tsv" > "$out/format/kinds.tsv"
python3 "$here/losses5.py" "$out/format" --kinds "$out/format/kinds.tsv"
