"""Schemathesis against the published schema, through the real WSGI stack: generated
requests (valid and invalid) must never meet a server error, and every answer must be
one the schema describes."""

import pytest
import schemathesis
from django.core.signals import request_finished, request_started
from django.db import close_old_connections
from hypothesis import HealthCheck, given, settings
from schemathesis import checks
from schemathesis.generation import GenerationMode

from vnportal.wsgi import application

pytestmark = pytest.mark.django_db

EXAMPLES_PER_OPERATION = 8
# Valid-looking values can still name nothing (site=12345): a 400 there is right.
EXCLUDED = [checks.positive_data_acceptance]


def _exercise(operation, mode):
    @given(case=operation.as_strategy(generation_mode=mode))
    @settings(
        max_examples=EXAMPLES_PER_OPERATION,
        deadline=None,
        database=None,
        # The same examples on every run: a CI run must not pass or fail by chance. A new
        # schema or endpoint changes the examples, which is when fresh ones are wanted.
        derandomize=True,
        suppress_health_check=list(HealthCheck),
    )
    def run(case):
        case.call_and_validate(excluded_checks=EXCLUDED)

    run()


@pytest.fixture
def connection_kept_open():
    # The WSGI handler closes the database connection around each request, which on
    # PostgreSQL would end the test's transaction; Django's test client avoids it the same way.
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    yield
    request_started.connect(close_old_connections)
    request_finished.connect(close_old_connections)


def test_api_answers_as_its_schema_says(portal, settings, connection_kept_open):
    # The generated requests would otherwise use up the rate limit within two operations.
    settings.API_RATE_PER_MINUTE = 0
    schema = schemathesis.openapi.from_wsgi("/api/v1/openapi.json", application)
    operations = [result.ok() for result in schema.get_all_operations()]
    assert len(operations) == 15
    for operation in operations:
        for mode in (GenerationMode.POSITIVE, GenerationMode.NEGATIVE):
            _exercise(operation, mode)
