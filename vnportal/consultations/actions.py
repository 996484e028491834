"""Every change to a comment, with its audit entry and the page-cache purge that makes an
approved comment (or a published report) appear on the next request."""

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone

from .access import CONTACT, can
from .models import Comment, CommentStatus, ModerationEvent, RejectionReason, purge_site_pages

Action = ModerationEvent.Action


class NotSavedError(Exception):
    """Nothing of the comment was saved."""


def purge_draft_site(draft):
    purge_site_pages(draft.site_id)


def submit_comment(draft, *, name, contact, shown_name, content, section=None):
    """Save a comment from the public form, pending moderation; NotSavedError when the
    database refused it, so the page can say nothing was saved."""
    now = timezone.now()
    if not draft.is_open(now):
        raise ValidationError("Dự thảo không còn nhận ý kiến.")
    if section is not None and section.draft_id != draft.pk:
        raise ValidationError("Phần được chọn không thuộc dự thảo này.")
    try:
        with transaction.atomic():
            return Comment.objects.create(
                draft=draft,
                section=section,
                name=name,
                contact=contact,
                shown_name=shown_name,
                content=content,
                consented_at=now,
                submitted_at=now,
            )
    except Exception as error:
        raise NotSavedError(str(error)) from error


def _require(user, action, comment):
    if not can(user, action, comment.draft):
        raise PermissionDenied("Bạn không có quyền kiểm duyệt ý kiến của trang này.")


@transaction.atomic
def approve_comment(user, comment):
    _require(user, "moderate", comment)
    comment.status = CommentStatus.APPROVED
    comment.moderated_at = timezone.now()
    comment.save(update_fields=["status", "moderated_at"])
    ModerationEvent.objects.create(comment=comment, action=Action.APPROVE, user=user)
    purge_draft_site(comment.draft)
    return comment


@transaction.atomic
def reject_comment(user, comment, reason, note):
    """Keep a comment off the page; only for spam, threats or third parties' personal data,
    always with an explanation, always logged."""
    _require(user, "moderate", comment)
    if reason not in RejectionReason.values:
        raise ValidationError({"reason": "Chỉ được từ chối vì một trong ba lý do đã nêu."})
    note = (note or "").strip()
    if not note:
        raise ValidationError({"note": "Hãy ghi rõ vì sao ý kiến bị từ chối."})
    comment.status = CommentStatus.REJECTED
    comment.moderated_at = timezone.now()
    comment.save(update_fields=["status", "moderated_at"])
    ModerationEvent.objects.create(
        comment=comment, action=Action.REJECT, reason=reason, note=note, user=user
    )
    purge_draft_site(comment.draft)
    return comment


@transaction.atomic
def record_uptake(user, comment, uptake, response):
    """How the drafting body took the comment up (tiếp thu, một phần, giải trình)."""
    _require(user, "moderate", comment)
    if comment.status != CommentStatus.APPROVED:
        raise ValidationError("Chỉ ghi tiếp thu, giải trình cho ý kiến đã được duyệt.")
    comment.uptake = uptake
    comment.response = (response or "").strip()
    comment.save(update_fields=["uptake", "response"])
    ModerationEvent.objects.create(
        comment=comment, action=Action.UPTAKE, note=comment.get_uptake_display(), user=user
    )
    purge_draft_site(comment.draft)
    return comment


def reveal_contact(user, comment):
    """The commenter's name and contact for a holder of `view_commenter_contact`; each
    showing is logged (issue #7: every opening of personal data is recorded)."""
    _require(user, CONTACT, comment)
    ModerationEvent.objects.create(comment=comment, action=Action.VIEW_CONTACT, user=user)
    return {"name": comment.name, "contact": comment.contact}
