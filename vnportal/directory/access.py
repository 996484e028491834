"""The only way admin code reaches a site's departments (and their officials) for a user.

Rights follow the department's site (Wagtail's SitePermissionPolicy): a GroupSitePermission
row grants add/change/delete on one site's departments, a global Django permission on
every site's (province staff). Officials are edited inside their department's form and so
follow it.
"""

from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import PermissionDenied
from django.http import Http404
from wagtail.permission_policies.sites import SitePermissionPolicy

from .models import Department

ANY_ACTION = ("add", "change", "delete")


class _DepartmentPolicy(SitePermissionPolicy):
    """Asks Django's content-type cache each time: Wagtail's policy keeps the first content
    type for the life of the process, which goes stale when a test database is flushed."""

    @property
    def _content_type(self):
        return ContentType.objects.get_for_model(self.model)


policy = _DepartmentPolicy(Department)


def sites_for_user(user, actions):
    return policy.sites_user_has_any_permission_for(user, list(actions))


def departments_for_user(user, actions=ANY_ACTION):
    """Departments of every site on which the user may do any of `actions`."""
    return policy.instances_user_has_any_permission_for(user, list(actions)).select_related(
        "site", "parent"
    )


def department_for_user(user, pk, actions):
    """The department, if the user may do one of `actions` on it: 404 when it does not
    exist, 403 when it belongs to a site the user does not work on."""
    if isinstance(actions, str):
        actions = [actions]
    department = Department.objects.select_related("site").filter(pk=pk).first()
    if department is None:
        raise Http404("Không có cơ quan, đơn vị này.")
    if not policy.user_has_any_permission_for_instance(user, list(actions), department):
        raise PermissionDenied("Bạn không có quyền với cơ cấu tổ chức của trang này.")
    return department


def can(user, action, department):
    return policy.user_has_permission_for_instance(user, action, department)
