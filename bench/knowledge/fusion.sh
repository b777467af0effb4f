#!/usr/bin/env bash
# Fusion of words and meaning, measured on ../shared/data/runbooks with the server's own search (fm kb eval) and chosen with
# leave-one-style-out discipline (fusion_select.py).
#   bench/knowledge/fusion.sh [DATA_DIR]
# The first run embeds every chunk with the configured model (FM_EMBEDDINGS, FM_EMBEDDINGS_MODEL) into DATA_DIR; the other runs
# reuse those vectors (kept by content hash and model signature) and only change FM_KB_FUSION and FM_KB_SEMANTIC_WEIGHT.
set -euo pipefail
cd "$(dirname "$0")/../.."
data=../shared/data/runbooks
out=artifacts/bench/knowledge/fusion
dir=${1:-$out/data}
mkdir -p "$out"
runs=()
for setting in off rrf:0.3 rrf:0.4 rrf:0.5 weighted:0.3 weighted:0.4 weighted:0.5 weighted:0.6; do
  name=${setting/:/-}
  if [[ $setting == off ]]; then
    FM_EMBEDDINGS=off ./fm kb eval --corpus "$data/corpus.jsonl" --queries "$data/queries-dev.jsonl" --output "$out/$name.jsonl" --data-dir "$out/data-off"
  else
    FM_KB_FUSION=${setting%%:*} FM_KB_SEMANTIC_WEIGHT=${setting##*:} ./fm kb eval --corpus "$data/corpus.jsonl" --queries "$data/queries-dev.jsonl" --output "$out/$name.jsonl" --data-dir "$dir"
  fi
  python3 ../shared/tools/retrieval_eval.py "$data/queries-dev.jsonl" "$out/$name.jsonl" --per-query "$out/$name.per-query.jsonl" > "$out/$name.txt"
  runs+=("$name")
done
python3 bench/knowledge/fusion_select.py "$data/queries-dev.jsonl" "$out" "${runs[@]}"
