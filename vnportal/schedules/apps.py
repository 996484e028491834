from django.apps import AppConfig


class SchedulesConfig(AppConfig):
    name = "vnportal.schedules"
    label = "schedules"
    verbose_name = "Lịch công tác"

    def ready(self):
        from . import demo, sections, signals  # noqa: F401  (hooks, signals)
