"""Answered questions exported by a former portal: read from CSV (UTF-8 with BOM,
Windows-1258) or XLSX, published on the site with their answer, found by the search, and
without the asker's name or phone anywhere."""

import datetime
import unicodedata
import zoneinfo

import openpyxl
import pytest
from django.core.cache import cache

from vnportal.feedback import privacy
from vnportal.feedback.models import Event, FeedbackField, State, Submission
from vnportal.feedback.tests.builders import add_field, add_questions_section
from vnportal.importers.questions import (
    IMPORTED_NAME,
    QuestionRow,
    RowProblem,
    moment,
    read_questions,
    save_question,
)
from vnportal.legaldocs.bulk.reading import ImportFileError
from vnportal.search.engine import search
from vnportal.search.results import SearchRequest
from vnportal.testing.builders import add_unit, build_site
from vnportal.units.models import UnitKind

LOCAL = zoneinfo.ZoneInfo("Asia/Ho_Chi_Minh")
HEADER = [
    "Mã",
    "Tiêu đề",
    "Nội dung câu hỏi",
    "Ngày hỏi",
    "Trả lời",
    "Ngày trả lời",
    "Lĩnh vực",
    "Xã/phường",
    "Cơ quan trả lời",
    "Họ tên",
    "Điện thoại",
]
ASKER = "Lê Thị Riêng Tư"
PHONE = "0987 654 321"
ANSWERED_ROW = [
    "HD-15",
    "Thủ tục cấp đổi giấy chứng nhận quyền sử dụng đất",
    "Gia đình tôi muốn đổi sổ đỏ cũ sang mẫu mới.\n\nCần chuẩn bị những giấy tờ gì?",
    "30/07/2022 09:27",
    "Ông bà nộp đơn đề nghị cấp đổi và bản gốc giấy chứng nhận đã cấp.\n\n"
    "Hồ sơ nộp tại bộ phận một cửa của xã.",
    "05/08/2022",
    "Đất đai",
    "Tây Yên",
    "Phòng Nông nghiệp và Môi trường",
    ASKER,
    PHONE,
]
UNANSWERED_ROW = [
    "HD-16",
    "Hỏi về trợ cấp người cao tuổi",
    "Mẹ tôi 80 tuổi, được hưởng trợ cấp không?",
    "01/08/2022",
    "",
    "",
    "Lao động, chính sách xã hội",
    "",
    "",
    "Trần Văn Khách",
    "0911 000 111",
]
BAD_DATE_ROW = [
    "HD-17",
    "Hỏi về học phí",
    "Học phí năm học mới là bao nhiêu?",
    "31/02/2022",
    "Theo nghị quyết của Hội đồng nhân dân tỉnh.",
    "",
    "Giáo dục",
    "",
    "",
    "",
    "",
]


def _csv(rows, delimiter=","):
    def cell(value):
        return '"' + value.replace('"', '""') + '"'

    return "\r\n".join(delimiter.join(cell(value) for value in row) for row in rows) + "\r\n"


def _cp1258(text: str) -> bytes:
    """Windows-1258 as old Excel wrote it: tone marks as combining characters after a
    letter that is precomposed only with its other marks."""
    tones = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}
    out = []
    for char in text:
        decomposed = unicodedata.normalize("NFD", char)
        base = unicodedata.normalize("NFC", "".join(c for c in decomposed if c not in tones))
        out.append(base + "".join(c for c in decomposed if c in tones))
    return "".join(out).encode("cp1258")


def _read(path):
    return list(read_questions(path))


@pytest.fixture
def utf8_file(tmp_path):
    path = tmp_path / "hoi-dap.csv"
    text = _csv([HEADER, ANSWERED_ROW, UNANSWERED_ROW, BAD_DATE_ROW])
    path.write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))
    return path


# Reading


def test_a_utf8_csv_with_vietnamese_headers_gives_the_answered_question(utf8_file):
    first = _read(utf8_file)[0]
    assert isinstance(first, QuestionRow)
    assert first.row == 2
    assert first.key == "hoi-dap:HD-15"
    assert first.title == "Thủ tục cấp đổi giấy chứng nhận quyền sử dụng đất"
    assert first.question == (
        "Gia đình tôi muốn đổi sổ đỏ cũ sang mẫu mới.\n\nCần chuẩn bị những giấy tờ gì?"
    )
    assert first.answer.startswith("Ông bà nộp đơn")
    assert "\n\nHồ sơ nộp tại bộ phận một cửa" in first.answer
    assert first.asked_at == datetime.datetime(2022, 7, 30, 9, 27, tzinfo=LOCAL)
    assert first.answered_at == datetime.datetime(2022, 8, 5, tzinfo=LOCAL)
    assert (first.field, first.commune, first.department) == (
        "Đất đai",
        "Tây Yên",
        "Phòng Nông nghiệp và Môi trường",
    )


def test_a_row_without_an_answer_is_a_problem_naming_the_answer_column(utf8_file):
    problem = _read(utf8_file)[1]
    assert problem == RowProblem(
        3, "Trả lời", "Thiếu nội dung trả lời: chỉ nhập câu hỏi đã được trả lời."
    )


def test_a_date_that_does_not_exist_is_a_problem_naming_the_date_column(utf8_file):
    problem = _read(utf8_file)[2]
    assert isinstance(problem, RowProblem)
    assert (problem.row, problem.column) == (4, "Ngày hỏi")
    assert "31/02/2022" in problem.message and "không có thật" in problem.message


def test_a_windows_1258_csv_with_semicolons_reads_the_same_nfc_text(tmp_path, utf8_file):
    path = tmp_path / "hoi-dap-1258.csv"
    path.write_bytes(_cp1258(_csv([HEADER, ANSWERED_ROW, UNANSWERED_ROW], delimiter=";")))
    rows = _read(path)
    assert rows[0] == _read(utf8_file)[0]
    assert unicodedata.is_normalized("NFC", rows[0].question)
    assert isinstance(rows[1], RowProblem) and rows[1].column == "Trả lời"


def test_an_xlsx_with_a_title_row_keeps_the_time_of_excel_dates(tmp_path):
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(["DANH SÁCH CÂU HỎI ĐÃ TRẢ LỜI"])
    sheet.append(HEADER)
    row = list(ANSWERED_ROW)
    row[3] = datetime.datetime(2022, 7, 30, 9, 27)
    row[5] = datetime.datetime(2022, 8, 5, 14, 0)
    sheet.append(row)
    path = tmp_path / "hoi-dap.xlsx"
    workbook.save(path)
    (read,) = _read(path)
    assert read.row == 3
    assert read.title == ANSWERED_ROW[1]
    assert read.asked_at == datetime.datetime(2022, 7, 30, 9, 27, tzinfo=LOCAL)
    assert read.answered_at == datetime.datetime(2022, 8, 5, 14, 0, tzinfo=LOCAL)


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("30/07/2022", datetime.datetime(2022, 7, 30)),
        ("3/7/2022", datetime.datetime(2022, 7, 3)),
        ("30/07/2022 09:27", datetime.datetime(2022, 7, 30, 9, 27)),
        ("2024-07-08", datetime.datetime(2024, 7, 8)),
        ("2024-07-08 11:38:20", datetime.datetime(2024, 7, 8, 11, 38, 20)),
        ("28/06/2022 08:31 PM", datetime.datetime(2022, 6, 28, 20, 31)),
        ("13:39 - 01/08/2022", datetime.datetime(2022, 8, 1, 13, 39)),
        ("(09:27 | 30/07/2022)", datetime.datetime(2022, 7, 30, 9, 27)),
        ("9h30 ngày 5/3/2024", datetime.datetime(2024, 3, 5, 9, 30)),
    ],
)
def test_dates_in_the_forms_portals_export_are_local_times(written, expected):
    assert moment(written) == expected.replace(tzinfo=LOCAL)


def test_a_question_without_title_column_is_titled_by_its_first_line(tmp_path):
    path = tmp_path / "khong-tieu-de.csv"
    path.write_text(
        _csv(
            [
                ["Câu hỏi", "Câu trả lời", "Ngày gửi"],
                ["Xin hỏi giờ làm việc của bộ phận một cửa?\nCảm ơn.", "Từ 7 giờ.", "2/1/2024"],
            ]
        ),
        encoding="utf-8",
    )
    (read,) = _read(path)
    assert read.title == "Xin hỏi giờ làm việc của bộ phận một cửa?"
    assert read.key.startswith("hoi-dap:") and len(read.key) > len("hoi-dap:")
    assert read.key == _read(path)[0].key


def test_without_an_id_column_an_edited_question_gets_another_key(tmp_path):
    def key(question):
        path = tmp_path / "q.csv"
        path.write_text(
            _csv([["Tiêu đề", "Câu hỏi", "Trả lời", "Ngày hỏi"], ["T", question, "A", "2/1/2024"]]),
            encoding="utf-8",
        )
        return _read(path)[0].key

    assert key("Câu hỏi một") == key("Câu hỏi một")
    assert key("Câu hỏi một") != key("Câu hỏi hai")


def test_an_answer_exported_as_html_becomes_paragraphs_of_text(tmp_path):
    path = tmp_path / "html.csv"
    path.write_text(
        _csv(
            [
                ["Tiêu đề", "Câu hỏi", "Trả lời", "Ngày hỏi"],
                ["T", "Hỏi?", "<p>Đoạn một &amp; hai.</p><p>Đoạn <b>ba</b>.</p>", "2/1/2024"],
            ]
        ),
        encoding="utf-8",
    )
    assert _read(path)[0].answer == "Đoạn một & hai.\n\nĐoạn ba."


def test_a_file_without_an_answer_column_is_refused_as_a_whole(tmp_path):
    path = tmp_path / "thieu-cot.csv"
    path.write_text(
        _csv([["Tiêu đề", "Câu hỏi", "Ngày hỏi"], ["T", "Hỏi?", "2/1/2024"]]), encoding="utf-8"
    )
    with pytest.raises(ImportFileError) as raised:
        _read(path)
    assert "“Trả lời”" in raised.value.reason


# Saving


@pytest.fixture
def site(db):
    cache.clear()
    built = build_site()
    add_questions_section(built.site)
    return built.site


@pytest.fixture
def committed(django_capture_on_commit_callbacks):
    """Run what follows a save after commit (search index, cache purge), as the import does."""
    return lambda: django_capture_on_commit_callbacks(execute=True)


@pytest.fixture
def row(utf8_file):
    return _read(utf8_file)[0]


def _save(committed, site, row, existing=None):
    with committed():
        return save_question(site, row, existing)


@pytest.mark.django_db
def test_an_imported_answer_is_on_the_public_page_without_the_askers_data(
    site, row, committed, client
):
    add_field("Đất đai")
    submission, status = _save(committed, site, row)
    assert status == "created"
    page = client.get(f"/hoi-dap/{submission.pk}/").content.decode()
    assert "Cần chuẩn bị những giấy tờ gì?" in page
    assert "Hồ sơ nộp tại bộ phận một cửa của xã." in page
    assert ASKER not in page and PHONE not in page and "987" not in page
    assert row.title in client.get("/hoi-dap/").content.decode()
    stored = " ".join(
        str(value) for value in Submission.objects.filter(pk=submission.pk).values()[0].values()
    )
    assert ASKER not in stored and "987" not in stored
    assert submission.name == IMPORTED_NAME and submission.erased_at is not None


@pytest.mark.django_db
def test_an_imported_answer_keeps_its_dates_and_is_not_overdue(site, row, committed):
    submission, _ = _save(committed, site, row)
    submission.refresh_from_db()
    assert submission.state == State.PUBLISHED and submission.may_publish
    assert submission.received_at == row.asked_at == submission.consented_at
    assert submission.answered_at == submission.published_at == row.answered_at
    assert submission.due_on >= datetime.date(2022, 7, 30)
    assert not submission.is_overdue
    # Nothing personal to erase: the retention sweep of the privacy code passes it by.
    assert submission not in privacy.expired(datetime.date(2100, 1, 1))
    assert submission.department == "Phòng Nông nghiệp và Môi trường"


@pytest.mark.django_db
def test_an_imported_answer_is_found_by_the_site_search(site, row, committed):
    submission, _ = _save(committed, site, row)
    hits = search(SearchRequest("cap doi giay chung nhan", site_ids=(site.pk,))).hits
    assert [hit.object_id for hit in hits] == [submission.pk]
    hits = search(SearchRequest("bộ phận một cửa", site_ids=(site.pk,))).hits
    assert [hit.object_id for hit in hits] == [submission.pk]


@pytest.mark.django_db
def test_saving_the_same_row_again_changes_nothing(site, row, committed):
    submission, _ = _save(committed, site, row)
    events = Event.objects.count()
    again, status = _save(committed, site, row, Submission.objects.get(pk=submission.pk))
    assert status == "unchanged" and again.pk == submission.pk
    assert Submission.objects.count() == 1 and Event.objects.count() == events


@pytest.mark.django_db
def test_an_edited_answer_updates_the_page_and_the_search(site, row, committed, client):
    submission, _ = _save(committed, site, row)
    edited = QuestionRow(
        **{**row.__dict__, "answer": "Hồ sơ nay nộp trực tuyến qua cổng dịch vụ công."}
    )
    updated, status = _save(committed, site, edited, Submission.objects.get(pk=submission.pk))
    assert status == "updated" and updated.pk == submission.pk
    page = client.get(f"/hoi-dap/{submission.pk}/").content.decode()
    assert "nộp trực tuyến qua cổng dịch vụ công" in page
    assert "bộ phận một cửa của xã" not in page
    hits = search(SearchRequest("dich vu cong truc tuyen", site_ids=(site.pk,))).hits
    assert [hit.object_id for hit in hits] == [submission.pk]


@pytest.mark.django_db
def test_the_field_is_found_by_folded_name_or_created(site, row, committed):
    existing = add_field("Đất đai")
    submission, _ = _save(committed, site, QuestionRow(**{**row.__dict__, "field": "dat  dai"}))
    assert submission.field == existing
    other, _ = _save(
        committed, site, QuestionRow(**{**row.__dict__, "key": "k2", "field": "Nông nghiệp"})
    )
    assert other.field.name == "Nông nghiệp" and other.field.slug == "nong-nghiep"
    none, _ = _save(committed, site, QuestionRow(**{**row.__dict__, "key": "k3", "field": ""}))
    assert none.field.name == "Khác"
    assert FeedbackField.objects.filter(name="Khác").count() == 1


@pytest.mark.django_db
def test_the_commune_is_the_unit_of_that_name_or_none(site, row, committed):
    province = add_unit("89", "tỉnh An Giang", UnitKind.PROVINCE, site=site)
    tay_yen = add_unit("30001", "xã Tây Yên", UnitKind.COMMUNE, parent=province)
    add_unit("30001-cu", "xã Tây Yên", UnitKind.FORMER_COMMUNE)
    submission, _ = _save(committed, site, row)
    assert submission.commune == tay_yen
    elsewhere, _ = _save(
        committed, site, QuestionRow(**{**row.__dict__, "key": "k2", "commune": "Xã Không Có"})
    )
    assert elsewhere.commune is None


def test_an_answer_dated_before_its_question_is_a_problem(tmp_path):
    path = tmp_path / "ngay-nguoc.csv"
    path.write_text(
        _csv(
            [
                ["Tiêu đề", "Câu hỏi", "Trả lời", "Ngày hỏi", "Ngày trả lời"],
                ["T", "Hỏi?", "Đáp.", "10/03/2024", "09/03/2024"],
            ]
        ),
        encoding="utf-8",
    )
    (problem,) = _read(path)
    assert problem == RowProblem(
        2, "Ngày trả lời", "Ngày trả lời 09/03/2024 trước ngày hỏi 10/03/2024."
    )
