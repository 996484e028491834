"""Admin views of royalties and statistics. Periods and sites come only from access.py
(another site's period is refused: 403), changes go only through actions.py."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.http import HttpResponse
from django.shortcuts import redirect
from django.urls import reverse
from django.views import View
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from . import actions
from .access import (
    ADD,
    ASSESS,
    CLOSE,
    VIEW,
    can,
    period_for_user,
    periods_for_user,
    site_for_user,
    sites_for_user,
)
from .exports import export_csv, export_xlsx, file_name
from .forms import AssessmentForm, PeriodForm, StatisticsForm, coefficient_name, note_name
from .models import RoyaltyBound
from .reports import assessment_of, period_articles, royalty_report
from .statistics import article_statistics, default_range

NAMESPACE = "editorial_admin"


def url(name, *args):
    return reverse(f"{NAMESPACE}:{name}", args=args)


def _require_any_site(user, actions, message):
    if not sites_for_user(user, actions).exists():
        raise PermissionDenied(message)


class AdminPage(WagtailAdminTemplateMixin, TemplateView):
    header_icon = "table"

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": url("periods"), "label": "Nhuận bút"},
            {"url": "", "label": self.get_page_title()},
        ]


class PeriodIndexView(AdminPage):
    template_name = "editorial/admin/periods.html"
    page_title = "Kỳ nhuận bút"

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": "Nhuận bút"}]

    def dispatch(self, request, *args, **kwargs):
        _require_any_site(request.user, [VIEW], "Bạn không có quyền xem nhuận bút.")
        return super().dispatch(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        user = self.request.user
        periods = list(periods_for_user(user).order_by("site__site_name", "-starts_on"))
        rows = [
            {
                "period": period,
                "can_assess": not period.is_closed and can(user, ASSESS, period),
            }
            for period in periods
        ]
        return super().get_context_data(
            rows=rows,
            can_add=sites_for_user(user, [ADD]).exists(),
            add_url=url("period_add"),
            statistics_url=url("statistics"),
            **kwargs,
        )


class PeriodCreateView(AdminPage):
    template_name = "editorial/admin/period_form.html"
    page_title = "Tạo kỳ nhuận bút"

    def dispatch(self, request, *args, **kwargs):
        self.sites = sites_for_user(request.user, [ADD])
        if not self.sites.exists():
            raise PermissionDenied("Bạn không có quyền tạo kỳ nhuận bút.")
        return super().dispatch(request, *args, **kwargs)

    def post(self, request, *args, **kwargs):
        site_id = request.POST.get("site", "")
        if site_id.isdigit() and not self.sites.filter(pk=site_id).exists():
            # A site the form never offered can only come from a hand-made request.
            raise PermissionDenied("Bạn không có quyền tạo kỳ nhuận bút cho trang này.")
        form = PeriodForm(request.POST, sites=self.sites)
        if form.is_valid():
            data = form.cleaned_data
            try:
                period = actions.create_period(
                    request.user,
                    site=data["site"],
                    name=data["name"],
                    starts_on=data["starts_on"],
                    ends_on=data["ends_on"],
                )
            except ValidationError as error:
                form.add_error(None, error)
            else:
                messages.success(request, f"Đã tạo kỳ nhuận bút “{period.name}”.")
                return redirect(url("report", period.pk))
        return self.render_to_response(self.get_context_data(form=form))

    def get_context_data(self, **kwargs):
        kwargs.setdefault("form", PeriodForm(sites=self.sites))
        return super().get_context_data(action_url=url("period_add"), **kwargs)


class PeriodMixin:
    period_action = VIEW

    def dispatch(self, request, *args, **kwargs):
        self.period = period_for_user(request.user, kwargs["pk"], self.period_action)
        self.site = self.period.site
        return super().dispatch(request, *args, **kwargs)


class ReportView(PeriodMixin, AdminPage):
    template_name = "editorial/admin/report.html"

    def get_page_title(self):
        return f"Nhuận bút {self.period.name} – {self.site.site_name}"

    def get_context_data(self, **kwargs):
        user = self.request.user
        report = royalty_report(self.site, self.period)
        return super().get_context_data(
            report=report,
            period=self.period,
            xlsx_url=url("export_xlsx", self.period.pk),
            csv_url=url("export_csv", self.period.pk),
            assess_url=url("assess", self.period.pk),
            close_url=url("close", self.period.pk),
            can_assess=not report.closed and can(user, ASSESS, self.period),
            can_close=not report.closed and can(user, CLOSE, self.period),
            **kwargs,
        )


class ExportView(PeriodMixin, View):
    kind = "xlsx"
    content_types = {
        "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "csv": "text/csv; charset=utf-8",
    }

    def get(self, request, *args, **kwargs):
        report = royalty_report(self.site, self.period)
        writer = export_xlsx if self.kind == "xlsx" else export_csv
        response = HttpResponse(
            writer(self.site, self.period, report=report),
            content_type=self.content_types[self.kind],
        )
        response["Content-Disposition"] = f'attachment; filename="{file_name(report, self.kind)}"'
        return response


class OpenPeriodMixin(PeriodMixin):
    """Pages that change a period: a closed one sends the reader to its report."""

    def get(self, request, *args, **kwargs):
        if self.period.is_closed:
            messages.warning(request, self.period.closed_message())
            return redirect(url("report", self.period.pk))
        return super().get(request, *args, **kwargs)


class AssessView(OpenPeriodMixin, AdminPage):
    template_name = "editorial/admin/assess.html"
    period_action = ASSESS

    def get_page_title(self):
        return f"Chấm hệ số nhuận bút {self.period.name} – {self.site.site_name}"

    def _form(self, data=None):
        articles = list(period_articles(self.site, self.period))
        assessments = {}
        for article in articles:
            if (assessment := assessment_of(article)) is not None:
                assessments[article.pk] = assessment
        bounds = {bound.kind: bound for bound in RoyaltyBound.objects.all()}
        return AssessmentForm(data, articles=articles, assessments=assessments, bounds=bounds)

    def post(self, request, *args, **kwargs):
        if self.period.is_closed:
            messages.error(request, self.period.closed_message())
            return redirect(url("report", self.period.pk))
        form = self._form(request.POST)
        if form.is_valid():
            try:
                changed = self._save(form)
            except ValidationError as error:
                form.add_error(None, error)
            else:
                messages.success(request, f"Đã lưu hệ số của {changed} bài.")
                return redirect(url("report", self.period.pk))
        messages.error(request, "Chưa lưu hệ số nào: hãy sửa các ô báo lỗi bên dưới.")
        return self.render_to_response(self.get_context_data(form=form))

    @transaction.atomic
    def _save(self, form):
        """Save every changed coefficient, or none if one is refused."""
        changed = 0
        for article in form.articles:
            coefficient = form.cleaned_data[coefficient_name(article)]
            note = form.cleaned_data[note_name(article)] if coefficient is not None else ""
            before = form.assessments.get(article.pk)
            if before is None and coefficient is None:
                continue
            if before is not None and (before.coefficient, before.note) == (coefficient, note):
                continue
            actions.assess_article(
                self.request.user, article, coefficient, note=note, period=self.period
            )
            changed += 1
        return changed

    def get_context_data(self, **kwargs):
        kwargs.setdefault("form", self._form())
        return super().get_context_data(
            period=self.period,
            action_url=url("assess", self.period.pk),
            report_url=url("report", self.period.pk),
            **kwargs,
        )


class CloseView(OpenPeriodMixin, AdminPage):
    template_name = "editorial/admin/close.html"
    period_action = CLOSE

    def get_page_title(self):
        return f"Khóa kỳ nhuận bút {self.period.name} – {self.site.site_name}"

    def post(self, request, *args, **kwargs):
        try:
            actions.close_period(request.user, self.period)
        except ValidationError as error:
            for message in error.messages:
                messages.error(request, message)
            return redirect(url("report", self.period.pk))
        messages.success(
            request, f"Đã khóa kỳ “{self.period.name}”: bảng kê không thay đổi được nữa."
        )
        return redirect(url("report", self.period.pk))

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            period=self.period,
            report=royalty_report(self.site, self.period),
            action_url=url("close", self.period.pk),
            report_url=url("report", self.period.pk),
            **kwargs,
        )


class StatisticsView(AdminPage):
    template_name = "editorial/admin/statistics.html"
    page_title = "Thống kê tin bài"

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.page_title}]

    def get(self, request, *args, **kwargs):
        user = request.user
        sites = sites_for_user(user, [VIEW])
        if not sites.exists():
            raise PermissionDenied("Bạn không có quyền xem thống kê tin bài.")
        site_id = request.GET.get("site", "")
        if site_id:
            if not site_id.isdigit():
                raise PermissionDenied("Bạn không có quyền xem số liệu của trang này.")
            site = site_for_user(user, int(site_id), VIEW)
        else:
            site = sites.select_related("root_page").first()
        start, end = default_range()
        data = {
            "site": site.pk,
            "starts_on": request.GET.get("starts_on") or start.isoformat(),
            "ends_on": request.GET.get("ends_on") or end.isoformat(),
        }
        form = StatisticsForm(data, sites=sites)
        result = None
        if form.is_valid():
            result = article_statistics(
                site, form.cleaned_data["starts_on"], form.cleaned_data["ends_on"]
            )
        return self.render_to_response(self.get_context_data(form=form, result=result, site=site))
