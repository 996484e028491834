from django.apps import AppConfig


class DemoConfig(AppConfig):
    name = "vnportal.demo"
    label = "demo"
    verbose_name = "Nội dung mẫu"
