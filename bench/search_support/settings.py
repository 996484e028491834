"""Settings for the search benchmark: the test settings plus the bench-only app.

The database comes from DATABASE_URL, which bench/search_support/database.py sets for a
SQLite file before Django loads (or the caller sets for PostgreSQL).
"""

import os

from vnportal.settings.test import *  # noqa: F403

INSTALLED_APPS = [*INSTALLED_APPS, "search_support"]  # noqa: F405
if os.environ.get("SEARCH_BENCH_STOCK_ONLY") == "1":
    # Lets the stock engine be measured while vnportal's search app cannot load.
    INSTALLED_APPS.remove("vnportal.search")
