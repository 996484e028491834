"""Host names of unit sites (Decree 224/2026 art. 11: `tenxa.tentinh.gov.vn`), no database."""

import unicodedata

import pytest

from vnportal.units.hostnames import (
    full_name,
    host_label,
    in_sentence,
    is_valid_hostname,
    split_kind_word,
    unit_host,
)


@pytest.mark.parametrize(
    "name, label",
    [
        ("Xã Tây Yên", "tayyen"),
        ("Tỉnh An Giang", "angiang"),
        ("Phường Rạch Giá", "rachgia"),
        ("Đặc khu Phú Quốc", "phuquoc"),
        ("Thành phố Hồ Chí Minh", "hochiminh"),
        ("xã  Đông   Thái", "dongthai"),
        ("XÃ ĐÔNG THÁI", "dongthai"),
        ("ĐẶC KHU Thổ Châu", "thochau"),
        ("Tây Yên", "tayyen"),
        ("Xã Ea H'Leo", "eahleo"),
        ("Xã Đắk Glei", "dakglei"),
    ],
)
def test_label_drops_the_kind_word_diacritics_and_spaces(name, label):
    assert host_label(name) == label


def test_decomposed_input_gives_the_same_label():
    assert host_label(unicodedata.normalize("NFD", "Xã Tây Yên")) == "tayyen"


def test_a_name_that_merely_looks_like_a_kind_word_is_kept():
    # "Xà" is not "Xã": the diacritics decide.
    assert host_label("Xã Xà Phiên") == "xaphien"
    assert host_label("Xà Phiên") == "xaphien"
    assert split_kind_word("Xà Phiên") == ("", "Xà Phiên")


def test_a_numbered_ward_keeps_its_kind_word_in_the_label():
    assert host_label("Phường 1") == "phuong1"


def test_commune_host_is_under_its_province():
    assert unit_host("Xã Tây Yên", "Tỉnh An Giang") == "tayyen.angiang.gov.vn"
    assert unit_host("Đặc khu Phú Quốc", "Tỉnh An Giang") == "phuquoc.angiang.gov.vn"


def test_province_host_is_its_own_gov_vn_name():
    assert unit_host("Tỉnh An Giang") == "angiang.gov.vn"
    assert unit_host("Thành phố Cần Thơ") == "cantho.gov.vn"


def test_names_get_their_kind_word_and_read_well_inside_a_sentence():
    assert full_name("Tây Yên", "commune") == "Xã Tây Yên"
    assert full_name("xã  Tây Yên", "commune") == "Xã Tây Yên"
    assert full_name("Thành phố Cần Thơ", "province") == "Thành phố Cần Thơ"
    assert full_name("Phú Quốc", "special_zone") == "Đặc khu Phú Quốc"
    assert in_sentence("Xã Tây Yên") == "xã Tây Yên"
    assert in_sentence("Thành phố Cần Thơ") == "thành phố Cần Thơ"
    assert in_sentence("Đặc khu Phú Quốc") == "đặc khu Phú Quốc"


@pytest.mark.parametrize(
    "host, valid",
    [
        ("tayyen.angiang.gov.vn", True),
        ("localhost", True),
        ("xa-1.angiang.gov.vn", True),
        ("tây.angiang.gov.vn", False),
        ("TayYen.angiang.gov.vn", False),
        ("-tayyen.gov.vn", False),
        ("tayyen..gov.vn", False),
        ("tay yen.gov.vn", False),
        ("a" * 64 + ".gov.vn", False),
        ("", False),
    ],
)
def test_host_name_syntax(host, valid):
    assert is_valid_hostname(host) is valid
