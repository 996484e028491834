"""What the search index holds: one entry per searchable thing, and the words it knows.

The full-text side lives beside these tables and depends on the database: an FTS5 table
(``vnsearch_fts``, rowid = entry id) on SQLite, a ``tsvector`` column with a GIN index on
PostgreSQL (see ``backends``). Both are written only through ``indexing``.
"""

from django.db import models


class Source(models.TextChoices):
    """What kind of thing an entry is; the "Loại" filter of the results page."""

    NEWS = "news", "Tin tức"
    DOCUMENT = "document", "Văn bản"
    ANSWER = "answer", "Hỏi đáp"
    PAGE = "page", "Trang"


class SearchEntry(models.Model):
    """One searchable object as readers see it: original text (NFC) for snippets."""

    source = models.CharField(max_length=16, choices=Source.choices)
    object_id = models.BigIntegerField()
    site = models.ForeignKey("wagtailcore.Site", on_delete=models.CASCADE, related_name="+")
    url_path = models.CharField(max_length=1024)
    title = models.TextField()
    body = models.TextField(blank=True)
    # A page type's Vietnamese name can be long ("Trang danh sách di tích, danh thắng").
    kind = models.CharField(max_length=100, blank=True)
    category_id = models.BigIntegerField(null=True, blank=True)
    published_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["source", "object_id"], name="vnsearch_one_entry")
        ]
        indexes = [models.Index(fields=["site", "published_at"])]

    def __str__(self):
        return self.title


class SearchTerm(models.Model):
    """A word of the index, folded or as spelled with diacritics, with the number of
    entries that have it: the typo corrector's vocabulary. Kept as entries are written
    and removed; ``rebuild_search_index`` counts again from scratch."""

    token = models.CharField(max_length=64, primary_key=True)
    documents = models.PositiveIntegerField(default=1)

    def __str__(self):
        return self.token
