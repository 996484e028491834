"""Read and check the CSV file of units that `create_unit_sites` takes, without Django.

The file is UTF-8 (with or without a byte order mark) with the header row
`code,name,kind,parent,host`. Every row is checked before anything is written, and every
problem is reported as "Dòng N: ..." so an IT officer can fix the whole file at once.
What the database already holds (units, host names) comes in as a `Known`.
"""

import csv
import io
from dataclasses import dataclass, field

from .hostnames import clean_name, full_name, host_label, is_valid_hostname, unit_host

COLUMNS = ("code", "name", "kind", "parent", "host")
KINDS = ("province", "commune", "ward", "special_zone")
PROVINCE = "province"
MAX_CODE = 32
MAX_NAME = 200


@dataclass(frozen=True)
class KnownUnit:
    kind: str
    name: str
    hostname: str | None = None


@dataclass
class Known:
    """What the database holds: units by code, and every host name in use with a
    description of its owner (`owner_code` is set when it belongs to a unit's site)."""

    units: dict[str, KnownUnit] = field(default_factory=dict)
    hosts: dict[str, tuple[str | None, str]] = field(default_factory=dict)


@dataclass(frozen=True)
class UnitRow:
    line: int
    code: str
    name: str
    kind: str
    parent: str
    host: str
    # False when the host was generated or kept: an existing site then keeps its own.
    host_given: bool


def _decode(data: bytes):
    try:
        return data.decode("utf-8-sig"), None
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        return None, (
            f"Dòng {line}: tệp không phải UTF-8 (byte 0x{data[error.start]:02x} không đọc "
            "được). Hãy lưu tệp CSV với bảng mã UTF-8."
        )


def _records(text):
    """(line number, {column: value} or None when the row has too many values)."""
    reader = csv.reader(io.StringIO(text, newline=""))
    header = next(reader, None)
    yield 1, header
    last_line = reader.line_num
    for values in reader:
        line = last_line + 1
        last_line = reader.line_num
        if not any(value.strip() for value in values):
            continue
        yield line, values


def parse_unit_file(data: bytes, known: Known) -> tuple[list[UnitRow], list[str]]:
    """The rows of the file and the problems found; rows are usable only without problems."""
    text, problem = _decode(data)
    if problem:
        return [], [problem]
    records = _records(text)
    _, header = next(records)
    columns = [name.strip().lower() for name in header or []]
    missing = [name for name in COLUMNS if name not in columns]
    if missing:
        return [], [
            f"Dòng 1: thiếu cột {', '.join(missing)}; dòng tiêu đề phải là {','.join(COLUMNS)}."
        ]
    index = {name: columns.index(name) for name in COLUMNS}

    errors: list[str] = []
    raw: list[tuple[int, dict]] = []
    for line, values in records:
        if len(values) > len(columns):
            errors.append(
                f"Dòng {line}: có {len(values)} giá trị nhưng chỉ có {len(columns)} cột; "
                "tên có dấu phẩy phải đặt trong dấu ngoặc kép."
            )
            continue
        values = values + [""] * (len(columns) - len(values))
        raw.append((line, {name: values[i].strip() for name, i in index.items()}))

    first_line_of_code: dict[str, int] = {}
    for line, row in raw:
        code = row["code"]
        if code and code not in first_line_of_code:
            first_line_of_code[code] = line
    file_rows = {row["code"]: row for _, row in raw if row["code"]}

    rows: list[UnitRow] = []
    host_lines: dict[str, int] = {}
    for line, row in raw:
        row_errors = []
        code, kind, parent = row["code"], row["kind"].lower(), row["parent"]
        name = clean_name(row["name"])

        if not code:
            row_errors.append("thiếu mã đơn vị (cột code).")
        elif len(code) > MAX_CODE:
            row_errors.append(f"mã “{code}” dài quá {MAX_CODE} ký tự.")
        elif first_line_of_code[code] != line:
            row_errors.append(f"mã “{code}” trùng với dòng {first_line_of_code[code]}.")
        elif code in known.units and known.units[code].kind not in KINDS:
            row_errors.append(
                f"mã “{code}” là của {known.units[code].name}, một đơn vị đã giải thể "
                "hoặc sáp nhập; đơn vị mới cần mã khác."
            )

        if not name:
            row_errors.append("thiếu tên đơn vị (cột name).")
        elif len(name) > MAX_NAME:
            row_errors.append(f"tên dài quá {MAX_NAME} ký tự.")

        kinds_text = f"{', '.join(KINDS[:-1])} hoặc {KINDS[-1]}"
        if not row["kind"]:
            row_errors.append(f"thiếu loại đơn vị (cột kind: {kinds_text}).")
        elif kind not in KINDS:
            row_errors.append(
                f"loại “{row['kind']}” không hợp lệ; cột kind chỉ nhận {kinds_text} "
                "(cấp huyện không còn từ 01/07/2025)."
            )

        parent_name = None
        if kind == PROVINCE and parent:
            row_errors.append(
                f"tỉnh, thành phố không có đơn vị cấp trên; hãy để trống cột parent "
                f"(đang ghi “{parent}”)."
            )
        elif kind in KINDS and kind != PROVINCE:
            if not parent:
                row_errors.append("thiếu mã tỉnh, thành phố trực thuộc (cột parent).")
            else:
                parent_kind, parent_name = _parent(parent, file_rows, known)
                if parent_kind is None:
                    row_errors.append(
                        f"không tìm thấy đơn vị cấp trên “{parent}” trong tệp hay trong cơ "
                        "sở dữ liệu."
                    )
                    parent_name = None
                elif parent_kind != PROVINCE:
                    row_errors.append(
                        f"đơn vị cấp trên “{parent}” không phải tỉnh, thành phố; xã, phường, "
                        "đặc khu trực thuộc tỉnh, thành phố."
                    )
                    parent_name = None

        host, host_given = row["host"].lower().rstrip("."), bool(row["host"])
        if host_given and not is_valid_hostname(host):
            row_errors.append(
                f"tên miền “{row['host']}” không hợp lệ; chỉ dùng chữ a-z, số, dấu chấm và "
                "dấu gạch ngang, ví dụ tayyen.angiang.gov.vn."
            )
            host = ""
        elif not host_given and code in known.units and known.units[code].hostname:
            host = known.units[code].hostname
        elif not host_given and name and kind in KINDS:
            if not host_label(name):
                row_errors.append(
                    f"không tạo được tên miền từ tên “{name}”; hãy ghi tên miền vào cột host."
                )
            elif kind == PROVINCE:
                host = unit_host(name)
            elif parent_name is not None:
                host = unit_host(name, parent_name)
        if host:
            owner_code, owner = known.hosts.get(host, (None, None))
            if host in host_lines:
                row_errors.append(
                    f"tên miền “{host}” trùng với dòng {host_lines[host]}"
                    + ("." if host_given else "; hãy ghi tên miền khác vào cột host.")
                )
            elif owner is not None and owner_code != code:
                row_errors.append(f"tên miền “{host}” đã được dùng cho {owner}.")
            else:
                host_lines[host] = line

        if row_errors:
            errors.extend(f"Dòng {line}: {message}" for message in row_errors)
            continue
        rows.append(
            UnitRow(
                line=line,
                code=code,
                name=full_name(name, kind),
                kind=kind,
                parent=parent if kind != PROVINCE else "",
                host=host,
                host_given=host_given,
            )
        )
    if not raw and not errors:
        errors.append("Dòng 2: tệp không có đơn vị nào sau dòng tiêu đề.")
    return rows, errors


def _parent(code, file_rows, known):
    """(kind, name) of the parent unit, from the file first, else the database."""
    if code in file_rows:
        row = file_rows[code]
        kind = row["kind"].lower()
        return kind, full_name(clean_name(row["name"]), kind) if kind in KINDS else row["name"]
    if code in known.units:
        return known.units[code].kind, known.units[code].name
    return None, None
