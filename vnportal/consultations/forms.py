"""The public comment form of a draft."""

import re

from django import forms
from django.core.exceptions import ValidationError
from django.core.validators import validate_email

from vnportal.vntext import normalize

from .models import ANONYMOUS_NAME
from .spam import stamp

PRIVACY_NOTICE = (
    "Họ tên và số điện thoại hoặc thư điện tử chỉ dùng để cơ quan soạn thảo liên hệ làm rõ "
    "ý kiến khi cần; không công khai, không chuyển cho bên thứ ba, được lưu cùng hồ sơ lấy "
    "ý kiến và xóa theo yêu cầu của bạn (Luật Bảo vệ dữ liệu cá nhân số 91/2025/QH15)."
)
_PHONE_CHARS = re.compile(r"[\s.\-()]")
_PHONE = re.compile(r"^(\+84|0)\d{8,10}$")


def given_name(full_name: str) -> str:
    """Tên: the last word of a Vietnamese họ và tên ("Nguyễn Thị Hoa" → "Hoa")."""
    words = full_name.split()
    return words[-1] if words else ANONYMOUS_NAME


class SectionChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj):
        return obj.heading


class CommentForm(forms.Form):
    name = forms.CharField(label="Họ và tên", max_length=120)
    contact = forms.CharField(
        label="Số điện thoại hoặc thư điện tử",
        max_length=254,
        help_text="Không công khai; chỉ dùng để liên hệ làm rõ ý kiến khi cần.",
    )
    show_name = forms.BooleanField(
        label="Hiện tên gọi của tôi (không kèm họ) bên cạnh ý kiến khi được công khai",
        required=False,
    )
    section = SectionChoiceField(
        label="Góp ý cho phần",
        queryset=None,
        required=False,
        empty_label="Toàn bộ dự thảo",
    )
    content = forms.CharField(label="Nội dung góp ý", max_length=10000, widget=forms.Textarea)
    consent = forms.BooleanField(
        label="Tôi đồng ý để cơ quan xử lý dữ liệu cá nhân của tôi theo thông báo dưới đây",
        error_messages={"required": "Hãy đồng ý với việc xử lý dữ liệu cá nhân để gửi ý kiến."},
    )
    # The honeypot: hidden from people (and from screen readers), filled only by bots.
    website = forms.CharField(label="Để trống ô này", required=False)
    started = forms.CharField(widget=forms.HiddenInput, required=False)

    def __init__(self, *args, draft, **kwargs):
        super().__init__(*args, **kwargs)
        sections = draft.sections.all()
        if sections:
            self.fields["section"].queryset = sections
        else:
            del self.fields["section"]
        self.fields["name"].error_messages["required"] = "Hãy nhập họ và tên."
        self.fields["contact"].error_messages["required"] = (
            "Hãy nhập số điện thoại hoặc thư điện tử để cơ quan liên hệ khi cần."
        )
        self.fields["content"].error_messages["required"] = "Hãy nhập nội dung góp ý."
        self.fields["website"].widget.attrs.update({"autocomplete": "off", "tabindex": "-1"})
        self.fields["name"].widget.attrs["autocomplete"] = "name"

    def fresh_stamp(self):
        """Give a re-shown form a new timestamp, so the person's next try is judged from now."""
        data = self.data.copy()
        data["started"] = stamp()
        self.data = data

    def clean_name(self):
        name = " ".join(normalize(self.cleaned_data["name"]).split())
        if not name:
            raise ValidationError("Hãy nhập họ và tên.")
        return name

    def clean_contact(self):
        value = self.cleaned_data["contact"].strip()
        if "@" in value:
            try:
                validate_email(value)
            except ValidationError:
                raise ValidationError(
                    "Địa chỉ thư điện tử chưa đúng (ví dụ: ten@example.com)."
                ) from None
            return value.lower()
        phone = _PHONE_CHARS.sub("", value)
        if not _PHONE.match(phone):
            raise ValidationError(
                "Hãy nhập số điện thoại (ví dụ: 0912 345 678) hoặc địa chỉ thư điện tử."
            )
        return phone

    def clean_content(self):
        content = normalize(self.cleaned_data["content"]).strip()
        if not content:
            raise ValidationError("Hãy nhập nội dung góp ý.")
        return content

    def is_bot(self):
        return bool(self.data.get("website", "").strip())

    def shown_name(self):
        if self.cleaned_data.get("show_name"):
            return given_name(self.cleaned_data["name"])
        return ANONYMOUS_NAME
