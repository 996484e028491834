"""Answered questions (hỏi đáp) from a CSV or XLSX file, as items for the pipeline.

The rows are read and checked by `importers.questions`; a row with a problem is reported
as skipped with the column and the problem.
"""

from pathlib import Path

from .. import questions
from ..items import QUESTION, Item


def count(path: Path) -> int | None:
    return None


def read(path: Path):
    for row in questions.read_questions(path):
        if isinstance(row, questions.RowProblem):
            column = f" (cột “{row.column}”)" if row.column else ""
            yield Item(
                key=f"hoi-dap:dong-{row.row}",
                source=f"{path.name}:{row.row}",
                kind=QUESTION,
                skip_reason=f"{row.message}{column}",
            )
            continue
        yield Item(
            key=row.key,
            source=f"{path.name}:{row.row}",
            kind=QUESTION,
            title=row.title,
            published_at=row.asked_at,
            category=[row.field, row.commune],
            sapo=row.question,
            body_html=row.answer,
            original_url=row.source_url,
            author=row.department,
            source_name=row.answered_at.isoformat() if row.answered_at else "",
            record=row,
        )
