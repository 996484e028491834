"""“Đang trực tuyến”: about how many different visitors a site had in the last 5 minutes,
estimated without keeping anyone's address.

How: a visitor is the pair (network address, browser user agent) on one site. That pair
goes through HMAC-SHA256 keyed with a random salt that is made once per day and lives only
in the cache (expiring after two days, so a day's salt is gone soon after the day is
over); only a 32-character prefix of the digest is used, as part of a cache key that
expires 5 minutes after it is set. Without the salt the digest cannot be matched to an
address, and because the salt changes every day, the same person's digests on two days
cannot be linked. Nothing of this reaches the database, and the address itself is never
written anywhere.

Counting: the first sight of a digest within its 5 minutes adds one to the current
minute's arrival counter; the figure shown is the sum of the last five minutes' counters.
A visitor still reading after 5 minutes is counted again in a later minute, so within the
window each one counts once (give or take the edge of a minute). Every step is a single
atomic cache operation (add/incr), so no list of visitors is ever kept or rewritten.
"""

import hashlib
import hmac
import secrets
import time

from django.core.cache import cache

WINDOW = 300  # seconds a visitor stays "online" after a page view
BUCKET = 60
DAY = 24 * 3600


def _salt(day):
    key = f"visitors:salt:{day:%Y%m%d}"
    cache.add(key, secrets.token_hex(32), 2 * DAY)
    return cache.get(key) or ""


def visitor_digest(site_id, address, user_agent, day):
    """Keyed hash of one visitor on one site on one day; never reversible without the
    day's salt, which only the cache holds."""
    message = f"{site_id}|{address}|{user_agent}".encode()
    return hmac.new(_salt(day).encode(), message, hashlib.sha256).hexdigest()[:32]


def _arrivals_key(site_id, bucket):
    return f"visitors:arrivals:{site_id}:{bucket}"


def mark_seen(site_id, address, user_agent, day, now=None):
    now = time.time() if now is None else now
    digest = visitor_digest(site_id, address, user_agent, day)
    if not cache.add(f"visitors:seen:{site_id}:{digest}", 1, WINDOW):
        return  # already counted within the last 5 minutes
    key = _arrivals_key(site_id, int(now // BUCKET))
    if cache.add(key, 1, WINDOW + 2 * BUCKET):
        return
    try:
        cache.incr(key)
    except ValueError:  # expired between add() and incr()
        cache.add(key, 1, WINDOW + 2 * BUCKET)


def online(site_id, now=None):
    now = time.time() if now is None else now
    current = int(now // BUCKET)
    keys = [_arrivals_key(site_id, current - step) for step in range(WINDOW // BUCKET)]
    return sum(cache.get_many(keys).values())
