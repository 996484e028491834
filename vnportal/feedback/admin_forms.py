"""Forms of the "Hỏi đáp" admin: one small form per handling action, and the forms of the
answer templates and the shared lookups (fields, days off)."""

from django import forms
from django.core.exceptions import ValidationError
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.models import Site

from vnportal.units.site_permissions import site_label

from . import access
from .handling import RejectionReason
from .models import AnswerDraft, FeedbackField


def person_label(user):
    return user.get_full_name() or user.get_username()


class OfficerChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj):
        return person_label(obj)


class AssignForm(forms.Form):
    department = forms.CharField(label="Phòng, ban xử lý", max_length=200, required=False)
    assignee = OfficerChoiceField(
        label="Cán bộ xử lý",
        queryset=None,
        required=False,
        empty_label="(chưa chọn cán bộ)",
        help_text="Chỉ liệt kê những người có quyền xử lý câu hỏi của trang này.",
    )

    def __init__(self, *args, submission, **kwargs):
        kwargs.setdefault(
            "initial",
            {"department": submission.department, "assignee": submission.assignee_id},
        )
        super().__init__(*args, **kwargs)
        self.fields["assignee"].queryset = access.handlers_of(submission.site)

    def clean(self):
        data = super().clean()
        if not data.get("department", "").strip() and data.get("assignee") is None:
            raise ValidationError("Hãy ghi phòng, ban xử lý hoặc chọn cán bộ xử lý.")
        return data


class NoteForm(forms.Form):
    text = forms.CharField(
        label="Ghi chú nội bộ",
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text="Chỉ cán bộ xử lý thấy; người gửi không bao giờ thấy ghi chú.",
    )


class DraftForm(forms.Form):
    text = forms.CharField(label="Dự thảo trả lời", widget=forms.Textarea(attrs={"rows": 10}))


class TemplatePickerForm(forms.Form):
    """A GET form: the chosen template's text fills the draft, without JavaScript."""

    mau = forms.ModelChoiceField(
        label="Mẫu trả lời", queryset=None, required=False, empty_label="(chọn mẫu)"
    )

    def __init__(self, *args, submission, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["mau"].queryset = access.templates_offered(submission)


class DraftChoiceForm(forms.Form):
    """Names the draft a review or a sending acts on; it must be the submission's."""

    draft = forms.ModelChoiceField(queryset=None, widget=forms.HiddenInput)

    def __init__(self, *args, submission, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["draft"].queryset = AnswerDraft.objects.filter(submission=submission)


class ReviewForm(DraftChoiceForm):
    decision = forms.ChoiceField(
        choices=[("duyet", "Duyệt"), ("tra-lai", "Trả lại")], widget=forms.HiddenInput
    )
    comment = forms.CharField(
        label="Ý kiến của lãnh đạo",
        max_length=500,
        required=False,
        help_text="Bắt buộc khi trả lại dự thảo.",
    )


class RejectForm(forms.Form):
    reason = forms.ChoiceField(
        label="Lý do từ chối",
        choices=[("", "(chọn lý do)"), *RejectionReason.choices],
        help_text=(
            "Chỉ từ chối thư rác, câu hỏi trùng lặp, nội dung đe dọa hoặc nội dung chứa dữ "
            "liệu cá nhân của người khác. Ý kiến phê bình chính quyền không phải lý do từ chối."
        ),
    )
    explanation = forms.CharField(
        label="Giải thích", max_length=400, widget=forms.Textarea(attrs={"rows": 2})
    )


class AnswerTemplateForm(WagtailAdminModelForm):
    """Offers the sites the user handles; a template for every site (no site) only to
    province staff, whose permission is global."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        site_field = self.fields["site"]
        site_field.label_from_instance = site_label
        user = self.for_user
        is_global = user.is_superuser or access.template_policy._user_has_global_permission(
            user, ["add", "change"]
        )
        if self.instance.pk:
            site_field.queryset = Site.objects.filter(pk=self.instance.site_id)
            site_field.disabled = True
            return
        sites = access.template_policy.sites_user_has_any_permission_for(user, ["add"])
        site_field.queryset = sites.order_by("-is_default_site", "site_name")
        site_field.required = not is_global
        site_field.empty_label = "(mọi trang trong tỉnh)" if is_global else None
        site_field.help_text = "Để trống để mọi trang dùng được mẫu này." if is_global else ""


class FeedbackFieldForm(WagtailAdminModelForm):
    def clean_name(self):
        name = " ".join((self.cleaned_data.get("name") or "").split())
        duplicate = (
            FeedbackField.objects.filter(name__iexact=name).exclude(pk=self.instance.pk).first()
        )
        if duplicate is not None:
            raise ValidationError(f"Đã có lĩnh vực “{duplicate.name}”.")
        return name

    def clean_due_working_days(self):
        days = self.cleaned_data.get("due_working_days")
        if days is not None and not 1 <= days <= 90:
            raise ValidationError("Thời hạn trả lời phải từ 1 đến 90 ngày làm việc.")
        return days
