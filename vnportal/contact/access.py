"""The only way admin code reaches contact messages for a user.

Rights follow the message's site (Wagtail's SitePermissionPolicy): a GroupSitePermission
row grants "view" or "delete" on one site's messages (the site administrator role), a
global Django permission on every site's. Nobody may add or change a message.
"""

from django.core.exceptions import PermissionDenied
from django.http import Http404
from wagtail.permission_policies.sites import SitePermissionPolicy

from .models import ContactMessage

READ = ("view", "delete")


class ReadOnlySitePolicy(SitePermissionPolicy):
    """What a person wrote is a record: not even a superuser edits it."""

    def user_has_permission(self, user, action):
        if action in ("add", "change"):
            return False
        return super().user_has_permission(user, action)

    def user_has_any_permission(self, user, actions):
        actions = [action for action in actions if action not in ("add", "change")]
        return bool(actions) and super().user_has_any_permission(user, actions)

    def user_has_permission_for_instance(self, user, action, instance):
        if action in ("add", "change"):
            return False
        return super().user_has_permission_for_instance(user, action, instance)


policy = ReadOnlySitePolicy(ContactMessage)


def messages_for_user(user, actions=READ):
    return policy.instances_user_has_any_permission_for(user, actions).select_related("site")


def message_for_user(user, pk, actions):
    """The message, if the user may do one of `actions` on it: 404 when it does not exist,
    403 when it belongs to a site the user does not administer."""
    if isinstance(actions, str):
        actions = [actions]
    message = ContactMessage.objects.select_related("site").filter(pk=pk).first()
    if message is None:
        raise Http404("Không có thư liên hệ này.")
    if not policy.user_has_any_permission_for_instance(user, list(actions), message):
        raise PermissionDenied("Bạn không có quyền xem thư liên hệ của trang này.")
    return message
