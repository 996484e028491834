"""A resident reads this week's schedule, goes to the next week and opens the print view;
axe finds nothing serious on the way."""

import datetime

import pytest
from django.utils import timezone

from vnportal.schedules.models import Status
from vnportal.schedules.sections import schedule_section
from vnportal.schedules.weeks import Week
from vnportal.testing.browser import axe_violations
from vnportal.testing.builders import build_site

from .conftest import add_entry

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def portal(transactional_db):
    built = build_site()
    schedule_section(built.home, None)
    this_week = Week.containing(timezone.localdate())
    add_entry(built.site, this_week.monday, "07:30", "Giao ban đầu tuần", ends_at="09:00")
    add_entry(
        built.site,
        this_week.monday + datetime.timedelta(days=2),
        "14:00",
        "Kiểm tra công trình đê biển",
        status=Status.POSTPONED,
        status_note="Hoãn do triều cường",
    )
    add_entry(built.site, this_week.next().monday, "08:00", "Tiếp công dân định kỳ")
    return this_week


def test_reading_the_schedule_week_by_week(live_server, browser_page, portal):
    page = browser_page
    page.goto(live_server.url + "/lich-cong-tac/")
    page.get_by_role("heading", level=1, name=portal.heading).wait_for()
    assert page.get_by_role("cell", name="Giao ban đầu tuần").is_visible()
    assert "Hoãn" in page.locator(".is-postponed").inner_text()
    assert axe_violations(page) == []

    page.get_by_role("link", name="Tuần sau »").click()
    page.get_by_role("heading", level=1, name=portal.next().heading).wait_for()
    assert page.get_by_role("cell", name="Tiếp công dân định kỳ").is_visible()
    assert axe_violations(page) == []

    page.get_by_role("link", name=f"Bản in lịch công tác tuần {portal.next().number}").click()
    page.get_by_role("heading", level=1, name=portal.next().heading).wait_for()
    assert page.locator(".main-nav").count() == 0
    assert axe_violations(page) == []
