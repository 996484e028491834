#!/usr/bin/env bash
# Lighthouse (mobile preset, simulated slow 4G and a slow phone CPU) on the demo portal's
# home, category, article and search pages, served as a province runs it: nginx in front
# (gzip, precompressed hashed static files, proxy cache) of the production app server.
#
#   bash bench/lighthouse.sh            # prints performance and accessibility per page
#   KEEP_REPORTS=1 bash bench/lighthouse.sh   # also keeps the JSON reports, path printed
#
# Needs Debian's chromium and Node.js with npm; lighthouse is installed on first use into
# bench/node_modules (ignored by git). Targets: performance >= 95, accessibility 100.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
LIGHTHOUSE_VERSION=12.2.3   # 13 wants Node 22; this machine has Node 20
export CHROME_PATH=${CHROME_PATH:-/usr/bin/chromium}
[ -x "$CHROME_PATH" ] || { echo "chromium not found at $CHROME_PATH (apt install chromium)"; exit 1; }
if [ ! -x bench/node_modules/.bin/lighthouse ]; then
  npm install --prefix bench --no-save --no-package-lock --no-audit --no-fund \
    "lighthouse@$LIGHTHOUSE_VERSION" >/dev/null
fi

WORK=$(mktemp -d /tmp/vnportal-bench-lighthouse-XXXXXX)
PAGES="$WORK/pages.json"
VNPORTAL_BENCH_PORT_OFFSET=${VNPORTAL_BENCH_PORT_OFFSET:-200} \
  .venv/bin/python bench/serve_bench.py --servers gunicorn --serve-demo "$PAGES" \
  >"$WORK/stack.log" 2>&1 &
STACK=$!
cleanup() {
  kill "$STACK" 2>/dev/null && wait "$STACK" 2>/dev/null || true
  [ -n "${KEEP_REPORTS:-}" ] || rm -rf "$WORK"
}
trap cleanup EXIT
for _ in $(seq 600); do
  [ -s "$PAGES" ] && break
  kill -0 "$STACK" 2>/dev/null || { cat "$WORK/stack.log"; exit 1; }
  sleep 1
done
[ -s "$PAGES" ] || { echo "the demo stack did not start"; cat "$WORK/stack.log"; exit 1; }

# Flags that work as root in this sandbox: no sandbox, no GPU, and no background
# connections to Google's services, which the closed network refuses.
CHROME_FLAGS="--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage --no-first-run"
CHROME_FLAGS+=" --disable-background-networking --disable-component-update --disable-sync"
CHROME_FLAGS+=" --disable-quic --disable-default-apps --disable-extensions"

printf '%-10s %12s %14s  %s\n' page performance accessibility "url"
status=0
for name in home category article search; do
  url=$(.venv/bin/python -c "import json,sys; print(json.load(open(sys.argv[1]))[sys.argv[2]])" "$PAGES" "$name")
  # Warm both caches first, as a reader after the first one would find them.
  curl -s -o /dev/null "$url"; curl -s -o /dev/null "$url"
  report="$WORK/$name.json"
  # A trace is sometimes lost on a busy machine (NO_NAVSTART): try up to three times.
  ok=""
  for _ in 1 2 3; do
    if bench/node_modules/.bin/lighthouse "$url" --quiet --output=json --output-path="$report" \
      --only-categories=performance,accessibility --chrome-flags="$CHROME_FLAGS" \
      --form-factor=mobile --throttling-method=simulate >"$WORK/$name.log" 2>&1; then
      ok=1; break
    fi
  done
  [ -n "$ok" ] || { echo "$name: lighthouse failed"; tail -5 "$WORK/$name.log"; status=1; continue; }
  .venv/bin/python - "$report" "$name" "$url" <<'EOF' || status=1
import json, sys
report = json.load(open(sys.argv[1]))
cats = report["categories"]
perf = round(cats["performance"]["score"] * 100)
a11y = round(cats["accessibility"]["score"] * 100)
print(f"{sys.argv[2]:<10} {perf:>12} {a11y:>14}  {sys.argv[3]}")
audits = report["audits"]
metrics = ("first-contentful-paint", "largest-contentful-paint", "total-blocking-time",
           "cumulative-layout-shift", "speed-index")
print("           " + ", ".join(f"{m.split('-')[0] if m != 'largest-contentful-paint' else 'LCP'} "
                                f"{audits[m]['displayValue']}" for m in metrics))
weight = audits.get("total-byte-weight", {}).get("numericValue")
if weight is not None:
    print(f"           transferred {weight / 1024:.1f} KB")
failed = [a for a in cats["accessibility"]["auditRefs"]
          if audits[a["id"]].get("score") is not None and audits[a["id"]]["score"] < 1
          and a.get("weight", 0) > 0]
for ref in failed:
    print(f"           accessibility: {ref['id']}: {audits[ref['id']]['title']}")
if perf < 95:
    for ref in cats["performance"]["auditRefs"]:
        audit = audits[ref["id"]]
        if audit.get("score") is not None and audit["score"] < 0.9 and audit.get("details", {}).get("type") == "opportunity":
            print(f"           performance: {ref['id']}: {audit.get('displayValue', '')}")
sys.exit(0 if perf >= 95 and a11y == 100 else 1)
EOF
done
[ -n "${KEEP_REPORTS:-}" ] && echo "reports: $WORK"
exit $status
