"""The "Thông báo" and "Dự án, đấu thầu" sections of every unit site (the units app's
`vnportal_site_sections`)."""

from wagtail import hooks

from vnportal.units.provisioning import SECTIONS_HOOK, ensure_child

from .models import NoticeIndexPage, ProjectIndexPage

NOTICES_SLUG = "thong-bao"
PROJECTS_SLUG = "du-an-dau-thau"


@hooks.register(SECTIONS_HOOK, order=22)
def notices_section(home_page, unit):
    return ensure_child(
        home_page, NoticeIndexPage(title="Thông báo", slug=NOTICES_SLUG, show_in_menus=True)
    )


@hooks.register(SECTIONS_HOOK, order=70)
def projects_section(home_page, unit):
    return ensure_child(
        home_page,
        ProjectIndexPage(title="Dự án, đấu thầu", slug=PROJECTS_SLUG, show_in_menus=True),
    )
