#!/usr/bin/env bash
# Load scenario for sessions and cases against the embedded store: wrk from a separate process over loopback,
# 100 connections. Prints a Markdown table for docs/BENCHMARKS.md.
# Usage: bench/load/run.sh [duration-seconds]   (installs wrk from Debian if missing; needs root for that)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
here="$root/bench/load"
duration="${1:-15}"
source "$here/lib.sh"
command -v wrk >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk; }

dotnet build "$root/src/FaultMaven.Server/FaultMaven.Server.csproj" -c Release --nologo -v quiet "-clp:ErrorsOnly;NoSummary" >&2
data=$(mktemp -d)
port=$(free_port)
FM_PORT=$port FM_DATA_DIR="$data" FM_LOG_LEVEL=Warning dotnet "$root/artifacts/bin/FaultMaven.Server/release/FaultMaven.Server.dll" >"$data/server.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null; wait $pid 2>/dev/null; rm -rf "$data"' EXIT
url="http://127.0.0.1:$port"
wait_live "$url"
rss() { awk '/VmRSS/ {printf "%.0f", $2/1024}' "/proc/$pid/status"; }
rss_start=$(rss)

session=$(curl -fs -X POST "$url/api/v1/sessions" -H 'content-type: application/json' -d '{"clientKind":"api"}' | json_id)
case_id=$(curl -fs -X POST "$url/api/v1/cases" -H 'content-type: application/json' -d '{"title":"bench"}' | json_id)

peak=0
on_tick() { local r; r=$(rss); ((r > peak)) && peak=$r; }
run() { wrk_row "$@"; }

echo "| scenario (100 connections, ${duration}s, wrk -t2) | p50 | p99 | requests/s | errors |"
echo "| --- | --- | --- | --- | --- |"
run "GET /health/live (baseline: no I/O)" "$url/health/live"
run "GET /api/v1/sessions/{id}" "$url/api/v1/sessions/$session"
run "POST /api/v1/sessions/{id}/heartbeat" -s "$here/heartbeat.lua" "$url/api/v1/sessions/$session/heartbeat"
run "GET /api/v1/cases/{id}" "$url/api/v1/cases/$case_id"
run "POST /api/v1/cases (create)" -s "$here/create-case.lua" "$url/api/v1/cases"
run "POST /api/v1/cases/{id}/turns (append)" -s "$here/append-turn.lua" "$url/api/v1/cases/$case_id/turns"
echo
echo "Server RSS: ${rss_start} MB after start, ${peak} MB peak under load. Cores: $(nproc)."
