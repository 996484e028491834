"""The "Đánh giá hài lòng" admin in the permission matrix (see
vnportal/units/admin_matrix.py): a site's administrators read its answers and the monthly
summary, and may delete an answer; nobody of another site sees or deletes them, and
nobody at all adds or edits one."""

from vnportal.units.admin_matrix import Case, not_site_owned, register, site_object
from vnportal.units.roles import SITE_ADMIN

from .models import Rating

NS = "satisfaction_admin"
ADMINS = frozenset({SITE_ADMIN})


@site_object("satisfaction_rating")
def build_satisfaction_rating(objects):
    return Rating.objects.create(
        site=objects.site, overall=4, content=3, comment=f"Góp ý {objects.secret}"
    )


def _pk(o):
    return {"pk": o.satisfaction_rating.pk}


def _comment(o):
    return o.satisfaction_rating.comment


register(
    Case(f"{NS}:index", listing=True, roles=ADMINS, shows=_comment),
    Case(f"{NS}:index_results", listing=True, roles=ADMINS, shows=_comment),
    # Counts per month of the user's own sites only; no comment is shown there.
    Case(f"{NS}:monthly", listing=True, roles=ADMINS),
    Case(f"{NS}:inspect", kwargs=_pk, roles=ADMINS, shows=_comment),
    Case(f"{NS}:delete", kwargs=_pk, roles=ADMINS),
    Case(
        f"{NS}:delete",
        label="post",
        kwargs=_pk,
        data=lambda o: {},
        done=lambda o: not Rating.objects.filter(pk=o.satisfaction_rating.pk).exists(),
        roles=ADMINS,
    ),
    Case(f"{NS}:history", kwargs=_pk, roles=ADMINS),
    Case(f"{NS}:history_results", kwargs=_pk, roles=ADMINS),
)

# The viewset has these views, but the read-only policy (contact.access) refuses them to
# everyone, the superuser included, so no role or site may use them.
not_site_owned(f"{NS}:add", "disabled: an answer is a record; refused to everyone")
not_site_owned(f"{NS}:edit", "disabled: an answer is a record; refused to everyone")
# Wagtail's usage view asks for "change", which the read-only policy refuses to
# everyone; nothing refers to a answer (it is kept out of the reference index).
not_site_owned(f"{NS}:usage", "refused to everyone (needs change); nothing refers to it")
