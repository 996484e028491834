"""The demo loaded once per test module: loading it takes most of a test's time.

The load runs in a transaction that is rolled back when the module ends; each test runs
inside it in its own savepoint (pytest-django's usual per-test transaction), so what a
test changes is undone before the next one and no other module sees the demo.
"""

import io

import pytest
from django.core.management import call_command
from django.db import transaction


def load_demo():
    call_command("load_demo", stdout=io.StringIO())


@pytest.fixture(scope="module")
def demo(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock():
        with transaction.atomic():
            load_demo()
            yield
            transaction.set_rollback(True)
