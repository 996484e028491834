"""The only way admin code reaches a site's procedures for a user.

Rights follow the procedure's site (Wagtail's SitePermissionPolicy): a GroupSitePermission
row grants add/change/delete on one site's procedures, a global Django permission on every
site's (province staff).
"""

from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import PermissionDenied
from django.http import Http404
from wagtail.permission_policies.sites import SitePermissionPolicy

from .models import Procedure

ANY_ACTION = ("add", "change", "delete")


class _ProcedurePolicy(SitePermissionPolicy):
    """Asks Django's content-type cache each time: Wagtail's policy keeps the first content
    type for the life of the process, which goes stale when a test database is flushed."""

    @property
    def _content_type(self):
        return ContentType.objects.get_for_model(self.model)


policy = _ProcedurePolicy(Procedure)


def sites_for_user(user, actions):
    return policy.sites_user_has_any_permission_for(user, list(actions))


def procedures_for_user(user, actions=ANY_ACTION):
    """Procedures of every site on which the user may do any of `actions`."""
    return policy.instances_user_has_any_permission_for(user, list(actions)).select_related("site")


def procedure_for_user(user, pk, actions):
    """The procedure, if the user may do one of `actions` on it: 404 when it does not
    exist, 403 when it belongs to a site the user does not work on."""
    if isinstance(actions, str):
        actions = [actions]
    procedure = Procedure.objects.select_related("site").filter(pk=pk).first()
    if procedure is None:
        raise Http404("Không có thủ tục này.")
    if not policy.user_has_any_permission_for_instance(user, list(actions), procedure):
        raise PermissionDenied("Bạn không có quyền với thủ tục hành chính của trang này.")
    return procedure


def can(user, action, procedure):
    return policy.user_has_permission_for_instance(user, action, procedure)
