"""The royalty formula, without Django: Decree 18/2014/NĐ-CP art. 20 (applied to portals
by Decree 224/2026 art. 20): royalty = coefficient × 10% × base salary (mức lương cơ sở),
shared between the authors of a work by their agreed shares.
"""

from decimal import ROUND_HALF_UP, Decimal

# Decree 18/2014 art. 20: one point of coefficient is worth 10% of the base salary.
COEFFICIENT_VALUE_RATE = Decimal("0.1")


def line_amount(coefficient, base_salary, share):
    """The royalty of one author for one work, in whole dong, rounded half up.

    `coefficient` is the work's coefficient (Decimal), `base_salary` the base salary in
    dong valid on the publication date, `share` the author's share in percent.
    """
    exact = Decimal(coefficient) * COEFFICIENT_VALUE_RATE * Decimal(base_salary) * Decimal(share)
    return int((exact / 100).quantize(Decimal("1"), rounding=ROUND_HALF_UP))
