#!/usr/bin/env bash
# Times two builds of fm alternately on the 100 MB inputs (the quiet-machine figures in docs/BENCHMARKS.md): `logs parse` on the
# varied log, `redact` on the varied log and on the dense PII corpus, ROUNDS rounds each, wall seconds, user and system CPU seconds
# and peak RSS (KB) per run, then whether each pair of outputs is byte-identical.
# Usage: bench/ab-builds.sh A/fm.dll B/fm.dll [ROUNDS]   (e.g. a copy of artifacts/fm kept at the session's start, and ./fm's now)
# Inputs: artifacts/bench/big-100mb.log (bench/logs/make-big-log.py) and artifacts/bench/privacy/big-100.txt (bench/privacy/make-corpus.py).
set -euo pipefail
a=$1 b=$2 rounds=${3:-3}
root="$(cd "$(dirname "$0")/.." && pwd)"
log=$root/artifacts/bench/big-100mb.log corpus=$root/artifacts/bench/privacy/big-100.txt out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
cat "$log" "$corpus" > /dev/null   # both in the page cache before the first timing
run() { /usr/bin/time -f "%e %U %S %M" -o "$out/time" "$@" > /dev/null 2>&1; cat "$out/time"; }
for round in $(seq "$rounds"); do
  for build in a b; do dll=${!build}
    echo "parse $build $(run dotnet "$dll" logs parse --input "$log" --output "$out/parse-$build.csv") load $(cut -d' ' -f1 /proc/loadavg)"
  done
done
for round in $(seq "$rounds"); do
  for build in a b; do dll=${!build}
    echo "redact-log $build $(run dotnet "$dll" redact "$log" -o "$out/log-$build.txt") load $(cut -d' ' -f1 /proc/loadavg)"
    echo "redact-dense $build $(run dotnet "$dll" redact "$corpus" -o "$out/dense-$build.txt") load $(cut -d' ' -f1 /proc/loadavg)"
  done
done
for kind in parse-a.csv:parse-b.csv log-a.txt:log-b.txt dense-a.txt:dense-b.txt; do
  cmp -s "$out/${kind%%:*}" "$out/${kind##*:}" && echo "${kind%%-*} outputs identical" || echo "${kind%%-*} outputs differ"
done
