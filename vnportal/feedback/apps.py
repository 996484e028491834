from django.apps import AppConfig


class FeedbackConfig(AppConfig):
    name = "vnportal.feedback"
    label = "feedback"
    verbose_name = "Hỏi đáp, phản ánh kiến nghị"

    def ready(self):
        from . import privacy, publishing, sections, stats_hooks  # noqa: F401  (signals, hooks)
