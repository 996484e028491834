"""The trash ("Thùng rác"): pages deleted in the admin wait here for 30 days.

Deleting a page in the admin (one page or a bulk delete) unpublishes it and its
subpages and moves the whole subtree under one `TrashContainerPage` at the top of the
page tree, outside every site: no site's address reaches it, lists and search of a site
(which look under the site's home page, and only at live pages) no longer show it, and
its revisions stay. A `TrashedPage` row remembers where it was and what was live, so
"Khôi phục" puts it back in place and publishes again what was published. The daily
job (`manage.py empty_trash`) deletes for good what has waited longer than
`TRASH_RETENTION_DAYS` (30).
"""

import datetime

from django.conf import settings
from django.db import models
from django.http import Http404
from django.utils import timezone
from wagtail.models import Page

DEFAULT_RETENTION_DAYS = 30


def retention_days() -> int:
    return int(getattr(settings, "TRASH_RETENTION_DAYS", DEFAULT_RETENTION_DAYS))


class TrashContainerPage(Page):
    """Holds the trashed pages of every site. Created on the first deletion, never
    published, never routed, never offered to editors as a page type."""

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = []
    is_creatable = False

    class Meta:
        verbose_name = "Thùng rác"
        verbose_name_plural = "Thùng rác"

    def route(self, request, path_components):
        # Nothing in the trash is served, whatever state it is in.
        raise Http404

    def get_sitemap_urls(self, request=None):
        return []


class TrashedPage(models.Model):
    """A page deleted in the admin, with its subpages, waiting in the trash. Site staff
    see and restore their own site's items (permission to add pages where it was)."""

    page = models.OneToOneField(
        Page, on_delete=models.CASCADE, related_name="trashed", verbose_name="trang"
    )
    title = models.CharField("tiêu đề", max_length=255)
    site = models.ForeignKey(
        "wagtailcore.Site",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name="cổng",
    )
    original_parent = models.ForeignKey(
        Page,
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
        verbose_name="trang cha",
    )
    # The sibling it followed, to go back to the same place in menus and lists.
    left_sibling_id = models.IntegerField(null=True, blank=True)
    original_url_path = models.TextField(blank=True)
    # {page id: id of its live revision or null} for every page of the subtree that was
    # live when it was deleted.
    live_revisions = models.JSONField(default=dict)
    deleted_at = models.DateTimeField("xóa lúc", default=timezone.now, db_index=True)
    deleted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name="người xóa",
    )

    class Meta:
        verbose_name = "trang trong thùng rác"
        verbose_name_plural = "trang trong thùng rác"
        ordering = ["-deleted_at", "-pk"]

    def __str__(self):
        return self.title

    @property
    def expires_at(self):
        return self.deleted_at + datetime.timedelta(days=retention_days())
