"""Vietnamese telephone numbers as people write them, in plain Python.

Since the 2017-2018 renumbering a landline has 11 digits (0 + a 3-digit area code such as
297 + 7 digits, or 0 + 2-digit area code + 8 digits for Hà Nội and Hồ Chí Minh City), a mobile
10, and hotlines 1800/1900 8 or 10. People write them with spaces, dots, dashes,
parentheses and +84 for the leading 0; all of these are accepted and kept as written for
display, and `tel_uri` gives the dialable form.
"""

import re

SEPARATORS = re.compile(r"[\s.\-()]")
HOTLINE_PREFIXES = ("1800", "1900")

BAD_CHARACTERS = (
    "Số điện thoại “{value}” có ký tự không dùng được. Chỉ ghi chữ số, có thể kèm dấu cách, "
    "dấu chấm, dấu gạch ngang, dấu ngoặc đơn và +84 ở đầu; ví dụ 0297 3862 123."
)
BAD_LENGTH = (
    "Số điện thoại “{value}” không đúng độ dài: số cố định có 11 chữ số (ví dụ 0297 3862 123), "
    "số di động có 10 chữ số (ví dụ 0912 345 678), số 1800/1900 có 8 hoặc 10 chữ số."
)


def _digits(value):
    """The national digits of a number, or None when it holds anything but digits and
    separators (or a + that is not the +84 prefix)."""
    compact = SEPARATORS.sub("", value)
    if compact.startswith("+84"):
        compact = "0" + compact[3:]
    elif compact.startswith("84") and len(compact) in (11, 12):
        compact = "0" + compact[2:]
    if not compact.isdigit():
        return None
    return compact


def phone_problem(value):
    """What is wrong with a written phone number, in Vietnamese; None when it is fine."""
    value = value.strip()
    digits = _digits(value)
    if digits is None:
        return BAD_CHARACTERS.format(value=value)
    if digits.startswith(HOTLINE_PREFIXES):
        return None if len(digits) in (8, 10) else BAD_LENGTH.format(value=value)
    if digits.startswith("0") and len(digits) in (10, 11):
        return None
    return BAD_LENGTH.format(value=value)


def tel_uri(value):
    """`tel:` address of a valid number (international form for 0-numbers); "" otherwise."""
    if not value or phone_problem(value):
        return ""
    digits = _digits(value.strip())
    if digits.startswith(HOTLINE_PREFIXES):
        return f"tel:{digits}"
    return f"tel:+84{digits[1:]}"
