"""The full-text side of the index, one module per database.

Both backends take the same arguments and answer the same way; what differs is the
index structure (an FTS5 table on SQLite, a ``tsvector`` column with a GIN index on
PostgreSQL) and how a score is computed. Text arrives already folded (``vntext``), so
neither database needs to know anything about Vietnamese.
"""

from django.db import connection


def get_backend():
    if connection.vendor == "postgresql":
        from . import postgres

        return postgres
    from . import sqlite

    return sqlite
