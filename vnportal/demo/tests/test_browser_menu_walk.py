"""A visitor walks the main menu of the demo province and of a demo commune: every section
opens, has its heading, and axe-core finds no serious or critical violation on it."""

import io

import pytest
from django.core.management import call_command

from vnportal.testing.browser import axe_violations
from vnportal.testing.builders import tree_root

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

# What issue #9 asks every portal to have, besides news, documents and answers.
SECTIONS = {
    "Giới thiệu",
    "Cơ cấu tổ chức",
    "Lịch công tác",
    "Thủ tục hành chính",
    "Tiếp cận thông tin",
    "Thông báo",
    "Dự án, đấu thầu",
    "Thư viện ảnh - video",
    "Số liệu thống kê",
    "Liên hệ",
}


@pytest.fixture
def demo(transactional_db, settings):
    # Each section is checked as rendered, not as a cached copy of an earlier visit.
    settings.VNPORTAL_PAGE_CACHE = False
    tree_root()  # a transactional test starts from an empty tree
    call_command("load_demo", "--articles-per-site", "3", stdout=io.StringIO())


def _menu(page):
    links = page.locator("nav.main-nav > ul > li > a")
    return [
        (links.nth(i).inner_text().strip(), links.nth(i).get_attribute("href"))
        for i in range(links.count())
    ]


def test_every_section_of_the_main_menu_opens_and_passes_axe(live_server, browser_page, demo):
    port = live_server.url.rsplit(":", 1)[1]
    page = browser_page
    problems = {}
    # The province and one commune; the demo is loaded once for both.
    for host in ("localhost", "anbien.localhost"):
        origin = f"http://{host}:{port}"
        page.goto(origin + "/")
        menu = _menu(page)
        titles = {title for title, _ in menu}
        assert SECTIONS <= titles, (host, SECTIONS - titles)
        for title, href in menu:
            response = page.goto(origin + href if href.startswith("/") else href)
            assert response.status == 200, (host, title, href, response.status)
            assert page.locator("h1").first.is_visible(), (host, title)
            found = axe_violations(page)
            if found:
                problems[f"{host} {title} ({href})"] = found
    assert problems == {}
