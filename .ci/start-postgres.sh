#!/usr/bin/env bash
# Start Debian's PostgreSQL cluster on loopback and create the role the tests use.
# Idempotent: safe to run when the cluster is already up.
set -euo pipefail
version=$(ls /usr/lib/postgresql | sort -V | tail -n 1)
if ! pg_lsclusters -h | awk '{print $1"/"$2}' | grep -qx "$version/main"; then
  pg_createcluster "$version" main >/dev/null
fi
pg_ctlcluster "$version" main start 2>/dev/null || true
for _ in $(seq 1 30); do
  pg_isready -h 127.0.0.1 -q && break
  sleep 1
done
runuser -u postgres -- psql -q -v ON_ERROR_STOP=1 <<'SQL'
DO $$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'vnportal') THEN
    CREATE ROLE vnportal LOGIN PASSWORD 'vnportal' CREATEDB;
  END IF;
END
$$;
SQL
runuser -u postgres -- psql -tAc "SELECT 1 FROM pg_database WHERE datname = 'vnportal'" | grep -q 1 \
  || runuser -u postgres -- createdb -O vnportal vnportal
echo "PostgreSQL $version is up on 127.0.0.1:5432"
