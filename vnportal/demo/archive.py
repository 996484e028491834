"""Demo of shared province news and of the archive of the former An Biên district.

`load_demo` calls both functions after it created the sites, units and articles; each
does nothing the second time. All text is written for the demo and says so.
"""

import datetime

from django.utils import timezone

from vnportal.news.models import ArchivePage, ArticlePage, CategoryPage
from vnportal.units.models import FormerHost, Unit

FORMER_DISTRICT_CODE = "KG-HUYEN-ANBIEN"
ARCHIVE_HOST_UNIT_CODE = "AG-ANBIEN"
REPUBLISHING_UNIT_CODE = "AG-TAYYEN"
FORMER_HOSTNAME = "anbien-cu.localhost"
PROVINCE_WIDE_COUNT = 3
ARCHIVE_NOTICE = (
    "Bài lưu trữ mẫu do vnportal soạn để minh họa trang lưu trữ của huyện cũ; "
    "đây không phải tin thật."
)

ARCHIVE_ARTICLES = [
    {
        "title": "Huyện An Biên tổng kết công tác năm 2024",
        "slug": "huyen-an-bien-tong-ket-cong-tac-nam-2024",
        "published_at": datetime.datetime(2024, 12, 27, 9, 30),
        "sapo": "Hội nghị tổng kết năm của Ủy ban nhân dân huyện An Biên (nội dung mẫu) điểm "
        "lại kết quả sản xuất lúa - tôm, xây dựng nông thôn mới và cải cách hành chính.",
        "body": [
            "Sáng 27/12/2024, Ủy ban nhân dân huyện An Biên tổ chức hội nghị tổng kết công tác "
            "năm 2024 và triển khai nhiệm vụ năm 2025. Các số liệu trong bài chỉ để minh họa.",
            "Hội nghị ghi nhận mô hình lúa - tôm tiếp tục mở rộng ở các xã ven biển, nhiều tuyến "
            "đường giao thông nông thôn được bê tông hóa nhờ Nhân dân hiến đất, góp công.",
        ],
    },
    {
        "title": "An Biên ra quân làm đường giao thông nông thôn đầu năm 2025",
        "slug": "an-bien-ra-quan-lam-duong-giao-thong-nong-thon-dau-nam-2025",
        "published_at": datetime.datetime(2025, 2, 15, 8, 0),
        "sapo": "Các xã trong huyện đồng loạt ra quân sửa chữa, nâng cấp đường ấp sau Tết "
        "Nguyên đán (nội dung mẫu).",
        "body": [
            "Ngày 15/02/2025, các xã thuộc huyện An Biên đồng loạt ra quân làm đường giao thông "
            "nông thôn, phát quang hai bên đường và nạo vét kênh nội đồng.",
            "Người dân ở nhiều ấp cùng góp ngày công, vật liệu; các đoàn thể nhận chăm sóc "
            "những tuyến đường hoa do mình trồng.",
        ],
    },
    {
        "title": "Huyện An Biên bàn giao hồ sơ, tài liệu trước ngày sắp xếp đơn vị hành chính",
        "slug": "huyen-an-bien-ban-giao-ho-so-tai-lieu",
        "published_at": datetime.datetime(2025, 6, 25, 14, 0),
        "sapo": "Các phòng, ban của huyện hoàn tất kiểm kê, bàn giao hồ sơ cho các xã mới "
        "trước ngày 01/7/2025 (nội dung mẫu).",
        "body": [
            "Thực hiện chủ trương tổ chức chính quyền địa phương hai cấp, các cơ quan chuyên môn "
            "của huyện An Biên đã kiểm kê và bàn giao hồ sơ, tài liệu, tài sản cho các xã mới.",
            "Từ ngày 01/7/2025, địa bàn huyện thuộc các xã An Biên, Tây Yên và Đông Thái.",
        ],
    },
]


def _site_home(unit_code):
    unit = Unit.objects.select_related("site__root_page").get(code=unit_code)
    return unit.site.root_page.specific


def _publish(page):
    page.save_revision().publish()
    return page


def create_demo_archive():
    """The archive of the former An Biên district inside xã An Biên's site, with a few
    old articles, and the district's old host name redirecting there."""
    district = Unit.objects.get(code=FORMER_DISTRICT_CODE)
    FormerHost.objects.get_or_create(hostname=FORMER_HOSTNAME, defaults={"unit": district})
    archive = ArchivePage.objects.filter(unit=district).first()
    if archive is not None:
        return archive
    home = _site_home(ARCHIVE_HOST_UNIT_CODE)
    archive = home.add_child(
        instance=ArchivePage(
            title="Lưu trữ huyện An Biên",
            slug="luu-tru-huyen-an-bien",
            unit=district,
            show_in_menus=True,
            intro="Tin bài của Cổng thông tin điện tử huyện An Biên trước ngày sắp xếp đơn vị "
            "hành chính, giữ lại để tra cứu. (Nội dung mẫu.)",
        )
    )
    _publish(archive)
    category = archive.add_child(
        instance=CategoryPage(title="Tin hoạt động", slug="tin-hoat-dong", show_in_menus=True)
    )
    _publish(category)
    for data in ARCHIVE_ARTICLES:
        published_at = timezone.make_aware(data["published_at"])
        paragraphs = data["body"] + [f"<i>{ARCHIVE_NOTICE}</i>"]
        article = category.add_child(
            instance=ArticlePage(
                title=data["title"],
                slug=data["slug"],
                sapo=data["sapo"],
                body=[{"type": "paragraph", "value": "".join(f"<p>{p}</p>" for p in paragraphs)}],
                author="Văn phòng HĐND và UBND huyện An Biên (mẫu)",
                published_at=published_at,
                first_published_at=published_at,
            )
        )
        _publish(article)
    return archive


def create_demo_shared_news():
    """Mark the province's newest demo articles "Đăng cho toàn tỉnh" and republish the
    newest of them into xã Tây Yên by reference."""
    province_unit = Unit.objects.filter(parent__isnull=True, site__isnull=False).first()
    if province_unit is None:
        return []
    province_home = province_unit.site.root_page
    shared = list(
        ArticlePage.objects.live()
        .descendant_of(province_home)
        .filter(is_reference=False)
        .order_by("-published_at", "-pk")[:PROVINCE_WIDE_COUNT]
    )
    for article in shared:
        if not article.province_wide:
            article.province_wide = True
            _publish(article)
    if shared:
        _republish(shared[0], REPUBLISHING_UNIT_CODE)
    return shared


def _republish(original, unit_code):
    home = _site_home(unit_code)
    if ArticlePage.objects.descendant_of(home).filter(original=original).exists():
        return
    categories = CategoryPage.objects.descendant_of(home)
    parent_slug = original.get_parent().slug
    category = categories.filter(slug=parent_slug).first() or categories.first()
    if category is None:
        return
    reference = category.add_child(instance=ArticlePage(original=original))
    _publish(reference)
