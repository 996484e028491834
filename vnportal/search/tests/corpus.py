"""A small index for search tests: documents written straight to the index."""

import datetime as dt
from itertools import count

from django.utils import timezone

from vnportal.search.documents import IndexDocument
from vnportal.search.engine import search
from vnportal.search.indexing import index_documents
from vnportal.search.results import SearchRequest

_ids = count(1000)


def doc(site, title, body="", source="news", published_days_ago=30, **fields):
    object_id = next(_ids)
    return IndexDocument(
        source=source,
        object_id=object_id,
        site_id=site.pk,
        url_path=f"/bai-{object_id}/",
        title=title,
        body=body,
        published_at=timezone.now() - dt.timedelta(days=published_days_ago),
        **fields,
    )


def index(*documents):
    index_documents(documents)
    return documents


def found(text, **request):
    """Object ids of the results for ``text``, best first."""
    return [hit.object_id for hit in search(SearchRequest(text, **request)).hits]
