"""The portal's own satisfaction survey (Decree 224/2026 art. 10): a page with a short
form and the aggregated results, and the anonymous answers behind them.

Confidential by construction: an answer holds the site, the day and the levels chosen,
and an optional comment; no name, contact, address, time of day or cookie ties it to a
person. The one-answer-a-day rule is kept in the cache (once.py), not here.
"""

from django.db import models
from django.utils import timezone
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page, Site

from .tally import CRITERIA, LEVELS


class SatisfactionPage(Page):
    """ "Đánh giá mức độ hài lòng": the survey form and the last 12 months' results.
    Linked from the footer, not the main menu. Editors may change the introduction."""

    intro = RichTextField("Giới thiệu", blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    parent_page_types = ["core.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = "Trang đánh giá mức độ hài lòng"

    def serve(self, request, *args, **kwargs):
        from . import views

        return views.satisfaction_page(request, self)


def _level(label, required=False):
    return models.PositiveSmallIntegerField(
        label, choices=LEVELS, null=not required, blank=not required
    )


_LABELS = dict(CRITERIA)


class Rating(models.Model):
    """One anonymous answer to a site's survey. Only the day is kept: a time would let
    someone match the answer to a visit in the server's logs."""

    site = models.ForeignKey(
        Site, verbose_name="Trang", on_delete=models.CASCADE, related_name="satisfaction_ratings"
    )
    submitted_on = models.DateField("Ngày đánh giá", default=timezone.localdate, db_index=True)
    overall = _level(_LABELS["overall"], required=True)
    content = _level(_LABELS["content"])
    findability = _level(_LABELS["findability"])
    speed = _level(_LABELS["speed"])
    mobile = _level(_LABELS["mobile"])
    comment = models.TextField("Góp ý", blank=True)
    is_demo = models.BooleanField("Dữ liệu mẫu", default=False)

    class Meta:
        verbose_name = "Đánh giá mức độ hài lòng"
        verbose_name_plural = "Đánh giá mức độ hài lòng"
        ordering = ["-submitted_on", "-pk"]

    def __str__(self):
        return f"{self.submitted_on:%d/%m/%Y} – {self.get_overall_display()}"
