"""The "Lịch công tác" admin: each site's entries, reached only through access.py, so
that editors see and change their own site's schedule and another site's entry is
refused (403) even by a URL typed by hand. Saving or deleting purges the site's cached
pages (signals.py)."""

import datetime

import django_filters
from django import forms
from django.utils import timezone
from django.utils.text import Truncator
from wagtail import hooks
from wagtail.admin.admin_url_finder import ModelAdminURLFinder
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel, ObjectList
from wagtail.admin.ui.tables import Column
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.models import Site

from vnportal.core.pagecache import TTL_HOOK
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

from .access import access, can, policy
from .admin_forms import ScheduleEntryForm, ScheduleSitePermissionsForm
from .models import ScheduleEntry, Status
from .weeks import Week, vn_date

NAMESPACE = "schedule_admin"
CONTENT_CHARS = 80


FOREIGN_SITE = "Bạn không có quyền ghi lịch công tác trên trang này."


class ScheduleFilterSet(WagtailFilterSet):
    week = django_filters.DateFilter(
        label="Tuần có ngày",
        method="filter_week",
        widget=forms.DateInput(attrs={"type": "date"}),
        help_text="Chọn một ngày để xem cả tuần (Thứ Hai đến Chủ nhật) chứa ngày đó.",
    )
    status = django_filters.ChoiceFilter(
        label="Tình trạng", choices=Status.choices, empty_label="Tất cả"
    )
    published = django_filters.BooleanFilter(label="Công khai")

    class Meta:
        model = ScheduleEntry
        fields = []

    def filter_week(self, queryset, name, value):
        if not value:
            return queryset
        week = Week.containing(value)
        return queryset.in_days(week.monday, week.sunday)


class ScheduleIndexView(SiteOwnedIndexView):
    access = access
    default_ordering = ["-date", "starts_at", "pk"]
    search_fields = ["content", "place", "chaired_by"]
    is_searchable = True
    filterset_class = ScheduleFilterSet
    page_title = "Lịch công tác"

    @property
    def list_display(self):
        return [
            Column(
                "date",
                label="Ngày",
                accessor=lambda entry: vn_date(entry.date),
                sort_key="date",
            ),
            Column("starts_at", label="Giờ", accessor="time_label", sort_key="starts_at"),
            Column(
                "content",
                label="Nội dung",
                accessor=lambda entry: Truncator(entry.content).chars(CONTENT_CHARS),
            ),
            Column("chaired_by", label="Chủ trì"),
            Column("status", label="Tình trạng", accessor="get_status_display"),
            Column(
                "published",
                label="Công khai",
                accessor=lambda entry: "Có" if entry.published else "Không",
            ),
            Column("site", label="Trang", accessor=lambda entry: site_label(entry.site)),
        ]

    def search_queryset(self, queryset):
        if not self.is_searching:
            return queryset
        query = self.search_query.strip()
        return (
            queryset.filter(content__icontains=query)
            | queryset.filter(place__icontains=query)
            | queryset.filter(chaired_by__icontains=query)
        )


class ScheduleCreateView(SiteOwnedCreateView):
    access = access
    success_message = "Đã thêm mục lịch công tác “%(object)s”."
    error_message = "Chưa lưu được mục lịch: hãy sửa các lỗi bên dưới."

    def get_initial(self):
        initial = super().get_initial()
        initial.setdefault("date", timezone.localdate() + datetime.timedelta(days=1))
        return initial

    def post(self, request, *args, **kwargs):
        allowed = access.sites_for_user(request.user, ["add"])
        refuse_foreign_site(request.POST, allowed, FOREIGN_SITE)
        return super().post(request, *args, **kwargs)


class ScheduleEditView(SiteOwnedEditView):
    access = access
    success_message = "Đã lưu mục lịch công tác “%(object)s”."
    error_message = "Chưa lưu được mục lịch: hãy sửa các lỗi bên dưới."

    def post(self, request, *args, **kwargs):
        self.object = self.get_object()
        allowed = Site.objects.filter(pk=self.object.site_id)
        refuse_foreign_site(request.POST, allowed, FOREIGN_SITE)
        return super().post(request, *args, **kwargs)


class ScheduleDeleteView(SiteOwnedDeleteView):
    access = access
    success_message = "Đã xóa mục lịch công tác “%(object)s”."


class ScheduleHistoryView(SiteOwnedHistoryView):
    access = access


class ScheduleUsageView(SiteOwnedUsageView):
    access = access


class ScheduleURLFinder(ModelAdminURLFinder):
    permission_policy = policy
    edit_url_name = f"{NAMESPACE}:edit"

    def get_edit_url(self, instance):
        if can(self.user, "change", instance):
            return super().get_edit_url(instance)


class ScheduleViewSet(ModelViewSet):
    model = ScheduleEntry
    icon = "date"
    menu_label = "Lịch công tác"
    menu_order = 240
    add_to_admin_menu = True
    copy_view_enabled = False
    inspect_view_enabled = False
    add_to_reference_index = False
    index_view_class = ScheduleIndexView
    add_view_class = ScheduleCreateView
    edit_view_class = ScheduleEditView
    delete_view_class = ScheduleDeleteView
    history_view_class = ScheduleHistoryView
    usage_view_class = ScheduleUsageView
    edit_handler = ObjectList(
        [
            FieldPanel("site"),
            FieldRowPanel([FieldPanel("date"), FieldPanel("starts_at"), FieldPanel("ends_at")]),
            FieldPanel("content"),
            FieldPanel("place"),
            FieldPanel("chaired_by"),
            FieldPanel("participants"),
            FieldPanel("preparing_unit"),
            MultiFieldPanel(
                [FieldPanel("status"), FieldPanel("status_note")], heading="Thay đổi, hoãn"
            ),
            FieldPanel("published"),
        ],
        base_form_class=ScheduleEntryForm,
    )

    @property
    def permission_policy(self):
        return policy

    @property
    def url_finder_class(self):
        return ScheduleURLFinder


@hooks.register("register_admin_viewset")
def register_schedule_viewset():
    return ScheduleViewSet(NAMESPACE, url_prefix="lich-cong-tac")


# The office keeps the schedule as editors keep articles; deleting is for the board and
# the site administrator (a postponed meeting is marked "Hoãn", not deleted).
ENTRY_ADD_CHANGE = ["schedules.add_scheduleentry", "schedules.change_scheduleentry"]
ENTRY_ALL = [*ENTRY_ADD_CHANGE, "schedules.delete_scheduleentry"]


@hooks.register(ROLE_PERMISSIONS_HOOK)
def schedule_role_permissions():
    return {EDITOR: ENTRY_ADD_CHANGE, BOARD: ENTRY_ALL, SITE_ADMIN: ENTRY_ALL}


@hooks.register("register_group_permission_panel")
def schedule_group_permission_panel():
    return ScheduleSitePermissionsForm


@hooks.register(TTL_HOOK)
def schedule_page_cache_ttl(request):
    return getattr(request, "schedules_cache_seconds", None)
