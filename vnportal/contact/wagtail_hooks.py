"""The "Thư liên hệ" admin: each site's administrators read and delete their site's
messages, and nobody else's (another site's message is refused by URL too)."""

from django.contrib.admin.utils import quote, unquote
from django.urls import reverse
from django.utils import timezone
from wagtail import hooks
from wagtail.admin.ui.tables import Column
from wagtail.admin.views import generic
from wagtail.admin.views.generic.history import HistoryView
from wagtail.admin.views.generic.usage import UsageView
from wagtail.admin.viewsets.model import ModelViewSet

from vnportal.units.roles import ROLE_PERMISSIONS_HOOK, SITE_ADMIN

from .access import READ, message_for_user, messages_for_user, policy
from .models import ContactMessage

NAMESPACE = "contact_admin"


def _local(value):
    return timezone.localtime(value).strftime("%H:%M %d/%m/%Y") if value else ""


def _site_label(site):
    return site.site_name or site.hostname


class MessageIndexView(generic.IndexView):
    default_ordering = ["-created_at", "-id"]
    page_title = "Thư liên hệ"

    @property
    def list_display(self):
        return [
            "subject",
            Column("reference", label="Mã thư"),
            Column("name", label="Người gửi"),
            Column("created_at", label="Gửi lúc", accessor=lambda m: _local(m.created_at)),
            Column(
                "mailed_at",
                label="Thư điện tử",
                accessor=lambda m: "Đã chuyển" if m.mailed_at else "Chưa chuyển",
            ),
            Column("site", label="Trang", accessor=lambda m: _site_label(m.site)),
        ]

    def get_base_queryset(self):
        return messages_for_user(self.request.user)

    def get_edit_url(self, instance):
        return None

    def get_inspect_url(self, instance):
        if policy.user_has_any_permission_for_instance(self.request.user, READ, instance):
            return reverse(self.inspect_url_name, args=(quote(instance.pk),))

    def get_delete_url(self, instance):
        if policy.user_has_permission_for_instance(self.request.user, "delete", instance):
            return reverse(self.delete_url_name, args=(quote(instance.pk),))


class ScopedMessageMixin:
    object_actions = READ
    pk_url_kwarg = "pk"

    def get_object(self, queryset=None):
        if getattr(self, "object", None) is not None:
            return self.object
        pk = unquote(str(self.kwargs[self.pk_url_kwarg]))
        return message_for_user(self.request.user, pk, self.object_actions)


class MessageInspectView(ScopedMessageMixin, generic.InspectView):
    def get_edit_url(self):
        return None

    def get_delete_url(self):
        if policy.user_has_permission_for_instance(self.request.user, "delete", self.object):
            return reverse(self.delete_url_name, args=(quote(self.object.pk),))


class MessageDeleteView(ScopedMessageMixin, generic.DeleteView):
    object_actions = ("delete",)
    success_message = "Đã xóa thư liên hệ “%(object)s” cùng dữ liệu cá nhân trong thư."


class MessageHistoryView(ScopedMessageMixin, HistoryView):
    pass


class MessageUsageView(ScopedMessageMixin, UsageView):
    pass


class ContactMessageViewSet(ModelViewSet):
    model = ContactMessage
    icon = "mail"
    menu_label = "Thư liên hệ"
    menu_order = 285
    add_to_admin_menu = True
    copy_view_enabled = False
    inspect_view_enabled = True
    add_to_reference_index = False
    index_view_class = MessageIndexView
    inspect_view_class = MessageInspectView
    delete_view_class = MessageDeleteView
    history_view_class = MessageHistoryView
    usage_view_class = MessageUsageView
    inspect_view_fields = [
        "reference",
        "site",
        "created_at",
        "name",
        "email",
        "phone",
        "subject",
        "message",
        "consented_at",
        "mailed_at",
        "is_demo",
    ]
    # Nobody edits a message; the form is only there because the viewset wants one.
    form_fields = ["subject"]

    @property
    def permission_policy(self):
        return policy


@hooks.register("register_admin_viewset")
def register_contact_viewset():
    return ContactMessageViewSet(NAMESPACE, url_prefix="thu-lien-he")


@hooks.register(ROLE_PERMISSIONS_HOOK)
def contact_role_permissions():
    return {SITE_ADMIN: ["contact.view_contactmessage", "contact.delete_contactmessage"]}
