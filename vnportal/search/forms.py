"""The search form of the results page: what the reader asked, read from the address.

The parameters have Vietnamese names (``?q=…&loai=news&tu-ngay=01/07/2025``) because
readers share and bookmark these addresses. A parameter with a value that makes no sense
(edited by hand, or from an old link) is left out of the search with a message saying so;
it never stops the search.
"""

import datetime

from django import forms

from .models import Source
from .results import NEWEST, RELEVANCE

PROVINCE_WIDE = "tinh"
DATE_FORMATS = ("%d/%m/%Y", "%d-%m-%Y", "%d.%m.%Y", "%Y-%m-%d")
# Years a portal's text can carry; outside them the date is a typing slip, and the
# engine's day arithmetic would overflow at year 9999.
FIRST_YEAR, LAST_YEAR = 1900, 2100

# Field name in Python -> parameter name in the address.
PARAMETERS = {
    "q": "q",
    "source": "loai",
    "category": "chuyen-muc",
    "date_from": "tu-ngay",
    "date_to": "den-ngay",
    "sort": "sap-xep",
    "scope": "pham-vi",
}
SORTS = [(RELEVANCE, "Liên quan nhất"), (NEWEST, "Mới nhất")]


class VietnameseDateField(forms.DateField):
    """A day written the Vietnamese way, dd/mm/yyyy; says which value it could not read."""

    input_formats = DATE_FORMATS

    def __init__(self, **kwargs):
        super().__init__(
            required=False,
            help_text="Dạng ngày/tháng/năm, ví dụ 05/01/2025.",
            widget=forms.TextInput(attrs={"placeholder": "dd/mm/yyyy", "autocomplete": "off"}),
            **kwargs,
        )

    def to_python(self, value):
        text = (value or "").strip()
        try:
            day = super().to_python(text)
        except forms.ValidationError:
            day = None
            bad = True
        else:
            bad = day is not None and not FIRST_YEAR <= day.year <= LAST_YEAR
        if bad:
            shown = text if len(text) <= 20 else text[:20] + "…"
            raise forms.ValidationError(
                f"“{shown}” không phải là một ngày có thật theo dạng ngày/tháng/năm "
                "(ví dụ 05/01/2025), nên chưa lọc theo ngày này.",
                code="invalid",
            )
        return day


class SearchForm(forms.Form):
    """Every field is optional and read independently: a bad one is dropped, the rest
    still filter. ``categories`` are (id, label) of the current site's news categories."""

    q = forms.CharField(label="Tìm kiếm", required=False)
    source = forms.ChoiceField(
        label="Loại",
        required=False,
        choices=[("", "Tất cả"), *Source.choices],
        error_messages={
            "invalid_choice": "Không có loại nội dung như trong địa chỉ, nên đã tìm mọi loại."
        },
    )
    category = forms.TypedChoiceField(
        label="Chuyên mục",
        required=False,
        coerce=int,
        empty_value=None,
        error_messages={
            "invalid_choice": "Cổng này không có chuyên mục như trong địa chỉ, "
            "nên đã tìm trong mọi chuyên mục."
        },
    )
    date_from = VietnameseDateField(label="Từ ngày")
    date_to = VietnameseDateField(label="Đến ngày")
    sort = forms.ChoiceField(
        label="Sắp xếp",
        required=False,
        choices=SORTS,
        error_messages={
            "invalid_choice": "Không có cách sắp xếp như trong địa chỉ, "
            "nên đã xếp theo mức độ liên quan."
        },
    )
    scope = forms.ChoiceField(
        label="Phạm vi",
        required=False,
        choices=[("", "Cổng này"), (PROVINCE_WIDE, "Toàn tỉnh")],
        widget=forms.HiddenInput,
        error_messages={
            "invalid_choice": "Phạm vi tìm kiếm trong địa chỉ không hợp lệ, "
            "nên đã tìm trên cổng này."
        },
    )

    def __init__(self, data=None, *, categories=(), **kwargs):
        kwargs.setdefault("label_suffix", "")
        super().__init__(data, **kwargs)
        self.fields["category"].choices = [("", "Mọi chuyên mục"), *categories]

    def add_prefix(self, field_name):
        return PARAMETERS.get(field_name, field_name)

    def value(self, name, default=None):
        """The cleaned value of a field, or ``default`` when it was empty or invalid."""
        value = self.cleaned_data.get(name)
        return default if value in (None, "") else value

    def date_range(self) -> tuple[datetime.date | None, datetime.date | None, bool]:
        """(from, to, swapped): a range given backwards is read the way it was meant."""
        start, end = self.value("date_from"), self.value("date_to")
        if start and end and start > end:
            return end, start, True
        return start, end, False
