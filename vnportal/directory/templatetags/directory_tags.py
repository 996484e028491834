"""`{% shown obj "field" %}`: a department's or official's field in the page's language,
the English one falling back to the Vietnamese when the editors left it empty."""

from django import template
from django.utils.safestring import mark_safe

register = template.Library()


@register.simple_tag(takes_context=True)
def shown(context, obj, field):
    if context.get("lang") == "en":
        english = getattr(obj, f"shown_{field}_en", None)
        if english is not None:
            return english
    return getattr(obj, field)


@register.simple_tag(takes_context=True)
def vi_fallback(context, obj, field):
    """` lang="vi"` for the element holding `{% shown obj field %}` when the English page
    shows Vietnamese text there, so that screen readers switch voice (WCAG 3.1.2)."""
    if context.get("lang") != "en":
        return ""
    english = getattr(obj, f"{field}_en", "")
    return mark_safe(' lang="vi"') if not english else ""  # noqa: S308  (constant markup)


@register.simple_tag(takes_context=True)
def vi_text(context):
    """` lang="vi"` on the English page, for text only ever written in Vietnamese."""
    return mark_safe(' lang="vi"') if context.get("lang") == "en" else ""  # noqa: S308
