"""Province news shared with the communes: the "Tin tỉnh" block and republishing.

A province article marked "Đăng cho toàn tỉnh" appears on the home page of every commune
whose unit's parent is the province's unit, linking to the article on the province host.
A commune may republish it into one of its categories by reference (`ArticlePage.original`):
the commune page shows the original's live content, so a correction on the province side
shows everywhere, and its canonical URL stays the province's.
"""

from wagtail.models import Site

from vnportal.core.models import SiteSettings
from vnportal.units.models import Unit
from vnportal.units.urls_across_sites import page_absolute_url, site_id_of

from .queries import province_wide_articles

PROVINCE_NEWS_LIMIT = 5


def province_home_of(site_id):
    """The home page of the province whose unit is the parent of this site's unit."""
    if site_id is None:
        return None
    unit = (
        Unit.objects.select_related("parent__site__root_page")
        .filter(site_id=site_id, parent__site__isnull=False)
        .first()
    )
    return unit.parent.site.root_page if unit is not None else None


def province_news_for(request, home_page, limit=PROVINCE_NEWS_LIMIT):
    """The "Tin tỉnh" items of a commune home page: [(article, province URL)]; empty on
    a province home page and on sites whose unit has no parent province."""
    province_home = province_home_of(site_id_of(home_page, request))
    if province_home is None:
        return []
    return [
        (article, page_absolute_url(article, request))
        for article in province_wide_articles(province_home, limit)
    ]


def source_portal_title(page):
    """ "Cổng thông tin điện tử tỉnh …": the title of the portal the page belongs to."""
    site_id = site_id_of(page)
    settings = SiteSettings.objects.filter(site_id=site_id).first()
    if settings is not None:
        return settings.display_title
    site = Site.objects.filter(pk=site_id).first()
    return site.site_name if site is not None else ""
