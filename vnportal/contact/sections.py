"""The "Liên hệ" section of every unit site. Provisioning creates a plain page under the
same slug after the section hooks and keeps whichever page is already there, so this
page takes its place; provisioning still moves it to the end of the menu."""

from django.utils.html import format_html
from wagtail import hooks

from vnportal.core.models import SiteSettings
from vnportal.units.provisioning import CONTACT_SLUG, SECTIONS_HOOK, ensure_child

from .models import ContactPage


@hooks.register(SECTIONS_HOOK, order=90)
def contact_section(home_page, unit):
    portal = SiteSettings.objects.filter(site__root_page=home_page).first()
    body = format_html("<p><b>{}</b></p>", portal.governing_body) if portal else ""
    return ensure_child(
        home_page,
        ContactPage(title="Liên hệ", slug=CONTACT_SLUG, show_in_menus=True, body=body),
    )
