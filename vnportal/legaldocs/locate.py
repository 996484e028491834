"""Where a document is read: below its site's "Văn bản" page."""

from vnportal.units.urls_across_sites import site_absolute_url

from .models import DocumentIndexPage


def index_page_for(site_id):
    """The site's "Văn bản" page, or None when the site has none (then its documents
    have no public address and stay out of the search index)."""
    return (
        DocumentIndexPage.objects.live()
        .filter(path__startswith=_root_path(site_id))
        .order_by("depth", "path")
        .first()
    )


def _root_path(site_id):
    from wagtail.models import Site

    return Site.objects.filter(pk=site_id).values_list("root_page__path", flat=True).first() or "-"


class IndexPages:
    """Remembers each site's "Văn bản" page and its address within the site, for work on
    many documents at once (a rebuild, an import)."""

    def __init__(self):
        self._paths = {}

    def url_path(self, site_id):
        """The page's path within its site ("/van-ban/"), or None."""
        if site_id not in self._paths:
            page = index_page_for(site_id)
            parts = page.get_url_parts() if page is not None else None
            self._paths[site_id] = parts[2] if parts and parts[0] == site_id else None
        return self._paths[site_id]

    def document_path(self, document):
        base = self.url_path(document.site_id)
        return None if base is None else f"{base}{document.slug}/"


class Addresses:
    """Addresses of documents as read from one "Văn bản" page: relative on its site,
    absolute on another; the page's own site and address are looked up once."""

    def __init__(self, page, request):
        self.request = request
        self.site_id = page.get_site().pk
        self.base = page.get_url(request)
        self.pages = IndexPages()

    def of(self, document):
        if document.site_id == self.site_id:
            return f"{self.base}{document.slug}/"
        path = self.pages.document_path(document)
        if path is None:
            return None
        return site_absolute_url(document.site, self.request, path)
