"""Which cached pages change on the next request after each kind of change, and which
stay cached (core/cachetags.py, core/signals.py).

Every test primes the same set of pages (an article, its category, an unrelated category,
the home page, the commune's home page, the news feed, the sitemap, a topic page), makes
one change, then reads each page once more: a page that shows the change is re-rendered
(`X-Cache: MISS`) with the new content, every other page is still served from the cache
(`X-Cache: HIT`).
"""

import datetime
from dataclasses import dataclass

import pytest
from django.contrib.auth import get_user_model
from django.utils import timezone

from vnportal.alerts.actions import cancel_alert, issue_alert
from vnportal.core.models import StandardPage
from vnportal.news.models import ArticlePage, TopicIndexPage, TopicPage
from vnportal.testing.builders import add_article, add_unit, build_site
from vnportal.units.models import UnitKind

pytestmark = pytest.mark.django_db

PROVINCE = "localhost"
COMMUNE = "tayyen.localhost"
CATEGORIES = {
    "tin-hoat-dong": "Tin hoạt động",
    "chuyen-doi-so": "Chuyển đổi số",
    "kinh-te-xa-hoi": "Kinh tế - Xã hội",
}


@dataclass
class World:
    province: object
    commune: object
    topic: TopicPage
    article: ArticlePage
    province_unit: object

    @property
    def category(self):
        return self.province.categories["tin-hoat-dong"]

    @property
    def second_category(self):
        return self.province.categories["chuyen-doi-so"]

    @property
    def unrelated_category(self):
        return self.province.categories["kinh-te-xa-hoi"]

    def pages(self):
        """name -> (host, path) of the pages every test primes."""
        return {
            "article": (PROVINCE, self.article.url),
            "category": (PROVINCE, self.category.url),
            "unrelated category": (PROVINCE, self.unrelated_category.url),
            "home": (PROVINCE, "/"),
            "commune home": (COMMUNE, "/"),
            "feed": (PROVINCE, "/tin-tuc/rss/"),
            "sitemap": (PROVINCE, "/sitemap.xml"),
            "topic": (PROVINCE, self.topic.url),
        }


@pytest.fixture
def world(db):
    province = build_site(categories=CATEGORIES)
    commune = build_site(hostname=COMMUNE, unit_name="xã Tây Yên", default=False)
    province_unit = add_unit("91", "tỉnh An Giang", UnitKind.PROVINCE, province.site)
    add_unit("30880", "xã Tây Yên", UnitKind.COMMUNE, commune.site, province_unit)
    topic_index = province.home.add_child(
        instance=TopicIndexPage(title="Chuyên đề", slug="chuyen-de", show_in_menus=True)
    )
    topic = topic_index.add_child(
        instance=TopicPage(title="Xây dựng nông thôn mới", slug="nong-thon-moi")
    )
    article = add_article(province.categories["tin-hoat-dong"], title="Khánh thành cầu Cái Nước")
    article.topics.add(topic)
    article.save()
    add_article(province.categories["kinh-te-xa-hoi"], title="Giá lúa tăng vụ thu đông")
    add_article(commune.categories["tin-hoat-dong"], title="Tin xã Tây Yên")
    return World(province, commune, topic, article, province_unit)


def fetch(client, world, names=None):
    found = {}
    for name, (host, path) in world.pages().items():
        if names is None or name in names:
            response = client.get(path, HTTP_HOST=host)
            found[name] = response
    return found


def prime(client, world):
    fetch(client, world)
    again = fetch(client, world)
    assert {name: r["X-Cache"] for name, r in again.items()} == dict.fromkeys(again, "HIT")


def cache_states(responses):
    return {name: response.get("X-Cache") for name, response in responses.items()}


def expect(responses, changed):
    """Pages in `changed` are re-rendered, all others still cached."""
    expected = {name: ("MISS" if name in changed else "HIT") for name in responses}
    assert cache_states(responses) == expected


def text(response):
    return response.content.decode()


def publish_new_article(category, title, topics=(), **fields):
    """An article written as a draft, then published as the editorial board does."""
    article = category.add_child(
        instance=ArticlePage(
            title=title,
            slug=f"bai-{ArticlePage.objects.count() + 1}",
            sapo=f"Tóm tắt: {title}.",
            live=False,
            **fields,
        )
    )
    article.topics.set(topics)
    article.save_revision().publish()
    return article


def republish(page, **changes):
    page = page.specific.__class__.objects.get(pk=page.pk)
    for name, value in changes.items():
        setattr(page, name, value)
    page.save_revision().publish()
    return page


def test_publishing_an_article_purges_its_lists_feed_sitemap_and_topic_only(client, world):
    prime(client, world)
    new = publish_new_article(world.category, "Tỉnh khởi công đường ven biển", [world.topic])
    prime_after = fetch(client, world)
    expect(
        prime_after,
        changed={"article", "category", "home", "feed", "sitemap", "topic"},
    )
    for name in ("category", "home", "feed", "topic"):
        assert "Tỉnh khởi công đường ven biển" in text(prime_after[name]), name
    assert new.slug in text(prime_after["sitemap"])
    # The article shares the topic, so the new one is among its related articles.
    assert "Tỉnh khởi công đường ven biển" in text(prime_after["article"])
    assert "Tỉnh khởi công đường ven biển" not in text(prime_after["unrelated category"])


def test_publishing_without_topic_leaves_the_topic_page_cached(client, world):
    prime(client, world)
    publish_new_article(world.category, "Họp báo định kỳ tháng 11")
    after = fetch(client, world)
    expect(after, changed={"article", "category", "home", "feed", "sitemap"})
    assert "Họp báo định kỳ tháng 11" in text(after["home"])


def test_province_wide_article_also_purges_the_communes_home(client, world):
    prime(client, world)
    publish_new_article(world.category, "Cả tỉnh ra quân phòng chống bão", province_wide=True)
    after = fetch(client, world)
    expect(after, changed={"article", "category", "home", "feed", "sitemap", "commune home"})
    assert "Cả tỉnh ra quân phòng chống bão" in text(after["commune home"])


def test_correcting_an_article_purges_the_pages_that_show_it(client, world):
    prime(client, world)
    republish(world.article, title="Khánh thành cầu Cái Nước mới")
    after = fetch(client, world)
    expect(after, changed={"article", "category", "home", "feed", "sitemap", "topic"})
    for name in ("article", "category", "home", "feed", "topic"):
        assert "Khánh thành cầu Cái Nước mới" in text(after[name]), name


def test_correcting_an_old_article_leaves_the_home_page_cached(client, world):
    old = add_article(
        world.unrelated_category,
        title="Bài cũ về giá phân bón",
        published_at=timezone.now() - datetime.timedelta(days=400),
    )
    for number in range(6):
        add_article(world.unrelated_category, title=f"Tin kinh tế mới số {number}")
    prime(client, world)
    assert "Bài cũ về giá phân bón" not in text(client.get("/"))
    republish(old, sapo="Tóm tắt đã sửa lỗi chính tả.")
    after = fetch(client, world)
    # Its category's first page and the feed (20 newest) list it; the home page shows
    # only newer ones.
    expect(after, changed={"unrelated category", "feed", "sitemap"})


def test_unpublishing_an_article_takes_it_off_every_list(client, world):
    prime(client, world)
    world.article.unpublish()
    after = fetch(client, world)
    assert after["article"].status_code == 404
    del after["article"]
    expect(after, changed={"category", "home", "feed", "sitemap", "topic"})
    for name in ("category", "home", "feed", "topic", "sitemap"):
        assert "Khánh thành cầu Cái Nước" not in text(after[name]), name


def test_deleting_an_article_takes_it_off_every_list(client, world):
    prime(client, world)
    old_slug = world.article.slug
    world.article.delete()
    after = fetch(client, world)
    assert after["article"].status_code == 404
    del after["article"]
    expect(after, changed={"category", "home", "feed", "sitemap", "topic"})
    assert "Khánh thành cầu Cái Nước" not in text(after["home"])
    assert old_slug not in text(after["sitemap"])


def test_moving_an_article_purges_both_categories(client, world):
    prime(client, world)
    client.get(world.second_category.url)
    assert client.get(world.second_category.url)["X-Cache"] == "HIT"
    world.article.move(world.second_category, pos="last-child")
    moved = ArticlePage.objects.get(pk=world.article.pk)
    after = fetch(client, world)
    assert after["article"].status_code == 301  # its old address leads to the new one
    assert after["article"]["Location"].endswith(moved.get_url_parts()[2])
    del after["article"]
    expect(after, changed={"category", "home", "feed", "sitemap", "topic"})
    assert "Khánh thành cầu Cái Nước" not in text(after["category"])
    second = client.get(world.second_category.url)
    assert second["X-Cache"] == "MISS"
    assert "Khánh thành cầu Cái Nước" in text(second)
    new_path = moved.get_url_parts()[2]
    assert new_path in text(after["home"])
    assert new_path in text(after["topic"])


def test_site_settings_show_on_every_page_of_that_site_only(client, world):
    prime(client, world)
    settings = world.province.site.sitesettings
    settings.phone = "0296 3 999 999"
    settings.save()
    after = fetch(client, world)
    # The feed names the portal; the sitemap shows nothing of the settings.
    expect(after, changed={"article", "category", "unrelated category", "home", "feed", "topic"})
    for name in ("article", "category", "unrelated category", "home", "topic"):
        assert "0296 3 999 999" in text(after[name]), name


def test_renaming_a_menu_page_purges_the_sites_pages_with_the_menu(client, world):
    prime(client, world)
    republish(world.second_category, title="Chuyển đổi số và cải cách hành chính")
    after = fetch(client, world)
    expect(
        after,
        changed={"article", "category", "unrelated category", "home", "topic", "sitemap"},
    )
    for name in ("article", "category", "unrelated category", "home", "topic"):
        assert "Chuyển đổi số và cải cách hành chính" in text(after[name]), name


def test_a_new_menu_page_appears_in_the_menu_of_every_page(client, world):
    prime(client, world)
    page = world.province.home.add_child(
        instance=StandardPage(title="Liên hệ", slug="lien-he", show_in_menus=True, live=False)
    )
    page.save_revision().publish()
    after = fetch(client, world)
    expect(
        after,
        changed={"article", "category", "unrelated category", "home", "topic", "sitemap"},
    )
    assert 'href="/lien-he/">Liên hệ</a>' in text(after["unrelated category"])


def test_featuring_an_article_changes_the_home_page(client, world):
    old = add_article(
        world.unrelated_category,
        title="Mô hình trồng lúa hữu cơ",
        published_at=timezone.now() - datetime.timedelta(days=400),
    )
    for number in range(6):
        add_article(world.unrelated_category, title=f"Tin kinh tế mới số {number}")
    prime(client, world)
    assert "Mô hình trồng lúa hữu cơ" not in text(client.get("/"))
    republish(old, featured=True, featured_order=1)
    after = fetch(client, world)
    # Its category's list and the feed show it (and so are re-rendered); nothing else.
    expect(after, changed={"home", "unrelated category", "feed", "sitemap"})
    assert "Mô hình trồng lúa hữu cơ" in text(after["home"])


def test_an_alert_purges_the_pages_of_the_sites_it_is_shown_on(client, world):
    officer = get_user_model().objects.create_superuser("canhbao", password="mat-khau-rat-dai-1")
    prime(client, world)
    now = timezone.now()
    alert = issue_alert(
        officer,
        site=world.province.site,
        areas=[world.province_unit],
        kind="bao",
        severity="Severe",
        starts_at=now - datetime.timedelta(minutes=5),
        ends_at=now + datetime.timedelta(hours=6),
        headline="Bão số 3 đổ bộ vào tỉnh An Giang",
        description="Bão mạnh cấp 10.",
        instructions="Không ra khỏi nhà.",
    )
    html_pages = {"article", "category", "unrelated category", "home", "commune home", "topic"}
    after = fetch(client, world)
    # Feeds and the sitemap show no banner.
    expect(after, changed=html_pages)
    for name in html_pages:
        assert "Bão số 3 đổ bộ vào tỉnh An Giang" in text(after[name]), name

    fetch(client, world)
    cancel_alert(officer, alert, "Bão đã đổi hướng.")
    after = fetch(client, world)
    expect(after, changed=html_pages)
    for name in html_pages:
        assert "Bão số 3 đổ bộ vào tỉnh An Giang" not in text(after[name]), name


def test_logged_in_editors_and_previews_see_live_content(client, world):
    prime(client, world)
    editor = get_user_model().objects.create_superuser("bientap", password="mat-khau-rat-dai-1")
    # A change that purges nothing yet: a draft.
    draft = ArticlePage.objects.get(pk=world.article.pk)
    draft.title = "Bản nháp chưa duyệt"
    draft.save_revision()
    assert client.get(world.article.url)["X-Cache"] == "HIT"

    client.force_login(editor)
    preview = client.get(f"/admin/pages/{draft.pk}/view_draft/")
    assert "X-Cache" not in preview
    assert "Bản nháp chưa duyệt" in text(preview)
    # Live pages: straight from the database for a logged-in user, never stored.
    world.category.title = "Tin hoạt động (sửa trực tiếp)"
    world.category.save()
    live = client.get(world.category.url)
    assert "X-Cache" not in live
    assert "Tin hoạt động (sửa trực tiếp)" in text(live)

    client.logout()
    cached = client.get(world.category.url)
    assert cached["X-Cache"] == "HIT"
    assert "Tin hoạt động (sửa trực tiếp)" not in text(cached)
