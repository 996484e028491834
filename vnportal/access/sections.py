"""The "Tiếp cận thông tin" section of every unit site (the units app's
`vnportal_site_sections`)."""

from wagtail import hooks

from vnportal.units.provisioning import SECTIONS_HOOK, ensure_child

from .models import AccessInfoPage

ACCESS_SLUG = "tiep-can-thong-tin"


def ensure_access_page(home_page):
    return ensure_child(
        home_page,
        AccessInfoPage(title="Tiếp cận thông tin", slug=ACCESS_SLUG, show_in_menus=True),
    )


@hooks.register(SECTIONS_HOOK, order=65)
def access_section(home_page, unit):
    ensure_access_page(home_page)
