"""The permission matrix: every admin URL, who may use it, and on which site's objects.

The issue's isolation rule is that the people of one site (contributors, editors, board
members, site administrators) can neither see, edit, publish, approve nor delete
anything of another site, in the admin UI, in search and choosers, or through a URL
typed by hand; province staff may be granted the same rights over every site.
`vnportal/units/tests/test_permission_matrix.py` checks that rule by requesting every
case registered here:

- pass 1: each role of site A requests each case on site B's objects and must be
  refused (403, 404, or a redirect to the dashboard with a permission error or to the
  login page), must not see any of B's titles in the answer or in the messages it
  leaves, and a POST must leave B's object unchanged;
- pass 2: each role a case names succeeds on site A's own objects (200, or a redirect
  elsewhere in the admin) and a POST takes effect;
- province staff (the weakest province role a case allows) succeed on site B; a
  superuser succeeds in the cases no role may use, so that their refusals are not the
  refusals of a broken URL;
- listing cases (explorer, search, choosers, reports, dashboard) must not show B's
  titles to any role of A;
- a coverage test walks Django's URL resolver under ``admin/`` and fails for every URL
  name that is neither in a case nor declared not site-owned (with a reason), and
  another fails for entries naming URLs that no longer exist.

Registering an app
------------------
An app with admin URLs adds ``vnportal/<app>/admin_matrix.py``; the test imports every
installed app's module of that name (vnportal/alerts/admin_matrix.py is a full example).
In it::

    from vnportal.units.admin_matrix import (
        ALL_ROLES, EDITING, PUBLISHING, Case, not_site_owned, register, site_object,
    )

    @site_object("alert")
    def build_alert(objects):
        # Called once for each site of the test world; `objects.secret` must appear in
        # every title so that a leak is visible. `objects.site`, `.home`, `.collection`,
        # `.users[role]`, `.groups[role]` ... are there (matrix_world.SiteObjects);
        # return the object, read back as `objects.alert`.
        return Alert.objects.create(site=objects.site, title=f"Cảnh báo {objects.secret}")

    register(
        # GET: the role sees its own alert; the other site's is refused.
        Case("alerts:edit", kwargs=lambda o: {"pk": o.alert.pk}, roles=EDITING),
        # POST: `data` is the payload, `done` tells whether the change happened.
        Case(
            "alerts:delete",
            label="confirm",  # one URL name may have several cases, told apart by label
            kwargs=lambda o: {"pk": o.alert.pk},
            data=lambda o: {},
            done=lambda o: not Alert.objects.filter(pk=o.alert.pk).exists(),
            roles=PUBLISHING,
        ),
        # A list: must not show the other site's titles; `shows` is what the role
        # expects to see there on its own site.
        Case("alerts:index", listing=True, roles=ALL_ROLES, shows=lambda o: o.alert.title),
    )
    not_site_owned("alerts:cap_feed", "the public CAP feed of live alerts; no admin data")

In `kwargs`, `args`, `query`, `data`, `done`, `shows`, `prepare`, `o` is the
`SiteObjects` of the site the request targets (B in pass 1, A in pass 2); `o.other` is
the other site's, for a case that mixes the two (e.g. moving one's own page into the
other site). `roles` are the site roles (vnportal.units.roles) that succeed on their own
site; `province_roles` (default: the same) are the province roles that succeed on
every site. A case that is neither GET-and-refused nor POST-and-refused by status (a
form that silently keeps the upload in the user's own collection) sets
`refused_by_effect`.
"""

from collections.abc import Callable
from dataclasses import dataclass, field
from importlib import import_module

from django.urls import URLPattern, URLResolver, get_resolver
from django.utils.module_loading import autodiscover_modules

from .roles import BOARD, CONTRIBUTOR, EDITOR, HANDLER, LEADER, SITE_ADMIN

# The roles that write for the site (pages, media): whatever needs a page or collection
# permission is theirs only.
EDITORIAL_ROLES = frozenset({CONTRIBUTOR, EDITOR, BOARD, SITE_ADMIN})
# Everyone who works in a site's admin, the handlers of citizens' questions included.
ALL_ROLES = EDITORIAL_ROLES | {HANDLER, LEADER}
EDITING = frozenset({EDITOR, BOARD, SITE_ADMIN})
PUBLISHING = frozenset({BOARD, SITE_ADMIN})
# Citizens' questions: handled by handlers, leaders and the site administrator; answers
# approved by leaders and the site administrator.
HANDLING = frozenset({HANDLER, LEADER, SITE_ADMIN})
APPROVING = frozenset({LEADER, SITE_ADMIN})
NOBODY = frozenset()

ADMIN_PREFIX = "admin/"


@dataclass(frozen=True)
class Case:
    """One request to an admin URL, built for the objects of a given site."""

    url_name: str
    kwargs: Callable | None = None
    args: Callable | None = None
    query: Callable | None = None
    # A POST payload builder; None means the case is a GET.
    data: Callable | None = None
    # For a POST: whether the change took effect on the target site's objects.
    done: Callable | None = None
    roles: frozenset = NOBODY
    province_roles: frozenset | None = None
    listing: bool = False
    # Text the role must see when it succeeds (e.g. its own article's title), and the
    # roles it must be shown to (default: every role that succeeds).
    shows: Callable | None = None
    shows_to: frozenset | None = None
    # Run before the request, inside the test's transaction (e.g. disable what the case
    # enables, so that "done" can tell).
    prepare: Callable | None = None
    # The view answers as if it succeeded but acts only inside the user's own site (a
    # form whose collection field offers only the user's collections): a refusal is
    # judged by the other site being unchanged and unseen, not by the status code.
    refused_by_effect: bool = False
    ajax: bool = False
    label: str = ""

    @property
    def id(self):
        return f"{self.url_name}[{self.label}]" if self.label else self.url_name

    @property
    def method(self):
        return "GET" if self.data is None else "POST"

    def for_province(self):
        return self.roles if self.province_roles is None else self.province_roles

    def shown_to(self, role):
        return self.shows is not None and (self.shows_to is None or role in self.shows_to)


@dataclass
class Registry:
    cases: list = field(default_factory=list)
    declared: dict = field(default_factory=dict)
    builders: dict = field(default_factory=dict)
    loaded: bool = False


REGISTRY = Registry()


def register(*cases):
    """Add cases to the matrix (call at import of an app's admin_matrix module)."""
    known = {case.id for case in REGISTRY.cases}
    for case in cases:
        if case.id in known:
            raise ValueError(f"admin matrix case {case.id} registered twice; give it a label")
        known.add(case.id)
        REGISTRY.cases.append(case)


def not_site_owned(url_name, reason):
    """Declare an admin URL name that acts on nothing owned by one site, and why."""
    if not reason or not reason.strip():
        raise ValueError(f"{url_name}: say why it is not site-owned")
    REGISTRY.declared[url_name] = reason


def site_object(name):
    """Decorator: `builder(objects) -> object`, run for each site of the test world."""

    def decorator(builder):
        REGISTRY.builders[name] = builder
        return builder

    return decorator


def load():
    """Import every installed app's admin_matrix module once; returns the registry."""
    if not REGISTRY.loaded:
        # Wagtail's own admin URLs; `core` cannot register them (it imports no app of ours).
        import_module("vnportal.units.matrix_wagtail")
        autodiscover_modules("admin_matrix")
        REGISTRY.loaded = True
    return REGISTRY


def admin_url_names():
    """{name: route} for every URL under the admin. An unnamed pattern is keyed
    `route:<route>` so that it too must be declared."""
    found = {}

    def walk(resolver, prefix, namespaces):
        for pattern in resolver.url_patterns:
            route = prefix + str(pattern.pattern)
            if isinstance(pattern, URLResolver):
                inner = namespaces + ([pattern.namespace] if pattern.namespace else [])
                walk(pattern, route, inner)
            elif isinstance(pattern, URLPattern) and route.startswith(ADMIN_PREFIX):
                key = ":".join([*namespaces, pattern.name]) if pattern.name else f"route:{route}"
                found.setdefault(key, route)

    walk(get_resolver(), "", [])
    return found


def uncovered_admin_url_names():
    """Admin URL names neither in a case nor declared: what the coverage test lists."""
    registry = load()
    covered = {case.url_name for case in registry.cases} | set(registry.declared)
    return sorted(set(admin_url_names()) - covered)
