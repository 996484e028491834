import pytest


@pytest.fixture
def committed(django_capture_on_commit_callbacks):
    """Run what follows a save after commit (index, links, cache purge), as a request
    does: `with committed(): ...`."""
    return lambda: django_capture_on_commit_callbacks(execute=True)
