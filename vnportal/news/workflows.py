"""The review workflow of every unit site: contributor → editor → editorial board.

Provisioning (units/provisioning.py, hook `vnportal_site_ready`) gives each site a Wagtail
workflow "Quy trình duyệt tin – <site name>" attached to the site's home page, so every
page of the site goes through it:

1. "Biên tập viên duyệt": the site's editors (and its board, who may stand in for an
   absent editor) read the article, edit it, send it back with a comment ("Yêu cầu sửa")
   or pass it on.
2. "Ban biên tập phê duyệt": the site's board gives the final approval, which publishes
   the article, or schedules it when "Thời gian đăng theo lịch" (go_live_at) is in the
   future.

Only the site's own groups are on the tasks: a commune's article is never approved by
another commune, and Wagtail's "Moderators approval" workflow on the tree's root only
applies to pages that belong to no unit site.

`ApprovalGuardMiddleware` refuses the board's approval from the dashboard or the
workflow modal (a URL that bypasses the edit form and has no Wagtail hook) when the
article lacks what publishing requires (publishing.py).
"""

from django.contrib import messages
from django.shortcuts import redirect
from django.urls import reverse
from wagtail import hooks
from wagtail.admin.modal_workflow import render_modal_workflow
from wagtail.models import GroupApprovalTask, Page, TaskState, Workflow, WorkflowPage, WorkflowTask

from vnportal.units.provisioning import SITE_READY_HOOK
from vnportal.units.roles import BOARD, EDITOR

from .publishing import publish_problems, refusal_message

WORKFLOW_PREFIX = "Quy trình duyệt tin – "
EDITOR_TASK = "Biên tập viên duyệt"
BOARD_TASK = "Ban biên tập phê duyệt"


def workflow_name(site):
    return WORKFLOW_PREFIX + (site.site_name or site.hostname)


def _task(name, groups):
    task = GroupApprovalTask.objects.create(name=name)
    task.groups.set(groups)
    return task


@hooks.register(SITE_READY_HOOK)
def ensure_review_workflow(site, groups):
    """Attach the site's review workflow to its home page; idempotent.

    A workflow that an administrator attached to the home page instead is kept as it is;
    ours only follows a rename of the site.
    """
    home = site.root_page
    link = WorkflowPage.objects.filter(page=home).select_related("workflow").first()
    if link is not None:
        workflow = link.workflow
        wanted = workflow_name(site)
        if workflow.name.startswith(WORKFLOW_PREFIX) and workflow.name != wanted:
            workflow.name = wanted
            workflow.save(update_fields=["name"])
        return workflow
    workflow = Workflow.objects.create(name=workflow_name(site))
    steps = (
        _task(EDITOR_TASK, [groups[EDITOR], groups[BOARD]]),
        _task(BOARD_TASK, [groups[BOARD]]),
    )
    for order, task in enumerate(steps):
        WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=order)
    WorkflowPage.objects.create(page=home, workflow=workflow)
    return workflow


def approval_publishes(task_state):
    """Whether approving this task state ends the workflow, i.e. publishes the page."""
    steps = task_state.workflow_state.workflow.workflow_tasks.filter(task__active=True)
    current = steps.filter(task_id=task_state.task_id).first()
    return current is not None and not steps.filter(sort_order__gt=current.sort_order).exists()


class ApprovalGuardMiddleware:
    """Refuse a final approval whose revision could not be published (missing category,
    cover description, clarification fields), before Wagtail publishes it.

    Wagtail's workflow action view (`wagtailadmin_pages:workflow_action`, used by the
    dashboard and the approve modal) runs no hook before approving, so the check sits in
    front of it. The edit view's own approve button is checked by ArticlePageForm.
    """

    URL_NAME = "wagtailadmin_pages:workflow_action"

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        # In process_view, after the CSRF check and the site isolation middleware.
        if request.method != "POST" or not request.user.is_authenticated:
            return None
        match = request.resolver_match
        if match is None or match.view_name != self.URL_NAME:
            return None
        if view_kwargs.get("action_name") != "approve":
            return None
        return self._refusal(request, view_kwargs)

    def _refusal(self, request, kwargs):
        task_state = (
            TaskState.objects.filter(
                pk=kwargs.get("task_state_id"), status=TaskState.STATUS_IN_PROGRESS
            )
            .select_related("workflow_state", "revision")
            .first()
        )
        if task_state is None or not approval_publishes(task_state):
            return None
        from .models import ArticlePage

        page = Page.objects.filter(pk=kwargs.get("page_id")).first()
        if page is None or page.specific_class is not ArticlePage:
            return None
        page = page.specific
        # What finishing the workflow publishes: the latest revision.
        revision = page.get_latest_revision()
        candidate = revision.as_object() if revision is not None else page
        problems = publish_problems(candidate, page.get_parent())
        if not problems:
            return None
        messages.error(request, refusal_message(problems))
        edit_url = reverse("wagtailadmin_pages:edit", args=(page.pk,))
        if request.headers.get("x-requested-with") == "XMLHttpRequest":
            # "Duyệt kèm ý kiến" posts from a modal, which follows a "success" redirect.
            return render_modal_workflow(
                request, "", None, {}, json_data={"step": "success", "redirect": edit_url}
            )
        return redirect(edit_url)
