"""XML parsing for uploaded parts: no DTD, so no entity can be declared, expanded or fetched.

Office and OpenDocument parts never carry a DOCTYPE, so a part that has one was crafted:
an external entity (XXE) would read server files into the search index, and nested
entities (billion laughs) would exhaust memory. Such a file is refused outright rather
than parsed with the entities left unexpanded, so no later reader (openpyxl included)
ever sees it.
"""

import io
import re

import defusedxml
from defusedxml import ElementTree as DefusedET
from lxml import etree

from .errors import FileRejected

XML_ATTACK = (
    "Không nhận tệp này: tệp chứa khai báo DTD hoặc thực thể XML, điều không có trong tệp "
    "văn phòng bình thường (dấu hiệu tệp bị sửa để tấn công máy chủ)."
)

# Expat reads only these; a part in another encoding (UTF-7, EBCDIC) could hide a DOCTYPE
# from the byte scan below, so the scan is only trusted for them.
_DTD_MARKS = tuple(
    mark.encode(codec)
    for mark in ("<!DOCTYPE", "<!ENTITY")
    for codec in ("utf-8", "utf-16-le", "utf-16-be")
)


def refuse_dtd(body: bytes) -> None:
    """Refuse a part that declares a DTD, without parsing it (cheap enough for every part)."""
    if any(mark in body for mark in _DTD_MARKS):
        raise FileRejected(XML_ATTACK)
    declared = _ENCODING.search(body[:200])
    if declared and declared.group(1).lower() not in _PLAIN_ENCODINGS:
        raise FileRejected(XML_ATTACK)


_ENCODING = re.compile(rb"""^\s*<\?xml[^>]*encoding\s*=\s*["']([A-Za-z0-9._-]+)""")
_PLAIN_ENCODINGS = {b"utf-8", b"utf8", b"utf-16", b"us-ascii", b"ascii", b"iso-8859-1"}


def parse(body: bytes, corrupt: FileRejected):
    """Parse a whole part with the standard library's tree, refusing any DTD."""
    try:
        return DefusedET.fromstring(body, forbid_dtd=True)
    except defusedxml.DefusedXmlException as exc:
        raise FileRejected(XML_ATTACK) from exc
    except Exception as exc:
        raise corrupt from exc


def iterparse(body: bytes, corrupt: FileRejected, events=("start", "end")):
    """Stream a part's (event, element) pairs, refusing any DTD; elements may be cleared."""
    try:
        yield from DefusedET.iterparse(io.BytesIO(body), events=events, forbid_dtd=True)
    except defusedxml.DefusedXmlException as exc:
        raise FileRejected(XML_ATTACK) from exc
    except FileRejected:
        raise
    except Exception as exc:
        raise corrupt from exc


_EDIT_PARSER = etree.XMLParser(
    resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False
)


def parse_for_edit(body: bytes, corrupt: FileRejected):
    """Parse a part we rewrite with lxml, which keeps its namespace prefixes on output.

    The part is first parsed by ``parse`` so a DTD is refused before lxml reads it.
    """
    parse(body, corrupt)
    try:
        return etree.fromstring(body, parser=_EDIT_PARSER)
    except Exception as exc:
        raise corrupt from exc
