"""The only way admin code reaches a site's procedures for a user
(vnportal/units/site_owned.py)."""

from vnportal.units.site_owned import ANY_ACTION, SiteOwnedAccess

from .models import Procedure

__all__ = ["ANY_ACTION", "access", "can", "policy", "procedure_for_user", "procedures_for_user"]

access = SiteOwnedAccess(
    Procedure,
    missing="Không có thủ tục này.",
    refused="Bạn không có quyền với thủ tục hành chính của trang này.",
)
policy = access.policy
sites_for_user = access.sites_for_user
procedures_for_user = access.rows_for_user
procedure_for_user = access.row_for_user
can = access.can
