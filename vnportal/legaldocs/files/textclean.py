"""Extracted text as the search index wants it: NFC, no control characters, spaces squeezed."""

import re

from vnportal.vntext import normalize

from . import limits

TEXT_CUT = "Nội dung chữ của tệp dài hơn {limit} ký tự: chỉ phần đầu được đưa vào tìm kiếm."
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\ufffe\uffff]")
_LINE_BREAKS = re.compile(r"\r\n?|[\x0b\x0c\x85\u2028\u2029]")


def clean(text: str) -> tuple[str, list[str]]:
    """Return the cleaned text, cut to the text limit, and the notice if it was cut."""
    limit = limits.MAX_TEXT_CHARS
    # Cleaning only shrinks text, so twice the limit is enough to fill it.
    text = _LINE_BREAKS.sub("\n", text[: 2 * limit + 1])
    text = normalize(_CONTROL.sub(" ", text))
    lines = (" ".join(line.split()) for line in text.split("\n"))
    text = "\n".join(line for line in lines if line)
    if len(text) <= limit:
        return text, []
    cut = text[:limit]
    last_space = max(cut.rfind(" "), cut.rfind("\n"))
    if last_space > limit * 0.9:
        cut = cut[:last_space]
    shown = f"{limit:,}".replace(",", ".")
    return cut, [TEXT_CUT.format(limit=shown)]
