import gc
import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "vnportal.settings.production")

application = get_wsgi_application()

# What loading made (modules, models, URL patterns) lives as long as the process; frozen,
# it is left out of full garbage collections, which otherwise pause a request for ~80 ms
# on a small server and set the admin's p95 (docs/benchmarks.md).
gc.freeze()
