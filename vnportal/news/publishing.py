"""What an article needs before it may be published; a draft may always be saved.

`publish_problems(page, parent=None)` lists (field name or None, Vietnamese message) for
every rule the article breaks. The rules are checked where an article can be published:
the edit and create forms (forms.ArticlePageForm, on "Xuất bản" and on the final
approval of the review workflow), the dashboard's approval (workflows.ApprovalGuardMiddleware)
and bulk publishing (wagtail_hooks.py). Saving a draft and submitting it for review are
never refused: the editors complete what is missing.

- A category: the article sits in a "Chuyên mục" (or in the archive of a former unit),
  not directly under "Tin tức" where a contributor may start it.
- A description of the cover image for blind readers (WCAG 2.1, criterion 1.1.1) whenever
  there is a cover.
- For an official clarification (thông tin xác minh): the claim, the verdict, the verified
  facts and the office responsible for them.
"""

from .kinds import ArticleKind

NO_CATEGORY = "Chưa chọn chuyên mục: hãy chuyển bài vào một chuyên mục trước khi đăng."
NO_COVER_ALT = (
    "Ảnh đại diện chưa có mô tả cho người khiếm thị (ô “Mô tả ảnh đại diện”): "
    "hãy tả ngắn gọn nội dung ảnh trước khi đăng."
)
CLARIFICATION_FIELDS = ("claim", "verdict", "facts", "responsible_office")
REFUSAL_PREFIX = "Chưa thể đăng bài: "


def _category_ok(parent):
    from .models import ArchivePage, CategoryPage

    if parent is None:
        return False
    return parent.specific_class in (CategoryPage, ArchivePage)


def _label(page, field_name):
    return str(page._meta.get_field(field_name).verbose_name)


def publish_problems(page, parent=None):
    """Every reason `page` may not be published yet, as (field name or None, message)."""
    problems = []
    if parent is None and page.pk and page.path:
        parent = page.get_parent()
    if not _category_ok(parent):
        problems.append((None, NO_CATEGORY))
    if page.original_id is not None:
        # A republished province article shows the original's content, checked there.
        return problems
    if page.cover_image_id and not (page.cover_alt or "").strip():
        problems.append(("cover_alt", NO_COVER_ALT))
    if page.kind == ArticleKind.CLARIFICATION:
        for name in CLARIFICATION_FIELDS:
            if not str(getattr(page, name) or "").strip():
                problems.append(
                    (
                        name,
                        f"Bài “Thông tin xác minh” cần ô “{_label(page, name)}” trước khi đăng.",
                    )
                )
    return problems


def refusal_message(problems):
    return REFUSAL_PREFIX + " ".join(message for _, message in problems)
