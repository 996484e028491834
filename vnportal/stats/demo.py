"""Demo statistics for the province (angiang) and xã An Biên: tables made up for the demo,
generated here as CSV or XLSX bytes, and marked "số liệu mẫu" wherever they appear."""

import io

from openpyxl import Workbook
from wagtail import hooks

from .actions import build_table, publish_statistics_page, site_collection, upload_document
from .models import ChartType, StatisticsPage
from .sections import ensure_statistics_index
from .tables import VIETNAMESE, format_number, parse_number

NOTE = (
    "<p><b>Số liệu mẫu:</b> các con số trên trang này được tạo ra cho bản trình diễn của "
    "cổng, không phải số liệu thống kê chính thức.</p>"
)
SOURCE = "Số liệu mẫu cho bản trình diễn (không phải số liệu chính thức)"
YEARS = ("2021", "2022", "2023", "2024")


def csv_bytes(header, rows):
    """A CSV as Excel with Vietnamese settings writes it: UTF-8 with BOM, `;`, 1.234,5."""
    lines = [";".join(header)]
    for label, *values in rows:
        cells = ["" if v is None else format_number(v) for v in values]
        lines.append(";".join([label, *cells]))
    return ("\r\n".join(lines) + "\r\n").encode("utf-8-sig")


def xlsx_bytes(title, header, rows):
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "So lieu"
    sheet.append([title])
    sheet.append(list(header))
    for row in rows:
        sheet.append([float(v) if not isinstance(v, str) else v for v in row])
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()


def _table(site, caption, filename, content, **fields):
    document = upload_document(f"{caption} (số liệu mẫu)", filename, content, site_collection(site))
    return build_table(document, f"{caption} (số liệu mẫu)", **fields)


def _d(text):
    """A demo figure written as the Vietnamese read it (`1.234,5`)."""
    return parse_number(text, VIETNAMESE)


def province_pages(site):
    population = csv_bytes(
        ("Năm", "Dân số trung bình", "Lực lượng lao động"),
        [
            (y, _d(p), _d(w))
            for y, p, w in zip(
                YEARS,
                ("3.702,3", "3.715,8", "3.731,4", "3.748,9"),
                ("2.105,6", "2.118,0", "2.130,7", "2.141,2"),
                strict=True,
            )
        ],
    )
    by_area = csv_bytes(
        ("Khu vực", "Thành thị", "Nông thôn"),
        [("Nam", _d("598,4"), _d("1.281,9")), ("Nữ", _d("612,7"), _d("1.255,9"))],
    )
    budget = xlsx_bytes(
        "Thu, chi ngân sách (số liệu mẫu)",
        ("Năm", "Thu ngân sách trên địa bàn", "Chi ngân sách địa phương"),
        [
            (y, _d(a), _d(b))
            for y, a, b in zip(
                YEARS,
                ("18450", "19120,5", "20310", "21875,4"),
                ("31200", "32950", "34110,8", "36020"),
                strict=True,
            )
        ],
    )
    return [
        (
            "Dân số và lao động",
            "dan-so-va-lao-dong",
            "2021 – 2024",
            [
                _table(
                    site,
                    "Dân số và lực lượng lao động",
                    "dan-so-lao-dong.csv",
                    population,
                    unit="nghìn người",
                    chart_type=ChartType.BAR,
                ),
                _table(
                    site,
                    "Dân số năm 2024 chia theo giới tính và khu vực",
                    "dan-so-khu-vuc.csv",
                    by_area,
                    unit="nghìn người",
                    chart_type=ChartType.BAR,
                ),
            ],
        ),
        (
            "Thu, chi ngân sách",
            "thu-chi-ngan-sach",
            "2021 – 2024",
            [
                _table(
                    site,
                    "Thu và chi ngân sách",
                    "thu-chi-ngan-sach.xlsx",
                    budget,
                    unit="tỷ đồng",
                    chart_type=ChartType.LINE,
                    header_row=2,
                ),
            ],
        ),
    ]


def commune_pages(site):
    rice = csv_bytes(
        ("Năm", "Diện tích lúa (ha)", "Sản lượng lúa (tấn)"),
        [
            (y, _d(a), _d(b))
            for y, a, b in zip(
                YEARS,
                ("4.120", "4.085", "4.150", "4.210"),
                ("24.305,5", "23.870", "25.120,8", "26.004"),
                strict=True,
            )
        ],
    )
    shrimp = csv_bytes(
        ("Năm", "Diện tích nuôi tôm - lúa"),
        [(y, _d(a)) for y, a in zip(YEARS, ("2.310", "2.455", "2.530", "2.610,5"), strict=True)],
    )
    households = csv_bytes(
        ("Ấp", "Số hộ", "Số nhân khẩu", "Hộ nghèo"),
        [
            ("Ấp Minh Hòa (mẫu)", _d("812"), _d("3.104"), _d("21")),
            ("Ấp Xẻo Nhàu (mẫu)", _d("654"), _d("2.498"), _d("17")),
            ("Ấp Thứ Ba (mẫu)", _d("731"), _d("2.766"), None),
        ],
    )
    return [
        (
            "Sản xuất nông nghiệp",
            "san-xuat-nong-nghiep",
            "2021 – 2024",
            [
                _table(
                    site,
                    "Diện tích và sản lượng lúa",
                    "lua.csv",
                    rice,
                    unit="ha; tấn",
                    chart_type=ChartType.BAR,
                    chart_columns="Sản lượng lúa (tấn)",
                ),
                _table(
                    site,
                    "Diện tích nuôi tôm - lúa",
                    "tom-lua.csv",
                    shrimp,
                    unit="ha",
                    chart_type=ChartType.LINE,
                ),
            ],
        ),
        (
            "Dân số và lao động",
            "dan-so-va-lao-dong",
            "Năm 2024",
            [
                _table(
                    site,
                    "Số hộ và nhân khẩu theo ấp",
                    "ho-nhan-khau.csv",
                    households,
                    unit="hộ; người",
                    chart_type=ChartType.BAR,
                    chart_columns="Số hộ; Hộ nghèo",
                ),
            ],
        ),
    ]


def fill_site(site, pages):
    index = ensure_statistics_index(site.root_page.specific)
    if StatisticsPage.objects.child_of(index).exists():
        return 0
    if not index.intro:
        index.intro = (
            "Số liệu kinh tế - xã hội của địa phương, công bố theo Nghị định 42/2022/NĐ-CP."
        )
        index.save(update_fields=["intro"])
    for title, slug, period, tables in pages(site):
        publish_statistics_page(
            index,
            title,
            slug,
            tables,
            intro=NOTE,
            source=SOURCE,
            period=period,
            search_description=f"{title}: số liệu mẫu, kỳ {period}.",
        )
    return 1


@hooks.register("vnportal_demo_content")
def create_demo_statistics(sites):
    """Two statistics pages on the province's site and two on xã An Biên's."""
    if "angiang" in sites:
        fill_site(sites["angiang"], province_pages)
    if "anbien" in sites:
        fill_site(sites["anbien"], commune_pages)
