from django.apps import AppConfig


class ImportersConfig(AppConfig):
    name = "vnportal.importers"
    label = "importers"
    verbose_name = "Nhập nội dung cổng cũ"
