"""A citizen in a real browser: asks a question, gets a tracking code, looks it up; the
pages on the way have no serious accessibility violations."""

import pytest

from vnportal.feedback import spam
from vnportal.feedback.models import Submission
from vnportal.feedback.tests.builders import add_field, add_questions_section
from vnportal.testing.browser import axe_violations
from vnportal.testing.builders import build_site

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def portal(transactional_db):
    site = build_site().site
    add_questions_section(site)
    add_field("Giao thông")
    return site


def test_citizen_asks_and_looks_up_the_question(live_server, browser_page, portal, monkeypatch):
    # A script fills the form in milliseconds; the minimum fill time is tested elsewhere.
    monkeypatch.setattr(spam, "MIN_SECONDS", 0)
    page = browser_page
    page.goto(live_server.url + "/hoi-dap/gui/")
    assert axe_violations(page) == []
    trap = page.locator("#id_website").bounding_box()
    assert trap["x"] + trap["width"] <= 0  # off the screen, so nobody sees or fills it

    page.get_by_label("Họ và tên:", exact=True).fill("Lê Thị Thu")
    page.get_by_label("Số điện thoại:", exact=True).fill("0912 345 678")
    page.get_by_label("Lĩnh vực:", exact=True).select_option(label="Giao thông")
    page.get_by_label("Tiêu đề:", exact=True).fill("Đèn đường hỏng")
    page.get_by_label("Nội dung:", exact=True).fill("Đèn đường ở ấp 2 hỏng đã một tháng.")
    page.get_by_label("Tôi đồng ý để cơ quan xử lý dữ liệu cá nhân").check()
    page.get_by_role("button", name="Gửi").click()

    page.get_by_text("Đã tiếp nhận câu hỏi").wait_for()
    assert axe_violations(page) == []
    code = page.locator(".qa-code").inner_text()
    assert code.replace("-", "") == Submission.objects.get().tracking_code

    page.get_by_role("link", name="Tra cứu").last.click()
    page.get_by_label("Mã tra cứu").fill(code.lower())
    page.get_by_label("Số điện thoại hoặc thư điện tử").fill("+84912345678")
    page.get_by_role("button", name="Tra cứu").click()
    page.get_by_role("heading", name="Đèn đường hỏng").wait_for()
    assert "Mới" in page.locator(".qa-state").inner_text()
    assert axe_violations(page) == []
