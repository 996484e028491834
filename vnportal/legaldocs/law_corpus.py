"""Register laws given as records of the shared legal corpus (one JSON object per law:
`number`, `type`, `issuing_body`, `date`, `title`, `summary`, `text`, `source_url`).

What the records lack is read from the law's own text (vntext.lawtext): the day it takes
effect, the day it was passed when the header had no date, and the laws it ends, which
become relations so that the ended laws show "Hết hiệu lực".
"""

import dataclasses
import datetime

from django.db import transaction

from vnportal.vntext import normalize
from vnportal.vntext.docnumber import DocumentNumberError, parse
from vnportal.vntext.lawtext import adoption_date, ended_documents, entry_into_force

from .models import DocumentKind, DocumentRelation, IssuingBody, LegalDocument, RelationKind


@dataclasses.dataclass
class Loaded:
    documents: list = dataclasses.field(default_factory=list)
    skipped: list = dataclasses.field(default_factory=list)  # (record id, reason)


def load_laws(site, records) -> Loaded:
    loaded = Loaded()
    with transaction.atomic():
        for record in records:
            try:
                loaded.documents.append(_load(site, record))
            except DocumentNumberError as error:
                loaded.skipped.append((record.get("id"), error.reason))
            except ValueError as error:
                loaded.skipped.append((record.get("id"), str(error)))
    return loaded


def _load(site, record):
    if not record.get("number"):
        raise ValueError("Không có số, ký hiệu.")
    number = parse(record["number"])
    text = normalize(record.get("text") or "")
    issued = _date(record.get("date")) or adoption_date(text)
    if issued is None:
        raise ValueError("Không có ngày ban hành.")
    effective = entry_into_force(text)
    if effective is not None and effective < issued:
        effective = None
    kind = DocumentKind.from_name(record.get("type")) or DocumentKind.LUAT
    body, _ = IssuingBody.objects.get_or_create(name=record.get("issuing_body") or "Quốc hội")
    title = normalize(record.get("title") or "") or f"{kind.label} số {number.canonical}"
    document = LegalDocument.objects.filter(
        site=site, number_key=number.key, year=issued.year
    ).first() or LegalDocument(site=site)
    document.number = number.canonical
    document.kind = kind
    document.issuing_body = body
    document.title = title[:1000]
    document.summary = normalize(record.get("summary") or "")
    document.full_text = text
    document.issued_on = issued
    document.effective_from = effective
    document.source_url = record.get("source_url") or ""
    document.relations = [
        DocumentRelation(
            kind=RelationKind.REPEALS_PART if ended.partial else RelationKind.REPLACES,
            target_number=ended.number,
        )
        for ended in ended_documents(text, number.canonical)
    ]
    document.save()
    return document


def _date(value):
    return datetime.date.fromisoformat(value) if value else None
