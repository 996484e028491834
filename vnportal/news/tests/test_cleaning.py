"""Text pasted from Word or copied from a web page is stored clean."""

import re
import unicodedata
from pathlib import Path

import pytest

from vnportal.news.cleaning import clean_rich_text
from vnportal.news.models import ArticlePage
from vnportal.testing.builders import add_article

FIXTURES = Path(__file__).parent / "fixtures"
# What may never reach the database from a paste.
DIRT = re.compile(
    r"style=|class=|lang=|<span|<font|<div|<o:|</o:|mso-|<script|<style|<iframe|<table"
    r"|on\w+=|javascript:|@font-face|supportLists|\[if|<img|<xml|Times New Roman",
    re.IGNORECASE,
)


def fixture(name):
    return (FIXTURES / name).read_text(encoding="utf-8")


def test_a_word_export_keeps_its_text_bold_italic_links_and_lists_only():
    cleaned = clean_rich_text(fixture("word-export.html"))
    assert not DIRT.findall(cleaned), DIRT.findall(cleaned)
    assert cleaned == unicodedata.normalize("NFC", cleaned)
    assert "<b>HỘI NGHỊ SƠ KẾT CÔNG TÁC CHUYỂN ĐỔI SỐ 6 THÁNG ĐẦU NĂM</b>" in cleaned
    assert "<i>6 tháng đầu năm</i>" in cleaned
    assert "<b>đồng chí Nguyễn Văn Mẫu</b>" in cleaned
    assert '<a href="https://dichvucong.gov.vn/">Cổng Dịch vụ công quốc gia</a>' in cleaned
    # Word's bulleted and numbered paragraphs become lists, without Word's markers.
    assert (
        "<ul><li>Hoàn thành cấp tài khoản định danh điện tử cho người dân;</li>"
        "<li>Tuyên truyền thanh toán không dùng tiền mặt tại chợ xã;</li>"
        "<li>Duy trì tổ công nghệ số cộng đồng ở 12 ấp.</li></ul>"
    ) in cleaned
    assert "<ol><li>Nâng tỷ lệ hồ sơ trực tuyến toàn trình;</li>" in cleaned
    assert "·" not in cleaned and "<li>1." not in cleaned and "<li>2." not in cleaned
    # The table's text stays, one paragraph per row.
    assert "<p>Chỉ tiêu | Kết quả</p><p>Hồ sơ trực tuyến | 87,5%</p>" in cleaned
    # Nothing of the document's metadata or style sheet becomes text.
    for hidden in ("Văn phòng HĐND và UBND xã</o:Author>", "Cambria", "WordSection"):
        assert hidden not in cleaned
    assert "<i>Văn phòng HĐND và UBND xã</i>" in cleaned


def test_a_web_page_loses_its_scripts_frames_handlers_and_classes():
    cleaned = clean_rich_text(fixture("web-page.html"))
    assert not DIRT.findall(cleaned), DIRT.findall(cleaned)
    assert "dataLayer" not in cleaned and "video.example.com" not in cleaned
    assert '<a href="/tin-tuc/huong-dan-so-tan">di dời tài sản</a>' in cleaned
    assert "<i>người dân vùng trũng</i>" in cleaned
    assert "<b>Đường dây nóng: 0296 3 000 000</b>" in cleaned
    assert "<h3>Các điểm sơ tán</h3>" in cleaned
    assert "<ul><li>Trường Tiểu học Tây Yên 1</li><li>Nhà văn hóa ấp Xẻo Nhàu</li></ul>" in cleaned
    assert "<p>Theo Đài Truyền thanh xã</p>" in cleaned
    # The advert's link went with its script; its words stay as plain text.
    assert "<p>Quảng cáo</p>" in cleaned


def test_cleaning_is_idempotent_and_keeps_wagtail_links_and_block_keys():
    stored = (
        '<p data-block-key="a1b2c">Xem <a linktype="page" id="12">trang</a> và '
        '<a linktype="document" id="3">tệp</a>.</p><hr/><h2 data-block-key="h1">Mục</h2>'
    )
    cleaned = clean_rich_text(stored)
    assert cleaned == (
        '<p data-block-key="a1b2c">Xem <a id="12" linktype="page">trang</a> và '
        '<a id="3" linktype="document">tệp</a>.</p><hr/><h2 data-block-key="h1">Mục</h2>'
    )
    assert clean_rich_text(cleaned) == cleaned
    for name in ("word-export.html", "web-page.html"):
        once = clean_rich_text(fixture(name))
        assert clean_rich_text(once) == once


def test_decomposed_vietnamese_is_stored_composed():
    decomposed = unicodedata.normalize("NFD", "<p>Ủy ban nhân dân xã Đông Thái</p>")
    assert clean_rich_text(decomposed) == "<p>Ủy ban nhân dân xã Đông Thái</p>"


@pytest.mark.django_db
def test_an_article_saved_by_an_importer_is_stored_clean(province):
    category = province.categories["tin-hoat-dong"]
    article = add_article(
        category,
        body=[
            {"type": "paragraph", "value": fixture("word-export.html")},
            {"type": "paragraph", "value": fixture("web-page.html")},
        ],
    )
    stored = ArticlePage.objects.get(pk=article.pk).body.raw_data
    for block in stored:
        assert not DIRT.findall(block["value"])
        assert block["value"].startswith(("<p", "<ul", "<h"))
    assert "Nguyễn Văn Mẫu" in stored[0]["value"]
    # A revision (what the admin saves) is stored clean too.
    article.body = [("paragraph", '<p style="color:red"><span>Đính chính</span></p>')]
    revision = article.save_revision()
    assert revision.as_object().body.raw_data[0]["value"] == "<p>Đính chính</p>"
