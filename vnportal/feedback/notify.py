"""E-mails of the "Hỏi đáp" app: the answer to the person who asked, and the handlers'
daily digest. Both go through Django's send_mail (the console backend in development).

What they may hold is narrow on purpose: the answer e-mail carries the question's title,
the answer and the tracking link, nothing of anyone else; the digest carries codes,
titles and due dates, no one's personal data.
"""

import logging

from django.conf import settings
from django.core.mail import send_mail
from django.template.loader import render_to_string
from django.urls import reverse

from .models import QuestionIndexPage
from .tracking import shown

logger = logging.getLogger(__name__)


def tracking_url(site):
    """The address of the site's status page (/hoi-dap/tra-cuu/)."""
    page = QuestionIndexPage.objects.live().filter(path__startswith=site.root_page.path).first()
    parts = page.get_url_parts() if page is not None else None
    if parts:
        _site_id, root_url, page_path = parts
        return f"{root_url}{page_path}tra-cuu/"
    return f"{site.root_url}/hoi-dap/tra-cuu/"


def _site_name(site):
    return site.site_name or site.hostname


def answer_sent(submission):
    """Tell the person their answer is ready, when they gave an e-mail address. Returns
    whether the e-mail was handed to the mail server."""
    if not submission.email:
        return False
    context = {
        "submission": submission,
        "code": shown(submission.tracking_code),
        "site_name": _site_name(submission.site),
        "tracking_url": tracking_url(submission.site),
    }
    subject = f"Trả lời câu hỏi {context['code']} – {context['site_name']}"
    body = render_to_string("feedback/email/answer.txt", context)
    try:
        send_mail(subject, body, settings.DEFAULT_FROM_EMAIL, [submission.email])
    except OSError:
        # The answer is saved and shown on the status page; the handler is told to call.
        logger.exception("answer e-mail for submission %s not sent", submission.pk)
        return False
    return True


def digest(user, sites):
    """One handler's digest: `sites` is [(site, overdue, due_soon)] with something in it."""
    context = {
        "user": user,
        "sites": [
            {"name": _site_name(site), "overdue": overdue, "due_soon": due_soon}
            for site, overdue, due_soon in sites
        ],
        "admin_url": settings.WAGTAILADMIN_BASE_URL + reverse("feedback_admin:index"),
    }
    count = sum(len(entry["overdue"]) + len(entry["due_soon"]) for entry in context["sites"])
    subject = f"Hỏi đáp: {count} câu hỏi quá hạn hoặc sắp đến hạn trả lời"
    body = render_to_string("feedback/email/digest.txt", context)
    send_mail(subject, body, settings.DEFAULT_FROM_EMAIL, [user.email])
