"""The statistics pages and exports: who may see them, what they show, what they never
show (a person's data), and that the CSV and XLSX hold the page's figures."""

import csv
import datetime
import io

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.contrib.messages import get_messages
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone
from wagtail.models.sites import GroupSitePermission

from vnportal.feedback.models import Rating
from vnportal.feedback.stats import MIN_RATINGS, NOT_ENOUGH_RATINGS
from vnportal.feedback.stats_export import read_xlsx

from .test_stats import PERSONAL, PRIVATE_TEXTS, local, rate, submit, world  # noqa: F401

PERIOD = {"starts_on": "2026-01-01", "ends_on": "2026-12-31"}


def _permission(codename, app_label):
    return Permission.objects.get(codename=codename, content_type__app_label=app_label)


def make_user(username, site=None, global_handling=False):
    """Staff who can open the admin; handling rights on `site`, or on every site."""
    user = get_user_model().objects.create_user(username=username, password="x")
    group = Group.objects.create(name=f"Nhóm {username}")
    group.permissions.add(_permission("access_admin", "wagtailadmin"))
    handle = _permission("handle_submission", "feedback")
    if global_handling:
        group.permissions.add(handle)
    if site is not None:
        GroupSitePermission.objects.create(group=group, site=site, permission=handle)
    user.groups.add(group)
    return user


@pytest.fixture
def rated(world):  # noqa: F811
    rows = world["rows"]
    values = [Rating.SATISFIED] * 3 + [Rating.NEUTRAL, Rating.DISSATISFIED]
    for key, value in zip("abcde", values, strict=True):
        rate(rows[key], value)
    return world


def refused(response):
    """Wagtail answers a refused admin request with a 403, or with a redirect to the
    dashboard carrying a permission error."""
    if response.status_code == 403:
        return True
    messages = [str(m) for m in get_messages(response.wsgi_request)]
    return (
        response.status_code == 302
        and response["Location"] == reverse("wagtailadmin_home")
        and any("quyền" in m for m in messages)
    )


def get(client, user, name="index", **query):
    client.force_login(user)
    return client.get(reverse(f"feedback_stats:{name}"), query)


def test_site_handler_sees_the_figures_and_charts_of_their_site(client, rated):
    user = make_user("ty", site=rated["tayyen"])
    response = get(client, user, site=rated["tayyen"].pk, **PERIOD)
    assert response.status_code == 200
    page = response.content.decode()
    assert "xã Tây Yên: từ 01/01/2026 đến 31/12/2026" in page
    assert '<th scope="row">Đất đai</th><td>4</td>' in page
    assert '<th scope="row">Thời gian trả lời, trung vị (ngày làm việc)</th><td>4</td>' in page
    assert 'role="img"' in page and "<title" in page
    assert "Biểu đồ: theo lĩnh vực" in page
    assert "60,0" in page  # three of five satisfied
    assert "Toàn tỉnh" not in page  # no province choice for a commune's handler


def test_default_scope_and_period_of_a_site_handler(client, rated):
    user = make_user("ty", site=rated["tayyen"])
    response = get(client, user)
    assert response.status_code == 200
    result = response.context["result"]
    today = timezone.localdate()
    assert result.label == "xã Tây Yên"
    assert (result.starts_on, result.ends_on) == (datetime.date(today.year, 1, 1), today)


def test_page_queries_do_not_grow_with_the_submissions(client, rated):
    user = make_user("ty", site=rated["tayyen"])
    client.force_login(user)
    url = reverse("feedback_stats:index")
    query = {"site": rated["tayyen"].pk, **PERIOD}
    client.get(url, query)  # the first request fills per-process caches
    with CaptureQueriesContext(connection) as before:
        assert client.get(url, query).status_code == 200
    for day in range(1, 15):
        submit(rated["tayyen"], rated["fields"]["traffic"], local(2026, 8, day))
    with CaptureQueriesContext(connection) as after:
        response = client.get(url, query)
    assert response.context["result"].total == 8 + 14
    assert len(after) == len(before)


def test_handler_of_another_site_is_refused(client, rated):
    outsider = make_user("ab", site=rated["anbien"])
    for name in ("index", "export_csv", "export_xlsx"):
        response = get(client, outsider, name, site=rated["tayyen"].pk, **PERIOD)
        assert refused(response), name
        assert "Đất đai" not in response.content.decode("utf-8", "replace")
    assert refused(get(client, outsider, site="tinh", **PERIOD))


def test_staff_without_handling_rights_are_refused(client, rated):
    editor = make_user("bientap")
    assert refused(get(client, editor))
    assert refused(get(client, editor, "export_csv"))


def test_unknown_site_is_not_found(client, rated):
    user = make_user("ty", site=rated["tayyen"])
    assert get(client, user, site=999999, **PERIOD).status_code == 404


def test_province_staff_see_every_site(client, rated):
    staff = make_user("tinh", global_handling=True)
    response = get(client, staff, **PERIOD)
    assert response.status_code == 200
    page = response.content.decode()
    assert "Toàn tỉnh: từ 01/01/2026" in page
    assert '<th scope="row">xã An Biên</th><td>1</td>' in page
    # And any one site.
    response = get(client, staff, site=rated["anbien"].pk, **PERIOD)
    assert response.context["result"].total == 1


def test_a_reversed_period_is_explained_and_not_exported(client, rated):
    user = make_user("ty", site=rated["tayyen"])
    query = {"starts_on": "2026-12-31", "ends_on": "2026-01-01"}
    page = get(client, user, **query).content.decode()
    assert "Ngày kết thúc phải sau ngày bắt đầu." in page
    assert get(client, user, "export_csv", **query).status_code == 400


def _csv_rows(response):
    data = response.content
    assert data.startswith("\ufeff".encode())  # Excel reads UTF-8 only with the BOM
    return list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))


def _section(rows, title):
    """The data rows under a CSV section title, up to the next empty line."""
    start = rows.index([title.upper()]) + 2
    end = next((i for i in range(start, len(rows)) if not rows[i]), len(rows))
    return rows[start:end]


def test_csv_export_holds_the_figures(client, rated):
    user = make_user("ty", site=rated["tayyen"])
    response = get(client, user, "export_csv", site=rated["tayyen"].pk, **PERIOD)
    assert response.status_code == 200
    disposition = response["Content-Disposition"]
    assert 'filename="thong-ke-hoi-dap-xa-tay-yen-2026.csv"' in disposition
    rows = _csv_rows(response)
    assert ["Phạm vi", "xã Tây Yên"] in rows
    assert _section(rows, "Theo lĩnh vực") == [
        ["Đất đai", "4"],
        ["Môi trường", "3"],
        ["Giao thông", "1"],
        ["Tổng cộng", "8"],
    ]
    summary = dict(row for row in _section(rows, "Tổng hợp") if len(row) == 2)
    assert summary["Thời gian trả lời, trung vị (ngày làm việc)"] == "4"
    assert summary["90% được trả lời trong (ngày làm việc)"] == "15"
    assert summary["Số trả lời trễ hạn"] == "1"
    satisfaction = _section(rows, "Mức độ hài lòng")
    assert satisfaction[0] == ["Chung (xã Tây Yên)", "5", "3", "60.0", "1", "20.0", "1", "20.0"]
    assert satisfaction[1][2] == NOT_ENOUGH_RATINGS  # Đất đai: 3 ratings


def test_xlsx_export_holds_the_same_figures(client, rated):
    staff = make_user("tinh", global_handling=True)
    response = get(client, staff, "export_xlsx", site="tinh", **PERIOD)
    assert response.status_code == 200
    assert 'filename="thong-ke-hoi-dap-toan-tinh-2026.xlsx"' in response["Content-Disposition"]
    sheets = read_xlsx(response.content)
    assert sheets["Tổng hợp"][1] == ["Phạm vi", "Toàn tỉnh"]
    assert sheets["Theo trang"][1:] == [["xã Tây Yên", 8], ["xã An Biên", 1], ["Tổng cộng", 9]]
    assert ["Đất đai", 5] in sheets["Theo lĩnh vực"]
    months = dict(row for row in sheets["Theo tháng tiếp nhận"][1:])
    assert months["06/2026"] == 3 and months["05/2026"] == 1
    overall = sheets["Mức độ hài lòng"][1]
    assert overall[:4] == ["Chung (Toàn tỉnh)", 5, 3, 60.0]


def test_a_group_under_the_threshold_shows_no_rating_anywhere(client, world):  # noqa: F811
    rows = world["rows"]
    for key in "abcd":
        rate(rows[key], Rating.DISSATISFIED)
    assert MIN_RATINGS == 5
    user = make_user("ty", site=world["tayyen"])
    page = get(client, user, site=world["tayyen"].pk, **PERIOD).content.decode()
    assert NOT_ENOUGH_RATINGS in page
    assert "Không hài lòng</th>" not in page.split("Mức độ hài lòng", 1)[1].split("<tbody>")[1]
    csv_rows = _csv_rows(get(client, user, "export_csv", site=world["tayyen"].pk, **PERIOD))
    assert _section(csv_rows, "Mức độ hài lòng")[0][:3] == [
        "Chung (xã Tây Yên)",
        "4",
        NOT_ENOUGH_RATINGS,
    ]


def test_no_personal_data_in_the_page_or_the_exports(client, rated):
    staff = make_user("tinh", global_handling=True)
    bodies = []
    for scope in ("tinh", rated["tayyen"].pk):
        for name in ("index", "export_csv"):
            bodies.append(get(client, staff, name, site=scope, **PERIOD).content.decode("utf-8"))
        xlsx = get(client, staff, "export_xlsx", site=scope, **PERIOD).content
        bodies.append(repr(read_xlsx(xlsx)))
    secrets = [*PERSONAL.values(), *PRIVATE_TEXTS]
    for body in bodies:
        assert "Đất đai" in body  # the figures are there, the people are not
        for secret in secrets:
            assert secret not in body
