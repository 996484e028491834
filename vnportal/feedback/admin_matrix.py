"""The "Hỏi đáp" admin in the permission matrix (see vnportal/units/admin_matrix.py).

Handlers, leaders and the site administrator of a site handle its questions; leaders and
the site administrator approve answers; nobody of another site, handler or not, reaches a
question of it by any URL (issue #7: "a handler of commune A gets a refusal for every URL
of commune B's submissions"). The person's name carries the site's secret too, so that
personal data leaking across sites would show. Fields and days off are shared by every
site: only holders of the global permission (here the superuser) edit them.
"""

import datetime

from django.core.files.base import ContentFile
from django.utils import timezone

from vnportal.units.admin_matrix import APPROVING, HANDLING, NOBODY, Case, register, site_object

from . import tracking
from .models import (
    AnswerDraft,
    AnswerTemplate,
    DayOff,
    Event,
    FeedbackField,
    State,
    Submission,
    SubmissionFile,
)

NEW_TEXT = "Nội dung mới do ma trận đặt"
NEW_NAME = "Tên mới do ma trận đặt"


@site_object("feedback_submission")
def build_submission(objects):
    field = FeedbackField.objects.create(
        name=f"Lĩnh vực hỏi đáp của xã {objects.key}",
        slug=f"hoi-dap-ma-tran-{objects.key.lower()}",
    )
    now = timezone.now()
    submission = Submission.objects.create(
        site=objects.site,
        tracking_code=tracking.new_code(),
        name=f"Người gửi {objects.secret}",
        phone="0900000000",
        email=f"nguoigui-{objects.key.lower()}@example.com",
        address=f"Địa chỉ {objects.secret}",
        field=field,
        title=f"Câu hỏi {objects.secret}",
        content=f"Nội dung {objects.secret}",
        consented_at=now,
        received_at=now,
        due_on=timezone.localdate(now) + datetime.timedelta(days=20),
    )
    attached = SubmissionFile(submission=submission, name="anh-chup.png", kind="png", size=4)
    attached.file.save(f"ma-tran-{objects.key.lower()}.png", ContentFile(b"\x89PNG"), save=True)
    return submission


@site_object("feedback_waiting_draft")
def build_waiting_draft(objects):
    return AnswerDraft.objects.create(
        submission=objects.feedback_submission, text=f"Dự thảo chờ duyệt {objects.secret}"
    )


@site_object("feedback_approved_draft")
def build_approved_draft(objects):
    return AnswerDraft.objects.create(
        submission=objects.feedback_submission,
        text=f"Dự thảo đã duyệt {objects.secret}",
        status=AnswerDraft.Status.APPROVED,
    )


@site_object("answer_template")
def build_answer_template(objects):
    return AnswerTemplate.objects.create(
        site=objects.site, title=f"Mẫu trả lời {objects.secret}", text=f"Mẫu {objects.secret}"
    )


# Shared lookups carry no secret: every site's question form lists them by design.
@site_object("feedback_field")
def build_feedback_field(objects):
    return FeedbackField.objects.create(
        name=f"Lĩnh vực thử của ma trận {objects.key}",
        slug=f"linh-vuc-hoi-dap-ma-tran-{objects.key.lower()}",
    )


@site_object("day_off")
def build_day_off(objects):
    return DayOff.objects.create(
        date=datetime.date(2030, 1, 2 + ord(objects.key) - ord("A")), note="Ngày nghỉ thử"
    )


def _submission(o):
    return Submission.objects.get(pk=o.feedback_submission.pk)


def _pk(o):
    return {"pk": o.feedback_submission.pk}


def _state_is(state):
    return lambda o: _submission(o).state == state


def _set_state(state, **fields):
    def prepare(o):
        Submission.objects.filter(pk=o.feedback_submission.pk).update(state=state, **fields)

    return prepare


def _logged(action):
    return lambda o: Event.objects.filter(
        submission=o.feedback_submission.pk, action=action
    ).exists()


def _action(name, data=None, done=None, roles=HANDLING, **extra):
    return Case(
        f"feedback_admin:{name}",
        label="post",
        kwargs=_pk,
        data=data or (lambda o: {}),
        done=done,
        roles=roles,
        **extra,
    )


register(
    Case(
        "feedback_admin:index",
        listing=True,
        roles=HANDLING,
        shows=lambda o: o.feedback_submission.title,
    ),
    Case(
        "feedback_admin:index_results",
        listing=True,
        roles=HANDLING,
        shows=lambda o: o.feedback_submission.title,
    ),
    Case(
        "feedback_admin:detail",
        kwargs=_pk,
        roles=HANDLING,
        shows=lambda o: o.feedback_submission.title,
    ),
    Case(
        "feedback_admin:file",
        kwargs=lambda o: {
            "pk": o.feedback_submission.pk,
            "file_pk": o.feedback_submission.files.get().pk,
        },
        done=_logged(Event.Action.VIEWED_PERSONAL),
        roles=HANDLING,
    ),
    _action(
        "personal",
        done=_logged(Event.Action.VIEWED_PERSONAL),
        shows=lambda o: o.feedback_submission.name,
    ),
    _action(
        "assign",
        data=lambda o: {"department": "Phòng ma trận", "assignee": ""},
        done=lambda o: _submission(o).department == "Phòng ma trận",
    ),
    _action("start", done=_state_is(State.IN_PROGRESS)),
    _action(
        "note",
        data=lambda o: {"text": NEW_TEXT},
        done=lambda o: _submission(o).notes.filter(text=NEW_TEXT).exists(),
    ),
    _action(
        "draft",
        data=lambda o: {"text": NEW_TEXT},
        done=lambda o: _submission(o).drafts.filter(text=NEW_TEXT).exists(),
    ),
    _action(
        "review",
        data=lambda o: {"draft": o.feedback_waiting_draft.pk, "decision": "duyet"},
        done=lambda o: (
            AnswerDraft.objects.get(pk=o.feedback_waiting_draft.pk).status
            == AnswerDraft.Status.APPROVED
        ),
        roles=APPROVING,
    ),
    _action(
        "send",
        data=lambda o: {"draft": o.feedback_approved_draft.pk},
        done=_state_is(State.ANSWERED),
    ),
    _action(
        "publish",
        prepare=_set_state(State.ANSWERED, may_publish=True, answer="Trả lời."),
        done=_state_is(State.PUBLISHED),
    ),
    _action(
        "close",
        prepare=_set_state(State.ANSWERED, answer="Trả lời."),
        done=_state_is(State.CLOSED),
    ),
    _action(
        "reject",
        data=lambda o: {"reason": "spam", "explanation": "Quảng cáo bán hàng."},
        done=_state_is(State.REJECTED),
    ),
)


# ----------------------------------------------------------------- answer templates


def _template(o):
    return AnswerTemplate.objects.filter(pk=o.answer_template.pk).first()


def _template_pk(o):
    return {"pk": o.answer_template.pk}


register(
    Case(
        "feedback_template_admin:index",
        listing=True,
        roles=HANDLING,
        shows=lambda o: o.answer_template.title,
    ),
    Case(
        "feedback_template_admin:index_results",
        listing=True,
        roles=HANDLING,
        shows=lambda o: o.answer_template.title,
    ),
    # The add form offers the sites the user handles: its own only.
    Case(
        "feedback_template_admin:add",
        listing=True,
        roles=HANDLING,
        shows=lambda o: o.site.site_name,
    ),
    Case(
        "feedback_template_admin:add",
        label="post",
        data=lambda o: {"site": o.site.pk, "title": f"{NEW_NAME} {o.key}", "text": NEW_TEXT},
        done=lambda o: AnswerTemplate.objects.filter(
            site=o.site, title=f"{NEW_NAME} {o.key}"
        ).exists(),
        roles=HANDLING,
    ),
    Case(
        "feedback_template_admin:edit",
        kwargs=_template_pk,
        roles=HANDLING,
        shows=lambda o: o.answer_template.title,
    ),
    Case(
        "feedback_template_admin:edit",
        label="post",
        kwargs=_template_pk,
        data=lambda o: {"title": NEW_NAME, "text": NEW_TEXT},
        done=lambda o: _template(o).title == NEW_NAME,
        roles=HANDLING,
    ),
    Case("feedback_template_admin:delete", kwargs=_template_pk, roles=APPROVING),
    Case(
        "feedback_template_admin:delete",
        label="post",
        kwargs=_template_pk,
        data=lambda o: {},
        done=lambda o: _template(o) is None,
        roles=APPROVING,
    ),
    Case("feedback_template_admin:history", kwargs=_template_pk, roles=HANDLING),
    Case("feedback_template_admin:history_results", kwargs=_template_pk, roles=HANDLING),
    Case("feedback_template_admin:usage", kwargs=_template_pk, roles=HANDLING),
)


# ----------------------------------------------------------------- shared lookups


def _lookup_cases(namespace, attr, model, form, changed):
    def pk(o):
        return {"pk": getattr(o, attr).pk}

    def current(o):
        return model.objects.filter(pk=getattr(o, attr).pk).first()

    return (
        Case(f"{namespace}:index", listing=True, roles=NOBODY),
        Case(f"{namespace}:index_results", listing=True, roles=NOBODY),
        Case(f"{namespace}:add", roles=NOBODY),
        Case(
            f"{namespace}:add",
            label="post",
            data=lambda o: form(o, new=True),
            done=lambda o: model.objects.filter(**changed(o, new=True)).exists(),
            roles=NOBODY,
        ),
        Case(f"{namespace}:edit", kwargs=pk, roles=NOBODY),
        Case(
            f"{namespace}:edit",
            label="post",
            kwargs=pk,
            data=lambda o: form(o, new=False),
            done=lambda o: model.objects.filter(
                pk=getattr(o, attr).pk, **changed(o, new=False)
            ).exists(),
            roles=NOBODY,
        ),
        Case(f"{namespace}:delete", kwargs=pk, roles=NOBODY),
        Case(
            f"{namespace}:delete",
            label="post",
            kwargs=pk,
            data=lambda o: {},
            done=lambda o: current(o) is None,
            roles=NOBODY,
        ),
        Case(f"{namespace}:history", kwargs=pk, roles=NOBODY),
        Case(f"{namespace}:history_results", kwargs=pk, roles=NOBODY),
        Case(f"{namespace}:usage", kwargs=pk, roles=NOBODY),
    )


def _field_form(o, new):
    suffix = "moi" if new else "sua"
    return {
        "name": f"{NEW_NAME} {suffix} {o.key}",
        "slug": f"linh-vuc-hoi-dap-{suffix}-{o.key.lower()}",
        "due_working_days": "10",
    }


def _field_changed(o, new):
    return {"name": _field_form(o, new)["name"]}


def _day_off_date(o, new):
    return datetime.date(2031 if new else 2030, 3, 2 + ord(o.key) - ord("A"))


def _day_off_form(o, new):
    return {"date": _day_off_date(o, new).isoformat(), "is_day_off": "on", "note": NEW_NAME}


def _day_off_changed(o, new):
    return {"date": _day_off_date(o, new), "note": NEW_NAME}


register(
    *_lookup_cases(
        "feedback_field_admin", "feedback_field", FeedbackField, _field_form, _field_changed
    ),
    *_lookup_cases("feedback_dayoff_admin", "day_off", DayOff, _day_off_form, _day_off_changed),
)


# The statistics views register their own cases (the matrix discovers admin_matrix only).
from . import stats_matrix  # noqa: E402, F401
