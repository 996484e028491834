"""What every API answer shares: pagination, validators, CORS, methods, rate limit."""

import pytest

from vnportal.testing.builders import add_articles

pytestmark = pytest.mark.django_db

API = "/api/v1/"


def test_pages_of_a_list_link_to_each_other(client, portal):
    add_articles(portal.news, 3)  # 6 public articles in all
    first = client.get(API + "articles/", {"page_size": 4}).json()
    assert first["count"] == 6
    assert len(first["results"]) == 4
    assert first["previous"] is None
    assert first["next"] == "http://testserver/api/v1/articles/?page_size=4&page=2"
    second = client.get(first["next"]).json()
    assert len(second["results"]) == 2
    assert second["next"] is None
    assert second["previous"] == "http://testserver/api/v1/articles/?page_size=4&page=1"
    seen = [a["id"] for a in first["results"] + second["results"]]
    assert len(set(seen)) == 6


def test_default_page_size_is_twenty(client, portal):
    add_articles(portal.news, 20)
    body = client.get(API + "articles/").json()
    assert len(body["results"]) == 20
    assert body["next"].endswith("page=2")


def test_a_page_past_the_end_is_a_404_in_vietnamese(client, portal):
    response = client.get(API + "articles/", {"page": 5})
    assert response.status_code == 404
    assert response.json() == {"detail": "Trang 5 không tồn tại; danh sách có 1 trang."}


def test_unknown_or_malformed_ids_are_json_404s(client, portal):
    for path in ("articles/0/", "articles/abc/", "documents/99999999999999999999/"):
        response = client.get(API + path)
        assert response.status_code == 404
        assert response["Content-Type"] == "application/json; charset=utf-8"


def test_etag_gives_304_until_the_content_changes(client, portal):
    first = client.get(API + "articles/")
    etag = first["ETag"]
    assert etag.startswith('"')
    again = client.get(API + "articles/", headers={"If-None-Match": etag})
    assert again.status_code == 304
    assert again.content == b""
    assert again["ETag"] == etag
    portal.older.title = "Tiêu đề đã sửa"
    portal.older.save_revision().publish()
    changed = client.get(API + "articles/", headers={"If-None-Match": etag})
    assert changed.status_code == 200
    assert changed["ETag"] != etag


def test_last_modified_and_if_modified_since(client, portal):
    response = client.get(API + f"documents/{portal.document.pk}/")
    last_modified = response["Last-Modified"]
    assert last_modified.endswith("GMT")
    cached = client.get(
        API + f"documents/{portal.document.pk}/", headers={"If-Modified-Since": last_modified}
    )
    assert cached.status_code == 304
    stale = client.get(
        API + f"documents/{portal.document.pk}/",
        headers={"If-Modified-Since": "Mon, 01 Jan 2024 00:00:00 GMT"},
    )
    assert stale.status_code == 200


def test_cors_allows_any_origin_by_default(client, portal):
    response = client.get(API + "sites/", headers={"Origin": "https://dulieu.example.org"})
    assert response["Access-Control-Allow-Origin"] == "*"
    assert "ETag" in response["Access-Control-Expose-Headers"]


def test_cors_preflight_is_answered(client, portal):
    response = client.options(
        API + "articles/",
        headers={"Origin": "https://dulieu.example.org", "Access-Control-Request-Method": "GET"},
    )
    assert response.status_code == 204
    assert response["Access-Control-Allow-Origin"] == "*"
    assert response["Access-Control-Allow-Methods"] == "GET, HEAD, OPTIONS"
    assert "If-None-Match" in response["Access-Control-Allow-Headers"]


def test_cors_with_a_list_of_origins(client, portal, settings):
    settings.API_CORS_ALLOWED_ORIGINS = ["https://dulieu.example.org"]
    allowed = client.get(API + "sites/", headers={"Origin": "https://dulieu.example.org"})
    assert allowed["Access-Control-Allow-Origin"] == "https://dulieu.example.org"
    assert "Origin" in allowed["Vary"]
    other = client.get(API + "sites/", headers={"Origin": "https://khac.example.com"})
    assert "Access-Control-Allow-Origin" not in other


def test_no_cors_outside_the_api(client, portal):
    response = client.get("/", headers={"Origin": "https://dulieu.example.org"})
    assert "Access-Control-Allow-Origin" not in response


def test_writing_is_refused(client, portal):
    response = client.post(API + "articles/", {"title": "x"})
    assert response.status_code == 405
    assert response["Allow"] == "GET, HEAD, OPTIONS"
    assert response.json()["detail"] == "API chỉ cho phép đọc dữ liệu (GET, HEAD, OPTIONS)."


def test_too_many_requests_get_a_429_with_retry_after(client, portal, settings):
    settings.API_RATE_PER_MINUTE = 3
    for _ in range(3):
        assert client.get(API + "sites/").status_code == 200
    response = client.get(API + "sites/")
    assert response.status_code == 429
    wait = int(response["Retry-After"])
    assert 1 <= wait <= 60
    assert response.json()["detail"] == (
        f"Bạn đã gửi quá nhiều yêu cầu. Vui lòng thử lại sau {wait} giây."
    )
    # Another address has its own allowance.
    assert client.get(API + "sites/", REMOTE_ADDR="10.0.0.9").status_code == 200


def test_the_limit_follows_the_address_the_trusted_proxy_reports(client, portal, settings):
    settings.API_RATE_PER_MINUTE = 1
    settings.VNPORTAL_TRUSTED_PROXY = True
    first = client.get(API + "sites/", headers={"X-Forwarded-For": "203.0.113.5"})
    assert first.status_code == 200
    blocked = client.get(API + "sites/", headers={"X-Forwarded-For": "203.0.113.5"})
    assert blocked.status_code == 429
    other = client.get(API + "sites/", headers={"X-Forwarded-For": "203.0.113.6"})
    assert other.status_code == 200


def test_the_schema_describes_every_endpoint(client, db):
    schema = client.get(API + "openapi.json").json()
    assert schema["openapi"].startswith("3.")
    assert set(schema["paths"]) == {
        "/sites/",
        "/sites/{id}/",
        "/units/",
        "/categories/",
        "/topics/",
        "/articles/",
        "/articles/{id}/",
        "/documents/",
        "/documents/{id}/",
        "/answers/",
        "/answers/{id}/",
        "/alerts/",
        "/alerts/{id}/",
        "/schedules/",
        "/schedules/{id}/",
    }
    responses = schema["paths"]["/articles/"]["get"]["responses"]
    assert {"200", "304", "400", "404", "429"} <= set(responses)


def test_a_full_page_costs_a_fixed_number_of_queries(client, portal, django_assert_max_num_queries):
    add_articles(portal.news, 30)
    client.get(API + "articles/", {"page_size": 5})  # warm Wagtail's per-site lookups
    with django_assert_max_num_queries(15):
        body = client.get(API + "articles/", {"page_size": 100}).json()
    assert len(body["results"]) == 33


def test_head_answers_like_get_without_a_body(client, portal):
    got = client.get(API + "sites/")
    head = client.head(API + "sites/")
    assert head.status_code == 200
    assert head.content == b""
    assert head["ETag"] == got["ETag"]
