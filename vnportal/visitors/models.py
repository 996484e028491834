from django.db import models
from wagtail.models import Site


class DailyVisits(models.Model):
    """Page views of one site on one day (Vietnam time): an aggregate, nothing more.

    Written only by the batched flush in tally.py, never edited by hand. There is no row
    per visitor and no column that could hold anything about one: the counter of
    "Đang trực tuyến / Hôm nay / Tổng lượt truy cập" needs sums only.
    """

    site = models.ForeignKey(Site, on_delete=models.CASCADE, related_name="+")
    day = models.DateField("Ngày")
    views = models.PositiveBigIntegerField("Lượt xem", default=0)

    class Meta:
        verbose_name = "Lượt truy cập trong ngày"
        verbose_name_plural = "Lượt truy cập theo ngày"
        constraints = [
            models.UniqueConstraint(fields=["site", "day"], name="visitors_one_row_per_site_day")
        ]

    def __str__(self):
        return f"{self.site_id} {self.day:%d/%m/%Y}: {self.views}"
