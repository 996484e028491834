"""Page views per site and day, without a database write per view.

Views add up in the shared cache; a site's pending views reach its DailyVisits row when
FLUSH_EVERY have gathered or the oldest is FLUSH_AFTER seconds old at the next view. The
first view of a new day also writes what is left of the day before. Only one process
flushes a site at a time (a short cache lock), and the flush subtracts what it wrote
instead of clearing the counter, so views arriving meanwhile are kept.
"""

import datetime
import logging
import time
from dataclasses import dataclass

from django.core.cache import cache
from django.db import DatabaseError
from django.db.models import F, Q, Sum
from django.utils import timezone

from . import presence

logger = logging.getLogger(__name__)

FLUSH_EVERY = 1000  # see news/view_counts.py
FLUSH_AFTER = 60
STORED_SECONDS = 60  # how long the footer reuses the sums read from the database
KEEP_PENDING = 7 * 24 * 3600


def _pending_key(site_id, day):
    return f"visitors:pending:{site_id}:{day:%Y%m%d}"


def _since_key(site_id, day):
    return f"visitors:since:{site_id}:{day:%Y%m%d}"


def _stored_key(site_id, day):
    return f"visitors:stored:{site_id}:{day:%Y%m%d}"


def record_view(site_id, address, user_agent, day=None):
    """Count one page view of the site, and its visitor as online."""
    day = day or timezone.localdate()
    presence.mark_seen(site_id, address, user_agent, day)
    key = _pending_key(site_id, day)
    if cache.add(key, 1, KEEP_PENDING):
        cache.set(_since_key(site_id, day), time.time(), KEEP_PENDING)
        flush(site_id, day - datetime.timedelta(days=1))
        pending = 1
    else:
        try:
            pending = cache.incr(key)
        except ValueError:  # evicted between add() and incr()
            cache.set(key, 1, KEEP_PENDING)
            pending = 1
    since = cache.get(_since_key(site_id, day)) or time.time()
    if pending >= FLUSH_EVERY or time.time() - since >= FLUSH_AFTER:
        flush(site_id, day)


def flush(site_id, day):
    """Write the site's pending views of `day` to the database."""
    from .models import DailyVisits

    lock = f"visitors:flushing:{site_id}"
    if not cache.add(lock, 1, 30):
        return
    try:
        key = _pending_key(site_id, day)
        pending = cache.get(key, 0)
        if not pending:
            return
        try:
            DailyVisits.objects.get_or_create(site_id=site_id, day=day)
            DailyVisits.objects.filter(site_id=site_id, day=day).update(views=F("views") + pending)
        except DatabaseError:
            # Cached pages are served while the database is down (core/pagecache.py); the
            # views stay pending and go in with a later flush.
            logger.warning("Visits of site %s not written: database unavailable", site_id)
            return
        try:
            cache.decr(key, pending)
        except ValueError:
            pass
        cache.set(_since_key(site_id, day), time.time(), KEEP_PENDING)
        cache.delete(_stored_key(site_id, timezone.localdate()))
    finally:
        cache.delete(lock)


@dataclass(frozen=True)
class Figures:
    online: int
    today: int
    total: int


def figures(site_id):
    """Online now, today's views and all views of the site, pending ones included."""
    from .models import DailyVisits

    day = timezone.localdate()
    yesterday = day - datetime.timedelta(days=1)
    stored = cache.get(_stored_key(site_id, day))
    if stored is None:
        sums = DailyVisits.objects.filter(site_id=site_id).aggregate(
            total=Sum("views"), today=Sum("views", filter=Q(day=day))
        )
        stored = (sums["today"] or 0, sums["total"] or 0)
        cache.set(_stored_key(site_id, day), stored, STORED_SECONDS)
    pending = cache.get_many([_pending_key(site_id, day), _pending_key(site_id, yesterday)])
    pending_today = pending.get(_pending_key(site_id, day), 0)
    pending_all = sum(pending.values())
    return Figures(
        online=presence.online(site_id),
        today=stored[0] + pending_today,
        total=stored[1] + pending_all,
    )
