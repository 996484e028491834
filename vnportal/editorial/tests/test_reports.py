"""The royalty report of a period: amounts, totals, exports, and freezing at closing."""

import csv
import datetime
import io
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from openpyxl import load_workbook
from wagtail.models import ModelLogEntry

from vnportal.editorial.actions import CLOSE_PERIOD, assess_article, close_period, create_period
from vnportal.editorial.exports import TOTAL_LABEL, export_csv, export_xlsx, read_summary_xlsx
from vnportal.editorial.models import BaseSalary, RoyaltyAssessment, RoyaltyLine
from vnportal.editorial.reports import royalty_report
from vnportal.units.roles import BOARD

from .conftest import local, write

pytestmark = pytest.mark.django_db


@pytest.fixture
def november(tayyen):
    """Tây Yên's November 2026: three articles by two contributors (one with an account,
    one outside writer named only), one article left unassessed, one from October."""
    board = tayyen.users[BOARD]
    writer = tayyen.users["contributor"]
    cat = tayyen.category
    articles = {
        "flood": write(
            cat,
            "Lũ về sớm ở Tây Yên",
            local(2026, 11, 3),
            [("Nguyễn Thị Lan", 60, writer), ("Trần Văn Bình", 40, None)],
        ),
        "road": write(
            cat, "Khánh thành đường liên ấp", local(2026, 11, 10), [("Lan", 100, writer)]
        ),
        "photo": write(
            cat, "Ảnh mùa lúa", local(2026, 11, 1, 0), [("Trần Văn Bình", 100, None)], kind="anh"
        ),
        "unassessed": write(cat, "Họp dân ấp 3", local(2026, 11, 12), [("Lan", 100, writer)]),
        # Dates are local: the photo (01/11 00:00 here, 31/10 in UTC) is November's.
        "october": write(cat, "Tin tháng mười", local(2026, 10, 31, 23), [("Lan", 100, writer)]),
    }
    period = create_period(
        board,
        site=tayyen.site,
        name="Tháng 11/2026",
        starts_on=datetime.date(2026, 11, 1),
        ends_on=datetime.date(2026, 11, 30),
    )
    assess_article(board, articles["flood"], Decimal("8"), period=period)
    assess_article(board, articles["road"], Decimal("5.5"), period=period)
    assess_article(board, articles["photo"], Decimal("3"), period=period)
    return tayyen, period, articles


def test_amount_per_contributor_line(november):
    people, period, articles = november
    report = royalty_report(people.site, period)
    flood = [line for line in report.lines if line.article_id == articles["flood"].pk]
    assert [(line.contributor_name, line.amount) for line in flood] == [
        ("Nguyễn Thị Lan", 1_123_200),  # 8 × 234,000 × 60 %
        ("Trần Văn Bình", 748_800),  # 8 × 234,000 × 40 %
    ]


def test_report_rows_per_contributor_and_totals_equal_the_sum_of_rows(november):
    people, period, articles = november
    report = royalty_report(people.site, period)
    rows = [(r.contributor, r.articles, r.coefficients, r.amount) for r in report.rows]
    assert rows == [
        # One account, whatever name the article gives: 1,123,200 + 5.5 × 234,000
        ("Nguyễn Thị Lan", 2, Decimal("13.5"), 1_123_200 + 1_287_000),
        # Outside writer, grouped by name: 748,800 + 3 × 234,000
        ("Trần Văn Bình", 2, Decimal("11"), 748_800 + 702_000),
    ]
    assert report.total_amount == sum(row.amount for row in report.rows) == 3_861_000
    assert report.total_articles == 3
    assert report.total_coefficients == Decimal("16.5")
    assert [a.title for a in report.unassessed] == ["Họp dân ấp 3"]
    assert articles["october"].pk not in {line.article_id for line in report.lines}


def test_base_salary_is_the_one_valid_on_the_publication_date(tayyen):
    board = tayyen.users[BOARD]
    before = write(tayyen.category, "Tin cuối tháng 6", local(2024, 6, 30, 22), [("An", 100, None)])
    after = write(tayyen.category, "Tin đầu tháng 7", local(2024, 7, 1, 7), [("An", 100, None)])
    period = create_period(
        board,
        site=tayyen.site,
        name="Quý II và III/2024",
        starts_on=datetime.date(2024, 6, 1),
        ends_on=datetime.date(2024, 7, 31),
    )
    assess_article(board, before, Decimal("10"), period=period)
    assess_article(board, after, Decimal("10"), period=period)
    amounts = {
        line.article_title: line.amount for line in royalty_report(tayyen.site, period).lines
    }
    assert amounts == {"Tin cuối tháng 6": 1_800_000, "Tin đầu tháng 7": 2_340_000}


def _sheet_table(sheet):
    rows = [list(row) for row in sheet.iter_rows(values_only=True)]
    start = next(i for i, row in enumerate(rows) if row[0] == "STT")
    return rows[:start], rows[start + 1 :]


def test_xlsx_export_reads_back_with_the_same_rows_and_total(november):
    people, period, _ = november
    report = royalty_report(people.site, period)
    workbook = load_workbook(io.BytesIO(export_xlsx(people.site, period)))
    heading, table = _sheet_table(workbook["Tổng hợp"])
    assert ["Đơn vị", "xã Tây Yên"] == heading[1][:2]
    assert "Tháng 11/2026 (từ 01/11/2026 đến 30/11/2026)" == heading[2][1]
    *rows, total = table
    assert [(r[1], r[2], Decimal(str(r[3])), r[4]) for r in rows] == [
        (row.contributor, row.articles, row.coefficients, row.amount) for row in report.rows
    ]
    assert all(isinstance(r[4], int) for r in rows)  # numbers, not text
    assert total[1] == TOTAL_LABEL
    assert total[4] == sum(r[4] for r in rows) == report.total_amount
    assert read_summary_xlsx(export_xlsx(people.site, period)) == (rows, total)
    _, details = _sheet_table(workbook["Chi tiết"])
    *lines, detail_total = details
    assert len(lines) == len(report.lines)
    assert detail_total[-1] == report.total_amount


def test_csv_export_has_a_bom_and_reads_back_with_the_same_rows_and_total(november):
    people, period, _ = november
    report = royalty_report(people.site, period)
    data = export_csv(people.site, period)
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))
    assert rows[1] == ["Đơn vị", "xã Tây Yên"]
    start = rows.index(["STT", "Tác giả", "Số bài", "Tổng hệ số", "Số tiền (đồng)"])
    end = rows.index([], start)
    *table, total = rows[start + 1 : end]
    assert [(r[1], int(r[2]), Decimal(r[3]), int(r[4])) for r in table] == [
        (row.contributor, row.articles, row.coefficients, row.amount) for row in report.rows
    ]
    assert total[1] == TOTAL_LABEL
    assert int(total[4]) == sum(int(r[4]) for r in table) == report.total_amount


def test_closing_freezes_the_report(november):
    people, period, articles = november
    board = people.users[BOARD]
    before = royalty_report(people.site, period)
    close_period(board, period)
    assert RoyaltyLine.objects.filter(period=period).count() == len(before.lines) == 4

    # The base salary changes (a retroactive decree), a contributor is renamed and a
    # coefficient is forced in the database: the closed report does not move.
    BaseSalary.objects.update(amount=9_999_999)
    RoyaltyAssessment.objects.filter(article=articles["flood"]).update(coefficient=Decimal("1"))
    articles["flood"].contributors.update(name="Tên khác")
    period.refresh_from_db()
    after = royalty_report(people.site, period)
    assert after.closed
    assert [(r.contributor, r.amount) for r in after.rows] == [
        (r.contributor, r.amount) for r in before.rows
    ]
    assert after.total_amount == before.total_amount == 3_861_000
    assert ModelLogEntry.objects.filter(action=CLOSE_PERIOD, object_id=str(period.pk)).exists()


def test_assessments_in_a_closed_period_cannot_be_created_changed_or_deleted(november):
    people, period, articles = november
    board = people.users[BOARD]
    close_period(board, period)
    message = "Kỳ nhuận bút “Tháng 11/2026” đã khóa lúc"
    with pytest.raises(ValidationError, match=message):
        assess_article(board, articles["flood"], Decimal("9"), period=period)
    with pytest.raises(ValidationError, match=message):
        assess_article(board, articles["unassessed"], Decimal("2"), period=period)
    with pytest.raises(ValidationError, match=message):
        assess_article(board, articles["road"], None, period=period)
    # The model refuses too, whoever calls it.
    with pytest.raises(ValidationError, match=message):
        RoyaltyAssessment.objects.get(article=articles["flood"]).delete()
    with pytest.raises(ValidationError, match=message):
        RoyaltyAssessment.objects.create(article=articles["unassessed"], coefficient=Decimal("2"))
    assert RoyaltyAssessment.objects.get(article=articles["flood"]).coefficient == Decimal("8")
    with pytest.raises(ValidationError, match=message):
        period.name = "Tên mới"
        period.save()
    with pytest.raises(ValidationError, match="đã khóa"):
        close_period(board, period)


def test_closing_is_refused_when_a_date_has_no_base_salary(tayyen):
    board = tayyen.users[BOARD]
    old = write(tayyen.category, "Tin năm 2023", local(2023, 6, 15), [("An", 100, None)])
    period = create_period(
        board,
        site=tayyen.site,
        name="Tháng 6/2023",
        starts_on=datetime.date(2023, 6, 1),
        ends_on=datetime.date(2023, 6, 30),
    )
    assess_article(board, old, Decimal("5"), period=period)
    assert [a.title for a in royalty_report(tayyen.site, period).missing_salary] == ["Tin năm 2023"]
    with pytest.raises(ValidationError, match="Chưa có mức lương cơ sở cho ngày đăng của"):
        close_period(board, period)
    period.refresh_from_db()
    assert period.closed_at is None


def test_report_query_count_does_not_grow_with_articles(tayyen, django_assert_max_num_queries):
    board = tayyen.users[BOARD]
    period = create_period(
        board,
        site=tayyen.site,
        name="Tháng 11/2026",
        starts_on=datetime.date(2026, 11, 1),
        ends_on=datetime.date(2026, 11, 30),
    )

    def add(count):
        for number in range(count):
            article = write(
                tayyen.category,
                f"Bài {number}",
                local(2026, 11, 2),
                [("An", 50, None), ("Ba", 50, None)],
            )
            assess_article(board, article, Decimal("4"), period=period)

    add(2)
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as small:
        royalty_report(tayyen.site, period)
    add(6)
    with django_assert_max_num_queries(len(small)):
        assert len(royalty_report(tayyen.site, period).lines) == 16


def test_a_title_that_looks_like_a_formula_stays_text_in_both_exports(tayyen):
    board = tayyen.users[BOARD]
    title = '=HYPERLINK("http://example.com","Bấm vào")'
    article = write(tayyen.category, title, local(2026, 11, 3), [("An", 100, None)])
    period = create_period(
        board,
        site=tayyen.site,
        name="Tháng 11/2026",
        starts_on=datetime.date(2026, 11, 1),
        ends_on=datetime.date(2026, 11, 30),
    )
    assess_article(board, article, Decimal("2"), period=period)
    sheet = load_workbook(io.BytesIO(export_xlsx(tayyen.site, period)))["Chi tiết"]
    cells = [cell for row in sheet.iter_rows() for cell in row if cell.value == title]
    assert cells and all(cell.data_type == "s" for cell in cells)
    text = export_csv(tayyen.site, period).decode("utf-8-sig")
    cells = [cell for row in csv.reader(io.StringIO(text)) for cell in row]
    assert "'" + title in cells and title not in cells
