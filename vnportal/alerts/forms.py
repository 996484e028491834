from django import forms
from django.utils import timezone
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.models import Site

from vnportal.units.site_permissions import SitePermissionsPanelForm, site_label

from .access import sites_for_user, units_for_site, units_for_user
from .models import Alert


class AlertForm(WagtailAdminModelForm):
    """The admin form: offers only the sites the user may issue for and the units those
    sites may cover, and says in Vietnamese what is wrong when a choice is not allowed."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        site_field = self.fields["site"]
        areas_field = self.fields["areas"]
        site_field.label_from_instance = site_label
        if self.instance.pk:
            # Permissions and the CAP identity follow the issuing site: it never changes.
            site_field.queryset = Site.objects.filter(pk=self.instance.site_id)
            site_field.disabled = True
            areas_field.queryset = units_for_site(self.instance.site)
        else:
            user = self.for_user
            site_field.queryset = sites_for_user(user, ["add"]).order_by("-is_default_site", "pk")
            areas_field.queryset = units_for_user(user, ["add"])
            sites = list(site_field.queryset)
            if len(sites) == 1:
                site_field.initial = sites[0].pk
        areas_field.queryset = areas_field.queryset.order_by("parent_id", "name")

    def clean(self):
        cleaned = super().clean()
        if self.instance.pk and self.instance.cancelled_at is not None:
            raise forms.ValidationError(
                "Cảnh báo này đã bị hủy nên không sửa được. Hãy phát một cảnh báo mới."
            )
        site = cleaned.get("site") or (self.instance.site if self.instance.pk else None)
        areas = cleaned.get("areas")
        if site is not None and areas:
            allowed = set(units_for_site(site).values_list("pk", flat=True))
            outside = [unit.name for unit in areas if unit.pk not in allowed]
            if outside:
                self.add_error(
                    "areas",
                    f"Trang “{site_label(site)}” không được phát cảnh báo cho: "
                    f"{', '.join(outside)}. Trang của xã chỉ phát cho chính xã; trang của tỉnh "
                    "phát cho tỉnh và mọi xã, phường, đặc khu trong tỉnh.",
                )
        ends_at = cleaned.get("ends_at")
        if not self.instance.pk and ends_at and ends_at <= timezone.now():
            self.add_error(
                "ends_at",
                "Thời điểm hết hiệu lực đã qua nên cảnh báo sẽ không hiện ra. "
                "Hãy chọn một thời điểm trong tương lai.",
            )
        return cleaned


class CancelAlertForm(forms.Form):
    reason = forms.CharField(
        label="Lý do hủy",
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text="Lý do được ghi vào nhật ký và vào bản tin CAP hủy cảnh báo.",
        error_messages={"required": "Hãy ghi lý do hủy cảnh báo."},
    )


class AlertSitePermissionsForm(SitePermissionsPanelForm):
    """The "Cảnh báo khẩn cấp" panel on the group edit page: on which sites the group
    may issue, change and delete alerts."""

    model = Alert
    permissions_shown = (
        ("add_alert", "Phát cảnh báo trên các trang"),
        ("change_alert", "Sửa, hủy cảnh báo trên các trang"),
        ("delete_alert", "Xóa cảnh báo trên các trang"),
    )
    heading = "Quyền với cảnh báo khẩn cấp"
    panel_id = "alerts-site-permissions"
