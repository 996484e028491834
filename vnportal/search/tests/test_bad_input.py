"""Whatever is typed into the box or put in the address, the results page answers with a
page (possibly empty) and a Vietnamese sentence, on the real engine: never an error."""

import re
import unicodedata
from html import unescape

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from .corpus import doc, index

pytestmark = pytest.mark.django_db

URL = "/tim-kiem/"


@pytest.fixture
def indexed(province):
    return index(
        doc(province.site, "Hòa giải ở cơ sở", "Tổ hòa giải xã họp bàn về đường điện."),
        doc(province.site, "Mưa lũ ở đường tỉnh", "Đường ngập sâu."),
    )


def visible_text(response):
    html = response.content.decode()
    main = html[html.index("<main") : html.index("</main>")]
    return " ".join(unescape(re.sub(r"<[^>]+>", "", main)).split())


def get(client, **params):
    response = client.get(URL, params)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/html")
    return response


QUERIES = {
    "empty": ("", "Hãy nhập từ cần tìm"),
    "spaces": ("   ", "Hãy nhập từ cần tìm"),
    "5000 characters": ("đường " * 834, "quá dài nên chỉ tìm theo 500 ký tự đầu"),
    "straight quote": ('"', "không có chữ hay số nào để tìm"),
    "unclosed phrase": ('"hòa giải', "Tìm thấy 1 kết quả"),
    "star": ("hòa*", "Tìm thấy 1 kết quả"),
    "only a minus": ("-", "không có chữ hay số nào để tìm"),
    "only negated": ("-hòa", "Tìm thấy 1 kết quả"),
    "colon column filter": ("title:đường", "Không tìm thấy kết quả nào cho “title:đường”"),
    "NEAR": ("NEAR(hòa giải)", "cho “NEAR(hòa giải)”"),
    "AND OR NOT": ("hòa AND giải OR NOT", "cho “hòa AND giải OR NOT”"),
    "parentheses": ("((hòa giải", "cho “((hòa giải”"),
    "closing parenthesis": (")", "không có chữ hay số nào để tìm"),
    "emoji only": ("🌧️🌊", "không có chữ hay số nào để tìm"),
    "emoji among words": ("mưa 🌊 lũ", "Tìm thấy 1 kết quả"),
    "NFD": (unicodedata.normalize("NFD", "hòa giải"), "Tìm thấy 1 kết quả"),
    "NFD and NFC mixed": (unicodedata.normalize("NFD", "hòa") + " giải", "Tìm thấy 1 kết quả"),
    "zero-width characters": ("hò\u200ba gi\u200dải\ufeff", "Tìm thấy 1 kết quả"),
    "zero-width only": ("\u200b\u200c\u200d", "Hãy nhập từ cần tìm"),
    "lone combining mark": ("\u0301", "Hãy nhập từ cần tìm"),
    "stacked marks": ("a\u0301\u0301\u0301", "cho “á”"),
    "SQL": ("'; DROP TABLE vnsearch_fts; --", "Không tìm thấy kết quả nào"),
    "NUL": ("\x00", "Hãy nhập từ cần tìm"),
    "operators": ("!&|<->", "không có chữ hay số nào để tìm"),
}


@pytest.mark.parametrize("typed, said", QUERIES.values(), ids=QUERIES.keys())
def test_any_query_gets_a_page_with_a_vietnamese_sentence(client, indexed, typed, said):
    text = visible_text(get(client, q=typed))
    assert said in text


PARAMETERS = {
    "unknown kind": ({"loai": "xyz"}, "Không có loại nội dung như trong địa chỉ"),
    "category not a number": ({"chuyen-muc": "abc"}, "Cổng này không có chuyên mục"),
    "category of nowhere": ({"chuyen-muc": "987654"}, "Cổng này không có chuyên mục"),
    "negative page": ({"trang": "-1"}, "Số trang trong địa chỉ không hợp lệ"),
    "page not a number": ({"trang": "hai"}, "Số trang trong địa chỉ không hợp lệ"),
    "page zero": ({"trang": "0"}, "Số trang trong địa chỉ không hợp lệ"),
    "page far past the last": ({"trang": "999999"}, "Kết quả chỉ có 1 trang"),
    "page of forty digits": ({"trang": "9" * 40}, "Kết quả chỉ có 1 trang"),
    "unknown sort": ({"sap-xep": "foo"}, "Không có cách sắp xếp như trong địa chỉ"),
    "unknown scope": ({"pham-vi": "vu-tru"}, "Phạm vi tìm kiếm trong địa chỉ không hợp lệ"),
    "31 February": ({"tu-ngay": "31/02/2025"}, "“31/02/2025” không phải là một ngày có thật"),
    "date in words": ({"den-ngay": "hôm qua"}, "“hôm qua” không phải là một ngày có thật"),
    "year 9999": ({"den-ngay": "31/12/9999"}, "“31/12/9999” không phải là một ngày có thật"),
    "year 1": ({"tu-ngay": "01/01/0001"}, "không phải là một ngày có thật"),
    "long date": ({"tu-ngay": "1" * 5000}, "“11111111111111111111…” không phải"),
}


@pytest.mark.parametrize("params, said", PARAMETERS.values(), ids=PARAMETERS.keys())
def test_a_bad_parameter_is_left_out_with_a_message_and_the_search_still_runs(
    client, indexed, params, said
):
    text = visible_text(get(client, q="hòa giải", **params))
    assert said in text
    assert "Tìm thấy 1 kết quả" in text


def test_a_bad_date_is_said_next_to_its_field(client, indexed):
    html = get(client, q="hòa giải", **{"tu-ngay": "31/02/2025"}).content.decode()
    field = re.search(r'<div class="search-field has-error">.*?</div>', html, re.S).group(0)
    assert 'name="tu-ngay" value="31/02/2025"' in field
    assert 'aria-invalid="true"' in field
    assert "không phải là một ngày có thật" in field


def test_every_bad_parameter_at_once(client, indexed):
    response = get(
        client,
        q='"',
        loai="xyz",
        trang="-1",
        **{"chuyen-muc": "abc", "sap-xep": "foo", "tu-ngay": "31/02/2025", "den-ngay": "x"},
    )
    text = visible_text(response)
    assert "không có chữ hay số nào để tìm" in text
    assert "Không có loại nội dung như trong địa chỉ" in text


def test_repeated_parameters_take_the_last(client, indexed):
    response = client.get(URL + "?q=x&q=hòa+giải&loai=page&loai=news")
    assert response.status_code == 200
    assert "Tìm thấy 1 kết quả" in visible_text(response)


def test_bad_input_on_another_host_of_the_installation(client, indexed):
    response = client.get(URL, {"q": "\u0301", "trang": "x"}, HTTP_HOST="khong-co.localhost")
    # An unknown host is served by the default site, as every other page is.
    assert response.status_code == 200


ADDRESS_PARAMETERS = [
    "q",
    "loai",
    "chuyen-muc",
    "tu-ngay",
    "den-ngay",
    "sap-xep",
    "pham-vi",
    "trang",
]


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.dictionaries(st.sampled_from(ADDRESS_PARAMETERS), st.text(max_size=40), max_size=8))
def test_any_address_gets_a_results_page(client, indexed, params):
    response = client.get(URL, params)
    assert response.status_code == 200
    assert '<html lang="vi"' in response.content.decode()
    response = client.get("/tim-kiem/goi-y/", params)
    assert response.status_code == 200
    assert isinstance(response.json()["suggestions"], list)
