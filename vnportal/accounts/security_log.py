"""Writes the security log (models.SecurityEvent): the only module that does.

Logins, logouts and failed logins come from Django's auth signals (a wrong two-step code
is reported as a failed login with `vnportal_otp` in its credentials), lockouts from
django-axes. Changes to who may do what are found by comparing before and after: the
first time a request is about to change a user's groups, permissions or flags, or a
group's permissions (Django permissions, and Wagtail's rights on pages, collections and
sites), the object's rights are noted; when the request ends, what differs is logged
once, with the person who made the request. Comparing instead of listening to each row
matters because Wagtail's group editor writes page and collection rights with
bulk_create (no signal) and deletes and re-adds nothing it keeps.

Changes made outside a web request (create_unit_sites, the shell) are not logged as
permission changes, since nobody in the admin made them; creating a superuser or taking
the flag away is logged wherever it happens.
"""

import contextvars
import ipaddress

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.contrib.auth.signals import user_logged_in, user_logged_out, user_login_failed
from django.db.models.signals import m2m_changed, post_save, pre_delete, pre_save
from django.dispatch import receiver
from wagtail.models import GroupCollectionPermission, GroupPagePermission
from wagtail.models.sites import GroupSitePermission

from vnportal.core.client_address import client_address

from .models import EventKind, SecurityEvent

FLAG_LABELS = {"is_superuser": "Quản trị cao nhất", "is_active": "Hoạt động"}


class _Changes:
    """Rights noted before the first change of each user and group in one request."""

    def __init__(self, request):
        self.request = request
        self.users = {}
        self.groups = {}
        # Names of groups deleted during the request, for their last entry.
        self.group_names = {}


_current = contextvars.ContextVar("vnportal_security_changes", default=None)


def _address(request):
    if request is None:
        return None
    try:
        return str(ipaddress.ip_address(client_address(request).strip()))
    except ValueError:
        return None


def _actor(request):
    user = getattr(request, "user", None) if request is not None else None
    return user if user is not None and user.is_authenticated else None


def record(kind, *, request=None, user=None, username="", group=None, actor=None, detail=""):
    """Writes one event. `actor` defaults to the request's signed-in user."""
    actor = actor or _actor(request)
    return SecurityEvent.objects.create(
        kind=kind,
        user=user if user is not None and user.pk else None,
        username=username or (user.get_username() if user is not None else ""),
        group=group if group is not None and group.pk else None,
        group_name=group.name if group is not None else "",
        actor=actor,
        actor_username=actor.get_username() if actor is not None else "",
        address=_address(request),
        detail=detail,
    )


# ---------------------------------------------------------------- logins and logouts


@receiver(user_logged_in, dispatch_uid="vnportal_accounts_log_login")
def _logged_in(sender, request, user, **kwargs):
    record(EventKind.LOGIN, request=request, user=user, actor=user)


@receiver(user_logged_out, dispatch_uid="vnportal_accounts_log_logout")
def _logged_out(sender, request, user, **kwargs):
    if user is None:
        return
    expired = getattr(request, "vnportal_session_expired", "")
    kind = EventKind.SESSION_EXPIRED if expired else EventKind.LOGOUT
    record(kind, request=request, user=user, actor=user, detail=expired)


@receiver(user_login_failed, dispatch_uid="vnportal_accounts_log_failure")
def _login_failed(sender, credentials, request=None, **kwargs):
    username = str(credentials.get("username") or "")[:150]
    user = get_user_model().objects.filter(username=username).first() if username else None
    if credentials.get("vnportal_otp"):
        record(EventKind.OTP_FAILED, request=request, user=user, username=username, actor=user)
    else:
        record(EventKind.LOGIN_FAILED, request=request, user=user, username=username, actor=None)


def _locked_out(sender, request, username, ip_address, **kwargs):
    user = get_user_model().objects.filter(username=username).first() if username else None
    minutes = int(settings.AXES_COOLOFF_TIME * 60)
    record(
        EventKind.LOCKOUT,
        request=request,
        user=user,
        username=username or "",
        detail=f"Khóa {minutes} phút sau {settings.AXES_FAILURE_LIMIT} lần sai.",
    )


def connect_axes():
    from axes.signals import user_locked_out

    user_locked_out.connect(_locked_out, dispatch_uid="vnportal_accounts_log_lockout")


connect_axes()


# ---------------------------------------------------------------- permission changes


def _user_rights(pk):
    row = get_user_model().objects.filter(pk=pk).values("is_superuser", "is_active").first()
    if row is None:
        return {"flags": {}, "groups": set(), "permissions": set()}
    return {
        "flags": row,
        "groups": set(Group.objects.filter(user__pk=pk).values_list("name", flat=True)),
        "permissions": _permission_names(Permission.objects.filter(user__pk=pk)),
    }


def _permission_names(queryset):
    return {
        f"{app}.{codename}"
        for app, codename in queryset.values_list("content_type__app_label", "codename")
    }


def _group_rights(pk):
    pages = GroupPagePermission.objects.filter(group_id=pk)
    collections = GroupCollectionPermission.objects.filter(group_id=pk)
    sites = GroupSitePermission.objects.filter(group_id=pk)
    rights = {f"quyền {name}" for name in _permission_names(Permission.objects.filter(group=pk))}
    rights |= {
        f"trang “{title}”: {codename}"
        for title, codename in pages.values_list("page__title", "permission__codename")
    }
    rights |= {
        f"thư mục “{name}”: {codename}"
        for name, codename in collections.values_list("collection__name", "permission__codename")
    }
    rights |= {
        f"trang web “{name or host}”: {codename}"
        for name, host, codename in sites.values_list(
            "site__site_name", "site__hostname", "permission__codename"
        )
    }
    return rights


def _note_user(pk):
    changes = _current.get()
    if changes is not None and pk is not None and pk not in changes.users:
        changes.users[pk] = _user_rights(pk)


def _note_group(pk):
    changes = _current.get()
    if changes is not None and pk is not None and pk not in changes.groups:
        changes.groups[pk] = _group_rights(pk)


def _listing(prefix, items):
    return f"{prefix}: {', '.join(sorted(items))}." if items else ""


def _diff_text(before, after, added_label, removed_label):
    return " ".join(
        part
        for part in (
            _listing(added_label, after - before),
            _listing(removed_label, before - after),
        )
        if part
    )


def _yes_no(value):
    return "có" if value else "không"


def _flush(changes):
    request = changes.request
    users = get_user_model().objects
    for pk, before in changes.users.items():
        after = _user_rights(pk)
        user = users.filter(pk=pk).first()
        username = user.get_username() if user else ""
        groups = _diff_text(before["groups"], after["groups"], "Thêm vào nhóm", "Bỏ khỏi nhóm")
        if groups:
            record(
                EventKind.USER_GROUPS, request=request, user=user, username=username, detail=groups
            )
        permissions = _diff_text(
            before["permissions"], after["permissions"], "Thêm quyền", "Bỏ quyền"
        )
        if permissions:
            record(
                EventKind.USER_PERMISSIONS,
                request=request,
                user=user,
                username=username,
                detail=permissions,
            )
        flags = [
            f"{label}: {_yes_no(before['flags'].get(name))} → {_yes_no(after['flags'].get(name))}."
            for name, label in FLAG_LABELS.items()
            if before["flags"] and after["flags"] and before["flags"][name] != after["flags"][name]
        ]
        if flags:
            record(
                EventKind.USER_FLAGS,
                request=request,
                user=user,
                username=username,
                detail=" ".join(flags),
            )
    for pk, before in changes.groups.items():
        after = _group_rights(pk)
        text = _diff_text(before, after, "Thêm", "Bỏ")
        if text:
            group = Group.objects.filter(pk=pk).first()
            record(
                EventKind.GROUP_PERMISSIONS,
                request=request,
                group=group or Group(name=changes.group_names.get(pk, f"#{pk}")),
                detail=text,
            )


class TrackChanges:
    """Context for one request: notes rights before they change and logs the
    differences on exit. Used by AdminSessionMiddleware for every signed-in request."""

    def __init__(self, request):
        self.changes = _Changes(request)

    def __enter__(self):
        self.token = _current.set(self.changes)
        return self.changes

    def __exit__(self, *exc_info):
        _current.reset(self.token)
        if self.changes.users or self.changes.groups:
            _flush(self.changes)
        return False


@receiver(pre_save, sender=settings.AUTH_USER_MODEL, dispatch_uid="vnportal_accounts_user_pre")
def _user_pre_save(sender, instance, update_fields=None, **kwargs):
    if update_fields is not None and not set(update_fields) & set(FLAG_LABELS):
        return  # e.g. last_login at each login
    if _current.get() is not None:
        _note_user(instance.pk)
        return
    # Outside a request only the superuser flag is logged, as it changes.
    before = (
        sender.objects.filter(pk=instance.pk).values_list("is_superuser", flat=True).first()
        if instance.pk
        else False
    )
    instance._vnportal_superuser_before = bool(before)


@receiver(post_save, sender=settings.AUTH_USER_MODEL, dispatch_uid="vnportal_accounts_user_post")
def _user_post_save(sender, instance, created, **kwargs):
    changes = _current.get()
    if changes is not None:
        if created:
            changes.users.setdefault(
                instance.pk,
                {
                    "flags": {"is_superuser": False, "is_active": True},
                    "groups": set(),
                    "permissions": set(),
                },
            )
        return
    before = getattr(instance, "_vnportal_superuser_before", None)
    if before is not None and before != instance.is_superuser:
        record(
            EventKind.USER_FLAGS,
            user=instance,
            detail=f"Quản trị cao nhất: {_yes_no(before)} → {_yes_no(instance.is_superuser)}.",
        )
    instance._vnportal_superuser_before = None


@receiver(pre_delete, sender=settings.AUTH_USER_MODEL, dispatch_uid="vnportal_accounts_user_del")
def _user_pre_delete(sender, instance, **kwargs):
    _note_user(instance.pk)


@receiver(pre_save, sender=Group, dispatch_uid="vnportal_accounts_group_pre")
def _group_pre_save(sender, instance, **kwargs):
    _note_group(instance.pk)


@receiver(post_save, sender=Group, dispatch_uid="vnportal_accounts_group_post")
def _group_post_save(sender, instance, created, **kwargs):
    changes = _current.get()
    if changes is not None and created:
        changes.groups.setdefault(instance.pk, set())


@receiver(pre_delete, sender=Group, dispatch_uid="vnportal_accounts_group_del")
def _group_pre_delete(sender, instance, **kwargs):
    changes = _current.get()
    if changes is not None:
        _note_group(instance.pk)
        changes.group_names[instance.pk] = instance.name
        # The group's members lose it too.
        for pk in instance.user_set.values_list("pk", flat=True):
            _note_user(pk)


def _group_right_changed(sender, instance, **kwargs):
    _note_group(instance.group_id)


for _model in (GroupPagePermission, GroupCollectionPermission, GroupSitePermission):
    pre_save.connect(
        _group_right_changed, sender=_model, dispatch_uid=f"vnportal_{_model.__name__}_s"
    )
    pre_delete.connect(
        _group_right_changed, sender=_model, dispatch_uid=f"vnportal_{_model.__name__}_d"
    )


def _m2m_noter(note, source_field):
    """m2m_changed handler noting the rights of the relation's source side (the user of
    user.groups, the group of group.permissions) before any row changes, from either
    side of the relation."""

    def handler(sender, instance, action, reverse, pk_set, **kwargs):
        if _current.get() is None or action not in ("pre_add", "pre_remove", "pre_clear"):
            return
        if not reverse:
            note(instance.pk)
            return
        if action == "pre_clear":
            target_field = next(
                f.name
                for f in sender._meta.get_fields()
                if f.is_relation and f.name not in ("id", source_field)
            )
            pk_set = sender.objects.filter(**{target_field: instance}).values_list(
                f"{source_field}_id", flat=True
            )
        for pk in pk_set or ():
            note(pk)

    return handler


_User = get_user_model()
m2m_changed.connect(
    _m2m_noter(_note_user, "user"),
    sender=_User.groups.through,
    dispatch_uid="vnportal_accounts_user_groups",
    weak=False,
)
m2m_changed.connect(
    _m2m_noter(_note_user, "user"),
    sender=_User.user_permissions.through,
    dispatch_uid="vnportal_accounts_user_permissions",
    weak=False,
)
m2m_changed.connect(
    _m2m_noter(_note_group, "group"),
    sender=Group.permissions.through,
    dispatch_uid="vnportal_accounts_group_permissions",
    weak=False,
)
