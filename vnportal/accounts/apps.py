from django.apps import AppConfig


class AccountsConfig(AppConfig):
    name = "vnportal.accounts"
    label = "accounts"
    verbose_name = "Tài khoản quản trị"

    def ready(self):
        # Signal receivers: the security log, and what a new session must do and when it
        # ends (connected before any request, since tests log in without one).
        from . import middleware, security_log, two_factor  # noqa: F401
