"""Read a law's own article on its entry into force ("Hiệu lực thi hành").

Vietnamese laws end with an article that says when the law takes effect and which older
documents stop being in force then:

    1. Luật này có hiệu lực thi hành từ ngày 01 tháng 01 năm 2021.
    2. Luật Doanh nghiệp số 68/2014/QH13 hết hiệu lực kể từ ngày Luật này có hiệu lực thi hành.

``entry_into_force(text)`` returns the date of the first sentence and ``ended_documents``
the numbers of the second, each marked whole or partial: "Các quy định về … tại Chương V
của Luật … số 09/1998/QH10 hết hiệu lực" ends only part of that law. In "Luật X số A đã
được sửa đổi, bổ sung … theo Luật số B, Luật số C hết hiệu lực", only A ends: B and C are
the amendments that lived inside it.
"""

import dataclasses
import datetime
import re

from .docnumber import find_numbers
from .normalize import normalize

_IN_FORCE = re.compile(
    r"(?:bộ\s+)?(?:luật|pháp lệnh|nghị quyết|nghị định|thông tư|quyết định)\s+này\s+"
    r"có\s+hiệu\s+lực(?:\s+thi\s+hành)?(?:\s+kể)?\s+từ\s+ngày\s+"
    r"(?:(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})|(\d{1,2})[/-](\d{1,2})[/-](\d{4}))",
    re.IGNORECASE,
)
_ENDS = re.compile(r"hết\s+hiệu\s+lực", re.IGNORECASE)
_AMENDED_BY = re.compile(r"đã\s+được\s+sửa\s+đổi", re.IGNORECASE)
# Words that, before the number, say only some provisions end.
_PART = re.compile(
    r"^\s*(?:\d+\.\s*)?(?:các\s+|những\s+)?(?:quy\s+định|điều|khoản|điểm|chương|mục|phần)\b",
    re.IGNORECASE,
)


@dataclasses.dataclass(frozen=True)
class Ended:
    number: str  # canonical
    partial: bool


def entry_into_force(text: str) -> datetime.date | None:
    """The day the document says it takes effect, or None when it does not say."""
    lines = (line for line in normalize(text or "").splitlines() if "này có hiệu lực" in line)
    for match in (found for line in lines for found in _IN_FORCE.finditer(line)):
        day, month, year = (match[1], match[2], match[3]) if match[1] else match.groups()[3:]
        try:
            return datetime.date(int(year), int(month), int(day))
        except ValueError:
            continue
    return None


def ended_documents(text: str, own_number: str = "") -> list[Ended]:
    """The documents this one ends, from its sentences that say "hết hiệu lực"."""
    found: dict[str, Ended] = {}
    lines = [line for line in normalize(text or "").splitlines() if "hiệu lực" in line]
    for sentence in (part for line in lines for part in re.split(r"(?<=[.;])\s+", line)):
        ends = _ENDS.search(sentence)
        if not ends:
            continue
        head = sentence[: ends.start()]
        numbers = [m for m in find_numbers(head) if m.parsed.canonical != own_number]
        if not numbers:
            continue
        amended = _AMENDED_BY.search(head)
        if amended:
            numbers = [m for m in numbers if m.start < amended.start()] or numbers[:1]
        else:
            numbers = numbers[:1] if _says_amended_list(head) else numbers
        partial = bool(_PART.match(head))
        for match in numbers:
            number = match.parsed.canonical
            if number not in found or (found[number].partial and not partial):
                found[number] = Ended(number, partial)
    return list(found.values())


def _says_amended_list(head: str) -> bool:
    return "sửa đổi" in head.lower()


_ADOPTED = re.compile(r"thông\s+qua\s+ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})", re.I)


def adoption_date(text: str) -> datetime.date | None:
    """The day the National Assembly passed the law, from its closing line ("Luật này đã
    được Quốc hội … thông qua ngày 03 tháng 12 năm 2004"): the last such date."""
    for match in reversed(list(_ADOPTED.finditer(normalize(text or "")))):
        try:
            return datetime.date(int(match[3]), int(match[2]), int(match[1]))
        except ValueError:
            continue
    return None
