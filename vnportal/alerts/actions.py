"""Every change to an alert: the change, its audit log entry and the page-cache purge that
makes the banner appear or disappear on the next request of every affected site (the
pages that show the site's alerts, not its feeds or sitemap)."""

from functools import partial

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone
from wagtail.log_actions import log

from vnportal.core.cachetags import purge_tags

from .access import check_can_issue, policy
from .banners import alerts_tag
from .models import Alert, new_identifier
from .queries import affected_site_ids, bump_generation

ISSUE = "vnportal_alerts.issue"
UPDATE = "vnportal_alerts.update"
CANCEL = "vnportal_alerts.cancel"
DELETE = "wagtail.delete"

EDITABLE_FIELDS = (
    "kind",
    "severity",
    "urgency",
    "certainty",
    "starts_at",
    "ends_at",
    "headline",
    "description",
    "instructions",
    "link",
)


def _refresh_sites(site_ids):
    bump_generation()
    purge_tags(alerts_tag(site_id) for site_id in site_ids)


def _purge(site_ids):
    site_ids = set(site_ids)
    _refresh_sites(site_ids)
    # Again once committed: a reader that rendered between the first purge and the commit
    # saw the old state and may have cached it.
    transaction.on_commit(partial(_refresh_sites, site_ids))


def _area_ids(alert):
    return list(alert.areas.values_list("pk", flat=True))


def _log_data(alert, **extra):
    return {"identifier": alert.identifier, "headline": alert.headline, **extra}


def _check_fields(fields):
    unknown = set(fields) - set(EDITABLE_FIELDS)
    if unknown:
        raise TypeError(f"Not an editable alert field: {', '.join(sorted(unknown))}")


@transaction.atomic
def issue_alert(user, *, site, areas, **fields):
    """Issue a new alert from `site` covering `areas` (units)."""
    _check_fields(fields)
    areas = list(areas)
    if not areas:
        raise ValidationError({"areas": "Hãy chọn ít nhất một khu vực ảnh hưởng."})
    check_can_issue(user, "add", site, areas)
    alert = Alert(
        site=site,
        sender=site.hostname,
        identifier=new_identifier(site.hostname),
        sent_by=user,
        **fields,
    )
    alert.full_clean()
    alert.save()
    alert.areas.set(areas)
    log(
        alert,
        ISSUE,
        user=user,
        data=_log_data(alert, areas=[str(unit) for unit in areas]),
        content_changed=True,
    )
    _purge(affected_site_ids(unit.pk for unit in areas) | {site.pk})
    return alert


@transaction.atomic
def update_alert(user, alert, *, areas=None, **fields):
    """Change an alert that is not cancelled; each real change is a new CAP "Update"
    message, so it bumps the version."""
    _check_fields(fields)
    if alert.cancelled_at is not None:
        raise ValidationError("Cảnh báo này đã bị hủy nên không sửa được. Hãy phát cảnh báo mới.")
    old_area_ids = _area_ids(alert)
    new_areas = list(areas) if areas is not None else list(alert.areas.all())
    if not new_areas:
        raise ValidationError({"areas": "Hãy chọn ít nhất một khu vực ảnh hưởng."})
    check_can_issue(user, "change", alert.site, new_areas)
    changed = [name for name, value in fields.items() if getattr(alert, name) != value]
    if {unit.pk for unit in new_areas} != set(old_area_ids):
        changed.append("areas")
    if not changed:
        return alert
    for name, value in fields.items():
        setattr(alert, name, value)
    alert.version += 1
    alert.revised_at = timezone.now()
    alert.full_clean()
    alert.save()
    alert.areas.set(new_areas)
    log(alert, UPDATE, user=user, data=_log_data(alert, changed=changed), content_changed=True)
    _purge(
        affected_site_ids(old_area_ids)
        | affected_site_ids(unit.pk for unit in new_areas)
        | {alert.site_id}
    )
    return alert


@transaction.atomic
def cancel_alert(user, alert, reason):
    """Withdraw an alert before its end: the banner goes at once and a CAP "Cancel"
    message replaces the alert in the feed."""
    reason = (reason or "").strip()
    if not reason:
        raise ValidationError({"reason": "Hãy ghi lý do hủy cảnh báo."})
    if alert.cancelled_at is not None:
        raise ValidationError("Cảnh báo này đã bị hủy trước đó.")
    check_can_issue(user, "change", alert.site, [])
    alert.cancelled_at = timezone.now()
    alert.cancel_reason = reason
    alert.save(update_fields=["cancelled_at", "cancel_reason", "updated_at"])
    log(alert, CANCEL, user=user, data=_log_data(alert, reason=reason))
    _purge(affected_site_ids(_area_ids(alert)) | {alert.site_id})
    return alert


@transaction.atomic
def delete_alert(user, alert):
    """Remove an alert entered by mistake. Cancel is the normal way to withdraw one: a
    deleted alert leaves no CAP message behind."""
    if not policy.user_has_permission_for_instance(user, "delete", alert):
        raise PermissionDenied("Bạn không có quyền xóa cảnh báo của trang này.")
    site_ids = affected_site_ids(_area_ids(alert)) | {alert.site_id}
    log(alert, DELETE, user=user, data=_log_data(alert), deleted=True)
    alert.delete()
    _purge(site_ids)
