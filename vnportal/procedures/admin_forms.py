"""The admin form of a procedure: it offers only the sites the user works on, and a
procedure never moves to another site."""

from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.models import Site

from vnportal.units.site_permissions import SitePermissionsPanelForm, site_label

from .access import sites_for_user
from .models import Procedure


class ProcedureForm(WagtailAdminModelForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        site_field = self.fields["site"]
        site_field.label_from_instance = site_label
        if self.instance.pk:
            site_field.queryset = Site.objects.filter(pk=self.instance.site_id)
            site_field.disabled = True
        else:
            sites = sites_for_user(self.for_user, ["add"]).order_by("-is_default_site", "site_name")
            site_field.queryset = sites
            if len(sites) == 1:
                site_field.initial = sites[0].pk


class ProcedureSitePermissionsForm(SitePermissionsPanelForm):
    """The "Thủ tục hành chính" panel on the group edit page."""

    model = Procedure
    permissions_shown = (
        ("add_procedure", "Thêm thủ tục hành chính trên các trang"),
        ("change_procedure", "Sửa thủ tục hành chính trên các trang"),
        ("delete_procedure", "Xóa thủ tục hành chính trên các trang"),
    )
    heading = "Quyền với thủ tục hành chính"
    panel_id = "procedures-site-permissions"
