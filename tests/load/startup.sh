#!/usr/bin/env bash
# Start-up time of the published site: launch → first 200 from /readyz, and the process's CPU time at that moment.
# Publishes (Release, -r linux-x64, as deployed), launches once to warm the page cache, then N more times and prints
# each launch and the median. Cold by default (nothing stored: Snapshot:Cache=off); pass `stored` to measure launches
# that restore the snapshot a first launch stored.
# Usage: bash tests/load/startup.sh [launches] [cold|stored]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
launches="${1:-8}"; mode="${2:-cold}"; port=5195
work=$(mktemp -d)
cleanup() { [ -n "${pid:-}" ] && kill "$pid" 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT
dotnet publish src/OpenAIStory.Web -c Release -r linux-x64 --self-contained false -o "$work/site" --nologo -v quiet
cache=off; [ "$mode" = stored ] && cache="$work/snapshots"

launch() { # prints "wall_ms cpu_ms"
  local start end ticks
  while ss -ltn "sport = :$port" | grep -q LISTEN; do sleep 0.05; done # the previous launch has let go of the port
  start=$(date +%s%N)
  ASPNETCORE_ENVIRONMENT=Production Content__Root="$PWD/content" Site__BaseUrl="https://openaistory.example" Snapshot__Cache="$cache" \
    "$work/site/OpenAIStory.Web" --urls "http://127.0.0.1:$port" >"$work/site.log" 2>&1 &
  pid=$!
  until curl -fs "http://127.0.0.1:$port/readyz" >/dev/null 2>&1; do
    kill -0 "$pid" 2>/dev/null || { cat "$work/site.log" >&2; exit 1; }
    sleep 0.01
  done
  end=$(date +%s%N)
  ticks=$(awk '{print $14 + $15}' "/proc/$pid/stat")
  echo "$(( (end - start) / 1000000 )) $(( ticks * 1000 / $(getconf CLK_TCK) ))"
  if [ "$mode" = stored ]; then # let a rendering launch finish and store before stopping it
    for _ in $(seq 300); do grep -qE 'Stored the snapshot|Restored' "$work/site.log" && break; sleep 0.1; done
  fi
  kill "$pid"; wait "$pid" 2>/dev/null || true; pid=""
  sleep 0.5
}

launch >/dev/null # warm-up (and, for `stored`, the launch that renders and stores)
results=()
for i in $(seq "$launches"); do
  read -r wall cpu < <(launch)
  echo "launch $i: ready in $wall ms, CPU $cpu ms"
  results+=("$wall")
done
printf '%s\n' "${results[@]}" | sort -n | awk '{a[NR]=$1} END {m = NR % 2 ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2; printf "%s: min %d ms, median %d ms, max %d ms over %d launches\n", "'"$mode"'", a[1], m, a[NR], NR}'
