#!/usr/bin/env bash
# Serving speed of the production stack on loopback: the whole story is in
# bench/serve_bench.py's docstring; results and the machine are in docs/benchmarks.md.
#
#   bash bench/serve.sh                                  # 1,000 and 10,000 articles
#   bash bench/serve.sh --articles 1000,10000,100000     # the three sizes of issue #10
#   bash bench/serve.sh --articles 1000 --duration 5 --memory-requests 20000   # quick look
#
# Needs nginx, redis-server and wrk (Debian packages) and ../shared/data/vi-news.
set -euo pipefail
cd "$(dirname "$0")/.."
for tool in nginx redis-server redis-cli wrk; do
  command -v "$tool" >/dev/null || { echo "$tool is missing (apt install nginx redis-server wrk)"; exit 1; }
done
exec .venv/bin/python bench/serve_bench.py "$@"
