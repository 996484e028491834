"""Extract the content of one saved HTML page of a portal."""

import re

import lxml.html

from vnportal.vntext import normalize

from .chrome import is_chrome_text
from .clean import clean_body, plain_text, prune
from .dates import looks_like_date_line
from .decode import ENCODING_NAMES, decode_page, looks_binary
from .model import Extracted, Parts
from .profiles import PROFILES, detect_software, liferay_parts, profile_parts

__all__ = ["extract_html", "finish"]

_HTTRACK = re.compile(r"<!--\s*Mirrored from\s+(\S+)\s+by HTTrack", re.IGNORECASE)
_FIRST_BLOCK = re.compile(r"^<(p|h2|h3|h4)>(.*?)</\1>\n?", re.DOTALL)
_BOLD_PARAGRAPH = re.compile(r"^<p>\s*<(strong|b)>(.*?)</\1>\s*</p>\n?", re.DOTALL)
_TAGS = re.compile(r"<[^>]+>")
_SPACES = re.compile(r"\s+")

NO_DATE = "Không tìm thấy ngày đăng"
NO_BODY = "Không tìm thấy nội dung trang"
NOT_HTML = "Tệp không phải trang HTML"
UNREADABLE = "Không đọc được trang"


def unsure_encoding(encoding: str) -> str:
    name = ENCODING_NAMES.get(encoding, "TCVN3 hoặc VNI")
    return f"Không chắc bảng mã: có thể là {name}"


def extract_html(data: bytes, *, path: str | None = None) -> Extracted:
    """Extract one saved page; never raises, reports trouble in ``warnings``."""
    if not isinstance(data, (bytes, bytearray)) or not data.strip():
        return Extracted(warnings=[NO_BODY])
    data = bytes(data)
    if looks_binary(data):
        return Extracted(warnings=[NOT_HTML])
    try:
        decoded = decode_page(data)
    except Exception:  # a converter bug must not stop a whole import
        return Extracted(warnings=[UNREADABLE])
    result = Extracted(encoding=decoded.encoding)
    if decoded.unsure:
        result.warnings.append(unsure_encoding(decoded.encoding))
    try:
        _extract(decoded.text, result)
    except Exception as error:  # noqa: BLE001 - the import report shows the page instead
        result.warnings.append(f"{UNREADABLE}: {type(error).__name__}")
    return result


def _extract(text: str, result: Extracted) -> None:
    result.original_url = original_url(text)
    if not text.strip():
        result.warnings.append(NO_BODY)
        return
    root = lxml.html.document_fromstring(stray_paragraph_ends(text))
    if not result.original_url:
        result.original_url = _meta_url(root)
    software = detect_software(text)
    if software == "liferay":
        parts = liferay_parts(root)
    elif software in PROFILES:
        parts = profile_parts(root, software)
    else:
        from .generic import generic_parts

        parts = generic_parts(root)
    result.software = software
    finish(parts, result)


def finish(parts: Parts, result: Extracted) -> Extracted:
    """Clean the body and settle kind, sapo, author and warnings (HTML and text alike)."""
    body_html, images, attachments = "", [], []
    if parts.body is not None:
        prune(parts.body)
        body_html, images, attachments = clean_body(parts.body, result.original_url)
    title = normalize(_SPACES.sub(" ", parts.title).strip())
    kind = parts.kind
    if not kind:
        from .generic import looks_like_listing

        if parts.body is None or looks_like_listing(parts.body):
            kind = "listing"
        else:
            kind = "article" if parts.published_at else "page"
    sapo = normalize(parts.sapo)
    author = normalize(parts.author)
    if kind != "listing":
        body_html = _drop_repeats(body_html, title, sapo)
    if kind == "article" and result.software not in ("liferay", "text"):
        if not sapo:
            match = _BOLD_PARAGRAPH.match(body_html)
            if match and len(_text(match.group(2))) >= 40:
                sapo = _text(match.group(2))
                body_html = body_html[match.end() :]
        if not author:
            author, body_html = _trailing_author(body_html)
    if kind == "listing":
        published, date_text = None, ""
    else:
        published, date_text = parts.published_at, normalize(parts.date_text)
    result.title = title
    result.published_at = published
    result.date_text = date_text
    result.category = [normalize(item) for item in parts.category if item]
    result.sapo = sapo
    result.body_html = body_html
    result.images = images if any(image.src in body_html for image in images) else []
    result.attachments = attachments
    result.author = author
    result.kind = kind
    if kind != "listing" and published is None:
        result.warnings.append(NO_DATE)
    if not plain_text(body_html) and kind != "listing":
        result.warnings.append(NO_BODY)
    return result


_PARAGRAPH_TAGS = re.compile(
    r"<(/?)(p|div|table|ul|ol|h[1-6]|blockquote|li|section|article|pre|dl|hr|address|td|th|tr)"
    r"(?=[\s/>])[^>]*>",
    re.IGNORECASE,
)


def stray_paragraph_ends(text: str) -> str:
    """Turn a ``</p>`` that closes no paragraph into a paragraph break.

    Browsers render such a tag as an empty paragraph (HTML5 parsing rules), so the
    reader sees a new line; lxml drops it and would glue the lines together. Liferay
    journal articles pasted from Word are full of them.
    """
    out = []
    last = 0
    paragraph_open = False
    for match in _PARAGRAPH_TAGS.finditer(text):
        closing, tag = match.group(1), match.group(2).lower()
        if tag == "p" and not closing:
            paragraph_open = True
        elif tag == "p":
            if not paragraph_open:
                out.append(text[last : match.start()])
                out.append("<br><br>")
                last = match.end()
            paragraph_open = False
        else:
            paragraph_open = False
    out.append(text[last:])
    return "".join(out)


def original_url(text: str) -> str:
    match = _HTTRACK.search(text[:5000])
    if not match:
        return ""
    address = match.group(1)
    return address if "://" in address else "https://" + address


def _meta_url(root) -> str:
    for value in root.xpath("//link[@rel='canonical']/@href|//meta[@property='og:url']/@content"):
        if value.strip().startswith(("http://", "https://")):
            return value.strip()
    return ""


def _text(fragment: str) -> str:
    import html

    return normalize(_SPACES.sub(" ", html.unescape(_TAGS.sub("", fragment))).strip())


def _drop_repeats(body_html: str, title: str, sapo: str) -> str:
    """Drop the title, date line or sapo repeated at the top of the body."""
    for _ in range(3):
        match = _FIRST_BLOCK.match(body_html)
        if not match:
            break
        text = _text(match.group(2))
        if text and (
            text == title or text == sapo or looks_like_date_line(text) or is_chrome_text(text)
        ):
            body_html = body_html[match.end() :]
            continue
        break
    return body_html


def _trailing_author(body_html: str) -> tuple[str, str]:
    """A short last paragraph of capitalised words ("Minh Hoàng", "PV") is the byline."""
    blocks = body_html.rsplit("\n", 1)
    last = blocks[-1]
    if not (last.startswith("<p>") and last.endswith("</p>")) or "<img" in last:
        return "", body_html
    text = _text(last)
    words = text.split()
    if (
        len(blocks) < 2
        or not words
        or len(text) > 40
        or len(words) > 6
        or text[-1] in ".:;!?,"
        or not all(word[0].isupper() or word[0] in "(" for word in words)
    ):
        return "", body_html
    return text.strip("()"), blocks[0]
