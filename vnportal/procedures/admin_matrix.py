"""The "Thủ tục hành chính" admin in the permission matrix (see
vnportal/units/admin_matrix.py): editors, the board and the site administrator of a site
keep its procedures; nobody of another site sees or touches them."""

from vnportal.units.admin_matrix import EDITING, Case, register, site_object

from .models import NATIONAL_PORTAL, Level, OnlineLevel, Procedure

NS = "procedures_admin"
NEW_NAME = "Tên thủ tục mới do ma trận đặt"


@site_object("procedure")
def build_procedure(objects):
    return Procedure.objects.create(
        site=objects.site,
        name=f"Đăng ký khai sinh {objects.secret}",
        field="Hộ tịch",
        level=Level.COMMUNE,
    )


def _procedure(o):
    return Procedure.objects.filter(pk=o.procedure.pk).first()


def procedure_form(o):
    return {
        "site": o.site.pk,
        "name": NEW_NAME,
        "code": "",
        "field": "Hộ tịch",
        "level": Level.COMMUNE,
        "online_level": OnlineLevel.OFFLINE,
        "sort_order": "0",
        "processing_time": "",
        "fees": "",
        "url": NATIONAL_PORTAL,
    }


def _pk(o):
    return {"pk": o.procedure.pk}


def _name(o):
    return o.procedure.name


register(
    Case(f"{NS}:index", listing=True, roles=EDITING, shows=_name),
    Case(f"{NS}:index_results", listing=True, roles=EDITING, shows=_name),
    Case(f"{NS}:add", listing=True, roles=EDITING, shows=lambda o: o.site.site_name),
    # The form's site field offers only the user's own sites: another site's is a form
    # error (200), so the refusal is judged by nothing being created there.
    Case(
        f"{NS}:add",
        label="post",
        data=procedure_form,
        done=lambda o: Procedure.objects.filter(site=o.site, name=NEW_NAME).exists(),
        roles=EDITING,
        refused_by_effect=True,
    ),
    Case(f"{NS}:edit", kwargs=_pk, roles=EDITING, shows=_name),
    Case(
        f"{NS}:edit",
        label="post",
        kwargs=_pk,
        data=procedure_form,
        done=lambda o: _procedure(o).name == NEW_NAME,
        roles=EDITING,
    ),
    Case(f"{NS}:delete", kwargs=_pk, roles=EDITING),
    Case(
        f"{NS}:delete",
        label="post",
        kwargs=_pk,
        data=lambda o: {},
        done=lambda o: _procedure(o) is None,
        roles=EDITING,
    ),
    Case(f"{NS}:history", kwargs=_pk, roles=EDITING),
    Case(f"{NS}:history_results", kwargs=_pk, roles=EDITING),
    Case(f"{NS}:usage", kwargs=_pk, roles=EDITING),
)
