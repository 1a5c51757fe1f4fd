#!/usr/bin/env bash
# Load test, side by side in one run on this machine (loopback only, bounded in time):
#   the published site's / versus the same bytes from a plain Kestrel static-file server (identity),
#   the site with gzip versus Debian's nginx gzip_static on the same bytes (access log on),
#   a flood of random Host headers versus normal requests, request logging on versus off, then odd requests.
# Usage: bash tests/load/run.sh [seconds] [connections] [rounds]   (needs wrk and nginx-light: apt-get install wrk nginx-light)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
duration="${1:-10}"; connections="${2:-64}"; rounds="${3:-3}"
work=$(mktemp -d); site_port=5191; static_port=5192; nginx_port=5193; quiet_port=5194
cleanup() { kill "${site_pid:-}" "${quiet_pid:-}" "${static_pid:-}" 2>/dev/null || true; [ -f "$work/nginx.pid" ] && kill "$(cat "$work/nginx.pid")" 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT

dotnet publish src/OpenAIStory.Web -c Release -r linux-x64 --self-contained false -o "$work/site" --nologo -v quiet
dotnet build tests/OpenAIStory.Benchmarks -c Release --nologo -v quiet
start_site() { # port, log level
  ASPNETCORE_ENVIRONMENT=Production Content__Root="$PWD/content" Site__BaseUrl="https://openaistory.example" Serilog__MinimumLevel__Default="$2" \
    "$work/site/OpenAIStory.Web" --urls "http://127.0.0.1:$1" >"$work/site-$1.log" 2>&1 &
}
wait_for() { for _ in $(seq 100); do curl -fs "$1" >/dev/null 2>&1 && return 0; sleep 0.1; done; echo "not up: $1" >&2; return 1; }
start_site "$site_port" Information; site_pid=$!      # production logging: one line per request
start_site "$quiet_port" Warning; quiet_pid=$!        # request logging off, to measure what it costs
wait_for "http://127.0.0.1:$site_port/readyz"; wait_for "http://127.0.0.1:$quiet_port/readyz"
# A site that rendered finishes in the background once ready (cards drawn, Brotli at its best quality): measure after.
finished() { for _ in $(seq 300); do grep -qE 'Recompressed|Restored' "$work/site-$1.log" && return 0; sleep 0.1; done; echo "not finished: $1" >&2; return 1; }
finished "$site_port"

# The baselines serve exactly the bytes the site serves for / (identity, and gzip for nginx's gzip_static).
mkdir -p "$work/static"
curl -fs "http://127.0.0.1:$site_port/" -o "$work/static/index.html"
curl -fs -H 'Accept-Encoding: gzip' "http://127.0.0.1:$site_port/" -o "$work/static/index.html.gz"
dotnet tests/OpenAIStory.Benchmarks/bin/Release/net10.0/OpenAIStory.Benchmarks.dll static-server "$work/static" "$static_port" & static_pid=$!
cat >"$work/nginx.conf" <<CONF
worker_processes 2;
pid $work/nginx.pid;
error_log $work/nginx-error.log;
events { worker_connections 1024; }
http {
  access_log $work/nginx-access.log;
  client_body_temp_path $work; proxy_temp_path $work; fastcgi_temp_path $work; uwsgi_temp_path $work; scgi_temp_path $work;
  types { text/html html; }
  server { listen 127.0.0.1:$nginx_port; root $work/static; gzip_static on; location / { } }
}
CONF
nginx -c "$work/nginx.conf"
wait_for "http://127.0.0.1:$static_port/index.html"; wait_for "http://127.0.0.1:$nginx_port/index.html"

echo "page /: $(wc -c <"$work/static/index.html") bytes, gzip $(wc -c <"$work/static/index.html.gz"), br $(curl -s -H 'Accept-Encoding: br' "http://127.0.0.1:$site_port/" | wc -c)"
rps() { wrk -t2 -c"$connections" -d"${duration}s" "$@" | awk '/Requests\/sec/ {print $2}'; }
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
declare -A results
names=("site identity" "kestrel static identity" "site gzip" "nginx gzip_static" "site random Host" "site gzip, logging off")
for round in $(seq "$rounds"); do
  # Warm-up once, then alternate the contenders so drift in the machine hits them alike.
  [ "$round" -eq 1 ] && rps "http://127.0.0.1:$site_port/" >/dev/null
  results["site identity"]+="$(rps "http://127.0.0.1:$site_port/") "
  results["kestrel static identity"]+="$(rps "http://127.0.0.1:$static_port/index.html") "
  results["site gzip"]+="$(rps -H 'Accept-Encoding: gzip' "http://127.0.0.1:$site_port/") "
  results["nginx gzip_static"]+="$(rps -H 'Accept-Encoding: gzip' "http://127.0.0.1:$nginx_port/index.html") "
  results["site random Host"]+="$(rps -H 'Accept-Encoding: gzip' -s tests/load/random-host.lua "http://127.0.0.1:$site_port/") "
  results["site gzip, logging off"]+="$(rps -H 'Accept-Encoding: gzip' "http://127.0.0.1:$quiet_port/") "
done
echo "== requests/s, median of $rounds rounds of ${duration}s, wrk -t2 -c$connections"
for name in "${names[@]}"; do printf '%-26s %10s   (rounds: %s)\n' "$name" "$(tr ' ' '\n' <<<"${results[$name]}" | grep . | median)" "${results[$name]}"; done
m() { tr ' ' '\n' <<<"${results[$1]}" | grep . | median; }
awk -v a="$(m 'site identity')" -v b="$(m 'kestrel static identity')" 'BEGIN {printf "site/kestrel static (identity): %.2fx\n", a/b}'
awk -v a="$(m 'site gzip')" -v b="$(m 'nginx gzip_static')" 'BEGIN {printf "site/nginx gzip_static (gzip): %.2fx\n", a/b}'
awk -v a="$(m 'site random Host')" -v b="$(m 'site gzip')" 'BEGIN {printf "random Host flood / normal (gzip): %.2f\n", a/b}'
awk -v a="$(m 'site gzip')" -v b="$(m 'site gzip, logging off')" 'BEGIN {printf "with request logging / without: %.2f\n", a/b}'
echo "log lines written by the production site: $(wc -l <"$work/site-$site_port.log")"
echo "== odd requests (status counts)"
wrk -t1 -c8 -d5s -s tests/load/odd-requests.lua "http://127.0.0.1:$site_port"
