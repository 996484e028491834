"""A reader in a real browser: the featured article, the font-size control, accessibility."""

import pytest

from vnportal.testing.browser import axe_violations
from vnportal.testing.builders import add_article, build_site, make_image

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def portal(transactional_db):
    built = build_site()
    cover = make_image()
    featured = add_article(
        built.categories["tin-hoat-dong"],
        title="Xã Tây Yên ra quân mùa khô an toàn",
        featured_order=1,
        cover=cover,
    )
    other = add_article(
        built.categories["chuyen-doi-so"], title="Hướng dẫn dịch vụ công trực tuyến"
    )
    for _ in range(3):
        add_article(built.categories["tin-hoat-dong"], cover=cover)
    return {"featured": featured, "other": other, "category": built.categories["tin-hoat-dong"]}


def _body_font_px(page):
    return float(page.evaluate("parseFloat(getComputedStyle(document.body).fontSize)"))


def test_larger_text_follows_the_reader_to_the_next_page(live_server, browser_page, portal):
    page = browser_page
    page.goto(live_server.url + "/")
    page.locator(".featured-lead h3 a").click()
    page.wait_for_url("**" + portal["featured"].url)
    assert page.locator("h1").inner_text() == portal["featured"].title
    before = _body_font_px(page)

    page.get_by_role("link", name="A (tăng cỡ chữ)").click()
    page.wait_for_url("**" + portal["featured"].url)
    larger = _body_font_px(page)
    assert larger > before

    page.goto(live_server.url + portal["other"].url)
    assert _body_font_px(page) == larger
    # A new visit in the same browser keeps it too (the cookie lasts a year).
    page.goto(live_server.url + "/")
    assert _body_font_px(page) == larger


def test_layout_stays_usable_at_the_largest_text(live_server, browser_page, portal):
    page = browser_page
    page.set_viewport_size({"width": 360, "height": 740})
    page.goto(live_server.url + portal["featured"].url)
    for _ in range(3):
        page.get_by_role("link", name="A (tăng cỡ chữ)").click()
    # Nothing wider than the screen: no sideways scrolling for the reader.
    scroll_width = page.evaluate("document.documentElement.scrollWidth")
    assert scroll_width <= 360


@pytest.mark.parametrize("which", ["home", "category", "article"])
def test_pages_have_no_serious_accessibility_violations(live_server, browser_page, portal, which):
    url = {"home": "/", "category": portal["category"].url, "article": portal["featured"].url}
    browser_page.goto(live_server.url + url[which])
    assert axe_violations(browser_page) == []
