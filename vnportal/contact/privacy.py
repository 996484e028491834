"""Erasing contact messages (Personal Data Protection Law 91/2025/QH15).

A contact message is nothing but what one person wrote to be answered, so erasing it
deletes it. On a person's request (`manage.py erase_personal_data`) every message of their
e-mail or phone goes; every day (`manage.py erase_expired_personal_data`) the messages
older than `CONTACT_RETENTION_DAYS` (365 by default) go.
"""

import datetime

from django.conf import settings
from django.db.models import Q
from django.utils import timezone
from wagtail import hooks

from vnportal.core.privacy import ERASE_EXPIRED_HOOK, ERASE_PERSON_HOOK, normalised_phone

from . import actions
from .models import ContactMessage

LABEL = "thư liên hệ"
DEFAULT_RETENTION_DAYS = 365


def retention_days() -> int:
    return int(getattr(settings, "CONTACT_RETENTION_DAYS", DEFAULT_RETENTION_DAYS))


def messages_of(email: str = "", phone: str = ""):
    condition = Q(pk__in=[])
    if email.strip():
        condition |= Q(email__iexact=email.strip())
    if phone.strip():
        wanted = normalised_phone(phone)
        ids = [
            pk
            for pk, stored in ContactMessage.objects.exclude(phone="").values_list("pk", "phone")
            if normalised_phone(stored) == wanted
        ]
        condition |= Q(pk__in=ids)
    return ContactMessage.objects.filter(condition)


def expired(today: datetime.date | None = None):
    today = today or timezone.localdate()
    first_kept = today - datetime.timedelta(days=retention_days())
    limit = timezone.make_aware(datetime.datetime.combine(first_kept, datetime.time()))
    return ContactMessage.objects.filter(created_at__lt=limit)


@hooks.register(ERASE_PERSON_HOOK)
def erase_person(email: str = "", phone: str = "") -> tuple[str, int]:
    return LABEL, actions.erase(messages_of(email, phone))


@hooks.register(ERASE_EXPIRED_HOOK)
def erase_expired(today: datetime.date | None = None) -> tuple[str, int]:
    return LABEL, actions.erase(expired(today))
