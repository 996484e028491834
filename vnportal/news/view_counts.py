"""Article view counts without a database write per view.

Views add up in the shared cache and reach the database in batches: when a page has
gathered FLUSH_EVERY views, or its oldest pending view is older than FLUSH_AFTER seconds
at the next view. The page cache calls record_view() for cached copies too, so a count
covers every reader, not only the first. Nothing about the reader is kept.

FLUSH_EVERY is high because a popular article under a spike is read thousands of times a
second: one write per few hundred views kept the app servers queueing on the database
(bench/serve.sh). Only one process flushes a page at a time (a short cache lock), and the
flush subtracts what it wrote, so views arriving meanwhile are kept.
"""

import logging
import time

from django.core.cache import cache
from django.db import DatabaseError
from django.db.models import F

logger = logging.getLogger(__name__)

FLUSH_EVERY = 1000
FLUSH_AFTER = 60


def _pending_key(page_id):
    return f"views:pending:{page_id}"


def _since_key(page_id):
    return f"views:since:{page_id}"


def record_view(page_id):
    key = _pending_key(page_id)
    if cache.add(key, 1, None):
        cache.set(_since_key(page_id), time.time(), None)
        pending = 1
    else:
        try:
            pending = cache.incr(key)
        except ValueError:  # evicted between add() and incr()
            cache.set(key, 1, None)
            pending = 1
    since = cache.get(_since_key(page_id)) or time.time()
    if pending >= FLUSH_EVERY or time.time() - since >= FLUSH_AFTER:
        flush(page_id)


def flush(page_id):
    from .models import ViewCount

    lock = f"views:flushing:{page_id}"
    if not cache.add(lock, 1, 30):
        return
    try:
        key = _pending_key(page_id)
        pending = cache.get(key, 0)
        if not pending:
            return
        try:
            ViewCount.objects.get_or_create(page_id=page_id)
            ViewCount.objects.filter(page_id=page_id).update(count=F("count") + pending)
        except DatabaseError:
            # Cached pages are served while the database is down (core/pagecache.py); the
            # views stay pending and go in with a later flush.
            logger.warning("View counts of page %s not written: database unavailable", page_id)
            return
        try:
            cache.decr(key, pending)
        except ValueError:
            pass
        cache.set(_since_key(page_id), time.time(), None)
    finally:
        cache.delete(lock)


def views_of(page_id):
    """The stored count plus the views not yet written."""
    from .models import ViewCount

    stored = ViewCount.objects.filter(page_id=page_id).values_list("count", flat=True).first()
    return (stored or 0) + cache.get(_pending_key(page_id), 0)
