"""Settings for the app server that test_postgres_outage.py starts: the test settings,
with tables made straight from the models (as pytest-django's --nomigrations does), so a
throwaway PostgreSQL cluster is ready in seconds instead of minutes of migrations."""

from vnportal.settings.test import *  # noqa: F403


class _NoMigrations(dict):
    def __contains__(self, item):
        return True

    def __getitem__(self, item):
        return None


MIGRATION_MODULES = _NoMigrations()
