from django.apps import AppConfig


class NewsConfig(AppConfig):
    name = "vnportal.news"
    label = "news"
    verbose_name = "Tin tức"
