"""The index's words for the typo corrector, loaded once per process and kept fresh.

Loading takes a fraction of a second on a large index, so it happens only when a query
has a word the index does not know, and the result is reused until the index changes in
this process or ``MAX_AGE`` seconds pass (another process may have written).
"""

import threading
import time

from vnportal.vntext import Vocabulary

from . import indexing
from .models import SearchTerm

MAX_AGE = 600

_lock = threading.Lock()
_cached: tuple[int, float, Vocabulary] | None = None


def known(tokens) -> dict[str, int]:
    """The tokens the index has, with how many entries have them, in one query."""
    return dict(SearchTerm.objects.filter(token__in=set(tokens)).values_list("token", "documents"))


def vocabulary() -> Vocabulary:
    global _cached
    with _lock:
        if _cached is not None:
            generation, loaded_at, words = _cached
            if generation == indexing.generation and time.monotonic() - loaded_at < MAX_AGE:
                return words
        # Other scripts (Chinese names) would grow the corrector's alphabet by thousands.
        rows = SearchTerm.objects.values_list("token", "documents").iterator(5000)
        counts = {token: n for token, n in rows if token.isascii()}
        words = Vocabulary(counts)
        _cached = (indexing.generation, time.monotonic(), words)
        return words
