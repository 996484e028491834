"""Forms of the "Lấy ý kiến" admin: the draft with its sections and files, and the
moderation forms (rejection with its reason, uptake of a comment).

A draft file is accepted by its content through the legal documents' inspection
(vnportal.legaldocs.files) and only when it is a PDF, DOC, DOCX or ODT; a refused file is
an error on its own field and every other value stays in the form.
"""

import hashlib

from django import forms
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import UploadedFile
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.models import Site

from vnportal.legaldocs.files import MAX_BYTES, FileRejected, inspect
from vnportal.units.site_permissions import SitePermissionsPanelForm, site_label

from .access import sites_for_user
from .models import Draft, RejectionReason, Uptake, unique_slug

DRAFT_KINDS = ("pdf", "doc", "docx", "odt")
WRONG_KIND = "Không nhận tệp này: dự thảo chỉ nhận tệp PDF, DOC, DOCX hoặc ODT, tệp này là {label}."


class DraftForm(WagtailAdminModelForm):
    """Offers only the sites the user may add drafts on; a draft never moves to another
    site. Files are named after the draft's slug, so the slug is settled before saving."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._limit_report_to_moderators()
        site_field = self.fields["site"]
        site_field.label_from_instance = site_label
        if self.instance.pk:
            site_field.queryset = Site.objects.filter(pk=self.instance.site_id)
            site_field.disabled = True
            return
        sites = sites_for_user(self.for_user, ["add"]).order_by("-is_default_site", "site_name")
        site_field.queryset = sites
        if len(sites) == 1:
            site_field.initial = sites[0].pk
            site_field.disabled = True

    def _limit_report_to_moderators(self):
        """The report speaks for the board (issue #7): editors write the draft, only those
        who moderate its comments write and publish the report."""
        moderating = sites_for_user(self.for_user, ["moderate"])
        if self.instance.pk:
            allowed = moderating.filter(pk=self.instance.site_id).exists()
        else:
            allowed = moderating.exists()
        if not allowed:
            for name in ("report_text", "report_published_at"):
                if name in self.fields:
                    self.fields[name].disabled = True
                    self.fields[
                        name
                    ].help_text = "Chỉ Ban biên tập và quản trị trang viết, công bố báo cáo."

    def clean(self):
        data = super().clean()
        opens, closes = data.get("opens_at"), data.get("closes_at")
        if opens and closes and closes <= opens:
            self.add_error("closes_at", "Thời điểm kết thúc phải sau thời điểm bắt đầu.")
        return data

    def save(self, commit=True):
        self.instance.slug = unique_slug(self.instance)
        for form in self.formsets["files"].forms:
            if getattr(form, "inspection", None) is not None and not _deleted(form):
                fill_from_upload(form.instance, self.instance, form.inspection, form.upload_name)
        return super().save(commit)


def _deleted(form):
    return bool(getattr(form, "cleaned_data", {}).get("DELETE"))


def fill_from_upload(draft_file, draft, inspection, filename=""):
    digest = hashlib.sha256(inspection.data).hexdigest()
    draft_file.file = ContentFile(
        inspection.data, name=f"{draft.slug}-{digest[:10]}{inspection.extension}"
    )
    if not draft_file.name:
        draft_file.name = inspection.filename_for(filename or "du-thao")
    draft_file.kind = inspection.kind
    draft_file.size = len(inspection.data)
    draft_file.sha256 = digest
    draft_file.notices = "\n".join(inspection.flags)
    return draft_file


def check_upload(data, filename):
    """The inspection of an accepted draft file; FileRejected with the reason otherwise."""
    inspection = inspect(data, filename)
    if inspection.kind not in DRAFT_KINDS:
        raise FileRejected(WRONG_KIND.format(label=inspection.label))
    return inspection


class DraftFileForm(WagtailAdminModelForm):
    inspection = None
    upload_name = ""

    def clean_file(self):
        upload = self.cleaned_data.get("file")
        if not isinstance(upload, UploadedFile):
            return upload
        upload.seek(0)
        data = upload.read(MAX_BYTES + 1)
        try:
            self.inspection = check_upload(data, upload.name)
        except FileRejected as rejected:
            raise ValidationError(rejected.reason, code="rejected") from rejected
        self.upload_name = upload.name
        return upload


class RejectForm(forms.Form):
    reason = forms.ChoiceField(
        label="Lý do từ chối",
        choices=RejectionReason.choices,
        widget=forms.RadioSelect,
        help_text="Chỉ từ chối vì một trong ba lý do này; ý kiến phê bình, chỉ trích vẫn "
        "phải được duyệt.",
        error_messages={"required": "Hãy chọn lý do từ chối."},
    )
    note = forms.CharField(
        label="Giải thích",
        widget=forms.Textarea(attrs={"rows": 4}),
        error_messages={"required": "Hãy ghi rõ vì sao ý kiến bị từ chối."},
    )


class UptakeForm(forms.Form):
    uptake = forms.ChoiceField(
        label="Cách tiếp thu",
        choices=Uptake.choices,
        widget=forms.RadioSelect,
        error_messages={"required": "Hãy chọn tiếp thu, tiếp thu một phần hoặc giải trình."},
    )
    response = forms.CharField(
        label="Nội dung tiếp thu, giải trình",
        widget=forms.Textarea(attrs={"rows": 5}),
        error_messages={"required": "Hãy ghi nội dung tiếp thu hoặc giải trình."},
    )


class DraftSitePermissionsForm(SitePermissionsPanelForm):
    """The "Lấy ý kiến" panel of the group editor: on which sites the group keeps drafts,
    moderates comments and sees commenters' contacts."""

    model = Draft
    permissions_shown = (
        ("add_draft", "Thêm dự thảo lấy ý kiến trên các trang"),
        ("change_draft", "Sửa dự thảo và xem ý kiến trên các trang"),
        ("delete_draft", "Xóa dự thảo trên các trang"),
        ("moderate_draft", "Kiểm duyệt, ghi tiếp thu ý kiến trên các trang"),
        ("view_commenter_contact", "Xem thông tin liên hệ của người góp ý trên các trang"),
    )
    heading = "Quyền với dự thảo lấy ý kiến"
    panel_id = "consultations-site-permissions"
