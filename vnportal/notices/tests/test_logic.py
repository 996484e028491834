"""Pure rules: money in Vietnamese style and a package's status over time."""

import pytest

from vnportal.notices.money import format_vnd
from vnportal.notices.status import BidStatus, bid_status

from .conftest import vn_time


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (1_234_567_890, "1.234.567.890 đồng"),
        (0, "0 đồng"),
        (999, "999 đồng"),
        (1000, "1.000 đồng"),
        (None, ""),
    ],
)
def test_money_is_grouped_by_dots_and_said_in_dong(value, text):
    assert format_vnd(value) == text


def test_a_package_is_open_until_its_closing_minute_then_closed_then_awarded():
    closes_at = vn_time(2026, 8, 10, 9, 0)
    assert bid_status(closes_at, False, vn_time(2026, 8, 10, 8, 59)) == BidStatus.OPEN
    assert bid_status(closes_at, False, vn_time(2026, 8, 10, 9, 0)) == BidStatus.CLOSED
    assert bid_status(closes_at, True, vn_time(2026, 8, 20)) == BidStatus.AWARDED
    assert BidStatus.OPEN.label == "Đang mời thầu"
