from django.apps import AppConfig


class LegalDocsConfig(AppConfig):
    name = "vnportal.legaldocs"
    label = "legaldocs"
    verbose_name = "Văn bản"

    def ready(self):
        from . import linking, search_source, sections, signals  # noqa: F401  (hooks and signal handlers)
