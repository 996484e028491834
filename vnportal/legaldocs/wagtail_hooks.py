"""The "Văn bản" admin: each site's register, and the lookup tables all sites share.

Document views fetch documents only through access.py: a user sees and changes the
documents of the sites they work on, and another site's document is refused (403) even
by a URL typed by hand. Creation, edits and deletion are logged by Wagtail's generic
views (wagtail.create / wagtail.edit / wagtail.delete) and shown in each document's
history.
"""

import django_filters
from django.contrib import messages
from django.contrib.admin.utils import quote, unquote
from django.core.exceptions import PermissionDenied
from django.db.models import Q
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.text import Truncator
from wagtail import hooks
from wagtail.admin.admin_url_finder import ModelAdminURLFinder
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel, ObjectList
from wagtail.admin.ui.tables import Column
from wagtail.admin.views import generic
from wagtail.admin.views.generic.history import HistoryView
from wagtail.admin.views.generic.usage import UsageView
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.models import Site

from vnportal.core.panels import FormInlinePanel
from vnportal.units.roles import BOARD, EDITOR, ROLE_PERMISSIONS_HOOK, SITE_ADMIN
from vnportal.vntext import fold

from .access import ANY_ACTION, can, document_for_user, documents_for_user, policy
from .access import sites_for_user as document_sites_for_user
from .admin_forms import (
    AttachmentForm,
    DocumentSitePermissionsForm,
    LegalDocumentForm,
    LookupForm,
    RelationFormSet,
    site_label,
)
from .models import DocumentField, DocumentKind, IssuingBody, LegalDocument, Status

TITLE_CHARS = 90


def refuse_foreign_site(data, allowed_sites):
    """A site the form never offered can only come from a hand-made request: refuse it
    outright (403) rather than treat it as a typing error."""
    value = str(data.get("site", "")).strip()
    if value and (not value.isdigit() or not allowed_sites.filter(pk=int(value)).exists()):
        raise PermissionDenied("Bạn không có quyền ghi văn bản trên trang này.")


class DocumentFilterSet(WagtailFilterSet):
    kind = django_filters.ChoiceFilter(
        label="Hình thức văn bản", choices=DocumentKind.choices, empty_label="Tất cả"
    )
    issuing_body = django_filters.ModelChoiceFilter(
        label="Cơ quan ban hành", queryset=IssuingBody.objects.all(), empty_label="Tất cả"
    )
    year = django_filters.ChoiceFilter(label="Năm ban hành", choices=[], empty_label="Tất cả")
    status = django_filters.ChoiceFilter(
        label="Trạng thái", choices=Status.choices, method="filter_status", empty_label="Tất cả"
    )

    class Meta:
        model = LegalDocument
        fields = []

    def __init__(self, *args, request=None, **kwargs):
        super().__init__(*args, request=request, **kwargs)
        years = []
        if request is not None:
            # The years of the user's own registers only: another site's is nobody's business.
            years = (
                documents_for_user(request.user)
                .order_by("-year")
                .values_list("year", flat=True)
                .distinct()
            )
        self.filters["year"].extra["choices"] = [(str(year), str(year)) for year in years]

    def filter_status(self, queryset, name, value):
        return queryset.with_status(value) if value else queryset


def _date(value):
    return value.strftime("%d/%m/%Y") if value else ""


class DocumentIndexView(generic.IndexView):
    default_ordering = ["-issued_on", "-id"]
    search_fields = ["number", "title"]
    is_searchable = True
    filterset_class = DocumentFilterSet
    page_title = "Văn bản"

    @property
    def list_display(self):
        return [
            "number",
            Column(
                "title",
                label="Trích yếu",
                accessor=lambda document: Truncator(document.title).chars(TITLE_CHARS),
            ),
            Column("kind", label="Hình thức", accessor="get_kind_display"),
            Column(
                "issued_on",
                label="Ngày ban hành",
                accessor=lambda document: _date(document.issued_on),
                sort_key="issued_on",
            ),
            Column("status", label="Trạng thái", accessor=lambda document: document.status.label),
            Column("site", label="Trang", accessor=lambda document: site_label(document.site)),
        ]

    def get_base_queryset(self):
        return documents_for_user(self.request.user)

    def search_queryset(self, queryset):
        if not self.is_searching:
            return queryset
        query = self.search_query.strip()
        # The number key is folded: "42/2022/nd-cp" finds "42/2022/NĐ-CP".
        return queryset.filter(
            Q(number__icontains=query)
            | Q(number_key__contains=fold(query))
            | Q(title__icontains=query)
        )

    def get_edit_url(self, instance):
        if can(self.request.user, "change", instance):
            return reverse(self.edit_url_name, args=(quote(instance.pk),))

    def get_delete_url(self, instance):
        if can(self.request.user, "delete", instance):
            return reverse(self.delete_url_name, args=(quote(instance.pk),))


class ScopedDocumentMixin:
    """Instance views: the document comes from access.py, so another site's is refused."""

    object_actions = ("change",)
    pk_url_kwarg = "pk"

    def get_object(self, queryset=None):
        if getattr(self, "object", None) is not None:
            return self.object
        pk = unquote(str(self.kwargs[self.pk_url_kwarg]))
        return document_for_user(self.request.user, pk, self.object_actions)


class UploadNoticesMixin:
    """After a save, tell the editor what the inspection found in each new file (a scan
    without text, macros removed): it stays on the attachment's help text too."""

    def form_valid(self, form):
        response = super().form_valid(form)
        for name, inspection in form.accepted_uploads():
            for flag in inspection.flags:
                messages.warning(self.request, f"Tệp “{name}”: {flag}")
        return response

    def form_invalid(self, form):
        if form.accepted_uploads():
            # Browsers never send a chosen file twice: say so rather than let it vanish.
            messages.warning(
                self.request,
                "Các tệp đính kèm đã chọn chưa được lưu vì biểu mẫu còn lỗi: "
                "hãy chọn lại tệp trước khi lưu.",
            )
        return super().form_invalid(form)


class DocumentCreateView(UploadNoticesMixin, generic.CreateView):
    success_message = "Đã thêm văn bản “%(object)s”."
    error_message = "Chưa lưu được văn bản: hãy sửa các lỗi bên dưới."

    def get_initial(self):
        initial = super().get_initial()
        site = Site.find_for_request(self.request)
        if (
            site is not None
            and document_sites_for_user(self.request.user, ["add"]).filter(pk=site.pk).exists()
        ):
            initial["site"] = site.pk
        return initial

    def post(self, request, *args, **kwargs):
        refuse_foreign_site(request.POST, document_sites_for_user(request.user, ["add"]))
        return super().post(request, *args, **kwargs)


class DocumentEditView(ScopedDocumentMixin, UploadNoticesMixin, generic.EditView):
    success_message = "Đã lưu văn bản “%(object)s”."
    error_message = "Chưa lưu được văn bản: hãy sửa các lỗi bên dưới."

    def post(self, request, *args, **kwargs):
        self.object = self.get_object()
        refuse_foreign_site(request.POST, Site.objects.filter(pk=self.object.site_id))
        return super().post(request, *args, **kwargs)


class DocumentDeleteView(ScopedDocumentMixin, generic.DeleteView):
    object_actions = ("delete",)
    success_message = "Đã xóa văn bản “%(object)s”."


class DocumentHistoryView(ScopedDocumentMixin, HistoryView):
    object_actions = ANY_ACTION


class DocumentUsageView(ScopedDocumentMixin, UsageView):
    object_actions = ANY_ACTION


class DocumentURLFinder(ModelAdminURLFinder):
    permission_policy = policy
    edit_url_name = "legaldoc_admin:edit"

    def get_edit_url(self, instance):
        if can(self.user, "change", instance):
            return super().get_edit_url(instance)


class LegalDocumentViewSet(ModelViewSet):
    model = LegalDocument
    icon = "doc-full"
    menu_label = "Văn bản"
    copy_view_enabled = False
    inspect_view_enabled = False
    # Mentions of documents are linked through LinkedText; the reference index would
    # only add a row per foreign key on every save of a register of tens of thousands.
    add_to_reference_index = False
    index_view_class = DocumentIndexView
    add_view_class = DocumentCreateView
    edit_view_class = DocumentEditView
    delete_view_class = DocumentDeleteView
    history_view_class = DocumentHistoryView
    usage_view_class = DocumentUsageView
    edit_handler = ObjectList(
        [
            FieldPanel("site"),
            MultiFieldPanel(
                [
                    FieldPanel("number"),
                    FieldPanel("kind"),
                    FieldPanel("issuing_body"),
                    FieldPanel("field"),
                    FieldPanel("signer"),
                ],
                heading="Số, ký hiệu và cơ quan ban hành",
            ),
            MultiFieldPanel(
                [
                    FieldRowPanel(
                        [
                            FieldPanel("issued_on"),
                            FieldPanel("effective_from"),
                            FieldPanel("expires_on"),
                        ]
                    )
                ],
                heading="Ngày ban hành và hiệu lực",
            ),
            MultiFieldPanel(
                [FieldPanel("title"), FieldPanel("summary"), FieldPanel("full_text")],
                heading="Nội dung",
            ),
            MultiFieldPanel(
                [FieldPanel("live"), FieldPanel("published_at"), FieldPanel("source_url")],
                heading="Công khai",
            ),
            FormInlinePanel(
                "relations",
                panels=[FieldPanel("kind"), FieldPanel("target_number"), FieldPanel("note")],
                heading="Văn bản liên quan",
                label="Văn bản liên quan",
                formset=RelationFormSet,
            ),
            FormInlinePanel(
                "attachments",
                panels=[FieldPanel("file"), FieldPanel("name")],
                heading="Tệp đính kèm",
                label="Tệp đính kèm",
                form=AttachmentForm,
            ),
        ],
        base_form_class=LegalDocumentForm,
    )

    @property
    def permission_policy(self):
        return policy

    @property
    def url_finder_class(self):
        return DocumentURLFinder


class IssuingBodyDeleteView(generic.DeleteView):
    """Issuing bodies are PROTECTed by the documents that name them: say how many, in
    Vietnamese, instead of failing on the database's refusal."""

    def form_valid(self, form):
        in_use = LegalDocument.objects.filter(issuing_body=self.object).count()
        if in_use:
            messages.error(
                self.request,
                f"Không xóa được “{self.object}”: {in_use} văn bản đang ghi cơ quan này. "
                "Hãy chuyển các văn bản đó sang cơ quan khác trước.",
            )
            return redirect(self.edit_url_name, quote(self.object.pk))
        return super().form_valid(form)


class IssuingBodyViewSet(ModelViewSet):
    """Shared by every site: only holders of the global permission (province staff)
    edit it; the document form offers it to everyone who may write a document."""

    model = IssuingBody
    icon = "group"
    menu_label = "Cơ quan ban hành"
    list_display = ["name", "code"]
    search_fields = ["name", "code"]
    copy_view_enabled = False
    add_to_reference_index = False
    delete_view_class = IssuingBodyDeleteView
    edit_handler = ObjectList([FieldPanel("name"), FieldPanel("code")], base_form_class=LookupForm)


class DocumentFieldViewSet(ModelViewSet):
    """Lĩnh vực: shared like issuing bodies."""

    model = DocumentField
    icon = "tag"
    menu_label = "Lĩnh vực"
    list_display = ["name", "slug"]
    search_fields = ["name"]
    copy_view_enabled = False
    add_to_reference_index = False
    edit_handler = ObjectList([FieldPanel("name"), FieldPanel("slug")], base_form_class=LookupForm)


class DocumentsMenu(ViewSetGroup):
    menu_label = "Văn bản"
    menu_icon = "doc-full"
    menu_order = 260
    items = (
        LegalDocumentViewSet("legaldoc_admin", url_prefix="van-ban"),
        IssuingBodyViewSet("issuing_body_admin", url_prefix="co-quan-ban-hanh"),
        DocumentFieldViewSet("document_field_admin", url_prefix="linh-vuc-van-ban"),
    )


@hooks.register("register_admin_viewset")
def register_documents_admin():
    return DocumentsMenu()


# Editors keep the register as they keep articles; deleting a document, which drops its
# relations and the status they give other documents, is for the board and the site admin.
DOCUMENT_ADD_CHANGE = ["legaldocs.add_legaldocument", "legaldocs.change_legaldocument"]
DOCUMENT_ALL = [*DOCUMENT_ADD_CHANGE, "legaldocs.delete_legaldocument"]


@hooks.register(ROLE_PERMISSIONS_HOOK)
def legaldocs_role_permissions():
    return {EDITOR: DOCUMENT_ADD_CHANGE, BOARD: DOCUMENT_ALL, SITE_ADMIN: DOCUMENT_ALL}


@hooks.register("register_group_permission_panel")
def legaldocs_group_permission_panel():
    return DocumentSitePermissionsForm
