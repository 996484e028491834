"""The security log: logins, failures, logouts and changes of rights, with who made
them; "Nhật ký bảo mật" for site administrators, each seeing its own site's people."""

import datetime

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth.models import Group, Permission
from django.core.management import call_command
from django.test import Client
from django.utils import timezone
from wagtail.models import GroupPagePermission

from vnportal.accounts.models import EventKind, SecurityEvent
from vnportal.accounts.security_log import record

from .conftest import ADMIN, form_data, log_in, text

pytestmark = pytest.mark.django_db

LOG = "/admin/nhat-ky-bao-mat/"


def errors(response):
    """The error messages a form shows, for a failing assertion."""
    soup = BeautifulSoup(response.content, "html.parser")
    found = [e.get_text(" ", strip=True) for e in soup.select(".error-message, .help-critical")]
    context = response.context or {}
    for name in ("form", "permission_panels", "formsets"):
        value = context.get(name) if hasattr(context, "get") else None
        found.append(f"{name}: {getattr(value, 'errors', value)!r}"[:1500])
    return found


def test_login_failed_login_and_logout_are_logged_with_address(staff):
    client = Client(REMOTE_ADDR="198.51.100.30")
    log_in(client, staff.editor, password="sai")
    log_in(client, "khong-ai-ca", password="sai")
    log_in(client, staff.editor)
    client.post("/admin/logout/")
    events = SecurityEvent.objects.exclude(kind=EventKind.USER_FLAGS).order_by("pk")
    assert [(e.kind, e.username) for e in events] == [
        (EventKind.LOGIN_FAILED, "bien-tap-tinh"),
        (EventKind.LOGIN_FAILED, "khong-ai-ca"),
        (EventKind.LOGIN, "bien-tap-tinh"),
        (EventKind.LOGOUT, "bien-tap-tinh"),
    ]
    assert {e.address for e in events} == {"198.51.100.30"}
    assert events[1].user is None


def test_superuser_changing_a_users_groups_and_flag_in_the_admin_is_logged(staff):
    client = Client()
    client.force_login(staff.superuser)
    url = f"/admin/users/edit/{staff.contributor.pk}/"
    data = form_data(client.get(url), "form[method=post]:has(input[name=username])")
    data.update(first_name=["Lan"], last_name=["Nguyễn"])
    data["groups"] = [str(staff.groups.province["editor"].pk)]
    data["is_superuser"] = ["on"]
    response = client.post(url, data)
    assert response.status_code == 302, errors(response)

    groups = SecurityEvent.objects.get(kind=EventKind.USER_GROUPS, user=staff.contributor)
    assert groups.actor == staff.superuser
    assert groups.detail == (
        "Thêm vào nhóm: tỉnh An Giang – Biên tập viên. Bỏ khỏi nhóm: tỉnh An Giang – Cộng tác viên."
    )
    flags = SecurityEvent.objects.get(kind=EventKind.USER_FLAGS, user=staff.contributor)
    assert flags.detail == "Quản trị cao nhất: không → có."
    assert flags.actor_username == "sieu-quan-tri"

    # Saving again without a change logs nothing more.
    before = SecurityEvent.objects.count()
    again = form_data(client.get(url), "form[method=post]:has(input[name=username])")
    assert client.post(url, again).status_code == 302
    assert SecurityEvent.objects.count() == before


def test_group_rights_changed_in_the_group_editor_are_logged(staff):
    group = staff.groups.commune["editor"]
    client = Client()
    client.force_login(staff.superuser)
    url = f"/admin/groups/edit/{group.pk}/"
    page = client.get(url)
    data = form_data(page, "form[method=post]:has(input[name=name])")
    # Tick one more global permission the editor offers, and drop every page right.
    unticked = BeautifulSoup(page.content, "html.parser").select_one(
        "input[name=permissions]:not([checked])"
    )
    added = Permission.objects.select_related("content_type").get(pk=unticked["value"])
    data["permissions"] = data.get("permissions", []) + [str(added.pk)]
    page_prefix = "page_permissions"
    total = int(data[f"{page_prefix}-TOTAL_FORMS"][0])
    for index in range(total):
        data[f"{page_prefix}-{index}-DELETE"] = ["on"]
    response = client.post(url, data)
    assert response.status_code == 302, errors(response)
    assert not GroupPagePermission.objects.filter(group=group).exists()

    event = SecurityEvent.objects.get(kind=EventKind.GROUP_PERMISSIONS, group=group)
    assert event.actor == staff.superuser
    assert f"Thêm: quyền {added.content_type.app_label}.{added.codename}." in event.detail
    assert "Bỏ:" in event.detail and "trang “Trang chủ xã Tây Yên”: change_page" in event.detail


def test_rights_changed_outside_a_request_are_not_logged_but_a_new_superuser_is(staff):
    before = SecurityEvent.objects.count()
    staff.editor.groups.add(staff.groups.commune["board"])
    Group.objects.create(name="Nhóm tạo bằng lệnh")
    assert SecurityEvent.objects.count() == before
    staff.editor.is_superuser = True
    staff.editor.save()
    event = SecurityEvent.objects.latest("pk")
    assert (event.kind, event.detail) == (EventKind.USER_FLAGS, "Quản trị cao nhất: không → có.")


def _seed(staff):
    record(EventKind.LOGIN_FAILED, user=staff.editor, detail="Sự kiện của biên tập tỉnh")
    record(EventKind.LOGIN, user=staff.commune_contributor, detail="Sự kiện của cộng tác viên xã")
    record(EventKind.LOGIN, user=staff.superuser, detail="Sự kiện của siêu quản trị")
    record(EventKind.LOGIN_FAILED, username="ai-do", detail="Sự kiện không rõ ai")
    record(
        EventKind.GROUP_PERMISSIONS,
        group=staff.groups.commune["editor"],
        detail="Sự kiện của nhóm xã",
    )


def test_superuser_and_province_admin_read_every_event(staff):
    _seed(staff)
    for user in (staff.superuser, staff.province_admin):
        client = Client()
        client.force_login(user)
        body = text(client.get(LOG))
        for detail in (
            "Sự kiện của biên tập tỉnh",
            "Sự kiện của cộng tác viên xã",
            "Sự kiện của siêu quản trị",
            "Sự kiện không rõ ai",
            "Sự kiện của nhóm xã",
        ):
            assert detail in body, (user, detail)


def test_commune_admin_reads_only_its_own_peoples_events(staff):
    _seed(staff)
    client = Client()
    client.force_login(staff.commune_admin)
    body = text(client.get(LOG))
    assert "Sự kiện của cộng tác viên xã" in body and "Sự kiện của nhóm xã" in body
    for other in ("Sự kiện của biên tập tỉnh", "Sự kiện của siêu quản trị", "Sự kiện không rõ ai"):
        assert other not in body


def test_other_roles_cannot_open_the_log(staff):
    _seed(staff)
    client = Client()
    client.force_login(staff.editor)
    response = client.get(LOG)
    assert response.status_code == 302 and response["Location"] == ADMIN
    assert "Nhật ký bảo mật" not in text(client.get(ADMIN))


def test_log_filters_and_pages(staff):
    _seed(staff)
    old = record(EventKind.LOGIN, user=staff.editor, detail="Sự kiện năm ngoái")
    SecurityEvent.objects.filter(pk=old.pk).update(
        created_at=timezone.make_aware(datetime.datetime(2025, 3, 4, 9, 0))
    )
    client = Client()
    client.force_login(staff.superuser)
    failures = text(client.get(LOG, {"kind": "failures"}))
    assert "Sự kiện không rõ ai" in failures and "Sự kiện của siêu quản trị" not in failures
    by_name = text(client.get(LOG, {"username": "ai-do"}))
    assert "Sự kiện không rõ ai" in by_name and "Sự kiện của biên tập tỉnh" not in by_name
    dated = text(client.get(LOG, {"date_from": "01/03/2025", "date_to": "31/03/2025"}))
    assert "Sự kiện năm ngoái" in dated and "Sự kiện của biên tập tỉnh" not in dated
    assert "09:00:00 04/03/2025" in dated

    for index in range(60):
        record(EventKind.LOGIN, user=staff.editor, detail=f"Lần {index:02d}")
    first = text(client.get(LOG, {"kind": EventKind.LOGIN}))
    assert "Lần 59" in first and "Lần 00" not in first and "Trang 1/2" in first
    second = text(client.get(LOG, {"kind": EventKind.LOGIN, "p": 2}))
    assert "Lần 00" in second and "Lần 59" not in second


def test_the_log_menu_item_shows_to_site_administrators(staff):
    client = Client()
    client.force_login(staff.commune_admin)
    assert LOG in client.get(ADMIN).content.decode()


def test_old_events_are_purged(settings, staff):
    settings.VNPORTAL_SECURITY_LOG_RETENTION_DAYS = 30
    old = record(EventKind.LOGIN, user=staff.editor, detail="cũ")
    SecurityEvent.objects.filter(pk=old.pk).update(
        created_at=timezone.now() - datetime.timedelta(days=31)
    )
    recent = record(EventKind.LOGIN, user=staff.editor, detail="mới")
    call_command("purge_security_log")
    assert list(SecurityEvent.objects.filter(user=staff.editor).values_list("pk", flat=True)) == [
        recent.pk
    ]
