"""The "Cơ cấu tổ chức" admin in the permission matrix (see vnportal/units/admin_matrix.py):
editors, the board and the site administrator of a site keep its departments and their
officials; nobody of another site sees or touches them."""

from vnportal.units.admin_matrix import EDITING, Case, register, site_object

from .models import Department, Official

NEW_NAME = "Tên đơn vị mới do ma trận đặt"
NS = "directory_admin"


@site_object("directory_department")
def build_directory_department(objects):
    department = Department.objects.create(
        site=objects.site, name=f"Phòng Kinh tế {objects.secret}", phone="0297 3100 050"
    )
    Official.objects.create(
        department=department, full_name=f"Cán bộ {objects.secret}", position="Trưởng phòng"
    )
    return department


def _department(o):
    return Department.objects.filter(pk=o.directory_department.pk).first()


def _officials(department):
    people = list(department.officials.all()) if department else []
    data = {
        "officials-TOTAL_FORMS": str(len(people)),
        "officials-INITIAL_FORMS": str(len(people)),
        "officials-MIN_NUM_FORMS": "0",
        "officials-MAX_NUM_FORMS": "1000",
    }
    for number, person in enumerate(people):
        prefix = f"officials-{number}-"
        data.update(
            {
                f"{prefix}id": str(person.pk),
                f"{prefix}ORDER": str(number + 1),
                f"{prefix}full_name": person.full_name,
                f"{prefix}position": person.position,
                f"{prefix}position_en": "",
                f"{prefix}photo": "",
                f"{prefix}duties": "",
                f"{prefix}phone": "",
                f"{prefix}email": "",
            }
        )
    return data


def department_form(o, department=None):
    return {
        "site": o.site.pk,
        "name": NEW_NAME,
        "name_en": "",
        "parent": "",
        "sort_order": "0",
        "slug": department.slug if department else "",
        "duties": "",
        "duties_en": "",
        "address": "",
        "phone": "0297 3100 050",
        "email": "",
        **_officials(department),
    }


def _pk(o):
    return {"pk": o.directory_department.pk}


register(
    Case(f"{NS}:index", listing=True, roles=EDITING, shows=lambda o: o.directory_department.name),
    Case(
        f"{NS}:index_results",
        listing=True,
        roles=EDITING,
        shows=lambda o: o.directory_department.name,
    ),
    # The add form offers the user's own sites and their departments as parents only.
    Case(f"{NS}:add", listing=True, roles=EDITING, shows=lambda o: o.directory_department.name),
    Case(
        f"{NS}:add",
        label="post",
        data=department_form,
        done=lambda o: Department.objects.filter(site=o.site, name=NEW_NAME).exists(),
        roles=EDITING,
    ),
    Case(f"{NS}:edit", kwargs=_pk, roles=EDITING, shows=lambda o: o.directory_department.name),
    Case(
        f"{NS}:edit",
        label="post",
        kwargs=_pk,
        data=lambda o: department_form(o, _department(o)),
        done=lambda o: _department(o).name == NEW_NAME,
        roles=EDITING,
    ),
    Case(f"{NS}:delete", kwargs=_pk, roles=EDITING),
    Case(
        f"{NS}:delete",
        label="post",
        kwargs=_pk,
        data=lambda o: {},
        done=lambda o: _department(o) is None,
        roles=EDITING,
    ),
    Case(f"{NS}:history", kwargs=_pk, roles=EDITING),
    Case(f"{NS}:history_results", kwargs=_pk, roles=EDITING),
    Case(f"{NS}:usage", kwargs=_pk, roles=EDITING),
)
