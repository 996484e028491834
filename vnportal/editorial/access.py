"""The only way admin code reaches royalty periods, their reports and the statistics.

Permissions follow the period's site (Wagtail's SitePermissionPolicy): a
GroupSitePermission row grants an action on one site, a global Django permission on every
site (province staff). Actions on RoyaltyPeriod: "view" (read reports and statistics:
editors, board, site administrator), "add" (create a period), "assess" (set coefficients)
and "close" (board and site administrator). Contributors hold none of them.
"""

from django.core.exceptions import PermissionDenied
from django.http import Http404
from wagtail.models import Site
from wagtail.permission_policies.sites import SitePermissionPolicy

from .models import RoyaltyPeriod

policy = SitePermissionPolicy(RoyaltyPeriod)

VIEW = "view"
ADD = "add"
ASSESS = "assess"
CLOSE = "close"


def sites_for_user(user, actions=(VIEW,)):
    return policy.sites_user_has_any_permission_for(user, list(actions)).order_by(
        "-is_default_site", "site_name", "pk"
    )


def can(user, action, site_or_period):
    return policy.user_has_permission_for_instance(user, action, site_or_period)


def periods_for_user(user, actions=(VIEW,)):
    """Periods of every site on which the user may do any of `actions`."""
    return policy.instances_user_has_any_permission_for(user, list(actions)).select_related(
        "site", "closed_by"
    )


def period_for_user(user, pk, action=VIEW):
    """The period if the user may do `action` on it: 404 when it does not exist, 403 when
    it belongs to a site the user does not work on for that action."""
    period = RoyaltyPeriod.objects.select_related("site", "site__root_page").filter(pk=pk).first()
    if period is None:
        raise Http404("Không có kỳ nhuận bút này.")
    if not can(user, action, period):
        raise PermissionDenied("Bạn không có quyền với kỳ nhuận bút của trang này.")
    return period


def site_for_user(user, pk, action=VIEW):
    """A site the user may do `action` on (statistics, new periods); 403 otherwise."""
    site = Site.objects.select_related("root_page").filter(pk=pk).first()
    if site is None:
        raise Http404("Không có trang này.")
    if not can(user, action, site):
        raise PermissionDenied("Bạn không có quyền xem số liệu của trang này.")
    return site


def check_can(user, action, period_or_site, message):
    if not can(user, action, period_or_site):
        raise PermissionDenied(message)
