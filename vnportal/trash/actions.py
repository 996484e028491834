"""Moving pages to the trash, back out of it, and out of existence."""

import datetime

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from wagtail.actions.delete_page import DeletePageAction
from wagtail.actions.move_page import MovePageAction
from wagtail.actions.unpublish_page import UnpublishPageAction
from wagtail.models import Page, Revision

from .models import TrashContainerPage, TrashedPage, retention_days

PARENT_GONE = "Trang cha ban đầu không còn nữa nên không khôi phục được trang này về chỗ cũ."
PARENT_IN_TRASH = "Trang cha “{title}” cũng đang ở Thùng rác: hãy khôi phục trang cha trước."
SLUG_TAKEN = (
    "Trang “{parent}” đã có một trang khác với đường dẫn “{slug}”. Hãy đổi đường dẫn của "
    "trang đó rồi khôi phục lại."
)


def trash_container() -> TrashContainerPage:
    container = TrashContainerPage.objects.first()
    if container is None:
        root = Page.get_first_root_node()
        container = root.add_child(
            instance=TrashContainerPage(title="Thùng rác", slug="thung-rac", live=False)
        )
    return container


def in_trash(page) -> bool:
    container = TrashContainerPage.objects.first()
    return container is not None and page.is_descendant_of(container)


@transaction.atomic
def trash_page(page, user=None) -> TrashedPage:
    """Unpublish `page` and its subpages and move them to the trash."""
    page = page.specific
    subtree = Page.objects.descendant_of(page, inclusive=True)
    live = {
        str(pk): revision_id
        for pk, revision_id in subtree.live().values_list("pk", "live_revision_id")
    }
    left = page.get_prev_sibling()
    item = TrashedPage.objects.create(
        page=page,
        title=page.title,
        site=page.get_site(),
        original_parent=page.get_parent(),
        left_sibling_id=left.pk if left else None,
        original_url_path=page.url_path,
        live_revisions=live,
        deleted_by=user,
    )
    if page.live or live:
        # Signals purge the page cache and drop the pages from the portal's search index
        # while they are still under their site.
        if page.live:
            UnpublishPageAction(page, user=user, include_descendants=True).execute(
                skip_permission_checks=True
            )
        else:
            for descendant in subtree.live().specific():
                UnpublishPageAction(descendant, user=user).execute(skip_permission_checks=True)
    MovePageAction(
        Page.objects.get(pk=page.pk), trash_container(), pos="last-child", user=user
    ).execute(skip_permission_checks=True)
    return item


def restore_problem(item) -> str:
    """Why `item` cannot go back where it was, or ""."""
    parent = item.original_parent
    if parent is None:
        return PARENT_GONE
    if in_trash(parent):
        return PARENT_IN_TRASH.format(title=parent.title)
    page = item.page
    if not Page._slug_is_available(page.slug, parent, page):
        return SLUG_TAKEN.format(parent=parent.title, slug=page.slug)
    return ""


@transaction.atomic
def restore_page(item, user=None) -> Page:
    """Put a trashed page back under its parent, after the sibling it followed, and
    publish again the pages that were live (their live revision, not a later draft)."""
    problem = restore_problem(item)
    if problem:
        raise ValidationError(problem)
    page = Page.objects.get(pk=item.page_id)
    parent = Page.objects.get(pk=item.original_parent_id)
    left = None
    if item.left_sibling_id:
        left = Page.objects.child_of(parent).filter(pk=item.left_sibling_id).first()
    if left is not None:
        MovePageAction(page, left, pos="right", user=user).execute(skip_permission_checks=True)
    elif item.left_sibling_id is None and parent.get_first_child() is not None:
        MovePageAction(page, parent.get_first_child(), pos="left", user=user).execute(
            skip_permission_checks=True
        )
    else:
        MovePageAction(page, parent, pos="last-child", user=user).execute(
            skip_permission_checks=True
        )
    for page_id, revision_id in sorted(item.live_revisions.items(), key=lambda pair: int(pair[0])):
        revision = Revision.page_revisions.filter(pk=revision_id).first() if revision_id else None
        if revision is None:
            target = Page.objects.get(pk=int(page_id)).specific
            revision = target.save_revision(user=user, log_action=False)
        revision.publish(user=user)
    item.delete()
    return Page.objects.get(pk=page.pk).specific


@transaction.atomic
def delete_for_good(item, user=None):
    """Delete a trashed page and its subpages with their revisions."""
    page = Page.objects.get(pk=item.page_id).specific
    DeletePageAction(page, user=user).execute(skip_permission_checks=True)


def expired(now=None):
    now = now or timezone.now()
    return TrashedPage.objects.filter(
        deleted_at__lt=now - datetime.timedelta(days=retention_days())
    )


def empty_expired(now=None) -> int:
    """Delete for good what has waited in the trash longer than the retention period."""
    count = 0
    for item in expired(now).select_related("page"):
        delete_for_good(item)
        count += 1
    return count
