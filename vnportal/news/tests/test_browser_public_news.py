"""The new public news pages in a real browser: no serious accessibility violations on a
clarification, a topic, the topic list, a tag page and the portal map."""

import datetime

import pytest

from vnportal.news.models import ClarificationSource, TopicIndexPage, TopicPage
from vnportal.testing.browser import axe_violations
from vnportal.testing.builders import add_article, build_site, make_image

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def pages(transactional_db):
    built = build_site()
    index = built.home.add_child(
        instance=TopicIndexPage(title="Chuyên đề", slug="chuyen-de", show_in_menus=True)
    )
    topic = index.add_child(
        instance=TopicPage(
            title="Phòng, chống thiên tai",
            slug="phong-chong-thien-tai",
            intro="Thông tin ứng phó mưa lũ.",
            cover_image=make_image(),
            cover_alt="Đê biển sau triều cường",
            starts_on=datetime.date(2026, 6, 1),
        )
    )
    clarification = add_article(
        built.categories["tin-hoat-dong"],
        title="Thông tin “vỡ đê” là sai sự thật",
        cover=make_image(),
        cover_alt="Tuyến đê biển vẫn nguyên vẹn",
        kind="xac-minh",
        claim="Đê biển bị vỡ nhiều đoạn.",
        claim_appearance="Mạng xã hội",
        claim_first_seen=datetime.date(2026, 11, 19),
        verdict="sai-su-that",
        facts="Đoàn kiểm tra không phát hiện đoạn nào bị vỡ.",
        responsible_office="Ủy ban nhân dân xã",
        author="Nhóm phóng viên",
    )
    ClarificationSource.objects.create(
        page=clarification, title="Thông báo của UBND xã", url="https://example.gov.vn/tb"
    )
    clarification.topics.add(topic)
    clarification.tags.add("Thiên tai")
    clarification.save()
    return {
        "clarification": clarification.url,
        "topic": topic.url,
        "topics": index.url,
        "tag": "/tin-tuc/the/thiên-tai/",
        "map": "/so-do-cong/",
    }


@pytest.mark.parametrize("which", ["clarification", "topic", "topics", "tag", "map"])
def test_public_news_pages_have_no_serious_accessibility_violations(
    live_server, browser_page, pages, which
):
    browser_page.goto(live_server.url + pages[which])
    assert browser_page.locator("h1").count() == 1
    assert axe_violations(browser_page) == []
