"""The "Lấy ý kiến" admin: each site's drafts, the moderation of their comments, the
uptake record and the exports; and the roles and page-cache hooks of the app.

Every view reaches drafts and comments only through access.py (another site's are
refused with 403, by a URL typed by hand too) and changes comments only through
actions.py (ModerationEvent log and page-cache purge).
"""

from django.contrib import messages
from django.contrib.admin.utils import quote, unquote
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import timezone
from django.views.decorators.http import require_POST
from wagtail import hooks
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel, ObjectList
from wagtail.admin.ui.tables import Column
from wagtail.admin.views import generic
from wagtail.admin.views.generic.history import HistoryView
from wagtail.admin.views.generic.usage import UsageView
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets.button import MenuItem
from wagtail.models import Site

from vnportal.core.pagecache import TTL_HOOK
from vnportal.core.panels import FormInlinePanel
from vnportal.units.roles import BOARD, EDITOR, ROLE_PERMISSIONS_HOOK, SITE_ADMIN

from . import actions, exports
from .access import ANY_ACTION, CONTACT, can, comment_for_user, draft_for_user, drafts_for_user
from .access import sites_for_user as draft_sites_for_user
from .admin_forms import (
    DraftFileForm,
    DraftForm,
    DraftSitePermissionsForm,
    RejectForm,
    UptakeForm,
    site_label,
)
from .models import CommentStatus, Draft

NAMESPACE = "consultation_admin"
# Reading the comments (and exporting them) belongs to whoever keeps the draft.
READ = ("change", "moderate")


def _local(value):
    return timezone.localtime(value).strftime("%d/%m/%Y %H:%M") if value else ""


def refuse_foreign_site(data, allowed_sites):
    value = str(data.get("site", "")).strip()
    if value and (not value.isdigit() or not allowed_sites.filter(pk=int(value)).exists()):
        raise PermissionDenied("Bạn không có quyền ghi dự thảo trên trang này.")


class DraftIndexView(generic.IndexView):
    default_ordering = ["-closes_at", "-id"]
    search_fields = ["title", "drafting_body"]
    is_searchable = True
    page_title = "Lấy ý kiến dự thảo"

    @property
    def list_display(self):
        return [
            "title",
            Column("phase", label="Giai đoạn", accessor=lambda draft: draft.phase().label),
            Column("opens_at", label="Bắt đầu", accessor=lambda draft: _local(draft.opens_at)),
            Column("closes_at", label="Kết thúc", accessor=lambda draft: _local(draft.closes_at)),
            Column("site", label="Trang", accessor=lambda draft: site_label(draft.site)),
        ]

    def get_base_queryset(self):
        return drafts_for_user(self.request.user)

    def search_queryset(self, queryset):
        if not self.is_searching:
            return queryset
        return queryset.filter(title__icontains=self.search_query.strip())

    def get_edit_url(self, instance):
        if can(self.request.user, "change", instance):
            return reverse(self.edit_url_name, args=(quote(instance.pk),))

    def get_delete_url(self, instance):
        if can(self.request.user, "delete", instance):
            return reverse(self.delete_url_name, args=(quote(instance.pk),))

    def get_list_more_buttons(self, instance):
        buttons = super().get_list_more_buttons(instance)
        buttons.append(
            MenuItem(
                "Ý kiến góp ý",
                url=reverse(f"{NAMESPACE}:comments", args=(instance.pk,)),
                icon_name="comment",
                priority=5,
            )
        )
        return buttons


class ScopedDraftMixin:
    object_actions = ("change",)
    pk_url_kwarg = "pk"

    def get_object(self, queryset=None):
        if getattr(self, "object", None) is not None:
            return self.object
        pk = unquote(str(self.kwargs[self.pk_url_kwarg]))
        return draft_for_user(self.request.user, pk, self.object_actions)


class DraftCreateView(generic.CreateView):
    success_message = "Đã thêm dự thảo “%(object)s”."
    error_message = "Chưa lưu được dự thảo: hãy sửa các lỗi bên dưới."

    def get_initial(self):
        initial = super().get_initial()
        site = Site.find_for_request(self.request)
        allowed = draft_sites_for_user(self.request.user, ["add"])
        if site is not None and allowed.filter(pk=site.pk).exists():
            initial["site"] = site.pk
        return initial

    def post(self, request, *args, **kwargs):
        refuse_foreign_site(request.POST, draft_sites_for_user(request.user, ["add"]))
        return super().post(request, *args, **kwargs)


class DraftEditView(ScopedDraftMixin, generic.EditView):
    success_message = "Đã lưu dự thảo “%(object)s”."
    error_message = "Chưa lưu được dự thảo: hãy sửa các lỗi bên dưới."

    def post(self, request, *args, **kwargs):
        self.object = self.get_object()
        refuse_foreign_site(request.POST, Site.objects.filter(pk=self.object.site_id))
        return super().post(request, *args, **kwargs)


class DraftDeleteView(ScopedDraftMixin, generic.DeleteView):
    object_actions = ("delete",)
    success_message = "Đã xóa dự thảo “%(object)s”."


class DraftHistoryView(ScopedDraftMixin, HistoryView):
    object_actions = ANY_ACTION


class DraftUsageView(ScopedDraftMixin, UsageView):
    object_actions = ANY_ACTION


def comments_view(request, pk):
    draft = draft_for_user(request.user, pk, READ)
    moderator = can(request.user, "moderate", draft)
    comments = list(
        draft.comments.select_related("section")
        .prefetch_related("events__user")
        .defer("name", "contact")
        .order_by("submitted_at", "pk")
    )
    return TemplateResponse(
        request,
        "consultations/admin/comments.html",
        {
            "draft": draft,
            "comments": comments,
            "pending": sum(c.status == CommentStatus.PENDING for c in comments),
            "moderator": moderator,
            "sees_contact": can(request.user, CONTACT, draft),
            "namespace": NAMESPACE,
            "header_title": f"Ý kiến góp ý: {draft.title}",
        },
    )


def _back(comment):
    return redirect(f"{NAMESPACE}:comments", comment.draft_id)


@require_POST
def approve_view(request, pk):
    comment = comment_for_user(request.user, pk, "moderate")
    actions.approve_comment(request.user, comment)
    messages.success(request, "Đã duyệt ý kiến; ý kiến đã hiện trên trang dự thảo.")
    return _back(comment)


def _comment_form_view(request, pk, form_class, template, apply, done):
    comment = comment_for_user(request.user, pk, "moderate")
    form = form_class(request.POST or None, initial=_initial(comment, form_class))
    if request.method == "POST" and form.is_valid():
        try:
            apply(request.user, comment, form.cleaned_data)
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, done)
            return _back(comment)
    return TemplateResponse(
        request,
        template,
        {
            "comment": comment,
            "draft": comment.draft,
            "form": form,
            "namespace": NAMESPACE,
            "header_title": f"Ý kiến của {comment.shown_name}",
        },
    )


def _initial(comment, form_class):
    if form_class is UptakeForm:
        return {"uptake": comment.uptake, "response": comment.response}
    return {}


def reject_view(request, pk):
    return _comment_form_view(
        request,
        pk,
        RejectForm,
        "consultations/admin/reject.html",
        lambda user, comment, data: actions.reject_comment(
            user, comment, data["reason"], data["note"]
        ),
        "Đã từ chối ý kiến; lý do đã được ghi vào nhật ký kiểm duyệt.",
    )


def uptake_view(request, pk):
    return _comment_form_view(
        request,
        pk,
        UptakeForm,
        "consultations/admin/uptake.html",
        lambda user, comment, data: actions.record_uptake(
            user, comment, data["uptake"], data["response"]
        ),
        "Đã ghi tiếp thu, giải trình cho ý kiến.",
    )


def contact_view(request, pk):
    comment = comment_for_user(request.user, pk, CONTACT)
    person = actions.reveal_contact(request.user, comment)
    response = TemplateResponse(
        request,
        "consultations/admin/contact.html",
        {
            "comment": comment,
            "draft": comment.draft,
            "person": person,
            "namespace": NAMESPACE,
            "header_title": "Thông tin liên hệ của người góp ý",
        },
    )
    response["Cache-Control"] = "private, no-store"
    return response


def export_csv_view(request, pk):
    return exports.csv_response(draft_for_user(request.user, pk, READ))


def export_xlsx_view(request, pk):
    return exports.xlsx_response(draft_for_user(request.user, pk, READ))


class DraftViewSet(ModelViewSet):
    model = Draft
    icon = "comment"
    menu_label = "Lấy ý kiến dự thảo"
    menu_order = 270
    add_to_admin_menu = True
    copy_view_enabled = False
    inspect_view_enabled = False
    add_to_reference_index = False
    index_view_class = DraftIndexView
    add_view_class = DraftCreateView
    edit_view_class = DraftEditView
    delete_view_class = DraftDeleteView
    history_view_class = DraftHistoryView
    usage_view_class = DraftUsageView
    edit_handler = ObjectList(
        [
            FieldPanel("site"),
            MultiFieldPanel(
                [
                    FieldPanel("title"),
                    FieldPanel("slug"),
                    FieldPanel("drafting_body"),
                    FieldPanel("summary"),
                ],
                heading="Dự thảo",
            ),
            MultiFieldPanel(
                [FieldRowPanel([FieldPanel("opens_at"), FieldPanel("closes_at")])],
                heading="Thời gian lấy ý kiến",
            ),
            FieldPanel("body"),
            FormInlinePanel(
                "sections",
                panels=[FieldPanel("heading"), FieldPanel("text")],
                heading="Các phần của dự thảo",
                label="Phần",
            ),
            FormInlinePanel(
                "files",
                panels=[FieldPanel("file"), FieldPanel("name")],
                heading="Tệp dự thảo",
                label="Tệp",
                form=DraftFileForm,
            ),
            FieldPanel("live"),
            MultiFieldPanel(
                [FieldPanel("report_text"), FieldPanel("report_published_at")],
                heading="Báo cáo tiếp thu, giải trình",
            ),
        ],
        base_form_class=DraftForm,
    )

    @property
    def permission_policy(self):
        from .access import policy

        return policy

    def get_urlpatterns(self):
        return super().get_urlpatterns() + [
            path("comments/<int:pk>/", comments_view, name="comments"),
            path("comments/<int:pk>/csv/", export_csv_view, name="export_csv"),
            path("comments/<int:pk>/xlsx/", export_xlsx_view, name="export_xlsx"),
            path("comment/<int:pk>/approve/", approve_view, name="approve"),
            path("comment/<int:pk>/reject/", reject_view, name="reject"),
            path("comment/<int:pk>/uptake/", uptake_view, name="uptake"),
            path("comment/<int:pk>/contact/", contact_view, name="contact"),
        ]


@hooks.register("register_admin_viewset")
def register_draft_viewset():
    return DraftViewSet(NAMESPACE, url_prefix="lay-y-kien")


# Editors write drafts; the board and the site administrator also moderate the comments,
# see commenters' contacts (each showing logged) and delete drafts.
DRAFT_ADD_CHANGE = ["consultations.add_draft", "consultations.change_draft"]
DRAFT_ALL = [
    *DRAFT_ADD_CHANGE,
    "consultations.delete_draft",
    "consultations.moderate_draft",
    "consultations.view_commenter_contact",
]


@hooks.register(ROLE_PERMISSIONS_HOOK)
def consultation_role_permissions():
    return {EDITOR: DRAFT_ADD_CHANGE, BOARD: DRAFT_ALL, SITE_ADMIN: DRAFT_ALL}


@hooks.register(TTL_HOOK)
def consultation_page_cache_ttl(request):
    return getattr(request, "consultations_cache_seconds", None)


@hooks.register("register_group_permission_panel")
def consultation_group_permission_panel():
    return DraftSitePermissionsForm
