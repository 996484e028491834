"""The admin form of a schedule entry: only the sites the user keeps a schedule for are
offered, and an entry never moves to another site."""

from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.models import Site

from vnportal.units.site_permissions import SitePermissionsPanelForm, site_label

from .access import sites_for_user
from .models import ScheduleEntry


class ScheduleEntryForm(WagtailAdminModelForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        site_field = self.fields["site"]
        site_field.label_from_instance = site_label
        if self.instance.pk:
            site_field.queryset = Site.objects.filter(pk=self.instance.site_id)
            site_field.disabled = True
            return
        sites = sites_for_user(self.for_user, ["add"]).order_by("-is_default_site", "site_name")
        site_field.queryset = sites
        if len(sites) == 1:
            site_field.initial = sites[0].pk
            site_field.disabled = True


class ScheduleSitePermissionsForm(SitePermissionsPanelForm):
    """The "Lịch công tác" panel of the group editor: on which sites the group keeps the
    schedule."""

    model = ScheduleEntry
    permissions_shown = (
        ("add_scheduleentry", "Thêm mục lịch công tác trên các trang"),
        ("change_scheduleentry", "Sửa lịch công tác trên các trang"),
        ("delete_scheduleentry", "Xóa mục lịch công tác trên các trang"),
    )
    heading = "Quyền với lịch công tác"
    panel_id = "schedules-site-permissions"
