"""The alert admin in the permission matrix (see vnportal/units/admin_matrix.py): the board
and the site administrator of a site issue, change and cancel its alerts, only the site
administrator deletes them, and nobody of another site sees or touches them."""

import datetime

from django.utils import timezone

from vnportal.units.admin_matrix import PUBLISHING, Case, register, site_object
from vnportal.units.models import Unit, UnitKind
from vnportal.units.roles import SITE_ADMIN

from .actions import issue_alert
from .models import Alert

NEW_HEADLINE = "Tiêu đề cảnh báo mới do ma trận đặt"


@site_object("alert")
def build_alert(objects):
    unit, _ = Unit.objects.get_or_create(
        site=objects.site,
        defaults={
            "code": f"ma-tran-{objects.key}",
            "name": f"xã {objects.key} ({objects.secret})",
            "kind": UnitKind.COMMUNE,
        },
    )
    now = timezone.now()
    return issue_alert(
        objects.users[SITE_ADMIN],
        site=objects.site,
        areas=[unit],
        kind="lu",
        severity="Severe",
        starts_at=now - datetime.timedelta(hours=1),
        ends_at=now + datetime.timedelta(days=1),
        headline=f"Cảnh báo lũ {objects.secret}",
        description=f"Mô tả {objects.secret}",
        instructions="Sơ tán khỏi vùng trũng.",
    )


def _time(value):
    return timezone.localtime(value).strftime("%Y-%m-%d %H:%M")


def _form(o, **changes):
    alert = Alert.objects.get(pk=o.alert.pk)
    data = {
        "site": o.site.pk,
        "areas": [unit.pk for unit in alert.areas.all()],
        "kind": alert.kind,
        "severity": alert.severity,
        "urgency": alert.urgency,
        "certainty": alert.certainty,
        "starts_at": _time(alert.starts_at),
        "ends_at": _time(alert.ends_at),
        "headline": NEW_HEADLINE,
        "description": alert.description,
        "instructions": alert.instructions,
        "link": "",
    }
    data.update(changes)
    return data


def _pk(o):
    return {"pk": o.alert.pk}


def _current(o):
    return Alert.objects.filter(pk=o.alert.pk).first()


register(
    Case("alert_admin:index", listing=True, roles=PUBLISHING, shows=lambda o: o.alert.headline),
    Case(
        "alert_admin:index_results",
        listing=True,
        roles=PUBLISHING,
        shows=lambda o: o.alert.headline,
    ),
    # The add form lists the units the user may warn: its own site's only.
    Case(
        "alert_admin:add",
        listing=True,
        roles=PUBLISHING,
        shows=lambda o: o.alert.areas.get().name,
    ),
    Case(
        "alert_admin:add",
        label="post",
        data=_form,
        done=lambda o: Alert.objects.filter(site=o.site, headline=NEW_HEADLINE).exists(),
        roles=PUBLISHING,
    ),
    Case("alert_admin:edit", kwargs=_pk, roles=PUBLISHING),
    Case(
        "alert_admin:edit",
        label="post",
        kwargs=_pk,
        data=_form,
        done=lambda o: _current(o).headline == NEW_HEADLINE,
        roles=PUBLISHING,
    ),
    Case("alert_admin:cancel", kwargs=_pk, roles=PUBLISHING),
    Case(
        "alert_admin:cancel",
        label="post",
        kwargs=_pk,
        data=lambda o: {"reason": "Ma trận hủy thử."},
        done=lambda o: _current(o).cancelled_at is not None,
        roles=PUBLISHING,
    ),
    Case("alert_admin:delete", kwargs=_pk, roles=frozenset({SITE_ADMIN})),
    Case(
        "alert_admin:delete",
        label="post",
        kwargs=_pk,
        data=lambda o: {},
        done=lambda o: _current(o) is None,
        roles=frozenset({SITE_ADMIN}),
    ),
    Case("alert_admin:history", kwargs=_pk, roles=PUBLISHING),
    Case("alert_admin:history_results", kwargs=_pk, roles=PUBLISHING),
    Case("alert_admin:usage", kwargs=_pk, roles=PUBLISHING),
)
