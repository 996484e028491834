"""Publishing without what an article needs is refused with a Vietnamese message naming
the field, on every way to publish; saving a draft and submitting it never are."""

import pytest
from django.contrib.messages import get_messages
from django.test import Client
from django.urls import reverse
from wagtail.models import TaskState

from vnportal.news.models import ArticlePage
from vnportal.news.publishing import NO_CATEGORY, publish_problems
from vnportal.testing.admin_forms import article_form
from vnportal.testing.builders import make_image

from .editorial import action_url, add_url, body, build_newsroom, edit_url

pytestmark = pytest.mark.django_db

TITLE = "Khai trương điểm phục vụ dịch vụ công ở ấp Xẻo Nhàu"
SLUG = "khai-truong-diem-dich-vu-cong"
ALT_FIELD = "Mô tả ảnh đại diện"


@pytest.fixture
def newsroom():
    return build_newsroom()


def client_for(user):
    client = Client()
    client.force_login(user)
    return client


def form(action, **fields):
    values = {"title": TITLE, "slug": SLUG, "sapo": "Tóm tắt.", "body": body("<p>Nội dung.</p>")}
    values.update(fields)
    return article_form(action=action, **values)


def messages_of(response):
    return " ".join(str(m) for m in get_messages(response.wsgi_request))


def test_the_board_cannot_publish_a_cover_without_its_description(newsroom):
    image = make_image()
    board = client_for(newsroom.board)
    response = board.post(add_url(newsroom.category), form("action-publish", cover_image=image.pk))
    assert response.status_code == 200
    errors = response.context["form"].errors
    assert ALT_FIELD in " ".join(errors["cover_alt"])
    assert not ArticlePage.objects.filter(slug=SLUG).exists()

    # The same article saves as a draft, and publishes once described.
    response = board.post(add_url(newsroom.category), form(None, cover_image=image.pk))
    assert response.status_code == 302
    article = ArticlePage.objects.get(slug=SLUG)
    assert not article.live
    response = board.post(
        edit_url(article),
        form("action-publish", cover_image=image.pk, cover_alt="Người dân làm thủ tục"),
    )
    assert response.status_code == 302
    article.refresh_from_db()
    assert article.live


def test_a_contributor_may_submit_what_cannot_be_published_yet(newsroom):
    response = client_for(newsroom.contributor).post(
        add_url(newsroom.category), form("action-submit", cover_image=make_image().pk)
    )
    assert response.status_code == 302
    assert ArticlePage.objects.get(slug=SLUG).workflow_in_progress


def _at_board(newsroom, **fields):
    client_for(newsroom.contributor).post(
        add_url(newsroom.category), form("action-submit", **fields)
    )
    article = ArticlePage.objects.get(slug=SLUG)
    client_for(newsroom.editor).post(action_url(article, "approve"), {"comment": ""})
    article.refresh_from_db()
    return article


def test_the_final_approval_in_the_editor_is_refused_naming_the_field(newsroom):
    image = make_image()
    article = _at_board(newsroom, cover_image=image.pk)
    # Approving from the editor at the first step only passes it on, so it is allowed:
    # that was checked by reaching the board. The board's approval would publish.
    response = client_for(newsroom.board).post(
        edit_url(article),
        form(
            "action-workflow-action",
            cover_image=image.pk,
            **{"workflow-action-name": "approve"},
        ),
    )
    assert response.status_code == 200
    assert ALT_FIELD in " ".join(response.context["form"].errors["cover_alt"])
    article.refresh_from_db()
    assert not article.live
    assert article.current_workflow_task_state.status == TaskState.STATUS_IN_PROGRESS


def test_the_final_approval_from_the_dashboard_is_refused_naming_the_field(newsroom):
    article = _at_board(newsroom, cover_image=make_image().pk)
    response = client_for(newsroom.board).post(action_url(article, "approve"), {"comment": ""})
    assert response.status_code == 302
    assert response["Location"] == edit_url(article)
    assert ALT_FIELD in messages_of(response)
    article.refresh_from_db()
    assert not article.live
    assert article.current_workflow_task_state.status == TaskState.STATUS_IN_PROGRESS
    # "Duyệt kèm ý kiến" posts from a modal: it is sent to the editor with the message.
    response = client_for(newsroom.board).post(
        action_url(article, "approve"),
        {"comment": "Đồng ý"},
        headers={"X-Requested-With": "XMLHttpRequest"},
    )
    assert response.json()["step"] == "success"
    assert response.json()["redirect"] == edit_url(article)
    assert ALT_FIELD in messages_of(response)
    article.refresh_from_db()
    assert article.current_workflow_task_state.status == TaskState.STATUS_IN_PROGRESS
    # Sending it back stays possible.
    response = client_for(newsroom.board).post(
        action_url(article, "reject"), {"comment": "Thêm mô tả ảnh."}
    )
    assert response.status_code == 302
    assert article.workflow_states.get().status == "needs_changes"


def test_an_official_clarification_needs_its_claim_verdict_facts_and_office(newsroom):
    response = client_for(newsroom.board).post(
        add_url(newsroom.category), form("action-publish", kind="xac-minh")
    )
    assert response.status_code == 200
    errors = response.context["form"].errors
    for field, label in (
        ("claim", "Thông tin đang lan truyền"),
        ("verdict", "Kết luận"),
        ("facts", "Sự thật đã xác minh"),
        ("responsible_office", "Cơ quan chịu trách nhiệm xác minh"),
    ):
        assert label in " ".join(errors[field])
    response = client_for(newsroom.board).post(
        add_url(newsroom.category),
        form(
            "action-publish",
            kind="xac-minh",
            claim="Tin đồn đê bao ấp Xẻo Nhàu bị vỡ.",
            verdict="sai-su-that",
            facts="Đê bao vẫn an toàn; lực lượng trực 24/24.",
            responsible_office="Ban Chỉ huy phòng thủ dân sự xã",
        ),
    )
    assert response.status_code == 302, response.context["form"].errors
    assert ArticlePage.objects.get(slug=SLUG).live


def test_an_article_drafted_under_tin_tuc_is_published_only_once_in_a_category(newsroom):
    board = client_for(newsroom.board)
    response = board.post(add_url(newsroom.news), form("action-publish"))
    assert response.status_code == 200
    assert NO_CATEGORY in " ".join(response.context["form"].non_field_errors())
    assert not ArticlePage.objects.filter(slug=SLUG).exists()

    # The draft is kept; moved into a category, it publishes.
    assert board.post(add_url(newsroom.news), form(None)).status_code == 302
    article = ArticlePage.objects.get(slug=SLUG)
    assert not article.live and article.get_parent().pk == newsroom.news.pk
    assert publish_problems(article) == [(None, NO_CATEGORY)]
    article.move(newsroom.category, pos="last-child")
    article.refresh_from_db()
    assert board.post(edit_url(article), form("action-publish")).status_code == 302
    article.refresh_from_db()
    assert article.live


def test_bulk_publishing_refuses_incomplete_articles(newsroom):
    board = client_for(newsroom.board)
    board.post(add_url(newsroom.category), form(None, cover_image=make_image().pk))
    article = ArticlePage.objects.get(slug=SLUG)
    url = reverse("wagtail_bulk_action", args=("wagtailcore", "page", "publish"))
    response = board.post(f"{url}?id={article.pk}", {})
    assert response.status_code == 302
    assert ALT_FIELD in messages_of(response)
    article.refresh_from_db()
    assert not article.live
