"""A provisioned site's "Liên hệ" is the contact page with the form, last in the menu."""

import pytest

from vnportal.contact.models import ContactPage
from vnportal.satisfaction.models import SatisfactionPage
from vnportal.units.models import Unit, UnitKind
from vnportal.units.provisioning import provision_unit

pytestmark = pytest.mark.django_db


def test_a_new_site_gets_the_contact_page_last_and_the_survey_outside_the_menu(client):
    unit = Unit.objects.create(code="AG", name="Tỉnh An Giang", kind=UnitKind.PROVINCE)
    site = provision_unit(unit, hostname="localhost")
    home = site.root_page
    last = home.get_children().last().specific
    assert isinstance(last, ContactPage) and last.slug == "lien-he" and last.show_in_menus
    survey = SatisfactionPage.objects.child_of(home).get()
    assert not survey.show_in_menus
    provision_unit(unit, hostname="localhost")  # running again changes nothing
    assert ContactPage.objects.count() == 1

    page = client.get("/lien-he/").content.decode()
    assert "Ủy ban nhân dân tỉnh An Giang" in page
    assert 'name="consent"' in page
    assert client.get("/danh-gia-hai-long/").status_code == 200
