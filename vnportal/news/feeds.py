"""RSS 2.0 feeds of a site's news, a category (with its subcategories) and a topic.

Every URL in a feed is absolute, with the scheme and host the reader used, so that a feed
read through http://tayyen.localhost:8000/ links back to the same place. Dates are in
Vietnam time (+0700), as readers expect them. A feed costs the same few queries whatever
its number of articles.
"""

from django.http import HttpResponse
from django.utils import timezone
from django.utils.feedgenerator import Rss201rev2Feed

from vnportal.core.models import SiteSettings
from vnportal.units.urls_across_sites import reader_absolute_url

FEED_SIZE = 20
CONTENT_TYPE = "application/rss+xml; charset=utf-8"


class NewsFeed(Rss201rev2Feed):
    content_type = CONTENT_TYPE


def _portal_title(request):
    portal = SiteSettings.for_request(request)
    return portal.display_title if portal is not None else ""


def _page_text(page):
    return getattr(page, "intro", "") or getattr(page, "description", "") or ""


def build_feed(request, page, articles):
    """The feed of `page` listing the newest of `articles` (a queryset from queries.py)."""
    portal_title = _portal_title(request)
    title = f"{page.title} – {portal_title}" if portal_title else page.title
    link = reader_absolute_url(page, request)
    feed = NewsFeed(
        title=title,
        link=link,
        description=_page_text(page) or f"Tin bài mới nhất: {title}.",
        language="vi",
        feed_url=request.build_absolute_uri(request.path),
    )
    for article in articles[:FEED_SIZE]:
        shown = article.shown
        url = reader_absolute_url(article, request)
        if url is None:
            continue
        feed.add_item(
            title=shown.title,
            link=url,
            description=shown.sapo,
            unique_id=url,
            unique_id_is_permalink=True,
            # Readers in Vietnam see the time of day as the portal shows it.
            pubdate=timezone.localtime(shown.published_at) if shown.published_at else None,
            author_name=shown.author or None,
        )
    return feed


def rss_response(request, page, articles):
    feed = build_feed(request, page, articles)
    response = HttpResponse(content_type=CONTENT_TYPE)
    feed.write(response, "utf-8")
    return response


def feed_url(page, request):
    """The address of `page`'s feed on the reader's site, for `<link rel="alternate">`."""
    url = page.get_url(request)
    return None if url is None else url + page.reverse_subpage("rss")
