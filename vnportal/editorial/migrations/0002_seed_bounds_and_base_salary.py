"""Seed the bounds per kind and the base salaries in force since 2023.

Bounds: the issue's figures for tin (up to 10), ảnh (up to 10) and bình luận (up to 30);
the others are defaults the province is expected to review (see RoyaltyBound).
Base salary: Decree 24/2023/NĐ-CP (1,800,000 đ from 01/07/2023) and Decree 73/2024/NĐ-CP
(2,340,000 đ from 01/07/2024).
"""

import datetime
from decimal import Decimal

from django.db import migrations

BOUNDS = {
    "tin": ("1", "10"),
    "bai": ("1", "20"),
    "anh": ("1", "10"),
    "video": ("1", "20"),
    "phong-van": ("1", "20"),
    "binh-luan": ("1", "30"),
    "xac-minh": ("1", "10"),
}

SALARIES = [
    (1_800_000, datetime.date(2023, 7, 1), datetime.date(2024, 6, 30), "Nghị định 24/2023/NĐ-CP"),
    (2_340_000, datetime.date(2024, 7, 1), None, "Nghị định 73/2024/NĐ-CP"),
]


def seed(apps, schema_editor):
    RoyaltyBound = apps.get_model("editorial", "RoyaltyBound")
    BaseSalary = apps.get_model("editorial", "BaseSalary")
    for kind, (low, high) in BOUNDS.items():
        RoyaltyBound.objects.get_or_create(
            kind=kind, defaults={"min_coefficient": Decimal(low), "max_coefficient": Decimal(high)}
        )
    if not BaseSalary.objects.exists():
        for amount, valid_from, valid_to, basis in SALARIES:
            BaseSalary.objects.create(
                amount=amount, valid_from=valid_from, valid_to=valid_to, legal_basis=basis
            )


class Migration(migrations.Migration):
    dependencies = [("editorial", "0001_royalties")]

    operations = [migrations.RunPython(seed, migrations.RunPython.noop)]
