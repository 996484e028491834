import pytest

PAGE_CACHE = "vnportal.core.pagecache.PageCacheMiddleware"
COUNTER = "vnportal.visitors.middleware.VisitorCountMiddleware"


@pytest.fixture(autouse=True)
def counting(settings):
    """The counter in front of the page cache, where the settings are to put it."""
    middleware = [entry for entry in settings.MIDDLEWARE if entry != COUNTER]
    middleware.insert(middleware.index(PAGE_CACHE), COUNTER)
    settings.MIDDLEWARE = middleware
