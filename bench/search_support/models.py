"""The corpus as rows. No migrations: the benchmark creates the table with --run-syncdb."""

from django.db import models
from wagtail.search import index


class StockArticle(index.Indexed, models.Model):
    """One article of the corpus (one copy of it with ``--copies``).

    Its pk is the ``object_id`` of vnportal's index entry, and Wagtail's stock database
    search indexes it through ``search_fields``, so both engines see the same text.
    """

    corpus_id = models.CharField(max_length=64, db_index=True)
    title = models.TextField()
    body = models.TextField()
    published_at = models.DateTimeField(null=True)

    # The same weighting a Wagtail page gets by default: title boosted, body plain.
    search_fields = [
        index.SearchField("title", boost=2),
        index.SearchField("body"),
    ]

    def __str__(self):
        return self.title
