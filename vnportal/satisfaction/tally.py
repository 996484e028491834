"""Turning counts of ratings into what the results table shows: for each criterion, the
count and share of each level. Pure arithmetic, no Django, so it is tested on its own.

Levels go from 5 (Rất hài lòng) down to 1 (Rất không hài lòng).
"""

from dataclasses import dataclass

LEVELS = (
    (5, "Rất hài lòng"),
    (4, "Hài lòng"),
    (3, "Bình thường"),
    (2, "Không hài lòng"),
    (1, "Rất không hài lòng"),
)

# (field name, label). "overall" is the one question everyone must answer.
CRITERIA = (
    ("overall", "Mức độ hài lòng chung"),
    ("content", "Nội dung thông tin"),
    ("findability", "Dễ tìm kiếm thông tin"),
    ("speed", "Tốc độ tải trang"),
    ("mobile", "Hiển thị trên điện thoại"),
)


@dataclass(frozen=True)
class Cell:
    level: int
    label: str
    count: int
    percent: float  # 0–100, one decimal

    @property
    def shown_percent(self) -> str:
        """Vietnamese decimal comma: 37,5 %."""
        return f"{self.percent:.1f}".replace(".", ",") + " %"


@dataclass(frozen=True)
class Row:
    field: str
    label: str
    total: int
    cells: list[Cell]


def percent(count: int, total: int) -> float:
    return round(100 * count / total, 1) if total else 0.0


def row(field: str, label: str, counts: dict[int, int]) -> Row:
    """One criterion's line from {level: count}; levels missing from `counts` are 0."""
    total = sum(counts.get(level, 0) for level, _ in LEVELS)
    cells = [
        Cell(level, name, counts.get(level, 0), percent(counts.get(level, 0), total))
        for level, name in LEVELS
    ]
    return Row(field, label, total, cells)


def satisfied_share(counts: dict[int, int]) -> float:
    """Share of "Rất hài lòng" and "Hài lòng" among all answers, the figure the
    government's satisfaction index reports."""
    total = sum(counts.values())
    return percent(counts.get(5, 0) + counts.get(4, 0), total)
