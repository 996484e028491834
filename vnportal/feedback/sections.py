"""The "Hỏi đáp" section of every unit site (the units app's `vnportal_site_sections`)."""

from wagtail import hooks

from vnportal.units.provisioning import SECTIONS_HOOK, ensure_child

from .models import QuestionIndexPage

QUESTIONS_SLUG = "hoi-dap"


@hooks.register(SECTIONS_HOOK, order=50)
def questions_section(home_page, unit):
    ensure_child(
        home_page,
        QuestionIndexPage(title="Hỏi đáp", slug=QUESTIONS_SLUG, show_in_menus=True),
    )
