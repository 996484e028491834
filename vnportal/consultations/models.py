"""Drafts put out for public comment (lấy ý kiến dự thảo) and the comments people send.

A draft belongs to one site and is kept by that site's editors; comments on it are
moderated by the site's board. Whether a draft takes comments is never stored: it follows
from `opens_at`, `closes_at` and the clock, so commenting closes by itself at the closing
time without any job running.

Commenters give a name and a contact (phone or e-mail) that stay private: public pages,
feeds and exports show only `shown_name`, which is "Người góp ý" unless the commenter
chose to show their given name (tên, the last word of họ và tên). The contact is shown in
the admin only to holders of `view_commenter_contact`, and every showing is logged as a
ModerationEvent.
"""

import datetime
import math
from functools import partial

from django.conf import settings
from django.db import models, transaction
from django.utils import timezone
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path, re_path
from wagtail.models import Orderable, Page, Site

from vnportal.core.pagecache import purge_sites
from vnportal.vntext import slugify

ANONYMOUS_NAME = "Người góp ý"


def purge_site_pages(site_id):
    """Drop the site's cached pages now and again after commit: a reader who rendered in
    between may have cached the old state."""
    purge_sites([site_id])
    transaction.on_commit(partial(purge_sites, [site_id]))


def unique_slug(draft):
    """The draft's slug (from its title when empty), made unique on its site with -2, -3…"""
    base = slugify(draft.slug or draft.title, max_length=100) or "du-thao"
    taken = set(
        Draft.objects.filter(site_id=draft.site_id, slug__startswith=base)
        .exclude(pk=draft.pk)
        .values_list("slug", flat=True)
    )
    slug, number = base, 2
    while slug in taken:
        slug, number = f"{base}-{number}", number + 1
    return slug


class Phase(models.TextChoices):
    UPCOMING = "sap-mo", "Sắp lấy ý kiến"
    OPEN = "dang-lay-y-kien", "Đang lấy ý kiến"
    CLOSED = "da-ket-thuc", "Đã kết thúc"


class DraftQuerySet(models.QuerySet):
    def public(self):
        return self.filter(live=True)

    def open_at(self, now):
        return self.filter(opens_at__lte=now, closes_at__gt=now)


class Draft(ClusterableModel):
    """One draft of one site, with its text, sections and files; editors write it, the
    board moderates its comments and publishes the report (báo cáo tiếp thu, giải trình)."""

    site = models.ForeignKey(
        Site, verbose_name="Trang", on_delete=models.CASCADE, related_name="consultation_drafts"
    )
    title = models.CharField("Tên dự thảo", max_length=500)
    slug = models.SlugField(
        "Đường dẫn",
        max_length=120,
        blank=True,
        help_text="Để trống để tạo từ tên dự thảo.",
    )
    summary = models.TextField("Tóm tắt", blank=True)
    drafting_body = models.CharField("Cơ quan chủ trì soạn thảo", max_length=255)
    opens_at = models.DateTimeField("Bắt đầu lấy ý kiến")
    closes_at = models.DateTimeField(
        "Kết thúc lấy ý kiến", help_text="Từ thời điểm này biểu mẫu góp ý tự đóng."
    )
    body = models.TextField("Nội dung dự thảo", blank=True)
    live = models.BooleanField("Công khai", default=True)
    report_text = models.TextField("Báo cáo tiếp thu, giải trình", blank=True)
    report_published_at = models.DateTimeField(
        "Ngày công bố báo cáo",
        null=True,
        blank=True,
        help_text="Báo cáo hiện trên trang dự thảo từ thời điểm này; để trống khi chưa công bố.",
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = DraftQuerySet.as_manager()

    class Meta:
        verbose_name = "Dự thảo lấy ý kiến"
        verbose_name_plural = "Dự thảo lấy ý kiến"
        constraints = [
            models.UniqueConstraint(fields=["site", "slug"], name="consultation_unique_slug"),
        ]
        indexes = [
            models.Index(fields=["site", "live", "-closes_at"], name="consultation_site_close"),
        ]
        permissions = [
            ("moderate_draft", "Kiểm duyệt và tiếp thu ý kiến góp ý dự thảo"),
            ("view_commenter_contact", "Xem thông tin liên hệ của người góp ý"),
        ]

    def __str__(self):
        return self.title

    def phase(self, now=None) -> Phase:
        now = now or timezone.now()
        if now < self.opens_at:
            return Phase.UPCOMING
        if now < self.closes_at:
            return Phase.OPEN
        return Phase.CLOSED

    def is_open(self, now=None) -> bool:
        return self.phase(now) == Phase.OPEN

    def days_left(self, now=None) -> int:
        """Whole days until closing, counted by Vietnam calendar days: 0 on the last day."""
        now = now or timezone.now()
        # The last open moment's day: a draft closing at 00:00 on the 10th ends on the 9th.
        last_day = timezone.localdate(self.closes_at - datetime.timedelta(microseconds=1))
        return max(0, (last_day - timezone.localdate(now)).days)

    def hours_left(self, now=None) -> int:
        now = now or timezone.now()
        return max(0, math.ceil((self.closes_at - now).total_seconds() / 3600))

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = unique_slug(self)
        super().save(*args, **kwargs)
        purge_site_pages(self.site_id)

    def delete(self, *args, **kwargs):
        site_id = self.site_id
        result = super().delete(*args, **kwargs)
        purge_site_pages(site_id)
        return result

    def report_is_published(self, now=None) -> bool:
        now = now or timezone.now()
        return bool(self.report_published_at and self.report_published_at <= now)


class DraftSection(Orderable):
    """A part of the draft (chương, điều) that people may comment on by itself."""

    draft = ParentalKey(Draft, on_delete=models.CASCADE, related_name="sections")
    heading = models.CharField("Tiêu đề phần", max_length=255)
    text = models.TextField("Nội dung phần", blank=True)

    class Meta(Orderable.Meta):
        verbose_name = "Phần của dự thảo"
        verbose_name_plural = "Các phần của dự thảo"

    def __str__(self):
        return self.heading


def draft_file_path(instance, filename):
    today = timezone.localdate()
    return f"lay-y-kien/{today:%Y/%m}/{filename}"


class DraftFile(Orderable):
    """A file of the draft (PDF, DOC, DOCX, ODT), accepted by its content like a legal
    document's attachment and stored under the draft's slug and a content hash."""

    draft = ParentalKey(Draft, on_delete=models.CASCADE, related_name="files")
    file = models.FileField("Tệp", upload_to=draft_file_path, max_length=255)
    name = models.CharField("Tên hiển thị", max_length=255, blank=True)
    kind = models.CharField(max_length=8, editable=False, blank=True)
    size = models.PositiveBigIntegerField(editable=False, default=0)
    sha256 = models.CharField(max_length=64, editable=False, blank=True)
    notices = models.TextField(editable=False, blank=True)

    class Meta(Orderable.Meta):
        verbose_name = "Tệp dự thảo"
        verbose_name_plural = "Tệp dự thảo"

    def __str__(self):
        return self.name or self.file.name.rsplit("/", 1)[-1]


class CommentStatus(models.TextChoices):
    PENDING = "cho-duyet", "Chờ duyệt"
    APPROVED = "da-duyet", "Đã duyệt"
    REJECTED = "tu-choi", "Từ chối"


class RejectionReason(models.TextChoices):
    """The only grounds on which a comment may be kept off the page (issue #7): criticism
    of the authorities is legitimate and is never one of them."""

    SPAM = "spam", "Quảng cáo, tin rác"
    THREAT = "de-doa", "Đe dọa"
    THIRD_PARTY_DATA = "du-lieu-ca-nhan", "Chứa dữ liệu cá nhân của người khác"


class Uptake(models.TextChoices):
    ACCEPTED = "tiep-thu", "Tiếp thu"
    PARTLY = "tiep-thu-mot-phan", "Tiếp thu một phần"
    EXPLAINED = "giai-trinh", "Giải trình"


class Comment(models.Model):
    """One person's comment on a draft, or on one of its sections. `name` and `contact`
    are personal data: never on a public page, a feed or an export."""

    draft = models.ForeignKey(Draft, on_delete=models.CASCADE, related_name="comments")
    section = models.ForeignKey(
        DraftSection,
        verbose_name="Phần góp ý",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="comments",
    )
    name = models.CharField("Họ và tên", max_length=120)
    contact = models.CharField("Điện thoại hoặc thư điện tử", max_length=254)
    shown_name = models.CharField("Tên hiển thị", max_length=120, default=ANONYMOUS_NAME)
    content = models.TextField("Nội dung góp ý")
    consented_at = models.DateTimeField()
    submitted_at = models.DateTimeField(default=timezone.now)
    status = models.CharField(
        "Trạng thái",
        max_length=12,
        choices=CommentStatus.choices,
        default=CommentStatus.PENDING,
    )
    moderated_at = models.DateTimeField(null=True, blank=True)
    uptake = models.CharField(
        "Tiếp thu, giải trình", max_length=20, choices=Uptake.choices, blank=True
    )
    response = models.TextField("Nội dung tiếp thu, giải trình", blank=True)

    class Meta:
        verbose_name = "Ý kiến góp ý"
        verbose_name_plural = "Ý kiến góp ý"
        ordering = ["submitted_at", "pk"]
        indexes = [
            models.Index(fields=["draft", "status", "submitted_at"], name="consultation_comments"),
        ]

    def __str__(self):
        return f"Ý kiến của {self.shown_name} ({self.submitted_at:%d/%m/%Y})"


class ModerationEvent(models.Model):
    """The audit trail of a comment: approvals, rejections with their reason, uptake
    recorded, and every showing of the commenter's contact to a member of staff."""

    class Action(models.TextChoices):
        APPROVE = "duyet", "Duyệt"
        REJECT = "tu-choi", "Từ chối"
        UPTAKE = "tiep-thu", "Ghi tiếp thu, giải trình"
        VIEW_CONTACT = "xem-lien-he", "Xem thông tin liên hệ"

    comment = models.ForeignKey(Comment, on_delete=models.CASCADE, related_name="events")
    action = models.CharField(max_length=16, choices=Action.choices)
    reason = models.CharField(max_length=20, choices=RejectionReason.choices, blank=True)
    note = models.TextField(blank=True)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = "Nhật ký kiểm duyệt"
        verbose_name_plural = "Nhật ký kiểm duyệt"
        ordering = ["at", "pk"]

    def __str__(self):
        return f"{self.get_action_display()} ({self.at:%d/%m/%Y %H:%M})"


class ConsultationIndexPage(RoutablePageMixin, Page):
    """ "Lấy ý kiến": the site's drafts for public comment, each at `<slug>/`."""

    intro = models.TextField("Giới thiệu", blank=True)

    parent_page_types = ["core.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = "Trang lấy ý kiến dự thảo"

    @path("", name="list")
    def list_view(self, request):
        from . import views

        return views.draft_list(request, self)

    @re_path(r"^(?P<slug>[-a-z0-9]+)/$", name="detail")
    def detail(self, request, slug):
        from . import views

        return views.draft_detail(request, self, slug)
