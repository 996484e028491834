"""Fold the search texts of new articles in a worker process, as they are read.

Folding a text for the Vietnamese search (search.folding) and looking for document
numbers in it (vntext.docnumber) is pure Python and about half the cost of importing an
article; reading items and writing page rows is the other half. The writer hands each
article's texts here as soon as it has built the page, in chunks; a second process
folds them while this one reads and writes, so a large import uses two cores. The
worker is started fresh ("spawn"), imports only pure modules (this one imports nothing
from Django), and never touches the database. A small import is folded in this process:
starting a worker would cost more than it saves.
"""

import multiprocessing
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool

from vnportal.search.folding import fold_texts
from vnportal.vntext.docnumber import find_numbers

CHUNK = 20


def fold_chunk(texts):
    """For each ``(title, body)``: `fold_texts`' result, and whether the body cites a
    document number (then the page is linked to the register)."""
    return [(fold_texts(title, body), bool(find_numbers(body))) for title, body in texts]


class Folder:
    def __init__(self, use_process: bool = True):
        self.use_process = use_process
        self._pool = None
        self._waiting: list = []  # (key, title, body) not yet handed out
        self._running: list = []  # (keys, texts, future)
        self._done: dict = {}

    def add(self, key, title: str, body: str) -> None:
        self._waiting.append((key, title, body))
        if len(self._waiting) >= CHUNK:
            self._hand_out()

    def take(self, keys) -> list:
        """The results for `keys` (all added before), in their order. Only the chunks
        that hold them are waited for: later ones go on folding meanwhile."""
        missing = {key for key in keys if key not in self._done}
        if missing & {key for key, _, _ in self._waiting}:
            self._hand_out(final=True)
        while missing and self._running:
            chunk_keys, texts, future = self._running.pop(0)
            self._done.update(zip(chunk_keys, self._result(texts, future), strict=True))
            missing.difference_update(chunk_keys)
        return [self._done.pop(key) for key in keys]

    def _hand_out(self, final=False):
        if not self._waiting:
            return
        chunk, self._waiting = self._waiting, []
        keys = [key for key, _, _ in chunk]
        texts = [(title, body) for _, title, body in chunk]
        future = None
        if self.use_process and (len(chunk) >= CHUNK or (final and self._pool is not None)):
            try:
                if self._pool is None:
                    self._pool = ProcessPoolExecutor(
                        max_workers=1, mp_context=multiprocessing.get_context("spawn")
                    )
                future = self._pool.submit(fold_chunk, texts)
            except (OSError, BrokenProcessPool):
                self._give_up()
        self._running.append((keys, texts, future))

    def _result(self, texts, future):
        if future is not None:
            try:
                return future.result()
            except BrokenProcessPool:
                self._give_up()
        return fold_chunk(texts)

    def _give_up(self):
        # A worker that cannot start (a script without a `__main__` guard re-runs itself
        # in the spawned process) costs speed, never the import: fold here from now on.
        self.use_process = False
        if self._pool is not None:
            self._pool.shutdown(wait=False, cancel_futures=True)
            self._pool = None

    def close(self):
        if self._pool is not None:
            self._pool.shutdown(cancel_futures=True)
            self._pool = None
