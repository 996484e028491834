"""Files and pages for the statistics tests."""

import io
import unicodedata

from openpyxl import Workbook

from vnportal.stats.actions import (
    build_table,
    publish_statistics_page,
    site_collection,
    upload_document,
)
from vnportal.stats.models import ChartType
from vnportal.stats.sections import statistics_section

TONE_MARKS = "\u0300\u0301\u0303\u0309\u0323"
POPULATION_CSV = (
    "Năm;Dân số;Lao động\r\n2021;1.234,5;800\r\n2022;1.250,0;812\r\n2023;1.301,2;\r\n"
).encode("utf-8-sig")


def cp1258(text):
    """`text` as Excel for Vietnamese Windows saved it: base letters with ^, ( or + are
    single bytes, tone marks are combining bytes after them."""
    out = []
    for char in unicodedata.normalize("NFC", text):
        try:
            out.append(char.encode("cp1258"))
        except UnicodeEncodeError:
            parts = unicodedata.normalize("NFD", char)
            tones = "".join(mark for mark in parts if mark in TONE_MARKS)
            base = unicodedata.normalize("NFC", "".join(m for m in parts if m not in TONE_MARKS))
            out.append((base + tones).encode("cp1258"))
    return b"".join(out)


def workbook_bytes(sheets):
    """XLSX bytes; `sheets` = {name: [row, ...]}, the first one the workbook's first."""
    workbook = Workbook()
    workbook.remove(workbook.active)
    for name, rows in sheets.items():
        sheet = workbook.create_sheet(name)
        for row in rows:
            sheet.append(list(row))
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()


def statistics_index(built):
    statistics_section(built.home, None)
    return built.home.get_children().get(slug="so-lieu-thong-ke").specific


def population_page(
    built, content=POPULATION_CSV, filename="dan-so.csv", slug="dan-so-va-lao-dong", **table_fields
):
    index = statistics_index(built)
    document = upload_document("Dân số", filename, content, site_collection(built.site))
    fields = {"unit": "nghìn người", "chart_type": ChartType.BAR, **table_fields}
    table = build_table(document, "Dân số trung bình", **fields)
    return publish_statistics_page(
        index,
        "Dân số và lao động",
        slug,
        [table],
        intro="<p>Số liệu mẫu.</p>",
        source="Chi cục Thống kê (mẫu)",
        period="2021 – 2023",
    )
