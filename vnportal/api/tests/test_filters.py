"""Filters narrow the lists; a value that cannot be right is a 400 that says which."""

import pytest

pytestmark = pytest.mark.django_db

API = "/api/v1/"


def ids(client, path, **query):
    response = client.get(API + path, query)
    assert response.status_code == 200, response.content
    return [item["id"] for item in response.json()["results"]]


def test_articles_by_site_category_topic_and_kind(client, portal):
    assert ids(client, "articles/", site=portal.commune.site.pk) == [portal.copy.pk]
    assert ids(client, "articles/", category=portal.digital.pk) == [portal.older.pk]
    assert ids(client, "articles/", topic=portal.topic.pk) == [portal.article.pk]
    assert ids(client, "articles/", kind="bai") == [portal.older.pk]


@pytest.mark.parametrize("after", ["01/01/2025", "2025-01-01", "1/1/2025"])
def test_articles_by_date_in_either_format(client, portal, after):
    found = ids(client, "articles/", published_after=after, site=portal.province.site.pk)
    assert found == [portal.article.pk]


def test_published_before_includes_the_whole_day(client, portal):
    found = ids(client, "articles/", published_before="10/03/2025", site=portal.province.site.pk)
    assert found == [portal.article.pk, portal.older.pk]
    found = ids(client, "articles/", published_before="09/03/2025", site=portal.province.site.pk)
    assert found == [portal.older.pk]


def test_documents_by_status_kind_number_year_and_body(client, portal):
    doc = portal.document
    assert ids(client, "documents/", status="con-hieu-luc") == [doc.pk]
    assert ids(client, "documents/", status="het-hieu-luc") == []
    assert ids(client, "documents/", kind="quyet-dinh", year=2025) == [doc.pk]
    assert ids(client, "documents/", kind="nghi-dinh") == []
    assert ids(client, "documents/", number="15/2025/qđ-ubnd") == [doc.pk]
    assert ids(client, "documents/", issuing_body=doc.issuing_body_id) == [doc.pk]
    assert ids(client, "documents/", site=portal.commune.site.pk) == []


def test_answers_by_field_and_site(client, portal):
    assert ids(client, "answers/", field=portal.field.pk) == [portal.answer.pk]
    assert ids(client, "answers/", site=portal.commune.site.pk) == []


@pytest.mark.parametrize(
    ("path", "param", "value", "message"),
    [
        ("articles/", "site", "999999", "Không có trang (site) với mã số này."),
        ("articles/", "site", "abc", "Phải là số nguyên từ 1 đến 2147483647."),
        (
            "articles/",
            "published_after",
            "31/02/2025",
            "Ngày không hợp lệ: dùng dd/mm/yyyy hoặc yyyy-mm-dd, năm từ 1900 đến 2100.",
        ),
        ("articles/", "category", "999999", "Không có chuyên mục với mã số này."),
        ("documents/", "year", "20250", "Phải là số nguyên từ 1900 đến 2100."),
        ("alerts/", "active", "maybe", "Chỉ nhận true hoặc false."),
        ("answers/", "field", "999999", "Không có lĩnh vực với mã số này."),
        ("sites/", "page_size", "101", "Phải là số nguyên từ 1 đến 100."),
    ],
)
def test_bad_values_are_a_400_naming_the_parameter(client, portal, path, param, value, message):
    response = client.get(API + path, {param: value})
    assert response.status_code == 400
    assert response.json() == {
        "detail": "Tham số truy vấn không hợp lệ.",
        "errors": {param: message},
    }


def test_a_bad_status_lists_the_accepted_ones(client, portal):
    response = client.get(API + "documents/", {"status": "con-hieu-luc-khong"})
    assert response.status_code == 400
    message = response.json()["errors"]["status"]
    assert message.startswith("Giá trị không hợp lệ; chọn một trong: ")
    assert "het-hieu-luc-mot-phan" in message


def test_every_bad_parameter_is_reported_at_once(client, portal):
    response = client.get(API + "articles/", {"site": "0", "kind": "x", "page": "-1"})
    assert set(response.json()["errors"]) == {"site", "kind", "page"}
