from django.apps import AppConfig


class ConsultationsConfig(AppConfig):
    name = "vnportal.consultations"
    label = "consultations"
    verbose_name = "Lấy ý kiến dự thảo"

    def ready(self):
        from . import privacy, sections  # noqa: F401  (hooks)
