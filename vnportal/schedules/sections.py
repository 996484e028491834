"""The "Lịch công tác" section of every unit site (the units app's `vnportal_site_sections`)."""

from wagtail import hooks

from vnportal.units.provisioning import SECTIONS_HOOK, ensure_child

from .models import SchedulePage

SCHEDULE_SLUG = "lich-cong-tac"


@hooks.register(SECTIONS_HOOK, order=40)
def schedule_section(home_page, unit):
    return ensure_child(
        home_page,
        SchedulePage(title="Lịch công tác", slug=SCHEDULE_SLUG, show_in_menus=True),
    )
