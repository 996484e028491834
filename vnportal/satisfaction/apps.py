from django.apps import AppConfig


class SatisfactionConfig(AppConfig):
    name = "vnportal.satisfaction"
    label = "satisfaction"
    verbose_name = "Đánh giá mức độ hài lòng"

    def ready(self):
        from . import demo, sections  # noqa: F401  (hooks)
