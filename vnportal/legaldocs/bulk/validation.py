"""Check every row of a file of documents before anything is written.

A problem is (row, column, reason): the row as the spreadsheet numbers it, the column as
the file's header names it, the reason in Vietnamese. The checks are those of the
editing form (`LegalDocument.clean`) plus what only a file can get wrong: a date typed
as 31/02, a number given twice, a path that leaves the file's folder.
"""

import dataclasses
import hashlib
from pathlib import Path, PurePosixPath, PureWindowsPath

from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from django.db.models import Count

from vnportal.vntext import fold, slugify
from vnportal.vntext.docnumber import DocumentNumberError, parse

from ..models import DocumentKind, LegalDocument, RelationKind
from . import columns, values
from .columns import (
    BODY,
    EFFECTIVE,
    EXPIRES,
    FIELD,
    FILES,
    ISSUED,
    KIND,
    NUMBER,
    RELATION_PREFIX,
    SIGNER,
    SOURCE,
    SUMMARY,
    TITLE,
)

MAX_NAME = 255
MAX_TITLE = 1000
MAX_URL = 500
# SQLite refuses statements with more than 32,766 parameters; a register can be larger.
CHUNK = 900
# The model field each column fills; clean() reports errors by these names.
MODEL_FIELD = {
    NUMBER: "number",
    KIND: "kind",
    BODY: "issuing_body",
    FIELD: "field",
    SIGNER: "signer",
    ISSUED: "issued_on",
    EFFECTIVE: "effective_from",
    EXPIRES: "expires_on",
    TITLE: "title",
    SUMMARY: "summary",
    SOURCE: "source_url",
}
COLUMN_OF_FIELD = {field: key for key, field in MODEL_FIELD.items()}
_KINDS = {fold(name): kind for kind in DocumentKind for name in (kind.label, kind.value)}
_check_url = URLValidator(schemes=["http", "https"])


@dataclasses.dataclass(frozen=True)
class Problem:
    row: int
    column: str
    problem: str

    def as_dict(self) -> dict:
        return {"column": self.column, "problem": self.problem}


@dataclasses.dataclass(frozen=True)
class AttachmentFile:
    path: Path
    written: str
    sha256: str


@dataclasses.dataclass
class DocumentRow:
    """A row that passed every check. `values` holds the model fields of the columns the
    file has (`issuing_body` and `field` as names); a column the file lacks is absent, so
    updating a document leaves that field alone. `relations` likewise holds only the
    relation kinds the file has a column for."""

    row: int
    number: str
    key: str
    year: int
    values: dict
    relations: dict[str, list[str]]
    attachments: list[AttachmentFile]


class Validator:
    """Checks a file's header, then its rows one by one; `problems` collects every
    problem, `numbers` each row's number as written (for reports)."""

    def __init__(self, site, folder=None):
        self.site = site
        self.folder = Path(folder).resolve() if folder is not None else None
        self.headers: dict[str, str] = {}
        self.problems: list[Problem] = []
        self.numbers: dict[int, str] = {}
        self.ignored: list[str] = []
        self.first_row_of: dict[tuple[str, int], int] = {}

    def column_name(self, key: str) -> str:
        return self.headers.get(key) or columns.BY_KEY[key].label

    def read_header(self, header: list[str], row: int = 1) -> bool:
        """Map the header to our columns; False when it is wrong (a column missing, given
        twice, or split at its comma)."""
        for name in header:
            if not name:
                continue
            column = columns.match(name)
            if column is None:
                self.ignored.append(name)
            elif column.key in self.headers:
                self.problems.append(
                    Problem(
                        row,
                        name,
                        f"Cột này trùng với cột “{self.headers[column.key]}”; "
                        "hãy xoá hoặc đổi tên một cột.",
                    )
                )
            else:
                self.headers[column.key] = name
        for first, second in zip(header, header[1:], strict=False):
            joined = columns.match(f"{first}, {second}")
            if joined is not None and "," in joined.label and first and second:
                self.problems.append(
                    Problem(
                        row,
                        first,
                        f"Tên cột “{joined.label}” bị tách làm hai ở dấu phẩy: hãy đặt tên cột "
                        "trong dấu ngoặc kép, hoặc dùng dấu chấm phẩy để phân cách các cột.",
                    )
                )
        missing = [c for c in columns.COLUMNS if c.required and c.key not in self.headers]
        for column in missing:
            self.problems.append(
                Problem(row, column.label, f"Thiếu cột “{column.label}” (bắt buộc).")
            )
        return not self.problems

    def check(self, source) -> DocumentRow | None:
        """The row ready to import, or None when it has problems (added to `problems`)."""
        row = _Row(self, source)
        return row.result()

    def check_register(self, rows: list[DocumentRow]) -> list[DocumentRow]:
        """Rows whose number the site's register holds twice in the same year cannot say
        which document to update; the register must be tidied first."""
        doubled = set()
        for keys in chunked(sorted({row.key for row in rows})):
            doubled.update(
                (entry["number_key"], entry["year"])
                for entry in LegalDocument.objects.filter(site=self.site, number_key__in=keys)
                .values("number_key", "year")
                .annotate(copies=Count("id"))
                .filter(copies__gt=1)
            )
        kept = []
        for row in rows:
            if (row.key, row.year) in doubled:
                self.problems.append(
                    Problem(
                        row.row,
                        self.column_name(NUMBER),
                        f"Sổ văn bản của trang đã có nhiều văn bản số {row.number} năm "
                        f"{row.year}; không biết cập nhật văn bản nào. Hãy xoá bản thừa trước.",
                    )
                )
            else:
                kept.append(row)
        return kept


class _Row:
    def __init__(self, validator: Validator, source):
        self.validator = validator
        self.source = source
        self.problems: list[Problem] = []

    def has(self, key: str) -> bool:
        return key in self.validator.headers

    def cell(self, key: str):
        header = self.validator.headers.get(key)
        return self.source.cells.get(header) if header else None

    def add(self, key: str | None, reason: str) -> None:
        column = self.validator.column_name(key) if key else ""
        self.problems.append(Problem(self.source.row, column, reason))

    def bad(self, *keys: str) -> bool:
        names = {self.validator.column_name(key) for key in keys}
        return any(problem.column in names for problem in self.problems)

    def result(self) -> DocumentRow | None:
        self.validator.numbers[self.source.row] = values.text(self.cell(NUMBER))
        if self.source.extra:
            self.add(
                None,
                f"Dòng có {self.source.extra} giá trị nằm ngoài các cột của dòng tiêu đề; "
                "giá trị có dấu phẩy hoặc chấm phẩy phải đặt trong dấu ngoặc kép.",
            )
        parsed = self.number()
        found = {
            "kind": self.kind(parsed),
            "issuing_body": self.name(BODY, required=True),
            "issued_on": self.date(ISSUED, required=True),
            "title": self.title(),
        }
        if self.has(FIELD):
            found["field"] = self.field()
        if self.has(SIGNER):
            found["signer"] = self.name(SIGNER)
        for key in (EFFECTIVE, EXPIRES):
            if self.has(key):
                found[MODEL_FIELD[key]] = self.date(key)
        if self.has(SUMMARY):
            found["summary"] = values.long_text(self.cell(SUMMARY))
        if self.has(SOURCE):
            found["source_url"] = self.url()
        relations = self.relations(parsed)
        attachments = self.attachments()
        if parsed is not None:
            found["number"] = parsed.canonical
            self.model_rules(found)
            self.once_in_file(parsed, found["issued_on"])
        self.validator.problems.extend(self.problems)
        if self.problems:
            return None
        return DocumentRow(
            row=self.source.row,
            number=parsed.canonical,
            key=parsed.key,
            year=found["issued_on"].year,
            values=found,
            relations=relations,
            attachments=attachments,
        )

    def number(self):
        try:
            return parse(values.text(self.cell(NUMBER)))
        except DocumentNumberError as error:
            self.add(NUMBER, error.reason)
            return None

    def kind(self, parsed):
        written = values.text(self.cell(KIND))
        if written:
            kind = _KINDS.get(fold(written))
            if kind is None:
                labels = ", ".join(choice.label for choice in DocumentKind)
                self.add(KIND, f"Không có hình thức văn bản “{written}”. Các hình thức: {labels}.")
            return kind
        if parsed is None:
            return None
        kind = DocumentKind.from_name(parsed.type_name)
        if kind is None:
            self.add(
                KIND,
                f"Chưa ghi hình thức văn bản, và số, ký hiệu {parsed.canonical} không cho biết "
                "hình thức; hãy điền cột này.",
            )
        return kind

    def name(self, key: str, required: bool = False) -> str:
        written = values.text(self.cell(key))
        label = columns.BY_KEY[key].label.lower()
        if required and not written:
            self.add(key, f"Chưa ghi {label}.")
        elif len(written) > MAX_NAME:
            self.add(key, f"Tên dài {len(written)} ký tự, quá {MAX_NAME} ký tự.")
        return written

    def field(self) -> str:
        written = self.name(FIELD)
        if written and not slugify(written, max_length=MAX_NAME):
            self.add(FIELD, f"Tên lĩnh vực “{written}” phải có chữ cái hoặc chữ số.")
        return written

    def date(self, key: str, required: bool = False):
        try:
            day = values.date(self.cell(key))
        except values.CellError as problem:
            self.add(key, problem.reason)
            return None
        if day is None and required:
            self.add(key, f"Chưa ghi {columns.BY_KEY[key].label.lower()}.")
        return day

    def title(self) -> str:
        written = values.text(self.cell(TITLE))
        if not written:
            self.add(TITLE, "Chưa ghi trích yếu.")
        elif len(written) > MAX_TITLE:
            self.add(TITLE, f"Trích yếu dài {len(written)} ký tự, quá {MAX_TITLE} ký tự.")
        return written

    def url(self) -> str:
        written = values.text(self.cell(SOURCE))
        if not written:
            return ""
        try:
            _check_url(written)
        except ValidationError:
            self.add(SOURCE, f"“{written}” không phải địa chỉ web (http:// hoặc https://).")
            return ""
        if len(written) > MAX_URL:
            self.add(SOURCE, f"Địa chỉ dài {len(written)} ký tự, quá {MAX_URL} ký tự.")
        return written

    def relations(self, parsed) -> dict[str, list[str]]:
        found = {}
        for kind in RelationKind:
            key = RELATION_PREFIX + kind.value
            if not self.has(key):
                continue
            numbers, seen = [], set()
            for written in values.numbers(self.cell(key)):
                try:
                    target = parse(written)
                except DocumentNumberError as error:
                    self.add(key, f"“{written}”: {error.reason}")
                    continue
                if parsed is not None and target.key == parsed.key:
                    self.add(key, f"Văn bản không thể {kind.label.lower()} chính nó.")
                elif target.key not in seen:
                    seen.add(target.key)
                    numbers.append(target.canonical)
            found[kind.value] = numbers
        return found

    def attachments(self) -> list[AttachmentFile]:
        found = []
        for written in values.paths(self.cell(FILES)):
            path = self.file_path(written)
            if path is None:
                continue
            attachment = self.inspected(path, written)
            if attachment is not None:
                found.append(attachment)
        return found

    def file_path(self, written: str) -> Path | None:
        folder = self.validator.folder
        if folder is None:
            self.add(FILES, "Không có thư mục gốc để tìm tệp đính kèm.")
            return None
        posix = written.replace("\\", "/")
        if PurePosixPath(posix).is_absolute() or PureWindowsPath(written).anchor:
            self.add(
                FILES,
                f"“{written}” là đường dẫn tuyệt đối; hãy ghi đường dẫn tính từ thư mục chứa "
                "tệp nhập.",
            )
            return None
        # resolve() follows symbolic links too: a link that points outside is refused.
        path = (folder / posix).resolve()
        if not path.is_relative_to(folder):
            self.add(FILES, f"“{written}” ra ngoài thư mục chứa tệp nhập; không được phép.")
            return None
        if not path.is_file():
            self.add(FILES, f"Không tìm thấy tệp “{written}” trong thư mục chứa tệp nhập.")
            return None
        return path

    def inspected(self, path: Path, written: str) -> AttachmentFile | None:
        # Imported here: the file inspection is needed only by files that name attachments.
        from ..attachments import FileRejected, check

        try:
            data = path.read_bytes()
        except OSError as error:
            self.add(FILES, f"Không đọc được tệp “{written}”: {error.strerror}.")
            return None
        try:
            inspection = check(data, path.name)
        except FileRejected as error:
            self.add(FILES, f"“{written}”: {error}")
            return None
        digest = hashlib.sha256(inspection.data).hexdigest()
        return AttachmentFile(path=path, written=written, sha256=digest)

    def model_rules(self, found: dict) -> None:
        """The editing form's rules (number year against issue date, the order of the
        dates), skipped when a date is already wrong: one problem per mistake."""
        if self.bad(ISSUED, EFFECTIVE, EXPIRES) or found["issued_on"] is None:
            return
        document = LegalDocument(
            number=found["number"],
            issued_on=found["issued_on"],
            effective_from=found.get("effective_from"),
            expires_on=found.get("expires_on"),
        )
        try:
            document.clean()
        except ValidationError as error:
            for field, messages in error.message_dict.items():
                key = COLUMN_OF_FIELD.get(field, NUMBER)
                for message in messages:
                    self.add(key, message)

    def once_in_file(self, parsed, issued_on) -> None:
        if issued_on is None:
            return
        seen = self.validator.first_row_of
        first = seen.setdefault((parsed.key, issued_on.year), self.source.row)
        if first != self.source.row:
            self.add(
                NUMBER,
                f"Trùng với dòng {first}: cùng số, ký hiệu {parsed.canonical} năm "
                f"{issued_on.year}.",
            )


def validate(rows, site, *, folder=None) -> tuple[list[DocumentRow], list[Problem]]:
    """Check `rows` (a Sheet from read_rows, or SourceRows) for `site`'s register.

    Returns the rows ready to import and every problem found. Attachment paths are
    relative to `folder` (the file's folder). Nothing is written.
    """
    header = getattr(rows, "header", None)
    header_row = getattr(rows, "header_row", 1)
    sources = list(rows)
    if header is None:
        header = list(sources[0].cells) if sources else []
    validator = Validator(site, folder)
    return check_all(validator, sources, header, header_row), validator.problems


def check_all(validator: Validator, sources, header: list[str], header_row: int = 1):
    """The rows ready to import; none when the header itself is wrong."""
    if not validator.read_header(header, header_row):
        return []
    checked = [validator.check(source) for source in sources]
    return validator.check_register([row for row in checked if row is not None])


def chunked(values: list, size: int = CHUNK):
    for start in range(0, len(values), size):
        yield values[start : start + size]
