"""The map of one site, for people ("Sơ đồ cổng" at /so-do-cong/) and for machines
(`/sitemap.xml`, and `/robots.txt` pointing to it).

Both list only the requesting site's live public pages: every site of the installation
has its own tree under its home page, and the sitemap of one commune must never name
another's pages. Both go through the page cache like pages do: they depend on every page
below the home page (core/cachetags.py), so publishing any page of the site refreshes them.
"""

from django.contrib.contenttypes.models import ContentType
from django.http import Http404, HttpResponse
from django.shortcuts import render
from django.views.decorators.http import require_GET
from wagtail.contrib.sitemaps.sitemap_generator import Sitemap
from wagtail.contrib.sitemaps.views import sitemap as wagtail_sitemap
from wagtail.models import Page, Site

from . import cachetags


class SiteSitemap(Sitemap):
    """Wagtail's sitemap of the request's site, with two changes:

    - each `<loc>` carries the scheme, host and port the crawler used (Wagtail's
      `Site.root_url` drops a port other than 80 or 443);
    - a page that republishes another site's page by reference (`is_reference`, see
      news/models.py) is left out: a sitemap lists canonical URLs, and the original is
      listed in its own site's sitemap.
    """

    def lastmod(self, obj):
        # Pages made by scripts or imports may lack Wagtail's publication dates; an
        # article's own date is the next best thing.
        return super().lastmod(obj) or obj.first_published_at or getattr(obj, "published_at", None)

    def _urls(self, page, protocol, domain):
        urls = []
        latest = None
        for item in self.paginator.page(page).object_list:
            if getattr(item, "is_reference", False):
                continue
            path = item.get_url(self.request)
            if path is None:
                continue
            lastmod = self.lastmod(item)
            location = self.request.build_absolute_uri(path)
            urls.append({"item": item, "location": location, "lastmod": lastmod})
            if lastmod is not None:
                latest = lastmod if latest is None else max(latest, lastmod)
        self.latest_lastmod = latest
        return urls


def _depends_on_site_tree(request):
    site = Site.find_for_request(request)
    if site is not None:
        cachetags.add(cachetags.below_tag(site.root_page.path))


@require_GET
def sitemap(request):
    _depends_on_site_tree(request)
    return wagtail_sitemap(request, {"pages": SiteSitemap})


@require_GET
def robots(request):
    sitemap_url = request.build_absolute_uri("/sitemap.xml")
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        "Disallow: /co-chu/",
        "",
        f"Sitemap: {sitemap_url}",
        "",
    ]
    return HttpResponse("\n".join(lines), content_type="text/plain; charset=utf-8")


def page_tree(root, hidden_types=()):
    """The live public pages below `root` as nested [(page, children)], in the editors'
    order, in one query. Pages of `hidden_types` ("app.Model" labels: articles, of which
    a site has thousands) and everything under them are left out."""
    # Left out in SQL: a site's thousands of articles never leave the database.
    hidden = [
        ContentType.objects.get_by_natural_key(*label.lower().split(".")) for label in hidden_types
    ]
    queryset = (
        Page.objects.live()
        .public()
        .descendant_of(root)
        .exclude(content_type__in=hidden)
        .order_by("path")
        .only("id", "path", "depth", "title", "url_path", "content_type")
    )
    top = []
    nodes = {}
    for page in queryset:
        node = (page, [])
        parent = nodes.get(page.path[: -page.steplen])
        if page.depth == root.depth + 1:
            top.append(node)
        elif parent is None:
            continue  # under a hidden or non-public page
        else:
            parent[1].append(node)
        nodes[page.path] = node
    return top


@require_GET
def portal_map(request, hidden_types=()):
    """ "Sơ đồ cổng": the sections of the site with their categories and topics."""
    site = Site.find_for_request(request)
    if site is None:
        raise Http404("Không có trang nào ở địa chỉ này.")
    home = site.root_page
    _depends_on_site_tree(request)
    return render(
        request,
        "core/portal_map.html",
        {"home": home, "tree": page_tree(home, hidden_types)},
    )
