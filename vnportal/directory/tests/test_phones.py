"""Phone numbers as people write them (no database)."""

import pytest

from vnportal.directory.phones import phone_problem, tel_uri


@pytest.mark.parametrize(
    "written",
    [
        "0297 3862 123",
        "0297.3862.123",
        "(0297) 3 862 123",
        "+84 297 3862 123",
        "0912 345 678",
        "024 3825 1234",
        "1900 1234",
        "1800 123 456",
    ],
)
def test_numbers_as_people_write_them_are_accepted(written):
    assert phone_problem(written) is None


def test_letters_are_refused_with_a_vietnamese_message():
    assert "có ký tự không dùng được" in phone_problem("0297 abc 123")


@pytest.mark.parametrize("written", ["12345", "0297 3862 12345", "2973862123"])
def test_wrong_lengths_are_refused_with_examples(written):
    problem = phone_problem(written)
    assert "không đúng độ dài" in problem
    assert "0912 345 678" in problem


def test_tel_uri_dials_internationally_and_keeps_hotlines():
    assert tel_uri("(0297) 3.862.123") == "tel:+842973862123"
    assert tel_uri("+84 912 345 678") == "tel:+84912345678"
    assert tel_uri("1900 1234") == "tel:19001234"
    assert tel_uri("không có") == ""
