"""Deleting a page in the admin moves it to the trash; the "Thùng rác" menu item."""

from django.shortcuts import redirect
from django.urls import include, path, reverse
from wagtail import hooks
from wagtail.admin import messages
from wagtail.admin.menu import MenuItem
from wagtail.admin.utils import get_valid_next_url_from_request
from wagtail.admin.views.pages.utils import type_to_delete_confirmation
from wagtail.models import Page, ReferenceIndex

from . import access, actions, views
from .models import retention_days

# After the hooks that refuse a deletion (archives, workflows): they answer first.
LATE = 100


def _moved_message(request, pages):
    titles = ", ".join(f"“{page.get_admin_display_title()}”" for page in pages)
    messages.success(
        request,
        f"Đã chuyển {titles} vào Thùng rác. Có thể khôi phục trong {retention_days()} ngày.",
        buttons=[messages.button(reverse("trash:index"), "Mở Thùng rác")],
    )


@hooks.register("before_delete_page", order=LATE)
def move_to_trash_instead_of_deleting(request, page):
    if request.method != "POST" or actions.in_trash(page):
        # The confirmation page shows as usual; a page already in the trash is deleted.
        return None
    if ReferenceIndex.get_references_to(page).group_by_source_object().is_protected:
        return None  # Wagtail refuses it
    if not type_to_delete_confirmation(request):
        return None  # Wagtail asks again for the site name
    parent_id = page.get_parent().pk
    actions.trash_page(page, user=request.user)
    _moved_message(request, [page])
    return redirect(
        get_valid_next_url_from_request(request)
        or reverse("wagtailadmin_explore", args=[parent_id])
    )


@hooks.register("before_bulk_action", order=LATE)
def bulk_delete_to_trash(request, action_type, objects, action_class_instance):
    if action_type != "delete":
        return None
    if not any(issubclass(model, Page) for model in getattr(action_class_instance, "models", ())):
        return None
    pages = [page for page in objects if not actions.in_trash(page)]
    # A page whose ancestor is trashed in the same action travels with it.
    paths = sorted(page.path for page in pages)
    tops = [
        page
        for page in pages
        if not any(page.path != other and page.path.startswith(other) for other in paths)
    ]
    for page in tops:
        actions.trash_page(page, user=request.user)
    _moved_message(request, tops)
    return redirect(get_valid_next_url_from_request(request) or reverse("trash:index"))


@hooks.register("register_admin_urls")
def trash_urls():
    patterns = [
        path("", views.index, name="index"),
        path("<int:pk>/khoi-phuc/", views.restore, name="restore"),
        path("<int:pk>/xoa-vinh-vien/", views.delete_for_good, name="delete"),
    ]
    return [path("thung-rac/", include((patterns, "trash"), namespace="trash"))]


class TrashMenuItem(MenuItem):
    def is_shown(self, request):
        return access.may_use_trash(request.user)


@hooks.register("register_admin_menu_item")
def trash_menu_item():
    return TrashMenuItem("Thùng rác", reverse("trash:index"), icon_name="bin", order=10000)
