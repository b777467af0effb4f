#!/usr/bin/env bash
# Evidence destroyed by false redactions: redacts the eight Loghub-2k samples (they hold no credentials and no payment data) and
# counts what was taken out, by type. Every secret-type or card redaction there is a false one. Target: 0.
#   bench/privacy/over-redaction.sh [LOGHUB_DIR]     Writes to artifacts/bench/over-redaction.
#   FM_DLL=/path/fm.dll bench/privacy/over-redaction.sh   scores a kept copy of a build instead of ./fm.
set -euo pipefail
cd "$(dirname "$0")/../.."
data="${1:-${FM_LOGHUB_DIR:-../shared/data/loghub2k}}"
out=artifacts/bench/over-redaction
mkdir -p "$out"
python3 - "$data" "$out/lines.jsonl" <<'PY'
import json, pathlib, sys
data, target = pathlib.Path(sys.argv[1]), sys.argv[2]
with open(target, "w") as out:
    for log in sorted(data.glob("*/*_2k.log")):
        for number, line in enumerate(log.read_text(encoding="utf-8", errors="replace").splitlines(), 1):
            out.write(json.dumps({"id": f"{log.parent.name}:{number}", "text": line}) + "\n")
PY
if [ -n "${FM_DLL:-}" ]; then fm=(dotnet "$FM_DLL"); else fm=(./fm); fi
"${fm[@]}" redact --jsonl "$out/lines.jsonl" --output "$out/found.jsonl"
python3 - "$out/lines.jsonl" "$out/found.jsonl" <<'PY'
import collections, json, sys
secret = {"URL_CREDENTIALS", "CONNECTION_STRING", "AWS_ACCESS_KEY", "AWS_SECRET_KEY", "GITHUB_TOKEN", "SLACK_TOKEN", "JWT", "PRIVATE_KEY",
          "API_KEY", "GENERIC_SECRET", "BEARER_TOKEN", "BASIC_AUTH"}
texts = {r["id"]: r["text"] for r in map(json.loads, open(sys.argv[1]))}
by_system = collections.defaultdict(collections.Counter)
examples = []
for record in map(json.loads, open(sys.argv[2])):
    system = record["id"].split(":")[0]
    for e in record["entities"]:
        by_system[system][e["type"]] += 1
        if e["type"] in secret or e["type"] == "CREDIT_CARD":
            examples.append(f'  {record["id"]} {e["type"]}: {texts[record["id"]][e["start"]:e["end"]]!r}')
types = sorted({t for c in by_system.values() for t in c})
print(f'{"system":<11}' + "".join(f"{t:>16}" for t in types) + f'{"secret+card":>13}')
total = collections.Counter()
for system in sorted(by_system):
    c = by_system[system]
    total.update(c)
    bad = sum(n for t, n in c.items() if t in secret or t == "CREDIT_CARD")
    print(f"{system:<11}" + "".join(f"{c[t]:>16}" for t in types) + f"{bad:>13}")
bad = sum(n for t, n in total.items() if t in secret or t == "CREDIT_CARD")
print(f'{"total":<11}' + "".join(f"{total[t]:>16}" for t in types) + f"{bad:>13}")
print(f"secret-type and card redactions on logs that hold none: {bad} (target 0)")
for line in examples[:40]:
    print(line)
PY
