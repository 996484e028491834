"""The boundary map loads Leaflet from the django-leaflet package's static files, which
Django finds only while "leaflet" is an installed app."""

from django.apps import apps
from django.core import checks


@checks.register(checks.Tags.staticfiles)
def leaflet_installed(app_configs, **kwargs):
    if apps.is_installed("leaflet"):
        return []
    return [
        checks.Warning(
            "The boundary map needs django-leaflet's static files.",
            hint='Add "leaflet" to INSTALLED_APPS.',
            id="about.W001",
        )
    ]
