"""Create or bring up to date the Wagtail site of one unit: `provision_unit(unit)`.

A unit's site is a home page under Wagtail's root, a `Site` for its host name, its
`SiteSettings`, a media collection, the standard sections and one group per role
(roles.py). Running it again changes nothing that is already right, so
`create_unit_sites` can be re-run with an edited file.

Standard sections (Decree 42/2022 art. 4 lists what a portal must publish) come from the
apps that own them, through the `vnportal_site_sections` hook: a function
`(home_page, unit) -> None` that creates its section below the home page when no child
has its slug, best with `ensure_child`. The hook's `order` places the section in the main
menu: Giới thiệu (created here, first), Tin tức 20, Văn bản 30, Lịch công tác 40,
Hỏi đáp 50, Lấy ý kiến 60, Liên hệ (created here, last).

Apps that need the site's groups (the news app's review workflow) use the
`vnportal_site_ready` hook instead: a function `(site, groups) -> None`, called at the end
of every provisioning run with `groups` = {role key: Group}; it must be idempotent too.
"""

import contextvars
from collections import defaultdict
from contextlib import contextmanager

from django.db import transaction
from django.db.models.signals import post_save
from django.utils import timezone
from django.utils.html import format_html
from wagtail import hooks
from wagtail.models import Collection, Page, Site
from wagtail.search.backends import get_search_backends
from wagtail.search.index import get_indexed_models
from wagtail.search.signal_handlers import post_save_signal_handler as search_post_save
from wagtail.signal_handlers import disable_reference_index_auto_update

from vnportal.core.models import HomePage, SiteSettings, StandardPage
from vnportal.vntext import slugify

from . import roles
from .hostnames import in_sentence, unit_host
from .models import SiteGroup, UnitKind

SECTIONS_HOOK = "vnportal_site_sections"
SITE_READY_HOOK = "vnportal_site_ready"
PORT = 80
ABOUT_SLUG = "gioi-thieu"
CONTACT_SLUG = "lien-he"
SITE_NAME_PREFIX = "Cổng thông tin điện tử "


def site_name_for(name):
    return SITE_NAME_PREFIX + in_sentence(name)


# What provisioning writes into a site's settings, from the unit's name. A value an
# administrator changed is kept; one still equal to what the old name generated follows a
# rename.
GENERATED_SETTINGS = {
    "unit_name": in_sentence,
    "portal_title": site_name_for,
    "governing_body": lambda name: f"Ủy ban nhân dân {in_sentence(name)}",
}


def ensure_child(parent, page):
    """The child of `parent` with `page.slug` if there is one (whatever its type, so an
    editor's changes are never overwritten); otherwise `page`, added live.

    Pages are added without a revision: a new site's empty sections have no history to
    keep, and publishing ~10 revisions per site would make provisioning a hundred
    communes several times slower. Their first edit in the admin starts the history.
    """
    existing = parent.get_children().filter(slug=page.slug).first()
    if existing is not None:
        return existing.specific
    now = timezone.now()
    page.live = True
    page.has_unpublished_changes = False
    page.first_published_at = page.last_published_at = now
    page.locale_id = parent.locale_id
    # A section made here links to nothing, so there is nothing for Wagtail's reference
    # index to record; skipping it saves a sixth of the time of a 100-site run.
    with disable_reference_index_auto_update():
        page = parent.add_child(instance=page)
    _index_later(page)
    return page


def _index_later(page):
    """Inside `indexing_in_bulk`, queue a saved page for the batch at its end."""
    pending = _pending_index.get()
    if pending is not None:
        pending.append(page)


# Pages created inside `indexing_in_bulk`, indexed together when it ends.
_pending_index = contextvars.ContextVar("vnportal_pending_index", default=None)


@contextmanager
def indexing_in_bulk():
    """Index the pages `ensure_child` creates in one batch per page type at the end,
    instead of one search-index write per page save.

    The database search backend recomputes an average over its whole index after every
    write, which made indexing a third of the cost of creating a hundred sites. The
    per-save handler is disconnected for the duration, for every thread of the process,
    so only a process that does nothing else (the `create_unit_sites` command) may use it.
    """
    page_models = [model for model in get_indexed_models() if issubclass(model, Page)]
    for model in page_models:
        post_save.disconnect(search_post_save, sender=model)
    pending = []
    token = _pending_index.set(pending)
    try:
        yield
        by_model = defaultdict(dict)
        for page in pending:
            by_model[type(page)][page.pk] = page
        for backend in get_search_backends(with_auto_update=True):
            for model, pages in by_model.items():
                backend.add_bulk(model, list(pages.values()))
    finally:
        _pending_index.reset(token)
        for model in page_models:
            post_save.connect(search_post_save, sender=model)


def _is_wagtail_welcome_site(site):
    # Wagtail's install leaves a site on a plain "Welcome" page; a portal replaces it.
    return site.root_page.specific_class is Page


def _claim_default_site(site):
    """The province answers for host names no site claims (127.0.0.1, a bare IP), unless
    another portal already does."""
    others = Site.objects.filter(is_default_site=True).exclude(pk=site.pk)
    for other in others.select_related("root_page"):
        if not _is_wagtail_welcome_site(other):
            return
    for other in others.select_related("root_page"):
        welcome = other.root_page
        other.delete()
        if welcome.numchild == 0 and not Site.objects.filter(root_page=welcome).exists():
            welcome.delete()
    site.is_default_site = True


def _home_page(unit, site_name):
    root = Page.get_first_root_node()
    slug = slugify(unit.code) or f"don-vi-{unit.pk}"
    existing = root.get_children().filter(slug=slug).first()
    # A home page left behind when its Site was deleted is taken back, not duplicated.
    if existing is not None and not Site.objects.filter(root_page=existing).exists():
        return existing.specific
    if existing is not None:
        slug = f"{slug}-{unit.pk}"
    home = HomePage(title=site_name, slug=slug)
    return ensure_child(root, home)


def _ensure_settings(site, name, previous_name):
    """Fill the settings from the unit's name. `previous_name` is the name the site was
    provisioned under before; a value still equal to what it generated follows a rename,
    any other value is an administrator's and stays."""
    portal = SiteSettings.objects.filter(site=site).first()
    if portal is None:
        values = {field: make(name) for field, make in GENERATED_SETTINGS.items()}
        return SiteSettings.objects.create(site=site, **values)
    changed = []
    for field, make in GENERATED_SETTINGS.items():
        current, wanted = getattr(portal, field), make(name)
        generated_before = {""} if previous_name is None else {"", make(previous_name)}
        if current != wanted and current in generated_before:
            setattr(portal, field, wanted)
            changed.append(field)
    if changed:
        portal.save(update_fields=changed)
    return portal


def _ensure_collection(unit, label):
    collection = unit.collection
    if collection is None:
        collection = Collection.get_first_root_node().add_child(name=label)
    elif collection.name != label:
        collection.name = label
        collection.save(update_fields=["name"])
    return collection


def _ensure_sections(home, unit, governing_body):
    # Counted in the database: the `home` instance may be one a caller cached earlier.
    before = home.get_children().count()
    ensure_child(home, StandardPage(title="Giới thiệu", slug=ABOUT_SLUG, show_in_menus=True))
    for hook in hooks.get_hooks(SECTIONS_HOOK):
        hook(home, unit)
    contact = ensure_child(
        home,
        StandardPage(
            title="Liên hệ",
            slug=CONTACT_SLUG,
            show_in_menus=True,
            body=format_html("<p><b>{}</b></p>", governing_body),
        ),
    )
    # A section added later by a new app lands after "Liên hệ"; the menu keeps it last.
    if home.get_children().count() > before and home.get_last_child().pk != contact.pk:
        contact.move(home, pos="last-child")


def _rename_groups(site):
    for link in SiteGroup.objects.filter(site=site, role__in=roles.ROLES).select_related("group"):
        wanted = f"{site.site_name} – {roles.ROLES[link.role].label}"
        if link.group.name != wanted:
            link.group.name = wanted
            link.group.save(update_fields=["name"])


def default_hostname(unit):
    if unit.kind == UnitKind.PROVINCE:
        return unit_host(unit.name)
    if unit.parent is None:
        raise ValueError(f"unit {unit.code} has no province to take its host name from")
    return unit_host(unit.name, unit.parent.name)


@transaction.atomic
def provision_unit(unit, hostname=None):
    """Create or update the site of a current unit; returns its `Site`.

    `hostname` replaces the site's host name; without it a new site gets
    `tenxa.tentinh.gov.vn` (hostnames.py) and an existing one keeps its own.
    """
    if not unit.is_current:
        raise ValueError(f"unit {unit.code} is not a current unit and gets no site")
    site_name = site_name_for(unit.name)
    site = unit.site
    if site is None:
        home = _home_page(unit, site_name)
        site = Site(root_page=home, port=PORT, is_default_site=False)
        old_site_name = None
    else:
        home = site.root_page.specific
        old_site_name = site.site_name
    previous_name = None
    if old_site_name and old_site_name.startswith(SITE_NAME_PREFIX):
        previous_name = old_site_name.removeprefix(SITE_NAME_PREFIX)
    site.hostname = hostname or site.hostname or default_hostname(unit)
    site.site_name = site_name
    if unit.kind == UnitKind.PROVINCE and not site.is_default_site:
        _claim_default_site(site)
    site.save()
    if old_site_name is not None and old_site_name != site_name:
        if home.title == old_site_name:
            home.title = home.draft_title = site_name
            home.save(update_fields=["title", "draft_title"])
            _index_later(home)
        _rename_groups(site)

    portal = _ensure_settings(site, unit.name, previous_name)
    collection = _ensure_collection(unit, unit.name)
    _ensure_sections(home, unit, portal.governing_body)
    groups = roles.ensure_site_groups(site, collection)
    for hook in hooks.get_hooks(SITE_READY_HOOK):
        hook(site, groups)

    if unit.site_id != site.pk or unit.collection_id != collection.pk:
        unit.site, unit.collection = site, collection
        unit.save(update_fields=["site", "collection"])
    return site


def known_from_database():
    """Units and host names already in use, for checking a unit file (unit_file.py)."""
    from .models import FormerHost, Unit
    from .unit_file import Known, KnownUnit

    known = Known()
    for unit in Unit.objects.select_related("site"):
        hostname = unit.site.hostname if unit.site else None
        known.units[unit.code] = KnownUnit(kind=unit.kind, name=unit.name, hostname=hostname)
    for site in Site.objects.filter(port=PORT).select_related("unit"):
        unit = getattr(site, "unit", None)
        known.hosts[site.hostname] = (
            unit.code if unit else None,
            f"trang “{site.site_name or site.hostname}”",
        )
    for former in FormerHost.objects.select_related("unit"):
        known.hosts[former.hostname] = (None, f"tên miền cũ của {former.unit.name}")
    return known


class RowError(Exception):
    """A row that passed the checks but could not be saved; carries its line number."""


@transaction.atomic
def provision_rows(rows):
    """Create or update the units of a checked unit file and their sites, all or nothing.
    Returns counts: {"units_created", "units_updated", "sites_created", "sites_updated"}."""
    counts = dict.fromkeys(("units_created", "units_updated", "sites_created", "sites_updated"), 0)
    with indexing_in_bulk():
        _provision_rows(rows, counts)
    return counts


def _provision_rows(rows, counts):
    from .models import Unit

    units = {}
    # Provinces first, so their communes find them; file order otherwise.
    for row in sorted(rows, key=lambda r: r.kind != UnitKind.PROVINCE):
        try:
            unit = Unit.objects.filter(code=row.code).select_related("site").first()
            created = unit is None
            if created:
                unit = Unit(code=row.code)
            unit.name, unit.kind = row.name, row.kind
            if row.parent:
                unit.parent = units.get(row.parent) or Unit.objects.get(code=row.parent)
            else:
                unit.parent = None
            unit.full_clean(exclude=["site", "collection"], validate_unique=False)
            unit.save()
            units[row.code] = unit
            had_site = unit.site_id is not None
            provision_unit(unit, hostname=row.host if row.host_given or not had_site else None)
        except Exception as error:
            raise RowError(
                f"Dòng {row.line}: không lưu được đơn vị “{row.code}”: {error}"
            ) from error
        counts["units_created" if created else "units_updated"] += 1
        counts["sites_updated" if had_site else "sites_created"] += 1
