"""The "Lấy ý kiến" admin in the permission matrix (see vnportal/units/admin_matrix.py).

Editors, the board and the site administrator of a site keep its drafts and read their
comments and exports; the board and the site administrator moderate, record uptake, see
commenters' contacts and delete drafts; nobody of another site sees or touches any of it.
"""

import datetime

from django.utils import timezone

from vnportal.units.admin_matrix import EDITING, PUBLISHING, Case, register, site_object

from .models import Comment, CommentStatus, Draft

NEW_TITLE = "Tên dự thảo mới do ma trận đặt"


@site_object("consultation_draft")
def build_consultation_draft(objects):
    now = timezone.now()
    return Draft.objects.create(
        site=objects.site,
        title=f"Dự thảo thử nghiệm {objects.secret}",
        slug=f"du-thao-{objects.slug_marker}",
        drafting_body=f"Cơ quan soạn thảo {objects.secret}",
        opens_at=now - datetime.timedelta(days=1),
        closes_at=now + datetime.timedelta(days=10),
    )


@site_object("consultation_comment")
def build_consultation_comment(objects):
    return Comment.objects.create(
        draft=objects.consultation_draft,
        name=f"Người góp ý {objects.secret}",
        contact="0912345678",
        content=f"Ý kiến góp ý {objects.secret}",
        consented_at=timezone.now(),
    )


def _inline(prefix):
    return {
        f"{prefix}-TOTAL_FORMS": "0",
        f"{prefix}-INITIAL_FORMS": "0",
        f"{prefix}-MIN_NUM_FORMS": "0",
        f"{prefix}-MAX_NUM_FORMS": "1000",
    }


def draft_form(o, draft=None):
    draft = draft or o.consultation_draft
    return {
        "site": o.site.pk,
        "title": NEW_TITLE,
        "slug": draft.slug if draft.pk else "",
        "summary": "",
        "drafting_body": draft.drafting_body,
        "opens_at": "2026-01-01 08:00",
        "closes_at": "2026-02-01 17:00",
        "body": "",
        "live": "on",
        "report_text": "",
        "report_published_at": "",
        **_inline("sections"),
        **_inline("files"),
    }


def _draft(o):
    return Draft.objects.filter(pk=o.consultation_draft.pk).first()


def _comment(o):
    return Comment.objects.filter(pk=o.consultation_comment.pk).first()


def _set_status(status):
    def prepare(o):
        Comment.objects.filter(pk=o.consultation_comment.pk).update(status=status, uptake="")

    return prepare


def _pk(o):
    return {"pk": o.consultation_draft.pk}


def _comment_pk(o):
    return {"pk": o.consultation_comment.pk}


NS = "consultation_admin"

register(
    Case(f"{NS}:index", listing=True, roles=EDITING, shows=lambda o: o.consultation_draft.title),
    Case(
        f"{NS}:index_results",
        listing=True,
        roles=EDITING,
        shows=lambda o: o.consultation_draft.title,
    ),
    Case(f"{NS}:add", listing=True, roles=EDITING, shows=lambda o: o.site.site_name),
    Case(
        f"{NS}:add",
        label="post",
        data=lambda o: {**draft_form(o), "slug": ""},
        done=lambda o: Draft.objects.filter(site=o.site, title=NEW_TITLE).exists(),
        roles=EDITING,
    ),
    Case(f"{NS}:edit", kwargs=_pk, roles=EDITING, shows=lambda o: o.consultation_draft.title),
    Case(
        f"{NS}:edit",
        label="post",
        kwargs=_pk,
        data=lambda o: draft_form(o, _draft(o)),
        done=lambda o: _draft(o).title == NEW_TITLE,
        roles=EDITING,
    ),
    Case(f"{NS}:delete", kwargs=_pk, roles=PUBLISHING),
    Case(
        f"{NS}:delete",
        label="post",
        kwargs=_pk,
        data=lambda o: {},
        done=lambda o: _draft(o) is None,
        roles=PUBLISHING,
    ),
    Case(f"{NS}:history", kwargs=_pk, roles=EDITING),
    Case(f"{NS}:history_results", kwargs=_pk, roles=EDITING),
    Case(f"{NS}:usage", kwargs=_pk, roles=EDITING),
    Case(
        f"{NS}:comments",
        kwargs=_pk,
        roles=EDITING,
        shows=lambda o: o.consultation_comment.content,
    ),
    Case(f"{NS}:export_csv", kwargs=_pk, roles=EDITING),
    Case(f"{NS}:export_xlsx", kwargs=_pk, roles=EDITING),
    Case(
        f"{NS}:approve",
        kwargs=_comment_pk,
        data=lambda o: {},
        prepare=_set_status(CommentStatus.PENDING),
        done=lambda o: _comment(o).status == CommentStatus.APPROVED,
        roles=PUBLISHING,
    ),
    Case(f"{NS}:reject", kwargs=_comment_pk, roles=PUBLISHING),
    Case(
        f"{NS}:reject",
        label="post",
        kwargs=_comment_pk,
        data=lambda o: {"reason": "spam", "note": "Ma trận từ chối thử."},
        prepare=_set_status(CommentStatus.PENDING),
        done=lambda o: _comment(o).status == CommentStatus.REJECTED,
        roles=PUBLISHING,
    ),
    Case(f"{NS}:uptake", kwargs=_comment_pk, roles=PUBLISHING),
    Case(
        f"{NS}:uptake",
        label="post",
        kwargs=_comment_pk,
        data=lambda o: {"uptake": "tiep-thu", "response": "Ma trận tiếp thu thử."},
        prepare=_set_status(CommentStatus.APPROVED),
        done=lambda o: _comment(o).uptake == "tiep-thu",
        roles=PUBLISHING,
    ),
    Case(f"{NS}:contact", kwargs=_comment_pk, roles=PUBLISHING),
)
