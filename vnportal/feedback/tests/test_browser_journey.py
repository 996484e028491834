"""The whole journey in a real browser: a citizen asks and gets a tracking code; a handler
assigns and drafts an answer, a leader approves it, it is sent and published; the citizen
looks the question up again, reads the answer and rates it; the public list shows the
question and answer without the person's name or phone."""

import pytest
from django.contrib.auth import get_user_model
from wagtail.models import Collection

from vnportal.feedback import spam
from vnportal.feedback.models import SatisfactionRating, State, Submission
from vnportal.feedback.tests.builders import add_field, add_questions_section
from vnportal.testing.browser import axe_violations
from vnportal.testing.builders import build_site
from vnportal.units.roles import HANDLER, LEADER, ensure_site_groups

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PASSWORD = "mat-khau-thu-nghiem-2026"
ANSWER = "Ủy ban nhân dân xã đã thay ba bóng đèn trên tuyến đường ấp 2."


@pytest.fixture
def portal(transactional_db):
    site = build_site().site
    add_questions_section(site)
    add_field("Giao thông")
    collection = Collection.get_first_root_node().add_child(name="Thư mục xã")
    groups = ensure_site_groups(site, collection)
    users = {}
    for role in (HANDLER, LEADER):
        user = get_user_model().objects.create_user(
            username=f"can-bo-{role}", password=PASSWORD, email=f"{role}@xa.example"
        )
        user.groups.add(groups[role])
        users[role] = user
    return site, users


def log_in(page, url, user):
    page.context.clear_cookies()
    page.goto(f"{url}/admin/login/")
    page.fill("#id_username", user.username)
    page.fill("#id_password", PASSWORD)
    page.locator("form button[type=submit]").click()
    page.wait_for_url(f"{url}/admin/")


def test_ask_handle_answer_publish_and_rate(live_server, chromium, portal, monkeypatch):
    monkeypatch.setattr(spam, "MIN_SECONDS", 0)
    site, users = portal
    citizen = chromium.new_context(locale="vi-VN", timezone_id="Asia/Ho_Chi_Minh").new_page()
    staff = chromium.new_context(locale="vi-VN", timezone_id="Asia/Ho_Chi_Minh").new_page()
    for page in (citizen, staff):
        page.set_default_timeout(15_000)
    url = live_server.url

    # The citizen asks.
    citizen.goto(url + "/hoi-dap/gui/")
    citizen.get_by_label("Họ và tên:", exact=True).fill("Lê Thị Thu")
    citizen.get_by_label("Số điện thoại:", exact=True).fill("0912 345 678")
    citizen.get_by_label("Lĩnh vực:", exact=True).select_option(label="Giao thông")
    citizen.get_by_label("Tiêu đề:", exact=True).fill("Đèn đường ấp 2 hỏng")
    citizen.get_by_label("Nội dung:", exact=True).fill("Ba bóng đèn ở ấp 2 hỏng đã một tháng.")
    citizen.get_by_label("Tôi đồng ý để câu hỏi và câu trả lời được công khai").check()
    citizen.get_by_label("Tôi đồng ý để cơ quan xử lý dữ liệu cá nhân").check()
    citizen.get_by_role("button", name="Gửi").click()
    citizen.get_by_text("Đã tiếp nhận câu hỏi").wait_for()
    code = citizen.locator(".qa-code").inner_text()
    submission = Submission.objects.get()
    assert code.replace("-", "") == submission.tracking_code

    # The handler assigns it to herself and drafts the answer.
    log_in(staff, url, users[HANDLER])
    staff.goto(f"{url}/admin/hoi-dap/")
    assert "Đèn đường ấp 2 hỏng" in staff.content()
    staff.goto(f"{url}/admin/hoi-dap/{submission.pk}/")
    assert "0912" not in staff.content()  # contact data only on request
    staff.get_by_label("Phòng, ban xử lý").fill("Bộ phận kỹ thuật")
    staff.get_by_role("button", name="Phân công", exact=True).click()
    staff.get_by_role("button", name="Bắt đầu xử lý").click()
    staff.get_by_label("Dự thảo trả lời").fill(ANSWER)
    staff.get_by_role("button", name="Lưu dự thảo, trình lãnh đạo duyệt").click()
    staff.get_by_text("Chờ duyệt").first.wait_for()

    # The leader approves; the answer is sent and published.
    log_in(staff, url, users[LEADER])
    staff.goto(f"{url}/admin/hoi-dap/{submission.pk}/")
    staff.get_by_role("button", name="Duyệt", exact=True).click()
    staff.get_by_role("button", name="Gửi trả lời cho người hỏi").click()
    staff.get_by_role("button", name="Công khai câu hỏi và trả lời").click()
    staff.get_by_text("Đã công khai").first.wait_for()
    submission.refresh_from_db()
    assert submission.state == State.PUBLISHED and submission.answer == ANSWER

    # The citizen looks it up again, reads the answer and rates it.
    citizen.goto(url + "/hoi-dap/tra-cuu/")
    citizen.get_by_label("Mã tra cứu").fill(code)
    citizen.get_by_label("Số điện thoại hoặc thư điện tử").fill("0912345678")
    citizen.get_by_role("button", name="Tra cứu").click()
    citizen.get_by_text(ANSWER).wait_for()
    citizen.get_by_label("Hài lòng", exact=True).check()
    citizen.get_by_role("button", name="Gửi đánh giá").click()
    citizen.get_by_text("Bạn đã đánh giá câu trả lời này").wait_for()
    assert SatisfactionRating.objects.get(submission=submission).value == "hai-long"

    # Public: the question and answer, never the person.
    citizen.goto(url + "/hoi-dap/")
    listed = citizen.content()
    assert "Đèn đường ấp 2 hỏng" in listed and ANSWER in listed
    assert "Lê Thị Thu" not in listed and "0912" not in listed
    assert axe_violations(citizen) == []
