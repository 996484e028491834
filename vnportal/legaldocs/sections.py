"""The "Văn bản" section of every unit site (the units app's `vnportal_site_sections`)."""

from wagtail import hooks

from vnportal.units.provisioning import SECTIONS_HOOK, ensure_child

from .models import DocumentIndexPage

DOCUMENTS_SLUG = "van-ban"


@hooks.register(SECTIONS_HOOK, order=30)
def documents_section(home_page, unit):
    ensure_child(
        home_page,
        DocumentIndexPage(title="Văn bản", slug=DOCUMENTS_SLUG, show_in_menus=True),
    )
