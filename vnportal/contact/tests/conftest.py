import pytest
from django.contrib.auth import get_user_model
from wagtail.models import Collection

from vnportal.contact.sections import contact_section
from vnportal.testing.builders import build_site
from vnportal.units.roles import SITE_ADMIN, ensure_site_groups


@pytest.fixture
def portal(db):
    built = build_site()
    built.contact = contact_section(built.home, None)
    return built


@pytest.fixture
def other_portal(portal):
    built = build_site(hostname="anbien.localhost", unit_name="xã An Biên", default=False)
    built.contact = contact_section(built.home, None)
    return built


def site_admin(site, username):
    collection = Collection.get_first_root_node().add_child(name=f"Thư mục {username}")
    group = ensure_site_groups(site, collection)[SITE_ADMIN]
    user = get_user_model().objects.create_user(username, password="mat-khau-thu")
    user.groups.add(group)
    return user
