"""The public contact form."""

from django import forms

from vnportal.feedback.public_forms import normalize_phone
from vnportal.vntext import normalize

MAX_MESSAGE = 5_000
HONEYPOT_FIELD = "website"

NEED_CONTACT = "Vui lòng ghi thư điện tử hoặc số điện thoại (ít nhất một) để cơ quan trả lời bạn."
BAD_PHONE = (
    "Số điện thoại chưa đúng: cần 10 chữ số bắt đầu bằng 0 (ví dụ 0912 345 678), "
    "hoặc +84 và 9 chữ số; số cố định 11 chữ số bắt đầu bằng 02."
)
BAD_EMAIL = "Địa chỉ thư điện tử chưa đúng, ví dụ đúng: ten@example.com."
NEED_CONSENT = "Cần đồng ý cho cơ quan xử lý dữ liệu cá nhân của bạn thì mới gửi được thư liên hệ."


def _too_long(limit):
    shown = f"{limit:,}".replace(",", ".")
    return f"Dài quá {shown} ký tự (hiện có %(show_value)d ký tự); vui lòng rút gọn."


def _text(label, max_length, required=True, widget=None, what=None):
    return forms.CharField(
        label=label,
        max_length=max_length,
        required=required,
        error_messages={
            "required": f"Vui lòng nhập {what or label.lower()}.",
            "max_length": _too_long(max_length),
        },
        widget=widget,
    )


def _clean(value):
    return normalize(value).strip() if value else ""


class ContactForm(forms.Form):
    name = _text("Họ và tên", 200, widget=forms.TextInput(attrs={"autocomplete": "name"}))
    email = forms.EmailField(
        label="Thư điện tử",
        max_length=254,
        required=False,
        error_messages={"invalid": BAD_EMAIL},
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )
    phone = _text(
        "Số điện thoại",
        20,
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "tel", "inputmode": "tel"}),
    )
    subject = _text("Tiêu đề", 300, widget=forms.TextInput)
    message = _text(
        "Nội dung",
        MAX_MESSAGE,
        widget=forms.Textarea(attrs={"rows": 8}),
        what="nội dung thư",
    )
    consent = forms.BooleanField(
        label="Tôi đồng ý để cơ quan xử lý họ tên, thư điện tử, số điện thoại tôi ghi ở "
        "trên để trả lời thư này, theo thông báo về xử lý dữ liệu cá nhân bên dưới.",
        error_messages={"required": NEED_CONSENT},
    )
    website = forms.CharField(
        label="Trang web (để trống ô này)",
        required=False,
        widget=forms.TextInput(
            attrs={"tabindex": "-1", "autocomplete": "off", "aria-hidden": "true"}
        ),
    )

    @property
    def honeypot_filled(self) -> bool:
        # People never see the field; scripts that fill every field fill it too.
        return self.is_bound and bool((self.data.get(HONEYPOT_FIELD) or "").strip())

    def clean_name(self):
        return _clean(self.cleaned_data["name"])

    def clean_subject(self):
        return _clean(self.cleaned_data["subject"])

    def clean_message(self):
        return _clean(self.cleaned_data["message"])

    def clean_email(self):
        return (self.cleaned_data["email"] or "").strip().lower()

    def clean_phone(self):
        typed = self.cleaned_data["phone"].strip()
        if not typed:
            return ""
        number = normalize_phone(typed)
        if number is None:
            raise forms.ValidationError(BAD_PHONE)
        return number

    def clean(self):
        cleaned = super().clean()
        if not self.errors.get("phone") and not self.errors.get("email"):
            if not cleaned.get("phone") and not cleaned.get("email"):
                self.add_error("email", NEED_CONTACT)
        return cleaned

    def contacts(self) -> list[str]:
        return [
            value for value in (self.cleaned_data["email"], self.cleaned_data["phone"]) if value
        ]

    def message_fields(self) -> dict:
        names = ("name", "email", "phone", "subject", "message")
        return {name: self.cleaned_data[name] for name in names}
