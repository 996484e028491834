"""What the importers remember between runs.

`ImportedItem` is the ledger: one row per source item brought into a site, keyed by the
item's source URL or id, with a checksum of what was read. Running an import again
compares each item with its row: same checksum, nothing to do ("unchanged"); another
checksum, the page is updated; no row, it is created. Rows are written in the same
transaction as the pages of their batch, so an import killed at any moment leaves the
ledger true to the database, and running it again carries on where it stopped.
"""

import hashlib

from django.contrib.contenttypes.models import ContentType
from django.db import models
from wagtail.models import Site


def key_digest(key: str) -> str:
    """A fixed-length form of a source key (URLs run past any index's limit)."""
    return hashlib.sha256(key.encode("utf-8")).hexdigest()


class ImportedItem(models.Model):
    site = models.ForeignKey(Site, on_delete=models.CASCADE, related_name="imported_items")
    key_hash = models.CharField(max_length=64)
    key = models.TextField("Mã nguồn")
    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE)
    object_id = models.PositiveBigIntegerField()
    checksum = models.CharField(max_length=64)
    source_url = models.TextField("Địa chỉ cũ", blank=True)
    url = models.TextField("Địa chỉ mới", blank=True)
    imported_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = "Mục đã nhập"
        verbose_name_plural = "Mục đã nhập"
        constraints = [
            models.UniqueConstraint(fields=["site", "key_hash"], name="importers_one_per_key")
        ]
        indexes = [models.Index(fields=["content_type", "object_id"])]

    def __str__(self):
        return self.key


class ImportRun(models.Model):
    """One run of `import_portal`: what it read and how far it got."""

    class State(models.TextChoices):
        RUNNING = "running", "Đang chạy"
        DONE = "done", "Xong"
        STOPPED = "stopped", "Bị dừng"

    site = models.ForeignKey(Site, on_delete=models.CASCADE, related_name="import_runs")
    format = models.CharField(max_length=16)
    path = models.TextField()
    state = models.CharField(max_length=8, choices=State.choices, default=State.RUNNING)
    counts = models.JSONField(default=dict)
    started_at = models.DateTimeField(auto_now_add=True)
    finished_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = "Lần nhập"
        verbose_name_plural = "Lần nhập"

    def __str__(self):
        return f"{self.format} {self.path} ({self.get_state_display()})"
