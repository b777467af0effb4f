#!/usr/bin/env bash
# The foundation's load scenario (sessions and cases, 100 connections) in one run against three set-ups, so they compare as ratios:
#   embedded   one instance, SQLite and in-process state
#   1 × server one instance on PostgreSQL + Redis
#   2 × server two instances on the same PostgreSQL + Redis, behind nginx (round robin, keep-alive; no session affinity)
# Every set-up is reached through the same nginx, so the proxy hop is in all three. Redis runs with the append-only file
# (fsync every second), PostgreSQL with its defaults (fsync on, synchronous commit); both on free loopback ports, thrown away after.
# PG_EXTRA is appended to the instances' connection string (e.g. ";Maximum Pool Size=50") to compare pool sizes.
# Usage: bench/load/scale-out.sh [duration-seconds]   (installs wrk, nginx, redis-server, postgresql from Debian if missing; root)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
here="$root/bench/load"
duration="${1:-10}"
source "$here/lib.sh"

missing=()
for tool in wrk:wrk nginx:nginx redis-server:redis-server; do command -v "${tool%%:*}" >/dev/null || missing+=("${tool##*:}"); done
ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1 || missing+=(postgresql)
if ((${#missing[@]})); then apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"; fi
pgbin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)

dotnet build "$root/src/FaultMaven.Server/FaultMaven.Server.csproj" -c Release --nologo -v quiet "-clp:ErrorsOnly;NoSummary" >&2
data=$(mktemp -d)
chmod 755 "$data"
cleanup() { [[ -f "$data/nginx.pid" ]] && nginx -c "$data/nginx.conf" -s stop 2>/dev/null; for p in $(cat "$data/pids" 2>/dev/null); do kill "$p" 2>/dev/null || true; done; wait 2>/dev/null || true; rm -rf "$data"; }
trap cleanup EXIT

# PostgreSQL refuses to run as root: run it as the postgres user.
as_pg() { if [[ $(id -u) -eq 0 ]]; then setpriv --reuid=postgres --regid=postgres --init-groups -- "$@"; else "$@"; fi; }
mkdir -p "$data/pg" "$data/redis"
[[ $(id -u) -eq 0 ]] && chown postgres:postgres "$data/pg"
as_pg "$pgbin/initdb" -D "$data/pg/cluster" -U faultmaven --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
pg_port=$(free_port)
as_pg "$pgbin/postgres" -D "$data/pg/cluster" -p "$pg_port" -k "$data/pg/cluster" -c listen_addresses=127.0.0.1 -c max_connections=300 >"$data/pg.log" 2>&1 &
echo $! >>"$data/pids"
redis_port=$(free_port)
redis-server --port "$redis_port" --bind 127.0.0.1 --dir "$data/redis" --appendonly yes --appendfsync everysec --save "" >"$data/redis.log" 2>&1 &
echo $! >>"$data/pids"
for _ in $(seq 100); do "$pgbin/pg_isready" -q -h 127.0.0.1 -p "$pg_port" && break; sleep 0.1; done
psql -q -h 127.0.0.1 -p "$pg_port" -U faultmaven -d postgres -c "CREATE DATABASE faultmaven" >/dev/null

start_instance() { # name, extra env… : sets $port and $pid
  local name=$1; shift
  port=$(free_port)
  mkdir -p "$data/$name"
  env FM_PORT="$port" FM_DATA_DIR="$data/$name" FM_LOG_LEVEL=Warning "$@" \
    dotnet "$root/artifacts/bin/FaultMaven.Server/release/FaultMaven.Server.dll" >"$data/$name.log" 2>&1 &
  pid=$!
  echo $pid >>"$data/pids"
  wait_live "http://127.0.0.1:$port"
}

proxy_port=$(free_port)
proxy() { # backend ports… : (re)points nginx at them
  local servers=""
  for p in "$@"; do servers+="server 127.0.0.1:$p;"; done
  cat >"$data/nginx.conf" <<CONF
worker_processes 1;
pid $data/nginx.pid;
error_log $data/nginx-error.log;
events { worker_connections 1024; }
http {
  access_log off;
  upstream faultmaven { $servers keepalive 128; }
  server {
    listen 127.0.0.1:$proxy_port;
    location / { proxy_pass http://faultmaven; proxy_http_version 1.1; proxy_set_header Connection ""; }
  }
}
CONF
  if [[ -f "$data/nginx.pid" ]]; then nginx -c "$data/nginx.conf" -s reload; sleep 0.5; else nginx -c "$data/nginx.conf"; fi
}

scenario() { # label
  local url="http://127.0.0.1:$proxy_port"
  local session case_id
  session=$(curl -fs -X POST "$url/api/v1/sessions" -H 'content-type: application/json' -d '{"clientKind":"api"}' | json_id)
  case_id=$(curl -fs -X POST "$url/api/v1/cases" -H 'content-type: application/json' -d '{"title":"bench"}' | json_id)
  wrk_row "$1: GET /health/live (no I/O)" "$url/health/live"
  wrk_row "$1: GET /api/v1/sessions/{id}" "$url/api/v1/sessions/$session"
  wrk_row "$1: POST /api/v1/sessions/{id}/heartbeat" -s "$here/heartbeat.lua" "$url/api/v1/sessions/$session/heartbeat"
  wrk_row "$1: GET /api/v1/cases/{id}" "$url/api/v1/cases/$case_id"
  wrk_row "$1: POST /api/v1/cases (create)" -s "$here/create-case.lua" "$url/api/v1/cases"
  wrk_row "$1: POST /api/v1/cases/{id}/turns (append)" -s "$here/append-turn.lua" "$url/api/v1/cases/$case_id/turns"
}

echo "| set-up: scenario (100 connections through nginx, ${duration}s, wrk -t2) | p50 | p99 | requests/s | errors |"
echo "| --- | --- | --- | --- | --- |"
start_instance embedded
proxy "$port"
scenario "embedded"
kill "$pid"; wait "$pid" 2>/dev/null || true

servers=(FM_POSTGRES="Host=127.0.0.1;Port=$pg_port;Username=faultmaven;Database=faultmaven${PG_EXTRA:-}" FM_REDIS="127.0.0.1:$redis_port" FM_PRIVACY_KEY="$(openssl rand -base64 32)")
start_instance a "${servers[@]}"
a=$port
proxy "$a"
scenario "1 × server"
start_instance b "${servers[@]}"
proxy "$a" "$port"
scenario "2 × server"
echo
echo "Cores: $(nproc); PostgreSQL $("$pgbin/postgres" --version | awk '{print $3}'), Redis $(redis-server --version | awk '{print $3}' | cut -d= -f2), nginx $(nginx -v 2>&1 | cut -d/ -f2)."
