"""Title suggestions as the reader types: /tim-kiem/goi-y/?q=… answers JSON."""

import dataclasses

import pytest

from vnportal.testing.builders import build_site

from .corpus import doc, index

pytestmark = pytest.mark.django_db

URL = "/tim-kiem/goi-y/"
COMMUNE_HOST = "tayyen.localhost"


@pytest.fixture
def commune(province):
    return build_site(hostname=COMMUNE_HOST, unit_name="xã Tây Yên", default=False)


@pytest.fixture
def titles(province, commune):
    return index(
        dataclasses.replace(doc(province.site, "Nông thôn mới kiểu mẫu"), url_path="/ntm/"),
        dataclasses.replace(doc(province.site, "Nông nghiệp công nghệ cao"), url_path="/nn/"),
        dataclasses.replace(doc(commune.site, "Nông thôn mới ở Tây Yên"), url_path="/ntm-xa/"),
        doc(province.site, "Chuyển đổi số"),
    )


def suggestions(client, **params):
    response = client.get(URL, params)
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    return response.json()


def test_titles_of_this_site_that_start_with_what_was_typed(client, titles):
    data = suggestions(client, q="nong tho")
    assert data == {
        "query": "nong tho",
        "suggestions": [{"title": "Nông thôn mới kiểu mẫu", "url": "/ntm/"}],
    }


def test_whole_province_on_request_with_absolute_links_to_other_sites(client, titles):
    data = suggestions(client, q="nông thôn", **{"pham-vi": "tinh"})
    assert sorted(item["url"] for item in data["suggestions"]) == [
        "/ntm/",
        f"http://{COMMUNE_HOST}/ntm-xa/",
    ]


def test_the_commune_gets_its_own_titles(client, titles):
    response = client.get(URL, {"q": "nong thon"}, HTTP_HOST=COMMUNE_HOST)
    assert [item["title"] for item in response.json()["suggestions"]] == ["Nông thôn mới ở Tây Yên"]


@pytest.mark.parametrize("typed", ["", " ", "n", "  n  "])
def test_nothing_is_suggested_for_less_than_two_characters(client, titles, typed):
    assert suggestions(client, q=typed)["suggestions"] == []


def test_no_parameter_at_all(client, titles):
    assert suggestions(client) == {"query": "", "suggestions": []}


def test_answers_may_be_cached_by_anyone_for_a_few_minutes(client, titles):
    response = client.get(URL, {"q": "nong"})
    cache_control = response["Cache-Control"]
    assert "public" in cache_control
    assert "max-age=300" in cache_control


@pytest.mark.parametrize(
    "typed",
    [
        '"',
        "nông*",
        "-",
        ":",
        "NEAR(a b)",
        "a AND b",
        "((",
        "🌊🌊",
        "\u0301",
        "\u200b\u200b",
        "x" * 5000,
    ],
)
def test_odd_input_gets_an_answer(client, titles, typed):
    data = suggestions(client, q=typed)
    assert isinstance(data["suggestions"], list)
    assert len(data["query"]) <= 100


def test_suggestion_queries_do_not_grow_with_the_titles(client, titles, province, settings):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    settings.VNPORTAL_PAGE_CACHE = False

    def queries():
        with CaptureQueriesContext(connection) as captured:
            suggestions(client, q="nong")
        return len(captured)

    index(doc(province.site, "Nông sản vụ đầu"))
    queries()
    few = queries()
    index(*(doc(province.site, f"Nông sản vụ {n}") for n in range(6)))
    queries()
    assert queries() == few
