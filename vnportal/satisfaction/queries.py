"""The aggregates of a site's answers: the public results and the admins' months."""

import datetime

from django.db.models import Count, Q
from django.db.models.functions import TruncMonth

from . import tally
from .models import Rating

PERIOD_DAYS = 365


def period(today: datetime.date) -> tuple[datetime.date, datetime.date]:
    """The last 12 months, today included."""
    return today - datetime.timedelta(days=PERIOD_DAYS - 1), today


def results(site, today: datetime.date) -> dict:
    """{"first", "last", "total", "rows": [tally.Row per criterion]}, in one query."""
    first, last = period(today)
    counts = {
        f"{field}_{level}": Count("pk", filter=Q(**{field: level}))
        for field, _ in tally.CRITERIA
        for level, _ in tally.LEVELS
    }
    found = Rating.objects.filter(
        site=site, submitted_on__gte=first, submitted_on__lte=last
    ).aggregate(total=Count("pk"), **counts)
    rows = [
        tally.row(field, label, {level: found[f"{field}_{level}"] for level, _ in tally.LEVELS})
        for field, label in tally.CRITERIA
    ]
    return {"first": first, "last": last, "total": found["total"], "rows": rows}


def monthly(sites):
    """For each site and month: the answers, the overall levels, the satisfied share."""
    counts = {f"level_{level}": Count("pk", filter=Q(overall=level)) for level, _ in tally.LEVELS}
    months = (
        Rating.objects.filter(site__in=sites)
        .annotate(month=TruncMonth("submitted_on"))
        .values("site_id", "site__site_name", "month")
        .annotate(total=Count("pk"), comments=Count("pk", filter=~Q(comment="")), **counts)
        .order_by("-month", "site__site_name")
    )
    for month in months:
        levels = {level: month[f"level_{level}"] for level, _ in tally.LEVELS}
        month["row"] = tally.row("overall", "", levels)
        month["satisfied"] = tally.satisfied_share(levels)
        yield month
