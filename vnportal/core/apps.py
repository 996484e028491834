from django.apps import AppConfig


class CoreConfig(AppConfig):
    name = "vnportal.core"
    label = "core"
    verbose_name = "Cổng thông tin"

    def ready(self):
        from . import signals

        signals.connect()
