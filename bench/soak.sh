#!/usr/bin/env bash
# Soak test: --seconds (600 by default) of pages, search and "Hỏi đáp" submissions through
# nginx at 70% of what bench/serve.sh measured (or --rate); see bench/soak_bench.py.
# Exits non-zero on any 5xx, on memory growth of 10% or more, or when a submission that
# was answered "Đã tiếp nhận" is not in the database.
#
#   bash bench/soak.sh                       # 10 minutes
#   bash bench/soak.sh --seconds 60          # a short run
#   bash bench/soak.sh --rate 300 --feedback-per-minute 60
set -euo pipefail
cd "$(dirname "$0")/.."
for tool in nginx redis-server redis-cli wrk; do
  command -v "$tool" >/dev/null || { echo "$tool is missing (apt install nginx redis-server wrk)"; exit 1; }
done
exec .venv/bin/python bench/soak_bench.py "$@"
