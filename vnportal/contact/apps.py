from django.apps import AppConfig


class ContactConfig(AppConfig):
    name = "vnportal.contact"
    label = "contact"
    verbose_name = "Liên hệ"

    def ready(self):
        from . import demo, privacy, sections  # noqa: F401  (hooks)
