"""gunicorn settings for the vnportal@PORT units (and .ci/stack-smoke.sh).

The unit passes the address with --bind; everything else is here, tunable through the
environment file: WEB_WORKERS (default 2 per core + 1), WEB_TIMEOUT (30 s).
"""

import multiprocessing
import os

wsgi_app = "vnportal.wsgi:application"
workers = int(os.environ.get("WEB_WORKERS", str(multiprocessing.cpu_count() * 2 + 1)))
worker_class = "sync"
timeout = int(os.environ.get("WEB_TIMEOUT", "30"))
graceful_timeout = 30
keepalive = 5
# A worker is replaced after this many requests (spread so they do not all restart at once),
# which bounds any slow memory growth.
max_requests = 5000
max_requests_jitter = 500
# nginx on the same machine is the only client; it sends X-Forwarded-For/Proto.
forwarded_allow_ips = os.environ.get("WEB_FORWARDED_ALLOW_IPS", "127.0.0.1")
accesslog = os.environ.get("WEB_ACCESS_LOG") or None
errorlog = os.environ.get("WEB_ERROR_LOG", "-")
