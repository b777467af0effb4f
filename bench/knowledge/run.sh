#!/usr/bin/env bash
# Knowledge-base quality and speed, FaultMaven beside SQLite FTS5 on the same chunks.
#   bench/knowledge/run.sh [CHUNKS]     (default 100000)
# 1. quality on ../shared/data/runbooks (dev queries): `fm kb eval`, and FTS5 over the same chunks, scored by retrieval_eval.py;
# 2. speed and memory at CHUNKS chunks (the corpus repeated with new ids).
set -euo pipefail
cd "$(dirname "$0")/../.."
chunks=${1:-100000}
data=../shared/data/runbooks
out=artifacts/bench/knowledge
mkdir -p "$out"
./fm kb eval --corpus "$data/corpus.jsonl" --queries "$data/queries-dev.jsonl" --output "$out/fm.jsonl"
echo "== FaultMaven (lexical)"; python3 ../shared/tools/retrieval_eval.py "$data/queries-dev.jsonl" "$out/fm.jsonl"
dotnet run -c Release --project bench/knowledge -- "$data/corpus.jsonl" "$data/queries-dev.jsonl" 0 "$out/fts5.jsonl" | sed 's/^/  /' 
echo "== SQLite FTS5 over the same chunks"; python3 ../shared/tools/retrieval_eval.py "$data/queries-dev.jsonl" "$out/fts5.jsonl"
echo "== speed at $chunks chunks"
dotnet run -c Release --project bench/knowledge -- "$data/corpus.jsonl" "$data/queries-dev.jsonl" "$chunks"
