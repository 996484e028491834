from django.apps import AppConfig


class GalleriesConfig(AppConfig):
    name = "vnportal.galleries"
    label = "galleries"
    verbose_name = "Thư viện ảnh, video"

    def ready(self):
        from . import demo, sections  # noqa: F401  (hooks)
