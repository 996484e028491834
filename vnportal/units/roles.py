"""The groups through which people work on one site, or on every site of the province.

Each current unit's site gets one group per role, with Wagtail page permissions on the
site's home page, collection permissions on the site's media collection and site-scoped
permissions (GroupSitePermission) for site-owned models. Permissions on one site's tree
and collection never reach another site: that is the isolation the permission matrix
tests. Province groups hold the same permissions on the whole tree instead.

Articles go through each site's review workflow (vnportal/news/workflows.py): a
contributor (add_page only) writes and edits their own drafts and submits them; an
editor (change_page, and a member of the workflow's first task) edits any page of the
site, sends an article back with a comment or passes it on, but holds no publish_page;
the board (publish_page) gives the final approval, which publishes or schedules.

Citizens' questions are handled by two roles of their own, outside the editorial line:
a handler (cán bộ xử lý) assigns, notes and drafts answers, a leader (lãnh đạo) also
approves drafts before they are sent. They hold no page or collection permission; their
rights come from the feedback app through the hook below.

Apps whose models belong to a site (alerts, feedback, documents) add their permissions to
a role through the `vnportal_role_site_permissions` hook: `() -> {role: ["app.codename"]}`.
"""

from dataclasses import dataclass, field

from django.contrib.auth.models import Group, Permission
from django.db.models import Q
from wagtail import hooks
from wagtail.models import Collection, GroupCollectionPermission, GroupPagePermission, Page
from wagtail.models.sites import GroupSitePermission

ROLE_PERMISSIONS_HOOK = "vnportal_role_site_permissions"

CONTRIBUTOR = "contributor"
EDITOR = "editor"
BOARD = "board"
SITE_ADMIN = "site_admin"
HANDLER = "feedback_handler"
LEADER = "feedback_leader"

_MEDIA_READ = ["wagtailimages.choose_image", "wagtaildocs.choose_document"]
_MEDIA_ADD = _MEDIA_READ + ["wagtailimages.add_image", "wagtaildocs.add_document"]
_MEDIA_EDIT = _MEDIA_ADD + ["wagtailimages.change_image", "wagtaildocs.change_document"]
_MEDIA_ALL = _MEDIA_EDIT + ["wagtailimages.delete_image", "wagtaildocs.delete_document"]


@dataclass(frozen=True)
class Role:
    key: str
    label: str
    page: list = field(default_factory=list)
    collection: list = field(default_factory=list)
    site: list = field(default_factory=list)


ROLES = {
    role.key: role
    for role in (
        Role(CONTRIBUTOR, "Cộng tác viên", page=["add_page"], collection=_MEDIA_ADD),
        Role(EDITOR, "Biên tập viên", page=["add_page", "change_page"], collection=_MEDIA_EDIT),
        Role(
            BOARD,
            "Ban biên tập",
            page=["add_page", "change_page", "publish_page", "lock_page", "unlock_page"],
            collection=_MEDIA_ALL,
        ),
        # Before the site administrator: the permission matrix takes the first role of a
        # case's set in this order as its weakest.
        Role(HANDLER, "Cán bộ xử lý hỏi đáp"),
        Role(LEADER, "Lãnh đạo duyệt trả lời"),
        Role(
            SITE_ADMIN,
            "Quản trị trang",
            page=["add_page", "change_page", "publish_page", "lock_page", "unlock_page"],
            collection=_MEDIA_ALL,
            site=["core.change_sitesettings"],
        ),
    )
}


def _permissions(dotted_names):
    """{"app_label.codename": Permission} for ``dotted_names``, in one query."""
    wanted = Q()
    for dotted in dotted_names:
        app_label, codename = dotted.split(".")
        wanted |= Q(content_type__app_label=app_label, codename=codename)
    found = Permission.objects.filter(wanted).select_related("content_type")
    by_name = {f"{p.content_type.app_label}.{p.codename}": p for p in found}
    missing = set(dotted_names) - set(by_name)
    if missing:
        raise Permission.DoesNotExist(f"Unknown permissions: {', '.join(sorted(missing))}")
    return by_name


def _site_permissions(role):
    names = list(role.site)
    for hook in hooks.get_hooks(ROLE_PERMISSIONS_HOOK):
        names += hook().get(role.key, [])
    return names


def _role_names(role):
    """The dotted names of every permission `role` needs."""
    page_names = [f"wagtailcore.{codename}" for codename in role.page]
    return {"wagtailadmin.access_admin", *page_names, *role.collection, *_site_permissions(role)}


def _all_permissions():
    # One lookup for every role's permissions: provisioning a hundred sites asked for the
    # same few permissions thousands of times.
    return _permissions(set().union(*(_role_names(role) for role in ROLES.values())))


def _grant(group, role, page, collection, site, permission, fresh):
    """Give `group` the rights of `role`. `fresh`: the group was just created, so its
    rows go in bulk (the security log records a new group whole, not row by row)."""
    page_names = [f"wagtailcore.{codename}" for codename in role.page]
    site_names = _site_permissions(role)
    group.permissions.add(permission["wagtailadmin.access_admin"])
    rows = [
        (GroupPagePermission, "page", page, page_names),
        (GroupCollectionPermission, "collection", collection, role.collection),
    ]
    if site is None:
        group.permissions.add(*(permission[d] for d in site_names))
    else:
        rows.append((GroupSitePermission, "site", site, site_names))
    for model, target_name, target, names in rows:
        wanted = [permission[d] for d in names]
        if fresh:
            model.objects.bulk_create(
                model(group=group, permission=p, **{target_name: target}) for p in wanted
            )
        else:
            _add_missing(model, group, target_name, target, wanted)


def _add_missing(model, group, target_name, target, permissions):
    """Give `group` each of `permissions` on `target`, reading what it has in one query.
    Rows are created one by one: the security log (accounts) hears each change."""
    have = set(
        model.objects.filter(group=group, **{target_name: target}).values_list(
            "permission_id", flat=True
        )
    )
    for permission in permissions:
        if permission.pk not in have:
            model.objects.create(group=group, permission=permission, **{target_name: target})
            have.add(permission.pk)


def _ensure_groups(site, name_prefix, page, collection):
    from .models import SiteGroup

    permission = _all_permissions()
    groups = {}
    for role in ROLES.values():
        link = SiteGroup.objects.filter(site=site, role=role.key).select_related("group").first()
        fresh = link is None
        if fresh:
            group, created = Group.objects.get_or_create(name=f"{name_prefix} – {role.label}")
            fresh = created
            link = SiteGroup.objects.create(group=group, site=site, role=role.key)
        _grant(link.group, role, page, collection, site, permission, fresh)
        groups[role.key] = link.group
    return groups


def ensure_site_groups(site, collection):
    """One group per role for this site; idempotent. Returns {role key: Group}."""
    return _ensure_groups(site, site.site_name, site.root_page, collection)


def ensure_province_groups(province_name):
    """Groups whose members work on every site of the installation."""
    root_page = Page.get_first_root_node()
    root_collection = Collection.get_first_root_node()
    return _ensure_groups(None, f"Toàn {province_name}", root_page, root_collection)
