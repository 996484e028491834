"""The boundary map's admin form: the GeoJSON can be pasted or uploaded as a file."""

from django import forms
from wagtail.admin.forms import WagtailAdminPageForm

from . import geojson


class BoundaryMapForm(WagtailAdminPageForm):
    geojson_file = forms.FileField(
        label="Hoặc tải lên tệp GeoJSON",
        required=False,
        help_text="Tệp .geojson hoặc .json; nếu có, tệp thay cho nội dung ô bên trên.",
    )

    def clean(self):
        cleaned = super().clean()
        upload = cleaned.get("geojson_file")
        if not upload:
            return cleaned
        if upload.size > geojson.MAX_BYTES:
            self.add_error(
                "geojson_file",
                f"Tệp quá lớn ({upload.size // 1000} KB, tối đa {geojson.MAX_BYTES // 1000} "
                "KB). Hãy đơn giản hóa ranh giới rồi tải lại.",
            )
            return cleaned
        try:
            text = upload.read().decode("utf-8-sig")
        except UnicodeDecodeError:
            self.add_error("geojson_file", "Tệp không phải văn bản UTF-8; hãy lưu lại tệp GeoJSON.")
            return cleaned
        try:
            geojson.parse_boundary(text)
        except geojson.GeoJSONError as error:
            self.add_error("geojson_file", f"Tệp “{upload.name}”: {error}")
            return cleaned
        cleaned["geojson"] = text
        self.errors.pop("geojson", None)
        return cleaned
