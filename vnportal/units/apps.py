from django.apps import AppConfig


class UnitsConfig(AppConfig):
    name = "vnportal.units"
    label = "units"
    verbose_name = "Đơn vị hành chính"

    def ready(self):
        # explorer: the admin's page explorer for many sites (registers a viewset).
        # former_hosts: connects the signals that forget cached former host names when
        # one changes, also in processes that never serve a request (commands).
        from . import explorer, former_hosts  # noqa: F401
