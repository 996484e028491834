"""A reader in a real browser follows province news from a commune portal to the province
portal and an old district host name to its archive, on the live server's own port."""

import pytest

from vnportal.news.models import ArchivePage, ArticlePage
from vnportal.testing.browser import axe_violations
from vnportal.testing.builders import add_article, add_former_district, add_unit, build_site
from vnportal.units.models import FormerHost, UnitKind

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def portal(transactional_db):
    province = build_site()
    tayyen = build_site(hostname="tayyen.localhost", unit_name="xã Tây Yên", default=False)
    province_unit = add_unit("AG", "Tỉnh An Giang", UnitKind.PROVINCE, province.site)
    commune = add_unit("AG-TAYYEN", "Xã Tây Yên", UnitKind.COMMUNE, tayyen.site, province_unit)
    district = add_former_district([commune])
    shared = add_article(
        province.categories["tin-hoat-dong"],
        title="Tỉnh phát động Tháng hành động vì môi trường",
        province_wide=True,
    )
    reference = tayyen.categories["tin-hoat-dong"].add_child(instance=ArticlePage(original=shared))
    archive = tayyen.home.add_child(
        instance=ArchivePage(title="Lưu trữ huyện An Biên", slug="luu-tru", unit=district)
    )
    add_article(archive, title="Huyện tổng kết năm 2024")
    FormerHost.objects.create(hostname="anbien-cu.localhost", unit=district)
    return {"shared": shared, "reference": reference, "archive": archive}


def _url(live_server, host, path="/"):
    return f"http://{host}:{live_server.url.rsplit(':', 1)[1]}{path}"


def test_reader_goes_from_tin_tinh_to_the_province_article(live_server, browser_page, portal):
    page = browser_page
    page.goto(_url(live_server, "tayyen.localhost"))
    block = page.locator("section.province-news")
    assert block.get_by_role("heading", name="Tin tỉnh").is_visible()
    block.get_by_role("link", name=portal["shared"].title).click()
    page.wait_for_url(_url(live_server, "localhost", portal["shared"].get_url_parts()[2]))
    assert page.locator("h1").inner_text() == portal["shared"].title


def test_old_district_host_opens_the_archive_with_its_notice(live_server, browser_page, portal):
    page = browser_page
    page.goto(_url(live_server, "anbien-cu.localhost", "/tin-tuc/cu.aspx"))
    page.wait_for_url(_url(live_server, "tayyen.localhost", "/luu-tru/"))
    notice = page.get_by_role("note")
    assert "Huyện An Biên đã giải thể từ 01/07/2025" in notice.inner_text()
    assert axe_violations(page) == []


def test_republished_article_is_accessible_and_links_to_its_source(
    live_server, browser_page, portal
):
    page = browser_page
    page.goto(_url(live_server, "tayyen.localhost", portal["reference"].get_url_parts()[2]))
    assert page.locator("h1").inner_text() == portal["shared"].title
    assert axe_violations(page) == []
    page.get_by_role("link", name="Cổng thông tin điện tử tỉnh An Giang").click()
    page.wait_for_url(_url(live_server, "localhost", portal["shared"].get_url_parts()[2]))
