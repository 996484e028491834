"""Wagtail's own search index (the admin's page search, what editors use to find a page)
for the articles an import wrote in bulk.

The bulk writer (writer.py) fills the portal's Vietnamese search in each batch but not
Wagtail's index, which costs as much again per article. It is filled here once the
batches are done, in chunks; for a run that carries on a stopped one, from the start of
that one, so no article is left out. Pages saved one by one (plain pages, updates) were
indexed by Wagtail's own signal handlers already.
"""

from django.contrib.contenttypes.models import ContentType
from wagtail.search.backends import get_search_backend

from vnportal.news.models import ArticlePage

from .models import ImportedItem

CHUNK = 1000


def index_for_editors(site, since) -> int:
    article_type = ContentType.objects.get_for_model(ArticlePage)
    ids = list(
        ImportedItem.objects.filter(
            site=site, content_type=article_type, imported_at__gte=since
        ).values_list("object_id", flat=True)
    )
    backend = get_search_backend()
    for start in range(0, len(ids), CHUNK):
        pages = list(ArticlePage.objects.filter(pk__in=ids[start : start + CHUNK]))
        backend.add_bulk(ArticlePage, pages)
    return len(ids)
