"""Fixtures shared by every app's tests."""

from pathlib import Path

import pytest

pytest_plugins = ["vnportal.testing.browser"]

SHARED_DATA = Path(__file__).resolve().parent.parent / "shared" / "data"


@pytest.fixture
def shared_data():
    """The real Vietnamese data in ../shared/data; absent in a user's clone."""
    if not SHARED_DATA.is_dir():
        pytest.skip(f"shared data not present: {SHARED_DATA}")
    return SHARED_DATA


@pytest.fixture
def province(db):
    from vnportal.testing.builders import build_site

    return build_site()


@pytest.fixture
def commune(province):
    from vnportal.testing.builders import build_site

    return build_site(hostname="tayyen.localhost", unit_name="xã Tây Yên", default=False)


@pytest.fixture(autouse=True)
def _empty_cache():
    """The page cache lives in local memory across tests; each test starts empty."""
    from django.core.cache import cache

    cache.clear()
