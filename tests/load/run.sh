#!/usr/bin/env bash
# Load test: the published site versus the same bytes served as a plain static file by Kestrel, then odd requests.
# Loopback only, bounded in time. Usage: bash tests/load/run.sh [seconds] [connections]   (needs wrk: apt-get install wrk)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
duration="${1:-20}"; connections="${2:-64}"
work=$(mktemp -d); site_port=5191; static_port=5192
cleanup() { kill "${site_pid:-}" "${static_pid:-}" 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT

dotnet publish src/OpenAIStory.Web -c Release -o "$work/site" --nologo -v quiet
dotnet build tests/OpenAIStory.Benchmarks -c Release --nologo -v quiet
ASPNETCORE_ENVIRONMENT=Production Content__Root="$PWD/content" Serilog__MinimumLevel__Default=Warning \
  "$work/site/OpenAIStory.Web" --urls "http://127.0.0.1:$site_port" >"$work/site.log" 2>&1 & site_pid=$!
for _ in $(seq 50); do curl -fs "http://127.0.0.1:$site_port/healthz" >/dev/null 2>&1 && break; sleep 0.2; done

# The baseline: exactly the bytes the site serves for /, as a file.
mkdir -p "$work/static"
curl -fs "http://127.0.0.1:$site_port/" -o "$work/static/index.html"
dotnet tests/OpenAIStory.Benchmarks/bin/Release/net10.0/OpenAIStory.Benchmarks.dll static-server "$work/static" "$static_port" & static_pid=$!
for _ in $(seq 50); do curl -fs "http://127.0.0.1:$static_port/index.html" >/dev/null 2>&1 && break; sleep 0.2; done

echo "page: $(wc -c <"$work/static/index.html") bytes; br: $(curl -s -H 'Accept-Encoding: br' "http://127.0.0.1:$site_port/" | wc -c) bytes"
run() { echo "== $1"; wrk -t2 -c"$connections" -d"${duration}s" --latency "${@:2}" | grep -E 'Requests/sec|Latency|Non-2xx|Socket errors|99%|50%'; }
run "dynamic / (identity)" "http://127.0.0.1:$site_port/"
run "static index.html (identity)" "http://127.0.0.1:$static_port/index.html"
run "dynamic / (brotli)" -H 'Accept-Encoding: br' "http://127.0.0.1:$site_port/"
run "dynamic / (conditional, 304)" -H "If-None-Match: $(curl -sI "http://127.0.0.1:$site_port/" | awk -F': ' 'tolower($1)=="etag"{print $2}' | tr -d '\r')" "http://127.0.0.1:$site_port/"
echo "== odd requests (status counts)"
wrk -t1 -c8 -d5s -s tests/load/odd-requests.lua "http://127.0.0.1:$site_port"
