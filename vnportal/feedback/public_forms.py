"""The forms of the public "Hỏi đáp" pages: asking, looking up, rating, filtering answers.

Choices (lĩnh vực, xã/phường) are read once when the form is built and kept as plain
lists, so a form that comes back with an error, or after the database failed to save it,
renders again without another query.
"""

import re

from django import forms

from vnportal.units.models import Unit, UnitKind
from vnportal.vntext import normalize

from . import captcha, spam, tracking, uploads
from .models import FeedbackField, Kind, Rating

MAX_CONTENT = 10_000
MAX_COMMENT = 2_000

REQUIRED = "Vui lòng nhập {label}."
NEED_CONTACT = (
    "Vui lòng cho biết số điện thoại hoặc thư điện tử (ít nhất một) để cơ quan liên hệ "
    "và để bạn tra cứu kết quả."
)
BAD_PHONE = (
    "Số điện thoại chưa đúng: cần 10 chữ số bắt đầu bằng 0 (ví dụ 0912 345 678), "
    "hoặc +84 và 9 chữ số; số cố định 11 chữ số bắt đầu bằng 02."
)
BAD_EMAIL = "Địa chỉ thư điện tử chưa đúng, ví dụ đúng: ten@example.com."
NEED_CONSENT = (
    "Cần đồng ý cho cơ quan xử lý dữ liệu cá nhân của bạn thì mới tiếp nhận được câu hỏi."
)
TOO_FAST = (
    "Chưa gửi được: biểu mẫu được gửi đi quá nhanh hoặc đã mở quá lâu. "
    "Vui lòng kiểm tra lại nội dung bên dưới rồi bấm “Gửi” một lần nữa."
)
WRONG_CAPTCHA = "Kết quả phép tính chưa đúng. Vui lòng tính phép tính mới ở ô bên dưới."
TOO_LONG = "Dài quá {limit} ký tự (hiện có %(show_value)d ký tự); vui lòng rút gọn."
BAD_CHOICE = "Vui lòng chọn một mục trong danh sách."

COMMUNE_KINDS = (UnitKind.COMMUNE, UnitKind.WARD, UnitKind.SPECIAL_ZONE)

_PHONE_SEPARATORS = re.compile(r"[\s.\-()]")
_MOBILE = re.compile(r"0\d{9}")
_LANDLINE = re.compile(r"02\d{9}")


def normalize_phone(typed: str) -> str | None:
    """The number as 0XXXXXXXXX, from what a person typed ("+84 912.345.678"); None when
    it cannot be a Vietnamese number."""
    number = _PHONE_SEPARATORS.sub("", typed or "")
    if number.startswith("+84"):
        number = "0" + number[3:]
    if _MOBILE.fullmatch(number) or _LANDLINE.fullmatch(number):
        return number
    return None


def _text(label, max_length, required=True, **widget_attrs):
    return forms.CharField(
        label=label,
        max_length=max_length,
        required=required,
        error_messages={
            "required": REQUIRED.format(label=label.lower()),
            "max_length": TOO_LONG.replace("{limit}", f"{max_length:,}".replace(",", ".")),
        },
        widget=forms.TextInput(attrs=widget_attrs),
    )


def _choice(label, choices, required=True, empty="— Chọn —", widget=None):
    return forms.ChoiceField(
        label=label,
        required=required,
        choices=[("", empty), *choices] if empty is not None else choices,
        error_messages={
            "required": f"Vui lòng chọn {label.lower()}.",
            "invalid_choice": BAD_CHOICE,
        },
        widget=widget,
    )


def _clean_text(value):
    return normalize(value).strip() if value else value


class SubmissionForm(forms.Form):
    """The question or feedback a person sends; `submission_fields()` gives what
    `intake.receive` saves, `checked_files()` the accepted attachments."""

    name = _text("Họ và tên", 200, autocomplete="name")
    phone = _text("Số điện thoại", 20, required=False, autocomplete="tel", inputmode="tel")
    email = forms.EmailField(
        label="Thư điện tử",
        max_length=254,
        required=False,
        error_messages={"invalid": BAD_EMAIL},
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )
    address = _text("Địa chỉ", 300, required=False, autocomplete="street-address")
    title = _text("Tiêu đề", 300)
    content = forms.CharField(
        label="Nội dung",
        max_length=MAX_CONTENT,
        error_messages={
            "required": REQUIRED.format(label="nội dung câu hỏi, phản ánh"),
            "max_length": TOO_LONG.replace("{limit}", f"{MAX_CONTENT:,}".replace(",", ".")),
        },
        widget=forms.Textarea(attrs={"rows": 10}),
    )
    may_publish = forms.BooleanField(
        label="Tôi đồng ý để câu hỏi và câu trả lời được công khai trên cổng "
        "(không kèm họ tên, số điện thoại, thư điện tử, địa chỉ).",
        required=False,
    )
    consent = forms.BooleanField(
        label="Tôi đồng ý để cơ quan xử lý dữ liệu cá nhân của tôi nêu trong biểu mẫu "
        "theo thông báo dưới đây, để tiếp nhận, giải quyết và trả lời.",
        error_messages={"required": NEED_CONSENT},
    )

    def __init__(self, data=None, files=None, *, site):
        if data is not None:
            # Mutable, so a failed check can hand out a fresh token in the same form.
            data = data.copy()
        super().__init__(data, files)
        self.site = site
        self._fields_by_pk = {str(f.pk): f for f in FeedbackField.objects.order_by("name")}
        self._communes = {
            str(unit.pk): unit
            for unit in Unit.objects.filter(kind__in=COMMUNE_KINDS, dissolved_on__isnull=True)
            .only("pk", "name")
            .order_by("name")
        }
        self.fields["commune"] = _choice(
            "Xã, phường, đặc khu",
            [(pk, unit.name) for pk, unit in self._communes.items()],
            required=bool(self._communes),
        )
        own_unit = Unit.objects.filter(site=site).only("pk").first()
        if own_unit is not None and str(own_unit.pk) in self._communes:
            self.fields["commune"].initial = str(own_unit.pk)
        self.fields["field"] = _choice(
            "Lĩnh vực", [(pk, field.name) for pk, field in self._fields_by_pk.items()]
        )
        self.fields["kind"] = _choice("Loại", Kind.choices, empty=None, widget=forms.RadioSelect)
        self.fields["kind"].initial = Kind.QUESTION
        for number in range(1, uploads.MAX_FILES + 1):
            self.fields[f"file_{number}"] = forms.FileField(
                label=f"Tệp đính kèm {number}",
                required=False,
                widget=forms.ClearableFileInput(
                    attrs={"accept": "image/jpeg,image/png,image/webp,application/pdf"}
                ),
            )
        self.fields[spam.HONEYPOT_FIELD] = forms.CharField(
            label="Trang web (để trống ô này)",
            required=False,
            widget=forms.TextInput(
                attrs={"tabindex": "-1", "autocomplete": "off", "aria-hidden": "true"}
            ),
        )
        self.fields[spam.STARTED_FIELD] = forms.CharField(
            required=False, widget=forms.HiddenInput, initial=spam.start_token
        )
        self.captcha_on = captcha.enabled()
        if self.captcha_on:
            self.fields["captcha_token"] = forms.CharField(required=False, widget=forms.HiddenInput)
            self.fields["captcha_answer"] = forms.CharField(
                label="Câu hỏi kiểm tra",
                max_length=20,
                required=False,
                help_text="Trả lời bằng chữ số, ví dụ 12.",
                widget=forms.TextInput(attrs={"autocomplete": "off", "inputmode": "numeric"}),
            )
            self._ask_captcha(keep=self.is_bound)

    @property
    def honeypot_filled(self) -> bool:
        return self.is_bound and spam.honeypot_filled(self.data)

    @property
    def captcha_question(self) -> str:
        return self._captcha_question if self.captcha_on else ""

    def _ask_captcha(self, keep):
        if keep:
            question = captcha.question_of(self.data.get("captcha_token", ""))
            if question:
                self._captcha_question = question
                return
        question, token = captcha.new_challenge()
        self._captcha_question = question
        if self.is_bound:
            self.data["captcha_token"] = token
            self.data["captcha_answer"] = ""
        else:
            self.fields["captcha_token"].initial = token

    def renew_checks(self):
        """After a refusal: a new question to answer, and a new start time when the one
        sent back was not usable (the original is kept, so a person re-sending after
        reading the errors passes)."""
        if self.captcha_on:
            self._ask_captcha(keep=False)
        self.data[spam.STARTED_FIELD] = spam.still_usable(self.data.get(spam.STARTED_FIELD, ""))

    def clean_name(self):
        return _clean_text(self.cleaned_data["name"])

    def clean_address(self):
        return _clean_text(self.cleaned_data["address"])

    def clean_title(self):
        return _clean_text(self.cleaned_data["title"])

    def clean_content(self):
        return _clean_text(self.cleaned_data["content"])

    def clean_phone(self):
        typed = self.cleaned_data["phone"].strip()
        if not typed:
            return ""
        number = normalize_phone(typed)
        if number is None:
            raise forms.ValidationError(BAD_PHONE)
        return number

    def clean_email(self):
        return (self.cleaned_data["email"] or "").strip().lower()

    def clean_commune(self):
        return self._communes.get(self.cleaned_data["commune"])

    def clean_field(self):
        return self._fields_by_pk[self.cleaned_data["field"]]

    def _clean_upload(self, name):
        uploaded = self.cleaned_data.get(name)
        if not uploaded:
            return None
        try:
            return uploads.check(uploaded)
        except uploads.UploadRejected as rejected:
            raise forms.ValidationError(rejected.reason) from None

    def clean_file_1(self):
        return self._clean_upload("file_1")

    def clean_file_2(self):
        return self._clean_upload("file_2")

    def clean_file_3(self):
        return self._clean_upload("file_3")

    def clean(self):
        cleaned = super().clean()
        if not self.errors.get("phone") and not self.errors.get("email"):
            if not cleaned.get("phone") and not cleaned.get("email"):
                self.add_error("phone", NEED_CONTACT)
        if not spam.filled_in_time(self.data.get(spam.STARTED_FIELD, "")):
            self.add_error(None, TOO_FAST)
        if self.captcha_on and not captcha.check(
            self.data.get("captcha_token", ""), self.data.get("captcha_answer", "")
        ):
            self.add_error("captcha_answer", WRONG_CAPTCHA)
        return cleaned

    def contacts(self) -> list[str]:
        return [
            value for value in (self.cleaned_data["phone"], self.cleaned_data["email"]) if value
        ]

    def submission_fields(self) -> dict:
        data = self.cleaned_data
        return {
            "name": data["name"],
            "phone": data["phone"],
            "email": data["email"],
            "address": data["address"],
            "commune": data["commune"],
            "field": data["field"],
            "kind": data["kind"],
            "title": data["title"],
            "content": data["content"],
            "may_publish": data["may_publish"],
        }

    def checked_files(self) -> list:
        names = [f"file_{number}" for number in range(1, uploads.MAX_FILES + 1)]
        return [self.cleaned_data[name] for name in names if self.cleaned_data.get(name)]

    def file_fields(self):
        return [self[f"file_{number}"] for number in range(1, uploads.MAX_FILES + 1)]


class TrackForm(forms.Form):
    """The tracking code and the phone or e-mail given with the question."""

    code = forms.CharField(
        label="Mã tra cứu",
        max_length=20,
        error_messages={"required": "Vui lòng nhập mã tra cứu."},
        widget=forms.TextInput(
            attrs={"autocomplete": "off", "autocapitalize": "characters", "spellcheck": "false"}
        ),
        help_text="8 ký tự, ví dụ 7KQ2-M9XA.",
    )
    contact = forms.CharField(
        label="Số điện thoại hoặc thư điện tử đã ghi khi gửi",
        max_length=254,
        error_messages={"required": "Vui lòng nhập số điện thoại hoặc thư điện tử đã ghi khi gửi."},
    )

    def typed_code(self) -> str:
        """The code as meant, or the raw text when it cannot be one (still rate-limited)."""
        typed = self.cleaned_data["code"]
        return tracking.clean_code(typed) or typed.strip().upper()


class RatingForm(forms.Form):
    value = forms.ChoiceField(
        label="Bạn thấy câu trả lời thế nào?",
        choices=Rating.choices,
        widget=forms.RadioSelect,
        error_messages={"required": "Vui lòng chọn một mức đánh giá."},
    )
    comment = forms.CharField(
        label="Góp ý thêm (không bắt buộc)",
        required=False,
        max_length=MAX_COMMENT,
        error_messages={"max_length": TOO_LONG.replace("{limit}", "2.000")},
        widget=forms.Textarea(attrs={"rows": 4}),
    )

    def clean_comment(self):
        return _clean_text(self.cleaned_data["comment"])


class AnswerFilterForm(forms.Form):
    """The lĩnh vực filter of the public list; an unknown value shows every answer."""

    def __init__(self, data, *, fields):
        super().__init__(data)
        self.fields["linh_vuc"] = forms.ChoiceField(
            label="Lĩnh vực",
            required=False,
            choices=[("", "Tất cả lĩnh vực"), *[(f.slug, f.name) for f in fields]],
        )

    def field_slug(self) -> str:
        if not self.is_bound or not self.is_valid():
            return ""
        return self.cleaned_data["linh_vuc"]
