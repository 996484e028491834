"""The admin's page explorer, kept quick for a commune's editors when one installation
holds a hundred sites and 100,000 pages (figures in docs/benchmarks.md).

Wagtail limits every explorer listing to `page_permission_policy.explorable_instances(user)`,
a subquery over the whole page tree: for a commune editor it is bounded only by the first
common ancestor of their permitted pages, which is the tree's root, so SQLite reads all
100,000 pages twice per listing (once to count, once to list) to keep the ~1,000 children of
one category. When the page being explored lies inside a subtree the user holds a page
permission on, every child is explorable by Wagtail's own rule, and the listing here asks
only for the children. Searching, filtering and exploring above one's own subtree keep
Wagtail's filter unchanged.

A listing shows 25 pages instead of Wagtail's 50: rendering a row of the explorer costs
about 5 ms on a small server, and a category of a busy commune has thousands of articles.
Its filters offer only the user's own sites, page owners and editors (Wagtail lists the
whole installation's).

Page viewsets that apps register for their own page types should use
`SiteExplorerIndexView` as their `index_view_class` to keep both.
"""

from django.contrib.auth import get_user_model
from django.db.models import Q
from django.forms import CheckboxSelectMultiple
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.views.pages.listing import (
    EditedByFilter,
    ExplorableIndexView,
    GenericPageFilterSet,
    MultipleUserFilter,
    SiteFilter,
)
from wagtail.admin.viewsets.pages import PageViewSet
from wagtail.models import Page, PageLogEntry, Site
from wagtail.permissions import page_permission_policy

EXPLORER_PAGE_SIZE = 25
# The actions for which Wagtail's explorable_instances() counts a permission's subtree.
EXPLORE_ACTIONS = {"add", "change", "publish", "lock", "unlock", "bulk_delete"}


def explores_whole_subtree(user, page):
    """True when every descendant of `page` is explorable by `user`: a superuser, or a
    page permission (for an explore action) on `page` or one of its ancestors."""
    if not user.is_active:
        return False
    return user.is_superuser or any(page.path.startswith(p) for p in _permitted_paths(user))


def _permitted_paths(user):
    """Paths of the pages on which the user holds a permission that makes them explorable."""
    codenames = page_permission_policy._get_permission_codenames(EXPLORE_ACTIONS)
    return {
        permission.page.path
        for permission in page_permission_policy.get_cached_permissions_for_user(user)
        if permission.permission.codename in codenames
    }


def _works_everywhere(user):
    return user.is_superuser or any(len(path) == Page.steplen for path in _permitted_paths(user))


def _own_pages(user):
    paths = _permitted_paths(user)
    if not paths:
        return Page.objects.none()
    query = Q()
    for path in paths:
        query |= Q(path__startswith=path)
    return Page.objects.filter(query)


def own_sites(request):
    """The sites the user works on: the explorer's site filter offers only these."""
    sites = Site.objects.order_by("site_name", "hostname")
    if _works_everywhere(request.user):
        return sites
    query = Q(pk__in=[])
    for path in _permitted_paths(request.user):
        # A site whose home is inside a permitted subtree, or above a permitted page.
        ancestors = [path[:end] for end in range(Page.steplen, len(path) + 1, Page.steplen)]
        query |= Q(root_page__path__startswith=path) | Q(root_page__path__in=ancestors)
    return sites.filter(query)


def owners(request):
    users = get_user_model().objects
    pages = Page.objects if _works_everywhere(request.user) else _own_pages(request.user)
    return users.filter(pk__in=pages.order_by().values("owner_id"))


def editors(request):
    entries = PageLogEntry.objects.filter(action="wagtail.edit")
    if not _works_everywhere(request.user):
        entries = entries.filter(page__in=_own_pages(request.user))
    return get_user_model().objects.filter(pk__in=entries.order_by().values("user_id"))


class SiteExplorerFilterSet(GenericPageFilterSet):
    """Wagtail's explorer filters, whose choices list every site, every page owner and
    every editor of the installation; here only those of the user's own sites. A hundred
    site names rendered as checkboxes cost a commune editor ~60 ms per listing, and the
    names of other communes' staff are none of their business."""

    site = SiteFilter(label=_("Site"), queryset=own_sites, widget=CheckboxSelectMultiple)
    owner = MultipleUserFilter(label=_("Owner"), queryset=owners, widget=CheckboxSelectMultiple)
    edited_by = EditedByFilter(
        label=_("Edited by"), queryset=editors, widget=CheckboxSelectMultiple
    )


class SiteExplorerIndexView(ExplorableIndexView):
    paginate_by = EXPLORER_PAGE_SIZE
    base_filterset_class = SiteExplorerFilterSet

    def get_base_queryset(self):
        if (
            self.is_searching
            or self.is_filtering
            or not explores_whole_subtree(self.request.user, self.parent_page)
        ):
            return super().get_base_queryset()
        pages = self.model._default_manager.child_of(self.parent_page)
        return self.annotate_queryset(pages)


class SiteExplorerViewSet(PageViewSet):
    """Takes the place of Wagtail's fallback page viewset for every page type that has no
    viewset of its own."""

    model = Page
    name = "vnportal_pages"
    index_view_class = SiteExplorerIndexView
    filterset_class = SiteExplorerFilterSet


# After Wagtail's own registration of its fallback viewset (order 0), which this replaces.
@hooks.register("register_admin_viewset", order=10)
def register_site_explorer():
    return SiteExplorerViewSet()
