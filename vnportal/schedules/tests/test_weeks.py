"""ISO weeks as the schedule names them: no database."""

import datetime

from vnportal.schedules.weeks import Week, day_label, weeks_in_year


def test_a_week_runs_monday_to_sunday_and_is_named_as_on_the_page():
    week = Week.containing(datetime.date(2026, 11, 26))
    assert week.key == "2026-48"
    assert week.monday == datetime.date(2026, 11, 23)
    assert week.sunday == datetime.date(2026, 11, 29)
    assert week.heading == "Lịch công tác tuần 48 (từ 23/11/2026 đến 29/11/2026)"


def test_week_53_spans_new_year_and_leads_into_week_1():
    assert weeks_in_year(2026) == 53
    new_years_day = Week.containing(datetime.date(2027, 1, 1))
    assert new_years_day == Week(2026, 53)
    assert new_years_day.heading == "Lịch công tác tuần 53 (từ 28/12/2026 đến 03/01/2027)"
    assert new_years_day.next() == Week(2027, 1)
    assert Week(2027, 1).monday == datetime.date(2027, 1, 4)
    assert Week(2027, 1).previous() == Week(2026, 53)


def test_a_year_of_52_weeks_goes_from_52_to_the_next_years_1():
    assert weeks_in_year(2025) == 52
    assert Week(2025, 52).next() == Week(2026, 1)
    assert Week(2026, 1).monday == datetime.date(2025, 12, 29)
    assert Week(2026, 1).previous() == Week(2025, 52)


def test_parse_accepts_only_weeks_that_exist():
    assert Week.parse("2026-53") == Week(2026, 53)
    assert Week.parse("2026-5") == Week(2026, 5)
    assert Week.parse("2025-53") is None
    assert Week.parse("2026-00") is None
    assert Week.parse("1999-10") is None
    assert Week.parse("2026-W10") is None


def test_day_labels_are_vietnamese():
    assert day_label(datetime.date(2026, 11, 23)) == "Thứ Hai, 23/11/2026"
    assert day_label(datetime.date(2026, 11, 29)) == "Chủ nhật, 29/11/2026"
    assert day_label(datetime.date(2027, 1, 2)) == "Thứ Bảy, 02/01/2027"
