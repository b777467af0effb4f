#!/usr/bin/env bash
# Scores one build on every recent blind set at once, with outputs of its own (two builds can be scored side by side):
#   bench/blind-all.sh OUT_DIR FM_DLL [logs|priv|both]
# logs: bench/logs/blindset-score.sh on each set of BLIND_LOGS (both modes) into OUT_DIR/logs-<set>/; the template CSVs there are
#       what two builds are compared by (`cmp`).
# priv: each set of BLIND_PRIV redacted twice, the committed draw (p<N>) and a fresh draw with SEED=11 (p<N>s11), into
#       OUT_DIR/p<N>[s11]/; one summary line per draw: typed and type-blind F1 (overlap), leaked secret characters, near-miss
#       records with any redaction. OUT_DIR/summary.txt holds the lines.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
out="$(mkdir -p "$1" && cd "$1" && pwd)"
dll="$(cd "$(dirname "$2")" && pwd)/$(basename "$2")"
what="${3:-both}"
logs="${BLIND_LOGS:-unseen12 unseen13 unseen14 unseen15 unseen16 unseen17 unseen18 unseen19}"
priv="${BLIND_PRIV:-unseen11 unseen12 unseen13 unseen14 unseen15 unseen16 unseen17 unseen18}"
tools="$root/../shared/tools"

if [ "$what" != priv ]; then
  for s in $logs; do
    nice -n 19 "$root/bench/logs/blindset-score.sh" "$root/bench/logs/$s" "$dll" "$out/logs-$s" > "$out/logs-$s.txt" 2>&1 \
      || echo "logs $s failed (see $out/logs-$s.txt)" >&2
  done
fi

if [ "$what" != logs ]; then
  : > "$out/summary.txt"
  for s in $priv; do
    n="${s#unseen}"
    for draw in "p$n" "p${n}s11"; do
      d="$out/$draw"
      mkdir -p "$d"
      if [ "$draw" = "p$n" ]; then
        cp "$root/bench/privacy/$s/records.jsonl" "$d/records.jsonl"
      else
        (cd "$root/bench/privacy/$s" && SEED=11 python3 make.py "$d/records.jsonl" "$d/extra.jsonl" > /dev/null 2>&1)
      fi
      nice -n 19 dotnet "$dll" redact --jsonl "$d/records.jsonl" -o "$d/pred.jsonl"
      python3 "$tools/pii_eval.py" "$d/records.jsonl" "$d/pred.jsonl" --mode overlap --errors 400 --json "$d/typed.json" > "$d/typed.txt"
      python3 "$tools/pii_eval.py" "$d/records.jsonl" "$d/pred.jsonl" --mode overlap --ignore-type --json "$d/blind.json" > "$d/blind.txt"
      python3 - "$draw" "$d" >> "$out/summary.txt" <<'PY'
import json, sys
draw, d = sys.argv[1], sys.argv[2]
f1 = lambda name: json.load(open(f"{d}/{name}.json"))["overlap"]["micro"]["f1"]
secret = {"URL_CREDENTIALS", "CONNECTION_STRING", "AWS_ACCESS_KEY", "AWS_SECRET_KEY", "GITHUB_TOKEN", "SLACK_TOKEN", "JWT",
          "PRIVATE_KEY", "API_KEY", "GENERIC_SECRET", "BEARER_TOKEN", "BASIC_AUTH"}
gold = [json.loads(l) for l in open(f"{d}/records.jsonl")]
pred = {r["id"]: r["entities"] for r in map(json.loads, open(f"{d}/pred.jsonl"))}
leaked = near = 0
for r in gold:
    ps = pred.get(r["id"], [])
    if not r["entities"] and ps:
        near += 1
    for g in r["entities"]:
        if g["type"] in secret:
            leaked += sum(1 for i in range(g["start"], g["end"]) if not any(p["start"] <= i < p["end"] for p in ps))
print(f"{draw:<8} typed {f1('typed'):.3f}  type-blind {f1('blind'):.3f}  leaked secret chars {leaked:>5}  near-miss records {near:>3}")
PY
    done
  done
  cat "$out/summary.txt"
fi
