from django.apps import AppConfig


class NewsConfig(AppConfig):
    name = "vnportal.news"
    label = "news"
    verbose_name = "Tin tức"

    def ready(self):
        # Registers "Tin tức" as a standard section of every unit site, and gives every
        # unit site its review workflow (contributor → editor → board).
        from . import sections, workflows  # noqa: F401
