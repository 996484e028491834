"""Limits on how often one client or one contact may submit or look up, counted in
Django's cache.

Counters are kept per fixed window (the first hit opens it for `period` seconds). Keys
hold a keyed hash of the address or contact, never the value itself: the cache may be a
shared Redis, and an IP address or phone number is personal data that has no business
outliving the hour it is counted for. Nothing here touches the database.
"""

import hashlib
from dataclasses import dataclass

from django.core.cache import cache
from django.utils.crypto import salted_hmac

KEY_PREFIX = "feedback-limit"


@dataclass(frozen=True)
class Limit:
    scope: str
    count: int
    period: int  # seconds


HOUR = 3600
DAY = 24 * HOUR

SUBMIT_PER_ADDRESS = Limit("gui-dia-chi", 5, HOUR)
SUBMIT_PER_CONTACT = Limit("gui-lien-he", 3, DAY)
TRACK_PER_ADDRESS = Limit("tra-cuu-dia-chi", 10, HOUR)
TRACK_PER_CODE = Limit("tra-cuu-ma", 10, HOUR)


def _key(limit: Limit, value: str) -> str:
    digest = salted_hmac(KEY_PREFIX, f"{limit.scope}:{value}", algorithm="sha256").hexdigest()
    # Short keys suit memcached's 250-byte limit; 128 bits cannot collide in practice.
    return f"{KEY_PREFIX}:{limit.scope}:{hashlib.sha256(digest.encode()).hexdigest()[:32]}"


def exceeded(limit: Limit, value: str) -> bool:
    """True when `value` has used up its allowance in the current window."""
    if not value:
        return False
    return (cache.get(_key(limit, value)) or 0) >= limit.count


def hit(limit: Limit, value: str) -> None:
    """Count one use by `value`."""
    if not value:
        return
    key = _key(limit, value)
    if cache.add(key, 1, limit.period):
        return
    try:
        cache.incr(key)
    except ValueError:
        # The window closed between add() and incr(): this use opens the next one.
        cache.add(key, 1, limit.period)
