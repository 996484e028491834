"""Search in a real browser: suggestions under the header box chosen with the keyboard,
a submitted search with its marked words, and accessibility of both."""

import pytest
from wagtail.models import Page

from vnportal.search.signals import reindex_pages
from vnportal.testing.browser import axe_violations
from vnportal.testing.builders import add_article, build_site

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

TITLE = "Đảng bộ xã An Biên tổng kết năm 2025"


def paragraph(text):
    return [{"type": "paragraph", "value": f"<p>{text}</p>"}]


@pytest.fixture
def portal(transactional_db):
    built = build_site()
    news = built.categories["tin-hoat-dong"]
    article = add_article(
        news,
        title=TITLE,
        body=paragraph("Sáng nay, Đảng bộ xã An Biên tổ chức hội nghị tổng kết công tác năm."),
    )
    add_article(news, title="Đăng ký hộ kinh doanh trực tuyến", body=paragraph("Hướng dẫn."))
    for number in range(12):
        add_article(
            news,
            title=f"Nông thôn mới ở ấp số {number}",
            body=paragraph(f"Ấp số {number} đạt chuẩn nông thôn mới nhờ sức dân."),
        )
    # Pages built by the builders skip publishing, which is what indexes them.
    reindex_pages(Page.objects.live())
    return {"article": article}


def test_choose_a_suggestion_with_the_keyboard(live_server, browser_page, portal):
    page = browser_page
    page.goto(live_server.url + "/")
    box = page.locator("#o-tim-kiem")
    assert box.get_attribute("role") == "combobox"
    assert box.get_attribute("aria-expanded") == "false"

    box.press_sequentially("dang bo", delay=40)
    listbox = page.get_by_role("listbox", name="Gợi ý tìm kiếm")
    listbox.wait_for(state="visible")
    assert box.get_attribute("aria-expanded") == "true"
    assert box.get_attribute("aria-controls") == listbox.get_attribute("id")
    options = listbox.get_by_role("option")
    assert options.all_inner_texts() == [TITLE]

    box.press("ArrowDown")
    first = options.first
    assert first.get_attribute("aria-selected") == "true"
    assert box.get_attribute("aria-activedescendant") == first.get_attribute("id")
    # Focus stays in the box, as the pattern requires.
    assert page.evaluate("document.activeElement.id") == "o-tim-kiem"

    box.press("Enter")
    page.wait_for_url("**" + portal["article"].url)
    assert page.locator("h1").inner_text() == TITLE


def test_escape_closes_the_suggestions_and_keeps_the_text(live_server, browser_page, portal):
    page = browser_page
    page.goto(live_server.url + "/")
    box = page.locator("#o-tim-kiem")
    box.press_sequentially("nong thon", delay=40)
    listbox = page.get_by_role("listbox", name="Gợi ý tìm kiếm")
    listbox.wait_for(state="visible")
    assert listbox.get_by_role("option").count() == 8

    box.press("ArrowUp")
    last = listbox.get_by_role("option").last
    assert box.get_attribute("aria-activedescendant") == last.get_attribute("id")

    box.press("Escape")
    listbox.wait_for(state="hidden")
    assert box.get_attribute("aria-expanded") == "false"
    assert box.get_attribute("aria-activedescendant") is None
    assert box.input_value() == "nong thon"


def test_submit_a_search_and_see_the_words_marked(live_server, browser_page, portal):
    page = browser_page
    page.goto(live_server.url + portal["article"].url)
    box = page.locator("#o-tim-kiem")
    box.fill("dang bo an bien")
    box.press("Enter")
    page.wait_for_url("**/tim-kiem/?q=dang+bo+an+bien")
    assert page.title().startswith("Kết quả tìm kiếm: dang bo an bien")
    first = page.locator(".search-hit").first
    assert first.locator(".search-hit-title").inner_text() == TITLE
    marked = first.locator(".search-hit-snippet mark").all_inner_texts()
    assert marked[:4] == ["Đảng", "bộ", "An", "Biên"]

    first.locator(".search-hit-title a").click()
    page.wait_for_url("**" + portal["article"].url)


def test_pages_of_results_and_the_page_after(live_server, browser_page, portal):
    page = browser_page
    page.goto(live_server.url + "/tim-kiem/?q=nong+thon+moi")
    assert page.locator(".search-hit").count() == 10
    navigation = page.get_by_role("navigation", name="Các trang kết quả")
    navigation.get_by_role("link", name="Trang sau").click()
    page.wait_for_url("**trang=2")
    assert page.locator(".search-hit").count() == 2
    assert navigation.get_by_role("link", name="Trang 2").get_attribute("aria-current") == "page"


def test_results_fit_a_phone_at_the_largest_text(live_server, browser_page, portal):
    page = browser_page
    page.set_viewport_size({"width": 360, "height": 740})
    page.goto(live_server.url + "/tim-kiem/?q=nong+thon+moi&tu-ngay=31/02/2025")
    for _ in range(3):
        page.get_by_role("link", name="A (tăng cỡ chữ)").click()
    page.wait_for_url("**/tim-kiem/**")
    assert page.locator(".search-hit").count() == 10
    # Nothing wider than the screen: no sideways scrolling for the reader.
    assert page.evaluate("document.documentElement.scrollWidth") <= 360


@pytest.mark.parametrize(
    "address",
    [
        "/tim-kiem/?q=nong+thon+moi",
        "/tim-kiem/",
        "/tim-kiem/?q=xyzw&loai=xyz&tu-ngay=31/02/2025",
    ],
    ids=["results", "empty", "bad-input"],
)
def test_results_page_has_no_serious_accessibility_violations(
    live_server, browser_page, portal, address
):
    browser_page.goto(live_server.url + address)
    assert browser_page.locator("h1").count() == 1
    assert axe_violations(browser_page) == []


def test_open_suggestions_have_no_serious_accessibility_violations(
    live_server, browser_page, portal
):
    page = browser_page
    page.goto(live_server.url + "/")
    page.locator("#o-tim-kiem").press_sequentially("nong thon", delay=40)
    page.get_by_role("listbox", name="Gợi ý tìm kiếm").wait_for(state="visible")
    page.locator("#o-tim-kiem").press("ArrowDown")
    assert axe_violations(page) == []
