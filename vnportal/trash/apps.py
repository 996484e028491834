from django.apps import AppConfig


class TrashConfig(AppConfig):
    name = "vnportal.trash"
    label = "trash"
    verbose_name = "Thùng rác"
