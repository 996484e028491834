"""A lock held by one process at a time across every machine of an installation.

Scheduled jobs run from a systemd timer; when more than one machine has the timer (or an
operator runs a job by hand while the timer fires), the lock makes the second run skip
instead of doing the work twice. On PostgreSQL it is a session advisory lock on the
primary database, released when the holder ends even if it crashes; on SQLite, which
only one machine can use, it is an exclusive `flock` on a file beside the database.
"""

import contextlib
import fcntl
import hashlib
import tempfile
from pathlib import Path

from django.db import DEFAULT_DB_ALIAS, connections


def _lock_id(name):
    # pg advisory locks take a signed 64-bit key.
    return int.from_bytes(hashlib.sha256(name.encode()).digest()[:8], "big", signed=True)


@contextlib.contextmanager
def exclusive(name, using=DEFAULT_DB_ALIAS):
    """Yield True when this process holds the lock `name`, False when another one does."""
    connection = connections[using]
    if connection.vendor == "postgresql":
        key = _lock_id(f"vnportal:{name}")
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_try_advisory_lock(%s)", [key])
            acquired = cursor.fetchone()[0]
        try:
            yield acquired
        finally:
            if acquired:
                with connection.cursor() as cursor:
                    cursor.execute("SELECT pg_advisory_unlock(%s)", [key])
        return
    db_name = str(connection.settings_dict["NAME"])
    if connection.vendor == "sqlite" and not connection.is_in_memory_db():
        path = Path(db_name).with_name(Path(db_name).name + f".{name}.lock")
    else:
        # In-memory test databases and other engines: a lock per machine.
        digest = hashlib.sha256(db_name.encode()).hexdigest()[:16]
        path = Path(tempfile.gettempdir()) / f"vnportal-{digest}.{name}.lock"
    with open(path, "a") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            yield False
            return
        try:
            yield True
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)
