"""Admin views for rows that belong to a site, reached only through a `SiteOwnedAccess`
(site_owned.py): a site's staff list, add, change and delete their own site's rows, and
another site's row is refused (403) even by a URL typed by hand.

A viewset's views subclass these and set `access`; the viewset's `permission_policy` is
`access.policy`.
"""

from django.contrib.admin.utils import quote, unquote
from django.core.exceptions import PermissionDenied
from django.urls import reverse
from wagtail.admin.views import generic
from wagtail.admin.views.generic.history import HistoryView
from wagtail.admin.views.generic.usage import UsageView
from wagtail.models import Site

from .site_owned import ANY_ACTION

SAVE_ERROR = "Chưa lưu được: hãy sửa các lỗi bên dưới. Những gì bạn đã nhập vẫn còn."


def refuse_foreign_site(data, allowed_sites, message):
    """A site the form never offered can only come from a hand-made request: refuse it
    outright (403) rather than treat it as a typing error."""
    value = str(data.get("site", "")).strip()
    if value and (not value.isdigit() or not allowed_sites.filter(pk=int(value)).exists()):
        raise PermissionDenied(message)


class SiteOwnedIndexView(generic.IndexView):
    access = None

    def get_base_queryset(self):
        return self.access.rows_for_user(self.request.user)

    def get_edit_url(self, instance):
        if self.access.can(self.request.user, "change", instance):
            return reverse(self.edit_url_name, args=(quote(instance.pk),))

    def get_delete_url(self, instance):
        if self.access.can(self.request.user, "delete", instance):
            return reverse(self.delete_url_name, args=(quote(instance.pk),))


class ScopedRowMixin:
    """Instance views: the row comes from the access object, so another site's is refused."""

    access = None
    object_actions = ("change",)
    pk_url_kwarg = "pk"

    def get_object(self, queryset=None):
        if getattr(self, "object", None) is not None:
            return self.object
        pk = unquote(str(self.kwargs[self.pk_url_kwarg]))
        return self.access.row_for_user(self.request.user, pk, self.object_actions)


class SiteOwnedCreateView(generic.CreateView):
    """Starts on the site the admin was opened on, when the user may add there."""

    access = None
    error_message = SAVE_ERROR

    def get_initial(self):
        initial = super().get_initial()
        site = Site.find_for_request(self.request)
        allowed = self.access.sites_for_user(self.request.user, ["add"])
        if site is not None and allowed.filter(pk=site.pk).exists():
            initial["site"] = site.pk
        return initial


class SiteOwnedEditView(ScopedRowMixin, generic.EditView):
    error_message = SAVE_ERROR


class SiteOwnedDeleteView(ScopedRowMixin, generic.DeleteView):
    object_actions = ("delete",)


class SiteOwnedHistoryView(ScopedRowMixin, HistoryView):
    object_actions = ANY_ACTION


class SiteOwnedUsageView(ScopedRowMixin, UsageView):
    object_actions = ANY_ACTION
