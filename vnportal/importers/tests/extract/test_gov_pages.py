"""The 30 real Liferay pages of sotttt.hanoi.gov.vn and the An Biên page saved as text.

Every value in the tables was read off the page by a person (the rendered text of the
content column), not copied from the extractor's output. Decisions:

- A section or static page is titled with the last breadcrumb item above its content (what
  the page's menu and <title> also call it); an item's detail view with its asset title.
  The home page, which has no breadcrumb, takes its <title> without the site name.
- "listing": section pages of the asset publisher (lists of items with dates), paging
  pages, the Q&A list, the phone directory and the document tables, the site map and the
  home page. "page": journal content (Giới thiệu, Chức năng nhiệm vụ, Liên hệ, ...).
  "article": the one item detail view.
- The body of the detail view repeats the title as its first line; the import drops that
  repeat, so its body starts at "Nội dung:".
- A listing has no date of its own (each listed item has one).
"""

import datetime
import unicodedata
from pathlib import Path

import pytest

from vnportal.importers.extract import extract_html, extract_text, plain_text

GOV_PAGES = Path(__file__).resolve().parents[4] / ".." / "shared" / "data" / "gov-pages"

pytestmark = pytest.mark.skipif(
    not GOV_PAGES.is_dir(), reason=f"../shared/data/gov-pages not present at {GOV_PAGES}"
)

# file (after "sotttt-hanoi_"), title, published_at, kind, first words of the body
PAGES = [
    (
        "chi-dao-dieu-hanh",
        "Chỉ đạo điều hành",
        None,
        "listing",
        "THÔNG BÁO Về việc thực hiện thủ tục hành chính",
    ),
    (
        "chien-luoc-quy-hoach",
        "Chiến lược quy hoạch",
        None,
        "listing",
        "Chiến lược phát triển lĩnh vực thông tin cơ sở giai đoạn",
    ),
    (
        "chien-luoc-quy-hoach84a0",
        "Hướng dẫn xây dựng Kế hoạch ứng dụng CNTT trong hoạt động của cơ quan nhà nước "
        "thành phố Hà Nội năm 2012",
        datetime.datetime(2012, 12, 21, 0, 0),
        "article",
        "Nội dung: Download Hướng dẫn xây dựng Kế hoạch ứng dụng CNTT",
    ),
    (
        "chuc-nang-nhiem-vu",
        "Chức năng nhiệm vụ",
        None,
        "page",
        "CHỨC NĂNG, NHIỆM VỤ SỞ THÔNG TIN VÀ TRUYỀN THÔNG HÀ NỘI",
    ),
    (
        "co-cau-to-chuc",
        "Cơ cấu tổ chức",
        None,
        "page",
        "CƠ CẤU TỔ CHỨC SỞ THÔNG TIN VÀ TRUYỀN THÔNG HÀ NỘI",
    ),
    (
        "cong-khai-ngan-sach",
        "Công khai ngân sách",
        None,
        "listing",
        "Công khai số liệu dự toán thu - chi ngân sách",
    ),
    (
        "cong-nghe-thong-tin",
        "Công nghệ thông tin",
        None,
        "listing",
        "Chính thức kích hoạt Sự kiện không dùng tiền mặt năm 2022",
    ),
    (
        "cong-nghe-thong-tin01ad",
        "Công nghệ thông tin",
        None,
        "listing",
        "Hội thảo “An toàn thông tin trong cơ quan, doanh nghiệp",
    ),
    (
        "cong-nghe-thong-tin1",
        "Công nghệ thông tin",
        None,
        "page",
        "CHỨC NĂNG, NHIỆM VỤ CỦA PHÒNG CÔNG NGHỆ THÔNG TIN",
    ),
    (
        "danh-ba",
        "Danh bạ",
        None,
        "listing",
        "Title Trung tâm Công nghệ thông tin Trung tâm Đào tạo",
    ),
    (
        "don-vi-su-nghiep",
        "Đơn vị sự nghiệp",
        None,
        "page",
        "CHỨC NĂNG, NHIỆM VỤ, QUYỀN HẠN VÀ CƠ CẤU TỔ CHỨC",
    ),
    (
        "dssdt",
        "Danh sách số điện thoại rao vặt",
        None,
        "listing",
        "Đề nghị tạm ngừng cung cấp dịch vụ đối với các",
    ),
    ("gioi-thieu", "Giới thiệu", None, "page", "CƠ CẤU TỔ CHỨC SỞ THÔNG TIN VÀ TRUYỀN THÔNG X"),
    ("hoi-ap", "Hỏi đáp", None, "listing", "Quý Tổ chức/Công dân thân mến! Để thuận tiện cho việc"),
    (
        "index",
        "Trang chủ",
        None,
        "listing",
        "Thông báo danh sách đủ và không đủ tiêu chuẩn, điều kiện",
    ),
    ("ke-hoach", "Kế hoạch", None, "listing", "Kế hoạch phát triển hạ tầng Bưu chính - Viễn thông"),
    ("lanh-ao-so", "Lãnh đạo Sở", None, "page", "Đồng chí Nguyễn Việt Hùng Phó Giám đốc phụ trách"),
    (
        "lay-y-kien-van-ban-du-thao",
        "Lấy ý kiến văn bản dự thảo",
        None,
        "listing",
        "THÔNG BÁO: Về việc lấy ý kiến về dự thảo",
    ),
    ("lien-he", "Liên hệ", None, "page", "SỞ THÔNG TIN VÀ TRUYỀN THÔNG X Địa chỉ: 185 Giảng Võ"),
    (
        "luatthudo",
        "Phổ biến, giáo dục pháp luật",
        None,
        "listing",
        '"Tìm kiếm giải pháp, sáng kiến nhằm nâng cao ý thức',
    ),
    (
        "pctn",
        "Phòng chống tham nhũng và thực hành tiết kiệm chống lãng phí",
        None,
        "listing",
        "“Hà Nội 2018 - Hợp tác Đầu tư và Phát triển”:",
    ),
    (
        "phong-ban-chuyen-mon",
        "Phòng ban chuyên môn",
        None,
        "listing",
        "Văn phòng Sở Phòng Công nghệ thông tin Phòng Kế hoạch",
    ),
    (
        "phong-bao-chi-xuat-ban",
        "Phòng Báo chí - Xuất bản - Truyền thông",
        None,
        "page",
        "CHỨC NĂNG, NHIỆM VỤ CỦA PHÒNG BÁO CHÍ - XUẤT BẢN",
    ),
    (
        "phong-chong-dich-benh-covid-19",
        "Phòng chống dịch bệnh viêm đường hô hấp cấp do virus covid 19",
        None,
        "listing",
        "Sở Thông tin và Truyền thông Hà Nội xử phạt vi phạm",
    ),
    (
        "phong-thanh-tra",
        "Phòng Thanh tra",
        None,
        "page",
        "CHỨC NĂNG, NHIỆM VỤ CỦA PHÒNG THANH TRA Điều 1.",
    ),
    (
        "qlttps",
        "Quản lý trạm thu phát sóng",
        None,
        "listing",
        "Tiêu đề Nghị định số 15/2020/NĐ-CP Quy định xử phạt",
    ),
    (
        "shtd",
        "số hóa truyền dẫn",
        None,
        "listing",
        "Triển khai hỗ trợ đầu thu truyền hình số mặt đất,",
    ),
    (
        "shtd511b",
        "số hóa truyền dẫn",
        None,
        "listing",
        "Kế hoạch triển khai đề án số hóa truyền hình, phát sóng",
    ),
    (
        "so-do-website",
        "Sơ đồ cổng",
        None,
        "listing",
        "Trang chủ Giới thiệu Cơ cấu tổ chức Chức năng nhiệm vụ",
    ),
    (
        "web-so-tttthn-trang-chu",
        "Trang chủ",
        None,
        "listing",
        "Thông báo danh sách đủ và không đủ tiêu chuẩn, điều kiện",
    ),
]


def _extract(name: str):
    return extract_html((GOV_PAGES / f"sotttt-hanoi_{name}.html").read_bytes())


def _first_words(body_html: str, count: int) -> str:
    return " ".join(plain_text(body_html).split()[:count])


@pytest.mark.parametrize(
    ("name", "title", "published_at", "kind", "words"), PAGES, ids=[row[0] for row in PAGES]
)
def test_gov_page_reads_as_a_person_reads_it(name, title, published_at, kind, words):
    page = _extract(name)
    assert page.title == title
    assert page.published_at == published_at
    assert page.kind == kind
    assert page.software == "liferay"
    assert _first_words(page.body_html, len(words.split())) == words


def test_every_gov_page_is_in_the_table():
    files = sorted(path.name for path in GOV_PAGES.glob("*.html"))
    assert files == sorted(f"sotttt-hanoi_{row[0]}.html" for row in PAGES)


@pytest.mark.parametrize("name", [row[0] for row in PAGES])
def test_gov_page_text_is_nfc_and_free_of_page_furniture(name):
    page = _extract(name)
    for text in (page.title, page.body_html, page.sapo, *page.category):
        assert unicodedata.is_normalized("NFC", text)
    for furniture in (
        "<script",
        "style=",
        "class=",
        "onclick",
        "THĂM DÒ Ý KIẾN",
        "Liên kết website",
    ):
        assert furniture not in page.body_html
    assert page.original_url.startswith("https://sotttt.hanoi.gov.vn/")


def test_decomposed_marks_of_a_listing_come_out_composed():
    page = _extract("shtd511b")
    assert "\u0300" not in plain_text(page.body_html)
    assert "\u0323" not in plain_text(page.body_html)


def test_section_page_has_its_breadcrumb_as_category():
    assert _extract("pctn").category == [
        "Phòng chống tham nhũng và thực hành tiết kiệm chống lãng phí"
    ]
    assert _extract("index").category == []


def test_item_detail_view_keeps_date_line_author_and_attachments_without_toolbars():
    page = _extract("chien-luoc-quy-hoach84a0")
    assert page.date_text == "21/12/2012 | 12:00 AM"
    assert page.category == ["Chiến lược quy hoạch"]
    assert page.author == "admin admin"
    assert [link.text for link in page.attachments] == ["Phần 1", "Phần 2"]
    assert page.attachments[0].href.endswith("(Huong dan KH 2010).doc")
    assert page.original_url == (
        "https://sotttt.hanoi.gov.vn/chien-luoc-quy-hoach?p_p_id=59_INSTANCE_6aZaRrRqV2Cq"
        "&p_p_lifecycle=0&p_p_state=normal&p_p_mode=view&p_p_col_id=column-2&p_p_col_pos=5"
        "&p_p_col_count=6"
    )
    text = plain_text(page.body_html)
    assert "Print" not in text and "Send email" not in text
    assert "Other News" not in text and "Phê duyệt Chương trình chuyển đổi số" not in text
    # Stray </p> tags end a line in a browser; they must not glue lines together.
    assert text.splitlines()[:2] == [
        "Nội dung:",
        "Download Hướng dẫn xây dựng Kế hoạch ứng dụng CNTT trong hoạt động của cơ quan nhà "
        "nước thành phố Hà Nội năm 2012 tại đây:",
    ]


def test_static_page_keeps_leaders_photos_in_order():
    page = _extract("lanh-ao-so")
    assert len(page.images) == 3
    assert page.images[0].src.startswith("documents/4375209/0/A%2bH%c3%b9ng")
    assert page.images[0].url.startswith("https://sotttt.hanoi.gov.vn/documents/4375209/")


def test_anbien_page_saved_as_text():
    data = (GOV_PAGES / "text" / "anbien-2022-07-30.txt").read_bytes()
    page = extract_text(data)
    assert page.title == (
        "Đảng bộ huyện An Biên đẩy mạnh công tác bảo vệ nền tảng tư tưởng của Đảng"
    )
    assert page.published_at == datetime.datetime(2022, 7, 30, 9, 27)
    assert page.date_text == "(09:27 | 30/07/2022)"
    assert page.category == ["Dân vận chính quyền"]
    assert page.kind == "article"
    assert page.software == "text"
    assert page.sapo.startswith("6 tháng đầu năm 2022, Đảng bộ huyện An Biên tiếp tục")
    assert page.sapo.endswith("Nội dung, hình thức hoạt động có nhiều đổi mới, hiệu quả.")
    assert _first_words(page.body_html, 9) == "Các cấp ủy đảng trong huyện thường xuyên củng"
    assert plain_text(page.body_html).endswith("tạo những hiệu ứng tích cực…")
    assert page.body_html.count("<p>") == 7  # 8 paragraphs under the date, the first is the sapo
    assert "Xem với cỡ chữ" not in page.body_html
    assert page.author == ""
    assert page.warnings == []
