#!/usr/bin/env bash
# Scores this set: bench/privacy/score-set.sh unseen7 [FM_DLL] (typed and type-blind F1, leaked characters by type, false
# redactions on the near-miss records by family), the failure-kind tables of kinds.py on the same predictions, then extra.jsonl
# (personal data with no type in the shared vocabulary) type-blind.
#   bench/privacy/unseen7/score.sh [FM_DLL]            the committed set (seed 7)
#   SEED=11 bench/privacy/unseen7/score.sh [FM_DLL]    a fresh draw of the same families (written to unseen7/seed11/, not committed)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
cd "$here/../../.."
name=unseen7
if [ -n "${SEED:-}" ]; then
  name=unseen7/seed$SEED
  mkdir -p "$here/seed$SEED"
  python3 "$here/make.py" "$here/seed$SEED/records.jsonl" 2> /dev/null
fi
"$here/../score-set.sh" "$name" "$@"
if [ -f "$here/kinds.py" ]; then
  python3 "$here/kinds.py" "artifacts/bench/$name/pred.jsonl" "bench/privacy/$name/records.jsonl"
fi
extra=bench/privacy/$name/extra.jsonl out=artifacts/bench/$name
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
print("extra.jsonl (NATIONAL_ID, DATE_OF_BIRTH, ADDRESS, BANK_ACCOUNT have no shared type; type-blind): entities touched / gold, leaked characters / gold characters")
for t in sorted(n):
    print(f"  {t:<18} {hit[t]:>3}/{n[t]:<3}  leaked {leak[t]:>4}/{ch[t]}")
PY
