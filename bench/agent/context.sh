#!/usr/bin/env bash
# What the model's first request carries (issue 16): every example incident through `fm ask` against fake_llm.py, which records the
# requests; then the first request of each is scored for the root cause's keywords, beside the naive baseline (question + first
# 96,000 characters of the raw files). Usage: bench/agent/context.sh [INCIDENTS_DIR]   (FM_LLM_CONTEXT_TOKENS is honoured)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
incidents="${1:-$root/../shared/data/incidents}"
work="$(mktemp -d)"
port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
trap 'kill "$llm" 2>/dev/null || true; rm -rf "$work"' EXIT

"$root/fm" --help >/dev/null 2>&1 || true   # builds the CLI once
export FM_OPENAI_COMPATIBLE_URL="http://127.0.0.1:$port/v1" FM_OPENAI_COMPATIBLE_MODEL=fake-model FM_LLM_CACHE=off FM_LLM_RETRIES=0 FM_DATA_WARMUP=false
for dir in "$incidents"/*/; do
  name="$(basename "$dir")"
  [[ -f "$dir/question.txt" ]] || continue
  mkdir -p "$work/records/$name"
  python3 /work/shared/tools/fake_llm.py --port "$port" --record "$work/records/$name" &
  llm=$!
  for _ in $(seq 50); do (echo >"/dev/tcp/127.0.0.1/$port") 2>/dev/null && break; sleep 0.1; done
  files=()
  for f in "$dir"/files/*; do files+=(--file "$f"); done
  "$root/fm" ask --json --data-dir "$work/data-$name" "$(cat "$dir/question.txt")" "${files[@]}" >"$work/$name.json" 2>"$work/$name.err" \
    || echo "$name: fm ask failed: $(tail -1 "$work/$name.err")" >&2
  kill "$llm"; wait "$llm" 2>/dev/null || true
done
python3 "$root/bench/agent/first_request.py" "$incidents" "$work/records" --budget-chars $(( ${FM_LLM_CONTEXT_TOKENS:-24000} * 4 ))
