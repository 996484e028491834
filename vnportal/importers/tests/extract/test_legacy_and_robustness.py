"""Pages in TCVN3, and bytes that are not a page at all."""

import datetime

from hypothesis import given, settings
from hypothesis import strategies as st

from vnportal.importers.extract import extract_html, extract_text, plain_text
from vnportal.vntext.legacy import encode_tcvn3

TITLE = "Thông báo lịch tiếp công dân của Chủ tịch xã Tây Yên"
PAGE = (
    "<html><head>{meta}<title>" + TITLE + " - Trang thông tin xã</title></head><body>"
    '<div class="menu"><a href="/">Trang chủ</a> <a href="/tin">Tin tức</a></div>'
    "<h1>" + TITLE + "</h1><div class='ngay'>Ngày đăng: 08/07/2024 11:38</div>"
    "<div class='noidung'><p>Chủ tịch xã tiếp công dân vào sáng thứ Năm hằng tuần tại trụ sở, "
    "người dân nhớ mang theo giấy tờ tùy thân.</p><p>Mọi ý kiến gửi về bộ phận một cửa để "
    "được hướng dẫn và giải quyết đúng hạn.</p></div></body></html>"
)


def _tcvn3_page(meta: str) -> bytes:
    return encode_tcvn3(PAGE.format(meta=meta))


def test_tcvn3_page_without_charset_is_converted():
    data = _tcvn3_page("")
    assert TITLE.encode("utf-8") not in data
    page = extract_html(data)
    assert page.encoding == "tcvn3"
    assert page.title == TITLE
    assert page.published_at == datetime.datetime(2024, 7, 8, 11, 38)
    assert plain_text(page.body_html).startswith(
        "Chủ tịch xã tiếp công dân vào sáng thứ Năm hằng tuần tại trụ sở"
    )


def test_tcvn3_page_declared_windows_1252_is_converted():
    data = _tcvn3_page('<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">')
    page = extract_html(data)
    assert page.encoding == "tcvn3"
    assert page.title == TITLE
    assert "giải quyết đúng hạn" in page.body_html


def test_tcvn3_text_file_is_converted():
    text = (
        "Tin nổi bật:\n\nThông báo lịch tiếp công dân của Chủ tịch xã\n\n(08:00 | 05/07/2024)\n\n"
        "Chủ tịch xã tiếp công dân vào sáng thứ Năm hằng tuần tại trụ sở.\n\n"
        "Người dân mang theo giấy tờ tùy thân khi đến làm việc.\n"
    )
    page = extract_text(encode_tcvn3(text))
    assert page.encoding == "tcvn3"
    assert page.title == "Thông báo lịch tiếp công dân của Chủ tịch xã"
    assert page.published_at == datetime.datetime(2024, 7, 5, 8, 0)


def test_unsure_encoding_is_reported_in_vietnamese(monkeypatch):
    from vnportal.vntext import legacy

    def unsure(data, declared=None):
        return legacy.Repaired(text=data.decode("cp1252"), encoding="tcvn3", unsure=True)

    monkeypatch.setattr(legacy, "decode_bytes", unsure)
    page = extract_html(b"<html><body><h1>Tin t\xf8c</h1><p>Ch\xb7 c\xf3</p></body></html>")
    assert "Không chắc bảng mã: có thể là TCVN3" in page.warnings


def test_empty_bytes_give_an_empty_page_with_a_warning():
    for extract in (extract_html, extract_text):
        page = extract(b"")
        assert page.kind in ("page", "listing")
        assert page.body_html == ""
        assert page.warnings


def test_binary_file_saved_as_html_is_reported():
    page = extract_html(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 20)
    assert page.warnings == ["Tệp không phải trang HTML"]
    assert page.body_html == ""


def test_truncated_page_still_gives_its_text():
    data = (
        "<html><head><title>Hội nghị sơ kết 6 tháng - Cổng xã</title></head><body><h1>Hội nghị "
        "sơ kết 6 tháng</h1><div>Ngày đăng: 10/07/2024</div><div><p>Sáng nay Ủy ban nhân dân "
        "xã tổ chức hội nghị sơ kết công tác 6 tháng đầu năm với sự tham dự của các ngành"
    ).encode()
    page = extract_html(data)
    assert page.title == "Hội nghị sơ kết 6 tháng"
    assert page.published_at == datetime.datetime(2024, 7, 10)
    assert "sơ kết công tác 6 tháng đầu năm" in page.body_html


def test_page_of_markup_without_text_is_not_an_error():
    page = extract_html(b"<html><body><script>var a=1;</script><div></div></body></html>")
    assert page.body_html == ""
    assert page.warnings


@settings(max_examples=150, deadline=None)
@given(st.binary(max_size=3000))
def test_any_bytes_never_raise(data):
    for extract in (extract_html, extract_text):
        page = extract(data)
        assert page.kind in ("article", "page", "listing")


_TAGS = st.sampled_from(
    [
        "<p>",
        "</p>",
        "<div class='share'>",
        "</div>",
        "<table><tr><td>",
        "</td></tr>",
        "<br>",
        "<h1>",
        "</h1>",
        "<a href='x.pdf'>",
        "</a>",
        "<img src='a.jpg' alt='ả'>",
        "<script>",
        "<!--",
        "-->",
        "<ul><li>",
        "</ul>",
        "Ngày đăng: 08/07/2024 11:38",
        "Tin liên quan",
        "Chia sẻ",
        "Đảng bộ xã",
        "\u0300",
        "&nbsp;",
        "&#xffff;",
        "<",
        ">",
        "\x00",
        "</html>",
    ]
)


@settings(max_examples=150, deadline=None)
@given(st.lists(_TAGS, max_size=60))
def test_any_broken_markup_never_raises(parts):
    page = extract_html("".join(parts).encode("utf-8", "surrogatepass"))
    assert page.kind in ("article", "page", "listing")
    assert "<script" not in page.body_html
