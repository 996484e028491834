#!/usr/bin/env bash
# The production stack on loopback, tested through nginx (`make stack-test`):
# PostgreSQL (the cluster on 127.0.0.1:5432, database vnportal_stack), a private Redis on
# 127.0.0.1:19379 started from deploy/redis/vnportal.conf, two gunicorn app servers on
# 127.0.0.1:19001 and 19002 started with deploy/gunicorn.conf.py and production settings
# from the environment, and nginx on 127.0.0.1:19080 running deploy/nginx/vnportal.conf
# rendered for loopback (no TLS; purge listener on 19081, refresh hop on 19082). Then
# deploy/tests/test_stack_smoke.py runs against it, and everything is stopped and removed.
# Idempotent: a run cleans up what an interrupted earlier run left.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
STACK=${VNPORTAL_STACK_DIR:-/tmp/vnportal-stack}
DB_NAME=vnportal_stack
PG_ADMIN_URL=postgres://vnportal:vnportal@127.0.0.1:5432/postgres
PY=$ROOT/.venv/bin/python
started=$(date +%s)
step() { echo "[$(( $(date +%s) - started )) s] $*"; }

export DEBIAN_FRONTEND=noninteractive
need=()
command -v nginx >/dev/null || [ -x /usr/sbin/nginx ] || need+=(nginx)
command -v redis-server >/dev/null || need+=(redis-server)
command -v pg_ctlcluster >/dev/null || need+=(postgresql)
command -v logrotate >/dev/null || [ -x /usr/sbin/logrotate ] || need+=(logrotate)
if [ ${#need[@]} -gt 0 ]; then
  echo "Installing ${need[*]}"
  apt-get update -qq
  apt-get install -y -qq "${need[@]}" >/dev/null
fi
NGINX=$(command -v nginx || echo /usr/sbin/nginx)
LOGROTATE=$(command -v logrotate || echo /usr/sbin/logrotate)
# Debian starts the packaged services on install; this test uses its own instances only.

stop_pidfile() {  # stop_pidfile FILE SIGNAL: end the process a pid file of ours names
  local file=$1 signal=$2 pid
  [ -f "$file" ] || return 0
  pid=$(cat "$file" 2>/dev/null || true)
  if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
    kill "-$signal" "$pid" 2>/dev/null || true
    for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
    kill -0 "$pid" 2>/dev/null && kill -KILL "$pid" 2>/dev/null || true
  fi
  rm -f "$file"
}

drop_db() {
  psql -q "$PG_ADMIN_URL" -c "DROP DATABASE IF EXISTS $DB_NAME WITH (FORCE)" >/dev/null 2>&1 || true
}

cleanup() {
  local status=$?
  stop_pidfile "$STACK/run/nginx.pid" QUIT
  stop_pidfile "$STACK/run/app-19001.pid" TERM
  stop_pidfile "$STACK/run/app-19002.pid" TERM
  stop_pidfile "$STACK/run/redis.pid" TERM
  drop_db
  if [ "$status" -ne 0 ] && [ -d "$STACK/log" ]; then
    echo "=== stack logs (last lines) ==="
    tail -n 40 "$STACK"/log/*.log 2>/dev/null || true
  fi
  [ "${VNPORTAL_KEEP_STACK:-0}" = 1 ] || rm -rf "$STACK"
  echo "stack-smoke: finished in $(( $(date +%s) - started )) s (exit $status)"
  exit "$status"
}

# What an interrupted run left behind.
for f in nginx:QUIT app-19001:TERM app-19002:TERM redis:TERM; do
  stop_pidfile "$STACK/run/${f%%:*}.pid" "${f##*:}"
done
rm -rf "$STACK"
trap cleanup EXIT
trap 'exit 130' INT TERM
mkdir -p "$STACK"/{run,log,media,static,redis,nginx-cache,nginx-tmp,var}
chmod 0777 "$STACK/nginx-cache" "$STACK/nginx-tmp" "$STACK/log"

bash .ci/start-postgres.sh
drop_db
psql -q "$PG_ADMIN_URL" -c "CREATE DATABASE $DB_NAME" >/dev/null

# The production environment, as /etc/vnportal/env holds it (deploy/env.example).
secret=$($PY -c 'import secrets; print(secrets.token_urlsafe(50))')
cat > "$STACK/env" <<ENV
DJANGO_SETTINGS_MODULE=vnportal.settings.production
SECRET_KEY=$secret
ALLOWED_HOSTS=localhost,.localhost,127.0.0.1
DATABASE_URL=postgres://vnportal:vnportal@127.0.0.1:5432/$DB_NAME
REDIS_URL=redis://127.0.0.1:19379/0
MEDIA_ROOT=$STACK/media
STATIC_ROOT=$STACK/static
VNPORTAL_VAR_DIR=$STACK/var
WAGTAILADMIN_BASE_URL=http://localhost:19080
FRONTEND_CACHE_PURGE_URL=http://127.0.0.1:19081
SECURE_SSL_REDIRECT=0
TWO_FACTOR_REQUIRED=0
WEB_WORKERS=2
ENV
in_env() { (set -a; . "$STACK/env"; set +a; "$@"); }

step "=== Redis on 127.0.0.1:19379 (deploy/redis/vnportal.conf) ==="
redis-server "$ROOT/deploy/redis/vnportal.conf" --port 19379 --dir "$STACK/redis" \
  --daemonize yes --pidfile "$STACK/run/redis.pid" --logfile "$STACK/log/redis.log"
for _ in $(seq 1 50); do redis-cli -p 19379 ping >/dev/null 2>&1 && break; sleep 0.2; done
redis-cli -p 19379 config get maxmemory-policy | tail -n 1

step "=== migrate, demo content, static files (production settings) ==="
in_env $PY manage.py check --deploy --fail-level ERROR
in_env $PY manage.py prepare_demo >/dev/null
in_env $PY manage.py collectstatic --noinput -v 0

step "=== two app servers on 127.0.0.1:19001 and 19002 ==="
for port in 19001 19002; do
  in_env env WEB_ACCESS_LOG="$STACK/log/app-$port-access.log" \
    "$ROOT/.venv/bin/gunicorn" --config "$ROOT/deploy/gunicorn.conf.py" \
    --bind "127.0.0.1:$port" --pid "$STACK/run/app-$port.pid" --daemon \
    --error-logfile "$STACK/log/app-$port-error.log"
done

step "=== nginx on 127.0.0.1:19080 (deploy/nginx/vnportal.conf for loopback) ==="
# Loopback instead of TLS, stack ports and folders; a 60 s lifetime instead of 5 s, so a
# purge that does not reach nginx cannot hide behind the entry's expiry.
sed -e '/ssl_/d' -e '/listen \[::\]/d' \
    -e 's|listen 443 ssl http2;|listen 127.0.0.1:19080;|' \
    -e 's|listen 80;|listen 127.0.0.1:19079;|' \
    -e 's|127\.0\.0\.1:8001|127.0.0.1:19001|; s|127\.0\.0\.1:8002|127.0.0.1:19002|' \
    -e 's|127\.0\.0\.1:8080|127.0.0.1:19081|; s|127\.0\.0\.1:8081|127.0.0.1:19082|' \
    -e "s|/srv/vnportal/var/static/|$STACK/static/|; s|/srv/vnportal/var/media/|$STACK/media/|" \
    -e "s|/var/cache/nginx/vnportal|$STACK/nginx-cache|; s|/var/log/vnportal/|$STACK/log/|" \
    -e 's|server_name angiang.gov.vn .angiang.gov.vn;|server_name localhost .localhost 127.0.0.1;|' \
    -e 's|X-Forwarded-Proto https;|X-Forwarded-Proto http;|' \
    -e 's|proxy_cache_valid 200 301 5s;|proxy_cache_valid 200 301 60s;|' \
    deploy/nginx/vnportal.conf > "$STACK/vnportal-site.conf"
grep -q 'listen 127.0.0.1:19080;' "$STACK/vnportal-site.conf"
cat > "$STACK/nginx.conf" <<NGINX
worker_processes 2;
pid $STACK/run/nginx.pid;
error_log $STACK/log/nginx-main-error.log warn;
events { worker_connections 1024; }
http {
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    sendfile on;
    client_body_temp_path $STACK/nginx-tmp/body;
    proxy_temp_path $STACK/nginx-tmp/proxy;
    fastcgi_temp_path $STACK/nginx-tmp/fastcgi;
    uwsgi_temp_path $STACK/nginx-tmp/uwsgi;
    scgi_temp_path $STACK/nginx-tmp/scgi;
    include $STACK/vnportal-site.conf;
}
NGINX
"$NGINX" -t -q -p "$STACK" -c "$STACK/nginx.conf"
"$NGINX" -p "$STACK" -c "$STACK/nginx.conf"

step "=== the shipped config files parse ==="
# The production nginx file itself, with a throwaway certificate.
mkdir -p "$STACK/tls"
openssl req -x509 -newkey rsa:2048 -nodes -days 1 -subj /CN=localhost \
  -keyout "$STACK/tls/privkey.pem" -out "$STACK/tls/fullchain.pem" 2>/dev/null
sed -e "s|/etc/ssl/vnportal/|$STACK/tls/|" -e "s|/var/log/vnportal/|$STACK/log/|" \
    -e "s|/var/cache/nginx/vnportal|$STACK/nginx-cache/prod|" deploy/nginx/vnportal.conf \
    > "$STACK/prod-site.conf"
sed "s|$STACK/vnportal-site.conf|$STACK/prod-site.conf|; s|$STACK/run/nginx.pid|$STACK/run/nginx-t.pid|" \
  "$STACK/nginx.conf" > "$STACK/nginx-prod.conf"
"$NGINX" -t -q -p "$STACK" -c "$STACK/nginx-prod.conf"
# logrotate with this machine's users (vnportal exists only on the target machine).
sed 's/create 0640 vnportal adm/create 0640 root adm/' deploy/logrotate/vnportal > "$STACK/logrotate.conf"
rotate_check=$("$LOGROTATE" --debug "$STACK/logrotate.conf" 2>&1 || true)
if grep -E "^error" <<<"$rotate_check"; then exit 1; fi
if command -v systemd-analyze >/dev/null; then
  # Checks the unit files' syntax; paths of the target machine may be missing here.
  systemd-analyze verify deploy/systemd/*.timer 2>&1 | grep -viE "not found|No such|executable|Failed to prepare|does not exist|is not executable" || true
fi

for url in http://127.0.0.1:19001/ http://127.0.0.1:19002/ http://127.0.0.1:19080/; do
  for _ in $(seq 1 150); do
    curl -fsS -o /dev/null -H 'Host: localhost' "$url" 2>/dev/null && break
    sleep 0.2
  done
  curl -fsS -o /dev/null -H 'Host: localhost' "$url"
done

step "=== smoke tests through nginx ==="
VNPORTAL_STACK_URL=http://127.0.0.1:19080 \
VNPORTAL_STACK_APPS=http://127.0.0.1:19001,http://127.0.0.1:19002 \
VNPORTAL_STACK_PURGE_URL=http://127.0.0.1:19081 \
VNPORTAL_STACK_ENV="$STACK/env" \
VNPORTAL_STACK_LOGS="$STACK/log" \
  "$PY" -m pytest -p no:cacheprovider -q deploy/tests/test_stack_smoke.py
