"""Province news shared with the communes: the "Tin tỉnh" block on commune home pages and
province articles republished by reference into a commune's categories."""

import re

import pytest
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError

from vnportal.news.models import ArticlePage
from vnportal.testing.admin_forms import article_form
from vnportal.testing.builders import add_article

pytestmark = pytest.mark.django_db


def _path(page):
    return page.get_url_parts()[2]


def _tin_tinh(html):
    found = re.search(r'<section class="province-news".*?</section>', html, re.S)
    return found.group(0) if found else ""


def _home(client, host, **extra):
    response = client.get("/", HTTP_HOST=host, **extra)
    assert response.status_code == 200
    return response.content.decode()


def _shared(portal, title="Tỉnh phát động Tháng hành động vì môi trường", **fields):
    article = add_article(
        portal.province.categories["tin-hoat-dong"], title=title, province_wide=True, **fields
    )
    # Pages made in the admin always have revisions; corrections compare against them.
    article.save_revision().publish()
    return article


def _republish(category, original):
    reference = category.add_child(instance=ArticlePage(original=original))
    reference.save_revision().publish()
    return reference


def test_province_wide_article_is_in_tin_tinh_of_every_commune_linking_to_province(client, portal):
    shared = _shared(portal)
    add_article(portal.province.categories["tin-hoat-dong"], title="Tin chỉ của cổng tỉnh")
    for host in ("tayyen.localhost", "anbien.localhost"):
        block = _tin_tinh(_home(client, host))
        assert ">Tin tỉnh<" in block
        assert shared.title in block
        assert f'href="http://localhost{_path(shared)}"' in block
        assert "Tin chỉ của cổng tỉnh" not in block


def test_tin_tinh_links_keep_the_readers_scheme_and_port(client, portal):
    shared = _shared(portal)
    block = _tin_tinh(_home(client, "tayyen.localhost:8000"))
    assert f'href="http://localhost:8000{_path(shared)}"' in block
    block = _tin_tinh(_home(client, "anbien.localhost", secure=True))
    assert f'href="https://localhost{_path(shared)}"' in block


def test_tin_tinh_is_neither_on_the_province_home_nor_on_another_provinces_communes(client, portal):
    shared = _shared(portal)
    province_home = _home(client, "localhost")
    assert _tin_tinh(province_home) == ""
    assert shared.title in province_home  # the province shows it as its own news
    assert _tin_tinh(_home(client, "tanthanh.localhost")) == ""
    assert shared.title not in _home(client, "tanthanh.localhost")


def test_unpublishing_removes_it_from_cached_commune_homes(client, portal):
    shared = _shared(portal)
    assert shared.title in _tin_tinh(_home(client, "tayyen.localhost"))
    assert client.get("/", HTTP_HOST="tayyen.localhost")["X-Cache"] == "HIT"
    shared.unpublish()
    assert shared.title not in _home(client, "tayyen.localhost")


def test_no_longer_province_wide_leaves_cached_commune_homes(client, portal):
    shared = _shared(portal)
    assert shared.title in _tin_tinh(_home(client, "anbien.localhost"))
    shared.province_wide = False
    shared.save_revision().publish()
    assert shared.title not in _home(client, "anbien.localhost")


def test_tin_tinh_shows_only_the_five_newest(client, portal):
    titles = [f"Tin toàn tỉnh số {n}" for n in range(7)]
    for title in titles:  # add_article dates each one a minute older than the last
        _shared(portal, title=title)
    block = _tin_tinh(_home(client, "tayyen.localhost"))
    assert [t for t in titles if t + "<" in block] == titles[:5]


def test_republished_article_shows_the_original_and_its_corrections(client, portal):
    original = _shared(
        portal,
        title="Hướng dẫn phòng chống hạn mặn mùa khô",
        sapo="Sở Nông nghiệp hướng dẫn lịch xuống giống.",
        author="Phòng Trồng trọt (mẫu)",
    )
    category = portal.tayyen.categories["tin-hoat-dong"]
    reference = _republish(category, original)
    province_url = f"http://localhost{_path(original)}"
    assert reference.slug == original.slug

    html = client.get(_path(reference), HTTP_HOST="tayyen.localhost").content.decode()
    assert '<h1 class="article-title">Hướng dẫn phòng chống hạn mặn mùa khô</h1>' in html
    assert "Sở Nông nghiệp hướng dẫn lịch xuống giống." in html
    assert "Phòng Trồng trọt (mẫu)" in html
    assert f'<link rel="canonical" href="{province_url}">' in html
    assert f'Nguồn: <a href="{province_url}">Cổng thông tin điện tử tỉnh An Giang</a>' in html
    listing = client.get(_path(category), HTTP_HOST="tayyen.localhost").content.decode()
    assert "Hướng dẫn phòng chống hạn mặn mùa khô" in listing
    assert "Sở Nông nghiệp hướng dẫn lịch xuống giống." in listing

    original.title = "Hướng dẫn phòng, chống hạn mặn mùa khô 2026 (đính chính)"
    original.sapo = "Lịch xuống giống đã được điều chỉnh."
    original.save_revision().publish()

    html = client.get(_path(reference), HTTP_HOST="tayyen.localhost").content.decode()
    assert "Hướng dẫn phòng, chống hạn mặn mùa khô 2026 (đính chính)</h1>" in html
    assert "Lịch xuống giống đã được điều chỉnh." in html
    listing = client.get(_path(category), HTTP_HOST="tayyen.localhost").content.decode()
    assert "Hướng dẫn phòng, chống hạn mặn mùa khô 2026 (đính chính)" in listing
    assert "Hướng dẫn phòng chống hạn mặn mùa khô<" not in listing


def test_reference_disappears_when_its_original_is_unpublished_or_deleted(client, portal):
    original = _shared(portal, title="Thông báo lịch cắt điện toàn tỉnh")
    category = portal.tayyen.categories["tin-hoat-dong"]
    reference = _republish(category, original)
    assert (
        "Thông báo lịch cắt điện toàn tỉnh"
        in client.get(_path(category), HTTP_HOST="tayyen.localhost").content.decode()
    )

    original.unpublish()
    listing = client.get(_path(category), HTTP_HOST="tayyen.localhost").content.decode()
    assert "Thông báo lịch cắt điện toàn tỉnh" not in listing
    assert client.get(_path(reference), HTTP_HOST="tayyen.localhost").status_code == 404

    original.save_revision().publish()
    assert client.get(_path(reference), HTTP_HOST="tayyen.localhost").status_code == 200
    original.delete()
    listing = client.get(_path(category), HTTP_HOST="tayyen.localhost").content.decode()
    assert "Thông báo lịch cắt điện toàn tỉnh" not in listing
    assert client.get(_path(reference), HTTP_HOST="tayyen.localhost").status_code == 404


def test_only_province_wide_articles_of_the_parent_province_can_be_republished(portal):
    category = portal.tayyen.categories["tin-hoat-dong"]
    not_shared = add_article(portal.province.categories["tin-hoat-dong"])
    with pytest.raises(ValidationError) as refused:
        category.add_child(instance=ArticlePage(original=not_shared))
    assert "“Đăng cho toàn tỉnh”" in str(refused.value)

    foreign = add_article(portal.other_province.categories["tin-hoat-dong"], province_wide=True)
    with pytest.raises(ValidationError) as refused:
        category.add_child(instance=ArticlePage(original=foreign))
    assert "Chỉ đăng lại được bài của cổng tỉnh mà đơn vị này trực thuộc." in str(refused.value)


@pytest.fixture
def admin_client(client, db):
    user = get_user_model().objects.create_superuser("quantri", "qt@example.gov.vn", "x")
    client.force_login(user)
    return client


def _add_url(category):
    return f"/admin/pages/add/news/articlepage/{category.pk}/"


def test_admin_offers_province_wide_on_province_and_republishing_on_communes(admin_client, portal):
    shared = _shared(portal, title="Bài chia sẻ cho các xã")
    add_article(portal.province.categories["tin-hoat-dong"], title="Bài không chia sẻ")
    add_article(
        portal.other_province.categories["tin-hoat-dong"],
        title="Bài của tỉnh khác",
        province_wide=True,
    )
    province_form = admin_client.get(
        _add_url(portal.province.categories["tin-hoat-dong"])
    ).content.decode()
    assert 'name="province_wide"' in province_form
    assert 'name="original"' not in province_form

    commune_form = admin_client.get(
        _add_url(portal.tayyen.categories["tin-hoat-dong"])
    ).content.decode()
    assert 'name="province_wide"' not in commune_form
    choices = re.search(r'<select name="original".*?</select>', commune_form, re.S).group(0)
    assert f'value="{shared.pk}"' in choices and "Bài chia sẻ cho các xã" in choices
    assert "Bài không chia sẻ" not in choices
    assert "Bài của tỉnh khác" not in choices


def _article_form(**fields):
    return article_form(**fields)


def test_commune_editor_republishes_without_writing_a_title(admin_client, portal):
    shared = _shared(portal, title="Tỉnh hướng dẫn đăng ký xe máy điện")
    category = portal.tayyen.categories["tin-hoat-dong"]
    response = admin_client.post(_add_url(category), _article_form(original=str(shared.pk)))
    assert response.status_code == 302, response.content.decode()[:3000]
    reference = ArticlePage.objects.get(original=shared)
    assert reference.live and reference.title == shared.title and reference.slug == shared.slug
    assert reference.get_parent().pk == category.pk


def test_commune_editor_writing_own_article_still_needs_a_title(admin_client, portal):
    category = portal.tayyen.categories["tin-hoat-dong"]
    response = admin_client.post(_add_url(category), _article_form())
    assert response.status_code == 200
    assert "Hãy nhập tiêu đề bài viết, hoặc chọn một bài của tỉnh để đăng lại." in (
        response.content.decode()
    )
    assert not ArticlePage.objects.child_of(category).exists()


def test_commune_editor_cannot_republish_an_article_not_shared(admin_client, portal):
    not_shared = add_article(portal.province.categories["tin-hoat-dong"], title="Tin nội bộ")
    category = portal.tayyen.categories["tin-hoat-dong"]
    response = admin_client.post(_add_url(category), _article_form(original=str(not_shared.pk)))
    assert response.status_code == 200
    assert "Chỉ chọn được bài đang xuất bản của cổng tỉnh có đánh dấu" in (
        response.content.decode()
    )
    assert not ArticlePage.objects.filter(original=not_shared).exists()
