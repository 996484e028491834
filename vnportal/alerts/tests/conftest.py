"""Fixtures of the alert tests; see world.py for what they build."""

import pytest

from vnportal.units.roles import BOARD, SITE_ADMIN, ensure_province_groups

from .world import build_province, make_user, site_groups


@pytest.fixture
def world(db):
    return build_province()


@pytest.fixture
def province_officer(world):
    return make_user("can-bo-tinh", ensure_province_groups("An Giang")[BOARD])


@pytest.fixture
def tayyen_groups(world):
    return site_groups(world.tayyen.site)


@pytest.fixture
def tayyen_officer(tayyen_groups):
    return make_user("can-bo-tay-yen", tayyen_groups[BOARD])


@pytest.fixture
def tayyen_admin(tayyen_groups):
    return make_user("quan-tri-tay-yen", tayyen_groups[SITE_ADMIN])


@pytest.fixture
def anbien_officer(world):
    return make_user("can-bo-an-bien", site_groups(world.anbien.site)[BOARD])
