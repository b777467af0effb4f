# Shared by the load scripts: free ports, waiting for a server, one wrk run as a Markdown table row.
# Expects $duration and $data (a scratch directory); rows go to stdout.

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }

wait_live() { # url
  for _ in $(seq 300); do curl -fs "$1/health/live" >/dev/null && return 0; sleep 0.1; done
  echo "server at $1 did not start" >&2; return 1
}

json_id() { python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])'; }

wrk_runs=0
# wrk_row <label> <wrk args…>: 100 connections, two threads, latency distribution. While wrk runs, a function named
# on_tick (if the caller defined one) is called every half second, e.g. to sample the server's memory.
wrk_row() {
  local name=$1; shift
  wrk_runs=$((wrk_runs + 1))
  local out="$data/wrk-$wrk_runs.txt"
  wrk -t2 -c100 -d"${duration}s" --latency "$@" >"$out" &
  local w=$!
  while kill -0 $w 2>/dev/null; do declare -F on_tick >/dev/null && on_tick; sleep 0.5; done
  wait $w
  local rps p50 p99 errors
  rps=$(awk '/Requests\/sec/ {print $2}' "$out")
  p50=$(awk '$1=="50%" {print $2}' "$out")
  p99=$(awk '$1=="99%" {print $2}' "$out")
  errors=$(awk '/Non-2xx|Socket errors/ {print}' "$out" | tr '\n' ' ')
  printf '| %s | %s | %s | %s | %s |\n' "$name" "$p50" "$p99" "$rps" "${errors:-none}"
}
