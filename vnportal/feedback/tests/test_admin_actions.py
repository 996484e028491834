"""Handling a question through the admin, as a handler and a leader would click through it."""

import pytest
from django.core import mail

from vnportal.feedback.models import AnswerDraft, AnswerTemplate, Event, State
from vnportal.feedback.tests.builders import add_submission
from vnportal.feedback.tests.test_admin_queue import QUEUE, login, refused, two_communes

pytestmark = pytest.mark.django_db


@pytest.fixture
def communes():
    return two_communes()


ANSWER = "Theo quy định hiện hành, hồ sơ được giải quyết trong 10 ngày làm việc."


def _url(submission, action=""):
    return f"{QUEUE}{submission.pk}/{action}"


def test_handler_assigns_notes_drafts_and_leader_approves_then_answer_is_mailed(client, communes):
    a, _b = communes
    submission = add_submission(a.site, email="nguoihoi@example.com", name="Võ Thị Em")
    login(client, a.handler)
    client.post(
        _url(submission, "phan-cong/"), {"department": "Phòng Kinh tế", "assignee": a.handler.pk}
    )
    client.post(_url(submission, "ghi-chu/"), {"text": "Đã gọi điện hỏi thêm."})
    client.post(_url(submission, "du-thao/"), {"text": ANSWER})
    submission.refresh_from_db()
    assert submission.state == State.IN_PROGRESS
    assert submission.department == "Phòng Kinh tế" and submission.assignee == a.handler
    draft = submission.drafts.get()
    assert draft.status == AnswerDraft.Status.WAITING

    # A handler cannot approve their own draft.
    response = client.post(_url(submission, "duyet/"), {"draft": draft.pk, "decision": "duyet"})
    assert refused(response)
    # Nor send one that no leader approved.
    client.post(_url(submission, "gui-tra-loi/"), {"draft": draft.pk})
    submission.refresh_from_db()
    assert submission.state == State.IN_PROGRESS and not mail.outbox

    login(client, a.leader)
    client.post(_url(submission, "duyet/"), {"draft": draft.pk, "decision": "duyet"})
    draft.refresh_from_db()
    assert draft.status == AnswerDraft.Status.APPROVED and draft.reviewed_by == a.leader

    login(client, a.handler)
    response = client.post(_url(submission, "gui-tra-loi/"), {"draft": draft.pk}, follow=True)
    assert "Đã gửi trả lời" in response.content.decode()
    submission.refresh_from_db()
    assert submission.state == State.ANSWERED and submission.answered_at is not None
    assert submission.answer == ANSWER
    (message,) = mail.outbox
    assert message.to == ["nguoihoi@example.com"]
    assert ANSWER in message.body
    assert "/hoi-dap/tra-cuu/" in message.body
    assert "Võ Thị Em" not in message.body and submission.phone not in message.body
    actions = list(submission.events.values_list("action", flat=True))
    assert actions == [
        Event.Action.ASSIGNED,
        Event.Action.NOTE,
        Event.Action.DRAFTED,
        Event.Action.APPROVED,
        Event.Action.ANSWERED,
    ]


def test_leader_returns_draft_only_with_a_reason(client, communes):
    a, _b = communes
    submission = add_submission(a.site, state=State.IN_PROGRESS)
    draft = AnswerDraft.objects.create(submission=submission, text="Bản đầu.", written_by=a.handler)
    login(client, a.leader)
    response = client.post(_url(submission, "duyet/"), {"draft": draft.pk, "decision": "tra-lai"})
    assert "Hãy ghi lý do trả lại" in response.content.decode()
    draft.refresh_from_db()
    assert draft.status == AnswerDraft.Status.WAITING
    client.post(
        _url(submission, "duyet/"),
        {"draft": draft.pk, "decision": "tra-lai", "comment": "Cần dẫn điều khoản."},
    )
    draft.refresh_from_db()
    assert draft.status == AnswerDraft.Status.RETURNED
    assert draft.review_comment == "Cần dẫn điều khoản."


def test_no_email_when_the_person_gave_none(client, communes):
    a, _b = communes
    submission = add_submission(a.site, email="", state=State.IN_PROGRESS)
    draft = AnswerDraft.objects.create(
        submission=submission, text=ANSWER, status=AnswerDraft.Status.APPROVED
    )
    login(client, a.handler).post(_url(submission, "gui-tra-loi/"), {"draft": draft.pk})
    submission.refresh_from_db()
    assert submission.state == State.ANSWERED
    assert not mail.outbox


def test_publish_only_when_the_person_agreed(client, communes):
    a, _b = communes
    refused = add_submission(a.site, state=State.ANSWERED, answer=ANSWER, may_publish=False)
    agreed = add_submission(a.site, state=State.ANSWERED, answer=ANSWER, may_publish=True)
    login(client, a.handler)
    response = client.post(_url(refused, "cong-khai/"))
    assert "không đồng ý công khai" in response.content.decode()
    client.post(_url(agreed, "cong-khai/"))
    refused.refresh_from_db()
    agreed.refresh_from_db()
    assert refused.state == State.ANSWERED and refused.published_at is None
    assert agreed.state == State.PUBLISHED and agreed.published_at is not None


def test_cannot_publish_an_unanswered_question(client, communes):
    a, _b = communes
    submission = add_submission(a.site, may_publish=True)
    response = login(client, a.handler).post(_url(submission, "cong-khai/"))
    assert "Chỉ công khai được câu hỏi đã trả lời" in response.content.decode()
    submission.refresh_from_db()
    assert submission.state == State.NEW


def test_reject_needs_an_allowed_reason_and_an_explanation(client, communes):
    a, _b = communes
    submission = add_submission(a.site)
    login(client, a.handler)
    client.post(_url(submission, "tu-choi/"), {"reason": "spam", "explanation": ""})
    client.post(_url(submission, "tu-choi/"), {"reason": "phe-binh", "explanation": "Chê UBND."})
    submission.refresh_from_db()
    assert submission.state == State.NEW
    client.post(
        _url(submission, "tu-choi/"), {"reason": "trung-lap", "explanation": "Trùng mã 7KQ2."}
    )
    submission.refresh_from_db()
    assert submission.state == State.REJECTED
    assert submission.rejection_reason == "Trùng với câu hỏi đã gửi: Trùng mã 7KQ2."
    event = submission.events.get(action=Event.Action.REJECTED)
    assert event.actor == a.handler and "Trùng mã 7KQ2." in event.detail


def test_assignee_must_handle_this_site(client, communes):
    a, b = communes
    submission = add_submission(a.site)
    response = login(client, a.handler).post(
        _url(submission, "phan-cong/"), {"department": "", "assignee": b.handler.pk}
    )
    assert response.status_code == 200
    submission.refresh_from_db()
    assert submission.assignee is None and submission.state == State.NEW
    assert b.handler.get_username() not in response.content.decode()


def test_template_picker_offers_own_and_global_templates_only(client, communes):
    a, b = communes
    AnswerTemplate.objects.create(site=a.site, title="Mẫu của xã A", text="Nội dung mẫu A.")
    AnswerTemplate.objects.create(site=None, title="Mẫu chung", text="Nội dung mẫu chung.")
    other = AnswerTemplate.objects.create(site=b.site, title="Mẫu của xã B", text="Mẫu B.")
    submission = add_submission(a.site)
    login(client, a.handler)
    body = client.get(_url(submission)).content.decode()
    assert "Mẫu của xã A" in body and "Mẫu chung" in body and "Mẫu của xã B" not in body
    body = client.get(_url(submission), {"mau": other.pk}).content.decode()
    assert "Mẫu B." not in body
    own = AnswerTemplate.objects.get(title="Mẫu của xã A")
    assert "Nội dung mẫu A." in client.get(_url(submission), {"mau": own.pk}).content.decode()
