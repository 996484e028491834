"""Royalties and statistics in the permission matrix (see vnportal/units/admin_matrix.py):
the board and the site administrator of a site create, assess and close its periods;
its editors read the reports, exports and statistics; contributors see none of it; and
nobody of another site sees or changes any of it, even by typing a URL. The province
tables (bounds per kind, base salary) are for superusers only."""

import datetime
from decimal import Decimal

from vnportal.news.models import ArticleContributor
from vnportal.units.admin_matrix import EDITING, NOBODY, PUBLISHING, Case, register, site_object
from vnportal.units.roles import SITE_ADMIN

from .actions import assess_article, create_period
from .models import BaseSalary, RoyaltyAssessment, RoyaltyBound, RoyaltyPeriod

NEW_PERIOD = "Kỳ do ma trận tạo"


@site_object("royalty_period")
def build_royalty_period(objects):
    """A July 2025 period holding the site's published article (published 01/07/2025),
    written by a contributor named with the site's secret and assessed at 8."""
    admin = objects.users[SITE_ADMIN]
    ArticleContributor.objects.create(
        page=objects.article, name=f"Tác giả {objects.secret}", share=100
    )
    period = create_period(
        admin,
        site=objects.site,
        name=f"Tháng 7/2025 {objects.secret}",
        starts_on=datetime.date(2025, 7, 1),
        ends_on=datetime.date(2025, 7, 31),
    )
    assess_article(admin, objects.article, Decimal("8"), period=period)
    return period


def _pk(o):
    return {"pk": o.royalty_period.pk}


def _contributor(o):
    return f"Tác giả {o.secret}"


def _period(o):
    return RoyaltyPeriod.objects.get(pk=o.royalty_period.pk)


def _coefficient(o):
    assessment = RoyaltyAssessment.objects.filter(article=o.article).first()
    return assessment.coefficient if assessment else None


register(
    Case(
        "editorial_admin:periods",
        listing=True,
        roles=EDITING,
        shows=lambda o: o.royalty_period.name,
    ),
    # The form offers the sites the user may create periods for: its own only.
    Case("editorial_admin:period_add", listing=True, roles=PUBLISHING, shows=lambda o: o.secret),
    Case(
        "editorial_admin:period_add",
        label="post",
        data=lambda o: {
            "site": o.site.pk,
            "name": NEW_PERIOD,
            "starts_on": "2025-08-01",
            "ends_on": "2025-08-31",
        },
        done=lambda o: RoyaltyPeriod.objects.filter(site=o.site, name=NEW_PERIOD).exists(),
        roles=PUBLISHING,
    ),
    Case("editorial_admin:report", kwargs=_pk, roles=EDITING, shows=_contributor),
    Case("editorial_admin:export_xlsx", kwargs=_pk, roles=EDITING),
    Case("editorial_admin:export_csv", kwargs=_pk, roles=EDITING, shows=_contributor),
    Case("editorial_admin:assess", kwargs=_pk, roles=PUBLISHING, shows=lambda o: o.article.title),
    Case(
        "editorial_admin:assess",
        label="post",
        kwargs=_pk,
        data=lambda o: {f"coefficient-{o.article.pk}": "9,5", f"note-{o.article.pk}": ""},
        done=lambda o: _coefficient(o) == Decimal("9.5"),
        roles=PUBLISHING,
    ),
    Case("editorial_admin:close", kwargs=_pk, roles=PUBLISHING, shows=_contributor),
    Case(
        "editorial_admin:close",
        label="post",
        kwargs=_pk,
        data=lambda o: {},
        done=lambda o: _period(o).closed_at is not None,
        roles=PUBLISHING,
    ),
    # Without a choice: the current year of the user's first site (the article is older).
    Case("editorial_admin:statistics", listing=True, roles=EDITING, shows=lambda o: o.secret),
    Case(
        "editorial_admin:statistics",
        label="site",
        query=lambda o: {"site": o.site.pk, "starts_on": "2025-01-01", "ends_on": "2025-12-31"},
        roles=EDITING,
        shows=_contributor,
    ),
)


def _province_table_cases(namespace, model, first):
    """Every view of a province-wide table: refused to every site role, open to
    superusers (and to staff given the global Django permission)."""
    pk = lambda o: {"pk": first().pk}  # noqa: E731
    register(
        Case(f"{namespace}:index", listing=True, roles=NOBODY),
        Case(f"{namespace}:index_results", listing=True, roles=NOBODY),
        Case(f"{namespace}:add", listing=True, roles=NOBODY),
        Case(f"{namespace}:edit", kwargs=pk, roles=NOBODY),
        Case(f"{namespace}:delete", kwargs=pk, roles=NOBODY),
        Case(f"{namespace}:history", kwargs=pk, roles=NOBODY),
        Case(f"{namespace}:history_results", kwargs=pk, roles=NOBODY),
        Case(f"{namespace}:usage", kwargs=pk, roles=NOBODY),
    )


_province_table_cases("royalty_bounds", RoyaltyBound, lambda: RoyaltyBound.objects.get(kind="tin"))
_province_table_cases(
    "base_salaries", BaseSalary, lambda: BaseSalary.objects.order_by("valid_from").first()
)
