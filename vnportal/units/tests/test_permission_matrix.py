"""The permission matrix: the people of one site reach nothing of another site.

Every case registered in the admin matrix (vnportal/units/admin_matrix.py, matrix_wagtail.py
and each app's admin_matrix.py) is requested by every role of site A on site B's objects
(refused, nothing of B shown, nothing of B changed), by the roles it names on A's own
objects (succeeds, the change happens), by the weakest province role it allows on B's
objects (succeeds), and by a superuser where no role may (succeeds, so that the refusals
are not those of a broken URL). Lists, searches and choosers show nothing of B to any
role of A. A last test fails for any admin URL missing from the matrix.

The world (two sites with one of everything) is built once for this module inside a
transaction that is rolled back at the end; each test runs in a savepoint inside it.
"""

import html
import json
from urllib.parse import urlparse

import pytest
from django.conf import settings
from django.contrib.messages import constants as message_levels
from django.contrib.messages import get_messages
from django.db import transaction
from django.test import Client
from django.urls import NoReverseMatch, reverse

from vnportal.units.admin_matrix import admin_url_names, load, uncovered_admin_url_names
from vnportal.units.matrix_world import build_world
from vnportal.units.roles import ROLES

# Every test here is marked, so that pytest-django sets up the test database even when
# only tests that use the world without `db` are selected. The matrix checks permission
# rules written in the ORM, the same on both databases; its 3,400 requests run in CI on
# SQLite only (`single_db`), and tests/security/test_permission_matrix_link.py on both.
pytestmark = [pytest.mark.django_db, pytest.mark.single_db]

REGISTRY = load()
OBJECT_CASES = [case for case in REGISTRY.cases if not case.listing]
LISTING_CASES = [case for case in REGISTRY.cases if case.listing]


# {user pk: session key}: everyone of the world logs in once, outside the tests'
# savepoints; a session is half the cost of a case when each case logs in anew.
SESSIONS = {}


@pytest.fixture(scope="module")
def world(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock(), transaction.atomic():
        built = build_world()
        people = [built.superuser, *built.province_users.values()]
        people += [*built.a.users.values(), *built.b.users.values()]
        for user in people:
            client = Client()
            client.force_login(user)
            SESSIONS[user.pk] = client.cookies[settings.SESSION_COOKIE_NAME].value
        yield built
        SESSIONS.clear()
        transaction.set_rollback(True)


def _params(cases, roles_of):
    return [
        pytest.param(case, role, id=f"{case.id}-{role}")
        for case in cases
        for role in sorted(roles_of(case))
    ]


def request_case(user, case, objects):
    if case.prepare:
        case.prepare(objects)
    client = Client()
    if user.pk in SESSIONS:
        client.cookies[settings.SESSION_COOKIE_NAME] = SESSIONS[user.pk]
    else:
        client.force_login(user)
    url = reverse(
        case.url_name,
        args=case.args(objects) if case.args else None,
        kwargs=case.kwargs(objects) if case.kwargs else None,
    )
    query = case.query(objects) if case.query else {}
    headers = {"X-Requested-With": "XMLHttpRequest"} if case.ajax else {}
    if case.data is None:
        return client.get(url, query, headers=headers)
    if query:
        url += "?" + "&".join(f"{k}={v}" for k, v in query.items())
    return client.post(url, case.data(objects), headers=headers)


def text_of(response):
    """What a person (or a script) can read in the response, JSON escapes undone, and
    the messages it leaves for the next page."""
    if getattr(response, "streaming", False):
        raw = b"".join(response.streaming_content)
    else:
        raw = response.content
    body = raw.decode("utf-8", errors="replace")
    if response.get("Content-Type", "").startswith("application/json"):
        body = json.dumps(json.loads(body), ensure_ascii=False)
    messages = [str(message) for message in get_messages(response.wsgi_request)]
    return html.unescape("\n".join([body, *messages]))


def refusal(response):
    """403 or 404, or Wagtail's redirect to the dashboard with a permission error, or to
    the login page. Returns a reason when the response is NOT a refusal."""
    status = response.status_code
    if status in (403, 404):
        return None
    if status == 302:
        target = urlparse(response["Location"]).path
        if target == reverse("wagtailadmin_login"):
            return None
        if target == reverse("wagtailadmin_home"):
            errors = [
                m for m in get_messages(response.wsgi_request) if m.level >= message_levels.ERROR
            ]
            if errors:
                return None
            return "redirected to the dashboard without a permission error"
    return f"answered {status} {response.get('Location', '')}"


def success(response):
    """Returns a reason when the response is NOT a success."""
    status = response.status_code
    if status in (200, 201):
        return None
    if status == 302:
        target = urlparse(response["Location"]).path
        if target not in (reverse("wagtailadmin_home"), reverse("wagtailadmin_login")):
            return None
    return f"answered {status} {response.get('Location', '')}"


def leaks(body, objects):
    return [marker for marker in objects.markers if marker in body]


def check_refused(world, user, case, target):
    response = request_case(user, case, target)
    body = text_of(response)
    problems = []
    if not case.listing and not case.refused_by_effect and (reason := refusal(response)):
        problems.append(reason)
    if found := leaks(body, target):
        problems.append(f"shows {found}")
    if case.done and case.done(target):
        problems.append("the change was made")
    return problems


def check_succeeds(world, user, case, target, role=None):
    response = request_case(user, case, target)
    problems = []
    if reason := success(response):
        problems.append(reason)
    elif case.shown_to(role) and response.status_code == 200:
        expected = case.shows(target)
        if expected not in text_of(response):
            problems.append(f"does not show {expected!r}")
    if case.done and not case.done(target):
        problems.append("the change was not made")
    return problems


@pytest.mark.parametrize("case, role", _params(OBJECT_CASES, lambda case: ROLES))
def test_site_role_is_refused_on_other_sites_objects(world, case, role):
    problems = check_refused(world, world.a.users[role], case, world.b)
    assert not problems, f"{role} of site A on site B: {case.id}: {problems}"


@pytest.mark.parametrize("case, role", _params(LISTING_CASES, lambda case: ROLES))
def test_lists_show_nothing_of_other_sites(world, case, role):
    user = world.a.users[role]
    response = request_case(user, case, world.a)
    body = text_of(response)
    assert not leaks(body, world.b), f"{role} of site A sees site B in {case.id}"
    if role in case.roles:
        assert success(response) is None, f"{case.id}: {success(response)}"
        if case.shown_to(role) and response.status_code == 200:
            assert case.shows(world.a) in body
    else:
        assert refusal(response) is None, f"{role}: {case.id}: {refusal(response)}"


@pytest.mark.parametrize("case, role", _params(REGISTRY.cases, lambda case: case.roles))
def test_site_role_succeeds_on_own_sites_objects(world, case, role):
    problems = check_succeeds(world, world.a.users[role], case, world.a, role)
    assert not problems, f"{role} of site A on site A: {case.id}: {problems}"


def _least_role(roles):
    """Of the roles a case allows, the one with the fewest permissions: if it succeeds,
    the province group of a stronger role (a superset) does too."""
    order = list(ROLES)
    return {min(roles, key=order.index)} if roles else set()


@pytest.mark.parametrize(
    "case, role", _params(REGISTRY.cases, lambda case: _least_role(case.for_province()))
)
def test_province_staff_succeed_on_every_site(world, case, role):
    user = world.province_users[role]
    problems = check_succeeds(world, user, case, world.b, role)
    assert not problems, f"province {role} on site B: {case.id}: {problems}"


# Cases that a site or province role succeeds in are already shown to work; these are
# the ones no role may use, so that their refusals are not refusals of a broken URL.
SUPERUSER_ONLY = [case for case in REGISTRY.cases if not case.roles and not case.for_province()]


@pytest.mark.parametrize("case", [pytest.param(case, id=case.id) for case in SUPERUSER_ONLY])
def test_superuser_succeeds_where_no_role_may(world, case):
    problems = check_succeeds(world, world.superuser, case, world.b)
    assert not problems, f"superuser on site B: {case.id}: {problems}"


def test_every_admin_url_is_in_the_matrix():
    missing = uncovered_admin_url_names()
    assert not missing, (
        "admin URLs neither in a matrix case nor declared not site-owned; register them in "
        "the app's admin_matrix.py (see vnportal/units/admin_matrix.py):\n  " + "\n  ".join(missing)
    )


def test_the_matrix_names_only_admin_urls_that_exist():
    existing = set(admin_url_names())
    stale = sorted({case.url_name for case in REGISTRY.cases} | set(REGISTRY.declared) - existing)
    stale = [name for name in stale if name not in existing]
    assert not stale, f"matrix entries for URLs that no longer exist: {stale}"


def test_every_case_reverses(world):
    for case in REGISTRY.cases:
        for objects in (world.a, world.b):
            try:
                reverse(
                    case.url_name,
                    args=case.args(objects) if case.args else None,
                    kwargs=case.kwargs(objects) if case.kwargs else None,
                )
            except NoReverseMatch as error:  # pragma: no cover - the assertion reports it
                pytest.fail(f"{case.id}: {error}")
