"""Who may read the security log, and which of its events.

Superusers and the province's site administrators (the "Toàn tỉnh – Quản trị trang"
group, units/roles.py) read every event. A site's administrator ("Quản trị trang" of a
commune) reads the events of the people in that site's groups and of those groups
themselves: their logins, failed logins, lockouts, two-step verification and rights.
Failed logins under a username that matches nobody, and events of people in no site
group (superusers), are for the first two only.
"""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db.models import Q

from vnportal.units.models import SiteGroup
from vnportal.units.roles import SITE_ADMIN

from .models import SecurityEvent


def _administered(user):
    """Site ids the user administers; None in the list means every site."""
    if not user.is_authenticated or not user.is_active:
        return []
    return list(
        SiteGroup.objects.filter(group__user=user, role=SITE_ADMIN).values_list(
            "site_id", flat=True
        )
    )


def can_view_security_log(user):
    return (
        user.is_authenticated
        and user.is_active
        and (user.is_superuser or bool(_administered(user)))
    )


def security_events_for_user(user):
    if not user.is_authenticated or not user.is_active:
        return SecurityEvent.objects.none()
    if user.is_superuser:
        return SecurityEvent.objects.all()
    sites = _administered(user)
    if not sites:
        return SecurityEvent.objects.none()
    if None in sites:
        return SecurityEvent.objects.all()
    groups = Group.objects.filter(site_role__site_id__in=sites)
    people = get_user_model().objects.filter(groups__in=groups)
    return SecurityEvent.objects.filter(
        Q(user__in=people.values("pk")) | Q(group__in=groups.values("pk"))
    )
