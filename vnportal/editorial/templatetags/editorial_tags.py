from django import template

from vnportal.editorial.models import format_date, format_number

register = template.Library()


@register.filter
def money(value):
    """1123200 → "1.123.200" (Vietnamese thousands separator)."""
    if value is None or value == "":
        return ""
    return f"{int(value):,}".replace(",", ".")


@register.filter
def coefficient(value):
    if value is None or value == "":
        return ""
    return format_number(value)


@register.filter
def one_decimal(value):
    """A number with one decimal and the Vietnamese comma; "–" for none."""
    if value is None:
        return "–"
    return f"{value:.1f}".replace(".", ",")


@register.filter
def vn_date(value):
    return format_date(value)
