from django.apps import AppConfig


class ApiConfig(AppConfig):
    name = "vnportal.api"
    label = "api"
    verbose_name = "Dữ liệu mở (API)"
