"""A published answer is found by the site search and links the documents it cites; an
answer that is not public is in neither, and no personal data reaches the index."""

import datetime

import pytest
from django.core.cache import cache

from vnportal.feedback.models import State
from vnportal.search.engine import search
from vnportal.search.models import SearchEntry
from vnportal.search.results import SearchRequest
from vnportal.testing.builders import add_document, add_documents_section, build_site

from .builders import add_questions_section, add_submission

pytestmark = pytest.mark.django_db


@pytest.fixture
def site():
    cache.clear()
    site = build_site().site
    add_questions_section(site)
    add_documents_section(site)
    return site


def test_a_published_answer_is_searchable_without_the_persons_data(site, committed):
    with committed():
        answer = add_submission(
            site,
            title="Hỏi về hỗ trợ học phí cho con hộ nghèo",
            name="Trần Văn Bí Mật",
            email="bimat@example.com",
            state=State.PUBLISHED,
            may_publish=True,
            answer="Học sinh thuộc hộ nghèo được miễn học phí.",
        )
    hits = search(SearchRequest("ho tro hoc phi ho ngheo", site_ids=(site.pk,))).hits
    assert [hit.object_id for hit in hits] == [answer.pk]
    assert hits[0].url_path == f"/hoi-dap/{answer.pk}/"
    entry = SearchEntry.objects.get(source="answer")
    assert "Bí Mật" not in entry.title + entry.body and "bimat" not in entry.body


def test_an_answer_the_person_did_not_allow_to_publish_is_not_found(site, committed):
    with committed():
        add_submission(
            site,
            title="Hỏi về hỗ trợ học phí",
            state=State.PUBLISHED,
            may_publish=False,
            answer="Được miễn.",
        )
        add_submission(site, title="Hỏi về học phí khác", state=State.ANSWERED, answer="Có.")
    assert search(SearchRequest("hoc phi", site_ids=(site.pk,))).hits == []


def test_the_answer_links_the_documents_it_cites(site, committed):
    with committed():
        decision = add_document(site, "15/2024/QĐ-UBND", issued_on=datetime.date(2024, 5, 2))
        answer = add_submission(
            site,
            state=State.PUBLISHED,
            may_publish=True,
            answer="Theo Quyết định số 15/2024/QĐ-UBND, mức hỗ trợ là 500.000 đồng.",
        )
    from vnportal.core.linked_text import linked_html

    html = linked_html(answer, "answer")
    assert f'href="/van-ban/{decision.slug}/"' in html
    answer.state = State.CLOSED
    with committed():
        answer.save()
    assert linked_html(answer, "answer") is None
