#!/usr/bin/env bash
# Lighthouse 12 (mobile emulation, the default) with Debian's Chromium against the published site on loopback:
# performance, accessibility, best practices and SEO for the reading, an entity page and the views, plus CLS and TBT.
# Usage: bash tests/lighthouse/run.sh [runs-per-page]   (needs node/npm and chromium; installs lighthouse@12.2.3 in a temp dir)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
runs="${1:-1}"; port=5195; work=$(mktemp -d)
cleanup() { kill "${site_pid:-}" 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT
dotnet publish src/OpenAIStory.Web -c Release -r linux-x64 --self-contained false -o "$work/site" --nologo -v quiet
npm install --silent --no-audit --no-fund --prefix "$work/lh" lighthouse@12.2.3 >/dev/null
# The public address is the address Lighthouse visits, so canonical links are not cross-origin.
ASPNETCORE_ENVIRONMENT=Production Content__Root="$PWD/content" Site__BaseUrl="http://127.0.0.1:$port" Serilog__MinimumLevel__Default=Warning \
  "$work/site/OpenAIStory.Web" --urls "http://127.0.0.1:$port" >"$work/site.log" 2>&1 & site_pid=$!
for _ in $(seq 100); do curl -fs "http://127.0.0.1:$port/readyz" >/dev/null 2>&1 && break; sleep 0.1; done
# One discarded run first: Chromium's first start on a machine fills its font caches, and the CJK fonts are large.
CHROME_PATH=/usr/bin/chromium "$work/lh/node_modules/.bin/lighthouse" "http://127.0.0.1:$port/" --quiet \
  --chrome-flags="--headless=new --no-sandbox --disable-gpu" --only-categories=performance --output=json --output-path="$work/warm.json" >/dev/null 2>&1 || true
printf '%-22s %5s %5s %5s %5s %7s %7s\n' page perf a11y bp seo CLS TBT_ms
for path in / /people/sam-altman /timeline /figures /map /checks; do
  for run in $(seq "$runs"); do
    CHROME_PATH=/usr/bin/chromium "$work/lh/node_modules/.bin/lighthouse" "http://127.0.0.1:$port$path" --quiet \
      --chrome-flags="--headless=new --no-sandbox --disable-gpu" --only-categories=performance,accessibility,best-practices,seo \
      --output=json --output-path="$work/report.json" >/dev/null 2>&1 || { echo "$path: lighthouse failed"; continue; }
    node -e '
      const r = require(process.argv[1]), c = r.categories, a = r.audits, s = (k) => Math.round(c[k].score * 100);
      const failed = Object.values(a).filter((x) => x.score !== null && x.score < 1 && x.scoreDisplayMode === "binary").map((x) => x.id);
      console.log(process.argv[2].padEnd(22), String(s("performance")).padStart(5), String(s("accessibility")).padStart(5),
        String(s("best-practices")).padStart(5), String(s("seo")).padStart(5), a["cumulative-layout-shift"].numericValue.toFixed(3).padStart(7),
        String(Math.round(a["total-blocking-time"].numericValue)).padStart(7), failed.length ? "  failing: " + failed.join(",") : "");
    ' "$work/report.json" "$path"
  done
done
