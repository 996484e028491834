from django.apps import AppConfig


class DirectoryConfig(AppConfig):
    name = "vnportal.directory"
    label = "directory"
    verbose_name = "Cơ cấu tổ chức"

    def ready(self):
        from . import demo, sections, signals  # noqa: F401  (hooks, signals)
