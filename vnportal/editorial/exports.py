"""The royalty report as a spreadsheet (XLSX, via openpyxl) and as CSV (UTF-8 with a byte
order mark, so that Excel reads the Vietnamese names). Both carry the site and the
period (dd/mm/yyyy), one row per contributor with a total row, then the detailed lines;
amounts and coefficients are numbers, not text."""

import csv
import io
from decimal import Decimal

from django.utils import timezone
from openpyxl import Workbook, load_workbook
from openpyxl.styles import Font

from .models import format_date
from .reports import royalty_report

SUMMARY_HEADER = ["STT", "Tác giả", "Số bài", "Tổng hệ số", "Số tiền (đồng)"]
DETAIL_HEADER = [
    "STT",
    "Ngày đăng",
    "Mã bài",
    "Tên bài",
    "Thể loại",
    "Hệ số",
    "Tác giả",
    "Phần nhuận bút (%)",
    "Mức lương cơ sở",
    "Số tiền (đồng)",
]
TOTAL_LABEL = "Tổng cộng"
MONEY_FORMAT = "#,##0"
COEFFICIENT_FORMAT = "0.0"


def _site_name(site):
    settings = getattr(site, "sitesettings", None)
    return getattr(settings, "unit_name", None) or site.site_name or site.hostname


def heading_rows(report):
    period = report.period
    if report.closed:
        state = "Đã khóa lúc " + timezone.localtime(period.closed_at).strftime("%H:%M %d/%m/%Y")
    else:
        state = "Chưa khóa: số liệu tạm tính"
    return [
        ["BẢNG KÊ NHUẬN BÚT"],
        ["Đơn vị", _site_name(report.site)],
        [
            "Kỳ",
            f"{period.name} (từ {format_date(period.starts_on)} đến {format_date(period.ends_on)})",
        ],
        ["Tình trạng", state],
    ]


def summary_rows(report):
    rows = [
        [number, row.contributor, row.articles, row.coefficients, row.amount]
        for number, row in enumerate(report.rows, start=1)
    ]
    total = ["", TOTAL_LABEL, report.total_articles, report.total_coefficients]
    return rows, total + [report.total_amount]


def detail_rows(report):
    rows = [
        [
            number,
            format_date(line.published_on),
            line.article_id,
            line.article_title,
            line.kind_label,
            line.coefficient,
            line.contributor_name,
            line.share,
            line.base_salary,
            line.amount,
        ]
        for number, line in enumerate(report.lines, start=1)
    ]
    total = ["", "", "", TOTAL_LABEL, "", "", "", "", "", sum(line.amount for line in report.lines)]
    return rows, total


def file_name(report, extension):
    period = report.period
    return (
        f"nhuan-but-{report.site.pk}-{period.starts_on:%Y%m%d}-{period.ends_on:%Y%m%d}.{extension}"
    )


FORMULA_STARTS = ("=", "+", "-", "@")


def _write_table(sheet, header, rows, total, formats):
    bold = Font(bold=True)
    sheet.append(header)
    for cell in sheet[sheet.max_row]:
        cell.font = bold
    for row in [*rows, total]:
        sheet.append(row)
        for cell in sheet[sheet.max_row]:
            # A title typed as "=…" is text, never a formula Excel would run.
            if cell.data_type == "f":
                cell.data_type = "s"
        for index, number_format in formats.items():
            sheet.cell(row=sheet.max_row, column=index + 1).number_format = number_format
    for cell in sheet[sheet.max_row]:
        cell.font = bold


def export_xlsx(site, period, report=None):
    """The report as XLSX bytes: sheet "Tổng hợp" (per contributor) and "Chi tiết"."""
    report = report or royalty_report(site, period)
    workbook = Workbook()
    summary = workbook.active
    summary.title = "Tổng hợp"
    for row in heading_rows(report):
        summary.append(row)
    summary["A1"].font = Font(bold=True, size=14)
    summary.append([])
    rows, total = summary_rows(report)
    _write_table(summary, SUMMARY_HEADER, rows, total, {3: COEFFICIENT_FORMAT, 4: MONEY_FORMAT})
    summary.column_dimensions["B"].width = 32
    summary.column_dimensions["E"].width = 18

    details = workbook.create_sheet("Chi tiết")
    for row in heading_rows(report):
        details.append(row)
    details.append([])
    rows, total = detail_rows(report)
    _write_table(
        details,
        DETAIL_HEADER,
        rows,
        total,
        {5: COEFFICIENT_FORMAT, 8: MONEY_FORMAT, 9: MONEY_FORMAT},
    )
    details.column_dimensions["D"].width = 48
    details.column_dimensions["G"].width = 28
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def _csv_value(value):
    if isinstance(value, Decimal):
        # A coefficient: a plain decimal number with a point, which spreadsheets and the
        # csv module read back as a number.
        return f"{value:f}"
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        # Spreadsheets would run "=…" typed into a title as a formula (CSV injection).
        return "'" + value
    return value


def export_csv(site, period, report=None):
    """The report as CSV bytes (UTF-8 with BOM): heading, per-contributor table with its
    total, an empty line, then the detailed lines with their total."""
    report = report or royalty_report(site, period)
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    for row in heading_rows(report):
        writer.writerow(row)
    writer.writerow([])
    rows, total = summary_rows(report)
    writer.writerow(SUMMARY_HEADER)
    for row in [*rows, total]:
        writer.writerow([_csv_value(value) for value in row])
    writer.writerow([])
    writer.writerow(["CHI TIẾT"])
    rows, total = detail_rows(report)
    writer.writerow(DETAIL_HEADER)
    for row in [*rows, total]:
        writer.writerow([_csv_value(value) for value in row])
    return buffer.getvalue().encode("utf-8-sig")


def read_summary_xlsx(data):
    """(rows, total) of the "Tổng hợp" sheet of an exported XLSX, as lists of cell values:
    for tests that read an export back (e.g. the end-to-end workflow test)."""
    workbook = load_workbook(io.BytesIO(data), read_only=True)
    values = [list(row) for row in workbook["Tổng hợp"].iter_rows(values_only=True)]
    start = next(index for index, row in enumerate(values) if row and row[0] == SUMMARY_HEADER[0])
    *rows, total = values[start + 1 :]
    return rows, total
