"""The procedures page in a real browser: no serious accessibility violations, and a
search typed without marks finds the procedure."""

import pytest

from vnportal.procedures.demo import create_demo_procedures
from vnportal.testing.browser import axe_violations
from vnportal.testing.builders import build_site

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_procedures_page_is_accessible_and_searchable(live_server, browser_page):
    province = build_site().site
    commune = build_site(hostname="anbien.localhost", unit_name="xã An Biên", default=False)
    create_demo_procedures({"angiang": province, "anbien": commune.site})
    port = live_server.url.rsplit(":", 1)[1]
    browser_page.goto(f"http://anbien.localhost:{port}/thu-tuc-hanh-chinh/")
    assert axe_violations(browser_page) == []
    browser_page.get_by_label("Tìm thủ tục", exact=True).fill("dang ky khai sinh")
    search = browser_page.get_by_role("search", name="Tra cứu thủ tục hành chính")
    search.get_by_role("button", name="Tìm").click()
    link = browser_page.get_by_role("link", name="Đăng ký khai sinh (liên kết ngoài")
    assert link.count() == 1
    assert link.get_attribute("href") == "https://dichvucong.gov.vn/"
    assert axe_violations(browser_page) == []
