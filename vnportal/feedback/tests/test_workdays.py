"""Due dates count working days: no weekends, no public holidays (lunar ones included),
and the days the government announces as off or as make-up working days."""

import datetime

import pytest

from vnportal.feedback.models import DayOff
from vnportal.feedback.workdays import add_working_days, due_date, working_days_between

D = datetime.date


def test_fifteen_working_days_across_tet_2027():
    # Tết Đinh Mùi: 06/02/2027; the days off run from Thursday 04/02 to Wednesday 10/02.
    assert add_working_days(D(2027, 1, 29), 15) == D(2027, 2, 26)
    assert add_working_days(D(2027, 2, 3), 1) == D(2027, 2, 11)


def test_across_30_april_and_1_may():
    # 30/04/2027 is a Friday, 01/05 a Saturday, so Monday 03/05 is off in its place.
    assert add_working_days(D(2027, 4, 28), 3) == D(2027, 5, 5)
    assert working_days_between(D(2027, 4, 29), D(2027, 5, 4)) == 1


def test_hung_kings_day_from_the_lunar_calendar():
    # 10/3 âm lịch fell on Friday 16/04/2027.
    assert add_working_days(D(2027, 4, 15), 1) == D(2027, 4, 19)


def test_a_weekend_is_not_counted():
    assert add_working_days(D(2026, 11, 27), 1) == D(2026, 11, 30)  # Friday → Monday


@pytest.mark.django_db
def test_announced_days_off_and_make_up_days_override_the_calendar():
    # Hypothetical: Monday 27/12/2027 announced as a day off, Saturday 25/12 worked instead.
    DayOff.objects.create(date=D(2027, 12, 27), is_day_off=True, note="Nghỉ bù")
    DayOff.objects.create(date=D(2027, 12, 25), is_day_off=False, note="Làm bù")
    # Received Friday 24/12: Saturday 25 is worked, Monday 27 is off.
    assert due_date(D(2027, 12, 24), 1) == D(2027, 12, 25)
    assert due_date(D(2027, 12, 24), 2) == D(2027, 12, 28)
