"""The "Lịch công tác" admin in the permission matrix (see vnportal/units/admin_matrix.py):
editors, the board and the site administrator of a site add and change its entries, the
board and the site administrator also delete them; nobody of another site sees or
touches them."""

import datetime

from vnportal.units.admin_matrix import EDITING, PUBLISHING, Case, register, site_object

from .models import ScheduleEntry, Status

NS = "schedule_admin"
NEW_CONTENT = "Nội dung lịch mới do ma trận đặt"


@site_object("schedule_entry")
def build_schedule_entry(objects):
    return ScheduleEntry.objects.create(
        site=objects.site,
        date=datetime.date(2026, 6, 1),
        starts_at=datetime.time(8, 0),
        content=f"Họp giao ban {objects.secret}",
        chaired_by="Chủ tịch UBND xã",
    )


def _entry(o):
    return ScheduleEntry.objects.filter(pk=o.schedule_entry.pk).first()


def entry_form(o):
    return {
        "site": o.site.pk,
        "date": "2026-06-02",
        "starts_at": "14:00",
        "ends_at": "",
        "content": NEW_CONTENT,
        "place": "Hội trường",
        "chaired_by": "Phó Chủ tịch UBND xã",
        "participants": "",
        "preparing_unit": "",
        "status": Status.NORMAL,
        "status_note": "",
        "published": "on",
    }


def _pk(o):
    return {"pk": o.schedule_entry.pk}


def _content(o):
    return o.schedule_entry.content


register(
    Case(f"{NS}:index", listing=True, roles=EDITING, shows=_content),
    Case(f"{NS}:index_results", listing=True, roles=EDITING, shows=_content),
    Case(f"{NS}:add", listing=True, roles=EDITING, shows=lambda o: o.site.site_name),
    Case(
        f"{NS}:add",
        label="post",
        data=entry_form,
        done=lambda o: ScheduleEntry.objects.filter(site=o.site, content=NEW_CONTENT).exists(),
        roles=EDITING,
    ),
    Case(f"{NS}:edit", kwargs=_pk, roles=EDITING, shows=_content),
    Case(
        f"{NS}:edit",
        label="post",
        kwargs=_pk,
        data=entry_form,
        done=lambda o: _entry(o).content == NEW_CONTENT,
        roles=EDITING,
    ),
    Case(f"{NS}:delete", kwargs=_pk, roles=PUBLISHING),
    Case(
        f"{NS}:delete",
        label="post",
        kwargs=_pk,
        data=lambda o: {},
        done=lambda o: _entry(o) is None,
        roles=PUBLISHING,
    ),
    Case(f"{NS}:history", kwargs=_pk, roles=EDITING),
    Case(f"{NS}:history_results", kwargs=_pk, roles=EDITING),
    Case(f"{NS}:usage", kwargs=_pk, roles=EDITING),
)
