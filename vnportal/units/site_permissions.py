"""Choosing sites in the admin, and the panels apps add to the group editor.

An app whose model is site-owned lets province IT grant its rights per site to a group
made by hand (role groups get theirs from roles.py): it subclasses
`SitePermissionsPanelForm`, names the model, the permission codenames with their labels,
the panel's heading and id, and returns the class from Wagtail's
`register_group_permission_panel` hook.
"""

from django import forms
from django.contrib.auth.models import Permission
from django.contrib.contenttypes.models import ContentType
from django.template.loader import render_to_string
from wagtail.models import Site
from wagtail.models.sites import GroupSitePermission


def site_label(site):
    return site.site_name or site.hostname


class SiteChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj):
        return site_label(obj)


class SitesChoiceField(forms.ModelMultipleChoiceField):
    def label_from_instance(self, obj):
        return site_label(obj)


class SitePermissionsPanelForm(forms.Form):
    """On which sites a group holds each of `permissions` (GroupSitePermission rows)."""

    template_name = "units/admin/site_permissions_panel.html"
    model = None
    # (codename, label), in the order shown.
    permissions_shown = ()
    heading = ""
    panel_id = ""

    def __init__(self, *args, instance=None, **kwargs):
        kwargs.setdefault("prefix", self.panel_id.replace("-", "_"))
        self.instance = instance
        content_type = ContentType.objects.get_for_model(self.model)
        self.permissions = {
            codename: Permission.objects.get(content_type=content_type, codename=codename)
            for codename, _label in self.permissions_shown
        }
        if instance is not None and instance.pk is not None:
            rows = GroupSitePermission.objects.filter(
                group=instance, permission__in=self.permissions.values()
            ).values_list("permission_id", "site_id")
            kwargs["initial"] = {
                codename: [site_id for permission_id, site_id in rows if permission_id == perm.pk]
                for codename, perm in self.permissions.items()
            }
        super().__init__(*args, **kwargs)
        for codename, label in self.permissions_shown:
            self.fields[codename] = SitesChoiceField(
                queryset=Site.objects.order_by("-is_default_site", "site_name"),
                required=False,
                widget=forms.CheckboxSelectMultiple,
                label=label,
            )

    def as_admin_panel(self):
        return render_to_string(
            self.template_name,
            {"form": self, "heading": self.heading, "panel_id": self.panel_id},
        )

    def save(self):
        for codename, permission in self.permissions.items():
            wanted = {site.pk for site in self.cleaned_data[codename]}
            existing = set(
                GroupSitePermission.objects.filter(
                    group=self.instance, permission=permission
                ).values_list("site_id", flat=True)
            )
            for site_id in wanted - existing:
                GroupSitePermission.objects.create(
                    group=self.instance, site_id=site_id, permission=permission
                )
            GroupSitePermission.objects.filter(
                group=self.instance, permission=permission, site_id__in=existing - wanted
            ).delete()
