"""The "Số liệu thống kê" section of every unit site (the units app's `vnportal_site_sections`)."""

from wagtail import hooks

from vnportal.units.provisioning import SECTIONS_HOOK, ensure_child

from .models import StatisticsIndexPage

STATISTICS_SLUG = "so-lieu-thong-ke"


def ensure_statistics_index(home_page):
    return ensure_child(
        home_page,
        StatisticsIndexPage(title="Số liệu thống kê", slug=STATISTICS_SLUG, show_in_menus=True),
    )


@hooks.register(SECTIONS_HOOK, order=80)
def statistics_section(home_page, unit):
    ensure_statistics_index(home_page)
