"""Answered citizens' questions (hỏi đáp) exported from a former portal as CSV or XLSX,
read into rows and saved as published submissions of the feedback app.

Only the question and its answer are kept. Old portals printed the asker's name beside
each question, and their exports carry name, phone, e-mail and address columns; we read
none of them (Law 91/2025/QH15: personal data is kept only for a purpose, and answering
is done). The encoding of a CSV file is told by `legaldocs.bulk.reading.decode`; headers
are matched on their folded words, like the register's import.
"""

import dataclasses
import datetime
import hashlib
import html
import re
import zoneinfo
from collections.abc import Iterator

from django.db import transaction
from django.utils import timezone
from django.utils.html import strip_tags

from vnportal.feedback import workdays
from vnportal.feedback.intake import save_with_new_code
from vnportal.feedback.models import Event, FeedbackField, Kind, State, Submission
from vnportal.legaldocs.bulk import reading, values
from vnportal.legaldocs.bulk.columns import Column, header_key
from vnportal.units.models import Unit, UnitKind
from vnportal.vntext import fold, normalize, slugify

LOCAL_ZONE = zoneinfo.ZoneInfo("Asia/Ho_Chi_Minh")
KEY_PREFIX = "hoi-dap:"
TITLE_LENGTH = Submission._meta.get_field("title").max_length
DEPARTMENT_LENGTH = Submission._meta.get_field("department").max_length
FIELD_NAME_LENGTH = FeedbackField._meta.get_field("name").max_length
# The first line of a question stands in for a missing title; past this it is cut.
DERIVED_TITLE_LENGTH = 200
# Who asked is not imported; the name column is required, so it holds this.
IMPORTED_NAME = "Người hỏi (nhập từ cổng cũ)"
OTHER_FIELD = "Khác"
IMPORTED_NOTE = "Nhập từ cổng thông tin cũ"

ID, ROW_NUMBER, TITLE, QUESTION, ANSWER = "id", "stt", "title", "question", "answer"
ASKED, ANSWERED, FIELD, COMMUNE, DEPARTMENT = "asked", "answered", "field", "commune", "dept"
SOURCE, PERSONAL = "source_url", "personal"

COLUMNS = (
    Column(ID, "Mã", ("Mã câu hỏi", "Mã hỏi đáp", "Mã số", "ID", "Mã định danh")),
    Column(ROW_NUMBER, "STT", ("Số thứ tự", "TT")),
    Column(TITLE, "Tiêu đề", ("Tiêu đề câu hỏi", "Tên câu hỏi", "Chủ đề", "Title")),
    Column(
        QUESTION,
        "Nội dung câu hỏi",
        ("Câu hỏi", "Nội dung hỏi", "Nội dung", "Question"),
        required=True,
    ),
    Column(
        ANSWER,
        "Trả lời",
        ("Nội dung trả lời", "Câu trả lời", "Trả lời câu hỏi", "Answer"),
        required=True,
    ),
    Column(
        ASKED,
        "Ngày hỏi",
        (
            "Ngày gửi",
            "Ngày đặt câu hỏi",
            "Thời gian hỏi",
            "Thời gian gửi",
            "Ngày gửi câu hỏi",
            "Ngày tiếp nhận",
            "Ngày nhận",
            "Ngày tạo",
        ),
        required=True,
    ),
    Column(ANSWERED, "Ngày trả lời", ("Thời gian trả lời", "Ngày phản hồi", "Ngày công khai")),
    Column(FIELD, "Lĩnh vực", ("Lĩnh vực hỏi đáp", "Chuyên mục", "Danh mục", "Nhóm câu hỏi")),
    Column(
        COMMUNE,
        "Xã/phường",
        (
            "Xã, phường",
            "Xã, phường, thị trấn",
            "Xã, phường, đặc khu",
            "Địa bàn",
            "Đơn vị hành chính",
        ),
    ),
    Column(
        DEPARTMENT,
        "Cơ quan trả lời",
        (
            "Đơn vị trả lời",
            "Cơ quan, đơn vị trả lời",
            "Cơ quan xử lý",
            "Đơn vị xử lý",
            "Phòng ban",
            "Phòng, ban trả lời",
            "Cơ quan",
        ),
    ),
    Column(
        SOURCE,
        "Đường dẫn",
        ("Đường dẫn gốc", "Địa chỉ trang", "Liên kết", "Link", "URL", "Địa chỉ cũ"),
    ),
    # Recognised only so that they are known and left unread; see the module docstring.
    Column(
        PERSONAL,
        "Họ tên",
        (
            "Họ và tên",
            "Người hỏi",
            "Người gửi",
            "Tên người hỏi",
            "Điện thoại",
            "Số điện thoại",
            "SĐT",
            "Email",
            "E-mail",
            "Thư điện tử",
            "Địa chỉ",
            "Địa chỉ người hỏi",
            "CCCD",
            "CMND",
        ),
    ),
)
BY_KEY = {column.key: column for column in COLUMNS}
_BY_HEADER = {
    header_key(name): column for column in COLUMNS for name in (column.label, *column.synonyms)
}

NO_QUESTION = "Thiếu nội dung câu hỏi."
NO_ANSWER = "Thiếu nội dung trả lời: chỉ nhập câu hỏi đã được trả lời."
NO_ASKED = "Thiếu ngày hỏi; hãy ghi dạng dd/mm/yyyy hoặc dd/mm/yyyy HH:MM."
ANSWER_BEFORE_QUESTION = "Ngày trả lời {answered} trước ngày hỏi {asked}."


@dataclasses.dataclass
class QuestionRow:
    """One answered question as read from the file, ready to save."""

    row: int
    key: str
    title: str
    question: str
    answer: str
    asked_at: datetime.datetime
    answered_at: datetime.datetime | None
    field: str
    commune: str
    department: str
    source_url: str


@dataclasses.dataclass
class RowProblem:
    """A row that is not imported: `column` as the file names it, `message` in Vietnamese."""

    row: int
    column: str
    message: str


# Reading


def read_questions(path) -> Iterator[QuestionRow | RowProblem]:
    """One QuestionRow or RowProblem per data row of the CSV or XLSX file at `path`.

    Raises `reading.ImportFileError` (its `reason` in Vietnamese) when the file cannot be
    read or has no column for the question, the answer or the date asked: then no row of
    it can be imported and one reason says so better than a problem on every row.
    """
    sheet = reading.read_rows(path, recognised=_recognised, keep_time=True)
    header = sheet.header
    positions = _positions(header)
    missing = [BY_KEY[key] for key in (QUESTION, ANSWER, ASKED) if key not in positions]
    if missing:
        names = ", ".join(f"“{column.label}”" for column in missing)
        raise reading.ImportFileError(
            f"Tệp không có cột {names}. Dòng tiêu đề đọc được: "
            f"{' | '.join(str(cell) for cell in header if cell) or '(trống)'}."
        )
    names = {key: str(header[index]) for key, index in positions.items()}
    for source in sheet:
        by_key = {key: source.cells.get(header[index]) for key, index in positions.items()}
        yield _row(source.row, by_key, names)


def _row(number: int, cells: dict, names: dict) -> QuestionRow | RowProblem:
    def problem(key, message):
        return RowProblem(number, names.get(key, BY_KEY[key].label), message)

    question = _long_text(cells.get(QUESTION))
    if not question:
        return problem(QUESTION, NO_QUESTION)
    answer = _long_text(cells.get(ANSWER))
    if not answer:
        return problem(ANSWER, NO_ANSWER)
    try:
        asked_at = moment(cells.get(ASKED))
    except values.CellError as error:
        return problem(ASKED, error.reason)
    if asked_at is None:
        return problem(ASKED, NO_ASKED)
    try:
        answered_at = moment(cells.get(ANSWERED))
    except values.CellError as error:
        return problem(ANSWERED, error.reason)
    if answered_at is not None and answered_at.date() < asked_at.date():
        return problem(
            ANSWERED,
            ANSWER_BEFORE_QUESTION.format(
                answered=f"{answered_at:%d/%m/%Y}", asked=f"{asked_at:%d/%m/%Y}"
            ),
        )
    # A blank title cell is read like a missing title column: the question's first line.
    title = values.text(cells.get(TITLE)) or _first_line(question)
    return QuestionRow(
        row=number,
        key=_key(cells, title, asked_at, question),
        title=title,
        question=question,
        answer=answer,
        asked_at=asked_at,
        answered_at=answered_at,
        field=values.text(cells.get(FIELD)),
        commune=values.text(cells.get(COMMUNE)),
        department=values.text(cells.get(DEPARTMENT)),
        source_url=values.text(cells.get(SOURCE)),
    )


def _key(cells, title, asked_at, question) -> str:
    # A portal's own id survives a re-export; STT only while the rows keep their order.
    for key in (ID, ROW_NUMBER):
        written = values.text(cells.get(key))
        if written:
            return KEY_PREFIX + written
    content = "\n".join((title, asked_at.isoformat(), question))
    return KEY_PREFIX + hashlib.sha256(content.encode()).hexdigest()[:20]


def _first_line(text: str) -> str:
    line = next(line for line in text.splitlines() if line.strip()).strip()
    if len(line) <= DERIVED_TITLE_LENGTH:
        return line
    cut = line[: DERIVED_TITLE_LENGTH - 1].rsplit(" ", 1)[0]
    return cut.rstrip(" ,;:.") + "…"


_HTML_TAG = re.compile(r"</?(p|br|div|span|strong|em|b|i|u|ul|ol|li|a|h\d|table)\b", re.I)
_BREAK = re.compile(r"<br\s*/?>", re.I)
_BLOCK_END = re.compile(r"</(p|div|li|h\d|tr|ul|ol|table)>", re.I)


def _long_text(value) -> str:
    """Paragraphs of a question or answer cell. Some portals export the HTML of their
    editor; it becomes text with its paragraphs, since the public page escapes tags."""
    if value is None:
        return ""
    written = str(value)
    if _HTML_TAG.search(written):
        written = _BLOCK_END.sub("\n\n", _BREAK.sub("\n", written))
        written = html.unescape(strip_tags(written))
    text = values.long_text(normalize(written))
    return re.sub(r"\n{3,}", "\n\n", text)


# Dates


_TIME = re.compile(
    r"(?<![\d:])(\d{1,2})[:h](\d{2})(?::(\d{2}))?\s*(am|pm|sa|ch)?(?![\d:])", re.IGNORECASE
)
_LEFT_OVER = re.compile(r"[|,()]|\b(lúc|luc|ngày|ngay)\b", re.IGNORECASE)


def moment(value) -> datetime.datetime | None:
    """An aware local datetime from a date cell or from dd/mm/yyyy, d/m/yyyy,
    yyyy-mm-dd, each with an optional time (HH:MM, HH:MM:SS, 9h30, AM/PM, SA/CH) before
    or after it; a date alone is midnight. None for an empty cell; CellError otherwise."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, datetime.datetime):
        return _local(value)
    if isinstance(value, datetime.date):
        return _local(datetime.datetime.combine(value, datetime.time()))
    written = " ".join(str(value).split())
    if re.match(r"\d{4}-\d{1,2}-\d{1,2}[ T]\d", written):
        try:
            return _local(datetime.datetime.fromisoformat(written))
        except ValueError:
            pass
    clock = datetime.time()
    found = _TIME.search(written)
    if found:
        clock = _clock(found, written)
        written = written[: found.start()] + " " + written[found.end() :]
    day = values.date(" ".join(_LEFT_OVER.sub(" ", written).split()).strip(" -"))
    if day is None:
        raise values.CellError(f"“{' '.join(str(value).split())}” không có ngày tháng.")
    return _local(datetime.datetime.combine(day, clock))


def _clock(found, written) -> datetime.time:
    hour, minute = int(found[1]), int(found[2])
    second = int(found[3] or 0)
    half = (found[4] or "").lower()
    if half:
        if not 1 <= hour <= 12:
            raise values.CellError(f"Giờ trong “{written}” không hợp lệ.")
        hour = hour % 12 + (12 if half in ("pm", "ch") else 0)
    try:
        return datetime.time(hour, minute, second)
    except ValueError:
        raise values.CellError(f"Giờ trong “{written}” không hợp lệ.") from None


def _local(value: datetime.datetime) -> datetime.datetime:
    if value.tzinfo is None:
        return value.replace(tzinfo=LOCAL_ZONE)
    return value.astimezone(LOCAL_ZONE)


# Files and headers


def _positions(header) -> dict[str, int]:
    positions = {}
    for index, cell in enumerate(header):
        column = _match(cell)
        if column is not None and column.key != PERSONAL:
            positions.setdefault(column.key, index)
    return positions


def _match(cell) -> Column | None:
    return _BY_HEADER.get(header_key(cell)) if isinstance(cell, str) else None


def _recognised(cells) -> int:
    return sum(1 for cell in cells if _match(cell) is not None)


# Saving


def save_question(site, row: QuestionRow, existing: Submission | None) -> tuple[Submission, str]:
    """Create or update the published submission of `row` on `site`; returns it with
    "created", "updated" or "unchanged" (then nothing is written)."""
    with transaction.atomic():
        field = _field(row.field)
        answered_at = row.answered_at or row.asked_at
        imported = {
            "site_id": site.pk,
            "title": row.title[:TITLE_LENGTH],
            "content": row.question,
            "answer": row.answer,
            "field_id": field.pk,
            "commune_id": _commune_id(site, row.commune),
            "department": row.department[:DEPARTMENT_LENGTH],
            "received_at": row.asked_at,
            "consented_at": row.asked_at,
            "answered_at": answered_at,
            "published_at": answered_at,
            # The deadline the rule gives, not the day asked, so that the statistics of
            # answers late count only those the old portal really answered late.
            "due_on": workdays.due_date(
                timezone.localtime(row.asked_at, LOCAL_ZONE).date(), field.due_working_days
            ),
        }
        if existing is None:
            return _create(imported, row), "created"
        changed = [name for name, value in imported.items() if getattr(existing, name) != value]
        if not changed:
            return existing, "unchanged"
        # Only what came from the file is refreshed: a handler who has since closed or
        # hidden an imported answer keeps that decision.
        for name in changed:
            setattr(existing, name, imported[name])
        existing.save(update_fields=[name.removesuffix("_id") for name in changed])
        return existing, "updated"


def _create(imported: dict, row: QuestionRow) -> Submission:
    submission = Submission(
        kind=Kind.QUESTION,
        state=State.PUBLISHED,
        may_publish=True,
        # Who asked is not imported (module docstring). Marking the submission erased
        # tells the privacy code there is nobody's data to erase or to keep a retention
        # clock for, and the handlers' page says the data is gone instead of offering to
        # show it; the public pages never read these fields at all.
        name=IMPORTED_NAME,
        erased_at=timezone.now(),
        **imported,
    )
    save_with_new_code(submission)
    note = f"{IMPORTED_NOTE}, địa chỉ cũ: {row.source_url}" if row.source_url else IMPORTED_NOTE
    Event.objects.create(submission=submission, action=Event.Action.NOTE, detail=note[:500])
    return submission


def _words(text: str) -> str:
    return " ".join(re.findall(r"[a-z0-9]+", fold(text or "")))


def _field(name: str) -> FeedbackField:
    """The lĩnh vực of that folded name, created when new; "Khác" when none is given."""
    name = " ".join(name.split())[:FIELD_NAME_LENGTH] or OTHER_FIELD
    wanted = _words(name)
    for field in FeedbackField.objects.all():
        if _words(field.name) == wanted:
            return field
    base = slugify(name) or "linh-vuc"
    slug, suffix = base, 2
    while FeedbackField.objects.filter(slug=slug).exists():
        slug, suffix = f"{base}-{suffix}", suffix + 1
    return FeedbackField.objects.create(name=name, slug=slug)


_UNIT_PREFIX = re.compile(r"^(xa|phuong|thi tran|dac khu)\s+")
COMMUNE_KINDS = (UnitKind.COMMUNE, UnitKind.WARD, UnitKind.SPECIAL_ZONE)


def _commune_id(site, written: str) -> int | None:
    """The unit a commune name written in the file means, or None when none or several
    fit: a wrong commune in the statistics is worse than none."""
    wanted = _words(written)
    if not wanted:
        return None
    units = list(
        Unit.objects.filter(kind__in=(*COMMUNE_KINDS, UnitKind.FORMER_COMMUNE)).values(
            "pk", "name", "kind", "site_id", "parent__site_id", "dissolved_on"
        )
    )
    for same in (lambda name: name == wanted, lambda name: _bare(name) == _bare(wanted)):
        found = [unit for unit in units if same(_words(unit["name"]))]
        if not found:
            continue
        found.sort(key=lambda unit: _rank(unit, site))
        best = [unit for unit in found if _rank(unit, site) == _rank(found[0], site)]
        return best[0]["pk"] if len(best) == 1 else None
    return None


def _rank(unit, site):
    """The site's own unit and the communes under it come first, then current units."""
    return (
        site.pk not in (unit["site_id"], unit["parent__site_id"]),
        unit["kind"] == UnitKind.FORMER_COMMUNE or unit["dissolved_on"] is not None,
    )


def _bare(words: str) -> str:
    return _UNIT_PREFIX.sub("", words)
