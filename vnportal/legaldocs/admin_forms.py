"""Forms of the "Văn bản" admin: the document with its relations and attachments.

An attachment is accepted by its content (attachments.check) while the form is cleaned,
so a refused file is an error on its own field and every other value stays in the form.
An accepted file is stored under the name the register gives it (document slug, content
hash, the extension of the kind found), never the uploader's.
"""

from django import forms
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.template.defaultfilters import filesizeformat
from modelcluster.forms import BaseChildFormSet
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.models import Site

from vnportal.units.site_permissions import SitePermissionsPanelForm, site_label

from . import attachments
from .access import sites_for_user
from .files import KINDS, MAX_BYTES
from .models import LegalDocument
from .numbering import fill_number_fields, number_key


class LegalDocumentForm(WagtailAdminModelForm):
    """Offers only the sites the user may add documents on; a document never moves to
    another site (its permissions and its address follow the site)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
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

    def save(self, commit=True):
        # A new document gets its slug here rather than in save(): its files are named
        # after it before they are written.
        fill_number_fields(self.instance)
        for position, form in enumerate(self.formsets["attachments"].forms):
            if getattr(form, "inspection", None) is not None and not _deleted(form):
                attachments.fill_from_upload(
                    form.instance, self.instance, form.inspection, form.upload_name
                )
                if form.instance.pk is None:
                    form.instance.sort_order = position
        return super().save(commit)

    def accepted_uploads(self):
        """(display name, inspection) of each file this submission uploads."""
        return [
            (form.instance.name or form.upload_name, form.inspection)
            for form in self.formsets["attachments"].forms
            if getattr(form, "inspection", None) is not None and not _deleted(form)
        ]


def _deleted(form):
    return bool(getattr(form, "cleaned_data", {}).get("DELETE"))


class AttachmentForm(WagtailAdminModelForm):
    """One attachment. The upload is read and inspected while cleaning; `inspection` is
    what the document form stores when it saves."""

    inspection = None
    upload_name = ""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            self.fields["file"].help_text = describe(self.instance)

    def clean_file(self):
        upload = self.cleaned_data.get("file")
        if not isinstance(upload, UploadedFile):
            return upload  # the stored file, unchanged
        upload.seek(0)
        # One byte past the limit is enough for the inspection to refuse a file too large
        # without the whole of it ever being held in memory.
        data = upload.read(MAX_BYTES + 1)
        try:
            self.inspection = attachments.check(data, upload.name)
        except attachments.FileRejected as rejected:
            raise ValidationError(rejected.reason, code="rejected") from rejected
        self.upload_name = upload.name
        return upload


def describe(attachment):
    """What the editor should know of a stored attachment: its kind, size and notices."""
    kind = KINDS.get(attachment.kind)
    facts = ", ".join(
        part
        for part in (
            kind.label if kind else "",
            filesizeformat(attachment.size) if attachment.size else "",
        )
        if part
    )
    lines = [f"Đã lưu: {attachment} ({facts})." if facts else f"Đã lưu: {attachment}."]
    lines += [line for line in attachment.notices.splitlines() if line.strip()]
    return " ".join(lines)


class RelationFormSet(BaseChildFormSet):
    """The relations of one document: one per (kind, number), none to the document itself
    (the database refuses the first with an error the editor could not read)."""

    def validate_unique(self):
        # modelcluster checks the (document, kind, target_key) constraint on the fields the
        # form has, which leaves only `kind`: it would refuse a document amending two
        # others. clean() checks the whole constraint, with the key the number will get.
        pass

    def clean(self):
        super().clean()
        own_key = number_key(self.instance.number or "")
        seen = set()
        for form in self.forms:
            data = getattr(form, "cleaned_data", None)
            if not data or data.get("DELETE") or not data.get("target_number"):
                continue
            key = number_key(data["target_number"])
            if key == own_key:
                form.add_error(
                    "target_number", "Văn bản không thể có quan hệ với chính nó: hãy sửa số."
                )
            elif (data.get("kind"), key) in seen:
                form.add_error(
                    "target_number", "Quan hệ này với văn bản này đã được ghi ở một dòng trên."
                )
            seen.add((data.get("kind"), key))


class LookupForm(WagtailAdminModelForm):
    """Issuing bodies and fields: shared names, so an accidental duplicate differing only
    in case or spacing is refused with a message."""

    def clean_name(self):
        name = " ".join((self.cleaned_data.get("name") or "").split())
        duplicate = (
            type(self.instance)
            .objects.filter(name__iexact=name)
            .exclude(pk=self.instance.pk)
            .first()
        )
        if duplicate is not None:
            raise forms.ValidationError(f"Đã có “{duplicate.name}” trong danh sách.")
        return name


class DocumentSitePermissionsForm(SitePermissionsPanelForm):
    """The "Văn bản" panel of the group editor: on which sites' registers the group adds,
    changes and deletes documents (a records office's group, say)."""

    model = LegalDocument
    permissions_shown = (
        ("add_legaldocument", "Thêm văn bản vào sổ của các trang"),
        ("change_legaldocument", "Sửa văn bản của các trang"),
        ("delete_legaldocument", "Xóa văn bản của các trang"),
    )
    heading = "Quyền với sổ văn bản"
    panel_id = "legaldocs-site-permissions"
