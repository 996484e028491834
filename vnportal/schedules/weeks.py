"""ISO weeks (Monday to Sunday) as the schedule pages name them: `2026-48` in the URL,
"tuần 48 (từ 23/11/2026 đến 29/11/2026)" on the page. No Django here."""

import datetime
import re
from dataclasses import dataclass

WEEKDAYS = ("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ nhật")
_KEY = re.compile(r"^(\d{4})-(\d{1,2})$")
MIN_YEAR, MAX_YEAR = 2000, 2100


def vn_date(day: datetime.date) -> str:
    return day.strftime("%d/%m/%Y")


def day_label(day: datetime.date) -> str:
    """ "Thứ Hai, 23/11/2026"."""
    return f"{WEEKDAYS[day.weekday()]}, {vn_date(day)}"


@dataclass(frozen=True)
class Week:
    """One ISO week; `year` is the ISO year, which differs from the calendar year of
    its days around New Year (2026-W53 ends on 03/01/2027)."""

    year: int
    number: int

    @classmethod
    def containing(cls, day: datetime.date) -> "Week":
        year, number, _ = day.isocalendar()
        return cls(year, number)

    @classmethod
    def parse(cls, key: str) -> "Week | None":
        """The week named `2026-48`, or None when no such week exists."""
        match = _KEY.match(key or "")
        if not match:
            return None
        year, number = int(match.group(1)), int(match.group(2))
        if not MIN_YEAR <= year <= MAX_YEAR or not 1 <= number <= weeks_in_year(year):
            return None
        return cls(year, number)

    @property
    def key(self) -> str:
        return f"{self.year}-{self.number:02d}"

    @property
    def monday(self) -> datetime.date:
        return datetime.date.fromisocalendar(self.year, self.number, 1)

    @property
    def sunday(self) -> datetime.date:
        return self.monday + datetime.timedelta(days=6)

    @property
    def days(self) -> list[datetime.date]:
        return [self.monday + datetime.timedelta(days=offset) for offset in range(7)]

    def previous(self) -> "Week":
        return Week.containing(self.monday - datetime.timedelta(days=7))

    def next(self) -> "Week":
        return Week.containing(self.monday + datetime.timedelta(days=7))

    @property
    def heading(self) -> str:
        return (
            f"Lịch công tác tuần {self.number} "
            f"(từ {vn_date(self.monday)} đến {vn_date(self.sunday)})"
        )

    @property
    def in_range(self) -> bool:
        return MIN_YEAR <= self.year <= MAX_YEAR


def weeks_in_year(year: int) -> int:
    """52 or 53: 28 December always falls in the year's last ISO week."""
    return datetime.date(year, 12, 28).isocalendar()[1]
