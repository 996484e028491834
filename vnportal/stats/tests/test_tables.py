"""Reading uploaded tables: encodings, separators, number formats and the messages an
editor gets for a file that cannot be used. No database."""

from decimal import Decimal

import pytest

from vnportal.stats.tables import (
    MAX_BYTES,
    Table,
    TableError,
    chart_columns,
    format_number,
    parse_number,
    read_table,
    to_csv,
)
from vnportal.vntext.legacy import encode_tcvn3, encode_vni

from .helpers import POPULATION_CSV, cp1258, workbook_bytes

TEXT = "Xã;Số hộ;Diện tích lúa\nĐông Thái;1.234;4.210,5\nTây Yên;987;3.005,25\n"


def error_of(data, filename="bang.csv", **options):
    with pytest.raises(TableError) as caught:
        read_table(data, filename, **options)
    return str(caught.value)


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (TEXT.encode("utf-8"), "utf-8"),
        (TEXT.encode("utf-8-sig"), "utf-8"),
        (cp1258(TEXT), "windows-1258"),
        (encode_tcvn3(TEXT), "tcvn3"),
        (encode_vni(TEXT), "vni"),
    ],
)
def test_every_supported_encoding_gives_the_same_table(data, encoding):
    table = read_table(data, "so-ho.csv")
    assert table.encoding == encoding
    assert table.header == ["Xã", "Số hộ", "Diện tích lúa"]
    assert table.rows == [
        ["Đông Thái", Decimal("1234"), Decimal("4210.5")],
        ["Tây Yên", Decimal("987"), Decimal("3005.25")],
    ]


def test_a_file_in_an_unknown_encoding_is_refused_with_advice():
    # Windows-1252 bytes that are no Vietnamese in any of the known encodings.
    data = "Land;Größe\nÄrøya;12\nŒuvre;14\n".encode("cp1252")
    message = error_of(data)
    assert "Không nhận ra bảng mã" in message
    assert "CSV UTF-8" in message


@pytest.mark.parametrize("separator", [";", ",", "\t"])
def test_separator_is_detected(separator):
    text = separator.join(["Năm", "Dân số", "Lao động"]) + "\n"
    text += separator.join(["2024", '"1.234,5"', "800"]) + "\n"
    table = read_table(text.encode(), "a.csv")
    assert table.header == ["Năm", "Dân số", "Lao động"]
    assert table.rows == [["2024", Decimal("1234.5"), Decimal("800")]]


@pytest.mark.parametrize(
    ("cells", "expected"),
    [
        (["1.234,5", "12"], [Decimal("1234.5"), Decimal("12")]),  # Vietnamese
        (["1,234.5", "12"], [Decimal("1234.5"), Decimal("12")]),  # international
        (["12,5", "1.234"], [Decimal("12.5"), Decimal("1234")]),  # decided by 12,5
        (["12.5", "1,234"], [Decimal("12.5"), Decimal("1234")]),  # decided by 12.5
        (["1.234", "5.678"], [Decimal("1234"), Decimal("5678")]),  # undecided: Vietnamese
        (["1.234.567", "−3"], [Decimal("1234567"), Decimal("-3")]),
        (["1 234,5", "0,05"], [Decimal("1234.5"), Decimal("0.05")]),
        (["", "-"], [None, None]),  # empty cells and the statisticians' dash
        (["khoảng 5", "12"], ["khoảng 5", Decimal("12")]),
    ],
)
def test_number_formats(cells, expected):
    text = "Chỉ tiêu;A;B\nX;" + ";".join(cells) + "\n"
    assert read_table(text.encode(), "a.csv").rows[0][1:] == expected


def test_a_file_mixing_both_number_conventions_is_refused():
    message = error_of("Năm;A\n2023;1.234,5\n2024;2,345.6\n".encode())
    assert "hai cách" in message


def test_badly_grouped_thousands_stay_text():
    assert parse_number("1.23.4") is None
    assert parse_number("12.34,5") is None


def test_ragged_row_is_named_by_its_line():
    message = error_of("Năm;Dân số\n2021;12\n2022;13;14\n".encode())
    assert "Dòng 3 có 3 ô nhưng dòng tiêu đề chỉ có 2 cột" in message


def test_trailing_empty_cells_and_blank_rows_are_ignored():
    table = read_table("Năm;A;;\n2021;1;;\n\n;;\n2022;2\n".encode(), "a.csv")
    assert table.rows == [["2021", Decimal("1")], ["2022", Decimal("2")]]
    assert table.lines == [2, 5]


def test_missing_header_is_explained():
    assert "Không có dòng tiêu đề" in error_of(b"\n\n" + b"x;1\n", header_row=1)
    assert "chưa có tên" in error_of("Năm;;B\n2021;1;2\n".encode())
    assert "chỉ có một cột" in error_of("Dân số\n12\n".encode())
    assert "chưa có dòng số liệu" in error_of("Năm;A\n".encode())


def test_too_large_and_wrong_types_are_refused():
    assert "Tệp quá lớn" in error_of(b"a;b\n" + b"1;2\n" * (MAX_BYTES // 4))
    assert ".xls" in error_of(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 100, "cu.xls")
    assert "CSV (.csv) hoặc Excel (.xlsx)" in error_of(b"%PDF-1.4 ...", "bang.pdf")
    assert "rỗng" in error_of(b"")
    assert "không phải bảng tính Excel" in error_of(b"PK\x03\x04broken", "bang.xlsx")


def test_xlsx_round_trip_first_sheet_and_named_sheet():
    data = workbook_bytes(
        {
            "Dân số": [
                ["Dân số trung bình (số liệu mẫu)"],
                ["Năm", "Dân số", "Tỷ lệ"],
                [2023, 1234.5, 0.1],
                [2024, 1300, None],
            ],
            "Ngân sách": [["Năm", "Thu"], ["2024", "21.875,4"]],
        }
    )
    first = read_table(data, "so-lieu.xlsx", header_row=2)
    assert first.header == ["Năm", "Dân số", "Tỷ lệ"]
    assert first.rows == [
        ["2023", Decimal("1234.5"), Decimal("0.1")],
        ["2024", Decimal("1300"), None],
    ]
    named = read_table(data, "so-lieu.xlsx", sheet="ngân sách")
    assert named.rows == [["2024", Decimal("21875.4")]]
    missing = error_of(data, "so-lieu.xlsx", sheet="Lao động")
    assert "không có trang tính tên “Lao động”" in missing and "“Ngân sách”" in missing


def test_chart_columns_by_name_number_or_all_numeric():
    table = read_table("Năm;Dân số;Ghi chú;Lao động\n2021;1;ước tính;3\n".encode(), "a.csv")
    assert chart_columns(table, "") == [1, 3]
    assert chart_columns(table, "lao động; 2") == [3, 1]
    with pytest.raises(TableError, match="không có cột “Thu ngân sách”"):
        chart_columns(table, "Thu ngân sách")
    with pytest.raises(TableError) as caught:
        chart_columns(table, "Ghi chú")
    assert "ô ở dòng 2 (“ước tính”) không phải là số" in str(caught.value)


def test_vietnamese_number_formatting_keeps_the_given_decimals():
    assert format_number(Decimal("1234.5")) == "1.234,5"
    assert format_number(Decimal("1234567")) == "1.234.567"
    assert format_number(Decimal("-0.50")) == "-0,50"
    assert format_number(Decimal("12")) == "12"


def test_json_round_trip_and_csv_export():
    table = read_table(POPULATION_CSV, "dan-so.csv")
    again = Table.from_json(table.to_json())
    assert again.rows == table.rows
    exported = to_csv(again)
    assert exported.startswith("\ufeffNăm,Dân số,Lao động\r\n2021,1234.5,800\r\n")
    assert "2023,1301.2,\r\n" in exported
