"""Wagtail hooks that keep each site's people inside their own site (see isolation.py
for the request checks and the permission matrix that found each leak)."""

from wagtail import hooks

from .isolation import install_scoped_popular_tags, visible_pages, works_on_every_site

# Leak closed: popular tags of every site's images and documents (list filters, image
# chooser). Done at import so that it is in place before the first admin request.
install_scoped_popular_tags()

# Reports that list every site; AdminIsolationMiddleware refuses them to site staff, so
# the menu does not offer them either.
EVERY_SITE_REPORTS = {"workflows", "workflow-tasks", "page-types-usage"}


@hooks.register("construct_page_chooser_queryset")
def pages_of_own_sites(pages, request):
    """Leak closed: the page chooser (browse and search) listed every site's pages,
    drafts included, to anyone choosing a link or a parent page."""
    if works_on_every_site(request.user):
        return pages
    return pages.filter(pk__in=visible_pages(request.user).values("pk"))


@hooks.register("construct_reports_menu")
def hide_every_site_reports(request, menu_items):
    if not works_on_every_site(request.user):
        menu_items[:] = [item for item in menu_items if item.name not in EVERY_SITE_REPORTS]
