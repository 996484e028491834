from django.urls import path, re_path

from . import views

app_name = "api"

# Ids are matched loosely and checked by the views, so that a malformed id gets the
# API's JSON 404 rather than the site's HTML page.
ID = r"(?P<pk>[^/]+)"

urlpatterns = [
    path("openapi.json", views.openapi, name="openapi"),
    path("sites/", views.site_list, name="sites"),
    re_path(rf"^sites/{ID}/$", views.site_detail, name="site"),
    path("units/", views.unit_list, name="units"),
    path("categories/", views.category_list, name="categories"),
    path("topics/", views.topic_list, name="topics"),
    path("articles/", views.article_list, name="articles"),
    re_path(rf"^articles/{ID}/$", views.article_detail, name="article"),
    path("documents/", views.document_list, name="documents"),
    re_path(rf"^documents/{ID}/$", views.document_detail, name="document"),
    path("answers/", views.answer_list, name="answers"),
    re_path(rf"^answers/{ID}/$", views.answer_detail, name="answer"),
    path("alerts/", views.alert_list, name="alerts"),
    re_path(rf"^alerts/{ID}/$", views.alert_detail, name="alert"),
    path("schedules/", views.schedule_list, name="schedules"),
    re_path(rf"^schedules/{ID}/$", views.schedule_detail, name="schedule"),
]
