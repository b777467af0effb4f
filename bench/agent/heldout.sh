#!/usr/bin/env bash
# The offline engine on the constructed held-out incidents (bench/agent/heldout: 16 incidents written by a teammate who had not read
# the engine's code, generated deterministically by the scripts in gen/), scored like the examples.
#   bench/agent/heldout.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
out=artifacts/heldout
rm -rf "$out" && mkdir -p "$out"
cp -r bench/agent/heldout/gen "$out/_gen"
for g in "$out"/_gen/gen_*.py; do python3 "$g" > /dev/null; done
bench/agent/incidents.sh "$(realpath "$out")"
