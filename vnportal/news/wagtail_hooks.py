from django.contrib import messages
from django.shortcuts import redirect
from wagtail import hooks

from vnportal.core.home import HOME_SECTIONS_HOOK, HomeSection
from vnportal.core.pagecache import HIT_HOOK
from vnportal.core.signals import PURGE_HOOK

from .access import ARCHIVE_CREATION_REFUSED, archive_locking, archive_refusal_message
from .models import ArchivePage, CategoryPage, NewsIndexPage
from .queries import featured_articles, latest_per_category
from .shared import province_news_for, sites_showing_shared
from .view_counts import record_view


@hooks.register(HOME_SECTIONS_HOOK)
def news_sections(request, home_page):
    sections = [
        HomeSection(10, "news/home/featured.html", {"featured": featured_articles(home_page)})
    ]
    news_index = NewsIndexPage.objects.child_of(home_page).live().first()
    if news_index is not None:
        categories = CategoryPage.objects.child_of(news_index).live().public()
        sections.append(
            HomeSection(
                50,
                "news/home/categories.html",
                {"news_index": news_index, "by_category": latest_per_category(categories)},
            )
        )
    return sections


@hooks.register(HOME_SECTIONS_HOOK)
def province_news_section(request, home_page):
    items = province_news_for(request, home_page)
    if not items:
        return []
    return [HomeSection(20, "news/home/province.html", {"items": items})]


@hooks.register(HIT_HOOK)
def count_cached_view(meta):
    if "viewed_page" in meta:
        record_view(meta["viewed_page"])


@hooks.register(PURGE_HOOK)
def purge_sites_showing_shared_news(page):
    return sites_showing_shared(page)


# Archives of former units are read-only for the editors of the site that holds them.


def _refuse(request, archive, message=None):
    messages.error(request, message or archive_refusal_message(archive))
    return redirect("wagtailadmin_explore", archive.pk)


def _refuse_if_archived(request, *pages):
    for page in pages:
        archive = archive_locking(request.user, page)
        if archive is not None:
            return _refuse(request, archive)
    return None


@hooks.register("before_create_page")
def refuse_creating_in_archive(request, parent_page, page_class):
    if issubclass(page_class, ArchivePage) and not request.user.is_superuser:
        messages.error(request, ARCHIVE_CREATION_REFUSED)
        return redirect("wagtailadmin_explore", parent_page.pk)
    return _refuse_if_archived(request, parent_page)


@hooks.register("before_edit_page")
def refuse_editing_archive(request, page):
    # Publishing, submitting and reverting go through the edit view too.
    return _refuse_if_archived(request, page)


@hooks.register("before_publish_page")
def refuse_publishing_archive(request, page):
    return _refuse_if_archived(request, page)


@hooks.register("before_unpublish_page")
def refuse_unpublishing_archive(request, page):
    return _refuse_if_archived(request, page)


@hooks.register("before_delete_page")
def refuse_deleting_archive(request, page):
    return _refuse_if_archived(request, page)


@hooks.register("before_move_page")
def refuse_moving_archive(request, page, destination):
    return _refuse_if_archived(request, page, destination)


@hooks.register("before_copy_page")
def refuse_copying_archive(request, page):
    return _refuse_if_archived(request, page)


@hooks.register("before_bulk_action")
def refuse_bulk_actions_on_archive(request, action_type, objects, action_class_instance):
    if action_type != "page":
        return None
    return _refuse_if_archived(request, *objects)
