"""The survey's admin: each site's administrators read their site's answers with their
comments, and the monthly aggregates; another site's answers stay out of reach."""

from django.contrib.admin.utils import quote, unquote
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.template.response import TemplateResponse
from django.urls import path, reverse
from wagtail import hooks
from wagtail.admin.ui.tables import Column
from wagtail.admin.views import generic
from wagtail.admin.views.generic.history import HistoryView
from wagtail.admin.views.generic.usage import UsageView
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets.button import HeaderButton

from vnportal.units.roles import ROLE_PERMISSIONS_HOOK, SITE_ADMIN

from . import queries, tally
from .access import READ, policy, ratings_for_user, sites_for_user
from .models import Rating

NAMESPACE = "satisfaction_admin"


def _level_label(value):
    return dict(tally.LEVELS).get(value, "—")


class RatingIndexView(generic.IndexView):
    default_ordering = ["-submitted_on", "-id"]
    page_title = "Đánh giá mức độ hài lòng"

    @property
    def list_display(self):
        return [
            Column("submitted_on", label="Ngày", accessor=lambda r: f"{r.submitted_on:%d/%m/%Y}"),
            Column("overall", label="Hài lòng chung", accessor=lambda r: _level_label(r.overall)),
            Column("comment", label="Góp ý", accessor=lambda r: r.comment or "—"),
            Column("site", label="Trang", accessor=lambda r: r.site.site_name or r.site.hostname),
        ]

    def get_base_queryset(self):
        return ratings_for_user(self.request.user)

    def get_edit_url(self, instance):
        return None

    def get_inspect_url(self, instance):
        return reverse(self.inspect_url_name, args=(quote(instance.pk),))

    def get_delete_url(self, instance):
        if policy.user_has_permission_for_instance(self.request.user, "delete", instance):
            return reverse(self.delete_url_name, args=(quote(instance.pk),))

    @property
    def header_more_buttons(self):
        buttons = list(super().header_more_buttons)
        buttons.append(
            HeaderButton(
                "Tổng hợp theo tháng",
                url=reverse(f"{NAMESPACE}:monthly"),
                icon_name="table",
                priority=10,
            )
        )
        return buttons


class ScopedRatingMixin:
    object_actions = READ
    pk_url_kwarg = "pk"

    def get_object(self, queryset=None):
        if getattr(self, "object", None) is not None:
            return self.object
        pk = unquote(str(self.kwargs[self.pk_url_kwarg]))
        rating = Rating.objects.select_related("site").filter(pk=pk).first()
        if rating is None:
            raise Http404("Không có đánh giá này.")
        if not policy.user_has_any_permission_for_instance(
            self.request.user, list(self.object_actions), rating
        ):
            raise PermissionDenied("Bạn không có quyền xem đánh giá của trang này.")
        return rating


class RatingInspectView(ScopedRatingMixin, generic.InspectView):
    def get_edit_url(self):
        return None


class RatingDeleteView(ScopedRatingMixin, generic.DeleteView):
    object_actions = ("delete",)
    success_message = "Đã xóa đánh giá “%(object)s”."


class RatingHistoryView(ScopedRatingMixin, HistoryView):
    pass


class RatingUsageView(ScopedRatingMixin, UsageView):
    pass


def monthly_view(request):
    if not policy.user_has_any_permission(request.user, READ):
        raise PermissionDenied("Bạn không có quyền xem kết quả đánh giá.")
    return TemplateResponse(
        request,
        "satisfaction/admin/monthly.html",
        {
            "months": list(queries.monthly(sites_for_user(request.user))),
            "levels": tally.LEVELS,
            "header_title": "Đánh giá mức độ hài lòng theo tháng",
            "index_url": reverse(f"{NAMESPACE}:index"),
        },
    )


class RatingViewSet(ModelViewSet):
    model = Rating
    icon = "pick"
    menu_label = "Đánh giá hài lòng"
    menu_order = 286
    add_to_admin_menu = True
    copy_view_enabled = False
    inspect_view_enabled = True
    add_to_reference_index = False
    index_view_class = RatingIndexView
    inspect_view_class = RatingInspectView
    delete_view_class = RatingDeleteView
    history_view_class = RatingHistoryView
    usage_view_class = RatingUsageView
    inspect_view_fields = [
        "site",
        "submitted_on",
        "overall",
        "content",
        "findability",
        "speed",
        "mobile",
        "comment",
        "is_demo",
    ]
    # Nobody edits an answer; the form is only there because the viewset wants one.
    form_fields = ["comment"]

    @property
    def permission_policy(self):
        return policy

    def get_urlpatterns(self):
        return super().get_urlpatterns() + [
            path("theo-thang/", monthly_view, name="monthly"),
        ]


@hooks.register("register_admin_viewset")
def register_rating_viewset():
    return RatingViewSet(NAMESPACE, url_prefix="danh-gia-hai-long")


@hooks.register(ROLE_PERMISSIONS_HOOK)
def satisfaction_role_permissions():
    return {SITE_ADMIN: ["satisfaction.view_rating", "satisfaction.delete_rating"]}
