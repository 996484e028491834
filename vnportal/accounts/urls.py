"""Admin URLs of accounts (wagtail_hooks.py mounts them under /admin/)."""

from django.urls import path

from . import views

two_factor_patterns = (
    [
        path("", views.verify, name="verify"),
        path("thiet-lap/", views.setup, name="setup"),
        path("quan-ly/", views.manage, name="manage"),
        path("quan-ly/ma-du-phong/", views.new_recovery_codes, name="recovery_codes"),
        path("quan-ly/dat-lai/", views.reset_own, name="reset_own"),
        path("dat-lai/<int:user_id>/", views.reset_user, name="reset_user"),
    ],
    "accounts_2fa",
)

security_log_patterns = (
    [path("", views.security_log, name="index")],
    "accounts_log",
)
