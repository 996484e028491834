"""Date lines as Vietnamese portals print them."""

import datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from vnportal.importers.extract import parse_date_line
from vnportal.importers.extract.dates import looks_like_date_line, parse_iso_datetime

D = datetime.datetime


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("(09:27 | 30/07/2022)", D(2022, 7, 30, 9, 27)),
        ("Ngày đăng: 08/07/2024 11:38", D(2024, 7, 8, 11, 38)),
        ("28/06/2022 08:31 AM", D(2022, 6, 28, 8, 31)),
        ("28/06/2022 08:31 PM", D(2022, 6, 28, 20, 31)),
        ("21/12/2012 | 12:00 AM", D(2012, 12, 21, 0, 0)),
        ("14/07/2022 | 12:15 PM", D(2022, 7, 14, 12, 15)),
        ("13:39 - 01/08/2022", D(2022, 8, 1, 13, 39)),
        ("Thứ 3, Ngày 16/07/2024", D(2024, 7, 16, 0, 0)),
        ("Thứ Hai, 16/07/2024 - 08:15", D(2024, 7, 16, 8, 15)),
        ("Cập nhật lúc 10:05, 02/09/2023", D(2023, 9, 2, 10, 5)),
        ("16-07-2024", D(2024, 7, 16)),
        ("16.07.2024", D(2024, 7, 16)),
        ("5/9/2023", D(2023, 9, 5)),
        ("ngày 5 tháng 9 năm 2023", D(2023, 9, 5)),
        ("Hà Nội, Ngày 05 Tháng 09 Năm 2023", D(2023, 9, 5)),
        ("05/09/2023 | 14:20", D(2023, 9, 5, 14, 20)),
        ("Ngày đăng 14/06/2018 | 11:22 AM | View count: 1108", D(2018, 6, 14, 11, 22)),
        ("Cập nhật: 14h20 ngày 05/09/2023", D(2023, 9, 5, 14, 20)),
        ("2024-07-16T08:15:00+07:00", D(2024, 7, 16, 8, 15)),
        ("2024-07-16T01:15:00Z", D(2024, 7, 16, 8, 15)),
        ("2024-07-16T23:30:00+00:00", D(2024, 7, 17, 6, 30)),
        ("2024-07-16 08:15", D(2024, 7, 16, 8, 15)),
        ("2024-07-16", D(2024, 7, 16)),
        ("08:15 SA, 16/07/2024", D(2024, 7, 16, 8, 15)),
        ("08:15 CH, 16/07/2024", D(2024, 7, 16, 20, 15)),
        # Unikey's combining tone marks, as some of the real pages carry.
        ("Nga\u0300y đăng: 08/07/2024 11:38", D(2024, 7, 8, 11, 38)),
    ],
)
def test_date_line_forms(line, expected):
    assert parse_date_line(line) == expected


@pytest.mark.parametrize(
    "line",
    [
        "",
        "   ",
        "31/02/2024",
        "30/13/2024",
        "00/07/2024",
        "16/07/1899",
        "16/07/2101",
        "ngày 31 tháng 4 năm 2023",
        "16/07/2024 25:10",
        "16/07/2024 13:10 PM",
        "2024-02-30T08:00:00+07:00",
        "Công văn số 587/STTTT-BCVT",
        "lần 04/2018",
        "không có ngày",
    ],
)
def test_impossible_or_missing_dates_give_none(line):
    assert parse_date_line(line) is None


def test_years_from_1945_to_2100_are_accepted():
    assert parse_date_line("02/09/1945") == D(1945, 9, 2)
    assert parse_date_line("31/12/2100") == D(2100, 12, 31)
    assert parse_date_line("01/01/1944") is None


def test_first_date_of_a_line_wins():
    assert parse_date_line("Ngày 11/7/2022, Thanh tra Sở xử phạt, hạn nộp 20/7/2022") == D(
        2022, 7, 11
    )


def test_iso_value_without_offset_is_taken_as_local():
    assert parse_iso_datetime("2024-07-16T08:15:00") == D(2024, 7, 16, 8, 15)
    assert parse_iso_datetime("không phải ngày") is None


@pytest.mark.parametrize(
    ("line", "is_date_line"),
    [
        ("(09:27 | 30/07/2022)", True),
        ("Ngày đăng: 08/07/2024 11:38", True),
        ("Thứ Hai, 16/07/2024 - 08:15", True),
        ("Cập nhật lúc 10:05, 02/09/2023", True),
        ("Ngày 11/7/2022, Thanh tra Sở xử phạt một đối tượng", False),
        ("Đảng bộ huyện An Biên đẩy mạnh công tác bảo vệ nền tảng", False),
    ],
)
def test_date_line_is_told_from_a_sentence_with_a_date(line, is_date_line):
    assert looks_like_date_line(line) is is_date_line


@given(st.text(max_size=200))
def test_parse_date_line_never_raises(text):
    result = parse_date_line(text)
    assert result is None or 1945 <= result.year <= 2100
