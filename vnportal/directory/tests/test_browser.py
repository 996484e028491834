"""The organisation page in a real browser: no serious accessibility violations, in
Vietnamese and in English, with the chart drawn on a wide screen."""

import pytest

from vnportal.directory.demo import COMMUNE, PROVINCE, fill_site
from vnportal.testing.browser import axe_violations
from vnportal.testing.builders import build_site

from .conftest import URL

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def organisation(transactional_db):
    """The demo province (photos, a wide chart) and the demo commune (three top bodies)."""
    province = build_site().site
    fill_site(province, PROVINCE, "angiang")
    commune = build_site(hostname="anbien.localhost", unit_name="xã An Biên", default=False)
    fill_site(commune.site, COMMUNE, "anbien")
    return province


@pytest.mark.parametrize(
    "path", [URL, URL + "en/", URL + "van-phong-uy-ban-nhan-dan-tinh/", URL + "en/so-y-te/"]
)
def test_organisation_pages_have_no_serious_accessibility_violations(
    live_server, browser_page, organisation, path
):
    browser_page.set_viewport_size({"width": 1280, "height": 900})
    browser_page.goto(live_server.url + path)
    assert browser_page.locator("h1").count() == 1
    assert axe_violations(browser_page) == []


def test_chart_reads_as_nested_lists(live_server, browser_page, organisation):
    port = live_server.url.rsplit(":", 1)[1]
    browser_page.goto(f"http://anbien.localhost:{port}{URL}")
    chart = browser_page.get_by_role("list", name="Sơ đồ tổ chức")
    top = chart.locator(":scope > li")
    assert top.count() == 3
    below_ubnd = top.nth(2).get_by_role("list").get_by_role("listitem")
    assert below_ubnd.count() == 4
    assert axe_violations(browser_page) == []
