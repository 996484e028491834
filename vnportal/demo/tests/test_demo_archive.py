"""The demo's shared province news and the archive of the former An Biên district."""

import pytest

from vnportal.demo.archive import create_demo_archive, create_demo_shared_news
from vnportal.news.models import ArchivePage, ArticlePage

pytestmark = pytest.mark.django_db


@pytest.fixture(scope="module", autouse=True)
def _demo_with_archive(demo, django_db_blocker):
    with django_db_blocker.unblock():
        create_demo_shared_news()
        create_demo_archive()


def test_demo_shows_province_news_on_communes_and_the_old_district_archive(client):
    shared = ArticlePage.objects.filter(province_wide=True, live=True)
    assert 2 <= shared.count() <= 3
    tayyen_home = client.get("/", HTTP_HOST="tayyen.localhost:8000").content.decode()
    assert "Tin tỉnh" in tayyen_home
    for article in shared:
        assert f'href="http://localhost:8000{article.get_url_parts()[2]}"' in tayyen_home

    reference = ArticlePage.objects.get(is_reference=True)
    assert reference.get_site().hostname == "tayyen.localhost"
    html = client.get(reference.get_url_parts()[2], HTTP_HOST="tayyen.localhost").content.decode()
    assert f'<h1 class="article-title">{reference.original.title}</h1>' in html
    assert '<link rel="canonical" href="http://localhost/' in html

    response = client.get("/", HTTP_HOST="anbien-cu.localhost:8000")
    assert response.status_code == 301
    archive = ArchivePage.objects.get()
    assert response["Location"] == f"http://anbien.localhost:8000{archive.get_url_parts()[2]}"
    html = client.get(archive.get_url_parts()[2], HTTP_HOST="anbien.localhost").content.decode()
    assert (
        "Huyện An Biên đã giải thể từ 01/07/2025; "
        "địa bàn nay thuộc các xã An Biên, Đông Thái, Tây Yên."
    ) in html
    old = ArticlePage.objects.live().descendant_of(archive)
    assert 2 <= old.count() <= 3
    assert all(a.published_at.date().isoformat() < "2025-07-01" for a in old)
    assert (
        "Bài lưu trữ mẫu do vnportal soạn"
        in client.get(old.first().get_url_parts()[2], HTTP_HOST="anbien.localhost").content.decode()
    )


def test_demo_archive_and_shared_news_are_created_once():
    counts = (ArticlePage.objects.count(), ArchivePage.objects.count())
    create_demo_shared_news()
    create_demo_archive()
    assert (ArticlePage.objects.count(), ArchivePage.objects.count()) == counts
