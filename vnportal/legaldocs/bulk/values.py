"""Cell values as the register needs them: text, dates, lists. Pure Python: no Django.

Each function raises CellError with a Vietnamese reason instead of guessing: a
two-digit year or 31/02 is a typo the records office must fix, not a date to invent.
"""

import datetime
import re

from vnportal.vntext import fold

FIRST_YEAR = 1900
LAST_YEAR = 2199


class CellError(ValueError):
    def __init__(self, reason: str):
        super().__init__(reason)
        self.reason = reason


def text(value) -> str:
    """The cell as one line of text: spreadsheets turn "5" into 5.0, "01" stays "01"."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, datetime.date):
        return f"{value:%d/%m/%Y}"
    return " ".join(str(value).split())


def long_text(value) -> str:
    """A cell that may hold paragraphs (a summary): line breaks kept, lines trimmed."""
    if value is None:
        return ""
    lines = [" ".join(line.split()) for line in str(value).strip().splitlines()]
    return "\n".join(lines).strip()


_DAY_FIRST = re.compile(r"(\d{1,2})([/.-])(\d{1,2})\2(\d+)")
_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T]00:00(?::00(?:\.0+)?)?)?")
_WORDS = re.compile(r"(?:ngay\s*)?(\d{1,2})\s*thang\s*(\d{1,2})\s*nam\s*(\d+)")


def date(value) -> datetime.date | None:
    """A date from a date cell or from dd/mm/yyyy, d/m/yyyy, dd-mm-yyyy, dd.mm.yyyy,
    yyyy-mm-dd or "ngày 5 tháng 3 năm 2024"; None for an empty cell."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime.datetime):
        return value.date()
    if isinstance(value, datetime.date):
        return value
    if isinstance(value, int | float):
        raise CellError(
            f"Ô chứa số {text(value)}, không phải ngày; hãy định dạng ô là ngày hoặc ghi "
            "dạng dd/mm/yyyy."
        )
    written = " ".join(str(value).split())
    if found := _ISO.fullmatch(written):
        year, month, day = found.groups()
    elif found := _DAY_FIRST.fullmatch(written):
        day, _, month, year = found.groups()
    elif found := _WORDS.fullmatch(fold(written)):
        day, month, year = found.groups()
    else:
        raise CellError(f"“{written}” không phải ngày tháng; hãy ghi dạng dd/mm/yyyy.")
    if len(year) != 4:
        raise CellError(f"Năm trong ngày “{written}” phải viết đủ bốn chữ số.")
    if not FIRST_YEAR <= int(year) <= LAST_YEAR:
        raise CellError(f"Năm {year} trong ngày “{written}” không hợp lệ.")
    try:
        return datetime.date(int(year), int(month), int(day))
    except ValueError:
        raise CellError(f"Ngày “{written}” không có thật.") from None


_NUMBER_SEPARATORS = re.compile(r"[;,\n]+")
_PATH_SEPARATORS = re.compile(r"[;\n]+")


def numbers(value) -> list[str]:
    """The numbers of a relation cell: separated by ";" (or "," or line breaks, which a
    number never contains)."""
    return [part.strip() for part in _NUMBER_SEPARATORS.split(text_lines(value)) if part.strip()]


def paths(value) -> list[str]:
    """The file paths of an attachment cell, separated by ";" or line breaks (a file name
    may hold a comma)."""
    return [part.strip() for part in _PATH_SEPARATORS.split(text_lines(value)) if part.strip()]


def text_lines(value) -> str:
    return "" if value is None else str(value)
