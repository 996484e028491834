"""The only way admin code reaches alerts for a user.

Permissions follow the issuing site (Wagtail's SitePermissionPolicy): a
GroupSitePermission row grants an action on one site, a global Django permission grants
it on every site (province staff). What units an alert may cover follows the site too: a
commune's own unit; for a province, the province and every current unit under it.
"""

from django.core.exceptions import PermissionDenied
from django.db.models import Q
from django.http import Http404
from wagtail.permission_policies.sites import SitePermissionPolicy

from vnportal.units.models import CURRENT_KINDS, Unit

from .models import Alert

policy = SitePermissionPolicy(Alert)

ANY_ACTION = ("add", "change", "delete")


def sites_for_user(user, actions):
    return policy.sites_user_has_any_permission_for(user, actions)


def alerts_for_user(user, actions=ANY_ACTION):
    """Alerts of every site on which the user may do any of `actions`."""
    return policy.instances_user_has_any_permission_for(user, actions).select_related("site")


def alert_for_user(user, pk, actions):
    """The alert, if the user may do one of `actions` ("change" or a list) on it: 404 when
    it does not exist, 403 when it belongs to a site the user does not work on."""
    if isinstance(actions, str):
        actions = [actions]
    alert = Alert.objects.select_related("site").filter(pk=pk).first()
    if alert is None:
        raise Http404("Không có cảnh báo này.")
    if not policy.user_has_any_permission_for_instance(user, list(actions), alert):
        raise PermissionDenied("Bạn không có quyền với cảnh báo của trang này.")
    return alert


def _units_in_scope(sites):
    return Unit.objects.filter(
        Q(site__in=sites) | Q(parent__site__in=sites, dissolved_on=None, kind__in=CURRENT_KINDS)
    )


def units_for_site(site):
    """Units an alert issued by this site may cover."""
    return _units_in_scope([site])


def units_for_user(user, actions=("add",)):
    """Units the user may name in an alert, over every site they may issue for."""
    return _units_in_scope(sites_for_user(user, actions))


def check_can_issue(user, action, site, areas):
    """Refuse (PermissionDenied) an alert the user may not issue or change on this site,
    or one that covers a unit outside the site's reach."""
    if not policy.user_has_permission_for_instance(user, action, site):
        raise PermissionDenied(f"Bạn không có quyền phát cảnh báo trên trang “{site}”.")
    allowed = set(units_for_site(site).values_list("pk", flat=True))
    outside = [unit for unit in areas if unit.pk not in allowed]
    if outside:
        names = ", ".join(str(unit) for unit in outside)
        raise PermissionDenied(f"Trang “{site}” không được phát cảnh báo cho: {names}.")
