"""Feedback statistics: the figures of a small known set of submissions."""

import datetime
import itertools

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from vnportal.feedback.models import (
    DayOff,
    FeedbackField,
    Rating,
    SatisfactionRating,
    State,
)
from vnportal.feedback.stats import (
    MIN_RATINGS,
    NO_COMMUNE,
    PROVINCE_LABEL,
    RatingGroup,
    WorkingDayCounter,
    feedback_statistics,
    nearest_rank,
    suppress_small,
)
from vnportal.feedback.workdays import working_days_between
from vnportal.testing.builders import add_unit, build_site
from vnportal.units.models import UnitKind

from .builders import add_submission

ZONE = datetime.timezone(datetime.timedelta(hours=7))
YEAR = (datetime.date(2026, 1, 1), datetime.date(2026, 12, 31))
TODAY = datetime.date(2026, 11, 26)

# Distinctive personal values: none of them may appear in any statistic or export.
PERSONAL = {
    "name": "Ông Riêng Tư Độc Nhất",
    "phone": "0909777123",
    "email": "rieng.tu.doc.nhat@example.vn",
    "address": "Số 99 ngõ Kín Đáo Duy Nhất",
}
PRIVATE_TEXTS = ["Tiêu đề thầm kín", "Nội dung thầm kín", "Góp ý thầm kín về cán bộ"]

_numbers = itertools.count(1)


def local(year, month, day, hour=9, minute=0):
    return datetime.datetime(year, month, day, hour, minute, tzinfo=ZONE)


def submit(site, field, received, state=State.NEW, answered=None, due_on=None, commune=None):
    """A submission whose person is recognisable anywhere it might leak."""
    number = next(_numbers)
    return add_submission(
        site,
        name=f"{PERSONAL['name']} {number}",
        phone=PERSONAL["phone"],
        email=PERSONAL["email"],
        address=PERSONAL["address"],
        commune=commune,
        field=field,
        title=f"{PRIVATE_TEXTS[0]} {number}",
        content=PRIVATE_TEXTS[1],
        consented_at=received,
        state=state,
        received_at=received,
        answered_at=answered,
        due_on=due_on or (received + datetime.timedelta(days=21)).date(),
        answer="Trả lời" if answered else "",
    )


def rate(submission, value):
    return SatisfactionRating.objects.create(
        submission=submission, value=value, comment=PRIVATE_TEXTS[2]
    )


@pytest.fixture
def world(db):
    province = build_site()
    tayyen = build_site(hostname="tayyen.localhost", unit_name="xã Tây Yên", default=False)
    anbien = build_site(hostname="anbien.localhost", unit_name="xã An Biên", default=False)
    unit_tayyen = add_unit("TY", "xã Tây Yên", UnitKind.COMMUNE, site=tayyen.site)
    unit_anbien = add_unit("AB", "xã An Biên", UnitKind.COMMUNE, site=anbien.site)
    land = FeedbackField.objects.create(name="Đất đai", slug="dat-dai")
    environment = FeedbackField.objects.create(name="Môi trường", slug="moi-truong")
    traffic = FeedbackField.objects.create(name="Giao thông", slug="giao-thong")
    site = tayyen.site
    rows = {
        # Fri 24/4 → Tue 5/5 over Giỗ Tổ (observed Mon 27/4), 30/4 and 1/5: 4 working
        # days (11 calendar days); due on 4/5, so answered late.
        "a": submit(
            site,
            land,
            local(2026, 4, 24, 10),
            State.ANSWERED,
            local(2026, 5, 5, 15),
            datetime.date(2026, 5, 4),
            unit_tayyen,
        ),
        # Fri 13/2 → Mon 23/2 across Tết (16–20/2): 1 working day.
        "b": submit(
            site, land, local(2026, 2, 13), State.PUBLISHED, local(2026, 2, 23), None, unit_tayyen
        ),
        # Received 00:15 on 1/1 local time (still 31/12 in UTC) → Thu 8/1: 5 working days.
        "c": submit(
            site,
            land,
            local(2026, 1, 1, 0, 15),
            State.CLOSED,
            local(2026, 1, 8),
            None,
            unit_tayyen,
        ),
        "d": submit(
            site,
            environment,
            local(2026, 3, 2),
            State.ANSWERED,
            local(2026, 3, 5),
            None,
            unit_anbien,
        ),
        "e": submit(
            site,
            environment,
            local(2026, 3, 4),
            State.ANSWERED,
            local(2026, 3, 25),
            datetime.date(2026, 3, 26),
            unit_anbien,
        ),
        # Open: one overdue, one not yet due, one rejected.
        "f": submit(site, land, local(2026, 6, 10), State.NEW, None, datetime.date(2026, 7, 1)),
        "g": submit(
            site,
            environment,
            local(2026, 6, 11),
            State.IN_PROGRESS,
            None,
            datetime.date(2099, 1, 1),
            unit_tayyen,
        ),
        "i": submit(site, traffic, local(2026, 6, 12), State.REJECTED),
        # Received last year (23:30 local on 31/12) and still open, long overdue: outside
        # the period's counts, inside "overdue now".
        "h": submit(
            site,
            traffic,
            local(2025, 12, 31, 23, 30),
            State.ASSIGNED,
            None,
            datetime.date(2026, 1, 10),
            unit_tayyen,
        ),
    }
    # Another commune's submission: only in the province's figures.
    rows["other"] = submit(
        anbien.site,
        land,
        local(2026, 5, 6),
        State.ANSWERED,
        local(2026, 5, 7),
        None,
        unit_anbien,
    )
    return {
        "province": province.site,
        "tayyen": site,
        "anbien": anbien.site,
        "rows": rows,
        "fields": {"land": land, "environment": environment, "traffic": traffic},
    }


def test_counts_by_field_commune_month_and_state(world):
    result = feedback_statistics(world["tayyen"], *YEAR, today=TODAY)
    assert result.total == 8
    assert result.by_field == [("Đất đai", 4), ("Môi trường", 3), ("Giao thông", 1)]
    assert result.by_commune == [("xã Tây Yên", 4), ("xã An Biên", 2), (NO_COMMUNE, 2)]
    months = dict(result.by_month)
    assert len(result.by_month) == 12
    assert months[datetime.date(2026, 1, 1)] == 1  # 00:15 local on 1/1 is January
    assert [months[datetime.date(2026, m, 1)] for m in range(2, 8)] == [1, 2, 1, 0, 3, 0]
    assert dict(result.by_state) == {
        "Mới": 1,
        "Đã phân công": 0,
        "Đang xử lý": 1,
        "Đã trả lời": 3,
        "Đã công khai": 1,
        "Đã đóng": 1,
        "Từ chối": 1,
    }


def test_time_to_answer_counts_working_days_across_holidays(world):
    result = feedback_statistics(world["tayyen"], *YEAR, today=TODAY)
    # Working days [1, 3, 4, 5, 15]; in calendar days the median would be 10.
    assert result.answer_time.count == 5
    assert result.answer_time.median == 4
    assert result.answer_time.p90 == 15
    assert result.answered_late == 1


def test_announced_day_off_lengthens_time_to_answer(world):
    # Fri 2/1/2026 announced as a day off (nghỉ bù): c takes 4 working days instead of 5.
    january = (datetime.date(2026, 1, 1), datetime.date(2026, 1, 31))
    assert feedback_statistics(world["tayyen"], *january, today=TODAY).answer_time.median == 5
    DayOff.objects.create(date=datetime.date(2026, 1, 2), is_day_off=True)
    assert feedback_statistics(world["tayyen"], *january, today=TODAY).answer_time.median == 4


def test_overdue_now_is_a_snapshot_of_every_open_submission(world):
    result = feedback_statistics(world["tayyen"], *YEAR, today=TODAY)
    assert result.overdue_now == 2  # f (due 1/7/2026) and h, received last year
    early = feedback_statistics(world["tayyen"], *YEAR, today=datetime.date(2026, 1, 5))
    assert early.overdue_now == 0


def test_period_limits_the_counts(world):
    result = feedback_statistics(
        world["tayyen"], datetime.date(2026, 3, 1), datetime.date(2026, 3, 31), today=TODAY
    )
    assert result.total == 2
    assert result.by_field == [("Môi trường", 2)]
    assert [count for _, count in result.by_month] == [2]
    assert result.answer_time.median == 9  # d: 3, e: 15


def test_province_counts_every_site(world):
    result = feedback_statistics(None, *YEAR, today=TODAY)
    assert result.label == PROVINCE_LABEL
    assert result.total == 9
    assert result.by_site == [("xã Tây Yên", 8), ("xã An Biên", 1)]
    assert ("Đất đai", 5) in result.by_field


def test_medians_of_an_even_count_and_nearest_rank_percentile():
    assert nearest_rank([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 0.9) == 9
    assert nearest_rank([7], 0.9) == 7
    assert nearest_rank([3, 1, 2], 0.9) == 3


@pytest.mark.django_db
def test_working_day_counter_agrees_with_the_due_date_calendar():
    DayOff.objects.create(date=datetime.date(2026, 2, 21), is_day_off=False)  # làm bù
    DayOff.objects.create(date=datetime.date(2026, 1, 2), is_day_off=True)
    first, last = datetime.date(2025, 12, 20), datetime.date(2026, 5, 10)
    counter = WorkingDayCounter(first, last)
    overrides = {datetime.date(2026, 2, 21): False, datetime.date(2026, 1, 2): True}
    days = [first + datetime.timedelta(days=n) for n in range(0, (last - first).days + 1, 3)]
    for start in days:
        for end in days:
            assert counter.between(start, end) == working_days_between(start, end, overrides)


def test_no_answered_submission_gives_no_time(world):
    result = feedback_statistics(
        world["tayyen"], datetime.date(2026, 6, 1), datetime.date(2026, 6, 30), today=TODAY
    )
    assert result.answer_time.count == 0
    assert result.answer_time.median is None


def test_satisfaction_shown_only_from_five_ratings(world):
    rows = world["rows"]
    for key, value in zip(
        "abcd",
        [Rating.SATISFIED, Rating.SATISFIED, Rating.NEUTRAL, Rating.DISSATISFIED],
        strict=True,
    ):
        rate(rows[key], value)
    four = feedback_statistics(world["tayyen"], *YEAR, today=TODAY).satisfaction
    assert four.total == 4 and four.hidden and four.shares == []

    rate(rows["e"], Rating.SATISFIED)
    result = feedback_statistics(world["tayyen"], *YEAR, today=TODAY)
    assert not result.satisfaction.hidden
    assert result.satisfaction.shares == [
        ("Hài lòng", 3, 60.0),
        ("Bình thường", 1, 20.0),
        ("Không hài lòng", 1, 20.0),
    ]
    # Per field: 3 and 2 ratings, both too few to show.
    by_field = {group.label: group for group in result.satisfaction_by_field}
    assert by_field["Đất đai"].total == 3 and by_field["Đất đai"].hidden
    assert by_field["Môi trường"].hidden and by_field["Môi trường"].counts == {}


def test_one_hidden_group_hides_the_next_smallest_so_totals_do_not_reveal_it():
    groups = suppress_small(
        [RatingGroup("A", 10, {"hai-long": 10}), RatingGroup("B", 6), RatingGroup("C", 1)]
    )
    assert [group.hidden for group in groups] == [False, True, True]
    alone = suppress_small([RatingGroup("A", 9), RatingGroup("B", 5)])
    assert [group.hidden for group in alone] == [False, False]
    assert MIN_RATINGS == 5


def test_queries_do_not_grow_with_the_number_of_submissions(world):
    def count():
        with CaptureQueriesContext(connection) as queries:
            feedback_statistics(world["tayyen"], *YEAR, today=TODAY)
        return len(queries)

    before = count()
    for day in range(1, 20):
        row = submit(
            world["tayyen"],
            world["fields"]["traffic"],
            local(2026, 7, day),
            State.ANSWERED,
            local(2026, 7, 28),
        )
        rate(row, Rating.NEUTRAL)
    assert count() == before
