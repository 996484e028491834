"""The daily digest: each handler hears of their own sites' late and nearly late questions."""

import datetime

import pytest
from django.core import mail
from django.core.management import call_command
from django.utils import timezone

from vnportal.feedback.management.commands.send_feedback_digest import due_soon_limit
from vnportal.feedback.models import State
from vnportal.feedback.tests.builders import add_submission
from vnportal.feedback.tests.test_admin_queue import two_communes
from vnportal.units.roles import CONTRIBUTOR

pytestmark = pytest.mark.django_db


@pytest.fixture
def communes():
    return two_communes()


def _mails_to(address):
    return [message for message in mail.outbox if address in message.to]


def test_digest_lists_overdue_and_due_soon_items_of_each_handlers_site(communes):
    a, b = communes
    today = timezone.localdate()
    late = add_submission(
        a.site, title="Câu hỏi trễ hạn", due_on=today - datetime.timedelta(days=2)
    )
    soon = add_submission(a.site, title="Câu hỏi sắp đến hạn", due_on=due_soon_limit(today))
    add_submission(a.site, title="Câu hỏi còn xa hạn", due_on=today + datetime.timedelta(days=40))
    add_submission(
        a.site,
        title="Câu hỏi đã trả lời",
        state=State.ANSWERED,
        due_on=today - datetime.timedelta(days=5),
    )
    add_submission(b.site, title="Câu hỏi trễ của xã B", due_on=today - datetime.timedelta(days=1))

    call_command("send_feedback_digest", stdout=open("/dev/null", "w"))

    for person in (a.handler, a.leader):
        (message,) = _mails_to(person.email)
        assert "Câu hỏi trễ hạn" in message.body and "Câu hỏi sắp đến hạn" in message.body
        assert "Câu hỏi còn xa hạn" not in message.body
        assert "Câu hỏi đã trả lời" not in message.body
        assert "Câu hỏi trễ của xã B" not in message.body
        assert late.name not in message.body and late.phone not in message.body
        assert late.email not in message.body and soon.email not in message.body
    (message,) = _mails_to(b.handler.email)
    assert "Câu hỏi trễ của xã B" in message.body and "Câu hỏi trễ hạn" not in message.body
    assert not _mails_to(a.users[CONTRIBUTOR].email)


def test_digest_skips_handlers_with_nothing_to_do_or_no_address(communes):
    a, b = communes
    b.handler.email = ""
    b.handler.save()
    add_submission(b.site, due_on=timezone.localdate() - datetime.timedelta(days=1))
    call_command("send_feedback_digest", stdout=open("/dev/null", "w"))
    assert not _mails_to(a.handler.email)
    assert [message.to for message in mail.outbox] == [[b.leader.email]]
