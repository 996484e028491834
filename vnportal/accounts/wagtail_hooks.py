"""Accounts in the Wagtail admin: the two-step verification pages, the account page's
link to them, the superuser's reset in the user list, and "Nhật ký bảo mật"."""

from django.urls import include, path, reverse
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.widgets import ListingButton

from .access import can_view_security_log
from .urls import security_log_patterns, two_factor_patterns


@hooks.register("register_admin_urls")
def register_account_urls():
    return [
        path("xac-thuc-hai-buoc/", include(two_factor_patterns)),
        path("nhat-ky-bao-mat/", include(security_log_patterns)),
    ]


class SecurityLogMenuItem(MenuItem):
    def is_shown(self, request):
        return can_view_security_log(request.user)


@hooks.register("register_settings_menu_item")
def security_log_menu_item():
    return SecurityLogMenuItem(
        "Nhật ký bảo mật", reverse("accounts_log:index"), icon_name="warning", order=900
    )


@hooks.register("register_account_menu_item")
def two_factor_account_item(request):
    return {
        "url": reverse("accounts_2fa:manage"),
        "label": "Xác thực hai bước",
        "help_text": "Ứng dụng xác thực, mã dự phòng, đặt lại khi mất điện thoại.",
    }


@hooks.register("register_user_listing_buttons")
def reset_two_factor_button(user, request_user):
    if request_user.is_superuser:
        yield ListingButton(
            "Đặt lại xác thực hai bước",
            reverse("accounts_2fa:reset_user", args=[user.pk]),
            priority=50,
        )
