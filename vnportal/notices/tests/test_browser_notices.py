"""A resident opens the notices, a notice, the projects with their open packages and a
project; axe finds nothing serious on the way."""

import pytest

from vnportal.notices.demo import demo_notices_and_projects
from vnportal.notices.sections import notices_section, projects_section
from vnportal.testing.browser import axe_violations
from vnportal.testing.builders import build_site

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def portal(transactional_db):
    built = build_site()
    notices_section(built.home, None)
    projects_section(built.home, None)
    demo_notices_and_projects({"angiang": built.site})
    return built


def test_reading_notices_and_projects(live_server, browser_page, portal):
    page = browser_page
    page.goto(live_server.url + "/thong-bao/")
    page.get_by_role("heading", level=1, name="Thông báo").wait_for()
    assert axe_violations(page) == []
    page.get_by_role(
        "link", name="Lịch tiếp công dân định kỳ của Chủ tịch UBND tỉnh An Giang"
    ).click()
    page.get_by_role("heading", level=1, name="Lịch tiếp công dân").wait_for()
    assert "15/TB-UBND" in page.content()
    assert axe_violations(page) == []

    page.goto(live_server.url + "/du-an-dau-thau/")
    page.get_by_role("heading", level=2, name="Gói thầu đang mời").wait_for()
    assert page.get_by_role("rowheader", name="Gói thầu số 03: Thi công xây dựng").is_visible()
    assert axe_violations(page) == []
    page.get_by_label("Giai đoạn").select_option(label="Đang thực hiện")
    page.get_by_role("button", name="Lọc").click()
    page.get_by_role("link", name="Nâng cấp tuyến đường liên ấp", exact=False).first.click()
    page.get_by_role("heading", level=1, name="Nâng cấp tuyến đường liên ấp").wait_for()
    assert "14.850.000.000 đồng" in page.content()
    assert axe_violations(page) == []
