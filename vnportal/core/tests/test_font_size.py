import pytest

from vnportal.core.reading import FONT_SIZE_COOKIE, FONT_SIZE_STEPS

pytestmark = pytest.mark.django_db


def test_larger_text_link_sets_cookie_and_returns_to_page(client, province):
    response = client.get("/co-chu/lon/?next=/tin-tuc/")
    assert response.status_code == 302
    assert response["Location"] == "/tin-tuc/"
    cookie = response.cookies[FONT_SIZE_COOKIE]
    assert cookie.value == "1"
    assert cookie["max-age"] >= 30 * 24 * 3600


def test_chosen_size_is_applied_on_every_page(client, province):
    client.get("/co-chu/lon/?next=/")
    client.get("/co-chu/lon/?next=/")
    for url in ("/", "/tin-tuc/"):
        html = client.get(url).content.decode()
        assert '<html lang="vi" class="co-chu-2">' in html


def test_size_stays_within_its_steps(client, province):
    for _ in range(len(FONT_SIZE_STEPS) + 3):
        client.get("/co-chu/lon/")
    assert client.cookies[FONT_SIZE_COOKIE].value == str(len(FONT_SIZE_STEPS) - 1)
    for _ in range(len(FONT_SIZE_STEPS) + 3):
        client.get("/co-chu/nho/")
    assert client.cookies[FONT_SIZE_COOKIE].value == "0"


def test_garbage_cookie_falls_back_to_normal_size(client, province):
    client.cookies[FONT_SIZE_COOKIE] = "<script>"
    html = client.get("/").content.decode()
    assert '<html lang="vi" class="co-chu-0">' in html


@pytest.mark.parametrize(
    "target", ["https://evil.example/", "//evil.example/", "javascript:alert(1)"]
)
def test_next_parameter_is_never_an_open_redirect(client, province, target):
    response = client.get("/co-chu/lon/", {"next": target})
    assert response["Location"] == "/"


def test_unknown_direction_is_not_found(client, province):
    assert client.get("/co-chu/khong-biet/").status_code == 404
