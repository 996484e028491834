"""The only way admin code reaches a site's schedule entries for a user.

Rights follow the entry's site (Wagtail's SitePermissionPolicy): a GroupSitePermission
row grants an action on one site's schedule, a global Django permission on every site's
(province staff).
"""

from django.core.exceptions import PermissionDenied
from django.http import Http404
from wagtail.permission_policies.sites import SitePermissionPolicy

from .models import ScheduleEntry

policy = SitePermissionPolicy(ScheduleEntry)

ANY_ACTION = ("add", "change", "delete")


def sites_for_user(user, actions):
    return policy.sites_user_has_any_permission_for(user, actions)


def entries_for_user(user, actions=ANY_ACTION):
    """Entries of every site on which the user may do any of `actions`."""
    return policy.instances_user_has_any_permission_for(user, actions).select_related("site")


def entry_for_user(user, pk, actions):
    """The entry, if the user may do one of `actions` on it: 404 when it does not exist,
    403 when it belongs to a site the user does not work on."""
    if isinstance(actions, str):
        actions = [actions]
    entry = ScheduleEntry.objects.select_related("site").filter(pk=pk).first()
    if entry is None:
        raise Http404("Không có mục lịch công tác này.")
    if not policy.user_has_any_permission_for_instance(user, list(actions), entry):
        raise PermissionDenied("Bạn không có quyền với lịch công tác của trang này.")
    return entry


def can(user, action, entry):
    return policy.user_has_permission_for_instance(user, action, entry)
