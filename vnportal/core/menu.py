"""The main menu: the home page's children shown in menus, and their children."""

from wagtail.models import Page, Site

from . import cachetags


def main_menu(request):
    site = Site.find_for_request(request)
    if site is None:
        return []
    root = site.root_page
    # A page newly shown in the menu purges this (core/signals.py); shown ones, their own.
    cachetags.add(cachetags.menu_tag(root.path))
    # One query for both levels, so the menu costs the same on every page.
    pages = list(
        Page.objects.live()
        .public()
        .in_menu()
        .descendant_of(root)
        .filter(depth__in=(root.depth + 1, root.depth + 2))
        .order_by("path")
        .only("id", "path", "depth", "title", "url_path", "slug")
    )
    top = [p for p in pages if p.depth == root.depth + 1]
    for item in top:
        item.menu_children = [
            p for p in pages if p.depth == item.depth + 1 and p.path.startswith(item.path)
        ]
    return top
