import pytest
from django.contrib.auth import get_user_model

from vnportal.testing.builders import add_article

pytestmark = pytest.mark.django_db


def test_second_anonymous_view_is_served_from_cache(client, province):
    add_article(province.categories["tin-hoat-dong"], title="Tin đầu tiên")
    first = client.get("/")
    second = client.get("/")
    assert first["X-Cache"] == "MISS"
    assert second["X-Cache"] == "HIT"
    assert second.content == first.content


def test_publishing_shows_the_new_article_on_the_next_request(client, province):
    category = province.categories["tin-hoat-dong"]
    article = add_article(category, title="Tin vừa đăng")
    article.unpublish()
    assert "Tin vừa đăng" not in client.get("/").content.decode()
    assert "Tin vừa đăng" not in client.get(category.url).content.decode()
    assert client.get("/")["X-Cache"] == "HIT"
    article.save_revision().publish()
    assert "Tin vừa đăng" in client.get("/").content.decode()
    assert "Tin vừa đăng" in client.get(category.url).content.decode()


def test_unpublishing_removes_the_article_from_cached_lists(client, province):
    category = province.categories["tin-hoat-dong"]
    article = add_article(category, title="Tin sẽ gỡ")
    assert "Tin sẽ gỡ" in client.get(category.url).content.decode()
    article.unpublish()
    assert "Tin sẽ gỡ" not in client.get(category.url).content.decode()
    assert client.get(article.url).status_code == 404


def test_site_settings_change_shows_on_the_next_request(client, province):
    client.get("/")
    settings = province.site.sitesettings
    settings.phone = "0296 3 999 999"
    settings.save()
    assert "0296 3 999 999" in client.get("/").content.decode()


def test_publishing_on_one_site_keeps_the_other_sites_cache(client, province, commune):
    client.get("/", HTTP_HOST="tayyen.localhost")
    article = add_article(province.categories["tin-hoat-dong"])
    article.save_revision().publish()
    assert client.get("/", HTTP_HOST="tayyen.localhost")["X-Cache"] == "HIT"


def test_each_font_size_has_its_own_cached_page(client, province):
    client.get("/")
    client.get("/co-chu/lon/")
    html = client.get("/").content.decode()
    assert 'class="co-chu-1"' in html


def test_logged_in_users_see_live_pages(client, province):
    user = get_user_model().objects.create_user("bientap", password="mat-khau-rat-dai-123")
    client.force_login(user)
    client.get("/")
    response = client.get("/")
    assert "X-Cache" not in response
