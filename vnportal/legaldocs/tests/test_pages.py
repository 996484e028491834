"""The register as a reader sees it: the list with its filters, a document, the feed."""

import datetime

import pytest
from django.core.cache import cache

from vnportal.legaldocs.models import DocumentKind, DocumentRelation, RelationKind
from vnportal.testing.builders import add_document, add_documents_section, build_site

pytestmark = pytest.mark.django_db

D = datetime.date


@pytest.fixture
def register():
    cache.clear()
    built = build_site()
    add_documents_section(built.site)
    return built.site


def test_list_filters_and_finds_by_number(client, register):
    decision = add_document(
        register,
        "15/2024/QĐ-UBND",
        issued_on=D(2024, 5, 2),
        title="Ban hành quy định quản lý chợ",
        signer="Nguyễn Văn Bình",
    )
    add_document(
        register,
        "120/KH-UBND",
        issued_on=D(2025, 1, 9),
        kind=DocumentKind.KE_HOACH,
        title="Kế hoạch tổ chức Tết Nguyên đán",
    )
    page = client.get("/van-ban/")
    assert page.status_code == 200
    html = page.content.decode()
    assert "Có 2 văn bản" in html
    assert "15/2024/QĐ-UBND" in html and "120/KH-UBND" in html

    by_kind = client.get("/van-ban/", {"loai": "ke-hoach"}).content.decode()
    assert "120/KH-UBND" in by_kind and "15/2024/QĐ-UBND" not in by_kind

    by_signer = client.get("/van-ban/", {"nguoi_ky": "Nguyễn Văn Bình"}).content.decode()
    assert "15/2024/QĐ-UBND" in by_signer and "120/KH-UBND" not in by_signer

    typed = client.get("/van-ban/", {"q": "15/2024/qd-ubnd"}).content.decode()
    assert f'href="/van-ban/{decision.slug}/"' in typed and "120/KH-UBND" not in typed


def test_a_filter_value_the_list_does_not_know_is_set_aside(client, register):
    add_document(register, "15/2024/QĐ-UBND", issued_on=D(2024, 5, 2))
    html = client.get("/van-ban/", {"nam": "abc", "hieu_luc": "con-hieu-luc"}).content.decode()
    assert "bộ lọc được bỏ qua" in html
    assert "15/2024/QĐ-UBND" in html


def test_detail_shows_metadata_status_and_relations_both_ways(client, register):
    old = add_document(register, "10/2020/QĐ-UBND", issued_on=D(2020, 3, 1))
    new = add_document(
        register,
        "22/2024/QĐ-UBND",
        issued_on=D(2024, 6, 1),
        effective_from=D(2024, 7, 1),
        title="Quy định mới về quản lý chợ",
    )
    new.relations.add(DocumentRelation(kind=RelationKind.REPLACES, target_number="10/2020/QĐ-UBND"))
    new.save()
    old_page = client.get(f"/van-ban/{old.slug}/").content.decode()
    assert "Hết hiệu lực toàn bộ" in old_page
    assert "Được thay thế bởi" in old_page
    assert f'href="/van-ban/{new.slug}/"' in old_page
    new_page = client.get(f"/van-ban/{new.slug}/").content.decode()
    assert "Còn hiệu lực" in new_page
    assert "Thay thế" in new_page and f'href="/van-ban/{old.slug}/"' in new_page
    assert "01/07/2024" in new_page
    assert '"legislationLegalForce": "https://schema.org/InForce"' in new_page


def test_feed_lists_new_documents(client, register):
    add_document(register, "15/2024/QĐ-UBND", issued_on=D(2024, 5, 2), title="Về quản lý chợ")
    add_document(
        register,
        "99/2025/QH15",
        issued_on=D(2025, 6, 2),
        kind=DocumentKind.LUAT,
        title="Luật Thử nghiệm",
        body="Quốc hội",
    )
    response = client.get("/van-ban/rss/")
    assert response["Content-Type"].startswith("application/rss+xml")
    feed = response.content.decode()
    assert "Quyết định 15/2024/QĐ-UBND: Về quản lý chợ" in feed
    # A law's title names its kind already: not "Luật 99/2025/QH15: Luật …".
    assert "<title>99/2025/QH15: Luật Thử nghiệm</title>" in feed


def test_hidden_document_is_not_served(client, register):
    hidden = add_document(register, "15/2024/QĐ-UBND", issued_on=D(2024, 5, 2), live=False)
    assert client.get(f"/van-ban/{hidden.slug}/").status_code == 404
    assert "15/2024/QĐ-UBND" not in client.get("/van-ban/").content.decode()


def test_sorting_by_number_is_numeric_and_by_effect_puts_the_latest_first(client, register):
    add_document(register, "10/QĐ-UBND", issued_on=D(2025, 3, 1))
    add_document(register, "2/QĐ-UBND", issued_on=D(2025, 1, 5), effective_from=D(2025, 6, 1))
    add_document(register, "3/QĐ-UBND", issued_on=D(2025, 2, 1))
    by_number = client.get("/van-ban/", {"sap_xep": "so-hieu"}).content.decode()
    assert by_number.index("2/QĐ-UBND") < by_number.index("3/QĐ-UBND")
    assert by_number.index("3/QĐ-UBND") < by_number.index("10/QĐ-UBND")
    by_effect = client.get("/van-ban/", {"sap_xep": "hieu-luc"}).content.decode()
    # Effective 01/06 first; the others from their issue dates, latest first.
    assert by_effect.index("2/QĐ-UBND") < by_effect.index("10/QĐ-UBND")
    assert by_effect.index("10/QĐ-UBND") < by_effect.index("3/QĐ-UBND")


def _queries(client, path, **params):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    cache.clear()  # the page cache and the cached count would answer without a query
    with CaptureQueriesContext(connection) as queries:
        assert client.get(path, params).status_code == 200
    return len(queries)


def test_list_detail_and_feed_cost_the_same_queries_for_many_documents(client, register):
    target = add_document(register, "1/2020/QĐ-UBND", issued_on=D(2020, 1, 2), signer="A")
    page = add_document(register, "2/2024/QĐ-UBND", issued_on=D(2024, 1, 2))
    page.relations.add(DocumentRelation(kind=RelationKind.AMENDS, target_number="1/2020/QĐ-UBND"))
    page.save()
    paths = ["/van-ban/", f"/van-ban/{target.slug}/", "/van-ban/rss/"]
    few = [_queries(client, path) for path in paths]
    filtered = _queries(client, "/van-ban/", loai="quyet-dinh", hieu_luc="con-hieu-luc")
    for number in range(3, 15):
        later = add_document(register, f"{number}/2024/QĐ-UBND", issued_on=D(2024, 2, number))
        later.relations.add(
            DocumentRelation(kind=RelationKind.RELATED, target_number="1/2020/QĐ-UBND")
        )
        later.save()
    assert [_queries(client, path) for path in paths] == few
    assert _queries(client, "/van-ban/", loai="quyet-dinh", hieu_luc="con-hieu-luc") == filtered
