"""A payload list thrown at every public GET parameter and every public POST form of the
demo portal (every section of a province site), found by walking the site rather than
listed by hand: the query parameters are the fields of each page's GET forms and the
query keys of its own links, the API's come from its OpenAPI schema, the POST forms are
the `<form method="post">` of the pages the walk reached.

For every request: no server error, no database error text, no payload reflected as markup
(it comes back escaped or not at all), no header added by CR/LF in a value, no redirect to
another host. Oversized input is refused with a Vietnamese message, malformed UTF-8 and
NUL bytes are not errors, and every public form needs its CSRF token.

The demo is loaded once for the module, in a transaction rolled back at the end.
"""

import io
import json
import re
import time
from collections import Counter
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import parse_qsl, quote, urlencode, urlsplit

import pytest
from django.core.management import call_command
from django.db import transaction
from django.test import Client

from vnportal.feedback import spam as feedback_spam

ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.django_db

HOST = "localhost"
MAX_PAGES = 140
# A URL shape (digits folded) is visited at most this often: one article stands for all.
PER_SHAPE = 1

XSS = [
    "<script>alert(1)</script>",
    '"><img src=x onerror=alert(1)>',
    "'\"--></style></script><svg onload=alert(1)>",
    "javascript:alert(1)",
]
SQL = [
    "' OR '1'='1",
    "1; DROP TABLE wagtailcore_page; --",
    "1' UNION SELECT password FROM auth_user--",
]
FTS = ['"unbalanced', 'NEAR(a b) OR * AND -x title:^"x"*', "a AND OR NOT ( %_\\"]
TRAVERSAL = ["../../../../etc/passwd", "..\\..\\windows\\win.ini"]
HEADER = ["x\r\nSet-Cookie: injected=1", "x\r\nX-Injected: 1"]
REDIRECT = ["//evil.example/", "https://evil.example/", "/\\evil.example"]
OVERSIZED = "ư" * 20_000
# What the forms say when a value is too long (theirs, or Django's Vietnamese "kí tự").
REFUSED = ("ký tự", "kí tự", "quá dài", "dài quá", "tối đa", "chưa đúng")
# nginx refuses a request line past 8 KB (414); what gets through is still odd for the code.
LONG_QUERY = "ư" * 1_300
NUL = "a\x00b"
PAYLOADS = (
    XSS
    + SQL
    + FTS
    + TRAVERSAL
    + HEADER
    + REDIRECT
    + [LONG_QUERY, NUL, "-1", "99999999999999999999"]
)
# One of each kind, for each parameter and each form field on its own (the whole list goes
# into all parameters of a page at once).
EACH = [XSS[1], SQL[0], FTS[0], HEADER[0]]
# Raw, percent-encoded query values: overlong and invalid UTF-8.
RAW_VALUES = ["%C0%AF", "%FF%FE%ED%A0%80", "%00"]

MARKUP = re.compile(
    r"<script>alert\(1\)|<img src=x onerror|<svg onload|"
    r"(?:href|src|action|formaction)\s*=\s*[\"']?\s*javascript:alert",
    re.I,
)
DB_ERRORS = re.compile(
    r"Traceback|OperationalError|ProgrammingError|DataError|IntegrityError|"
    r"syntax error at or near|unrecognized token|fts5: syntax|malformed MATCH|"
    r"unterminated quoted string|NUL \(0x00\)",
    re.I,
)


class FormParser(HTMLParser):
    """The forms of a page (method, action, fields) and the hrefs of its links."""

    def __init__(self):
        super().__init__()
        self.forms, self.links, self._form, self._select, self._textarea = [], [], None, None, None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "a" and attrs.get("href"):
            self.links.append(attrs["href"])
        elif tag == "form":
            self._form = {
                "method": (attrs.get("method") or "get").lower(),
                "action": attrs.get("action") or "",
                "fields": [],
            }
            self.forms.append(self._form)
        elif self._form is None:
            return
        elif tag == "input" and attrs.get("name"):
            kind = (attrs.get("type") or "text").lower()
            self._form["fields"].append(
                {"name": attrs["name"], "type": kind, "value": attrs.get("value") or ""}
            )
            if kind in ("checkbox", "radio") and "checked" not in attrs and kind == "radio":
                self._form["fields"][-1]["unchecked"] = True
        elif tag == "select" and attrs.get("name"):
            self._select = {"name": attrs["name"], "type": "select", "options": []}
            self._form["fields"].append(self._select)
        elif tag == "option" and self._select is not None:
            self._select["options"].append(attrs.get("value", ""))
        elif tag == "textarea" and attrs.get("name"):
            self._form["fields"].append({"name": attrs["name"], "type": "textarea", "value": ""})

    def handle_endtag(self, tag):
        if tag == "form":
            self._form = None
        elif tag == "select":
            self._select = None


def parse(html):
    parser = FormParser()
    parser.feed(html)
    return parser


def inline_code(html):
    """Inline scripts, style elements, style attributes and event handlers in a page: what
    the public CSP would block. JSON data blocks are data, never run."""
    found = [
        tag
        for tag in re.findall(r"<script\b[^>]*>", html)
        if "src=" not in tag
        and 'type="application/ld+json"' not in tag
        and 'type="application/json"' not in tag
    ]
    found += re.findall(r"<style\b|\sstyle=|\son[a-z]+=|href=\"javascript:", html)
    return found


def shape(path):
    return re.sub(r"\d+", "N", path)


def crawl(client):
    """Same-site pages reachable from the home page: {path: parsed page}."""
    seen, shapes, queue = {}, Counter(), ["/"]
    while queue and len(seen) < MAX_PAGES:
        path = queue.pop(0)
        if path in seen:
            continue
        response = client.get(path, HTTP_HOST=HOST)
        if response.status_code != 200 or "text/html" not in response.get("Content-Type", ""):
            seen[path] = None
            continue
        html = response.content.decode()
        page = parse(html)
        page.inline = inline_code(html)
        seen[path] = page
        for href in page.links:
            parts = urlsplit(href)
            if parts.netloc and parts.netloc.split(":")[0] != HOST:
                continue
            target = parts.path
            if (
                not target.startswith("/")
                or target.startswith(("/admin/", "/static/", "/media/", "/tai-lieu/", "/co-chu/"))
                or target in seen
                or target in queue
                or target.endswith((".xml", ".ics", ".csv", ".json", ".txt", "/rss/", "/ical/"))
            ):
                continue
            if shapes[shape(target)] >= PER_SHAPE:
                continue
            shapes[shape(target)] += 1
            queue.append(target)
    return {path: page for path, page in seen.items() if page is not None}


def query_targets(pages):
    """{path: sorted parameter names}: GET form fields and the query keys of own links."""
    targets = {}
    for path, page in pages.items():
        names = set()
        for form in page.forms:
            action = urlsplit(form["action"]).path or path
            if form["method"] == "get":
                found = {f["name"] for f in form["fields"] if f["type"] not in ("submit",)}
                targets.setdefault(action, set()).update(found)
        for href in page.links:
            parts = urlsplit(href)
            if parts.query and (not parts.path or parts.path == path):
                names.update(key for key, _ in parse_qsl(parts.query, keep_blank_values=True))
        if names:
            targets.setdefault(path, set()).update(names)
    return {path: sorted(names) for path, names in targets.items() if names}


def api_targets(client):
    """{path: query parameter names} of the API's list endpoints, from its OpenAPI schema;
    the `{id}` of detail endpoints becomes a parameter of its own (the path segment)."""
    schema = json.loads(client.get("/api/v1/openapi.json", HTTP_HOST=HOST).content)
    base = urlsplit(schema["servers"][0]["url"]).path.rstrip("/")
    targets = {}
    for path, operations in schema["paths"].items():
        parameters = operations.get("get", {}).get("parameters", [])
        names = sorted(p["name"] for p in parameters if p.get("in") == "query")
        if "{" in path:
            targets[base + path] = names
        else:
            targets[base + path] = names or ["page"]
    return targets


def post_forms(pages):
    """{action path: (page path, fields)} of the public POST forms."""
    forms = {}
    for path, page in pages.items():
        for form in page.forms:
            if form["method"] == "post":
                action = urlsplit(form["action"]).path or path
                forms.setdefault(action, (path, form["fields"]))
    return forms


@pytest.fixture(scope="module")
def demo(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock(), transaction.atomic():
        call_command("load_demo", "--articles-per-site", "1", stdout=io.StringIO())
        client = Client()
        pages = crawl(client)
        yield {
            "pages": pages,
            "queries": query_targets(pages),
            "api": api_targets(client),
            "forms": post_forms(pages),
        }
        transaction.set_rollback(True)


@pytest.fixture(autouse=True)
def _limits(settings):
    # Rate limits answer 429 before a payload reaches the code under test.
    settings.API_RATE_PER_MINUTE = 1_000_000
    settings.CONSULTATIONS_MIN_FILL_SECONDS = 0
    settings.CONSULTATIONS_RATE_LIMIT = (1_000_000, 60)


_addresses = iter(f"198.18.{a}.{b}" for a in range(256) for b in range(1, 255))


def check(response, payload, request_host=HOST):
    """What must hold for any response to any payload."""
    where = f"{response.request.get('PATH_INFO')}?{response.request.get('QUERY_STRING', '')}"[:200]
    assert response.status_code < 500, (where, response.status_code)
    for name, value in response.items():
        assert "\r" not in value and "\n" not in value, (where, name)
        assert "injected" not in name.lower(), (where, name)
    for cookie in response.cookies:
        assert cookie.lower() != "injected", where
    if 300 <= response.status_code < 400:
        location = response["Location"]
        parts = urlsplit(location)
        assert not location.startswith(("//", "/\\", "\\")), (where, location)
        assert parts.scheme in ("", "http", "https"), (where, location)
        assert parts.netloc in ("", request_host, "testserver"), (where, location)
    if response.streaming:
        return
    body = response.content.decode("utf-8", "replace")
    assert not DB_ERRORS.search(body), (where, DB_ERRORS.search(body).group(0))
    if "html" in response.get("Content-Type", ""):
        found = MARKUP.search(body)
        assert found is None, (where, payload[:60], body[max(found.start() - 80, 0) : found.end()])


def get(client, path, query):
    return client.get(path, QUERY_STRING=query, HTTP_HOST=HOST, REMOTE_ADDR=next(_addresses))


def test_the_walk_reached_every_section_and_its_forms(demo):
    pages, queries, forms = demo["pages"], demo["queries"], demo["forms"]
    assert len(pages) >= 40, sorted(pages)
    for prefix in ("/tim-kiem/", "/van-ban/", "/hoi-dap/"):
        assert any(path.startswith(prefix) for path in queries), (prefix, sorted(queries))
    for form in ("/hoi-dap/gui/", "/hoi-dap/tra-cuu/"):
        assert form in forms, sorted(forms)
    assert any(path.startswith("/lay-y-kien/") for path in forms), sorted(forms)
    assert any("lien-he" in path for path in forms), sorted(forms)
    assert len(forms) >= 5, sorted(forms)
    assert len(demo["api"]) >= 5, demo["api"]


def source_parameters():
    """Query parameter names the code reads (`request.GET.get("x")`, `X_PARAM = "x"`)."""
    pattern = re.compile(
        r"GET\.get(?:list)?\(\s*[\"']([\w-]+)[\"']|GET\[[\"']([\w-]+)[\"']|"
        r"_PARAM\s*=\s*[\"']([\w-]+)[\"']"
    )
    names = set()
    for source in (ROOT / "vnportal").rglob("*.py"):
        if "tests" in source.parts or "migrations" in source.parts:
            continue
        for match in pattern.finditer(source.read_text(encoding="utf-8")):
            names.add(next(group for group in match.groups() if group))
    return sorted(names)


def test_no_public_page_of_the_demo_has_inline_script_or_style(demo):
    inline = {path: page.inline for path, page in demo["pages"].items() if page.inline}
    assert inline == {}


def test_payloads_in_every_query_parameter_of_every_page(client, demo):
    code_names = source_parameters()
    assert {"q", "trang", "loai"} <= set(code_names)
    requests = 0
    for path, names in demo["queries"].items():
        every = sorted(set(names) | set(code_names))
        # Each parameter on its own, with one payload of each kind.
        for name in names:
            for payload in EACH:
                check(get(client, path, urlencode({name: payload})), payload)
                requests += 1
        # The whole list in every parameter the page or the code knows at once.
        for payload in PAYLOADS:
            check(get(client, path, urlencode(dict.fromkeys(every, payload))), payload)
            requests += 1
        for raw in RAW_VALUES:
            query = "&".join(f"{quote(name)}={raw}" for name in every)
            check(get(client, path, query), raw)
            requests += 1
    assert requests >= 200


def test_huge_and_odd_numbers_in_every_numbered_path(client, demo):
    """Each crawled path with a number in it (answer ids, weeks, pages) with the number
    replaced by an out-of-range or impossible one."""
    numbered = [path for path in demo["pages"] if re.search(r"/\d", path)]
    assert numbered
    for path in numbered:
        for number in ("99999999999999999999", "0", "9999"):
            odd = re.sub(r"(?<=/)\d+", number, path, count=1)
            response = client.get(odd, HTTP_HOST=HOST)
            check(response, odd)
    for week in ("2026-99", "0000-0", "9999-53", "2026-0"):
        check(client.get(f"/lich-cong-tac/tuan/{week}/", HTTP_HOST=HOST), week)


def test_payloads_in_every_api_filter(client, demo):
    for template, names in demo["api"].items():
        if "{" in template:
            # The identifier in the path: every payload as the segment.
            for payload in PAYLOADS + RAW_VALUES:
                path = re.sub(r"\{[^}]+\}", quote(payload, safe="%"), template)
                check(client.get(path, HTTP_HOST=HOST, REMOTE_ADDR=next(_addresses)), payload)
            continue
        path = template
        for payload in EACH + [LONG_QUERY, NUL]:
            response = get(client, path, urlencode(dict.fromkeys(names, payload)))
            check(response, payload)
            assert response["Content-Type"].startswith(("application/json", "application/"))
        for raw in RAW_VALUES:
            check(get(client, path, "&".join(f"{name}={raw}" for name in names)), raw)


@pytest.mark.parametrize(
    "path",
    [
        "/%C0%AF/",
        "/tim-kiem/%FF/",
        "/..%2f..%2fetc/passwd",
        "/tai-lieu/1/..%2f..%2fsettings.py",
        "/media/../vnportal/settings/base.py",
        "/%00/",
        "/tin-tuc/%3Cscript%3Ealert(1)%3C/script%3E/",
    ],
)
def test_odd_paths_are_not_errors(client, demo, path):
    response = client.get(path, HTTP_HOST=HOST)
    check(response, path)
    assert response.status_code in (301, 302, 400, 404)


def test_header_injection_through_the_host_header_is_refused(client, demo):
    response = client.get("/", HTTP_HOST="localhost\r\nX-Injected: 1")
    assert response.status_code == 400
    check(response, "host")


def _valid_value(field, unique):
    name, kind = field["name"], field["type"]
    if kind == "select":
        options = [o for o in field["options"] if o]
        return options[0] if options else ""
    if kind in ("hidden", "submit", "button"):
        return field["value"]
    if kind == "checkbox":
        return "on" if name != "website" else ""
    if kind == "radio":
        return field["value"]
    if kind == "file":
        return None
    if name in ("website",):
        return ""
    if kind == "email" or "email" in name or name == "contact":
        return f"nguoi{unique}@example.vn"
    if kind == "tel" or "phone" in name or "dien-thoai" in name:
        return f"09{unique:08d}"
    if name == "code":
        return "7KQ2-M9XA"
    if kind == "number":
        return "1"
    return "Nội dung thử nghiệm an toàn của người dân."


def form_data(fields, unique):
    data = {}
    for field in fields:
        value = _valid_value(field, unique)
        if value is None:
            continue
        if field["type"] == "radio" and field["name"] in data:
            continue
        data[field["name"]] = value
    if feedback_spam.STARTED_FIELD in data:
        data[feedback_spam.STARTED_FIELD] = feedback_spam.start_token(time.time() - 30)
    return data


def text_fields(fields):
    return [
        f["name"]
        for f in fields
        if f["type"] in ("text", "textarea", "email", "tel", "search", "url")
        and f["name"] not in ("website",)
    ]


def test_every_public_post_form_needs_its_csrf_token(demo):
    strict = Client(enforce_csrf_checks=True)
    for action, (page, fields) in demo["forms"].items():
        names = {f["name"] for f in fields}
        assert "csrfmiddlewaretoken" in names, (page, action)
        data = form_data([f for f in fields if f["name"] != "csrfmiddlewaretoken"], 1)
        response = strict.post(action, data, HTTP_HOST=HOST, REMOTE_ADDR=next(_addresses))
        assert response.status_code == 403, (action, response.status_code)
        assert "Biểu mẫu đã hết hạn" in response.content.decode()


def test_payloads_in_every_field_of_every_public_post_form(demo):
    unique = 1000
    for action, (_page, fields) in demo["forms"].items():
        names = text_fields(fields)
        # The whole list in every text field at once.
        for payload in XSS + SQL + HEADER + REDIRECT[:1] + TRAVERSAL[:1]:
            unique += 1
            data = {**form_data(fields, unique), **dict.fromkeys(names, payload)}
            response = Client().post(action, data, HTTP_HOST=HOST, REMOTE_ADDR=next(_addresses))
            check(response, payload)
        for name in names:
            # An attribute-breaking payload and a NUL in each field on its own.
            for payload in (XSS[1], NUL):
                unique += 1
                data = form_data(fields, unique)
                data[name] = payload
                response = Client().post(action, data, HTTP_HOST=HOST, REMOTE_ADDR=next(_addresses))
                check(response, payload)
            # Malformed UTF-8, sent as the raw form body.
            unique += 1
            data = form_data(fields, unique)
            body = urlencode({k: v for k, v in data.items() if k != name}) + f"&{name}=%C0%AF%FF"
            response = Client().post(
                action,
                body,
                content_type="application/x-www-form-urlencoded",
                HTTP_HOST=HOST,
                REMOTE_ADDR=next(_addresses),
            )
            check(response, "malformed")


def test_oversized_input_is_refused_with_a_vietnamese_message(demo):
    unique = 50_000
    for action, (_page, fields) in demo["forms"].items():
        names = text_fields(fields)
        if not names:
            continue
        for name in names:
            unique += 1
            data = form_data(fields, unique)
            data[name] = OVERSIZED
            response = Client().post(action, data, HTTP_HOST=HOST, REMOTE_ADDR=next(_addresses))
            check(response, "oversized")
            assert response.status_code in (200, 400, 413, 429), (action, name)
            html = response.content.decode()
            assert any(said in html for said in REFUSED), (action, name)


def test_a_body_past_the_upload_limit_is_a_vietnamese_400(demo, settings):
    settings.DATA_UPLOAD_MAX_MEMORY_SIZE = 64 * 1024
    action = "/hoi-dap/tra-cuu/"
    response = Client().post(
        action,
        {"action": "tra-cuu", "code": "x" * 100_000, "contact": "a"},
        HTTP_HOST=HOST,
        REMOTE_ADDR=next(_addresses),
    )
    assert response.status_code == 400
    html = response.content.decode()
    assert '<html lang="vi">' in html
    assert "Yêu cầu không hợp lệ" in html


def test_the_admin_login_never_redirects_to_another_host(demo, django_user_model):
    django_user_model.objects.create_superuser("quantri", password="mat-khau-dai-2026")
    for target in REDIRECT + ["javascript:alert(1)", "https://localhost.evil.example/"]:
        client = Client()
        response = client.post(
            "/admin/login/?" + urlencode({"next": target}),
            {"username": "quantri", "password": "mat-khau-dai-2026", "next": target},
            HTTP_HOST=HOST,
            REMOTE_ADDR=next(_addresses),
        )
        assert response.status_code == 302, target
        check(response, target)
