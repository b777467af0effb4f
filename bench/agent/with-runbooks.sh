#!/usr/bin/env bash
# The offline engine on incident scenarios with a knowledge base: the shared runbook corpus (≈ 5,000 chunks, mostly about other
# failures, so realistic distractors) already embedded with the local model, copied into each scenario's data directory.
#   bench/agent/with-runbooks.sh [SET ...]   SET: a scenarios directory, or heldout|heldout2|heldout3 (generated as heldout.sh does);
#                                            default: ../shared/data/incidents
# Environment: KB_DATA (default /tmp/evals/data-arctic: a data directory holding the corpus and its arctic-embed-xs vectors; only
# copied, never changed), OUT (default artifacts/with-runbooks), FM (default ./fm; e.g. "dotnet /path/fm.dll" for another build),
# FM_EMBEDDINGS (passed through: off = lexical). Constructed incidents with team runbooks: bench/agent/meaning/prepare.sh.
# Per set: incident_eval.py's score, and runbooks.tsv — for each scenario the runbook the answer cites (or "-") and its title, for
# judging whether it is about the failure; when a scenario's answer.json names expected_runbook / forbidden_runbook, whether it
# was cited is counted too.
set -euo pipefail
cd "$(dirname "$0")/../.."
kb=${KB_DATA:-/tmp/evals/data-arctic}
out=${OUT:-artifacts/with-runbooks}
read -r -a fm <<< "${FM:-./fm}"
[[ -f "$kb/faultmaven.db" ]] || { echo "with-runbooks: $kb holds no faultmaven.db" >&2; exit 2; }
sets=("$@"); [[ ${#sets[@]} -gt 0 ]] || sets=(../shared/data/incidents)
mkdir -p "$out"
"${fm[@]}" --help > /dev/null   # build once before timing

for set in "${sets[@]}"; do
  if [[ -d "bench/agent/$set/gen" ]]; then
    name=$set
    rm -rf "$out/$name" && mkdir -p "$out/$name"
    cp -r "bench/agent/$set/gen" "$out/$name/_gen"
    if [[ -f "$out/$name/_gen/make_all.py" ]]; then (cd "$out/$name/_gen" && python3 make_all.py > /dev/null); else for g in "$out/$name"/_gen/gen_*.py; do python3 "$g" > /dev/null; done; fi
    scenarios=$(realpath "$out/$name")
  else
    scenarios=$(realpath "$set"); name=$(basename "$scenarios")
    rm -rf "$out/$name" && mkdir -p "$out/$name"
  fi
  answers="$out/$name/answers"; mkdir -p "$answers"
  : > "$out/$name/runbooks.tsv"
  for dir in "$scenarios"/*/; do
    scenario=$(basename "$dir")
    [[ -f "$dir/question.txt" ]] || continue
    data="$out/$name/data-$scenario"
    rm -rf "$data" && cp -r "$kb" "$data" && rm -f "$data/faultmaven.lock"
    args=()
    for file in "$dir"/files/*; do args+=(--file "$file"); done
    start=$(date +%s.%N)
    "${fm[@]}" ask --data-dir "$data" --json "$(cat "$dir/question.txt")" "${args[@]}" > "$answers/$scenario.json"
    cited=$(python3 -c '
import json, sys
answer = json.load(open(sys.argv[1]))
chunks = [c["id"] for c in answer.get("citations", []) if c.get("kind") == "knowledge-chunk"]
print(chunks[0].split("#")[0] if chunks else "-")' "$answers/$scenario.json")
    printf '%s\t%s\n' "$scenario" "$cited" >> "$out/$name/runbooks.tsv"
    printf '%-14s %5.1f s  %s\n' "$scenario" "$(echo "$(date +%s.%N) - $start" | bc)" "$cited"
    rm -rf "$data"
  done
  python3 ../shared/tools/incident_eval.py "$scenarios" "$answers" --max-words 150 | tail -n 3
  python3 - "$scenarios" "$out/$name/runbooks.tsv" <<'PY'
import json, os, sys
scenarios, table = sys.argv[1], sys.argv[2]
rows = [line.rstrip("\n").split("\t") for line in open(table) if line.strip()]
cited = sum(1 for _, r in rows if r != "-")
expected = forbidden = found = used = 0
for name, runbook in rows:
    answer = json.load(open(os.path.join(scenarios, name, "answer.json")))
    if answer.get("expected_runbook"):
        expected += 1; found += runbook == answer["expected_runbook"]
    if answer.get("forbidden_runbook"):
        forbidden += 1; used += runbook == answer["forbidden_runbook"]
print(f"runbook cited: {cited}/{len(rows)}" + (f"; expected runbook cited {found}/{expected}" if expected else "") + (f"; forbidden runbook cited {used}/{forbidden}" if forbidden else ""))
PY
done
