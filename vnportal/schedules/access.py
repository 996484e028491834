"""The only way admin code reaches a site's schedule entries for a user
(vnportal/units/site_owned.py)."""

from vnportal.units.site_owned import ANY_ACTION, SiteOwnedAccess

from .models import ScheduleEntry

__all__ = ["ANY_ACTION", "access", "can", "entries_for_user", "entry_for_user", "policy"]

access = SiteOwnedAccess(
    ScheduleEntry,
    missing="Không có mục lịch công tác này.",
    refused="Bạn không có quyền với lịch công tác của trang này.",
)
policy = access.policy
sites_for_user = access.sites_for_user
entries_for_user = access.rows_for_user
entry_for_user = access.row_for_user
can = access.can
