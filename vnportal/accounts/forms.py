from django import forms
from wagtail.admin.forms.auth import LoginForm as WagtailLoginForm

from .models import EventKind

DATE_FORMATS = ["%d/%m/%Y", "%Y-%m-%d"]


class CodeForm(forms.Form):
    code = forms.CharField(
        label="Mã xác thực",
        max_length=20,
        help_text="6 chữ số trong ứng dụng xác thực, hoặc một mã dự phòng (dạng abcd-efgh).",
        widget=forms.TextInput(
            attrs={"autocomplete": "one-time-code", "inputmode": "text", "autofocus": True}
        ),
    )


class SetupCodeForm(forms.Form):
    code = forms.CharField(
        label="Mã 6 chữ số trong ứng dụng",
        max_length=10,
        widget=forms.TextInput(attrs={"autocomplete": "one-time-code", "inputmode": "numeric"}),
    )


class EventFilterForm(forms.Form):
    kind = forms.ChoiceField(
        label="Sự kiện",
        required=False,
        choices=[("", "Tất cả"), ("failures", "Chỉ lần thất bại, bị khóa"), *EventKind.choices],
    )
    username = forms.CharField(label="Tên đăng nhập", required=False, max_length=150)
    address = forms.CharField(label="Địa chỉ IP", required=False, max_length=45)
    date_from = forms.DateField(
        label="Từ ngày",
        required=False,
        input_formats=DATE_FORMATS,
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
    )
    date_to = forms.DateField(
        label="Đến ngày",
        required=False,
        input_formats=DATE_FORMATS,
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
    )


class LoginForm(WagtailLoginForm):
    """Wagtail's login form without "Remember me": an admin session always ends when the
    browser closes (and when idle, and some hours after login: middleware.py)."""

    remember = None
