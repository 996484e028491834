"""Store a document's files: accepted by their content (files/), renamed to what they
are, text extracted for the search index.

The stored name is the document's slug plus a short content hash and the extension of
the kind found, never the uploader's name: a file named `x.pdf.html` cannot reach the
disk as HTML, and two uploads of the same name cannot overwrite each other.
"""

import hashlib

from django.core.files.base import ContentFile
from django.db import transaction

from .files import FileRejected, inspect
from .models import Attachment

__all__ = ["FileRejected", "attach", "check", "fill_from_upload"]


def check(data: bytes, filename: str = ""):
    """The inspection of an upload; raises FileRejected (reason in Vietnamese)."""
    return inspect(data, filename)


def display_name(filename: str, extension: str) -> str:
    stem = (filename or "").rsplit("/", 1)[-1].rsplit("\\", 1)[-1]
    stem = stem.rsplit(".", 1)[0] if "." in stem else stem
    return f"{stem.strip()[:200] or 'tep-dinh-kem'}{extension}"


def attach(document, data: bytes, filename: str = "", inspection=None, name: str = ""):
    """Add a file to `document` (saved) and return the Attachment; FileRejected when the
    file is refused. The file is written before the row, inside the transaction, so no
    row ever points at a file that is not there."""
    inspection = inspection or inspect(data, filename)
    attachment = Attachment(document=document, name=name, sort_order=document.attachments.count())
    fill_from_upload(attachment, document, inspection, filename)
    with transaction.atomic():
        attachment.save()
    return attachment


def fill_from_upload(attachment, document, inspection, filename: str = ""):
    """Give an unsaved `attachment` of `document` the file and facts of an accepted upload,
    named as attach() names it; for a form that saves the row itself (the admin's inline
    panel). `document` must have its slug already (numbering.fill_number_fields)."""
    digest = hashlib.sha256(inspection.data).hexdigest()
    stored = f"{document.slug}-{digest[:10]}{inspection.extension}"
    attachment.file = ContentFile(inspection.data, name=stored)
    attachment.name = attachment.name or display_name(filename, inspection.extension)
    attachment.kind = inspection.kind
    attachment.size = len(inspection.data)
    attachment.sha256 = digest
    attachment.text = inspection.text
    attachment.notices = "\n".join(inspection.flags)
    return attachment
