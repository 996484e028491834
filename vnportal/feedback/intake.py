"""Receiving a submission: saved whole, in one transaction, before "đã tiếp nhận".

The files are written first and the rows after, inside the transaction; if anything
fails (database down, disk full) the files written are removed and the caller tells the
person that nothing was saved.
"""

import dataclasses

from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.db import IntegrityError, transaction
from django.utils import timezone

from . import tracking, workdays
from .models import Event, Submission, SubmissionFile

CODE_ATTEMPTS = 5


@dataclasses.dataclass(frozen=True)
class CheckedFile:
    """An upload already accepted by its content (uploads.py)."""

    name: str
    kind: str
    data: bytes
    extension: str


class NotSavedError(Exception):
    """Nothing of the submission was saved."""


def receive(site, fields: dict, files: list[CheckedFile] = ()) -> Submission:
    """Save a submission from the public form's cleaned `fields` (name, phone, email,
    address, commune, field, title, content, may_publish, kind)."""
    now = timezone.now()
    written = []
    try:
        with transaction.atomic():
            submission = Submission(
                site=site,
                consented_at=now,
                received_at=now,
                due_on=workdays.due_date(timezone.localdate(now), fields["field"].due_working_days),
                **fields,
            )
            save_with_new_code(submission)
            for order, checked in enumerate(files, start=1):
                stored = default_storage.save(
                    f"phan-anh/{now:%Y/%m}/{submission.tracking_code}-{order}{checked.extension}",
                    ContentFile(checked.data),
                )
                written.append(stored)
                SubmissionFile.objects.create(
                    submission=submission,
                    file=stored,
                    name=checked.name[:255],
                    kind=checked.kind,
                    size=len(checked.data),
                )
            Event.objects.create(submission=submission, action=Event.Action.RECEIVED)
    except Exception as error:
        for stored in written:
            try:
                default_storage.delete(stored)
            except OSError:
                pass
        raise NotSavedError(str(error)) from error
    return submission


def save_with_new_code(submission):
    """Save a new submission under a fresh tracking code, drawing again on a clash."""
    for attempt in range(CODE_ATTEMPTS):
        submission.tracking_code = tracking.new_code()
        try:
            with transaction.atomic():
                submission.save()
            return
        except IntegrityError:
            if attempt == CODE_ATTEMPTS - 1:
                raise
