from django import template
from django.utils import timezone
from django.utils.safestring import mark_safe

from vnportal.core.banners import top_banners
from vnportal.core.linked_text import linked_html as stored_linked_html
from vnportal.core.menu import main_menu

register = template.Library()


@register.filter
def dateline(value):
    """The date line Vietnamese portals print under a title: "(09:27 | 30/07/2022)"."""
    if not value:
        return ""
    local = timezone.localtime(value)
    return f"({local:%H:%M} | {local:%d/%m/%Y})"


@register.simple_tag(takes_context=True)
def menu_items(context, current_page=None):
    items = main_menu(context["request"])
    current_path = getattr(current_page, "path", "")
    for item in items:
        item.is_active = current_path.startswith(item.path)
    return items


@register.simple_tag(takes_context=True)
def page_banners(context):
    # Hooks return HTML they rendered from templates, escaped there.
    return mark_safe("".join(top_banners(context["request"])))  # noqa: S308


@register.simple_tag
def linked_html(obj, field_name):
    """The linked rendering of `obj.field_name` an app keeps (core/linked_text.py), or ""."""
    return stored_linked_html(obj, field_name) or ""
