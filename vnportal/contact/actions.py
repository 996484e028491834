"""Saving and erasing contact messages, with their side effects."""

import functools
import secrets

from django.db import DatabaseError, IntegrityError, transaction
from django.utils import timezone

from . import notify
from .models import ContactMessage

# No 0/O, 1/I/L: a reference is read out over the phone.
ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"
REFERENCE_LENGTH = 8
ATTEMPTS = 5


class NotSavedError(Exception):
    """Nothing of the message was saved."""


def new_reference() -> str:
    return "".join(secrets.choice(ALPHABET) for _ in range(REFERENCE_LENGTH))


def shown(reference: str) -> str:
    return f"{reference[:4]}-{reference[4:]}"


def receive_message(site, fields: dict, page=None) -> ContactMessage:
    """Save a message from the form's cleaned `fields`, then mail it to the site's contact
    address once the transaction has committed. Raises NotSavedError when the database
    refused it."""
    to = notify.recipient(site, page)
    message = _save(site, fields)
    transaction.on_commit(functools.partial(notify.message_received, message, to))
    return message


def _save(site, fields):
    now = timezone.now()
    for _ in range(ATTEMPTS):
        try:
            with transaction.atomic():
                return ContactMessage.objects.create(
                    site=site,
                    reference=new_reference(),
                    consented_at=now,
                    created_at=now,
                    **fields,
                )
        except IntegrityError:
            continue  # the reference was taken; draw another
        except DatabaseError as error:
            raise NotSavedError from error
    raise NotSavedError("no free reference")


def erase(messages) -> int:
    """Delete messages with the personal data in them; returns how many."""
    count, _ = messages.delete()
    return count
