"""The only way admin code reaches a site's drafts and comments for a user.

Rights follow the draft's site (Wagtail's SitePermissionPolicy): a GroupSitePermission
row grants an action on one site's drafts, a global Django permission grants it on every
site's (province staff). Besides add/change/delete, `moderate` (approve, reject, record
uptake) and `view_commenter_contact` are site-scoped the same way.
"""

from django.core.exceptions import PermissionDenied
from django.http import Http404
from wagtail.permission_policies.sites import SitePermissionPolicy

from .models import Comment, Draft

ANY_ACTION = ("add", "change", "delete", "moderate")
CONTACT = "view_commenter_contact"


class _DraftPolicy(SitePermissionPolicy):
    """`moderate` maps to moderate_draft like Django's own actions; the contact right keeps
    the codename the issue names, `view_commenter_contact`, which has no model suffix."""

    def _codename(self, action):
        return action if action == CONTACT else f"{action}_{self.model._meta.model_name}"

    def _get_permission_codenames(self, actions):
        return {self._codename(action) for action in actions}

    def _get_permission_name(self, action):
        return f"{self.app_label}.{self._codename(action)}"


policy = _DraftPolicy(Draft)


def sites_for_user(user, actions):
    return policy.sites_user_has_any_permission_for(user, actions)


def drafts_for_user(user, actions=ANY_ACTION):
    """Drafts of every site on which the user may do any of `actions`."""
    return policy.instances_user_has_any_permission_for(user, actions).select_related("site")


def draft_for_user(user, pk, actions):
    """The draft, if the user may do one of `actions` on it: 404 when it does not exist,
    403 when it belongs to a site the user does not work on."""
    if isinstance(actions, str):
        actions = [actions]
    draft = Draft.objects.select_related("site").filter(pk=pk).first()
    if draft is None:
        raise Http404("Không có dự thảo này.")
    if not policy.user_has_any_permission_for_instance(user, list(actions), draft):
        raise PermissionDenied("Bạn không có quyền với dự thảo của trang này.")
    return draft


def comment_for_user(user, pk, actions):
    """The comment, under the same rule as its draft."""
    if isinstance(actions, str):
        actions = [actions]
    comment = Comment.objects.select_related("draft__site", "section").filter(pk=pk).first()
    if comment is None:
        raise Http404("Không có ý kiến này.")
    if not policy.user_has_any_permission_for_instance(user, list(actions), comment.draft):
        raise PermissionDenied("Bạn không có quyền với ý kiến góp ý của trang này.")
    return comment


def can(user, action, draft):
    return policy.user_has_permission_for_instance(user, action, draft)
