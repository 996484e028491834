from django.db import models
from wagtail.models import Site


class UnitKind(models.TextChoices):
    PROVINCE = "province", "Tỉnh, thành phố"
    COMMUNE = "commune", "Xã"
    WARD = "ward", "Phường"
    SPECIAL_ZONE = "special_zone", "Đặc khu"
    # Abolished tiers and merged units, kept for their archives (since 01/07/2025).
    DISTRICT = "district", "Huyện, quận, thị xã (đã giải thể)"
    FORMER_COMMUNE = "former_commune", "Xã, phường cũ (đã sáp nhập)"


CURRENT_KINDS = (UnitKind.PROVINCE, UnitKind.COMMUNE, UnitKind.WARD, UnitKind.SPECIAL_ZONE)


class Unit(models.Model):
    """An administrative unit. Each current unit owns one Wagtail Site; a former unit
    (a district abolished on 01/07/2025, a merged commune) keeps its name and the units
    that succeeded it, so its archived content can be shown inside their sites.
    Province IT staff edit units; the `create_unit_sites` command creates them in bulk.
    """

    code = models.CharField("Mã", max_length=32, unique=True)
    name = models.CharField("Tên", max_length=200)
    kind = models.CharField("Loại", max_length=20, choices=UnitKind.choices)
    parent = models.ForeignKey(
        "self",
        verbose_name="Trực thuộc",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="children",
    )
    site = models.OneToOneField(
        Site,
        verbose_name="Trang web",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="unit",
    )
    dissolved_on = models.DateField("Ngày giải thể, sáp nhập", null=True, blank=True)
    successors = models.ManyToManyField(
        "self",
        verbose_name="Đơn vị kế thừa",
        symmetrical=False,
        blank=True,
        related_name="predecessors",
    )

    class Meta:
        verbose_name = "Đơn vị"
        verbose_name_plural = "Đơn vị"
        ordering = ["code"]

    def __str__(self):
        return self.name

    @property
    def is_current(self):
        return self.dissolved_on is None and self.kind in CURRENT_KINDS
