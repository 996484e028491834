"""Demo "Tiếp cận thông tin" content of the province (angiang) and xã An Biên (anbien):
the published list points to the portal's own sections; the office's phone and e-mail
are invented and marked as demo data."""

import datetime

from django.utils import timezone
from wagtail import hooks

from .models import AccessInfoPage, Category, DisclosedItem
from .sections import ensure_access_page

# (category, title, link)
PROVINCE_ITEMS = [
    (Category.LEGAL, "Văn bản quy phạm pháp luật do tỉnh ban hành", "/van-ban/"),
    (Category.ORGANISATION, "Lịch công tác của lãnh đạo tỉnh", "/lich-cong-tac/"),
    (Category.ORGANISATION, "Cơ cấu tổ chức, chức năng, nhiệm vụ", "/co-cau-to-chuc/"),
    (Category.PROCEDURES, "Danh mục thủ tục hành chính", "/thu-tuc-hanh-chinh/"),
    (Category.PROJECTS, "Dự án đầu tư, kết quả lựa chọn nhà thầu", "/du-an-dau-thau/"),
    (Category.STATISTICS, "Số liệu thống kê kinh tế – xã hội", "/so-lieu-thong-ke/"),
    (Category.PLANS, "Dự thảo lấy ý kiến nhân dân", "/lay-y-kien/"),
    (Category.OTHER, "Trả lời câu hỏi, phản ánh của người dân", "/hoi-dap/"),
]
COMMUNE_ITEMS = [
    (Category.LEGAL, "Văn bản của Ủy ban nhân dân xã", "/van-ban/"),
    (Category.ORGANISATION, "Lịch công tác của lãnh đạo xã", "/lich-cong-tac/"),
    (Category.PROCEDURES, "Thủ tục hành chính cấp xã", "/thu-tuc-hanh-chinh/"),
    (Category.PROJECTS, "Dự án, công trình trên địa bàn xã", "/du-an-dau-thau/"),
    (Category.STATISTICS, "Số liệu thống kê của xã", "/so-lieu-thong-ke/"),
]


def fill_site(site, rows, office_unit, phone, email):
    page = ensure_access_page(site.root_page)
    if not isinstance(page, AccessInfoPage) or page.items.exists():
        return
    today = timezone.localdate()
    page.office_unit = f"{office_unit} (dữ liệu mẫu)"
    page.office_phone = phone
    page.office_email = email
    for order, (category, title, link) in enumerate(rows):
        page.items.add(
            DisclosedItem(
                category=category,
                title=title,
                link=link,
                updated_on=today - datetime.timedelta(days=3 * order),
                sort_order=order,
            )
        )
    page.save()


@hooks.register("vnportal_demo_content")
def create_demo_access(sites):
    if "angiang" in sites:
        fill_site(
            sites["angiang"],
            PROVINCE_ITEMS,
            "Văn phòng Ủy ban nhân dân tỉnh An Giang",
            "0297 3 000 001",
            "tiepcanthongtin@example.gov.vn",
        )
    if "anbien" in sites:
        fill_site(
            sites["anbien"],
            COMMUNE_ITEMS,
            "Văn phòng Hội đồng nhân dân và Ủy ban nhân dân xã An Biên",
            "0297 3 000 002",
            "anbien.tiepcanthongtin@example.gov.vn",
        )
