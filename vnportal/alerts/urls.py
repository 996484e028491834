from django.urls import path

from . import views

app_name = "alerts"

urlpatterns = [
    path("", views.alert_list, name="list"),
    path("rss.xml", views.rss, name="rss"),
    path("cap.xml", views.cap_index, name="cap_index"),
    path("<int:pk>/", views.alert_detail, name="detail"),
    path("<int:pk>/cap.xml", views.cap_message, name="cap"),
]
