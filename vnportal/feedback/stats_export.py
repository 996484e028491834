"""The statistics as tables: the same tables on the page, in CSV (UTF-8 with a byte order
mark, so that Excel reads the Vietnamese) and in XLSX (one sheet per table). Counts are
numbers, not text; nothing of a person is in any of them (stats.py reads none)."""

import csv
import io
from dataclasses import dataclass, field

from openpyxl import Workbook, load_workbook
from openpyxl.styles import Font

from vnportal.vntext.slug import slugify

from .models import Rating
from .stats import MIN_RATINGS, NOT_ENOUGH_RATINGS, PROVINCE_LABEL

REPORT_TITLE = "THỐNG KÊ HỎI ĐÁP, PHẢN ÁNH KIẾN NGHỊ"
TOTAL_LABEL = "Tổng cộng"
COUNT = "Số lượng"
FORMULA_STARTS = ("=", "+", "-", "@")


@dataclass
class Table:
    key: str
    title: str
    header: list
    rows: list
    total: list | None = None
    note: str = ""
    chart: list = field(default_factory=list)  # [(label, value)] drawn beside the table


def format_date(day):
    return day.strftime("%d/%m/%Y")


def display(value):
    """A cell as shown on the page: Vietnamese separators, "–" for no figure."""
    if value is None or value == "":
        return "–" if value is None else ""
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, int):
        return f"{value:,}".replace(",", ".")
    if isinstance(value, float):
        return f"{value:,.1f}".replace(",", " ").replace(".", ",").replace(" ", ".")
    return str(value)


def _count_table(key, title, label, pairs):
    rows = [[name, count] for name, count in pairs]
    total = [TOTAL_LABEL, sum(count for _, count in pairs)] if rows else None
    return Table(key, title, [label, COUNT], rows, total, chart=list(pairs))


def _rating_row(label, group):
    if group.hidden:
        return [label, group.total, NOT_ENOUGH_RATINGS, "", "", "", "", ""]
    row = [label, group.total]
    for _, count, share in group.shares:
        row += [count, round(share, 1)]
    return row


def satisfaction_table(result):
    header = ["Nhóm", "Số đánh giá"]
    for _, label in Rating.choices:
        header += [label, "Tỷ lệ (%)"]
    rows = []
    if result.satisfaction is not None and result.satisfaction.total:
        rows.append(_rating_row(f"Chung ({result.label})", result.satisfaction))
    rows += [_rating_row(f"Lĩnh vực: {g.label}", g) for g in result.satisfaction_by_field]
    rows += [_rating_row(f"Trang: {g.label}", g) for g in result.satisfaction_by_site]
    chart = []
    if result.satisfaction is not None and result.satisfaction.shares:
        chart = [(label, count) for label, count, _ in result.satisfaction.shares]
    return Table(
        "hai-long",
        "Mức độ hài lòng",
        header,
        rows,
        note=(
            f"Đánh giá của người dân được giữ kín (Nghị định 224/2026, Điều 10): một nhóm có "
            f"dưới {MIN_RATINGS} đánh giá chỉ hiện “{NOT_ENOUGH_RATINGS}”, và khi cần, thêm "
            f"một nhóm nhỏ khác cũng được ẩn, để không ai suy ra được đánh giá của một người."
        ),
        chart=chart,
    )


def summary_table(result):
    time = result.answer_time
    return Table(
        "tong-hop",
        "Tổng hợp",
        ["Chỉ tiêu", "Giá trị"],
        [
            ["Số câu hỏi, phản ánh tiếp nhận trong kỳ", result.total],
            ["Số đã trả lời", time.count],
            ["Thời gian trả lời, trung vị (ngày làm việc)", time.median],
            ["90% được trả lời trong (ngày làm việc)", time.p90],
            ["Số trả lời trễ hạn", result.answered_late],
            [f"Đang quá hạn (tính đến {format_date(result.today)})", result.overdue_now],
        ],
        note=(
            "Thời gian trả lời tính bằng ngày làm việc từ ngày tiếp nhận đến ngày trả lời, "
            "không kể thứ Bảy, Chủ nhật và ngày lễ, Tết. Số đang quá hạn tính trên mọi câu "
            "hỏi còn chờ xử lý đã quá hạn trả lời, không phụ thuộc kỳ thống kê."
        ),
    )


def tables_of(result):
    """Every table of `result` (stats.FeedbackStatistics), in page order."""
    tables = [summary_table(result)]
    if result.province:
        tables.append(_count_table("theo-trang", "Theo trang", "Trang", result.by_site))
    months = [(month.strftime("%m/%Y"), count) for month, count in result.by_month]
    tables += [
        _count_table("theo-linh-vuc", "Theo lĩnh vực", "Lĩnh vực", result.by_field),
        _count_table("theo-xa", "Theo xã, phường", "Xã, phường", result.by_commune),
        _count_table("theo-thang", "Theo tháng tiếp nhận", "Tháng", months),
        _count_table("theo-trang-thai", "Theo trạng thái", "Trạng thái", result.by_state),
        satisfaction_table(result),
    ]
    return tables


def heading_rows(result):
    return [
        [REPORT_TITLE],
        ["Phạm vi", result.label],
        ["Kỳ", f"từ {format_date(result.starts_on)} đến {format_date(result.ends_on)}"],
    ]


def file_name(result, extension):
    """thong-ke-hoi-dap-xa-tay-yen-2026.csv for a whole year (or 1 January to a day of
    that year), else with both dates."""
    scope = slugify(PROVINCE_LABEL if result.province else result.label, 40) or "trang"
    start, end = result.starts_on, result.ends_on
    if (start.month, start.day) == (1, 1) and end.year == start.year:
        period = f"{start.year}"
    else:
        period = f"{start:%Y%m%d}-{end:%Y%m%d}"
    return f"thong-ke-hoi-dap-{scope}-{period}.{extension}"


def _csv_cell(value):
    if value is None:
        return ""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        # A name typed as "=…" would run as a formula in a spreadsheet (CSV injection).
        return "'" + value
    return value


def export_csv(result):
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerows(heading_rows(result))
    for table in tables_of(result):
        writer.writerow([])
        writer.writerow([table.title.upper()])
        writer.writerow(table.header)
        for row in [*table.rows, *([table.total] if table.total else [])]:
            writer.writerow([_csv_cell(value) for value in row])
    return buffer.getvalue().encode("utf-8-sig")


def _append(sheet, row, bold=False):
    sheet.append(row)
    for cell in sheet[sheet.max_row]:
        # A name typed as "=…" is text, never a formula Excel would run.
        if cell.data_type == "f":
            cell.data_type = "s"
        if bold:
            cell.font = Font(bold=True)


def export_xlsx(result):
    workbook = Workbook()
    first = True
    for table in tables_of(result):
        if first:
            sheet = workbook.active
            sheet.title = table.title
            for row in heading_rows(result):
                _append(sheet, row)
            sheet["A1"].font = Font(bold=True, size=14)
            sheet.append([])
            first = False
        else:
            sheet = workbook.create_sheet(table.title)
        _append(sheet, table.header, bold=True)
        for row in table.rows:
            _append(sheet, row)
        if table.total:
            _append(sheet, table.total, bold=True)
        sheet.column_dimensions["A"].width = 48
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def read_xlsx(data):
    """{sheet title: [[cell values]]} of an exported workbook, for tests and checks."""
    workbook = load_workbook(io.BytesIO(data), read_only=True)
    return {
        sheet.title: [list(row) for row in sheet.iter_rows(values_only=True)]
        for sheet in workbook.worksheets
    }
