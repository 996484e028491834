"""The "Hỏi đáp" admin: each site's queue of questions, the handling of one question, the
answer templates, and the lookups every site shares (fields, days off).

Questions are fetched only through access.py, so another site's question is refused (403)
even by a URL typed by hand; every change goes through handling.py, which logs it as an
Event. The queue never shows a person's name, phone, e-mail, address or files: the detail
view shows them only after the handler asks to, and each time is logged.
"""

import django_filters
from django.contrib import messages
from django.contrib.admin.utils import quote, unquote
from django.core.exceptions import PermissionDenied
from django.db.models import Q
from django.http import FileResponse, Http404
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import timezone
from django.views import View
from wagtail import hooks
from wagtail.admin.admin_url_finder import ModelAdminURLFinder
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.menu import MenuItem
from wagtail.admin.panels import FieldPanel, ObjectList
from wagtail.admin.ui.tables import Column, Table
from wagtail.admin.views import generic
from wagtail.admin.views.generic.history import HistoryView
from wagtail.admin.views.generic.usage import UsageView
from wagtail.admin.viewsets.base import ViewSet, ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet

from vnportal.units.roles import HANDLER, LEADER, ROLE_PERMISSIONS_HOOK, SITE_ADMIN

from . import access, handling
from .admin_forms import (
    AnswerTemplateForm,
    AssignForm,
    DraftForm,
    FeedbackFieldForm,
    NoteForm,
    RejectForm,
    ReviewForm,
    TemplatePickerForm,
    person_label,
    site_label,
)
from .admin_forms import DraftChoiceForm as SendForm
from .models import (
    OPEN_STATES,
    AnswerDraft,
    AnswerTemplate,
    DayOff,
    FeedbackField,
    State,
    Submission,
)
from .tracking import shown

NAMESPACE = "feedback_admin"
# URL of each action on a question, in words a handler can read in the address bar.
ACTION_SLUGS = {
    "personal": "nguoi-gui",
    "assign": "phan-cong",
    "start": "xu-ly",
    "note": "ghi-chu",
    "draft": "du-thao",
    "review": "duyet",
    "send": "gui-tra-loi",
    "publish": "cong-khai",
    "close": "dong",
    "reject": "tu-choi",
}


def _date(value):
    return value.strftime("%d/%m/%Y") if value else ""


class SubmissionFilterSet(WagtailFilterSet):
    state = django_filters.ChoiceFilter(
        label="Trạng thái", choices=State.choices, empty_label="Tất cả"
    )
    field = django_filters.ModelChoiceFilter(
        label="Lĩnh vực", queryset=FeedbackField.objects.all(), empty_label="Tất cả"
    )
    overdue = django_filters.ChoiceFilter(
        label="Hạn trả lời",
        choices=[("qua-han", "Chỉ câu hỏi đã quá hạn")],
        empty_label="Tất cả",
        method="filter_overdue",
    )
    assignee = django_filters.ChoiceFilter(
        label="Cán bộ xử lý", choices=[], empty_label="Tất cả", method="filter_assignee"
    )

    class Meta:
        model = Submission
        fields = []

    def __init__(self, *args, request=None, **kwargs):
        super().__init__(*args, request=request, **kwargs)
        officers = {}
        if request is not None:
            # Officers of the user's own sites only: another site's staff is not theirs to see.
            for site in access.sites_for_user(request.user):
                for officer in access.handlers_of(site):
                    officers[str(officer.pk)] = person_label(officer)
        self.filters["assignee"].extra["choices"] = [
            ("toi", "Giao cho tôi"),
            ("chua-giao", "Chưa giao cán bộ"),
            *sorted(officers.items(), key=lambda choice: choice[1]),
        ]

    def filter_overdue(self, queryset, name, value):
        if value != "qua-han":
            return queryset
        return queryset.filter(state__in=OPEN_STATES, due_on__lt=timezone.localdate())

    def filter_assignee(self, queryset, name, value):
        if value == "toi":
            return queryset.filter(assignee=self.request.user)
        if value == "chua-giao":
            return queryset.filter(assignee__isnull=True)
        if value.isdigit():
            return queryset.filter(assignee_id=int(value))
        return queryset


class QueueTable(Table):
    def get_row_classname(self, instance):
        return "w-bg-critical-50" if instance.is_overdue else ""


class DueColumn(Column):
    """The due date, with the words "Quá hạn" beside it: not colour alone (WCAG 1.4.1)."""

    cell_template_name = "feedback/admin/due_cell.html"

    def get_cell_context_data(self, instance, parent_context):
        context = super().get_cell_context_data(instance, parent_context)
        context["due_on"] = _date(instance.due_on)
        context["overdue"] = instance.is_overdue
        return context


def _officer(submission):
    parts = [person_label(submission.assignee) if submission.assignee else ""]
    parts.append(submission.department)
    return " – ".join(part for part in parts if part)


class QueueView(generic.IndexView):
    """The questions of the sites the user handles, the nearest due date first."""

    model = Submission
    any_permission_required = [access.HANDLE]
    default_ordering = "due_on"
    filterset_class = SubmissionFilterSet
    table_class = QueueTable
    is_searchable = True
    search_fields = ["tracking_code", "title"]
    page_title = "Hỏi đáp"
    header_icon = "help"

    @property
    def list_display(self):
        return [
            "tracking_code",
            Column("title", label="Tiêu đề", sort_key="title"),
            Column("field", label="Lĩnh vực", accessor="field"),
            Column(
                "commune",
                label="Xã, phường",
                accessor=lambda submission: submission.commune.name if submission.commune else "",
            ),
            Column("state", label="Trạng thái", accessor="get_state_display", sort_key="state"),
            DueColumn("due_on", label="Hạn trả lời", sort_key="due_on"),
            Column("assignee", label="Cán bộ", accessor=_officer),
        ]

    def get_base_queryset(self):
        return access.submissions_for_user(self.request.user)

    def search_queryset(self, queryset):
        if not self.is_searching:
            return queryset
        query = self.search_query.strip()
        # Never by the person's name or contacts: the queue does not show them.
        return queryset.filter(
            Q(tracking_code__iexact=query.replace("-", "").upper()) | Q(title__icontains=query)
        )

    def get_edit_url(self, instance):
        return reverse(f"{NAMESPACE}:detail", args=(instance.pk,))

    def get_delete_url(self, instance):
        return None

    def get_add_url(self):
        return None


class SubmissionMixin:
    """Fetches the question through access.py: another site's is refused (403)."""

    actions = (access.HANDLE,)

    def get_submission(self):
        return access.submission_for_user(self.request.user, self.kwargs["pk"], self.actions)


def _detail_url(submission):
    return reverse(f"{NAMESPACE}:detail", args=(submission.pk,))


class DetailView(SubmissionMixin, View):
    template_name = "feedback/admin/detail.html"

    def get(self, request, pk):
        submission = self.get_submission()
        return self.render(request, submission)

    def render(self, request, submission, show_personal=False, forms=None, status=200):
        user = request.user
        picker = TemplatePickerForm(request.GET or None, submission=submission)
        draft_initial = {}
        if picker.is_bound and picker.is_valid() and picker.cleaned_data.get("mau"):
            draft_initial["text"] = picker.cleaned_data["mau"].text
        forms = forms or {}
        is_open = submission.state in OPEN_STATES
        drafts = list(submission.drafts.select_related("written_by", "reviewed_by"))
        context = {
            "submission": submission,
            "code": shown(submission.tracking_code),
            "show_personal": show_personal,
            "files": list(submission.files.all()) if show_personal else [],
            "is_open": is_open,
            "can_approve": access.can(user, access.APPROVE, submission),
            "drafts": drafts,
            "approved": [d for d in drafts if d.status == AnswerDraft.Status.APPROVED],
            "notes": submission.notes.select_related("author"),
            "events": submission.events.select_related("actor"),
            "assign_form": forms.get("assign") or AssignForm(submission=submission),
            "note_form": forms.get("note") or NoteForm(),
            "draft_form": forms.get("draft") or DraftForm(initial=draft_initial),
            "picker": picker,
            "reject_form": forms.get("reject") or RejectForm(),
            "can_publish": submission.state == State.ANSWERED and submission.may_publish,
            "can_close": submission.state == State.ANSWERED,
            "can_start": submission.state in (State.NEW, State.ASSIGNED),
            "index_url": reverse(f"{NAMESPACE}:index"),
            "page_title": f"Câu hỏi {shown(submission.tracking_code)}",
        }
        for name in ACTION_SLUGS:
            context[f"{name}_url"] = reverse(f"{NAMESPACE}:{name}", args=(submission.pk,))
        return TemplateResponse(request, self.template_name, context, status=status)


class PersonalDataView(DetailView):
    """POST only: shows the person's data on the detail page and logs the opening."""

    http_method_names = ["post"]

    def post(self, request, pk):
        submission = self.get_submission()
        handling.view_personal(request.user, submission)
        return self.render(request, submission, show_personal=True)


class FileView(SubmissionMixin, View):
    """A file the person sent: personal data too, so each download is logged."""

    def get(self, request, pk, file_pk):
        submission = self.get_submission()
        attached = submission.files.filter(pk=file_pk).first()
        if attached is None:
            raise Http404("Không có tệp này.")
        # The file's number, not its name: a name the person chose may itself be personal.
        handling.view_personal(request.user, submission, f"Tải tệp đính kèm số {attached.pk}")
        return FileResponse(attached.file.open("rb"), as_attachment=True, filename=attached.name)


class ActionView(DetailView):
    """One handling action: a small POSTed form whose change goes through handling.py.
    A refused transition comes back as an error message on the detail page."""

    http_method_names = ["post"]
    form_name = None
    success = ""

    def make_form(self, submission):
        return None

    def act(self, submission, form):
        """Each action view does its change here and may return the message to show
        instead of `success`; this base class is never routed."""
        raise NotImplementedError

    def post(self, request, pk):
        submission = self.get_submission()
        form = self.make_form(submission)
        if form is not None and not form.is_valid():
            messages.error(request, "Chưa thực hiện được: hãy sửa các lỗi bên dưới.")
            return self.render(request, submission, forms={self.form_name: form}, status=200)
        try:
            message = self.act(submission, form)
        except handling.TransitionRefused as refused:
            messages.error(request, " ".join(refused.messages))
            forms = {self.form_name: form} if form is not None and self.form_name else None
            return self.render(request, submission, forms=forms)
        messages.success(request, message or self.success)
        return redirect(_detail_url(submission))


class AssignView(ActionView):
    form_name = "assign"
    success = "Đã phân công xử lý."

    def make_form(self, submission):
        return AssignForm(self.request.POST, submission=submission)

    def act(self, submission, form):
        handling.assign(
            self.request.user,
            submission,
            form.cleaned_data["department"],
            form.cleaned_data["assignee"],
        )


class StartView(ActionView):
    success = "Đã chuyển sang “Đang xử lý”."

    def act(self, submission, form):
        handling.start(self.request.user, submission)


class NoteView(ActionView):
    form_name = "note"
    success = "Đã thêm ghi chú."

    def make_form(self, submission):
        return NoteForm(self.request.POST)

    def act(self, submission, form):
        handling.add_note(self.request.user, submission, form.cleaned_data["text"])


class DraftView(ActionView):
    form_name = "draft"
    success = "Đã lưu dự thảo trả lời; dự thảo chờ lãnh đạo duyệt."

    def make_form(self, submission):
        return DraftForm(self.request.POST)

    def act(self, submission, form):
        handling.write_draft(self.request.user, submission, form.cleaned_data["text"])


class ReviewView(ActionView):
    actions = (access.APPROVE,)

    def make_form(self, submission):
        return ReviewForm(self.request.POST, submission=submission)

    def act(self, submission, form):
        draft, comment = form.cleaned_data["draft"], form.cleaned_data["comment"]
        if form.cleaned_data["decision"] == "duyet":
            handling.approve_draft(self.request.user, submission, draft, comment)
            return "Đã duyệt dự thảo: có thể gửi trả lời cho người hỏi."
        handling.return_draft(self.request.user, submission, draft, comment)
        return "Đã trả lại dự thảo cho cán bộ xử lý."


class SendView(ActionView):
    def make_form(self, submission):
        return SendForm(self.request.POST, submission=submission)

    def act(self, submission, form):
        mailed = handling.send_answer(self.request.user, submission, form.cleaned_data["draft"])
        if mailed:
            return "Đã gửi trả lời; người hỏi đã được báo qua thư điện tử."
        if submission.email:
            return (
                "Đã lưu trả lời nhưng chưa gửi được thư điện tử cho người hỏi: hãy báo "
                "qua điện thoại."
            )
        return "Đã lưu trả lời; người hỏi không ghi thư điện tử, họ xem được trên trang tra cứu."


class PublishView(ActionView):
    success = "Đã công khai câu hỏi và câu trả lời (không kèm thông tin người gửi)."

    def act(self, submission, form):
        handling.publish(self.request.user, submission)


class CloseView(ActionView):
    success = "Đã đóng câu hỏi."

    def act(self, submission, form):
        handling.close(self.request.user, submission)


class RejectView(ActionView):
    form_name = "reject"
    success = "Đã từ chối câu hỏi; lý do đã được ghi vào nhật ký xử lý."

    def make_form(self, submission):
        return RejectForm(self.request.POST)

    def act(self, submission, form):
        handling.reject(
            self.request.user,
            submission,
            form.cleaned_data["reason"],
            form.cleaned_data["explanation"],
        )


class QueueMenuItem(MenuItem):
    def is_shown(self, request):
        return access.policy.user_has_any_permission(request.user, [access.HANDLE])


class SubmissionViewSet(ViewSet):
    menu_label = "Câu hỏi, phản ánh"
    icon = "help"

    def get_menu_item(self, order=None):
        return QueueMenuItem(
            self.menu_label,
            self.menu_url,
            icon_name=self.icon,
            order=order if order is not None else self.menu_order,
        )

    @property
    def menu_url(self):
        return reverse(self.get_url_name("index"))

    def get_urlpatterns(self):
        queue = QueueView.as_view(
            index_url_name=self.get_url_name("index"),
            index_results_url_name=self.get_url_name("index_results"),
            permission_policy=access.policy,
        )
        results = QueueView.as_view(
            index_url_name=self.get_url_name("index"),
            index_results_url_name=self.get_url_name("index_results"),
            permission_policy=access.policy,
            results_only=True,
        )
        views = {
            "personal": PersonalDataView,
            "assign": AssignView,
            "start": StartView,
            "note": NoteView,
            "draft": DraftView,
            "review": ReviewView,
            "send": SendView,
            "publish": PublishView,
            "close": CloseView,
            "reject": RejectView,
        }
        return [
            path("", queue, name="index"),
            path("ket-qua/", results, name="index_results"),
            path("<int:pk>/", DetailView.as_view(), name="detail"),
            path("<int:pk>/tep/<int:file_pk>/", FileView.as_view(), name="file"),
            *(
                path(f"<int:pk>/{ACTION_SLUGS[name]}/", view.as_view(), name=name)
                for name, view in views.items()
            ),
        ]


# ----------------------------------------------------------------- answer templates


def refuse_foreign_site(data, allowed_sites, allow_global):
    """A site the form never offered can only come from a hand-made request: 403."""
    value = str(data.get("site", "")).strip()
    if not value:
        if not allow_global:
            raise PermissionDenied("Chỉ cán bộ cấp tỉnh tạo được mẫu dùng chung cho mọi trang.")
        return
    if not value.isdigit() or not allowed_sites.filter(pk=int(value)).exists():
        raise PermissionDenied("Bạn không có quyền với mẫu trả lời của trang này.")


def _is_global(user, actions):
    return user.is_superuser or access.template_policy._user_has_global_permission(user, actions)


class TemplateIndexView(generic.IndexView):
    default_ordering = "title"
    page_title = "Mẫu trả lời"

    @property
    def list_display(self):
        return [
            "title",
            Column(
                "site",
                label="Trang",
                accessor=lambda t: site_label(t.site) if t.site else "Mọi trang trong tỉnh",
            ),
        ]

    def get_base_queryset(self):
        return access.templates_for_user(self.request.user)

    def _can(self, action, instance):
        return access.template_policy.user_has_permission_for_instance(
            self.request.user, action, instance
        )

    def get_edit_url(self, instance):
        if self._can("change", instance):
            return reverse(self.edit_url_name, args=(quote(instance.pk),))

    def get_delete_url(self, instance):
        if self._can("delete", instance):
            return reverse(self.delete_url_name, args=(quote(instance.pk),))


class ScopedTemplateMixin:
    object_actions = ("change",)

    def get_object(self, queryset=None):
        if getattr(self, "object", None) is not None:
            return self.object
        pk = unquote(str(self.kwargs["pk"]))
        return access.template_for_user(self.request.user, pk, self.object_actions)


class TemplateCreateView(generic.CreateView):
    success_message = "Đã thêm mẫu trả lời “%(object)s”."

    def post(self, request, *args, **kwargs):
        user = request.user
        refuse_foreign_site(
            request.POST,
            access.template_policy.sites_user_has_any_permission_for(user, ["add"]),
            _is_global(user, ["add"]),
        )
        return super().post(request, *args, **kwargs)


class TemplateEditView(ScopedTemplateMixin, generic.EditView):
    success_message = "Đã lưu mẫu trả lời “%(object)s”."


class TemplateDeleteView(ScopedTemplateMixin, generic.DeleteView):
    object_actions = ("delete",)
    success_message = "Đã xóa mẫu trả lời “%(object)s”."


class TemplateHistoryView(ScopedTemplateMixin, HistoryView):
    object_actions = ("add", "change", "delete")


class TemplateUsageView(ScopedTemplateMixin, UsageView):
    object_actions = ("add", "change", "delete")


class TemplateURLFinder(ModelAdminURLFinder):
    permission_policy = access.template_policy
    edit_url_name = "feedback_template_admin:edit"

    def get_edit_url(self, instance):
        policy = access.template_policy
        if policy.user_has_permission_for_instance(self.user, "change", instance):
            return super().get_edit_url(instance)


class AnswerTemplateViewSet(ModelViewSet):
    model = AnswerTemplate
    icon = "doc-full"
    menu_label = "Mẫu trả lời"
    copy_view_enabled = False
    inspect_view_enabled = False
    add_to_reference_index = False
    index_view_class = TemplateIndexView
    add_view_class = TemplateCreateView
    edit_view_class = TemplateEditView
    delete_view_class = TemplateDeleteView
    history_view_class = TemplateHistoryView
    usage_view_class = TemplateUsageView
    edit_handler = ObjectList(
        [FieldPanel("site"), FieldPanel("title"), FieldPanel("text")],
        base_form_class=AnswerTemplateForm,
    )

    @property
    def permission_policy(self):
        return access.template_policy

    @property
    def url_finder_class(self):
        return TemplateURLFinder


# ----------------------------------------------------------------- shared lookups


class FieldDeleteView(generic.DeleteView):
    """Fields are PROTECTed by their questions: say how many instead of failing."""

    def form_valid(self, form):
        in_use = Submission.objects.filter(field=self.object).count()
        if in_use:
            messages.error(
                self.request,
                f"Không xóa được lĩnh vực “{self.object}”: {in_use} câu hỏi đang thuộc lĩnh "
                "vực này.",
            )
            return redirect(self.edit_url_name, quote(self.object.pk))
        return super().form_valid(form)


class FeedbackFieldViewSet(ModelViewSet):
    """Shared by every site: only holders of the global permission (province staff)."""

    model = FeedbackField
    icon = "tag"
    menu_label = "Lĩnh vực hỏi đáp"
    list_display = ["name", "due_working_days"]
    search_fields = ["name"]
    copy_view_enabled = False
    inspect_view_enabled = False
    add_to_reference_index = False
    delete_view_class = FieldDeleteView
    edit_handler = ObjectList(
        [FieldPanel("name"), FieldPanel("slug"), FieldPanel("due_working_days")],
        base_form_class=FeedbackFieldForm,
    )


class DayOffViewSet(ModelViewSet):
    """Days off and exchanged working days the government announces: province staff."""

    model = DayOff
    icon = "date"
    menu_label = "Ngày nghỉ, ngày làm bù"
    list_display = ["date", "is_day_off", "note"]
    copy_view_enabled = False
    inspect_view_enabled = False
    add_to_reference_index = False
    edit_handler = ObjectList([FieldPanel("date"), FieldPanel("is_day_off"), FieldPanel("note")])


class FeedbackMenu(ViewSetGroup):
    menu_label = "Hỏi đáp"
    menu_icon = "help"
    menu_order = 270
    items = (
        SubmissionViewSet(NAMESPACE, url_prefix="hoi-dap"),
        AnswerTemplateViewSet("feedback_template_admin", url_prefix="mau-tra-loi"),
        FeedbackFieldViewSet("feedback_field_admin", url_prefix="linh-vuc-hoi-dap"),
        DayOffViewSet("feedback_dayoff_admin", url_prefix="ngay-nghi"),
    )


@hooks.register("register_admin_viewset")
def register_feedback_admin():
    return FeedbackMenu()


HANDLE = [
    "feedback.view_submission",
    "feedback.change_submission",
    "feedback.handle_submission",
    "feedback.add_answertemplate",
    "feedback.change_answertemplate",
]
APPROVE = [*HANDLE, "feedback.approve_answer", "feedback.delete_answertemplate"]


@hooks.register(ROLE_PERMISSIONS_HOOK)
def feedback_role_permissions():
    return {HANDLER: HANDLE, LEADER: APPROVE, SITE_ADMIN: APPROVE}
