"""The "Hỏi đáp" section of every unit site (the units app's `vnportal_site_sections`),
and the fields (lĩnh vực) a question is filed under, made with the first site so that the
form can be used at once; administrators edit them in the admin."""

from wagtail import hooks

from vnportal.units.provisioning import SECTIONS_HOOK, SITE_READY_HOOK, ensure_child
from vnportal.vntext import slugify

from .models import FeedbackField, QuestionIndexPage

QUESTIONS_SLUG = "hoi-dap"


@hooks.register(SECTIONS_HOOK, order=50)
def questions_section(home_page, unit):
    ensure_child(
        home_page,
        QuestionIndexPage(title="Hỏi đáp", slug=QUESTIONS_SLUG, show_in_menus=True),
    )


# Lĩnh vực most portals start with, and their time to answer in working days.
DEFAULT_FIELDS = (
    ("Đất đai", 15),
    ("Xây dựng, giao thông", 15),
    ("Tài nguyên, môi trường", 15),
    ("Y tế", 10),
    ("Giáo dục", 10),
    ("Lao động, chính sách xã hội", 15),
    ("Hộ tịch, chứng thực", 5),
    ("An ninh, trật tự", 10),
    ("Khác", 15),
)


@hooks.register(SITE_READY_HOOK)
def default_fields(site, groups):
    if FeedbackField.objects.exists():
        return
    FeedbackField.objects.bulk_create(
        FeedbackField(name=name, slug=slugify(name), due_working_days=days)
        for name, days in DEFAULT_FIELDS
    )
