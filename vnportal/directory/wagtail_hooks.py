"""The "Cơ cấu tổ chức" admin: each site's departments with their officials.

Every view reaches departments only through access.py: a site's editors see and change
their own site's rows, another site's are refused (403) even by a URL typed by hand.
Saving purges the site's cached pages (signals.py).
"""

from django.core.exceptions import PermissionDenied
from django.db.models import Count
from wagtail import hooks
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel, ObjectList
from wagtail.admin.ui.tables import Column
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.models import Site

from vnportal.core.panels import FormInlinePanel
from vnportal.units.roles import BOARD, EDITOR, ROLE_PERMISSIONS_HOOK, SITE_ADMIN
from vnportal.units.site_owned_admin import (
    SiteOwnedCreateView,
    SiteOwnedDeleteView,
    SiteOwnedEditView,
    SiteOwnedHistoryView,
    SiteOwnedIndexView,
    SiteOwnedUsageView,
    refuse_foreign_site,
)
from vnportal.units.site_permissions import site_label

from .access import access, policy
from .admin_forms import DepartmentForm, DepartmentSitePermissionsForm
from .models import Department

NAMESPACE = "directory_admin"


def _parent_name(department):
    return department.parent.name if department.parent else ""


class DepartmentIndexView(SiteOwnedIndexView):
    access = access
    default_ordering = ["site", "sort_order", "name"]
    search_fields = ["name", "name_en"]
    is_searchable = True
    page_title = "Cơ cấu tổ chức"

    @property
    def list_display(self):
        return [
            "name",
            Column("parent", label="Trực thuộc", accessor=_parent_name),
            Column("people", label="Số cán bộ", accessor="people_count"),
            "sort_order",
            Column("site", label="Trang", accessor=lambda d: site_label(d.site)),
        ]

    def get_base_queryset(self):
        return super().get_base_queryset().annotate(people_count=Count("officials"))

    def search_queryset(self, queryset):
        if not self.is_searching:
            return queryset
        return queryset.filter(name__icontains=self.search_query.strip())


def refuse_foreign_choices(data, allowed_sites):
    """A site or parent the form never offered can only come from a hand-made request:
    refuse it outright (403) rather than treat it as a typing error."""
    refuse_foreign_site(data, allowed_sites, "Bạn không có quyền ghi cơ cấu tổ chức của trang này.")
    parent = str(data.get("parent", "")).strip()
    if parent and (
        not parent.isdigit()
        or not Department.objects.filter(pk=int(parent), site__in=allowed_sites).exists()
    ):
        raise PermissionDenied("Bạn không có quyền chọn đơn vị cấp trên của trang khác.")


class DepartmentCreateView(SiteOwnedCreateView):
    access = access
    success_message = "Đã thêm “%(object)s”."

    def post(self, request, *args, **kwargs):
        refuse_foreign_choices(request.POST, access.sites_for_user(request.user, ["add"]))
        return super().post(request, *args, **kwargs)


class DepartmentEditView(SiteOwnedEditView):
    access = access
    success_message = "Đã lưu “%(object)s”."

    def post(self, request, *args, **kwargs):
        self.object = self.get_object()
        refuse_foreign_choices(request.POST, Site.objects.filter(pk=self.object.site_id))
        return super().post(request, *args, **kwargs)


class DepartmentDeleteView(SiteOwnedDeleteView):
    access = access
    success_message = "Đã xóa “%(object)s”."


class DepartmentHistoryView(SiteOwnedHistoryView):
    access = access


class DepartmentUsageView(SiteOwnedUsageView):
    access = access


class DepartmentViewSet(ModelViewSet):
    model = Department
    icon = "group"
    menu_label = "Cơ cấu tổ chức"
    menu_order = 215
    add_to_admin_menu = True
    copy_view_enabled = False
    inspect_view_enabled = False
    add_to_reference_index = False
    index_view_class = DepartmentIndexView
    add_view_class = DepartmentCreateView
    edit_view_class = DepartmentEditView
    delete_view_class = DepartmentDeleteView
    history_view_class = DepartmentHistoryView
    usage_view_class = DepartmentUsageView
    edit_handler = ObjectList(
        [
            FieldPanel("site"),
            MultiFieldPanel(
                [
                    FieldPanel("name"),
                    FieldPanel("name_en"),
                    FieldRowPanel([FieldPanel("parent"), FieldPanel("sort_order")]),
                    FieldPanel("slug"),
                ],
                heading="Cơ quan, đơn vị",
            ),
            MultiFieldPanel(
                [FieldPanel("duties"), FieldPanel("duties_en")],
                heading="Chức năng, nhiệm vụ",
            ),
            MultiFieldPanel(
                [
                    FieldPanel("address"),
                    FieldRowPanel([FieldPanel("phone"), FieldPanel("email")]),
                ],
                heading="Liên hệ",
            ),
            FormInlinePanel(
                "officials",
                panels=[
                    FieldRowPanel([FieldPanel("full_name"), FieldPanel("is_leader")]),
                    FieldRowPanel([FieldPanel("position"), FieldPanel("position_en")]),
                    FieldPanel("photo"),
                    FieldPanel("duties"),
                    FieldRowPanel([FieldPanel("phone"), FieldPanel("email")]),
                ],
                heading="Cán bộ",
                label="Cán bộ",
            ),
        ],
        base_form_class=DepartmentForm,
    )

    @property
    def permission_policy(self):
        return policy


@hooks.register("register_admin_viewset")
def register_department_viewset():
    return DepartmentViewSet(NAMESPACE, url_prefix="co-cau-to-chuc")


DEPARTMENT_ALL = [
    "directory.add_department",
    "directory.change_department",
    "directory.delete_department",
]


@hooks.register(ROLE_PERMISSIONS_HOOK)
def directory_role_permissions():
    return {EDITOR: DEPARTMENT_ALL, BOARD: DEPARTMENT_ALL, SITE_ADMIN: DEPARTMENT_ALL}


@hooks.register("register_group_permission_panel")
def directory_group_permission_panel():
    return DepartmentSitePermissionsForm
