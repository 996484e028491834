"""Which articles a royalty period or a statistics range covers: the live articles of a
site (not those republished by reference from the province, not those in the archive of a
former unit) whose publication date, in local time, falls in the range."""

import datetime

from django.db.models import Q
from django.utils import timezone

from vnportal.news.models import ArchivePage, ArticlePage


def local_date(moment):
    return timezone.localdate(moment) if moment is not None else None


def day_bounds(starts_on, ends_on):
    """Aware datetimes [start, end) covering the local days starts_on..ends_on, so that a
    range filter can use the index on published_at."""
    zone = timezone.get_current_timezone()
    start = datetime.datetime.combine(starts_on, datetime.time.min, tzinfo=zone)
    end = datetime.datetime.combine(
        ends_on + datetime.timedelta(days=1), datetime.time.min, tzinfo=zone
    )
    return start, end


def site_articles(site):
    """Live articles of the site that it wrote itself, outside former units' archives."""
    root = site.root_page
    archives = ArchivePage.objects.child_of(root).values_list("path", flat=True)
    queryset = ArticlePage.objects.live().descendant_of(root).filter(is_reference=False)
    excluded = Q()
    for path in archives:
        excluded |= Q(path__startswith=path)
    return queryset.exclude(excluded) if excluded else queryset


def articles_published_between(site, starts_on, ends_on):
    start, end = day_bounds(starts_on, ends_on)
    return site_articles(site).filter(published_at__gte=start, published_at__lt=end)


def site_of_article(article):
    """The Wagtail site the article belongs to (from Wagtail's cached site root paths)."""
    return article.get_site()
