"""Admin URLs of the feedback statistics, under /admin/thong-ke-hoi-dap/ (stats_hooks.py)."""

from django.urls import include, path

from . import stats_views

app_name = stats_views.NAMESPACE
PREFIX = "thong-ke-hoi-dap/"

urlpatterns = [
    path("", stats_views.StatsView.as_view(), name="index"),
    path("thong-ke.csv", stats_views.ExportView.as_view(kind="csv"), name="export_csv"),
    path("thong-ke.xlsx", stats_views.ExportView.as_view(kind="xlsx"), name="export_xlsx"),
]


def register_stats_urls():
    """The patterns to return from a `register_admin_urls` hook."""
    return [path(PREFIX, include((urlpatterns, app_name), namespace=app_name))]
