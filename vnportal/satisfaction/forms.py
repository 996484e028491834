"""The survey form: the overall level (required), the criteria (each may be skipped) and
a comment."""

from django import forms

from vnportal.vntext import normalize

from .tally import CRITERIA, LEVELS

MAX_COMMENT = 2_000
NEED_OVERALL = "Vui lòng chọn mức độ hài lòng chung với cổng thông tin."
BAD_CHOICE = "Vui lòng chọn một mức trong danh sách."


class SatisfactionForm(forms.Form):
    comment = forms.CharField(
        label="Góp ý thêm (không bắt buộc)",
        required=False,
        max_length=MAX_COMMENT,
        help_text="Xin đừng ghi họ tên, số điện thoại hay địa chỉ: đánh giá là ẩn danh.",
        error_messages={
            "max_length": "Góp ý dài quá 2.000 ký tự (hiện có %(show_value)d ký tự); "
            "vui lòng rút gọn."
        },
        widget=forms.Textarea(attrs={"rows": 4}),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        choices = [(str(level), label) for level, label in LEVELS]
        for number, (field, label) in enumerate(CRITERIA):
            required = number == 0
            self.fields[field] = forms.TypedChoiceField(
                label=label if required else f"{label} (không bắt buộc)",
                choices=choices,
                coerce=int,
                required=required,
                empty_value=None,
                widget=forms.RadioSelect,
                error_messages={"required": NEED_OVERALL, "invalid_choice": BAD_CHOICE},
            )
        # The comment last, after the levels.
        self.order_fields([field for field, _ in CRITERIA] + ["comment"])

    def criteria(self):
        return [self[field] for field, _ in CRITERIA]

    def clean_comment(self):
        value = self.cleaned_data["comment"]
        return normalize(value).strip() if value else ""

    def rating_fields(self) -> dict:
        return {name: self.cleaned_data[name] for name in [f for f, _ in CRITERIA] + ["comment"]}
