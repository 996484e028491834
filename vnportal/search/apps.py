from django.apps import AppConfig


class SearchConfig(AppConfig):
    name = "vnportal.search"
    label = "vnsearch"
    verbose_name = "Tìm kiếm"

    def ready(self):
        from . import signals

        signals.connect()
