"""Read a statistics table that an editor uploads as CSV or XLSX; plain Python, no Django.

`read_table(data, filename, sheet="", header_row=1)` returns a `Table` or raises
`TableError` whose message, in Vietnamese, tells the editor what is wrong and how to fix it.

The shape every table must have: one header row (the column names), then one row per
item; the first column names the row (a year, a commune, an indicator), the other columns
hold figures. Rows above the header row (a title typed above the table) are skipped, and
so are wholly empty rows and empty cells trailing at the end of a row.

Text encodings of CSV files, in the order they are tried:
1. UTF-8, with or without the byte-order mark Excel writes ("CSV UTF-8").
2. Windows-1258 (cp1258), what Excel for Vietnamese Windows wrote before UTF-8: accepted
   when the text read that way is made of Vietnamese syllables.
3. TCVN3 (ABC) and VNI-Windows, the pre-Unicode font encodings, which reach us as
   Windows-1252 bytes: converted when `vntext.legacy` finds clear evidence.
Anything else is refused with a message asking for "CSV UTF-8"; guessing would show
garbled names to the public.

Separator: `;` (Excel with Vietnamese regional settings), `,` or a tab; the one that
splits the header and the first rows into the same number of columns wins.

Numbers (`parse_number`): spaces (also non-breaking) inside a figure are ignored, and a
minus sign may lead. Each file is read in one convention, Vietnamese (`1.234,5`: dot for
thousands, comma for decimals) or international (`1,234.5`), chosen from the figures that
show it without doubt: a figure holding both marks (the one written last is the decimal
mark), a mark repeated in one figure (`1.234.567`: thousands), or a mark followed by other
than three digits (`12,5`: decimals). A file whose figures show both conventions is
refused; a file where nothing decides (only figures like `1.234`) is read the Vietnamese
way, so `1.234` is one thousand two hundred and thirty-four. Thousands groups must have
three digits, else the cell is text. XLSX cells that hold numbers are taken as they are.
"""

import csv
import datetime
import io
import re
import unicodedata
import zipfile
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

from vnportal.vntext import is_vietnamese_syllable
from vnportal.vntext.legacy import decode_bytes

MAX_BYTES = 2 * 1024 * 1024
MAX_ROWS = 500
MAX_COLUMNS = 30
VIETNAMESE = "vi"
INTERNATIONAL = "en"

SAVE_AS_UTF8 = "Hãy mở tệp bằng Excel và lưu lại với kiểu “CSV UTF-8 (Comma delimited)”."


class TableError(ValueError):
    """An uploaded table that cannot be used; `str(error)` is the Vietnamese message."""


@dataclass
class Table:
    """A parsed table. `rows[i][0]` is the row's name; other cells are `Decimal`, text or
    None (empty). `lines[i]` is where row i was in the file (1-based), for messages."""

    header: list[str]
    rows: list[list]
    lines: list[int] = field(default_factory=list)
    encoding: str = "utf-8"

    def to_json(self):
        """A JSON-safe form: numbers as {"n": "1234.5"} so that their decimals survive."""
        return {
            "header": list(self.header),
            "rows": [[_cell_to_json(cell) for cell in row] for row in self.rows],
            "lines": list(self.lines),
        }

    @classmethod
    def from_json(cls, data):
        if not data:
            return cls(header=[], rows=[])
        rows = [[_cell_from_json(cell) for cell in row] for row in data.get("rows", [])]
        return cls(header=list(data.get("header", [])), rows=rows, lines=data.get("lines", []))

    def column_index(self, wanted):
        """Index of a column given by its name (case- and space-insensitive) or its
        1-based number; None when there is no such data column."""
        wanted = wanted.strip()
        if wanted.isdigit():
            index = int(wanted) - 1
            return index if 1 <= index < len(self.header) else None
        key = _key(wanted)
        for index, name in enumerate(self.header):
            if index and _key(name) == key:
                return index
        return None

    def numeric_columns(self):
        """Data columns holding at least one number and nothing but numbers or blanks."""
        return [
            index
            for index in range(1, len(self.header))
            if self.non_numeric_cell(index) is None
            and any(isinstance(row[index], Decimal) for row in self.rows)
        ]

    def non_numeric_cell(self, index):
        """(line, text) of the first cell of column `index` that is neither a number nor
        empty, or None."""
        for row, line in zip(self.rows, self._lines(), strict=True):
            cell = row[index]
            if cell is not None and not isinstance(cell, Decimal):
                return line, cell
        return None

    def _lines(self):
        return self.lines if len(self.lines) == len(self.rows) else range(2, len(self.rows) + 2)


def _key(text):
    return " ".join(unicodedata.normalize("NFC", text).lower().split())


def _cell_to_json(cell):
    return {"n": str(cell)} if isinstance(cell, Decimal) else cell


def _cell_from_json(cell):
    return Decimal(cell["n"]) if isinstance(cell, dict) else cell


# --- reading files ---------------------------------------------------------------------


def read_table(data, filename, sheet="", header_row=1):
    """Parse the bytes of an uploaded CSV or XLSX file; raise `TableError` if unusable."""
    if not data:
        raise TableError("Tệp tải lên rỗng, không có dữ liệu.")
    if len(data) > MAX_BYTES:
        raise TableError(
            f"Tệp quá lớn ({format_size(len(data))}); bảng số liệu chỉ được tối đa "
            f"{format_size(MAX_BYTES)}. Hãy tách thành nhiều bảng nhỏ hơn."
        )
    if header_row < 1:
        raise TableError("Dòng tiêu đề phải là một số từ 1 trở lên.")
    kind = file_kind(data, filename)
    if kind == "xlsx":
        cells, encoding = _xlsx_cells(data, sheet), "xlsx"
    else:
        text, encoding = decode_csv(data)
        cells = _csv_cells(text)
    return _build(cells, header_row, encoding)


def file_kind(data, filename):
    """ "csv" or "xlsx", from the file's first bytes and name; TableError for others."""
    name = filename.lower()
    if data.startswith(b"PK\x03\x04"):
        if name.endswith((".xlsx", ".xlsm")) or not name.endswith((".csv", ".txt")):
            return "xlsx"
    if data.startswith(b"\xd0\xcf\x11\xe0") or name.endswith(".xls"):
        raise TableError(
            "Tệp Excel dạng cũ (.xls) không được hỗ trợ. Hãy mở bằng Excel và lưu lại "
            "dạng “Sổ làm việc Excel (.xlsx)” hoặc “CSV UTF-8”."
        )
    if data.startswith(b"%PDF") or name.endswith((".pdf", ".doc", ".docx", ".odt", ".ods")):
        raise TableError(
            "Chỉ nhận bảng số liệu dạng CSV (.csv) hoặc Excel (.xlsx); tệp này có định dạng khác."
        )
    if name.endswith((".csv", ".txt")) or b"\x00" not in data[:4096]:
        return "csv"
    raise TableError(
        "Chỉ nhận bảng số liệu dạng CSV (.csv) hoặc Excel (.xlsx); tệp này có định dạng khác."
    )


def decode_csv(data):
    """(text, encoding name) of a CSV file's bytes; see the module docstring."""
    try:
        return unicodedata.normalize("NFC", data.decode("utf-8-sig")), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        text = unicodedata.normalize("NFC", data.decode("cp1258"))
    except UnicodeDecodeError:
        text = None
    if text is not None and _reads_as_vietnamese(text):
        return text, "windows-1258"
    repaired = decode_bytes(data)
    if repaired.encoding in ("tcvn3", "vni") and not repaired.unsure:
        return repaired.text, repaired.encoding
    raise TableError(
        "Không nhận ra bảng mã chữ của tệp CSV (tệp không phải UTF-8, cũng không phải "
        f"Windows-1258, TCVN3 hay VNI), nên tiếng Việt sẽ bị lỗi font. {SAVE_AS_UTF8}"
    )


def _reads_as_vietnamese(text):
    words = [w for w in re.findall(r"[^\W\d_]+", text) if not w.isascii()]
    if not words:
        return False
    good = sum(1 for word in words if is_vietnamese_syllable(word))
    return good * 10 >= len(words) * 8


SEPARATORS = (";", ",", "\t")


def _csv_cells(text):
    lines = text.splitlines()
    sample = [line for line in lines[:30] if line.strip()]
    best, best_score = ",", (-1, 0)
    for separator in SEPARATORS:
        rows = list(csv.reader(sample, delimiter=separator))
        widths = [len(_trim(row)) for row in rows]
        if not widths or max(widths) < 2:
            continue
        common = max(set(widths), key=widths.count)
        score = (widths.count(common), common)
        if score > best_score:
            best, best_score = separator, score
    try:
        rows = list(csv.reader(io.StringIO(text), delimiter=best))
    except csv.Error as error:
        raise TableError(f"Tệp CSV bị lỗi định dạng: {error}. {SAVE_AS_UTF8}") from error
    return [[cell.strip() for cell in row] for row in rows]


def _xlsx_cells(data, sheet):
    from openpyxl import load_workbook

    try:
        workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, ValueError, OSError) as error:
        raise TableError(
            "Tệp không phải bảng tính Excel (.xlsx) hợp lệ hoặc đã bị hỏng. Hãy mở lại "
            "bằng Excel và lưu dạng .xlsx."
        ) from error
    try:
        if sheet.strip():
            names = {_key(name): name for name in workbook.sheetnames}
            if _key(sheet) not in names:
                listed = ", ".join(f"“{name}”" for name in workbook.sheetnames)
                raise TableError(
                    f"Tệp không có trang tính tên “{sheet}”. Các trang tính: {listed}."
                )
            worksheet = workbook[names[_key(sheet)]]
        else:
            worksheet = workbook.worksheets[0]
        rows = []
        for row in worksheet.iter_rows(values_only=True):
            rows.append([_xlsx_value(value) for value in row])
            if len(rows) > MAX_ROWS + 50:
                break
        return rows
    finally:
        workbook.close()


def _xlsx_value(value):
    if value is None:
        return ""
    if isinstance(value, bool):
        return "Có" if value else "Không"
    if isinstance(value, int | float):
        # repr() of a float is the shortest text that reads back the same: 0.1, not 0.1000…01.
        number = Decimal(repr(value)) if isinstance(value, float) else Decimal(value)
        if number == number.to_integral_value() and isinstance(value, float):
            number = number.quantize(Decimal(1))
        return number
    if isinstance(value, datetime.datetime | datetime.date):
        return f"{value:%d/%m/%Y}"
    return unicodedata.normalize("NFC", str(value)).strip()


def _trim(row):
    """The row without the empty cells that trail it (Excel writes them)."""
    end = len(row)
    while end and (row[end - 1] is None or row[end - 1] == ""):
        end -= 1
    return row[:end]


def _build(cells, header_row, encoding):
    numbered = [(line, _trim(row)) for line, row in enumerate(cells, start=1)]
    if len(numbered) < header_row or not numbered[header_row - 1][1]:
        raise TableError(
            f"Không có dòng tiêu đề: dòng {header_row} của tệp trống. Dòng tiêu đề phải ghi "
            "tên các cột, ví dụ “Năm; Dân số; Lao động”; nếu tiêu đề nằm ở dòng khác, hãy "
            "sửa ô “Dòng tiêu đề”."
        )
    header_line, header = numbered[header_row - 1]
    header = [_text(cell) for cell in header]
    if len(header) < 2:
        raise TableError(
            f"Dòng tiêu đề (dòng {header_line}) chỉ có một cột. Bảng cần ít nhất hai cột: "
            "cột tên dòng và một cột số liệu. Nếu các cột bị dồn vào một ô, hãy kiểm tra "
            "dấu phân cách (dấu phẩy hoặc chấm phẩy)."
        )
    missing = [str(i + 1) for i, name in enumerate(header) if i and not name]
    if missing:
        raise TableError(
            f"Không có dòng tiêu đề đầy đủ: ở dòng {header_line}, cột {', '.join(missing)} "
            "chưa có tên. Hãy ghi tên cho mọi cột số liệu."
        )
    if len(header) > MAX_COLUMNS:
        raise TableError(
            f"Bảng có {len(header)} cột; tối đa {MAX_COLUMNS} cột. Hãy tách thành nhiều bảng."
        )
    body = [(line, row) for line, row in numbered[header_row:] if row]
    if not body:
        raise TableError("Bảng chỉ có dòng tiêu đề, chưa có dòng số liệu nào.")
    if len(body) > MAX_ROWS:
        raise TableError(f"Bảng có hơn {MAX_ROWS} dòng số liệu; hãy tách thành nhiều bảng nhỏ hơn.")
    for line, row in body:
        if len(row) > len(header):
            raise TableError(
                f"Dòng {line} có {len(row)} ô nhưng dòng tiêu đề chỉ có {len(header)} cột. "
                "Hãy xóa ô thừa hoặc thêm tên cột; nếu số có dấu phẩy thập phân trong tệp "
                "CSV phân cách bằng dấu phẩy, hãy đặt số trong ngoặc kép hoặc dùng dấu chấm phẩy."
            )
    convention = number_convention(
        cell for _, row in body for cell in row[1:] if isinstance(cell, str)
    )
    rows, lines = [], []
    for line, row in body:
        padded = list(row) + [""] * (len(header) - len(row))
        label = _text(padded[0])
        values = [_value(cell, convention) for cell in padded[1:]]
        rows.append([label, *values])
        lines.append(line)
    return Table(header=header, rows=rows, lines=lines, encoding=encoding)


def _text(cell):
    if isinstance(cell, Decimal):
        # A number naming a row or column is mostly a year: 2024, never "2.024".
        return str(cell) if cell == cell.to_integral_value() else format_number(cell)
    return (cell or "").strip()


def _value(cell, convention):
    if isinstance(cell, Decimal):
        return cell
    text = (cell or "").strip()
    if not text or text in ("-", "–", "…", "..."):
        return None
    number = parse_number(text, convention)
    return number if number is not None else text


# --- numbers -----------------------------------------------------------------------------

_SPACES = re.compile(r"[\s\u00a0\u202f\u2009]")
_NUMBER = re.compile(r"^[+-]?\d[\d.,]*$")


def _clean(text):
    text = _SPACES.sub("", text).replace("\u2212", "-")
    return text if _NUMBER.match(text) and not text.endswith((".", ",")) else None


def _evidence(text):
    """VIETNAMESE, INTERNATIONAL or None: what one figure says about the convention."""
    digits = _clean(text)
    if digits is None:
        return None
    dots, commas = digits.count("."), digits.count(",")
    if dots and commas:
        return VIETNAMESE if digits.rfind(",") > digits.rfind(".") else INTERNATIONAL
    if dots > 1:
        return VIETNAMESE
    if commas > 1:
        return INTERNATIONAL
    mark = "." if dots else "," if commas else None
    if mark is None:
        return None
    after = digits.split(mark)[1]
    if len(after) != 3:
        return INTERNATIONAL if mark == "." else VIETNAMESE
    return None


def number_convention(texts):
    """The convention of a file's figures (see the module docstring)."""
    found = {_evidence(text) for text in texts} - {None}
    if len(found) > 1:
        raise TableError(
            "Tệp viết số theo hai cách lẫn nhau (vừa “1.234,5” vừa “1,234.5”). Hãy thống "
            "nhất một cách: kiểu Việt Nam dùng dấu chấm ngăn hàng nghìn và dấu phẩy thập phân."
        )
    return found.pop() if found else VIETNAMESE


def parse_number(text, convention=VIETNAMESE):
    """The Decimal written in `text`, or None when it is no number."""
    digits = _clean(text)
    if digits is None:
        return None
    thousands, decimal = (".", ",") if convention == VIETNAMESE else (",", ".")
    if digits.count(decimal) > 1:
        return None
    whole, _, fraction = digits.partition(decimal)
    groups = whole.lstrip("+-").split(thousands)
    if len(groups) > 1 and (
        not groups[0] or len(groups[0]) > 3 or any(len(g) != 3 for g in groups[1:])
    ):
        return None
    if thousands in fraction:
        return None
    sign = "-" if whole.startswith("-") else ""
    try:
        return Decimal(sign + "".join(groups) + ("." + fraction if fraction else ""))
    except InvalidOperation:
        return None


def format_number(value):
    """Vietnamese style: `1.234,5`, `-12`, with the decimals the figure was given with."""
    if value is None:
        return ""
    sign, digits, exponent = value.as_tuple()
    places = -exponent if isinstance(exponent, int) and exponent < 0 else 0
    text = f"{abs(value):,.{places}f}"
    text = text.replace(",", "\0").replace(".", ",").replace("\0", ".")
    return ("-" if sign and value != 0 else "") + text


def format_size(size):
    if size >= 1024 * 1024:
        tenths = Decimal(size * 10 // (1024 * 1024)) / 10
        return f"{format_number(tenths)} MB"
    return f"{max(1, size // 1024)} KB"


# --- charts ------------------------------------------------------------------------------

MAX_SERIES = 6


def chart_columns(table, spec):
    """Indexes of the columns to chart. `spec` names them (or gives their 1-based numbers)
    separated by `;`; empty means every column that holds only numbers."""
    names = [part.strip() for part in spec.split(";") if part.strip()]
    if not names:
        columns = table.numeric_columns()
        if not columns:
            raise TableError(
                "Bảng không có cột nào chỉ gồm số để vẽ biểu đồ. Hãy chọn “Không vẽ biểu "
                "đồ”, hoặc sửa các ô chữ trong cột số liệu."
            )
    else:
        columns = []
        for name in names:
            index = table.column_index(name)
            if index is None:
                listed = "; ".join(table.header[1:])
                raise TableError(
                    f"Bảng không có cột “{name}” để vẽ biểu đồ. Các cột số liệu: {listed}."
                )
            problem = table.non_numeric_cell(index)
            if problem is not None:
                line, text = problem
                raise TableError(
                    f"Cột “{table.header[index]}” được chọn để vẽ biểu đồ nhưng ô ở dòng "
                    f"{line} (“{text}”) không phải là số. Hãy sửa ô đó thành số, để trống "
                    "nếu chưa có số liệu, hoặc bỏ cột này khỏi ô “Cột vẽ biểu đồ”."
                )
            if index not in columns:
                columns.append(index)
    if len(columns) > MAX_SERIES:
        raise TableError(
            f"Biểu đồ chỉ vẽ được tối đa {MAX_SERIES} cột số liệu (bảng có {len(columns)}). "
            "Hãy ghi tên các cột cần vẽ vào ô “Cột vẽ biểu đồ”."
        )
    return columns


# --- export ------------------------------------------------------------------------------


def to_csv(table):
    """UTF-8 CSV with a byte-order mark (so that Excel shows Vietnamese correctly), comma
    separated, figures written plainly (`1234.5`) for machines to read."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(table.header)
    for row in table.rows:
        writer.writerow([str(cell) if isinstance(cell, Decimal) else (cell or "") for cell in row])
    return "\ufeff" + out.getvalue()
