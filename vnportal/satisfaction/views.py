"""The public survey page, served by SatisfactionPage.

Nothing here writes a cookie or a session: a sent answer is acknowledged through a query
parameter, so the answer and the person never meet anywhere but in their own browser.
"""

import logging

from django.db import DatabaseError, transaction
from django.http import HttpResponseRedirect
from django.template.response import TemplateResponse
from django.utils import timezone

from vnportal.core.client_address import client_address

from . import once, queries
from .forms import SatisfactionForm
from .models import Rating

logger = logging.getLogger(__name__)

THANKS_PARAM = "da-danh-gia"
ALREADY = (
    "Hôm nay đã có một đánh giá được gửi từ máy của bạn, nên đánh giá này chưa được ghi "
    "nhận. Mỗi máy được đánh giá một lần mỗi ngày; xin mời bạn đánh giá lại vào ngày mai."
)
NOT_SAVED = (
    "Đánh giá của bạn CHƯA được ghi nhận do sự cố hệ thống. Lựa chọn của bạn vẫn còn bên "
    "dưới; vui lòng bấm “Gửi đánh giá” lại sau ít phút."
)
FIX_FIELDS = "Đánh giá chưa được gửi: vui lòng sửa các mục được đánh dấu bên dưới."


def _render(request, page, form, status=200, notice="", thanks=False):
    site = page.get_site()
    return TemplateResponse(
        request,
        "satisfaction/satisfaction_page.html",
        {
            "page": page,
            "self": page,
            "form": form,
            "notice": notice,
            "thanks": thanks,
            "results": queries.results(site, timezone.localdate()),
        },
        status=status,
    )


def satisfaction_page(request, page):
    if request.method == "POST":
        return _receive(request, page)
    return _render(request, page, SatisfactionForm(), thanks=THANKS_PARAM in request.GET)


def _receive(request, page):
    site = page.get_site()
    form = SatisfactionForm(request.POST)
    if not form.is_valid():
        return _render(request, page, form, notice=FIX_FIELDS)
    address = client_address(request)
    if once.answered_today(site, address):
        return _render(request, page, form, status=429, notice=ALREADY)
    try:
        with transaction.atomic():
            Rating.objects.create(site=site, **form.rating_fields())
    except DatabaseError:
        logger.exception("A satisfaction rating for site %s could not be saved", site.pk)
        return _render(request, page, form, status=503, notice=NOT_SAVED)
    once.remember(site, address)
    # The results table is on a page that is never cached (it carries the form's CSRF
    # token), so there is no cached copy to purge.
    return HttpResponseRedirect(f"{page.get_url(request)}?{THANKS_PARAM}=1#ket-qua")
