"""Reading a CSV list of procedures into a site (the `import_procedures` command).

All rows are checked first; when any is wrong nothing is saved and every error is
reported with its line number, so a half-imported list never reaches residents. A row
updates the procedure with the same code (or, without a code, the same name) on the site.
"""

import csv

from django.core.exceptions import ValidationError
from django.db import transaction

from vnportal.vntext import fold

from .models import NATIONAL_PORTAL, Level, OnlineLevel, Procedure

# CSV column → model field; headers are matched without marks or case.
COLUMNS = {
    "ma thu tuc": "code",
    "ten thu tuc": "name",
    "linh vuc": "field",
    "cap thuc hien": "level",
    "muc do": "online_level",
    "thoi han giai quyet": "processing_time",
    "phi, le phi": "fees",
    "lien ket": "url",
    "thu tu": "sort_order",
}
REQUIRED = ("name", "field", "level")


def _choice(value, choices):
    folded = fold(value).strip()
    for key, label in choices:
        if folded in (key, fold(label)):
            return key
    return None


def read_rows(lines):
    """[(line number, {field: value})] from CSV text lines; raises ValueError in
    Vietnamese when a required column is missing."""
    reader = csv.DictReader(lines)
    headers = {name: COLUMNS.get(fold(name or "").strip()) for name in reader.fieldnames or []}
    missing = [f for f in REQUIRED if f not in headers.values()]
    if missing:
        raise ValueError(
            "Tệp CSV thiếu cột: "
            + ", ".join(n for n, f in COLUMNS.items() if f in missing)
            + ". Dòng đầu phải có tên cột, ví dụ: Mã thủ tục, Tên thủ tục, Lĩnh vực, "
            "Cấp thực hiện, Mức độ, Thời hạn giải quyết, Phí, lệ phí, Liên kết."
        )
    rows = []
    for row in reader:
        values = {headers[k]: (v or "").strip() for k, v in row.items() if headers.get(k)}
        rows.append((reader.line_num, values))
    return rows


def _build(site, values):
    errors = []
    level = _choice(values.get("level", ""), Level.choices)
    if level is None:
        errors.append(f"cấp thực hiện “{values.get('level', '')}” phải là Cấp xã hoặc Cấp tỉnh")
    online = values.get("online_level") or OnlineLevel.OFFLINE.label
    online_level = _choice(online, OnlineLevel.choices)
    if online_level is None:
        errors.append(f"mức độ “{online}” phải là Toàn trình, Một phần hoặc Trực tiếp")
    order = values.get("sort_order") or "0"
    if not order.lstrip("-").isdigit():
        errors.append(f"thứ tự “{order}” phải là số")
        order = "0"
    code = values.get("code", "")
    lookup = {"code": code} if code else {"name": values.get("name", ""), "code": ""}
    procedure = Procedure.objects.filter(site=site, **lookup).first() or Procedure(site=site)
    procedure.code = code
    procedure.name = values.get("name", "")
    procedure.field = values.get("field", "")
    procedure.level = level or ""
    procedure.online_level = online_level or OnlineLevel.OFFLINE
    procedure.processing_time = values.get("processing_time", "")
    procedure.fees = values.get("fees", "")
    procedure.url = values.get("url") or NATIONAL_PORTAL
    procedure.sort_order = int(order)
    try:
        procedure.full_clean(exclude=["level", "online_level"] if errors else None)
    except ValidationError as error:
        for field, messages in error.message_dict.items():
            label = Procedure._meta.get_field(field).verbose_name if field != "__all__" else ""
            errors.extend(f"{label}: {m}" if label else m for m in messages)
    return procedure, errors


def import_rows(site, rows):
    """Save the rows into `site`; returns (saved count, [error lines]); saves nothing when
    there is any error."""
    built, problems = [], []
    for line, values in rows:
        procedure, errors = _build(site, values)
        problems.extend(f"Dòng {line}: {e}" for e in errors)
        built.append(procedure)
    if problems:
        return 0, problems
    with transaction.atomic():
        for procedure in built:
            procedure.save()
    return len(built), []
