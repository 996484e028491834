"""Both public pages of the contact and satisfaction apps in a real browser, with axe:
the contact form sent empty (its error state) and sent right, the survey answered."""

import pytest

from vnportal.contact.models import ContactMessage
from vnportal.contact.sections import contact_section
from vnportal.satisfaction.models import Rating
from vnportal.satisfaction.sections import satisfaction_section
from vnportal.testing.browser import axe_violations
from vnportal.testing.builders import build_site

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def portal(transactional_db):
    built = build_site()
    contact_section(built.home, None)
    satisfaction_section(built.home, None)
    Rating.objects.create(site=built.site, overall=4, content=5, comment="Ẩn với người xem")
    return built


def test_contact_and_survey_pages_are_accessible(live_server, browser_page, portal):
    page = browser_page
    page.goto(live_server.url + "/lien-he/")
    assert axe_violations(page) == []

    page.get_by_role("button", name="Gửi").click()
    page.get_by_text("Thư chưa được gửi").wait_for()
    assert page.get_by_text("Vui lòng ghi thư điện tử hoặc số điện thoại").is_visible()
    assert axe_violations(page) == []

    page.get_by_label("Họ và tên").fill("Lê Thị Thu")
    page.get_by_label("Thư điện tử:", exact=True).fill("thu@example.com")
    page.get_by_label("Tiêu đề").fill("Hỏi lịch tiếp công dân")
    page.get_by_label("Nội dung").fill("Xin cho biết lịch tiếp công dân tháng 12.")
    page.get_by_label("Tôi đồng ý để cơ quan xử lý").check()
    page.get_by_role("button", name="Gửi").click()
    page.get_by_text("Đã gửi.").wait_for()
    assert ContactMessage.objects.get().subject == "Hỏi lịch tiếp công dân"
    assert axe_violations(page) == []

    page.goto(live_server.url + "/danh-gia-hai-long/")
    assert page.get_by_role("table").is_visible()
    assert axe_violations(page) == []
    page.get_by_role("group", name="Mức độ hài lòng chung").get_by_label(
        "Hài lòng", exact=True
    ).check()
    page.get_by_role("button", name="Gửi đánh giá").click()
    page.get_by_text("Cảm ơn bạn đã đánh giá").wait_for()
    assert "2 lượt đánh giá" in page.locator("caption").inner_text()
    assert axe_violations(page) == []
