"""Every change to royalties: creating a period, assessing an article, closing a period.
Each checks the user's permission on the site, validates, saves and writes the audit log
(wagtail.log_actions) in one place; the admin views call these."""

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone
from wagtail.log_actions import log

from .access import ADD, ASSESS, CLOSE, can, check_can
from .articles import articles_published_between, site_of_article
from .models import RoyaltyAssessment, RoyaltyLine, RoyaltyPeriod, format_number
from .reports import royalty_report

CREATE_PERIOD = "vnportal.royalty.create_period"
ASSESS_ARTICLE = "vnportal.royalty.assess"
CLEAR_ASSESSMENT = "vnportal.royalty.clear"
CLOSE_PERIOD = "vnportal.royalty.close"


@transaction.atomic
def create_period(user, *, site, name, starts_on, ends_on):
    check_can(user, ADD, site, f"Bạn không có quyền tạo kỳ nhuận bút cho trang “{site}”.")
    period = RoyaltyPeriod(
        site=site, name=name.strip(), starts_on=starts_on, ends_on=ends_on, created_by=user
    )
    period.full_clean()
    period.save()
    log(
        period,
        CREATE_PERIOD,
        user=user,
        data={"name": period.name, "starts_on": str(starts_on), "ends_on": str(ends_on)},
    )
    return period


def _check_article(user, article, period):
    site = site_of_article(article)
    if site is None or not can(user, ASSESS, site):
        raise PermissionDenied("Bạn không có quyền chấm nhuận bút cho bài của trang này.")
    if period is not None and period.site_id != site.pk:
        raise PermissionDenied("Bài này không thuộc trang của kỳ nhuận bút.")
    if (
        period is not None
        and not articles_published_between(site, period.starts_on, period.ends_on)
        .filter(pk=article.pk)
        .exists()
    ):
        raise ValidationError(f"Bài “{article.title}” không được đăng trong kỳ “{period.name}”.")


@transaction.atomic
def assess_article(user, article, coefficient, note="", period=None):
    """Set (or, with coefficient None, remove) the article's royalty coefficient.
    Returns the assessment, or None when removed or unchanged-empty."""
    _check_article(user, article, period)
    current = RoyaltyAssessment.objects.filter(article=article).first()
    note = (note or "").strip()
    if coefficient is None:
        if current is None:
            return None
        current.delete()
        log(article, CLEAR_ASSESSMENT, user=user, data={"previous": str(current.coefficient)})
        return None
    if current is not None and current.coefficient == coefficient and current.note == note:
        return current
    assessment = current or RoyaltyAssessment(article=article)
    previous = current.coefficient if current is not None else None
    assessment.coefficient = coefficient
    assessment.note = note
    assessment.assessed_by = user
    assessment.full_clean()
    assessment.save()
    log(
        article,
        ASSESS_ARTICLE,
        user=user,
        data={
            "coefficient": format_number(coefficient),
            "previous": format_number(previous) if previous is not None else "",
            "note": note,
        },
    )
    return assessment


@transaction.atomic
def close_period(user, period):
    """Freeze the period: write its report's lines as RoyaltyLine rows and mark it closed.
    Refused when an assessed article has no base salary for its date (it would be paid
    nothing without anyone noticing)."""
    period = RoyaltyPeriod.objects.select_for_update().select_related("site").get(pk=period.pk)
    check_can(
        user, CLOSE, period, f"Bạn không có quyền khóa kỳ nhuận bút của trang “{period.site}”."
    )
    if period.is_closed:
        raise ValidationError(period.closed_message())
    report = royalty_report(period.site, period)
    if report.missing_salary:
        titles = ", ".join(f"“{article.title}”" for article in report.missing_salary)
        raise ValidationError(
            f"Chưa có mức lương cơ sở cho ngày đăng của: {titles}. Hãy nhờ quản trị tỉnh "
            "khai báo mức lương cơ sở trước khi khóa kỳ."
        )
    RoyaltyLine.objects.bulk_create(
        RoyaltyLine(
            period=period,
            position=position,
            article_page_id=line.article_id,
            article_title=line.article_title[:255],
            published_on=line.published_on,
            kind=line.kind,
            coefficient=line.coefficient,
            contributor_name=line.contributor_name,
            user_id=line.user_id,
            share=line.share,
            base_salary=line.base_salary,
            amount=line.amount,
        )
        for position, line in enumerate(report.lines)
    )
    closed_at = timezone.now()
    RoyaltyPeriod.objects.filter(pk=period.pk).update(closed_at=closed_at, closed_by=user)
    period.closed_at, period.closed_by = closed_at, user
    log(
        period,
        CLOSE_PERIOD,
        user=user,
        data={
            "name": period.name,
            "lines": len(report.lines),
            "articles": report.total_articles,
            "total_amount": report.total_amount,
            "unassessed": len(report.unassessed),
        },
    )
    return period
