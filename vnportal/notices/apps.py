from django.apps import AppConfig


class NoticesConfig(AppConfig):
    name = "vnportal.notices"
    label = "notices"
    verbose_name = "Thông báo, dự án và đấu thầu"

    def ready(self):
        from . import demo, sections  # noqa: F401  (hooks)
