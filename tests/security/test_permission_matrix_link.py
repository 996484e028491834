"""The permission matrix of the units issue belongs to this suite. Its cases (every role of
site A against every site-owned object of site B, in every admin view) run once, from
vnportal/units/tests/test_permission_matrix.py; this module only checks that the matrix is
there and complete, so a CI that runs `pytest tests/security` alone still notices a hole.
"""

import importlib

from vnportal.units.admin_matrix import load, uncovered_admin_url_names
from vnportal.units.roles import ROLES

MATRIX_MODULE = "vnportal.units.tests.test_permission_matrix"
MATRIX_TESTS = (
    "test_site_role_is_refused_on_other_sites_objects",
    "test_lists_show_nothing_of_other_sites",
    "test_site_role_succeeds_on_own_sites_objects",
    "test_superuser_succeeds_where_no_role_may",
    "test_every_admin_url_is_in_the_matrix",
)


def test_the_matrix_tests_exist_where_ci_runs_them():
    module = importlib.import_module(MATRIX_MODULE)
    for name in MATRIX_TESTS:
        assert callable(getattr(module, name, None)), name


def test_the_matrix_covers_every_admin_url_and_every_role():
    registry = load()
    assert len(registry.cases) >= 50
    assert not uncovered_admin_url_names()
    # Every role is checked against another site's objects: each case is asked of all
    # roles (test_site_role_is_refused_on_other_sites_objects), so roles must exist.
    assert len(ROLES) >= 4
