"""The "Đánh giá mức độ hài lòng" page of every unit site (Decree 224/2026 art. 10).
Not in the main menu: the footer links to it."""

from wagtail import hooks

from vnportal.units.provisioning import SECTIONS_HOOK, ensure_child

from .models import SatisfactionPage

SATISFACTION_SLUG = "danh-gia-hai-long"


@hooks.register(SECTIONS_HOOK, order=95)
def satisfaction_section(home_page, unit):
    return ensure_child(
        home_page,
        SatisfactionPage(
            title="Đánh giá mức độ hài lòng", slug=SATISFACTION_SLUG, show_in_menus=False
        ),
    )
