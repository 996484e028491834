"""Extract the content of a page saved as plain text (browser "Save as text", copy-paste).

The date line is the anchor: the title is the nearest substantial line above it that is
not portal chrome, the category the line above the title, and the paragraphs below it
are the sapo (the first) and the body.
"""

import html
import re

from vnportal.vntext import normalize

from .chrome import is_chrome_line, is_home, is_related_heading
from .dates import looks_like_date_line, parse_date_line
from .decode import decode_page, looks_binary
from .model import Extracted, Parts
from .page import NO_BODY, NOT_HTML, UNREADABLE, finish, unsure_encoding

__all__ = ["extract_text"]

_CRUMB_SEPARATORS = re.compile(r"\s*(?:>|»|›)\s*")
_MIN_TITLE_WORDS = 4


def extract_text(data: bytes, *, path: str | None = None) -> Extracted:
    if not isinstance(data, (bytes, bytearray)) or not data.strip():
        return Extracted(software="text", warnings=[NO_BODY])
    data = bytes(data)
    if looks_binary(data):
        return Extracted(software="text", warnings=[NOT_HTML])
    try:
        decoded = decode_page(data)
        result = Extracted(software="text", encoding=decoded.encoding)
        if decoded.unsure:
            result.warnings.append(unsure_encoding(decoded.encoding))
        lines = [normalize(line).strip() for line in decoded.text.splitlines()]
        finish(_parts([line for line in lines if line]), result)
    except Exception as error:  # noqa: BLE001 - the import report shows the file instead
        return Extracted(software="text", warnings=[f"{UNREADABLE}: {type(error).__name__}"])
    return result


def _parts(lines: list[str]) -> Parts:
    anchor = next((i for i, line in enumerate(lines) if looks_like_date_line(line)), None)
    if anchor is None:
        content = [i for i, line in enumerate(lines) if not is_chrome_line(line)]
        if not content:
            return Parts(kind="page")
        title_at = next(
            (i for i in content if len(lines[i].split()) >= _MIN_TITLE_WORDS), content[0]
        )
        return Parts(
            title=lines[title_at],
            category=_category(lines, title_at),
            body=_body(lines[title_at + 1 :]),
            kind="page",
        )
    title_at = None
    for i in range(anchor - 1, -1, -1):
        if not is_chrome_line(lines[i]) and len(lines[i].split()) >= _MIN_TITLE_WORDS:
            title_at = i
            break
    paragraphs = _until_related(lines[anchor + 1 :])
    author = ""
    if len(paragraphs) > 1 and _is_byline(paragraphs[-1]):
        author = paragraphs.pop()
    sapo = paragraphs.pop(0) if len(paragraphs) > 1 else ""
    return Parts(
        title=lines[title_at] if title_at is not None else "",
        date_text=lines[anchor],
        published_at=parse_date_line(lines[anchor]),
        category=_category(lines, title_at) if title_at is not None else [],
        sapo=sapo,
        body=_body(paragraphs),
        author=author,
        kind="article",
    )


def _category(lines: list[str], title_at: int) -> list[str]:
    for i in range(title_at - 1, -1, -1):
        line = lines[i]
        if _CRUMB_SEPARATORS.search(line) and len(line.split()) <= 16:
            return [item for item in _CRUMB_SEPARATORS.split(line) if item and not is_home(item)]
        if is_chrome_line(line) or line.endswith(":"):
            continue
        if len(line.split()) > 10:
            return []
        items = [item for item in _CRUMB_SEPARATORS.split(line) if item and not is_home(item)]
        return items
    return []


def _until_related(lines: list[str]) -> list[str]:
    for i, line in enumerate(lines):
        if is_related_heading(line):
            return lines[:i]
    return [line for line in lines if not is_chrome_line(line)]


def _is_byline(line: str) -> bool:
    words = line.split()
    return (
        0 < len(words) <= 5
        and len(line) <= 40
        and line[-1] not in ".:;!?,…"
        and all(word[0].isupper() or word[0] == "(" for word in words)
    )


def _body(paragraphs: list[str]):
    import lxml.html

    if not paragraphs:
        return None
    markup = "".join(f"<p>{html.escape(line, quote=False)}</p>" for line in paragraphs)
    return lxml.html.fragment_fromstring(markup, create_parent="div")
