"""Statistics of a site's published articles over a date range (local dates, by
published_at): articles per contributor, per category and per month, and the time from
submission to first publication. Every figure comes from a fixed number of queries,
however many articles there are."""

import datetime
import statistics as stats
from collections import Counter
from dataclasses import dataclass, field

from django.contrib.contenttypes.models import ContentType
from django.db.models import CharField, Count, OuterRef, Subquery
from django.db.models.functions import Cast, Length, Substr, TruncMonth
from django.utils import timezone
from wagtail.models import Page, WorkflowState

from vnportal.vntext.fold import fold

from .articles import articles_published_between

NO_CONTRIBUTOR = "(Chưa ghi tác giả)"


@dataclass
class Durations:
    count: int = 0
    median_hours: float | None = None
    mean_hours: float | None = None

    @property
    def median_days(self):
        return None if self.median_hours is None else self.median_hours / 24

    @property
    def mean_days(self):
        return None if self.mean_hours is None else self.mean_hours / 24


@dataclass
class Statistics:
    site: object
    starts_on: datetime.date
    ends_on: datetime.date
    total: int = 0
    by_contributor: list = field(default_factory=list)  # [(name, count)]
    by_category: list = field(default_factory=list)  # [(title, count)]
    by_month: list = field(default_factory=list)  # [(date of the 1st, count)]
    review: Durations = field(default_factory=Durations)


def default_range(today=None):
    """From 1 January of the current year to today (local)."""
    today = today or timezone.localdate()
    return datetime.date(today.year, 1, 1), today


def _by_contributor(articles):
    from vnportal.news.models import ArticleContributor

    counted = Counter()
    names = {}
    rows = (
        ArticleContributor.objects.filter(page__in=articles.values("pk"))
        .order_by("page__published_at", "page_id", "sort_order")
        .values_list("page_id", "user_id", "name")
    )
    seen = set()
    with_contributors = set()
    for page_id, user_id, name in rows:
        name = " ".join(name.split())
        key = ("user", user_id) if user_id else ("name", fold(name).casefold())
        names.setdefault(key, name)
        with_contributors.add(page_id)
        if (key, page_id) in seen:
            continue
        seen.add((key, page_id))
        counted[key] += 1
    result = [(names[key], count) for key, count in counted.items()]
    result.sort(key=lambda item: (-item[1], fold(item[0]).casefold()))
    return result, with_contributors


def _by_category(articles):
    steplen = Page.steplen
    counts = (
        articles.annotate(parent_path=Substr("path", 1, Length("path") - steplen))
        .values("parent_path")
        .annotate(count=Count("pk"))
        .order_by()
    )
    counts = {row["parent_path"]: row["count"] for row in counts}
    titles = dict(Page.objects.filter(path__in=counts).values_list("path", "title"))
    result = [(titles.get(path, path), count) for path, count in counts.items()]
    result.sort(key=lambda item: (-item[1], fold(item[0]).casefold()))
    return result


def _by_month(articles):
    zone = timezone.get_current_timezone()
    rows = (
        articles.annotate(month=TruncMonth("published_at", tzinfo=zone))
        .values("month")
        .annotate(count=Count("pk"))
        .order_by("month")
    )
    return [(timezone.localtime(row["month"], zone).date(), row["count"]) for row in rows]


def _review_durations(articles):
    """Hours from the first submission to a workflow to the first publication, over the
    articles that went through one (published directly, an article has no such time)."""
    page_type = ContentType.objects.get_for_model(Page)
    first_submission = (
        WorkflowState.objects.filter(
            base_content_type=page_type, object_id=Cast(OuterRef("pk"), CharField())
        )
        .order_by("created_at")
        .values("created_at")[:1]
    )
    rows = (
        articles.annotate(submitted_at=Subquery(first_submission))
        .filter(submitted_at__isnull=False, first_published_at__isnull=False)
        .values_list("submitted_at", "first_published_at")
    )
    hours = [
        (published - submitted).total_seconds() / 3600
        for submitted, published in rows
        if published >= submitted
    ]
    if not hours:
        return Durations()
    return Durations(
        count=len(hours), median_hours=stats.median(hours), mean_hours=stats.mean(hours)
    )


def article_statistics(site, starts_on, ends_on):
    articles = articles_published_between(site, starts_on, ends_on)
    result = Statistics(site=site, starts_on=starts_on, ends_on=ends_on)
    result.total = articles.count()
    by_contributor, with_contributors = _by_contributor(articles)
    without = result.total - len(with_contributors)
    if without:
        by_contributor.append((NO_CONTRIBUTOR, without))
    result.by_contributor = by_contributor
    result.by_category = _by_category(articles)
    result.by_month = _by_month(articles)
    result.review = _review_durations(articles)
    return result
