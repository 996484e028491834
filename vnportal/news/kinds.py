"""What an article is, for the reader's label and for royalties (Decree 18/2014 groups
works by kind; the royalty bounds per kind live in the editorial app)."""

from django.db import models


class ArticleKind(models.TextChoices):
    NEWS = "tin", "Tin"
    STORY = "bai", "Bài"
    PHOTO = "anh", "Ảnh"
    VIDEO = "video", "Video"
    INTERVIEW = "phong-van", "Phỏng vấn"
    COMMENTARY = "binh-luan", "Bình luận"
    CLARIFICATION = "xac-minh", "Thông tin xác minh"


class Verdict(models.TextChoices):
    """How an official clarification rates the claim in circulation. The numbers give
    schema.org's reviewRating (1 = false … 4 = true)."""

    FALSE = "sai-su-that", "Sai sự thật"
    MISLEADING = "gay-hieu-lam", "Gây hiểu lầm"
    INACCURATE = "chua-chinh-xac", "Chưa chính xác"
    TRUE = "dung-su-that", "Đúng sự thật"


VERDICT_RATING = {
    Verdict.FALSE: 1,
    Verdict.MISLEADING: 2,
    Verdict.INACCURATE: 3,
    Verdict.TRUE: 4,
}
