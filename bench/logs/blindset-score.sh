#!/usr/bin/env bash
# The scoring the blind mining sets share (bench/logs/unseen4/score.sh, unseen5/score.sh call it): every system of SET_DIR parsed
# by fm with its log_format given and with layouts detected, scored by logparse_eval.py, optionally the Drain anchor
# (bench/logs/drain.py on each line's Content column), then one summary table (GA and PA per system, each mode).
# Usage: bench/logs/blindset-score.sh SET_DIR FM_DLL OUT_DIR [DRAIN]   (FM_DLL empty: ./fm; DRAIN non-empty: add the Drain anchor)
set -euo pipefail
here="$(cd "$1" && pwd)"
root="$(cd "$(dirname "$0")/../.." && pwd)"
dll="$2"
out="$3"
drain="${4:-}"
name="$(basename "$here")"
tools="${FM_TOOLS_DIR:-$root/../shared/tools}"
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
  echo "== $name, $( [ "$mode" = format ] && echo 'header formats given' || echo 'layouts detected (no --log-format)')"
  python3 "$tools/logparse_eval.py" --gt-dir "$here" --pred-dir "$dest" --json "$dest/scores.json"
  echo
}

parse_all format
parse_all detect

if [ -n "$drain" ]; then
  dest="$out/drain"
  mkdir -p "$dest"
  for dir in "$here"/*/; do
    ds="$(basename "$dir")"
    [ -f "$dir/${ds}_2k.log" ] || continue
    python3 -c 'import csv,sys; [print(r["Content"]) for r in csv.DictReader(open(sys.argv[1], encoding="utf-8"))]' \
      "$dir/${ds}_2k.log_structured.csv" > "$dest/${ds}.content"
    python3 "$root/bench/logs/drain.py" "$dest/${ds}.content" --out "$dest/${ds}.csv" >/dev/null
  done
  echo "== $name, Drain anchor (bench/logs/drain.py on the Content column)"
  python3 "$tools/logparse_eval.py" --gt-dir "$here" --pred-dir "$dest" --json "$dest/scores.json"
  echo
fi

FM_BLIND_DRAIN="$drain" FM_BLIND_SET="$name" python3 - "$out" <<'EOF'
import json, os, sys
out = sys.argv[1]
# the Drain anchor only when this run made it (an older run's files may sit in the same OUT_DIR)
wanted = ("format", "detect", "drain") if os.environ.get("FM_BLIND_DRAIN") else ("format", "detect")
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
print(f"== {os.environ['FM_BLIND_SET']} summary (format = header formats given, detect = layouts detected)")
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

