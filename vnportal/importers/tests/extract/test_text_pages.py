"""Pages saved as plain text: the date line is the anchor."""

import datetime

from vnportal.importers.extract import extract_text, plain_text


def _page(text: str):
    return extract_text(text.encode("utf-8"))


def test_breadcrumb_line_gives_the_category_path_and_a_short_last_line_the_author():
    page = _page(
        "Trang chủ\nCổng thông tin điện tử xã Tây Yên\n"
        "Trang chủ > Tin tức > Nông nghiệp\n"
        "Chia sẻ\n"
        "Nông dân Tây Yên chuyển đổi sang trồng lúa thơm\n"
        "Thứ Hai, 16/07/2024 - 08:15\n"
        "Vụ Hè Thu năm nay xã có thêm 120 héc-ta lúa thơm, tăng gấp đôi năm trước.\n"
        "Giá lúa thơm cao hơn lúa thường từ 800 đến 1.000 đồng mỗi ký.\n"
        "Hợp tác xã cam kết bao tiêu toàn bộ sản lượng cho xã viên.\n"
        "Minh Hoàng\n"
        "Tin liên quan\n"
        "Xã Tây Yên tổng kết vụ Đông Xuân\n"
    )
    assert page.title == "Nông dân Tây Yên chuyển đổi sang trồng lúa thơm"
    assert page.category == ["Tin tức", "Nông nghiệp"]
    assert page.published_at == datetime.datetime(2024, 7, 16, 8, 15)
    assert page.sapo.startswith("Vụ Hè Thu năm nay")
    assert plain_text(page.body_html).splitlines() == [
        "Giá lúa thơm cao hơn lúa thường từ 800 đến 1.000 đồng mỗi ký.",
        "Hợp tác xã cam kết bao tiêu toàn bộ sản lượng cho xã viên.",
    ]
    assert page.author == "Minh Hoàng"
    assert "tổng kết vụ Đông Xuân" not in page.body_html


def test_text_without_a_date_line_is_a_page_with_a_warning():
    page = _page(
        "Giới thiệu chung về xã An Biên\n"
        "Xã An Biên được thành lập ngày 01/7/2025 trên cơ sở sắp xếp các xã cũ của huyện.\n"
        "Trụ sở Ủy ban nhân dân xã đặt tại ấp Thứ Ba.\n"
    )
    assert page.kind == "page"
    assert page.title == "Giới thiệu chung về xã An Biên"
    assert page.published_at is None
    assert "Không tìm thấy ngày đăng" in page.warnings
    assert plain_text(page.body_html).startswith("Xã An Biên được thành lập")


def test_decomposed_tone_marks_are_composed():
    page = _page(
        "Tin nổi bật:\n"
        "Xa\u0303 Đông Tha\u0301i tô\u0309 chư\u0301c hô\u0323i nghi\u0323 du\u0300ng dân\n"
        "(10:00 | 01/08/2024)\nNô\u0323i dung đoạn đầu.\nNội dung đoạn sau.\n"
    )
    assert page.title == "Xã Đông Thái tổ chức hội nghị dùng dân"
    assert page.sapo == "Nội dung đoạn đầu."
