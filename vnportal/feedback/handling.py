"""Handling a submission: every change of state, assignment, note and answer, each in one
function that checks the transition, saves and writes its Event in one transaction.

Admin views call these and nothing else to change a submission; a transition that does
not apply (sending an answer no leader approved, publishing what the person did not
agree to publish) raises `TransitionRefused` with a message for the handler.
"""

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone

from . import access, notify
from .models import OPEN_STATES, AnswerDraft, Event, Note, State, Submission


class TransitionRefused(ValidationError):  # noqa: N818  (a refusal, not a bug)
    """A transition that does not apply to the submission as it is."""


class RejectionReason:
    """Moderation may turn a submission away only for these (issue #7): criticism of the
    authorities is none of them and is handled like any other question."""

    SPAM = "spam"
    DUPLICATE = "trung-lap"
    THREAT = "de-doa"
    THIRD_PARTY_DATA = "du-lieu-nguoi-khac"
    choices = [
        (SPAM, "Thư rác, quảng cáo"),
        (DUPLICATE, "Trùng với câu hỏi đã gửi"),
        (THREAT, "Có nội dung đe dọa"),
        (THIRD_PARTY_DATA, "Chứa dữ liệu cá nhân của người khác"),
    ]
    labels = dict(choices)


def record(submission, actor, action, detail=""):
    return Event.objects.create(
        submission=submission, actor=actor, action=action, detail=detail[:500]
    )


def _lock(submission):
    """The row as it is now, locked for the transition (two handlers clicking at once)."""
    return Submission.objects.select_for_update().get(pk=submission.pk)


def _require_open(current, doing):
    if current.state not in OPEN_STATES:
        raise TransitionRefused(
            f"Không thể {doing}: câu hỏi đang ở trạng thái “{current.get_state_display()}”."
        )


def _sync(submission, current):
    for name in (
        "state",
        "department",
        "assignee_id",
        "answer",
        "answered_at",
        "published_at",
        "closed_at",
        "rejection_reason",
    ):
        setattr(submission, name, getattr(current, name))


def view_personal(user, submission, what="Xem thông tin người gửi"):
    """Personal data law (91/2025/QH15): each opening of a person's data is logged."""
    if not access.can(user, access.HANDLE, submission):
        raise PermissionDenied
    return record(submission, user, Event.Action.VIEWED_PERSONAL, what)


@transaction.atomic
def assign(user, submission, department="", assignee=None):
    department = " ".join((department or "").split())
    if not department and assignee is None:
        raise TransitionRefused("Hãy ghi phòng, ban xử lý hoặc chọn cán bộ xử lý.")
    if (
        assignee is not None
        and not access.handlers_of(submission.site).filter(pk=assignee.pk).exists()
    ):
        raise TransitionRefused("Cán bộ được chọn không có quyền xử lý câu hỏi của trang này.")
    current = _lock(submission)
    _require_open(current, "phân công")
    current.department = department
    current.assignee = assignee
    if current.state == State.NEW:
        current.state = State.ASSIGNED
    current.save(update_fields=["department", "assignee", "state"])
    parts = [f"Phòng, ban: {department}" if department else ""]
    if assignee is not None:
        parts.append(f"Cán bộ: {assignee.get_full_name() or assignee.get_username()}")
    record(current, user, Event.Action.ASSIGNED, "; ".join(part for part in parts if part))
    _sync(submission, current)


@transaction.atomic
def start(user, submission):
    current = _lock(submission)
    if current.state not in (State.NEW, State.ASSIGNED):
        raise TransitionRefused(
            "Chỉ bắt đầu xử lý được câu hỏi mới hoặc đã phân công; câu hỏi này đang ở "
            f"trạng thái “{current.get_state_display()}”."
        )
    current.state = State.IN_PROGRESS
    current.save(update_fields=["state"])
    record(current, user, Event.Action.STARTED)
    _sync(submission, current)


@transaction.atomic
def add_note(user, submission, text):
    text = (text or "").strip()
    if not text:
        raise TransitionRefused("Ghi chú đang trống.")
    note = Note.objects.create(submission=submission, author=user, text=text)
    record(submission, user, Event.Action.NOTE)
    return note


@transaction.atomic
def write_draft(user, submission, text):
    text = (text or "").strip()
    if not text:
        raise TransitionRefused("Nội dung trả lời đang trống.")
    current = _lock(submission)
    _require_open(current, "soạn trả lời")
    if current.state != State.IN_PROGRESS:
        current.state = State.IN_PROGRESS
        current.save(update_fields=["state"])
    draft = AnswerDraft.objects.create(submission=current, text=text, written_by=user)
    record(current, user, Event.Action.DRAFTED)
    _sync(submission, current)
    return draft


def _review(user, submission, draft, status, action, comment):
    if not access.can(user, access.APPROVE, submission):
        raise PermissionDenied("Chỉ lãnh đạo được giao duyệt trả lời mới duyệt hoặc trả lại.")
    if draft.submission_id != submission.pk:
        raise TransitionRefused("Dự thảo này không thuộc câu hỏi đang xem.")
    current = _lock(submission)
    _require_open(current, "duyệt trả lời")
    draft = AnswerDraft.objects.select_for_update().get(pk=draft.pk)
    if draft.status != AnswerDraft.Status.WAITING:
        raise TransitionRefused(
            f"Dự thảo này đã được xem xét ({draft.get_status_display().lower()})."
        )
    draft.status = status
    draft.reviewed_by = user
    draft.reviewed_at = timezone.now()
    draft.review_comment = comment
    draft.save(update_fields=["status", "reviewed_by", "reviewed_at", "review_comment"])
    record(current, user, action, comment)
    return draft


@transaction.atomic
def approve_draft(user, submission, draft, comment=""):
    return _review(
        user,
        submission,
        draft,
        AnswerDraft.Status.APPROVED,
        Event.Action.APPROVED,
        (comment or "").strip(),
    )


@transaction.atomic
def return_draft(user, submission, draft, comment):
    comment = (comment or "").strip()
    if not comment:
        raise TransitionRefused("Hãy ghi lý do trả lại để cán bộ biết cần sửa gì.")
    return _review(
        user, submission, draft, AnswerDraft.Status.RETURNED, Event.Action.RETURNED, comment
    )


def send_answer(user, submission, draft):
    """Send the approved draft as the answer. Returns whether an e-mail went to the person
    (False when they gave no address, or when the mail server refused it)."""
    with transaction.atomic():
        if draft.submission_id != submission.pk:
            raise TransitionRefused("Dự thảo này không thuộc câu hỏi đang xem.")
        current = _lock(submission)
        _require_open(current, "gửi trả lời")
        draft = AnswerDraft.objects.get(pk=draft.pk)
        if draft.status != AnswerDraft.Status.APPROVED:
            raise TransitionRefused("Chỉ gửi được dự thảo đã được lãnh đạo duyệt.")
        current.answer = draft.text
        current.state = State.ANSWERED
        current.answered_at = timezone.now()
        current.save(update_fields=["answer", "state", "answered_at"])
        record(current, user, Event.Action.ANSWERED)
        _sync(submission, current)
    # After the commit: the answer stands whether or not the mail server takes the e-mail.
    return notify.answer_sent(current)


@transaction.atomic
def publish(user, submission):
    current = _lock(submission)
    if current.state != State.ANSWERED:
        raise TransitionRefused("Chỉ công khai được câu hỏi đã trả lời.")
    if not current.may_publish:
        raise TransitionRefused(
            "Người gửi không đồng ý công khai câu trả lời: không thể công khai."
        )
    current.state = State.PUBLISHED
    current.published_at = timezone.now()
    current.save(update_fields=["state", "published_at"])
    record(current, user, Event.Action.PUBLISHED)
    _sync(submission, current)


@transaction.atomic
def close(user, submission):
    current = _lock(submission)
    if current.state != State.ANSWERED:
        raise TransitionRefused(
            "Chỉ đóng được câu hỏi đã trả lời mà chưa công khai; câu hỏi này đang ở "
            f"trạng thái “{current.get_state_display()}”."
        )
    current.state = State.CLOSED
    current.closed_at = timezone.now()
    current.save(update_fields=["state", "closed_at"])
    record(current, user, Event.Action.CLOSED)
    _sync(submission, current)


@transaction.atomic
def reject(user, submission, reason, explanation):
    explanation = " ".join((explanation or "").split())
    if reason not in RejectionReason.labels:
        raise TransitionRefused(
            "Chỉ từ chối được câu hỏi là thư rác, trùng lặp, có nội dung đe dọa hoặc chứa "
            "dữ liệu cá nhân của người khác."
        )
    if not explanation:
        raise TransitionRefused("Hãy ghi rõ lý do từ chối.")
    current = _lock(submission)
    _require_open(current, "từ chối")
    current.state = State.REJECTED
    current.rejection_reason = f"{RejectionReason.labels[reason]}: {explanation}"[:500]
    current.closed_at = timezone.now()
    current.save(update_fields=["state", "rejection_reason", "closed_at"])
    record(current, user, Event.Action.REJECTED, current.rejection_reason)
    _sync(submission, current)
