"""Spam protection of the comment form without any third-party service.

- A honeypot field people never see: a bot that fills it is answered as if its comment
  were received, and nothing is saved.
- A signed timestamp of when the form was shown: a comment sent sooner than a person can
  read and type (`CONSULTATIONS_MIN_FILL_SECONDS`, 5 by default) is refused, as is a
  stamp that is forged or older than a day.
- A limit per address kept in Django's cache (`CONSULTATIONS_RATE_LIMIT`, 5 comments per
  10 minutes). The key is a keyed hash of the address (core/client_address.py), so no
  IP is ever stored.
"""

import hashlib
import hmac
import time

from django.conf import settings
from django.core import signing
from django.core.cache import cache

from vnportal.core.client_address import client_address

SALT = "vnportal.consultations.form-shown"
MAX_FORM_AGE = 24 * 3600
DEFAULT_MIN_FILL_SECONDS = 5
DEFAULT_RATE_LIMIT = (5, 600)

TOO_FAST = (
    "Ý kiến được gửi quá nhanh sau khi mở trang nên chưa được nhận. "
    "Hãy đọc lại nội dung rồi bấm “Gửi ý kiến” thêm một lần."
)
STALE = (
    "Biểu mẫu đã mở quá lâu hoặc không hợp lệ nên ý kiến chưa được nhận. "
    "Nội dung bạn viết vẫn ở dưới đây: hãy bấm “Gửi ý kiến” thêm một lần."
)
TOO_MANY = (
    "Từ địa chỉ mạng này đã có nhiều ý kiến được gửi trong thời gian ngắn. "
    "Ý kiến của bạn chưa được gửi; hãy chờ khoảng {minutes} phút rồi gửi lại."
)


def stamp(now=None) -> str:
    """The signed time the form is shown, for its hidden field."""
    return signing.TimestampSigner(salt=SALT).sign(str(int(now or time.time())))


def fill_time_problem(value, now=None):
    """None when the form was shown long enough ago, else the message to show."""
    now = now or time.time()
    try:
        shown = int(signing.TimestampSigner(salt=SALT).unsign(value or "", max_age=MAX_FORM_AGE))
    except (signing.BadSignature, ValueError):
        return STALE
    minimum = getattr(settings, "CONSULTATIONS_MIN_FILL_SECONDS", DEFAULT_MIN_FILL_SECONDS)
    if now - shown < minimum:
        return TOO_FAST
    return None


def _address_key(request):
    address = client_address(request)
    digest = hmac.new(settings.SECRET_KEY.encode(), address.encode(), hashlib.sha256)
    return f"consultations:rate:{digest.hexdigest()[:32]}"


def _limit():
    return getattr(settings, "CONSULTATIONS_RATE_LIMIT", DEFAULT_RATE_LIMIT)


def rate_limited(request):
    """The message to show when this address has used up its comments, else None."""
    count, window = _limit()
    if cache.get(_address_key(request), 0) >= count:
        return TOO_MANY.format(minutes=max(1, window // 60))
    return None


def count_comment(request):
    """Count one comment against the address; the window starts with its first one."""
    _count, window = _limit()
    key = _address_key(request)
    if cache.add(key, 1, window):
        return
    try:
        cache.incr(key)
    except ValueError:
        cache.set(key, 1, window)
