from django.apps import AppConfig


class AboutConfig(AppConfig):
    name = "vnportal.about"
    label = "about"
    verbose_name = "Giới thiệu địa phương"

    def ready(self):
        from . import checks, demo, sections  # noqa: F401  (hooks, checks)
