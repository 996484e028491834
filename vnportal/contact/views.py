"""The public "Liên hệ" page: the site's contacts and the form, served by ContactPage.

After a message is saved the browser is redirected (so reloading does not send it twice)
to the page with `?da-gui=1`, which shows the reference kept for it in the session.
"""

import logging

from django.http import HttpResponseRedirect
from django.template.response import TemplateResponse
from django.utils.cache import add_never_cache_headers

from vnportal.core.client_address import client_address

from . import actions, privacy, ratelimit
from .forms import ContactForm

logger = logging.getLogger(__name__)

SENT_PARAM = "da-gui"
SENT_KEY = "contact_sent"

NOT_SAVED = (
    "Thư của bạn CHƯA được gửi do sự cố hệ thống. Nội dung bạn đã nhập vẫn còn trong các "
    "ô bên dưới; vui lòng bấm “Gửi” lại sau ít phút."
)
TOO_MANY = (
    "Đã có nhiều thư được gửi từ máy của bạn hoặc với thư điện tử, số điện thoại này trong "
    "thời gian ngắn, nên thư này CHƯA được gửi. Nội dung bạn đã nhập vẫn còn trong các ô "
    "bên dưới; vui lòng gửi lại sau."
)
FIX_FIELDS = "Thư chưa được gửi: vui lòng sửa các ô được đánh dấu bên dưới."


def _private(response):
    # The receipt and a form sent back carry the person's own data.
    add_never_cache_headers(response)
    response["Cache-Control"] += ", private"
    return response


def _render(request, page, form, status=200, notice="", sent=None):
    response = TemplateResponse(
        request,
        "contact/contact_page.html",
        {
            "page": page,
            "self": page,
            "form": form,
            "notice": notice,
            "sent": sent,
            "retention_days": privacy.retention_days(),
        },
        status=status,
    )
    return _private(response) if form.is_bound or sent else response


def contact_page(request, page):
    site = page.get_site()
    if request.method == "POST":
        return _receive(request, page, site)
    if SENT_PARAM in request.GET:
        sent = request.session.get(SENT_KEY)
        if sent and sent.get("site") == site.pk:
            return _render(request, page, ContactForm(), sent=sent)
        return HttpResponseRedirect(page.get_url(request))
    return _render(request, page, ContactForm())


def _receive(request, page, site):
    form = ContactForm(request.POST)
    address = client_address(request)
    if not form.is_valid():
        return _render(request, page, form, notice=FIX_FIELDS)
    if form.honeypot_filled:
        # A script: it sees the receipt a person would, and nothing is saved or mailed.
        ratelimit.count(address, [])
        return _redirect_sent(request, page, site, actions.new_reference(), form)
    contacts = form.contacts()
    if ratelimit.refused(address, contacts):
        return _render(request, page, form, status=429, notice=TOO_MANY)
    try:
        message = actions.receive_message(site, form.message_fields(), page=page)
    except actions.NotSavedError:
        logger.exception("A contact message to site %s could not be saved", site.pk)
        return _render(request, page, form, status=503, notice=NOT_SAVED)
    ratelimit.count(address, contacts)
    return _redirect_sent(request, page, site, message.reference, form)


def _redirect_sent(request, page, site, reference, form):
    request.session[SENT_KEY] = {
        "site": site.pk,
        "reference": actions.shown(reference),
        "subject": form.cleaned_data["subject"],
    }
    return HttpResponseRedirect(f"{page.get_url(request)}?{SENT_PARAM}=1")
