"""Erasing a person's data (Personal Data Protection Law 91/2025/QH15).

Erasure blanks the name, phone, e-mail and address of a submission and deletes its files;
the question and the answer stay, anonymised, with the field, commune and dates the
statistics count. On request, `erase_person` erases every submission of one phone or
e-mail; after the retention period (`FEEDBACK_RETENTION_DAYS`, counted from the answer,
or from receipt when never answered), `erase_expired` erases the rest.
"""

import datetime

from django.db import transaction
from django.db.models import Q
from django.utils import timezone
from wagtail import hooks

from vnportal.core.privacy import (
    ERASE_EXPIRED_HOOK,
    ERASE_PERSON_HOOK,
    ERASED_NAME,
    retention_days,
)
from vnportal.core.privacy import normalised_phone as _normalised_phone

from .models import Event, Submission

LABEL = "câu hỏi, phản ánh"


def submissions_of(email: str = "", phone: str = ""):
    condition = Q(pk__in=[])
    if email.strip():
        condition |= Q(email__iexact=email.strip())
    if phone.strip():
        wanted = _normalised_phone(phone)
        ids = [
            pk
            for pk, stored in Submission.objects.exclude(phone="").values_list("pk", "phone")
            if _normalised_phone(stored) == wanted
        ]
        condition |= Q(pk__in=ids)
    return Submission.objects.filter(condition, erased_at=None)


def erase(submissions, actor=None, reason: str = "") -> int:
    """Erase the personal data of `submissions`; returns how many were erased."""
    count = 0
    for submission in submissions.select_related(None):
        with transaction.atomic():
            files = list(submission.files.all())
            submission.name = ERASED_NAME
            submission.phone = submission.email = submission.address = ""
            submission.erased_at = timezone.now()
            submission.save(update_fields=["name", "phone", "email", "address", "erased_at"])
            for attached in files:
                attached.file.delete(save=False)
                attached.delete()
            Event.objects.create(
                submission=submission, actor=actor, action=Event.Action.ERASED, detail=reason
            )
        count += 1
    return count


@hooks.register(ERASE_PERSON_HOOK)
def erase_person(email: str = "", phone: str = "") -> tuple[str, int]:
    return LABEL, erase(submissions_of(email, phone), None, "Theo yêu cầu của người gửi.")


def expired(today: datetime.date | None = None):
    today = today or timezone.localdate()
    first_kept = today - datetime.timedelta(days=retention_days())
    limit = timezone.make_aware(datetime.datetime.combine(first_kept, datetime.time()))
    return Submission.objects.filter(erased_at=None).filter(
        Q(answered_at__lt=limit) | Q(answered_at=None, received_at__lt=limit)
    )


@hooks.register(ERASE_EXPIRED_HOOK)
def erase_expired(today: datetime.date | None = None) -> tuple[str, int]:
    return LABEL, erase(expired(today), None, "Hết thời hạn lưu trữ dữ liệu cá nhân.")
