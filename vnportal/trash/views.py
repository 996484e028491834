"""The "Thùng rác" admin screen: the list, "Khôi phục" and "Xóa vĩnh viễn"."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils import timezone
from django.views.decorators.http import require_POST

from . import access, actions

LIST_LIMIT = 500


def _local(value):
    return timezone.localtime(value).strftime("%H:%M %d/%m/%Y")


def index(request):
    if not access.may_use_trash(request.user):
        raise PermissionDenied
    rows = []
    for item in access.items_for_user(request.user)[:LIST_LIMIT]:
        rows.append(
            {
                "item": item,
                "deleted_at": _local(item.deleted_at),
                "expires_on": timezone.localtime(item.expires_at).strftime("%d/%m/%Y"),
                "where": item.original_url_path,
                "site": (item.site.site_name or item.site.hostname) if item.site else "",
                "by": (item.deleted_by.get_full_name() or item.deleted_by.get_username())
                if item.deleted_by
                else "",
                "can_restore": access.can_restore(request.user, item),
                "can_delete": access.can_delete_for_good(request.user, item),
                "problem": actions.restore_problem(item),
            }
        )
    return TemplateResponse(
        request,
        "trash/index.html",
        {"rows": rows, "retention_days": actions.retention_days()},
    )


@require_POST
def restore(request, pk):
    item = access.item_for_user(request.user, pk)
    if not access.can_restore(request.user, item):
        raise PermissionDenied
    try:
        page = actions.restore_page(item, user=request.user)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(request, f"Đã khôi phục trang “{page.title}” về chỗ cũ.")
    return redirect("trash:index")


@require_POST
def delete_for_good(request, pk):
    item = access.item_for_user(request.user, pk)
    if not access.can_delete_for_good(request.user, item):
        raise PermissionDenied
    title = item.title
    actions.delete_for_good(item, user=request.user)
    messages.success(request, f"Đã xóa vĩnh viễn trang “{title}”.")
    return redirect("trash:index")
