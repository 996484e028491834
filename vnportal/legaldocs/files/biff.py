"""Text of an Excel 97-2003 workbook: sheet names and the shared string table ([MS-XLS]).

Every text cell of a BIFF8 workbook points into the SST record, so reading it gives the
searchable words without decoding cells; numbers are left out.
"""

import struct

from . import limits

_BOF, _FILEPASS, _BOUNDSHEET, _SST, _CONTINUE = 0x0809, 0x002F, 0x0085, 0x00FC, 0x003C
_MACRO_SHEET_TYPES = {0x01, 0x06}  # Excel 4.0 macro sheet, VB module


class MacroSheetError(Exception):
    """The workbook holds an Excel 4.0 macro sheet."""


class EncryptedError(Exception):
    """The workbook is encrypted with a password."""


class NotBiff8Error(ValueError):
    """The stream is not a BIFF8 workbook this reader understands."""


def text(ole) -> str:
    if not ole.exists("Workbook"):
        raise NotBiff8Error("only a BIFF5 Book stream")
    stream = ole.openstream("Workbook").read()
    names: list[str] = []
    sst: list[bytes] = []
    previous = None
    position = 0
    while position + 4 <= len(stream):
        record, size = struct.unpack_from("<HH", stream, position)
        body = stream[position + 4 : position + 4 + size]
        position += 4 + size
        if previous is None and record != _BOF:
            raise NotBiff8Error("no BOF record")
        if record == _FILEPASS:
            raise EncryptedError
        if record == _BOUNDSHEET and len(body) >= 8:
            if body[5] in _MACRO_SHEET_TYPES:
                raise MacroSheetError
            names.append(_Reader([body[6:]]).string(short=True))
        elif record == _SST:
            sst = [body]
        elif record == _CONTINUE and previous in (_SST, "sst"):
            sst.append(body)
            record = "sst"
        previous = record
    strings = _shared_strings(sst) if sst else []
    return "\n".join(names + strings)


def _shared_strings(segments: list[bytes]) -> list[str]:
    reader = _Reader(segments)
    _total, unique = struct.unpack("<II", reader.take(8))
    strings = []
    length = 0
    for _ in range(unique):
        if reader.at_end():
            break
        value = reader.string()
        strings.append(value)
        length += len(value)
        if length > limits.MAX_TEXT_CHARS:
            break
    return strings


class _Reader:
    """Reads across an SST and its CONTINUE records; a string's characters may straddle them."""

    def __init__(self, segments: list[bytes]):
        self.segments = segments
        self.index = 0
        self.offset = 0

    def at_end(self) -> bool:
        while self.index < len(self.segments) and self.offset >= len(self.segments[self.index]):
            self.index += 1
            self.offset = 0
        return self.index >= len(self.segments)

    def take(self, count: int) -> bytes:
        out = bytearray()
        while count > 0:
            if self.at_end():
                raise NotBiff8Error("record ends inside a string")
            segment = self.segments[self.index]
            piece = segment[self.offset : self.offset + count]
            out += piece
            self.offset += len(piece)
            count -= len(piece)
        return bytes(out)

    def string(self, short: bool = False) -> str:
        """An XLUnicodeRichExtendedString (or, when ``short``, a ShortXLUnicodeString)."""
        if short:
            (count,) = self.take(1)
        else:
            (count,) = struct.unpack("<H", self.take(2))
        (flags,) = self.take(1)
        runs = extension = 0
        if not short and flags & 0x08:
            (runs,) = struct.unpack("<H", self.take(2))
        if not short and flags & 0x04:
            (extension,) = struct.unpack("<i", self.take(4))
        chars = self._chars(count, wide=bool(flags & 0x01))
        self.take(4 * runs + max(extension, 0))
        return chars

    def _chars(self, count: int, wide: bool) -> str:
        parts = []
        while count > 0:
            segment = self.segments[self.index] if self.index < len(self.segments) else b""
            if self.offset >= len(segment):
                # Characters continue in the next CONTINUE record, which starts with its own
                # 8-bit / 16-bit flag.
                self.index += 1
                self.offset = 0
                if self.index >= len(self.segments):
                    raise NotBiff8Error("string runs past the last record")
                (flags,) = self.take(1)
                wide = bool(flags & 0x01)
                continue
            width = 2 if wide else 1
            fits = min(count, (len(segment) - self.offset) // width)
            if fits == 0:
                raise NotBiff8Error("character split across records")
            raw = segment[self.offset : self.offset + fits * width]
            parts.append(raw.decode("utf-16-le" if wide else "latin-1", errors="replace"))
            self.offset += fits * width
            count -= fits
        return "".join(parts)
