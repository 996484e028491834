from django.apps import AppConfig


class OutageConfig(AppConfig):
    name = "vnportal.outage"
    label = "outage"
    verbose_name = "Sự cố cơ sở dữ liệu"

    def ready(self):
        from . import middleware

        middleware.connect()
