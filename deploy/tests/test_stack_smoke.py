"""Smoke tests of the production stack, run by .ci/stack-smoke.sh (`make stack-test`).

They need the stack that script brings up (PostgreSQL, Redis, two gunicorn app servers,
nginx with deploy/nginx/vnportal.conf) and are skipped without it: the script sets
VNPORTAL_STACK_URL (nginx), VNPORTAL_STACK_APPS (the app servers), VNPORTAL_STACK_PURGE_URL
(nginx's purge listener), VNPORTAL_STACK_ENV (the production environment file) and
VNPORTAL_STACK_LOGS (the log folder).
"""

import html
import json
import os
import re
import subprocess
import sys
import urllib.error
import urllib.parse
import urllib.request
import uuid
from pathlib import Path

import pytest

STACK_URL = os.environ.get("VNPORTAL_STACK_URL", "")
pytestmark = pytest.mark.skipif(
    not STACK_URL, reason="the production stack is not up (run `make stack-test`)"
)
APPS = [url for url in os.environ.get("VNPORTAL_STACK_APPS", "").split(",") if url]
PURGE_URL = os.environ.get("VNPORTAL_STACK_PURGE_URL", "")
ROOT = Path(__file__).resolve().parents[2]
HOST = "localhost"


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


_opener = urllib.request.build_opener(_NoRedirect)


def fetch(base, path="/", method="GET", headers=None, data=None, host=HOST):
    """(status, headers, text) of one request; cookies only as given in headers."""
    # Loopback http:// addresses the stack script gives; nothing user-supplied.
    request = urllib.request.Request(  # noqa: S310
        base + path,
        method=method,
        data=urllib.parse.urlencode(data).encode() if data is not None else None,
        headers={"Host": host, **(headers or {})},
    )
    try:
        with _opener.open(request, timeout=30) as response:
            return response.status, response.headers, response.read().decode("utf-8", "replace")
    except urllib.error.HTTPError as error:
        return error.code, error.headers, error.read().decode("utf-8", "replace")


def stack_env():
    env = {key: value for key, value in os.environ.items() if not key.startswith("VNPORTAL_")}
    for line in Path(os.environ["VNPORTAL_STACK_ENV"]).read_text().splitlines():
        if "=" in line and not line.startswith("#"):
            key, value = line.split("=", 1)
            env[key] = value
    return env


def manage_py_shell(code, **extra_env):
    """Run Python in `manage.py shell` on the stack's database; returns its JSON output."""
    result = subprocess.run(
        [sys.executable, "manage.py", "shell", "-c", code],
        cwd=ROOT,
        env={**stack_env(), **extra_env},
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    return json.loads(result.stdout.strip().splitlines()[-1])


PICK_ARTICLE = """
import json
from wagtail.models import Site
from vnportal.news.models import ArticlePage
site = Site.objects.get(hostname="localhost")
page = (ArticlePage.objects.live().descendant_of(site.root_page)
        .order_by("-first_published_at", "-pk").first())
print(json.dumps({"id": page.pk, "path": page.relative_url(site), "title": page.title}))
"""


def save_draft_title(page_id, title, go_live_past=False):
    """A new revision of the page with another title: a draft, or one scheduled in the past."""
    code = f"""
import json, datetime
from django.utils import timezone
from vnportal.news.models import ArticlePage
page = ArticlePage.objects.get(pk={page_id})
page.title = {title!r}
revision = page.save_revision(log_action=True)
if {go_live_past!r}:
    revision.approved_go_live_at = timezone.now() - datetime.timedelta(minutes=1)
    revision.save(update_fields=["approved_go_live_at"])
print(json.dumps({{"revision": revision.pk}}))
"""
    return manage_py_shell(code)


def cookies_from(headers):
    jar = {}
    for value in headers.get_all("Set-Cookie") or []:
        name, _, rest = value.partition("=")
        jar[name.strip()] = rest.split(";", 1)[0]
    return jar


def cookie_header(jar):
    return "; ".join(f"{name}={value}" for name, value in jar.items())


def csrf_token(text):
    match = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', text)
    assert match, "no CSRF token in the form"
    return match.group(1)


def admin_login(app):
    """Log in to the admin of one app server as the stack's smoke user; returns cookies."""
    password = uuid.uuid4().hex
    manage_py_shell(
        "import json\n"
        "from django.contrib.auth import get_user_model\n"
        "User = get_user_model()\n"
        "user, _ = User.objects.get_or_create(username='smoke', "
        "defaults={'is_superuser': True, 'is_staff': True, 'email': 'smoke@localhost'})\n"
        f"user.set_password({password!r}); user.is_superuser = True; user.is_staff = True\n"
        "user.save()\n"
        "print(json.dumps({'ok': True}))"
    )
    status, headers, text = fetch(app, "/admin/login/")
    assert status == 200
    jar = cookies_from(headers)
    status, headers, _ = fetch(
        app,
        "/admin/login/",
        method="POST",
        headers={"Cookie": cookie_header(jar)},
        data={"username": "smoke", "password": password, "csrfmiddlewaretoken": csrf_token(text)},
    )
    assert status == 302, "the admin login was refused"
    jar.update(cookies_from(headers))
    assert "sessionid" in jar
    return jar


def test_both_app_servers_serve_and_nginx_spreads_requests():
    for app in APPS:
        status, _, text = fetch(app, "/")
        assert status == 200
        assert "An Giang" in text
    logs = Path(os.environ["VNPORTAL_STACK_LOGS"])
    before = {app: _count_marker_lines(logs, app, "smoke-spread") for app in APPS}
    # Login pages are never cached, so each of these reaches an app server.
    for number in range(12):
        status, _, _ = fetch(STACK_URL, f"/admin/login/?smoke-spread={number}")
        assert status == 200
    after = {app: _count_marker_lines(logs, app, "smoke-spread") for app in APPS}
    assert len(APPS) == 2
    assert all(after[app] > before[app] for app in APPS), after


def _count_marker_lines(logs, app, marker):
    port = urllib.parse.urlsplit(app).port
    path = logs / f"app-{port}-access.log"
    if not path.exists():
        return 0
    return sum(marker in line for line in path.read_text().splitlines())


def test_nginx_caches_anonymous_pages_only():
    article = manage_py_shell(PICK_ARTICLE)
    fetch(STACK_URL, article["path"])
    status, headers, _ = fetch(STACK_URL, article["path"])
    assert status == 200
    assert headers["X-Proxy-Cache"] == "HIT"
    # Someone with a session is served by the app, live.
    _, headers, _ = fetch(STACK_URL, article["path"], headers={"Cookie": "sessionid=abc"})
    assert headers["X-Proxy-Cache"] == "BYPASS"
    # The admin is never stored.
    fetch(STACK_URL, "/admin/login/")
    _, headers, _ = fetch(STACK_URL, "/admin/login/")
    assert headers["X-Proxy-Cache"] != "HIT"


def test_nginx_serves_static_files_and_hides_private_media():
    status, _, text = fetch(STACK_URL, "/")
    match = re.search(r'href="(/static/[^"]+\.css)"', text)
    assert match, "no stylesheet on the home page"
    status, headers, _ = fetch(STACK_URL, match.group(1))
    assert status == 200
    assert "immutable" in headers["Cache-Control"]
    media = Path(stack_env()["MEDIA_ROOT"])
    (media / "phan-anh").mkdir(parents=True, exist_ok=True)
    (media / "phan-anh" / "smoke.pdf").write_bytes(b"%PDF-1.4 personal data")
    (media / "smoke.html").write_text("<script>alert(1)</script>")
    status, _, _ = fetch(STACK_URL, "/media/phan-anh/smoke.pdf")
    assert status == 404
    status, headers, _ = fetch(STACK_URL, "/media/smoke.html")
    assert status == 200
    assert headers["Content-Type"] == "application/octet-stream"
    assert "sandbox" in headers["Content-Security-Policy"]


def test_purge_listener_replaces_the_cached_page():
    """A PURGE (as Wagtail's frontend cache sends it) makes nginx fetch the page again."""
    article = manage_py_shell(PICK_ARTICLE)
    fetch(STACK_URL, article["path"])
    _, headers, text = fetch(STACK_URL, article["path"])
    assert headers["X-Proxy-Cache"] == "HIT"
    new_title = f"Bài thử làm mới bộ đệm {uuid.uuid4().hex[:6]}"
    # Published by a process that does not tell nginx: nginx keeps its copy...
    manage_py_shell(
        "import json\n"
        "from vnportal.news.models import ArticlePage\n"
        f"page = ArticlePage.objects.get(pk={article['id']})\n"
        f"page.title = {new_title!r}\n"
        "page.save_revision().publish()\n"
        "print(json.dumps({'ok': True}))",
        FRONTEND_CACHE_PURGE_URL="",
    )
    _, headers, text = fetch(STACK_URL, article["path"])
    assert headers["X-Proxy-Cache"] == "HIT"
    assert new_title not in html.unescape(text)
    # ...until the purge listener is asked.
    status, _, _ = fetch(PURGE_URL, article["path"], method="PURGE", host=f"{HOST}:19080")
    assert status == 200
    _, headers, text = fetch(STACK_URL, article["path"])
    assert headers["X-Proxy-Cache"] == "HIT"
    assert new_title in html.unescape(text)
    # Only PURGE is accepted there.
    status, _, _ = fetch(PURGE_URL, article["path"])
    assert status == 405


def test_publish_on_one_app_server_purges_what_the_other_and_nginx_serve():
    app1, app2 = APPS
    article = manage_py_shell(PICK_ARTICLE)
    for base in (app2, STACK_URL):
        fetch(base, article["path"])
        fetch(base, "/")
    _, headers, _ = fetch(app2, article["path"])
    assert headers["X-Cache"] == "HIT"
    _, headers, _ = fetch(STACK_URL, article["path"])
    assert headers["X-Proxy-Cache"] == "HIT"

    new_title = f"Bài thử đăng qua máy chủ 1 {uuid.uuid4().hex[:6]}"
    save_draft_title(article["id"], new_title)
    # A draft changes nothing public.
    _, _, text = fetch(STACK_URL, article["path"])
    assert new_title not in html.unescape(text)

    # An editor publishes it in the admin of app server 1 (Wagtail's bulk "Xuất bản").
    jar = admin_login(app1)
    confirm = f"/admin/bulk/wagtailcore/page/publish/?next=%2Fadmin%2F&id={article['id']}"
    status, _, text = fetch(app1, confirm, headers={"Cookie": cookie_header(jar)})
    assert status == 200
    status, _, _ = fetch(
        app1,
        confirm,
        method="POST",
        headers={"Cookie": cookie_header(jar), "Referer": app1 + confirm},
        data={"csrfmiddlewaretoken": csrf_token(text), "id": article["id"]},
    )
    assert status == 302

    # App server 2 renders afresh (shared Redis), and nginx no longer serves its copy.
    for base in (app2, STACK_URL):
        _, _, text = fetch(base, article["path"])
        assert new_title in html.unescape(text), base
        _, _, text = fetch(base, "/")
        assert new_title in html.unescape(text), base


def test_scheduled_publishing_runs_once_when_both_app_servers_run_it():
    article = manage_py_shell(PICK_ARTICLE)
    new_title = f"Bài thử đăng theo lịch {uuid.uuid4().hex[:6]}"
    revision = save_draft_title(article["id"], new_title, go_live_past=True)["revision"]
    env = stack_env()
    runs = [
        subprocess.Popen(
            [sys.executable, "manage.py", "publish_scheduled"],
            cwd=ROOT,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in APPS
    ]
    outputs = [run.communicate(timeout=120) for run in runs]
    assert [run.returncode for run in runs] == [0, 0], outputs
    counted = manage_py_shell(
        "import json\n"
        "from wagtail.models import PageLogEntry\n"
        f"entries = PageLogEntry.objects.filter(page_id={article['id']}, "
        f"revision_id={revision}, action='wagtail.publish.scheduled')\n"
        "print(json.dumps({'entries': entries.count()}))"
    )
    assert counted["entries"] == 1, outputs
    _, _, text = fetch(STACK_URL, article["path"])
    assert new_title in html.unescape(text)
