from django.apps import AppConfig


class AccessConfig(AppConfig):
    name = "vnportal.access"
    label = "access"
    verbose_name = "Tiếp cận thông tin"

    def ready(self):
        from . import demo, sections  # noqa: F401  (hooks)
