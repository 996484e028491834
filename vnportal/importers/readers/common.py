"""What the readers share: local time, text clean-up, counting what is to come."""

import datetime
import re
from zoneinfo import ZoneInfo

from vnportal.vntext import normalize

VIETNAM = ZoneInfo("Asia/Ho_Chi_Minh")
_SPACES = re.compile(r"[ \t]+")
_BREAKS = re.compile(r"\n\s*\n|\n")


def local_aware(moment: datetime.datetime | None) -> datetime.datetime | None:
    """A naive time is Vietnam time (as old portals print it); an aware one is kept."""
    if moment is None:
        return None
    if moment.tzinfo is None:
        return moment.replace(tzinfo=VIETNAM)
    return moment


def clean_line(text) -> str:
    return _SPACES.sub(" ", normalize(str(text or ""))).strip()


def paragraphs(text: str) -> list[str]:
    """Paragraphs of a plain text: blank lines (or single line breaks) separate them."""
    text = normalize(text or "").replace("\r\n", "\n").replace("\r", "\n")
    return [_SPACES.sub(" ", part).strip() for part in _BREAKS.split(text) if part.strip()]
