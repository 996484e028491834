import pytest

from vnportal.satisfaction.sections import satisfaction_section
from vnportal.testing.builders import build_site


@pytest.fixture
def portal(db):
    built = build_site()
    built.survey = satisfaction_section(built.home, None)
    return built


@pytest.fixture
def other_portal(portal):
    built = build_site(hostname="anbien.localhost", unit_name="xã An Biên", default=False)
    built.survey = satisfaction_section(built.home, None)
    return built
