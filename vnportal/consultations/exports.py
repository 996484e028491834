"""The comments on a draft and how each was taken up, as CSV and XLSX for the report.

Only approved comments, and of their author only the name shown on the public page: an
export leaves the admin and must carry no contact data (issue #7).
"""

import csv
import io

from django.http import HttpResponse
from django.utils import timezone
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font

from .models import CommentStatus

HEADER = [
    "STT",
    "Ngày gửi",
    "Người góp ý",
    "Phần góp ý",
    "Nội dung góp ý",
    "Tiếp thu, giải trình",
    "Nội dung tiếp thu, giải trình",
]
XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
# Spreadsheet programs run a CSV cell that starts with one of these as a formula.
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def rows(draft):
    comments = (
        draft.comments.filter(status=CommentStatus.APPROVED)
        .select_related("section")
        .order_by("submitted_at", "pk")
    )
    for number, comment in enumerate(comments, start=1):
        yield [
            number,
            timezone.localtime(comment.submitted_at).strftime("%d/%m/%Y"),
            comment.shown_name,
            comment.section.heading if comment.section else "Toàn bộ dự thảo",
            comment.content,
            comment.get_uptake_display() if comment.uptake else "",
            comment.response,
        ]


def _safe(value):
    if isinstance(value, str) and value.startswith(_FORMULA_STARTS):
        return "'" + value
    return value


def filename(draft, extension):
    return f"y-kien-{draft.slug or draft.pk}.{extension}"


def csv_response(draft):
    out = io.StringIO()
    # The byte order mark lets Excel open the UTF-8 file with its Vietnamese intact.
    out.write("\ufeff")
    writer = csv.writer(out)
    writer.writerow(HEADER)
    for row in rows(draft):
        writer.writerow([_safe(value) for value in row])
    response = HttpResponse(out.getvalue().encode("utf-8"), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename(draft, "csv")}"'
    return response


def xlsx_response(draft):
    book = Workbook()
    sheet = book.active
    sheet.title = "Ý kiến góp ý"
    sheet.append([draft.title])
    sheet.append([f"Cơ quan chủ trì soạn thảo: {draft.drafting_body}"])
    sheet.append([])
    sheet.append(HEADER)
    for cell in sheet[4]:
        cell.font = Font(bold=True)
    for row in rows(draft):
        sheet.append(row)
    for cells in sheet.iter_rows(min_row=5):
        for cell in cells:
            # openpyxl stores a string starting with "=" as a formula: keep it text.
            if cell.data_type == "f":
                cell.data_type = "s"
    for column, width in zip("ABCDEFG", (6, 12, 16, 24, 60, 20, 60), strict=True):
        sheet.column_dimensions[column].width = width
    for row in sheet.iter_rows(min_row=5):
        for cell in row:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    out = io.BytesIO()
    book.save(out)
    response = HttpResponse(out.getvalue(), content_type=XLSX_TYPE)
    response["Content-Disposition"] = f'attachment; filename="{filename(draft, "xlsx")}"'
    return response
