"""Checking a unit file before anything is written; no database."""

import unicodedata

from vnportal.units.tests.unit_csv import to_csv, unit_rows
from vnportal.units.unit_file import Known, KnownUnit, parse_unit_file

HEADER = "code,name,kind,parent,host\n"


def _parse(text, known=None):
    return parse_unit_file(text.encode(), known or Known())


def test_the_an_giang_file_is_read_with_generated_hosts():
    rows, errors = _parse(to_csv(unit_rows()))
    assert errors == []
    assert len(rows) == 103
    kinds = [row.kind for row in rows]
    assert (kinds.count("commune"), kinds.count("ward"), kinds.count("special_zone")) == (85, 14, 3)
    by_name = {row.name: row for row in rows}
    assert by_name["Xã Tây Yên"].host == "tayyen.angiang.gov.vn"
    assert by_name["Tỉnh An Giang"].host == "angiang.gov.vn"
    assert by_name["Đặc khu Phú Quốc"].host == "phuquoc.angiang.gov.vn"
    assert len({row.host for row in rows}) == 103


def test_byte_order_mark_and_decomposed_names_are_accepted():
    text = HEADER + "AG,Tỉnh An Giang,province,,\nX1,Tây Yên,commune,AG,\n"
    rows, errors = _parse("\ufeff" + unicodedata.normalize("NFD", text))
    assert errors == []
    assert rows[1].name == "Xã Tây Yên"
    assert unicodedata.is_normalized("NFC", rows[1].name)


def test_every_bad_row_is_reported_with_its_line_number():
    text = HEADER + (
        "AG,Tỉnh An Giang,province,,\n"  # line 2
        "X1,Xã Tây Yên,commune,AG,\n"  # 3
        "X1,Xã Đông Thái,commune,AG,\n"  # 4: duplicate code
        "X3,Xã An Biên,commune,,\n"  # 5: no parent
        "X4,Xã An Phú,commune,KG,\n"  # 6: unknown parent
        "X5,Huyện An Biên,huyen,AG,\n"  # 7: unknown kind
        "X6,Phường Tây Yên,ward,AG,\n"  # 8: same generated host as line 3
        "X7,Xã Bình An,commune,AG,Bình An.gov.vn\n"  # 9: host with a space and a mark
        "X8,Xã Vĩnh Hòa,commune,X1,\n"  # 10: parent is not a province
        "AG2,Tỉnh Kiên Giang,province,AG,\n"  # 11: province with a parent
        ",Xã Mỹ Lâm,commune,AG,\n"  # 12: no code
    )
    rows, errors = _parse(text)
    assert errors == [
        "Dòng 4: mã “X1” trùng với dòng 3.",
        "Dòng 5: thiếu mã tỉnh, thành phố trực thuộc (cột parent).",
        "Dòng 6: không tìm thấy đơn vị cấp trên “KG” trong tệp hay trong cơ sở dữ liệu.",
        "Dòng 7: loại “huyen” không hợp lệ; cột kind chỉ nhận province, commune, ward hoặc "
        "special_zone (cấp huyện không còn từ 01/07/2025).",
        "Dòng 8: tên miền “tayyen.angiang.gov.vn” trùng với dòng 3; hãy ghi tên miền khác "
        "vào cột host.",
        "Dòng 9: tên miền “Bình An.gov.vn” không hợp lệ; chỉ dùng chữ a-z, số, dấu chấm và "
        "dấu gạch ngang, ví dụ tayyen.angiang.gov.vn.",
        "Dòng 10: đơn vị cấp trên “X1” không phải tỉnh, thành phố; xã, phường, đặc khu trực "
        "thuộc tỉnh, thành phố.",
        "Dòng 11: tỉnh, thành phố không có đơn vị cấp trên; hãy để trống cột parent (đang ghi "
        "“AG”).",
        "Dòng 12: thiếu mã đơn vị (cột code).",
    ]


def test_a_given_host_settles_a_clash_of_generated_ones():
    text = HEADER + (
        "AG,Tỉnh An Giang,province,,\n"
        "X1,Xã Tây Yên,commune,AG,\n"
        "X2,Phường Tây Yên,ward,AG,phuongtayyen.angiang.gov.vn\n"
    )
    rows, errors = _parse(text)
    assert errors == []
    assert [row.host for row in rows[1:]] == [
        "tayyen.angiang.gov.vn",
        "phuongtayyen.angiang.gov.vn",
    ]


def test_parent_and_hosts_already_in_the_database_are_taken_into_account():
    known = Known(
        units={
            "AG": KnownUnit("province", "Tỉnh An Giang", "angiang.gov.vn"),
            "X1": KnownUnit("commune", "Xã Tây Yên", "tayyen.example.vn"),
            "X9": KnownUnit("commune", "Xã Vĩnh Hòa", "vinhhoa.example.vn"),
            "KG-AB": KnownUnit("district", "Huyện An Biên"),
        },
        hosts={
            "angiang.gov.vn": ("AG", "trang “Cổng thông tin điện tử tỉnh An Giang”"),
            "tayyen.example.vn": ("X1", "trang “Cổng thông tin điện tử xã Tây Yên”"),
            "vinhhoa.example.vn": ("X9", "trang “Cổng thông tin điện tử xã Vĩnh Hòa”"),
            "anbien.kiengiang.gov.vn": (None, "tên miền cũ của Huyện An Biên"),
        },
    )
    text = HEADER + (
        "X1,Xã Tây Yên,commune,AG,\n"  # keeps the host its site already has
        "X2,Xã Đông Thái,commune,AG,vinhhoa.example.vn\n"
        "X3,Xã An Biên,commune,AG,anbien.kiengiang.gov.vn\n"
        "KG-AB,Xã An Minh,commune,AG,\n"
    )
    rows, errors = _parse(text, known)
    assert [row.host for row in rows] == ["tayyen.example.vn"]
    assert errors == [
        "Dòng 3: tên miền “vinhhoa.example.vn” đã được dùng cho trang “Cổng thông tin điện tử "
        "xã Vĩnh Hòa”.",
        "Dòng 4: tên miền “anbien.kiengiang.gov.vn” đã được dùng cho tên miền cũ của Huyện An "
        "Biên.",
        "Dòng 5: mã “KG-AB” là của Huyện An Biên, một đơn vị đã giải thể hoặc sáp nhập; đơn "
        "vị mới cần mã khác.",
    ]


def test_a_file_that_is_not_utf8_names_the_line():
    # A spreadsheet saved as Latin-1 after a correct first row.
    data = (
        HEADER + "AG,Tỉnh An Giang,province,,\n"
    ).encode() + "X1,Xã Tây Yên,commune,AG,\n".encode("latin-1")
    rows, errors = parse_unit_file(data, Known())
    assert rows == []
    assert errors == [
        "Dòng 3: tệp không phải UTF-8 (byte 0xe3 không đọc được). Hãy lưu tệp CSV với bảng mã "
        "UTF-8."
    ]


def test_missing_columns_are_named():
    rows, errors = _parse("code,name,kind\nAG,Tỉnh An Giang,province\n")
    assert errors == [
        "Dòng 1: thiếu cột parent, host; dòng tiêu đề phải là code,name,kind,parent,host."
    ]


def test_a_name_with_an_unquoted_comma_is_caught():
    rows, errors = _parse(HEADER + "AG,Tỉnh An Giang,province,,\nX1,Xã Tây, Yên,commune,AG,\n")
    assert errors == [
        "Dòng 3: có 6 giá trị nhưng chỉ có 5 cột; tên có dấu phẩy phải đặt trong dấu ngoặc kép."
    ]


def test_an_empty_file_says_so():
    rows, errors = _parse(HEADER)
    assert errors == ["Dòng 2: tệp không có đơn vị nào sau dòng tiêu đề."]
