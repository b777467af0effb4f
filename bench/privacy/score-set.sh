#!/usr/bin/env bash
# Scores `fm redact --jsonl` on a labelled set with families (bench/privacy/unseen2, unseen3) the way the shared corpus is scored
# (bench/privacy/compare.sh), plus leaked characters by type and the evidence destroyed on the near-miss records (records with no
# gold entity) by family.
#   bench/privacy/score-set.sh NAME [FM_DLL]     (NAME: a folder of bench/privacy holding records.jsonl; default build ./fm;
#                                                 FM_DLL = a kept build's fm.dll for A/B)
set -euo pipefail
cd "$(dirname "$0")/../.."
name=$1
set=bench/privacy/$name/records.jsonl out=artifacts/bench/$name
mkdir -p "$out"
if [ $# -ge 2 ]; then nice -n 19 dotnet "$2" redact --jsonl "$set" -o "$out/pred.jsonl"; else nice -n 19 ./fm redact --jsonl "$set" -o "$out/pred.jsonl"; fi
python3 ../shared/tools/pii_eval.py "$set" "$out/pred.jsonl" --errors 400 > "$out/typed.txt"
python3 ../shared/tools/pii_eval.py "$set" "$out/pred.jsonl" --ignore-type > "$out/blind.txt"
sed -n '/overlap span match, typed/,/micro/p' "$out/typed.txt"
sed -n '/overlap span match/,/micro/p' "$out/blind.txt" | sed 's/^/  [type-blind] /'
grep -E "leaked characters|over-redacted|false-alarm" "$out/typed.txt"
python3 - "$set" "$out/pred.jsonl" <<'PY'
import collections, json, sys
gold = {r["id"]: r for r in map(json.loads, open(sys.argv[1]))}
pred = {r["id"]: r["entities"] for r in map(json.loads, open(sys.argv[2]))}
secret = {"URL_CREDENTIALS", "CONNECTION_STRING", "AWS_ACCESS_KEY", "AWS_SECRET_KEY", "GITHUB_TOKEN", "SLACK_TOKEN", "JWT", "PRIVATE_KEY",
          "API_KEY", "GENERIC_SECRET", "BEARER_TOKEN", "BASIC_AUTH"}
neg = collections.Counter(); hit = collections.Counter(); spans = collections.Counter()
leak = collections.Counter(); leakch = collections.Counter()
for rid, r in gold.items():
    ps = pred.get(rid, [])
    if not r["entities"]:
        neg[r["family"]] += 1
        if ps:
            hit[r["family"]] += 1
            for p in ps:
                spans["secret-type" if p["type"] in secret else "card" if p["type"] == "CREDIT_CARD" else "other"] += 1
    for g in r["entities"]:
        leakch[g["type"]] += sum(1 for i in range(g["start"], g["end"]) if not any(p["start"] <= i < p["end"] for p in ps))
        covered = any(max(g["start"], p["start"]) < min(g["end"], p["end"]) for p in ps)
        if not covered and g["type"] in secret:
            leak[r["family"]] += 1
print("near-miss records falsely redacted, by family:", ", ".join(f"{f} {hit[f]}/{neg[f]}" for f in sorted(neg)))
print("false redactions on near-miss records by kind:", dict(spans))
print("leaked secret characters:", sum(n for t, n in leakch.items() if t in secret), dict(sorted((t, n) for t, n in leakch.items() if n and t in secret)))
print("leaked other characters:", dict(sorted((t, n) for t, n in leakch.items() if n and t not in secret)))
print("secret entities wholly missed, by family:", dict(sorted(leak.items())))
PY
