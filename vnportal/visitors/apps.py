from django.apps import AppConfig


class VisitorsConfig(AppConfig):
    name = "vnportal.visitors"
    label = "visitors"
    verbose_name = "Thống kê truy cập"
