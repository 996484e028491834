"""Whatever is typed, the engine answers (possibly nothing) and says why in Vietnamese."""

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from wagtail.models import Site

from vnportal.search.engine import MAX_QUERY, search, suggest_titles
from vnportal.search.results import SearchRequest

from .corpus import doc, index

pytestmark = pytest.mark.django_db

NASTY = [
    "",
    "   ",
    "đường " * 1000,
    '"',
    '"""',
    "*",
    "-",
    "- -",
    ":",
    "title:xã",
    "NEAR(a b)",
    "a AND b OR NOT c",
    "(((",
    ")",
    "🌧️🌊",
    "lũ 🌊 lụt",
    "\u0301",
    "a\u0301\u0301\u0301",
    "\u200b\u200c\u200d",
    "x\u0323\u0309",
    "'; DROP TABLE vnsearch_fts; --",
    "\x00",
    "a:*",
    "!&|<->",
]


@pytest.fixture
def indexed():
    site = Site.objects.get(is_default_site=True)
    return index(doc(site, "Mưa lũ ở đường tỉnh", "Đường ngập."))


@pytest.mark.parametrize("text", NASTY)
def test_nasty_queries_get_an_answer(indexed, text):
    results = search(SearchRequest(text))
    assert results.total >= 0
    suggest_titles(text, None)


def test_an_empty_query_asks_for_words(indexed):
    assert search(SearchRequest("")).message == "Hãy nhập từ cần tìm, ví dụ: nông thôn mới."
    assert "không có chữ hay số" in search(SearchRequest("🌊 ***")).message


def test_a_very_long_query_is_cut_and_says_so(indexed):
    results = search(SearchRequest("đường " * 1000))
    assert len(results.query.original) <= MAX_QUERY
    assert str(MAX_QUERY) in results.message
    assert results.total == 1


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.text(max_size=80))
def test_any_text_is_searchable(indexed, text):
    results = search(SearchRequest(text))
    assert results.total in (0, 1)
