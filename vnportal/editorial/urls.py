"""Admin URLs of royalties and statistics, under /admin/nhuan-but/ (wagtail_hooks.py)."""

from django.urls import path

from . import views

app_name = views.NAMESPACE

urlpatterns = [
    path("", views.PeriodIndexView.as_view(), name="periods"),
    path("them/", views.PeriodCreateView.as_view(), name="period_add"),
    path("<int:pk>/", views.ReportView.as_view(), name="report"),
    path("<int:pk>/cham-he-so/", views.AssessView.as_view(), name="assess"),
    path("<int:pk>/khoa/", views.CloseView.as_view(), name="close"),
    path("<int:pk>/bang-ke.xlsx", views.ExportView.as_view(kind="xlsx"), name="export_xlsx"),
    path("<int:pk>/bang-ke.csv", views.ExportView.as_view(kind="csv"), name="export_csv"),
    path("thong-ke/", views.StatisticsView.as_view(), name="statistics"),
]
