"""Serving speed of the production stack on loopback, driven by `bench/serve.sh`.

    .venv/bin/python bench/serve_bench.py [--articles 1000,10000,100000] [--duration 10]
                                          [--servers gunicorn,granian] [--memory-requests N]

For each size: a SQLite copy of the demo portal (`prepare_demo`, built once and reused)
with the first N articles of ../shared/data/vi-news imported into the province site by
`import_portal --format jsonl` (over 34,950 the corpus is repeated with numbered copies),
`collectstatic` with the production storage, Redis for Django's cache, the app server
under `vnportal.settings.production`, and nginx in front of it with a proxy cache, plus a
second nginx server that serves the article's HTML saved as a static file.

Rows (wrk on loopback): the static file, cached article and home through nginx, cached
article and home from the app alone (its page cache in Redis), uncached article, home and
search from the app with its page cache off (each uncached row rotates over many URLs).
At the first size, gunicorn and granian are measured briefly on the app rows and the
faster one serves the rest. Memory: RSS of a single app worker after the first 1,000 and
after --memory-requests mixed requests. Everything lives in /tmp/vnportal-bench-serve-*
and ports 18000-18999; every process started is stopped at the end.
"""

import argparse
import gzip
import hashlib
import json
import os
import platform
import re
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
from http.client import HTTPConnection
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PYTHON = ROOT / ".venv" / "bin" / "python"
CORPUS = Path(
    os.environ.get("VNPORTAL_NEWS_CORPUS")
    or ROOT.parent / "shared" / "data" / "vi-news" / "articles.jsonl.gz"
)
QUERIES = Path(__file__).with_name("search_queries.jsonl")
CATEGORIES = ["Kinh tế", "Xã hội", "Văn hóa", "Giáo dục", "Pháp luật", "Thể thao"]
# VNPORTAL_BENCH_PORT_OFFSET (0-500) lets two of these scripts run side by side.
_OFFSET = int(os.environ.get("VNPORTAL_BENCH_PORT_OFFSET", "0"))
PORTS = {"app": 18101, "nginx": 18180, "static": 18181, "redis": 18379}
PORTS = {name: port + _OFFSET for name, port in PORTS.items()}
SECRET = "bench-" + "k" * 60
# The demo database, built once and reused while the migrations stay the same.
BASE = Path(tempfile.gettempdir()) / "vnportal-bench-base"
REDIS_CLI = shutil.which("redis-cli") or "/usr/bin/redis-cli"
SEARCH_TERMS = ["giao thông", "hoc sinh", "kinh tế", "bão lũ", "nông thôn mới", "thi tot nghiep"]


def parse_args():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", default="1000,10000")
    parser.add_argument("--duration", type=int, default=10, help="seconds per wrk row")
    parser.add_argument("--servers", default="gunicorn,granian")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--memory-requests", type=int, default=100_000)
    parser.add_argument("--base", type=Path, default=BASE)
    parser.add_argument("--keep", action="store_true", help="leave the scratch folders")
    parser.add_argument("--serve-demo", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    args.sizes = [int(n) for n in args.articles.split(",") if n.strip()]
    args.servers = [s.strip() for s in args.servers.split(",") if s.strip()]
    return args


# --- processes ---------------------------------------------------------------------------

STARTED: list[subprocess.Popen] = []


def start(command, env=None, log=None):
    out = open(log, "ab") if log else subprocess.DEVNULL  # noqa: SIM115
    process = subprocess.Popen(  # noqa: S603
        command, env=env, stdout=out, stderr=subprocess.STDOUT, start_new_session=True
    )
    STARTED.append(process)
    return process


def stop(process, timeout=15):
    if process.poll() is None:
        os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()
    if process in STARTED:
        STARTED.remove(process)


def stop_all():
    for process in list(STARTED):
        stop(process)


def wait_http(port, path="/", host="localhost", timeout=180):
    deadline = time.time() + timeout
    while time.time() < deadline:
        try:
            # The first request of a worker loads templates: give it time on a busy machine.
            connection = HTTPConnection("127.0.0.1", port, timeout=120)
            connection.request("GET", path, headers={"Host": host})
            connection.getresponse().read()
            return
        except OSError:
            time.sleep(0.3)
    raise SystemExit(f"nothing answered on port {port} within {timeout} s")


def manage(env, *arguments, log=None):
    with open(log, "ab") if log else open(os.devnull, "wb") as out:  # noqa: SIM115
        subprocess.run(  # noqa: S603
            [str(PYTHON), "manage.py", *arguments], cwd=ROOT, env=env, check=True, stdout=out
        )


# --- data --------------------------------------------------------------------------------


def base_database(args, log):
    """The demo portal in SQLite, built once and reused while the migrations stay the same."""
    migrations = sorted(str(p.relative_to(ROOT)) for p in ROOT.glob("vnportal/*/migrations/*.py"))
    stamp = hashlib.sha256("\n".join(migrations).encode()).hexdigest()[:16]
    folder = args.base
    if (folder / "stamp").is_file() and (folder / "stamp").read_text() == stamp:
        return folder
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "vnportal.settings.dev",
        "DATABASE_URL": f"sqlite:///{folder / 'db.sqlite3'}",
        "VNPORTAL_VAR_DIR": str(folder),
        "MEDIA_ROOT": str(folder / "media"),
    }
    print("building the demo database once (prepare_demo)…", flush=True)
    manage(env, "prepare_demo", log=log)
    connection = sqlite3.connect(folder / "db.sqlite3")
    connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    connection.close()
    (folder / "stamp").write_text(stamp)
    return folder


def write_corpus(path, count):
    """`count` articles with a category each; past the corpus, numbered copies."""
    written = 0
    copy = 0
    with path.open("w", encoding="utf-8") as target:
        while written < count:
            with gzip.open(CORPUS, "rt", encoding="utf-8") as source:
                for line in source:
                    if written >= count:
                        break
                    record = json.loads(line)
                    if copy:
                        record["id"] = f"{record['id']}-{copy}"
                        record["title"] = f"{record['title']} ({copy})"
                    record["category"] = CATEGORIES[written % len(CATEGORIES)]
                    target.write(json.dumps(record, ensure_ascii=False) + "\n")
                    written += 1
            copy += 1
    return written


def prepare_size(args, base, scratch, size, log):
    shutil.copy(base / "db.sqlite3", scratch / "db.sqlite3")
    if (base / "media").is_dir():
        shutil.copytree(base / "media", scratch / "media", dirs_exist_ok=True)
    # Redis starts later and is flushed before each measurement: local memory will do.
    env = app_env(scratch, settings="vnportal.settings.dev")
    env.pop("REDIS_URL")
    corpus = scratch / "corpus.jsonl"
    write_corpus(corpus, size)
    started = time.perf_counter()
    manage(env, "import_portal", "--format", "jsonl", "--site", "localhost", str(corpus), log=log)
    imported = time.perf_counter() - started
    env = app_env(scratch)
    env.pop("REDIS_URL")
    manage(env, "collectstatic", "--noinput", "-v", "0", log=log)
    return imported


def app_env(scratch, settings="vnportal.settings.production"):
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": settings,
        "PYTHONPATH": f"{scratch}{os.pathsep}{ROOT}",
        "SECRET_KEY": SECRET,
        "ALLOWED_HOSTS": "localhost,127.0.0.1",
        "DATABASE_URL": f"sqlite:///{scratch / 'db.sqlite3'}",
        "REDIS_URL": f"redis://127.0.0.1:{PORTS['redis']}/0",
        "VNPORTAL_VAR_DIR": str(scratch),
        "MEDIA_ROOT": str(scratch / "media"),
        "STATIC_ROOT": str(scratch / "static"),
        "SECURE_SSL_REDIRECT": "0",
        "TRUSTED_PROXY": "1",
        "LOG_LEVEL": "ERROR",
    }


def write_nocache_settings(scratch):
    (scratch / "bench_nocache.py").write_text(
        "from vnportal.settings.production import *  # noqa: F403\nVNPORTAL_PAGE_CACHE = False\n"
    )


def urls_of(scratch):
    """Paths of the province site's articles, categories and search pages."""
    connection = sqlite3.connect(scratch / "db.sqlite3")
    site_root = connection.execute(
        "SELECT p.url_path FROM wagtailcore_site s JOIN wagtailcore_page p "
        "ON p.id = s.root_page_id WHERE s.is_default_site"
    ).fetchone()[0]

    def paths(model):
        rows = connection.execute(
            "SELECT p.url_path FROM wagtailcore_page p JOIN django_content_type c "
            "ON c.id = p.content_type_id WHERE c.app_label = 'news' AND c.model = ? "
            "AND p.live AND p.url_path LIKE ? ORDER BY p.id",
            (model, site_root + "%"),
        ).fetchall()
        return ["/" + row[0][len(site_root) :] for row in rows]

    articles = paths("articlepage")
    categories = paths("categorypage")
    connection.close()
    queries = []
    if QUERIES.is_file():
        for line in QUERIES.read_text("utf-8").splitlines():
            if line.strip():
                record = json.loads(line)
                queries.append(record.get("query") or record.get("q") or "")
    queries = [q for q in queries if q][:200] or SEARCH_TERMS
    search = ["/tim-kiem/?" + urllib.parse.urlencode({"q": q}) for q in queries]
    return articles, categories, search


# --- servers -----------------------------------------------------------------------------


def start_redis(scratch):
    process = start(
        ["redis-server", "--port", str(PORTS["redis"]), "--bind", "127.0.0.1", "--save", ""]
        + ["--appendonly", "no", "--dir", str(scratch)],
        log=scratch / "redis.log",
    )
    for _ in range(50):
        if (
            subprocess.run(  # noqa: S603
                [REDIS_CLI, "-p", str(PORTS["redis"]), "ping"], capture_output=True, check=False
            ).stdout.strip()
            == b"PONG"
        ):
            return process
        time.sleep(0.1)
    raise SystemExit("redis did not start")


def flush_redis():
    subprocess.run(  # noqa: S603
        [REDIS_CLI, "-p", str(PORTS["redis"]), "flushall"], capture_output=True, check=True
    )


def start_app(server, scratch, workers, nocache=False):
    env = app_env(scratch, "bench_nocache" if nocache else "vnportal.settings.production")
    bind = f"127.0.0.1:{PORTS['app']}"
    if server == "gunicorn":
        command = [str(ROOT / ".venv/bin/gunicorn"), "vnportal.wsgi:application", "-b", bind]
        command += ["-w", str(workers), "--backlog", "2048", "--chdir", str(ROOT)]
    else:
        command = [str(ROOT / ".venv/bin/granian"), "--interface", "wsgi", "--host"]
        command += ["127.0.0.1", "--port", str(PORTS["app"]), "--workers", str(workers)]
        command += ["--no-ws", "--log-level", "error", "--working-dir", str(ROOT)]
        command += ["vnportal.wsgi:application"]
    process = start(command, env=env, log=scratch / f"{server}.log")
    wait_http(PORTS["app"])
    return process


NGINX_CONF = """
# The caching part mirrors deploy/nginx/vnportal.conf (plain HTTP on loopback here).
worker_processes 1;
user root root;
pid {scratch}/nginx.pid;
error_log {scratch}/nginx-error.log error;
events {{ worker_connections 4096; }}
http {{
  include /etc/nginx/mime.types;
  access_log off;
  sendfile on;
  tcp_nopush on;
  keepalive_requests 100000;
  client_body_temp_path {scratch}/nginx-body;
  proxy_temp_path {scratch}/nginx-proxy;
  fastcgi_temp_path {scratch}/nginx-fastcgi;
  uwsgi_temp_path {scratch}/nginx-uwsgi;
  scgi_temp_path {scratch}/nginx-scgi;
  gzip on;
  gzip_comp_level 4;
  gzip_min_length 1024;
  gzip_proxied any;
  gzip_vary on;
  gzip_types text/css application/javascript application/json application/rss+xml
             application/xml text/xml image/svg+xml text/calendar;
  proxy_cache_path {scratch}/nginx-cache levels=1:2 keys_zone=pages:32m max_size=1g
                   inactive=30m use_temp_path=off;
  map $cookie_co_chu $font {{ "~^[0-3]$" $cookie_co_chu; default 0; }}
  map $cookie_sessionid $has_session {{ "" 0; default 1; }}
  map $upstream_http_x_cache $not_storable {{ "" 1; default 0; }}
  upstream app {{ server 127.0.0.1:{app}; keepalive 32; }}
  server {{
    listen 127.0.0.1:{nginx};
    server_name localhost;
    location /static/ {{
      alias {scratch}/static/;
      gzip_static on;
      expires 1y;
      add_header Cache-Control "public, immutable";
    }}
    location /media/ {{ alias {scratch}/media/; expires 30d; }}
    location / {{
      proxy_pass http://app;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host $host;
      proxy_set_header X-Forwarded-For $remote_addr;
      proxy_set_header X-Forwarded-Proto $scheme;
      proxy_cache pages;
      proxy_cache_key $host$request_uri|$font;
      proxy_cache_valid 200 301 5s;
      proxy_cache_bypass $has_session;
      proxy_no_cache $has_session $not_storable;
      proxy_ignore_headers Cache-Control Expires;
      proxy_cache_lock on;
      proxy_cache_lock_timeout 5s;
      proxy_cache_background_update on;
      proxy_cache_use_stale error timeout updating http_500 http_502 http_503 http_504;
      add_header X-Proxy-Cache $upstream_cache_status always;
    }}
  }}
  server {{
    listen 127.0.0.1:{static};
    root {scratch}/static-site;
    location / {{ try_files $uri $uri/index.html =404; }}
  }}
}}
"""


def start_nginx(scratch):
    conf = scratch / "nginx.conf"
    conf.write_text(
        NGINX_CONF.format(
            scratch=scratch, app=PORTS["app"], nginx=PORTS["nginx"], static=PORTS["static"]
        )
    )
    process = start(
        ["nginx", "-c", str(conf), "-p", str(scratch), "-g", "daemon off;"],
        log=scratch / "nginx.log",
    )
    wait_http(PORTS["static"], "/article.html")
    return process


# --- load ----------------------------------------------------------------------------------

ROTATE_LUA = """
local paths = {}
for line in io.lines("%s") do paths[#paths + 1] = line end
local counter = 0
function setup(thread)
  thread:set("offset", math.random(#paths))
end
function init(args)
  counter = tonumber(offset) or 0
end
function request()
  counter = counter + 1
  return wrk.format("GET", paths[(counter %% #paths) + 1], {["Host"] = "localhost"})
end
"""

SINGLE_LUA = """
wrk.headers["Host"] = "localhost"
"""


def _digest(paths):
    return hashlib.sha256("\n".join(paths).encode()).hexdigest()[:12]


def wrk(port, paths, scratch, duration, connections, threads=2):
    """Runs wrk and returns req/s, p50 ms, p99 ms, errors."""
    listing = scratch / f"paths-{_digest(paths)}.txt"
    listing.write_text("\n".join(paths) + "\n", "utf-8")
    script = scratch / f"wrk-{_digest(paths)}.lua"
    if len(paths) == 1:
        script.write_text(SINGLE_LUA)
        url = f"http://127.0.0.1:{port}{paths[0]}"
    else:
        script.write_text(ROTATE_LUA % listing)
        url = f"http://127.0.0.1:{port}/"
    command = ["wrk", "-t", str(threads), "-c", str(max(connections, threads))]
    command += ["-d", f"{duration}s", "--latency", "--timeout", "10s", "-s", str(script), url]
    output = subprocess.run(command, capture_output=True, text=True, check=True).stdout  # noqa: S603
    return parse_wrk(output)


def _ms(value, unit):
    return float(value) * {"us": 0.001, "ms": 1.0, "s": 1000.0, "m": 60000.0}[unit]


def parse_wrk(output):
    rate = float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1))
    latency = dict(
        (int(p), _ms(v, u))
        for p, v, u in re.findall(r"^\s+(50|99)(?:\.000)?%\s+([\d.]+)(us|ms|s|m)\b", output, re.M)
    )
    errors = 0
    socket = re.search(
        r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", output
    )
    if socket:
        # Reads that fail when a server closes a connection it answered are not errors.
        errors += int(socket.group(1)) + int(socket.group(3)) + int(socket.group(4))
    non2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    if non2xx:
        errors += int(non2xx.group(1))
    requests = int(re.search(r"(\d+) requests in", output).group(1))
    return {
        "rate": rate,
        "p50": latency.get(50),
        "p99": latency.get(99),
        "errors": errors,
        "requests": requests,
    }


def warm(port, paths, host="localhost"):
    for path in paths:
        connection = HTTPConnection("127.0.0.1", port, timeout=30)
        connection.request("GET", path, headers={"Host": host})
        response = connection.getresponse()
        response.read()
        if response.status >= 500:
            raise SystemExit(f"{path} answered {response.status} while warming up")


def fetch(port, path):
    connection = HTTPConnection("127.0.0.1", port, timeout=30)
    connection.request("GET", path, headers={"Host": "localhost"})
    response = connection.getresponse()
    return response.status, dict(response.getheaders()), response.read()


# --- memory ------------------------------------------------------------------------------


def worker_pids(master_pid):
    children = Path(f"/proc/{master_pid}/task/{master_pid}/children")
    return [int(pid) for pid in children.read_text().split()] if children.exists() else []


def rss_mb(pid):
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def drive(port, paths, count, threads=4):
    """Sends `count` GET requests over kept-alive connections; returns the error count."""
    state = {"next": 0, "errors": 0}
    lock = threading.Lock()

    def work():
        connection = HTTPConnection("127.0.0.1", port, timeout=30)
        while True:
            with lock:
                index = state["next"]
                if index >= count:
                    return
                state["next"] += 1
            try:
                connection.request("GET", paths[index % len(paths)], headers={"Host": "localhost"})
                response = connection.getresponse()
                response.read()
                if response.status >= 400:
                    with lock:
                        state["errors"] += 1
                if response.getheader("Connection", "").lower() == "close":
                    connection.close()
                    connection = HTTPConnection("127.0.0.1", port, timeout=30)
            except OSError:
                with lock:
                    state["errors"] += 1
                connection.close()
                connection = HTTPConnection("127.0.0.1", port, timeout=30)

    pool = [threading.Thread(target=work) for _ in range(threads)]
    for thread in pool:
        thread.start()
    for thread in pool:
        thread.join()
    return state["errors"]


def memory_probe(server, scratch, mix, total):
    flush_redis()
    app = start_app(server, scratch, workers=1)
    warm(PORTS["app"], ["/"])
    try:
        pids = worker_pids(app.pid) or [app.pid]
        pid = pids[0]
        errors = drive(PORTS["app"], mix, 1000)
        first = rss_mb(pid)
        started = time.perf_counter()
        errors += drive(PORTS["app"], mix[1000:] + mix[:1000], total - 1000)
        seconds = time.perf_counter() - started
        last = rss_mb(pid)
    finally:
        stop(app)
    return {"after_1000": first, "after_all": last, "errors": errors, "seconds": seconds}


def mixed_paths(articles, categories, search):
    """70% articles (up to 2,000 distinct), 10% home, 10% categories, 10% search."""
    chosen = articles[:2000]
    mix = []
    for index in range(10_000):
        slot = index % 10
        if slot < 7:
            mix.append(chosen[index % len(chosen)])
        elif slot == 7:
            mix.append("/")
        elif slot == 8:
            mix.append(categories[index % len(categories)])
        else:
            mix.append(search[index % len(search)])
    return mix


# --- the run -------------------------------------------------------------------------------


def choose_server(args, scratch, article, articles):
    """Both servers on the app rows, a short run each; the faster one serves the rest."""
    if len(args.servers) == 1:
        return args.servers[0], {}
    seconds = max(5, args.duration // 2)
    trial = {}
    for server in args.servers:
        flush_redis()
        app = start_app(server, scratch, args.workers)
        warm(PORTS["app"], [article])
        cached = wrk(PORTS["app"], [article], scratch, seconds, 4 * args.workers)
        stop(app)
        app = start_app(server, scratch, args.workers, nocache=True)
        warm(PORTS["app"], articles[:80])
        uncached = wrk(PORTS["app"], articles[:500], scratch, seconds, args.workers)
        stop(app)
        trial[server] = {"cached article": cached, "uncached article": uncached}
        print(f"  {server}: cached {cached['rate']:.0f}/s, uncached {uncached['rate']:.0f}/s")
    score = {
        server: rows["cached article"]["rate"]
        / max(r["cached article"]["rate"] for r in trial.values())
        + rows["uncached article"]["rate"]
        / max(r["uncached article"]["rate"] for r in trial.values())
        for server, rows in trial.items()
    }
    return max(score, key=score.get), trial


def run_size(args, base, size, server, log):
    scratch = Path(tempfile.mkdtemp(prefix=f"vnportal-bench-serve-{size}-"))
    scratch.chmod(0o755)
    write_nocache_settings(scratch)
    result = {"size": size, "scratch": str(scratch)}
    print(f"== {size:,} articles ({scratch}) ==", flush=True)
    result["import_seconds"] = prepare_size(args, base, scratch, size, log)
    articles, categories, search = urls_of(scratch)
    result["articles_live"] = len(articles)
    # The article measured singly: one from the middle of the imported ones.
    article = articles[len(articles) // 2]
    start_redis(scratch)
    app = start_app(server or args.servers[0], scratch, args.workers)
    status, _, html = fetch(PORTS["app"], article)
    if status != 200:
        raise SystemExit(f"{article} answered {status}")
    (scratch / "static-site").mkdir()
    (scratch / "static-site" / "article.html").write_bytes(html)
    result["article_bytes"] = len(html)
    stop(app)
    nginx = start_nginx(scratch)
    if server is None:
        server, result["trial"] = choose_server(args, scratch, article, articles)
        print(f"  chosen: {server}", flush=True)
    result["server"] = server
    rows = {}
    d, w = args.duration, args.workers
    rows["nginx: static file (article HTML)"] = wrk(
        PORTS["static"], ["/article.html"], scratch, d, 64
    )
    flush_redis()
    app = start_app(server, scratch, w)
    warm(PORTS["nginx"], [article, "/"])
    rows["nginx → app, cached article"] = wrk(PORTS["nginx"], [article], scratch, d, 64)
    rows["nginx → app, cached home"] = wrk(PORTS["nginx"], ["/"], scratch, d, 64)
    # What bench/soak.sh sends: articles, home, categories and search, through nginx,
    # the first request of each URL rendered by the app and the rest from nginx's cache.
    rows["nginx → app, mixed pages (rotating)"] = wrk(
        PORTS["nginx"], mixed_paths(articles, categories, search), scratch, d, 64
    )
    warm(PORTS["app"], [article, "/"])
    rows["app, cached article"] = wrk(PORTS["app"], [article], scratch, d, 4 * w)
    rows["app, cached home"] = wrk(PORTS["app"], ["/"], scratch, d, 4 * w)
    stop(app)
    app = start_app(server, scratch, w, nocache=True)
    # Image renditions are made once, on the first page that shows an image: make them
    # before measuring (the demo's own articles, listed first, carry the images).
    warm(PORTS["app"], ["/", article, *categories, *articles[:80]])
    rows["app, uncached article (rotating)"] = wrk(PORTS["app"], articles, scratch, d, w)
    rows["app, uncached home"] = wrk(PORTS["app"], ["/"], scratch, d, w)
    rows["app, uncached category (rotating)"] = wrk(PORTS["app"], categories, scratch, d, w)
    rows["app, search (rotating queries)"] = wrk(PORTS["app"], search, scratch, d, w)
    stop(app)
    stop(nginx)
    result["rows"] = rows
    if args.memory_requests:
        print(f"  memory: {args.memory_requests:,} mixed requests to one worker…", flush=True)
        result["memory"] = memory_probe(
            server, scratch, mixed_paths(articles, categories, search), args.memory_requests
        )
    stop_all()
    if not args.keep:
        shutil.rmtree(scratch, ignore_errors=True)
    return result, server


def machine():
    cpu = "?"
    for line in Path("/proc/cpuinfo").read_text().splitlines():
        if line.startswith("model name"):
            cpu = line.split(":", 1)[1].strip()
            break
    nginx = subprocess.run(  # noqa: S603
        [shutil.which("nginx") or "/usr/sbin/nginx", "-v"],
        capture_output=True,
        text=True,
        check=False,
    ).stderr
    return (
        f"{len(os.sched_getaffinity(0))} cores {cpu}, Python {platform.python_version()}, "
        f"SQLite {sqlite3.sqlite_version}, {nginx.strip()}, load average "
        f"{os.getloadavg()[0]:.2f}"
    )


def report(results):
    print()
    print(machine())
    for result in results:
        rows = result["rows"]
        static = rows["nginx: static file (article HTML)"]["rate"]
        print(
            f"\n{result['size']:,} articles ({result['articles_live']:,} live article pages, "
            f"imported in {result['import_seconds']:.0f} s), app server {result['server']}, "
            f"article HTML {result['article_bytes']:,} bytes"
        )
        header = (
            f"{'row':<36} {'req/s':>9} {'p50 ms':>8} {'p99 ms':>8} {'errors':>7} {'% static':>9}"
        )
        print(header)
        print("-" * len(header))
        for name, row in rows.items():
            print(
                f"{name:<36} {row['rate']:>9,.0f} {row['p50'] or 0:>8.2f} {row['p99'] or 0:>8.2f} "
                f"{row['errors']:>7} {100 * row['rate'] / static:>8.1f}%"
            )
        memory = result.get("memory")
        if memory:
            ratio = memory["after_all"] / memory["after_1000"]
            print(
                f"worker RSS: {memory['after_1000']:.0f} MB after 1,000 requests, "
                f"{memory['after_all']:.0f} MB after all ({ratio:.2f}×), "
                f"errors {memory['errors']}, {memory['seconds']:.0f} s"
            )
        for server, trial in (result.get("trial") or {}).items():
            print(
                f"trial {server}: cached article {trial['cached article']['rate']:,.0f}/s "
                f"p50 {trial['cached article']['p50']:.2f} ms; uncached article "
                f"{trial['uncached article']['rate']:,.0f}/s p50 "
                f"{trial['uncached article']['p50']:.2f} ms"
            )


def _exit_on_signal(signum, frame):
    raise SystemExit(0)


def serve_demo(args):
    """The demo portal behind nginx, as a province runs it, until interrupted: for
    bench/lighthouse.sh. Writes the pages to audit to the file --serve-demo names."""
    log = Path(tempfile.gettempdir()) / "vnportal-bench-lighthouse.log"
    base = base_database(args, log)
    scratch = Path(tempfile.mkdtemp(prefix="vnportal-bench-demo-"))
    scratch.chmod(0o755)
    try:
        shutil.copy(base / "db.sqlite3", scratch / "db.sqlite3")
        if (base / "media").is_dir():
            shutil.copytree(base / "media", scratch / "media")
        env = app_env(scratch)
        env.pop("REDIS_URL")
        manage(env, "collectstatic", "--noinput", "-v", "0", log=log)
        connection = sqlite3.connect(scratch / "db.sqlite3")
        with_cover = {
            row[0]
            for row in connection.execute(
                "SELECT p.url_path FROM news_articlepage a JOIN wagtailcore_page p "
                "ON p.id = a.page_ptr_id WHERE a.cover_image_id IS NOT NULL AND p.live"
            )
        }
        connection.close()
        articles, categories, _ = urls_of(scratch)
        article = next((a for a in articles if any(u.endswith(a) for u in with_cover)), articles[0])
        pages = {
            "home": "/",
            "category": categories[0],
            "article": article,
            "search": "/tim-kiem/?" + urllib.parse.urlencode({"q": "nông thôn mới"}),
        }
        start_redis(scratch)
        start_app(args.servers[0], scratch, args.workers)
        (scratch / "static-site").mkdir()
        (scratch / "static-site" / "article.html").write_text("ok")
        start_nginx(scratch)
        base_url = f"http://127.0.0.1:{PORTS['nginx']}"
        args.serve_demo.write_text(
            json.dumps({name: base_url + path for name, path in pages.items()}), "utf-8"
        )
        print("READY", flush=True)
        while True:
            signal.pause()
    finally:
        stop_all()
        shutil.rmtree(scratch, ignore_errors=True)


def main():
    args = parse_args()
    if args.serve_demo:
        signal.signal(signal.SIGTERM, _exit_on_signal)
        signal.signal(signal.SIGINT, _exit_on_signal)
        serve_demo(args)
        return
    if not CORPUS.is_file():
        sys.exit(f"the news corpus is not here: {CORPUS}")
    log = Path(tempfile.gettempdir()) / "vnportal-bench-serve.log"
    print(f"log of the commands: {log}")
    results = []
    try:
        base = base_database(args, log)
        server = None
        for size in args.sizes:
            result, server = run_size(args, base, size, server, log)
            results.append(result)
            out = Path(tempfile.gettempdir()) / "vnportal-bench-serve.json"
            out.write_text(json.dumps(results, indent=1), "utf-8")
    finally:
        stop_all()
    report(results)


if __name__ == "__main__":
    main()
