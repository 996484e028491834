"""Build "Hỏi đáp" data for tests: the section page, fields (lĩnh vực) and submissions."""

import datetime
import itertools

from django.utils import timezone

from vnportal.feedback import tracking
from vnportal.feedback.models import FeedbackField, QuestionIndexPage, State, Submission

_counter = itertools.count(1)


def add_questions_section(site):
    """The site's "Hỏi đáp" page (/hoi-dap/), created live once."""
    home = site.root_page.specific
    existing = QuestionIndexPage.objects.child_of(home).first()
    if existing is not None:
        return existing
    return home.add_child(
        instance=QuestionIndexPage(title="Hỏi đáp", slug="hoi-dap", show_in_menus=True)
    )


def add_field(name=None, due_working_days=15):
    """A lĩnh vực; `name` defaults to a new unique one."""
    number = next(_counter)
    name = name or f"Lĩnh vực thử {number}"
    field, _ = FeedbackField.objects.get_or_create(
        name=name,
        defaults={"slug": f"linh-vuc-{number}", "due_working_days": due_working_days},
    )
    return field


def add_submission(site, **fields):
    """A submission saved directly (no intake, no files); `fields` override the defaults.

    Pass `state=State.PUBLISHED, may_publish=True, answer="..."` for a public answer;
    `published_at` then defaults to now.
    """
    number = next(_counter)
    now = timezone.now()
    defaults = {
        "site": site,
        "tracking_code": fields.pop("tracking_code", None) or tracking.new_code(),
        "name": f"Người gửi thử {number}",
        "phone": "0912345678",
        "email": f"nguoigui{number}@example.com",
        "address": f"Số {number} đường Thử",
        "title": f"Câu hỏi thử số {number}",
        "content": f"Nội dung câu hỏi thử số {number}.",
        "consented_at": now,
        "received_at": now,
        "due_on": timezone.localdate(now) + datetime.timedelta(days=21),
    }
    defaults.update(fields)
    if "field" not in defaults:
        defaults["field"] = add_field()
    if defaults.get("state") == State.PUBLISHED and "published_at" not in defaults:
        defaults["published_at"] = now
    if defaults.get("state") in (State.ANSWERED, State.PUBLISHED, State.CLOSED):
        defaults.setdefault("answered_at", now)
    return Submission.objects.create(**defaults)
