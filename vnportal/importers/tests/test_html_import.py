"""Saved portal pages into a site: the real Liferay pages of ../shared/data/gov-pages,
the An Biên page saved as text, and a crafted TCVN3 page."""

import io
from pathlib import Path

import pytest
from django.utils import timezone
from PIL import Image as PILImage
from wagtail.images import get_image_model

from vnportal.core.models import StandardPage
from vnportal.news.models import ArticlePage
from vnportal.vntext.legacy import encode_tcvn3

pytestmark = pytest.mark.django_db

DETAIL = "sotttt-hanoi_chien-luoc-quy-hoach84a0.html"
DETAIL_TITLE = (
    "Hướng dẫn xây dựng Kế hoạch ứng dụng CNTT trong hoạt động của cơ quan nhà nước "
    "thành phố Hà Nội năm 2012"
)
# Read off the pages: journal-content pages (kind "page" in the extraction tests).
STATIC_PAGES = {
    "sotttt-hanoi_gioi-thieu.html": "Giới thiệu",
    "sotttt-hanoi_lien-he.html": "Liên hệ",
    "sotttt-hanoi_chuc-nang-nhiem-vu.html": "Chức năng nhiệm vụ",
}
LISTINGS = [
    "sotttt-hanoi_index.html",
    "sotttt-hanoi_hoi-ap.html",
    "sotttt-hanoi_so-do-website.html",
]


@pytest.fixture
def gov_pages(shared_data):
    return shared_data / "gov-pages"


def test_the_real_liferay_pages_import_articles_and_pages_and_skip_the_listings(
    province, gov_pages, run_import, client
):
    lines, out = run_import(gov_pages, format="html")
    by_file = {line["source"]: line for line in lines}
    assert len(lines) == 31  # 30 pages and the text file

    detail = by_file[DETAIL]
    assert detail["status"] == "created"
    assert detail["title"] == DETAIL_TITLE
    assert detail["published_at"] == "2012-12-21T00:00:00+07:00"
    article = ArticlePage.objects.get(title=DETAIL_TITLE)
    assert timezone.localtime(article.published_at).strftime("%d/%m/%Y %H:%M") == "21/12/2012 00:00"
    assert article.get_parent().title == "Chiến lược quy hoạch"
    response = client.get(detail["url"].replace("http://localhost", ""))
    text = response.content.decode()
    assert response.status_code == 200
    assert "<p>Nội dung:</p><p>Download Hướng dẫn xây dựng Kế hoạch" in text
    assert "Send email" not in text and "Other News" not in text

    for name, title in STATIC_PAGES.items():
        assert by_file[name]["status"] == "created", name
        assert by_file[name]["title"] == title
        assert StandardPage.objects.filter(title=title).exists()
    for name in LISTINGS:
        assert by_file[name]["status"] == "skipped"
        assert "danh sách" in by_file[name]["reason"]

    text_page = by_file["text/anbien-2022-07-30.txt"]
    assert text_page["status"] == "created"
    assert text_page["published_at"] == "2022-07-30T09:27:00+07:00"
    anbien = ArticlePage.objects.get(
        title="Đảng bộ huyện An Biên đẩy mạnh công tác bảo vệ nền tảng tư tưởng của Đảng"
    )
    assert anbien.get_parent().title == "Dân vận chính quyền"
    assert anbien.sapo.startswith("6 tháng đầu năm 2022, Đảng bộ huyện An Biên")


def test_old_addresses_of_the_pages_redirect_to_the_new_ones(
    province, gov_pages, run_import, client
):
    lines, _ = run_import(gov_pages, format="html")
    new_url = next(
        line["url"] for line in lines if line["source"] == "sotttt-hanoi_gioi-thieu.html"
    )
    response = client.get("/gioi-thieu")
    assert response.status_code == 301
    assert (
        response["Location"]
        .rstrip("/")
        .endswith(new_url.replace("http://localhost", "").rstrip("/"))
    )


def test_importing_the_pages_twice_gives_the_same_counts(province, gov_pages, run_import):
    first, out_first = run_import(gov_pages, format="html")
    pages = ArticlePage.objects.count(), StandardPage.objects.count()
    second, out_second = run_import(gov_pages, format="html")
    created = sum(line["status"] == "created" for line in first)
    assert sum(line["status"] == "unchanged" for line in second) == created
    assert [line["status"] for line in second if line["status"] != "unchanged"] == [
        line["status"] for line in first if line["status"] == "skipped"
    ]
    assert (ArticlePage.objects.count(), StandardPage.objects.count()) == pages


def test_a_page_written_in_tcvn3_arrives_in_unicode(province, tmp_path, run_import, client):
    title = "Xã Tây Yên đẩy mạnh chuyển đổi số"
    body = "Ngày 12/3/2024, Ủy ban nhân dân xã tổ chức hội nghị triển khai chuyển đổi số."
    page = (
        "<html><head><title>" + title + "</title></head><body>"
        '<div class="menu"><a href="/">Trang chủ</a></div>'
        "<h1>" + title + "</h1><p class='date'>(08:15 | 12/03/2024)</p>"
        "<div class='content'><p>" + body + "</p><p>Người dân được hướng dẫn cài ứng dụng "
        "dịch vụ công trực tuyến trên điện thoại.</p></div></body></html>"
    )
    folder = tmp_path / "tcvn3"
    folder.mkdir()
    (folder / "bai.html").write_bytes(encode_tcvn3(page))
    lines, _ = run_import(folder, format="html")
    assert lines[0]["status"] == "created", lines[0]
    article = ArticlePage.objects.get()
    assert article.title == title
    assert timezone.localtime(article.published_at).strftime("%d/%m/%Y %H:%M") == "12/03/2024 08:15"
    shown = client.get(lines[0]["url"].replace("http://localhost", "")).content.decode()
    assert "tổ chức hội nghị triển khai chuyển đổi số" in shown


def test_images_saved_beside_a_page_go_to_the_media_library(province, tmp_path, run_import):
    folder = tmp_path / "saved"
    (folder / "images").mkdir(parents=True)
    picture = io.BytesIO()
    PILImage.new("RGB", (60, 40), "#a33").save(picture, "PNG")
    (folder / "images" / "le-hoi.png").write_bytes(picture.getvalue())
    (folder / "bai.html").write_text(
        "<html><body><h1>Lễ hội Nghinh Ông năm 2024</h1><p>Ngày đăng: 08/07/2024 11:38</p>"
        "<div class='content'><p>Lễ hội diễn ra trong ba ngày với nhiều hoạt động.</p>"
        '<figure><img src="images/le-hoi.png" alt="Đoàn rước trên sông">'
        "<figcaption>Đoàn rước Nghinh Ông</figcaption></figure>"
        '<p><img src="https://cu.example.gov.vn/khong-co.jpg" alt="Ảnh không lưu"></p>'
        "<p>Ban tổ chức cảm ơn người dân đã tham gia giữ gìn vệ sinh.</p></div></body></html>",
        encoding="utf-8",
    )
    lines, _ = run_import(folder, format="html")
    assert lines[0]["status"] == "created"
    assert any("khong-co.jpg" in warning for warning in lines[0]["warnings"])
    image = get_image_model().objects.get()
    assert image.title == "Đoàn rước trên sông"
    article = ArticlePage.objects.get()
    images = [block.value for block in article.body if block.block_type == "image"]
    assert [(v["image"].pk, v["alt"], v["caption"]) for v in images] == [
        (image.pk, "Đoàn rước trên sông", "Đoàn rước Nghinh Ông")
    ]


def test_pages_of_other_portal_software_import(province, run_import):
    fixtures = Path(__file__).parent / "extract" / "fixtures"
    lines, _ = run_import(fixtures, format="html")
    statuses = {line["source"]: line["status"] for line in lines}
    assert statuses["nukeviet_listing.html"] == "skipped"
    for name in ("nukeviet_article.html", "sharepoint_article.html", "wordpress_article.html"):
        assert statuses[name] == "created", name
