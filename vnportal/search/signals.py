"""Keep the index in step with the pages, in the request that changes them.

Publishing (also scheduled publishing) writes the page; unpublishing and deleting take it
out; moving rewrites the page and everything below it (their URLs changed, maybe their
site); a view restriction added or removed rewrites the subtree it covers. An article
republished by communes is rewritten with its original, since they show its text. The
work runs after the transaction commits, so a failed save leaves the index alone.
"""

from django.db import transaction
from django.db.models.signals import post_delete, post_save, pre_delete
from wagtail.models import Page, PageViewRestriction, Site
from wagtail.signals import page_published, page_unpublished, post_page_move

from . import indexing
from .models import Source
from .sources import PageDocuments

PAGE_SOURCES = (Source.NEWS, Source.PAGE)


def reindex_pages(pages) -> None:
    """Write the given pages (any queryset or list of pages) as they are now."""
    documents = PageDocuments()
    pages = [page.specific for page in pages]
    found = [d for d in map(documents.document, pages) if d is not None]
    # Out first under either source: a page that stopped being public, or stopped being
    # (or became) an article, must not stay under the other.
    for source in PAGE_SOURCES:
        indexing.remove(source, [page.pk for page in pages])
    indexing.index_documents(found)


def _with_copies(page):
    from vnportal.news.models import ArticlePage

    copies = ArticlePage.objects.filter(original_id=page.pk)
    return [page, *copies]


def _published(sender, instance, **kwargs):
    transaction.on_commit(lambda: reindex_pages(_with_copies(instance)))


def _unpublished(sender, instance, **kwargs):
    transaction.on_commit(lambda: reindex_pages([instance]))


def _moved(sender, instance, **kwargs):
    transaction.on_commit(
        lambda: reindex_pages(Page.objects.descendant_of(instance, True).specific())
    )


def _deleted(sender, instance, **kwargs):
    if isinstance(instance, Page):
        page_id = instance.pk
        transaction.on_commit(lambda: [indexing.remove(s, [page_id]) for s in PAGE_SOURCES])


def _restriction_changed(sender, instance, **kwargs):
    # After a cascade the restricted page itself may be gone: then so is its subtree.
    path = Page.objects.filter(pk=instance.page_id).values_list("path", flat=True).first()
    if path:
        transaction.on_commit(
            lambda: reindex_pages(Page.objects.filter(path__startswith=path, live=True).specific())
        )


def _site_deleted(sender, instance, **kwargs):
    indexing.remove_site(instance.pk)


def connect():
    page_published.connect(_published, dispatch_uid="vnsearch-published")
    page_unpublished.connect(_unpublished, dispatch_uid="vnsearch-unpublished")
    post_page_move.connect(_moved, dispatch_uid="vnsearch-moved")
    post_delete.connect(_deleted, dispatch_uid="vnsearch-deleted")
    pre_delete.connect(_site_deleted, sender=Site, dispatch_uid="vnsearch-site-deleted")
    post_save.connect(_restriction_changed, sender=PageViewRestriction, dispatch_uid="vnsearch-r")
    post_delete.connect(
        _restriction_changed, sender=PageViewRestriction, dispatch_uid="vnsearch-r-deleted"
    )
