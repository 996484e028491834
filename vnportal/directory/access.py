"""The only way admin code reaches a site's departments (and their officials) for a user
(vnportal/units/site_owned.py). Officials are edited inside their department's form and
so follow it."""

from vnportal.units.site_owned import ANY_ACTION, SiteOwnedAccess

from .models import Department

__all__ = ["ANY_ACTION", "access", "can", "department_for_user", "departments_for_user", "policy"]

access = SiteOwnedAccess(
    Department,
    missing="Không có cơ quan, đơn vị này.",
    refused="Bạn không có quyền với cơ cấu tổ chức của trang này.",
    related=("parent",),
)
policy = access.policy
sites_for_user = access.sites_for_user
departments_for_user = access.rows_for_user
department_for_user = access.row_for_user
can = access.can
