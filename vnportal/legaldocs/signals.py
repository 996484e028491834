"""What follows a change in the register or in a page that may cite it: the search
index, the links in texts that mention a number, the list's filter choices and the
cached pages of the site. All of it runs after the transaction commits, so a failed
save changes none of it."""

from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from wagtail.models import Page
from wagtail.signals import page_published, page_unpublished, post_page_move

from vnportal.core.pagecache import purge_sites

from . import linking, queries, search_source
from .models import Attachment, DocumentIndexPage, LegalDocument, LinkedText


def document_saved(document, old_key=None) -> None:
    """Called by LegalDocument.save once the document and its relations are stored."""
    keys = {document.number_key, old_key}

    def follow():
        fresh = LegalDocument.objects.filter(pk=document.pk).first()
        if fresh is None:
            return
        search_source.reindex([fresh])
        linking.link_document(fresh)
        queries.forget_choices(fresh.site_id)
        purge_sites([fresh.site_id])

    transaction.on_commit(follow)
    linking.relink(keys)


def document_deleted(document) -> None:
    from vnportal.search import indexing

    pk, site_id, key = document.pk, document.site_id, document.number_key

    def follow():
        indexing.remove(search_source.SOURCE, [pk])
        LinkedText.objects.filter(object_id=pk, field_name="full_text").delete()
        queries.forget_choices(site_id)
        purge_sites([site_id])

    transaction.on_commit(follow)
    linking.relink({key})


@receiver([post_save, post_delete], sender=Attachment)
def _attachment_changed(sender, instance, **kwargs):
    document_id = instance.document_id

    def follow():
        search_source.reindex(LegalDocument.objects.filter(pk=document_id))

    transaction.on_commit(follow)


def _has_linked_body(page) -> bool:
    return hasattr(page, "body") and hasattr(page.body, "render_as_block")


@receiver(page_published)
def _page_published(sender, instance, **kwargs):
    page = instance.specific
    if isinstance(page, DocumentIndexPage):
        _reindex_site_later(page)
    elif _has_linked_body(page):
        transaction.on_commit(lambda: linking.link_page(page))


@receiver(post_page_move)
def _page_moved(sender, instance, **kwargs):
    page = instance.specific
    if isinstance(page, DocumentIndexPage):
        _reindex_site_later(page)


def _reindex_site_later(page):
    def follow():
        parts = page.get_url_parts()
        if parts:
            search_source.reindex(LegalDocument.objects.filter(site_id=parts[0]))

    transaction.on_commit(follow)


@receiver(page_unpublished)
@receiver(post_delete, sender=Page)
def _page_gone(sender, instance, **kwargs):
    LinkedText.objects.filter(object_id=instance.pk, field_name="body").delete()
