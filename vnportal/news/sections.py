"""The "Tin tức" section of every new unit site, with the categories most commune and
province portals start from. Registered on the units app's `vnportal_site_sections` hook
and imported from `NewsConfig.ready()`."""

from wagtail import hooks

from vnportal.units.provisioning import SECTIONS_HOOK, ensure_child

from .models import CategoryPage, NewsIndexPage, TopicIndexPage

NEWS_SLUG = "tin-tuc"
TOPICS_SLUG = "chuyen-de"
DEFAULT_CATEGORIES = (
    (
        "tin-hoat-dong",
        "Tin hoạt động",
        "Tin tức về hoạt động chỉ đạo, điều hành của chính quyền và các cơ quan, đơn vị trên "
        "địa bàn.",
    ),
    (
        "dan-van-chinh-quyen",
        "Dân vận chính quyền",
        "Công tác dân vận của chính quyền, tiếp công dân, đối thoại và thực hiện dân chủ ở cơ sở.",
    ),
    (
        "xay-dung-nong-thon-moi",
        "Xây dựng nông thôn mới",
        "Kết quả thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới và các mô hình "
        "sản xuất hiệu quả.",
    ),
    (
        "chuyen-doi-so",
        "Chuyển đổi số",
        "Hoạt động chuyển đổi số, cải cách hành chính, dịch vụ công trực tuyến và triển khai Đề "
        "án 06.",
    ),
    (
        "kinh-te-xa-hoi",
        "Kinh tế - Xã hội",
        "Tình hình phát triển kinh tế, văn hóa, giáo dục, y tế và an sinh xã hội tại địa phương.",
    ),
)


@hooks.register(SECTIONS_HOOK, order=20)
def news_section(home_page, unit):
    news = ensure_child(
        home_page, NewsIndexPage(title="Tin tức", slug=NEWS_SLUG, show_in_menus=True)
    )
    # Default categories go only into a new "Tin tức": ones an editor removed stay removed.
    if news.numchild:
        return
    for slug, title, description in DEFAULT_CATEGORIES:
        ensure_child(
            news,
            CategoryPage(title=title, slug=slug, description=description, show_in_menus=True),
        )


@hooks.register(SECTIONS_HOOK, order=25)
def topics_section(home_page, unit):
    ensure_child(home_page, TopicIndexPage(title="Chuyên đề", slug=TOPICS_SLUG, show_in_menus=True))
