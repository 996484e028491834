"""The boundary map draws in a browser from our own files, and the pages pass axe."""

import pytest

from vnportal.about.demo import about_demo
from vnportal.about.sections import MAP_SLUG, PLACES_SLUG
from vnportal.testing.browser import axe_violations

from .conftest import build_about_site, child

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_map_is_drawn_without_other_origins_and_pages_are_accessible(live_server, browser_page):
    built = build_about_site()
    about_demo({"angiang": built.site})
    requested = []
    browser_page.on("request", lambda request: requested.append(request.url))
    errors = []
    browser_page.on("pageerror", lambda error: errors.append(str(error)))

    browser_page.goto(live_server.url + child(built.about, MAP_SLUG).url)
    browser_page.wait_for_selector(".boundary-figure.is-drawn .leaflet-container")
    assert browser_page.locator(".leaflet-overlay-pane path.leaflet-interactive").count() >= 6
    assert browser_page.locator(".boundary-tooltip").inner_text() == "Tỉnh An Giang"
    assert not browser_page.locator(".boundary-static").is_visible()
    assert errors == []
    assert [url for url in requested if not url.startswith(live_server.url)] == []
    assert axe_violations(browser_page) == []

    browser_page.goto(live_server.url + child(built.about, PLACES_SLUG).url + "?loai=quoc-gia")
    assert browser_page.locator(".place-item").count() == 2
    assert axe_violations(browser_page) == []
    browser_page.get_by_role("link", name="Miếu Bà Chúa Xứ Núi Sam").click()
    browser_page.wait_for_url("**/mieu-ba-chua-xu-nui-sam/")
    assert axe_violations(browser_page) == []
