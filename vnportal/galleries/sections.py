"""The "Thư viện ảnh - video" section of every unit site."""

from wagtail import hooks

from vnportal.units.provisioning import SECTIONS_HOOK, ensure_child

from .models import GalleryIndexPage

GALLERY_SLUG = "thu-vien"
GALLERY_TITLE = "Thư viện ảnh - video"


@hooks.register(SECTIONS_HOOK, order=75)
def gallery_section(home_page, unit):
    return ensure_child(
        home_page,
        GalleryIndexPage(title=GALLERY_TITLE, slug=GALLERY_SLUG, show_in_menus=True),
    )
