"""The index follows the pages: publish, correct, unpublish, move, delete, restrict."""

import io

import pytest
from django.core.management import call_command
from wagtail.models import PageViewRestriction

from vnportal.news.models import ArticlePage
from vnportal.search.engine import search
from vnportal.search.models import SearchEntry
from vnportal.search.results import SearchRequest
from vnportal.testing.builders import add_article, add_unit, build_site
from vnportal.units.models import UnitKind

pytestmark = pytest.mark.django_db


@pytest.fixture
def sites():
    return build_site("tinh.localhost", "tỉnh An Giang"), build_site(
        "xa.localhost", "xã Tây Yên", default=False
    )


@pytest.fixture
def publish(django_capture_on_commit_callbacks):
    def publish(page):
        with django_capture_on_commit_callbacks(execute=True):
            page.save_revision().publish()
        return page

    return publish


@pytest.fixture
def committed(django_capture_on_commit_callbacks):
    return lambda: django_capture_on_commit_callbacks(execute=True)


def hits(text, site=None):
    site_ids = (site.pk,) if site else None
    return search(SearchRequest(text, site_ids=site_ids)).hits


def test_a_published_article_is_found_at_its_address(sites, publish):
    province, _ = sites
    category = province.categories["chuyen-doi-so"]
    article = publish(add_article(category, title="Ra mắt ứng dụng công dân số"))
    (hit,) = hits("cong dan so", province.site)
    assert (hit.object_id, hit.source) == (article.pk, "news")
    assert hit.url_path == "/tin-tuc/chuyen-doi-so/" + article.slug + "/"
    assert hit.kind == "Tin"
    assert SearchEntry.objects.get(object_id=article.pk).category_id == category.pk


def test_a_correction_replaces_the_old_text(sites, publish):
    province, _ = sites
    article = publish(add_article(province.categories["chuyen-doi-so"], title="Hội thảo lần đầu"))
    article.title = "Hội nghị tổng kết"
    publish(article)
    assert hits("hoi thao") == []
    assert [hit.object_id for hit in hits("hoi nghi tong ket")] == [article.pk]


def test_unpublished_and_deleted_pages_are_gone(sites, publish, committed):
    province, _ = sites
    category = province.categories["chuyen-doi-so"]
    first = publish(add_article(category, title="Thông báo tuyển dụng viên chức"))
    second = publish(add_article(category, title="Thông báo tuyển dụng giáo viên"))
    with committed():
        first.unpublish()
    assert [hit.object_id for hit in hits("tuyen dung")] == [second.pk]
    with committed():
        second.delete()
    assert hits("tuyen dung") == []


def test_a_moved_article_is_found_on_its_new_site_at_its_new_address(sites, publish, committed):
    province, commune = sites
    article = publish(add_article(province.categories["chuyen-doi-so"], title="Chợ phiên vùng cao"))
    with committed():
        article.move(commune.categories["tin-hoat-dong"], pos="last-child")
    article.refresh_from_db()
    assert hits("cho phien", province.site) == []
    (hit,) = hits("cho phien", commune.site)
    assert hit.url_path == article.get_url_parts()[2]


def test_pages_behind_a_view_restriction_are_not_found(sites, publish, committed):
    province, _ = sites
    category = province.categories["chuyen-doi-so"]
    publish(add_article(category, title="Kế hoạch nội bộ chuyển đổi"))
    with committed():
        restriction = PageViewRestriction.objects.create(
            page=category, restriction_type=PageViewRestriction.LOGIN
        )
    assert hits("ke hoach noi bo") == []
    with committed():
        restriction.delete()
    assert len(hits("ke hoach noi bo")) == 1


def test_a_republished_article_is_found_on_the_commune_with_the_originals_text(sites, publish):
    province, commune = sites
    unit = add_unit("AG", "Tỉnh An Giang", UnitKind.PROVINCE, province.site)
    add_unit("AG-TAYYEN", "Xã Tây Yên", UnitKind.COMMUNE, commune.site, unit)
    original = publish(
        add_article(
            province.categories["chuyen-doi-so"],
            title="Tỉnh ra quân làm sạch kênh",
            province_wide=True,
        )
    )
    copy = commune.categories["tin-hoat-dong"].add_child(instance=ArticlePage(original=original))
    publish(copy)
    assert [hit.object_id for hit in hits("lam sach kenh", commune.site)] == [copy.pk]
    original.title = "Tỉnh ra quân nạo vét kênh"
    publish(original)
    assert [hit.object_id for hit in hits("nao vet kenh", commune.site)] == [copy.pk]


def test_rebuild_indexes_every_public_page_and_shows_progress(sites):
    province, commune = sites
    add_article(province.categories["chuyen-doi-so"], title="Bài chưa vào chỉ mục")
    add_article(commune.categories["tin-hoat-dong"], title="Bài thứ hai chưa vào chỉ mục")
    SearchEntry.objects.all().delete()
    out, err = io.StringIO(), io.StringIO()
    call_command("rebuild_search_index", stdout=out, stderr=err)
    assert len(hits("chua vao chi muc")) == 2
    assert "Đã lập chỉ mục" in out.getvalue()
    assert "100%" in err.getvalue()
    # The categories and "Tin tức" are pages too, found as such.
    assert any(hit.source == "page" for hit in hits("chuyen doi so"))


def test_a_deleted_site_leaves_nothing_behind(sites, publish):
    province, commune = sites
    publish(add_article(commune.categories["tin-hoat-dong"], title="Tin của xã sắp giải thể"))
    assert search(SearchRequest("sap giai the")).total == 1
    commune.site.delete()
    assert search(SearchRequest("sap giai the")).total == 0


def test_the_vocabulary_counts_follow_corrections_and_removals(sites, publish, committed):
    from vnportal.search.models import SearchTerm

    def documents(token):
        return SearchTerm.objects.filter(token=token).values_list("documents", flat=True).first()

    province, _ = sites
    article = publish(add_article(province.categories["chuyen-doi-so"], title="Lễ hội dừa"))
    assert (documents("dua"), documents("dừa")) == (1, 1)
    publish(article)  # a correction is the same article, not a second one
    assert documents("dua") == 1
    with committed():
        article.unpublish()
    assert documents("dua") == 0


def test_a_page_type_with_a_long_name_is_indexed_and_shown_with_its_name(sites):
    from vnportal.about.models import PlaceIndexPage

    province, _ = sites
    places = province.home.add_child(instance=PlaceIndexPage(title="Di tích và danh thắng"))
    with_long_name = str(PlaceIndexPage._meta.verbose_name)
    assert len(with_long_name) > 32  # longer than the column was

    call_command("rebuild_search_index", stdout=io.StringIO(), stderr=io.StringIO())

    found = [
        hit
        for hit in hits("di tich danh thang", province.site)
        if hit.url_path.endswith(places.slug + "/")
    ]
    assert found and found[0].kind == with_long_name


def test_a_type_name_longer_than_the_column_is_cut_not_refused(sites):
    from vnportal.search.documents import IndexDocument
    from vnportal.search.indexing import index_documents

    province, _ = sites
    name = "Loại trang có tên rất dài " * 10
    index_documents(
        [IndexDocument("page", 987654, province.site.pk, "/trang-dai/", "Trang dài", kind=name)]
    )

    (hit,) = hits("trang dai", province.site)
    assert hit.kind == name[:100]
