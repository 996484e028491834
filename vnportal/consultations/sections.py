"""The "Lấy ý kiến" section of every unit site (the units app's `vnportal_site_sections`)."""

from wagtail import hooks

from vnportal.units.provisioning import SECTIONS_HOOK, ensure_child

from .models import ConsultationIndexPage

CONSULTATIONS_SLUG = "lay-y-kien"


def ensure_consultations_page(home_page):
    return ensure_child(
        home_page,
        ConsultationIndexPage(title="Lấy ý kiến", slug=CONSULTATIONS_SLUG, show_in_menus=True),
    )


@hooks.register(SECTIONS_HOOK, order=60)
def consultations_section(home_page, unit):
    ensure_consultations_page(home_page)
