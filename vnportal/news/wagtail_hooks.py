from django.contrib import messages
from django.db.models import Q
from django.shortcuts import redirect
from wagtail import hooks
from wagtail.models import Page, TaskState, WorkflowState

from vnportal.core.home import HOME_SECTIONS_HOOK, HomeSection
from vnportal.core.pagecache import HIT_HOOK
from vnportal.core.signals import LISTS_HOOK

from .access import ARCHIVE_CREATION_REFUSED, archive_locking, archive_refusal_message
from .models import ArchivePage, ArticlePage, CategoryPage, NewsIndexPage
from .publishing import publish_problems, refusal_message
from .queries import featured_articles, latest_per_category, list_positions
from .shared import province_news_for
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


@hooks.register(LISTS_HOOK)
def news_lists(page):
    return list_positions(page)


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


def _acts_on_pages(action):
    return any(issubclass(model, Page) for model in getattr(action, "models", ()))


@hooks.register("before_bulk_action")
def refuse_bulk_actions_on_archive(request, action_type, objects, action_class_instance):
    # Wagtail passes the action's name ("publish", "delete", …) as `action_type`.
    if not _acts_on_pages(action_class_instance):
        return None
    return _refuse_if_archived(request, *objects)


# Publishing rules (publishing.py) on the publish paths that bypass the article form.


@hooks.register("before_bulk_action")
def refuse_bulk_publishing_incomplete_articles(request, action_type, objects, action):
    if action_type != "publish" or not _acts_on_pages(action):
        return None
    refused = []
    for page in objects:
        page = page.specific
        if not isinstance(page, ArticlePage):
            continue
        revision = page.get_latest_revision()
        candidate = revision.as_object() if revision is not None else page
        problems = publish_problems(candidate, page.get_parent())
        if problems:
            refused.append(f"“{page.get_admin_display_title()}”: {refusal_message(problems)}")
    if not refused:
        return None
    for line in refused:
        messages.error(request, line)
    return redirect(action.next_url)


@hooks.register("construct_explorer_page_queryset")
def hide_others_drafts_from_contributors(parent_page, pages, request):
    """A contributor (who may add pages but not change others') sees the published pages
    and their own drafts, not their colleagues' unpublished work."""
    if parent_page.permissions_for_user(request.user).can_edit():
        return pages
    return pages.filter(Q(live=True) | Q(owner=request.user))


@hooks.register("before_edit_page")
def show_why_the_article_came_back(request, page):
    """An author opening an article sent back for changes reads who sent it back and why
    at the top of the editor, not only in its history."""
    if request.method != "GET":
        return None
    state = page.current_workflow_state
    if state is None or state.status != WorkflowState.STATUS_NEEDS_CHANGES:
        return None
    task_state = state.current_task_state
    if task_state is None or task_state.status != TaskState.STATUS_REJECTED:
        return None
    who = task_state.finished_by
    name = (f"{who.last_name} {who.first_name}".strip() or who.get_username()) if who else ""
    reason = f": “{task_state.comment}”" if task_state.comment else "."
    messages.warning(
        request,
        f"Bài được {name or 'người duyệt'} trả lại để sửa ở bước “{task_state.task.name}”"
        f"{reason} Sửa xong, hãy gửi duyệt lại (trong menu cạnh nút lưu).",
    )
    return None
