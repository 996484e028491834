from django.conf import settings
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from vnportal.core import portal_map
from vnportal.core import views as core_views

urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    path("tai-lieu/", include(wagtaildocs_urls)),
    path("co-chu/<str:direction>/", core_views.change_font_size, name="font_size"),
    path("giao-dien.css", core_views.site_stylesheet, name="site_stylesheet"),
    path("canh-bao/", include("vnportal.alerts.urls")),
    path("tim-kiem/", include("vnportal.search.urls")),
    path("sitemap.xml", portal_map.sitemap, name="sitemap"),
    path("robots.txt", portal_map.robots, name="robots"),
    # Articles stay out of the human map: "Tin tức" and its categories lead to them.
    path(
        "so-do-cong/",
        portal_map.portal_map,
        {"hidden_types": ("news.ArticlePage",)},
        name="portal_map",
    ),
]

if settings.DEBUG:
    from django.conf.urls.static import static
    from django.contrib.staticfiles.urls import staticfiles_urlpatterns

    urlpatterns += staticfiles_urlpatterns()
    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

urlpatterns += [
    path("api/v1/", include("vnportal.api.urls")),
    path("", include(wagtail_urls)),
]
