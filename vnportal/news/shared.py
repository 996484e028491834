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


def sites_showing_shared(page):
    """Sites other than the page's own whose cached pages show it: the communes of the
    province for a province-wide article (also right after it stops being one, or when it
    is deleted), and the sites that republished it."""
    from .models import ArticlePage

    specific_class = page.specific_class
    if specific_class is None or not issubclass(specific_class, ArticlePage):
        return set()
    site_id = site_id_of(page)
    if site_id is None:
        return set()
    site_ids = set()
    commune_sites = list(
        Site.objects.filter(unit__parent__site_id=site_id).values_list("pk", flat=True)
    )
    if not isinstance(page, ArticlePage):
        # A deleted page arrives as a plain Page with its row gone: assume the worst.
        site_ids.update(commune_sites)
        return site_ids
    if commune_sites and _shown_province_wide(page):
        site_ids.update(commune_sites)
    for reference in ArticlePage.objects.filter(original_id=page.pk).only("path", "url_path"):
        site_ids.add(site_id_of(reference))
    site_ids.discard(None)
    return site_ids


def _shown_province_wide(article):
    # Unticking "Đăng cho toàn tỉnh" must also clear the commune homes that showed it.
    return article.province_wide or article.revisions.filter(content__province_wide=True).exists()
