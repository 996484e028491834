from django import forms


class ColourInput(forms.TextInput):
    """A colour picker that offers the accessible palette as suggestions; browsers
    without a picker show a text box for #rrggbb, so it works without JavaScript."""

    input_type = "color"
    template_name = "core/widgets/colour_input.html"

    def __init__(self, palette=(), attrs=None):
        self.palette = list(palette)
        super().__init__(attrs)

    def get_context(self, name, value, attrs):
        context = super().get_context(name, value, attrs)
        widget = context["widget"]
        widget["list_id"] = f"{widget['attrs'].get('id') or name}-bang-mau"
        widget["attrs"]["list"] = widget["list_id"]
        widget["palette"] = self.palette
        return context
