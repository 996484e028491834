"""Admin pages of the feedback statistics and their exports.

Who sees what: the statistics of a site need the handling permission on that site
(feedback.handle_submission through a GroupSitePermission); the province view, over
every site, needs it globally (a Django permission, or a superuser). Another site is
refused (403) even through a URL typed by hand; a site that does not exist is 404.
"""

from django import forms
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponse
from django.urls import reverse
from django.utils.http import urlencode
from django.views import View
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.models import Site

from .access import HANDLE, policy, sites_for_user
from .charts import bar_chart
from .stats import default_period, feedback_statistics, site_label
from .stats_export import display, export_csv, export_xlsx, file_name, tables_of

NAMESPACE = "feedback_stats"
PROVINCE = "tinh"
DATE_FORMATS = ["%Y-%m-%d", "%d/%m/%Y"]
DATE_INPUT = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")


def stats_sites(user):
    """The sites whose statistics the user may see."""
    return sites_for_user(user, [HANDLE]).order_by("-is_default_site", "site_name", "pk")


def may_see_province(user):
    # A global Django permission (not one given per site) is what makes province staff.
    return user.is_active and user.has_perm("feedback.handle_submission")


def may_see_any(user):
    return policy.user_has_any_permission(user, [HANDLE])


class StatsForm(forms.Form):
    site = forms.ChoiceField(label="Phạm vi", required=False)
    starts_on = forms.DateField(
        label="Từ ngày", required=False, widget=DATE_INPUT, input_formats=DATE_FORMATS
    )
    ends_on = forms.DateField(
        label="Đến ngày", required=False, widget=DATE_INPUT, input_formats=DATE_FORMATS
    )

    def __init__(self, *args, sites, province, **kwargs):
        super().__init__(*args, **kwargs)
        choices = [(PROVINCE, "Toàn tỉnh (mọi trang)")] if province else []
        choices += [(str(site.pk), site_label(site)) for site in sites]
        self.fields["site"].choices = choices
        for name in ("starts_on", "ends_on"):
            self.fields[name].error_messages["invalid"] = "Hãy nhập ngày dạng ngày/tháng/năm."

    def clean(self):
        cleaned = super().clean()
        start, end = cleaned.get("starts_on"), cleaned.get("ends_on")
        if start and end and end < start:
            self.add_error("ends_on", "Ngày kết thúc phải sau ngày bắt đầu.")
        return cleaned


class StatsMixin:
    """Reads the scope and the period from the query string, refusing any scope the user
    may not see: `self.site` (None for the province), `self.form`, `self.result`."""

    def dispatch(self, request, *args, **kwargs):
        user = request.user
        if not may_see_any(user):
            raise PermissionDenied("Bạn không có quyền xem thống kê hỏi đáp.")
        province = may_see_province(user)
        sites = stats_sites(user)
        self.site = self._scope(request.GET.get("site", ""), user, province, sites)
        start, end = default_period()
        data = {
            "site": PROVINCE if self.site is None else str(self.site.pk),
            "starts_on": request.GET.get("starts_on") or start.isoformat(),
            "ends_on": request.GET.get("ends_on") or end.isoformat(),
        }
        self.form = StatsForm(data, sites=sites, province=province)
        self.result = None
        if self.form.is_valid():
            self.result = feedback_statistics(
                self.site, self.form.cleaned_data["starts_on"], self.form.cleaned_data["ends_on"]
            )
        return super().dispatch(request, *args, **kwargs)

    @staticmethod
    def _scope(value, user, province, sites):
        if value == PROVINCE or (not value and province):
            if not province:
                raise PermissionDenied("Chỉ cán bộ cấp tỉnh xem được thống kê toàn tỉnh.")
            return None
        if not value:
            return sites.first()
        if not value.isdigit():
            raise Http404("Không có trang này.")
        site = Site.objects.filter(pk=int(value)).first()
        if site is None:
            raise Http404("Không có trang này.")
        if not policy.user_has_permission_for_instance(user, HANDLE, site):
            raise PermissionDenied("Bạn không có quyền xem thống kê hỏi đáp của trang này.")
        return site


class StatsView(StatsMixin, WagtailAdminTemplateMixin, TemplateView):
    template_name = "feedback/stats/index.html"
    page_title = "Thống kê hỏi đáp"
    header_icon = "list-ol"

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.page_title}]

    def get_context_data(self, **kwargs):
        tables = []
        query = ""
        if self.result is not None:
            for table in tables_of(self.result):
                chart_title = f"Biểu đồ: {table.title.lower()}"
                tables.append(
                    {
                        "table": table,
                        "header": table.header,
                        "rows": [[display(cell) for cell in row] for row in table.rows],
                        "total": [display(cell) for cell in table.total] if table.total else None,
                        "chart": bar_chart(chart_title, table.chart) if table.chart else "",
                    }
                )
            query = urlencode(
                {
                    "site": self.form.data["site"],
                    "starts_on": self.result.starts_on.isoformat(),
                    "ends_on": self.result.ends_on.isoformat(),
                }
            )
        return super().get_context_data(
            form=self.form,
            result=self.result,
            tables=tables,
            csv_url=f"{reverse(f'{NAMESPACE}:export_csv')}?{query}",
            xlsx_url=f"{reverse(f'{NAMESPACE}:export_xlsx')}?{query}",
            **kwargs,
        )


class ExportView(StatsMixin, View):
    kind = "csv"
    content_types = {
        "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "csv": "text/csv; charset=utf-8",
    }

    def get(self, request, *args, **kwargs):
        if self.result is None:
            # A period typed wrong: the page shows why, the export has nothing to give.
            return HttpResponse(
                "Kỳ thống kê không hợp lệ: hãy chọn lại ngày trên trang thống kê.",
                status=400,
                content_type="text/plain; charset=utf-8",
            )
        writer = export_xlsx if self.kind == "xlsx" else export_csv
        response = HttpResponse(writer(self.result), content_type=self.content_types[self.kind])
        name = file_name(self.result, self.kind)
        response["Content-Disposition"] = f'attachment; filename="{name}"'
        return response
