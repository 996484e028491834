"""Which results a search may return: site, province, kind, category, dates; order; pages."""

import datetime as dt

import pytest
from django.utils import timezone

from vnportal.search.engine import search, suggest_titles
from vnportal.search.results import NEWEST, SearchRequest
from vnportal.testing.builders import build_site

from .corpus import doc, found, index

pytestmark = pytest.mark.django_db


@pytest.fixture
def sites():
    province = build_site("tinh.localhost", "tỉnh An Giang")
    commune = build_site("xa.localhost", "xã Tây Yên", default=False)
    return province, commune


def test_one_site_by_default_and_every_site_for_the_province(sites):
    province, commune = sites
    ours, theirs = index(
        doc(province.site, "Hội nghị chuyển đổi số tỉnh"),
        doc(commune.site, "Hội nghị chuyển đổi số xã"),
    )
    assert found("chuyen doi so", site_ids=(province.site.pk,)) == [ours.object_id]
    assert sorted(found("chuyen doi so", site_ids=None)) == sorted(
        [ours.object_id, theirs.object_id]
    )


def test_kind_filter(sites):
    province, _ = sites
    news, page = index(
        doc(province.site, "Giới thiệu chung về xã"),
        doc(province.site, "Giới thiệu chung", source="page"),
    )
    assert found("gioi thieu", sources=("page",)) == [page.object_id]
    assert found("gioi thieu", sources=("news",)) == [news.object_id]


def test_category_filter_includes_subcategories(sites):
    province, _ = sites
    economy = province.categories["chuyen-doi-so"]
    sub = economy.add_child(instance=type(economy)(title="Dịch vụ công", slug="dich-vu-cong"))
    other = province.categories["tin-hoat-dong"]
    in_category, in_sub, elsewhere = index(
        doc(province.site, "Dịch vụ công trực tuyến", category_id=economy.pk),
        doc(province.site, "Dịch vụ công mức độ 4", category_id=sub.pk),
        doc(province.site, "Dịch vụ công ở xã", category_id=other.pk),
    )
    assert sorted(found("dich vu cong", category_id=economy.pk)) == sorted(
        [in_category.object_id, in_sub.object_id]
    )
    assert found("dich vu cong", category_id=987654) == []


def test_date_range_counts_whole_days_in_vietnam_time(sites):
    province, _ = sites
    today = timezone.localdate()
    early, late = index(
        doc(province.site, "Lịch tiếp công dân", published_days_ago=10),
        doc(province.site, "Lịch tiếp công dân tháng", published_days_ago=0),
    )
    assert found("lich tiep cong dan", date_to=today - dt.timedelta(days=5)) == [early.object_id]
    assert found("lich tiep cong dan", date_from=today) == [late.object_id]


def test_sort_by_date_and_pages(sites):
    province, _ = sites
    documents = index(
        *(
            doc(province.site, f"Cải cách hành chính đợt {n}", published_days_ago=n)
            for n in range(1, 26)
        )
    )
    newest_first = [d.object_id for d in documents]
    results = search(SearchRequest("cai cach hanh chinh", sort=NEWEST, per_page=10, page=2))
    assert results.total == 25
    assert results.pages == 3
    assert [hit.object_id for hit in results.hits] == newest_first[10:20]
    last = search(SearchRequest("cai cach hanh chinh", per_page=10, page=3))
    assert len(last.hits) == 5
    beyond = search(SearchRequest("cai cach hanh chinh", per_page=10, page=9))
    assert beyond.hits == [] and beyond.total == 25


def test_relevance_pages_do_not_repeat_or_skip(sites):
    province, _ = sites
    index(*(doc(province.site, f"Bầu cử đại biểu {n}", "bầu cử " * n) for n in range(1, 131)))
    seen = []
    for page in range(1, 15):
        seen += found("bau cu", per_page=10, page=page)
    assert len(seen) == 130 == len(set(seen))


def test_title_suggestions_complete_the_last_word(sites):
    province, commune = sites
    index(
        doc(province.site, "Nông thôn mới nâng cao"),
        doc(province.site, "Nông sản an toàn"),
        doc(commune.site, "Nông thôn mới kiểu mẫu"),
    )
    titles = [s["title"] for s in suggest_titles("nong thon m", (province.site.pk,))]
    assert titles == ["Nông thôn mới nâng cao"]
    everywhere = [s["title"] for s in suggest_titles("nông th", None)]
    assert sorted(everywhere) == ["Nông thôn mới kiểu mẫu", "Nông thôn mới nâng cao"]
    assert suggest_titles("n", None) == []
