"""OpenDocument text (ODT): Basic and script removal, and the text of its paragraphs."""

import io
import zipfile

from lxml import etree

from . import limits
from .safezip import SafeZip, corrupt
from .xmlsafe import iterparse, parse_for_edit

_TEXT = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
_MANIFEST = "{urn:oasis:names:tc:opendocument:xmlns:manifest:1.0}"
_MACRO_FOLDERS = ("basic/", "scripts/")
# LibreOffice writes these library indexes even for an empty "Standard" library.
_LIBRARY_INDEXES = ("script-lc.xml", "script-lb.xml", "dialog-lc.xml", "dialog-lb.xml")
_BLOCKS = {f"{_TEXT}p", f"{_TEXT}h"}
# Deleted text of tracked changes is kept in the file but is not part of the document.
_SKIPPED = {f"{_TEXT}tracked-changes"}


def macro_parts(names: list[str]) -> set[str]:
    """Every Basic or script part, if the file holds at least one module or script."""
    parts = {name for name in names if name.lower().startswith(_MACRO_FOLDERS)}
    has_code = any(
        not name.endswith("/") and not name.lower().endswith(_LIBRARY_INDEXES) for name in parts
    )
    return parts if has_code else set()


def without_macros(archive: SafeZip, removed: set[str]) -> bytes:
    bad = corrupt(archive.label)
    output = io.BytesIO()
    with zipfile.ZipFile(output, "w", zipfile.ZIP_DEFLATED) as target:
        for name, info in archive.infos.items():
            if name in removed:
                continue
            body = archive.read(name)
            if name == "META-INF/manifest.xml":
                body = _manifest_without(body, removed, bad)
            copy = zipfile.ZipInfo(name, date_time=info.date_time)
            # ODF: "mimetype" comes first and is stored, so tools can sniff it at offset 38.
            copy.compress_type = zipfile.ZIP_STORED if name == "mimetype" else zipfile.ZIP_DEFLATED
            target.writestr(copy, body)
    return output.getvalue()


def _manifest_without(body: bytes, removed: set[str], bad) -> bytes:
    root = parse_for_edit(body, bad)
    for entry in list(root):
        path = entry.get(f"{_MANIFEST}full-path", "")
        if path in removed or path.lower().startswith(_MACRO_FOLDERS):
            root.remove(entry)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8")


def text(archive: SafeZip) -> str:
    if not archive.has("content.xml"):
        raise corrupt(archive.label)
    pieces: list[str] = []
    open_blocks = 0
    skipping = 0
    budget = limits.MAX_TEXT_CHARS
    for event, element in iterparse(archive.read("content.xml"), corrupt(archive.label)):
        tag = element.tag
        if tag in _SKIPPED:
            skipping += 1 if event == "start" else -1
        elif tag in _BLOCKS and not skipping:
            if event == "start":
                open_blocks += 1
                continue
            open_blocks -= 1
            # A paragraph inside a note or frame is read with the paragraph that holds it.
            if open_blocks == 0:
                budget -= _flatten(element, pieces)
                element.clear()
                if budget < 0:
                    break
    return "".join(pieces)


def _flatten(block, pieces: list[str]) -> int:
    """Append the text of ``block`` in reading order; no recursion, however deep the nesting."""
    before = len(pieces)
    stack = [(block, False)]
    while stack:
        element, closing = stack.pop()
        if closing:
            if element.tag in _BLOCKS:
                pieces.append("\n")
            if element is not block and element.tail:
                pieces.append(element.tail)
            continue
        tag = element.tag
        if tag in _BLOCKS and element is not block:
            pieces.append("\n")
        elif tag == f"{_TEXT}s":
            pieces.append(" " * min(_int(element.get(f"{_TEXT}c")), 100))
        elif tag == f"{_TEXT}tab":
            pieces.append("\t")
        elif tag == f"{_TEXT}line-break":
            pieces.append("\n")
        if element.text:
            pieces.append(element.text)
        stack.append((element, True))
        stack.extend((child, False) for child in reversed(element))
    return sum(len(piece) for piece in pieces[before:])


def _int(value: str | None) -> int:
    try:
        return max(int(value or 1), 1)
    except ValueError:
        return 1
