"""Write the checked rows of a file into a site's register: all or nothing by default.

A document is found by its number's key and its issue year (a công văn's number starts
again every year), so importing the same file twice updates in place, never duplicates,
and the second run reports every row "unchanged". Every document goes through `.save()`,
which derives its status dates and links its relations; the search index follows from
the app's signal handlers.
"""

import dataclasses
import json
from collections import defaultdict
from pathlib import Path

from django.db import transaction

from vnportal.vntext import slugify, tone_key

from ..models import (
    Attachment,
    DocumentField,
    DocumentIndexPage,
    DocumentRelation,
    IssuingBody,
    LegalDocument,
)
from ..numbering import number_key
from .columns import FILES
from .reading import read_rows
from .validation import MAX_NAME, DocumentRow, Problem, Validator, check_all, chunked

CREATED = "created"
UPDATED = "updated"
UNCHANGED = "unchanged"
SKIPPED = "skipped"
INVALID = "invalid"


@dataclasses.dataclass
class RowResult:
    row: int
    number: str
    status: str
    problems: list[Problem] = dataclasses.field(default_factory=list)
    url: str = ""

    def as_dict(self) -> dict:
        found = {
            "row": self.row,
            "number": self.number,
            "status": self.status,
            "problems": [problem.as_dict() for problem in self.problems],
        }
        if self.url:
            found["url"] = self.url
        return found


@dataclasses.dataclass
class ImportReport:
    """What an import did (or, for a dry run or a refused file, would do) to each row."""

    rows: list[RowResult]
    problems: list[Problem]
    dry_run: bool = False
    # True when problems stopped the whole import: nothing was (or would be) written.
    refused: bool = False
    written: bool = False
    new_bodies: list[str] = dataclasses.field(default_factory=list)
    new_fields: list[str] = dataclasses.field(default_factory=list)
    ignored_columns: list[str] = dataclasses.field(default_factory=list)

    def count(self, status: str) -> int:
        return sum(1 for row in self.rows if row.status == status)

    def summary(self) -> str:
        if self.refused:
            rows = len({problem.row for problem in self.problems})
            found = f"{len(self.problems)} vấn đề ở {rows} dòng"
            if self.dry_run:
                return f"Chạy thử: tệp có {found}; chạy thật sẽ không nhập văn bản nào."
            return f"Chưa nhập văn bản nào: tệp có {found}."
        counts = (
            f"{self.count(CREATED)} văn bản mới, cập nhật {self.count(UPDATED)}, "
            f"không đổi {self.count(UNCHANGED)}, "
            f"bỏ qua {self.count(SKIPPED) + self.count(INVALID)}."
        )
        if self.dry_run:
            return f"Chạy thử, chưa ghi gì: sẽ nhập {counts}"
        return f"Đã nhập {counts}"

    def write_jsonl(self, path) -> None:
        """One JSON object per row: row, number, status, problems, url when known."""
        with Path(path).open("w", encoding="utf-8") as out:
            for row in self.rows:
                out.write(json.dumps(row.as_dict(), ensure_ascii=False) + "\n")


class _RowWriteError(Exception):
    def __init__(self, problem: Problem):
        super().__init__(problem.problem)
        self.problem = problem


def import_documents(site, path, skip_invalid=False, dry_run=False) -> ImportReport:
    """Import the CSV or XLSX file at `path` into `site`'s register.

    With problems in any row nothing is written, unless `skip_invalid`: then the valid
    rows are. `dry_run` checks and plans without writing anything. The whole import is
    one transaction; files attached in it are deleted again if it rolls back here (a
    caller's own enclosing transaction that rolls back later leaves them on disk).
    Raises ImportFileError when the file cannot be read at all.
    """
    path = Path(path)
    sheet = read_rows(path)
    sources = list(sheet)
    validator = Validator(site, path.parent)
    items = check_all(validator, sources, sheet.header, sheet.header_row)
    report = ImportReport(
        rows=[],
        problems=validator.problems,
        dry_run=dry_run,
        ignored_columns=validator.ignored,
    )
    problems_of = defaultdict(list)
    for problem in validator.problems:
        problems_of[problem.row].append(problem)
    results = {
        source.row: RowResult(
            source.row,
            validator.numbers.get(source.row, ""),
            INVALID if problems_of[source.row] else SKIPPED,
            problems_of[source.row],
        )
        for source in sources
    }
    report.rows = list(results.values())
    for item in items:
        results[item.row].number = item.number
    if validator.problems and (not skip_invalid or not items):
        report.refused = True
        return report

    register = _Register(site, items, validator.column_name(FILES))
    plan = [(item, register.status(item)) for item in items]
    for item, status in plan:
        results[item.row].status = status
        results[item.row].url = register.url(item)
    report.new_bodies, report.new_fields = register.missing_names(plan)
    if dry_run:
        return report
    try:
        register.write(plan, results, skip_invalid)
    except _RowWriteError as failed:
        for result in results.values():
            if result.status != INVALID:
                result.status = SKIPPED
                result.url = ""
        results[failed.problem.row].status = INVALID
        results[failed.problem.row].problems.append(failed.problem)
        report.problems.append(failed.problem)
        report.refused = True
        return report
    report.problems = [problem for result in report.rows for problem in result.problems]
    report.written = True
    return report


class _Register:
    """What the site's register already holds for the file's rows, read in a few queries,
    and how each row changes it."""

    def __init__(self, site, items: list[DocumentRow], files_column: str):
        self.site = site
        self.files_column = files_column
        keys = sorted({item.key for item in items})
        self.documents = {}
        for chunk in chunked(keys):
            for document in LegalDocument.objects.filter(site=site, number_key__in=chunk):
                self.documents[(document.number_key, document.year)] = document
        ids = [document.pk for document in self.documents.values()]
        self.relations = defaultdict(list)
        self.digests = defaultdict(set)
        for chunk in chunked(ids):
            for relation in DocumentRelation.objects.filter(document_id__in=chunk):
                self.relations[relation.document_id].append(relation)
            for document_id, digest in Attachment.objects.filter(document_id__in=chunk).values_list(
                "document_id", "sha256"
            ):
                self.digests[document_id].add(digest)
        self.bodies = {}
        for body in IssuingBody.objects.order_by("pk"):
            self.bodies.setdefault(tone_key(body.name), body)
        self.fields = {field.slug: field for field in DocumentField.objects.all()}
        self.index = (
            DocumentIndexPage.objects.live().descendant_of(site.root_page, inclusive=True).first()
        )

    def existing(self, item: DocumentRow) -> LegalDocument | None:
        return self.documents.get((item.key, item.year))

    def body(self, name: str) -> IssuingBody | None:
        return self.bodies.get(tone_key(name))

    def field(self, name: str) -> DocumentField | None:
        return self.fields.get(slugify(name, max_length=MAX_NAME))

    def url(self, item: DocumentRow) -> str:
        document = self.existing(item)
        return self.document_url(document) if document is not None else ""

    def document_url(self, document: LegalDocument) -> str:
        if self.index is None or not document.slug:
            return ""
        base = self.index.get_full_url() or ""
        if not base.endswith("/"):
            base += "/"
        return base + self.index.reverse_subpage("detail", kwargs={"slug": document.slug})

    def status(self, item: DocumentRow) -> str:
        document = self.existing(item)
        if document is None:
            return CREATED
        return UPDATED if self.differs(item, document) else UNCHANGED

    def differs(self, item: DocumentRow, document: LegalDocument) -> bool:
        for name, value in item.values.items():
            if name == "issuing_body":
                body = self.body(value)
                if body is None or body.pk != document.issuing_body_id:
                    return True
            elif name == "field":
                field = self.field(value) if value else None
                if value and field is None:
                    return True
                if (field.pk if field else None) != document.field_id:
                    return True
            elif getattr(document, name) != value:
                return True
        relations = self.relations[document.pk]
        for kind, numbers in item.relations.items():
            now = {relation.target_key for relation in relations if relation.kind == kind}
            if now != {number_key(number) for number in numbers}:
                return True
        digests = self.digests[document.pk]
        return any(attachment.sha256 not in digests for attachment in item.attachments)

    def missing_names(self, plan) -> tuple[list[str], list[str]]:
        """The bodies and fields the writing rows name that are not registered yet."""
        bodies, fields = {}, {}
        for item, status in plan:
            if status not in (CREATED, UPDATED):
                continue
            name = item.values["issuing_body"]
            if self.body(name) is None:
                bodies.setdefault(tone_key(name), name)
            name = item.values.get("field")
            if name and self.field(name) is None:
                fields.setdefault(slugify(name, max_length=MAX_NAME), name)
        return list(bodies.values()), list(fields.values())

    def write(self, plan, results: dict, skip_invalid: bool) -> None:
        written: list[str] = []
        failures = _file_failures(plan)
        try:
            with transaction.atomic():
                self.add_names(plan)
                for item, status in plan:
                    if status not in (CREATED, UPDATED):
                        continue
                    before = len(written)
                    try:
                        # A savepoint per row: with --skip-invalid a row that fails while
                        # writing (a file changed since it was checked) leaves no trace.
                        with transaction.atomic():
                            document = self.save(item, written)
                    except failures as error:
                        _delete(written[before:])
                        del written[before:]
                        problem = Problem(item.row, self.files_column, _reason(error))
                        if not skip_invalid:
                            raise _RowWriteError(problem) from error
                        results[item.row].status = INVALID
                        results[item.row].problems.append(problem)
                        results[item.row].url = ""
                        continue
                    results[item.row].url = self.document_url(document)
        except BaseException:
            _delete(written)
            raise

    def add_names(self, plan) -> None:
        bodies, fields = self.missing_names(plan)
        for name in bodies:
            self.bodies[tone_key(name)] = IssuingBody.objects.create(name=name)
        for name in fields:
            slug = slugify(name, max_length=MAX_NAME)
            self.fields[slug] = DocumentField.objects.create(name=name, slug=slug)

    def save(self, item: DocumentRow, written: list[str]) -> LegalDocument:
        from ..attachments import attach

        document = self.existing(item) or LegalDocument(site=self.site)
        for name, value in item.values.items():
            if name == "issuing_body":
                document.issuing_body = self.body(value)
            elif name == "field":
                document.field = self.field(value) if value else None
            else:
                setattr(document, name, value)
        if item.relations:
            document.relations.set(self.new_relations(item, document))
        document.save()
        digests = self.digests[document.pk]
        for attachment in item.attachments:
            if attachment.sha256 in digests:
                continue
            stored = attach(document, attachment.path.read_bytes(), attachment.path.name)
            written.append(stored.file.name)
            digests.add(attachment.sha256)
        return document

    def new_relations(self, item: DocumentRow, document: LegalDocument) -> list:
        """The document's relations after the row: kinds without a column in the file are
        kept as they are; a kept relation keeps its note."""
        existing = self.relations[document.pk] if document.pk else []
        relations = [relation for relation in existing if relation.kind not in item.relations]
        for kind, numbers in item.relations.items():
            old = {r.target_key: r for r in existing if r.kind == kind}
            for number in numbers:
                relation = old.get(number_key(number)) or DocumentRelation(kind=kind)
                relation.target_number = number
                relations.append(relation)
        return relations


def _file_failures(plan) -> tuple:
    """What writing a row may meet that is the file's fault, not a bug: a file that
    changed or vanished since it was checked."""
    if not any(item.attachments for item, _ in plan):
        return ()
    from ..attachments import FileRejected

    return (OSError, FileRejected)


def _reason(error: Exception) -> str:
    if isinstance(error, OSError):
        return f"Không đọc được tệp đính kèm: {error.strerror}."
    return str(error)


def _delete(names: list[str]) -> None:
    storage = Attachment._meta.get_field("file").storage
    for name in names:
        storage.delete(name)
