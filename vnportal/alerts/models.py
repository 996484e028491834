"""Emergency alerts (cảnh báo khẩn cấp) shown across the sites of a province and published
as OASIS CAP 1.2 messages."""

import uuid

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from wagtail.models import Site


class AlertKind(models.TextChoices):
    STORM = "bao", "Bão"
    TROPICAL_DEPRESSION = "ap_thap_nhiet_doi", "Áp thấp nhiệt đới"
    FLOOD = "lu", "Lũ"
    LANDSLIDE = "sat_lo", "Sạt lở"
    SALINE_INTRUSION = "xam_nhap_man", "Xâm nhập mặn"
    EPIDEMIC = "dich_benh", "Dịch bệnh"
    OTHER = "khac", "Khác"


# CAP 1.2 section 3.2.2 `category`. Floods are hydro-meteorological, as national weather
# services file them; landslides are geophysical; salinity is environmental.
CAP_CATEGORIES = {
    AlertKind.STORM: "Met",
    AlertKind.TROPICAL_DEPRESSION: "Met",
    AlertKind.FLOOD: "Met",
    AlertKind.LANDSLIDE: "Geo",
    AlertKind.SALINE_INTRUSION: "Env",
    AlertKind.EPIDEMIC: "Health",
    AlertKind.OTHER: "Other",
}


class Severity(models.TextChoices):
    """CAP `severity`; the stored values are CAP's own tokens."""

    EXTREME = "Extreme", "Cực kỳ nguy hiểm"
    SEVERE = "Severe", "Nguy hiểm"
    MODERATE = "Moderate", "Trung bình"
    MINOR = "Minor", "Nhẹ"
    UNKNOWN = "Unknown", "Chưa xác định"


# Most severe first: banners and lists put the gravest alert on top.
SEVERITY_RANK = {
    Severity.EXTREME: 0,
    Severity.SEVERE: 1,
    Severity.MODERATE: 2,
    Severity.MINOR: 3,
    Severity.UNKNOWN: 4,
}


class Urgency(models.TextChoices):
    """CAP `urgency`: how soon people should act."""

    IMMEDIATE = "Immediate", "Hành động ngay"
    EXPECTED = "Expected", "Hành động trong vòng một giờ tới"
    FUTURE = "Future", "Hành động trong thời gian tới"
    PAST = "Past", "Không còn cần hành động"
    UNKNOWN = "Unknown", "Chưa xác định"


class Certainty(models.TextChoices):
    """CAP `certainty`: how sure the issuer is that the event happens."""

    OBSERVED = "Observed", "Đã xảy ra"
    LIKELY = "Likely", "Nhiều khả năng xảy ra"
    POSSIBLE = "Possible", "Có thể xảy ra"
    UNLIKELY = "Unlikely", "Ít khả năng xảy ra"
    UNKNOWN = "Unknown", "Chưa xác định"


def new_identifier(hostname):
    """A CAP identifier: unique worldwide and free of the spaces, commas, "<" and "&"
    that CAP 1.2 forbids."""
    return f"{hostname}.canh-bao.{uuid.uuid4().hex}"


class Alert(models.Model):
    """An emergency alert: storm, flood, landslide, epidemic... While active (not
    cancelled, `starts_at` <= now < `ends_at`) it shows at the top of every page of every
    site it affects: the site of each unit in `areas`, and of every commune under a
    province in `areas`.

    Staff with the alert permission on the issuing `site` (GroupSitePermission, or the
    global permission for province staff) issue, update and cancel it, only through
    `actions.py`, which writes the audit log and purges the affected sites' page cache.
    A commune issues alerts for itself only; the province for itself and any commune.
    `identifier` and `sender` are fixed at issue so every CAP message about the alert
    can refer to the first one.
    """

    site = models.ForeignKey(
        Site, verbose_name="Trang phát cảnh báo", on_delete=models.CASCADE, related_name="alerts"
    )
    identifier = models.CharField("Mã CAP", max_length=200, unique=True, editable=False)
    sender = models.CharField("Nơi gửi (CAP)", max_length=255, editable=False)
    kind = models.CharField("Loại thiên tai, sự cố", max_length=32, choices=AlertKind.choices)
    severity = models.CharField(
        "Mức độ nguy hiểm", max_length=16, choices=Severity.choices, default=Severity.SEVERE
    )
    urgency = models.CharField(
        "Mức độ khẩn cấp", max_length=16, choices=Urgency.choices, default=Urgency.EXPECTED
    )
    certainty = models.CharField(
        "Mức độ chắc chắn", max_length=16, choices=Certainty.choices, default=Certainty.LIKELY
    )
    areas = models.ManyToManyField(
        "units.Unit",
        verbose_name="Khu vực ảnh hưởng",
        related_name="alerts",
        help_text="Chọn tỉnh nghĩa là mọi xã, phường, đặc khu trong tỉnh.",
    )
    starts_at = models.DateTimeField("Bắt đầu hiệu lực")
    ends_at = models.DateTimeField("Hết hiệu lực")
    headline = models.CharField(
        "Tiêu đề", max_length=160, help_text="Ngắn gọn, dưới 160 ký tự: hiện trên mọi trang."
    )
    description = models.TextField("Mô tả tình hình")
    instructions = models.TextField("Hướng dẫn người dân")
    link = models.URLField("Liên kết thêm thông tin", blank=True)
    version = models.PositiveIntegerField("Lần cập nhật", default=1, editable=False)
    revised_at = models.DateTimeField("Cập nhật lúc", null=True, blank=True, editable=False)
    cancelled_at = models.DateTimeField("Hủy lúc", null=True, blank=True, editable=False)
    cancel_reason = models.TextField("Lý do hủy", blank=True, editable=False)
    sent_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name="Người phát",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        editable=False,
    )
    created_at = models.DateTimeField("Phát lúc", auto_now_add=True)
    updated_at = models.DateTimeField("Sửa lần cuối", auto_now=True)

    class Meta:
        verbose_name = "Cảnh báo khẩn cấp"
        verbose_name_plural = "Cảnh báo khẩn cấp"
        ordering = ["-starts_at", "-pk"]
        indexes = [models.Index(fields=["ends_at", "starts_at"], name="alert_window_idx")]

    def __str__(self):
        return self.headline

    def clean(self):
        super().clean()
        if self.starts_at and self.ends_at and self.ends_at <= self.starts_at:
            start = timezone.localtime(self.starts_at)
            raise ValidationError(
                {
                    "ends_at": (
                        "Thời điểm hết hiệu lực phải sau thời điểm bắt đầu "
                        f"({start:%H:%M %d/%m/%Y}). Hãy chọn một thời điểm muộn hơn."
                    )
                }
            )

    @property
    def cap_category(self):
        return CAP_CATEGORIES[self.kind]

    @property
    def severity_rank(self):
        return SEVERITY_RANK.get(self.severity, len(SEVERITY_RANK))

    def status(self, now=None):
        """ "cancelled", "scheduled", "active" or "ended" at `now`."""
        now = now or timezone.now()
        if self.cancelled_at is not None:
            return "cancelled"
        if now < self.starts_at:
            return "scheduled"
        if now < self.ends_at:
            return "active"
        return "ended"

    def status_label(self, now=None):
        return STATUS_LABELS[self.status(now)]

    @property
    def is_active(self):
        return self.status() == "active"


STATUS_LABELS = {
    "cancelled": "Đã hủy",
    "scheduled": "Sắp có hiệu lực",
    "active": "Đang có hiệu lực",
    "ended": "Đã hết hiệu lực",
}
