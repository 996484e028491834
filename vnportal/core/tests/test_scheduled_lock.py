"""Scheduled publishing runs once, even when two machines' timers fire together.

`manage.py publish_scheduled` (vnportal/core/management/commands/publish_scheduled.py)
takes a lock first; a run that finds it held skips. The other run is simulated by a thread
holding the lock on its own database connection (a separate session on PostgreSQL, a
separate open file on SQLite). The stack smoke test runs two real processes at once.
"""

import datetime
import io
import threading

import pytest
from django.core.management import call_command
from django.db import connections
from django.utils import timezone
from wagtail.models import PageLogEntry

from vnportal.core.locks import exclusive
from vnportal.testing.builders import add_article


def schedule_new_title(article, title):
    article.title = title
    revision = article.save_revision()
    revision.approved_go_live_at = timezone.now() - datetime.timedelta(minutes=1)
    revision.save(update_fields=["approved_go_live_at"])
    return revision


class HeldElsewhere:
    """The lock held by another thread (its own connection) until the block ends."""

    def __init__(self, name):
        self.name = name
        self.held = threading.Event()
        self.release = threading.Event()
        self.acquired = None

    def _run(self):
        try:
            with exclusive(self.name) as acquired:
                self.acquired = acquired
                self.held.set()
                self.release.wait(30)
        finally:
            connections.close_all()

    def __enter__(self):
        self.thread = threading.Thread(target=self._run)
        self.thread.start()
        assert self.held.wait(30)
        return self

    def __exit__(self, *exc):
        self.release.set()
        self.thread.join(30)


def scheduled_entries(article, revision):
    return PageLogEntry.objects.filter(
        page=article, revision=revision, action="wagtail.publish.scheduled"
    ).count()


@pytest.mark.django_db(transaction=True)
def test_a_run_that_finds_the_lock_taken_publishes_nothing(province):
    article = add_article(province.categories["tin-hoat-dong"], title="Tiêu đề cũ")
    revision = schedule_new_title(article, "Tiêu đề theo lịch")

    with HeldElsewhere("publish_scheduled") as other:
        assert other.acquired is True
        out = io.StringIO()
        call_command("publish_scheduled", stdout=out)
        assert "skipped" in out.getvalue()
        article.refresh_from_db()
        assert article.title == "Tiêu đề cũ"
        assert scheduled_entries(article, revision) == 0

    call_command("publish_scheduled", stdout=io.StringIO())
    call_command("publish_scheduled", stdout=io.StringIO())
    article.refresh_from_db()
    assert article.title == "Tiêu đề theo lịch"
    assert scheduled_entries(article, revision) == 1


@pytest.mark.django_db(transaction=True)
def test_the_lock_is_free_again_after_a_run():
    with exclusive("publish_scheduled") as first:
        assert first is True
    with exclusive("publish_scheduled") as second:
        assert second is True
