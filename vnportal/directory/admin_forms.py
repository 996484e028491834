"""Forms of the "Cơ cấu tổ chức" admin: a department with its officials.

A form offers only the sites the user works on and parents of those sites; a department
never moves to another site. Phone and e-mail errors come from the model's validators, in
Vietnamese, and every other value stays in the form.
"""

from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.models import Site

from vnportal.units.site_permissions import SitePermissionsPanelForm, site_label

from .access import sites_for_user
from .models import Department


class DepartmentForm(WagtailAdminModelForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        site_field = self.fields["site"]
        site_field.label_from_instance = site_label
        parent_field = self.fields["parent"]
        if self.instance.pk:
            site_field.queryset = Site.objects.filter(pk=self.instance.site_id)
            site_field.disabled = True
            parent_field.queryset = Department.objects.filter(
                site_id=self.instance.site_id
            ).exclude(pk=self.instance.pk)
        else:
            sites = sites_for_user(self.for_user, ["add"]).order_by("-is_default_site", "site_name")
            site_field.queryset = sites
            if len(sites) == 1:
                site_field.initial = sites[0].pk
            parent_field.queryset = Department.objects.filter(site__in=sites)
        parent_field.queryset = parent_field.queryset.select_related("site").order_by(
            "site_id", "sort_order", "name"
        )
        if not self.instance.pk and len(site_field.queryset) > 1:
            parent_field.label_from_instance = lambda d: f"{d.name} ({site_label(d.site)})"


class DepartmentSitePermissionsForm(SitePermissionsPanelForm):
    """The "Cơ cấu tổ chức" panel on the group edit page: on which sites the group keeps
    the departments and officials."""

    model = Department
    permissions_shown = (
        ("add_department", "Thêm cơ quan, đơn vị trên các trang"),
        ("change_department", "Sửa cơ quan, đơn vị và cán bộ trên các trang"),
        ("delete_department", "Xóa cơ quan, đơn vị trên các trang"),
    )
    heading = "Quyền với cơ cấu tổ chức"
    panel_id = "directory-site-permissions"
