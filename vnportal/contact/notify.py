"""The e-mail that carries a contact message to the site's contact address.

It goes after the message is committed, so nobody is mailed about a message the database
lost; a mail server that refuses it is logged and leaves `mailed_at` empty, and the
message still waits in the admin.
"""

import logging

from django.conf import settings
from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.utils import timezone

from vnportal.core.models import SiteSettings

logger = logging.getLogger(__name__)


def recipient(site, page=None) -> str:
    """The page's own address when an editor set one, otherwise the site's."""
    if page is not None and page.contact_email:
        return page.contact_email
    portal = SiteSettings.objects.filter(site=site).only("email").first()
    return portal.email if portal is not None else ""


def message_received(message, to: str) -> bool:
    """Mail `message` to `to`; returns whether the mail server took it."""
    if not to:
        logger.warning(
            "site %s has no contact e-mail; message %s not mailed", message.site_id, message.pk
        )
        return False
    site_name = message.site.site_name or message.site.hostname
    body = render_to_string(
        "contact/email/message.txt",
        {
            "message": message,
            "site_name": site_name,
            "sent_at": timezone.localtime(message.created_at),
        },
    )
    mail = EmailMessage(
        subject=f"[{site_name}] Thư liên hệ {message.reference}: {message.subject}",
        body=body,
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=[to],
        # The governing body answers the person by replying to the e-mail.
        reply_to=[message.email] if message.email else None,
    )
    try:
        mail.send()
    except OSError:
        logger.exception("contact message %s not mailed", message.pk)
        return False
    type(message).objects.filter(pk=message.pk).update(mailed_at=timezone.now())
    return True
