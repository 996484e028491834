"""The "Thư liên hệ" admin in the permission matrix (see vnportal/units/admin_matrix.py):
a site's administrators read and delete its messages; nobody of another site sees or
deletes them, and nobody at all adds or edits one."""

from django.utils import timezone

from vnportal.units.admin_matrix import Case, not_site_owned, register, site_object
from vnportal.units.roles import SITE_ADMIN

from .models import ContactMessage

NS = "contact_admin"
ADMINS = frozenset({SITE_ADMIN})


@site_object("contact_message")
def build_contact_message(objects):
    return ContactMessage.objects.create(
        site=objects.site,
        reference=f"LH-MATRAN-{objects.key}",
        name=f"Người gửi {objects.secret}",
        email="nguoigui@example.com",
        subject=f"Thư hỏi {objects.secret}",
        message=f"Nội dung thư {objects.secret}",
        consented_at=timezone.now(),
    )


def _pk(o):
    return {"pk": o.contact_message.pk}


def _subject(o):
    return o.contact_message.subject


register(
    Case(f"{NS}:index", listing=True, roles=ADMINS, shows=_subject),
    Case(f"{NS}:index_results", listing=True, roles=ADMINS, shows=_subject),
    Case(f"{NS}:inspect", kwargs=_pk, roles=ADMINS, shows=lambda o: o.contact_message.message),
    Case(f"{NS}:delete", kwargs=_pk, roles=ADMINS),
    Case(
        f"{NS}:delete",
        label="post",
        kwargs=_pk,
        data=lambda o: {},
        done=lambda o: not ContactMessage.objects.filter(pk=o.contact_message.pk).exists(),
        roles=ADMINS,
    ),
    Case(f"{NS}:history", kwargs=_pk, roles=ADMINS),
    Case(f"{NS}:history_results", kwargs=_pk, roles=ADMINS),
)

# The viewset has these views, but the read-only policy refuses them to everyone, the
# superuser included, so no role or site may use them.
not_site_owned(f"{NS}:add", "disabled: a message is a record; refused to everyone")
not_site_owned(f"{NS}:edit", "disabled: a message is a record; refused to everyone")
# Wagtail's usage view asks for "change", which the read-only policy refuses to
# everyone; nothing refers to a message (it is kept out of the reference index).
not_site_owned(f"{NS}:usage", "refused to everyone (needs change); nothing refers to it")
