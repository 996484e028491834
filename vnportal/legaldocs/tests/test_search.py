"""Documents are found by the Vietnamese search: the site's search page and the
register's own search box, by words typed without diacritics and by attachment text."""

import datetime

import pytest
from django.core.cache import cache

from vnportal.legaldocs.models import Attachment
from vnportal.search.engine import search
from vnportal.search.results import SearchRequest
from vnportal.testing.builders import add_document, add_documents_section, build_site

pytestmark = pytest.mark.django_db

D = datetime.date


@pytest.fixture
def register(committed):
    cache.clear()
    built = build_site()
    add_documents_section(built.site)
    with committed():
        market = add_document(
            built.site,
            "15/2024/QĐ-UBND",
            issued_on=D(2024, 5, 2),
            title="Ban hành quy định quản lý chợ truyền thống",
        )
        add_document(
            built.site,
            "120/KH-UBND",
            issued_on=D(2025, 1, 9),
            title="Kế hoạch phòng, chống dịch bệnh trên đàn gia súc",
        )
    return built.site, market


def test_the_site_search_finds_a_document_typed_without_diacritics(client, register):
    site, market = register
    html = client.get("/tim-kiem/", {"q": "quan ly cho truyen thong"}).content.decode()
    assert f'href="/van-ban/{market.slug}/"' in html
    assert "Quyết định 15/2024/QĐ-UBND" in html


def test_the_register_search_box_ranks_by_words(client, register):
    site, market = register
    html = client.get("/van-ban/", {"q": "dich benh gia suc"}).content.decode()
    assert "120/KH-UBND" in html and "15/2024/QĐ-UBND" not in html


def test_attachment_text_is_searchable_and_leaves_with_the_attachment(register, committed):
    site, market = register
    with committed():
        attachment = Attachment.objects.create(
            document=market, file="van-ban/x.pdf", kind="pdf", text="Phụ lục mức thu phí chợ đêm"
        )
    request = SearchRequest("muc thu phi cho dem", site_ids=(site.pk,))
    assert [hit.object_id for hit in search(request).hits] == [market.pk]
    with committed():
        attachment.delete()
    assert search(request).hits == []


def test_a_hidden_or_deleted_document_is_not_found(register, committed):
    site, market = register
    request = SearchRequest("quan ly cho truyen thong", site_ids=(site.pk,))
    assert len(search(request).hits) == 1
    market.live = False
    with committed():
        market.save()
    assert search(request).hits == []
    market.live = True
    with committed():
        market.save()
    assert len(search(request).hits) == 1
    with committed():
        market.delete()
    assert search(request).hits == []
