"""Due dates in working days (ngày làm việc).

Saturdays and Sundays are off, and so are Vietnam's public holidays, lunar ones included
(Tết, Giỗ Tổ Hùng Vương), from the `holidays` package's calendar. Each year the government
announces days off in exchange for working days (nghỉ bù, làm bù); staff record those as
`DayOff` rows, which override the calendar either way.

Counting starts the day after receipt: received on Friday with 1 working day, the answer
is due on Monday.
"""

import datetime
import functools

import holidays

SATURDAY = 5


@functools.lru_cache(maxsize=64)
def public_holidays(year: int) -> frozenset[datetime.date]:
    return frozenset(holidays.country_holidays("VN", years=year))


def is_working_day(day: datetime.date, overrides: dict[datetime.date, bool]) -> bool:
    """`overrides`: {date: is_day_off} announced by the government."""
    if day in overrides:
        return not overrides[day]
    return day.weekday() < SATURDAY and day not in public_holidays(day.year)


def add_working_days(
    start: datetime.date, count: int, overrides: dict[datetime.date, bool] | None = None
) -> datetime.date:
    overrides = overrides or {}
    day = start
    remaining = count
    while remaining > 0:
        day += datetime.timedelta(days=1)
        if is_working_day(day, overrides):
            remaining -= 1
    return day


def working_days_between(
    start: datetime.date, end: datetime.date, overrides: dict[datetime.date, bool] | None = None
) -> int:
    """Working days after `start` up to and including `end` (0 when end <= start)."""
    overrides = overrides or {}
    days, day = 0, start
    while day < end:
        day += datetime.timedelta(days=1)
        if is_working_day(day, overrides):
            days += 1
    return days


def overrides_from_db(start: datetime.date, end: datetime.date) -> dict[datetime.date, bool]:
    from .models import DayOff

    rows = DayOff.objects.filter(date__gte=start, date__lte=end)
    return dict(rows.values_list("date", "is_day_off"))


def due_date(received: datetime.date, working_days: int) -> datetime.date:
    # A generous window for the overrides: 15 working days span at most ~5 weeks, Tết included.
    window_end = received + datetime.timedelta(days=working_days * 3 + 30)
    return add_working_days(received, working_days, overrides_from_db(received, window_end))
