#!/usr/bin/env bash
# Scores one blind redaction set (bench/privacy/unseenN): score-set.sh (typed and type-blind F1, leaked characters by type, false
# redactions on the near-miss records by family), then the set's kinds.py failure-kind tables on the same predictions if it has
# one, then its extra.jsonl (personal data with no type in the shared vocabulary) type-blind if it has one.
#   bench/privacy/blindset-score.sh SET_DIR [FM_DLL]             the committed set
#   SEED=11 bench/privacy/blindset-score.sh SET_DIR [FM_DLL]     a fresh draw of the same families (SET_DIR/seed11/, not committed)
# FM_DLL: an fm.dll run with `dotnet`; default ./fm of this tree. Each set's score.sh calls this with its own folder.
set -euo pipefail
here=$(cd "$1" && pwd)
shift
cd "$(dirname "$0")/../.."
name=$(basename "$here")
if [ -n "${SEED:-}" ]; then
  name=$name/seed$SEED
  mkdir -p "$here/seed$SEED"
  python3 "$here/make.py" "$here/seed$SEED/records.jsonl" "$here/seed$SEED/extra.jsonl" > /dev/null 2>&1
fi
bench/privacy/score-set.sh "$name" "$@"
if [ -f "$here/kinds.py" ]; then
  python3 "$here/kinds.py" "artifacts/bench/$name/pred.jsonl" "bench/privacy/$name/records.jsonl"
fi
extra=bench/privacy/$name/extra.jsonl out=artifacts/bench/$name
[ -f "$extra" ] || exit 0
if [ $# -ge 1 ]; then nice -n 19 dotnet "$1" redact --jsonl "$extra" -o "$out/extra-pred.jsonl"; else nice -n 19 ./fm redact --jsonl "$extra" -o "$out/extra-pred.jsonl"; fi
python3 - "$extra" "$out/extra-pred.jsonl" <<'PY'
import collections, json, sys
gold = list(map(json.loads, open(sys.argv[1])))
pred = {r["id"]: r["entities"] for r in map(json.loads, open(sys.argv[2]))}
n = collections.Counter(); hit = collections.Counter(); ch = collections.Counter(); leak = collections.Counter()
for r in gold:
    ps = pred.get(r["id"], [])
    for g in r["entities"]:
        n[g["type"]] += 1
        hit[g["type"]] += any(max(g["start"], p["start"]) < min(g["end"], p["end"]) for p in ps)
        ch[g["type"]] += g["end"] - g["start"]
        leak[g["type"]] += sum(1 for i in range(g["start"], g["end"]) if not any(p["start"] <= i < p["end"] for p in ps))
print("extra.jsonl (personal data with no type in the shared vocabulary; type-blind): entities touched / gold, leaked characters / gold characters")
for t in sorted(n):
    print(f"  {t:<18} {hit[t]:>3}/{n[t]:<3}  leaked {leak[t]:>4}/{ch[t]}")
PY
