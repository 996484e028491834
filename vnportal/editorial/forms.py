"""Forms of the royalty admin: a new period, the coefficients of a period's articles, the
statistics range."""

from decimal import Decimal, InvalidOperation

from django import forms

from vnportal.units.site_permissions import SiteChoiceField

from .models import RoyaltyPeriod, format_number

DATE_INPUT = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")


class PeriodForm(forms.ModelForm):
    """A new period of one of the sites the user may create periods for."""

    site = SiteChoiceField(queryset=None, label="Trang", empty_label=None)

    class Meta:
        model = RoyaltyPeriod
        fields = ["site", "name", "starts_on", "ends_on"]
        widgets = {"starts_on": DATE_INPUT, "ends_on": DATE_INPUT}

    def __init__(self, *args, sites, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["site"].queryset = sites
        for name in ("starts_on", "ends_on"):
            self.fields[name].input_formats = ["%Y-%m-%d", "%d/%m/%Y"]
            self.fields[name].error_messages["invalid"] = "Hãy nhập ngày dạng ngày/tháng/năm."
        self.fields["name"].error_messages["required"] = "Hãy đặt tên kỳ, ví dụ “Tháng 11/2026”."

    def validate_unique(self):
        # The model's own checks (overlap) run in actions.create_period; run them here too
        # so that the message shows beside the form instead of after it.
        try:
            self.instance.full_clean(exclude=["created_by"])
        except forms.ValidationError as error:
            self._update_errors(error)


class CoefficientField(forms.CharField):
    """A coefficient typed the Vietnamese way ("8,5") or with a point; empty = none."""

    def to_python(self, value):
        value = super().to_python(value).strip().replace(",", ".")
        if not value:
            return None
        try:
            number = Decimal(value)
        except InvalidOperation:
            raise forms.ValidationError(
                "Hệ số phải là một số, ví dụ 8 hoặc 8,5.", code="invalid"
            ) from None
        if not number.is_finite() or number != number.quantize(Decimal("0.1")):
            raise forms.ValidationError(
                "Hệ số chỉ có tối đa một chữ số sau dấu phẩy, ví dụ 8,5.", code="invalid"
            )
        return number.quantize(Decimal("0.1"))


def coefficient_name(article):
    return f"coefficient-{article.pk}"


def note_name(article):
    return f"note-{article.pk}"


class AssessmentForm(forms.Form):
    """One coefficient and one note per article of the period; checked against the
    bounds of each article's kind, so that one wrong value is shown beside its article
    while the others stay as typed."""

    def __init__(self, *args, articles, assessments, bounds, **kwargs):
        super().__init__(*args, **kwargs)
        self.articles = list(articles)
        self.assessments = assessments
        self.bounds = bounds
        for article in self.articles:
            current = assessments.get(article.pk)
            bound = bounds.get(article.kind)
            hint = (
                f"Từ {format_number(bound.min_coefficient)} đến "
                f"{format_number(bound.max_coefficient)}"
                if bound
                else ""
            )
            self.fields[coefficient_name(article)] = CoefficientField(
                label=f"Hệ số của bài “{article.title}”",
                required=False,
                initial=format_number(current.coefficient) if current else "",
                help_text=hint,
                widget=forms.TextInput(attrs={"inputmode": "decimal", "size": 5}),
            )
            self.fields[note_name(article)] = forms.CharField(
                label=f"Ghi chú cho bài “{article.title}”",
                required=False,
                max_length=255,
                initial=current.note if current else "",
            )

    def clean(self):
        cleaned = super().clean()
        for article in self.articles:
            name = coefficient_name(article)
            value = cleaned.get(name)
            if value is None:
                continue
            bound = self.bounds.get(article.kind)
            if bound is None:
                self.add_error(
                    name,
                    f"Chưa có khung hệ số cho thể loại {article.get_kind_display()}; "
                    "hãy nhờ quản trị tỉnh khai báo.",
                )
            elif message := bound.refusal(value):
                self.add_error(name, message)
        return cleaned

    def rows(self):
        """(article, coefficient bound field, note bound field) for the template."""
        return [
            (article, self[coefficient_name(article)], self[note_name(article)])
            for article in self.articles
        ]


class StatisticsForm(forms.Form):
    site = SiteChoiceField(queryset=None, label="Trang", empty_label=None, required=False)
    starts_on = forms.DateField(
        label="Từ ngày", required=False, widget=DATE_INPUT, input_formats=["%Y-%m-%d", "%d/%m/%Y"]
    )
    ends_on = forms.DateField(
        label="Đến ngày", required=False, widget=DATE_INPUT, input_formats=["%Y-%m-%d", "%d/%m/%Y"]
    )

    def __init__(self, *args, sites, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["site"].queryset = sites
        for name in ("starts_on", "ends_on"):
            self.fields[name].error_messages["invalid"] = "Hãy nhập ngày dạng ngày/tháng/năm."

    def clean(self):
        cleaned = super().clean()
        start, end = cleaned.get("starts_on"), cleaned.get("ends_on")
        if start and end and end < start:
            self.add_error("ends_on", "Ngày kết thúc phải sau ngày bắt đầu.")
        return cleaned
