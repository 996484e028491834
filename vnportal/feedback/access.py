"""The only way admin code reaches a site's submissions (and answer templates) for a user.

Rights follow the submission's site (Wagtail's SitePermissionPolicy): a GroupSitePermission
row grants an action on one site's questions, a global Django permission on every site's
(province staff). Actions are the model's permissions without the model name: "view",
"change", "handle" (handle_submission: handle it and see the person's data) and "approve"
(approve_answer). Another site's submission is refused (403) even by a URL typed by hand.

Fields (lĩnh vực) and days off are shared by every site and governed by global Django
permissions only, like the lookups of the document register.
"""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import PermissionDenied
from django.db.models import Q
from django.http import Http404
from wagtail.permission_policies.sites import SitePermissionPolicy

from .models import AnswerTemplate, Submission

# The model's own permissions whose codename is not "<action>_submission".
_CODENAMES = {"handle": "handle_submission", "approve": "approve_answer"}

HANDLE = "handle"
APPROVE = "approve"
ANY_ACTION = ("view", "change", HANDLE, APPROVE)


class FreshSitePermissionPolicy(SitePermissionPolicy):
    """Wagtail's policy keeps the model's content type for the life of the process; this
    one asks Django's content-type cache each time, which is emptied when content types
    are created again (a test database flushed between tests gives them other ids)."""

    @property
    def _content_type(self):
        return ContentType.objects.get_for_model(self.model)


class SubmissionPermissionPolicy(FreshSitePermissionPolicy):
    def _codename(self, action):
        return _CODENAMES.get(action) or f"{action}_{self.model._meta.model_name}"

    def _get_permission_codenames(self, actions):
        return {self._codename(action) for action in actions}

    def _get_permission_name(self, action):
        return f"{self.app_label}.{self._codename(action)}"


policy = SubmissionPermissionPolicy(Submission)
template_policy = FreshSitePermissionPolicy(AnswerTemplate)


def sites_for_user(user, actions=(HANDLE,)):
    """Sites whose questions the user may handle (or do any of `actions` on)."""
    return policy.sites_user_has_any_permission_for(user, list(actions))


def submissions_for_user(user, actions=(HANDLE,)):
    return policy.instances_user_has_any_permission_for(user, list(actions)).select_related(
        "site", "field", "commune", "assignee"
    )


def submission_for_user(user, pk, actions=(HANDLE,)):
    """The submission, if the user may do one of `actions` on it: 404 when it does not
    exist, 403 when it belongs to a site the user does not handle."""
    submission = (
        Submission.objects.select_related("site", "field", "commune", "assignee")
        .filter(pk=pk)
        .first()
    )
    if submission is None:
        raise Http404("Không có câu hỏi này.")
    if not policy.user_has_any_permission_for_instance(user, list(actions), submission):
        raise PermissionDenied("Bạn không có quyền xử lý câu hỏi của trang này.")
    return submission


def template_for_user(user, pk, actions):
    """The answer template, if the user may do one of `actions` on it: 404 when it does
    not exist, 403 when it belongs to a site the user does not work on."""
    template = AnswerTemplate.objects.filter(pk=pk).first()
    if template is None:
        raise Http404("Không có mẫu trả lời này.")
    if not template_policy.user_has_any_permission_for_instance(user, list(actions), template):
        raise PermissionDenied("Bạn không có quyền với mẫu trả lời của trang này.")
    return template


def can(user, action, submission):
    return policy.user_has_permission_for_instance(user, action, submission)


def handlers_of(site):
    """People who may be assigned a site's questions: holders of handle_submission on the
    site or on every site. Superusers are not handlers unless a group makes them one."""
    permission = Permission.objects.get(
        content_type__app_label="feedback", codename="handle_submission"
    )
    return (
        get_user_model()
        .objects.filter(is_active=True)
        .filter(
            Q(user_permissions=permission)
            | Q(groups__permissions=permission)
            | Q(
                groups__site_permissions__permission=permission, groups__site_permissions__site=site
            )
        )
        .distinct()
        .order_by("first_name", "last_name", "username")
    )


def templates_for_user(user):
    """Answer templates the user may edit: those of the sites they handle (global ones,
    with no site, are for province staff, whose global permission reaches them too)."""
    sites = template_policy.sites_user_has_any_permission_for(user, ["change"])
    templates = AnswerTemplate.objects.filter(site__in=sites)
    if template_policy._user_has_global_permission(user, ["change"]) or user.is_superuser:
        templates = AnswerTemplate.objects.all()
    return templates.select_related("site")


def templates_offered(submission):
    """Templates offered when answering: the submission's site's and the global ones."""
    return AnswerTemplate.objects.filter(Q(site=submission.site_id) | Q(site__isnull=True))
