"""Where a procurement package stands, derived from its closing time, its result and the
clock: nothing stored goes stale, so a package stops being "đang mời thầu" by itself."""

from django.db import models


class BidStatus(models.TextChoices):
    OPEN = "dang-moi-thau", "Đang mời thầu"
    CLOSED = "da-dong-thau", "Đã đóng thầu"
    AWARDED = "da-co-ket-qua", "Đã có kết quả"


def bid_status(closes_at, has_result, now) -> BidStatus:
    if has_result:
        return BidStatus.AWARDED
    if now < closes_at:
        return BidStatus.OPEN
    return BidStatus.CLOSED
