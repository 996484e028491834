"""Run one import: read items, decide per item, write in batches, report each.

For every item the ledger (models.ImportedItem) says whether it is new, changed or
already there. New items are written in batches of `BATCH`, one transaction each,
together with their ledger rows: an import stopped by Ctrl-C, a crash or a killed
process loses at most the batch in progress, and running the same command again skips
what is already there ("unchanged") and goes on. A dry run reads and decides, and
writes nothing.
"""

import dataclasses
import datetime
import json
from collections import Counter

from django.db import transaction
from django.utils import timezone
from wagtail.models import Site

from vnportal.core.pagecache import purge_sites

from .models import ImportedItem, ImportRun, key_digest
from .writer import Saved

BATCH = 1000
CREATED, UPDATED, UNCHANGED, SKIPPED = "created", "updated", "unchanged", "skipped"


@dataclasses.dataclass
class Outcome:
    source: str
    status: str
    title: str = ""
    published_at: datetime.datetime | None = None
    url: str = ""
    reason: str = ""
    warnings: list[str] = dataclasses.field(default_factory=list)

    def as_json(self) -> str:
        found = {"source": self.source, "status": self.status}
        if self.reason:
            found["reason"] = self.reason
        found["title"] = self.title
        found["published_at"] = (
            timezone.localtime(self.published_at).isoformat() if self.published_at else None
        )
        found["url"] = self.url
        if self.warnings:
            found["warnings"] = self.warnings
        return json.dumps(found, ensure_ascii=False)


class Ledger:
    """The site's ledger rows, read once: key hash → (checksum, row id)."""

    def __init__(self, site: Site):
        self.site = site
        self.rows = {
            key_hash: (checksum, pk)
            for key_hash, checksum, pk in ImportedItem.objects.filter(site=site).values_list(
                "key_hash", "checksum", "pk"
            )
        }
        self.urls: dict[int, str] = {}

    def status(self, key: str, checksum: str) -> str:
        found = self.rows.get(key_digest(key))
        if found is None:
            return CREATED
        return UNCHANGED if found[0] == checksum else UPDATED

    def entry(self, key: str) -> ImportedItem:
        return ImportedItem.objects.get(pk=self.rows[key_digest(key)][1])

    def add(self, key: str, checksum: str):
        self.rows[key_digest(key)] = (checksum, None)


class Runner:
    def __init__(self, target, writer, *, dry_run=False, report=None, progress=None):
        self.target = target
        self.writer = writer
        self.dry_run = dry_run
        self.report = report
        self.progress = progress
        self.counts: Counter[str] = Counter()
        self.ledger = Ledger(target.site)
        self._batch: list = []
        # Outcomes wait here while a batch is pending, so the report keeps the source order.
        self._queue: list = []
        self._written: dict[int, Outcome] = {}
        self._seen: set[str] = set()
        self._urls_of_unchanged = None

    def run(self, items, run: ImportRun | None = None):
        try:
            for item in items:
                self._one(item)
            self._flush()
        finally:
            if run is not None:
                run.counts = dict(self.counts)
                run.save(update_fields=["counts"])
        if not self.dry_run and (self.counts[CREATED] or self.counts[UPDATED]):
            purge_sites([self.target.site.pk])
        return self.counts

    def _one(self, item):
        if item.skip_reason:
            self._skip(item, item.skip_reason)
            return
        if item.key in self._seen:
            self._skip(item, "Trùng với một mục đã đọc trước trong lần nhập này.")
            return
        self._seen.add(item.key)
        checksum = item.checksum()
        status = self.ledger.status(item.key, checksum)
        if status == UNCHANGED or self.dry_run:
            url = self._stored_url(item.key) if status != CREATED else ""
            self._out(
                Outcome(
                    item.source,
                    status,
                    item.title,
                    item.published_at,
                    url=url,
                    warnings=item.warnings,
                )
            )
            return
        if status == UPDATED:
            self._flush()
            with transaction.atomic():
                saved = self.writer.update(item, checksum, self.ledger.entry(item.key))
            self._saved(item, saved)
            return
        self.writer.prepare(item)
        self._batch.append((item, checksum))
        self._queue.append(item)
        # A batch is written once the next one has been read: meanwhile the worker folds
        # the next batch's texts (writer.prepare), so reading, folding and writing overlap.
        if len(self._batch) >= 2 * BATCH:
            self._flush(everything=False)

    def _skip(self, item, reason):
        self._out(
            Outcome(
                item.source,
                SKIPPED,
                item.title,
                item.published_at,
                reason=reason,
                warnings=item.warnings,
            )
        )

    def _flush(self, everything=True):
        if not self._batch:
            return
        if everything:
            part, self._batch = self._batch, []
        else:
            part, self._batch = self._batch[:BATCH], self._batch[BATCH:]
        with transaction.atomic():
            results = self.writer.create(part)
        for (item, checksum), saved in zip(part, results, strict=True):
            self.ledger.add(item.key, checksum)
            self._written[id(item)] = self._outcome(item, saved)
        while self._queue:
            entry = self._queue[0]
            if not isinstance(entry, Outcome):
                if id(entry) not in self._written:
                    break
                entry = self._written.pop(id(entry))
            self._queue.pop(0)
            self._emit(entry)

    def _saved(self, item, saved: Saved):
        self._out(self._outcome(item, saved))

    def _outcome(self, item, saved: Saved) -> Outcome:
        return Outcome(
            item.source,
            saved.status,
            item.title,
            item.published_at,
            url=saved.url,
            reason=saved.reason,
            warnings=item.warnings,
        )

    def _stored_url(self, key):
        if self._urls_of_unchanged is None:
            self._urls_of_unchanged = self._ledger_urls()
        return self._urls_of_unchanged.get(key_digest(key), "")

    def _ledger_urls(self):
        return dict(
            ImportedItem.objects.filter(site=self.target.site).values_list("key_hash", "url")
        )

    def _out(self, outcome: Outcome):
        if self._queue:
            self._queue.append(outcome)
        else:
            self._emit(outcome)

    def _emit(self, outcome: Outcome):
        self.counts[outcome.status] += 1
        if self.report is not None:
            self.report.write(outcome.as_json() + "\n")
        if self.progress is not None:
            self.progress.step()
