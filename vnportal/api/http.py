"""The wrapper every API view goes through: methods, rate limit, JSON, validators.

A view returns `Payload(data, last_modified)`; the wrapper serialises it, adds an ETag
(a hash of the body, so it changes exactly when what a client receives changes) and
Last-Modified when the view knows it, and answers 304 to a client that already has it.
"""

import datetime
import hashlib
import json
from dataclasses import dataclass
from functools import wraps

from django.http import HttpResponse
from django.utils.http import http_date, parse_http_date_safe

from . import ratelimit
from .errors import ApiError

CONTENT_TYPE = "application/json; charset=utf-8"
SAFE_METHODS = ("GET", "HEAD", "OPTIONS")


@dataclass
class Payload:
    data: object
    last_modified: datetime.datetime | None = None


def json_response(data, status=200) -> HttpResponse:
    body = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return HttpResponse(body.encode(), status=status, content_type=CONTENT_TYPE)


def error_response(error: ApiError) -> HttpResponse:
    return json_response(error.body(), status=error.status)


def _etag_matches(header: str, etag: str) -> bool:
    wanted = etag.removeprefix("W/")
    for candidate in header.split(","):
        candidate = candidate.strip()
        if candidate == "*" or candidate.removeprefix("W/") == wanted:
            return True
    return False


def _not_modified(request, etag: str, last_modified: int | None) -> bool:
    if_none_match = request.headers.get("If-None-Match")
    if if_none_match is not None:
        # RFC 9110: If-Modified-Since is ignored when If-None-Match is sent.
        return _etag_matches(if_none_match, etag)
    since = parse_http_date_safe(request.headers.get("If-Modified-Since", ""))
    return since is not None and last_modified is not None and last_modified <= since


def _finish(request, payload: Payload) -> HttpResponse:
    response = json_response(payload.data)
    etag = '"' + hashlib.sha256(response.content).hexdigest()[:32] + '"'
    last_modified = None
    if payload.last_modified is not None:
        last_modified = int(payload.last_modified.timestamp())
    if _not_modified(request, etag, last_modified):
        response = HttpResponse(status=304)
    response["ETag"] = etag
    if last_modified is not None:
        response["Last-Modified"] = http_date(last_modified)
    return response


def _options_response() -> HttpResponse:
    response = HttpResponse(status=204)
    response["Allow"] = ", ".join(SAFE_METHODS)
    return response


def api_view(view):
    @wraps(view)
    def wrapped(request, *args, **kwargs):
        if request.method not in SAFE_METHODS:
            response = error_response(
                ApiError(405, "API chỉ cho phép đọc dữ liệu (GET, HEAD, OPTIONS).")
            )
            response["Allow"] = ", ".join(SAFE_METHODS)
            return response
        if request.method == "OPTIONS":
            return _options_response()
        wait = ratelimit.seconds_to_wait(request)
        if wait:
            response = error_response(
                ApiError(
                    429,
                    f"Bạn đã gửi quá nhiều yêu cầu. Vui lòng thử lại sau {wait} giây.",
                )
            )
            response["Retry-After"] = str(wait)
            return response
        try:
            payload = view(request, *args, **kwargs)
        except ApiError as error:
            return error_response(error)
        response = _finish(request, payload)
        response["Cache-Control"] = "public, max-age=60"
        return response

    # No session, no state: a cross-site POST has nothing to forge, and must get the
    # API's 405 rather than the CSRF failure page.
    wrapped.csrf_exempt = True
    return wrapped
