"""Bytes of a saved page to text, with legacy Vietnamese encodings converted."""

import re
from dataclasses import dataclass

from vnportal.vntext import legacy

__all__ = ["Decoded", "declared_charset", "decode_page"]

_META_CHARSET = re.compile(
    rb"""<meta[^>]+?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE
)
# Characters lxml refuses (not allowed in XML), other than tab and line breaks.
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")

ENCODING_NAMES = {"tcvn3": "TCVN3", "vni": "VNI"}


@dataclass
class Decoded:
    text: str
    encoding: str  # "unicode", "tcvn3" or "vni"
    unsure: bool


def declared_charset(data: bytes) -> str | None:
    """The charset a page declares in ``<meta charset>`` or ``http-equiv``, if any."""
    match = _META_CHARSET.search(data[:8192])
    if not match:
        return None
    return match.group(1).decode("ascii", "replace").lower()


def decode_page(data: bytes) -> Decoded:
    repaired = legacy.decode_bytes(data, declared_charset(data))
    text = _CONTROL.sub("", repaired.text)
    return Decoded(text=text, encoding=repaired.encoding, unsure=bool(repaired.unsure))


def looks_binary(data: bytes) -> bool:
    """Whether ``data`` is not text at all (an image, a PDF, a zip saved as .html)."""
    head = data[:4096]
    if head.startswith((b"\xff\xfe", b"\xfe\xff", b"\xef\xbb\xbf")):
        return False
    if head.startswith((b"%PDF", b"PK\x03\x04", b"\x89PNG", b"GIF8", b"\xff\xd8\xff")):
        return True
    return head.count(b"\x00") > len(head) // 20
