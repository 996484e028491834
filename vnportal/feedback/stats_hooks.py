"""Wagtail hooks of the feedback statistics: the admin URLs and the menu item. Imported
from the app's ready() so that they are registered beside wagtail_hooks.py."""

from django.urls import reverse
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from .stats_urls import register_stats_urls
from .stats_views import may_see_any


class StatsMenuItem(MenuItem):
    def is_shown(self, request):
        return may_see_any(request.user)


def stats_menu_item():
    return StatsMenuItem(
        "Thống kê hỏi đáp", reverse("feedback_stats:index"), icon_name="list-ol", order=290
    )


hooks.register("register_admin_urls", register_stats_urls)
hooks.register("register_admin_menu_item", stats_menu_item)
