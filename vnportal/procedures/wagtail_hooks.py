"""The "Thủ tục hành chính" admin: each site's editors keep their site's procedures.

Every view reaches procedures only through access.py: another site's are refused (403)
even by a URL typed by hand. Saving purges the site's cached pages (signals.py).
"""

from wagtail import hooks
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel, ObjectList
from wagtail.admin.ui.tables import Column
from wagtail.admin.viewsets.model import ModelViewSet

from vnportal.units.roles import BOARD, EDITOR, ROLE_PERMISSIONS_HOOK, SITE_ADMIN
from vnportal.units.site_owned_admin import (
    SiteOwnedCreateView,
    SiteOwnedDeleteView,
    SiteOwnedEditView,
    SiteOwnedHistoryView,
    SiteOwnedIndexView,
    SiteOwnedUsageView,
)
from vnportal.units.site_permissions import site_label

from .access import access
from .access import policy as procedure_policy
from .admin_forms import ProcedureForm, ProcedureSitePermissionsForm
from .models import Procedure, search_procedures

NAMESPACE = "procedures_admin"


class ProcedureIndexView(SiteOwnedIndexView):
    access = access
    default_ordering = ["site", "field", "sort_order", "name"]
    search_fields = ["name"]
    is_searchable = True
    page_title = "Thủ tục hành chính"

    @property
    def list_display(self):
        return [
            "name",
            "code",
            "field",
            Column("level", label="Cấp", accessor="get_level_display"),
            Column("online_level", label="Trực tuyến", accessor="get_online_level_display"),
            Column("site", label="Trang", accessor=lambda p: site_label(p.site)),
        ]

    def search_queryset(self, queryset):
        if not self.is_searching:
            return queryset
        return search_procedures(queryset, self.search_query)


class ProcedureCreateView(SiteOwnedCreateView):
    access = access
    success_message = "Đã thêm thủ tục “%(object)s”."


class ProcedureEditView(SiteOwnedEditView):
    access = access
    success_message = "Đã lưu thủ tục “%(object)s”."


class ProcedureDeleteView(SiteOwnedDeleteView):
    access = access
    success_message = "Đã xóa thủ tục “%(object)s”."


class ProcedureHistoryView(SiteOwnedHistoryView):
    access = access


class ProcedureUsageView(SiteOwnedUsageView):
    access = access


class ProcedureViewSet(ModelViewSet):
    model = Procedure
    icon = "list-ul"
    menu_label = "Thủ tục hành chính"
    menu_order = 245
    add_to_admin_menu = True
    copy_view_enabled = False
    inspect_view_enabled = False
    add_to_reference_index = False
    index_view_class = ProcedureIndexView
    add_view_class = ProcedureCreateView
    edit_view_class = ProcedureEditView
    delete_view_class = ProcedureDeleteView
    history_view_class = ProcedureHistoryView
    usage_view_class = ProcedureUsageView
    edit_handler = ObjectList(
        [
            FieldPanel("site"),
            MultiFieldPanel(
                [
                    FieldPanel("name"),
                    FieldRowPanel([FieldPanel("code"), FieldPanel("field")]),
                    FieldRowPanel([FieldPanel("level"), FieldPanel("online_level")]),
                    FieldPanel("sort_order"),
                ],
                heading="Thủ tục",
            ),
            MultiFieldPanel(
                [FieldPanel("processing_time"), FieldPanel("fees")],
                heading="Thời hạn, phí và lệ phí",
            ),
            FieldPanel("url"),
        ],
        base_form_class=ProcedureForm,
    )

    @property
    def permission_policy(self):
        return procedure_policy


@hooks.register("register_admin_viewset")
def register_procedure_viewset():
    return ProcedureViewSet(NAMESPACE, url_prefix="thu-tuc-hanh-chinh")


PROCEDURE_ALL = [
    "procedures.add_procedure",
    "procedures.change_procedure",
    "procedures.delete_procedure",
]


@hooks.register(ROLE_PERMISSIONS_HOOK)
def procedures_role_permissions():
    return {EDITOR: PROCEDURE_ALL, BOARD: PROCEDURE_ALL, SITE_ADMIN: PROCEDURE_ALL}


@hooks.register("register_group_permission_panel")
def procedures_group_permission_panel():
    return ProcedureSitePermissionsForm
