#!/usr/bin/env bash
# Prints "incident/file<TAB>type<TAB>format<TAB>findings" for every evidence file of ../shared/data/incidents, as `fm analyze`
# classifies and reads it (no redaction: nothing leaves the machine). Compare with bench/data/incident-types.tsv (the type an
# engineer would give each file) by: bench/data/classify-incidents.sh | bench/data/score-types.py bench/data/incident-types.tsv
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
data="${1:-$root/../shared/data/incidents}"
fm="${FM_DLL:-$root/artifacts/bin/FaultMaven.Cli/release/fm.dll}"
for dir in "$data"/*/files; do
  incident="$(basename "$(dirname "$dir")")"
  for file in "$dir"/*; do
    dotnet "$fm" analyze --json --no-redact "$file" \
      | python3 -c 'import json,sys; r=json.load(sys.stdin); c=r["classification"]; print("\t".join([sys.argv[1], c["type"], str(c.get("format")), str(len(r["analysis"]["findings"]))]))' "$incident/$(basename "$file")"
  done
done
