"""The "Cơ cấu tổ chức" admin: a site's editors keep their own site's departments and
officials; another site's are neither listed nor reachable."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.messages import get_messages
from wagtail.test.utils.form_data import inline_formset, nested_form_data

from vnportal.directory.models import Department, Official
from vnportal.units.roles import CONTRIBUTOR, EDITOR

from .conftest import URL, site_users

pytestmark = pytest.mark.django_db

ADMIN = "/admin/co-cau-to-chuc/"


def refused(response):
    """Wagtail answers a PermissionDenied in the admin with a redirect and a message."""
    if response.status_code in (403, 404):
        return True
    messages = [str(m) for m in get_messages(response.wsgi_request)]
    return response.status_code == 302 and any("quyền" in m or "permission" in m for m in messages)


def department_form(site, people=(), **fields):
    data = {
        "site": site.pk,
        "name": "Phòng Văn hóa - Xã hội",
        "name_en": "Culture and Social Affairs Division",
        "parent": "",
        "sort_order": "3",
        "slug": "",
        "duties": "Tham mưu về văn hóa, xã hội.",
        "duties_en": "",
        "address": "",
        "phone": "0297 3100 060",
        "email": "vanhoa@example.gov.vn",
        "officials": inline_formset(list(people)),
    }
    data.update(fields)
    return nested_form_data(data)


def person(**fields):
    return {
        "full_name": "Danh Văn Minh Họa",
        "is_leader": "",
        "position": "Trưởng phòng",
        "position_en": "Head of Division",
        "photo": "",
        "duties": "",
        "phone": "0297 3100 061",
        "email": "truongphong@example.gov.vn",
        **fields,
    }


@pytest.fixture
def editors(province, commune):
    return site_users(province.site, "tinh")[EDITOR], site_users(commune.site, "xa")[EDITOR]


def test_editor_lists_only_their_own_sites_departments(client, editors, province_org, commune_org):
    province_editor, _ = editors
    client.force_login(province_editor)
    html = client.get(ADMIN).content.decode()
    assert "Văn phòng Ủy ban nhân dân tỉnh" in html
    assert "Phòng Kinh tế xã Tây Yên" not in html


def test_another_sites_department_is_refused_by_a_typed_url(
    client, editors, province_org, commune_org
):
    province_editor, _ = editors
    client.force_login(province_editor)
    assert refused(client.get(f"{ADMIN}edit/{commune_org.pk}/"))
    assert refused(client.post(f"{ADMIN}edit/{commune_org.pk}/", department_form(commune_org.site)))
    assert refused(client.post(f"{ADMIN}delete/{commune_org.pk}/"))
    assert Department.objects.get(pk=commune_org.pk).name == "Phòng Kinh tế xã Tây Yên"
    assert Department.objects.filter(pk=commune_org.pk).exists()


def test_editor_cannot_add_a_department_to_another_site(client, editors, province, commune):
    province_editor, _ = editors
    client.force_login(province_editor)
    assert refused(client.post(ADMIN + "new/", department_form(commune.site)))
    assert not Department.objects.filter(site=commune.site).exists()


def test_contributor_has_no_access(client, province):
    contributor = site_users(province.site, "ctv")[CONTRIBUTOR]
    client.force_login(contributor)
    assert refused(client.get(ADMIN))


def test_editor_adds_a_department_with_its_people_and_the_page_shows_it(
    client, editors, province, django_capture_on_commit_callbacks
):
    from vnportal.directory.sections import organisation_section

    organisation_section(province.home, None)
    assert "Danh Văn Minh Họa" not in client.get(URL).content.decode()  # cached now
    province_editor, _ = editors
    client.force_login(province_editor)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(ADMIN + "new/", department_form(province.site, [person()]))
    assert response.status_code == 302
    department = Department.objects.get(site=province.site)
    assert department.slug == "phong-van-hoa-xa-hoi"
    assert department.officials.get().full_name == "Danh Văn Minh Họa"
    client.logout()
    assert "Danh Văn Minh Họa" in client.get(URL).content.decode()


def test_a_bad_phone_keeps_the_form_and_says_what_is_wrong(client, editors, province):
    province_editor, _ = editors
    client.force_login(province_editor)
    response = client.post(
        ADMIN + "new/",
        department_form(province.site, [person(phone="gọi 0297")], email="vanhoa"),
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert "có ký tự không dùng được" in html
    assert "Địa chỉ thư điện tử không đúng dạng" in html
    assert "Chưa lưu được" in html
    # What the editor typed is still there.
    assert "Danh Văn Minh Họa" in html and "Tham mưu về văn hóa, xã hội." in html
    assert not Department.objects.exists() and not Official.objects.exists()


def test_editor_cannot_pick_another_sites_parent(client, editors, province, commune_org):
    province_editor, _ = editors
    client.force_login(province_editor)
    response = client.post(ADMIN + "new/", department_form(province.site, parent=commune_org.pk))
    assert refused(response)
    assert not Department.objects.filter(site=province.site).exists()
    own = Department.objects.create(site=province.site, name="Sở Y tế")
    response = client.post(
        f"{ADMIN}edit/{own.pk}/", department_form(province.site, parent=commune_org.pk)
    )
    assert refused(response)
    assert Department.objects.get(pk=own.pk).parent is None


def test_editor_opens_the_forms_of_their_own_site(client, editors, province_org):
    province_editor, _ = editors
    client.force_login(province_editor)
    add_page = client.get(ADMIN + "new/")
    assert add_page.status_code == 200
    assert "Ảnh chân dung" in add_page.content.decode()
    edit_page = client.get(f"{ADMIN}edit/{province_org['ubnd'].pk}/")
    assert edit_page.status_code == 200
    assert "Trần Văn Mẫu" in edit_page.content.decode()


def test_group_editor_offers_the_departments_rights_per_site(client, province):
    from django.contrib.auth.models import Group

    admin = get_user_model().objects.create_superuser("quan-tri", password="mat-khau-dai-123")
    group = Group.objects.create(name="Nhóm làm tay")
    client.force_login(admin)
    html = client.get(f"/admin/groups/edit/{group.pk}/").content.decode()
    assert "Quyền với cơ cấu tổ chức" in html
    assert "Sửa cơ quan, đơn vị và cán bộ trên các trang" in html


def test_the_admin_list_costs_the_same_queries_for_more_departments(client, editors, province):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from .conftest import add_department

    province_editor, _ = editors
    client.force_login(province_editor)

    def list_queries():
        with CaptureQueriesContext(connection) as queries:
            assert client.get(ADMIN).status_code == 200
        return len(queries)

    add_department(province.site, "Sở Nội vụ", people=[{"full_name": "Người Mẫu Một"}])
    client.get(ADMIN)  # caches warmed
    few = list_queries()
    for number in range(5):
        add_department(
            province.site, f"Sở mẫu {number}", people=[{"full_name": f"Người Mẫu {number}"}]
        )
    assert list_queries() == few
