"""The "Cơ cấu tổ chức" section of every unit site (the units app's
`vnportal_site_sections`)."""

from wagtail import hooks

from vnportal.units.provisioning import SECTIONS_HOOK, ensure_child

from .models import OrganisationPage

ORGANISATION_SLUG = "co-cau-to-chuc"


def ensure_organisation_page(home_page):
    return ensure_child(
        home_page,
        OrganisationPage(title="Cơ cấu tổ chức", slug=ORGANISATION_SLUG, show_in_menus=True),
    )


@hooks.register(SECTIONS_HOOK, order=15)
def organisation_section(home_page, unit):
    ensure_organisation_page(home_page)
