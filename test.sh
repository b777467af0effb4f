#!/usr/bin/env bash
# Runs every FaultMaven test. Installs what the tests need first (Debian packages, as root, skipping what is there).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"

# Debian packages the tests start for real: the scale-out tests run throwaway Redis and PostgreSQL servers on free loopback
# ports (no system service is used); the browser tests drive Debian's chromium; the alert intake test routes an alert through a real
# Alertmanager, which also receives the SLO alerts; promtool (package prometheus) checks and unit-tests the shipped SLO rules, and
# the live-source tests query a real Prometheus scraping a loopback exporter.
packages=(redis-server postgresql chromium prometheus-alertmanager prometheus)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  echo "test.sh: installing ${missing[*]}" >&2
  if [[ $(id -u) -ne 0 ]]; then
    echo "test.sh: installing packages needs root (apt-get)" >&2
    exit 1
  fi
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

command -v dotnet >/dev/null || { echo "test.sh: the .NET 10 SDK (dotnet) is required" >&2; exit 1; }
command -v npm >/dev/null || { echo "test.sh: node and npm are required for the web app and extension tests" >&2; exit 1; }

log=$(mktemp)
trap 'rm -f "$log"' EXIT
status=0
dotnet_status=0
dotnet test FaultMaven.slnx -c Release --nologo 2>&1 | tee "$log" || dotnet_status=$?

# The clients: install from the lockfile, build (type checks and the JS size budget), component tests (Vitest), then the browser
# tests (Playwright on Debian's chromium against a real ./fm serve). Playwright's own browser download is not used.
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 NO_COLOR=1
run_clients() {
  (cd clients && npm ci --no-audit --no-fund --loglevel=error) || return 1
  (cd clients && npm run build) || return 1
  (cd clients/shared && npx vitest run) || return 1
  (cd clients && npx playwright test)
}
clients_status=0
run_clients 2>&1 | tee -a "$log" || clients_status=$?
((dotnet_status == 0 && clients_status == 0)) || status=1

# One closing line over all test assemblies, Vitest and Playwright: "N passed, N failed, N skipped". A step that failed without
# reporting a failed test (a build error, npm ci) counts as one failure, so the line never reads clean when the run was not.
awk -v dotnet_broken=$((dotnet_status != 0)) -v clients_broken=$((clients_status != 0)) '{ gsub(/\033\[[0-9;]*m/, "") }
     /^(Passed|Failed)!/ {
       for (i = 1; i <= NF; i++) { gsub(",", "", $(i+1));
         if ($i == "Failed:") f += $(i+1); if ($i == "Passed:") p += $(i+1); if ($i == "Skipped:") s += $(i+1) } }
     /^ +Tests +[0-9]/ {
       for (i = 1; i <= NF; i++) { if ($i == "passed") p += $(i-1); if ($i == "failed") f += $(i-1); if ($i == "skipped") s += $(i-1) } }
     /^ +[0-9]+ (passed|failed|skipped|flaky|did not run)/ {
       if ($2 == "passed") p += $1; else if ($2 == "skipped" || $2 == "did") s += $1; else f += $1 }
     END { if (f == 0) f = dotnet_broken + clients_broken; printf "%d passed, %d failed, %d skipped\n", p, f, s }' "$log"
exit "$status"
