"""Royalties and statistics in the Wagtail admin: the menu items, the URLs, the
province-wide tables (bounds per kind, base salary) for province staff, the audit log
labels, and the permissions each role holds on its own site."""

from django.urls import include, path, reverse
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.log_actions import LogFormatter

from vnportal.units.roles import BOARD, EDITOR, ROLE_PERMISSIONS_HOOK, SITE_ADMIN

from . import actions, urls
from .access import VIEW, policy
from .models import BaseSalary, RoyaltyBound

PERIOD_PERMISSIONS = ["view", "add", "assess", "close"]


@hooks.register(ROLE_PERMISSIONS_HOOK)
def royalty_role_permissions():
    # Editors read reports and statistics; the board and the site administrator also
    # create periods, set coefficients and close periods. Contributors see no royalties.
    managing = [f"editorial.{action}_royaltyperiod" for action in PERIOD_PERMISSIONS]
    return {EDITOR: ["editorial.view_royaltyperiod"], BOARD: managing, SITE_ADMIN: managing}


@hooks.register("register_admin_urls")
def register_royalty_urls():
    return [path("nhuan-but/", include(urls, namespace=urls.app_name))]


class PermittedMenuItem(MenuItem):
    def is_shown(self, request):
        return policy.user_has_any_permission(request.user, [VIEW])


@hooks.register("register_admin_menu_item")
def royalty_menu_item():
    return PermittedMenuItem(
        "Nhuận bút", reverse("editorial_admin:periods"), icon_name="table", order=260
    )


@hooks.register("register_admin_menu_item")
def statistics_menu_item():
    return PermittedMenuItem(
        "Thống kê tin bài", reverse("editorial_admin:statistics"), icon_name="list-ol", order=270
    )


class RoyaltyBoundViewSet(ModelViewSet):
    model = RoyaltyBound
    icon = "table"
    menu_label = "Khung hệ số nhuận bút"
    add_to_settings_menu = True
    copy_view_enabled = False
    inspect_view_enabled = False
    form_fields = ["kind", "min_coefficient", "max_coefficient"]
    list_display = ["kind", "min_coefficient", "max_coefficient"]


class BaseSalaryViewSet(ModelViewSet):
    model = BaseSalary
    icon = "table"
    menu_label = "Mức lương cơ sở"
    add_to_settings_menu = True
    copy_view_enabled = False
    inspect_view_enabled = False
    form_fields = ["amount", "valid_from", "valid_to", "legal_basis"]
    list_display = ["amount", "valid_from", "valid_to", "legal_basis"]


@hooks.register("register_admin_viewset")
def register_province_tables():
    return [
        RoyaltyBoundViewSet("royalty_bounds", url_prefix="khung-he-so"),
        BaseSalaryViewSet("base_salaries", url_prefix="luong-co-so"),
    ]


class AssessFormatter(LogFormatter):
    label = "Chấm hệ số nhuận bút"

    def format_message(self, log_entry):
        data = log_entry.data or {}
        previous = data.get("previous")
        message = f"Đặt hệ số nhuận bút {data.get('coefficient', '')}"
        return f"{message} (trước đó {previous})" if previous else message


class CloseFormatter(LogFormatter):
    label = "Khóa kỳ nhuận bút"

    def format_message(self, log_entry):
        data = log_entry.data or {}
        total = f"{data.get('total_amount', 0):,}".replace(",", ".")
        return (
            f"Đã khóa kỳ “{data.get('name', '')}”: {data.get('articles', 0)} bài, tổng {total} đồng"
        )


@hooks.register("register_log_actions")
def register_royalty_log_actions(log_actions):
    log_actions.register_action(actions.CREATE_PERIOD, "Tạo kỳ nhuận bút", "Đã tạo kỳ nhuận bút")
    log_actions.register_action(
        actions.CLEAR_ASSESSMENT, "Bỏ hệ số nhuận bút", "Đã bỏ hệ số nhuận bút"
    )
    log_actions.register_action(actions.ASSESS_ARTICLE)(AssessFormatter)
    log_actions.register_action(actions.CLOSE_PERIOD)(CloseFormatter)
