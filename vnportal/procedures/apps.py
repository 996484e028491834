from django.apps import AppConfig


class ProceduresConfig(AppConfig):
    name = "vnportal.procedures"
    label = "procedures"
    verbose_name = "Thủ tục hành chính"

    def ready(self):
        from . import demo, sections, signals  # noqa: F401  (hooks, signals)
