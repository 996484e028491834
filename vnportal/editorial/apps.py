from django.apps import AppConfig


class EditorialConfig(AppConfig):
    name = "vnportal.editorial"
    label = "editorial"
    verbose_name = "Nhuận bút và thống kê tin bài"
