"""`page` and `page_size`, and the envelope every list answers with."""

import math

from .errors import NotFoundError
from .params import Params

DEFAULT_PAGE_SIZE = 20
MAX_PAGE_SIZE = 100
MAX_PAGE = 10**6


def read_paging(params: Params):
    page = params.integer("page", 1, MAX_PAGE)
    size = params.integer("page_size", 1, MAX_PAGE_SIZE)
    return page or 1, size or DEFAULT_PAGE_SIZE


def paginate(request, queryset, page, size):
    """(items of the page, envelope without results); 404 past the last page."""
    count = queryset.count()
    pages = max(1, math.ceil(count / size))
    if page > pages:
        raise NotFoundError(f"Trang {page} không tồn tại; danh sách có {pages} trang.")
    items = list(queryset[(page - 1) * size : page * size])
    envelope = {
        "count": count,
        "next": _page_url(request, page + 1, size) if page < pages else None,
        "previous": _page_url(request, page - 1, size) if page > 1 else None,
    }
    return items, envelope


def _page_url(request, page, size):
    query = request.GET.copy()
    query["page"] = str(page)
    if "page_size" in query:
        query["page_size"] = str(size)
    return request.build_absolute_uri(f"{request.path}?{query.urlencode()}")
