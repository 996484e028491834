"""Issuing, updating and cancelling: the rules, the audit log, who may do what."""

import datetime

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.utils import timezone
from wagtail.log_actions import registry as log_registry
from wagtail.models import GroupSitePermission, ModelLogEntry

from vnportal.alerts.actions import cancel_alert, delete_alert, issue_alert, update_alert
from vnportal.alerts.models import Alert
from vnportal.alerts.queries import affected_site_ids
from vnportal.units.roles import BOARD, CONTRIBUTOR, EDITOR, SITE_ADMIN

from .world import alert_fields, make_user

pytestmark = pytest.mark.django_db


def log_entries(alert):
    return list(ModelLogEntry.objects.for_instance(alert).order_by("timestamp", "pk"))


def test_issue_update_and_cancel_each_leave_an_audit_log_entry_with_the_user(
    world, province_officer
):
    alert = issue_alert(
        province_officer, site=world.province.site, areas=[world.province_unit], **alert_fields()
    )
    update_alert(province_officer, alert, severity="Extreme")
    cancel_alert(province_officer, alert, "Bão đã tan.")
    entries = log_entries(alert)
    assert [(e.action, e.user_id) for e in entries] == [
        ("vnportal_alerts.issue", province_officer.pk),
        ("vnportal_alerts.update", province_officer.pk),
        ("vnportal_alerts.cancel", province_officer.pk),
    ]
    assert entries[0].data["areas"] == ["tỉnh An Giang"]
    assert entries[1].data["changed"] == ["severity"]
    assert entries[2].data["reason"] == "Bão đã tan."
    # The history page shows them in Vietnamese.
    assert [log_registry.get_action_label(e.action) for e in entries] == [
        "Phát cảnh báo",
        "Cập nhật cảnh báo",
        "Hủy cảnh báo",
    ]
    assert entries[1].message == "Đã cập nhật cảnh báo: Mức độ nguy hiểm"
    assert entries[2].message == "Đã hủy cảnh báo. Lý do: Bão đã tan."


def test_issue_records_sender_identifier_and_issuer(world, tayyen_officer):
    alert = issue_alert(
        tayyen_officer, site=world.tayyen.site, areas=[world.tayyen_unit], **alert_fields()
    )
    alert.refresh_from_db()
    assert alert.sender == "tayyen.localhost"
    assert alert.identifier.startswith("tayyen.localhost.canh-bao.")
    assert alert.sent_by == tayyen_officer
    assert alert.version == 1
    assert list(alert.areas.all()) == [world.tayyen_unit]


def test_end_before_start_is_refused_with_a_vietnamese_message(world, province_officer):
    now = timezone.now()
    with pytest.raises(ValidationError) as refused:
        issue_alert(
            province_officer,
            site=world.province.site,
            areas=[world.province_unit],
            **alert_fields(starts_at=now, ends_at=now - datetime.timedelta(hours=1)),
        )
    assert "phải sau thời điểm bắt đầu" in refused.value.message_dict["ends_at"][0]
    assert not Alert.objects.exists()


def test_an_alert_needs_an_area(world, province_officer):
    with pytest.raises(ValidationError):
        issue_alert(province_officer, site=world.province.site, areas=[], **alert_fields())
    assert not Alert.objects.exists()


def test_update_without_a_change_is_not_a_new_message(world, province_officer):
    alert = issue_alert(
        province_officer, site=world.province.site, areas=[world.province_unit], **alert_fields()
    )
    update_alert(province_officer, alert, headline=alert.headline, areas=[world.province_unit])
    alert.refresh_from_db()
    assert alert.version == 1
    assert len(log_entries(alert)) == 1


def test_a_cancelled_alert_cannot_be_updated_or_cancelled_again(world, province_officer):
    alert = issue_alert(
        province_officer, site=world.province.site, areas=[world.province_unit], **alert_fields()
    )
    cancel_alert(province_officer, alert, "Phát nhầm.")
    with pytest.raises(ValidationError):
        update_alert(province_officer, alert, headline="Sửa sau khi hủy")
    with pytest.raises(ValidationError):
        cancel_alert(province_officer, alert, "Lần nữa.")
    alert.refresh_from_db()
    assert alert.headline != "Sửa sau khi hủy"
    assert alert.cancel_reason == "Phát nhầm."


def test_cancel_needs_a_reason(world, province_officer):
    alert = issue_alert(
        province_officer, site=world.province.site, areas=[world.province_unit], **alert_fields()
    )
    with pytest.raises(ValidationError) as refused:
        cancel_alert(province_officer, alert, "   ")
    assert refused.value.message_dict["reason"] == ["Hãy ghi lý do hủy cảnh báo."]
    alert.refresh_from_db()
    assert alert.cancelled_at is None


def test_commune_officer_issues_only_for_their_own_commune(world, tayyen_officer):
    for site, areas in (
        (world.tayyen.site, [world.anbien_unit]),
        (world.tayyen.site, [world.province_unit]),
        (world.anbien.site, [world.anbien_unit]),
        (world.province.site, [world.province_unit]),
    ):
        with pytest.raises(PermissionDenied):
            issue_alert(tayyen_officer, site=site, areas=areas, **alert_fields())
    assert not Alert.objects.exists()


def test_commune_officer_cannot_change_another_sites_alert(
    world, province_officer, tayyen_officer, anbien_officer
):
    alert = issue_alert(
        anbien_officer, site=world.anbien.site, areas=[world.anbien_unit], **alert_fields()
    )
    with pytest.raises(PermissionDenied):
        update_alert(tayyen_officer, alert, headline="Đổi trộm")
    with pytest.raises(PermissionDenied):
        cancel_alert(tayyen_officer, alert, "Hủy trộm")
    with pytest.raises(PermissionDenied):
        delete_alert(tayyen_officer, alert)
    alert.refresh_from_db()
    assert alert.headline == alert_fields()["headline"]
    assert alert.cancelled_at is None


def test_province_officer_issues_for_any_commune(world, province_officer):
    alert = issue_alert(
        province_officer, site=world.province.site, areas=[world.anbien_unit], **alert_fields()
    )
    assert affected_site_ids([world.anbien_unit.pk]) == {world.anbien.site.pk}
    assert list(alert.areas.all()) == [world.anbien_unit]


def test_province_area_reaches_every_commune_site(world):
    assert affected_site_ids([world.province_unit.pk]) == {
        world.province.site.pk,
        world.tayyen.site.pk,
        world.anbien.site.pk,
    }


def test_roles_get_alert_permissions_on_their_own_site_only(world, tayyen_groups):
    def codenames(role):
        return set(
            GroupSitePermission.objects.filter(group=tayyen_groups[role]).values_list(
                "site_id", "permission__codename"
            )
        )

    site = world.tayyen.site.pk
    assert {(site, "add_alert"), (site, "change_alert")} <= codenames(BOARD)
    assert (site, "delete_alert") not in codenames(BOARD)
    assert {(site, "add_alert"), (site, "change_alert"), (site, "delete_alert")} <= codenames(
        SITE_ADMIN
    )
    for role in (CONTRIBUTOR, EDITOR):
        assert not {c for _, c in codenames(role) if c.endswith("_alert")}


def test_contributors_and_editors_cannot_issue(world, tayyen_groups):
    for role in (CONTRIBUTOR, EDITOR):
        user = make_user(f"tay-yen-{role}", tayyen_groups[role])
        with pytest.raises(PermissionDenied):
            issue_alert(user, site=world.tayyen.site, areas=[world.tayyen_unit], **alert_fields())


def test_site_admin_deletes_with_a_log_entry(world, tayyen_officer, tayyen_admin):
    alert = issue_alert(
        tayyen_officer, site=world.tayyen.site, areas=[world.tayyen_unit], **alert_fields()
    )
    pk = alert.pk
    with pytest.raises(PermissionDenied):
        delete_alert(tayyen_officer, alert)
    delete_alert(tayyen_admin, alert)
    assert not Alert.objects.filter(pk=pk).exists()
    deleted = ModelLogEntry.objects.filter(object_id=str(pk), action="wagtail.delete").get()
    assert deleted.user == tayyen_admin
