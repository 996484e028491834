"""Read the date line of a Vietnamese portal page.

Portals print the publication date in many shapes: ``(09:27 | 30/07/2022)``,
``Ngày đăng: 08/07/2024 11:38``, ``28/06/2022 08:31 AM``, ``Thứ Hai, 16/07/2024 - 08:15``,
``ngày 5 tháng 9 năm 2023``, ``2024-07-16T08:15:00+07:00``. ``parse_date_line`` finds the
date and, when printed, the time, and returns a naive datetime in Vietnam local time (what
the page printed). A date without a time gives midnight of that day: the import pipeline
treats such a value as "that day". Anything that is not a possible date gives ``None``;
the function never raises.
"""

import datetime
import re

from vnportal.vntext import normalize

__all__ = ["looks_like_date_line", "parse_date_line", "parse_iso_datetime"]

VIETNAM = datetime.timezone(datetime.timedelta(hours=7))
FIRST_YEAR = 1945
LAST_YEAR = 2100

_ISO = re.compile(
    r"(?<!\d)(\d{4})-(\d{1,2})-(\d{1,2})"
    r"(?:[T ](\d{1,2}):(\d{2})(?::(\d{2}))?(?:[.,]\d+)?\s*(Z|[+-]\d{2}:?\d{2})?)?(?!\d)"
)
_DMY = re.compile(r"(?<![\d/.-])(\d{1,2})\s*([/.-])\s*(\d{1,2})\s*\2\s*(\d{4})(?!\d)")
_WORDS = re.compile(
    r"ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s*,?\s+năm\s+(\d{4})(?!\d)", re.IGNORECASE
)
# "08:31 AM", "10:05", "14h20", "9 giờ 15"; SA/CH are the Vietnamese AM/PM.
_TIME = re.compile(
    r"(?<![\d:])(\d{1,2})\s*(?::|h|giờ)\s*(\d{2})(?::(\d{2}))?(?![\d:])"
    r"(?:\s*(a\.?m\.?|p\.?m\.?|sa|ch)(?![a-zà-ỹ]))?",
    re.IGNORECASE,
)
# Words a date line may hold besides the date itself; whatever else is left decides
# whether a line of text is a date line or a sentence that mentions a date.
_DATE_LINE_WORDS = re.compile(
    r"ngày|đăng|cập|nhật|lúc|thứ|chủ|nhật|hai|ba|tư|năm|sáu|bảy|tháng|giờ|phút|"
    r"am|pm|sa|ch|gmt|published|posted|updated|on|at|lượt|xem|view|count|"
    r"thời|gian|tin|bài|viết|ban|hành|hiệu|lực",
    re.IGNORECASE,
)


def parse_iso_datetime(value: str) -> datetime.datetime | None:
    """Read an ISO 8601 value (``<time datetime>``, ``article:published_time``).

    A value with an offset is converted to Vietnam local time; one without is taken as
    already local.
    """
    match = _ISO.search(value or "")
    if not match:
        return None
    return _from_iso_match(match)


def parse_date_line(text: str) -> datetime.datetime | None:
    """Return the date and time printed in ``text`` (naive, Vietnam local time) or None."""
    try:
        return _parse(text)
    except (TypeError, ValueError, OverflowError):
        return None


def looks_like_date_line(text: str) -> bool:
    """Whether ``text`` is a date line rather than a sentence that mentions a date."""
    if not text or len(text) > 90 or parse_date_line(text) is None:
        return False
    rest = _ISO.sub(" ", text)
    rest = _DMY.sub(" ", rest)
    rest = _WORDS.sub(" ", rest)
    rest = _TIME.sub(" ", rest)
    rest = _DATE_LINE_WORDS.sub(" ", normalize(rest))
    letters = sum(1 for char in rest if char.isalpha())
    return letters <= 12


def _parse(text: str) -> datetime.datetime | None:
    if not isinstance(text, str) or not text.strip():
        return None
    text = normalize(text)[:400]
    iso = _ISO.search(text)
    if iso:
        return _from_iso_match(iso)
    day = _DMY.search(text)
    if day:
        date = _date(int(day.group(4)), int(day.group(3)), int(day.group(1)))
        span = day.span()
    else:
        words = _WORDS.search(text)
        if not words:
            return None
        date = _date(int(words.group(3)), int(words.group(2)), int(words.group(1)))
        span = words.span()
    if date is None:
        return None
    rest = text[: span[0]] + " | " + text[span[1] :]
    clock = _TIME.search(rest)
    if not clock:
        return datetime.datetime.combine(date, datetime.time())
    time = _time(clock)
    if time is None:
        return None
    return datetime.datetime.combine(date, time)


def _date(year: int, month: int, day: int) -> datetime.date | None:
    if not FIRST_YEAR <= year <= LAST_YEAR:
        return None
    try:
        return datetime.date(year, month, day)
    except ValueError:
        return None


def _time(match: re.Match) -> datetime.time | None:
    hour, minute = int(match.group(1)), int(match.group(2))
    second = int(match.group(3) or 0)
    marker = (match.group(4) or "").replace(".", "").lower()
    if marker:
        if not 1 <= hour <= 12:
            return None
        if marker in ("am", "sa"):
            hour = 0 if hour == 12 else hour
        else:
            hour = 12 if hour == 12 else hour + 12
    if hour > 23 or minute > 59 or second > 59:
        return None
    return datetime.time(hour, minute, second)


def _from_iso_match(match: re.Match) -> datetime.datetime | None:
    date = _date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
    if date is None:
        return None
    if match.group(4) is None:
        return datetime.datetime.combine(date, datetime.time())
    hour, minute, second = int(match.group(4)), int(match.group(5)), int(match.group(6) or 0)
    if hour > 23 or minute > 59 or second > 59:
        return None
    value = datetime.datetime.combine(date, datetime.time(hour, minute, second))
    zone = match.group(7)
    if not zone:
        return value
    if zone == "Z":
        offset = datetime.timedelta()
    else:
        digits = zone[1:].replace(":", "")
        offset = datetime.timedelta(hours=int(digits[:2]), minutes=int(digits[2:]))
        if zone[0] == "-":
            offset = -offset
    aware = value.replace(tzinfo=datetime.timezone(offset))
    return aware.astimezone(VIETNAM).replace(tzinfo=None)
