"""Commenters' names and contacts are erased on request and after the retention period
(counted from the draft's closing); the comment text stays, signed "Người góp ý"."""

import datetime

from django.db.models import Q
from django.utils import timezone
from wagtail import hooks

from vnportal.core.privacy import (
    ERASE_EXPIRED_HOOK,
    ERASE_PERSON_HOOK,
    ERASED_NAME,
    normalised_phone,
    retention_days,
)

from .models import ANONYMOUS_NAME, Comment

LABEL = "góp ý dự thảo"


def _erase(comments) -> int:
    return comments.exclude(name=ERASED_NAME).update(
        name=ERASED_NAME, contact="", shown_name=ANONYMOUS_NAME
    )


@hooks.register(ERASE_PERSON_HOOK)
def erase_commenter(email: str = "", phone: str = "") -> tuple[str, int]:
    wanted = Q(pk__in=[])
    if email:
        wanted |= Q(contact__iexact=email)
    if phone:
        number = normalised_phone(phone)
        ids = [
            pk
            for pk, contact in Comment.objects.exclude(contact="").values_list("pk", "contact")
            if "@" not in contact and normalised_phone(contact) == number
        ]
        wanted |= Q(pk__in=ids)
    return LABEL, _erase(Comment.objects.filter(wanted))


@hooks.register(ERASE_EXPIRED_HOOK)
def erase_expired_commenters(today: datetime.date) -> tuple[str, int]:
    first_kept = today - datetime.timedelta(days=retention_days())
    limit = timezone.make_aware(datetime.datetime.combine(first_kept, datetime.time()))
    return LABEL, _erase(Comment.objects.filter(draft__closes_at__lt=limit))
