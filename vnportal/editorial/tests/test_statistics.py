"""Statistics of published articles: per contributor, category, month, and review time."""

import datetime

import pytest
from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page, Workflow, WorkflowState

from vnportal.editorial.statistics import NO_CONTRIBUTOR, article_statistics
from vnportal.news.models import ArticlePage
from vnportal.units.roles import EDITOR

from .conftest import local, write

pytestmark = pytest.mark.django_db

YEAR = (datetime.date(2026, 1, 1), datetime.date(2026, 11, 20))


def submitted(article, at, user=None):
    """A workflow submission of `article` made at `at`."""
    workflow, _ = Workflow.objects.get_or_create(name="Duyệt tin")
    state = WorkflowState.objects.create(
        workflow=workflow,
        content_type=ContentType.objects.get_for_model(ArticlePage),
        base_content_type=ContentType.objects.get_for_model(Page),
        object_id=str(article.pk),
        status=WorkflowState.STATUS_APPROVED,
        requested_by=user,
    )
    WorkflowState.objects.filter(pk=state.pk).update(created_at=at)


def first_published(article, at):
    ArticlePage.objects.filter(pk=article.pk).update(first_published_at=at)


@pytest.fixture
def known_set(tayyen, anbien):
    lan = tayyen.users["contributor"]
    first, second = tayyen.built.categories.values()
    a1 = write(
        first,
        "Tin 1",
        local(2026, 1, 15),
        [("Nguyễn Thị Lan", 50, lan), ("Trần Văn Bình", 50, None)],
    )
    a2 = write(first, "Tin 2", local(2026, 1, 20), [("Lan", 100, lan)])
    a3 = write(second, "Tin 3", local(2026, 3, 3), [("Trần  Văn Bình", 100, None)])
    write(second, "Tin 4", local(2026, 3, 4, 0))  # no contributor, published directly
    write(first, "Tin năm trước", local(2025, 12, 31, 23), [("Lan", 100, lan)])
    write(anbien.category, "Tin xã khác", local(2026, 2, 1), [("Lan", 100, lan)])
    # Submitted 10, 30 and 2 hours before going out; a1 was submitted again later for a
    # correction, which does not count.
    for article, hours in ((a1, 10), (a2, 30), (a3, 2)):
        published = article.published_at
        first_published(article, published)
        submitted(article, published - datetime.timedelta(hours=hours), lan)
    submitted(a1, a1.published_at + datetime.timedelta(days=3), lan)
    return tayyen


def test_statistics_of_a_small_known_set(known_set):
    result = article_statistics(known_set.site, *YEAR)
    assert result.total == 4
    assert result.by_contributor == [
        ("Nguyễn Thị Lan", 2),
        ("Trần Văn Bình", 2),
        (NO_CONTRIBUTOR, 1),
    ]
    assert result.by_category == [("Chuyển đổi số", 2), ("Tin hoạt động", 2)]
    assert result.by_month == [(datetime.date(2026, 1, 1), 2), (datetime.date(2026, 3, 1), 2)]
    assert result.review.count == 3
    assert result.review.median_hours == pytest.approx(10)
    assert result.review.mean_hours == pytest.approx(14)
    assert result.review.mean_days == pytest.approx(14 / 24)


def test_statistics_page_shows_the_tables(client, known_set):
    client.force_login(known_set.users[EDITOR])
    response = client.get(
        "/admin/nhuan-but/thong-ke/",
        {"site": known_set.site.pk, "starts_on": "2026-01-01", "ends_on": "2026-11-20"},
    )
    page = response.content.decode()
    assert "Tổng số bài đã đăng: <strong>4</strong>" in page
    assert '<th scope="row">Nguyễn Thị Lan</th><td>2</td>' in page
    assert '<th scope="row">03/2026</th><td>2</td>' in page
    assert '<th scope="row">Trung vị</th><td>10,0</td>' in page
    assert "Tính trên 3 bài đã qua quy trình duyệt." in page


def test_statistics_range_with_the_end_before_the_start_is_explained(client, known_set):
    client.force_login(known_set.users[EDITOR])
    response = client.get(
        "/admin/nhuan-but/thong-ke/",
        {"site": known_set.site.pk, "starts_on": "2026-05-01", "ends_on": "2026-01-01"},
    )
    assert "Ngày kết thúc phải sau ngày bắt đầu." in response.content.decode()


def test_statistics_query_count_does_not_grow_with_articles(tayyen):
    lan = tayyen.users["contributor"]

    def add(count):
        for number in range(count):
            article = write(
                tayyen.category,
                f"Bài {number}",
                local(2026, 2, 2),
                [("Lan", 50, lan), ("An", 50, None)],
            )
            first_published(article, article.published_at)
            submitted(article, article.published_at - datetime.timedelta(hours=1))

    add(2)
    with CaptureQueriesContext(connection) as small:
        article_statistics(tayyen.site, *YEAR)
    add(8)
    with CaptureQueriesContext(connection) as large:
        assert article_statistics(tayyen.site, *YEAR).total == 10
    assert len(large) == len(small)
