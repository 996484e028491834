"""A visitor opens the province's statistics pages in a real browser: charts and tables
are shown and axe-core finds no serious accessibility violation."""

import os
import re

import pytest

from vnportal.stats.demo import create_demo_statistics
from vnportal.testing.browser import axe_violations
from vnportal.testing.builders import build_site

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def portal(transactional_db):
    site = build_site().site
    create_demo_statistics({"angiang": site})
    return site


def test_statistics_pages_are_accessible(live_server, browser_page, portal):
    page = browser_page
    page.goto(f"{live_server.url}/so-lieu-thong-ke/")
    page.get_by_role("link", name="Thu, chi ngân sách").wait_for()
    assert axe_violations(page) == []

    # One page of bar charts, one with a line chart read from an XLSX file.
    for slug in ("dan-so-va-lao-dong", "thu-chi-ngan-sach"):
        page.goto(f"{live_server.url}/so-lieu-thong-ke/{slug}/")
        chart = page.get_by_role("img", name=re.compile("số liệu mẫu.*Biểu đồ")).first
        assert chart.bounding_box()["width"] > 300
        assert page.locator("table.stats-data caption").count() >= 1
        cell = page.locator("table.stats-data td.num").first
        assert cell.evaluate("el => getComputedStyle(el).textAlign") == "right"
        if os.environ.get("VNPORTAL_SCREENSHOTS"):
            page.screenshot(path=f"{os.environ['VNPORTAL_SCREENSHOTS']}/{slug}.png", full_page=True)
        assert axe_violations(page) == []
