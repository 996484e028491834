from django.apps import AppConfig


class SearchBenchConfig(AppConfig):
    name = "search_support"
    label = "searchbench"
    verbose_name = "Search benchmark"
    default_auto_field = "django.db.models.BigAutoField"
