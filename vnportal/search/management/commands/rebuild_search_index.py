"""Rebuild vnportal's search index from the pages and registered sources."""

import time

from django.core.management.base import BaseCommand
from django.db import transaction

from vnportal.search import indexing, sources


class Progress:
    """A one-line progress bar on a terminal; plain lines every 10% elsewhere (logs).

    ``stream`` is a command's ``OutputWrapper`` (``write(text, ending=...)``).
    """

    WIDTH = 30

    def __init__(self, total, stream):
        self.total = max(total, 1)
        self.stream = stream
        self.started = time.monotonic()
        self.done = 0
        self.interactive = stream.isatty()
        self._last_tenth = -1

    def __call__(self, documents):
        for document in documents:
            yield document
            self.done += 1
            if self.done % 100 == 0:
                self.show()
        self.show(final=True)

    def show(self, final=False):
        share = min(self.done / self.total, 1.0)
        elapsed = time.monotonic() - self.started
        rate = self.done / elapsed if elapsed else 0
        filled = int(share * self.WIDTH)
        line = (
            f"[{'#' * filled}{'.' * (self.WIDTH - filled)}] {self.done}/{self.total} "
            f"({share:.0%}) {rate:,.0f} mục/giây"
        )
        if self.interactive:
            self.stream.write("\r" + line, ending="\n" if final else "")
            self.stream.flush()
        elif final or int(share * 10) > self._last_tenth:
            self._last_tenth = int(share * 10)
            self.stream.write(line)


class Command(BaseCommand):
    help = "Xây dựng lại chỉ mục tìm kiếm từ các trang đang xuất bản (và các nguồn khác)."

    def add_arguments(self, parser):
        parser.add_argument("--no-progress", action="store_true", help="Không hiện thanh tiến độ.")

    def handle(self, *args, no_progress=False, **options):
        started = time.monotonic()
        documents = sources.all_documents()
        if not no_progress:
            documents = Progress(sources.count_all(), self.stderr)(documents)
        # One transaction: readers keep the old index until the new one is complete.
        with transaction.atomic():
            indexing.clear()
            written = indexing.index_documents(documents, fresh=True)
        seconds = time.monotonic() - started
        self.stdout.write(
            self.style.SUCCESS(f"Đã lập chỉ mục {written} mục trong {seconds:.1f} giây.")
        )
