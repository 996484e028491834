"""Announcements (thông báo) and public investment projects with their procurement
packages (dự án, đấu thầu), as Wagtail pages below each site's home page.

Both live in the page tree, so a site's pages, its editors' permissions and the page-cache
purge on publishing all come from Wagtail. What changes with time (a notice expiring, a
package closing) is computed from dates and the clock, never stored."""

from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.db import models
from django.utils import timezone
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.models import Orderable, Page
from wagtail.search import index

from .money import format_vnd
from .status import BidStatus, bid_status

PAGE_SIZE = 20
PAGE_PARAM = "trang"
MUASAMCONG_URL = "https://muasamcong.mpi.gov.vn/"


def paginate(request, items):
    return Paginator(items, PAGE_SIZE).get_page(request.GET.get(PAGE_PARAM))


class Attachment(Orderable):
    document = models.ForeignKey(
        "wagtaildocs.Document", verbose_name="Tệp", on_delete=models.CASCADE, related_name="+"
    )
    label = models.CharField(
        "Tên hiển thị", max_length=255, blank=True, help_text="Để trống để dùng tên tệp."
    )

    panels = [FieldPanel("document"), FieldPanel("label")]

    class Meta(Orderable.Meta):
        abstract = True
        verbose_name = "Tệp đính kèm"
        verbose_name_plural = "Tệp đính kèm"

    @property
    def shown_label(self):
        return self.label or self.document.title


# Thông báo ---------------------------------------------------------------------------


class NoticeIndexPage(RoutablePageMixin, Page):
    intro = models.TextField("Giới thiệu", blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    subpage_types = ["notices.NoticePage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = "Trang thông báo"

    def notices(self):
        return (
            NoticePage.objects.live()
            .child_of(self)
            .order_by("-issued_on", "-first_published_at", "-pk")
        )

    def current_notices(self, today=None):
        today = today or timezone.localdate()
        return self.notices().filter(
            models.Q(valid_until__isnull=True) | models.Q(valid_until__gte=today)
        )

    def expired_notices(self, today=None):
        today = today or timezone.localdate()
        return self.notices().filter(valid_until__lt=today)

    def _render_list(self, request, notices, expired):
        context = self.get_context(request)
        context["notices"] = paginate(request, notices)
        context["showing_expired"] = expired
        context["today"] = timezone.localdate()
        return self.render(request, context_overrides=context)

    @path("")
    def current(self, request):
        return self._render_list(request, self.current_notices(), expired=False)

    @path("da-het-han/")
    def expired(self, request):
        return self._render_list(request, self.expired_notices(), expired=True)


class NoticePage(Page):
    number = models.CharField(
        "Số, ký hiệu", max_length=100, blank=True, help_text="Ví dụ: 125/TB-UBND."
    )
    issued_on = models.DateField("Ngày ban hành", default=timezone.localdate)
    issuing_office = models.CharField("Cơ quan ban hành", max_length=255)
    body = RichTextField("Nội dung", blank=True)
    valid_until = models.DateField(
        "Hiệu lực đến hết ngày",
        null=True,
        blank=True,
        help_text="Để trống nếu thông báo không có thời hạn. Sau ngày này thông báo được "
        "chuyển sang mục “Đã hết hạn” nhưng vẫn xem được.",
    )

    content_panels = Page.content_panels + [
        FieldRowPanel([FieldPanel("number"), FieldPanel("issued_on"), FieldPanel("valid_until")]),
        FieldPanel("issuing_office"),
        FieldPanel("body"),
        InlinePanel("attachments", label="Tệp đính kèm"),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("number"),
        index.SearchField("issuing_office"),
        index.SearchField("body"),
    ]
    parent_page_types = ["notices.NoticeIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = "Thông báo"

    def clean(self):
        super().clean()
        if self.valid_until and self.issued_on and self.valid_until < self.issued_on:
            raise ValidationError(
                {"valid_until": "Ngày hết hiệu lực không được trước ngày ban hành."}
            )

    def is_expired(self, today=None):
        today = today or timezone.localdate()
        return self.valid_until is not None and self.valid_until < today

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["expired"] = self.is_expired()
        return context


class NoticeAttachment(Attachment):
    page = ParentalKey(NoticePage, on_delete=models.CASCADE, related_name="attachments")


# Dự án, đấu thầu ---------------------------------------------------------------------


class Phase(models.TextChoices):
    PREPARING = "chuan-bi-dau-tu", "Chuẩn bị đầu tư"
    ONGOING = "dang-thuc-hien", "Đang thực hiện"
    DONE = "hoan-thanh", "Hoàn thành"


class BidForm(models.TextChoices):
    OPEN = "rong-rai", "Đấu thầu rộng rãi"
    LIMITED = "han-che", "Đấu thầu hạn chế"
    DIRECT = "chi-dinh-thau", "Chỉ định thầu"
    SHOPPING = "chao-hang-canh-tranh", "Chào hàng cạnh tranh"
    DIRECT_PURCHASE = "mua-sam-truc-tiep", "Mua sắm trực tiếp"
    SELF = "tu-thuc-hien", "Tự thực hiện"


def packages_on_site(site):
    """Packages of the live projects below the site's home page."""
    return BidPackage.objects.filter(
        project__live=True, project__path__startswith=site.root_page.path
    )


def open_packages(site, now=None):
    now = now or timezone.now()
    return (
        packages_on_site(site)
        .filter(closes_at__gt=now, winner="")
        .select_related("project")
        .order_by("closes_at", "pk")
    )


def next_closing(site, now=None):
    now = now or timezone.now()
    found = open_packages(site, now).values_list("closes_at", flat=True).first()
    return found


class ProjectIndexPage(Page):
    intro = models.TextField("Giới thiệu", blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    subpage_types = ["notices.ProjectPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = "Trang dự án, đấu thầu"

    def projects(self, phase=None):
        projects = ProjectPage.objects.live().child_of(self)
        if phase:
            projects = projects.filter(phase=phase)
        return projects.order_by("-starts_on", "-first_published_at", "-pk")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        phase = request.GET.get("giai-doan", "")
        if phase not in Phase.values:
            phase = ""
        context["phase"] = phase
        context["phases"] = Phase.choices
        context["projects"] = paginate(request, self.projects(phase))
        site = self.get_site()
        context["open_packages"] = list(
            open_packages(site).filter(project__path__startswith=self.path)
        )
        context["muasamcong_url"] = MUASAMCONG_URL
        return context


class ProjectPage(Page):
    investor = models.CharField("Chủ đầu tư", max_length=255)
    location = models.CharField("Địa điểm thực hiện", max_length=255, blank=True)
    total_investment = models.PositiveBigIntegerField(
        "Tổng mức đầu tư (đồng)", null=True, blank=True, help_text="Nhập số đồng, không dấu chấm."
    )
    capital_source = models.CharField("Nguồn vốn", max_length=255, blank=True)
    phase = models.CharField(
        "Giai đoạn", max_length=30, choices=Phase.choices, default=Phase.PREPARING
    )
    starts_on = models.DateField("Thời gian bắt đầu", null=True, blank=True)
    ends_on = models.DateField("Thời gian hoàn thành", null=True, blank=True)
    description = RichTextField("Mô tả dự án", blank=True)

    content_panels = Page.content_panels + [
        FieldPanel("investor"),
        FieldPanel("location"),
        FieldRowPanel([FieldPanel("total_investment"), FieldPanel("capital_source")]),
        FieldRowPanel([FieldPanel("phase"), FieldPanel("starts_on"), FieldPanel("ends_on")]),
        FieldPanel("description"),
        InlinePanel("attachments", label="Tệp đính kèm"),
        MultiFieldPanel([InlinePanel("packages", label="Gói thầu")], heading="Gói thầu của dự án"),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("investor"),
        index.SearchField("location"),
        index.SearchField("description"),
    ]
    parent_page_types = ["notices.ProjectIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = "Dự án"

    def clean(self):
        super().clean()
        if self.starts_on and self.ends_on and self.ends_on < self.starts_on:
            raise ValidationError(
                {"ends_on": "Thời gian hoàn thành không được trước thời gian bắt đầu."}
            )

    @property
    def total_investment_text(self):
        return format_vnd(self.total_investment)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["now"] = timezone.now()
        context["muasamcong_url"] = MUASAMCONG_URL
        return context


class BidPackage(Orderable):
    project = ParentalKey(ProjectPage, on_delete=models.CASCADE, related_name="packages")
    name = models.CharField("Tên gói thầu", max_length=500)
    form = models.CharField(
        "Hình thức lựa chọn nhà thầu", max_length=30, choices=BidForm.choices, default=BidForm.OPEN
    )
    estimated_price = models.PositiveBigIntegerField("Giá gói thầu (đồng)", null=True, blank=True)
    closes_at = models.DateTimeField("Thời điểm đóng thầu")
    procurement_url = models.URLField(
        "Liên kết trên Hệ thống mạng đấu thầu quốc gia",
        max_length=500,
        blank=True,
        help_text=f"Để trống để dẫn tới {MUASAMCONG_URL}",
    )
    winner = models.CharField(
        "Nhà thầu trúng thầu", max_length=500, blank=True, help_text="Điền khi đã có kết quả."
    )
    winning_price = models.PositiveBigIntegerField("Giá trúng thầu (đồng)", null=True, blank=True)
    result_on = models.DateField("Ngày phê duyệt kết quả", null=True, blank=True)

    panels = [
        FieldPanel("name"),
        FieldRowPanel([FieldPanel("form"), FieldPanel("estimated_price")]),
        FieldPanel("closes_at"),
        FieldPanel("procurement_url"),
        FieldRowPanel([FieldPanel("winner"), FieldPanel("winning_price"), FieldPanel("result_on")]),
    ]

    class Meta(Orderable.Meta):
        verbose_name = "Gói thầu"
        verbose_name_plural = "Gói thầu"

    def __str__(self):
        return self.name

    def clean(self):
        super().clean()
        errors = {}
        if (self.winning_price is not None or self.result_on) and not self.winner:
            errors["winner"] = "Hãy nhập nhà thầu trúng thầu khi công bố kết quả."
        if self.winner and self.closes_at and self.result_on:
            if self.result_on < timezone.localdate(self.closes_at):
                errors["result_on"] = "Ngày phê duyệt kết quả không được trước ngày đóng thầu."
        if errors:
            raise ValidationError(errors)

    def status(self, now=None) -> BidStatus:
        return bid_status(self.closes_at, bool(self.winner), now or timezone.now())

    @property
    def link(self):
        return self.procurement_url or MUASAMCONG_URL

    @property
    def estimated_price_text(self):
        return format_vnd(self.estimated_price)

    @property
    def winning_price_text(self):
        return format_vnd(self.winning_price)


class ProjectAttachment(Attachment):
    page = ParentalKey(ProjectPage, on_delete=models.CASCADE, related_name="attachments")
