"""Telling people from scripts without a third-party service: a honeypot field and a
minimum time between opening the form and sending it.

The honeypot is an ordinary-looking text field hidden from people (visually, from
screen readers and from the keyboard); scripts that fill every field fill it too. The
start time travels in the form, signed, so the check needs no storage.
"""

import time

from django.core import signing

HONEYPOT_FIELD = "website"
STARTED_FIELD = "bat_dau"
MIN_SECONDS = 3
# A form opened more than a day ago is stale: its token may be one a script harvested.
MAX_SECONDS = 24 * 3600
_SALT = "vnportal.feedback.form-started"


def start_token(now: float | None = None) -> str:
    return signing.dumps(round(now if now is not None else time.time(), 3), salt=_SALT)


def seconds_since_start(token: str, now: float | None = None) -> float | None:
    """Seconds since the form carrying `token` was opened; None for a forged token."""
    try:
        started = signing.loads(token or "", salt=_SALT)
    except signing.BadSignature:
        return None
    if not isinstance(started, int | float):
        return None
    return (now if now is not None else time.time()) - started


def filled_in_time(token: str, now: float | None = None) -> bool:
    """False when the form came back too fast for a person, too late, or unsigned."""
    elapsed = seconds_since_start(token, now)
    return elapsed is not None and MIN_SECONDS <= elapsed <= MAX_SECONDS


def still_usable(token: str, now: float | None = None) -> str:
    """`token` when a person can still send the form with it (it only needs to age),
    otherwise a new one: a form sent back with an error keeps its start time."""
    elapsed = seconds_since_start(token, now)
    if elapsed is None or elapsed > MAX_SECONDS:
        return start_token(now)
    return token


def honeypot_filled(data) -> bool:
    return bool((data.get(HONEYPOT_FIELD) or "").strip())
