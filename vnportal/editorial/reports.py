"""The royalty report of a site for a period: one row per contributor (articles,
coefficients, amount) and the detailed lines (one per contributor of an article).

An open period is computed live from the assessments, the articles' contributors and the
base salary valid on each publication date; a closed period is read from the RoyaltyLine
rows frozen at closing, so later changes do not alter it. The total amount is the sum of
the rows; the article total counts a co-written article once.
"""

from collections import OrderedDict
from dataclasses import dataclass, field
from decimal import Decimal

from vnportal.news.kinds import ArticleKind
from vnportal.vntext.fold import fold

from .articles import articles_published_between, local_date
from .models import BaseSalary, RoyaltyAssessment, RoyaltyLine
from .royalty import line_amount

KIND_LABELS = dict(ArticleKind.choices)


@dataclass
class Line:
    article_id: int
    article_title: str
    published_on: object
    kind: str
    coefficient: Decimal
    contributor_name: str
    user_id: int | None
    share: int
    base_salary: int
    amount: int

    @property
    def kind_label(self):
        return KIND_LABELS.get(self.kind, self.kind)

    @property
    def contributor_key(self):
        if self.user_id is not None:
            return ("user", self.user_id)
        return ("name", fold(" ".join(self.contributor_name.split())).casefold())


@dataclass
class Row:
    contributor: str
    user_id: int | None
    articles: int
    coefficients: Decimal
    amount: int


@dataclass
class Report:
    site: object
    period: object
    rows: list
    lines: list
    closed: bool
    # Only for an open period: what the board still has to look at before closing.
    unassessed: list = field(default_factory=list)
    missing_salary: list = field(default_factory=list)
    without_contributors: list = field(default_factory=list)

    @property
    def total_amount(self):
        return sum(row.amount for row in self.rows)

    def _articles(self):
        return {line.article_id: line.coefficient for line in self.lines}

    @property
    def total_articles(self):
        return len(self._articles())

    @property
    def total_coefficients(self):
        return sum(self._articles().values(), Decimal(0))

    @property
    def can_close(self):
        return not self.closed and not self.missing_salary


def rows_of(lines):
    """One row per contributor (an account, else a name), sorted by name."""
    grouped = OrderedDict()
    for line in lines:
        grouped.setdefault(line.contributor_key, []).append(line)
    rows = []
    for group in grouped.values():
        articles = {line.article_id: line.coefficient for line in group}
        rows.append(
            Row(
                contributor=" ".join(group[0].contributor_name.split()),
                user_id=group[0].user_id,
                articles=len(articles),
                coefficients=sum(articles.values(), Decimal(0)),
                amount=sum(line.amount for line in group),
            )
        )
    rows.sort(key=lambda row: (fold(row.contributor).casefold(), row.contributor))
    return rows


def period_articles(site, period):
    """The period's articles with their assessment and contributors, oldest first, in a
    fixed number of queries."""
    return (
        articles_published_between(site, period.starts_on, period.ends_on)
        .select_related("royalty_assessment")
        .prefetch_related("contributors")
        .order_by("published_at", "pk")
    )


def assessment_of(article):
    try:
        return article.royalty_assessment
    except RoyaltyAssessment.DoesNotExist:
        return None


def live_lines(site, period):
    """(lines, unassessed, missing_salary, without_contributors) of an open period."""
    salaries = list(BaseSalary.objects.all())
    lines, unassessed, missing_salary, without_contributors = [], [], [], []
    for article in period_articles(site, period):
        assessment = assessment_of(article)
        if assessment is None:
            unassessed.append(article)
            continue
        contributors = sorted(article.contributors.all(), key=lambda c: c.sort_order or 0)
        if not contributors:
            without_contributors.append(article)
            continue
        day = local_date(article.published_at)
        salary = BaseSalary.valid_on(day, salaries)
        if salary is None:
            missing_salary.append(article)
            continue
        for contributor in contributors:
            lines.append(
                Line(
                    article_id=article.pk,
                    article_title=article.title,
                    published_on=day,
                    kind=article.kind,
                    coefficient=assessment.coefficient,
                    contributor_name=contributor.name,
                    user_id=contributor.user_id,
                    share=contributor.share,
                    base_salary=salary.amount,
                    amount=line_amount(assessment.coefficient, salary.amount, contributor.share),
                )
            )
    return lines, unassessed, missing_salary, without_contributors


def frozen_lines(period):
    return [
        Line(
            article_id=row.article_page_id,
            article_title=row.article_title,
            published_on=row.published_on,
            kind=row.kind,
            coefficient=row.coefficient,
            contributor_name=row.contributor_name,
            user_id=row.user_id,
            share=row.share,
            base_salary=row.base_salary,
            amount=row.amount,
        )
        for row in RoyaltyLine.objects.filter(period=period).order_by("position")
    ]


def royalty_report(site, period):
    """The report of `period` (a RoyaltyPeriod of `site`): live while open, frozen once
    closed. Reusable by tests and exports: `report.rows`, `report.lines`,
    `report.total_amount`, `report.total_articles`, `report.total_coefficients`."""
    if period.site_id != site.pk:
        raise ValueError(f"period {period.pk} belongs to site {period.site_id}")
    if period.is_closed:
        lines = frozen_lines(period)
        return Report(site=site, period=period, rows=rows_of(lines), lines=lines, closed=True)
    lines, unassessed, missing_salary, without_contributors = live_lines(site, period)
    return Report(
        site=site,
        period=period,
        rows=rows_of(lines),
        lines=lines,
        closed=False,
        unassessed=unassessed,
        missing_salary=missing_salary,
        without_contributors=without_contributors,
    )
