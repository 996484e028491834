"""Read replicas: anonymous page views read from a replica, everything else uses the primary.

Configured by the environment only (vnportal/settings/production.py): DATABASE_URL is the
primary, DATABASE_REPLICA_URLS lists replicas (comma-separated URLs); with replicas set,
`ReplicaRouter` and `ReplicaMiddleware` are switched on.

The rule, chosen so that nobody ever reads a replica's lag back as lost work:

1. Only reads made while serving a GET or HEAD request without a session cookie go to a
   replica (one picked at random per request, kept for the whole request). That is the
   reader traffic a storm brings; it does not need the last second of writes.
2. Once such a request writes anything (a database write routed through Django), its
   later reads go to the primary too, so it reads its own writes.
3. A read inside a transaction on the primary (`atomic` block) goes to the primary.
4. Everything else uses the primary: forms and other POSTs, anyone with a session
   (editors in the admin, people who sent a question), management commands, timers and
   tests. Migrations run only on the primary.
"""

import contextvars
import random

import dj_database_url
from django.conf import settings
from django.db import DEFAULT_DB_ALIAS, connections

PRIMARY = DEFAULT_DB_ALIAS
# The replica alias chosen for the current request, or None when it must use the primary.
_replica = contextvars.ContextVar("vnportal_replica", default=None)


def replica_aliases():
    return list(getattr(settings, "VNPORTAL_DATABASE_REPLICAS", []))


def replica_databases(urls, primary):
    """DATABASES entries for the comma-separated replica URLs, named replica1, replica2...

    Test runs mirror them to the primary (Django makes no separate test database).
    """
    databases = {}
    for number, url in enumerate((u.strip() for u in urls.split(",") if u.strip()), 1):
        config = dj_database_url.parse(url, conn_max_age=60, conn_health_checks=True)
        if config["ENGINE"] != primary["ENGINE"]:
            raise ValueError(
                f"Replica {number} uses {config['ENGINE']}, the primary {primary['ENGINE']}."
            )
        config["TEST"] = {"MIRROR": PRIMARY}
        databases[f"replica{number}"] = config
    return databases


def may_use_replica(request):
    """Rule 1: a safe request from someone without a session."""
    return (
        request.method in ("GET", "HEAD")
        and settings.SESSION_COOKIE_NAME not in request.COOKIES
        and not request.path.startswith("/admin/")
    )


class ReplicaMiddleware:
    """Chooses, per request, whether its reads may go to a replica. Put it first."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        aliases = replica_aliases()
        choice = random.choice(aliases) if aliases and may_use_replica(request) else None
        token = _replica.set(choice)
        try:
            return self.get_response(request)
        finally:
            _replica.reset(token)


class use_primary:  # noqa: N801 - used like a function, as a context manager
    """Within this block the current context reads from the primary."""

    def __enter__(self):
        self._token = _replica.set(None)

    def __exit__(self, *exc):
        _replica.reset(self._token)


class ReplicaRouter:
    def db_for_read(self, model, **hints):
        alias = _replica.get()
        if alias is None or connections[PRIMARY].in_atomic_block:
            return PRIMARY
        return alias

    def db_for_write(self, model, **hints):
        # Rule 2: from the first write on, this request reads the primary.
        _replica.set(None)
        return PRIMARY

    def allow_relation(self, obj1, obj2, **hints):
        # Every alias holds the same data; objects read from a replica relate to the primary.
        return True

    def allow_migrate(self, db, app_label, model_name=None, **hints):
        return db == PRIMARY
