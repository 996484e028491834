"""Statistics of questions and feedback ("what concerns people"), in aggregate only.

Figures cover the submissions *received* in a period (local dates, both ends included)
on one site, or on every site of the installation (the province view). Nothing here
reads a person's name, phone, e-mail, address, the text of a question or a rating's
comment: only counts, dates, states, fields and communes.

- Time to answer is counted in working days (workdays.py) from the day of receipt to the
  day of the answer, over the submissions of the period that have been answered; the
  90th percentile is the nearest-rank one: 90 % of those answers took no longer.
- "Overdue now" is a snapshot of today, whatever the period: open submissions whose due
  date has passed, received at any time. "Answered late": submissions of the period
  answered after their due date.
- Satisfaction (Decree 224/2026 art. 10: ratings are confidential and appear only in
  aggregate): a group's ratings are shown only when it holds at least MIN_RATINGS of
  them, so that no single person's rating can be read off a table. When some groups of
  a breakdown are hidden, more are hidden until the hidden ones together hold at least
  MIN_RATINGS ratings (or none), so that the total minus the shown groups cannot give
  them away either. Comparing two overlapping periods can still narrow a rating down;
  that residual risk is limited to staff with the handling permission.

Every figure comes from a fixed number of queries, however many submissions there are;
times to answer are computed in Python (fine for about 100,000 answered rows a period).
"""

import datetime
import math
import statistics as pystats
from collections import Counter
from dataclasses import dataclass, field

from django.db.models import Count
from django.db.models.functions import TruncMonth
from django.utils import timezone
from wagtail.models import Site

from vnportal.units.site_permissions import site_label
from vnportal.vntext.fold import fold

from .models import OPEN_STATES, Rating, State, Submission
from .workdays import is_working_day, overrides_from_db

# Decree 224/2026 art. 10: below this many ratings a group is not shown.
MIN_RATINGS = 5
NOT_ENOUGH_RATINGS = "chưa đủ đánh giá"
NO_COMMUNE = "(Chưa ghi xã, phường)"
PROVINCE_LABEL = "Toàn tỉnh"


@dataclass
class AnswerTime:
    """Working days from receipt to answer over the answered submissions."""

    count: int = 0
    median: float | None = None
    p90: int | None = None


@dataclass
class RatingGroup:
    """The ratings of one group (everything, one field, one site)."""

    label: str
    total: int
    counts: dict = field(default_factory=dict)  # {Rating value: count}
    hidden: bool = False

    @property
    def shares(self):
        """[(label, count, percent)] in the order of Rating; empty when hidden."""
        if self.hidden or not self.total:
            return []
        return [
            (label, self.counts.get(value, 0), 100 * self.counts.get(value, 0) / self.total)
            for value, label in Rating.choices
        ]


@dataclass
class FeedbackStatistics:
    label: str
    starts_on: datetime.date
    ends_on: datetime.date
    today: datetime.date
    province: bool = False
    total: int = 0
    by_site: list = field(default_factory=list)  # [(site label, count)], province only
    by_field: list = field(default_factory=list)  # [(field name, count)]
    by_commune: list = field(default_factory=list)  # [(commune name, count)]
    by_month: list = field(default_factory=list)  # [(1st of the month, count)], zeros kept
    by_state: list = field(default_factory=list)  # [(state label, count)], every state
    answer_time: AnswerTime = field(default_factory=AnswerTime)
    overdue_now: int = 0
    answered_late: int = 0
    satisfaction: RatingGroup | None = None
    satisfaction_by_field: list = field(default_factory=list)  # [RatingGroup]
    satisfaction_by_site: list = field(default_factory=list)  # [RatingGroup], province only


def default_period(today=None):
    """From 1 January of the current year to today (local)."""
    today = today or timezone.localdate()
    return datetime.date(today.year, 1, 1), today


def day_bounds(starts_on, ends_on):
    """Aware datetimes [start, end) covering the local days starts_on..ends_on, so that
    the filter can use the index on received_at."""
    zone = timezone.get_current_timezone()
    start = datetime.datetime.combine(starts_on, datetime.time.min, tzinfo=zone)
    end = datetime.datetime.combine(ends_on + datetime.timedelta(days=1), datetime.time.min)
    return start, end.replace(tzinfo=zone)


def _sorted_counts(pairs):
    """Most first, then by name the Vietnamese way (diacritics folded)."""
    return sorted(pairs, key=lambda item: (-item[1], fold(item[0]).casefold(), item[0]))


def _counts_by(submissions, key):
    rows = submissions.values(key).annotate(count=Count("pk")).order_by()
    return {row[key]: row["count"] for row in rows}


def _by_field(submissions):
    counts = _counts_by(submissions, "field__name")
    return _sorted_counts(counts.items())


def _by_commune(submissions):
    counts = _counts_by(submissions, "commune__name")
    unknown = counts.pop(None, 0)
    rows = _sorted_counts(counts.items())
    return rows + [(NO_COMMUNE, unknown)] if unknown else rows


def _by_site(submissions):
    counts = _counts_by(submissions, "site")
    sites = Site.objects.filter(pk__in=counts).only("site_name", "hostname")
    return _sorted_counts((site_label(site), counts[site.pk]) for site in sites)


def _months(starts_on, ends_on):
    month = starts_on.replace(day=1)
    while month <= ends_on:
        yield month
        month = (month + datetime.timedelta(days=32)).replace(day=1)


def _by_month(submissions, starts_on, ends_on):
    zone = timezone.get_current_timezone()
    rows = (
        submissions.annotate(month=TruncMonth("received_at", tzinfo=zone))
        .values("month")
        .annotate(count=Count("pk"))
        .order_by("month")
    )
    counts = {timezone.localtime(row["month"], zone).date(): row["count"] for row in rows}
    return [(month, counts.get(month, 0)) for month in _months(starts_on, ends_on)]


def _by_state(submissions):
    counts = _counts_by(submissions, "state")
    return [(label, counts.get(value, 0)) for value, label in State.choices]


def nearest_rank(values, fraction):
    """The smallest value v such that at least `fraction` of `values` are <= v."""
    ordered = sorted(values)
    return ordered[max(1, math.ceil(fraction * len(ordered))) - 1]


class WorkingDayCounter:
    """working_days_between() for many pairs of dates at once: one pass over the days of
    the span and one query for the announced days off, instead of one walk per row."""

    def __init__(self, first, last):
        self.first = first
        overrides = overrides_from_db(first, last)
        self.cumulative = [0]
        day = first
        while day < last:
            day += datetime.timedelta(days=1)
            self.cumulative.append(self.cumulative[-1] + is_working_day(day, overrides))

    def between(self, start, end):
        """Working days after `start` up to and including `end` (0 when end <= start)."""
        if end <= start:
            return 0
        return self.cumulative[(end - self.first).days] - self.cumulative[(start - self.first).days]


def _answer_times(submissions):
    zone = timezone.get_current_timezone()
    rows = submissions.filter(answered_at__isnull=False).values_list(
        "received_at", "answered_at", "due_on"
    )
    pairs, late = [], 0
    for received_at, answered_at, due_on in rows:
        received = timezone.localtime(received_at, zone).date()
        answered = timezone.localtime(answered_at, zone).date()
        pairs.append((received, answered))
        late += answered > due_on
    if not pairs:
        return AnswerTime(), 0
    counter = WorkingDayCounter(min(r for r, _ in pairs), max(a for _, a in pairs))
    days = [counter.between(received, answered) for received, answered in pairs]
    return AnswerTime(
        count=len(days), median=pystats.median(days), p90=nearest_rank(days, 0.9)
    ), late


def _rating_groups(rows, key_index, labels):
    """[(RatingGroup)] from rows (value, group key...), with MIN_RATINGS applied."""
    counts = {}
    for row in rows:
        counts.setdefault(row[key_index], Counter())[row[0]] += 1
    groups = [
        RatingGroup(label=labels(key), total=sum(counter.values()), counts=dict(counter))
        for key, counter in counts.items()
    ]
    groups.sort(key=lambda group: (-group.total, fold(group.label).casefold()))
    return suppress_small(groups)


def suppress_small(groups):
    """Hide every group under MIN_RATINGS, then, while the hidden ones together hold
    fewer than MIN_RATINGS ratings, the smallest shown group too: otherwise the total
    minus the shown groups would reveal what was hidden."""
    for group in groups:
        group.hidden = group.total < MIN_RATINGS
    while True:
        hidden = sum(group.total for group in groups if group.hidden)
        shown = [group for group in groups if not group.hidden]
        if hidden == 0 or hidden >= MIN_RATINGS or not shown:
            break
        min(shown, key=lambda group: group.total).hidden = True
    for group in groups:
        if group.hidden:
            group.counts = {}
    return groups


def _satisfaction(submissions, result):
    rows = list(
        submissions.filter(rating__isnull=False).values_list(
            "rating__value", "field__name", "site__site_name", "site__hostname"
        )
    )
    overall = suppress_small([RatingGroup(label=result.label, total=len(rows))])[0]
    if not overall.hidden:
        overall.counts = dict(Counter(row[0] for row in rows))
    result.satisfaction = overall
    result.satisfaction_by_field = _rating_groups(rows, 1, lambda name: name)
    if result.province:
        rows = [(value, site_name or hostname) for value, _, site_name, hostname in rows]
        result.satisfaction_by_site = _rating_groups(rows, 1, lambda name: name)


def feedback_statistics(site, starts_on, ends_on, today=None):
    """Statistics of `site`, or of every site when `site` is None (the province)."""
    today = today or timezone.localdate()
    scope = Submission.objects.all() if site is None else Submission.objects.filter(site=site)
    start, end = day_bounds(starts_on, ends_on)
    submissions = scope.filter(received_at__gte=start, received_at__lt=end)
    result = FeedbackStatistics(
        label=PROVINCE_LABEL if site is None else site_label(site),
        starts_on=starts_on,
        ends_on=ends_on,
        today=today,
        province=site is None,
    )
    result.by_state = _by_state(submissions)
    result.total = sum(count for _, count in result.by_state)
    result.by_field = _by_field(submissions)
    result.by_commune = _by_commune(submissions)
    result.by_month = _by_month(submissions, starts_on, ends_on)
    if result.province:
        result.by_site = _by_site(submissions)
    result.answer_time, result.answered_late = _answer_times(submissions)
    result.overdue_now = scope.filter(state__in=OPEN_STATES, due_on__lt=today).count()
    _satisfaction(submissions, result)
    return result
