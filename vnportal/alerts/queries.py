"""Which alerts a site shows, and when that changes.

A site is affected by an alert when the site's unit is in the alert's areas, or the
unit's parent (the province) is. Each function costs one query whatever the number of
alerts or units; `site_alert_state` is what every page render uses and is cached.
"""

import datetime

from django.core.cache import cache
from django.db.models import Case, F, Min, Q, When
from django.utils import timezone

from vnportal.units.models import Unit

from .models import Alert

GENERATION_KEY = "alerts:generation"
# An upper bound only: the state is also dropped at the next start or end of an alert and
# whenever an alert is issued, updated or cancelled.
STATE_MAX_AGE = 300
RECENT_DAYS = 30


def _affecting_ids(site_id):
    """Subquery of the ids of alerts whose areas cover the site."""
    return (
        Alert.areas.through.objects.filter(
            Q(unit__site_id=site_id) | Q(unit__children__site_id=site_id)
        )
        .values("alert_id")
        .distinct()
    )


def alerts_affecting(site_id):
    return Alert.objects.filter(pk__in=_affecting_ids(site_id))


def alerts_for_site(site_id):
    """What a site's public alert pages and feeds show: alerts that affect it, and the
    alerts it issued itself (a province may issue one for a single commune)."""
    return Alert.objects.filter(Q(pk__in=_affecting_ids(site_id)) | Q(site_id=site_id))


def _live(queryset):
    return queryset.filter(cancelled_at__isnull=True)


def active_alerts(site_id, now=None):
    """Alerts in force on the site at `now`, gravest first."""
    now = now or timezone.now()
    alerts = list(_live(alerts_affecting(site_id)).filter(starts_at__lte=now, ends_at__gt=now))
    alerts.sort(key=lambda alert: (alert.severity_rank, -alert.starts_at.timestamp()))
    return alerts


def next_boundary(site_id, now=None):
    """The next moment an alert starts or ends on the site, or None."""
    now = now or timezone.now()
    return (
        _live(alerts_affecting(site_id))
        .filter(ends_at__gt=now)
        .aggregate(
            boundary=Min(Case(When(starts_at__gt=now, then=F("starts_at")), default=F("ends_at")))
        )["boundary"]
    )


def affected_site_ids(area_ids):
    """Sites that show an alert covering these units: their own sites and, for a
    province, the sites of its communes."""
    area_ids = list(area_ids)
    if not area_ids:
        return set()
    return set(
        Unit.objects.filter(Q(pk__in=area_ids) | Q(parent_id__in=area_ids))
        .exclude(site_id=None)
        .values_list("site_id", flat=True)
    )


def bump_generation():
    """Make every cached alert state stale (an alert was issued, changed or cancelled)."""
    cache.set(GENERATION_KEY, timezone.now().timestamp(), None)


def site_alert_state(site_id):
    """(active alerts, next boundary) for the site, cached until the next boundary.

    Page renders on a cache miss call this twice (banner and page-cache lifetime); both
    read the same entry, so a page costs at most two queries for alerts and usually none.
    """
    key = f"alerts:site:{site_id}:{cache.get(GENERATION_KEY, 0)}"
    state = cache.get(key)
    now = timezone.now()
    if state is None:
        state = (active_alerts(site_id, now), next_boundary(site_id, now))
        timeout = STATE_MAX_AGE
        if state[1] is not None:
            timeout = min(timeout, (state[1] - now).total_seconds())
        if timeout > 0:
            cache.set(key, state, timeout)
    alerts, boundary = state
    # A backend may keep an entry a little past its timeout; never show an ended alert.
    return [a for a in alerts if a.starts_at <= now < a.ends_at], boundary


def recent_cutoff(now=None):
    return (now or timezone.now()) - datetime.timedelta(days=RECENT_DAYS)
