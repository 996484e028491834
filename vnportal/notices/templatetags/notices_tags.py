from django import template
from django.utils import timezone

from vnportal.notices.money import format_vnd

register = template.Library()


@register.filter
def vnd(value):
    """1234567890 → "1.234.567.890 đồng"."""
    return format_vnd(value)


@register.filter
def vn_datetime(value):
    """A moment in Vietnam time: "09:00 ngày 30/07/2026"."""
    if not value:
        return ""
    local = timezone.localtime(value)
    return f"{local:%H:%M} ngày {local:%d/%m/%Y}"


@register.filter
def bid_status_of(package, now=None):
    return package.status(now)
