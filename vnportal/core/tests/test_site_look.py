"""Per-site look: primary colour within an accessible palette, banner image, and the
`/giao-dien.css` stylesheet that carries them."""

import re

import pytest
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.urls import reverse

from vnportal.core.models import SiteSettings
from vnportal.testing.builders import make_image

pytestmark = pytest.mark.django_db

FORM_FIELDS = (
    "unit_name",
    "portal_title",
    "governing_body",
    "responsible_person",
    "address",
    "phone",
    "email",
    "licence",
)


def _settings(built):
    return SiteSettings.objects.get(site=built.site)


def _stylesheet(client, host):
    response = client.get("/giao-dien.css", HTTP_HOST=host)
    assert response.status_code == 200
    assert response["Content-Type"] == "text/css; charset=utf-8"
    return response.content.decode()


def test_a_pale_primary_colour_is_refused_with_the_measured_contrast(commune):
    portal = _settings(commune)
    portal.primary_colour = "#FFCC00"
    with pytest.raises(ValidationError) as refused:
        portal.full_clean()
    message = refused.value.message_dict["primary_colour"][0]
    assert "Màu chủ đạo #ffcc00 quá nhạt" in message
    assert "1,51:1" in message
    assert "4,5:1" in message


def test_a_dark_enough_colour_is_accepted_and_stored_in_lower_case(commune):
    portal = _settings(commune)
    portal.primary_colour = "#005A70"
    portal.full_clean()
    assert portal.primary_colour == "#005a70"


def test_the_settings_form_refuses_a_pale_colour_and_keeps_the_saved_one(client, commune):
    admin = get_user_model().objects.create_superuser("quantri", "qt@example.vn", "x")
    client.force_login(admin)
    portal = _settings(commune)
    url = reverse("wagtailsettings:edit", args=["core", "sitesettings", commune.site.pk])
    form = client.get(url)
    assert form.status_code == 200
    assert "Bảng màu gợi ý" in form.content.decode()
    data = {name: getattr(portal, name) for name in FORM_FIELDS}

    response = client.post(url, {**data, "primary_colour": "#ffcc00"})

    assert response.status_code == 200
    assert "chỉ đạt độ tương phản 1,51:1" in response.content.decode()
    portal.refresh_from_db()
    assert portal.primary_colour == "#9b0d14"

    client.post(url, {**data, "primary_colour": "#1d3f8a"})
    portal.refresh_from_db()
    assert portal.primary_colour == "#1d3f8a"


def test_each_site_stylesheet_carries_its_own_colour(client, province, commune):
    portal = _settings(commune)
    portal.primary_colour = "#005a70"
    portal.save()

    commune_css = _stylesheet(client, "tayyen.localhost")
    province_css = _stylesheet(client, "localhost")

    assert "--brand: #005a70;" in commune_css
    assert "--brand-dark: #004050;" in commune_css
    assert "#9b0d14" not in commune_css
    assert "--brand: #9b0d14;" in province_css
    assert "#005a70" not in province_css


def test_pages_link_the_stylesheet_after_portal_css_with_a_version_that_follows_changes(
    client, commune
):
    def stylesheet_links():
        html = client.get("/", HTTP_HOST="tayyen.localhost").content.decode()
        return re.findall(r'<link rel="stylesheet" href="([^"]+)">', html)

    links = stylesheet_links()
    assert links[0].endswith("/css/portal.css")
    assert links[1].startswith("/giao-dien.css?v=")
    portal = _settings(commune)
    portal.primary_colour = "#2e6b30"
    portal.save()  # saving settings purges the site's cached pages
    assert stylesheet_links()[1] != links[1]


def test_the_header_shows_the_banner_when_one_is_set(client, commune):
    assert "background-image" not in _stylesheet(client, "tayyen.localhost")
    portal = _settings(commune)
    portal.banner_image = make_image("Băng rôn xã Tây Yên", color="#2e6b30")
    portal.save()

    css = _stylesheet(client, "tayyen.localhost")

    rendition = portal.banner_image.get_rendition("width-1600")
    assert f'.site-header {{ background-image: url("{rendition.url}");' in css
    assert rendition.file.storage.exists(rendition.file.name)


def test_a_colour_saved_around_the_check_never_reaches_readers(client, commune):
    # A script or the shell can skip model validation; the stylesheet still refuses.
    SiteSettings.objects.filter(site=commune.site).update(primary_colour="#ffcc00")
    assert "--brand: #9b0d14;" in _stylesheet(client, "tayyen.localhost")


def test_an_unchanged_stylesheet_is_not_sent_again(client, commune):
    first = client.get("/giao-dien.css", HTTP_HOST="tayyen.localhost")
    assert "max-age" in first["Cache-Control"]
    again = client.get(
        "/giao-dien.css", HTTP_HOST="tayyen.localhost", HTTP_IF_NONE_MATCH=first["ETag"]
    )
    assert again.status_code == 304
    assert again.content == b""
