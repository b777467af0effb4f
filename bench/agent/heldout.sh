#!/usr/bin/env bash
# The offline engine on the constructed held-out incidents (bench/agent/heldout and bench/agent/heldout2: 16 incidents each, written
# by teammates who had not read the engine's code, generated deterministically by the scripts in gen/), scored like the examples.
#   bench/agent/heldout.sh [heldout|heldout2]   (default heldout)
set -euo pipefail
cd "$(dirname "$0")/../.."
set_name=${1:-heldout}
out=artifacts/$set_name
rm -rf "$out" && mkdir -p "$out"
cp -r "bench/agent/$set_name/gen" "$out/_gen"
if [[ -f "$out/_gen/make_all.py" ]]; then (cd "$out/_gen" && python3 make_all.py > /dev/null); else for g in "$out"/_gen/gen_*.py; do python3 "$g" > /dev/null; done; fi
bench/agent/incidents.sh "$(realpath "$out")"
