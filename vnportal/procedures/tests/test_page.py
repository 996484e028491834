"""The public "Thủ tục hành chính" page: search without diacritics, filters, paging, and
only the request's own site's procedures."""

import pytest
from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.db import connection
from django.test.utils import CaptureQueriesContext

from vnportal.procedures.models import PER_PAGE, Procedure

from .conftest import URL, add_procedure

pytestmark = pytest.mark.django_db


def names(response):
    return [p.name for p in response.context["procedures"]]


def test_search_without_diacritics_finds_the_procedure(client, province_procedures):
    response = client.get(URL, {"q": "dang ky khai sinh"})
    assert names(response) == ["Đăng ký khai sinh"]
    assert "Có 1 thủ tục phù hợp." in response.content.decode()


def test_search_with_marks_and_capitals_matches_too(client, province_procedures):
    assert names(client.get(URL, {"q": "CHỨNG THỰC"})) == ["Chứng thực bản sao từ bản chính"]


def test_search_with_no_match_says_so(client, province_procedures):
    html = client.get(URL, {"q": "giay phep lai xe"}).content.decode()
    assert "Không có thủ tục nào phù hợp." in html


def test_filter_by_field_and_level(client, province_procedures):
    assert names(client.get(URL, {"linh_vuc": "Chứng thực"})) == ["Chứng thực bản sao từ bản chính"]
    assert names(client.get(URL, {"cap": "tinh"})) == ["Đăng ký thành lập doanh nghiệp tư nhân"]
    assert names(client.get(URL, {"cap": "xa", "q": "ket hon"})) == ["Đăng ký kết hôn"]


def test_list_is_grouped_by_field_with_headings(client, province_procedures):
    html = client.get(URL).content.decode()
    assert '<h2 id="linh-vuc-1">Lĩnh vực Chứng thực</h2>' in html
    assert "Lĩnh vực Hộ tịch</h2>" in html
    assert html.index("Lĩnh vực Chứng thực") < html.index("Lĩnh vực Hộ tịch")


def test_each_procedure_links_out_marked_for_screen_readers(client, province_procedures):
    html = client.get(URL).content.decode()
    assert 'href="https://dichvucong.gov.vn/" rel="external noopener">Đăng ký khai sinh' in html
    assert "(liên kết ngoài, mở trang Cổng Dịch vụ công)" in html
    assert 'target="_blank"' not in html


def test_another_sites_procedures_never_appear(client, province_procedures, commune_procedure):
    html = client.get(URL, {"q": "khai sinh"}).content.decode()
    assert "Tây Yên" not in html
    commune_html = client.get(URL, HTTP_HOST="tayyen.localhost").content.decode()
    assert "Đăng ký khai sinh cho trẻ ở xã Tây Yên" in commune_html
    assert "Đăng ký kết hôn" not in commune_html


def test_unknown_field_value_gets_a_message_not_an_error(client, province_procedures):
    response = client.get(URL, {"linh_vuc": "Không có"})
    assert response.status_code == 200
    assert "Hãy chọn" in response.content.decode()


def test_long_lists_are_paged(client, province):
    from vnportal.procedures.sections import procedures_section

    procedures_section(province.home, None)
    for number in range(PER_PAGE + 3):
        add_procedure(province.site, f"Thủ tục số {number:02d}", sort_order=number)
    first = client.get(URL)
    assert len(first.context["procedures"]) == PER_PAGE
    assert "Trang sau" in first.content.decode()
    second = client.get(URL, {"trang": 2})
    assert names(second) == [f"Thủ tục số {n:02d}" for n in range(PER_PAGE, PER_PAGE + 3)]


def test_saving_a_procedure_refreshes_the_cached_page(
    client, province_procedures, django_capture_on_commit_callbacks
):
    assert "Cấp bản sao trích lục hộ tịch" not in client.get(URL).content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        add_procedure(province_procedures["birth"].site, "Cấp bản sao trích lục hộ tịch")
    assert "Cấp bản sao trích lục hộ tịch" in client.get(URL).content.decode()


def test_link_outside_the_allowed_portals_gets_a_vietnamese_message(province):
    procedure = Procedure(
        site=province.site,
        name="Đăng ký khai sinh",
        field="Hộ tịch",
        level="xa",
        url="https://dichvucong.example.com/khai-sinh",
    )
    with pytest.raises(ValidationError) as error:
        procedure.full_clean()
    assert "không được phép" in error.value.message_dict["url"][0]


def test_malformed_code_gets_a_vietnamese_message(province):
    procedure = Procedure(
        site=province.site, name="Đăng ký kết hôn", field="Hộ tịch", level="xa", code="12345"
    )
    with pytest.raises(ValidationError) as error:
        procedure.full_clean()
    assert "không đúng dạng" in error.value.message_dict["code"][0]


def queries_for(client, *args):
    cache.clear()
    with CaptureQueriesContext(connection) as captured:
        client.get(*args)
    return len(captured)


def test_page_queries_do_not_grow_with_the_list(client, province):
    from vnportal.procedures.sections import procedures_section

    procedures_section(province.home, None)
    add_procedure(province.site, "Thủ tục 0")
    client.get(URL)
    few = queries_for(client, URL, {"q": "thu tuc"})
    for number in range(1, PER_PAGE):
        add_procedure(province.site, f"Thủ tục {number}", field=f"Lĩnh vực {number % 4}")
    assert queries_for(client, URL, {"q": "thu tuc"}) == few
