"""The unit of indexing: what a source hands to ``indexing.index_documents``."""

from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True)
class IndexDocument:
    """One searchable object, in its original text.

    ``url_path`` is relative to the root of ``site_id``; ``kind`` is a finer type shown
    on the result (an article kind, a document type); ``category_id`` is the page or
    object the "Chuyên mục" filter selects (a news category for articles).
    """

    source: str
    object_id: int
    site_id: int
    url_path: str
    title: str
    body: str = ""
    kind: str = ""
    category_id: int | None = None
    published_at: datetime | None = None
