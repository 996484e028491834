"""The leaders' weekly work schedule (lịch công tác) of each site, and the page that
shows it week by week."""

import datetime

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path, re_path
from wagtail.models import Page, Site

from .weeks import MAX_YEAR, MIN_YEAR


class Status(models.TextChoices):
    NORMAL = "binh-thuong", "Bình thường"
    CHANGED = "thay-doi", "Thay đổi"
    POSTPONED = "hoan", "Hoãn"


class ScheduleEntryQuerySet(models.QuerySet):
    def public(self):
        return self.filter(published=True)

    def in_days(self, first, last):
        return self.filter(date__gte=first, date__lte=last)


class ScheduleEntry(models.Model):
    """One item of a site's lịch công tác: who chairs (chủ trì) what, when, where, with
    whom (thành phần). The office of the People's Committee keeps it in the admin; only
    published entries reach the public page, the feed and the API. Entries name
    positions or people as the office writes them; a postponed entry stays listed,
    marked "Hoãn", so that those invited learn of it."""

    site = models.ForeignKey(
        Site, on_delete=models.CASCADE, related_name="schedule_entries", verbose_name="Trang"
    )
    date = models.DateField(
        "Ngày",
        validators=[
            MinValueValidator(
                datetime.date(MIN_YEAR, 1, 1),
                f"Ngày phải từ năm {MIN_YEAR} trở đi.",
            ),
            MaxValueValidator(
                datetime.date(MAX_YEAR, 12, 31),
                f"Ngày phải trước năm {MAX_YEAR + 1}.",
            ),
        ],
    )
    starts_at = models.TimeField("Giờ bắt đầu")
    ends_at = models.TimeField("Giờ kết thúc", null=True, blank=True)
    content = models.TextField("Nội dung")
    place = models.CharField("Địa điểm", max_length=255, blank=True)
    chaired_by = models.CharField(
        "Chủ trì", max_length=255, help_text="Ví dụ: Chủ tịch UBND xã; Phó Chủ tịch UBND tỉnh."
    )
    participants = models.TextField("Thành phần", blank=True)
    preparing_unit = models.CharField("Đơn vị chuẩn bị", max_length=255, blank=True)
    status = models.CharField(
        "Tình trạng", max_length=20, choices=Status.choices, default=Status.NORMAL
    )
    status_note = models.CharField(
        "Ghi chú thay đổi",
        max_length=500,
        blank=True,
        help_text="Bắt buộc khi lịch thay đổi hoặc hoãn: nêu điều đã thay đổi hoặc lý do hoãn.",
    )
    published = models.BooleanField(
        "Công khai", default=True, help_text="Bỏ chọn để ẩn mục này khỏi trang lịch công tác."
    )
    created_at = models.DateTimeField("Tạo lúc", auto_now_add=True)
    updated_at = models.DateTimeField("Cập nhật lúc", auto_now=True)

    objects = ScheduleEntryQuerySet.as_manager()

    class Meta:
        verbose_name = "Mục lịch công tác"
        verbose_name_plural = "Lịch công tác"
        ordering = ["date", "starts_at", "pk"]
        indexes = [models.Index(fields=["site", "date"])]

    def __str__(self):
        return f"{self.date:%d/%m/%Y} {self.starts_at:%H:%M} – {self.content[:60]}"

    @property
    def time_label(self):
        if self.ends_at is None:
            return f"{self.starts_at:%H:%M}"
        return f"{self.starts_at:%H:%M} – {self.ends_at:%H:%M}"

    @property
    def is_postponed(self):
        return self.status == Status.POSTPONED

    def clean(self):
        errors = {}
        if self.starts_at and self.ends_at and self.ends_at <= self.starts_at:
            errors["ends_at"] = (
                f"Giờ kết thúc ({self.ends_at:%H:%M}) phải sau giờ bắt đầu "
                f"({self.starts_at:%H:%M}). Nếu không rõ giờ kết thúc, hãy để trống."
            )
        if self.status != Status.NORMAL and not (self.status_note or "").strip():
            errors["status_note"] = (
                "Hãy ghi rõ lịch thay đổi thế nào hoặc lý do hoãn để người dự họp biết."
            )
        for name in ("content", "chaired_by"):
            if not (getattr(self, name) or "").strip():
                errors[name] = "Trường này không được để trống."
        if errors:
            raise ValidationError(errors)


class SchedulePage(RoutablePageMixin, Page):
    """ "Lịch công tác": the site's schedule, one ISO week at a time (the current week at
    the page's own URL, others at `tuan/2026-48/`), a print view of each week and an
    iCalendar feed at `ical/` (Wagtail serves no path with a dot in it). The entries are
    edited in the admin, not here."""

    intro = models.TextField("Giới thiệu", blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    parent_page_types = ["core.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = "Trang lịch công tác"

    @path("", name="current")
    def current_week(self, request):
        from . import views

        return views.week_view(request, self, None)

    @re_path(r"^tuan/(?P<key>[0-9]{4}-[0-9]{1,2})/$", name="week")
    def week(self, request, key):
        from . import views

        return views.week_view(request, self, key)

    @path("in/", name="print_current")
    def print_current_week(self, request):
        from . import views

        return views.week_view(request, self, None, printing=True)

    @re_path(r"^tuan/(?P<key>[0-9]{4}-[0-9]{1,2})/in/$", name="print_week")
    def print_week(self, request, key):
        from . import views

        return views.week_view(request, self, key, printing=True)

    @path("ical/", name="ical")
    def ical_feed(self, request):
        from . import views

        return views.ical_view(request, self)
