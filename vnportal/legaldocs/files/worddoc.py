"""Text of a Word 97-2003 document from its piece table ([MS-DOC] 2.8.35, 2.9.38).

The characters of a .doc live in the WordDocument stream in pieces, each either 8-bit
(Windows-1252) or UTF-16LE; the CLX structure in the table stream lists them in order.
Field instructions (the text between field-begin and field-separator marks) are dropped.
"""

import struct

from . import limits


class EncryptedError(Exception):
    """The document is encrypted with a password; its text cannot be read."""


class NotWord97Error(ValueError):
    """The stream is not a Word 97-2003 document this reader understands."""


_WORD97_IDENT = 0xA5EC
_FIB_ENCRYPTED = 0x0100
_FIB_TABLE_1 = 0x0200
_CLX_INDEX = 33  # fcClx / lcbClx in FibRgFcLcb97
_COMPRESSED = 0x40000000
_FIELD_BEGIN, _FIELD_SEPARATOR, _FIELD_END = "\x13", "\x14", "\x15"
# Paragraph, cell and row marks, line and page breaks.
_BREAKS = str.maketrans({"\r": "\n", "\x07": "\t", "\x0b": "\n", "\x0c": "\n"})


def text(ole) -> str:
    word = ole.openstream("WordDocument").read()
    ident, _fib_version = struct.unpack_from("<HH", word, 0)
    if ident != _WORD97_IDENT:
        raise NotWord97Error("wIdent")
    (flags,) = struct.unpack_from("<H", word, 0x0A)
    if flags & _FIB_ENCRYPTED:
        raise EncryptedError
    table = ole.openstream("1Table" if flags & _FIB_TABLE_1 else "0Table").read()

    (csw,) = struct.unpack_from("<H", word, 32)
    offset = 34 + 2 * csw
    (cslw,) = struct.unpack_from("<H", word, offset)
    offset += 2 + 4 * cslw
    (pairs,) = struct.unpack_from("<H", word, offset)
    if pairs <= _CLX_INDEX:
        raise NotWord97Error("FibRgFcLcb too short")
    fc_clx, lcb_clx = struct.unpack_from("<II", word, offset + 2 + 8 * _CLX_INDEX)
    clx = table[fc_clx : fc_clx + lcb_clx]
    return _clean(_pieces(word, clx))


def _pieces(word: bytes, clx: bytes) -> str:
    position = 0
    while position < len(clx) and clx[position] == 0x01:  # Prc: formatting, skipped
        (size,) = struct.unpack_from("<h", clx, position + 1)
        position += 3 + max(size, 0)
    if position >= len(clx) or clx[position] != 0x02:
        raise NotWord97Error("no piece table")
    (size,) = struct.unpack_from("<I", clx, position + 1)
    table = clx[position + 5 : position + 5 + size]
    count = (len(table) - 4) // 12
    if count <= 0:
        raise NotWord97Error("empty piece table")
    positions = struct.unpack_from(f"<{count + 1}I", table, 0)
    texts = []
    total = 0
    for index in range(count):
        length = positions[index + 1] - positions[index]
        if length <= 0:
            continue
        (fc,) = struct.unpack_from("<I", table, 4 * (count + 1) + 8 * index + 2)
        if fc & _COMPRESSED:
            start = (fc & ~_COMPRESSED) // 2
            texts.append(word[start : start + length].decode("cp1252", errors="replace"))
        else:
            texts.append(word[fc : fc + 2 * length].decode("utf-16-le", errors="replace"))
        total += length
        if total > limits.MAX_TEXT_CHARS:
            break
    return "".join(texts)


def _clean(raw: str) -> str:
    """Drop field instructions and Word's control marks, keeping what a reader sees."""
    if _FIELD_BEGIN not in raw:
        return raw.translate(_BREAKS)
    out = []
    # One entry per open field: True while still in its instruction part.
    fields: list[bool] = []
    for char in raw:
        if char == _FIELD_BEGIN:
            fields.append(True)
        elif char == _FIELD_SEPARATOR:
            if fields:
                fields[-1] = False
        elif char == _FIELD_END:
            if fields:
                fields.pop()
        elif not any(fields):
            out.append(char)
    return "".join(out).translate(_BREAKS)
