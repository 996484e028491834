"""A site's own colour and banner as a reader's browser shows them."""

import pytest

from vnportal.core.models import SiteSettings
from vnportal.testing.browser import axe_violations
from vnportal.testing.builders import build_site, make_image

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_the_menu_takes_the_sites_colour_and_the_header_its_banner(live_server, browser_page):
    built = build_site()
    portal = SiteSettings.objects.get(site=built.site)
    portal.primary_colour = "#005a70"
    portal.banner_image = make_image("Băng rôn", color="#2e6b30")
    portal.save()
    rendition = portal.banner_image.get_rendition("width-1600")

    page = browser_page
    page.goto(live_server.url + "/")

    menu_colour = page.evaluate(
        "getComputedStyle(document.querySelector('.main-nav')).backgroundColor"
    )
    banner = page.evaluate(
        "getComputedStyle(document.querySelector('.site-header')).backgroundImage"
    )
    assert menu_colour == "rgb(0, 90, 112)"
    assert rendition.url in banner
    assert axe_violations(page) == []
