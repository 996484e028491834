"""The published answers on /hoi-dap/ and /hoi-dap/<pk>/: only what the author agreed to
publish, and never who asked."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from vnportal.feedback.models import State
from vnportal.feedback.tests.builders import add_field, add_questions_section, add_submission
from vnportal.testing.builders import add_document, add_documents_section, build_site

pytestmark = pytest.mark.django_db

LIST = "/hoi-dap/"
PERSONAL = {
    "name": "Trần Văn Bí Mật",
    "phone": "0987000111",
    "email": "bimat@example.com",
    "address": "Số 99 hẻm Riêng Tư",
}


@pytest.fixture
def portal():
    built = build_site()
    add_questions_section(built.site)
    return built.site


def published(site, **fields):
    return add_submission(
        site,
        state=State.PUBLISHED,
        may_publish=True,
        answer=fields.pop("answer", "Câu trả lời công khai."),
        **{**PERSONAL, **fields},
    )


def test_list_shows_published_answers_without_personal_data(client, portal):
    land = add_field("Đất đai")
    answer = published(
        portal, field=land, title="Hỏi về sổ đỏ", content="Nội dung hỏi sổ đỏ", answer="Trả lời"
    )
    response = client.get(LIST)
    html = response.content.decode()
    assert "Hỏi về sổ đỏ" in html and "Nội dung hỏi sổ đỏ" in html and "Đất đai" in html
    assert f'href="/hoi-dap/{answer.pk}/"' in html
    assert 'href="/hoi-dap/gui/"' in html and 'href="/hoi-dap/tra-cuu/"' in html
    detail = client.get(f"/hoi-dap/{answer.pk}/").content.decode()
    assert "Hỏi về sổ đỏ" in detail and "Trả lời" in detail
    for value in PERSONAL.values():
        assert value not in html
        assert value not in detail


@pytest.mark.parametrize(
    "fields",
    [
        {"state": State.PUBLISHED, "may_publish": False},
        {"state": State.ANSWERED, "may_publish": True},
        {"state": State.NEW, "may_publish": True},
        {"state": State.REJECTED, "may_publish": True},
    ],
)
def test_answers_that_are_not_public_are_absent(client, portal, fields):
    hidden = add_submission(portal, title="Câu hỏi không công khai", answer="Kín", **fields)
    assert "Câu hỏi không công khai" not in client.get(LIST).content.decode()
    assert client.get(f"/hoi-dap/{hidden.pk}/").status_code == 404


def test_an_answer_of_another_site_is_not_shown_here(client, portal):
    other = build_site(hostname="tayyen.localhost", unit_name="xã Tây Yên", default=False)
    add_questions_section(other.site)
    theirs = published(other.site, title="Câu hỏi của xã Tây Yên")
    assert "Câu hỏi của xã Tây Yên" not in client.get(LIST).content.decode()
    assert client.get(f"/hoi-dap/{theirs.pk}/").status_code == 404
    there = client.get(f"/hoi-dap/{theirs.pk}/", HTTP_HOST="tayyen.localhost")
    assert there.status_code == 200


def test_newest_first_filtered_by_field_and_paginated(client, portal):
    land = add_field("Đất đai")
    roads = add_field("Giao thông")
    now = timezone.now()
    for number in range(22):
        published(
            portal,
            field=land,
            title=f"Đất số {number:02d}",
            published_at=now - datetime.timedelta(hours=number),
        )
    published(portal, field=roads, title="Đường liên ấp", published_at=now)

    first = client.get(LIST).content.decode()
    assert first.index("Đường liên ấp") < first.index("Đất số 00") < first.index("Đất số 01")
    assert "Có 23 câu hỏi" in first

    by_field = client.get(LIST, {"linh_vuc": roads.slug}).content.decode()
    assert "Đường liên ấp" in by_field and "Đất số 00" not in by_field

    second = client.get(LIST, {"trang": 2}).content.decode()
    assert "Đất số 21" in second and "Đất số 00" not in second


def test_the_list_costs_the_same_queries_for_many_answers(client, portal):
    def queries_for_list(marker):
        with CaptureQueriesContext(connection) as captured:
            assert client.get(LIST, {"lan": marker}).status_code == 200
        return len(captured)

    for number in range(2):
        published(portal, field=add_field(), title=f"Câu {number}")
    queries_for_list(0)  # the first request also fills the site and settings caches
    few = queries_for_list(1)
    for number in range(2, 20):
        published(portal, field=add_field(), title=f"Câu {number}")
    assert queries_for_list(2) == few


def test_the_detail_links_the_documents_the_answer_cites(client, portal, committed):
    add_documents_section(portal)
    with committed():
        decision = add_document(portal, "15/2024/QĐ-UBND")
        answer = published(portal, answer="Theo Quyết định số 15/2024/QĐ-UBND, được hỗ trợ.")
    html = client.get(f"/hoi-dap/{answer.pk}/").content.decode()
    assert f'href="/van-ban/{decision.slug}/"' in html
