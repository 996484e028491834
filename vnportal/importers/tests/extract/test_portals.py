"""Full extraction of pages of NukeViet, SharePoint, WordPress and unknown portals.

The fixtures are written for this project in the markup these portal packages produce,
with their furniture: menus, banners, share and print buttons, font-size controls,
related-news lists, comment forms, scripts and inline styles.
"""

import datetime
from pathlib import Path

import pytest

from vnportal.importers.extract import Image, Link, extract_html, plain_text

FIXTURES = Path(__file__).parent / "fixtures"

FURNITURE = [
    "<script",
    "<style",
    "style=",
    "class=",
    "id=",
    "onclick",
    "onmouseover",
    "Chia sẻ",
    "In bài",
    "cỡ chữ",
    "Tin liên quan",
    "Các tin khác",
    "bình luận",
    "Trang chủ",
]


def _page(name: str):
    return extract_html((FIXTURES / name).read_bytes(), path=str(FIXTURES / name))


@pytest.mark.parametrize(
    "name",
    [
        "nukeviet_article.html",
        "sharepoint_article.html",
        "wordpress_article.html",
        "generic_article.html",
    ],
)
def test_article_body_has_no_page_furniture(name):
    page = _page(name)
    for furniture in FURNITURE:
        assert furniture not in page.body_html, furniture


def test_nukeviet_article():
    page = _page("nukeviet_article.html")
    assert page.software == "nukeviet"
    assert page.kind == "article"
    assert page.title == "Xã Đông Thái ra quân làm sạch kênh nội đồng"
    assert page.published_at == datetime.datetime(2024, 7, 15, 8, 15)
    assert page.date_text == "Thứ Hai, 15/07/2024 - 08:15"
    assert page.category == ["Tin tức", "Hoạt động địa phương"]
    assert page.sapo.startswith("Sáng 13/7, hơn 300 đoàn viên")
    assert page.author == "Minh Hoàng"
    assert page.original_url == (
        "https://dongthai.example.gov.vn/tin-tuc/hoat-dong-dia-phuong/"
        "xa-dong-thai-ra-quan-lam-sach-kenh-noi-dong-125.html"
    )
    assert page.images == [
        Image(
            src="/uploads/news/2024_07/ra-quan-kenh.jpg",
            alt="Người dân vớt lục bình trên kênh Xẻo Rô",
            caption="Người dân vớt lục bình trên kênh Xẻo Rô sáng 13/7",
            url="https://dongthai.example.gov.vn/uploads/news/2024_07/ra-quan-kenh.jpg",
        )
    ]
    assert page.attachments == [
        Link(
            href="/uploads/news/2024_07/ke-hoach-ra-quan.pdf",
            text="Kế hoạch số 45/KH-UBND",
            url="https://dongthai.example.gov.vn/uploads/news/2024_07/ke-hoach-ra-quan.pdf",
        )
    ]
    assert page.body_html.startswith(
        "<p>Đợt ra quân tập trung vào các tuyến kênh <strong>Xẻo Rô</strong>, <em>Kênh Ranh</em>"
    )
    assert (
        '<figure><img src="/uploads/news/2024_07/ra-quan-kenh.jpg" '
        'alt="Người dân vớt lục bình trên kênh Xẻo Rô"><figcaption>'
    ) in page.body_html
    assert "Minh Hoàng" not in page.body_html
    assert "tổng kết vụ lúa" not in page.body_html
    assert page.warnings == []


def test_nukeviet_category_page_is_a_listing():
    page = _page("nukeviet_listing.html")
    assert page.kind == "listing"
    assert page.title == "Hoạt động địa phương"
    assert page.published_at is None
    assert page.category == ["Tin tức", "Hoạt động địa phương"]


def test_sharepoint_article():
    page = _page("sharepoint_article.html")
    assert page.software == "sharepoint"
    assert page.kind == "article"
    assert page.title == "Tăng cường cải cách hành chính trong tiếp nhận hồ sơ đất đai"
    assert page.published_at == datetime.datetime(2024, 7, 8, 11, 38)
    assert page.category == ["Tin tức - Sự kiện", "Cải cách hành chính"]
    assert page.sapo == (
        "Từ tháng 7/2024, người dân nộp hồ sơ đăng ký biến động đất đai được hẹn trả kết quả "
        "sớm hơn hai ngày so với trước."
    )
    assert page.author == "Thu Trang"
    assert (
        page.original_url
        == "https://sotnmt.example.gov.vn/Pages/tang-cuong-cai-cach-hanh-chinh.aspx"
    )
    assert [(image.src, image.alt) for image in page.images] == [
        ("/PublishingImages/2024/07/mot-cua.jpg", "Bộ phận một cửa tiếp nhận hồ sơ")
    ]
    assert [link.href for link in page.attachments] == ["/Documents/mau-don-dang-ky-bien-dong.docx"]
    assert '<td colspan="2">Cấp đổi giấy chứng nhận</td>' in page.body_html
    assert (
        plain_text(page.body_html)
        .splitlines()[0]
        .startswith("Văn phòng Đăng ký đất đai tỉnh đã rà soát")
    )
    assert '<a href="https://dichvucong.example.gov.vn/">Cổng dịch vụ công</a>' in page.body_html
    assert "Hội nghị tập huấn" not in page.body_html


def test_wordpress_article_takes_the_time_element_in_vietnam_time():
    page = _page("wordpress_article.html")
    assert page.software == "wordpress"
    assert page.kind == "article"
    assert page.title == "Trường Tiểu học Tây Yên khai giảng lớp bơi miễn phí"
    assert page.published_at == datetime.datetime(2024, 7, 16, 8, 15)
    assert page.category == ["Giáo dục"]
    assert page.author == "Ngọc Lan"
    assert "<h2>Lịch học</h2>" in page.body_html
    assert "<ul><li>Lớp sáng: 7 giờ đến 8 giờ 30</li>" in page.body_html
    assert "<blockquote><p>Biết bơi" in page.body_html
    assert "Tổng kết năm học" not in page.body_html


def test_page_of_unknown_software_uses_the_densest_text_block():
    page = _page("generic_article.html")
    assert page.software == "generic"
    assert page.kind == "article"
    assert page.title == "Huyện Đoàn tổ chức hội thi tin học trẻ năm 2022"
    assert page.published_at == datetime.datetime(2022, 8, 1, 13, 39)
    assert page.category == ["Thanh niên"]
    text = plain_text(page.body_html)
    assert text.startswith("Hội thi năm nay thu hút 48 thí sinh")
    assert text.endswith("học sinh có năng khiếu công nghệ thông tin.")
    assert len(text.splitlines()) == 3
    assert page.images == [Image(src="images/hoithi2022.jpg", alt="Trao giải hội thi tin học trẻ")]
    for menu_item in ("CHUYÊN MỤC", "Nông nghiệp", "Ra quân chiến dịch", "Sơ đồ trang"):
        assert menu_item not in text


def test_title_from_og_title_loses_the_site_name():
    html = (
        '<html><head><meta property="og:title" content="Lịch tiếp công dân tháng 8 - '
        'Cổng thông tin xã An Biên"></head><body><div><p>'
        + "Chủ tịch xã tiếp công dân vào sáng thứ Năm hằng tuần tại trụ sở. " * 5
        + "</p></div></body></html>"
    )
    page = extract_html(html.encode())
    assert page.title == "Lịch tiếp công dân tháng 8"
    assert page.kind == "page"
    assert "Không tìm thấy ngày đăng" in page.warnings
