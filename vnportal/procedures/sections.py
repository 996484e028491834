"""The "Thủ tục hành chính" section of every unit site (the units app's
`vnportal_site_sections`)."""

from wagtail import hooks

from vnportal.units.provisioning import SECTIONS_HOOK, ensure_child

from .models import ProceduresPage

PROCEDURES_SLUG = "thu-tuc-hanh-chinh"


def ensure_procedures_page(home_page):
    return ensure_child(
        home_page,
        ProceduresPage(title="Thủ tục hành chính", slug=PROCEDURES_SLUG, show_in_menus=True),
    )


@hooks.register(SECTIONS_HOOK, order=45)
def procedures_section(home_page, unit):
    ensure_procedures_page(home_page)
