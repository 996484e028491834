"""Keep the dates a document's status is computed from in step with its relations.

A document that replaces or repeals another ends it on the day the newer one takes
effect; one that amends it or repeals part of it ends part of it on that day. These days
are stored on the older document (`ends_on`, `partly_ends_on`), so that filtering 100,000
documents by status is a comparison of indexed dates with today.
"""

from .models import ENDING_KINDS, PARTLY_ENDING_KINDS, DocumentRelation, LegalDocument


def _earliest(relations):
    dates = [doc.starts_on for doc in relations]
    return min(dates) if dates else None


def derive_dates(document: LegalDocument) -> None:
    """Set `ends_on`/`partly_ends_on` of `document` (not saved) from what points at it."""
    ending = partly = None
    if document.pk is not None:
        sources = {kind: [] for kind in (*ENDING_KINDS, *PARTLY_ENDING_KINDS)}
        incoming = DocumentRelation.objects.filter(
            target_id=document.pk, kind__in=list(sources)
        ).select_related("document")
        for relation in incoming:
            sources[relation.kind].append(relation.document)
        ending = _earliest([doc for kind in ENDING_KINDS for doc in sources[kind]])
        partly = _earliest([doc for kind in PARTLY_ENDING_KINDS for doc in sources[kind]])
    ends = [date for date in (document.expires_on, ending) if date is not None]
    document.ends_on = min(ends) if ends else None
    document.partly_ends_on = partly


def refresh(documents) -> None:
    """Recompute and store the derived dates of `documents` (a queryset or list)."""
    for document in documents:
        before = (document.ends_on, document.partly_ends_on)
        derive_dates(document)
        if (document.ends_on, document.partly_ends_on) != before:
            LegalDocument.objects.filter(pk=document.pk).update(
                ends_on=document.ends_on, partly_ends_on=document.partly_ends_on
            )


def link_waiting_relations(document: LegalDocument) -> bool:
    """Point relations that name this document's number, and wait for it, at it.

    A relation looks in its own site's register first: a commune's decision and the
    province's may share a number. Returns whether any relation now points here.
    """
    waiting = DocumentRelation.objects.filter(target_key=document.number_key, target=None)
    found = waiting.filter(document__site_id=document.site_id).update(target=document)
    # Any relation still waiting has no document of that number on its own site.
    found += waiting.update(target=document)
    # A document whose number changed no longer answers relations naming its old number.
    stale = DocumentRelation.objects.filter(target=document).exclude(target_key=document.number_key)
    stale.update(target=None)
    return bool(found)


def link_relations(document: LegalDocument) -> None:
    """Point the document's own relations at the documents they name, when registered."""
    for relation in document.relations.all():
        target = _find(relation.target_key, document)
        if target is not None and target.pk != relation.target_id:
            DocumentRelation.objects.filter(pk=relation.pk).update(target=target)
        elif target is None and relation.target_id is not None:
            DocumentRelation.objects.filter(pk=relation.pk).update(target=None)


def _find(key, document):
    candidates = LegalDocument.objects.filter(number_key=key).exclude(pk=document.pk)
    return candidates.filter(site_id=document.site_id).first() or candidates.order_by("pk").first()


def current_targets(document: LegalDocument) -> set[int]:
    if document.pk is None:
        return set()
    return set(
        DocumentRelation.objects.filter(document_id=document.pk)
        .exclude(target=None)
        .values_list("target_id", flat=True)
    )


def after_save(document: LegalDocument, targets_before: set[int]) -> None:
    """After a document and its relations are saved: link what names it, link what it
    names, and recompute the dates of every document concerned, its own included (a
    relation removed in this edit no longer ends its former target)."""
    link_waiting_relations(document)
    link_relations(document)
    targets = current_targets(document)
    refresh(LegalDocument.objects.filter(pk__in=targets | targets_before | {document.pk}))
