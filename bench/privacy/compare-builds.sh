#!/usr/bin/env bash
# Two builds of the CLI side by side: redacted output and --jsonl entities (shared corpus, families, unseen2, Loghub-2k lines) must be
# byte-identical, and CPU is compared.
#   bench/privacy/compare-builds.sh BEFORE_DIR AFTER_DIR [RUNS]
# BEFORE_DIR/AFTER_DIR hold fm.dll (e.g. `dotnet build src/FaultMaven.Cli -c Release -o /tmp/fm-before` at each commit).
# Times `fm redact FILE > out` (standard output, as users run it) alternately, RUNS times (default 3), on the 100 MB varied log
# and the 100 MB dense PII corpus; prints wall, user, system seconds and peak RSS (KB) per run and checks outputs with cmp.
set -euo pipefail
cd "$(dirname "$0")/../.."
before=$1 after=$2 runs=${3:-3}
out=artifacts/bench/compare-builds
mkdir -p "$out"
log=artifacts/bench/big-100mb.log corpus=artifacts/bench/privacy/big-100.txt
[ -f "$log" ] || python3 bench/logs/make-big-log.py "$log" 100
[ -f "$corpus" ] || python3 bench/privacy/make-corpus.py ../shared/data/pii/dev.jsonl "$corpus" --mb 100

python3 - ../shared/data/loghub2k "$out/loghub.jsonl" <<'PY'
import json, pathlib, sys
with open(sys.argv[2], "w") as out:
    for log in sorted(pathlib.Path(sys.argv[1]).glob("*/*_2k.log")):
        for number, line in enumerate(log.read_text(encoding="utf-8", errors="replace").splitlines(), 1):
            out.write(json.dumps({"id": f"{log.parent.name}:{number}", "text": line}) + "\n")
PY
echo "== entities (--jsonl), before vs after =="
for set in ../shared/data/pii/dev.jsonl bench/privacy/families/{dev,heldout,escapes}.jsonl bench/privacy/unseen2/records.jsonl "$out/loghub.jsonl"; do
  name=$(basename "$(dirname "$set")")-$(basename "$set")
  for side in before after; do
    dir=$before; [ $side = after ] && dir=$after
    nice -n 19 dotnet "$dir/fm.dll" redact --jsonl "$set" -o "$out/$side-$name" 2>/dev/null
  done
  cmp -s "$out/before-$name" "$out/after-$name" && echo "$name: identical" || echo "$name: DIFFERENT"
  [[ $set == *loghub* ]] || python3 ../shared/tools/pii_eval.py "$set" "$out/after-$name" | grep -E "micro|leaked characters" | head -3
done

echo "== fm redact FILE > out: wall user sys maxrss(KB) =="
for i in $(seq "$runs"); do
  for file in "$log" "$corpus"; do
    for side in before after; do
      dir=$before; [ $side = after ] && dir=$after
      /usr/bin/time -o "$out/time" -f "%e %U %S %M" nice -n 19 dotnet "$dir/fm.dll" redact "$file" > "$out/$side.out" 2>/dev/null
      echo "$(basename "$file") $side $(cat "$out/time") load=$(cut -d' ' -f1 /proc/loadavg)"
    done
    cmp -s "$out/before.out" "$out/after.out" && echo "  outputs identical" || echo "  outputs DIFFERENT"
  done
done
