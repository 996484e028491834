"""Royalties (nhuận bút) for the articles of a portal.

Decree 224/2026 art. 20 applies the press royalty regime to electronic information
portals; Decree 18/2014/NĐ-CP art. 20 sets the royalty of a work at
coefficient × 10% × base salary (mức lương cơ sở), the coefficient chosen by the
editorial board within bounds per kind of work. See docs/royalties.md.
"""

from decimal import Decimal

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models

from vnportal.news.kinds import ArticleKind

from .articles import local_date, site_of_article

COEFFICIENT_DIGITS = {"max_digits": 4, "decimal_places": 1}


def format_number(value):
    """A coefficient as Vietnamese write it: 8 → "8", 8.5 → "8,5"."""
    value = Decimal(value)
    text = f"{value:f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text.replace(".", ",")


def format_date(day):
    return day.strftime("%d/%m/%Y") if day else ""


class RoyaltyBound(models.Model):
    """The lowest and highest royalty coefficient for one kind of article (Decree
    18/2014: coefficient ceilings per kind of work).

    One row per ArticleKind, province-wide (the same for every site). Edited by province
    staff (superusers) in "Cài đặt › Khung hệ số nhuận bút". The data migration seeds the
    issue's figures (tin up to 10, ảnh up to 10, bình luận up to 30) and, for the kinds it
    does not state, defaults the province is expected to set: bài, video, phỏng vấn up to
    20, thông tin xác minh up to 10. Rule: 0 < min ≤ max; a coefficient the board sets
    must lie within the bounds of the article's kind.
    """

    kind = models.CharField("Thể loại", max_length=16, choices=ArticleKind.choices, unique=True)
    min_coefficient = models.DecimalField(
        "Hệ số thấp nhất",
        validators=[MinValueValidator(Decimal("0.1"))],
        **COEFFICIENT_DIGITS,
    )
    max_coefficient = models.DecimalField(
        "Hệ số cao nhất",
        validators=[MinValueValidator(Decimal("0.1"))],
        **COEFFICIENT_DIGITS,
    )

    class Meta:
        verbose_name = "Khung hệ số nhuận bút"
        verbose_name_plural = "Khung hệ số nhuận bút"
        ordering = ["kind"]

    def __str__(self):
        return (
            f"{self.get_kind_display()}: {format_number(self.min_coefficient)}–"
            f"{format_number(self.max_coefficient)}"
        )

    def clean(self):
        super().clean()
        low, high = self.min_coefficient, self.max_coefficient
        if low is not None and high is not None and low > high:
            raise ValidationError(
                {
                    "max_coefficient": "Hệ số cao nhất phải lớn hơn hoặc bằng hệ số thấp nhất "
                    f"({format_number(low)})."
                }
            )

    def refusal(self, coefficient):
        """The Vietnamese message refusing `coefficient`, or None when it is allowed."""
        if self.min_coefficient <= coefficient <= self.max_coefficient:
            return None
        return (
            f"Hệ số của thể loại {self.get_kind_display()} phải từ "
            f"{format_number(self.min_coefficient)} đến {format_number(self.max_coefficient)}."
        )


class BaseSalary(models.Model):
    """The base salary (mức lương cơ sở) and the dates it is valid: 1,800,000 đ from
    01/07/2023 (Decree 24/2023/NĐ-CP), 2,340,000 đ from 01/07/2024 (Decree 73/2024/NĐ-CP).

    Province staff (superusers) add a row when the Government changes it and close the
    previous row (valid_to). An article is paid at the salary valid on its publication
    date (local date of `ArticlePage.published_at`). Rule: periods never overlap; an open
    end (`valid_to` empty) means "still valid".
    """

    amount = models.PositiveIntegerField("Mức lương cơ sở (đồng/tháng)")
    valid_from = models.DateField("Áp dụng từ ngày")
    valid_to = models.DateField(
        "Đến hết ngày", null=True, blank=True, help_text="Để trống nếu vẫn đang áp dụng."
    )
    legal_basis = models.CharField("Căn cứ", max_length=255, blank=True)

    class Meta:
        verbose_name = "Mức lương cơ sở"
        verbose_name_plural = "Mức lương cơ sở"
        ordering = ["-valid_from"]

    def __str__(self):
        until = f" đến {format_date(self.valid_to)}" if self.valid_to else ""
        return f"{self.amount:,} đ từ {format_date(self.valid_from)}{until}".replace(",", ".")

    def covers(self, day):
        return self.valid_from <= day and (self.valid_to is None or day <= self.valid_to)

    def clean(self):
        super().clean()
        if self.valid_from is None:
            return
        if self.valid_to is not None and self.valid_to < self.valid_from:
            raise ValidationError({"valid_to": "Ngày hết áp dụng phải sau ngày bắt đầu áp dụng."})
        others = BaseSalary.objects.exclude(pk=self.pk).filter(
            models.Q(valid_to__isnull=True) | models.Q(valid_to__gte=self.valid_from)
        )
        if self.valid_to is not None:
            others = others.filter(valid_from__lte=self.valid_to)
        clash = others.order_by("valid_from").first()
        if clash is not None:
            raise ValidationError(
                f"Thời gian áp dụng trùng với mức lương cơ sở {clash}. Hãy ghi ngày hết áp "
                "dụng cho mức cũ trước khi thêm mức mới."
            )

    @classmethod
    def valid_on(cls, day, salaries=None):
        """The salary valid on `day` (from `salaries` if given, to spare queries)."""
        rows = salaries if salaries is not None else cls.objects.all()
        for salary in rows:
            if salary.covers(day):
                return salary
        return None


CLOSED_PERIOD_MESSAGE = "Kỳ nhuận bút “{name}” đã khóa lúc {closed}: không thay đổi được nữa."


class RoyaltyPeriod(models.Model):
    """A royalty period of one site (e.g. "Tháng 11/2026"): the articles published in
    it (local dates starts_on..ends_on, both included) are assessed and paid together.

    The editorial board (Ban biên tập) and the site administrator of the site create and
    close it; editors may read its report. Rules: the periods of one site never overlap;
    once closed (`closed_at`), a period and the assessments of its articles cannot be
    changed: its report is read from the RoyaltyLine rows written at closing.
    """

    site = models.ForeignKey(
        "wagtailcore.Site",
        verbose_name="Trang",
        on_delete=models.CASCADE,
        related_name="royalty_periods",
    )
    name = models.CharField("Tên kỳ", max_length=100, help_text="Ví dụ: Tháng 11/2026.")
    starts_on = models.DateField("Từ ngày")
    ends_on = models.DateField("Đến hết ngày")
    created_at = models.DateTimeField("Tạo lúc", auto_now_add=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name="Người tạo",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    closed_at = models.DateTimeField("Khóa lúc", null=True, blank=True, editable=False)
    closed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name="Người khóa",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        editable=False,
    )

    class Meta:
        verbose_name = "Kỳ nhuận bút"
        verbose_name_plural = "Kỳ nhuận bút"
        ordering = ["site_id", "-starts_on"]
        permissions = [
            ("assess_royaltyperiod", "Chấm hệ số nhuận bút của kỳ"),
            ("close_royaltyperiod", "Khóa kỳ nhuận bút"),
        ]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        # Closing writes closed_at with an UPDATE (actions.close_period), never via save().
        stored = self._stored_closed()
        if stored is not None:
            raise ValidationError(stored.closed_message())
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        stored = self._stored_closed()
        if stored is not None:
            raise ValidationError(stored.closed_message())
        return super().delete(*args, **kwargs)

    @property
    def is_closed(self):
        return self.closed_at is not None

    @property
    def dates_label(self):
        return f"{format_date(self.starts_on)} – {format_date(self.ends_on)}"

    def closed_message(self):
        from django.utils import timezone

        closed = timezone.localtime(self.closed_at).strftime("%H:%M %d/%m/%Y")
        return CLOSED_PERIOD_MESSAGE.format(name=self.name, closed=closed)

    def _stored_closed(self):
        if self.pk is None:
            return None
        return RoyaltyPeriod.objects.filter(pk=self.pk, closed_at__isnull=False).first()

    def clean(self):
        super().clean()
        stored = self._stored_closed()
        if stored is not None:
            raise ValidationError(stored.closed_message())
        if self.starts_on is None or self.ends_on is None:
            return
        if self.ends_on < self.starts_on:
            raise ValidationError({"ends_on": "Ngày kết thúc kỳ phải sau ngày bắt đầu."})
        if self.site_id is None:
            return
        clash = (
            RoyaltyPeriod.objects.filter(
                site_id=self.site_id, starts_on__lte=self.ends_on, ends_on__gte=self.starts_on
            )
            .exclude(pk=self.pk)
            .first()
        )
        if clash is not None:
            raise ValidationError(
                f"Kỳ này trùng với kỳ “{clash.name}” ({clash.dates_label}) của cùng trang. "
                "Các kỳ của một trang không được trùng ngày."
            )


def period_of_article(article):
    """The royalty period of the article's site that covers its publication date."""
    if article.published_at is None:
        return None
    site = site_of_article(article)
    if site is None:
        return None
    day = local_date(article.published_at)
    return RoyaltyPeriod.objects.filter(site=site, starts_on__lte=day, ends_on__gte=day).first()


class RoyaltyAssessment(models.Model):
    """The coefficient the editorial board gives one published article; the amount of
    each of its contributors (ArticleContributor) follows from it:
    round(coefficient × 10% × base salary × share / 100).

    Set by the board (Ban biên tập) or the site administrator on the assessment screen of
    the period. Rules: the coefficient lies within the RoyaltyBound of the article's kind;
    an assessment of an article in a closed period cannot be created, changed or deleted.
    """

    article = models.OneToOneField(
        "news.ArticlePage",
        verbose_name="Bài",
        on_delete=models.CASCADE,
        related_name="royalty_assessment",
    )
    coefficient = models.DecimalField("Hệ số", **COEFFICIENT_DIGITS)
    note = models.CharField("Ghi chú", max_length=255, blank=True)
    assessed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name="Người chấm",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    assessed_at = models.DateTimeField("Chấm lúc", auto_now=True)

    class Meta:
        verbose_name = "Hệ số nhuận bút của bài"
        verbose_name_plural = "Hệ số nhuận bút của bài"

    def __str__(self):
        return f"{self.article_id}: {format_number(self.coefficient)}"

    def save(self, *args, **kwargs):
        self.check_period_open()
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        self.check_period_open()
        return super().delete(*args, **kwargs)

    def check_period_open(self):
        period = period_of_article(self.article)
        if period is not None and period.is_closed:
            raise ValidationError(period.closed_message())

    def clean(self):
        super().clean()
        if self.article_id is None or self.coefficient is None:
            return
        bound = RoyaltyBound.objects.filter(kind=self.article.kind).first()
        if bound is None:
            raise ValidationError(
                {
                    "coefficient": "Chưa có khung hệ số cho thể loại "
                    f"{self.article.get_kind_display()}; hãy nhờ quản trị tỉnh khai báo."
                }
            )
        message = bound.refusal(self.coefficient)
        if message:
            raise ValidationError({"coefficient": message})
        self.check_period_open()


class RoyaltyLine(models.Model):
    """One contributor's royalty for one article, frozen when its period is closed: what
    was paid, whatever happens later to the article, its contributors, the coefficient or
    the base salary.

    Written only by actions.close_period; nobody edits it. Rule: the report of a closed
    period is read from these rows alone.
    """

    period = models.ForeignKey(RoyaltyPeriod, on_delete=models.CASCADE, related_name="lines")
    position = models.PositiveIntegerField(default=0)
    article_page_id = models.PositiveIntegerField("Mã bài")
    article_title = models.CharField("Tên bài", max_length=255)
    published_on = models.DateField("Ngày đăng")
    kind = models.CharField("Thể loại", max_length=16, choices=ArticleKind.choices)
    coefficient = models.DecimalField("Hệ số", **COEFFICIENT_DIGITS)
    contributor_name = models.CharField("Tác giả", max_length=255)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name="Tài khoản",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    share = models.PositiveSmallIntegerField(
        "Phần nhuận bút (%)", validators=[MinValueValidator(1), MaxValueValidator(100)]
    )
    base_salary = models.PositiveIntegerField("Mức lương cơ sở")
    amount = models.PositiveBigIntegerField("Số tiền (đồng)")

    class Meta:
        verbose_name = "Dòng nhuận bút đã khóa"
        verbose_name_plural = "Dòng nhuận bút đã khóa"
        ordering = ["period", "position"]

    def __str__(self):
        return f"{self.contributor_name}: {self.article_title}"
