from django.apps import AppConfig


class AlertsConfig(AppConfig):
    name = "vnportal.alerts"
    label = "alerts"
    verbose_name = "Cảnh báo khẩn cấp"
