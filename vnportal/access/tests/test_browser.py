"""The access-to-information page in a real browser: no serious accessibility
violations, before and after filtering the list."""

import pytest

from vnportal.access.demo import create_demo_access
from vnportal.testing.browser import axe_violations
from vnportal.testing.builders import build_site

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_access_page_is_accessible_and_filters(live_server, browser_page):
    province = build_site().site
    create_demo_access({"angiang": province})
    browser_page.goto(live_server.url + "/tiep-can-thong-tin/")
    assert axe_violations(browser_page) == []
    browser_page.get_by_label("Nhóm thông tin").select_option(label="Số liệu thống kê")
    browser_page.get_by_role("button", name="Lọc").click()
    rows = browser_page.locator("table tbody tr")
    assert rows.count() == 1
    assert "Số liệu thống kê kinh tế" in rows.first.inner_text()
    assert axe_violations(browser_page) == []
