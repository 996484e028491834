"""Who sees and handles what is in the trash: the people who may add or publish pages
where a trashed page was (its site's staff), and superusers."""

from django.http import Http404
from wagtail.permission_policies.pages import PagePermissionPolicy

from .models import TrashedPage

policy = PagePermissionPolicy()


def items_for_user(user):
    """The trashed pages `user` may see: those whose former parent they may add pages
    under or publish pages in."""
    items = TrashedPage.objects.select_related("page", "site", "original_parent", "deleted_by")
    if user.is_superuser:
        return items
    places = policy.instances_user_has_any_permission_for(user, ["add", "publish"])
    return items.filter(original_parent__in=places.values("pk"))


def can_restore(user, item) -> bool:
    """Restoring publishes again what was live, so that takes the right to publish
    there; a page that was only a draft needs the right to add pages."""
    parent = item.original_parent
    if parent is None:
        return False
    needed = "publish" if item.live_revisions else "add"
    return policy.user_has_permission_for_instance(user, needed, parent)


def can_delete_for_good(user, item) -> bool:
    # Wagtail has no page "delete" permission: who may publish a page may delete it.
    parent = item.original_parent
    if parent is None:
        return user.is_superuser
    return policy.user_has_permission_for_instance(user, "publish", parent)


def item_for_user(user, pk) -> TrashedPage:
    item = items_for_user(user).filter(pk=pk).first()
    if item is None:
        raise Http404("Không có trang này trong Thùng rác của bạn.")
    return item


def may_use_trash(user) -> bool:
    return user.is_superuser or policy.user_has_any_permission(user, ["add", "publish"])
