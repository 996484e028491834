"""What readers and citizens get while the database is unreachable.

Cached pages need no database (vnportal/core/pagecache.py), so they keep being served.
Everything else that fails with a database error (`OperationalError`, `InterfaceError`:
the server is down, restarting, refusing connections, or SQLite is locked past its
timeout) gets, instead of the generic 500 page:

- a GET or HEAD: the Vietnamese maintenance page, status 503 with `Retry-After`;
- a POST (a question, a comment on a draft, a contact message, …): status 503, saying in
  plain words that nothing was saved, with what the person typed back in a minimal form
  that posts to the same address, so they can send it again later;
- the open data API: a JSON 503.

An upload whose file cannot be written (disk full, I/O error, read-only disk) gets a
plain 507 page saying so and that nothing was saved; `storage.AtomicFileSystemStorage`
makes sure no half-written file is left behind.

None of these touches the database: the templates are rendered without a request, so no
context processor (site settings, menus, the signed-in user) runs.

Errors in a view (or in rendering its template) reach `process_exception`. Errors in
another middleware (the page cache looking up a host it no longer remembers, the former
hosts list, a session) never reach it: Django turns them into a 500 response on the
spot. For those, `got_request_exception` marks the request, and `__call__`, which wraps
every other middleware but SecurityMiddleware, swaps the 500 for the 503.
"""

import errno
import logging
import sys

from django.core.signals import got_request_exception
from django.db import InterfaceError, OperationalError
from django.http import HttpResponse, JsonResponse
from django.middleware.csrf import get_token
from django.template.loader import render_to_string
from django.utils.cache import add_never_cache_headers

logger = logging.getLogger(__name__)

DATABASE_ERRORS = (OperationalError, InterfaceError)
RETRY_AFTER_SECONDS = 120
API_PREFIX = "/api/"
MARK = "_vnportal_database_unavailable"

NOT_SAVED = (
    "Chưa lưu được nội dung bạn gửi vì hệ thống đang bảo trì. Nội dung bạn đã nhập vẫn còn "
    "ở dưới đây; vui lòng gửi lại sau ít phút."
)
FILES_AGAIN = (
    "Tệp đính kèm chưa được lưu: khi gửi lại, vui lòng chọn lại tệp ở các ô chọn tệp bên dưới."
)
NOT_STORED = (
    "Không lưu được tệp tải lên vì ổ đĩa của máy chủ đã đầy hoặc gặp lỗi khi ghi. Chưa có gì "
    "được lưu. Vui lòng báo cho quản trị kỹ thuật và thử lại sau."
)
# Writing an upload failed for a reason the person cannot fix by changing the file.
STORAGE_ERRNOS = {errno.ENOSPC, errno.EDQUOT, errno.EIO, errno.EROFS, errno.EFBIG}
API_UNAVAILABLE = "Dịch vụ dữ liệu mở đang tạm gián đoạn do bảo trì; vui lòng thử lại sau."

# The text fields of the public forms (feedback, comments on drafts, contact, survey),
# shown to the person again under these labels. Other posted fields (choices, consent,
# the spam checks) go back as they came, hidden.
TEXT_LABELS = {
    "name": "Họ và tên",
    "phone": "Số điện thoại",
    "email": "Thư điện tử",
    "contact": "Thư điện tử hoặc số điện thoại",
    "address": "Địa chỉ",
    "title": "Tiêu đề",
    "subject": "Tiêu đề",
    "content": "Nội dung",
    "message": "Nội dung",
    "comment": "Ý kiến",
}
LONG_TEXT = {"content", "message", "comment"}
NOT_RESENT = {"csrfmiddlewaretoken"}


def is_database_error(error) -> bool:
    return isinstance(error, DATABASE_ERRORS)


def _no_store(response):
    add_never_cache_headers(response)
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    return response


def unavailable_response(request):
    """The 503 answer for a request that needed the database while it is down."""
    if request.path.startswith(API_PREFIX):
        response = JsonResponse({"detail": API_UNAVAILABLE}, status=503)
    elif request.method == "POST":
        response = HttpResponse(
            render_to_string("outage/not_saved.html", _resend_context(request)), status=503
        )
    else:
        response = HttpResponse(render_to_string("outage/maintenance.html"), status=503)
    return _no_store(response)


def _resend_context(request):
    shown, hidden = [], []
    for name, values in request.POST.lists():
        if name in NOT_RESENT:
            continue
        label = TEXT_LABELS.get(name)
        if label is not None and len(values) == 1:
            shown.append(
                {"name": name, "label": label, "value": values[0], "long": name in LONG_TEXT}
            )
        else:
            hidden.extend({"name": name, "value": value} for value in values)
    return {
        "action": request.get_full_path(),
        "csrf_token": get_token(request),
        "notice": NOT_SAVED,
        "shown": shown,
        "hidden": hidden,
        "file_fields": list(request.FILES.keys()),
        "files_again": FILES_AGAIN if request.FILES else "",
    }


def is_storage_error(error) -> bool:
    return isinstance(error, OSError) and error.errno in STORAGE_ERRNOS


def storage_failed_response(request):
    """The answer to an upload whose file could not be written (disk full, I/O error)."""
    if request.headers.get("X-Requested-With") == "XMLHttpRequest":
        # The admin's multiple upload shows `error_message` beside the file.
        response = JsonResponse({"success": False, "error_message": NOT_STORED}, status=507)
    else:
        response = HttpResponse(
            render_to_string("outage/not_stored.html", {"notice": NOT_STORED}), status=507
        )
    add_never_cache_headers(response)
    return response


def _mark(sender, request=None, **kwargs):
    error = sys.exc_info()[1]
    if request is not None and is_database_error(error):
        setattr(request, MARK, True)


def connect():
    got_request_exception.connect(_mark, dispatch_uid="outage-mark-database-error")


class DatabaseUnavailableMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        try:
            response = self.get_response(request)
        except DATABASE_ERRORS:
            # The 500 handler itself needed the database and failed.
            logger.exception("Database unavailable for %s %s", request.method, request.path)
            return unavailable_response(request)
        if getattr(request, MARK, False) and response.status_code >= 500:
            return unavailable_response(request)
        return response

    def process_exception(self, request, exception):
        if is_storage_error(exception):
            logger.error(
                "Upload not stored for %s %s",
                request.method,
                request.path,
                exc_info=(type(exception), exception, exception.__traceback__),
            )
            return storage_failed_response(request)
        if not is_database_error(exception):
            return None
        logger.error(
            "Database unavailable for %s %s",
            request.method,
            request.path,
            exc_info=(type(exception), exception, exception.__traceback__),
        )
        return unavailable_response(request)
