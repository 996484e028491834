"""The rules of the royalty tables: bounds per kind, base salary by date, periods."""

import datetime
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError

from vnportal.editorial.models import BaseSalary, RoyaltyAssessment, RoyaltyBound, RoyaltyPeriod
from vnportal.editorial.royalty import line_amount

from .conftest import local, write

pytestmark = pytest.mark.django_db


def test_amount_is_coefficient_times_tenth_of_base_salary_times_share():
    # 8 × 234,000 × 60 % = 1,123,200
    assert line_amount(Decimal("8"), 2_340_000, 60) == 1_123_200


def test_amount_is_rounded_half_up_to_the_dong():
    # 0.1 × 180,500 × 1 % = 180.5 → 181 (half up, not to even)
    assert line_amount(Decimal("0.1"), 1_805_000, 1) == 181
    # 0.1 × 180,400 × 1 % = 180.4 → 180
    assert line_amount(Decimal("0.1"), 1_804_000, 1) == 180
    # 2.5 × 234,000 × 33 % = 193,050 exactly
    assert line_amount(Decimal("2.5"), 2_340_000, 33) == 193_050


def test_migration_seeds_the_issue_bounds_and_both_base_salaries():
    bounds = {b.kind: (b.min_coefficient, b.max_coefficient) for b in RoyaltyBound.objects.all()}
    assert bounds["tin"] == (Decimal("1"), Decimal("10"))
    assert bounds["anh"][1] == Decimal("10")
    assert bounds["binh-luan"][1] == Decimal("30")
    assert set(bounds) == {"tin", "bai", "anh", "video", "phong-van", "binh-luan", "xac-minh"}
    assert BaseSalary.valid_on(datetime.date(2024, 6, 30)).amount == 1_800_000
    assert BaseSalary.valid_on(datetime.date(2024, 7, 1)).amount == 2_340_000
    assert BaseSalary.valid_on(datetime.date(2030, 1, 1)).amount == 2_340_000
    assert BaseSalary.valid_on(datetime.date(2023, 6, 30)) is None


def test_coefficient_outside_the_bounds_of_the_kind_is_refused_with_the_message(tayyen):
    article = write(tayyen.category, "Tin thử", local(2026, 11, 3))
    assessment = RoyaltyAssessment(article=article, coefficient=Decimal("10.5"))
    with pytest.raises(ValidationError) as error:
        assessment.full_clean()
    assert error.value.message_dict["coefficient"] == ["Hệ số của thể loại Tin phải từ 1 đến 10."]
    assessment.coefficient = Decimal("10")
    assessment.full_clean()


def test_commentary_may_go_up_to_thirty(tayyen):
    article = write(tayyen.category, "Bình luận", local(2026, 11, 3), kind="binh-luan")
    RoyaltyAssessment(article=article, coefficient=Decimal("30")).full_clean()
    with pytest.raises(ValidationError, match="Bình luận phải từ 1 đến 30"):
        RoyaltyAssessment(article=article, coefficient=Decimal("30.5")).full_clean()


def test_bound_with_min_above_max_is_refused():
    bound = RoyaltyBound.objects.get(kind="tin")
    bound.min_coefficient = Decimal("12")
    with pytest.raises(ValidationError, match="lớn hơn hoặc bằng hệ số thấp nhất"):
        bound.full_clean()


@pytest.mark.parametrize(
    "valid_from, valid_to",
    [
        (datetime.date(2026, 1, 1), None),  # inside the open 2024 salary
        (datetime.date(2024, 1, 1), datetime.date(2024, 12, 31)),  # across both
        (datetime.date(2022, 1, 1), datetime.date(2023, 7, 1)),  # touches the first day
    ],
)
def test_overlapping_base_salary_periods_are_refused(valid_from, valid_to):
    salary = BaseSalary(amount=2_500_000, valid_from=valid_from, valid_to=valid_to)
    with pytest.raises(ValidationError) as error:
        salary.full_clean()
    assert "Thời gian áp dụng trùng với mức lương cơ sở" in error.value.messages[0]


def test_new_base_salary_is_accepted_once_the_previous_one_ends():
    current = BaseSalary.objects.get(valid_to=None)
    current.valid_to = datetime.date(2026, 6, 30)
    current.full_clean()
    current.save()
    new = BaseSalary(amount=2_530_000, valid_from=datetime.date(2026, 7, 1))
    new.full_clean()
    new.save()
    assert BaseSalary.valid_on(datetime.date(2026, 6, 30)).amount == 2_340_000
    assert BaseSalary.valid_on(datetime.date(2026, 7, 1)).amount == 2_530_000


def test_periods_of_one_site_do_not_overlap_but_another_sites_may(tayyen, anbien):
    RoyaltyPeriod.objects.create(
        site=tayyen.site,
        name="Tháng 11/2026",
        starts_on=datetime.date(2026, 11, 1),
        ends_on=datetime.date(2026, 11, 30),
    )
    clash = RoyaltyPeriod(
        site=tayyen.site,
        name="Quý IV/2026",
        starts_on=datetime.date(2026, 10, 1),
        ends_on=datetime.date(2026, 12, 31),
    )
    with pytest.raises(ValidationError, match="trùng với kỳ “Tháng 11/2026”"):
        clash.full_clean()
    clash.site = anbien.site
    clash.full_clean()
