"""Two editors cannot overwrite each other silently."""

import re

import pytest
from django.conf import settings
from django.test import Client
from django.urls import reverse

from vnportal.news.models import ArticlePage
from vnportal.testing.admin_forms import article_form

from .editorial import add_url, body, build_newsroom, edit_url

pytestmark = pytest.mark.django_db

SLUG = "le-ra-quan-ao-mua"


def client_for(user):
    client = Client()
    client.force_login(user)
    return client


def loaded_revision(response):
    return re.search(r'name="loaded_revision_id" value="(\d+)"', response.content.decode())[1]


def edit(client, article, loaded, sapo):
    data = article_form(
        action=None,
        title="Lễ ra quân áo mưa",
        slug=SLUG,
        sapo=sapo,
        body=body("<p>Nội dung.</p>"),
        loaded_revision_id=loaded,
    )
    return client.post(edit_url(article), data)


def test_an_editor_saving_a_stale_form_is_warned_and_keeps_the_colleagues_text(newsroom):
    board = client_for(newsroom.board)
    board.post(
        add_url(newsroom.category),
        article_form(action=None, title="Lễ ra quân áo mưa", slug=SLUG, sapo="Bản đầu."),
    )
    article = ArticlePage.objects.get(slug=SLUG)
    second_editor = newsroom.editor.__class__.objects.create_user(
        "btv2", first_name="Hai", last_name="Biên Tập"
    )
    second_editor.groups.add(newsroom.editor.groups.get())
    a, b = client_for(newsroom.editor), client_for(second_editor)

    # Both open the article; A saves first.
    loaded_by_a = loaded_revision(a.get(edit_url(article)))
    loaded_by_b = loaded_revision(b.get(edit_url(article)))
    assert edit(a, article, loaded_by_a, "Bản của A.").status_code == 302

    # B's save, from the form loaded before A's, is refused with who and what to do.
    response = edit(b, article, loaded_by_b, "Bản của B.")
    assert response.status_code == 200
    errors = " ".join(response.context["form"].non_field_errors())
    assert "Bài vừa được Trần Văn Biên Tập lưu lúc" in errors
    assert "Bản của B." in response.content.decode()  # B's text is still in the form
    article.refresh_from_db()
    assert article.get_latest_revision_as_object().sapo == "Bản của A."

    # The form now carries A's revision: saving again overwrites on purpose.
    reloaded = loaded_revision(response)
    assert reloaded != loaded_by_b
    assert edit(b, article, reloaded, "Bản của B.").status_code == 302
    article.refresh_from_db()
    assert article.get_latest_revision_as_object().sapo == "Bản của B."


def test_an_editors_own_newer_revision_does_not_block_their_save(newsroom):
    # Wagtail's autosave writes revisions without updating the form's loaded revision.
    board = client_for(newsroom.board)
    board.post(
        add_url(newsroom.category),
        article_form(action=None, title="Lễ ra quân áo mưa", slug=SLUG, sapo="Bản đầu."),
    )
    article = ArticlePage.objects.get(slug=SLUG)
    editor = client_for(newsroom.editor)
    loaded = loaded_revision(editor.get(edit_url(article)))
    assert edit(editor, article, loaded, "Tự động lưu.").status_code == 302
    assert edit(editor, article, loaded, "Bản cuối.").status_code == 302
    article.refresh_from_db()
    assert article.get_latest_revision_as_object().sapo == "Bản cuối."


def test_an_editor_is_told_who_else_has_the_article_open(newsroom):
    """Wagtail's editing sessions: the open editor pings the server every few seconds and
    shows who else is editing (on unless WAGTAIL_EDITING_SESSION_PING_INTERVAL is 0)."""
    assert getattr(settings, "WAGTAIL_EDITING_SESSION_PING_INTERVAL", 10000) > 0
    board = client_for(newsroom.board)
    board.post(
        add_url(newsroom.category),
        article_form(action=None, title="Lễ ra quân áo mưa", slug=SLUG, sapo="Bản đầu."),
    )
    article = ArticlePage.objects.get(slug=SLUG)

    def ping(client):
        url = reverse(
            "wagtailadmin_editing_sessions:ping",
            args=("wagtailcore", "page", str(article.pk), 0),
        )
        return client.post(url, {"is_editing": "1"}).json()

    ping(client_for(newsroom.editor))
    others = ping(board)["other_sessions"]
    # (Wagtail shows Django's get_full_name(), given name first.)
    assert [(other["user"], other["is_editing"]) for other in others] == [
        ("Tập Trần Văn Biên", True)
    ]


@pytest.fixture
def newsroom():
    return build_newsroom()
