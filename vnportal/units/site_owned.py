"""The one way admin code reaches rows that belong to a site (a department, a schedule
entry, a procedure …) for a user.

Rights follow the row's site through Wagtail's SitePermissionPolicy: a
GroupSitePermission row grants an action on one site's rows, a global Django permission
on every site's (province staff).
"""

from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import PermissionDenied
from django.http import Http404
from wagtail.permission_policies.sites import SitePermissionPolicy

ANY_ACTION = ("add", "change", "delete")


class FreshSitePermissionPolicy(SitePermissionPolicy):
    """Asks Django's content-type cache each time: Wagtail's policy keeps the first content
    type for the life of the process, which goes stale when a test database is flushed."""

    @property
    def _content_type(self):
        return ContentType.objects.get_for_model(self.model)


class SiteOwnedAccess:
    """`missing` and `refused` are the Vietnamese messages of the 404 and the 403;
    `related` the relations a list needs besides the site."""

    def __init__(self, model, missing, refused, related=()):
        self.model = model
        self.policy = FreshSitePermissionPolicy(model)
        self.missing = missing
        self.refused = refused
        self.related = ("site", *related)

    def sites_for_user(self, user, actions):
        return self.policy.sites_user_has_any_permission_for(user, list(actions))

    def rows_for_user(self, user, actions=ANY_ACTION):
        """Rows of every site on which the user may do any of `actions`."""
        rows = self.policy.instances_user_has_any_permission_for(user, list(actions))
        return rows.select_related(*self.related)

    def row_for_user(self, user, pk, actions):
        """The row, if the user may do one of `actions` on it: 404 when it does not exist,
        403 when it belongs to a site the user does not work on."""
        if isinstance(actions, str):
            actions = [actions]
        row = self.model.objects.select_related("site").filter(pk=pk).first()
        if row is None:
            raise Http404(self.missing)
        if not self.policy.user_has_any_permission_for_instance(user, list(actions), row):
            raise PermissionDenied(self.refused)
        return row

    def can(self, user, action, row):
        return self.policy.user_has_permission_for_instance(user, action, row)
