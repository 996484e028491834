"""The "Cảnh báo khẩn cấp" admin: what each officer may see and do, by URL too."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.contrib.messages import get_messages
from django.utils import timezone
from lxml import html as lxml_html
from wagtail.models import GroupSitePermission, ModelLogEntry

from vnportal.alerts.actions import issue_alert
from vnportal.alerts.forms import AlertSitePermissionsForm
from vnportal.alerts.models import Alert

from .world import alert_fields

pytestmark = pytest.mark.django_db

ADMIN = "/admin/canh-bao/"


def form_data(site, areas, **overrides):
    fields = alert_fields(**overrides)
    data = {
        "site": site.pk,
        "areas": [unit.pk for unit in areas],
        "urgency": "Expected",
        "certainty": "Likely",
    }
    for name, value in fields.items():
        if name in ("starts_at", "ends_at"):
            value = timezone.localtime(value).strftime("%Y-%m-%d %H:%M")
        data[name] = value
    return data


def refused(response):
    """Wagtail's admin answers a refused request with a redirect to the dashboard and a
    permission error (or 403 for a script)."""
    if response.status_code == 403:
        return True
    messages = [str(m) for m in get_messages(response.wsgi_request)]
    return (
        response.status_code == 302
        and response["Location"] == "/admin/"
        and any("permission" in m or "quyền" in m for m in messages)
    )


def logged_in(client, user):
    client.force_login(user)
    return client


def form_choices(response, name):
    tree = lxml_html.fromstring(response.content.decode())
    options = tree.xpath(f"//select[@name='{name}']/option[@value!='']")
    inputs = tree.xpath(f"//input[@name='{name}']")
    return {int(e.get("value")): " ".join(e.xpath("string(..)").split()) for e in inputs} or {
        int(o.get("value")): o.text_content().strip() for o in options
    }


def test_province_officer_issues_through_the_admin_and_communes_show_it(
    client, world, province_officer
):
    logged_in(client, province_officer)
    response = client.post(ADMIN + "new/", form_data(world.province.site, [world.province_unit]))
    assert response.status_code == 302
    alert = Alert.objects.get()
    assert alert.site == world.province.site
    assert list(alert.areas.all()) == [world.province_unit]
    assert ModelLogEntry.objects.for_instance(alert).get().action == "vnportal_alerts.issue"
    client.logout()
    home = client.get("/", HTTP_HOST="tayyen.localhost").content.decode()
    assert 'role="alert"' in home and alert.headline in home


def test_add_form_offers_a_commune_officer_only_their_commune(client, world, tayyen_officer):
    response = logged_in(client, tayyen_officer).get(ADMIN + "new/")
    assert response.status_code == 200
    assert set(form_choices(response, "site")) == {world.tayyen.site.pk}
    assert form_choices(response, "areas") == {world.tayyen_unit.pk: "xã Tây Yên"}


def test_add_form_offers_a_province_officer_every_unit_and_the_current_site(
    client, world, province_officer
):
    response = logged_in(client, province_officer).get(ADMIN + "new/")
    assert set(form_choices(response, "site")) == {
        world.province.site.pk,
        world.tayyen.site.pk,
        world.anbien.site.pk,
    }
    assert set(form_choices(response, "areas")) == {
        world.province_unit.pk,
        world.tayyen_unit.pk,
        world.anbien_unit.pk,
    }
    tree = lxml_html.fromstring(response.content.decode())
    [selected] = tree.xpath("//select[@name='site']/option[@selected]/@value")
    assert int(selected) == world.province.site.pk


def test_commune_officer_cannot_choose_another_commune_or_site(client, world, tayyen_officer):
    logged_in(client, tayyen_officer)
    for data in (
        form_data(world.tayyen.site, [world.anbien_unit]),
        form_data(world.tayyen.site, [world.tayyen_unit, world.province_unit]),
        form_data(world.anbien.site, [world.anbien_unit]),
    ):
        assert refused(client.post(ADMIN + "new/", data))
    assert not Alert.objects.exists()


def test_a_commune_site_alert_cannot_cover_another_commune_even_for_the_province(
    client, world, province_officer
):
    response = logged_in(client, province_officer).post(
        ADMIN + "new/", form_data(world.tayyen.site, [world.anbien_unit])
    )
    assert response.status_code == 200
    assert "không được phát cảnh báo cho: xã An Biên" in response.content.decode()
    assert not Alert.objects.exists()


def test_bad_times_get_a_vietnamese_message_and_keep_the_text(client, world, province_officer):
    data = form_data(world.province.site, [world.province_unit])
    data["ends_at"] = timezone.localtime(timezone.now() - timezone.timedelta(days=1)).strftime(
        "%Y-%m-%d %H:%M"
    )
    response = logged_in(client, province_officer).post(ADMIN + "new/", data)
    body = response.content.decode()
    assert response.status_code == 200
    assert "Hãy chọn một thời điểm muộn hơn." in body or "trong tương lai" in body
    assert data["description"] in body
    assert not Alert.objects.exists()


@pytest.fixture
def anbien_alert(world, anbien_officer):
    return issue_alert(
        anbien_officer,
        site=world.anbien.site,
        areas=[world.anbien_unit],
        **alert_fields(headline="Cảnh báo riêng của An Biên"),
    )


def test_commune_officer_does_not_see_another_sites_alert_in_the_list(
    client, world, tayyen_officer, anbien_alert
):
    own = issue_alert(
        tayyen_officer,
        site=world.tayyen.site,
        areas=[world.tayyen_unit],
        **alert_fields(headline="Cảnh báo của Tây Yên"),
    )
    body = logged_in(client, tayyen_officer).get(ADMIN).content.decode()
    assert own.headline in body
    assert anbien_alert.headline not in body


def test_commune_officer_cannot_reach_another_sites_alert_by_url(
    client, world, tayyen_officer, tayyen_admin, anbien_alert
):
    pk = anbien_alert.pk
    logged_in(client, tayyen_officer)
    for path in (f"edit/{pk}/", f"history/{pk}/", f"cancel/{pk}/", f"usage/{pk}/"):
        assert refused(client.get(ADMIN + path)), path
        landing = client.get(ADMIN + path, follow=True)
        assert anbien_alert.headline not in landing.content.decode(), path
    data = form_data(world.anbien.site, [world.anbien_unit], headline="Đổi trộm")
    assert refused(client.post(ADMIN + f"edit/{pk}/", data))
    assert refused(client.post(ADMIN + f"cancel/{pk}/", {"reason": "Hủy trộm"}))
    logged_in(client, tayyen_admin)
    assert refused(client.get(ADMIN + f"delete/{pk}/"))
    assert refused(client.post(ADMIN + f"delete/{pk}/"))
    anbien_alert.refresh_from_db()
    assert anbien_alert.headline == "Cảnh báo riêng của An Biên"
    assert anbien_alert.cancelled_at is None


def test_editing_in_the_admin_publishes_an_update(client, world, tayyen_officer):
    alert = issue_alert(
        tayyen_officer, site=world.tayyen.site, areas=[world.tayyen_unit], **alert_fields()
    )
    logged_in(client, tayyen_officer)
    assert client.get(ADMIN + f"edit/{alert.pk}/").status_code == 200
    data = form_data(world.tayyen.site, [world.tayyen_unit], headline="Bão số 3 mạnh thêm")
    data["starts_at"] = timezone.localtime(alert.starts_at).strftime("%Y-%m-%d %H:%M")
    response = client.post(ADMIN + f"edit/{alert.pk}/", data)
    assert response.status_code == 302
    alert.refresh_from_db()
    assert alert.headline == "Bão số 3 mạnh thêm"
    assert alert.version == 2
    entry = ModelLogEntry.objects.for_instance(alert).filter(action="vnportal_alerts.update")
    assert entry.get().user == tayyen_officer
    client.logout()
    home = client.get("/", HTTP_HOST="tayyen.localhost").content.decode()
    assert "Bão số 3 mạnh thêm" in home


def test_cancelling_in_the_admin_needs_a_reason_and_logs_it(client, world, tayyen_officer):
    alert = issue_alert(
        tayyen_officer, site=world.tayyen.site, areas=[world.tayyen_unit], **alert_fields()
    )
    logged_in(client, tayyen_officer)
    assert "Hủy cảnh báo" in client.get(ADMIN).content.decode()
    response = client.post(ADMIN + f"cancel/{alert.pk}/", {"reason": ""})
    assert response.status_code == 200
    assert "Hãy ghi lý do hủy cảnh báo." in response.content.decode()
    alert.refresh_from_db()
    assert alert.cancelled_at is None

    response = client.post(ADMIN + f"cancel/{alert.pk}/", {"reason": "Bão đã đổi hướng."})
    assert response.status_code == 302
    alert.refresh_from_db()
    assert alert.cancelled_at is not None
    entry = ModelLogEntry.objects.for_instance(alert).get(action="vnportal_alerts.cancel")
    assert entry.user == tayyen_officer
    history = client.get(ADMIN + f"history/{alert.pk}/").content.decode()
    assert "Đã hủy cảnh báo. Lý do: Bão đã đổi hướng." in history


def test_site_admin_deletes_own_alert_in_the_admin(client, world, tayyen_officer, tayyen_admin):
    alert = issue_alert(
        tayyen_officer, site=world.tayyen.site, areas=[world.tayyen_unit], **alert_fields()
    )
    logged_in(client, tayyen_officer)
    assert refused(client.post(ADMIN + f"delete/{alert.pk}/"))
    logged_in(client, tayyen_admin)
    assert client.post(ADMIN + f"delete/{alert.pk}/").status_code == 302
    assert not Alert.objects.filter(pk=alert.pk).exists()


def test_group_permission_panel_grants_alert_rights_per_site(client, world):
    group = Group.objects.create(name="Cán bộ phòng chống thiên tai xã Tây Yên")
    form = AlertSitePermissionsForm(
        data={
            "alerts_site_permissions-add_alert": [world.tayyen.site.pk],
            "alerts_site_permissions-change_alert": [world.tayyen.site.pk],
        },
        instance=group,
    )
    assert form.is_valid(), form.errors
    form.save()
    granted = set(
        GroupSitePermission.objects.filter(group=group).values_list(
            "site_id", "permission__codename"
        )
    )
    assert granted == {(world.tayyen.site.pk, "add_alert"), (world.tayyen.site.pk, "change_alert")}

    form = AlertSitePermissionsForm(
        data={"alerts_site_permissions-add_alert": [world.tayyen.site.pk]}, instance=group
    )
    assert form.is_valid()
    form.save()
    assert set(
        GroupSitePermission.objects.filter(group=group).values_list(
            "permission__codename", flat=True
        )
    ) == {"add_alert"}

    superuser = get_user_model().objects.create_superuser("quan-tri", "qt@example.gov.vn", "x")
    page = logged_in(client, superuser).get(f"/admin/groups/edit/{group.pk}/")
    assert page.status_code == 200
    assert "Quyền với cảnh báo khẩn cấp" in page.content.decode()
