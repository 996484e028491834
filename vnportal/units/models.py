from django.contrib.auth.models import Group
from django.db import models
from wagtail.models import Collection, Site


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
    collection = models.OneToOneField(
        Collection,
        verbose_name="Thư mục ảnh và tệp",
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


class SiteGroup(models.Model):
    """Links a permission group to the site it works on and its role (see roles.py).
    `site` empty means the group works on every site of the province."""

    group = models.OneToOneField(Group, on_delete=models.CASCADE, related_name="site_role")
    site = models.ForeignKey(
        Site, null=True, blank=True, on_delete=models.CASCADE, related_name="role_groups"
    )
    role = models.CharField(max_length=32)

    class Meta:
        verbose_name = "Nhóm theo trang"
        verbose_name_plural = "Nhóm theo trang"
        constraints = [
            models.UniqueConstraint(fields=["site", "role"], name="unique_role_per_site"),
        ]

    def __str__(self):
        return self.group.name


class FormerHost(models.Model):
    """A host name of a closed portal (a former district or merged commune). Requests to
    it are redirected to the archive of that unit inside its successor's site."""

    hostname = models.CharField("Tên miền cũ", max_length=255, unique=True)
    unit = models.ForeignKey(
        Unit, verbose_name="Đơn vị cũ", on_delete=models.CASCADE, related_name="former_hosts"
    )

    class Meta:
        verbose_name = "Tên miền cũ"
        verbose_name_plural = "Tên miền cũ"

    def __str__(self):
        return self.hostname
