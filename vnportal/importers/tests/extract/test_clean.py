"""What survives in the cleaned body of a page."""

import re

from vnportal.importers.extract import extract_html, plain_text

ALLOWED = {
    "p", "h2", "h3", "h4", "ul", "ol", "li", "blockquote", "table", "thead", "tbody", "tr",
    "th", "td", "a", "img", "strong", "b", "em", "i", "br", "figure", "figcaption",
}  # fmt: skip


def _body(inner: str) -> str:
    html = (
        "<html><head><title>Tin - Cổng xã</title></head><body><h1>Tin thử</h1>"
        "<div>Ngày đăng: 08/07/2024 11:38</div>"
        f"<div class='noidung'>{inner}</div></body></html>"
    )
    return extract_html(html.encode()).body_html


LONG = "Người dân trong xã tham gia đông đủ và góp nhiều ý kiến thiết thực cho địa phương. "


def test_only_allowed_tags_and_attributes_remain():
    body = _body(
        f'<section><h1 style="color:red">Phần một</h1><p class="x" id="y" onclick="a()">'
        f'<span style="font-weight:bold"><font face="Arial">{LONG}</font></span>'
        f'<u>gạch chân</u> <a href="/tin/1.html" onmouseover="b()" target="_blank">đọc thêm</a>'
        f'</p><h5>Tiểu mục</h5><iframe src="https://video"></iframe><form><input name="q">'
        f"</form><object data='x.swf'></object><p>{LONG}</p></section>"
    )
    tags = set(re.findall(r"<(\w+)", body))
    assert tags <= ALLOWED
    attributes = set(re.findall(r"\s([\w-]+)=", body))
    assert attributes <= {"href", "src", "alt", "colspan", "rowspan"}
    assert "<h2>Phần một</h2>" in body
    assert "<h4>Tiểu mục</h4>" in body
    assert '<a href="/tin/1.html">đọc thêm</a>' in body
    assert "gạch chân" in body


def test_javascript_links_keep_their_words_only():
    body = _body(f'<p>{LONG}<a href="javascript:void(0)">xem ảnh</a></p>')
    assert "javascript" not in body
    assert "xem ảnh" in body


def test_hidden_blocks_and_spacer_images_are_dropped():
    body = _body(
        f'<p>{LONG}</p><div style="display: none">Nội dung ẩn</div>'
        '<p><img src="/images/spacer.gif" alt=""><img src="/a.jpg" width="1" height="1"></p>'
    )
    assert "Nội dung ẩn" not in body
    assert "<img" not in body


def test_double_line_breaks_split_paragraphs_and_nbsp_runs_disappear():
    body = _body(f"&nbsp;&nbsp;{LONG}<br><br>&nbsp;Đoạn thứ hai.<br>Dòng tiếp theo.<p>&nbsp;</p>")
    assert plain_text(body).splitlines() == [
        LONG.strip(),
        "Đoạn thứ hai. Dòng tiếp theo.",
    ]
    assert body.count("<p>") == 2
    assert "<p> </p>" not in body


def test_stray_paragraph_ends_break_lines_as_a_browser_does():
    body = _body(f"Dòng đầu của bài viết</p>Dòng thứ hai của bài viết</p><p>{LONG}</p>")
    assert plain_text(body).splitlines()[:2] == [
        "Dòng đầu của bài viết",
        "Dòng thứ hai của bài viết",
    ]


def test_layout_table_with_one_cell_is_unwrapped_and_data_table_is_kept():
    body = _body(
        f"<table><tr><td><p>{LONG}</p></td></tr></table>"
        "<table><tr><td>Ấp</td><td>Số hộ</td></tr><tr><td>Thứ Ba</td><td>412</td></tr></table>"
    )
    assert body.startswith(f"<p>{LONG.strip()}</p>")
    assert "<tr><td>Thứ Ba</td><td>412</td></tr>" in body


def test_share_print_and_font_size_toolbar_is_dropped_but_dashes_stay():
    body = _body(
        f'<p>{LONG}</p><div class="tool"><a href="#">Chia sẻ</a> | <a href="#">In bài</a> | '
        'Xem với cỡ chữ <a href="#">A</a><a href="#">A</a></div><p><strong>- </strong>Mục một</p>'
    )
    assert "Chia sẻ" not in body and "In bài" not in body and "cỡ chữ" not in body
    assert "- </strong>Mục một" in body


def test_related_news_after_the_article_is_dropped():
    body = _body(
        f"<p>{LONG}</p><p><strong>Các tin khác:</strong></p>"
        '<ul><li><a href="/t/1">Một tin cũ</a></li></ul><p>Tin cũ nữa</p>'
    )
    assert "Một tin cũ" not in body
    assert "Tin cũ nữa" not in body
    assert LONG.strip() in body
