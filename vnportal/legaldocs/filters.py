"""The list's filter form. A value the list cannot use (a year typed by hand, a removed
issuing body) is set aside with a message, and the other filters still apply."""

from django import forms

from .queries import MAX_TEXT, DocumentFilters, Sort

IGNORED = "Giá trị này không có trong danh sách nên bộ lọc được bỏ qua."


def _choice(label, options, empty="Tất cả"):
    return forms.TypedChoiceField(
        label=label,
        required=False,
        choices=[("", empty), *[(str(value), text) for value, text in options]],
        error_messages={"invalid_choice": IGNORED},
    )


class DocumentFilterForm(forms.Form):
    q = forms.CharField(
        label="Số, ký hiệu hoặc từ khóa",
        required=False,
        max_length=MAX_TEXT,
        error_messages={"max_length": f"Từ khóa dài quá {MAX_TEXT} ký tự."},
        widget=forms.TextInput(attrs={"type": "search", "placeholder": "Ví dụ: 42/2022/NĐ-CP"}),
    )

    def __init__(self, data=None, *, choices):
        super().__init__(data)
        self.fields["loai"] = _choice("Hình thức văn bản", choices["kinds"])
        self.fields["co_quan"] = _choice("Cơ quan ban hành", choices["bodies"])
        self.fields["linh_vuc"] = _choice("Lĩnh vực", choices["fields"])
        self.fields["nguoi_ky"] = _choice("Người ký", [(name, name) for name in choices["signers"]])
        self.fields["nam"] = _choice("Năm ban hành", [(year, year) for year in choices["years"]])
        self.fields["hieu_luc"] = _choice("Tình trạng hiệu lực", choices["statuses"])
        self.fields["sap_xep"] = forms.ChoiceField(
            label="Sắp xếp theo",
            required=False,
            choices=Sort.CHOICES,
            error_messages={"invalid_choice": IGNORED},
        )

    def filters(self) -> DocumentFilters:
        if not self.is_bound:
            return DocumentFilters()
        self.is_valid()
        data = self.cleaned_data
        text = data.get("q") or ""
        default_sort = Sort.RELEVANCE if text.strip() else Sort.NEWEST
        return DocumentFilters(
            kind=data.get("loai") or "",
            issuing_body_id=_int(data.get("co_quan")),
            field_id=_int(data.get("linh_vuc")),
            signer=data.get("nguoi_ky") or "",
            year=_int(data.get("nam")),
            status=data.get("hieu_luc") or "",
            text=text,
            sort=data.get("sap_xep") or default_sort,
        )


def _int(value):
    return int(value) if value not in (None, "") else None
