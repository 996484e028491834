"""The handling transitions themselves: what each allows, refuses and logs."""

import pytest
from django.core.exceptions import PermissionDenied

from vnportal.feedback import handling
from vnportal.feedback.models import AnswerDraft, Event, State
from vnportal.feedback.tests.builders import add_submission
from vnportal.feedback.tests.test_admin_queue import two_communes

pytestmark = pytest.mark.django_db


@pytest.fixture
def communes():
    return two_communes()


def test_start_moves_assigned_question_to_in_progress_once(communes):
    a, _b = communes
    submission = add_submission(a.site, state=State.ASSIGNED)
    handling.start(a.handler, submission)
    assert submission.state == State.IN_PROGRESS
    with pytest.raises(handling.TransitionRefused):
        handling.start(a.handler, submission)
    assert submission.events.filter(action=Event.Action.STARTED).count() == 1


def test_nothing_changes_a_rejected_question(communes):
    a, _b = communes
    submission = add_submission(a.site, state=State.REJECTED, rejection_reason="Thư rác: quảng cáo")
    for change in (
        lambda: handling.assign(a.handler, submission, "Phòng Tư pháp"),
        lambda: handling.write_draft(a.handler, submission, "Trả lời."),
        lambda: handling.reject(a.handler, submission, "spam", "Lần nữa."),
        lambda: handling.publish(a.handler, submission),
    ):
        with pytest.raises(handling.TransitionRefused):
            change()
    submission.refresh_from_db()
    assert submission.state == State.REJECTED and not submission.events.exists()


def test_only_approvers_review_drafts(communes):
    a, _b = communes
    submission = add_submission(a.site, state=State.IN_PROGRESS)
    draft = handling.write_draft(a.handler, submission, "Dự thảo.")
    with pytest.raises(PermissionDenied):
        handling.approve_draft(a.handler, submission, draft)
    handling.approve_draft(a.leader, submission, draft, "Đồng ý.")
    draft.refresh_from_db()
    assert draft.status == AnswerDraft.Status.APPROVED
    with pytest.raises(handling.TransitionRefused):
        handling.return_draft(a.leader, submission, draft, "Đổi ý.")


def test_a_draft_of_another_question_cannot_be_sent(communes):
    a, _b = communes
    first = add_submission(a.site, state=State.IN_PROGRESS)
    second = add_submission(a.site, state=State.IN_PROGRESS)
    draft = AnswerDraft.objects.create(
        submission=second, text="Trả lời khác.", status=AnswerDraft.Status.APPROVED
    )
    with pytest.raises(handling.TransitionRefused):
        handling.send_answer(a.handler, first, draft)
    first.refresh_from_db()
    assert first.state == State.IN_PROGRESS and first.answer == ""


def test_close_only_after_answer(communes):
    a, _b = communes
    waiting = add_submission(a.site)
    answered = add_submission(a.site, state=State.ANSWERED, answer="Đã trả lời.")
    with pytest.raises(handling.TransitionRefused):
        handling.close(a.handler, waiting)
    handling.close(a.handler, answered)
    answered.refresh_from_db()
    assert answered.state == State.CLOSED and answered.closed_at is not None


def test_viewing_personal_data_needs_the_handling_right(communes):
    a, b = communes
    submission = add_submission(b.site)
    with pytest.raises(PermissionDenied):
        handling.view_personal(a.handler, submission)
    handling.view_personal(b.handler, submission)
    event = submission.events.get()
    assert event.action == Event.Action.VIEWED_PERSONAL and event.actor == b.handler
