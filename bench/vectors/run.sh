#!/usr/bin/env bash
# Vector and fused search speed (issue 22): BenchmarkDotNet (the index against the exhaustive float scan, the baseline, ratios in the
# same run), CPU time per search, then the fused search at 10k and 100k chunks (bench/knowledge, FTS5 skipped).
# The machine is shared: the load average is printed beside each part.
#   bench/vectors/run.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
out=artifacts/bench/vectors
mkdir -p "$out"
nice -n 19 dotnet build bench/vectors -c Release --nologo -v quiet "-clp:ErrorsOnly;NoSummary"
nice -n 19 dotnet build bench/knowledge -c Release --nologo -v quiet "-clp:ErrorsOnly;NoSummary"
echo "== load: $(cut -d' ' -f1-3 /proc/loadavg)"; nice -n 19 dotnet artifacts/bin/VectorBench/release/VectorBench.dll --cpu
echo "== load: $(cut -d' ' -f1-3 /proc/loadavg)"
nice -n 19 dotnet artifacts/bin/VectorBench/release/VectorBench.dll --filter '*' --artifacts "$out" | sed -n '/^| Method/,/^$/p'
for chunks in 10000 100000; do
  echo "== fused search at $chunks chunks; load: $(cut -d' ' -f1-3 /proc/loadavg)"
  SKIP_FTS5=1 nice -n 19 dotnet artifacts/bin/KnowledgeBench/release/KnowledgeBench.dll ../shared/data/runbooks/corpus.jsonl ../shared/data/runbooks/queries-dev.jsonl "$chunks"
done
echo "== load: $(cut -d' ' -f1-3 /proc/loadavg)"
