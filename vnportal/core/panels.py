"""Admin panels shared by the apps."""

from wagtail.admin.panels import InlinePanel


class FormInlinePanel(InlinePanel):
    """An InlinePanel whose child forms (and formset) are our own classes: Wagtail's
    InlinePanel builds plain model forms for children otherwise."""

    def __init__(self, *args, form=None, formset=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.child_form = form
        self.child_formset = formset

    def clone_kwargs(self):
        return {**super().clone_kwargs(), "form": self.child_form, "formset": self.child_formset}

    def get_form_options(self):
        options = super().get_form_options()
        relation = options["formsets"][self.relation_name]
        if self.child_form is not None:
            relation["form"] = self.child_form
        if self.child_formset is not None:
            relation["formset"] = self.child_formset
        return options
