"""About forty made-up answers on the province's site and on xã An Biên's, spread over
the last months, so the results table is not empty. Marked `is_demo`; the comments say
they are demo data."""

import datetime
import random

from django.utils import timezone
from wagtail import hooks

from .models import Rating

COUNT = 40
# Weights of the levels 5..1: most people are satisfied, a few are not.
WEIGHTS = (30, 40, 18, 8, 4)
COMMENTS = (
    "Nên có thêm mục tra cứu lịch tiếp công dân. (dữ liệu mẫu)",
    "Trang tải nhanh, dễ đọc trên điện thoại. (dữ liệu mẫu)",
    "Tìm văn bản còn khó, mong có bộ lọc theo năm. (dữ liệu mẫu)",
)


def _level(rng):
    return rng.choices((5, 4, 3, 2, 1), weights=WEIGHTS)[0]


def _comment(number):
    if number % 13 or number // 13 >= len(COMMENTS):
        return ""
    return COMMENTS[number // 13]


def demo_ratings(site, today, seed):
    rng = random.Random(seed)  # the same demo every time
    ratings = []
    for number in range(COUNT):
        ratings.append(
            Rating(
                site=site,
                submitted_on=today - datetime.timedelta(days=rng.randrange(0, 330)),
                overall=_level(rng),
                content=_level(rng),
                findability=_level(rng),
                speed=_level(rng) if number % 5 else None,
                mobile=_level(rng),
                comment=_comment(number),
                is_demo=True,
            )
        )
    return ratings


@hooks.register("vnportal_demo_content")
def create_demo_ratings(sites):
    today = timezone.localdate()
    for seed, slug in enumerate(("angiang", "anbien"), 1):
        site = sites.get(slug)
        if site is None or Rating.objects.filter(site=site, is_demo=True).exists():
            continue
        Rating.objects.bulk_create(demo_ratings(site, today, seed))
