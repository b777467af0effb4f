#!/usr/bin/env bash
set -euo pipefail
for host in "$@"; do
  if [[ -z "$host" ]]; then
    continue
  fi
  ssh "$host" 'systemctl restart app'
done
