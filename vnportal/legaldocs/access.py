"""The only way admin code reaches a site's legal documents for a user.

Rights follow the document's site (Wagtail's SitePermissionPolicy): a GroupSitePermission
row grants an action on one site's register, a global Django permission grants it on
every site's (province staff). The lookup tables (IssuingBody, DocumentField) are shared
by every site and governed by global Django permissions only: anyone who may add or
change a document may pick from them, only province staff may edit them.
"""

from django.core.exceptions import PermissionDenied
from django.http import Http404
from wagtail.permission_policies.sites import SitePermissionPolicy

from .models import LegalDocument

policy = SitePermissionPolicy(LegalDocument)

ANY_ACTION = ("add", "change", "delete")


def sites_for_user(user, actions):
    """Sites on whose register the user may do any of `actions`."""
    return policy.sites_user_has_any_permission_for(user, actions)


def documents_for_user(user, actions=ANY_ACTION):
    """Documents of every site on which the user may do any of `actions`."""
    return policy.instances_user_has_any_permission_for(user, actions).select_related(
        "site", "issuing_body"
    )


def document_for_user(user, pk, actions):
    """The document, if the user may do one of `actions` ("change" or a list) on it: 404
    when it does not exist, 403 when it belongs to a site the user does not work on."""
    if isinstance(actions, str):
        actions = [actions]
    document = LegalDocument.objects.select_related("site").filter(pk=pk).first()
    if document is None:
        raise Http404("Không có văn bản này.")
    if not policy.user_has_any_permission_for_instance(user, list(actions), document):
        raise PermissionDenied("Bạn không có quyền với văn bản của trang này.")
    return document


def can(user, action, document):
    return policy.user_has_permission_for_instance(user, action, document)
