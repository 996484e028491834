"""Soak test of the production stack, driven by `bench/soak.sh`.

    .venv/bin/python bench/soak_bench.py [--seconds 600] [--rate R] [--articles 1000]
                                         [--feedback-per-minute 30] [--server gunicorn]

The stack is the one `bench/serve.sh` measures (demo portal + N corpus articles in SQLite,
Redis, the app server under production settings, nginx with its proxy cache in front).
For --seconds it sends, through nginx:

- pages and search: wrk over a rotation of article, home, category and search URLs, paced
  per connection to about --rate requests per second (default: 70% of the "nginx → app,
  mixed pages" row of the last `bench/serve.sh` run, read from its JSON);
- feedback: people filling the "Hỏi đáp" form (/hoi-dap/gui/): open it, take 3+ seconds
  (the form refuses faster ones), send it, read the answer; each person from their own
  loopback address (127.1.x.y) and with their own phone number, as the rate limits expect.

Checks printed at the end: zero 5xx responses, p50/p99 latency of pages and of feedback
submissions, RSS growth of the app workers between the start and the end, and that every
submission answered "Đã tiếp nhận" with a tracking code is in the database.
"""

import argparse
import json
import os
import random
import re
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
from http.client import HTTPConnection
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
import serve_bench as stack  # noqa: E402

PORT = stack.PORTS["nginx"]
FORM_PATH = "/hoi-dap/gui/"
RECEIVED = "Đã tiếp nhận câu hỏi, phản ánh của bạn"

PACED_LUA = """
local paths = {}
for line in io.lines("%(paths)s") do paths[#paths + 1] = line end
local counter = 0
local threads = {}
local statuses = {}
function setup(thread)
  thread:set("offset", math.random(#paths))
  table.insert(threads, thread)
end
function init(args)
  counter = tonumber(offset) or 0
  server_errors = 0
  client_errors = 0
end
function delay()
  return %(delay_ms)d
end
function request()
  counter = counter + 1
  return wrk.format("GET", paths[(counter %% #paths) + 1], {["Host"] = "localhost"})
end
function response(status, headers, body)
  if status >= 500 then server_errors = server_errors + 1
  elseif status >= 400 then client_errors = client_errors + 1 end
end
function done(summary, latency, requests)
  local five, four = 0, 0
  for _, thread in ipairs(threads) do
    five = five + (thread:get("server_errors") or 0)
    four = four + (thread:get("client_errors") or 0)
  end
  io.write(string.format("STATUS5XX %%d\\nSTATUS4XX %%d\\n", five, four))
end
"""


def parse_args():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seconds", type=int, default=600)
    parser.add_argument("--rate", type=float, default=0, help="requests/s; 0: 70%% of serve.sh")
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--feedback-per-minute", type=float, default=30)
    parser.add_argument("--server", default="")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--connections", type=int, default=64)
    parser.add_argument("--base", type=Path, default=stack.BASE)
    parser.add_argument("--keep", action="store_true")
    return parser.parse_args()


def serve_results():
    path = Path(tempfile.gettempdir()) / "vnportal-bench-serve.json"
    if path.is_file():
        return json.loads(path.read_text("utf-8"))
    return []


def default_rate_and_server(args):
    """70% of the mixed row bench/serve.sh measured at the nearest size, and its server."""
    results = serve_results()
    if not results:
        return args.rate or 500.0, args.server or "gunicorn", "no serve.sh result: 500/s"
    best = min(results, key=lambda r: abs(r["size"] - args.articles))
    row = best["rows"].get("nginx → app, mixed pages (rotating)")
    server = args.server or best["server"]
    if args.rate:
        return args.rate, server, "given"
    if row is None:
        return 500.0, server, "serve.sh has no mixed row: 500/s"
    return (
        0.7 * row["rate"],
        server,
        f"70% of {row['rate']:,.0f}/s (serve.sh, {best['size']:,} articles, mixed through nginx)",
    )


# --- feedback submissions ---------------------------------------------------------------


class Person:
    """One visitor filling the form, with cookies kept by hand: production marks them
    Secure, which a cookie jar would not send back over plain HTTP on loopback."""

    def __init__(self, number, address):
        self.number = number
        self.address = address
        self.cookies = {}

    def request(self, method, path, body=None):
        connection = HTTPConnection("127.0.0.1", PORT, timeout=60, source_address=(self.address, 0))
        headers = {"Host": "localhost"}
        if self.cookies:
            headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        if body is not None:
            headers["Content-Type"] = "application/x-www-form-urlencoded"
            headers["Referer"] = f"http://localhost{FORM_PATH}"
        started = time.perf_counter()
        connection.request(method, path, body=body, headers=headers)
        response = connection.getresponse()
        content = response.read().decode("utf-8", "replace")
        elapsed = time.perf_counter() - started
        for name, value in response.getheaders():
            if name.lower() == "set-cookie":
                key, _, rest = value.partition("=")
                self.cookies[key.strip()] = rest.split(";", 1)[0]
        connection.close()
        return response.status, response.getheader("Location"), content, elapsed


def form_fields(html):
    """What a person's browser would send: hidden fields, first choices, the consent."""
    form = html[html.index('<form class="qa-form"') :]
    form = form[: form.index("</form>")]
    fields = {}
    for tag in re.findall(r"<input\b[^>]*>", form):
        name = re.search(r'name="([^"]+)"', tag)
        value = re.search(r'value="([^"]*)"', tag)
        kind = re.search(r'type="([^"]+)"', tag)
        if not name:
            continue
        kind = kind.group(1) if kind else "text"
        if kind == "hidden":
            fields[name.group(1)] = value.group(1) if value else ""
        elif kind == "radio" and "checked" in tag and value:
            fields[name.group(1)] = value.group(1)
    for name, body in re.findall(r'<select name="([^"]+)"[^>]*>(.*?)</select>', form, re.S):
        options = [v for v in re.findall(r'<option value="([^"]*)"', body) if v]
        if options:
            fields[name] = options[0]
    return fields


def submit_one(number, address, record):
    person = Person(number, address)
    outcome = {"number": number, "status": None, "code": None}
    try:
        status, _, html, _ = person.request("GET", FORM_PATH)
        outcome["form_status"] = status
        if status != 200:
            outcome["status"] = status
            return
        fields = form_fields(html)
        fields.update(
            {
                "name": f"Người thử tải số {number}",
                "phone": f"09{number:08d}",
                "email": "",
                "address": "Ấp Mẫu, xã Tây Yên",
                "title": f"Hỏi về cấp giấy phép xây dựng nhà ở riêng lẻ (lần thử {number})",
                "content": "Gia đình tôi muốn xây nhà ở riêng lẻ trên đất ở nông thôn. "
                "Xin hỏi có phải xin giấy phép xây dựng không và hồ sơ gồm những gì?",
                "consent": "on",
                "website": "",
            }
        )
        # A person takes a while to fill the form; the form refuses answers under 3 s.
        time.sleep(3.2 + random.random() * 2)
        body = urllib.parse.urlencode(fields)
        status, location, html, elapsed = person.request("POST", FORM_PATH, body)
        outcome["status"] = status
        outcome["seconds"] = elapsed
        if status == 302 and location:
            status, _, html, _ = person.request("GET", location)
            outcome["status"] = status
            if status == 200 and RECEIVED in html:
                found = re.search(r'class="qa-code">([0-9A-Z]{4}-[0-9A-Z]{4})<', html)
                outcome["code"] = found.group(1).replace("-", "") if found else None
    except OSError as error:
        outcome["error"] = str(error)
    finally:
        record(outcome)


def feedback_loop(stop_at, per_minute, outcomes):
    lock = threading.Lock()
    threads = []

    def record(outcome):
        with lock:
            outcomes.append(outcome)

    number = 0
    interval = 60.0 / per_minute
    next_at = time.time()
    while time.time() < stop_at:
        number += 1
        # Up to 4 submissions per address: under the limit of 5 per hour.
        slot = (number - 1) // 4
        address = f"127.1.{slot // 250}.{slot % 250 + 1}"
        thread = threading.Thread(target=submit_one, args=(number, address, record), daemon=True)
        thread.start()
        threads.append(thread)
        next_at += interval
        time.sleep(max(0.0, next_at - time.time()))
    for thread in threads:
        thread.join(120)


# --- the run -------------------------------------------------------------------------------


def app_rss(app):
    return sum(stack.rss_mb(pid) for pid in stack.worker_pids(app.pid) or [app.pid])


def percentile(values, fraction):
    if not values:
        return 0.0
    values = sorted(values)
    return values[min(len(values) - 1, int(fraction * len(values)))]


def main():
    args = parse_args()
    rate, server, why = default_rate_and_server(args)
    print(f"rate {rate:,.0f} requests/s ({why}), server {server}, {args.seconds} s", flush=True)
    log = Path(tempfile.gettempdir()) / "vnportal-bench-soak.log"
    scratch = Path(tempfile.mkdtemp(prefix="vnportal-bench-soak-"))
    scratch.chmod(0o755)
    try:
        base = stack.base_database(args, log)
        stack.write_nocache_settings(scratch)
        stack.prepare_size(args, base, scratch, args.articles, log)
        articles, categories, search = stack.urls_of(scratch)
        stack.start_redis(scratch)
        app = stack.start_app(server, scratch, args.workers)
        article = articles[len(articles) // 2]
        (scratch / "static-site").mkdir()
        (scratch / "static-site" / "article.html").write_bytes(
            stack.fetch(stack.PORTS["app"], article)[2]
        )
        stack.start_nginx(scratch)
        mix = stack.mixed_paths(articles, categories, search)
        # Warm-up: every URL of the mix once (the first pass renders), then as many again;
        # memory is measured from after it.
        distinct = list(dict.fromkeys(mix))
        stack.drive(PORT, distinct + mix, len(distinct) + len(distinct))
        rss_start = app_rss(app)
        paths = scratch / "soak-paths.txt"
        paths.write_text("\n".join(mix) + "\n", "utf-8")
        delay_ms = max(1, int(1000 * args.connections / rate))
        script = scratch / "soak.lua"
        script.write_text(PACED_LUA % {"paths": paths, "delay_ms": delay_ms})
        command = ["wrk", "-t", "2", "-c", str(args.connections), "-d", f"{args.seconds}s"]
        command += ["--latency", "--timeout", "10s", "-s", str(script), f"http://127.0.0.1:{PORT}/"]
        outcomes = []
        feedback = threading.Thread(
            target=feedback_loop,
            args=(time.time() + args.seconds - 8, args.feedback_per_minute, outcomes),
        )
        feedback.start()
        pages = subprocess.run(command, capture_output=True, text=True, check=True).stdout  # noqa: S603
        feedback.join()
        rss_end = app_rss(app)
        stack.stop_all()
        connection = sqlite3.connect(scratch / "db.sqlite3")
        stored = {
            row[0] for row in connection.execute("SELECT tracking_code FROM feedback_submission")
        }
        connection.close()
    finally:
        stack.stop_all()
    summary = stack.parse_wrk(pages)
    five = int(re.search(r"STATUS5XX (\d+)", pages).group(1))
    four = int(re.search(r"STATUS4XX (\d+)", pages).group(1))
    answered = [o for o in outcomes if o.get("code")]
    missing = [o["code"] for o in answered if o["code"] not in stored]
    feedback_5xx = [o for o in outcomes if (o.get("status") or 0) >= 500]
    feedback_other = [o for o in outcomes if not o.get("code") and (o.get("status") or 0) < 500]
    seconds = [o["seconds"] for o in outcomes if "seconds" in o]
    growth = (rss_end - rss_start) / rss_start
    print()
    print(stack.machine())
    print(
        f"pages and search through nginx: {summary['requests']:,} requests in {args.seconds} s "
        f"({summary['rate']:,.0f}/s), p50 {summary['p50']:.2f} ms, p99 {summary['p99']:.2f} ms, "
        f"5xx {five}, 4xx {four}, socket errors {summary['errors'] - five - four}"
    )
    print(
        f"feedback: {len(outcomes)} sent, {len(answered)} answered 'Đã tiếp nhận', "
        f"{len(feedback_5xx)} 5xx, {len(feedback_other)} other "
        f"({sorted({(o.get('status'), o.get('error')) for o in feedback_other}, key=str)}), "
        f"POST p50 {1000 * percentile(seconds, 0.5):.0f} ms, "
        f"p99 {1000 * percentile(seconds, 0.99):.0f} ms"
    )
    print(
        f"in the database: {len(answered) - len(missing)} of {len(answered)} answered "
        f"submissions{' (missing: ' + ', '.join(missing) + ')' if missing else ''}"
    )
    print(
        f"app workers RSS: {rss_start:.0f} MB after warm-up, {rss_end:.0f} MB at the end "
        f"({100 * growth:+.1f}%)"
    )
    failures = []
    if five or feedback_5xx:
        failures.append("5xx responses")
    if missing:
        failures.append("answered submissions missing from the database")
    if growth >= 0.10:
        failures.append("memory grew 10% or more")
    if not answered:
        failures.append("no submission was answered")
    print("RESULT: " + ("ok" if not failures else "FAILED: " + "; ".join(failures)))
    if not args.keep:
        shutil.rmtree(scratch, ignore_errors=True)
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    os.environ.setdefault("PYTHONUNBUFFERED", "1")
    main()
