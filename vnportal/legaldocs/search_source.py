"""The register in the Vietnamese search: a document is found by its number, summary,
full text and the text of its attachments, on the site that publishes it."""

import datetime

from django.utils import timezone
from wagtail import hooks

from .locate import IndexPages
from .models import LegalDocument

SOURCE = "document"
SOURCES_HOOK = "vnportal_search_sources"
# Attachments can be whole books; the index needs enough of them to be found by.
MAX_BODY = 500_000


def document_for_index(document, pages: IndexPages):
    """The document's IndexDocument, or None when readers cannot reach it."""
    from vnportal.search.documents import IndexDocument

    if not document.live:
        return None
    path = pages.document_path(document)
    if path is None:
        return None
    texts = [document.summary, document.full_text]
    texts += [attachment.text for attachment in document.attachments.all()]
    body = "\n".join(text for text in texts if text)[:MAX_BODY]
    issued = timezone.make_aware(datetime.datetime.combine(document.issued_on, datetime.time()))
    return IndexDocument(
        source=SOURCE,
        object_id=document.pk,
        site_id=document.site_id,
        url_path=path,
        title=document.heading,
        body=body,
        kind=document.get_kind_display(),
        published_at=issued,
    )


def reindex(documents) -> None:
    """Write `documents` as they are now; hidden or unreachable ones go out."""
    from vnportal.search import indexing

    pages = IndexPages()
    documents = list(documents)
    indexing.remove(SOURCE, [document.pk for document in documents])
    found = [document_for_index(document, pages) for document in documents]
    indexing.index_documents([found_one for found_one in found if found_one is not None])


@hooks.register(SOURCES_HOOK)
def all_documents():
    pages = IndexPages()
    documents = LegalDocument.objects.public().prefetch_related("attachments").order_by("pk")
    for document in documents.iterator(chunk_size=500):
        indexed = document_for_index(document, pages)
        if indexed is not None:
            yield indexed
