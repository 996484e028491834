"""Archives of former units: shown read-only inside a successor's site, under a notice."""

import datetime

import pytest
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from wagtail.models import Collection

from vnportal.news.archives import dissolution_notice
from vnportal.news.models import ArchivePage, ArticlePage, CategoryPage
from vnportal.testing.builders import add_article
from vnportal.trash.actions import in_trash
from vnportal.units.models import Unit, UnitKind
from vnportal.units.roles import BOARD, ensure_site_groups

pytestmark = pytest.mark.django_db

NOTICE = (
    "Huyện An Biên đã giải thể từ 01/07/2025; địa bàn nay thuộc các xã An Biên, Đông Thái, Tây Yên"
)


@pytest.fixture
def archive(portal):
    page = portal.anbien.home.add_child(
        instance=ArchivePage(
            title="Lưu trữ huyện An Biên", slug="luu-tru", unit=portal.units["district"]
        )
    )
    category = page.add_child(instance=CategoryPage(title="Tin huyện", slug="tin-huyen"))
    article = add_article(
        category,
        title="Huyện tổng kết năm 2024",
        published_at=datetime.datetime(2024, 12, 27, 2, 0, tzinfo=datetime.UTC),
    )
    return {"page": page, "category": category, "article": article}


def _html(client, page, host="anbien.localhost"):
    response = client.get(page.get_url_parts()[2], HTTP_HOST=host)
    assert response.status_code == 200
    return response.content.decode()


def test_notice_is_on_the_archive_and_on_every_page_inside_it(client, archive):
    for page in archive.values():
        html = _html(client, page)
        assert '<div class="archive-notice" role="note">' in html
        assert NOTICE + "." in html
    assert "Huyện tổng kết năm 2024" in _html(client, archive["page"])


def test_current_pages_of_the_successor_carry_no_notice(client, portal, archive):
    article = add_article(portal.anbien.categories["tin-hoat-dong"], title="Tin mới của xã")
    assert "archive-notice" not in _html(client, article)
    assert "archive-notice" not in _html(client, portal.anbien.categories["tin-hoat-dong"])


def test_archived_articles_stay_out_of_the_successors_current_news(client, portal, archive):
    add_article(portal.anbien.categories["tin-hoat-dong"], title="Tin mới của xã An Biên")
    home = _html(client, portal.anbien.home)
    assert "Tin mới của xã An Biên" in home
    assert "Huyện tổng kết năm 2024" not in home


def test_notice_names_communes_and_wards_each_with_their_word():
    town = Unit(
        name="Thị xã Hà Tiên", kind=UnitKind.DISTRICT, dissolved_on=datetime.date(2025, 7, 1)
    )
    successors = [
        Unit(name="Phường Tô Châu", kind=UnitKind.WARD),
        Unit(name="Xã Tiên Hải", kind=UnitKind.COMMUNE),
        Unit(name="Phường Hà Tiên", kind=UnitKind.WARD),
    ]
    assert dissolution_notice(town, successors) == (
        "Thị xã Hà Tiên đã giải thể từ 01/07/2025; "
        "địa bàn nay thuộc các xã Tiên Hải và phường Hà Tiên, Tô Châu"
    )
    assert dissolution_notice(town, successors[1:2]) == (
        "Thị xã Hà Tiên đã giải thể từ 01/07/2025; địa bàn nay thuộc xã Tiên Hải"
    )


def test_an_archive_needs_a_former_unit(portal):
    with pytest.raises(ValidationError) as refused:
        portal.anbien.home.add_child(
            instance=ArchivePage(title="Lưu trữ", slug="luu-tru-sai", unit=portal.units["tayyen"])
        )
    assert "Xã Tây Yên chưa giải thể hoặc sáp nhập" in str(refused.value)


# Read-only for the successor site's editors; superusers keep every power.


@pytest.fixture
def board_member(portal):
    collection = Collection.get_first_root_node().add_child(name="xã An Biên")
    group = ensure_site_groups(portal.anbien.site, collection)[BOARD]
    user = get_user_model().objects.create_user("bbt-anbien", "bbt@anbien.example", "x")
    user.groups.add(group)
    return user


REFUSAL = "là trang lưu trữ của Huyện An Biên, chỉ để tra cứu"


def _refused(client, url, method="get"):
    response = getattr(client, method)(url, HTTP_HOST="anbien.localhost")
    assert response.status_code == 302, url
    followed = client.get(response["Location"], HTTP_HOST="anbien.localhost")
    assert followed.status_code == 200
    return followed.content.decode()


def test_successor_editors_cannot_change_anything_inside_the_archive(
    client, portal, archive, board_member
):
    client.force_login(board_member)
    article, category = archive["article"], archive["category"]
    refusals = [
        _refused(client, f"/admin/pages/{article.pk}/edit/"),
        _refused(client, f"/admin/pages/{article.pk}/edit/", method="post"),
        _refused(client, f"/admin/pages/{article.pk}/delete/"),
        _refused(client, f"/admin/pages/{article.pk}/unpublish/", method="post"),
        _refused(client, f"/admin/pages/{archive['page'].pk}/edit/"),
        _refused(client, f"/admin/pages/add/news/articlepage/{category.pk}/"),
        _refused(client, f"/admin/pages/add/news/categorypage/{archive['page'].pk}/"),
    ]
    for html in refusals:
        assert REFUSAL in html
    assert ArticlePage.objects.filter(pk=article.pk, live=True).exists()

    # The same person still works on the site's current news.
    current = add_article(portal.anbien.categories["tin-hoat-dong"])
    response = client.get(f"/admin/pages/{current.pk}/edit/", HTTP_HOST="anbien.localhost")
    assert response.status_code == 200


def test_only_superusers_create_archives(client, portal, board_member):
    client.force_login(board_member)
    html = _refused(client, f"/admin/pages/add/news/archivepage/{portal.anbien.home.pk}/")
    assert "Chỉ quản trị hệ thống của tỉnh được tạo trang lưu trữ của đơn vị cũ." in html


def test_superusers_can_edit_delete_and_add_inside_the_archive(client, archive):
    admin = get_user_model().objects.create_superuser("quantri", "qt@example.gov.vn", "x")
    client.force_login(admin)
    article, category = archive["article"], archive["category"]
    for url in (
        f"/admin/pages/{article.pk}/edit/",
        f"/admin/pages/{article.pk}/delete/",
        f"/admin/pages/add/news/articlepage/{category.pk}/",
    ):
        response = client.get(url, HTTP_HOST="anbien.localhost")
        assert response.status_code == 200, url
    response = client.post(f"/admin/pages/{article.pk}/delete/", HTTP_HOST="anbien.localhost")
    assert response.status_code == 302
    # Deleting moves the page to the trash, out of the archive and its site.
    assert not ArticlePage.objects.descendant_of(category).filter(pk=article.pk).exists()
    assert in_trash(ArticlePage.objects.get(pk=article.pk))


def test_archive_must_sit_in_a_successors_site(client, portal):
    admin = get_user_model().objects.create_superuser("quantri", "qt@example.gov.vn", "x")
    client.force_login(admin)
    url = f"/admin/pages/add/news/archivepage/{portal.other_commune.home.pk}/"
    data = {
        "title": "Lưu trữ huyện An Biên",
        "slug": "luu-tru",
        "unit": str(portal.units["district"].pk),
        "intro": "",
        "comments-TOTAL_FORMS": "0",
        "comments-INITIAL_FORMS": "0",
        "comments-MIN_NUM_FORMS": "0",
        "comments-MAX_NUM_FORMS": "1000",
    }
    response = client.post(url, data)
    assert response.status_code == 200
    assert "phải đặt trong cổng của một đơn vị kế thừa" in response.content.decode()
    assert not ArchivePage.objects.exists()

    response = client.post(f"/admin/pages/add/news/archivepage/{portal.anbien.home.pk}/", data)
    assert response.status_code == 302
    assert ArchivePage.objects.get().get_parent().pk == portal.anbien.home.pk
