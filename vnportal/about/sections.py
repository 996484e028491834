"""The sub-pages of every site's "Giới thiệu" (made by provisioning itself), added once.

Runs early (order 5) through the units app's `vnportal_site_sections` hook. Once made for
a site, an `AboutSeed` row remembers it: a page an editor deletes stays deleted, and a
"Giới thiệu" that already had children before this app existed is left as it is.
"""

from wagtail import hooks

from vnportal.core.models import StandardPage
from vnportal.units.provisioning import ABOUT_SLUG, SECTIONS_HOOK, ensure_child

from .models import AboutSeed, ApparatusPage, BoundaryMapPage, PlaceIndexPage

NATURE_SLUG = "dieu-kien-tu-nhien"
HISTORY_SLUG = "lich-su-hinh-thanh-va-phat-trien"
CULTURE_SLUG = "van-hoa-le-hoi"
PLACES_SLUG = "di-tich-va-danh-thang"
APPARATUS_SLUG = "bo-may-hanh-chinh"
MAP_SLUG = "ban-do-hanh-chinh"

APPARATUS_TEXT = (
    "<p>Bộ máy hành chính gồm Hội đồng nhân dân, Ủy ban nhân dân và các cơ quan chuyên "
    "môn. Danh sách cơ quan, lãnh đạo và thông tin liên hệ được cập nhật tại mục "
    "Cơ cấu tổ chức.</p>"
)


def subpages():
    """The pages below "Giới thiệu", in menu order."""
    return [
        StandardPage(title="Điều kiện tự nhiên", slug=NATURE_SLUG),
        StandardPage(title="Lịch sử hình thành và phát triển", slug=HISTORY_SLUG),
        StandardPage(title="Văn hóa, lễ hội", slug=CULTURE_SLUG),
        PlaceIndexPage(title="Di tích và danh thắng", slug=PLACES_SLUG),
        ApparatusPage(title="Bộ máy hành chính", slug=APPARATUS_SLUG, body=APPARATUS_TEXT),
        BoundaryMapPage(title="Bản đồ hành chính", slug=MAP_SLUG),
    ]


@hooks.register(SECTIONS_HOOK, order=5)
def about_subpages(home_page, unit):
    about = home_page.get_children().filter(slug=ABOUT_SLUG).first()
    if about is None or AboutSeed.objects.filter(about_page=about).exists():
        return
    if not about.get_children().exists():
        for page in subpages():
            page.show_in_menus = True
            ensure_child(about, page)
    AboutSeed.objects.create(about_page=about)
