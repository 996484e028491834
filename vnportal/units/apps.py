from django.apps import AppConfig


class UnitsConfig(AppConfig):
    name = "vnportal.units"
    label = "units"
    verbose_name = "Đơn vị hành chính"
