from django.apps import AppConfig


class StatsConfig(AppConfig):
    name = "vnportal.stats"
    label = "stats"
    verbose_name = "Số liệu thống kê kinh tế - xã hội"

    def ready(self):
        from . import demo, sections, signals  # noqa: F401  (hooks, signals)
