"""Read the rows of a CSV or XLSX file of documents, whatever program saved it.

Records offices keep their registers in Excel and save them as .xlsx, as CSV in UTF-8
(with or without a byte order mark), as Excel's "Unicode text" (UTF-16, tab-separated)
or, on older machines, in Windows-1258. The kind of file is told by its content, never its
name; the delimiter is the one that makes the header row read as our columns. Text comes
out in NFC. Pure Python plus openpyxl: no Django.
"""

import codecs
import csv
import dataclasses
import datetime
import io
import zipfile
from collections.abc import Iterator
from pathlib import Path

from vnportal.vntext import normalize

from . import columns

# A register of 100,000 rows with long summaries is well under this; a zip that unpacks
# to more is a bomb, not a register.
MAX_XLSX_UNPACKED = 512 * 1024 * 1024
HEADER_SEARCH_ROWS = 10
DELIMITERS = (",", ";", "\t")


class ImportFileError(ValueError):
    """The file cannot be read at all; ``reason`` says why, in Vietnamese."""

    def __init__(self, reason: str):
        super().__init__(reason)
        self.reason = reason


@dataclasses.dataclass(frozen=True)
class SourceRow:
    """One data row: ``row`` is the number a spreadsheet shows for it (the header row is
    usually 1), ``cells`` maps each header as written to the cell's value (str, int,
    float, datetime.date or None). ``extra`` counts filled cells right of the last header,
    which in a CSV file mean an unquoted delimiter shifted the row."""

    row: int
    cells: dict
    extra: int = 0


class Sheet:
    """The rows of a file under its header row; iterate it for SourceRows."""

    def __init__(self, header_row: int, header: list[str], records, kind: str, encoding=""):
        self.header_row = header_row
        self.header = header
        self.kind = kind
        self.encoding = encoding
        self._records = records

    def __iter__(self) -> Iterator[SourceRow]:
        width = len(self.header)
        for number, values in self._records:
            if not any(_filled(value) for value in values):
                continue
            cells = {
                name: values[index] if index < len(values) else None
                for index, name in enumerate(self.header)
                if name
            }
            # In a spreadsheet an unnamed column is a note; only a CSV row can be shifted.
            extra = 0
            if self.kind == "csv":
                extra = sum(1 for value in values[width:] if _filled(value))
            yield SourceRow(number, cells, extra)


def read_rows(path, recognised=columns.recognised, keep_time=False) -> Sheet:
    """The rows of the CSV or XLSX file at `path`; ImportFileError when it cannot be read.

    `recognised(cells)` counts the known column names in a row: it finds the header row
    and the CSV delimiter (the register's columns by default; another import passes its
    own). With `keep_time`, a spreadsheet's date-time keeps its time (the register keeps
    dates only)."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as error:
        raise ImportFileError(f"Không đọc được tệp {path}: {error.strerror}.") from error
    return read_data(data, recognised, keep_time)


def read_data(data: bytes, recognised=columns.recognised, keep_time=False) -> Sheet:
    """The rows of a CSV or XLSX file given as bytes."""
    clean = _clean_keeping_time if keep_time else _clean
    if data.startswith(b"PK\x03\x04"):
        return _sheet(_xlsx_records(data, clean), "xlsx", recognised=recognised)
    if data.startswith(b"\xd0\xcf\x11\xe0"):
        raise ImportFileError(
            "Tệp Excel 97-2003 (.xls) chưa được hỗ trợ: hãy mở tệp trong Excel và lưu lại "
            "dạng .xlsx hoặc CSV UTF-8."
        )
    text, encoding = decode(data)
    return _sheet(_csv_records(text, recognised, clean), "csv", encoding, recognised)


def decode(data: bytes) -> tuple[str, str]:
    """The text of a CSV file and the encoding it was in."""
    if data.startswith(codecs.BOM_UTF8):
        candidates = ("utf-8-sig",)
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        candidates = ("utf-16",)
    elif _looks_utf16(data):
        candidates = ("utf-16-le" if data[1:2] == b"\0" else "utf-16-be",)
    else:
        # Windows-1258 decodes nearly any byte string, so it can only be the fallback;
        # valid UTF-8 that is not meant as UTF-8 is vanishingly rare in Vietnamese text.
        candidates = ("utf-8", "cp1258")
    for encoding in candidates:
        try:
            return data.decode(encoding), encoding
        except UnicodeDecodeError:
            continue
    raise ImportFileError(
        "Không nhận ra bảng mã của tệp CSV (đã thử UTF-8, UTF-16 và Windows-1258). "
        "Hãy lưu lại tệp dạng CSV UTF-8."
    )


def _looks_utf16(data: bytes) -> bool:
    sample = data[:400]
    return len(sample) >= 4 and sample.count(b"\0") >= len(sample) // 4


def _filled(value) -> bool:
    return value is not None and not (isinstance(value, str) and not value.strip())


def _clean(value):
    if isinstance(value, datetime.datetime):
        return value.date()
    return _clean_keeping_time(value)


def _clean_keeping_time(value):
    if isinstance(value, str):
        return normalize(value).strip()
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, bool):
        return "Có" if value else "Không"
    return value


def _csv_records(text: str, recognised, clean) -> list[tuple[int, list]]:
    delimiter = _delimiter(text, recognised)
    records = []
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        # A spreadsheet shows one row per record, even when a quoted cell spans lines.
        for number, values in enumerate(reader, start=1):
            records.append((number, [clean(value) for value in values]))
    except csv.Error as error:
        raise ImportFileError(
            f"Dòng {len(records) + 1}: tệp CSV hỏng ({error}); kiểm tra dấu ngoặc kép."
        ) from error
    return records


def _delimiter(text: str, recognised) -> str:
    """The delimiter under which the header reads as the most of our columns."""
    sample = "\n".join(text.splitlines()[: HEADER_SEARCH_ROWS * 2])

    def score(delimiter):
        try:
            rows = list(csv.reader(io.StringIO(sample), delimiter=delimiter))
        except csv.Error:
            return (-1, 0)
        rows = [row for row in rows if any(cell.strip() for cell in row)][:HEADER_SEARCH_ROWS]
        known = max((recognised(row) for row in rows), default=0)
        width = len(rows[0]) if rows else 0
        return (known, width)

    return max(DELIMITERS, key=score)


def _xlsx_records(data: bytes, clean) -> list[tuple[int, list]]:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            unpacked = sum(info.file_size for info in archive.infolist())
    except zipfile.BadZipFile as error:
        raise ImportFileError("Tệp .xlsx bị hỏng (không mở được như tệp zip).") from error
    if unpacked > MAX_XLSX_UNPACKED:
        raise ImportFileError(
            f"Tệp .xlsx giải nén ra {unpacked // 1024 // 1024} MB, quá "
            f"{MAX_XLSX_UNPACKED // 1024 // 1024} MB; hãy chia nhỏ tệp."
        )
    import openpyxl

    try:
        workbook = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as error:  # openpyxl raises many kinds; all mean "not a workbook"
        raise ImportFileError(f"Không mở được tệp .xlsx: {error}.") from error
    try:
        sheet = workbook.worksheets[0]
        # Some programs write a wrong <dimension>; without this, rows past it are lost.
        sheet.reset_dimensions()
        records = []
        for values in sheet.iter_rows(values_only=False):
            cells = [cell for cell in values if getattr(cell, "row", None)]
            if not cells:
                continue
            row = [None] * (max(cell.column for cell in cells))
            for cell in cells:
                row[cell.column - 1] = clean(cell.value)
            records.append((cells[0].row, row))
        return records
    finally:
        workbook.close()


def _sheet(records, kind: str, encoding: str = "", recognised=columns.recognised) -> Sheet:
    header_at = _header_index(records, recognised)
    if header_at is None:
        raise ImportFileError("Tệp không có dòng nào.")
    number, values = records[header_at]
    header, seen = [], set()
    for value in values:
        name = str(value).strip() if _filled(value) else ""
        if name in seen:
            suffix = 2
            while f"{name} ({suffix})" in seen:
                suffix += 1
            name = f"{name} ({suffix})"
        seen.add(name)
        header.append(name)
    return Sheet(number, header, records[header_at + 1 :], kind, encoding)


def _header_index(records, recognised) -> int | None:
    """The header is the first row naming two of our columns; a title above it ("DANH
    MỤC VĂN BẢN") is skipped. Failing that, the first row that is not empty."""
    filled = [index for index, (_, values) in enumerate(records) if any(_filled(v) for v in values)]
    for index in filled[:HEADER_SEARCH_ROWS]:
        if recognised(records[index][1]) >= 2:
            return index
    return filled[0] if filled else None
