"""One answer per client address per day, remembered only in the cache.

The counter's key is a keyed hash of site, address and day (the feedback app's rate
limiter, vnportal/feedback/ratelimit.py): the address is never stored, and nothing in
the database or in the browser links it to the answer.
"""

from django.utils import timezone

from vnportal.feedback.ratelimit import DAY, Limit, exceeded, hit

ONE_A_DAY = Limit("danh-gia-hai-long", 1, DAY)


def _value(site, address):
    return f"{site.pk}:{address}:{timezone.localdate().isoformat()}" if address else ""


def answered_today(site, address) -> bool:
    return exceeded(ONE_A_DAY, _value(site, address))


def remember(site, address) -> None:
    hit(ONE_A_DAY, _value(site, address))
