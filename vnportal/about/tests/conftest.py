import pytest

from vnportal.about.sections import about_subpages
from vnportal.core.models import StandardPage
from vnportal.testing.builders import build_site
from vnportal.units.provisioning import ABOUT_SLUG, ensure_child

SQUARE = (
    '{"type": "Feature", "properties": {"name": "Xã Thử"}, "geometry": {"type": "Polygon",'
    ' "coordinates": [[[105.0, 10.0], [105.1, 10.0], [105.1, 10.1], [105.0, 10.1],'
    " [105.0, 10.0]]]}}"
)


def build_about_site(hostname="localhost", unit_name="tỉnh An Giang", default=True):
    """A built site with "Giới thiệu" as provisioning makes it, and its sub-pages."""
    built = build_site(hostname=hostname, unit_name=unit_name, default=default, categories={})
    ensure_child(built.home, StandardPage(title="Giới thiệu", slug=ABOUT_SLUG, show_in_menus=True))
    about_subpages(built.home, None)
    built.about = StandardPage.objects.child_of(built.home).get(slug=ABOUT_SLUG)
    return built


@pytest.fixture
def about_site(db):
    return build_about_site()


def child(parent, slug):
    return parent.get_children().get(slug=slug).specific
