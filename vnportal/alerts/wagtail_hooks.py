"""Admin for alerts, and the hooks through which alerts reach every public page.

The admin views fetch alerts only through access.py (a user sees and changes the alerts
of the sites they work on; any other is refused with Wagtail's permission message) and
save only through actions.py (audit log and page-cache purge)."""

from django import forms
from django.contrib import messages
from django.contrib.admin.utils import quote, unquote
from django.core.exceptions import FieldDoesNotExist, PermissionDenied, ValidationError
from django.shortcuts import redirect
from django.urls import path, reverse
from django.utils import timezone
from django.views.generic import FormView
from wagtail import hooks
from wagtail.admin.admin_url_finder import ModelAdminURLFinder
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel, ObjectList
from wagtail.admin.ui.tables import Column
from wagtail.admin.views import generic
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.views.generic.history import HistoryView
from wagtail.admin.views.generic.usage import UsageView
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets.button import HeaderButton, MenuItem
from wagtail.log_actions import LogFormatter
from wagtail.models import Site

from vnportal.core.banners import BANNERS_HOOK
from vnportal.core.pagecache import TTL_HOOK
from vnportal.units.roles import BOARD, ROLE_PERMISSIONS_HOOK, SITE_ADMIN

from . import actions, banners
from .access import (
    ANY_ACTION,
    alert_for_user,
    alerts_for_user,
    policy,
    sites_for_user,
    units_for_site,
    units_for_user,
)
from .forms import AlertForm, AlertSitePermissionsForm, CancelAlertForm, site_label
from .models import Alert

# Apart from the public pages' "alerts" namespace.
ADMIN_NAMESPACE = "alert_admin"


def _local(value):
    return timezone.localtime(value).strftime("%d/%m/%Y %H:%M") if value else ""


def _action_fields(cleaned_data):
    return {name: cleaned_data[name] for name in actions.EDITABLE_FIELDS if name in cleaned_data}


class ScopedAlertMixin:
    """Instance views: the alert comes from access.py, so another site's alert is refused."""

    object_actions = ("change",)
    pk_url_kwarg = "pk"

    def get_object(self, queryset=None):
        pk = unquote(str(self.kwargs[self.pk_url_kwarg]))
        return alert_for_user(self.request.user, pk, self.object_actions)


class ActionSaveMixin:
    """Create/edit views whose save goes through actions.py; an error the action raises
    goes back to the form instead of becoming a server error."""

    def form_valid(self, form):
        try:
            return super().form_valid(form)
        except ValidationError as error:
            form.add_error(None, error)
            return self.form_invalid(form)


def refuse_foreign_choices(user, data, allowed_sites, allowed_units):
    """A site or unit the form never offered can only come from a hand-made request:
    refuse it outright (403) rather than treat it as a typing error."""

    def ids(values):
        return {int(value) for value in values if str(value).isdigit()}

    if ids([data.get("site", "")]) - set(allowed_sites.values_list("pk", flat=True)):
        raise PermissionDenied("Bạn không có quyền phát cảnh báo trên trang này.")
    if ids(data.getlist("areas")) - set(allowed_units.values_list("pk", flat=True)):
        raise PermissionDenied("Bạn không có quyền phát cảnh báo cho khu vực này.")


class AlertIndexView(generic.IndexView):
    cancel_url_name = None
    default_ordering = "-starts_at"

    @property
    def list_display(self):
        return [
            "headline",
            Column("site", label="Trang phát", accessor=lambda alert: site_label(alert.site)),
            "kind",
            "severity",
            Column("status", label="Trạng thái", accessor=lambda alert: alert.status_label()),
            Column("starts_at", label="Bắt đầu", accessor=lambda alert: _local(alert.starts_at)),
            Column("ends_at", label="Hết hiệu lực", accessor=lambda alert: _local(alert.ends_at)),
        ]

    def get_base_queryset(self):
        return alerts_for_user(self.request.user)

    def _can(self, action, instance):
        return policy.user_has_permission_for_instance(self.request.user, action, instance)

    def get_edit_url(self, instance):
        if self._can("change", instance):
            return reverse(self.edit_url_name, args=(quote(instance.pk),))

    def get_delete_url(self, instance):
        if self._can("delete", instance):
            return reverse(self.delete_url_name, args=(quote(instance.pk),))

    def get_list_more_buttons(self, instance):
        buttons = super().get_list_more_buttons(instance)
        if instance.cancelled_at is None and self._can("change", instance):
            buttons.append(
                MenuItem(
                    "Hủy cảnh báo",
                    url=reverse(self.cancel_url_name, args=(quote(instance.pk),)),
                    icon_name="cross",
                    priority=25,
                )
            )
        return buttons


class AlertCreateView(ActionSaveMixin, generic.CreateView):
    submit_button_label = "Phát cảnh báo"
    submit_button_active_label = "Đang phát…"
    success_message = "Đã phát cảnh báo “%(object)s”."
    error_message = "Chưa phát được cảnh báo: hãy sửa các lỗi bên dưới."

    def get_initial(self):
        initial = super().get_initial()
        site = Site.find_for_request(self.request)
        allowed = sites_for_user(self.request.user, ["add"])
        if site is not None and allowed.filter(pk=site.pk).exists():
            initial["site"] = site.pk
        return initial

    def post(self, request, *args, **kwargs):
        user = request.user
        refuse_foreign_choices(
            user, request.POST, sites_for_user(user, ["add"]), units_for_user(user, ["add"])
        )
        return super().post(request, *args, **kwargs)

    def save_instance(self):
        data = self.form.cleaned_data
        return actions.issue_alert(
            self.request.user, site=data["site"], areas=data["areas"], **_action_fields(data)
        )


class AlertEditView(ScopedAlertMixin, ActionSaveMixin, generic.EditView):
    cancel_url_name = None
    submit_button_label = "Lưu và phát bản cập nhật"
    submit_button_active_label = "Đang lưu…"
    success_message = "Đã cập nhật cảnh báo “%(object)s”."
    error_message = "Chưa lưu được cảnh báo: hãy sửa các lỗi bên dưới."

    def post(self, request, *args, **kwargs):
        self.object = self.get_object()
        refuse_foreign_choices(
            request.user,
            request.POST,
            Site.objects.filter(pk=self.object.site_id),
            units_for_site(self.object.site),
        )
        return super().post(request, *args, **kwargs)

    def save_instance(self):
        data = self.form.cleaned_data
        # The form already copied its data onto self.object; compare against the stored row.
        stored = alert_for_user(self.request.user, self.object.pk, ("change",))
        return actions.update_alert(
            self.request.user, stored, areas=data["areas"], **_action_fields(data)
        )

    @property
    def header_more_buttons(self):
        buttons = list(super().header_more_buttons)
        if self.object.cancelled_at is None:
            buttons.append(
                HeaderButton(
                    "Hủy cảnh báo",
                    url=reverse(self.cancel_url_name, args=(quote(self.object.pk),)),
                    icon_name="cross",
                    priority=15,
                )
            )
        return buttons


class AlertDeleteView(ScopedAlertMixin, generic.DeleteView):
    object_actions = ("delete",)

    def delete_action(self):
        actions.delete_alert(self.request.user, self.object)


class AlertHistoryView(ScopedAlertMixin, HistoryView):
    object_actions = ANY_ACTION


class AlertUsageView(ScopedAlertMixin, UsageView):
    pass


class AlertCancelView(ScopedAlertMixin, WagtailAdminTemplateMixin, FormView):
    template_name = "alerts/admin/cancel.html"
    form_class = CancelAlertForm
    page_title = "Hủy cảnh báo"
    header_icon = "warning"
    index_url_name = None
    edit_url_name = None
    cancel_url_name = None

    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        self.object = self.get_object()

    def get_page_subtitle(self):
        return self.object.headline

    def dispatch(self, request, *args, **kwargs):
        if self.object.cancelled_at is not None:
            messages.warning(request, "Cảnh báo này đã bị hủy trước đó.")
            return redirect(self.index_url_name)
        return super().dispatch(request, *args, **kwargs)

    def form_valid(self, form):
        try:
            actions.cancel_alert(self.request.user, self.object, form.cleaned_data["reason"])
        except ValidationError as error:
            form.add_error(None, error)
            return self.form_invalid(form)
        messages.success(self.request, f"Đã hủy cảnh báo “{self.object.headline}”.")
        return redirect(self.index_url_name)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["alert"] = self.object
        context["action_url"] = reverse(self.cancel_url_name, args=(quote(self.object.pk),))
        context["back_url"] = reverse(self.edit_url_name, args=(quote(self.object.pk),))
        return context


class AlertURLFinder(ModelAdminURLFinder):
    permission_policy = policy
    edit_url_name = f"{ADMIN_NAMESPACE}:edit"

    def get_edit_url(self, instance):
        if policy.user_has_permission_for_instance(self.user, "change", instance):
            return super().get_edit_url(instance)


class AlertViewSet(ModelViewSet):
    model = Alert
    icon = "warning"
    menu_label = "Cảnh báo khẩn cấp"
    menu_order = 250
    add_to_admin_menu = True
    copy_view_enabled = False
    inspect_view_enabled = False
    add_to_reference_index = False
    index_view_class = AlertIndexView
    add_view_class = AlertCreateView
    edit_view_class = AlertEditView
    delete_view_class = AlertDeleteView
    history_view_class = AlertHistoryView
    usage_view_class = AlertUsageView
    edit_handler = ObjectList(
        [
            FieldPanel("site"),
            MultiFieldPanel(
                [
                    FieldRowPanel([FieldPanel("kind"), FieldPanel("severity")]),
                    FieldRowPanel([FieldPanel("urgency"), FieldPanel("certainty")]),
                ],
                heading="Loại và mức độ",
            ),
            FieldPanel("areas", widget=forms.CheckboxSelectMultiple),
            MultiFieldPanel(
                [FieldRowPanel([FieldPanel("starts_at"), FieldPanel("ends_at")])],
                heading="Thời gian hiệu lực",
            ),
            FieldPanel("headline"),
            FieldPanel("description"),
            FieldPanel("instructions"),
            FieldPanel("link"),
        ],
        base_form_class=AlertForm,
    )

    @property
    def permission_policy(self):
        return policy

    @property
    def url_finder_class(self):
        return AlertURLFinder

    def get_index_view_kwargs(self, **kwargs):
        return super().get_index_view_kwargs(cancel_url_name=self.get_url_name("cancel"), **kwargs)

    def get_edit_view_kwargs(self, **kwargs):
        return super().get_edit_view_kwargs(cancel_url_name=self.get_url_name("cancel"), **kwargs)

    @property
    def cancel_view(self):
        return self.construct_view(
            AlertCancelView,
            index_url_name=self.get_url_name("index"),
            edit_url_name=self.get_url_name("edit"),
            cancel_url_name=self.get_url_name("cancel"),
        )

    def get_urlpatterns(self):
        return super().get_urlpatterns() + [
            path("cancel/<int:pk>/", self.cancel_view, name="cancel"),
        ]


@hooks.register("register_admin_viewset")
def register_alert_viewset():
    return AlertViewSet(ADMIN_NAMESPACE, url_prefix="canh-bao")


class CancelFormatter(LogFormatter):
    label = "Hủy cảnh báo"

    def format_message(self, log_entry):
        reason = (log_entry.data or {}).get("reason", "")
        return f"Đã hủy cảnh báo. Lý do: {reason}" if reason else "Đã hủy cảnh báo"


class UpdateFormatter(LogFormatter):
    label = "Cập nhật cảnh báo"

    def format_message(self, log_entry):
        changed = (log_entry.data or {}).get("changed", [])
        names = []
        for name in changed:
            try:
                names.append(str(Alert._meta.get_field(name).verbose_name))
            except FieldDoesNotExist:
                names.append(name)
        if not names:
            return "Đã cập nhật cảnh báo"
        return f"Đã cập nhật cảnh báo: {', '.join(names)}"


@hooks.register("register_log_actions")
def register_alert_log_actions(log_actions):
    log_actions.register_action(actions.ISSUE, "Phát cảnh báo", "Đã phát cảnh báo")
    log_actions.register_action(actions.UPDATE)(UpdateFormatter)
    log_actions.register_action(actions.CANCEL)(CancelFormatter)


@hooks.register(BANNERS_HOOK)
def alert_banners(request):
    return banners.top_banners(request)


@hooks.register(TTL_HOOK)
def alert_page_cache_ttl(request):
    return banners.page_cache_ttl(request)


@hooks.register(ROLE_PERMISSIONS_HOOK)
def alert_role_permissions():
    return {
        BOARD: ["alerts.add_alert", "alerts.change_alert"],
        SITE_ADMIN: ["alerts.add_alert", "alerts.change_alert", "alerts.delete_alert"],
    }


@hooks.register("register_group_permission_panel")
def alert_group_permission_panel():
    return AlertSitePermissionsForm
