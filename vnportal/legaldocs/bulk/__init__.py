"""Bulk import of a register kept in a CSV or XLSX file (`manage.py import_legaldocs`).

Usable without the command, e.g. by the importers of legacy portals:

- `read_rows(path) -> Sheet`: the rows of the file, each a SourceRow(row, cells).
- `validate(rows, site, folder=None) -> (list[DocumentRow], list[Problem])`: every check,
  nothing written.
- `import_documents(site, path, skip_invalid=False, dry_run=False) -> ImportReport`.
"""

from .reading import ImportFileError, Sheet, SourceRow, read_data, read_rows
from .validation import DocumentRow, Problem, validate
from .writing import (
    CREATED,
    INVALID,
    SKIPPED,
    UNCHANGED,
    UPDATED,
    ImportReport,
    RowResult,
    import_documents,
)

__all__ = [
    "CREATED",
    "INVALID",
    "SKIPPED",
    "UNCHANGED",
    "UPDATED",
    "DocumentRow",
    "ImportFileError",
    "ImportReport",
    "Problem",
    "RowResult",
    "Sheet",
    "SourceRow",
    "import_documents",
    "read_data",
    "read_rows",
    "validate",
]
