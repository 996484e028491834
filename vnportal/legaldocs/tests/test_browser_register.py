"""The register in a real browser: the list, a filtered list and a document page have no
serious accessibility violations, and the filters work from the keyboard."""

import datetime

import pytest

from vnportal.legaldocs.models import DocumentKind, DocumentRelation, RelationKind
from vnportal.testing.browser import axe_violations
from vnportal.testing.builders import add_document, add_documents_section, build_site

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

D = datetime.date


@pytest.fixture
def register(transactional_db):
    site = build_site().site
    add_documents_section(site)
    add_document(site, "10/2020/QĐ-UBND", issued_on=D(2020, 3, 1), signer="Lê Văn Một")
    new = add_document(
        site,
        "22/2024/QĐ-UBND",
        issued_on=D(2024, 6, 1),
        effective_from=D(2024, 7, 1),
        title="Ban hành quy định quản lý chợ trên địa bàn tỉnh",
        signer="Nguyễn Văn Bình",
        full_text="Điều 1. Thay thế Quyết định số 10/2020/QĐ-UBND.",
    )
    new.relations.add(DocumentRelation(kind=RelationKind.REPLACES, target_number="10/2020/QĐ-UBND"))
    new.save()
    add_document(site, "120/KH-UBND", issued_on=D(2025, 1, 9), kind=DocumentKind.KE_HOACH)
    return new


@pytest.mark.parametrize(
    "path", ["/van-ban/", "/van-ban/?hieu_luc=het-hieu-luc&nam=abc", "/van-ban/{slug}/"]
)
def test_register_pages_have_no_serious_accessibility_violations(
    live_server, browser_page, register, path
):
    browser_page.goto(live_server.url + path.format(slug=register.slug))
    assert browser_page.locator("h1").count() == 1
    assert axe_violations(browser_page) == []


def test_a_reader_filters_by_kind_with_the_keyboard(live_server, browser_page, register):
    page = browser_page
    page.goto(live_server.url + "/van-ban/")
    page.get_by_text("Lọc văn bản").click()
    page.get_by_label("Hình thức văn bản").select_option(label="Kế hoạch")
    page.get_by_role("button", name="Lọc", exact=True).press("Enter")
    page.wait_for_url("**loai=ke-hoach**")
    assert page.locator(".documents-table tbody tr").count() == 1
    assert "120/KH-UBND" in page.locator(".documents-table").inner_text()
