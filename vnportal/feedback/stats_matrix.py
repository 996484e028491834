"""The feedback statistics in the permission matrix (vnportal/units/admin_matrix.py):
the handlers of a site see its statistics and exports; nobody of another site does, even
with the site typed into the query string; province staff see every site's.

Imported by vnportal/feedback/admin_matrix.py. The roles are those that hold
feedback.handle_submission through the `vnportal_role_site_permissions` hook, read when
the matrix loads, so that the cases follow the roles the feedback admin defines.
"""

import datetime

from django.utils import timezone
from wagtail import hooks

from vnportal.units.admin_matrix import Case, register, site_object
from vnportal.units.roles import ROLE_PERMISSIONS_HOOK, ROLES

from .models import FeedbackField, State, Submission

HANDLE = "feedback.handle_submission"


def handling_roles():
    granted = set()
    for hook in hooks.get_hooks(ROLE_PERMISSIONS_HOOK):
        for role, names in hook().items():
            if HANDLE in names:
                granted.add(role)
    return frozenset(granted & set(ROLES))


@site_object("stats_submission")
def build_stats_submission(objects):
    """An answered submission received today, so that the default period (this year)
    holds it; its title carries the secret (the statistics must never show a title)."""
    field, _ = FeedbackField.objects.get_or_create(
        slug="ma-tran-thong-ke", defaults={"name": "Lĩnh vực của ma trận"}
    )
    now = timezone.now()
    return Submission.objects.create(
        site=objects.site,
        tracking_code=f"MATK{objects.key:0>4}"[:8],
        name=f"Người gửi {objects.secret}",
        field=field,
        title=f"Câu hỏi {objects.secret}",
        content="Nội dung",
        consented_at=now,
        state=State.ANSWERED,
        received_at=now,
        answered_at=now,
        due_on=timezone.localdate(now) + datetime.timedelta(days=20),
    )


def _site(o):
    return {"site": o.site.pk}


def _label(o):
    # The site's name carries the secret: it heads the page and the export.
    return o.secret


HANDLING = handling_roles()

register(
    # Without a choice: the user's own first site (province staff: every site).
    Case("feedback_stats:index", listing=True, roles=HANDLING, shows=_label),
    Case("feedback_stats:index", label="site", query=_site, roles=HANDLING, shows=_label),
    Case("feedback_stats:export_csv", query=_site, roles=HANDLING, shows=_label),
    Case("feedback_stats:export_xlsx", query=_site, roles=HANDLING),
)
