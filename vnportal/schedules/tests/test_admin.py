"""The "Lịch công tác" admin: each site's editors keep their own site's entries only."""

import datetime

import pytest
from django.contrib.auth import get_user_model
from django.contrib.messages import get_messages
from wagtail.models import Collection

from vnportal.schedules.models import ScheduleEntry, Status
from vnportal.units.roles import EDITOR, ensure_site_groups

from .conftest import add_entry

pytestmark = pytest.mark.django_db

ADMIN = "/admin/lich-cong-tac/"
MONDAY = datetime.date(2026, 11, 23)


def editor_of(site, key):
    collection = Collection.get_first_root_node().add_child(name=f"Thư mục {key}")
    group = ensure_site_groups(site, collection)[EDITOR]
    user = get_user_model().objects.create_user(f"{key}-editor", password="mat-khau-dai-123")
    user.groups.add(group)
    return user


def refused(response):
    """Wagtail's admin answers a refusal with a redirect and a message, or a 403."""
    if response.status_code == 403:
        return True
    messages = [str(m) for m in get_messages(response.wsgi_request)]
    return response.status_code == 302 and any("quyền" in m or "permission" in m for m in messages)


def form_data(site, **values):
    data = {
        "site": site.pk,
        "date": "2026-11-24",
        "starts_at": "08:00",
        "ends_at": "",
        "content": "Họp UBND xã thường kỳ",
        "place": "Hội trường UBND xã",
        "chaired_by": "Chủ tịch UBND xã",
        "participants": "Thành viên UBND xã",
        "preparing_unit": "",
        "status": Status.NORMAL,
        "status_note": "",
        "published": "on",
    }
    data.update(values)
    return data


def test_an_editor_lists_and_edits_only_the_own_sites_entries(client, province, commune):
    own = add_entry(commune.site, MONDAY, content="Tiếp công dân ở xã An Biên")
    foreign = add_entry(province.site, MONDAY, content="Họp UBND tỉnh")
    client.force_login(editor_of(commune.site, "anbien"))
    listing = client.get(ADMIN).content.decode()
    assert "Tiếp công dân ở xã An Biên" in listing
    assert "Họp UBND tỉnh" not in listing
    assert client.get(f"{ADMIN}edit/{own.pk}/").status_code == 200
    assert refused(client.get(f"{ADMIN}edit/{foreign.pk}/"))
    assert refused(client.post(f"{ADMIN}edit/{foreign.pk}/", form_data(province.site)))
    assert ScheduleEntry.objects.get(pk=foreign.pk).content == "Họp UBND tỉnh"


def test_an_editor_adds_an_entry_to_the_own_site_and_never_to_another(client, province, commune):
    client.force_login(editor_of(commune.site, "anbien"))
    response = client.post(f"{ADMIN}new/", form_data(commune.site))
    assert response.status_code == 302
    entry = ScheduleEntry.objects.get()
    assert entry.site == commune.site and entry.starts_at == datetime.time(8, 0)
    assert refused(client.post(f"{ADMIN}new/", form_data(province.site)))
    assert ScheduleEntry.objects.count() == 1


def test_bad_times_and_a_missing_note_get_vietnamese_messages(client, commune):
    client.force_login(editor_of(commune.site, "anbien"))
    data = form_data(commune.site, starts_at="14:00", ends_at="13:30", status=Status.POSTPONED)
    response = client.post(f"{ADMIN}new/", data)
    page = response.content.decode()
    assert response.status_code == 200
    assert "Giờ kết thúc (13:30) phải sau giờ bắt đầu (14:00)" in page
    assert "Hãy ghi rõ lịch thay đổi thế nào hoặc lý do hoãn" in page
    # What the editor typed is still in the form.
    assert "Họp UBND xã thường kỳ" in page
    assert not ScheduleEntry.objects.exists()


def test_the_list_is_filtered_by_week(client, commune):
    add_entry(commune.site, MONDAY, content="Giao ban tuần 48")
    add_entry(commune.site, MONDAY + datetime.timedelta(days=7), content="Giao ban tuần 49")
    client.force_login(editor_of(commune.site, "anbien"))
    listing = client.get(ADMIN, {"week": "2026-11-26"}).content.decode()
    assert "Giao ban tuần 48" in listing
    assert "Giao ban tuần 49" not in listing
