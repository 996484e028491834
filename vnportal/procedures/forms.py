"""The public page's search and filter form; every field is optional and a value that
is not offered is simply refused with a message, never a server error."""

from django import forms

from .models import Level


class ProcedureFilterForm(forms.Form):
    q = forms.CharField(
        label="Tìm thủ tục",
        required=False,
        max_length=200,
        help_text="Gõ có dấu hoặc không dấu, ví dụ: dang ky khai sinh.",
    )
    linh_vuc = forms.ChoiceField(label="Lĩnh vực", required=False)
    cap = forms.ChoiceField(
        label="Cấp thực hiện", required=False, choices=[("", "Tất cả các cấp"), *Level.choices]
    )

    def __init__(self, *args, fields=(), **kwargs):
        # The header's site-wide search already owns id_q on every page.
        kwargs.setdefault("auto_id", "thu_tuc_%s")
        super().__init__(*args, **kwargs)
        self.fields["linh_vuc"].choices = [("", "Tất cả lĩnh vực")] + [(f, f) for f in fields]
        self.fields["q"].widget.attrs.update(
            {"class": "search-input", "type": "search", "aria-describedby": "thu_tuc_q_helptext"}
        )
